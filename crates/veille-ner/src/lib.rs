//! # veille-ner
//!
//! veille's own French named-entity tagger (PER, ORG, LOC, MISC): an averaged structured
//! perceptron over hashed features (word, shape, affixes, context words, capitalization in
//! context, gazetteers, word clusters) decoded by constrained first-order Viterbi over IOB2
//! tags, trained by [`train`] on the corpora in `../shared/data/ner`.
//!
//! [`NerStage`] runs it over a tokenized [`veille_core::Document`], fills `layers.mentions` and
//! groups mentions into per-document `layers.entities` (with the alias table).
//!
//! ```
//! use veille_ner::{NerModel, Tag};
//! let model = NerModel::embedded().unwrap();
//! let tags = model.tag(&["Les", "habitants", "d'", "Alep", "sont", "descendus", "dans", "les", "rues", "."]);
//! assert_eq!(tags[3].to_string(), "B-LOC");
//! ```

// Index loops over label matrices read better than iterator chains in the numeric code.
#![allow(clippy::needless_range_loop)]

pub mod aliases;
pub mod clusters;
pub mod document;
pub mod eval;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod readers;
mod stage;
pub mod tags;
pub mod train;

pub use aliases::AliasTable;
pub use model::{NerModel, Scored};
pub use stage::NerStage;
pub use tags::{Tag, TokenSpan};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid NER model: {0} (rebuild with `veille train ner`)")]
    Format(String),
    #[error("NER model format version {found}, this build reads version {expected} (rebuild with `veille train ner`)")]
    Version { found: u32, expected: u32 },
}
