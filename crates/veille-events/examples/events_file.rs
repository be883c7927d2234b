//! Runs tokens + quotes + figures + events + framing over a text file (no NER / geo models)
//! and prints the events render: `cargo run -p veille-events --example events_file -- FILE [DATE]`.
use veille_core::{Document, Meta, Stage};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: events_file FILE [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let meta = Meta {
        date: args.next(),
        ..Meta::default()
    };
    let mut doc = Document::new(text, meta);
    veille_text::TokenizeStage.annotate(&mut doc);
    veille_figures::FiguresStage.annotate(&mut doc);
    veille_quotes::QuoteStage::new().annotate(&mut doc);
    veille_events::EventsStage.annotate(&mut doc);
    veille_events::FramingStage.annotate(&mut doc);
    print!("{}", veille_events::render(&doc));
}
