mod common;

use common::{analyze, analyze_v, gen_text, meta};
use veille_store::*;

const A1: &str = "Le conseil municipal de Lyon a voté mardi un budget de 120 millions pour rénover les écoles. « Nos enfants méritent des bâtiments dignes », a déclaré Marie Fontaine devant les élus. Les travaux dureront 4 ans.";
const A2: &str = "À Lyon, les élus ont adopté mardi soir le plan de rénovation des écoles, chiffré à 120 millions. « Nos enfants méritent des bâtiments dignes », a insisté Marie Fontaine. Les travaux dureront quatre ans selon la mairie.";
const A3: &str = "Le club de Paris a battu Marseille samedi soir au terme d'un match tendu. « Nous avons souffert », a reconnu Paul Girard après la rencontre, suivie par 45000 spectateurs.";

fn incoming(text: &str, title: &str, source: &str, date: &str, origin: &str) -> Incoming {
    Incoming {
        doc: analyze(text, meta(title, source, date)),
        origin: origin.into(),
    }
}

fn open(dir: &std::path::Path) -> LocalStore {
    LocalStore::open(dir, OpenMode::Write).expect("open store")
}

#[test]
fn ingest_search_and_layers_end_to_end() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let r = store
        .put_batch(vec![
            incoming(
                A1,
                "Lyon rénove ses écoles",
                "Le Progrès",
                "2024-03-05",
                "a.jsonl:1",
            ),
            incoming(
                A2,
                "Plan écoles adopté à Lyon",
                "Lyon Mag",
                "2024-03-06",
                "a.jsonl:2",
            ),
            incoming(
                A3,
                "Paris bat Marseille",
                "Le Sport",
                "2024-03-09",
                "a.jsonl:3",
            ),
            // exact duplicate, other origin: linked, not stored
            incoming(
                &A1.replace("  ", " ").to_uppercase(),
                "copie",
                "Agrégateur",
                "2024-03-05",
                "b.jsonl:1",
            ),
        ])
        .unwrap();
    assert_eq!(r.stored(), 3);
    assert_eq!(r.duplicates(), 1);

    // French stemming: "rénovation" finds "rénover"; accents folded.
    let res = store
        .search(&SearchQuery {
            text: "renovation ecole".into(),
            facets: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(res.total, 2, "{res:?}");
    assert!(res.hits[0].snippet.contains("<b>"));
    // a French stop word in the query does not become a required English term
    let res2 = store
        .search(&SearchQuery {
            text: "rénovation des écoles".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(res2.total, 2);
    let ent: Vec<_> = res.facets["entity"]
        .iter()
        .map(|f| (f.value.as_str(), f.count))
        .collect();
    assert!(ent.contains(&("Marie Fontaine", 2)), "{ent:?}");

    // Facet filters
    let q = |f: fn(&mut SearchQuery)| {
        let mut q = SearchQuery::default();
        f(&mut q);
        store.search(&q).unwrap().total
    };
    assert_eq!(q(|q| q.source = vec!["Le Sport".into()]), 1);
    assert_eq!(q(|q| q.speaker = vec!["Marie Fontaine".into()]), 2);
    assert_eq!(q(|q| q.place = vec!["Lyon".into()]), 2);
    assert_eq!(q(|q| q.from = Some("2024-03-06".into())), 2);
    assert_eq!(q(|q| q.to = Some("2024-03-05".into())), 1);
    assert_eq!(q(|q| q.lang = Some("fr".into())), 3);
    assert!(store
        .search(&SearchQuery {
            from: Some("mardi".into()),
            ..Default::default()
        })
        .is_err());
    // odd query syntax never errors
    assert!(store
        .search(&SearchQuery {
            text: "\"unclosed AND (".into(),
            ..Default::default()
        })
        .is_ok());

    // Quotes, entities, stories
    let quotes = store
        .quotes(&QuoteQuery {
            speaker: Some("fontaine".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(quotes.len(), 2);
    assert_eq!(
        quotes[0].content,
        "Nos enfants méritent des bâtiments dignes"
    );
    let top = store
        .entities(&EntityQuery {
            top: 3,
            label: Some("PER".into()),
        })
        .unwrap();
    assert_eq!(top[0].name, "Marie Fontaine");
    assert_eq!(top[0].documents, 2);
    let page = store.entity("marie fontaine").unwrap().unwrap();
    assert_eq!(page.documents.len(), 2);
    assert_eq!(page.quotes_by.len(), 2);
    assert!(page.cooccurring.iter().any(|e| e.name == "Lyon"));
    let stories = store.stories(10).unwrap();
    assert_eq!(stories[0].documents, 2, "{stories:?}");
    assert_eq!(
        stories[0].sources,
        vec!["Le Progrès".to_string(), "Lyon Mag".into()]
    );
    assert_eq!(stories.len(), 2);
    let story = store.story(stories[0].id).unwrap().unwrap();
    assert_eq!(story.documents.len(), 2);
    assert!(story.figures.iter().any(|f| f.text == "120"));
    let places = store.places(10).unwrap();
    let lyon = places.iter().find(|p| p.name == "Lyon").unwrap();
    assert_eq!((lyon.documents, lyon.lat), (2, Some(45.75)));

    // Documents: by id and prefix, with the duplicate link
    let id = dedup::doc_id(A1);
    let d = store.document(&id[..8]).unwrap().unwrap();
    assert_eq!(d.doc.text(), A1);
    assert_eq!(d.duplicates.len(), 1);
    assert_eq!(d.duplicates[0].origin, "b.jsonl:1");
    assert_eq!(d.doc.layers.quotes.len(), 1);
    assert!(store.document("zz").unwrap().is_none());
    assert!(store.document("abc").is_err());

    // Idempotent re-ingest
    let r = store
        .put_batch(vec![incoming(
            A1,
            "Lyon rénove ses écoles",
            "Le Progrès",
            "2024-03-05",
            "a.jsonl:1",
        )])
        .unwrap();
    assert_eq!(r.stored(), 0);
    let s = store.stats().unwrap();
    assert_eq!((s.documents, s.duplicates), (3, 1));
    drop(store);

    // Reopen read-only: everything is there
    let ro = LocalStore::open(tmp.path(), OpenMode::Read).unwrap();
    assert_eq!(ro.search(&SearchQuery::default()).unwrap().total, 3);
    assert!(matches!(ro.put_batch(vec![]), Err(Error::ReadOnly)));
}

#[test]
fn near_duplicates_are_linked_not_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let base = gen_text(7, 300);
    let copy = format!("{base} Par la rédaction.");
    let r = store
        .put_batch(vec![
            incoming(&base, "t", "AFP", "2024-01-01", "x:1"),
            incoming(&copy, "t", "Reprise", "2024-01-01", "x:2"),
            incoming(&gen_text(8, 300), "u", "AFP", "2024-01-01", "x:3"),
        ])
        .unwrap();
    assert_eq!(r.stored(), 2, "{:?}", r.outcomes);
    assert!(
        matches!(&r.outcomes[1], Outcome::NearDuplicate { of, .. } if *of == dedup::doc_id(&base))
    );
    // known() answers for the near duplicate too, and a second put stays idempotent
    assert!(store.known(&dedup::doc_id(&copy)).unwrap().is_some());
    let r = store
        .put_batch(vec![incoming(&copy, "t", "Reprise", "2024-01-01", "x:2")])
        .unwrap();
    assert_eq!(r.stored(), 0);
    assert_eq!(store.stats().unwrap().documents, 2);
}

#[test]
fn stale_documents_are_reanalysed() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    store
        .put_batch(vec![incoming(
            A3,
            "Paris bat Marseille",
            "Le Sport",
            "2024-03-09",
            "a:3",
        )])
        .unwrap();
    assert_eq!(store.stale("fake@1", 10).unwrap().len(), 0);
    let stale = store.stale("fake@2", 10).unwrap();
    assert_eq!(stale.len(), 1);
    let old = store.document(&stale[0]).unwrap().unwrap();
    let new = analyze_v(old.doc.text(), old.doc.meta.clone(), "2");
    assert_eq!(store.replace_analysis(vec![new]).unwrap(), 1);
    assert_eq!(store.stale("fake@2", 10).unwrap().len(), 0);
    assert_eq!(
        store.document(&stale[0]).unwrap().unwrap().pipeline,
        "fake@2"
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                text: "spectateurs".into(),
                ..Default::default()
            })
            .unwrap()
            .total,
        1
    );
}

#[test]
fn one_writer_at_a_time_readers_alongside() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    assert!(matches!(
        LocalStore::open(tmp.path(), OpenMode::Write),
        Err(Error::Locked(_))
    ));
    store
        .put_batch(vec![incoming(A1, "t", "s", "2024-03-05", "o")])
        .unwrap();
    let reader = LocalStore::open(tmp.path(), OpenMode::Read).unwrap();
    assert_eq!(reader.stats().unwrap().documents, 1);
    assert!(matches!(
        LocalStore::open(tmp.path().join("nope"), OpenMode::Read),
        Err(Error::Missing(_))
    ));
}

#[test]
fn ingest_driver_parallel_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let items = (0..50u64).map(|i| {
        if i == 13 {
            Err(("in:13".to_string(), "truncated record".to_string()))
        } else {
            Ok(ingest::Item {
                text: gen_text(i % 40, 80),
                meta: meta("t", "s", "2024-01-01"),
                origin: format!("in:{i}"),
            })
        }
    });
    let opts = ingest::Options {
        batch_size: 7,
        workers: 3,
        ..Default::default()
    };
    let s = ingest::run(&store, items, analyze, &opts, &()).unwrap();
    assert_eq!(s.read, 50);
    assert_eq!(s.failed.len(), 1);
    assert_eq!(
        s.ingested + s.duplicates + s.near_duplicates + s.already_stored,
        49
    );
    assert_eq!(s.ingested, 39, "seed 13 failed to read");
    // second run: everything known, nothing analysed
    let items = (0..40u64).map(|i| {
        Ok(ingest::Item {
            text: gen_text(i, 80),
            meta: meta("t", "s", "2024-01-01"),
            origin: format!("in:{i}"),
        })
    });
    let s = ingest::run(&store, items, analyze, &opts, &()).unwrap();
    assert_eq!((s.ingested, s.already_stored), (1, 39));
}

