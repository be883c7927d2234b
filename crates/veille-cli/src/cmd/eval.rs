//! `veille eval <what>`: scoring against gold data. Each variant's arguments and runner live in
//! the module of the command group that owns the capability.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum EvalCommand {}

pub fn run(cmd: EvalCommand) -> Result<ExitCode> {
    match cmd {}
}
