//! The tokenizer: one left-to-right pass over the bytes, no regex, no allocation per token.
//!
//! Conventions follow Universal Dependencies French (Sequoia, GSD) on the surface level:
//! - elisions are their own tokens: `l'` `armée`, `qu'` `il`, `jusqu'` `à` (but `aujourd'hui`,
//!   `quelqu'un`, `c'est-à-dire`, `l'on` stay whole, as in UD);
//! - hyphenated compounds stay whole (`Alep-Est`, `al-Saleh`, `Jean-Pierre`, `celui-ci`),
//!   but post-verbal clitics are split with their hyphen: `a` `-t-il`, `ont` `-ils`,
//!   `dit` `-elle`, `est` `-ce`, `permettez` `-moi`;
//! - numbers keep their separators: `10 000` (space, U+00A0 or U+202F), `839.000`, `8,5`,
//!   `1 234 567,89`, `2006-2007`; spaced groups join only 3-digit groups after a 1–3 digit
//!   head, so `en 2016 10 personnes` stays three tokens; `14h30` is `14` `h` `30`;
//! - abbreviations keep their period (`M.`, `Mme.`, `av.`, `J.-C.`, `cf.`, `n°`), initials too
//!   (`J.` `R.` `R.` `Tolkien`); `etc.` keeps it unless a sentence starts after it;
//! - `...` (any run of two or more dots) and `…` are one token; `--` too;
//! - URLs, e-mails, `#hashtags` and `@mentions` are single tokens of their own kind.

use crate::chars::{
    char_at, is_apostrophe, is_hyphen, is_lower, is_punct, is_space, is_symbol_modifier, is_upper,
    is_word_char, Ascii, ASCII,
};
use veille_core::layers::{Token, TokenKind};
use veille_core::Span;

/// Splits `text` into tokens (see the module documentation for the conventions).
///
/// The result is lossless: tokens are sorted, never overlap, never empty, lie on char
/// boundaries, and everything between them is whitespace.
///
/// ```
/// let text = "L'armée a chassé les terroristes d'Alep-Est.";
/// let words: Vec<&str> = veille_text::tokenize(text).iter().map(|t| &text[t.span.range()]).collect();
/// assert_eq!(words, ["L'", "armée", "a", "chassé", "les", "terroristes", "d'", "Alep-Est", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (reuse the vector to avoid allocating).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    if text.len() > u32::MAX as usize {
        // Spans are u32: refuse rather than wrap. Callers split such inputs.
        return;
    }
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    // End of the previous token and its kind, for attachment decisions.
    let mut prev_end = usize::MAX;
    let mut prev_kind = TokenKind::Other;
    while i < n {
        let b = bytes[i];
        let (end, kind) = if b < 0x80 {
            match ASCII[b as usize] {
                Ascii::Space => {
                    i += 1;
                    continue;
                }
                Ascii::Digit => scan_number(text, i),
                Ascii::Lower | Ascii::Upper => {
                    if (b == b'h' || b == b'H')
                        && prev_end == i
                        && prev_kind == TokenKind::Number
                        && !char_at(text, i + 1)
                            .is_some_and(|(c, _)| is_word_char(c) && !c.is_ascii_digit())
                    {
                        (i + 1, TokenKind::Word)
                    } else if let Some(e) = scan_url(text, i) {
                        (e, TokenKind::Url)
                    } else {
                        scan_word(text, i)
                    }
                }
                Ascii::Other => scan_ascii_other(text, i, prev_end, prev_kind),
            }
        } else {
            let Some((c, len)) = char_at(text, i) else {
                // Not on a char boundary: cannot happen for &str, but never panic.
                i += 1;
                continue;
            };
            if is_space(c) {
                i += len;
                continue;
            }
            if is_word_char(c) {
                scan_word(text, i)
            } else if is_hyphen(c) {
                scan_hyphen(text, i, len, prev_end, prev_kind)
            } else if c == '−' && starts_number(text, i + len) {
                let (e, _) = scan_number(text, i + len);
                (e, TokenKind::Number)
            } else if c == '°'
                && matches!(byte(text, i + len), b'C' | b'F')
                && !is_word_char_at(text, i + len + 1)
            {
                (i + len + 1, TokenKind::Symbol)
            } else {
                let mut e = i + len;
                // Keep emoji modifiers and ZWJ sequences with their base symbol.
                loop {
                    match char_at(text, e) {
                        Some((m, l)) if is_symbol_modifier(m) => e += l,
                        Some(('\u{200D}', l)) => {
                            e += l;
                            if let Some((_, l2)) = char_at(text, e) {
                                e += l2;
                            }
                        }
                        _ => break,
                    }
                }
                let kind = if is_punct(c) {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                (e, kind)
            }
        };
        // Defensive: always make progress, stay on boundaries.
        let end = if end <= i || !text.is_char_boundary(end.min(n)) {
            next_boundary(text, i)
        } else {
            end.min(n)
        };
        out.push(Token {
            span: Span::new(i as u32, end as u32),
            kind,
        });
        prev_end = end;
        prev_kind = kind;
        i = end;
    }
}

