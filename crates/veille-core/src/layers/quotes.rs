use crate::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organisation,
    Anonymous,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name or description ("Viktor Ozerov", "une source militaire").
    pub name: String,
    pub kind: SpeakerKind,
    /// Where the speaker is designated in the text (the mention used to attribute).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Index into `Layers::entities` when the speaker is a known entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
}

/// A reported statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The whole quotation including marks (direct) or clause (indirect).
    #[serde(flatten)]
    pub span: Span,
    /// What was said, without quotation marks.
    pub content: Span,
    /// The speech verb or marker ("a déclaré", "selon").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_lemma: Option<String>,
    pub speaker: Speaker,
    /// True when the closing mark was missing and the end was recovered from structure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unclosed: bool,
}

/// Per-article counts of statements by kind of source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourcingSummary {
    pub named: u32,
    pub anonymous: u32,
    pub unattributed: u32,
    pub direct: u32,
    pub indirect: u32,
    pub mixed: u32,
    /// Share of the text's characters that lie inside quotations, in [0, 1].
    pub quoted_share: f32,
}
