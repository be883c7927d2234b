//! `veille bench`: throughput of the analysis pipeline over a JSONL corpus.
//!
//! Method: the corpus is loaded into memory first (I/O is not measured), one warm-up pass,
//! then `--trials` timed passes; the median trial is reported. A named baseline — Unicode
//! UAX#29 word segmentation (unicode-segmentation) of the same texts — runs in the same
//! process so figures can be compared as ratios across machines.

use crate::input;
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;
use veille_pipeline::Analyzer;

#[derive(clap::Args)]
pub struct Args {
    /// JSONL corpus (one object per line with `text` or `article`).
    #[arg(default_value = "../shared/data/corpus/orangesum-3000.jsonl")]
    pub corpus: PathBuf,
    /// Timed passes over the corpus (the median is reported).
    #[arg(long, default_value_t = 5)]
    pub trials: usize,
    /// Untimed passes first.
    #[arg(long, default_value_t = 1)]
    pub warmup: usize,
    /// Only these stages, comma-separated (e.g. `tokenize`); default: the whole pipeline.
    #[arg(long, value_delimiter = ',')]
    pub stages: Vec<String>,
    /// Use at most this many documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Threads for the parallel run (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

struct Run {
    name: String,
    seconds: f64,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let texts = load(&args)?;
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let full = Analyzer::new().context("loading the analysis pipeline")?;
    let analyzer = if args.stages.is_empty() {
        full
    } else {
        let names: Vec<&str> = args.stages.iter().map(String::as_str).collect();
        let a = full.only(&names);
        if a.stages().is_empty() {
            let known: Vec<&str> = full.stages().iter().map(|s| s.name()).collect();
            bail!(
                "no stage named {:?}; stages are {}",
                args.stages,
                known.join(", ")
            );
        }
        a
    };
    let stage_names: Vec<&str> = analyzer.stages().iter().map(|s| s.name()).collect();
    let tokens: usize = texts
        .iter()
        .map(|t| {
            analyzer
                .analyze(t.as_str(), Default::default())
                .layers
                .tokens
                .len()
        })
        .sum();

    let baseline = time_trials(&args, || {
        let n: usize = texts.iter().map(|t| t.split_word_bounds().count()).sum();
        std::hint::black_box(n);
    });
    let mut stage_time = vec![Duration::ZERO; analyzer.stages().len()];
    let single = time_trials(&args, || {
        for t in &texts {
            std::hint::black_box(analyzer.analyze_timed(
                t.as_str(),
                Default::default(),
                &mut stage_time,
            ));
        }
    });
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let parallel = time_trials(&args, || {
        pool.install(|| {
            texts.par_iter().for_each(|t| {
                std::hint::black_box(analyzer.analyze(t.as_str(), Default::default()));
            })
        })
    });

    let runs = [
        Run {
            name: "baseline: unicode-segmentation word bounds, 1 thread".into(),
            seconds: baseline,
        },
        Run {
            name: format!("veille [{}], 1 thread", stage_names.join(",")),
            seconds: single,
        },
        Run {
            name: format!("veille [{}], {threads} threads", stage_names.join(",")),
            seconds: parallel,
        },
    ];
    let total_stage: f64 = stage_time.iter().map(Duration::as_secs_f64).sum();
    let shares: Vec<(String, f64)> = stage_names
        .iter()
        .zip(&stage_time)
        .map(|(n, t)| {
            (
                n.to_string(),
                if total_stage > 0.0 {
                    t.as_secs_f64() / total_stage
                } else {
                    0.0
                },
            )
        })
        .collect();
    let peak = peak_memory_mb();
    if args.json {
        let json = serde_json::json!({
            "corpus": args.corpus, "documents": texts.len(), "bytes": bytes, "tokens": tokens,
            "trials": args.trials, "warmup": args.warmup, "peak_memory_mb": peak,
            "runs": runs.iter().map(|r| serde_json::json!({
                "name": r.name, "seconds": r.seconds,
                "docs_per_s": texts.len() as f64 / r.seconds,
                "tokens_per_s": tokens as f64 / r.seconds,
                "mb_per_s": bytes as f64 / 1e6 / r.seconds,
            })).collect::<Vec<_>>(),
            "stage_time_share": shares.iter().map(|(n, s)| serde_json::json!({"stage": n, "share": s})).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        println!(
            "corpus {}: {} documents, {:.2} MB, {} tokens; median of {} trials after {} warm-up",
            args.corpus.display(),
            texts.len(),
            bytes as f64 / 1e6,
            tokens,
            args.trials,
            args.warmup
        );
        println!(
            "{:<60} {:>10} {:>12} {:>9} {:>9}",
            "run", "docs/s", "tokens/s", "MB/s", "×baseline"
        );
        for r in &runs {
            println!(
                "{:<60} {:>10.0} {:>12.0} {:>9.2} {:>9.2}",
                r.name,
                texts.len() as f64 / r.seconds,
                tokens as f64 / r.seconds,
                bytes as f64 / 1e6 / r.seconds,
                baseline / r.seconds
            );
        }
        println!(
            "time per stage (1 thread): {}",
            shares
                .iter()
                .map(|(n, s)| format!("{n} {:.1}%", s * 100.0))
                .collect::<Vec<_>>()
                .join(", ")
        );
        println!("peak memory (VmHWM): {peak:.1} MB");
    }
    Ok(ExitCode::SUCCESS)
}

fn load(args: &Args) -> Result<Vec<String>> {
    let file = std::fs::File::open(&args.corpus).with_context(|| {
        format!(
            "cannot open the corpus {} (is ../shared present? pass a JSONL file)",
            args.corpus.display()
        )
    })?;
    let origin = args.corpus.display().to_string();
    let mut texts = Vec::new();
    for r in
        input::jsonl_records(BufReader::new(file), origin).take(args.limit.unwrap_or(usize::MAX))
    {
        match r {
            Ok(rec) => texts.push(rec.text),
            Err(f) => eprintln!("skipped {f}"),
        }
    }
    if texts.is_empty() {
        bail!("no document in {}", args.corpus.display());
    }
    Ok(texts)
}

/// Median wall time in seconds of `trials` runs of `f`, after `warmup` untimed runs.
fn time_trials(args: &Args, mut f: impl FnMut()) -> f64 {
    for _ in 0..args.warmup {
        f();
    }
    let mut times: Vec<f64> = (0..args.trials.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Peak resident memory of this process, from /proc (0 where unavailable).
fn peak_memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
