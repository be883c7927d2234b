//! Resolution: a speaker reference (name, pronoun, title, description) to the speaker it
//! designates, with the state of the article read so far.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn resolve(&self, c: &Cand, st: &mut State) -> Speaker {
        // a person's name starts with a capital: a lowercase phrase taken for one (a glued
        // headline before the subject) says nothing, the current speaker goes on
        if let SpkRef::Name {
            s,
            kind: SpeakerKind::Person,
            ..
        } = &c.spk
        {
            if !self.w.tx(*s).starts_with(|ch: char| ch.is_uppercase()) {
                let current = Cand {
                    spk: SpkRef::Current,
                    ..c.clone()
                };
                return self.resolve(&current, st);
            }
        }
        // "Selon l'AFP, qui cite une source policière, …", "rapporte le JDD, citant une
        // source proche du président": the source the outlet relays speaks
        if let SpkRef::Name { e, .. } | SpkRef::Desc { e, .. } = &c.spk {
            if let Some(source) = self.relayed_source(*e) {
                let relayed = Cand {
                    spk: source,
                    ..c.clone()
                };
                return self.resolve(&relayed, st);
            }
        }
        // "analyse l'Institut", "selon la Commission", "l'ONG réclame": an organisation noun
        // capitalized alone is the organisation named before, as its lowercase description
        // would be
        if let SpkRef::Name {
            s,
            e,
            kind: SpeakerKind::Organisation,
            ..
        } = &c.spk
        {
            let head = self.w.lw(*s);
            // (nouns of bodies that go by a longer name; not "l'Élysée", "le Sénat", "le
            // Parquet", names in their own right)
            if *e == *s + 1
                && *s > 0
                && matches!(head, "institut" | "commission" | "agence" | "ong")
                && matches!(self.w.lw(*s - 1), "la" | "l'")
                // (not a long name the NER layer cut: "l'Institut des politiques publiques")
                && !matches!(self.w.lw(*e), "de" | "du" | "des" | "d'")
            {
                let described = Cand {
                    spk: SpkRef::Desc {
                        s: *s - 1,
                        e: *e,
                        head: head.to_string(),
                        indefinite: false,
                        fem: None,
                    },
                    ..c.clone()
                };
                return self.resolve(&described, st);
            }
        }
        // 'son PDG Patrick Pouyanné, qui veut "juste être au même niveau …"': quoted words
        // with no cue are those of the person the sentence named before them
        if let Some(p) = self.cueless_words_speaker(c) {
            let sp = self.person_speaker(p, st);
            return self.finish(c, st, sp);
        }
        let pos = c.span.start;
        let unknown = |name: &str| Speaker {
            name: name.to_string(),
            kind: SpeakerKind::Unknown,
            span: None,
            entity: None,
        };
        // 'Un membre permanent des Républicains va un peu plus loin. « … »': a bare
        // quotation after a sentence whose subject is someone new, not named
        let unnamed_lead = (c.bare && matches!(c.spk, SpkRef::Current))
            .then(|| self.indefinite_subject_before(pos))
            .flatten();
        if let Some(spk) = unnamed_lead {
            let cand = Cand { spk, ..c.clone() };
            return self.resolve(&cand, st);
        }
        let sp = match &c.spk {
            SpkRef::Name { s, e, kind, entity } => {
                // a name inside an outlet's name ("Bleu Isère" of "France Bleu Isère") is the
                // outlet
                // (the outlets are looked for only near a word that may start one)
                let near =
                    (s.saturating_sub(2)..*e).any(|j| crate::media::may_start_outlet(self.w.lw(j)));
                let outlets = if near { self.outlets() } else { &[] };
                let outlet = outlets
                    .get(outlets.partition_point(|&(_, oe)| oe <= *s))
                    .filter(|&&(os, oe)| os <= *s && oe >= *e)
                    .and_then(|&(os, oe)| self.outlet_speaker(os, oe));
                if let Some(sp) = outlet {
                    st.set(sp.clone(), None);
                    return self.finish(c, st, sp);
                }
                let span = self.w.span(*s, *e);
                let text = &self.w.text[span.range()];
                // "selon Le Figaro": an outlet, whatever the NER layer tagged
                let kind = if crate::media::names_outlet(text) {
                    &SpeakerKind::Organisation
                } else {
                    kind
                };
                // "NKM", "DSK": the initials of a person named in the article, whatever the
                // NER layer tagged
                if let Some(p) = self.person_of_initials(text) {
                    return self.person_speaker(p, st);
                }
                if *kind == SpeakerKind::Person {
                    let last = self.w.lw(*e - 1);
                    // (the same surname with another first name is someone else: "Laeticia
                    // Hallyday" after "Johnny Hallyday")
                    let first = text.split(' ').next().unwrap_or("");
                    let other_first = |p: &Person| {
                        *e > *s + 1
                            && p.name.split(' ').next() != Some(first)
                            && first_name_gender(&first.to_lowercase()).is_some()
                    };
                    let p = self.persons.iter().find(|p| p.name == text).or_else(|| {
                        self.persons
                            .iter()
                            .find(|p| p.surname == last && !other_first(p))
                    });
                    let (name, entity, fem) = match p {
                        Some(p) => (p.name.clone(), p.entity.or(*entity), p.fem),
                        None => (text.to_string(), *entity, first_name_gender(self.w.lw(*s))),
                    };
                    let sp = Speaker {
                        name,
                        kind: SpeakerKind::Person,
                        span: Some(span),
                        entity,
                    };
                    st.set(sp.clone(), fem);
                    sp
                } else {
                    let sp = Speaker {
                        name: text.to_string(),
                        kind: *kind,
                        span: Some(span),
                        entity: *entity,
                    };
                    st.set(sp.clone(), None);
                    sp
                }
            }
            SpkRef::Pronoun(g) => {
                // "Ils estimaient …" after "les marins avaient formé un recours": a plural
                // pronoun designates a group, not the single person who spoke last
                if self.plural_pronoun_ref(c) {
                    let group = st.last.as_ref().is_some_and(|(sp, _)| !single_person(sp));
                    if let Some(d) = self.plural_subject_before(pos).filter(|_| !group) {
                        let cand = Cand {
                            spk: d,
                            ..c.clone()
                        };
                        return self.resolve(&cand, st);
                    }
                    // ("Une coalition de syndicats appelle à la grève. Ils réclament …" after
                    // "Philippe Martinez a parlé": the group speaking last, not a person named
                    // since)
                    if let Some((sp, f)) = st.last.clone().filter(|_| group) {
                        st.set(sp.clone(), f);
                        return self.finish(c, st, sp);
                    }
                }
                if let Some(p) = self.opening_source(c, *g) {
                    return self.person_speaker(p, st);
                }
                // antecedents up to the cue: a mixed statement may start before the name
                // ("Pour Agnès Le Brun, …, souligne-t-elle")
                let pos = if c.kind == QuoteKind::Mixed {
                    c.cue.map_or(pos, |q| q.start.max(pos))
                } else {
                    pos
                };
                // a person named in the narrative since the last speaker was designated (names
                // inside reported contents are not antecedents)
                let newer = self
                    .newer_person(pos, *g, st)
                    .filter(|&p| !self.complement_of_described_subject(p, pos));
                // "Le maire avait justifié sa décision … « … », a-t-il dit" after "le général
                // Robert Lee": a sentence opening with a title held by a named person, later
                // than any other antecedent, designates that person
                let since = newer
                    .and_then(|p| recent_mentions(&self.persons[p], pos).last().copied())
                    .max(st.last_ref)
                    .unwrap_or(0);
                if let Some(p) = self.titled_subject_since(pos, since, *g, st) {
                    let sp = self.person_speaker(p, st);
                    return self.finish(c, st, sp);
                }
                // "« J'étais abandonné », confie-t-il" after "a raconté André Tréguet à France
                // 3": an outlet or a plural description speaking last is no antecedent of
                // "-il", and an organisation none of words in the first person singular
                let unfit = st
                    .last
                    .as_ref()
                    .is_some_and(|(sp, _)| self.unfit_for_singular_pronoun(c, sp));
                let last = match (&st.last, &st.last_person) {
                    (Some((sp, _)), Some(lp))
                        if st.last_media
                            && sp.kind != SpeakerKind::Person
                            && compatible(*g, lp.1) =>
                    {
                        Some(lp.clone())
                    }
                    (Some((sp, _)), None)
                        if (st.last_media || unfit) && sp.kind != SpeakerKind::Person =>
                    {
                        // after "selon le journal X": the person the narrative is about
                        match self.nearest_person(pos, *g) {
                            Some(p) => {
                                let pp = &self.persons[p];
                                Some((
                                    Speaker {
                                        name: pp.name.clone(),
                                        kind: SpeakerKind::Person,
                                        span: Some(pp.span),
                                        entity: pp.entity,
                                    },
                                    pp.fem,
                                ))
                            }
                            // ("Le parquet estime …, a appris l'AFP de sources
                            // concordantes. (…) il demande …": the subject of the
                            // narrative)
                            None if unfit => self
                                .title_subject_before(pos, *g)
                                .or_else(|| {
                                    match self
                                        .indefinite_subject_within(pos, 2)
                                        .or_else(|| self.indefinite_person_before(pos, *g))?
                                    {
                                        SpkRef::Desc { s, e, .. } => {
                                            let span = self.w.span(s, e);
                                            let text = self.w.text[span.range()].to_string();
                                            Some(anonymous(text, span))
                                        }
                                        _ => None,
                                    }
                                })
                                .map(|sp| (sp, *g))
                                .or_else(|| st.last.clone()),
                            None => st.last.clone(),
                        }
                    }
                    (l, _) => l.clone(),
                };
                match (&last, newer) {
                    (_, Some(p)) => self.person_speaker(p, st),
                    (Some((sp, fem)), None) if compatible(*g, *fem) => {
                        st.set(sp.clone(), *fem);
                        sp.clone()
                    }
                    _ => match self
                        .nearest_person(pos, *g)
                        .or_else(|| self.next_person(pos, *g))
                    {
                        Some(p) => self.person_speaker(p, st),
                        // "Le premier ministre a pris la parole. … », a-t-il déclaré"
                        None => match self.title_subject_before(pos, *g) {
                            Some(sp) => {
                                st.set(sp.clone(), *g);
                                sp
                            }
                            None => unknown("?"),
                        },
                    },
                }
            }
            SpkRef::Latest(g) => {
                let latest = self
                    .persons
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| compatible(p.fem, *g))
                    .filter_map(|(i, p)| p.at.iter().filter(|&&a| a < pos).max().map(|&a| (i, a)))
                    .max_by_key(|&(_, a)| a);
                match latest {
                    Some((p, _)) => self.person_speaker(p, st),
                    None => unknown("?"),
                }
            }
            SpkRef::Current
                if c.bare
                    && self
                        .newer_person(pos, None, st)
                        .is_some_and(|p| !self.named_in(p, c.content)) =>
            {
                // a bare quotation after a sentence about a person not yet quoted: "Philippe
                // Martinez était l'invité de RTL. (…) « Notre système est bon … »"
                // (not a person the quotation itself names: "il égratigne Emmanuel Macron. «
                // Macron est comme ces gens … »")
                let p = self.newer_person(pos, None, st).unwrap_or_default();
                self.person_speaker(p, st)
            }
            SpkRef::Current => {
                let recent = st.last_pos.is_some_and(|p| pos.saturating_sub(p) < 1500);
                match &st.last {
                    Some((sp, _)) if recent || !c.bare => sp.clone(),
                    _ => match c.next_subject {
                        Some(p) => self.person_speaker(p, st),
                        None => unknown(""),
                    },
                }
            }
            SpkRef::Desc {
                s,
                e,
                head,
                indefinite,
                fem,
            } => {
                let span = self.w.span(*s, *e);
                let text = self.w.text[span.range()].to_string();
                let h = head.as_str();
                let key = self.title_key(*s, *e, *indefinite, h);
                let remembered = key
                    .as_ref()
                    .and_then(|k| st.titles.iter().rev().find(|(t, _, _)| t == k))
                    .map(|(_, sp, f)| (sp.clone(), *f));
                if let Some((sp, f)) = remembered {
                    st.set(sp.clone(), f);
                    return self.finish(c, st, sp);
                }
                // "les deux hommes", "leurs avocats" after "Christophe Castaner et Laurent
                // Nuñez": a plural description of people designates the pair named last
                // (or the pair in apposition: "ont réagi leurs avocats, Me Edouard de Lamaze et
                // Eric Morain")
                // ("leurs avocats" reads as indefinite: a possessive, not an article)
                if (!*indefinite || self.w.lw(*s) == "leurs") && self.group_description(*s, *e, h) {
                    let apposed = self
                        .w
                        .w
                        .get(*e)
                        .filter(|_| self.w.is_punct(*e, ','))
                        .and_then(|w| self.named_pair_in(w.e, w.e + 60, false))
                        .filter(|sp| sp.span.is_some_and(|x| x.start <= span.end + 6));
                    // (or, with none named before, the pair named together later: "… co-signée
                    // avec son secrétaire d'État Laurent Nuñez. « … », déplorent les deux
                    // hommes. (…) Christophe Castaner et Laurent Nuñez nient …")
                    let named = apposed
                        .or_else(|| {
                            self.named_pair_in(span.start.saturating_sub(1500), span.start, true)
                        })
                        .or_else(|| {
                            // (a pair is no answer to "les trois hommes", "les 76 élus")
                            let three = (*s..*e).any(|k| {
                                self.w.lw(k) == "trois" || self.w.kind(k) == Some(Kind::Num)
                            });
                            (!three)
                                .then(|| self.named_pair_in(span.end, span.end + 2000, false))
                                .flatten()
                        });
                    if let Some(sp) = named {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                }
                // "rappellent les signataires", "écrivent les sénatrices" after "écrivent les 76
                // élus …": a definite plural description of people goes on with the group
                // speaking just before, under its first description
                // (an article and a head, not a group of its own: "les parents du copilote",
                // "les partis antimonarchistes"; after a group of people, not "des sources
                // concordantes", "les premiers témoignages")
                let bare = *e == *s + 2;
                if matches!(self.w.lw(*s), "les" | "ces")
                    && h.ends_with('s')
                    && bare
                    && self.source_head_ext(h, false)
                    && !is_org_head(h)
                    && !is_in(MEDIA_HEADS, h)
                {
                    let recent = st.last_pos.is_some_and(|p| pos.saturating_sub(p) < 1500);
                    let group = st.last.clone().filter(|(sp, _)| {
                        recent
                            && sp.kind == SpeakerKind::Anonymous
                            && !sp.name.split(' ').any(|w| {
                                w.starts_with("source")
                                    || is_in(SPEECH_NOUNS, w)
                                    || is_in(DOC_HEADS, w)
                            })
                            && sp.name.split(' ').next().is_some_and(|d| {
                                plural_det(&d.to_lowercase())
                                    || d.chars().all(|ch| ch.is_ascii_digit())
                            })
                    });
                    if let Some((sp, f)) = group {
                        st.set(sp.clone(), f);
                        return self.finish(c, st, sp);
                    }
                }
                // "a poursuivi cette source", "selon la même source": the anonymous source
                // designated last, whatever its head ("un responsable de l'université")
                // ("a-t-on précisé de même source": no article)
                if matches!(h, "source" | "sources" | "interlocuteur" | "interlocutrice")
                    && (matches!(self.w.lw(*s), "cette" | "cet" | "ce" | "même" | "mêmes")
                        || matches!(self.w.lw(*s + 1), "même" | "mêmes"))
                {
                    // (with no anonymous source yet, the source speaking last: "selon la
                    // même source" after a named official)
                    let same = st
                        .last_anon
                        .clone()
                        .or_else(|| st.last.as_ref().map(|(sp, _)| sp.clone()));
                    if let Some(sp) = same {
                        st.set(sp.clone(), *fem);
                        return self.finish(c, st, sp);
                    }
                }
                // "selon les estimations du quotidien" after "révèle Le Monde": a definite
                // media noun is an anaphor of the medium named before
                // (not "le site du ministère", "la télévision publique russe": a noun phrase
                // of its own, at most one adjective after the head)
                // ("le site d'information", "la chaîne d'information en continu": a genre, no
                // phrase of its own)
                let genre = |j: usize| {
                    self.w.lw(j) == "d'"
                        && matches!(
                            self.w.lw(j + 1),
                            "information"
                                | "informations"
                                | "investigation"
                                | "actualité"
                                | "actualités"
                                | "infos"
                                | "info"
                        )
                };
                let genre_at = (*s + 1..*e).find(|&j| genre(j));
                let plain_end = genre_at.unwrap_or(*e);
                let own_phrase = (*s + 1..plain_end).any(|j| {
                    matches!(self.w.lw(j), "de" | "d'" | "du" | "des") || self.w.is_cap(j)
                }) || plain_end.saturating_sub(*s) > 3
                    || genre_at.is_some_and(|j| {
                        (j + 2..*e).any(|k| !matches!(self.w.lw(k), "en" | "continu" | "ligne"))
                    });
                if !*indefinite
                    && !own_phrase
                    && is_in(MEDIA_HEADS, h)
                    && matches!(
                        self.w.lw(*s),
                        "le" | "la" | "l'" | "du" | "au" | "ce" | "cet" | "cette"
                    )
                {
                    // (the outlet named last: "une enquête de Franceinfo. Le média …"; one
                    // of the right kind: "selon la radio locale" is not "Le Parisien")
                    let fits = |x: &Speaker| crate::media::fits(h, &x.name);
                    let named = self.outlet_before(span.start, &fits);
                    let medium = st.medium.clone().filter(|m| fits(m));
                    let start =
                        |x: &Option<Speaker>| x.as_ref().and_then(|x| x.span).map(|x| x.start);
                    let latest = if start(&named) > start(&medium) {
                        named
                    } else {
                        medium
                    };
                    // ("dénonce le journal satirique. (…) note encore le Canard enchaîné": an
                    // outlet named just after)
                    let latest = latest.or_else(|| self.outlet_after(span.end, &fits));
                    if let Some(sp) = latest {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                }
                // "selon son avocate" … "a affirmé Me Lucie Simon": a lawyer of the story is
                // the one the article names as such, the nearest
                if matches!(h, "avocat" | "avocate")
                    && !matches!(self.w.lw(*s), "un" | "une")
                    && !self.complemented_by_name(*s, *e)
                    // (the name in apposition comes first: below)
                    && self.apposed_name(*e).is_none()
                {
                    if let Some(p) = self.named_lawyer(span, *fem) {
                        let sp = self.person_speaker(p, st);
                        return self.finish(c, st, sp);
                    }
                }
                // "l'élu", "le médecin": a definite role of a person named in the article
                let role_of_named = !*indefinite
                    && !h.ends_with('s')
                    && is_in(ANON_HEADS, h)
                    && !matches!(
                        h,
                        "source"
                            | "témoin"
                            | "habitant"
                            | "habitante"
                            | "proche"
                            | "interlocuteur"
                            | "interlocutrice"
                            | "résident"
                            | "official"
                            | "witness"
                            | "resident"
                    )
                    && matches!(self.w.lw(*s), "le" | "la" | "l'");
                // "raconte une étudiante âgée de 20 ans, Le Hoang Yen.", "selon l'ancien
                // président, Valéry Giscard d'Estaing,": the name in apposition
                let apposed = (!h.ends_with('s') && !plural_det(self.w.lw(*s)))
                    .then(|| self.apposed_name(*e))
                    .flatten();
                let named = if role_of_named && apposed.is_none() {
                    self.role_match(&text, h, pos, span.end, *fem, st)
                } else {
                    None
                };
                if let Some(p) = named {
                    self.person_speaker(p, st)
                } else if let Some(sp) = apposed {
                    st.set(sp.clone(), *fem);
                    sp
                } else if let Some((sp, f)) = self.same_unnamed_speaker(*s, *e, h, *fem, pos, st) {
                    // "« … », a expliqué l'ancienne ministre (…). L'élue a également martelé
                    // …": the unnamed person speaking keeps the first description
                    st.set(sp.clone(), f.or(*fem));
                    sp
                } else if is_in(ANON_HEADS, h)
                    && (*indefinite || st.last_anon.is_none() || h.ends_with('s'))
                {
                    let sp = anonymous(text, span);
                    st.last_anon = Some(sp.clone());
                    st.anons.push((h.to_string(), sp.clone()));
                    st.set(sp.clone(), *fem);
                    sp
                } else if let Some(sp) = (!*indefinite)
                    .then(|| {
                        st.anons
                            .iter()
                            .rev()
                            .find(|(x, _)| x == h)
                            .map(|(_, sp)| sp.clone())
                    })
                    .flatten()
                {
                    // "le porte-parole d'AREA" after "un porte-parole d'AREA"; but "son
                    // avocat" named since ("son avocat, Stuart Goldfarb, …"): that person
                    let after = sp.span.map_or(0, |x| x.end);
                    let apposed = |a: u32| {
                        self.word_at(a).is_some_and(|i| {
                            let j = if i > 0 && self.w.is_punct(i - 1, ',') {
                                i - 1
                            } else {
                                i
                            };
                            j > 0 && self.w.lw(j - 1) == h
                        })
                    };
                    let holder = self.persons.iter().position(|p| {
                        compatible(p.fem, *fem)
                            && p.at.iter().any(|&a| a > after && a < pos && apposed(a))
                    });
                    match holder {
                        Some(p) => self.person_speaker(p, st),
                        None => {
                            st.set(sp.clone(), *fem);
                            sp
                        }
                    }
                } else if is_in(ANON_HEADS, h)
                    && matches!(
                        h,
                        "source"
                            | "sources"
                            | "interlocuteur"
                            | "interlocutrice"
                            | "témoin"
                            | "habitant"
                            | "habitante"
                    )
                {
                    // "la source", "l'interlocuteur de Sputnik": the anonymous source already met
                    // (a witness or an inhabitant: one met as such; "cet habitant de Dijon"
                    // after "un porte-parole de Facebook" is the person the story is about)
                    let source =
                        matches!(h, "source" | "sources" | "interlocuteur" | "interlocutrice");
                    let same_head = || {
                        st.anons
                            .iter()
                            .rev()
                            .find(|(x, _)| x == h)
                            .map(|(_, sp)| sp.clone())
                    };
                    let met = if source {
                        st.last_anon.clone()
                    } else {
                        same_head()
                    };
                    let demonstrative = matches!(self.w.lw(*s), "ce" | "cet" | "cette");
                    if met.is_none() && demonstrative {
                        if let Some(p) = self.nearest_person(span.start, *fem) {
                            return self.person_speaker(p, st);
                        }
                    }
                    let sp = met.unwrap_or(anonymous(text, span));
                    st.set(sp.clone(), *fem);
                    sp
                } else if is_in(DOC_HEADS, h) {
                    // "précise le communiqué de la préfecture": the issuer in the complement,
                    // or the organisation named before with that head ("La préfecture de
                    // l'Aude")
                    if let Some(sp) = self
                        .issuer_in_complement(*s, *e)
                        .or_else(|| self.issuer_after(*e))
                    {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                    // "précise le communiqué" after "a indiqué dans un communiqué la police
                    // espagnole": who issued it
                    let definite =
                        matches!(self.w.lw(*s), "le" | "la" | "l'" | "ce" | "cet" | "cette");
                    let issued = st
                        .doc_issuers
                        .iter()
                        .rev()
                        .find(|(x, _)| definite && x == h)
                        .map(|(_, sp)| sp.clone());
                    if let Some(sp) = issued {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                    // "ajoute le texte", "dans un communiqué, qui appelle …": a document
                    // speaks for its issuer, named with it or the organisation that spoke last
                    if let Some(name) = self.doc_issuer(h, span.end) {
                        let sp = Speaker {
                            name,
                            kind: SpeakerKind::Organisation,
                            span: Some(span),
                            entity: None,
                        };
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                    // "peut-on lire dans ce rapport de 75 pages" after "un rapport accablant a
                    // été adressé …": the document as first introduced
                    // (not a press release, which speaks for its issuer)
                    if definite && !matches!(h, "communiqué" | "communiqués") {
                        if let Some(sp) = self.introduced_as(h, *s) {
                            st.set(sp.clone(), None);
                            return self.finish(c, st, sp);
                        }
                    }
                    match &st.last {
                        Some((sp, _)) if sp.kind == SpeakerKind::Organisation => sp.clone(),
                        _ => {
                            // ('"…, Arianespace a décidé de ne pas engager …", selon un
                            // communiqué': the organisation its own direct quotation names)
                            let quoted = (c.kind == QuoteKind::Direct)
                                .then(|| self.org_mention_from(c.content.start, c.content.end))
                                .flatten();
                            let sp = quoted.unwrap_or(Speaker {
                                name: text,
                                kind: SpeakerKind::Organisation,
                                span: Some(span),
                                entity: None,
                            });
                            st.set(sp.clone(), None);
                            sp
                        }
                    }
                } else if let Some(sp) = matches!(h, "municipalité" | "mairie")
                    .then(|| *e == *s + 2 && !*indefinite)
                    .filter(|&bare| bare)
                    .and_then(|_| self.town_hall())
                {
                    // "a annoncé la municipalité": the town named as such in the article
                    st.set(sp.clone(), None);
                    sp
                } else if is_org_head(h) {
                    // "le tribunal" after "Le tribunal administratif de Montreuil": the
                    // organisation named before with the same head
                    // "a ajouté l'entreprise", "selon la société": a generic company noun
                    // designates the organisation named last
                    let generic = !*indefinite && is_in(GENERIC_ORG_HEADS, h);
                    // (for a generic noun the organisation speaking just before comes first)
                    let current_org = st
                        .last
                        .as_ref()
                        .filter(|(sp, _)| generic && sp.kind == SpeakerKind::Organisation)
                        .map(|(sp, _)| sp.clone());
                    let named = self
                        .trailing_name(*s, *e)
                        .or_else(|| self.org_mention_before(span.start, Some(h)))
                        .or_else(|| self.named_after_head(h, *s))
                        .or_else(|| {
                            if !generic {
                                return None;
                            }
                            current_org
                                .or_else(|| self.org_mention_before(span.start, None))
                                .or_else(|| self.org_like_mention_before(span.start, None, true))
                                .or_else(|| self.untagged_name_before(span.start))
                                // ('"Le CSA a relevé …", souligne le régulateur' opening the
                                // article: the organisation named in its own words)
                                // (an indirect content names what was said about others)
                                .or_else(|| {
                                    (c.kind == QuoteKind::Direct)
                                        .then(|| {
                                            self.org_mention_from(c.content.start, c.content.end)
                                        })
                                        .flatten()
                                })
                        });
                    let sp = match named {
                        Some(named) => named,
                        None => Speaker {
                            // "selon la décision du tribunal": "tribunal", not "du tribunal"
                            name: self.doc_issuer(h, span.end).unwrap_or_else(|| {
                                let t = text.strip_prefix("du ").or(text.strip_prefix("des "));
                                t.map_or(text.clone(), str::to_string)
                            }),
                            kind: SpeakerKind::Organisation,
                            span: Some(span),
                            entity: None,
                        },
                    };
                    st.set(sp.clone(), *fem);
                    sp
                } else if *indefinite {
                    let sp = anonymous(text, span);
                    st.anons.push((h.to_string(), sp.clone()));
                    st.last_anon = Some(sp.clone());
                    st.set(sp.clone(), *fem);
                    sp
                } else if let Some(p) = self.surname_ending(*s, *e) {
                    self.person_speaker(p, st)
                } else if let Some((sp, f)) = (!*indefinite && !plural_det(self.w.lw(*s)))
                    .then(|| self.unnamed_title(h, *fem, st))
                    .flatten()
                {
                    // "Le député, proche de Marine Le Pen, se dit …" after "a affirmé le député
                    // du Gard", never named: the same unnamed person
                    st.set(sp.clone(), f);
                    sp
                } else if let Some(p) =
                    self.role_match(&text, h, pos, span.end, *fem, st)
                        .filter(|&p| {
                            // (a plural, "les signataires, dont … Guillaume Musso", is no single
                            // person, only a pair named together)
                            !plural_det(self.w.lw(*s)) || self.persons[p].name.contains(" et ")
                        })
                {
                    self.person_speaker(p, st)
                } else if let Some(sp) = ((self.epithet(*s, *e, h)
                    || self.former(*s, *e)
                    || self.demonstrative_person(*s, h))
                    && (st.last_person.is_some()
                        || self.nearest_person(span.start, *fem).is_some()))
                .then(|| self.person_in_focus(c, *fem, st))
                .flatten()
                {
                    return sp;
                } else if is_in(ANON_HEADS, h) {
                    let sp = st.last_anon.clone().unwrap_or(anonymous(text, span));
                    st.set(sp.clone(), *fem);
                    sp
                } else {
                    // an unresolved title is a person; any other description, or a plural
                    // ("les signataires"), an unnamed one
                    let plural = plural_det(self.w.lw(*s));
                    // (a thing that speaks is no person: "précise le message")
                    // (the documents and posts words are given in, and a few more)
                    let thing = is_in(DOC_HEADS, h)
                        || is_in(SETTING_DOCS, h)
                        || matches!(
                            h,
                            "couverture" | "affiche" | "spot" | "clip" | "panneau" | "pétition"
                        );
                    let sp = Speaker {
                        name: text,
                        kind: if !is_in(UNNAMED, h) && !is_in(KIN, h) && !plural && !thing {
                            SpeakerKind::Person
                        } else {
                            SpeakerKind::Anonymous
                        },
                        span: Some(span),
                        entity: None,
                    };
                    if sp.kind == SpeakerKind::Person && is_in(TITLES, h) {
                        st.unnamed_titles.push((h.to_string(), sp.clone(), *fem));
                    }
                    st.set(sp.clone(), *fem);
                    sp
                }
            }
            SpkRef::None => unknown(""),
        };
        if let SpkRef::Desc {
            s,
            e,
            head,
            indefinite,
            ..
        } = &c.spk
        {
            if sp.kind == SpeakerKind::Person && sp.span.is_some_and(|x| x != self.w.span(*s, *e)) {
                if let Some(k) = self.title_key(*s, *e, *indefinite, head) {
                    let fem = st.last.as_ref().and_then(|(_, f)| *f);
                    st.titles.push((k, sp.clone(), fem));
                }
            }
        }
        self.finish(c, st, sp)
    }

    /// The name in apposition after a description ending at word `e` (", Le Hoang Yen."),
    /// closing its clause: a capitalized run that is no organisation, place-tagged or not
    /// (the NER layer takes unfamiliar names for places).
    /// "…, qui cite une source policière", "…, citant une source proche du dossier" after
    /// the phrase ending at word `e`: one anonymous source the outlet relays (the gold keeps
    /// the outlet for "des sources concordantes", "les pompiers").
    fn relayed_source(&self, e: usize) -> Option<SpkRef> {
        let mut k = e;
        if self.w.is_punct(k, ',') {
            k += 1;
        }
        k += match (self.w.lw(k), self.w.lw(k + 1)) {
            ("qui", "cite" | "évoque") => 2,
            ("citant", _) => 1,
            _ => return None,
        };
        let end = self.np_end(k, self.sentence_end(k));
        // ("une source policière"; or a body: "Selon Le Point qui cite la préfecture de
        // police de Paris")
        if matches!(self.w.lw(k), "une" | "un") && self.w.lw(k + 1) == "source" {
            return Some(self.analyse_np(k, end)).filter(|r| matches!(r, SpkRef::Desc { .. }));
        }
        Some(self.analyse_np(k, end)).filter(|r| match r {
            SpkRef::Desc {
                head, indefinite, ..
            } => !indefinite && is_org_head(head),
            _ => false,
        })
    }

    pub(super) fn apposed_name(&self, e: usize) -> Option<Speaker> {
        if !self.w.is_punct(e, ',') {
            return None;
        }
        let (s, end) = self.name_run(e + 1, (e + 7).min(self.w.len()))?;
        // (a capitalized article opening the name: "Le Hoang Yen")
        // (or an honorific: "son avocate, Me Emmanuelle Ramon")
        let s = if s == e + 2
            && self.w.is_cap(e + 1)
            && (is_det(self.w.lw(e + 1))
                || matches!(self.w.lw(e + 1), "me" | "maître" | "mme" | "dr" | "pr"))
        {
            e + 1
        } else {
            s
        };
        // (or a relative about that person: "selon son avocate en Corse, Me Emmanuelle Ramon
        // qui a qualifié …")
        let closes = matches!(
            self.w.kind(end),
            None | Some(Kind::Punct('.' | ',' | ';' | ')' | '!' | '?'))
        ) || self.w.lw(end) == "qui";
        let at = self.w.w[s].s;
        let i = self.mentions.partition_point(|m| m.span.end <= at);
        let org = self
            .mentions
            .get(i)
            .is_some_and(|m| m.span.start <= at && m.label == EntityType::ORG);
        let text = &self.w.text[self.w.span(s, end).range()];
        if s != e + 1 || end < s + 2 || !closes || org || crate::media::names_outlet(text) {
            return None;
        }
        let entity = self
            .mentions
            .get(i)
            .filter(|m| m.span.start <= at)
            .map(|m| m.entity);
        Some(Speaker {
            name: text.to_string(),
            kind: SpeakerKind::Person,
            span: Some(self.w.span(s, end)),
            entity,
        })
    }

    /// Is the description over words [s, e) a plural of people that a pair named before can
    /// take: "les deux hommes", "leurs avocats", "les jeunes gens" (not "les avocats de la
    /// famille", a phrase of its own, nor "les deux pays")?
    pub(super) fn group_description(&self, s: usize, e: usize, head: &str) -> bool {
        // ("les deux frères": the head the phrase reader gives is the numeral)
        let numeral = (s + 1..e).find(|&k| matches!(self.w.lw(k), "deux" | "trois"));
        let head = match numeral {
            Some(k) if matches!(head, "deux" | "trois") => self.w.lw(k + 1),
            _ => head,
        };
        if !matches!(self.w.lw(s), "les" | "ces" | "leurs") || !is_in(GROUP_HEADS, head) {
            return false;
        }
        let counted = numeral.is_some();
        let complement = (s + 1..e)
            .any(|k| matches!(self.w.lw(k), "de" | "d'" | "du" | "des") || self.w.is_cap(k));
        counted || !complement
    }

    /// The last (`last`) or first pair of persons named together ("Christophe Castaner et
    /// Laurent Nuñez", "Igor et Grichka Bogdanoff") whose second member starts in [from, to),
    /// outside quotations, as one speaker.
    pub(super) fn named_pair_in(&self, from: u32, to: u32, last: bool) -> Option<Speaker> {
        let mut best: Option<(usize, usize)> = None;
        for p in &self.persons {
            for &b in p.at.iter().filter(|&&b| b >= from && b < to) {
                let Some(k) = self.word_at(b) else {
                    continue;
                };
                if k < 2 || self.w.lw(k - 1) != "et" || self.inside_quote(k) {
                    continue;
                }
                let end = self.w_end_of_mention(k);
                if let Some(i) = self.pair_first_member(k - 1) {
                    if best.is_none_or(|(_, e)| if last { end > e } else { end < e }) {
                        best = Some((i, end));
                    }
                }
            }
        }
        let (i, end) = best?;
        let span = self.w.span(i, end);
        Some(Speaker {
            name: self.w.text[span.range()].to_string(),
            kind: SpeakerKind::Person,
            span: Some(span),
            entity: None,
        })
    }

    /// The first word of the person named just before the "et" at word `et`: a mention, or a
    /// lone capitalized first name sharing the next one's surname ("Igor et Grichka …"), not
    /// a place or an organisation.
    fn pair_first_member(&self, et: usize) -> Option<usize> {
        let starts: Vec<usize> = self
            .persons
            .iter()
            .flat_map(|q| q.at.iter())
            .filter_map(|&a| self.word_at(a))
            .filter(|&i| i < et)
            .collect();
        let mention = starts
            .iter()
            .copied()
            .find(|&i| self.w_end_of_mention(i) == et);
        // ("Marlène Schiappa, secrétaire d'Etat en charge de l'égalité …, et Julien
        // Denormandie": the first member's apposition runs up to "et")
        let apposed = || {
            let lo = self.sentence_start(et).max(et.saturating_sub(20));
            starts
                .iter()
                .copied()
                .filter(|&i| i >= lo && self.w.is_punct(self.w_end_of_mention(i), ','))
                .max()
        };
        mention.or_else(apposed).or_else(|| {
            let i = et.checked_sub(1)?;
            let start = self.w.w[i].s;
            let from = self.mentions.partition_point(|m| m.span.start < start);
            let other_entity = self.mentions[from..]
                .iter()
                .take_while(|m| m.span.start == start)
                .any(|m| m.label != EntityType::PER);
            (self.w.is_cap(i)
                && i > 0
                && self.sentence_start(i) != i
                && !self.w.is_cap(i - 1)
                && !other_entity)
                .then_some(i)
        })
    }

    /// The speaker going on when the definite description over words [s, e) with head `h`
    /// ("l'élue", "la jeune femme", "le coupable") refers back to the one speaking just
    /// before, itself a description of someone unnamed ("l'ancienne ministre"), of a
    /// compatible gender, with nobody named in between.
    fn same_unnamed_speaker(
        &self,
        s: usize,
        e: usize,
        h: &str,
        fem: Option<bool>,
        pos: u32,
        st: &State,
    ) -> Option<(Speaker, Option<bool>)> {
        let definite = matches!(self.w.lw(s), "le" | "la" | "l'" | "ce" | "cet" | "cette");
        // (nouns for someone already met, not a function that brings someone new in: "le
        // doyen", "l'avocat de la famille")
        let person_head = is_in(EPITHETS, h)
            || matches!(
                h,
                "élu" | "élue" | "intéressé" | "intéressée" | "coupable" | "mère" | "père"
            );
        // (a name in it makes someone else: "la mère de Simon Gautier")
        let named = (s + 1..e).any(|k| self.w.is_cap(k));
        if !definite || !person_head || h.ends_with('s') || named {
            return None;
        }
        let (sp, f) = st.last.as_ref()?;
        let description = sp.name.split([' ', '\'', '’']).next().is_some_and(|d| {
            matches!(
                d,
                "le" | "la" | "l" | "un" | "une" | "Le" | "La" | "L" | "Un" | "Une"
            )
        });
        let last = st.last_pos?;
        let fits = sp.entity.is_none()
            && matches!(sp.kind, SpeakerKind::Person | SpeakerKind::Anonymous)
            && description
            && compatible(*f, fem)
            && pos.saturating_sub(last) < 700
            && !self.person_named_between(last, pos);
        fits.then(|| (sp.clone(), *f))
    }

    /// The unnamed person designated earlier by a title with head `head`, when no person
    /// named in the article holds a role with that head.
    pub(super) fn unnamed_title(
        &self,
        head: &str,
        fem: Option<bool>,
        st: &State,
    ) -> Option<(Speaker, Option<bool>)> {
        let (_, sp, f) = st
            .unnamed_titles
            .iter()
            .rev()
            .find(|(h, _, f)| h == head && compatible(*f, fem))?;
        let held = self.persons.iter().any(|p| {
            p.roles
                .iter()
                .any(|r| r.split_whitespace().any(|w| w == head))
        });
        (!held).then(|| (sp.clone(), *f))
    }

    /// The normalised text of a definite title description ("président de la république"),
    /// the key under which its resolution is remembered; None for anything else.
    pub(super) fn title_key(
        &self,
        s: usize,
        e: usize,
        indefinite: bool,
        head: &str,
    ) -> Option<String> {
        if indefinite
            || !matches!(self.w.lw(s), "le" | "la" | "l'")
            || !is_in(TITLES, head)
            || head.ends_with('s')
        {
            return None;
        }
        Some(self.norm_words(s + 1, e))
    }

    /// The person a sentence-initial title takes over from: "…, se félicite Augustin de
    /// Romanet. Le PDG d'ADP souligne …" makes Augustin de Romanet the PDG, also for a "le
    /// PDG" used before he is named. Only when every such pair names the same person.
    pub(super) fn title_successor(&self, head: &str, fem: Option<bool>) -> Option<usize> {
        let mut found = None;
        // bounded like `title_cosubject`
        for si in 1..self.w.sents.len().min(2_000) {
            let (a, b) = self.w.sents[si];
            let mut h = a + 1;
            while h + 1 < b && is_in(PRE_ADJ, self.w.lw(h)) {
                h += 1;
            }
            if !matches!(self.w.lw(a), "le" | "la" | "l'") || self.w.lw(h) != head {
                continue;
            }
            let (pa, pb) = self.w.sents[si - 1];
            if pa >= pb || pb > self.w.len() {
                continue;
            }
            let (sa, sb) = (self.w.w[pa].s, self.w.w[pb - 1].e);
            let named = self.persons_at(sa, sb, fem, |x| self.salient_at(x));
            found = unanimous(found, &named)?;
        }
        found
    }

    /// The persons compatible with `fem` that have a mention at a byte offset in [lo, hi)
    /// accepted by `keep`.
    pub(super) fn persons_at(
        &self,
        lo: u32,
        hi: u32,
        fem: Option<bool>,
        keep: impl Fn(u32) -> bool,
    ) -> Vec<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, fem))
            .filter(|(_, p)| p.at.iter().any(|&x| x >= lo && x < hi && keep(x)))
            .map(|(i, _)| i)
            .collect()
    }

    /// A person named as the subject of a sentence that also contains the title `norm`
    /// (normalised, without its article) somewhere in the article.
    pub(super) fn title_cosubject(
        &self,
        norm: &str,
        head: &str,
        fem: Option<bool>,
    ) -> Option<usize> {
        let n = norm.split([' ', '\'']).filter(|x| !x.is_empty()).count();
        let mut found = None;
        // bounded: a news article is far shorter; a huge input keeps the pass linear
        for k in 0..self.w.len().min(20_000) {
            if self.w.lw(k) != head {
                continue;
            }
            let Some(end) = (k + 1..(k + 2 * n + 2).min(self.w.len() + 1))
                .find(|&e| self.norm_words(k, e) == norm)
            else {
                continue;
            };
            let si = *self.w.sent_of.get(k)? as usize;
            let (a, b) = *self.w.sents.get(si)?;
            let (sa, sb) = (self.w.w[a].s, self.w.w[b.min(self.w.len()) - 1].e);
            let (ts, te) = (self.w.w[k].s, self.w.w[end - 1].e);
            let subj = self.persons_at(sa, sb, fem, |x| {
                !(ts..te).contains(&x) && self.subject_at(x)
            });
            found = unanimous(found, &subj)?;
        }
        found
    }

    /// The person an epithet of statement `c` designates ("a répondu la jeune femme"), found
    /// as for "il"/"elle" of gender `fem`; None (the state untouched) when that is no person.
    fn person_in_focus(&self, c: &Cand, fem: Option<bool>, st: &mut State) -> Option<Speaker> {
        let cand = Cand {
            spk: SpkRef::Pronoun(fem),
            ..c.clone()
        };
        let mut tried = st.clone();
        let sp = self.resolve(&cand, &mut tried);
        (sp.kind == SpeakerKind::Person).then(|| {
            *st = tried;
            sp
        })
    }

    /// The person whose initials a name of two to four capitals spells ("NKM" for Nathalie
    /// Kosciusko-Morizet, "DSK" for Dominique Strauss-Kahn), when exactly one does.
    fn person_of_initials(&self, text: &str) -> Option<usize> {
        let n = text.chars().count();
        if !(2..=4).contains(&n) || !text.chars().all(|ch| ch.is_ascii_uppercase()) {
            return None;
        }
        let initials = |name: &str| -> String {
            name.split([' ', '-'])
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect()
        };
        self.sole_person(|p| p.name.contains(' ') && initials(&p.name) == text)
    }

    /// The one person of the article that `fits`; None when none or several do.
    fn sole_person(&self, fits: impl Fn(&Person) -> bool) -> Option<usize> {
        let mut found = (0..self.persons.len()).filter(|&i| fits(&self.persons[i]));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// The person whose surname ends the description over words [s, e), after another
    /// capitalized word: "le ministre turc de la Défense Hulusi Akar" when the NER layer
    /// tagged "Défense Hulusi Akar" as one name and "M. Akar" as the person.
    fn surname_ending(&self, s: usize, e: usize) -> Option<usize> {
        if e < s + 3 || !self.w.is_cap(e - 1) || !self.w.is_cap(e - 2) {
            return None;
        }
        // (not a complement: "l'ancien ministre de François Hollande")
        let mut j = e - 2;
        while j > s && self.w.is_cap(j - 1) {
            j -= 1;
        }
        let before = j.checked_sub(1).map_or("", |p| self.w.lw(p));
        if matches!(
            before,
            "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "par"
        ) {
            return None;
        }
        let last = self.w.lw(e - 1);
        self.sole_person(|p| p.surname == last)
    }

    /// Is the description over words [s, e) with head `h` an epithet of a person in focus:
    /// a definite singular article or demonstrative, then a noun for a person's age, sex or
    /// trade ("la jeune femme", "l'adolescent", "cette femme de 58 ans", "le chanteur")?
    fn epithet(&self, s: usize, e: usize, h: &str) -> bool {
        let det = matches!(self.w.lw(s), "le" | "la" | "l'" | "ce" | "cet" | "cette");
        let mut k = s + 1;
        if self.w.lw(k) == "jeune" && k + 1 < e {
            k += 1;
        }
        // at most "de 58 ans" after the head
        let Some(rest) = e.checked_sub(k + 1) else {
            return false;
        };
        let aged = rest == 3 && self.w.lw(k + 1) == "de" && self.w.lw(k + 3) == "ans";
        // (a bare "l'homme" is as often the unnamed suspect of a crime story)
        let bare_sex = matches!(h, "homme" | "femme") && k == s + 1 && !aged;
        det && self.w.lw(k) == h && is_in(EPITHETS, h) && (rest == 0 || aged) && !bare_sex
    }

    /// Bookkeeping after a statement's speaker is known.
    /// Is the statement's speaker a plural pronoun ("ont-ils précisé", "Elles dénoncent")?
    pub(super) fn plural_pronoun_ref(&self, c: &Cand) -> bool {
        let Some(cue) = c.cue else { return false };
        let text = self.w.text.get(cue.range()).unwrap_or("");
        if text
            .split(' ')
            .any(|w| w.ends_with("-ils") || w.ends_with("-elles"))
        {
            return true;
        }
        let Some(v) = self.word_at(cue.start) else {
            return false;
        };
        let k = self.verb_group_start(v, 0);
        k > 0 && matches!(self.w.lw(k - 1), "ils" | "elles")
    }

    /// The most recent plural description in subject position before `pos`, within its
    /// sentence and the two before ("les marins avaient formé un recours"): a determiner
    /// of the plural, then the phrase, then a verb.
    fn plural_subject_before(&self, pos: u32) -> Option<SpkRef> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let sent = *self.w.sent_of.get(k.min(self.w.len().checked_sub(1)?))? as usize;
        let (lo, _) = *self.w.sents.get(sent.saturating_sub(2))?;
        (lo..k).rev().find_map(|d| {
            if !matches!(
                self.w.lw(d),
                "les" | "des" | "ces" | "ses" | "leurs" | "plusieurs" | "certains" | "certaines"
            ) || (d > lo
                && matches!(self.w.lw(d - 1), "de" | "d'" | "à" | "par" | "pour" | "sur"))
            {
                return None;
            }
            let e = self.np_end(d, k);
            let verb = |x: usize| {
                let l = self.w.lw(x);
                is_in(AUX, l) || matches!(l, "ne" | "n'" | "se" | "s'") || self.is_cue(x)
            };
            if e <= d + 1 || !verb(e) {
                return None;
            }
            // (people or bodies, not "des preuves" nor "les moyens attribués à la police";
            // "ces opposants")
            Some(self.analyse_np(d, e)).filter(|r| {
                r.describes_people() || matches!(r, SpkRef::Desc { head, .. } if person_noun(head))
            })
        })
    }

    pub(super) fn finish(&self, c: &Cand, st: &mut State, sp: Speaker) -> Speaker {
        if let Some(head) = self.issued_doc(c, &sp) {
            st.doc_issuers.push((head, sp.clone()));
        }
        // a named organisation reporting as a medium ("révèle Le Monde"), or one named like a
        // title ("selon Le Figaro et Franceinfo", "Le Parisien … explique que"): the first
        // conjunct of a coordination, since "le quotidien" designates one medium
        // a capitalized article inside a sentence marks a title: "selon Le Figaro",
        // "rapporte La Dépêche" (at a sentence start it says nothing: "La SNCF a indiqué")
        let titled = sp.span.is_some_and(|x| {
            const ARTICLES: [&str; 5] = ["Le ", "La ", "L'", "L’", "Les "];
            let before = self.w.text.get(..x.start as usize).unwrap_or("");
            let text = self.w.text.get(x.range()).unwrap_or("");
            let rest = if ARTICLES.iter().any(|a| text.starts_with(a)) {
                before
            } else if let Some(a) = ARTICLES.iter().find(|a| before.ends_with(*a)) {
                &before[..before.len() - a.len()]
            } else {
                return false;
            };
            let prev = rest.trim_end();
            !prev.is_empty() && !prev.ends_with(['.', '!', '?', '"', '»', '\n'])
        });
        if sp.kind == SpeakerKind::Organisation
            && matches!(c.spk, SpkRef::Name { .. })
            && (titled
                || crate::media::names_outlet(&sp.name)
                || matches!(
                    c.lemma.as_deref(),
                    Some("révéler" | "rapporter" | "relater" | "écrire" | "publier" | "préciser")
                ))
        {
            let mut medium = sp.clone();
            if let Some(i) = medium.name.find(" et ") {
                self.cut_name(&mut medium, i);
            }
            st.medium = Some(medium);
        }
        // (an outlet as speaker is a medium whatever its verb: "Le quotidien local a
        // souligné …" then "« … », a-t-elle promis" is about the person, not the paper)
        st.last_media = (matches!(
            c.lemma.as_deref(),
            Some("rapporter" | "relater" | "selon" | "écrire" | "révéler" | "indiquer")
        ) || crate::media::names_outlet(&sp.name))
            && matches!(sp.kind, SpeakerKind::Organisation);
        st.last_pos = Some(c.span.end);
        // what a "selon X" statement reports is narrated: its names stay antecedents
        if !matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
            st.contents.push(c.content);
        }
        st.last_ref = Some(match &c.spk {
            SpkRef::Name { s, .. } | SpkRef::Desc { s, .. } => self.w.w[*s].s,
            _ => c.cue.map_or(c.span.start, |q| q.start),
        });
        sp
    }

    /// Is `sp`, a speaker that is no person, unfit as the antecedent of the pronoun of `c`?
    /// A singular "il"/"elle" is one speaker, not a plural description nor an outlet (which
    /// reports, it does not speak), and words in the first person singular are a person's.
    fn unfit_for_singular_pronoun(&self, c: &Cand, sp: &Speaker) -> bool {
        if sp.kind == SpeakerKind::Person {
            return false;
        }
        let cue = c
            .cue
            .map_or("", |q| self.w.text.get(q.range()).unwrap_or(""));
        // ("a-t-il raconté", or "elle demande" with the pronoun before the verb)
        let before = c.cue.and_then(|q| self.word_at(q.start)).is_some_and(|k| {
            (k.saturating_sub(3)..k).any(|j| matches!(self.w.lw(j), "il" | "elle"))
        });
        let singular = before
            || cue
                .split([' ', '-', '\u{2011}'])
                .any(|t| t == "il" || t == "elle");
        let first_singular = first_person_singular(self.w.text, c.content);
        // ("les enquêteurs", or a bare plural: "de sources concordantes")
        let plural = sp.name.split(' ').next().is_some_and(|w| {
            let w = w.to_lowercase();
            plural_det(&w)
                || sp.kind == SpeakerKind::Anonymous
                    && w.chars().count() > 3
                    && (w.ends_with('s') || w.ends_with('x'))
                    && !w.ends_with("ss")
        });
        // (a named outlet, or one designated by its kind: "le quotidien", "le journal")
        let media_noun = || {
            let lower = sp.name.to_lowercase();
            let mut words = lower.split([' ', '\'']);
            matches!(words.next(), Some("le" | "la" | "l"))
                && words.next().is_some_and(|h| is_in(MEDIA_HEADS, h))
                && words.next().is_none()
        };
        let outlet = crate::media::names_outlet(&sp.name) || media_noun();
        let org = sp.kind == SpeakerKind::Organisation;
        (first_singular && org) || (singular && (plural || outlet))
    }

    /// "a indiqué dans un communiqué la police espagnole", "ont indiqué les préfectures
    /// dans un communiqué": the head of the document a named speaker speaks in, next to the
    /// cue of `c`.
    fn issued_doc(&self, c: &Cand, sp: &Speaker) -> Option<String> {
        let named = sp.span.is_some()
            && matches!(
                sp.kind,
                SpeakerKind::Organisation | SpeakerKind::Person | SpeakerKind::Anonymous
            )
            && !sp
                .name
                .split(' ')
                .any(|w| is_in(DOC_HEADS, &w.to_lowercase()));
        if !named {
            return None;
        }
        let k = self.word_at(c.cue?.start)?;
        let (ss, se) = (self.sentence_start(k), self.sentence_end(k));
        (k.saturating_sub(12).max(ss)..(k + 10).min(se)).find_map(|j| {
            (self.w.lw(j) == "dans"
                && matches!(self.w.lw(j + 1), "un" | "une" | "son" | "sa" | "leur")
                && is_in(DOC_HEADS, self.w.lw(j + 2)))
            .then(|| self.w.lw(j + 2).to_string())
        })
    }

    /// A person named in the narrative since the last speaker was designated (names inside
    /// reported contents and complements are not antecedents), compatible with gender `g`.
    pub(super) fn newer_person(&self, pos: u32, g: Option<bool>, st: &State) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                // the current speaker counts when named again as a subject ("Vincent Peillon
                // en a profité pour écorcher … Manuel Valls. « … », a-t-il lancé")
                let current = st.last.as_ref().is_some_and(|(sp, _)| sp.name == p.name);
                // (only the mentions between the last speaker reference and `pos`, and the
                // recent contents: bounded work per pronoun)
                let from =
                    p.at.partition_point(|&a| st.last_ref.is_some_and(|lp| a <= lp));
                let to = p.at.partition_point(|&a| a < pos).max(from);
                p.at[from.max(to.saturating_sub(50))..to]
                    .iter()
                    .filter(|&&a| {
                        (!current || self.subject_at(a))
                            // (not a complement in the sentence that designated the current
                            // speaker: "a poursuivi le candidat, qui est le 1er adjoint du
                            // maire de Strasbourg Roland Ries")
                            && (self.announced_at(a)
                                || !st
                                    .last
                                    .as_ref()
                                    .is_some_and(|(sp, _)| sp.kind == SpeakerKind::Person)
                                || st.last_ref.is_none_or(|lr| !self.same_sentence(a, lr)))
                            && !st
                                .contents
                                .iter()
                                .rev()
                                .take(20)
                                .any(|c| c.start <= a && a < c.end)
                            && self.salient_at(a)
                            && !self.apposed_at(a)
                    })
                    .max_by_key(|&&a| (self.subject_at(a), a))
                    .map(|&a| (i, a))
            })
            // the subject of a clause before a later complement ("Laurent Wauquiez a été élu
            // … loin devant Maël de Calan. « … », a-t-il affirmé"): a subject pronoun
            // continues the preceding subject (centering: subject > object)
            .max_by_key(|&(_, a)| (self.subject_at(a), a))
            .map(|(i, _)| i)
    }

    /// Is person `p`'s last mention before `pos` a complement in a sentence whose subject is
    /// a definite description of a person ("Le responsable syndical s'est plaint de ne pas
    /// avoir été reçu, alors que … Laurent Escure, oui. « … », a-t-il déploré")? A subject
    /// pronoun then continues that subject, not the complement.
    fn complement_of_described_subject(&self, p: usize, pos: u32) -> bool {
        let Some(&at) = recent_mentions(&self.persons[p], pos).last() else {
            return false;
        };
        let Some(i) = self.word_at(at) else {
            return false;
        };
        // (after a heading's closing dash: "- Qu'a dit Donald Trump? -Le président a refusé")
        let ss = self.first_word_from(self.sentence_start(i), i);
        let mut h = ss + 1;
        while h < i && is_in(PRE_ADJ, self.w.lw(h)) {
            h += 1;
        }
        let described = matches!(self.w.lw(ss), "le" | "la" | "l'")
            && h + 1 < i
            && (is_in(TITLES, self.w.lw(h)) || is_in(ANON_HEADS, self.w.lw(h)))
            && !self.w.is_cap(h);
        // (the description's own verb comes before the name: not "Le directeur pour l'Asie,
        // Phil Robertson, a déclaré")
        let verb_before = (h + 1..i).any(|k| {
            let l = self.w.lw(k);
            is_in(AUX, l) || self.lex.lookup(l).is_some()
        });
        described && verb_before
    }

    /// The person the article names as a lawyer ("Me Lucie Simon", "l'avocat X") nearest to
    /// `span`, within 1,500 bytes, of gender `fem`.
    fn named_lawyer(&self, span: Span, fem: Option<bool>) -> Option<usize> {
        // ("son défenseur Eric Dupond-Moretti"; not "l'avocat général Serge Roques", who
        // prosecutes)
        let lawyer = |p: &Person| {
            p.roles.iter().any(|r| {
                matches!(
                    role_head(r),
                    "avocat" | "avocate" | "défenseur" | "défenseure"
                ) && !r.contains(" général")
            }) || p.at.iter().any(|&a| {
                self.word_at(a)
                    .is_some_and(|k| k > 0 && self.w.tx(k - 1) == "Me")
            })
        };
        let distance = |a: u32| a.abs_diff(span.start).min(a.abs_diff(span.end));
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, fem) && lawyer(p))
            .filter_map(|(i, p)| p.at.iter().map(|&a| distance(a)).min().map(|d| (i, d)))
            .filter(|&(_, d)| d < 1500)
            .min_by_key(|&(_, d)| d)
            .map(|(i, _)| i)
    }

    /// Does the description over words [s, e) name someone in its complement ("l'avocat de
    /// Tariq Ramadan")? Its lawyer is then that person's, not any lawyer of the story.
    fn complemented_by_name(&self, s: usize, e: usize) -> bool {
        (s + 1..e).any(|k| self.w.is_cap(k))
    }

    /// The indefinite description that introduced a thing of head `head` ("un rapport
    /// accablant") within 3,000 bytes before word `before`, as an anonymous speaker.
    fn introduced_as(&self, head: &str, before: usize) -> Option<Speaker> {
        let limit = self.w.w[before].s.saturating_sub(3000);
        let k = (1..before)
            .rev()
            .take_while(|&k| self.w.w[k].s >= limit)
            .find(|&k| self.w.lw(k) == head && matches!(self.w.lw(k - 1), "un" | "une"))?;
        let e = self.np_end(k - 1, self.sentence_end(k));
        let span = self.w.span(k - 1, e.max(k + 1));
        Some(anonymous(self.w.text[span.range()].to_string(), span))
    }

    /// The person named in their sentence before quoted words `c` with no cue ('son PDG
    /// Patrick Pouyanné, qui veut "juste être …"').
    pub(super) fn cueless_words_speaker(&self, c: &Cand) -> Option<usize> {
        let cueless =
            matches!(c.spk, SpkRef::Current) && c.kind == QuoteKind::Mixed && c.cue.is_none();
        cueless
            .then(|| self.sentence_person_before(self.first_mark(c.content)))
            .flatten()
    }

    /// The first word at or after `from`, before `limit` (`limit` when none): a sentence's
    /// first word past a heading's dash or bullet.
    fn first_word_from(&self, from: usize, limit: usize) -> usize {
        (from..limit).find(|&k| self.w.is_word(k)).unwrap_or(limit)
    }

    /// Is the description at word `s` with head `h` a demonstrative of one person ("ce
    /// proche de l'ancien chef de l'État", "ce père de cinq enfants"), who was named before?
    fn demonstrative_person(&self, s: usize, h: &str) -> bool {
        matches!(self.w.lw(s), "ce" | "cet" | "cette")
            && !h.ends_with('s')
            && h != "source"
            && (is_in(ANON_HEADS, h) || is_in(KIN, h) || is_in(TITLES, h))
            && !is_org_head(h)
    }

    /// Is the definite description over words [s, e) someone's former role ("l'ex-ténor des
    /// barreaux", "l'ancien rapporteur")? It designates a person the story is about.
    fn former(&self, s: usize, e: usize) -> bool {
        matches!(self.w.lw(s), "l'" | "le" | "la")
            && s + 1 < e
            && (self.w.lw(s + 1).starts_with("ex-")
                || matches!(self.w.lw(s + 1), "ancien" | "ancienne"))
    }

    /// Where the first quotation mark inside `span` stands (its start when none).
    fn first_mark(&self, span: Span) -> u32 {
        let k = self.w.w.partition_point(|w| w.s < span.start);
        (k..self.w.len())
            .take_while(|&j| self.w.w[j].s < span.end)
            .find(|&j| matches!(self.w.kind(j), Some(Kind::Mark(_))))
            .map_or(span.start, |j| self.w.w[j].s)
    }

    /// The person named last, salient, in the sentence of byte `pos` before it.
    fn sentence_person_before(&self, pos: u32) -> Option<usize> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let from = self
            .w
            .w
            .get(self.sentence_start(k.min(self.w.len().saturating_sub(1))))?
            .s;
        self.latest_person_where(pos, None, |a| a >= from && self.salient_at(a))
    }

    /// Is person `p` mentioned inside `content`?
    pub(super) fn named_in(&self, p: usize, content: Span) -> bool {
        let at = &self.persons[p].at;
        let i = at.partition_point(|&a| a < content.start);
        at.get(i).is_some_and(|&a| a < content.end)
    }

    /// The named person whose title opens a sentence (`title_subject_before`) between
    /// `since` and `pos`.
    pub(super) fn titled_subject_since(
        &self,
        pos: u32,
        since: u32,
        g: Option<bool>,
        st: &State,
    ) -> Option<usize> {
        let sp = self.title_subject_before(pos, g)?;
        let span = sp
            .span
            .filter(|x| x.start > since && sp.kind == SpeakerKind::Person)?;
        let a = self.word_at(span.start)?;
        let mut h = a + 1;
        while is_in(PRE_ADJ, self.w.lw(h)) {
            h += 1;
        }
        // (a role the article gave the person before: not "le directeur général de la Santé
        // Jérôme Salomon", named later, for "Le ministre de la Santé")
        // (and a role written out: role_match also falls back on the last subject)
        let head = self.w.lw(h);
        self.role_match(&sp.name, head, span.start, span.end, g, st)
            .filter(|&p| {
                let person = &self.persons[p];
                person.at.first().is_some_and(|&a| a < span.start)
                    && person.roles.iter().any(|r| r.split(' ').any(|w| w == head))
            })
    }

    /// The indefinite description of a person opening the sentence that ends right before
    /// `pos` ("Un membre permanent des Républicains va un peu plus loin."), when that sentence
    /// has no quotation of its own.
    pub(super) fn indefinite_subject_before(&self, pos: u32) -> Option<SpkRef> {
        self.indefinite_subject_within(pos, 1)
    }

    /// `indefinite_subject_before` over the `back` sentences before `pos`, the nearest
    /// first ("Un pharmacien parisien n'en revient pas. Les boîtes … « … », déplore-t-il").
    fn indefinite_subject_within(&self, pos: u32, back: usize) -> Option<SpkRef> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let prev = k
            .checked_sub(1)
            .filter(|&p| self.w.is_punct(p, '.') || self.w.is_punct(p, ':'))?;
        let last = *self.w.sent_of.get(prev)? as usize;
        for si in (last.saturating_sub(back - 1)..=last).rev() {
            let (a, b) = *self.w.sents.get(si)?;
            if (a..b.min(k)).any(|j| matches!(self.w.kind(j), Some(Kind::Mark(_)))) {
                return None;
            }
            if !matches!(self.w.lw(a), "un" | "une") {
                continue;
            }
            let spk = self.analyse_np(a, self.np_end(a, b.min(k)));
            // (further back, any noun of a person: "Un pharmacien parisien")
            let human = matches!(&spk, SpkRef::Desc { head, indefinite: true, .. }
                if is_in(ANON_HEADS, head)
                    || is_in(TITLES, head)
                    || back > 1 && self.person_noun(head));
            return human.then_some(spk);
        }
        None
    }

    /// The last person introduced by an indefinite description in the narration of the two
    /// sentences before `pos`, of gender `g` ("… perturbée par une manifestante, qui l'aurait
    /// invectivé. « … », aurait-elle crié").
    fn indefinite_person_before(&self, pos: u32, g: Option<bool>) -> Option<SpkRef> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let si = *self.w.sent_of.get(k.checked_sub(1)?)? as usize;
        let (from, _) = *self.w.sents.get(si.saturating_sub(1))?;
        (from..k).rev().find_map(|j| {
            let det = self.w.lw(j);
            if !matches!(det, "un" | "une") || self.inside_quote(j) {
                return None;
            }
            let r = self.analyse_np(j, self.np_end(j, k));
            let person = matches!(&r, SpkRef::Desc { head, indefinite: true, .. }
                if (is_in(ANON_HEADS, head) || is_in(TITLES, head) || self.person_noun(head))
                    && !is_org_head(head)
                    && !head.ends_with('s')
                    && compatible(desc_gender(det, head), g));
            person.then_some(r)
        })
    }

    /// A noun of a person by its ending, long enough not to be a thing ("pharmacien",
    /// "Parisienne"; not "liste"), and no organisation.
    pub(super) fn person_noun(&self, head: &str) -> bool {
        self.source_head_ext(head, false) && head.chars().count() >= 7 && !is_org_head(head)
    }

    /// "Pour Gilles Le Gendre, …, la manifestation "devrait être interdite", a-t-il
    /// expliqué": the person a statement resolved by a pronoun opens on, of gender `g`.
    pub(super) fn opening_source(&self, c: &Cand, g: Option<bool>) -> Option<usize> {
        let k = self
            .word_at(c.content.start)
            .filter(|&k| matches!(self.w.lw(k), "pour" | "selon") && self.w.is_cap(k + 1))?;
        self.person_at(self.w.w.get(k + 1)?.s)
            .filter(|&p| compatible(self.persons[p].fem, g))
    }

    /// The last sentence-initial definite title before `pos` ("Le premier ministre a pris la
    /// parole"), as an unnamed person speaker.
    pub(super) fn title_subject_before(&self, pos: u32, g: Option<bool>) -> Option<Speaker> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let cur = *self.w.sent_of.get(k.min(self.w.len().saturating_sub(1)))? as usize;
        for si in (cur.saturating_sub(3)..=cur).rev() {
            let (a, b) = *self.w.sents.get(si)?;
            // (after a heading's closing dash: "-Le président a refusé")
            let a = self.first_word_from(a, b.saturating_sub(1));
            if !matches!(self.w.lw(a), "le" | "la" | "l'") || self.w.w[a].s >= pos {
                continue;
            }
            let mut h = a + 1;
            while h + 1 < b && is_in(PRE_ADJ, self.w.lw(h)) {
                h += 1;
            }
            // (or an unnamed person: "Le mari était devant son ordinateur. « … », raconte-t-il")
            let l = self.w.lw(h);
            let title = is_in(TITLES, l);
            let unnamed =
                !l.ends_with('s') && (is_in(KIN, l) || is_in(UNNAMED, l) || is_in(ANON_HEADS, l));
            // ("Le parquet estime …": an institution)
            let org = !l.ends_with('s') && is_org_head(l);
            if !(title || unnamed || org) || !compatible(desc_gender(self.w.lw(a), l), g) {
                continue;
            }
            let e = self.np_end(a, b);
            // (an institution only as the subject of a speech verb or an auxiliary: "Le
            // parquet estime", not "L'école fait les gros titres")
            let spoke = self.is_cue(e) || is_in(AUX, self.w.lw(e));
            if org && !(title || unnamed) && !(e <= a + 4 && spoke) {
                continue;
            }
            let span = self.w.span(a, e);
            return Some(Speaker {
                name: self.w.text[span.range()].to_string(),
                kind: if title {
                    SpeakerKind::Person
                } else if org && !unnamed {
                    SpeakerKind::Organisation
                } else {
                    SpeakerKind::Anonymous
                },
                span: Some(span),
                entity: None,
            });
        }
        None
    }

    pub(super) fn person_speaker(&self, p: usize, st: &mut State) -> Speaker {
        let person = &self.persons[p];
        let sp = Speaker {
            name: person.name.clone(),
            kind: SpeakerKind::Person,
            span: Some(person.span),
            entity: person.entity,
        };
        st.set(sp.clone(), person.fem);
        sp
    }

    /// The person mentioned last before `pos` (and where).
    pub(super) fn nearest_person_at(&self, pos: u32, g: Option<bool>) -> Option<(usize, u32)> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                recent_mentions(p, pos)
                    .iter()
                    .max_by_key(|&&a| (self.salient_at(a), a))
                    .map(|&a| (i, a))
            })
            // subjects before complements ("Audrey Pulvar à Paris avec Anne Hidalgo")
            .max_by_key(|&(_, a)| (self.salient_at(a), a))
    }

    /// The person whose last mention as a subject (not of a "que" clause) is the latest one
    /// within `window` bytes before `pos`.
    pub(super) fn last_subject_person(
        &self,
        pos: u32,
        g: Option<bool>,
        window: u32,
    ) -> Option<usize> {
        self.latest_person_where(pos, g, |a| {
            a + window >= pos && self.subject_at(a) && !self.after_que(a)
        })
    }

    /// The person compatible with `g` whose latest mention before `pos` accepted by `keep` is
    /// the latest of all (the last 50 mentions of each: bounded work per call).
    pub(super) fn latest_person_where(
        &self,
        pos: u32,
        g: Option<bool>,
        keep: impl Fn(u32) -> bool,
    ) -> Option<usize> {
        self.latest_person_among(pos, g, |_| true, keep)
    }

    /// `latest_person_where` over the persons `person_ok` accepts.
    pub(super) fn latest_person_among(
        &self,
        pos: u32,
        g: Option<bool>,
        person_ok: impl Fn(usize) -> bool,
        keep: impl Fn(u32) -> bool,
    ) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|&(i, p)| compatible(p.fem, g) && person_ok(i))
            .filter_map(|(i, p)| {
                recent_mentions(p, pos)
                    .iter()
                    .rev()
                    .find(|&&a| keep(a))
                    .map(|&a| (i, a))
            })
            .max_by_key(|&(_, a)| a)
            .map(|(i, _)| i)
    }

    /// A name the NER layer did not read as a person but that starts with a known first name
    /// and stands alone in the clause ("la figure historique du concours, Geneviève de
    /// Fontenay s'est insurgée"); not "le lycée Jean Jaurès", "à Sainte-Marie".
    pub(super) fn first_name_led(&self, s: usize, e: usize) -> bool {
        e >= s + 2
            && common_first_name(self.w.lw(s))
            && self.w.is_cap(e - 1)
            && (s == 0
                || self.w.is_punct(s - 1, ',')
                || self.w.is_punct(s - 1, '.')
                || self.sentence_start(s) == s)
    }

    /// The person a description ending at `after` announces: in apposition ("l'auteur
    /// principal de l'étude, le chercheur Aymeric Silvin"), named right after ("a lâché le
    /// candidat. Joe Biden …"), or, when nobody is named before it (the article opens with
    /// "cet ancien professeur … a annoncé": a demonstrative points to someone the lede
    /// named), the first person named as a subject.
    pub(super) fn role_cataphora(
        &self,
        head: &str,
        pos: u32,
        after: u32,
        fem: Option<bool>,
        demonstrative: bool,
    ) -> Option<usize> {
        if let Some(k) = self.word_at(after).filter(|&k| self.w.is_punct(k, ',')) {
            let mut j = k + 1;
            while j < k + 8 && self.w.is_word(j) && !self.w.is_cap(j) {
                j += 1;
            }
            if self.w.is_cap(j) {
                let b = self.w.w[j].s;
                let p = self.person_at(b);
                if p.is_some_and(|p| compatible(self.persons[p].fem, fem)) {
                    return p;
                }
            }
        }
        // (a title in the article's first sentences, before anyone is named: OrangeSum drops
        // the lede that named the person, who is named as a speaker further on)
        let opening = pos < OPENING && is_in(TITLES, head) && !head.ends_with('s');
        // (someone of the other gender named before does not count: "Après le départ de
        // Florian Philippot, la présidente du Front national a envoyé …")
        if (demonstrative || opening) && !self.person_before(pos, fem) {
            return self.next_person_within(after, fem, 1500);
        }
        self.next_person_within(after, fem, 400)
    }

    /// The organisation in the complement of a document noun over words [s, e): "le
    /// communiqué de la préfecture" → the organisation named before as "La préfecture de
    /// l'Aude", else "la préfecture".
    pub(super) fn issuer_in_complement(&self, s: usize, e: usize) -> Option<Speaker> {
        let d = (s + 1..e).find(|&k| matches!(self.w.lw(k), "de" | "du" | "des" | "d'"))?;
        let mut h = d + 1;
        if matches!(self.w.lw(h), "la" | "l'" | "le" | "les") {
            h += 1;
        }
        if h >= e || !is_org_head(self.w.lw(h)) || is_in(MEDIA_HEADS, self.w.lw(h)) {
            return None;
        }
        // "un communiqué de presse": a kind of document, not who issued it
        if self.w.lw(d) == "de" && h == d + 1 && !self.w.is_cap(h) {
            return None;
        }
        let at = self.w.w[s].s;
        if let Some(named) = self.org_mention_before(at, Some(self.w.lw(h))) {
            return Some(named);
        }
        let article = match self.w.lw(d) {
            "du" => "le ",
            "des" => "les ",
            _ => "",
        };
        let from = if article.is_empty() { d + 1 } else { h };
        let mut sp = self.org_speaker(from, e, None)?;
        sp.name.insert_str(0, article);
        Some(sp)
    }

    /// The outlet or organisation a document was issued by, named after its participle:
    /// "un reportage diffusé sur France Info", "une étude publiée par l'Insee" (the
    /// description ends at word `e`, before the preposition).
    pub(super) fn issuer_after(&self, e: usize) -> Option<Speaker> {
        let participle = e > 0
            && matches!(
                self.w.lw(e - 1).trim_end_matches(['e', 's']),
                "diffusé" | "publié" | "réalisé" | "commandé" | "mené" | "paru" | "dévoilé"
            );
        if !participle || !matches!(self.w.lw(e), "sur" | "par" | "dans" | "pour") {
            return None;
        }
        let mut j = e + 1;
        if matches!(self.w.lw(j), "la" | "l'" | "le" | "les") {
            j += 1;
        }
        let (s, end) = self.name_run(j, (j + 6).min(self.w.len()))?;
        if s != j || self.person_at(self.w.w[s].s).is_some() {
            return None;
        }
        self.outlet_speaker(s, end)
            .or_else(|| self.org_speaker(s, end, None))
    }

    /// "l'homme d'affaires", "la femme politique", "l'homme fort du régime" over words [s, e):
    /// a person's trade, which designates someone named.
    pub(super) fn profession(&self, s: usize, e: usize) -> bool {
        (s..e.min(s + 3)).any(|k| {
            matches!(self.w.lw(k), "homme" | "femme")
                && matches!(
                    self.w.lw(k + 1),
                    "d'affaires" | "politique" | "fort" | "forte" | "d'état" | "d'etat"
                )
                || matches!(self.w.lw(k), "homme" | "femme")
                    && self.w.lw(k + 1) == "d'"
                    && matches!(self.w.lw(k + 2), "affaires" | "état" | "etat")
        })
    }

    /// The name given earlier right after the same head noun: "la compagnie" → "Qatar
    /// Airways" of "la compagnie aérienne Qatar Airways", "le constructeur" → "Ford" of "le
    /// constructeur américain Ford" (whatever the NER layer made of the name).
    pub(super) fn named_after_head(&self, head: &str, before: usize) -> Option<Speaker> {
        let from = before.saturating_sub(3_000);
        (from..before).rev().find_map(|k| {
            if self.w.lw(k) != head || self.inside_quote(k) {
                return None;
            }
            // (at most two adjectives between: "aérienne", "américain")
            let mut j = k + 1;
            while j < k + 3
                && self.w.is_word(j)
                && !self.w.is_cap(j)
                && !is_det(self.w.lw(j))
                && !is_in(PREPS, self.w.lw(j))
            {
                j += 1;
            }
            if !self.w.is_cap(j) || self.inside_quote(j) {
                return None;
            }
            let (s, e) = self.name_run(j, (j + 6).min(self.w.len()))?;
            if s != j || self.person_at(self.w.w[s].s).is_some() {
                return None;
            }
            self.org_speaker(s, e, None)
        })
    }

    /// The name closing an organisation description, apposed to its head ("la plateforme de
    /// prise de rendez-vous médicaux Doctolib"), not a complement ("le site du Monde").
    pub(super) fn trailing_name(&self, s: usize, e: usize) -> Option<Speaker> {
        let mut j = e;
        while j > s + 1 && self.w.is_cap(j - 1) {
            j -= 1;
        }
        let before = self.w.lw(j - 1);
        if j == e || !self.w.is_word(j - 1) || is_in(PREPS, before) || is_det(before) {
            return None;
        }
        if self.person_at(self.w.w[j].s).is_some() {
            return None;
        }
        self.org_speaker(j, e, None)
    }

    /// Are the words at bytes `a` and `b` in one sentence?
    pub(super) fn same_sentence(&self, a: u32, b: u32) -> bool {
        match (self.word_at(a), self.word_at(b)) {
            (Some(i), Some(j)) => self.w.sent_of.get(i) == self.w.sent_of.get(j),
            _ => false,
        }
    }

    /// Is an organisation named before `pos`, outside quotations?
    pub(super) fn org_before(&self, pos: u32) -> bool {
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..end].iter().any(|m| {
            m.label == EntityType::ORG
                && !self
                    .word_at(m.span.start)
                    .is_some_and(|k| self.inside_quote(k))
        })
    }

    /// Is the statement's subject a plural pronoun ("ils ont dénoncé", "ont-elles ajouté")?
    pub(super) fn plural_subject(&self, c: &Cand) -> bool {
        let Some(i) = c.cue.and_then(|q| self.word_at(q.start)) else {
            return false;
        };
        let mut k = i.checked_sub(1);
        // (past clitics: "ils l'ont dit", "elles n'ont pas")
        while let Some(p) = k {
            if matches!(
                self.w.lw(p),
                "l'" | "le" | "la" | "les" | "n'" | "ne" | "y" | "en" | "se" | "s'"
            ) && p > 0
            {
                k = Some(p - 1);
            } else {
                break;
            }
        }
        k.is_some_and(|p| matches!(self.w.lw(p), "ils" | "elles"))
            || (i..(i + 3).min(self.w.len()))
                .any(|j| self.w.lw(j).ends_with("-ils") || self.w.lw(j).ends_with("-elles"))
    }

    /// Is a person mentioned after byte `lo` and before byte `hi`?
    pub(super) fn person_named_between(&self, lo: u32, hi: u32) -> bool {
        let i = self.person_index.partition_point(|&(a, _)| a <= lo);
        self.person_index.get(i).is_some_and(|&(a, _)| a < hi)
    }

    /// The person with a mention starting at byte `b`.
    pub(super) fn person_at(&self, b: u32) -> Option<usize> {
        let i = self.person_index.partition_point(|&(a, _)| a < b);
        self.person_index
            .get(i)
            .filter(|&&(a, _)| a == b)
            .map(|&(_, p)| p)
    }

    /// Is a person named before `pos`?
    /// Is a person compatible with `g` named before `pos`?
    pub(super) fn person_before(&self, pos: u32, g: Option<bool>) -> bool {
        self.persons
            .iter()
            .any(|p| compatible(p.fem, g) && p.at.first().is_some_and(|&a| a < pos))
    }

    pub(super) fn nearest_person(&self, pos: u32, g: Option<bool>) -> Option<usize> {
        self.nearest_person_at(pos, g).map(|(i, _)| i)
    }

    /// The first person mentioned shortly after `pos` (cataphora: "a lâché le candidat. Joe Biden …").
    pub(super) fn next_person(&self, pos: u32, g: Option<bool>) -> Option<usize> {
        self.next_person_within(pos, g, 1500)
    }

    /// The first person announced as a subject within `limit` bytes after `pos`.
    pub(super) fn next_person_within(
        &self,
        pos: u32,
        g: Option<bool>,
        limit: u32,
    ) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                // only a subject is the one a pronoun announces, not "les propos tenus par
                // Donald Trump" or "celle du nazi Klaus Barbie"
                p.at.iter()
                    .filter(|&&a| {
                        a > pos
                            && a < pos.saturating_add(limit)
                            && self.announced_at(a)
                            && !self.after_que(a)
                    })
                    .min()
                    .map(|&a| (i, a))
            })
            // full names first ("Joe Biden" rather than "Jill")
            .min_by_key(|&(i, a)| (!self.persons[i].name.contains(' '), a))
            .map(|(i, _)| i)
    }

    /// A definite role ("la présidente", "le directeur adjoint de l'Institut …") → person.
    pub(super) fn role_match(
        &self,
        text: &str,
        head: &str,
        pos: u32,
        after: u32,
        fem: Option<bool>,
        st: &State,
    ) -> Option<usize> {
        // ("crie la mère" after "la ville de Baker", tagged as a person: kin designates a
        // person of its sex, not a name whose sex is unknown)
        self.role_holder(text, head, pos, after, fem, st)
            .filter(|&i| !is_in(KIN, head) || fem.is_none() || self.persons[i].fem.is_some())
    }

    /// `office_holder` of the description over words [s, e), its article left out.
    pub(super) fn office_holder_at(&self, s: usize, e: usize) -> Option<usize> {
        names_office(self.w.lw(s + 1))
            .then(|| self.office_holder(&self.norm_words(s + 1, e)))
            .flatten()
    }

    /// The one person of the article who held the office `norm` names (`OFFICES`: "chef de
    /// l'état", "premier ministre") in the years the corpus covers, when the article gave
    /// nobody that role.
    pub(super) fn office_holder(&self, norm: &str) -> Option<usize> {
        if !names_office(norm.split([' ', '\'']).next().unwrap_or("")) {
            return None;
        }
        // ("l'Etat", "Etats-Unis" without their accent)
        let norm = norm.replace("etat", "état");
        // ("le président" alone: any of the presidents, when the article names one only)
        let holders: Vec<(&str, &str)> = if norm == "président" {
            OFFICES
                .iter()
                .filter(|(forms, _)| forms.iter().any(|f| f.starts_with("président ")))
                .flat_map(|(_, h)| h.iter().copied())
                .collect()
        } else {
            OFFICES
                .iter()
                .find(|(forms, _)| forms.contains(&norm.as_str()))?
                .1
                .to_vec()
        };
        // (the full name, or the surname alone: "Brigitte Macron" held no office)
        let holds = |p: &Person| {
            let name = p.name.to_lowercase();
            let surname = p.surname.to_lowercase();
            holders.iter().any(|&(first, last)| {
                surname.ends_with(last)
                    && (name == surname || name.starts_with(first) && name.ends_with(last))
            })
        };
        let mut found = self.persons.iter().enumerate().filter(|(_, p)| holds(p));
        let first = found.next()?;
        found.next().is_none().then_some(first.0)
    }

    /// `role_match` before its check of kin nouns.
    fn role_holder(
        &self,
        text: &str,
        head: &str,
        pos: u32,
        after: u32,
        fem: Option<bool>,
        st: &State,
    ) -> Option<usize> {
        let norm: String = {
            let l = text.to_lowercase().replace('’', "'");
            let l = l
                .strip_prefix("le ")
                .or_else(|| l.strip_prefix("la "))
                .or_else(|| l.strip_prefix("l'"))
                .unwrap_or(&l)
                .to_string();
            l
        };
        // "la présidente d'un des bureaux": a function of one body among several names
        // nobody in particular
        let after_head = norm.split_once(head).map_or("", |(_, r)| r);
        if [" d'un ", " d'une ", " de l'un ", " de l'une "]
            .iter()
            .any(|p| after_head.starts_with(p))
        {
            return None;
        }
        let demonstrative = ["ce ", "cet ", "cette "]
            .iter()
            .any(|d| text.to_lowercase().starts_with(d));
        let mut best: Option<(usize, u8)> = None;
        for (i, p) in self.persons.iter().enumerate() {
            if !compatible(p.fem, fem) {
                continue;
            }
            // the same head with a different complement is another function ("le président
            // de la région" is not "président du groupe LR"); a shared complement word is a
            // clue ("des Alpes-Maritimes")
            // (ordinals count: "la maire du 7e arrondissement" is not the one of the 9e)
            let words = |t: &str| -> Vec<String> {
                t.split([' ', '\''])
                    .skip(1)
                    .filter(|w| w.chars().count() >= 5 || w.chars().any(|c| c.is_ascii_digit()))
                    .map(str::to_string)
                    .collect()
            };
            let mine = words(&norm);
            let clash = |r: &str| {
                let theirs = words(r);
                !mine.is_empty() && !theirs.is_empty() && !theirs.iter().any(|w| mine.contains(w))
            };
            let score = if p.roles.contains(&norm) {
                3
            } else if p
                .roles
                .iter()
                .any(|r| r.split(' ').next() == Some(head) && !clash(r))
            {
                2
            } else if is_in(TITLES, head)
                && p.roles
                    .iter()
                    .any(|r| words(r).iter().any(|w| mine.contains(w)))
            {
                1
            } else {
                0
            };
            // (the holder of the same title named just before comes first, whatever the
            // complement: "…, soulève Marie Claire Carrère-Gee, élue LR du XIVe
            // arrondissement. Pour l'élue, …" after "l'élue Alice Coffin")
            let just_named = score >= 2
                && recent_mentions(p, pos)
                    .last()
                    .is_some_and(|&a| pos.saturating_sub(a) < 150);
            let score = score + if just_named { 2 } else { 0 };
            if score > 0
                && best.is_none_or(|(_, s)| score > s || (score == s && p.span.start < pos))
            {
                best = Some((i, score));
            }
        }
        if let Some((i, _)) = best {
            return Some(i);
        }
        if let Some(i) = self.office_holder(&norm) {
            return Some(i);
        }
        if is_in(TITLES, head) {
            if let Some(i) = self.title_successor(head, fem) {
                return Some(i);
            }
        }
        // "le juge estime que …" in an article about the defendant: the functions of a case
        // (judge, doctor, expert) name nobody the article did not give that role
        if is_in(CASE_ROLES, head) {
            return None;
        }
        // ("l'homme d'affaires", "la femme politique", "l'homme fort du régime": a profession)
        let profession = matches!(head, "homme" | "femme") && {
            let words: Vec<&str> = norm.split(' ').collect();
            let k = words.iter().position(|w| *w == head).unwrap_or(0);
            matches!(
                (words.get(k + 1).copied(), words.get(k + 2).copied()),
                (
                    Some("d'affaires" | "politique" | "fort" | "forte" | "d'état" | "d'etat"),
                    _
                ) | (Some("de"), Some("loi"))
            )
        };
        // (a trade names the person the narrative is about: the last subject or the current
        // speaker, not whoever was named nearest)
        if profession {
            let current = self.current_person(st, fem, false);
            return self.last_subject_person(pos, fem, 1000).or(current);
        }
        // "a ajouté l'octogénaire": a person described by age goes on with the named person
        // speaking
        // ("l'homme" may be the unnamed suspect the prosecutor speaks of: ages only)
        let plain = head.ends_with("génaire") || head.ends_with("trentenaire");
        // ("Drini Gjoka, joueur de 19 ans, a raconté … « … », a écrit le jeune homme": a
        // person described by age or youth right after that person spoke)
        let young = matches!(head, "jeune" | "homme" | "femme")
            && (norm.starts_with("jeune ") || norm.contains(" ans"));
        let aged = norm.contains(" ans") && is_in(UNNAMED, head);
        let recent = st.last_pos.is_some_and(|p| pos.saturating_sub(p) < 400);
        if (young || aged) && recent {
            if let Some(p) = self.current_person(st, fem, true) {
                return Some(p);
            }
        }
        if plain && !text.contains(" de") {
            if let Some(p) = self.current_person(st, fem, true) {
                return Some(p);
            }
        }
        // a description that is no title ("le suspect", "le coupable", "la sœur de la victime")
        // designates nobody named nearby
        if (is_in(UNNAMED, head) && !profession)
            || (is_in(KIN, head)
                // ("le père de famille" is a man of the story, not someone's father)
                && !text.ends_with(" de famille")
                && [" de ", " du ", " des ", " d'"]
                    .iter()
                    .any(|p| text.contains(p)))
            || !self.source_head(head)
            || (is_org_head(head) && !is_in(TITLES, head))
        {
            return None;
        }
        // "la présidente du tribunal correctionnel": a title with its own complement names a
        // function; without a person recorded in that role it stays a description
        // ("le député du Gard": a complement of one short word is one too)
        let complemented = [" de ", " du ", " des ", " d'"].iter().any(|p| {
            after_head.strip_prefix(p).is_some_and(|rest| {
                let rest = ["la ", "l'", "les "]
                    .iter()
                    .find_map(|a| rest.strip_prefix(a))
                    .unwrap_or(rest);
                rest.chars().take_while(|c| c.is_alphabetic()).count() >= 3
            })
        });
        // "le président de l'Assemblée nationale estime …" before "Richard Ferrand estime
        // que …, détaille le président de l'Assemblée nationale": the same function title in a
        // reporting sentence whose subject is a named person designates that person
        if complemented {
            if let Some(i) = self.title_cosubject(&norm, head, fem) {
                return Some(i);
            }
        }
        // "le ministre de la Santé", "l'homme d'affaires": the person named as a subject since
        // the current speaker was designated comes before the current speaker
        {
            if let Some((i, a)) = self.nearest_person_at(pos, fem) {
                // (a subject, not "avec … sa tante Marine Le Pen")
                if self.subject_at(a) && st.last_ref.is_none_or(|lr| a > lr) {
                    return Some(i);
                }
            }
        }
        let former = text.contains("ancien") || text.contains("ex-");
        // the current speaker if a compatible person (not one holding another title: "le
        // Premier ministre" after "le président Emmanuel Macron")
        if let Some((sp, f)) = &st.last {
            if sp.kind == SpeakerKind::Person && compatible(*f, fem) {
                if let Some(i) = self.persons.iter().position(|p| p.name == sp.name) {
                    if former || !self.role_conflict(i, head) {
                        return Some(i);
                    }
                }
            }
        }
        if complemented {
            // only a person named as a subject, not "secouru par Mamoudou Gassama"
            return self
                .nearest_person_at(pos, fem)
                .filter(|&(_, a)| self.salient_at(a))
                .map(|(i, _)| i)
                .or_else(|| {
                    let i = self.role_cataphora(head, pos, after, fem, demonstrative)?;
                    let first = self.persons[i]
                        .at
                        .iter()
                        .copied()
                        .filter(|&a| a > after)
                        .min()?;
                    self.salient_at(first).then_some(i)
                });
        }
        // (the person named last, not as the subject of a "que" clause: "Emmanuel Macron a
        // estimé … que Christophe Dettinger … « … », a dit le président")
        let nearest = self
            .latest_person_where(pos, fem, |a| !self.after_que(a) && self.salient_at(a))
            .or_else(|| self.nearest_person(pos, fem));
        match nearest {
            Some(i) if !former && self.role_conflict(i, head) => self.latest_person_among(
                pos,
                fem,
                |j| !self.role_conflict(j, head),
                |a| self.subject_at(a),
            ),
            Some(i) => Some(i),
            None => self.role_cataphora(head, pos, after, fem, demonstrative),
        }
    }

    /// The person speaking last, when compatible with `fem` (and tagged by the NER layer when
    /// `tagged`).
    pub(super) fn current_person(
        &self,
        st: &State,
        fem: Option<bool>,
        tagged: bool,
    ) -> Option<usize> {
        let (sp, f) = st.last.as_ref()?;
        (sp.kind == SpeakerKind::Person && compatible(*f, fem) && (!tagged || sp.entity.is_some()))
            .then(|| self.persons.iter().position(|p| p.name == sp.name))
            .flatten()
    }

    /// Does person `i` hold only titles other than `head` ("président" for "le Premier
    /// ministre")? Then a description with that head designates someone else.
    pub(super) fn role_conflict(&self, i: usize, head: &str) -> bool {
        // offices one person rarely holds at once; former ones ("l'ancien ministre") and
        // generic heads ("le patron", "le numéro un") never conflict
        const OFFICES: &[&str] = &[
            "président",
            "présidente",
            "ministre",
            "maire",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "préfet",
            "préfète",
            "procureur",
            "procureure",
            // (a court's roles: "la présidente" after "l'avocate de la partie civile, Me
            // Linda Sennaoui")
            "avocat",
            "avocate",
            "juge",
        ];
        let roles = &self.persons[i].roles;
        is_in(OFFICES, head)
            && !roles.is_empty()
            && roles.iter().all(|r| {
                let h = role_head(r);
                !same_head(h, head)
                    && is_in(OFFICES, h)
                    && !r.starts_with("ancien")
                    && !r.starts_with("ex-")
            })
    }

    /// OrangeSum articles lose their lede, where the speaker was named: "selon la
    /// Haut-Commissaire" … "a déclaré Mme Bachelet". A definite description of one person
    /// left unresolved ("la Haut-Commissaire", "la mère de famille") designates the first
    /// person speaking later whose name is first mentioned after the description (one
    /// mentioned before would have been its antecedent), of a compatible gender.
    pub(super) fn name_cataphoric_descriptions(&self, quotes: &mut [Quote]) {
        for i in 0..quotes.len() {
            let Some(fem) = self.cataphoric_description(&quotes[i].speaker) else {
                continue;
            };
            let at = quotes[i].speaker.span.map_or(0, |x| x.start);
            // (the description's head past its article: `role_head` skips the adjectives)
            let head = quotes[i]
                .speaker
                .span
                .and_then(|x| Some((self.word_at(x.start)?, self.word_end_at(x.end)?)))
                .map_or(String::new(), |(a, b)| {
                    role_head(&self.norm_words(a + 1, b)).to_string()
                });
            let named = quotes[i + 1..].iter().map(|q| &q.speaker).find(|sp| {
                let Some(span) = sp.span.filter(|_| sp.kind == SpeakerKind::Person) else {
                    return false;
                };
                // (not someone the text gives another role: "la présidente" before
                // "l'avocate de la partie civile, Me Linda Sennaoui")
                if self.apposed_to_other_role(span.start, &head) {
                    return false;
                }
                match self.persons.iter().find(|p| p.name == sp.name) {
                    Some(p) => p.at.iter().all(|&a| a > at) && compatible(p.fem, fem),
                    // (a name the NER layer missed: "a déclaré Mme Bachelet")
                    None => {
                        let name = self.w.text.get(span.range()).unwrap_or("");
                        let before = self.w.text.get(..at as usize).unwrap_or("");
                        let first = name.split([' ', '\'', '’']).next().unwrap_or("");
                        name.starts_with(char::is_uppercase)
                            && !is_det(&first.to_lowercase())
                            && !before.contains(name)
                    }
                }
            });
            if let Some(sp) = named.cloned() {
                quotes[i].speaker = sp;
            }
        }
    }

    /// Does the name starting at byte `at` stand in apposition to a description whose head is
    /// a role other than `head` ("l'avocate de la partie civile, Me Linda Sennaoui")?
    fn apposed_to_other_role(&self, at: u32, head: &str) -> bool {
        let Some(k) = self.word_at(at) else {
            return false;
        };
        if k < 2 || !self.w.is_punct(k - 1, ',') {
            return false;
        }
        // the article opening the description, at most eight words back (not one of its
        // complement: "de la partie civile")
        let Some(d) = (k.saturating_sub(9)..k - 1).rev().find(|&j| {
            matches!(
                self.w.lw(j),
                "le" | "la" | "l'" | "un" | "une" | "son" | "sa"
            ) && !(j > 0
                && matches!(
                    self.w.lw(j - 1),
                    "de" | "d'" | "à" | "par" | "pour" | "sur" | "avec" | "contre"
                ))
        }) else {
            return false;
        };
        let description = self.norm_words(d + 1, k - 1);
        let other = role_head(&description);
        !same_head(other, head) && self.source_head(other)
    }

    /// The gender of a speaker that is a definite description of one person, by a title, a
    /// role or kin, with no entity ("la ministre", "la mère de famille"; not "Le Parisien",
    /// "le suspect"), `None` when it is none.
    fn cataphoric_description(&self, sp: &Speaker) -> Option<Option<bool>> {
        if sp.entity.is_some() || !matches!(sp.kind, SpeakerKind::Person | SpeakerKind::Anonymous) {
            return None;
        }
        let text = self.w.text.get(sp.span?.range())?;
        let lower = text.to_lowercase().replace('’', "'");
        let (det, rest) = if let Some(r) = lower.strip_prefix("l'") {
            ("l'", r)
        } else {
            let (d, r) = lower.split_once(' ')?;
            (d, r)
        };
        let head = rest.split([' ', '\'']).next().unwrap_or("");
        // (a name in it makes it no description: "Le Parisien"; a capitalized title does not:
        // "la Haut-Commissaire")
        // (nor does a complement's name: "le chef de l'État")
        let words: Vec<&str> = text.split([' ', '\'', '’']).collect();
        let named = (1..words.len()).any(|k| {
            let w = words[k];
            w.starts_with(char::is_uppercase)
                && w.to_lowercase() != head
                && !matches!(
                    words[k - 1].to_lowercase().as_str(),
                    "de" | "du" | "des" | "d" | "l"
                )
        });
        if !matches!(det, "le" | "la" | "l'") || named {
            return None;
        }
        // (a title, a role or kin of one person: not a group, "la famille", "l'entourage"; not
        // a function of a case, "le juge", which names nobody the article did not give that
        // role)
        let role = is_in(TITLES, head)
            || is_in(KIN, head)
            || is_in(ANON_HEADS, head)
            || is_in(DEMONYMS, head)
            // (a trade: "la comédienne de 58 ans", "le cinéaste")
            || (is_in(EPITHETS, head) && !matches!(head, "homme" | "femme" | "jeune"));
        let group = matches!(head, "famille" | "entourage" | "proches");
        // (a function, "le chef de l'État", "la ministre de la Santé", is held by one person
        // the article may not name; "la mère de famille" is a description)
        // (an age is no complement: "la comédienne de 58 ans")
        let function = [" de ", " d'", " du ", " des "].iter().any(|c| {
            rest.split(c)
                .skip(1)
                .any(|after| !after.starts_with(|ch: char| ch.is_ascii_digit()))
        });
        // (but the head of the state or of the government, kin or a lawyer ("le père de
        // l'adolescent", "l'avocat de la famille") is someone the article names)
        let national = [
            " de l'état",
            " de l'etat",
            " de la république",
            " du gouvernement",
        ]
        .iter()
        .any(|c| rest.ends_with(c));
        if !role
            || group
            || (function && !national && !is_in(KIN, head) && !matches!(head, "avocat" | "avocate"))
            || is_in(CASE_ROLES, head)
            || is_in(UNNAMED, head)
        {
            return None;
        }
        Some(desc_gender(det, head))
    }
}

