//! Indirect and mixed statements: source markers ("selon X"), reporting clauses ("X a
//! déclaré que …"), inverted finals, data issuers.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn indirect_candidates(
        &self,
        direct: &[Cand],
        used_cue: &[(usize, usize)],
        fragments: &[Span],
    ) -> Vec<Cand> {
        let mut out = Vec::new();
        // merged, sorted ranges answer "inside a quotation?" and "cue taken?" by binary
        // search: the sentence scans below ask for every word
        let quoted = merged_ranges(direct.iter().map(|d| (d.span.start, d.span.end)));
        let used = merged_ranges(used_cue.iter().copied());
        let inside_direct = |k: usize| -> bool { in_ranges(&quoted, self.w.w[k].s) };
        let cue_used = |a: usize| in_ranges(&used, a);
        // did the sentence `span` hold a statement (a quotation, or one of `out` from `n` on)?
        let said = |out: &[Cand], (span, n): (Span, usize)| {
            out.len() > n || overlaps_ranges(&quoted, span.start, span.end)
        };
        let mut previous: Option<(Span, usize)> = None;
        for &(sa, sb) in &self.w.sents {
            let this = (self.w.span(sa, sb), out.len());
            let said_before = previous.is_some_and(|p| said(&out, p));
            previous = Some(this);
            // trim the final punctuation
            let mut se = sb;
            while se > sa
                && matches!(
                    self.w.kind(se - 1),
                    Some(Kind::Punct('.' | '!' | '?' | '…' | ':'))
                )
            {
                se -= 1;
            }
            if se <= sa + 2 {
                continue;
            }
            // a mixed quotation already covers this sentence's reporting clause
            let sspan = self.w.span(sa, se);
            if let Some(d) = direct.iter().find(|d| {
                d.kind == QuoteKind::Mixed
                    && d.content.overlaps(sspan)
                    && d.content.start <= sspan.start
            }) {
                // (a second reporting clause after it stays: "…", a estimé X, ajoutant que …)
                let from = (sa..se)
                    .find(|&j| self.w.w[j].s >= d.span.end)
                    .unwrap_or(se);
                if from + 3 < se {
                    if let Some(c) = self.reporting_clause(from, se, &inside_direct, &cue_used) {
                        if c.content.start >= d.span.end {
                            out.push(c);
                        }
                    }
                }
                continue;
            }
            let mut found = self.inverted_final(sa, se, &inside_direct, &cue_used);
            if found.is_none() {
                found = self.source_marker(sa, se, &inside_direct);
            }
            let mut second = None;
            match &found {
                None => {
                    found = self.reporting_clause(sa, se, &inside_direct, &cue_used);
                    // "Après avoir affirmé qu'elle n'était pas candidate, la ministre a annoncé
                    // qu'elle était prête": a second reporting clause after the first one
                    if let Some(f) = &found {
                        let after = f.content.end;
                        let from = (sa..se).find(|&j| self.w.w[j].s >= after).unwrap_or(se);
                        if from + 3 < se {
                            second = self.reporting_clause(from, se, &inside_direct, &cue_used);
                        }
                    }
                }
                // a second statement after the first one's cue: "…, a indiqué le parquet,
                // qui a précisé que …"
                Some(f) => {
                    let after = f.span.end;
                    let from = (sa..se).find(|&j| self.w.w[j].s >= after).unwrap_or(se);
                    if from + 3 < se {
                        second = self
                            .reporting_clause(from, se, &inside_direct, &cue_used)
                            .or_else(|| self.relative_source(from, se, &inside_direct));
                    }
                }
            }
            for mut c in found.into_iter().chain(second) {
                // '"Johnny me manque", explique-t-il, revenant sur …, selon lui, …': a
                // quotation with its own cue opening the content stays a direct statement;
                // the reported clause starts after that cue
                if let Some(d) = direct.iter().find(|d| {
                    d.kind == QuoteKind::Direct
                        && d.span.start <= c.content.start
                        && d.span.end > c.content.start
                        && d.cue.is_some_and(|q| q.end < c.content.end)
                }) {
                    let after = d.cue.map_or(d.span.end, |q| q.end).max(d.span.end);
                    let from = self.w.w.partition_point(|w| w.s < after);
                    match (from..self.w.len()).find(|&j| self.w.is_word(j)) {
                        Some(j) if self.w.w[j].s + 8 < c.content.end => {
                            c.content = Span::new(self.w.w[j].s, c.content.end);
                            c.span = c.content.cover(c.cue.unwrap_or(c.content));
                        }
                        _ => continue,
                    }
                }
                let mut cut = false;
                for d in direct
                    .iter()
                    .filter(|d| d.kind == QuoteKind::Direct && d.cue.is_some())
                {
                    if c.content.overlaps(d.span) && d.span.start > c.content.start {
                        let lead = &self.w.text[c.content.start as usize..d.span.start as usize];
                        cut = lead.trim_end().ends_with(',');
                        let mut end = d.span.start;
                        let t = &self.w.text[c.content.start as usize..end as usize];
                        end -=
                            (t.len() - t.trim_end_matches([' ', ':', ',', ';', '\n']).len()) as u32;
                        c.content.end = end;
                        c.span = c.content.cover(c.cue.unwrap_or(c.content));
                    }
                }
                // 'Selon Anaëlle, une Parisienne, « … », a-t-elle raconté': the marker leads a
                // quotation with its own cue, no statement of its own
                if cut && matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
                    continue;
                }
                // a quoted segment inside the reported clause makes it mixed
                if direct.iter().any(|d| {
                    c.content.contains(d.span)
                        || (d.kind == QuoteKind::Direct && c.content.contains(d.content))
                }) || fragments.iter().any(|f| c.content.contains(*f))
                {
                    c.kind = QuoteKind::Mixed;
                }
                // 'Selon lui, "il faut …"': a source marker before a quotation that makes the
                // whole clause is a direct statement (guidelines, clarification 6)
                if let Some(d) = self.whole_quoted_clause(&c, direct) {
                    c.kind = QuoteKind::Direct;
                    c.content = d.content;
                }
                if c.kind != QuoteKind::Direct {
                    self.trim_speech_setting(&mut c);
                }
                if !c.content.is_empty() && !self.no_message(c.content) {
                    out.push(c);
                }
            }
            // (the sentence before held a statement: its speaker is the current one)
            if said_before && !said(&out, this) {
                out.extend(self.cueless_fragment(sa, se, fragments));
            }
        }
        out
    }

    /// 'Le trafic international sera "très peu perturbé" et les trains rouleront "comme un
    /// dimanche".' after a statement: a sentence with no cue holding a quoted fragment of
    /// `CUELESS_FRAGMENT_WORDS` words or more (not opening it) is a mixed statement of the
    /// current speaker (guidelines, clarification 8). Shorter fragments are more often the
    /// writer's scare quotes: at three words, half of such sentences hold no statement.
    fn cueless_fragment(&self, sa: usize, se: usize, fragments: &[Span]) -> Option<Cand> {
        let sspan = self.w.span(sa, se);
        let opens = matches!(self.w.kind(sa), Some(Kind::Mark(_)));
        // (fragments are in text order: only the sentence's are looked at)
        let from = fragments.partition_point(|f| f.start < sspan.start);
        let to = fragments.partition_point(|f| f.start < sspan.end);
        let long = fragments.get(from..to).unwrap_or(&[]).iter().any(|f| {
            sspan.contains(*f)
                && self
                    .w
                    .text
                    .get(f.range())
                    .is_some_and(|t| t.split_whitespace().count() >= CUELESS_FRAGMENT_WORDS)
        });
        (long && !opens).then_some(Cand {
            kind: QuoteKind::Mixed,
            span: sspan,
            content: sspan,
            cue: None,
            lemma: None,
            spk: SpkRef::Current,
            unclosed: false,
            bare: false,
            next_subject: None,
        })
    }

    /// "a annoncé son choix dans un communiqué publié sur Twitter", "a fait part de sa colère
    /// sur les réseaux sociaux": where and how the words were said closes the content (the
    /// setting of the speech act, not what was said), with a date just before it.
    fn trim_speech_setting(&self, c: &mut Cand) {
        let (Some(a), Some(b)) = (
            self.word_at(c.content.start),
            self.word_end_at(c.content.end),
        ) else {
            return;
        };
        let head_within = |x: usize, heads: &[&str]| {
            (x + 1..(x + 4).min(b)).any(|h| heads.contains(&self.w.lw(h)))
        };
        // ("dans Le Point", "dans Paris Match": a paper named)
        let outlet_at = |x: usize| {
            self.w.is_cap(x) && {
                let outlets = self.outlets();
                let i = outlets.partition_point(|&(os, _)| os < x);
                outlets.get(i).is_some_and(|&(os, _)| os == x)
            }
        };
        let setting = |x: usize| match self.w.lw(x) {
            "dans" => {
                (is_det(self.w.lw(x + 1)) && head_within(x + 1, SETTING_DOCS)) || outlet_at(x + 1)
            }
            "sur" => {
                SETTING_NETWORKS.contains(&self.w.lw(x + 1))
                    || (self.w.lw(x + 1) == "les" && self.w.lw(x + 2) == "réseaux")
                    || (matches!(self.w.lw(x + 1), "son" | "sa" | "leur")
                        && matches!(self.w.lw(x + 2), "compte" | "page" | "blog"))
            }
            "lors" => {
                matches!(self.w.lw(x + 1), "d'" | "de" | "du") && head_within(x + 1, SETTING_EVENTS)
            }
            "devant" => is_det(self.w.lw(x + 1)) && head_within(x, SETTING_AUDIENCES),
            _ => false,
        };
        // (not the setting of a word inside the content: "un message posté sur Facebook",
        // "qui a dénoncé sur Twitter …")
        // ("jeudi dans un communiqué": a day ends like a participle)
        let own = |x: usize| {
            let before = self.w.lw(x - 1);
            (is_time_noun(before) || !looks_participle(before)) && !self.is_cue(x - 1)
        };
        let Some(mut x) = (a + 2..b).find(|&x| setting(x) && own(x) && !self.inside_quote(x))
        else {
            return;
        };
        // (a date just before it: "mercredi dans Paris Match", "samedi lors d'un meeting")
        if let Some(y) =
            (x.saturating_sub(4).max(a + 1)..x).find(|&y| self.date_words(y, x) == Some(x - y))
        {
            x = y;
        }
        while x > a && self.w.is_punct(x - 1, ',') {
            x -= 1;
        }
        if x > a + 1 {
            c.content.end = self.w.w[x - 1].e;
            c.span = c.content.cover(c.cue.unwrap_or(c.content));
        }
    }

    /// Are words [a, b) one adverbial phrase ("Lors des perquisitions menées à Oullins") and
    /// no clause? A source marker may take appositions ("Selon Anaëlle, une Parisienne de 19
    /// ans, venue avec deux amies"), not a clause after a comma ("Selon les chiffres, il y
    /// avait …") nor a verb outside a relative ("…, les dépistages se font …").
    pub(super) fn adverbial_only(&self, a: usize, b: usize, marker: bool) -> bool {
        let mut relative = false;
        for k in a..b {
            if matches!(self.w.kind(k), Some(Kind::Mark(_))) {
                return false;
            }
            let l = self.w.lw(k);
            if self.w.is_punct(k, ',') {
                if !marker {
                    return false;
                }
                let next = self.w.lw(k + 1);
                if pronoun(next).is_some() || matches!(next, "c'" | "ce" | "cela" | "je" | "j'") {
                    return false;
                }
            }
            relative |= matches!(l, "qui" | "dont" | "où");
            if !relative && (is_in(AUX, l) || matches!(l, "se" | "s'")) && k > a {
                return false;
            }
        }
        true
    }

    /// The quotation that makes the whole content of a source-marker statement ("selon X",
    /// "pour X", "d'après X"), marks included, when there is one.
    pub(super) fn whole_quoted_clause<'c>(&self, c: &Cand, direct: &'c [Cand]) -> Option<&'c Cand> {
        if !matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
            return None;
        }
        let t = self.w.text.get(c.content.range())?;
        let lead = (t.len() - t.trim_start().len()) as u32;
        let trail = (t.len() - t.trim_end_matches([' ', '.', ',', ';', '\n']).len()) as u32;
        let (a, b) = (c.content.start + lead, c.content.end - trail);
        // ('Pour lui, "c'est très grave" et il ne comprend pas …': the quotation ends the
        // marker's clause before a new subject)
        let new_clause = |e: u32| {
            let rest = self
                .w
                .text
                .get(e as usize..c.content.end as usize)
                .unwrap_or("");
            let rest = rest.trim_start().to_lowercase();
            ["et ", "mais "].iter().any(|cj| {
                rest.strip_prefix(cj).is_some_and(|r| {
                    ["il ", "elle ", "ils ", "elles ", "on "]
                        .iter()
                        .any(|p| r.starts_with(p))
                })
            })
        };
        direct.iter().find(|d| {
            d.span.start == a
                && (d.span.end >= b || new_clause(d.span.end))
                && d.span.end <= c.content.end
                && !d.unclosed
        })
    }

    /// "CONTENT, a déclaré X." / ", a appris Sputnik d'une source militaire".
    pub(super) fn inverted_final(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
        cue_used: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        for k in sa + 3..se {
            // ('Ce slogan est "vague et imprécis" a jugé la Première ministre': a closing mark
            // with no comma sets off the incise too)
            let closing = matches!(self.w.kind(k - 1), Some(Kind::Mark(_)))
                && self.quoted.iter().any(|&(o, c)| c == k - 1 && o > sa);
            if !(self.w.is_punct(k - 1, ',') || closing) || inside_direct(k) || cue_used(k) {
                continue;
            }
            if matches!(self.w.lw(k), "selon" | "d'" | "according") {
                continue;
            }
            // ('Le maire de Dijon, François Rebsamen, a dénoncé le manque de moyens': a
            // subject with its name in apposition before the comma, no reported clause)
            if self.apposed_subject(sa, k - 1) || self.subject_with_apposition(sa, k - 1) {
                continue;
            }
            if let Some((cue, spk)) = self.inverted_clause(k) {
                // ("…, Jean-François Delfraissy, évoque lui aussi cette hypothèse": a stressed
                // pronoun after the verb repeats its subject, it inverts nothing)
                let stressed = matches!(self.w.lw(cue.b), "lui" | "eux")
                    || matches!(self.w.lw(cue.b), "elle" | "elles")
                        && matches!(self.w.lw(cue.b + 1), "aussi" | "même" | "-même");
                // (after a closing mark, only a source: '"slut-shaming" rappelle celle d'une
                // autre jeune femme' compares)
                if self.object_before_infinitive(&spk)
                    || stressed
                    || (closing && !self.names_source(&spk))
                {
                    continue;
                }
                // ("Google Search, a-t-elle poursuivi, a été utilisé …": an inverted
                // pronoun makes any speech verb an incise)
                let strong = cue.class == VerbClass::Strong
                    || cue.inv_pronoun.is_some()
                    || cue.lemma == "apprendre"
                    || cue.lemma == "selon"
                    || self.weak_inverted_final(sa, k - 1, &cue, &spk);
                // '"…", a écrit X sur Facebook, rapporte France 3': a second attribution of
                // the quotation, not a statement of its own
                let of_quote = inside_direct(sa) && (sa..k - 1).any(cue_used);
                if strong
                    && !of_quote
                    && !matches!(spk, SpkRef::None)
                    && !(sa..k - 1).all(inside_direct)
                {
                    let end = self
                        .clause_resumed_after(sa, k - 1, cue.b, se)
                        .unwrap_or(if closing { k } else { k - 1 });
                    return Some(self.indirect(sa, end, cue.a, cue.b, &cue.lemma, spk));
                }
            }
        }
        None
    }

    /// Does the marker at word `k` follow the inverted subject of a quotation's incise ('"…",
    /// débute Cécile Duflot selon des propos rapportés par la journaliste Marie Barbier')? It
    /// names who relays the quotation, not a statement of its own.
    fn relays_quotation(&self, sa: usize, k: usize) -> bool {
        (sa.max(k.saturating_sub(8)) + 2..k).any(|c| {
            self.w.is_punct(c - 1, ',') && matches!(self.w.kind(c - 2), Some(Kind::Mark(_))) && {
                // (a verb the lexicon lacks before a name: "débute Cécile Duflot")
                let guessed = self.w.is_cap(c + 1)
                    && !self.w.is_cap(c)
                    && !is_in(PREPS, self.w.lw(c))
                    && !is_det(self.w.lw(c));
                let cue = self.cue_at(c);
                let b = cue.as_ref().map_or(c + 1, |cue| cue.b);
                (guessed || cue.is_some())
                    && b < k
                    && (b..k).all(|x| self.w.is_word(x))
                    && self.np_end(b, k + 1) == k
            }
        })
    }

    /// Is the phrase after a cue the object of a verb taking "de" + infinitive ("Cécile
    /// Duflot, en pleurs, a accusé Denis Baupin de l'avoir agressée"), not its inverted
    /// subject?
    fn object_before_infinitive(&self, spk: &SpkRef) -> bool {
        let e = match spk {
            SpkRef::Name { e, .. } | SpkRef::Desc { e, .. } => *e,
            _ => return false,
        };
        if !matches!(self.w.lw(e), "de" | "d'") {
            return false;
        }
        let next = self.w.lw(e + 1);
        // (a clitic before the infinitive: "de l'avoir", "de ne pas", not "de l'Institut")
        let clitic = matches!(next, "l'" | "la" | "le" | "les") && is_infinitive(self.w.lw(e + 2))
            || matches!(next, "se" | "s'" | "ne" | "n'" | "lui" | "leur" | "y")
                && self.w.is_word(e + 2);
        is_infinitive(next) || clitic
    }

    /// Are the words [sa, comma) a short noun phrase and its apposition, with no verb ("Le
    /// président bélarusse, 65 ans, a rejeté la demande …"): the subject of the verb after
    /// the comma, not a reported clause?
    fn subject_with_apposition(&self, sa: usize, comma: usize) -> bool {
        let first = (sa..comma)
            .find(|&j| self.w.is_word(j))
            .map(|j| self.w.lw(j));
        // (or a name: "Gilles Jacob, ancien président du Festival de Cannes, a souligné …")
        let named = self.w.is_cap(sa) && self.w.is_punct(comma, ',') && {
            let c1 = (sa..comma).find(|&j| self.w.is_punct(j, ','));
            // (two capitalized words at least: "Heureusement, …" opens a sentence)
            c1.is_some_and(|c1| c1 > sa + 1 && (sa..c1).all(|j| self.w.is_cap(j)))
        };
        (named || first.is_some_and(|f| is_det(f) && !matches!(f, "de" | "d'" | "des" | "du")))
            && (sa..comma).filter(|&j| self.w.is_word(j)).count() <= 8
            && (sa..comma).any(|j| self.w.is_punct(j, ','))
            && !(sa..comma).any(|j| {
                !self.w.is_word(j) && !self.w.is_punct(j, ',') && self.w.kind(j) != Some(Kind::Num)
                    || is_in(AUX, self.w.lw(j))
                    || self.is_cue(j)
                    || matches!(self.w.lw(j), "qui" | "que" | "qu'" | "dont" | "où")
            })
    }

    /// A weak speech verb inverted after a short verbless clause ("Une annonce volontairement
    /// floue, décrypte un haut fonctionnaire"): a statement when the clause holds no comma
    /// or relative (not a subject and its apposition: "Ségolène Royal, qui entend …,
    /// prépare …") and what follows the verb is a source, not an object ("appelle les
    /// Américains à …", "offre des performances").
    fn weak_inverted_final(&self, sa: usize, comma: usize, cue: &Cue, spk: &SpkRef) -> bool {
        let source = self.names_source(spk);
        let directive = matches!(
            cue.lemma.as_str(),
            "appeler" | "demander" | "exhorter" | "inviter"
        );
        let relative = (sa..comma).any(|j| matches!(self.w.lw(j), "qui" | "dont" | "où"));
        let plain = !relative && (sa..comma).all(|j| !self.w.is_punct(j, ','));
        // ("Ces résultats, "de bon augure", ne disent pas si …, tempère Naor Bar-Zeev": a
        // clause with its own verb before a named source)
        let clause = !relative
            && matches!(spk, SpkRef::Name { .. })
            && (sa..comma).any(|j| is_in(AUX, self.w.lw(j)) || self.is_cue(j));
        source && !directive && (plain || clause) && !self.w.is_cap(comma - 1)
    }

    /// Does the phrase after an inverted verb name a source ("tempère Naor Bar-Zeev",
    /// "décrypte un haut fonctionnaire"), not an object ("offre des performances")?
    fn names_source(&self, spk: &SpkRef) -> bool {
        match spk {
            SpkRef::Name { s, .. } => !matches!(self.w.lw(*s), "de" | "d'"),
            SpkRef::Desc { s, head, .. } => {
                !matches!(self.w.lw(*s), "de" | "d'") && self.source_head_ext(head, false)
            }
            _ => false,
        }
    }

    /// The sentence's end when the reported clause goes on after an inverted cue set off by
    /// commas ("Un fidèle avait sorti un couteau, rappelle Le Point, parce que l'imam …": the
    /// content is the whole sentence, guidelines "Spans"). None when the cue ends the clause,
    /// or what follows is a statement of its own (", ajoutant que …", ", qui a précisé …"), a
    /// date or a place.
    fn clause_resumed_after(
        &self,
        sa: usize,
        comma_before: usize,
        cue_end: usize,
        se: usize,
    ) -> Option<usize> {
        let comma = (cue_end..se).find(|&x| !self.w.is_word(x))?;
        if !self.w.is_punct(comma, ',') || self.inside_quote(comma) {
            return None;
        }
        let rest = comma + 1;
        let words = (rest..se).filter(|&x| self.w.is_word(x)).count();
        let first = self.w.lw(rest);
        let own_statement = matches!(
            first,
            "qui" | "dont" | "selon" | "d'après" | "lequel" | "laquelle" | "où"
        ) || self.is_cue(rest)
            || (first.ends_with("ant") && (rest..se.min(rest + 3)).any(|x| self.is_cue(x)))
            || (rest..se).any(|x| matches!(self.w.kind(x), Some(Kind::Mark(_))));
        // (only a clause that visibly goes on: a subordinate or a gerund after the incise,
        // or a subordinate before it; "…, a annoncé sa femme, la metteuse en scène …" is an
        // apposition, "…, et plusieurs voiliers ont démâté" a clause of the narration)
        let continues = matches!(
            first,
            "parce"
                | "puisque"
                | "puisqu'"
                | "car"
                | "pour"
                | "afin"
                | "lorsque"
                | "lorsqu'"
                | "quand"
                | "sans"
                | "tant"
                | "d'autant"
                | "même"
        ) || (first == "en" && self.w.lw(rest + 1).ends_with("ant"))
            // ("…, a-t-elle expliqué, mais il ne peut pas …"; not after quoted words, a mixed
            // statement of its own: 'l'ont "touchée", a-t-elle confié, mais elle pensait …')
            || (first == "mais"
                && !(sa..comma_before).any(|x| matches!(self.w.kind(x), Some(Kind::Mark(_)))));
        // ("Appelés sur place par le gardien du culte, précise Le Point, les policiers …", "A
        // l'étranger, rappelle BFM-TV, des clips … ont été diffusés": an adverbial before the
        // incise, the main clause's subject after it)
        // (after a connective: "Car avant tout remaniement, a souligné l'Élysée, …")
        let a0 = if matches!(self.w.lw(sa), "car" | "mais" | "et" | "or" | "donc") {
            sa + 1
        } else {
            sa
        };
        let fronted = (looks_participle(self.w.lw(a0)) || is_in(LEAD_PREPS, self.w.lw(a0)))
            && self.adverbial_only(a0, comma_before, false)
            && (is_det(first) || pronoun(first).is_some() || self.w.is_cap(rest));
        let opened = matches!(self.w.lw(sa), "si" | "s'" | "lorsque" | "lorsqu'" | "quand")
            || (matches!(self.w.lw(sa), "alors" | "bien" | "même")
                && matches!(self.w.lw(sa + 1), "que" | "qu'" | "si" | "s'"))
            || fronted;
        // ("Google Search, a-t-elle poursuivi, a été utilisé …": a bare subject before the
        // incise, its verb after it)
        let subject_only = comma_before > sa
            && comma_before - sa <= 5
            && (sa..comma_before)
                .all(|x| self.w.is_word(x) && !is_in(AUX, self.w.lw(x)) && !self.is_cue(x))
            && (is_det(self.w.lw(sa)) || self.w.is_cap(sa))
            && (rest..se.min(rest + 3)).any(|x| is_in(AUX, self.w.lw(x)));
        (words >= 4 && !own_statement && (continues || opened || subject_only)).then_some(se)
    }

    /// Are the words [sa, comma) a description and the person's name in apposition after a
    /// comma ("Le maire de Dijon, François Rebsamen"), with no verb: a subject, not a clause?
    fn apposed_subject(&self, sa: usize, comma: usize) -> bool {
        // (mentions are sorted by start and do not overlap: the one holding the last word)
        let Some(last) = comma.checked_sub(1).and_then(|k| self.w.w.get(k)) else {
            return false;
        };
        let at = last.s;
        let Some(m) = self
            .mentions
            .get(self.mentions.partition_point(|m| m.span.end <= at))
            .filter(|m| {
                m.span.start <= at
                    && m.label == EntityType::PER
                    && self.word_end_at(m.span.end) == Some(comma)
            })
        else {
            return false;
        };
        let Some(ms) = self.word_at(m.span.start) else {
            return false;
        };
        let mut a = sa;
        while a < ms && self.w.kind(a) != Some(Kind::Word) {
            a += 1;
        }
        // (after a date: "Lundi, le maire …")
        if let Some(n) = self
            .date_words(a, ms)
            .filter(|&n| self.w.is_punct(a + n, ','))
        {
            a += n + 1;
        }
        let apposition_from = |a: usize| {
            ms > a + 1
                && self.w.is_punct(ms - 1, ',')
                && (is_det(self.w.lw(a)) || is_in(TITLES, self.w.lw(a)))
                && (a..ms - 1).all(|j| {
                    !is_in(AUX, self.w.lw(j)) && !self.is_cue(j) && !self.w.is_punct(j, ',')
                })
        };
        // ("Fustigeant un texte …, le chef de file des sénateurs LR, Bruno Retailleau, a
        // annoncé …": after a fronted participle or prepositional clause; "… tandis que la
        // ministre des Transports, Elisabeth Borne, a jugé …": after a conjunction)
        let fronted = self.w.lw(a).ends_with("ant") || is_in(PREPS, self.w.lw(a));
        let boundary = (a..ms.saturating_sub(1)).rev().find(|&j| {
            self.w.is_punct(j, ',') && !self.inside_quote(j)
                || matches!(self.w.lw(j), "que" | "qu'")
        });
        apposition_from(a)
            || boundary
                .is_some_and(|c| (fronted || !self.w.is_punct(c, ',')) && apposition_from(c + 1))
    }

    /// "…, a répondu Jean-Baptiste Djebbari, selon qui Valérie Pécresse est …": a relative
    /// source marker, whose source is the phrase before the comma.
    pub(super) fn relative_source(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        let k = (sa + 2..se.saturating_sub(4)).find(|&k| {
            // ("selon qui" needs its comma; "selon lesquelles" is a relative anyway:
            // "les révélations d'Agnès Buzyn" selon lesquelles …)
            self.w.lw(k) == "selon"
                && !inside_direct(k)
                && (self.w.is_punct(k - 1, ',') && self.w.lw(k + 1) == "qui"
                    || matches!(
                        self.w.lw(k + 1),
                        "laquelle" | "lequel" | "lesquels" | "lesquelles"
                    ))
        })?;
        // "le FBI a affirmé que "les informations selon lesquelles … sont fausses"": the
        // relative is part of what a cue before it reports, a statement of its own
        // (not "en commentant un rapport selon lequel …", where the relative says what the
        // report holds)
        let reported = (sa..k)
            .rev()
            .find(|&j| !inside_direct(j) && self.is_cue(j))
            .is_some_and(|j| (j..k).any(|x| matches!(self.w.lw(x), "que" | "qu'")));
        if self.w.lw(k + 1) != "qui" && !self.w.is_punct(k - 1, ',') && reported {
            return None;
        }
        let ca = k + 2;
        let c = if self.w.is_punct(k - 1, ',') {
            k - 1
        } else {
            k
        };
        let spk = self.antecedent_before(c, sa);
        // "le principe selon lequel …", "l'idée selon laquelle …": a view nobody is said to
        // hold here, no statement
        if let SpkRef::Desc { head, .. } = &spk {
            if !(is_in(ANON_HEADS, head)
                || is_org_head(head)
                || is_in(TITLES, head)
                || is_in(SPEECH_NOUNS, head)
                || is_in(DATA_HEADS, head)
                || is_in(DOC_HEADS, head))
            {
                return None;
            }
        }
        if matches!(spk, SpkRef::Current) && c == k {
            return None;
        }
        // "Répondant aux accusations de Pékin selon lesquelles …, le ministre a affirmé que":
        // the relative ends at the comma before the main reporting clause
        let mut end = self.clause_end(ca, se);
        if let Some(j) = (ca + 1..end).find(|&j| {
            self.w.is_punct(j, ',') && (j + 1..(j + 10).min(end)).any(|x| self.is_cue(x))
        }) {
            end = j;
        }
        Some(self.indirect(ca, end, k, k + 2, "selon", spk))
    }

    /// The noun phrase that ends at the comma `c` (the antecedent of a relative "selon
    /// qui"), else the current speaker.
    pub(super) fn antecedent_before(&self, c: usize, sa: usize) -> SpkRef {
        // '… les révélations d'Agnès Buzyn" selon lesquelles': the phrase inside the marks
        let c = if c > sa && matches!(self.w.kind(c - 1), Some(Kind::Mark(_))) {
            c - 1
        } else {
            c
        };
        let lo = c.saturating_sub(9).max(sa);
        let start = (lo..c)
            .filter(|&p| self.w.is_cap(p) || is_det(self.w.lw(p)))
            // ("Répondant aux accusations de …": a capitalized sentence opener, not a name)
            .filter(|&p| {
                !(self.w.is_cap(p)
                    && !is_det(self.w.lw(p))
                    && p == self.sentence_start(p)
                    && self.mention_starting_at(p).is_none()
                    && !self.w.is_cap(p + 1))
            })
            .filter(|&p| !(p..c).any(|j| matches!(self.w.kind(j), Some(Kind::Punct(_)))))
            .find(|&p| self.np_end(p, c) == c);
        match start.map(|p| self.analyse_np(p, c)) {
            // "les accusations de Pékin selon lesquelles": what was said, by whom
            Some(SpkRef::Desc { s, head, .. }) if is_in(SPEECH_NOUNS, &head) => {
                match (s + 1..c).find(|&j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des")) {
                    Some(j) => match self.analyse_np(j + 1, c) {
                        r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => r,
                        _ => SpkRef::Current,
                    },
                    None => SpkRef::Current,
                }
            }
            Some(r @ (SpkRef::Name { .. } | SpkRef::Desc { .. })) => r,
            _ => SpkRef::Current,
        }
    }

    /// "comme le rapporte Le Monde" at word `k`: the rest of the sentence when the marker
    /// opens it, else the sentence before the marker.
    pub(super) fn comme_le_rapporte(&self, k: usize, sa: usize, se: usize) -> Option<Cand> {
        if self.w.lw(k) != "comme" || !matches!(self.w.lw(k + 1), "le" | "l'") {
            return None;
        }
        // ("Comme l'explique le quotidien": after "comme", "l'" is the clitic of a verb, not
        // the article of a noun "explique")
        let cue = self
            .cue_at(k + 2)
            .filter(|q| q.inv_pronoun.is_none())
            .or_else(|| self.lexicon_cue(k + 2, k + 2, None))?;
        let a = cue.b;
        let e = self.np_end(a, se);
        if e <= a {
            return None;
        }
        let mut spk = self.analyse_np(a, e);
        // (after the verb comes its subject, whatever its noun: "comme l'ont annoncé ses
        // attachés de presse", "comme l'a annoncé son agent")
        if matches!(spk, SpkRef::Current) && e > a + 1 && is_in(POSSESSIVE, self.w.lw(a)) {
            let head = self.w.lw(a + 1).to_string();
            spk = SpkRef::Desc {
                s: a,
                e,
                fem: desc_gender(self.w.lw(a), &head),
                head,
                indefinite: false,
            };
        }
        if !matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. }) {
            return None;
        }
        // ("En effet, et comme l'explique …, « … »": connectives before "comme" are no
        // clause of their own)
        let connective = |j: usize| {
            !self.w.is_word(j)
                || matches!(
                    self.w.lw(j),
                    "en" | "effet"
                        | "et"
                        | "mais"
                        | "or"
                        | "donc"
                        | "ainsi"
                        | "aussi"
                        | "d'"
                        | "ailleurs"
                        | "par"
                        | "pourtant"
                        | "toutefois"
                        | "cependant"
                )
        };
        let lead = (sa..k).filter(|&j| self.w.is_word(j)).count();
        let (ca, cb) = if lead <= 1 || (sa..k).all(connective) {
            let mut ca = e + usize::from(self.w.is_punct(e, ','));
            // (past a name in apposition: "la porte-parole du candidat, Sarah Soilihi, …")
            if self.person_starting(ca).is_some() {
                let end = self.w_end_of_mention(ca);
                if self.w.is_punct(end, ',') {
                    ca = end + 1;
                }
            }
            (ca, se)
        } else if self.w.is_punct(e, ',') && e + 2 < se && self.w.is_punct(k - 1, ',') {
            // an incise inside the clause: "Charles Aznavour est, comme l'ont annoncé ses
            // attachés de presse, décédé …" is the whole sentence
            (sa, se)
        } else {
            (sa, k - usize::from(self.w.is_punct(k - 1, ',')))
        };
        (ca + 2 < cb).then(|| self.indirect(ca, cb, k, cue.b, &cue.lemma, spk))
    }

    /// Is a content of one or two words no message at all: a connective or an adverb ("Mais,
    /// malgré", "Par ailleurs", "très"), or a name ("Le Point", "Facebook")?
    fn no_message(&self, content: Span) -> bool {
        let a = self.w.w.partition_point(|w| w.s < content.start);
        let b = self.w.w.partition_point(|w| w.s < content.end);
        let words = (a..b).filter(|&j| self.w.is_word(j)).count();
        if words == 0 || words > 2 || (a..b).any(|j| matches!(self.w.kind(j), Some(Kind::Mark(_))))
        {
            return false;
        }
        let first = self.w.lw(a);
        let connective = matches!(
            first,
            "mais" | "et" | "par" | "très" | "a" | "à" | "de" | "en" | "or" | "donc" | "puis"
        );
        // (a name of its own: the mentions of the NER layer, or an outlet)
        let name = self
            .mentions
            .iter()
            .any(|m| m.span.start <= self.w.w[a].s && m.span.end >= self.w.w[b - 1].e)
            || crate::media::names_outlet(self.w.text.get(content.range()).unwrap_or(""));
        connective || name
    }

    /// "selon X, …", "… selon X.", "d'après X", "Pour le ministre, …".
    pub(super) fn source_marker(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        if let Some(c) = self.relative_source(sa, se, inside_direct) {
            return Some(c);
        }
        let mut k = sa;
        while k < se {
            // (nor inside a quoted fragment: '"très peu perturbé selon les prévisions"' is
            // the speaker's words)
            if inside_direct(k) || self.inside_quote(k) {
                k += 1;
                continue;
            }
            let l = self.w.lw(k);
            // "Mais, comme le rapporte Le Parisien, …": a source marker built on a verb
            if let Some(c) = self.comme_le_rapporte(k, sa, se) {
                return Some(c);
            }
            // '… alors que pour lui "la situation est extrêmement différente"': in his view
            if l == "pour"
                && k > sa
                && matches!(self.w.lw(k + 1), "lui" | "elle" | "eux" | "elles")
                && (self.w.is_punct(k + 2, ',')
                    || matches!(self.w.kind(k + 2), Some(Kind::Mark(_))))
            {
                let ca = k + 2 + usize::from(self.w.is_punct(k + 2, ','));
                if ca + 2 < se {
                    let g = pronoun(self.w.lw(k + 1)).unwrap_or(None);
                    return Some(self.indirect(ca, se, k, k + 2, "pour", SpkRef::Pronoun(g)));
                }
            }
            let pour = l == "pour"
                && (sa..k)
                    .all(|j| !self.w.is_word(j) || matches!(self.w.lw(j), "mais" | "et" | "or"));
            // ("selon lesquelles" is a relative: its source is the antecedent, see above)
            let relative = matches!(
                self.w.lw(k + 1),
                "laquelle" | "lequel" | "lesquels" | "lesquelles"
            );
            if relative
                || !(l == "selon"
                    || (l == "d'" && self.w.lw(k + 1) == "après")
                    || l == "according"
                    || pour)
            {
                k += 1;
                continue;
            }
            if self.relays_quotation(sa, k) {
                k += 1;
                continue;
            }
            let mut a = if l == "selon" || pour { k + 1 } else { k + 2 };
            if l == "selon" && self.w.is_punct(a, ',') {
                a += 1; // "Selon, Andrea Ammon, directrice …"
            }
            let mut e = self.np_end(a, se);
            // ("sont selon elle la cause de …": a stressed pronoun is the whole source)
            if matches!(self.w.lw(a), "lui" | "elle" | "eux" | "elles") {
                e = a + 1;
            }
            let mut spk = self.analyse_np(a, e);
            if matches!(self.w.lw(a), "nos" | "notre") {
                // "selon nos informations": the newsroom itself
                spk = SpkRef::None;
            }
            let mut data_src = false;
            if let SpkRef::Desc { head, .. } = &spk {
                if is_in(DATA_HEADS, head) {
                    // "selon les données publiées dimanche par Santé publique France", "selon
                    // les calculs de l'institut Molinari": the source is who produced them
                    let (issuer, end) = self.data_issuer(a, se);
                    // (what an outlet published keeps its description when no issuer is
                    // found: "selon une information du Parisien publiée samedi")
                    // (and data that speak for themselves: "selon les premiers résultats
                    // partiels", "selon les documents que BFM s'est procurés")
                    let kept = is_in(DOC_HEADS, head)
                        || matches!(
                            head.as_str(),
                            "information"
                                | "précisions"
                                | "révélations"
                                | "résultats"
                                | "documents"
                                | "données"
                                | "estimations"
                                | "projections"
                                | "prévisions"
                                | "images"
                                | "analyses"
                                | "relevés"
                                | "simulations"
                                | "modélisations"
                        );
                    if !matches!(issuer, SpkRef::None) || !kept {
                        data_src = !matches!(issuer, SpkRef::None);
                        spk = issuer;
                        e = e.max(end);
                    }
                }
            }
            match &spk {
                SpkRef::Desc { head, .. } if is_in(NOT_SOURCE, head) => spk = SpkRef::None,
                SpkRef::Desc { head, .. }
                    if pour
                        && !(is_in(TITLES, head)
                            || is_in(ANON_HEADS, head)
                            || is_org_head(head)
                            || is_in(DOC_HEADS, head)) =>
                {
                    spk = SpkRef::None
                }
                SpkRef::Name { .. } | SpkRef::Pronoun(_) if pour && !self.w.is_punct(e, ',') => {
                    spk = SpkRef::None
                }
                SpkRef::Current if pour => spk = SpkRef::None,
                _ => {}
            }
            if matches!(self.w.lw(a), "que" | "qu'") {
                spk = SpkRef::None;
            }
            // "Kota Hanegawa, un autre acteur, apprécie la proximité que permet selon lui le
            // format": mid-sentence, the pronoun is the person the sentence is about
            // (the name opens the sentence: "… avec sa femme, Jill, …, selon lui" is about
            // someone else)
            if k > sa && matches!(spk, SpkRef::Pronoun(_)) {
                let ss = self.sentence_start(k);
                if let r @ SpkRef::Name { s, .. } = self.subject_person_before(k) {
                    if (ss..s).filter(|&x| self.w.is_word(x)).count() <= 1 {
                        spk = r;
                    }
                }
            }
            if matches!(spk, SpkRef::None) || a >= e {
                k += 1;
                continue;
            }
            let prefix_words = (sa..k).filter(|&j| self.w.is_word(j)).count();
            let connective = k > sa
                && self.w.is_punct(k - 1, ',')
                && prefix_words <= 3
                && !(sa..k).any(|j| self.w.is_cap(j) && j > sa);
            // ("Toujours selon le JDD, …", "Mais selon lui, …": a connective or an adverb
            // before the marker leaves it at the start)
            let at_start = connective
                || (sa..k).all(|j| {
                    matches!(
                        self.w.lw(j),
                        "mais"
                            | "et"
                            | "or"
                            | "donc"
                            | "toujours"
                            | "encore"
                            | "enfin"
                            | "ainsi"
                            | "aussi"
                            | "également"
                            | "cependant"
                            | "pourtant"
                            | "toutefois"
                            | "néanmoins"
                            | "surtout"
                    ) || !self.w.is_word(j)
                });
            let comma_before = k > sa && self.w.is_punct(k - 1, ',');
            let comma_after = self.w.is_punct(e, ',');
            // ("…, selon la préfecture, qui évoque …", "…, selon la police, ajoutant que …":
            // what follows the source's comma is about the source, the marker ends the clause)
            // (past the source's name in apposition: "…, selon le secrétaire général de la
            // CFDT, Laurent Berger, qui s'est dit …")
            let after_name = (e + 2..se.min(e + 7))
                .find(|&j| !self.w.is_word(j))
                .filter(|&j| self.w.is_punct(j, ',') && (e + 1..j).all(|x| self.w.is_cap(x)))
                .map_or(e + 1, |j| j + 1);
            let appendage = comma_after && {
                let e = after_name - 1;
                let f = self.w.lw(e + 1);
                // (or a new clause: "…, selon le ministre, et 22 personnes restent
                // disparues", "…, selon les chiffres de l'université, mais le nombre …")
                let new_clause = |x: usize| {
                    let n = self.w.lw(x);
                    is_det(n) || pronoun(n).is_some() || self.w.kind(x) == Some(Kind::Num)
                };
                matches!(f, "qui" | "dont" | "tandis" | "lequel" | "laquelle")
                    || (f == "alors" && matches!(self.w.lw(e + 2), "que" | "qu'"))
                    || (matches!(f, "mais" | "et") && new_clause(e + 2))
                    || (f.ends_with("ant") && self.is_cue(e + 1))
            };
            // (the source phrase ends the sentence, a comma before it or not: "… ont été
            // évacués selon le Dauphiné Libéré.")
            // (with no cue before it: "a critiqué …, d'après la Constitution" is about what
            // the cue reports)
            let ends_sentence = (e..se).all(|j| matches!(self.w.kind(j), Some(Kind::Punct(_))))
                && !(sa..k).any(|j| self.is_cue(j));
            let at_end = e >= se
                || (ends_sentence && !at_start)
                || (comma_before && (!comma_after || appendage) && !at_start);
            if !at_start && !comma_before && !comma_after {
                // "en ordre dispersé selon les Etats": only clear sources mid-sentence
                let clear = match &spk {
                    _ if data_src => true,
                    // (a body too, when it ends the sentence: "… selon le Dauphiné Libéré.")
                    SpkRef::Name { kind, .. } => {
                        *kind == SpeakerKind::Person
                            || (ends_sentence && *kind == SpeakerKind::Organisation)
                    }
                    SpkRef::Desc { head, .. } => {
                        is_in(ANON_HEADS, head)
                            || is_org_head(head)
                            || is_in(DOC_HEADS, head)
                            || is_in(TITLES, head)
                    }
                    _ => true,
                };
                if !clear {
                    k += 1;
                    continue;
                }
            }
            let (ca, cb) = if at_start {
                let mut ca = e;
                // ("Selon Le Point qui cite la préfecture de police, l'homme …": the relay
                // belongs to the source phrase)
                let relay = matches!(
                    (self.w.lw(e), self.w.lw(e + 1)),
                    ("qui", "cite" | "évoque") | ("citant", _)
                );
                if relay {
                    if let Some(c) = (e..se.min(e + 14)).find(|&j| self.w.is_punct(j, ',')) {
                        ca = c;
                    }
                }
                if !self.w.is_punct(ca, ',') {
                    // "Selon le bilan des autorités communiqué vendredi soir, …": the source
                    // phrase runs to a comma a few words on
                    if let Some(c) = (e..se.min(e + 5)).find(|&j| self.w.is_punct(j, ',')) {
                        if (e..c).all(|j| self.w.is_word(j) || self.w.kind(j) == Some(Kind::Num))
                            && (e..c).all(|j| !self.is_cue(j) && !is_in(AUX, self.w.lw(j)))
                        {
                            ca = c;
                        }
                    }
                }
                if self.w.is_punct(ca, ',') {
                    ca += 1;
                    // "Selon le Dr Paul Martin, directeur adjoint de l'Institut, …"
                    let f = self.w.lw(ca);
                    if matches!(spk, SpkRef::Name { .. })
                        && self.w.is_word(ca)
                        && !self.w.is_cap(ca)
                        && !is_det(f)
                        && pronoun(f).is_none()
                    {
                        if let Some(c2) =
                            (ca + 1..se.min(ca + 22)).find(|&j| self.w.is_punct(j, ','))
                        {
                            ca = c2 + 1;
                        }
                    }
                    // "Selon le chef de la police de Bogota, le colonel Necton Borja, …": the
                    // person's name in apposition to the title
                    if matches!(&spk, SpkRef::Desc { indefinite: false, head, .. }
                        if is_in(TITLES, head) && !is_org_head(head))
                    {
                        if let Some(c2) = (ca + 1..se.min(ca + 8)).find(|&j| !self.w.is_word(j)) {
                            let named = self.w.is_punct(c2, ',')
                                && (ca..c2).any(|j| self.w.is_cap(j))
                                && (ca..c2).all(|j| !self.is_cue(j));
                            if let r @ SpkRef::Name {
                                kind: SpeakerKind::Person,
                                ..
                            } = if named {
                                self.analyse_np(ca, c2)
                            } else {
                                SpkRef::None
                            } {
                                spk = r;
                                ca = c2 + 1;
                            }
                        }
                    }
                } else if pour {
                    k += 1;
                    continue;
                }
                (ca, se)
            } else if at_end {
                let mut cb = k;
                if cb > sa && self.w.is_punct(cb - 1, ',') {
                    cb -= 1;
                }
                // inside brackets, the statement is what they hold: "… en hausse (près de
                // 10.000 en 24 heures selon les chiffres de mercredi soir)."
                let bracket = (sa..k)
                    .rev()
                    .find(|&j| self.w.is_punct(j, '(') || self.w.is_punct(j, ')'));
                // after a quotation with its own cue, the statement starts at the last clause
                let mut ca = match bracket {
                    Some(b) if self.w.is_punct(b, '(') => b + 1,
                    _ => sa,
                };
                if let Some(d) = (sa..cb).rev().find(|&j| inside_direct(j)) {
                    ca = (d + 1..cb)
                        .rev()
                        .find(|&j| matches!(self.w.lw(j), "dont" | "qui" | "où"))
                        .or_else(|| {
                            (d + 1..cb)
                                .rev()
                                .find(|&j| self.w.is_punct(j, ','))
                                .map(|j| j + 1)
                        })
                        .unwrap_or(d + 1);
                    // '"…", a-t-il ajouté, selon plusieurs participants': the attribution of
                    // the quotation, no statement of its own
                    let mut f = ca;
                    while f < cb && !self.w.is_word(f) {
                        f += 1;
                    }
                    if self.cue_at(f).is_some_and(|q| q.inv_pronoun.is_some())
                        || self.inverted_clause(f).is_some()
                    {
                        k += 1;
                        continue;
                    }
                }
                (ca, cb)
            } else if (sa..k).all(|j| inside_direct(j) || !self.w.is_word(j)) {
                // ('"…", selon Stéphane Israël, président exécutif d'Arianespace.': the
                // marker attributes the quotation before it, its apposition is no content)
                k += 1;
                continue;
            } else {
                (sa, se)
            };
            if cb > ca + 1 {
                let lemma = if pour { "pour" } else { "selon" };
                return Some(self.indirect(ca, cb, k, a, lemma, spk));
            }
            k = e.max(k + 1);
        }
        None
    }

    /// The producer of data designated by the description starting at `a` ("les données
    /// publiées par Santé publique France", "les calculs de l'institut Molinari"): the source
    /// after "par" or "de", and where its phrase ends. `SpkRef::None` when none is named.
    pub(super) fn data_issuer(&self, a: usize, se: usize) -> (SpkRef, usize) {
        let lim = se.min(a + 10);
        let mut j = a + 1;
        // "selon les premières informations, livrées par la préfecture"
        let comma_participle =
            |j: usize| self.w.is_punct(j, ',') && is_in(DATA_PARTICIPLES, self.w.lw(j + 1));
        // (dates are part of the phrase: "un sondage publié dimanche 11 mars par …")
        while j < lim
            && (self.w.is_word(j) || self.w.kind(j) == Some(Kind::Num) || comma_participle(j))
        {
            // ("un reportage diffusé sur France Info": the outlet that broadcast it)
            let broadcast = matches!(self.w.lw(j), "sur" | "dans")
                && matches!(
                    self.w.lw(j - 1).trim_end_matches(['e', 's']),
                    "diffusé" | "publié" | "paru"
                );
            if matches!(self.w.lw(j), "par" | "de" | "d'" | "du" | "des") || broadcast {
                // ("du Parisien": the name after the contracted article)
                let s = j + usize::from(
                    matches!(self.w.lw(j), "par" | "de" | "d'" | "sur" | "dans")
                        || matches!(self.w.lw(j), "du" | "des") && self.w.is_cap(j + 1),
                );
                if matches!(self.w.kind(s), Some(Kind::Mark(_))) {
                    // a publication named in marks: 'les informations de "Chez Pol"'
                    if let Some(c) = (s + 1..se.min(s + 7))
                        .find(|&k| matches!(self.w.kind(k), Some(Kind::Mark(_))))
                    {
                        if c > s + 1 && self.w.is_cap(s + 1) {
                            let r = SpkRef::Name {
                                s: s + 1,
                                e: c,
                                kind: SpeakerKind::Organisation,
                                entity: self.mention_entity(s + 1, c),
                            };
                            return (r, c + 1);
                        }
                    }
                }
                let mut e = self.np_end(s, se);
                // "un bilan du ministère réalisé à 6h": the participle ends the issuer
                if let Some(p) = (s + 1..e).find(|&k| is_in(DATA_PARTICIPLES, self.w.lw(k))) {
                    e = p;
                }
                if e > s {
                    let r = self.analyse_np(s, e);
                    let ok = match &r {
                        SpkRef::Name { .. } | SpkRef::Latest(_) => true,
                        SpkRef::Desc { head, .. } => {
                            is_org_head(head) || is_in(ANON_HEADS, head) || is_in(TITLES, head)
                        }
                        _ => false,
                    };
                    if ok {
                        return (r, e);
                    }
                }
            }
            j += 1;
        }
        (SpkRef::None, a)
    }

    /// "X a déclaré que …", "Moscou dément vouloir …", "X a annoncé son intention de …".
    pub(super) fn reporting_clause(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
        cue_used: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        for k in sa..se {
            if inside_direct(k) || cue_used(k) || self.inside_quote(k) {
                continue;
            }
            let Some(cue) = self.cue_at(k) else { continue };
            // "Il faut dire que …", "Autant dire que …": the writer's own comment
            if cue.lemma == "dire" && k > 0 && matches!(self.w.lw(k - 1), "faut" | "autant") {
                continue;
            }
            // "Damien Abad se dit contre la privatisation", "qui se dit "à la disposition
            // de la justice"": the attribute is the statement
            // (and "s'est dit favorable", "s'est également dit prêt")
            let reflexive = |x: usize| {
                self.w.lw(x) == "se"
                    || (x > 0
                        && matches!(self.w.lw(x), "est" | "sont" | "était" | "étaient")
                        && self.w.lw(x - 1) == "s'")
            };
            let se_at = (k > 0 && reflexive(k - 1)).then(|| k - 1).or_else(|| {
                (k > 1 && is_in(ADVERBS, self.w.lw(k - 1)) && reflexive(k - 2)).then(|| k - 2)
            });
            // (the attribute after the whole verb: "se sont déclarées candidates")
            let after = cue.b.max(k + 1);
            if let Some(r) = se_at.filter(|_| {
                (matches!(
                    self.w.lw(cue.b - 1),
                    "dit" | "disent" | "disait" | "disaient" | "dite" | "dits"
                ) || (cue.lemma == "déclarer" && self.attribute_at(after)))
                    && after < se
                    && !matches!(self.w.lw(after), "que" | "qu'")
            }) {
                let subject_end = if self.w.lw(r) == "se" { r } else { r - 1 };
                // (after a date: "s'est dit mercredi 16 septembre "très en colère"")
                let ca = after + self.date_words(after, se).unwrap_or(0);
                let mut cb = ca;
                // ("s'était dit prêt et ravi d'assister": coordinated attributes go on; a new
                // clause after "et" ends the statement)
                let new_clause = |x: usize| {
                    let n = self.w.lw(x + 1);
                    is_det(n)
                        || pronoun(n).is_some()
                        || self.w.is_cap(x + 1)
                        || is_in(AUX, n)
                        || matches!(n, "ne" | "n'" | "se" | "s'")
                        || self.cue_at(x + 1).is_some()
                };
                let stop = |x: usize| {
                    self.w.is_punct(x, ',')
                        || self.w.is_punct(x, ';')
                        || (x > ca && matches!(self.w.lw(x), "car" | "alors" | "après" | "lors"))
                        || (x > ca && matches!(self.w.lw(x), "mais" | "et") && new_clause(x))
                };
                while cb < se && !stop(cb) {
                    cb += 1;
                }
                // (one word will do: "le retraité qui se dit chanceux")
                if cb > ca + 1 || (cb == ca + 1 && self.w.is_word(ca) && !self.w.is_cap(ca)) {
                    let spk = self.subject_before(subject_end);
                    if !matches!(spk, SpkRef::None) {
                        return Some(self.indirect(ca, cb, subject_end, after, &cue.lemma, spk));
                    }
                }
            }
            // "Avant de reconnaître que …": the infinitive's subject is the current speaker
            let avant_de =
                k >= 2 && matches!(self.w.lw(k - 1), "d'" | "de") && self.w.lw(k - 2) == "avant";
            // ("Le syndicat s'inquiète que …", "Il s'insurge contre …": a pronominal verb in the
            // present, its subject before the pronoun; not an infinitive, "pour se plaindre")
            let pronominal = k > 1
                && matches!(self.w.lw(k - 1), "s'" | "se")
                && !matches!(self.w.lw(k - 2), "d'" | "de" | "à" | "pour" | "en" | "sans")
                && (is_in(CLAUSE_CUES, &cue.lemma)
                    || PRONOMINAL_OBJECT_CUES.contains(&cue.lemma.as_str())
                    // ("se contente d'assurer que …")
                    || self.infinitive_after_phrase(k).is_some());
            // "Des milliers de pompiers ont défilé pour dénoncer le manque d'effectifs": a
            // demonstration's purpose, voiced by the main clause's subject
            let protest = k > 0
                && self.w.lw(k - 1) == "pour"
                && matches!(cue.lemma.as_str(), "dénoncer" | "réclamer")
                && (is_det(self.w.lw(k + 1)) || self.w.lw(k + 1) == "plus");
            if cue.inv_pronoun.is_some()
                || (k > 0
                    && !avant_de
                    && !pronominal
                    && !protest
                    && matches!(self.w.lw(k - 1), "d'" | "de" | "à" | "pour" | "s'" | "se"))
            {
                continue;
            }
            if self.passive_participle(k, se) || self.called_to(&cue, se) {
                continue;
            }
            let mut cue = cue;
            if pronominal {
                cue.a = k - 1;
            }
            let participle_present = self.w.lw(cue.b - 1).ends_with("ant");
            // after the verb, "le", "la", "les", "leur" open the object: only adverbs are
            // skipped there ("a annoncé le lancement", not "lancement")
            let mut j0 = cue.b + self.aside_after_verb(cue.b);
            while j0 < se
                && j0 < cue.b + 3
                && self.w.is_word(j0)
                && (is_in(ADVERBS, self.w.lw(j0)) || self.manner_adverb(j0))
                && !is_det(self.w.lw(j0))
                && !matches!(self.w.lw(j0), "de" | "d'" | "leur" | "leurs" | "lui")
                // ("a souligné ne pas renoncer à ses droits": the negation is said)
                && !matches!(self.w.lw(j0), "ne" | "n'")
                // ("en effet", "en outre": two words the complements skip together)
                && !(self.w.lw(j0) == "en" && matches!(self.w.lw(j0 + 1), "effet" | "outre"))
            {
                j0 += 1;
            }
            // "a appelé à une journée de grève": the "à" of a directive verb opens its object
            let directive_lemma = matches!(
                cue.lemma.as_str(),
                "appeler" | "demander" | "exhorter" | "inviter"
            );
            // ("a appelé sur Twitter à éviter le secteur": a short setting before the "à")
            let setting_then_a = || {
                matches!(self.w.lw(j0), "sur" | "dans" | "via")
                    .then(|| {
                        (j0 + 1..(j0 + 5).min(se))
                            .take_while(|&x| self.w.is_word(x))
                            .find(|&x| matches!(self.w.lw(x), "à" | "au" | "aux"))
                    })
                    .flatten()
            };
            let mut j = if directive_lemma && matches!(self.w.lw(j0), "à" | "au" | "aux") {
                j0
            } else if let Some(x) = directive_lemma.then(setting_then_a).flatten() {
                x
            } else {
                self.skip_complements_ext(j0, se, true)
            };
            if self.w.is_punct(j, ',') {
                j += 1;
                // "a indiqué, début mai, que …"
                let j2 = self.skip_complements(j, se);
                if j2 > j {
                    j = j2;
                    if self.w.is_punct(j, ',') {
                        j += 1;
                    }
                }
                // "a estimé, vendredi dans un entretien accordé au Point, que …": any
                // insertion of plain words between two commas before "que"
                if !matches!(self.w.lw(j), "que" | "qu'") {
                    if let Some(c) = (j..se.min(j + 20)).find(|&x| !self.w.is_word(x)) {
                        if self.w.is_punct(c, ',')
                            && c > j
                            && matches!(self.w.lw(c + 1), "que" | "qu'")
                        {
                            j = c + 1;
                        }
                    }
                }
            }
            // "a affirmé dans son article que …", "a annoncé au 20H de France 2 qu'…", "affirme
            // d'autre part que …": a short complement of plain words, opened by a preposition,
            // before "que"
            // (from where the complements start: "au journal de la chaîne", which the
            // complements above may have cut after "au journal")
            let opens = |x: usize| {
                matches!(
                    self.w.lw(x),
                    "dans"
                        | "au"
                        | "à"
                        | "aux"
                        | "sur"
                        | "devant"
                        | "lors"
                        | "pendant"
                        | "d'"
                        | "par"
                        | "en"
                )
            };
            // (or inside what was skipped: "a indiqué lundi 15 juin à ses conseillers qu'")
            let from = [j, j0]
                .into_iter()
                .find(|&x| x <= j && opens(x))
                .or_else(|| (j0..j).find(|&x| opens(x)));
            if let Some(from) = from.filter(|_| {
                !matches!(self.w.lw(j), "que" | "qu'") && cue.class == VerbClass::Strong
            }) {
                let que =
                    (from + 1..se.min(from + 9)).find(|&x| matches!(self.w.lw(x), "que" | "qu'"));
                let plain = |x: usize| {
                    (self.w.is_word(x) || self.w.kind(x) == Some(Kind::Num))
                        && !is_in(AUX, self.w.lw(x))
                        && !self.is_cue(x)
                };
                // (not "a ironisé sur le fait que", nor "indiqué dans l'étude que :")
                let clause = |q: usize| self.w.lw(q - 1) != "fait" && !self.w.is_punct(q + 1, ':');
                if let Some(q) = que.filter(|&q| (from..q).all(plain) && clause(q)) {
                    j = q;
                }
            }
            // wishes, demands, reactions (guidelines, clarifications 7 and 18): "propose de
            // doubler …", "demande au gouvernement de retirer …", the content after "de"
            // (not an offer to the reader: "Non Stop Zapping vous propose de découvrir …")
            // (an accusation or a threat in the passive, "est accusé de …", "une personne
            // menacée de pauvreté", names no accuser)
            let passive_form = matches!(cue.lemma.as_str(), "accuser" | "menacer" | "sommer")
                && (matches!(
                    self.w.lw(cue.a),
                    "est" | "sont" | "était" | "étaient" | "été" | "être" | "sera" | "seront"
                ) || (cue.b == cue.a + 1 && first_group_participle(self.w.lw(cue.a))));
            let clause_cue = is_in(CLAUSE_CUES, &cue.lemma)
                && !passive_form
                && !(cue.a > 0 && self.w.lw(cue.a - 1) == "vous");
            if clause_cue && !matches!(self.w.lw(j), "que" | "qu'") {
                // (a participle's object ends at a comma: "tout en regrettant des rapports de
                // force, attend de juger")
                if let Some(de) = self.de_infinitive(j0, se).filter(|&de| {
                    !(participle_present && (j0..de).any(|x| self.w.is_punct(x, ',')))
                }) {
                    j = de;
                }
            }
            // ('a également proposé "que le Parlement soit élu …"', 'a assuré "ne rien
            // partager" avec …': a quoted clause or infinitive, mixed from the mark)
            // ("ne pas", "n'avoir jamais", "ne pas s'être", "ne pas y être", "ne se souvenir")
            let negated_infinitive = |x: usize| {
                matches!(self.w.lw(x), "ne" | "n'")
                    && (x + 1..x + 5)
                        .find(|&y| {
                            !matches!(
                                self.w.lw(y),
                                "pas"
                                    | "rien"
                                    | "plus"
                                    | "jamais"
                                    | "guère"
                                    | "point"
                                    | "se"
                                    | "s'"
                                    | "y"
                                    | "en"
                                    | "le"
                                    | "la"
                                    | "les"
                                    | "l'"
                                    | "lui"
                                    | "leur"
                                    | "me"
                                    | "m'"
                                    | "te"
                                    | "t'"
                                    | "encore"
                            )
                        })
                        .is_some_and(|y| is_infinitive(self.w.lw(y)))
            };
            let marked = matches!(self.w.kind(j), Some(Kind::Mark(_)))
                && (matches!(self.w.lw(j + 1), "que" | "qu'")
                    || (cue.class == VerbClass::Strong
                        && !self.w.is_cap(j + 1)
                        && (is_infinitive(self.w.lw(j + 1)) || negated_infinitive(j + 1))));
            if marked {
                j += 1;
            }
            let l2 = self.w.lw(j);
            let de_infinitive = clause_cue && matches!(l2, "de" | "d'");
            // ("L'Umih souhaite que …": such a verb takes its que-clause like a strong one)
            let que = matches!(l2, "que" | "qu'" | "that");
            let que_statement = que && (cue.class == VerbClass::Strong || clause_cue);
            let infinitive = !que
                && cue.class == VerbClass::Strong
                && self.w.is_word(j)
                && !self.w.is_cap(j)
                && (is_infinitive(l2) || negated_infinitive(j))
                && (cue.b == k + 1 || is_in(AUX, self.w.lw(k)));
            let l2 = if matches!(self.w.kind(j), Some(Kind::Mark(_))) && is_det(self.w.lw(j + 1)) {
                self.w.lw(j + 1) // 'a félicité "les policiers …"'
            } else {
                l2
            };
            // "…, confirmant une information du Parisien", "a confirmé l'information": the
            // source vouches for another outlet's report, whose words are not given
            let echo = cue.lemma == "confirmer"
                && matches!(self.w.lw(j + 1), "information" | "informations" | "info");
            let object = !que
                && !infinitive
                && !echo
                && (OBJECT_CUES.contains(&cue.lemma.as_str())
                    || (POSSESSIVE_OBJECT_CUES.contains(&cue.lemma.as_str())
                        && is_in(POSSESSIVE, l2)))
                && (matches!(
                    l2,
                    "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                        | "l'"
                        | "le"
                        | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "des"
                        | "cet"
                        | "cette"
                        | "ce"
                        | "ces"
                        | "tout"
                        | "toute"
                        | "tous"
                        | "toutes"
                        | "plusieurs"
                ) || (l2 == "sur" && cue.lemma == "insister")
                    || (l2 == "pour" && cue.lemma == "plaider")
                    || (matches!(l2, "contre" | "sur") && cue.lemma == "mettre en garde")
                    || self.faire_object(&cue.lemma, j))
                // "a jugé cette décision "honteuse"", "a qualifié l'accord d'"historique"":
                // any strong speech verb whose object carries quoted words is reporting them
                || (!que
                    && !infinitive
                    && cue.class == VerbClass::Strong
                    && is_det(l2)
                    && !matches!(l2, "de" | "d'" | "du" | "des")
                    && (j..(j + 5).min(se))
                        .any(|x| matches!(self.w.kind(x), Some(Kind::Mark(_)))))
                // "alerte sur une déréglementation" (not "alerte les autorités": the addressee)
                || (!que && l2 == "sur" && cue.lemma == "alerter")
                // "s'insurge contre les propos de …"
                || (!que
                    && l2 == "contre"
                    && PRONOMINAL_OBJECT_CUES.contains(&cue.lemma.as_str()));
            // "a appelé les gouvernements à se préparer …", "appelle à une journée …"
            let directive =
                !que && matches!(
                    cue.lemma.as_str(),
                    "appeler" | "demander" | "exhorter" | "inviter"
                ) && !matches!(
                    self.w.lw(k.wrapping_sub(1)),
                    "s'" | "se" | "l'" | "les" | "la" | "le"
                ) && (j..(j + 8).min(se)).any(|x| self.w.lw(x) == "à");
            // an indirect question: "a rappelé dans quel cadre …", "a expliqué pourquoi …"
            let wh = |w: &str| matches!(w, "quel" | "quelle" | "quels" | "quelles");
            let question = !que
                && cue.class == VerbClass::Strong
                && (cue.b == k + 1 || is_in(AUX, self.w.lw(k)))
                && (matches!(
                    l2,
                    "si" | "s'il" | "s'ils" | "comment" | "pourquoi" | "combien" | "où" | "quand"
                ) || wh(l2)
                    || (matches!(l2, "dans" | "à" | "de" | "pour" | "par")
                        && wh(self.w.lw(j + 1))));
            if !(que_statement || de_infinitive || infinitive || object || directive || question)
                || j + 1 >= se
            {
                continue;
            }
            // a reporting clause opening the sentence as a subordinate ("Si elle a assuré
            // que …, elle entend …", "Après avoir affirmé que …, la ministre …") ends at the
            // comma before the main clause's subject
            // (the sentence's start: a second clause is searched from the first one's end)
            let ss = self.sentence_start(k);
            let (s0, s1) = (self.w.lw(ss), self.w.lw(ss + 1));
            // "Tout en saluant …, le président de la Fédération, Grégory Allione, a …": a
            // gerund opening the sentence has the main clause's subject
            // ("Rappelant que …, le ministre a …": a participle opening it too)
            let opening_gerund = participle_present
                && (k == ss
                    || k > ss
                        && self.w.lw(k - 1) == "en"
                        && (k - 1 == ss || (k - 2 == ss && s0 == "tout")));
            let subordinate = (matches!(
                s0,
                "si" | "s'"
                    | "après"
                    | "avant"
                    | "quand"
                    | "lorsque"
                    | "lorsqu'"
                    | "puisque"
                    | "puisqu'"
            ) || (matches!(s0, "alors" | "bien" | "tandis")
                && matches!(s1, "que" | "qu'"))
                || opening_gerund)
                // ("Alors que la directrice générale de la société Miss France, Sylvie
                // Tellier, a déclaré que …, Geneviève de Fontenay s'est insurgée")
                && cue.a < ss + 16;
            // the main clause: a comma, then a subject and its verb within a few words
            let main_after = |ca: usize| {
                (ca + 2..se).find(|&x| {
                    let subject = is_det(self.w.lw(x + 1))
                        || pronoun(self.w.lw(x + 1)).is_some()
                        || self.w.is_cap(x + 1);
                    self.w.is_punct(x, ',')
                        && subject
                        && (x + 2..(x + 14).min(se)).any(|v| {
                            is_in(AUX, self.w.lw(v)) || self.lex.lookup(self.w.lw(v)).is_some()
                        })
                })
            };
            // ", indiquant que …": the subject of the clause before, a person newly named as
            // subject ("Jérôme Salomon a dressé un bilan, indiquant que") or the current speaker
            // (", tout en rappelant que …": the gerund's subject too)
            // (or coordinated with one: "en qualifiant … et en annonçant un débat")
            let gerund_after_comma = k > 2
                && self.w.lw(k - 1) == "en"
                && (self.w.is_punct(k - 2, ',')
                    || self.w.lw(k - 2) == "et"
                    || (self.w.lw(k - 2) == "tout" && self.w.is_punct(k - 3, ',')));
            // ("La CCC, tout en regrettant …, attend …": the phrase opening the sentence, set
            // off by the comma before the gerund, when no verb comes before it)
            let comma = (ss..k).rev().find(|&x| self.w.is_punct(x, ','));
            let fronted = || {
                let c = comma.filter(|&c| c > ss && self.np_end(ss, c) == c)?;
                Some(self.analyse_np(ss, c))
            };
            // (the main clause's subject when it names a source: "Le média l'avait mise en
            // cause, en affirmant"; else the current speaker)
            let main_subject = || {
                let r = match self.first_predicate_subject(ss, k - 1) {
                    SpkRef::Current => fronted().unwrap_or(SpkRef::Current),
                    r => r,
                };
                // ("Ce dernier a répondu, dénonçant …": the last person named)
                Some(r).filter(|r| {
                    matches!(r, SpkRef::Name { .. } | SpkRef::Latest(_)) || r.describes_people()
                })
            };
            // ("Les ONG avaient décidé de boycotter …, dénonçant notamment …": a participle
            // after a comma too, when no cue before it names the speaker already)
            let after_comma =
                k > 0 && self.w.is_punct(k - 1, ',') && !(ss..k - 1).any(|x| self.is_cue(x));
            let mut spk = if let Some(r) = (participle_present
                && (gerund_after_comma || after_comma))
                .then(main_subject)
                .flatten()
            {
                r
            } else if participle_present
                && k > 0
                && (self.w.is_punct(k - 1, ',') || gerund_after_comma)
            {
                // ("Ce dernier a réagi sur Twitter, dénonçant …": the last person named, even
                // after a cue)
                match self.first_predicate_subject(ss, k - 1) {
                    r @ SpkRef::Latest(_) => r,
                    _ => SpkRef::Pronoun(None),
                }
            } else if avant_de {
                SpkRef::Current
            } else if protest {
                match self.first_predicate_subject(ss, k - 1) {
                    r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => r,
                    _ => SpkRef::None,
                }
            } else if cue.a > ss + 1
                && (self.w.lw(cue.a - 1) == "et"
                    || (self.w.lw(cue.a - 1) == "mais"
                        && self.w.is_punct(cue.a - 2, ',')
                        && self.reported_clause_between(ss, cue.a)))
            {
                // "… a dénoncé X et évoqué Y", "… assure que …, mais estime que …": the second
                // predicate's subject is the first's
                // (from the sentence start: a second clause is searched from the first's end)
                self.first_predicate_subject(ss, cue.a - 1)
            } else {
                self.subject_before(cue.a)
            };
            let past_infinitive = cue.a > 0 && self.w.lw(cue.a - 1) == "avoir";
            // "…, annoncent les autorités dimanche après avoir évoqué …": inside the sentence,
            // the past infinitive's subject is the speaker just designated
            if past_infinitive
                && !subordinate
                && cue.a >= 2
                && matches!(self.w.lw(cue.a - 2), "après" | "sans")
            {
                // ("La médecin en chef, Bonnie Henry, a retenu ses larmes …, après avoir
                // annoncé que …": with no cue before it, the main clause's subject)
                spk = if (ss..cue.a - 2).any(|x| self.is_cue(x)) {
                    SpkRef::Current
                } else {
                    self.first_predicate_subject(ss, cue.a - 2)
                };
            }
            if ((matches!(spk, SpkRef::None) || past_infinitive)
                && subordinate
                && matches!(self.w.lw(ss), "après" | "avant"))
                || opening_gerund
            {
                // "Après avoir affirmé …, la ministre": the main clause's subject
                if let Some(x) = main_after(j) {
                    let e = self.np_end(x + 1, se);
                    if e > x + 1 {
                        spk = self.analyse_np(x + 1, e);
                    }
                }
            }
            if matches!(spk, SpkRef::None) {
                continue;
            }
            // ("fait part du choc", "fait état des dégâts": the object after the article)
            // (a mark before the demand's "de" opens a mixed content: '"d'assumer …" des travaux')
            let marked_de =
                de_infinitive && j > 0 && matches!(self.w.kind(j - 1), Some(Kind::Mark(_)));
            let ca = if protest {
                cue.b // the purpose's object right after the infinitive: "réclamer plus de …"
            } else if marked_de || marked {
                j - 1
            } else if que
                || de_infinitive
                || matches!(l2, "sur" | "pour" | "contre")
                || (directive && l2 == "à")
                || self.faire_object(&cue.lemma, j)
            {
                j + 1
            } else if let Some(a) = (directive && cue.lemma != "demander")
                .then(|| self.directive_message(j, se))
                .flatten()
            {
                // "a appelé les habitants du quartier à rester chez eux": the message
                // starts after the addressee's "à" (the gold leaves the addressee out 2:1)
                a
            } else if directive && j > cue.b && is_det(self.w.lw(j - 1)) {
                j - 1 // the determiner skipped as a clitic: "appelé les gouvernements à …"
            } else {
                j
            };
            let mut cb = self.clause_end(ca, se);
            // (a demonstration's purpose ends at its comma: "pour dénoncer le manque
            // d'effectifs, lors d'une manifestation …")
            if protest {
                if let Some(x) =
                    (ca + 1..cb).find(|&x| self.w.is_punct(x, ',') && !self.inside_quote(x))
                {
                    cb = x;
                }
            }
            if subordinate {
                if let Some(x) = main_after(ca) {
                    cb = cb.min(x);
                }
            }
            // "Jean-Luc Mélenchon, qui a dénoncé « … », devrait être présent": a cue inside
            // an apposed relative reports up to the comma before the main clause's verb
            if let Some(x) = self.relative_close(cue.a, ss, ca, cb) {
                cb = x;
            }
            // (the gerund's object ends at its comma, also between the subject and its verb:
            // "La CCC, tout en regrettant …, attend …")
            let before_main = gerund_after_comma
                && !(ss..k.saturating_sub(2))
                    .any(|x| is_in(AUX, self.w.lw(x)) || self.lex.lookup(self.w.lw(x)).is_some());
            if opening_gerund || before_main {
                if let Some(x) = (ca + 1..cb).find(|&x| self.w.is_punct(x, ',')) {
                    cb = x;
                }
            }
            return Some(self.indirect(ca, cb, cue.a, cue.b, &cue.lemma, spk));
        }
        None
    }

    /// "Ces systèmes sont appelés à se démocratiser", "les vagues de chaleur, appelées à se
    /// multiplier": "appeler" in the passive with no agent says what is bound to happen, not
    /// what someone asked.
    fn called_to(&self, cue: &Cue, se: usize) -> bool {
        let last = self.w.lw(cue.b - 1);
        cue.lemma == "appeler"
            && matches!(last, "appelé" | "appelée" | "appelés" | "appelées")
            // (not a participle sharing an auxiliary before it: "a rendu hommage … et appelé
            // les Français à …")
            && (cue.b == cue.a + 1
                && cue.a > 0
                && !is_in(ADVERBS, self.w.lw(cue.a - 1))
                && !matches!(
                    self.w.lw(cue.a - 1),
                    "et" | "ou" | "mais" | "puis" | "nouvelle" | "fois"
                )
                // ("qui avaient tous appelé à", "a, de son côté, appelé à")
                && !(cue.a.saturating_sub(6)..cue.a).any(|x| {
                    matches!(
                        self.w.lw(x),
                        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "avoir" | "ayant"
                    )
                })
                || matches!(
                    self.w.lw(cue.a),
                    "est" | "sont" | "était" | "étaient" | "sera" | "seront" | "être" | "été"
                ))
            && !(cue.b..se.min(cue.b + 6)).any(|x| self.w.lw(x) == "par")
    }

    /// Is the cue at word `k` a passive participle ("n'a jamais été évoqué par les
    /// commerçants", "10.262 cas ont été signalés", "une réunion, réclamée de longue date par
    /// les élus, …")? Its subject is what was said, not who said it.
    fn passive_participle(&self, k: usize, se: usize) -> bool {
        if k == 0 || !looks_participle(self.w.lw(k)) {
            return false;
        }
        let by_agent = (k + 1..se.min(k + 6)).any(|x| self.w.lw(x) == "par");
        let etre = matches!(
            self.w.lw(k - 1),
            "est" | "sont" | "était" | "étaient" | "sera" | "seront" | "fut" | "soit" | "soient"
        ) && k >= 2
            && !matches!(self.w.lw(k - 2), "s'" | "se");
        self.w.lw(k - 1) == "été" || (etre || self.w.is_punct(k - 1, ',')) && by_agent
    }

    /// Length in words of an aside between a speech verb and its object, at word `k`: "par
    /// ailleurs", "elle aussi", "de son côté", "pour sa part" ("dément par ailleurs
    /// l'explosion …", "salue elle aussi la réponse …").
    fn aside_after_verb(&self, k: usize) -> usize {
        match (self.w.lw(k), self.w.lw(k + 1), self.w.lw(k + 2)) {
            ("par", "ailleurs", _) => 2,
            // ("a pointé du doigt la responsabilité")
            ("du", "doigt", _) => 2,
            ("lui" | "elle" | "eux" | "elles", "aussi" | "non", _) => 2,
            ("de", "son" | "leur", "côté") | ("pour", "sa" | "leur", "part") => 3,
            _ => 0,
        }
    }

    /// Where the message of a directive verb starts when an addressee comes first, at word
    /// `j` ("a appelé les habitants du quartier à rester chez eux" → "rester"): after the
    /// first "à" of the next eight words. ("demander un droit de réponse à l'animateur":
    /// "demander" puts its addressee last, and is not asked.)
    fn directive_message(&self, j: usize, se: usize) -> Option<usize> {
        if matches!(self.w.lw(j), "à" | "au" | "aux") {
            return None;
        }
        (j + 1..(j + 8).min(se))
            .take_while(|&x| self.w.is_word(x))
            .find(|&x| self.w.lw(x) == "à")
            .map(|x| x + 1)
            .filter(|&x| x < se && self.w.is_word(x))
    }

    /// A "-ment" adverb right after a verb ("alerte régulièrement sur", "a vivement
    /// critiqué"): a noun in "-ment" ("gouvernement") comes after its determiner, not there.
    fn manner_adverb(&self, k: usize) -> bool {
        let l = self.w.lw(k);
        l.ends_with("ment")
            && l.chars().count() > 6
            && !self.w.is_cap(k)
            && self.lex.lookup(l).is_none()
    }

    /// The subject of the predicate before the "et" at word `et` ("Emmanuel Dupic a dénoncé
    /// … et évoqué …"): the subject of the last speech verb or auxiliary before it in the
    /// sentence, else the current speaker.
    /// Does an attribute ("favorable", "totalement innocent", "prête à …") start at word
    /// `k`, rather than a complement ("Un incendie s'est déclaré vers 4h", "… dans trois
    /// habitations")?
    fn attribute_at(&self, mut k: usize) -> bool {
        // ('se déclarant "pas dupe"')
        if matches!(self.w.kind(k), Some(Kind::Mark(_))) {
            k += 1;
        }
        let l = self.w.lw(k);
        self.w.is_word(k)
            && !self.w.is_cap(k)
            && !is_det(l)
            && !is_in(PREPS, l)
            && !is_weekday(l)
            && !matches!(
                l,
                "vers" | "candidat" | "candidate" | "candidats" | "candidates"
            )
    }

    /// Is there a que-clause after a speech verb among words [a, b)?
    fn reported_clause_between(&self, a: usize, b: usize) -> bool {
        (a..b)
            .filter(|&q| matches!(self.w.lw(q), "que" | "qu'"))
            .any(|q| (a..q).any(|v| self.is_cue(v)))
    }

    fn first_predicate_subject(&self, sa: usize, et: usize) -> SpkRef {
        // ("a estimé que cette interdiction porte atteinte … et enjoint …": the reporting verb
        // before the que-clause, not a verb inside it)
        let que = (sa..et)
            .rev()
            .find(|&q| matches!(self.w.lw(q), "que" | "qu'"))
            .filter(|&q| (sa..q).any(|v| self.is_cue(v)));
        let et = que.unwrap_or(et);
        // (not a relative's verb: "a confirmé le lancement « dans les semaines qui
        // viennent » …, et s'est félicité")
        let verb = (sa..et).rev().find_map(|v| {
            if v > sa && self.w.lw(v - 1) == "qui" {
                return None;
            }
            if let Some(c) = self.cue_at(v) {
                return Some(c.a);
            }
            is_in(AUX, self.w.lw(v)).then_some(v)
        });
        match verb.map(|v| self.subject_before(v)) {
            Some(spk) if !matches!(spk, SpkRef::None) => spk,
            _ => SpkRef::Current,
        }
    }

    /// The "de" opening the infinitive of a clause cue at or after word `from`, past an addressee
    /// ("au gouvernement de retirer", "aux automobilistes d'éviter"): at most sixteen words
    /// or commas, with no verb or clause boundary between.
    fn de_infinitive(&self, from: usize, se: usize) -> Option<usize> {
        for x in from..se.min(from + 17) {
            let l = self.w.lw(x);
            if matches!(l, "de" | "d'") {
                // (past a negation and clitics: "de ne pas les utiliser")
                let mut v = x + 1;
                while v < x + 6
                    && (matches!(self.w.kind(v), Some(Kind::Mark(_)))
                        || matches!(
                            self.w.lw(v),
                            "ne" | "n'"
                                | "pas"
                                | "plus"
                                | "jamais"
                                | "se"
                                | "s'"
                                | "les"
                                | "la"
                                | "le"
                                | "l'"
                                | "leur"
                                | "lui"
                                | "y"
                                | "en"
                        ))
                {
                    v += 1;
                }
                if !self.w.is_cap(v) && demand_infinitive(self.w.lw(v)) {
                    return Some(x);
                }
                // (a complement of the addressee: "souffrant d'affections respiratoires")
                continue;
            }
            // ("aux personnes souffrant d'affections respiratoires ainsi qu'aux femmes
            // enceintes, de ne pas les utiliser")
            let ainsi_que = matches!(l, "que" | "qu'") && x > 0 && self.w.lw(x - 1) == "ainsi";
            // ('recommandent "de compléter …"': the mark opens the quoted message)
            if matches!(self.w.kind(x), Some(Kind::Mark(_))) {
                continue;
            }
            let addressee_word = self.w.is_word(x)
                && (ainsi_que || !matches!(l, "que" | "qu'" | "qui"))
                && !is_in(AUX, l)
                && self.lex.lookup(l).is_none();
            if !addressee_word && !self.w.is_punct(x, ',') {
                return None;
            }
        }
        None
    }

    /// End of a reported clause: before "et a refusé …" or ", ajoutant …".
    pub(super) fn clause_end(&self, ca: usize, se: usize) -> usize {
        // (a double dash "--" is two marks)
        let dash = |x: usize| matches!(self.w.kind(x), Some(Kind::Punct('-' | '–' | '—')));
        let spaced_dash = |x: usize| {
            dash(x)
                && self.w.space_before(x)
                && (self.w.space_after(x) || dash(x + 1) && self.w.space_after(x + 1))
        };
        for j in ca + 1..se {
            let l = self.w.lw(j);
            // "… une autorisation d'exportation -- sans toutefois lier …", "… d'ici à la fin
            // du quinquennat - sur 5,5 millions d'agents": a dash set off by spaces opens the
            // writer's aside
            // (not a pair of dashes around an aside the clause goes on after: "l'effort
            // d'indemnisation - pour leurs frais - n'était "pas suffisant"")
            if spaced_dash(j)
                && !self.inside_quote(j)
                && j > ca + 2
                && !(j + 2..se.saturating_sub(1)).any(spaced_dash)
                && !(ca..j).any(spaced_dash)
            {
                return j;
            }
            if self.narration_after(j) {
                return if self.w.is_punct(j - 1, ',') {
                    j - 1
                } else {
                    j
                };
            }
            // "…, alors que les températures …", "…, ce qui n'a pas manqué de …": the
            // narration takes over after the comma
            if self.w.is_punct(j, ',')
                && ((matches!(self.w.lw(j + 1), "alors" | "tandis")
                    && matches!(self.w.lw(j + 2), "que" | "qu'"))
                    || (self.w.lw(j + 1) == "ce" && matches!(self.w.lw(j + 2), "qui" | "que")))
                && !self.inside_quote(j)
            {
                return j;
            }
            // "… a estimé que ce choix était incongru tandis que la ministre … a jugé …": a
            // subordinate with a reporting clause of its own
            if matches!(l, "tandis" | "alors")
                && matches!(self.w.lw(j + 1), "que" | "qu'")
                && !self.w.is_punct(j - 1, ',')
                && !self.inside_quote(j)
                && self.new_reporting_clause_ext(j, se, true)
            {
                return j;
            }
            // 'un texte "mal préparé", qui fait face …', '… "pas souhaitable", provoquant un
            // tollé': after a quoted piece, a relative or a participle is the narration's
            if self.w.is_punct(j, ',')
                && j > ca
                && matches!(self.w.kind(j - 1), Some(Kind::Mark(_)))
                && !self.inside_quote(j)
                && {
                    let n = self.w.lw(j + 1);
                    matches!(n, "qui" | "dont")
                        || n.ends_with("ant") && n.len() > 5 && !self.is_cue(j + 1)
                }
                // (one quoting the speaker again is the speaker's: 'une "erreur", qui est le
                // "contraire de sa vie"')
                && !(j + 1..se).any(|x| matches!(self.w.kind(x), Some(Kind::Mark(_))))
            {
                return j;
            }
            // ("… estime qu'il apprécie Edouard Philippe et pense qu'il faut …", "… et
            // réclamant …", "… et ne sollicitera pas …": a second speech verb, a second
            // predicate)
            if l == "et" && !self.inside_quote(j) && j > ca + 1 {
                let v = j + usize::from(matches!(self.w.lw(j + 1), "ne" | "n'" | "se" | "s'"));
                if self
                    .cue_at(v + 1)
                    .is_some_and(|q| q.inv_pronoun.is_none() && q.a == v + 1)
                {
                    return j;
                }
            }
            // ("… et a ajouté", "…, mais a assuré avoir …": a second predicate)
            if matches!(l, "et" | "mais")
                && is_in(AUX, self.w.lw(j + 1))
                && looks_participle(self.w.lw(j + 2))
                && !matches!(self.w.lw(j + 1), "est" | "sont" | "était" | "étaient")
            {
                return if l == "mais" && self.w.is_punct(j - 1, ',') {
                    j - 1
                } else {
                    j
                };
            }
            if self.w.is_punct(j, ',') && self.w.lw(j + 1).ends_with("ant") && self.is_cue(j + 1) {
                return j;
            }
            // "…, tout en rappelant que …", "…, celui-ci assurant que …": a participle clause
            // with a cue of its own, after "(tout) en" or its own short subject
            if self.w.is_punct(j, ',') && !self.inside_quote(j) {
                let participle_cue = |x: usize| self.w.lw(x).ends_with("ant") && self.is_cue(x);
                let lead = match (self.w.lw(j + 1), self.w.lw(j + 2)) {
                    ("tout", "en") => Some(j + 3),
                    ("en", _) => Some(j + 2),
                    ("celui-ci" | "celle-ci" | "lui" | "elle" | "eux", _) => Some(j + 2),
                    _ => None,
                };
                if lead.is_some_and(participle_cue) {
                    return j;
                }
            }
            // "… que son navire est rentré au port, elle a toutefois souligné …", "… qu'il
            // sapait tout espoir de paix, quand l'Union européenne a rappelé …": a new
            // subject with a speech verb of its own starts another statement
            if self.w.is_punct(j, ',')
                && !self.inside_quote(j)
                && self.new_reporting_clause(j + 1, se)
            {
                return j;
            }
            // "…, mais refuse de communiquer sur …", "…, mais n'a pas précisé …": a second
            // predicate of the reporting clause's subject, a finite verb after "mais"
            if l == "mais" && self.w.is_punct(j - 1, ',') && !self.inside_quote(j) {
                let negated = matches!(self.w.lw(j + 1), "ne" | "n'");
                let v = if negated { j + 2 } else { j + 1 };
                let finite = |x: usize| {
                    let w = self.w.lw(x);
                    !looks_participle(w) && !is_infinitive(w) && !w.ends_with("ant")
                };
                let cue = self.cue_at(v).is_some_and(|c| c.inv_pronoun.is_none()) && finite(v);
                if cue || (negated && is_in(AUX, self.w.lw(v))) {
                    return j - 1;
                }
            }
            // ("… avoir eu un rapport avec ces deux femmes mais il a affirmé aux juges que …":
            // after "et"/"mais" too)
            if matches!(l, "et" | "mais")
                && !self.inside_quote(j)
                && self.new_reporting_clause(j + 1, se)
            {
                return if self.w.is_punct(j - 1, ',') {
                    j - 1
                } else {
                    j
                };
            }
            // "…, avant de lever ces restrictions": what the speaker did next
            if self.w.is_punct(j, ',')
                && !self.inside_quote(j)
                && self.w.lw(j + 1) == "avant"
                && matches!(self.w.lw(j + 2), "de" | "d'")
            {
                return j;
            }
            // "…, une information que le joueur a démentie": the writer's summary of what was
            // said, in apposition to it
            if self.w.is_punct(j, ',')
                && !self.inside_quote(j)
                && matches!(self.w.lw(j + 1), "un" | "une")
                && matches!(
                    self.w.lw(j + 2),
                    "information"
                        | "décision"
                        | "annonce"
                        | "affirmation"
                        | "accusation"
                        | "version"
                        | "thèse"
                        | "hypothèse"
                        | "déclaration"
                        | "position"
                        | "promesse"
                        | "chiffre"
                        | "bilan"
                        | "estimation"
                        | "rumeur"
                        | "allégation"
                        | "propos"
                )
            {
                return j;
            }
            // "…, face aux demandes de dédommagements", "…, à l'opposé de LFI": the writer's
            // context closes the reported clause (", sans donner …" is split in the gold)
            if self.w.is_punct(j, ',')
                && !self.inside_quote(j)
                && ((self.w.lw(j + 1) == "face" && matches!(self.w.lw(j + 2), "à" | "au" | "aux"))
                    || (self.w.lw(j + 1) == "à"
                        && self.w.lw(j + 2) == "l'"
                        && self.w.lw(j + 3) == "opposé"))
            {
                return j;
            }
            // "…, interrogé sur les propos de X": a participle about the speaker closes the
            // reported clause
            if self.w.is_punct(j, ',')
                && matches!(
                    self.w.lw(j + 1).trim_end_matches(['e', 's']),
                    "interrogé" | "questionné" | "invité" | "interpellé" | "sollicité" | "cité"
                )
            {
                return j;
            }
            // "a annoncé sa candidature, et présenté sa liste": a second predicate of the
            // reporting clause's subject
            if self.w.is_punct(j, ',')
                && self.w.lw(j + 1) == "et"
                && looks_participle(self.w.lw(j + 2))
            {
                return j;
            }
            // "a dénoncé un empoisonnement et bataillé pour un transfert", "dit devoir payer
            // l'ISF et déposé une déclaration": a second predicate of the reporting verb, a
            // participle with an object of its own (after a content with no verb of its own
            // at that tense: not "avoir payé et déposé")
            if matches!(l, "et" | "puis")
                && !self.inside_quote(j)
                && looks_participle(self.w.lw(j + 1))
                && !self.w.is_cap(j + 1)
                && !self.w.lw(j + 1).ends_with('e')
                && (is_det(self.w.lw(j + 2)) || self.w.lw(j + 2) == "pour")
                && !matches!(self.w.lw(j + 2), "de" | "d'" | "des" | "du")
                && !(ca..j).any(|x| {
                    is_in(AUX, self.w.lw(x))
                        || matches!(self.w.lw(x), "avoir" | "être" | "que" | "qu'")
                })
            {
                return if self.w.is_punct(j - 1, ',') {
                    j - 1
                } else {
                    j
                };
            }
            // "avait réclamé d'interdire les fêtes et préconisé de …": without the comma, a
            // second speech verb's participle
            if l == "et"
                && looks_participle(self.w.lw(j + 1))
                && self.lex.lookup(self.w.lw(j + 1)).is_some()
            {
                return j;
            }
            // "22% pensent qu'il est resté stable et 6% trouvent qu'il a augmenté": a second
            // reporting clause, with a subject of its own
            if matches!(l, "et" | "mais") && !self.inside_quote(j) {
                let own_clause = (j + 2..se.min(j + 8)).find(|&v| {
                    self.lex.lookup(self.w.lw(v)).is_some()
                        && matches!(self.w.lw(v + 1), "que" | "qu'")
                });
                let plain = |v: usize| {
                    !(j + 1..v)
                        .any(|x| self.w.is_punct(x, ',') || matches!(self.w.lw(x), "que" | "qu'"))
                };
                if own_clause.is_some_and(plain) {
                    return if self.w.is_punct(j - 1, ',') {
                        j - 1
                    } else {
                        j
                    };
                }
            }
            // "… que cette interdiction porte atteinte à la liberté et enjoint le gouvernement
            // de la lever": a second reporting verb of the subject, with its own object
            if l == "et"
                && self
                    .lex
                    .lookup(self.w.lw(j + 1))
                    .is_some_and(|(_, c)| c == VerbClass::Strong)
                && !matches!(self.w.lw(j + 1), "dit" | "dire")
                && (is_det(self.w.lw(j + 2)) || matches!(self.w.lw(j + 2), "que" | "qu'"))
            {
                return j;
            }
        }
        se
    }

    /// Does a clause with its own subject and speech verb start at word `k` (after a comma):
    /// an optional "quand"/"lorsque"/"tandis que"/"alors que", then a subject pronoun or a
    /// phrase opening with a determiner or a capital, then, within eight words and with no
    /// comma or "que" between, a speech verb after its auxiliary or the pronoun?
    fn new_reporting_clause(&self, k: usize, se: usize) -> bool {
        self.new_reporting_clause_ext(k, se, false)
    }

    /// `new_reporting_clause`, over commas too when `apposed` (a name in apposition to the
    /// subject: "la ministre des Transports, Elisabeth Borne, a jugé").
    fn new_reporting_clause_ext(&self, mut k: usize, se: usize, apposed: bool) -> bool {
        match self.w.lw(k) {
            "quand" | "lorsque" | "lorsqu'" => k += 1,
            "tandis" | "alors" if matches!(self.w.lw(k + 1), "que" | "qu'") => k += 2,
            _ => {}
        }
        let first = self.w.lw(k);
        let pronoun = matches!(first, "il" | "elle" | "ils" | "elles");
        if !(pronoun || is_det(first) || self.w.is_cap(k)) || !self.w.is_word(k) {
            return false;
        }
        (k + 1..se.min(k + if apposed { 13 } else { 9 }))
            .take_while(|&x| {
                (self.w.is_word(x) || apposed && self.w.is_punct(x, ','))
                    && !matches!(self.w.lw(x), "que" | "qu'" | "qui" | "dont")
            })
            .any(|v| {
                self.cue_at(v).is_some_and(|c| c.class == VerbClass::Strong)
                    && (is_in(AUX, self.w.lw(v - 1))
                        || (is_in(ADVERBS, self.w.lw(v - 1)) && is_in(AUX, self.w.lw(v - 2))))
            })
    }

    /// Does the narration take over at word `j`, inside a reported clause? After ", même
    /// si" (a concession of the writer's: "a confirmé 199 cas, même si le faible nombre de
    /// tests …"), and at "et" before a second finite speech verb or a pronominal verb's
    /// auxiliary, which share the reporting clause's subject ("appellent le gouvernement à
    /// prendre des mesures et alertent sur …", "… et s'est rendu au commissariat").
    fn narration_after(&self, j: usize) -> bool {
        if self.inside_quote(j) {
            return false;
        }
        let (n1, n2) = (self.w.lw(j + 1), self.w.lw(j + 2));
        if self.w.is_punct(j, ',') && n1 == "même" && matches!(n2, "si" | "s'") {
            return true;
        }
        if self.w.lw(j) != "et" {
            return false;
        }
        let pronominal = matches!(n1, "s'" | "se");
        let v = if pronominal || matches!(n1, "n'" | "ne") {
            n2
        } else {
            n1
        };
        let finite_cue = self.lex.lookup(v).is_some()
            && !looks_participle(v)
            && !is_infinitive(v)
            && !v.ends_with("ant");
        finite_cue || (pronominal && is_in(AUX, n2))
    }

    /// Where an apposed relative holding the cue at `v` closes: ", qui a dénoncé X, devrait
    /// …" closes at the comma before "devrait" (a finite verb right after the comma, outside
    /// quotation marks). None when the cue is no relative's verb.
    fn relative_close(&self, v: usize, ss: usize, ca: usize, cb: usize) -> Option<usize> {
        let k = self.verb_group_start(v, ss);
        let apposed = k > ss + 1 && self.w.lw(k - 1) == "qui" && self.w.is_punct(k - 2, ',');
        // "Parmi les groupes qui réclamaient ces mesures, TF1 a fait part …": a relative in a
        // phrase fronted before the main clause ends at the comma before that clause's
        // subject and verb
        let fronted = k > ss + 1
            && self.w.lw(k - 1) == "qui"
            && is_in(LEAD_PREPS, self.w.lw(ss))
            && !(ss + 1..k - 1).any(|x| self.w.is_punct(x, ','));
        if fronted {
            return (ca + 1..cb).find(|&x| {
                self.w.is_punct(x, ',')
                    && !self.inside_quote(x)
                    && (x + 2..(x + 7).min(cb)).any(|v| is_in(AUX, self.w.lw(v)) || self.is_cue(v))
            });
        }
        if !apposed {
            return None;
        }
        (ca + 1..cb).find(|&x| {
            self.w.is_punct(x, ',')
                && !self.inside_quote(x)
                && (is_in(AUX, self.w.lw(x + 1)) || is_in(MAIN_VERBS, self.w.lw(x + 1)))
        })
    }

    pub(super) fn indirect(
        &self,
        ca: usize,
        cb: usize,
        qa: usize,
        qb: usize,
        lemma: &str,
        spk: SpkRef,
    ) -> Cand {
        // ('note qu'à "partir de vendredi les Européens vivront à crédit. Cela signifie …"':
        // a quotation opened in the clause runs on to its closing mark, over sentence ends)
        let from = self.quoted.partition_point(|&(o, _)| o < ca);
        let cb = match self
            .quoted
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .find(|&&(o, _)| o < cb)
        {
            // (opened after a word of the clause, not after a colon that introduces it)
            Some(&(o, c)) if o > 0 && self.w.is_word(o - 1) && c >= cb && c < cb + 80 => c + 1,
            _ => cb,
        };
        let content = self.w.span(ca, cb);
        let cue = self.w.span(qa, qb);
        Cand {
            kind: QuoteKind::Indirect,
            span: content.cover(cue),
            content,
            cue: Some(cue),
            lemma: Some(lemma.to_string()),
            spk,
            unclosed: false,
            bare: false,
            next_subject: None,
        }
    }
}

