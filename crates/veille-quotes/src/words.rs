//! The units the extractor works on: words (with French elisions split off and hyphenated
//! clitics kept whole, so "a-t-il" and "conclut-il" are one unit), punctuation and quotation
//! marks, plus sentence ranges over them. One linear pass, one lowercase buffer for the whole
//! text (no allocation per word).

use veille_core::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
    /// A quotation mark.
    Mark(char),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub s: u32,
    pub e: u32,
    pub kind: Kind,
    /// Offsets of the lowercase form in `Words::lower`.
    ls: u32,
    le: u32,
}

/// Words of a text and its sentences (as half-open word ranges).
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub w: Vec<Word>,
    lower: String,
    pub sents: Vec<(usize, usize)>,
    /// Sentence index of each word.
    pub sent_of: Vec<u32>,
    /// Whether each word is capitalized (`is_cap`, asked many times per word).
    cap: Vec<bool>,
}

pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '"' | '‹' | '›' | '„')
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Words that open a sentence and are never the tail of a camel-cased name: a word glued to
/// one of them is a heading or caption run into the next sentence.
const GLUED_OPENERS: &[&str] = &[
    "Celui", "Celle", "Ceux", "Cette", "Selon", "Dans", "Depuis", "Lors", "Mais", "Pourtant",
    "Alors", "Ainsi", "Il", "Elle", "Ils", "Elles", "Le", "La", "Les", "Un", "Une", "Des", "En",
    "Sur", "Pour", "Après",
];

/// Is `stem` (any case) an elided word ("l", "Qu", "jusqu")? Without allocating: the
/// elisions are ASCII.
fn elided(stem: &str) -> bool {
    ELIDED.iter().any(|e| e.eq_ignore_ascii_case(stem))
}

/// An acronym of three capitals or more glued to a capitalized word of two lowercase letters
/// or more: a heading or caption run into the next sentence ("Réforme de la SNCFEmmanuel
/// Macron", "sur BFMTVDeux jours"); a hyphen may come between ("UFC-Que Choisir" is cut
/// too). Not Roman numerals ("XIIème").
fn caps_glued(caps: &str, rest: &str) -> bool {
    let mut r = rest.chars();
    r.next();
    caps.chars().filter(|c| c.is_uppercase()).count() >= 3
        && caps.chars().all(|c| c.is_uppercase() || c == '-')
        && r.take(2).all(char::is_lowercase)
        && !caps.chars().all(|c| "IVXLCDM".contains(c))
}

/// A word in capitals, three letters or more: a heading's last word ("ZONES PIÉTONSLa maire").
fn all_caps(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(char::is_uppercase)
}

const ELIDED: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

