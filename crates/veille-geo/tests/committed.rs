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

#[test]
fn airports_seas_seats_and_french_region_names() {
    let r = Resolver::new(committed());
    let show = |text: &str, names: &[&str]| {
        resolve_lines(&r, text, names, Options::default(), |e| {
            format!(
                "{} {} {} {}",
                e.stable_id(),
                e.name_fr(),
                e.country,
                e.feature()
            )
        })
        .join("\n")
    };
    // a region or a common word is no airport; an airport's full or French name is
    expect_test::expect![[r#"
        Provence: unresolved
        Pyrénées: unresolved
        Lorraine: unresolved
        aéroport de Marseille-Provence: icao:LFML Marseille Provence Airport FR S.AIRP"#]]
    .assert_eq(&show(
        "En Provence, les incendies. La neige dans les Pyrénées. En Lorraine, Metz. Un vol \
         dérouté vers l'aéroport de Marseille-Provence.",
        &[
            "Provence",
            "Pyrénées",
            "Lorraine",
            "aéroport de Marseille-Provence",
        ],
    ));
    expect_test::expect![[r#"
        National: unresolved
        Lanzarote: unresolved
        London: geonames:2643743 Londres GB P.PPLC
        Heathrow: icao:EGLL London Heathrow Airport GB S.AIRP
        Nantes Atlantique: icao:LFRS Nantes Atlantique Airport FR S.AIRP"#]]
    .assert_eq(&show(
        "He flew from Dallas to National. Ferries to Lanzarote were cancelled. In London, flights \
         at Heathrow were delayed. L'aéroport de Nantes Atlantique est fermé.",
        &[
            "National",
            "Lanzarote",
            "London",
            "Heathrow",
            "Nantes Atlantique",
        ],
    ));
    // "la Manche": the sea after "traversé", "le littoral de"; else the département
    let got = show(
        "Des migrants ont traversé la Manche. Le littoral de la Manche, entre Calais et \
         Boulogne-sur-Mer. Dans la Manche, le préfet a évacué Cherbourg.",
        &[
            "Manche",
            "Manche",
            "Calais",
            "Boulogne-sur-Mer",
            "Manche",
            "Cherbourg",
        ],
    );
    let features: Vec<&str> = got
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        features,
        ["H.CHN", "H.CHN", "P.PPLA3", "P.PPLA3", "A.ADM2", "P.PPLA3"],
        "{got}"
    );
    // a canton's seat keeps its name
    expect_test::expect![[r#"
        Zoug: geonames:2657908 Zoug CH P.PPLA
        Suisse: geonames:2658434 Suisse CH A.PCLI"#]]
    .assert_eq(&show(
        "Le sommet s'est tenu à Zoug, en Suisse.",
        &["Zoug", "Suisse"],
    ));
    expect_test::expect![[r#"
        Luzern: geonames:2659811 Lucerne CH P.PPLA
        Switzerland: geonames:2658434 Suisse CH A.PCLI"#]]
    .assert_eq(&show(
        "The summit took place in Luzern, Switzerland.",
        &["Luzern", "Switzerland"],
    ));
    // a country's French name is no preferred name of a region (US-GA "Géorgie")
    expect_test::expect![[r#"
        Tbilissi: geonames:611717 Tbilissi GE P.PPLC
        Géorgie: geonames:614540 Géorgie GE A.PCLI
        Washington: geonames:4140963 Washington US P.PPLC"#]]
    .assert_eq(&show(
        "Tbilissi, capitale de la Géorgie, a accueilli le secrétaire d'État américain. \
         Washington soutient Tbilissi.",
        &["Tbilissi", "Géorgie", "Washington"],
    ));
    // ids: local airport identifiers, seas by a hash of their name
    let g = r.gazetteer();
    let id_of = |n: &str| {
        g.lookup(n)
            .first()
            .map(|c| g.entry(c.idx).stable_id())
            .unwrap_or_default()
    };
    assert_eq!(id_of("Yakataga Airport"), "lid:0AA1");
    assert_eq!(
        id_of("mer Noire"),
        format!("veille:{}", veille_geo::build::marine_id("Black Sea"))
    );
}
