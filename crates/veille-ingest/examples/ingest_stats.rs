//! Development helper: run the ingest iterator over inputs and print counts, errors and speed.
//! `cargo run --release -p veille-ingest --example ingest_stats -- INPUT…`
use std::collections::BTreeMap;
use std::time::Instant;

fn main() {
    let inputs: Vec<_> = std::env::args()
        .skip(1)
        .map(|a| veille_ingest::Input::parse(&a))
        .collect();
    let t0 = Instant::now();
    let (mut ok, mut bytes) = (0usize, 0usize);
    let mut errors: BTreeMap<&'static str, usize> = BTreeMap::new();
    let threads = std::env::var("THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let opts = veille_ingest::Options {
        threads,
        ..Default::default()
    };
    for item in veille_ingest::Ingest::new(inputs, opts) {
        match item {
            Ok(r) => {
                ok += 1;
                bytes += r.text.len();
            }
            Err(e) => {
                *errors.entry(e.kind()).or_default() += 1;
                eprintln!("{e}");
            }
        }
    }
    let s = t0.elapsed().as_secs_f64();
    println!(
        "records {ok} ({:.1} MB text) errors {errors:?} in {s:.2}s: {:.0} records/s",
        bytes as f64 / 1e6,
        ok as f64 / s
    );
}
