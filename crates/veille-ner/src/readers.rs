//! Readers for the French NER corpora: WikiANN, CoNLL-U-style, HIPE TSV and Europeana BIO.
//!
//! Every reader maps the corpus' types to PER/LOC/ORG/MISC (`pers`→PER, `loc`→LOC, `org`→ORG,
//! `prod`/`HumanProd`/`misc`→MISC; `time`, `comp` and unknown types are dropped to `O`), repairs
//! IOB1 to IOB2, and reports malformed lines as `file:line: reason` warnings, skipping them.

use crate::tags::Tag;
use crate::Error;
use std::collections::BTreeSet;
use std::path::Path;
use veille_core::layers::EntityType;

/// Input layouts understood by [`read_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `fr:token<TAB>TAG`, blank line between sentences.
    WikiAnn,
    /// `index<TAB>token<TAB>TAG` (or `token<TAB>TAG`), blank line between sentences, `#` comments.
    Conllu,
    /// HIPE-2020/2022 TSV: header, `#` comments, NE-COARSE-LIT in column 2, sentence ends
    /// flagged `EndOfSentence`/`PySBDSegment` in MISC.
    Hipe,
    /// Europeana `token TAG` (IOB1, no sentence breaks: split after `.`, `!`, `?`).
    Bio,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "wikiann" => Format::WikiAnn,
            "conllu" | "conll" | "tsv" => Format::Conllu,
            "hipe" => Format::Hipe,
            "bio" | "europeana" => Format::Bio,
            _ => return None,
        })
    }
}

/// One gold sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
    /// Document number within the corpus (0 when the format has no documents).
    pub doc: u32,
}

/// A read corpus with the entity types its gold uses and the malformed lines skipped.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub sentences: Vec<Sentence>,
    pub types: BTreeSet<EntityType>,
    pub warnings: Vec<String>,
}

impl Corpus {
    pub fn n_tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// Reads a corpus file.
///
/// # Errors
/// The file cannot be read or is not UTF-8.
pub fn read_file(path: &Path, format: Format) -> Result<Corpus, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    Ok(read_str(&text, format, &path.display().to_string()))
}

/// Maps a corpus type name to ours; `None` drops the span to `O`.
pub fn map_type(name: &str) -> Option<EntityType> {
    let lower = name.to_ascii_lowercase();
    let base = lower.split('.').next().unwrap_or("");
    match base {
        "per" | "pers" | "person" => Some(EntityType::PER),
        "loc" | "location" | "gpe" => Some(EntityType::LOC),
        "org" | "organization" | "organisation" => Some(EntityType::ORG),
        "misc" | "prod" | "humanprod" => Some(EntityType::MISC),
        _ => None,
    }
}

/// Raw tag as in the file: `Ok(None)` for `O`, `Ok(Some((is_begin, type)))`, `Err` if
/// unparseable. Dropped types come back as `O`.
fn parse_raw_tag(tag: &str) -> Result<Option<(bool, EntityType)>, String> {
    let tag = tag.trim();
    if tag == "O" || tag == "_" {
        return Ok(None);
    }
    let (prefix, ty) = tag
        .split_once('-')
        .ok_or_else(|| format!("unparseable tag {tag:?}"))?;
    let begin = match prefix {
        "B" | "S" => true,
        "I" | "E" => false,
        _ => return Err(format!("unparseable tag {tag:?}")),
    };
    if ty.is_empty() {
        return Err(format!("unparseable tag {tag:?}"));
    }
    match map_type(ty) {
        Some(t) => Ok(Some((begin, t))),
        None if DROPPED.contains(&ty.to_ascii_lowercase().split('.').next().unwrap_or("")) => {
            Ok(None)
        }
        None => Err(format!("unknown entity type in tag {tag:?}")),
    }
}

/// Corpus types that are not named entities in our scheme: tagged `O` silently.
const DROPPED: &[&str] = &["time", "date", "comp", "event", "num"];

