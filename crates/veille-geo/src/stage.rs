//! The `geo` stage: resolves the LOC mentions (and strong gazetteer matches the tagger
//! missed) into `layers.places`, and the countries named or designated by a demonym into
//! `layers.countries`.

use crate::gazetteer::{Gazetteer, FORMAT_VERSION};
use crate::normalize::normalize_into;
use crate::resolve::{demonym_at, words, Options, Resolution, Resolver};
use crate::GeoError;
use std::sync::Arc;
use veille_core::layers::{CountryRef, EntityType, GeoResolution, Place};
use veille_core::{Document, Span, Stage};

/// Fills `layers.places` and `layers.countries`.
#[derive(Debug, Clone)]
pub struct GeoStage {
    resolver: Resolver,
}

/// Bump when the rules change.
const RULES_VERSION: u32 = 2;

impl GeoStage {
    pub fn new(gaz: Arc<Gazetteer>) -> GeoStage {
        GeoStage {
            resolver: Resolver::new(gaz),
        }
    }

    /// The stage over the default gazetteer (see [`crate::default_path`]).
    ///
    /// # Errors
    /// The gazetteer file is missing or corrupt.
    pub fn load_default() -> Result<GeoStage, GeoError> {
        Ok(GeoStage::new(crate::shared_gazetteer()?))
    }

    pub fn resolver(&self) -> &Resolver {
        &self.resolver
    }

    /// Resolution record of an entry.
    pub fn record(&self, r: Resolution) -> GeoResolution {
        to_record(self.resolver.gazetteer(), r)
    }
}

/// Converts a resolver choice into the layer's record.
pub fn to_record(g: &Gazetteer, r: Resolution) -> GeoResolution {
    let e = g.entry(r.idx);
    GeoResolution {
        id: e.stable_id(),
        geonameid: (e.source == crate::gazetteer::SOURCE_GEONAMES).then_some(e.id),
        name_fr: e.name_fr().to_string(),
        name_en: e.name_en().to_string(),
        lat: round5(e.lat),
        lon: round5(e.lon),
        country: e.country.to_string(),
        admin1: (!e.admin1.is_empty() && !e.is_country()).then(|| e.admin1.to_string()),
        feature: e.feature(),
        confidence: (r.confidence * 1000.0).round() / 1000.0,
    }
}

fn round5(x: f32) -> f64 {
    ((x as f64) * 100_000.0).round() / 100_000.0
}

/// Words that start a sentence-like capitalized run but are not names.
fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

