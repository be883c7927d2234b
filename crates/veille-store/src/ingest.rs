//! The ingest driver: read → analyse in parallel (one worker per thread) → commit in batches.
//!
//! Generic over the record source and the analysis function so that it does not depend on the
//! readers or the pipeline: the CLI passes `veille_ingest` records and `Analyzer::analyze`.
//! Texts already in the store (by [`crate::dedup::doc_id`]) are not analysed again, which makes
//! re-ingesting a corpus cheap as well as idempotent. Documents are committed in input order,
//! so the result (ids, duplicates, stories) does not depend on thread scheduling.

use crate::{dedup, Incoming, Outcome, Result, Store};
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use veille_core::{Document, Meta};

/// One text to ingest.
#[derive(Debug, Clone)]
pub struct Item {
    pub text: String,
    pub meta: Meta,
    /// Where it came from (`file.jsonl:12`, a URL...): reported with failures and duplicates.
    pub origin: String,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Documents per transaction.
    pub batch_size: usize,
    /// Analysis threads.
    pub workers: usize,
    /// A partial batch is committed after this long without a full one.
    pub max_delay: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_size: 256,
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_delay: Duration::from_secs(2),
        }
    }
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub read: u64,
    pub ingested: u64,
    pub duplicates: u64,
    pub near_duplicates: u64,
    /// Texts already in the store, skipped before analysis.
    pub already_stored: u64,
    pub failed: Vec<Failure>,
    pub batches: u64,
    pub seconds: f64,
    pub analysis_seconds: f64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    pub origin: String,
    pub reason: String,
}

/// Progress notifications (called from several threads).
pub trait Progress: Sync {
    fn read(&self, _origin: &str) {}
    fn committed(&self, _summary: &Summary) {}
}

impl Progress for () {}

enum Done {
    Doc(Box<Document>, String, f64),
    Failed(String, String),
}

/// Runs the ingestion. `items` yields records or read errors (`Err((origin, reason))`).
///
/// # Errors
/// A store error (disk full, store locked...) stops the run; read and analysis failures do not.
pub fn run<S, I, A>(
    store: &S,
    items: I,
    analyze: A,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Summary>
where
    S: Store + ?Sized,
    I: Iterator<Item = Result<Item, (String, String)>>,
    A: Fn(&str, Meta) -> Document + Sync,
{
    let start = Instant::now();
    let summary = Mutex::new(Summary::default());
    let workers = opts.workers.max(1);
    let batch_size = opts.batch_size.max(1);
    let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Item)>(workers * 8);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done)>();
    let lock = || summary.lock().unwrap_or_else(|p| p.into_inner());

    let result: Result<()> = std::thread::scope(|s| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            let analyze = &analyze;
            s.spawn(move || loop {
                let next = work_rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
                let Ok((seq, item)) = next else { break };
                let t = Instant::now();
                let origin = item.origin.clone();
                let out = catch_unwind(AssertUnwindSafe(|| analyze(&item.text, item.meta)));
                let msg = match out {
                    Ok(doc) => Done::Doc(Box::new(doc), origin, t.elapsed().as_secs_f64()),
                    Err(_) => Done::Failed(origin, "analysis panicked".into()),
                };
                if done_tx.send((seq, msg)).is_err() {
                    break;
                }
            });
        }
        // The committer: reorders by sequence number, commits in batches.
        let committer = s.spawn(move || -> Result<()> {
            let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
            let mut next = 0u64;
            let mut batch: Vec<Incoming> = Vec::new();
            let mut last_commit = Instant::now();
            let mut closed = false;
            loop {
                match done_rx.recv_timeout(Duration::from_millis(200)) {
                    Ok((seq, d)) => {
                        pending.insert(seq, d);
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => closed = true,
                }
                while let Some(d) = pending.remove(&next) {
                    next += 1;
                    match d {
                        Done::Doc(doc, origin, secs) => {
                            lock().analysis_seconds += secs;
                            batch.push(Incoming { doc: *doc, origin });
                        }
                        Done::Failed(origin, reason) => {
                            lock().failed.push(Failure { origin, reason })
                        }
                    }
                }
                let due = batch.len() >= batch_size
                    || (!batch.is_empty() && (closed || last_commit.elapsed() >= opts.max_delay));
                if due {
                    let report = store.put_batch(std::mem::take(&mut batch))?;
                    last_commit = Instant::now();
                    let snapshot = {
                        let mut sm = lock();
                        sm.batches += 1;
                        for o in &report.outcomes {
                            match o {
                                Outcome::Stored { .. } => sm.ingested += 1,
                                Outcome::Duplicate { .. } => sm.duplicates += 1,
                                Outcome::NearDuplicate { .. } => sm.near_duplicates += 1,
                            }
                        }
                        sm.clone()
                    };
                    progress.committed(&snapshot);
                }
                if closed && pending.is_empty() && batch.is_empty() {
                    return Ok(());
                }
            }
        });
        drop(done_tx);
        // The reader: this thread.
        let mut seq = 0u64;
        let mut read_result = Ok(());
        for item in items {
            if committer.is_finished() {
                break; // the committer failed: stop reading
            }
            lock().read += 1;
            match item {
                Err((origin, reason)) => {
                    progress.read(&origin);
                    lock().failed.push(Failure { origin, reason });
                }
                Ok(item) => {
                    progress.read(&item.origin);
                    match store.known(&dedup::doc_id(&item.text)) {
                        Ok(Some(_)) => {
                            lock().already_stored += 1;
                            continue;
                        }
                        Ok(None) => {}
                        Err(e) => {
                            read_result = Err(e);
                            break;
                        }
                    }
                    if work_tx.send((seq, item)).is_err() {
                        break;
                    }
                    seq += 1;
                }
            }
        }
        drop(work_tx);
        let committed = committer.join().unwrap_or_else(|_| {
            Err(crate::Error::Invalid(
                "the committer thread panicked".into(),
            ))
        });
        read_result.and(committed)
    });
    result?;
    let mut out = summary.into_inner().unwrap_or_else(|p| p.into_inner());
    out.seconds = start.elapsed().as_secs_f64();
    Ok(out)
}
