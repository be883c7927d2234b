//! Prints the tokens (`--tokens`) or sentences of a file: `cargo run -p veille-text --example show -- FILE [--tokens|--time]`
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
    if args.iter().any(|a| a == "--time") {
        // Throughput of tokenize + split over the whole file, best of 5 passes.
        let mut best = f64::MAX;
        let mut n = (0, 0);
        for _ in 0..5 {
            let t = std::time::Instant::now();
            let tokens = veille_text::tokenize(&text);
            let s = veille_text::split_sentences(&text, &tokens);
            best = best.min(t.elapsed().as_secs_f64());
            n = (tokens.len(), s.len());
        }
        println!(
            "{} bytes, {} tokens, {} sentences: {:.1} MB/s (best of 5)",
            text.len(),
            n.0,
            n.1,
            text.len() as f64 / best / 1e6
        );
        return;
    }
    let tokens = veille_text::tokenize(&text);
    if args.iter().any(|a| a == "--tokens") {
        print!("{}", veille_text::render(&text, &tokens));
    } else {
        let s = veille_text::split_sentences(&text, &tokens);
        print!("{}", veille_text::render_sentences(&text, &s));
    }
    println!("{:?}", veille_text::identify_language(&text));
}
