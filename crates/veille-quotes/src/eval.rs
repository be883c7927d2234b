//! Scoring against the dev gold (`gold/dev.jsonl`, see `gold/GUIDELINES.md`): content-span
//! P/R/F1 (exact, and overlap ≥ 0.5 = intersection over the longer span), speaker accuracy on
//! overlap-matched quotes, by kind (direct; indirect = indirect + mixed; all).

use crate::ranker::{RefClass, NF};
use crate::sha256;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use veille_core::layers::{Quote, QuoteKind, Speaker, SpeakerKind};
use veille_core::metrics::Counts;
use veille_core::{CharIndex, Document, Meta, Span};

/// Errors from reading gold files.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("gold line {line}: {source}")]
    Json {
        line: usize,
        source: serde_json::Error,
    },
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpeaker {
    pub kind: String,
    pub span: Option<[u32; 2]>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub kind: String,
    /// Code-point offsets into the article text.
    pub content: [u32; 2],
    pub speaker: GoldSpeaker,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub sha256: String,
    #[serde(default)]
    pub split: String,
    pub quotes: Vec<GoldQuote>,
}

/// Parses a gold JSONL file.
///
/// # Errors
/// A line that is not a gold article.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldArticle>, EvalError> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Json {
                line: i + 1,
                source: e,
            })
        })
        .collect()
}

/// The split names present in `gold`, in order of first appearance.
pub fn split_names(gold: &[GoldArticle]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in gold {
        if !out.iter().any(|s| s == &g.split) {
            out.push(g.split.clone());
        }
    }
    out
}

/// Is this split a holdout (kept out of tuning, never shown in "seen" or in error listings of
/// other splits)? Every split whose name starts with "holdout".
pub fn is_holdout(split: &str) -> bool {
    split.starts_with("holdout")
}

/// The splits a name designates: "all" → every split, "seen" → every split but the holdouts,
/// a split name → itself. `None` for a name that is neither.
pub fn resolve_split(gold: &[GoldArticle], name: &str) -> Option<Vec<String>> {
    let names = split_names(gold);
    match name {
        "all" => Some(names),
        "seen" => Some(names.into_iter().filter(|s| !is_holdout(s)).collect()),
        _ if names.iter().any(|s| s == name) => Some(vec![name.to_string()]),
        _ => None,
    }
}

/// A second annotation of an article as if it were system output: its statements become the
/// quote layer of a document over `text`, so `evaluate` scores one annotator against another
/// (inter-annotator agreement) with the very metric the system is scored with. The speaker's
/// name is the text of its span. Statements whose offsets fall outside the text are dropped.
pub fn annotation_as_document(text: &str, annotation: &GoldArticle) -> Document {
    let mut doc = Document::new(text, Meta::default());
    let ix = CharIndex::new(doc.text_arc());
    let span_of = |[a, b]: [u32; 2]| -> Option<Span> {
        if a > b {
            return None;
        }
        Some(Span::new(ix.to_byte(a)?, ix.to_byte(b)?))
    };
    for q in &annotation.quotes {
        let Some(content) = span_of(q.content) else {
            continue;
        };
        let speaker_span = q.speaker.span.and_then(span_of);
        let kind = match q.kind.as_str() {
            "direct" => QuoteKind::Direct,
            "mixed" => QuoteKind::Mixed,
            _ => QuoteKind::Indirect,
        };
        let speaker_kind = match q.speaker.kind.as_str() {
            "person" => SpeakerKind::Person,
            "organisation" => SpeakerKind::Organisation,
            "anonymous" => SpeakerKind::Anonymous,
            _ => SpeakerKind::Unknown,
        };
        let name = speaker_span.map_or_else(String::new, |s| text[s.range()].to_string());
        doc.layers.quotes.push(Quote {
            kind,
            span: content,
            content,
            cue: None,
            cue_lemma: None,
            speaker: Speaker {
                name,
                kind: speaker_kind,
                span: speaker_span,
                entity: None,
            },
            unclosed: false,
        });
    }
    doc
}

/// Kind groups scored separately.
pub const GROUPS: [&str; 3] = ["direct", "indirect", "all"];

fn group_of_gold(kind: &str) -> usize {
    if kind == "direct" {
        0
    } else {
        1
    }
}

fn group_of_pred(kind: QuoteKind) -> usize {
    if kind == QuoteKind::Direct {
        0
    } else {
        1
    }
}

/// Scores of one group.
#[derive(Debug, Clone, Default)]
pub struct GroupScore {
    pub exact: Counts,
    pub overlap: Counts,
    pub speaker_ok: u64,
    pub speaker_total: u64,
}