impl<'a> Words<'a> {
    /// Scans `text`; sentence spans from the tokenizer layer are used when given, else an
    /// internal splitter (French abbreviations, glued sentences "fin.Début").
    pub fn new(text: &'a str, sentences: &[Span]) -> Words<'a> {
        let mut w: Vec<Word> = Vec::with_capacity(text.len() / 5 + 1);
        let mut lower = String::with_capacity(text.len() + 16);
        let bytes = text.as_bytes();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if c.is_alphanumeric() {
                let mut end = i + c.len_utf8();
                let mut digits = c.is_numeric();
                let mut lower_run = usize::from(c.is_lowercase());
                while let Some(&(j, d)) = it.peek() {
                    if d.is_uppercase()
                        && (lower_run >= 5
                            || digits
                            || caps_glued(&text[i..j], &text[j..])
                            || (lower_run >= 2 || all_caps(&text[i..j])) && {
                                // "par France InterCelui qui dirige": a function word that opens
                                // sentences, glued to a short name or a heading in capitals
                                let rest = &text[j..];
                                let n = rest
                                    .find(|x: char| !x.is_alphabetic())
                                    .unwrap_or(rest.len());
                                GLUED_OPENERS.contains(&&rest[..n])
                            })
                        && {
                            // a heading glued to the next paragraph: "surpeupléeUn", "saisiesEn",
                            // "par Europe 1L'Agence", "en 2020Le" (not "20Minutes")
                            let mut after = text[j + d.len_utf8()..].chars();
                            let next = after.next();
                            next.is_some_and(is_apos)
                                || next.is_some_and(char::is_lowercase) && (!digits || j - i >= 4)
                        }
                    {
                        break;
                    } else if d.is_alphanumeric() {
                        lower_run = if d.is_lowercase() { lower_run + 1 } else { 0 };
                        digits &= d.is_numeric();
                        end = j + d.len_utf8();
                        it.next();
                    } else if digits
                        && (d == '.' || d == ',')
                        && text[j + 1..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_ascii_digit())
                    {
                        // "32.300", "8,5"
                        end = j + 1;
                        it.next();
                    } else if (d == '-' || is_apos(d))
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                    {
                        if is_apos(d) && elided(&text[i..j]) {
                            // split the elision off: "l'", "qu'"
                            end = j + d.len_utf8();
                            it.next();
                            break;
                        }
                        digits = false;
                        lower_run = 0;
                        end = j + d.len_utf8();
                        it.next();
                    } else if is_apos(d) && text[i..j].chars().count() <= 6 {
                        if elided(&text[i..j]) {
                            end = j + d.len_utf8();
                            it.next();
                        }
                        break;
                    } else {
                        break;
                    }
                }
                let ls = lower.len() as u32;
                let word = &text[i..end];
                if word.is_ascii() {
                    // (most words: no per-char Unicode case mapping)
                    lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else {
                    for lc in word.chars().flat_map(char::to_lowercase) {
                        lower.push(if lc == '’' { '\'' } else { lc });
                    }
                }
                w.push(Word {
                    s: i as u32,
                    e: end as u32,
                    kind: if digits { Kind::Num } else { Kind::Word },
                    ls,
                    le: lower.len() as u32,
                });
            } else {
                let kind = if is_mark(c) {
                    Kind::Mark(c)
                } else {
                    Kind::Punct(c)
                };
                w.push(Word {
                    s: i as u32,
                    e: (i + c.len_utf8()) as u32,
                    kind,
                    ls: 0,
                    le: 0,
                });
            }
        }
        let _ = bytes;
        let mut words = Words {
            text,
            w,
            lower,
            sents: Vec::new(),
            sent_of: Vec::new(),
            cap: Vec::new(),
        };
        words.cap = (0..words.w.len()).map(|i| words.capitalized(i)).collect();
        let sents = if sentences.is_empty() {
            words.split_sentences()
        } else {
            words.map_sentences(sentences)
        };
        words.sents = words.split_glued(sents);
        let mut sent_of = vec![0u32; words.w.len()];
        for (k, &(a, b)) in words.sents.iter().enumerate() {
            for s in &mut sent_of[a..b] {
                *s = k as u32;
            }
        }
        words.sent_of = sent_of;
        words
    }

    pub fn len(&self) -> usize {
        self.w.len()
    }

    /// Lowercase form of word `i` ("" for punctuation or out of range).
    pub fn lw(&self, i: usize) -> &str {
        self.w
            .get(i)
            .and_then(|w| self.lower.get(w.ls as usize..w.le as usize))
            .unwrap_or("")
    }

    /// Original text of word `i`.
    pub fn tx(&self, i: usize) -> &str {
        self.w
            .get(i)
            .and_then(|w| self.text.get(w.s as usize..w.e as usize))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.w.get(i).map(|w| w.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Word))
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    /// Starts with an uppercase letter (or is an "al-Saleh" style particle name).
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    /// `is_cap` computed: the first letter is upper-case ("Macron", "al-Assad").
    fn capitalized(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let t = self.tx(i);
        if t.ends_with('\'') || t.ends_with('’') {
            return false; // "C'", "L'": elided function words
        }
        let mut cs = t.chars();
        match cs.next() {
            Some(c) if c.is_uppercase() => true,
            // (only "al-Assad"-like names are capitalized after a lowercase particle: skip
            // the prefix scan for the many words without an early hyphen)
            Some(_) if !t.as_bytes().iter().take(5).any(|&b| b == b'-') => false,
            Some(_) => {
                for p in [
                    "al-", "el-", "ad-", "as-", "an-", "ash-", "ar-", "ibn-", "abu-",
                ] {
                    if let Some(rest) = t.strip_prefix(p) {
                        return rest.chars().next().is_some_and(char::is_uppercase);
                    }
                }
                false
            }
            None => false,
        }
    }

    /// Whitespace (or nothing) between word `i-1` and word `i`.
    pub fn space_before(&self, i: usize) -> bool {
        if i == 0 || i >= self.w.len() {
            return true;
        }
        self.w[i - 1].e < self.w[i].s
    }

    pub fn space_after(&self, i: usize) -> bool {
        if i + 1 >= self.w.len() {
            return true;
        }
        self.w[i].e < self.w[i + 1].s
    }

    /// A paragraph break (newline) between word `i-1` and `i`.
    pub fn newline_before(&self, i: usize) -> bool {
        if i == 0 || i >= self.w.len() {
            return false;
        }
        self.text
            .get(self.w[i - 1].e as usize..self.w[i].s as usize)
            .is_some_and(|g| g.contains('\n'))
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.w.len() {
            return Span::new(0, 0);
        }
        Span::new(self.w[a].s, self.w[b - 1].e)
    }

    fn split_sentences(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let n = self.w.len();
        for i in 0..n {
            let end_here = match self.w[i].kind {
                Kind::Punct('.') | Kind::Punct('!') | Kind::Punct('?') | Kind::Punct('…') => {
                    let abbrev = self.w[i].kind == Kind::Punct('.')
                        && i > 0
                        && self.w[i - 1].e == self.w[i].s
                        && is_abbrev(self.tx(i - 1));
                    let next = i + 1;
                    !abbrev
                        && (next >= n
                            || self.tx(next).chars().next().is_some_and(char::is_uppercase)
                            || matches!(self.w[next].kind, Kind::Mark(_))
                            || (self.w[next].kind == Kind::Num && self.space_before(next))
                            || self.newline_before(next))
                        // "…" inside a sentence followed by lowercase stays
                        && !(next < n && self.is_punct(next, '.'))
                }
                _ => i + 1 < n && self.newline_before(i + 1),
            };
            if end_here {
                // a closing quotation mark right after the period belongs to this sentence
                let mut e = i + 1;
                if e < n
                    && (matches!(self.w[e].kind, Kind::Mark(c) if c == '»' || c == '”')
                        || (self.w[e].kind == Kind::Mark('"')
                            && !self.space_before(e)
                            && (self.space_after(e)
                                || !matches!(self.w.get(e + 1).map(|w| w.kind), Some(Kind::Word)))))
                {
                    e += 1;
                }
                if e > start {
                    out.push((start, e));
                }
                start = e;
            }
        }
        if start < n {
            out.push((start, n));
        }
        // merge the zero-length leftovers created by the mark rule
        out.retain(|&(a, b)| a < b);
        out
    }

    /// Is there a paragraph boundary glued without a space before word `i`? "vol.Une" (a
    /// lowercase word, a period, a capitalized word) or "surpeupléeUn" (a heading run into the
    /// next paragraph, split into two words by the scanner).
    fn glued_boundary(&self, i: usize) -> bool {
        if i < 2 || i >= self.w.len() || self.space_before(i) {
            return false;
        }
        // 'corvée".La CGT', 'Intérieur"."Soutenir': a period glued between a closing mark and
        // the next sentence
        if self.is_punct(i - 1, '.')
            && !self.space_before(i - 1)
            && matches!(self.kind(i - 2), Some(Kind::Mark(_)))
            && !self.space_before(i - 2)
            && (self.is_cap(i) || matches!(self.kind(i), Some(Kind::Mark(_))))
        {
            return true;
        }
        if !self.is_word(i) {
            return false;
        }
        if !self.tx(i).chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let lower_word = |k: usize| {
            self.is_word(k) && {
                let t = self.tx(k);
                t.chars().count() >= 2 && t.chars().all(|c| c.is_lowercase() || c == '-')
            }
        };
        if self.is_word(i - 1) {
            return self
                .tx(i - 1)
                .chars()
                .last()
                .is_some_and(char::is_lowercase)
                && !self.tx(i - 1).ends_with('\'');
        }
        // ('à l'AFP.Grimés en blanc': an acronym or a name before the period, then a word
        // in lowercase after its capital)
        let name_word = |k: usize| {
            self.is_word(k) && {
                let t = self.tx(k);
                t.chars().count() >= 2 && t.chars().all(char::is_alphabetic)
            }
        };
        let capitalized = {
            let mut cs = self.tx(i).chars().skip(1);
            cs.next().is_some_and(char::is_lowercase) && cs.all(char::is_lowercase)
        };
        self.is_punct(i - 1, '.')
            && !self.space_before(i - 1)
            && (lower_word(i - 2) || (name_word(i - 2) && capitalized))
    }

    /// Splits sentences at glued paragraph boundaries the sentence splitter kept together.
    fn split_glued(&self, sents: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(sents.len());
        for (a, b) in sents {
            let mut s = a;
            for i in a + 1..b {
                if self.glued_boundary(i) {
                    out.push((s, i));
                    s = i;
                }
            }
            out.push((s, b));
        }
        out
    }

    fn map_sentences(&self, spans: &[Span]) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(spans.len());
        let mut i = 0;
        let n = self.w.len();
        for sp in spans {
            while i < n && self.w[i].e <= sp.start {
                i += 1;
            }
            let a = i;
            while i < n && self.w[i].s < sp.end {
                i += 1;
            }
            if i > a {
                out.push((a, i));
            }
        }
        // words outside every sentence span are attached to a sentence of their own
        if out.is_empty() && n > 0 {
            return self.split_sentences();
        }
        let mut fixed = Vec::with_capacity(out.len());
        let mut prev = 0;
        for (a, b) in out {
            if a > prev {
                fixed.push((prev, a));
            }
            fixed.push((a, b));
            prev = b;
        }
        if prev < n {
            fixed.push((prev, n));
        }
        fixed
    }
}

