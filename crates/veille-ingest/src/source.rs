//! Dispatch: which reader handles an input (by extension, `Content-Type` or sniffing), and the
//! per-format record iterators (JSONL lines, WARC records, feed items).

use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::Value;
use veille_core::Meta;

use crate::decode::{charset_of_content_type, decode_markup, decode_text};
use crate::fetch::Fetcher;
use crate::html::extract_html;
use crate::warc::{split_http_response, WarcReader};
use crate::{IngestError, Options, Record};

/// An iterator of ingest results, boxed so sources of different kinds chain.
pub type BoxIter = Box<dyn Iterator<Item = Result<Record, IngestError>> + Send>;

/// Shared state of one ingest run.
pub struct Ctx {
    pub opts: Options,
    pub fetcher: Mutex<Fetcher>,
}

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Jsonl,
    Html,
    Feed,
    Warc,
    Binary,
}

fn once(r: Result<Record, IngestError>) -> BoxIter {
    Box::new(std::iter::once(r))
}

fn empty() -> BoxIter {
    Box::new(std::iter::empty())
}

/// The kind given by a file name, and whether it is gzipped (`.warc.gz`, `.jsonl.gz`).
pub fn kind_of_name(name: &str) -> (Option<Kind>, bool) {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s, true),
        None => (lower.as_str(), false),
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let kind = match ext {
        "txt" | "text" | "md" => Some(Kind::Text),
        "jsonl" | "ndjson" | "json" => Some(Kind::Jsonl),
        "html" | "htm" | "xhtml" | "shtml" => Some(Kind::Html),
        "rss" | "atom" | "xml" => Some(Kind::Feed),
        "warc" => Some(Kind::Warc),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "pdf" | "zip" | "mp3" | "mp4" | "woff"
        | "woff2" | "ico" | "exe" | "so" | "o" => Some(Kind::Binary),
        _ => None,
    };
    (kind, gz)
}

/// The kind of a byte prefix.
pub fn sniff(prefix: &[u8]) -> Kind {
    let p = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    let start = p
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(p.len());
    let p = &p[start..];
    if p.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    let head: Vec<u8> = p.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    let has = |n: &[u8]| head.windows(n.len()).any(|w| w == n);
    if p.starts_with(b"{") {
        return if has(b"jsonfeed.org/version") {
            Kind::Feed
        } else {
            Kind::Jsonl
        };
    }
    if p.starts_with(b"<") {
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Kind::Feed;
        }
        return Kind::Html;
    }
    if prefix.iter().take(8192).any(|&b| b == 0) {
        return Kind::Binary;
    }
    Kind::Text
}

fn kind_of_content_type(ct: &str) -> Option<Kind> {
    let ct = ct.to_ascii_lowercase();
    if ct.contains("html") {
        Some(Kind::Html)
    } else if ct.contains("rss")
        || ct.contains("atom")
        || ct.contains("xml")
        || ct.contains("feed+json")
    {
        Some(Kind::Feed)
    } else if ct.contains("warc") {
        Some(Kind::Warc)
    } else if ct.contains("ndjson") || ct.contains("jsonl") {
        Some(Kind::Jsonl)
    } else if ct.starts_with("text/plain") {
        Some(Kind::Text)
    } else {
        None
    }
}

fn io_err(origin: &str, source: std::io::Error) -> IngestError {
    IngestError::Io {
        origin: origin.to_owned(),
        source,
    }
}

/// A path: a file or a directory (walked recursively, sorted, hidden entries skipped).
pub fn open_path(path: &Path, ctx: &Arc<Ctx>) -> BoxIter {
    let origin = path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) => once(Err(io_err(&origin, e))),
        Ok(m) if m.is_dir() => {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(path, &mut files, &mut errors);
            files.sort();
            let threads = ctx.opts.threads();
            let ctx = Arc::clone(ctx);
            // Each file is opened (and, for HTML, extracted) on a worker; streamed formats
            // (JSONL, WARC) come back lazy and are read in order by the consumer.
            let jobs = files.into_iter().map(move |f| {
                let ctx = Arc::clone(&ctx);
                Box::new(move || open_file(&f, &ctx, true)) as crate::par::Job
            });
            Box::new(
                errors
                    .into_iter()
                    .map(Err)
                    .chain(crate::par::ordered(Box::new(jobs), threads)),
            )
        }
        Ok(_) => open_file(path, ctx, false),
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(io_err(&dir.display().to_string(), e));
            return;
        }
    };
    for entry in rd {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(io_err(&dir.display().to_string(), e));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let p = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&p, files, errors),
            Ok(_) => files.push(p),
            Err(e) => errors.push(io_err(&p.display().to_string(), e)),
        }
    }
}

