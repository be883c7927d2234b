//! Golden tests: feed a text, compare the rendered quotes. The fixtures are written for these
//! tests (a few short phrases echo the project's seed article).

use expect_test::{expect, Expect};
use proptest::prelude::*;
use veille_core::layers::{Entity, EntityType, Mention};
use veille_core::{Document, Span, Stage};
use veille_quotes::{render, QuoteStage};

fn check(text: &str, expect: Expect) {
    check_with_mentions(text, &[], expect);
}

#[test]
fn seed_like_article() {
    check(
        "La ville a été libérée, a appris l'AFP d'une source militaire. \" Les rebelles n'avaient pas le choix: se rendre ou mourir \", a déclaré le général Karim Haddad, chef du comité local. Selon la source, l'armée a procédé au nettoyage du quartier. \"Les terroristes essaient de riposter. Mais la libération est proche \", a indiqué l'interlocuteur de l'AFP. \" Il y a beaucoup de monde dans les rues \", a déclaré à l'AFP, un habitant d'Alep. De son côté, Moscou dément vouloir envoyer son armée. Aucune troupe ne participera à l'opération, a déclaré aux journalistes la présidente du Sénat Anna Petrova. \" Il n'est aucunement question de participer \", a dit la présidente. À son tour, le chef de la commission Ivan Sokolov a indiqué qu'aucune opération n'avait été évoquée. \" La question n'a été évoquée à aucun niveau \", a souligné le sénateur.",
        expect![[r#"
            indirect «La ville a été libérée» <- une source militaire (anonymous) [apprendre]
            direct «Les rebelles n'avaient pas le choix: se rendre ou mourir» <- Karim Haddad (person) [déclarer]
            indirect «l'armée a procédé au nettoyage du quartier» <- une source militaire (anonymous) [selon]
            direct «Les terroristes essaient de riposter. Mais la libération est…» <- une source militaire (anonymous) [indiquer]
            direct «Il y a beaucoup de monde dans les rues» <- un habitant d'Alep (anonymous) [déclarer]
            indirect «vouloir envoyer son armée» <- Moscou (org) [démentir]
            indirect «Aucune troupe ne participera à l'opération» <- Anna Petrova (person) [déclarer]
            direct «Il n'est aucunement question de participer» <- Anna Petrova (person) [dire]
            indirect «aucune opération n'avait été évoquée» <- Ivan Sokolov (person) [indiquer]
            direct «La question n'a été évoquée à aucun niveau» <- Ivan Sokolov (person) [souligner]
            sourcing: named 6 anonymous 4 unattributed 0 | direct 5 indirect 5 mixed 0 | quoted 0.32
        "#]],
    );
}

#[test]
fn scare_quotes_and_names_are_not_quotations() {
    check(
        "Les djihadistes l'appellent \" l'attaque des frelons \". Raqqa, la \" capitale \" des terroristes, est encerclée. Le stage intitulé « GT500 Track Attack » est complet.",
        expect![[r#"
            sourcing: named 0 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn unclosed_quote_is_recovered_from_structure() {
    check(
        "Selon le Dr Paul Martin, directeur adjoint de l'Institut des études, l'attaque a été soudaine. \" Je crois que tout a été annulé. Il y a quelques jours, rien n'était prêt. Et d'ajouter: \" Je pense que l'ordre est venu d'ailleurs\". \" Tout le monde le sait \", conclut le directeur adjoint de l'Institut des études.",
        expect![[r#"
            indirect «l'attaque a été soudaine» <- Paul Martin (person) [selon]
            direct unclosed «Je crois que tout a été annulé. Il y a quelques jours, rien …» <- Paul Martin (person)
            direct «Je pense que l'ordre est venu d'ailleurs» <- Paul Martin (person) [ajouter]
            direct «Tout le monde le sait» <- Paul Martin (person) [conclure]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 3 indirect 1 mixed 0 | quoted 0.46
        "#]],
    );
}

#[test]
fn guillemets_incise_pronoun_and_mixed() {
    check(
        "« Nous sommes prêts, a-t-il ajouté, à négocier », a déclaré Jean Dupont, ministre de l'Économie. Il a ensuite estimé que la situation était « très grave pour tout le monde ». « C'est inacceptable », a-t-il répondu.",
        expect![[r#"
            direct «Nous sommes prêts, a-t-il ajouté, à négocier» <- Jean Dupont (person) [déclarer]
            mixed «la situation était « très grave pour tout le monde »» <- Jean Dupont (person) [estimer]
            direct «C'est inacceptable» <- Jean Dupont (person) [répondre]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 1 | quoted 0.67
        "#]],
    );
}

#[test]
fn dialogue_dashes() {
    check(
        "Le soir tombait.\n— Vous partez déjà ? demanda Marie Curie.\n— Oui, répondit-il.\n",
        expect![[r#"
            direct «Vous partez déjà ?» <- Marie Curie (person) [demander]
            direct «Oui» <- ? (unknown) [répondre]
            sourcing: named 1 anonymous 0 unattributed 1 | direct 2 indirect 0 mixed 0 | quoted 0.76
        "#]],
    );
}

#[test]
fn english_said() {
    let mut doc = Document::new(
        "\"We will not give up,\" said John Smith, the mayor.",
        Default::default(),
    );
    doc.language.code = "en".into();
    QuoteStage::new().annotate(&mut doc);
    expect![[r#"
        direct «We will not give up» <- John Smith (person) [say]
        sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.44
    "#]]
    .assert_eq(&render(&doc));
}

#[test]
fn pathological_marks_are_linear() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(["\" ", "« ", "» ", "“", "a-t-il dit, ", "selon lui ", ". "][i % 7]);
    }
    let t = std::time::Instant::now();
    let mut doc = Document::new(text, Default::default());
    QuoteStage::new().annotate(&mut doc);
    assert!(t.elapsed().as_secs_f64() < 5.0, "{:?}", t.elapsed());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn never_panics(s in "[«»“”\"‹›—a-zA-Zéè' ,.:;!?\n-]{0,300}") {
        let mut doc = Document::new(s, Default::default());
        QuoteStage::new().annotate(&mut doc);
        for q in &doc.layers.quotes {
            prop_assert!(q.content.end as usize <= doc.text().len());
            prop_assert!(doc.text().is_char_boundary(q.content.start as usize));
            prop_assert!(doc.text().is_char_boundary(q.content.end as usize));
        }
    }

    #[test]
    fn never_panics_arbitrary(s in any::<String>()) {
        let mut doc = Document::new(s, Default::default());
        QuoteStage::new().annotate(&mut doc);
    }
}

#[test]
fn speaker_salience_rules() {
    // a subject pronoun continues the named subject, not a later complement; "ce dernier" is
    // the person named last
    check(
        "Paul Martin a été élu dimanche, loin devant le juppéiste Marc Dupont. « Nous sommes de retour », a-t-il affirmé. Jeanne Roux a salué Marc Dupont. Selon ce dernier, la campagne reprendra lundi.",
        expect![[r#"
            direct «Nous sommes de retour» <- Paul Martin (person) [affirmer]
            indirect «la campagne reprendra lundi» <- Marc Dupont (person) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.13
        "#]],
    );
}

#[test]
fn inverted_subjects_after_complements_and_stem_changed_verbs() {
    // a described speaker with the name in apposition after "par téléphone à l'AFP"; a verb
    // form with an opened stem ("s'inquiète") that the source verb list lacks
    check(
        "La loi est floue.\n\"Nous allons faire appel de cette décision injuste,\" a déclaré par téléphone à l'AFP l'épouse du journaliste, Phyu Phyu Win.\nD'autres habitants sont satisfaits : \"On ne peut pas laisser le centre-ville dégénérer\", s'inquiète l'un d'entre eux.",
        expect![[r#"
            direct «Nous allons faire appel de cette décision injuste» <- Phyu Phyu Win (person) [déclarer]
            direct «On ne peut pas laisser le centre-ville dégénérer» <- l'un d'entre eux (anonymous) [inquiéter]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.39
        "#]],
    );
}

#[test]
fn title_named_before_its_holder() {
    // "le PDG" speaks before anyone is named; later a sentence opening with the same title
    // follows a sentence naming Paul Durand: he holds the title
    check(
        "\"C'est inacceptable\", a raconté le PDG, samedi, sur Twitter. Le ministre Jean Roux a réagi dimanche. \"Nous avons progressé\", se félicite Paul Durand. Le PDG d'ADP souligne que les attentes ont baissé.",
        expect![[r#"
            direct «C'est inacceptable» <- Paul Durand (person) [raconter]
            direct «Nous avons progressé» <- Paul Durand (person) [féliciter]
            indirect «les attentes ont baissé» <- Paul Durand (person) [souligner]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.21
        "#]],
    );
}

#[test]
fn two_word_quotation_standing_as_a_sentence() {
    // a short quotation that is a sentence of its own is a quotation, a two-word name inside
    // a sentence is not
    check(
        "Le maire a été interrogé sur le projet. \"Trop cher\". Il a parlé de \"la Grande Arche\" devant les élus.",
        expect![[r#"
            direct «Trop cher» <-  (unknown)
            sourcing: named 0 anonymous 0 unattributed 1 | direct 1 indirect 0 mixed 0 | quoted 0.11
        "#]],
    );
}

#[test]
fn acronyms_expand_and_loose_inverted_subjects() {
    // an acronym speaker takes its spelled-out form; a subject after a long medium phrase
    // and an adverb between auxiliary and participle still attribute the quotation
    check(
        "La société d'exploitation de la tour Eiffel (Sete) a fermé le site. \"Le site rouvrira demain\", a précisé la Sete dans un communiqué. \"Tous les signaux sont au rouge\", a dit lors de la même conférence de presse Yann Bubien. \"J'assume\", a simplement répondu Antoine de Caunes. \"Les entreprises doivent agir\", écrit le JDD, soit le Journal du Dimanche.",
        expect![[r#"
            direct «Le site rouvrira demain» <- société d'exploitation de la tour Eiffel (Sete) (org) [préciser]
            direct «Tous les signaux sont au rouge» <- Yann Bubien (person) [dire]
            direct «J'assume» <- Antoine de Caunes (person) [répondre]
            direct «Les entreprises doivent agir» <- le Journal du Dimanche (org) [écrire]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 4 indirect 0 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn subordinate_and_relative_reporting_clauses() {
    // a reporting clause opening the sentence as a subordinate, a second one in the main
    // clause, a relative "selon laquelle", and a verb with a message object ("a réitéré")
    check(
        "Après avoir affirmé à plusieurs reprises qu'elle n'était pas candidate, la ministre Anne Roux a finalement annoncé la semaine dernière qu'elle était prête à conduire la liste. Le risque est fort, indique la préfecture du département, selon laquelle le passage d'un skieur peut déclencher une avalanche. La présidente de la région, Valérie Martin, a réitéré mardi sa menace d'arrêter de payer la SNCF.",
        expect![[r#"
            indirect «elle n'était pas candidate» <- Anne Roux (person) [affirmer]
            indirect «elle était prête à conduire la liste» <- Anne Roux (person) [annoncer]
            indirect «Le risque est fort» <- la préfecture du département (org) [indiquer]
            indirect «le passage d'un skieur peut déclencher une avalanche» <- la préfecture du département (org) [selon]
            indirect «sa menace d'arrêter de payer la SNCF» <- Valérie Martin (person) [réitérer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 0 indirect 5 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn documents_speak_for_their_issuer() {
    // "le tribunal" is the court named before; a decision and a text speak for the
    // organisation that issued them
    check(
        "Le tribunal administratif de Montreuil a estimé que la fermeture des écoles portait atteinte au droit à l'éducation. La ville n'a établi aucune circonstance particulière, selon la décision du tribunal. La préfecture a pris un arrêté. Il vise à prévenir tout incident, justifie la préfecture dans un communiqué. Les manifestations sont interdites jusqu'à lundi, ajoute le texte.",
        expect![[r#"
            indirect «la fermeture des écoles portait atteinte au droit à l'éducat…» <- Le tribunal administratif de Montreuil (org) [estimer]
            indirect «La ville n'a établi aucune circonstance particulière» <- tribunal (org) [selon]
            indirect «Il vise à prévenir tout incident» <- la préfecture (org) [justifier]
            indirect «Les manifestations sont interdites jusqu'à lundi» <- la préfecture (org) [ajouter]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn quotation_after_a_colon_belongs_to_the_sentence_subject() {
    check(
        "Pierre Martin a confiance en son fils David : \"Il travaille bien, il a fait de belles choses.\" Le concert aura lieu en mai.",
        expect![[r#"
            direct «Il travaille bien, il a fait de belles choses.» <- Pierre Martin (person)
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.39
        "#]],
    );
}

#[test]
fn faire_valoir_and_weak_verbs_after_a_quotation() {
    check(
        "\"Le bateau est une découverte exceptionnelle\", a fait valoir dans un communiqué le ministre de la Culture, Sveinung Rotevatn. \"Me suis encore fait avoir\", a tweeté José Garcia.",
        expect![[r#"
            direct «Le bateau est une découverte exceptionnelle» <- Sveinung Rotevatn (person) [faire valoir]
            direct «Me suis encore fait avoir» <- José Garcia (person) [tweeter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.41
        "#]],
    );
}

#[test]
fn a_quotation_with_its_own_cue_is_not_swallowed_by_selon() {
    check(
        "Charles Aznavour a évoqué son ami Johnny Hallyday. \"Johnny fait partie des gens qui me manquent\", explique-t-il, revenant sur une brouille causée, selon lui, par l'entourage du rockeur.",
        expect![[r#"
            indirect «son ami Johnny Hallyday» <- Charles Aznavour (person) [évoquer]
            direct «Johnny fait partie des gens qui me manquent» <- Charles Aznavour (person) [expliquer]
            indirect «revenant sur une brouille causée, selon lui, par l'entourage…» <- Charles Aznavour (person) [selon]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 2 mixed 0 | quoted 0.24
        "#]],
    );
}

#[test]
fn intertitles_and_object_nouns_are_not_statements() {
    // an all-capitals intertitle in marks is no quotation; "le lancement" after a cue is an
    // object, not an inverted subject
    check(
        "Le suspect a été arrêté.\"DIFFÉREND D'ORDRE FAMILIAL\"Selon la préfecture, la victime était chez elle. A l'occasion de la tournée, Wayne Griffiths, le PDG de l'entreprise, a annoncé le lancement du nouveau siège.",
        expect![[r#"
            indirect «"DIFFÉREND D'ORDRE FAMILIAL"Selon la préfecture, la victime …» <- la préfecture (org) [selon]
            indirect «le lancement du nouveau siège» <- Wayne Griffiths (person) [annoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn review_cases_stay_right() {
    // a party label in parentheses is no spelled-out acronym; a sentence-initial "La SNCF" is
    // no medium for "le quotidien"; capitals with a cue are a quotation; a place after a
    // preposition is no inverted subject
    check(
        "Le député Jean Dupont (LR) a parlé. « Nous ne voterons jamais ce budget », a déclaré LR. La SNCF a indiqué que le trafic reprendrait lundi. Selon le quotidien, la grève pourrait durer. « OK, OK », a répondu le ministre Paul Martin. « Nous sommes prêts », a dit la semaine dernière aux journalistes présents à Lyon.",
        expect![[r#"
            direct «Nous ne voterons jamais ce budget» <- LR (org) [déclarer]
            indirect «le trafic reprendrait lundi» <- SNCF (org) [indiquer]
            indirect «la grève pourrait durer» <- le quotidien (org) [selon]
            direct «OK, OK» <- Paul Martin (person) [répondre]
            direct «Nous sommes prêts» <- Paul Martin (person) [dire]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 3 indirect 2 mixed 0 | quoted 0.22
        "#]],
    );
}

#[test]
fn comme_le_rapporte_avant_de_and_multiword_media() {
    check(
        "Mais, comme le rapporte Le Parisien, les bénévoles ont lancé une collecte. Le maire Hervé Lucbéreilh a confié à France Bleu Béarn avoir été averti vers 2 heures. \"Il ne m'a jamais prévenu\", a confié Manuel Valls. Avant de reconnaître que ce quinquennat a été un échec.",
        expect![[r#"
            indirect «les bénévoles ont lancé une collecte» <- Le Parisien (org) [rapporter]
            indirect «avoir été averti vers 2 heures» <- Hervé Lucbéreilh (person) [confier]
            direct «Il ne m'a jamais prévenu» <- Manuel Valls (person) [confier]
            indirect «ce quinquennat a été un échec» <- Manuel Valls (person) [reconnaître]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 1 indirect 3 mixed 0 | quoted 0.10
        "#]],
    );
}

#[test]
fn a_lead_quotation_belongs_to_the_next_sentence_subject() {
    check(
        "\"Elle a les moyens de payer le 8 juillet\". Le secrétaire d'État aux Transports, Jean-Baptiste Djebbari, n'a pas donné suite à l'ultimatum.",
        expect![[r#"
            direct «Elle a les moyens de payer le 8 juillet» <- Jean-Baptiste Djebbari (person)
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.30
        "#]],
    );
}

#[test]
fn outlets_relatives_and_subordinate_subjects() {
    check(
        "Le gouvernement tardera à publier sa liste, selon Le Figaro. Les noms seront connus lundi, souligne le quotidien. Une enquête de France Inter avait été publiée. Le média l'avait mise en cause, en affirmant qu'elle utilisait ces moyens à des fins personnelles. Ce à quoi a rétorqué Paul Martin : \"Ce n'est pas nous.\" Tout a commencé quand la police locale a appelé les habitants à rester chez eux. \"Il faut rester calme\", a déclaré M. Durand sur RMC, qui se dit \"serein\".",
        expect![[r#"
            indirect «Le gouvernement tardera à publier sa liste» <- Le Figaro (org) [selon]
            indirect «Les noms seront connus lundi» <- Le Figaro (org) [souligner]
            indirect «elle utilisait ces moyens à des fins personnelles» <- France Inter (org) [affirmer]
            direct «Ce n'est pas nous.» <- Paul Martin (person) [rétorquer]
            indirect «rester chez eux» <- la police locale (org) [appeler]
            direct «Il faut rester calme» <- Durand (person) [déclarer]
            indirect «"serein"» <- Durand (person) [dire]
            sourcing: named 7 anonymous 0 unattributed 0 | direct 2 indirect 5 mixed 0 | quoted 0.09
        "#]],
    );
}

#[test]
fn a_pronoun_announces_a_subject_not_a_complement() {
    check(
        "Dans le même temps, il a affirmé qu'il était favorable à la réforme, interrogé sur les propos tenus par Jean Valjean. Le débat continue. Vincent Lenoir a vanté la primaire. Vincent Lenoir en a profité pour critiquer un autre candidat, en la personne de l'ex-Premier ministre Paul Roux. \"Je suis parti avant\", a-t-il lancé. \"Je veux gagner\", a lancé l'ex-ministre de Marc Durand.",
        expect![[r#"
            indirect «il était favorable à la réforme» <- Vincent Lenoir (person) [affirmer]
            indirect «la primaire» <- Vincent Lenoir (person) [vanter]
            direct «Je suis parti avant» <- Vincent Lenoir (person) [lancer]
            direct «Je veux gagner» <- Vincent Lenoir (person) [lancer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 2 indirect 2 mixed 0 | quoted 0.10
        "#]],
    );
}

#[test]
fn code_is_not_quoted_and_roles_stop_at_clause_boundaries() {
    check(
        "Gilbert Durand parle encore. Le député juge que Paul Roux sera le mieux placé. Var x = { url: \"//pms.exemple.fr/module/pm/1892/embed\" }. Répondant aux accusations de Pékin selon lesquelles les diplomates ont aidé deux journalistes à fuir, le ministre Simon Lenoir a affirmé que Pékin avait accepté un accord.",
        expect![[r#"
            indirect «Paul Roux sera le mieux placé» <- Gilbert Durand (person) [juger]
            indirect «les diplomates ont aidé deux journalistes à fuir» <- Pékin (org) [selon]
            indirect «Pékin avait accepté un accord» <- Simon Lenoir (person) [affirmer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn media_nouns_fit_their_outlet_and_honorifics_before_apposed_names() {
    check(
        "Des voitures ont brûlé, selon Le Parisien. Les habitants ont été évacués, a indiqué France Bleu Isère. Au même moment, selon la radio locale, un autre groupe est entré dans la mairie. \"Le secret des sources est bafoué\", dénonce le journal satirique. \"C'est un jeu d'enfant\", note encore le Canard enchaîné. \"Elle est dépassée\", a expliqué son avocat, Me Jean Lefort.",
        expect![[r#"
            indirect «Des voitures ont brûlé» <- Le Parisien (org) [selon]
            indirect «Les habitants ont été évacués» <- France Bleu Isère (org) [indiquer]
            indirect «un autre groupe est entré dans la mairie» <- France Bleu Isère (org) [selon]
            direct «Le secret des sources est bafoué» <- Le Parisien (org) [dénoncer]
            direct «C'est un jeu d'enfant» <- Canard enchaîné (org) [noter]
            direct «Elle est dépassée» <- Jean Lefort (person) [expliquer]
            sourcing: named 6 anonymous 0 unattributed 0 | direct 3 indirect 3 mixed 0 | quoted 0.21
        "#]],
    );
}

#[test]
fn glued_intertitles_and_honorifics_before_capitalized_articles() {
    check(
        "Il a parlé au Parisien. Les taux dans la formule\"Ce chiffre tient compte des taux bas et de l'inflation\", défend également M. Le Maire, qui a suivi les recommandations.",
        expect![[r#"
            direct «Ce chiffre tient compte des taux bas et de l'inflation» <- Le Maire (person) [défendre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.33
        "#]],
    );
}

#[test]
fn celui_qui_and_things_named_like_people() {
    check(
        "Le producteur Thomas Langmann a choisi Zaz. \"C'est une future très grande actrice\", a assuré celui qui a remporté cinq Oscars. Les recherches reprendront lorsque le typhon Haishen aura quitté la région, a affirmé un responsable.",
        expect![[r#"
            direct «C'est une future très grande actrice» <- Thomas Langmann (person) [assurer]
            indirect «Les recherches reprendront lorsque le typhon Haishen aura qu…» <- un responsable (anonymous) [affirmer]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.17
        "#]],
    );
}

#[test]
fn the_municipality_is_the_town_named_in_the_article() {
    check(
        "Deux agents ont été suspendus mardi, a annoncé la municipalité. \"Le temps de l'instruction, les agents sont suspendus\", a précisé la Ville de Paris.",
        expect![[r#"
            indirect «Deux agents ont été suspendus mardi» <- la Ville de Paris (org) [annoncer]
            direct «Le temps de l'instruction, les agents sont suspendus» <- la Ville de Paris (org) [préciser]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.36
        "#]],
    );
}

#[test]
fn quotations_joined_by_a_conjunction_are_two_statements() {
    check(
        "Paul Durand parle. \"On a trop peur qu'il y ait une enquête\", a-t-il plaisanté, mais \"cela montre bien qu'on s'asseoit sur la protection des sources\". \"Notre première arme, c'est la prévention\" et \"nous la devons aux personnes vulnérables\", a expliqué Jeanne Roux. Les préfets appellent les \"pratiquants de la montagne\" et \"les randonneurs\" à la prudence, a indiqué la préfecture.",
        expect![[r#"
            direct «On a trop peur qu'il y ait une enquête» <- Paul Durand (person) [plaisanter]
            direct «cela montre bien qu'on s'asseoit sur la protection des sourc…» <- Paul Durand (person) [plaisanter]
            direct «Notre première arme, c'est la prévention» <- Jeanne Roux (person) [expliquer]
            direct «nous la devons aux personnes vulnérables» <- Jeanne Roux (person) [expliquer]
            mixed «Les préfets appellent les "pratiquants de la montagne" et "l…» <- la préfecture (org) [indiquer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 4 indirect 0 mixed 1 | quoted 0.76
        "#]],
    );
}

#[test]
fn nouns_that_look_like_verbs_and_complements_before_the_clause() {
    check(
        "Le prévenu a assuré que tout allait bien. L'homme a assuré devant le tribunal correctionnel être en voie de réinsertion. Le constructeur a confirmé peu après que le président avait porté un masque.",
        expect![[r#"
            indirect «tout allait bien» <- Le prévenu (anonymous) [assurer]
            indirect «être en voie de réinsertion» <- Le prévenu (anonymous) [assurer]
            indirect «le président avait porté un masque» <- Le constructeur (org) [confirmer]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn review_cases_of_session_four() {
    check(
        "L'Union européenne a déclaré que la crise est finie. Le Point a révélé l'affaire. Le site du ministère indique que tout est faux. Le gouvernement défend le principe selon lequel les riches doivent payer davantage. Le ministre a confirmé peu avant le vote que la crise est finie. Le maire a souri et \"les habitants ont applaudi\".",
        expect![[r#"
            indirect «la crise est finie» <- Union (org) [déclarer]
            indirect «tout est faux» <- Le site du ministère (org) [indiquer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn rules_of_session_five() {
    // an article-initial pronoun waits for the speaker designated next (a role with a short
    // complement, not the person named in a complement before it)
    check(
        "Dans le même temps, il a affirmé qu'il était favorable à la torture, interrogé sur les propos tenus par Donald Trump. \"Je ne pourrais pas le défendre\", a affirmé le député du Gard.",
        expect![[r#"
            indirect «il était favorable à la torture» <- le député du Gard (person) [affirmer]
            direct «Je ne pourrais pas le défendre» <- le député du Gard (person) [affirmer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.18
        "#]],
    );
    // the subject of the reported clause outside the marks; a reflexive cue after a
    // quotation; a party label after a title; a document speaking for its issuer; an
    // insertion between commas before "que"
    check(
        "Anne Hidalgo \"ne fait qu'appliquer des directives\", a estimé Rachida Dati. \"Chirac, au secours\", s'était désolé le sénateur François Grosdidier. La veille, le député LR avait déploré l'attitude de son groupe. La préfecture de l'Aude a publié un bilan. \"Dix véhicules ont été engagés\", précise le communiqué de la préfecture. Emmanuel Macron a estimé, vendredi dans un entretien accordé au Point, que la réforme était nécessaire.",
        expect![[r#"
            mixed «Anne Hidalgo "ne fait qu'appliquer des directives"» <- Rachida Dati (person) [estimer]
            direct «Chirac, au secours» <- François Grosdidier (person) [désoler]
            indirect «l'attitude de son groupe» <- le député LR (person) [déplorer]
            direct «Dix véhicules ont été engagés» <- la préfecture (org) [préciser]
            indirect «la réforme était nécessaire» <- Emmanuel Macron (person) [estimer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 2 indirect 2 mixed 1 | quoted 0.24
        "#]],
    );
}

#[test]
fn roles_and_appositions_of_session_five() {
    check(
        "Marion Maréchal a assuré mercredi qu'elle n'entrera jamais en conflit avec sa tante Marine Le Pen. \"Jamais, je ne rentrerais dans ce jeu\", a déclaré la directrice de l'Issep. En juin, son avocat, Stuart Goldfarb, avait démenti les accusations. \"Les femmes se jettent sur lui\", avait affirmé l'avocat à l'AFP. \"J'ai vu un de mes collègues être poursuivi\", a ajouté, auprès de l'AFP, une employée de la société.",
        expect![[r#"
            indirect «elle n'entrera jamais en conflit avec sa tante Marine Le Pen» <- Marion Maréchal (person) [assurer]
            direct «Jamais, je ne rentrerais dans ce jeu» <- Marion Maréchal (person) [déclarer]
            indirect «les accusations» <- Stuart Goldfarb (person) [démentir]
            direct «Les femmes se jettent sur lui» <- Stuart Goldfarb (person) [affirmer]
            direct «J'ai vu un de mes collègues être poursuivi» <- une employée de la société (anonymous) [ajouter]
            sourcing: named 4 anonymous 1 unattributed 0 | direct 3 indirect 2 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_profession_designates_the_subject_before() {
    check(
        "Bernard Tapie est de retour à Marseille. \"Le médecin m'a parlé\", a confié l'homme d'affaires au quotidien dont il est actionnaire.",
        expect![[r#"
            direct «Le médecin m'a parlé» <- Bernard Tapie (person) [confier]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.17
        "#]],
    );
}

#[test]
fn things_are_nobody_and_unnamed_people_are_antecedents() {
    // a product named after its noun is no person, here or later; a sentence-initial unnamed
    // person is what a pronoun refers to
    check(
        "Un compteur électrique Linky a pris feu lundi. Le mari était devant son ordinateur. \"Je me suis levé pour actionner le commutateur\", raconte-t-il. Linky a été retiré.",
        expect![[r#"
            direct «Je me suis levé pour actionner le commutateur» <- Le mari (anonymous) [raconter]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn source_markers_and_adverbials_before_a_quotation() {
    // a source marker before a quotation that makes the rest of the sentence, and an
    // adverbial set off by a comma, leave the quotation direct; a clause before the
    // quotation makes it mixed
    check(
        "Patrick Durand est maire de Lille. Selon lui, \"il faut de l'expression citoyenne sur tous les sujets\". Avant les résultats finaux, \"la proportion de bacheliers s'établit à 86 %\", a-t-il indiqué. Selon les derniers chiffres, il y avait huit personnes hospitalisées, \"sans signe de gravité\", a dit Jean Coiplet. Selon Anaëlle Dupont, une Parisienne de 19 ans, \"on en a entendu parler sur les réseaux\", a-t-elle raconté.",
        expect![[r#"
            direct «il faut de l'expression citoyenne sur tous les sujets» <- Patrick Durand (person) [selon]
            direct «la proportion de bacheliers s'établit à 86 %» <- Patrick Durand (person) [indiquer]
            mixed «Selon les derniers chiffres, il y avait huit personnes hospi…» <- Jean Coiplet (person) [dire]
            direct «on en a entendu parler sur les réseaux» <- Anaëlle Dupont (person) [raconter]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 1 | quoted 0.59
        "#]],
    );
}

#[test]
fn an_opening_title_is_the_person_named_later_as_a_speaker() {
    // OrangeSum drops the lede that named the minister: the title opening the article is the
    // person named as a speaker further on, not a description of its own
    check(
        "\"Le Conseil est favorable à ce qu'on puisse réduire la période\", a-t-il déclaré sur France Inter. La décision sera prise vendredi, ce qui \"va nous donner un peu de temps pour solliciter d'autres experts\", a ajouté le ministre. \"On est davantage contagieux dans les cinq premiers jours ou qui suivent les symptômes. Ensuite cette contagiosité diminue de façon très importante, et au-delà d'une semaine, elle demeure mais elle est très faible\", a-t-il argumenté. Cette période permettra \"une meilleure adhésion\" car \"on constate qu'un grand nombre de Français ne respecte pas la quatorzaine\", a poursuivi Olivier Véran.",
        expect![[r#"
            direct «Le Conseil est favorable à ce qu'on puisse réduire la périod…» <- Olivier Véran (person) [déclarer]
            mixed «La décision sera prise vendredi, ce qui "va nous donner un p…» <- Olivier Véran (person) [ajouter]
            direct «On est davantage contagieux dans les cinq premiers jours ou …» <- Olivier Véran (person) [argumenter]
            mixed «Cette période permettra "une meilleure adhésion" car "on con…» <- Olivier Véran (person) [poursuivre]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 2 | quoted 0.83
        "#]],
    );
}

#[test]
fn a_plural_description_is_no_single_person() {
    check(
        "\"L'État se doit d'empêcher l'effondrement de cette filière\", plaident les signataires, dont le prix Nobel Patrick Modiano ou encore le romancier Guillaume Musso. La fermeture des librairies a entraîné une perte de la quasi-totalité de leur chiffre d'affaires, rappellent les signataires de la tribune.",
        expect![[r#"
            direct «L'État se doit d'empêcher l'effondrement de cette filière» <- les signataires (anonymous) [plaider]
            indirect «La fermeture des librairies a entraîné une perte de la quasi…» <- les signataires de la tribune (anonymous) [rappeler]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.20
        "#]],
    );
}

/// Like `check`, with the NER layer tagging `mentions` (each at its first occurrence) as the
/// only ones.
fn check_with_mentions(text: &str, mentions: &[(&str, EntityType)], expect: Expect) {
    let linked: Vec<_> = (0..).zip(mentions).map(|(i, &(p, l))| (p, l, i)).collect();
    check_with_linked_mentions(text, &linked, expect);
}

/// Like `check_with_mentions`, each mention with the entity it links to (mentions of one
/// entity may be spelled differently); "LFI#2" is the second occurrence of "LFI".
fn check_with_linked_mentions(text: &str, mentions: &[(&str, EntityType, u32)], expect: Expect) {
    let mut doc = Document::new(text, Default::default());
    for (i, &(p, label, entity)) in (0..).zip(mentions) {
        let (p, nth) = p
            .split_once('#')
            .map_or((p, 1), |(p, n)| (p, n.parse().unwrap()));
        let (start, _) = text
            .match_indices(p)
            .nth(nth - 1)
            .expect("the mention is in the text");
        let start = start as u32;
        doc.layers.mentions.push(Mention {
            span: Span::new(start, start + p.len() as u32),
            label,
            confidence: 1.0,
            entity,
        });
        match doc.layers.entities.iter_mut().find(|e| e.id == entity) {
            Some(e) => e.mentions.push(i),
            None => doc.layers.entities.push(Entity {
                id: entity,
                name: p.to_string(),
                label,
                mentions: vec![i],
                key: None,
            }),
        }
    }
    doc.layers.mentions.sort_by_key(|m| m.span.start);
    QuoteStage::new().annotate(&mut doc);
    expect.assert_eq(&render(&doc));
}

#[test]
fn a_name_after_an_honorific_is_a_person() {
    // the NER layer tagged a place but missed "M. Bas" ("bas" is also a word)
    check_with_mentions(
        "\"Ces actes de violence mettent en lumière l'insécurité\", a réagi le sénateur de la Manche. M. Bas a écrit au Premier ministre. \"La République ne peut les laisser seuls\", a-t-il souligné.",
        &[("Manche", EntityType::LOC)],
        expect![[r#"
            direct «Ces actes de violence mettent en lumière l'insécurité» <- Bas (person) [réagir]
            direct «La République ne peut les laisser seuls» <- Bas (person) [souligner]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.52
        "#]],
    );
}

#[test]
fn a_gerund_in_the_narration_does_not_take_the_floor() {
    // "a-t-il poursuivi" goes on with the person quoted before, not with the one whose
    // gerund the journalist reported in between; a speech verb of its own does take it
    check(
        "\"Il a commencé par gronder le peuple\", a souligné Jean-Luc Mélenchon. Emmanuel Macron a en effet commencé son discours en assurant que les violences ne bénéficieraient d'aucune indulgence. \"Il a pensé qu'une distribution de monnaie pourrait calmer l'insurrection\", a-t-il poursuivi. Alexis Corbière a insisté lundi en soulignant que le vocabulaire de la Révolution était repris. \"L'histoire profonde de ce pays, c'est la passion de l'égalité\", a-t-il ajouté.",
        expect![[r#"
            direct «Il a commencé par gronder le peuple» <- Jean-Luc Mélenchon (person) [souligner]
            indirect «les violences ne bénéficieraient d'aucune indulgence» <- Emmanuel Macron (person) [assurer]
            direct «Il a pensé qu'une distribution de monnaie pourrait calmer l'…» <- Jean-Luc Mélenchon (person) [poursuivre]
            indirect «le vocabulaire de la Révolution était repris» <- Alexis Corbière (person) [souligner]
            direct «L'histoire profonde de ce pays, c'est la passion de l'égalit…» <- Alexis Corbière (person) [ajouter]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 3 indirect 2 mixed 0 | quoted 0.38
        "#]],
    );
}

#[test]
fn a_bare_title_is_the_unnamed_holder_met_before() {
    check(
        "\"Je ne pourrais pas le défendre\", a affirmé le député du Gard. Interrogé sur la stratégie de Sven Mary, l'avocat du suspect, il rétorque que c'est une technique. Le député, proche de Marine Le Pen, se dit agacé par l'omniprésence du suspect.",
        expect![[r#"
            direct «Je ne pourrais pas le défendre» <- le député du Gard (person) [affirmer]
            indirect «c'est une technique» <- le député du Gard (person) [rétorquer]
            indirect «agacé par l'omniprésence du suspect» <- le député du Gard (person) [dire]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 2 mixed 0 | quoted 0.13
        "#]],
    );
}

#[test]
fn demonstrative_pronouns_are_no_speakers() {
    // a cleft's subject stands after "c'est"; "cela" says nothing
    check(
        "Le mouvement avait été lancé par une adolescente, Greta Thunberg. C'est elle qui a appelé à une grève mondiale des élèves. Cela veut dire qu'il a franchi le seuil.",
        expect![[r#"
            indirect «une grève mondiale des élèves» <- Greta Thunberg (person) [appeler]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn incises_inside_the_marks_with_reflexive_verbs_and_source_markers() {
    check(
        "\"Le gouvernement s'entête à appliquer des recettes qui ne marchent pas, s'insurge le délégué de l'association, Pierre Chasseray. Il ne s'y prendrait pas autrement.\" Mais la Ligue trouve que ce n'est pas assez. \"Quatre régions pourvues de radars, c'est très peu, selon sa présidente, Chantal Perrichon. Il faut l'étendre.\"",
        expect![[r#"
            direct «Le gouvernement s'entête à appliquer des recettes qui ne mar…» <- Pierre Chasseray (person) [insurger]
            direct «Quatre régions pourvues de radars, c'est très peu, selon sa …» <- Chantal Perrichon (person) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.86
        "#]],
    );
}

#[test]
fn two_quoted_pieces_under_one_cue_after_them_are_two_statements() {
    // (before them, as objects of one clause, they make one mixed statement)
    check(
        "\"Il s'agit de manifester l'importance de ce sujet\" et de \"travailler à des choses concrètes pour les lycéens\", a-t-il déclaré. Elle a affirmé que \"les premières arrestations ont eu lieu à 15H00\" et \"la première grenade a été lancée à 09H30\".",
        expect![[r#"
            direct «Il s'agit de manifester l'importance de ce sujet» <- ? (unknown) [déclarer]
            direct «travailler à des choses concrètes pour les lycéens» <- ? (unknown) [déclarer]
            mixed «"les premières arrestations ont eu lieu à 15H00" et "la prem…» <- ? (unknown) [affirmer]
            sourcing: named 0 anonymous 0 unattributed 3 | direct 2 indirect 0 mixed 1 | quoted 0.90
        "#]],
    );
}

#[test]
fn an_outlet_relaying_a_quotation_yields_to_the_speaker_before_it() {
    // guidelines, clarification 25: the original speaker, and no statement for the relay
    check(
        "L'élu frontiste, Franck Sinisi, a déclaré : \"Pour loger les Roms, il pourrait y avoir un autofinancement\", rapporte Le Dauphiné.",
        expect![[r#"
            direct «Pour loger les Roms, il pourrait y avoir un autofinancement» <- Franck Sinisi (person) [déclarer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.48
        "#]],
    );
}

#[test]
fn a_subject_outside_the_marks_makes_a_bare_quotation_mixed() {
    check(
        "L'Écho Républicain explique que l'employée \"était en train de vider le distributeur de billets. Effrayée, elle a pris la fuite\". Le procureur Paul Martin a parlé. \"En définitive\", conclut-il, le suspect \"avait mûri une haine féroce. Haine qui l'amenait à les assassiner\".",
        expect![[r#"
            mixed «l'employée "était en train de vider le distributeur de bille…» <- Écho Républicain (person) [expliquer]
            direct «En définitive» <- Paul Martin (person) [conclure]
            mixed «le suspect "avait mûri une haine féroce. Haine qui l'amenait…» <- Paul Martin (person)
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 2 | quoted 0.74
        "#]],
    );
}

#[test]
fn a_generic_company_noun_designates_an_untagged_name() {
    // the NER layer tagged a place but not the company
    check_with_mentions(
        "En déplacement dans le Michigan, Donald Trump a visité une usine Ford réaménagée pour produire des respirateurs. Le constructeur automobile a confirmé que Donald Trump avait porté un masque lors d'une visite privée.",
        &[("Michigan", EntityType::LOC), ("Donald Trump", EntityType::PER)],
        expect![[r#"
            indirect «Donald Trump avait porté un masque lors d'une visite privée» <- Ford (org) [confirmer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_person_described_by_age_is_the_named_person_speaking() {
    check_with_mentions(
        "Geneviève de Fontenay a réagi mardi. \"Je me fiche de ce qui se passe ailleurs\", a-t-elle dit au Point. \"Il y a peut-être eu des candidates lesbiennes\", a ajouté l'octogénaire.",
        &[("Geneviève de Fontenay", EntityType::PER)],
        expect![[r#"
            direct «Je me fiche de ce qui se passe ailleurs» <- Geneviève de Fontenay (person) [dire]
            direct «Il y a peut-être eu des candidates lesbiennes» <- Geneviève de Fontenay (person) [ajouter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.50
        "#]],
    );
}

#[test]
fn the_entourage_of_someone_is_an_anonymous_source() {
    check(
        "Marc Perret est apiculteur. \"Il n'a jamais été question d'interdire le tournage\", a indiqué l'entourage du ministre.",
        expect![[r#"
            direct «Il n'a jamais été question d'interdire le tournage» <- l'entourage du ministre (anonymous) [indiquer]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.45
        "#]],
    );
}

#[test]
fn a_subordinator_opens_its_clauses_subject() {
    check(
        "Si les démocrates ont évoqué la possibilité d'organiser leur convention en ligne, les républicains ont refusé.",
        expect![[r#"
            indirect «la possibilité d'organiser leur convention en ligne» <- les démocrates (anonymous) [évoquer]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn an_age_or_an_adverbial_is_no_speaker() {
    check(
        "\"Nous irons jusqu'au bout\", a déclaré Gilles Le Gendre. Jusqu'ici, rien n'a été annoncé, a-t-il ajouté.",
        expect![[r#"
            direct «Nous irons jusqu'au bout» <- Gilles Le Gendre (person) [déclarer]
            indirect «Jusqu'ici, rien n'a été annoncé» <- Gilles Le Gendre (person) [ajouter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.25
        "#]],
    );
}

#[test]
fn a_passive_cue_gives_the_statement_to_its_agent() {
    check(
        "Selon un policier, \"il s'agirait d'une personne fragile\". Une hypothèse confirmée par la direction du monument, qui parle d'\"une tentative de suicide\". Interrogé sur une baisse des impôts annoncée par le gouvernement, le sénateur n'a pas réagi. Autre mesure annoncée dimanche par le ministère : les rassemblements sont interdits. La nouvelle a été confirmée par la préfecture qui rapporte que le site a été évacué.",
        expect![[r#"
            direct «il s'agirait d'une personne fragile» <- un policier (anonymous) [selon]
            mixed «la direction du monument, qui parle d'"une tentative de suic…» <- la direction du monument (org) [confirmer]
            indirect «une baisse des impôts» <- le gouvernement (org) [annoncer]
            indirect «les rassemblements sont interdits» <- le ministère (org) [annoncer]
            indirect «le site a été évacué» <- la préfecture (org) [rapporter]
            sourcing: named 4 anonymous 1 unattributed 0 | direct 1 indirect 3 mixed 1 | quoted 0.32
        "#]],
    );
}

#[test]
fn what_an_outlet_published_is_the_outlets() {
    check(
        "Selon les précisions de France 3, le policier a sorti son carnet. Un soldat a mis fin à ses jours, selon une information du Parisien publiée samedi 26 août. 92% des Français estiment que les journalistes font un travail \"utile\", selon un sondage publié dimanche 11 mars par France Info.",
        expect![[r#"
            indirect «le policier a sorti son carnet» <- France 3 (org) [selon]
            indirect «Un soldat a mis fin à ses jours» <- Parisien (org) [selon]
            mixed «92% des Français estiment que les journalistes font un trava…» <- France Info (org) [selon]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 1 | quoted 0.27
        "#]],
    );
}

#[test]
fn lead_quotations_generic_company_nouns_and_loose_acronyms() {
    check(
        "\"Personne ne me dictera mon calendrier\". Voilà ce qu'a répondu Nicolas Dupont-Aignan à ses alliés. Un avion de Qatar Airways a dû atterrir. L'avion est revenu à Doha, selon la compagnie. \"L'hébergement a atteint 94 %\", détaille l'Observatoire national des stations de montagne. \"Les situations sont variées\", ajoute l'OSM. \"Aucun blessé grave\", assure l'Assistance publique-Hôpitaux de Paris (AP-HP). L'AP-HP dément les rumeurs.",
        expect![[r#"
            direct «Personne ne me dictera mon calendrier» <- Nicolas Dupont-Aignan (person)
            indirect «L'avion est revenu à Doha» <- Qatar Airways (org) [selon]
            direct «L'hébergement a atteint 94 %» <- Observatoire (org) [détailler]
            direct «Les situations sont variées» <- l'Observatoire national des stations de montagne (org) [ajouter]
            direct «Aucun blessé grave» <- Assistance (org) [assurer]
            indirect «les rumeurs» <- l'Assistance publique-Hôpitaux de Paris (org) [démentir]
            sourcing: named 6 anonymous 0 unattributed 0 | direct 4 indirect 2 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_pronoun_continues_a_described_subject_not_its_complements() {
    check(
        "\"C'est une grève de salariés\", a estimé le secrétaire général de la CGT Philippe Martinez. Le responsable syndical s'est plaint de ne pas avoir été reçu, alors que celui de l'Unsa, Laurent Escure, oui. \"Je n'ai pas de date de rendez-vous\", a-t-il déploré. Ces cas sont graves, selon la Haut-Commissaire. Celui-ci a déclaré que rien n'était fait.",
        expect![[r#"
            direct «C'est une grève de salariés» <- CGT Philippe Martinez (person) [estimer]
            indirect «ne pas avoir été reçu» <- CGT Philippe Martinez (person) [plaindre]
            direct «Je n'ai pas de date de rendez-vous» <- CGT Philippe Martinez (person) [déplorer]
            indirect «Ces cas sont graves» <- la Haut-Commissaire (person) [selon]
            indirect «rien n'était fait» <- Laurent Escure (person) [déclarer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 2 indirect 3 mixed 0 | quoted 0.19
        "#]],
    );
}

#[test]
fn an_opening_title_skips_people_of_the_other_gender_and_plural_agents() {
    check_with_mentions(
        "Après le départ de Florian Philippot, la présidente du parti a expliqué que son ex-numéro 2 était parti. \"Je respecte sa décision\", a réagi Marine Le Pen. Le navire a accosté. Trois autres sont Français. \"Il n'y avait aucune raison de s'inquiéter\", a expliqué la compagnie. Une information confirmée par les deux intéressés à Paris Match.",
        &[
            ("Florian Philippot", EntityType::PER),
            ("Marine Le Pen", EntityType::PER),
            ("Français", EntityType::ORG),
        ],
        expect![[r#"
            indirect «son ex-numéro 2 était parti» <- Marine Le Pen (person) [expliquer]
            direct «Je respecte sa décision» <- Marine Le Pen (person) [réagir]
            direct «Il n'y avait aucune raison de s'inquiéter» <- la compagnie (org) [expliquer]
            indirect «Une information» <- les deux intéressés (anonymous) [confirmer]
            sourcing: named 3 anonymous 1 unattributed 0 | direct 2 indirect 2 mixed 0 | quoted 0.20
        "#]],
    );
}

#[test]
fn two_word_adverbials_and_an_inverted_cue_before_a_colon() {
    check(
        "Marine Le Pen, candidate déclarée, a en outre jugé que l'allocution avait été un \"exercice de narcissisme\". La préfecture a elle aussi annoncé la fermeture des écoles. \"Ce n'était pas un retard\", a fait valoir le Pr Gilles Pialoux: \"il n'y a pas eu de personne contaminée\".",
        expect![[r#"
            mixed «l'allocution avait été un "exercice de narcissisme"» <- Marine Le Pen (person) [juger]
            indirect «la fermeture des écoles» <- La préfecture (org) [annoncer]
            direct «Ce n'était pas un retard» <- Gilles Pialoux (person) [faire valoir]
            direct «il n'y a pas eu de personne contaminée» <- Gilles Pialoux (person) [faire valoir]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 1 | quoted 0.50
        "#]],
    );
}

#[test]
fn a_plural_description_takes_the_pair_named_together() {
    check_with_mentions(
        "Igor et Grichka Bogdanoff ont publié un communiqué. Les deux frères ont expliqué avoir rencontré cet ami en 2017. \"Ils contestent toute escroquerie\", ont réagi leurs avocats, Me Edouard de Lamaze et Eric Morain. Paris et Lyon ont voté. Les deux pays ont affirmé que rien ne changerait. Les avocats de la famille ont dit que l'enquête avançait.",
        &[
            ("Igor", EntityType::PER),
            ("Grichka Bogdanoff", EntityType::PER),
            ("Edouard de Lamaze", EntityType::PER),
            ("Eric Morain", EntityType::PER),
            ("Paris", EntityType::LOC),
            ("Lyon", EntityType::LOC),
        ],
        expect![[r#"
            indirect «avoir rencontré cet ami en 2017» <- Igor et Grichka Bogdanoff (person) [expliquer]
            direct «Ils contestent toute escroquerie» <- Edouard de Lamaze et Eric Morain (person) [réagir]
            indirect «rien ne changerait» <- Les deux pays (anonymous) [affirmer]
            indirect «l'enquête avançait» <- Les avocats de la famille (anonymous) [dire]
            sourcing: named 2 anonymous 2 unattributed 0 | direct 1 indirect 3 mixed 0 | quoted 0.10
        "#]],
    );
}

#[test]
fn a_headline_quotation_over_a_colon_and_a_quoted_work_title() {
    check_with_mentions(
        "Le final a déçu. \"Déplaire est un risque à prendre\": Eric Rochant, le créateur de la série à succès \"Le Bureau des légendes\", a défendu mercredi le final de la saison, réalisé par le cinéaste Jacques Audiard. \"Je n'ai pas demandé à Audiard de poursuivre la série\", a-t-il réagi. \"Il faut agir\": la rue a parlé.",
        &[
            ("Eric Rochant", EntityType::PER),
            ("Jacques Audiard", EntityType::PER),
            ("Audiard", EntityType::PER),
        ],
        expect![[r#"
            direct «Déplaire est un risque à prendre» <- Eric Rochant (person)
            direct «Je n'ai pas demandé à Audiard de poursuivre la série» <- Eric Rochant (person) [réagir]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_sentence_opened_by_a_named_persons_title() {
    check_with_mentions(
        "Le maire de Richmond, Levar Stoney, avait ordonné le retrait des statues. La plus symbolique est celle du général Robert Lee, qui trône à Richmond. Le maire avait justifié sa décision. \"Nous pouvons commencer à guérir\", a-t-il dit.",
        &[
            ("Levar Stoney", EntityType::PER),
            ("Robert Lee", EntityType::PER),
        ],
        expect![[r#"
            indirect «le retrait des statues» <- Levar Stoney (person) [ordonner]
            direct «Nous pouvons commencer à guérir» <- Levar Stoney (person) [dire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.14
        "#]],
    );
}

#[test]
fn a_name_in_apposition_to_a_title_is_no_subject() {
    check_with_mentions(
        "\"Quelqu'un va mourir\", a lancé M. Mélenchon, en mettant en cause le ministre de l'Intérieur, Bernard Cazeneuve. \"Nous n'avons aucune gloire à en tirer\", a détaillé le co-fondateur du Parti de gauche. \"Il y aura des surprises\", ajoute le député de Villeurbanne, Bruno Bonnell.",
        &[
            ("Mélenchon", EntityType::PER),
            ("Bernard Cazeneuve", EntityType::PER),
            ("Parti de gauche", EntityType::ORG),
            ("Bruno Bonnell", EntityType::PER),
        ],
        expect![[r#"
            direct «Quelqu'un va mourir» <- Mélenchon (person) [lancer]
            indirect «le ministre de l'Intérieur, Bernard Cazeneuve» <- Mélenchon (person) [mettre en cause]
            direct «Nous n'avons aucune gloire à en tirer» <- Mélenchon (person) [détailler]
            direct «Il y aura des surprises» <- Bruno Bonnell (person) [ajouter]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 3 indirect 1 mixed 0 | quoted 0.31
        "#]],
    );
}

#[test]
fn a_participle_after_a_complement_does_not_take_the_floor() {
    check_with_mentions(
        "\"La bataille était la nôtre\", estime Benoît Hamon en regardant des images de Jean-Yves Le Drian et Manuel Valls appelant à voter pour Emmanuel Macron. \"On me reprochera toujours de ne pas avoir fait assez.\"",
        &[
            ("Benoît Hamon", EntityType::PER),
            ("Jean-Yves Le Drian", EntityType::PER),
            ("Manuel Valls", EntityType::PER),
            ("Emmanuel Macron", EntityType::PER),
        ],
        expect![[r#"
            direct «La bataille était la nôtre» <- Benoît Hamon (person) [estimer]
            indirect «voter pour Emmanuel Macron» <- Manuel Valls (person) [appeler]
            direct «On me reprochera toujours de ne pas avoir fait assez.» <- Benoît Hamon (person)
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.40
        "#]],
    );
}

#[test]
fn celui_qui_takes_the_name_in_apposition_after_its_clause() {
    check_with_mentions(
        "Benoît Hamon a parlé. \"C'est une petite bande sympa\", confie celui qui était premier secrétaire du PS, Jean-Christophe Cambadélis. \"Nous verrons\", a dit celui qui dirige le parti depuis 2014.",
        &[
            ("Benoît Hamon", EntityType::PER),
            ("PS", EntityType::ORG),
            ("Jean-Christophe Cambadélis", EntityType::PER),
        ],
        expect![[r#"
            direct «C'est une petite bande sympa» <- Jean-Christophe Cambadélis (person) [confier]
            direct «Nous verrons» <- Jean-Christophe Cambadélis (person) [dire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.23
        "#]],
    );
}

#[test]
fn a_participle_missing_from_the_lexicon_after_a_quotation_and_before_its_subject() {
    check(
        "Le maire a parlé. \"On peut avoir des fidélités\", a évacué un haut-gradé du MoDem en affirmant que tout allait bien. \"Académie du vin de France\" a signé une tribune. \"Rien ne change\", a été un slogan. Il a reçu \"un coup\", a résumé un coup de poing.",
        expect![[r#"
            direct «On peut avoir des fidélités» <- un haut-gradé du MoDem (anonymous) [évacuer]
            indirect «tout allait bien» <- un haut-gradé du MoDem (anonymous) [affirmer]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.12
        "#]],
    );
}

#[test]
fn a_bare_judge_is_nobody_the_article_names_in_another_role() {
    check_with_mentions(
        "Tariq Ramadan est en détention. Dans son ordonnance, le juge estime que la détention \"est toujours nécessaire\". Le juge Serge Tournaire a signé. Le juge a ajouté que l'enquête continuait.",
        &[
            ("Tariq Ramadan", EntityType::PER),
            ("Serge Tournaire", EntityType::PER),
        ],
        expect![[r#"
            mixed «la détention "est toujours nécessaire"» <- Serge Tournaire (person) [estimer]
            indirect «l'enquête continuait» <- Serge Tournaire (person) [ajouter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.26
        "#]],
    );
}

#[test]
fn a_media_noun_with_its_genre_designates_the_outlet_named_before() {
    check(
        "L'école fait les gros titres depuis les révélations de Mediapart sur la candidate. Selon le site d'information, la candidate figurait sur une liste. Contactée par le site d'investigation, elle a assuré qu'elle \"s'en souviendrait\".",
        expect![[r#"
            indirect «la candidate figurait sur une liste» <- Mediapart (org) [selon]
            mixed «elle "s'en souviendrait"» <- Mediapart (org) [assurer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.16
        "#]],
    );
}

#[test]
fn an_honorific_with_a_masculine_article_says_nothing_of_gender() {
    check_with_mentions(
        "Les urgences sont fermées, a annoncé samedi le Dr Hélène Goulet, chef de service aux urgences. \"Nous ne recevons plus les pompiers\", a-t-elle précisé.",
        &[("Hélène Goulet", EntityType::PER)],
        expect![[r#"
            indirect «Les urgences sont fermées» <- Hélène Goulet (person) [annoncer]
            direct «Nous ne recevons plus les pompiers» <- Hélène Goulet (person) [préciser]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.24
        "#]],
    );
}

#[test]
fn a_quantified_subject_after_a_comma_is_no_apposition() {
    check(
        "Le sondage est paru. En effet, près d'une femme sur trois (32%) dit avoir été victime de harcèlement.",
        expect![[r#"
            indirect «avoir été victime de harcèlement» <- près d'une femme sur trois (anonymous) [dire]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_party_named_in_full_after_a_title_is_no_speaker() {
    check_with_mentions(
        "François Ruffin a parlé. \"Je présentais mon rapport\", a lancé le député La France insoumise.",
        &[
            ("François Ruffin", EntityType::PER),
            ("France", EntityType::LOC),
        ],
        expect![[r#"
            direct «Je présentais mon rapport» <- François Ruffin (person) [lancer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.29
        "#]],
    );
}

#[test]
fn faire_part_faire_etat_and_mettre_en_garde_sur_take_their_object() {
    check(
        "Une directrice d'école avait ensuite fait part de sa colère. Des informations ont fait état de bâtiments endommagés. Le ministre a mis en garde sur l'accès à l'information. La victime, Maude Vallet, a fait part du choc ressenti.",
        expect![[r#"
            indirect «sa colère» <- Une directrice d'école (anonymous) [faire part]
            indirect «bâtiments endommagés» <- Des informations (anonymous) [faire état]
            indirect «l'accès à l'information» <- Le ministre (person) [mettre en garde]
            indirect «choc ressenti» <- Maude Vallet (person) [faire part]
            sourcing: named 2 anonymous 2 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn s_est_dit_and_a_party_named_after_a_title() {
    check_with_mentions(
        "Claude Goasguen songe aux municipales. Le député Les Républicains, ancien maire du XVIe arrondissement, s'est dit favorable vendredi à une alliance. Le polémiste s'est également dit chanceux d'avoir commencé.",
        &[
            ("Claude Goasguen", EntityType::PER),
            ("Les Républicains", EntityType::ORG),
            ("XVIe arrondissement", EntityType::LOC),
        ],
        expect![[r#"
            indirect «favorable vendredi à une alliance» <- Claude Goasguen (person) [dire]
            indirect «chanceux d'avoir commencé» <- Claude Goasguen (person) [dire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn remettre_en_cause_and_repeter_take_their_object() {
    check(
        "Le premier secrétaire a remis en cause la décision de Pascal Canfin. Marine Le Pen a répété son opposition à la réforme.",
        expect![[r#"
            indirect «la décision de Pascal Canfin» <- Le premier secrétaire (person) [remettre en cause]
            indirect «son opposition à la réforme» <- Marine Le Pen (person) [répéter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_pair_whose_first_member_has_an_apposition() {
    check_with_mentions(
        "Marlène Schiappa, secrétaire d'Etat en charge de l'égalité entre les femmes et les hommes et Julien Denormandie, ministre de la Ville, ont publié une tribune. Les deux membres du gouvernement ajoutent que cette décision vient du débat.",
        &[
            ("Marlène Schiappa", EntityType::PER),
            ("Julien Denormandie", EntityType::PER),
        ],
        expect![[r#"
            indirect «cette décision vient du débat» <- Marlène Schiappa, secrétaire d'Etat en charge de l'égalité entre les femmes et les hommes et Julien Denormandie (person) [ajouter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_gendered_title_skips_a_person_whose_first_name_is_of_the_other_gender() {
    // "Mike" and "Laure" are not in the hand lists: the registers' table tells their gender
    check_with_mentions(
        "Laure Manaudou part en Afrique avec l'aventurier Mike Horn. La nageuse s'est confiée : « Je n'ai jamais autant souffert et je n'ai jamais eu aussi peur ».",
        &[
            ("Laure Manaudou", EntityType::PER),
            ("Afrique", EntityType::LOC),
            ("Mike Horn", EntityType::PER),
        ],
        expect![[r#"
            direct «Je n'ai jamais autant souffert et je n'ai jamais eu aussi pe…» <- Laure Manaudou (person) [confier]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.43
        "#]],
    );
}

#[test]
fn a_closed_apposition_gives_the_gender_and_a_following_subject_does_not() {
    // ("Dominique" and "Camille" are given to both sexes)
    let text = "Dominique Martin, députée de la circonscription, s'est dite choquée. Après le départ de Camille Bernard, la présidente du parti a écrit aux adhérents. « Le trafic d'êtres humains est un business ignoble », a-t-elle ajouté. « Je suis parti sans regret », a-t-il répondu.";
    check_with_mentions(
        text,
        &[
            ("Dominique Martin", EntityType::PER),
            ("Camille Bernard", EntityType::PER),
        ],
        expect![[r#"
            indirect «choquée» <- Dominique Martin (person) [dire]
            direct «Le trafic d'êtres humains est un business ignoble» <- Dominique Martin (person) [ajouter]
            direct «Je suis parti sans regret» <- Camille Bernard (person) [répondre]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.30
        "#]],
    );
}

#[test]
fn two_quotations_joined_by_tandis_que_or_a_comma_and_et_are_two_statements() {
    check(
        "Le maire a parlé. « Nous allons évaluer les solutions à trouver » tandis que « les touristes devront trouver d'autres solutions », a déclaré le maire. « Le vaccin fera potentiellement la même chose », et « une seule injection ne sera peut-être pas suffisante », indique la chercheuse.",
        expect![[r#"
            direct «Nous allons évaluer les solutions à trouver» <- le maire (person) [déclarer]
            direct «les touristes devront trouver d'autres solutions» <- le maire (person) [déclarer]
            direct «Le vaccin fera potentiellement la même chose» <- la chercheuse (person) [indiquer]
            direct «une seule injection ne sera peut-être pas suffisante» <- la chercheuse (person) [indiquer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 4 indirect 0 mixed 0 | quoted 0.76
        "#]],
    );
}

#[test]
fn a_run_of_quotations_joined_by_commas_is_one_statement_each() {
    check(
        "Le rapport est accablant. \"La façade du 65 est affaissée\", \"le mur mitoyen est gonflé à sa base\", \"les désordres mettent en péril les immeubles\", peut-on lire dans ce rapport. François Hollande est récompensé pour plusieurs phrases : \"Toutes les décisions, je les prends seul\", \"Aujourd'hui, je suis à deux doigts d'être aimé\" ou encore \"Je salue Christiane Taubira\". Les nouvelles teintes sont au nombre de trois : « Viridian », « Patina » et « Snow Quartz ».",
        expect![[r#"
            direct «La façade du 65 est affaissée» <- ce rapport (org) [lire]
            direct «le mur mitoyen est gonflé à sa base» <- ce rapport (org) [lire]
            direct «les désordres mettent en péril les immeubles» <- ce rapport (org) [lire]
            direct «Toutes les décisions, je les prends seul» <- François Hollande (person)
            direct «Aujourd'hui, je suis à deux doigts d'être aimé» <- François Hollande (person)
            direct «Je salue Christiane Taubira» <- François Hollande (person)
            sourcing: named 6 anonymous 0 unattributed 0 | direct 6 indirect 0 mixed 0 | quoted 0.51
        "#]],
    );
}

#[test]
fn a_company_giant_is_the_organisation_named_before_not_a_person_after() {
    check_with_mentions(
        "Twitter a supprimé des comptes, a précisé Twitter. Le géant américain a expliqué que les données servaient à la recherche. L'avocat Laurent Martin a réagi.",
        &[
            ("Twitter", EntityType::ORG),
            ("Twitter", EntityType::ORG),
            ("Laurent Martin", EntityType::PER),
        ],
        expect![[r#"
            indirect «Twitter a supprimé des comptes» <- Twitter (org) [préciser]
            indirect «les données servaient à la recherche» <- Twitter (org) [expliquer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_pair_description_before_the_pair_is_named_together_takes_it() {
    check_with_mentions(
        "Le ministre répond dans une tribune co-signée avec son secrétaire d'État, M. Nuñez. « Jouer avec les chiffres, ce n'est pas être un responsable politique », déplorent les deux hommes. Christophe Castaner et Laurent Nuñez nient les affirmations. « Nous savons l'ampleur de la tâche », ajoutent les trois hommes.",
        &[
            ("Nuñez", EntityType::PER),
            ("Christophe Castaner", EntityType::PER),
            ("Laurent Nuñez", EntityType::PER),
        ],
        expect![[r#"
            direct «Jouer avec les chiffres, ce n'est pas être un responsable po…» <- Christophe Castaner et Laurent Nuñez (person) [déplorer]
            indirect «les affirmations» <- Laurent Nuñez (person) [nier]
            direct «Nous savons l'ampleur de la tâche» <- Laurent Nuñez (person) [ajouter]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.35
        "#]],
    );
}

#[test]
fn wishes_demands_and_proposals_take_their_que_clause_or_infinitive() {
    // (guidelines, clarifications 7 and 18; not an offer to the reader)
    check(
        "La CGT demande que les salaires soient augmentés de dix pour cent. Le syndicat demande au gouvernement de retirer la réforme des retraites. L'Umih souhaite que les terrasses restent ouvertes jusqu'à minuit. Le ministre propose de doubler le budget du programme Erasmus. Le magazine vous propose de découvrir les images du tournage. L'agence recommande aux personnes souffrant d'affections respiratoires ainsi qu'aux femmes enceintes, de ne pas les utiliser du tout. Le parti propose le poste de Premier ministre en cas de victoire.",
        expect![[r#"
            indirect «les salaires soient augmentés de dix pour cent» <- CGT (org) [demander]
            indirect «retirer la réforme des retraites» <- CGT (org) [demander]
            indirect «les terrasses restent ouvertes jusqu'à minuit» <- Umih (org) [souhaiter]
            indirect «doubler le budget du programme Erasmus» <- Le ministre (person) [proposer]
            indirect «ne pas les utiliser du tout» <- La CGT (org) [recommander]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 0 indirect 5 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_second_predicate_after_et_shares_the_first_ones_subject() {
    check_with_mentions(
        "Le sous-préfet Emmanuel Dupic a dénoncé un commerce de la misère et évoqué un problème de salubrité publique. Renaud Muselier avait réclamé d'interdire les fêtes de mariage et préconisé de rendre obligatoire le vaccin.",
        &[
            ("Emmanuel Dupic", EntityType::PER),
            ("Renaud Muselier", EntityType::PER),
        ],
        expect![[r#"
            indirect «un commerce de la misère» <- Emmanuel Dupic (person) [dénoncer]
            indirect «un problème de salubrité publique» <- Emmanuel Dupic (person) [évoquer]
            indirect «interdire les fêtes de mariage» <- Renaud Muselier (person) [réclamer]
            indirect «rendre obligatoire le vaccin» <- Renaud Muselier (person) [préconiser]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn incise_adverbs_dates_ages_and_names_in_apposition() {
    check_with_mentions(
        "Le président a rappelé le député à l'ordre. « Monsieur Ruffin, arrêtez de hurler ainsi ! », lui a d'abord lancé Richard Ferrand, avant de le sanctionner. Les huiles sont une source de pollution, selon l'agence sanitaire Anses dans un avis publié ce mardi 28 avril, qui appelle à la vigilance face à ces produits. « Je joue avec les chats et sympathise avec eux », raconte une étudiante âgée de 20 ans, Le Hoang Yen.",
        &[
            ("Richard Ferrand", EntityType::PER),
            ("Anses", EntityType::ORG),
            ("Le Hoang Yen", EntityType::LOC),
        ],
        expect![[r#"
            indirect «le député à l'ordre» <- Richard Ferrand (person) [rappeler]
            direct «Monsieur Ruffin, arrêtez de hurler ainsi !» <- Richard Ferrand (person) [lancer]
            indirect «Les huiles sont une source de pollution» <- Anses (org) [selon]
            indirect «la vigilance face à ces produits» <- Anses (org) [appeler]
            direct «Je joue avec les chats et sympathise avec eux» <- Le Hoang Yen (person) [raconter]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 2 indirect 3 mixed 0 | quoted 0.23
        "#]],
    );
}

#[test]
fn a_gerund_opening_the_sentence_has_the_main_clauses_subject() {
    check_with_mentions(
        "Le congrès s'est ouvert. Tout en saluant l'implication des autorités sur la sécurité, le président de la Fédération nationale des sapeurs-pompiers de France, Grégory Allione, a appelé le gouvernement à agir.",
        &[("Grégory Allione", EntityType::PER)],
        expect![[r#"
            indirect «l'implication des autorités sur la sécurité» <- Grégory Allione (person) [saluer]
            indirect «agir» <- Grégory Allione (person) [appeler]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn documents_speak_for_their_issuer_and_descriptions_stop_at_si() {
    check(
        "Il neigera dans la soirée, a prévenu l'institut de météorologie même si la couche restera fine. Selon un reportage diffusé sur France Info, le Vatican détiendrait 500 appartements à Paris.",
        expect![[r#"
            indirect «Il neigera dans la soirée» <- l'institut de météorologie (org) [prévenir]
            indirect «le Vatican détiendrait 500 appartements à Paris» <- France Info (org) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_quoted_clause_after_a_connective_and_an_adverbial_is_a_bare_quotation() {
    // (not a short quoted name after a preposition: "sans « la capitale »")
    check_with_mentions(
        "Le festival Aluna a retiré le chanteur, a annoncé Jean Dupont. Car, sans ces partenaires, « le festival ne peut avoir lieu ». Ainsi, sans « la capitale », rien ne change. « La neige va persister jusqu'en soirée », a précisé Jean Dupont même si « les chutes de neige s'estomperont progressivement ».",
        &[("Jean Dupont", EntityType::PER)],
        expect![[r#"
            indirect «Le festival Aluna a retiré le chanteur» <- Jean Dupont (person) [annoncer]
            direct «le festival ne peut avoir lieu» <- Jean Dupont (person)
            direct «La neige va persister jusqu'en soirée» <- Jean Dupont (person) [préciser]
            direct «les chutes de neige s'estomperont progressivement» <- Jean Dupont (person)
            sourcing: named 4 anonymous 0 unattributed 0 | direct 3 indirect 1 mixed 0 | quoted 0.43
        "#]],
    );
}

#[test]
fn dates_and_a_website_between_the_verb_and_its_object_are_skipped() {
    check(
        "Le festival a confirmé ce mercredi sur son site avoir retiré le chanteur de sa programmation. La préfecture a annoncé mardi 28 avril la fermeture des plages.",
        expect![[r#"
            indirect «avoir retiré le chanteur de sa programmation» <- Le festival (org) [confirmer]
            indirect «la fermeture des plages» <- La préfecture (org) [annoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn adverbials_after_the_verb_and_quoted_demands() {
    check(
        "Le débat continue. Le patron de M6 estime en effet que cela n'a pas d'intérêt. Le porte-parole a confirmé dans l'après-midi que la mesure était inscrite dans le projet. Le ministre alerte régulièrement sur une circulation active du virus. La juge a reproché aux accusés d'avoir agi en groupe. Le tribunal a ordonné à l'État de réduire ses émissions. Les élus préconisent en outre « d'assumer une hiérarchisation » des travaux.",
        expect![[r#"
            indirect «cela n'a pas d'intérêt» <- Le patron de M6 (person) [estimer]
            indirect «la mesure était inscrite dans le projet» <- Le porte-parole (person) [confirmer]
            indirect «une circulation active du virus» <- Le ministre (person) [alerter]
            indirect «avoir agi en groupe» <- La juge (person) [reprocher]
            indirect «réduire ses émissions» <- Le tribunal (org) [ordonner]
            mixed «« d'assumer une hiérarchisation » des travaux» <- Les élus (anonymous) [préconiser]
            sourcing: named 5 anonymous 1 unattributed 0 | direct 0 indirect 5 mixed 1 | quoted 0.15
        "#]],
    );
}

#[test]
fn reactions_beliefs_and_findings_take_their_clause() {
    check(
        "Le débat continue. Le syndicat regrette que le montant de cette prime soit en deçà des attentes. Le maire ne croit pas que la réforme aboutisse. Ces organisations estiment pour leur part que les 6 milliards d'euros proposés sont insuffisants. La ministre estime quant à elle que l'offensive affaiblit les alliés.",
        expect![[r#"
            indirect «le montant de cette prime soit en deçà des attentes» <- Le syndicat (org) [regretter]
            indirect «la réforme aboutisse» <- Le maire (person) [croire]
            indirect «les 6 milliards d'euros proposés sont insuffisants» <- Ces organisations (anonymous) [estimer]
            indirect «l'offensive affaiblit les alliés» <- La ministre (person) [estimer]
            sourcing: named 3 anonymous 1 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_phrase_before_a_comma_gives_a_gender_only_when_it_is_a_title() {
    check_with_mentions(
        "Jacques Chirac a reçu un hommage. Quant aux affaires qui ont émaillé la carrière politique de l'ancien président, Jean-Louis Debré assure qu'il n'y a jamais eu de profit. « Je continue d'aller le voir », poursuit-il.",
        &[
            ("Jacques Chirac", EntityType::PER),
            ("Jean-Louis Debré", EntityType::PER),
        ],
        expect![[r#"
            indirect «il n'y a jamais eu de profit» <- Jean-Louis Debré (person) [assurer]
            direct «Je continue d'aller le voir» <- Jean-Louis Debré (person) [poursuivre]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.14
        "#]],
    );
}

#[test]
fn an_application_is_the_organisation_or_product_named_before() {
    check_with_mentions(
        "TousAntiCovid a été téléchargée deux millions de fois. L'application a précisé que les données restaient anonymes.",
        &[("TousAntiCovid", EntityType::MISC)],
        expect![[r#"
            indirect «les données restaient anonymes» <- TousAntiCovid (org) [préciser]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_quotation_whose_opening_mark_was_lost_starts_with_its_sentence() {
    check_with_mentions(
        "\"Les ruches étaient trop près\", a expliqué l'apiculteur Marc Perret. Je les ai donc retirées pour permettre le tournage\". La préfecture a annoncé la fermeture du parc. Le but c'est de récupérer les animaux. On ne pourra pas tous les garder\", regrette Arnold Lhomme.",
        &[("Marc Perret", EntityType::PER), ("Arnold Lhomme", EntityType::PER)],
        expect![[r#"
            direct «Les ruches étaient trop près» <- Marc Perret (person) [expliquer]
            direct «Je les ai donc retirées pour permettre le tournage» <- Marc Perret (person)
            indirect «la fermeture du parc» <- La préfecture (org) [annoncer]
            direct «Le but c'est de récupérer les animaux. On ne pourra pas tous…» <- Arnold Lhomme (person) [regretter]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 3 indirect 1 mixed 0 | quoted 0.58
        "#]],
    );
}

#[test]
fn a_nested_quotation_in_the_same_marks_stays_inside_the_outer_one() {
    check_with_mentions(
        "\"Il la renvoie dans ses buts sur le thème \"vous n'y connaissez rien\". Mais c'est un jeu. En vérité, il l'écoute beaucoup\", analyse Frédéric Salat-Baroux. \"Ce soir, tout a brûlé... c'est aussi à cause des \"bavures\" ? Pas de l'absence de morale ?\", interroge Linda Kebbab.",
        &[("Frédéric Salat-Baroux", EntityType::PER), ("Linda Kebbab", EntityType::PER)],
        expect![[r#"
            direct «Il la renvoie dans ses buts sur le thème "vous n'y connaisse…» <- Frédéric Salat-Baroux (person) [analyser]
            direct «Ce soir, tout a brûlé... c'est aussi à cause des "bavures" ?…» <- Linda Kebbab (person) [interroger]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.79
        "#]],
    );
}

#[test]
fn doubled_marks_open_and_close_one_quotation() {
    check_with_mentions(
        "En apprenant cette nouvelle, \"\"ça a été un moment d'effroi. J'ai eu la chair de poule\"\", explique Elisabeth Fouquet. Selon lui, \"il n'y a pas d'urgence\". \"\"Rien ne presse aujourd'hui. Qu'on laisse le Parlement débattre!\", estime François Hollande.",
        &[("Elisabeth Fouquet", EntityType::PER), ("François Hollande", EntityType::PER)],
        expect![[r#"
            direct «ça a été un moment d'effroi. J'ai eu la chair de poule» <- Elisabeth Fouquet (person) [expliquer]
            direct «il n'y a pas d'urgence» <- François Hollande (person) [selon]
            direct «Rien ne presse aujourd'hui. Qu'on laisse le Parlement débatt…» <- François Hollande (person) [estimer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 0 | quoted 0.64
        "#]],
    );
}

#[test]
fn a_pronominal_cue_agrees_with_its_subject() {
    check_with_mentions(
        "Le zoo teste le cannabis. \"La femelle a déjà pu y goûter et elle n'a pas dit non\", s'est félicitée Agnieszka Czujkowska. \"C'est une honte\", se sont indignés les militants.",
        &[("Agnieszka Czujkowska", EntityType::PER)],
        expect![[r#"
            direct «La femelle a déjà pu y goûter et elle n'a pas dit non» <- Agnieszka Czujkowska (person) [féliciter]
            direct «C'est une honte» <- les militants (anonymous) [indigner]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.42
        "#]],
    );
}

#[test]
fn words_on_a_banner_or_a_slogan_are_no_quotation() {
    check(
        "Les militants ont déployé une banderole au message clair : \"Amazonie en feu, Macron complice\". Il y est inscrit : \"Élevage industriel = déforestation\". Ils se sont donnés comme slogan : \"la forêt est sacrée, je dois la protéger\". \"Nous resterons\", a déclaré un militant.",
        expect![[r#"
            direct «Nous resterons» <- un militant (anonymous) [déclarer]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.06
        "#]],
    );
}

#[test]
fn a_title_with_no_antecedent_is_the_person_named_later() {
    check(
        "Ces cas incluent deux étudiants détenus en avril, selon la Haut-Commissaire. Plus généralement, elle se dit alarmée par la répression. \"Cette crise ne doit pas être utilisée pour faire taire la dissidence\", a déclaré Mme Bachelet. Le juge a estimé que la plainte était fondée. \"Nous ferons appel\", a répondu Pierre Martin.",
        expect![[r#"
            indirect «Ces cas incluent deux étudiants détenus en avril» <- Bachelet (person) [selon]
            indirect «alarmée par la répression» <- Bachelet (person) [dire]
            direct «Cette crise ne doit pas être utilisée pour faire taire la di…» <- Bachelet (person) [déclarer]
            indirect «la plainte était fondée» <- Le juge (person) [estimer]
            direct «Nous ferons appel» <- Pierre Martin (person) [répondre]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 2 indirect 3 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_subject_with_its_name_in_apposition_is_no_reported_clause() {
    check_with_mentions(
        "Lundi, le maire socialiste de Dijon, François Rebsamen, avait dénoncé le manque de moyens policiers. La situation est grave, a déclaré le préfet Jean Dupont.",
        &[("François Rebsamen", EntityType::PER), ("Jean Dupont", EntityType::PER)],
        expect![[r#"
            indirect «le manque de moyens policiers» <- François Rebsamen (person) [dénoncer]
            indirect «La situation est grave» <- Jean Dupont (person) [déclarer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_described_person_with_no_antecedent_is_the_person_named_later() {
    check_with_mentions(
        "La mère de famille raconte leur retour. \"On est très content d'être ici\", explique la mère de famille. La famille du défunt a demandé une autopsie. \"Le seul problème, c'est le couvre-feu\", ironise Marion.",
        &[("Marion", EntityType::PER)],
        expect![[r#"
            direct «On est très content d'être ici» <- Marion (person) [expliquer]
            indirect «une autopsie» <- La famille du défunt (anonymous) [demander]
            direct «Le seul problème, c'est le couvre-feu» <- Marion (person) [ironiser]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.35
        "#]],
    );
}

#[test]
fn a_quoted_clause_or_infinitive_after_the_cue_is_a_mixed_statement() {
    check(
        "Emmanuel Macron a également proposé \"que le Parlement soit élu avec une dose de proportionnelle\". Florian Philippot a assuré samedi 22 octobre \"ne rien partager\" avec le candidat. Le chercheur Lucas Legendre estime d'ailleurs que le reptile devait faire six mètres. Jesse Hughes affirme cette fois que les terroristes étaient dans la salle.",
        expect![[r#"
            mixed «"que le Parlement soit élu avec une dose de proportionnelle"» <- Emmanuel Macron (person) [proposer]
            mixed «"ne rien partager" avec le candidat» <- Florian Philippot (person) [assurer]
            indirect «le reptile devait faire six mètres» <- Lucas Legendre (person) [estimer]
            indirect «les terroristes étaient dans la salle» <- Jesse Hughes (person) [affirmer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 2 | quoted 0.42
        "#]],
    );
}

#[test]
fn a_pronominal_cue_in_the_present_and_comme_l_explique() {
    check(
        "Le syndicat s'inquiète que le site ferme. Jean-Paul Hamon s'insurge contre les propos de la ministre. Les militants sont venus pour se plaindre de la situation. Comme l'explique le quotidien régional, les amendes sont envoyées aux automobilistes.",
        expect![[r#"
            indirect «le site ferme» <- Le syndicat (org) [inquiéter]
            indirect «les propos de la ministre» <- Jean-Paul Hamon (person) [insurger]
            indirect «les amendes sont envoyées aux automobilistes» <- le quotidien régional (org) [expliquer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_magazine_the_words_were_given_to_is_no_speaker() {
    check_with_mentions(
        "Le spectacle est vu d'un mauvais oeil par Jean-Claude Camus. \"C'est une ignominie\", a tancé pour Télé Loisirs le producteur historique de Johnny Hallyday. \"Je vous assure, mes tomates sont les meilleures\", confie Zahia à Closer.",
        &[("Jean-Claude Camus", EntityType::PER), ("Zahia", EntityType::PER)],
        expect![[r#"
            direct «C'est une ignominie» <- Jean-Claude Camus (person) [tancer]
            direct «Je vous assure, mes tomates sont les meilleures» <- Zahia (person) [confier]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.31
        "#]],
    );
}

#[test]
fn a_source_marker_before_a_quotation_ending_its_clause_is_direct() {
    check_with_mentions(
        "Pierre Martin est très remonté. Pour lui, \"c'est très grave ce qu'il se passe\" et il ne comprend pas pourquoi.",
        &[("Pierre Martin", EntityType::PER)],
        expect![[r#"
            direct «c'est très grave ce qu'il se passe» <- Pierre Martin (person) [pour]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.70
        "#]],
    );
}

#[test]
fn a_narrative_infinitive_names_its_subject_before_de() {
    check_with_mentions(
        "Le président a parlé. Puis Emmanuel Macron de poursuivre : \"Notre rôle est de sécuriser les stocks.\" Et Jean Castex de conclure : \"Nous y arriverons.\" Et d'ajouter : \"Ce sera long.\"",
        &[("Emmanuel Macron", EntityType::PER), ("Jean Castex", EntityType::PER)],
        expect![[r#"
            direct «Notre rôle est de sécuriser les stocks.» <- Emmanuel Macron (person) [poursuivre]
            direct «Nous y arriverons.» <- Jean Castex (person) [conclure]
            direct «Ce sera long.» <- Jean Castex (person) [ajouter]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 0 | quoted 0.42
        "#]],
    );
}

#[test]
fn incise_verbs_of_the_supplement_attribute_their_quotation() {
    check_with_mentions(
        "\"Le gel était fondamental\", complète Jacqueline Laffont. \"Rien n'a changé\", reprend Laurent Gaudon. \"C'est une honte !\", s'écrie Anne Martin.",
        &[
            ("Jacqueline Laffont", EntityType::PER),
            ("Laurent Gaudon", EntityType::PER),
            ("Anne Martin", EntityType::PER),
        ],
        expect![[r#"
            direct «Le gel était fondamental» <- Jacqueline Laffont (person) [compléter]
            direct «Rien n'a changé» <- Laurent Gaudon (person) [reprendre]
            direct «C'est une honte !» <- Anne Martin (person) [écrier]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 0 | quoted 0.44
        "#]],
    );
}

#[test]
fn an_organisation_speaking_last_does_not_say_i() {
    check_with_mentions(
        "Le pêcheur Jean Dupont a été secouru dimanche. Le Cross Med a expliqué que l'opération avait duré six heures. \"J'étais abandonné, je n'ai pas paniqué\", confie-t-il.",
        &[("Jean Dupont", EntityType::PER), ("Cross Med", EntityType::ORG)],
        expect![[r#"
            indirect «l'opération avait duré six heures» <- Cross Med (org) [expliquer]
            direct «J'étais abandonné, je n'ai pas paniqué» <- Jean Dupont (person) [confier]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.24
        "#]],
    );
}

#[test]
fn a_connective_or_a_place_opening_the_sentence_is_no_speaker() {
    check_with_mentions(
        "Christophe Castaner est fatigué. Ainsi, à l'Élysée un collaborateur explique : « Je le vois fatigué ». Youcef Belghmaidi l'assure : « Personne n'est venu ». Et rappelle qu'un stand avait été attaqué en Vendée.",
        &[
            ("Christophe Castaner", EntityType::PER),
            ("Élysée", EntityType::ORG),
            ("Youcef Belghmaidi", EntityType::PER),
        ],
        expect![[r#"
            direct «Je le vois fatigué» <- un collaborateur (anonymous) [expliquer]
            direct «Personne n'est venu» <- Youcef Belghmaidi (person) [assurer]
            indirect «un stand avait été attaqué en Vendée» <- Youcef Belghmaidi (person) [rappeler]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.22
        "#]],
    );
}

#[test]
fn a_relative_after_an_outlet_complement_goes_back_to_the_person() {
    check_with_mentions(
        "\"Quelle est la raison de ce contrôle ?\", s'est interrogé Me Thierry Herzog sur RTL, qui considère que l'on cherche à humilier son client.",
        &[("Thierry Herzog", EntityType::PER), ("RTL", EntityType::ORG)],
        expect![[r#"
            direct «Quelle est la raison de ce contrôle ?» <- Thierry Herzog (person) [interroger]
            indirect «l'on cherche à humilier son client» <- Thierry Herzog (person) [considérer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_short_complement_may_stand_between_the_verb_and_que() {
    check_with_mentions(
        "Closer a affirmé dans son article que l'auteure avait passé le week-end à Douchy. Valérie Pécresse a annoncé au 20H de France 2 qu'elle quittait le parti. Marine Le Pen affirme d'autre part que l'union des droites est une illusion. Le président a ironisé sur le fait que le ministre était absent.",
        &[
            ("Closer", EntityType::ORG),
            ("Valérie Pécresse", EntityType::PER),
            ("France 2", EntityType::ORG),
            ("Marine Le Pen", EntityType::PER),
        ],
        expect![[r#"
            indirect «l'auteure avait passé le week-end à Douchy» <- Closer (org) [affirmer]
            indirect «elle quittait le parti» <- Valérie Pécresse (person) [annoncer]
            indirect «l'union des droites est une illusion» <- Marine Le Pen (person) [affirmer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_second_reporting_verb_after_a_que_clause_shares_the_first_subject() {
    check_with_mentions(
        "La juridiction a estimé que cette interdiction porte atteinte à la liberté de culte et enjoint le gouvernement de la lever.",
        &[],
        expect![[r#"
            indirect «cette interdiction porte atteinte à la liberté de culte» <- La juridiction (org) [estimer]
            indirect «la lever» <- La juridiction (org) [enjoindre]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn faire_remarquer_is_a_cue() {
    check_with_mentions(
        "\"Vous étiez contre la suppression de l'ISF\", lui a fait remarquer Jean-Jacques Bourdin.",
        &[("Jean-Jacques Bourdin", EntityType::PER)],
        expect![[r#"
            direct «Vous étiez contre la suppression de l'ISF» <- Jean-Jacques Bourdin (person) [faire remarquer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.49
        "#]],
    );
}

#[test]
fn a_date_may_stand_between_a_t_on_appris_and_its_source() {
    check_with_mentions(
        "Quatre individus ont été mis en examen pour \"association de malfaiteurs\", a-t-on appris vendredi 25 janvier auprès du parquet de Valence.",
        &[("parquet de Valence", EntityType::ORG)],
        expect![[r#"
            mixed «Quatre individus ont été mis en examen pour "association de …» <- parquet de Valence (org) [apprendre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.53
        "#]],
    );
}

#[test]
fn peut_on_lire_names_where_it_was_read() {
    check_with_mentions(
        "\"L'état de santé de Johnny devient alarmant\", peut-on lire dans Voici. \"Elle est adorable\", peut-on lire dans un commentaire.",
        &[("Voici", EntityType::ORG), ("Johnny", EntityType::PER)],
        expect![[r#"
            direct «L'état de santé de Johnny devient alarmant» <- Voici (org) [lire]
            direct «Elle est adorable» <- un commentaire (anonymous) [lire]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.50
        "#]],
    );
}

#[test]
fn a_young_person_described_right_after_speaking_is_that_person() {
    check_with_mentions(
        "Drini Gjoka, joueur de 19 ans, a raconté sur Twitter avoir \"eu beaucoup de chance\". \"La balle a heurté mon pouce\", a écrit le jeune homme.",
        &[("Drini Gjoka", EntityType::PER)],
        expect![[r#"
            mixed «avoir "eu beaucoup de chance"» <- Drini Gjoka (person) [raconter]
            direct «La balle a heurté mon pouce» <- Drini Gjoka (person) [écrire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.58
        "#]],
    );
}

#[test]
fn the_communique_is_its_issuers() {
    check_with_mentions(
        "Une embarcation a pris en chasse un bateau, a indiqué dans un communiqué la police espagnole. Le choc a fait chuter trois militaires à la mer, précise le communiqué.",
        &[("police espagnole", EntityType::ORG)],
        expect![[r#"
            indirect «Une embarcation a pris en chasse un bateau» <- police espagnole (org) [indiquer]
            indirect «Le choc a fait chuter trois militaires à la mer» <- police espagnole (org) [préciser]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_plural_speaking_last_is_no_antecedent_of_il_before_the_verb() {
    check_with_mentions(
        "Christophe Najdovski était sur place. Les associations d'aveugles ont dénoncé un danger. Il affirme avoir saisi la préfecture de police.",
        &[("Christophe Najdovski", EntityType::PER)],
        expect![[r#"
            indirect «un danger» <- Les associations d'aveugles (anonymous) [dénoncer]
            indirect «avoir saisi la préfecture de police» <- Christophe Najdovski (person) [affirmer]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn le_pere_de_famille_is_the_man_of_the_story() {
    check_with_mentions(
        "Laurent Bovin et sa femme ont repéré l'annonce sur internet. \"On nous a dit oui\", raconte le père de famille.",
        &[("Laurent Bovin", EntityType::PER)],
        expect![[r#"
            direct «On nous a dit oui» <- Laurent Bovin (person) [raconter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.17
        "#]],
    );
}

#[test]
fn a_clause_of_its_own_before_the_comma_leaves_the_quotation_direct() {
    check_with_mentions(
        "Xavier Bertrand avait formulé de vives critiques à l'encontre du gouvernement, \"Ils sont complètement tarés au gouvernement\", a-t-il lâché.",
        &[("Xavier Bertrand", EntityType::PER)],
        expect![[r#"
            direct «Ils sont complètement tarés au gouvernement» <- Xavier Bertrand (person) [lâcher]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.32
        "#]],
    );
}

#[test]
fn ce_a_quoi_opens_an_object_relative_whose_subject_speaks() {
    check_with_mentions(
        "Christine Angot est furieuse. Ce à quoi la chroniqueuse a répondu : \"La violence est de votre côté\".",
        &[("Christine Angot", EntityType::PER)],
        expect![[r#"
            direct «La violence est de votre côté» <- Christine Angot (person) [répondre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.31
        "#]],
    );
}

#[test]
fn a_demonym_after_a_lower_case_article_is_a_person_described() {
    check_with_mentions(
        "Romain Dumas a gagné la course. \"Je suis très fier de ce record\", a commenté l'Alésien.",
        &[
            ("Romain Dumas", EntityType::PER),
            ("Alésien", EntityType::ORG),
        ],
        expect![[r#"
            direct «Je suis très fier de ce record» <- Romain Dumas (person) [commenter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.37
        "#]],
    );
}

#[test]
fn the_speaker_model_is_embedded_and_loads() {
    assert!(veille_quotes::ranker::embedded().is_some());
}

/// The ranker's candidates of each statement, with the features that fire.
fn ranker_rows(text: &str) -> String {
    let doc = Document::new(text, Default::default());
    let mut out = String::new();
    for row in veille_quotes::speaker_rows(&doc) {
        out.push_str(&format!("{:?} «{}»\n", row.class, doc.slice(row.content)));
        for (sp, f) in &row.cands {
            let on: Vec<&str> = veille_quotes::ranker::FEATURE_NAMES
                .iter()
                .zip(f)
                .filter(|(_, x)| **x != 0.0)
                .map(|(n, _)| *n)
                .collect();
            out.push_str(&format!(
                "  {} ({:?}): {}\n",
                sp.name,
                sp.kind,
                on.join(", ")
            ));
        }
    }
    out
}

#[test]
fn ranker_candidates_describe_the_persons_around_a_pronoun() {
    expect![[r#"
        Pronoun «Nous avançons»
          Jean Dupont (Person): person (bias), the rules' pick, last mention < 100 bytes before, second most recent person, mentioned in the sentence before, 1 mention, last mention is its sentence's subject, last mention is no complement (salient), gender agrees, first person of the article
          Marie Martin (Person): person (bias), last mention < 100 bytes before, most recent person, mentioned in the sentence before, 1 mention, last mention is no complement (salient), gender disagrees with the first name's usual one
    "#]].assert_eq(&ranker_rows(
        "Jean Dupont a rencontré Marie Martin à Lyon. « Nous avançons », a-t-il dit.",
    ));
}

#[test]
fn a_person_named_only_further_down_is_a_candidate_for_the_description_before() {
    expect![[r#"
        Title «C'est un deuil difficile»
          Stéphane Plaza (Person): person (bias), last mention further back, or none before, 1 mention, first person of the article, named only after the reference's sentence (a teaser: "L'homme a avoué …")
          l'homme (Anonymous): the rules' pick, the rules' pick, no listed person (bias), ... an anonymous source, ... one word, ... starts with a determiner
    "#]].assert_eq(&ranker_rows(
        "Le coach est toujours endeuillé. « C'est un deuil difficile », a avoué l'homme. Les projets ne manquent pas. Stéphane Plaza doit coanimer une émission.",
    ));
}

#[test]
fn a_passive_participle_makes_no_speaker_of_its_subject() {
    // (the subject is what was said: "Un report …" is no speaker, "les commerçants" no
    // statement; the active clause after still reports)
    check(
        "Un report si lointain n'a jamais été évoqué par les représentants de commerçants. Au Brésil, 10.262 cas ont été signalés alors qu'aucun cas n'avait été rapporté. Une réunion, réclamée de longue date par les élus, doit se tenir mardi. Le ministre a évoqué une réunion mardi.",
        expect![[r#"
            indirect «une réunion mardi» <- Le ministre (person) [évoquer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_share_of_respondents_speaks_and_each_reporting_clause_ends_at_the_next() {
    check(
        "Seuls 22% pensent qu'il est resté stable et 6% estiment qu'il a augmenté. Seulement 13 à 14% se disent prêts à voter pour lui.",
        expect![[r#"
            indirect «il est resté stable» <- Seuls 22% (anonymous) [penser]
            indirect «il a augmenté» <- 6% (anonymous) [estimer]
            indirect «prêts à voter pour lui» <- Seulement 13 à 14% (anonymous) [dire]
            sourcing: named 0 anonymous 3 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_demonstrations_purpose_is_voiced_by_its_subject() {
    // (not a petition's thing-subject's "pour dire", nor a purpose with no object)
    check(
        "Des milliers de pompiers ont défilé mardi à Paris pour dénoncer le manque d'effectifs, lors d'une manifestation nationale. Les soignants vont battre le pavé pour réclamer plus de moyens. Il est venu pour réclamer.",
        expect![[r#"
            indirect «le manque d'effectifs» <- Des milliers de pompiers (anonymous) [dénoncer]
            indirect «plus de moyens» <- Les soignants (anonymous) [réclamer]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_first_names_usual_gender_yields_to_the_pronoun() {
    // "Andréa" is mostly a woman's name in France; "dénonce-t-il" says this one is a man
    check(
        "Andréa Kotarac a annoncé mardi quitter son parti. \"Le pouvoir a catalysé la colère des Français\", dénonce-t-il.",
        expect![[r#"
            indirect «quitter son parti» <- Andréa Kotarac (person) [annoncer]
            direct «Le pouvoir a catalysé la colère des Français» <- Andréa Kotarac (person) [dénoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.41
        "#]],
    );
}

#[test]
fn reported_clauses_end_where_the_narration_or_the_speech_setting_starts() {
    check(
        "Son chef de file Jean-Luc Mélenchon, qui a dénoncé \"une grossière provocation\", devrait être présent. Le chanteur Marc Lavoine a annoncé son départ dans un communiqué publié sur son compte. La jeune femme a été interpellée le 19 mai, selon la police, qui n'a pas donné de détails. Un fidèle avait sorti un couteau, rappelle Le Point, parce que l'imam lui avait fait une remarque. Gérald Darmanin a affirmé que les contrôles continueraient, alors que la saison commence.",
        expect![[r#"
            mixed «"une grossière provocation"» <- Jean-Luc Mélenchon (person) [dénoncer]
            indirect «son départ» <- Marc Lavoine (person) [annoncer]
            indirect «La jeune femme a été interpellée le 19 mai» <- la police (org) [selon]
            indirect «Un fidèle avait sorti un couteau, rappelle Le Point, parce q…» <- Le Point (org) [rappeler]
            indirect «les contrôles continueraient» <- Gérald Darmanin (person) [affirmer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 0 indirect 4 mixed 1 | quoted 0.08
        "#]],
    );
}

#[test]
fn a_participle_clause_with_its_own_cue_closes_the_reported_clause() {
    check(
        "Le ministère avait confirmé que ce projet était à l'étude, tout en rappelant que la déclaration restait obligatoire.",
        expect![[r#"
            indirect «ce projet était à l'étude» <- Le ministère (org) [confirmer]
            indirect «la déclaration restait obligatoire» <- Le ministère (org) [rappeler]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_relative_after_a_role_in_apposition_is_the_named_persons() {
    check_with_mentions(
        "\"Il faut mieux prendre en charge les frais funéraires\", a précisé Adrien Taquet, le secrétaire d'Etat à la Protection de l'enfance, qui souhaite que \"la solidarité nationale prenne sa part\".",
        &[
            ("Adrien Taquet", EntityType::PER),
            ("Protection de l'enfance", EntityType::ORG),
        ],
        expect![[r#"
            direct «Il faut mieux prendre en charge les frais funéraires» <- Adrien Taquet (person) [préciser]
            mixed «"la solidarité nationale prenne sa part"» <- Adrien Taquet (person) [souhaiter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.56
        "#]],
    );
}

#[test]
fn a_plural_pronoun_designates_a_group_not_the_last_person() {
    check(
        "Frédéric Quinquis a défendu le dossier. Les enquêteurs avaient formé un recours. Ils estiment ne pas avoir bénéficié de \"mesures de protection\".",
        expect![[r#"
            mixed «ne pas avoir bénéficié de "mesures de protection"» <- Les enquêteurs (anonymous) [estimer]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.40
        "#]],
    );
}

#[test]
fn the_people_around_someone_are_sources_of_their_own() {
    check(
        "Martine Vassal a assuré que ces faits étaient inacceptables. Ses adversaires ont fait part de leur indignation. Selon son entourage, elle ne démissionnera pas. Selon ses estimations, la perte atteint un million.",
        expect![[r#"
            indirect «ces faits étaient inacceptables» <- Martine Vassal (person) [assurer]
            indirect «leur indignation» <- Ses adversaires (anonymous) [faire part]
            indirect «elle ne démissionnera pas» <- son entourage (anonymous) [selon]
            indirect «la perte atteint un million» <- Martine Vassal (person) [selon]
            sourcing: named 2 anonymous 2 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_speech_verbs_object_with_quoted_words_is_a_mixed_statement() {
    check(
        "Rachida Dati a jugé cette décision \"honteuse\" et \"pathétique\". Le ministre a présenté le budget.",
        expect![[r#"
            mixed «cette décision "honteuse" et "pathétique"» <- Rachida Dati (person) [juger]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.50
        "#]],
    );
}

#[test]
fn the_narration_takes_over_at_a_concession_or_a_second_predicate() {
    check(
        "Le ministère a indiqué que 199 cas ont été confirmés, même si le faible nombre de tests laisse craindre davantage. Les enseignants appellent le gouvernement à prendre des mesures et alertent sur leurs conditions de travail.",
        expect![[r#"
            indirect «199 cas ont été confirmés» <- Le ministère (org) [indiquer]
            indirect «prendre des mesures» <- Les enseignants (anonymous) [appeler]
            indirect «leurs conditions de travail» <- Les enseignants (anonymous) [alerter]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_phrase_before_the_speech_verbs_infinitive_belongs_to_the_cue() {
    check(
        "Chalisa Chuensranoi va jusqu'à affirmer que cette expérience vaut un vrai voyage. Paul Durand a affirmé mi-août que rien ne changerait. Le syndicat se contente d'assurer qu'une réunion aura lieu.",
        expect![[r#"
            indirect «cette expérience vaut un vrai voyage» <- Chalisa Chuensranoi (person) [affirmer]
            indirect «rien ne changerait» <- Paul Durand (person) [affirmer]
            indirect «une réunion aura lieu» <- Le syndicat (org) [assurer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_name_apposed_to_a_description_is_the_speaker() {
    check_with_mentions(
        "\"On a entendu des coups de feu\", a raconté une spectatrice, Monique Dekerf à la chaîne CNN. Henda Ayari a porté plainte. Cette dernière, une ancienne militante, affirme avoir été agressée. \"Il n'y a plus d'espoir\", a expliqué à l'AFP Christine, une salariée en colère.",
        &[
            ("Monique Dekerf", EntityType::PER),
            ("Henda Ayari", EntityType::PER),
            ("AFP Christine", EntityType::PER),
        ],
        expect![[r#"
            direct «On a entendu des coups de feu» <- Monique Dekerf (person) [raconter]
            indirect «avoir été agressée» <- Henda Ayari (person) [affirmer]
            direct «Il n'y a plus d'espoir» <- Christine (person) [expliquer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.21
        "#]],
    );
}

#[test]
fn noun_phrase_objects_of_denials_accusations_and_reports() {
    check(
        "Gérard Collomb dément toute rupture avec le chef de l'État. La Chine a rejeté ces accusations. Il accuse les indépendantistes d'avoir menti. La préfecture avait signalé des faits graves. Claude Castex a dit sa fierté. Le ministre a dit des choses gentilles.",
        expect![[r#"
            indirect «toute rupture avec le chef de l'État» <- Gérard Collomb (person) [démentir]
            indirect «ces accusations» <- Chine (org) [rejeter]
            indirect «avoir menti» <- Gérard Collomb (person) [accuser]
            indirect «des faits graves» <- La préfecture (org) [signaler]
            indirect «sa fierté» <- Claude Castex (person) [dire]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 0 indirect 5 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn echoes_of_other_reports_nouns_and_the_writers_comments_are_no_statements() {
    check(
        "Le parquet a ouvert une enquête, a indiqué une source judiciaire, confirmant une information du Parisien. Les juges ont accepté la demande de remise en liberté. Il faut dire que les bénévoles ont l'habitude.",
        expect![[r#"
            indirect «Le parquet a ouvert une enquête» <- une source judiciaire (anonymous) [indiquer]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_rubric_and_a_party_before_a_name_are_not_the_speaker() {
    check_with_mentions(
        "POLITIQUE - Le Parti socialiste a assuré que le parti était prêt. L'eurodéputé Europe-Écologie-Les Verts Yannick Jadot a exigé que la vérité soit faite.",
        &[
            ("POLITIQUE", EntityType::LOC),
            ("Parti socialiste", EntityType::ORG),
            ("Europe-Écologie-Les Verts", EntityType::PER),
            ("Yannick Jadot", EntityType::PER),
        ],
        expect![[r#"
            indirect «le parti était prêt» <- Parti socialiste (org) [assurer]
            indirect «la vérité soit faite» <- Yannick Jadot (person) [exiger]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn an_inverted_subject_after_a_date_or_an_outlet() {
    check_with_mentions(
        "Quinze personnes ont été interpellées, a indiqué, mercredi, le procureur de Vesoul. L'Américain est loin d'être le seul, a assuré samedi 12 septembre sur France Inter Philippe Martinez.",
        &[("France Inter", EntityType::ORG), ("Philippe Martinez", EntityType::PER)],
        expect![[r#"
            indirect «Quinze personnes ont été interpellées» <- le procureur de Vesoul (person) [indiquer]
            indirect «L'Américain est loin d'être le seul» <- Philippe Martinez (person) [assurer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_long_quoted_fragment_after_a_statement_is_the_current_speakers() {
    check(
        "La SNCF a annoncé une grève pour lundi. Le trafic international sera \"très peu perturbé pendant toute la journée de lundi\". Les trains régionaux seront \"rares\".",
        expect![[r#"
            indirect «une grève pour lundi» <- SNCF (org) [annoncer]
            mixed «Le trafic international sera "très peu perturbé pendant tout…» <- SNCF (org)
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.51
        "#]],
    );
}

#[test]
fn a_source_marker_inside_a_quoted_fragment_is_the_speakers_words() {
    check(
        "La SNCF a annoncé une grève pour lundi. Le trafic international sera \"très peu perturbé selon les prévisions de la direction\".",
        expect![[r#"
            indirect «une grève pour lundi» <- SNCF (org) [annoncer]
            mixed «Le trafic international sera "très peu perturbé selon les pr…» <- SNCF (org)
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.67
        "#]],
    );
}

#[test]
fn an_impersonal_on_names_the_body_it_speaks_from() {
    check(
        "Le ministre a saisi le parquet. \"Ces éléments doivent être vérifiés\", commente-t-on dans l'entourage du ministre. \"Rien n'est décidé\", indique-t-on au ministère de l'Intérieur. \"Le texte sera prêt\", précise-t-on du côté de l'Élysée. \"Il y avait deux armes\", a-t-on précisé de source policière.",
        expect![[r#"
            direct «Ces éléments doivent être vérifiés» <- l'entourage du ministre (anonymous) [commenter]
            direct «Rien n'est décidé» <- ministère de l'Intérieur (org) [indiquer]
            direct «Le texte sera prêt» <- Élysée (org) [préciser]
            direct «Il y avait deux armes» <- source policière (anonymous) [préciser]
            sourcing: named 2 anonymous 2 unattributed 0 | direct 4 indirect 0 mixed 0 | quoted 0.33
        "#]],
    );
}

#[test]
fn adverbials_after_the_auxiliary_and_nouns_that_look_like_verbs() {
    check(
        "Dans un entretien, Tim Bravo, le directeur de la communication de Bugatti, a en effet confirmé que 400 exemplaires avaient été commandés. Le PS aurait pu s'effondrer plus tôt, a estimé le conseiller de Paris Jean-Marie Le Guen. Le service communication de la préfecture précise qu'il s'agissait de ruptures de mouillage. \"Le roi est examiné\", a indiqué le palais.",
        expect![[r#"
            indirect «400 exemplaires avaient été commandés» <- Tim Bravo (person) [confirmer]
            indirect «Le PS aurait pu s'effondrer plus tôt» <- Jean-Marie Le Guen (person) [estimer]
            indirect «il s'agissait de ruptures de mouillage» <- Le service communication de la préfecture (org) [préciser]
            direct «Le roi est examiné» <- le palais (org) [indiquer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 1 indirect 3 mixed 0 | quoted 0.06
        "#]],
    );
}

#[test]
fn media_nouns_kin_nouns_and_one_word_things() {
    check_with_mentions(
        "Europe 1 dévoile ce que le président devrait annoncer. Le gouvernement devrait rétablir le crédit d'impôt, prévient la station. Les parents de Lucas Tronche ont pris la parole. \"Lucas, est-ce que tu es encore vivant ?\" a demandé la maman de Lucas. Les faits se sont déroulés alors que le Kalyptus affichait complet. \"Je n'ai jamais mis les pieds à cet endroit\", a-t-il assuré.",
        &[
            ("Europe 1", EntityType::ORG),
            ("Lucas Tronche", EntityType::PER),
            ("Kalyptus", EntityType::PER),
        ],
        expect![[r#"
            indirect «Le gouvernement devrait rétablir le crédit d'impôt» <- Europe 1 (org) [prévenir]
            direct «Lucas, est-ce que tu es encore vivant ?» <- la maman de Lucas (anonymous) [demander]
            direct «Je n'ai jamais mis les pieds à cet endroit» <- Lucas Tronche (person) [assurer]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.23
        "#]],
    );
}

#[test]
fn a_plural_verb_takes_no_singular_inverted_subject() {
    check(
        "Mais les manifestants, qui se sont rassemblés dans le calme, ont dénoncé une attaque aux droits individuels. Les échauffourées ont eu lieu peu après 23h, ont indiqué une source policière et la présidence de l'université. Son fils Dhani Harrison, lui-même musicien, a posté sur Twitter une photo, accompagnée d'une légende disant \"Très chère Astrid, j'aurais aimé te revoir\". \"Tu as toujours été si gentille\", a-t-il ajouté. Un communiqué de presse précise que l'arrêté protège les supporters.",
        expect![[r#"
            indirect «une attaque aux droits individuels» <- les manifestants (anonymous) [dénoncer]
            indirect «Les échauffourées ont eu lieu peu après 23h» <- une source policière et la présidence de l'université (anonymous) [indiquer]
            direct «Très chère Astrid, j'aurais aimé te revoir» <- Dhani Harrison (person) [dire]
            direct «Tu as toujours été si gentille» <- Dhani Harrison (person) [ajouter]
            indirect «l'arrêté protège les supporters» <- Un communiqué de presse (org) [préciser]
            sourcing: named 3 anonymous 2 unattributed 0 | direct 2 indirect 3 mixed 0 | quoted 0.15
        "#]],
    );
}

#[test]
fn an_honorific_with_a_particle_leads_the_name() {
    check_with_mentions(
        "Il est mort à l'hôpital, a précisé M. de Labbey. Le ministre est parti, a indiqué M. Dupont.",
        &[("Labbey", EntityType::PER), ("Dupont", EntityType::PER)],
        expect![[r#"
            indirect «Il est mort à l'hôpital» <- Labbey (person) [préciser]
            indirect «Le ministre est parti» <- Dupont (person) [indiquer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_fronted_participle_is_no_name() {
    check_with_mentions(
        "Muriel Pénicaud est ministre. Invitée de France Info, la membre du gouvernement a réaffirmé que tout était public.",
        &[("Muriel Pénicaud", EntityType::PER), ("France Info", EntityType::ORG)],
        expect![[r#"
            indirect «tout était public» <- Muriel Pénicaud (person) [réaffirmer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_pronoun_after_plural_sources_designates_the_institution_that_spoke() {
    check(
        "Le parquet estime que la compagnie a commis une négligence, a appris mercredi l'AFP de sources concordantes. C'est pourquoi il demande le renvoi de la compagnie.",
        expect![[r#"
            indirect «Le parquet estime que la compagnie a commis une négligence» <- sources concordantes (anonymous) [apprendre]
            indirect «le renvoi de la compagnie» <- Le parquet (org) [demander]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_name_in_a_participle_complement_is_not_the_speaker() {
    check_with_mentions(
        "Un rapport parlementaire remis mardi au Premier ministre Édouard Philippe préconise d'armer les policiers municipaux.",
        &[("Édouard Philippe", EntityType::PER)],
        expect![[r#"
            indirect «armer les policiers municipaux» <- Un rapport parlementaire remis mardi au Premier ministre Édouard Philippe (org) [préconiser]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_verb_before_its_adverb_ends_the_subject() {
    check_with_mentions(
        "Après avoir annoncé des poursuites, la société renonce finalement à réclamer l'argent. \"La procédure était mal comprise\", a déclaré le groupe Vinci.",
        &[("Vinci", EntityType::ORG)],
        expect![[r#"
            indirect «des poursuites» <- la société (org) [annoncer]
            direct «La procédure était mal comprise» <- Vinci (org) [déclarer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.22
        "#]],
    );
}

#[test]
fn a_nationality_after_the_article_stands_for_the_person_in_focus() {
    check_with_mentions(
        "\"Je suis heureuse d'être là\", a déclaré Brigitte Bardot. Elle a appelé Nicolas Hulot. La Française raconte que le ministre lui a proposé de venir.",
        &[("Brigitte Bardot", EntityType::PER), ("Nicolas Hulot", EntityType::PER)],
        expect![[r#"
            direct «Je suis heureuse d'être là» <- Brigitte Bardot (person) [déclarer]
            indirect «le ministre lui a proposé de venir» <- Brigitte Bardot (person) [raconter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.19
        "#]],
    );
}

#[test]
fn a_nationality_before_the_name_is_named_by_the_later_name() {
    check_with_mentions(
        "Pendant six mois, cet ancien pilote va travailler. \"Je suis content\", assure-t-il. À 400 km de la Terre, le Français confie \"dormir comme un bébé\". Thomas Pesquet a ensuite évoqué le décollage.",
        &[("Thomas Pesquet", EntityType::PER), ("Terre", EntityType::LOC)],
        expect![[r#"
            direct «Je suis content» <- Thomas Pesquet (person) [assurer]
            mixed «"dormir comme un bébé"» <- Thomas Pesquet (person) [confier]
            indirect «le décollage» <- Thomas Pesquet (person) [évoquer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 1 | quoted 0.20
        "#]],
    );
}

#[test]
fn a_plural_description_is_not_the_single_person_holding_its_role() {
    check_with_mentions(
        "\"Les examens n'ont rien montré\", a expliqué l'enquêteur principal, Guido Rosskamp. L'incident s'est produit lors de son dernier jour de travail, ont expliqué les enquêteurs lors d'une conférence de presse.",
        &[("Guido Rosskamp", EntityType::PER)],
        expect![[r#"
            direct «Les examens n'ont rien montré» <- Guido Rosskamp (person) [expliquer]
            indirect «L'incident s'est produit lors de son dernier jour de travail» <- les enquêteurs (anonymous) [expliquer]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.15
        "#]],
    );
}

#[test]
fn a_coordinated_verb_takes_the_subject_of_the_main_verb_not_of_a_relative() {
    check_with_mentions(
        "M. Castaner a confirmé le lancement \"dans les semaines qui viennent\" d'une campagne contre les agressions de pompiers, et s'est félicité des premiers résultats \"positifs\" des caméras-piétons.",
        &[("Castaner", EntityType::PER)],
        expect![[r#"
            mixed «le lancement "dans les semaines qui viennent" d'une campagne…» <- Castaner (person) [confirmer]
            mixed «des premiers résultats "positifs" des caméras-piétons» <- Castaner (person) [féliciter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 2 | quoted 0.91
        "#]],
    );
}

#[test]
fn a_plural_relative_verb_takes_the_plural_phrase_of_its_antecedent() {
    check_with_mentions(
        "Le ministre Olivier Véran a annoncé aux syndicats qu'une enveloppe serait débloquée. Cette proposition a été loin d'emporter l'enthousiasme des syndicats, qui ont jugé cette somme très insuffisante.",
        &[("Olivier Véran", EntityType::PER)],
        expect![[r#"
            indirect «une enveloppe serait débloquée» <- Olivier Véran (person) [annoncer]
            indirect «cette somme très insuffisante» <- des syndicats (anonymous) [juger]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn an_epithet_of_age_or_trade_designates_the_person_in_focus() {
    check_with_mentions(
        "Julia Castanier, ancienne assistante parlementaire, a porté plainte. \"Sur le coup, tu ne dis rien\", a répondu la jeune femme. L'homme a refusé de commenter.",
        &[("Julia Castanier", EntityType::PER)],
        expect![[r#"
            direct «Sur le coup, tu ne dis rien» <- Julia Castanier (person) [répondre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.19
        "#]],
    );
}

#[test]
fn initials_stand_for_the_person_they_spell() {
    check_with_mentions(
        "Dominique Strauss-Kahn était l'invité de la radio. \"La démocratie parlementaire est en train d'exploser\", avertit DSK.",
        &[("Dominique Strauss-Kahn", EntityType::PER), ("DSK", EntityType::ORG)],
        expect![[r#"
            direct «La démocratie parlementaire est en train d'exploser» <- Dominique Strauss-Kahn (person) [avertir]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.45
        "#]],
    );
}

#[test]
fn a_name_spelled_with_other_accents_is_one_person() {
    check_with_linked_mentions(
        "Andréa Kotarac, conseiller régional La France insoumise (LFI), a annoncé mardi quitter son parti. \"Emmanuel Macron a catalysé la colère des Français\", dénonce t-il. Fin avril, Andrea Kotarac avait suscité la polémique au sein de LFI.",
        &[
            ("Andréa Kotarac", EntityType::PER, 0),
            ("La France insoumise", EntityType::ORG, 1),
            ("LFI", EntityType::ORG, 1),
            ("Emmanuel Macron", EntityType::PER, 2),
            ("Andrea Kotarac", EntityType::PER, 0),
            ("LFI#2", EntityType::ORG, 1),
        ],
        expect![[r#"
            indirect «quitter son parti» <- Andréa Kotarac (person) [annoncer]
            direct «Emmanuel Macron a catalysé la colère des Français» <- Andréa Kotarac (person) [dénoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.22
        "#]],
    );
}

#[test]
fn a_quotation_alone_after_narration_belongs_to_the_person_it_narrated() {
    check_with_mentions(
        "\"Il faut lutter contre les fraudes\", a déclaré Gérald Darmanin. Edouard Philippe a en revanche balayé l'idée de la fin du droit du sol. \"Je ne vois pas en quoi ce serait une réponse.\"",
        &[("Gérald Darmanin", EntityType::PER), ("Edouard Philippe", EntityType::PER)],
        expect![[r#"
            direct «Il faut lutter contre les fraudes» <- Gérald Darmanin (person) [déclarer]
            direct «Je ne vois pas en quoi ce serait une réponse.» <- Edouard Philippe (person)
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.45
        "#]],
    );
}

#[test]
fn a_title_ending_with_a_known_surname_is_that_person() {
    check_with_linked_mentions(
        "\"Il y aura des allers-retours\", a déclaré le ministre turc de la Défense Hulusi Akar, en visite à Kas. \"Il semble évident que M. Macron est en échec\", a fustigé M. Akar. L'ancien ministre de Kyriakos Mitsotakis a répondu.",
        &[
            ("Défense Hulusi Akar", EntityType::MISC, 0),
            ("Akar#2", EntityType::PER, 1),
            ("Kyriakos Mitsotakis", EntityType::PER, 2),
        ],
        expect![[r#"
            direct «Il y aura des allers-retours» <- Akar (person) [déclarer]
            direct «Il semble évident que M. Macron est en échec» <- Akar (person) [fustiger]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.34
        "#]],
    );
}

#[test]
fn a_topic_phrase_with_quoted_words_stands_between_verb_and_que() {
    check_with_mentions(
        "Le porte-parole Sébastien Chenu a jugé mercredi à propos d'une trêve du mouvement des \"gilets jaunes\" qu'il était \"difficile\" de manifester.",
        &[("Sébastien Chenu", EntityType::PER)],
        expect![[r#"
            mixed «il était "difficile" de manifester» <- Sébastien Chenu (person) [juger]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.76
        "#]],
    );
}

#[test]
fn a_period_glued_after_an_acronym_ends_the_sentence() {
    check_with_mentions(
        "\"Rien n'a changé\", regrette Neemat Badreddine. \"Nous réclamons un nouveau cabinet\", dit-elle encore à l'AFP.Grimés en blanc, d'autres contestataires ont défilé, selon l'organisatrice, Paola Rebeiz.",
        &[("Neemat Badreddine", EntityType::PER), ("Paola Rebeiz", EntityType::PER)],
        expect![[r#"
            direct «Rien n'a changé» <- Neemat Badreddine (person) [regretter]
            direct «Nous réclamons un nouveau cabinet» <- Neemat Badreddine (person) [dire]
            indirect «Grimés en blanc, d'autres contestataires ont défilé, selon l…» <- Paola Rebeiz (person) [selon]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.26
        "#]],
    );
}

#[test]
fn a_relative_pronoun_after_a_preposition_opens_a_clause_with_its_own_subject() {
    check_with_mentions(
        "\"Je n'en avais jamais entendu parler avant le 8 mai\", a dit Justin Trudeau, date à laquelle des fonctionnaires ont formellement recommandé au gouvernement qu'Unis soit chargé du programme.",
        &[("Justin Trudeau", EntityType::PER)],
        expect![[r#"
            direct «Je n'en avais jamais entendu parler avant le 8 mai» <- Justin Trudeau (person) [dire]
            indirect «Unis soit chargé du programme» <- des fonctionnaires (anonymous) [recommander]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.28
        "#]],
    );
}

#[test]
fn a_new_subject_with_its_own_speech_verb_ends_the_reported_clause() {
    check(
        "Mais si la Turquie a confirmé dimanche que son navire de recherche est rentré au port, elle a toutefois souligné ne pas renoncer à ses droits. Le président a estimé qu'il sapait tout espoir de paix, quand l'Union européenne a rappelé la nécessité de respecter le droit international.",
        expect![[r#"
            indirect «son navire de recherche est rentré au port» <- Turquie (org) [confirmer]
            indirect «ne pas renoncer à ses droits» <- Turquie (org) [souligner]
            indirect «il sapait tout espoir de paix» <- Le président (person) [estimer]
            indirect «la nécessité de respecter le droit international» <- Union (org) [rappeler]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_negated_infinitive_keeps_its_negation() {
    check_with_mentions(
        "Le maire Jacques Sabin a confié ne pas se souvenir de cet autre cas, mais a assuré avoir renforcé la sécurité. Le ministre a indiqué n'avoir jamais reçu la lettre.",
        &[("Jacques Sabin", EntityType::PER)],
        expect![[r#"
            indirect «ne pas se souvenir de cet autre cas» <- Jacques Sabin (person) [confier]
            indirect «avoir renforcé la sécurité» <- Jacques Sabin (person) [assurer]
            indirect «n'avoir jamais reçu la lettre» <- Jacques Sabin (person) [indiquer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn an_adverb_before_a_leading_source_marker_stays_outside_the_content() {
    check(
        "Le JDD a publié un article. Toujours selon le JDD, le ministre va démissionner.",
        expect![[r#"
            indirect «le ministre va démissionner» <- JDD (org) [selon]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_verb_spelled_without_its_circumflex_is_a_cue() {
    check_with_mentions(
        "Marie Dupont reconnait avoir menti aux enquêteurs.",
        &[("Marie Dupont", EntityType::PER)],
        expect![[r#"
            indirect «avoir menti aux enquêteurs» <- Marie Dupont (person) [reconnaître]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn two_sentences_with_a_cue_each_in_one_pair_of_marks_are_two_statements() {
    check_with_mentions(
        "Le débat continue. \"Il se passe des choses inacceptables, a expliqué Julien Dray. Et notamment à Nantes, les décisions ont été mauvaises\", a-t-il fustigé. \"Ces méthodes, contestées, un risque naîtra. Il faut agir\", a-t-il conclu.",
        &[("Julien Dray", EntityType::PER)],
        expect![[r#"
            direct «Il se passe des choses inacceptables» <- Julien Dray (person) [expliquer]
            direct «Et notamment à Nantes, les décisions ont été mauvaises» <- Julien Dray (person) [fustiger]
            direct «Ces méthodes, contestées, un risque naîtra. Il faut agir» <- Julien Dray (person) [conclure]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 0 | quoted 0.66
        "#]],
    );
}

#[test]
fn a_circle_noun_after_a_possessive_is_an_inverted_subject() {
    check_with_mentions(
        "La porte-parole Sibeth Ndiaye a parlé. \"Il est favorable à des actions concrètes\", ont précisé ses conseillers. \"Il reste attentif\", ont-ils ajouté.",
        &[("Sibeth Ndiaye", EntityType::PER)],
        expect![[r#"
            direct «Il est favorable à des actions concrètes» <- ses conseillers (anonymous) [préciser]
            direct «Il reste attentif» <- ses conseillers (anonymous) [ajouter]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.41
        "#]],
    );
}

#[test]
fn a_second_predicate_after_mais_ends_the_reported_clause() {
    check_with_mentions(
        "Interrogé sur Laurent Wauquiez, Luc Chatel assure qu'il s'agit d'un enjeu de personne, mais estime que la droite est perdue. Le shérif Joe Lombardo a indiqué que 200 personnes avaient été blessées, mais n'a pas souhaité donner de chiffre. Tariq Ramadan a reconnu avoir eu un rapport avec elles mais il a affirmé aux juges que ces relations étaient consenties.",
        &[
            ("Laurent Wauquiez", EntityType::PER),
            ("Luc Chatel", EntityType::PER),
            ("Joe Lombardo", EntityType::PER),
            ("Tariq Ramadan", EntityType::PER),
        ],
        expect![[r#"
            indirect «il s'agit d'un enjeu de personne» <- Luc Chatel (person) [assurer]
            indirect «la droite est perdue» <- Luc Chatel (person) [estimer]
            indirect «200 personnes avaient été blessées» <- Joe Lombardo (person) [indiquer]
            indirect «avoir eu un rapport avec elles» <- Tariq Ramadan (person) [reconnaître]
            indirect «ces relations étaient consenties» <- Tariq Ramadan (person) [affirmer]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 0 indirect 5 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn kin_and_demonstrative_descriptions_designate_the_right_person() {
    check_with_mentions(
        "Une tornade a touché la ville de Baker samedi. Le père de famille, Travis Hatfield, a posté une vidéo. \"Avance !\" crie la mère, dans la voiture. Alain Cocq est malade. \"Facebook bloquera la diffusion\", a indiqué un porte-parole de Facebook. Cet habitant de Dijon avait annoncé avoir cessé son traitement.",
        &[
            ("Baker", EntityType::PER),
            ("Travis Hatfield", EntityType::PER),
            ("Alain Cocq", EntityType::PER),
            ("Facebook", EntityType::ORG),
        ],
        expect![[r#"
            direct «Avance !» <- la mère (anonymous) [crier]
            direct «Facebook bloquera la diffusion» <- un porte-parole de Facebook (anonymous) [indiquer]
            indirect «avoir cessé son traitement» <- Alain Cocq (person) [annoncer]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.14
        "#]],
    );
}

#[test]
fn an_outlet_named_after_a_fused_article_is_the_medium_a_media_noun_designates() {
    check(
        "Une réunion a eu lieu, raconte un article du Journal du Dimanche paru hier. Laurent Wauquiez a réitéré ses appels au calme, rapporte l'hebdomadaire.",
        expect![[r#"
            indirect «Une réunion a eu lieu» <- un article du Journal (anonymous) [raconter]
            indirect «Laurent Wauquiez a réitéré ses appels au calme» <- Journal du Dimanche (org) [rapporter]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn an_opening_title_is_the_person_named_next_and_a_particle_surname_joins_its_full_name() {
    check_with_linked_mentions(
        "\"C'est une véritable barbarie\", or \"avec la barbarie, on ne négocie pas\", a lancé la présidente du Rassemblement national lors d'un discours.Marine Le Pen faisait allusion à plusieurs faits divers. Son père Jean-Marie Le Pen était absent. Mme Le Pen a promis de rétablir l'ordre. Le parti a écarté des proches de l'ancienne députée Marion Maréchal, qui a dénoncé une purge.",
        &[
            ("Rassemblement national", EntityType::ORG, 0),
            ("Marine Le Pen", EntityType::PER, 1),
            ("Jean-Marie Le Pen", EntityType::PER, 2),
            ("Le Pen#3", EntityType::PER, 3),
            ("Marion Maréchal", EntityType::PER, 4),
        ],
        expect![[r#"
            direct «C'est une véritable barbarie» <- Marine Le Pen (person) [lancer]
            direct «avec la barbarie, on ne négocie pas» <- Marine Le Pen (person) [lancer]
            indirect «rétablir l'ordre» <- Marine Le Pen (person) [promettre]
            indirect «une purge» <- Marion Maréchal (person) [dénoncer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 2 indirect 2 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn time_adverbials_and_addressees_may_stand_between_the_verb_and_its_que_clause() {
    check_with_mentions(
        "Robert Ménard avait expliqué la veille qu'il s'opposait au match. Les autorités avaient prévenu il y a quelques jours que 53 départements étaient exposés. Emmanuel Macron a indiqué lundi 15 juin à ses conseillers qu'il ne souhaitait pas ouvrir le débat. Les experts réaffirmaient que la cause était connue. L'hebdomadaire Les Inrocks révélait donc qu'il avait menti.",
        &[
            ("Robert Ménard", EntityType::PER),
            ("Emmanuel Macron", EntityType::PER),
            ("Les Inrocks", EntityType::ORG),
        ],
        expect![[r#"
            indirect «il s'opposait au match» <- Robert Ménard (person) [expliquer]
            indirect «53 départements étaient exposés» <- Les autorités (org) [prévenir]
            indirect «il ne souhaitait pas ouvrir le débat» <- Emmanuel Macron (person) [indiquer]
            indirect «la cause était connue» <- Les experts (anonymous) [réaffirmer]
            indirect «il avait menti» <- Les Inrocks (org) [révéler]
            sourcing: named 4 anonymous 1 unattributed 0 | direct 0 indirect 5 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn se_dire_with_an_agreed_participle_or_a_one_word_attribute_is_a_statement() {
    check_with_mentions(
        "Élisabeth Borne s'est dite prête à remonter cet âge. Le retraité Jean Dupont se dit chanceux. Elle s'est également dite inquiète. La prise dite de l'étranglement est interdite. Elle s'est déclarée \"écoeurée\". Un incendie s'est déclaré vers 4h. Dix personnes se sont déclarées candidates.",
        &[("Élisabeth Borne", EntityType::PER), ("Jean Dupont", EntityType::PER)],
        expect![[r#"
            indirect «prête à remonter cet âge» <- Élisabeth Borne (person) [dire]
            indirect «chanceux» <- Jean Dupont (person) [dire]
            indirect «inquiète» <- Élisabeth Borne (person) [dire]
            mixed «"écoeurée"» <- Élisabeth Borne (person) [déclarer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 1 | quoted 0.09
        "#]],
    );
}

#[test]
fn an_outlet_citing_one_source_relays_that_source() {
    check(
        "Selon l'AFP, qui cite une source policière, l'engin datait de la guerre. L'Elysée souhaite prendre son temps, rapporte le JDD, citant une source proche du président. Selon Le Parisien, qui cite des sources concordantes, le suspect a avoué.",
        expect![[r#"
            indirect «l'engin datait de la guerre» <- une source policière (anonymous) [selon]
            indirect «L'Elysée souhaite prendre son temps» <- une source proche du président (anonymous) [rapporter]
            indirect «le suspect a avoué» <- Le Parisien (org) [selon]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_gerund_coordinated_with_another_has_the_main_clause_subject() {
    check_with_mentions(
        "Le général Dave Goldstein avait pris les devants en qualifiant, dans une lettre, la mort de George Floyd de \"tragédie nationale\" et en annonçant un débat en ligne sur le racisme.",
        &[("Dave Goldstein", EntityType::PER), ("George Floyd", EntityType::PER)],
        expect![[r#"
            indirect «un débat en ligne sur le racisme» <- Dave Goldstein (person) [annoncer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_city_demonym_stands_for_the_person_in_focus_not_an_outlet() {
    check_with_mentions(
        "\"C'est un dîner qui s'est bien passé\", a insisté Gérard Collomb. Le Lyonnais assure par ailleurs que leur entente est intacte. Le Parisien affirme que le dîner fut tendu.",
        &[("Gérard Collomb", EntityType::PER), ("Lyonnais", EntityType::ORG), ("Le Parisien", EntityType::ORG)],
        expect![[r#"
            direct «C'est un dîner qui s'est bien passé» <- Gérard Collomb (person) [insister]
            indirect «leur entente est intacte» <- Gérard Collomb (person) [assurer]
            indirect «le dîner fut tendu» <- Le Parisien (org) [affirmer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 2 mixed 0 | quoted 0.22
        "#]],
    );
}

#[test]
fn a_media_noun_naming_its_outlet_is_a_complement_before_the_inverted_subject() {
    check_with_mentions(
        "\"Il a un style indémodable\", raconte au site du journal Le Parisien l'une des co-auteurs du livre, Gaétane Morin.",
        &[("Le Parisien", EntityType::ORG), ("Gaétane Morin", EntityType::PER)],
        expect![[r#"
            direct «Il a un style indémodable» <- Gaétane Morin (person) [raconter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.24
        "#]],
    );
}

#[test]
fn a_document_speaks_for_its_publisher() {
    check_with_mentions(
        "Le cabinet Catéis, mandaté par le CHSCT, a rendu en septembre son rapport. Le document souligne que la pression était permanente. Ce rapport de la société Technologia fait état d'une gestion \"à la dure\". Dans un communiqué, les préfectures concernées se disent préoccupées. Le communiqué précise que le virus circule.",
        &[("Catéis", EntityType::ORG), ("CHSCT", EntityType::ORG), ("Technologia", EntityType::ORG)],
        expect![[r#"
            indirect «la pression était permanente» <- Catéis (org) [souligner]
            mixed «une gestion "à la dure"» <- la société Technologia (org) [faire état]
            indirect «préoccupées» <- les préfectures concernées (anonymous) [dire]
            indirect «le virus circule» <- les préfectures concernées (anonymous) [préciser]
            sourcing: named 2 anonymous 2 unattributed 0 | direct 0 indirect 3 mixed 1 | quoted 0.11
        "#]],
    );
}

#[test]
fn unopened_and_unclosed_quotations_are_recovered_from_the_sentences_around() {
    check_with_mentions(
        "J'ai besoin de voir une personne trente fois avant de pouvoir la reconnaître. Je ne reconnais pas les gens dans les films\", raconte-t-il. \"L'État a compensé 425 millions\", a déclaré le ministre sur BFMTV. En trésorerie, elle a les moyens de payer la RATP et la SNCF.\" \"Nous cesserons de payer\", a affirmé Valérie Pécresse.",
        &[("Valérie Pécresse", EntityType::PER)],
        expect![[r#"
            direct «J'ai besoin de voir une personne trente fois avant de pouvoi…» <- le ministre (person) [raconter]
            direct «L'État a compensé 425 millions» <- le ministre (person) [déclarer]
            direct «En trésorerie, elle a les moyens de payer la RATP et la SNCF…» <- le ministre (person)
            direct «Nous cesserons de payer» <- Valérie Pécresse (person) [affirmer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 4 indirect 0 mixed 0 | quoted 0.75
        "#]],
    );
    check_with_mentions(
        "Il a un mot d'ordre : \"La proximité. Le journal suit la même logique depuis trente ans. \"Une manière de fonctionner assumée. \"Désormais, on sait que le soda met en danger le foie. Avant, on avait des estimations, assure au Parisien Lawrence Serfaty, professeur au CHU. Avec ses collègues, il est à l'origine de la conférence.",
        &[("Lawrence Serfaty", EntityType::PER)],
        expect![[r#"
            direct unclosed «La proximité. Le journal suit la même logique depuis trente …» <- Lawrence Serfaty (person)
            direct unclosed «Une manière de fonctionner assumée.» <- Lawrence Serfaty (person)
            direct unclosed «Désormais, on sait que le soda met en danger le foie. Avant,…» <- Lawrence Serfaty (person) [assurer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 3 indirect 0 mixed 0 | quoted 0.58
        "#]],
    );
}

#[test]
fn a_party_or_union_after_a_title_labels_the_person_it_does_not_speak() {
    check_with_mentions(
        "\"Ce détenu avait déjà agressé des surveillants\", a dénoncé le délégué CGT. \"Le travail paye\", a estimé la députée La République en marche (LREM) du Val-d'Oise, Fiona Lazaar. Le fondateur du mouvement Les Patriotes a assuré ressentir du soulagement.",
        &[("CGT", EntityType::ORG), ("République", EntityType::ORG), ("Fiona Lazaar", EntityType::PER)],
        expect![[r#"
            direct «Ce détenu avait déjà agressé des surveillants» <- le délégué CGT (anonymous) [dénoncer]
            direct «Le travail paye» <- Fiona Lazaar (person) [estimer]
            indirect «ressentir du soulagement» <- Le fondateur du mouvement Les Patriotes (person) [assurer]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.26
        "#]],
    );
}

#[test]
fn a_generic_organisation_noun_opening_the_article_is_the_one_its_quotation_names() {
    check_with_mentions(
        "\"Le CSA a relevé le caractère particulièrement cru de la plaisanterie\", souligne le régulateur dans cette intervention. Le CSA a appelé les responsables à la vigilance.",
        &[("CSA", EntityType::ORG)],
        expect![[r#"
            direct «Le CSA a relevé le caractère particulièrement cru de la plai…» <- CSA (org) [souligner]
            indirect «la vigilance» <- CSA (org) [appeler]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.42
        "#]],
    );
}

#[test]
fn a_pronoun_going_on_with_an_unnamed_source_stays_with_it() {
    check_with_mentions(
        "Lundi, le ministre de la Santé Olivier Véran a annoncé aux syndicats une enveloppe de 300 millions d'euros. \"C'est inadmissible\", s'est insurgé un responsable syndical. \"D'ici là on appelle tous à la grève\", a-t-il ajouté.",
        &[("Olivier Véran", EntityType::PER)],
        expect![[r#"
            indirect «une enveloppe de 300 millions d'euros» <- Olivier Véran (person) [annoncer]
            direct «C'est inadmissible» <- un responsable syndical (anonymous) [insurger]
            direct «D'ici là on appelle tous à la grève» <- un responsable syndical (anonymous) [ajouter]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.26
        "#]],
    );
}

#[test]
fn a_bare_quotation_opening_its_sentence_belongs_to_the_person_the_next_one_is_about() {
    check_with_mentions(
        "L'ex-Miss France a vécu une très mauvaise expérience avec Mike Horn.\"Je m'attendais à être un peu chouchoutée\". C'est dans cet état d'esprit que Camille Cerf, Miss France 2015, a abordé l'émission.",
        &[("Mike Horn", EntityType::PER), ("Camille Cerf", EntityType::PER)],
        expect![[r#"
            direct «Je m'attendais à être un peu chouchoutée» <- Camille Cerf (person)
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.21
        "#]],
    );
}

#[test]
fn a_pronoun_statement_opening_on_its_source_is_that_source() {
    check_with_mentions(
        "Yves Veyrier a dénoncé la décision. Pour Gilles Le Gendre, président du groupe LREM, la manifestation \"devrait être interdite\", a-t-il expliqué.",
        &[("Yves Veyrier", EntityType::PER), ("Gilles Le Gendre", EntityType::PER)],
        expect![[r#"
            indirect «la décision» <- Yves Veyrier (person) [dénoncer]
            mixed «Pour Gilles Le Gendre, président du groupe LREM, la manifest…» <- Gilles Le Gendre (person) [expliquer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.62
        "#]],
    );
}

#[test]
fn an_impersonal_on_after_an_adverb_or_from_the_same_source() {
    check_with_mentions(
        "Le ministre de l'Intérieur Gérald Darmanin a salué le travail des policiers. \"Aucun coup de feu n'a été tiré\", avait-on précisé auparavant de source proche de l'enquête. \"Rien n'est exclu\", ajoute-t-on de même source.",
        &[("Gérald Darmanin", EntityType::PER)],
        expect![[r#"
            indirect «le travail des policiers» <- Gérald Darmanin (person) [saluer]
            direct «Aucun coup de feu n'a été tiré» <- source proche de l'enquête (anonymous) [préciser]
            direct «Rien n'est exclu» <- source proche de l'enquête (anonymous) [ajouter]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.23
        "#]],
    );
}

#[test]
fn a_legal_text_or_an_expertise_is_a_document_not_the_person_named_before() {
    check_with_mentions(
        "\"On a trop peur d'une nouvelle enquête\", a déclaré le directeur de publication Nicolas Brimo. Selon le code de procédure pénale, les correspondances avec un journaliste ne peuvent être retranscrites.",
        &[("Nicolas Brimo", EntityType::PER)],
        expect![[r#"
            direct «On a trop peur d'une nouvelle enquête» <- Nicolas Brimo (person) [déclarer]
            indirect «les correspondances avec un journaliste ne peuvent être retr…» <- le code de procédure pénale (org) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.20
        "#]],
    );
}

#[test]
fn a_bare_quotation_after_someone_new_and_unnamed_is_theirs() {
    check_with_mentions(
        "\"Le texte est équilibré\", a défendu Bernard Accoyer. Un membre permanent des Républicains va un peu plus loin. \"Il faut tout revoir\".",
        &[("Bernard Accoyer", EntityType::PER)],
        expect![[r#"
            direct «Le texte est équilibré» <- Bernard Accoyer (person) [défendre]
            direct «Il faut tout revoir» <- Un membre permanent des Républicains (anonymous)
            sourcing: named 1 anonymous 1 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.34
        "#]],
    );
}

#[test]
fn a_glued_video_caption_holds_no_statement_and_no_antecedent() {
    check_with_mentions(
        "\"Il faut rassembler\", a déclaré Christian Jacob. \"Il faut toujours laisser les portes ouvertes\" : Eric Woerthpar Europe 1Le député a ensuite quitté la salle. \"Nous verrons\", a-t-il ajouté.",
        &[("Christian Jacob", EntityType::PER), ("Eric Woerthpar Europe", EntityType::PER)],
        expect![[r#"
            direct «Il faut rassembler» <- Christian Jacob (person) [déclarer]
            direct «Nous verrons» <- Christian Jacob (person) [ajouter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn a_plural_pronoun_after_a_group_of_people_is_that_group() {
    check_with_mentions(
        "\"On sait qu'il joue le pourrissement\", assure René, 67 ans, retraité. Ces opposants à la réforme se sont ensuite dirigés vers la place de la Comédie. Ils ont dénoncé les cadeaux du président à ses copains.",
        &[("René", EntityType::PER)],
        expect![[r#"
            direct «On sait qu'il joue le pourrissement» <- René (person) [assurer]
            indirect «les cadeaux du président à ses copains» <- Ces opposants à la réforme (anonymous) [dénoncer]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn a_stressed_pronoun_after_selon_is_a_phrase_of_its_own() {
    check_with_mentions(
        "\"C'est drôle\", dit Kenta Iwana. Kota Hanegawa, un autre acteur, apprécie la proximité que permet selon lui le format drive-in.",
        &[("Kenta Iwana", EntityType::PER), ("Kota Hanegawa", EntityType::PER)],
        expect![[r#"
            direct «C'est drôle» <- Kenta Iwana (person) [dire]
            indirect «Kota Hanegawa, un autre acteur, apprécie la proximité que pe…» <- Kota Hanegawa (person) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.10
        "#]],
    );
}

#[test]
fn a_participle_followed_by_de_is_no_inverted_cue() {
    check_with_mentions(
        "Le ministre tente de remettre en cause la nationalité du mari, accusé de polygamie. En décembre, le tribunal annule l'amende.",
        &[],
        expect![[r#"
            sourcing: named 0 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_name_before_two_appositions_is_the_subject() {
    check_with_mentions(
        "Oriema Otieno, médecin à Embakasi, un quartier de Nairobi, dit avoir vu plus de jeunes filles enceintes qu'en temps normal.",
        &[("Oriema Otieno", EntityType::ORG)],
        expect![[r#"
            indirect «avoir vu plus de jeunes filles enceintes qu'en temps normal» <- Oriema Otieno (person) [dire]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn professeur_says_nothing_of_gender() {
    check_with_mentions(
        "\"Il aurait dû rester\", regrette Aranzazu Catalina. \"C'est un départ involontaire\", affirme Paloma Roman, professeur de sciences politiques. Selon elle, Juan Carlos \"a subi des pressions\".",
        &[("Aranzazu Catalina", EntityType::PER), ("Paloma Roman", EntityType::PER), ("Juan Carlos", EntityType::PER)],
        expect![[r#"
            direct «Il aurait dû rester» <- Aranzazu Catalina (person) [regretter]
            direct «C'est un départ involontaire» <- Paloma Roman (person) [affirmer]
            mixed «Juan Carlos "a subi des pressions"» <- Paloma Roman (person) [selon]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 1 | quoted 0.52
        "#]],
    );
}

#[test]
fn a_weak_verb_inverted_after_a_verbless_clause_reports_it() {
    check_with_mentions(
        "Une annonce volontairement floue, décrypte un haut fonctionnaire qui a pris part aux négociations. \"Si elle parle d'une réforme, de nombreux Etats vont dire non.\" Ségolène Royal, qui entend se représenter, prépare d'ores et déjà son plan d'attaque. De nombreux responsables, dont le ministre, appellent les Américains à se faire vacciner.",
        &[("Ségolène Royal", EntityType::PER)],
        expect![[r#"
            indirect «Une annonce volontairement floue» <- un haut fonctionnaire (anonymous) [décrypter]
            direct «Si elle parle d'une réforme, de nombreux Etats vont dire non…» <- un haut fonctionnaire (anonymous)
            indirect «se faire vacciner» <- De nombreux responsables (anonymous) [appeler]
            sourcing: named 0 anonymous 3 unattributed 0 | direct 1 indirect 2 mixed 0 | quoted 0.19
        "#]],
    );
}

#[test]
fn a_participle_after_an_incise_has_the_incises_subject() {
    check_with_mentions(
        "\"Les gens sont fatigués\", poursuit M. Leschi, relevant \"l'incohérence du système\".",
        &[("Leschi", EntityType::PER)],
        expect![[r#"
            direct «Les gens sont fatigués» <- Leschi (person) [poursuivre]
            mixed «"l'incohérence du système"» <- Leschi (person) [relever]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.61
        "#]],
    );
}

#[test]
fn a_title_with_the_name_in_apposition_after_selon_is_that_person() {
    check_with_mentions(
        "Selon le chef de la police de Bogota, le colonel Necton Borja, la victime \"a été soumise à une arme non létale\" avant d'être transportée au poste.",
        &[("Necton Borja", EntityType::PER)],
        expect![[r#"
            mixed «la victime "a été soumise à une arme non létale" avant d'êtr…» <- Necton Borja (person) [selon]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.99
        "#]],
    );
}

#[test]
fn a_capitalized_selon_after_a_closing_mark_opens_the_next_sentence() {
    check_with_mentions(
        "\"Nous ne sommes pas sur un champ de bataille\", a lancé Claudia Lopez. \"Quel type de formation reçoivent-ils ?\"Selon le gouvernement, 56 postes de police ont été \"vandalisés\".",
        &[("Claudia Lopez", EntityType::PER)],
        expect![[r#"
            direct «Nous ne sommes pas sur un champ de bataille» <- Claudia Lopez (person) [lancer]
            direct «Quel type de formation reçoivent-ils ?» <- Claudia Lopez (person)
            mixed «56 postes de police ont été "vandalisés"» <- le gouvernement (org) [selon]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 1 | quoted 0.85
        "#]],
    );
}

#[test]
fn a_noun_phrase_and_its_apposition_before_a_verb_are_its_subject() {
    check_with_mentions(
        "\"Vous pouvez défendre votre pays\", a lancé Alexandre Loukachenko. Le président bélarusse, 65 ans, a rejeté la demande de l'opposition d'organiser une nouvelle élection.",
        &[("Alexandre Loukachenko", EntityType::PER)],
        expect![[r#"
            direct «Vous pouvez défendre votre pays» <- Alexandre Loukachenko (person) [lancer]
            indirect «la demande de l'opposition d'organiser une nouvelle élection» <- Alexandre Loukachenko (person) [rejeter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.20
        "#]],
    );
}

#[test]
fn an_acronym_glued_to_the_next_sentence_is_cut() {
    check_with_mentions(
        "Réforme de la SNCFEmmanuel Macron a confirmé que l'Etat reprendrait la dette.",
        &[("Emmanuel Macron", EntityType::PER)],
        expect![[r#"
            indirect «l'Etat reprendrait la dette» <- Emmanuel Macron (person) [confirmer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_full_name_sharing_a_surname_is_its_own_person() {
    check_with_mentions(
        "Jean Dupont est mort en 2017. Marie Dupont a assuré qu'elle attendait ses enfants. \"On est une famille\", a-t-elle affirmé.",
        &[("Jean Dupont", EntityType::PER), ("Marie Dupont", EntityType::PER)],
        expect![[r#"
            indirect «elle attendait ses enfants» <- Marie Dupont (person) [assurer]
            direct «On est une famille» <- Marie Dupont (person) [affirmer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.16
        "#]],
    );
}

#[test]
fn a_capitalized_word_glued_to_a_closing_mark_is_no_cue() {
    check_with_mentions(
        "Le ministre a parlé. \"Il faut du temps\"Interrogée sur les dangers, la ministre a répondu longuement.",
        &[],
        expect![[r#"
            sourcing: named 0 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_bare_quotation_joined_to_the_narration_by_a_conjunction_stands() {
    check_with_mentions(
        "\"Nous attendons des gestes\", a déclaré Philippe Martinez. \"Aujourd'hui, le compte n'y est pas du tout\", alors que le gouvernement promet des mesures.",
        &[("Philippe Martinez", EntityType::PER)],
        expect![[r#"
            direct «Nous attendons des gestes» <- Philippe Martinez (person) [déclarer]
            direct «Aujourd'hui, le compte n'y est pas du tout» <- Philippe Martinez (person)
            indirect «des mesures» <- le gouvernement (org) [promettre]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.48
        "#]],
    );
}

#[test]
fn a_present_verb_missing_from_the_lexicon_after_a_quotation_attributes_it() {
    check_with_mentions(
        "Le maire a parlé. \"Tout ça, c'est de la politique\", balaye Nicholas Romaniuk. \"Dublin, c'était juste un transfert de charge\", comme l'Italie ou Malte.",
        &[("Nicholas Romaniuk", EntityType::PER), ("Italie", EntityType::LOC), ("Malte", EntityType::LOC)],
        expect![[r#"
            direct «Tout ça, c'est de la politique» <- Nicholas Romaniuk (person) [balayer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.21
        "#]],
    );
}

#[test]
fn a_one_word_answer_after_a_verb_of_uttering_is_a_statement() {
    check_with_mentions(
        "\"Banco\", lui a répondu Emmanuel Macron.",
        &[("Emmanuel Macron", EntityType::PER)],
        expect![[r#"
            direct «Banco» <- Emmanuel Macron (person) [répondre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn on_after_a_fronted_body_is_that_body() {
    check_with_mentions(
        "Jean Dupont a parlé hier. A l'Elysée, on assure qu'il y a une volonté de s'opposer au président. Du côté de la SNCF, on indique que les trains circulent.",
        &[("Jean Dupont", EntityType::PER), ("Elysée", EntityType::ORG), ("SNCF", EntityType::ORG)],
        expect![[r#"
            indirect «il y a une volonté de s'opposer au président» <- Elysée (org) [assurer]
            indirect «les trains circulent» <- SNCF (org) [indiquer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_plural_pronoun_goes_on_with_the_group_speaking_last() {
    check_with_mentions(
        "Philippe Martinez a parlé hier. Une coalition de syndicats et collectifs hospitaliers appelle à une journée de grève le 16 juin. Ils réclament notamment une revalorisation générale des salaires.",
        &[("Philippe Martinez", EntityType::PER)],
        expect![[r#"
            indirect «une journée de grève le 16 juin» <- Une coalition de syndicats et collectifs hospitaliers (org) [appeler]
            indirect «une revalorisation générale des salaires» <- Une coalition de syndicats et collectifs hospitaliers (org) [réclamer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn bodies_named_by_revue_confederation_or_a_superlative_are_organisations() {
    check_with_mentions(
        "Jean Dupont a parlé hier. \"La CGT ne cautionne pas ce type d'action\", a réagi également la confédération dans un communiqué. La plus haute juridiction administrative a estimé que cette interdiction porte atteinte à la liberté de culte.",
        &[("Jean Dupont", EntityType::PER), ("CGT", EntityType::ORG)],
        expect![[r#"
            direct «La CGT ne cautionne pas ce type d'action» <- la confédération (org) [réagir]
            indirect «cette interdiction porte atteinte à la liberté de culte» <- La plus haute juridiction administrative (org) [estimer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn a_short_nested_quotation_in_a_later_sentence_stays_inside() {
    check(
        "Il se confie. \"Elle a son caractère, on s'embrouille comme tout le monde. C'est ma meilleure conseillère, même si elle n'est pas \"fan\" de moi. Elle m'apporte justement le recul nécessaire\", analyse Kendji Girac dans le magazine.",
        expect![[r#"
            direct «Elle a son caractère, on s'embrouille comme tout le monde. C…» <- Kendji Girac (person) [analyser]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.76
        "#]],
    );
}

#[test]
fn songs_nicknames_and_banners_in_marks_are_no_statements() {
    check_with_mentions(
        "Il a écrit pour Johnny Hallyday la célèbre chanson de 1964 : \"Retiens la nuit\". Gérard Collomb, lui, aurait un surnom désobligeant : \"son altesse sénilissime\". \"Éducation nationale en danger\", pouvait-on lire sur une pancarte.",
        &[("Johnny Hallyday", EntityType::PER), ("Gérard Collomb", EntityType::PER)],
        expect![[r#"
            sourcing: named 0 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_second_piece_after_an_incise_shares_its_cue() {
    check_with_mentions(
        "\"Il y a une taxe\", a déclaré à la presse un avocat, Chris Stewart, \"il y avait d'autres options que de lui tirer dans le dos\". \"Nous avons reçu des plaintes\", précise l'association, mais \"aucune n'a abouti pour le moment\".",
        &[("Chris Stewart", EntityType::PER)],
        expect![[r#"
            direct «Il y a une taxe» <- Chris Stewart (person) [déclarer]
            direct «il y avait d'autres options que de lui tirer dans le dos» <- Chris Stewart (person) [déclarer]
            direct «Nous avons reçu des plaintes» <- l'association (org) [préciser]
            direct «aucune n'a abouti pour le moment» <- l'association (org) [préciser]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 4 indirect 0 mixed 0 | quoted 0.63
        "#]],
    );
}

#[test]
fn orders_threats_and_accusations_take_their_de_infinitive() {
    check_with_mentions(
        "Le maire de Cholet, Gilles Bourdouleix, menace de boycotter l'arrivée du contre-la-montre. Alain Juppé a également intimé aux gilets jaunes de changer de méthode. Le ministère déconseille de visiter le pays. Le patron est accusé de harceler ses salariés.",
        &[("Gilles Bourdouleix", EntityType::PER), ("Alain Juppé", EntityType::PER)],
        expect![[r#"
            indirect «boycotter l'arrivée du contre-la-montre» <- Gilles Bourdouleix (person) [menacer]
            indirect «changer de méthode» <- Alain Juppé (person) [intimer]
            indirect «visiter le pays» <- Le ministère (org) [déconseiller]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_speaker_named_by_an_acronym_the_text_defines_carries_both_names() {
    check_with_mentions(
        "Le Forum des ONG internationales au Guatemala (Fongi) a exigé du président de renforcer la protection des militants. L'EMA (Agence européenne des médicaments) a annoncé que ce traitement n'était pas recommandé. L'Agence régionale de santé (ARS) a ouvert une enquête. Selon l'ARS, la situation est stable. La Société des auteurs, compositeurs et éditeurs de musique (Sacem) salue \"un amoureux de la langue\". La juridiction avait rejeté une question prioritaire de constitutionnalité (QPC). Le maire Les Républicains (LR) Henri Leroy a été élu. Pour LR, \"c'est une victoire\".",
        &[],
        expect![[r#"
            indirect «renforcer la protection des militants» <- Forum des ONG internationales au Guatemala (Fongi) (org) [exiger]
            indirect «ce traitement n'était pas recommandé» <- Agence européenne des médicaments (EMA) (org) [annoncer]
            indirect «la situation est stable» <- Agence régionale de santé (ARS) (org) [selon]
            mixed «"un amoureux de la langue"» <- Société des auteurs, compositeurs et éditeurs de musique (Sacem) (org) [saluer]
            indirect «une question prioritaire de constitutionnalité (QPC)» <- La juridiction (org) [rejeter]
            direct «c'est une victoire» <- Les Républicains (LR) (org) [pour]
            sourcing: named 6 anonymous 0 unattributed 0 | direct 1 indirect 4 mixed 1 | quoted 0.10
        "#]],
    );
}

#[test]
fn a_subject_named_after_a_fronted_participle_clause_is_no_inverted_source() {
    check_with_mentions(
        "Fustigeant un texte confiant aux plateformes \"le soin de réguler une liberté publique\", le chef de file des sénateurs LR, Bruno Retailleau, a annoncé une saisine du Conseil constitutionnel.",
        &[("Bruno Retailleau", EntityType::PER)],
        expect![[r#"
            mixed «un texte confiant aux plateformes "le soin de réguler une li…» <- Bruno Retailleau (person) [fustiger]
            indirect «une saisine du Conseil constitutionnel» <- Bruno Retailleau (person) [annoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.46
        "#]],
    );
}

#[test]
fn incises_and_markers_inside_a_sentence_report_the_whole_sentence() {
    check_with_mentions(
        "Mel Silva a parlé lundi. Google Search, a-t-elle poursuivi, a été utilisé des milliards de fois. Regina Evaristo est en colère. Le manque de moyens est selon elle la cause de la mort de son fils.",
        &[("Mel Silva", EntityType::PER), ("Regina Evaristo", EntityType::PER)],
        expect![[r#"
            indirect «Google Search, a-t-elle poursuivi, a été utilisé des milliar…» <- Mel Silva (person) [poursuivre]
            indirect «Le manque de moyens est selon elle la cause de la mort de so…» <- Regina Evaristo (person) [selon]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_group_fronted_with_dans_or_an_addressee_before_the_subject_is_the_source() {
    check_with_mentions(
        "Emmanuel Macron a décidé d'attendre. Dans l'entourage du président, on reconnaît qu'\"il y a un vrai besoin\". \"Aurillac a coulé\", aurait alors répondu à l'adresse de l'ex-sénateur du Cantal un proche du ministre de l'Intérieur.",
        &[("Emmanuel Macron", EntityType::PER)],
        expect![[r#"
            mixed «"il y a un vrai besoin"» <- l'entourage du président (anonymous) [reconnaître]
            direct «Aurillac a coulé» <- un proche du ministre de l'Intérieur (anonymous) [répondre]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.24
        "#]],
    );
}

#[test]
fn a_subject_named_in_apposition_after_tandis_que_reports_its_own_statement() {
    check_with_mentions(
        "Le porte-parole du gouvernement, Benjamin Griveaux, a estimé que ce choix était \"très incongru\" tandis que la ministre des Transports, Elisabeth Borne, a jugé cette demande \"infondée au plan juridique\".",
        &[("Benjamin Griveaux", EntityType::PER), ("Elisabeth Borne", EntityType::PER)],
        expect![[r#"
            mixed «ce choix était "très incongru"» <- Benjamin Griveaux (person) [estimer]
            mixed «cette demande "infondée au plan juridique"» <- Elisabeth Borne (person) [juger]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 2 | quoted 0.46
        "#]],
    );
}

#[test]
fn a_name_apposed_to_a_long_complement_title_is_no_subject() {
    check_with_mentions(
        "Emmanuel Macron a rendu visite aux Bleus. Accompagné de la ministre des Sports et du président de la Fédération française de football, Noël Le Graët, le chef de l'Etat a déjeuné avec les joueurs. \"C'est important pour le pays\", a-t-il ajouté.",
        &[("Emmanuel Macron", EntityType::PER), ("Noël Le Graët", EntityType::PER)],
        expect![[r#"
            direct «C'est important pour le pays» <- Emmanuel Macron (person) [ajouter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.12
        "#]],
    );
}

#[test]
fn a_pronoun_after_an_outlet_goes_back_to_an_unnamed_person_two_sentences_up() {
    check_with_mentions(
        "Pour le quotidien, pas de panique. Un pharmacien parisien n'en revient pas. Les boîtes qu'il vient de recevoir sont à utiliser avant fin mars. \"Ils auraient pu nous donner des masques\", déplore-t-il au quotidien Le Parisien.",
        &[],
        expect![[r#"
            indirect «pas de panique» <- Le Parisien (org) [pour]
            direct «Ils auraient pu nous donner des masques» <- Un pharmacien parisien (anonymous) [déplorer]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.18
        "#]],
    );
}

#[test]
fn a_quotation_governed_by_a_preposition_is_no_sentence_and_a_clause_runs_to_its_close() {
    check_with_mentions(
        "Le film sera suivi à 23H40 de \"Minuit... quai de Bercy\". Le rapport du WWF note qu'à \"partir de vendredi les Européens vivront à crédit. Cela signifie que nous consommons trop\".",
        &[("WWF", EntityType::ORG)],
        expect![[r#"
            mixed «à "partir de vendredi les Européens vivront à crédit. Cela s…» <- WWF (org) [noter]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.57
        "#]],
    );
}

#[test]
fn a_source_marker_after_a_quotation_makes_no_statement_of_its_apposition() {
    check_with_mentions(
        "\"L'Europe sera capable de consolider une mission\", selon Stéphane Israël, président exécutif d'Arianespace.Il est \"très important d'être présent sur ce marché\", a-t-il ajouté.",
        &[("Stéphane Israël", EntityType::PER)],
        expect![[r#"
            direct «L'Europe sera capable de consolider une mission» <- Stéphane Israël (person) [selon]
            mixed «Il est "très important d'être présent sur ce marché"» <- Stéphane Israël (person) [ajouter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.58
        "#]],
    );
}

#[test]
fn coordinated_attributes_of_se_dire_stay_together_and_names_are_no_message() {
    check_with_mentions(
        "François Fillon s'était dit prêt et ravi d'assister au spectacle. La direction du parc se dit \"extrêmement préoccupée\" par l'incident et assure avoir retiré la voiture. Mark Zuckerberg a évoqué Facebook.",
        &[("François Fillon", EntityType::PER), ("Mark Zuckerberg", EntityType::PER), ("Facebook", EntityType::ORG)],
        expect![[r#"
            indirect «prêt et ravi d'assister au spectacle» <- François Fillon (person) [dire]
            indirect «"extrêmement préoccupée" par l'incident» <- La direction du parc (org) [dire]
            indirect «avoir retiré la voiture» <- La direction du parc (org) [assurer]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn the_page_a_speaker_writes_on_ends_the_inverted_subject() {
    check_with_mentions(
        "\"Tous les plans sont suspendus\", a écrit la préfecture sur son compte Twitter. \"Merci pour vos messages\", a écrit Denis Brogniart sur sa page Facebook.",
        &[("Denis Brogniart", EntityType::PER), ("Twitter", EntityType::ORG), ("Facebook", EntityType::ORG)],
        expect![[r#"
            direct «Tous les plans sont suspendus» <- la préfecture (org) [écrire]
            direct «Merci pour vos messages» <- Denis Brogniart (person) [écrire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.37
        "#]],
    );
}

#[test]
fn a_pronoun_after_an_outlet_goes_back_to_a_person_introduced_indefinitely() {
    check_with_mentions(
        "Le quotidien Libération rapporte que la rencontre a été perturbée par une manifestante, qui l'aurait invectivé depuis le premier étage. \"Hollande dégage !\", aurait-elle crié.",
        &[("Libération", EntityType::ORG)],
        expect![[r#"
            indirect «la rencontre a été perturbée par une manifestante, qui l'aur…» <- Libération (org) [rapporter]
            direct «Hollande dégage !» <- une manifestante (anonymous) [crier]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.11
        "#]],
    );
}

#[test]
fn a_demonym_after_a_demonstrative_is_a_person_described() {
    check_with_mentions(
        "Ce n'était pas seulement les hommes, assure Lillie McBride, 46 ans. Cette Afro-Américaine dénonce \"l'injustice\" dont elle est victime.",
        &[("Lillie McBride", EntityType::PER), ("Afro-Américaine", EntityType::ORG)],
        expect![[r#"
            indirect «Ce n'était pas seulement les hommes» <- Lillie McBride (person) [assurer]
            mixed «"l'injustice" dont elle est victime» <- Lillie McBride (person) [dénoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.32
        "#]],
    );
}

#[test]
fn a_book_or_the_press_the_words_were_given_in_ends_the_content() {
    check_with_mentions(
        "Patrick Sébastien conseille de vivre le moment présent dans le livre qu'il vient de publier. Kadri Veseli a rejeté ces accusations devant la presse.",
        &[("Patrick Sébastien", EntityType::PER), ("Kadri Veseli", EntityType::PER)],
        expect![[r#"
            indirect «vivre le moment présent» <- Patrick Sébastien (person) [conseiller]
            indirect «ces accusations» <- Kadri Veseli (person) [rejeter]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn a_source_marker_with_a_named_apposition_and_a_relative_ends_the_clause() {
    check_with_mentions(
        "Le gouvernement a trahi sa parole, selon le secrétaire général de la CFDT, Laurent Berger, qui s'est dit mercredi 16 septembre \"très en colère\" après la publication du décret.",
        &[("Laurent Berger", EntityType::PER), ("CFDT", EntityType::ORG)],
        expect![[r#"
            indirect «Le gouvernement a trahi sa parole» <- Laurent Berger (person) [selon]
            mixed «"très en colère"» <- Laurent Berger (person) [dire]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.27
        "#]],
    );
}

#[test]
fn a_relative_or_a_participle_after_a_quoted_piece_is_the_narration() {
    check_with_mentions(
        "François Hollande a critiqué un texte \"mal préparé\", qui fait face aujourd'hui à l'opposition. Nathalie Loiseau a reconnu une \"erreur\", qui est le \"contraire de sa vie\".",
        &[("François Hollande", EntityType::PER), ("Nathalie Loiseau", EntityType::PER)],
        expect![[r#"
            mixed «un texte "mal préparé"» <- François Hollande (person) [critiquer]
            mixed «une "erreur", qui est le "contraire de sa vie"» <- Nathalie Loiseau (person) [reconnaître]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 2 | quoted 0.53
        "#]],
    );
}

#[test]
fn descriptions_keep_their_gender_their_apposed_name_and_their_first_wording() {
    // "l'ancienne ministre" is no man named since; "l'ancien président, Valéry Giscard
    // d'Estaing," is the name in apposition, whoever spoke before; "L'élue" goes on with the
    // unnamed minister, under her first description; the reported clause goes on past the
    // incise before "mais"
    check(
        "\"Je pense aux tours\", a expliqué l'ancienne ministre, assurant en avoir parlé au ministre de l'Intérieur, Gérard Collomb. L'élue a également martelé qu'elle ne souhaitait pas que la police municipale soit armée. Le président de la République, Emmanuel Macron, a réaffirmé son ancrage. Pas vraiment selon l'ancien président, Valéry Giscard d'Estaing, interrogé par RTL.",
        expect![[r#"
            direct «Je pense aux tours» <- l'ancienne ministre (person) [expliquer]
            indirect «avoir parlé au ministre de l'Intérieur, Gérard Collomb» <- l'ancienne ministre (person) [assurer]
            indirect «elle ne souhaitait pas que la police municipale soit armée» <- l'ancienne ministre (person) [marteler]
            indirect «son ancrage» <- Emmanuel Macron (person) [réaffirmer]
            indirect «Pas vraiment selon l'ancien président, Valéry Giscard d'Esta…» <- Valéry Giscard d'Estaing (person) [selon]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 1 indirect 4 mixed 0 | quoted 0.05
        "#]],
    );
    check(
        "Pamela Chen a parlé. M. Hawit peut donc rentrer, a-t-elle expliqué, mais il ne peut pas exercer de fonction.",
        expect![[r#"
            indirect «M. Hawit peut donc rentrer, a-t-elle expliqué, mais il ne pe…» <- Pamela Chen (person) [expliquer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn where_a_reported_clause_stops() {
    // a date and a setting, a paper named, the writer's context or summary, a second
    // predicate, what the speaker did next, an adverbial before a mid-sentence incise, an
    // infinitive after a source's name
    check(
        "Le ministre a dénoncé cette blessure, jeudi dans un communiqué. La chanteuse a démenti leur séparation mercredi dans Paris Match. La compagnie a regretté un tel oubli, face aux demandes de dédommagements. Son entourage a dénoncé un empoisonnement et bataillé pour un transfert. Le quotidien a affirmé que l'actrice allait partir, une information que le joueur a démentie. La préfecture a demandé aux habitants de rester chez eux, avant de lever ces restrictions. Appelés sur place par le gardien, précise encore Le Point, les policiers ont fait usage de leurs armes. Il faut enfin selon le président des Centristes expulser les binationaux.",
        expect![[r#"
            indirect «cette blessure» <- Le ministre (person) [dénoncer]
            indirect «leur séparation» <- La chanteuse (person) [démentir]
            indirect «un tel oubli» <- La compagnie (org) [regretter]
            indirect «un empoisonnement» <- Son entourage (anonymous) [dénoncer]
            indirect «l'actrice allait partir» <- Paris Match (org) [affirmer]
            indirect «rester chez eux» <- La préfecture (org) [demander]
            indirect «Appelés sur place par le gardien, précise encore Le Point, l…» <- Le Point (org) [préciser]
            indirect «Il faut enfin selon le président des Centristes expulser les…» <- le président des Centristes (person) [selon]
            sourcing: named 7 anonymous 1 unattributed 0 | direct 0 indirect 8 mixed 0 | quoted 0.00
        "#]],
    );
}

#[test]
fn lawyers_kin_and_bodies_named_elsewhere() {
    // "son avocate" is the lawyer the article names as "Me …"; "son cousin" is a man, so
    // "raconte-t-elle" is not him; "un jeune d'une vingtaine d'années" heads its own
    // description; "ce rapport" is the report introduced before; "l'Institut" is the institute
    // named before; "le préfet" is the prefect; quoted words with no cue are those of the
    // person the sentence names before them; "de même source" is the source before; "les 76
    // élus" is no pair named after it, and "les signataires" goes on with them; a plural
    // cue's subject is both persons coordinated after it
    check(
        "Le suspect a eu un comportement héroïque, selon son avocate. \"Il doit être présenté comme un héros\", a affirmé Me Lucie Simon. \"Il a été menotté\", ajoute son avocate.",
        expect![[r#"
            indirect «Le suspect a eu un comportement héroïque» <- Lucie Simon (person) [selon]
            direct «Il doit être présenté comme un héros» <- Lucie Simon (person) [affirmer]
            direct «Il a été menotté» <- Lucie Simon (person) [ajouter]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.34
        "#]],
    );
    check(
        "Toute sa famille est là, y compris Nordahl Lelandais, son cousin de 36 ans qui se propose de l'accompagner. \"Je pleurais\", raconte-t-elle. \"Sérieux, pourquoi voter?\", lâche un jeune d'une vingtaine d'années.",
        expect![[r#"
            indirect «l'accompagner» <- Nordahl Lelandais (person) [proposer]
            direct «Je pleurais» <- ? (unknown) [raconter]
            direct «Sérieux, pourquoi voter?» <- un jeune d'une vingtaine d'années (anonymous) [lâcher]
            sourcing: named 1 anonymous 1 unattributed 1 | direct 2 indirect 1 mixed 0 | quoted 0.19
        "#]],
    );
    check(
        "Le 27 septembre, un rapport accablant a été adressé aux syndics. \"La façade est affaissée\", peut-on lire dans ce rapport de 75 pages.",
        expect![[r#"
            direct «La façade est affaissée» <- un rapport accablant (anonymous) [lire]
            sourcing: named 0 anonymous 1 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.19
        "#]],
    );
    check(
        "\"C'est scandaleux\", a réagi le député Matthieu Orphelin. Total renvoie aux déclarations de son PDG Patrick Pouyanné, qui veut \"juste être au même niveau de compétition que nos concurrents européens\".",
        expect![[r#"
            direct «C'est scandaleux» <- Matthieu Orphelin (person) [réagir]
            mixed «Total renvoie aux déclarations de son PDG Patrick Pouyanné, …» <- Patrick Pouyanné (person)
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 1 | quoted 0.80
        "#]],
    );
    check(
        "Quatre personnes ont été interpellées, selon la préfecture. Ces troubles étaient le fait de personnes de Dijon, a-t-on précisé de même source.",
        expect![[r#"
            indirect «Quatre personnes ont été interpellées» <- la préfecture (org) [selon]
            indirect «Ces troubles étaient le fait de personnes de Dijon» <- la préfecture (org) [préciser]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
    check(
        "\"Nous appelons la France à rapatrier les enfants\", écrivent les 76 élus aux parlements français et européen, dont Clémentine Autain et Yannick Jadot. Environ deux cents enfants, rappellent les signataires, sont détenus. \"Ils périssent dans les camps\", ajoutent les élus.",
        expect![[r#"
            direct «Nous appelons la France à rapatrier les enfants» <- les 76 élus aux parlements français et européen (anonymous) [écrire]
            indirect «Environ deux cents enfants» <- les 76 élus aux parlements français et européen (anonymous) [rappeler]
            direct «Ils périssent dans les camps» <- les 76 élus aux parlements français et européen (anonymous) [ajouter]
            sourcing: named 0 anonymous 3 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.29
        "#]],
    );
    check_with_mentions(
        "Le suivi a été \"tardif\", écrivent les rapporteurs Christine Bonfanti-Dossat (LR) et Nicole Bonnefoy (PS) dans leurs conclusions.",
        &[
            ("Christine Bonfanti-Dossat", EntityType::PER),
            ("Nicole Bonnefoy", EntityType::PER),
        ],
        expect![[r#"
            mixed «Le suivi a été "tardif"» <- Christine Bonfanti-Dossat (LR) et Nicole Bonnefoy (PS) (person) [écrire]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.26
        "#]],
    );
    check(
        "Le moral des ménages baisse, révèle l'Insee. La confiance n'est pas au rendez-vous, analyse l'Institut. \"Les vents seront forts\", indique le préfet de Guadeloupe Philippe Gustin. Les habitations \"doivent être évacuées\", exige le préfet.",
        expect![[r#"
            indirect «Le moral des ménages baisse» <- Insee (org) [révéler]
            indirect «La confiance n'est pas au rendez-vous» <- Insee (org) [analyser]
            direct «Les vents seront forts» <- le préfet de Guadeloupe Philippe Gustin (person) [indiquer]
            mixed «Les habitations "doivent être évacuées"» <- le préfet de Guadeloupe Philippe Gustin (person) [exiger]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 1 indirect 2 mixed 1 | quoted 0.30
        "#]],
    );
}

#[test]
fn fronted_phrases_participles_and_heads_named_later() {
    // a title after a possessive is a role in apposition, so "le ministre de l'Intérieur" is
    // the minister named there, not the president speaking before
    check_with_mentions(
        "\"Il ne faut pas perdre la jeunesse\", a déclaré Emmanuel Macron, critiqué par des policiers jetés en pâture par leur ministre, Christophe Castaner. Pressé d'agir, le ministre de l'Intérieur avait annoncé des sanctions.",
        &[
            ("Emmanuel Macron", EntityType::PER),
            ("Christophe Castaner", EntityType::PER),
        ],
        expect![[r#"
            direct «Il ne faut pas perdre la jeunesse» <- Emmanuel Macron (person) [déclarer]
            indirect «des sanctions» <- Christophe Castaner (person) [annoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 0 | quoted 0.16
        "#]],
    );
    // a relative "selon lesquelles" inside what a cue reports is part of it
    check(
        "L'antenne locale du FBI a affirmé sur Twitter que les informations selon lesquelles des extrémistes allument des incendies sont fausses.",
        expect![[r#"
            indirect «les informations selon lesquelles des extrémistes allument d…» <- L'antenne locale du FBI (org) [affirmer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
    // a participle after a comma with no cue before it takes the main clause's subject; a
    // gerund after the phrase opening the sentence takes that phrase
    check_with_mentions(
        "\"On se désole un peu\", dit Grégoire Fraty. Les ONG environnementales avaient décidé de boycotter la réunion, dénonçant une étude d'impact à charge. La CCC, tout en regrettant dans un tweet \"des rapports de force\", attend de juger la loi.",
        &[("Grégoire Fraty", EntityType::PER)],
        expect![[r#"
            direct «On se désole un peu» <- Grégoire Fraty (person) [dire]
            indirect «une étude d'impact à charge» <- ONG (org) [dénoncer]
            mixed «"des rapports de force"» <- CCC (org) [regretter]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 1 | quoted 0.29
        "#]],
    );
    // "après avoir annoncé" with no cue before it in the sentence: the main clause's subject
    check_with_mentions(
        "Le Dr Tam a signalé des problèmes. La médecin en chef de la province, Bonnie Henry, a retenu ses larmes, après avoir annoncé que les décès étaient supérieurs.",
        &[("Tam", EntityType::PER), ("Bonnie Henry", EntityType::PER)],
        expect![[r#"
            indirect «des problèmes» <- Tam (person) [signaler]
            indirect «les décès étaient supérieurs» <- Bonnie Henry (person) [annoncer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
    // a relative in a fronted phrase ends before the main clause; "faire part" past a short
    // addressee
    check(
        "Parmi les groupes qui réclamaient ces mesures, TF1 a fait part à l'AFP de sa satisfaction de voir cette étape se réaliser.",
        expect![[r#"
            indirect «ces mesures» <- les groupes (anonymous) [réclamer]
            indirect «sa satisfaction de voir cette étape se réaliser» <- TF1 (org) [faire part]
            sourcing: named 1 anonymous 1 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
    // the head of state described before a later speaker is that speaker; a modal is no part
    // of the subject
    check_with_mentions(
        "Le chef de l'État a enfoncé le clou en estimant qu'il ne fallait pas se contenter de la redistribution. Alors que l'exécutif doit annoncer sa décision, l'Académie de médecine a recommandé la prudence. Emmanuel Macron a également annoncé une loi.",
        &[("Emmanuel Macron", EntityType::PER)],
        expect![[r#"
            indirect «il ne fallait pas se contenter de la redistribution» <- Emmanuel Macron (person) [estimer]
            indirect «sa décision» <- l'exécutif (org) [annoncer]
            indirect «la prudence» <- Académie (org) [recommander]
            indirect «une loi» <- Emmanuel Macron (person) [annoncer]
            sourcing: named 4 anonymous 0 unattributed 0 | direct 0 indirect 4 mixed 0 | quoted 0.00
        "#]],
    );
    // "l'ONG" capitalized alone is the organisation named before; a weak inverted cue after a
    // clause with its own verb is an incise
    check_with_mentions(
        "Le WWF a publié un rapport. L'ONG réclame des règles de contrôle des flottes. Ces résultats, \"de bon augure\", ne disent pas si le vaccin protège les personnes âgées, tempère Naor Bar-Zeev, spécialiste des vaccins.",
        &[("WWF", EntityType::ORG), ("ONG", EntityType::ORG), ("Naor Bar-Zeev", EntityType::PER)],
        expect![[r#"
            indirect «des règles de contrôle des flottes» <- WWF (org) [réclamer]
            mixed «Ces résultats, "de bon augure", ne disent pas si le vaccin p…» <- Naor Bar-Zeev (person) [tempérer]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.45
        "#]],
    );
}

#[test]
fn appositions_to_complements_relays_and_joined_quotations() {
    // a name in apposition to a complement is no antecedent of the next pronoun
    check_with_mentions(
        "Les journalistes ont interrogé Emmanuel Macron sur les prénoms des joueurs. Un clin d'œil à son prédécesseur, Jacques Chirac, qui ne les connaissait pas. \"Je me suis toujours refusé aux quiz\", a-t-il répondu.",
        &[
            ("Emmanuel Macron", EntityType::PER),
            ("Jacques Chirac", EntityType::PER),
        ],
        expect![[r#"
            direct «Je me suis toujours refusé aux quiz» <- Emmanuel Macron (person) [répondre]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.18
        "#]],
    );
    // "Ce dernier" subject of a clause with its own cue goes on into the participle after it
    check_with_mentions(
        "La maire, Michèle Rubirola, a confié la mairie à son premier adjoint, Benoît Payan. Ce dernier a également réagi sur Twitter, dénonçant des annonces prises sans \"aucune concertation\".",
        &[
            ("Michèle Rubirola", EntityType::PER),
            ("Benoît Payan", EntityType::PER),
        ],
        expect![[r#"
            mixed «des annonces prises sans "aucune concertation"» <- Benoît Payan (person) [dénoncer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 0 mixed 1 | quoted 0.31
        "#]],
    );
    // a name after the cue and before "de" + infinitive is its object, not an inverted
    // subject; "selon" after a quotation's incise relays it; a prosecutor is no lawyer
    check_with_mentions(
        "Devant la chambre, Cécile Duflot, en pleurs, a accusé Denis Baupin de l'avoir agressée. \"J'ai eu connaissance de rumeurs\", débute Cécile Duflot selon des propos rapportés par la journaliste Marie Barbier. \"Il est à ma porte\", dit-elle.",
        &[
            ("Cécile Duflot", EntityType::PER),
            ("Denis Baupin", EntityType::PER),
            ("Marie Barbier", EntityType::PER),
        ],
        expect![[r#"
            indirect «l'avoir agressée» <- Cécile Duflot (person) [accuser]
            direct «J'ai eu connaissance de rumeurs» <- Cécile Duflot (person) [débuter]
            direct «Il est à ma porte» <- Cécile Duflot (person) [dire]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.22
        "#]],
    );
    check_with_mentions(
        "L'avocat général Serge Roques avait requis la prison. Mais \"ça n'a jamais été allégué\", avait raillé son défenseur Eric Dupond-Moretti. L'avocat avait accusé la justice d'avoir \"décidé qu'il ne devait plus être maire\".",
        &[
            ("Serge Roques", EntityType::PER),
            ("Eric Dupond-Moretti", EntityType::PER),
        ],
        expect![[r#"
            indirect «la prison» <- Serge Roques (person) [requérir]
            direct «ça n'a jamais été allégué» <- Eric Dupond-Moretti (person) [railler]
            mixed «avoir "décidé qu'il ne devait plus être maire"» <- Eric Dupond-Moretti (person) [accuser]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 1 mixed 1 | quoted 0.45
        "#]],
    );
    // a stressed pronoun after the verb inverts nothing; "faire part" past "à M. X"
    check_with_mentions(
        "Le président du Conseil scientifique qui conseille le gouvernement, Jean-François Delfraissy, évoque lui aussi cette hypothèse. Claude Montefiore fait part à M. Murray de son incompréhension.",
        &[
            ("Jean-François Delfraissy", EntityType::PER),
            ("Claude Montefiore", EntityType::PER),
            ("Murray", EntityType::PER),
        ],
        expect![[r#"
            indirect «cette hypothèse» <- Jean-François Delfraissy (person) [évoquer]
            indirect «son incompréhension» <- Claude Montefiore (person) [faire part]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
    // a name and its apposition before the verb are its subject, no reported clause; a
    // closing mark with no comma sets off an incise
    check_with_mentions(
        "Gilles Jacob, ancien président du Festival de Cannes, a souligné la place occupée par le couple Sautet-Mireille. Ce slogan est \"vague et imprécis\" a jugé la Première ministre écossaise Nicola Sturgeon.",
        &[
            ("Gilles Jacob", EntityType::PER),
            ("Nicola Sturgeon", EntityType::PER),
        ],
        expect![[r#"
            indirect «la place occupée par le couple Sautet-Mireille» <- Gilles Jacob (person) [souligner]
            mixed «Ce slogan est "vague et imprécis"» <- Nicola Sturgeon (person) [juger]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 1 | quoted 0.20
        "#]],
    );
    // the head of government the article gives nobody is the one French prime minister it
    // names
    check_with_mentions(
        "\"Je vous confirme sa nomination\", a déclaré M. Castex. François Bayrou, dont Emmanuel Macron avait vanté \"l'expérience\", revient, expliquait l'entourage d'Emmanuel Macron. \"J'ai toujours été favorable au Plan\", a expliqué jeudi le Premier ministre.",
        &[
            ("Castex", EntityType::PER),
            ("François Bayrou", EntityType::PER),
            ("Emmanuel Macron", EntityType::PER),
        ],
        expect![[r#"
            direct «Je vous confirme sa nomination» <- Castex (person) [déclarer]
            mixed «François Bayrou, dont Emmanuel Macron avait vanté "l'expérie…» <- l'entourage d'Emmanuel Macron (anonymous) [expliquer]
            direct «J'ai toujours été favorable au Plan» <- Castex (person) [expliquer]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 2 indirect 0 mixed 1 | quoted 0.62
        "#]],
    );
    // an object clitic is no subject; an outlet citing a body relays it
    check_with_mentions(
        "Selon le journaliste Dominique Albertini, les deux hommes devraient partir. Une autre source lui a néanmoins suggéré que leur sort n'était pas lié. Selon Le Point qui cite la préfecture de police, l'homme brandissait une mallette.",
        &[
            ("Dominique Albertini", EntityType::PER),
            ("Le Point", EntityType::ORG),
        ],
        expect![[r#"
            indirect «les deux hommes devraient partir» <- Dominique Albertini (person) [selon]
            indirect «leur sort n'était pas lié» <- Une autre source (anonymous) [suggérer]
            indirect «l'homme brandissait une mallette» <- la préfecture de police (org) [selon]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
    // a phrase set off by commas between the cue and its inverted subject is skipped
    check_with_mentions(
        "\"Il n'y a pas de justification à cette révocation\", a réagi, à l'issue de l'audience devant le JLD, l'avocate d'Alexandre Benalla, Me Jacqueline Laffont.",
        &[
            ("Alexandre Benalla", EntityType::PER),
            ("Jacqueline Laffont", EntityType::PER),
            ("JLD", EntityType::ORG),
        ],
        expect![[r#"
            direct «Il n'y a pas de justification à cette révocation» <- Jacqueline Laffont (person) [réagir]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 1 indirect 0 mixed 0 | quoted 0.33
        "#]],
    );
    // a quoted name after an article or a body's noun belongs to the source phrase
    check(
        "Selon l'association \"Respire\", le problème est un manque de sensibilisation. Mais pour la \"Liste unie\" des partis arabes, le problème est ailleurs.",
        expect![[r#"
            indirect «le problème est un manque de sensibilisation» <- Respire (org) [selon]
            indirect «le problème est ailleurs» <- Liste (org) [pour]
            sourcing: named 2 anonymous 0 unattributed 0 | direct 0 indirect 2 mixed 0 | quoted 0.00
        "#]],
    );
    // a plural pronoun goes on with the organisation speaking last
    check_with_mentions(
        "Pour M. Zahi, le déconfinement a eu lieu trop rapidement. Mais pour la Liste unie des partis arabes, le problème est ailleurs. \"Nous tenons le gouvernement pour responsable\", ont-ils écrit.",
        &[("Zahi", EntityType::PER), ("Liste unie", EntityType::ORG)],
        expect![[r#"
            indirect «le déconfinement a eu lieu trop rapidement» <- Zahi (person) [pour]
            indirect «le problème est ailleurs» <- Liste unie (org) [pour]
            direct «Nous tenons le gouvernement pour responsable» <- Liste unie (org) [écrire]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 1 indirect 2 mixed 0 | quoted 0.24
        "#]],
    );
    // two quoted pieces joined by a subordinating connective under one cue: two direct
    check(
        "\"Sa femme est ici, sa maison\", d'autant que \"son passeport est entre les mains de la justice\", s'était emporté l'avocat.",
        expect![[r#"
            direct «Sa femme est ici, sa maison» <- l'avocat (anonymous) [emporter]
            direct «son passeport est entre les mains de la justice» <- l'avocat (anonymous) [emporter]
            sourcing: named 0 anonymous 2 unattributed 0 | direct 2 indirect 0 mixed 0 | quoted 0.65
        "#]],
    );
}

#[test]
fn markers_ending_sentences_dashes_and_colons() {
    // a source marker that ends its sentence with no comma before it; brackets hold the
    // statement; data with no issuer speak for themselves
    check_with_mentions(
        "Le feu a pris dans la nuit. Une partie de l'hôpital a été évacuée selon le Dauphiné Libéré. Les contaminations sont en hausse (près de 10.000 en 24 heures selon Santé publique France). Sa formation a obtenu 39,7% des suffrages, selon les premiers résultats partiels.",
        &[
            ("Dauphiné Libéré", EntityType::ORG),
            ("Santé publique France", EntityType::ORG),
        ],
        expect![[r#"
            indirect «Une partie de l'hôpital a été évacuée» <- Dauphiné Libéré (org) [selon]
            indirect «près de 10.000 en 24 heures» <- Santé publique France (org) [selon]
            indirect «Sa formation a obtenu 39,7% des suffrages» <- les premiers résultats partiels (anonymous) [selon]
            sourcing: named 2 anonymous 1 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
    // a marker set off mid-sentence before a new clause ends the statement; "comme l'ont
    // annoncé" + any noun is a source; set off inside the clause, it takes the whole sentence
    check(
        "Dix-huit personnes ont été tuées, selon les autorités, et 22 personnes restent disparues.",
        expect![[r#"
            indirect «Dix-huit personnes ont été tuées» <- les autorités (org) [selon]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
    check_with_mentions(
        "Lundi, Charles Aznavour est, comme l'ont annoncé ses attachés de presse, décédé à son domicile des Alpilles.",
        &[("Charles Aznavour", EntityType::PER)],
        expect![[r#"
            indirect «Lundi, Charles Aznavour est, comme l'ont annoncé ses attaché…» <- ses attachés de presse (person) [annoncer]
            sourcing: named 1 anonymous 0 unattributed 0 | direct 0 indirect 1 mixed 0 | quoted 0.00
        "#]],
    );
    // a spaced dash ends the reported clause; "et" before a second speech verb too; "appelé
    // à" in the passive reports nobody
    check_with_mentions(
        "Le groupe ByteDance a indiqué avoir demandé une autorisation d'exportation -- sans toutefois lier cette initiative à une vente. Xavier Bertrand estime qu'il apprécie Edouard Philippe et pense qu'il faut lui redonner son pouvoir. Ces systèmes sont appelés à se démocratiser.",
        &[
            ("ByteDance", EntityType::ORG),
            ("Xavier Bertrand", EntityType::PER),
            ("Edouard Philippe", EntityType::PER),
        ],
        expect![[r#"
            indirect «avoir demandé une autorisation d'exportation» <- ByteDance (org) [indiquer]
            indirect «il apprécie Edouard Philippe» <- Xavier Bertrand (person) [estimer]
            indirect «il faut lui redonner son pouvoir» <- Xavier Bertrand (person) [penser]
            sourcing: named 3 anonymous 0 unattributed 0 | direct 0 indirect 3 mixed 0 | quoted 0.00
        "#]],
    );
    // a whole quoted sentence after a colon is a direct statement of its own, the cue also
    // reporting the clause before it; a quotation after "…, CUE SUBJECT," is that subject's
    check(
        "Les habitants ont été surpris. Une riveraine a notamment déclaré qu'elle n'avait jamais vécu une situation pareille : \"C'était l'apocalypse !\" Le dispositif n'est pas très cher, assure le designer Patrick Jouin, \"les restaurants peuvent se le permettre\".",
        expect![[r#"
            indirect «elle n'avait jamais vécu une situation pareille» <- Une riveraine (anonymous) [déclarer]
            direct «C'était l'apocalypse !» <- Une riveraine (anonymous) [déclarer]
            direct «les restaurants peuvent se le permettre» <- Patrick Jouin (person) [assurer]
            sourcing: named 1 anonymous 2 unattributed 0 | direct 2 indirect 1 mixed 0 | quoted 0.26
        "#]],
    );
    // a surname with its article is the person named in full; "assené" with a phrase set
    // off by commas before the subject; a passive's person agent is a relative's
    // antecedent; a trade in apposition keeps the relative for the person
    check_with_mentions(
        "Bruno Le Maire et Emmanuel Macron ont échangé. \"Je gagne la primaire\", avance Le Maire. \"Ils ont trop de pouvoir\", a assené, d'emblée, David Cicilline. Le décret a été signé par Donald Trump, qui accuse l'appli de siphonner les données. \"Cela ne va rien changer\", remarque Casey Fiesler, professeure à l'université Colorado Boulder, qui prône une \"solide vérification des faits\".",
        &[
            ("Bruno Le Maire", EntityType::PER),
            ("Emmanuel Macron", EntityType::PER),
            ("David Cicilline", EntityType::PER),
            ("Donald Trump", EntityType::PER),
            ("Casey Fiesler", EntityType::PER),
            ("université Colorado Boulder", EntityType::ORG),
        ],
        expect![[r#"
            direct «Je gagne la primaire» <- Bruno Le Maire (person) [avancer]
            direct «Ils ont trop de pouvoir» <- David Cicilline (person) [asséner]
            indirect «siphonner les données» <- Donald Trump (person) [accuser]
            direct «Cela ne va rien changer» <- Casey Fiesler (person) [remarquer]
            mixed «une "solide vérification des faits"» <- Casey Fiesler (person) [prôner]
            sourcing: named 5 anonymous 0 unattributed 0 | direct 3 indirect 1 mixed 1 | quoted 0.28
        "#]],
    );
}
