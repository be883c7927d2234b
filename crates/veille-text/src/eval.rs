//! Scoring the tokenizer and the sentence splitter against Universal Dependencies French
//! (Sequoia, GSD) in CoNLL-U.
//!
//! Method, per `.conllu` file:
//! - the `# text =` lines of the file's sentences are joined with a single space (the
//!   harder, fair choice: a newline would give every boundary away, since a line break ends
//!   a sentence) into one text, which is tokenized and split;
//! - gold tokens are the *surface* tokens: a multi-word range line (`3-4 du`) counts with its
//!   own form and its sub-words are skipped; each form is located in the sentence text after
//!   the previous one (whitespace skipped), giving byte offsets into the joined text;
//! - token F1 is the exact match of (start, end) offsets; sentence-boundary F1 is the exact
//!   match of sentence end offsets (the end of the text included).
//!
//! Sentences whose forms cannot be aligned with their text (rare annotation quirks) are left
//! out of both scores, gold and predicted, and counted in the report.

use crate::Error;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use veille_core::metrics::Counts;

/// What to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Tokens,
    Sentences,
    Both,
}

/// How the sentences of a file are joined into one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    /// Always a single space: the strictest; headings and list items (which UD keeps as
    /// sentences without final punctuation) then run into the next sentence.
    Space,
    /// Always a newline: gives most boundaries away; measures false splits.
    Newline,
    /// A space after a sentence ending in `.`, `!`, `?`, `…` (closing quotes or brackets
    /// allowed after it), a newline otherwise: how such sentences are laid out in the source
    /// documents (headings, list items, table cells are lines of their own). The default.
    Layout,
}

impl Joiner {
    fn separator_after(self, sentence: &str) -> &'static str {
        match self {
            Joiner::Space => " ",
            Joiner::Newline => "\n",
            Joiner::Layout => {
                let t =
                    sentence.trim_end_matches(['»', '"', '”', ')', ']', '\'', '’', ' ', '\u{a0}']);
                if t.ends_with(['.', '!', '?', '…']) {
                    " "
                } else {
                    "\n"
                }
            }
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Joiner::Space => "a single space",
            Joiner::Newline => "a newline",
            Joiner::Layout => {
                "a space after final punctuation (. ! ? …), else a newline (headings, list items)"
            }
        }
    }
}

/// One UD sentence: its text and its gold surface tokens (byte offsets into the text).
#[derive(Debug, Clone)]
pub struct UdSentence {
    pub id: String,
    pub text: String,
    /// `None` when the forms could not be aligned with the text.
    pub tokens: Option<Vec<(u32, u32)>>,
}

/// Scores of one file.
#[derive(Debug, Clone)]
pub struct FileScore {
    pub name: String,
    pub sentences: usize,
    pub skipped: usize,
    pub bytes: usize,
    pub tokens: Counts,
    pub boundaries: Counts,
}

/// A printable evaluation report, per file and overall.
#[derive(Debug, Clone)]
pub struct Report {
    pub which: Which,
    pub joiner: Joiner,
    pub files: Vec<FileScore>,
}

impl Report {
    /// Sum over the files whose name matches `pred`.
    pub fn total(&self, pred: impl Fn(&str) -> bool) -> FileScore {
        let mut t = FileScore {
            name: String::new(),
            sentences: 0,
            skipped: 0,
            bytes: 0,
            tokens: Counts::default(),
            boundaries: Counts::default(),
        };
        for f in self.files.iter().filter(|f| pred(&f.name)) {
            t.sentences += f.sentences;
            t.skipped += f.skipped;
            t.bytes += f.bytes;
            t.tokens.add(f.tokens);
            t.boundaries.add(f.boundaries);
        }
        t
    }

    /// The figure the bar is set on: Sequoia + GSD dev and test files.
    pub fn dev_test(&self) -> FileScore {
        self.total(|n| n.contains("-dev") || n.contains("-test"))
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let joiner = self.joiner.describe();
        writeln!(
            f,
            "UD French, sentences of each file joined with {joiner}; exact byte-span match"
        )?;
        let line = |f: &mut fmt::Formatter<'_>, s: &FileScore| -> fmt::Result {
            write!(f, "{:<34} {:>5} sent", s.name, s.sentences)?;
            if s.skipped > 0 {
                write!(f, " ({} unaligned)", s.skipped)?;
            }
            writeln!(f)?;
            if self.which != Which::Sentences {
                writeln!(f, "    tokens     {}", s.tokens.summary())?;
            }
            if self.which != Which::Tokens {
                writeln!(f, "    sentences  {}", s.boundaries.summary())?;
            }
            Ok(())
        };
        for file in &self.files {
            line(f, file)?;
        }
        let mut all = self.total(|_| true);
        all.name = "ALL FILES".into();
        line(f, &all)?;
        let mut dt = self.dev_test();
        dt.name = "DEV+TEST (the bar)".into();
        line(f, &dt)
    }
}

/// Reads one CoNLL-U file into sentences with aligned surface tokens.
///
/// # Errors
/// When the file cannot be read.
pub fn read_conllu(path: &Path) -> Result<Vec<UdSentence>, Error> {
    let data = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_conllu(&data))
}

