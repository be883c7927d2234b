//! Composition of temporal atoms into larger expressions, by a few general rules over the
//! sequence of atoms and the words that link them:
//! - ranges: `(entre|de|du) A (et|à|au|-) B`, where a bare number takes the type of its
//!   partner ("entre 10 et 11h30", "du 4 au 23 mai", "de 5 à 7 aujourd'hui");
//! - clock time + date / part of day / set ("8 h ce matin", "dix heures mercredi matin",
//!   "dans l'après-midi à 7 heures", "chaque lundi à 16 h");
//! - offsets from a date ("deux jours après aujourd'hui", "trois semaines à compter de demain").

use super::{fmt_date, hit, Ctx, Hit};
use crate::lex::{Kind, Lexed};
use chrono::{Duration, NaiveDate};

/// The clock (hour, minute) of a value `…Thh:mm[:ss]`.
fn clock_of(v: &str) -> Option<(u32, u32)> {
    let t = &v[v.find('T')? + 1..];
    let b = t.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    Some((t.get(..2)?.parse().ok()?, t.get(3..5)?.parse().ok()?))
}

/// The part of day (`MO`, `AF`, `EV`, `NI`) of a value `…TEV`.
fn part_of(v: &str) -> Option<&str> {
    let t = &v[v.find('T')? + 1..];
    matches!(t, "MO" | "AF" | "EV" | "NI").then_some(t)
}

/// The date part of a value: `2016-11-07`, `XXXX-12-24`, `XXXX-WXX-2`; "" when none.
fn date_of(v: &str) -> &str {
    let d = v.split('T').next().unwrap_or("");
    let b = d.as_bytes();
    let full = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    if full || (d.starts_with("XXXX-WXX-") && d.len() == 10) {
        d
    } else {
        ""
    }
}

/// A unit that reads as a clock hour: a TIME with a clock, or "16 heures" read as a duration.
fn clock_like(lx: &Lexed, h: &Hit) -> Option<(u32, u32)> {
    let v = h.value.as_deref()?;
    if h.timex_type == "TIME" {
        return clock_of(v);
    }
    if h.timex_type == "DURATION" {
        let n: u32 = v.strip_prefix("PT")?.strip_suffix('H')?.parse().ok()?;
        let after_for = h.a >= 1
            && lx.is_any(
                h.a - 1,
                &[
                    "pendant", "durant", "pour", "depuis", "en", "les", "des", "dans",
                ],
            );
        if n <= 24
            && !after_for
            && !lx.is_any(h.a, &["une", "un"])
            && lx.is_any(h.b - 1, &["heures", "heure"])
        {
            return Some((n, 0));
        }
    }
    None
}

/// The hour of a clock time said with a part of day ("7 heures" in the afternoon = 19 h).
fn with_part_hour(h: u32, part: &str) -> u32 {
    match part {
        "AF" | "EV" if (1..12).contains(&h) => h + 12,
        "NI" if (6..12).contains(&h) => h + 12,
        _ => h,
    }
}

fn fmt_clock(date: &str, h: u32, m: u32) -> String {
    format!("{date}T{h:02}:{m:02}")
}

/// The words between two atoms.
fn between<'a>(lx: &'a Lexed, a: &Hit, b: &Hit) -> Vec<&'a str> {
    (a.b..b.a).map(|k| lx.n(k)).collect()
}

/// Words between a duration and the date it counts from ("trois semaines à compter de demain").
const COUNTED_FROM: &[&[&str]] = &[
    &["a", "compter", "de"],
    &["a", "partir", "de"],
    &["a", "compter", "d'"],
    &["a", "partir", "d'"],
    &["a", "compter"],
    &["a", "partir"],
    &["apres"],
];

fn links(bt: &[&str], allowed: &[&[&str]]) -> bool {
    allowed.contains(&bt)
}

/// The weekday named inside an atom ("le mardi", "mercredi soir"), if it is short.
fn weekday_in(lx: &Lexed, h: &Hit) -> Option<u32> {
    if h.b - h.a > 4 {
        return None;
    }
    (h.a..h.b).find_map(|k| super::weekday(lx.n(k)))
}

/// An ISO week value `2018-W27` → its Monday.
fn week_monday(v: &str) -> Option<NaiveDate> {
    let (y, w) = v.split_once("-W")?;
    NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, chrono::Weekday::Mon)
}

fn is_year_value(v: &str) -> bool {
    v.len() == 4 && v.bytes().all(|c| c.is_ascii_digit())
}

/// Whether an atom's year was written (not guessed from the reference date, not open).
fn explicit_year(h: &Hit) -> bool {
    !h.relative && h.value.as_deref().is_some_and(|v| !v.starts_with("XXXX"))
}

/// Replaces the year of a date or month value.
fn with_year(v: &str, y: i32) -> Option<String> {
    let b = v.as_bytes();
    if v.len() >= 7 && b[4] == b'-' && b[5].is_ascii_digit() {
        return Some(format!("{y:04}{}", &v[4..]));
    }
    None
}