/// One file. In a directory walk, binary files are skipped silently.
pub fn open_file(path: &Path, ctx: &Arc<Ctx>, in_dir: bool) -> BoxIter {
    let origin = path.display().to_string();
    let (hint, gz_name) = kind_of_name(&origin);
    if hint == Some(Kind::Binary) {
        return if in_dir {
            empty()
        } else {
            once(Err(IngestError::Unsupported {
                origin,
                reason: "binary file".to_owned(),
            }))
        };
    }
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return once(Err(io_err(&origin, e))),
    };
    // Whole-file formats over the limit are refused before opening (a feed is a container of
    // documents: it has the container limit).
    let max = match hint {
        Some(Kind::Feed) => ctx.opts.container_bytes(),
        _ => ctx.opts.max_bytes,
    };
    if !gz_name && size > max && matches!(hint, Some(Kind::Text | Kind::Html | Kind::Feed)) {
        return once(Err(IngestError::TooLarge {
            origin,
            size,
            limit: max,
        }));
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return once(Err(io_err(&origin, e))),
    };
    let known = (!gz_name).then_some(size);
    open_stream(
        Box::new(BufReader::with_capacity(64 * 1024, file)),
        origin,
        hint,
        known,
        None,
        ctx,
        in_dir,
    )
}

/// Standard input, sniffed.
pub fn open_stdin(ctx: &Arc<Ctx>) -> BoxIter {
    let r = BufReader::with_capacity(64 * 1024, std::io::stdin());
    open_stream(Box::new(r), "-".to_owned(), None, None, None, ctx, false)
}

type Reader = Box<dyn BufRead + Send>;

