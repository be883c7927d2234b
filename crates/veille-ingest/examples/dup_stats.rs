//! Development helper: exact and near duplicates (SimHash distance histogram) over JSONL inputs.
//! `cargo run --release -p veille-ingest --example dup_stats -- ../shared/data/corpus/orangesum-3000.jsonl`
use std::collections::HashMap;
use veille_ingest::dedup::{hamming, simhash64, text_hash};

fn main() {
    let inputs = std::env::args()
        .skip(1)
        .map(|a| veille_ingest::Input::parse(&a))
        .collect();
    let recs: Vec<_> = veille_ingest::Ingest::new(inputs, Default::default())
        .filter_map(Result::ok)
        .collect();
    let t0 = std::time::Instant::now();
    let hashes: Vec<(String, u64)> = recs
        .iter()
        .map(|r| (text_hash(&r.text), simhash64(&r.text)))
        .collect();
    let secs = t0.elapsed().as_secs_f64();
    let mut exact: HashMap<&str, usize> = HashMap::new();
    for (h, _) in &hashes {
        *exact.entry(h).or_default() += 1;
    }
    let dup_exact: usize = exact.values().map(|&c| c - 1).sum();
    let mut hist = [0usize; 8];
    let mut examples = Vec::new();
    for i in 0..hashes.len() {
        for j in i + 1..hashes.len() {
            let d = hamming(hashes[i].1, hashes[j].1) as usize;
            if d < hist.len() {
                hist[d] += 1;
                if d > 0 && examples.len() < 6 {
                    examples.push((d, i, j));
                }
            }
        }
    }
    println!("{} records, hashed in {:.3}s; exact duplicates {dup_exact}; pairs by SimHash distance 0..7: {hist:?}", recs.len(), secs);
    for (d, i, j) in examples {
        let a: String = recs[i].text.chars().take(70).collect();
        let b: String = recs[j].text.chars().take(70).collect();
        println!("d={d}\n  {} {a}\n  {} {b}", recs[i].origin, recs[j].origin);
    }
}
