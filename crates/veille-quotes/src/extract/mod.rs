//! The extractor: quotation marks → direct quotes; cue patterns → indirect and mixed quotes;
//! speaker references → resolved speakers. Linear in the number of words (every scan is
//! bounded by a small window or by the enclosing sentence).

use crate::lexicon::{Lexicon, VerbClass};
use crate::words::{Kind, Words};
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;
use veille_core::layers::{
    EntityType, Mention, Quote, QuoteKind, SourcingSummary, Speaker, SpeakerKind,
};
use veille_core::Span;

mod cues;
mod direct;
mod forms;
mod indirect;
mod lists;
mod names;
mod orgs;
mod persons;
mod phrases;
mod rank;
mod resolve;
mod subjects;

use forms::*;
use lists::*;

/// Longest stretch (in words) an unclosed quotation may run before it is cut at a sentence end.
const MAX_UNCLOSED_WORDS: usize = 400;

fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

fn pronoun(w: &str) -> Option<Option<bool>> {
    PRONOUNS.iter().find(|(p, _)| *p == w).map(|(_, g)| *g)
}

/// Grammatical gender of a determiner + noun description (true = feminine).
fn desc_gender(det: &str, head: &str) -> Option<bool> {
    match det {
        "la" | "une" | "cette" | "sa" => Some(true),
        "le" | "un" | "ce" | "cet" | "du" => Some(false),
        _ => ending_gender(head),
    }
}

/// The head of a role ("ancien président du Sénat" → "président", "ex-ministre" →
/// "ministre"): its first word past the adjectives that precede a title.
fn role_head(role: &str) -> &str {
    let head = role
        .split([' ', '\''])
        .find(|w| !w.is_empty() && !is_in(PRE_ADJ, w))
        .unwrap_or("");
    head.strip_prefix("ex-").unwrap_or(head)
}

/// Do two head nouns name the same function, whatever their gender and number ("députée"
/// and "député", "ex-présidente" and "président")?
fn same_head(a: &str, b: &str) -> bool {
    fn key(w: &str) -> &str {
        let w = w.strip_prefix("ex-").unwrap_or(w);
        let w = if w.chars().count() > 4 {
            w.strip_suffix('s').unwrap_or(w)
        } else {
            w
        };
        if w.chars().count() > 4 {
            w.strip_suffix('e').unwrap_or(w)
        } else {
            w
        }
    }
    !a.is_empty() && key(a) == key(b)
}

/// The gender a noun's ending marks: "-trice", "-euse", "-ière", "-esse", "-ante", "-ente"
/// feminine; "-teur", "-ier", "-eur" masculine.
fn ending_gender(w: &str) -> Option<bool> {
    if ["trice", "euse", "ière", "esse", "ante", "ente"]
        .iter()
        .any(|x| w.ends_with(x))
    {
        Some(true)
    } else if ["teur", "ier", "eur"].iter().any(|x| w.ends_with(x)) {
        Some(false)
    } else {
        None
    }
}