/// Joins two neighbouring atoms into one when a rule applies.
fn merge(lx: &Lexed, a: &Hit, b: &Hit, ctx: &Ctx) -> Option<Hit> {
    let bt = between(lx, a, b);
    if bt.len() > 3 {
        return None;
    }
    let (av, bv) = (a.value.as_deref()?, b.value.as_deref()?);
    let rel = a.relative || b.relative;
    // a part of the day and its date: "la nuit du 4 mars", "le matin du 12 décembre"
    if let Some(p) = part_of(av) {
        let d = date_of(bv);
        if !d.is_empty() && clock_of(bv).is_none() && part_of(bv).is_none() && bt.is_empty() {
            return Some(hit(a.a, b.b, "TIME", Some(format!("{d}T{p}")), rel));
        }
    }
    // a duration and a smaller one: "une heure et 30 minutes", "2 ans et 3 mois"
    if a.timex_type == "DURATION" && b.timex_type == "DURATION" && links(&bt, &[&["et"]]) {
        let split = |v: &str| -> Option<(bool, f64, char)> {
            let t = v.strip_prefix("PT").map(|r| (true, r));
            let (time, r) = t.or_else(|| v.strip_prefix('P').map(|r| (false, r)))?;
            let u = r.chars().last()?;
            Some((time, r[..r.len() - 1].parse().ok()?, u))
        };
        if let (Some((ta, na, ua)), Some((tb, nb, ub))) = (split(av), split(bv)) {
            let rank = |t: bool, u: char| match (t, u) {
                (false, 'Y') => 0,
                (false, 'M') => 1,
                (false, 'W') => 2,
                (false, 'D') => 3,
                (true, 'H') => 4,
                (true, 'M') => 5,
                (true, 'S') => 6,
                _ => 9,
            };
            let (ra, rb) = (rank(ta, ua), rank(tb, ub));
            if ra < rb && rb < 9 && !(ra == 2 || rb == 2) {
                let f = |n: f64| super::fmt_num(n);
                let v = match (ta, tb) {
                    (true, true) => format!("PT{}{ua}{}{ub}", f(na), f(nb)),
                    (false, true) => format!("P{}{ua}T{}{ub}", f(na), f(nb)),
                    _ => format!("P{}{ua}{}{ub}", f(na), f(nb)),
                };
                return Some(hit(a.a, b.b, "DURATION", Some(v), false));
            }
        }
    }
    // a weekday and a week: "lundi de la semaine prochaine", "la semaine prochaine mercredi",
    // "mercredi soir la semaine prochaine"
    if a.timex_type != "SET" && b.timex_type == "DATE" {
        if let (Some(wd), Some(mon)) = (weekday_in(lx, a), week_monday(bv)) {
            if links(&bt, &[&[], &["de"], &[","]]) && b.b - b.a <= 4 {
                let d = fmt_date(mon + Duration::days(wd as i64 - 1));
                let suffix = av.find('T').map_or("", |t| &av[t..]);
                let t = if suffix.is_empty() { "DATE" } else { "TIME" };
                return Some(hit(a.a, b.b, t, Some(format!("{d}{suffix}")), true));
            }
        }
    }
    if a.timex_type == "DATE" && b.timex_type != "SET" {
        if let (Some(mon), Some(wd)) = (week_monday(av), weekday_in(lx, b)) {
            if links(&bt, &[&[], &[","], &["-"]]) {
                let d = fmt_date(mon + Duration::days(wd as i64 - 1));
                let suffix = bv.find('T').map_or("", |t| &bv[t..]);
                let t = if suffix.is_empty() { "DATE" } else { "TIME" };
                return Some(hit(a.a, b.b, t, Some(format!("{d}{suffix}")), true));
            }
        }
    }
    // a weekday before the date it names: "vendredi 07/06", "ce vendredi (15 juin)"
    if a.timex_type == "DATE"
        && weekday_in(lx, a).is_some()
        && !date_of(bv).is_empty()
        && !b.relative
        && !lx.is_any(b.a, &["au", "a", "du", "de", "jusqu'"])
        && links(&bt, &[&[], &["("], &[","]])
        && (b.timex_type == "DATE" || b.timex_type == "TIME")
    {
        let mut e = b.b;
        if bt == ["("] && lx.is(e, ")") {
            e += 1;
        }
        return Some(hit(a.a, e, b.timex_type, Some(bv.to_string()), b.relative));
    }
    // a date and its weekday in brackets: "22 mai (mardi)"
    if b.timex_type == "DATE"
        && weekday_in(lx, b).is_some()
        && !date_of(av).is_empty()
        && bt == ["("]
        && lx.is(b.b, ")")
    {
        return Some(hit(
            a.a,
            b.b + 1,
            a.timex_type,
            Some(av.to_string()),
            a.relative,
        ));
    }
    // a month or day and its year: "décembre, 2018", "décembre/2018", "26 octobre 15:50 2016"
    if is_year_value(bv)
        && !explicit_year(a)
        && (links(&bt, &[&[","], &["/"], &["-"], &["de"]]) && a.timex_type == "DATE"
            || bt.is_empty() && a.timex_type == "TIME" && av.starts_with("XXXX-"))
    {
        if let Some(v) = with_year(av, bv.parse().ok()?) {
            return Some(hit(a.a, b.b, a.timex_type, Some(v), false));
        }
    }
    // a date and the first point of a clock range: "lundi matin de 10 h à 12 h",
    // "le 01/01/2015 entre 10 et 11h30"
    if b.end.is_some() && b.timex_type == "TIME" {
        if let Some((h, m)) = clock_of(bv) {
            let date = date_of(av);
            let part = part_of(av);
            if (!date.is_empty() || part.is_some())
                && clock_of(av).is_none()
                && links(&bt, &[&["de"], &["entre"]])
            {
                let h = part.map_or(h, |p| with_part_hour(h, p));
                let mut m2 = hit(a.a, b.b, "TIME", Some(fmt_clock(date, h, m)), rel);
                m2.end = b.end.clone();
                return Some(m2);
            }
        }
    }
    // "deux jours avant hier" (not the day before yesterday), "3 jours après demain"
    if a.timex_type == "DURATION"
        && bt.is_empty()
        && lx.is_any(b.a, &["avant", "apres"])
        && (lx.is_any(b.a + 1, &["hier", "demain"]) || lx.is_any(b.a + 2, &["hier", "demain"]))
    {
        let d = NaiveDate::parse_from_str(date_of(bv), "%Y-%m-%d").ok()?;
        let (n, unit) = parse_duration(av)?;
        let (base, sign) = if lx.is(b.a, "avant") {
            (d + Duration::days(1), -1.0)
        } else {
            (d - Duration::days(1), 1.0)
        };
        let v = super::shift(base, unit, sign * n)?;
        return Some(hit(a.a, b.b, "DATE", Some(v), true));
    }
    // "dans trois semaines à compter de demain"
    if lx.is(a.a, "dans") && a.timex_type == "DATE" && links(&bt, COUNTED_FROM) {
        let d = NaiveDate::parse_from_str(date_of(bv), "%Y-%m-%d").ok()?;
        let (n, unit, _) = super::amount_unit(lx, a.a + 1, ctx.english)?;
        let v = shift_day(d, unit, n?)?;
        return Some(hit(a.a, b.b, "DATE", Some(v), true));
    }
    let ca = clock_like(lx, a);
    let cb = clock_like(lx, b);
    // a clock time with a date or a part of day after it: "8 h ce matin", "8 h 20 dans la
    // soirée", "dix heures mercredi matin", "3 h le 01/01/2015"
    if let Some((h, m)) = ca {
        if b.timex_type == "TIME" || b.timex_type == "DATE" {
            let part = part_of(bv);
            let date = date_of(bv);
            let ok = (part.is_some() || !date.is_empty()) && clock_of(bv).is_none();
            if ok
                && links(
                    &bt,
                    &[
                        &[],
                        &["le"],
                        &[","],
                        &["dans"],
                        &["du"],
                        &["de"],
                        &["ce"],
                        &["en"],
                    ],
                )
            {
                let h = part.map_or(h, |p| with_part_hour(h, p));
                return Some(hit(a.a, b.b, "TIME", Some(fmt_clock(date, h, m)), rel));
            }
        }
        // "16 heures chaque lundi", "15 heures tous les jours"
        if b.timex_type == "SET" && bt.is_empty() {
            return set_at(a.a, b.b, bv, h, m);
        }
    }
    if let Some((h, m)) = cb {
        // "le matin à 7 heures", "mercredi matin à 10 h", "demain à 8 h", "lundi 10:00"
        if a.timex_type == "TIME" || a.timex_type == "DATE" {
            let part = part_of(av);
            let date = date_of(av);
            let ok = (part.is_some() || !date.is_empty()) && clock_of(av).is_none();
            // TimeBank keeps "hier, vers 18 h" and "ce soir à 00 h 10" as two expressions
            let sep = lx.is(b.a, "vers")
                || (part.is_some() && !date.is_empty() && !bt.is_empty())
                || bt == [","];
            // "le 22 fév. à 3:30": the point of an abbreviated month
            let abbrev = bt == [".", "a"] && lx.orig(a.b - 1).len() <= 4;
            if ok
                && !sep
                && (abbrev || links(&bt, &[&[], &["a"], &["des"], &["avant"], &["apres"]]))
            {
                let h = part.map_or(h, |p| with_part_hour(h, p));
                return Some(hit(a.a, b.b, "TIME", Some(fmt_clock(date, h, m)), rel));
            }
        }
        // "chaque lundi à 16 h", "tous les jours à 15 h"
        if a.timex_type == "SET" && links(&bt, &[&["a"], &["vers"], &[]]) {
            return set_at(a.a, b.b, av, h, m);
        }
    }
    // an offset from a date: "deux jours après aujourd'hui", "3 jours avant hier",
    // "trois semaines à compter de demain"
    if a.timex_type == "DURATION" && b.timex_type == "DATE" {
        let sign = if links(&bt, COUNTED_FROM) || links(&bt, &[&["after"]]) {
            1
        } else if links(&bt, &[&["avant"], &["before"]]) {
            -1
        } else {
            return None;
        };
        let d = NaiveDate::parse_from_str(date_of(bv), "%Y-%m-%d").ok()?;
        let (n, unit) = parse_duration(av)?;
        let v = shift_day(d, unit, sign as f64 * n)?;
        return Some(hit(a.a, b.b, "DATE", Some(v), rel));
    }
    None
}

