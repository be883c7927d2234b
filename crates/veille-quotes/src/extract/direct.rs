//! Direct quotations: pairing the marks, recovering unclosed ones, cues after, before
//! and inside the marks, dialogue dashes.

use super::*;

impl<'a> Extractor<'a> {
    /// Pairs quotation marks into quoted segments: (open word, close word or None, content word range).
    pub(super) fn pair_marks(&self) -> Vec<(usize, Option<usize>, usize, usize)> {
        let n = self.w.len();
        let mut out = Vec::new();
        // (family, open index, nested depth)
        let mut open: Option<(u8, usize)> = None;
        let mut nested: Vec<u8> = Vec::new();
        // the word after the last mark paired or recovered
        let mut free_from = 0;
        let mut doubled_open = false;
        for i in 0..n {
            let Some(Kind::Mark(c)) = self.w.kind(i) else {
                // paragraph break inside an open quote: close it there
                if let Some((_, o)) = open {
                    if self.w.newline_before(i) || i - o > MAX_UNCLOSED_WORDS {
                        let end = self.recover_end(o, i);
                        out.push((o, None, o + 1 + usize::from(doubled_open), end));
                        open = None;
                        nested.clear();
                    }
                }
                continue;
            };
            let fam = family(c);
            let role = self.mark_role(i, c);
            match open {
                None => {
                    if role != Role::Close {
                        open = Some((fam, i));
                        doubled_open = false;
                    } else if let Some(outer) = self.nested_outer(&out, i) {
                        // '"Il la renvoie … sur le thème "vous n'y connaissez rien". Mais
                        // c'est un jeu", analyse X': the quotation cut short by a nested one of
                        // the same marks closes here, the nested ones inside it
                        out.truncate(outer + 1);
                        out[outer] = (out[outer].0, Some(i), out[outer].0 + 1, i);
                    } else if let Some(from) = self.unopened_start(free_from, i) {
                        out.push((from, Some(i), from, i));
                    }
                    free_from = i + 1;
                }
                Some((f, o)) if f != fam => {
                    // a mark of another family inside the quote: nested, track its pairing
                    if nested.last() == Some(&fam) && role != Role::Open {
                        nested.pop();
                    } else if role != Role::Close {
                        nested.push(fam);
                    }
                    let _ = o;
                }
                Some((_, o)) if i == o + 1 => {
                    // a doubled mark ('""Rien ne presse …"'): one opening mark, the
                    // quotation's words after the second
                    doubled_open = true;
                }
                Some((_, o)) => {
                    if role == Role::Open {
                        // a definite opener while a quote is open: the first never closed
                        let end = self.recover_end(o, i);
                        out.push((o, None, o + 1 + usize::from(doubled_open), end));
                        open = Some((fam, i));
                        doubled_open = false;
                        nested.clear();
                    } else {
                        // (a doubled closing mark after a doubled opening one, '""ça a été
                        // … tétanisée"", explique X': the cue follows the second one; after a
                        // single opening one, the second mark closes an outer quotation)
                        let doubled = doubled_open && self.w.kind(i + 1) == Some(Kind::Mark(c));
                        let close = if doubled { i + 1 } else { i };
                        let from = o + 1 + usize::from(doubled_open);
                        doubled_open = false;
                        out.push((o, Some(close), from, i));
                        open = None;
                        nested.clear();
                        free_from = close + 1;
                    }
                }
            }
        }
        if let Some((_, o)) = open {
            let end = self.recover_end(o, n);
            out.push((o, None, o + 1 + usize::from(doubled_open), end));
        }
        out
    }

    /// The quotation a closing mark at `close` with nothing open belongs to, when the marks
    /// before it read as an opener left unclosed and nested quotations after it, the first
    /// in the opener's sentence, all in one paragraph: the index of that opener's entry in
    /// `out`.
    fn nested_outer(
        &self,
        out: &[(usize, Option<usize>, usize, usize)],
        close: usize,
    ) -> Option<usize> {
        let outer = out.iter().rposition(|e| e.1.is_none())?;
        let o1 = out[outer].0;
        let nested = &out[outer + 1..];
        let first = nested.first()?.0;
        let one_paragraph = (o1 + 1..=close).all(|k| !self.w.newline_before(k));
        // (the first nested quotation opens in the outer one's first sentence: not a second
        // quotation after narration, '"… nous sommes en train de couler. Fenech (LR) sur
        // Fillon : "Nous ne pouvons pas …"par BFMTV …')
        let same_sentence = self.w.sent_of.get(o1) == self.w.sent_of.get(first);
        // (or later ones that are short, a word or a name in marks, '… même si elle n'est pas
        // "fan" de moi. …", analyse-t-il', or with a cue after the last mark)
        let short = nested
            .iter()
            .all(|&(o, c, _, _)| c.is_some_and(|c| c > o && c - o <= 5));
        let attributed = || self.w.is_punct(close + 1, ',') && self.cue_after(close).is_some();
        (close - o1 <= MAX_UNCLOSED_WORDS
            && one_paragraph
            && (same_sentence || short || attributed()))
        .then_some(outer)
    }

    /// Where a quotation closed at `close` whose opening mark the text lost starts ('…, a
    /// expliqué Marc Perret. Je les ai donc retirées pour permettre le tournage". "Les …'),
    /// when the mark ends its sentence or comes before a cue: at the start of the mark's
    /// sentence, or of up to two sentences before it with no mark and no speech verb (an
    /// article that lost its lede opens on the quotation), never before `from`, the word
    /// after the last mark.
    fn unopened_start(&self, from: usize, close: usize) -> Option<usize> {
        let next = self.w.kind(close + 1);
        // (or the sentence ends inside the marks: '… la RATP et la SNCF." "Nous …')
        let ended_inside = close > 0
            && matches!(self.w.kind(close - 1), Some(Kind::Punct('.' | '!' | '?')))
            && matches!(next, Some(Kind::Mark(_)));
        let ends = matches!(next, Some(Kind::Punct('.' | '!' | '?')))
            || self.cue_after(close).is_some()
            || ended_inside;
        let mut start = self.sentence_start(if ended_inside { close - 1 } else { close });
        if !ends || start < from || (start..close).filter(|&k| self.w.is_word(k)).count() < 4 {
            return None;
        }
        for _ in 0..2 {
            let Some(prev) = start.checked_sub(1).map(|k| self.sentence_start(k)) else {
                break;
            };
            // (a speech verb in the first person singular is the speaker's own: "J'ai besoin
            // de voir une personne … avant de pouvoir espérer la reconnaître.")
            let first_person = (prev..start).any(|k| {
                matches!(
                    self.w.lw(k),
                    "je" | "j'" | "me" | "m'" | "moi" | "mon" | "ma" | "mes"
                )
            });
            let narration = (prev..start).any(|k| {
                matches!(self.w.kind(k), Some(Kind::Mark(_))) || (!first_person && self.is_cue(k))
            });
            if prev < from || prev >= start || narration {
                break;
            }
            start = prev;
        }
        Some(start)
    }

    /// Where an unclosed quotation opened at `o` ends, given the next structural limit:
    /// the last sentence end before the limit (or the end of the opener's sentence when the
    /// limit is far).
    pub(super) fn recover_end(&self, o: usize, limit: usize) -> usize {
        let so = self.w.sent_of.get(o).copied().unwrap_or(0) as usize;
        let mut best = None;
        let mut k = so;
        while k < self.w.sents.len() {
            let (_, e) = self.w.sents[k];
            if e > limit {
                break;
            }
            best = Some(e);
            k += 1;
        }
        // (a sentence ends right before the next mark, which the sentence layer glued to
        // the next words: 'depuis trente ans. "Une manière …')
        let glued = matches!(self.w.kind(limit), Some(Kind::Mark(_)))
            && limit > o + 1
            && matches!(self.w.kind(limit - 1), Some(Kind::Punct('.' | '!' | '?')));
        if glued {
            best = Some(limit);
        }
        let mut end = best.unwrap_or(limit).max(o + 1).min(limit);
        // (an incise naming its speaker ends it: '"Désormais, on sait … Avant, on avait que
        // des estimations, assure au Parisien Lawrence Serfaty, professeur au CHU. Avec …';
        // after "a-t-il expliqué" the speaker often goes on)
        // (a verb, an inverted form or a clitic after the comma before the full test)
        let verb_next = |c: usize| {
            let l = self.w.lw(c + 1);
            is_in(AUX, l)
                || split_inverted(l).is_some()
                || matches!(
                    l,
                    "lui" | "leur" | "nous" | "vous" | "me" | "m'" | "se" | "s'"
                )
                || self.lex.lookup(l).is_some()
        };
        let named_incise = |c: usize| {
            self.w.is_punct(c, ',')
                && verb_next(c)
                && matches!(
                    self.cue_after(c - 1),
                    Some((_, SpkRef::Name { .. } | SpkRef::Desc { .. }))
                )
        };
        if let Some(c) = (o + 2..end).find(|&c| named_incise(c)) {
            end = c;
        }
        // drop a trailing dangling mark
        while end > o + 1 && matches!(self.w.kind(end - 1), Some(Kind::Mark(_))) {
            end -= 1;
        }
        end
    }