fn is_abbrev(w: &str) -> bool {
    let n = w.chars().count();
    (n == 1 && w.chars().all(char::is_uppercase))
        || matches!(
            w,
            "M" | "MM"
                | "Mme"
                | "Mmes"
                | "Mlle"
                | "Dr"
                | "Pr"
                | "Me"
                | "Mgr"
                | "St"
                | "Ste"
                | "av"
                | "etc"
                | "cf"
                | "vol"
                | "p"
                | "n°"
                | "No"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Jr"
                | "Sr"
                | "Gen"
                | "Gov"
                | "Sen"
                | "Rep"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Inc"
                | "Corp"
                | "Ltd"
                | "Co"
                | "vs"
                | "env"
                | "hab"
                | "min"
                | "max"
                | "art"
                | "ex"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(t: &str) -> String {
        let w = Words::new(t, &[]);
        let mut out = String::new();
        for &(a, b) in &w.sents {
            let parts: Vec<&str> = (a..b).map(|i| w.tx(i)).collect();
            out.push_str(&parts.join("|"));
            out.push('\n');
        }
        out
    }

    #[test]
    fn elisions_clitics_and_sentences() {
        expect_test::expect![[r#"
            "|Les|rebelles|n'|avaient|pas|le|choix|"|,|a-t-il|dit|à|M|.|al-Saleh|.
            Fin|.
            Début|d’|Alep|aujourd'hui|qu'|il|conclut-il|.
            Pour|vol|.
            Une|prison|surpeuplée
            Un|jour|.
        "#]]
        .assert_eq(&render(
            "\"Les rebelles n'avaient pas le choix\", a-t-il dit à M. al-Saleh. Fin.Début d’Alep aujourd'hui qu'il conclut-il. Pour vol.Une prison surpeupléeUn jour.",
        ));
    }
}
