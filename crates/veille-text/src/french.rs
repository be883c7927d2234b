//! Closed-class French words shared by the rule-based stages (events, quotes, …): determiners,
//! prepositions, days of the week and months.
//!
//! Every list is lowercase, uses the straight apostrophe (`l'`, `d'`; [`crate::fold`] and
//! lowercasing with `’` → `'` both give that form), and is sorted bytewise so that the
//! `is_*` lookups are binary searches (no allocation, a handful of comparisons).
//! Determiners carry no accents, so their folded and lowercase forms are the same; the
//! prepositions are given as written, and [`is_preposition`] also accepts folded forms
//! (`apres`, `a`).
//!
//! ```
//! use veille_text::french;
//! assert!(french::is_determiner("l'") && french::is_determiner("cette"));
//! assert!(!french::is_determiner("de") && !french::is_determiner("Le"));
//! assert!(french::is_possessive("leurs"));
//! assert!(french::is_preposition("après") && french::is_preposition("apres"));
//! assert_eq!(french::month_number("décembre"), Some(12));
//! ```

/// Definite, indefinite and partitive articles (`du`, `des` are also contracted articles).
pub const ARTICLES: &[&str] = &["des", "du", "l'", "la", "le", "les", "un", "une"];

/// Articles contracted with `à` or `de`: `au` = à le, `aux` = à les, `du` = de le,
/// `des` = de les.
pub const CONTRACTED_ARTICLES: &[&str] = &["au", "aux", "des", "du"];

/// Demonstrative determiners.
pub const DEMONSTRATIVES: &[&str] = &["ce", "ces", "cet", "cette"];

/// Possessive determiners.
pub const POSSESSIVES: &[&str] = &[
    "leur", "leurs", "ma", "mes", "mon", "nos", "notre", "sa", "ses", "son", "ta", "tes", "ton",
    "vos", "votre",
];

/// Indefinite (quantifying) determiners.
pub const INDEFINITE_DETERMINERS: &[&str] = &[
    "aucun",
    "aucune",
    "certaines",
    "certains",
    "chaque",
    "plusieurs",
    "quelque",
    "quelques",
    "tous",
    "tout",
    "toute",
    "toutes",
];

/// Every determiner: the union of [`ARTICLES`], [`CONTRACTED_ARTICLES`],
/// [`DEMONSTRATIVES`], [`POSSESSIVES`] and [`INDEFINITE_DETERMINERS`] (checked by a test).
/// Not `de`/`d'`, which are listed with the [`PREPOSITIONS`].
pub const DETERMINERS: &[&str] = &[
    "au",
    "aucun",
    "aucune",
    "aux",
    "ce",
    "certaines",
    "certains",
    "ces",
    "cet",
    "cette",
    "chaque",
    "des",
    "du",
    "l'",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "ma",
    "mes",
    "mon",
    "nos",
    "notre",
    "plusieurs",
    "quelque",
    "quelques",
    "sa",
    "ses",
    "son",
    "ta",
    "tes",
    "ton",
    "tous",
    "tout",
    "toute",
    "toutes",
    "un",
    "une",
    "vos",
    "votre",
];

/// Simple prepositions, as written (lowercase, accented).
pub const PREPOSITIONS: &[&str] = &[
    "après",
    "avant",
    "avec",
    "chez",
    "contre",
    "d'",
    "dans",
    "de",
    "depuis",
    "derrière",
    "devant",
    "durant",
    "dès",
    "en",
    "entre",
    "envers",
    "hormis",
    "jusqu'",
    "jusque",
    "lors",
    "malgré",
    "par",
    "parmi",
    "pendant",
    "pour",
    "près",
    "sans",
    "selon",
    "sous",
    "sur",
    "vers",
    "à",
];

/// [`PREPOSITIONS`] folded (accents removed), sorted; checked by a test.
const PREPOSITIONS_FOLDED: &[&str] = &[
    "a", "apres", "avant", "avec", "chez", "contre", "d'", "dans", "de", "depuis", "derriere",
    "des", "devant", "durant", "en", "entre", "envers", "hormis", "jusqu'", "jusque", "lors",
    "malgre", "par", "parmi", "pendant", "pour", "pres", "sans", "selon", "sous", "sur", "vers",
];

