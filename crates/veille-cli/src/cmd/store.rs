//! The store commands: `veille ingest`, `search`, `show`, `quotes`, `entities`, `stories`,
//! `reanalyze`, `serve`. Glue only: the store is `veille_store`, the server `veille_server`.

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use veille_core::{Document, Meta};
use veille_pipeline::Analyzer;
use veille_store::{ingest, LocalStore, OpenMode, Store};

#[derive(clap::Args, Clone)]
pub struct DataDir {
    /// The store's directory (default: $VEILLE_DATA_DIR, $XDG_DATA_HOME/veille or
    /// ~/.local/share/veille).
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
}

impl DataDir {
    fn path(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(veille_store::default_data_dir)
    }
    fn open(&self, mode: OpenMode) -> Result<LocalStore> {
        let p = self.path();
        LocalStore::open(&p, mode).with_context(|| format!("opening the store in {}", p.display()))
    }
}

#[derive(clap::Subcommand)]
pub enum StoreCommand {
    /// Analyse and store texts: files (text, JSONL, HTML, feeds, WARC), directories, URLs, `-`.
    Ingest(IngestArgs),
    /// Full-text search with facet filters.
    Search(SearchArgs),
    /// Print a stored document with its layers.
    Show(ShowArgs),
    /// The most mentioned entities.
    Entities(EntitiesArgs),
    /// Stories: clusters of articles about the same event.
    Stories(StoriesArgs),
    /// Re-analyse stored documents analysed by another pipeline version.
    Reanalyze(ReanalyzeArgs),
    /// HTTP API and web UI (127.0.0.1 by default).
    Serve(ServeArgs),
}

pub fn run(cmd: StoreCommand) -> Result<ExitCode> {
    match cmd {
        StoreCommand::Ingest(a) => run_ingest(a),
        StoreCommand::Search(a) => run_search(a),
        StoreCommand::Show(a) => run_show(a),
        StoreCommand::Entities(a) => run_entities(a),
        StoreCommand::Stories(a) => run_stories(a),
        StoreCommand::Reanalyze(a) => run_reanalyze(a),
        StoreCommand::Serve(a) => run_serve(a),
    }
}

fn print_json(v: &impl serde::Serialize) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

