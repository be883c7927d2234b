//! Stored form of a document: serde JSON of the [`Document`] (byte spans, as serde writes them
//! outside the wire format), without the token layer, zstd-compressed, behind a one-byte tag.

use crate::{Error, Result};
use veille_core::Document;

const TAG_ZSTD_JSON_V1: u8 = 1;
const LEVEL: i32 = 9;

pub fn encode(doc: &Document) -> Result<Vec<u8>> {
    let json = if doc.layers.tokens.is_empty() {
        serde_json::to_vec(doc)
    } else {
        let mut d = doc.clone();
        d.layers.tokens = Vec::new();
        serde_json::to_vec(&d)
    }
    .map_err(|e| Error::Invalid(format!("document does not serialize: {e}")))?;
    let mut out = vec![TAG_ZSTD_JSON_V1];
    let z = zstd::bulk::compress(&json, LEVEL).map_err(|e| Error::Io {
        path: "zstd".into(),
        source: e,
    })?;
    out.extend_from_slice(&z);
    Ok(out)
}

pub fn decode(id: &str, blob: &[u8]) -> Result<Document> {
    let corrupt = |reason: String| Error::Corrupt {
        id: id.to_string(),
        reason,
    };
    match blob.split_first() {
        Some((&TAG_ZSTD_JSON_V1, rest)) => {
            let json = zstd::stream::decode_all(rest).map_err(|e| corrupt(e.to_string()))?;
            serde_json::from_slice(&json).map_err(|e| corrupt(e.to_string()))
        }
        Some((tag, _)) => Err(corrupt(format!("unknown blob tag {tag}"))),
        None => Err(corrupt("empty blob".into())),
    }
}
