//! Document-level consistency over tagged sentences: one label per surface form (confidence-
//! weighted vote) and untagged repetitions of confidently tagged names tagged too.

use crate::features::Scratch;
use crate::model::NerModel;
use crate::tags::{spans, type_index, Tag};
use std::collections::HashMap;
use veille_core::layers::EntityType;

fn is_namelike(s: &str) -> bool {
    let cap = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    cap(s)
        || s.split_once('-')
            .is_some_and(|(a, b)| a.len() <= 3 && cap(b))
}

/// Tags the sentences of one document, then makes the labels consistent across it.
pub fn tag_document(
    model: &NerModel,
    sentences: &[Vec<&str>],
    scratch: &mut Scratch,
) -> Vec<Vec<Tag>> {
    let mut tags: Vec<Vec<Tag>> = Vec::with_capacity(sentences.len());
    let mut votes: HashMap<Vec<&str>, [f32; 4]> = HashMap::new();
    for s in sentences {
        let scored = model.tag_scored(s, scratch);
        let t: Vec<Tag> = scored.iter().map(|x| x.tag).collect();
        for sp in spans(&t) {
            let conf = scored[sp.start..sp.end]
                .iter()
                .map(|x| x.confidence)
                .sum::<f32>()
                / (sp.end - sp.start) as f32;
            votes
                .entry(s[sp.start..sp.end].to_vec())
                .or_insert([0.0; 4])[type_index(sp.label)] += conf;
        }
        tags.push(t);
    }
    let best = |v: &[f32; 4]| {
        let mut b = 0;
        for i in 1..4 {
            if v[i] > v[b] {
                b = i;
            }
        }
        (EntityType::ALL[b], v[b])
    };
    let mut max_len = 0;
    for k in votes.keys() {
        max_len = max_len.max(k.len());
    }
    for (s, t) in sentences.iter().zip(tags.iter_mut()) {
        // Relabel.
        for sp in spans(t) {
            if let Some(v) = votes.get(&s[sp.start..sp.end]) {
                let (label, _) = best(v);
                t[sp.start] = Tag::B(label);
                for x in t.iter_mut().take(sp.end).skip(sp.start + 1) {
                    *x = Tag::I(label);
                }
            }
        }
        // Propagate to untagged repetitions.
        let mut i = 0;
        while i < s.len() {
            if t[i] != Tag::O || !is_namelike(s[i]) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=max_len.min(s.len() - i)).rev() {
                if t[i..i + len].iter().any(|&x| x != Tag::O) {
                    continue;
                }
                if let Some(v) = votes.get(&s[i..i + len]) {
                    let (label, score) = best(v);
                    if score >= 0.8 && (len > 1 || s[i].chars().count() >= 3) {
                        hit = Some((len, label));
                        break;
                    }
                }
            }
            match hit {
                Some((len, label)) => {
                    t[i] = Tag::B(label);
                    for x in t.iter_mut().take(i + len).skip(i + 1) {
                        *x = Tag::I(label);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    tags
}