/// Days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Months, as written, January first: `MONTHS[m - 1]` is month `m`.
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// [`MONTHS`] folded; checked by a test.
const MONTHS_FOLDED: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// `w` (lowercase) is a day of the week.
#[inline]
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// The number (1–12) of the month named `w` (lowercase, accented or folded).
#[inline]
pub fn month_number(w: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == w)
        .or_else(|| MONTHS_FOLDED.iter().position(|m| *m == w))
        .map(|i| i as u32 + 1)
}

/// Month number of a French month name or of its abbreviation of three letters or more
/// ("janv", "févr", "fevr", "sept"), accented or not; lowercase input.
pub fn month_number_or_abbreviation(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(w))
        .or_else(|| MONTHS_FOLDED.iter().position(|m| m.starts_with(w)))
        .map(|i| i as u32 + 1)
}

#[inline]
fn member(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// `w` (lowercase, straight apostrophe) is a French determiner.
#[inline]
pub fn is_determiner(w: &str) -> bool {
    member(DETERMINERS, w)
}

/// `w` (lowercase) is a possessive determiner.
#[inline]
pub fn is_possessive(w: &str) -> bool {
    member(POSSESSIVES, w)
}

/// `w` (lowercase, accented or folded) is a simple preposition. Note that the folded form
/// `a` is also the verb form (il a) and `des` also the article.
#[inline]
pub fn is_preposition(w: &str) -> bool {
    member(PREPOSITIONS, w) || member(PREPOSITIONS_FOLDED, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique(list: &[&str]) -> bool {
        list.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            ARTICLES,
            CONTRACTED_ARTICLES,
            DEMONSTRATIVES,
            POSSESSIVES,
            INDEFINITE_DETERMINERS,
            DETERMINERS,
            PREPOSITIONS,
            PREPOSITIONS_FOLDED,
        ] {
            assert!(sorted_unique(list), "{list:?}");
        }
    }

    #[test]
    fn determiners_are_the_union_of_the_classes() {
        let mut union: Vec<&str> = [
            ARTICLES,
            CONTRACTED_ARTICLES,
            DEMONSTRATIVES,
            POSSESSIVES,
            INDEFINITE_DETERMINERS,
        ]
        .concat();
        union.sort_unstable();
        union.dedup();
        assert_eq!(union, DETERMINERS);
        assert!(DETERMINERS.iter().all(|w| crate::fold(w) == *w));
    }

    #[test]
    fn folded_prepositions_match() {
        let mut folded: Vec<String> = PREPOSITIONS
            .iter()
            .map(|w| crate::fold(w).into_owned())
            .collect();
        folded.sort_unstable();
        assert_eq!(folded, PREPOSITIONS_FOLDED);
    }

    #[test]
    fn months_and_days() {
        let folded: Vec<String> = MONTHS.iter().map(|m| crate::fold(m).into_owned()).collect();
        assert_eq!(folded, MONTHS_FOLDED);
        assert_eq!(month_number("août"), Some(8));
        assert_eq!(month_number("aout"), Some(8));
        assert_eq!(month_number("janvier"), Some(1));
        assert_eq!(month_number("Janvier"), None);
        assert!(is_weekday("dimanche") && !is_weekday("demain"));
        let abbr: Vec<_> = [
            "janv", "févr", "fevr", "aout", "sept", "déc", "mai", "ma", "xyz",
        ]
        .iter()
        .map(|w| month_number_or_abbreviation(w))
        .collect();
        assert_eq!(
            abbr,
            [
                Some(1),
                Some(2),
                Some(2),
                Some(8),
                Some(9),
                Some(12),
                Some(5),
                None,
                None
            ]
        );
    }

    #[test]
    fn lookups() {
        for w in DETERMINERS {
            assert!(is_determiner(w), "{w}");
        }
        for w in ["de", "d'", "", "Le", "lesquels", "à", "a"] {
            assert!(!is_determiner(w), "{w}");
        }
        assert!(is_possessive("votre") && !is_possessive("le"));
        for w in ["à", "a", "après", "apres", "de", "d'", "jusqu'", "malgre"] {
            assert!(is_preposition(w), "{w}");
        }
        assert!(!is_preposition("le") && !is_preposition("ou"));
    }
}