/// Parses CoNLL-U text (see [`read_conllu`]).
pub fn parse_conllu(data: &str) -> Vec<UdSentence> {
    let mut out = Vec::new();
    let mut id = String::new();
    let mut text: Option<String> = None;
    let mut forms: Vec<&str> = Vec::new();
    let mut skip_until = 0u32;
    let mut flush = |id: &mut String, text: &mut Option<String>, forms: &mut Vec<&str>| {
        if let Some(t) = text.take() {
            let tokens = align(&t, forms);
            out.push(UdSentence {
                id: std::mem::take(id),
                text: t,
                tokens,
            });
        }
        forms.clear();
    };
    for line in data.lines() {
        if line.trim().is_empty() {
            flush(&mut id, &mut text, &mut forms);
            skip_until = 0;
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            let rest = rest.trim_start();
            if let Some(t) = rest.strip_prefix("text =") {
                text = Some(t.trim().to_string());
            } else if let Some(s) = rest.strip_prefix("sent_id =") {
                id = s.trim().to_string();
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(idc), Some(form)) = (cols.next(), cols.next()) else {
            continue;
        };
        if idc.contains('.') {
            continue; // empty node
        }
        if let Some((a, b)) = idc.split_once('-') {
            if let (Ok(_), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) {
                skip_until = b;
                forms.push(form);
            }
            continue;
        }
        if let Ok(n) = idc.parse::<u32>() {
            if n <= skip_until {
                continue;
            }
            forms.push(form);
        }
    }
    flush(&mut id, &mut text, &mut forms);
    out
}

/// Locates each form in `text` in order; `None` if one is not where expected.
fn align(text: &str, forms: &[&str]) -> Option<Vec<(u32, u32)>> {
    let mut pos = 0usize;
    let mut spans = Vec::with_capacity(forms.len());
    for form in forms {
        let rest = text.get(pos..)?;
        let trimmed = rest.trim_start();
        pos += rest.len() - trimmed.len();
        if !trimmed.starts_with(form) {
            return None;
        }
        spans.push((pos as u32, (pos + form.len()) as u32));
        pos += form.len();
    }
    if !text[pos..].trim().is_empty() {
        return None;
    }
    Some(spans)
}

/// A file's sentences joined into one text, with gold tokens and sentence ends, and the
/// byte ranges of unaligned sentences (excluded from scoring).
pub struct Joined {
    pub text: String,
    pub gold_tokens: HashSet<(u32, u32)>,
    pub gold_ends: HashSet<u32>,
    pub excluded: Vec<(u32, u32)>,
    pub skipped: usize,
}

/// Joins sentences with `joiner` and shifts their gold offsets.
pub fn join(sentences: &[UdSentence], joiner: Joiner) -> Joined {
    let mut j = Joined {
        text: String::new(),
        gold_tokens: HashSet::new(),
        gold_ends: HashSet::new(),
        excluded: Vec::new(),
        skipped: 0,
    };
    for (k, s) in sentences.iter().enumerate() {
        if k > 0 {
            j.text
                .push_str(joiner.separator_after(&sentences[k - 1].text));
        }
        let base = j.text.len() as u32;
        j.text.push_str(&s.text);
        let end = j.text.len() as u32;
        match &s.tokens {
            Some(toks) => {
                j.gold_tokens
                    .extend(toks.iter().map(|&(a, b)| (a + base, b + base)));
                j.gold_ends.insert(end);
            }
            None => {
                j.excluded.push((base, end));
                j.skipped += 1;
            }
        }
    }
    j
}

fn excluded(ex: &[(u32, u32)], a: u32, b: u32) -> bool {
    ex.iter()
        .any(|&(s, e)| a < e && s < b || (a == e && b == e))
}

/// Scores one file's sentences.
pub fn score(name: &str, sentences: &[UdSentence], joiner: Joiner) -> FileScore {
    let j = join(sentences, joiner);
    let tokens = crate::tokenize(&j.text);
    let sents = crate::split_sentences(&j.text, &tokens);
    let pred_tokens: HashSet<(u32, u32)> = tokens
        .iter()
        .map(|t| (t.span.start, t.span.end))
        .filter(|&(a, b)| !excluded(&j.excluded, a, b))
        .collect();
    let pred_ends: HashSet<u32> = sents
        .iter()
        .map(|s| s.span.end)
        .filter(|&e| !excluded(&j.excluded, e, e))
        .collect();
    FileScore {
        name: name.to_string(),
        sentences: sentences.len(),
        skipped: j.skipped,
        bytes: j.text.len(),
        tokens: Counts::from_sets(&j.gold_tokens, &pred_tokens),
        boundaries: Counts::from_sets(&j.gold_ends, &pred_ends),
    }
}

/// The `.conllu` files under `dir` (recursively one level: `sequoia/`, `gsd/`), sorted.
///
/// # Errors
/// [`Error::NoData`] when there is none.
pub fn ud_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0)];
    while let Some((d, depth)) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() && depth < 2 {
                stack.push((p, depth + 1));
            } else if p.extension().is_some_and(|x| x == "conllu") {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::NoData(dir.to_path_buf()));
    }
    Ok(files)
}

