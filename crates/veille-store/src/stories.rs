//! Incremental story clustering: articles about the same event.
//!
//! Each stored document gets a [`Signature`]: its 40 strongest stemmed terms (title terms
//! counted double) (tf·idf, idf from
//! the full-text index, L2-normalized) and the hashes of its entities and places. A new
//! document is compared with the documents that share an entity, a place or one of its 15
//! strongest terms and were published within [`WINDOW_DAYS`] days of it; the similarity is
//! `0.6·cosine(terms) + 0.4·jaccard(entities ∪ places)` (the cosine alone when
//! either has no entity or place). At or above [`THRESHOLD`] it joins
//! the story of its best match, otherwise it opens a new story. Single pass, in ingestion
//! order, inside the write transaction: no global re-clustering.

use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

pub const WINDOW_DAYS: i64 = 3;
pub const THRESHOLD: f32 = 0.25;
/// Debug: print similarities when VEILLE_STORY_DEBUG is set.
fn debug() -> bool {
    std::env::var_os("VEILLE_STORY_DEBUG").is_some()
}
const TOP_TERMS: usize = 40;
const SEED_TERMS: usize = 15;
const MAX_POSTINGS: usize = 300;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signature {
    /// (term hash, weight), sorted by term hash, L2-normalized.
    pub terms: Vec<(u64, f32)>,
    /// The strongest terms' hashes, for candidate generation.
    pub seeds: Vec<u64>,
    /// Entity and place hashes, sorted, deduplicated.
    pub keys: Vec<u64>,
    pub day: Option<i64>,
}

pub fn key_hash(kind: &str, name: &str) -> u64 {
    xxh3_64(format!("{kind}:{}", name.to_lowercase()).as_bytes())
}

impl Signature {
    /// Builds a signature from analysed term counts and a document-frequency function.
    pub fn build(
        counts: HashMap<String, u32>,
        df: impl Fn(&str) -> u64,
        n_docs: u64,
        mut keys: Vec<u64>,
        day: Option<i64>,
    ) -> Signature {
        let mut weighted: Vec<(u64, f32)> = counts
            .into_iter()
            .filter(|(t, _)| t.chars().count() >= 3 && !t.chars().all(|c| c.is_ascii_digit()))
            .map(|(t, tf)| {
                let idf = ((n_docs as f32 + 1.0) / (df(&t) as f32 + 1.0)).ln() + 1.0;
                (
                    xxh3_64(t.as_bytes()) as u32 as u64,
                    (1.0 + (tf as f32).ln()) * idf,
                )
            })
            .collect();
        weighted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        weighted.truncate(TOP_TERMS);
        let norm = weighted.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            for t in &mut weighted {
                // quantized as stored, so that fresh and reloaded signatures are equal
                t.1 = quantize(t.1 / norm) as f32 / 65535.0;
            }
        }
        let seeds = seeds_of(&weighted);
        weighted.sort_by_key(|t| t.0);
        keys.sort_unstable();
        keys.dedup();
        Signature {
            terms: weighted,
            seeds,
            keys,
            day,
        }
    }

    /// Compact form: `[n_terms u16][n_keys u16]`, then per term a 32-bit hash and a 16-bit
    /// weight, then the 64-bit keys. Seeds are the strongest terms, recomputed on decode.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + self.terms.len() * 6 + self.keys.len() * 8);
        out.extend_from_slice(&(self.terms.len() as u16).to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u16).to_le_bytes());
        for (h, w) in &self.terms {
            out.extend_from_slice(&(*h as u32).to_le_bytes());
            out.extend_from_slice(&quantize(*w).to_le_bytes());
        }
        for h in &self.keys {
            out.extend_from_slice(&h.to_le_bytes());
        }
        out
    }

    pub fn decode(b: &[u8], day: Option<i64>) -> Option<Signature> {
        let u16_at = |i: usize| b.get(i..i + 2).map(|s| u16::from_le_bytes([s[0], s[1]]));
        let (nt, nk) = (u16_at(0)? as usize, u16_at(2)? as usize);
        let mut pos = 4;
        let mut terms = Vec::with_capacity(nt);
        for _ in 0..nt {
            let h = u32::from_le_bytes(b.get(pos..pos + 4)?.try_into().ok()?);
            let w = u16_at(pos + 4)?;
            terms.push((h as u64, w as f32 / 65535.0));
            pos += 6;
        }
        let mut keys = Vec::with_capacity(nk);
        for _ in 0..nk {
            keys.push(u64::from_le_bytes(b.get(pos..pos + 8)?.try_into().ok()?));
            pos += 8;
        }
        Some(Signature {
            seeds: seeds_of(&terms),
            terms,
            keys,
            day,
        })
    }
}

