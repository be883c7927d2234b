//! Speaker names tidied: cut parentheses, acronyms spelled out.

use super::*;

impl<'a> Extractor<'a> {
    /// Cuts a speaker's name at byte `i`; its span follows only when it shows that very name.
    pub(super) fn cut_name(&self, sp: &mut Speaker, i: usize) {
        let same = sp
            .span
            .and_then(|x| self.w.text.get(x.range()))
            .is_some_and(|t| t == sp.name);
        sp.name.truncate(i);
        if same {
            sp.span = sp.span.map(|x| Span::new(x.start, x.start + i as u32));
        }
    }

    /// Cuts an unclosed parenthesis left by a name's boundary ("Le tribunal administratif de
    /// Montreuil (Seine-Saint-Denis"); the span follows only when it shows that very name.
    pub(super) fn tidy_name(&self, mut sp: Speaker) -> Speaker {
        if let Some(i) = sp.name.find(" (").filter(|_| !sp.name.contains(')')) {
            self.cut_name(&mut sp, i);
        }
        sp
    }

    /// An acronym speaker ("JDD", "Sete") spelled out elsewhere in the article: the full
    /// form, as the gold and the user expect. The words just before "(Sete)" when their
    /// initials spell it; for an all-capitals acronym, else the first phrase of the article
    /// whose content-word initials spell it ("le Journal du Dimanche") and that names no
    /// person ("Pierre Sarkozy" does not spell "PS"). `cache` keeps one answer per acronym,
    /// so an article costs one scan per distinct acronym.
    pub(super) fn expand_acronym(
        &self,
        sp: Speaker,
        cache: &mut Vec<(String, Option<(usize, usize)>)>,
    ) -> Speaker {
        let acr = sp.name.as_str();
        let n = acr.chars().count();
        if !(2..=6).contains(&n)
            || !acr.chars().all(|c| c.is_alphabetic() || c == '-')
            || acr.starts_with('-')
            || acr.ends_with('-')
            || !acr.chars().next().is_some_and(char::is_uppercase)
        {
            return sp;
        }
        let found = match cache.iter().find(|(a, _)| a == acr) {
            Some((_, f)) => *f,
            None => {
                let f = self.spell_out(acr);
                cache.push((acr.to_string(), f));
                f
            }
        };
        match found {
            Some((a, b)) => {
                let span = self.w.span(a, b);
                Speaker {
                    name: self.w.text.get(span.range()).unwrap_or(acr).to_string(),
                    span: Some(span),
                    ..sp
                }
            }
            None => sp,
        }
    }

    /// Word range [s, e) of the phrase that spells the acronym `acr` (see `expand_acronym`).
    pub(super) fn spell_out(&self, acr: &str) -> Option<(usize, usize)> {
        let n = acr.chars().count();
        let acr_l = acr.to_lowercase();
        let first = acr_l.chars().next()?;
        let function = |w: &str| {
            matches!(
                w,
                "le" | "la" | "les" | "l'" | "de" | "du" | "des" | "d'" | "et" | "à" | "au" | "aux"
            )
        };
        let article = |w: &str| matches!(w, "le" | "la" | "les" | "l'");
        let mut initials = String::new();
        // "du", "de" and "des" may give a letter ("JDD": Journal du Dimanche) or not
        let mut spell = |a: usize, letter_de: bool| -> Option<(usize, usize)> {
            if !self.w.is_word(a) || function(self.w.lw(a)) || !self.w.lw(a).starts_with(first) {
                return None;
            }
            initials.clear();
            let mut content = 0;
            for b in a..(a + 3 * n).min(self.w.len()) {
                if !self.w.is_word(b) {
                    return None;
                }
                let l = self.w.lw(b);
                let counts = !function(l) || (letter_de && matches!(l, "du" | "de" | "des"));
                if counts {
                    initials.extend(l.chars().next());
                    content += usize::from(!function(l));
                }
                if !acr_l.starts_with(initials.as_str()) {
                    return None;
                }
                if initials == acr_l {
                    let cap = (a..=b).any(|k| self.w.is_cap(k));
                    let s = if a > 0 && article(self.w.lw(a - 1)) {
                        a - 1
                    } else {
                        a
                    };
                    return (content >= 2 && cap && b > a).then_some((s, b + 1));
                }
            }
            None
        };
        let limit = self.w.len().min(20_000);
        let paren = (1..limit).find(|&k| {
            self.w.tx(k) == acr && self.w.is_punct(k - 1, '(') && self.w.is_punct(k + 1, ')')
        });
        if let Some(k) = paren {
            let p = k - 1;
            return (p.saturating_sub(3 * n)..p)
                .find_map(|a| {
                    spell(a, false)
                        .or_else(|| spell(a, true))
                        .filter(|&(_, e)| e == p)
                })
                .or_else(|| self.loose_spelling(acr, p));
        }
        if !acr.chars().all(char::is_uppercase) {
            return None;
        }
        let names_person = |s: usize, e: usize| {
            let (lo, hi) = (self.w.w[s].s, self.w.w[e - 1].e);
            self.persons
                .iter()
                .any(|p| p.at.iter().any(|&x| x >= lo && x < hi))
        };
        (0..limit)
            .find_map(|a| {
                spell(a, false)
                    .or_else(|| spell(a, true))
                    .filter(|&(s, e)| !names_person(s, e) && !self.cuts_a_mention(s, e))
            })
            .or_else(|| self.loose_org_spelling(acr, limit))
    }

