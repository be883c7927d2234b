//! Word clusters learned from unlabeled text by our own code: each frequent word gets a
//! context vector (counts of its left and right neighbours among the most frequent words,
//! randomly projected to a few dense dimensions), and k-means groups the vectors twice — a
//! coarse and a fine clustering. Deterministic given the seed.

use crate::features::{hash_str, normalize, HashMap64};
use crate::train::Rng;
use std::collections::HashMap;
use std::path::Path;

const DIM: usize = 64;
const MIN_COUNT: u32 = 4;
const CONTEXT_WORDS: usize = 1000;
const MAX_WORDS: usize = 60_000;
pub const K_COARSE: usize = 64;
pub const K_FINE: usize = 512;

/// Sentences (rough whitespace/punctuation tokens) of the JSONL corpus' `article` fields.
pub fn corpus_sentences(path: &Path, warnings: &mut Vec<String>) -> Vec<Vec<String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!(
                "{}: {e} (clusters learned from the NER corpora only)",
                path.display()
            ));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(start) = line
            .find("\"article\": \"")
            .map(|i| i + 12)
            .or_else(|| line.find("\"article\":\"").map(|i| i + 11))
        else {
            continue;
        };
        let body = &line[start..];
        let end = find_string_end(body);
        let mut cur = Vec::new();
        for raw in body[..end].split_whitespace() {
            for t in rough_tokens(raw) {
                let end_s = matches!(t.as_str(), "." | "!" | "?");
                cur.push(t);
                if end_s {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

fn find_string_end(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    b.len()
}

/// Splits leading/trailing punctuation and elisions off a whitespace token.
fn rough_tokens(raw: &str) -> Vec<String> {
    let raw = raw.replace("\\n", " ").replace("\\\"", "\"");
    let mut out = Vec::new();
    for w in raw.split_whitespace() {
        let mut w = w;
        let mut tail = Vec::new();
        while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        while let Some(c) = w.chars().last().filter(|c| !c.is_alphanumeric()) {
            tail.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        if let Some(p) = w.find(['\'', '\u{2019}']) {
            let q = p + w[p..].chars().next().map_or(1, char::len_utf8);
            if p > 0 && p <= 6 && q < w.len() {
                out.push(w[..q].to_string());
                w = &w[q..];
            }
        }
        if !w.is_empty() {
            out.push(w.to_string());
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

/// Learns clusters: word hash → [coarse id, fine id, capitalization bin] (ids start at 1).
pub fn build(sentences: &[Vec<String>], seed: u64) -> HashMap64<[u16; 3]> {
    // Vocabulary by frequency (ties by the word itself: deterministic).
    let mut counts: HashMap<String, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(normalize(w)).or_insert(0) += 1;
        }
    }
    let mut vocab: Vec<(String, u32)> = counts
        .into_iter()
        .filter(|(_, c)| *c >= MIN_COUNT)
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    vocab.truncate(MAX_WORDS);
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (w.as_str(), i))
        .collect();
    // Capitalized / total occurrences away from sentence starts.
    let mut caps = vec![(0u32, 0u32); vocab.len()];
    for s in sentences {
        for i in 1..s.len() {
            if matches!(
                s[i - 1].as_str(),
                "." | "!" | "?" | "\"" | "«" | ":" | "—" | "-" | "("
            ) {
                continue;
            }
            if let Some(&wi) = index.get(normalize(&s[i]).as_str()) {
                let c = &mut caps[wi];
                c.1 += 1;
                if s[i].chars().next().is_some_and(char::is_uppercase) {
                    c.0 += 1;
                }
            }
        }
    }
    // Random projection of each context word (left and right separately) to DIM dims.
    let mut rng = Rng::new(seed ^ 0xc1u64);
    let n_ctx = CONTEXT_WORDS.min(vocab.len());
    let mut proj = vec![0f32; 2 * n_ctx * DIM];
    for p in proj.iter_mut() {
        *p = if rng.next_u64() & 1 == 0 { 1.0 } else { -1.0 };
    }
    let mut vecs = vec![0f32; vocab.len() * DIM];
    let mut ids: Vec<Option<usize>> = Vec::new();
    for s in sentences {
        ids.clear();
        ids.extend(s.iter().map(|w| index.get(normalize(w).as_str()).copied()));
        for i in 0..ids.len() {
            let Some(wi) = ids[i] else { continue };
            let v = &mut vecs[wi * DIM..(wi + 1) * DIM];
            if i > 0 {
                if let Some(c) = ids[i - 1].filter(|&c| c < n_ctx) {
                    let p = &proj[c * DIM..(c + 1) * DIM];
                    v.iter_mut().zip(p).for_each(|(a, b)| *a += b);
                }
            }
            if let Some(c) = ids.get(i + 1).copied().flatten().filter(|&c| c < n_ctx) {
                let p = &proj[(n_ctx + c) * DIM..(n_ctx + c + 1) * DIM];
                v.iter_mut().zip(p).for_each(|(a, b)| *a += b);
            }
        }
    }
    for v in vecs.chunks_mut(DIM) {
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|x| *x /= norm);
        }
    }
    let coarse = kmeans(&vecs, K_COARSE, 12, &mut rng);
    let fine = kmeans(&vecs, K_FINE, 8, &mut rng);
    let mut out = HashMap64::default();
    for (i, (w, _)) in vocab.iter().enumerate() {
        out.insert(
            hash_str(w),
            [coarse[i] as u16 + 1, fine[i] as u16 + 1, case_bin(caps[i])],
        );
    }
    out
}

/// 0 unknown (fewer than 3 non-initial occurrences), then 1..=5 by capitalized share.
fn case_bin((cap, total): (u32, u32)) -> u16 {
    if total < 3 {
        return 0;
    }
    let r = f64::from(cap) / f64::from(total);
    match r {
        r if r < 0.05 => 1,
        r if r < 0.3 => 2,
        r if r < 0.7 => 3,
        r if r < 0.95 => 4,
        _ => 5,
    }
}

/// Spherical k-means (dot product on unit vectors), initialised from evenly spaced points.
fn kmeans(vecs: &[f32], k: usize, iters: usize, rng: &mut Rng) -> Vec<usize> {
    let n = vecs.len() / DIM;
    if n == 0 {
        return Vec::new();
    }
    let k = k.min(n);
    let mut cent = vec![0f32; k * DIM];
    for c in 0..k {
        let i = (rng.below(n / k + 1) + c * n / k).min(n - 1);
        cent[c * DIM..(c + 1) * DIM].copy_from_slice(&vecs[i * DIM..(i + 1) * DIM]);
    }
    let mut assign = vec![0usize; n];
    for _ in 0..iters {
        for i in 0..n {
            let v = &vecs[i * DIM..(i + 1) * DIM];
            let mut best = 0;
            let mut bv = f32::MIN;
            for c in 0..k {
                let d: f32 = v
                    .iter()
                    .zip(&cent[c * DIM..(c + 1) * DIM])
                    .map(|(a, b)| a * b)
                    .sum();
                if d > bv {
                    bv = d;
                    best = c;
                }
            }
            assign[i] = best;
        }
        cent.iter_mut().for_each(|x| *x = 0.0);
        for i in 0..n {
            let c = assign[i];
            for d in 0..DIM {
                cent[c * DIM + d] += vecs[i * DIM + d];
            }
        }
        for c in cent.chunks_mut(DIM) {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|x| *x /= norm);
            }
        }
    }
    assign
}
