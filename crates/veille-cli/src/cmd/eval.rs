//! `veille eval <what>`: scoring against gold data. Each variant's arguments and runner live in
//! the module of the command group that owns the capability.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Events: trigger and argument P/R/F1 on the dev gold, plus the seed bar of issue 8.
    Events(super::events::EvalArgs),
    /// HTML main-text extraction: Zyte benchmark (4-gram shingle F1) and French segments.
    Extract(super::extract::EvalArgs),
    /// Quotations: content-span P/R/F1 and speaker accuracy on the dev gold, plus the seed bar.
    Quotes(super::quotes::EvalArgs),
    /// Named entities: exact-span P/R/F1 against a gold file.
    Ner(super::ner::EvalArgs),
    /// Toponym resolution (gold toponyms given) on GeoVirus and TR-News.
    Geo(super::geo::EvalGeoArgs),
    /// Numbers and dates against the Microsoft Recognizers-Text French specs.
    Recognizers(super::figures::RecognizersArgs),
    /// TIMEX3 spans and values against the French TimeBank.
    Timex(super::figures::TimexArgs),
    /// Tokens against UD French (Sequoia + GSD): exact-span P/R/F1.
    Tokens(super::text::UdArgs),
    /// Sentence boundaries against UD French (Sequoia + GSD): P/R/F1 of sentence ends.
    Sentences(super::text::UdArgs),
}

pub fn run(cmd: EvalCommand) -> Result<ExitCode> {
    match cmd {
        EvalCommand::Events(args) => super::events::run_eval(args),
        EvalCommand::Extract(args) => super::extract::run_eval(args),
        EvalCommand::Quotes(args) => super::quotes::run_eval(args),
        EvalCommand::Ner(args) => super::ner::run_eval(args),
        EvalCommand::Geo(args) => super::geo::run_eval(args),
        EvalCommand::Recognizers(args) => super::figures::run_recognizers(args),
        EvalCommand::Timex(args) => super::figures::run_timex(args),
        EvalCommand::Tokens(args) => super::text::run_tokens(args),
        EvalCommand::Sentences(args) => super::text::run_sentences(args),
    }
}
