//! `veille quotes FILE…` (print the quotations of texts) and `veille eval quotes` (score them
//! against the dev gold of `crates/veille-quotes/gold`, plus the seed bar).

use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use veille_core::{Document, Meta};
use veille_pipeline::Analyzer;
use veille_quotes::eval::{
    annotation_as_document, evaluate, is_holdout, parse_gold, resolve_split, seed_check,
    speaker_training_rows, split_names, GoldArticle, RankRow, SEED_EXPECT,
};
use veille_quotes::ranker::{Example, Ranker, RefClass, FEATURE_NAMES, NF};
use veille_quotes::sha256::hex as sha256_hex;

#[derive(clap::Args)]
pub struct Args {
    /// Text files to analyse for quotes (`-` reads stdin). Without files, the quotes already in
    /// the store are listed (filter them with --speaker, --doc).
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub stored: super::store::QuotesArgs,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The shared data folder (corpus in data/corpus, seed in seed/).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Gold file (JSONL, see crates/veille-quotes/gold/GUIDELINES.md); the embedded dev gold
    /// when absent.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Which split to score: any split name present in the gold file, `seen` (every split but
    /// the holdout* ones) or `all` (prints every split, then seen, then all).
    #[arg(long, default_value = "all")]
    pub split: String,
    /// Print every missed, spurious and wrongly attributed quote.
    #[arg(long)]
    pub errors: bool,
    /// Score without the NER stage (speakers from the capitalized-name fallback). By default
    /// the NER stage is inserted before `quotes` when the pipeline does not run it yet.
    #[arg(long)]
    pub no_ner: bool,
    /// A second annotation of gold articles (same JSONL format), scored in place of the system:
    /// the inter-annotator agreement, with the system's metric, on the articles both files hold.
    #[arg(long, value_name = "GOLD")]
    pub against: Option<PathBuf>,
}

/// The default pipeline, with (or without) the NER stage just before `quotes`.
fn analyzer_for_eval(with_ner: bool) -> Result<(Analyzer, String)> {
    analyzer_with(with_ner, |_| {})
}

/// `analyzer_for_eval` with its stage list edited by `edit`.
fn analyzer_with(
    with_ner: bool,
    edit: impl FnOnce(&mut Vec<std::sync::Arc<dyn veille_core::Stage>>),
) -> Result<(Analyzer, String)> {
    let mut stages = veille_pipeline::default_stages().context("loading the pipeline")?;
    let has_ner = stages.iter().any(|s| s.name() == "ner");
    if with_ner && !has_ner {
        let ner = veille_ner::NerStage::new().context("loading the NER stage")?;
        let at = stages
            .iter()
            .position(|s| s.name() == "quotes")
            .unwrap_or(stages.len());
        stages.insert(at, std::sync::Arc::new(ner));
    } else if !with_ner {
        stages.retain(|s| s.name() != "ner");
    }
    edit(&mut stages);
    let names: Vec<&str> = stages.iter().map(|s| s.name()).collect();
    let desc = names.join(",");
    Ok((Analyzer::with_stages(stages), desc))
}

