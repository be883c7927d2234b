//! News outlets by name. A statement attributed to one of them ("selon Le Figaro", "rapporte
//! Franceinfo") comes from an organisation acting as a medium, whatever the NER layer tagged,
//! and a later "le quotidien", "la chaîne" or "le média" designates it.

use crate::words::Words;

/// Lower-cased names of news outlets and agencies, without their leading article. Written by
/// hand for this crate (names are facts; no list was copied).
const OUTLETS: &[&str] = &[
    // agencies
    "l'afp",
    "afp",
    "l'agence france-presse",
    "reuters",
    "associated press",
    "bloomberg",
    "ansa",
    "dpa",
    "efe",
    "belga",
    "sputnik",
    "ria novosti",
    "tass",
    "interfax",
    "xinhua",
    "kyodo",
    "anadolu",
    // French national press
    "le monde",
    "le figaro",
    "libération",
    "le parisien",
    "aujourd'hui en france",
    "les échos",
    "la croix",
    "l'humanité",
    "le journal du dimanche",
    "le jdd",
    "jdd",
    "le point",
    "l'express",
    "l'obs",
    "le nouvel observateur",
    "le nouvel obs",
    "valeurs actuelles",
    "le canard enchaîné",
    "mediapart",
    "médiapart",
    "le huffpost",
    "huffpost",
    "le huffington post",
    "20 minutes",
    "l'opinion",
    "le lab",
    "le monde diplomatique",
    "le figaro magazine",
    "paris match",
    "télérama",
    "konbini",
    "brut",
    "les inrocks",
    "les inrockuptibles",
    // business weeklies
    "challenges",
    "capital",
    // magazines (entertainment, television, women's, people)
    "télé loisirs",
    "télé-loisirs",
    "télé star",
    "télé 7 jours",
    "télé 2 semaines",
    "télé z",
    "tv magazine",
    "voici",
    "gala",
    "closer",
    "ici paris",
    "france dimanche",
    "femme actuelle",
    "marie claire",
    "madame figaro",
    "le journal des femmes",
    "purepeople",
    "puremédias",
    "vsd",
    "entrevue",
    "allociné",
    "le film français",
    "jeune afrique",
    "la tribune",
    "radar online",
    "slate",
    "buzzfeed",
    "l'équipe",
    "le journal du net",
    // French regional press
    "ouest-france",
    "ouest france",
    "sud ouest",
    "sud-ouest",
    "la dépêche",
    "la dépêche du midi",
    "le progrès",
    "la provence",
    "nice-matin",
    "nice matin",
    "var-matin",
    "corse-matin",
    "le dauphiné libéré",
    "le dauphiné",
    "la voix du nord",
    "le télégramme",
    "l'est républicain",
    "les dernières nouvelles d'alsace",
    "les dna",
    "le républicain lorrain",
    "midi libre",
    "la nouvelle république",
    "le courrier picard",
    "l'union",
    "la montagne",
    "le populaire du centre",
    "paris-normandie",
    "l'alsace",
    "le bien public",
    "l'indépendant",
    "la charente libre",
    "le maine libre",
    "le courrier de l'ouest",
    "centre presse",
    "l'yonne républicaine",
    "actu.fr",
    "la presse de la manche",
    "le journal de saône-et-loire",
    "la république des pyrénées",
    // French broadcast
    "franceinfo",
    "france info",
    "france inter",
    "france 2",
    "france 3",
    "france 5",
    "france 24",
    "france culture",
    "france bleu",
    "radio france",
    "rfi",
    "tf1",
    "lci",
    "bfmtv",
    "bfm tv",
    "bfm business",
    "bfm paris",
    "rmc",
    "rtl",
    "europe 1",
    "cnews",
    "itélé",
    "i-télé",
    "m6",
    "arte",
    "lcp",
    "public sénat",
    "c8",
    "tmc",
    "canal+",
    "france télévisions",
    "sud radio",
    "rtl2",
    "nrj",
    "fun radio",
    // Belgium, Switzerland, Canada
    "le soir",
    "la libre belgique",
    "la libre",
    "la dernière heure",
    "rtbf",
    "rtl-tvi",
    "rts",
    "la tribune de genève",
    "24 heures",
    "radio-canada",
    "la presse",
    "le devoir",
    "le journal de montréal",
    "tva nouvelles",
    // international
    "the new york times",
    "new york times",
    "the washington post",
    "washington post",
    "the wall street journal",
    "wall street journal",
    "usa today",
    "the guardian",
    "guardian",
    "the times",
    "the sunday times",
    "the telegraph",
    "the daily telegraph",
    "daily telegraph",
    "daily mail",
    "the daily mail",
    "the sun",
    "the mirror",
    "the independent",
    "financial times",
    "the financial times",
    "the economist",
    "bbc",
    "cnn",
    "fox news",
    "nbc",
    "abc",
    "cbs",
    "msnbc",
    "npr",
    "politico",
    "axios",
    "tmz",
    "variety",
    "the hollywood reporter",
    "hollywood reporter",
    "los angeles times",
    "the new yorker",
    "the atlantic",
    "newsweek",
    "vanity fair",
    "der spiegel",
    "spiegel",
    "bild",
    "die zeit",
    "süddeutsche zeitung",
    "frankfurter allgemeine zeitung",
    "el país",
    "el mundo",
    "la repubblica",
    "corriere della sera",
    "al jazeera",
    "al-jazeera",
    "al arabiya",
    "haaretz",
    "the times of israel",
    "the jerusalem post",
    "south china morning post",
    "global times",
    "nikkei",
    "asahi",
    "yomiuri",
    "the straits times",
    "the sydney morning herald",
    "the globe and mail",
];

