//! # veille-quotes
//!
//! Who said what: direct quotations (« … », “ … ”, " … ", ‹ … ›, dialogue dashes, unclosed
//! marks recovered from sentence structure), indirect and mixed reported speech ("X a déclaré
//! que …", "selon X, …", ", a appris Sputnik d'une source militaire"), and their speakers —
//! named people and organisations (linked to `layers.entities` when the NER stage ran; a
//! capitalized-name fallback otherwise), titles resolved to the person they designate ("la
//! présidente" → Valentina Matvienko), pronouns and inverted subjects ("a-t-il ajouté") →
//! the current speaker, anonymous sources kept as descriptions ("une source militaire").
//! Fills `layers.quotes` and `layers.sourcing`.
//!
//! ```
//! use veille_core::{Document, Meta, Stage};
//! use veille_quotes::QuoteStage;
//! let mut doc = Document::new(
//!     "« Nous ne céderons pas », a déclaré le ministre Jean Dupont.",
//!     Meta::default(),
//! );
//! QuoteStage::new().annotate(&mut doc);
//! let q = &doc.layers.quotes[0];
//! assert_eq!(doc.slice(q.content), "Nous ne céderons pas");
//! assert_eq!(q.speaker.name, "Jean Dupont");
//! ```
//!
//! Design: the stage scans its own word units (French elisions split, "a-t-il" kept whole)
//! in one linear pass and uses the sentence spans of `layers.sentences` when the tokenizer
//! ran (an internal splitter otherwise), so it never depends on the token layer's details.

pub mod eval;
mod extract;
pub mod first_names;
pub mod lexicon;
mod media;
pub mod ranker;
pub mod sha256;
mod words;

use veille_core::layers::{Entity, Mention, Quote, QuoteKind, SpeakerKind};
use veille_core::{Document, Level, Span, Stage};

/// Rules version, recorded in `Document::stages`.
pub const VERSION: &str = "quotes-rules/1+speaker-ranker/1";

/// The quotation stage. Cheap to build; the lexicons are embedded and parsed once.
#[derive(Debug, Clone, Default)]
pub struct QuoteStage;

impl QuoteStage {
    pub fn new() -> QuoteStage {
        QuoteStage
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn version(&self) -> String {
        VERSION.to_string()
    }

    fn annotate(&self, doc: &mut Document) {
        let lex = lexicon_of(doc);
        if lex.is_empty() {
            doc.diagnose(Level::Error, "quotes", "speech-verb lexicon failed to load");
        }
        if ranker::embedded().is_none() {
            doc.diagnose(
                Level::Warning,
                "quotes",
                "speaker-ranker model failed to load: speakers from the rules alone",
            );
        }
        if doc.layers.mentions.is_empty() {
            doc.diagnose(
                Level::Info,
                "quotes",
                "no NER mentions: speakers found by the capitalized-name fallback",
            );
        }
        let text = doc.text_arc();
        let sentences = sentence_spans(doc);
        let out = {
            let x = extract::Extractor::new(&text, &sentences, &doc.layers.mentions, lex);
            // (the ranker learned from French articles)
            if doc.language.code == "en" {
                x.rules_only().run()
            } else {
                x.run()
            }
        };
        let mut quotes = out.quotes;
        canonical_speakers(
            &mut quotes,
            &doc.layers.entities,
            &doc.layers.mentions,
            &text,
        );
        doc.layers.quotes = quotes;
        doc.layers.sourcing = Some(out.sourcing);
    }
}

/// The speaker ranker's candidates of each statement of `doc` (which went through the
/// tokenizer and NER stages), as the rules alone see them: training rows for
/// `veille train speakers`.
pub fn speaker_rows(doc: &Document) -> Vec<ranker::TraceRow> {
    let text = doc.text_arc();
    let sentences = sentence_spans(doc);
    let x =
        extract::Extractor::new(&text, &sentences, &doc.layers.mentions, lexicon_of(doc)).tracing();
    x.run();
    x.take_trace()
}

/// The speech-verb lexicon of the document's language (French unless English).
fn lexicon_of(doc: &Document) -> &'static lexicon::Lexicon {
    if doc.language.code == "en" {
        lexicon::english()
    } else {
        lexicon::french()
    }
}

fn sentence_spans(doc: &Document) -> Vec<Span> {
    doc.layers.sentences.iter().map(|s| s.span).collect()
}

/// A speaker linked to an entity takes the entity's fullest name when the article spells it
/// out ("selon l'EMA" → "Agence européenne des médicaments", defined earlier as "(EMA)").
/// Alias-table names the article never writes ("État islamique" for "Daech") are not used.
fn canonical_speakers(quotes: &mut [Quote], entities: &[Entity], mentions: &[Mention], text: &str) {
    for q in quotes.iter_mut() {
        // (persons already carry their fullest name; an entity's longest mention may hold a
        // title or a party: "LR Albéric de Montgolfier")
        if q.speaker.kind != SpeakerKind::Organisation {
            continue;
        }
        let Some(e) = q.speaker.entity.and_then(|e| entities.get(e as usize)) else {
            continue;
        };
        let written = e.mentions.iter().any(|&m| {
            mentions
                .get(m as usize)
                .and_then(|m| text.get(m.span.range()))
                .is_some_and(|t| t == e.name)
        });
        // (only a spelled-out acronym or a fuller form of the same words, and a clean name:
        // not "hommeSelon France 3 Rhône-Alpes" or "Le Lab :")
        let short = q.speaker.name.trim();
        let acronym = short.chars().count() <= 8 && short.chars().all(char::is_uppercase);
        let fuller =
            e.name.starts_with(&format!("{short} ")) || e.name.ends_with(&format!(" {short}"));
        let clean = e
            .name
            .split_whitespace()
            .all(|w| w.chars().any(char::is_alphabetic) && !glued(w));
        let words = |s: &str| s.split_whitespace().count();
        if written && clean && (acronym || fuller) && words(&e.name) > words(short) {
            q.speaker.name = e.name.clone();
        }
    }
}

/// A lowercase letter followed by a capital inside a word: two words glued by a lost line
/// break ("hommeSelon").
fn glued(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.windows(2)
        .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
}

/// Runs the stage on a bare text (no NER layer) and returns the quotes; handy for tests.
pub fn extract(text: &str) -> Vec<Quote> {
    let mut doc = Document::new(text, Default::default());
    QuoteStage.annotate(&mut doc);
    doc.layers.quotes
}

/// One line per quote: `kind [unclosed] «content» <- speaker (kind) [cue lemma]`.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for q in &doc.layers.quotes {
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        };
        let sk = match q.speaker.kind {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "org",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        };
        let content: String = doc.slice(q.content).chars().take(60).collect();
        out.push_str(&format!(
            "{kind}{} «{content}{}» <- {} ({sk}){}\n",
            if q.unclosed { " unclosed" } else { "" },
            if doc.slice(q.content).chars().count() > 60 {
                "…"
            } else {
                ""
            },
            q.speaker.name,
            q.cue_lemma
                .as_ref()
                .map(|l| format!(" [{l}]"))
                .unwrap_or_default(),
        ));
    }
    if let Some(s) = &doc.layers.sourcing {
        out.push_str(&format!(
            "sourcing: named {} anonymous {} unattributed {} | direct {} indirect {} mixed {} | quoted {:.2}\n",
            s.named, s.anonymous, s.unattributed, s.direct, s.indirect, s.mixed, s.quoted_share
        ));
    }
    out
}
