//! Noun phrases: where a phrase ends, what it designates (name, pronoun, description),
//! names and mentions under it, passive agents.

use super::*;

impl<'a> Extractor<'a> {
    /// End (exclusive) of a noun phrase starting at `a`, bounded by `limit`.
    pub(super) fn np_end(&self, a: usize, limit: usize) -> usize {
        // a stressed pronoun is a phrase of its own: "Il y a selon lui de belles photos"
        if a < limit && matches!(self.w.lw(a), "lui" | "eux" | "elles") {
            return a + 1;
        }
        let mut k = a;
        let mut n = 0;
        while k < limit && n < 22 {
            match self.w.kind(k) {
                Some(Kind::Punct('(')) => {
                    // skip a short parenthetical
                    let mut j = k + 1;
                    while j < limit && j < k + 15 && !self.w.is_punct(j, ')') {
                        j += 1;
                    }
                    if j < limit && self.w.is_punct(j, ')') {
                        k = j + 1;
                        n += 1;
                        continue;
                    }
                    return k;
                }
                Some(Kind::Word) | Some(Kind::Num) => {
                    let l = self.w.lw(k);
                    if k > a && (is_in(NP_STOP, l) || (is_in(AUX, l) && !self.w.is_cap(k))) {
                        return k;
                    }
                    // a modal ends the phrase: "l'exécutif doit annoncer"
                    if k > a && !self.w.is_cap(k) && is_in(MODALS, l) {
                        return k;
                    }
                    // "l'institut de météorologie même si …"
                    if k > a && l == "même" && self.w.lw(k + 1) == "si" {
                        return k;
                    }
                    // a clitic before a verb ends the phrase: "L'humoriste l'a démontré",
                    // "la ministre s'est dite", "le maire n'a pas"
                    if k > a
                        && (matches!(l, "n'" | "ne" | "s'" | "se")
                            || (matches!(l, "l'" | "le" | "la" | "les" | "lui" | "leur" | "y")
                                && is_in(AUX, self.w.lw(k + 1))))
                    {
                        return k;
                    }
                    // a verb before its adverb ends the phrase: "la société renonce
                    // finalement à …" (no tagger here; an adjective is rarely followed by
                    // a -ment adverb inside a subject)
                    if k > a + 1 && !self.w.is_cap(k) && self.adverb_in_ment(k + 1) {
                        return k;
                    }
                    // an infinitive after a name ends the phrase: "Il faut enfin selon le
                    // président des Centristes expulser et déchoir …"
                    if k > a + 1
                        && self.w.is_cap(k - 1)
                        && !self.w.is_cap(k)
                        && l.chars().count() > 4
                        && (l.ends_with("er") || l.ends_with("ir"))
                        && (is_det(self.w.lw(k + 1)) || matches!(self.w.lw(k + 1), "et" | "à"))
                    {
                        return k;
                    }
                    // gerund "en commentant"
                    if k > a && l == "en" && self.w.lw(k + 1).ends_with("ant") {
                        return k;
                    }
                    // the medium, not the speaker: "… sur Facebook", "… à l'AFP", "… au
                    // Parisien", "… dans un communiqué"
                    if k > a + 1 {
                        let nx = if matches!(self.w.lw(k + 1), "l'" | "la" | "le") {
                            k + 2
                        } else {
                            k + 1
                        };
                        let medium_name = self.w.is_cap(nx)
                            || matches!(
                                self.w.lw(nx),
                                "twitter" | "facebook" | "instagram" | "franceinfo" | "linkedin"
                            );
                        // ("a confié l'homme d'affaires au quotidien dont …")
                        let medium_noun = is_in(MEDIA_HEADS, self.w.lw(nx))
                            || matches!(
                                self.w.lw(nx),
                                "micro" | "antenne" | "journaliste" | "journalistes"
                            );
                        // ("… sur son compte Twitter", "… sur sa page Facebook")
                        let own_page = l == "sur"
                            && is_in(POSSESSIVE, self.w.lw(k + 1))
                            && matches!(
                                self.w.lw(k + 2),
                                "compte" | "page" | "site" | "blog" | "profil" | "fil"
                            );
                        if (matches!(l, "sur" | "à" | "au") && (medium_name || medium_noun))
                            || own_page
                            || self.skip_medium(k, limit).is_some()
                            || (l == "à" && matches!(self.w.lw(k + 1), "des" | "un" | "une"))
                        {
                            return k;
                        }
                    }
                    if k > a && self.is_cue(k) && !self.w.is_cap(k) && !is_in(PREPS, l) {
                        // a finite verb ends the phrase ("… a indiqué")
                        if self.lex.lookup(l).is_some() || is_in(AUX, l) {
                            return k;
                        }
                    }
                    k += 1;
                    n += 1;
                }
                Some(Kind::Punct('-')) | Some(Kind::Punct('\'')) => {
                    k += 1;
                }
                // the period of an abbreviated honorific: "M. Le Maire", "Dr. Martin"
                Some(Kind::Punct('.'))
                    if k > a
                        && matches!(self.w.lw(k - 1), "m" | "mm" | "dr" | "pr" | "mgr" | "st")
                        && self.name_starts(k + 1) =>
                {
                    k += 1;
                }
                // a word in scare quotes inside a title before the name: "le chef de file des
                // « marcheurs » Gilles Le Gendre"
                Some(Kind::Mark(_)) if k > a => {
                    let close = (k + 2..(k + 5).min(limit))
                        .find(|&j| matches!(self.w.kind(j), Some(Kind::Mark(_))));
                    // (or a quoted name after an article or a body's noun: 'la "Liste unie" des
                    // partis arabes', 'l'association "Respire"')
                    let named_body = |c: usize| {
                        self.w.is_cap(k + 1)
                            && (k + 1..c).all(|j| self.w.is_word(j))
                            && (is_det(self.w.lw(k - 1)) || is_org_head(self.w.lw(k - 1)))
                    };
                    match close {
                        Some(c)
                            if (k + 1..c).all(|j| self.w.is_word(j) && !self.w.is_cap(j))
                                && self.w.is_cap(c + 1) =>
                        {
                            n += c - k;
                            k = c + 1;
                        }
                        Some(c) if named_body(c) => {
                            n += c - k;
                            k = c + 1;
                        }
                        _ => return k,
                    }
                }
                // "M. Tedros", "Dr. House": the period of a title abbreviation
                Some(Kind::Punct('.'))
                    if k > a
                        && !self.w.space_before(k)
                        && matches!(
                            self.w.lw(k - 1),
                            "m" | "mm" | "mme" | "dr" | "pr" | "me" | "mgr" | "mr" | "mrs" | "ms"
                        )
                        && self.name_starts(k + 1) =>
                {
                    k += 1;
                }
                _ => return k,
            }
        }
        k
    }

