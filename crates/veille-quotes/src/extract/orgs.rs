//! Organisations and outlets as speakers: documents and their issuers, outlets named in
//! the text, generic company nouns, the town hall.

use super::*;

impl<'a> Extractor<'a> {
    /// Who issued the document designated by `head` ("le rapport" → the organisation named in
    /// "un rapport du Centre d'analyse du terrorisme"; "l'étude" → "Ifop" of "un sondage Ifop").
    pub(super) fn doc_issuer(&self, head: &str, pos: u32) -> Option<String> {
        let mut best: Option<(u32, String, bool)> = None;
        let doc = is_in(DOC_HEADS, head);
        for (at, l, name) in &self.docs {
            if *at >= pos {
                break;
            }
            let same = l == head;
            if !(same || doc && is_in(DOC_HEADS, l)) {
                continue;
            }
            if best.as_ref().is_none_or(|(_, _, bs)| same || !bs) {
                best = Some((*at, name.clone(), same));
            }
        }
        best.map(|(_, n, _)| n)
    }

    /// The news outlets named in the text (word ranges, in order).
    pub(super) fn outlets(&self) -> &[(usize, usize)] {
        self.outlets
            .get_or_init(|| crate::media::outlet_mentions(&self.w))
    }

    /// The first news outlet named outside quotations within 300 bytes after `pos`.
    pub(super) fn outlet_after(
        &self,
        pos: u32,
        fits: &dyn Fn(&Speaker) -> bool,
    ) -> Option<Speaker> {
        let outlets = self.outlets();
        let from = outlets.partition_point(|&(s, _)| self.w.w[s].s < pos);
        outlets[from..]
            .iter()
            .take_while(|&&(s, _)| self.w.w[s].s < pos + 300)
            .filter(|&&(s, _)| !self.inside_quote(s))
            .filter_map(|&(s, e)| self.outlet_speaker(s, e))
            .find(|sp| fits(sp))
    }

    /// The outlet over words [s, e) as a speaker, without a lower-case article ("cité par le
    /// JDD": "JDD", expanded later).
    pub(super) fn outlet_speaker(&self, mut s: usize, e: usize) -> Option<Speaker> {
        if e > s + 1 && !self.w.is_cap(s) && is_det(self.w.lw(s)) {
            s += 1;
        }
        self.org_speaker(s, e, self.mention_entity(s, e))
    }

    /// An organisation speaker named by words [s, e).
    pub(super) fn org_speaker(&self, s: usize, e: usize, entity: Option<u32>) -> Option<Speaker> {
        let span = self.w.span(s, e);
        Some(Speaker {
            name: self.w.text.get(span.range())?.to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(span),
            entity,
        })
    }

    /// The town as an organisation, named in the article outside quotations: "la Ville de
    /// Paris" first, else "la ville de Forbach", "la mairie de Paris".
    pub(super) fn town_hall(&self) -> Option<Speaker> {
        self.town.get_or_init(|| self.find_town_hall()).clone()
    }

    pub(super) fn find_town_hall(&self) -> Option<Speaker> {
        let mut best: Option<(u8, usize)> = None;
        for i in 0..self.w.len().saturating_sub(3) {
            let rank = match self.w.tx(i) {
                "Ville" => 0,
                "ville" => 1,
                "Mairie" | "mairie" | "commune" => 2,
                _ => continue,
            };
            if !matches!(self.w.lw(i + 1), "de" | "d'")
                || !self.w.is_cap(i + 2)
                || self.inside_quote(i)
                || best.is_some_and(|(r, _)| r <= rank)
            {
                continue;
            }
            best = Some((rank, i));
        }
        let (_, i) = best?;
        let s = if i > 0 && matches!(self.w.lw(i - 1), "la" | "l'") {
            i - 1
        } else {
            i
        };
        let mut e = i + 3;
        while e < self.w.len() && (self.w.is_cap(e) || self.w.is_punct(e, '-')) && e < i + 6 {
            e += 1;
        }
        self.org_speaker(s, e, None)
    }

    /// The last news outlet named outside quotations before `pos` ("une enquête de
    /// Franceinfo. Le média l'avait mise en cause"): what a media noun designates when no
    /// outlet has spoken yet.
    pub(super) fn outlet_before(
        &self,
        pos: u32,
        fits: &dyn Fn(&Speaker) -> bool,
    ) -> Option<Speaker> {
        // (the 50 outlets before `pos` at most: bounded work on pathological input)
        let outlets = self.outlets();
        let end = outlets.partition_point(|&(_, e)| self.w.w[e - 1].e <= pos);
        (end.saturating_sub(50)..end).rev().find_map(|k| {
            if self.inside_quote(outlets[k].0) {
                return None;
            }
            // "selon Le Figaro et Franceinfo": the first conjunct, as for a medium that spoke
            let k = match k.checked_sub(1).map(|j| outlets[j]) {
                Some((_, pe)) if pe + 1 == outlets[k].0 && matches!(self.w.lw(pe), "et" | ",") => {
                    k - 1
                }
                _ => k,
            };
            let (s, e) = outlets[k];
            self.outlet_speaker(s, e).filter(|sp| fits(sp))
        })
    }

