use crate::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [
        EntityType::PER,
        EntityType::ORG,
        EntityType::LOC,
        EntityType::MISC,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::PER => "PER",
            EntityType::ORG => "ORG",
            EntityType::LOC => "LOC",
            EntityType::MISC => "MISC",
        }
    }
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PER" => EntityType::PER,
            "ORG" => EntityType::ORG,
            "LOC" => EntityType::LOC,
            "MISC" => EntityType::MISC,
            _ => return None,
        })
    }
}

/// One mention of a named entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    #[serde(flatten)]
    pub span: Span,
    pub label: EntityType,
    /// Model confidence in [0, 1].
    pub confidence: f32,
    /// Index into `Layers::entities`.
    pub entity: u32,
}

/// A canonical entity of the document: all mentions that designate the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: u32,
    /// Canonical name ("Zaid al-Saleh", "État islamique").
    pub name: String,
    pub label: EntityType,
    /// Indices into `Layers::mentions`.
    pub mentions: Vec<u32>,
    /// Cross-document key when the alias table knows the entity (e.g. `org:etat-islamique`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}
