//! `veille eval tokens` and `veille eval sentences`: the tokenizer and the sentence splitter
//! against UD French (Sequoia + GSD). The reading and scoring live in `veille_text::eval`.

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use veille_text::eval::{self, Joiner, Which};

#[derive(clap::Args)]
pub struct UdArgs {
    /// The shared data folder (gold in data/eval/ud-french).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// How the sentences of a file are joined: layout (space after final punctuation, else a
    /// newline), space, newline.
    #[arg(long, default_value = "layout")]
    pub join: String,
}

pub fn run_tokens(args: UdArgs) -> Result<ExitCode> {
    run(args, Which::Tokens)
}

pub fn run_sentences(args: UdArgs) -> Result<ExitCode> {
    run(args, Which::Sentences)
}

fn run(args: UdArgs, which: Which) -> Result<ExitCode> {
    let joiner = match args.join.as_str() {
        "layout" => Joiner::Layout,
        "space" => Joiner::Space,
        "newline" => Joiner::Newline,
        other => anyhow::bail!("--join {other:?}: expected layout, space or newline"),
    };
    let dir = args.shared.join("data/eval/ud-french");
    let report = eval::run_ud_eval_with(&dir, which, joiner)
        .with_context(|| format!("UD French evaluation in {}", dir.display()))?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
