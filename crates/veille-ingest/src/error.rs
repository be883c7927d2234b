//! The one error type of the crate. Every variant names the input it is about (a path, a URL,
//! `path:line` for JSONL, `path@offset` for WARC records) so a batch report can list it.

use thiserror::Error;

/// An input that could not be turned into a record. Iteration goes on after any of these.
#[derive(Debug, Error)]
pub enum IngestError {
    /// Reading a file, a directory or stdin failed.
    #[error("{origin}: cannot read: {source}")]
    Io {
        origin: String,
        #[source]
        source: std::io::Error,
    },
    /// The input is larger than the configured limit; it was skipped without being loaded.
    #[error("{origin}: {size} bytes exceeds the limit of {limit} bytes; skipped")]
    TooLarge {
        origin: String,
        size: u64,
        limit: u64,
    },
    /// A URL could not be fetched (unreachable host, timeout, TLS, HTTP error status).
    #[error("{origin}: fetch failed: {reason}")]
    Fetch { origin: String, reason: String },
    /// A JSONL line is not a JSON object with a `text` or `article` string.
    #[error("{origin}: bad JSONL line: {reason}")]
    Jsonl { origin: String, reason: String },
    /// A feed could not be parsed (not XML, not RSS/Atom/JSON Feed).
    #[error("{origin}: not a valid RSS/Atom/JSON feed: {reason}")]
    Feed { origin: String, reason: String },
    /// A WARC record is malformed or truncated; the reader goes on with the next record when it can.
    #[error("{origin}: bad WARC record: {reason}")]
    Warc { origin: String, reason: String },
    /// An HTML page (or a feed item, or a file) yielded no text.
    #[error("{origin}: no main text found")]
    NoContent { origin: String },
    /// The input is not in a supported format (binary file, unknown type).
    #[error("{origin}: unsupported input: {reason}")]
    Unsupported { origin: String, reason: String },
}

impl IngestError {
    /// The input the error is about (path, URL, `path:line`, `path@offset`).
    pub fn origin(&self) -> &str {
        match self {
            IngestError::Io { origin, .. }
            | IngestError::TooLarge { origin, .. }
            | IngestError::Fetch { origin, .. }
            | IngestError::Jsonl { origin, .. }
            | IngestError::Feed { origin, .. }
            | IngestError::Warc { origin, .. }
            | IngestError::NoContent { origin }
            | IngestError::Unsupported { origin, .. } => origin,
        }
    }

    /// A short machine-friendly kind, for summaries ("too_large", "fetch", ...).
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Io { .. } => "io",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Fetch { .. } => "fetch",
            IngestError::Jsonl { .. } => "jsonl",
            IngestError::Feed { .. } => "feed",
            IngestError::Warc { .. } => "warc",
            IngestError::NoContent { .. } => "no_content",
            IngestError::Unsupported { .. } => "unsupported",
        }
    }
}
