//! Prints the quotes of a text file: `cargo run -p veille-quotes --example quotes_file -- FILE`
use veille_core::{Document, Stage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: quotes_file FILE")?;
    let text = std::fs::read_to_string(path)?;
    let mut doc = Document::new(text, Default::default());
    veille_quotes::QuoteStage::new().annotate(&mut doc);
    print!("{}", veille_quotes::render(&doc));
    Ok(())
}
