//! The learned second opinion on references that need an antecedent: a pronoun ("a-t-il
//! ajouté"), the current speaker (a quotation with no subject of its own) and a definite
//! title ("a souligné le sénateur"). The rules of `resolve` pick a speaker; the persons and
//! organisations mentioned near the reference are candidates beside it, each described by a
//! few features (recency, subject position, who spoke last, gender, role); a small model
//! trained on the dev gold (`veille train speakers`, see `crate::ranker`) scores them, and the
//! best one replaces the rules' pick. The rules' pick is itself a feature, so the model
//! overrides it only where the evidence of the other features is stronger.

use super::*;
use crate::ranker::{RefClass, NF};

/// Persons and organisations whose last mention is further back than this (bytes) are no
/// candidates.
const WINDOW: u32 = 3000;

/// A candidate speaker with its features.
pub(crate) struct Candidate {
    pub speaker: Speaker,
    pub fem: Option<bool>,
    pub feats: [f32; NF],
}

/// What the ranker needs of the state before the rules resolved the reference.
pub(super) struct Before {
    last: Option<Speaker>,
    last_person: Option<Speaker>,
}

impl Before {
    pub(super) fn of(st: &State) -> Before {
        Before {
            last: st.last.as_ref().map(|(s, _)| s.clone()),
            last_person: st.last_person.as_ref().map(|(s, _)| s.clone()),
        }
    }
}

impl Extractor<'_> {
    /// The class of the reference of `c` if the ranker handles it, with the gender it
    /// carries. A plural description ("ont expliqué les enquêteurs" after "l'enquêteur
    /// principal, Guido Rosskamp") is none: it names a group, the rules' business. (Plural
    /// pronouns stay: the ranker finds the pairs they point back to.)
    fn ref_class(&self, c: &Cand) -> Option<(RefClass, Option<bool>)> {
        match &c.spk {
            // (the rules' pick is sure when the statement opens on its source)
            SpkRef::Pronoun(g) if self.opening_source(c, *g).is_some() => None,
            SpkRef::Pronoun(g) | SpkRef::Latest(g) => Some((RefClass::Pronoun, *g)),
            // (the rules' pick is sure after "Un membre du parti va plus loin.")
            SpkRef::Current if c.bare && self.indefinite_subject_before(c.span.start).is_some() => {
                None
            }
            // (nor for quoted words with no cue after a person named in their sentence)
            SpkRef::Current if self.cueless_words_speaker(c).is_some() => None,
            // (nor after an impersonal passive, "est-il précisé": the source before goes on)
            SpkRef::Current
                if c.cue
                    .and_then(|q| self.word_at(q.start))
                    .is_some_and(|k| self.impersonal_passive(k)) =>
            {
                None
            }
            SpkRef::Current => Some((RefClass::Current, None)),
            SpkRef::Desc {
                s,
                e,
                head,
                indefinite: false,
                fem,
            } if !plural_det(self.w.lw(*s))
                // (nor after the name in apposition: "selon l'ancien président, Valéry
                // Giscard d'Estaing,")
                && self.apposed_name(*e).is_none()
                // (a source is nobody named: "a-t-on précisé de source proche de l'enquête")
                && !matches!(head.as_str(), "source" | "sources")
                && !is_in(MEDIA_HEADS, head)
                && !is_in(KIN, head)
                && !self.opening_title(*s, head)
                // (nor an office the article names one holder of: "le chef de l'Etat")
                && self.office_holder_at(*s, *e).is_none() =>
            {
                Some((RefClass::Title, *fem))
            }
            _ => None,
        }
    }

    /// Is the description at word `s` a title in the article's opening, before anyone is
    /// named ("…, a lancé la présidente du Rassemblement national")? The rules give it to the
    /// person named next as a subject, where the ranker would weigh everyone named later.
    fn opening_title(&self, s: usize, head: &str) -> bool {
        let pos = self.w.w[s].s;
        pos < OPENING
            && is_in(TITLES, head)
            && !self
                .persons
                .iter()
                .any(|p| p.at.first().is_some_and(|&a| a < pos))
    }
}

/// A person or organisation the ranker may pick.
pub(super) struct Ent<'p> {
    name: &'p str,
    kind: SpeakerKind,
    span: Span,
    entity: Option<u32>,
    fem: Option<bool>,
    fem_by_name: bool,
    roles: &'p [String],
    /// Start of every mention, in text order.
    at: &'p [u32],
}

