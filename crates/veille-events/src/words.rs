//! A folded view of the document's tokens: one lowercase, accent-free buffer for the whole
//! text (no allocation per token), sentence index per token, and the small closed word
//! classes (determiners, auxiliaries, prepositions) the argument rules need.

use veille_core::layers::{Sentence, Token, TokenKind};
use veille_core::Span;
use veille_text::french;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: TokenKind,
    /// Range of the folded form in `Toks::folded`.
    fs: u32,
    fe: u32,
    /// First character is uppercase.
    pub cap: bool,
    /// Sentence index.
    pub sent: u32,
}

pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub t: Vec<Tok>,
    folded: String,
    /// Token range of each sentence.
    pub sents: Vec<(usize, usize)>,
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str, tokens: &[Token], sentences: &[Sentence]) -> Toks<'a> {
        let mut folded = String::with_capacity(text.len() + 8);
        let mut t = Vec::with_capacity(tokens.len());
        for tok in tokens {
            let s = text.get(tok.span.range()).unwrap_or("");
            let fs = folded.len() as u32;
            for c in s.chars() {
                veille_text::fold_char_into(c, &mut folded);
            }
            let fe = folded.len() as u32;
            t.push(Tok {
                span: tok.span,
                kind: tok.kind,
                fs,
                fe,
                cap: s.chars().next().is_some_and(char::is_uppercase),
                sent: 0,
            });
        }
        let mut sents = Vec::with_capacity(sentences.len().max(1));
        for s in sentences {
            let r = s.token_range();
            let (a, b) = (r.start.min(t.len()), r.end.min(t.len()));
            if a < b {
                sents.push((a, b));
            }
        }
        if sents.is_empty() && !t.is_empty() {
            sents.push((0, t.len()));
        }
        for (i, &(a, b)) in sents.iter().enumerate() {
            for tok in &mut t[a..b] {
                tok.sent = i as u32;
            }
        }
        Toks {
            text,
            t,
            folded,
            sents,
        }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Folded form of token `i` (empty past the end).
    pub fn f(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) => self.folded.get(t.fs as usize..t.fe as usize).unwrap_or(""),
            None => "",
        }
    }

    /// Folded form of token `i` with a curly apostrophe normalized away already by `fold`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        let f = self.f(i);
        !f.is_empty() && words.contains(&f)
    }

    /// Token `i` is a French determiner ([`veille_text::french::DETERMINERS`]).
    pub fn is_det(&self, i: usize) -> bool {
        french::is_determiner(self.f(i))
    }

    /// Token `i` is skipped when walking left from a verb to its subject ([`VERB_CORE`] or
    /// [`AUX`]).
    pub fn is_aux(&self, i: usize) -> bool {
        let f = self.f(i);
        !f.is_empty() && (in_verb_core(f) || AUX.contains(&f))
    }

    pub fn raw(&self, i: usize) -> &str {
        self.t
            .get(i)
            .and_then(|t| self.text.get(t.span.range()))
            .unwrap_or("")
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
    }

    /// A quotation mark token.
    pub fn is_mark(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "«" | "»" | "“" | "”" | "\"" | "‹" | "›" | "„" | "''"
        )
    }

    /// Clause boundary: punctuation other than apostrophes and hyphens inside words.
    pub fn is_boundary(&self, i: usize) -> bool {
        self.is_punct(i) && !matches!(self.raw(i), "'" | "’" | "-" | "(" | ")")
    }

    pub fn sent_range(&self, i: usize) -> (usize, usize) {
        match self.t.get(i) {
            Some(t) => self
                .sents
                .get(t.sent as usize)
                .copied()
                .unwrap_or((0, self.t.len())),
            None => (0, self.t.len()),
        }
    }

    /// True for the first word of its sentence (ignoring leading punctuation).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let (a, _) = self.sent_range(i);
        (a..i).all(|j| !self.is_word(j))
    }

    /// A content word: a word that is not a function word, or a number.
    pub fn is_content(&self, i: usize) -> bool {
        match self.t.get(i) {
            Some(t) if t.kind == TokenKind::Word => {
                let f = self.f(i);
                !(is_function(f)
                    || CARDINAL_WORDS.contains(&f)
                    || is_non_head(f)
                    || (f.len() >= 6 && f.ends_with("ant") && !ANT_NOUNS.contains(&f)))
            }
            _ => false,
        }
    }
}