/// The gender of a description whose article says none ("l'", "son", "leur"): its adjectives
/// before the head ("l'ancienne ministre"), else the endings of person nouns and participles
/// ("l'élue", "l'ancienne patronne", "l'historien").
fn unmarked_desc_gender<'w>(adjectives: impl Iterator<Item = &'w str>, head: &str) -> Option<bool> {
    // (nouns the press keeps masculine for women: "l'ancien mannequin" is Victoria Silvstedt,
    // "l'ancienne mannequin" Carla Bruni)
    let masculine_for_both = matches!(
        head,
        "mannequin"
            | "professeur"
            | "docteur"
            | "auteur"
            | "ingénieur"
            | "médecin"
            | "témoin"
            | "chef"
            | "membre"
            | "écrivain"
            | "magistrat"
            | "procureur"
            | "rapporteur"
            | "défenseur"
    );
    for a in adjectives {
        match a {
            "nouvelle" | "ancienne" | "première" | "haute" | "actuelle" | "future" | "grande"
            | "principale" | "seule" | "dernière" | "vieille" => return Some(true),
            // (a masculine that sounds like its feminine, "actuel", "seul", is no clue: the
            // press writes "l'eurodéputé" of Nadine Morano)
            "nouveau" | "nouvel" | "ancien" | "premier" | "haut" | "grand" | "principal"
            | "dernier" | "vieux" | "vieil" => return (!masculine_for_both).then_some(false),
            _ => {}
        }
    }
    if masculine_for_both {
        return None;
    }
    // (kin nouns have their own gender: "son cousin", "sa tante")
    match head {
        "cousin" | "frère" | "père" | "fils" | "mari" | "époux" | "compagnon" | "oncle"
        | "neveu" | "grand-père" | "beau-père" | "beau-frère" | "petit-fils" => {
            return Some(false)
        }
        "cousine" | "sœur" | "mère" | "fille" | "épouse" | "femme" | "compagne" | "tante"
        | "nièce" | "grand-mère" | "belle-mère" | "belle-sœur" | "petite-fille" => {
            return Some(true)
        }
        _ => {}
    }
    if let g @ Some(_) = ending_gender(head) {
        return g;
    }
    let fem_ue = head.ends_with("ue") && !head.ends_with("que") && !head.ends_with("gue");
    if fem_ue
        || ["ée", "enne", "onne", "elle"]
            .iter()
            .any(|x| head.ends_with(x))
    {
        Some(true)
    } else if head.ends_with("ien") {
        Some(false)
    } else {
        None
    }
}

