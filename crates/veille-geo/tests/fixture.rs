//! Tests over a small gazetteer written here (no shared data needed).

mod common;

use common::{countries_of, resolve_lines, spans_of};
use std::sync::Arc;
use veille_core::layers::{EntityType, Mention};
use veille_core::{Document, Meta, Span, Stage};
use veille_geo::gazetteer::{build_index, encode, Demonym, GazData};
use veille_geo::resolve::Options;
use veille_geo::{normalize, Columns, Gazetteer, GeoError, GeoStage, OwnedEntry, Resolver};

#[allow(clippy::too_many_arguments)]
fn e(
    id: u32,
    name: &str,
    fr: &str,
    lat: f32,
    lon: f32,
    code: &str,
    cc: &str,
    a1: &str,
    pop: u64,
) -> OwnedEntry {
    let class = match code {
        "PCLI" | "ADM1" | "ADM2" => b'A',
        "CONT" => b'L',
        _ => b'P',
    };
    OwnedEntry {
        id,
        name: name.into(),
        name_fr: fr.into(),
        name_en: name.into(),
        lat,
        lon,
        class,
        code: code.into(),
        country: cc.into(),
        admin1: a1.into(),
        population: pop,
        alt: String::new(),
        source: if code == "ADM2" { 2 } else { 0 },
    }
}

fn county(fips: u32) -> u32 {
    veille_geo::build::COUNTY_ID_BASE + fips
}

/// A handful of places: the seed's cities, a homonymous village, two countries.
fn fixture() -> GazData {
    let entries = vec![
        e(
            99072, "Mosul", "Mossoul", 36.335, 43.119, "PPLA", "IQ", "15", 1_683_000,
        ),
        e(
            99237, "Iraq", "Irak", 33.0, 44.0, "PCLI", "IQ", "", 38_433_600,
        ),
        e(
            163808, "Tadmur", "Palmyre", 34.560, 38.267, "PPLA2", "SY", "13", 51_015,
        ),
        e(
            163843, "Syria", "Syrie", 35.0, 38.0, "PCLI", "SY", "", 16_906_283,
        ),
        e(
            170062, "Aleppo", "Alep", 36.2, 37.3, "ADM1", "SY", "09", 2_802_348,
        ),
        e(
            170063, "Aleppo", "Alep", 36.202, 37.158, "PPLA", "SY", "09", 2_098_210,
        ),
        e(
            170654, "Damascus", "Damas", 33.510, 36.291, "PPLC", "SY", "04", 1_569_394,
        ),
        e(
            172955,
            "Ar Raqqah",
            "Racca",
            35.952,
            39.009,
            "PPLA",
            "SY",
            "04",
            531_952,
        ),
        e(
            360630, "Cairo", "Le Caire", 30.063, 31.249, "PPLC", "EG", "11", 9_606_916,
        ),
        e(
            524901, "Moscow", "Moscou", 55.752, 37.616, "PPLC", "RU", "48", 10_381_222,
        ),
        e(
            2017370,
            "Russia",
            "Russie",
            60.0,
            100.0,
            "PCLI",
            "RU",
            "",
            144_478_050,
        ),
        e(4000001, "Aleppo", "", 40.0, -80.0, "PPL", "US", "PA", 600),
        e(
            6252001,
            "United States",
            "États-Unis",
            39.76,
            -98.5,
            "PCLI",
            "US",
            "",
            327_167_434,
        ),
        // for the county and apposition tests (ids above the others: entries sorted by id)
        e(
            7000001, "London", "Londres", 51.509, -0.126, "PPLC", "GB", "ENG", 8_961_989,
        ),
        e(
            7000002, "London", "", 37.129, -84.083, "PPLA2", "US", "KY", 8_126,
        ),
        e(
            7000003, "Kentucky", "", 37.5, -85.0, "ADM1", "US", "KY", 4_339_367,
        ),
        e(
            7000004,
            "Georgetown",
            "",
            38.21,
            -84.56,
            "PPLA2",
            "US",
            "KY",
            29_000,
        ),
        e(
            7000005,
            "Washington",
            "",
            38.895,
            -77.036,
            "PPLC",
            "US",
            "DC",
            689_545,
        ),
        e(
            7000006,
            "Washington",
            "",
            47.5,
            -120.5,
            "ADM1",
            "US",
            "WA",
            7_614_893,
        ),
        e(
            7000007, "Alabama", "", 32.75, -86.75, "ADM1", "US", "AL", 4_903_185,
        ),
        e(
            7000008, "Iowa", "", 42.0, -93.5, "ADM1", "US", "IA", 3_155_070,
        ),
        e(
            county(19163),
            "Scott County",
            "",
            41.64,
            -90.62,
            "ADM2",
            "US",
            "IA",
            0,
        ),
        e(
            county(21209),
            "Scott County",
            "",
            38.29,
            -84.58,
            "ADM2",
            "US",
            "KY",
            0,
        ),
    ];
    let mut keys = Vec::new();
    for (i, x) in entries.iter().enumerate() {
        for n in [&x.name, &x.name_fr] {
            if !n.is_empty() {
                keys.push((normalize(n), i as u32, true));
            }
        }
    }
    keys.push((normalize("Raqqa"), 7, false));
    keys.push((normalize("Etats-Unis"), 12, true));
    let (fst, postings) = build_index(keys).unwrap();
    let demonyms = ["russe", "russes", "syrien", "syrienne", "irakien"]
        .iter()
        .map(|d| Demonym {
            key: d.to_string(),
            country: match &d[..3] {
                "rus" => "RU",
                "syr" => "SY",
                _ => "IQ",
            }
            .to_string(),
            place: None,
        })
        .collect();
    GazData {
        sources: vec!["fixture".into()],
        entries: Columns::pack(&entries).unwrap(),
        fst,
        postings,
        demonyms,
    }
}

