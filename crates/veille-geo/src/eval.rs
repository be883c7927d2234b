//! `veille eval geo`: toponym resolution with gold toponyms given, on GeoVirus and TR-News
//! (`shared/data/eval/geoparsing/`): accuracy@161 km, exact GeoNames id match (TR-News, which
//! has ids), mean and median error in km.

use crate::resolve::{Options, Resolver};
use crate::{haversine_km, GeoError};
use std::path::Path;

/// One gold toponym: character offsets into the article text and the gold point.
#[derive(Debug, Clone)]
pub struct GoldToponym {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub geonameid: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub text: String,
    pub toponyms: Vec<GoldToponym>,
}

/// Scores of one corpus.
#[derive(Debug, Clone, Default)]
pub struct GeoScores {
    pub corpus: String,
    pub toponyms: usize,
    pub resolved: usize,
    pub acc161: f64,
    /// Like `acc161`, but a country or region counts as right when the gold point lies in it
    /// (its nearest populated place is in that country/region): the point conventions for
    /// areas differ between corpora (GeoNames points, Wikipedia points).
    pub acc161_area: f64,
    /// Exact id match over the toponyms that have a gold id (None when the corpus has none).
    pub id_match: Option<f64>,
    pub mean_km: f64,
    pub median_km: f64,
    /// Worst errors, for inspection: (name, chosen, km).
    pub errors: Vec<(String, String, f64)>,
}

/// Error (km) counted for a toponym left unresolved: half the Earth's circumference.
pub const UNRESOLVED_KM: f64 = 20_038.0;

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Text between `<tag>` and `</tag>` (first occurrence), CDATA unwrapped and entities decoded.
fn tag(s: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let a = s.find(&open)?;
    let b = a + s[a..].find('>')? + 1;
    let c = b + s[b..].find(&close)?;
    let inner = s[b..c].trim_start_matches('\n');
    let inner = inner.trim_end_matches([' ', '\n']);
    Some(match inner.trim().strip_prefix("<![CDATA[") {
        Some(x) => x.strip_suffix("]]>").unwrap_or(x).to_string(),
        None => unescape(s[b..c].to_string().as_str()),
    })
}

fn blocks<'a>(s: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}>");
    let open2 = format!("<{name} ");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let a = match (rest.find(&open), rest.find(&open2)) {
            (Some(x), Some(y)) => x.min(y),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => break,
        };
        let Some(len) = rest[a..].find(&close) else {
            break;
        };
        out.push(&rest[a..a + len + close.len()]);
        rest = &rest[a + len + close.len()..];
    }
    out
}

/// Parses GeoVirus (`<location>`) or TR-News (`<toponym>` with `<gaztag geonameid=..>`).
pub fn parse_corpus(xml: &str) -> Vec<GoldArticle> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    for art in blocks(&xml, "article") {
        // raw text: CDATA kept verbatim; otherwise XML-unescaped
        let Some(text) = raw_text(art) else { continue };
        let chars: Vec<char> = text.chars().collect();
        let mut toponyms = Vec::new();
        for t in blocks(art, "location")
            .into_iter()
            .chain(blocks(art, "toponym"))
        {
            let num = |n: &str| tag(t, n).and_then(|v| v.trim().parse::<f64>().ok());
            let (Some(start), Some(end)) = (num("start"), num("end")) else {
                continue;
            };
            let (Some(lat), Some(lon)) = (num("lat"), num("lon")) else {
                continue;
            };
            let name = tag(t, "phrase")
                .or_else(|| tag(t, "name"))
                .unwrap_or_default();
            let geonameid = t
                .find("geonameid=\"")
                .and_then(|i| t[i + 11..].split('"').next())
                .and_then(|v| v.parse().ok());
            let (start, end) = align(&chars, start as usize, end as usize, &name);
            toponyms.push(GoldToponym {
                start,
                end,
                name,
                lat,
                lon,
                geonameid,
            });
        }
        out.push(GoldArticle { text, toponyms });
    }
    out
}

