//! Language identification (whatlang on a bounded prefix of the text).

use veille_core::Language;

/// How much of the text is looked at: language does not change after the first few
/// paragraphs, and whatlang's cost is linear in the input.
pub const LANGUAGE_PREFIX_BYTES: usize = 4096;

/// Fewer letters than this and the language is `und`.
const MIN_LETTERS: usize = 12;

/// Languages veille analyses fully.
pub const SUPPORTED: &[&str] = &["fr", "en"];

/// Identifies the language of `text` from its first [`LANGUAGE_PREFIX_BYTES`] bytes.
///
/// Returns ISO 639-1 codes where they exist (`fr`, `en`, `de`...), ISO 639-3 otherwise, and
/// `und` (confidence 0) for very short or letter-less text. `supported` is true for `fr` and
/// `en` only.
///
/// ```
/// let l = veille_text::identify_language("L'armée syrienne a chassé les terroristes de la ville d'Alep.");
/// assert_eq!((l.code.as_str(), l.supported), ("fr", true));
/// assert_eq!(veille_text::identify_language("42 !!").code, "und");
/// ```
pub fn identify_language(text: &str) -> Language {
    let mut end = text.len().min(LANGUAGE_PREFIX_BYTES);
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    let letters = prefix
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_LETTERS)
        .count();
    if letters < MIN_LETTERS {
        return Language::undetermined();
    }
    let info = whatlang::detect(prefix);
    let reliable = info.as_ref().is_some_and(|i| i.is_reliable());
    if !reliable || prefix.len() < SHORT_TEXT_BYTES {
        // whatlang is weak on short texts: French and English function words decide when
        // they clearly point one way.
        let (fr, en) = function_words(prefix);
        let pick = if fr >= 2 && fr > 2 * en {
            Some("fr")
        } else if en >= 2 && en > 2 * fr {
            Some("en")
        } else if !reliable && fr != en {
            Some(if fr > en { "fr" } else { "en" })
        } else {
            None
        };
        if let Some(code) = pick {
            let (a, b) = if code == "fr" { (fr, en) } else { (en, fr) };
            return Language {
                code: code.to_string(),
                confidence: a as f32 / (a + b) as f32 * 0.9,
                supported: true,
            };
        }
    }
    let Some(info) = info else {
        return Language::undetermined();
    };
    if !reliable {
        // An unreliable guess on a short or odd text: veille reads French and English news,
        // so prefer one of them (with a lowered confidence) over a random third language.
        let fr_en =
            whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
        if let Some(i) = fr_en.detect(prefix) {
            let code = iso639_1(i.lang());
            return Language {
                supported: true,
                code: code.to_string(),
                confidence: (i.confidence() * 0.5) as f32,
            };
        }
    }
    let code = iso639_1(info.lang());
    Language {
        supported: SUPPORTED.contains(&code),
        code: code.to_string(),
        confidence: info.confidence() as f32,
    }
}

/// Below this many bytes, function words may override whatlang.
const SHORT_TEXT_BYTES: usize = 200;

/// French function words unlikely in other languages (no `de`, `la`, `que`, `en`, `on`...).
const FR_WORDS: &[&str] = &[
    "le", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "pas", "au", "aux", "sur",
    "elle", "nous", "vous", "ce", "cette", "avec", "sont", "été", "où", "plus", "ont", "leur",
    "mais", "ou", "son", "sa", "ses", "je", "il", "ils", "ne", "par", "à",
];

/// French elided words, counted only before an apostrophe (`l'`, `qu'`), never after one
/// (English `I'd`, `Qatar's`).
const FR_ELIDED: &[&str] = &["l", "d", "qu", "n", "s", "c", "j", "m", "jusqu", "lorsqu"];

/// English function words unlikely in other languages.
const EN_WORDS: &[&str] = &[
    "the", "of", "and", "to", "is", "that", "for", "it", "was", "with", "are", "this", "by", "be",
    "have", "has", "from", "at", "he", "she", "they", "which", "were", "said", "his", "her",
    "their", "will", "would", "not", "but", "or", "who", "its", "been", "we", "you", "after",
    "about",
];

/// Counts of French and English function words in `text`.
fn function_words(text: &str) -> (usize, usize) {
    let (mut fr, mut en) = (0, 0);
    let mut buf = String::new();
    let mut after_apostrophe = false;
    let mut flush = |w: &mut String, after: bool, before: bool| {
        if !w.is_empty() && w.len() <= 6 {
            if FR_WORDS.contains(&w.as_str())
                || (before && !after && FR_ELIDED.contains(&w.as_str()))
            {
                fr += 1;
            }
            if EN_WORDS.contains(&w.as_str()) {
                en += 1;
            }
        }
        w.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            for l in c.to_lowercase() {
                buf.push(l);
            }
        } else {
            let apostrophe = matches!(c, '\'' | '’');
            flush(&mut buf, after_apostrophe, apostrophe);
            after_apostrophe = apostrophe;
        }
    }
    flush(&mut buf, after_apostrophe, false);
    (fr, en)
}

/// ISO 639-1 code of a whatlang language, or its ISO 639-3 code when there is none.
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
        #[allow(unreachable_patterns)]
        other => other.code(),
    }
}
