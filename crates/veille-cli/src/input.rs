//! Reading what `veille analyze` and `veille bench` are given: a text file, stdin, or JSONL.
//! Bad input never stops a batch: each failure names its input (file, line) and the caller
//! goes on with the next.

use serde_json::Value;
use std::fmt;
use std::io::{BufRead, Read};
use veille_core::Meta;

/// One text to analyse, with its metadata and where it came from.
pub struct Record {
    pub text: String,
    pub meta: Meta,
    /// `path`, `path:line` or `<stdin>`; used in messages.
    pub origin: String,
    /// Warnings from reading (lossy decoding...), to attach to the document.
    pub warnings: Vec<String>,
}

/// An input that could not be read as a document.
#[derive(Debug)]
pub struct Failure {
    pub origin: String,
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

fn fail(origin: &str, message: impl Into<String>) -> Failure {
    Failure {
        origin: origin.to_string(),
        message: message.into(),
    }
}

/// Decodes bytes as UTF-8, lossily with a warning; refuses what looks like binary data.
pub fn decode(bytes: Vec<u8>, origin: &str) -> Result<(String, Vec<String>), Failure> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(origin, "empty input: nothing to analyse"));
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
        .count();
    if controls * 20 > bytes.len() || bytes.contains(&0) && controls * 1000 > bytes.len() {
        return Err(fail(
            origin,
            format!(
                "looks like binary data ({controls} control bytes in {} bytes), skipped",
                bytes.len()
            ),
        ));
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, Vec::new())),
        Err(e) => {
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let replaced = text.matches('\u{FFFD}').count();
            let warning = format!(
                "{origin}: not valid UTF-8; {replaced} invalid sequence(s) replaced by U+FFFD \
                 (convert it to UTF-8, or use `veille ingest`, which detects encodings)"
            );
            Ok((text, vec![warning]))
        }
    }
}

/// Reads a whole text input (a file, or stdin when `path` is `None`).
pub fn read_text(path: Option<&std::path::Path>, meta: Meta) -> Result<Record, Failure> {
    let origin = path.map_or("<stdin>".to_string(), |p| p.display().to_string());
    let mut bytes = Vec::new();
    let read = match path {
        Some(p) => std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut bytes)),
        None => std::io::stdin().lock().read_to_end(&mut bytes),
    };
    read.map_err(|e| fail(&origin, format!("cannot read: {e}")))?;
    let (text, warnings) = decode(bytes, &origin)?;
    Ok(Record {
        text,
        meta,
        origin,
        warnings,
    })
}

/// Iterates over the records of a JSONL stream: one JSON object per line with `text` (or
/// `article`) and optional `id`, `title`, `url`, `date`, `source`, `author`; other fields are
/// kept in `Meta::extra`. Blank lines are skipped; bad lines yield a `Failure` naming the line.
pub fn jsonl_records<R: BufRead>(
    mut reader: R,
    origin: String,
) -> impl Iterator<Item = Result<Record, Failure>> {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                return Some(Err(fail(
                    &format!("{origin}:{line_no}"),
                    format!("cannot read: {e}"),
                )))
            }
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(parse_jsonl_line(&buf, &format!("{origin}:{line_no}")));
    })
}

fn parse_jsonl_line(line: &[u8], origin: &str) -> Result<Record, Failure> {
    let value: Value =
        serde_json::from_slice(line).map_err(|e| fail(origin, format!("not JSON: {e}")))?;
    let Value::Object(obj) = value else {
        return Err(fail(origin, "not a JSON object"));
    };
    let (text, meta) = veille_core::text_and_meta(obj).map_err(|r| fail(origin, r))?;
    Ok(Record {
        text,
        meta,
        origin: origin.to_string(),
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str) -> Vec<String> {
        jsonl_records(input.as_bytes(), "in.jsonl".into())
            .map(|r| match r {
                Ok(r) => format!(
                    "ok {} {:?} {:?} {:?}",
                    r.origin, r.meta.id, r.text, r.meta.extra
                ),
                Err(f) => format!("err {f}"),
            })
            .collect()
    }

    #[test]
    fn jsonl_keeps_going_after_bad_lines() {
        let got = lines(
            "{\"id\": 7, \"text\": \"Alep.\", \"topic\": \"war\"}\nnot json\n\n[1]\n{\"title\": \"x\"}\n{\"article\": \"Palmyre.\"}\n",
        );
        expect_test::expect![[r#"
            [
                "ok in.jsonl:1 Some(\"7\") \"Alep.\" {\"topic\": String(\"war\")}",
                "err in.jsonl:2: not JSON: expected ident at line 1 column 2",
                "err in.jsonl:4: not a JSON object",
                "err in.jsonl:5: no \"text\" field",
                "ok in.jsonl:6 None \"Palmyre.\" {}",
            ]
        "#]]
        .assert_debug_eq(&got);
    }

    #[test]
    fn decode_rejects_empty_and_binary_and_repairs_latin1() {
        assert!(decode(b"  \n".to_vec(), "e")
            .unwrap_err()
            .message
            .contains("empty"));
        let junk: Vec<u8> = (0..2000u32).map(|i| (i * 37 % 256) as u8).collect();
        assert!(decode(junk, "j").unwrap_err().message.contains("binary"));
        let (text, warnings) = decode(b"caf\xe9 cr\xe8me".to_vec(), "l").unwrap();
        assert_eq!(text, "caf\u{FFFD} cr\u{FFFD}me");
        assert!(warnings[0].contains("2 invalid sequence(s)"));
    }
}