// ---------------------------------------------------------------- ingest

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files (text, JSONL, HTML, RSS/Atom feeds, WARC, gzip of these), directories (walked
    /// recursively), http(s) URLs (pages or feeds), or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub data: DataDir,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Analysis threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Per-document size limit in bytes (a file read whole, a JSONL line, a JSON array
    /// element, a WARC record, a fetched page): larger documents are skipped with a message
    /// naming them and the run goes on.
    #[arg(long, default_value_t = veille_ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Benchmark: ingest into a fresh store (a temporary one unless --data-dir), then report
    /// articles/s, store size against raw text and search latency.
    #[arg(long)]
    pub bench: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

struct Bar(ProgressBar);

impl ingest::Progress for Bar {
    fn read(&self, _origin: &str) {
        self.0.inc(1);
    }
    fn committed(&self, s: &ingest::Summary) {
        self.0.set_message(format!(
            "stored {} · duplicates {} · failed {}",
            s.ingested,
            s.duplicates + s.near_duplicates + s.already_stored,
            s.failed.len()
        ));
    }
}

type ItemResult = Result<ingest::Item, (String, String)>;

/// The records of the inputs, read by veille-ingest (text, JSONL, HTML, feeds, WARC, URLs,
/// directories, stdin); each failure names its input and the run goes on.
fn records(inputs: &[String], max_bytes: u64) -> impl Iterator<Item = ItemResult> {
    let inputs = inputs
        .iter()
        .map(|i| veille_ingest::Input::parse(i))
        .collect();
    let opts = veille_ingest::Options {
        max_bytes,
        ..veille_ingest::Options::default()
    };
    veille_ingest::Ingest::new(inputs, opts).map(|r| match r {
        Ok(r) => Ok(ingest::Item {
            text: r.text,
            meta: r.meta,
            origin: r.origin,
        }),
        Err(e) => {
            // The message starts with the origin: keep only the reason.
            let origin = e.origin().to_string();
            let msg = e.to_string();
            let reason = msg
                .strip_prefix(&format!("{origin}: "))
                .map(str::to_string)
                .unwrap_or(msg);
            Err((origin, reason))
        }
    })
}

fn run_ingest(a: IngestArgs) -> Result<ExitCode> {
    let analyzer = Analyzer::new().context("loading the analysis pipeline")?;
    let (dir, temp) = match (&a.data.data_dir, a.bench) {
        (None, true) => {
            let d = std::env::temp_dir().join(format!("veille-bench-{}", std::process::id()));
            (d, true)
        }
        _ => (a.data.path(), false),
    };
    if a.bench && !temp && dir.join("veille.sqlite").exists() {
        bail!(
            "--bench needs an empty --data-dir ({} has a store)",
            dir.display()
        );
    }
    let store = LocalStore::open(&dir, OpenMode::Write)
        .with_context(|| format!("opening the store in {}", dir.display()))?;
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} · read {pos} ({per_sec}) · {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let opts = ingest::Options {
        batch_size: a.batch,
        workers: a
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
        ..Default::default()
    };
    let progress = Bar(bar.clone());
    let summary = ingest::run(
        &store,
        records(&a.inputs, a.max_bytes),
        |t: &str, m: Meta| analyzer.analyze(t, m),
        &opts,
        &progress,
    )?;
    bar.finish_and_clear();
    let mut report = serde_json::to_value(&summary)?;
    if a.bench {
        let bench = bench_report(&store, &summary)?;
        report["bench"] = bench;
    }
    if a.json {
        print_json(&report)?;
    } else {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "read {} · ingested {} · duplicates {} (exact {}, near {}, already stored {}) · failed {} · {:.1} s",
            summary.read,
            summary.ingested,
            summary.duplicates + summary.near_duplicates + summary.already_stored,
            summary.duplicates,
            summary.near_duplicates,
            summary.already_stored,
            summary.failed.len(),
            summary.seconds
        )?;
        for f in summary.failed.iter().take(50) {
            writeln!(out, "  failed {}: {}", f.origin, f.reason)?;
        }
        if summary.failed.len() > 50 {
            writeln!(out, "  … and {} more failures", summary.failed.len() - 50)?;
        }
        if let Some(b) = report.get("bench") {
            writeln!(out, "{}", serde_json::to_string_pretty(b)?)?;
        }
        writeln!(out, "store: {}", dir.display())?;
    }
    drop(store);
    if temp {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn bench_report(store: &LocalStore, s: &ingest::Summary) -> Result<serde_json::Value> {
    store.checkpoint()?;
    let stats = store.stats()?;
    let store_bytes = stats.sqlite_bytes + stats.index_bytes;
    // Queries: frequent words, phrases, and facet filters on the top entities and sources.
    let mut queries: Vec<veille_store::SearchQuery> = [
        "gouvernement",
        "président",
        "police",
        "prix",
        "école",
        "football",
        "élections",
        "grève",
        "incendie",
        "santé",
        "\"premier ministre\"",
        "justice enquête",
        "marché immobilier",
        "voiture électrique",
        "réforme des retraites",
        "tribunal",
        "pollution",
        "vaccin",
        "Macron",
        "Paris",
    ]
    .iter()
    .map(|t| veille_store::SearchQuery {
        text: t.to_string(),
        facets: 10,
        ..Default::default()
    })
    .collect();
    for e in store.entities(&veille_store::EntityQuery {
        top: 10,
        label: None,
    })? {
        queries.push(veille_store::SearchQuery {
            entity: vec![e.name],
            facets: 10,
            ..Default::default()
        });
    }
    let lat = store.bench_search(&queries, 5)?;
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    Ok(serde_json::json!({
        "articles": s.ingested,
        "seconds": s.seconds,
        "articles_per_second": s.ingested as f64 / s.seconds.max(1e-9),
        "analysis_cpu_seconds": s.analysis_seconds,
        "raw_text_bytes": stats.raw_text_bytes,
        "store_bytes": store_bytes,
        "sqlite_bytes": stats.sqlite_bytes,
        "index_bytes": stats.index_bytes,
        "store_over_raw": store_bytes as f64 / stats.raw_text_bytes.max(1) as f64,
        "stories": stats.stories,
        "search_queries": lat.len(),
        "search_p50_ms": pct(0.5),
        "search_p95_ms": pct(0.95),
        "search_max_ms": lat.last().copied().unwrap_or(0.0),
    }))
}

// ---------------------------------------------------------------- queries

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Query text (words are ANDed; "quoted phrases", OR, -exclusion).
    #[arg(default_value = "")]
    pub text: String,
    #[arg(long)]
    pub entity: Vec<String>,
    #[arg(long)]
    pub place: Vec<String>,
    #[arg(long)]
    pub speaker: Vec<String>,
    #[arg(long)]
    pub source: Vec<String>,
    /// YYYY-MM-DD, inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// YYYY-MM-DD, inclusive.
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataDir,
}

fn strip_b(s: &str) -> String {
    s.replace("<b>", "\x1b[1m")
        .replace("</b>", "\x1b[0m")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

fn run_search(a: SearchArgs) -> Result<ExitCode> {
    let store = a.data.open(OpenMode::Read)?;
    let q = veille_store::SearchQuery {
        text: a.text,
        entity: a.entity,
        place: a.place,
        speaker: a.speaker,
        source: a.source,
        lang: a.lang,
        from: a.from,
        to: a.to,
        limit: a.limit,
        offset: 0,
        facets: 5,
    };
    let res = store.search(&q)?;
    if a.json {
        print_json(&res)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} results ({:.1} ms)", res.total, res.took_ms)?;
    for h in &res.hits {
        writeln!(
            out,
            "\n{}  {}  {}  {}",
            h.id,
            h.date.as_deref().unwrap_or("----------"),
            h.source.as_deref().unwrap_or("-"),
            h.title.as_deref().unwrap_or("")
        )?;
        writeln!(out, "    {}", strip_b(&h.snippet).replace('\n', " "))?;
    }
    writeln!(out)?;
    for (name, values) in &res.facets {
        if values.is_empty() {
            continue;
        }
        let v: Vec<String> = values
            .iter()
            .map(|f| format!("{} ({})", f.value, f.count))
            .collect();
        writeln!(out, "{name}: {}", v.join(", "))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// Document id (or a unique prefix of 6+ hex digits).
    pub id: String,
    /// Print the Document JSON (code-point offsets) with the store's bookkeeping.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataDir,
}

fn run_show(a: ShowArgs) -> Result<ExitCode> {
    let store = a.data.open(OpenMode::Read)?;
    let Some(d) = store.document(&a.id)? else {
        bail!("no document {:?} in {}", a.id, store.dir().display());
    };
    if a.json {
        // the same JSON as `GET /api/documents/{id}`
        print_json(&veille_server::stored_json(&d))?;
        return Ok(ExitCode::SUCCESS);
    }
    let doc: &Document = &d.doc;
    let mut out = std::io::stdout().lock();
    let m = &doc.meta;
    writeln!(out, "{}", m.title.as_deref().unwrap_or("(untitled)"))?;
    writeln!(
        out,
        "id {} · {} · {} · lang {} · story {} · from {}",
        d.id,
        m.source.as_deref().unwrap_or("-"),
        m.date.as_deref().unwrap_or("-"),
        doc.language.code,
        d.story.map_or("-".into(), |s| s.to_string()),
        d.origin
    )?;
    if let Some(u) = &m.url {
        writeln!(out, "{u}")?;
    }
    writeln!(out, "\n{}\n", doc.text())?;
    let l = &doc.layers;
    if !l.entities.is_empty() {
        writeln!(out, "entities:")?;
        for e in &l.entities {
            writeln!(
                out,
                "  {:<4} {} ({}×)",
                e.label.as_str(),
                e.name,
                e.mentions.len()
            )?;
        }
    }
    if !l.quotes.is_empty() {
        writeln!(out, "quotes:")?;
        for q in &l.quotes {
            writeln!(
                out,
                "  {}: « {} »",
                q.speaker.name,
                doc.slice(q.content).trim()
            )?;
        }
    }
    if !l.numbers.is_empty() {
        writeln!(out, "figures:")?;
        for n in &l.numbers {
            writeln!(out, "  {:<12} {}", n.category, doc.slice(n.span))?;
        }
    }
    if !l.dates.is_empty() {
        writeln!(out, "dates:")?;
        for t in &l.dates {
            writeln!(
                out,
                "  {:<8} {} → {}",
                t.timex_type,
                doc.slice(t.span),
                t.value.as_deref().unwrap_or("?")
            )?;
        }
    }
    if !l.places.is_empty() {
        writeln!(out, "places:")?;
        for p in &l.places {
            match &p.resolution {
                Some(r) => writeln!(
                    out,
                    "  {} → {} ({}, {:.3}, {:.3})",
                    doc.slice(p.span),
                    r.name_fr,
                    r.country,
                    r.lat,
                    r.lon
                )?,
                None => writeln!(out, "  {} (unresolved)", doc.slice(p.span))?,
            }
        }
    }
    for dup in &d.duplicates {
        writeln!(
            out,
            "{} duplicate: {} ({})",
            dup.kind,
            dup.origin,
            dup.source.as_deref().unwrap_or("-")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct QuotesArgs {
    /// Part of the speaker's name (case-insensitive).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only quotes of this document.
    #[arg(long)]
    pub doc: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataDir,
}

pub fn run_quotes(a: QuotesArgs) -> Result<ExitCode> {
    let store = a.data.open(OpenMode::Read)?;
    let rows = store.quotes(&veille_store::QuoteQuery {
        speaker: a.speaker,
        doc: a.doc,
        limit: a.limit,
    })?;
    if a.json {
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    for q in &rows {
        writeln!(
            out,
            "{} ({}) — « {} »\n    {} {} {}",
            q.speaker,
            q.kind,
            q.content,
            q.date.as_deref().unwrap_or("-"),
            q.source.as_deref().unwrap_or("-"),
            q.doc
        )?;
    }
    writeln!(out, "{} quotes", rows.len())?;
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct EntitiesArgs {
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// PER, ORG, LOC or MISC.
    #[arg(long = "type")]
    pub label: Option<String>,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataDir,
}

fn run_entities(a: EntitiesArgs) -> Result<ExitCode> {
    let store = a.data.open(OpenMode::Read)?;
    let rows = store.entities(&veille_store::EntityQuery {
        top: a.top,
        label: a.label.map(|l| l.to_uppercase()),
    })?;
    if a.json {
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{:>6} {:>8}  type  name", "docs", "mentions")?;
    for e in &rows {
        writeln!(
            out,
            "{:>6} {:>8}  {:<4}  {}",
            e.documents, e.mentions, e.label, e.name
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct StoriesArgs {
    /// Show one story (articles, quotes, figures by source).
    pub id: Option<i64>,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataDir,
}

fn run_stories(a: StoriesArgs) -> Result<ExitCode> {
    let store = a.data.open(OpenMode::Read)?;
    let mut out = std::io::stdout().lock();
    if let Some(id) = a.id {
        let Some(s) = store.story(id)? else {
            bail!("no story {id}");
        };
        if a.json {
            drop(out);
            print_json(&s)?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(
            out,
            "story {} · {} articles · {}",
            s.summary.id, s.summary.documents, s.summary.title
        )?;
        for d in &s.documents {
            writeln!(
                out,
                "  {} {} {} {}",
                d.id,
                d.date.as_deref().unwrap_or("-"),
                d.source.as_deref().unwrap_or("-"),
                d.title.as_deref().unwrap_or("")
            )?;
        }
        for q in &s.quotes {
            writeln!(
                out,
                "  « {} » — {} ({})",
                q.content,
                q.speaker,
                q.source.as_deref().unwrap_or("-")
            )?;
        }
        for f in &s.figures {
            writeln!(
                out,
                "  {:<12} {:<20} {}",
                f.category,
                f.text,
                f.source.as_deref().unwrap_or("-")
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let rows = store.stories(a.limit)?;
    if a.json {
        drop(out);
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    for s in &rows {
        writeln!(
            out,
            "#{:<5} {:>3} articles  {} … {}  [{}]  {}",
            s.id,
            s.documents,
            s.first_date.as_deref().unwrap_or("?"),
            s.last_date.as_deref().unwrap_or("?"),
            s.sources.join(", "),
            s.title
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct ReanalyzeArgs {
    /// At most this many documents.
    #[arg(long, default_value_t = usize::MAX)]
    pub limit: usize,
    #[command(flatten)]
    pub data: DataDir,
}

fn run_reanalyze(a: ReanalyzeArgs) -> Result<ExitCode> {
    use rayon::prelude::*;
    let analyzer = Analyzer::new().context("loading the analysis pipeline")?;
    let store = a.data.open(OpenMode::Write)?;
    let current = veille_store::pipeline_version(&analyzer.analyze("", Meta::default()));
    let mut total = 0;
    loop {
        let ids = store.stale(&current, 256.min(a.limit - total))?;
        if ids.is_empty() {
            break;
        }
        let docs: Vec<Document> = ids
            .iter()
            .filter_map(|id| store.document(id).ok().flatten())
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|d| analyzer.analyze(d.doc.text_arc(), d.doc.meta.clone()))
            .collect();
        let n = store.replace_analysis(docs)?;
        if n == 0 {
            break;
        }
        total += n;
        if total >= a.limit {
            break;
        }
    }
    println!("re-analysed {total} documents with {current}");
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- serve

#[derive(clap::Args)]
pub struct ServeArgs {
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Address to bind (loopback by default; use 0.0.0.0 to expose).
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Load the bundled sample articles into a fresh temporary store and serve it.
    #[arg(long)]
    pub demo: bool,
    #[command(flatten)]
    pub data: DataDir,
}

fn run_serve(a: ServeArgs) -> Result<ExitCode> {
    let analyzer = Arc::new(Analyzer::new().context("loading the analysis pipeline")?);
    let analyze: veille_server::AnalyzeFn = {
        let analyzer = analyzer.clone();
        Arc::new(move |t: &str, m: Meta| analyzer.analyze(t, m))
    };
    let dir = if a.demo {
        let d = std::env::temp_dir().join(format!("veille-demo-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    } else {
        a.data.path()
    };
    // The server writes (POST /api/ingest) when it can; if another process holds the writer
    // it serves read-only.
    let store = match LocalStore::open(&dir, OpenMode::Write) {
        Ok(s) => s,
        Err(veille_store::Error::Locked(_)) => {
            eprintln!(
                "another process is writing to {}: serving read-only",
                dir.display()
            );
            LocalStore::open(&dir, OpenMode::Read)?
        }
        Err(e) => return Err(e).with_context(|| format!("opening the store in {}", dir.display())),
    };
    if a.demo {
        let n = veille_server::load_demo(&store, &*analyze)?;
        eprintln!("demo: {n} sample articles loaded into {}", dir.display());
    }
    let addr = format!("{}:{}", a.bind, a.port);
    eprintln!(
        "veille: http://{addr}/  (API: http://{addr}/api, OpenAPI: http://{addr}/api/openapi.json)"
    );
    let store: Arc<dyn Store> = Arc::new(store);
    veille_server::serve(&addr, store, analyze)?;
    if a.demo {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(ExitCode::SUCCESS)
}