impl GroupScore {
    pub fn speaker_accuracy(&self) -> f64 {
        if self.speaker_total == 0 {
            0.0
        } else {
            self.speaker_ok as f64 / self.speaker_total as f64
        }
    }
}

/// Result of an evaluation run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: usize,
    pub skipped: Vec<String>,
    pub groups: [GroupScore; 3],
    /// Human-readable list of errors (missed, spurious, wrong speaker), for dev tuning.
    pub errors: String,
}

struct Pred {
    kind: QuoteKind,
    s: u32,
    e: u32,
    speaker: String,
    speaker_kind: SpeakerKind,
    speaker_span: Option<(u32, u32)>,
    /// Where the speaker's entity is mentioned (character offsets), when it is one.
    entity_spans: Vec<(u32, u32)>,
    /// The cue (character offsets), printed with speaker errors.
    cue: Option<(u32, u32)>,
}

fn overlap_ratio(a: (u32, u32), b: (u32, u32)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1 - a.0).max(b.1 - b.0);
    if longer == 0 {
        0.0
    } else {
        f64::from(inter) / f64::from(longer)
    }
}

fn norm_tokens(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "m", "mme", "dr", "the", "a",
    ];
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty() && !STOP.contains(t))
        .map(str::to_string)
        .collect()
}

/// Does the predicted speaker designate the gold one?
pub fn speaker_matches(
    gold_kind: &str,
    gold_text: Option<&str>,
    gold_span: Option<(u32, u32)>,
    pred_name: &str,
    pred_kind: SpeakerKind,
    pred_span: Option<(u32, u32)>,
) -> bool {
    let Some(gt) = gold_text else {
        return pred_kind == SpeakerKind::Unknown || pred_name.is_empty();
    };
    if gold_kind == "unknown" {
        return pred_kind == SpeakerKind::Unknown;
    }
    if let (Some(g), Some(p)) = (gold_span, pred_span) {
        if g.0 < p.1 && p.0 < g.1 {
            return true;
        }
    }
    let g = norm_tokens(gt);
    let p = norm_tokens(pred_name);
    if g.is_empty() || p.is_empty() {
        return false;
    }
    let sub = |a: &[String], b: &[String]| a.iter().all(|t| b.contains(t));
    sub(&g, &p) || sub(&p, &g) || (gold_kind == "person" && g.last() == p.last())
}

/// Does a predicted speaker (`name`, `kind`, designated at `span`, its entity mentioned at
/// `entity_spans`) designate the speaker of gold statement `q`, whose text is `gold_text`?
/// The same entity under another name also does ("EMA" for "l'Agence européenne des
/// médicaments (EMA)").
fn designates(
    q: &GoldQuote,
    gold_text: Option<&str>,
    (name, kind): (&str, SpeakerKind),
    span: Option<(u32, u32)>,
    mut entity_spans: impl Iterator<Item = (u32, u32)>,
) -> bool {
    let gspan = q.speaker.span.map(|s| (s[0], s[1]));
    gspan.is_some_and(|(a, b)| entity_spans.any(|(s, e)| a < e && s < b))
        || speaker_matches(&q.speaker.kind, gold_text, gspan, name, kind, span)
}