#[test]
fn large_batches_use_a_trained_dictionary_and_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let batch: Vec<Incoming> = (0..120u64)
        .map(|i| incoming(&gen_text(i, 200), "t", "s", "2024-01-01", &format!("d:{i}")))
        .collect();
    assert_eq!(store.put_batch(batch).unwrap().stored(), 120);
    // a small batch after the dictionary exists, and a reopen
    store
        .put_batch(vec![incoming(A1, "t", "s", "2024-03-05", "o")])
        .unwrap();
    drop(store);
    let ro = LocalStore::open(tmp.path(), OpenMode::Read).unwrap();
    for i in [0u64, 77, 119] {
        let d = ro
            .document(&dedup::doc_id(&gen_text(i, 200)))
            .unwrap()
            .unwrap();
        assert_eq!(d.doc.text(), gen_text(i, 200));
    }
    assert_eq!(
        ro.document(&dedup::doc_id(A1)).unwrap().unwrap().doc.text(),
        A1
    );
    assert_eq!(
        ro.search(&SearchQuery {
            text: "festival".into(),
            ..Default::default()
        })
        .unwrap()
        .hits
        .len(),
        10
    );
}

#[test]
fn checkpoint_merges_and_keeps_the_recovery_point() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    for i in 0..5u64 {
        store
            .put_batch(vec![incoming(
                &gen_text(i, 60),
                "t",
                "s",
                "2024-01-01",
                &format!("c:{i}"),
            )])
            .unwrap();
    }
    store.checkpoint().unwrap();
    assert_eq!(store.search(&SearchQuery::default()).unwrap().total, 5);
    drop(store);
    // reopening replays nothing and finds everything
    let store = open(tmp.path());
    assert_eq!(store.search(&SearchQuery::default()).unwrap().total, 5);
    assert_eq!(store.stats().unwrap().documents, 5);
}

