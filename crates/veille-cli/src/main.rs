//! `veille`: the command-line tool. Glue only: every capability lives in a library crate.

mod cmd;
mod input;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "veille",
    version,
    about = "News analysis: entities, places, quotes, figures, dates, events"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse text, a text file or JSONL and print the Document(s) as JSON or text.
    Analyze(cmd::analyze::Args),
    /// Extract the main text and metadata of an HTML page (file or URL) as JSON.
    Extract(cmd::extract::Args),
    /// Measure the throughput of the pipeline over a JSONL corpus.
    Bench(cmd::bench::Args),
    /// Score veille against gold data.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Quotations with their speakers: of the texts given, or of the store (--speaker NAME).
    Quotes(cmd::quotes::Args),
    /// Train a model.
    #[command(subcommand)]
    Train(cmd::ner::TrainCommand),
    /// Build, inspect or benchmark the GeoNames gazetteer.
    #[command(subcommand)]
    Gazetteer(cmd::geo::GazetteerCommand),
    /// Resolve given toponyms (JSONL with character offsets) to GeoNames entries.
    Geocode(cmd::geo::GeocodeArgs),
    /// Tag pre-tokenized text (one token per line) with named entities, IOB2.
    Tag(cmd::ner::TagArgs),
    #[command(flatten)]
    Store(cmd::store::StoreCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Bench(args) => cmd::bench::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Quotes(args) => cmd::quotes::run(args),
        Command::Train(args) => cmd::ner::run_train(args),
        Command::Tag(args) => cmd::ner::run_tag(args),
        Command::Store(cmd) => cmd::store::run(cmd),
        Command::Gazetteer(args) => cmd::geo::run_gazetteer(args),
        Command::Geocode(args) => cmd::geo::run_geocode(args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `veille analyze big.jsonl | head` must end quietly.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