fn next_boundary(text: &str, i: usize) -> usize {
    let mut e = i + 1;
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    e.min(text.len())
}

#[inline]
fn byte(text: &str, i: usize) -> u8 {
    text.as_bytes().get(i).copied().unwrap_or(0)
}

#[inline]
fn is_digit_at(text: &str, i: usize) -> bool {
    byte(text, i).is_ascii_digit()
}

fn starts_number(text: &str, i: usize) -> bool {
    is_digit_at(text, i)
}

/// An ASCII byte that is neither letter, digit nor space.
fn scan_ascii_other(
    text: &str,
    i: usize,
    prev_end: usize,
    prev_kind: TokenKind,
) -> (usize, TokenKind) {
    let b = byte(text, i);
    match b {
        b'.' => {
            let mut e = i + 1;
            while byte(text, e) == b'.' {
                e += 1;
            }
            (e, TokenKind::Punct)
        }
        b'-' => scan_hyphen(text, i, 1, prev_end, prev_kind),
        b'+' if prev_end != i && is_digit_at(text, i + 1) => {
            let (e, _) = scan_number(text, i + 1);
            (e, TokenKind::Number)
        }
        b'#' if char_at(text, i + 1)
            .is_some_and(|(c, _)| is_word_char(c) && !c.is_ascii_digit()) =>
        {
            let mut e = i + 1;
            while let Some((c, l)) = char_at(text, e) {
                if is_word_char(c) || c == '_' {
                    e += l;
                } else {
                    break;
                }
            }
            (e, TokenKind::Hashtag)
        }
        b'@' if prev_end != i
            && (byte(text, i + 1).is_ascii_alphanumeric() || byte(text, i + 1) == b'_') =>
        {
            let mut e = i + 1;
            while byte(text, e).is_ascii_alphanumeric() || byte(text, e) == b'_' {
                e += 1;
            }
            (e, TokenKind::Mention)
        }
        _ => {
            let c = b as char;
            let kind = if is_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            (i + 1, kind)
        }
    }
}

/// A hyphen (of byte length `len`) not inside a word: a split-off clitic (`-t-il`), a signed
/// number (`-2,5`), a run of dashes (`--`), or a lone hyphen.
fn scan_hyphen(
    text: &str,
    i: usize,
    len: usize,
    prev_end: usize,
    prev_kind: TokenKind,
) -> (usize, TokenKind) {
    if prev_end == i && prev_kind == TokenKind::Word {
        if let Some(l) = clitic_len(text, i) {
            return (i + l, TokenKind::Word);
        }
    }
    if prev_end != i && starts_number(text, i + len) {
        let (e, _) = scan_number(text, i + len);
        return (e, TokenKind::Number);
    }
    if byte(text, i) == b'-' {
        let mut e = i + 1;
        while byte(text, e) == b'-' {
            e += 1;
        }
        return (e, TokenKind::Punct);
    }
    (i + len, TokenKind::Punct)
}

/// Length of a spaced-group separator at `i`: space, no-break space, narrow no-break space,
/// thin space.
#[inline]
fn group_sep_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    match byte(text, i) {
        b' ' | b'\'' => 1,
        0xC2 if byte(text, i + 1) == 0xA0 => 2,
        0xE2 if byte(text, i + 1) == 0x80 && matches!(b.get(i + 2), Some(0xAF) | Some(0x89)) => 3,
        _ => 0,
    }
}

