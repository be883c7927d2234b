//! Toponym resolution: picks the GeoNames entry of each toponym using the article's context.
//!
//! Two passes. The first scores each candidate on its own (feature class, population, whether
//! the name is a preferred one, "X, Y" apposition); the confident choices and the demonyms of
//! the text then vote for countries and regions; the second pass adds those votes and the
//! distance to the other places of the article.

use crate::gazetteer::{Cand, Entry, Gazetteer, SOURCE_AIRPORT, SOURCE_MARINE};
use crate::normalize::normalize_into;
use std::collections::HashMap;
use std::sync::Arc;

/// The resolver's choice for one toponym.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolution {
    /// Entry index in the gazetteer.
    pub idx: u32,
    /// Probability-like confidence in [0, 1].
    pub confidence: f32,
}

/// Options of a resolution run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Leave a toponym unresolved rather than put it in a country the article does not talk
    /// about when it is only a small place (the NER pipeline); false in "gold toponyms given"
    /// mode, where every toponym gets an answer when the gazetteer has one.
    pub strict: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { strict: true }
    }
}

/// Resolves toponyms against a shared gazetteer.
#[derive(Debug, Clone)]
pub struct Resolver {
    gaz: Arc<Gazetteer>,
}

/// Words that may follow a name and be dropped when the full form is unknown
/// ("Metcalfe County" → "Metcalfe").
const SUFFIXES: &[&str] = &[
    " county",
    " province",
    " state",
    " region",
    " governorate",
    " district",
    " city",
    " prefecture",
    " oblast",
    " municipality",
];
const PREFIXES: &[&str] = &[
    "province de ",
    "province d ",
    "region de ",
    "region d ",
    "gouvernorat de ",
    "gouvernorat d ",
    "ville de ",
    "ville d ",
    "city of ",
    "state of ",
    "province of ",
    "etat de ",
    "etat d ",
    "republique de ",
    "republic of ",
    "canton de ",
];

/// Weights of the context features (tuned on GeoVirus and TR-News).
const W_COUNTRY: f32 = 2.0;
const W_ADMIN: f32 = 1.0;
const W_NEAR: f32 = 0.8;
const NEAR_KM: f32 = 300.0;
const CITY_OVER_REGION: f32 = 2.0;
const W_PRIMARY: f32 = 2.0;
const VOTE_CAP: f32 = 5.0;
/// Weight of the other first-level regions of the same country chosen in the article.
const W_SIBLING: f32 = 1.5;
/// Weight of the co-location of candidates of different names (within `COLOC_KM`).
const W_COLOC: f32 = 2.0;
const COLOC_KM: f32 = 40.0;

/// The article's context for pass 2.
#[derive(Default)]
struct Ctx {
    /// Votes from the text itself (demonyms, source country).
    base: HashMap<String, f32>,
    /// Country votes of the first-pass choices.
    votes: HashMap<String, f32>,
    /// Part of `votes` due to each name: (name key, country).
    own: HashMap<(String, String), f32>,
    admin: HashMap<(String, String), f32>,
    own_admin: HashMap<(String, (String, String)), f32>,
    /// First-level regions chosen, by country, and the part due to each name: a list of
    /// states ("Alabama, Iowa, Georgia and Washington") makes a state reading likelier.
    regions: HashMap<String, f32>,
    own_regions: HashMap<(String, String), f32>,
    /// Points of the chosen places, with the name key that chose them and how many mentions
    /// chose them. Repeated mentions share one point, which keeps scoring linear in the number
    /// of mentions (a long document names the same places over and over).
    points: Vec<(f32, f32, String, String, f32)>,
    point_of: HashMap<(String, u32), usize>,
}

