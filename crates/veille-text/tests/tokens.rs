//! Snapshot tests of the tokenizer on the hard cases of issue 2. One token per line:
//! `start..end kind text`. Update with `UPDATE_EXPECT=1 cargo test -p veille-text`.

use expect_test::{expect, Expect};

fn check(text: &str, expect: Expect) {
    let tokens = veille_text::tokenize(text);
    expect.assert_eq(&veille_text::render(text, &tokens));
}

/// Only the token texts, separated by ` | `.
fn words(text: &str) -> String {
    veille_text::tokenize(text)
        .iter()
        .map(|t| &text[t.span.range()])
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn elisions() {
    check(
        "L'armée d'Alep, qu'il jusqu'à lorsqu'on puisqu’elle n'a s'est c'est j'ai m'a t'as",
        expect![[r#"
            0..2 word L'
            2..8 word armée
            9..11 word d'
            11..15 word Alep
            15..16 punct ,
            17..20 word qu'
            20..22 word il
            23..29 word jusqu'
            29..31 word à
            32..39 word lorsqu'
            39..41 word on
            42..51 word puisqu’
            51..55 word elle
            56..58 word n'
            58..59 word a
            60..62 word s'
            62..65 word est
            66..68 word c'
            68..71 word est
            72..74 word j'
            74..76 word ai
            77..79 word m'
            79..80 word a
            81..83 word t'
            83..85 word as
        "#]],
    );
}

#[test]
fn elision_exceptions() {
    expect![
        "aujourd'hui | quelqu'un | c'est-à-dire | si | l'on | veut | , | O'Hara | , | prud'hommes"
    ]
    .assert_eq(&words(
        "aujourd'hui quelqu'un c'est-à-dire si l'on veut, O'Hara, prud'hommes",
    ));
}

#[test]
fn hyphenated_names_stay_whole() {
    expect!["Alep-Est | , | al-Saleh | , | Jean-Pierre | , | Salah | el-Din | , | Saint-Germain-en-Laye | , | celui-ci | , | rendez-vous"].assert_eq(&words(
        "Alep-Est, al-Saleh, Jean-Pierre, Salah el-Din, Saint-Germain-en-Laye, celui-ci, rendez-vous",
    ));
}

#[test]
fn clitics_split_like_ud() {
    expect!["a | -t-il | ont | -ils | conclut | -il | dit | -elle | Peut | -on | est | -ce | Permettez | -moi | dis | -le | -moi | ce | jour | -là"].assert_eq(&words(
        "a-t-il ont-ils conclut-il dit-elle Peut-on est-ce Permettez-moi dis-le-moi ce jour-là",
    ));
}

#[test]
fn numbers() {
    check(
        "10 000 ; 10\u{a0}000 ; 10\u{202f}000 ; 839.000 ; 8,5 ; 1 234 567,89 ; en 2016 10 personnes ; 2006-2007 ; 14h30 ; -2,5 ; 1er ; 50%",
        expect![[r#"
            0..6 number 10 000
            7..8 punct ;
            9..16 number 10 000
            17..18 punct ;
            19..27 number 10 000
            28..29 punct ;
            30..37 number 839.000
            38..39 punct ;
            40..43 number 8,5
            44..45 punct ;
            46..58 number 1 234 567,89
            59..60 punct ;
            61..63 word en
            64..68 number 2016
            69..71 number 10
            72..81 word personnes
            82..83 punct ;
            84..93 number 2006-2007
            94..95 punct ;
            96..98 number 14
            98..99 word h
            99..101 number 30
            102..103 punct ;
            104..108 number -2,5
            109..110 punct ;
            111..114 word 1er
            115..116 punct ;
            117..119 number 50
            119..120 symbol %
        "#]],
    );
}

#[test]
fn quotes() {
    expect![[r#"« | Bonjour | » | , | dit | -il | . | “ | Yes | ” | " | non | " | ‘ | oui | ’ | « | serré | »"#]].assert_eq(&words(
        "« Bonjour », dit-il. “Yes” \"non\" ‘oui’ «serré»",
    ));
}

#[test]
fn abbreviations_and_initials() {
    expect!["M. | Dupont | , | Mme | Martin | , | MM. | Durand | , | le | Dr | Ibrahim | , | St | Louis | , | etc | . | En | 52 | av. | J.-C. | , | p. | ex. | cf. | art. | 3 | , | n° | 5 | , | 30 | km/h | . | J. | R. | R. | Tolkien | et | G. | W. | Bush"].assert_eq(&words(
        "M. Dupont, Mme Martin, MM. Durand, le Dr Ibrahim, St Louis, etc. En 52 av. J.-C., p. ex. cf. art. 3, n° 5, 30 km/h. J. R. R. Tolkien et G. W. Bush",
    ));
}

#[test]
fn etc_at_sentence_end_splits_its_period() {
    expect!["des | chars | , | des | avions | , | etc | . | Puis | etc. | et"]
        .assert_eq(&words("des chars, des avions, etc. Puis etc. et"));
}

#[test]
fn ellipses() {
    expect!["Alors | ... | oui | … | [ | ... | ] | non | .."]
        .assert_eq(&words("Alors... oui… [...] non.."));
}

#[test]
fn web() {
    check(
        "Voir https://fr.sputniknews.com/international/2016.html, www.lemonde.fr. Écrire à jean.dupont@exemple.fr #Alep @Sputnik_fr",
        expect![[r#"
            0..4 word Voir
            5..55 url https://fr.sputniknews.com/international/2016.html
            55..56 punct ,
            57..71 url www.lemonde.fr
            71..72 punct .
            73..80 word Écrire
            81..83 word à
            84..106 email jean.dupont@exemple.fr
            107..112 hashtag #Alep
            113..124 mention @Sputnik_fr
        "#]],
    );
}

#[test]
fn more_edge_cases() {
    expect!["M. | Dupont | , | U.S.A. | , | e-mail | , | s' | est | -il | , | Jusqu' | où | , | Jean.Dupont@Exemple.FR | , | 1 000,50 | € | , | 3,5 | % | , | n° | 1 | , | l' | « | ami | » | , | 12 | H | 30 | , | 1,5 | million | , | vas | -y | , | donne | -le | -moi | , | Irak | , | Syrie | , | rock'n'roll | 👍🏽 | , | 5 000 | - | 6 000"].assert_eq(&words(
        "M.Dupont, U.S.A., e-mail, s'est-il, Jusqu'où, Jean.Dupont@Exemple.FR, 1 000,50 €, 3,5 %, n°1, l'« ami », 12H30, 1,5 million, vas-y, donne-le-moi, Irak,Syrie, rock'n'roll 👍🏽, 5 000-6 000",
    ));
}

#[test]
fn layout_losses_in_scraped_text() {
    // Soft hyphens stay inside words; words glued by a lost line break are cut before the
    // elision; a period before a digit or a date before letters ends the token.
    expect!["l' | ostéo<SHY>pathe | ; | les | victimes | L' | homme | ; | la | pandémie | . | 3 | morts | ; | le | 22/05/2018 | par | ; | site | lemonde.fr"].assert_eq(&words(
        "l'ostéo\u{ad}pathe ; les victimesL'homme ; la pandémie.3 morts ; le 22/05/2018par ; site lemonde.fr",
    ).replace('\u{ad}', "<SHY>"));
}

#[test]
fn a_headline_glued_to_the_next_sentence_is_cut_off_its_first_word() {
    // ("eBay" and "iPhone" have shorter lowercase prefixes; "YouTube" starts with a capital)
    expect!["la | réforme | des | retraites | Emmanuel | Macron | a | parlé | ; | la | police | Samedi | matin | ; | eBay | , | iPhone | , | YouTube"].assert_eq(&words(
        "la réforme des retraitesEmmanuel Macron a parlé ; la policeSamedi matin ; eBay, iPhone, YouTube",
    ));
}

#[test]
fn a_caption_glued_to_the_next_sentence_is_cut_off_its_first_word() {
    // ("McDonald's", "SNCFConnect" and "iPhone" are no caption: they keep their shape)
    expect!["attendre | ? | par | BFMTV | Le | ministre | , | ? | par | Europe | 1 | La | CGT | , | ? | par | Non | Stop | Zapping | Derrière | lui | , | ? | par | BFMTV | L' | ex-maire | . | McDonald's | , | SNCFConnect | , | iPhone | , | Gaspar | Noé"].assert_eq(&words(
        "attendre ?par BFMTVLe ministre, ?par Europe 1La CGT, ?par Non Stop ZappingDerrière lui, ?par BFMTVL'ex-maire. McDonald's, SNCFConnect, iPhone, Gaspar Noé",
    ));
}
