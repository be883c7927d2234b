//! Case and accent folding for matching (gazetteers, lexicons, keyword lists).

use std::borrow::Cow;

/// Lowercases and strips accents: `Élysée` → `elysee`, `Œuvre` → `oeuvre`, `’` → `'`.
///
/// Borrows when the input is already folded (the common case for lowercase ASCII words).
/// Latin letters lose their diacritics; other scripts are only lowercased.
///
/// ```
/// assert_eq!(veille_text::fold("Alep-Est"), "alep-est");
/// assert_eq!(veille_text::fold("Égypte, Œdipe, Noël, l’armée"), "egypte, oedipe, noel, l'armee");
/// assert!(matches!(veille_text::fold("palmyre"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn fold(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// Appends the folded form of `c` to `out`.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let s: &str = match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'Ā' | 'ā' | 'Ă'
        | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě'
        | 'ě' => "e",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' | 'Ī' | 'ī' | 'İ' | 'ı' => "i",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ō' | 'ō' | 'Ő'
        | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => {
            "u"
        }
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'ß' => "ss",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => "s",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'Ł' | 'ł' => "l",
        'Đ' | 'đ' | 'Ď' | 'ď' | 'Ð' | 'ð' => "d",
        'Ř' | 'ř' => "r",
        'Ť' | 'ť' => "t",
        'Ğ' | 'ğ' => "g",
        'Þ' | 'þ' => "th",
        '’' | 'ʼ' | '‘' => "'",
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(s);
}