/// An organisation of the NER layer: its longest mention, its entity, where it is mentioned.
pub(super) struct Org {
    span: Span,
    entity: u32,
    at: Vec<u32>,
}

/// The persons and organisations of a document, listed on the first statement that needs
/// them (`Extractor::rankable_entities`).
pub(super) type Entities<'p> = std::cell::OnceCell<Vec<Ent<'p>>>;

impl Ent<'_> {
    fn is(&self, sp: &Speaker) -> bool {
        sp.kind == self.kind
            && (sp.name == self.name
                || (sp.entity.is_some() && sp.entity == self.entity)
                || (self.kind == SpeakerKind::Person
                    && sp.name.rsplit(' ').next() == self.name.rsplit(' ').next()))
    }
}

/// The features of the rules' pick when it is none of the listed persons and organisations:
/// its kind and its shape (a lower-case phrase read as a subject is often no one).
fn pick_features(rule: &Speaker) -> [f32; NF] {
    let mut f = [0.0; NF];
    f[1] = 1.0;
    f[32] = 1.0;
    let kind = match rule.kind {
        SpeakerKind::Person => 0,
        SpeakerKind::Organisation => 1,
        SpeakerKind::Anonymous => 2,
        SpeakerKind::Unknown => 3,
    };
    f[33 + kind] = 1.0;
    let words: Vec<&str> = rule.name.split_whitespace().collect();
    let det = words.first().is_some_and(|w| {
        let w = w.to_lowercase();
        is_det(&w) || w.starts_with("l'") || w.starts_with("l’")
    });
    let lower = words
        .first()
        .is_some_and(|w| w.starts_with(|ch: char| ch.is_lowercase()));
    f[37] = f32::from(u8::from(lower && !det));
    f[38] = f32::from(u8::from(words.len() >= 5));
    f[39] = f32::from(u8::from(words.len() == 1));
    f[40] = f32::from(u8::from(det));
    f
}

fn one_hot(f: &mut [f32; NF], first: usize, n: usize, i: usize) {
    f[first + i.min(n - 1)] = 1.0;
}