/// Scores every `.conllu` file under `dir` (e.g. `../shared/data/eval/ud-french`), sentences
/// joined as [`Joiner::Layout`] says.
///
/// # Errors
/// [`Error::NoData`] when `dir` holds no CoNLL-U file, [`Error::Io`] when one can't be read.
pub fn run_ud_eval(dir: &Path, what: Which) -> Result<Report, Error> {
    run_ud_eval_with(dir, what, Joiner::Layout)
}

/// [`run_ud_eval`] with a choice of joiner.
///
/// # Errors
/// As [`run_ud_eval`].
pub fn run_ud_eval_with(dir: &Path, what: Which, joiner: Joiner) -> Result<Report, Error> {
    let mut files = Vec::new();
    for path in ud_files(dir)? {
        let sentences = read_conllu(&path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(score(&name, &sentences, joiner));
    }
    Ok(Report {
        which: what,
        joiner,
        files,
    })
}

/// The most frequent token errors of one file, for tuning: `(count, "gold|pred", text)`.
pub fn token_errors(sentences: &[UdSentence], max: usize) -> Vec<(usize, String)> {
    let j = join(sentences, Joiner::Space);
    let tokens = crate::tokenize(&j.text);
    let pred: HashSet<(u32, u32)> = tokens.iter().map(|t| (t.span.start, t.span.end)).collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let slice = |a: u32, b: u32| j.text.get(a as usize..b as usize).unwrap_or("");
    for &(a, b) in &j.gold_tokens {
        if !pred.contains(&(a, b)) {
            // Show the predicted tokens covering this gold token.
            let cover: Vec<&str> = tokens
                .iter()
                .filter(|t| t.span.start < b && a < t.span.end)
                .map(|t| slice(t.span.start, t.span.end))
                .collect();
            *counts
                .entry(format!("gold [{}] pred [{}]", slice(a, b), cover.join("|")))
                .or_default() += 1;
        }
    }
    for t in &tokens {
        let (a, b) = (t.span.start, t.span.end);
        if !j.gold_tokens.contains(&(a, b)) && !excluded(&j.excluded, a, b) {
            let covered = j.gold_tokens.iter().any(|&(x, y)| x < b && a < y);
            if !covered {
                *counts
                    .entry(format!("pred [{}] not in gold", slice(a, b)))
                    .or_default() += 1;
            }
        }
    }
    let mut v: Vec<(usize, String)> = counts.into_iter().map(|(k, c)| (c, k)).collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    v.truncate(max);
    v
}

/// Sentence-boundary errors of one file with context: missed (`FN`) and spurious (`FP`) ends.
pub fn sentence_errors(sentences: &[UdSentence], joiner: Joiner, max: usize) -> Vec<String> {
    let j = join(sentences, joiner);
    let tokens = crate::tokenize(&j.text);
    let sents = crate::split_sentences(&j.text, &tokens);
    let pred: HashSet<u32> = sents.iter().map(|s| s.span.end).collect();
    let ctx = |e: u32| {
        let e = e as usize;
        let mut a = e.saturating_sub(40);
        while !j.text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (e + 40).min(j.text.len());
        while !j.text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}⟂{}", &j.text[a..e], &j.text[e..b]).replace('\n', "⏎")
    };
    let mut out = Vec::new();
    let mut gold: Vec<u32> = j.gold_ends.iter().copied().collect();
    gold.sort_unstable();
    for e in gold {
        if !pred.contains(&e) {
            out.push(format!("FN {}", ctx(e)));
        }
    }
    let mut p: Vec<u32> = pred.iter().copied().collect();
    p.sort_unstable();
    for e in p {
        if !j.gold_ends.contains(&e) && !excluded(&j.excluded, e, e) {
            out.push(format!("FP {}", ctx(e)));
        }
    }
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1
# text = Il parle du chat.
1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
5\tchat\tchat\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = s2
# text = Près de 10 000 personnes.
1\tPrès\tprès\tADV\t_\t_\t4\tadvmod\t_\t_
2\tde\tde\tADP\t_\t_\t1\tfixed\t_\t_
3\t10 000\t10 000\tNUM\t_\t_\t4\tnummod\t_\t_
4\tpersonnes\tpersonne\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
";

    #[test]
    fn reads_surface_tokens_and_scores() {
        let s = parse_conllu(SAMPLE);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens.as_ref().map(Vec::len), Some(5));
        let f = score("sample", &s, Joiner::Space);
        assert_eq!((f.tokens.tp, f.tokens.fp, f.tokens.fn_), (10, 0, 0));
        assert_eq!(
            (f.boundaries.tp, f.boundaries.fp, f.boundaries.fn_),
            (2, 0, 0)
        );
    }

    #[test]
    fn missing_data_is_a_clear_error() {
        let err = run_ud_eval(Path::new("/nonexistent/ud"), Which::Both).unwrap_err();
        assert!(err.to_string().contains("no UD French data"));
    }
}
