//! Word forms: participles, infinitives, months, inverted verbs ("a-t-il"), mark families.

use super::is_in;
use super::lists::DISEASES;

pub(super) fn family(c: char) -> u8 {
    match c {
        '«' | '»' => 0,
        '“' | '”' | '„' => 1,
        '‹' | '›' => 2,
        _ => 3,
    }
}

/// The likely infinitive of a verb form missing from the lexicon, for display: "argumenté" →
/// "argumenter", "tente" → "tenter", "réagi" → "réagir"; other forms stay as they are.
pub(super) fn guess_infinitive(form: &str) -> String {
    let form = form.trim_start_matches("s'");
    for (end, inf) in [("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er")] {
        if let Some(stem) = form.strip_suffix(end) {
            return format!("{stem}{inf}");
        }
    }
    if let Some(stem) = form.strip_suffix('i') {
        return format!("{stem}ir");
    }
    if form.ends_with('e') {
        return format!("{form}r");
    }
    form.to_string()
}

/// A plural determiner opening a description ("les signataires").
pub(super) fn plural_det(w: &str) -> bool {
    matches!(w, "les" | "ces" | "des")
}

/// A two-word adverbial that may stand between an auxiliary and its participle: "en effet",
/// "en outre", "en revanche", "par ailleurs", "de nouveau", "à nouveau".
pub(super) fn adverbial_pair(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("en", "effet" | "outre" | "revanche")
            | ("par", "ailleurs" | "contre")
            | ("de" | "à", "nouveau")
    )
}

/// "a-t-il" → ("a", "il"), "conclut-elle" → ("conclut", "elle").
pub(super) fn split_inverted(w: &str) -> Option<(&str, &str)> {
    for suf in [
        "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on",
    ] {
        if let Some(v) = w.strip_suffix(suf) {
            if !v.is_empty() {
                return Some((v, suf.rsplit('-').next().unwrap_or("")));
            }
        }
    }
    None
}

/// Capitalized words that name no company: months, "État", "France", "Covid".
pub(super) fn names_no_company(text: &str) -> bool {
    let l = text.to_lowercase();
    is_month(&l)
        || matches!(l.as_str(), "état" | "etat" | "france" | "europe" | "internet")
        // (diseases and demonyms the NER layer tags as organisations: "le Covid-19",
        // "trois autres sont Français")
        || is_in(DISEASES, &l)
        || looks_demonym(text)
}

pub(super) fn is_month(w: &str) -> bool {
    veille_text::french::MONTHS.contains(&w)
}

/// A past participle of the first group, any gender and number ("accusé", "contestées").
pub(super) fn first_group_participle(w: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|x| w.ends_with(x))
}

/// A past-participle form ("confirmée", "démenti", "dite", "promises", "said").
pub(super) fn looks_participle(w: &str) -> bool {
    const FEMININE_AND_PLURAL: &[&str] = &["ie", "ies", "ue", "ues", "us", "ite", "ites", "its"];
    FEMININE_AND_PLURAL.iter().any(|e| w.ends_with(e))
        || w.ends_with('é')
        || w.ends_with("ée")
        || w.ends_with("és")
        || w.ends_with("ées")
        || w.ends_with('i')
        || w.ends_with('u')
        || w.ends_with("is")
        || w.ends_with("it")
        || w.ends_with("ed")
        || matches!(
            w,
            "dit"
                | "écrit"
                | "admis"
                | "appris"
                | "said"
                | "told"
                | "wrote"
                | "conclu"
                | "reconnu"
                | "soutenu"
                | "prévenu"
                | "répondu"
        )
}

pub(super) fn is_infinitive(w: &str) -> bool {
    !w.contains('-')
        && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re") || w.ends_with("oir"))
        && w.chars().count() > 3
        && !matches!(
            w,
            "hier"
                | "premier"
                | "dernier"
                | "autre"
                | "entre"
                | "contre"
                | "notre"
                | "votre"
                | "leur"
                | "pour"
                | "sur"
                | "encore"
                | "chaque"
                | "quatre"
                | "ministre"
                | "centre"
                | "guerre"
                | "nombre"
        )
}

/// A one-word nationality or inhabitant name ("Français", "Norvégien", "Allemande").
pub(super) fn looks_demonym(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne", "iens", "iennes", "and",
        "ande", "ands", "andes",
    ];
    !w.contains(' ') && w.chars().count() > 4 && ENDINGS.iter().any(|e| w.ends_with(e))
}
