//! Cues: speech verbs, auxiliary + participle, inverted forms, "faire savoir".

use super::*;

impl<'a> Extractor<'a> {
    /// A speech verb (or auxiliary + participle, or inverted form) starting at word `i`.
    /// Is there a cue at word `i` (`cue_at`)?
    pub(super) fn is_cue(&self, i: usize) -> bool {
        self.cue_at(i).is_some()
    }

    pub(super) fn cue_at(&self, i: usize) -> Option<Cue> {
        if !self.w.is_word(i) {
            return None;
        }
        // "a suscité des critiques", "ses déclarations": a noun after a determiner that is no
        // object clitic
        if i > 0
            && matches!(
                self.w.lw(i - 1),
                "des"
                    | "un"
                    | "une"
                    | "du"
                    | "ces"
                    | "ses"
                    | "cette"
                    | "cet"
                    | "ce"
                    | "son"
                    | "sa"
                    | "leurs"
                    | "quelques"
                    | "plusieurs"
                    | "aux"
                    | "au"
            )
        {
            return None;
        }
        let lw = self.w.lw(i);
        // "à la demande de la famille", "sa nouvelle demande de remise en liberté", "les
        // demandes de contrôles": the noun
        if matches!(lw, "demande" | "demandes")
            && i > 0
            && (matches!(
                self.w.lw(i - 1),
                "la" | "les" | "nouvelle" | "première" | "dernière" | "nombreuses"
            ) || self.w.lw(i - 1).ends_with("ème"))
        {
            return None;
        }
        // "le prévenu a assuré", "devant le juge": after an article, a participle (no
        // auxiliary between) or "juge" is a noun ("il le juge" is rare in news)
        if i > 0
            && matches!(self.w.lw(i - 1), "le" | "la" | "les" | "l'")
            && (lw.ends_with(['é', 'u'])
                || lw.ends_with("ée")
                || lw.ends_with("és")
                || lw.ends_with("ées")
                || lw.ends_with("ue")
                || lw.ends_with("us")
                || lw.ends_with("ues")
                || matches!(lw, "juge" | "juges" | "conseiller"))
            && !(i > 1
                && matches!(
                    self.w.lw(i - 2),
                    "il" | "elle"
                        | "ils"
                        | "elles"
                        | "on"
                        | "qui"
                        | "ne"
                        | "n'"
                        | "je"
                        | "nous"
                        | "vous"
                ))
        {
            return None;
        }
        if let Some((v, pron)) = split_inverted(lw) {
            let g = pronoun(pron).unwrap_or(None);
            if let Some((lemma, class)) = self.lex.lookup(v) {
                return Some(Cue {
                    a: i,
                    b: i + 1,
                    lemma: lemma.into(),
                    class,
                    inv_pronoun: Some(g),
                });
            }
            if is_in(AUX, v) {
                let k = self.skip_adverbs(i + 1, 3);
                if let Some((lemma, class, b)) = self.participle_cue(k) {
                    return Some(Cue {
                        a: i,
                        b,
                        lemma,
                        class,
                        inv_pronoun: Some(g),
                    });
                }
                if let Some(cue) = self.lexicon_cue(i, k, Some(g)) {
                    return Some(cue);
                }
            }
            return None;
        }
        // "va jusqu'à affirmer", "ne cesse de répéter", "se contente d'assurer", "n'hésite
        // pas à dire": a phrase before the speech verb's infinitive
        if let Some(cue) = self.phrase_cue(i, i) {
            return Some(cue);
        }
        if is_in(AUX, lw) {
            // "a t-il insisté" (the hyphen before "t" lost)
            if let Some(("t", pron)) = split_inverted(self.w.lw(i + 1)) {
                let g = pronoun(pron).unwrap_or(None);
                let k = self.skip_adverbs(i + 2, 3);
                let (lemma, class, b) = self.participle_cue(k)?;
                return Some(Cue {
                    a: i,
                    b,
                    lemma,
                    class,
                    inv_pronoun: Some(g),
                });
            }
            let k = self.skip_adverbs(i + 1, 3);
            // ("n'a cessé de dénoncer", "est allé jusqu'à dire")
            if let Some(cue) = self.phrase_cue(i, k) {
                return Some(cue);
            }
            if let Some(b) = self.mettre_en_garde(k).filter(|_| k > i) {
                return Some(Cue {
                    a: i,
                    b,
                    lemma: self.mettre_lemma(k, b),
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                });
            }
            if let Some((lemma, b)) = self.faire_cue(k).filter(|_| k > i) {
                return Some(Cue {
                    a: i,
                    b,
                    lemma,
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                });
            }
            if k > i && looks_participle(self.w.lw(k)) {
                // "s'est désolé": a reflexive masculine participle the lexicon leaves out as
                // an adjective ("il est désolé") is found through its feminine
                let reflexive = i > 0 && matches!(self.w.lw(i - 1), "s'" | "se");
                return self.lexicon_cue(i, k, None).or_else(|| {
                    let fem = format!("{}e", self.w.lw(k));
                    let (lemma, class) = self.lex.lookup(&fem).filter(|_| reflexive)?;
                    Some(Cue {
                        a: i,
                        b: k + 1,
                        lemma: lemma.into(),
                        class,
                        inv_pronoun: None,
                    })
                });
            }
            return None;
        }
        if let Some(b) = self.mettre_en_garde(i) {
            return Some(Cue {
                a: i,
                b,
                lemma: self.mettre_lemma(i, b),
                class: VerbClass::Strong,
                inv_pronoun: None,
            });
        }
        // "fait savoir", "fait valoir"
        if let Some((lemma, b)) = self.faire_cue(i) {
            return Some(Cue {
                a: i,
                b,
                lemma,
                class: VerbClass::Strong,
                inv_pronoun: None,
            });
        }
        // "veut bien concéder", "tient à préciser": a modal verb before the speech verb
        if matches!(
            lw,
            "veut" | "voulait" | "voulu" | "tient" | "tenait" | "tenu" | "souhaite" | "souhaitait"
        ) {
            let mut k = i + 1;
            if matches!(
                self.w.lw(k),
                "bien" | "à" | "aussi" | "encore" | "toutefois"
            ) {
                k += 1;
            }
            if self.w.lw(k) == "à" {
                k += 1;
            }
            if is_infinitive(self.w.lw(k)) {
                if let Some(cue) = self.lexicon_cue(i, k, None) {
                    return Some(cue);
                }
            }
        }
        // "la prise par le cou, dite de l'étranglement": "so-called", not a speech verb
        // (but "elle s'est dite prête à …", "s'est également dite …": the agreed participle
        // of "se dire")
        if matches!(lw, "dite" | "dites" | "dits") {
            let reflexive = |x: usize| {
                x > 0
                    && matches!(self.w.lw(x), "est" | "sont" | "était" | "étaient")
                    && self.w.lw(x - 1) == "s'"
            };
            let se_dire = i > 0
                && (reflexive(i - 1)
                    || (i > 1 && is_in(ADVERBS, self.w.lw(i - 1)) && reflexive(i - 2)));
            if !se_dire {
                return None;
            }
        }
        let (lemma, class) = self.lex.lookup(lw)?;
        // "affirme t-elle" (the hyphen before "t" lost)
        if let Some(("t", pron)) = split_inverted(self.w.lw(i + 1)) {
            return Some(Cue {
                a: i,
                b: i + 2,
                lemma: lemma.into(),
                class,
                inv_pronoun: Some(pronoun(pron).unwrap_or(None)),
            });
        }
        Some(Cue {
            a: i,
            b: i + 1,
            lemma: lemma.into(),
            class,
            inv_pronoun: None,
        })
    }

