//! Runs tokens + quotes + figures + events + framing over a text file (no NER / geo models)
//! and prints the events render: `cargo run -p veille-events --example events_file -- FILE [DATE]`.
#[path = "../tests/support/mod.rs"]
mod support;

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
    let doc = support::analyze(&text, args.next().as_deref());
    print!("{}", veille_events::render(&doc));
}