impl Ctx {
    fn country_votes(&self, key: &str, cc: &str) -> f32 {
        let base = self.base.get(cc).copied().unwrap_or(0.0);
        let Some(total) = self.votes.get(cc) else {
            return base;
        };
        let own = self
            .own
            .get(&(key.to_string(), cc.to_string()))
            .copied()
            .unwrap_or(0.0);
        base + (total - own).max(0.0)
    }
    fn sibling_regions(&self, key: &str, cc: &str) -> f32 {
        let Some(total) = self.regions.get(cc) else {
            return 0.0;
        };
        let own = self
            .own_regions
            .get(&(key.to_string(), cc.to_string()))
            .copied()
            .unwrap_or(0.0);
        (total - own).max(0.0)
    }
    fn admin_votes(&self, key: &str, cc: &str, a1: &str) -> f32 {
        let k = (cc.to_string(), a1.to_string());
        let Some(total) = self.admin.get(&k) else {
            return 0.0;
        };
        let own = self
            .own_admin
            .get(&(key.to_string(), k))
            .copied()
            .unwrap_or(0.0);
        (total - own).max(0.0)
    }
}

/// A candidate point in the co-location grid: (name number, latitude, longitude).
type GridPoint = (usize, f32, f32);

/// Evidence computed once per article from all the candidates.
struct Evidence {
    /// (name key, candidate) pairs supported by an "X, Y" apposition.
    appos: std::collections::HashSet<(String, u32)>,
    /// (name key, candidate) → how many other names have a candidate close to it.
    coloc: HashMap<(String, u32), f32>,
}

struct Mention {
    /// Normalized name.
    key: String,
    cands: Vec<Cand>,
    /// Byte span in the text.
    start: usize,
    end: usize,
    demonym_country: Option<String>,
    /// An airport word is next to the name ("Heathrow airport", "aéroport de Nantes").
    airport_adj: bool,
    /// An airport word is in the sentence of the name.
    airport_near: bool,
}