/// Sorted, merged half-open ranges.
fn merged_ranges<T: Ord + Copy>(ranges: impl Iterator<Item = (T, T)>) -> Vec<(T, T)> {
    let mut v: Vec<(T, T)> = ranges.filter(|(s, e)| s < e).collect();
    v.sort_unstable();
    let mut out: Vec<(T, T)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Whether `x` falls in one of the sorted, merged ranges.
fn in_ranges<T: Ord + Copy>(ranges: &[(T, T)], x: T) -> bool {
    let i = ranges.partition_point(|&(s, _)| s <= x);
    i > 0 && x < ranges[i - 1].1
}

/// Does [a, b) overlap one of `ranges` (sorted and merged, as `merged_ranges` makes them)?
fn overlaps_ranges<T: Ord + Copy>(ranges: &[(T, T)], a: T, b: T) -> bool {
    let i = ranges.partition_point(|&(_, e)| e <= a);
    ranges.get(i).is_some_and(|&(s, _)| s < b)
}

/// One more vote for a choice that must be unanimous: `None` (no decision) as soon as two
/// different candidates appear; no candidate leaves the choice as it was.
fn unanimous(found: Option<usize>, cands: &[usize]) -> Option<Option<usize>> {
    match (cands, found) {
        ([i], None) => Some(Some(*i)),
        ([i], Some(f)) if f == *i => Some(found),
        ([], _) => Some(found),
        _ => None,
    }
}

fn compatible(a: Option<bool>, b: Option<bool>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

// ---------------------------------------------------------------- speaker references

#[derive(Debug, Clone)]
enum SpkRef {
    /// A proper name over words [s, e).
    Name {
        s: usize,
        e: usize,
        kind: SpeakerKind,
        entity: Option<u32>,
    },
    Pronoun(Option<bool>),
    /// "ce dernier", "cette dernière": the last person mentioned, of that gender.
    Latest(Option<bool>),
    /// "selon ses estimations", "Et d'ajouter": the current speaker.
    Current,
    /// A description over words [s, e).
    Desc {
        s: usize,
        e: usize,
        head: String,
        indefinite: bool,
        fem: Option<bool>,
    },
    None,
}

impl SpkRef {
    /// A description of people or a body ("les enquêteurs", "la préfecture"), not of a thing
    /// ("des preuves").
    fn describes_people(&self) -> bool {
        matches!(self, SpkRef::Desc { head, .. }
            if is_in(ANON_HEADS, head) || is_in(TITLES, head) || is_org_head(head))
    }
}

#[derive(Debug, Clone)]
struct Person {
    name: String,
    surname: String,
    span: Span,
    fem: Option<bool>,
    /// Normalised role descriptions ("présidente du conseil de fédération").
    roles: Vec<String>,
    entity: Option<u32>,
    /// Start of every mention of the person.
    at: Vec<u32>,
    /// Whether `fem` is only the usual gender of the first name ("Andréa" is mostly a
    /// woman's name, Andréa Kotarac a man).
    fem_by_name: bool,
}

/// A candidate statement before speaker resolution.
#[derive(Debug, Clone)]
struct Cand {
    kind: QuoteKind,
    span: Span,
    content: Span,
    cue: Option<Span>,
    lemma: Option<String>,
    spk: SpkRef,
    /// Where the speaker reference is (for ordering pronoun resolution).
    unclosed: bool,
    /// A direct quote with no cue at all.
    bare: bool,
    /// For a bare quote: the person the next sentence starts with.
    next_subject: Option<usize>,
}

struct Cue {
    /// Word range of the cue.
    a: usize,
    b: usize,
    lemma: String,
    class: VerbClass,
    /// Pronoun carried by an inverted form ("a-t-il", "conclut-elle").
    inv_pronoun: Option<Option<bool>>,
}

/// The extractor over one document.
pub(crate) struct Extractor<'a> {
    pub w: Words<'a>,
    lex: &'static Lexicon,
    mentions: &'a [Mention],
    persons: Vec<Person>,
    docs: Vec<(u32, String, String)>,
    /// Glued video captions ("… Eric Woerthpar Europe 1"), byte spans.
    captions: Vec<Span>,
    /// The quotation marks paired (`pair_marks`): open word, close word if any, content
    /// word range.
    pairs: Vec<(usize, Option<usize>, usize, usize)>,
    /// Word ranges [open, close] of closed quotation-mark pairs, in order.
    quoted: Vec<(usize, usize)>,
    /// The persons' mention offsets, sorted, with the person's index (`person_at`).
    person_index: Vec<(u32, usize)>,
    /// Word ranges of the news outlets named in the text, found on first need.
    outlets: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// The town named as an organisation ("la Ville de Paris"), found on first need.
    town: std::cell::OnceCell<Option<Speaker>>,
    /// The organisations the ranker may pick, found on first need.
    orgs: std::cell::OnceCell<Vec<rank::Org>>,
    /// The learned second opinion on pronouns, current speakers and titles (`rank`).
    ranker: Option<&'static crate::ranker::Ranker>,
    /// When set, the ranker's candidates of every statement are recorded here (training).
    trace: Option<std::cell::RefCell<Vec<crate::ranker::TraceRow>>>,
}

/// Result of extraction.
pub(crate) struct Output {
    pub quotes: Vec<Quote>,
    pub sourcing: SourcingSummary,
}

impl<'a> Extractor<'a> {
    /// The cue from word `a` to the speech verb at word `verb`, when `verb` is in the lexicon.
    fn lexicon_cue(&self, a: usize, verb: usize, inv_pronoun: Option<Option<bool>>) -> Option<Cue> {
        let (lemma, class) = self.lex.lookup(self.w.lw(verb))?;
        Some(Cue {
            a,
            b: verb + 1,
            lemma: lemma.into(),
            class,
            inv_pronoun,
        })
    }

    pub fn new(
        text: &'a str,
        sentences: &[Span],
        mentions: &'a [Mention],
        lex: &'static Lexicon,
    ) -> Extractor<'a> {
        let w = Words::new(text, sentences);
        let mut x = Extractor {
            w,
            lex,
            mentions,
            persons: Vec::new(),
            docs: Vec::new(),
            captions: Vec::new(),
            pairs: Vec::new(),
            quoted: Vec::new(),
            person_index: Vec::new(),
            outlets: std::cell::OnceCell::new(),
            town: std::cell::OnceCell::new(),
            orgs: std::cell::OnceCell::new(),
            ranker: crate::ranker::embedded(),
            trace: None,
        };
        x.pairs = x.pair_marks();
        x.quoted = x
            .pairs
            .iter()
            .filter_map(|&(o, c, _, _)| Some((o, c?)))
            .collect();
        x.captions = x.caption_spans();
        x.persons = x.collect_persons();
        // (a person named only in a caption is no antecedent: the caption is no narrative)
        if !x.captions.is_empty() {
            for p in &mut x.persons {
                p.at.retain(|&a| !x.captions.iter().any(|k| k.start <= a && a < k.end));
            }
            x.persons.retain(|p| !p.at.is_empty());
        }
        // (the first person holding an offset, as a scan of the list in order would find)
        x.person_index = x
            .persons
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.at.iter().map(move |&a| (a, i)))
            .collect();
        x.person_index.sort_unstable();
        x.docs = x.collect_docs();
        x
    }

    /// The rules alone, without the speaker ranker.
    pub fn rules_only(mut self) -> Extractor<'a> {
        self.ranker = None;
        self
    }

    /// The rules alone, recording the ranker's candidates of each statement.
    pub fn tracing(mut self) -> Extractor<'a> {
        self.trace = Some(std::cell::RefCell::new(Vec::new()));
        self.rules_only()
    }

    /// The candidates recorded by a tracing extractor.
    pub fn take_trace(&self) -> Vec<crate::ranker::TraceRow> {
        self.trace.as_ref().map(|t| t.take()).unwrap_or_default()
    }

    pub fn run(&self) -> Output {
        let mut used_cue = Vec::new();
        let mut fragments = Vec::new();
        let mut direct = self.direct_candidates(&mut used_cue, &mut fragments);
        if self.w.text.contains('\n') {
            let dashes = self.dash_candidates(&mut used_cue);
            direct.retain(|d| !dashes.iter().any(|x| x.span.overlaps(d.span)));
            direct.extend(dashes);
            direct.sort_by_key(|c| c.span.start);
        }
        fragments.sort_unstable_by_key(|f| f.start);
        let mut indirect = self.indirect_candidates(&direct, &used_cue, &fragments);
        // a bare mixed quotation ('explique que l'employée "était …. …"') and the reporting
        // clause read over its first sentence are one statement: the quotation's span, the
        // clause's cue and speaker
        indirect.retain(|i| {
            let Some(d) = direct.iter_mut().find(|d| {
                d.kind == QuoteKind::Mixed && d.cue.is_none() && d.content.start == i.content.start
            }) else {
                return true;
            };
            d.cue = i.cue;
            d.lemma.clone_from(&i.lemma);
            d.spk = i.spk.clone();
            d.bare = false;
            d.span = d.content.cover(i.cue.unwrap_or(d.content));
            false
        });
        // direct quotes swallowed by a mixed indirect clause, or taken whole by a source
        // marker ('Selon lui, "…"'), are dropped
        let mut cands: Vec<Cand> = direct
            .into_iter()
            .filter(|d| {
                !indirect.iter().any(|i| {
                    (i.kind == QuoteKind::Mixed && i.content.contains(d.span))
                        || (i.kind == QuoteKind::Direct && i.content == d.content)
                })
            })
            .collect();
        cands.extend(indirect);
        cands.sort_by_key(|c| (c.span.start, c.span.end));
        cands.retain_mut(|c| self.passive_to_agent(c));
        // (glued video captions, '"Il faut laisser les portes ouvertes" : Eric Woerthpar
        // Europe 1', are headlines, not what the article reports: clarification 27)
        cands.retain(|c| !self.captions.iter().any(|k| k.contains(c.content)));

        let mut state = State::default();
        let mut quotes = Vec::with_capacity(cands.len());
        let ents = rank::Entities::new();
        let mut acronyms = Vec::new();
        // statements whose pronoun opens the article with no antecedent (OrangeSum articles
        // lose their lede: "Dans le même temps, il a affirmé …"), waiting for the speaker the
        // next statements designate ("…, a affirmé le député du Gard"); with the state from
        // before them, so that their guesses do not become antecedents
        // (singular pronouns only, with no organisation named before that could be the
        // antecedent: "Le gouvernement a publié un décret. Il affirme …")
        let mut orphans: Vec<(usize, Option<bool>)> = Vec::new();
        let mut before_orphans: Option<State> = None;
        for c in cands {
            let orphan = match c.spk {
                SpkRef::Pronoun(_) => {
                    (!orphans.is_empty()
                        || (state.last.is_none()
                            && !self.person_before(c.span.start, None)
                            && !self.org_before(c.span.start)))
                        && !self.plural_subject(&c)
                }
                _ => false,
            };
            let explicit = matches!(
                c.spk,
                SpkRef::Name {
                    kind: SpeakerKind::Person,
                    ..
                } | SpkRef::Desc {
                    indefinite: false,
                    ..
                }
            );
            let near = orphans
                .first()
                .is_some_and(|&(o, _)| c.span.start.saturating_sub(quotes_start(&quotes, o)) < 800);
            // ("…", a répliqué Marine Le Pen: who replies is not who spoke before)
            let reply = matches!(
                c.lemma.as_deref(),
                Some("répliquer" | "rétorquer" | "répondre")
            );
            if orphan && orphans.is_empty() {
                before_orphans = Some(state.clone());
            }
            if !orphans.is_empty() && explicit && near {
                if let Some(saved) = before_orphans.take() {
                    state = saved;
                }
            }
            // ("X a commencé son discours en assurant que …": a gerund reports within the
            // narration; "…, a-t-il poursuivi" goes on with who spoke before)
            // (not "X a insisté … en soulignant": a speech verb of its own makes X speak)
            // (nor does a participle after a complement: "des images de … Manuel Valls
            // appelant à voter pour Emmanuel Macron")
            let gerund = match (&c.spk, c.cue) {
                (SpkRef::Name { s, e, .. }, Some(q)) => {
                    self.w.text[q.range()].ends_with("ant")
                        && self.word_at(q.start).is_some_and(|k| {
                            (k > *e
                                && self.w.lw(k - 1) == "en"
                                && (*e..k - 1).all(|j| !self.is_cue(j)))
                                || (k == *e && !self.subject_at(self.w.w[*s].s))
                        })
                }
                _ => false,
            };
            let narrated = gerund.then(|| (state.last.clone(), state.last_person.clone()));
            let before = self
                .wants_second_opinion(&c)
                .then(|| rank::Before::of(&state));
            let speaker = self.resolve(&c, &mut state);
            // (a plural pronoun resolved to a group keeps it: the ranker's candidates are
            // persons and organisations, none of them "les marins")
            let group = speaker.kind == SpeakerKind::Anonymous && self.plural_pronoun_ref(&c);
            let speaker = match before {
                Some(b) if !group => {
                    self.second_opinion(&c, &b, &ents, speaker, &quotes, &mut state)
                }
                _ => speaker,
            };
            if let Some((last, last_person)) = narrated {
                if last.is_some() {
                    state.last = last;
                    state.last_person = last_person;
                }
            }
            let speaker = self.expand_acronym(self.tidy_name(speaker), &mut acronyms);
            if orphan {
                let g = match c.spk {
                    SpkRef::Pronoun(g) => g,
                    _ => None,
                };
                orphans.push((quotes.len(), g));
            } else if !orphans.is_empty() {
                let fem = state
                    .last
                    .as_ref()
                    .filter(|(sp, _)| sp.name == speaker.name)
                    .and_then(|(_, f)| *f);
                if explicit
                    && near
                    && !reply
                    && matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Anonymous)
                {
                    for &(o, g) in &orphans {
                        if compatible(g, fem) {
                            let q: &mut Quote = &mut quotes[o];
                            q.speaker = speaker.clone();
                        }
                    }
                }
                orphans.clear();
                before_orphans = None;
            }
            quotes.push(Quote {
                kind: c.kind,
                span: c.span,
                content: c.content,
                cue: c.cue,
                cue_lemma: c.lemma,
                speaker,
                unclosed: c.unclosed,
            });
        }
        self.name_cataphoric_descriptions(&mut quotes);
        self.name_acronyms(&mut quotes);
        trim_glued_periods(&mut quotes);
        let mut quotes = split_joined_pieces(quotes, self.w.text);
        self.keep_marks_of_quoted_objects(&mut quotes);
        let sourcing = summarize(&quotes, self.w.text);
        Output { quotes, sourcing }
    }
}

