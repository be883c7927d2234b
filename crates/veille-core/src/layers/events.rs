use crate::Span;
use serde::{Deserialize, Serialize};

/// Something that happened (or is said, denied, planned to happen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Taxonomy type (see docs): `capture`, `attack`, `killing`, `evacuation`, `denial`...
    pub event_type: String,
    pub trigger: Span,
    /// Sentence index.
    pub sentence: u32,
    #[serde(default)]
    pub arguments: Vec<EventArgument>,
    /// `positive` or `negative`.
    pub polarity: String,
    /// `asserted`, `future`, `hypothetical`, `reported`.
    pub modality: String,
    /// Index into `Layers::quotes` when the event is reported inside a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<u32>,
    /// The speaker of that quote: whom the event is attributed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventArgument {
    /// `agent`, `target`, `place`, `time`, `figure`. A `time` with an empty span is the
    /// publication date (value prefixed with `~`: lower precision).
    pub role: String,
    #[serde(flatten)]
    pub span: Span,
    /// Normalized value: `entity:N`, `geonames:ID`, ISO date, `number:N`, or `coref:E` when
    /// the argument was filled from coreferent event E in an adjacent sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
