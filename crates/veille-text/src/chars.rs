//! Character classes used by the tokenizer and the sentence splitter.
//!
//! ASCII goes through a 128-entry table; other characters through a few range checks and,
//! last, the standard library's Unicode tables.

/// Class of an ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ascii {
    Space,
    Lower,
    Upper,
    Digit,
    /// Any other printable or control byte: punctuation or symbol.
    Other,
}

const fn build_table() -> [Ascii; 128] {
    let mut t = [Ascii::Other; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b == b' '
            || (b >= 0x09 && b <= 0x0d)
            || b == 0x1c
            || b == 0x1d
            || b == 0x1e
            || b == 0x1f
        {
            Ascii::Space
        } else if b.is_ascii_lowercase() {
            Ascii::Lower
        } else if b.is_ascii_uppercase() {
            Ascii::Upper
        } else if b.is_ascii_digit() {
            Ascii::Digit
        } else {
            Ascii::Other
        };
        i += 1;
    }
    t
}

pub(crate) static ASCII: [Ascii; 128] = build_table();

/// The character starting at byte `i`, with its length; `None` at the end or off a boundary.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whitespace, including no-break spaces, zero-width space and the byte-order mark.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        ASCII[c as usize] == Ascii::Space
    } else {
        c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
    }
}

/// Combining marks and joiners that belong to the preceding letter.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0963 | 0x0966..=0x0DFF
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// A letter, digit or combining mark: what words are made of.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            ASCII[c as usize],
            Ascii::Lower | Ascii::Upper | Ascii::Digit
        )
    } else {
        let u = c as u32;
        // Latin-1 supplement and Latin Extended-A/B letters (minus × and ÷): the common case.
        if (0xC0..=0x24F).contains(&u) {
            return u != 0xD7 && u != 0xF7;
        }
        // Soft hyphen: invisible, inside words ("ostéo\u{ad}pathe").
        if u == 0xAD {
            return true;
        }
        c.is_alphanumeric() || is_mark(c)
    }
}

/// An uppercase or titlecase letter.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// A lowercase letter.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

/// Apostrophes that mark elision: `'`, `’`, `ʼ`.
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Hyphens that join compounds: `-`, U+2010 hyphen, U+2011 no-break hyphen.
#[inline]
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Punctuation (as opposed to symbols such as `€`, `%`, `+`).
pub(crate) fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '\''
                | '"'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '-'
                | '/'
                | '\\'
                | '`'
        );
    }
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFE30..=0xFE4F)
        || matches!(c, '«' | '»' | '¡' | '¿' | '·' | '§' | '¶')
}

/// Modifiers that stay with the preceding symbol (emoji variation selectors, skin tones).
#[inline]
pub(crate) fn is_symbol_modifier(c: char) -> bool {
    matches!(c as u32, 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F)
}