struct Builder<'a> {
    name: &'a str,
    corpus: Corpus,
    tokens: Vec<String>,
    tags: Vec<Tag>,
    doc: u32,
}

impl<'a> Builder<'a> {
    fn new(name: &'a str) -> Self {
        Builder {
            name,
            corpus: Corpus::default(),
            tokens: Vec::new(),
            tags: Vec::new(),
            doc: 0,
        }
    }
    fn warn(&mut self, line: usize, msg: impl AsRef<str>) {
        self.corpus
            .warnings
            .push(format!("{}:{}: {}", self.name, line, msg.as_ref()));
    }
    /// Adds a token; IOB1 `I-X` after anything but `X` becomes `B-X`.
    fn push(&mut self, token: &str, raw: Option<(bool, EntityType)>) {
        let tag = match raw {
            None => Tag::O,
            Some((begin, t)) => {
                let prev = self.tags.last().and_then(|p| p.entity_type());
                if begin || prev != Some(t) {
                    Tag::B(t)
                } else {
                    Tag::I(t)
                }
            }
        };
        if let Some(t) = tag.entity_type() {
            self.corpus.types.insert(t);
        }
        self.tokens.push(token.to_string());
        self.tags.push(tag);
    }
    fn flush(&mut self) {
        if !self.tokens.is_empty() {
            self.corpus.sentences.push(Sentence {
                tokens: std::mem::take(&mut self.tokens),
                tags: std::mem::take(&mut self.tags),
                doc: self.doc,
            });
        }
    }
}

/// Parses corpus text; `name` prefixes warnings (`name:line: ...`).
pub fn read_str(text: &str, format: Format, name: &str) -> Corpus {
    let mut b = Builder::new(name);
    let mut hipe_header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if format != Format::Bio {
                b.flush();
            }
            continue;
        }
        match format {
            Format::WikiAnn | Format::Conllu => {
                if format == Format::Conllu && line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                let (token, tag) = match (format, cols.len()) {
                    (Format::WikiAnn, 2) => (cols[0], cols[1]),
                    (Format::Conllu, 2) => (cols[0], cols[1]),
                    (Format::Conllu, n) if n >= 3 => (cols[1], cols[n - 1]),
                    _ => {
                        b.warn(
                            lineno,
                            format!("expected token<TAB>tag, got {} column(s)", cols.len()),
                        );
                        continue;
                    }
                };
                let token = if format == Format::WikiAnn {
                    token.split_once(':').map_or(token, |(lang, t)| {
                        if lang.len() <= 3 && !t.is_empty() {
                            t
                        } else {
                            token
                        }
                    })
                } else {
                    token
                };
                if token.is_empty() {
                    b.warn(lineno, "empty token");
                    continue;
                }
                match parse_raw_tag(tag) {
                    Ok(raw) => b.push(token, raw),
                    Err(e) => b.warn(lineno, e),
                }
            }
            Format::Hipe => {
                if line.starts_with('#') {
                    if line.contains("document_id") {
                        b.flush();
                        b.doc += 1;
                    }
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if !hipe_header_seen && cols.first() == Some(&"TOKEN") {
                    hipe_header_seen = true;
                    continue;
                }
                if cols.len() < 2 {
                    b.warn(
                        lineno,
                        format!("expected at least 2 columns, got {}", cols.len()),
                    );
                    continue;
                }
                if cols[0].is_empty() {
                    b.warn(lineno, "empty token");
                    continue;
                }
                match parse_raw_tag(cols[1]) {
                    Ok(raw) => b.push(cols[0], raw),
                    Err(e) => {
                        b.warn(lineno, e);
                        continue;
                    }
                }
                let misc = cols.last().copied().unwrap_or("");
                if misc
                    .split('|')
                    .any(|f| f == "EndOfSentence" || f == "PySBDSegment")
                {
                    b.flush();
                }
            }
            Format::Bio => {
                let Some((token, tag)) = line.rsplit_once([' ', '\t']) else {
                    b.warn(lineno, "expected `token TAG`");
                    continue;
                };
                if token.is_empty() {
                    b.warn(lineno, "empty token");
                    continue;
                }
                match parse_raw_tag(tag) {
                    Ok(raw) => {
                        b.push(token, raw);
                        if raw.is_none() && matches!(token, "." | "!" | "?" | "…") {
                            b.flush();
                        }
                    }
                    Err(e) => b.warn(lineno, e),
                }
            }
        }
    }
    b.flush();
    b.corpus
}

