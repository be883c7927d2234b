use crate::Span;
use serde::{Deserialize, Serialize};

/// How the article tells things: loaded vocabulary, certainty markers, unsupported claims,
/// sourcing, tone — per article and per sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub signals: Vec<FramingSignal>,
    /// Tone in [-1, 1] (negative = alarming/hostile).
    pub tone: f32,
    /// Who the statements come from, over the whole article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sourcing: Option<SourcingProfile>,
    /// One entry per sentence (same order as `Layers::sentences`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceFraming>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FramingSignal {
    #[serde(flatten)]
    pub span: Span,
    /// `loaded_language`, `partisan_label`, `certainty`, `speculation`, `hearsay`,
    /// `scare_quotes`, `unsupported_claim`...
    pub kind: String,
    /// Lexicon category ("combatants", "liberation/occupation"...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// SemEval-2023 Task 3 technique name when one applies (`Loaded_Language`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technique: Option<String>,
    /// Sentence index.
    pub sentence: u32,
    /// Whom the signal is attributed to (the quote's speaker, `author` outside quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// Statements (sentences) by kind of source, plus the quotes stage's summary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourcingProfile {
    /// Sentences carrying a statement of a named person or organisation.
    pub named: u32,
    /// Sentences carrying a statement of an anonymous source ("une source militaire").
    pub anonymous: u32,
    /// Sentences with no source: the author's own voice.
    pub unsourced: u32,
    /// Distinct named speakers.
    pub named_speakers: Vec<String>,
    /// Distinct anonymous source descriptions.
    pub anonymous_sources: Vec<String>,
    /// Share of the text's characters inside quotations, in [0, 1].
    pub quoted_share: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceFraming {
    pub sentence: u32,
    /// `named`, `anonymous`, `unknown` (a quote whose speaker was not found) or `none`.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Share of the sentence's characters inside quotations.
    pub quoted_share: f32,
    pub tone: f32,
}
