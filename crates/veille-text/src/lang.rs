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
    let Some(info) = whatlang::detect(prefix) else {
        return Language::undetermined();
    };
    let code = iso639_1(info.lang());
    Language {
        supported: SUPPORTED.contains(&code),
        code: code.to_string(),
        confidence: info.confidence() as f32,
    }
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
