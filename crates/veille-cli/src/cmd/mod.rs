//! One module per command group. Each exposes `Args` (clap) and `run(Args) -> Result<ExitCode>`.

pub mod analyze;
pub mod bench;
pub mod eval;
pub mod events;
pub mod extract;
pub mod figures;
pub mod geo;
pub mod ner;
pub mod quotes;
pub mod store;
pub mod text;
