//! The compiled gazetteer: entries keyed by GeoNames id, an FST over normalized names, and the
//! versioned, checksummed binary file that holds them.
//!
//! File layout (all integers little-endian):
//! `b"VEILLEGZ"` · format version `u32` · payload length `u64` · FNV-1a 64 checksum of the
//! payload `u64` · payload = raw-deflate( postcard( [`GazData`] ) ).

use crate::normalize::normalize_into;
use crate::GeoError;
use fst::Map;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

pub const MAGIC: &[u8; 8] = b"VEILLEGZ";
pub const FORMAT_VERSION: u32 = 1;
const HEADER_LEN: usize = 8 + 4 + 8 + 8;
/// FST values with this bit set hold one candidate directly (no postings list).
const SINGLE: u64 = 1 << 63;
/// Candidate flag (top bit of a posting): the key is one of the entry's preferred names.
pub(crate) const PRIMARY: u32 = 1 << 31;

/// Where an entry comes from.
pub const SOURCE_GEONAMES: u8 = 0;
pub const SOURCE_WOF: u8 = 1;
/// US Census Bureau county (us-atlas); `id` is internal (see `build::COUNTY_ID_BASE`).
pub const SOURCE_CENSUS: u8 = 2;
/// A region named by its parts ("Darfur" from North, South, West... Darfur); `id` is internal
/// (see `build::DERIVED_ID_BASE`).
pub const SOURCE_DERIVED: u8 = 3;
/// An airport of airportsdata (optional source); `id` is internal (see
/// `build::AIRPORT_ID_BASE`), reported as `icao:<ICAO code>` (`lid:<local id>` for the few
/// airports that airportsdata keys by an FAA or other local identifier, which has a digit).
pub const SOURCE_AIRPORT: u8 = 4;
/// A sea, gulf, bay or strait of the Natural Earth marine polygons (optional source); `id`
/// is internal (see `build::marine_id`: a hash of the Natural Earth name), reported as
/// `veille:<id>`.
pub const SOURCE_MARINE: u8 = 5;

/// One place of the gazetteer, as built (owned form; the file stores them column-wise).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnedEntry {
    pub id: u32,
    pub name: String,
    pub name_fr: String,
    pub name_en: String,
    pub lat: f32,
    pub lon: f32,
    pub class: u8,
    pub code: String,
    pub country: String,
    pub admin1: String,
    pub population: u64,
    pub alt: String,
    pub source: u8,
}

/// One place of the gazetteer (a view into the loaded data).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry<'a> {
    /// GeoNames id (or the Who's On First id when `source == SOURCE_WOF`).
    pub id: u32,
    /// GeoNames main name.
    pub name: &'a str,
    /// Preferred French name, empty when unknown.
    pub name_fr: &'a str,
    /// Preferred English name, empty when unknown.
    pub name_en: &'a str,
    pub lat: f32,
    pub lon: f32,
    /// GeoNames feature class (`P`, `A`, `L`).
    pub class: u8,
    /// GeoNames feature code (`PPLC`, `PPLA`, `ADM1`, `PCLI`, `CONT`...).
    pub code: &'a str,
    /// ISO 3166-1 alpha-2, empty for continents.
    pub country: &'a str,
    /// GeoNames admin1 code within the country, empty when none.
    pub admin1: &'a str,
    pub population: u64,
    /// Alternate names, `|`-joined (kept as text for places of 15,000+ inhabitants and for
    /// countries, regions and continents; smaller places keep theirs in the index only).
    pub alt: &'a str,
    pub source: u8,
}

