//! `veille eval events`: the seed bar of issue 8 and trigger / argument P/R/F1 on the dev
//! gold of `crates/veille-events/gold` (offsets + sha256 into orangesum-3000.jsonl).

use anyhow::{Context, Result};
use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use veille_core::Meta;
use veille_events::eval::{read_gold, seed_check, sha256_hex, GoldDoc, Scores, DEV_GOLD};
use veille_pipeline::Analyzer;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The shared data folder (corpus in data/corpus, seed in seed/).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Gold file (JSONL, see crates/veille-events/gold/GUIDELINES.md); the embedded dev gold
    /// when absent.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Print every event of each gold article (rendered) after the scores.
    #[arg(long)]
    pub show: bool,
    /// Print every missed and spurious trigger and argument.
    #[arg(long)]
    pub errors: bool,
}

pub fn run_eval(args: EvalArgs) -> Result<ExitCode> {
    let analyzer = Analyzer::new().context("loading the analysis pipeline")?;
    let meta = |date: Option<&str>| Meta {
        date: date.map(str::to_string),
        ..Meta::default()
    };

    let seed = args.shared.join("seed/000_eb0666d88d620342.txt");
    match std::fs::read_to_string(&seed) {
        Ok(text) => {
            let doc = analyzer.analyze(text, meta(Some(veille_events::eval::SEED_DATE)));
            let (ok, lines) = seed_check(&doc);
            println!(
                "seed bar ({}, publication date {}): {ok}/{} met",
                seed.display(),
                veille_events::eval::SEED_DATE,
                veille_events::eval::SEED_EXPECT.len()
            );
            print!("{lines}");
        }
        Err(_) => println!(
            "seed article absent ({}): seed bar not checked",
            seed.display()
        ),
    }

    let gold: Vec<GoldDoc> = match &args.gold {
        Some(p) => read_gold(&p.to_string_lossy())?,
        None => DEV_GOLD
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()
            .context("parsing the embedded dev gold")?,
    };
    let corpus = args.shared.join("data/corpus/orangesum-3000.jsonl");
    let Ok(file) = std::fs::File::open(&corpus) else {
        println!(
            "corpus absent ({}): dev gold not scored (pass --shared DIR)",
            corpus.display()
        );
        return Ok(ExitCode::SUCCESS);
    };
    let wanted: HashMap<&str, &GoldDoc> = gold.iter().map(|g| (g.id.as_str(), g)).collect();
    let mut scores = Scores {
        log_errors: args.errors,
        ..Scores::default()
    };
    let mut shown = String::new();
    let started = Instant::now();
    for line in std::io::BufReader::new(file).lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let id = match &v["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let Some(g) = wanted.get(id.as_str()) else {
            continue;
        };
        let text = v["article"].as_str().unwrap_or("");
        if sha256_hex(text) != g.sha256 {
            println!("article {id}: text differs from the annotated one (sha256): skipped");
            continue;
        }
        let doc = analyzer.analyze(text, meta(v["date"].as_str()));
        scores.add(g, &doc);
        if args.show {
            shown.push_str(&format!("\n# {id}\n{}", veille_events::render(&doc)));
        }
    }
    println!(
        "\ndev gold ({} articles annotated, {:.1}s):",
        gold.len(),
        started.elapsed().as_secs_f64()
    );
    for e in &scores.errors {
        println!("{e}");
    }
    print!("{}", scores.report());
    print!("{shown}");
    Ok(ExitCode::SUCCESS)
}
