fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let toks = veille_text::tokenize(&text);
    for t in &toks {
        print!("[{}]", &text[t.span.range()]);
    }
    println!();
    let a = veille_figures::extract(&text, &toks, Some("2016-12-13"), false);
    let b = veille_figures::extract(&text, &[], Some("2016-12-13"), false);
    println!(
        "{}\n{}",
        veille_figures::render_numbers(&text, &a.numbers),
        veille_figures::render_dates(&text, &a.dates)
    );
    println!(
        "{}\n{}",
        veille_figures::render_numbers(&text, &b.numbers),
        veille_figures::render_dates(&text, &b.dates)
    );
}
