//! Property tests: tokenize and split_sentences never panic and are lossless on any input.

use proptest::prelude::*;
use veille_core::{Document, Meta, Stage};

fn check_invariants(text: &str) {
    let tokens = veille_text::tokenize(text);
    let mut pos = 0usize;
    for t in &tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(s >= pos, "overlap or unsorted at {s} in {text:?}");
        assert!(e > s, "empty token at {s} in {text:?}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "off boundary"
        );
        // Lossless: the gap is whitespace only.
        assert!(
            text[pos..s].chars().all(veille_text::is_space),
            "non-space gap {:?} in {text:?}",
            &text[pos..s]
        );
        pos = e;
    }
    assert!(
        text[pos..].chars().all(veille_text::is_space),
        "lost tail in {text:?}"
    );
    let sentences = veille_text::split_sentences(text, &tokens);
    let mut next = 0u32;
    for s in &sentences {
        assert_eq!(s.first_token, next);
        assert!(s.end_token > s.first_token);
        let r = s.token_range();
        assert_eq!(s.span.start, tokens[r.start].span.start);
        assert_eq!(s.span.end, tokens[r.end - 1].span.end);
        next = s.end_token;
    }
    assert_eq!(next as usize, tokens.len());
}

/// Strings biased towards the characters the tokenizer cares about.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "l'",
        "d’",
        "qu'",
        "-t-il",
        "-",
        "--",
        ".",
        "...",
        "…",
        " ",
        "\u{a0}",
        "\u{202f}",
        "\n",
        "\n\n",
        "10",
        "000",
        "5",
        ",",
        "«",
        "»",
        "\"",
        "'",
        "’",
        "M.",
        "J.-C.",
        "etc.",
        "@",
        "#",
        "http://",
        "www.",
        "a",
        "Alep",
        "Est",
        "é",
        "e\u{301}",
        "🇫🇷",
        "👍🏽",
        "\u{200d}",
        "?",
        "!",
        "h",
        "n°",
        "/",
        "(",
        ")",
        "ٱلْعَرَبِيَّة",
        "中文",
        "\u{feff}",
        "\t",
        "+",
        "−",
        "ſ",
        "İ",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn lossless_on_arbitrary_unicode(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn lossless_on_tricky_pieces(text in tricky()) {
        check_invariants(&text);
    }

    #[test]
    fn lossless_on_punctuation_runs(text in "[.!?…«»\"'\\- ,;:()\\[\\]/@#]{0,200}") {
        check_invariants(&text);
    }

    #[test]
    fn stages_never_panic(text in any::<String>()) {
        let mut doc = Document::new(text.as_str(), Meta::default());
        veille_text::LanguageStage.annotate(&mut doc);
        veille_text::TokenizeStage.annotate(&mut doc);
        prop_assert!(doc.layers.tokens.len() <= text.len());
    }
}

#[test]
fn one_megabyte_single_line() {
    let unit = "Près de 10 000 personnes, dont l'armée d'Alep-Est... a-t-il dit « oui » ?! ";
    let text: String = unit.repeat(1_000_000 / unit.len() + 1);
    check_invariants(&text);
    let dots = ".".repeat(1_000_000);
    check_invariants(&dots);
    let digits = "1 000 ".repeat(200_000);
    check_invariants(&digits);
    for unit in [
        "a-", "-le", "dis-le", "l'", "J.", "etc.    ", "\"", "« ", "10 ", "a@b.",
    ] {
        check_invariants(&unit.repeat(1_000_000 / unit.len()));
    }
}
