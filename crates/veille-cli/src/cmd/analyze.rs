//! `veille analyze`: text, stdin or JSONL in, analysed Documents out.

use crate::input::{self, Failure, Record};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use veille_core::{Document, Level, Meta};
use veille_pipeline::Analyzer;

#[derive(clap::Args)]
pub struct Args {
    /// Input files (plain text, or JSONL by the `.jsonl` extension); none or `-` reads stdin.
    pub inputs: Vec<PathBuf>,
    /// Read every input (and stdin) as JSONL: one object per line with `text`.
    #[arg(long)]
    pub jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Pretty-print JSON (default for a single plain-text input).
    #[arg(long)]
    pub pretty: bool,
    /// Layers left out of the output, comma-separated (e.g. `tokens,sentences`).
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(veille_core::Layers::NAMES))]
    pub omit: Vec<String>,
    /// Publication date for plain-text input (YYYY-MM-DD); relative dates resolve against it.
    #[arg(long)]
    pub date: Option<String>,
    /// Title for plain-text input.
    #[arg(long)]
    pub title: Option<String>,
    /// Source (site or agency) for plain-text input.
    #[arg(long)]
    pub source: Option<String>,
    /// URL for plain-text input.
    #[arg(long)]
    pub url: Option<String>,
    /// Document id for plain-text input.
    #[arg(long)]
    pub id: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
}

/// How many JSONL records are analysed in parallel before their output is written, in order.
const BATCH: usize = 256;

pub fn run(args: Args) -> Result<ExitCode> {
    let analyzer = Analyzer::new().context("loading the analysis pipeline")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let inputs: Vec<Option<&Path>> = if args.inputs.is_empty() {
        vec![None]
    } else {
        args.inputs
            .iter()
            .map(|p| (p.as_os_str() != "-").then_some(p.as_path()))
            .collect()
    };
    let mut tally = Tally::default();
    for input in inputs {
        let jsonl =
            args.jsonl || input.is_some_and(|p| p.extension().is_some_and(|e| e == "jsonl"));
        if jsonl {
            analyze_jsonl(&analyzer, input, &args, &mut out, &mut tally)?;
        } else {
            match input::read_text(input, plain_meta(&args)) {
                Ok(record) => {
                    let doc = analyze_record(&analyzer, record);
                    write_doc(doc, &args, args.pretty || args.inputs.len() <= 1, &mut out)?;
                    tally.done += 1;
                }
                Err(f) => tally.fail(f),
            }
        }
    }
    out.flush()?;
    drop(out);
    if tally.failed > 0 {
        eprintln!(
            "analysed {} document(s); {} input(s) failed (see above)",
            tally.done, tally.failed
        );
    }
    Ok(if tally.done == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Default)]
struct Tally {
    done: usize,
    failed: usize,
}

impl Tally {
    fn fail(&mut self, f: Failure) {
        eprintln!("error: {f}");
        self.failed += 1;
    }
}

fn plain_meta(args: &Args) -> Meta {
    Meta {
        id: args.id.clone(),
        title: args.title.clone(),
        url: args.url.clone(),
        source: args.source.clone(),
        date: args.date.clone(),
        ..Meta::default()
    }
}

/// Analyses one record, attaching its reading warnings to the document.
pub fn analyze_record(analyzer: &Analyzer, record: Record) -> Document {
    let mut doc = analyzer.analyze(record.text, record.meta);
    for d in doc.diagnostics.iter().filter(|d| d.level == Level::Error) {
        eprintln!(
            "warning: {}: stage {} failed: {}",
            record.origin, d.stage, d.message
        );
    }
    for w in record.warnings {
        eprintln!("warning: {w}");
        doc.diagnose(Level::Warning, "input", w);
    }
    doc
}

fn analyze_jsonl(
    analyzer: &Analyzer,
    input: Option<&Path>,
    args: &Args,
    out: &mut impl Write,
    tally: &mut Tally,
) -> Result<()> {
    let origin = input.map_or("<stdin>".to_string(), |p| p.display().to_string());
    let reader: Box<dyn std::io::BufRead> = match input {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 20, f)),
            Err(e) => {
                tally.fail(Failure {
                    origin,
                    message: format!("cannot open: {e}"),
                });
                return Ok(());
            }
        },
        None => Box::new(BufReader::new(std::io::stdin())),
    };
    let mut records = input::jsonl_records(reader, origin).peekable();
    while records.peek().is_some() {
        let batch: Vec<Result<Record, Failure>> = records.by_ref().take(BATCH).collect();
        let docs: Vec<Result<Document, Failure>> = batch
            .into_par_iter()
            .map(|r| r.map(|rec| analyze_record(analyzer, rec)))
            .collect();
        for doc in docs {
            match doc {
                Ok(doc) => {
                    write_doc(doc, args, args.pretty, out)?;
                    tally.done += 1;
                }
                Err(f) => tally.fail(f),
            }
        }
    }
    Ok(())
}

fn write_doc(mut doc: Document, args: &Args, pretty: bool, out: &mut impl Write) -> Result<()> {
    for name in &args.omit {
        doc.layers.clear(name.trim());
    }
    match args.format {
        Format::Text => {
            out.write_all(veille_core::render::render_text(&doc).as_bytes())?;
        }
        Format::Json if pretty => {
            serde_json::to_writer_pretty(&mut *out, &doc.to_json())?;
        }
        Format::Json => doc.write_json(&mut *out)?,
    }
    out.write_all(b"\n")?;
    Ok(())
}
