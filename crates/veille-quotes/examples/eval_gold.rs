//! Scores the quote stage alone (no tokenizer, no NER: the fallback path) on the dev gold.
//! `cargo run --release -p veille-quotes --example eval_gold -- ../shared [SPLIT|seen|all]
//! [--errors] [--ner] [--gold FILE]` (`--ner` runs the tokenizer and NER stages first, as the
//! pipeline does). With `--files F…` it prints the quotes of text files instead.
//! The full pipeline is scored by `veille eval quotes`.
use std::collections::HashMap;
use std::io::BufRead;
use veille_core::{Document, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let shared = args.get(1).cloned().unwrap_or_else(|| "../shared".into());
    let split = args.get(2).cloned().unwrap_or_else(|| "dev".into());
    let stage = veille_quotes::QuoteStage::new();
    let ner = if args.iter().any(|a| a == "--ner") {
        Some(veille_ner::NerStage::new()?)
    } else {
        None
    };
    let analyze = |t: &str| {
        let mut d = Document::new(t, Default::default());
        if let Some(ner) = &ner {
            veille_text::TokenizeStage.annotate(&mut d);
            ner.annotate(&mut d);
        }
        stage.annotate(&mut d);
        d
    };
    if let Some(at) = args.iter().position(|a| a == "--files") {
        for p in &args[at + 1..] {
            let t = std::fs::read_to_string(p)?;
            println!("# {p}");
            let d = analyze(&t);
            if std::env::var_os("MENTIONS").is_some() {
                for m in &d.layers.mentions {
                    println!("  mention {:?} {:?}", m.label, d.slice(m.span));
                }
            }
            print!("{}", veille_quotes::render(&d));
        }
        return Ok(());
    }
    let gold_text = match args.iter().position(|a| a == "--gold") {
        Some(at) => std::fs::read_to_string(args.get(at + 1).ok_or("--gold FILE")?)?,
        None => veille_quotes::eval::DEV_GOLD.to_string(),
    };
    let gold = veille_quotes::eval::parse_gold(&gold_text)?;
    let f = std::fs::File::open(format!("{shared}/data/corpus/orangesum-3000.jsonl"))?;
    let mut corpus = HashMap::new();
    for line in std::io::BufReader::new(f).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let id = v["id"].as_str().unwrap_or("").to_string();
        if gold.iter().any(|g| g.id == id) {
            corpus.insert(id, v["article"].as_str().unwrap_or("").to_string());
        }
    }
    let splits = veille_quotes::eval::resolve_split(&gold, &split)
        .ok_or_else(|| format!("unknown split {split}"))?;
    let filter: Vec<&str> = splits.iter().map(String::as_str).collect();
    let r = veille_quotes::eval::evaluate(&gold, &corpus, &filter, &analyze);
    println!("split {split} [{}]", filter.join("+"));
    print!("{}", r.table());
    if args.iter().any(|a| a == "--errors") {
        print!("{}", r.errors);
    }
    if let Ok(seed) = std::fs::read_to_string(format!("{shared}/seed/000_eb0666d88d620342.txt")) {
        let d = analyze(&seed);
        let (ok, lines) = veille_quotes::eval::seed_check(&d);
        println!("seed {ok}/{}", veille_quotes::eval::SEED_EXPECT.len());
        if ok < veille_quotes::eval::SEED_EXPECT.len() {
            print!("{lines}");
        }
    }
    Ok(())
}