    /// The video captions glued into the text ("… de la ruralité ?par Europe 1Alors …",
    /// "… Eric Woerthpar Europe 1"): from the sentence end before, up to the glued "par".
    pub(super) fn caption_spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        for k in 2..self.w.len().saturating_sub(1) {
            if !self.w.lw(k).ends_with("par") {
                continue;
            }
            // ("Woerthpar", "nourrissonspar", or "par" glued to the caption's "?")
            let t = self.w.tx(k);
            let glued = match t.strip_suffix("par") {
                Some("") => !self.w.space_before(k) && !self.w.is_word(k - 1),
                Some(head) => head.ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit()),
                None => false,
            };
            // (then the outlet: "par Europe 1", "par BFMTV")
            // (or a lower-case one the outlet list knows: "par franceinfo")
            let outlet = self.w.space_before(k + 1)
                && (self
                    .w
                    .tx(k + 1)
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || crate::media::names_outlet(self.w.tx(k + 1)));
            if !glued || !outlet {
                continue;
            }
            // (the caption's own question mark or closing mark stays inside it)
            // (not a stop inside the caption's quotation: '"… sur lui ? Ce n'est que 3 pages
            // !"par Jeanmarcmorandini.com')
            let from = (k.saturating_sub(40)..k.saturating_sub(1))
                .rev()
                .find(|&j| {
                    matches!(self.w.kind(j), Some(Kind::Punct('.' | '!' | '?')))
                        && !self.inside_quote(j)
                });
            if let Some(j) = from {
                out.push(Span::new(self.w.w[j + 1].s, self.w.w[k].e));
            }
        }
        out
    }

    pub(super) fn mark_role(&self, i: usize, c: char) -> Role {
        match c {
            '«' | '“' | '‹' | '„' => Role::Open,
            '»' | '”' | '›' => Role::Close,
            _ => {
                let prev = i.checked_sub(1).and_then(|p| self.w.kind(p));
                if prev == Some(Kind::Punct(':')) {
                    return Role::Open;
                }
                let ls = self.w.space_before(i)
                    || matches!(prev, Some(Kind::Punct('(')) | Some(Kind::Punct('[')));
                let rs = self.w.space_after(i);
                let next = self.w.kind(i + 1);
                let next_punct = matches!(next, Some(Kind::Punct(c)) if ",.;:!?)]…".contains(c))
                    || next.is_none();
                if next_punct {
                    Role::Close
                } else if ls && !rs {
                    Role::Open
                } else if !ls && rs {
                    Role::Close
                } else {
                    Role::Either
                }
            }
        }
    }

    /// Cue after a closing mark: ", a déclaré X", ", a-t-il ajouté", ", conclut le directeur".
    pub(super) fn cue_after(&self, close: usize) -> Option<(Cue, SpkRef)> {
        let mut k = close + 1;
        if self.w.is_punct(k, ',') || self.w.is_punct(k, '-') || self.w.is_punct(k, '–') {
            k += 1;
        }
        while k < close + 5
            && matches!(
                self.w.lw(k),
                "lui" | "leur" | "nous" | "vous" | "me" | "m'" | "l'" | "y" | "en" | "se" | "s'"
            )
        {
            k += 1;
        }
        // ('… une manifestation ?"Selon le gouvernement, …', '"…"Interrogée sur les dangers,
        // la ministre …', '"…"Faut-il …': a capitalized verb or source marker right after the
        // closing mark opens the next sentence)
        if self.w.is_cap(k) && k == close + 1 {
            return None;
        }
        self.inverted_clause(k)
            .or_else(|| self.loose_inverted(k))
            .or_else(|| {
                // any verb inverted with a subject pronoun right after a quotation attributes it
                // (", tente-t-il de se justifier", ", s'emporte-t-elle")
                let (v, pron) = split_inverted(self.w.lw(k))?;
                let g = pronoun(pron)?;
                (self.w.is_word(k) && !v.is_empty()).then(|| {
                    // ("a-t-il argumenté": the participle carries the verb)
                    let participle = is_in(AUX, v) && self.w.is_word(k + 1);
                    let (b, lemma) = if participle {
                        (k + 2, guess_infinitive(self.w.lw(k + 1)))
                    } else {
                        (k + 1, guess_infinitive(v))
                    };
                    // "peut-on lire dans Voici", "pouvait-on lire sur une pancarte": where it
                    // was read
                    let read = (pron == "on"
                        && matches!(self.w.lw(k + 1), "lire" | "entendre")
                        && matches!(self.w.lw(k + 2), "dans" | "sur" | "sous"))
                    .then(|| self.analyse_np(k + 3, self.np_end(k + 3, self.sentence_end(k))))
                    .filter(|r| !matches!(r, SpkRef::None));
                    // (the cue is then "peut-on lire", lemma "lire")
                    let (b, lemma) = match read {
                        Some(_) => (k + 2, self.w.lw(k + 1).to_string()),
                        None => (b, lemma),
                    };
                    // ("a-t-on précisé de source proche de l'enquête")
                    let read = read.or_else(|| self.impersonal_source(k, b, self.sentence_end(k)));
                    (
                        Cue {
                            a: k,
                            b,
                            lemma,
                            class: VerbClass::Weak,
                            inv_pronoun: Some(g),
                        },
                        // ("est-il précisé": the source speaking before goes on)
                        read.unwrap_or(if self.impersonal_passive(k) {
                            SpkRef::Current
                        } else {
                            SpkRef::Pronoun(g)
                        }),
                    )
                })
            })
    }

    /// The cue and speaker of an incise set off by commas between a quotation closed at word
    /// `close` and the opening mark `open` of the next one in the same sentence, optionally
    /// before a conjunction ("…", a déclaré X, "…"; "…", précise l'association, mais "…").
    fn incise_between(&self, close: usize, open: usize) -> Option<(Cue, SpkRef)> {
        if open <= close + 3
            || open - close > 16
            || self.w.sent_of.get(close) != self.w.sent_of.get(open)
            || !self.w.is_punct(close + 1, ',')
            || (close + 1..open).any(|j| matches!(self.w.kind(j), Some(Kind::Mark(_))))
        {
            return None;
        }
        let mut end = open - 1;
        if matches!(self.w.lw(end), "mais" | "car" | "puisque" | "et") {
            end -= 1;
        } else if self.w.lw(end) == "que" && self.w.lw(end - 1) == "bien" {
            end -= 2;
        }
        if !self.w.is_punct(end, ',') {
            return None;
        }
        let (cue, spk) = self.cue_after(close)?;
        (cue.b <= end
            && matches!(
                spk,
                SpkRef::Name { .. } | SpkRef::Desc { .. } | SpkRef::Pronoun(_)
            ))
        .then_some((cue, spk))
    }

    /// Does the narration go on after a quotation's closing mark with a comma and a
    /// conjunction ("…", alors que …; "…", même si …; "…", avant de …; "…", ce à quoi …)?
    fn narration_joined_after(&self, next_after: Option<usize>) -> bool {
        let Some(n) = next_after.filter(|&n| self.w.is_punct(n, ',')) else {
            return false;
        };
        matches!(
            (self.w.lw(n + 1), self.w.lw(n + 2)),
            ("alors" | "tandis", "que" | "qu'")
                | ("même", "si" | "s'")
                | ("avant", "de" | "d'")
                | ("ce", "à" | "qui")
        )
    }

    /// A speech verb right after a quotation whose subject the strict reading of
    /// `inverted_clause` missed ("…", a dit lors d'un point presse commun Yann Bubien): the
    /// first name or source description among the next words of the sentence, else the
    /// current speaker. The quotation is attributed either way.
    pub(super) fn loose_inverted(&self, k: usize) -> Option<(Cue, SpkRef)> {
        let Some(cue) = self.cue_at(k) else {
            // '"…", a évacué un haut-gradé du MoDem': a past participle missing from the
            // lexicon, right after the quotation and before its subject, attributes it too
            // (its subject must follow at once: any name or description)
            let cue = self
                .guessed_participle_cue(k)
                .or_else(|| self.guessed_present_cue(k))?;
            let se = self.sentence_end(k);
            let e = self.np_end(cue.b, se);
            return match self.analyse_np(cue.b, e) {
                r @ SpkRef::Name { .. } if e > cue.b => Some((cue, r)),
                // (a source, not "un coup de poing")
                r @ SpkRef::Desc { .. } if self.described_source(&r) => Some((cue, r)),
                _ => None,
            };
        };
        self.loose_subject(cue)
    }

    /// Could the description designate a source ("un haut-gradé", "le porte-parole"), not
    /// "un coup de poing"?
    fn described_source(&self, r: &SpkRef) -> bool {
        matches!(r, SpkRef::Desc { head, .. } if self.source_head(head) || head.contains('-'))
    }

    /// "a" + a past participle missing from the lexicon ("a évacué"), with a subject
    /// (determiner or capital) right after it.
    fn guessed_participle_cue(&self, k: usize) -> Option<Cue> {
        let aux = self.w.lw(k);
        // (over an adverb: "a d'abord balayé Manuel Valls")
        let mut p = k + 1;
        while p < k + 3 && (is_in(ADVERBS, self.w.lw(p)) || matches!(self.w.lw(p), "d'" | "abord"))
        {
            p += 1;
        }
        let part = self.w.lw(p);
        let participle = ["é", "ée", "és", "ées", "i", "u", "is", "it"]
            .iter()
            .any(|e| part.ends_with(e))
            && !matches!(
                part,
                "été" | "eu" | "pu" | "dû" | "su" | "vu" | "voulu" | "fait" | "dit"
            );
        // (past a short phrase set off by commas: "a assené, d'emblée, David Cicilline")
        let s = if self.w.is_punct(p + 1, ',') {
            (p + 2..(p + 6).min(self.w.len()))
                .find(|&j| !self.w.is_word(j))
                .filter(|&j| self.w.is_punct(j, ','))
                .map_or(p + 1, |j| j + 1)
        } else {
            p + 1
        };
        let subject_next = is_det(self.w.lw(s)) || self.w.is_cap(s);
        (matches!(aux, "a" | "ont" | "avait" | "avaient")
            && k > 0
            && self.w.is_punct(k - 1, ',')
            && self.w.is_word(p)
            && !self.w.is_cap(p)
            && participle
            && subject_next
            && self.lex.lookup(part).is_none())
        .then(|| Cue {
            a: k,
            b: p + 1,
            lemma: guess_infinitive(part),
            class: VerbClass::Weak,
            inv_pronoun: None,
        })
    }

    /// A verb in the present missing from the lexicon right after a quotation's closing mark
    /// and a comma, before its subject ('"…", balaye Nicholas Romaniuk', '"…", anticipe Mark
    /// Mulligan', '"…", s'attriste Ingrid Chauvin'): a first-group form ("-e", "-ent").
    fn guessed_present_cue(&self, k: usize) -> Option<Cue> {
        let after_quote = k >= 2
            && self.w.is_punct(k - 1, ',')
            && matches!(self.w.kind(k - 2), Some(Kind::Mark(_)));
        let v = if matches!(self.w.lw(k), "s'" | "se") {
            k + 1
        } else {
            k
        };
        let form = self.w.lw(v);
        let stem = form
            .strip_suffix("ent")
            .or_else(|| form.strip_suffix('e'))
            .filter(|st| st.chars().count() >= 3)?;
        // (not a conjunction or an adverb in "-e": '"…", comme l'Italie')
        let function_word = matches!(
            form,
            "comme"
                | "contre"
                | "entre"
                | "encore"
                | "même"
                | "presque"
                | "puisque"
                | "lorsque"
                | "quelque"
                | "chaque"
                | "ensuite"
                | "puis"
                | "notamment"
                | "une"
                | "cette"
        );
        let verb_like = self.w.is_word(v)
            && !function_word
            && !self.w.is_cap(v)
            && !is_det(form)
            && pronoun(form).is_none()
            && !is_in(AUX, form)
            && !is_in(ADVERBS, form)
            && self.lex.lookup(form).is_none();
        let subject_next = is_det(self.w.lw(v + 1)) || self.w.is_cap(v + 1);
        (after_quote && verb_like && subject_next).then(|| Cue {
            a: k,
            b: v + 1,
            lemma: format!("{stem}er"),
            class: VerbClass::Weak,
            inv_pronoun: None,
        })
    }

    /// The subject after an inverted cue, read loosely (see `loose_inverted`).
    fn loose_subject(&self, cue: Cue) -> Option<(Cue, SpkRef)> {
        let k = cue.a;
        if cue.inv_pronoun.is_some()
            || self.w.lw(cue.b - 1).ends_with("ant")
            || matches!(self.w.lw(cue.b), "que" | "qu'")
        {
            return None;
        }
        let se = self.sentence_end(k);
        let limit = se.min(cue.b + 14);
        for p in cue.b..limit {
            if matches!(self.w.kind(p), Some(Kind::Mark(_))) {
                break;
            }
            let l = self.w.lw(p);
            if !(self.w.is_cap(p) || matches!(l, "le" | "la" | "l'" | "les" | "un" | "une")) {
                continue;
            }
            // "aux journalistes présents à Lyon": a name after a preposition, or a place, is
            // a complement
            // (", auprès de l'AFP, une employée": the article after the preposition too)
            let after_prep = p > cue.b
                && (is_in(PREPS, self.w.lw(p - 1))
                    || matches!(self.w.lw(p - 1), "via" | "devant" | "depuis" | "lors")
                    || (p > cue.b + 1
                        && matches!(self.w.lw(p - 1), "l'" | "la" | "le" | "les")
                        && is_in(PREPS, self.w.lw(p - 2))));
            let at = self.w.w[p].s;
            let i = self.mentions.partition_point(|m| m.span.start < at);
            let place = self.mentions[i..]
                .iter()
                .take_while(|m| m.span.start == at)
                .any(|m| m.label == EntityType::LOC);
            if after_prep || place {
                continue;
            }
            let e = self.np_end(p, se);
            if e == p {
                continue;
            }
            match self.analyse_np(p, e) {
                r @ SpkRef::Name { .. } => return Some((cue, r)),
                SpkRef::Desc { ref head, .. }
                    if self.source_head_ext(head, false) || self.profession(p, e) =>
                {
                    return Some((cue, self.analyse_np(p, e)));
                }
                _ => {}
            }
        }
        Some((cue, SpkRef::Current))
    }

    /// "commente-t-on dans l'entourage du ministre", "indique-t-on à la préfecture": after an
    /// inverted "on" (word `inverted`), the body in which it was said, from word `from`.
    fn impersonal_source(&self, inverted: usize, from: usize, limit: usize) -> Option<SpkRef> {
        if split_inverted(self.w.lw(inverted))?.1 != "on" && !self.impersonal_passive(inverted) {
            return None;
        }
        // ("avait-on précisé auparavant de source proche de l'enquête")
        let mut from = from;
        while from < limit
            && is_in(ADVERBS, self.w.lw(from))
            && !matches!(
                self.w.lw(from),
                "de" | "d'" | "du" | "des" | "à" | "au" | "aux"
            )
        {
            from += 1;
        }
        let s = match self.w.lw(from) {
            // "ajoute-t-on de même source"
            "de" if matches!(self.w.lw(from + 1), "même" | "mêmes")
                && self.w.lw(from + 2).starts_with("source") =>
            {
                from + 1
            }
            "dans" | "chez" | "à" | "au" | "aux" => from + 1,
            "auprès" if matches!(self.w.lw(from + 1), "de" | "du" | "des" | "d'") => from + 1,
            // "a-t-on indiqué de source policière"
            "de" | "d'" if self.w.lw(from + 1).starts_with("source") => from + 1,
            // "du côté de l'Élysée"
            "du" if self.w.lw(from + 1) == "côté" && matches!(self.w.lw(from + 2), "de" | "d'") => {
                from + 3
            }
            _ => return None,
        };
        let spk = self.analyse_np(s, self.np_end(s, limit));
        let circle = matches!(&spk, SpkRef::Desc { head, .. } if is_in(CIRCLE_HEADS, head));
        (matches!(spk, SpkRef::Name { .. }) || spk.describes_people() || circle).then_some(spk)
    }

    /// Is the inverted verb at word `k` an impersonal passive ("est-il précisé", "était-il
    /// indiqué"), whose "il" is nobody?
    pub(super) fn impersonal_passive(&self, k: usize) -> bool {
        // (not a reflexive verb: "s'est-il indigné")
        let reflexive = k > 0 && matches!(self.w.lw(k - 1), "s'" | "se");
        !reflexive
            && split_inverted(self.w.lw(k)).is_some_and(|(v, p)| {
                p == "il"
                    && matches!(v, "est" | "était")
                    && first_group_participle(self.w.lw(k + 1))
            })
    }

    /// "CUE [complements] SUBJECT" starting at word k.
    pub(super) fn inverted_clause(&self, k: usize) -> Option<(Cue, SpkRef)> {
        let l = self.w.lw(k);
        // ("selon lesquelles" is a relative: see `relative_source`)
        if l == "selon"
            && matches!(
                self.w.lw(k + 1),
                "laquelle" | "lequel" | "lesquels" | "lesquelles"
            )
        {
            return None;
        }
        if l == "selon"
            || l == "d'après"
            || (l == "d'" && self.w.lw(k + 1) == "après")
            || l == "according"
        {
            let a = if l == "d'" || l == "according" {
                k + 2
            } else {
                k + 1
            };
            let limit = self.sentence_end(k);
            let e = self.np_end(a, limit);
            let spk = self.analyse_np(a, e);
            return Some((
                Cue {
                    a: k,
                    b: a,
                    lemma: "selon".into(),
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                },
                spk,
            ));
        }
        let cue = self.cue_at(k)?;
        if self.w.lw(cue.b - 1).ends_with("ant") {
            return None;
        }
        if let Some(g) = cue.inv_pronoun {
            // "a-t-on appris de sources concordantes": the source follows "de"
            // (after a date: "a-t-on appris vendredi 25 janvier auprès du parquet")
            let limit = self.sentence_end(k);
            let from = cue.b + self.date_words(cue.b, limit).unwrap_or(0);
            if cue.lemma == "apprendre" && matches!(self.w.lw(from), "de" | "d'" | "auprès") {
                let s = if self.w.lw(from) == "auprès" {
                    from + 2
                } else {
                    from + 1
                };
                let e = self.np_end(s, limit);
                let spk = self.analyse_np(s, e);
                if !matches!(spk, SpkRef::None) {
                    return Some((cue, spk));
                }
            }
            if let Some(spk) = self.impersonal_source(cue.a, from, limit) {
                return Some((cue, spk));
            }
            // ("est-il précisé": the source speaking before goes on)
            if self.impersonal_passive(cue.a) {
                return Some((cue, SpkRef::Current));
            }
            return Some((cue, SpkRef::Pronoun(g)));
        }
        let limit = self.sentence_end(k);
        let mut a = self.skip_complements(cue.b, limit);
        if cue.lemma == "apprendre" {
            // "a appris Sputnik d'une source militaire": the source follows "de"
            let mut j = a;
            while j < limit && j < a + 6 {
                if matches!(self.w.lw(j), "d'" | "de" | "auprès") {
                    let s = if self.w.lw(j) == "auprès" {
                        j + 2
                    } else {
                        j + 1
                    };
                    let e = self.np_end(s, limit);
                    return Some((cue, self.analyse_np(s, e)));
                }
                j += 1;
            }
            return None;
        }
        // the subject must follow right away ("a fait part de sa colère": an object); a
        // passive has none (", est accusé de violences par douze femmes": its agent)
        let passive = matches!(
            self.w.lw(cue.a),
            "est" | "sont" | "était" | "étaient" | "été" | "sera" | "seront"
        ) && !(cue.a > 0 && matches!(self.w.lw(cue.a - 1), "s'" | "se"));
        // ("…, accusé de polygamie": a bare past participle followed by "de" is an
        // adjunct, not a verb with its subject after; "…, indiqué Modilac" is a typo's)
        let participle = cue.b == cue.a + 1
            && first_group_participle(self.w.lw(cue.a))
            && matches!(self.w.lw(cue.b), "de" | "d'");
        if a >= limit || passive || participle || self.faire_object(&cue.lemma, cue.b) {
            return None;
        }
        if self.w.is_punct(a, ',') {
            a += 1;
            // "…, a indiqué, mercredi, le procureur de Vesoul": a date set off by commas
            // (the complements' skip takes the closing comma along)
            let b = self.skip_complements(a, limit);
            if b > a && self.w.is_punct(b, ',') {
                a = b + 1;
            } else if b > a && self.w.is_punct(b - 1, ',') {
                a = b;
            }
        }
        let e = self.np_end(a, limit);
        if e == a {
            return None;
        }
        let f = self.w.lw(a);
        if !(self.w.is_cap(a)
            || is_det(f)
            || pronoun(f).is_some()
            || matches!(f, "d'" | "de" | "celui" | "celle"))
        {
            return None;
        }
        let mut spk = self.analyse_np(a, e);
        // "a expliqué son assistante parlementaire": an unnamed person described by their tie
        if matches!(spk, SpkRef::Current)
            && is_in(POSSESSIVE, self.w.lw(a))
            && self.w.is_word(a + 1)
            && self.source_head(self.w.lw(a + 1))
        {
            spk = SpkRef::Desc {
                s: a,
                e,
                head: self.w.lw(a + 1).to_string(),
                indefinite: true,
                fem: desc_gender(self.w.lw(a), self.w.lw(a + 1)),
            };
        }
        if matches!(spk, SpkRef::None | SpkRef::Current) {
            return None;
        }
        // "Mais les manifestants, (…), ont dénoncé une attaque aux droits individuels": a
        // plural verb takes no singular subject; the phrase is its object
        let plural_verb = matches!(
            self.w.lw(cue.a),
            "ont" | "sont" | "avaient" | "étaient" | "auraient" | "seraient" | "auront" | "seront"
        ) || (cue.b == cue.a + 1 && third_plural(self.w.lw(cue.a), &cue.lemma));
        // (unless coordinated: "ont indiqué une source policière et la présidence")
        let coordinated = (a..limit.min(e + 8))
            .take_while(|&j| self.w.is_word(j))
            .any(|j| self.w.lw(j) == "et");
        if plural_verb
            && !coordinated
            && matches!(spk, SpkRef::Desc { .. })
            && matches!(
                f,
                "un" | "une" | "le" | "la" | "l'" | "ce" | "cet" | "cette" | "son" | "sa"
            )
        {
            return None;
        }
        // "écrivent les rapporteurs Christine Bonfanti-Dossat (LR) et Nicole Bonnefoy (PS)": a
        // plural verb's subject is both persons coordinated
        if plural_verb {
            if let SpkRef::Name {
                s: ns,
                e: ne,
                kind: SpeakerKind::Person,
                ..
            } = spk
            {
                if let Some(pair_end) = self.coordinated_person(ne, limit) {
                    spk = SpkRef::Name {
                        s: ns,
                        e: pair_end,
                        kind: SpeakerKind::Person,
                        entity: None,
                    };
                }
            }
        }
        // "le rapport de ce groupe, composé d'élus, relève les limites de l'idée": a
        // singular verb takes no plural subject; the phrase is its object
        let verb = self.w.lw(cue.a);
        let singular_verb = matches!(
            verb,
            "a" | "avait" | "aurait" | "est" | "était" | "serait" | "sera" | "aura"
        ) || (cue.b == cue.a + 1
            && !third_plural(verb, &cue.lemma)
            && !verb.ends_with("ent")
            && !verb.ends_with("ont"));
        // (after a quotation the inversion is sure, agreement slips or not: '"…", indique
        // les forces de l'ordre')
        let after_quotation = cue.a >= 2
            && self.w.is_punct(cue.a - 1, ',')
            && matches!(self.w.kind(cue.a - 2), Some(Kind::Mark(_)));
        if singular_verb
            && !after_quotation
            && !coordinated
            && matches!(&spk, SpkRef::Desc { head, .. } if head.ends_with('s') || head.ends_with('x'))
            && matches!(f, "les" | "des" | "ces")
        {
            return None;
        }
        // "a annoncé samedi sa candidature": a possessive phrase whose head names no person
        // is the object, not an inverted subject
        if let SpkRef::Desc { head, .. } = &spk {
            if is_in(POSSESSIVE, self.w.lw(a))
                && !(self.source_head_ext(head, false)
                    || is_in(CIRCLE_HEADS, head)
                    || head.ends_with("ant")
                    || head.ends_with("ante"))
            {
                return None;
            }
        }
        // "la nouvelle sous-secrétaire d'Etat …, Lucia Borgonzi, dans …", "l'épouse du
        // journaliste, Phyu Phyu Win": a description with the name in apposition
        if matches!(spk, SpkRef::Desc { .. }) && self.w.is_punct(e, ',') && self.w.is_cap(e + 1) {
            let lim = (e + 6).min(limit);
            if let Some((s, t)) = self.name_run(e + 1, lim) {
                // (after an honorific: "son avocat, Me Raynaud de Lage")
                let titled = s == e + 2 && is_in(TITLES, self.w.lw(e + 1));
                // ("une spectatrice, Monique Dekerf à la chaîne CNN": or a complement)
                if (s == e + 1 || titled)
                    && t - s >= 2
                    && (t >= limit
                        || matches!(self.w.kind(t), Some(Kind::Punct(_)))
                        || matches!(self.w.lw(t), "à" | "au" | "aux" | "sur" | "dans" | "devant"))
                {
                    spk = SpkRef::Name {
                        s,
                        e: t,
                        kind: SpeakerKind::Person,
                        entity: self.mention_entity(s, t),
                    };
                }
            }
        }
        // ", a reconnu les faits": an object, not an inverted subject
        if let SpkRef::Desc { head, .. } = &spk {
            if !self.source_head(head) {
                return None;
            }
        }
        Some((cue, spk))
    }

    /// The end of a second person coordinated after a name ending at word `e`, each with a
    /// party label in brackets or none ("(LR) et Nicole Bonnefoy (PS)"), before `limit`.
    fn coordinated_person(&self, e: usize, limit: usize) -> Option<usize> {
        let label_end = |k: usize| {
            if self.w.is_punct(k, '(') && self.w.is_punct(k + 2, ')') {
                k + 3
            } else {
                k
            }
        };
        let k = label_end(e);
        if k >= limit || self.w.lw(k) != "et" {
            return None;
        }
        self.person_starting(k + 1)?;
        let end = self.w_end_of_mention(k + 1);
        Some(label_end(end).min(limit))
    }

    /// Skips "à Sputnik", "aux journalistes", "à l'agence Sputnik", "lundi", "à l'AFP," after a verb.
    pub(super) fn skip_complements(&self, k: usize, limit: usize) -> usize {
        self.skip_complements_ext(k, limit, false)
    }

    /// Is word `x` a first name the embedded table knows?
    fn first_name_at(&self, x: usize) -> bool {
        crate::first_names::french().gender(self.w.lw(x)).is_some()
    }

    /// Does a person's name start at word `x`: a known first name, then a capitalized word?
    fn full_name_at(&self, x: usize) -> bool {
        self.w.is_cap(x + 1) && self.first_name_at(x)
    }

    /// Length in words of a date starting at `k`, at most up to `limit`: "hier", "ce
    /// mercredi", "mardi soir", "le 14 juin", "jeudi 12 mars 2020", "ce matin".
    pub(super) fn date_words(&self, k: usize, limit: usize) -> Option<usize> {
        const PARTS: &[&str] = &["matin", "soir", "midi", "après-midi", "dernier", "prochain"];
        let l = self.w.lw(k);
        if matches!(l, "hier" | "aujourd'hui") {
            return Some(1);
        }
        // "a affirmé mi-août que", "assurait fin juin que", "début 2019"
        if l.strip_prefix("mi-").is_some_and(is_month) {
            return (k < limit).then_some(1);
        }
        if matches!(l, "début" | "fin" | "mi")
            && (is_month(self.w.lw(k + 1))
                || (self.w.kind(k + 1) == Some(Kind::Num) && self.w.lw(k + 1).len() == 4))
        {
            return (k + 2 <= limit).then_some(2);
        }
        let mut j = k;
        if matches!(l, "ce" | "le") {
            j += 1;
        }
        let day = is_weekday(self.w.lw(j));
        let dated = !day && self.w.kind(j) == Some(Kind::Num) && is_month(self.w.lw(j + 1));
        let part = !day && l == "ce" && matches!(self.w.lw(j), "matin" | "soir");
        if !(day || dated || part) {
            return None;
        }
        j += if dated { 2 } else { 1 };
        // "mardi 28 avril (2020)"
        if day && self.w.kind(j) == Some(Kind::Num) && is_month(self.w.lw(j + 1)) {
            j += 2;
        }
        if self.w.kind(j) == Some(Kind::Num) && (dated || day) && self.w.lw(j).len() == 4 {
            j += 1;
        }
        if is_in(PARTS, self.w.lw(j)) {
            j += 1;
        }
        (j <= limit).then_some(j - k)
    }

    /// Length in words of a time adverbial starting at `k` ("peu après", "peu de temps
    /// après", "un peu plus tard", "quelques heures plus tard", "dans la foulée").
    pub(super) fn time_adverbial(&self, k: usize) -> Option<usize> {
        let w = |i: usize| self.w.lw(k + i);
        match (w(0), w(1), w(2), w(3)) {
            // (not "peu avant le vote": the adverb alone, before "que" or a comma)
            ("peu", "après" | "avant", "que" | "qu'" | "", _) => Some(2),
            ("peu", "de", "temps", "après" | "avant") => Some(4),
            ("un", "peu", "plus", "tard") => Some(4),
            ("plus", "tard", _, _) => Some(2),
            ("dans", "la", "foulée", _) => Some(3),
            // "a confirmé dans l'après-midi que …"
            ("dans", "la", "matinée" | "soirée" | "nuit" | "journée", _) => Some(3),
            ("dans", "l'", "après-midi", _) => Some(3),
            ("quelques", "heures" | "minutes" | "jours", "plus", "tard") => Some(4),
            // "avait expliqué la veille qu'", "a précisé le lendemain que"
            ("la", "veille" | "semaine", "au", "soir") => Some(4),
            ("la", "veille", _, _) | ("le", "lendemain", _, _) => Some(2),
            // "avaient prévenu il y a quelques jours que"
            ("il", "y", "a", _) => {
                let unit = |x: &str| {
                    matches!(
                        x,
                        "jour"
                            | "jours"
                            | "semaine"
                            | "semaines"
                            | "mois"
                            | "an"
                            | "ans"
                            | "heures"
                    )
                };
                let n = self.w.lw(k + 3);
                let counted = matches!(
                    n,
                    "quelques" | "plusieurs" | "deux" | "trois" | "un" | "une"
                ) || self.w.kind(k + 3) == Some(Kind::Num);
                (counted && unit(self.w.lw(k + 4))).then_some(5)
            }
            _ => None,
        }
    }

    /// Like `skip_complements`; `names`: a complement may be a multi-word name ("à Vanity Fair
    /// avoir vécu"); only where no subject follows the verb.
    pub(super) fn skip_complements_ext(&self, mut k: usize, limit: usize, names: bool) -> usize {
        let mut rounds = 0;
        while k < limit && rounds < 5 {
            rounds += 1;
            let l = self.w.lw(k);
            // "a réagi, à l'issue de l'audience devant le JLD, l'avocate …": a phrase set off
            // by commas, opening on a preposition, before the subject
            if k + 1 < limit && self.w.is_punct(k, ',') && is_in(LEAD_PREPS, self.w.lw(k + 1)) {
                let close = (k + 2..limit.min(k + 14))
                    .find(|&j| !self.w.is_word(j) || self.is_cue(j) || is_in(AUX, self.w.lw(j)))
                    .filter(|&j| self.w.is_punct(j, ','));
                if let Some(c) = close {
                    k = c + 1;
                    continue;
                }
            }
            if l == "auprès" && matches!(self.w.lw(k + 1), "de" | "du" | "des" | "d'") {
                // "auprès de Sud Ouest", "auprès du Parisien"
                let mut j = k + 2;
                if matches!(self.w.lw(j), "l'" | "la" | "le" | "les") {
                    j += 1;
                }
                while j < limit && self.w.is_cap(j) {
                    j += 1;
                }
                if j == k + 2 {
                    return k;
                }
                if self.w.is_punct(j, ',') {
                    j += 1;
                }
                k = j;
                continue;
            }
            // "sur 20minutes.fr", "sur lemonde.fr": a site named by its address
            if matches!(l, "sur" | "à" | "au")
                && self.w.is_punct(k + 2, '.')
                && !self.w.space_before(k + 2)
                && !self.w.space_after(k + 2)
                && matches!(
                    self.w.lw(k + 3),
                    "fr" | "com" | "net" | "org" | "info" | "eu"
                )
            {
                k += 4;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            if l == "sur"
                && (self.w.is_cap(k + 1)
                    || matches!(
                        self.w.lw(k + 1),
                        "twitter" | "facebook" | "instagram" | "franceinfo"
                    ))
            {
                let mut j = k + 1;
                // (up to a person's name: "sur France Inter Philippe Martinez")
                while j < limit && self.w.is_cap(j) && !(j > k + 1 && self.full_name_at(j)) {
                    j += 1;
                }
                if j > k + 1 && self.w.kind(j) == Some(Kind::Num) {
                    j += 1; // "sur Europe 1"
                }
                k = j.max(k + 2);
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "a tancé pour Télé Loisirs le producteur …": the outlet the words were given to
            if l == "pour" && self.w.is_cap(k + 1) {
                let mut j = k + 1;
                while j < limit && (self.w.is_cap(j) || self.w.kind(j) == Some(Kind::Num)) {
                    j += 1;
                }
                let name = self.w.text.get(self.w.span(k + 1, j).range()).unwrap_or("");
                if crate::media::names_outlet(name) {
                    k = j + usize::from(self.w.is_punct(j, ','));
                    continue;
                }
            }
            if let Some(j) = self.skip_medium(k, limit) {
                k = j;
                continue;
            }
            // "devant le tribunal correctionnel", "devant la presse"
            if l == "devant" && is_det(self.w.lw(k + 1)) {
                let mut j = k + 2;
                while j < limit
                    && j < k + 6
                    && self.w.is_word(j)
                    && !is_infinitive(self.w.lw(j))
                    && !matches!(self.w.lw(j), "que" | "qu'" | "de" | "d'")
                {
                    j += 1;
                }
                k = j;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "peu après", "peu de temps après", "quelques heures plus tard"
            if let Some(n) = self.time_adverbial(k) {
                k += n;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "ce mercredi", "mardi soir", "le 14 juin", "hier": a date between the verb and
            // its object ("a confirmé ce mercredi sur son site avoir retiré …")
            if let Some(n) = self.date_words(k, limit) {
                k += n;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "sur son site", "sur son compte Twitter", "sur sa page Facebook"
            if l == "sur"
                && is_in(POSSESSIVE, self.w.lw(k + 1))
                && matches!(
                    self.w.lw(k + 2),
                    "site" | "compte" | "blog" | "page" | "profil" | "antenne"
                )
            {
                k += 3;
                while k < limit && self.w.is_cap(k) {
                    k += 1;
                }
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "a jugé mercredi à propos d'une éventuelle trêve du mouvement des "gilets
            // jaunes" qu'il était …": a topic phrase, quoted words and all, up to the
            // que-clause or a comma
            if l == "à"
                && self.w.lw(k + 1) == "propos"
                && matches!(self.w.lw(k + 2), "de" | "d'" | "du" | "des")
            {
                let end = (k + 3..limit.min(k + 20)).find(|&j| {
                    matches!(self.w.lw(j), "que" | "qu'")
                        || matches!(self.w.kind(j), Some(Kind::Punct(_)))
                });
                match end {
                    Some(j) if self.w.is_punct(j, ',') => k = j + 1,
                    Some(j) if self.w.is_word(j) => k = j,
                    _ => return k,
                }
                continue;
            }
            // "aurait répondu à l'adresse de l'ex-sénateur du Cantal un proche du ministre":
            // the addressee, then the subject
            if l == "à"
                && matches!(self.w.lw(k + 1), "l'" | "l’")
                && matches!(self.w.lw(k + 2), "adresse" | "endroit" | "intention")
                && matches!(self.w.lw(k + 3), "de" | "d'" | "du" | "des")
            {
                let j = self.np_end(k + 4, limit);
                if j <= k + 4 {
                    return k;
                }
                k = j + usize::from(self.w.is_punct(j, ','));
                continue;
            }
            // "quant à elle", "quant à lui"
            if l == "quant"
                && self.w.lw(k + 1) == "à"
                && matches!(self.w.lw(k + 2), "elle" | "lui" | "eux" | "elles")
            {
                k += 3;
                continue;
            }
            // "par la suite"
            if l == "par" && self.w.lw(k + 1) == "la" && self.w.lw(k + 2) == "suite" {
                k += 3;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "à plusieurs reprises", "à maintes reprises", "à nouveau"
            if l == "à" && self.w.lw(k + 2) == "reprises" {
                k += 3;
                continue;
            }
            if matches!(l, "à" | "de") && self.w.lw(k + 1) == "nouveau" {
                k += 2;
                continue;
            }
            // "la semaine dernière", "le mois prochain", "l'an passé"
            // (the article may already be skipped as a clitic)
            let a = usize::from(matches!(l, "la" | "le" | "l'"));
            if matches!(
                self.w.lw(k + a),
                "semaine" | "mois" | "an" | "année" | "week-end"
            ) && matches!(
                self.w.lw(k + a + 1),
                "dernier" | "dernière" | "prochain" | "prochaine" | "passé" | "passée"
            ) {
                k += a + 2;
                continue;
            }
            // "par ailleurs", "de son côté", "pour sa part", "d'ailleurs", "cette fois"
            let two = (l, self.w.lw(k + 1));
            if matches!(
                two,
                ("par", "ailleurs")
                    | ("par", "contre")
                    | ("pour", "sa")
                    | ("pour", "leur")
                    | ("de", "son")
                    | ("de", "leur")
                    | ("en", "outre")
                    | ("en", "effet")
                    | ("d'", "ailleurs")
                    | ("cette", "fois")
                    | ("à", "nouveau")
                    | ("de", "nouveau")
            ) {
                let n = if matches!(
                    two,
                    ("pour", "sa") | ("pour", "leur") | ("de", "son") | ("de", "leur")
                ) {
                    3
                } else {
                    2
                };
                if n == 2 || matches!(self.w.lw(k + 2), "part" | "côté") {
                    k += n;
                    if self.w.is_punct(k, ',') {
                        k += 1;
                    }
                    continue;
                }
            }
            if matches!(
                l,
                "notamment"
                    | "toutefois"
                    | "cependant"
                    | "néanmoins"
                    | "enfin"
                    | "déjà"
                    | "pourtant"
                    | "d'ailleurs"
                    | "aussitôt"
                    | "immédiatement"
                    | "récemment"
                    | "plus"
                    | "tard"
            ) && k > 0
            {
                k += 1;
                continue;
            }
            if l == "1er" || self.w.kind(k) == Some(Kind::Num) && is_month(self.w.lw(k + 1)) {
                k += 2; // "1er octobre"
                continue;
            }
            if matches!(l, "début" | "fin" | "mi" | "courant" | "en") && is_month(self.w.lw(k + 1))
            {
                k += 2; // "début mai"
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            if matches!(l, "à" | "au" | "aux" | "to") {
                let mut j = k + 1;
                if matches!(self.w.lw(j), "l'" | "la" | "le" | "les") {
                    j += 1;
                }
                if !self.w.is_word(j) {
                    return k;
                }
                let cap = self.w.is_cap(j);
                // "à France Bleu Béarn": a name the NER read as one mention is skipped whole
                let mention_end = cap
                    .then(|| self.mention_starting_at(j))
                    .flatten()
                    .and_then(|end| self.word_end_at(end))
                    .filter(|&e| e > j && e <= limit);
                // ("à l'AFP Christine, une salariée": an outlet the NER ran into the speaker's
                // first name stays one word)
                let outlet_then_name = self.w.is_cap(j + 1)
                    && crate::media::names_outlet(self.w.tx(j))
                    && self.first_name_at(j + 1);
                // ("a raconté au Las Vegas Sun Joe Pitz": nor a person's name after it)
                let s0 = j;
                j += 1;
                if let Some(e) = mention_end.filter(|_| !outlet_then_name) {
                    j = j.max((s0 + 1..e).find(|&x| self.full_name_at(x)).unwrap_or(e));
                }
                while names && cap && self.w.is_cap(j) && j < limit && !self.full_name_at(j) {
                    j += 1; // "à Vanity Fair"
                }
                if cap && self.w.kind(j) == Some(Kind::Num) {
                    j += 1; // "à France 3"
                }
                if !cap
                    && self.w.is_cap(j)
                    && !is_det(self.w.lw(j))
                    && self.w.lw(j - 1) != "journalistes"
                {
                    j += 1; // "l'agence Sputnik"
                }
                // "au site du journal Le Parisien": a media noun's complement naming the outlet
                if !cap
                    && is_in(MEDIA_HEADS, self.w.lw(j - 1))
                    && matches!(self.w.lw(j), "du" | "de" | "d'")
                {
                    let mut x = j + 1;
                    if matches!(self.w.lw(x), "l'" | "la" | "le" | "les") {
                        x += 1;
                    }
                    if is_in(MEDIA_HEADS, self.w.lw(x)) {
                        x += 1;
                    }
                    let s0 = x;
                    while x < limit && self.w.is_cap(x) && !(x > s0 && self.full_name_at(x)) {
                        x += 1;
                    }
                    let name = self.w.text.get(self.w.span(s0, x).range()).unwrap_or("");
                    if x > s0 && crate::media::names_outlet(name) {
                        j = x;
                    }
                }
                if self.w.is_punct(j, ',') {
                    j += 1;
                }
                k = j;
            } else if matches!(
                l,
                "ainsi"
                    | "lundi"
                    | "mardi"
                    | "mercredi"
                    | "jeudi"
                    | "vendredi"
                    | "samedi"
                    | "dimanche"
                    | "hier"
                    | "également"
                    | "aussi"
                    | "encore"
                    | "ensuite"
                    | "alors"
                    | "aujourd'hui"
                    | "soir"
                    | "matin"
                    | "dernier"
                    | "on"
            ) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The medium or occasion of a statement: "dans un communiqué (de presse)", "lors d'une
    /// conférence de presse", "devant les journalistes", "au micro de France Inter", "dans les
    /// colonnes du Parisien", "en conférence de presse". Returns the word after it (and after
    /// a comma), or `None`.
    pub(super) fn skip_medium(&self, k: usize, limit: usize) -> Option<usize> {
        const MEDIUM: &[&str] = &[
            "communiqué",
            "entretien",
            "interview",
            "conférence",
            "point",
            "point-presse",
            "tweet",
            "message",
            "lettre",
            "courrier",
            "déclaration",
            "vidéo",
            "publication",
            "tribune",
            "discours",
            "émission",
            "réunion",
            "allocution",
            "audition",
            "presse",
            "journalistes",
            "micro",
            "antenne",
            "plateau",
            "colonnes",
            "pages",
            "note",
            "texte",
            "post",
            "courriel",
            "mail",
            "e-mail",
            "livre",
            "ouvrage",
            "documentaire",
            "podcast",
            "chronique",
            "visioconférence",
            "visio-conférence",
            "téléphone",
            "écrit",
            "sms",
            "séance",
            "débat",
            "meeting",
            "hémicycle",
            "assemblée",
            "sénat",
            "parlementaires",
            "députés",
            "sénateurs",
            "juges",
            "enquêteurs",
            "policiers",
            "médias",
            "caméras",
            "réseaux",
            "statement",
            "interview",
            "press",
            "reporters",
            "journalists",
        ];
        let l = self.w.lw(k);
        let mut j = match l {
            "dans" | "devant" | "via" | "par" | "en" | "in" | "during" => k + 1,
            "lors" | "au" | "à" | "aux" => {
                if l == "lors" && !matches!(self.w.lw(k + 1), "d'" | "de" | "du" | "des") {
                    return None;
                }
                k + 1 + usize::from(l == "lors" && matches!(self.w.lw(k + 1), "d'" | "de"))
            }
            _ => return None,
        };
        if matches!(
            self.w.lw(j),
            "un" | "une"
                | "le"
                | "la"
                | "les"
                | "l'"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "cette"
                | "ce"
        ) {
            j += 1;
        }
        // "lors de la même conférence", "dans un long entretien"
        if is_in(PRE_ADJ, self.w.lw(j)) || matches!(self.w.lw(j), "long" | "bref" | "court") {
            j += 1;
        }
        if !is_in(MEDIUM, self.w.lw(j)) {
            return None;
        }
        j += 1;
        // "dans un communiqué distinct le ministre": an adjective after the medium noun
        if j + 1 < limit
            && self.w.is_word(j)
            && !self.w.is_cap(j)
            && !is_det(self.w.lw(j))
            && !is_in(PREPS, self.w.lw(j))
            && self.lex.lookup(self.w.lw(j)).is_none()
            && !is_infinitive(self.w.lw(j))
            && !matches!(self.w.lw(j), "que" | "qu'")
            && (is_det(self.w.lw(j + 1)) || self.w.is_cap(j + 1))
        {
            j += 1;
        }
        // "de presse", "télévisée", "du Parisien", "de France Inter", "sociaux"
        let mut rounds = 0;
        while j < limit && rounds < 3 {
            rounds += 1;
            let m = self.w.lw(j);
            if matches!(
                m,
                "presse" | "sociaux" | "télévisé" | "télévisée" | "commun" | "commune"
            ) {
                j += 1;
            } else if matches!(m, "de" | "du" | "des" | "d'" | "à" | "au") {
                let mut t = j + 1;
                if matches!(self.w.lw(t), "l'" | "la" | "le" | "les") {
                    t += 1;
                }
                if self.w.lw(t) == "presse" {
                    j = t + 1;
                    continue;
                }
                let s = t;
                while t < limit && self.w.is_cap(t) {
                    t += 1;
                }
                if t > s && self.w.kind(t) == Some(Kind::Num) {
                    t += 1;
                }
                if t == s {
                    break;
                }
                j = t;
            } else {
                break;
            }
        }
        if j > limit {
            return None;
        }
        if self.w.is_punct(j, ',') {
            j += 1;
        }
        Some(j)
    }

    pub(super) fn sentence_end(&self, k: usize) -> usize {
        self.w
            .sent_of
            .get(k)
            .and_then(|&s| self.w.sents.get(s as usize))
            .map_or(self.w.len(), |&(_, e)| e)
    }

    pub(super) fn sentence_start(&self, k: usize) -> usize {
        self.w
            .sent_of
            .get(k)
            .and_then(|&s| self.w.sents.get(s as usize))
            .map_or(0, |&(a, _)| a)
    }

    /// For each pair of marks, the first and last pair of its run: quotations joined by a
    /// comma, a conjunction or both ('"…", "…" ou encore "…"'), each closed before the next
    /// opens.
    fn quotation_runs(
        &self,
        pairs: &[(usize, Option<usize>, usize, usize)],
    ) -> Vec<(usize, usize)> {
        let joined = |c1: usize, o2: usize| {
            let conj = |x: usize| {
                matches!(
                    self.w.lw(x),
                    "et" | "mais" | "car" | "puisque" | "ou" | "or"
                )
            };
            // ('"…", d'autant que "…", s'était-il emporté': a subordinating connective)
            let subordinate = || {
                o2 > c1 + 2
                    && self.w.is_punct(c1 + 1, ',')
                    && JOINING_PHRASES.iter().any(|p| {
                        p.len() == o2 - c1 - 2
                            && p.iter()
                                .enumerate()
                                .all(|(i, w)| self.w.lw(c1 + 2 + i) == *w)
                    })
            };
            if subordinate() {
                return true;
            }
            match o2.checked_sub(c1 + 1) {
                Some(1) => conj(c1 + 1) || self.w.is_punct(c1 + 1, ','),
                Some(2) => {
                    self.w.is_punct(c1 + 1, ',') && conj(c1 + 2)
                        || self.w.lw(c1 + 1) == "ou" && self.w.lw(c1 + 2) == "encore"
                }
                _ => false,
            }
        };
        let mut runs: Vec<(usize, usize)> = (0..pairs.len()).map(|i| (i, i)).collect();
        for i in 1..pairs.len() {
            if pairs[i - 1].1.is_some_and(|c1| joined(c1, pairs[i].0)) {
                runs[i].0 = runs[i - 1].0;
            }
        }
        for i in (0..pairs.len().saturating_sub(1)).rev() {
            if runs[i + 1].0 == runs[i].0 {
                runs[i].1 = runs[i + 1].1;
            }
        }
        runs
    }

    /// Direct quotes; `fragments` receives the quoted segments rejected as quotations that
    /// are not names or titles (they make an enclosing reported clause mixed).
    pub(super) fn direct_candidates(
        &self,
        used_cue: &mut Vec<(usize, usize)>,
        fragments: &mut Vec<Span>,
    ) -> Vec<Cand> {
        let mut out = Vec::new();
        let mut prev_close = 0;
        let pairs = &self.pairs;
        // '"…" et "…", a expliqué X', '"…", "…", "…", peut-on lire': quotations joined by
        // commas or a conjunction share the cue after the last (one direct statement each)
        // (only when the first quotation opens its sentence: 'Les préfets appellent les
        // "…" et "…"' is one mixed statement)
        let opens_sentence = |x: usize| {
            self.opens_its_sentence(x)
                || x > 0 && matches!(self.w.kind(x - 1), Some(Kind::Punct('.' | '!' | '?')))
        };
        let runs = self.quotation_runs(pairs);
        let words_in = |a: usize, b: usize| {
            (a..b)
                .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                .count()
        };
        // ('ces phrases : "…", "…" ou encore "…".': a run of quotations that opens its
        // sentence or follows a colon and closes the sentence is a list of quotations, each
        // of two words or more: « Viridian », « Patina » et « Snow Quartz » are names)
        let bare_list = |first: usize, last: usize| {
            let o1 = pairs[first].0;
            let closes = pairs[last].1.is_some_and(|c| {
                c + 1 >= self.w.len()
                    || matches!(self.w.kind(c + 1), Some(Kind::Punct('.' | '!' | '?')))
            });
            last > first
                && closes
                && (opens_sentence(o1) || o1 > 0 && self.w.is_punct(o1 - 1, ':'))
                && pairs[first..=last].iter().all(|p| words_in(p.2, p.3) >= 2)
        };
        for (pi, &(o, c, ca, cb)) in pairs.iter().enumerate() {
            if ca >= cb {
                continue;
            }
            let (first, last) = runs[pi];
            let run_open = opens_sentence(pairs[first].0);
            let joined_next = (run_open && last > pi).then_some(pairs[last].1).flatten();
            let joined_prev = run_open && first < pi;
            let nwords = (ca..cb)
                .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                .count();
            if nwords == 0 {
                continue;
            }
            if c.is_none() {
                // 'interdites samedi pour l'acte 23 des "gilets jaunes, a annoncé la
                // préfecture': a stray mark before a reporting clause opens no quotation
                // (the quotation recovered ends before the reporting clause's comma)
                let se = self.sentence_end(o).min(cb + 2);
                let stray = (o + 2..se).any(|k| {
                    self.w.is_punct(k - 1, ',')
                        && matches!(
                            self.inverted_clause(k),
                            Some((_, SpkRef::Name { .. } | SpkRef::Desc { .. }))
                        )
                });
                if stray {
                    continue;
                }
            }
            // '…familial."DIFFÉREND D'ORDRE FAMILIAL"Selon …': an all-capitals intertitle
            // glued between sentences, with no cue ("« OK, OK », a répondu X" is a quotation)
            let shouting = nwords >= 2
                && (ca..cb)
                    .all(|k| !self.w.is_word(k) || !self.w.tx(k).chars().any(char::is_lowercase))
                && c.is_some_and(|c| {
                    c + 1 < self.w.len() && !self.w.space_before(c + 1) && self.w.is_cap(c + 1)
                });
            if shouting {
                continue;
            }
            // '… url: "https://pms.orange.fr/module/…"': code or an address left in the
            // text, not words anybody said
            let code = self
                .w
                .text
                .get(self.w.w[ca].s as usize..self.w.w[cb - 1].e as usize)
                .is_some_and(|t| {
                    // (one token with no space: "Fifty/fifty" and sentences with an
                    // address stay quotations)
                    !t.contains(char::is_whitespace)
                        && (t.contains("//") || t.contains(['/', '_', '{']))
                        && t.chars().count() > 12
                });
            if code {
                continue;
            }
            let final_punct = (ca..cb)
                .any(|k| matches!(self.w.kind(k), Some(Kind::Punct('.' | '!' | '?' | '…'))));
            // (an unclosed quotation recovered up to an incise: '"… des estimations, assure
            // au Parisien Lawrence Serfaty')
            let after = c
                .and_then(|c| self.cue_after(c))
                .or_else(|| joined_next.and_then(|c2| self.cue_after(c2)))
                .or_else(|| {
                    (c.is_none() && self.w.is_punct(cb, ','))
                        .then(|| self.cue_after(cb - 1))
                        .flatten()
                });
            // ('X s'est empressé de commenter : "…", rapporte Le Dauphiné': an outlet relaying
            // the quotation yields to the speaker the cue before it names, clarification 25)
            let relayed = after
                .as_ref()
                .is_some_and(|(_, spk)| self.names_medium(spk));
            let before = if after.is_none() || relayed {
                self.cue_before(o)
            } else {
                None
            };
            // ('"A", a déclaré X, "B".', '"A", précise l'association, mais "B"': a second piece
            // after the first one's incise shares its cue)
            let before = match before {
                None if after.is_none() && prev_close > 0 => self
                    .incise_between(prev_close - 1, o)
                    .map(|(q, spk)| (q, spk, true)),
                b => b,
            };
            let after = match (&before, relayed) {
                (Some((_, SpkRef::Name { .. } | SpkRef::Desc { .. }, true)), true) => {
                    // (the relaying cue makes no statement of its own)
                    if let Some((q, _)) = &after {
                        used_cue.push((q.a, q.b));
                    }
                    None
                }
                _ => after,
            };
            let before = if after.is_some() { None } else { before };
            let incise = if after.is_none() && before.is_none() {
                self.incise(ca, cb)
            } else {
                None
            };
            // 'le préfet Fabien Sudry "dénonce avec fermeté …"': the speech verb opens the
            // quotation, its subject stands before the mark
            let verb_inside = if after.is_none() && before.is_none() && incise.is_none() {
                self.cue_at(ca)
                    .filter(|q| {
                        q.inv_pronoun.is_none()
                            && q.class == VerbClass::Strong
                            && nwords >= 3
                            && q.b == ca + 1
                            && !looks_participle(self.w.lw(ca))
                            && !is_infinitive(self.w.lw(ca))
                            && !self.w.lw(ca).ends_with("ant")
                            && o > 0
                            && self.w.is_word(o - 1)
                            && !matches!(self.w.lw(o - 1), "que" | "qu'" | "de" | "d'" | "à")
                    })
                    .and_then(|q| {
                        let spk = self.subject_before(o);
                        matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. }).then_some((q, spk))
                    })
            } else {
                None
            };
            let incise = incise.or(verb_inside);
            let prev = o.checked_sub(1).map(|p| self.w.lw(p)).unwrap_or("");
            let prev2 = o.checked_sub(2).map(|p| self.w.lw(p)).unwrap_or("");
            // ('la série à succès "Le Bureau des légendes"': a work's noun and its modifiers
            // before a capitalized title)
            let work = self.w.is_cap(o + 1)
                && (o.saturating_sub(4)..o.saturating_sub(2)).any(|j| {
                    j > 0
                        && is_in(NAMING, self.w.lw(j))
                        && is_det(self.w.lw(j - 1))
                        && (j + 1..o).all(|x| self.w.is_word(x) && !self.w.is_cap(x))
                });
            let naming = is_in(NAMING, prev)
                || (matches!(prev, "de" | "d'") && is_in(NAMING, prev2))
                || is_in(NAMING, prev2) && matches!(prev, "l'" | "le" | "la" | "les")
                || work;
            let mut cb_t = cb;
            while cb_t > ca + 1 && matches!(self.w.kind(cb_t - 1), Some(Kind::Punct(',' | ';'))) {
                cb_t -= 1;
            }
            let mut content = Span::new(self.w.w[ca].s, self.w.w[cb_t - 1].e);
            let mut span = Span::new(self.w.w[o].s, c.map_or(content.end, |c| self.w.w[c].e));
            // inside a noun phrase: preceded by a determiner/preposition and followed by a word
            let in_np = o > 0
                && (is_det(prev) || is_in(PREPS, prev))
                && c.is_some_and(|c| self.w.is_word(c + 1));
            // (a sentence end glued to the opening mark may have escaped the splitter)
            let glued_end = (self.sentence_start(o).max(o.saturating_sub(400))..o)
                .rev()
                .find(|&j| matches!(self.w.kind(j), Some(Kind::Punct('.' | '!' | '?'))))
                .map_or(0, |j| j + 1);
            let ss = self.sentence_start(o).max(prev_close).max(glued_end);
            // 'dans la formule"Ce chiffre …", défend X': an intertitle glued to the opening
            // mark (French sets a space before an opening mark): the quotation opens a sentence
            let glued_open = o > 0
                && !self.w.space_before(o)
                && self.w.is_word(o - 1)
                && self.w.is_cap(o + 1)
                && !self.w.space_before(o + 1);
            let at_start = o == ss
                || glued_open
                || joined_prev
                || (o > 0
                    && matches!(self.w.kind(o - 1), Some(Kind::Punct('.' | '!' | '?' | ':'))));
            let next_after = c.map(|c| c + 1);
            let glued_next = next_after.is_some_and(|n| {
                n < self.w.len()
                    && !self.w.space_before(n)
                    && (self.w.is_cap(n) || matches!(self.w.kind(n), Some(Kind::Mark(_))))
            });
            let ends_sentence = next_after.is_none_or(|n| {
                n >= self.w.len()
                    || matches!(self.w.kind(n), Some(Kind::Punct('.' | '!' | '?')))
                    || glued_next
            });
            let after_que = matches!(prev, "que" | "qu'");
            // ('"Déplaire est un risque": Eric Rochant a défendu …')
            let colon_lead = at_start
                && next_after.is_some_and(|n| {
                    self.w.is_punct(n, ':') && self.person_starting(n + 1).is_some()
                });
            // names and titles in marks, and quoted fragments of a reported clause (after
            // "que", the clause is mixed) are not quotations on their own
            // "soulignant que les chiffres n'étaient pas encourageants: "85% à 90%" restent …":
            // the quotation after the colon belongs to the reported clause
            // (but a whole quoted sentence closing it is a statement of its own: "a déclaré
            // qu'elle n'avait jamais vécu cela : « C'était l'apocalypse ! »")
            let whole_sentence = nwords >= 3
                && (ends_sentence || final_punct)
                && self.w.tx(ca).starts_with(|ch: char| ch.is_uppercase());
            let reported_before = after.is_none()
                && before.as_ref().is_some_and(|(cue, _, colon)| {
                    *colon && (cue.b..o).any(|j| matches!(self.w.lw(j), "que" | "qu'"))
                });
            let in_clause = reported_before && !whole_sentence;
            // (the cue reports the clause too: it stays free for the indirect statement)
            let shared_cue = reported_before && whole_sentence;
            // (a naming word before the marks yields to a speech verb after a long quotation:
            // 'dans la formule"Ce chiffre tient compte …", défend M. Le Maire')
            let naming = naming && !(after.is_some() && nwords >= 5);
            // "Car, sans ces partenaires, « le festival ne peut avoir lieu ».": a whole clause
            // after a connective or an adverbial set off by a comma closes the sentence like a
            // bare quotation
            let clause_closing = after.is_none()
                && before.is_none()
                && incise.is_none()
                && !in_np
                && ends_sentence
                && nwords >= 4;
            // ('« … », précise l'institut même si « les chutes de neige s'estomperont »': a
            // second quoted clause joined to an attributed one goes on with its speaker)
            let sent = self.sentence_start(o);
            let joined_to_cue = clause_closing
                && (matches!(prev, "mais" | "car") || (prev == "si" && prev2 == "même"))
                && used_cue.iter().any(|&(a, b)| a >= sent && b < o);
            let adverbial_bare = joined_to_cue
                || clause_closing
                    && o > ss + 1
                    && o <= ss + 10
                    && self.w.is_punct(o - 1, ',')
                    && self.adverbial_lead_at(ss, o - 1);
            // ('une banderole au message clair : "…"', 'avec ce slogan : "…"', 'Il y est
            // inscrit : "…"': words written on a banner, a poster or a page are no statement
            // of anybody's, guidelines)
            // (or a song, a nickname, a name or lyrics a few words before the colon: 'la
            // célèbre chanson de Johnny Hallyday : "Retiens la nuit"', 'un surnom désobligeant
            // : "…"')
            let named_thing = |j: usize| {
                is_in(BANNERS, self.w.lw(j))
                    || matches!(
                        self.w.lw(j),
                        "chanson" | "chansons" | "surnom" | "paroles" | "refrain"
                    )
            };
            let banner = o > 1
                && self.w.is_punct(o - 1, ':')
                && after.is_none()
                && (o.saturating_sub(9).max(ss)..o - 1).any(named_thing);
            // ('"…", pouvait-on lire sur une pancarte', '"…", proclame l'affiche': what a
            // banner says)
            let banner = banner
                || after.as_ref().is_some_and(
                    |(_, spk)| matches!(spk, SpkRef::Desc { head, .. } if is_in(BANNERS, head)),
                );
            // ('insisté.- "obligation de résultat" -Lancé fin mai': a subheading framed by
            // dashes after a sentence's end, no statement)
            let dash = |k: usize| matches!(self.w.kind(k), Some(Kind::Punct('-' | '–' | '—')));
            let framed = o >= 1
                && dash(o - 1)
                && (o == 1 || matches!(self.w.kind(o - 2), Some(Kind::Punct('.' | '!' | '?'))))
                && c.is_some_and(|c| c + 1 < self.w.len() && dash(c + 1));
            let is_quote = if (naming && !final_punct)
                || (after_que && after.is_none())
                || in_clause
                || banner
                || framed
            {
                false
            } else if after.is_some() {
                let after_word =
                    o > 0 && matches!(self.w.kind(o - 1), Some(Kind::Word)) && !at_start;
                // 'Le spectacle … est "une immense tristesse" a déploré le maire': a short
                // fragment closing a clause with its own words is a mixed statement
                let lead = (ss..o)
                    .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                    .count();
                let uttered = after.as_ref().is_some_and(|(q, _)| utterance(&q.lemma));
                (nwords >= 2 || final_punct || uttered)
                    && (!(after_word && nwords < 6 && !final_punct) || lead >= 4)
            } else if let Some((cue, _, colon)) = &before {
                if *colon {
                    nwords >= 2
                } else {
                    // ('avait répondu "nous verrons" mardi', 'ne cesse de répéter "C'est
                    // dégoûtant"': a short utterance after a verb of uttering)
                    nwords >= 4 || (nwords >= 1 && utterance(&cue.lemma))
                }
            } else if incise.is_some() {
                true
            } else if glued_next && !final_punct {
                false // a headline glued to the next sentence or quotation
            } else if at_start && nwords >= 5 && self.narration_joined_after(next_after) {
                // '"Aujourd'hui, le compte n'y est pas", alors que …': a whole quoted sentence
                // joined to the narration by a conjunction is a bare quotation all the same
                true
            } else {
                // a bare quotation stands as a sentence (or sentences) of its own, or
                // heads one over a colon before the person it is about
                // (not one governed by a preposition or an article: 'suivi … de "Minuit...
                // quai de Bercy".' is a title)
                let governed = o > 0 && (is_in(PREPS, prev) || is_det(prev)) && prev != "et";
                at_start && (ends_sentence || final_punct) && nwords >= 2
                    || (!in_np && !governed && final_punct && nwords >= 3 && ends_sentence)
                    || (at_start && colon_lead && nwords >= 3)
                    || adverbial_bare
                    || bare_list(first, last)
            };
            if !is_quote {
                if !naming {
                    fragments.push(span);
                }
                continue;
            }
            let starts_lower = self.w.tx(ca).chars().next().is_some_and(char::is_lowercase);
            // "2019 aura ainsi vu "une forte hausse…", a souligné X": the reporting clause's own
            // words stand outside the marks: a mixed quotation from the sentence start
            // (intertitles in capitals and glued video captions, "… Florian Philippotpar
            // franceinfo", are no part of the sentence)
            let caps = |k: usize| {
                let t = self.w.tx(k);
                t.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !t.chars().any(char::is_lowercase)
            };
            let caption = o >= 2
                && self.w.lw(o - 2).ends_with("par")
                && crate::media::names_outlet(self.w.tx(o - 1));
            // (a heading opens the sentence: "UNE ENQUÊTE EN COURS « … »", not "Les
            // syndicats de la SNCF « … »")
            let no_lower = |k: usize| !self.w.tx(k).chars().any(char::is_lowercase);
            let mut lead_from = ss;
            while lead_from < o && no_lower(lead_from) {
                lead_from += 1;
            }
            if !(ss..lead_from).any(caps) {
                lead_from = ss;
            }
            let lead_words = if caption {
                0
            } else {
                (lead_from..o)
                    .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                    .count()
            };
            // 'Anne Hidalgo "ne fait qu'appliquer …", a estimé X', 'Il faut "qu'on soit …"':
            // the subject or the start of the reported clause outside the marks (not an
            // adverbial or a connective: "Ailleurs, « … »", "Dans un communiqué, « … »")
            let clause_lead = !caption
                && (1..=2).contains(&lead_words)
                && self.w.is_word(o - 1)
                && !self.w.is_punct(o - 1, ',')
                && {
                    let first = (lead_from..o).find(|&k| self.w.is_word(k)).unwrap_or(o);
                    let f = self.w.lw(first);
                    // (a capitalized first word only when it starts a name: not "Car",
                    // "Résultat" opening the sentence)
                    let name = self.w.is_cap(first)
                        && (self.mention_starting_at(first).is_some()
                            || self.person_at(self.w.w[first].s).is_some());
                    !is_in(PREPS, f)
                        && (is_det(f) || !is_in(ADVERBS, f))
                        && !matches!(
                            f,
                            "selon" | "mais" | "et" | "or" | "donc" | "puis" | "ainsi"
                        )
                        && (is_det(f)
                            || name
                            // ("Objectif : que « … »": the quotation is a "que" clause)
                            || matches!(self.w.lw(o - 1), "que" | "qu'")
                            || pronoun(f).is_some()
                            || is_in(POSSESSIVE, f)
                            || matches!(
                                f,
                                "ce" | "cet"
                                    | "cette"
                                    | "ces"
                                    | "tout"
                                    | "tous"
                                    | "toute"
                                    | "toutes"
                                    | "chaque"
                                    | "aucun"
                                    | "aucune"
                                    | "plusieurs"
                                    | "certains"
                                    | "certaines"
                            ))
                };
            // "A un mois de la rentrée, « … », a-t-il jugé", "Selon Anaëlle, une Parisienne,
            // « … »": an adverbial or a source marker set off by a comma stays outside
            // (for a source marker, where its phrase starts: "Selon Anaëlle")
            let mut marker_np = None;
            let adverbial_lead = o > lead_from
                && self.w.is_punct(o - 1, ',')
                && (lead_from..o)
                    .find(|&k| self.w.is_word(k))
                    .is_some_and(|f| {
                        let l = self.w.lw(f);
                        let marker = matches!(l, "selon" | "pour")
                            || (l == "d'" && self.w.lw(f + 1) == "après");
                        if marker {
                            marker_np = Some(if l == "d'" { f + 2 } else { f + 1 });
                        }
                        (marker || is_in(LEAD_PREPS, l)) && self.adverbial_only(f, o - 1, marker)
                    });
            // ("… avait formulé de vives critiques à l'encontre du gouvernement, « Ils sont
            // complètement tarés … », a-t-il lâché": a clause of its own before the comma,
            // and the quotation a sentence of its own)
            let own_clause = o > lead_from
                && self.w.is_punct(o - 1, ',')
                && self.w.is_cap(o + 1)
                && (lead_from..o).any(|k| is_in(AUX, self.w.lw(k)));
            let mut mixed_lead = false;
            if after.is_some()
                && (lead_words >= 3 || clause_lead)
                && !adverbial_lead
                && !own_clause
                && !glued_open
                && !joined_prev
                && !matches!(self.w.kind(o.wrapping_sub(1)), Some(Kind::Punct(':')))
            {
                mixed_lead = true;
                content = Span::new(self.w.w[lead_from.min(o)].s, span.end);
                span = content;
            }
            // (or one opening its sentence: 'avec Mike Horn."Je m'attendais …". C'est dans cet
            // état d'esprit que Camille Cerf a abordé …', used when no one spoke before)
            let sentence_lead = o > 0 && self.w.is_punct(o - 1, '.');
            let next_subject = if (o == 0 || colon_lead || sentence_lead)
                && after.is_none()
                && before.is_none()
                && incise.is_none()
            {
                // '"Il ne faut pas …" Sur BFMTV, la porte-parole, Sibeth Ndiaye, a répondu':
                // a lead quotation belongs to the person the next sentence is about
                // ('"Déplaire est un risque": Eric Rochant … a défendu': over the colon)
                c.and_then(|c| {
                    let n = if self.w.is_punct(c + 1, ':') {
                        c + 2
                    } else {
                        c + 1
                    };
                    self.person_starting(n)
                        .or_else(|| self.subject_person_after(n))
                        .or_else(|| self.pointing_back_person(n))
                })
            } else {
                None
            };
            // '"…, a expliqué Julien Dray. Et …", a fustigé …': one pair of marks holding
            // two sentences with a cue each is two statements (clarification 32)
            // (the second cue right after the closing mark: '…", a-t-il insisté')
            let split = match (&after, c) {
                (Some((q, _)), Some(c))
                    if !mixed_lead && self.w.is_punct(c + 1, ',') && q.a <= c + 3 =>
                {
                    self.sentence_incise(ca, cb_t)
                }
                _ => None,
            };
            if let Some((comma, next, icue, ispk)) = split {
                used_cue.push((icue.a, icue.b));
                let first = Span::new(self.w.w[ca].s, self.w.w[comma - 1].e);
                out.push(Cand {
                    kind: QuoteKind::Direct,
                    span: Span::new(self.w.w[o].s, first.end),
                    content: first,
                    cue: Some(self.w.span(icue.a, icue.b)),
                    lemma: Some(icue.lemma),
                    bare: false,
                    spk: ispk,
                    unclosed: false,
                    next_subject: None,
                });
                content = Span::new(self.w.w[next].s, content.end);
                span = Span::new(content.start, span.end);
            }
            let (cue, spk, mixed) = match (after, before, incise) {
                // ('Selon Anaëlle, « … », a-t-elle raconté': the marker names the pronoun)
                (Some((cue, spk @ (SpkRef::Pronoun(_) | SpkRef::Current))), _, _)
                    if adverbial_lead && marker_np.is_some() =>
                {
                    let a = marker_np.unwrap_or(o);
                    let spk = match self.analyse_np(a, self.np_end(a, o)) {
                        r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => r,
                        _ => spk,
                    };
                    (Some(cue), spk, false)
                }
                (Some((cue, spk)), _, _) => (Some(cue), spk, mixed_lead),
                (None, Some((cue, spk, colon)), _) => {
                    let det_before = !colon && o > 0 && is_det(prev) && !is_in(POSSESSIVE, prev);
                    if det_before {
                        content = Span::new(self.w.w[o - 1].s, span.end);
                        span = content;
                    }
                    (Some(cue), spk, !colon && (starts_lower || det_before))
                }
                (None, None, Some((cue, spk))) => (Some(cue), spk, false),
                // 'Charles Aznavour semble avoir confiance en son fils David : "…"': a
                // quotation after a colon belongs to the person subject of its sentence
                _ if prev == ":" || (o > 0 && self.w.is_punct(o - 1, ':')) => {
                    (None, self.subject_person_before(o), false)
                }
                // 'explique que l'employée "était en train de …"', 'conclut le procureur, le
                // suspect "avait mûri …"': the subject of the reported clause outside the
                // marks makes a mixed statement (clarification 26)
                _ if adverbial_bare => (None, SpkRef::Current, false),
                _ => match self.subject_lead(o, ss).filter(|_| starts_lower) {
                    Some(from) => {
                        content = Span::new(self.w.w[from].s, span.end);
                        span = content;
                        (None, SpkRef::Current, true)
                    }
                    None => {
                        let spk = self.narrated_subject_before(o, ss);
                        (None, spk.unwrap_or(SpkRef::Current), false)
                    }
                },
            };
            if let Some(c) = c {
                prev_close = c + 1;
            }
            if let Some(cue) = cue.as_ref().filter(|_| !shared_cue) {
                used_cue.push((cue.a, cue.b));
            }
            let bare = matches!(spk, SpkRef::Current) && cue.is_none();
            out.push(Cand {
                kind: if mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Direct
                },
                span,
                content,
                cue: cue.as_ref().map(|q| self.w.span(q.a, q.b)),
                lemma: cue.map(|q| q.lemma),
                bare,
                spk,
                unclosed: c.is_none(),
                next_subject,
            });
        }
        out
    }

    /// Do words [a, b) open the sentence with a connective or a prepositional adverbial and
    /// hold no verb ("Car, sans ces partenaires", "En revanche", "Pour l'heure")?
    fn adverbial_lead_at(&self, a: usize, b: usize) -> bool {
        let Some(f) = (a..b).find(|&k| self.w.is_word(k)) else {
            return false;
        };
        let l = self.w.lw(f);
        let opens = matches!(
            l,
            "car"
                | "mais"
                | "et"
                | "or"
                | "donc"
                | "puis"
                | "ainsi"
                | "pourtant"
                | "cependant"
                | "néanmoins"
                | "toutefois"
                | "enfin"
                | "bref"
                | "sans"
                | "sinon"
        ) || (is_in(LEAD_PREPS, l) && !matches!(l, "selon" | "pour" | "comme"));
        opens
            && self.adverbial_only(f, b, true)
            && !(f..b).any(|k| self.lex.lookup(self.w.lw(k)).is_some() || self.w.is_cap(k) && k > f)
    }

    /// Dialogue lines: "— Oui, répondit-il." at the start of a line.
    pub(super) fn dash_candidates(&self, used_cue: &mut Vec<(usize, usize)>) -> Vec<Cand> {
        let mut out = Vec::new();
        let n = self.w.len();
        let mut i = 0;
        while i < n {
            let is_dash = matches!(self.w.kind(i), Some(Kind::Punct('—' | '–' | '-')))
                && (i == 0 || self.w.newline_before(i))
                && self.w.space_after(i);
            if !is_dash {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < n && !self.w.newline_before(end) {
                end += 1;
            }
            let (ca, mut cb) = (i + 1, end);
            while cb > ca && matches!(self.w.kind(cb - 1), Some(Kind::Punct(_))) {
                cb -= 1;
            }
            if cb <= ca {
                i = end;
                continue;
            }
            // a final incise: "…, répondit-il."
            let mut cue = None;
            let mut spk = SpkRef::Current;
            if let Some(c) = (ca..cb)
                .rev()
                .find(|&j| matches!(self.w.kind(j), Some(Kind::Punct(',' | '?' | '!'))))
            {
                if let Some((q, r)) = self.inverted_clause(c + 1) {
                    spk = r;
                    cb = if self.w.is_punct(c, ',') { c } else { c + 1 };
                    used_cue.push((q.a, q.b));
                    cue = Some(q);
                }
            }
            let content = self.w.span(ca, cb);
            out.push(Cand {
                kind: QuoteKind::Direct,
                span: Span::new(self.w.w[i].s, self.w.w[end - 1].e),
                content,
                cue: cue.as_ref().map(|q| self.w.span(q.a, q.b)),
                lemma: cue.map(|q| q.lemma),
                bare: matches!(spk, SpkRef::Current),
                spk,
                unclosed: false,
                next_subject: None,
            });
            i = end;
        }
        out
    }
}

/// Is `verb`, a form of `lemma`, a third person plural ("affirment", "disent", "préviennent";
/// not "prévient", "dément")?
fn third_plural(verb: &str, lemma: &str) -> bool {
    verb.ends_with("ent")
        && !verb.ends_with("ient")
        && (lemma.ends_with("er")
            || ["nnent", "sent", "tent", "vent", "dent", "uent"]
                .iter()
                .any(|x| verb.ends_with(x)))
}

/// Verbs of uttering, after or before which a quotation of one word is a statement ("Banco",
/// lui a répondu Emmanuel Macron).
fn utterance(lemma: &str) -> bool {
    matches!(
        lemma,
        "crier"
            | "répéter"
            | "répondre"
            | "lancer"
            | "hurler"
            | "rétorquer"
            | "rajouter"
            | "proclamer"
            | "s'écrier"
            | "s'exclamer"
    )
}