    /// Is word `k` a lower-case adverb in -ment ("finalement", "également"), not a noun
    /// ("gouvernement", "département")?
    fn adverb_in_ment(&self, k: usize) -> bool {
        let l = self.w.lw(k);
        self.w.is_word(k)
            && !self.w.is_cap(k)
            && l.chars().count() > 6
            && ["ement", "amment", "emment"].iter().any(|x| l.ends_with(x))
            && !is_in(MENT_NOUNS, l)
    }

    /// Is word `s` a capitalized past participle opening its sentence ("Invitée de …",
    /// "Interrogés par …"), not a first name ("René", "Dorothée")?
    fn fronted_participle(&self, s: usize) -> bool {
        let l = self.w.lw(s);
        first_group_participle(l)
            && l.chars().count() > 5
            && self.opens_its_sentence(s)
            && crate::first_names::french().gender(l).is_none()
    }

    /// Is the name at word `i` of the phrase starting at `a` in the complement of a
    /// participle after a described head ("un rapport remis mardi au Premier ministre
    /// Édouard Philippe"), not the speaker?
    fn in_participle_complement(&self, a: usize, i: usize) -> bool {
        const GIVEN: &[&str] = &[
            "remis",
            "remise",
            "adressé",
            "adressée",
            "envoyé",
            "envoyée",
            "transmis",
            "transmise",
            "présenté",
            "présentée",
            "commandé",
            "commandée",
        ];
        i > a + 2
            && is_det(self.w.lw(a))
            && !self.w.is_cap(a + 1)
            && self.source_head_ext(self.w.lw(a + 1), false)
            && (a + 2..i).any(|j| is_in(GIVEN, self.w.lw(j)))
            && !(a..i).any(|j| self.w.is_punct(j, ','))
    }

    /// Is word `p` the particle of a name after an honorific ("M. de Labbey", "Mme de
    /// Sévigné"), not a preposition?
    fn honorific_particle(&self, p: usize) -> bool {
        let honorific =
            |h: usize| matches!(self.w.lw(h), "m" | "mme" | "mlle" | "me" | "dr" | "pr");
        matches!(self.w.lw(p), "de" | "d'" | "du")
            && p > 0
            && (honorific(p - 1) || (p > 1 && self.w.is_punct(p - 1, '.') && honorific(p - 2)))
    }

    /// Does a name start at word `k`: a capitalized word, or a particle before one ("M. de
    /// Labbey", "Mme de Sévigné")?
    fn name_starts(&self, k: usize) -> bool {
        self.w.is_cap(k)
            || (matches!(self.w.lw(k), "de" | "d'" | "du" | "von" | "van") && self.w.is_cap(k + 1))
    }

    /// "à l'Élysée un collaborateur", "À Matignon le conseiller": where the subject starts
    /// after a place phrase that opens [a, b) with no comma.
    pub(super) fn subject_after_place(&self, a: usize, b: usize) -> Option<usize> {
        if a + 2 >= b || !matches!(self.w.lw(a), "à" | "au" | "aux" | "en" | "dans" | "chez") {
            return None;
        }
        (a + 2..b).find(|&j| {
            matches!(
                self.w.lw(j),
                "un" | "une" | "des" | "plusieurs" | "le" | "la" | "les"
            ) && self.w.is_cap(j - 1)
        })
    }

