//! A small lexer for figures and dates: splits the text (or each token of the token layer)
//! into numbers, words and punctuation, with a folded form (lowercase, no accents, straight
//! apostrophes) written once into one shared buffer. Words are split at hyphens and after
//! elided apostrophes so that `quatre-vingt-dix` and `jusqu'à` reach the parsers word by word.

use veille_core::layers::{Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Num,
    Word,
    Punct,
}

/// One lexical unit. `n0..n1` is its folded form in [`Lexed::norm`]; for numbers the folded
/// form is the canonical digit string (`10000`, `8.5`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lx {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    n0: u32,
    n1: u32,
    /// Whitespace (or a token gap) right before this unit.
    pub gap: bool,
    /// A number written with thousands separators (`10 000`, `839.000`).
    pub grouped: bool,
    /// A number with a decimal part.
    pub decimal: bool,
}

pub(crate) struct Lexed<'a> {
    pub text: &'a str,
    pub toks: Vec<Lx>,
    pub norm: String,
    /// English conventions: "5,000" groups, "2.5" is a decimal.
    english: bool,
}

impl<'a> Lexed<'a> {
    pub fn new(text: &'a str, tokens: &[Token]) -> Lexed<'a> {
        Lexed::with_language(text, tokens, false)
    }

    /// Like [`Lexed::new`], with English number conventions when `english`.
    pub fn with_language(text: &'a str, tokens: &[Token], english: bool) -> Lexed<'a> {
        let mut lx = Lexed {
            english,
            text,
            toks: Vec::with_capacity(text.len() / 5 + 4),
            norm: String::with_capacity(text.len() + 16),
        };
        if tokens.is_empty() {
            lx.lex_range(0, text.len(), true);
        } else {
            let mut prev_end = 0usize;
            for t in tokens {
                let (s, e) = (t.span.start as usize, t.span.end as usize);
                if matches!(t.kind, TokenKind::Url | TokenKind::Email) {
                    prev_end = prev_end.max(e.min(text.len()));
                    continue;
                }
                if s < prev_end
                    || e > text.len()
                    || s > e
                    || !text.is_char_boundary(s)
                    || !text.is_char_boundary(e)
                {
                    continue;
                }
                let gap = s > prev_end;
                lx.lex_range(s, e, gap);
                prev_end = e;
            }
        }
        lx
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Folded form of unit `i` ("" when out of range).
    pub fn n(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.norm[t.n0 as usize..t.n1 as usize],
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.n(i) == w
    }

    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        i < self.toks.len() && ws.contains(&self.n(i))
    }

    pub fn gap(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.gap)
    }

    /// Original text of unit `i`.
    pub fn orig(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self
                .text
                .get(t.start as usize..t.end as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// Whether units `a..b` match the folded words `ws` (hyphens between words are skipped
    /// when `ws` does not ask for them). Returns the end index.
    pub fn seq(&self, a: usize, ws: &[&str]) -> Option<usize> {
        let mut i = a;
        for w in ws {
            if i > a && *w != "-" && self.is(i, "-") && !self.gap(i) {
                i += 1;
            }
            if !self.is(i, w) {
                return None;
            }
            i += 1;
        }
        Some(i)
    }

    fn push(
        &mut self,
        start: usize,
        end: usize,
        kind: Kind,
        gap: bool,
        folded: impl FnOnce(&mut String),
    ) -> usize {
        let n0 = self.norm.len() as u32;
        folded(&mut self.norm);
        let n1 = self.norm.len() as u32;
        self.toks.push(Lx {
            start: start as u32,
            end: end as u32,
            kind,
            n0,
            n1,
            gap,
            grouped: false,
            decimal: false,
        });
        self.toks.len() - 1
    }

    fn lex_range(&mut self, from: usize, to: usize, mut gap: bool) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to {
            let Some(c) = text[i..to].chars().next() else {
                break;
            };
            let cl = c.len_utf8();
            if c.is_whitespace() {
                gap = true;
                i += cl;
                continue;
            }
            // URLs carry digits and percent signs that are not figures
            if (c == 'h' || c == 'w') && gap_or_start(text, i) {
                let rest = &text[i..to];
                if rest.starts_with("http://")
                    || rest.starts_with("https://")
                    || rest.starts_with("www.")
                {
                    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    i += len;
                    gap = false;
                    continue;
                }
            }
            if c.is_ascii_digit() {
                let (end, grouped, decimal) = scan_number(bytes, text, i, to, self.english);
                let idx = self.push(i, end, Kind::Num, gap, |buf| {
                    canon_number(&text[i..end], grouped, decimal, buf)
                });
                self.toks[idx].grouped = grouped;
                self.toks[idx].decimal = decimal;
                i = end;
            } else if c.is_alphabetic() {
                let mut j = i;
                let mut elided = false;
                while j < to {
                    let Some(d) = text[j..to].chars().next() else {
                        break;
                    };
                    if d.is_alphabetic() || is_mark(d) {
                        j += d.len_utf8();
                    } else if (d == '\'' || d == '’' || d == 'ʼ')
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|x| x.is_alphabetic())
                        && is_elision(&text[i..j])
                    {
                        j += d.len_utf8();
                        elided = true;
                        break;
                    } else {
                        break;
                    }
                }
                let _ = elided;
                self.push(i, j, Kind::Word, gap, |buf| fold_into(&text[i..j], buf));
                i = j;
            } else {
                self.push(i, i + cl, Kind::Punct, gap, |buf| match c {
                    '’' | 'ʼ' | '‘' => buf.push('\''),
                    '‐' | '‑' | '–' | '—' | '−' => buf.push('-'),
                    _ => buf.push(c),
                });
                i += cl;
            }
            gap = false;
        }
    }
}

fn gap_or_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '<' | '"' | '\''))
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Elided forms that end with an apostrophe (`l'`, `d'`, `qu'`, `jusqu'`, `aujourd'`...).
fn is_elision(w: &str) -> bool {
    let lower: String = w.chars().flat_map(char::to_lowercase).collect();
    matches!(
        lower.as_str(),
        "l" | "d"
            | "j"
            | "m"
            | "n"
            | "s"
            | "t"
            | "c"
            | "qu"
            | "jusqu"
            | "lorsqu"
            | "puisqu"
            | "quoiqu"
            | "aujourd"
            | "presqu"
            | "quelqu"
    )
}

