//! `veille eval recognizers` and `veille eval timex`: numbers and dates against peer test
//! suites and the French TimeBank. The scoring lives in `veille_figures::eval`.

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use veille_figures::eval;

#[derive(clap::Args)]
pub struct RecognizersArgs {
    /// The shared data folder (specs in data/eval/recognizers-text-specs-fr).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Print this many disagreement examples per spec file.
    #[arg(long, default_value_t = 0)]
    pub examples: usize,
}

#[derive(clap::Args)]
pub struct TimexArgs {
    /// The shared data folder (gold in data/eval/fr-timebank/Data).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Which half of the 54 documents: dev (even positions in sorted order), test (odd), all.
    #[arg(long, default_value = "dev")]
    pub half: String,
    /// Print this many errors (missed, spurious, wrong value).
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * a as f64 / b as f64)
    }
}

pub fn run_recognizers(args: RecognizersArgs) -> Result<ExitCode> {
    let reports = eval::run_recognizers(&args.shared).context("Recognizers-Text specs")?;
    println!("Recognizers-Text French specs ({})", args.shared.display());
    println!(
        "{:<44} {:>6} {:>7} {:>9} {:>9} {:>16}",
        "spec file", "cases", "scored", "strict", "value", "gold items found"
    );
    for r in &reports {
        println!(
            "{:<44} {:>6} {:>7} {:>9} {:>9} {:>16}",
            r.file,
            r.cases,
            r.scored,
            pct(r.strict_pass, r.scored),
            pct(r.value_pass, r.scored),
            pct(r.gold_items_found, r.gold_items)
        );
        if r.with_reference > 0 && r.file.contains("DateTime") {
            println!(
                "{:<44} {:>6} {:>7} {:>9} {:>9}",
                "  (cases with a ReferenceDateTime)",
                "",
                r.with_reference,
                "",
                pct(r.with_reference_pass, r.with_reference)
            );
            println!(
                "{:<44} {:>6} {:>7} {:>9} {:>9}",
                "  (reference recovered from English spec)",
                "",
                r.recovered_reference,
                "",
                pct(r.recovered_reference_pass, r.recovered_reference)
            );
            println!(
                "{:<44} {:>6} {:>7} {:>9} {:>9}",
                "  (gold needs an unstated reference date)",
                "",
                r.unstated_reference,
                "",
                pct(r.unstated_reference_pass, r.unstated_reference)
            );
        }
    }
    println!("strict: same extracted texts and values; value: same values (a gold timex with open");
    println!("parts, XXXX-12-12 or XXXX-WXX-5, accepts the values it resolves to; date-less clock");
    println!("times and year-less seasons accept ours with a date; ranges compared as intervals).");
    println!(
        "DateTime cases without a ReferenceDateTime whose gold was resolved against an unstated"
    );
    println!(
        "date take the reference of the English case with the same gold timexes, when unique."
    );
    println!(
        "gold items found: share of gold results whose value appears among ours (item level)."
    );
    for r in &reports {
        println!("\n{} — disagreements by category:", r.file);
        let mut cats: Vec<_> = r.disagreements.iter().collect();
        cats.sort_by(|a, b| b.1.cmp(a.1));
        for (c, n) in cats {
            println!("  {n:>5}  {c}");
        }
        for e in r.examples.iter().take(args.examples) {
            println!("  {e}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_timex(args: TimexArgs) -> Result<ExitCode> {
    let files = eval::timebank_files(&args.shared, &args.half).context("French TimeBank")?;
    let r = eval::run_timex(&files)?;
    println!(
        "French TimeBank TIMEX3, {} half: {} documents",
        args.half,
        r.docs.len()
    );
    println!("docs: {}", r.docs.join(" "));
    println!("span exact   {}", r.exact.summary());
    println!("span overlap {}", r.overlap.summary());
    println!(
        "value accuracy on overlap-matched spans: {} ({}/{}); type accuracy {}",
        pct(r.value_correct, r.value_matched),
        r.value_correct,
        r.value_matched,
        pct(r.type_correct, r.value_matched)
    );
    for e in r.errors.iter().take(args.errors) {
        println!("  {e}");
    }
    Ok(ExitCode::SUCCESS)
}