impl Resolver {
    pub fn new(gaz: Arc<Gazetteer>) -> Resolver {
        Resolver { gaz }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// Candidates of one surface form, with the fallbacks (possessive, "County", "province de").
    pub fn candidates(&self, surface: &str, buf: &mut String, out: &mut Vec<Cand>) {
        out.clear();
        if !normalize_into(surface, buf) {
            return;
        }
        self.gaz.lookup_key(buf, out);
        if !out.is_empty() {
            return;
        }
        let key = buf.clone();
        let mut tries: Vec<String> = Vec::new();
        if let Some(k) = key.strip_suffix(" s") {
            tries.push(k.to_string());
        }
        // "Alep-Est", "East Jerusalem" style: the part of a place is the place.
        for d in [
            " est", " ouest", " nord", " sud", " east", " west", " north", " south",
        ] {
            if let Some(k) = key.strip_suffix(d) {
                tries.push(k.to_string());
            }
        }
        for s in SUFFIXES {
            if let Some(k) = key.strip_suffix(s) {
                tries.push(k.to_string());
            }
        }
        for p in PREFIXES {
            if let Some(k) = key.strip_prefix(p) {
                tries.push(k.to_string());
            }
        }
        for k in tries {
            self.gaz.lookup_key(&k, out);
            if !out.is_empty() {
                return;
            }
        }
    }

    /// Resolves the toponyms at the given byte spans of `text`, in order.
    /// `source_country` is the article's source country (ISO alpha-2) when known.
    pub fn resolve(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        source_country: Option<&str>,
        opts: Options,
    ) -> Vec<Option<Resolution>> {
        let g = &*self.gaz;
        let mut buf = String::new();
        let mut ms: Vec<Mention> = Vec::with_capacity(spans.len());
        for &(s, e) in spans {
            let surface = text.get(s..e).unwrap_or("");
            let mut cands = Vec::new();
            self.candidates(surface, &mut buf, &mut cands);
            let demonym_country = if normalize_into(surface, &mut buf) {
                g.demonym_key(&buf)
                    .filter(|d| d.place.is_none())
                    .map(|d| d.country.clone())
            } else {
                None
            };
            // A demonym used as a toponym ("Turkish") means the country.
            if let Some(cc) = &demonym_country {
                if let Some(ci) = g.country(cc) {
                    cands.retain(|c| c.idx == ci || g.entry(c.idx).is_country());
                    if cands.is_empty() {
                        cands.push(Cand {
                            idx: ci,
                            primary: true,
                        });
                    }
                }
            }
            // Airports' short names ("Heathrow", "Provence") are alternate names that only
            // count in a sentence with an airport word ("flights at Heathrow"); next to one
            // ("Heathrow airport", "aéroport de Nantes-Atlantique") the airport is favoured.
            // After "traverser", "au large de", "le littoral de"..., a sea wins ("traversé la
            // Manche").
            // (the text around is only read when an airport is among the candidates)
            let any_airport = cands
                .iter()
                .any(|c| g.entry(c.idx).source == SOURCE_AIRPORT);
            let airport_adj = any_airport && airport_context(text, s, e);
            let airport_near = airport_adj || (any_airport && airport_sentence(text, s, e));
            cands.retain(|c| c.primary || airport_near || g.entry(c.idx).source != SOURCE_AIRPORT);
            let marine = |c: &Cand| g.entry(c.idx).source == SOURCE_MARINE;
            if cands.iter().any(marine) && sea_context(text, s) {
                cands.retain(marine);
            }
            let key = buf.clone();
            ms.push(Mention {
                key,
                cands,
                start: s,
                end: e,
                demonym_country,
                airport_adj,
                airport_near,
            });
        }

        // Country votes from the demonyms and country names anywhere in the text.
        let mut votes: HashMap<String, f32> = HashMap::new();
        for (cc, w) in text_country_signals(g, text) {
            *votes.entry(cc).or_default() += w;
        }
        if let Some(cc) = source_country {
            *votes.entry(cc.to_string()).or_default() += 1.0;
        }

        // "X, Y" apposition: a candidate of X contained in a candidate of the toponym right
        // after it. The evidence holds for every mention of the same name in the article
        // ("LONDON, Ky. ... London").
        let mut appos: std::collections::HashSet<(String, u32)> = Default::default();
        for i in 0..ms.len() {
            let m = &ms[i];
            let Some(n) = ms
                .get(i + 1)
                .filter(|n| n.start >= m.end && n.start <= m.end + 2)
            else {
                continue;
            };
            if !text.get(m.end..n.start).is_some_and(|g| g.contains(',')) {
                continue;
            }
            for c in &m.cands {
                let e = g.entry(c.idx);
                if n.cands.iter().any(|nc| contains(&g.entry(nc.idx), &e)) {
                    appos.insert((m.key.clone(), c.idx));
                }
            }
        }
        let coloc = self.colocation(&ms);
        let evidence = Evidence { appos, coloc };

        // Pass 1: priors only.
        let none = Ctx::default();
        let first: Vec<Option<(u32, f32)>> = (0..ms.len())
            .map(|i| self.best(&ms, i, &none, &evidence))
            .collect();
        let mut ctx = self.context(&ms, &first, votes.clone());
        // Pass 2: with the context of pass 1.
        let second: Vec<Option<(u32, f32)>> = (0..ms.len())
            .map(|i| self.best(&ms, i, &ctx, &evidence))
            .collect();
        ctx = self.context(&ms, &second, votes);
        // Pass 3: with the context of pass 2.
        let mut out = Vec::with_capacity(ms.len());
        for i in 0..ms.len() {
            let r = self.best(&ms, i, &ctx, &evidence);
            let r = r.and_then(|(idx, conf)| {
                let e = g.entry(idx);
                if opts.strict && !self.plausible(&e, &ms[i], &ctx) {
                    None
                } else {
                    Some(Resolution {
                        idx,
                        confidence: conf,
                    })
                }
            });
            out.push(r);
        }
        out
    }

    /// For each candidate place of each name, how many other names of the article have a
    /// candidate within `COLOC_KM` (each weighted by closeness): "Edmonton" and "Enfield" are
    /// both London boroughs, whatever the better-known homonyms. Linear in the number of
    /// candidates (a 0.5° grid).
    fn colocation(&self, ms: &[Mention]) -> HashMap<(String, u32), f32> {
        let g = &*self.gaz;
        let mut keys: Vec<(&str, &[Cand])> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for m in ms {
            if seen.insert(m.key.as_str()) && m.demonym_country.is_none() {
                keys.push((m.key.as_str(), &m.cands));
            }
        }
        let point = |e: &Entry<'_>| !e.is_area();
        let cell = |la: f32, lo: f32| ((la * 2.0).floor() as i32, (lo * 2.0).floor() as i32);
        let mut grid: HashMap<(i32, i32), Vec<GridPoint>> = HashMap::new();
        for (k, (_, cands)) in keys.iter().enumerate() {
            for c in cands.iter() {
                let e = g.entry(c.idx);
                if point(&e) {
                    grid.entry(cell(e.lat, e.lon))
                        .or_default()
                        .push((k, e.lat, e.lon));
                }
            }
        }
        let mut out = HashMap::new();
        if keys.len() < 2 {
            return out;
        }
        let mut best: HashMap<usize, f32> = HashMap::new();
        for (k, (key, cands)) in keys.iter().enumerate() {
            for c in cands.iter() {
                let e = g.entry(c.idx);
                if !point(&e) {
                    continue;
                }
                best.clear();
                let (cy, cx) = cell(e.lat, e.lon);
                for dy in -1..=1 {
                    for dx in -1..=1 {
                        for &(k2, la, lo) in grid
                            .get(&(cy + dy, cx + dx))
                            .map(|v| v.as_slice())
                            .unwrap_or(&[])
                        {
                            if k2 == k {
                                continue;
                            }
                            let d = crate::haversine_km(
                                e.lat as f64,
                                e.lon as f64,
                                la as f64,
                                lo as f64,
                            ) as f32;
                            if d < COLOC_KM {
                                let w = 1.0 - d / COLOC_KM;
                                let b = best.entry(k2).or_default();
                                if w > *b {
                                    *b = w;
                                }
                            }
                        }
                    }
                }
                let sum: f32 = best.values().sum();
                if sum > 0.0 {
                    out.insert((key.to_string(), c.idx), sum);
                }
            }
        }
        out
    }

    /// Context of a set of choices: votes of the confident ones, by country and region, minus
    /// those of the mentions with the same name (a name does not vouch for itself).
    fn context(
        &self,
        ms: &[Mention],
        choices: &[Option<(u32, f32)>],
        base: HashMap<String, f32>,
    ) -> Ctx {
        let g = &*self.gaz;
        let mut ctx = Ctx {
            base,
            ..Ctx::default()
        };
        for (i, r) in choices.iter().enumerate() {
            let Some((idx, conf)) = *r else { continue };
            if conf < 0.5 {
                continue;
            }
            let e = g.entry(idx);
            let key = ms[i].key.clone();
            if !e.country.is_empty() {
                *ctx.votes.entry(e.country.to_string()).or_default() += conf;
                *ctx.own
                    .entry((key.clone(), e.country.to_string()))
                    .or_default() += conf;
            }
            if !e.is_country() && !e.is_continent() && !e.admin1.is_empty() {
                let a = (e.country.to_string(), e.admin1.to_string());
                *ctx.admin.entry(a.clone()).or_default() += conf;
                *ctx.own_admin.entry((key.clone(), a)).or_default() += conf;
            }
            if e.is_admin1() {
                // each name counts once: "Texas" five times is not a list of states
                let own = ctx
                    .own_regions
                    .entry((key.clone(), e.country.to_string()))
                    .or_default();
                if conf > *own {
                    *ctx.regions.entry(e.country.to_string()).or_default() += conf - *own;
                    *own = conf;
                }
            }
            if !e.is_area() {
                match ctx.point_of.get(&(key.clone(), idx)) {
                    Some(&p) => ctx.points[p].4 += 1.0,
                    None => {
                        ctx.point_of.insert((key.clone(), idx), ctx.points.len());
                        ctx.points
                            .push((e.lat, e.lon, key, e.country.to_string(), 1.0));
                    }
                }
            }
        }
        ctx
    }

    /// Whether a choice is acceptable in strict mode: a small place in a country the article
    /// does not otherwise mention, when the article is clearly about other countries, is not.
    fn plausible(&self, e: &Entry<'_>, m: &Mention, ctx: &Ctx) -> bool {
        // countries, continents, seas (no country) and airports (a full name, or a short one
        // in a sentence about an airport) are never out of place
        if e.is_country()
            || e.country.is_empty()
            || e.source == SOURCE_AIRPORT
            || m.demonym_country.is_some()
        {
            return true;
        }
        let total: f32 = ctx.votes.values().sum::<f32>() + ctx.base.values().sum::<f32>();
        let own = ctx.country_votes(&m.key, e.country);
        let generic = crate::stage::GENERIC.contains(&m.key.as_str());
        if total < 2.0 {
            return !generic || own >= 0.5;
        }
        let share = own / total;
        if generic {
            return share >= 0.3;
        }
        if own >= 0.5 && share >= 0.1 {
            return true;
        }
        // The article is about other countries: only a large place is believable there.
        e.population >= 1_000_000
    }

    /// Best candidate of mention `i` and its confidence.
    fn best(&self, ms: &[Mention], i: usize, ctx: &Ctx, appos: &Evidence) -> Option<(u32, f32)> {
        let g = &*self.gaz;
        let m = &ms[i];
        if m.cands.is_empty() {
            return None;
        }
        // "X, Y": the following toponym right after a comma constrains X.
        let next = ms
            .get(i + 1)
            .filter(|n| n.start >= m.end && n.start <= m.end + 2);
        let prev = if i > 0 {
            ms.get(i - 1)
                .filter(|p| m.start >= p.end && m.start <= p.end + 2)
        } else {
            None
        };
        let mut scores: Vec<(u32, f32)> = Vec::with_capacity(m.cands.len());
        for c in &m.cands {
            let e = g.entry(c.idx);
            // An alternate name of a big town is as good as a preferred one when the only
            // preferred bearers of the name in that country are small ("Newcastle" for
            // Newcastle upon Tyne, not the village of Newcastle in County Down).
            let primary = c.primary
                || (e.class == b'P'
                    && e.population >= 100_000
                    && m.cands.iter().any(|o| {
                        let oe = g.entry(o.idx);
                        o.primary && oe.country == e.country
                    })
                    && m.cands.iter().all(|o| {
                        let oe = g.entry(o.idx);
                        !o.primary
                            || oe.country != e.country
                            || oe.population.saturating_mul(20) < e.population
                    }));
            let airport = e.source == SOURCE_AIRPORT;
            let mut s = prior(&e, primary || (airport && m.airport_near));
            if airport && m.airport_adj {
                s += W_PRIMARY;
            }
            // A bare name shared by a region and its city ("Alep", "Raqqa") is the city when
            // the city holds most of the region's people (not so for "New York") or is the
            // region's seat with a tenth of its people or more ("Neuchâtel", "Lucerne",
            // "Zoug"; not "Quebec"),
            // and so is a region named like its country's capital ("Washington") unless the
            // article lists other regions of the country.
            let listed = e.is_admin1() && ctx.sibling_regions(&m.key, e.country) > 1.0;
            if e.is_admin1()
                && c.primary
                && m.cands.iter().any(|o| {
                    let oe = g.entry(o.idx);
                    o.primary
                        && oe.class == b'P'
                        && oe.country == e.country
                        && ((oe.code == "PPLC" && !listed)
                            || (oe.admin1 == e.admin1
                                && ((oe.code == "PPLA"
                                    && oe.population.saturating_mul(10) >= e.population)
                                    || (oe.population >= 10_000
                                        && oe.population.saturating_mul(2) >= e.population))))
                })
            {
                s -= CITY_OVER_REGION;
            }
            let v = ctx.country_votes(&m.key, e.country);
            if v > 0.0 {
                s += W_COUNTRY * (1.0 + v.min(VOTE_CAP)).ln();
            }
            if e.is_admin1() {
                // one other region is no list: from two on
                let v = ctx.sibling_regions(&m.key, e.country);
                if v > 1.0 {
                    s += W_SIBLING * v.ln();
                }
            }
            if !e.is_country() && !e.is_continent() {
                let v = ctx.admin_votes(&m.key, e.country, e.admin1);
                if v > 0.0 {
                    s += W_ADMIN * (1.0 + v).ln();
                }
            }
            // An area shares the co-location evidence of its own points of the same name
            // ("Mexico" the country and Mexico City), so that evidence only separates
            // homonyms in different places.
            let k = if e.is_country() || e.is_admin1() {
                m.cands
                    .iter()
                    .filter(|o| contains(&e, &g.entry(o.idx)))
                    .filter_map(|o| appos.coloc.get(&(m.key.clone(), o.idx)))
                    .fold(0.0f32, |a, &b| a.max(b))
            } else {
                appos
                    .coloc
                    .get(&(m.key.clone(), c.idx))
                    .copied()
                    .unwrap_or(0.0)
            };
            if k > 0.0 {
                s += W_COLOC * (1.0 + k).ln();
            }
            if appos.appos.contains(&(m.key.clone(), c.idx))
                || next.is_some_and(|n| n.cands.iter().any(|nc| contains(&g.entry(nc.idx), &e)))
            {
                s += 4.0;
            }
            if let Some(p) = prev {
                if p.cands.iter().any(|pc| contains(&e, &g.entry(pc.idx))) {
                    s += 1.0;
                }
            }
            if !e.is_country() && !e.is_continent() && !ctx.points.is_empty() {
                let mut near = 0.0f32;
                for (la, lo, key, _, n) in &ctx.points {
                    if *key == m.key {
                        continue;
                    }
                    let d = crate::haversine_km(e.lat as f64, e.lon as f64, *la as f64, *lo as f64)
                        as f32;
                    if d < NEAR_KM {
                        near += n * (1.0 - d / NEAR_KM);
                    }
                }
                s += W_NEAR * (1.0 + near).ln();
            }
            if e.is_country() {
                // the places of the article inside the country count as its neighbours
                let inside: f32 = ctx
                    .points
                    .iter()
                    .filter(|p| p.2 != m.key && p.3 == e.country)
                    .map(|p| p.4)
                    .sum();
                s += W_NEAR * (1.0 + inside).ln();
            }
            scores.push((c.idx, s));
        }
        let (best_i, best_s) = scores
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
        let z: f32 = scores.iter().map(|(_, s)| (s - best_s).exp()).sum();
        Some((best_i, 1.0 / z))
    }
}

/// Prior score of an entry: feature class, population and name quality.
fn prior(e: &Entry<'_>, primary: bool) -> f32 {
    let pop = (1.0 + e.population as f32).log10();
    let feat = match e.code {
        "PCLI" | "PCLD" | "PCLS" | "PCLF" | "PCL" | "PCLIX" => 5.0,
        "CONT" => 5.0,
        "ADM1" | "RGN" => 2.0,
        "PPLC" => 2.5,
        "PPLA" => 0.6,
        "PPLA2" => 0.2,
        "PPLX" => -1.0,
        _ => 0.0,
    };
    let pop_w = if e.class == b'A' { 0.45 } else { 0.6 };
    pop_w * pop + feat + if primary { W_PRIMARY } else { 0.0 }
}

/// True when `outer` (a country or an admin1 region) contains `inner`.
fn contains(outer: &Entry<'_>, inner: &Entry<'_>) -> bool {
    if outer.is_country() {
        !inner.is_country() && inner.country == outer.country
    } else if outer.is_admin1() {
        !inner.is_admin1()
            && !inner.is_country()
            && inner.country == outer.country
            && inner.admin1 == outer.admin1
    } else {
        false
    }
}

/// Country signals of a text: demonyms and adjectives ("russes", "Turkish"), each with a
/// weight. Words are scanned without allocation per word beyond the normalization buffer.
pub fn text_country_signals(g: &Gazetteer, text: &str) -> Vec<(String, f32)> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for (s, e) in words(text) {
        if let Some(cc) = demonym_at(g, text, s, e, &mut buf) {
            out.push((cc.to_string(), 0.5));
        }
    }
    out
}