impl<'a> Entry<'a> {
    pub fn name_fr(&self) -> &'a str {
        if self.name_fr.is_empty() {
            self.name
        } else {
            self.name_fr
        }
    }
    pub fn name_en(&self) -> &'a str {
        if self.name_en.is_empty() {
            self.name
        } else {
            self.name_en
        }
    }
    /// The entry's id with its source as prefix (`geonames:`, `wof:`, `fips:`, `icao:`, `veille:`),
    /// so ids from different sources never collide in entity keys or the store.
    pub fn stable_id(&self) -> String {
        match self.source {
            SOURCE_GEONAMES => format!("geonames:{}", self.id),
            SOURCE_WOF => format!("wof:{}", self.id),
            SOURCE_CENSUS => format!(
                "fips:{:05}",
                self.id.wrapping_sub(crate::build::COUNTY_ID_BASE)
            ),
            // airportsdata keys a few airports without an ICAO code by their local (FAA,
            // Transport Canada...) identifier, which has a digit: "lid:0AA1"
            SOURCE_AIRPORT => {
                let code = crate::build::icao_of_id(self.id).unwrap_or_default();
                if code.bytes().any(|b| b.is_ascii_digit()) {
                    format!("lid:{code}")
                } else {
                    format!("icao:{code}")
                }
            }
            _ => format!("veille:{}", self.id),
        }
    }
    pub fn is_country(&self) -> bool {
        self.class == b'A' && self.code.starts_with("PCL")
    }
    pub fn is_admin1(&self) -> bool {
        self.class == b'A' && self.code == "ADM1"
    }
    pub fn is_continent(&self) -> bool {
        self.code == "CONT"
    }
    /// A country, first-level region, continent or named region: not a point-like place.
    pub fn is_area(&self) -> bool {
        self.is_country() || self.is_admin1() || self.is_continent() || self.code == "RGN"
    }
    /// `P.PPLA` style.
    pub fn feature(&self) -> String {
        format!("{}.{}", self.class as char, self.code)
    }
}

/// Column-wise entries (what is serialized): few allocations to decode.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Columns {
    pub ids: Vec<u32>,
    pub lat: Vec<f32>,
    pub lon: Vec<f32>,
    pub population: Vec<u64>,
    pub class: Vec<u8>,
    pub source: Vec<u8>,
    /// Index into `codes`.
    pub code: Vec<u8>,
    pub codes: Vec<String>,
    /// Index into `countries`.
    pub country: Vec<u16>,
    pub countries: Vec<String>,
    /// Index into `admin1s`.
    pub admin1: Vec<u16>,
    pub admin1s: Vec<String>,
    /// name, name_fr, name_en, alt of every entry, concatenated.
    pub blob: String,
    /// 4 offsets per entry into `blob`, plus the end.
    pub offs: Vec<u32>,
}

impl Columns {
    /// Packs owned entries (sorted by id).
    pub fn pack(entries: &[OwnedEntry]) -> Result<Columns, GeoError> {
        use std::collections::BTreeMap;
        fn intern(v: &str, map: &mut BTreeMap<String, usize>) -> usize {
            let n = map.len();
            *map.entry(v.to_string()).or_insert(n)
        }
        let (mut codes, mut countries, mut admin1s) =
            (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        let mut c = Columns::default();
        for e in entries {
            c.ids.push(e.id);
            c.lat.push(e.lat);
            c.lon.push(e.lon);
            c.population.push(e.population);
            c.class.push(e.class);
            c.source.push(e.source);
            c.code.push(
                u8::try_from(intern(&e.code, &mut codes))
                    .map_err(|_| GeoError::Build("too many feature codes".into()))?,
            );
            c.country.push(
                u16::try_from(intern(&e.country, &mut countries))
                    .map_err(|_| GeoError::Build("too many countries".into()))?,
            );
            c.admin1.push(
                u16::try_from(intern(&e.admin1, &mut admin1s))
                    .map_err(|_| GeoError::Build("too many admin1 codes".into()))?,
            );
            for s in [&e.name, &e.name_fr, &e.name_en, &e.alt] {
                c.offs.push(c.blob.len() as u32);
                c.blob.push_str(s);
            }
        }
        c.offs.push(c.blob.len() as u32);
        let table = |m: BTreeMap<String, usize>| {
            let mut v: Vec<(usize, String)> = m.into_iter().map(|(k, i)| (i, k)).collect();
            v.sort();
            v.into_iter().map(|(_, k)| k).collect::<Vec<String>>()
        };
        c.codes = table(codes);
        c.countries = table(countries);
        c.admin1s = table(admin1s);
        Ok(c)
    }

    fn len(&self) -> usize {
        self.ids.len()
    }

    /// Checks that every column and index is consistent, so that accessors never fail.
    fn validate(&self) -> Result<(), String> {
        let n = self.ids.len();
        let lens = [
            self.lat.len(),
            self.lon.len(),
            self.population.len(),
            self.class.len(),
            self.source.len(),
            self.code.len(),
            self.country.len(),
            self.admin1.len(),
        ];
        if lens.iter().any(|&l| l != n) || self.offs.len() != 4 * n + 1 {
            return Err("column lengths differ".into());
        }
        if self.code.iter().any(|&i| i as usize >= self.codes.len())
            || self
                .country
                .iter()
                .any(|&i| i as usize >= self.countries.len())
            || self
                .admin1
                .iter()
                .any(|&i| i as usize >= self.admin1s.len())
        {
            return Err("table index out of range".into());
        }
        let mut prev = 0u32;
        for &o in &self.offs {
            if o < prev || o as usize > self.blob.len() || !self.blob.is_char_boundary(o as usize) {
                return Err("bad string offsets".into());
            }
            prev = o;
        }
        if self.ids.windows(2).any(|w| w[0] >= w[1]) {
            return Err("ids not sorted".into());
        }
        Ok(())
    }

    fn get(&self, i: usize) -> Entry<'_> {
        let s =
            |k: usize| &self.blob[self.offs[4 * i + k] as usize..self.offs[4 * i + k + 1] as usize];
        Entry {
            id: self.ids[i],
            name: s(0),
            name_fr: s(1),
            name_en: s(2),
            alt: s(3),
            lat: self.lat[i],
            lon: self.lon[i],
            class: self.class[i],
            code: &self.codes[self.code[i] as usize],
            country: &self.countries[self.country[i] as usize],
            admin1: &self.admin1s[self.admin1[i] as usize],
            population: self.population[i],
            source: self.source[i],
        }
    }
}

