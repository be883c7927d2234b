//! Temporal expressions: recognition and ISO-TimeML normalisation against the publication
//! date, with past/future chosen from the tense around the expression.

use crate::lex::{Kind, Lexed};
use crate::numbers::{quant, time_unit};

use chrono::{Datelike, Duration, NaiveDate};

/// A temporal expression over lexical units `a..b`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit {
    pub a: usize,
    pub b: usize,
    pub timex_type: &'static str,
    pub value: Option<String>,
    pub relative: bool,
    /// Anchored interval: begin and end points (see `DateExpr::begin`).
    pub begin: Option<String>,
    pub end: Option<String>,
}

mod atoms;
mod compose;

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// `now` moved by `n` hours, minutes or seconds (negative `n`: back in time); `None` for other
/// units and for absurd amounts.
fn clock_offset(now: chrono::NaiveDateTime, unit: &str, n: f64) -> Option<chrono::NaiveDateTime> {
    let per_unit = match unit {
        "hour" => 3600.0,
        "minute" => 60.0,
        "second" => 1.0,
        _ => return None,
    };
    let secs = per_unit * n;
    (secs != 0.0 && secs.abs() < 1e9).then(|| now + Duration::seconds(secs as i64))
}

pub(crate) fn month(w: &str, english: bool) -> Option<u32> {
    let m = match w {
        "janvier" | "janv" | "jan" => 1,
        "fevrier" | "fev" | "fevr" => 2,
        "mars" => 3,
        "avril" | "avr" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" | "juil" => 7,
        "aout" => 8,
        "septembre" | "sept" => 9,
        "octobre" | "oct" => 10,
        "novembre" | "nov" => 11,
        "decembre" | "dec" => 12,
        _ => 0,
    };
    if m > 0 {
        return Some(m);
    }
    if !english {
        return None;
    }
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    })
}

pub(crate) fn weekday(w: &str) -> Option<u32> {
    // ISO: Monday = 1
    Some(match w {
        "lundi" | "lundis" | "monday" => 1,
        "mardi" | "mardis" | "tuesday" => 2,
        "mercredi" | "mercredis" | "wednesday" => 3,
        "jeudi" | "jeudis" | "thursday" => 4,
        "vendredi" | "vendredis" | "friday" => 5,
        "samedi" | "samedis" | "saturday" => 6,
        "dimanche" | "dimanches" | "sunday" => 7,
        _ => return None,
    })
}

fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "matin" | "matinee" | "morning" => "MO",
        "soir" | "soiree" | "evening" => "EV",
        "nuit" | "night" => "NI",
        "apres-midi" | "afternoon" => "AF",
        "journee" => "DT",
        _ => return None,
    })
}

/// Reads a part of day at `i` (`soir`, `après-midi`); returns (code, end).
fn part_at(lx: &Lexed, i: usize) -> Option<(&'static str, usize)> {
    if let Some(e) = lx
        .seq(i, &["apres", "-", "midi"])
        .or_else(|| lx.seq(i, &["apres", "midi"]))
    {
        return Some(("AF", e));
    }
    part_of_day(lx.n(i)).map(|p| (p, i + 1))
}

fn fmt_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let t = y * 12 + (m as i32 - 1) + delta;
    (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
}

/// The tense around units `a..b`: nearest verb cue within the clause.
pub(crate) fn tense_near(lx: &Lexed, a: usize, b: usize) -> Tense {
    // immediate cues
    if a >= 1 && lx.is_any(a - 1, &["pour", "jusqu'au", "d'ici", "des"]) {
        return Tense::Future;
    }
    if a >= 1 && lx.is(a - 1, "depuis") {
        return Tense::Past;
    }
    if a >= 2 && lx.seq(a - 2, &["jusqu'", "au"]).is_some() {
        return Tense::Future;
    }
    let mut best: Option<(usize, Tense)> = None;
    let mut k = a;
    let mut dist = 0;
    while k > 0 && dist < 14 {
        k -= 1;
        dist += 1;
        if lx.kind(k) == Some(Kind::Punct) && lx.is_any(k, &[".", "?", "!", ";", "«", "»", "\""])
        {
            break;
        }
        // "à" folds to "a" but is no auxiliary
        if lx.is(k, "a") && lx.orig(k) != "a" {
            continue;
        }
        if let Some(t) = verb_cue(lx.n(k)) {
            best = Some((dist, t));
            break;
        }
    }
    let mut k = b;
    let mut dist = 0;
    while k < lx.len() && dist < 8 {
        if lx.kind(k) == Some(Kind::Punct) && lx.is_any(k, &[".", "?", "!", ";", "«", "»", "\""])
        {
            break;
        }
        dist += 1;
        if lx.is(k, "a") && lx.orig(k) != "a" {
            k += 1;
            continue;
        }
        if let Some(t) = verb_cue(lx.n(k)) {
            if best.is_none_or(|(d, _)| dist + 2 < d) {
                best = Some((dist, t));
            }
            break;
        }
        k += 1;
    }
    best.map(|b| b.1).unwrap_or(Tense::Unknown)
}

fn verb_cue(w: &str) -> Option<Tense> {
    match w {
        "a" | "ont" | "avait" | "avaient" | "etait" | "etaient" | "fut" | "furent" | "eut"
        | "eurent" | "ete" | "etions" | "avons" | "avez" | "as" | "ai" | "was" | "were" | "had"
        | "did" | "ago" | "dernier" | "derniere" | "passe" | "passee" => return Some(Tense::Past),
        "va" | "vont" | "vais" | "allons" | "sera" | "seront" | "aura" | "auront" | "doit"
        | "doivent" | "devra" | "devront" | "devrait" | "devraient" | "prochain" | "prochaine"
        | "prevu" | "prevue" | "prevus" | "prevues" | "will" | "shall" | "envisage"
        | "envisagent" | "compte" | "comptent" | "projette" | "projettent" | "programme"
        | "programmee" | "attendu" | "attendue" => return Some(Tense::Future),
        _ => {}
    }
    let n = w.len();
    if n >= 6
        && (w.ends_with("aient")
            || (w.ends_with("ait")
                && !matches!(
                    w,
                    "fait"
                        | "plait"
                        | "parfait"
                        | "souhait"
                        | "portrait"
                        | "extrait"
                        | "retrait"
                        | "attrait"
                )))
    {
        if w.ends_with("rait") || w.ends_with("raient") {
            return Some(Tense::Future);
        }
        return Some(Tense::Past);
    }
    // "je serai", "je reviendrai", "je partirais"
    if n >= 5 && (w.ends_with("rai") || w.ends_with("rais")) && !matches!(w, "minerai") {
        return Some(Tense::Future);
    }
    if n >= 5
        && (w.ends_with("ront") || w.ends_with("rons") || w.ends_with("rez"))
        && !matches!(w, "front" | "affront")
    {
        return Some(Tense::Future);
    }
    if n >= 5
        && (w.ends_with("era")
            || w.ends_with("ira")
            || w.ends_with("dra")
            || w.ends_with("ura")
            || w.ends_with("rra"))
    {
        return Some(Tense::Future);
    }
    None
}

/// Chooses the year of a day-month given the tense.
fn pick_year_day(dct: NaiveDate, m: u32, d: u32, tense: Tense) -> Option<NaiveDate> {
    let cands: Vec<NaiveDate> = (-1..=1)
        .filter_map(|k| NaiveDate::from_ymd_opt(dct.year() + k, m, d))
        .collect();
    match tense {
        Tense::Past => cands.iter().rev().find(|c| **c <= dct).copied(),
        Tense::Future => cands.iter().find(|c| **c >= dct).copied(),
        Tense::Unknown => cands
            .iter()
            .min_by_key(|c| (**c - dct).num_days().abs())
            .copied(),
    }
}

fn pick_year_month(dct: NaiveDate, m: u32, tense: Tense) -> i32 {
    let cur = dct.year() * 12 + dct.month() as i32 - 1;
    let cands: Vec<i32> = (-1..=1)
        .map(|k| (dct.year() + k) * 12 + m as i32 - 1)
        .collect();
    let t = match tense {
        Tense::Past => cands.iter().rev().find(|c| **c <= cur).copied(),
        Tense::Future => cands.iter().find(|c| **c >= cur).copied(),
        Tense::Unknown => cands.iter().min_by_key(|c| (**c - cur).abs()).copied(),
    };
    t.unwrap_or(cur).div_euclid(12)
}

fn pick_weekday(dct: NaiveDate, wd: u32, tense: Tense, this_week: bool) -> NaiveDate {
    let cur = dct.weekday().number_from_monday() as i64;
    if this_week {
        return dct + Duration::days(wd as i64 - cur);
    }
    match tense {
        Tense::Future => {
            let mut delta = (wd as i64 - cur).rem_euclid(7);
            if delta == 0 {
                delta = 7;
            }
            dct + Duration::days(delta)
        }
        // a news story's "jeudi" on a Thursday is that very day
        _ => dct - Duration::days((cur - wd as i64).rem_euclid(7)),
    }
}

