//! Annotation layers. Each file holds the types of one layer and is owned by the stage that
//! fills it; all are plain data so that the wire format is defined in one place.
//!
//! Invariant for every layer: spans point into the document's original text, lie on char
//! boundaries, and items are sorted by `span.start` (then by `span.end`).

mod dates;
mod entities;
mod events;
mod framing;
mod numbers;
mod places;
mod quotes;
mod text;

pub use dates::*;
pub use entities::*;
pub use events::*;
pub use framing::*;
pub use numbers::*;
pub use places::*;
pub use quotes::*;
pub use text::*;

use serde::{Deserialize, Serialize};

/// All layers of a document. A layer is empty until its stage ran (see `Document::stages`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Layers {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Named-entity mentions (PER, ORG, LOC, MISC).
    pub mentions: Vec<Mention>,
    /// Per-document canonical entities grouping the mentions.
    pub entities: Vec<Entity>,
    pub places: Vec<Place>,
    /// Countries mentioned, by name or demonym ("les troupes russes" → RU).
    pub countries: Vec<CountryRef>,
    pub quotes: Vec<Quote>,
    pub sourcing: Option<SourcingSummary>,
    pub numbers: Vec<NumberExpr>,
    pub dates: Vec<DateExpr>,
    pub events: Vec<Event>,
    pub framing: Option<Framing>,
}

impl Layers {
    /// The JSON names of the layers, in output order.
    pub const NAMES: [&'static str; 13] = [
        "sentences",
        "tokens",
        "mentions",
        "entities",
        "places",
        "countries",
        "quotes",
        "sourcing",
        "numbers",
        "dates",
        "events",
        "framing",
        "all",
    ];

    /// Empties the layer with this JSON name (`all` empties every layer); false if unknown.
    pub fn clear(&mut self, name: &str) -> bool {
        match name {
            "sentences" => self.sentences = Vec::new(),
            "tokens" => self.tokens = Vec::new(),
            "mentions" => self.mentions = Vec::new(),
            "entities" => self.entities = Vec::new(),
            "places" => self.places = Vec::new(),
            "countries" => self.countries = Vec::new(),
            "quotes" => self.quotes = Vec::new(),
            "sourcing" => self.sourcing = None,
            "numbers" => self.numbers = Vec::new(),
            "dates" => self.dates = Vec::new(),
            "events" => self.events = Vec::new(),
            "framing" => self.framing = None,
            "all" => *self = Layers::default(),
            _ => return false,
        }
        true
    }
}