/// A demonym or toponymic adjective ("syrien", "russes", "Turkish", "damascène").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Demonym {
    /// Normalized form.
    pub key: String,
    /// ISO 3166-1 alpha-2 of the country it designates (or the country of the city).
    pub country: String,
    /// Entry index of the city when the demonym is a city's ("damascène" → Damas).
    pub place: Option<u32>,
}

/// What is serialized in the file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GazData {
    /// One line per source, for `veille gazetteer info` and the data card.
    pub sources: Vec<String>,
    /// Sorted by id.
    pub entries: Columns,
    /// FST bytes: normalized name → candidates (see `SINGLE`); stored outside the deflated
    /// part of the file (it does not compress and inflating it would cost load time).
    #[serde(skip)]
    pub fst: Vec<u8>,
    pub postings: Vec<u32>,
    /// Sorted by key.
    pub demonyms: Vec<Demonym>,
}

/// A lookup result: an entry index and whether the matched key is a preferred name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cand {
    pub idx: u32,
    pub primary: bool,
}

/// The loaded gazetteer.
pub struct Gazetteer {
    data: GazData,
    fst: Map<Vec<u8>>,
    countries: HashMap<[u8; 2], u32>,
    admin1: HashMap<(String, String), u32>,
    demonyms: HashMap<String, u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.data.entries.len())
            .field("names", &self.fst.len())
            .finish()
    }
}

/// FNV-1a 64 over bytes (checksum of the payload).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Builds the FST and postings from `(normalized key, entry index, primary)` triples.
pub fn build_index(mut keys: Vec<(String, u32, bool)>) -> Result<(Vec<u8>, Vec<u32>), GeoError> {
    keys.sort();
    let mut builder = fst::MapBuilder::memory();
    let mut postings: Vec<u32> = Vec::new();
    let mut i = 0;
    let mut group: Vec<u32> = Vec::new();
    while i < keys.len() {
        let key = keys[i].0.clone();
        group.clear();
        while i < keys.len() && keys[i].0 == key {
            // several flags for one (key, idx) were merged by dedup: look for a primary one.
            let idx = keys[i].1;
            let mut primary = keys[i].2;
            let mut j = i + 1;
            while j < keys.len() && keys[j].0 == key && keys[j].1 == idx {
                primary |= keys[j].2;
                j += 1;
            }
            group.push(idx | if primary { PRIMARY } else { 0 });
            i = j;
        }
        let value = if group.len() == 1 {
            SINGLE | group[0] as u64
        } else {
            let off = postings.len() as u64;
            postings.push(group.len() as u32);
            postings.extend_from_slice(&group);
            off
        };
        builder
            .insert(key.as_bytes(), value)
            .map_err(|e| GeoError::Build(format!("fst insert {key:?}: {e}")))?;
    }
    let fst = builder
        .into_inner()
        .map_err(|e| GeoError::Build(format!("fst: {e}")))?;
    Ok((fst, postings))
}

