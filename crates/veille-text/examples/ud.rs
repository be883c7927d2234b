//! Tuning aid: scores of all UD files, or the most frequent errors of one file.
//! `cargo run --release -p veille-text --example ud -- DIR_OR_FILE [tokens|sentences] [N]`
use std::path::Path;
use veille_text::eval;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("../shared/data/eval/ud-french");
    let what = args.get(2).map(String::as_str).unwrap_or("tokens");
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(60);
    let p = Path::new(path);
    if p.is_dir() {
        for joiner in [eval::Joiner::Layout, eval::Joiner::Space] {
            match eval::run_ud_eval_with(p, eval::Which::Both, joiner) {
                Ok(r) => println!("{r}"),
                Err(e) => eprintln!("{e}"),
            }
        }
        return;
    }
    let s = match eval::read_conllu(p) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    if what == "tokens" {
        for (c, e) in eval::token_errors(&s, n) {
            println!("{c:5} {e}");
        }
    } else {
        let j = if what == "space" {
            eval::Joiner::Space
        } else {
            eval::Joiner::Layout
        };
        for e in eval::sentence_errors(&s, j, n) {
            println!("{e}");
        }
    }
}