/// Reads a day number at `i` (`12`, `1er`, `premier`); returns (day, end).
fn day_at(lx: &Lexed, i: usize) -> Option<(u32, usize)> {
    match lx.kind(i)? {
        Kind::Num => {
            let t = lx.toks[i];
            if t.grouped || t.decimal {
                return None;
            }
            let s = lx.n(i);
            if s.len() > 2 {
                return None;
            }
            let d: u32 = s.parse().ok()?;
            if !(1..=31).contains(&d) {
                return None;
            }
            if !lx.gap(i + 1) && lx.is_any(i + 1, &["er", "re", "st", "nd", "rd", "th"]) {
                return Some((d, i + 2));
            }
            Some((d, i + 1))
        }
        Kind::Word => {
            if lx.is_any(i, &["premier", "1er"]) {
                Some((1, i + 1))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A year at `i`: four digits 1000–2999 or, after a month, two digits.
fn year_at(lx: &Lexed, i: usize, two_digits_ok: bool) -> Option<(i32, usize)> {
    if lx.kind(i)? != Kind::Num {
        return None;
    }
    let t = lx.toks[i];
    if t.grouped || t.decimal {
        return None;
    }
    let s = lx.n(i);
    // "2016-ammunition" etc: fine; "2016,5" excluded by decimal
    if s.len() == 4 {
        let y: i32 = s.parse().ok()?;
        if (1000..=2999).contains(&y) {
            return Some((y, i + 1));
        }
    }
    if two_digits_ok && s.len() == 2 {
        let y: i32 = s.parse().ok()?;
        return Some((if y < 50 { 2000 + y } else { 1900 + y }, i + 1));
    }
    None
}

/// Whether a number at unit `e` is followed by something it counts ("2000 personnes").
fn counts_something(lx: &Lexed, e: usize) -> bool {
    if lx.kind(e) != Some(Kind::Word) {
        return lx.is_any(e, &["%", "€", "$", "£"]);
    }
    let w = lx.n(e);
    let orig = lx.orig(e);
    if orig.chars().next().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    !matches!(
        w,
        "et" | "a"
            | "au"
            | "en"
            | "de"
            | "des"
            | "du"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "d'"
            | "qui"
            | "que"
            | "qu'"
            | "ou"
            | "par"
            | "pour"
            | "sur"
            | "dans"
            | "avec"
            | "contre"
            | "selon"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "on"
            | "ce"
            | "c'"
            | "se"
            | "s'"
            | "ne"
            | "n'"
            | "y"
            | "est"
            | "sont"
            | "ont"
            | "a_"
            | "etait"
            | "avait"
            | "mais"
            | "puis"
            | "alors"
            | "depuis"
            | "avant"
            | "apres"
            | "jusqu'"
            | "lors"
            | "deja"
            | "encore"
            | "the"
            | "and"
            | "in"
            | "when"
            | "to"
            | "vs"
            | "contre_"
            | "entre"
            | "soit"
            | "sous"
            | "vers"
            | "dont"
            | "nous"
            | "vous"
            | "je"
            | "j'"
            | "tu"
            | "meme"
            | "aussi"
            | "seulement"
            | "notamment"
            | "cependant"
            | "pourtant"
            | "fin"
            | "debut"
    )
}

/// The PRESENT/PAST/FUTURE references and fixed words.
fn fixed_at(lx: &Lexed, i: usize) -> Option<(usize, &'static str, &'static str)> {
    const TABLE: &[(&[&str], &str, &str)] = &[
        (&["a", "l'", "heure", "actuelle"], "DATE", "PRESENT_REF"),
        (&["en", "ce", "moment"], "DATE", "PRESENT_REF"),
        (&["a", "present"], "DATE", "PRESENT_REF"),
        (&["actuellement"], "DATE", "PRESENT_REF"),
        (&["maintenant"], "DATE", "PRESENT_REF"),
        (&["a", "ce", "jour"], "DATE", "PRESENT_REF"),
        (&["jusqu'", "a", "ce", "jour"], "DATE", "PRESENT_REF"),
        (&["desormais"], "DATE", "PRESENT_REF"),
        (&["de", "nos", "jours"], "DATE", "PRESENT_REF"),
        (&["aujourd'", "hui"], "DATE", "TODAY"),
        (&["les", "heures", "qui", "viennent"], "DATE", "FUTURE_REF"),
        (&["les", "jours", "qui", "viennent"], "DATE", "FUTURE_REF"),
        (
            &["les", "semaines", "qui", "viennent"],
            "DATE",
            "FUTURE_REF",
        ),
        (&["les", "mois", "qui", "viennent"], "DATE", "FUTURE_REF"),
        (&["les", "annees", "qui", "viennent"], "DATE", "FUTURE_REF"),
        (&["les", "prochains", "jours"], "DATE", "FUTURE_REF"),
        (&["les", "prochaines", "semaines"], "DATE", "FUTURE_REF"),
        (&["les", "prochaines", "heures"], "DATE", "FUTURE_REF"),
        (&["les", "prochains", "mois"], "DATE", "FUTURE_REF"),
        (&["les", "prochaines", "annees"], "DATE", "FUTURE_REF"),
        (&["les", "jours", "a", "venir"], "DATE", "FUTURE_REF"),
        (&["les", "semaines", "a", "venir"], "DATE", "FUTURE_REF"),
        (&["les", "mois", "a", "venir"], "DATE", "FUTURE_REF"),
        (&["les", "annees", "a", "venir"], "DATE", "FUTURE_REF"),
        (&["prochainement"], "DATE", "FUTURE_REF"),
        (&["bientot"], "DATE", "FUTURE_REF"),
        (&["a", "l'", "avenir"], "DATE", "FUTURE_REF"),
        (&["le", "plus", "tot", "possible"], "DATE", "FUTURE_REF"),
        (&["des", "que", "possible"], "DATE", "FUTURE_REF"),
        (&["auparavant"], "DATE", "PAST_REF"),
        (&["autrefois"], "DATE", "PAST_REF"),
        (&["recemment"], "DATE", "PAST_REF"),
        (&["naguere"], "DATE", "PAST_REF"),
        (&["ces", "derniers", "jours"], "DURATION", "PXD"),
        (&["ces", "dernieres", "semaines"], "DURATION", "PXW"),
        (&["ces", "derniers", "mois"], "DURATION", "PXM"),
        (&["ces", "dernieres", "annees"], "DURATION", "PXY"),
        (&["chaque", "jour"], "SET", "P1D"),
        (&["tous", "les", "jours"], "SET", "P1D"),
        (&["quotidiennement"], "SET", "P1D"),
        (&["chaque", "semaine"], "SET", "P1W"),
        (&["toutes", "les", "semaines"], "SET", "P1W"),
        (&["chaque", "mois"], "SET", "P1M"),
        (&["chaque", "trimestre"], "SET", "P3M"),
        (&["tous", "les", "trimestres"], "SET", "P3M"),
        (&["chaque", "week", "-", "end"], "SET", "XXXX-WXX-WE"),
        (&["tous", "les", "week", "-", "ends"], "SET", "XXXX-WXX-WE"),
        (&["semestriel"], "SET", "P6M"),
        (&["semestrielle"], "SET", "P6M"),
        (&["semestriellement"], "SET", "P6M"),
        (&["tous", "les", "mois"], "SET", "P1M"),
        (&["chaque", "annee"], "SET", "P1Y"),
        (&["tous", "les", "ans"], "SET", "P1Y"),
        (&["chaque", "an"], "SET", "P1Y"),
        (&["annuellement"], "SET", "P1Y"),
        (&["une", "fois", "par", "jour"], "SET", "P1D"),
        (&["une", "fois", "par", "semaine"], "SET", "P1W"),
        (&["une", "fois", "par", "mois"], "SET", "P1M"),
        (&["une", "fois", "par", "an"], "SET", "P1Y"),
        (&["une", "fois", "par", "annee"], "SET", "P1Y"),
        (&["hebdomadaire"], "SET", "P1W"),
        (&["hebdomadaires"], "SET", "P1W"),
        (&["mensuel"], "SET", "P1M"),
        (&["mensuelle"], "SET", "P1M"),
        (&["annuel"], "SET", "P1Y"),
        (&["annuelle"], "SET", "P1Y"),
        (&["mensuellement"], "SET", "P1M"),
        (&["hebdomadairement"], "SET", "P1W"),
        (&["quinquennat"], "DURATION", "P5Y"),
        (&["septennat"], "DURATION", "P7Y"),
        (&["midi"], "TIME", "T12:00"),
        (&["minuit"], "TIME", "T00:00"),
        (&["now"], "DATE", "PRESENT_REF"),
        (&["currently"], "DATE", "PRESENT_REF"),
        (&["today"], "DATE", "TODAY"),
        (&["recently"], "DATE", "PAST_REF"),
        (&["soon"], "DATE", "FUTURE_REF"),
        (&["daily"], "SET", "P1D"),
        (&["every", "day"], "SET", "P1D"),
    ];
    let w = lx.n(i);
    for (ws, t, v) in TABLE {
        if ws[0] != w {
            continue;
        }
        if let Some(e) = lx.seq(i, ws) {
            return Some((e, t, v));
        }
    }
    None
}

fn duration_letter(unit: &str) -> Option<(&'static str, bool, f64)> {
    // (designator, is_time_part, multiplier)
    Some(match unit {
        "year" => ("Y", false, 1.0),
        "month" => ("M", false, 1.0),
        "week" => ("W", false, 1.0),
        "day" => ("D", false, 1.0),
        "hour" => ("H", true, 1.0),
        "minute" => ("M", true, 1.0),
        "second" => ("S", true, 1.0),
        "decade" => ("DE", false, 1.0),
        "century" => ("CE", false, 1.0),
        "quarter" => ("Q", false, 1.0),
        "weekend" => ("WE", false, 1.0),
        _ => return None,
    })
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v}");
        s
    }
}

fn duration_value(n: Option<f64>, unit: &str) -> Option<String> {
    let (d, t, _) = duration_letter(unit)?;
    // a quarter is three months (ISO 8601 has no quarter designator)
    let (d, k) = if d == "Q" { ("M", 3.0) } else { (d, 1.0) };
    let n = match n {
        Some(v) => fmt_num(v * k),
        None => "X".to_string(),
    };
    Some(if t {
        format!("PT{n}{d}")
    } else {
        format!("P{n}{d}")
    })
}

pub(crate) struct Ctx {
    pub dct: Option<NaiveDate>,
    /// The reference time of day, when the reference date gives one (`2016-11-07T16:12:00`).
    pub now: Option<chrono::NaiveDateTime>,
    pub english: bool,
}

/// The reference date-time when the publication date has a time of day.
pub(crate) fn parse_now(s: &str) -> Option<chrono::NaiveDateTime> {
    let s = s.trim();
    let head = s.get(..19)?;
    chrono::NaiveDateTime::parse_from_str(head, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(head, "%Y-%m-%d %H:%M:%S"))
        .ok()
}

/// A clock value `2016-11-07T00:05:00`.
fn fmt_datetime(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// Finds the temporal expressions of a lexed text.
pub(crate) fn find(lx: &Lexed, ctx: &Ctx) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut anchor: Option<NaiveDate> = ctx.dct;
    let mut i = 0;
    while i < lx.len() {
        if let Some(mut h) = at(lx, i, ctx, anchor) {
            // remember the last full date as the anchor of following clock times
            if let Some(v) = &h.value {
                if v.len() >= 10 && h.timex_type != "DURATION" && h.timex_type != "SET" {
                    if let Ok(d) = NaiveDate::parse_from_str(&v[..10], "%Y-%m-%d") {
                        anchor = Some(d);
                    }
                }
            }
            if h.b <= i {
                h.b = i + 1;
            }
            i = h.b;
            if let Some(prev) = out.last_mut() {
                if let Some(m) = merge_time_date(lx, prev, &h) {
                    *prev = m;
                    continue;
                }
            }
            out.push(h);
        } else {
            i += 1;
        }
    }
    compose::compose(lx, out, ctx)
}

/// The date part (`2016-11-07`, `XXXX-12-24`, `XXXX-WXX-2`) of a value, if it has one.
fn date_part(v: &str) -> Option<&str> {
    let d = v.split('T').next().unwrap_or("");
    let ok = (d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
        || (d.starts_with("XXXX-WXX-") && d.len() == 10);
    ok.then_some(d)
}

/// The clock part (`T09:00`) of a value when it is a clock time.
fn clock_part(v: &str) -> Option<&str> {
    let t = &v[v.find('T')?..];
    (t.len() >= 6 && t.as_bytes()[3] == b':').then_some(t)
}

/// "9h le 13 décembre 2018", "mardi 11:00", "demain à 8 h", "vers 15 h 30, hier".
fn merge_time_date(lx: &Lexed, a: &Hit, b: &Hit) -> Option<Hit> {
    let between: Vec<&str> = (a.b..b.a).map(|k| lx.n(k)).collect();
    if between.len() > 2 {
        return None;
    }
    let (av, bv) = (a.value.as_deref()?, b.value.as_deref()?);
    let (date, time, link_ok) =
        if a.timex_type == "TIME" && clock_part(av).is_some() && b.timex_type == "DATE" {
            let ok = between
                .iter()
                .all(|w| matches!(*w, "le" | "," | "du" | "ce"));
            (date_part(bv)?, clock_part(av)?, ok)
        } else if a.timex_type == "DATE" && b.timex_type == "TIME" && clock_part(bv).is_some() {
            let ok = between.iter().all(|w| matches!(*w, "a" | ",")) && !lx.is(b.a, "vers");
            (date_part(av)?, clock_part(bv)?, ok)
        } else {
            return None;
        };
    if !link_ok {
        return None;
    }
    Some(hit(
        a.a,
        b.b,
        "TIME",
        Some(format!("{date}{time}")),
        a.relative || b.relative,
    ))
}

fn hit(a: usize, b: usize, t: &'static str, value: Option<String>, relative: bool) -> Hit {
    Hit {
        a,
        b,
        timex_type: t,
        value,
        relative,
        begin: None,
        end: None,
    }
}

/// A clock time.
#[derive(Clone, Copy)]
struct Clock {
    h: u32,
    m: u32,
    s: Option<u32>,
    end: usize,
}

impl Clock {
    fn fmt(&self) -> String {
        match self.s {
            Some(s) => format!("T{:02}:{:02}:{:02}", self.h, self.m, s),
            None => format!("T{:02}:{:02}", self.h, self.m),
        }
    }
}

fn two_digits(lx: &Lexed, j: usize, max: u32) -> Option<u32> {
    if lx.kind(j) == Some(Kind::Num)
        && lx.n(j).len() == 2
        && !lx.toks[j].grouped
        && !lx.toks[j].decimal
    {
        lx.n(j).parse::<u32>().ok().filter(|v| *v < max)
    } else {
        None
    }
}

/// Reads a clock time at `i`: `21 h 45`, `18h`, `14:30:15`, `4pm`, `à 10 heures`,
/// `huit heures et quart`, `7h du soir`.
fn clock_at(lx: &Lexed, i: usize, after_prep: bool) -> Option<(u32, u32, usize)> {
    clock(lx, i, after_prep).map(|c| (c.h, c.m, c.end))
}

fn clock(lx: &Lexed, i: usize, after_prep: bool) -> Option<Clock> {
    let (h, mut j, digits) = match lx.kind(i)? {
        Kind::Num => {
            if lx.toks[i].grouped || lx.toks[i].decimal || lx.n(i).len() > 2 {
                return None;
            }
            (lx.n(i).parse::<u32>().ok()?, i + 1, true)
        }
        Kind::Word => {
            let w = crate::words::parse_words(lx, i, false)?;
            if w.ordinal || w.value.fract() != 0.0 {
                return None;
            }
            // "une heure et demie" is a duration
            if !after_prep && (!minutes_follow(lx, w.end) || lx.is_any(i, &["une", "un"])) {
                return None;
            }
            (w.value as u32, w.end, false)
        }
        _ => return None,
    };
    if h > 24 {
        return None;
    }
    let mut c = Clock {
        h,
        m: 0,
        s: None,
        end: j,
    };
    let mut found = false;
    if digits && lx.is(j, ":") && !lx.gap(j) && !lx.gap(j + 1) {
        let m = two_digits(lx, j + 1, 60)?;
        c.m = m;
        j += 2;
        if lx.is(j, ":") && !lx.gap(j) {
            if let Some(sec) = two_digits(lx, j + 1, 60) {
                c.s = Some(sec);
                j += 2;
            }
        }
        found = true;
    } else if (digits && lx.is(j, "h"))
        || (lx.is_any(j, &["heures", "heure"])
            && (after_prep
                || (minutes_follow(lx, j) && !lx.is_any(i, &["une", "un"]))
                || (lx.is(j + 1, "du") && lx.is_any(j + 2, &["matin", "soir"]))
                || lx.seq(j + 1, &["de", "l'", "apres"]).is_some()))
    {
        j += 1;
        if let Some(m) = two_digits(lx, j, 60) {
            c.m = m;
            j += 1;
            if lx.is_any(j, &["min", "minutes", "minute"]) {
                j += 1;
            }
        } else if lx.is(j, "et") && lx.is(j + 1, "quart") {
            c.m = 15;
            j += 2;
        } else if lx.is(j, "et") && lx.is_any(j + 1, &["demie", "demi"]) {
            c.m = 30;
            j += 2;
        } else if lx.seq(j, &["moins", "le", "quart"]).is_some() {
            c.m = 45;
            c.h = (c.h + 23) % 24;
            j += 3;
        } else if lx.is(j, "pile") {
            j += 1;
        } else {
            // "huit heures 20 minutes", "8 h et vingt minutes", "moins vingt-trois minutes"
            let mut k = j;
            let mut minus = false;
            if lx.is(k, "et") {
                k += 1;
            } else if lx.is(k, "moins") {
                minus = true;
                k += 1;
            }
            if let Some(q) = crate::numbers::quant(lx, k, false) {
                if let Some(v) = q.value.filter(|v| *v < 60.0 && v.fract() == 0.0) {
                    // "sept heures et dix", "sept heures moins dix": minutes unless a noun follows
                    let bare = lx.kind(q.b) != Some(Kind::Word)
                        || lx.is_any(q.b, &["et", "ou", "a", "le", "la", "du", "de"]);
                    if lx.is_any(q.b, &["minutes", "minute", "min"]) || (k == j && q.b > k) || bare
                    {
                        if minus {
                            c.m = 60 - v as u32;
                            c.h = (c.h + 23) % 24;
                        } else {
                            c.m = v as u32;
                        }
                        j = q.b;
                        if lx.is_any(j, &["minutes", "minute", "min"]) {
                            j += 1;
                        }
                    }
                }
            }
        }
        found = true;
    }
    // "5 du matin", "6 après-midi" after a preposition
    if (digits || after_prep)
        && !found
        && ((lx.is(j, "du") && lx.is_any(j + 1, &["matin", "soir"]))
            || lx.seq(j, &["apres", "-", "midi"]).is_some())
    {
        if lx.is(j, "apres") {
            if c.h < 12 {
                c.h += 12;
            }
            j += 3;
        }
        found = true;
    }
    // am / pm
    if (lx.is_any(j, &["am", "pm"])
        || (lx.is_any(j, &["a", "p"]) && lx.is(j + 1, ".") && lx.is(j + 2, "m")))
        && (found || digits)
    {
        {
            let pm = lx.n(j).starts_with('p');
            if pm && c.h < 12 {
                c.h += 12;
            }
            if !pm && c.h == 12 {
                c.h = 0;
            }
            j += if lx.is_any(j, &["am", "pm"]) { 1 } else { 3 };
            if lx.is(j, ".") && !lx.gap(j) {
                j += 1;
            }
            found = true;
        }
    }
    if !found {
        return None;
    }
    // "du matin", "du soir", "de l'après-midi"
    if lx.is(j, "du") && lx.is_any(j + 1, &["matin", "soir"]) {
        if lx.is(j + 1, "soir") && c.h < 12 {
            c.h += 12;
        }
        j += 2;
    } else if let Some(e) = lx
        .seq(j, &["de", "l'", "apres", "-", "midi"])
        .or_else(|| lx.seq(j, &["de", "l'", "apres", "midi"]))
    {
        if c.h < 12 {
            c.h += 12;
        }
        j = e;
    }
    c.end = j;
    Some(c)
}

/// "heures" followed by minutes: "sept heures dix", "trois heures trente", "sept heures et
/// quart", "sept heures moins dix" — a clock time even without a preposition.
fn minutes_follow(lx: &Lexed, e: usize) -> bool {
    if !lx.is_any(e, &["heures", "heure"]) {
        return false;
    }
    let k = if lx.is_any(e + 1, &["et", "moins"]) {
        e + 2
    } else {
        e + 1
    };
    if lx.is_any(k, &["quart", "demie", "demi", "le"]) && k > e + 1 {
        return true;
    }
    match lx.kind(k) {
        Some(Kind::Num) => lx.n(k).len() == 2 && !lx.is_any(k + 1, &["ans", "jours", "mois"]),
        Some(Kind::Word) => crate::words::parse_words(lx, k, false)
            .is_some_and(|m| !m.ordinal && m.value < 60.0 && m.value >= 1.0),
        _ => false,
    }
}

/// Whether a word can start a temporal expression: a cheap filter run on every unit before
/// the matchers.
fn date_trigger(w: &str, _en: bool) -> bool {
    matches!(
        w,
        "a" | "l'"
            | "en"
            | "de"
            | "d'"
            | "actuellement"
            | "maintenant"
            | "desormais"
            | "aujourd'"
            | "les"
            | "la"
            | "le"
            | "prochainement"
            | "bientot"
            | "auparavant"
            | "autrefois"
            | "recemment"
            | "naguere"
            | "ces"
            | "chaque"
            | "tous"
            | "toutes"
            | "quotidiennement"
            | "annuellement"
            | "mensuellement"
            | "hebdomadairement"
            | "quinquennat"
            | "septennat"
            | "midi"
            | "minuit"
            | "now"
            | "currently"
            | "today"
            | "recently"
            | "soon"
            | "daily"
            | "every"
            | "avant"
            | "apres"
            | "hier"
            | "demain"
            | "yesterday"
            | "tomorrow"
            | "ce"
            | "cet"
            | "cette"
            | "du"
            | "au"
            | "this"
            | "last"
            | "next"
            | "il"
            | "dans"
            | "debut"
            | "fin"
            | "mi"
            | "courant"
            | "mois"
            | "environ"
            | "about"
            | "quelques"
            | "plusieurs"
            | "des"
            | "several"
            | "few"
            | "un"
            | "une"
            | "vers"
            | "des_"
            | "jusqu'"
            | "est"
            | "sont"
            | "ete"
            | "printemps"
            | "automne"
            | "hiver"
            | "tout"
            | "toute"
            | "hebdomadaire"
            | "hebdomadaires"
            | "mensuel"
            | "mensuelle"
            | "annuel"
            | "annuelle"
            | "semestriel"
            | "semestrielle"
            | "semestriellement"
            | "tot"
            | "lendemain"
            | "trimestre"
            | "semaine"
            | "q"
            | "noel"
            | "paques"
            | "toussaint"
            | "nouvel"
            | "prochain"
            | "prochaine"
            | "dernier"
            | "derniere"
            | "saint"
    ) || month(w, true).is_some()
        || weekday(w).is_some()
        || crate::words::small(w).is_some()
        || crate::words::ordinal(w).is_some()
}

/// A unit that can continue a temporal expression started by a function word.
fn date_follow(lx: &Lexed, k: usize, en: bool) -> bool {
    match lx.kind(k) {
        Some(Kind::Num) => true,
        Some(Kind::Word) => {
            let w = lx.n(k);
            month(w, en).is_some()
                || weekday(w).is_some()
                || part_of_day(w).is_some()
                || time_unit(w).is_some()
                || crate::words::small(w).is_some()
                || matches!(
                    w,
                    "y" | "ce"
                        | "nos"
                        | "heure"
                        | "avenir"
                        | "present"
                        | "moment"
                        | "prochains"
                        | "prochaines"
                        | "prochain"
                        | "prochaine"
                        | "derniers"
                        | "dernieres"
                        | "dernier"
                        | "derniere"
                        | "quart"
                        | "demi"
                        | "ete"
                        | "printemps"
                        | "automne"
                        | "hiver"
                        | "week"
                        | "quelques"
                        | "plusieurs"
                        | "apres"
                        | "midi"
                        | "minuit"
                        | "premier"
                        | "passee"
                        | "passe"
                        | "precedente"
                        | "suivante"
                        | "annees"
                        | "1er"
                        | "cent"
                        | "mille"
                        | "debut"
                        | "fin"
                        | "mi"
                        | "veille"
                        | "lendemain"
                        | "hier"
                        | "demain"
                        | "aujourd'"
                        | "heures"
                        | "jours"
                        | "actuelle"
                        | "prochainement"
                        | "fois"
                        | "tot"
                        | "noel"
                        | "paques"
                        | "toussaint"
                        | "nouvel"
                        | "saint"
                        | "fete"
                )
        }
        _ => false,
    }
}

fn at(lx: &Lexed, i: usize, ctx: &Ctx, anchor: Option<NaiveDate>) -> Option<Hit> {
    let dct = ctx.dct;
    let en = ctx.english;
    let w = lx.n(i);
    let kind = lx.kind(i)?;
    if kind == Kind::Punct || (kind == Kind::Word && !date_trigger(w, en)) {
        return None;
    }
    // frequent function words start an expression only when a temporal word follows closely
    if kind == Kind::Word
        && matches!(
            w,
            "a" | "l'"
                | "en"
                | "de"
                | "d'"
                | "les"
                | "la"
                | "le"
                | "du"
                | "au"
                | "il"
                | "dans"
                | "des"
                | "un"
                | "une"
                | "est"
                | "sont"
                | "ce"
                | "cet"
                | "cette"
                | "ces"
        )
        && !(1..=3).any(|k| date_follow(lx, i + k, en))
    {
        return None;
    }

    // fixed phrases
    if let Some((e, t, v)) = fixed_at(lx, i) {
        if v == "TODAY" {
            // "aujourd'hui mardi"
            let mut e = e;
            if weekday(lx.n(e)).is_some() {
                e += 1;
            }
            let (e2, val) = with_part(lx, e, dct.map(fmt_date));
            return Some(hit(
                i,
                e2,
                if val.as_deref().is_some_and(|v| v.contains('T')) {
                    "TIME"
                } else {
                    "DATE"
                },
                val,
                true,
            ));
        }
        if t == "TIME" {
            // the "midi" of "après-midi" is a part of the day, handled below
            if i >= 2 && lx.is(i - 1, "-") && lx.is(i - 2, "apres") {
                return None;
            }
            let base = anchor.map(fmt_date).unwrap_or_default();
            let mut a = i;
            if i >= 1 && lx.is_any(i - 1, &["vers"]) {
                a = i - 1;
            }
            return Some(hit(
                a,
                e,
                "TIME",
                Some(format!("{base}{v}")),
                anchor.is_some(),
            ));
        }
        return Some(hit(i, e, t, Some(v.to_string()), v.ends_with("_REF")));
    }

    // "les 3 prochains jours", "10 semaines précédentes"
    if let Some(h) = compose::anchored_duration(lx, i, dct, ctx.now) {
        return Some(h);
    }
    if let Some(h) = atoms::at(lx, i, ctx, anchor) {
        return Some(h);
    }

    // ISO and numeric dates: 2016-12-13, 13/12/2016, 13.12.2016, 20/11
    if kind == Kind::Num {
        if let Some(h) = numeric_date(lx, i, dct) {
            return Some(h);
        }
    }

    // relative days: hier, avant-hier, demain, après-demain (+ soir/matin)
    let rel_day = if let Some(e) = lx
        .seq(i, &["avant", "-", "hier"])
        .or_else(|| lx.seq(i, &["avant", "hier"]))
    {
        Some((-2, e))
    } else if let Some(e) = lx
        .seq(i, &["apres", "-", "demain"])
        .or_else(|| lx.seq(i, &["apres", "demain"]))
    {
        Some((2, e))
    } else if lx.is_any(i, &["hier", "yesterday"]) {
        Some((-1, i + 1))
    } else if lx.is_any(i, &["demain", "tomorrow"]) {
        Some((1, i + 1))
    } else {
        None
    };
    if let Some((delta, e)) = rel_day {
        let d = dct.map(|d| d + Duration::days(delta));
        let mut e = e;
        // "hier à 10 h", "hier soir"
        if lx.is(e, "a") {
            if let Some((h, m, e2)) = clock_at(lx, e + 1, true) {
                let v = d.map(|d| format!("{}T{:02}:{:02}", fmt_date(d), h, m));
                return Some(hit(i, e2, "TIME", v, true));
            }
        }
        if weekday(lx.n(e)).is_some() {
            e += 1;
        }
        let (e2, v) = with_part(lx, e, d.map(fmt_date));
        let t = if e2 > e { "TIME" } else { "DATE" };
        return Some(hit(i, e2, t, v.or(None), true));
    }

    // ce soir, ce matin, cet après-midi, cette nuit
    if lx.is_any(i, &["ce", "cet", "cette"]) {
        if let Some((p, e)) = part_at(lx, i + 1) {
            if p != "DT" {
                let v = dct.map(|d| format!("{}T{p}", fmt_date(d)));
                return Some(hit(i, e, "TIME", v, true));
            }
        }
    }

    // "tôt le matin", "en fin d'après-midi", "le matin"
    let part_lead = if lx.is(i, "tot") && lx.is_any(i + 1, &["le", "la", "l'", "dans"]) {
        Some(i + 2 + usize::from(lx.is(i + 1, "dans") && lx.is_any(i + 2, &["la", "le", "l'"])))
    } else if lx.is_any(i, &["fin", "debut"]) && lx.is_any(i + 1, &["d'", "de"]) {
        Some(i + 2 + usize::from(lx.is_any(i + 2, &["la", "l'"])))
    } else if lx.is(i, "le")
        && lx.is_any(i + 1, &["matin", "soir"])
        && !(i >= 1 && lx.is_any(i - 1, &["tout", "de", "du"]))
        && !lx.is_any(i + 2, &["de", "du", "des", "d'", "suivant", "meme"])
    {
        Some(i + 1)
    } else {
        None
    };
    if let Some(k) = part_lead {
        if let Some((p, e)) = part_at(lx, k) {
            if matches!(p, "NI" | "EV" | "MO" | "AF") {
                let v = match anchor {
                    Some(d) => format!("{}T{p}", fmt_date(d)),
                    None => format!("T{p}"),
                };
                return Some(hit(i, e, "TIME", Some(v), anchor.is_some()));
            }
        }
    }
    // "dans la nuit", "la soirée": the part of the day of the last date mentioned
    if lx.is_any(i, &["la", "l'"]) && !(i >= 1 && lx.is_any(i - 1, &["toute", "de"])) {
        if let Some((p, e)) = part_at(lx, i + 1) {
            if matches!(p, "NI" | "EV" | "MO" | "AF")
                && (!lx.is_any(
                    e,
                    &[
                        "de",
                        "du",
                        "des",
                        "d'",
                        "suivante",
                        "precedente",
                        "derniere",
                    ],
                ) || (lx.is_any(e, &["du", "de"])
                    && (lx.kind(e + 1) == Some(Kind::Num) || weekday(lx.n(e + 1)).is_some())))
            {
                let v = match anchor {
                    Some(d) => format!("{}T{p}", fmt_date(d)),
                    None => format!("T{p}"),
                };
                return Some(hit(i, e, "TIME", Some(v), anchor.is_some()));
            }
        }
    }

    // la semaine dernière / cette semaine / le mois prochain / l'an dernier / cette année
    if let Some(h) = relative_period(lx, i, dct) {
        return Some(h);
    }

    // il y a N jours / il y a quelques jours
    if let Some(e) = lx.seq(i, &["il", "y", "a"]) {
        // "il y a à peu près un mois", "il y a environ deux heures"
        let e = if let Some(e2) = lx.seq(e, &["a", "peu", "pres"]) {
            e2
        } else if lx.is_any(e, &["environ", "presque", "pres", "quelque"]) {
            e + 1 + usize::from(lx.is(e, "pres") && lx.is_any(e + 1, &["de", "d'"]))
        } else {
            e
        };
        if let Some((n, unit, e2)) = amount_unit(lx, e, en) {
            // "il y a 30 minutes": a clock time from the reference time
            if let Some(t) = n
                .zip(ctx.now)
                .and_then(|(n, now)| clock_offset(now, unit, -n))
            {
                return Some(hit(i, e2, "TIME", Some(fmt_datetime(t)), true));
            }
            let v = match (n, dct) {
                (None, _) => Some("PAST_REF".to_string()),
                (Some(n), Some(d)) => shift(d, unit, -n),
                (Some(_), None) => None,
            };
            return Some(hit(i, e2, "DATE", v, true));
        }
    }
    if kind == Kind::Num || kind == Kind::Word {
        // "3 days ago"
        if en {
            if let Some((n, unit, e2)) = amount_unit(lx, i, en) {
                if lx.is(e2, "ago") {
                    let v = match (n, dct) {
                        (None, _) => Some("PAST_REF".to_string()),
                        (Some(n), Some(d)) => shift(d, unit, -n),
                        _ => None,
                    };
                    return Some(hit(i, e2 + 1, "DATE", v, true));
                }
            }
        }
    }

    // dans N jours (future point) vs dans les 24 heures (duration)
    if lx.is(i, "dans") && !lx.is_any(i + 1, &["les", "la", "le", "l'"]) {
        if let Some((Some(n), unit, e2)) = amount_unit(lx, i + 1, en) {
            if let Some(d) = dct {
                if matches!(unit, "day" | "week" | "month" | "year") {
                    return Some(hit(i, e2, "DATE", shift(d, unit, n), true));
                }
            }
            // "dans 5 minutes", "dans 2 heures": a clock time from the reference time
            if let Some(t) = ctx.now.and_then(|now| clock_offset(now, unit, n)) {
                return Some(hit(i, e2, "TIME", Some(fmt_datetime(t)), true));
            }
        }
    }

    // weekday (+ day month year) (+ part of day)
    let mut j = i;
    let mut lead = i;
    let mut this_week = false;
    let mut explicit: Option<Tense> = None;
    if lx.is_any(j, &["le", "du", "au", "ce", "les"]) {
        if lx.is(j, "ce") {
            this_week = true;
        }
        j += 1;
    }
    if lx.is(i, "chaque") || (lx.is_any(i, &["tous", "toutes"]) && lx.is(i + 1, "les")) {
        let k = if lx.is(i, "chaque") { i + 1 } else { i + 2 };
        if let Some((Some(n), unit, e2)) = amount_unit(lx, k, en) {
            return Some(hit(i, e2, "SET", duration_value(Some(n), unit), false));
        }
    }
    if lx.is_any(i, &["tous", "chaque"]) && lx.is_any(i + 1, &["les"]) || lx.is(i, "chaque") {
        // tous les lundis / chaque lundi
        let k = if lx.is(i, "chaque") { i + 1 } else { i + 2 };
        if let Some(wd) = weekday(lx.n(k)) {
            return Some(hit(i, k + 1, "SET", Some(format!("XXXX-WXX-{wd}")), false));
        }
    }
    let wd = weekday(lx.n(j));
    let mut day_start = j;
    if wd.is_some() {
        day_start = j + 1;
    }
    // day month [year]
    if let Some((d, e)) = day_at(lx, day_start) {
        // "du 9 au 12 de juin"
        let e = if lx.is(e, "de")
            && month(lx.n(e + 1), en).is_some()
            && (!lx.is(e + 1, "sept") || lx.orig(e + 1).starts_with('S'))
        {
            e + 1
        } else {
            e
        };
        if let Some(m) = month(lx.n(e), en) {
            let is_sept_number = lx.is(e, "sept")
                && !lx.orig(e).starts_with('S')
                && lx.kind(e + 1) == Some(Kind::Word)
                && !lx.is_any(e + 1, &["et", "a", "au"]);
            if !is_sept_number {
                let mut e2 = e + 1;
                if lx.is(e2, ".")
                    && !lx.gap(e2)
                    && lx.orig(e).len() <= 4
                    && lx.kind(e2 + 1) == Some(Kind::Num)
                {
                    e2 += 1;
                }
                // "le 24 janvier 13h30": 13 is an hour, not a year
                let year = year_at(lx, e2, true).filter(|_| {
                    lx.kind(e2) == Some(Kind::Num)
                        && (lx.gap(e2 + 1) || !lx.is_any(e2 + 1, &["h", ":"]))
                });
                let (value, relative, mut end) = if let Some((y, ye)) = year {
                    // an impossible date ("30 février 2019") is kept as written
                    let v = NaiveDate::from_ymd_opt(y, m, d)
                        .map(fmt_date)
                        .unwrap_or_else(|| format!("{y:04}-{m:02}-{d:02}"));
                    (Some(v), false, ye)
                } else {
                    // "le 6 mai dernier", "13 avril prochain"
                    let mut end = e2;
                    if lx.is_any(end, &["dernier", "derniere"]) {
                        explicit = Some(Tense::Past);
                        end += 1;
                    } else if lx.is_any(end, &["prochain", "prochaine", "prochains"]) {
                        explicit = Some(Tense::Future);
                        end += 1;
                    }
                    let tense = explicit.unwrap_or_else(|| tense_near(lx, lead, end));
                    match dct {
                        Some(dct) => (pick_year_day(dct, m, d, tense).map(fmt_date), true, end),
                        None => (Some(format!("XXXX-{m:02}-{d:02}")), false, end),
                    }
                };
                // "à 18 h", "à 8:00:31am"
                if lx.is_any(end, &["a", "vers"]) {
                    if let Some(c) = clock(lx, end + 1, true) {
                        let v = value.map(|v| format!("{v}{}", c.fmt()));
                        return Some(hit(lead, c.end, "TIME", v, relative));
                    }
                }
                let (e3, v2) = with_part(lx, end, value.clone());
                end = e3;
                let t = if v2.as_deref().is_some_and(|v| v.contains('T')) {
                    "TIME"
                } else {
                    "DATE"
                };
                if lx.is(lead, "les") {
                    lead += 1;
                }
                return Some(hit(lead, end, t, v2, relative));
            }
        }
    }
    // weekday alone: "mardi", "ce dimanche", "mardi dernier", "lundi prochain", "mardi soir"
    if let Some(wd) = wd {
        if lx.is(i, "les") {
            return None;
        }
        if j > 0
            && lx.is_any(j - 1, &["du", "de"])
            && lx.orig(j).chars().next().is_some_and(|c| c.is_uppercase())
        {
            return None;
        }
        let mut end = j + 1;
        if lx.is_any(end, &["dernier", "precedent", "passe"]) {
            explicit = Some(Tense::Past);
            end += 1;
        } else if lx.is_any(end, &["prochain", "suivant"]) {
            explicit = Some(Tense::Future);
            end += 1;
        }
        // "lundi 27 à 18 h", "le mardi 4": the day of the month with that weekday
        if explicit.is_none() && lx.kind(end) == Some(Kind::Num) {
            if let Some((d, e)) = day_at(lx, end) {
                if month(lx.n(e), en).is_none() && !lx.is_any(e, &["/", ".", "-", ":", "h"]) {
                    let v = match dct {
                        Some(d0) => (-1..=1)
                            .filter_map(|k| {
                                let (y, m) = add_months(d0.year(), d0.month(), k);
                                NaiveDate::from_ymd_opt(y, m, d)
                            })
                            .filter(|c| c.weekday().number_from_monday() == wd)
                            .min_by_key(|c| (*c - d0).num_days().abs())
                            .map(fmt_date),
                        None => Some(format!("XXXX-XX-{d:02}")),
                    };
                    if let Some(v) = v {
                        let (e2, v2) = with_part(lx, e, Some(v));
                        let t = if e2 > e { "TIME" } else { "DATE" };
                        return Some(hit(i, e2, t, v2, dct.is_some()));
                    }
                }
            }
        }
        let habitual = lx.is(i, "le") && explicit.is_none() && !this_week;
        if habitual && lx.kind(end) == Some(Kind::Num) {
            return None;
        }
        let tense = explicit.unwrap_or_else(|| tense_near(lx, i, end));
        let v = dct
            .map(|d| {
                let p = pick_weekday(d, wd, tense, this_week);
                // "mardi dernier" said on a Tuesday is a week ago
                if explicit == Some(Tense::Past) && p == d {
                    fmt_date(p - Duration::days(7))
                } else {
                    fmt_date(p)
                }
            })
            .or_else(|| Some(format!("XXXX-WXX-{wd}")));
        let (e2, v2) = with_part(lx, end, v);
        let t = if e2 > end { "TIME" } else { "DATE" };
        return Some(hit(i, e2, t, v2, true));
    }

    // month [year]: "mars 2016", "en mars", "juin prochain", "septembre dernier", "début octobre"
    let mut k = i;
    let mut lead2 = i;
    if lx.is_any(k, &["debut", "fin", "mi", "courant", "mi-"]) {
        k += 1;
        if lx.is(k, "-") {
            k += 1;
        }
        if lx.is_any(k, &["de", "d'"]) {
            k += 1;
        }
    } else if lx.is_any(k, &["le", "au", "du", "ce"])
        && lx.is(k + 1, "mois")
        && lx.is_any(k + 2, &["de", "d'"])
    {
        k += 3;
    } else if lx.is(k, "mois") && lx.is_any(k + 1, &["de", "d'"]) {
        k += 2;
    } else if lx.is_any(k, &["cette", "cet", "ce"]) && month(lx.n(k + 1), en).is_some() {
        k += 1;
    }
    // "sept" alone is the number seven
    if let Some(m) = month(lx.n(k), en).filter(|_| !lx.is(k, "sept")) {
        let mut e = k + 1;
        if lx.is(e, ".") && !lx.gap(e) && lx.orig(k).len() <= 4 {
            e += 1;
        }
        if let Some((y, ye)) = year_at(lx, e, true) {
            let two = lx.n(e).len() == 2;
            // "novembre 23 de 1987": a day, then the year
            if two {
                let y4 = if lx.is_any(ye, &["de", ","]) {
                    ye + 1
                } else {
                    ye
                };
                if let (Some((y4v, y4e)), Ok(d)) = (
                    year_at(lx, y4, false).filter(|_| lx.n(y4).len() == 4),
                    lx.n(e).parse::<u32>(),
                ) {
                    if let Some(v) = NaiveDate::from_ymd_opt(y4v, m, d) {
                        return Some(hit(lead2, y4e, "DATE", Some(fmt_date(v)), false));
                    }
                }
            }
            if !two || lx.kind(ye) != Some(Kind::Word) || !counts_something(lx, ye) {
                return Some(hit(lead2, ye, "DATE", Some(fmt_month(y, m)), false));
            }
        }
        let mut end = e;
        let mut tense = None;
        if lx.is_any(end, &["dernier"]) {
            tense = Some(Tense::Past);
            end += 1;
        } else if lx.is_any(end, &["prochain"]) {
            tense = Some(Tense::Future);
            end += 1;
        }
        // a bare month name needs some evidence: "en mars", "mars dernier", "début mars"
        let prep = i >= 1
            && lx.is_any(
                i - 1,
                &[
                    "en", "depuis", "jusqu'en", "des", "in", "since", "d'ici", "fin", "debut", "mi",
                ],
            )
            // the end of a range of months: "de mars à mai", "entre août et octobre"
            || (i >= 3
                && lx.is_any(i - 1, &["a", "au", "et"])
                && month(lx.n(i - 2), en).is_some()
                && lx.is_any(i - 3, &["de", "entre", "d'"]));
        if k == i
            && tense.is_none()
            && !prep
            && !lx.orig(k).chars().next().is_some_and(|c| c.is_lowercase())
            // a full month name other than the common words "mars" and "mai"
            && !veille_text::french::month_number(lx.n(k)).is_some_and(|m| m != 3 && m != 5)
        {
            return None;
        }
        if k == i && tense.is_none() && lx.is_any(k, &["mars", "mai"]) && !prep {
            return None;
        }
        let this_year = k > i && lx.is_any(k - 1, &["cette", "cet", "ce"]) && !lx.is(k - 1, "de");
        let t = tense.unwrap_or_else(|| tense_near(lx, lead2, end));
        if this_year {
            if let Some(d) = dct {
                return Some(hit(lead2, end, "DATE", Some(fmt_month(d.year(), m)), true));
            }
        }
        let v = match dct {
            Some(d) => Some(fmt_month(pick_year_month(d, m, t), m)),
            None => Some(format!("XXXX-{m:02}")),
        };
        lead2 = i;
        return Some(hit(lead2, end, "DATE", v, dct.is_some()));
    }

    // seasons: cet été, l'été dernier, en hiver
    if let Some(h) = season_at(lx, i, dct) {
        return Some(h);
    }

    // years: "en 2016", "depuis 2011", "l'année 2001", "fin 2015", "les années 1990"
    if let Some(h) = year_expr(lx, i) {
        return Some(h);
    }

    // clock times: "21 h 45", "vers 18 h", "à 10 heures"
    {
        let mut a = i;
        let mut k = i;
        let mut prep = false;
        if lx.is_any(
            k,
            &[
                "vers", "a", "des", "jusqu'", "avant", "apres", "est", "sont", "entre",
            ],
        ) {
            prep = true;
            if lx.is(k, "jusqu'") && lx.is(k + 1, "a") {
                k += 1;
            }
            k += 1;
            // "à environ 13 heures"
            if lx.is_any(k, &["environ", "vers"]) {
                k += 1;
            }
        }
        if let Some(c) = clock(lx, k, prep) {
            let (h, m, e) = (c.h, c.m, c.end);
            if !lx.is(i, "vers") {
                a = k;
            }
            let base = anchor.map(fmt_date).unwrap_or_default();
            let mut e = e;
            let mut v = format!("{base}{}", c.fmt());
            if lx.is(e, "du") {
                if let Some((p, e2)) = part_at(lx, e + 1) {
                    if (p == "AF" || p == "EV") && h < 12 {
                        v = format!("{base}T{:02}:{m:02}", h + 12);
                    }
                    e = e2;
                }
            }
            return Some(hit(a, e, "TIME", Some(v), anchor.is_some()));
        }
    }

    // durations: "quatre ans", "24 heures", "environ deux mois", "plusieurs jours", "un quart de siècle"
    if let Some(h) = duration_at(lx, i, en) {
        return Some(h);
    }
    let _ = w;
    None
}

/// Adds a part of day after a date: "le 12 décembre au soir", "mardi soir", "hier après-midi".
fn with_part(lx: &Lexed, e: usize, v: Option<String>) -> (usize, Option<String>) {
    let mut k = e;
    if lx.is_any(k, &["au", "dans", "en", "le", "du", "a"]) {
        k += 1;
        if lx.is_any(k, &["la", "le", "l'"]) {
            k += 1;
        }
    }
    if let Some((p, e2)) = part_at(lx, k) {
        if p == "DT" && k == e {
            return (e, v);
        }
        return (e2, v.map(|v| format!("{v}T{p}")));
    }
    (e, v)
}

fn shift(d: NaiveDate, unit: &str, n: f64) -> Option<String> {
    let n_i = n as i64;
    Some(match unit {
        "day" => fmt_date(d + Duration::days(n_i)),
        "week" => fmt_date(d + Duration::days(7 * n_i)),
        "month" => {
            let (y, m) = add_months(d.year(), d.month(), n_i as i32);
            fmt_month(y, m)
        }
        "year" => format!("{:04}", d.year() as i64 + n_i),
        "hour" | "minute" | "second" => fmt_date(d),
        _ => return None,
    })
}

/// An amount followed by a time unit: (value or vague, unit, end).
fn amount_unit(lx: &Lexed, i: usize, en: bool) -> Option<(Option<f64>, &'static str, usize)> {
    if lx.is_any(i, &["quelques", "plusieurs", "des", "several", "few", "a"]) {
        let mut k = i + 1;
        if lx.is(i, "a") && lx.is(k, "few") {
            k += 1;
        }
        let u = time_unit(lx.n(k))?;
        return Some((None, u, k + 1));
    }
    let q = quant(lx, i, en)?;
    // "deux week-ends"
    if let Some(e) = lx
        .seq(q.b, &["week", "-", "ends"])
        .or_else(|| lx.seq(q.b, &["week", "-", "end"]))
    {
        return Some((q.value, "weekend", e));
    }
    let u = time_unit(lx.n(q.b))?;
    Some((q.value, u, q.b + 1))
}

fn relative_period(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    // (determiners, unit word, modifier)
    let (unit, e, dir): (&str, usize, i32) = {
        let mut k = i;
        let mut dir_pre: Option<i32> = None;
        if lx.is_any(k, &["la", "le", "l'"]) {
            k += 1;
        } else if lx.is_any(k, &["cette", "ce", "cet", "this"]) {
            dir_pre = Some(0);
            k += 1;
        } else if lx.is_any(k, &["last", "next"]) {
            dir_pre = Some(if lx.is(k, "last") { -1 } else { 1 });
            k += 1;
        } else {
            return None;
        }
        // "l'année dernière", "la semaine prochaine", "le mois précédent"
        if lx.is_any(k, &["derniere", "dernier", "prochaine", "prochain"]) && dir_pre.is_none() {
            // "la dernière semaine": a duration-ish; treat like "la semaine dernière"
            let d = if lx.n(k).starts_with("dern") { -1 } else { 1 };
            let u = match lx.n(k + 1) {
                "semaine" => "week",
                "annee" | "an" => "year",
                "mois" => "month",
                _ => return None,
            };
            (u, k + 2, d)
        } else {
            if let Some(e) = lx
                .seq(k, &["week", "-", "end"])
                .or_else(|| lx.seq(k, &["weekend"]))
            {
                if dir_pre == Some(0) {
                    let v = dct.map(|d| format!("{}-WE", fmt_week(d)));
                    return Some(hit(i, e, "DATE", v, true));
                }
                // "le week-end", "le week-end dernier", "le week-end prochain"
                if lx.is(i, "le") && !lx.is_any(e, &["de", "du", "d'", "des", "-"]) {
                    let (delta, e2) = if lx.is_any(e, &["dernier", "passe", "precedent"]) {
                        (-7, e + 1)
                    } else if lx.is_any(e, &["prochain", "suivant"]) {
                        (7, e + 1)
                    } else {
                        (0, e)
                    };
                    let v = dct.map(|d| format!("{}-WE", fmt_week(d + Duration::days(delta))));
                    return Some(hit(i, e2, "DATE", v, true));
                }
                return None;
            }
            // "ce mois d'août" is August
            if lx.is(k, "mois")
                && lx.is_any(k + 1, &["de", "d'"])
                && month(lx.n(k + 2), false).is_some()
            {
                return None;
            }
            let u = match lx.n(k) {
                "semaine" | "week" => "week",
                "annee" | "an" | "year" => "year",
                "mois" | "month" => "month",
                _ => {
                    // ce week-end
                    if dir_pre == Some(0) && lx.seq(k, &["week", "-", "end"]).is_some() {
                        let e = lx.seq(k, &["week", "-", "end"]).unwrap_or(k + 1);
                        let v = dct.map(|d| format!("{}-WE", fmt_week(d)));
                        return Some(hit(i, e, "DATE", v, true));
                    }
                    return None;
                }
            };
            let mut e = k + 1;
            let d = match dir_pre {
                Some(d) => {
                    if d == 0 && lx.is(e, "-") && lx.is(e + 1, "ci") {
                        e += 2;
                    }
                    d
                }
                None => {
                    if lx.is_any(
                        e,
                        &[
                            "derniere",
                            "dernier",
                            "passee",
                            "passe",
                            "precedente",
                            "precedent",
                        ],
                    ) {
                        e += 1;
                        -1
                    } else if lx.is_any(e, &["prochaine", "prochain", "suivante", "suivant"]) {
                        e += 1;
                        1
                    } else if lx.is(k, "annee") && year_at(lx, e, false).is_some() {
                        // l'année 2001
                        let (y, ye) = year_at(lx, e, false)?;
                        return Some(hit(i, ye, "DATE", Some(format!("{y:04}")), false));
                    } else {
                        return None;
                    }
                }
            };
            (u, e, d)
        }
    };
    let v = dct.map(|d| match unit {
        "week" => fmt_week(d + Duration::days(7 * dir as i64)),
        "month" => {
            let (y, m) = add_months(d.year(), d.month(), dir);
            fmt_month(y, m)
        }
        _ => format!("{:04}", d.year() + dir),
    });
    Some(hit(i, e, "DATE", v, true))
}

fn season_at(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    let code = |w: &str| match w {
        "ete" => Some("SU"),
        "printemps" => Some("SP"),
        "automne" => Some("FA"),
        "hiver" => Some("WI"),
        _ => None,
    };
    let mut k = i;
    let this = lx.is_any(k, &["cet", "ce", "cette"]);
    if lx.is_any(k, &["cet", "ce", "cette", "l'", "en", "le"]) {
        k += 1;
    } else {
        return None;
    }
    let c = code(lx.n(k))?;
    if lx.is(k, "ete") && lx.is(i, "en") {
        return None;
    }
    let mut e = k + 1;
    let mut dir = 0;
    if lx.is_any(e, &["dernier"]) {
        dir = -1;
        e += 1;
    } else if lx.is_any(e, &["prochain"]) {
        dir = 1;
        e += 1;
    }
    if let Some((y, ye)) = year_at(lx, e, false) {
        return Some(hit(i, ye, "DATE", Some(format!("{y:04}-{c}")), false));
    }
    let v = match dct {
        Some(d) if this || dir != 0 => Some(format!("{:04}-{c}", d.year() + dir)),
        _ => Some(format!("XXXX-{c}")),
    };
    let a = if lx.is(i, "en") { i + 1 } else { i };
    Some(hit(a, e, "DATE", v, this || dir != 0))
}

fn year_expr(lx: &Lexed, i: usize) -> Option<Hit> {
    // les années 1990 / les années 90
    if let Some(e) = lx.seq(i, &["les", "annees"]) {
        if lx.kind(e) == Some(Kind::Num) {
            let s = lx.n(e);
            if s.len() == 4 && s.ends_with('0') {
                return Some(hit(i, e + 1, "DATE", Some(s[..3].to_string()), false));
            }
            if s.len() == 2 && s.ends_with('0') {
                return Some(hit(i, e + 1, "DATE", Some(format!("19{}", &s[..1])), false));
            }
        }
    }
    let mut k = i;
    let mut a = i;
    if lx.is_any(k, &["debut", "fin", "mi", "courant"]) {
        k += 1;
        if lx.is(k, "-") {
            k += 1;
        }
    }
    let (y, e) = year_at(lx, k, false)?;
    if !(1800..=2200).contains(&y) {
        return None;
    }
    if lx.kind(e) == Some(Kind::Word) && !lx.gap(e) {
        return None;
    }
    // a count ("2000 personnes") is not a year
    let prev = if k >= 1 { lx.n(k - 1) } else { "" };
    let date_prep = matches!(
        prev,
        "en" | "depuis"
            | "des"
            | "de"
            | "d'"
            | "a"
            | "avant"
            | "apres"
            | "jusqu'en"
            | "annee"
            | "in"
            | "since"
            | "fin"
            | "debut"
            | "mi"
            | "courant"
            | "au"
            | "du"
            | "vers"
            | "before"
            | "after"
            | "until"
            | "by"
            | "from"
            | "et"
            | "ou"
            | "entre"
            | "-"
            | "("
            | "printemps"
            | "ete"
            | "automne"
            | "hiver"
    );
    if counts_something(lx, e) && !date_prep {
        return None;
    }
    if lx.is_any(e, &["%", "€", "$", "euros", "dollars", "personnes"]) {
        return None;
    }
    if k > i {
        a = i;
    }
    Some(hit(a, e, "DATE", Some(format!("{y:04}")), false))
}

fn numeric_date(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    let s0 = lx.n(i);
    let num = |k: usize| -> Option<u32> {
        if lx.kind(k)? != Kind::Num || lx.toks[k].grouped || lx.toks[k].decimal {
            return None;
        }
        lx.n(k).parse().ok()
    };
    let sep = |k: usize, c: &str| lx.is(k, c) && !lx.gap(k) && !lx.gap(k + 1);
    // 2016-12-13
    if s0.len() == 4 && sep(i + 1, "-") && sep(i + 3, "-") {
        let (y, m, d) = (num(i)?, num(i + 2)?, num(i + 4)?);
        let v = NaiveDate::from_ymd_opt(y as i32, m, d)?;
        return Some(hit(i, i + 5, "DATE", Some(fmt_date(v)), false));
    }
    // "18 08 1978", "2 4 2009": day, month and a four-digit year separated by spaces
    if s0.len() <= 2 && lx.gap(i + 1) && lx.gap(i + 2) && lx.n(i + 1).len() <= 2 {
        if let (Some(d), Some(m), Some(y)) = (num(i), num(i + 1), num(i + 2)) {
            if lx.n(i + 2).len() == 4 && (1..=31).contains(&d) && (1..=12).contains(&m) {
                if let Some(v) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                    return Some(hit(i, i + 3, "DATE", Some(fmt_date(v)), false));
                }
            }
        }
    }
    // 23.04.2022, 15.05.99: "23.04" lexed as one decimal number
    if lx.toks[i].decimal && sep(i + 1, ".") {
        if let Some((d, m)) = lx.orig(i).split_once(['.', ',']) {
            let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
            let ys = lx.n(i + 2);
            if let (Some(y), true) = (num(i + 2), ys.len() == 2 || ys.len() == 4) {
                let y = match ys.len() {
                    2 if y < 50 => 2000 + y,
                    2 => 1900 + y,
                    _ => y,
                };
                if let Some(v) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                    return Some(hit(i, i + 3, "DATE", Some(fmt_date(v)), false));
                }
            }
        }
    }
    // 10-1-2018: day, month and a four-digit year joined by hyphens
    if s0.len() <= 2 && sep(i + 1, "-") && sep(i + 3, "-") && lx.n(i + 4).len() == 4 {
        if let (Some(d), Some(m), Some(y)) = (num(i), num(i + 2), num(i + 4)) {
            if (1..=31).contains(&d) && (1..=12).contains(&m) && lx.n(i + 2).len() <= 2 {
                let v = NaiveDate::from_ymd_opt(y as i32, m, d)
                    .map(fmt_date)
                    .unwrap_or_else(|| format!("{y:04}-{m:02}-{d:02}"));
                return Some(hit(i, i + 5, "DATE", Some(v), false));
            }
        }
    }
    // 13/12/2016, 13/12/16, 13/12
    for c in ["/", "."] {
        if s0.len() <= 2 && sep(i + 1, c) {
            let d = num(i)?;
            let m = num(i + 2)?;
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) || lx.n(i + 2).len() > 2 {
                return None;
            }
            if sep(i + 3, c) {
                if let Some(y) = num(i + 4) {
                    let ylen = lx.n(i + 4).len();
                    let y = if ylen == 2 {
                        if y < 50 {
                            2000 + y
                        } else {
                            1900 + y
                        }
                    } else {
                        y
                    };
                    if ylen == 2 || ylen == 4 {
                        let v = NaiveDate::from_ymd_opt(y as i32, m, d)
                            .map(fmt_date)
                            .unwrap_or_else(|| format!("{y:04}-{m:02}-{d:02}"));
                        return Some(hit(i, i + 5, "DATE", Some(v), false));
                    }
                }
                return None;
            }
            if c == "/" {
                let v = match dct {
                    Some(dct) => pick_year_day(dct, m, d, Tense::Unknown).map(fmt_date),
                    None => None,
                }
                .unwrap_or_else(|| format!("XXXX-{m:02}-{d:02}"));
                return Some(hit(i, i + 3, "DATE", Some(v), dct.is_some()));
            }
        }
    }
    None
}

