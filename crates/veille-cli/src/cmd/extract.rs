//! `veille extract FILE.html|URL` (main text and metadata of one page as JSON) and
//! `veille eval extract` (the extractors scored on the Zyte article-extraction benchmark with
//! its 4-gram shingle metric, and on the French pages of the trafilatura evaluation with its
//! with/without segment metric).

use anyhow::Result;
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use veille_ingest::eval::{
    readability_pages, trafilatura_metadata, trafilatura_segments, zyte_benchmark,
};
use veille_ingest::{extract_page, Extractor, Options};

/// Version of the JSON printed by `veille extract`.
const EXTRACT_SCHEMA: u32 = 1;

#[derive(clap::Args)]
pub struct Args {
    /// An HTML file or an http(s) URL.
    pub input: String,
    /// Main-text extractor: combined (default), trafilatura or smoothie.
    #[arg(long, default_value = "combined")]
    pub extractor: String,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = veille_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Fetch timeout in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The shared data folder (benchmarks in data/eval/).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

fn extractor(name: &str) -> Result<Extractor> {
    Extractor::from_name(name).ok_or_else(|| {
        anyhow::anyhow!("unknown extractor {name:?}: use combined, trafilatura or smoothie")
    })
}

pub fn run(args: Args) -> Result<ExitCode> {
    let opts = Options {
        extractor: extractor(&args.extractor)?,
        max_bytes: args.max_bytes,
        timeout: std::time::Duration::from_secs(args.timeout),
        ..Options::default()
    };
    let rec = extract_page(&args.input, &opts)?;
    let mut v = serde_json::json!({ "schema": EXTRACT_SCHEMA, "origin": rec.origin });
    if let (Some(obj), Ok(serde_json::Value::Object(meta))) =
        (v.as_object_mut(), serde_json::to_value(&rec.meta))
    {
        obj.extend(meta);
        obj.insert("text".into(), rec.text.into());
    }
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &v)?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// The bar of issue 7 on the article-extraction benchmark.
const BAR_F1: f64 = 0.96;

pub fn run_eval(args: EvalArgs) -> Result<ExitCode> {
    let base = args.shared.join("data/eval");
    let zyte_dir = base.join("article-extraction-benchmark");
    let fr_dir = base.join("trafilatura-eval-fr");
    let mut report = serde_json::Map::new();
    // Printed at the end, so that `| head` ends quietly (a broken pipe is not an error).
    let mut buf = String::new();
    let mut code = ExitCode::SUCCESS;
    if zyte_dir.join("ground-truth.json").exists() {
        let scores = zyte_benchmark(&zyte_dir, &Extractor::ALL)?;
        if !args.json {
            let _ =
                writeln!(buf,
                "article-extraction-benchmark ({}), metric: 4-gram shingle P/R/F1 (evaluate.py)",
                zyte_dir.display()
            );
            let _ = writeln!(
                buf,
                "{:<34} {:>5} {:>6} {:>6} {:>6} {:>8}",
                "system", "docs", "P", "R", "F1", "pages/s"
            );
            for s in &scores {
                let speed = if s.seconds > 0.0 {
                    format!("{:.0}", s.docs as f64 / s.seconds)
                } else {
                    "-".into()
                };
                let _ = writeln!(
                    buf,
                    "{:<34} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>8}",
                    s.name, s.docs, s.scores.precision, s.scores.recall, s.scores.f1, speed
                );
            }
        }
        let best = scores
            .iter()
            .find(|s| s.name == Extractor::default().name());
        if let Some(b) = best {
            let pass = b.scores.f1 >= BAR_F1;
            if !args.json {
                let _ = writeln!(
                    buf,
                    "bar: {} F1 {:.3} >= {BAR_F1}: {}",
                    b.name,
                    b.scores.f1,
                    if pass { "PASS" } else { "FAIL" }
                );
            }
            if !pass {
                code = ExitCode::FAILURE;
            }
        }
        report.insert(
            "article_extraction_benchmark".into(),
            scores
                .iter()
                .map(|s| {
                    serde_json::json!({"system": s.name, "docs": s.docs, "precision": s.scores.precision,
                        "recall": s.scores.recall, "f1": s.scores.f1, "seconds": s.seconds})
                })
                .collect(),
        );
    } else {
        eprintln!(
            "article-extraction-benchmark absent ({}): not scored (pass --shared DIR)",
            zyte_dir.display()
        );
        code = ExitCode::from(2);
    }
    if fr_dir.join("evaldata-fr.json").exists() {
        let scores = trafilatura_segments(&fr_dir, &Extractor::ALL)?;
        if !args.json {
            let _ = writeln!(buf);
            let _ = writeln!(
                buf,
                "trafilatura-eval-fr ({}), metric: with/without segments (tests/evaluate.py)",
                fr_dir.display()
            );
            let _ = writeln!(
                buf,
                "{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6}",
                "system", "docs", "TP", "FN", "FP", "TN", "P", "R", "F1", "acc"
            );
            for s in &scores {
                let [tp, fn_, fp, tn] = s.counts;
                let _ = writeln!(
                    buf,
                    "{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                    s.name, s.docs, tp, fn_, fp, tn, s.precision, s.recall, s.f1, s.accuracy
                );
            }
        }
        let m = trafilatura_metadata(&fr_dir)?;
        let pct = |(a, b): (u32, u32)| {
            if b > 0 {
                100.0 * f64::from(a) / f64::from(b)
            } else {
                0.0
            }
        };
        if !args.json {
            let _ = writeln!(buf,
                "metadata ({} docs, {} extractor): title {}/{} ({:.0}%), author {}/{} ({:.0}%), date {}/{} ({:.0}%)",
                m.docs, Extractor::default().name(),
                m.title.0, m.title.1, pct(m.title), m.author.0, m.author.1, pct(m.author), m.date.0, m.date.1, pct(m.date)
            );
        }
        report.insert(
            "trafilatura_eval_fr_metadata".into(),
            serde_json::json!({"docs": m.docs, "title": [m.title.0, m.title.1], "author": [m.author.0, m.author.1], "date": [m.date.0, m.date.1]}),
        );
        report.insert(
            "trafilatura_eval_fr".into(),
            scores
                .iter()
                .map(|s| {
                    serde_json::json!({"system": s.name, "docs": s.docs, "tp": s.counts[0], "fn": s.counts[1],
                        "fp": s.counts[2], "tn": s.counts[3], "precision": s.precision, "recall": s.recall,
                        "f1": s.f1, "accuracy": s.accuracy})
                })
                .collect(),
        );
    } else {
        eprintln!(
            "trafilatura-eval-fr absent ({}): not scored (pass --shared DIR)",
            fr_dir.display()
        );
        code = ExitCode::from(2);
    }
    let rdir = base.join("readability-testpages-fr");
    if rdir.exists() {
        let scores = readability_pages(&rdir, &Extractor::ALL)?;
        if !args.json {
            let _ = writeln!(buf);
            let _ = writeln!(buf, "readability-testpages-fr ({}), Readability.js fixtures, metric: 4-gram shingle P/R/F1", rdir.display());
            for s in &scores {
                let _ = writeln!(
                    buf,
                    "{:<12} {:>5} {:>6.3} {:>6.3} {:>6.3}",
                    s.name, s.docs, s.scores.precision, s.scores.recall, s.scores.f1
                );
            }
        }
        report.insert(
            "readability_testpages_fr".into(),
            scores
                .iter()
                .map(|s| serde_json::json!({"system": s.name, "docs": s.docs, "precision": s.scores.precision, "recall": s.scores.recall, "f1": s.scores.f1}))
                .collect(),
        );
    }
    if args.json {
        let _ = writeln!(buf, "{}", serde_json::to_string_pretty(&report)?);
    }
    std::io::stdout().lock().write_all(buf.as_bytes())?;
    Ok(code)
}