fn is_outlet(name: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| OUTLETS.iter().copied().collect())
        .contains(name)
}

/// The first word of an outlet's name after its article ("monde" for "le monde"; "l" for
/// "l'afp" is "afp"), as the word splitter lowercases it.
fn first_word(name: &str) -> &str {
    let bare = ["le ", "la ", "les ", "l'", "the "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    // (the word splitter keeps hyphens and non-elided apostrophes inside words:
    // "ouest-france", "aujourd'hui")
    bare.split([' ', '.', '+']).next().unwrap_or(bare)
}

/// Could an outlet's name start with this (lowercase) word? A cheap filter before building
/// candidate names.
pub(crate) fn may_start_outlet(word: &str) -> bool {
    // outlet names start with a letter or digit and are short
    if word.is_empty() || word.len() > 16 {
        return false;
    }
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| OUTLETS.iter().map(|o| first_word(o)).collect())
        .contains(word)
}

/// The outlet named by `text` (a speaker name), written with or without its article
/// ("Le Figaro", "Figaro", "l'AFP").
pub(crate) fn names_outlet(text: &str) -> bool {
    // (a cheap test on the first word before building the candidates)
    let first = text.trim().split([' ', '\'', '’']).find(|w| {
        !matches!(
            w.to_ascii_lowercase().as_str(),
            "le" | "la" | "les" | "l" | "the"
        )
    });
    let first = first.map(|f| f.split(['.', '+']).next().unwrap_or(f).to_lowercase());
    if !first.is_some_and(|f| may_start_outlet(&f)) {
        return false;
    }
    let l = text.trim().to_lowercase().replace('’', "'");
    is_outlet(&l)
        || ["le ", "la ", "l'", "les ", "the "]
            .iter()
            .any(|a| is_outlet(&format!("{a}{l}")))
}

const RADIO: &[&str] = &[
    "radio",
    "france bleu",
    "france inter",
    "france info",
    "franceinfo",
    "rtl",
    "europe 1",
    "rmc",
    "rfi",
    "france culture",
    "sud radio",
    "nrj",
    "fun radio",
    "npr",
];
const TV: &[&str] = &[
    "tf1",
    "france 2",
    "france 3",
    "france 5",
    "france 24",
    "bfmtv",
    "bfm tv",
    "lci",
    "cnews",
    "m6",
    "arte",
    "lcp",
    "c8",
    "tmc",
    "canal+",
    "bfm",
    "itélé",
    "i-télé",
    "rtbf",
    "rts",
    "cnn",
    "bbc",
    "fox news",
    "nbc",
    "abc",
    "cbs",
    "msnbc",
    "al jazeera",
    "télévision",
];

/// Can the media noun `head` ("radio", "chaîne", "quotidien") designate the outlet `name`?
/// Radios and television channels are told apart from the press; "site", "média" fit all.
pub(crate) fn fits(head: &str, name: &str) -> bool {
    let l = name.to_lowercase();
    let is = |list: &[&str]| list.iter().any(|o| l.contains(o));
    match head {
        "radio" | "station" => is(RADIO),
        "chaîne" | "télévision" => is(TV) || is(RADIO),
        "quotidien" | "journal" | "hebdomadaire" | "mensuel" | "magazine" | "revue" => {
            !is(RADIO) && !is(TV)
        }
        _ => true,
    }
}