/// A stream of a known or sniffed kind. Streamed formats (JSONL, WARC) are read record by record;
/// the others are read whole up to the size limit. `url` is where the bytes came from.
fn open_stream(
    mut r: Reader,
    origin: String,
    hint: Option<Kind>,
    known_size: Option<u64>,
    url: Option<(String, Option<String>)>,
    ctx: &Arc<Ctx>,
    in_dir: bool,
) -> BoxIter {
    let prefix = match r.fill_buf() {
        Ok(p) => p,
        Err(e) => return once(Err(io_err(&origin, e))),
    };
    if prefix.starts_with(&[0x1f, 0x8b]) {
        let dec = BufReader::with_capacity(64 * 1024, flate2::read::MultiGzDecoder::new(r));
        return open_stream(Box::new(dec), origin, hint, None, url, ctx, in_dir);
    }
    let kind = hint.unwrap_or_else(|| sniff(prefix));
    let max = ctx.opts.max_bytes;
    let is_array = prefix.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[');
    match kind {
        // A `.json` file holding one array of objects: read whole (container limit), one
        // record per element (document limit).
        Kind::Jsonl if is_array => {
            let bytes = match read_whole(r, &origin, known_size, ctx.opts.container_bytes()) {
                Ok(bytes) => bytes,
                Err(e) => return once(Err(e)),
            };
            match serde_json::from_slice::<Vec<Value>>(&bytes) {
                Ok(items) => Box::new(items.into_iter().enumerate().map(move |(i, v)| {
                    let origin = format!("{origin}[{i}]");
                    let line = v.to_string();
                    if line.len() as u64 > max {
                        return Err(IngestError::TooLarge {
                            origin,
                            size: line.len() as u64,
                            limit: max,
                        });
                    }
                    jsonl_record(&line, origin)
                })),
                Err(e) => once(Err(IngestError::Jsonl {
                    origin,
                    reason: format!("not a JSON array of objects: {e}"),
                })),
            }
        }
        Kind::Jsonl => Box::new(JsonlIter {
            reader: r,
            origin,
            line: 0,
            max,
            done: false,
        }),
        Kind::Warc => {
            let threads = ctx.opts.threads();
            let ctx = Arc::clone(ctx);
            let base = origin.clone();
            let reader = WarcReader::new(r, origin, max);
            // Records are read in order here and extracted on workers.
            let jobs = reader.map(move |rec| {
                let ctx = Arc::clone(&ctx);
                let base = base.clone();
                Box::new(move || -> BoxIter {
                    match rec {
                        Ok(rec) => Box::new(warc_record(rec, &base, &ctx).into_iter()),
                        Err(e) => once(Err(e)),
                    }
                }) as crate::par::Job
            });
            crate::par::ordered(Box::new(jobs), threads)
        }
        Kind::Binary => {
            if in_dir {
                empty()
            } else {
                once(Err(IngestError::Unsupported {
                    origin,
                    reason: "binary data, not text, JSONL, HTML, a feed or a WARC".to_owned(),
                }))
            }
        }
        Kind::Text | Kind::Html | Kind::Feed => {
            let limit = match kind {
                Kind::Feed => ctx.opts.container_bytes(),
                _ => max,
            };
            let bytes = match read_whole(r, &origin, known_size, limit) {
                Ok(bytes) => bytes,
                Err(e) => return once(Err(e)),
            };
            whole(kind, &bytes, origin, url, ctx)
        }
    }
}

/// A URL: fetched, then handled by `Content-Type` or sniffing.
pub fn open_url(url: &str, ctx: &Arc<Ctx>) -> BoxIter {
    let fetched = match ctx.fetcher.lock() {
        Ok(mut f) => f.get(url),
        Err(_) => Err(IngestError::Fetch {
            origin: url.to_owned(),
            reason: "HTTP client unavailable".to_owned(),
        }),
    };
    let f = match fetched {
        Ok(f) => f,
        Err(e) => return once(Err(e)),
    };
    let ct = f.content_type.clone();
    let hint = ct.as_deref().and_then(kind_of_content_type).filter(|&k| {
        // A server calling a JSON Feed "application/json" or a feed "text/html" is common:
        // trust the bytes for feeds.
        k != Kind::Html || sniff(&f.body) != Kind::Feed
    });
    let hint = hint.or_else(|| kind_of_name(url.split(['?', '#']).next().unwrap_or(url)).0);
    let size = f.body.len() as u64;
    open_stream(
        Box::new(Cursor::new(f.body)),
        url.to_owned(),
        hint,
        Some(size),
        Some((f.url, ct)),
        ctx,
        false,
    )
}

/// A whole text, HTML page or feed.
fn whole(
    kind: Kind,
    bytes: &[u8],
    origin: String,
    url: Option<(String, Option<String>)>,
    ctx: &Arc<Ctx>,
) -> BoxIter {
    let (url, ct) = match url {
        Some((u, ct)) => (Some(u), ct),
        None => (None, None),
    };
    match kind {
        Kind::Html => {
            let charset = ct.as_deref().and_then(charset_of_content_type);
            once(html_record(
                bytes,
                charset.as_deref(),
                url.as_deref(),
                origin,
                ctx,
            ))
        }
        Kind::Feed => feed_items(bytes, origin, ctx),
        _ => {
            let (text, _) = decode_text(bytes);
            let text = text.trim().to_owned();
            if text.is_empty() {
                return once(Err(IngestError::NoContent { origin }));
            }
            let meta = Meta {
                url,
                ..Meta::default()
            };
            once(Ok(Record { text, meta, origin }))
        }
    }
}

fn html_record(
    bytes: &[u8],
    charset: Option<&str>,
    url: Option<&str>,
    origin: String,
    ctx: &Ctx,
) -> Result<Record, IngestError> {
    let (html, _) = decode_markup(bytes, charset);
    let e = extract_html(&html, url, ctx.opts.extractor);
    if e.text.trim().is_empty() {
        return Err(IngestError::NoContent { origin });
    }
    Ok(Record {
        text: e.text,
        meta: e.meta,
        origin,
    })
}

/// JSONL, one record per line; blank lines are skipped.
struct JsonlIter {
    reader: Reader,
    origin: String,
    line: u64,
    max: u64,
    done: bool,
}

impl Iterator for JsonlIter {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line += 1;
            let origin = format!("{}:{}", self.origin, self.line);
            let mut buf = Vec::new();
            match (&mut self.reader)
                .take(self.max + 1)
                .read_until(b'\n', &mut buf)
            {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(io_err(&origin, e)));
                }
            }
            if buf.len() as u64 > self.max && buf.last() != Some(&b'\n') {
                // Skip the rest of the over-long line without keeping it.
                let mut size = buf.len() as u64;
                loop {
                    buf.clear();
                    match (&mut self.reader).take(1 << 20).read_until(b'\n', &mut buf) {
                        Ok(0) => break,
                        Ok(n) => {
                            size += n as u64;
                            if buf.last() == Some(&b'\n') {
                                break;
                            }
                        }
                        Err(_) => break,
                    }
                }
                return Some(Err(IngestError::TooLarge {
                    origin,
                    size,
                    limit: self.max,
                }));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (line, _) = decode_text(&buf);
            return Some(jsonl_record(&line, origin));
        }
        None
    }
}

