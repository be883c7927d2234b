//! Averaged structured perceptron training (Collins 2002) over hashed features, with the same
//! constrained Viterbi as inference. Deterministic: a seeded shuffle, no threads, sorted output.

use crate::eval::{evaluate, EvalReport};
use crate::features::{extract, FeatureSet, Lexicons, Scratch};
use crate::model::{viterbi, NerModel};
use crate::readers::{read_file, Corpus, Format, Sentence};
use crate::tags::{Tag, N_LABELS};
use crate::Error;
use std::path::Path;

const L: usize = N_LABELS;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// log2 of the number of weight buckets.
    pub bits: u32,
    pub epochs: u32,
    pub seed: u64,
    pub features: FeatureSet,
    /// Training sets seen more than once per epoch (or left out with 0), by name prefix
    /// (`hipe2020`, `newseye`, `europeana`, `wikiann`, `wikineural`).
    pub repeat: Vec<(String, usize)>,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            bits: 20,
            epochs: 10,
            seed: 42,
            features: FeatureSet::ALL,
            repeat: Vec::new(),
        }
    }
}

/// SplitMix64: small, seedable, platform-independent.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Which sentences of the WikiNEuRal `val.conllu` file are held out for development: the last
/// fifth (contiguous, so no article straddles train and dev).
pub fn wikineural_heldout(n_sentences: usize) -> std::ops::Range<usize> {
    let start = n_sentences - n_sentences / 5;
    start..n_sentences
}

/// A named corpus part used for training or development.
pub struct NamedCorpus {
    pub name: String,
    pub corpus: Corpus,
}

/// The standard training and development sets under `data_dir` (`../shared/data/ner`).
///
/// Train: wikiann train, hipe2020 train, newseye dev2, europeana (all), wikineural val minus
/// its last fifth. Dev: wikiann dev, hipe2020 dev, newseye dev, wikineural val's last fifth.
///
/// # Errors
/// A corpus file is missing or unreadable.
pub fn standard_sets(data_dir: &Path) -> Result<(Vec<NamedCorpus>, Vec<NamedCorpus>), Error> {
    let f = |p: &str| data_dir.join(p);
    let read = |name: &str, p: &str, fmt: Format| -> Result<NamedCorpus, Error> {
        Ok(NamedCorpus {
            name: name.to_string(),
            corpus: read_file(&f(p), fmt)?,
        })
    };
    let mut wn = read_file(&f("wikineural_fr/val.conllu"), Format::Conllu)?;
    let held = wikineural_heldout(wn.sentences.len());
    let wn_dev = Corpus {
        sentences: wn.sentences.split_off(held.start),
        types: wn.types.clone(),
        warnings: Vec::new(),
    };
    let train = vec![
        read("wikiann train", "wikiann_fr/train", Format::WikiAnn)?,
        read(
            "hipe2020 train",
            "hipe2020_fr/HIPE-data-v1.4-train-fr.tsv",
            Format::Hipe,
        )?,
        read(
            "newseye dev2",
            "newseye_fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv",
            Format::Hipe,
        )?,
        read("europeana", "europeana_fr/enp_FR.bnf.bio", Format::Bio)?,
        NamedCorpus {
            name: "wikineural val[..80%]".into(),
            corpus: wn,
        },
    ];
    let dev = vec![
        read("wikiann dev", "wikiann_fr/dev", Format::WikiAnn)?,
        read(
            "hipe2020 dev",
            "hipe2020_fr/HIPE-data-v1.4-dev-fr.tsv",
            Format::Hipe,
        )?,
        read(
            "newseye dev",
            "newseye_fr/HIPE-2022-v2.1-newseye-dev-fr.tsv",
            Format::Hipe,
        )?,
        NamedCorpus {
            name: "wikineural val[80%..]".into(),
            corpus: wn_dev,
        },
    ];
    Ok((train, dev))
}

