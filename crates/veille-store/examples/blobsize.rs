//! Compression experiments on the stored documents of a store (sizing aid).
use rusqlite::Connection;
fn main() {
    let db = std::env::args().nth(1).expect("veille.sqlite");
    let c = Connection::open(db).unwrap();
    let mut st = c.prepare("SELECT blob FROM docs ORDER BY seq").unwrap();
    let blobs: Vec<Vec<u8>> = st
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let jsons: Vec<Vec<u8>> = blobs
        .iter()
        .map(|b| zstd::stream::decode_all(&b[1..]).unwrap())
        .collect();
    let strip = |j: &Vec<u8>, keys: &[&str]| -> Vec<u8> {
        let mut v: serde_json::Value = serde_json::from_slice(j).unwrap();
        for k in keys {
            v["layers"].as_object_mut().unwrap().remove(*k);
        }
        serde_json::to_vec(&v).unwrap()
    };
    let total = |f: &dyn Fn(&Vec<u8>) -> usize| -> usize { jsons.iter().map(f).sum() };
    println!(
        "docs {} json {} stored {}",
        jsons.len(),
        total(&|j| j.len()),
        blobs.iter().map(|b| b.len()).sum::<usize>()
    );
    for level in [3, 9, 19] {
        println!(
            "level {level}: {}",
            total(&|j| zstd::bulk::compress(j, level).unwrap().len())
        );
    }
    let text_only = total(&|j| {
        let v: serde_json::Value = serde_json::from_slice(j).unwrap();
        zstd::bulk::compress(v["text"].as_str().unwrap().as_bytes(), 9)
            .unwrap()
            .len()
    });
    println!("text only (zstd 9): {text_only}");
    for k in [
        "sentences",
        "quotes",
        "framing",
        "events",
        "places",
        "mentions",
        "entities",
        "numbers",
        "dates",
        "countries",
    ] {
        println!(
            "without {k}: {}",
            total(&|j| zstd::bulk::compress(&strip(j, &[k]), 9).unwrap().len())
        );
    }
    let train: Vec<&[u8]> = jsons.iter().take(500).map(|j| j.as_slice()).collect();
    let dict = zstd::dict::from_samples(&train, 112 * 1024).unwrap();
    let mut comp = zstd::bulk::Compressor::with_dictionary(9, &dict).unwrap();
    let with_dict: usize = jsons
        .iter()
        .skip(500)
        .map(|j| comp.compress(j).unwrap().len())
        .sum();
    let without: usize = jsons
        .iter()
        .skip(500)
        .map(|j| zstd::bulk::compress(j, 9).unwrap().len())
        .sum();
    println!(
        "dict {} bytes: docs 500.. with dict {with_dict} vs without {without}",
        dict.len()
    );
}