/// The fewest words of a quoted fragment that makes a sentence with no cue a statement.
const CUELESS_FRAGMENT_WORDS: usize = 7;

/// Pronominal verbs whose object after "contre" is the message ("s'insurge contre les propos
/// de …"; not "s'interroge sur", a topic, clarification 7).
const PRONOMINAL_OBJECT_CUES: &[&str] = &["insurger", "indigner", "élever"];

/// An infinitive after a demand's "de": "-er", "-ir", "-oir", or one of the common "-re"
/// verbs ("de victoire", "d'Ivoire" are nouns).
fn demand_infinitive(w: &str) -> bool {
    const RE_VERBS: &[&str] = &[
        "faire",
        "dire",
        "prendre",
        "mettre",
        "rendre",
        "être",
        "vivre",
        "suivre",
        "attendre",
        "permettre",
        "reprendre",
        "soumettre",
        "défendre",
        "répondre",
        "réduire",
        "produire",
        "construire",
        "conduire",
        "détruire",
        "interdire",
        "écrire",
        "inscrire",
        "combattre",
        "résoudre",
        "vendre",
        "descendre",
        "entendre",
        "comprendre",
        "apprendre",
        "étendre",
        "suspendre",
        "reconnaître",
        "connaître",
        "paraître",
        "disparaître",
        "croire",
        "boire",
        "exclure",
        "inclure",
        "conclure",
        "traduire",
        "introduire",
        "instruire",
        "abattre",
        "remettre",
        "transmettre",
        "admettre",
        "promettre",
        "taire",
        "distraire",
        "extraire",
        "contraindre",
        "craindre",
        "éteindre",
        "atteindre",
        "restreindre",
        "joindre",
        "rejoindre",
        "peindre",
        "plaindre",
        "fondre",
        "perdre",
        "tendre",
        "vaincre",
        "convaincre",
        "rire",
        "lire",
        "élire",
        "relire",
        "coudre",
        "moudre",
        "naître",
        "battre",
        "mordre",
        "tordre",
    ];
    is_infinitive(w)
        && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("oir") || RE_VERBS.contains(&w))
}
