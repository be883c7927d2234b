//! Subjects of cues: the phrase before a verb, relative antecedents, inverted subjects,
//! lead subjects of quotations, incises.

use super::*;

impl<'a> Extractor<'a> {
    /// Cue before an opening mark: "X a déclaré : « …", "Et d'ajouter: \"…", "Selon lui, « …".
    pub(super) fn cue_before(&self, open: usize) -> Option<(Cue, SpkRef, bool)> {
        let ss = self.sentence_start(open);
        let mut k = open;
        let colon = k > 0 && self.w.is_punct(k - 1, ':');
        if colon {
            k -= 1;
        }
        // look back for a cue verb within the clause
        let lo = ss.max(k.saturating_sub(14));
        let mut j = k;
        while j > lo {
            j -= 1;
            if matches!(self.w.kind(j), Some(Kind::Mark(_))) {
                break;
            }
            if let Some(mut cue) = self.cue_at(j) {
                if cue.b > k {
                    continue;
                }
                // the whole verb: "fait valoir", not "valoir" (an auxiliary stays out: the
                // subject search walks over it)
                while j > lo && !is_in(AUX, self.w.lw(j - 1)) {
                    match self.cue_at(j - 1) {
                        Some(longer) if longer.b == cue.b => {
                            cue = longer;
                            j -= 1;
                        }
                        _ => break,
                    }
                }
                // the verb must lead to the mark (complements at most)
                let mut rest = self.skip_complements(cue.b, k);
                // (or its inverted subject: "Le dispositif n'est pas très cher, assure le
                // designer, « … »")
                let mut v0 = cue.a;
                while v0 > 0 && (is_in(AUX, self.w.lw(v0 - 1)) || self.w.lw(v0 - 1) == "fait") {
                    v0 -= 1;
                }
                let f = self.w.lw(cue.b);
                let inverted_subject = (v0 > ss + 1
                    && self.w.is_punct(v0 - 1, ',')
                    && rest == cue.b
                    && cue.inv_pronoun.is_none()
                    && (is_det(f) && !matches!(f, "au" | "aux" | "à") || self.w.is_cap(cue.b)))
                .then(|| self.np_end(cue.b, k))
                .filter(|&e| {
                    e > cue.b
                        && e + 1 == k
                        && self.w.is_punct(e, ',')
                        && match self.analyse_np(cue.b, e) {
                            SpkRef::Name { .. } => true,
                            r @ SpkRef::Desc { .. } => r.describes_people(),
                            _ => false,
                        }
                });
                if let Some(e) = inverted_subject {
                    rest = e;
                }
                let after_comma = inverted_subject.is_some();
                // "… l'assure, « il n'est pas mort ! »": a comma before the mark
                let comma_gap = rest + 1 == k && self.w.is_punct(rest, ',');
                // '…", a-t-il plaisanté, mais "cela montre …"': a second quotation joined to
                // the cue by a conjunction
                let conj = |x: usize| matches!(self.w.lw(x), "mais" | "et" | "car" | "puisque");
                let conj_gap = rest + 2 == k && self.w.is_punct(rest, ',') && conj(rest + 1);
                if comma_gap || conj_gap {
                    rest = k;
                }
                let colon = colon || comma_gap || conj_gap;
                // "a salué les « … »": a determiner may stand between verb and mark
                let det_gap =
                    rest + 1 == k && is_det(self.w.lw(rest)) && !is_in(POSSESSIVE, self.w.lw(rest));
                if rest != k && !colon && !det_gap {
                    continue;
                }
                if cue.class == VerbClass::Weak && !colon && cue.inv_pronoun.is_none() {
                    continue;
                }
                if let Some(g) = cue.inv_pronoun {
                    return Some((cue, SpkRef::Pronoun(g), colon));
                }
                let inf = j > 0 && matches!(self.w.lw(j - 1), "d'" | "de");
                // '« … », a fait valoir le Pr Pialoux : « … »': an inverted cue after a
                // quotation names its subject after the verb, before the colon
                let inverted = v0 > 1
                    && self.w.is_punct(v0 - 1, ',')
                    && (matches!(self.w.kind(v0 - 2), Some(Kind::Mark(_))) || after_comma);
                let after = (inverted && cue.b + 1 < k)
                    .then(|| self.analyse_np(cue.b, self.np_end(cue.b, k)))
                    .filter(|r| matches!(r, SpkRef::Name { .. } | SpkRef::Desc { .. }));
                let spk = if inf {
                    // "Et d'ajouter : « … »" goes on with the current speaker; "Puis Emmanuel
                    // Macron de poursuivre : « … »" names its subject before "de"
                    match self.subject_before(j - 1) {
                        named @ SpkRef::Name { .. } => named,
                        _ => SpkRef::Current,
                    }
                } else if let Some(r) = after {
                    r
                } else {
                    self.subject_before(cue.a)
                };
                return Some((cue, spk, colon));
            }
            // "Selon lui, « … »", "Pour le ministre, « … »"
            if (matches!(self.w.lw(j), "selon" | "pour") && j == self.sentence_start(j)
                || self.w.lw(j) == "selon")
                && (self.w.is_punct(k - 1, ',') || colon)
            {
                {
                    let e = self.np_end(j + 1, k);
                    let spk = self.analyse_np(j + 1, e);
                    if !matches!(spk, SpkRef::None) {
                        return Some((
                            Cue {
                                a: j,
                                b: j + 1,
                                lemma: "selon".into(),
                                class: VerbClass::Strong,
                                inv_pronoun: None,
                            },
                            spk,
                            colon,
                        ));
                    }
                }
            }
        }
        None
    }