    /// Analyses the words [a, b) designating a speaker.
    pub(super) fn analyse_np(&self, mut a: usize, mut b: usize) -> SpkRef {
        while a < b && matches!(self.w.kind(a), Some(Kind::Mark(_) | Kind::Punct(_))) {
            a += 1;
        }
        // "a posté sur Twitter une photo": a phrase opened by an auxiliary (lower-case) is a
        // predicate, no one
        if a < b && is_in(AUX, self.w.tx(a)) {
            return SpkRef::Current;
        }
        // "POLITIQUE - Le fondateur du mouvement …": a rubric in capitals before a dash
        if a + 2 < b && self.rubric_at(a) {
            return self.analyse_np(a + 2, b);
        }
        // "Ce à quoi la chroniqueuse a répondu", "ce que le ministre confirme": the object
        // relative's subject
        if a + 2 < b && self.w.lw(a) == "ce" {
            match (self.w.lw(a + 1), self.w.lw(a + 2)) {
                ("à", "quoi") if a + 3 < b => return self.analyse_np(a + 3, b),
                ("que" | "qu'" | "dont", _) => return self.analyse_np(a + 2, b),
                _ => {}
            }
        }
        // "dans les colonnes du quotidien, qui précise", "au micro de RTL": the medium
        if a + 3 < b
            && matches!(self.w.lw(a), "les" | "le" | "l'")
            && matches!(
                self.w.lw(a + 1),
                "colonnes" | "pages" | "micro" | "antenne" | "plateau" | "ondes"
            )
        {
            match self.w.lw(a + 2) {
                "du" | "des" => return self.analyse_np(a + 2, b),
                "de" | "d'" => return self.analyse_np(a + 3, b),
                _ => {}
            }
        }
        // "avance Le Maire", "a dit La Fontaine": a surname with its article, of a person the
        // article names in full, is that person, not a title
        if b >= a + 2 && matches!(self.w.tx(a), "Le" | "La") && self.w.is_cap(a + 1) {
            let surname = self.w.lw(a + 1);
            let named = self.persons.iter().any(|p| {
                p.surname == surname
                    && p.name
                        .strip_suffix(self.w.tx(a + 1))
                        .and_then(|n| n.strip_suffix(' '))
                        .and_then(|n| n.strip_suffix(self.w.tx(a)))
                        .is_some_and(|n| n.ends_with(' '))
            });
            if named {
                return SpkRef::Name {
                    s: a,
                    e: a + 2,
                    kind: SpeakerKind::Person,
                    entity: None,
                };
            }
        }
        // "a indiqué le Lyonnais", "explique la Marseillaise": a demonym after a lower-case
        // article is a person described (not "Le Parisien", an outlet, capitalized)
        // ("Cette Afro-Américaine dénonce", "raconte une Parisienne": after a demonstrative
        // or an indefinite article, whatever its case)
        let other_det = matches!(self.w.lw(a), "cette" | "cet" | "ce" | "une" | "un");
        if b == a + 2
            && (matches!(self.w.tx(a), "le" | "la" | "l'" | "l’") || other_det)
            && self.w.is_cap(a + 1)
        {
            let d = self.w.lw(a + 1);
            let demonym = ["ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine"]
                .iter()
                .any(|x| d.ends_with(x));
            let text = self.w.text.get(self.w.span(a, b).range()).unwrap_or("");
            if demonym && !crate::media::names_outlet(text) {
                return SpkRef::Desc {
                    s: a,
                    e: b,
                    head: d.to_string(),
                    indefinite: matches!(self.w.lw(a), "un" | "une"),
                    fem: desc_gender(self.w.lw(a), d),
                };
            }
        }
        // "Ainsi, à l'Élysée un collaborateur explique", "Et une trop petite ambition": a
        // connective opening the sentence is no one's name
        // ("Et rappelle qu'…": the subject of the sentence before goes on)
        if a + 1 == b && self.w.is_cap(a) && is_in(CONNECTIVES, self.w.lw(a)) {
            return SpkRef::Current;
        }
        if a + 1 < b && self.w.is_cap(a) && is_in(CONNECTIVES, self.w.lw(a)) {
            a += 1;
            while a < b && matches!(self.w.kind(a), Some(Kind::Punct(_))) {
                a += 1;
            }
        }
        // "à l'Élysée un collaborateur", "À Matignon, le conseiller": a place before the
        // subject, with no comma
        if let Some(j) = self.subject_after_place(a, b) {
            return self.analyse_np(j, b);
        }
        // a prepositional phrase is no speaker: "Parmi les pistes évoquée, …", "Dans le livre
        // de son ancien conseiller, …"; nor a trailing
        // coordination ("le mari de Marie-Caroline et")
        if a < b
            && matches!(
                self.w.lw(a),
                "parmi"
                    | "chez"
                    | "vers"
                    | "sous"
                    | "entre"
                    | "dans"
                    | "sans"
                    | "avec"
                    | "depuis"
                    | "pendant"
                    | "lors"
                    | "malgré"
                    | "durant"
            )
        {
            return SpkRef::None;
        }
        while b > a + 1 && matches!(self.w.lw(b - 1), "et" | "ou") {
            b -= 1;
        }
        // ("la finaliste de la présidentielle en 2017": a phrase cut before a number does not
        // end with its preposition)
        while b > a + 1
            && matches!(
                self.w.lw(b - 1),
                "en" | "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "la" | "le" | "les" | "l'"
            )
        {
            b -= 1;
        }
        // a phrase taken from after a quotation may start with its cue ("…", a lancé l'élu,
        // après avoir expliqué que …): the subject is what follows the verb
        if a < b && is_in(AUX, self.w.lw(a)) && !self.w.is_cap(a) {
            if let Some(cue) = self
                .cue_at(a)
                .filter(|q| q.inv_pronoun.is_none() && q.b < b)
            {
                a = cue.b;
            }
        }
        if a >= b {
            return SpkRef::None;
        }
        // an adverbial taken for a subject ("Après avoir quitté …", "Jusqu'ici") names
        // nobody new: the current speaker goes on; a
        // subordinator opens its clause's subject ("Si les démocrates ont évoqué …")
        let preposition = matches!(self.w.lw(a), "après" | "avant" | "jusqu'");
        // ("Gilles Le Gendre, 62 ans": an age is no one)
        let age = self.w.kind(a) == Some(Kind::Num) && matches!(self.w.lw(a + 1), "ans" | "an");
        if preposition || age {
            return SpkRef::Current;
        }
        // "Seulement 13 à 14%", "Près de 58 % des sondés", "20 à 40%": a share of people
        if let Some(n) = self.share_number(a, b) {
            return match self.analyse_np(n, b) {
                SpkRef::Desc {
                    e,
                    head,
                    indefinite,
                    fem,
                    ..
                } => SpkRef::Desc {
                    s: a,
                    e,
                    head,
                    indefinite,
                    fem,
                },
                other => other,
            };
        }
        if matches!(
            self.w.lw(a),
            "si" | "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'"
        ) && a + 1 < b
        {
            return self.analyse_np(a + 1, b);
        }
        // "a évacué un haut-gradé du MoDem en affirmant …": an inverted clause before a
        // gerund; its subject follows the verb
        if matches!(self.w.lw(a), "a" | "ont" | "avait" | "avaient")
            && a + 2 < b
            && self.w.is_word(a + 1)
            && !self.w.is_cap(a + 1)
            && (is_det(self.w.lw(a + 2)) || self.w.is_cap(a + 2))
        {
            return self.analyse_np(a + 2, b);
        }
        // "C'est elle qui a appelé à …": a cleft's subject is what stands after "c'est";
        // "Cela veut dire que …" has no speaker
        let cleft = matches!(self.w.lw(a + 1), "est" | "était" | "sont" | "fut");
        if matches!(self.w.lw(a), "c'" | "cela" | "ça" | "ceci") || (self.w.lw(a) == "ce" && cleft)
        {
            let qui = (a + 3..self.w.len().min(a + 10)).find(|&j| self.w.lw(j) == "qui");
            return match qui {
                Some(q) if cleft && q <= b.max(a + 10) => self.analyse_np(a + 2, q),
                _ => SpkRef::None,
            };
        }
        // "a assuré celui qui a remporté cinq Oscars": a person already met, like a pronoun
        // ("confie celui qui était premier secrétaire du PS, Jean-Christophe Cambadélis": the
        // name in apposition after the relative clause)
        if matches!(self.w.lw(a), "celui" | "celle") && self.w.lw(a + 1) == "qui" {
            let sentence_end = self
                .w
                .sents
                .get(*self.w.sent_of.get(a).unwrap_or(&0) as usize);
            let end = sentence_end.map_or(a, |&(_, e)| e).min(a + 20);
            let apposed = (a + 2..end)
                .find(|&k| self.w.is_punct(k, ','))
                .and_then(|k| {
                    let p = self.person_starting(k + 1)?;
                    let s = k + 1;
                    let e = self.w_end_of_mention(s);
                    let closed = e >= end
                        || matches!(self.w.kind(e), Some(Kind::Punct('.' | ',' | ';' | ')')));
                    closed.then_some((s, e, self.persons[p].entity))
                });
            if let Some((s, e, entity)) = apposed {
                return SpkRef::Name {
                    s,
                    e,
                    kind: SpeakerKind::Person,
                    entity,
                };
            }
            return SpkRef::Pronoun(Some(self.w.lw(a) == "celle"));
        }
        // "celui-ci", "celle-ci": the same
        if b == a + 1 && matches!(self.w.lw(a), "celui-ci" | "celle-ci") {
            return SpkRef::Latest(Some(self.w.lw(a) == "celle-ci"));
        }
        // "ce dernier", "cette dernière": the person mentioned last (not the current speaker)
        if b == a + 2
            && matches!(self.w.lw(a), "ce" | "cette")
            && matches!(self.w.lw(a + 1), "dernier" | "dernière")
        {
            return SpkRef::Latest(Some(self.w.lw(a) == "cette"));
        }
        let span = self.w.span(a, b);
        // the mentions inside the span (layer items are sorted by start)
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        let inside = self.mentions.get(from..to.max(from)).unwrap_or(&[]);
        // 0. "le vice-président du RN Jordan Bardella" tagged as one organisation
        for m in inside {
            if m.span.start >= span.start && m.span.end <= span.end && m.label != EntityType::PER {
                if let (Some(s), Some(e)) =
                    (self.word_at(m.span.start), self.word_end_at(m.span.end))
                {
                    if let Some((ps, pe)) = self.acronym_split(s, e) {
                        return SpkRef::Name {
                            s: ps,
                            e: pe,
                            kind: SpeakerKind::Person,
                            entity: None,
                        };
                    }
                }
            }
        }
        // "le Français confie …", "l'Américaine a ajouté": a nationality standing for the
        // person in focus, resolved like a pronoun of the article's gender
        // ("le Lyonnais assure", "le Mulhousien explique": a city's people too, not an
        // outlet, "Le Parisien")
        let demonym = |k: usize| {
            let w = self.w.lw(k);
            is_in(DEMONYMS, w)
                || (["ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine"]
                    .iter()
                    .any(|x| w.ends_with(x))
                    && w.chars().count() > 5
                    && !crate::media::names_outlet(&self.w.text[self.w.span(a, k + 1).range()]))
        };
        if b == a + 2 && self.w.is_cap(a + 1) && demonym(a + 1) {
            match self.w.lw(a) {
                "le" => return SpkRef::Pronoun(Some(false)),
                "la" => return SpkRef::Pronoun(Some(true)),
                "l'" => return SpkRef::Pronoun(demonym_gender(self.w.lw(a + 1))),
                _ => {}
            }
        }
        // 1. NER mentions
        let mut best: Option<(&Mention, u8)> = None;
        for m in inside {
            if m.span.start >= span.start && m.span.end <= span.end {
                let rank = match m.label {
                    EntityType::PER => 0,
                    EntityType::ORG => 1,
                    EntityType::LOC => 2,
                    EntityType::MISC => 9,
                };
                // a LOC/ORG after "de" is a complement ("habitant d'Alep")
                let mi = self.word_at(m.span.start);
                let prep = |p: usize| {
                    matches!(
                        self.w.lw(p),
                        "de" | "d'"
                            | "du"
                            | "des"
                            | "à"
                            | "au"
                            | "aux"
                            | "sur"
                            | "dans"
                            | "pour"
                            | "par"
                            | "chez"
                            | "avec"
                            | "en"
                            | "contre"
                            | "vers"
                            | "devant"
                            | "via"
                            | "depuis"
                    )
                };
                // "habitant d'Alep", "président de la République"
                let after_de = mi.and_then(|i| i.checked_sub(1)).is_some_and(|p| {
                    p >= a
                        && !self.honorific_particle(p)
                        && (prep(p)
                            || (matches!(self.w.lw(p), "la" | "l'" | "le" | "les")
                                && p > a
                                && prep(p - 1)))
                });
                // "l'ex-présidente de la fondation Hulot", "le président de la région X": a
                // name inside the complement of a described head is not the speaker
                let in_complement = mi.is_some_and(|i| {
                    i > a + 1
                        && is_det(self.w.lw(a))
                        && !self.w.is_cap(a + 1)
                        && !(a..i).any(|j| self.w.is_punct(j, ','))
                        && (rank > 0
                            && (a + 2..i)
                                .any(|j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des"))
                            || rank == 0 && self.in_participle_complement(a, i))
                });
                // a PER mention must be a name: "ministre de la Santé" is not one
                // "le PDG" tagged as an organisation
                let bad_org = rank > 0 && mi.is_some_and(|i| is_in(TITLES, self.w.lw(i)));
                let bad_per = bad_org
                    || rank == 0
                        && mi.is_none_or(|i| !self.w.is_cap(i) || is_in(TITLES, self.w.lw(i)));
                let quoted = mi.is_some_and(|i| self.inside_quote(i) && !self.inside_quote(a));
                // "les chiffres du ministère de l'Intérieur Jean-Luc Mélenchon était …" (a
                // missing period): a person after an organisation named in full is not it
                let after_named_org = rank == 0
                    && mi.is_some_and(|i| {
                        (a..i).any(|h| {
                            is_org_head(self.w.lw(h))
                                && matches!(self.w.lw(h + 1), "de" | "d'" | "du" | "des")
                                && (h + 2..i).any(|j| self.w.is_cap(j))
                        }) && !(a..i).any(|j| is_in(TITLES, self.w.lw(j)))
                    });
                // "une Lilloise", "un Français": a demonym, not an organisation
                let demonym = rank > 0
                    && mi.is_some_and(|i| i > 0 && matches!(self.w.lw(i - 1), "un" | "une"))
                    && m.span.end.saturating_sub(m.span.start) > 0
                    && self.word_end_at(m.span.end) == mi.map(|i| i + 1);
                // "le député LR", "la maire PS": a party label after a title, not the speaker
                let party_label = rank > 0
                    && mi.is_some_and(|i| {
                        let end = self.word_end_at(m.span.end);
                        let short = end == Some(i + 1) && self.w.tx(i).chars().count() <= 5;
                        // ("la députée La République en marche (LREM) du Val-d'Oise": a
                        // capitalized article after the title opens the party's name)
                        let article_led = i > a + 1
                            && self.w.is_cap(i - 1)
                            && is_det(self.w.lw(i - 1))
                            && self.title_word(i - 2);
                        i > a
                            && (article_led
                                || end.is_some_and(|end| {
                                    (self.title_word(i - 1) && (short || self.ends_phrase(end, b)))
                                        || self.party_in_full(a, i, end, b)
                                }))
                    });
                if rank < 9
                    && !quoted
                    && !party_label
                    && !after_named_org
                    && !demonym
                    && !after_de
                    && !in_complement
                    && !bad_per
                    && best.is_none_or(|(bm, r)| {
                        // ("L'eurodéputé Europe-Écologie-Les Verts Yannick Jadot": of two
                        // adjacent persons, the party the NER took for one comes first)
                        rank < r
                            || (rank == 0 && r == 0 && self.adjacent(bm.span.end, m.span.start))
                    })
                {
                    best = Some((m, rank));
                }
            }
        }
        if let Some((m, rank)) = best {
            if let (Some(s), Some(e)) = (self.word_at(m.span.start), self.word_end_at(m.span.end)) {
                // "le quotidien flamand Het Laatste Nieuws": a name after an organisation head
                let org_head = s > a
                    && is_det(self.w.lw(a))
                    && (a + 1..s).any(|j| is_org_head(self.w.lw(j)))
                    && !(a + 1..s).any(|j| is_in(TITLES, self.w.lw(j)));
                let (s, e) = if rank == 0 {
                    self.trim_person(s, e)
                } else {
                    (s, e)
                };
                // (a name the NER layer tagged otherwise that the person list holds by its
                // first name: "Geneviève de Fontenay s'est insurgée")
                let person = rank == 0 || self.person_at(m.span.start).is_some();
                return SpkRef::Name {
                    s,
                    e,
                    kind: if person && !org_head {
                        SpeakerKind::Person
                    } else {
                        SpeakerKind::Organisation
                    },
                    entity: Some(m.entity),
                };
            }
        }
        // 2. capitalized names (fallback when there is no NER layer, or it missed)
        if let Some((s, e)) = self.name_run(a, b).filter(|&(s, e)| {
            // "une Lilloise": a demonym
            !(e == s + 1 && s > a && matches!(self.w.lw(s - 1), "un" | "une")) &&
            // "le député LR": a party label after a title
            !(e == s + 1
                && s > a
                && self.title_word(s - 1)
                && self.w.tx(s).chars().count() <= 5
                && self.w.tx(s).chars().all(|c| c.is_uppercase())) &&
            !self.party_in_full(a, s, e, b) &&
            // "Tout", "Autre", "Signe" opening a sentence: with an NER layer, one capitalized
            // word at a sentence start that it did not tag is a common word
            !(e == s + 1
                && !self.mentions.is_empty()
                && self.opens_its_sentence(s)
                && self.mention_starting_at(s).is_none()) &&
            !self.in_participle_complement(a, s) &&
            // "l'ex-présidente de la fondation Hulot": the name is a complement of the head
            !(s > a + 2
                && is_det(self.w.lw(a))
                && self.w.is_word(a + 1)
                && !self.w.is_cap(a + 1)
                // (the name's own article: "du mouvement Les Patriotes")
                && (!self.w.is_cap(s - 1) || is_det(self.w.lw(s - 1)))
                && (a + 2..s).any(|j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des"))
                && !(a..s).any(|j| self.w.is_punct(j, ',')))
        }) {
            {
                let single = e - s == 1;
                let kind = if !single
                    || self.persons.iter().any(|p| p.surname == self.w.lw(s))
                    || (s > a && is_in(TITLES, self.w.lw(s - 1)))
                {
                    SpeakerKind::Person
                } else {
                    SpeakerKind::Organisation
                };
                return SpkRef::Name {
                    s,
                    e,
                    kind,
                    entity: None,
                };
            }
        }
        // 3. pronouns, possessives, descriptions
        let first = self.w.lw(a);
        if b == a + 1 || matches!(first, "il" | "elle" | "ils" | "elles") {
            if let Some(g) = pronoun(first) {
                return SpkRef::Pronoun(g);
            }
        }
        // "selon ses estimations", "son communiqué": the current speaker's own; "son
        // entourage", "ses adversaires", "son avocat": other people, described (below)
        let possessive = is_in(POSSESSIVE, first);
        if possessive && !is_det(first) {
            return SpkRef::Current;
        }
        let mut k = a;
        let mut det = "";
        if self.w.kind(a) == Some(Kind::Num) {
            // "57% des sondés", "48%", "20 à 40%"
            k += 1;
            if matches!(self.w.lw(k), "à" | "et") && self.w.kind(k + 1) == Some(Kind::Num) {
                k += 2;
            }
            while k < b && !self.w.is_word(k) {
                k += 1;
            }
            if k >= b {
                return SpkRef::Desc {
                    s: a,
                    e: b,
                    head: "%".into(),
                    indefinite: true,
                    fem: None,
                };
            }
            let f = self.w.lw(k);
            if matches!(f, "des" | "de" | "d'") {
                det = "des";
                k += 1;
            }
        } else if is_det(first) || first == "d'" || first == "de" {
            det = first;
            k += 1;
            if (first == "d'" || first == "de") && is_det(self.w.lw(k)) {
                det = self.w.lw(k);
                k += 1;
            }
            // ("les 76 élus": a number between the article and the head)
            if k + 1 < b && self.w.kind(k) == Some(Kind::Num) && self.w.is_word(k + 1) {
                k += 1;
            }
        }
        if k >= b || !self.w.is_word(k) {
            return if possessive {
                SpkRef::Current
            } else {
                SpkRef::None
            };
        }
        let mut indef_one = false;
        if matches!(self.w.lw(k), "un" | "une")
            && matches!(self.w.lw(k + 1), "des" | "de" | "d'")
            && k + 2 < b
        {
            k += 2; // "l'un des passagers"
            indef_one = true;
        }
        // ("la plus haute juridiction", "le moins connu des …": a superlative before the head)
        if k + 2 < b && matches!(self.w.lw(k), "plus" | "moins") && self.w.is_word(k + 2) {
            k += 1;
            if !is_in(PRE_ADJ, self.w.lw(k)) {
                k += 1;
            }
        }
        let adjectives_from = k;
        // ("un jeune d'une vingtaine d'années": an adjective before a preposition is the head)
        while k + 1 < b
            && is_in(PRE_ADJ, self.w.lw(k))
            && self.w.is_word(k + 1)
            && !matches!(self.w.lw(k + 1), "de" | "d'" | "du" | "des" | "qui")
        {
            k += 1;
        }
        let head = self.w.lw(k);
        // "l'ex-présidente", "l'ancien ministre": the head is the role
        let head = head.strip_prefix("ex-").unwrap_or(head).to_string();
        // (the people around someone read like "un proche": an anonymous source, never
        // resolved to the possessor)
        if possessive && !is_in(CIRCLE_HEADS, &head) {
            return SpkRef::Current;
        }
        // description ends at a comma inside the phrase
        let mut e = k + 1;
        // (numbers belong to it: "une étudiante âgée de 20 ans")
        while e < b
            && (self.w.is_word(e) || self.w.is_punct(e, '(') || self.w.kind(e) == Some(Kind::Num))
        {
            e += 1;
        }
        let e = e.min(b);
        SpkRef::Desc {
            s: a,
            e,
            indefinite: possessive
                || indef_one
                || is_in(INDEF, det)
                || det.is_empty() && head.ends_with('s'),
            fem: desc_gender(det, &head).or_else(|| {
                unmarked_desc_gender((adjectives_from..k).map(|j| self.w.lw(j)), &head)
            }),
            head,
        }
    }

    /// Do the mentions ending at byte `end` and starting at byte `start` follow each other
    /// with only spaces between?
    fn adjacent(&self, end: u32, start: u32) -> bool {
        start >= end
            && self
                .w
                .text
                .get(end as usize..start as usize)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace))
    }