#[test]
fn facet_counts_are_exact_over_every_hit_and_segment() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    // 340 documents (more than a page of hits) in two batches, hence two index segments.
    for batch in 0..2u64 {
        let docs = (batch * 170..(batch + 1) * 170)
            .map(|i| {
                let who = if i % 2 == 0 {
                    "Jean Dupont"
                } else {
                    "Anne Roux"
                };
                incoming(
                    &format!("{} a dit {who}.", gen_text(i, 40)),
                    "t",
                    &format!("S{}", i % 3),
                    &format!("2024-0{}-01", 1 + i % 4),
                    &format!("f:{i}"),
                )
            })
            .collect();
        assert_eq!(store.put_batch(docs).unwrap().stored(), 170);
    }
    let facets = || {
        let res = store
            .search(&SearchQuery {
                facets: 2,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(res.total, 340);
        let mut out = String::new();
        for (name, values) in &res.facets {
            let v: Vec<String> = values
                .iter()
                .map(|f| format!("{} {}", f.value, f.count))
                .collect();
            out.push_str(&format!("{name}: {}\n", v.join(", ")));
        }
        out
    };
    // count descending, then value
    let expected = "date: 2024-01 85, 2024-02 85\n\
                    entity: Anne Roux 170, Jean Dupont 170\n\
                    lang: fr 340\n\
                    place: \n\
                    source: S0 114, S1 113\n\
                    speaker: \n";
    assert_eq!(facets(), expected);
    // one segment after the checkpoint: same counts
    store.checkpoint().unwrap();
    assert_eq!(facets(), expected);
    // with a text query and a filter, counted over the matching documents only
    let res = store
        .search(&SearchQuery {
            source: vec!["S1".into()],
            facets: 5,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(res.total, 113);
    let ent: Vec<_> = res.facets["entity"]
        .iter()
        .map(|f| (f.value.as_str(), f.count))
        .collect();
    assert_eq!(ent, [("Anne Roux", 57), ("Jean Dupont", 56)]);
}

#[test]
fn anchored_dates_read_back() {
    // A date layer with TIMEX3 begin/end points next to its span offsets.
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let text = "La réunion aura lieu de 14 h à 16 h à Lyon.";
    let mut doc = analyze(text, meta("Réunion", "s", "2024-03-05"));
    let start = text.find("14 h").unwrap() as u32;
    doc.layers.dates.push(veille_core::layers::DateExpr {
        span: veille_core::Span::new(start, start + 4),
        timex_type: "TIME".into(),
        value: Some("2024-03-05T14:00".into()),
        relative: true,
        begin: None,
        end: Some("2024-03-05T16:00".into()),
    });
    let id = dedup::doc_id(text);
    store
        .put_batch(vec![Incoming {
            doc: doc.clone(),
            origin: "d:1".into(),
        }])
        .unwrap();
    let back = store.document(&id).unwrap().expect("stored");
    assert_eq!(back.doc.layers.dates, doc.layers.dates);
    // and search reads it too (snippets decode the stored document)
    assert_eq!(store.search(&SearchQuery::default()).unwrap().hits.len(), 1);
}

#[test]
fn padded_and_odd_dates_are_stored_indexed_and_faceted() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    // Ideographic spaces are 3 bytes each: a byte slice of the untrimmed date once panicked the
    // committer and left the document out of the index for good.
    let dates = [
        "\u{3000}\u{3000}\u{3000}2024-03-05",
        " 2024-04-06",
        "2024-0é",
        "é",
    ];
    let docs = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            incoming(
                &format!("Le préfet a parlé. {}", gen_text(i as u64, 30)),
                "t",
                "S",
                d,
                &format!("f:{i}"),
            )
        })
        .collect();
    assert_eq!(store.put_batch(docs).unwrap().stored(), 4);
    let res = store
        .search(&SearchQuery {
            text: "préfet".into(),
            facets: 5,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(res.total, 4);
    let months: Vec<_> = res.facets["date"]
        .iter()
        .map(|f| format!("{} {}", f.value, f.count))
        .collect();
    assert_eq!(months, ["2024-03 1", "2024-04 1"]);
}
