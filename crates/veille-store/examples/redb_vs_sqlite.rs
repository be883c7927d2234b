//! The measurement behind the choice of SQLite over redb for the structured store.
//! Reads the documents and entity rows of an existing store, writes them again in batches of
//! 256 into (a) SQLite (WAL, synchronous=FULL, 16 KiB pages) and (b) redb (a blob table plus an
//! entity-name → document multimap), then times a "top entities" aggregation in both.
//! `cargo run --release -p veille-store --example redb_vs_sqlite -- DATA_DIR/veille.sqlite`
use redb::{
    Database, MultimapTableDefinition, ReadableDatabase, ReadableMultimapTable, TableDefinition,
};
use rusqlite::{params, Connection};
use std::collections::HashMap;
use std::time::Instant;

const DOCS: TableDefinition<&str, &[u8]> = TableDefinition::new("docs");
const ENT: MultimapTableDefinition<&str, u64> = MultimapTableDefinition::new("entities");

fn main() {
    let src = Connection::open(std::env::args().nth(1).expect("veille.sqlite")).unwrap();
    let docs: Vec<(i64, String, Vec<u8>)> = src
        .prepare("SELECT seq, id, blob FROM docs ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let ents: Vec<(i64, String, String)> = src
        .prepare("SELECT doc, name, label FROM entities")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut by_doc: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for (d, n, l) in &ents {
        by_doc.entry(*d).or_default().push((n.clone(), l.clone()));
    }
    let dir = std::env::temp_dir().join(format!("redb-vs-sqlite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let t = Instant::now();
    let mut c = Connection::open(dir.join("s.sqlite")).unwrap();
    c.pragma_update(None, "page_size", 16384).unwrap();
    c.pragma_update(None, "journal_mode", "WAL").unwrap();
    c.pragma_update(None, "synchronous", "FULL").unwrap();
    c.execute_batch("CREATE TABLE docs(seq INTEGER PRIMARY KEY, id TEXT UNIQUE, blob BLOB);
        CREATE TABLE entities(doc INTEGER, name TEXT, label TEXT); CREATE INDEX en ON entities(name);").unwrap();
    for chunk in docs.chunks(256) {
        let tx = c.transaction().unwrap();
        for (seq, id, blob) in chunk {
            tx.execute("INSERT INTO docs VALUES(?1,?2,?3)", params![seq, id, blob])
                .unwrap();
            for (n, l) in by_doc.get(seq).into_iter().flatten() {
                tx.execute("INSERT INTO entities VALUES(?1,?2,?3)", params![seq, n, l])
                    .unwrap();
            }
        }
        tx.commit().unwrap();
    }
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let sqlite_write = t.elapsed();
    let t = Instant::now();
    let top: Vec<(String, i64)> = c
        .prepare(
            "SELECT name, count(DISTINCT doc) FROM entities GROUP BY name ORDER BY 2 DESC LIMIT 20",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let sqlite_top = t.elapsed();

    let t = Instant::now();
    let db = Database::create(dir.join("r.redb")).unwrap();
    for chunk in docs.chunks(256) {
        let tx = db.begin_write().unwrap();
        {
            let mut d = tx.open_table(DOCS).unwrap();
            let mut e = tx.open_multimap_table(ENT).unwrap();
            for (seq, id, blob) in chunk {
                d.insert(id.as_str(), blob.as_slice()).unwrap();
                for (n, _) in by_doc.get(seq).into_iter().flatten() {
                    e.insert(n.as_str(), *seq as u64).unwrap();
                }
            }
        }
        tx.commit().unwrap();
    }
    let redb_write = t.elapsed();
    let t = Instant::now();
    let rtx = db.begin_read().unwrap();
    let e = rtx.open_multimap_table(ENT).unwrap();
    let mut counts: Vec<(String, usize)> = e
        .iter()
        .unwrap()
        .map(|r| {
            let (k, v) = r.unwrap();
            (k.value().to_string(), v.count())
        })
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.truncate(20);
    let redb_top = t.elapsed();
    let size = |p: &str| std::fs::metadata(dir.join(p)).map(|m| m.len()).unwrap_or(0);
    println!("documents {} entity rows {}", docs.len(), ents.len());
    println!(
        "sqlite: write {:?}, file {} bytes, top-20 entities {:?} ({})",
        sqlite_write,
        size("s.sqlite"),
        sqlite_top,
        top.first().map(|t| t.0.as_str()).unwrap_or("")
    );
    println!(
        "redb:   write {:?}, file {} bytes, top-20 entities {:?} ({})",
        redb_write,
        size("r.redb"),
        redb_top,
        counts.first().map(|t| t.0.as_str()).unwrap_or("")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