fn digits_end(text: &str, mut i: usize) -> usize {
    while is_digit_at(text, i) {
        i += 1;
    }
    i
}

/// A token starting with an ASCII digit.
fn scan_number(text: &str, start: usize) -> (usize, TokenKind) {
    let mut i = digits_end(text, start);
    let head = i - start;
    let mut sep = false;
    // Decimal or dotted thousands: 8,5  839.000  1.8.2
    while matches!(byte(text, i), b'.' | b',') && is_digit_at(text, i + 1) {
        i = digits_end(text, i + 1);
        sep = true;
    }
    // Spaced thousands: 10 000, 1 234 567,89 — only 3-digit groups after a 1-3 digit head.
    if !sep && head <= 3 {
        let mut grouped = false;
        loop {
            let sl = group_sep_len(text, i);
            if sl == 0 {
                break;
            }
            let g = i + sl;
            if digits_end(text, g) == g + 3 && !is_word_char_at(text, g + 3) {
                i = g + 3;
                grouped = true;
            } else {
                break;
            }
        }
        if grouped && matches!(byte(text, i), b',' | b'.') && is_digit_at(text, i + 1) {
            i = digits_end(text, i + 1);
        }
        sep |= grouped;
    }
    if !sep {
        // Ranges, scores, dates and codes: 2006-2007, 1-0, 25/01/06
        while matches!(byte(text, i), b'-' | b'/') && is_digit_at(text, i + 1) {
            i = digits_end(text, i + 1);
            sep = true;
            while matches!(byte(text, i), b'.' | b',') && is_digit_at(text, i + 1) {
                i = digits_end(text, i + 1);
            }
        }
    }
    match char_at(text, i) {
        Some((c, _)) if is_word_char(c) => {
            // 14h30, 18h: the hour mark is its own token.
            if (c == 'h' || c == 'H')
                && !char_at(text, i + 1)
                    .is_some_and(|(d, _)| is_word_char(d) && !d.is_ascii_digit())
            {
                return (i, TokenKind::Number);
            }
            if sep {
                return (i, TokenKind::Number);
            }
            // 1er, 3e, 200m, A380-like codes: one word.
            scan_word(text, start)
        }
        _ => (i, TokenKind::Number),
    }
}

#[inline]
fn is_word_char_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| is_word_char(c))
}

/// URL starting at `i` (`http://`, `https://`, `ftp://`, `www.`), or `None`.
fn scan_url(text: &str, i: usize) -> Option<usize> {
    let rest = text.as_bytes().get(i..)?;
    let lower_starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let scheme = if lower_starts(b"https://") {
        8
    } else if lower_starts(b"http://") {
        7
    } else if lower_starts(b"ftp://") {
        6
    } else if lower_starts(b"www.") {
        4
    } else {
        return None;
    };
    if !is_word_char_at(text, i + scheme) {
        return None;
    }
    let mut e = i + scheme;
    let mut parens = 0i32;
    while let Some((c, l)) = char_at(text, e) {
        if is_space(c) || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”' | '‘' | '’')
        {
            break;
        }
        match c {
            '(' => parens += 1,
            ')' => {
                if parens == 0 {
                    break;
                }
                parens -= 1;
            }
            _ => {}
        }
        e += l;
    }
    // Trailing punctuation belongs to the sentence.
    while e > i + scheme {
        match byte(text, e - 1) {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' => e -= 1,
            _ => break,
        }
    }
    Some(e)
}

/// Elided words split off before an apostrophe (compared in lowercase).
const ELISIONS: &[&str] = &[
    "l", "d", "n", "s", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Abbreviations that keep their period wherever they are (lowercase).
const ABBREV: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "sts", "mr",
    "mrs", "ms", "jr", "sr", "cf", "av", "apr", "ex", "pp", "éd", "coll", "chap", "vs", "env",
    "resp", "gén", "gal", "col", "cdt", "lt", "sgt", "cie", "ets", "bd", "boul", "tél", "tel",
    "fax", "vol", "no", "nos", "art", "p", "fig", "réf", "ref", "éds", "ca", "inc", "ltd", "co",
    "corp", "dept", "dép", "min", "max", "sq", "sqq", "ibid", "op", "cit", "hab", "etc", "al",
    "approx", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "lun", "mar",
    "mer", "jeu", "ven", "sam", "dim", "chr", "anc", "vol", "t",
    // English titles and months.
    "gov", "sen", "rep", "gen", "capt", "maj", "adm", "supt", "rev", "hon", "mt", "ft", "prof",
    "messrs", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "dec", "v",
];

