//! Name normalization shared by the index and the queries.
//!
//! Case and accents are folded to ASCII, apostrophes (’ ' ʼ), hyphens and punctuation become
//! spaces, dots vanish ("U.S." → "us", "St." → "st"), "st"/"ste"/"mt"/"ft" expand to
//! "saint"/"sainte"/"mount"/"fort", and leading articles (le, la, les, l', du, de la, des, the)
//! are dropped so that "Le Caire", "du Caire" and "Caire" share one key.

use crate::fold_table::{LATIN, LATIN_EXT_ADD, LATIN_EXT_ADD_START, LATIN_START};

/// Leading words dropped from names (French and English articles and "de la"/"du" forms).
const ARTICLES: [&str; 9] = ["le", "la", "les", "l", "du", "des", "de", "d", "the"];

/// Normalizes `name` into `out` (cleared first). Returns false when nothing is left.
pub fn normalize_into(name: &str, out: &mut String) -> bool {
    out.clear();
    // 1. fold characters, collapsing separators to single spaces.
    let mut pending_space = false;
    for c in name.chars() {
        let cp = c as u32;
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            } else if c != '.' {
                pending_space = true;
            }
            continue;
        }
        let folded: Option<&str> = if (LATIN_START..LATIN_START + LATIN.len() as u32).contains(&cp)
        {
            Some(LATIN[(cp - LATIN_START) as usize])
        } else if (LATIN_EXT_ADD_START..LATIN_EXT_ADD_START + LATIN_EXT_ADD.len() as u32)
            .contains(&cp)
        {
            Some(LATIN_EXT_ADD[(cp - LATIN_EXT_ADD_START) as usize])
        } else {
            None
        };
        match folded {
            Some(" ") => pending_space = true,
            Some(s) if !s.is_empty() => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push_str(s);
            }
            _ => {
                if c.is_alphanumeric() {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    for l in c.to_lowercase() {
                        out.push(l);
                    }
                } else if !is_mark(c) {
                    // ’ ʼ ‘ – — and other punctuation or spaces.
                    pending_space = true;
                }
            }
        }
    }
    if out.is_empty() {
        return false;
    }
    // 2. fast path: no article, no abbreviation to expand.
    if !needs_rewrite(out) {
        return true;
    }
    let words: Vec<&str> = out.split(' ').collect();
    let mut start = 0;
    while start + 1 < words.len() && ARTICLES.contains(&words[start]) {
        start += 1;
    }
    let mut rebuilt = String::with_capacity(out.len() + 8);
    for w in &words[start..] {
        if !rebuilt.is_empty() {
            rebuilt.push(' ');
        }
        rebuilt.push_str(match *w {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            other => other,
        });
    }
    *out = rebuilt;
    true
}

/// Allocating convenience form of [`normalize_into`].
pub fn normalize(name: &str) -> String {
    let mut s = String::new();
    normalize_into(name, &mut s);
    s
}

fn is_mark(c: char) -> bool {
    // Combining diacritical marks (a decomposed "é" is "e" + U+0301).
    matches!(c as u32, 0x0300..=0x036F)
}

fn needs_rewrite(s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or("");
    if s.contains(' ') && ARTICLES.contains(&first) {
        return true;
    }
    s.split(' ')
        .any(|w| matches!(w, "st" | "ste" | "mt" | "ft"))
}

/// True when the name is written in Latin script (after folding, only ASCII letters, digits
/// and spaces remain). Used to keep the index to names a French or English text can contain.
pub fn is_latin_key(key: &str) -> bool {
    key.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_strips() {
        let cases = [
            "Le Caire",
            "du Caire",
            "Alep",
            "Ḩalab",
            "Saint-Étienne",
            "St. Étienne",
            "Côte d’Ivoire",
            "Côte d'Ivoire",
            "U.S.",
            "de la Réunion",
            "Les Sables-d'Olonne",
            "The Hague",
            "Łódź",
            "Deir ez-Zor",
            "  ",
            "La",
            "Москва",
            "Mt. Everest",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| format!("{c:?} -> {:?}", normalize(c)))
            .collect();
        expect_test::expect![[r#"
            "Le Caire" -> "caire"
            "du Caire" -> "caire"
            "Alep" -> "alep"
            "Ḩalab" -> "halab"
            "Saint-Étienne" -> "saint etienne"
            "St. Étienne" -> "saint etienne"
            "Côte d’Ivoire" -> "cote d ivoire"
            "Côte d'Ivoire" -> "cote d ivoire"
            "U.S." -> "us"
            "de la Réunion" -> "reunion"
            "Les Sables-d'Olonne" -> "sables d olonne"
            "The Hague" -> "hague"
            "Łódź" -> "lodz"
            "Deir ez-Zor" -> "deir ez zor"
            "  " -> ""
            "La" -> "la"
            "Москва" -> "москва"
            "Mt. Everest" -> "mount everest""#]]
        .assert_eq(&got.join("\n"));
    }
}