    /// The cue from word `i` through the phrase at word `k` (`i` itself, or the word after
    /// an auxiliary) to the speech verb's infinitive it leads to.
    fn phrase_cue(&self, i: usize, k: usize) -> Option<Cue> {
        let v = self.infinitive_after_phrase(k)?;
        if !is_infinitive(self.w.lw(v)) {
            return None;
        }
        self.lexicon_cue(i, v, None)
    }

    /// The word after a phrase that leads to an infinitive at word `k`: "va jusqu'à", "ne
    /// cesse de", "n'a cessé de", "se contente de", "continue de", "n'hésite pas à", "finit
    /// par".
    pub(super) fn infinitive_after_phrase(&self, k: usize) -> Option<usize> {
        let w = self.w.lw(k);
        // (a cheap look at the first letter: this runs for every word)
        if !matches!(w.as_bytes().first(), Some(b'v' | b'a' | b'c' | b'h' | b'f')) {
            return None;
        }
        let de = |j: usize| matches!(self.w.lw(j), "de" | "d'").then_some(j + 1);
        match w {
            "va" | "vont" | "allait" | "allant" | "allé" | "allée" => {
                (self.w.lw(k + 1) == "jusqu'" && self.w.lw(k + 2) == "à").then_some(k + 3)
            }
            "cesse" | "cessent" | "cessait" | "cessé" => de(k + 1),
            "contente" | "contentent" | "contentait" | "contenté" => de(k + 1),
            "continue" | "continuent" | "continuait" | "continué" => {
                de(k + 1).or((self.w.lw(k + 1) == "à").then_some(k + 2))
            }
            "hésite" | "hésitent" | "hésitait" | "hésité" => {
                (self.w.lw(k + 1) == "pas" && self.w.lw(k + 2) == "à").then_some(k + 3)
            }
            "finit" | "fini" | "finissent" => (self.w.lw(k + 1) == "par").then_some(k + 2),
            _ => None,
        }
    }