/// Of [`ABBREV`], those that may also end a sentence (or be plain words): their period is
/// split off when a capitalised word or the end of the text follows.
const ABBREV_FINAL: &[&str] = &[
    "etc", "art", "vol", "min", "max", "fig", "p", "t", "no", "nos", "ex", "env", "ca", "co", "al",
    "mar", "mer", "sam", "dim", "col", "tel", "me", "op", "sept", "oct", "nov", "jeu", "ven",
    "hab", "fax", "gal", "anc", "cit", "m", "rep", "rev", "hon", "ft", "dec", "jun", "jul",
];

/// "M. Le Maire", "M. de Rugy": after the honorific's period at byte `at`, a surname opening
/// with a particle and a capitalized word ("phase M. Le ministre …" ends a sentence).
fn surname_with_article(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").trim_start();
    ["Le ", "La ", "De ", "Du ", "de ", "du ", "d'", "d’"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

fn eq_lower_in(word: &str, list: &[&str]) -> bool {
    if word.len() > 8 {
        return false;
    }
    let mut buf = [0u8; 32];
    let mut n = 0;
    for c in word.chars() {
        for lc in c.to_lowercase() {
            let l = lc.len_utf8();
            if n + l > buf.len() {
                return false;
            }
            lc.encode_utf8(&mut buf[n..n + l]);
            n += l;
        }
    }
    let Ok(w) = std::str::from_utf8(&buf[..n]) else {
        return false;
    };
    list.contains(&w)
}

/// Whether a sentence may start after byte `i`: only whitespace then an uppercase letter, an
/// opening quote or dash, or the end of the text.
fn sentence_may_start(text: &str, mut i: usize) -> bool {
    let mut saw_space = false;
    let limit = i + 64;
    while let Some((c, l)) = char_at(text, i) {
        if i > limit {
            return false;
        }
        if is_space(c) {
            saw_space = true;
            i += l;
            continue;
        }
        return saw_space && (is_upper(c) || matches!(c, '«' | '“' | '"' | '—' | '–'));
    }
    true
}

/// Capitalised function words that start sentences and are not names.
const SENTENCE_STARTERS: &[&str] = &[
    "Il",
    "Ils",
    "Elle",
    "Elles",
    "On",
    "Nous",
    "Je",
    "Tu",
    "Vous",
    "Ce",
    "Cette",
    "Ces",
    "Cet",
    "Un",
    "Une",
    "Le",
    "La",
    "Les",
    "L'",
    "En",
    "Dans",
    "Pour",
    "Mais",
    "Et",
    "Or",
    "Donc",
    "Puis",
    "Ainsi",
    "Alors",
    "Selon",
    "Après",
    "Avant",
    "Depuis",
    "Pendant",
    "Lorsque",
    "Quand",
    "Si",
    "Cependant",
    "Pourtant",
    "Enfin",
    "Aussi",
    "Par",
    "Sur",
    "Au",
    "Aux",
    "Du",
    "Des",
    "De",
    "À",
    "A",
    "C'est",
    "Il y",
    "The",
    "This",
    "It",
    "He",
    "She",
    "They",
    "We",
    "In",
];

/// Whether whitespace then a capitalised function word (`Il`, `Les`, `Selon`...) followed by
/// a space follows byte `i`.
fn followed_by_sentence_starter(text: &str, i: usize) -> bool {
    let Some((c, l)) = char_at(text, i) else {
        return false;
    };
    if !is_space(c) {
        return false;
    }
    let s = i + l;
    let mut e = s;
    while let Some((w, wl)) = char_at(text, e) {
        if w.is_alphabetic() {
            e += wl;
        } else {
            break;
        }
    }
    e > s
        && char_at(text, e).is_some_and(|(x, _)| is_space(x) || is_apostrophe(x))
        && SENTENCE_STARTERS.contains(&&text[s..e])
}

/// Post-verbal clitics split off with their hyphen (lowercase, without the hyphen).
const CLITICS: &[&str] = &[
    "t-il", "t-elle", "t-on", "t-ils", "t-elles", "t-en", "il", "ils", "elle", "elles", "on", "je",
    "tu", "nous", "vous", "ce", "moi", "toi", "lui", "leur", "en", "y", "le", "la", "les", "ci",
    "là",
];

/// If a clitic starts at hyphen `i` (`-t-il`, `-vous`, `-ci`), its length with the hyphen.
/// The clitic must end the compound or be followed by another clitic (`dis-le-moi`).
fn clitic_len(text: &str, i: usize) -> Option<usize> {
    clitic_len_depth(text, i, 0)
}

fn clitic_len_depth(text: &str, i: usize, depth: u8) -> Option<usize> {
    if depth > 2 {
        return None;
    }
    let (h, hl) = char_at(text, i)?;
    if !is_hyphen(h) {
        return None;
    }
    let s = i + hl;
    // Read up to two hyphen-free segments to match "t-il".
    let seg_end = |from: usize| {
        let mut e = from;
        while let Some((c, l)) = char_at(text, e) {
            if is_word_char(c) {
                e += l;
            } else {
                break;
            }
        }
        e
    };
    let e1 = seg_end(s);
    if e1 == s {
        return None;
    }
    let mut candidates = [e1, 0];
    if &text[s..e1] == "t" || &text[s..e1] == "T" {
        if let Some((h2, l2)) = char_at(text, e1) {
            if is_hyphen(h2) {
                let e2 = seg_end(e1 + l2);
                if e2 > e1 + l2 {
                    candidates = [e2, 0];
                }
            }
        }
    }
    let e = candidates[0];
    let word = &text[s..e];
    let all_lower = word.chars().all(|c| !is_upper(c));
    let all_upper = word.chars().all(|c| !is_lower(c));
    if !(all_lower || all_upper) || !eq_lower_in(word, CLITICS) {
        return None;
    }
    // What follows must end the compound, or be another clitic.
    match char_at(text, e) {
        Some((c, _)) if is_word_char(c) || is_apostrophe(c) => None,
        Some((c, _)) if is_hyphen(c) && is_word_char_at(text, e + c.len_utf8()) => {
            clitic_len_depth(text, e, depth + 1).map(|_| e - i)
        }
        _ => Some(e - i),
    }
}

/// Whether the clitic at `i` should stay attached to the head word `head` (`rendez-vous`,
/// `celui-ci`, `jusque-là`, proper names).
fn clitic_stays(head: &str, clitic_body: &str) -> bool {
    let cl = clitic_body.trim_start_matches(['-', '\u{2010}', '\u{2011}']);
    let cl_lower = cl.to_lowercase();
    let head_lower = head.to_lowercase();
    match cl_lower.as_str() {
        "vous" | "nous" => matches!(head_lower.as_str(), "rendez" | "chez" | "entre"),
        "ci" | "là" => matches!(
            head_lower.as_str(),
            "celui" | "celle" | "ceux" | "celles" | "jusque" | "cas" | "ici" | "par" | "là"
        ),
        "le" | "la" | "les" | "en" | "y" => {
            // Only after a lowercase verb-like head: not in place names.
            head.chars().next().is_some_and(is_upper)
        }
        _ => false,
    }
}

/// A word starting at `start` (letters, digits, marks), with elision, compounds,
/// abbreviations, acronyms, e-mails; cut where a video caption runs into the next sentence
/// (`par BFMTVLe ministre`, `par Europe 1La`).
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let (end, kind) = scan_word_plain(text, start);
    match caption_glue(text, start, end) {
        Some(cut) if kind == TokenKind::Word => (cut, kind),
        _ => (end, kind),
    }
}

/// Where the word [start, end) should be cut when it closes a headline glued to the next
/// sentence (a lowercase word then a capitalised one, `retraitesEmmanuel`), or a video
/// caption: before a capitalised word (`BFMTVLe`, `RMCIls`, `1La`, `ZappingDerrière`,
/// `BFMTVL'ex-maire`), when the word follows, within four words, a `par` glued to the text
/// before it (`attendre ?par BFMTVLe …`, `"réussie"par Europe 1La …`).
fn caption_glue(text: &str, start: usize, end: usize) -> Option<usize> {
    let word = text.get(start..end)?;
    // (a cheap pass first: most words hold no capital after their first letter; the next
    // sentence's first letter is an ASCII capital in all but a few, "BFMTVÉric" stays whole)
    let rest = word.get(word.chars().next()?.len_utf8()..)?;
    if !rest.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut prev: Option<char> = None;
    let mut cut = None;
    let mut chars = word.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, d)| d);
        if i > 0
            && is_upper(c)
            && next.is_some_and(|d| is_lower(d) || is_apostrophe(d))
            && prev.is_some_and(char::is_alphanumeric)
        {
            cut = Some(start + i);
            break;
        }
        prev = Some(c);
    }
    let cut = cut?;
    // ("McDonald's" keeps its shape: a lowercase prefix needs three letters)
    let prefix = &word[..cut - start];
    // "retraitesEmmanuel Macron", "policeSamedi matin": a headline glued to the sentence after
    // it (a lost line break) whatever precedes; a lowercase word of three letters or more
    // never holds a capital inside ("iPhone", "eBay" have shorter prefixes)
    if prefix.chars().count() >= 3 && prefix.chars().all(is_lower) {
        return Some(cut);
    }
    // "ZONES PIÉTONSLa maire a confirmé": a headline in capitals glued to the sentence after
    // it, whose first word is a usual sentence opener (an acronym glued to any other word
    // stays whole: "SNCFConnect")
    if prefix.chars().count() >= 3
        && prefix.chars().all(is_upper)
        && SENTENCE_OPENERS.contains(&&word[cut - start..])
    {
        return Some(cut);
    }
    let long_enough = prefix.chars().all(|c| c.is_ascii_digit())
        || prefix.chars().count() >= 3
        || prefix.chars().all(|c| !is_lower(c));
    (long_enough && after_glued_par(text, start)).then_some(cut)
}

