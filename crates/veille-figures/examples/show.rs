//! `cargo run -p veille-figures --example show -- FILE [DATE]`: prints the figures and dates.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let date = args.next();
    let text = std::fs::read_to_string(&path).unwrap_or(path);
    let f = veille_figures::extract(&text, &[], date.as_deref(), false);
    print!("{}", veille_figures::render_numbers(&text, &f.numbers));
    println!("--");
    print!("{}", veille_figures::render_dates(&text, &f.dates));
}
