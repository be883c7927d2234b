use crate::Span;
use serde::{Deserialize, Serialize};

/// How the article tells things: loaded vocabulary, certainty markers, unsupported claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub signals: Vec<FramingSignal>,
    /// Tone in [-1, 1] (negative = alarming/hostile).
    pub tone: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FramingSignal {
    #[serde(flatten)]
    pub span: Span,
    /// `loaded_language`, `certainty`, `speculation`, `unsupported_claim`...
    pub kind: String,
    /// Lexicon category ("combatants", "liberation/occupation"...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// SemEval-2023 Task 3 technique name when one applies (`Loaded_Language`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technique: Option<String>,
    /// Sentence index.
    pub sentence: u32,
}
