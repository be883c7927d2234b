//! SQLite schema and the rows of the structured layers.

use crate::Result;
use rusqlite::{params, Connection, Transaction};
use veille_core::layers::SpeakerKind;
use veille_core::{Document, Span};

pub const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS kv(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  batch INTEGER NOT NULL,
  title TEXT, source TEXT, url TEXT, date TEXT, day INTEGER,
  lang TEXT NOT NULL,
  pipeline INTEGER NOT NULL,
  origin TEXT NOT NULL,
  text_len INTEGER NOT NULL,
  simhash INTEGER,
  story INTEGER,
  sig BLOB,
  blob BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_batch ON docs(batch);
CREATE INDEX IF NOT EXISTS docs_story ON docs(story);
CREATE TABLE IF NOT EXISTS pipelines(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS dups(
  id TEXT NOT NULL, origin TEXT NOT NULL, of_seq INTEGER NOT NULL, kind TEXT NOT NULL,
  distance INTEGER NOT NULL, source TEXT, url TEXT,
  PRIMARY KEY(id, origin)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dups_of ON dups(of_seq);
CREATE TABLE IF NOT EXISTS entities(doc INTEGER NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
  key TEXT, mentions INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS places(doc INTEGER NOT NULL, name TEXT NOT NULL, lat REAL, lon REAL,
  country TEXT, geonameid INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS places_name ON places(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS places_doc ON places(doc);
CREATE TABLE IF NOT EXISTS quotes(doc INTEGER NOT NULL, idx INTEGER NOT NULL, speaker TEXT NOT NULL,
  speaker_kind TEXT NOT NULL, kind TEXT NOT NULL,
  cstart INTEGER NOT NULL, cend INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE TABLE IF NOT EXISTS numbers(doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  category TEXT NOT NULL, value REAL, vmin REAL, vmax REAL, unit TEXT, counted TEXT, surface TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS numbers_doc ON numbers(doc);
CREATE TABLE IF NOT EXISTS dicts(id INTEGER PRIMARY KEY, dict BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS stories(id INTEGER PRIMARY KEY, title TEXT NOT NULL,
  first_day INTEGER, last_day INTEGER, size INTEGER NOT NULL);
"#;

pub fn open(path: &std::path::Path, write: bool) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    if write {
        // 16 KiB pages: a stored document (~3 KiB compressed) wastes little of its page.
        // Only effective when the database is created.
        conn.pragma_update(None, "page_size", 16384)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
    } else {
        conn.pragma_update(None, "query_only", "1")?;
    }
    Ok(conn)
}

pub fn kv_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row("SELECT value FROM kv WHERE key=?1", [key], |r| r.get(0))
        .optional()?)
}

/// The id of a pipeline version string (interned: documents store the integer).
pub fn pipeline_id(conn: &Connection, name: &str) -> Result<i64> {
    conn.execute("INSERT OR IGNORE INTO pipelines(name) VALUES(?1)", [name])?;
    Ok(
        conn.query_row("SELECT id FROM pipelines WHERE name=?1", [name], |r| {
            r.get(0)
        })?,
    )
}

pub fn kv_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO kv(key,value) VALUES(?1,?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn speaker_kind(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Anonymous => "anonymous",
        SpeakerKind::Unknown => "unknown",
    }
}

fn slice(doc: &Document, span: Span) -> &str {
    doc.slice(span)
}

/// The display name of a place: its resolved French name, else the surface text.
pub fn place_name(doc: &Document, p: &veille_core::layers::Place) -> String {
    match &p.resolution {
        Some(r) if !r.name_fr.is_empty() => r.name_fr.clone(),
        _ => slice(doc, p.span).trim().to_string(),
    }
}

pub fn insert_layers(tx: &Transaction, seq: i64, doc: &Document) -> Result<()> {
    let l = &doc.layers;
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO entities(doc,name,label,key,mentions) VALUES(?1,?2,?3,?4,?5)",
        )?;
        for e in &l.entities {
            st.execute(params![
                seq,
                e.name,
                e.label.as_str(),
                e.key,
                e.mentions.len() as i64
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO places(doc,name,lat,lon,country,geonameid,start,end) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
        )?;
        for p in &l.places {
            let r = p.resolution.as_ref();
            st.execute(params![
                seq,
                place_name(doc, p),
                r.map(|r| r.lat),
                r.map(|r| r.lon),
                r.map(|r| r.country.clone()),
                r.and_then(|r| r.geonameid),
                p.span.start,
                p.span.end
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes(doc,idx,speaker,speaker_kind,kind,cstart,cend) VALUES(?1,?2,?3,?4,?5,?6,?7)",
        )?;
        for (i, q) in l.quotes.iter().enumerate() {
            let kind = match q.kind {
                veille_core::layers::QuoteKind::Direct => "direct",
                veille_core::layers::QuoteKind::Indirect => "indirect",
                veille_core::layers::QuoteKind::Mixed => "mixed",
            };
            st.execute(params![
                seq,
                i as i64,
                q.speaker.name,
                speaker_kind(q.speaker.kind),
                kind,
                q.content.start,
                q.content.end
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO numbers(doc,start,end,category,value,vmin,vmax,unit,counted,surface) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        )?;
        for n in &l.numbers {
            st.execute(params![
                seq,
                n.span.start,
                n.span.end,
                n.category,
                n.value,
                n.min,
                n.max,
                n.unit,
                n.counted.map(|c| slice(doc, c).to_string()),
                slice(doc, n.span)
            ])?;
        }
    }
    Ok(())
}

pub fn delete_layers(tx: &Transaction, seq: i64) -> Result<()> {
    for t in ["entities", "places", "quotes", "numbers"] {
        tx.execute(&format!("DELETE FROM {t} WHERE doc=?1"), [seq])?;
    }
    Ok(())
}