/// Does the text over `span` speak in the first person singular ("je", "j'", "moi", "mon")?
/// ("m'" is left out: "M. Dupont")
fn first_person_singular(text: &str, span: Span) -> bool {
    text.get(span.range())
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphabetic())
        .any(|t| {
            matches!(
                t,
                "je" | "Je" | "j" | "J" | "moi" | "mon" | "ma" | "mes" | "me"
            )
        })
}

/// The last 50 mentions of `p` before `pos` (`at` is in text order): bounded work per call.
fn recent_mentions(p: &Person, pos: u32) -> &[u32] {
    let end = p.at.partition_point(|&a| a < pos);
    &p.at[end.saturating_sub(50)..end]
}

/// An unnamed source designated by its description ("une source militaire").
fn anonymous(name: String, span: Span) -> Speaker {
    Speaker {
        name,
        kind: SpeakerKind::Anonymous,
        span: Some(span),
        entity: None,
    }
}

/// Is the speaker one person (no group: "Chloé et Georgios", "les enquêteurs", an
/// organisation)?
fn single_person(sp: &Speaker) -> bool {
    sp.kind == SpeakerKind::Person && !sp.name.contains(" et ")
}

/// Can a title whose first word is `first` name an office of `OFFICES`? (Most titles name
/// none: a look at the first word spares the rest.)
fn names_office(first: &str) -> bool {
    OFFICES.iter().any(|(forms, _)| {
        forms
            .iter()
            .any(|f| f.split([' ', '\'']).next() == Some(first))
    })
}