/// A day moved by an amount: "4 mois à partir de demain" is a day, not a month.
fn shift_day(d: NaiveDate, unit: &str, n: f64) -> Option<String> {
    if n.fract() != 0.0 || n.abs() > 10_000.0 {
        return None;
    }
    let k = n as i64;
    let months = |m: i64| -> Option<NaiveDate> {
        if m >= 0 {
            d.checked_add_months(chrono::Months::new(m as u32))
        } else {
            d.checked_sub_months(chrono::Months::new((-m) as u32))
        }
    };
    Some(fmt_date(match unit {
        "day" => d + Duration::days(k),
        "week" => d + Duration::days(7 * k),
        "month" => months(k)?,
        "year" => months(12 * k)?,
        _ => return None,
    }))
}

/// A set at a clock time: `XXXX-WXX-1T16:00` (each Monday), `T15:00` (each day).
fn set_at(a: usize, b: usize, set: &str, h: u32, m: u32) -> Option<Hit> {
    let v = if set.starts_with("XXXX-WXX-") && set.len() == 10 {
        fmt_clock(set, h, m)
    } else if set == "P1D" {
        fmt_clock("", h, m)
    } else {
        return None;
    };
    Some(hit(a, b, "SET", Some(v), false))
}

/// `P3D` → (3, "day"); `P2W` → (2, "week").
fn parse_duration(v: &str) -> Option<(f64, &'static str)> {
    let s = v.strip_prefix('P')?;
    if s.starts_with('T') {
        return None;
    }
    let unit = match s.as_bytes().last()? {
        b'D' => "day",
        b'W' => "week",
        b'M' => "month",
        b'Y' => "year",
        _ => return None,
    };
    Some((s[..s.len() - 1].parse().ok()?, unit))
}