/// Evaluates `analyze` over the gold articles found in `corpus` (id → article text), keeping
/// the articles whose split is in `splits` (all when empty).
pub fn evaluate(
    gold: &[GoldArticle],
    corpus: &HashMap<String, String>,
    splits: &[&str],
    analyze: &dyn Fn(&str) -> Document,
) -> Report {
    let mut r = Report::default();
    for g in gold {
        if !splits.is_empty() && !splits.contains(&g.split.as_str()) {
            continue;
        }
        let Some(text) = corpus.get(&g.id) else {
            r.skipped.push(format!("{}: not in corpus", g.id));
            continue;
        };
        if sha256::hex(text.as_bytes()) != g.sha256 {
            r.skipped
                .push(format!("{}: text changed (sha256 mismatch)", g.id));
            continue;
        }
        r.articles += 1;
        let doc = analyze(text);
        let ix = CharIndex::new(doc.text_arc());
        let preds: Vec<Pred> = doc
            .layers
            .quotes
            .iter()
            .map(|q| Pred {
                kind: q.kind,
                s: ix.to_char(q.content.start),
                e: ix.to_char(q.content.end),
                speaker: q.speaker.name.clone(),
                speaker_kind: q.speaker.kind,
                cue: q.cue.map(|c| (ix.to_char(c.start), ix.to_char(c.end))),
                speaker_span: q
                    .speaker
                    .span
                    .map(|s| (ix.to_char(s.start), ix.to_char(s.end))),
                entity_spans: q.speaker.entity.map_or_else(Vec::new, |e| {
                    doc.layers
                        .mentions
                        .iter()
                        .filter(|m| m.entity == e)
                        .map(|m| (ix.to_char(m.span.start), ix.to_char(m.span.end)))
                        .collect()
                }),
            })
            .collect();
        let chars: Vec<char> = text.chars().collect();
        let slice = |a: u32, b: u32| char_slice(&chars, a, b);
        for gi in 0..GROUPS.len() {
            let gsel: Vec<&GoldQuote> = g
                .quotes
                .iter()
                .filter(|q| gi == 2 || group_of_gold(&q.kind) == gi)
                .collect();
            let psel: Vec<&Pred> = preds
                .iter()
                .filter(|p| gi == 2 || group_of_pred(p.kind) == gi)
                .collect();
            let score = &mut r.groups[gi];
            // exact
            let exact_tp = gsel
                .iter()
                .filter(|q| {
                    psel.iter()
                        .any(|p| (p.s, p.e) == (q.content[0], q.content[1]))
                })
                .count() as u64;
            score.exact.add(Counts {
                tp: exact_tp,
                fp: psel.len() as u64 - exact_tp.min(psel.len() as u64),
                fn_: gsel.len() as u64 - exact_tp,
            });
            // overlap, greedy one-to-one
            let mut used = vec![false; psel.len()];
            let mut tp = 0;
            for q in &gsel {
                let gs = (q.content[0], q.content[1]);
                let best = psel
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !used[*i])
                    .map(|(i, p)| (i, overlap_ratio(gs, (p.s, p.e))))
                    .filter(|(_, o)| *o >= 0.5)
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                match best {
                    Some((i, _)) => {
                        used[i] = true;
                        tp += 1;
                        let p = psel[i];
                        let gspan = q.speaker.span.map(|s| (s[0], s[1]));
                        let gtext = gspan.map(|(a, b)| slice(a, b));
                        let ok = designates(
                            q,
                            gtext.as_deref(),
                            (&p.speaker, p.speaker_kind),
                            p.speaker_span,
                            p.entity_spans.iter().copied(),
                        );
                        score.speaker_total += 1;
                        if ok {
                            score.speaker_ok += 1;
                        } else if gi == 2 {
                            let _ = writeln!(
                                r.errors,
                                "{} SPEAKER gold {:?} ({}) pred {:?} ({:?}) cue {:?} :: {}",
                                g.id,
                                gtext.unwrap_or_default(),
                                q.speaker.kind,
                                p.speaker,
                                p.speaker_kind,
                                p.cue.map(|(a, b)| slice(a, b)).unwrap_or_default(),
                                short(&slice(q.content[0], q.content[1]))
                            );
                        }
                    }
                    None if gi == 2 => {
                        let _ = writeln!(
                            r.errors,
                            "{} MISSED {} :: {}",
                            g.id,
                            q.kind,
                            short(&slice(q.content[0], q.content[1]))
                        );
                    }
                    None => {}
                }
            }
            if gi == 2 {
                for (i, p) in psel.iter().enumerate() {
                    if !used[i] {
                        let _ = writeln!(
                            r.errors,
                            "{} SPURIOUS {:?} <- {} :: {}",
                            g.id,
                            p.kind,
                            p.speaker,
                            short(&slice(p.s, p.e))
                        );
                    }
                }
            }
            score.overlap.add(Counts {
                tp,
                fp: psel.len() as u64 - tp,
                fn_: gsel.len() as u64 - tp,
            });
        }
    }
    r
}

/// A training statement for the speaker ranker: its article (index into the gold), reference
/// class, and each candidate's features with whether it designates the gold speaker.
pub type RankRow = (usize, RefClass, Vec<([f32; NF], bool)>);