impl Extractor<'_> {
    /// The persons, then the organisations the NER layer found outside quotation marks.
    fn rankable_entities(&self) -> Vec<Ent<'_>> {
        let persons = self.persons.iter().map(|p| Ent {
            name: &p.name,
            kind: SpeakerKind::Person,
            span: p.span,
            entity: p.entity,
            fem: p.fem,
            fem_by_name: p.fem_by_name,
            roles: &p.roles,
            at: &p.at,
        });
        let orgs = self.organisations().iter().map(|o| Ent {
            name: &self.w.text[o.span.range()],
            kind: SpeakerKind::Organisation,
            span: o.span,
            entity: Some(o.entity),
            fem: None,
            fem_by_name: false,
            roles: &[],
            at: &o.at,
        });
        persons.chain(orgs).collect()
    }

    /// The organisations of the NER layer that are no person's entity, one per entity named
    /// by its longest mention, found on first need.
    fn organisations(&self) -> &[Org] {
        self.orgs.get_or_init(|| {
            let mut out: Vec<Org> = Vec::new();
            for m in self.mentions {
                if m.label != EntityType::ORG
                    || self
                        .word_at(m.span.start)
                        .is_none_or(|k| self.inside_quote(k))
                    || self.persons.iter().any(|p| p.entity == Some(m.entity))
                {
                    continue;
                }
                match out.iter_mut().find(|o| o.entity == m.entity) {
                    Some(o) => {
                        o.at.push(m.span.start);
                        if m.span.len() > o.span.len() {
                            o.span = m.span;
                        }
                    }
                    None => out.push(Org {
                        span: m.span,
                        entity: m.entity,
                        at: vec![m.span.start],
                    }),
                }
            }
            out
        })
    }

    /// The candidates for statement `c` whose rules' speaker is `rule`: the persons and
    /// organisations mentioned within `WINDOW` before the reference or in its sentence, and
    /// the rules' pick when it is none of them. `None` when the reference is not one the
    /// ranker handles.
    fn rank_candidates<'p>(
        &'p self,
        c: &Cand,
        before: &Before,
        rule: &Speaker,
        said: &[Quote],
        ents: &Entities<'p>,
    ) -> Option<(RefClass, Vec<Candidate>)> {
        let (class, g) = self.ref_class(c)?;
        let q = c.cue.map_or(c.span.start, |x| x.start.max(c.span.start));
        let qw = self.word_at(q)?;
        let si = *self.w.sent_of.get(qw)? as usize;
        let (sa, sb) = *self.w.sents.get(si)?;
        let (sent_lo, sent_hi) = (self.w.w[sa].s, self.w.w[sb - 1].e);
        let prev_lo = si
            .checked_sub(1)
            .and_then(|p| self.w.sents.get(p))
            .map_or(sent_lo, |&(a, _)| self.w.w[a].s);
        let outside = |a: &u32| *a < c.content.start || *a >= c.content.end;
        let ents = ents.get_or_init(|| self.rankable_entities());
        // the last mention before the reference of each, for the recency rank
        let lasts: Vec<Option<u32>> = ents
            .iter()
            .map(|p| {
                let end = p.at.partition_point(|&a| a < q);
                p.at[..end].iter().rev().copied().find(outside)
            })
            .collect();
        let head = match &c.spk {
            SpkRef::Desc { head, .. } => Some(head.as_str()),
            _ => None,
        };
        let first_person = ents
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == SpeakerKind::Person)
            .min_by_key(|(_, p)| p.at.first().copied().unwrap_or(u32::MAX))
            .map(|(i, _)| i);
        let mut out = Vec::new();
        let mut rule_taken = false;
        for (i, p) in ents.iter().enumerate() {
            let after_in_sentence = p.at.iter().any(|&a| a >= q && a < sent_hi && outside(&a));
            let last = lasts[i];
            // ('L'homme a avoué penser à sa maman … Stéphane Plaza doit coanimer …': a person
            // introduced by a description and named further down)
            let named_later = p.kind == SpeakerKind::Person
                && last.is_none()
                && !after_in_sentence
                && p.at.iter().any(|&a| a >= sent_hi && outside(&a));
            if !(last.is_some_and(|a| a + WINDOW >= q) || after_in_sentence || named_later) {
                continue;
            }
            let mut f = [0.0; NF];
            let person = p.kind == SpeakerKind::Person;
            f[if person { 0 } else { 42 }] = 1.0;
            let is_rule = p.is(rule);
            rule_taken |= is_rule;
            f[1] = f32::from(u8::from(is_rule));
            f[2] = f32::from(u8::from(before.last.as_ref().is_some_and(|s| p.is(s))));
            f[3] = f32::from(u8::from(
                before.last_person.as_ref().is_some_and(|s| p.is(s)),
            ));
            let spoke = said.iter().filter(|x| p.is(&x.speaker)).count();
            f[4] = f32::from(u8::from(spoke > 0));
            f[5] = (1.0 + spoke as f32).ln();
            match last {
                Some(a) => {
                    let d = q - a;
                    let bucket = [100, 300, 800, 2000]
                        .iter()
                        .take_while(|&&t| d >= t)
                        .count();
                    one_hot(&mut f, 6, 5, bucket);
                    let rank = lasts.iter().filter(|o| o.is_some_and(|o| o > a)).count();
                    one_hot(&mut f, 11, 4, rank);
                    f[15] = f32::from(u8::from(a >= sent_lo));
                    f[17] = f32::from(u8::from(a >= prev_lo && a < sent_lo));
                    f[22] = f32::from(u8::from(
                        self.word_at(a).is_some_and(|k| self.inside_quote(k)),
                    ));
                    f[23] = f32::from(u8::from(self.subject_at(a)));
                    f[24] = f32::from(u8::from(self.salient_at(a)));
                    f[25] = f32::from(u8::from(self.after_que(a)));
                }
                None => {
                    one_hot(&mut f, 6, 5, 4);
                    f[if named_later { 45 } else { 16 }] = 1.0;
                }
            }
            let n = p.at.len();
            one_hot(
                &mut f,
                18,
                4,
                [1, 2, 4].iter().take_while(|&&t| n > t).count(),
            );
            f[26] = f32::from(u8::from(!p.roles.is_empty()));
            match (g, p.fem) {
                (Some(a), Some(b)) if a == b => f[27] = 1.0,
                (Some(_), Some(_)) if p.fem_by_name => f[44] = 1.0,
                (Some(_), Some(_)) => f[28] = 1.0,
                _ => {}
            }
            f[29] = f32::from(u8::from(head.is_some_and(|h| {
                p.roles
                    .iter()
                    .any(|r| r.split(' ').any(|w| w == h) || same_head(role_head(r), h))
                    || (!person && p.name.to_lowercase().split(' ').any(|w| w == h))
            })));
            f[30] = f32::from(u8::from(first_person == Some(i)));
            f[31] = f32::from(u8::from(p.at.iter().any(|a| !outside(a))));
            f[41] = f32::from(u8::from(!p.name.contains(' ')));
            f[43] = f32::from(u8::from(
                f[2] > 0.0
                    && matches!(
                        c.lemma.as_deref(),
                        Some("répondre" | "répliquer" | "rétorquer")
                    ),
            ));
            out.push(Candidate {
                speaker: Speaker {
                    name: p.name.to_string(),
                    kind: p.kind,
                    span: Some(p.span),
                    entity: p.entity,
                },
                fem: p.fem,
                feats: f,
            });
        }
        if !rule_taken {
            out.push(Candidate {
                speaker: rule.clone(),
                fem: None,
                feats: pick_features(rule),
            });
        }
        Some((class, out))
    }
}