/// Trains a model. `progress` receives one line per epoch.
pub fn train(
    sentences: &[&Sentence],
    lex: Lexicons,
    cfg: &TrainConfig,
    mut progress: impl FnMut(&str),
) -> NerModel {
    let n_buckets = 1usize << cfg.bits;
    // Features of every training sentence, computed once.
    let mut feats: Vec<u32> = Vec::new();
    let mut tok_ends: Vec<usize> = Vec::new(); // per token: end into feats
    let mut sent_tok: Vec<(usize, usize)> = Vec::new(); // per sentence: token range
    let mut gold: Vec<u8> = Vec::new();
    let mut scratch = Scratch::default();
    for s in sentences {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        extract(&lex, cfg.features, cfg.bits, &toks, &mut scratch);
        let t0 = tok_ends.len();
        let base = feats.len();
        feats.extend_from_slice(&scratch.feats);
        tok_ends.extend(scratch.feat_ends.iter().map(|e| base + e));
        gold.extend(s.tags.iter().map(|t| t.index() as u8));
        sent_tok.push((t0, tok_ends.len()));
    }
    let mut w = vec![0f32; n_buckets * L];
    let mut acc = vec![0f32; n_buckets * L];
    let mut tw = [0f32; L * L];
    let mut tacc = [0f32; L * L];
    let mut sw = [0f32; L];
    let mut sacc = [0f32; L];
    let mut order: Vec<usize> = (0..sent_tok.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut c: f32 = 1.0;
    let mut scores: Vec<f32> = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut errors = 0usize;
        let mut ntok = 0usize;
        for &si in &order {
            let (t0, t1) = sent_tok[si];
            let n = t1 - t0;
            scores.clear();
            scores.resize(n * L, 0.0);
            for i in 0..n {
                let fs = if t0 + i == 0 { 0 } else { tok_ends[t0 + i - 1] };
                let fe = tok_ends[t0 + i];
                let row = &mut scores[i * L..i * L + L];
                for &f in &feats[fs..fe] {
                    let wr = &w[f as usize * L..f as usize * L + L];
                    for l in 0..L {
                        row[l] += wr[l];
                    }
                }
            }
            viterbi(n, &scores, &tw, &sw, &mut back, &mut pred);
            let g = &gold[t0..t1];
            ntok += n;
            let wrong = pred.iter().zip(g).any(|(&p, &g)| p != g as usize);
            if wrong {
                for i in 0..n {
                    let (p, gl) = (pred[i], g[i] as usize);
                    if p != gl {
                        errors += 1;
                        let fs = if t0 + i == 0 { 0 } else { tok_ends[t0 + i - 1] };
                        for &f in &feats[fs..tok_ends[t0 + i]] {
                            let b = f as usize * L;
                            w[b + gl] += 1.0;
                            acc[b + gl] += c;
                            w[b + p] -= 1.0;
                            acc[b + p] -= c;
                        }
                    }
                    let (pp, gp) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(pred[i - 1]), Some(g[i - 1] as usize))
                    };
                    if (pp, p) != (gp, gl) {
                        match (pp, gp) {
                            (Some(pp), Some(gp)) => {
                                tw[gp * L + gl] += 1.0;
                                tacc[gp * L + gl] += c;
                                tw[pp * L + p] -= 1.0;
                                tacc[pp * L + p] -= c;
                            }
                            _ => {
                                sw[gl] += 1.0;
                                sacc[gl] += c;
                                sw[p] -= 1.0;
                                sacc[p] -= c;
                            }
                        }
                    }
                }
            }
            c += 1.0;
        }
        progress(&format!(
            "epoch {}/{}: {} token errors / {} ({:.2}%)",
            epoch + 1,
            cfg.epochs,
            errors,
            ntok,
            100.0 * errors as f64 / ntok.max(1) as f64
        ));
    }
    // Averaging: avg = w - acc / c.
    let avg = |w: f32, a: f32| w - a / c;
    let mut max_abs = 0f32;
    for (x, a) in w.iter().zip(&acc) {
        max_abs = max_abs.max(avg(*x, *a).abs());
    }
    let scale = if max_abs > 0.0 {
        max_abs / 32000.0
    } else {
        1.0
    };
    let weights: Vec<i16> = w
        .iter()
        .zip(&acc)
        .map(|(x, a)| (avg(*x, *a) / scale).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    let mut trans = [0i32; L * L];
    for k in 0..L * L {
        trans[k] = (avg(tw[k], tacc[k]) / scale).round() as i32;
    }
    let mut start = [0i32; L];
    for k in 0..L {
        start[k] = (avg(sw[k], sacc[k]) / scale).round() as i32;
    }
    NerModel {
        bits: cfg.bits,
        features: cfg.features,
        weights,
        trans,
        start,
        scale,
        temperature: 1.0,
        lex,
        description: String::new(),
    }
}

/// Evaluates a model on each dev set.
pub fn evaluate_sets(model: &NerModel, devs: &[NamedCorpus]) -> Vec<(String, EvalReport)> {
    devs.iter()
        .map(|d| (d.name.clone(), evaluate(model, &d.corpus)))
        .collect()
}