/// One JSONL object: `text` (or `article`) is the text; `id`, `title`, `url`, `date`, `source`,
/// `author` go to their [`Meta`] fields; every other field is kept in `Meta::extra`.
pub fn jsonl_record(line: &str, origin: String) -> Result<Record, IngestError> {
    let bad = |reason: String| IngestError::Jsonl {
        origin: origin.clone(),
        reason,
    };
    let v: Value = serde_json::from_str(line.trim()).map_err(|e| bad(e.to_string()))?;
    let Value::Object(obj) = v else {
        return Err(bad("not a JSON object".to_owned()));
    };
    let (text, meta) = veille_core::text_and_meta(obj).map_err(|reason| bad(reason.to_owned()))?;
    Ok(Record { text, meta, origin })
}

/// A WARC record: `response` (HTTP, HTML payload) and `resource` (HTML) records become pages;
/// `conversion` records with plain text (WET) become texts; others are skipped.
fn warc_record(
    rec: crate::warc::WarcRecord,
    base: &str,
    ctx: &Ctx,
) -> Option<Result<Record, IngestError>> {
    let origin = format!("{base}@{}", rec.offset);
    let kind = rec.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let url = rec
        .header("WARC-Target-URI")
        .map(|u| u.trim_matches(['<', '>']).to_owned());
    let ct = rec
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let extra_of = |meta: &mut Meta| {
        if let Some(d) = rec.header("WARC-Date") {
            meta.extra
                .insert("warc_date".to_owned(), Value::String(d.to_owned()));
        }
        if let Some(d) = rec.header("WARC-Record-ID") {
            meta.extra
                .insert("warc_record_id".to_owned(), Value::String(d.to_owned()));
        }
    };
    let (body, charset) = match kind.as_str() {
        "response" if ct.contains("application/http") => {
            let (status, headers, body) = split_http_response(&rec.block)?;
            if !(200..300).contains(&status) {
                return None;
            }
            let hct = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("Content-Type"))
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let gz = headers.iter().any(|(k, v)| {
                k.eq_ignore_ascii_case("Content-Encoding")
                    && v.to_ascii_lowercase().contains("gzip")
            });
            let body = if gz && body.starts_with(&[0x1f, 0x8b]) {
                let mut out = Vec::new();
                match flate2::read::MultiGzDecoder::new(body.as_slice())
                    .take(ctx.opts.max_bytes)
                    .read_to_end(&mut out)
                {
                    Ok(_) => out,
                    Err(e) => {
                        return Some(Err(IngestError::Warc {
                            origin,
                            reason: format!("bad gzip payload: {e}"),
                        }))
                    }
                }
            } else {
                body
            };
            let is_html = hct.to_ascii_lowercase().contains("html")
                || (hct.is_empty() && sniff(&body) == Kind::Html);
            if !is_html {
                return None;
            }
            (body, charset_of_content_type(&hct))
        }
        "resource" if ct.contains("html") => (rec.block.clone(), charset_of_content_type(&ct)),
        "conversion" | "resource" if ct.starts_with("text/plain") => {
            let (text, _) = decode_text(&rec.block);
            let text = text.trim().to_owned();
            if text.is_empty() {
                return None;
            }
            let mut meta = Meta {
                url,
                ..Meta::default()
            };
            extra_of(&mut meta);
            return Some(Ok(Record { text, meta, origin }));
        }
        _ => return None,
    };
    let r = html_record(&body, charset.as_deref(), url.as_deref(), origin, ctx).map(|mut r| {
        extra_of(&mut r.meta);
        r
    });
    Some(r)
}

