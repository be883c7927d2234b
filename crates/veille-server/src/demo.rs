//! The bundled demo: short French news articles written for veille (fictional, original text),
//! so that `veille serve --demo` shows every feature without any external data.

use veille_core::{Document, Meta};
use veille_store::{Incoming, Store};

/// One JSON object per line: `text`, `title`, `source`, `date`, `url`.
pub const DEMO_JSONL: &str = include_str!("../demo/articles.jsonl");

/// Analyses and stores the demo articles; returns how many were read.
///
/// # Errors
/// A store error, or a malformed bundled line (a build bug).
pub fn load_demo(
    store: &dyn Store,
    analyze: &(dyn Fn(&str, Meta) -> Document + Send + Sync),
) -> Result<usize, veille_store::Error> {
    let mut batch = Vec::new();
    for (i, line) in DEMO_JSONL.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| veille_store::Error::Invalid(format!("demo line {}: {e}", i + 1)))?;
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .unwrap_or_default()
            .to_string();
        if let Some(o) = v.as_object_mut() {
            o.remove("text");
        }
        let meta: Meta = serde_json::from_value(v)
            .map_err(|e| veille_store::Error::Invalid(format!("demo line {}: {e}", i + 1)))?;
        batch.push(Incoming {
            doc: analyze(&text, meta),
            origin: format!("demo:{}", i + 1),
        });
    }
    let n = batch.len();
    store.put_batch(batch)?;
    Ok(n)
}
