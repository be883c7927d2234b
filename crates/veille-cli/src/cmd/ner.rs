//! `veille train ner`, `veille eval ner`, `veille tag`: the named-entity tagger's commands.

use anyhow::{bail, Context, Result};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use veille_ner::eval::{evaluate, evaluate_docs, score};
use veille_ner::features::FeatureSet;
use veille_ner::readers::{read_file, read_str, read_tokens, Corpus, Format};
use veille_ner::train::{train_standard, TrainConfig};
use veille_ner::{NerModel, Tag};

#[derive(clap::Subcommand)]
pub enum TrainCommand {
    /// Train the NER model on the corpora in ../shared/data/ner (fixed seed, reproducible).
    Ner(TrainArgs),
    /// Train the quotation stage's speaker ranker on the dev gold (needs the shared corpus).
    Speakers(super::quotes::TrainSpeakersArgs),
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Folder of the NER corpora.
    #[arg(long, default_value = "../shared/data/ner")]
    pub data: PathBuf,
    /// The shared data folder (gazetteers in data/geo, unlabeled text in data/corpus).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "crates/veille-ner/model/fr.vner")]
    pub out: PathBuf,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    pub epochs: u32,
    /// log2 of the number of hashed weight buckets.
    #[arg(long, default_value_t = TrainConfig::default().bits)]
    pub bits: u32,
    /// Feature groups bit set (1 gazetteers, 2 clusters, 4 bigrams), for ablations.
    #[arg(long, default_value_t = FeatureSet::ALL.0)]
    pub features: u32,
    /// See a training set N times per epoch, by name prefix (`hipe2020=2`); repeatable.
    #[arg(long)]
    pub repeat: Vec<String>,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold file.
    #[arg(long)]
    pub gold: PathBuf,
    /// wikiann | conllu | hipe | bio
    #[arg(long)]
    pub format: String,
    /// Only these sentences of the gold file, `START..END` (either side may be empty).
    #[arg(long)]
    pub sentences: Option<String>,
    /// Write veille's predictions as `token<TAB>TAG` lines (IOB2, blank line between sentences).
    #[arg(long)]
    pub pred_out: Option<PathBuf>,
    /// Write the gold as read (types mapped, IOB2) in the same layout.
    #[arg(long)]
    pub gold_out: Option<PathBuf>,
    /// Score these predictions (`token<TAB>TAG`, same sentences and tokens) instead of veille's.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Model file (default: the embedded model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Document-level consistency across each gold document (HIPE formats have documents).
    #[arg(long)]
    pub doc: bool,
}

#[derive(clap::Args)]
pub struct TagArgs {
    /// Pre-tokenized input: one token per line, blank line between sentences (default stdin).
    pub file: Option<PathBuf>,
    /// Model file (default: the embedded model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn load_model(path: Option<&Path>) -> Result<(NerModel, f64)> {
    let t0 = Instant::now();
    let model = match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            NerModel::load(&bytes).with_context(|| format!("loading {}", p.display()))?
        }
        None => NerModel::embedded().context("loading the embedded NER model")?,
    };
    Ok((model, t0.elapsed().as_secs_f64() * 1000.0))
}