fn gaz() -> Arc<Gazetteer> {
    let bytes = encode(&fixture()).unwrap();
    Arc::new(Gazetteer::from_bytes(&bytes, "fixture").unwrap())
}

#[test]
fn lookup_normalizes_articles_and_accents() {
    let g = gaz();
    let show = |n: &str| {
        let c = g.lookup(n);
        let ids: Vec<String> = c
            .iter()
            .map(|c| format!("{}{}", g.entry(c.idx).id, if c.primary { "" } else { "~" }))
            .collect();
        format!("{n:?}: {}", ids.join(" "))
    };
    let got: Vec<String> = [
        "Le Caire",
        "du Caire",
        "ALEP",
        "Alep",
        "Raqqa",
        "Etats-Unis",
        "États Unis",
        "Kiev",
    ]
    .iter()
    .map(|n| show(n))
    .collect();
    expect_test::expect![[r#"
        "Le Caire": 360630
        "du Caire": 360630
        "ALEP": 170062 170063
        "Alep": 170062 170063
        "Raqqa": 172955~
        "Etats-Unis": 6252001
        "États Unis": 6252001
        "Kiev": "#]]
    .assert_eq(&got.join("\n"));
}

#[test]
fn file_format_roundtrip_is_deterministic_and_checked() {
    let a = encode(&fixture()).unwrap();
    let b = encode(&fixture()).unwrap();
    assert_eq!(a, b, "same input, same bytes");
    let g = Gazetteer::from_bytes(&a, "x").unwrap();
    assert_eq!(
        encode(&g.to_data()).unwrap(),
        a,
        "decode + encode is the identity"
    );
    let mut bad = a.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0xff;
    let err = Gazetteer::from_bytes(&bad, "data/gazetteer.vgz")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("data/gazetteer.vgz")
            && err.contains("checksum")
            && err.contains("veille gazetteer build"),
        "{err}"
    );
    let err = Gazetteer::from_bytes(b"nonsense", "f.vgz")
        .unwrap_err()
        .to_string();
    assert!(err.contains("f.vgz") && err.contains("bad magic"), "{err}");
    let err = Gazetteer::load(std::path::Path::new("/nonexistent/gaz.vgz")).unwrap_err();
    assert!(matches!(err, GeoError::Missing { .. }));
    assert!(
        err.to_string().contains("/nonexistent/gaz.vgz")
            && err.to_string().contains("veille gazetteer build")
    );
}

#[test]
fn resolves_seed_places_with_context() {
    let r = Resolver::new(gaz());
    let text = "Les forces syriennes ont repris Alep. Palmyre, Raqqa et Mossoul; Damas, Moscou, la Syrie, l'Irak et les Etats-Unis.";
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
    ];
    let got = resolve_lines(&r, text, &names, Options::default(), |e| {
        format!("{} {}", e.id, e.feature())
    });
    expect_test::expect![[r#"
        Alep: 170063 P.PPLA
        Palmyre: 163808 P.PPLA2
        Raqqa: 172955 P.PPLA
        Mossoul: 99072 P.PPLA
        Damas: 170654 P.PPLC
        Moscou: 524901 P.PPLC
        Syrie: 163843 A.PCLI
        Irak: 99237 A.PCLI
        Etats-Unis: 6252001 A.PCLI"#]]
    .assert_eq(&got.join("\n"));
}

#[test]
fn unknown_neighbourhood_stays_unresolved() {
    let r = Resolver::new(gaz());
    let text = "A Alep, les quartiers de Sheik Saeed et Salah el-Din.";
    let res = r.resolve(
        text,
        &spans_of(text, &["Alep", "Sheik Saeed", "Salah el-Din"]),
        None,
        Options::default(),
    );
    assert!(res[0].is_some());
    assert_eq!(res[1], None);
    assert_eq!(res[2], None);
}

#[test]
fn stage_fills_places_and_countries() {
    let stage = GeoStage::new(gaz());
    let text = "Les troupes russes sont à Alep, en Syrie.";
    let mut doc = Document::new(text, Meta::default());
    let alep = text.find("Alep").unwrap() as u32;
    doc.layers.mentions.push(Mention {
        span: Span::new(alep, alep + 4),
        label: EntityType::LOC,
        confidence: 0.9,
        entity: 0,
    });
    stage.annotate(&mut doc);
    let places: Vec<String> = doc
        .layers
        .places
        .iter()
        .map(|p| {
            format!(
                "{} {:?} {:?}",
                doc.slice(p.span),
                p.mention,
                p.resolution.as_ref().map(|r| (
                    r.geonameid,
                    r.name_fr.as_str(),
                    r.country.as_str()
                ))
            )
        })
        .collect();
    let countries = countries_of(&doc);
    expect_test::expect![[r#"
        Alep Some(0) Some((Some(170063), "Alep", "SY"))
        Syrie None Some((Some(163843), "Syrie", "SY"))
        russes RU demonym
        Syrie SY name"#]]
    .assert_eq(&format!("{}\n{}", places.join("\n"), countries.join("\n")));
}

#[test]
fn geocode_line_keeps_input_order_and_char_offsets() {
    let r = Resolver::new(gaz());
    // "Été" makes character and byte offsets differ.
    let line = r#"{"text": "Été à Moscou, puis Alep et Xyzzy.", "mentions": [{"start": 19, "end": 23}, {"start": 6, "end": 12}, {"start": 27, "end": 32}]}"#;
    let v = veille_geo::geocode_line(&r, line).unwrap();
    let got: Vec<String> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{} {} {}",
                m["text"],
                m["resolved"],
                m.get("geonameid")
                    .map(|x| x.to_string())
                    .unwrap_or_default()
            )
        })
        .collect();
    expect_test::expect![[r#"
        "Alep" true 170063
        "Moscou" true 524901
        "Xyzzy" false "#]]
    .assert_eq(&got.join("\n"));
    assert!(veille_geo::geocode_line(
        &r,
        r#"{"text": "abc", "mentions": [{"start": 1, "end": 9}]}"#
    )
    .is_err());
    assert!(veille_geo::geocode_line(&r, "not json").is_err());
}

#[test]
fn counties_follow_the_state_in_context_and_appositions_hold_for_every_mention() {
    let r = Resolver::new(gaz());
    let text = "LONDON, Kentucky. Scott County officials met in Georgetown; London police said.";
    let names = ["LONDON", "Kentucky", "Scott County", "Georgetown", "London"];
    let got = resolve_lines(&r, text, &names, Options { strict: false }, |e| {
        format!("{} {} {} {}", e.name, e.country, e.admin1, e.feature())
    });
    expect_test::expect![[r#"
        LONDON: London US KY P.PPLA2
        Kentucky: Kentucky US KY A.ADM1
        Scott County: Scott County US KY A.ADM2
        Georgetown: Georgetown US KY P.PPLA2
        London: London US KY P.PPLA2"#]]
    .assert_eq(&got.join("\n"));
    // a county has no GeoNames id: the record has its FIPS code as id and no geonameid
    let line = r#"{"text": "Scott County, Kentucky", "mentions": [{"start": 0, "end": 12}]}"#;
    let v = veille_geo::geocode_line(&r, line).unwrap();
    assert!(v["mentions"][0].get("geonameid").is_none(), "{v}");
    let id = v["mentions"][0]["id"].as_str().unwrap_or_default();
    assert!(id.starts_with("fips:") && id.len() == 10, "{v}");
    assert_eq!(v["mentions"][0]["feature"], "A.ADM2");
}

#[test]
fn a_list_of_states_makes_washington_a_state() {
    let r = Resolver::new(gaz());
    let g = r.gazetteer();
    let last = |text: &str, names: &[&str]| {
        let res = r.resolve(
            text,
            &spans_of(text, names),
            None,
            Options { strict: false },
        );
        res.last()
            .copied()
            .flatten()
            .map(|x| g.entry(x.idx).feature())
            .unwrap_or_default()
    };
    assert_eq!(
        last(
            "Alabama, Iowa and Washington passed the law.",
            &["Alabama", "Iowa", "Washington"]
        ),
        "A.ADM1"
    );
    assert_eq!(last("Washington said no.", &["Washington"]), "P.PPLC");
    assert_eq!(
        last("Iowa and Washington.", &["Iowa", "Washington"]),
        "P.PPLC",
        "one other state is no list"
    );
}

#[test]
fn us_counties_from_topojson_get_their_centroid_and_state() {
    // one state (FIPS 21) and one 1°×1° county square, quantized with scale 1 and
    // translated to (-85, 37)
    let json = r#"{"type": "Topology",
        "transform": {"scale": [1, 1], "translate": [-85, 37]},
        "objects": {
            "states": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "id": "21", "properties": {"name": "Kentucky"}}]},
            "counties": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "id": "21169", "properties": {"name": "Metcalfe"}},
                {"type": "Polygon", "arcs": [[-1]], "id": "99001", "properties": {"name": "Nowhere"}}]}},
        "arcs": [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]]}"#;
    let admin1 = [("Kentucky".to_string(), "KY".to_string())]
        .into_iter()
        .collect();
    let c = veille_geo::topo::us_counties(json, &admin1).unwrap();
    let got: Vec<String> = c
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {:.2},{:.2}",
                c.fips, c.full_name, c.short_suffix, c.admin1, c.lat, c.lon
            )
        })
        .collect();
    expect_test::expect!["21169 Metcalfe County Co KY 37.50,-84.50"].assert_eq(&got.join("\n"));
    assert!(veille_geo::topo::us_counties("{}", &admin1).is_err());
    assert!(veille_geo::topo::us_counties("not json", &admin1).is_err());
}

