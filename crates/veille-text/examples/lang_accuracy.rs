//! Accuracy of `identify_language` on French (UD GSD dev sentences) and English (TR-News
//! sentences), whole and cut to N characters:
//! `cargo run --release -p veille-text --example lang_accuracy -- ../shared`
use std::time::Instant;

fn main() {
    let shared = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared".into());
    let ud = std::fs::read_to_string(format!(
        "{shared}/data/eval/ud-french/gsd/fr_gsd-ud-dev.conllu"
    ));
    let tr = std::fs::read_to_string(format!("{shared}/data/eval/geoparsing/tr-news/TR-News.xml"));
    let (Ok(ud), Ok(tr)) = (ud, tr) else {
        eprintln!("{shared}: UD GSD dev or TR-News missing");
        return;
    };
    let fr: Vec<&str> = ud
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .collect();
    let mut en: Vec<&str> = Vec::new();
    for part in tr.split("<![CDATA[").skip(1) {
        let body = part.split("]]>").next().unwrap_or("");
        en.extend(
            body.split(". ")
                .flat_map(|s| s.lines())
                .filter(|s| s.len() > 5),
        );
    }
    en.truncate(fr.len());
    for max in [20usize, 40, 80, usize::MAX] {
        let cut = |s: &str| {
            let mut e = s.len().min(max);
            while !s.is_char_boundary(e) {
                e -= 1;
            }
            s[..e].to_string()
        };
        let data: Vec<(String, &str)> = fr
            .iter()
            .map(|s| (cut(s), "fr"))
            .chain(en.iter().map(|s| (cut(s), "en")))
            .collect();
        let t = Instant::now();
        let (mut ok, mut und, mut other) = (0, 0, 0);
        for (s, gold) in &data {
            let l = veille_text::identify_language(s);
            if l.code == *gold {
                ok += 1;
            } else if l.code == "und" {
                und += 1;
            } else {
                other += 1;
                if max == usize::MAX && std::env::var_os("SHOW").is_some() {
                    println!("{gold} -> {} {:.2}: {s}", l.code, l.confidence);
                }
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "max {:>5} chars: n {} correct {:.4} und {:.4} wrong {:.4}  ({:.0} µs/text)",
            if max == usize::MAX {
                "all".to_string()
            } else {
                max.to_string()
            },
            data.len(),
            ok as f64 / data.len() as f64,
            und as f64 / data.len() as f64,
            other as f64 / data.len() as f64,
            secs * 1e6 / data.len() as f64
        );
    }
}