/// Serializes the data into the file format:
/// header · `u64` FST length · FST bytes · raw-deflate(postcard(rest)).
pub fn encode(data: &GazData) -> Result<Vec<u8>, GeoError> {
    let raw = postcard::to_allocvec(data).map_err(|e| GeoError::Build(format!("postcard: {e}")))?;
    let mut payload = Vec::with_capacity(data.fst.len() + raw.len() / 2);
    payload.extend_from_slice(&(data.fst.len() as u64).to_le_bytes());
    payload.extend_from_slice(&data.fst);
    payload.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&raw, 9));
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&fnv1a(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    Ok(out)
}

fn corrupt(path: &str, reason: impl Into<String>) -> GeoError {
    GeoError::Corrupt {
        path: path.to_string(),
        reason: reason.into(),
    }
}

fn u64_at(bytes: &[u8], o: usize) -> Option<u64> {
    let b: [u8; 8] = bytes.get(o..o + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(b))
}

impl Gazetteer {
    /// Loads a gazetteer file.
    ///
    /// # Errors
    /// [`GeoError::Missing`] when the file cannot be read, [`GeoError::Corrupt`] when its header,
    /// checksum or content is wrong; both name the file and the rebuild command.
    pub fn load(path: &Path) -> Result<Gazetteer, GeoError> {
        let bytes = std::fs::read(path).map_err(|e| GeoError::Missing {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Gazetteer::from_bytes(&bytes, &path.display().to_string())
    }

    /// Decodes the file format; `origin` names the file in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Gazetteer, GeoError> {
        if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
            return Err(corrupt(origin, "not a veille gazetteer (bad magic)"));
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != FORMAT_VERSION {
            return Err(corrupt(
                origin,
                format!("format version {version}, this build reads {FORMAT_VERSION}"),
            ));
        }
        let len = u64_at(bytes, 12).unwrap_or(0) as usize;
        let sum = u64_at(bytes, 20).unwrap_or(0);
        let payload = &bytes[HEADER_LEN..];
        if payload.len() != len {
            return Err(corrupt(
                origin,
                format!("truncated: {} of {len} payload bytes", payload.len()),
            ));
        }
        if fnv1a(payload) != sum {
            return Err(corrupt(origin, "checksum mismatch"));
        }
        let fst_len = u64_at(payload, 0).ok_or_else(|| corrupt(origin, "no index"))? as usize;
        let fst = payload
            .get(8..8usize.saturating_add(fst_len))
            .ok_or_else(|| corrupt(origin, "index truncated"))?;
        let rest = &payload[8 + fst_len..];
        let raw = miniz_oxide::inflate::decompress_to_vec(rest)
            .map_err(|e| corrupt(origin, format!("deflate: {e:?}")))?;
        let mut data: GazData =
            postcard::from_bytes(&raw).map_err(|e| corrupt(origin, format!("decode: {e}")))?;
        data.fst = fst.to_vec();
        Gazetteer::from_data(data).map_err(|e| corrupt(origin, e.to_string()))
    }

    /// Wraps decoded data, building the small side tables.
    pub fn from_data(mut data: GazData) -> Result<Gazetteer, GeoError> {
        data.entries.validate().map_err(GeoError::Build)?;
        let fst_bytes = std::mem::take(&mut data.fst);
        let fst = Map::new(fst_bytes).map_err(|e| GeoError::Build(format!("fst: {e}")))?;
        let n = data.entries.len() as u32;
        let mut countries = HashMap::new();
        let mut admin1 = HashMap::new();
        for i in 0..data.entries.len() {
            let e = data.entries.get(i);
            if e.is_country() {
                let b = e.country.as_bytes();
                if b.len() == 2 {
                    countries.entry([b[0], b[1]]).or_insert(i as u32);
                }
            } else if e.is_admin1() {
                admin1.insert((e.country.to_string(), e.admin1.to_string()), i as u32);
            }
        }
        let mut demonyms = HashMap::new();
        for (i, d) in data.demonyms.iter().enumerate() {
            if d.place.is_some_and(|p| p >= n) {
                return Err(GeoError::Build("demonym place out of range".into()));
            }
            demonyms.insert(d.key.clone(), i as u32);
        }
        Ok(Gazetteer {
            data,
            fst,
            countries,
            admin1,
            demonyms,
        })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.data.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.entries.len() == 0
    }
    /// The entry at `idx` (an index from a lookup). Panics on an index not from this gazetteer.
    pub fn entry(&self, idx: u32) -> Entry<'_> {
        self.data.entries.get(idx as usize)
    }
    pub fn sources(&self) -> &[String] {
        &self.data.sources
    }
    /// Number of distinct normalized names.
    pub fn name_count(&self) -> usize {
        self.fst.len()
    }
    /// Entry index of a GeoNames id.
    pub fn by_id(&self, id: u32) -> Option<u32> {
        self.data
            .entries
            .ids
            .binary_search(&id)
            .ok()
            .map(|i| i as u32)
    }
    /// Entry index of a country by ISO alpha-2.
    pub fn country(&self, iso: &str) -> Option<u32> {
        let b = iso.as_bytes();
        if b.len() != 2 {
            return None;
        }
        self.countries.get(&[b[0], b[1]]).copied()
    }
    /// Entry index of an admin1 region.
    pub fn admin1(&self, country: &str, code: &str) -> Option<u32> {
        self.admin1
            .get(&(country.to_string(), code.to_string()))
            .copied()
    }
    /// The demonym with this normalized key.
    pub fn demonym_key(&self, key: &str) -> Option<&Demonym> {
        self.demonyms
            .get(key)
            .map(|&i| &self.data.demonyms[i as usize])
    }
    pub fn demonyms(&self) -> &[Demonym] {
        &self.data.demonyms
    }

