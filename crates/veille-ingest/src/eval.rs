//! Scoring functions for HTML main-text extraction, pure and testable.
//!
//! * [`shingle_counts`] / [`ShingleScores`]: the metric of the Zyte (scrapinghub)
//!   article-extraction-benchmark `evaluate.py`: tokens are `\w+` runs, 4-gram shingles
//!   counted as multisets, per-document TP/FP/FN normalised to sum 1, precision and recall
//!   averaged over documents (precision only over documents with a non-empty prediction,
//!   recall only over documents with a non-empty truth), F1 = 2PR/(P+R).
//! * [`segment_counts`]: the trafilatura evaluation metric: a `with` segment found in the
//!   output is a TP (else FN), a `without` segment found is a FP (else TN).

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use serde_json::Value;

use crate::html::{main_text, Extractor};

/// `\w+` tokens as Python's `re` finds them (letters, digits, underscore).
pub fn word_tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, u32> {
    let toks = word_tokens(text);
    let mut map = HashMap::new();
    if toks.is_empty() {
        return map;
    }
    let count = toks.len().saturating_sub(n) + 1;
    for i in 0..count.max(1) {
        let end = (i + n).min(toks.len());
        *map.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    map
}

/// Normalised (TP, FP, FN) of one document, as `string_shingle_matching` in `evaluate.py`.
pub fn shingle_counts(truth: &str, pred: &str) -> (f64, f64, f64) {
    let t = shingles(truth, 4);
    let p = shingles(pred, 4);
    let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += f64::from(tc.min(pc));
        fn_ += f64::from(tc.saturating_sub(pc));
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += f64::from(pc.saturating_sub(tc));
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Precision, recall and F1 over documents, from per-document normalised counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShingleScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `metrics_from_tp_fp_fns` of `evaluate.py`.
pub fn shingle_scores(per_doc: &[(f64, f64, f64)]) -> ShingleScores {
    // Mean over the documents where the ratio is defined; a perfect document counts 1.
    // `wrong` picks the false positives (precision) or the false negatives (recall).
    let mean_ratio = |wrong: fn(f64, f64) -> f64| {
        let v: Vec<f64> = per_doc
            .iter()
            .filter(|&&(tp, fp, fn_)| tp + wrong(fp, fn_) > 0.0)
            .map(|&(tp, fp, fn_)| {
                if fp == 0.0 && fn_ == 0.0 {
                    1.0
                } else {
                    tp / (tp + wrong(fp, fn_))
                }
            })
            .collect();
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean_ratio(|fp, _| fp);
    let recall = mean_ratio(|_, fn_| fn_);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    ShingleScores {
        precision,
        recall,
        f1,
    }
}

/// Segment counts of the trafilatura evaluation (TP, FN, FP, TN) for one document.
///
/// Matching is on whitespace-normalised text, as the segments are copied from rendered pages.
pub fn segment_counts(output: &str, with: &[String], without: &[String]) -> [u32; 4] {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let out = norm(output);
    let mut c = [0u32; 4];
    for s in with {
        if out.contains(&norm(s)) {
            c[0] += 1;
        } else {
            c[1] += 1;
        }
    }
    for s in without {
        if out.contains(&norm(s)) {
            c[2] += 1;
        } else {
            c[3] += 1;
        }
    }
    c
}

/// Errors of the benchmark runners: the data folder is absent or malformed.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: bad JSON: {reason}")]
    Json { path: String, reason: String },
}

fn read_json(path: &Path) -> Result<Value, EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|e| EvalError::Json {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

fn read_page(path: &Path) -> Result<String, EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(crate::decode::decode_markup(&bytes, None).0)
}

/// Scores of one system on the article-extraction benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemScore {
    /// `trafilatura`, `smoothie`, `combined`, or `published:<name>` for a published output.
    pub name: String,
    pub docs: usize,
    pub scores: ShingleScores,
    /// Wall time of extraction over all pages (0 for published outputs).
    pub seconds: f64,
}

/// Runs each extractor over `DIR/html/*.html` of the Zyte article-extraction benchmark and
/// scores it against `DIR/ground-truth.json`; also scores every published output in
/// `DIR/reference-outputs/` over the same pages, as a check of the metric.
///
/// # Errors
/// When the folder or its ground truth cannot be read.
pub fn zyte_benchmark(dir: &Path, extractors: &[Extractor]) -> Result<Vec<SystemScore>, EvalError> {
    let gt = read_json(&dir.join("ground-truth.json"))?;
    let gt = gt.as_object().cloned().unwrap_or_default();
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    let truth: Vec<&str> = ids
        .iter()
        .map(|id| {
            gt[*id]
                .get("articleBody")
                .and_then(Value::as_str)
                .unwrap_or("")
        })
        .collect();
    let mut pages = Vec::with_capacity(ids.len());
    for id in &ids {
        let url = gt[*id]
            .get("url")
            .and_then(Value::as_str)
            .map(str::to_owned);
        pages.push((
            read_page(&dir.join("html").join(format!("{id}.html")))?,
            url,
        ));
    }
    let mut out = Vec::new();
    for &ex in extractors {
        let t0 = Instant::now();
        let preds: Vec<String> = pages
            .iter()
            .map(|(html, url)| main_text(html, url.as_deref(), ex).0)
            .collect();
        let seconds = t0.elapsed().as_secs_f64();
        let counts: Vec<_> = truth
            .iter()
            .zip(&preds)
            .map(|(t, p)| shingle_counts(t, p))
            .collect();
        out.push(SystemScore {
            name: ex.name().to_owned(),
            docs: ids.len(),
            scores: shingle_scores(&counts),
            seconds,
        });
    }
    let refs = dir.join("reference-outputs");
    if let Ok(rd) = std::fs::read_dir(&refs) {
        let mut files: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
        {
            let v = read_json(f)?;
            let v = v.get("output").cloned().unwrap_or(v);
            let counts: Vec<_> = ids
                .iter()
                .zip(&truth)
                .map(|(id, t)| {
                    let p = v
                        .get(id.as_str())
                        .and_then(|d| d.get("articleBody"))
                        .and_then(Value::as_str);
                    shingle_counts(t, p.unwrap_or(""))
                })
                .collect();
            let stem = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(SystemScore {
                name: format!("published:{stem}"),
                docs: ids.len(),
                scores: shingle_scores(&counts),
                seconds: 0.0,
            });
        }
    }
    Ok(out)
}

/// Segment scores of one extractor on the trafilatura French evaluation pages.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentScore {
    pub name: String,
    pub docs: usize,
    /// TP, FN, FP, TN summed over documents.
    pub counts: [u32; 4],
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
}

