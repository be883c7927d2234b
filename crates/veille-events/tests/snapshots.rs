//! Snapshot tests over small French fixtures written for these tests, and a property test
//! that the stages never panic.

mod support;

use expect_test::{expect, Expect};
use proptest::prelude::*;
use support::analyze;
use veille_core::{Document, Meta, Stage};
use veille_events::{EventsStage, FramingStage};

/// Like `analyze`, but a panic in another crate's stage (not under test here) falls back to
/// the tokens alone; the events and framing stages run unguarded.
fn analyze_guarded(text: &str, date: Option<&str>) -> Document {
    let base = support::tokenized(text, date);
    let others = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut d = base.clone();
        veille_figures::FiguresStage.annotate(&mut d);
        veille_quotes::QuoteStage::new().annotate(&mut d);
        d
    }));
    let mut doc = others.unwrap_or(base);
    EventsStage.annotate(&mut doc);
    FramingStage.annotate(&mut doc);
    doc
}

fn check(text: &str, expect: Expect) {
    expect.assert_eq(&veille_events::render(&analyze(text, Some("2016-12-13"))));
}

#[test]
fn capture_with_coreferent_date_and_evacuation() {
    check(
        "L'armée syrienne a chassé les rebelles de la ville d'Alep. La ville d'Alep a été \
         libérée le 12 décembre. Près de 10 000 personnes ont été évacuées de la ville.",
        expect![[r#"
            capture "chassé" [asserted] agent="armée syrienne" target="rebelles" place="Alep" time="le 12 décembre"(2016-12-12)
            capture "libérée" [asserted] agent="armée syrienne"(coref:0) target="ville d'Alep" place="Alep" time="le 12 décembre"(2016-12-12)
            displacement "évacuées" [asserted] target="personnes" time=~2016-12-13 figure="Près de 10 000"
            ~ partisan_label "rebelles" [combatants]
            ~ loaded_language "libérée" [liberation/occupation] Loaded_Language
            sourcing: named 0 anonymous 0 unsourced 3 quoted 0.00 speakers [] anonymous []
            tone: 0.03
        "#]],
    );
}

#[test]
fn negation_future_and_denial() {
    check(
        "Moscou dément vouloir envoyer ses soldats en Syrie. Aucune troupe russe ne \
         participera à l'opération terrestre en Syrie, a déclaré la présidente Valentina \
         Matvienko.",
        expect![[r#"
            denial "dément" [future] agent="Moscou" place="Syrie" time=~2016-12-13
            deployment "envoyer" [neg future] agent="Moscou" target="soldats" place="Syrie" time=~2016-12-13 <- Moscou
            deployment "opération terrestre" [neg future] agent="troupe russe" place="Syrie" time=~2016-12-13 <- Valentina Matvienko
            sourcing: named 2 anonymous 0 unsourced 0 quoted 0.00 speakers ["Moscou", "Valentina Matvienko"] anonymous []
            tone: 0.00
        "#]],
    );
}

#[test]
fn hypothetical_and_passive_with_agent() {
    check(
        "Si les rebelles attaquaient Damas, l'armée riposterait. Trois policiers ont été \
         blessés par des manifestants à Nantes samedi 10 décembre.",
        expect![[r#"
            attack "attaquaient" [hypothetical] agent="rebelles" target="Damas" time=~2016-12-13
            armed_clash "riposterait" [hypothetical] agent="armée" time=~2016-12-13
            injury "blessés" [asserted] agent="manifestants" target="policiers" place="Nantes" time="samedi 10 décembre"(2016-12-10) figure="Trois"
            ~ partisan_label "rebelles" [combatants]
            sourcing: named 0 anonymous 0 unsourced 2 quoted 0.00 speakers [] anonymous []
            tone: -0.39
        "#]],
    );
}

#[test]
fn entry_of_fighters_with_apposition() {
    check(
        "Plus de 5 000 djihadistes, avançant dans trois directions, sont entrés dans Palmyre.",
        expect![[r#"
            movement "entrés" [asserted] agent="djihadistes" place="Palmyre" time=~2016-12-13 figure="Plus de 5 000"
            ~ partisan_label "djihadistes" [combatants]
            sourcing: named 0 anonymous 0 unsourced 1 quoted 0.00 speakers [] anonymous []
            tone: -0.13
        "#]],
    );
}

#[test]
fn unsupported_claim_in_a_quote_is_attributed() {
    check(
        "« Je suis sûr que le groupe coopère avec les services secrets. Tout le monde sait \
         qu'ils vont attaquer », a déclaré le chercheur Paul Martin.",
        expect![[r#"
            attack "attaquer" [future] time=~2016-12-13 <- Paul Martin
            ~ certainty "Je suis sûr que" [certainty] <- Paul Martin
            ~ unsupported_claim "Je suis sûr que le groupe coopère avec les services secrets" [named_source] <- Paul Martin
            ~ popularity "Tout le monde sait" [certainty] Appeal_to_Popularity <- Paul Martin
            ~ unsupported_claim "Tout le monde sait qu'ils vont attaquer" [named_source] Appeal_to_Popularity <- Paul Martin
            sourcing: named 2 anonymous 0 unsourced 0 quoted 0.74 speakers ["Paul Martin"] anonymous []
            tone: -0.17
        "#]],
    );
}

#[test]
fn loaded_vocabulary_hearsay_and_sourcing() {
    check(
        "Les terroristes ont été chassés de la ville, a appris l'agence d'une source \
         militaire. La libération de la ville est une victoire. Le chef du régime aurait \
         déjà été condamné. Le \" califat \" est tombé.",
        expect![[r#"
            capture "chassés" [reported] target="terroristes" time=~2016-12-13 <- une source militaire
            capture "libération" [asserted] target="ville" time=~2016-12-13
            ~ loaded_language "terroristes" [combatants] Name_Calling-Labeling <- une source militaire
            ~ hearsay "d'une source militaire" [vague_source]
            ~ loaded_language "libération" [liberation/occupation] Loaded_Language
            ~ partisan_label "régime" [authority] Name_Calling-Labeling
            ~ hearsay "aurait déjà été condamné" [conditional]
            ~ scare_quotes "\" califat \"" [distancing] Doubt
            sourcing: named 0 anonymous 1 unsourced 3 quoted 0.00 speakers [] anonymous ["une source militaire"]
            tone: 0.00
        "#]],
    );
}

#[test]
fn degrades_without_any_other_layer() {
    // No tokenizer, no quotes, no figures: the stages tokenize for themselves.
    let mut doc = Document::new(
        "Les soldats ont tué deux civils à Mossoul.",
        Meta::default(),
    );
    EventsStage.annotate(&mut doc);
    FramingStage.annotate(&mut doc);
    expect![[r#"
        killing "tué" [asserted] agent="soldats" target="civils" place="Mossoul" figure="deux"
        sourcing: named 0 anonymous 0 unsourced 1 quoted 0.00 speakers [] anonymous []
        tone: -0.20
    "#]]
    .assert_eq(&veille_events::render(&doc));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics(s in "\\PC{0,200}") {
        let _ = analyze_guarded(&s, Some("2016-12-13"));
        let mut doc = Document::new(s.as_str(), Meta::default());
        EventsStage.annotate(&mut doc);
        FramingStage.annotate(&mut doc);
    }

    #[test]
    fn never_panics_on_french_like_text(
        words in proptest::collection::vec(
            prop_oneof![
                Just("l'armée"), Just("a"), Just("été"), Just("libérée"), Just("par"),
                Just("«"), Just("»"), Just(","), Just("."), Just("ne"), Just("pas"),
                Just("Alep"), Just("10 000"), Just("attaque"), Just("qui"), Just(")"),
                Just("("), Just("de"), Just("je suis sûr que"), Just("aurait"), Just("\""),
                Just("entrés"), Just("dans"), Just("si"), Just("dément"), Just("mort"),
            ],
            0..40,
        )
    ) {
        let text = words.join(" ");
        let _ = analyze_guarded(&text, None);
    }
}
