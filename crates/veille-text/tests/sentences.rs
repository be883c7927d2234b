//! Snapshot tests of the sentence splitter, one sentence per line.

use expect_test::{expect, Expect};

fn check(text: &str, expect: Expect) {
    let tokens = veille_text::tokenize(text);
    let s = veille_text::split_sentences(text, &tokens);
    expect.assert_eq(&veille_text::render_sentences(text, &s));
}

#[test]
fn abbreviations_do_not_split() {
    check(
        "M. Dupont est arrivé. Le Dr Ibrahim aussi. J. R. R. Tolkien est né en 1892 apr. J.-C. en Afrique. Fin.",
        expect![[r#"
            0: M. Dupont est arrivé.
            1: Le Dr Ibrahim aussi.
            2: J. R. R. Tolkien est né en 1892 apr. J.-C. en Afrique.
            3: Fin.
        "#]],
    );
}

#[test]
fn quotes_close_after_the_mark() {
    check(
        "Il a dit : « C'est fini. » Puis il est parti. \"Les terroristes essaient. Mais c'est proche \", a-t-il dit. \"Fin.\" Suite.",
        expect![[r#"
            0: Il a dit : « C'est fini. »
            1: Puis il est parti.
            2: "Les terroristes essaient.
            3: Mais c'est proche ", a-t-il dit.
            4: "Fin."
            5: Suite.
        "#]],
    );
}

#[test]
fn question_inside_quote_followed_by_lowercase() {
    check(
        "« Pourquoi ? » demande-t-il. Personne ne sait !",
        expect![[r#"
        0: « Pourquoi ? » demande-t-il.
        1: Personne ne sait !
    "#]],
    );
}

#[test]
fn missing_space_after_period() {
    check(
        "Il a parlé à Elise.Il y a du monde. Voir lemonde.fr. En 52 av. J.-C. Rome.",
        expect![[r#"
            0: Il a parlé à Elise.
            1: Il y a du monde.
            2: Voir lemonde.fr.
            3: En 52 av. J.-C. Rome.
        "#]],
    );
}

#[test]
fn missing_space_after_a_closing_quote() {
    check(
        "Il a dit : \"Nous produirons un vaccin.\"Le ministre n'a pas écarté l'idée. Voir cf. \"Quand la Juve choisit\", 2006.",
        expect![[r#"
            0: Il a dit : "Nous produirons un vaccin."
            1: Le ministre n'a pas écarté l'idée.
            2: Voir cf. "Quand la Juve choisit", 2006.
        "#]],
    );
}

#[test]
fn newlines_and_headlines() {
    check(
        "Qui a laissé Daech regrouper 5 000 djihadistes\nAprès avoir regroupé leurs forces, plus de 5000 djihadistes\nsont entrés dans Palmyre.\n\nNouveau paragraphe",
        expect![[r#"
            0: Qui a laissé Daech regrouper 5 000 djihadistes
            1: Après avoir regroupé leurs forces, plus de 5000 djihadistes
            sont entrés dans Palmyre.
            2: Nouveau paragraphe
        "#]],
    );
}

#[test]
fn numbers_and_ellipsis() {
    check(
        "Ils étaient 10 000. 5 000 sont partis… Ensuite ? Rien... Vraiment.",
        expect![[r#"
            0: Ils étaient 10 000.
            1: 5 000 sont partis…
            2: Ensuite ?
            3: Rien...
            4: Vraiment.
        "#]],
    );
}

#[test]
fn run_in_text_from_stripped_layout() {
    check(
        "Il est arrivé, relaie Nice Matin.L'association a réagi.\"Il est parti\"\"Je le savais.\" Le maire n'est pas contre.\"Refaire la tête\"Tout partait de là.",
        expect![[r#"
            0: Il est arrivé, relaie Nice Matin.
            1: L'association a réagi.
            2: "Il est parti"
            3: "Je le savais."
            4: Le maire n'est pas contre.
            5: "Refaire la tête"
            6: Tout partait de là.
        "#]],
    );
}

#[test]
fn dash_subheadings_and_cut_marks() {
    check(
        "Le bilan a été publié.- Bars fermés la nuit -La Grèce a décrété la fermeture. Il a dit (...) que tout irait bien. Coût : 3 000 $.Derrière eux, le dossier.M. Benalla a parlé.",
        expect![[r#"
            0: Le bilan a été publié.
            1: - Bars fermés la nuit -
            2: La Grèce a décrété la fermeture.
            3: Il a dit (...) que tout irait bien.
            4: Coût : 3 000 $.
            5: Derrière eux, le dossier.
            6: M. Benalla a parlé.
        "#]],
    );
}

#[test]
fn glued_headline() {
    check(
        "Une vive émotion chez les élusL'annonce du décès a suscité une vive émotion.",
        expect![[r#"
            0: Une vive émotion chez les élus
            1: L'annonce du décès a suscité une vive émotion.
        "#]],
    );
}

#[test]
fn a_headline_glued_to_the_sentence_after_it_ends_there() {
    check(
        "Interpellé sur la réforme des retraitesEmmanuel Macron a également annoncé une loi.",
        expect![[r#"
            0: Interpellé sur la réforme des retraites
            1: Emmanuel Macron a également annoncé une loi.
        "#]],
    );
}

#[test]
fn video_captions_glued_between_sentences() {
    check(
        "Faut-il attendre ?par BFMTVLe ministre a parlé. La mobilisation était \"réussie\"par Europe 1La CGT le dit. Il a croisé \"par hasard\" l'étudiante. Pourquoi ?par franceinfo\"Tous les indicateurs montrent une hausse\", a dit le ministre.",
        expect![[r#"
            0: Faut-il attendre ?
            1: par BFMTV
            2: Le ministre a parlé.
            3: La mobilisation était "réussie"
            4: par Europe 1
            5: La CGT le dit.
            6: Il a croisé "par hasard" l'étudiante.
            7: Pourquoi ?
            8: par franceinfo
            9: "Tous les indicateurs montrent une hausse", a dit le ministre.
        "#]],
    );
}

#[test]
fn headings_in_capitals_and_spaced_questions_run_into_the_next_sentence() {
    check(
        "Les fontaines seront restaurées.► PLUS D'ESPACES VERTS ET DE ZONES PIÉTONSLa maire a confirmé le projet. Un déconfinement par région ?Alors que l'exécutif hésite, l'Académie a tranché. Le GIGN est intervenu pour intégrer DACA.- \"La différence\" -\"C'est sorti de nulle part\", s'indigne Bayron.",
        expect![[r#"
            0: Les fontaines seront restaurées.
            1: ► PLUS D'ESPACES VERTS ET DE ZONES PIÉTONS
            2: La maire a confirmé le projet.
            3: Un déconfinement par région ?
            4: Alors que l'exécutif hésite, l'Académie a tranché.
            5: Le GIGN est intervenu pour intégrer DACA.
            6: - "La différence" -
            7: "C'est sorti de nulle part", s'indigne Bayron.
        "#]],
    );
}