    /// The subject of a verb starting at word `v` (pre-verbal).
    pub(super) fn subject_before(&self, v: usize) -> SpkRef {
        let ss = self.sentence_start(v);
        // walk back over clitics, negation, adverbs, auxiliaries and a comma incise
        // ("Rayan Nezzar a, une nouvelle fois, exprimé")
        let mut k = v;
        loop {
            // two-word adverbials: "a en outre jugé", "a elle aussi annoncé" (after its
            // auxiliary: "Elle aussi a annoncé" keeps its subject)
            let pair = (k > ss + 1).then(|| (self.w.lw(k - 2), self.w.lw(k - 1)));
            let adverbial = pair.is_some_and(|(a, b)| adverbial_pair(a, b));
            let echo = matches!(pair, Some(("lui" | "elle" | "eux" | "elles", "aussi")))
                && k > ss + 2
                && is_in(AUX, self.w.lw(k - 3));
            if adverbial || echo {
                k -= 2;
                continue;
            }
            if k > ss
                && (is_in(ADVERBS, self.w.lw(k - 1))
                    || is_in(AUX, self.w.lw(k - 1))
                    || is_in(MODALS, self.w.lw(k - 1)))
                && pronoun(self.w.lw(k - 1)).is_none()
            {
                k -= 1;
                continue;
            }
            // (an object clitic inside the clause: "Une autre source lui a suggéré")
            if k > ss + 1
                && matches!(self.w.lw(k - 1), "lui" | "leur")
                && self.w.is_word(k - 2)
                && !is_in(PREPS, self.w.lw(k - 2))
            {
                k -= 1;
                continue;
            }
            if k > ss + 1 && self.w.is_punct(k - 1, ',') {
                let lo = k.saturating_sub(8).max(ss);
                if let Some(c) = (lo..k - 1).rev().find(|&j| self.w.is_punct(j, ',')) {
                    if c > ss && is_in(AUX, self.w.lw(c - 1)) {
                        k = c - 1;
                        continue;
                    }
                }
            }
            break;
        }
        // "ce à quoi a rétorqué Olivier Faure", "ce que confirme le ministre": an object
        // relative puts the subject after the verb
        if k > ss && matches!(self.w.lw(k - 1), "que" | "qu'" | "quoi" | "dont") {
            if let Some(r) = self.subject_after_verb(v) {
                return r;
            }
        }
        // "de nombreux experts qui estiment que …": the antecedent of "qui"
        if k > ss + 1 && self.w.lw(k - 1) == "qui" {
            let q = k - 1;
            if let Some(person) = self.apposed_person_before(q, ss) {
                return person;
            }
            if let Some(d) = self.antecedent_start(q, ss) {
                let d = self.plural_antecedent(d, q, v).unwrap_or(d);
                return self.analyse_np(d, q);
            }
        }
        if k > ss {
            if let Some(g) = pronoun(self.w.lw(k - 1)) {
                // "A l'Elysée, on assure …", "Du côté de la compagnie, on indique …": "on" is
                // the body named at the sentence's start
                if self.w.lw(k - 1) == "on" {
                    if let Some(r) = self.body_fronted(ss, k - 1) {
                        return r;
                    }
                }
                return SpkRef::Pronoun(g);
            }
        }
        // the clause starts after the last ':' ';' mark or "que" before k
        let mut a = k;
        while a > ss {
            let p = a - 1;
            match self.w.kind(p) {
                Some(Kind::Punct(':')) | Some(Kind::Punct(';')) => break,
                // a closing mark after a sentence end ("… temps!\"Le quotidien"), or glued
                // to a capitalized word ("\"Procédure d'urgence\"L'Express rappelle")
                Some(Kind::Mark(_))
                    if p > 0
                        && (matches!(self.w.kind(p - 1), Some(Kind::Punct('.' | '!' | '?')))
                            || !self.w.space_after(p)
                                && (self.w.is_cap(p + 1)
                                    || matches!(self.w.lw(p + 1), "l'" | "d'")
                                        && self.w.is_cap(p + 2))) =>
                {
                    break
                }
                Some(Kind::Word)
                    if matches!(
                        self.w.lw(p),
                        "que" | "qu'" | "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'"
                    ) && a < k =>
                {
                    break
                }
                // "date à laquelle des fonctionnaires ont recommandé …", "le jour où le
                // ministre a annoncé …": a relative's subject follows its pronoun
                Some(Kind::Word)
                    if matches!(
                        self.w.lw(p),
                        "laquelle" | "lequel" | "lesquels" | "lesquelles" | "où"
                    ) && a < k =>
                {
                    break
                }
                // "…, dont le parti demande …": the subject follows "dont" (not "un document,
                // dont l'AFP avait eu copie, évoquait …", where the relative is closed)
                Some(Kind::Word)
                    if self.w.lw(p) == "dont"
                        && a < k
                        && !(a..k).any(|j| self.w.is_punct(j, ',')) =>
                {
                    break
                }
                // "et" opens a new clause unless it coordinates inside an apposition that a
                // comma closes ("Alexis Corbière, député de Montreuil et Bagnolet, a …")
                Some(Kind::Word)
                    if a < k
                        && (matches!(self.w.lw(p), "mais" | "car")
                            || (self.w.lw(p) == "et"
                                // ("le ministre de l'Action et des Comptes publics": a
                                // coordinated complement)
                                && !matches!(self.w.lw(p + 1), "des" | "du" | "de" | "d'")
                                && !self.coordinated_nouns(p)
                                && !(a..k).any(|j| self.w.is_punct(j, ',')))) =>
                {
                    break
                }
                _ => a = p,
            }
            if k - a > 40 {
                break;
            }
        }
        // comma segments: the last non-empty one, or the one before an apposition
        let mut segs: Vec<(usize, usize)> = Vec::new();
        let mut s = a;
        for j in a..k {
            if self.w.is_punct(j, ',') {
                segs.push((s, j));
                s = j + 1;
            }
        }
        segs.push((s, k));
        segs.retain(|&(x, y)| x < y);
        // '"…", poursuit M. Leschi, relevant …': the subject is the incise's own
        // (an incise after a closing mark, not "X et Y ont analysé des bulles … confirmant")
        if let Some(&(x, _)) = segs.last().filter(|_| segs.len() > 1) {
            let after_quote = x >= 2 && matches!(self.w.kind(x - 2), Some(Kind::Mark(_)));
            if after_quote && self.is_cue(x) {
                if let Some((_, r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }))) =
                    self.inverted_clause(x)
                {
                    return r;
                }
            }
        }
        // "…", a-t-elle assuré, en évoquant …: the subject is the incise's pronoun
        for &(x, y) in segs.iter().rev() {
            for j in x..y {
                if let Some((v, pr)) = split_inverted(self.w.lw(j)) {
                    if let Some(g) = pronoun(pr) {
                        if v == "t" || is_in(AUX, v) || self.lex.lookup(v).is_some() {
                            return SpkRef::Pronoun(g);
                        }
                    }
                }
            }
        }
        while let Some(&(x, y)) = segs.last() {
            let first = self.w.lw(x);
            // (a quantified subject is no apposition: "En effet, près d'une femme sur trois
            // dit …")
            let quantified = matches!(
                first,
                "près"
                    | "plus"
                    | "moins"
                    | "environ"
                    | "quelque"
                    | "quelques"
                    | "plusieurs"
                    | "certains"
                    | "certaines"
                    | "nombre"
                    | "beaucoup"
                    | "tous"
                    | "toutes"
            );
            // ("Ainsi, à l'Élysée un collaborateur explique": a place, then the subject)
            let placed = self.subject_after_place(x, y).is_some();
            let apposition = !self.w.is_cap(x)
                && self.w.is_word(x)
                && !is_det(first)
                && !quantified
                && !placed
                && pronoun(first).is_none()
                && segs.len() > 1;
            let relative = matches!(first, "qui" | "dont" | "lequel" | "laquelle");
            if apposition || relative {
                segs.pop();
                let _ = y;
                continue;
            }
            break;
        }
        // "il apprécie Edouard Philippe et pense que …": a verb coordinated to the clause's
        // own shares its pronoun subject, not the first verb's object
        if let Some(&(x, _)) = segs.last() {
            if k > x + 2 && self.w.lw(k - 1) == "et" {
                // (a subject pronoun opening the segment: a verb or a clitic follows it)
                if let Some(g) = pronoun(self.w.lw(x)).filter(|_| self.w.is_word(x + 1)) {
                    return SpkRef::Pronoun(g);
                }
            }
        }
        // "L'eurodéputé regrette de ne pas avoir été prévenu et d'avoir appris … et dénonce":
        // what follows "et" is a complement, the coordinated verb shares the sentence subject
        if let Some(&(x, _)) = segs.last() {
            if matches!(self.w.lw(x), "de" | "d'") && is_infinitive(self.w.lw(x + 1)) {
                let mut s0 = ss;
                while s0 < v && !self.w.is_word(s0) {
                    s0 += 1;
                }
                let e0 = self.np_end(s0, v);
                if e0 > s0 {
                    return self.analyse_np(s0, e0);
                }
            }
        }
        match segs.last() {
            Some(&(x, y)) => {
                // the subject phrase ends before its verb: "L'humoriste l'a démontré en
                // annonçant …"
                let ye = self.np_end(x, y);
                let verb_at = |j: usize| {
                    let l = self.w.lw(j);
                    is_in(AUX, l) || is_in(AUX, self.w.lw(j + 1)) || matches!(l, "n'" | "s'")
                };
                let y = if ye > x && ye < y && verb_at(ye) {
                    ye
                } else {
                    y
                };
                let r = self.analyse_np(x, y);
                // "Nicolas, un des voyageurs à bord, a décrit": a description apposed to a
                // name designates the named person
                if let SpkRef::Desc { head, .. } = &r {
                    if segs.len() > 1 && !matches!(head.as_str(), "source" | "sources") {
                        // (over appositions between: "Oriema Otieno, médecin à Embakasi, un
                        // quartier de Nairobi, dit …")
                        let mut i = segs.len() - 2;
                        while i > 0 && {
                            let f = segs[i].0;
                            self.w.is_word(f) && !self.w.is_cap(f) && !is_det(self.w.lw(f))
                        } {
                            i -= 1;
                        }
                        let (px, py) = segs[i];
                        let prev = self.analyse_np(px, py);
                        // (a name the NER layer took for a body is a person's when a person
                        // noun is apposed to it: "Oriema Otieno, médecin à Embakasi, …")
                        let described = i + 2 < segs.len() && {
                            let h = self.w.lw(segs[i + 1].0);
                            is_in(TITLES, h) || is_in(ANON_HEADS, h)
                        };
                        // ("Cette dernière, une ancienne salafiste, affirme …": the person
                        // pointed back to)
                        if (matches!(
                            prev,
                            SpkRef::Name {
                                kind: SpeakerKind::Person,
                                ..
                            } | SpkRef::Latest(_)
                        ) || (described && matches!(prev, SpkRef::Name { .. })))
                            && py == px + (py - px).min(4)
                        {
                            return match prev {
                                SpkRef::Name { s, e, entity, .. } if described => SpkRef::Name {
                                    s,
                                    e,
                                    kind: SpeakerKind::Person,
                                    entity,
                                },
                                _ => prev,
                            };
                        }
                    }
                }
                // "Gilbert Edelstein, son actuel propriétaire, l'assure": the possessive
                // description is an apposition of the name before it
                if matches!(r, SpkRef::Current) && segs.len() > 1 {
                    let (px, py) = segs[segs.len() - 2];
                    let prev = self.analyse_np(px, py);
                    if matches!(prev, SpkRef::Name { .. }) {
                        return prev;
                    }
                }
                r
            }
            None => SpkRef::None,
        }
    }

    /// The organisation a fronted place phrase names before an impersonal "on" at word `on`
    /// ("A l'Elysée,", "Chez TF1,", "Du côté de la compagnie ferroviaire,"), from the
    /// sentence start `ss`.
    fn body_fronted(&self, ss: usize, on: usize) -> Option<SpkRef> {
        let mut a = (ss..on).find(|&j| self.w.is_word(j))?;
        if !self.w.is_punct(on - 1, ',') {
            return None;
        }
        a += match (self.w.lw(a), self.w.lw(a + 1), self.w.lw(a + 2)) {
            ("du", "côté", "de" | "d'" | "du" | "des") => 3,
            ("à" | "a" | "chez", _, _) => 1,
            // ("Dans l'entourage du président, on reconnaît …": a group around someone)
            ("dans", _, _) => 1,
            _ => return None,
        };
        let within = self.w.lw(a - 1) == "dans";
        // ("du côté du palais": "du" holds the article)
        if matches!(self.w.lw(a - 1), "du" | "des") && self.w.lw(a - 2) == "côté" {
            a -= 1;
        }
        let r = self.analyse_np(a, on - 1);
        let body = match &r {
            SpkRef::Desc { head, .. } if within => matches!(
                head.as_str(),
                "entourage" | "camp" | "rangs" | "équipe" | "cabinet" | "majorité" | "opposition"
            ),
            _ if within => false,
            SpkRef::Name { kind, .. } => *kind == SpeakerKind::Organisation,
            SpkRef::Desc { head, .. } => is_org_head(head),
            _ => false,
        };
        body.then_some(r)
    }

    /// For a relative whose verb (from word `v`) is plural, the plural phrase inside the
    /// antecedent found from `d` to the "qui" at `q`: "l'enthousiasme des syndicats, qui
    /// ont jugé …" is the unions'. None when the verb is singular or the phrase at `d`
    /// plural already.
    fn plural_antecedent(&self, d: usize, q: usize, v: usize) -> Option<usize> {
        const PLURAL: [&str; 5] = ["les", "des", "ces", "leurs", "ses"];
        let verb = self.w.lw(v);
        let plural_verb = matches!(
            verb,
            "ont" | "sont" | "avaient" | "étaient" | "auraient" | "seraient" | "vont" | "viennent"
        ) || (verb.ends_with("ent") && self.lex.lookup(verb).is_some());
        if !plural_verb || PLURAL.contains(&self.w.lw(d)) {
            return None;
        }
        (d + 1..q).find(|&j| PLURAL.contains(&self.w.lw(j)))
    }

    /// Does the "et" at word `p` join two bare nouns of one phrase ("le célèbre
    /// épidémiologiste et conseiller de Donald Trump"), rather than two clauses?
    pub(super) fn coordinated_nouns(&self, p: usize) -> bool {
        let (before, after) = (p.wrapping_sub(1), p + 1);
        let bare_noun = |j: usize| {
            let l = self.w.lw(j);
            self.w.is_word(j)
                && !self.w.is_cap(j)
                && !is_det(l)
                && pronoun(l).is_none()
                && !is_in(AUX, l)
                && !is_in(PREPS, l)
                && !matches!(l, "ne" | "n'" | "y" | "se" | "s'" | "pas" | "plus" | "non")
                && self.lex.lookup(l).is_none()
        };
        p > 0 && bare_noun(before) && bare_noun(after)
    }

    /// The first word of the noun phrase that a relative "qui" at word `q` refers to: a
    /// name that ends right before it ("l'Agence européenne des médicaments, qui estime", not
    /// "des médicaments"), or the nearest determiner.
    /// Where the verb group ending at word `v` starts, back over auxiliaries, adverbs,
    /// negation and clitics ("qui ne l'a jamais dit", "Ils lui ont dit"), not before `lo`.
    pub(super) fn verb_group_start(&self, v: usize, lo: usize) -> usize {
        let mut k = v;
        while k > lo
            && (is_in(AUX, self.w.lw(k - 1))
                || is_in(ADVERBS, self.w.lw(k - 1))
                || matches!(
                    self.w.lw(k - 1),
                    "ne" | "n'" | "se" | "s'" | "en" | "y" | "l'" | "les" | "lui" | "leur"
                ))
        {
            k -= 1;
        }
        k
    }

    /// "Adrien Taquet, le secrétaire d'Etat à la Protection de l'enfance, qui souhaite …":
    /// the relative "qui" at `q` after a role in apposition to a named person is that
    /// person's, not an organisation's inside the role.
    fn apposed_person_before(&self, q: usize, ss: usize) -> Option<SpkRef> {
        if q < ss + 4 || !self.w.is_punct(q - 1, ',') {
            return None;
        }
        let c0 = (q.saturating_sub(14).max(ss)..q - 1)
            .rev()
            .find(|&j| self.w.is_punct(j, ','))?;
        let first = self.w.lw(c0 + 1);
        // (a title or a trade: "professeure en sciences de l'information à l'université
        // Colorado Boulder, qui prône")
        let person_noun = |h: &str| {
            is_in(TITLES, h)
                || self.person_noun(h)
                || h.strip_suffix('e').is_some_and(|m| self.person_noun(m))
        };
        let role =
            (is_det(first) && person_noun(role_head(self.w.lw(c0 + 2)))) || person_noun(first);
        if !role || c0 == ss {
            return None;
        }
        let clause = (c0 + 1..q - 1).any(|j| {
            is_in(AUX, self.w.lw(j))
                || self.is_cue(j)
                || matches!(self.w.kind(j), Some(Kind::Mark(_)))
        });
        if clause {
            return None;
        }
        let end = self.w.w[c0 - 1].e;
        let hi = self.mentions.partition_point(|m| m.span.start < end);
        let m = self.mentions[hi.saturating_sub(4)..hi]
            .iter()
            .find(|m| m.span.end == end && m.label == EntityType::PER)?;
        let a = self.word_at(m.span.start).filter(|&a| a >= ss)?;
        match self.analyse_np(a, c0) {
            r @ SpkRef::Name {
                kind: SpeakerKind::Person,
                ..
            } => Some(r),
            _ => None,
        }
    }

    pub(super) fn antecedent_start(&self, q: usize, ss: usize) -> Option<usize> {
        let mut j = q;
        if j > ss && self.w.is_punct(j - 1, ',') {
            j -= 1;
        }
        if j > ss {
            let end = self.w.w[j - 1].e;
            let hi = self.mentions.partition_point(|m| m.span.start < end);
            let named = self.mentions[hi.saturating_sub(8)..hi]
                .iter()
                .filter(|m| {
                    m.span.end == end && matches!(m.label, EntityType::PER | EntityType::ORG)
                })
                .filter_map(|m| self.word_at(m.span.start))
                .min();
            // (not a name after a preposition: "a déclaré M. Darmanin sur RMC, qui se dit …")
            let complement = |n: usize| {
                // back over the names coordinated with it ("sur BFMTV/RMC", "sur France
                // Info/France Inter"), joined by a sign (not "le ministre de l'Intérieur
                // Christophe Castaner, qui": no complement of "ministre")
                let mut p = n;
                while p > ss + 1
                    && matches!(self.w.kind(p - 1), Some(Kind::Punct('/' | '-' | '&')))
                    && self.w.is_cap(p - 2)
                {
                    p -= 2;
                    while p > ss && self.w.is_cap(p - 1) {
                        p -= 1;
                    }
                }
                let p = if p > ss && is_det(self.w.lw(p - 1)) {
                    p - 1
                } else {
                    p
                };
                let de = p > ss && matches!(self.w.lw(p - 1), "de" | "d'" | "du" | "des");
                // ("le constat de l'Agence, qui estime" is the Agence's; "le président de la
                // région, qui précise" the president's)
                // (a passive's agent is a person who may speak on: "signé par Donald Trump, qui
                // accuse")
                let agent = self.w.lw(p - 1) == "par" && self.person_at(self.w.w[n].s).is_some();
                p > ss
                    && (is_in(PREPS, self.w.lw(p - 1)) && !de && !agent
                        || de && p > ss + 1 && is_in(TITLES, self.w.lw(p - 2)))
            };
            if let Some(n) = named.filter(|&n| n >= ss && !complement(n)) {
                return Some(if n > ss && is_det(self.w.lw(n - 1)) {
                    n - 1
                } else {
                    n
                });
            }
            // "s'est interrogé Me Thierry Herzog sur RTL, qui considère": past the complement,
            // the person named right before its preposition
            if let Some(n) = named.filter(|&n| n > ss + 1 && is_in(PREPS, self.w.lw(n - 1))) {
                let end = self.w.w[n - 2].e;
                let hi = self.mentions.partition_point(|m| m.span.start < end);
                let person = self.mentions[hi.saturating_sub(8)..hi]
                    .iter()
                    .find(|m| m.span.end == end && m.label == EntityType::PER)
                    .and_then(|m| self.word_at(m.span.start));
                if let Some(p) = person.filter(|&p| p >= ss) {
                    return Some(p);
                }
            }
        }
        let lo = q.saturating_sub(8).max(ss);
        let dets: Vec<usize> = (lo..q)
            .rev()
            .take_while(|&j| !is_in(AUX, self.w.lw(j)) && !self.w.is_punct(j, ':'))
            .filter(|&j| is_det(self.w.lw(j)) || is_in(INDEF, self.w.lw(j)))
            .filter(|&j| !matches!(self.w.lw(j), "de" | "d'"))
            // (a date is no antecedent: "dans un avis publié ce mardi 28 avril, qui appelle …")
            .filter(|&j| !is_time_noun(self.w.lw(j + 1)))
            .collect();
        // "le président de la région des Alpes-Maritimes, qui": past the complements ("des",
        // "du", "de la") to the head's determiner
        let complement = |j: usize| {
            matches!(self.w.lw(j), "du" | "des")
                && j > lo
                && self.w.is_word(j - 1)
                && !is_det(self.w.lw(j - 1))
                || j > lo && matches!(self.w.lw(j - 1), "de" | "d'")
        };
        let d = dets
            .iter()
            .copied()
            .find(|&j| !complement(j))
            .or_else(|| dets.first().copied())?;
        Some(
            if d > lo
                && matches!(self.w.lw(d - 1), "de" | "d'")
                && !matches!(self.w.lw(d), "la" | "l'" | "le" | "les")
            {
                d - 1
            } else {
                d
            },
        )
    }

    /// The person subject of the narrative sentence just before a quotation at word `o` that
    /// opens its own sentence (from `ss`) with no cue: "Le Premier ministre a balayé l'idée
    /// de la fin du droit du sol. « Je ne vois pas en quoi … »". A name only; the sentence
    /// before holds no quotation mark.
    pub(super) fn narrated_subject_before(&self, o: usize, ss: usize) -> Option<SpkRef> {
        if (ss..o).any(|k| self.w.is_word(k)) {
            return None;
        }
        let si = *self.w.sent_of.get(o)? as usize;
        let (pa, pb) = *self.w.sents.get(si.checked_sub(1)?)?;
        if (pa..pb).any(|k| matches!(self.w.kind(k), Some(Kind::Mark(_)))) {
            return None;
        }
        let v = (pa + 1..pb.min(pa + 15)).find(|&k| is_in(AUX, self.w.lw(k)) || self.is_cue(k))?;
        match self.subject_before(v) {
            r @ SpkRef::Name {
                kind: SpeakerKind::Person,
                ..
            } => Some(r),
            _ => None,
        }
    }

    /// The subject placed after the verb group that starts at word `v`, for object
    /// relatives ("ce à quoi a rétorqué Olivier Faure").
    pub(super) fn subject_after_verb(&self, v: usize) -> Option<SpkRef> {
        let se = self.sentence_end(v);
        let mut j = v;
        while j < se
            && j < v + 5
            && self.w.is_word(j)
            && !self.w.is_cap(j)
            && !is_det(self.w.lw(j))
            && (is_in(AUX, self.w.lw(j))
                || is_in(ADVERBS, self.w.lw(j))
                || self.lex.lookup(self.w.lw(j)).is_some())
        {
            j += 1;
        }
        if j == v || j >= se || !(self.w.is_cap(j) || is_det(self.w.lw(j))) {
            return None;
        }
        let e = self.np_end(j, se);
        match self.analyse_np(j, e) {
            r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => Some(r),
            _ => None,
        }
    }

    /// The person named as the subject of the sentence that contains word `o`, before it;
    /// the current speaker otherwise.
    pub(super) fn subject_person_before(&self, o: usize) -> SpkRef {
        let ss = self.sentence_start(o);
        let (lo, hi) = (self.w.w[ss].s, self.w.w[o].s);
        let found = self
            .persons
            .iter()
            .flat_map(|p| p.at.iter().copied())
            .filter(|&x| x >= lo && x < hi && self.subject_at(x))
            .min();
        match found.and_then(|x| self.word_at(x)) {
            Some(i) => {
                let e = self.w_end_of_mention(i).max(i + 1);
                SpkRef::Name {
                    s: i,
                    e,
                    kind: SpeakerKind::Person,
                    entity: self.mention_entity(i, e),
                }
            }
            None => SpkRef::Current,
        }
    }

    /// The first person named as a subject in the sentence that starts at or after word
    /// `k` (within its first 25 words).
    pub(super) fn subject_person_after(&self, k: usize) -> Option<usize> {
        self.person_in_sentence_after(k, true)
    }

    /// The person a sentence pointing back at a lead quotation names, anywhere in it ("«
    /// … » Voilà ce qu'a répondu X", "C'est l'opinion de X", "Tel est le constat de X").
    pub(super) fn pointing_back_person(&self, k: usize) -> Option<usize> {
        let j = (k..self.w.len()).find(|&j| self.w.is_word(j))?;
        let pointing = matches!(
            self.w.lw(j),
            "voilà" | "voila" | "tel" | "telle" | "tels" | "telles" | "c'" | "c'est"
        );
        pointing
            .then(|| self.person_in_sentence_after(j, false))
            .flatten()
    }

    pub(super) fn person_in_sentence_after(&self, k: usize, subject_only: bool) -> Option<usize> {
        let k = (k..self.w.len()).find(|&j| self.w.is_word(j))?;
        let si = *self.w.sent_of.get(k)? as usize;
        let (_, b) = *self.w.sents.get(si)?;
        let hi = self.w.w[b.min(k + 25).min(self.w.len()) - 1].e;
        let lo = self.w.w[k].s;
        self.persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                p.at.iter()
                    .copied()
                    .filter(|&x| x >= lo && x < hi && (!subject_only || self.subject_at(x)))
                    .min()
                    .map(|x| (x, i))
            })
            .min()
            .map(|(_, i)| i)
    }

    /// The first word of a subject noun phrase standing right before the opening mark `o`
    /// ("l'employée", "le suspect", "la députée du Pas-de-Calais") after "que", a comma or the
    /// sentence start `ss`; None when the words before the mark are no such phrase.
    pub(super) fn subject_lead(&self, o: usize, ss: usize) -> Option<usize> {
        if o == 0 || !self.w.is_word(o - 1) {
            return None;
        }
        let mut from = o;
        while from > ss && from + 8 > o && self.w.is_word(from - 1) {
            if matches!(self.w.lw(from - 1), "que" | "qu'") {
                break;
            }
            from -= 1;
        }
        let boundary = from == ss
            || matches!(self.w.lw(from - 1), "que" | "qu'")
            || self.w.is_punct(from - 1, ',');
        let f = self.w.lw(from);
        let subject = (is_det(f) && !matches!(f, "de" | "d'" | "des" | "du"))
            || is_in(POSSESSIVE, f)
            || pronoun(f).is_some()
            || self.person_at(self.w.w[from].s).is_some();
        // (no verb of its own between: "il faut", "il a dit" are clauses, not subjects)
        let verb = (from + 1..o).any(|k| is_in(AUX, self.w.lw(k)) || self.is_cue(k));
        (boundary && subject && !verb && from < o).then_some(from)
    }

    /// Does `spk` designate a news outlet ("Le Parisien", "le quotidien")?
    pub(super) fn names_medium(&self, spk: &SpkRef) -> bool {
        match spk {
            SpkRef::Name { s, e, .. } => {
                crate::media::names_outlet(&self.w.text[self.w.span(*s, *e).range()])
            }
            SpkRef::Desc { head, .. } => is_in(MEDIA_HEADS, head),
            _ => false,
        }
    }

    /// An incise inside a quotation: "…, a-t-elle expliqué à Sud-Ouest. …".
    pub(super) fn incise(&self, ca: usize, cb: usize) -> Option<(Cue, SpkRef)> {
        self.incise_at(ca, cb).map(|(_, cue, spk)| (cue, spk))
    }

    /// An incise that ends its sentence inside the marks, with words after it: '"…, a
    /// expliqué Julien Dray. Et …", a fustigé …'. Gives the comma before the incise, the
    /// first word of the next sentence, and the incise's cue and subject.
    pub(super) fn sentence_incise(
        &self,
        ca: usize,
        cb: usize,
    ) -> Option<(usize, usize, Cue, SpkRef)> {
        let (comma, cue, spk) = self.incise_at(ca, cb)?;
        let next = self.sentence_end(cue.a);
        let words_after = (next..cb).any(|k| self.w.is_word(k));
        // (the verb right after the comma, bar an object pronoun, and a short clause: ", nous
        // voulons les faire rentrer sur le territoire national." is no incise)
        let right_after = (comma + 1..cue.a)
            .all(|k| matches!(self.w.lw(k), "lui" | "leur" | "m'" | "l'" | "s'" | "se"));
        let short = next <= cue.b + 12;
        // (", ses méthodes, contestées, un risque naîtra": a lone participle set off by commas
        // is an adjective)
        let lone_participle = cue.b == cue.a + 1 && first_group_participle(self.w.lw(cue.a));
        (comma > ca && next < cb && words_after && right_after && short && !lone_participle)
            .then_some((comma, next, cue, spk))
    }

    /// `incise`, with the comma that opens it.
    fn incise_at(&self, ca: usize, cb: usize) -> Option<(usize, Cue, SpkRef)> {
        for j in ca..cb {
            if self.w.is_punct(j, ',') {
                let mut k = j + 1;
                while k < j + 3
                    && matches!(
                        self.w.lw(k),
                        "lui" | "leur" | "nous" | "m'" | "l'" | "s'" | "se"
                    )
                {
                    k += 1;
                }
                let cue = self.cue_at(k);
                if let Some(g) = cue.as_ref().and_then(|q| q.inv_pronoun) {
                    return cue.map(|q| (j, q, SpkRef::Pronoun(g)));
                }
                if cue.is_some() || self.w.lw(k) == "selon" {
                    // "…, s'agace une Lilloise. …"
                    if let Some((cue, mut spk)) = self.inverted_clause(k) {
                        // ("selon sa présidente, Chantal Perrichon.": the apposed name)
                        if cue.lemma == "selon" && matches!(spk, SpkRef::Current) {
                            let name = (k + 2..cb.min(k + 8))
                                .find(|&x| self.w.is_punct(x, ','))
                                .filter(|&x| self.w.is_cap(x + 1));
                            if let Some(x) = name {
                                let mut e = x + 1;
                                while e < cb && self.w.is_cap(e) {
                                    e += 1;
                                }
                                spk = self.analyse_np(x + 1, e);
                            }
                        }
                        // (a source marker inside the marks names the speaker only as a person
                        // or a title set off up to the sentence's end: "c'est très peu, selon
                        // sa présidente, Chantal Perrichon.", not "selon les chiffres")
                        let person = match &spk {
                            SpkRef::Name { kind, .. } => *kind == SpeakerKind::Person,
                            SpkRef::Desc { head, .. } => is_in(TITLES, head),
                            _ => false,
                        };
                        let closes = (k + 1..cb.min(k + 14))
                            .find(|&x| {
                                !self.w.is_word(x)
                                    && !self.w.is_punct(x, ',')
                                    && !matches!(self.w.kind(x), Some(Kind::Punct('-' | '\'')))
                            })
                            .is_some_and(|x| self.w.is_punct(x, '.'));
                        if matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. })
                            && (cue.lemma != "selon" || (person && closes))
                        {
                            return Some((j, cue, spk));
                        }
                    }
                }
            }
        }
        None
    }

    /// A person whose name opens the sentence at or after word `k` ("… ". Franck Riester, …").
    pub(super) fn person_starting(&self, mut k: usize) -> Option<usize> {
        if self.w.is_punct(k, '.') {
            k += 1;
        }
        let e = (k + 3).min(self.w.len());
        let (s, _) = self.name_run(k, e.max(k))?;
        if s > k + 1 {
            return None;
        }
        let b = self.w.w[s].s;
        self.person_at(b)
    }
}
