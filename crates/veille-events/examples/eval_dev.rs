//! Scores the dev gold with the model-free stages only (tokens, figures, quotes, events,
//! framing; geo too with EVENTS_GEO=1) — a quick loop while the full pipeline is being built:
//! `cargo run -p veille-events --example eval_dev -- ../shared [--show]`.
use std::io::BufRead;
#[path = "../tests/support/mod.rs"]
mod support;
use veille_core::{Document, Stage};
use veille_events::eval::{seed_check, sha256_hex, GoldDoc, Scores, DEV_GOLD, SEED_DATE};

static GEO: std::sync::OnceLock<Option<veille_geo::GeoStage>> = std::sync::OnceLock::new();

fn analyze(text: &str, date: Option<&str>) -> Document {
    support::analyze_with(text, date, |doc| {
        if std::env::var_os("EVENTS_GEO").is_some() {
            if let Some(g) = GEO.get_or_init(|| veille_geo::GeoStage::load_default().ok()) {
                g.annotate(doc);
            }
        }
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared = args.first().cloned().unwrap_or_else(|| "../shared".into());
    let show = args.iter().any(|a| a == "--show");
    if let Ok(seed) = std::fs::read_to_string(format!("{shared}/seed/000_eb0666d88d620342.txt")) {
        let (ok, lines) = seed_check(&analyze(&seed, Some(SEED_DATE)));
        println!("seed bar: {ok}/8\n{lines}");
    }
    let gold: Vec<GoldDoc> = DEV_GOLD
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let Ok(f) = std::fs::File::open(format!("{shared}/data/corpus/orangesum-3000.jsonl")) else {
        println!("corpus absent");
        return;
    };
    let mut scores = Scores {
        log_errors: args.iter().any(|a| a == "--errors"),
        ..Scores::default()
    };
    for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let id = match &v["id"] {
            serde_json::Value::String(s) => s.clone(),
            o => o.to_string(),
        };
        let Some(g) = gold.iter().find(|g| g.id == id) else {
            continue;
        };
        let text = v["article"].as_str().unwrap_or("");
        if sha256_hex(text) != g.sha256 {
            println!("{id}: sha256 differs");
            continue;
        }
        let doc = analyze(text, v["date"].as_str());
        scores.add(g, &doc);
        if show {
            println!("# {id}\n{}", veille_events::render(&doc));
        }
    }
    for e in &scores.errors {
        println!("{e}");
    }
    print!("{}", scores.report());
}
