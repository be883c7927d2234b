//! Event extraction: triggers from the lexicon, then arguments from the tokens around them
//! and from the other layers (mentions, places, dates, numbers, quotes).

use crate::lexicon::{Entry, Form, Lexicon};
use crate::words::*;
use veille_core::layers::{Event, EventArgument, TokenKind};
use veille_core::{Document, Span};

/// One trigger occurrence: token range and lexicon entry.
#[derive(Debug, Clone, Copy)]
struct Trigger {
    first: usize,
    last: usize,
    entry: usize,
    form: Form,
}

fn is_number_word(w: &str) -> bool {
    crate::words::CARDINAL_WORDS.contains(&w) || AMOUNT_WORDS.contains(&w)
}

/// Vague amounts; the cardinals are `words::CARDINAL_WORDS`.
const AMOUNT_WORDS: &[&str] = &[
    "dizaine",
    "dizaines",
    "centaine",
    "centaines",
    "milliers",
    "trentaine",
    "vingtaine",
    "quarantaine",
    "cinquantaine",
];

const CONDITIONAL_AUX: &[&str] = &[
    "aurait",
    "auraient",
    "serait",
    "seraient",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "voudrait",
    "voudraient",
];

const FUTURE_MARKERS: &[&str] = &[
    "va",
    "vont",
    "vais",
    "allons",
    "allez",
    "allait",
    "allaient",
    "sera",
    "seront",
    "aura",
    "auront",
    "fera",
    "feront",
    "envisage",
    "envisagent",
    "envisager",
    "envisageait",
    "projette",
    "projettent",
    "projetaient",
    "projetait",
    "prevoit",
    "prevoient",
    "apprete",
    "appretent",
    "appretait",
    "appretaient",
    "compte",
    "comptent",
    "veut",
    "veulent",
    "vouloir",
    "voulait",
    "decide",
    "promet",
    "promis",
    "menace",
    "menacent",
];

const NEGATORS: &[&str] = &[
    "ne",
    "n'",
    "aucun",
    "aucune",
    "aucunement",
    "jamais",
    "sans",
    "nul",
    "nulle",
];

const LIGHT_VERBS: &[&str] = &[
    "mene",
    "menent",
    "menait",
    "menaient",
    "mener",
    "menee",
    "lance",
    "lancent",
    "lancer",
    "lancait",
    "procede",
    "procedent",
    "proceder",
    "participe",
    "participent",
    "participera",
    "participeront",
    "participer",
    "conduit",
    "conduisent",
    "organise",
    "organisent",
    "organiser",
    "commis",
    "commise",
    "perpetre",
    "perpetree",
    "tendu",
    "effectue",
    "effectuent",
    "multiplie",
    "multiplient",
    "passer",
    "declenche",
    "declenchent",
    "mene",
];

/// News media and agencies: "a déclaré à Sputnik" is not a place.
const MEDIA: &[&str] = &[
    "sputnik",
    "afp",
    "rfi",
    "bfmtv",
    "bfm-tv",
    "franceinfo",
    "reuters",
    "ap",
    "anadolu",
    "dpa",
    "lci",
    "cnews",
    "tf1",
    "france",
    "le",
    "la",
];

const PLACE_NOUNS: &[&str] = &[
    "ville",
    "region",
    "province",
    "quartier",
    "pres",
    "centre",
    "nord",
    "sud",
    "est",
    "ouest",
    "banlieue",
    "pays",
    "capitale",
    "village",
    "district",
    "alentours",
    "environs",
    "provenance",
    "cite",
    "departement",
    "commune",
    "rue",
    "place",
    "station",
    "prison",
    "preture",
    "prefecture",
    "gouvernorat",
    "localite",
    "centre-ville",
    "faubourgs",
    "region",
];

/// Heads that are never agents or targets ("il n'est aucunement question de…").
const NOT_ARG_HEADS: &[&str] = &[
    "question",
    "possibilite",
    "heure",
    "heures",
    "temps",
    "moment",
    "fois",
    "cas",
    "ans",
    "an",
    "mois",
    "jours",
    "jour",
    "semaine",
    "semaines",
    "annees",
    "minutes",
    "choix",
    "sorte",
];

const ETRE: &[&str] = &[
    "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "etre", "soit",
    "soient", "fut", "furent",
];

/// Inputs besides the tokens: the other layers, as slices of the document.
pub(crate) struct Extractor<'a> {
    pub toks: &'a crate::words::Toks<'a>,
    pub doc: &'a Document,
    pub lex: &'a Lexicon,
}

