//! Development driver (same recipe as `veille train ner`):
//! `cargo run --release -p veille-ner --example train -- [OUT] [EPOCHS] [FEATURES] [BITS]`
use std::path::Path;
use veille_ner::features::FeatureSet;
use veille_ner::train::{train_standard, TrainConfig};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/tmp/ner.vner".into());
    let mut cfg = TrainConfig::default();
    if let Some(e) = args.get(2) {
        cfg.epochs = e.parse().expect("epochs");
    }
    if let Some(f) = args.get(3) {
        cfg.features = FeatureSet(f.parse().expect("features"));
    }
    if let Some(b) = args.get(4) {
        cfg.bits = b.parse().expect("bits");
    }
    let t0 = std::time::Instant::now();
    let shared = Path::new("../shared");
    let run = train_standard(shared, &shared.join("data/ner"), &cfg, |s| eprintln!("{s}"))
        .expect("train");
    eprintln!(
        "{} warnings; trained in {:.1}s",
        run.warnings.len(),
        t0.elapsed().as_secs_f64()
    );
    for (name, r) in &run.dev {
        println!(
            "{name:<24} F1 {:.4}  P {:.4} R {:.4}  {:.0} tok/s",
            r.micro.f1(),
            r.micro.precision(),
            r.micro.recall(),
            r.tokens_per_second()
        );
        for (t, c) in &r.per_type {
            println!("    {:<5} F1 {:.4}", t.as_str(), c.f1());
        }
    }
    if let Ok(dir) = std::env::var("DUMP_DEV") {
        let (_, devs) = veille_ner::train::standard_sets(&shared.join("data/ner")).expect("dev");
        std::fs::create_dir_all(&dir).expect("mkdir");
        for (d, (_, r)) in devs.iter().zip(&run.dev) {
            let name = d.name.replace([' ', '[', ']', '%', '.'], "_");
            let mut g = String::new();
            let mut p = String::new();
            for (s, pt) in d.corpus.sentences.iter().zip(&r.predictions) {
                for ((w, t), q) in s.tokens.iter().zip(&s.tags).zip(pt) {
                    g.push_str(&format!("{w}\t{t}\n"));
                    p.push_str(&format!("{w}\t{q}\n"));
                }
                g.push('\n');
                p.push('\n');
            }
            std::fs::write(format!("{dir}/{name}.gold.tsv"), g).expect("w");
            std::fs::write(format!("{dir}/{name}.veille.tsv"), p).expect("w");
        }
    }
    let (_, devs) = veille_ner::train::standard_sets(&shared.join("data/ner")).expect("dev");
    for d in &devs {
        let r = veille_ner::eval::evaluate_docs(&run.model, &d.corpus);
        println!(
            "doc-level {:<24} F1 {:.4}  {:.0} tok/s",
            d.name,
            r.micro.f1(),
            r.tokens_per_second()
        );
    }
    let bytes = run.model.to_bytes();
    println!(
        "model: {} bytes, {} active buckets",
        bytes.len(),
        run.model.n_active_buckets()
    );
    std::fs::write(&out, bytes).expect("write");
}