fn duration_at(lx: &Lexed, i: usize, en: bool) -> Option<Hit> {
    let mut k = i;
    let mut a = i;
    if lx.is(k, "environ")
        || lx.is(k, "about")
        || (lx.is_any(k, &["les", "ces"]) && lx.kind(k + 1) == Some(Kind::Num))
    {
        k += 1;
    }
    // un quart de siècle, une demi-heure
    if let Some(e) = lx.seq(k, &["un", "quart", "de", "siecle"]) {
        return Some(hit(a, e, "DURATION", Some("P25Y".into()), false));
    }
    if let Some(e) = lx
        .seq(k, &["une", "demi", "-", "heure"])
        .or_else(|| lx.seq(k, &["une", "demi", "heure"]))
    {
        return Some(hit(a, e, "DURATION", Some("PT30M".into()), false));
    }
    if let Some(e) = lx
        .seq(k, &["un", "demi", "-", "siecle"])
        .or_else(|| lx.seq(k, &["un", "demi", "siecle"]))
    {
        return Some(hit(a, e, "DURATION", Some("P50Y".into()), false));
    }
    if lx.is_any(k, &["quelques", "plusieurs", "des"]) {
        let u = time_unit(lx.n(k + 1))?;
        if lx.is(k, "des") && !matches!(u, "year" | "month" | "week" | "day" | "hour" | "minute") {
            return None;
        }
        // "des jours" is too vague unless plural years/months/...
        if lx.is(k, "des")
            && !lx.is_any(
                k + 1,
                &["annees", "mois", "semaines", "decennies", "siecles"],
            )
        {
            return None;
        }
        return Some(hit(a, k + 2, "DURATION", duration_value(None, u), false));
    }
    let q = quant(lx, k, en)?;
    if q.ordinal {
        return None;
    }
    // "1.5h", "2,5 h"
    if lx.is(q.b, "h") && q.value.is_some_and(|v| v.fract() != 0.0) {
        return Some(hit(
            a,
            q.b + 1,
            "DURATION",
            duration_value(q.value, "hour"),
            false,
        ));
    }
    // "trois week-ends"
    if let Some(we) = lx
        .seq(q.b, &["week", "-", "ends"])
        .or_else(|| lx.seq(q.b, &["week", "-", "end"]))
    {
        return Some(hit(
            a,
            we,
            "DURATION",
            duration_value(q.value, "weekend"),
            false,
        ));
    }
    let u = time_unit(lx.n(q.b))?;
    if u == "second" && lx.is(q.b, "second") {
        return None;
    }
    if crate::numbers::is_age(lx, q.a, q.b + 1) {
        return None;
    }
    let mut e = q.b + 1;
    // "dix-huit mois", "30,4 secondes"; "un an et demi"
    let mut v = q.value;
    if lx.is(e, "et") && lx.is_any(e + 1, &["demi", "demie"]) {
        v = v.map(|x| x + 0.5);
        e += 2;
    } else if lx.seq(e, &["et", "un", "quart"]).is_some() {
        v = v.map(|x| x + 0.25);
        e += 3;
    }
    if lx.is(i, "les") && k > i {
        a = i;
    }
    Some(hit(a, e, "DURATION", duration_value(v, u), false))
}

/// Parses the publication date (`2016-12-13`, `2016-12-13T10:00:00Z`, `20161213`).
pub(crate) fn parse_dct(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(s.get(..8).unwrap_or(s), "%Y%m%d").ok())
        .or_else(|| NaiveDate::parse_from_str(head, "%d/%m/%Y").ok())
}
