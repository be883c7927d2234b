//! `cargo run --release -p veille-figures --example speed -- CORPUS.jsonl`: time of the
//! figures extraction alone (tokens computed beforehand) against the tokenizer.
use std::time::Instant;
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/corpus/orangesum-3000.jsonl".into());
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let docs: Vec<(String, String)> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (
                v["article"].as_str().unwrap_or("").to_string(),
                v["date"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let t0 = Instant::now();
    let toks: Vec<_> = docs.iter().map(|(t, _)| veille_text::tokenize(t)).collect();
    let tok_time = t0.elapsed();
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..3 {
        let t1 = Instant::now();
        n = 0;
        for ((t, d), tk) in docs.iter().zip(&toks) {
            let f = veille_figures::extract(t, tk, Some(d), false);
            n += f.numbers.len() + f.dates.len();
        }
        best = best.min(t1.elapsed().as_secs_f64());
    }
    let mb = docs.iter().map(|d| d.0.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "{} docs, {mb:.2} MB: tokenize {:.3}s, figures {best:.3}s ({:.1} MB/s), {n} expressions",
        docs.len(),
        tok_time.as_secs_f64(),
        mb / best
    );
}