const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

fn digits_at(b: &[u8], i: usize, to: usize) -> usize {
    let mut j = i;
    while j < to && b[j].is_ascii_digit() {
        j += 1;
    }
    j - i
}

/// Scans a number starting at `i`: digits, thousands groups (space, no-break space, narrow
/// no-break space, dot; comma only when several groups follow), then a decimal part.
fn scan_number(b: &[u8], text: &str, i: usize, to: usize, english: bool) -> (usize, bool, bool) {
    let first = digits_at(b, i, to);
    let mut j = i + first;
    let mut grouped = false;
    if first <= 3 {
        // the separator kind must stay the same across groups
        let mut sep_kind: Option<char> = None;
        while let Some(c) = text[j..to].chars().next() {
            let is_space = SPACES.contains(&c);
            if !(is_space || c == '.' || c == ',') || (english && c == '.') {
                break;
            }
            if sep_kind.is_some_and(|k| k != c) {
                break;
            }
            let k = j + c.len_utf8();
            if digits_at(b, k, to) != 3 {
                break;
            }
            // a dot or comma followed by 3 digits and then a decimal part of another kind
            let after = k + 3;
            if c == ',' {
                // French: "12,345" is a decimal; only "1,234,567" groups
                let next_is_group =
                    after < to && b[after] == b',' && digits_at(b, after + 1, to) == 3;
                if !english && !next_is_group && sep_kind.is_none() {
                    break;
                }
            }
            if is_space
                && after < to
                && (b[after] == b',' || b[after] == b'.')
                && digits_at(b, after + 1, to) > 0
            {
                // "1 234 567,89": fine, decimal follows
            }
            sep_kind = Some(c);
            grouped = true;
            j = after;
        }
    }
    let mut decimal = false;
    if j + 1 < to && (b[j] == b',' || b[j] == b'.') {
        let sep = b[j];
        let used_as_group = grouped && SPACES.iter().all(|s| (*s as u32) != sep as u32) && {
            // if groups used '.', a '.' cannot be the decimal mark
            let g = &text[i..j];
            g.contains(sep as char)
        };
        let nd = digits_at(b, j + 1, to);
        if nd > 0 && !used_as_group {
            j += 1 + nd;
            decimal = true;
        }
    }
    (j, grouped, decimal)
}

/// Canonical digits: group separators dropped, decimal mark as '.'.
fn canon_number(s: &str, grouped: bool, decimal: bool, buf: &mut String) {
    let dec_pos = if decimal { s.rfind([',', '.']) } else { None };
    for (k, c) in s.char_indices() {
        if c.is_ascii_digit() {
            buf.push(c);
        } else if Some(k) == dec_pos {
            buf.push('.');
        }
    }
    let _ = grouped;
}

/// Lowercases, strips French accents, straightens apostrophes.
pub(crate) fn fold_into(s: &str, buf: &mut String) {
    for c in s.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => buf.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => buf.push('e'),
            'î' | 'ï' | 'í' | 'Î' | 'Ï' => buf.push('i'),
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' => buf.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => buf.push('u'),
            'ç' | 'Ç' => buf.push('c'),
            'œ' | 'Œ' => buf.push_str("oe"),
            'æ' | 'Æ' => buf.push_str("ae"),
            'ÿ' => buf.push('y'),
            '’' | 'ʼ' | '‘' => buf.push('\''),
            c if is_mark(c) => {}
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(t: &str) -> String {
        let l = Lexed::new(t, &[]);
        (0..l.len())
            .map(|i| format!("{}{}", if l.gap(i) { " " } else { "" }, l.n(i)))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn lexes_numbers_and_words() {
        expect_test::expect![[r#" plus| de| 5000| djihadistes| 839000| 8.5| 1.15| million| 10000| 40000| 12.345| 1234567.89| 2016| 100"#]]
            .assert_eq(&show("Plus de 5 000 djihadistes 839.000 8,5 1,15 million 10\u{a0}000 40\u{202f}000 12,345 1 234 567,89 2016 100"));
        expect_test::expect![[
            r#" quatre|-|vingt|-|dix|-|neuf| jusqu'|a| l'|an| aujourd'|hui| 18|h|30| 1|er| 10|%"#
        ]]
        .assert_eq(&show(
            "quatre-vingt-dix-neuf jusqu’à l'an aujourd'hui 18h30 1er 10%",
        ));
    }
}