    /// "fait savoir", "a fait valoir", "font valoir", "lui a fait remarquer": (lemma, end) of
    /// the phrase at `k`.
    pub(super) fn faire_cue(&self, k: usize) -> Option<(String, usize)> {
        let faire = matches!(
            self.w.lw(k),
            "fait" | "font" | "faisait" | "faisaient" | "fit" | "faisant"
        );
        // (most words are no form of "faire": nothing more to read)
        if !faire {
            return None;
        }
        let what = self.w.lw(k + 1);
        // ("a fait part de sa colère", "ont fait état de bâtiments endommagés": the object
        // after "de")
        let of = matches!(self.w.lw(k + 2), "de" | "d'" | "du" | "des");
        // ("a fait part à l'AFP de sa satisfaction": past a short addressee, which the cue
        // takes in)
        let addressed = (what == "part" && matches!(self.w.lw(k + 2), "à" | "au" | "aux"))
            .then(|| {
                // (an abbreviation's period included: "à M. Murray de son incompréhension")
                (k + 3..(k + 8).min(self.w.len())).find(|&j| {
                    matches!(self.w.lw(j), "de" | "d'" | "du" | "des")
                        && (k + 3..j).all(|x| {
                            (self.w.is_word(x) && !self.is_cue(x))
                                || (self.w.is_punct(x, '.') && x > k + 3 && self.w.is_cap(x - 1))
                        })
                })
            })
            .flatten();
        if let Some(j) = addressed {
            return Some(("faire part".to_string(), j));
        }
        (matches!(what, "savoir" | "valoir" | "remarquer" | "observer")
            || (matches!(what, "part" | "état") && of))
            .then(|| (format!("faire {what}"), k + 2))
    }

    /// "fait part de sa colère", "fait état des dégâts": does the cue with `lemma` take as
    /// its object what follows the "de" at word `k`?
    pub(super) fn faire_object(&self, lemma: &str, k: usize) -> bool {
        matches!(lemma, "faire part" | "faire état")
            && matches!(self.w.lw(k), "de" | "d'" | "du" | "des")
    }

    /// "mis en garde", "met en garde": the end of the phrase starting at `k`.
    pub(super) fn mettre_en_garde(&self, k: usize) -> Option<usize> {
        // ("remis en cause", "mettant en cause": a challenge, object the statement)
        let verb = matches!(
            self.w.lw(k),
            "mis" | "met" | "mettent" | "mettait" | "mit" | "mettant"
        ) || (matches!(
            self.w.lw(k),
            "remis" | "remet" | "remettent" | "remettait" | "remettant"
        ) && self.w.lw(k + 2) == "cause");
        (verb
            && self.w.lw(k + 1) == "en"
            && matches!(self.w.lw(k + 2), "garde" | "exergue" | "avant" | "cause"))
        .then_some(k + 3)
    }

    /// "mettre en garde", "remettre en cause": the lemma of the phrase over words [k, b).
    fn mettre_lemma(&self, k: usize, b: usize) -> String {
        let re = if self.w.lw(k).starts_with("re") {
            "re"
        } else {
            ""
        };
        format!("{re}mettre en {}", self.w.lw(b - 1))
    }

    /// A participle speech verb (or "mis en garde") at `k`: (lemma, class, end).
    pub(super) fn participle_cue(&self, k: usize) -> Option<(String, VerbClass, usize)> {
        if let Some((lemma, b)) = self.faire_cue(k) {
            return Some((lemma, VerbClass::Strong, b));
        }
        if let Some(b) = self.mettre_en_garde(k) {
            return Some((self.mettre_lemma(k, b), VerbClass::Strong, b));
        }
        let (lemma, class) = self.lex.lookup(self.w.lw(k))?;
        Some((lemma.into(), class, k + 1))
    }

    pub(super) fn skip_adverbs(&self, mut k: usize, max: usize) -> usize {
        let mut start = k;
        while k < self.w.len() && k < start + max && self.w.is_word(k) {
            let l = self.w.lw(k);
            // "a d'ores et déjà appelé"
            if l == "d'" && self.w.lw(k + 1) == "ores" && self.w.lw(k + 2) == "et" {
                k += 4;
                continue;
            }
            // "lui a d'abord lancé", "a d'ailleurs ajouté", "a d'emblée prévenu"
            if l == "d'" && matches!(self.w.lw(k + 1), "abord" | "ailleurs" | "emblée") {
                k += 2;
                start += 1;
                continue;
            }
            // "a pour sa part regretté", "a de son côté estimé": a stance adverbial, which
            // does not use up the budget of single adverbs
            let (l1, l2) = (self.w.lw(k + 1), self.w.lw(k + 2));
            if (l == "pour" && matches!(l1, "sa" | "son" | "leur") && l2 == "part")
                || (l == "de" && matches!(l1, "son" | "sa" | "leur") && l2 == "côté")
                || (l == "à" && matches!(l1, "son" | "leur") && l2 == "tour")
                || (l == "une" && l1 == "nouvelle" && l2 == "fois")
            {
                k += 3;
                start += 3;
                continue;
            }
            // "a en effet confirmé", "a par ailleurs indiqué", "a elle aussi dénoncé"
            if adverbial_pair(l, l1)
                || (matches!(l, "lui" | "elle" | "eux" | "elles") && l1 == "aussi")
            {
                k += 2;
                start += 2;
                continue;
            }
            if is_in(ADVERBS, l) && self.lex.lookup(l).is_none() {
                k += 1;
            } else {
                break;
            }
        }
        k
    }
}
