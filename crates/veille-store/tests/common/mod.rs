//! Test helpers: a small rule-based stand-in for the analysis pipeline and generated texts.
#![allow(dead_code)]

use veille_core::layers::*;
use veille_core::{Document, Language, Meta, Span, StageRun};

/// Capitalized word runs become entities (2+ words: PER, else LOC, "Lyon"/"Paris" resolved),
/// «…» become direct quotes attributed to the next entity, digit runs become numbers.
pub fn analyze(text: &str, meta: Meta) -> Document {
    analyze_v(text, meta, "1")
}

pub fn analyze_v(text: &str, meta: Meta, version: &str) -> Document {
    let mut doc = Document::new(text, meta);
    doc.language = Language {
        code: "fr".into(),
        confidence: 1.0,
        supported: true,
    };
    doc.stages.push(StageRun {
        name: "fake".into(),
        version: version.into(),
    });
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '-' {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push((s, i));
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let cap = |w: &(usize, usize)| {
        text[w.0..w.1]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    };
    let mut i = 0;
    while i < words.len() {
        if cap(&words[i]) && i > 0 {
            let mut j = i;
            while j + 1 < words.len()
                && cap(&words[j + 1])
                && text[words[j].1..words[j + 1].0] == *" "
            {
                j += 1;
            }
            let span = Span::new(words[i].0 as u32, words[j].1 as u32);
            let name = text[span.range()].to_string();
            let label = if j > i {
                EntityType::PER
            } else {
                EntityType::LOC
            };
            let idx = match doc.layers.entities.iter().position(|e| e.name == name) {
                Some(p) => p,
                None => {
                    doc.layers.entities.push(Entity {
                        id: doc.layers.entities.len() as u32,
                        name: name.clone(),
                        label,
                        mentions: vec![],
                        key: None,
                    });
                    doc.layers.entities.len() - 1
                }
            };
            let m = doc.layers.mentions.len() as u32;
            doc.layers.entities[idx].mentions.push(m);
            doc.layers.mentions.push(Mention {
                span,
                label,
                confidence: 0.9,
                entity: idx as u32,
            });
            if label == EntityType::LOC {
                let res = match name.as_str() {
                    "Lyon" => Some((45.75, 4.85)),
                    "Paris" => Some((48.85, 2.35)),
                    _ => None,
                };
                doc.layers.places.push(Place {
                    span,
                    mention: Some(m),
                    resolution: res.map(|(lat, lon)| GeoResolution {
                        id: "geonames:1".into(),
                        geonameid: Some(1),
                        name_fr: name.clone(),
                        name_en: name.clone(),
                        lat,
                        lon,
                        country: "FR".into(),
                        admin1: None,
                        feature: "P.PPLA".into(),
                        confidence: 0.9,
                    }),
                });
            }
            i = j + 1;
        } else {
            if text[words[i].0..words[i].1]
                .chars()
                .all(|c| c.is_ascii_digit())
            {
                let span = Span::new(words[i].0 as u32, words[i].1 as u32);
                doc.layers.numbers.push(NumberExpr {
                    span,
                    value: text[span.range()].parse().ok(),
                    min: None,
                    max: None,
                    qualifier: None,
                    unit: None,
                    counted: None,
                    category: "other".into(),
                    raw: None,
                });
            }
            i += 1;
        }
    }
    let mut from = 0;
    while let Some(o) = text[from..].find('«') {
        let o = from + o;
        let Some(c) = text[o..].find('»') else { break };
        let c = o + c + '»'.len_utf8();
        let speaker = doc
            .layers
            .mentions
            .iter()
            .find(|m| m.span.start as usize >= c && m.label == EntityType::PER);
        let speaker = match speaker {
            Some(m) => Speaker {
                name: text[m.span.range()].to_string(),
                kind: SpeakerKind::Person,
                span: Some(m.span),
                entity: Some(m.entity),
            },
            None => Speaker {
                name: "inconnu".into(),
                kind: SpeakerKind::Unknown,
                span: None,
                entity: None,
            },
        };
        doc.layers.quotes.push(Quote {
            kind: QuoteKind::Direct,
            span: Span::new(o as u32, c as u32),
            content: Span::new((o + '«'.len_utf8()) as u32, (c - '»'.len_utf8()) as u32),
            cue: None,
            cue_lemma: None,
            speaker,
            unclosed: false,
        });
        from = c;
    }
    doc
}

pub fn meta(title: &str, source: &str, date: &str) -> Meta {
    Meta {
        title: Some(title.into()),
        source: Some(source.into()),
        date: Some(date.into()),
        ..Meta::default()
    }
}

const VOCAB: &[&str] = &[
    "maison",
    "conseil",
    "ville",
    "route",
    "projet",
    "budget",
    "école",
    "hôpital",
    "usine",
    "port",
    "rivière",
    "forêt",
    "tribunal",
    "préfet",
    "maire",
    "élus",
    "habitants",
    "syndicat",
    "grève",
    "vote",
    "réforme",
    "chantier",
    "pont",
    "gare",
    "train",
    "marché",
    "prix",
    "récolte",
    "pluie",
    "tempête",
    "incendie",
    "pompiers",
    "enquête",
    "police",
    "procès",
    "témoin",
    "accord",
    "contrat",
    "salaire",
    "emploi",
    "entreprise",
    "banque",
    "crédit",
    "loyer",
    "quartier",
    "parc",
    "musée",
    "festival",
    "concert",
    "stade",
];

/// A pseudo-random text of `n` words from a fixed vocabulary (distinct seeds → far SimHashes).
pub fn gen_text(seed: u64, n: usize) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = format!("Dépêche {seed} :");
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(' ');
        out.push_str(VOCAB[(x % VOCAB.len() as u64) as usize]);
    }
    out.push('.');
    out
}