const RANGE_LINKS: &[&str] = &["et", "a", "au", "-", "jusqu'au", "jusqu'a"];

/// The linker of a range ending just before unit `k` (the start of the second point):
/// returns its first unit.
fn linker_before(lx: &Lexed, k: usize) -> Option<usize> {
    // the second point may start with its linker: "du 18 au 19 novembre"
    if lx.is_any(k, &["au", "a"]) && k >= 1 {
        return Some(k);
    }
    let mut l = k.checked_sub(1)?;
    if lx.is_any(l, &["le", "l'"]) && l >= 1 {
        l -= 1;
    }
    if !lx.is_any(l, RANGE_LINKS) {
        return None;
    }
    if lx.is(l, "a") && l >= 1 && lx.is(l - 1, "jusqu'") {
        l -= 1;
    }
    Some(l)
}

/// A bare number (digits or words) ending exactly at `end`: (value, start).
fn bare_number_before(lx: &Lexed, end: usize, from: usize) -> Option<(u32, usize)> {
    for p in (from..end).rev().take(4) {
        match lx.kind(p) {
            Some(Kind::Num) if p + 1 == end => {
                let t = lx.toks[p];
                if t.grouped || t.decimal || lx.n(p).len() > 2 {
                    return None;
                }
                return Some((lx.n(p).parse().ok()?, p));
            }
            Some(Kind::Word) => {
                if let Some(w) = crate::words::parse_words(lx, p, false) {
                    if w.end == end && !w.ordinal && w.value.fract() == 0.0 && w.value < 60.0 {
                        return Some((w.value as u32, p));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn introduces_range(lx: &Lexed, k: usize) -> bool {
    lx.is_any(k, &["entre", "de", "du", "depuis", "des", "d'"])
}

/// Fills the bare first points of ranges ("entre 10 et 11h30", "du 4 au 23 mai") and the
/// bare pairs followed by a date ("de 5 à 7 aujourd'hui", "du 4 au 23 le mois prochain").
fn fill_ranges(lx: &Lexed, hits: &mut Vec<Hit>) {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len() + 2);
    for hj in hits.iter() {
        let b = hj.clone();
        let prev_end = out.last().map_or(0, |p: &Hit| p.b);
        let done = (|| {
            let l = linker_before(lx, b.a)?;
            if l <= prev_end {
                return None;
            }
            let mut nend = l;
            if lx.is_any(nend.checked_sub(1)?, &["h", "heures", "heure"]) {
                nend -= 1;
            }
            let bv0 = b.value.as_deref()?;
            // "de mai à septembre", "entre août et octobre 2020"
            if let Some(m) = nend
                .checked_sub(1)
                .filter(|k| *k >= prev_end)
                .and_then(|k| super::month(lx.n(k), false))
            {
                let p = nend - 1;
                let intro = p >= 1 && introduces_range(lx, p - 1);
                let bm = (bv0.len() == 7 && bv0.as_bytes()[4] == b'-') || bv0 == "PRESENT_REF";
                if intro && bm && !lx.is(p, "sept") {
                    let y = if bv0 == "PRESENT_REF" {
                        "XXXX"
                    } else {
                        &bv0[..4]
                    };
                    let v = format!("{y}-{m:02}");
                    return Some((hit(p, nend, "DATE", Some(v), b.relative), b.clone()));
                }
                return None;
            }
            let (n, p) = bare_number_before(lx, nend, prev_end)?;
            let mut s = p;
            if s >= 1 && lx.is(s - 1, "le") {
                s -= 1;
            }
            let intro = s >= 1 && introduces_range(lx, s - 1)
                // "5 à 6pm", "5 à sept du matin": the end says which half of the day
                || (lx.is(l, "a")
                    && (b.a..b.b).any(|k| lx.is_any(k, &["pm", "am", "matin", "soir", "midi"])));
            let bv = b.value.as_deref()?;
            // "le 18 et le 19 juin": a list, not a range
            let listed = lx.is(s, "le") && lx.is_any(l, &["et", "ou"]) && clock_of(bv).is_none();
            if !intro && !lx.is(l, "-") && !listed {
                return None;
            }
            if let Some((hb, _)) = clock_like(lx, &b) {
                if n > 24 {
                    return None;
                }
                let mut h = n;
                if hb >= 12 && h < 12 && h + 12 <= hb {
                    h += 12;
                }
                let date = date_of(bv);
                let mut b2 = b.clone();
                if b.timex_type == "DURATION" {
                    b2.timex_type = "TIME";
                    b2.value = Some(fmt_clock(date, hb, 0));
                }
                let a = hit(p, nend, "TIME", Some(fmt_clock(date, h, 0)), b.relative);
                return Some((a, b2));
            }
            let d = date_of(bv);
            if !d.is_empty() && clock_of(bv).is_none() && (1..=31).contains(&n) {
                let day: u32 = d[8..10].parse().ok()?;
                if n >= day {
                    return None;
                }
                let v = format!("{}-{n:02}", &d[..7]);
                return Some((hit(p, nend, "DATE", Some(v), b.relative), b.clone()));
            }
            None
        })();
        if let Some((a, b2)) = done {
            out.push(a);
            out.push(b2);
            continue;
        }
        // "de 5 à 7 aujourd'hui", "du 4 au 23 le mois prochain", "entre 3 et 5 le 01/01/2015"
        let pair = (|| {
            let bv = b.value.as_deref()?;
            let mut k = b.a;
            while k > prev_end && lx.is_any(k - 1, &["le", ",", "l'", "h", "heures"]) {
                k -= 1;
            }
            let (m, pm) = bare_number_before(lx, k, prev_end)?;
            let l = pm.checked_sub(1)?;
            if !lx.is_any(l, RANGE_LINKS) || l <= prev_end {
                return None;
            }
            let (n, pn) = bare_number_before(lx, l, prev_end)?;
            if !(lx.is(l, "-") || pn >= 1 && introduces_range(lx, pn - 1)) {
                return None;
            }
            let d = date_of(bv);
            let month = bv.len() == 7 && bv.as_bytes()[4] == b'-';
            if !d.is_empty() && clock_of(bv).is_none() {
                if n > 24 || m > 24 {
                    return None;
                }
                let (n, m) = match part_of(bv) {
                    Some(p) => (with_part_hour(n, p), with_part_hour(m, p)),
                    None => (n, m),
                };
                let m2 = if m < n && m < 12 { m + 12 } else { m };
                let a = hit(pn, l, "TIME", Some(fmt_clock(d, n, 0)), b.relative);
                let b2 = hit(pm, b.b, "TIME", Some(fmt_clock(d, m2, 0)), b.relative);
                return Some((a, b2));
            }
            if month && n < m && m <= 31 {
                let a = hit(pn, l, "DATE", Some(format!("{bv}-{n:02}")), b.relative);
                let b2 = hit(pm, b.b, "DATE", Some(format!("{bv}-{m:02}")), b.relative);
                return Some((a, b2));
            }
            None
        })();
        if let Some((a, b2)) = pair {
            out.push(a);
            out.push(b2);
            continue;
        }
        out.push(b);
    }
    *hits = out;
}

/// A day followed by a bare pair of hours: "lundi 3-8", "le 17 de 14 à 16", "lundi prochain
/// matin 6-8": two clock points of that day, the first one taking the day's span.
fn date_then_pair(lx: &Lexed, hits: &mut Vec<Hit>) {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len() + 1);
    for (j, h) in hits.iter().enumerate() {
        let next_a = hits.get(j + 1).map_or(lx.len(), |n| n.a);
        let made = (|| {
            let v = h.value.as_deref()?;
            let d = date_of(v);
            if d.is_empty() || clock_of(v).is_some() || h.timex_type == "SET" {
                return None;
            }
            let mut k = h.b;
            let intro = lx.is_any(k, &["de", "entre"]);
            if intro {
                k += 1;
            }
            let num = |k: usize| -> Option<u32> {
                if lx.kind(k)? != Kind::Num || lx.n(k).len() > 2 || lx.toks[k].decimal {
                    return None;
                }
                lx.n(k).parse().ok().filter(|v| *v <= 24)
            };
            let n = num(k)?;
            let l = k + 1;
            if !(lx.is(l, "-") || (intro && lx.is_any(l, &["a", "et"]))) {
                return None;
            }
            let m = num(l + 1)?;
            let mut e = l + 2;
            if lx.is_any(e, &["h", "heures"]) {
                e += 1;
            }
            if e > next_a || (lx.kind(e) == Some(Kind::Word) && !lx.is_any(e, &["ou", "et"])) {
                return None;
            }
            let (n, m) = match part_of(v) {
                Some(p) => (with_part_hour(n, p), with_part_hour(m, p)),
                None => (n, m),
            };
            let m = if m < n && m < 12 { m + 12 } else { m };
            let mut a = hit(h.a, k + 1, "TIME", Some(fmt_clock(d, n, 0)), h.relative);
            let b = hit(l + 1, e, "TIME", Some(fmt_clock(d, m, 0)), h.relative);
            a.end = b.value.clone();
            Some((a, b))
        })();
        match made {
            Some((a, b)) => {
                out.push(a);
                out.push(b);
            }
            None => out.push(h.clone()),
        }
    }
    *hits = out;
}

/// Two clock points of one range share their date and the afternoon: "de 10 h 30 à 3 h" is
/// 10:30–15:00; the first point records the end of the range.
fn link_ranges(lx: &Lexed, hits: &mut [Hit], dct: Option<NaiveDate>) {
    for j in 1..hits.len() {
        let (x, y) = hits.split_at_mut(j);
        let (a, b) = (&mut x[j - 1], &mut y[0]);
        let Some(l) = linker_before(lx, b.a) else {
            continue;
        };
        if l != a.b {
            continue;
        }
        let mut s = a.a;
        if s >= 1 && lx.is(s - 1, "le") {
            s -= 1;
        }
        // the introducer may be inside the first point: "le lendemain soir entre 10 h 30"
        let intro_inside = (a.a..a.b).any(|k| lx.is(k, "entre")) || introduces_range(lx, a.a);
        if !(lx.is(l, "-") || intro_inside || s >= 1 && introduces_range(lx, s - 1)) {
            continue;
        }
        // "de 2015 et 2016" is not a range: "et" goes with "entre"
        let intro_at = (a.a..a.b)
            .find(|k| lx.is(*k, "entre"))
            .unwrap_or(if intro_inside {
                a.a
            } else {
                s.saturating_sub(1)
            });
        if lx.is(l, "et") && !lx.is(intro_at, "entre") {
            continue;
        }
        // "entre janvier 2019 et maintenant": the present as the reference date
        let mut b_now = false;
        if let Some(d) = dct {
            for (k, p) in [&mut *a, &mut *b].into_iter().enumerate() {
                if p.value.as_deref() == Some("PRESENT_REF") {
                    p.value = Some(fmt_date(d));
                    b_now |= k == 1;
                }
            }
        }
        let (Some(av), Some(bv)) = (a.value.clone(), b.value.clone()) else {
            continue;
        };
        // "10/1-11/2/2017", "de novembre à février 2017": the start takes the year of the end
        if (explicit_year(b) || b_now)
            && !explicit_year(a)
            && clock_of(&av).is_none()
            && weekday_in(lx, a).is_none()
        {
            let yb: i32 = bv.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            if let (Some(x), true) = (with_year(&av, yb), yb > 0) {
                let later = x.get(4..) > bv.get(4..) && bv.len() >= 7;
                a.value = if later {
                    with_year(&av, yb - 1)
                } else {
                    Some(x)
                };
                a.relative = false;
            }
        }
        let av = a.value.clone().unwrap_or_default();
        // "du lundi prochain au vendredi": an end guessed before the start moves forward
        if b.relative && weekday_in(lx, b).is_some() && clock_of(&bv).is_none() {
            if let (Ok(da), Ok(db)) = (
                NaiveDate::parse_from_str(date_of(&av), "%Y-%m-%d"),
                NaiveDate::parse_from_str(&bv, "%Y-%m-%d"),
            ) {
                if db < da {
                    b.value = Some(fmt_date(db + Duration::days(7)));
                }
            }
        }
        let bv = b.value.clone().unwrap_or_default();
        if let (Some((ha, ma)), Some((hb, mb))) = (clock_of(&av), clock_of(&bv)) {
            let (da, db) = (date_of(&av), date_of(&bv));
            let date = if db.is_empty() { da } else { db };
            let hb = if hb < ha && hb < 12 { hb + 12 } else { hb };
            // "entre 5 h et 6 h de l'après-midi": both in the afternoon
            let pm_end = (b.a..b.b).any(|k| lx.is_any(k, &["pm", "apres", "soir"]));
            let am_start = (a.a..a.b).any(|k| lx.is_any(k, &["am", "matin"]));
            let ha = if pm_end && !am_start && ha < 12 && ha + 12 <= hb {
                ha + 12
            } else {
                ha
            };
            a.value = Some(fmt_clock(date, ha, ma));
            b.value = Some(fmt_clock(date, hb, mb));
        }
        a.end = b.value.clone();
    }
}

/// "30 minutes plus tard", "deux jours plus tôt": the reference time moved by a duration.
fn later(lx: &Lexed, h: Hit, ctx: &Ctx) -> Hit {
    let sign = if lx.seq(h.b, &["plus", "tard"]).is_some() {
        1
    } else if lx.seq(h.b, &["plus", "tot"]).is_some() {
        -1
    } else {
        return h;
    };
    if h.timex_type != "DURATION" {
        return h;
    }
    let Some(v) = h.value.as_deref() else {
        return h;
    };
    let secs = v.strip_prefix("PT").and_then(|t| {
        let (n, u) = t.split_at(t.len().checked_sub(1)?);
        let n: f64 = n.parse().ok()?;
        Some(
            n * match u {
                "H" => 3600.0,
                "M" => 60.0,
                "S" => 1.0,
                _ => return None,
            },
        )
    });
    let value = match (secs, ctx.now, parse_duration(v), ctx.dct) {
        (Some(s), Some(now), _, _) if s.abs() < 1e9 => Some(super::fmt_datetime(
            now + Duration::seconds(sign * s as i64),
        )),
        (None, _, Some((n, unit)), Some(d)) => shift_day(d, unit, sign as f64 * n),
        _ => None,
    };
    match value {
        Some(v) => {
            let t = if v.contains('T') { "TIME" } else { "DATE" };
            hit(h.a, h.b + 2, t, Some(v), true)
        }
        None => h,
    }
}

/// Bare hours next to a part of the day: "dans le matin à 7", "à 10, ce soir"; a bare range
/// of hours after "à": "à 16-17".
fn bare_hours(lx: &Lexed, hits: &mut Vec<Hit>) {
    let hour = |k: usize| -> Option<u32> {
        if lx.kind(k)? != Kind::Num || lx.n(k).len() > 2 || lx.toks[k].decimal {
            return None;
        }
        lx.n(k).parse().ok().filter(|v| *v <= 24)
    };
    let free = |k: usize| lx.kind(k) != Some(Kind::Word) || lx.is_any(k, &["et", "ou"]);
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for (j, h) in hits.iter().enumerate() {
        let next_a = hits.get(j + 1).map_or(lx.len(), |n| n.a);
        let prev_b = out.last().map_or(0, |p: &Hit| p.b);
        let v = h.value.as_deref().unwrap_or("");
        if let Some(p) = part_of(v) {
            // "le matin à 7"
            if lx.is(h.b, "a") && h.b + 2 <= next_a && free(h.b + 2) {
                if let Some(n) = hour(h.b + 1) {
                    let d = date_of(v);
                    let t = fmt_clock(d, with_part_hour(n, p), 0);
                    out.push(hit(h.a, h.b + 2, "TIME", Some(t), h.relative));
                    continue;
                }
            }
            // "à 10, ce soir"
            if h.a >= 3 && lx.is(h.a - 1, ",") && lx.is(h.a - 3, "a") && h.a - 3 >= prev_b {
                if let Some(n) = hour(h.a - 2) {
                    let d = date_of(v);
                    let t = fmt_clock(d, with_part_hour(n, p), 0);
                    out.push(hit(h.a - 2, h.b, "TIME", Some(t), h.relative));
                    continue;
                }
            }
        }
        out.push(h.clone());
    }
    // "à 16-17"
    let mut k = 0;
    let mut extra: Vec<Hit> = Vec::new();
    while k + 3 < lx.len() {
        if lx.is(k, "a") && lx.is(k + 2, "-") && !lx.gap(k + 2) && !lx.gap(k + 3) && free(k + 4) {
            if let (Some(n), Some(m)) = (hour(k + 1), hour(k + 3)) {
                let taken = out.iter().any(|h| h.a < k + 4 && k + 1 < h.b);
                if n < m && !taken {
                    let mut a = hit(k + 1, k + 2, "TIME", Some(fmt_clock("", n, 0)), false);
                    let b = hit(k + 3, k + 4, "TIME", Some(fmt_clock("", m, 0)), false);
                    a.end = b.value.clone();
                    extra.push(a);
                    extra.push(b);
                    k += 4;
                    continue;
                }
            }
        }
        k += 1;
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|h| h.a);
    }
    *hits = out;
}

/// Composes the atoms found by `find`.
pub(crate) fn compose(lx: &Lexed, hits: Vec<Hit>, ctx: &Ctx) -> Vec<Hit> {
    let mut hits = hits;
    fill_ranges(lx, &mut hits);
    link_ranges(lx, &mut hits, ctx.dct);
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        let mut h = later(lx, h, ctx);
        while let Some(prev) = out.last() {
            match merge(lx, prev, &h, ctx) {
                Some(m) => {
                    h = m;
                    out.pop();
                }
                None => break,
            }
        }
        out.push(h);
    }
    link_ranges(lx, &mut out, ctx.dct);
    date_then_pair(lx, &mut out);
    bare_hours(lx, &mut out);
    out
}

/// "les 3 prochains jours", "les 5 dernières années", "10 semaines précédentes", "les 5
/// minutes à venir": a duration anchored at the reference date.
pub(crate) fn anchored_duration(
    lx: &Lexed,
    i: usize,
    dct: Option<NaiveDate>,
    now: Option<chrono::NaiveDateTime>,
) -> Option<Hit> {
    // "dans l'heure", "dans l'heure qui vient", "l'heure prochaine": the coming hour
    if let Some(e) = lx.seq(i, &["dans", "l'", "heure"]).or_else(|| {
        lx.seq(i, &["l'", "heure"])
            .filter(|e| lx.is_any(*e, &["prochaine", "suivante"]))
    }) {
        let mut e = e;
        if lx.is_any(e, &["prochaine", "suivante"]) {
            e += 1;
        } else if let Some(e2) = lx.seq(e, &["qui", "vient"]) {
            e = e2;
        }
        let mut h = hit(i, e, "DURATION", Some("PT1H".into()), false);
        if let Some(t) = now {
            let f = |t: chrono::NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%S").to_string();
            h.begin = Some(f(t));
            h.end = Some(f(t + Duration::hours(1)));
            h.relative = true;
        }
        return Some(h);
    }
    let mut k = i;
    // "dans les 9 mois", "dans les 2 h": from the reference date on
    let within = lx.is(k, "dans") && lx.is(k + 1, "les");
    if within {
        k += 1;
    }
    if lx.is_any(k, &["les", "des", "ces", "the"]) {
        k += 1;
    }
    let q = crate::numbers::quant(lx, k, false)?;
    let n = q
        .value
        .filter(|v| v.fract() == 0.0 && *v > 0.0 && *v < 1000.0)?;
    let dir_word = |w: &str| -> Option<i32> {
        match w {
            "prochains" | "prochaines" | "suivants" | "suivantes" | "next" => Some(1),
            "derniers" | "dernieres" | "precedents" | "precedentes" | "passes" | "passees"
            | "last" | "past" => Some(-1),
            _ => None,
        }
    };
    let unit_of = |k: usize| {
        crate::numbers::time_unit(lx.n(k)).or_else(|| (within && lx.is(k, "h")).then_some("hour"))
    };
    let (unit, dir, e) = if within && unit_of(q.b).is_some() && dir_word(lx.n(q.b + 1)).is_none() {
        (unit_of(q.b)?, 0, q.b + 1)
    } else if let Some(d) = dir_word(lx.n(q.b)) {
        let u = crate::numbers::time_unit(lx.n(q.b + 1))?;
        (u, d, q.b + 2)
    } else {
        let u = crate::numbers::time_unit(lx.n(q.b))?;
        if let Some(d) = dir_word(lx.n(q.b + 1)) {
            (u, d, q.b + 2)
        } else if let Some(e) = lx.seq(q.b + 1, &["a", "venir"]) {
            (u, 1, e)
        } else {
            return None;
        }
    };
    let value = super::duration_value(Some(n), unit)?;
    let mut h = hit(i, e, "DURATION", Some(value), false);
    let secs = match unit {
        "hour" => 3600,
        "minute" => 60,
        "second" => 1,
        _ => 0,
    };
    if secs > 0 {
        if let Some(t) = now {
            let span = Duration::seconds(secs * n as i64);
            let (b, e) = if dir >= 0 {
                (t, t + span)
            } else {
                (t - span, t)
            };
            let f = |t: chrono::NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%S").to_string();
            h.begin = Some(f(b));
            h.end = Some(f(e));
            h.relative = true;
        }
        return Some(h);
    }
    if let Some(d) = dct {
        let add = |d: NaiveDate, k: i64| -> Option<NaiveDate> {
            Some(match unit {
                "day" => d + Duration::days(k),
                "week" => d + Duration::days(7 * k),
                "month" => {
                    if k >= 0 {
                        d.checked_add_months(chrono::Months::new(k as u32))?
                    } else {
                        d.checked_sub_months(chrono::Months::new((-k) as u32))?
                    }
                }
                "year" => {
                    if k >= 0 {
                        d.checked_add_months(chrono::Months::new(12 * k as u32))?
                    } else {
                        d.checked_sub_months(chrono::Months::new(12 * (-k) as u32))?
                    }
                }
                _ => return None,
            })
        };
        let n = n as i64;
        let (b, e) = if dir == 0 {
            (Some(d), add(d, n))
        } else if dir > 0 {
            let b = d + Duration::days(1);
            (Some(b), add(b, n))
        } else {
            (add(d, -n), Some(d))
        };
        if let (Some(b), Some(e)) = (b, e) {
            h.begin = Some(fmt_date(b));
            h.end = Some(fmt_date(e));
            h.relative = true;
        }
    }
    Some(h)
}
