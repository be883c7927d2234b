//! Development helper: `cargo run --release -p veille-ingest --example eval_extract -- ../shared`.
fn main() {
    let shared = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared".into());
    let base = std::path::Path::new(&shared).join("data/eval");
    let ex = veille_ingest::html::Extractor::ALL;
    match veille_ingest::eval::zyte_benchmark(&base.join("article-extraction-benchmark"), &ex) {
        Ok(r) => r.iter().for_each(|s| {
            println!(
                "{:<32} n={} P={:.3} R={:.3} F1={:.3} {:.1}s",
                s.name, s.docs, s.scores.precision, s.scores.recall, s.scores.f1, s.seconds
            )
        }),
        Err(e) => println!("{e}"),
    }
    match veille_ingest::eval::trafilatura_segments(&base.join("trafilatura-eval-fr"), &ex) {
        Ok(r) => r.iter().for_each(|s| {
            println!(
                "{:<12} n={} {:?} P={:.3} R={:.3} F1={:.3} acc={:.3}",
                s.name, s.docs, s.counts, s.precision, s.recall, s.f1, s.accuracy
            )
        }),
        Err(e) => println!("{e}"),
    }
    match veille_ingest::eval::trafilatura_metadata(&base.join("trafilatura-eval-fr")) {
        Ok(m) => println!("metadata {m:?}"),
        Err(e) => println!("{e}"),
    }
    if let Ok(r) =
        veille_ingest::eval::readability_pages(&base.join("readability-testpages-fr"), &ex)
    {
        r.iter().for_each(|s| {
            println!(
                "readability-fr {:<12} n={} P={:.3} R={:.3} F1={:.3}",
                s.name, s.docs, s.scores.precision, s.scores.recall, s.scores.f1
            )
        });
    }
}
