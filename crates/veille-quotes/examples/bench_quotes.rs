//! Throughput of the quote stage alone over a JSONL corpus (`article` or `text` field).
//! `cargo run --release -p veille-quotes --example bench_quotes -- ../shared/data/corpus/orangesum-3000.jsonl`
use std::io::BufRead;
use std::time::Instant;
use veille_core::{Document, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/corpus/orangesum-3000.jsonl".into());
    let mut texts = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let t = v["article"].as_str().or(v["text"].as_str()).unwrap_or("");
        if !t.is_empty() {
            texts.push(t.to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let stage = veille_quotes::QuoteStage::new();
    let mut best = f64::MAX;
    let mut quotes = 0;
    for _ in 0..3 {
        let t = Instant::now();
        quotes = 0;
        for text in &texts {
            let mut d = Document::new(text.as_str(), Default::default());
            stage.annotate(&mut d);
            quotes += d.layers.quotes.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} docs, {:.2} MB, {} quotes: best of 3 {:.3}s = {:.0} docs/s, {:.2} MB/s (1 thread, quote stage alone)",
        texts.len(),
        bytes as f64 / 1e6,
        quotes,
        best,
        texts.len() as f64 / best,
        bytes as f64 / 1e6 / best
    );
    Ok(())
}
