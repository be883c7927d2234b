//! `cargo run -p veille-ner --example annotate -- FILE [MODEL]`: mentions and entities of a text.
use std::sync::Arc;
use veille_core::{Document, Meta, Stage};
use veille_ner::{NerModel, NerStage};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("read");
    let stage = match args.get(2) {
        Some(p) => NerStage::with_model(Arc::new(
            NerModel::load(&std::fs::read(p).expect("model")).expect("load"),
        )),
        None => NerStage::new().expect("embedded"),
    };
    let mut doc = Document::new(text, Meta::default());
    veille_text::TokenizeStage.annotate(&mut doc);
    stage.annotate(&mut doc);
    for m in &doc.layers.mentions {
        println!(
            "{}\t{}\t{:.2}\t#{}",
            doc.slice(m.span),
            m.label.as_str(),
            m.confidence,
            m.entity
        );
    }
    for e in &doc.layers.entities {
        println!(
            "#{} {} {} x{} {}",
            e.id,
            e.label.as_str(),
            e.name,
            e.mentions.len(),
            e.key.clone().unwrap_or_default()
        );
    }
}
