//! # veille-store
//!
//! The embedded archive behind `veille ingest`, `veille search` and `veille serve`.
//!
//! * **SQLite** (rusqlite, bundled, WAL mode) is the source of truth: one row per stored document
//!   with its whole analysed [`Document`] (zstd-compressed JSON, token layer dropped: it is
//!   re-derived by the tokenizer), and one table per structured layer (entities, mentions,
//!   places, quotes, numbers, dates) for queries; duplicates and stories live there too.
//! * **tantivy** holds the full-text index (French and English stemming) and the facets
//!   (entity, place, speaker, source, lang, date). It is derived data: each tantivy commit
//!   carries the number of the last SQLite batch it contains, and opening the store for writing
//!   replays whatever SQLite committed after it. So `kill -9` at any moment loses at most the
//!   batch in flight and never leaves the two out of step.
//! * **Stories** ([`stories`]) cluster documents about the same event incrementally, inside the
//!   same SQLite transaction as the documents.
//!
//! Everything a caller needs goes through the narrow [`Store`] trait, so a distributed backend
//! can replace [`LocalStore`] without touching the analysis.
//!
//! ```no_run
//! use veille_core::{Document, Meta};
//! use veille_store::{Incoming, LocalStore, OpenMode, SearchQuery, Store};
//! let store = LocalStore::open("/tmp/veille-data", OpenMode::Write)?;
//! let doc = Document::new("Alep est libérée.", Meta::default());
//! store.put_batch(vec![Incoming { doc, origin: "example".into() }])?;
//! let hits = store.search(&SearchQuery { text: "Alep".into(), ..Default::default() })?;
//! assert_eq!(hits.total, 1);
//! # Ok::<(), veille_store::Error>(())
//! ```

mod codec;
pub mod dedup;
mod index;
pub mod ingest;
mod local;
mod sql;
pub mod stories;
mod types;

pub use local::{default_data_dir, LocalStore, OpenMode};
pub use types::*;

use veille_core::Document;

/// On-disk format of the store (SQLite schema + index schema). Bumped on incompatible change.
pub const STORE_FORMAT: u32 = 1;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("full-text index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("bad query: {0}")]
    Query(String),
    #[error("I/O on {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("corrupt stored document {id}: {reason}")]
    Corrupt { id: String, reason: String },
    #[error("no store in {0} (run `veille ingest` first, or pass --data-dir)")]
    Missing(String),
    #[error("another process is writing to the store in {0}; try again when it is done")]
    Locked(String),
    #[error("the store was opened read-only")]
    ReadOnly,
    #[error("store format {found} in {dir} is not supported by this build (format {expected}); re-ingest into a new --data-dir")]
    Format {
        found: u32,
        expected: u32,
        dir: String,
    },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The store interface used by the CLI and the HTTP server.
///
/// Implementations are shared between threads; writes are serialized internally (one writer),
/// reads run concurrently with them.
pub trait Store: Send + Sync {
    /// Stores a batch atomically: either every document of the batch is committed, or none.
    /// Exact duplicates (same normalized text) and near duplicates (SimHash) are linked to the
    /// document already stored instead of being stored again; re-putting is idempotent.
    fn put_batch(&self, batch: Vec<Incoming>) -> Result<BatchReport>;
    /// Whether a text (by [`dedup::doc_id`]) is already known, stored or linked as a duplicate.
    /// Lets the ingest driver skip analysis of what it already has.
    fn known(&self, id: &str) -> Result<Option<String>>;
    /// A document by id or unique id prefix (≥ 6 hex digits).
    fn document(&self, id: &str) -> Result<Option<StoredDoc>>;
    fn search(&self, q: &SearchQuery) -> Result<SearchResults>;
    fn quotes(&self, q: &QuoteQuery) -> Result<Vec<QuoteRow>>;
    fn entities(&self, q: &EntityQuery) -> Result<Vec<EntityCount>>;
    fn entity(&self, name: &str) -> Result<Option<EntityPage>>;
    fn places(&self, limit: usize) -> Result<Vec<PlaceCount>>;
    fn stories(&self, limit: usize) -> Result<Vec<StorySummary>>;
    fn story(&self, id: i64) -> Result<Option<StoryPage>>;
    /// Ids of documents analysed with another pipeline version than `current`.
    fn stale(&self, current: &str, limit: usize) -> Result<Vec<String>>;
    /// Replaces the analysis of stored documents (same text, same id) — used after a model change.
    fn replace_analysis(&self, docs: Vec<Document>) -> Result<usize>;
    fn stats(&self) -> Result<StoreStats>;
}

/// The version string of the pipeline that produced a document: `name@version` of every stage,
/// in order, joined by `;`.
pub fn pipeline_version(doc: &Document) -> String {
    let mut s = String::new();
    for (i, st) in doc.stages.iter().enumerate() {
        if i > 0 {
            s.push(';');
        }
        s.push_str(&st.name);
        s.push('@');
        s.push_str(&st.version);
    }
    s
}