/// The country of a demonym word at `text[s..e]`, if it is one.
pub fn demonym_at<'g>(
    g: &'g Gazetteer,
    text: &str,
    s: usize,
    e: usize,
    buf: &mut String,
) -> Option<&'g str> {
    let w = text.get(s..e)?;
    if w.len() < 3 || w.len() > 40 {
        return None;
    }
    normalize_into(w, buf);
    g.demonym_key(buf).map(|d| d.country.as_str())
}

/// Byte spans of the words (runs of alphanumeric characters) of a text.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The words (lowercase, accents folded) right before byte `s` of `text`, nearest first, at
/// most `n` of them, within 60 bytes.
fn words_before(text: &str, s: usize, n: usize) -> Vec<String> {
    let mut from = s.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let chunk = text.get(from..s).unwrap_or("");
    // a word cut by the start of the chunk is left out
    let cut = text[..from]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let ws = words(chunk);
    let skip = usize::from(cut && ws.first().is_some_and(|&(a, _)| a == 0));
    ws[skip.min(ws.len())..]
        .iter()
        .rev()
        .take(n)
        .map(|&(a, b)| {
            let mut k = String::new();
            normalize_into(&chunk[a..b], &mut k);
            k
        })
        .collect()
}

/// Words naming an airport, normalized (accents and case folded).
const AIRPORT: &[&str] = &[
    "airport",
    "airports",
    "aeroport",
    "aeroports",
    "aerodrome",
    "airfield",
];