/// A person's name that took the period of a sentence glued to the next one ("Zhang
/// Jun.La résolution …") loses it; an initial or an abbreviation keeps its own ("Jr.").
fn trim_glued_periods(quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let sp = &mut q.speaker;
        let Some(stem) = sp.name.strip_suffix('.') else {
            continue;
        };
        let last = stem.rsplit(' ').next().unwrap_or("");
        if sp.kind == SpeakerKind::Person && last.chars().count() >= 3 && stem.contains(' ') {
            sp.name.pop();
        }
    }
}

impl Extractor<'_> {
    /// 'a reconnu "une erreur d'appréciation politique"': a mixed statement whose content
    /// is exactly what one pair of marks holds keeps the marks (guidelines, clarification 3).
    fn keep_marks_of_quoted_objects(&self, quotes: &mut [Quote]) {
        let blank = |a: u32, b: u32| {
            self.w
                .text
                .get(a as usize..b as usize)
                .is_some_and(|t| t.chars().all(char::is_whitespace))
        };
        for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Mixed) {
            let i = self
                .quoted
                .partition_point(|&(_, c)| self.w.w[c].s < q.content.end);
            let Some(&(o, c)) = self.quoted.get(i) else {
                continue;
            };
            let (open, close) = (self.w.w[o], self.w.w[c]);
            if blank(open.e, q.content.start) && blank(q.content.end, close.s) {
                q.content = Span::new(open.s, close.e);
                q.span = q.span.cover(q.content);
            }
        }
    }
}