/// Words that open a sentence, cut off a headline in capitals glued before them.
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Des", "Selon", "Pour", "Dans",
    "Ce", "Cette", "Ces", "Cet", "Mais", "Si", "Après", "Avec", "Sur", "Depuis", "Lors", "En",
    "Au", "Aux", "Du", "On", "Son", "Sa", "Ses", "Leur", "Leurs", "Alors", "Pourtant", "Face",
    "Quant", "Outre", "Parmi", "Comme", "Dès", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
    "Samedi", "Dimanche",
];

/// Does the word at `start` follow, within four words, a `par` glued to the text before it?
#[cold]
fn after_glued_par(text: &str, start: usize) -> bool {
    let mut pos = start;
    for _ in 0..4 {
        let Some(before) = text.get(..pos).and_then(|b| b.strip_suffix(' ')) else {
            return false;
        };
        let chunk_start = before
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(w, c)| w + c.len_utf8());
        let chunk = &before[chunk_start..];
        if let Some(glued) = chunk.strip_suffix("par") {
            // (not after an opening mark: 'croisé "par hasard"')
            let opening = glued == "\"" || glued.ends_with(['«', '“', '(', '[']);
            return !glued.is_empty() && !opening;
        }
        // (the words of an outlet's name: "Europe 1", "Non Stop Zapping", "euronews (en
        // français)"; no sentence end)
        if chunk.ends_with(['.', '!', '?', ',', ';', ':', '"', '»']) {
            return false;
        }
        pos = chunk_start;
    }
    false
}