/// Whether "airport", "aéroport", "aérodrome" or a bracketed code is next to the toponym at
/// `text[s..e]`: "Heathrow airport", "Heathrow International Airport", "Heathrow (LHR)",
/// "l'aéroport de Nantes", "aéroport international d'Orly", "aéroport Roissy".
fn airport_context(text: &str, s: usize, e: usize) -> bool {
    let mut end = (e + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = text.get(e..end).unwrap_or("");
    let mut k = String::new();
    let next: Vec<(usize, usize)> = words(after).into_iter().take(3).collect();
    for (i, &(a, b)) in next.iter().enumerate() {
        normalize_into(&after[a..b], &mut k);
        if AIRPORT.contains(&k.as_str()) {
            return true;
        }
        if !matches!(
            k.as_str(),
            "international" | "intl" | "regional" | "municipal"
        ) || i > 1
        {
            break;
        }
    }
    // "Heathrow (LHR)": an IATA or ICAO code in brackets
    let t = after.trim_start();
    if let Some(code) = t
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(c, _)| c)
    {
        if (3..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase()) {
            return true;
        }
    }
    for w in words_before(text, s, 3) {
        if AIRPORT.contains(&w.as_str()) {
            return true;
        }
        if !matches!(
            w.as_str(),
            "de" | "d" | "du" | "of" | "international" | "internationale"
        ) {
            return false;
        }
    }
    false
}