    /// Is word `k` a rubric: a word in capitals (three letters or more) before a dash?
    fn rubric_at(&self, k: usize) -> bool {
        let t = self.w.tx(k);
        t.chars().count() >= 3
            && t.chars().all(|c| c.is_uppercase())
            && matches!(self.w.kind(k + 1), Some(Kind::Punct('-' | '–' | '—')))
    }

    /// The best person-like capitalized run inside [a, b).
    pub(super) fn name_run(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize, i32)> = None;
        let mut i = a;
        while i < b {
            if !self.w.is_cap(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            while e < b {
                // "… par François Hollande Le leader de …": a capitalized article before a
                // lowercase word opens the next phrase (a missed sentence boundary)
                let article_next =
                    matches!(self.w.lw(e), "le" | "la" | "les" | "l'") && !self.w.is_cap(e + 1);
                if self.w.is_cap(e) && !article_next {
                    e += 1;
                } else if matches!(
                    self.w.lw(e),
                    "de" | "d'"
                        | "ben"
                        | "bin"
                        | "von"
                        | "van"
                        | "der"
                        | "abou"
                        | "abu"
                        | "ibn"
                        | "el"
                        | "al"
                        | "da"
                        | "dos"
                        | "di"
                        | "le"
                ) && self.w.is_cap(e + 1)
                    && e + 1 < b
                    && e - s < 3
                {
                    e += 2;
                } else {
                    break;
                }
            }
            i = e;
            let first = self.w.lw(s);
            // "Invitée de France Info, la ministre …": a participle opening the sentence, then
            // its complement, not a name
            if self.fronted_participle(s) {
                continue;
            }
            // "M. Le Maire", "Mme Le Pen": after an honorific, a capitalized article starts
            // the surname
            let honorific = s > a + 1
                && self.w.is_punct(s - 1, '.')
                && matches!(self.w.lw(s - 2), "m" | "mme" | "mlle")
                || s > a && matches!(self.w.lw(s - 1), "mme" | "mlle");
            if honorific && matches!(first, "le" | "la" | "de" | "du") && e > s + 1 {
                let score = 6;
                if best.is_none_or(|(_, _, bs)| score > bs) {
                    best = Some((s, e, score));
                }
                continue;
            }
            if is_in(TITLES, first) || is_det(first) || is_in(CAP_STOP, first) {
                // "Le", "Selon", a title: the name may start at the next word
                if e > s + 1 {
                    i = s + 1;
                }
                continue;
            }
            if is_in(ORG_WORDS, first) && e - s >= 3 {
                // "Sénat Anna Petrova": the name follows the organisation word
                i = s + 1;
                continue;
            }
            let after_prep = s > a
                && (is_in(PREPS, self.w.lw(s - 1))
                    || (s > a + 1
                        && matches!(self.w.lw(s - 1), "l'" | "la" | "le" | "les")
                        && is_in(PREPS, self.w.lw(s - 2))));
            let org = is_in(ORG_WORDS, first);
            let mut score = (e - s).min(3) as i32 * 2;
            if after_prep {
                score -= 5;
            }
            if org {
                score -= 3;
            }
            if s > a && is_in(TITLES, self.w.lw(s - 1)) {
                score += 3;
            }
            if best.is_none_or(|(_, _, bs)| score > bs) {
                best = Some((s, e, score));
            }
        }
        best.filter(|&(_, _, sc)| sc > -2).map(|(s, e, _)| (s, e))
    }

