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
use veille_core::{Document, Level, Stage};

/// Version of the rules and lexicons, recorded in `Document::stages`.
pub const VERSION: &str = "events-rules/1";

/// Runs `f` over the folded token view of the document: its token and sentence layers, or
/// ones computed here when the tokenizer did not run. `None`, with an error diagnostic of
/// `stage`, when the text is too long for 32-bit offsets.
fn with_toks<R>(
    doc: &mut Document,
    stage: &'static str,
    f: impl FnOnce(&Document, &words::Toks) -> R,
) -> Option<R> {
    if doc.text().len() > u32::MAX as usize {
        doc.diagnose(Level::Error, stage, "text longer than 4 GiB: skipped");
        return None;
    }
    let text = doc.text_arc();
    let doc: &Document = doc;
    let own = doc.layers.tokens.is_empty() && !text.is_empty();
    let (own_t, own_s) = if own {
        let tokens = veille_text::tokenize(&text);
        let sentences = veille_text::split_sentences(&text, &tokens);
        (tokens, sentences)
    } else {
        (Vec::new(), Vec::new())
    };
    let (t, s) = if own {
        (&own_t[..], &own_s[..])
    } else {
        (&doc.layers.tokens[..], &doc.layers.sentences[..])
    };
    let toks = words::Toks::new(&text, t, s);
    Some(f(doc, &toks))
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
        let lex = Lexicon::french();
        if lex.is_empty() {
            doc.diagnose(Level::Error, "events", "trigger lexicon failed to load");
            return;
        }
        let events = with_toks(doc, "events", |doc, toks| {
            events::Extractor { toks, doc, lex }.run()
        });
        if let Some(events) = events {
            doc.layers.events = events;
        }
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
        let lex = FramingLexicon::french();
        let framing = with_toks(doc, "framing", |doc, toks| framing::analyze(doc, toks, lex));
        if let Some(framing) = framing {
            doc.layers.framing = Some(framing);
        }
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
