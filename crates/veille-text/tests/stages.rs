//! The two stages on documents, and language identification.

use expect_test::expect;
use veille_core::{Document, Meta, Stage};
use veille_text::{LanguageStage, TokenizeStage};

fn run(text: &str) -> Document {
    let mut doc = Document::new(text, Meta::default());
    LanguageStage.annotate(&mut doc);
    TokenizeStage.annotate(&mut doc);
    doc
}

fn summary(doc: &Document) -> String {
    let mut s = format!(
        "language {} supported={} tokens {} sentences {}\n",
        doc.language.code,
        doc.language.supported,
        doc.layers.tokens.len(),
        doc.layers.sentences.len()
    );
    for d in &doc.diagnostics {
        s.push_str(&format!("{:?} {}: {}\n", d.level, d.stage, d.message));
    }
    s
}

#[test]
fn french_article_style_text() {
    // Phrases from the project's seed article.
    let doc = run("La ville syrienne d'Alep a été libérée des terroristes le 12 décembre au soir. \
        \" Les rebelles n'avaient pas le choix: se rendre ou mourir \", a déclaré le général Zaid al-Saleh. \
        Près de 10 000 personnes ont été évacuées. D'où viennent ces 5 000 djihadistes? \
        Comment les combattant de Daech ont-ils réussi à passer inaperçus?");
    expect![[r#"
        language fr supported=true tokens 65 sentences 5
    "#]]
    .assert_eq(&summary(&doc));
    let words: Vec<&str> = doc
        .layers
        .tokens
        .iter()
        .map(|t| doc.slice(t.span))
        .collect();
    for w in ["al-Saleh", "10 000", "5 000", "d'", "D'", "-ils", "n'"] {
        assert!(words.contains(&w), "{w} missing from {words:?}");
    }
}

#[test]
fn english_is_supported() {
    let doc = run("A Turkish policeman fatally shot the ambassador on Monday in front of a shocked gathering.");
    expect![[r#"
        language en supported=true tokens 16 sentences 1
    "#]]
    .assert_eq(&summary(&doc));
}

#[test]
fn other_language_is_flagged_not_dropped() {
    let doc =
        run("Der Botschafter wurde am Montag in Ankara vor einer schockierten Menge erschossen.");
    expect![[r#"
        language de supported=false tokens 13 sentences 1
        Warning language: language de is not analysed yet: tokenized only
    "#]]
    .assert_eq(&summary(&doc));
}

#[test]
fn short_or_junk_text_is_und() {
    for t in ["", "Alep", "42 !!! ???", "----- ***** 12345 67890"] {
        assert_eq!(veille_text::identify_language(t).code, "und", "{t:?}");
    }
    let doc = run("OK");
    expect![[r#"
        language und supported=false tokens 1 sentences 1
        Warning language: language und is not analysed yet: tokenized only
    "#]]
    .assert_eq(&summary(&doc));
}

#[test]
fn fold_lowercases_and_strips_accents() {
    expect!["alep-est | elysee | oeuvre | l'armee | noel | ssa | e"].assert_eq(
        &[
            "Alep-Est",
            "Élysée",
            "Œuvre",
            "L’armée",
            "NOËL",
            "ßA",
            "e\u{301}",
        ]
        .map(|w| veille_text::fold(w).into_owned())
        .join(" | "),
    );
}

#[test]
fn short_headlines_get_french_or_english() {
    let codes: Vec<String> = [
        "Alep libérée par l'armée",
        "Qui a laissé Daech regrouper 5 000 djihadistes",
        "Critics called him a dictator.",
        "Qatar's office denied the claims on Monday.",
        "It can cause dangerous side effects.",
    ]
    .iter()
    .map(|t| veille_text::identify_language(t).code)
    .collect();
    expect!["fr fr en en en"].assert_eq(&codes.join(" "));
}