/// Runs each extractor over the pages of `DIR/evaldata-fr.json` (`DIR/html/<file>`) and
/// counts the `with` / `without` segments found, as trafilatura's `tests/evaluate.py`.
///
/// # Errors
/// When the folder or its annotation file cannot be read.
pub fn trafilatura_segments(
    dir: &Path,
    extractors: &[Extractor],
) -> Result<Vec<SegmentScore>, EvalError> {
    let data = read_json(&dir.join("evaldata-fr.json"))?;
    let data = data.as_object().cloned().unwrap_or_default();
    let strings = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut docs = Vec::new();
    for (url, d) in &data {
        let Some(file) = d.get("file").and_then(Value::as_str) else {
            continue;
        };
        let html = read_page(&dir.join("html").join(file))?;
        docs.push((
            url.clone(),
            html,
            strings(d.get("with")),
            strings(d.get("without")),
        ));
    }
    let mut out = Vec::new();
    for &ex in extractors {
        let mut c = [0u32; 4];
        for (url, html, with, without) in &docs {
            let text = main_text(html, Some(url), ex).0;
            let d = segment_counts(&text, with, without);
            for i in 0..4 {
                c[i] += d[i];
            }
        }
        let [tp, fn_, fp, tn] = c.map(f64::from);
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        let total = tp + fn_ + fp + tn;
        let accuracy = if total > 0.0 { (tp + tn) / total } else { 0.0 };
        out.push(SegmentScore {
            name: ex.name().to_owned(),
            docs: docs.len(),
            counts: c,
            precision,
            recall,
            f1,
            accuracy,
        });
    }
    Ok(out)
}

/// Metadata accuracy on the trafilatura French pages: (correct, gold) for title, author, date.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaScore {
    pub docs: usize,
    pub title: (u32, u32),
    pub author: (u32, u32),
    pub date: (u32, u32),
}