    /// A name before `pos` that the NER layer left untagged and that is nobody ("Un avion de
    /// Qatar Airways", "une usine Ford"): what a generic company noun ("la compagnie", "le
    /// constructeur automobile") designates when no organisation is tagged. Within the 200
    /// words before `pos`.
    pub(super) fn untagged_name_before(&self, pos: u32) -> Option<Speaker> {
        let end = self.w.w.partition_point(|w| w.s < pos);
        let lo = end.saturating_sub(200);
        let tagged = |k: usize| {
            let at = self.w.w[k].s;
            let i = self.mentions.partition_point(|m| m.span.end <= at);
            self.mentions.get(i).is_some_and(|m| m.span.start <= at)
        };
        let mut names: Vec<Span> = Vec::new();
        for k in lo..end {
            let (prev_word, prev_cap) = match k.checked_sub(1) {
                Some(p) => (self.w.is_word(p), self.w.is_cap(p)),
                None => (false, false),
            };
            // ("a annoncé La Poste", "La Poste a décidé": a name opened by its own
            // capitalized article)
            let article = matches!(self.w.tx(k), "La" | "Le" | "Les")
                && self.w.is_cap(k + 1)
                && !tagged(k + 1)
                && !prev_cap;
            let name = self.w.is_cap(k)
                && (prev_word || article)
                && !prev_cap
                && !self.inside_quote(k)
                // (a place may start the name: "Qatar Airways")
                && (!tagged(k) || (self.w.is_cap(k + 1) && !tagged(k + 1)))
                && !is_in(TITLES, self.w.lw(k))
                && (article || !is_in(CAP_STOP, self.w.lw(k)))
                && !self.portfolio_at(k)
                && self.person_at(self.w.w[k].s).is_none();
            if !name {
                continue;
            }
            let mut e = k + 1;
            while e < end && self.w.is_cap(e) && !tagged(e) {
                e += 1;
            }
            let text = &self.w.text[self.w.span(k, e).range()];
            if (tagged(k) && e == k + 1)
                || crate::media::names_outlet(text)
                || names_no_company(text)
            {
                continue;
            }
            names.push(self.w.span(k, e));
        }
        // the name repeated most in that stretch, then the earliest ("Un avion de Qatar
        // Airways" rather than "l'aéroport Ataturk" named since); bounded work: the window
        let text = |x: &Span| &self.w.text[x.range()];
        let count = |x: &Span| names.iter().filter(|y| text(y) == text(x)).count();
        let best = names
            .iter()
            .enumerate()
            .max_by_key(|&(i, x)| (count(x), std::cmp::Reverse(i)))?
            .1;
        Some(Speaker {
            name: text(best).to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(*best),
            entity: None,
        })
    }

    /// The last organisation mention that ends before `pos`, within the 40 mentions before
    /// it, outside quotations, and whose name contains the word `head` when one is given
    /// ("Le tribunal administratif de Montreuil" for "le tribunal").
    pub(super) fn org_mention_before(&self, pos: u32, head: Option<&str>) -> Option<Speaker> {
        self.org_like_mention_before(pos, head, false)
    }

