//! The model-free pipeline up to events and framing (tokens, figures, quotes, events,
//! framing), shared by the snapshot tests and the examples
//! (`#[path = "../tests/support/mod.rs"] mod support;`).
#![allow(dead_code)]

use veille_core::{Document, Meta, Stage};

/// A tokenized document published on `date`.
pub fn tokenized(text: &str, date: Option<&str>) -> Document {
    let meta = Meta {
        date: date.map(str::to_string),
        ..Meta::default()
    };
    let mut doc = Document::new(text, meta);
    veille_text::TokenizeStage.annotate(&mut doc);
    doc
}

/// Tokens, figures, `extra` (e.g. geo), quotes, events and framing.
pub fn analyze_with(text: &str, date: Option<&str>, extra: impl FnOnce(&mut Document)) -> Document {
    let mut doc = tokenized(text, date);
    veille_figures::FiguresStage.annotate(&mut doc);
    extra(&mut doc);
    veille_quotes::QuoteStage::new().annotate(&mut doc);
    veille_events::EventsStage.annotate(&mut doc);
    veille_events::FramingStage.annotate(&mut doc);
    doc
}

/// Tokens, figures, quotes, events and framing.
pub fn analyze(text: &str, date: Option<&str>) -> Document {
    analyze_with(text, date, |_| {})
}
