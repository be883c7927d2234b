//! The French trigger lexicon (`data/triggers.tsv`, embedded): verbs by lemma with their
//! inflections, nouns, and multi-word phrases, each mapped to an event type of TAXONOMY.md.
//!
//! Regular verbs are matched by stem + ending over folded tokens (`evacuees` = `evacu` +
//! `ees`), so one line covers every simple-tense form; the ending tells the tense (future,
//! conditional) and whether the form is a participle.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/triggers.tsv");

/// What a matched form tells about the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Noun,
    /// A finite or infinitive verb form.
    Verb,
    /// A past participle (possible passive).
    Participle,
    Future,
    Conditional,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub lemma: String,
    pub event_type: String,
    /// Subject is the target (mourir) — unless `mover`.
    pub intransitive: bool,
    /// Subject is the agent even with être (entrer, fuir, manifester).
    pub mover: bool,
    /// Needs a place / capitalized / "le contrôle" object (prendre, reprendre).
    pub cond_obj: bool,
    /// Needs dans/en/à after (entrer dans).
    pub entry: bool,
    /// Not after a reflexive pronoun (s'occuper, s'arrêter).
    pub no_reflexive: bool,
    pub is_noun: bool,
    /// A phrase headed by a verb ("mettre le feu").
    pub verbal_phrase: bool,
}

/// The parsed lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    forms: HashMap<String, (usize, Form)>,
    er_stems: HashMap<String, usize>,
    ir_stems: HashMap<String, usize>,
    /// First folded token → phrases starting with it (token sequence, entry).
    phrases: HashMap<String, Vec<(Vec<String>, usize)>>,
    pub entries: Vec<Entry>,
}

const ER_ENDINGS: &[(&str, Form)] = &[
    ("eraient", Form::Conditional),
    ("erions", Form::Conditional),
    ("eriez", Form::Conditional),
    ("erais", Form::Conditional),
    ("erait", Form::Conditional),
    ("eront", Form::Future),
    ("erons", Form::Future),
    ("erez", Form::Future),
    ("erai", Form::Future),
    ("eras", Form::Future),
    ("era", Form::Future),
    ("aient", Form::Verb),
    ("erent", Form::Verb),
    ("ames", Form::Verb),
    ("ates", Form::Verb),
    ("ions", Form::Verb),
    ("iez", Form::Verb),
    ("ais", Form::Verb),
    ("ait", Form::Verb),
    ("ant", Form::Verb),
    ("ons", Form::Verb),
    ("ent", Form::Verb),
    ("ees", Form::Participle),
    ("ee", Form::Participle),
    ("er", Form::Verb),
    ("ez", Form::Verb),
    ("es", Form::Participle),
    ("ai", Form::Verb),
    ("as", Form::Verb),
    ("e", Form::Participle),
    ("a", Form::Verb),
];

const IR_ENDINGS: &[(&str, Form)] = &[
    ("iraient", Form::Conditional),
    ("irait", Form::Conditional),
    ("iront", Form::Future),
    ("ira", Form::Future),
    ("issaient", Form::Verb),
    ("issait", Form::Verb),
    ("issant", Form::Verb),
    ("issent", Form::Verb),
    ("issons", Form::Verb),
    ("issez", Form::Verb),
    ("ies", Form::Participle),
    ("ie", Form::Participle),
    ("ir", Form::Verb),
    ("is", Form::Participle),
    ("it", Form::Verb),
    ("i", Form::Participle),
];

/// The tense / participle reading of an explicit verb form.
pub fn form_of_explicit(f: &str) -> Form {
    if f.ends_with("ra") || f.ends_with("ront") {
        Form::Future
    } else if f.ends_with("rait") || f.ends_with("raient") {
        Form::Conditional
    } else if f.ends_with('u')
        || f.ends_with("ue")
        || f.ends_with("us")
        || f.ends_with("ues")
        || f.ends_with('i')
        || f.ends_with("ie")
        || f.ends_with("is")
        || f.ends_with("ise")
        || f.ends_with("ises")
        || f.ends_with("ort")
        || f.ends_with("orte")
        || f.ends_with("orts")
        || f.ends_with("ortes")
        || f.ends_with("uit")
        || f.ends_with("uite")
    {
        Form::Participle
    } else {
        Form::Verb
    }
}

