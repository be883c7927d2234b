//! Framing: how the article tells things. Lexicon hits (loaded and partisan vocabulary,
//! certainty, speculation, vague sources, appeals), scare quotes, hearsay conditionals,
//! unsupported claims, per-sentence and per-article sourcing, and a tone score.

use crate::words::Toks;
use std::collections::HashMap;
use std::sync::OnceLock;
use veille_core::layers::{
    Framing, FramingSignal, Quote, SentenceFraming, SourcingProfile, SpeakerKind,
};
use veille_core::{Document, Span};

const TABLE: &str = include_str!("../data/framing.tsv");

#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub kind: String,
    pub category: Option<String>,
    pub technique: Option<String>,
    pub tone: f32,
}

/// The framing lexicon: phrases (folded token sequences) indexed by first token.
#[derive(Debug, Default)]
pub struct FramingLexicon {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
    pub terms: Vec<Term>,
}

/// Splits "c'est" into "c'" "est" like the tokenizer does.
fn phrase_tokens(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in p.split(' ').filter(|w| !w.is_empty()) {
        match w.find('\'') {
            Some(i) if i + 1 < w.len() => {
                out.push(w[..=i].to_string());
                out.push(w[i + 1..].to_string());
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

impl FramingLexicon {
    pub fn parse(table: &str) -> FramingLexicon {
        let mut lex = FramingLexicon::default();
        for line in table.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 5 {
                continue;
            }
            let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
            let idx = lex.terms.len();
            lex.terms.push(Term {
                kind: c[1].to_string(),
                category: opt(c[2]),
                technique: opt(c[3]),
                tone: c[4].parse().unwrap_or(0.0),
            });
            let toks = phrase_tokens(c[0]);
            if let Some(h) = toks.first().cloned() {
                lex.by_first.entry(h).or_default().push((toks, idx));
            }
        }
        for v in lex.by_first.values_mut() {
            v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        }
        lex
    }

    pub fn french() -> &'static FramingLexicon {
        static LEX: OnceLock<FramingLexicon> = OnceLock::new();
        LEX.get_or_init(|| FramingLexicon::parse(TABLE))
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// The quotes that may overlap span `s`: quotes are sorted by start, so those starting before
/// its end, the last 64 of them (bounded work per lookup on pathological input).
fn quotes_near(quotes: &[Quote], s: Span) -> &[Quote] {
    let hi = quotes.partition_point(|q| q.span.start < s.end);
    &quotes[hi.saturating_sub(64)..hi]
}

fn quote_at(quotes: &[Quote], s: Span) -> Option<&Quote> {
    quotes_near(quotes, s)
        .iter()
        .find(|q| q.content.contains(s) || q.span.contains(s))
}

fn speaker_label(q: &Quote) -> String {
    if q.speaker.name.is_empty() {
        "unknown".to_string()
    } else {
        q.speaker.name.clone()
    }
}

const STRONG_KINDS: &[&str] = &["certainty", "popularity"];

/// Computes the framing layer from the tokens, quotes, sourcing and events layers.
pub(crate) fn analyze(doc: &Document, tk: &Toks, lex: &FramingLexicon) -> Framing {
    let quotes = &doc.layers.quotes;
    let mut signals: Vec<FramingSignal> = Vec::new();
    let nsent = tk.sents.len();
    let mut sent_pos = vec![0f32; nsent];
    let mut sent_neg = vec![0f32; nsent];

    // 1. Lexicon phrases.
    let mut i = 0;
    while i < tk.len() {
        let f = tk.f(i);
        let mut step = 1;
        if let Some(cands) = lex.by_first.get(f) {
            for (seq, idx) in cands {
                let n = seq.len();
                if i + n <= tk.len() && (0..n).all(|k| tk.f(i + k) == seq[k]) {
                    let term = &lex.terms[*idx];
                    let span = Span::new(tk.t[i].span.start, tk.t[i + n - 1].span.end);
                    let sent = tk.t[i].sent;
                    if let Some(slot) = sent_pos.get_mut(sent as usize) {
                        if term.tone > 0.0 {
                            *slot += term.tone;
                        }
                    }
                    if let Some(slot) = sent_neg.get_mut(sent as usize) {
                        if term.tone < 0.0 {
                            *slot -= term.tone;
                        }
                    }
                    if term.kind != "tone" {
                        signals.push(FramingSignal {
                            span,
                            kind: term.kind.clone(),
                            category: term.category.clone(),
                            technique: term.technique.clone(),
                            sentence: sent,
                            speaker: Some(
                                quote_at(quotes, span)
                                    .map(speaker_label)
                                    .unwrap_or_else(|| "author".into()),
                            ),
                        });
                    }
                    step = n;
                    break;
                }
            }
        }
        i += step;
    }

    // 2. Hearsay conditional outside quotes: "il aurait déjà été condamné".
    for i in 0..tk.len() {
        let f = tk.f(i);
        let cond = matches!(f, "aurait" | "auraient" | "serait" | "seraient")
            || f.starts_with("aurait-")
            || f.starts_with("auraient-");
        if !cond {
            continue;
        }
        let span = tk.t[i].span;
        if quote_at(quotes, span).is_some() {
            continue;
        }
        let (sa, _) = tk.sent_range(i);
        if (sa..i).any(|k| tk.f(k) == "si") {
            continue;
        }
        let mut j = i + 1;
        while matches!(
            tk.f(j),
            "deja" | "ete" | "egalement" | "aussi" | "pu" | "ainsi"
        ) {
            j += 1;
        }
        let g = tk.f(j);
        let participle = g.len() > 3
            && (g.ends_with('e')
                || g.ends_with("es")
                || g.ends_with('i')
                || g.ends_with("is")
                || g.ends_with('u')
                || g.ends_with("us"));
        if participle || f.contains('-') {
            signals.push(FramingSignal {
                span: Span::new(span.start, tk.t[j.min(tk.len() - 1)].span.end),
                kind: "hearsay".into(),
                category: Some("conditional".into()),
                technique: None,
                sentence: tk.t[i].sent,
                speaker: Some("author".into()),
            });
        }
    }

    // 3. Scare quotes: 1–3 words between quotation marks that are not a reported quote.
    let mut open: Option<usize> = None;
    for i in 0..tk.len() {
        if !tk.is_mark(i) {
            continue;
        }
        match open {
            Some(o) if i > o + 1 && i - o - 1 <= 3 && (o + 1..i).all(|k| tk.is_word(k)) => {
                let inner = Span::new(tk.t[o + 1].span.start, tk.t[i - 1].span.end);
                let reported = quotes_near(quotes, inner)
                    .iter()
                    .any(|q| q.content.contains(inner) && q.content.len() > inner.len() + 4);
                if !reported {
                    signals.push(FramingSignal {
                        span: Span::new(tk.t[o].span.start, tk.t[i].span.end),
                        kind: "scare_quotes".into(),
                        category: Some("distancing".into()),
                        technique: Some("Doubt".into()),
                        sentence: tk.t[o].sent,
                        speaker: Some("author".into()),
                    });
                }
                open = None;
            }
            Some(_) => open = Some(i),
            None => open = Some(i),
        }
        // A mark far from its opener starts a new pair.
        if let Some(o) = open {
            if i > o + 4 {
                open = Some(i);
            }
        }
    }

    // 4. Per-sentence sourcing.
    let mut sentences = Vec::with_capacity(nsent);
    let mut profile = SourcingProfile::default();
    // events by sentence, once (not a scan of every event per sentence)
    let mut events_of: Vec<Vec<&veille_core::layers::Event>> = vec![Vec::new(); nsent];
    for e in &doc.layers.events {
        if let Some(v) = events_of.get_mut(e.sentence as usize) {
            v.push(e);
        }
    }
    for (si, &(a, b)) in tk.sents.iter().enumerate() {
        let ss = Span::new(tk.t[a].span.start, tk.t[b - 1].span.end);
        let mut best: Option<(&Quote, u32)> = None;
        let mut quoted = 0u32;
        for q in quotes_near(quotes, ss) {
            let ov = overlap(q.span, ss);
            quoted += overlap(q.content, ss);
            if ov > 0 && best.is_none_or(|(_, o)| ov > o) {
                best = Some((q, ov));
            }
        }
        let (source, speaker) = match best {
            Some((q, _)) => match q.speaker.kind {
                SpeakerKind::Person | SpeakerKind::Organisation => {
                    ("named", Some(q.speaker.name.clone()))
                }
                SpeakerKind::Anonymous => ("anonymous", Some(q.speaker.name.clone())),
                SpeakerKind::Unknown => ("unknown", None),
            },
            None => ("none", None),
        };
        match source {
            "named" => {
                profile.named += 1;
                if let Some(s) = &speaker {
                    if !profile.named_speakers.contains(s) {
                        profile.named_speakers.push(s.clone());
                    }
                }
            }
            "anonymous" => {
                profile.anonymous += 1;
                if let Some(s) = &speaker {
                    if !profile.anonymous_sources.contains(s) {
                        profile.anonymous_sources.push(s.clone());
                    }
                }
            }
            _ => profile.unsourced += 1,
        }
        // Event contributions to tone.
        for e in events_of.get(si).into_iter().flatten() {
            let w = match e.event_type.as_str() {
                "killing" => -0.5,
                "attack" | "armed_clash" => -0.4,
                "injury" | "abduction" | "threat" => -0.3,
                "arrest" | "displacement" | "accusation" => -0.2,
                "agreement" | "aid" | "release" => 0.3,
                _ => 0.0,
            };
            let w = if e.polarity == "negative" {
                -w * 0.5
            } else {
                w
            };
            if w > 0.0 {
                sent_pos[si] += w;
            } else {
                sent_neg[si] -= w;
            }
        }
        let (p, n) = (sent_pos[si], sent_neg[si]);
        sentences.push(SentenceFraming {
            sentence: si as u32,
            source: source.into(),
            speaker,
            quoted_share: if ss.is_empty() {
                0.0
            } else {
                (quoted as f32 / ss.len() as f32).min(1.0)
            },
            tone: tone(p, n),
        });
    }
    profile.quoted_share = match &doc.layers.sourcing {
        Some(s) => s.quoted_share,
        None => {
            let mut spans: Vec<Span> = quotes.iter().map(|q| q.content).collect();
            spans.sort();
            let mut total = 0u32;
            let mut end = 0u32;
            for s in spans {
                let a = s.start.max(end);
                if s.end > a {
                    total += s.end - a;
                    end = s.end;
                }
            }
            if doc.text().is_empty() {
                0.0
            } else {
                total as f32 / doc.text().len() as f32
            }
        }
    };

    // 5. Unsupported claims.
    let mut claims = Vec::new();
    for s in &signals {
        if !STRONG_KINDS.contains(&s.kind.as_str()) {
            continue;
        }
        let q = quote_at(quotes, s.span);
        let (sa, sb) = tk
            .sents
            .get(s.sentence as usize)
            .copied()
            .unwrap_or((0, tk.len()));
        let mut end = tk.t[sb - 1].span.end;
        if let Some(q) = q {
            end = end.min(q.content.end.max(s.span.end));
        }
        let _ = sa;
        // Trim trailing punctuation and quotation marks.
        let text = doc.text();
        let mut e = end as usize;
        while e > s.span.end as usize {
            let ch = text[..e].chars().next_back();
            match ch {
                Some(c) if c.is_whitespace() || "\"«»“”.,;:!?…".contains(c) => {
                    e -= c.len_utf8();
                }
                _ => break,
            }
        }
        let (speaker, category) = match q {
            Some(q) => (
                speaker_label(q),
                match q.speaker.kind {
                    SpeakerKind::Person | SpeakerKind::Organisation => "named_source",
                    SpeakerKind::Anonymous => "anonymous_source",
                    SpeakerKind::Unknown => "unknown_source",
                },
            ),
            None => ("author".to_string(), "no_source"),
        };
        claims.push(FramingSignal {
            span: Span::new(s.span.start, e as u32),
            kind: "unsupported_claim".into(),
            category: Some(category.into()),
            technique: if s.kind == "popularity" {
                Some("Appeal_to_Popularity".into())
            } else {
                None
            },
            sentence: s.sentence,
            speaker: Some(speaker),
        });
    }
    // Strong loaded claims (atrocity vocabulary) stated with no or an anonymous source.
    for s in &signals {
        if s.category.as_deref() != Some("atrocity") {
            continue;
        }
        let src = sentences
            .get(s.sentence as usize)
            .map(|x| x.source.as_str())
            .unwrap_or("none");
        if matches!(src, "none" | "anonymous" | "unknown")
            && !claims.iter().any(|c| c.sentence == s.sentence)
        {
            if let Some(&(a, b)) = tk.sents.get(s.sentence as usize) {
                claims.push(FramingSignal {
                    span: Span::new(tk.t[a].span.start, tk.t[b - 1].span.end),
                    kind: "unsupported_claim".into(),
                    category: Some(format!("{src}_source")),
                    technique: None,
                    sentence: s.sentence,
                    speaker: s.speaker.clone(),
                });
            }
        }
    }
    signals.extend(claims);
    signals.sort_by_key(|s| (s.span.start, s.span.end));

    let (p, n): (f32, f32) = (sent_pos.iter().sum(), sent_neg.iter().sum());
    Framing {
        signals,
        tone: tone(p, n),
        sourcing: Some(profile),
        sentences,
    }
}

fn overlap(a: Span, b: Span) -> u32 {
    let s = a.start.max(b.start);
    let e = a.end.min(b.end);
    e.saturating_sub(s)
}

/// (positive − negative) / (positive + negative + 2), in (−1, 1).
fn tone(p: f32, n: f32) -> f32 {
    let t = (p - n) / (p + n + 2.0);
    if t.is_finite() {
        (t * 100.0).round() / 100.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses() {
        let lines = TABLE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(FramingLexicon::french().len(), lines);
    }

    #[test]
    fn elisions_split() {
        assert_eq!(phrase_tokens("c'est un fait"), ["c'", "est", "un", "fait"]);
    }
}