#[derive(Default, Clone)]
struct State {
    last: Option<(Speaker, Option<bool>)>,
    last_anon: Option<Speaker>,
    last_pos: Option<u32>,
    /// Where the last statement's speaker was designated.
    last_ref: Option<u32>,
    /// Contents of the statements so far.
    contents: Vec<Span>,
    /// Anonymous sources met so far, by head noun ("porte-parole", "source").
    anons: Vec<(String, Speaker)>,
    /// The last person speaker, and whether the last statement was a media attribution
    /// ("rapporte l'hebdomadaire"): a pronoun after it goes back to the person.
    last_person: Option<(Speaker, Option<bool>)>,
    last_media: bool,
    /// Titles never resolved to a named person ("le député du Gard"), by head: what a later
    /// bare title with the same head designates when nobody holds that role.
    unnamed_titles: Vec<(String, Speaker, Option<bool>)>,
    /// Documents a speaker issued, by head: "a indiqué dans un communiqué la police
    /// espagnole" makes "précise le communiqué" the police's.
    doc_issuers: Vec<(String, Speaker)>,
    /// Definite titles already resolved to a named person ("le président de la République" →
    /// Emmanuel Macron): a repeated definite title keeps its referent within an article.
    titles: Vec<(String, Speaker, Option<bool>)>,
    /// The last named organisation reporting as a medium ("révèle Le Monde"): what "le
    /// quotidien", "le journal" designate afterwards.
    medium: Option<Speaker>,
}

