//! Bytes to text: BOM, then a declared charset (HTTP header, `<meta charset>`, XML declaration),
//! then a guess with chardetng. A page in windows-1252 decodes correctly declared or not.

use encoding_rs::{Encoding, UTF_8};

/// Decodes bytes of an HTML/XML page. `declared` is a charset from outside (HTTP
/// `Content-Type`), trusted unless the bytes are not valid in it.
pub fn decode_markup(bytes: &[u8], declared: Option<&str>) -> (String, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return (decode_with(enc, &bytes[bom_len..]), enc);
    }
    let declared = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .or_else(|| sniff_declared(bytes));
    if let Some(enc) = declared {
        // A page declared UTF-8 that is not valid UTF-8 is common: fall back to a guess.
        if enc != UTF_8 || std::str::from_utf8(bytes).is_ok() {
            let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                UTF_8 // a meta tag cannot really declare UTF-16 (the bytes would not be ASCII)
            } else {
                enc
            };
            return (decode_with(enc, bytes), enc);
        }
    }
    decode_guess(bytes)
}

/// Decodes bytes of plain text: BOM, valid UTF-8, else a chardetng guess.
pub fn decode_text(bytes: &[u8]) -> (String, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return (decode_with(enc, &bytes[bom_len..]), enc);
    }
    decode_guess(bytes)
}

fn decode_guess(bytes: &[u8]) -> (String, &'static Encoding) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_owned(), UTF_8);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    (decode_with(enc, bytes), enc)
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> String {
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// Looks for `charset=` in a `<meta>` tag or `encoding=` in an XML declaration in the first
/// 4 KiB (ASCII-compatible scan, no parse).
pub fn sniff_declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<?xml") {
        if let Some(end) = find(&lower, b"?>") {
            if let Some(label) = attr_value(&lower[..end], b"encoding") {
                return Encoding::for_label(label);
            }
        }
    }
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = attr_value(tag, b"charset") {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(enc);
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The value after `name=` (quoted or not) inside a tag.
fn attr_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let i = find(tag, name)?;
    let mut rest = &tag[i + name.len()..];
    while let Some((&c, r)) = rest.split_first() {
        if c == b' ' || c == b'=' {
            rest = r;
        } else {
            break;
        }
    }
    let quote = rest.first().copied().filter(|&c| c == b'"' || c == b'\'');
    if quote.is_some() {
        rest = &rest[1..];
    }
    let end = rest
        .iter()
        .position(|&c| {
            Some(c) == quote
                || c == b' '
                || c == b';'
                || c == b'"'
                || c == b'\''
                || c == b'/'
                || c == b'>'
        })
        .unwrap_or(rest.len());
    let v = &rest[..end];
    (!v.is_empty()).then_some(v)
}

/// The charset parameter of an HTTP `Content-Type` header value.
pub fn charset_of_content_type(ct: &str) -> Option<String> {
    let lower = ct.to_ascii_lowercase();
    attr_value(lower.as_bytes(), b"charset").map(|v| String::from_utf8_lossy(v).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_declared_and_undeclared() {
        let body = "<p>L'arm\u{e9}e syrienne a repris le contr\u{f4}le d'Alep, a d\u{e9}clar\u{e9} le g\u{e9}n\u{e9}ral \u{2014} \u{ab} c'est fini \u{bb}.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(body);
        let declared = [
            b"<html><head><meta charset=\"windows-1252\"></head><body>".as_slice(),
            &bytes,
            b"</body></html>",
        ]
        .concat();
        let (s, enc) = decode_markup(&declared, None);
        assert_eq!(enc.name(), "windows-1252");
        assert!(s.contains("contr\u{f4}le d'Alep"));
        let undeclared = [b"<html><body>".as_slice(), &bytes, b"</body></html>"].concat();
        let (s, enc) = decode_markup(&undeclared, None);
        assert_eq!(enc.name(), "windows-1252");
        assert!(s.contains("\u{ab} c'est fini \u{bb}"));
    }

    #[test]
    fn declared_utf8_that_is_not_falls_back_to_a_guess() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
            "<meta charset=utf-8><p>d\u{e9}j\u{e0} l\u{e0}, \u{e9}t\u{e9} pr\u{e9}c\u{e9}dent</p>",
        );
        let (s, _) = decode_markup(&bytes, None);
        assert!(s.contains("d\u{e9}j\u{e0} l\u{e0}"));
    }

    #[test]
    fn xml_declaration_and_http_header() {
        let b = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>";
        assert_eq!(sniff_declared(b).map(|e| e.name()), Some("windows-1252"));
        assert_eq!(
            charset_of_content_type("text/html; charset=\"UTF-8\"").as_deref(),
            Some("utf-8")
        );
    }
}