/// The speaker ranker's training rows over the gold articles of `splits`: the candidates of
/// each statement (`crate::speaker_rows`) that overlaps a gold statement (≥ 0.5), labelled with
/// the same speaker match as the scores.
pub fn speaker_training_rows(
    gold: &[GoldArticle],
    corpus: &HashMap<String, String>,
    splits: &[&str],
    analyze: &dyn Fn(&str) -> Document,
) -> Vec<RankRow> {
    let mut out = Vec::new();
    for (ai, g) in gold.iter().enumerate() {
        if !splits.contains(&g.split.as_str()) {
            continue;
        }
        let Some(text) = corpus.get(&g.id) else {
            continue;
        };
        if sha256::hex(text.as_bytes()) != g.sha256 {
            continue;
        }
        let doc = analyze(text);
        let ix = CharIndex::new(doc.text_arc());
        let chars: Vec<char> = text.chars().collect();
        let slice = |a: u32, b: u32| char_slice(&chars, a, b);
        let to_chars = |s: Span| (ix.to_char(s.start), ix.to_char(s.end));
        for row in crate::speaker_rows(&doc) {
            let content = to_chars(row.content);
            let Some(q) = g
                .quotes
                .iter()
                .map(|q| (q, overlap_ratio((q.content[0], q.content[1]), content)))
                .filter(|(_, o)| *o >= 0.5)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(q, _)| q)
            else {
                continue;
            };
            let gspan = q.speaker.span.map(|s| (s[0], s[1]));
            let gtext = gspan.map(|(a, b)| slice(a, b));
            let cands = row
                .cands
                .iter()
                .map(|(sp, f)| {
                    let entity_spans = doc
                        .layers
                        .mentions
                        .iter()
                        .filter(|m| sp.entity == Some(m.entity))
                        .map(|m| to_chars(m.span));
                    let ok = designates(
                        q,
                        gtext.as_deref(),
                        (&sp.name, sp.kind),
                        sp.span.map(to_chars),
                        entity_spans,
                    );
                    (*f, ok)
                })
                .collect();
            out.push((ai, row.class, cands));
        }
    }
    out
}

/// Characters [a, b) of `chars` (code-point offsets, as in the gold), clipped to the text.
fn char_slice(chars: &[char], a: u32, b: u32) -> String {
    chars
        .get(a as usize..(b as usize).min(chars.len()))
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

fn short(s: &str) -> String {
    let n = s.chars().count();
    if n <= 90 {
        s.to_string()
    } else {
        let head: String = s.chars().take(60).collect();
        let tail: String = s.chars().skip(n - 25).collect();
        format!("{head} … {tail}")
    }
}

impl Report {
    /// The score table.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "articles scored: {}", self.articles);
        for s in &self.skipped {
            let _ = writeln!(out, "skipped {s}");
        }
        let _ = writeln!(
            out,
            "{:<9} {:>6} {:>6}  {:<48} {:<48} speaker acc",
            "kind", "gold", "pred", "exact", "overlap>=0.5"
        );
        for (i, g) in GROUPS.iter().enumerate() {
            let s = &self.groups[i];
            let _ = writeln!(
                out,
                "{:<9} {:>6} {:>6}  P {:.3} R {:.3} F1 {:.3} (tp {:>3})         P {:.3} R {:.3} F1 {:.3} (tp {:>3})         {:.3} ({}/{})",
                g,
                s.overlap.tp + s.overlap.fn_,
                s.overlap.tp + s.overlap.fp,
                s.exact.precision(),
                s.exact.recall(),
                s.exact.f1(),
                s.exact.tp,
                s.overlap.precision(),
                s.overlap.recall(),
                s.overlap.f1(),
                s.overlap.tp,
                s.speaker_accuracy(),
                s.speaker_ok,
                s.speaker_total
            );
        }
        out
    }
}

