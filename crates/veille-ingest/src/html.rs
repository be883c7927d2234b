//! HTML pages: main text (rs-trafilatura, with dom_smoothie as a fallback) and metadata
//! (JSON-LD `NewsArticle`, OpenGraph, `<meta>` tags, `<link rel=canonical>`, `<html lang>`).
//!
//! Both extractors are third-party code run on untrusted pages: each call is wrapped in
//! `catch_unwind`, so a panic inside them becomes "no text" for that page, never a crash.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use dom_query::Document as Dom;
use serde_json::Value;
use veille_core::Meta;

/// Which main-text extractor to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Extractor {
    /// rs-trafilatura alone.
    Trafilatura,
    /// dom_smoothie (a Readability.js port) alone.
    Smoothie,
    /// rs-trafilatura, falling back to dom_smoothie when trafilatura finds (almost) nothing.
    /// The default: it scored best on the benchmark (see `veille eval extract`).
    #[default]
    Combined,
}

impl Extractor {
    /// All extractors, in the order `veille eval extract` reports them.
    pub const ALL: [Extractor; 3] = [
        Extractor::Trafilatura,
        Extractor::Smoothie,
        Extractor::Combined,
    ];

    /// A stable name (`trafilatura`, `smoothie`, `combined`).
    pub fn name(self) -> &'static str {
        match self {
            Extractor::Trafilatura => "trafilatura",
            Extractor::Smoothie => "smoothie",
            Extractor::Combined => "combined",
        }
    }

    /// Parses a name given by [`Extractor::name`].
    pub fn from_name(s: &str) -> Option<Extractor> {
        Extractor::ALL.into_iter().find(|e| e.name() == s)
    }
}

/// The result of extracting one HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The main text, paragraphs separated by a blank line.
    pub text: String,
    /// Title, author, date, site name (`source`), canonical URL; `extra` holds `lang`,
    /// `description`, `extractor` and `fetched_url` when the canonical URL differs.
    pub meta: Meta,
}

/// Page metadata found in the markup.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    /// JSON-LD headline, `og:title` or `twitter:title`.
    pub title: Option<String>,
    /// The `<title>` element (often with the site name appended), used last.
    pub doc_title: Option<String>,
    /// A date read in the page text (date-like elements, then the `<title>`), `YYYY-MM-DD`.
    pub visible_date: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
}

/// Extracts main text and metadata from an HTML page. `url` is where the page came from, if
/// known. Never panics; the text is empty when nothing was found.
pub fn extract_html(html: &str, url: Option<&str>, extractor: Extractor) -> Extracted {
    let page = page_meta(html);
    let (text, traf_meta, used) = main_text(html, url, extractor);
    let mut meta = Meta::default();
    let tm = traf_meta.unwrap_or_default();
    // trafilatura's title splits on ':' too ("Alep : l'évacuation" -> "l'évacuation"), which
    // is wrong for French headlines: the `<title>` without its site suffix comes first.
    meta.title = page
        .title
        .as_deref()
        .or(page.doc_title.as_deref())
        .map(strip_site_suffix)
        .or(tm.title);
    // trafilatura's author heuristics beat the raw tags on the French pages (10 vs 9 of 18).
    meta.author = tm.author.clone().or(page.author.clone());
    meta.date = page
        .date
        .clone()
        .or(tm.date.clone())
        .or(page.visible_date.clone());
    // trafilatura's own site-name guess (title suffix, then body selectors) is noisy: the
    // host name of the URL comes first.
    meta.source = page
        .site_name
        .clone()
        .or_else(|| url.and_then(host_of).map(str::to_owned))
        .or(tm.site_name);
    meta.url = page
        .canonical_url
        .clone()
        .or(tm.canonical_url)
        .or_else(|| url.map(str::to_owned));
    let mut extra = BTreeMap::new();
    if let Some(l) = page.lang.clone().or(tm.lang) {
        extra.insert("lang".to_owned(), Value::String(l));
    }
    if let Some(d) = page.description.clone().or(tm.description) {
        extra.insert("description".to_owned(), Value::String(d));
    }
    if let (Some(u), Some(m)) = (url, meta.url.as_deref()) {
        if u != m {
            extra.insert("fetched_url".to_owned(), Value::String(u.to_owned()));
        }
    }
    extra.insert("extractor".to_owned(), Value::String(used.to_owned()));
    meta.extra = extra;
    Extracted { text, meta }
}

