//! Number words (French and English) and the small word-number parser.

use crate::lex::{Kind, Lexed};

/// Value of a cardinal word below 100 (`quatre`, `seize`, `soixante`, `twenty`).
pub(crate) fn small(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "un" | "une" | "one" => 1,
        "deux" | "two" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        "dix" | "ten" => 10,
        "onze" | "eleven" => 11,
        "douze" | "twelve" => 12,
        "treize" | "thirteen" => 13,
        "quatorze" | "fourteen" => 14,
        "quinze" | "fifteen" => 15,
        "seize" | "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "vingt" | "vingts" | "twenty" => 20,
        "trente" | "thirty" => 30,
        "quarante" | "forty" => 40,
        "cinquante" | "fifty" => 50,
        "soixante" | "sixty" => 60,
        "septante" | "seventy" => 70,
        "huitante" | "octante" | "eighty" => 80,
        "nonante" | "ninety" => 90,
        _ => return None,
    })
}

/// Multiplier words: `mille`, `million(s)`, `milliard(s)`...
pub(crate) fn scale(w: &str, english: bool) -> Option<f64> {
    Some(match w {
        "mille" | "mil" | "thousand" | "thousands" => 1e3,
        "million" | "millions" => 1e6,
        "milliard" | "milliards" => 1e9,
        "billion" | "billions" => {
            if english {
                1e9
            } else {
                1e12
            }
        }
        "trillion" | "trillions" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// The cardinal behind an ordinal word (`cinquieme` → 5, `vingt` in `vingtieme` → 20).
pub(crate) fn ordinal(w: &str) -> Option<f64> {
    match w {
        "premier" | "premiere" | "premiers" | "premieres" | "first" => return Some(1.0),
        "second" | "seconde" | "seconds" | "secondes" => return Some(2.0),
        "third" => return Some(3.0),
        _ => {}
    }
    let stem = w.strip_suffix("iemes").or_else(|| w.strip_suffix("ieme"))?;
    Some(match stem {
        "un" => 1.0,
        "deux" => 2.0,
        "trois" => 3.0,
        "quatr" => 4.0,
        "cinqu" => 5.0,
        "six" => 6.0,
        "sept" => 7.0,
        "huit" => 8.0,
        "neuv" => 9.0,
        "dix" => 10.0,
        "onz" => 11.0,
        "douz" => 12.0,
        "treiz" => 13.0,
        "quatorz" => 14.0,
        "quinz" => 15.0,
        "seiz" => 16.0,
        "vingt" => 20.0,
        "trent" => 30.0,
        "quarant" => 40.0,
        "cinquant" => 50.0,
        "soixant" => 60.0,
        "cent" => 100.0,
        "mill" => 1e3,
        "million" => 1e6,
        "milliard" => 1e9,
        "billion" => 1e12,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// A number read from words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordNum {
    pub end: usize,
    pub value: f64,
    pub ordinal: bool,
    /// Number of number words read (1 for a bare `un`).
    pub words: u32,
    /// Largest multiplier used (1 when none).
    pub scale: f64,
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit(u32),
    Ten(u32),
    Hundred,
    Scale,
}

/// Reads a French or English number written in words starting at unit `i`
/// (`quatre-vingt-dix-neuf`, `deux cent deux mille`, `twenty-five`).
pub(crate) fn parse_words(lx: &Lexed, i: usize, english: bool) -> Option<WordNum> {
    parse_words_opt(lx, i, english, true)
}

/// Like [`parse_words`]; with `ordinals` false, stops before an ordinal word (the
/// denominator of a fraction: "trois cinquièmes").
pub(crate) fn parse_words_opt(
    lx: &Lexed,
    i: usize,
    english: bool,
    ordinals: bool,
) -> Option<WordNum> {
    let mut total = 0f64;
    let mut current = 0f64;
    let mut last = Last::Start;
    let mut j = i;
    let mut end = i;
    let mut words = 0u32;
    let mut max_scale = 1f64;
    let mut is_ord = false;
    let n = lx.len();
    while j < n {
        if lx.kind(j) != Some(Kind::Word) {
            // hyphen between number words
            if words > 0
                && lx.is(j, "-")
                && !lx.gap(j)
                && !lx.gap(j + 1)
                && lx.kind(j + 1) == Some(Kind::Word)
            {
                j += 1;
                continue;
            }
            break;
        }
        let w = lx.n(j);
        if let Some(v) = small(w) {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale => true,
                Last::Ten(t) => {
                    (v > 0 && v < 10)
                        || ((t == 60 || t == 80) && (10..20).contains(&v))
                        || (t == 10 && v > 6 && v < 10)
                }
                Last::Unit(4) => v == 20,
                Last::Unit(_) => false,
            };
            if !ok {
                break;
            }
            if let (Last::Unit(4), 20) = (last, v) {
                current += 76.0;
                last = Last::Ten(80);
            } else {
                current += v as f64;
                last = if v >= 10 && v % 10 == 0 {
                    Last::Ten(v)
                } else {
                    Last::Unit(v)
                };
                if v == 10 {
                    last = Last::Ten(10);
                }
            }
        } else if w == "cent" || w == "cents" || w == "hundred" || w == "hundreds" {
            if current >= 100.0 || matches!(last, Last::Hundred) {
                break;
            }
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            last = Last::Hundred;
            max_scale = max_scale.max(100.0);
        } else if let Some(s) = scale(w, english) {
            if words == 0 && w == "mil" {
                break;
            }
            let c = if current == 0.0 { 1.0 } else { current };
            if s > 1e3 && total > 0.0 && total < s && current == 0.0 {
                total *= s;
            } else {
                total += c * s;
            }
            current = 0.0;
            last = Last::Scale;
            max_scale = max_scale.max(s);
        } else if (w == "et" || w == "and") && words > 0 {
            // vingt et un, soixante et onze, hundred and five
            let nx_i = if lx.is(j + 1, "-") { j + 2 } else { j + 1 };
            let nx = lx.n(nx_i);
            let ok = match last {
                Last::Ten(t) => t >= 20 && matches!(nx, "un" | "une" | "onze" | "unieme"),
                Last::Hundred | Last::Scale => english && small(nx).is_some(),
                _ => false,
            };
            if !ok {
                break;
            }
            j = nx_i;
            continue;
        } else if let Some(o) = ordinal(w) {
            if !ordinals || (words == 1 && matches!(lx.n(i), "un" | "une")) {
                break;
            }
            if words > 0
                && !matches!(
                    w,
                    "premier"
                        | "premiere"
                        | "premiers"
                        | "premieres"
                        | "second"
                        | "seconde"
                        | "seconds"
                        | "secondes"
                )
                || words == 0
            {
                if o >= 1000.0 {
                    let c = if current == 0.0 { 1.0 } else { current };
                    total += c * o;
                    current = 0.0;
                } else if o == 100.0 {
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                } else {
                    current += o;
                }
                is_ord = true;
                words += 1;
                end = j + 1;
            }
            break;
        } else {
            break;
        }
        words += 1;
        j += 1;
        end = j;
    }
    if words == 0 {
        return None;
    }
    Some(WordNum {
        end,
        value: total + current,
        ordinal: is_ord,
        words,
        scale: max_scale,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> String {
        let lx = Lexed::new(s, &[]);
        match parse_words(&lx, 0, false) {
            Some(w) => format!("{} {}/{}", w.value, w.end, lx.len()),
            None => "none".into(),
        }
    }

    #[test]
    fn french_words() {
        let cases = [
            "quatre",
            "vingt-cinq",
            "soixante-dix",
            "soixante et onze",
            "quatre-vingt-dix-neuf",
            "quatre vingts",
            "deux cent deux mille",
            "neuf mille neuf cent quatre-vingt-dix neuf",
            "trois millions deux cent mille",
            "dix-sept",
            "vingt et un",
            "deux trois",
            "cent trente-deuxieme",
        ];
        let out: Vec<String> = cases.iter().map(|c| format!("{c} = {}", v(c))).collect();
        expect_test::expect![[r#"
            quatre = 4 1/1
            vingt-cinq = 25 3/3
            soixante-dix = 70 3/3
            soixante et onze = 71 3/3
            quatre-vingt-dix-neuf = 99 7/7
            quatre vingts = 80 2/2
            deux cent deux mille = 202000 4/4
            neuf mille neuf cent quatre-vingt-dix neuf = 9999 10/10
            trois millions deux cent mille = 3200000 5/5
            dix-sept = 17 3/3
            vingt et un = 21 3/3
            deux trois = 2 1/2
            cent trente-deuxieme = 132 4/4"#]]
        .assert_eq(&out.join("\n"));
    }
}
