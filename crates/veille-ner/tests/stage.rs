//! The NER stage on text tokenized by veille-text, with the embedded model.

use veille_core::{Document, Meta, Stage};
use veille_ner::NerStage;

fn stage() -> &'static NerStage {
    static STAGE: std::sync::OnceLock<NerStage> = std::sync::OnceLock::new();
    STAGE.get_or_init(|| NerStage::new().expect("embedded model"))
}

fn analyze(text: &str) -> Document {
    let mut doc = Document::new(text, Meta::default());
    veille_text::TokenizeStage.annotate(&mut doc);
    stage().annotate(&mut doc);
    doc
}

/// One line per mention (`text LABEL -> entity`), then one per entity.
fn render(doc: &Document) -> String {
    let mut s = String::new();
    for m in &doc.layers.mentions {
        let e = &doc.layers.entities[m.entity as usize];
        s.push_str(&format!(
            "{} {} -> #{}\n",
            doc.slice(m.span),
            m.label.as_str(),
            e.id
        ));
    }
    for e in &doc.layers.entities {
        s.push_str(&format!(
            "#{} {} {} ({} mentions){}\n",
            e.id,
            e.label.as_str(),
            e.name,
            e.mentions.len(),
            e.key
                .as_ref()
                .map(|k| format!(" key={k}"))
                .unwrap_or_default()
        ));
    }
    s
}

#[test]
fn seed_sentence_persons_and_places() {
    let doc = analyze(
        "\" Les rebelles n'avaient pas le choix: se rendre ou mourir \", a déclaré le général Zaid al-Saleh, \
         chef du comité syrien pour la sécurité, aux journalistes réunis à Alep. Selon al-Saleh, \
         Daech a perdu la ville.",
    );
    let out = render(&doc);
    assert!(out.contains("Zaid al-Saleh PER"), "{out}");
    assert!(out.contains("Alep LOC"), "{out}");
    assert!(out.contains("Daech ORG"), "{out}");
    // "al-Saleh" alone joins the full name's entity.
    let saleh: Vec<_> = doc
        .layers
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).ends_with("al-Saleh"))
        .collect();
    assert_eq!(saleh.len(), 2, "{out}");
    assert_eq!(saleh[0].entity, saleh[1].entity, "{out}");
    let e = &doc.layers.entities[saleh[0].entity as usize];
    assert_eq!(e.name, "Zaid al-Saleh");
}

#[test]
fn aliases_group_organisations() {
    let doc = analyze("Daech contrôle Raqqa. L'organisation État islamique a reculé. Les FDS, les Forces démocratiques syriennes, avancent.");
    let out = render(&doc);
    let keys: Vec<_> = doc
        .layers
        .entities
        .iter()
        .filter_map(|e| e.key.clone())
        .collect();
    assert!(keys.contains(&"org:etat-islamique".to_string()), "{out}");
    let ei = doc
        .layers
        .entities
        .iter()
        .find(|e| e.key.as_deref() == Some("org:etat-islamique"))
        .unwrap();
    assert!(ei.mentions.len() >= 2, "{out}");
    let fds = doc
        .layers
        .entities
        .iter()
        .find(|e| e.key.as_deref() == Some("org:fds"));
    assert!(fds.is_some_and(|e| e.mentions.len() == 2), "{out}");
}

#[test]
fn spans_are_sorted_and_on_char_boundaries() {
    let doc = analyze("À Moscou, Valentina Matvienko, présidente du Conseil de la Fédération, a parlé. Moscou dément.");
    let mut last = 0;
    for m in &doc.layers.mentions {
        assert!(m.span.start >= last);
        last = m.span.start;
        assert!(doc.text().is_char_boundary(m.span.start as usize));
        assert!(doc.text().is_char_boundary(m.span.end as usize));
        assert!((0.0..=1.0).contains(&m.confidence));
    }
    let out = render(&doc);
    assert!(out.contains("Valentina Matvienko PER"), "{out}");
    assert!(out.contains("Moscou LOC"), "{out}");
}

