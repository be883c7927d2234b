//! End-to-end ingest over fixtures written here (no network, no ../shared).

use std::io::Write;
use std::path::{Path, PathBuf};

use veille_ingest::{Ingest, Input, Options};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("veille-ingest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One line per item: records with origin, title, date, source, lang and the start of the text;
/// errors with their message. Temp paths are replaced by `$DIR`.
fn render(dir: &Path, inputs: Vec<Input>, opts: Options) -> String {
    let d = dir.display().to_string();
    let mut out = String::new();
    for item in Ingest::new(inputs, opts) {
        let line = match item {
            Ok(r) => {
                let m = &r.meta;
                let text: String = r.text.chars().take(60).collect();
                format!(
                    "ok {} | title={:?} date={:?} source={:?} url={:?} lang={:?} | {:?}",
                    r.origin,
                    m.title.as_deref().unwrap_or(""),
                    m.date.as_deref().unwrap_or(""),
                    m.source.as_deref().unwrap_or(""),
                    m.url.as_deref().unwrap_or(""),
                    m.extra.get("lang").and_then(|v| v.as_str()).unwrap_or(""),
                    text
                )
            }
            Err(e) => format!("err [{}] {e}", e.kind()),
        };
        out.push_str(&line.replace(&d, "$DIR"));
        out.push('\n');
    }
    out
}

const ARTICLE: &str = r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Palmyre reprise | Journal Test</title>
<meta property="og:site_name" content="Journal Test">
<meta property="article:published_time" content="2016-12-11T18:30:00+01:00">
<link rel="canonical" href="https://journal.test/palmyre">
</head><body><header><a href="/">Accueil</a> | <a href="/monde">Monde</a> | <a href="/sport">Sport</a></header>
<article><h1>Palmyre reprise par les djihadistes</h1>
<p>Les djihadistes de Daech sont entrés dimanche dans Palmyre, malgré les frappes de l'aviation russe, selon l'Observatoire syrien des droits de l'homme.</p>
<p>« Plus de 4 000 combattants ont participé à l'assaut », a affirmé le gouverneur de Homs, cité par l'agence officielle, en appelant à des renforts.</p>
<p>L'armée syrienne s'était retirée vers le sud de la ville pendant la nuit, a indiqué une source militaire, qui évoque des pertes importantes des deux côtés.</p>
</article><aside><h3>À lire aussi</h3><ul><li><a href="/a">Autre article un</a></li><li><a href="/b">Autre article deux</a></li></ul></aside>
<footer>© Journal Test 2016 — Mentions légales — Contact</footer></body></html>"#;

fn win1252_page() -> Vec<u8> {
    // No charset anywhere: the bytes are windows-1252 (é = 0xE9, « = 0xAB, ’ = 0x92).
    let body = "<html><head><title>Alep : l’évacuation</title></head><body><article>\
        <p>L’évacuation des civils d’Alep-Est a repris jeudi matin, selon le Comité international de la Croix-Rouge, qui évoque « des milliers de personnes » encore bloquées.</p>\
        <p>Les bus ont été escortés jusqu’aux zones contrôlées par les rebelles à l’ouest de la ville, où des équipes médicales attendaient les blessés les plus graves.</p>\
        <p>Le représentant de l’ONU a demandé un accès sans entrave pour les observateurs, afin de vérifier le déroulement des opérations dans les quartiers évacués.</p>\
        </article><footer>Pied de page</footer></body></html>";
    encoding_rs::WINDOWS_1252.encode(body).0.into_owned()
}

fn warc_record(
    kind: &str,
    uri: &str,
    content_type: &str,
    payload: &[u8],
    declared: Option<usize>,
) -> Vec<u8> {
    let len = declared.unwrap_or(payload.len());
    let mut v = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2016-12-12T10:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {len}\r\n\r\n"
    )
    .into_bytes();
    v.extend_from_slice(payload);
    v.extend_from_slice(b"\r\n\r\n");
    v
}

fn http(ct: &str, body: &[u8]) -> Vec<u8> {
    let mut v = format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n\r\n").into_bytes();
    v.extend_from_slice(body);
    v
}