/// Only the main text, with the chosen extractor. Returns the text, trafilatura's own metadata
/// when it ran, and the name of the extractor whose text was kept.
pub fn main_text(
    html: &str,
    url: Option<&str>,
    extractor: Extractor,
) -> (String, Option<PageMeta>, &'static str) {
    match extractor {
        Extractor::Trafilatura => {
            let (t, m) = trafilatura(html, url);
            (t, m, "trafilatura")
        }
        Extractor::Smoothie => (smoothie(html, url), None, "smoothie"),
        Extractor::Combined => {
            let (t, m) = trafilatura(html, url);
            let s = smoothie(html, url);
            let (tw, sw) = (word_count(&t), word_count(&s));
            // Two independent extractors: when trafilatura's text is more than twice as long
            // as dom_smoothie's, it has usually swallowed a link list or teasers (measured on
            // the Zyte benchmark: F1 0.957 -> 0.969); when trafilatura finds almost nothing,
            // dom_smoothie's longer text is kept.
            // Conversely, when dom_smoothie finds more than five times as much, trafilatura
            // kept a fragment (French segments 0.838 -> 0.861, Zyte unchanged).
            let take_smoothie = (sw >= FALLBACK_MIN_WORDS / 2 && tw > 2 * sw)
                || (tw < FALLBACK_MIN_WORDS && sw > tw)
                || sw > 5 * tw;
            if take_smoothie {
                (s, m, "smoothie")
            } else {
                (t, m, "trafilatura")
            }
        }
    }
}

/// Below this many words from trafilatura, the combined extractor also tries dom_smoothie.
pub const FALLBACK_MIN_WORDS: usize = 60;

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn trafilatura(html: &str, url: Option<&str>) -> (String, Option<PageMeta>) {
    let opts = rs_trafilatura::Options {
        url: url.map(str::to_owned),
        ..rs_trafilatura::Options::default()
    };
    let res = catch_unwind(AssertUnwindSafe(|| {
        rs_trafilatura::extract_with_options(html, &opts)
    }));
    match res {
        Ok(Ok(r)) => {
            let m = &r.metadata;
            let meta = PageMeta {
                title: clean_opt(m.title.as_deref()),
                doc_title: None,
                visible_date: None,
                author: clean_opt(m.author.as_deref()),
                date: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
                site_name: clean_opt(m.sitename.as_deref()),
                canonical_url: clean_opt(m.url.as_deref()),
                lang: m.language.as_deref().and_then(primary_lang),
                description: clean_opt(m.description.as_deref()),
            };
            (tidy_text(&r.content_text), Some(meta))
        }
        _ => (String::new(), None),
    }
}

fn smoothie(html: &str, url: Option<&str>) -> String {
    let res = catch_unwind(AssertUnwindSafe(|| {
        let cfg = dom_smoothie::Config {
            text_mode: dom_smoothie::TextMode::Formatted,
            ..dom_smoothie::Config::default()
        };
        // A relative or bad URL makes `new` fail: retry without it.
        let mut r = match dom_smoothie::Readability::new(html, url, Some(cfg.clone())) {
            Ok(r) => r,
            Err(_) => dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?,
        };
        r.parse().ok().map(|a| a.text_content.to_string())
    }));
    match res {
        Ok(Some(t)) => tidy_text(&t),
        _ => String::new(),
    }
}

/// Trims lines, drops empty ones and joins paragraphs with a blank line.
fn tidy_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&l);
    }
    out
}

fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn clean_opt(s: Option<&str>) -> Option<String> {
    s.and_then(clean)
}

