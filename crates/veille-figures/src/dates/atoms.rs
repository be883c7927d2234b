//! More temporal atoms: dates written with separators and month names (`23/sep/2020`,
//! `2015-3`, `oct/2`), calendar periods (quarters, numbered weeks, centuries, decades), whole
//! units ("toute la journée"), a bare day of the month ("le 18."), and the day after or before
//! the last date mentioned ("le lendemain", "la veille").

use super::{fmt_date, hit, month, pick_year_day, Ctx, Hit, Tense};
use crate::lex::{Kind, Lexed};
use chrono::{Datelike, Duration, NaiveDate};

/// One component of a separated date.
#[derive(Clone, Copy)]
enum Comp {
    Num(u32, usize),
    Month(u32),
}

/// `23/sep/2020`, `sep-23-2020`, `2020/sep/23`, `oct/2`, `02/oct`, `2015-3`, `décembre/2018`.
fn sep_date(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    let comp = |k: usize| -> Option<Comp> {
        match lx.kind(k)? {
            Kind::Num => {
                let t = lx.toks[k];
                if t.grouped || t.decimal || lx.n(k).len() > 4 {
                    return None;
                }
                Some(Comp::Num(lx.n(k).parse().ok()?, lx.n(k).len()))
            }
            Kind::Word => month(lx.n(k), false)
                .or_else(|| month(lx.n(k), true))
                .map(Comp::Month),
            Kind::Punct => None,
        }
    };
    let first = comp(i)?;
    let sep = lx.n(i + 1);
    if !matches!(sep, "/" | "-" | ".") || lx.gap(i + 1) || lx.gap(i + 2) {
        return None;
    }
    let mut comps = vec![first];
    let mut k = i + 2;
    // an abbreviation point: "sep./2020" is not handled; "oct." ends the expression
    while comps.len() < 3 {
        let Some(c) = comp(k) else { break };
        comps.push(c);
        k += 1;
        if comps.len() < 3 && lx.is(k, sep) && !lx.gap(k) && !lx.gap(k + 1) && comp(k + 1).is_some()
        {
            k += 1;
        } else {
            break;
        }
    }
    if comps.len() < 2 {
        return None;
    }
    let months: Vec<u32> = comps
        .iter()
        .filter_map(|c| match c {
            Comp::Month(m) => Some(*m),
            _ => None,
        })
        .collect();
    let nums: Vec<(u32, usize)> = comps
        .iter()
        .filter_map(|c| match c {
            Comp::Num(v, l) => Some((*v, *l)),
            _ => None,
        })
        .collect();
    let (y, m, d) = match (months.as_slice(), nums.as_slice()) {
        // a month name and a day and/or a year
        ([m], [a]) => {
            if a.1 == 4 {
                (Some(a.0 as i32), *m, None)
            } else if (1..=31).contains(&a.0) {
                (None, *m, Some(a.0))
            } else {
                return None;
            }
        }
        ([m], [a, b]) => {
            let (yr, dy) = if a.1 == 4 {
                (a.0, b.0)
            } else if b.1 == 4 {
                (b.0, a.0)
            } else {
                return None;
            };
            if !(1..=31).contains(&dy) {
                return None;
            }
            (Some(yr as i32), *m, Some(dy))
        }
        ([], [a, b]) if comps.len() == 2 && b.1 == 4 && a.1 <= 2 && (1..=12).contains(&a.0) => {
            if sep != "-" && sep != "/" {
                return None;
            }
            (Some(b.0 as i32), a.0, None)
        }
        // numbers only: a year and a month ("2015-3"); day-month forms are numeric_date's
        ([], [a, b]) if comps.len() == 2 && a.1 == 4 && b.1 <= 2 && (1..=12).contains(&b.0) => {
            if sep != "-" && sep != "/" {
                return None;
            }
            (Some(a.0 as i32), b.0, None)
        }
        _ => return None,
    };
    let value = match (y, d) {
        (Some(y), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(fmt_date)?,
        (Some(y), None) => format!("{y:04}-{m:02}"),
        (None, Some(d)) => match dct {
            Some(dct) => pick_year_day(dct, m, d, Tense::Unknown).map(fmt_date)?,
            None => format!("XXXX-{m:02}-{d:02}"),
        },
        (None, None) => return None,
    };
    let relative = y.is_none() && dct.is_some();
    Some(hit(i, k, "DATE", Some(value), relative))
}

/// A century written `15ème`, `XXe`, `21e`: its number.
fn century_number(lx: &Lexed, k: usize) -> Option<(u32, usize)> {
    if lx.kind(k)? == Kind::Num {
        let n: u32 = lx.n(k).parse().ok()?;
        if lx.is_any(k + 1, &["eme", "e", "ieme"]) && !lx.gap(k + 1) && (1..=30).contains(&n) {
            return Some((n, k + 2));
        }
        return None;
    }
    let w = lx.n(k);
    if let Some(v) = crate::words::ordinal(w) {
        return Some((v as u32, k + 1));
    }
    let roman = w
        .strip_suffix("eme")
        .or_else(|| w.strip_suffix('e'))
        .unwrap_or("");
    if roman.is_empty() || !roman.bytes().all(|c| b"ivx".contains(&c)) {
        return None;
    }
    let val = |c: u8| match c {
        b'i' => 1,
        b'v' => 5,
        _ => 10,
    };
    let b = roman.as_bytes();
    let mut n: i32 = 0;
    for (j, c) in b.iter().enumerate() {
        let v = val(*c);
        if b.get(j + 1).is_some_and(|x| val(*x) > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    (1..=30).contains(&n).then_some((n as u32, k + 1))
}

/// Quarters, numbered weeks, centuries and decades.
fn period_at(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    let mut k = i;
    if lx.is_any(
        k,
        &["le", "la", "l'", "au", "du", "ce", "cette", "les", "des"],
    ) {
        k += 1;
    }
    // "2017-trimestre1", "2019 trimestre3", "trimestre3 2019", "trimestre1-2019", "q1 de 2017",
    // "1er trimestre 2013"
    let qnum = |k: usize| -> Option<(u32, usize)> {
        if lx.is_any(k, &["trimestre", "q"]) && lx.kind(k + 1) == Some(Kind::Num) && !lx.gap(k + 1)
        {
            let n: u32 = lx.n(k + 1).parse().ok()?;
            return (1..=4).contains(&n).then_some((n, k + 2));
        }
        if lx.kind(k) == Some(Kind::Num)
            && lx.is_any(k + 1, &["er", "e", "eme", "ieme"])
            && lx.is(k + 2, "trimestre")
        {
            let n: u32 = lx.n(k).parse().ok()?;
            return (1..=4).contains(&n).then_some((n, k + 3));
        }
        None
    };
    if let Some((y, ye)) = super::year_at(lx, k, false) {
        let q0 = if lx.is(ye, "-") && !lx.gap(ye) {
            ye + 1
        } else {
            ye
        };
        // halves: "2019 H2", "2019-S1"
        if lx.is_any(q0, &["h", "s"])
            && lx.is_any(q0 + 1, &["1", "2"])
            && !lx.gap(q0 + 1)
            && lx.orig(q0).chars().all(char::is_uppercase)
        {
            let v = format!("{y:04}-H{}", lx.n(q0 + 1));
            return Some(hit(i, q0 + 2, "DATE", Some(v), false));
        }
        if let Some((n, e)) = qnum(q0) {
            return Some(hit(i, e, "DATE", Some(format!("{y:04}-Q{n}")), false));
        }
    }
    if let Some((n, e)) = qnum(k) {
        let mut y0 = e;
        if lx.is_any(y0, &["-", "de"]) {
            y0 += 1;
        }
        if let Some((y, ye)) = super::year_at(lx, y0, false) {
            return Some(hit(i, ye, "DATE", Some(format!("{y:04}-Q{n}")), false));
        }
        if lx.is_any(k, &["trimestre", "q"]) {
            return Some(hit(i, e, "DATE", Some(format!("XXXX-Q{n}")), false));
        }
    }
    // ordinal weeks: "la première semaine de 2015", "la 3e semaine de 2018", "la dernière
    // semaine de 2016", "la première semaine" (of the current year)
    if lx.is_any(i, &["la", "l'"]) {
        let (n, e) = if lx.kind(k) == Some(Kind::Num) && lx.is_any(k + 1, &["e", "eme", "ieme"]) {
            (Some(lx.n(k).parse::<u32>().ok()?), k + 2)
        } else if lx.is(k, "derniere") {
            (None, k + 1)
        } else if let Some(v) = crate::words::ordinal(lx.n(k)) {
            (Some(v as u32), k + 1)
        } else {
            (Some(0), k)
        };
        if n != Some(0) && lx.is(e, "semaine") {
            let year = if lx.is_any(e + 1, &["de", "d'"]) {
                super::year_at(lx, e + 2, false).map(|(y, ye)| (y, ye, false))
            } else {
                None
            }
            .or_else(|| {
                let y = dct?.year();
                let of_month = lx.is_any(e + 1, &["de", "d'"]);
                (!of_month).then_some((y, e + 1, true))
            });
            if let Some((y, ye, rel)) = year {
                let w = match n {
                    Some(w) => w,
                    None => NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week(),
                };
                if (1..=53).contains(&w) {
                    return Some(hit(i, ye, "DATE", Some(format!("{y:04}-W{w:02}")), rel));
                }
            }
        }
    }
    // "fin d'année", "à la fin du mois", "début de la semaine", "fin de cette année": the
    // current period (TIMEX3 keeps the period; the part is a modifier)
    if lx.is_any(k, &["fin", "debut", "mi"]) && lx.is_any(k + 1, &["de", "du", "d'"]) {
        let mut u = k + 2;
        if lx.is_any(u, &["la", "l'", "cette", "ce", "cet"]) {
            u += 1;
        }
        let d = dct?;
        let v = match lx.n(u) {
            "annee" | "an" => format!("{:04}", d.year()),
            "mois" => format!("{:04}-{:02}", d.year(), d.month()),
            "semaine" => super::fmt_week(d),
            _ => return None,
        };
        if lx.is(u + 1, "-") || lx.is_any(u + 1, &["derniere", "dernier", "prochaine", "prochain"])
        {
            return None;
        }
        return Some(hit(i, u + 1, "DATE", Some(v), true));
    }
    // centuries: "15ème siècle", "le XXe siècle" → TIMEX3 "14", "19"
    if let Some((n, e)) = century_number(lx, k) {
        if lx.is(e, "siecle") {
            return Some(hit(i, e + 1, "DATE", Some(format!("{:02}", n - 1)), false));
        }
    }
    // decades: "les années quatre-vingt-dix", "1990s", "90s"
    if lx.is(k, "annees") && k > i {
        if let Some(w) = crate::words::parse_words(lx, k + 1, false) {
            let v = w.value as u32;
            if !w.ordinal
                && v.is_multiple_of(10)
                && (20..=90).contains(&v)
                && w.value.fract() == 0.0
            {
                return Some(hit(i, w.end, "DATE", Some(format!("19{}", v / 10)), false));
            }
        }
    }
    if lx.kind(i) == Some(Kind::Num) && lx.is(i + 1, "s") && !lx.gap(i + 1) {
        let s = lx.n(i);
        if s.len() == 4 && s.ends_with('0') {
            return Some(hit(i, i + 2, "DATE", Some(s[..3].to_string()), false));
        }
        if s.len() == 2 && s.ends_with('0') {
            return Some(hit(i, i + 2, "DATE", Some(format!("19{}", &s[..1])), false));
        }
    }
    // numbered weeks: "la semaine 31", "la première semaine" (of the current year)
    if lx.is(k, "semaine")
        && lx.kind(k + 1) == Some(Kind::Num)
        && (lx.gap(k + 2) || !lx.is_any(k + 2, &["h", ":"]))
    {
        let n: u32 = lx.n(k + 1).parse().ok()?;
        let y = dct?.year();
        if (1..=53).contains(&n) {
            return Some(hit(i, k + 2, "DATE", Some(format!("{y:04}-W{n:02}")), true));
        }
    }
    // quarters: "ce trimestre", "le dernier trimestre", "le trimestre prochain", "le premier
    // trimestre 2016", "le premier trimestre de l'année prochaine"
    let (ord, q) = if lx.is(k, "trimestre") {
        (None, k)
    } else if lx.is(k + 1, "trimestre") {
        (Some(lx.n(k)), k + 1)
    } else {
        return None;
    };
    let mut e = q + 1;
    let mut dir: Option<i32> = if lx.is_any(i, &["ce", "cette"]) {
        Some(0)
    } else {
        None
    };
    let mut nth: Option<u32> = None;
    match ord {
        Some("dernier" | "precedent") => dir = Some(-1),
        Some("prochain" | "suivant") => dir = Some(1),
        Some(w) => {
            nth = crate::words::ordinal(w)
                .map(|v| v as u32)
                .filter(|v| *v <= 4)
        }
        None => {}
    }
    if ord.is_some() && dir.is_none() && nth.is_none() {
        return None;
    }
    if nth.is_none() && dir.is_none() {
        if lx.is_any(e, &["precedent", "dernier"]) {
            dir = Some(-1);
            e += 1;
        } else if lx.is_any(e, &["prochain", "suivant"]) {
            dir = Some(1);
            e += 1;
        } else if let Some(e2) = lx.seq(e, &["a", "venir"]) {
            dir = Some(1);
            e = e2;
        } else if let Some(e2) = lx.seq(e, &["en", "cours"]) {
            dir = Some(0);
            e = e2;
        } else {
            return None;
        }
    }
    if let Some(n) = nth {
        // the year: written, "de l'année prochaine / dernière", or left open
        if let Some((y, ye)) = super::year_at(lx, e, false) {
            return Some(hit(i, ye, "DATE", Some(format!("{y:04}-Q{n}")), false));
        }
        let mut y: Option<i32> = None;
        let mut end = e;
        if lx.is_any(e, &["de", "d'"]) && lx.is_any(e + 1, &["l'", "la"]) && lx.is(e + 2, "annee") {
            let d = if lx.is_any(e + 3, &["prochaine", "suivante"]) {
                Some(1)
            } else if lx.is_any(e + 3, &["derniere", "precedente"]) {
                Some(-1)
            } else {
                None
            };
            end = e + 3 + usize::from(d.is_some());
            if let (Some(d), Some(dct)) = (d, dct) {
                y = Some(dct.year() + d);
            }
        }
        let v = match y {
            Some(y) => format!("{y:04}-Q{n}"),
            None => format!("XXXX-Q{n}"),
        };
        return Some(hit(i, end, "DATE", Some(v), y.is_some()));
    }
    let dct = dct?;
    let cur = (dct.month() as i32 - 1) / 3;
    let t = dct.year() * 4 + cur + dir.unwrap_or(0);
    let v = format!("{:04}-Q{}", t.div_euclid(4), t.rem_euclid(4) + 1);
    Some(hit(i, e, "DATE", Some(v), true))
}

/// "toute la journée", "tout le mois", "toute l'année", "toute la semaine".
fn whole_unit(lx: &Lexed, i: usize) -> Option<Hit> {
    if !lx.is_any(i, &["tout", "toute"]) || !lx.is_any(i + 1, &["le", "la", "l'"]) {
        return None;
    }
    let v = match lx.n(i + 2) {
        "jour" | "journee" => "P1D",
        "semaine" => "P1W",
        "mois" => "P1M",
        "annee" => "P1Y",
        "nuit" => "PT12H",
        _ => return None,
    };
    Some(hit(i, i + 3, "DURATION", Some(v.into()), false))
}

/// A bare day of the month at the end of a clause: "je reviendrai le 23.", "le 18 de 14 h à
/// 16 h" — this month, or open when there is no reference date.
fn bare_day(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    if !lx.is(i, "le") || lx.kind(i + 1) != Some(Kind::Num) {
        return None;
    }
    let t = lx.toks[i + 1];
    if t.grouped || t.decimal || lx.n(i + 1).len() > 2 {
        return None;
    }
    let d: u32 = lx.n(i + 1).parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let next_ok = i + 2 >= lx.len()
        || lx.is_any(i + 2, &[".", "?", "!"])
        || (lx.is_any(i + 2, &["de", "entre", "a", "vers", "pour"])
            && (lx.kind(i + 3) == Some(Kind::Num)
                || crate::words::parse_words(lx, i + 3, false).is_some()));
    if !next_ok {
        return None;
    }
    let v = match dct {
        Some(d0) => fmt_date(NaiveDate::from_ymd_opt(d0.year(), d0.month(), d)?),
        None => format!("XXXX-XX-{d:02}"),
    };
    Some(hit(i, i + 2, "DATE", Some(v), dct.is_some()))
}

/// "le lendemain", "la veille": the day after or before the last date mentioned.
fn next_day(lx: &Lexed, i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let (k, delta) = if lx.is(i, "lendemain") {
        (i, 1)
    } else if lx.is(i, "le") && lx.is(i + 1, "lendemain") {
        (i + 1, 1)
    } else if lx.is(i, "la") && lx.is(i + 1, "veille") && !lx.is_any(i + 2, &["de", "du", "d'"]) {
        (i + 1, -1)
    } else {
        return None;
    };
    let v = anchor.map(|d| fmt_date(d + Duration::days(delta)));
    // "le lendemain soir"
    let (e, v) = super::with_part(lx, k + 1, v);
    let t = if e > k + 1 { "TIME" } else { "DATE" };
    Some(hit(i, e, t, v, true))
}

/// Easter Sunday of a year (anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// Holidays: "Noël", "la veille de Noël", "le nouvel an", "le jour de l'an", "la
/// Saint-Sylvestre", "Pâques", "le lundi de Pâques", "la Toussaint", "la Saint-Valentin",
/// "la fête nationale", "la fête du travail", "la Saint-Patrick" (+ year, prochain, dernier).
fn holiday(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    if lx.is(i, "a") {
        return None;
    }
    let mut k = i;
    if lx.is_any(k, &["le", "la", "l'"]) {
        k += 1;
    }
    let mut dir = 0;
    if lx.is_any(k, &["prochain", "prochaine"]) {
        dir = 1;
        k += 1;
    } else if lx.is_any(k, &["dernier", "derniere"]) {
        dir = -1;
        k += 1;
    }
    // (month, day) or Easter with an offset in days
    let (fixed, easter_off, e): (Option<(u32, u32)>, i64, usize) = if lx.is(k, "noel") {
        (Some((12, 25)), 0, k + 1)
    } else if let Some(e) = lx.seq(k, &["veille", "de", "noel"]) {
        (Some((12, 24)), 0, e)
    } else if let Some(e) = lx
        .seq(k, &["nouvel", "an"])
        .or_else(|| lx.seq(k, &["jour", "de", "l'", "an"]))
    {
        (Some((1, 1)), 0, e)
    } else if let Some(e) = lx
        .seq(k, &["saint", "-", "sylvestre"])
        .or_else(|| lx.seq(k, &["saint", "sylvestre"]))
    {
        (Some((12, 31)), 0, e)
    } else if let Some(e) = lx
        .seq(k, &["saint", "-", "valentin"])
        .or_else(|| lx.seq(k, &["saint", "valentin"]))
    {
        (Some((2, 14)), 0, e)
    } else if let Some(e) = lx
        .seq(k, &["saint", "-", "patrick"])
        .or_else(|| lx.seq(k, &["saint", "patrick"]))
    {
        (Some((3, 17)), 0, e)
    } else if lx.is(k, "toussaint") {
        (Some((11, 1)), 0, k + 1)
    } else if let Some(e) = lx.seq(k, &["fete", "nationale"]) {
        (Some((7, 14)), 0, e)
    } else if let Some(e) = lx.seq(k, &["fete", "du", "travail"]) {
        (Some((5, 1)), 0, e)
    } else if let Some(e) = lx.seq(k, &["lundi", "de", "paques"]) {
        (None, 1, e)
    } else if lx.is(k, "paques") && lx.orig(k).starts_with('P') {
        (None, 0, k + 1)
    } else {
        return None;
    };
    let mut e = e;
    if lx.is_any(e, &["prochain", "prochaine", "suivant", "suivante"]) {
        dir = 1;
        e += 1;
    } else if lx.is_any(e, &["dernier", "derniere", "precedent", "precedente"]) {
        dir = -1;
        e += 1;
    }
    let on = |y: i32| -> Option<NaiveDate> {
        match fixed {
            Some((m, d)) => NaiveDate::from_ymd_opt(y, m, d),
            None => easter(y).map(|d| d + Duration::days(easter_off)),
        }
    };
    if let Some((y, ye)) = super::year_at(lx, e, false) {
        return Some(hit(i, ye, "DATE", on(y).map(fmt_date), false));
    }
    let v = match dct {
        Some(d0) => {
            let cands: Vec<NaiveDate> = (-1..=1).filter_map(|k| on(d0.year() + k)).collect();
            let tense = match dir {
                1 => Tense::Future,
                -1 => Tense::Past,
                _ => super::tense_near(lx, i, e),
            };
            let pick = match tense {
                Tense::Past => cands.iter().rev().find(|c| **c < d0),
                Tense::Future => cands.iter().find(|c| **c > d0),
                Tense::Unknown => cands.iter().find(|c| **c >= d0),
            };
            pick.copied().map(fmt_date)
        }
        None => fixed.map(|(m, d)| format!("XXXX-{m:02}-{d:02}")),
    };
    Some(hit(i, e, "DATE", v, dct.is_some()))
}

/// "le 15 du mois prochain", "le 31 du mois", "le vingt-sixième jour du mois".
fn day_of_month(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    if !lx.is_any(i, &["le", "du", "au"]) {
        return None;
    }
    let (d, mut e) = match lx.kind(i + 1)? {
        Kind::Num => (lx.n(i + 1).parse::<u32>().ok()?, i + 2),
        Kind::Word => {
            let w = crate::words::parse_words(lx, i + 1, false)?;
            if !w.ordinal || !lx.is(w.end, "jour") {
                return None;
            }
            (w.value as u32, w.end + 1)
        }
        Kind::Punct => return None,
    };
    if lx.is(e, "jour") {
        e += 1;
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    // "le 21 ce mois-ci"
    if lx.is_any(e, &["ce", "de"]) && lx.is(e + 1, "mois") {
        e += 2;
        if lx.is(e, "-") && lx.is(e + 1, "ci") {
            e += 2;
        }
        let d0 = dct?;
        let v = NaiveDate::from_ymd_opt(d0.year(), d0.month(), d).map(fmt_date);
        return Some(hit(i, e, "DATE", v, true));
    }
    if !lx.is(e, "du") || !lx.is(e + 1, "mois") {
        return None;
    }
    e += 2;
    let dir = if lx.is_any(e, &["prochain", "suivant"]) {
        e += 1;
        1
    } else if lx.is_any(e, &["dernier", "precedent"]) {
        e += 1;
        -1
    } else {
        0
    };
    let d0 = dct?;
    let (y, m) = super::add_months(d0.year(), d0.month(), dir);
    let v = NaiveDate::from_ymd_opt(y, m, d).map(fmt_date);
    Some(hit(i, e, "DATE", v, true))
}

/// "le 4e jour de juillet 1995", "le deuxième jour d'août", "le prochain 6 du mois d'avril".
fn nth_day_of(lx: &Lexed, i: usize, dct: Option<NaiveDate>) -> Option<Hit> {
    let mut k = i;
    if lx.is_any(k, &["le", "au", "du"]) {
        k += 1;
    }
    let mut tense = Tense::Unknown;
    if lx.is(k, "prochain") {
        tense = Tense::Future;
        k += 1;
    }
    let (d, e) = match lx.kind(k)? {
        Kind::Num if lx.is_any(k + 1, &["e", "eme", "ieme", "er"]) && lx.is(k + 2, "jour") => {
            (lx.n(k).parse::<u32>().ok()?, k + 3)
        }
        Kind::Num if tense == Tense::Future => (lx.n(k).parse::<u32>().ok()?, k + 1),
        Kind::Word => {
            let w = crate::words::parse_words(lx, k, false)?;
            if !w.ordinal || !lx.is(w.end, "jour") {
                return None;
            }
            (w.value as u32, w.end + 1)
        }
        _ => return None,
    };
    let mut e = e;
    if !lx.is_any(e, &["de", "d'", "du"]) {
        return None;
    }
    e += 1;
    if lx.is(e, "mois") && lx.is_any(e + 1, &["de", "d'"]) {
        e += 2;
    }
    let m = month(lx.n(e), false).filter(|_| !lx.is(e, "sept"))?;
    e += 1;
    let mut y0 = e;
    if lx.is_any(y0, &["de", ","]) {
        y0 += 1;
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    if let Some((y, ye)) = super::year_at(lx, y0, false) {
        let v = NaiveDate::from_ymd_opt(y, m, d).map(fmt_date)?;
        return Some(hit(i, ye, "DATE", Some(v), false));
    }
    let v = match dct {
        Some(d0) => pick_year_day(d0, m, d, tense).map(fmt_date)?,
        None => format!("XXXX-{m:02}-{d:02}"),
    };
    Some(hit(i, e, "DATE", Some(v), dct.is_some()))
}

/// A year in words after "en": "en deux mille vingt", "en mil neuf cent quatre-vingt-dix".
fn year_in_words(lx: &Lexed, i: usize) -> Option<Hit> {
    if !lx.is(i, "en") || lx.kind(i + 1) != Some(Kind::Word) {
        return None;
    }
    let w = crate::words::parse_words(lx, i + 1, false)?;
    let y = w.value;
    if w.ordinal || y.fract() != 0.0 || !(1900.0..=2100.0).contains(&y) {
        return None;
    }
    if lx.kind(w.end) == Some(Kind::Word) && super::counts_something(lx, w.end) {
        return None;
    }
    Some(hit(
        i + 1,
        w.end,
        "DATE",
        Some(format!("{:04}", y as i32)),
        false,
    ))
}

/// Tries the atoms of this module at unit `i`.
pub(crate) fn at(lx: &Lexed, i: usize, ctx: &Ctx, anchor: Option<NaiveDate>) -> Option<Hit> {
    sep_date(lx, i, ctx.dct)
        .or_else(|| holiday(lx, i, ctx.dct))
        .or_else(|| day_of_month(lx, i, ctx.dct))
        .or_else(|| nth_day_of(lx, i, ctx.dct))
        .or_else(|| year_in_words(lx, i))
        .or_else(|| period_at(lx, i, ctx.dct))
        .or_else(|| whole_unit(lx, i))
        .or_else(|| bare_day(lx, i, ctx.dct))
        .or_else(|| next_day(lx, i, anchor))
}