    /// An organisation name opening with an organisation word whose initials hold the
    /// acronym's letters in order ("l'Observatoire national des stations de montagne" …
    /// "l'OSM"), its first letter first: word range from the article to the last letter.
    pub(super) fn loose_org_spelling(&self, acr: &str, limit: usize) -> Option<(usize, usize)> {
        let letters = acronym_letters(acr);
        if letters.len() < 2 {
            return None;
        }
        (1..limit).find_map(|a| {
            if !self.w.is_cap(a)
                || !is_in(ORG_WORDS, self.w.lw(a))
                || !matches!(self.w.lw(a - 1), "le" | "la" | "l'" | "les")
                || !self.w.lw(a).starts_with(letters[0])
            {
                return None;
            }
            let mut i = 1;
            for b in a + 1..(a + 10).min(self.w.len()) {
                if !self.w.is_word(b) {
                    return None;
                }
                if self.w.lw(b).starts_with(letters[i]) && !is_det(self.w.lw(b)) {
                    i += 1;
                    if i == letters.len() {
                        return Some((a - 1, b + 1));
                    }
                }
            }
            None
        })
    }

    /// The phrase before "(ACR)" at word `p` whose initials hold the acronym's letters in
    /// order, some words giving none ("l'Observatoire national des stations de montagne
    /// (OSM)", "l'Assistance publique-Hôpitaux de Paris (AP-HP)"): from the article just
    /// before it, with no punctuation between.
    pub(super) fn loose_spelling(&self, acr: &str, p: usize) -> Option<(usize, usize)> {
        let letters = acronym_letters(acr);
        let lo = p.saturating_sub(12);
        let mut a = p;
        while a > lo
            && self.w.is_word(a - 1)
            && !matches!(self.w.lw(a - 1), "le" | "la" | "l'" | "les")
        {
            a -= 1;
        }
        if a == lo || a == p || !self.w.is_word(a - 1) {
            return None;
        }
        // the initials of the words and of their hyphenated parts
        let initials: Vec<char> = (a..p)
            .flat_map(|k| {
                self.w
                    .lw(k)
                    .split('-')
                    .filter_map(|x| x.chars().next())
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut want = letters.iter().peekable();
        for c in &initials {
            if want.peek() == Some(&c) {
                want.next();
            }
        }
        let first_ok = initials.first() == letters.first();
        (first_ok && want.peek().is_none() && (a..p).any(|k| self.w.is_cap(k)))
            .then_some((a - 1, p))
    }

    /// Does a mention start inside words [s, e) and end after them ("la Coupe de la Ligue
    /// face au Paris SG" does not spell "LFP")?
    pub(super) fn cuts_a_mention(&self, s: usize, e: usize) -> bool {
        let (lo, hi) = (self.w.w[s].s, self.w.w[e - 1].e);
        let from = self.mentions.partition_point(|m| m.span.start < lo);
        let to = self.mentions.partition_point(|m| m.span.start < hi);
        self.mentions[from..to.max(from)]
            .iter()
            .any(|m| m.span.end > hi)
    }
}

/// The letters of an acronym, lowercased ("AP-HP" → a, p, h, p).
fn acronym_letters(acr: &str) -> Vec<char> {
    acr.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}