    /// "RN Jordan Bardella", "CGT Philippe Martinez": an acronym followed by a person's name
    /// (at least two capitalized words) → the name.
    pub(super) fn acronym_split(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let t = self.w.tx(s);
        let acronym = t.chars().count() >= 2
            && t.chars().all(|c| c.is_uppercase() || c == '-')
            && !is_in(TITLES, self.w.lw(s));
        (acronym
            && e >= s + 3
            && (s + 1..e).all(|k| self.w.is_cap(k) && !is_in(ORG_WORDS, self.w.lw(k)))
            && !self.w.tx(s + 1).chars().all(char::is_uppercase))
        .then_some((s + 1, e))
    }

    /// A PER mention without its leading organisation words ("Justice Agnès Thibault-Lecuivre"
    /// after "du ministère de la").
    pub(super) fn trim_person(&self, mut s: usize, e: usize) -> (usize, usize) {
        while s + 2 <= e && (is_in(ORG_WORDS, self.w.lw(s)) || is_in(TITLES, self.w.lw(s))) {
            s += 1;
        }
        (s, e)
    }

    /// Is the mention starting at byte `at` a possible antecedent of a subject pronoun (not a
    /// complement: "comme Valérie Pécresse", "contre Emmanuel Macron", "à Jean Dupont")?
    pub(super) fn salient_at(&self, at: u32) -> bool {
        let Some(mut p) = self.titled_start(at) else {
            return true;
        };
        if p > 0 && matches!(self.w.lw(p - 1), "la" | "le" | "l'" | "les") {
            p -= 1;
        }
        p == 0 || !self.complement_after(p - 1)
    }