impl<'a> Extractor<'a> {
    fn entry(&self, t: &Trigger) -> &'a Entry {
        &self.lex.entries[t.entry]
    }

    fn find_triggers(&self) -> Vec<Trigger> {
        let tk = self.toks;
        let mut out = Vec::new();
        let mut i = 0;
        while i < tk.len() {
            if !tk.is_word(i) {
                i += 1;
                continue;
            }
            let f = tk.f(i);
            let mut hit = None;
            for (seq, idx) in self.lex.phrases(f) {
                let n = seq.len();
                if i + n <= tk.len() && (0..n).all(|k| tk.f(i + k) == seq[k]) {
                    let form = if self.lex.entries[*idx].verbal_phrase {
                        crate::lexicon::form_of_explicit(&seq[0])
                    } else {
                        Form::Noun
                    };
                    hit = Some(Trigger {
                        first: i,
                        last: i + n - 1,
                        entry: *idx,
                        form,
                    });
                    break;
                }
            }
            if hit.is_none() {
                let mut found = self.lex.word(f);
                if let Some((_, Form::Noun)) = found {
                    // "attaqué" folds to the noun "attaque": the accent, or a verb context
                    // ("il frappe", "a attaque"), makes it the verb.
                    let raw = tk.raw(i);
                    let accented = raw.ends_with('é')
                        || raw.ends_with("ée")
                        || raw.ends_with("és")
                        || raw.ends_with("ées");
                    let verb_ctx = i > 0
                        && tk.is(
                            i - 1,
                            &[
                                "il", "elle", "ils", "elles", "on", "qui", "ne", "n'", "se", "s'",
                            ],
                        );
                    if accented || verb_ctx || (i > 0 && is_aux_verb(tk.f(i - 1))) {
                        if let Some(v) = self.lex.verb(f) {
                            found = Some(v);
                        }
                    }
                }
                // "la mort", "les blessés", "un mort": a determiner makes the form a noun.
                if let Some((idx, form)) = found {
                    if form == Form::Participle
                        && i > 0
                        && tk.is_det(i - 1)
                        && !tk.is(i - 1, &["les", "leur", "tout", "tous"])
                    {
                        found = Some((idx, Form::Noun));
                    }
                }
                if let Some((idx, form)) = found {
                    let t = Trigger {
                        first: i,
                        last: i,
                        entry: idx,
                        form,
                    };
                    if self.keep(&t) {
                        hit = Some(t);
                    }
                }
            }
            match hit {
                Some(t) => {
                    out.push(t);
                    i = t.last + 1;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Filters of the lexicon's ambiguous words.
    fn keep(&self, t: &Trigger) -> bool {
        let tk = self.toks;
        let i = t.first;
        let e = self.entry(t);
        let f = tk.f(i);
        let prev = if i > 0 { tk.f(i - 1) } else { "" };
        let prev2 = if i > 1 { tk.f(i - 2) } else { "" };
        let next = tk.f(i + 1);
        let next2 = tk.f(i + 2);
        // Proper names: "Rassemblement national", "Libération" (newspaper).
        if tk.t[i].cap && !tk.sentence_initial(i) && !(i > 0 && tk.is_mark(i - 1)) {
            return false;
        }
        if e.no_reflexive && matches!(prev, "se" | "s'" | "m'" | "t'" | "me" | "te") {
            return false;
        }
        if e.entry {
            if f == "entre" {
                return false;
            }
            if !matches!(next, "dans" | "en" | "a" | "au" | "aux" | "sur") {
                return false;
            }
            if next == "en"
                && matches!(
                    next2,
                    "collision"
                        | "vigueur"
                        | "fonction"
                        | "contact"
                        | "service"
                        | "scene"
                        | "guerre"
                )
            {
                return false;
            }
        }
        if e.cond_obj {
            let mut j = i + 1;
            while tk.is_det(j) {
                j += 1;
            }
            let ok = (tk.t.get(j).is_some_and(|t| t.cap) && tk.is_word(j))
                || next == "par"
                || (next == "a" && tk.t.get(i + 2).is_some_and(|t| t.cap))
                || tk.f(j) == "controle";
            if !ok {
                return false;
            }
        }
        match e.lemma.as_str() {
            "tirer" => {
                let bad = [
                    "consequences",
                    "consequence",
                    "lecons",
                    "lecon",
                    "conclusions",
                    "parti",
                    "profit",
                    "bilan",
                ];
                if (1..=3).any(|k| bad.contains(&tk.f(i + k))) {
                    return false;
                }
            }
            "mourir" if matches!(prev, "a" | "à") || (prev == "de" && prev2 == "peine") => {
                return false
            }
            "envoyer" => {
                let bad = [
                    "special", "speciale", "speciaux", "message", "lettre", "signal", "courrier",
                    "messages", "lettres",
                ];
                if (1..=3).any(|k| bad.contains(&tk.f(i + k))) {
                    return false;
                }
            }
            "manifester" if matches!(next, "son" | "sa" | "ses" | "leur" | "leurs") => {
                return false
            }
            "decider" if !matches!(next, "de" | "d'") => return false,
            "arreter" if f == "arrete" && prev.is_empty() => return false,
            _ => {}
        }
        // "un manifestant", "les assaillants": agent nouns in -ant are people, not events.
        if !e.is_noun && f.ends_with("ant") && tk.is_det(i.wrapping_sub(1)) {
            return false;
        }
        if e.is_noun {
            match f {
                // "hélicoptères de combat", "même combat" — but "opération de combat".
                "combat" | "combats"
                    if matches!(prev, "de" | "d'" | "meme")
                        && !matches!(prev2, "operation" | "operations") =>
                {
                    return false
                }
                "aide" | "aides" if prev == "l'" && prev2 == "a" => return false,
                "accord" | "accords" if prev == "d'" => return false,
                "guerre" if matches!(prev, "de" | "d'") => return false,
                "revendication" | "revendications"
                    if matches!(prev, "de" | "d'")
                        && matches!(prev2, "action" | "actions" | "mode") =>
                {
                    return false
                }
                "rencontre" if prev == "la" && prev2 == "a" => return false,
                _ => {}
            }
        }
        true
    }

    /// All events of the document, in text order.
    pub fn run(&self) -> Vec<Event> {
        let triggers = self.find_triggers();
        let mut events: Vec<Event> = triggers.iter().map(|t| self.event(t)).collect();
        fill_coreferent(self.doc, &mut events);
        events
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        let tk = self.toks;
        Span::new(tk.t[a].span.start, tk.t[b].span.end)
    }

    fn event(&self, t: &Trigger) -> Event {
        let tk = self.toks;
        let e = self.entry(t);
        let (sa, sb) = tk.sent_range(t.first);
        let trigger = self.span_of(t.first, t.last);
        let mut event_type = e.event_type.clone();
        let mut agent: Option<Span> = None;
        let mut target: Option<Span> = None;

        if t.form != Form::Noun {
            let (subj, aux_ete, aux_etre, prev_content) = self.subject(t.first, sa);
            let passive = t.form == Form::Participle
                && (aux_ete
                    || (prev_content && !aux_etre && !e.intransitive)
                    || (aux_etre && !e.intransitive && !e.mover));
            if passive && e.event_type == "deployment" {
                // "30 pompiers ont été déployés": the deployed force is the agent.
                agent = subj;
            } else if passive {
                target = subj;
                agent = self.par_np(t.last + 1, sb);
            } else if e.intransitive && !e.mover {
                target = subj;
            } else {
                agent = subj;
                if e.lemma.starts_with("cout") && tk.is(t.last + 1, &["a", "à", "aux", "au"]) {
                    // "l'attaque qui a coûté la vie à six de nos compatriotes"
                    target = self.np_right(t.last + 2, sb);
                } else if !e.intransitive {
                    target = self.np_right(t.last + 1, sb);
                }
            }
        } else {
            self.noun_args(t, sa, sb, &mut agent, &mut target);
        }

        if matches!(
            event_type.as_str(),
            "claim_responsibility" | "denial" | "statement_of_intent"
        ) {
            target = None;
        }
        // Disambiguation by arguments.
        // "poignardé à mort": a killing.
        if event_type == "attack" && tk.f(t.last + 1) == "a" && tk.f(t.last + 2) == "mort" {
            event_type = "killing".into();
        }
        // "avant de la libérer": a pronoun object is a person, not a place.
        if event_type == "capture"
            && e.lemma.starts_with("liber")
            && t.first > 0
            && tk.is(t.first - 1, &["la", "le", "les", "l'"])
            && t.form != Form::Noun
        {
            event_type = "release".into();
        }
        if event_type == "capture" && e.lemma.starts_with("liber") {
            if let Some(h) = target.and_then(|s| self.head_fold(s)) {
                if PERSON_NOUNS.contains(&h.as_str()) {
                    event_type = "release".into();
                }
            }
        }
        if event_type == "capture" && matches!(e.lemma.as_str(), "envahir" | "occuper") {
            if let Some(h) = agent.and_then(|s| self.head_fold(s)) {
                if PROTESTERS.contains(&h.as_str()) {
                    event_type = "protest".into();
                }
            }
        }

        let place = self.place(t, sa, sb, agent, target, &event_type);
        // "la bataille d'Alep": a place is not an agent.
        if let (Some(a), Some((p, _)), Form::Noun) = (agent, &place, t.form) {
            if a.overlaps(*p)
                && self
                    .toks
                    .text
                    .get(a.range())
                    .is_some_and(|x| !x.contains(' '))
            {
                agent = None;
            }
        }
        let mut arguments = Vec::new();
        if let Some(s) = agent {
            arguments.push(self.arg("agent", s));
        }
        if let Some(s) = target {
            arguments.push(self.arg("target", s));
        }
        if let Some((s, v)) = place {
            arguments.push(EventArgument {
                role: "place".into(),
                span: s,
                value: v,
            });
        }
        let time = self.time(t, sa, sb);
        // No date in the sentence and no publication date: no time argument at all.
        if !(time.span.is_empty() && time.value.is_none()) {
            arguments.push(time);
        }
        if takes_figures(&event_type) {
            let anchors: Vec<Span> = agent.iter().chain(target.iter()).copied().collect();
            if let Some((s, v)) = self.figure(t, sa, sb, &anchors) {
                arguments.push(EventArgument {
                    role: "figure".into(),
                    span: s,
                    value: v,
                });
            }
        }

        let negative = self.negated(t, sa, sb);
        let quote = self
            .doc
            .layers
            .quotes
            .iter()
            .position(|q| q.content.contains(trigger));
        let modality = self.modality(t, sa, sb, quote.is_some());
        Event {
            event_type,
            trigger,
            sentence: tk.t[t.first].sent,
            arguments,
            polarity: if negative { "negative" } else { "positive" }.into(),
            modality: modality.into(),
            quote: quote.map(|q| q as u32),
            speaker: quote
                .and_then(|q| self.doc.layers.quotes.get(q))
                .map(|q| q.speaker.name.clone()),
        }
    }

    fn arg(&self, role: &str, span: Span) -> EventArgument {
        let value = self
            .doc
            .layers
            .mentions
            .iter()
            .find(|m| m.span.overlaps(span))
            .map(|m| format!("entity:{}", m.entity));
        EventArgument {
            role: role.into(),
            span,
            value,
        }
    }

    fn head_fold(&self, s: Span) -> Option<String> {
        let tk = self.toks;
        (0..tk.len())
            .rev()
            .find(|&i| s.contains(tk.t[i].span) && tk.is_content(i))
            .map(|i| tk.f(i).to_string())
    }

    /// Walks left from the verb to its subject. Returns (subject, saw "été", saw être,
    /// the verb directly follows a content word).
    fn subject(&self, verb: usize, sa: usize) -> (Option<Span>, bool, bool, bool) {
        let tk = self.toks;
        let mut k = verb;
        let (mut ete, mut etre) = (false, false);
        let prev_content = verb > sa && tk.is_content(verb - 1) && !tk.is_aux(verb - 1);
        while k > sa {
            let j = k - 1;
            let f = tk.f(j);
            if tk.is_aux(j) || (f.len() > 5 && f.ends_with("ment")) {
                ete |= f == "ete";
                etre |= ETRE.contains(&f);
                k = j;
                continue;
            }
            // A participle or trigger verb between auxiliaries ("a affirmé avoir tendu").
            if j > sa && is_aux_verb(tk.f(j - 1)) && tk.is_word(j) && self.lex.word(f).is_some() {
                k = j;
                continue;
            }
            if j > sa && is_aux_verb(tk.f(j - 1)) && is_participle_like(f) {
                k = j;
                continue;
            }
            break;
        }
        let no_aux = k == verb;
        let prev_content = prev_content || (no_aux && k > sa && tk.raw(k - 1) == ",");
        if k <= sa {
            return (None, ete, etre, prev_content);
        }
        let mut j = k - 1;
        if tk.f(j) == "qui" && j > sa {
            j -= 1;
            while j > sa && matches!(tk.raw(j), "," | ")") {
                if tk.raw(j) == ")" {
                    while j > sa && tk.raw(j) != "(" {
                        j -= 1;
                    }
                }
                j = j.saturating_sub(1);
            }
            return (self.np_left(j, sa), ete, etre, prev_content);
        }
        if tk.raw(j) == ")" {
            while j > sa && tk.raw(j) != "(" {
                j -= 1;
            }
            if j <= sa {
                return (None, ete, etre, prev_content);
            }
            j -= 1;
        }
        if tk.raw(j) == "," {
            return (self.across_commas(j, sa), ete, etre, prev_content);
        }
        (self.np_left(j, sa), ete, etre, prev_content)
    }

    /// `j` is a comma before the verb: skip parenthetical segments ("dont…", "25 ans",
    /// "avançant…") back to the subject noun phrase.
    fn across_commas(&self, comma: usize, sa: usize) -> Option<Span> {
        let tk = self.toks;
        let mut k = comma;
        for _ in 0..5 {
            let mut p = k;
            let mut found = false;
            while p > sa {
                p -= 1;
                if tk.raw(p) == "," {
                    found = true;
                    break;
                }
                if tk.is_boundary(p) && tk.raw(p) != "," {
                    return None;
                }
            }
            let seg_first = if found { p + 1 } else { sa };
            if found && self.opener(seg_first) {
                k = p;
                continue;
            }
            if k == 0 || k - 1 < seg_first {
                return None;
            }
            return self.np_left(k - 1, seg_first);
        }
        None
    }

    fn opener(&self, i: usize) -> bool {
        let tk = self.toks;
        let f = tk.f(i);
        tk.t.get(i).is_some_and(|t| t.kind == TokenKind::Number)
            || is_number_word(f)
            || matches!(
                f,
                "dont"
                    | "qui"
                    | "y"
                    | "notamment"
                    | "selon"
                    | "en"
                    | "avec"
                    | "comme"
                    | "age"
                    | "agee"
                    | "ages"
                    | "agees"
                    | "du"
                    | "de"
                    | "des"
                    | "d'"
                    | "lui"
                    | "elle"
                    | "eux"
                    | "a"
                    | "au"
                    | "aux"
                    | "dans"
                    | "pres"
                    | "originaire"
                    | "sans"
                    | "apres"
                    | "avant"
                    | "alors"
                    | "et"
            )
            || (f.len() >= 5 && f.ends_with("ant"))
    }

    /// The noun phrase ending at token `j` (walking left), within `[lo, j]`.
    fn np_left(&self, j: usize, lo: usize) -> Option<Span> {
        let tk = self.toks;
        if j < lo || !tk.is_content(j) {
            return None;
        }
        let mut a = j;
        let mut n = 1;
        while a > lo && tk.is_content(a - 1) && n < 5 {
            a -= 1;
            n += 1;
        }
        // "ville syrienne d'Alep", "militaires français de l'opération Barkhane au Mali":
        // hop over prepositional complements to the head noun phrase.
        for _ in 0..3 {
            let mut p = a;
            while p > lo && tk.is_det(p - 1) && !tk.is(p - 1, &["au", "aux"]) {
                p -= 1;
            }
            if p >= lo + 2
                && tk.is(
                    p - 1,
                    &["de", "d'", "du", "des", "au", "aux", "a", "en", "dans"],
                )
                && tk.is_content(p - 2)
            {
                let mut b = p - 2;
                let mut m = 1;
                while b > lo && tk.is_content(b - 1) && m < 4 {
                    b -= 1;
                    m += 1;
                }
                a = b;
            } else {
                break;
            }
        }
        if INSTRUMENTS.contains(&tk.f(j)) {
            // "un homme muni d'un hachoir a blessé…": the holder, not the instrument.
            let mut k = a;
            while k > lo && tk.is_det(k - 1) {
                k -= 1;
            }
            if k >= lo + 3
                && tk.is(k - 1, &["de", "d'"])
                && tk.is(
                    k - 2,
                    &["muni", "munie", "munis", "arme", "armee", "armes", "equipe"],
                )
            {
                return self.np_left(k - 3, lo);
            }
            return None;
        }
        if NOT_ARG_HEADS.contains(&tk.f(j)) {
            return None;
        }
        Some(self.extend_to_mention(self.span_of(a, j)))
    }

    /// The noun phrase starting after token `i` (skipping determiners and numbers).
    fn np_right(&self, i: usize, hi: usize) -> Option<Span> {
        let tk = self.toks;
        let mut j = i;
        if tk.is(j, &["sur", "contre"]) {
            j += 1;
        }
        while j < hi && tk.is_mark(j) {
            j += 1;
        }
        while j < hi
            && ((tk.is_det(j) && !tk.is(j, &["au", "aux"]))
                || tk.is(j, &["de", "d'"])
                || is_number_word(tk.f(j))
                || tk.t.get(j).is_some_and(|t| t.kind == TokenKind::Number))
        {
            j += 1;
        }
        if j >= hi || !tk.is_content(j) {
            return None;
        }
        let mut b = j;
        while b + 1 < hi && tk.is_content(b + 1) && b - j < 4 {
            b += 1;
        }
        if b + 2 < hi && tk.is(b + 1, &["de", "d'", "du", "des"]) && tk.is_content(b + 2) {
            b += 2;
            while b + 1 < hi && tk.is_content(b + 1) && tk.t[b + 1].cap {
                b += 1;
            }
        }
        if NOT_ARG_HEADS.contains(&tk.f(j)) || INSTRUMENTS.contains(&tk.f(j)) {
            return None;
        }
        Some(self.extend_to_mention(self.span_of(j, b)))
    }

    /// "par X" after a passive participle, in the same clause.
    fn par_np(&self, i: usize, hi: usize) -> Option<Span> {
        let tk = self.toks;
        for k in i..hi.min(i + 8) {
            if tk.is_boundary(k) {
                return None;
            }
            if tk.f(k) == "par" {
                return self.np_right(k + 1, hi);
            }
        }
        None
    }

    fn extend_to_mention(&self, s: Span) -> Span {
        let mut out = s;
        for m in &self.doc.layers.mentions {
            if m.span.overlaps(s) && m.span.len() < 120 {
                out = out.cover(m.span);
            }
        }
        out
    }

    fn noun_args(
        &self,
        t: &Trigger,
        sa: usize,
        sb: usize,
        agent: &mut Option<Span>,
        target: &mut Option<Span>,
    ) {
        let tk = self.toks;
        let e = self.entry(t);
        let victim_noun = matches!(e.event_type.as_str(), "killing" | "injury" | "arrest");
        // Right context: "de X", "contre X", "par X", "à X" (embuscade à un convoi).
        let mut k = t.last + 1;
        // skip adjectives directly after the noun ("attaque meurtrière", "opération terrestre")
        while k < sb && k <= t.last + 3 && tk.is_content(k) && !tk.t[k].cap {
            k += 1;
        }
        let mut steps = 0;
        while k < sb && steps < 3 {
            steps += 1;
            let f = tk.f(k);
            match f {
                "de" | "d'" | "du" | "des" if agent.is_none() && target.is_none() => {
                    if let Some(np) = self.np_right(k + 1, sb) {
                        let head = self.head_fold(np).unwrap_or_default();
                        let first = self
                            .first_content(np)
                            .map(|i| tk.f(i).to_string())
                            .unwrap_or_default();
                        let mentions = &self.doc.layers.mentions;
                        // A capitalized complement is an agent when NER calls it a person
                        // or an organisation ("l'offensive de Daech"), or when NER did not run.
                        let first_cap = self.first_content(np).is_some_and(|i| tk.t[i].cap)
                            && (mentions.is_empty()
                                || mentions.iter().any(|m| {
                                    m.span.overlaps(np)
                                        && matches!(
                                            m.label,
                                            veille_core::layers::EntityType::PER
                                                | veille_core::layers::EntityType::ORG
                                        )
                                }));
                        let is_place = self.doc.layers.places.iter().any(|p| p.span.overlaps(np));
                        if is_place && !matches!(e.event_type.as_str(), "capture") {
                            // "les attentats de Trèbes": a place, picked up as such below.
                        } else if victim_noun
                            || matches!(e.event_type.as_str(), "displacement" | "capture")
                        {
                            *target = Some(np);
                        } else if AGENTIVE.contains(&head.as_str())
                            || PERSON_NOUNS.contains(&head.as_str())
                            || AGENTIVE.contains(&first.as_str())
                            || PERSON_NOUNS.contains(&first.as_str())
                            || first_cap
                        {
                            *agent = Some(np);
                        } else {
                            *target = Some(np);
                        }
                    }
                    break;
                }
                "avec" if e.event_type == "armed_clash" && target.is_none() => {
                    *target = self.np_right(k + 1, sb);
                    break;
                }
                "contre" | "sur" if target.is_none() => {
                    *target = self.np_right(k + 1, sb);
                    break;
                }
                "par" if agent.is_none() => {
                    *agent = self.np_right(k + 1, sb);
                    break;
                }
                "a" | "au" | "aux" if e.event_type == "attack" && target.is_none() => {
                    // "une embuscade à un convoi" but not "attaque au couteau": only with a
                    // determiner after "à".
                    if f == "a" && tk.is_det(k + 1) {
                        *target = self.np_right(k + 1, sb);
                    }
                    break;
                }
                _ => {
                    if !tk.is_content(k) {
                        break;
                    }
                    k += 1;
                }
            }
        }
        // A number or noun just before a victim noun: "13 soldats … morts" is verbal; here
        // "un mort et neuf blessés" has no head; leave it.
        if agent.is_none() {
            // Light verb: "l'armée a procédé à l'opération", "mènent des combats".
            let lo = t.first.saturating_sub(7).max(sa);
            for j in (lo..t.first).rev() {
                if tk.is_boundary(j) {
                    break;
                }
                if LIGHT_VERBS.contains(&tk.f(j)) {
                    let (subj, _, _, _) = self.subject(j, sa);
                    *agent = subj;
                    break;
                }
            }
        }
    }

    fn first_content(&self, s: Span) -> Option<usize> {
        let tk = self.toks;
        (0..tk.len()).find(|&i| s.contains(tk.t[i].span) && tk.is_content(i))
    }

    fn place(
        &self,
        t: &Trigger,
        sa: usize,
        sb: usize,
        agent: Option<Span>,
        target: Option<Span>,
        event_type: &str,
    ) -> Option<(Span, Option<String>)> {
        // The agent is not its own place ("Moscou dément…"); a noun's "de X" may be both;
        // the target is the place only for a capture ("Alep a été libérée").
        let agent = if t.form == Form::Noun { None } else { agent };
        let target = if event_type == "capture" {
            None
        } else {
            target
        };
        let mentions = &self.doc.layers.mentions;
        let person_or_org = |s: Span| {
            mentions.iter().any(|m| {
                m.span.overlaps(s)
                    && matches!(
                        m.label,
                        veille_core::layers::EntityType::PER | veille_core::layers::EntityType::ORG
                    )
            })
        };
        let excluded = |s: Span| {
            agent.is_some_and(|a| a.overlaps(s))
                || target.is_some_and(|a| a.overlaps(s))
                || person_or_org(s)
        };
        let tk = self.toks;
        let (ss, se) = (tk.t[sa].span.start, tk.t[sb - 1].span.end);
        let trig = self.span_of(t.first, t.last);
        let gap = |s: Span| {
            tk.t[sa..sb]
                .iter()
                .filter(|x| {
                    (x.span.start >= s.end && x.span.end <= trig.start)
                        || (x.span.start >= trig.end && x.span.end <= s.start)
                })
                .count()
        };
        let dist = |s: Span| -> usize {
            if s.start >= trig.end {
                gap(s)
            } else {
                gap(s) + 2
            }
        };
        let best = self
            .doc
            .layers
            .places
            .iter()
            .filter(|p| p.span.start >= ss && p.span.end <= se)
            .filter(|p| !excluded(p.span))
            // unresolved toponyms ("France Bleu Provence", "place Beauvau") go through the
            // fallback's filters instead
            .filter(|p| p.resolution.is_some())
            .filter(|p| gap(p.span) <= 15)
            .min_by_key(|p| dist(p.span));
        if let Some(p) = best {
            let v = p.resolution.as_ref().map(|r| r.id.clone());
            return Some((p.span, v));
        }
        // Fallback (no geo layer, or a toponym the gazetteer missed): a capitalized word after
        // a place preposition that is not a PER/ORG mention.
        let mut best: Option<(usize, Span)> = None;
        for i in sa + 1..sb {
            if !(tk.is_word(i) && tk.t[i].cap && tk.is(i - 1, PLACE_PREPS)) {
                continue;
            }
            if is_function(tk.f(i)) || tk.is(i, MEDIA) {
                continue;
            }
            // Part of a longer name: "Ligue du Midi", "Radouane Lakdim", "Charlie Hebdo".
            let de = tk.is(i - 1, &["de", "d'", "du"]);
            if (de && i >= 2 && tk.t[i - 2].cap && tk.is_word(i - 2) && !tk.sentence_initial(i - 2))
                || (tk.is_word(i + 1) && tk.t.get(i + 1).is_some_and(|t| t.cap))
            {
                continue;
            }
            // "de X" is a place only after a place noun: "la ville d'Alep", "près de Lyon".
            if de
                && !(i >= 2 && tk.is(i - 2, PLACE_NOUNS))
                && !(i >= 3 && tk.is(i - 3, PLACE_NOUNS))
            {
                continue;
            }
            let s = tk.t[i].span;
            if excluded(s) {
                continue;
            }
            let d = dist(s);
            if gap(s) <= 15 && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, s));
            }
        }
        best.map(|(_, s)| (s, None))
    }

    fn time(&self, t: &Trigger, sa: usize, sb: usize) -> EventArgument {
        let tk = self.toks;
        let (ss, se) = (tk.t[sa].span.start, tk.t[sb - 1].span.end);
        let trig = self.span_of(t.first, t.last);
        let best = self
            .doc
            .layers
            .dates
            .iter()
            .filter(|d| d.span.start >= ss && d.span.end <= se)
            .filter(|d| match d.timex_type.as_str() {
                "DATE" => true,
                // "le 12 décembre au soir" (…TEV) but not "vers 12h30" (…T12:30).
                "TIME" => d.value.as_deref().is_some_and(|v| {
                    v.split_once('T')
                        .is_some_and(|(_, p)| p.starts_with(|c: char| c.is_ascii_alphabetic()))
                }),
                _ => false,
            })
            .filter(|d| {
                d.value
                    .as_deref()
                    .is_some_and(|v| v.len() >= 4 && v.starts_with(|c: char| c.is_ascii_digit()))
            })
            .filter(|d| {
                let n = tk.t[sa..sb]
                    .iter()
                    .filter(|x| {
                        (x.span.start >= d.span.end && x.span.end <= trig.start)
                            || (x.span.start >= trig.end && x.span.end <= d.span.start)
                    })
                    .count();
                n <= 15
            })
            .min_by_key(|d| {
                if d.span.start >= trig.end {
                    d.span.start - trig.end
                } else {
                    trig.start.saturating_sub(d.span.end)
                }
            });
        match best {
            Some(d) => EventArgument {
                role: "time".into(),
                span: d.span,
                value: d.value.clone(),
            },
            None => EventArgument {
                role: "time".into(),
                span: Span::new(trig.start, trig.start),
                // "~" marks the lower precision: the publication date, not a date in text.
                value: self
                    .doc
                    .meta
                    .date
                    .as_deref()
                    .map(|d| format!("~{}", d.get(..10).unwrap_or(d))),
            },
        }
    }

    /// The number counting the participants or victims: right before the trigger ("neuf
    /// blessés"), the agent or the target ("plus de 5 000 djihadistes").
    fn figure(
        &self,
        t: &Trigger,
        sa: usize,
        sb: usize,
        anchors: &[Span],
    ) -> Option<(Span, Option<String>)> {
        let tk = self.toks;
        let (ss, se) = (tk.t[sa].span.start, tk.t[sb - 1].span.end);
        let trig = self.span_of(t.first, t.last);
        let mut heads: Vec<Span> = anchors.to_vec();
        heads.push(trig);
        // Tokens strictly between a number and an anchor: at most 3 ("10 000 personnes",
        // "entre 300 et 500 personnes", "13 militaires français"). Score: the gap, the
        // arguments before the trigger itself.
        let n_heads = heads.len();
        let score = |n: Span| -> Option<(usize, usize)> {
            heads
                .iter()
                .enumerate()
                .filter(|(_, h)| n.end <= h.start)
                .map(|(k, h)| {
                    let gap = tk.t[sa..sb]
                        .iter()
                        .filter(|x| x.span.start >= n.end && x.span.end <= h.start)
                        .count();
                    (gap, if k + 1 == n_heads { 1 } else { 0 })
                })
                .filter(|&(gap, _)| gap <= 3)
                .min()
        };
        let nums = &self.doc.layers.numbers;
        if !nums.is_empty() {
            return nums
                .iter()
                .enumerate()
                .filter(|(_, n)| n.span.start >= ss && n.span.end <= se)
                .filter(|(_, n)| n.unit.is_none())
                .filter(|(_, n)| {
                    !matches!(
                        n.category.as_str(),
                        "money"
                            | "percent"
                            | "duration"
                            | "age"
                            | "year"
                            | "date"
                            | "time"
                            | "ordinal"
                            | "distance"
                            | "measure"
                    )
                })
                .filter_map(|(i, n)| score(n.span).map(|sc| (sc, i, n)))
                .min_by_key(|(sc, _, _)| *sc)
                .map(|(_, i, n)| (n.span, Some(format!("number:{i}"))));
        }
        let mut best: Option<((usize, usize), Span)> = None;
        for i in sa..sb {
            let is_num = tk.t[i].kind == TokenKind::Number
                || (is_number_word(tk.f(i)) && !tk.is(i, &["cent"]));
            if !is_num {
                continue;
            }
            let f = tk.f(i);
            let year = f.len() == 4 && (f.starts_with("19") || f.starts_with("20"));
            if year {
                continue;
            }
            let s = tk.t[i].span;
            let Some(d) = score(s) else {
                continue;
            };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, s));
            }
        }
        best.map(|(_, s)| (s, None))
    }

    fn negated(&self, t: &Trigger, sa: usize, sb: usize) -> bool {
        let tk = self.toks;
        let e = self.entry(t);
        // Backwards in the clause.
        let lo = t.first.saturating_sub(12).max(sa);
        for k in (lo..t.first).rev() {
            if tk.is_boundary(k) {
                break;
            }
            if tk.is(k, NEGATORS) {
                // "ne … que" is restrictive, not negative.
                if tk.is(k, &["ne", "n'"])
                    && (t.last + 1..(t.last + 3).min(sb)).any(|j| tk.f(j) == "que")
                {
                    continue;
                }
                return true;
            }
        }
        if e.event_type != "denial" {
            // Inside what a denial verb governs: "Moscou dément vouloir envoyer…".
            let lo = t.first.saturating_sub(6).max(sa);
            for k in (lo..t.first).rev() {
                if let Some((i, f)) = self.lex.word(tk.f(k)) {
                    if self.lex.entries[i].event_type == "denial" && f != Form::Noun {
                        return true;
                    }
                }
            }
        }
        if t.form == Form::Noun {
            // The noun heads the subject of a negated verb: "aucune opération … n'avait été".
            for k in t.last + 1..(t.last + 12).min(sb) {
                if tk.is_boundary(k) {
                    break;
                }
                if tk.is(k, &["ne", "n'"]) {
                    return true;
                }
            }
        }
        false
    }

    fn modality(&self, t: &Trigger, sa: usize, sb: usize, in_quote: bool) -> &'static str {
        let tk = self.toks;
        let mut hyp = t.form == Form::Conditional;
        let mut fut = t.form == Form::Future;
        let lo = t.first.saturating_sub(5).max(sa);
        let hi = (t.last + 3).min(sb);
        for k in lo..hi {
            if k >= t.first && k <= t.last {
                continue;
            }
            if tk.is_boundary(k) && k > t.last {
                break;
            }
            let f = tk.f(k);
            if CONDITIONAL_AUX.contains(&f)
                || (f.len() >= 7 && (f.ends_with("erait") || f.ends_with("eraient")))
            {
                hyp = true;
            }
            if FUTURE_MARKERS.contains(&f)
                || (f.len() >= 7
                    && (f.ends_with("era")
                        || f.ends_with("eront")
                        || f.ends_with("iront")
                        || f.ends_with("ira")))
            {
                fut = true;
            }
        }
        // "si" opening a clause before the trigger.
        for k in sa..t.first {
            if tk.f(k) == "si"
                && !(k > 0 && tk.f(k - 1) == "meme")
                && (k == sa || tk.is_boundary(k - 1) || tk.is_mark(k - 1) || k == sa + 1)
            {
                hyp = true;
            }
        }
        if hyp {
            "hypothetical"
        } else if fut {
            "future"
        } else if in_quote {
            "reported"
        } else {
            "asserted"
        }
    }
}

