use crate::Document;

/// One step of the analysis pipeline.
///
/// A stage is a pure function of the document: it reads the text and the layers of earlier
/// stages and adds its own layer. It performs no I/O (models are loaded before, by the
/// pipeline) and never panics on odd input: it degrades and records a diagnostic instead.
/// Stages are `Send + Sync` and shared by all worker threads behind an `Arc`.
pub trait Stage: Send + Sync {
    /// Short stable name (`tokenize`, `ner`, ...), recorded in `Document::stages`.
    fn name(&self) -> &'static str;
    /// Version of the rules or model, recorded with the name so the store can tell when a
    /// document must be re-analysed.
    fn version(&self) -> String;
    /// Adds this stage's layer(s) to `doc`. Must not modify earlier layers' spans.
    fn annotate(&self, doc: &mut Document);
}