const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date written for readers, as `YYYY-MM-DD`: "15 septembre 2009", "1er mai 2020",
/// "May 7, 2020", "23.05.2011", "23/05/2011". Day-first for numeric dates (French usage).
pub fn parse_visible_date(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let ok = |y: u32, m: u32, d: u32| {
        (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    let day = |w: &str| {
        w.trim_end_matches("er")
            .trim_end_matches('.')
            .parse::<u32>()
            .ok()
    };
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        veille_text::french::month_number_or_abbreviation(w).or_else(|| {
            MONTHS_EN
                .iter()
                .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
                .map(|i| i as u32 + 1)
        })
    };
    for (i, w) in words.iter().enumerate() {
        // 23.05.2011 or 23/05/2011
        let parts: Vec<&str> = w.split(['.', '/']).collect();
        if parts.len() == 3 {
            if let (Ok(d), Ok(m), Ok(y)) = (
                parts[0].parse::<u32>(),
                parts[1].parse::<u32>(),
                parts[2].parse::<u32>(),
            ) {
                if ok(y, m, d) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
        // 15 septembre 2009
        if let (Some(d), Some(mw), Some(yw)) = (day(w), words.get(i + 1), words.get(i + 2)) {
            if let (Some(m), Ok(y)) = (month(mw), yw.parse::<u32>()) {
                if ok(y, m, d) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
        // May 7, 2020
        if let (Some(m), Some(dw), Some(yw)) = (month(w), words.get(i + 1), words.get(i + 2)) {
            if let (Some(d), Ok(y)) = (day(dw), yw.parse::<u32>()) {
                if ok(y, m, d) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    None
}

/// "Headline | Site" → "Headline" when the tail is short (≤ 4 words) and the head has 2 words or more.
/// Applied up to twice ("Headline | DW | 23.05.2011" → "Headline").
pub fn strip_site_suffix(title: &str) -> String {
    let mut t = title.trim();
    'outer: for _ in 0..2 {
        for sep in [" | ", " - ", " — ", " – ", " · ", " :: "] {
            if let Some((head, tail)) = t.rsplit_once(sep) {
                let (hw, tw) = (
                    head.split_whitespace().count(),
                    tail.split_whitespace().count(),
                );
                if tw <= 6 && hw >= 2 && hw >= tw {
                    t = head.trim();
                    continue 'outer;
                }
            }
        }
        break;
    }
    t.to_owned()
}

/// `fr-FR` → `fr`; `en_US` → `en`.
fn primary_lang(s: &str) -> Option<String> {
    let p = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (p.len() >= 2 && p.len() <= 3 && p.chars().all(|c| c.is_ascii_alphabetic())).then_some(p)
}

/// The host of an `http(s)://` URL, without `www.`.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// Metadata from JSON-LD, OpenGraph, `<meta>` tags, `<title>`, canonical link and `lang`.
/// Never panics.
pub fn page_meta(html: &str) -> PageMeta {
    catch_unwind(AssertUnwindSafe(|| page_meta_inner(html))).unwrap_or_default()
}

fn page_meta_inner(html: &str) -> PageMeta {
    let dom = Dom::from(html);
    let mut ld = LdArticle::default();
    for node in dom.select("script[type='application/ld+json']").iter() {
        let raw = node.text();
        if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
            ld.visit(&v, 0);
        }
    }
    let meta_content = |sel: &str| -> Option<String> {
        dom.select(sel)
            .iter()
            .find_map(|n| n.attr("content").and_then(|c| clean(&c)))
    };
    let title = ld
        .headline
        .clone()
        .or_else(|| meta_content("meta[property='og:title']"))
        .or_else(|| meta_content("meta[name='twitter:title']"));
    let doc_title = clean(&dom.select("title").first().text());
    let author = ld
        .author
        .clone()
        .or_else(|| meta_content("meta[name='author']"))
        .or_else(|| {
            meta_content("meta[name='byl']").map(|s| s.trim_start_matches("By ").to_owned())
        })
        .or_else(|| {
            meta_content("meta[property='article:author']").filter(|s| !s.starts_with("http"))
        });
    let date = ld
        .date
        .clone()
        .or_else(|| meta_content("meta[property='article:published_time']"))
        .or_else(|| meta_content("meta[itemprop='datePublished']"))
        .or_else(|| {
            [
                "meta[name='date']",
                "meta[name='pubdate']",
                "meta[name='publishdate']",
                "meta[name='DC.date.issued']",
                "meta[name='dc.date']",
                "meta[name='parsely-pub-date']",
                "meta[name='sailthru.date']",
            ]
            .iter()
            .find_map(|s| meta_content(s))
        })
        .or_else(|| {
            dom.select("time[datetime]")
                .iter()
                .find_map(|n| n.attr("datetime").and_then(|c| clean(&c)))
        });
    // Visible dates ("le 15 septembre 2009", "23.05.2011") in date-like elements, then in the
    // `<title>`: used after trafilatura's date.
    let visible_date = dom
        .select("time, [class*='date'], [class*='Date'], [itemprop*='date'], [class*='published']")
        .iter()
        .take(20)
        .find_map(|n| parse_visible_date(&n.text()))
        .or_else(|| doc_title.as_deref().and_then(parse_visible_date));
    let site_name = meta_content("meta[property='og:site_name']")
        .or_else(|| ld.publisher.clone())
        .or_else(|| meta_content("meta[name='application-name']"));
    let canonical_url = dom
        .select("link[rel='canonical']")
        .iter()
        .find_map(|n| n.attr("href").and_then(|c| clean(&c)))
        .filter(|u| u.starts_with("http"))
        .or_else(|| meta_content("meta[property='og:url']").filter(|u| u.starts_with("http")))
        .or_else(|| ld.url.clone());
    let lang = dom
        .select("html")
        .first()
        .attr("lang")
        .and_then(|l| primary_lang(&l))
        .or_else(|| {
            meta_content("meta[http-equiv='content-language']").and_then(|l| primary_lang(&l))
        })
        .or_else(|| meta_content("meta[property='og:locale']").and_then(|l| primary_lang(&l)))
        .or_else(|| ld.lang.as_deref().and_then(primary_lang));
    let description = meta_content("meta[name='description']")
        .or_else(|| meta_content("meta[property='og:description']"))
        .or_else(|| ld.description.clone());
    PageMeta {
        title,
        doc_title,
        visible_date,
        author,
        date,
        site_name,
        canonical_url,
        lang,
        description,
    }
}

/// The first article-like object found in JSON-LD.
#[derive(Default)]
struct LdArticle {
    found: bool,
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    description: Option<String>,
}

fn is_article_type(t: &Value) -> bool {
    let one = |s: &str| {
        s.ends_with("Article") || s == "BlogPosting" || s == "Report" || s == "LiveBlogPosting"
    };
    match t {
        Value::String(s) => one(s),
        Value::Array(a) => a.iter().any(|v| v.as_str().is_some_and(one)),
        _ => false,
    }
}

fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => clean(s).into_iter().collect(),
        Value::Object(o) => o.get("name").map(names).unwrap_or_default(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

impl LdArticle {
    fn visit(&mut self, v: &Value, depth: usize) {
        if self.found || depth > 8 {
            return;
        }
        match v {
            Value::Array(a) => a.iter().for_each(|x| self.visit(x, depth + 1)),
            Value::Object(o) => {
                if o.get("@type").is_some_and(is_article_type) {
                    self.found = true;
                    let s = |k: &str| o.get(k).and_then(Value::as_str).and_then(clean);
                    self.headline = s("headline").or_else(|| s("name"));
                    let authors = o.get("author").map(names).unwrap_or_default();
                    if !authors.is_empty() {
                        self.author = Some(authors.join(", "));
                    }
                    self.date = s("datePublished").or_else(|| s("dateCreated"));
                    self.publisher = o.get("publisher").and_then(|p| names(p).into_iter().next());
                    self.url = s("url").filter(|u| u.starts_with("http")).or_else(|| {
                        match o.get("mainEntityOfPage") {
                            Some(Value::String(u)) => clean(u),
                            Some(Value::Object(m)) => {
                                m.get("@id").and_then(Value::as_str).and_then(clean)
                            }
                            _ => None,
                        }
                    });
                    self.lang = s("inLanguage");
                    self.description = s("description");
                    return;
                }
                if let Some(g) = o.get("@graph") {
                    self.visit(g, depth + 1);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="fr-FR"><head>
<title>Alep : la bataille | Exemple Info</title>
<meta property="og:site_name" content="Exemple Info">
<meta property="og:title" content="Alep : la bataille">
<meta name="author" content="Meta Auteur">
<link rel="canonical" href="https://exemple.info/monde/alep">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Exemple"},
 {"@type":"NewsArticle","headline":"Alep : l'armée syrienne progresse","datePublished":"2016-12-12T10:00:00+01:00",
  "author":[{"@type":"Person","name":"Jeanne Durand"},{"@type":"Person","name":"Paul Martin"}],
  "publisher":{"@type":"Organization","name":"Exemple Info"}}]}</script>
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Alep : l'armée syrienne progresse</h1>
<p>Plus de 5 000 djihadistes seraient encore retranchés dans les quartiers est d'Alep, selon une source militaire citée par l'agence.</p>
<p>« Entre 4 et 5 000 personnes ont quitté la ville », a déclaré un responsable local, qui a requis l'anonymat, lors d'un entretien téléphonique.</p>
<p>Les combats se poursuivaient lundi dans plusieurs quartiers, tandis que les organisations humanitaires appelaient à une trêve pour évacuer les civils blessés.</p>
</article><footer>© Exemple Info — mentions légales</footer></body></html>"#;

    #[test]
    fn metadata_from_json_ld_open_graph_and_tags() {
        let m = page_meta(PAGE);
        expect_test::expect![[r#"
            PageMeta {
                title: Some(
                    "Alep : l'armée syrienne progresse",
                ),
                doc_title: Some(
                    "Alep : la bataille | Exemple Info",
                ),
                visible_date: None,
                author: Some(
                    "Jeanne Durand, Paul Martin",
                ),
                date: Some(
                    "2016-12-12T10:00:00+01:00",
                ),
                site_name: Some(
                    "Exemple Info",
                ),
                canonical_url: Some(
                    "https://exemple.info/monde/alep",
                ),
                lang: Some(
                    "fr",
                ),
                description: None,
            }
        "#]]
        .assert_debug_eq(&m);
    }

    #[test]
    fn main_text_drops_navigation_and_footer() {
        for ex in Extractor::ALL {
            let e = extract_html(PAGE, Some("https://exemple.info/x?utm=1"), ex);
            assert!(
                e.text.contains("Plus de 5 000 djihadistes"),
                "{}: {}",
                ex.name(),
                e.text
            );
            assert!(
                e.text.contains("évacuer les civils blessés"),
                "{}: {}",
                ex.name(),
                e.text
            );
            assert!(
                !e.text.contains("mentions légales"),
                "{}: {}",
                ex.name(),
                e.text
            );
            assert_eq!(
                e.meta.url.as_deref(),
                Some("https://exemple.info/monde/alep")
            );
            assert_eq!(e.meta.extra["fetched_url"], "https://exemple.info/x?utm=1");
        }
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "",
            "<",
            "<html><body></body></html>",
            "\u{0}\u{ffff}<<<>>>",
            "<script>{{{",
        ] {
            let e = extract_html(s, Some("not a url"), Extractor::Combined);
            assert!(e.text.len() < 100);
        }
    }

    #[test]
    fn site_suffixes() {
        assert_eq!(
            strip_site_suffix("Alep : la bataille | Exemple Info"),
            "Alep : la bataille"
        );
        assert_eq!(
            strip_site_suffix("Palmyre reprise - Le Monde.fr"),
            "Palmyre reprise"
        );
        assert_eq!(
            strip_site_suffix("Alep : l'évacuation"),
            "Alep : l'évacuation"
        );
        assert_eq!(strip_site_suffix("Nord - Sud"), "Nord - Sud");
        assert_eq!(
            strip_site_suffix("La perte des terres | DW | 23.05.2011"),
            "La perte des terres"
        );
        assert_eq!(
            strip_site_suffix("Pour le néolibéralisme, la retraite est un archaïsme | AOC media - Analyse Opinion Critique"),
            "Pour le néolibéralisme, la retraite est un archaïsme"
        );
    }

    #[test]
    fn visible_dates() {
        let d = |s| parse_visible_date(s);
        assert_eq!(d(", le  15 septembre 2009").as_deref(), Some("2009-09-15"));
        assert_eq!(
            d("Publié le 1er mai 2020 à 10h").as_deref(),
            Some("2020-05-01")
        );
        assert_eq!(
            d("Environnement | DW | 23.05.2011").as_deref(),
            Some("2011-05-23")
        );
        assert_eq!(d("May 7, 2020").as_deref(), Some("2020-05-07"));
        assert_eq!(d("mis à jour 12/13/2020"), None);
        assert_eq!(d("5 000 personnes en 2016"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://www.lemonde.fr/a/b?c"), Some("lemonde.fr"));
        assert_eq!(host_of("http://user@x.org:8080"), Some("x.org"));
        assert_eq!(host_of("nope"), None);
    }
}