    /// Is the name at `at` in apposition to a complement (see `apposed_to_complement`)?
    pub(super) fn apposed_at(&self, at: u32) -> bool {
        self.titled_start(at).is_some_and(|p| {
            p > 1 && self.w.is_punct(p - 1, ',') && self.apposed_to_complement(p - 1)
        })
    }

    /// The first word of the mention starting at byte `at` with the titles before it ("le
    /// ministre Gérald Darmanin"); `None` when no word starts there.
    fn titled_start(&self, at: u32) -> Option<usize> {
        let mut p = self.word_at(at)?;
        while p > 0 && is_in(TITLES, self.w.lw(p - 1)) {
            p -= 1;
        }
        Some(p)
    }

    /// Does the preposition (or marker) at word `x` make the phrase after it a complement?
    /// "Pour X" and "Selon X" opening a sentence name its source, not a complement.
    fn complement_after(&self, x: usize) -> bool {
        let l = self.w.lw(x);
        let sentence_initial_marker =
            matches!(l, "pour" | "selon") && self.sentence_start(x + 1) == x;
        !sentence_initial_marker
            && (is_in(PREPS, l) && l != "et"
                || matches!(l, "comme" | "entre" | "sans" | "envers" | "selon"))
    }

    /// Is the name after the comma at word `c` in apposition to a complement ("Un clin d'œil
    /// à son prédécesseur, Jacques Chirac, qui …", "a écrit au ministre de la Santé, Olivier
    /// Véran")? The phrase before the comma is walked back over its "de" complements to the
    /// word that governs it; "Le ministre de l'Intérieur, Gérald Darmanin" is a subject.
    fn apposed_to_complement(&self, c: usize) -> bool {
        let lo = c.saturating_sub(9);
        for x in (lo..c).rev() {
            let l = self.w.lw(x);
            if !self.w.is_word(x) || self.is_cue(x) {
                return false;
            }
            if matches!(l, "de" | "d'" | "du" | "des") {
                continue;
            }
            if self.complement_after(x) {
                // (a passive's agent is no complement: "confirmée par le directeur du parti,
                // Manuel Bompard"; nor a topic, "Quant au vice-président, Damien Abad, il …";
                // nor a phrase fronted before the subject, "Dans la 7e circonscription,
                // Jean-Luc Bourgeaux …", "Militante au sein du collectif, Marine Stoll …")
                let fronted = x <= self.sentence_start(x) + 2;
                let topic = x > 0 && self.w.lw(x - 1) == "quant";
                // (the phrase right after the preposition opens with a determiner)
                return l != "par"
                    && !fronted
                    && !topic
                    && x + 1 < c
                    && (is_det(self.w.lw(x + 1)) || matches!(l, "au" | "aux"));
            }
            // (other words, a name among them, are the phrase's: "au président de la
            // Fédération française de football, Noël Le Graët")
        }
        false
    }