/// Whether the sentence of the toponym at `text[s..e]` (at most 300 bytes either side) has
/// an airport word: "London City airport diverted all flights while Heathrow and Gatwick...".
fn airport_sentence(text: &str, s: usize, e: usize) -> bool {
    const FLIGHT: &[&str] = &[
        "flight", "flights", "runway", "terminal", "airline", "airlines", "vols", "piste",
        "atterri", "decolle",
    ];
    let mut a = s.saturating_sub(300);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (e + 300).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let before = text.get(a..s).unwrap_or("");
    let before = before.rfind(stop).map_or(before, |i| &before[i + 1..]);
    let after = text.get(e..b).unwrap_or("");
    let after = after.find(stop).map_or(after, |i| &after[..i]);
    let mut k = String::new();
    [before, after].iter().any(|part| {
        words(part).iter().any(|&(x, y)| {
            normalize_into(&part[x..y], &mut k);
            AIRPORT.contains(&k.as_str()) || FLIGHT.contains(&k.as_str())
        })
    })
}

/// Whether the words before byte `s` make the toponym a sea: "traversé la Manche", "au large
/// de", "le littoral de la", "les côtes de la", "naufrage dans la", "tunnel sous la",
/// "crossed the", "off the coast of the".
fn sea_context(text: &str, s: usize) -> bool {
    words_before(text, s, 4).iter().any(|w| {
        w.starts_with("travers")
            || matches!(
                w.as_str(),
                "large"
                    | "littoral"
                    | "cote"
                    | "cotes"
                    | "naufrage"
                    | "sous"
                    | "ferry"
                    | "ferries"
                    | "crossed"
                    | "crossing"
                    | "cross"
                    | "across"
                    | "coast"
                    | "coastline"
                    | "shore"
                    | "shores"
            )
    })
}
