//! Rebuilds `data/speech_verbs_{fr,en}.tsv` from the GenderGapTracker lists (MIT).
//!
//! `cargo run -p veille-quotes --example build_lexicon -- ../shared`

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shared = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared".into()),
    );
    let dir = shared.join("data/lexicons");
    if !dir.exists() {
        return Err(format!("{} is absent: pass the shared data folder", dir.display()).into());
    }
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let fr = std::fs::read_to_string(dir.join("ggt_french_quote_verb_list.txt"))?;
    let en = std::fs::read_to_string(dir.join("ggt_english_quote_verb_list.txt"))?;
    let fr_table = veille_quotes::lexicon::build_french(&fr);
    let en_table = veille_quotes::lexicon::build_english(&en);
    std::fs::write(out.join("speech_verbs_fr.tsv"), &fr_table)?;
    std::fs::write(out.join("speech_verbs_en.tsv"), &en_table)?;
    for t in [&fr_table, &en_table] {
        println!("{}", t.lines().next().unwrap_or(""));
    }
    Ok(())
}
