//! URLs and feeds over HTTP, against a tiny server on 127.0.0.1 started by the test (loopback
//! only, no outside network).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use veille_ingest::{Ingest, Input, Options};

const PAGE: &str = r#"<html lang="fr"><head><title>Alep : reprise des évacuations - Journal Test</title>
<meta property="article:published_time" content="2016-12-15T09:00:00+01:00"></head><body>
<nav><a href="/">Accueil</a></nav><article>
<p>Les évacuations ont repris jeudi à Alep-Est, où des milliers de civils attendaient depuis plusieurs jours dans le froid, selon le Comité international de la Croix-Rouge.</p>
<p>« Nous avons pu faire sortir environ 3 000 personnes », a déclaré un porte-parole de l'organisation, qui espère poursuivre les opérations pendant toute la nuit.</p>
<p>Les autorités syriennes ont indiqué que les combattants rebelles et leurs familles seraient conduits vers la province d'Idlib, à l'ouest du pays.</p>
</article><footer>Mentions légales</footer></body></html>"#;

/// Serves a few fixed paths, then stops after `n` requests.
fn serve(n: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let base = format!("http://{addr}");
    let b = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let Ok(mut s) = stream else { continue };
            let mut line = String::new();
            let mut r = BufReader::new(s.try_clone().unwrap());
            r.read_line(&mut line).unwrap_or(0);
            loop {
                let mut h = String::new();
                if r.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let feed = format!(
                r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Journal Test</title>
<item><title>Evacuations</title><link>{b}/a1</link><author>redaction@journal.test (J. Durand)</author></item>
<item><title>Disparu</title><link>{b}/missing</link></item></channel></rss>"#
            );
            let (status, ct, body): (&str, &str, Vec<u8>) = match path.as_str() {
                "/feed" => ("200 OK", "application/rss+xml", feed.into_bytes()),
                "/a1" => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    PAGE.as_bytes().to_vec(),
                ),
                "/notxml" => ("200 OK", "application/rss+xml", b"{ not xml".to_vec()),
                "/big" => ("200 OK", "text/html", vec![b'x'; 5000]),
                _ => ("404 Not Found", "text/plain", b"nope".to_vec()),
            };
            let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = s.write_all(&body);
        }
    });
    base
}

#[test]
fn urls_and_feeds_with_item_pages() {
    let base = serve(6);
    let opts = Options {
        max_bytes: 4000,
        timeout: std::time::Duration::from_secs(10),
        ..Options::default()
    };
    let inputs = ["/feed", "/a1", "/notxml", "/big"]
        .iter()
        .map(|p| Input::parse(&format!("{base}{p}")))
        .collect();
    let mut out = String::new();
    for item in Ingest::new(inputs, opts) {
        let line = match item {
            Ok(r) => format!(
                "ok {} | title={:?} date={:?} source={:?} author={:?} | {:?}",
                r.origin,
                r.meta.title.unwrap_or_default(),
                r.meta.date.unwrap_or_default(),
                r.meta.source.unwrap_or_default(),
                r.meta.author.unwrap_or_default(),
                r.text.chars().take(40).collect::<String>()
            ),
            Err(e) => format!("err [{}] {e}", e.kind()),
        };
        out.push_str(&line.replace(&base, "$BASE"));
        out.push('\n');
    }
    expect_test::expect![[r#"
        ok $BASE/a1 | title="Alep : reprise des évacuations" date="2016-12-15T09:00:00+01:00" source="Journal Test" author="J. Durand" | "Les évacuations ont repris jeudi à Alep-"
        err [fetch] $BASE/missing: fetch failed: HTTP status 404 Not Found
        ok $BASE/a1 | title="Alep : reprise des évacuations" date="2016-12-15T09:00:00+01:00" source="127.0.0.1" author="" | "Les évacuations ont repris jeudi à Alep-"
        err [feed] $BASE/notxml: not a valid RSS/Atom/JSON feed: unable to parse JSON: key must be a string at line 1 column 3
        err [too_large] $BASE/big: 5000 bytes exceeds the limit of 4000 bytes; skipped
    "#]].assert_eq(&out);
}
