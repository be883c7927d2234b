//! veille-ingest: turns inputs into `(text, Meta)` records ready for analysis.
//!
//! Inputs are paths (files or directories, walked recursively), `http(s)://` URLs, or `-` for
//! stdin. Formats are recognised by extension, `Content-Type` or sniffing:
//!
//! | format | how | one record per |
//! |---|---|---|
//! | plain text (`.txt`, `.md`, or anything textual) | decoded (BOM, UTF-8, else chardetng guess) | file |
//! | JSONL (`.jsonl`, `.ndjson`, `.json`, or a line starting with `{`) | streamed line by line; `text` or `article` is the text; `id`, `title`, `url`, `date`, `source`, `author` go to [`Meta`]; other fields to `Meta::extra`; a file holding one JSON array of such objects also works | line (`path:LINE`) or element (`path[I]`) |
//! | HTML | main text by rs-trafilatura with a dom_smoothie fallback ([`html::Extractor::Combined`]); metadata from JSON-LD, OpenGraph, `<meta>` tags | page |
//! | RSS / Atom / JSON Feed (feed-rs) | each item's page is fetched and extracted | item |
//! | WARC / WARC.gz | streamed record by record; `response` records with HTML, `resource` HTML, WET `conversion` text | record |
//! | gzip of any of these | decompressed on the fly | |
//!
//! Every item is a `Result<Record, IngestError>`: a bad input (unreadable file, file over the
//! size limit, malformed JSONL line, truncated WARC record, feed that is not XML, unreachable
//! URL, page without main text) is an `Err` naming the input, and the iteration goes on.
//! Nothing panics. Documents over [`Options::max_bytes`] (default 64 MiB) are reported and
//! skipped: whole files without being read, streamed formats (JSONL, WARC) per line or record,
//! JSON arrays per element.
//!
//! `Record::origin` names where the record came from: a path, a URL, `path:LINE` for JSONL,
//! `path@OFFSET` for WARC records (offset in the uncompressed stream).
//!
//! Duplicate detection helpers for the store live in [`dedup`] ([`dedup::text_hash`],
//! [`dedup::simhash64`]).
//!
//! # Example
//!
//! ```
//! use veille_ingest::{Ingest, Input, Options};
//!
//! let dir = std::env::temp_dir().join(format!("veille-ingest-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.jsonl"),
//!     "{\"id\": \"1\", \"title\": \"Alep\", \"article\": \"Plus de 5 000 djihadistes.\", \"heading\": \"h\"}\nnot json\n").unwrap();
//! std::fs::write(dir.join("b.txt"), "Entre 300 et 500 personnes.").unwrap();
//!
//! let mut ok = Vec::new();
//! let mut failed = Vec::new();
//! for item in Ingest::new(vec![Input::parse(dir.to_str().unwrap())], Options::default()) {
//!     match item {
//!         Ok(rec) => ok.push((rec.meta.title.clone(), rec.text)),
//!         Err(e) => failed.push(e.to_string()),
//!     }
//! }
//! assert_eq!(ok[0], (Some("Alep".to_string()), "Plus de 5 000 djihadistes.".to_string()));
//! assert_eq!(ok[1].1, "Entre 300 et 500 personnes.");
//! assert!(failed[0].ends_with("a.jsonl:2: bad JSONL line: expected ident at line 1 column 2"));
//!
//! // Keys for duplicate detection.
//! let key = veille_ingest::dedup::text_hash(&ok[0].1);
//! let sim = veille_ingest::dedup::simhash64(&ok[0].1);
//! # let _ = (key, sim);
//! # std::fs::remove_dir_all(&dir).ok();
//! ```
//!
//! The iterator uses blocking I/O (files, and reqwest's blocking client for URLs): from async
//! code, run it inside `spawn_blocking`.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use veille_core::Meta;

pub mod decode;
pub mod dedup;
pub mod error;
pub mod eval;
pub mod fetch;
pub mod html;
pub mod par;
pub mod source;
pub mod warc;

pub use error::IngestError;
pub use html::{extract_html, Extracted, Extractor};

/// One input ready for analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The text to analyse (for HTML: the extracted main text, paragraphs separated by a blank line).
    pub text: String,
    pub meta: Meta,
    /// Where it came from: a path, a URL, `path:LINE` (JSONL) or `path@OFFSET` (WARC).
    pub origin: String,
}

