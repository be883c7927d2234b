//! kill -9 during ingest, restart, re-ingest: no corruption, no duplicate, no lost committed
//! document. The test re-runs its own binary as the child process that gets killed.
mod common;

use common::{analyze, gen_text, meta};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use veille_store::*;

const N: u64 = 400;
const BATCH: u64 = 10;

fn batch(from: u64) -> Vec<Incoming> {
    (from..(from + BATCH).min(N))
        .map(|i| Incoming {
            doc: analyze(
                &gen_text(i, 120),
                meta(&format!("Dépêche {i}"), "AFP", "2024-05-01"),
            ),
            origin: format!("gen:{i}"),
        })
        .collect()
}

/// The child: ingests batches forever (well, N docs), printing each committed batch.
#[test]
fn child_ingest() {
    let Some(dir) = std::env::var_os("VEILLE_CRASH_DIR") else {
        return;
    };
    let store = LocalStore::open(&dir, OpenMode::Write).unwrap();
    let mut from = 0;
    while from < N {
        store.put_batch(batch(from)).unwrap();
        from += BATCH;
        println!("committed {from}");
    }
    std::thread::sleep(std::time::Duration::from_secs(60));
}

#[test]
fn kill9_mid_batch_then_reingest() {
    let tmp = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut committed_max = 0;
    for (round, kill_after) in [(0, 3u64), (1, 9), (2, 16)].into_iter() {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_ingest",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("VEILLE_CRASH_DIR", tmp.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        let mut committed = 0;
        let mut batches = 0;
        for line in out.lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("committed ") {
                committed = n.trim().parse().unwrap();
                batches += 1;
                if batches == kill_after {
                    break;
                }
            }
        }
        // SIGKILL while the child is in the middle of its next batch
        std::thread::sleep(std::time::Duration::from_millis(5 * round));
        child.kill().unwrap();
        child.wait().unwrap();
        committed_max = committed_max.max(committed);

        // Restart: opens (recovers), nothing lost, everything searchable, no corruption.
        let store = LocalStore::open(tmp.path(), OpenMode::Write).unwrap();
        let stats = store.stats().unwrap();
        assert!(
            stats.documents >= committed_max,
            "round {round}: {} < {committed_max}",
            stats.documents
        );
        for i in 0..committed_max {
            assert!(
                store
                    .known(&dedup::doc_id(&gen_text(i, 120)))
                    .unwrap()
                    .is_some(),
                "lost doc {i}"
            );
        }
        let all = store.search(&SearchQuery::default()).unwrap();
        assert_eq!(
            all.total as u64, stats.documents,
            "index and database agree"
        );
        let conn = rusqlite_check(tmp.path());
        assert_eq!(conn, "ok");
        drop(store);
    }
    // Re-ingest everything: exactly N documents, no duplicate rows.
    let store = LocalStore::open(tmp.path(), OpenMode::Write).unwrap();
    let mut from = 0;
    while from < N {
        store.put_batch(batch(from)).unwrap();
        from += BATCH;
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, N);
    assert_eq!(stats.duplicates, 0);
    assert_eq!(
        store.search(&SearchQuery::default()).unwrap().total as u64,
        N
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                text: "\"Dépêche 399\"".into(),
                ..Default::default()
            })
            .unwrap()
            .total,
        1
    );
}

fn rusqlite_check(dir: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(dir.join("veille.sqlite")).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))
        .unwrap()
}
