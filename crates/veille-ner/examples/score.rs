//! `cargo run -p veille-ner --example score -- GOLD.tsv PRED.tsv`: scores `token<TAB>TAG` files.
use veille_ner::readers::{read_str, Format};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = read_str(
        &std::fs::read_to_string(&args[1]).expect("gold"),
        Format::Conllu,
        &args[1],
    );
    let pred = read_str(
        &std::fs::read_to_string(&args[2]).expect("pred"),
        Format::Conllu,
        &args[2],
    );
    let r = veille_ner::eval::score(&gold, pred.sentences.into_iter().map(|s| s.tags).collect());
    print!("{}", r.render());
}
