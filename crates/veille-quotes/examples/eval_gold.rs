//! Scores the quote stage alone (no tokenizer, no NER: the fallback path) on the dev gold.
//! `cargo run -p veille-quotes --example eval_gold -- ../shared [dev|heldout] [--errors] [--ner]`
//! (`--ner` runs the tokenizer and NER stages first).
//! The full pipeline is scored by `veille eval quotes`.
use std::collections::HashMap;
use std::io::BufRead;
use veille_core::{Document, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let shared = args.get(1).cloned().unwrap_or_else(|| "../shared".into());
    let split = args.get(2).cloned().unwrap_or_else(|| "dev".into());
    let gold = veille_quotes::eval::parse_gold(veille_quotes::eval::DEV_GOLD)?;
    let f = std::fs::File::open(format!("{shared}/data/corpus/orangesum-3000.jsonl"))?;
    let mut corpus = HashMap::new();
    for line in std::io::BufReader::new(f).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let id = v["id"].as_str().unwrap_or("").to_string();
        if gold.iter().any(|g| g.id == id) {
            corpus.insert(id, v["article"].as_str().unwrap_or("").to_string());
        }
    }
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
    let filter: Vec<&str> = if split == "all" {
        vec![]
    } else {
        vec![split.as_str()]
    };
    let r = veille_quotes::eval::evaluate(&gold, &corpus, &filter, &analyze);
    print!("{}", r.table());
    if args.iter().any(|a| a == "--errors") {
        print!("{}", r.errors);
    }
    if let Ok(seed) = std::fs::read_to_string(format!("{shared}/seed/000_eb0666d88d620342.txt")) {
        let d = analyze(&seed);
        let (ok, lines) = veille_quotes::eval::seed_check(&d);
        println!("seed {ok}/{}", veille_quotes::eval::SEED_EXPECT.len());
        print!("{lines}");
    }
    Ok(())
}
