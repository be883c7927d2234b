//! Figures and dates on news sentences: one expression per line, pinned by snapshots.

use expect_test::{expect, Expect};
use veille_figures::{extract, render_dates, render_numbers, FiguresStage};

/// Extracts with the real token layer and checks that lexing the raw text agrees.
fn run(text: &str, date: Option<&str>) -> String {
    let tokens = veille_text::tokenize(text);
    let with_tokens = extract(text, &tokens, date, false);
    let raw = extract(text, &[], date, false);
    assert_eq!(
        with_tokens, raw,
        "token layer and raw lexing disagree on {text:?}"
    );
    format!(
        "{}--\n{}",
        render_numbers(text, &raw.numbers),
        render_dates(text, &raw.dates)
    )
}

fn check(text: &str, expect: Expect) {
    expect.assert_eq(&run(text, Some("2016-12-13")));
}

#[test]
fn seed_figures() {
    check(
        "Plus de 5 000 djihadistes, avançant dans trois directions, sont entrés dans Palmyre. \
         Près de 10 000 personnes ont été évacuées de la ville dans les 24 heures précédant la victoire. \
         Il reste selon ses estimations entre 300 et 500 personnes sur place. \
         Entre 4 et 5 000 personnes ainsi que des centaines de chars ont été impliqués dans l'offensive.",
        expect![[r#"
            "Plus de 5 000" =5000 more_than counted=djihadistes troops
            "trois" =3 counted=directions other
            "Près de 10 000" =10000 approximately counted=personnes displaced
            "24 heures" =24 unit=hour duration
            "entre 300 et 500" [300..500] counted=personnes people
            "Entre 4 et 5 000" [4000..5000] counted=personnes people
            "des centaines" [200..999] vague counted=chars troops
            --
            "dans les 24 heures" DURATION PT24H
        "#]],
    );
}

#[test]
fn seed_dates() {
    check(
        "La ville d'Alep a été libérée le 12 décembre au soir au bout d'une bataille de quatre ans. \
         Palmyre, une cité reprise à Daech en mars 2016. Les frappes ont été suspendues cette semaine. \
         Ils projetaient d'y lever le drapeau le 8 novembre, et l'envisagent maintenant pour le 20 janvier. \
         Il y a quelques jours seulement, ils n'auraient pas pu. Dans les heures qui viennent l'armée va attaquer.",
        expect![[r#"
            "quatre ans" =4 unit=year duration
            --
            "le 12 décembre au soir" TIME 2016-12-12TEV relative
            "quatre ans" DURATION P4Y
            "mars 2016" DATE 2016-03
            "cette semaine" DATE 2016-W50 relative
            "le 8 novembre" DATE 2016-11-08 relative
            "maintenant" DATE PRESENT_REF relative
            "le 20 janvier" DATE 2017-01-20 relative
            "Il y a quelques jours" DATE PAST_REF relative
            "les heures qui viennent" DATE FUTURE_REF relative
        "#]],
    );
}

#[test]
fn numbers_words_money_percent() {
    check(
        "Quatre-vingt-dix-neuf soldats ont été tués et vingt-cinq blessés. Le chômage a baissé de 8,5 %, \
         soit dix pour cent de moins, et l'État a dépensé 1,15 million d'euros, 2,5 milliards de dollars \
         et 839.000 roubles. Au moins 30 manifestants ont été interpellés; jusqu'à 200 personnes, \
         pas moins de 12 policiers, une dizaine de blessés, des milliers de réfugiés. \
         Un homme de 35 ans a été arrêté. Les prix ont augmenté de +20 % en 2015.",
        expect![[r#"
            "Quatre-vingt-dix-neuf" =99 counted=soldats casualties
            "vingt-cinq" =25 counted=blessés casualties
            "8,5 %" =8.5 unit=percent percent
            "dix pour cent" =10 unit=percent percent
            "1,15 million d'euros" =1150000 unit=EUR money
            "2,5 milliards de dollars" =2500000000 unit=USD money
            "839.000 roubles" =839000 unit=RUB money
            "Au moins 30" =30 at_least counted=manifestants arrested
            "jusqu'à 200" =200 up_to counted=personnes people
            "pas moins de 12" =12 at_least counted=policiers casualties
            "une dizaine" =10 approximately counted=blessés casualties
            "des milliers" [2000..9999] vague counted=réfugiés displaced
            "35 ans" =35 unit=year age
            "+20 %" =20 unit=percent percent
            --
            "2015" DATE 2015
        "#]],
    );
}

#[test]
fn relative_dates_and_times() {
    check(
        "Mardi, hier soir et avant-hier, la semaine dernière comme l'an dernier, à 21 h 45. \
         Le sommet aura lieu jeudi prochain. Depuis 2011, la guerre a fait des morts. \
         Le 1er mai 1962, puis le 13/02/2003. Il a purgé trois ans et six mois.",
        expect![[r#"
            "trois ans" =3 unit=year duration
            "six mois" =6 unit=month duration
            --
            "Mardi" DATE 2016-12-13 relative
            "hier soir" TIME 2016-12-12TEV relative
            "avant-hier" DATE 2016-12-11 relative
            "la semaine dernière" DATE 2016-W49 relative
            "l'an dernier" DATE 2015 relative
            "21 h 45" TIME 2016-12-11T21:45 relative
            "jeudi prochain" DATE 2016-12-15 relative
            "2011" DATE 2011
            "Le 1er mai 1962" DATE 1962-05-01
            "13/02/2003" DATE 2003-02-13
            "trois ans et six mois" DURATION P3Y6M
        "#]],
    );
}

#[test]
fn composed_dates_ranges_offsets_times_sets() {
    check(
        "Du 5 au 10 mai, de 14 h à 16 h, puis entre 10 et 11h30 le 01/01/2015. \
         Il reviendra dans 3 jours, il y a 2 semaines il était là, deux jours avant hier aussi. \
         Chaque lundi à 16 h, pendant les 3 prochains jours, de mars à mai, au XXe siècle, \
         la semaine prochaine mercredi, trois ans et six mois, le 30 février 2019, à Noël.",
        expect![[r#"
            "3" =3 other
            "trois ans" =3 unit=year duration
            "six mois" =6 unit=month duration
            --
            "5" DATE 2017-05-05 relative end=2017-05-10
            "au 10 mai" DATE 2017-05-10 relative
            "14 h" TIME 2017-05-10T14:00 relative end=2017-05-10T16:00
            "16 h" TIME 2017-05-10T16:00 relative
            "10" TIME 2015-01-01T10:00 relative end=2015-01-01T11:30
            "11h30 le 01/01/2015" TIME 2015-01-01T11:30 relative
            "dans 3 jours" DATE 2016-12-16 relative
            "il y a 2 semaines" DATE 2016-11-29 relative
            "deux jours avant hier" DATE 2016-12-10 relative
            "Chaque lundi à 16 h" SET XXXX-WXX-1T16:00
            "les 3 prochains jours" DURATION P3D relative begin=2016-12-14 end=2016-12-17
            "mars" DATE 2017-03 relative end=2017-05
            "mai" DATE 2017-05 relative
            "au XXe siècle" DATE 19
            "la semaine prochaine mercredi" DATE 2016-12-21 relative
            "trois ans et six mois" DURATION P3Y6M
            "le 30 février 2019" DATE 2019-02-30
            "Noël" DATE 2016-12-25 relative
        "#]],
    );
}

#[test]
fn no_publication_date_leaves_values_open() {
    expect![[r#"
        --
        "le 20 janvier" DATE XXXX-01-20
        "hier" DATE none relative
        "mardi" DATE XXXX-WXX-2 relative
    "#]]
    .assert_eq(&run("Il partira le 20 janvier; hier et mardi.", None));
}

#[test]
fn huge_numbers_are_kept_as_text() {
    let digits = "9".repeat(400);
    let text = format!("Il y a {digits} moutons.");
    let f = extract(&text, &[], None, false);
    assert_eq!(f.numbers.len(), 1);
    assert_eq!(f.numbers[0].value, None);
    assert_eq!(f.numbers[0].raw.as_deref(), Some(digits.as_str()));
    let text = "Un total de 12345678901234567890 euros.";
    let f = extract(text, &[], None, false);
    expect![[r#"
        "12345678901234567890 euros" =12345678901234567000 raw=12345678901234567890 unit=EUR money
    "#]]
    .assert_eq(&render_numbers(text, &f.numbers));
}

#[test]
fn stage_fills_both_layers() {
    use veille_core::{Document, Meta, Stage};
    let meta = Meta {
        date: Some("2016-12-13".into()),
        ..Meta::default()
    };
    let mut doc = Document::new("Plus de 5 000 djihadistes le 8 novembre.", meta);
    FiguresStage.annotate(&mut doc);
    assert_eq!(doc.layers.numbers.len(), 1);
    assert_eq!(doc.layers.dates[0].value.as_deref(), Some("2016-11-08"));
}

mod no_panic {
    use proptest::prelude::*;
    use veille_core::{Document, Meta, Stage};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]
        #[test]
        fn stage_never_panics(s in "\\PC{0,200}", date in "[0-9-]{0,12}") {
            let meta = Meta { date: Some(date), ..Meta::default() };
            let mut doc = Document::new(s.clone(), meta);
            veille_figures::FiguresStage.annotate(&mut doc);
            for n in &doc.layers.numbers {
                prop_assert!(s.get(n.span.range()).is_some());
            }
            for d in &doc.layers.dates {
                prop_assert!(s.get(d.span.range()).is_some());
            }
        }

        #[test]
        fn figure_like_strings_never_panic(s in "[0-9 ,.\\-/h:%€$a-zéèàç']{0,80}") {
            let f = veille_figures::extract(&s, &veille_text::tokenize(&s), Some("2016-12-13"), false);
            let _ = veille_figures::render_numbers(&s, &f.numbers);
        }
    }
}

#[test]
fn english_conventions() {
    let text =
        "More than 5,000 fighters entered on Tuesday; about 300 people were killed last week. \
                The deal is worth 2.5 billion dollars, up 20% from 2015.";
    let f = extract(text, &veille_text::tokenize(text), Some("2016-12-13"), true);
    expect![[r#"
        "More than 5,000" =5000 more_than counted=fighters troops
        "about 300" =300 approximately counted=people casualties
        "2.5 billion dollars" =2500000000 unit=USD money
        "20%" =20 unit=percent percent
        --
        "Tuesday" DATE 2016-12-13 relative
        "last week" DATE 2016-W49 relative
        "2015" DATE 2015
    "#]]
    .assert_eq(&format!(
        "{}--\n{}",
        render_numbers(text, &f.numbers),
        render_dates(text, &f.dates)
    ));
}
