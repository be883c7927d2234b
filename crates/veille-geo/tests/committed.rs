//! The committed gazetteer (crates/veille-geo/data/gazetteer.vgz) on the seed's places.

mod common;

use common::{committed, countries_of, resolve_lines, spans_of};
use veille_core::{Document, Meta, Stage};
use veille_geo::resolve::Options;
use veille_geo::{GeoStage, Resolver};

#[test]
fn seed_places_resolve_to_the_right_geonames_entries() {
    let g = committed();
    let r = Resolver::new(g.clone());
    // Short phrases in the manner of the seed article (Sputnik France, December 2016).
    let text = "La bataille d'Alep touche à sa fin. Palmyre est retombée aux mains de Daech, qui \
                tient Raqqa et Mossoul. Damas et Moscou saluent la libération; la Syrie, l'Irak \
                et les Etats-Unis. Les quartiers de Sheik Saeed et de Salah el-Din.";
    let names = [
        "Alep",
        "Palmyre",
        "Raqqa",
        "Mossoul",
        "Damas",
        "Moscou",
        "Syrie",
        "Irak",
        "Etats-Unis",
        "Sheik Saeed",
        "Salah el-Din",
    ];
    let got = resolve_lines(&r, text, &names, Options::default(), |e| {
        format!("{} {} {} {}", e.id, e.name_fr(), e.country, e.feature())
    });
    expect_test::expect![[r#"
        Alep: 170063 Alep SY P.PPLA
        Palmyre: 163808 Palmyre SY P.PPLA2
        Raqqa: 172955 Racca SY P.PPLA
        Mossoul: 99072 Mossoul IQ P.PPLA
        Damas: 170654 Damas SY P.PPLC
        Moscou: 524901 Moscou RU P.PPLC
        Syrie: 163843 Syrie SY A.PCLI
        Irak: 99237 Irak IQ A.PCLI
        Etats-Unis: 6252001 États-Unis US A.PCLI
        Sheik Saeed: unresolved
        Salah el-Din: unresolved"#]]
    .assert_eq(&got.join("\n"));
}

#[test]
fn stage_without_ner_finds_countries_and_demonyms() {
    let stage = GeoStage::new(committed());
    let mut doc = Document::new(
        "Les troupes russes et l'armée syrienne sont entrées dans Alep, en Syrie.",
        Meta::default(),
    );
    stage.annotate(&mut doc);
    let places: Vec<String> = doc
        .layers
        .places
        .iter()
        .map(|p| {
            format!(
                "{} {:?}",
                doc.slice(p.span),
                p.resolution.as_ref().and_then(|r| r.geonameid)
            )
        })
        .collect();
    let countries = countries_of(&doc);
    expect_test::expect![[r#"
        Alep Some(170063)
        Syrie Some(163843)
        russes RU demonym
        syrienne SY demonym
        Syrie SY name"#]]
    .assert_eq(&format!("{}\n{}", places.join("\n"), countries.join("\n")));
}

#[test]
fn parts_of_places_and_bare_directions() {
    let g = committed();
    let r = Resolver::new(g.clone());
    let text = "Les rebelles d'Alep-Est, au Nord de la Syrie, fuient Alep; Damas et la Syrie, \
                l'armée syrienne et les Syriens.";
    let names = ["Alep-Est", "Nord", "Syrie", "Alep", "Damas", "Syrie"];
    let res = r.resolve(text, &spans_of(text, &names), None, Options::default());
    let ids: Vec<Option<u32>> = res.iter().map(|r| r.map(|r| g.entry(r.idx).id)).collect();
    assert_eq!(ids[0], Some(170063), "Alep-Est is in Aleppo");
    assert_eq!(
        ids[1], None,
        "a bare direction in a Syrian article is not a Haitian region"
    );
}
