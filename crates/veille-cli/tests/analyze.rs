//! End-to-end tests of `veille analyze` on good and bad input: each bad input gets a message
//! naming it, the batch goes on, and the exit status is non-zero only when nothing was done.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn veille(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the veille binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("veille-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn stdin_text_gives_code_point_offsets() {
    let out = veille(
        &["analyze"],
        "Près d'Alep-Est, « 10 000 personnes ».".as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["schema"], "veille.document/1");
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    for tok in doc["layers"]["tokens"].as_array().unwrap() {
        let (s, e) = (
            tok["start"].as_u64().unwrap() as usize,
            tok["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            tok["text"].as_str().unwrap()
        );
    }
    let words: Vec<&str> = doc["layers"]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert!(
        words.contains(&"Alep-Est") && words.contains(&"10 000"),
        "{words:?}"
    );
}

#[test]
fn jsonl_bad_lines_are_reported_and_the_batch_goes_on() {
    let input = b"{\"id\": \"a\", \"text\": \"Alep.\", \"topic\": \"x\"}\nthis is not json\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"Palmyre.\"}\n";
    let path = tmp("batch.jsonl", input);
    let out = veille(&["analyze", path.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("batch.jsonl:2: not JSON"), "{stderr}");
    assert!(
        stderr.contains("batch.jsonl:3: no \"text\" field"),
        "{stderr}"
    );
    let docs = json_lines(&out);
    let ids: Vec<&str> = docs
        .iter()
        .map(|d| d["meta"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(docs[0]["meta"]["topic"], "x", "unknown fields are kept");
}

#[test]
fn empty_and_binary_inputs_fail_with_their_names() {
    let empty = tmp("empty.txt", b"");
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    let binary = tmp("junk.bin", &junk);
    let out = veille(
        &["analyze", empty.to_str().unwrap(), binary.to_str().unwrap()],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("empty.txt: empty input"), "{stderr}");
    assert!(
        stderr.contains("junk.bin: looks like binary data"),
        "{stderr}"
    );

    // One good input among bad ones: exit 0, the bad ones still reported.
    let good = tmp("good.txt", "Moscou dément.".as_bytes());
    let out = veille(
        &[
            "analyze",
            "--format",
            "text",
            empty.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt"));
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_said() {
    let path = tmp("latin1.txt", b"Le caf\xe9 de Damas est ferm\xe9.");
    let out = veille(
        &["analyze", "--omit", "tokens", path.to_str().unwrap()],
        b"",
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("latin1.txt: not valid UTF-8; 2 invalid"));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("not valid UTF-8"));
    assert!(
        doc["layers"]["tokens"].as_array().unwrap().is_empty(),
        "--omit tokens"
    );
}

#[test]
fn a_50_mb_single_line_document_is_analysed() {
    let line = "Les forces ont repris 10 000 km² près d'Alep-Est, a déclaré M. Dupont, "
        .repeat(50_000_000 / 74 + 1);
    let path = tmp("huge.txt", line.as_bytes());
    let out = veille(
        &[
            "analyze",
            "--omit",
            "all",
            "--format",
            "text",
            path.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let chars: usize = stdout
        .split("characters: ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next()?.parse().ok())
        .expect("the text view gives the character count");
    assert_eq!(chars, line.chars().count());
}
