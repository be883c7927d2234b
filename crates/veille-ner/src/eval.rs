//! Exact-span scoring: micro P/R/F1 and per type, over the types the gold set uses.

use crate::features::Scratch;
use crate::model::NerModel;
use crate::readers::Corpus;
use crate::tags::{spans, Tag};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::time::Instant;
use veille_core::layers::EntityType;
use veille_core::metrics::Counts;

/// Scores of one system on one gold set.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    pub micro: Counts,
    pub per_type: BTreeMap<EntityType, Counts>,
    pub sentences: usize,
    pub tokens: usize,
    /// Seconds spent tagging (0 when scoring external predictions).
    pub seconds: f64,
    /// Predicted tags, one vector per sentence.
    pub predictions: Vec<Vec<Tag>>,
}

impl EvalReport {
    pub fn tokens_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.tokens as f64 / self.seconds
        } else {
            0.0
        }
    }

    /// Multi-line summary: micro then one line per type.
    pub fn render(&self) -> String {
        let mut s = format!("micro  {}\n", self.micro.summary());
        for (t, c) in &self.per_type {
            s.push_str(&format!("{:<5}  {}\n", t.as_str(), c.summary()));
        }
        s
    }
}

/// Scores predicted tag sequences against the gold corpus; only the gold's types count.
pub fn score(gold: &Corpus, predictions: Vec<Vec<Tag>>) -> EvalReport {
    let types: &BTreeSet<EntityType> = &gold.types;
    let mut per_type: BTreeMap<EntityType, Counts> =
        types.iter().map(|&t| (t, Counts::default())).collect();
    let mut tokens = 0;
    for (si, (s, pred)) in gold.sentences.iter().zip(&predictions).enumerate() {
        tokens += s.tokens.len();
        for &t in types {
            let g: HashSet<(usize, usize, usize)> = spans(&s.tags)
                .into_iter()
                .filter(|x| x.label == t)
                .map(|x| (si, x.start, x.end))
                .collect();
            let p: HashSet<(usize, usize, usize)> = spans(pred)
                .into_iter()
                .filter(|x| x.label == t)
                .map(|x| (si, x.start, x.end))
                .collect();
            if let Some(c) = per_type.get_mut(&t) {
                c.add(Counts::from_sets(&g, &p));
            }
        }
    }
    let mut micro = Counts::default();
    for c in per_type.values() {
        micro.add(*c);
    }
    EvalReport {
        micro,
        per_type,
        sentences: gold.sentences.len(),
        tokens,
        seconds: 0.0,
        predictions,
    }
}

/// Tags every gold document with document-level consistency (see [`crate::document`]) when
/// the corpus has documents, else sentence by sentence (timed, one thread), and scores it.
pub fn evaluate_docs(model: &NerModel, gold: &Corpus) -> EvalReport {
    if gold.sentences.iter().all(|s| s.doc == 0) {
        return evaluate(model, gold);
    }
    let mut scratch = Scratch::default();
    let mut preds = Vec::with_capacity(gold.sentences.len());
    let t0 = Instant::now();
    let mut i = 0;
    while i < gold.sentences.len() {
        let d = gold.sentences[i].doc;
        let mut j = i;
        while j < gold.sentences.len() && gold.sentences[j].doc == d {
            j += 1;
        }
        let sents: Vec<Vec<&str>> = gold.sentences[i..j]
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        preds.extend(crate::document::tag_document(model, &sents, &mut scratch));
        i = j;
    }
    let seconds = t0.elapsed().as_secs_f64();
    let mut r = score(gold, preds);
    r.seconds = seconds;
    r
}

/// Tags every gold sentence with `model` (timed, one thread) and scores it.
pub fn evaluate(model: &NerModel, gold: &Corpus) -> EvalReport {
    let mut scratch = Scratch::default();
    let mut preds = Vec::with_capacity(gold.sentences.len());
    let mut toks: Vec<&str> = Vec::new();
    let t0 = Instant::now();
    for s in &gold.sentences {
        toks.clear();
        toks.extend(s.tokens.iter().map(String::as_str));
        let mut out = Vec::with_capacity(toks.len());
        model.tag_into(&toks, &mut scratch, &mut out);
        preds.push(out);
    }
    let seconds = t0.elapsed().as_secs_f64();
    let mut r = score(gold, preds);
    r.seconds = seconds;
    r
}