/// Feed items: each item's page is fetched (unless `fetch_feed_items` is off) and extracted;
/// the item's title, date and author fill what the page lacks; the feed title is the source.
fn feed_items(bytes: &[u8], origin: String, ctx: &Arc<Ctx>) -> BoxIter {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return once(Err(IngestError::Feed {
                origin,
                reason: e.to_string(),
            }))
        }
    };
    let feed_title = feed
        .title
        .map(|t| t.content.trim().to_owned())
        .filter(|t| !t.is_empty());
    let ctx = Arc::clone(ctx);
    Box::new(feed.entries.into_iter().enumerate().map(move |(i, e)| {
        let link = e.links.first().map(|l| l.href.clone());
        let item_origin = link
            .clone()
            .unwrap_or_else(|| format!("{origin}#item{}", i + 1));
        let content_html = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let from_content = || -> Result<Record, IngestError> {
            let text = fragment_text(&content_html);
            if text.is_empty() {
                return Err(IngestError::NoContent {
                    origin: item_origin.clone(),
                });
            }
            let mut meta = Meta {
                url: link.clone(),
                ..Meta::default()
            };
            meta.extra
                .insert("from_feed_content".to_owned(), Value::Bool(true));
            Ok(Record {
                text,
                meta,
                origin: item_origin.clone(),
            })
        };
        let rec = match (&link, ctx.opts.fetch_feed_items) {
            (Some(url), true) => {
                let fetched = ctx.fetcher.lock().map_err(|_| IngestError::Fetch {
                    origin: url.clone(),
                    reason: "HTTP client unavailable".to_owned(),
                });
                match fetched.and_then(|mut f| f.get(url)) {
                    Ok(f) => {
                        let charset = f.content_type.as_deref().and_then(charset_of_content_type);
                        html_record(
                            &f.body,
                            charset.as_deref(),
                            Some(&f.url),
                            item_origin.clone(),
                            &ctx,
                        )
                    }
                    // A feed that carries the full text makes a fetch failure harmless.
                    Err(err) if fragment_text(&content_html).split_whitespace().count() >= 80 => {
                        from_content().map_err(|_| err)
                    }
                    Err(err) => Err(err),
                }
            }
            _ => from_content(),
        };
        rec.map(|mut r| {
            let m = &mut r.meta;
            if m.title.is_none() {
                m.title = e
                    .title
                    .as_ref()
                    .map(|t| t.content.trim().to_owned())
                    .filter(|t| !t.is_empty());
            }
            if m.date.is_none() {
                m.date = e.published.or(e.updated).map(|d| d.to_rfc3339());
            }
            if m.author.is_none() {
                let a: Vec<String> = e
                    .authors
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    // RSS `<author>` is "email (Name)": keep the name.
                    .map(|n| {
                        n.trim()
                            .trim_start_matches('(')
                            .trim_end_matches(')')
                            .trim()
                            .to_owned()
                    })
                    .filter(|n| !n.is_empty())
                    .collect();
                if !a.is_empty() {
                    m.author = Some(a.join(", "));
                }
            }
            // The feed's title beats the host-name fallback of the page.
            let page_host = m.url.as_deref().and_then(crate::html::host_of);
            if feed_title.is_some() && (m.source.is_none() || m.source.as_deref() == page_host) {
                m.source = feed_title.clone();
            }
            if let Some(t) = &feed_title {
                m.extra.insert("feed".to_owned(), Value::String(t.clone()));
            }
            r
        })
    }))
}

/// The text of an HTML fragment (feed content), paragraphs on their own lines.
fn fragment_text(html: &str) -> String {
    if !html.contains('<') {
        return html.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let spaced = html
        .replace("</p>", "</p>\n\n")
        .replace("<br>", "\n")
        .replace("<br/>", "\n")
        .replace("<br />", "\n");
    let text = std::panic::catch_unwind(|| {
        dom_query::Document::from(spaced.as_str())
            .select("body")
            .text()
            .to_string()
    })
    .unwrap_or_default();
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Reads a whole input of at most `max` bytes; a larger one (by its known size, or once read)
/// is refused without being kept in memory.
fn read_whole(
    r: impl Read,
    origin: &str,
    known_size: Option<u64>,
    max: u64,
) -> Result<Vec<u8>, IngestError> {
    let too_large = |size| IngestError::TooLarge {
        origin: origin.to_owned(),
        size,
        limit: max,
    };
    if let Some(size) = known_size.filter(|&s| s > max) {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    r.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_err(origin, e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
