//! Prints the tokens (`--tokens`) or sentences of a file: `cargo run -p veille-text --example show -- FILE [--tokens]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: show FILE [--tokens]");
        return;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let tokens = veille_text::tokenize(&text);
    if args.iter().any(|a| a == "--tokens") {
        print!("{}", veille_text::render(&text, &tokens));
    } else {
        let s = veille_text::split_sentences(&text, &tokens);
        print!("{}", veille_text::render_sentences(&text, &s));
    }
    println!("{:?}", veille_text::identify_language(&text));
}