/// The gold offsets of GeoVirus are 1-based and some of TR-News drift (whitespace counted
/// differently): take the nearest position, within 300 characters, where the text spells the
/// gold name.
fn align(chars: &[char], start: usize, end: usize, name: &str) -> (usize, usize) {
    let want: Vec<char> = name.chars().collect();
    if want.is_empty() {
        return (start, end);
    }
    for d in 0..=300usize {
        for s in [start.checked_sub(d), start.checked_add(d)]
            .into_iter()
            .flatten()
        {
            if chars.get(s..s + want.len()) == Some(&want[..]) {
                return (s, s + want.len());
            }
        }
    }
    (start, end)
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(a) = rest.find("<!--") {
        out.push_str(&rest[..a]);
        match rest[a..].find("-->") {
            Some(b) => rest = &rest[a + b + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

fn raw_text(art: &str) -> Option<String> {
    let a = art.find("<text>")? + 6;
    let b = a + art[a..].find("</text>")?;
    let inner = &art[a..b];
    Some(match inner.find("<![CDATA[") {
        Some(i) => {
            let x = &inner[i + 9..];
            x[..x.rfind("]]>").unwrap_or(x.len())].to_string()
        }
        None => unescape(inner),
    })
}

/// Byte offset of a character offset (None past the end).
fn char_to_byte(text: &str, ch: usize) -> Option<usize> {
    if ch == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(ch).map(|(b, _)| b)
}

/// Resolves every gold toponym of the articles and scores the result; with `dump`, writes one
/// TSV line per gold toponym there (for error analysis).
pub fn score(
    resolver: &Resolver,
    corpus: &str,
    articles: &[GoldArticle],
    mut dump: Option<&mut std::fs::File>,
) -> Result<GeoScores, GeoError> {
    let g = resolver.gazetteer();
    let mut errs: Vec<f64> = Vec::new();
    let mut ids = (0usize, 0usize);
    let mut resolved = 0;
    let mut area_ok = 0usize;
    let grid = Grid::new(g);
    let mut worst: Vec<(String, String, f64)> = Vec::new();
    // `VEILLE_GEO_DEBUG=Name`: print every mention of the articles where "Name" is wrong.
    let debug = std::env::var("VEILLE_GEO_DEBUG").ok();
    for (ai, a) in articles.iter().enumerate() {
        let mut spans = Vec::new();
        let mut gold = Vec::new();
        let mut tops: Vec<&GoldToponym> = a.toponyms.iter().collect();
        tops.sort_by_key(|t| (t.start, t.end));
        for t in tops {
            let (Some(s), Some(e)) = (char_to_byte(&a.text, t.start), char_to_byte(&a.text, t.end))
            else {
                continue;
            };
            if s >= e {
                continue;
            }
            spans.push((s, e));
            gold.push(t);
        }
        let res = resolver.resolve(&a.text, &spans, None, Options { strict: false });
        if let Some(name) = &debug {
            debug_article(g, name, &res, &gold);
        }
        for (r, t) in res.iter().zip(gold) {
            let (km, chosen) = match r {
                Some(r) => {
                    resolved += 1;
                    let e = g.entry(r.idx);
                    if let Some(gid) = t.geonameid {
                        ids.1 += 1;
                        if gid == e.id {
                            ids.0 += 1;
                        }
                    }
                    (
                        haversine_km(t.lat, t.lon, e.lat as f64, e.lon as f64),
                        format!("{} {} {}", e.name, e.country, e.code),
                    )
                }
                None => {
                    if t.geonameid.is_some() {
                        ids.1 += 1;
                    }
                    (UNRESOLVED_KM, "-".to_string())
                }
            };
            errs.push(km);
            let in_area = km <= 161.0 || r.is_some_and(|r| grid.contains(g, r.idx, t.lat, t.lon));
            if in_area {
                area_ok += 1;
            }
            if let Some(f) = dump.as_deref_mut() {
                use std::io::Write;
                let chosen = r.map(|r| g.entry(r.idx));
                writeln!(
                    f,
                    "{corpus}\t{ai}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}",
                    t.name,
                    t.lat,
                    t.lon,
                    t.geonameid.map(|x| x.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.stable_id()).unwrap_or_default(),
                    chosen.map(|e| e.name.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.code.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.country.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.admin1.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.lat.to_string()).unwrap_or_default(),
                    chosen.map(|e| e.lon.to_string()).unwrap_or_default(),
                    km,
                    u8::from(in_area),
                )
                .map_err(|e| GeoError::Source {
                    path: "VEILLE_GEO_DUMP".into(),
                    message: e.to_string(),
                })?;
            }
            if km > 161.0 {
                worst.push((
                    t.name.clone(),
                    format!("{chosen} [gold {:.2},{:.2} off {:.0} km]", t.lat, t.lon, km),
                    km,
                ));
            }
        }
    }
    let n = errs.len();
    let acc = errs.iter().filter(|&&k| k <= 161.0).count() as f64 / n.max(1) as f64;
    let mean = errs.iter().sum::<f64>() / n.max(1) as f64;
    let mut sorted = errs.clone();
    sorted.sort_by(f64::total_cmp);
    let median = if n == 0 {
        0.0
    } else if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    Ok(GeoScores {
        corpus: corpus.to_string(),
        toponyms: n,
        resolved,
        acc161: acc,
        acc161_area: area_ok as f64 / n.max(1) as f64,
        id_match: (ids.1 > 0).then(|| ids.0 as f64 / ids.1 as f64),
        mean_km: mean,
        median_km: median,
        errors: worst,
    })
}

fn debug_article(
    g: &crate::Gazetteer,
    name: &str,
    res: &[Option<crate::Resolution>],
    gold: &[&GoldToponym],
) {
    let km = |r: &Option<crate::Resolution>, t: &GoldToponym| {
        r.map(|r| {
            let e = g.entry(r.idx);
            haversine_km(t.lat, t.lon, e.lat as f64, e.lon as f64)
        })
        .unwrap_or(UNRESOLVED_KM)
    };
    if !res
        .iter()
        .zip(gold)
        .any(|(r, t)| t.name == name && km(r, t) > 161.0)
    {
        return;
    }
    eprintln!("---- article with a wrong {name}");
    for (r, t) in res.iter().zip(gold) {
        let chosen = r
            .map(|r| {
                let e = g.entry(r.idx);
                format!(
                    "{} {} {} {} pop {} conf {:.2}",
                    e.name, e.country, e.admin1, e.code, e.population, r.confidence
                )
            })
            .unwrap_or_else(|| "-".into());
        eprintln!(
            "  {:<24} → {:<50} gold {:.2},{:.2} {:>6.0} km",
            t.name,
            chosen,
            t.lat,
            t.lon,
            km(r, t)
        );
    }
}

/// Populated places bucketed by 1° cells, to find the place nearest to a point.
struct Grid {
    cells: std::collections::HashMap<(i32, i32), Vec<u32>>,
}

impl Grid {
    fn new(g: &crate::Gazetteer) -> Grid {
        let mut cells: std::collections::HashMap<(i32, i32), Vec<u32>> =
            std::collections::HashMap::new();
        for i in 0..g.len() as u32 {
            let e = g.entry(i);
            if e.class == b'P' {
                cells
                    .entry((e.lat.floor() as i32, e.lon.floor() as i32))
                    .or_default()
                    .push(i);
            }
        }
        Grid { cells }
    }

    /// Whether the country or region `idx` contains the point (its nearest populated place
    /// within 100 km belongs to it).
    fn contains(&self, g: &crate::Gazetteer, idx: u32, lat: f64, lon: f64) -> bool {
        let area = g.entry(idx);
        if !area.is_country() && !area.is_admin1() {
            return false;
        }
        let (cy, cx) = (lat.floor() as i32, lon.floor() as i32);
        let mut best: Option<(f64, u32)> = None;
        for dy in -1..=1 {
            for dx in -1..=1 {
                for &i in self
                    .cells
                    .get(&(cy + dy, cx + dx))
                    .map(|v| v.as_slice())
                    .unwrap_or(&[])
                {
                    let e = g.entry(i);
                    let d = haversine_km(lat, lon, e.lat as f64, e.lon as f64);
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, i));
                    }
                }
            }
        }
        match best {
            Some((d, i)) if d <= 100.0 => {
                let p = g.entry(i);
                p.country == area.country && (area.is_country() || p.admin1 == area.admin1)
            }
            _ => false,
        }
    }
}

/// The two corpora under `shared`.
pub const CORPORA: &[(&str, &str)] = &[
    ("GeoVirus", "data/eval/geoparsing/geovirus/GeoVirus.xml"),
    ("TR-News", "data/eval/geoparsing/tr-news/TR-News.xml"),
];

/// Runs the evaluation on both corpora.
///
/// # Errors
/// A corpus file that cannot be read (the message says `shared` is absent).
pub fn run(resolver: &Resolver, shared: &Path) -> Result<Vec<GeoScores>, GeoError> {
    let mut out = Vec::new();
    // `VEILLE_GEO_DUMP=FILE`: one TSV line per gold toponym of every corpus (file truncated)
    let mut dump = match std::env::var_os("VEILLE_GEO_DUMP") {
        Some(p) => Some(std::fs::File::create(&p).map_err(|e| GeoError::Source {
            path: Path::new(&p).display().to_string(),
            message: e.to_string(),
        })?),
        None => None,
    };
    for (name, rel) in CORPORA {
        let p = shared.join(rel);
        let xml = std::fs::read_to_string(&p).map_err(|e| GeoError::Source {
            path: p.display().to_string(),
            message: format!("{e} (is the shared data directory present? pass --shared DIR)"),
        })?;
        let arts = parse_corpus(&xml);
        out.push(score(resolver, name, &arts, dump.as_mut())?);
    }
    Ok(out)
}