/// Whether a tag sequence is well-formed IOB2 (training data is repaired by the readers).
pub fn well_formed(tags: &[Tag]) -> bool {
    let mut prev = None;
    for &t in tags {
        if !t.may_follow(prev) {
            return false;
        }
        prev = Some(t);
    }
    true
}

/// Result of [`train_standard`].
pub struct StandardRun {
    pub model: NerModel,
    pub dev: Vec<(String, EvalReport)>,
    pub warnings: Vec<String>,
    pub train_sentences: usize,
    pub train_tokens: usize,
}

/// The whole recipe: read the standard sets, build lexicons (and clusters), train, describe
/// the model, score every dev set.
///
/// # Errors
/// A corpus file is missing or unreadable.
pub fn train_standard(
    shared: &Path,
    data: &Path,
    cfg: &TrainConfig,
    mut progress: impl FnMut(&str),
) -> Result<StandardRun, Error> {
    let (train_sets, dev_sets) = standard_sets(data)?;
    let mut warnings = Vec::new();
    for s in train_sets.iter().chain(&dev_sets) {
        warnings.extend(s.corpus.warnings.iter().cloned());
        progress(&format!(
            "{:<24} {:>6} sentences {:>7} tokens",
            s.name,
            s.corpus.sentences.len(),
            s.corpus.n_tokens()
        ));
    }
    let reps = |name: &str| -> usize {
        cfg.repeat
            .iter()
            .find(|(k, _)| name.starts_with(k.as_str()))
            .map_or(1, |(_, n)| *n)
    };
    let sentences: Vec<&Sentence> = train_sets
        .iter()
        .flat_map(|s| std::iter::repeat_n(s, reps(&s.name)))
        .flat_map(|s| s.corpus.sentences.iter())
        .filter(|s| !s.tokens.is_empty() && well_formed(&s.tags))
        .collect();
    let owned: Vec<Sentence> = sentences.iter().map(|s| (*s).clone()).collect();
    let aliases = crate::aliases::AliasTable::embedded();
    let mut lex = crate::lexicon::build(&owned, &shared.join("data/geo"), &aliases, &mut warnings);
    progress(&format!(
        "lexicons: {} titles, {} first names, {} places, {} organisation names",
        lex.titles.len(),
        lex.first_names.len(),
        lex.places.len(),
        lex.orgs.len()
    ));
    if cfg.features.has(FeatureSet::CLUSTERS) {
        let t0 = std::time::Instant::now();
        let corpus = shared.join("data/corpus/orangesum-3000.jsonl");
        let mut texts: Vec<Vec<String>> = crate::clusters::corpus_sentences(&corpus, &mut warnings);
        for s in train_sets.iter().chain(&dev_sets) {
            texts.extend(s.corpus.sentences.iter().map(|x| x.tokens.clone()));
        }
        lex.clusters = crate::clusters::build(&texts, cfg.seed);
        progress(&format!(
            "clusters: {} words in {:.1}s",
            lex.clusters.len(),
            t0.elapsed().as_secs_f64()
        ));
    }
    let train_tokens = sentences.iter().map(|s| s.tokens.len()).sum();
    let mut model = train(&sentences, lex, cfg, &mut progress);
    let dev = evaluate_sets(&model, &dev_sets);
    // Confidence calibration on every 4th dev sentence.
    let calib: Vec<(Vec<&str>, Vec<Tag>)> = dev_sets
        .iter()
        .flat_map(|d| d.corpus.sentences.iter().step_by(4))
        .map(|s| {
            (
                s.tokens.iter().map(String::as_str).collect(),
                s.tags.clone(),
            )
        })
        .collect();
    let temp = model.calibrate(&calib);
    progress(&format!("confidence temperature: {temp}"));
    let mut desc = format!(
        "veille-ner fr: averaged perceptron, 2^{} buckets, features {:#x}, {} epochs, seed {}, {} training sentences / {} tokens (wikiann train, hipe2020 train, newseye dev2, europeana, wikineural val[..80%]).",
        cfg.bits, cfg.features.0, cfg.epochs, cfg.seed, sentences.len(), train_tokens
    );
    for (name, n) in &cfg.repeat {
        desc.push_str(&format!(" {name} x{n};"));
    }
    for (name, r) in &dev {
        desc.push_str(&format!(" {name}: F1 {:.4};", r.micro.f1()));
    }
    model.description = desc;
    Ok(StandardRun {
        model,
        dev,
        warnings,
        train_sentences: sentences.len(),
        train_tokens,
    })
}