    /// Like `org_mention_before`, also taking names the NER layer tagged MISC: what a generic
    /// company noun designates ("Un avion de Qatar Airways" … "selon la compagnie").
    pub(super) fn org_like_mention_before(
        &self,
        pos: u32,
        head: Option<&str>,
        with_misc: bool,
    ) -> Option<Speaker> {
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        // (the name's own head, after its article: "Le tribunal administratif de Montreuil",
        // not a complement: "PDG du géant mondial" is no "géant")
        let has_head = |t: &str, h: &str| {
            t.split([' ', '\'', '’'])
                .find(|w| !matches!(w.to_lowercase().as_str(), "" | "le" | "la" | "l" | "les"))
                .is_some_and(|w| w.chars().flat_map(char::to_lowercase).eq(h.chars()))
        };
        let m = self.mentions[..end]
            .iter()
            .rev()
            .take(40)
            .filter(|m| {
                (m.label == EntityType::ORG || with_misc && m.label == EntityType::MISC)
                    && m.span.end <= pos
            })
            // names inside quotations are what was said, not who is speaking
            .filter(|m| {
                !self
                    .word_at(m.span.start)
                    .is_some_and(|k| self.inside_quote(k))
            })
            .find(|m| {
                let t = self.w.text.get(m.span.range()).unwrap_or("");
                // (a disease or a demonym tagged as an organisation is nobody: "liés au
                // Covid-19", "trois autres sont Français, Norvégien et Allemand")
                if names_no_company(t) {
                    return false;
                }
                // (nor a title: "le PDG du géant mondial" with "PDG" tagged)
                if is_in(TITLES, &t.to_lowercase()) {
                    return false;
                }
                // (nor a minister's portfolio: "la ministre du Logement")
                if self
                    .word_at(m.span.start)
                    .is_some_and(|k| self.portfolio_at(k))
                {
                    return false;
                }
                match head {
                    Some(h) => has_head(t, h),
                    // "a indiqué l'instance" after "consultée par l'AFP": not the agency
                    None => !crate::media::names_outlet(t),
                }
            })?;
        self.mention_org_speaker(m)
    }

    /// The organisation speaker an NER mention names.
    fn mention_org_speaker(&self, m: &Mention) -> Option<Speaker> {
        Some(Speaker {
            name: self.w.text.get(m.span.range())?.to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(m.span),
            entity: Some(m.entity),
        })
    }

    /// The first organisation the NER layer tagged in bytes [from, to), no outlet.
    pub(super) fn org_mention_from(&self, from: u32, to: u32) -> Option<Speaker> {
        let i = self.mentions.partition_point(|m| m.span.start < from);
        let m = self.mentions[i..]
            .iter()
            .take_while(|m| m.span.start < to)
            .find(|m| {
                let t = self.w.text.get(m.span.range()).unwrap_or("");
                m.label == EntityType::ORG
                    && !names_no_company(t)
                    && !is_in(TITLES, &t.to_lowercase())
                    && !crate::media::names_outlet(t)
            })?;
        self.mention_org_speaker(m)
    }

    /// Is the name at word `k` the portfolio of a title ("ministre du Logement", "secrétaire
    /// d'État à la Santé")?
    pub(super) fn portfolio_at(&self, k: usize) -> bool {
        let mut p = k;
        if p > 0 && matches!(self.w.lw(p - 1), "la" | "l'" | "le" | "les") {
            p -= 1;
        }
        p > 1
            && matches!(
                self.w.lw(p - 1),
                "de" | "d'" | "du" | "des" | "à" | "au" | "aux"
            )
            && matches!(
                self.w.lw(p - 2),
                "ministre" | "ministère" | "secrétaire" | "état" | "etat"
            )
    }

    /// End of an organisation name starting with an organisation word: "Centre d'analyse du
    /// terrorisme", "Institut des études stratégiques de Damas".
    pub(super) fn org_name_end(&self, j: usize, limit: usize) -> usize {
        let mut e = j + 1;
        let mut last_good = e;
        while e < limit && self.w.is_word(e) {
            let l = self.w.lw(e);
            if is_in(AUX, l)
                || is_in(NP_STOP, l)
                || self.lex.lookup(l).is_some()
                || l.ends_with("ant")
            {
                break;
            }
            if is_det(l)
                && !matches!(self.w.lw(e - 1), "de" | "d'" | "du" | "des" | "et")
                && !matches!(l, "du" | "des")
            {
                break;
            }
            e += 1;
            if !matches!(
                l,
                "de" | "d'" | "du" | "des" | "la" | "l'" | "le" | "les" | "et"
            ) {
                last_good = e;
            }
        }
        last_good
    }

