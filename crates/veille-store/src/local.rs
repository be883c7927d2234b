//! [`LocalStore`]: SQLite + tantivy in one data directory.

use crate::codec;
use crate::dedup::{self, NearIndex};
use crate::index::{analyzer, IndexDoc, TextIndex};
use crate::sql;
use crate::stories::{key_hash, Signature, StoryIndex};
use crate::*;
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tantivy::tokenizer::{Language as TLang, TextAnalyzer};
use tantivy::IndexWriter;
use veille_core::layers::{EntityType, SpeakerKind};

/// Whether this process will write. Readers may run while another process writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    Read,
    Write,
}

/// The per-user default data directory: `$VEILLE_DATA_DIR`, else `$XDG_DATA_HOME/veille`,
/// else `~/.local/share/veille`, else `./veille-data`.
pub fn default_data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("VEILLE_DATA_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("veille");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(h).join(".local/share/veille");
    }
    PathBuf::from("veille-data")
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` string.
pub fn parse_day(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| std::str::from_utf8(&b[r]).ok()?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days_from_civil (H. Hinnant)
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

struct Writer {
    conn: Connection,
    /// The compression dictionary new documents use (trained on the first large batch).
    dict: Option<Arc<codec::Dict>>,
    iw: IndexWriter,
    near: NearIndex,
    stories: StoryIndex,
    batch: i64,
    fr: TextAnalyzer,
    en: TextAnalyzer,
}

/// The embedded store. See the crate documentation for the layout and the guarantees.
pub struct LocalStore {
    dir: PathBuf,
    db_path: PathBuf,
    index: TextIndex,
    writer: Option<Mutex<Writer>>,
    pool: Mutex<Vec<Connection>>,
    dicts: codec::Dicts,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Io {
        path: path.display().to_string(),
        source: e,
    }
}

fn dir_size(p: &Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(p) else {
        return 0;
    };
    rd.flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// Facet values of a document, in the order of [`crate::index::FACETS`].
fn facets(doc: &Document) -> [Vec<String>; 6] {
    let mut entity: Vec<String> = doc.layers.entities.iter().map(|e| e.name.clone()).collect();
    let mut place: Vec<String> = doc
        .layers
        .places
        .iter()
        .map(|p| sql::place_name(doc, p))
        .collect();
    let mut speaker: Vec<String> = doc
        .layers
        .quotes
        .iter()
        .filter(|q| {
            matches!(
                q.speaker.kind,
                SpeakerKind::Person | SpeakerKind::Organisation
            )
        })
        .map(|q| q.speaker.name.clone())
        .collect();
    for v in [&mut entity, &mut place, &mut speaker] {
        v.sort();
        v.dedup();
    }
    let month = doc
        .meta
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| parse_day(d).is_some())
        .and_then(|d| d.get(..7))
        .map(str::to_string);
    [
        entity,
        place,
        speaker,
        doc.meta.source.iter().cloned().collect(),
        vec![doc.language.code.clone()],
        month.into_iter().collect(),
    ]
}

fn title_of(doc: &Document) -> String {
    if let Some(t) = doc.meta.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return t.trim().to_string();
    }
    let t = doc.text().trim();
    let cut: String = t.chars().take(80).collect();
    if cut.len() < t.len() {
        format!("{}…", cut.trim_end())
    } else {
        cut
    }
}

fn doc_ref(r: &Row) -> rusqlite::Result<DocRef> {
    Ok(DocRef {
        id: r.get(0)?,
        title: r.get(1)?,
        source: r.get(2)?,
        date: r.get(3)?,
    })
}

/// A quote row and the byte range of its content; the text is read from the document.
type RawQuote = (QuoteRow, u32, u32);

fn quote_row(r: &Row) -> rusqlite::Result<RawQuote> {
    Ok((
        QuoteRow {
            doc: r.get(0)?,
            title: r.get(1)?,
            source: r.get(2)?,
            date: r.get(3)?,
            speaker: r.get(4)?,
            speaker_kind: r.get(5)?,
            kind: r.get(6)?,
            content: String::new(),
        },
        r.get(7)?,
        r.get(8)?,
    ))
}

/// Fills quote contents from the stored texts (quotes keep offsets, not copies of the text).
fn fill_quotes(
    dicts: &codec::Dicts,
    conn: &Connection,
    raw: Vec<RawQuote>,
) -> Result<Vec<QuoteRow>> {
    let mut texts: HashMap<String, Document> = HashMap::new();
    let mut st = conn.prepare_cached("SELECT blob FROM docs WHERE id=?1")?;
    let mut out = Vec::with_capacity(raw.len());
    for (mut q, start, end) in raw {
        if !texts.contains_key(&q.doc) {
            let blob: Vec<u8> = st.query_row([&q.doc], |r| r.get(0))?;
            texts.insert(q.doc.clone(), codec::decode(dicts, conn, &q.doc, &blob)?);
        }
        if let Some(d) = texts.get(&q.doc) {
            q.content = d
                .slice(veille_core::Span::new(start, end))
                .trim()
                .to_string();
        }
        out.push(q);
    }
    Ok(out)
}

impl LocalStore {
    /// Opens (creating it in [`OpenMode::Write`]) the store in `dir`.
    ///
    /// # Errors
    /// [`Error::Missing`] when reading a directory without a store, [`Error::Locked`] when
    /// another process holds the writer, [`Error::Format`] for a store of another format.
    pub fn open(dir: impl AsRef<Path>, mode: OpenMode) -> Result<LocalStore> {
        let dir = dir.as_ref().to_path_buf();
        let db_path = dir.join("veille.sqlite");
        let write = mode == OpenMode::Write;
        if write {
            std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        } else if !db_path.exists() {
            return Err(Error::Missing(dir.display().to_string()));
        }
        let index = TextIndex::open(&dir.join("index"), write)?;
        let mut store = LocalStore {
            db_path: db_path.clone(),
            index,
            writer: None,
            pool: Mutex::new(Vec::new()),
            dicts: codec::Dicts::default(),
            dir,
        };
        if write {
            // The tantivy writer lock is the single-writer lock of the whole store.
            let iw = store.index.writer(&store.dir)?;
            let conn = sql::open(&db_path, true)?;
            match sql::kv_get(&conn, "format")? {
                None => sql::kv_set(&conn, "format", &STORE_FORMAT.to_string())?,
                Some(f) if f == STORE_FORMAT.to_string() => {}
                Some(f) => {
                    return Err(Error::Format {
                        found: f.parse().unwrap_or(0),
                        expected: STORE_FORMAT,
                        dir: store.dir.display().to_string(),
                    })
                }
            }
            let batch = sql::kv_get(&conn, "batch")?
                .and_then(|b| b.parse().ok())
                .unwrap_or(0);
            let mut w = Writer {
                conn,
                dict: None,
                iw,
                near: NearIndex::default(),
                stories: StoryIndex::default(),
                batch,
                fr: analyzer(TLang::French),
                en: analyzer(TLang::English),
            };
            store.recover(&mut w)?;
            store.load_memory(&mut w)?;
            store.writer = Some(Mutex::new(w));
        }
        Ok(store)
    }

    /// Quotes selected by `tail` (a WHERE … ORDER BY … clause over `quotes q` joined with
    /// `docs d`), their contents read from the stored texts.
    fn quote_rows(
        &self,
        conn: &Connection,
        tail: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<QuoteRow>> {
        let sql = format!(
            "SELECT d.id, d.title, d.source, d.date, q.speaker, q.speaker_kind, q.kind, q.cstart, \
             q.cend FROM quotes q JOIN docs d ON d.seq=q.doc {tail}"
        );
        let raw = rows(conn, &sql, params, quote_row)?;
        fill_quotes(&self.dicts, conn, raw)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Replays into the index what SQLite committed after the index's last commit.
    fn recover(&self, w: &mut Writer) -> Result<()> {
        let indexed = self.index.committed_batch()?;
        if indexed >= w.batch {
            return Ok(());
        }
        let stored: Vec<(String, Vec<u8>)> = rows(
            &w.conn,
            "SELECT id, blob FROM docs WHERE batch > ?1 ORDER BY seq",
            [indexed],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (id, blob) in stored {
            let doc = codec::decode(&self.dicts, &w.conn, &id, &blob)?;
            self.index_doc(&w.iw, &id, &doc)?;
        }
        self.index.commit(&mut w.iw, w.batch)?;
        Ok(())
    }

    fn load_memory(&self, w: &mut Writer) -> Result<()> {
        let latest: Option<(u32, Vec<u8>)> = w
            .conn
            .query_row(
                "SELECT id, dict FROM dicts ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        w.dict = latest.map(|(id, raw)| {
            let d = Arc::new(codec::Dict::new(id, &raw));
            self.dicts.insert(d.clone());
            d
        });
        w.near = NearIndex::default();
        w.stories = StoryIndex::default();
        let mut st = w
            .conn
            .prepare("SELECT id, simhash, sig, day, story FROM docs ORDER BY seq")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            if let Some(h) = r.get::<_, Option<i64>>(1)? {
                w.near.insert(h as u64, id);
            }
            let sig: Option<Vec<u8>> = r.get(2)?;
            let story: Option<i64> = r.get(4)?;
            if let (Some(sig), Some(story)) = (sig, story) {
                if let Some(sig) = Signature::decode(&sig, r.get(3)?) {
                    w.stories.insert(sig, story);
                }
            }
        }
        Ok(())
    }

    /// Adds a committed SQLite batch to the index writer. A crash after the SQLite commit is
    /// repaired by `recover` at the next open; a failure here drops the uncommitted adds, so
    /// the next index commit cannot move past documents the index does not hold, and `recover`
    /// (run before every batch) indexes them again.
    fn index_docs(&self, w: &mut Writer, docs: &[(String, Document)]) -> Result<()> {
        if let Err(e) = docs
            .iter()
            .try_for_each(|(id, doc)| self.index_doc(&w.iw, id, doc))
        {
            w.iw.rollback()?;
            return Err(e);
        }
        Ok(())
    }

    fn index_doc(&self, iw: &IndexWriter, id: &str, doc: &Document) -> Result<()> {
        let title = title_of(doc);
        self.index.add(
            iw,
            &IndexDoc {
                id,
                title: &title,
                text: doc.text(),
                lang: &doc.language.code,
                day: doc.meta.date.as_deref().and_then(parse_day),
                facets: facets(doc),
            },
        )
    }

    fn term_counts(
        fr: &mut TextAnalyzer,
        en: &mut TextAnalyzer,
        doc: &Document,
    ) -> HashMap<String, u32> {
        let analyzer = if doc.language.code == "en" { en } else { fr };
        let mut counts: HashMap<String, u32> = HashMap::new();
        {
            let mut stream = analyzer.token_stream(doc.text());
            while let Some(t) = stream.next() {
                *counts.entry(t.text.clone()).or_insert(0) += 1;
            }
        }
        // The title says what the article is about: its terms count double.
        if let Some(title) = &doc.meta.title {
            let mut stream = analyzer.token_stream(title);
            while let Some(t) = stream.next() {
                *counts.entry(t.text.clone()).or_insert(0) += 2;
            }
        }
        counts
    }

    /// The per-document work of a batch that needs no shared state — encoded blob and term
    /// counts — spread over the cores.
    #[allow(clippy::type_complexity)]
    fn prepare(
        w: &Writer,
        docs: &[&Document],
    ) -> Result<(Vec<Vec<u8>>, Vec<HashMap<String, u32>>)> {
        let dict = w.dict.as_deref();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = docs.len().div_ceil(threads).max(1);
        let parts: Vec<Result<Vec<(Vec<u8>, HashMap<String, u32>)>>> = std::thread::scope(|s| {
            let handles: Vec<_> = docs
                .chunks(chunk)
                .map(|part| {
                    let (mut fr, mut en) = (w.fr.clone(), w.en.clone());
                    s.spawn(move || {
                        part.iter()
                            .map(|d| {
                                Ok((
                                    codec::encode(d, dict)?,
                                    Self::term_counts(&mut fr, &mut en, d),
                                ))
                            })
                            .collect::<Result<Vec<_>>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(Error::Invalid("encoding thread panicked".into())))
                })
                .collect()
        });
        let mut blobs = Vec::with_capacity(docs.len());
        let mut counts = Vec::with_capacity(docs.len());
        for part in parts {
            for (b, c) in part? {
                blobs.push(b);
                counts.push(c);
            }
        }
        Ok((blobs, counts))
    }

    /// Story signatures of a batch. Document frequencies: the committed index plus the batch
    /// itself (so that the first batch of an empty store is weighted too).
    fn signatures(&self, docs: &[&Document], counts: Vec<HashMap<String, u32>>) -> Vec<Signature> {
        let mut batch_df: HashMap<String, u64> = HashMap::new();
        for c in &counts {
            for t in c.keys() {
                *batch_df.entry(t.clone()).or_insert(0) += 1;
            }
        }
        let searcher = self.index.reader.searcher();
        let n_docs = searcher.num_docs() + docs.len() as u64;
        let mut out = Vec::with_capacity(docs.len());
        for (doc, c) in docs.iter().zip(counts) {
            let en = doc.language.code == "en";
            let mut keys: Vec<u64> = doc
                .layers
                .entities
                .iter()
                .filter(|e| e.label != EntityType::MISC)
                .map(|e| key_hash("e", e.key.as_deref().unwrap_or(&e.name)))
                .collect();
            keys.extend(
                doc.layers
                    .places
                    .iter()
                    .map(|p| key_hash("e", &sql::place_name(doc, p))),
            );
            let df = |t: &str| {
                self.index.doc_freq(&searcher, t, en) + batch_df.get(t).copied().unwrap_or(0)
            };
            out.push(Signature::build(
                c,
                df,
                n_docs,
                keys,
                doc.meta.date.as_deref().and_then(parse_day),
            ));
        }
        out
    }

    fn writer(&self) -> Result<std::sync::MutexGuard<'_, Writer>> {
        let w = self.writer.as_ref().ok_or(Error::ReadOnly)?;
        Ok(w.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn put_locked(&self, w: &mut Writer, batch: Vec<Incoming>) -> Result<BatchReport> {
        let trace = std::env::var_os("VEILLE_TRACE").is_some();
        // An earlier batch whose indexing failed after its SQLite commit is indexed first.
        self.recover(w)?;
        let t0 = Instant::now();
        let batch_no = w.batch + 1;
        let mut report = BatchReport::default();
        let mut to_index: Vec<(String, Document)> = Vec::new();
        // Signatures need `&mut w` (analysers): compute them before opening the transaction.
        let docs: Vec<&Document> = batch.iter().map(|i| &i.doc).collect();
        // The first large batch trains the compression dictionary (stored with the batch).
        let mut new_dict: Option<(u32, Vec<u8>)> = None;
        if w.dict.is_none() && docs.len() >= codec::DICT_MIN_SAMPLES {
            let samples = docs
                .iter()
                .take(1000)
                .map(|d| codec::json(d))
                .collect::<Result<Vec<_>>>()?;
            if let Some(raw) = codec::train(&samples) {
                let id: u32 =
                    w.conn
                        .query_row("SELECT coalesce(max(id),0)+1 FROM dicts", [], |r| r.get(0))?;
                let d = Arc::new(codec::Dict::new(id, &raw));
                self.dicts.insert(d.clone());
                w.dict = Some(d);
                new_dict = Some((id, raw));
            }
        }
        let (blobs, counts) = Self::prepare(w, &docs)?;
        let sigs = self.signatures(&docs, counts);
        let t_sig = t0.elapsed();
        let tx = w.conn.transaction()?;
        if let Some((id, raw)) = &new_dict {
            tx.execute(
                "INSERT INTO dicts(id, dict) VALUES(?1, ?2)",
                params![id, raw],
            )?;
        }
        for ((inc, sig), blob) in batch.into_iter().zip(sigs).zip(blobs) {
            let doc = inc.doc;
            let id = dedup::doc_id(doc.text());
            let existing: Option<(i64, String)> = tx
                .query_row("SELECT seq, origin FROM docs WHERE id=?1", [&id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            if let Some((seq, origin)) = existing {
                if origin != inc.origin {
                    tx.execute(
                        "INSERT OR IGNORE INTO dups(id,origin,of_seq,kind,distance,source,url) VALUES(?1,?2,?3,'exact',0,?4,?5)",
                        params![id, inc.origin, seq, doc.meta.source, doc.meta.url],
                    )?;
                }
                report.outcomes.push(Outcome::Duplicate {
                    id: id.clone(),
                    of: id,
                });
                continue;
            }
            let linked: Option<(String, String, u32)> = tx
                .query_row(
                    "SELECT d.id, x.kind, x.distance FROM dups x JOIN docs d ON d.seq=x.of_seq WHERE x.id=?1 LIMIT 1",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if let Some((of, kind, distance)) = linked {
                report.outcomes.push(if kind == "near" {
                    Outcome::NearDuplicate { id, of, distance }
                } else {
                    Outcome::Duplicate { id, of }
                });
                continue;
            }
            let simhash = dedup::simhash(doc.text());
            if let Some((of, distance)) = simhash.and_then(|h| w.near.nearest(h)) {
                let of = of.to_string();
                tx.execute(
                    "INSERT OR IGNORE INTO dups(id,origin,of_seq,kind,distance,source,url) \
                     SELECT ?1,?2,seq,'near',?3,?4,?5 FROM docs WHERE id=?6",
                    params![id, inc.origin, distance, doc.meta.source, doc.meta.url, of],
                )?;
                report
                    .outcomes
                    .push(Outcome::NearDuplicate { id, of, distance });
                continue;
            }
            // A new document: story, row, layers.
            let day = doc.meta.date.as_deref().and_then(parse_day);
            let story = match w.stories.best(&sig) {
                Some((story, _)) => {
                    tx.execute(
                        "UPDATE stories SET size=size+1, first_day=min(coalesce(first_day,?2),coalesce(?2,first_day)), \
                         last_day=max(coalesce(last_day,?2),coalesce(?2,last_day)) WHERE id=?1",
                        params![story, day],
                    )?;
                    story
                }
                None => {
                    tx.execute(
                        "INSERT INTO stories(title,first_day,last_day,size) VALUES(?1,?2,?2,1)",
                        params![title_of(&doc), day],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            tx.execute(
                "INSERT INTO docs(id,batch,title,source,url,date,day,lang,pipeline,origin,text_len,simhash,story,sig,blob) \
                 VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
                params![
                    id,
                    batch_no,
                    doc.meta.title,
                    doc.meta.source,
                    doc.meta.url,
                    doc.meta.date,
                    day,
                    doc.language.code,
                    sql::pipeline_id(&tx, &pipeline_version(&doc))?,
                    inc.origin,
                    doc.text().len() as i64,
                    simhash.map(|h| h as i64),
                    story,
                    sig.encode(),
                    blob
                ],
            )?;
            let seq = tx.last_insert_rowid();
            sql::insert_layers(&tx, seq, &doc)?;
            if let Some(h) = simhash {
                w.near.insert(h, id.clone());
            }
            w.stories.insert(sig, story);
            report.outcomes.push(Outcome::Stored {
                id: id.clone(),
                story,
            });
            to_index.push((id, doc));
        }
        sql::kv_set(&tx, "batch", &batch_no.to_string())?;
        tx.commit()?;
        let t_sql = t0.elapsed();
        w.batch = batch_no;
        self.index_docs(w, &to_index)?;
        let t_add = t0.elapsed();
        self.index.commit(&mut w.iw, batch_no)?;
        if trace {
            eprintln!(
                "batch {batch_no}: {} docs, signatures {:?}, sqlite {:?}, index add {:?}, commit {:?}",
                report.outcomes.len(),
                t_sig,
                t_sql - t_sig,
                t_add - t_sql,
                t0.elapsed() - t_add
            );
        }
        Ok(report)
    }

    fn with_conn<R>(&self, f: impl FnOnce(&Connection) -> Result<R>) -> Result<R> {
        let conn = {
            let mut pool = self.pool.lock().unwrap_or_else(|p| p.into_inner());
            pool.pop()
        };
        let conn = match conn {
            Some(c) => c,
            None => sql::open(&self.db_path, false)?,
        };
        let out = f(&conn);
        self.pool
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(conn);
        out
    }

    fn resolve_id(conn: &Connection, id: &str) -> Result<Option<String>> {
        let id = id.trim().to_ascii_lowercase();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(None);
        }
        if id.len() == 16 {
            return Ok(conn
                .query_row("SELECT id FROM docs WHERE id=?1", [&id], |r| r.get(0))
                .optional()?);
        }
        if id.len() < 6 {
            return Err(Error::Invalid(format!(
                "document id prefix {id:?} is too short (6 hex digits at least)"
            )));
        }
        let hi = format!("{id}g");
        let ids: Vec<String> = rows(
            conn,
            "SELECT id FROM docs WHERE id >= ?1 AND id < ?2 LIMIT 2",
            params![id, hi],
            |r| r.get(0),
        )?;
        match ids.len() {
            0 => Ok(None),
            1 => Ok(ids.into_iter().next()),
            _ => Err(Error::Invalid(format!(
                "document id prefix {id:?} is ambiguous"
            ))),
        }
    }

    /// Compacts the store at rest: folds the write-ahead log into the database file and merges
    /// the index segments into one (what `stats` then measures). Readers are not disturbed.
    ///
    /// # Errors
    /// [`Error::ReadOnly`] without the writer.
    pub fn checkpoint(&self) -> Result<()> {
        let mut w = self.writer()?;
        w.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let ids = self.index.index.searchable_segment_ids()?;
        if ids.len() > 1 {
            w.iw.merge(&ids).wait()?;
        }
        let _ = w.iw.garbage_collect_files().wait();
        self.index.reader.reload()?;
        Ok(())
    }

    /// Measures search latency: runs each query `rounds` times, returns sorted latencies (ms).
    pub fn bench_search(&self, queries: &[SearchQuery], rounds: usize) -> Result<Vec<f64>> {
        let mut lat = Vec::new();
        for _ in 0..rounds {
            for q in queries {
                let t = Instant::now();
                self.search(q)?;
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        lat.sort_by(f64::total_cmp);
        Ok(lat)
    }
}

impl Store for LocalStore {
    fn put_batch(&self, batch: Vec<Incoming>) -> Result<BatchReport> {
        let mut w = self.writer()?;
        let out = self.put_locked(&mut w, batch);
        if out.is_err() {
            // The transaction rolled back: drop in-memory state it may have touched.
            let _ = w.iw.rollback();
            let w = &mut *w;
            let batch = sql::kv_get(&w.conn, "batch")
                .ok()
                .flatten()
                .and_then(|b| b.parse().ok())
                .unwrap_or(w.batch);
            w.batch = batch;
            self.load_memory(w)?;
        }
        out
    }

    fn known(&self, id: &str) -> Result<Option<String>> {
        let f = |conn: &Connection| -> Result<Option<String>> {
            let direct: Option<String> = conn
                .query_row("SELECT id FROM docs WHERE id=?1", [id], |r| r.get(0))
                .optional()?;
            if direct.is_some() {
                return Ok(direct);
            }
            Ok(conn
                .query_row(
                    "SELECT d.id FROM dups x JOIN docs d ON d.seq=x.of_seq WHERE x.id=?1 LIMIT 1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?)
        };
        // A reader connection: sees what is committed, never waits for the writer's lock.
        self.with_conn(f)
    }

    fn document(&self, id: &str) -> Result<Option<StoredDoc>> {
        self.with_conn(|conn| {
            let Some(id) = Self::resolve_id(conn, id)? else {
                return Ok(None);
            };
            let (seq, origin, pipeline, story, blob): (i64, String, String, Option<i64>, Vec<u8>) =
                conn.query_row(
                    "SELECT d.seq, d.origin, p.name, d.story, d.blob FROM docs d JOIN pipelines p ON p.id=d.pipeline WHERE d.id=?1",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )?;
            let doc = codec::decode(&self.dicts, conn, &id, &blob)?;
            let duplicates = rows(
                conn,
                "SELECT id, kind, origin, source, url, distance FROM dups WHERE of_seq=?1 \
                 ORDER BY id, origin",
                [seq],
                duplicate_link,
            )?;
            Ok(Some(StoredDoc {
                id,
                doc,
                origin,
                pipeline,
                story,
                duplicates,
            }))
        })
    }

    fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let t = Instant::now();
        let limit = if q.limit == 0 { 10 } else { q.limit.min(1000) };
        let (query, text_query) = self.index.build_query(q)?;
        // Facet counts are exact over every matching document (counted in the same pass).
        let (total, hits, facets) =
            self.index
                .search(&*query, limit, q.offset, q.facets.min(100))?;
        let t_search = t.elapsed();
        let gens = match &text_query {
            Some(tq) => Some(self.index.snippet_generators(&**tq)?),
            None => None,
        };
        let hits = self.with_conn(|conn| {
            let mut st = conn.prepare_cached(
                "SELECT title, source, date, lang, story, blob FROM docs WHERE id=?1",
            )?;
            let mut out = Vec::with_capacity(hits.len());
            for (score, id) in hits {
                let row = st
                    .query_row([&id], |r| {
                        Ok((
                            r.get::<_, Option<String>>(0)?,
                            r.get::<_, Option<String>>(1)?,
                            r.get::<_, Option<String>>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, Option<i64>>(4)?,
                            r.get::<_, Vec<u8>>(5)?,
                        ))
                    })
                    .optional()?;
                // Indexed but not (yet) visible to this reader: skip.
                let Some((title, source, date, lang, story, blob)) = row else {
                    continue;
                };
                let doc = codec::decode(&self.dicts, conn, &id, &blob)?;
                let snippet = match &gens {
                    Some((fr, en)) => {
                        let g = if lang == "en" { en } else { fr };
                        let s = g.snippet(doc.text());
                        if s.is_empty() {
                            None
                        } else {
                            Some(s.to_html())
                        }
                    }
                    None => None,
                };
                let snippet = snippet.unwrap_or_else(|| {
                    let head: String = doc.text().chars().take(200).collect();
                    html_escape(&head)
                });
                out.push(SearchHit {
                    id,
                    score,
                    title: title.or_else(|| Some(title_of(&doc))),
                    source,
                    date,
                    lang,
                    story,
                    snippet,
                });
            }
            Ok(out)
        })?;
        if std::env::var_os("VEILLE_TRACE").is_some() {
            eprintln!(
                "search {:?}: {total} hits, index {:?}, snippets+rows {:?}",
                q.text,
                t_search,
                t.elapsed() - t_search
            );
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
            took_ms: t.elapsed().as_secs_f64() * 1000.0,
        })
    }

    fn quotes(&self, q: &QuoteQuery) -> Result<Vec<QuoteRow>> {
        let limit = if q.limit == 0 { 50 } else { q.limit } as i64;
        self.with_conn(|conn| {
            let doc = match &q.doc {
                Some(d) => match Self::resolve_id(conn, d)? {
                    Some(id) => Some(id),
                    None => return Ok(Vec::new()),
                },
                None => None,
            };
            let pattern = q.speaker.as_ref().map(|s| format!("%{}%", s.trim()));
            self.quote_rows(
                conn,
                "WHERE (?1 IS NULL OR q.speaker LIKE ?1) AND (?2 IS NULL OR d.id=?2) \
                 ORDER BY d.day DESC, d.seq, q.idx LIMIT ?3",
                params![pattern, doc, limit],
            )
        })
    }

    fn entities(&self, q: &EntityQuery) -> Result<Vec<EntityCount>> {
        let top = if q.top == 0 { 20 } else { q.top } as i64;
        self.with_conn(|conn| {
            rows(
                conn,
                "SELECT name, label, count(DISTINCT doc), sum(mentions) FROM entities \
                 WHERE (?1 IS NULL OR label=?1) GROUP BY name, label \
                 ORDER BY count(DISTINCT doc) DESC, sum(mentions) DESC, name LIMIT ?2",
                params![q.label, top],
                entity_count,
            )
        })
    }

    fn entity(&self, name: &str) -> Result<Option<EntityPage>> {
        self.with_conn(|conn| {
            let head: Option<(String, String)> = conn
                .query_row(
                    "SELECT name, label FROM entities WHERE name=?1 COLLATE NOCASE \
                     GROUP BY name, label ORDER BY count(*) DESC LIMIT 1",
                    [name],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (name, label) = match head {
                Some(h) => h,
                None => {
                    // A speaker or place that NER did not list still gets a page.
                    let n: i64 = conn.query_row(
                        "SELECT (SELECT count(*) FROM quotes WHERE speaker=?1 COLLATE NOCASE) + \
                         (SELECT count(*) FROM places WHERE name=?1 COLLATE NOCASE)",
                        [name],
                        |r| r.get(0),
                    )?;
                    if n == 0 {
                        return Ok(None);
                    }
                    (name.to_string(), "MISC".to_string())
                }
            };
            let docs_sql =
                "SELECT DISTINCT d.id, d.title, d.source, d.date FROM docs d WHERE d.seq IN \
                 (SELECT doc FROM entities WHERE name=?1 COLLATE NOCASE \
                  UNION SELECT doc FROM quotes WHERE speaker=?1 COLLATE NOCASE \
                  UNION SELECT doc FROM places WHERE name=?1 COLLATE NOCASE) \
                 ORDER BY d.day DESC, d.seq DESC LIMIT 100";
            let documents = rows(conn, docs_sql, [&name], doc_ref)?;
            let timeline = rows(
                conn,
                "SELECT coalesce(substr(d.date,1,10),'unknown'), sum(e.mentions) FROM entities e \
                 JOIN docs d ON d.seq=e.doc WHERE e.name=?1 COLLATE NOCASE GROUP BY 1 ORDER BY 1",
                [&name],
                facet_value,
            )?;
            let quotes_by = self.quote_rows(
                conn,
                "WHERE q.speaker=?1 COLLATE NOCASE ORDER BY d.day DESC, q.idx LIMIT 100",
                [&name],
            )?;
            // Quotes by others in the articles that mention the entity, keeping those that
            // name it.
            let around = self.quote_rows(
                conn,
                "WHERE q.doc IN (SELECT doc FROM entities WHERE name=?1 COLLATE NOCASE \
                                 UNION SELECT doc FROM places WHERE name=?1 COLLATE NOCASE) \
                 AND q.speaker<>?1 COLLATE NOCASE ORDER BY d.day DESC LIMIT 300",
                [&name],
            )?;
            let lower = name.to_lowercase();
            let quotes_about: Vec<QuoteRow> = around
                .into_iter()
                .filter(|q| q.content.to_lowercase().contains(&lower))
                .take(50)
                .collect();
            let cooccurring = rows(
                conn,
                "SELECT e.name, e.label, count(DISTINCT e.doc), sum(e.mentions) FROM entities e \
                 WHERE e.doc IN (SELECT doc FROM entities WHERE name=?1 COLLATE NOCASE) \
                 AND e.name<>?1 COLLATE NOCASE GROUP BY e.name, e.label \
                 ORDER BY 3 DESC, 4 DESC LIMIT 20",
                [&name],
                entity_count,
            )?;
            let places = rows(
                conn,
                "SELECT name, avg(lat), avg(lon), max(country), count(DISTINCT doc), count(*) \
                 FROM places WHERE doc IN (SELECT doc FROM entities WHERE name=?1 COLLATE NOCASE) \
                 GROUP BY name ORDER BY 5 DESC LIMIT 20",
                [&name],
                place_count,
            )?;
            Ok(Some(EntityPage {
                name,
                label,
                documents,
                timeline,
                quotes_by,
                quotes_about,
                cooccurring,
                places,
            }))
        })
    }

    fn places(&self, limit: usize) -> Result<Vec<PlaceCount>> {
        let limit = if limit == 0 { 500 } else { limit } as i64;
        self.with_conn(|conn| {
            rows(
                conn,
                "SELECT name, avg(lat), avg(lon), max(country), count(DISTINCT doc), count(*) \
                 FROM places GROUP BY name ORDER BY 5 DESC, 6 DESC, name LIMIT ?1",
                [limit],
                place_count,
            )
        })
    }

    fn stories(&self, limit: usize) -> Result<Vec<StorySummary>> {
        let limit = if limit == 0 { 20 } else { limit } as i64;
        self.with_conn(|conn| {
            let ids: Vec<i64> = rows(
                conn,
                "SELECT id FROM stories ORDER BY size DESC, last_day DESC, id LIMIT ?1",
                [limit],
                |r| r.get(0),
            )?;
            ids.into_iter()
                .filter_map(|id| story_summary(conn, id).transpose())
                .collect()
        })
    }

    fn story(&self, id: i64) -> Result<Option<StoryPage>> {
        self.with_conn(|conn| {
            let Some(summary) = story_summary(conn, id)? else {
                return Ok(None);
            };
            let documents = rows(
                conn,
                "SELECT id, title, source, date FROM docs WHERE story=?1 ORDER BY day, seq",
                [id],
                doc_ref,
            )?;
            let quotes = self.quote_rows(
                conn,
                "WHERE d.story=?1 ORDER BY q.speaker, d.day LIMIT 200",
                [id],
            )?;
            let figures = rows(
                conn,
                "SELECT d.id, d.source, n.category, n.surface, coalesce(n.value, n.vmax), n.unit, \
                 n.counted FROM numbers n JOIN docs d ON d.seq=n.doc WHERE d.story=?1 \
                 ORDER BY n.category, d.day, d.seq, n.start LIMIT 300",
                [id],
                story_figure,
            )?;
            let entities = rows(
                conn,
                "SELECT e.name, e.label, count(DISTINCT e.doc), sum(e.mentions) FROM entities e \
                 JOIN docs d ON d.seq=e.doc WHERE d.story=?1 GROUP BY e.name, e.label \
                 ORDER BY 3 DESC, 4 DESC LIMIT 20",
                [id],
                entity_count,
            )?;
            Ok(Some(StoryPage {
                summary,
                documents,
                quotes,
                figures,
                entities,
            }))
        })
    }

    fn stale(&self, current: &str, limit: usize) -> Result<Vec<String>> {
        self.with_conn(|conn| {
            rows(
                conn,
                "SELECT d.id FROM docs d JOIN pipelines p ON p.id=d.pipeline \
                 WHERE p.name<>?1 ORDER BY d.seq LIMIT ?2",
                params![current, limit as i64],
                |r| r.get(0),
            )
        })
    }

    fn replace_analysis(&self, docs: Vec<Document>) -> Result<usize> {
        let mut w = self.writer()?;
        let w = &mut *w;
        self.recover(w)?;
        let batch_no = w.batch + 1;
        let dict = w.dict.clone();
        let tx = w.conn.transaction()?;
        let mut done = Vec::new();
        for doc in docs {
            let id = dedup::doc_id(doc.text());
            let seq: Option<i64> = tx
                .query_row("SELECT seq FROM docs WHERE id=?1", [&id], |r| r.get(0))
                .optional()?;
            let Some(seq) = seq else { continue };
            sql::delete_layers(&tx, seq)?;
            sql::insert_layers(&tx, seq, &doc)?;
            tx.execute(
                "UPDATE docs SET batch=?2, lang=?3, pipeline=?4, blob=?5 WHERE seq=?1",
                params![
                    seq,
                    batch_no,
                    doc.language.code,
                    sql::pipeline_id(&tx, &pipeline_version(&doc))?,
                    codec::encode(&doc, dict.as_deref())?
                ],
            )?;
            done.push((id, doc));
        }
        sql::kv_set(&tx, "batch", &batch_no.to_string())?;
        tx.commit()?;
        w.batch = batch_no;
        self.index_docs(w, &done)?;
        self.index.commit(&mut w.iw, batch_no)?;
        Ok(done.len())
    }

    fn stats(&self) -> Result<StoreStats> {
        let (documents, duplicates, stories, raw) = self.with_conn(|conn| {
            Ok(conn.query_row(
                "SELECT (SELECT count(*) FROM docs), (SELECT count(*) FROM dups), \
                 (SELECT count(*) FROM stories), (SELECT coalesce(sum(text_len),0) FROM docs)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?)
        })?;
        let sqlite_bytes = ["veille.sqlite", "veille.sqlite-wal", "veille.sqlite-shm"]
            .iter()
            .filter_map(|f| std::fs::metadata(self.dir.join(f)).ok())
            .map(|m| m.len())
            .sum();
        Ok(StoreStats {
            documents,
            duplicates,
            stories,
            raw_text_bytes: raw,
            sqlite_bytes,
            index_bytes: dir_size(&self.dir.join("index")),
            data_dir: self.dir.display().to_string(),
        })
    }
}

/// Every row of `sql` mapped by `f` (the statement is cached on the connection).
fn rows<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    f: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut st = conn.prepare_cached(sql)?;
    let out = st.query_map(params, f)?.collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

fn entity_count(r: &Row) -> rusqlite::Result<EntityCount> {
    Ok(EntityCount {
        name: r.get(0)?,
        label: r.get(1)?,
        documents: r.get(2)?,
        mentions: r.get(3)?,
    })
}

fn facet_value(r: &Row) -> rusqlite::Result<FacetValue> {
    Ok(FacetValue {
        value: r.get(0)?,
        count: r.get(1)?,
    })
}

fn duplicate_link(r: &Row) -> rusqlite::Result<DuplicateLink> {
    Ok(DuplicateLink {
        id: r.get(0)?,
        kind: r.get(1)?,
        origin: r.get(2)?,
        source: r.get(3)?,
        url: r.get(4)?,
        distance: r.get(5)?,
    })
}

fn story_figure(r: &Row) -> rusqlite::Result<StoryFigure> {
    Ok(StoryFigure {
        doc: r.get(0)?,
        source: r.get(1)?,
        category: r.get(2)?,
        text: r.get(3)?,
        value: r.get(4)?,
        unit: r.get(5)?,
        counted: r.get(6)?,
    })
}

fn place_count(r: &Row) -> rusqlite::Result<PlaceCount> {
    Ok(PlaceCount {
        name: r.get(0)?,
        lat: r.get(1)?,
        lon: r.get(2)?,
        country: r.get(3)?,
        documents: r.get(4)?,
        mentions: r.get(5)?,
    })
}

fn day_to_string(day: i64) -> String {
    // civil_from_days (H. Hinnant)
    let z = day + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

fn story_summary(conn: &Connection, id: i64) -> Result<Option<StorySummary>> {
    let row: Option<(String, Option<i64>, Option<i64>, u64)> = conn
        .query_row(
            "SELECT title, first_day, last_day, size FROM stories WHERE id=?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((title, first, last, size)) = row else {
        return Ok(None);
    };
    let sources = rows(
        conn,
        "SELECT DISTINCT source FROM docs WHERE story=?1 AND source IS NOT NULL ORDER BY source",
        [id],
        |r| r.get(0),
    )?;
    Ok(Some(StorySummary {
        id,
        title,
        documents: size,
        sources,
        first_date: first.map(day_to_string),
        last_date: last.map(day_to_string),
    }))
}

pub(crate) fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_roundtrip() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(
            parse_day("2018-08-06T10:00:00Z")
                .map(day_to_string)
                .as_deref(),
            Some("2018-08-06")
        );
        assert_eq!(
            parse_day("2016-12-12").map(day_to_string).as_deref(),
            Some("2016-12-12")
        );
        assert_eq!(parse_day("06/08/2018"), None);
        assert_eq!(parse_day("2018-13-01"), None);
    }
}
