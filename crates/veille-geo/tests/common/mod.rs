//! Setup shared by the integration tests.
#![allow(dead_code)]

use std::sync::Arc;
use veille_core::Document;
use veille_geo::gazetteer::Entry;
use veille_geo::resolve::Options;
use veille_geo::{Gazetteer, Resolver};

/// The committed gazetteer (crates/veille-geo/data/gazetteer.vgz).
pub fn committed() -> Arc<Gazetteer> {
    Arc::new(Gazetteer::load(&veille_geo::default_path()).expect("committed gazetteer"))
}

/// Byte spans of `names`, found in order in `text`.
pub fn spans_of(text: &str, names: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for n in names {
        let s = from + text[from..].find(n).expect("name in text");
        out.push((s, s + n.len()));
        from = s + n.len();
    }
    out
}

/// The country references of a document, one line each: "span country via".
pub fn countries_of(doc: &Document) -> Vec<String> {
    doc.layers
        .countries
        .iter()
        .map(|c| format!("{} {} {}", doc.slice(c.span), c.country, c.via))
        .collect()
}

/// Resolves `names` (found in order in `text`), one line each: "name: " + `describe` of the
/// chosen entry, or "name: unresolved".
pub fn resolve_lines(
    r: &Resolver,
    text: &str,
    names: &[&str],
    opts: Options,
    describe: impl Fn(&Entry) -> String,
) -> Vec<String> {
    let g = r.gazetteer();
    let res = r.resolve(text, &spans_of(text, names), None, opts);
    names
        .iter()
        .zip(res)
        .map(|(n, r)| match r {
            Some(r) => format!("{n}: {}", describe(&g.entry(r.idx))),
            None => format!("{n}: unresolved"),
        })
        .collect()
}
