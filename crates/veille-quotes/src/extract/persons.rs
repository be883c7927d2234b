//! The persons an article names, their roles ("la députée de Haute-Gironde") and genders.

use super::*;

impl<'a> Extractor<'a> {
    pub(super) fn collect_persons(&self) -> Vec<Person> {
        let mut runs: Vec<(usize, usize, Option<u32>)> = Vec::new();
        if self.mentions.is_empty() {
            for &(a, b) in &self.w.sents {
                let mut i = a;
                while i < b {
                    if !self.w.is_cap(i) {
                        i += 1;
                        continue;
                    }
                    let s = i;
                    let mut e = i + 1;
                    while e < b
                        && (self.w.is_cap(e)
                            || (matches!(
                                self.w.lw(e),
                                "de" | "ben" | "bin" | "von" | "van" | "el" | "al" | "abou"
                            ) && self.w.is_cap(e + 1)))
                    {
                        e += if self.w.is_cap(e) { 1 } else { 2 };
                    }
                    i = e.max(s + 1);
                    let mut s2 = s;
                    while s2 < e
                        && (is_in(TITLES, self.w.lw(s2))
                            || is_det(self.w.lw(s2))
                            || is_in(CAP_STOP, self.w.lw(s2))
                            || matches!(self.w.lw(s2), "selon" | "et" | "mais" | "pour" | "quant"))
                    {
                        s2 += 1;
                    }
                    if is_in(ORG_WORDS, self.w.lw(s2)) && e - s2 >= 3 && self.w.is_cap(s2 + 1) {
                        s2 += 1;
                    }
                    let titled = s2 > 0
                        && (matches!(
                            self.w.lw(s2 - 1),
                            "m" | "mme" | "mlle" | "dr" | "pr" | "me" | "mgr" | "m."
                        ) || (s2 > 1
                            && self.w.is_punct(s2 - 1, '.')
                            && matches!(self.w.lw(s2 - 2), "m" | "mme" | "dr" | "pr" | "mgr")));
                    if e <= s2 || (e - s2 < 2 && !titled) || is_in(ORG_WORDS, self.w.lw(s2)) {
                        continue;
                    }
                    if s2 > 0
                        && is_in(PREPS, self.w.lw(s2 - 1))
                        && !is_in(TITLES, self.w.lw(s2 - 1))
                    {
                        continue;
                    }
                    if (s2..e).any(|k| is_in(ORG_WORDS, self.w.lw(k)) && self.w.lw(k) != "haute") {
                        continue;
                    }
                    runs.push((s2, e, None));
                }
            }
        } else {
            for m in self.mentions {
                if m.label != EntityType::PER {
                    if let (Some(s), Some(e)) =
                        (self.word_at(m.span.start), self.word_end_at(m.span.end))
                    {
                        if let Some((ps, pe)) = self.acronym_split(s, e) {
                            runs.push((ps, pe, None));
                        } else if self.first_name_led(s, e) {
                            runs.push((s, e, Some(m.entity)));
                        }
                    }
                    continue;
                }
                if m.label == EntityType::PER {
                    if let (Some(s), Some(e)) =
                        (self.word_at(m.span.start), self.word_end_at(m.span.end))
                    {
                        if !self.w.is_cap(s) || is_in(TITLES, self.w.lw(s)) {
                            continue; // "ministre de la Santé"
                        }
                        // a sigle alone ("le référendum d'initiative citoyenne, ou RIC"): French
                        // news writes people's names in mixed case, acronyms in capitals
                        if e == s + 1 && self.is_sigle(s) {
                            continue;
                        }
                        let (s, e) = self.trim_person(s, e);
                        runs.push((s, e, Some(m.entity)));
                    }
                }
            }
            runs.extend(self.honorific_names());
            runs.sort_by_key(|r| r.0);
        }
        let mut persons: Vec<Person> = Vec::new();
        let mut things: Vec<String> = Vec::new();
        for (s, e, entity) in runs {
            // names inside quotation marks are what was said, not who is speaking
            if self.inside_quote(s) {
                continue;
            }
            // an outlet tagged as a person ("Le Figaro"), a storm or a ship ("le typhon
            // Haishen") is nobody
            // (and so are its later mentions alone: "le compteur Linky … Linky")
            let text = &self.w.text[self.w.span(s, e).range()];
            let outlet = crate::media::names_outlet(text);
            // (one adjective may stand between: "le compteur électrique Linky")
            let thing = (s > 0 && is_in(THING_HEADS, self.w.lw(s - 1)))
                || (s > 1
                    && is_in(THING_HEADS, self.w.lw(s - 2))
                    && self.w.is_word(s - 1)
                    && !self.w.is_cap(s - 1));
            // "le Kalyptus affichait complet", "le César du meilleur documentaire": one word
            // after an article, no first name, is a place or a thing, not a person
            // (or counted: "1 Transilien sur 2")
            let thing = thing
                || (e == s + 1
                    && s > 0
                    && (matches!(self.w.lw(s - 1), "le" | "la" | "l'" | "du" | "au")
                        || self.w.kind(s - 1) == Some(Kind::Num))
                    && first_name_gender(self.w.lw(s)).is_none());
            if thing {
                things.push(text.to_string());
            }
            if outlet || thing || things.iter().any(|t| t == text) {
                continue;
            }
            let name = self.w.text[self.w.span(s, e).range()].to_string();
            let surname = self.w.lw(e - 1).to_string();
            let (mut roles, mut fem) = (Vec::new(), None);
            if let Some((r, g)) = self.role_before(s) {
                roles.push(r);
                fem = fem.or(g);
            }
            if let Some((a, b)) = self.role_after(e) {
                let r = self.norm_words(a, b);
                // "Jackie Doyle-Price, députée de la circonscription, s'est dite …": a closed
                // apposition; not the next clause's subject ("Après le départ de Florian
                // Philippot, la présidente du Front national a envoyé …")
                // (or one a relative clause goes on: "Nordahl Lelandais, son cousin de 36 ans
                // qui se propose …")
                if matches!(
                    self.w.kind(b),
                    Some(Kind::Punct(',' | '.' | ')' | ';')) | None
                ) || (self.w.lw(b) == "qui" && !is_org_head(role_head(&r)))
                {
                    fem = fem.or_else(|| role_gender(&r));
                }
                roles.push(r);
            }
            if fem.is_none() {
                fem = self.honorific_gender(s);
            }
            if fem.is_none() && s > 1 && self.w.is_punct(s - 1, ',') {
                // "La députée de Haute-Gironde, Véronique Hammerer"
                if let Some((r, g)) = self.role_before(s - 1) {
                    // (its gender only from a title or a role, not from any phrase before the
                    // comma: "la carrière politique de l'ancien président, Jean-Louis Debré")
                    let head = role_head(&r);
                    if is_in(TITLES, head) || is_in(ANON_HEADS, head) || is_in(KIN, head) {
                        fem = g;
                    }
                    roles.push(r);
                }
            }
            if let Some(p) = persons
                .iter_mut()
                // (or the same name with other accents, not in capitals: "Andréa Kotarac"
                // and "Andrea Kotarac", not a headline's "BRIGITTE MACRON")
                .find(|p| {
                    fn caps(x: &str) -> impl Iterator<Item = bool> + '_ {
                        x.chars().map(char::is_uppercase)
                    }
                    p.name == name
                        || (e - s == 1 && p.surname == surname)
                        || (e - s > 1
                            && p.name.contains(' ')
                            && caps(&p.name).eq(caps(&name))
                            && veille_text::fold(&p.name) == veille_text::fold(&name))
                })
            {
                for r in roles {
                    if !p.roles.contains(&r) {
                        p.roles.push(r);
                    }
                }
                p.fem = p.fem.or(fem);
                p.entity = p.entity.or(entity);
                p.at.push(self.w.w[s].s);
                continue;
            }
            persons.push(Person {
                name,
                surname,
                span: self.w.span(s, e),
                fem,
                roles,
                entity,
                at: self.w.w.get(s).map(|w| w.s).into_iter().collect(),
                fem_by_name: false,
            });
        }
        // a surname met before the full name ("a déclaré M. Darmanin" … "Gérald Darmanin est
        // accusé"): one person, named by the full name
        // ("Mme Le Pen" after "Marine Le Pen" and "Jean-Marie Le Pen": a surname with its
        // particle, given to the full name of the same sex)
        let mut i = 0;
        while i < persons.len() {
            let single = !persons[i].name.contains([' ', '\u{a0}']);
            let particle = !single && surname_with_particle(&persons[i].name);
            let full = if single {
                persons.iter().position(|q| {
                    q.name != persons[i].name
                        && q.surname == persons[i].surname
                        && q.name.contains(' ')
                })
            } else if particle {
                let tail = format!(" {}", persons[i].name.to_lowercase());
                let fem = persons[i].fem;
                let sex = |q: &Person| {
                    q.fem.or_else(|| {
                        first_name_gender(&q.name.split(' ').next().unwrap_or("").to_lowercase())
                    })
                };
                let mut fitting = (0..persons.len()).filter(|&j| {
                    j != i
                        && persons[j].name.to_lowercase().ends_with(&tail)
                        && compatible(sex(&persons[j]), fem)
                });
                // (the one full name that fits; none when two do)
                let first = fitting.next();
                first.filter(|_| fitting.next().is_none())
            } else {
                None
            };
            match full {
                Some(j) => {
                    let short = persons.remove(i);
                    let j = if j > i { j - 1 } else { j };
                    let p = &mut persons[j];
                    p.fem = p.fem.or(short.fem);
                    p.entity = p.entity.or(short.entity);
                    p.roles.extend(short.roles);
                    p.at.extend(short.at);
                    p.at.sort_unstable();
                }
                None => i += 1,
            }
        }
        // later mentions by surname alone ("Mme Hammerer")
        if self.mentions.is_empty() && !persons.is_empty() {
            let by_surname: HashMap<String, usize> = persons
                .iter()
                .enumerate()
                .map(|(i, p)| (p.surname.clone(), i))
                .collect();
            for i in 0..self.w.len() {
                if self.w.is_cap(i) && !self.w.is_cap(i + 1) {
                    if let Some(&pi) = by_surname.get(self.w.lw(i)) {
                        let at = self.w.w[i].s;
                        // (not the surname of a full-name mention)
                        let len = persons[pi].name.len() as u32;
                        if !persons[pi].at.iter().any(|&a| a <= at && at < a + len) {
                            persons[pi].at.push(at);
                        }
                        if persons[pi].fem.is_none() {
                            persons[pi].fem = self.honorific_gender(i);
                        }
                    }
                }
            }
            // (`at` is in text order: lookups by position bisect it)
            for p in &mut persons {
                p.at.sort_unstable();
            }
        }
        // what the text says of a person (a title, "Mme", "députée") comes before what the
        // first name usually says ("Jackie" is mostly a man's name in France)
        for p in &mut persons {
            if p.fem.is_none() {
                let first = p
                    .name
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                p.fem = first_name_gender(&first);
                p.fem_by_name = p.fem.is_some();
            }
        }
        persons
    }

    /// Names after an honorific that the NER layer left untagged ("M. Bas a écrit", where
    /// "bas" is also a word): words [s, e) with no entity.
    pub(super) fn honorific_names(&self) -> Vec<(usize, usize, Option<u32>)> {
        let mut out = Vec::new();
        for i in 0..self.w.len() {
            if !self.w.is_cap(i) || !matches!(self.w.lw(i), "m" | "mme" | "mlle" | "dr" | "me") {
                continue;
            }
            let s = if self.w.is_punct(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if !self.w.is_cap(s) || is_in(TITLES, self.w.lw(s)) || self.inside_quote(s) {
                continue;
            }
            let at = self.w.w[s].s;
            // (mentions are sorted by start and do not overlap: the one ending after `at`)
            let i = self.mentions.partition_point(|m| m.span.end <= at);
            let tagged = self
                .mentions
                .get(i)
                .is_some_and(|m| m.label == EntityType::PER && m.span.start <= at);
            if tagged {
                continue;
            }
            let mut e = s + 1;
            while e < self.w.len()
                && self.w.is_cap(e)
                && self.w.sent_of.get(e) == self.w.sent_of.get(s)
            {
                e += 1;
            }
            out.push((s, e, None));
        }
        out
    }

    /// A word written entirely in capitals, 2 to 6 letters ("RIC", "CGT").
    pub(super) fn is_sigle(&self, k: usize) -> bool {
        let t = self.w.tx(k);
        let n = t.chars().count();
        (2..=6).contains(&n) && t.chars().all(|c| c.is_uppercase())
    }

    /// Is the mention starting at byte `at` the subject of its sentence: first in the
    /// sentence after determiners, titles and an introductory adverbial closed by a comma
    /// ("Laurent Wauquiez a été élu", "Lundi, le président Emmanuel Macron a …")?
    pub(super) fn subject_at(&self, at: u32) -> bool {
        let Some(i) = self.word_at(at) else {
            return false;
        };
        let Some(&si) = self.w.sent_of.get(i) else {
            return false;
        };
        let Some(&(a, _)) = self.w.sents.get(si as usize) else {
            return false;
        };
        // after the last comma before the mention, if the sentence opens with an adverbial
        let mut start = a;
        for k in (a..i).rev() {
            if self.w.is_punct(k, ',') {
                start = k + 1;
                break;
            }
        }
        // (not a name in apposition to a title inside the sentence: "en mettant en cause le
        // ministre de l'Intérieur, Bernard Cazeneuve")
        if start == i && i >= 2 {
            // ("du premier tour" is no title)
            let title = (i.saturating_sub(10).max(a)..i - 1).find(|&k| {
                let l = self.w.lw(k);
                is_in(TITLES, l)
                    && (!matches!(l, "premier" | "première")
                        || matches!(self.w.lw(k + 1), "ministre" | "secrétaire"))
            });
            let inside = title.is_some_and(|t| {
                let mut d = t;
                while d > a && (is_det(self.w.lw(d - 1)) || is_in(PRE_ADJ, self.w.lw(d - 1))) {
                    d -= 1;
                }
                // (an inverted subject is one: "ajoute le député de Villeurbanne, Bruno
                // Bonnell")
                // (nor the agent of a passive: "une version confirmée par le ministre …,
                // Gérald Darmanin, qui juge que …")
                d > a
                    && !self.w.is_punct(d - 1, ',')
                    && !self.is_cue(d - 1)
                    && self.w.lw(d - 1) != "par"
            });
            if inside {
                return false;
            }
        }
        (start..i).all(|k| {
            let l = self.w.lw(k);
            is_det(l) || is_in(TITLES, l) || is_in(PRE_ADJ, l) || self.w.is_punct(k, '.')
        }) && !self.w.is_punct(self.w_end_of_mention(i), '?')
    }

    /// Does the mention at byte `at` open a subordinate clause ("juge que Paul Durand sera
    /// …")? Its subject is what is reported, not who reports it.
    pub(super) fn after_que(&self, at: u32) -> bool {
        self.word_at(at)
            .and_then(|i| i.checked_sub(1))
            .is_some_and(|p| matches!(self.w.lw(p), "que" | "qu'"))
    }

    /// Is the mention at byte `at` a subject, before its verb or inverted after a speech verb
    /// ("a averti M. Tedros")?
    pub(super) fn announced_at(&self, at: u32) -> bool {
        if self.subject_at(at) {
            return true;
        }
        let Some(mut p) = self.word_at(at) else {
            return false;
        };
        while p > 0
            && (self.w.is_punct(p - 1, '.')
                || matches!(self.w.lw(p - 1), "m" | "mme" | "mgr" | "dr")
                || is_in(TITLES, self.w.lw(p - 1))
                || is_det(self.w.lw(p - 1)))
        {
            p -= 1;
        }
        p > 0 && self.lex.lookup(self.w.lw(p - 1)).is_some()
    }

    /// The first word after the capitalized run starting at `i`.
    pub(super) fn w_end_of_mention(&self, i: usize) -> usize {
        let mut e = i;
        while e < self.w.len() && (self.w.is_cap(e) || matches!(self.w.lw(e), "de" | "le" | "la")) {
            // an article before a lowercase word opens the next phrase ("Hollande Le leader")
            if e > i && matches!(self.w.lw(e), "le" | "la") && !self.w.is_cap(e + 1) {
                break;
            }
            e += 1;
        }
        e
    }

    /// The gender given by an honorific just before word `s` ("Mme Hammerer", "M. Darmanin",
    /// the period of "M." being a word of its own or not).
    pub(super) fn honorific_gender(&self, s: usize) -> Option<bool> {
        let h = match s.checked_sub(1) {
            Some(p) if self.w.is_punct(p, '.') => p.checked_sub(1)?,
            Some(p) => p,
            None => return None,
        };
        match self.w.lw(h) {
            "mme" | "mmes" | "mlle" | "madame" => Some(true),
            "m." | "m" | "monsieur" | "mm" => Some(false),
            _ => None,
        }
    }

    /// "la présidente du Conseil de Fédération (…) Valentina Matvienko" → role, gender.
    pub(super) fn role_before(&self, s: usize) -> Option<(String, Option<bool>)> {
        // "l'ex-ministre de François Hollande", "la femme de Nicolas Sarkozy", "le député
        // face à Jean-Jacques Bourdin": the name is a complement, not the role's holder
        if s > 0 && (matches!(self.w.lw(s - 1), "de" | "d'") || is_in(PREPS, self.w.lw(s - 1))) {
            return None;
        }
        let sent_start = self.w.sents.get(*self.w.sent_of.get(s)? as usize)?.0;
        let mut k = s;
        let mut steps = 0;
        let mut det_at = None;
        while k > sent_start && steps < 25 {
            let p = k - 1;
            match self.w.kind(p) {
                Some(Kind::Punct(')')) => {
                    let mut j = p;
                    while j > sent_start && !self.w.is_punct(j, '(') && p - j < 15 {
                        j -= 1;
                    }
                    if !self.w.is_punct(j, '(') {
                        break;
                    }
                    k = j;
                }
                Some(Kind::Word) => {
                    let l = self.w.lw(p);
                    // ("par leur ministre, Christophe Castaner": a possessive before a title)
                    let title_of = is_in(POSSESSIVE, l) && is_in(TITLES, self.w.lw(p + 1));
                    if is_det(l)
                        && (!is_in(POSSESSIVE, l) || title_of)
                        && !matches!(l, "du" | "des")
                    {
                        let before = p.checked_sub(1).map(|q| self.w.lw(q)).unwrap_or("");
                        if (is_in(PREPS, before) || matches!(before, "et")) && !title_of {
                            k = p;
                        } else {
                            det_at = Some(p);
                            break;
                        }
                    } else if self.lex.lookup(l).is_some() && !is_in(TITLES, l)
                        || is_in(AUX, l)
                        || matches!(
                            l,
                            "que" | "qu'" | "qui" | "dont" | "où" | "quand" | "lorsque"
                        )
                    {
                        // (a verb or a clause boundary: "Le député juge que Paul Durand …")
                        break;
                    } else {
                        k = p;
                    }
                }
                _ => break,
            }
            steps += 1;
        }
        let d = det_at?;
        if d + 1 >= s {
            return None;
        }
        let mut h = d + 1;
        while h + 1 < s && is_in(PRE_ADJ, self.w.lw(h)) {
            h += 1;
        }
        let head = self.w.lw(h);
        // "sous le coup de la surprise, Claudia B.": no role
        if !self.source_head_ext(head.strip_prefix("ex-").unwrap_or(head), false) {
            return None;
        }
        let role = self.norm_words(d + 1, s);
        // ("le Dr Hélène Goulet": an honorific keeps its masculine article for women)
        let gender = if matches!(
            head,
            "dr" | "docteur" | "pr" | "professeur" | "me" | "maître"
        ) {
            None
        } else {
            desc_gender(self.w.lw(d), head)
        };
        Some((role, gender))
    }

    /// "Taleb Ibrahim, directeur adjoint de l'Institut …" → the role's words [a, b).
    pub(super) fn role_after(&self, e: usize) -> Option<(usize, usize)> {
        if !self.w.is_punct(e, ',') {
            return None;
        }
        let mut a = e + 1;
        if matches!(self.w.lw(a), "le" | "la" | "l'") {
            a += 1;
        }
        if !self.w.is_word(a)
            || self.w.is_cap(a)
            || self.lex.lookup(self.w.lw(a)).is_some()
            || is_in(AUX, self.w.lw(a))
            || is_in(NP_STOP, self.w.lw(a))
        {
            return None;
        }
        let mut b = a;
        while b < self.w.len()
            && b < a + 15
            && (self.w.is_word(b) || self.w.kind(b) == Some(Kind::Num))
        {
            if b > a && (is_in(NP_STOP, self.w.lw(b)) || is_in(AUX, self.w.lw(b))) {
                break;
            }
            b += 1;
        }
        Some((a, b))
    }

    pub(super) fn norm_words(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for k in a..b {
            if self.w.is_word(k) {
                if !s.is_empty() && !s.ends_with('\'') {
                    s.push(' ');
                }
                s.push_str(self.w.lw(k));
            }
        }
        s
    }
}

