//! A streaming WARC 1.0/1.1 reader that survives bad records.
//!
//! Records are read one at a time (never the whole file); a `.warc.gz` (one gzip member per
//! record, as Common Crawl writes them, or one member for the whole file) is decompressed on the
//! fly. Offsets are byte offsets of the record in the *uncompressed* WARC stream.
//!
//! Recovery: a record whose declared `Content-Length` runs past the end of the input is reported
//! as truncated; a record whose block is not followed by the `\r\n\r\n` terminator but contains
//! the start of another record (`\nWARC/1.`) is reported as truncated and reading resumes at that
//! next record; lines that are not a record start are skipped up to the next `WARC/1.` line.

use std::io::Read;

use crate::IngestError;

/// One WARC record: its offset, its headers (names as written) and its block.
#[derive(Debug, Clone, PartialEq)]
pub struct WarcRecord {
    pub offset: u64,
    pub headers: Vec<(String, String)>,
    pub block: Vec<u8>,
}

impl WarcRecord {
    /// A header value, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A small buffered reader that can push bytes back and knows its position.
struct Src<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    pos: u64,
    eof: bool,
    io_error: Option<String>,
}

impl<R: Read> Src<R> {
    fn avail(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// Reads more bytes; false at end of input (or on a read error, remembered).
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + 64 * 1024, 0);
        loop {
            match self.inner.read(&mut self.buf[old..]) {
                Ok(0) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    return false;
                }
                Ok(n) => {
                    self.buf.truncate(old + n);
                    return true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    self.io_error = Some(e.to_string());
                    return false;
                }
            }
        }
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
        self.pos += n as u64;
    }

    /// One line including its `\n` (or what is left at end of input); None at end of input.
    fn line(&mut self, max: usize) -> Option<Vec<u8>> {
        loop {
            if let Some(i) = self.avail().iter().position(|&b| b == b'\n') {
                let l = self.avail()[..=i].to_vec();
                self.consume(i + 1);
                return Some(l);
            }
            if self.avail().len() > max || !self.fill() {
                let a = self.avail();
                if a.is_empty() {
                    return None;
                }
                let n = a.len().min(max.max(1));
                let l = a[..n].to_vec();
                self.consume(n);
                return Some(l);
            }
        }
    }

    /// Up to `n` bytes (fewer only at end of input).
    fn take(&mut self, n: usize) -> Vec<u8> {
        while self.avail().len() < n && self.fill() {}
        let k = self.avail().len().min(n);
        let v = self.avail()[..k].to_vec();
        self.consume(k);
        v
    }

    /// Skips `n` bytes; returns how many were skipped.
    fn skip(&mut self, mut n: u64) -> u64 {
        let mut done = 0;
        while n > 0 {
            if self.avail().is_empty() && !self.fill() {
                break;
            }
            let k = (self.avail().len() as u64).min(n) as usize;
            self.consume(k);
            n -= k as u64;
            done += k as u64;
        }
        done
    }

    fn peek(&mut self, n: usize) -> &[u8] {
        while self.avail().len() < n && self.fill() {}
        let a = self.avail();
        &a[..a.len().min(n)]
    }

    /// Pushes bytes back in front, moving the position back.
    fn unread(&mut self, bytes: &[u8]) {
        let mut v = Vec::with_capacity(bytes.len() + self.avail().len());
        v.extend_from_slice(bytes);
        v.extend_from_slice(self.avail());
        self.buf = v;
        self.start = 0;
        self.pos -= bytes.len() as u64;
    }
}

/// Iterator over the records of a WARC stream. See the module documentation.
pub struct WarcReader<R> {
    src: Src<R>,
    origin: String,
    max_record: u64,
    done: bool,
}

impl<R: Read> WarcReader<R> {
    /// Reads an uncompressed WARC stream (wrap a `.warc.gz` in `flate2::read::MultiGzDecoder`).
    /// `origin` names the input in errors; records larger than `max_record` bytes are skipped
    /// and reported.
    pub fn new(inner: R, origin: impl Into<String>, max_record: u64) -> Self {
        WarcReader {
            src: Src {
                inner,
                buf: Vec::new(),
                start: 0,
                pos: 0,
                eof: false,
                io_error: None,
            },
            origin: origin.into(),
            max_record,
            done: false,
        }
    }

    fn err(&self, offset: u64, reason: impl Into<String>) -> IngestError {
        let mut reason = reason.into();
        if let Some(e) = &self.src.io_error {
            reason.push_str(&format!(" (read error: {e})"));
        }
        IngestError::Warc {
            origin: format!("{}@{}", self.origin, offset),
            reason,
        }
    }

    /// Skips lines up to the next one starting with `WARC/1.`, which is pushed back.
    fn resync(&mut self) {
        while let Some(l) = self.src.line(1 << 20) {
            if l.starts_with(b"WARC/1.") {
                self.src.unread(&l);
                return;
            }
        }
    }