    /// Could a description with this head designate a source (a person, group or
    /// organisation, or a document)? "les faits" cannot.
    pub(super) fn source_head(&self, h: &str) -> bool {
        self.source_head_ext(h, true)
    }

    /// `loose`: any noun that may name a person by its ending; strict otherwise (the word
    /// lists and the surest person suffixes: -eur, -trice, -iste, -ien, -logue, -aire, -ier).
    pub(super) fn source_head_ext(&self, h: &str, loose: bool) -> bool {
        let lists = [
            TITLES,
            ANON_HEADS,
            ORG_HEADS,
            GENERIC_ORG_HEADS,
            DOC_HEADS,
            UNNAMED,
            KIN,
            MEDIA_HEADS,
        ];
        if lists.iter().any(|l| is_in(l, h)) {
            return true;
        }
        let sg = h
            .strip_suffix('s')
            .or_else(|| h.strip_suffix('x'))
            .unwrap_or(h);
        if lists.iter().any(|l| is_in(l, sg)) {
            return true;
        }
        const STRICT: &[&str] = &[
            "eur", "euse", "trice", "iste", "ien", "ienne", "aire", "ier", "ière", "logue",
        ];
        const LOOSE: &[&str] = &[
            "ant", "ante", "ent", "ente", "ais", "aise", "ois", "oise", "at", "ate", "é", "ée",
            "u", "ue", "ard", "arde", "in", "ine", "ain", "aine", "on", "onne", "e", "er", "ère",
        ];
        // nouns in -ment, -tion, -ure, -age name acts and things, never people ("le
        // lancement", "la candidature"); the lists above hold the exceptions (gouvernement)
        let thing = ["ment", "tion", "sion", "ure", "age", "isme"]
            .iter()
            .any(|suf| sg.ends_with(suf));
        (STRICT.iter().any(|suf| sg.ends_with(suf))
            || loose && !thing && LOOSE.iter().any(|suf| sg.ends_with(suf)))
            && !matches!(
                sg,
                "fait"
                    | "chose"
                    | "information"
                    | "situation"
                    | "question"
                    | "affaire"
                    | "date"
                    | "mesure"
                    | "décision"
                    | "vérité"
                    | "nouvelle"
                    | "idée"
                    | "raison"
                    | "possibilité"
                    | "existence"
                    | "erreur"
                    | "hausse"
                    | "baisse"
                    | "propos"
            )
    }

    /// Is word `k` inside a closed pair of quotation marks?
    pub(super) fn inside_quote(&self, k: usize) -> bool {
        let i = self.quoted.partition_point(|&(o, _)| o < k);
        i > 0 && self.quoted[i - 1].1 > k
    }

    /// The end (byte) of the NER mention that starts at word `k`, if any.
    /// Is word `x` the first word of its sentence (only marks or punctuation before it)?
    /// Bounded: more than eight tokens before it count as words.
    pub(super) fn opens_its_sentence(&self, x: usize) -> bool {
        let ss = self.sentence_start(x);
        x - ss.min(x) <= 8 && (ss..x).all(|j| !self.w.is_word(j))
    }

    /// Where the number of a share of people starts when words [a, b) open with a quantifier
    /// ("Seulement 13 à 14%", "Près de 58 % des sondés", "Plus d'un tiers"): `None` when
    /// they do not, or when the number comes first.
    fn share_number(&self, a: usize, b: usize) -> Option<usize> {
        let mut k = a;
        while k < b
            && matches!(
                self.w.lw(k),
                "seulement"
                    | "seuls"
                    | "seules"
                    | "près"
                    | "plus"
                    | "moins"
                    | "environ"
                    | "quelque"
                    | "presque"
            )
        {
            k += 1;
        }
        if k > a && k < b && matches!(self.w.lw(k), "de" | "d'") {
            k += 1;
        }
        (k > a && k < b && self.w.kind(k) == Some(Kind::Num)).then_some(k)
    }

    /// A title or a source head ("député", "porte-parole") at word `j`.
    fn title_word(&self, j: usize) -> bool {
        let l = self.w.lw(j);
        // (or a plural: "les deux députés LREM")
        let sg = l.strip_suffix('s').unwrap_or(l);
        [l, sg]
            .iter()
            .any(|w| is_in(TITLES, w) || is_in(ANON_HEADS, w))
    }

    /// Does a name ending at word `end` close the phrase [.., b) (a lowercase word may
    /// follow: "La [France] insoumise")?
    fn ends_phrase(&self, end: usize, b: usize) -> bool {
        end <= b && b - end <= 1 && (end..b).all(|j| self.w.is_word(j))
    }

    /// Is the name over words [s, e) of the phrase [a, b) a party named in full after a title
    /// and its article, ending the phrase ("le député La France insoumise", "le député Les
    /// Républicains")?
    fn party_in_full(&self, a: usize, s: usize, e: usize, b: usize) -> bool {
        let article = |j: usize| matches!(self.w.lw(j), "la" | "le" | "les" | "l'");
        // (a capitalized article after the title opens the party's name, whatever follows:
        // "la députée La République en marche (LREM) du Val-d'Oise")
        let capitalized = s > a + 1 && article(s - 1) && self.w.is_cap(s - 1);
        (capitalized && self.title_word(s - 2))
            || self.ends_phrase(e, b)
                && ((s > a + 1 && article(s - 1) && self.title_word(s - 2))
                    || (s > a && article(s) && self.title_word(s - 1)))
    }

    pub(super) fn mention_starting_at(&self, k: usize) -> Option<u32> {
        let at = self.w.w[k].s;
        let i = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions
            .get(i)
            .filter(|m| m.span.start == at)
            .map(|m| m.span.end)
    }

    /// The entity of an NER mention covering words [s, e), if any.
    pub(super) fn mention_entity(&self, s: usize, e: usize) -> Option<u32> {
        let sp = self.w.span(s, e);
        // (mentions are sorted by start: the few starting before the span's end)
        let hi = self.mentions.partition_point(|m| m.span.start < sp.end);
        self.mentions[hi.saturating_sub(8)..hi]
            .iter()
            .find(|m| m.span.overlaps(sp))
            .map(|m| m.entity)
    }

