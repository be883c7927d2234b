//! # veille-events
//!
//! What happened and how it is told, on top of every other layer:
//! - [`EventsStage`] fills `layers.events`: per sentence, events of the taxonomy in
//!   `TAXONOMY.md` (capture, attack, killing, displacement, denial…) found by a French trigger
//!   lexicon (`data/triggers.tsv`: verbs by lemma with all their inflections, nouns,
//!   phrases), with agent and target (subject / object / "par X" / "de X" around the trigger,
//!   widened to NER mentions), place (the geo layer, else a capitalized word after à/dans/de),
//!   time (the date layer, else the publication date marked `~`), the figures attached (the
//!   numbers layer, else number tokens), polarity (ne…pas, aucun, démentir) and modality
//!   (asserted / future / hypothetical / reported inside a quote, attributed to its speaker).
//! - [`FramingStage`] fills `layers.framing`: loaded and partisan vocabulary with categories
//!   and SemEval-2023 Task 3 technique names (`data/framing.tsv`, documented in
//!   `LEXICON.md`), certainty / speculation / vague-source markers, hearsay conditionals,
//!   scare quotes, unsupported claims (a certainty marker inside a quote is attributed to the
//!   quote's speaker), the sourcing profile per sentence and per article, and a tone score.
//!
//! Both degrade gracefully: without mentions the agent is the noun phrase around the
//! trigger, without places a capitalized word after a place preposition, without quotes
//! every sentence is the author's.
//!
//! ```
//! use veille_core::{Document, Meta, Stage};
//! let mut doc = Document::new("L'armée syrienne a chassé les rebelles d'Alep.", Meta::default());
//! veille_text::TokenizeStage.annotate(&mut doc);
//! veille_events::EventsStage.annotate(&mut doc);
//! let e = &doc.layers.events[0];
//! assert_eq!(e.event_type, "capture");
//! assert_eq!(doc.slice(e.arguments[0].span), "armée syrienne");
//! ```

pub mod eval;
mod events;
mod framing;
pub mod lexicon;
mod words;

pub use framing::FramingLexicon;
pub use lexicon::Lexicon;

use std::fmt::Write;
use veille_core::layers::{Sentence, Token};
use veille_core::{Document, Level, Stage};

/// Version of the rules and lexicons, recorded in `Document::stages`.
pub const VERSION: &str = "events-rules/1";

/// Tokens and sentences of the document, or computed here when the tokenizer did not run.
fn tokens_of(doc: &Document) -> (Vec<Token>, Vec<Sentence>, bool) {
    if doc.layers.tokens.is_empty() && !doc.text().is_empty() {
        let tokens = veille_text::tokenize(doc.text());
        let sentences = veille_text::split_sentences(doc.text(), &tokens);
        (tokens, sentences, true)
    } else {
        (Vec::new(), Vec::new(), false)
    }
}

/// Fills `layers.events`. Runs after every other layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventsStage;

impl Stage for EventsStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn version(&self) -> String {
        VERSION.to_string()
    }
    fn annotate(&self, doc: &mut Document) {
        if doc.text().len() > u32::MAX as usize {
            doc.diagnose(Level::Error, "events", "text longer than 4 GiB: skipped");
            return;
        }
        let lex = Lexicon::french();
        if lex.is_empty() {
            doc.diagnose(Level::Error, "events", "trigger lexicon failed to load");
            return;
        }
        let text = doc.text_arc();
        let (own_t, own_s, own) = tokens_of(doc);
        let events = {
            let (t, s) = if own {
                (&own_t[..], &own_s[..])
            } else {
                (&doc.layers.tokens[..], &doc.layers.sentences[..])
            };
            let toks = words::Toks::new(&text, t, s);
            events::Extractor {
                toks: &toks,
                doc,
                lex,
            }
            .run()
        };
        doc.layers.events = events;
    }
}

/// Fills `layers.framing`. Runs after [`EventsStage`] (event types feed the tone).
#[derive(Debug, Default, Clone, Copy)]
pub struct FramingStage;

impl Stage for FramingStage {
    fn name(&self) -> &'static str {
        "framing"
    }
    fn version(&self) -> String {
        VERSION.to_string()
    }
    fn annotate(&self, doc: &mut Document) {
        if doc.text().len() > u32::MAX as usize {
            doc.diagnose(Level::Error, "framing", "text longer than 4 GiB: skipped");
            return;
        }
        let lex = FramingLexicon::french();
        let text = doc.text_arc();
        let (own_t, own_s, own) = tokens_of(doc);
        let framing = {
            let (t, s) = if own {
                (&own_t[..], &own_s[..])
            } else {
                (&doc.layers.tokens[..], &doc.layers.sentences[..])
            };
            let toks = words::Toks::new(&text, t, s);
            framing::analyze(doc, &toks, lex)
        };
        doc.layers.framing = Some(framing);
    }
}

/// One line per event, then one line per framing signal, then the sourcing profile and the
/// tone: the view used by snapshot tests.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for e in &doc.layers.events {
        let _ = write!(
            out,
            "{} {:?} [{}{}]",
            e.event_type,
            doc.slice(e.trigger),
            if e.polarity == "negative" { "neg " } else { "" },
            e.modality
        );
        for a in &e.arguments {
            if a.span.is_empty() {
                if let Some(v) = &a.value {
                    let _ = write!(out, " {}={v}", a.role);
                }
                continue;
            }
            let _ = write!(out, " {}={:?}", a.role, doc.slice(a.span));
            if let Some(v) = &a.value {
                if a.role == "time" || v.starts_with("coref") {
                    let _ = write!(out, "({v})");
                }
            }
        }
        if let Some(s) = &e.speaker {
            let _ = write!(out, " <- {s}");
        }
        out.push('\n');
    }
    if let Some(f) = &doc.layers.framing {
        for s in &f.signals {
            let _ = write!(out, "~ {} {:?}", s.kind, doc.slice(s.span));
            if let Some(c) = &s.category {
                let _ = write!(out, " [{c}]");
            }
            if let Some(t) = &s.technique {
                let _ = write!(out, " {t}");
            }
            if let Some(sp) = &s.speaker {
                if sp != "author" {
                    let _ = write!(out, " <- {sp}");
                }
            }
            out.push('\n');
        }
        if let Some(p) = &f.sourcing {
            let _ = writeln!(
                out,
                "sourcing: named {} anonymous {} unsourced {} quoted {:.2} speakers {:?} anonymous {:?}",
                p.named, p.anonymous, p.unsourced, p.quoted_share, p.named_speakers, p.anonymous_sources
            );
        }
        let _ = writeln!(out, "tone: {:.2}", f.tone);
    }
    out
}