fn tiny_warc() -> Vec<u8> {
    let http_ct = "application/http; msgtype=response";
    let mut w = warc_record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test",
        None,
    );
    w.extend(warc_record(
        "request",
        "https://journal.test/palmyre",
        "application/http; msgtype=request",
        b"GET /palmyre HTTP/1.1\r\n\r\n",
        None,
    ));
    w.extend(warc_record(
        "response",
        "https://journal.test/palmyre",
        http_ct,
        &http("text/html; charset=utf-8", ARTICLE.as_bytes()),
        None,
    ));
    w.extend(warc_record(
        "response",
        "https://journal.test/logo.png",
        http_ct,
        &http("image/png", b"\x89PNG...."),
        None,
    ));
    // Cut short: declares 5000 bytes, the next record follows after a few hundred.
    let cut = http("text/html", &ARTICLE.as_bytes()[..300]);
    w.extend(warc_record(
        "response",
        "https://journal.test/cut",
        http_ct,
        &cut,
        Some(5000),
    ));
    w.extend(warc_record(
        "response",
        "https://journal.test/alep",
        http_ct,
        &http("text/html", &win1252_page()),
        None,
    ));
    w
}

#[test]
fn warc_with_a_truncated_record_goes_on() {
    let dir = TempDir::new("warc");
    let p = dir.write("crawl.warc", &tiny_warc());
    expect_test::expect![[r#"
        ok $DIR/crawl.warc@372 | title="Palmyre reprise" date="2016-12-11T18:30:00+01:00" source="Journal Test" url="https://journal.test/palmyre" lang="fr" | "Palmyre reprise par les djihadistes\n\nLes djihadistes de Daec"
        err [warc] $DIR/crawl.warc@2041: bad WARC record: truncated record: declares 5000 bytes but the next record starts after 348 bytes
        ok $DIR/crawl.warc@2570 | title="Alep : l’évacuation" date="" source="journal.test" url="https://journal.test/alep" lang="" | "L’évacuation des civils d’Alep-Est a repris jeudi matin, sel"
    "#]]
    .assert_eq(&render(&dir.0, vec![Input::Path(p)], Options::default()));
}

#[test]
fn warc_gz_per_record_members_and_a_cut_gzip_stream() {
    let dir = TempDir::new("warcgz");
    let mut gz = Vec::new();
    // One gzip member per record, as Common Crawl writes them.
    let raw = tiny_warc();
    let mut start = 0;
    let mut offsets: Vec<usize> = raw
        .windows(9)
        .enumerate()
        .filter(|(_, w)| *w == b"WARC/1.0\r")
        .map(|(i, _)| i)
        .collect();
    offsets.push(raw.len());
    for &end in &offsets[1..] {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(&raw[start..end]).unwrap();
        gz.extend(e.finish().unwrap());
        start = end;
    }
    let p = dir.write("crawl.warc.gz", &gz);
    let out = render(&dir.0, vec![Input::Path(p)], Options::default());
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("err [warc] $DIR/crawl.warc.gz@2041: bad WARC record: truncated record"),
        "{out}"
    );
    // The file itself cut in the middle of the last member.
    let p = dir.write("cut.warc.gz", &gz[..gz.len() - 200]);
    let out = render(&dir.0, vec![Input::Path(p)], Options::default());
    let last = out.lines().last().unwrap();
    assert!(
        last.starts_with("err [warc] $DIR/cut.warc.gz@2570: bad WARC record: truncated record"),
        "{out}"
    );
    assert!(last.contains("read error"), "{out}");
    assert!(out.starts_with("ok $DIR/cut.warc.gz@372"), "{out}");
}

#[test]
fn directory_of_mixed_inputs() {
    let dir = TempDir::new("dir");
    dir.write("a/page.html", ARTICLE.as_bytes());
    dir.write("a/alep-1252.htm", &win1252_page());
    dir.write(
        "b/news.jsonl",
        "{\"id\": 7, \"title\": \"Alep\", \"article\": \"Entre 300 et 500 personnes.\", \"date\": \"2016-12-12\", \"heading\": \"Chapeau\"}\n\n\
         {\"title\": \"sans texte\"}\n[1, 2]\n{\"text\": \"Deuxième.\", \"source\": \"AFP\"}\n"
            .as_bytes(),
    );
    dir.write(
        "b/array.json",
        "[{\"text\": \"Premier.\", \"id\": \"a\"}, {\"title\": \"vide\"}]".as_bytes(),
    );
    dir.write("b/note.txt", "Plus de 5 000 djihadistes.\n".as_bytes());
    dir.write(
        "b/latin1.txt",
        &encoding_rs::WINDOWS_1252
            .encode("Déjà l’été à Alep, où l’armée avance.")
            .0,
    );
    dir.write("c/noext", b"Un texte sans extension.");
    dir.write("c/image.png", b"\x89PNG\r\n\x1a\n\0\0\0binary");
    dir.write("c/blob", b"\0\0\0\x01binary data");
    dir.write(".hidden/x.txt", b"hidden");
    dir.write("d/empty.html", b"<html><body><nav>menu</nav></body></html>");
    expect_test::expect![[r#"
        ok $DIR/a/alep-1252.htm | title="Alep : l’évacuation" date="" source="" url="" lang="" | "L’évacuation des civils d’Alep-Est a repris jeudi matin, sel"
        ok $DIR/a/page.html | title="Palmyre reprise" date="2016-12-11T18:30:00+01:00" source="Journal Test" url="https://journal.test/palmyre" lang="fr" | "Palmyre reprise par les djihadistes\n\nLes djihadistes de Daec"
        ok $DIR/b/array.json[0] | title="" date="" source="" url="" lang="" | "Premier."
        err [jsonl] $DIR/b/array.json[1]: bad JSONL line: no "text" field
        ok $DIR/b/latin1.txt | title="" date="" source="" url="" lang="" | "Déjà l’été à Alep, où l’armée avance."
        ok $DIR/b/news.jsonl:1 | title="Alep" date="2016-12-12" source="" url="" lang="" | "Entre 300 et 500 personnes."
        err [jsonl] $DIR/b/news.jsonl:3: bad JSONL line: no "text" field
        err [jsonl] $DIR/b/news.jsonl:4: bad JSONL line: not a JSON object
        ok $DIR/b/news.jsonl:5 | title="" date="" source="AFP" url="" lang="" | "Deuxième."
        ok $DIR/b/note.txt | title="" date="" source="" url="" lang="" | "Plus de 5 000 djihadistes."
        ok $DIR/c/noext | title="" date="" source="" url="" lang="" | "Un texte sans extension."
        ok $DIR/d/empty.html | title="" date="" source="menu" url="" lang="" | "menu"
    "#]]
    .assert_eq(&render(&dir.0, vec![Input::Path(dir.0.clone())], Options::default()));
}

#[test]
fn jsonl_keeps_unknown_fields_in_extra() {
    let r = veille_ingest::source::jsonl_record(
        r#"{"id": 7, "title": "Alep", "article": "Texte.", "heading": "Chapeau", "tags": ["syrie"], "author": null}"#,
        "x.jsonl:1".into(),
    )
    .unwrap();
    expect_test::expect![[r#"{"id":"7","title":"Alep","heading":"Chapeau","tags":["syrie"]}"#]]
        .assert_eq(&serde_json::to_string(&r.meta).unwrap());
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = TempDir::new("bad");
    let big = dir.write("big.txt", &vec![b'a'; 3000]);
    let big_html = dir.write("big.html", &vec![b'a'; 3000]);
    let feed = dir.write("feed.rss", b"this is not XML at all {");
    let html_as_feed = dir.write("page.xml", ARTICLE.as_bytes());
    let long_line = dir.write(
        "long.jsonl",
        format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"ok\"}}\n",
            "x".repeat(3000)
        )
        .as_bytes(),
    );
    // an array larger than the limit: each element is a document of its own
    let array = dir.write(
        "array.json",
        format!(
            "[{{\"text\": \"{}\"}}, {{\"text\": \"petit\"}}]",
            "y".repeat(2500)
        )
        .as_bytes(),
    );
    let missing = dir.0.join("missing.txt");
    let ok = dir.write("ok.txt", b"Bon.");
    let opts = Options {
        max_bytes: 2000,
        timeout: std::time::Duration::from_secs(5),
        ..Options::default()
    };
    let inputs = vec![
        Input::Path(big),
        Input::Path(big_html),
        Input::Path(feed),
        Input::Path(html_as_feed),
        Input::Path(long_line),
        Input::Path(array),
        Input::Path(missing),
        Input::parse("http://127.0.0.1:9/nothing-listens-here"),
        Input::parse("http://"),
        Input::Path(ok),
    ];
    let out = render(&dir.0, inputs, opts);
    // The OS error text differs between systems: keep the first words.
    let out: String = out
        .lines()
        .map(|l| {
            l.split(": cannot connect")
                .next()
                .unwrap_or(l)
                .split(" (os error")
                .next()
                .unwrap_or(l)
                .to_owned()
                + "\n"
        })
        .collect();
    expect_test::expect![[r#"
        err [too_large] $DIR/big.txt: 3000 bytes exceeds the limit of 2000 bytes; skipped
        err [too_large] $DIR/big.html: 3000 bytes exceeds the limit of 2000 bytes; skipped
        err [feed] $DIR/feed.rss: not a valid RSS/Atom/JSON feed: unable to parse JSON: expected ident at line 1 column 2
        err [feed] $DIR/page.xml: not a valid RSS/Atom/JSON feed: unable to parse feed: no root element
        err [too_large] $DIR/long.jsonl:1: 3013 bytes exceeds the limit of 2000 bytes; skipped
        ok $DIR/long.jsonl:2 | title="" date="" source="" url="" lang="" | "ok"
        err [too_large] $DIR/array.json[0]: 2511 bytes exceeds the limit of 2000 bytes; skipped
        ok $DIR/array.json[1] | title="" date="" source="" url="" lang="" | "petit"
        err [io] $DIR/missing.txt: cannot read: No such file or directory
        err [fetch] http://127.0.0.1:9/nothing-listens-here: fetch failed
        err [fetch] http://: fetch failed: bad URL: empty host
        ok $DIR/ok.txt | title="" date="" source="" url="" lang="" | "Bon."
    "#]]
    .assert_eq(&out);
}

#[test]
fn feed_items_without_fetching_use_the_item_content() {
    let dir = TempDir::new("feed");
    let rss = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Journal Test - Monde</title><link>https://journal.test/</link>
<item><title>Alep : trêve</title><link>https://journal.test/treve</link><pubDate>Mon, 12 Dec 2016 10:00:00 +0100</pubDate>
<description>&lt;p&gt;Une trêve a été annoncée à Alep.&lt;/p&gt;&lt;p&gt;Elle doit durer 48 heures.&lt;/p&gt;</description></item>
<item><title>Vide</title><link>https://journal.test/vide</link></item>
</channel></rss>"#;
    let p = dir.write("monde.rss", &encoding_rs::WINDOWS_1252.encode(rss).0);
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Test</title>
<entry><title>Palmyre</title><id>urn:1</id><updated>2016-12-11T10:00:00Z</updated><author><name>J. Durand</name></author>
<content type="html">&lt;p&gt;Daech est entré dans Palmyre.&lt;/p&gt;</content></entry></feed>"#;
    let a = dir.write("feed.atom", atom.as_bytes());
    let opts = Options {
        fetch_feed_items: false,
        ..Options::default()
    };
    expect_test::expect![[r#"
        ok https://journal.test/treve | title="Alep : trêve" date="2016-12-12T09:00:00+00:00" source="Journal Test - Monde" url="https://journal.test/treve" lang="" | "Une trêve a été annoncée à Alep.\n\nElle doit durer 48 heures."
        err [no_content] https://journal.test/vide: no main text found
        ok $DIR/feed.atom#item1 | title="Palmyre" date="2016-12-11T10:00:00+00:00" source="Atom Test" url="" lang="" | "Daech est entré dans Palmyre."
    "#]]
    .assert_eq(&render(&dir.0, vec![Input::Path(p), Input::Path(a)], opts));
}

#[test]
fn inputs_parse() {
    assert_eq!(Input::parse("-"), Input::Stdin);
    assert_eq!(
        Input::parse("HTTPS://x.org/a"),
        Input::Url("HTTPS://x.org/a".into())
    );
    assert_eq!(Input::parse("dir/a.html"), Input::Path("dir/a.html".into()));
}
