//! End-to-end test of `veille ingest --max-bytes`: a document over the limit is skipped with a
//! message naming it, the others of the batch are stored.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/max-bytes.jsonl"
);

fn veille(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .env_remove("VEILLE_DATA_DIR")
        .output()
        .expect("the veille binary runs")
}

fn data_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("veille-cli-ingest-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn ingest(dir: &Path, extra: &[&str]) -> (Output, serde_json::Value) {
    let mut args = vec![
        "ingest",
        FIXTURE,
        "--json",
        "--data-dir",
        dir.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = veille(&args);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    (out, report)
}

#[test]
fn max_bytes_skips_the_large_document_and_names_it() {
    let dir = data_dir("limit");
    let (out, report) = ingest(&dir, &["--max-bytes", "600"]);
    // the run reports a failure (exit 2) but stores the other documents
    assert_eq!(out.status.code(), Some(2), "{report}");
    assert_eq!(report["read"], 3, "{report}");
    assert_eq!(report["ingested"], 2, "{report}");
    let failed = report["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{report}");
    assert_eq!(
        failed[0]["origin"].as_str().unwrap(),
        format!("{FIXTURE}:2")
    );
    let reason = failed[0]["reason"].as_str().unwrap();
    assert!(
        reason.ends_with("bytes exceeds the limit of 600 bytes; skipped"),
        "{reason}"
    );
    // the human summary names the input too
    let dir2 = data_dir("text");
    let out = veille(&[
        "ingest",
        FIXTURE,
        "--max-bytes",
        "600",
        "--data-dir",
        dir2.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("failed {FIXTURE}:2: ")),
        "{stdout}"
    );
    assert!(stdout.contains("ingested 2"), "{stdout}");
    for d in [dir, dir2] {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn default_limit_takes_every_document() {
    let dir = data_dir("default");
    let (out, report) = ingest(&dir, &[]);
    assert!(out.status.success(), "{report}");
    assert_eq!(report["ingested"], 3, "{report}");
    assert_eq!(report["failed"].as_array().map(Vec::len), Some(0));
    let _ = std::fs::remove_dir_all(dir);
}