impl Stage for GeoStage {
    fn name(&self) -> &'static str {
        "geo"
    }

    fn version(&self) -> String {
        format!(
            "{RULES_VERSION}.gaz{FORMAT_VERSION}-{}",
            self.resolver.gazetteer().len()
        )
    }

    fn annotate(&self, doc: &mut Document) {
        let text = doc.text_arc();
        let text: &str = &text;
        let g = self.resolver.gazetteer();
        // 1. Toponyms: the LOC mentions, then capitalized runs (outside any mention) that name
        //    a country, a region or a large city.
        let mut spans: Vec<(usize, usize, Option<u32>)> = Vec::new();
        for (i, m) in doc.layers.mentions.iter().enumerate() {
            let r = m.span.range();
            if m.label == EntityType::LOC && r.start < r.end && text.get(r.clone()).is_some() {
                spans.push((r.start, r.end, Some(i as u32)));
            }
        }
        let mut taken: Vec<(usize, usize)> = doc
            .layers
            .mentions
            .iter()
            .map(|m| (m.span.start as usize, m.span.end as usize))
            .collect();
        taken.sort_unstable();
        // Words are visited left to right: a cursor over the mentions keeps this linear.
        let mut ti = 0;
        let ws = words(text);
        let mut buf = String::new();
        let mut cands = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let (s, e) = ws[i];
            let w = &text[s..e];
            while ti < taken.len() && taken[ti].1 <= s {
                ti += 1;
            }
            let in_mention = taken[ti..]
                .iter()
                .take_while(|&&(a, _)| a < e)
                .any(|&(_, b)| s < b);
            if !is_capitalized(w) || in_mention {
                i += 1;
                continue;
            }
            // longest run of up to 4 capitalized words (joined by space or hyphen) with a match
            let mut best: Option<(usize, usize)> = None;
            let mut j = i;
            while j < ws.len() && j < i + 4 {
                let (ws_, we) = ws[j];
                if j > i {
                    let gap = &text[ws[j - 1].1..ws_];
                    if !(gap == " " || gap == "-") || !is_capitalized(&text[ws_..we]) {
                        break;
                    }
                }
                cands.clear();
                g.lookup_with(&text[s..we], &mut buf, &mut cands);
                if cands.iter().any(|c| c.primary && strong(g, c.idx)) {
                    best = Some((j, we));
                }
                j += 1;
            }
            // "Vladimir Poutine", "Jean Dominique": a name inside a longer capitalized run is
            // more likely part of a person's name.
            let joined = |a: usize, b: usize| text.get(ws[a].1..ws[b].0) == Some(" ");
            let in_run = |j: usize| {
                (j + 1 < ws.len()
                    && joined(j, j + 1)
                    && is_capitalized(&text[ws[j + 1].0..ws[j + 1].1]))
                    || (i > 0
                        && joined(i - 1, i)
                        && is_capitalized(&text[ws[i - 1].0..ws[i - 1].1]))
            };
            match best {
                Some((j, end)) if !in_run(j) => {
                    spans.push((s, end, None));
                    i = j + 1;
                }
                Some((j, _)) => i = j + 1,
                None => i += 1,
            }
        }
        spans.sort_by_key(|&(s, e, _)| (s, e));
        let plain: Vec<(usize, usize)> = spans.iter().map(|&(s, e, _)| (s, e)).collect();
        let source_country = doc
            .meta
            .extra
            .get("source_country")
            .and_then(|v| v.as_str())
            .map(|s| s.to_ascii_uppercase());
        let res = self.resolver.resolve(
            text,
            &plain,
            source_country.as_deref(),
            Options { strict: true },
        );
        // Countries the article is about: those of the tagger's places and of the demonyms.
        let mut about: Vec<String> = Vec::new();
        for (&(_, _, mention), r) in spans.iter().zip(&res) {
            if let Some(r) = r {
                let ent = g.entry(r.idx);
                // the tagger's places, and the countries named anywhere
                if mention.is_some() || (ent.is_country() && r.confidence >= 0.6) {
                    about.push(ent.country.to_string());
                }
            }
        }
        for &(s, e) in &ws {
            if let Some(cc) = demonym_at(g, text, s, e, &mut buf) {
                about.push(cc.to_string());
            }
        }
        about.sort_unstable();
        about.dedup();
        let mut places = Vec::new();
        let mut countries: Vec<CountryRef> = Vec::new();
        for (&(s, e, mention), r) in spans.iter().zip(res) {
            let span = Span::from_range(s..e);
            if mention.is_none() {
                // A match the tagger did not propose: kept when confident, strong, not a
                // common word, and a country or in a country the article is about.
                let ok = r.is_some_and(|r| {
                    let ent = g.entry(r.idx);
                    normalize_into(&text[s..e], &mut buf);
                    r.confidence >= 0.6
                        && strong(g, r.idx)
                        && !GENERIC.contains(&buf.as_str())
                        && (ent.is_country()
                            || about
                                .binary_search_by(|c| c.as_str().cmp(ent.country))
                                .is_ok())
                });
                if !ok {
                    continue;
                }
            }
            if let Some(r) = r {
                let ent = g.entry(r.idx);
                if ent.is_country() {
                    countries.push(CountryRef {
                        span,
                        country: ent.country.to_string(),
                        via: "name".into(),
                    });
                }
            }
            places.push(Place {
                span,
                mention,
                resolution: r.map(|r| to_record(g, r)),
            });
        }
        // 2. Demonyms and adjectives ("les troupes russes" → RU).
        let mut pi = 0;
        for &(s, e) in &ws {
            // skip the words inside a place (places are sorted by start)
            while pi < places.len() && (places[pi].span.end as usize) <= s {
                pi += 1;
            }
            if pi < places.len() && (places[pi].span.start as usize) <= s {
                continue;
            }
            if let Some(cc) = demonym_at(g, text, s, e, &mut buf) {
                if g.country(cc).is_some() {
                    countries.push(CountryRef {
                        span: Span::from_range(s..e),
                        country: cc.to_string(),
                        via: "demonym".into(),
                    });
                }
            }
        }
        countries.sort_by_key(|c| (c.span.start, c.span.end));
        doc.layers.places = places;
        doc.layers.countries = countries;
    }
}

/// Capitalized words that name regions somewhere but are mostly common words.
pub(crate) const GENERIC: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "center",
    "central",
    "north",
    "south",
    "east",
    "west",
    "western",
    "eastern",
    "northern",
    "southern",
    "capital",
    "capitale",
    "littoral",
    "plateau",
    "islands",
    "iles",
    "ile",
    "haut",
    "bas",
    "grand",
    "nouveau",
    "new",
    "saint",
    "sainte",
    "interior",
    "coast",
    "cote",
    "occidental",
    "oriental",
    "president",
    "presidente",
    "general",
    "union",
    "victoria",
    "georgia",
    "jordan",
    "chad",
    "guinea",
];

/// Whether an entry is worth proposing without a NER mention: a country, a first-level
/// region, a capital or a city of 50,000+.
fn strong(g: &Gazetteer, idx: u32) -> bool {
    let e = g.entry(idx);
    e.is_country()
        || e.is_admin1()
        || e.code == "PPLC"
        || (e.class == b'P' && e.population >= 50_000)
}