/// Word ranges [s, e) of the outlets named in the text, in order: a capitalized word (or a
/// number, "20 Minutes") starting a run of at most five words whose text is an outlet name.
pub(crate) fn outlet_mentions(w: &Words) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // (cheapest tests first: this runs on every word; hashing only capitalized ones)
        let upper = |j: usize| w.tx(j).chars().next().is_some_and(char::is_uppercase);
        let article = matches!(w.lw(i), "le" | "la" | "l'" | "les" | "the");
        let starts = if article {
            upper(i + 1) && may_start_outlet(w.lw(i + 1)) && w.is_cap(i + 1)
        } else {
            (upper(i) || w.kind(i) == Some(crate::words::Kind::Num))
                && may_start_outlet(w.lw(i))
                && (w.is_cap(i) || w.kind(i) == Some(crate::words::Kind::Num))
        };
        let mut found = None;
        if starts {
            for j in (i + 1..=(i + 5).min(w.len())).rev() {
                let Some(t) = w.text.get(w.w[i].s as usize..w.w[j - 1].e as usize) else {
                    continue;
                };
                let l = t.to_lowercase().replace('’', "'");
                // ("du Parisien", "au Journal du dimanche": the article fused with "de"/"à")
                let fused = !article && i > 0 && matches!(w.lw(i - 1), "du" | "au");
                if is_outlet(&l) || fused && is_outlet(&format!("le {l}")) {
                    found = Some(j);
                    break;
                }
            }
        }
        // not the start of a longer name: "L'Union européenne", "La Presse canadienne",
        // "L'Équipe de France"; a number outlet is capitalized ("20 Minutes", not "20 minutes")
        let found = found.filter(|&j| {
            let adjective = |x: usize| {
                w.is_word(x)
                    && !w.is_cap(x)
                    && [
                        "éenne", "éen", "éens", "ienne", "ien", "aise", "ais", "aine", "ain",
                        "ique", "ale", "al", "oise", "ois", "ande", "and",
                    ]
                    .iter()
                    .any(|e| w.lw(x).ends_with(e))
            };
            let complement = matches!(w.lw(j), "de" | "d'" | "du") && w.is_cap(j + 1);
            let lowercase_number = w.kind(i) == Some(crate::words::Kind::Num) && !w.is_cap(i + 1);
            !(j < w.len() && (adjective(j) || complement)) && !lowercase_number
        });
        match found {
            Some(mut j) => {
                // a local edition: "France Bleu Isère", "France 3 Bretagne"
                let network = w
                    .text
                    .get(w.w[i].s as usize..w.w[j - 1].e as usize)
                    .is_some_and(|t| matches!(t, "France Bleu" | "France 3"));
                if network && j < w.len() && w.is_cap(j) {
                    j += 1;
                }
                out.push((i, j));
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_are_listed_once_in_lower_case() {
        let set: std::collections::HashSet<_> = OUTLETS.iter().collect();
        assert_eq!(set.len(), OUTLETS.len(), "duplicates in OUTLETS");
        assert!(OUTLETS.iter().all(|o| o.to_lowercase() == *o));
    }

    #[test]
    fn outlets_are_found_in_text() {
        for o in OUTLETS {
            // capitalized as in news text
            let name: String = o
                .split(' ')
                .map(|w| {
                    let cap = |w: &str| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect::<String>())
                            .unwrap_or_default()
                    };
                    match w.strip_prefix("l'") {
                        Some(rest) => format!("l'{}", cap(rest)),
                        None => cap(w),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let text = format!("Il a parlé à {name} hier.");
            let w = Words::new(&text, &[]);
            assert_eq!(outlet_mentions(&w).len(), 1, "{o} in {text:?}");
        }
    }

    #[test]
    fn outlet_names_with_and_without_article() {
        assert!(names_outlet("Le Figaro"));
        assert!(names_outlet("Franceinfo"));
        assert!(names_outlet("l'AFP"));
        assert!(names_outlet("Europe 1"));
        assert!(!names_outlet("Le Pen"));
        assert!(!names_outlet("Emmanuel Macron"));
    }
}