/// Compares title, author and date (day) of [`crate::html::extract_html`] with the metadata
/// gold of `DIR/evaldata-fr.json` (documents with a non-empty gold value only). Strings are
/// compared after whitespace and apostrophe normalisation; dates on their first 10 characters.
///
/// # Errors
/// When the folder or its annotation file cannot be read.
pub fn trafilatura_metadata(dir: &Path) -> Result<MetaScore, EvalError> {
    let data = read_json(&dir.join("evaldata-fr.json"))?;
    let data = data.as_object().cloned().unwrap_or_default();
    let norm = |s: &str| {
        s.replace('\u{2019}', "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut m = MetaScore {
        docs: 0,
        title: (0, 0),
        author: (0, 0),
        date: (0, 0),
    };
    for (url, d) in &data {
        let Some(file) = d.get("file").and_then(Value::as_str) else {
            continue;
        };
        let html = read_page(&dir.join("html").join(file))?;
        let e = crate::html::extract_html(&html, Some(url), Extractor::default());
        m.docs += 1;
        let gold = |k: &str| {
            d.get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        };
        if let Some(g) = gold("title") {
            m.title.1 += 1;
            m.title.0 += u32::from(e.meta.title.as_deref().map(norm) == Some(norm(g)));
        }
        if let Some(g) = gold("author") {
            m.author.1 += 1;
            m.author.0 += u32::from(e.meta.author.as_deref().map(norm) == Some(norm(g)));
        }
        if let Some(g) = gold("date") {
            m.date.1 += 1;
            let day = |s: &str| s.chars().take(10).collect::<String>();
            m.date.0 += u32::from(e.meta.date.as_deref().map(day) == Some(day(g)));
        }
    }
    Ok(m)
}

/// Runs each extractor over the Readability test pages in `DIR/*/source.html` and scores the
/// text against the text of `expected.html` with the shingle metric (Readability.js fixtures:
/// biased towards Readability ports such as dom_smoothie; two French pages).
///
/// # Errors
/// When the folder cannot be read.
pub fn readability_pages(
    dir: &Path,
    extractors: &[Extractor],
) -> Result<Vec<SystemScore>, EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| EvalError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut dirs: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").exists() && p.join("expected.html").exists())
        .collect();
    dirs.sort();
    let mut pages = Vec::new();
    for d in &dirs {
        let src = read_page(&d.join("source.html"))?;
        let exp = read_page(&d.join("expected.html"))?;
        let gold = std::panic::catch_unwind(|| {
            dom_query::Document::from(exp.as_str())
                .root()
                .text()
                .to_string()
        })
        .unwrap_or_default();
        pages.push((src, gold));
    }
    let mut out = Vec::new();
    for &ex in extractors {
        let t0 = Instant::now();
        let counts: Vec<_> = pages
            .iter()
            .map(|(src, gold)| shingle_counts(gold, &main_text(src, None, ex).0))
            .collect();
        out.push(SystemScore {
            name: ex.name().to_owned(),
            docs: pages.len(),
            scores: shingle_scores(&counts),
            seconds: t0.elapsed().as_secs_f64(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_python_word_runs() {
        assert_eq!(
            word_tokens("L'armée, à Alep: 5 000 djihadistes_x!"),
            ["L", "armée", "à", "Alep", "5", "000", "djihadistes_x"]
        );
    }

    #[test]
    fn identical_texts_score_one() {
        let c = shingle_counts("a b c d e f", "a b c d e f");
        assert_eq!(c, (1.0, 0.0, 0.0));
        let s = shingle_scores(&[c]);
        assert_eq!(s.f1, 1.0);
    }

    #[test]
    fn short_texts_make_one_shingle_and_empty_predictions_are_skipped_for_precision() {
        // "a b" is one shingle of two tokens; an empty prediction counts for recall only.
        let docs = [shingle_counts("a b", "a b"), shingle_counts("x y z w", "")];
        let s = shingle_scores(&docs);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }

    #[test]
    fn segments() {
        let c = segment_counts(
            "Le  texte\nprincipal ici.",
            &["texte principal".into(), "absent".into()],
            &["menu".into()],
        );
        assert_eq!(c, [1, 1, 0, 1]);
    }
}