pub fn run(args: Args) -> Result<ExitCode> {
    if args.inputs.is_empty() {
        return super::store::run_quotes(args.stored);
    }
    let analyzer = Analyzer::new().context("loading the analysis pipeline")?;
    let mut out = std::io::stdout().lock();
    for p in args.inputs {
        let text = if p.as_os_str() == "-" {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
            s
        } else {
            std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?
        };
        let doc = analyzer.analyze(text.as_str(), Meta::default());
        if p.as_os_str() != "-" {
            writeln!(out, "# {}", p.display())?;
        }
        write!(out, "{}", veille_quotes::render(&doc))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads and parses a gold-format file, or the embedded dev gold when `path` is `None`.
fn read_gold(path: Option<&PathBuf>) -> Result<Vec<GoldArticle>> {
    let text = match path {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => veille_quotes::eval::DEV_GOLD.to_string(),
    };
    parse_gold(&text).with_context(|| match path {
        Some(p) => format!("parsing {}", p.display()),
        None => "parsing the embedded dev gold".to_string(),
    })
}

pub fn run_eval(args: EvalArgs) -> Result<ExitCode> {
    let mut gold = read_gold(args.gold.as_ref())?;
    // What is scored against the gold: the pipeline, or a second annotation (`--against`).
    let analyze: Box<dyn Fn(&str) -> Document> = match &args.against {
        Some(path) => {
            let second = read_gold(Some(path))?;
            let by_id: HashMap<String, GoldArticle> =
                second.into_iter().map(|a| (a.id.clone(), a)).collect();
            gold.retain(|g| by_id.contains_key(&g.id));
            println!(
                "scoring the annotation {} against the gold ({} articles in both)",
                path.display(),
                gold.len()
            );
            let by_sha: HashMap<String, GoldArticle> =
                by_id.into_values().map(|a| (a.sha256.clone(), a)).collect();
            // (an article the second annotation lacks reads as one with no statement)
            let empty = GoldArticle {
                id: String::new(),
                sha256: String::new(),
                split: String::new(),
                quotes: Vec::new(),
            };
            Box::new(move |t: &str| {
                let a = by_sha.get(&sha256_hex(t.as_bytes())).unwrap_or(&empty);
                annotation_as_document(t, a)
            })
        }
        None => {
            let (analyzer, desc) = analyzer_for_eval(!args.no_ner)?;
            println!("pipeline: {desc}");
            Box::new(move |t: &str| analyzer.analyze(t, Meta::default()))
        }
    };

    // the seed bar (of the system only)
    let seed = args.shared.join("seed/000_eb0666d88d620342.txt");
    match std::fs::read_to_string(&seed) {
        _ if args.against.is_some() => {}
        Ok(text) => {
            let doc = analyze(&text);
            let (ok, lines) = seed_check(&doc);
            println!(
                "seed bar ({}): {ok}/{} expectations met",
                seed.display(),
                SEED_EXPECT.len()
            );
            print!("{lines}");
        }
        Err(_) => println!(
            "seed article absent ({}): seed bar not checked",
            seed.display()
        ),
    }

    let Some(corpus) = read_corpus(&args.shared, &gold)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let names = split_names(&gold);
    // `all`: every split, then "seen" (all but holdout*), then all; otherwise the one asked.
    let runs: Vec<String> = match args.split.as_str() {
        "all" => names
            .iter()
            .cloned()
            .chain(["seen".to_string(), "all".to_string()])
            .collect(),
        other if resolve_split(&gold, other).is_some() => vec![other.to_string()],
        other => bail!(
            "unknown split {other:?} (present: {}, seen, all)",
            names.join(", ")
        ),
    };
    for name in runs {
        let t = Instant::now();
        let splits = resolve_split(&gold, &name).unwrap_or_default();
        let filter: Vec<&str> = splits.iter().map(String::as_str).collect();
        if filter.is_empty() {
            println!("\n== split {name}: no articles");
            continue;
        }
        let report = evaluate(&gold, &corpus, &filter, &*analyze);
        println!(
            "\n== split {name} [{}] ({:.2}s)",
            filter.join("+"),
            t.elapsed().as_secs_f64()
        );
        print!("{}", report.table());
        // Errors: those of the split asked for; with `all`, those of "seen" only, so a holdout
        // split's errors are printed only when it is asked for by name.
        let wanted = if args.split == "all" {
            "seen"
        } else {
            args.split.as_str()
        };
        if args.errors && name == wanted {
            print!("{}", report.errors);
            if args.split == "all" && names.iter().any(|s| is_holdout(s)) {
                println!("(errors of holdout splits not listed: ask for them by name)");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The gold articles' texts from the shared OrangeSum corpus, by id; `None` (with a message)
/// when the corpus is absent.
fn read_corpus(
    shared: &std::path::Path,
    gold: &[GoldArticle],
) -> Result<Option<HashMap<String, String>>> {
    let corpus_path = shared.join("data/corpus/orangesum-3000.jsonl");
    let Ok(f) = std::fs::File::open(&corpus_path) else {
        println!(
            "corpus absent ({}): the gold articles cannot be read (pass --shared DIR)",
            corpus_path.display()
        );
        return Ok(None);
    };
    let wanted: std::collections::HashSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
    let mut corpus = HashMap::new();
    for line in BufReader::new(f).lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let id = v.get("id").and_then(|x| x.as_str()).unwrap_or("");
        if wanted.contains(id) {
            let art = v.get("article").and_then(|x| x.as_str()).unwrap_or("");
            corpus.insert(id.to_string(), art.to_string());
        }
    }
    Ok(Some(corpus))
}

#[derive(clap::Args)]
pub struct TrainSpeakersArgs {
    /// The shared data folder (corpus in data/corpus).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Gold file; the embedded dev gold when absent.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Splits left out of training besides the holdout* ones (comma-separated), to score
    /// the model on them afterwards.
    #[arg(long, value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// Where to write the model.
    #[arg(long, default_value = "crates/veille-quotes/model/speakers.vspk")]
    pub out: PathBuf,
    #[arg(long, default_value_t = 10)]
    pub epochs: u32,
    /// Scorers trained from successive seeds, their scores averaged.
    #[arg(long, default_value_t = 5)]
    pub members: u32,
    /// Hidden units of each scorer (0: linear; at most 64).
    #[arg(long, default_value_t = 16)]
    pub hidden: usize,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Cross-validation folds (by article) reported before the final training; 0 skips it.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
}

/// How often the ranker's choice and the rules' pick designate the gold speaker, over `rows`.
fn ranker_accuracy(r: &Ranker, rows: &[&RankRow]) -> (usize, usize, usize) {
    let (mut rule_ok, mut rank_ok) = (0, 0);
    for (_, class, cands) in rows {
        let feats: Vec<[f32; NF]> = cands.iter().map(|c| c.0).collect();
        let rule = cands.iter().position(|c| c.0[1] > 0.0);
        rule_ok += usize::from(rule.is_some_and(|i| cands[i].1));
        let pick = r.choose(*class, &feats).or(rule);
        rank_ok += usize::from(pick.is_some_and(|i| cands[i].1));
    }
    (rule_ok, rank_ok, rows.len())
}

/// `veille train speakers`: the speaker ranker from the dev gold.
pub fn run_train_speakers(args: TrainSpeakersArgs) -> Result<ExitCode> {
    let gold = read_gold(args.gold.as_ref())?;
    let Some(corpus) = read_corpus(&args.shared, &gold)? else {
        return Ok(ExitCode::FAILURE);
    };
    // the stages before `quotes`: the candidates come from the extractor run on their output
    // (the rules alone, whatever model is embedded)
    let (analyzer, desc) = analyzer_with(true, |stages| {
        stages.truncate(
            stages
                .iter()
                .position(|s| s.name() == "quotes")
                .unwrap_or(stages.len()),
        );
    })?;
    println!("pipeline: {desc}");
    let train: Vec<String> = split_names(&gold)
        .into_iter()
        .filter(|s| !is_holdout(s) && !args.exclude.contains(s))
        .collect();
    let filter: Vec<&str> = train.iter().map(String::as_str).collect();
    let t = Instant::now();
    let analyze = |t: &str| analyzer.analyze(t, Meta::default());
    let rows = speaker_training_rows(&gold, &corpus, &filter, &analyze);
    let reachable = rows.iter().filter(|r| r.2.iter().any(|c| c.1)).count();
    println!(
        "{} statements with ranker candidates ({reachable} with a right one) from {} splits ({:.1}s)",
        rows.len(),
        train.len(),
        t.elapsed().as_secs_f64()
    );
    for class in [RefClass::Pronoun, RefClass::Current, RefClass::Title] {
        let of: Vec<&RankRow> = rows.iter().filter(|r| r.1 == class).collect();
        let rule = of
            .iter()
            .filter(|r| r.2.iter().any(|c| c.0[1] > 0.0 && c.1))
            .count();
        let reachable = of.iter().filter(|r| r.2.iter().any(|c| c.1)).count();
        println!(
            "  {class:?}: {} statements, the rules' pick right {rule}, a right candidate {reachable}",
            of.len()
        );
    }
    let plain = |rows: &[&RankRow]| -> Vec<Example> {
        rows.iter().map(|(_, c, x)| (*c, x.clone())).collect()
    };
    if args.folds > 1 {
        let (mut rule, mut rank, mut n) = (0, 0, 0);
        for k in 0..args.folds {
            let (test, fit): (Vec<&RankRow>, Vec<&RankRow>) =
                rows.iter().partition(|r| r.0 % args.folds == k);
            let model = Ranker::train(
                &plain(&fit),
                args.hidden,
                args.epochs,
                args.seed,
                args.members,
            );
            let (a, b, c) = ranker_accuracy(&model, &test);
            rule += a;
            rank += b;
            n += c;
        }
        println!(
            "{}-fold cross-validation by article: the rules' pick right {rule}/{n} ({:.3}), the ranker's {rank}/{n} ({:.3})",
            args.folds,
            rule as f64 / n.max(1) as f64,
            rank as f64 / n.max(1) as f64
        );
    }
    let all: Vec<&RankRow> = rows.iter().collect();
    let model = Ranker::train(
        &plain(&all),
        args.hidden,
        args.epochs,
        args.seed,
        args.members,
    );
    let (a, b, c) = ranker_accuracy(&model, &all);
    println!("on the training rows: rules {a}/{c}, ranker {b}/{c}");
    let line: Vec<String> = FEATURE_NAMES
        .iter()
        .zip(model.weights())
        .filter(|(_, x)| x.abs() > 0.05)
        .map(|(n, x)| format!("{n} {x:+.2}"))
        .collect();
    println!("linear weights: {}", line.join("; "));
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.out, model.to_bytes())
        .with_context(|| format!("writing {}", args.out.display()))?;
    println!("model written to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