impl Lexicon {
    /// Parses the table; malformed lines are skipped (the test suite checks there are none).
    pub fn parse(table: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for line in table.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let (class, entry, ty) = (cols[0], cols[1], cols[2]);
            let flags = cols.get(3).copied().unwrap_or("");
            let has = |f: &str| flags.split(',').any(|x| x == f);
            let first = entry.split(',').next().unwrap_or(entry).to_string();
            let idx = lex.entries.len();
            lex.entries.push(Entry {
                lemma: first.clone(),
                event_type: ty.to_string(),
                intransitive: has("intr"),
                mover: has("move"),
                cond_obj: has("cond_obj"),
                entry: has("entry"),
                no_reflexive: has("noreflex"),
                is_noun: class == "noun",
                verbal_phrase: class == "phrase" && has("verb"),
            });
            match class {
                "er" => {
                    if let Some(stem) = entry.strip_suffix("er") {
                        lex.er_stems.insert(stem.to_string(), idx);
                    }
                }
                "ir" => {
                    if let Some(stem) = entry.strip_suffix("ir") {
                        lex.ir_stems.insert(stem.to_string(), idx);
                    }
                }
                "forms" => {
                    for f in entry.split(',') {
                        lex.forms
                            .entry(f.to_string())
                            .or_insert((idx, form_of_explicit(f)));
                    }
                }
                "noun" => {
                    for f in entry.split(',') {
                        lex.forms.insert(f.to_string(), (idx, Form::Noun));
                    }
                }
                "phrase" => {
                    let toks: Vec<String> = entry.split(' ').map(str::to_string).collect();
                    if let Some(h) = toks.first().cloned() {
                        lex.phrases.entry(h).or_default().push((toks, idx));
                    }
                }
                _ => {}
            }
        }
        for v in lex.phrases.values_mut() {
            v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        }
        lex
    }

    /// The embedded French lexicon, parsed once.
    pub fn french() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(TABLE))
    }

    /// Looks a single folded word up.
    pub fn word(&self, f: &str) -> Option<(usize, Form)> {
        if f.len() < 3 {
            return None;
        }
        if let Some(&hit) = self.forms.get(f) {
            return Some(hit);
        }
        self.verb(f)
    }

    /// Looks a folded word up as a form of a regular verb only.
    pub fn verb(&self, f: &str) -> Option<(usize, Form)> {
        for &(end, form) in ER_ENDINGS {
            if let Some(stem) = f.strip_suffix(end) {
                if stem.len() >= 2 {
                    if let Some(&i) = self.er_stems.get(stem) {
                        return Some((i, form));
                    }
                }
            }
        }
        for &(end, form) in IR_ENDINGS {
            if let Some(stem) = f.strip_suffix(end) {
                if let Some(&i) = self.ir_stems.get(stem) {
                    return Some((i, form));
                }
            }
        }
        None
    }

    /// Phrases that start with this folded word, longest first.
    pub fn phrases(&self, f: &str) -> &[(Vec<String>, usize)] {
        self.phrases.get(f).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses() {
        let lines = TABLE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(Lexicon::french().len(), lines);
    }

    #[test]
    fn inflections() {
        let lex = Lexicon::french();
        let ty = |w: &str| {
            lex.word(w)
                .map(|(i, f)| format!("{} {:?}", lex.entries[i].event_type, f))
                .unwrap_or_else(|| "-".into())
        };
        let got: Vec<String> = [
            "evacuees",
            "chasse",
            "bombarderont",
            "tuerait",
            "envahi",
            "dement",
            "entre",
            "liberation",
            "morts",
            "entrer",
            "ete",
        ]
        .iter()
        .map(|w| format!("{w}: {}", ty(w)))
        .collect();
        expect_test::expect![[r#"
            evacuees: displacement Participle
            chasse: capture Participle
            bombarderont: attack Future
            tuerait: killing Conditional
            envahi: capture Participle
            dement: denial Verb
            entre: movement Participle
            liberation: capture Noun
            morts: killing Participle
            entrer: movement Verb
            ete: -"#]]
        .assert_eq(&got.join("\n"));
    }
}