impl State {
    fn set(&mut self, sp: Speaker, fem: Option<bool>) {
        if sp.kind == SpeakerKind::Person {
            self.last_person = Some((sp.clone(), fem));
        }
        self.last = Some((sp, fem));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn quotes_start(quotes: &[Quote], i: usize) -> u32 {
    quotes.get(i).map_or(0, |q| q.span.start)
}

/// '"A" et de "B", a-t-il déclaré': two quoted pieces joined by a conjunction under one cue
/// after them are two direct statements (guidelines, clarifications 6 and 14), not one mixed statement. A
/// statement with the same content as one of the pieces is dropped.
fn split_joined_pieces(quotes: Vec<Quote>, text: &str) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(quotes.len());
    // where each content stands in `out` (one statement per content, the pieces first)
    let mut at: HashMap<(u32, u32), usize> = HashMap::default();
    for q in quotes {
        // (with the cue after them; before them, 'affirmant que "A" et "B"', they are the
        // objects of one reported clause)
        let cue_after = q.cue.is_some_and(|c| c.start >= q.content.end);
        let pieces = (q.kind == QuoteKind::Mixed && cue_after)
            .then(|| joined_pieces(text, q.content))
            .flatten();
        match pieces {
            Some(pieces) => {
                for content in pieces {
                    let piece = Quote {
                        kind: QuoteKind::Direct,
                        content,
                        ..q.clone()
                    };
                    match at.get(&(content.start, content.end)) {
                        Some(&i) => out[i] = piece,
                        None => {
                            at.insert((content.start, content.end), out.len());
                            out.push(piece);
                        }
                    }
                }
            }
            None => {
                if let Entry::Vacant(v) = at.entry((q.content.start, q.content.end)) {
                    v.insert(out.len());
                    out.push(q);
                }
            }
        }
    }
    out
}

/// The inner spans of two quoted pieces making the whole of `content`, joined only by "et",
/// "et de", "car", "mais" or "ou".
fn joined_pieces(text: &str, content: Span) -> Option<[Span; 2]> {
    const OPEN: [char; 3] = ['"', '«', '“'];
    const CLOSE: [char; 3] = ['"', '»', '”'];
    let t = text.get(content.range())?;
    let t = t.trim_end_matches(['.', ' ']);
    let mut marks = t
        .char_indices()
        .filter(|(_, c)| OPEN.contains(c) || CLOSE.contains(c));
    let (o1, c) = marks.next()?;
    if o1 != 0 || !OPEN.contains(&c) {
        return None;
    }
    // (byte offsets: "«" and "»" take two bytes)
    let (c1, close1) = marks.next()?;
    let (o2, _) = marks.next()?;
    let (c2, close2) = marks.next()?;
    if marks.next().is_some() || c2 + close2.len_utf8() != t.len() {
        return None;
    }
    // (a comma may stand before the conjunction: '"…", et "…", indique X')
    let between = t[c1 + close1.len_utf8()..o2]
        .trim()
        .trim_start_matches(',')
        .trim()
        .to_lowercase();
    if !matches!(
        between.as_str(),
        "et" | "et de"
            | "et d'"
            | "et que"
            | "et qu'"
            | "car"
            | "mais"
            | "ou"
            | "et à"
            | "tandis que"
            | "tandis qu'"
            | "alors que"
            | "alors qu'"
    ) {
        return None;
    }
    let inner = |a: usize, b: usize| {
        let piece = &t[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        let start = content.start + (a + lead) as u32;
        Span::new(start, content.start + (b - trail) as u32)
    };
    let one = inner(o1 + c.len_utf8(), c1);
    let two_open = t[o2..].chars().next()?.len_utf8();
    let two = inner(o2 + two_open, c2);
    // (short quoted objects, 'dénonce "la fraude" et "le mensonge"', stay one mixed statement)
    let words = |x: Span| text[x.range()].split_whitespace().count();
    (words(one) >= 4 && words(two) >= 4).then_some([one, two])
}

fn summarize(quotes: &[Quote], text: &str) -> SourcingSummary {
    let mut s = SourcingSummary::default();
    for q in quotes {
        match q.kind {
            QuoteKind::Direct => s.direct += 1,
            QuoteKind::Indirect => s.indirect += 1,
            QuoteKind::Mixed => s.mixed += 1,
        }
        match q.speaker.kind {
            SpeakerKind::Person | SpeakerKind::Organisation => s.named += 1,
            SpeakerKind::Anonymous => s.anonymous += 1,
            SpeakerKind::Unknown => s.unattributed += 1,
        }
    }
    // share of characters inside direct or mixed quotations (union of spans)
    let mut spans: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    spans.sort();
    let mut covered = 0usize;
    let mut cur: Option<Span> = None;
    for sp in spans {
        match cur {
            Some(c) if sp.start <= c.end => cur = Some(c.cover(sp)),
            Some(c) => {
                covered += text.get(c.range()).map_or(0, |t| t.chars().count());
                cur = Some(sp);
            }
            None => cur = Some(sp),
        }
    }
    if let Some(c) = cur {
        covered += text.get(c.range()).map_or(0, |t| t.chars().count());
    }
    let total = text.chars().count();
    s.quoted_share = if total == 0 {
        0.0
    } else {
        covered as f32 / total as f32
    };
    s
}
