//! `NerStage`: tags each sentence, enforces document-level consistency, and groups mentions
//! into canonical entities.

use crate::aliases::{fold, AliasTable};
use crate::features::Scratch;
use crate::model::NerModel;
use crate::tags::spans;
use crate::Error;
use std::collections::HashMap;
use std::sync::Arc;
use veille_core::layers::{Entity, EntityType, Mention};
use veille_core::{Document, Level, Span, Stage};

/// Longest sentence tagged in one piece; longer ones are cut (tokenizer run-ons).
const MAX_SENTENCE: usize = 400;

/// The NER stage. Reads `layers.tokens` and `layers.sentences` (from the tokenize stage),
/// fills `layers.mentions` and `layers.entities`.
pub struct NerStage {
    model: Arc<NerModel>,
    aliases: AliasTable,
    version: String,
}

#[derive(Debug, Clone)]
struct Cand {
    /// Global token range.
    start: usize,
    end: usize,
    label: EntityType,
    confidence: f32,
}

impl NerStage {
    /// The stage with the embedded model and alias table.
    ///
    /// # Errors
    /// The embedded model does not load.
    pub fn new() -> Result<NerStage, Error> {
        Ok(NerStage::with_model(Arc::new(NerModel::embedded()?)))
    }

    pub fn with_model(model: Arc<NerModel>) -> NerStage {
        let version = model.version();
        NerStage {
            model,
            aliases: AliasTable::embedded(),
            version,
        }
    }

    pub fn model(&self) -> &NerModel {
        &self.model
    }
}

fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Capitalized, or a particle-prefixed name ("al-Saleh", "el-Din", "de Gaulle" parts).
fn is_namelike(s: &str) -> bool {
    is_capitalized(s)
        || s.split_once('-')
            .is_some_and(|(a, b)| a.len() <= 3 && is_capitalized(b))
}

impl Stage for NerStage {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn version(&self) -> String {
        self.version.clone()
    }

    fn annotate(&self, doc: &mut Document) {
        doc.layers.mentions.clear();
        doc.layers.entities.clear();
        if doc.layers.tokens.is_empty() {
            if !doc.text().trim().is_empty() {
                doc.diagnose(
                    Level::Warning,
                    "ner",
                    "no tokens: the tokenize stage must run before ner",
                );
            }
            return;
        }
        let text = doc.text_arc();
        let words: Vec<&str> = doc
            .layers
            .tokens
            .iter()
            .map(|t| text.get(t.span.range()).unwrap_or(""))
            .collect();
        let n = words.len();
        // Sentence ranges, clamped; tokens outside any sentence are tagged as one more piece.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut covered = 0usize;
        for s in &doc.layers.sentences {
            let r = s.token_range();
            let (a, b) = (r.start.min(n).max(covered), r.end.min(n));
            if a > covered {
                ranges.push((covered, a));
            }
            if b > a {
                ranges.push((a, b));
                covered = b;
            }
        }
        if covered < n {
            ranges.push((covered, n));
        }
        let mut scratch = Scratch::default();
        let mut cands: Vec<Cand> = Vec::new();
        for (a, b) in ranges {
            let mut s = a;
            while s < b {
                let e = (s + MAX_SENTENCE).min(b);
                let scored = self.model.tag_scored(&words[s..e], &mut scratch);
                let tags: Vec<_> = scored.iter().map(|x| x.tag).collect();
                for sp in spans(&tags) {
                    let conf = scored[sp.start..sp.end]
                        .iter()
                        .map(|x| x.confidence)
                        .sum::<f32>()
                        / (sp.end - sp.start) as f32;
                    cands.push(Cand {
                        start: s + sp.start,
                        end: s + sp.end,
                        label: sp.label,
                        confidence: conf,
                    });
                }
                s = e;
            }
        }
        self.split_trailing_names(&words, &mut cands);
        self.strip_titles(&words, &mut cands);
        self.consistency(&words, &mut cands);
        let acronyms = defined_acronyms(&words, &mut cands);
        cands.sort_by_key(|c| (c.start, c.end));
        self.group(doc, &words, &cands, &acronyms);
    }
}