proptest::proptest! {
    #[test]
    fn stage_never_panics(text in "\\PC{0,200}", cuts in proptest::collection::vec((0usize..220, 0usize..12), 0..6)) {
        let stage = GeoStage::new(gaz());
        let mut doc = Document::new(text.as_str(), Meta::default());
        for (s, l) in cuts {
            // mentions on char boundaries only, as the NER stage produces them
            let s = (0..=s.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let e = (s + l).min(text.len());
            let e = (s..=e).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(s);
            doc.layers.mentions.push(Mention { span: Span::new(s as u32, e as u32), label: EntityType::LOC, confidence: 1.0, entity: 0 });
        }
        stage.annotate(&mut doc);
        let r = Resolver::new(gaz());
        let _ = r.resolve(&text, &[(0, text.len())], None, Options { strict: false });
        let _ = normalize(&text);
    }
}

/// Weak airport names count only in a sentence about an airport; a sea wins after
/// "traversé"/"le littoral de"; a region's seat keeps the region's name.
#[test]
fn weak_airport_names_seas_in_context_and_seats() {
    let airport = OwnedEntry {
        source: veille_geo::gazetteer::SOURCE_AIRPORT,
        class: b'S',
        code: "AIRP".into(),
        ..e(
            veille_geo::build::AIRPORT_ID_BASE + 1,
            "Marseille Provence Airport",
            "",
            43.44,
            5.22,
            "AIRP",
            "FR",
            "93",
            0,
        )
    };
    let sea = OwnedEntry {
        source: veille_geo::gazetteer::SOURCE_MARINE,
        class: b'H',
        code: "CHN".into(),
        ..e(
            veille_geo::build::marine_id("English Channel"),
            "English Channel",
            "Manche",
            49.75,
            -2.61,
            "CHN",
            "",
            "",
            0,
        )
    };
    let entries = vec![
        e(1, "Lucerne", "", 47.16, 8.19, "ADM1", "CH", "LU", 358_881),
        e(
            2, "Luzern", "Lucerne", 47.05, 8.31, "PPLA", "CH", "LU", 81_691,
        ),
        e(3, "Manche", "", 49.10, -1.35, "ADM2", "FR", "28", 495_000),
        e(4, "Calais", "", 50.95, 1.86, "PPLA3", "FR", "32", 75_000),
        sea,
        airport,
    ];
    let mut keys: Vec<(String, u32, bool)> = Vec::new();
    for (i, x) in entries.iter().enumerate() {
        for n in [&x.name, &x.name_fr] {
            if !n.is_empty() {
                keys.push((normalize(n), i as u32, true));
            }
        }
    }
    keys.push((normalize("Provence"), 5, false)); // the weak name of the airport
    let (fst, postings) = build_index(keys).unwrap();
    let data = GazData {
        sources: vec!["fixture".into()],
        entries: Columns::pack(&entries).unwrap(),
        fst,
        postings,
        demonyms: Vec::new(),
    };
    let g = Arc::new(Gazetteer::from_bytes(&encode(&data).unwrap(), "fixture").unwrap());
    let r = Resolver::new(g);
    let show = |text: &str, names: &[&str]| {
        resolve_lines(&r, text, names, Options { strict: false }, |e| {
            format!("{} {}", e.name, e.feature())
        })
        .join("\n")
    };
    expect_test::expect![[r#"
        Provence: unresolved
        Provence: Marseille Provence Airport S.AIRP
        Provence: Marseille Provence Airport S.AIRP"#]]
    .assert_eq(&show(
        "En Provence, les incendies. Les vols vers Provence sont annulés. Provence airport.",
        &["Provence", "Provence", "Provence"],
    ));
    expect_test::expect![[r#"
        Manche: English Channel H.CHN
        Manche: English Channel H.CHN
        Calais: Calais P.PPLA3
        Manche: Manche A.ADM2"#]]
    .assert_eq(&show(
        "Ils ont traversé la Manche. Le littoral de la Manche, près de Calais. Dans la Manche, \
         le préfet.",
        &["Manche", "Manche", "Calais", "Manche"],
    ));
    expect_test::expect!["Lucerne: Luzern P.PPLA"]
        .assert_eq(&show("Le sommet a eu lieu à Lucerne.", &["Lucerne"]));
}
