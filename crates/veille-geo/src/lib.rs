//! # veille-geo
//!
//! veille's gazetteer (GeoNames, with French names from the localized GeoNames catalogue,
//! Natural Earth, Who's On First, CLDR and Prolex) and its toponym resolver.
//!
//! - [`Gazetteer`]: the compiled, versioned binary gazetteer and its FST name index
//!   ([`Gazetteer::lookup`]: "Le Caire", "du Caire" and "Caire" share one key).
//! - [`build::build`]: compiles the sources (`veille gazetteer build`).
//! - [`Resolver`]: chooses a gazetteer entry (GeoNames, or a US county / derived region with
//!   a source-prefixed id) for each toponym from the article's context.
//! - [`GeoStage`]: fills `layers.places` and `layers.countries`.
//!
//! Data: GeoNames (CC BY 4.0, "GeoNames, geonames.org"); see `data/DATA-CARD.md`.

pub mod build;
pub mod eval;
mod fold_table;
pub mod gazetteer;
pub mod normalize;
pub mod resolve;
pub mod stage;
pub mod tables;
pub mod topo;

pub use gazetteer::{haversine_km, Cand, Columns, Demonym, Entry, GazData, Gazetteer, OwnedEntry};
pub use normalize::normalize;
pub use resolve::{Resolution, Resolver};
pub use stage::GeoStage;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// The command that rebuilds the committed gazetteer.
pub const BUILD_COMMAND: &str =
    "veille gazetteer build --shared ../shared --extra ../geo-extra --out crates/veille-geo/data/gazetteer.vgz";

/// Errors of the gazetteer and its builder.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("gazetteer file {path} cannot be read ({reason}); rebuild it with `{}` or set VEILLE_GAZETTEER", BUILD_COMMAND)]
    Missing { path: String, reason: String },
    #[error(
        "gazetteer file {path} is corrupt: {reason}; rebuild it with `{}`",
        BUILD_COMMAND
    )]
    Corrupt { path: String, reason: String },
    #[error("gazetteer source {path}: {message}")]
    Source { path: String, message: String },
    #[error("gazetteer build: {0}")]
    Build(String),
    /// A load error seen earlier in this process (see [`shared_gazetteer`]).
    #[error("{0}")]
    Unavailable(String),
}

/// Path of the gazetteer: `$VEILLE_GAZETTEER` when set, else the committed file of this crate.
pub fn default_path() -> PathBuf {
    match std::env::var_os("VEILLE_GAZETTEER") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join("gazetteer.vgz"),
    }
}

/// The default gazetteer, loaded once per process and shared.
///
/// # Errors
/// See [`Gazetteer::load`].
pub fn shared_gazetteer() -> Result<Arc<Gazetteer>, GeoError> {
    static CELL: OnceLock<Result<Arc<Gazetteer>, String>> = OnceLock::new();
    let r = CELL.get_or_init(|| {
        Gazetteer::load(&default_path())
            .map(Arc::new)
            .map_err(|e| e.to_string())
    });
    match r {
        Ok(g) => Ok(g.clone()),
        Err(msg) => Err(GeoError::Unavailable(msg.clone())),
    }
}

/// `veille geocode --jsonl`: resolves one input line `{"text": .., "mentions": [{"start": ..,
/// "end": ..}]}` (character offsets) into the output line: the mentions in input order, each
/// with its resolution or `"resolved": false`.
pub fn geocode_line(resolver: &Resolver, line: &str) -> Result<serde_json::Value, String> {
    use serde_json::{json, Value};
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("missing \"text\"")?;
    let mentions = v
        .get("mentions")
        .and_then(|m| m.as_array())
        .cloned()
        .unwrap_or_default();
    // character → byte offsets
    let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bounds.push(text.len());
    let mut spans = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let get = |k: &str| m.get(k).and_then(|x| x.as_u64()).map(|x| x as usize);
        let (Some(s), Some(e)) = (get("start"), get("end")) else {
            return Err("each mention needs integer \"start\" and \"end\"".into());
        };
        let (Some(&bs), Some(&be)) = (bounds.get(s), bounds.get(e)) else {
            return Err(format!(
                "mention {s}..{e} is outside the text ({} characters)",
                bounds.len() - 1
            ));
        };
        spans.push((bs, be.max(bs)));
    }
    // resolve in text order, answer in input order
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans[i]);
    let sorted: Vec<(usize, usize)> = order.iter().map(|&i| spans[i]).collect();
    let res = resolver.resolve(text, &sorted, None, resolve::Options { strict: false });
    let mut by_input: Vec<Option<Resolution>> = vec![None; spans.len()];
    for (k, &i) in order.iter().enumerate() {
        by_input[i] = res[k];
    }
    let g = resolver.gazetteer();
    let out: Vec<Value> = mentions
        .iter()
        .zip(&spans)
        .zip(by_input)
        .map(|((m, &(bs, be)), r)| {
            let mut o = serde_json::Map::new();
            o.insert(
                "start".into(),
                m.get("start").cloned().unwrap_or(Value::Null),
            );
            o.insert("end".into(), m.get("end").cloned().unwrap_or(Value::Null));
            o.insert("text".into(), json!(&text[bs..be]));
            match r {
                Some(r) => {
                    let rec = stage::to_record(g, r);
                    o.insert("resolved".into(), json!(true));
                    if let Ok(Value::Object(fields)) = serde_json::to_value(&rec) {
                        o.extend(fields);
                    }
                    // f32 → JSON without the binary noise (0.816, not 0.8159999847)
                    let c = (f64::from(rec.confidence) * 1000.0).round() / 1000.0;
                    o.insert("confidence".into(), json!(c));
                }
                None => {
                    o.insert("resolved".into(), json!(false));
                }
            }
            Value::Object(o)
        })
        .collect();
    Ok(json!({ "mentions": out }))
}