impl NerStage {
    /// "Assemblée nationale Richard Ferrand" (ORG) → "Assemblée nationale" ORG + "Richard
    /// Ferrand" PER: a non-person mention that ends with a known first name followed by
    /// capitalized words is cut there.
    fn split_trailing_names(&self, words: &[&str], cands: &mut Vec<Cand>) {
        let mut extra = Vec::new();
        for c in cands.iter_mut() {
            if c.label == EntityType::PER || c.end - c.start < 3 {
                continue;
            }
            // ("à l'AFP Hirohide Kato": a news agency before a name the model does not know)
            let agency = NEWS_AGENCIES.contains(&words[c.start])
                && words[c.start + 1..c.end].iter().all(|w| is_namelike(w));
            let cut = (c.start + 1..c.end - 1)
                .find(|&k| {
                    self.model.is_first_name(words[k])
                        && is_capitalized(words[k])
                        && words[k..c.end].iter().all(|w| is_namelike(w))
                })
                .or_else(|| agency.then_some(c.start + 1));
            if let Some(k) = cut {
                extra.push(Cand {
                    start: k,
                    end: c.end,
                    label: EntityType::PER,
                    confidence: c.confidence,
                });
                c.end = k;
            }
        }
        cands.extend(extra);
    }

    /// "général Zaid al-Saleh" → "Zaid al-Saleh": titles are not part of a person's name, nor
    /// is an apposition after a comma, nor a source marker opening a sentence of any name.
    fn strip_titles(&self, words: &[&str], cands: &mut [Cand]) {
        for c in cands.iter_mut() {
            // ("Selon Libération, …" opening a sentence: the marker is no part of the name)
            if c.end - c.start > 1 && words[c.start] == "Selon" {
                c.start += 1;
            }
            if c.label != EntityType::PER {
                continue;
            }
            // ("Olivier Dussopt, secrétaire d'État": a person's name ends at its comma)
            if let Some(k) = (c.start + 1..c.end).find(|&k| words[k] == ",") {
                c.end = k;
            }
            while c.end - c.start > 1
                && self.model.is_title(words[c.start])
                && is_capitalized(words[c.start + 1])
            {
                c.start += 1;
            }
        }
    }

