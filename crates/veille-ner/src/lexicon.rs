//! Building the lexicons stored in the model: titles (hand list), first names (from the
//! training data), places (GeoNames cities15000 + French names, CLDR French country names),
//! organisations (the alias table).

use crate::aliases::AliasTable;
use crate::features::{hash_str, normalize, HashMap64, HashSet64, Lexicons};
use crate::readers::Sentence;
use crate::tags::{spans, Tag};
use std::path::Path;
use veille_core::layers::EntityType;

/// Titles and functions that introduce a person's name.
pub const TITLES: &[&str] = &[
    "général",
    "generale",
    "colonel",
    "capitaine",
    "lieutenant",
    "commandant",
    "maréchal",
    "amiral",
    "sergent",
    "président",
    "présidente",
    "vice-président",
    "premier",
    "ministre",
    "chancelier",
    "chancelière",
    "secrétaire",
    "porte-parole",
    "dr",
    "dr.",
    "docteur",
    "professeur",
    "pr",
    "m.",
    "mm.",
    "mme",
    "mmes",
    "mlle",
    "monsieur",
    "madame",
    "mademoiselle",
    "me",
    "maître",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
    "maire",
    "roi",
    "reine",
    "prince",
    "princesse",
    "pape",
    "cardinal",
    "abbé",
    "père",
    "soeur",
    "sœur",
    "frère",
    "saint",
    "sainte",
    "sir",
    "lord",
    "cheikh",
    "émir",
    "imam",
    "ayatollah",
    "rabbin",
    "mgr",
    "juge",
    "procureur",
    "avocat",
    "directeur",
    "directrice",
    "patron",
    "chef",
    "ambassadeur",
    "ambassadrice",
    "émissaire",
    "envoyé",
    "gouverneur",
    "préfet",
    "commissaire",
    "inspecteur",
    "baron",
    "comte",
    "comtesse",
    "duc",
    "duchesse",
    "marquis",
    "citoyen",
    "veuve",
    "feu",
    "mr",
    "mrs",
    "ms",
];

fn lex_tokens(name: &str) -> Vec<String> {
    // Whitespace split; also split after an apostrophe (d'Ivoire → d' Ivoire) as tokenizers do.
    let mut out = Vec::new();
    for w in name.split_whitespace() {
        let n = normalize(w);
        if let Some(pos) = n.find('\'') {
            let (a, b) = n.split_at(pos + 1);
            if !b.is_empty() && a.len() <= 6 {
                out.push(a.to_string());
                out.push(b.to_string());
                continue;
            }
        }
        out.push(n);
    }
    out
}

/// Adds a (possibly multi-word) name; returns its length in tokens.
pub fn add_name(set: &mut HashSet64, name: &str) -> u32 {
    let toks = lex_tokens(name);
    if toks.is_empty() {
        return 0;
    }
    set.insert(hash_str(&toks.join(" ")));
    toks.len() as u32
}

/// First names: words that begin multi-token PER spans at least twice and do so in at least
/// a third of their occurrences.
pub fn first_names(sentences: &[Sentence]) -> HashSet64 {
    let mut first: HashMap64<u32> = HashMap64::default();
    let mut total: HashMap64<u32> = HashMap64::default();
    for s in sentences {
        for w in &s.tokens {
            *total.entry(hash_str(&normalize(w))).or_insert(0) += 1;
        }
        for sp in spans(&s.tags) {
            if sp.label == EntityType::PER && sp.end - sp.start >= 2 {
                let w = &s.tokens[sp.start];
                if w.chars().count() >= 2
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                {
                    *first.entry(hash_str(&normalize(w))).or_insert(0) += 1;
                }
            }
        }
    }
    let mut out = HashSet64::default();
    for (h, &f) in &first {
        let t = total.get(h).copied().unwrap_or(f);
        if f >= 2 && f * 3 >= t {
            out.insert(*h);
        }
    }
    out
}

/// Places from the shared gazetteer sources; missing files are skipped and reported.
pub fn places(geo_dir: &Path, warnings: &mut Vec<String>) -> (HashSet64, u32) {
    let mut set = HashSet64::default();
    let mut max = 1;
    let mut add = |set: &mut HashSet64, name: &str| {
        let name = name.trim();
        if name.len() >= 2 {
            max = max.max(add_name(set, name).min(6));
        }
    };
    let cities = geo_dir.join("geonames/cities15000_geotext-0.4.0.txt");
    match std::fs::read_to_string(&cities) {
        Ok(text) => {
            for line in text.lines() {
                let cols: Vec<&str> = line.split('\t').collect();
                if cols.len() > 2 {
                    add(&mut set, cols[1]);
                    add(&mut set, cols[2]);
                }
            }
        }
        Err(e) => warnings.push(format!("{}: {e}", cities.display())),
    }
    let loc = geo_dir.join("geonames/ubports-libgeonames-0.3.0_localized_names.tsv");
    match std::fs::read_to_string(&loc) {
        Ok(text) => {
            for line in text.lines() {
                let cols: Vec<&str> = line.split('\t').collect();
                if cols.len() == 3 && (cols[1] == "fr" || cols[1] == "en") {
                    add(&mut set, cols[2]);
                }
            }
        }
        Err(e) => warnings.push(format!("{}: {e}", loc.display())),
    }
    let countries = geo_dir.join("iso-cldr/pycountry_iso3166-1_fr.tsv");
    match std::fs::read_to_string(&countries) {
        Ok(text) => {
            for line in text.lines().skip(1) {
                let cols: Vec<&str> = line.split('\t').collect();
                for c in [4usize, 8] {
                    if let Some(n) = cols.get(c) {
                        if !n.contains(',') {
                            add(&mut set, n);
                        }
                    }
                }
            }
        }
        Err(e) => warnings.push(format!("{}: {e}", countries.display())),
    }
    let cldr = geo_dir.join("iso-cldr/babel_cldr_fr_en.json");
    match std::fs::read_to_string(&cldr) {
        Ok(text) => {
            // The "territories" object of "fr": `"CODE": "Name",` lines up to the closing brace.
            if let Some(start) = text.find("\"territories\"") {
                for line in text[start..].lines().skip(1) {
                    let line = line.trim();
                    if line.starts_with('}') {
                        break;
                    }
                    if let Some((_, v)) = line.split_once("\": \"") {
                        add(&mut set, v.trim_end_matches(',').trim_end_matches('"'));
                    }
                }
            }
        }
        Err(e) => warnings.push(format!("{}: {e}", cldr.display())),
    }
    (set, max)
}

/// Builds the lexicons (clusters are added separately).
pub fn build(
    sentences: &[Sentence],
    geo_dir: &Path,
    aliases: &AliasTable,
    warnings: &mut Vec<String>,
) -> Lexicons {
    let mut lex = Lexicons::default();
    for t in TITLES {
        lex.titles.insert(hash_str(&normalize(t)));
    }
    lex.first_names = first_names(sentences);
    let (places, place_max) = places(geo_dir, warnings);
    lex.places = places;
    lex.place_max = place_max;
    let mut org_max = 1;
    for e in aliases.entries() {
        if e.label == EntityType::ORG {
            for a in &e.aliases {
                org_max = org_max.max(add_name(&mut lex.orgs, a));
            }
        }
    }
    lex.org_max = org_max.min(8);
    lex
}

/// Whether a training tag sequence is usable (never empty).
pub fn usable(s: &Sentence) -> bool {
    !s.tokens.is_empty()
        && s.tokens.len() == s.tags.len()
        && s.tags
            .iter()
            .all(|t| *t == Tag::O || t.entity_type().is_some())
}
