//! Plain data exchanged through the [`crate::Store`] trait (all serialize to the JSON of the
//! CLI and the HTTP API).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use veille_core::Document;

/// A document to store, with where it came from (file path and line, URL...).
#[derive(Debug, Clone)]
pub struct Incoming {
    pub doc: Document,
    pub origin: String,
}

/// What happened to one incoming document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    Stored {
        id: String,
        story: i64,
    },
    /// Same normalized text as a stored document.
    Duplicate {
        id: String,
        of: String,
    },
    /// SimHash within the near-duplicate distance of a stored document.
    NearDuplicate {
        id: String,
        of: String,
        distance: u32,
    },
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BatchReport {
    pub outcomes: Vec<Outcome>,
}

impl BatchReport {
    pub fn stored(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Stored { .. }))
            .count()
    }
    pub fn duplicates(&self) -> usize {
        self.outcomes.len() - self.stored()
    }
}

/// A full-text query with facet filters. Empty `text` matches every document.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    pub text: String,
    pub entity: Vec<String>,
    pub place: Vec<String>,
    pub speaker: Vec<String>,
    pub source: Vec<String>,
    pub lang: Option<String>,
    /// Inclusive `YYYY-MM-DD` bounds on the publication date.
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: usize,
    pub offset: usize,
    /// Number of facet values returned per facet (0 = no facets).
    pub facets: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchHit {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub lang: String,
    pub story: Option<i64>,
    /// A passage of the text with the matched terms between `<b>` and `</b>` (HTML-escaped).
    pub snippet: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    /// Facet name (`entity`, `place`, `speaker`, `source`, `lang`, `date`) → top values.
    pub facets: BTreeMap<String, Vec<FacetValue>>,
    pub took_ms: f64,
}

/// A stored document with its bookkeeping.
#[derive(Debug, Clone)]
pub struct StoredDoc {
    pub id: String,
    pub doc: Document,
    pub origin: String,
    pub pipeline: String,
    pub story: Option<i64>,
    /// Other places the same (or nearly the same) text was seen.
    pub duplicates: Vec<DuplicateLink>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DuplicateLink {
    pub id: String,
    pub kind: String,
    pub origin: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub distance: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QuoteQuery {
    /// Case-insensitive substring of the speaker's name.
    pub speaker: Option<String>,
    pub doc: Option<String>,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteRow {
    pub doc: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub speaker: String,
    pub speaker_kind: String,
    pub kind: String,
    pub content: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EntityQuery {
    pub top: usize,
    /// `PER`, `ORG`, `LOC`, `MISC`.
    pub label: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityCount {
    pub name: String,
    pub label: String,
    pub documents: u64,
    pub mentions: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocRef {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityPage {
    pub name: String,
    pub label: String,
    pub documents: Vec<DocRef>,
    /// `YYYY-MM-DD` (or `unknown`) → mentions that day.
    pub timeline: Vec<FacetValue>,
    pub quotes_by: Vec<QuoteRow>,
    /// Quotes of others whose content names this entity.
    pub quotes_about: Vec<QuoteRow>,
    pub cooccurring: Vec<EntityCount>,
    pub places: Vec<PlaceCount>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlaceCount {
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub documents: u64,
    pub mentions: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: i64,
    pub title: String,
    pub documents: u64,
    pub sources: Vec<String>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoryFigure {
    pub doc: String,
    pub source: Option<String>,
    pub category: String,
    pub text: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub counted: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoryPage {
    pub summary: StorySummary,
    pub documents: Vec<DocRef>,
    pub quotes: Vec<QuoteRow>,
    pub figures: Vec<StoryFigure>,
    pub entities: Vec<EntityCount>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoreStats {
    pub documents: u64,
    pub duplicates: u64,
    pub stories: u64,
    pub raw_text_bytes: u64,
    pub sqlite_bytes: u64,
    pub index_bytes: u64,
    pub data_dir: String,
}
