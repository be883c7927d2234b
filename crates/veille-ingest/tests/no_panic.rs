//! Property tests: no input makes the ingest code panic.

use proptest::prelude::*;
use veille_ingest::{decode, dedup, html, source, warc};

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn html_extraction_never_panics(s in "(<[a-z/!]{0,8}( [a-z]{1,5}=\"[^\"]{0,10}\")?>|[^<]{0,20}|&[a-z#0-9]{0,6};){0,40}") {
        for ex in html::Extractor::ALL {
            let _ = html::extract_html(&s, Some("https://x.test/a"), ex);
        }
        let _ = html::page_meta(&s);
    }

    #[test]
    fn any_string_is_safe(s in "\\PC{0,300}") {
        let _ = html::extract_html(&s, None, html::Extractor::Combined);
        let _ = source::jsonl_record(&s, "x:1".into());
        let _ = dedup::simhash64(&s);
        let _ = dedup::text_hash(&s);
        let _ = html::strip_site_suffix(&s);
        let _ = html::host_of(&s);
    }

    #[test]
    fn any_bytes_are_safe(b in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode::decode_markup(&b, None);
        let _ = decode::decode_text(&b);
        let _ = source::sniff(&b);
        let _ = warc::split_http_response(&b);
        let n = warc::WarcReader::new(b.as_slice(), "p", 1 << 20).take(1000).count();
        prop_assert!(n <= b.len() + 1);
    }

    #[test]
    fn warc_like_bytes_are_safe(parts in proptest::collection::vec("(WARC/1.0\r\n|Content-Length: [0-9]{1,3}\r\n|WARC-Type: (response|resource)\r\n|\r\n|[a-z<>]{0,30})", 0..30)) {
        let data = parts.concat();
        let n = warc::WarcReader::new(data.as_bytes(), "p", 1 << 20).take(1000).count();
        prop_assert!(n <= data.len() + 1);
    }
}
