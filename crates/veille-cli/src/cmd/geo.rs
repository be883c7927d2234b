//! `veille gazetteer build|info|lookup|bench`, `veille geocode --jsonl` and `veille eval geo`.
//! Everything lives in `veille_geo`; this is glue.

use anyhow::{bail, Context, Result};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;
use veille_geo::{Gazetteer, Resolver};

#[derive(clap::Subcommand)]
pub enum GazetteerCommand {
    /// Build the binary gazetteer from the GeoNames, Natural Earth, WOF, CLDR and Prolex sources.
    Build {
        /// The shared data folder (sources in data/geo).
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Folder of the optional sources fetched from package registries (US counties from
        /// us-atlas; see crates/veille-geo/data/DATA-CARD.md). Built without them when absent.
        #[arg(long, default_value = "../geo-extra")]
        extra: PathBuf,
        /// Output file.
        #[arg(long, default_value = "crates/veille-geo/data/gazetteer.vgz")]
        out: PathBuf,
    },
    /// Print the size, load time and sources of a gazetteer file.
    Info {
        /// Gazetteer file (default: $VEILLE_GAZETTEER or the committed one).
        file: Option<PathBuf>,
    },
    /// Look names up (normalized: case, accents, articles, St/Saint) and list the candidates.
    Lookup { names: Vec<String> },
    /// Measure name lookups per second on one core (normalization + FST + candidates).
    Bench {
        /// Number of lookups.
        #[arg(long, default_value_t = 2_000_000)]
        n: usize,
    },
}

#[derive(clap::Args)]
pub struct GeocodeArgs {
    /// Read JSON lines `{"text": .., "mentions": [{"start": .., "end": ..}]}` (character
    /// offsets); write one line per input line with each mention's resolution.
    #[arg(long)]
    pub jsonl: bool,
    /// Input file (default: standard input).
    pub file: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct EvalGeoArgs {
    /// The shared data folder (gold in data/eval/geoparsing).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Print this many of the most frequent errors (> 161 km) per corpus.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

fn load(file: Option<PathBuf>) -> Result<(Gazetteer, f64)> {
    let path = file.unwrap_or_else(veille_geo::default_path);
    let t = Instant::now();
    let g = Gazetteer::load(&path)?;
    Ok((g, t.elapsed().as_secs_f64() * 1000.0))
}

pub fn run_gazetteer(cmd: GazetteerCommand) -> Result<ExitCode> {
    let mut so = std::io::stdout().lock();
    match cmd {
        GazetteerCommand::Build { shared, extra, out } => {
            if !shared.join("data/geo").is_dir() {
                bail!(
                    "{} has no data/geo: the shared data folder is absent (pass --shared DIR)",
                    shared.display()
                );
            }
            let t = Instant::now();
            let (bytes, notes) = veille_geo::build::build_with(&shared, Some(&extra))?;
            for n in notes {
                eprintln!("note: {n}");
            }
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
            let (g, ms) = load(Some(out.clone()))?;
            writeln!(so,
                "wrote {} ({} bytes, fnv1a {:016x}) in {:.1} s: {} entries, {} names, {} demonyms; loads in {ms:.0} ms",
                out.display(),
                bytes.len(),
                veille_geo::gazetteer::fnv1a(&bytes),
                t.elapsed().as_secs_f64(),
                g.len(),
                g.name_count(),
                g.demonyms().len()
            )?;
        }
        GazetteerCommand::Info { file } => {
            let (g, ms) = load(file)?;
            writeln!(
                so,
                "{} entries, {} names, {} demonyms; loaded in {ms:.0} ms",
                g.len(),
                g.name_count(),
                g.demonyms().len()
            )?;
            for s in g.sources() {
                writeln!(so, "  source {s}")?;
            }
        }
        GazetteerCommand::Lookup { names } => {
            let (g, _) = load(None)?;
            for n in names {
                let c = g.lookup(&n);
                writeln!(
                    so,
                    "{n} → {:?} ({} candidates)",
                    veille_geo::normalize(&n),
                    c.len()
                )?;
                let mut c: Vec<_> = c.into_iter().map(|c| (g.entry(c.idx), c.primary)).collect();
                c.sort_by_key(|(e, _)| std::cmp::Reverse(e.population));
                for (e, primary) in c.iter().take(10) {
                    writeln!(
                        so,
                        "  {:>9} {:<28} fr={:<20} {} {:<6} pop {:>10} {:.4},{:.4}{}",
                        e.id,
                        e.name,
                        e.name_fr(),
                        e.country,
                        e.code,
                        e.population,
                        e.lat,
                        e.lon,
                        if *primary { "" } else { "  (alternate name)" }
                    )?;
                }
            }
        }
        GazetteerCommand::Bench { n } => {
            let (g, ms) = load(None)?;
            // names drawn from the gazetteer itself (French, English, main) plus misses
            let mut names: Vec<String> = Vec::new();
            let step = (g.len() / 5000).max(1);
            for i in (0..g.len()).step_by(step) {
                let e = g.entry(i as u32);
                names.push(e.name.to_string());
                names.push(e.name_fr().to_string());
                names.push(format!("{}ville", e.name));
            }
            for s in [
                "Alep",
                "Le Caire",
                "du Caire",
                "Moscou",
                "Etats-Unis",
                "St. Louis",
                "Sheik Saeed",
            ] {
                names.push(s.to_string());
            }
            let mut buf = String::new();
            let mut out = Vec::new();
            let mut found = 0usize;
            let t = Instant::now();
            for i in 0..n {
                out.clear();
                g.lookup_with(&names[i % names.len()], &mut buf, &mut out);
                found += out.len();
            }
            let secs = t.elapsed().as_secs_f64();
            writeln!(so,
                "{n} lookups over {} distinct names in {secs:.3} s: {:.2} M lookups/s on one core ({found} candidates; load {ms:.0} ms)",
                names.len(),
                n as f64 / secs / 1e6
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_geocode(args: GeocodeArgs) -> Result<ExitCode> {
    if !args.jsonl {
        bail!("only --jsonl input is supported: veille geocode --jsonl [FILE]");
    }
    let g = veille_geo::shared_gazetteer()?;
    let resolver = Resolver::new(Arc::clone(&g));
    let input: Box<dyn BufRead> = match &args.file {
        Some(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            writeln!(out)?;
            continue;
        }
        match veille_geo::geocode_line(&resolver, &line) {
            Ok(v) => writeln!(out, "{v}")?,
            Err(e) => {
                failed = true;
                eprintln!("line {}: {e}", n + 1);
                writeln!(out, "{}", serde_json::json!({ "error": e }))?;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn run_eval(args: EvalGeoArgs) -> Result<ExitCode> {
    let mut so = std::io::stdout().lock();
    let g = veille_geo::shared_gazetteer()?;
    let resolver = Resolver::new(g);
    let t = Instant::now();
    let scores = veille_geo::eval::run(&resolver, &args.shared)?;
    writeln!(
        so,
        "Toponym resolution, gold toponyms given ({})",
        args.shared.display()
    )?;
    writeln!(
        so,
        "{:<10} {:>9} {:>9} {:>8} {:>13} {:>9} {:>9} {:>10}",
        "corpus",
        "toponyms",
        "resolved",
        "acc@161",
        "acc@161 area",
        "id match",
        "mean km",
        "median km"
    )?;
    for s in &scores {
        writeln!(
            so,
            "{:<10} {:>9} {:>9} {:>8.3} {:>13.3} {:>9} {:>9.0} {:>10.1}",
            s.corpus,
            s.toponyms,
            s.resolved,
            s.acc161,
            s.acc161_area,
            s.id_match
                .map(|x| format!("{x:.3}"))
                .unwrap_or_else(|| "-".into()),
            s.mean_km,
            s.median_km
        )?;
    }
    writeln!(
        so,
        "(unresolved toponyms count as {:.0} km; {:.2} s)",
        veille_geo::eval::UNRESOLVED_KM,
        t.elapsed().as_secs_f64()
    )?;
    if args.errors > 0 {
        for s in &scores {
            let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
            for (name, chosen, _) in &s.errors {
                *counts.entry(format!("{name} → {chosen}")).or_default() += 1;
            }
            let mut v: Vec<_> = counts.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            writeln!(so, "== {} errors", s.corpus)?;
            for (k, c) in v.into_iter().take(args.errors) {
                writeln!(so, "{c:>4} {k}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
