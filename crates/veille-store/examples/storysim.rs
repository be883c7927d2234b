//! Prints story assignment for a JSONL file analysed without layers (tuning aid).
use veille_core::{Document, Language, Meta};
use veille_store::*;
fn main() {
    let path = std::env::args().nth(1).expect("jsonl");
    let dir = std::env::temp_dir().join(format!("storysim-{}", std::process::id()));
    let store = LocalStore::open(&dir, OpenMode::Write).unwrap();
    let mut batch = Vec::new();
    for line in std::fs::read_to_string(&path).unwrap().lines() {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"]
            .as_str()
            .or(v["article"].as_str())
            .unwrap()
            .to_string();
        v.as_object_mut().unwrap().remove("text");
        let meta: Meta = serde_json::from_value(v).unwrap_or_default();
        let mut doc = Document::new(text, meta);
        doc.language = Language {
            code: "fr".into(),
            confidence: 1.0,
            supported: true,
        };
        batch.push(Incoming {
            doc,
            origin: "x".into(),
        });
    }
    let r = store.put_batch(batch).unwrap();
    for o in r.outcomes {
        println!("{o:?}");
    }
    for s in store.stories(50).unwrap() {
        println!("{} {} {}", s.id, s.documents, s.title);
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