fn quantize(w: f32) -> u16 {
    (w.clamp(0.0, 1.0) * 65535.0).round() as u16
}

/// The strongest terms (ties by hash), for candidate generation.
fn seeds_of(terms: &[(u64, f32)]) -> Vec<u64> {
    let mut by_weight: Vec<(u64, f32)> = terms.to_vec();
    by_weight.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    by_weight.iter().take(SEED_TERMS).map(|t| t.0).collect()
}

fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f32 / (a.len() + b.len() - inter) as f32
}

/// Similarity of two signatures in [0, 1].
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    let cos = cosine(&a.terms, &b.terms);
    if a.keys.is_empty() || b.keys.is_empty() {
        cos
    } else {
        0.6 * cos + 0.4 * jaccard(&a.keys, &b.keys)
    }
}

/// The in-memory clustering state (rebuilt from the database on open).
#[derive(Default)]
pub struct StoryIndex {
    docs: Vec<(Signature, i64)>,
    postings: HashMap<u64, Vec<u32>>,
}

impl StoryIndex {
    pub fn insert(&mut self, sig: Signature, story: i64) {
        let n = self.docs.len() as u32;
        for k in sig.keys.iter().chain(&sig.seeds) {
            self.postings.entry(*k).or_default().push(n);
        }
        self.docs.push((sig, story));
    }

    /// The story a new document belongs to, with the similarity, if any reaches the threshold.
    pub fn best(&self, sig: &Signature) -> Option<(i64, f32)> {
        let mut seen = std::collections::HashSet::new();
        let mut best: Option<(i64, f32)> = None;
        for k in sig.keys.iter().chain(&sig.seeds) {
            let Some(list) = self.postings.get(k) else {
                continue;
            };
            for &i in list.iter().rev().take(MAX_POSTINGS) {
                if !seen.insert(i) {
                    continue;
                }
                let (other, story) = &self.docs[i as usize];
                if let (Some(a), Some(b)) = (sig.day, other.day) {
                    if (a - b).abs() > WINDOW_DAYS {
                        continue;
                    }
                }
                let s = similarity(sig, other);
                if debug() {
                    eprintln!("story {story} sim {s:.3}");
                }
                if s >= THRESHOLD && best.is_none_or(|(_, bs)| s > bs) {
                    best = Some((*story, s));
                }
            }
        }
        best
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(words: &str, keys: &[&str], day: i64) -> Signature {
        let mut counts = HashMap::new();
        for w in words.split_whitespace() {
            *counts.entry(w.to_string()).or_insert(0) += 1;
        }
        let keys = keys.iter().map(|k| key_hash("e", k)).collect();
        Signature::build(counts, |_| 1, 100, keys, Some(day))
    }

    #[test]
    fn same_event_joins_other_event_does_not() {
        let mut idx = StoryIndex::default();
        let a = sig(
            "incendi forêt gironde hectar pompi évacu landiras",
            &["Gironde", "Landiras"],
            100,
        );
        idx.insert(a.clone(), 1);
        let b = sig(
            "incendi landiras pompi hectar brûl gironde vent",
            &["Landiras"],
            101,
        );
        let c = sig("match lyon marseil but penalty stade", &["Lyon"], 101);
        let d = sig(
            "incendi forêt gironde hectar pompi évacu landiras",
            &["Gironde"],
            120,
        );
        assert_eq!(idx.best(&b).map(|x| x.0), Some(1));
        assert_eq!(idx.best(&c), None);
        assert_eq!(idx.best(&d), None, "outside the time window");
        let round = Signature::decode(&a.encode(), Some(100)).unwrap();
        assert_eq!(round, a);
        assert!(Signature::decode(&[1, 0], None).is_none());
    }
}