/// The gender a role in apposition marks ("députée de la circonscription", "la porte-parole",
/// "ancienne ministre"): its article, else its first word's ending; `None` for epicene heads
/// ("ministre", "journaliste").
fn role_gender(role: &str) -> Option<bool> {
    let mut words = role.split(' ');
    let first = words.next()?;
    // (", elle est la troisième": a pronoun after the comma, no apposition)
    if matches!(
        first,
        "il" | "elle" | "ils" | "elles" | "on" | "lui" | "eux"
    ) {
        return None;
    }
    if let g @ Some(_) = desc_gender(first, "") {
        return g;
    }
    // ("Nordahl Lelandais, son cousin de 36 ans")
    if matches!(first, "son" | "leur") {
        let rest = role.split_once(' ').map_or("", |(_, r)| r);
        let adjectives = rest.split(' ').take_while(|w| is_in(PRE_ADJ, w));
        if let g @ Some(_) = super::unmarked_desc_gender(adjectives, role_head(rest)) {
            return g;
        }
    }
    for w in std::iter::once(first).chain(words).take(2) {
        let w = w.strip_prefix("ex-").unwrap_or(w);
        // ("Paloma Roman, professeur de Sciences Politiques": masculine forms that the press
        // also gives women say nothing)
        if matches!(
            w,
            "professeur" | "docteur" | "auteur" | "ingénieur" | "procureur" | "rapporteur"
        ) {
            return None;
        }
        // (beyond a noun's endings, a participle agrees: "interrogée", "interrogé par"; not
        // "-ent" adverbs and verbs, nor "-ant" participles: "notamment", "craignant")
        if let g @ Some(_) = ending_gender(w) {
            return g;
        }
        if ["ée", "ienne", "enne"].iter().any(|x| w.ends_with(x)) {
            return Some(true);
        }
        if ["ien", "dent", "gent", "é", "ain", "eau"]
            .iter()
            .any(|x| w.ends_with(x))
        {
            return Some(false);
        }
        // ("ancienne ministre": an adjective before an epicene head)
        if !is_in(PRE_ADJ, w) {
            break;
        }
    }
    None
}

/// Is `name` a surname with its particle, no first name ("Le Pen", "De Gaulle", "Van Damme")?
fn surname_with_particle(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.len() >= 2
        && words[..words.len() - 1].iter().all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "le" | "la" | "de" | "du" | "des" | "van" | "von" | "di" | "da" | "del" | "el"
            )
        })
}