/// One expectation of the seed bar: a quotation (found by a short phrase of its content)
/// with its kind and a word of its speaker's name, or a phrase that must not be a quotation.
pub struct SeedExpect {
    pub phrase: &'static str,
    /// `Some((direct?, speaker word))` for a statement; `None` for a not-quote.
    pub quote: Option<(bool, &'static str)>,
}

/// The seed article's bar (issue 5).
pub const SEED_EXPECT: &[SeedExpect] = &[
    SeedExpect {
        phrase: "Les rebelles n'avaient pas le choix",
        quote: Some((true, "Saleh")),
    },
    SeedExpect {
        phrase: "essaient de riposter",
        quote: Some((true, "source militaire")),
    },
    SeedExpect {
        phrase: "beaucoup de monde dans les rues",
        quote: Some((true, "habitant")),
    },
    SeedExpect {
        phrase: "aucunement question",
        quote: Some((true, "Matvienko")),
    },
    SeedExpect {
        phrase: "La question de mener",
        quote: Some((true, "Ozerov")),
    },
    SeedExpect {
        phrase: "Je crois que Daech",
        quote: Some((true, "Taleb Ibrahim")),
    },
    SeedExpect {
        phrase: "Je pense que l'attaque",
        quote: Some((true, "Taleb Ibrahim")),
    },
    SeedExpect {
        phrase: "Entre 4 et 5 000",
        quote: Some((true, "Taleb Ibrahim")),
    },
    SeedExpect {
        phrase: "Aucune troupe russe",
        quote: Some((false, "Matvienko")),
    },
    SeedExpect {
        phrase: "aucune opération terrestre des troupes",
        quote: Some((false, "Ozerov")),
    },
    SeedExpect {
        phrase: "combats défensifs",
        quote: Some((false, "Taleb Ibrahim")),
    },
    SeedExpect {
        phrase: "opération de nettoyage",
        quote: Some((false, "source")),
    },
    SeedExpect {
        phrase: "vouloir envoyer son armée",
        quote: Some((false, "Moscou")),
    },
    SeedExpect {
        phrase: "capitale",
        quote: None,
    },
    SeedExpect {
        phrase: "l'attaque des frelons",
        quote: None,
    },
];

/// Checks the seed bar on an analysed seed document; one line per expectation.
pub fn seed_check(doc: &Document) -> (usize, String) {
    let mut ok = 0;
    let mut out = String::new();
    for ex in SEED_EXPECT {
        let hits: Vec<_> = doc
            .layers
            .quotes
            .iter()
            .filter(|q| doc.slice(q.content).contains(ex.phrase))
            .collect();
        let (pass, what) = match ex.quote {
            None => {
                // not a quotation on its own (it may sit inside a longer reported sentence)
                let bad = hits
                    .iter()
                    .any(|q| doc.slice(q.content).chars().count() < ex.phrase.chars().count() + 8);
                (!bad, "not a quotation".to_string())
            }
            Some((direct, spk)) => {
                let good = hits.iter().any(|q| {
                    (q.kind == QuoteKind::Direct) == direct && q.speaker.name.contains(spk)
                });
                let got = hits
                    .first()
                    .map(|q| format!("{:?} <- {}", q.kind, q.speaker.name))
                    .unwrap_or_else(|| "not found".into());
                (
                    good,
                    format!(
                        "{} by {spk}: {got}",
                        if direct { "direct" } else { "indirect" }
                    ),
                )
            }
        };
        if pass {
            ok += 1;
        }
        let _ = writeln!(
            out,
            "{} {:<40} {what}",
            if pass { "ok  " } else { "FAIL" },
            ex.phrase
        );
    }
    (ok, out)
}

/// The committed dev gold (20 orangesum articles, offsets + sha256 only).
pub const DEV_GOLD: &str = include_str!("../gold/dev.jsonl");

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "« Nous tiendrons », a déclaré Zoé Durand. Le maire estime que tout ira bien.";

    fn annotation(quotes: &str) -> GoldArticle {
        let line = format!(
            r#"{{"id":"1","sha256":"{}","split":"t","quotes":[{quotes}]}}"#,
            sha256::hex(TEXT.as_bytes())
        );
        parse_gold(&line).unwrap().remove(0)
    }

    fn score(gold: &GoldArticle, second: &GoldArticle) -> String {
        let corpus = HashMap::from([("1".to_string(), TEXT.to_string())]);
        let analyze = |t: &str| annotation_as_document(t, second);
        let r = evaluate(std::slice::from_ref(gold), &corpus, &[], &analyze);
        GROUPS
            .iter()
            .zip(&r.groups)
            .map(|(g, s)| {
                format!(
                    "{g}: F1 {:.2} speakers {}/{}",
                    s.overlap.f1(),
                    s.speaker_ok,
                    s.speaker_total
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    const DIRECT: &str =
        r#"{"kind":"direct","content":[2,16],"speaker":{"kind":"person","span":[30,40]}}"#;
    const INDIRECT: &str =
        r#"{"kind":"indirect","content":[62,76],"speaker":{"kind":"person","span":[42,50]}}"#;

    #[test]
    fn an_annotation_agrees_with_itself() {
        let a = annotation(&format!("{DIRECT},{INDIRECT}"));
        assert_eq!(
            score(&a, &a),
            "direct: F1 1.00 speakers 1/1; indirect: F1 1.00 speakers 1/1; all: F1 1.00 speakers 2/2"
        );
    }

    #[test]
    fn a_second_annotation_is_scored_like_system_output() {
        let gold = annotation(&format!("{DIRECT},{INDIRECT}"));
        // The second annotator missed the indirect statement and gave the direct one to the mayor.
        let second = annotation(
            r#"{"kind":"direct","content":[2,16],"speaker":{"kind":"person","span":[42,50]}}"#,
        );
        assert_eq!(
            score(&gold, &second),
            "direct: F1 1.00 speakers 0/1; indirect: F1 0.00 speakers 0/0; all: F1 0.67 speakers 0/1"
        );
    }
}