impl Extractor<'_> {
    /// Is there a ranker (or a trace) to ask about the reference of `c`?
    pub(super) fn wants_second_opinion(&self, c: &Cand) -> bool {
        (self.ranker.is_some() || self.trace.is_some()) && self.ref_class(c).is_some()
    }

    /// The ranker's choice for statement `c` among the rules' pick `rule` and the persons
    /// around (recorded instead when tracing); the state follows the choice.
    pub(super) fn second_opinion<'p>(
        &'p self,
        c: &Cand,
        before: &Before,
        ents: &Entities<'p>,
        rule: Speaker,
        said: &[Quote],
        st: &mut State,
    ) -> Speaker {
        let Some((class, cands)) = self.rank_candidates(c, before, &rule, said, ents) else {
            return rule;
        };
        if let Some(trace) = &self.trace {
            trace.borrow_mut().push(crate::ranker::TraceRow {
                content: c.content,
                class,
                cands: cands.iter().map(|x| (x.speaker.clone(), x.feats)).collect(),
            });
        }
        let Some(ranker) = self.ranker else {
            return rule;
        };
        // ('"…", s'est insurgé un responsable syndical. "…", a-t-il ajouté': a pronoun going
        // on with a speaker the article describes without naming stays with it; the model,
        // which sees few features of such a speaker, would hand it to someone named)
        // (an indefinite one, "un responsable", "une voisine", introduces someone new; "l'homme"
        // is often the person named before)
        // (of a person: "un couffin", "une pancarte accrochée" read as subjects are nobody)
        let indefinite = || {
            let mut words = rule.name.split(' ').map(str::to_lowercase);
            words
                .next()
                .is_some_and(|w| matches!(w.as_str(), "un" | "une"))
                && words.next().is_some_and(|h| person_noun(&h))
        };
        // (so does a quotation with no cue when no one is named since: 'décrypte un haut
        // fonctionnaire. "Si elle parle d'une réforme, …"')
        let continues_description = (class == RefClass::Pronoun
            || (class == RefClass::Current
                && !rule
                    .span
                    .is_some_and(|d| self.person_named_between(d.end, c.span.start))))
            && matches!(rule.kind, SpeakerKind::Anonymous)
            && indefinite()
            && before
                .last
                .as_ref()
                .is_some_and(|l| l.kind == rule.kind && l.name == rule.name);
        // (a lead quotation nobody spoke before, given to the person the next sentence is
        // about: '"Je m'attendais à …". C'est dans cet état d'esprit que Camille Cerf …')
        let announced =
            class == RefClass::Current && c.next_subject.is_some() && before.last.is_none();
        // (a plural pronoun going on with the organisation speaking last: 'pour la "Liste
        // unie", … "…", ont-ils écrit')
        let group_goes_on = class == RefClass::Pronoun
            && self.plural_pronoun_ref(c)
            && rule.kind == SpeakerKind::Organisation
            && before.last.as_ref().is_some_and(|l| l.name == rule.name);
        if continues_description || announced || group_goes_on {
            return rule;
        }
        let feats: Vec<[f32; NF]> = cands.iter().map(|x| x.feats).collect();
        match ranker.choose(class, &feats) {
            Some(b) => {
                let pick = &cands[b];
                st.set(pick.speaker.clone(), pick.fem);
                pick.speaker.clone()
            }
            _ => rule,
        }
    }
}
