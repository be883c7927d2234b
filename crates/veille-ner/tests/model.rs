//! Model file format: round trip, checksum, version, determinism of the embedded model.

use veille_ner::{Error, NerModel};

#[test]
fn embedded_model_round_trips_byte_for_byte() {
    let bytes = include_bytes!("../model/fr.vner");
    let t0 = std::time::Instant::now();
    let m = NerModel::load(bytes).expect("load");
    let _ = t0.elapsed();
    assert_eq!(m.to_bytes().as_slice(), bytes.as_slice());
}

#[test]
fn corrupt_and_foreign_files_are_rejected() {
    let mut bytes = include_bytes!("../model/fr.vner").to_vec();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    assert!(matches!(NerModel::load(&bytes), Err(Error::Format(m)) if m.contains("checksum")));
    bytes[last] ^= 0x55;
    bytes[8] = 99;
    assert!(matches!(
        NerModel::load(&bytes),
        Err(Error::Version { found: 99, .. })
    ));
    assert!(NerModel::load(b"not a model at all, clearly").is_err());
    assert!(NerModel::load(&[]).is_err());
}

#[test]
fn tags_are_well_formed_iob2() {
    let m = NerModel::embedded().unwrap();
    let toks = [
        "Le",
        "Dr",
        "Taleb",
        "Ibrahim",
        ",",
        "directeur",
        "adjoint",
        "de",
        "l'",
        "Institut",
        "des",
        "études",
        "stratégiques",
        "de",
        "Damas",
        ".",
    ];
    let tags = m.tag(&toks);
    let mut prev = None;
    for t in &tags {
        assert!(t.may_follow(prev), "{tags:?}");
        prev = Some(*t);
    }
    let line: Vec<String> = toks
        .iter()
        .zip(&tags)
        .map(|(w, t)| format!("{w}/{t}"))
        .collect();
    let line = line.join(" ");
    assert!(
        line.contains("Taleb/B-PER Ibrahim/I-PER") || line.contains("Taleb/I-PER Ibrahim/I-PER"),
        "{line}"
    );
    assert!(
        line.contains("Damas/B-LOC") || line.contains("Damas/I-ORG"),
        "{line}"
    );
    assert!(m.tag(&[]).is_empty());
}

#[test]
fn truncated_or_garbled_files_are_errors_not_panics() {
    let bytes = include_bytes!("../model/fr.vner");
    for cut in [0, 7, 8, 23, 24, 100, 5000, bytes.len() / 2, bytes.len() - 1] {
        assert!(NerModel::load(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    // A valid header over a garbled payload: the checksum catches it.
    let mut g = bytes.to_vec();
    for b in g.iter_mut().skip(24).step_by(97) {
        *b = b.wrapping_mul(31).wrapping_add(7);
    }
    assert!(NerModel::load(&g).is_err());
}