    /// Documents named with their issuer: (position, head, issuer).
    pub(super) fn collect_docs(&self) -> Vec<(u32, String, String)> {
        let mut out = Vec::new();
        for i in 0..self.w.len() {
            if let Some(name) = self.publisher_of(i) {
                out.push((self.w.w[i].s, self.w.lw(i).to_string(), name));
                continue;
            }
            // (the capitalized name after the head is checked first: the head lists are
            // scanned for few words)
            let mut j = i + 1;
            while j < i + 4 && matches!(self.w.lw(j), "du" | "de" | "d'" | "la" | "l'" | "des") {
                j += 1;
            }
            let l = self.w.lw(i);
            // "ce rapport de la société Technologia": the issuer's common noun comes with
            // its name
            let from = j;
            if !self.w.is_cap(j) {
                // (after "de la", "du": most words have none)
                if j == i + 1
                    || !(self.w.is_cap(j + 1) && is_in(DOC_HEADS, l) && is_org_head(self.w.lw(j)))
                {
                    continue;
                }
                j += 1;
            }
            // (the heads have three letters or more: "le", "à", "M." are none)
            if l.len() < 3 {
                continue;
            }
            let doc = is_in(DOC_HEADS, l);
            let org = is_org_head(l);
            if !doc && !org {
                continue;
            }
            if org && !self.w.is_cap(i + 1) {
                continue;
            }
            let mut e = j + 1;
            if is_in(ORG_WORDS, self.w.lw(j)) {
                e = self.org_name_end(j, (j + 9).min(self.w.len()));
            }
            while e < self.w.len()
                && e < j + 8
                && (self.w.is_cap(e)
                    || (matches!(self.w.lw(e), "de" | "d'" | "du" | "des" | "la" | "l'")
                        && self.w.is_cap(e + 1))
                    || (matches!(self.w.lw(e), "de" | "d'" | "du")
                        && self.w.is_word(e + 1)
                        && e + 2 < self.w.len()
                        && self.w.is_cap(e + 2)))
            {
                e += 1;
            }
            let name = self.w.text[self.w.span(from, e).range()].to_string();
            out.push((self.w.w[i].s, l.to_string(), name));
        }
        out
    }

    /// Who published the document whose head is word `i`, named as the subject of the verb
    /// ("Le cabinet d'expertise Catéis, mandaté par le CHSCT, a rendu en septembre son
    /// rapport").
    fn publisher_of(&self, i: usize) -> Option<String> {
        const PUBLISH: &[&str] = &[
            "publié",
            "publie",
            "rendu",
            "rend",
            "remis",
            "remet",
            "dévoilé",
            "dévoile",
            "diffusé",
            "diffuse",
            "transmis",
            "présenté",
            "présente",
        ];
        // (the determiner first: the head list is scanned for few words)
        if i < 2
            || !matches!(self.w.lw(i - 1), "son" | "sa" | "leur" | "un" | "une")
            || !is_in(DOC_HEADS, self.w.lw(i))
        {
            return None;
        }
        let ss = self.sentence_start(i);
        // (a date may stand between the verb and its object: "a rendu en septembre")
        let v = (i.saturating_sub(4).max(ss)..i - 1)
            .rev()
            .find(|&v| PUBLISH.contains(&self.w.lw(v)))?;
        let g = self.verb_group_start(v, ss);
        // (over an apposed participle: "Catéis, mandaté par le CHSCT, a rendu")
        let apposed = (g > ss + 1 && self.w.lw(g - 1) == ",")
            .then(|| (ss..g - 1).rev().find(|&c| self.w.lw(c) == ","))
            .flatten()
            .filter(|&c| self.w.lw(c + 1).ends_with(['é', 'e', 's']));
        [Some(g), apposed].into_iter().flatten().find_map(|k| {
            let (s, e) = match self.subject_before(k) {
                SpkRef::Name { s, e, .. } => (s, e),
                // ("Le cabinet d'expertise Catéis")
                SpkRef::Desc { s, e, .. } if (s + 1..e).any(|x| self.w.is_cap(x)) => (s, e),
                _ => return None,
            };
            Some(self.w.text[self.w.span(s, e).range()].to_string())
        })
    }
}

/// An acronym the text defines, with its long form: "l'Agence européenne des médicaments
/// (EMA)", "le Forum des ONG internationales au Guatemala (Fongi)", "l'EMA (Agence …)".
pub(super) struct Acronym {
    pub(super) short: String,
    pub(super) long: String,
    /// Where the long form is written.
    pub(super) long_at: Span,
}

/// Could this word be an acronym: a capital first, 2 to 10 letters or digits, two capitals
/// or more unless it is short ("Anses", "Fongi", "Insee")?
fn acronym_like(w: &str) -> bool {
    let n = w.chars().count();
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    (2..=10).contains(&n)
        && w.starts_with(char::is_uppercase)
        && w.chars().all(char::is_alphanumeric)
        && (caps >= 2 || n <= 7)
}

/// The letters a phrase offers an acronym: each word's initial, every letter of a word in
/// capitals ("des ONG internationales" → d, o, n, g, i), folded to lower-case ASCII.
fn initials<'t>(words: impl Iterator<Item = &'t str>) -> Vec<char> {
    let mut out = Vec::new();
    for w in words {
        let all_caps = w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
        let letters: Vec<char> = if all_caps {
            w.chars().collect()
        } else {
            w.chars().take(1).collect()
        };
        for c in letters {
            out.extend(veille_text::fold(&c.to_string()).to_lowercase().chars());
        }
    }
    out
}