/// Words that are content words but never part of an argument noun phrase: numbers, days,
/// months, times of day, sentence adverbs.
/// Cardinal number words, shared by the argument and figure rules.
pub(crate) const CARDINAL_WORDS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "quinze",
    "vingt",
    "trente",
    "cinquante",
    "cent",
    "cents",
    "mille",
];

/// Besides [`CARDINAL_WORDS`], days and months ([`is_non_head`]):
pub(crate) const NON_HEADS: &[&str] = &[
    "nuit",
    "matin",
    "soir",
    "apres-midi",
    "matinee",
    "soiree",
    "longtemps",
    "hier",
    "aujourd'hui",
    "demain",
    "desormais",
    "actuellement",
    "recemment",
    "auparavant",
];

/// Days of the week, months and [`NON_HEADS`].
fn is_non_head(f: &str) -> bool {
    french::is_weekday(f) || french::month_number(f).is_some() || NON_HEADS.contains(&f)
}

/// Nouns in -ant (not gerunds).
pub(crate) const ANT_NOUNS: &[&str] = &[
    "enfant",
    "habitant",
    "combattant",
    "manifestant",
    "commandant",
    "representant",
    "militant",
    "assaillant",
    "adjudant",
    "etudiant",
    "opposant",
    "lieutenant",
    "intervenant",
    "occupant",
    "suppleant",
    "president",
    "agent",
];

/// Instruments: never agents or targets ("un homme muni d'un hachoir a blessé…").
pub(crate) const INSTRUMENTS: &[&str] = &[
    "couteau",
    "hachoir",
    "machette",
    "arme",
    "armes",
    "balle",
    "balles",
    "projectile",
    "projectiles",
    "grenade",
    "grenades",
    "bombe",
    "bombes",
    "explosif",
    "explosifs",
    "voiture",
    "camion",
    "vehicule",
    "mortier",
    "mortiers",
    "obus",
    "roquette",
    "roquettes",
    "missile",
    "missiles",
    "drone",
    "drones",
];

/// Words that never head a noun phrase, besides the determiners and prepositions
/// ([`veille_text::french`]) and the [`VERB_CORE`] groups: see [`is_function`].
pub(crate) const FUNCTION: &[&str] = &[
    "et",
    "ou",
    "mais",
    "donc",
    "or",
    "ni",
    "car",
    "que",
    "qu'",
    "qui",
    "dont",
    "quand",
    "comme",
    "si",
    "il",
    "ils",
    "elle",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "j'",
    "tu",
    "eux",
    "m'",
    "t'",
    "c'",
    "ca",
    "cela",
    "ceci",
    "font",
    "tres",
    "d'ailleurs",
    "lorsqu'",
    "puisqu'",
    "-t-il",
    "-t-elle",
    "-il",
    "-elle",
    "-ils",
    "-elles",
];

/// Tokens skipped when walking left from a verb to its subject, besides the [`VERB_CORE`]
/// groups: see [`Toks::is_aux`].
pub(crate) const AUX: &[&str] = &[
    "aller",
    "vient",
    "viennent",
    "venait",
    "de",
    "d'",
    "l'",
    "la",
    "les",
    "le",
    "leur",
    "en",
    "tout",
    "finalement",
    "enfin",
    "brievement",
    "recemment",
    "vouloir",
    "veut",
    "veulent",
    "voulait",
    "voulu",
    "pouvoir",
    "peut",
    "peuvent",
    "pu",
    "pourrait",
    "pourraient",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "du",
    "tente",
    "tenter",
    "tentaient",
    "tentait",
    "essaient",
    "essaie",
    "essayer",
    "cherche",
    "cherchent",
    "reussi",
    "reussir",
    "decide",
    "dement",
    "dementent",
    "nie",
    "menace",
    "apprete",
    "appretait",
    "appretaient",
    "compte",
    "comptent",
    "envisage",
    "envisagent",
    "prevoit",
    "prevoient",
    "projette",
    "projettent",
    "faire",
    "laisse",
    "a-t-il",
    "ont-ils",
    "soudainement",
    "passer",
];