fn is_participle_like(f: &str) -> bool {
    f.len() > 3
        && (f.ends_with('e')
            || f.ends_with("es")
            || f.ends_with("ee")
            || f.ends_with("ees")
            || f.ends_with('i')
            || f.ends_with("is")
            || f.ends_with('u')
            || f.ends_with("us"))
}

fn takes_figures(ty: &str) -> bool {
    matches!(
        ty,
        "killing"
            | "injury"
            | "arrest"
            | "displacement"
            | "movement"
            | "deployment"
            | "protest"
            | "abduction"
            | "release"
            | "armed_clash"
            | "attack"
    )
}

/// Fills missing agent / time of an event from a coreferent event (same type, same place
/// text) in an adjacent sentence: "L'armée a chassé les terroristes d'Alep. Alep a été
/// libérée le 12 décembre" → one capture with agent, place and date. Filled arguments carry
/// `value = "coref:<event index>"`.
fn fill_coreferent(doc: &Document, events: &mut [Event]) {
    let place_text = |e: &Event| -> Option<String> {
        e.arguments
            .iter()
            .find(|a| a.role == "place" && !a.span.is_empty())
            .map(|a| veille_text::fold(doc.slice(a.span)).into_owned())
    };
    let n = events.len();
    for i in 0..n {
        for j in 0..n {
            if i == j {
                continue;
            }
            let (ei, ej) = (&events[i], &events[j]);
            if ei.event_type != ej.event_type || ei.sentence.abs_diff(ej.sentence) != 1 {
                continue;
            }
            let (pi, pj) = (place_text(ei), place_text(ej));
            if pi.is_none() || pi != pj {
                continue;
            }
            let mut add = Vec::new();
            if !ei.arguments.iter().any(|a| a.role == "agent") {
                if let Some(a) = ej.arguments.iter().find(|a| {
                    a.role == "agent" && a.value.as_deref().is_none_or(|v| !v.starts_with("coref"))
                }) {
                    add.push(EventArgument {
                        role: "agent".into(),
                        span: a.span,
                        value: Some(format!("coref:{j}")),
                    });
                }
            }
            let time_fallback = ei
                .arguments
                .iter()
                .any(|a| a.role == "time" && a.span.is_empty());
            let tj = ej
                .arguments
                .iter()
                .find(|a| a.role == "time" && !a.span.is_empty() && a.value.is_some())
                .cloned();
            let mut replace_time = None;
            if time_fallback {
                if let Some(a) = tj {
                    replace_time = Some(EventArgument {
                        role: "time".into(),
                        span: a.span,
                        value: a.value,
                    });
                }
            }
            let ev = &mut events[i];
            ev.arguments.extend(add);
            if let Some(t) = replace_time {
                if let Some(slot) = ev
                    .arguments
                    .iter_mut()
                    .find(|a| a.role == "time" && a.span.is_empty())
                {
                    *slot = t;
                }
            }
        }
    }
    for e in events.iter_mut() {
        e.arguments.sort_by_key(|a| role_rank(&a.role));
    }
}

fn role_rank(r: &str) -> u8 {
    match r {
        "agent" => 0,
        "target" => 1,
        "place" => 2,
        "time" => 3,
        "figure" => 4,
        _ => 5,
    }
}