    fn next_record(&mut self) -> Option<Result<WarcRecord, IngestError>> {
        // Blank lines between records.
        let first = loop {
            let l = self.src.line(1 << 16)?;
            if !l.iter().all(|b| b.is_ascii_whitespace()) {
                break l;
            }
        };
        let offset = self.src.pos - first.len() as u64;
        if !first.starts_with(b"WARC/") {
            self.resync();
            return Some(Err(self.err(
                offset,
                "expected a `WARC/1.x` version line; skipped to the next record",
            )));
        }
        let mut headers = Vec::new();
        loop {
            let Some(l) = self.src.line(1 << 16) else {
                self.done = true;
                return Some(Err(
                    self.err(offset, "truncated record: input ends inside the headers")
                ));
            };
            let s = String::from_utf8_lossy(&l);
            let s = s.trim_end_matches(['\r', '\n']);
            if s.is_empty() {
                break;
            }
            if s.starts_with(WS) {
                if let Some((_, v)) = headers.last_mut() {
                    let v: &mut String = v;
                    v.push(' ');
                    v.push_str(s.trim());
                }
                continue;
            }
            if let Some((k, v)) = s.split_once(':') {
                headers.push((k.trim().to_owned(), v.trim().to_owned()));
            }
        }
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse::<u64>().ok());
        let Some(len) = len else {
            self.resync();
            return Some(Err(self.err(
                offset,
                "missing or invalid Content-Length; skipped to the next record",
            )));
        };
        if len > self.max_record {
            let skipped = self.src.skip(len);
            if skipped < len {
                self.done = true;
            }
            return Some(Err(IngestError::TooLarge {
                origin: format!("{}@{}", self.origin, offset),
                size: len,
                limit: self.max_record,
            }));
        }
        let block = self.src.take(len as usize);
        if (block.len() as u64) < len {
            if let Some(p) = find(&block, b"\nWARC/1.") {
                self.src.unread(&block[p + 1..]);
                return Some(Err(self.err(
                    offset,
                    format!("truncated record: declares {len} bytes but the next record starts after {} bytes", p + 1),
                )));
            }
            self.done = true;
            return Some(Err(self.err(
                offset,
                format!("truncated record: declares {len} bytes, only {} present before the end of the input", block.len()),
            )));
        }
        let term = self.src.peek(4).to_vec();
        if term.starts_with(b"\r\n\r\n") || term.starts_with(b"\n\n") {
            let n = if term.starts_with(b"\r\n") { 4 } else { 2 };
            self.src.consume(n);
        } else if let Some(p) = find(&block, b"\nWARC/1.") {
            // The declared length ran into the next record: this one was cut short.
            self.src.unread(&block[p + 1..]);
            return Some(Err(self.err(
                offset,
                format!("truncated record: declares {len} bytes but the next record starts after {} bytes", p + 1),
            )));
        }
        Some(Ok(WarcRecord {
            offset,
            headers,
            block,
        }))
    }
}

const WS: [char; 2] = [' ', '\t'];

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Result<WarcRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let r = self.next_record();
        if r.is_none() {
            self.done = true;
            if let Some(e) = self.src.io_error.take() {
                return Some(Err(IngestError::Warc {
                    origin: format!("{}@{}", self.origin, self.src.pos),
                    reason: format!("input ends with a read error: {e}"),
                }));
            }
        }
        r
    }
}

/// Status code, headers and body of an HTTP response.
pub type HttpResponse = (u16, Vec<(String, String)>, Vec<u8>);

/// Splits an HTTP response (`application/http; msgtype=response` block) into status code,
/// headers and body; undoes `Transfer-Encoding: chunked`.
pub fn split_http_response(block: &[u8]) -> Option<HttpResponse> {
    let (head_end, sep) = match find(block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => (find(block, b"\n\n")?, 2),
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let body = &block[head_end + sep..];
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("Transfer-Encoding") && v.to_ascii_lowercase().contains("chunked")
    });
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    Some((status, headers, body))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let i = find(b, b"\r\n")?;
        let size_str = std::str::from_utf8(&b[..i]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        b = &b[i + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size + 2..).unwrap_or(&[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(kind: &str, body: &str, declared: Option<usize>) -> Vec<u8> {
        let len = declared.unwrap_or(body.len());
        format!("WARC/1.0\r\nWARC-Type: {kind}\r\nContent-Length: {len}\r\n\r\n{body}\r\n\r\n")
            .into_bytes()
    }

    fn summary(data: &[u8]) -> String {
        WarcReader::new(data, "t.warc", 1 << 20)
            .map(|r| match r {
                Ok(r) => format!(
                    "ok @{} {} {:?}\n",
                    r.offset,
                    r.header("warc-type").unwrap_or(""),
                    String::from_utf8_lossy(&r.block)
                ),
                Err(e) => format!("err {e}\n"),
            })
            .collect()
    }

    #[test]
    fn truncated_in_the_middle_and_at_the_end() {
        let mut data = rec("warcinfo", "x", None);
        data.extend(rec("response", "abc", Some(200))); // cut short, next record follows
        data.extend(rec("resource", "hello", None));
        data.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\nonly this");
        expect_test::expect![[r#"
            ok @0 warcinfo "x"
            err t.warc@57: bad WARC record: truncated record: declares 200 bytes but the next record starts after 7 bytes
            ok @118 resource "hello"
            err t.warc@179: bad WARC record: truncated record: declares 99 bytes, only 9 present before the end of the input
        "#]]
        .assert_eq(&summary(&data));
    }

    #[test]
    fn garbage_is_skipped_to_the_next_record() {
        let mut data = b"junk line\r\nmore junk\r\n".to_vec();
        data.extend(rec("resource", "ok", None));
        data.extend(b"WARC/1.0\r\nContent-Length: x\r\n\r\n");
        data.extend(rec("resource", "again", None));
        expect_test::expect![[r#"
            err t.warc@0: bad WARC record: expected a `WARC/1.x` version line; skipped to the next record
            ok @22 resource "ok"
            err t.warc@80: bad WARC record: missing or invalid Content-Length; skipped to the next record
            ok @111 resource "again"
        "#]]
        .assert_eq(&summary(&data));
    }

    #[test]
    fn http_split_and_chunked() {
        let b = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n3\r\nbc<\r\n0\r\n\r\n";
        let (s, h, body) = split_http_response(b).unwrap();
        assert_eq!(
            (s, h.len(), body.as_slice()),
            (200, 2, b"<p>abc<".as_slice())
        );
    }
}