/// The word starting at `start`, caption glue aside.
#[inline]
fn scan_word_plain(text: &str, start: usize) -> (usize, TokenKind) {
    let mut i = start;
    let mut seg_start = start;
    loop {
        while let Some((c, l)) = char_at(text, i) {
            if is_word_char(c) {
                i += l;
            } else {
                break;
            }
        }
        let Some((c, l)) = char_at(text, i) else {
            return (i, TokenKind::Word);
        };
        let next_word = is_word_char_at(text, i + l);
        if is_apostrophe(c) {
            if !next_word {
                // "l' armée", "l'« ami »": an elision before a stray space or an opening
                // quote keeps its apostrophe.
                if seg_start == start && eq_lower_in(&text[start..i], ELISIONS) {
                    let mut a = i + l;
                    if byte(text, a) == b' ' {
                        a += 1;
                    }
                    if char_at(text, a)
                        .is_some_and(|(w, _)| w.is_alphabetic() || matches!(w, '«' | '“'))
                    {
                        return (i + l, TokenKind::Word);
                    }
                }
                return (i, TokenKind::Word);
            }
            let prefix = &text[start..i];
            // victimesL'homme: a headline run into the text; split before the elision.
            if i - start >= 3 {
                let b1 = byte(text, i - 1);
                if matches!(b1, b'L' | b'D' | b'C' | b'S' | b'N' | b'J' | b'M' | b'T')
                    && char_before_is_lower(text, i - 1)
                {
                    return (i - 1, TokenKind::Word);
                }
            }
            if seg_start == start && eq_lower_in(prefix, ELISIONS) {
                if let Some(e) = elision_exception(text, start, i + l) {
                    return (e, TokenKind::Word);
                }
                return (i + l, TokenKind::Word);
            }
            i += l;
            continue;
        }
        if is_hyphen(c) {
            if !next_word {
                return (i, TokenKind::Word);
            }
            if let Some(cl) = clitic_len(text, i) {
                if !clitic_stays(&text[seg_start..i], &text[i..i + cl]) {
                    return (i, TokenKind::Word);
                }
            }
            i += l;
            seg_start = i;
            continue;
        }
        match c {
            '.' => {
                let word = &text[start..i];
                // Initials and dotted acronyms: J.  J.-C.  R.E.M.  G.W.
                if seg_start == start
                    && word.chars().count() == 1
                    && word.chars().all(char::is_alphabetic)
                {
                    let mut e = i; // at a '.'
                    loop {
                        let after = e + 1;
                        // .X.
                        if let Some((x, xl)) = char_at(text, after) {
                            if x.is_alphabetic() && byte(text, after + xl) == b'.' {
                                e = after + xl;
                                continue;
                            }
                            // .-X.
                            if x == '-' {
                                if let Some((y, yl)) = char_at(text, after + 1) {
                                    if y.is_alphabetic() && byte(text, after + 1 + yl) == b'.' {
                                        e = after + 1 + yl;
                                        continue;
                                    }
                                }
                            }
                        }
                        break;
                    }
                    let first = word.chars().next().unwrap_or('a');
                    // ("M. Le Maire", "M. La Rocca": the honorific keeps its period)
                    if e == i
                        && is_upper(first)
                        && !(word == "M" && surname_with_article(text, i + 1))
                        && followed_by_sentence_starter(text, i + 1)
                    {
                        // "Dagobert I. Ils": not an initial but the end of a sentence.
                        return (i, TokenKind::Word);
                    }
                    if e > i || is_upper(first) || eq_lower_in(word, ABBREV) {
                        if e == i
                            && !is_upper(first)
                            && eq_lower_in(word, ABBREV_FINAL)
                            && sentence_may_start(text, i + 1)
                        {
                            return (i, TokenKind::Word);
                        }
                        return (e + 1, TokenKind::Word);
                    }
                    return (i, TokenKind::Word);
                }
                if seg_start == start && eq_lower_in(word, ABBREV) {
                    if eq_lower_in(word, ABBREV_FINAL) && sentence_may_start(text, i + 1) {
                        return (i, TokenKind::Word);
                    }
                    return (i + 1, TokenKind::Word);
                }
                // Domains and file names: lemonde.fr, index.html (lowercase after the dot).
                if let Some((x, _)) = char_at(text, i + 1) {
                    if is_lower(x) {
                        i += 1;
                        continue;
                    }
                }
                // Jean.Dupont@Exemple.fr
                if let Some(e) = scan_email_from(text, i) {
                    return (e, TokenKind::Email);
                }
                return (i, TokenKind::Word);
            }
            '@' if next_word => {
                if let Some(e) = scan_email_domain(text, i + 1) {
                    return (e, TokenKind::Email);
                }
                return (i, TokenKind::Word);
            }
            '/' if next_word => {
                // UD splits et/ou, mg/kg; codes with digits (H/C/595) and km/h stay whole.
                let seg = &text[seg_start..i];
                let next_has_digit = text[i + 1..]
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .any(|b| b.is_ascii_digit());
                let keep = seg.bytes().any(|b| b.is_ascii_digit())
                    || next_has_digit
                    || (seg == "km" && byte(text, i + 1) == b'h' && !is_word_char_at(text, i + 2));
                if !keep {
                    return (i, TokenKind::Word);
                }
                i += 1;
                continue;
            }
            '_' | '&' if next_word => {
                // AT&T, snake_case
                i += 1;
                continue;
            }
            '(' if i - start >= 2 => {
                // AUTRE(S), intéressé(e)s: an optional plural or feminine mark.
                let mut e = i + 1;
                while byte(text, e).is_ascii_alphabetic() && e - i <= 3 {
                    e += 1;
                }
                if e > i + 1 && byte(text, e) == b')' && e - i <= 3 {
                    let mut end = e + 1;
                    while let Some((x, xl)) = char_at(text, end) {
                        if is_word_char(x) {
                            end += xl;
                        } else {
                            break;
                        }
                    }
                    return (end, TokenKind::Word);
                }
                return (i, TokenKind::Word);
            }
            '°' | 'º' if i - start == 1 && matches!(byte(text, start), b'n' | b'N') => {
                return (i + l, TokenKind::Word);
            }
            _ => return (i, TokenKind::Word),
        }
    }
}