/// Forms of avoir and être (auxiliaries, copulas).
pub(crate) const AVOIR_ETRE: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    "auraient", "avoir", "eu", "ayant", "ait", "aient", "eut", "est", "sont", "etait", "etaient",
    "ete", "etre", "sera", "seront", "serait", "seraient", "etant", "soit", "soient", "fut",
    "furent",
];

/// Negation and clitic pronouns, which stand between a subject and its verb.
const NEGATION_CLITICS: &[&str] = &["ne", "n'", "pas", "plus", "jamais", "se", "s'", "y", "lui"];

/// Forms of aller (near future).
pub(crate) const ALLER: &[&str] = &["va", "vont", "allait", "allaient"];

/// Causative faire.
const FAIRE: &[&str] = &["fait"];

/// Adverbs that stand between a subject and its verb.
const VERB_ADVERBS: &[&str] = &[
    "deja",
    "egalement",
    "aussi",
    "ensuite",
    "alors",
    "encore",
    "toujours",
    "bien",
    "meme",
    "puis",
    "ainsi",
    "notamment",
    "ailleurs",
    "aucunement",
];

/// The words around a verb that are both function words (never a noun-phrase head) and
/// skipped on the way from a verb to its subject.
pub(crate) const VERB_CORE: [&[&str]; 5] =
    [AVOIR_ETRE, NEGATION_CLITICS, ALLER, FAIRE, VERB_ADVERBS];

/// A form of avoir, être or aller: an auxiliary before a participle or an infinitive.
pub(crate) fn is_aux_verb(f: &str) -> bool {
    AVOIR_ETRE.contains(&f) || ALLER.contains(&f)
}

fn in_verb_core(f: &str) -> bool {
    VERB_CORE.iter().any(|l| l.contains(&f))
}

/// A function word (determiner, preposition, [`VERB_CORE`] or [`FUNCTION`]): never the head
/// of a noun phrase.
pub(crate) fn is_function(f: &str) -> bool {
    french::is_determiner(f)
        || french::is_preposition(f)
        || in_verb_core(f)
        || FUNCTION.contains(&f)
}

/// Prepositions introducing a place.
pub(crate) const PLACE_PREPS: &[&str] = &[
    "a", "à", "dans", "en", "au", "aux", "de", "d'", "pres", "vers", "sur", "depuis", "du",
];

/// Nouns that designate an armed or organised actor: "l'offensive de l'armée" → agent.
pub(crate) const AGENTIVE: &[&str] = &[
    "armee",
    "armees",
    "forces",
    "troupes",
    "troupe",
    "coalition",
    "police",
    "rebelles",
    "jihadistes",
    "djihadistes",
    "terroristes",
    "soldats",
    "militaires",
    "combattants",
    "groupe",
    "policiers",
    "gendarmes",
    "manifestants",
    "insurges",
    "milices",
    "milice",
    "regime",
    "gouvernement",
    "islamistes",
    "talibans",
    "commando",
    "commandos",
    "aviation",
    "marine",
];

/// Nouns of people, for `libérer` (release vs capture) and protest agents.
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "otage",
    "otages",
    "femme",
    "femmes",
    "prisonnier",
    "prisonniers",
    "detenu",
    "detenus",
    "personne",
    "personnes",
    "journaliste",
    "journalistes",
    "captif",
    "captifs",
    "homme",
    "hommes",
    "enfant",
    "enfants",
    "militant",
    "militants",
    "opposant",
    "opposants",
];

pub(crate) const PROTESTERS: &[&str] = &[
    "manifestants",
    "jeunes",
    "militants",
    "etudiants",
    "grevistes",
    "syndicats",
    "lyceens",
    "antifa",
    "anti-fascistes",
    "antifascistes",
    "gilets",
    "manifestant",
    "protestataires",
];