#[test]
fn no_tokens_gives_a_diagnostic_not_a_panic() {
    let mut doc = Document::new("Alep", Meta::default());
    NerStage::new().unwrap().annotate(&mut doc);
    assert!(doc.layers.mentions.is_empty());
    assert_eq!(doc.diagnostics.len(), 1);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics(text in "\\PC{0,200}") {
        let doc = analyze(&text);
        for m in &doc.layers.mentions {
            proptest::prop_assert!((m.entity as usize) < doc.layers.entities.len());
        }
    }
}

#[test]
fn seed_bar_phrases() {
    // Short phrases of the project's seed article.
    let doc = analyze(
        "De son côté, Moscou dément vouloir envoyer son armée de terre en Syrie. \
         La présidente du Conseil de Fédération Valentina Matvienko a commenté l'offensive de Daech à Palmyre. \
         Le chef de la commission du Conseil de la Fédération pour la défense et la sécurité Viktor Ozerov a indiqué à l'agence Sputnik \
         qu'aucune opération n'avait été évoquée. Plus de 5000 djihadistes, dont certains en provenance de Mossoul, \
         sont entrés dans Palmyre. Les frappes de la coalition sur Raqqa ont été suspendues. \
         Le Dr Taleb Ibrahim, directeur adjoint de l'Institut des études stratégiques de Damas, raconte. \
         Le 20 janvier, jour de l'investiture de Donald Trump. Daech est confronté à deux offensives dans Mossoul, au nord de l'Irak. \
         Tout le monde sait que les Forces démocratiques syriennes s'apprêtaient à attaquer Raqqa. \
         Je suis sûr que Daech coopère avec la CIA.",
    );
    let out = render(&doc);
    for want in [
        "Moscou LOC",
        "Syrie LOC",
        "Valentina Matvienko PER",
        "Daech ORG",
        "Palmyre LOC",
        "Conseil de la Fédération ORG",
        "Viktor Ozerov PER",
        "Sputnik ORG",
        "Mossoul LOC",
        "Raqqa LOC",
        "Taleb Ibrahim PER",
        "Damas LOC",
        "Donald Trump PER",
        "Irak LOC",
        "Forces démocratiques syriennes ORG",
        "CIA ORG",
    ] {
        assert!(
            out.contains(&format!("\n{want} ")) || out.starts_with(&format!("{want} ")),
            "{want}\n{out}"
        );
    }
}

#[test]
fn organisation_followed_by_a_person_is_split() {
    let doc =
        analyze("Le président de l'Assemblée nationale Richard Ferrand a parlé de la Covid-19.");
    let out = render(&doc);
    assert!(out.contains("Richard Ferrand PER"), "{out}");
    assert!(out.contains("Covid-19 MISC"), "{out}");
}

#[test]
fn news_agency_followed_by_a_person_is_split() {
    let doc = analyze(
        "\"Nous pratiquons le dessin\", explique à l'AFP Sae Ishino, un gardien de l'otarie.",
    );
    let out = render(&doc);
    assert!(out.contains("Sae Ishino PER"), "{out}");
    assert!(!out.contains("AFP Sae"), "{out}");
}

#[test]
fn a_person_name_ends_at_its_comma() {
    let doc = analyze(
        "La facture a été dressée par Olivier Dussopt, secrétaire d'État auprès du ministre.",
    );
    let out = render(&doc);
    assert!(!out.contains("Dussopt, secrétaire"), "{out}");
}

#[test]
fn acronyms_defined_in_parentheses_join_their_name() {
    // "EMA" does not spell the French name's initials: the parenthesis defines it
    let doc = analyze(
        "L'Agence européenne des médicaments (EMA) a publié un avis mardi. \
         Selon l'EMA, le vaccin est sûr.",
    );
    let out = render(&doc);
    let agency = doc
        .layers
        .entities
        .iter()
        .find(|e| e.name == "Agence européenne des médicaments")
        .unwrap_or_else(|| panic!("{out}"));
    let acronyms: Vec<_> = doc
        .layers
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "EMA")
        .collect();
    assert_eq!(acronyms.len(), 2, "{out}");
    assert!(acronyms.iter().all(|m| m.entity == agency.id), "{out}");
}
