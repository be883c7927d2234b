//! `cargo run --release -p veille-figures --example evals -- [recognizers|timex] [SHARED] [N]`:
//! the same scores as `veille eval recognizers` / `veille eval timex`, without the CLI.
use std::path::PathBuf;
fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "timex".into());
    let shared = PathBuf::from(args.next().unwrap_or_else(|| "../shared".into()));
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let half = args.next().unwrap_or_else(|| "dev".into());
    if what == "timex" {
        let files = match veille_figures::eval::timebank_files(&shared, &half) {
            Ok(f) => f,
            Err(e) => return eprintln!("{e}"),
        };
        match veille_figures::eval::run_timex(&files) {
            Ok(r) => {
                println!("exact   {}", r.exact.summary());
                println!("overlap {}", r.overlap.summary());
                println!(
                    "value {}/{} type {}",
                    r.value_correct, r.value_matched, r.type_correct
                );
                for e in r.errors.iter().take(n) {
                    println!("  {e}");
                }
            }
            Err(e) => eprintln!("{e}"),
        }
    } else {
        match veille_figures::eval::run_recognizers(&shared) {
            Ok(rs) => {
                for r in &rs {
                    println!(
                        "{:<44} cases {:>4} scored {:>4} strict {:>4} value {:>4} ({:.1}%) ref {}/{} items {}/{}",
                        r.file,
                        r.cases,
                        r.scored,
                        r.strict_pass,
                        r.value_pass,
                        100.0 * r.value_pass as f64 / r.scored.max(1) as f64,
                        r.with_reference_pass,
                        r.with_reference,
                        r.gold_items_found,
                        r.gold_items
                    );
                }
                for r in &rs {
                    if !what.is_empty() && what != "recognizers" && !r.file.contains(&what) {
                        continue;
                    }
                    let mut c: Vec<_> = r.disagreements.iter().collect();
                    c.sort_by(|a, b| b.1.cmp(a.1));
                    println!("{}: {:?}", r.file, c);
                    for e in r.examples.iter().take(n) {
                        println!("  {e}");
                    }
                }
            }
            Err(e) => eprintln!("{e}"),
        }
    }
}