/// Settings of an ingest run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The per-document size limit: a document larger than this is reported (an error naming
    /// it) and skipped, and the iteration goes on. A document is a file read whole (text,
    /// HTML), a fetched page, a JSONL line, an element of a JSON array, a WARC record.
    /// Containers of documents (a JSON array file, a feed) may be up to
    /// [`Options::container_bytes`]. Default [`DEFAULT_MAX_BYTES`] (64 MiB).
    pub max_bytes: u64,
    /// The HTML main-text extractor. Default [`Extractor::Combined`].
    pub extractor: Extractor,
    /// Fetch the page of each feed item (default true); when false, the item's own content or
    /// summary is the text.
    pub fetch_feed_items: bool,
    /// Whole-request timeout for URLs. Default 30 s.
    pub timeout: Duration,
    /// Worker threads for HTML extraction of directory files and WARC records (output order is
    /// kept). 0 (the default) means the number of cores, at most 4; 1 runs everything inline.
    pub threads: usize,
}

impl Options {
    /// The size limit of a file read whole that holds several documents (a JSON array, a
    /// feed): the larger of [`Options::max_bytes`] and [`DEFAULT_MAX_BYTES`].
    pub fn container_bytes(&self) -> u64 {
        self.max_bytes.max(DEFAULT_MAX_BYTES)
    }

    /// The effective number of extraction threads.
    pub fn threads(&self) -> usize {
        match self.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
            n => n,
        }
    }
}

/// The default size limit: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: DEFAULT_MAX_BYTES,
            extractor: Extractor::default(),
            fetch_feed_items: true,
            timeout: Duration::from_secs(30),
            threads: 0,
        }
    }
}

/// One thing to ingest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory.
    Path(PathBuf),
    /// An `http://` or `https://` URL.
    Url(String),
    /// Standard input.
    Stdin,
}

impl Input {
    /// `-` is stdin, `http(s)://…` a URL, anything else a path.
    pub fn parse(arg: &str) -> Input {
        let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
        if arg == "-" {
            Input::Stdin
        } else if lower.starts_with("http://") || lower.starts_with("https://") {
            Input::Url(arg.to_owned())
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// The ingest iterator: inputs in order, each expanded into its records.
pub struct Ingest {
    pending: VecDeque<Input>,
    current: Option<source::BoxIter>,
    ctx: Arc<source::Ctx>,
}

impl Ingest {
    /// Ingests `inputs` in order. Nothing is read until the iterator is advanced.
    pub fn new(inputs: Vec<Input>, opts: Options) -> Self {
        let fetcher = fetch::Fetcher::new(opts.timeout, opts.max_bytes);
        Ingest {
            pending: inputs.into(),
            current: None,
            ctx: Arc::new(source::Ctx {
                opts,
                fetcher: Mutex::new(fetcher),
            }),
        }
    }
}

impl Iterator for Ingest {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let input = self.pending.pop_front()?;
            self.current = Some(match input {
                Input::Path(p) => source::open_path(&p, &self.ctx),
                Input::Url(u) => source::open_url(&u, &self.ctx),
                Input::Stdin => source::open_stdin(&self.ctx),
            });
        }
    }
}

/// Fetches (for a URL) or reads (for a path) one HTML page and extracts it.
///
/// # Errors
/// As the ingest iterator: unreadable file, over the size limit, fetch failure, no main text.
pub fn extract_page(input: &str, opts: &Options) -> Result<Record, IngestError> {
    let inp = Input::parse(input);
    let origin = input.to_owned();
    let (bytes, url, ct) = match &inp {
        Input::Url(u) => {
            let f = fetch::Fetcher::new(opts.timeout, opts.max_bytes).get(u)?;
            (f.body, Some(f.url), f.content_type)
        }
        _ => {
            let path = match &inp {
                Input::Path(p) => p.clone(),
                _ => PathBuf::from("/dev/stdin"),
            };
            let size = std::fs::metadata(&path)
                .map_err(|source| IngestError::Io {
                    origin: origin.clone(),
                    source,
                })?
                .len();
            if size > opts.max_bytes {
                return Err(IngestError::TooLarge {
                    origin,
                    size,
                    limit: opts.max_bytes,
                });
            }
            let b = std::fs::read(&path).map_err(|source| IngestError::Io {
                origin: origin.clone(),
                source,
            })?;
            (b, None, None)
        }
    };
    let charset = ct.as_deref().and_then(decode::charset_of_content_type);
    let (html, _) = decode::decode_markup(&bytes, charset.as_deref());
    let e = extract_html(&html, url.as_deref(), opts.extractor);
    Ok(Record {
        text: e.text,
        meta: e.meta,
        origin,
    })
}