/// Reads pre-tokenized text: one token per line (only the first tab-separated column is used),
/// blank line between sentences.
pub fn read_tokens(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let tok = line.split('\t').next().unwrap_or(line);
        cur.push(tok.to_string());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(c: &Corpus) -> String {
        let mut s = String::new();
        for sent in &c.sentences {
            let parts: Vec<String> = sent
                .tokens
                .iter()
                .zip(&sent.tags)
                .map(|(w, t)| format!("{w}/{t}"))
                .collect();
            s.push_str(&format!("[{}] {}\n", sent.doc, parts.join(" ")));
        }
        for w in &c.warnings {
            s.push_str(&format!("warning: {w}\n"));
        }
        let types: Vec<&str> = c.types.iter().map(|t| t.as_str()).collect();
        s.push_str(&format!("types: {}\n", types.join(",")));
        s
    }

    #[test]
    fn wikiann() {
        let c = read_str(
            "fr:Alep\tB-LOC\nfr:est\tO\nbad line\n\nfr:Zaid\tB-PER\nfr:al-Saleh\tI-PER\n",
            Format::WikiAnn,
            "w",
        );
        expect_test::expect![[r#"
            [0] Alep/B-LOC est/O
            [0] Zaid/B-PER al-Saleh/I-PER
            warning: w:3: expected token<TAB>tag, got 1 column(s)
            types: PER,LOC
        "#]]
        .assert_eq(&render(&c));
    }

    #[test]
    fn conllu() {
        let c = read_str(
            "# c\n0\tLa\tO\n1\tCIA\tB-ORG\n2\tx\tB-FOO\n3\tagit\tI-MISC\n",
            Format::Conllu,
            "c",
        );
        expect_test::expect![[r#"
            [0] La/O CIA/B-ORG agit/B-MISC
            warning: c:4: unknown entity type in tag "B-FOO"
            types: ORG,MISC
        "#]]
        .assert_eq(&render(&c));
    }

    #[test]
    fn hipe() {
        let text = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tMISC\n# document_id = a\nEn\tB-time\tO\t_\n1887\tI-time\tO\t_\nla\tO\tO\t_\nSociété\tB-org\tO\t_\nsuisse\tI-org\tO\tPySBDSegment\nDamas\tB-loc\tO\t_\n# document_id = b\nM.\tB-pers\tO\t_\nX\tI-pers\tO\tEndOfSentence\n";
        let c = read_str(text, Format::Hipe, "h");
        expect_test::expect![[r#"
            [1] En/O 1887/O la/O Société/B-ORG suisse/I-ORG
            [1] Damas/B-LOC
            [2] M./B-PER X/I-PER
            types: PER,ORG,LOC
        "#]]
        .assert_eq(&render(&c));
    }

    #[test]
    fn europeana_iob1() {
        let c = read_str(
            "Emmanuel I-PER\nDESOLES I-PER\nà O\nParis I-LOC\n. O\nLyon I-LOC\nI-LOC\n",
            Format::Bio,
            "b",
        );
        expect_test::expect![[r#"
            [0] Emmanuel/B-PER DESOLES/I-PER à/O Paris/B-LOC ./O
            [0] Lyon/B-LOC
            warning: b:7: expected `token TAG`
            types: PER,LOC
        "#]]
        .assert_eq(&render(&c));
    }
}