    /// Candidates for an already normalized key, appended to `out`.
    pub fn lookup_key(&self, key: &str, out: &mut Vec<Cand>) {
        let Some(v) = self.fst.get(key.as_bytes()) else {
            return;
        };
        let n = self.data.entries.len() as u32;
        let mut push = |c: u32| {
            let idx = c & !PRIMARY;
            if idx < n {
                out.push(Cand {
                    idx,
                    primary: c & PRIMARY != 0,
                })
            }
        };
        if v & SINGLE != 0 {
            push(v as u32);
        } else {
            let off = v as usize;
            let cnt = self.data.postings.get(off).copied().unwrap_or(0) as usize;
            let list = self
                .data
                .postings
                .get(off + 1..off + 1 + cnt)
                .unwrap_or(&[]);
            for &c in list {
                push(c);
            }
        }
    }

    /// Normalizes `name` into `buf` and appends its candidates to `out` (no allocation once
    /// the buffers have grown).
    pub fn lookup_with(&self, name: &str, buf: &mut String, out: &mut Vec<Cand>) {
        if normalize_into(name, buf) {
            self.lookup_key(buf, out);
        }
    }

    /// Candidates for a name as written.
    pub fn lookup(&self, name: &str) -> Vec<Cand> {
        let mut buf = String::new();
        let mut out = Vec::new();
        self.lookup_with(name, &mut buf, &mut out);
        out
    }

    /// True when some name starts with `prefix + " "` (used to extend capitalized runs).
    pub fn has_prefix(&self, key: &str) -> bool {
        use fst::{IntoStreamer, Streamer};
        let mut lo = key.as_bytes().to_vec();
        lo.push(b' ');
        let mut hi = key.as_bytes().to_vec();
        hi.push(b' ' + 1);
        let mut s = self.fst.range().ge(&lo).lt(&hi).into_stream();
        s.next().is_some()
    }

    /// Writes the gazetteer back (for tests and re-encoding).
    pub fn to_data(&self) -> GazData {
        let mut d = self.data.clone();
        d.fst = self.fst.as_fst().as_bytes().to_vec();
        d
    }
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().min(1.0).asin()
}
