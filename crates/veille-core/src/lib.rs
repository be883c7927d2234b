//! # veille-core
//!
//! The one data structure every veille stage reads and writes: a [`Document`] holding the
//! original text (never modified), its metadata, and *standoff* annotation layers — every
//! annotation is a [`Span`] (byte range) into the original text.
//!
//! Internally spans are UTF-8 byte offsets, which is what slicing needs. The JSON wire format
//! (see `docs/document-schema.md`) gives Unicode code-point offsets plus the covered text;
//! [`Document::to_json`] converts on the way out and [`Document::from_json`] on the way in.
//!
//! ```
//! use veille_core::{Document, Meta, Span};
//! let doc = Document::new("Alep est libérée.", Meta::default());
//! assert_eq!(doc.slice(Span::new(0, 4)), "Alep");
//! ```

mod document;
pub mod layers;
pub mod metrics;
pub mod render;
mod span;
mod stage;

pub use document::{
    text_and_meta, Diagnostic, Document, Language, Level, Meta, StageRun, SCHEMA_VERSION,
};
pub use layers::Layers;
pub use span::{CharIndex, Span};
pub use stage::Stage;

/// Errors from reading a serialized [`Document`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid document JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unsupported document schema {found:?} (this build reads {expected:?})")]
    Schema {
        found: String,
        expected: &'static str,
    },
    #[error("span {start}..{end} is outside the text ({len} characters)")]
    SpanOutOfRange { start: u32, end: u32, len: usize },
}