    /// Document-level consistency: one label per surface form (confidence-weighted vote,
    /// alias table first), then untagged repetitions of tagged names (and of PER surnames,
    /// and of alias-table names) become mentions too.
    fn consistency(&self, words: &[&str], cands: &mut Vec<Cand>) {
        let key = |c: &Cand| words[c.start..c.end].join(" ");
        let mut votes: HashMap<String, [f32; 4]> = HashMap::new();
        for c in cands.iter() {
            let v = votes.entry(key(c)).or_insert([0.0; 4]);
            v[crate::tags::type_index(c.label)] += c.confidence.max(0.01);
        }
        let best = |v: &[f32; 4]| {
            let mut b = 0;
            for i in 1..4 {
                if v[i] > v[b] {
                    b = i;
                }
            }
            EntityType::ALL[b]
        };
        for c in cands.iter_mut() {
            let k = key(c);
            if let Some(e) = self.aliases.lookup(&k) {
                c.label = e.label;
            } else if let Some(v) = votes.get(&k) {
                c.label = best(v);
            }
        }
        // Propagation table: surface → (label, confidence).
        let mut known: HashMap<Vec<&str>, (EntityType, f32)> = HashMap::new();
        let mut max_len = 1;
        for c in cands.iter() {
            if c.confidence < 0.5 {
                continue;
            }
            let toks: Vec<&str> = words[c.start..c.end].to_vec();
            if !toks.first().is_some_and(|w| is_capitalized(w)) {
                continue;
            }
            if c.label == EntityType::PER && toks.len() >= 2 {
                let last = toks[toks.len() - 1];
                if is_namelike(last) && last.chars().count() >= 3 && !self.model.is_title(last) {
                    known
                        .entry(vec![last])
                        .or_insert((EntityType::PER, c.confidence * 0.8));
                }
            }
            max_len = max_len.max(toks.len());
            let e = known.entry(toks).or_insert((c.label, c.confidence));
            if c.confidence > e.1 {
                *e = (c.label, c.confidence);
            }
        }
        for e in self.aliases.entries() {
            for a in &e.aliases {
                let toks: Vec<&str> = a.split_whitespace().collect();
                if toks.len() <= 8 && toks.first().is_some_and(|w| is_capitalized(w)) {
                    max_len = max_len.max(toks.len());
                    known.entry(toks).or_insert((e.label, 0.6));
                }
            }
        }
        let mut taken = vec![false; words.len()];
        for c in cands.iter() {
            for t in taken.iter_mut().take(c.end).skip(c.start) {
                *t = true;
            }
        }
        let mut i = 0;
        while i < words.len() {
            if taken[i] || !is_namelike(words[i]) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=max_len.min(words.len() - i)).rev() {
                if taken[i..i + len].iter().any(|&t| t) {
                    continue;
                }
                if let Some(&(label, conf)) = known.get(&words[i..i + len]) {
                    hit = Some((len, label, conf));
                    break;
                }
            }
            match hit {
                Some((len, label, conf)) => {
                    cands.push(Cand {
                        start: i,
                        end: i + len,
                        label,
                        confidence: (conf * 0.8).min(0.9),
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
    }

    /// Groups mentions into entities and writes both layers.
    fn group(
        &self,
        doc: &mut Document,
        words: &[&str],
        cands: &[Cand],
        acronyms: &HashMap<String, usize>,
    ) {
        let toks = &doc.layers.tokens;
        let mut entities: Vec<Entity> = Vec::new();
        let mut ent_tokens: Vec<Vec<String>> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        // first token of a mention → its entity, for the acronyms defined after names
        let mut entity_at: HashMap<usize, usize> = HashMap::new();
        let mut mentions = Vec::with_capacity(cands.len());
        for c in cands {
            let (Some(first), Some(last)) = (toks.get(c.start), toks.get(c.end - 1)) else {
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            let surface = doc.slice(span).to_string();
            let mtoks: Vec<String> = words[c.start..c.end].iter().map(|w| fold(w)).collect();
            let alias = self.aliases.lookup(&surface);
            let folded = fold(&surface);
            let mut idx: Option<usize> = None;
            if let Some(a) = alias {
                idx = by_key.get(&a.key).copied();
            }
            if idx.is_none() {
                idx = by_key
                    .get(&format!("{}:{}", c.label.as_str(), folded))
                    .copied();
            }
            if idx.is_none() && c.label == EntityType::PER {
                // A surname or a shorter form: same label, token tail of a longer name (or the
                // other way round: the fuller name arrives later).
                idx = entities.iter().enumerate().position(|(k, e)| {
                    e.label == EntityType::PER && e.key.is_none() && {
                        let et = &ent_tokens[k];
                        ends_with(et, &mtoks) || ends_with(&mtoks, et)
                    }
                });
            }
            if idx.is_none() && c.end - c.start == 1 {
                // "l'Agence européenne des médicaments (EMA)" then "l'EMA"
                idx = acronyms
                    .get(&folded)
                    .and_then(|start| entity_at.get(start))
                    .copied();
            }
            if idx.is_none() && c.end - c.start == 1 && is_acronym(words[c.start]) {
                let acr = fold(words[c.start]).replace(' ', "");
                idx = entities
                    .iter()
                    .position(|e| e.label == c.label && initials(&e.name) == acr);
            }
            let k = match idx {
                Some(k) => {
                    let e = &mut entities[k];
                    // The fullest name becomes canonical ("al-Saleh" then "Zaid al-Saleh").
                    if alias.is_none() && e.key.is_none() && mtoks.len() > ent_tokens[k].len() {
                        e.name = surface.clone();
                        ent_tokens[k] = mtoks.clone();
                    }
                    k
                }
                None => {
                    let k = entities.len();
                    let (name, key) = match alias {
                        Some(a) => (a.canonical.clone(), Some(a.key.clone())),
                        None => (surface.clone(), None),
                    };
                    entities.push(Entity {
                        id: k as u32,
                        name,
                        label: alias.map_or(c.label, |a| a.label),
                        mentions: Vec::new(),
                        key,
                    });
                    ent_tokens.push(mtoks.clone());
                    k
                }
            };
            if let Some(a) = alias {
                by_key.insert(a.key.clone(), k);
            }
            by_key.insert(format!("{}:{}", c.label.as_str(), folded), k);
            entity_at.insert(c.start, k);
            entities[k].mentions.push(mentions.len() as u32);
            mentions.push(Mention {
                span,
                label: c.label,
                confidence: c.confidence,
                entity: k as u32,
            });
        }
        doc.layers.mentions = mentions;
        doc.layers.entities = entities;
    }
}

/// Acronyms defined in parentheses after a name, "Agence européenne des médicaments (EMA)",
/// "Centre opérationnel d'incendie et de secours (Codis)": every occurrence of the acronym
/// becomes a mention with the name's label (their initials need not match: "EMA" is English),
/// and the map (folded acronym → first token of the name) lets `group` put them in the name's
/// entity.
fn defined_acronyms(words: &[&str], cands: &mut Vec<Cand>) -> HashMap<String, usize> {
    let mut defined: HashMap<String, (usize, EntityType, f32)> = HashMap::new();
    for c in cands.iter() {
        let (Some(&"("), Some(acr), Some(&")")) =
            (words.get(c.end), words.get(c.end + 1), words.get(c.end + 2))
        else {
            continue;
        };
        // an organisation's acronym, in capitals or spelling its initials: not "New York
        // (AFP)", "La Seyne-sur-Mer (Var)", "l'Inter Milan (Italie)"
        let name = words[c.start..c.end].join(" ");
        let capitals = acr
            .chars()
            .all(|ch| ch.is_uppercase() || ch.is_ascii_digit());
        let spelled = initials(&name).starts_with(&fold(acr).replace(' ', ""));
        if c.label != EntityType::ORG
            || c.end - c.start < 2
            || !defines_acronym(acr)
            || !(capitals || spelled)
            || NEWS_AGENCIES.contains(acr)
        {
            continue;
        }
        defined
            .entry(fold(acr))
            .or_insert((c.start, c.label, c.confidence));
    }
    if defined.is_empty() {
        return HashMap::new();
    }
    let mut taken = vec![false; words.len()];
    for c in cands.iter() {
        for t in taken.iter_mut().take(c.end).skip(c.start) {
            *t = true;
        }
    }
    for (i, w) in words.iter().enumerate() {
        if taken[i] || !defines_acronym(w) {
            continue;
        }
        if let Some((_, label, conf)) = defined.get(&fold(w)) {
            cands.push(Cand {
                start: i,
                end: i + 1,
                label: *label,
                confidence: *conf,
            });
        }
    }
    // an acronym the model tagged with another label takes the name's label
    for c in cands.iter_mut() {
        if c.end - c.start == 1 {
            if let Some((_, label, _)) = defined.get(&fold(words[c.start])) {
                c.label = *label;
            }
        }
    }
    defined
        .into_iter()
        .map(|(acr, (start, _, _))| (acr, start))
        .collect()
}

/// Agencies credited in parentheses after a dateline ("New York (AFP)"), or named by a
/// reporting verb before its speaker ("a déclaré à l'AFP Hirohide Kato").
const NEWS_AGENCIES: &[&str] = &["AFP", "AP", "ATS", "ANSA", "DPA", "EFE", "Reuters", "Belga"];

/// "EMA", "CNRS", "Codis", "Medef": 2 to 8 letters, capitalized, no lowercase-only word.
fn defines_acronym(w: &str) -> bool {
    let n = w.chars().count();
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    (2..=8).contains(&n)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphanumeric() || c == '&')
        && (upper == n || (upper >= 1 && n <= 6))
}

fn ends_with(long: &[String], short: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long[long.len() - short.len()..] == *short
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n) && w.chars().all(|c| c.is_uppercase())
}

/// Initials of the content words: "Forces démocratiques syriennes" → "fds".
fn initials(name: &str) -> String {
    fold(name)
        .split([' ', '\''])
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    *w,
                    "de" | "du" | "des" | "la" | "le" | "les" | "l" | "d" | "et" | "pour" | "en"
                )
        })
        .filter_map(|w| w.chars().next())
        .collect()
}