    /// The agent of a passive cue ("Une hypothèse confirmée par la direction du monument,
    /// qui parle de …", "une information démentie vendredi par l'Elysée"): who spoke is
    /// the phrase after "par", whatever the clause's subject. `None` for an active cue ("a
    /// confirmé par la suite", "a annoncé par communiqué").
    /// A passive cue gives the statement to its agent. When the content was read after the
    /// cue, it is the agent and what follows ("une baisse des impôts annoncée par le
    /// gouvernement, le candidat …"): the content is the phrase the participle qualifies
    /// (clarification 33), or there is no statement. False to drop the candidate.
    pub(super) fn passive_to_agent(&self, c: &mut Cand) -> bool {
        let Some((agent, a, e)) = self.passive_agent(c) else {
            return true;
        };
        let (Some(cue), Some(last)) = (c.cue, e.checked_sub(1)) else {
            return true;
        };
        let agent_end = self.w.w[last].e;
        // (content read from the cue on: it starts at "par" or at the agent)
        if !(cue.end..=self.w.w[a].s).contains(&c.content.start) {
            c.spk = agent;
            return true;
        }
        let se = self.sentence_end(e);
        // "Autre mesure annoncée par le ministre : tous les rassemblements …": the content
        // follows the colon
        let colon = (e..se).find(|&j| self.w.is_punct(j, ':'));
        // "… confirmée par le Journal du dimanche, qui révèle que …": the relative's own
        // statement, after its "que" (a quotation it introduces stays as read)
        let relative = (e..se.min(e + 6))
            .take_while(|&j| self.w.is_word(j) || self.w.is_punct(j, ','))
            .find(|&j| {
                let l = self.w.lw(j);
                let lequel = |x: &str| {
                    ["lequel", "laquel", "lesquel"]
                        .iter()
                        .any(|p| x.starts_with(p))
                };
                matches!(l, "qui" | "dont") || l == "selon" && lequel(self.w.lw(j + 1))
            });
        if let Some(x) = colon.filter(|&x| x + 1 < se) {
            c.content = Span::new(self.w.w[x + 1].s, c.content.end);
        } else if let Some(r) = relative {
            let ce = self.word_end_at(c.content.end).unwrap_or(se);
            let que = |j: usize| {
                matches!(self.w.lw(j), "que" | "qu'")
                    || self.w.lw(j - 1) == "selon" && self.w.lw(j).starts_with('l')
            };
            if let Some(q) = (r + 1..ce.min(r + 8)).find(|&j| que(j)) {
                if q + 1 < ce {
                    c.content = Span::new(self.w.w[q + 1].s, c.content.end);
                }
            }
        } else {
            // the noun phrase the participle follows, found like the antecedent of a relative
            // ("la perspective d'une baisse des impôts annoncée": "une baisse des impôts")
            let v = self.word_at(cue.start).unwrap_or(a);
            let Some(s) = self.antecedent_start(v, self.sentence_start(v)) else {
                return false;
            };
            if s >= v {
                return false;
            }
            c.content = Span::new(self.w.w[s].s, self.w.w[v - 1].e);
            c.kind = QuoteKind::Indirect;
            c.span = c.content.cover(Span::new(cue.start, agent_end));
        }
        c.spk = agent;
        true
    }

    pub(super) fn passive_agent(&self, c: &Cand) -> Option<(SpkRef, usize, usize)> {
        let cue = c.cue?;
        let v = self.word_at(cue.start)?;
        if self.word_end_at(cue.end)? != v + 1 || !looks_participle(self.w.lw(v)) {
            return None;
        }
        let active_aux = |l: &str| {
            matches!(
                l,
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "aurait"
                    | "auraient"
                    | "aura"
                    | "auront"
                    | "eut"
                    | "ai"
                    | "avons"
                    | "avez"
                    | "avoir"
                    | "ayant"
            )
        };
        if v > 0 && active_aux(self.w.lw(v - 1)) {
            return None;
        }
        let se = self.sentence_end(v);
        let mut p = v + 1;
        // (ADVERBS holds "par" for "par ailleurs")
        while p < se && p < v + 3 && self.w.lw(p) != "par" && is_in(ADVERBS, self.w.lw(p)) {
            p += 1;
        }
        if self.w.lw(p) != "par" {
            return None;
        }
        let a = p + 1;
        // means, not agents: "par la suite", "par voie de presse", "par écrit"
        let means = matches!(
            self.w.lw(a),
            "ailleurs"
                | "écrit"
                | "téléphone"
                | "communiqué"
                | "courrier"
                | "mail"
                | "e-mail"
                | "sms"
                | "voie"
                | "vidéo"
                | "visioconférence"
                | "message"
                | "lettre"
        ) || matches!(
            self.w.lw(a + 1),
            "suite" | "voie" | "biais" | "intermédiaire"
        );
        if means {
            return None;
        }
        let e = self.np_end(a, se);
        if e <= a {
            return None;
        }
        let r = self.analyse_np(a, e);
        match &r {
            SpkRef::Name { .. } | SpkRef::Latest(_) => Some((r, a, e)),
            SpkRef::Desc { head, .. }
                if is_org_head(head) || is_in(ANON_HEADS, head) || is_in(TITLES, head) =>
            {
                Some((r, a, e))
            }
            // ("Une information confirmée par les deux intéressés": any people, when what the
            // clause's subject names is no source)
            SpkRef::Desc { s, head, .. }
                if plural_det(self.w.lw(*s))
                    && !is_in(THING_HEADS, head)
                    && !is_in(NOT_SOURCE, head)
                    && !is_in(DATA_HEADS, head)
                    && matches!(&c.spk, SpkRef::Desc { head: h, .. } if is_in(NOT_SOURCE, h) || is_in(DATA_HEADS, h) || is_in(SPEECH_NOUNS, h)) =>
            {
                Some((r, a, e))
            }
            _ => None,
        }
    }

    pub(super) fn word_at(&self, byte: u32) -> Option<usize> {
        let i = self.w.w.partition_point(|w| w.s < byte);
        (i < self.w.len() && self.w.w[i].s == byte).then_some(i)
    }

    pub(super) fn word_end_at(&self, byte: u32) -> Option<usize> {
        let i = self.w.w.partition_point(|w| w.e < byte);
        (i < self.w.len() && self.w.w[i].e == byte).then_some(i + 1)
    }
}

/// The gender a demonym after "l'" shows: "l'Américaine" feminine, "l'Américain" masculine,
/// "l'Italo-Suisse" unknown.
fn demonym_gender(l: &str) -> Option<bool> {
    if l.ends_with("aine") || l.ends_with("enne") || l.ends_with("ande") {
        Some(true)
    } else if l.ends_with("ain") || l.ends_with("ien") || l.ends_with("and") {
        Some(false)
    } else {
        None
    }
}