pub fn run_train(cmd: TrainCommand) -> Result<ExitCode> {
    let args = match cmd {
        TrainCommand::Ner(args) => args,
        TrainCommand::Speakers(args) => return super::quotes::run_train_speakers(args),
    };
    if !args.data.exists() {
        bail!(
            "{} not found: training needs the shared NER corpora (pass --data DIR)",
            args.data.display()
        );
    }
    let mut repeat = Vec::new();
    for r in &args.repeat {
        let (name, n) = r.split_once('=').context("--repeat takes NAME=N")?;
        repeat.push((
            name.to_string(),
            n.parse().context("--repeat takes NAME=N")?,
        ));
    }
    let cfg = TrainConfig {
        bits: args.bits,
        epochs: args.epochs,
        seed: args.seed,
        features: FeatureSet(args.features),
        repeat,
    };
    let t0 = Instant::now();
    let run = train_standard(&args.shared, &args.data, &cfg, |s| eprintln!("{s}"))?;
    for w in run.warnings.iter().take(20) {
        eprintln!("warning: {w}");
    }
    if run.warnings.len() > 20 {
        eprintln!("warning: ... {} more", run.warnings.len() - 20);
    }
    let bytes = run.model.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    println!(
        "trained on {} sentences / {} tokens in {:.1}s; wrote {} ({} bytes, version {})",
        run.train_sentences,
        run.train_tokens,
        t0.elapsed().as_secs_f64(),
        args.out.display(),
        bytes.len(),
        run.model.version()
    );
    println!("| dev set | sentences | tokens | P | R | F1 | tokens/s |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, r) in &run.dev {
        println!(
            "| {name} | {} | {} | {:.4} | {:.4} | {:.4} | {:.0} |",
            r.sentences,
            r.tokens,
            r.micro.precision(),
            r.micro.recall(),
            r.micro.f1(),
            r.tokens_per_second()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_range(s: &str, n: usize) -> Result<(usize, usize)> {
    let (a, b) = s.split_once("..").context("--sentences takes START..END")?;
    let a = if a.is_empty() { 0 } else { a.parse()? };
    let b = if b.is_empty() {
        n
    } else {
        b.parse::<usize>()?.min(n)
    };
    if a > b {
        bail!("empty sentence range {s}");
    }
    Ok((a, b))
}

fn write_tagged(path: &Path, corpus: &Corpus, tags: &[Vec<Tag>]) -> Result<()> {
    let mut w = BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    for (s, t) in corpus.sentences.iter().zip(tags) {
        for (tok, tag) in s.tokens.iter().zip(t) {
            writeln!(w, "{tok}\t{tag}")?;
        }
        writeln!(w)?;
    }
    w.flush()?;
    Ok(())
}

pub fn run_eval(args: EvalArgs) -> Result<ExitCode> {
    let format = Format::parse(&args.format).with_context(|| {
        format!(
            "unknown format {:?} (wikiann, conllu, hipe, bio)",
            args.format
        )
    })?;
    if !args.gold.exists() {
        bail!(
            "gold file {} not found (the shared data folder ../shared is absent?)",
            args.gold.display()
        );
    }
    let mut gold = read_file(&args.gold, format)?;
    for w in gold.warnings.iter().take(10) {
        eprintln!("warning: malformed line skipped: {w}");
    }
    if let Some(r) = &args.sentences {
        let (a, b) = parse_range(r, gold.sentences.len())?;
        gold.sentences = gold.sentences[a..b].to_vec();
    }
    let types: Vec<&str> = gold.types.iter().map(|t| t.as_str()).collect();
    println!(
        "gold {}: {} sentences, {} tokens, {} malformed lines skipped; scoring {}",
        args.gold.display(),
        gold.sentences.len(),
        gold.n_tokens(),
        gold.warnings.len(),
        types.join(",")
    );
    if let Some(p) = &args.gold_out {
        let tags: Vec<Vec<Tag>> = gold.sentences.iter().map(|s| s.tags.clone()).collect();
        write_tagged(p, &gold, &tags)?;
    }
    let report = match &args.pred {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            let pred = read_str(&text, Format::Conllu, &p.display().to_string());
            if pred.sentences.len() != gold.sentences.len()
                || pred
                    .sentences
                    .iter()
                    .zip(&gold.sentences)
                    .any(|(a, b)| a.tokens.len() != b.tokens.len())
            {
                bail!(
                    "{}: sentences or tokens do not line up with the gold",
                    p.display()
                );
            }
            println!("system: {}", p.display());
            score(&gold, pred.sentences.into_iter().map(|s| s.tags).collect())
        }
        None => {
            let (model, ms) = load_model(args.model.as_deref())?;
            let r = if args.doc {
                evaluate_docs(&model, &gold)
            } else {
                evaluate(&model, &gold)
            };
            println!(
                "system: veille-ner {} (model load {:.0} ms)",
                model.version(),
                ms
            );
            println!(
                "tagging: {} tokens in {:.3} s = {:.0} tokens/s (1 thread)",
                r.tokens,
                r.seconds,
                r.tokens_per_second()
            );
            r
        }
    };
    print!("{}", report.render());
    if let Some(p) = &args.pred_out {
        write_tagged(p, &gold, &report.predictions)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_tag(args: TagArgs) -> Result<ExitCode> {
    let mut text = String::new();
    match &args.file {
        Some(p) => {
            text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let (model, _) = load_model(args.model.as_deref())?;
    let sentences = read_tokens(&text);
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut scratch = veille_ner::features::Scratch::default();
    let mut tags = Vec::new();
    for s in &sentences {
        let toks: Vec<&str> = s.iter().map(String::as_str).collect();
        model.tag_into(&toks, &mut scratch, &mut tags);
        for (tok, tag) in toks.iter().zip(&tags) {
            writeln!(w, "{tok}\t{tag}")?;
        }
        writeln!(w)?;
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}