/// Do the initials hold every letter of the acronym (as many times as it has them)?
fn covers(mut offered: Vec<char>, short: &str) -> bool {
    veille_text::fold(short)
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .all(|c| match offered.iter().position(|&o| o == c) {
            Some(i) => {
                offered.swap_remove(i);
                true
            }
            None => false,
        })
}

impl Extractor<'_> {
    /// The acronyms the text defines in parentheses, either way round.
    pub(super) fn acronyms(&self) -> Vec<Acronym> {
        let w = &self.w;
        let mut out: Vec<Acronym> = Vec::new();
        let mut push = |short: &str, long_at: Span| {
            if !out.iter().any(|a| a.short == short) {
                out.push(Acronym {
                    short: short.to_string(),
                    long: w.text[long_at.range()].to_string(),
                    long_at,
                });
            }
        };
        for k in 1..w.len().saturating_sub(2) {
            if !w.is_punct(k, '(') {
                continue;
            }
            // "Long form (ACR)": the shortest phrase before whose initials hold the
            // acronym's letters
            if w.is_punct(k + 2, ')') && w.is_word(k + 1) && acronym_like(w.tx(k + 1)) {
                let short = w.tx(k + 1);
                let mut j = k;
                // (commas of an enumeration included: "la Société des auteurs, compositeurs
                // et éditeurs de musique (Sacem)")
                while j > 0 && k - j < 16 && (w.is_word(j - 1) || w.is_punct(j - 1, ',')) {
                    j -= 1;
                    // (a verb ends the search: no long form runs over a clause)
                    if is_in(AUX, w.lw(j)) {
                        break;
                    }
                    // (the phrase opens on a noun, not an article or a preposition: "question
                    // prioritaire de constitutionnalité (QPC)")
                    // (a capitalized article belongs to the name: "Les Républicains (LR)")
                    let opening =
                        w.is_word(j) && (!is_det(w.lw(j)) || w.is_cap(j)) && w.tx(j) != short;
                    let words = || (j..k).filter(|&x| w.is_word(x)).map(|x| w.tx(x));
                    if opening && k - j >= 2 && covers(initials(words()), short) {
                        push(short, w.span(j, k));
                        break;
                    }
                }
                continue;
            }
            // "ACR (Long form)"
            if w.is_word(k - 1) && acronym_like(w.tx(k - 1)) && w.is_cap(k + 1) {
                let Some(close) = (k + 1..w.len().min(k + 15)).find(|&x| !w.is_word(x)) else {
                    continue;
                };
                let short = w.tx(k - 1);
                if w.is_punct(close, ')')
                    && close - k >= 3
                    && covers(initials((k + 1..close).map(|x| w.tx(x))), short)
                {
                    push(short, w.span(k + 1, close));
                }
            }
        }
        out
    }

    /// A speaker designated by an acronym or a long form the text defines is named by both
    /// ("Agence européenne des médicaments (EMA)"): who it is, whichever name a reader
    /// looks for.
    pub(super) fn name_acronyms(&self, quotes: &mut [Quote]) {
        if !self.w.text.contains('(') {
            return;
        }
        let defs = self.acronyms();
        if defs.is_empty() {
            return;
        }
        for q in quotes.iter_mut() {
            // (an acronym the text spells out is a body, whatever the NER layer said: "la
            // Société des auteurs, compositeurs et éditeurs de musique (Sacem)")
            let acronym = defs.iter().any(|a| a.short == q.speaker.name);
            if !(matches!(
                q.speaker.kind,
                SpeakerKind::Organisation | SpeakerKind::Anonymous
            ) || acronym)
            {
                continue;
            }
            if acronym {
                q.speaker.kind = SpeakerKind::Organisation;
            }
            let name = q.speaker.name.as_str();
            let bare = [
                "l'", "l’", "la ", "le ", "les ", "L'", "L’", "La ", "Le ", "Les ",
            ]
            .iter()
            .find_map(|d| name.strip_prefix(d))
            .unwrap_or(name);
            // (the acronym, the long form, or a name written inside it: "Forum" for "le Forum
            // des ONG internationales au Guatemala (Fongi)" when the NER layer missed it)
            let inside = |a: &Acronym| {
                q.speaker
                    .span
                    .is_some_and(|sp| sp.start >= a.long_at.start && sp.end <= a.long_at.end)
            };
            let Some(def) = defs.iter().find(|a| {
                a.short == bare || (bare.contains(' ') && a.long.ends_with(bare)) || inside(a)
            }) else {
                continue;
            };
            q.speaker.name = format!("{} ({})", def.long, def.short);
        }
    }
}
