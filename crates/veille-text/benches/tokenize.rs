//! Throughput of tokenize + split_sentences over a small embedded French corpus.
//! `cargo bench -p veille-text --bench tokenize`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// Written for this bench (news-like French with numbers, quotes, abbreviations, URLs).
const CORPUS: &str = include_str!("corpus.txt");

fn bench(c: &mut Criterion) {
    // ~1 MB so that per-call overhead is negligible.
    let reps = (1_000_000 / CORPUS.len()).max(1);
    let text = CORPUS.repeat(reps);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("tokenize", |b| {
        b.iter(|| veille_text::tokenize(black_box(&text)))
    });
    g.bench_function("tokenize+split", |b| {
        b.iter(|| {
            let t = veille_text::tokenize(black_box(&text));
            veille_text::split_sentences(&text, &t)
        })
    });
    g.finish();
    // Language identification reads a bounded prefix only: report it per prefix byte.
    let mut g = c.benchmark_group("language");
    g.throughput(Throughput::Bytes(
        text.len().min(veille_text::LANGUAGE_PREFIX_BYTES) as u64,
    ));
    g.bench_function("identify_language", |b| {
        b.iter(|| veille_text::identify_language(black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