fn char_before_is_lower(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|p| p.chars().next_back())
        .is_some_and(is_lower)
}

/// Words whose apostrophe is not an elision boundary: `l'on`, `c'est-à-dire`.
fn elision_exception(text: &str, start: usize, after: usize) -> Option<usize> {
    let rest = text.get(after..)?;
    let prefix = text.get(start..after)?;
    let p0 = prefix.as_bytes().first()?.to_ascii_lowercase();
    if p0 == b'l' && prefix.len() <= 4 {
        if let Some(r) = rest.strip_prefix("on") {
            if !r.chars().next().is_some_and(is_word_char) {
                return Some(after + 2);
            }
        }
    }
    if p0 == b'c' && prefix.len() <= 4 && rest.starts_with("est-à-dire") {
        return Some(after + "est-à-dire".len());
    }
    None
}

/// An e-mail whose local part goes on at `i` (a `.`, `_`, `-` or `+`): its end, if an `@` and
/// a domain follow within the same run of characters.
fn scan_email_from(text: &str, i: usize) -> Option<usize> {
    let mut e = i;
    while let Some((c, l)) = char_at(text, e) {
        if is_word_char(c) || matches!(c, '.' | '_' | '-' | '+') {
            e += l;
            if e - i > 64 {
                return None;
            }
        } else {
            break;
        }
    }
    if byte(text, e) == b'@' && is_word_char_at(text, e + 1) {
        scan_email_domain(text, e + 1)
    } else {
        None
    }
}

/// Domain part of an e-mail starting at `i` (after `@`): needs a dot inside.
fn scan_email_domain(text: &str, i: usize) -> Option<usize> {
    let mut e = i;
    let mut dot = false;
    loop {
        match char_at(text, e) {
            Some((c, l)) if is_word_char(c) || c == '-' => e += l,
            Some(('.', _)) if is_word_char_at(text, e + 1) => {
                dot = true;
                e += 1;
            }
            _ => break,
        }
    }
    (dot && e > i).then_some(e)
}

/// Renders tokens one per line (`start..end kind text`), for tests and debugging.
pub fn render(text: &str, tokens: &[Token]) -> String {
    let mut s = String::new();
    for t in tokens {
        let kind = format!("{:?}", t.kind).to_lowercase();
        s.push_str(&format!(
            "{}..{} {} {}\n",
            t.span.start,
            t.span.end,
            kind,
            text.get(t.span.range()).unwrap_or("<?>")
        ));
    }
    s
}
