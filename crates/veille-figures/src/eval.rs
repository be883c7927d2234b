//! Evaluations against peer test suites and gold corpora (they read files: not for the
//! pipeline). `recognizers` runs the Microsoft Recognizers-Text French specs; `timex` scores
//! TIMEX3 spans and values on the French TimeBank.

use crate::{extract, lex, numbers, Error};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use veille_core::metrics::Counts;

/// Which model a spec file exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecKind {
    Number,
    NumberRange,
    Percent,
    Currency,
    DateTime,
}

/// The spec files run by `veille eval recognizers`, relative to the shared directory.
pub const SPEC_FILES: &[(&str, SpecKind)] = &[
    (
        "data/eval/recognizers-text-specs-fr/Number/French/NumberModel.json",
        SpecKind::Number,
    ),
    (
        "data/eval/recognizers-text-specs-fr/Number/French/NumberRangeModel.json",
        SpecKind::NumberRange,
    ),
    (
        "data/eval/recognizers-text-specs-fr/Number/French/PercentModel.json",
        SpecKind::Percent,
    ),
    (
        "data/eval/recognizers-text-specs-fr/NumberWithUnit/French/CurrencyModel.json",
        SpecKind::Currency,
    ),
    (
        "data/eval/recognizers-text-specs-fr/DateTime/French/DateTimeModel.json",
        SpecKind::DateTime,
    ),
];

/// Pass rates of one spec file.
#[derive(Debug, Clone, Default)]
pub struct SpecReport {
    pub file: String,
    pub cases: usize,
    /// Cases counted for the value bar (DateTime: those with a resolution).
    pub scored: usize,
    pub strict_pass: usize,
    pub value_pass: usize,
    /// DateTime only: scored cases that carry a reference date, and how many of them pass.
    pub with_reference: usize,
    pub with_reference_pass: usize,
    /// DateTime only: scored cases without a reference date whose gold values were resolved
    /// against an unstated one, recovered from the English original (same gold timexes), and
    /// how many of them pass.
    pub recovered_reference: usize,
    pub recovered_reference_pass: usize,
    /// DateTime only: scored cases whose gold depends on an unstated reference date that
    /// could not be recovered, and how many pass.
    pub unstated_reference: usize,
    pub unstated_reference_pass: usize,
    /// Item level: gold results, and how many of them have a prediction with the same value.
    pub gold_items: usize,
    pub gold_items_found: usize,
    pub disagreements: BTreeMap<String, usize>,
    pub examples: Vec<String>,
}

fn read_json(path: &Path) -> Result<Value, Error> {
    let s = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    serde_json::from_str(s.trim_start_matches('\u{feff}')).map_err(|source| Error::Json {
        path: path.display().to_string(),
        source,
    })
}

fn parse_num(s: &str) -> Option<f64> {
    let s = s.trim().trim_end_matches('%');
    // "1234567,89", "0.08", "1E-12"
    let t: String = s.chars().map(|c| if c == ',' { '.' } else { c }).collect();
    t.parse::<f64>().ok()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// One extracted item: text and a comparable value.
#[derive(Debug, Clone)]
struct Item {
    text: String,
    value: String,
    /// DateTime gold only: the timex with its open parts filled from each resolved value
    /// (`XXXX-12-12` resolved to `2016-12-12` and `2017-12-12`, `XXXX-WXX-5` to two Fridays).
    alts: Vec<String>,
}

fn same_values(gold: &[Item], pred: &[Item], numeric: bool) -> bool {
    if gold.len() != pred.len() {
        return false;
    }
    let mut used = vec![false; pred.len()];
    'g: for g in gold {
        for (k, p) in pred.iter().enumerate() {
            if used[k] {
                continue;
            }
            let eq = if numeric {
                value_eq_num(&g.value, &p.value)
            } else {
                date_agrees(g, &p.value)
            };
            if eq {
                used[k] = true;
                continue 'g;
            }
        }
        return false;
    }
    true
}

fn value_eq_num(g: &str, p: &str) -> bool {
    if g.starts_with('(') || g.starts_with('[') {
        return range_eq(g, p);
    }
    match (parse_num(g), parse_num(p)) {
        (Some(a), Some(b)) => close(a, b),
        _ => g == p,
    }
}

/// Compares range endpoints, ignoring whether they are open or closed.
fn range_eq(g: &str, p: &str) -> bool {
    let ends = |s: &str| -> Option<(Option<f64>, Option<f64>)> {
        let inner = s.get(1..s.len().saturating_sub(1))?;
        let (a, b) = inner.split_once(',')?;
        Some((parse_num(a), parse_num(b)))
    };
    match (ends(g), ends(p)) {
        (Some((a1, b1)), Some((a2, b2))) => {
            let eq = |x: Option<f64>, y: Option<f64>| match (x, y) {
                (Some(x), Some(y)) => close(x, y),
                (None, None) => true,
                _ => false,
            };
            eq(a1, a2) && eq(b1, b2)
        }
        _ => false,
    }
}

/// Canonical TIMEX for comparison: `T17` = `T17:00`, `T09:00:00` = `T09:00`.
fn norm_timex(v: &str) -> String {
    let mut s = v.to_string();
    if let Some(t) = s.find('T') {
        let time = &s[t + 1..];
        let b = time.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_digit) {
            s.push_str(":00");
        } else if b.len() == 8 && time.ends_with(":00") && b[2] == b':' {
            s.truncate(s.len() - 3);
        }
    }
    s
}

/// Recognizers-Text writes a range ("de 17h à 18h", "du 12 au 22 janvier", "2014-2018") as one
/// interval timex `(start,end,duration)`; veille keeps two TimeML points. This adapter joins
/// two neighbouring points linked by "entre … et", "de … à", "du … au", "-" for the comparison.
/// A point whose layer item carries the `end` of a range is always joined to the next.
fn as_intervals(
    text: &str,
    items: &[(usize, usize, String)],
    has_end: &[bool],
) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut k = 0;
    while k < items.len() {
        if k + 1 < items.len() {
            let (a, b) = (&items[k], &items[k + 1]);
            let between = text.get(a.1..b.0).unwrap_or("").trim().to_lowercase();
            let b_text = text.get(b.0..b.1).unwrap_or("").to_lowercase();
            let before_a = text.get(..a.0).unwrap_or("").trim_end().to_lowercase();
            let listed = between.starts_with("et") && !before_a.ends_with("entre");
            let linked = has_end.get(k).copied().unwrap_or(false)
                || !listed
                    && matches!(
                        between.as_str(),
                        "et" | "à"
                            | "a"
                            | "au"
                            | "-"
                            | "~"
                            | "jusqu'à"
                            | "jusqu’à"
                            | "jusqu'au"
                            | "jusqu’au"
                            | "et le"
                            | "à le"
                    )
                || (between.is_empty() && (b_text.starts_with("au ") || b_text.starts_with("à ")));
            if linked {
                if let Some(v) = interval(&a.2, &b.2) {
                    let mut s = a.0;
                    let before = text.get(..a.0).unwrap_or("").trim_end().to_lowercase();
                    for w in ["entre", "de", "du", "depuis"] {
                        if before.ends_with(w)
                            && before[..before.len() - w.len()]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphabetic())
                        {
                            s = a.0 - (text[..a.0].len() - text[..a.0].trim_end().len()) - w.len();
                            break;
                        }
                    }
                    out.push((s, b.1, v));
                    k += 2;
                    continue;
                }
            }
        }
        out.push(items[k].clone());
        k += 1;
    }
    out
}

fn interval(a: &str, b: &str) -> Option<String> {
    use chrono::NaiveDate;
    // "de novembre à février 2017": the start takes the year of the end
    let fixed;
    let a = if a.starts_with("XXXX-") && !b.starts_with("XXXX") && b.len() >= 7 && a.len() >= 7 {
        let yb: i32 = b[..4].parse().ok()?;
        let (ma, mb): (u32, u32) = (a[5..7].parse().ok()?, b[5..7].parse().ok()?);
        let y = if ma <= mb { yb } else { yb - 1 };
        fixed = format!("{y:04}{}", &a[4..]);
        fixed.as_str()
    } else {
        a
    };
    // quarters start on their first month: "du 2017-T1 au 2018-T1"
    let quarter = |v: &str| -> Option<String> {
        let q: u32 = v
            .strip_prefix(v.get(..5)?)?
            .strip_prefix('Q')?
            .parse()
            .ok()?;
        Some(format!("{}-{:02}", &v[..4], 3 * (q.max(1) - 1) + 1))
    };
    if let (Some(qa), Some(qb)) = (quarter(a), quarter(b)) {
        return interval(&qa, &qb);
    }
    let is_year = |v: &str| v.len() == 4 && v.bytes().all(|c| c.is_ascii_digit());
    let is_month = |v: &str| v.len() == 7 && v.as_bytes()[4] == b'-';
    let is_date = |v: &str| {
        v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-' && !v.contains('W')
    };
    // "de 2014 au 2 mai 2018": a year or month end point starts on its first day
    let first_day = |v: &str| {
        if is_year(v) {
            format!("{v}-01-01")
        } else if is_month(v) {
            format!("{v}-01")
        } else {
            v.to_string()
        }
    };
    if is_date(a) != is_date(b) && (is_date(a) || is_date(b)) {
        let (fa, fb) = (first_day(a), first_day(b));
        if is_date(&fa) && is_date(&fb) {
            return interval(&fa, &fb);
        }
    }
    if is_year(a) && is_year(b) {
        let (x, y): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
        return (y > x).then(|| format!("({a}-01-01,{b}-01-01,P{}Y", y - x) + ")");
    }
    let ym = |v: &str| -> Option<(i32, i32)> {
        let y = if v.starts_with("XXXX") {
            2000
        } else {
            v[..4].parse().ok()?
        };
        Some((y, v[5..7].parse().ok()?))
    };
    if (is_month(a) || is_year(a)) && is_month(b) {
        let a2 = if is_year(a) {
            format!("{a}-01")
        } else {
            a.to_string()
        };
        let (y1, m1) = ym(&a2)?;
        let (y2, m2) = ym(b)?;
        let mut n = (y2 * 12 + m2) - (y1 * 12 + m1);
        if a2.starts_with("XXXX") && n <= 0 {
            n += 12;
        }
        return (n > 0).then(|| format!("({a2}-01,{b}-01,P{n}M)"));
    }
    if is_date(a) && is_date(b) {
        let d = |v: &str| NaiveDate::parse_from_str(&v.replace("XXXX", "2000"), "%Y-%m-%d").ok();
        let (x, y) = (d(a)?, d(b)?);
        let mut n = (y - x).num_days();
        if a.starts_with("XXXX") && n < 0 {
            n += 365;
        }
        return (n > 0).then(|| format!("({a},{b},P{n}D)"));
    }
    // clock times, with the date of either side
    let (ta, tb) = (a.find('T')?, b.find('T')?);
    let (da, db) = (&a[..ta], &b[..tb]);
    let date = if !db.is_empty() { db } else { da };
    let hm = |t: &str| -> Option<i32> {
        let t = &t[1..];
        let h: i32 = t.get(..2)?.parse().ok()?;
        let m: i32 = t.get(3..5).and_then(|x| x.parse().ok()).unwrap_or(0);
        Some(h * 60 + m)
    };
    let (x, y) = (hm(&a[ta..])?, hm(&b[tb..])?);
    let n = y - x;
    if n <= 0 {
        return None;
    }
    let dur = if n % 60 == 0 {
        format!("PT{}H", n / 60)
    } else if n > 60 {
        format!("PT{}H{}M", n / 60, n % 60)
    } else {
        format!("PT{n}M")
    };
    Some(format!("({date}{},{date}{},{dur})", &a[ta..], &b[tb..]))
}

/// Whether our value agrees with a Recognizers-Text timex, modulo conventions that do not
/// change the meaning: `T17` = `T17:00`; a clock time they give without a date (`T16`)
/// accepts our `2019-08-12T16:00` (we anchor clock times to the reference date); a season
/// without a year (`SU`) accepts our `2016-SU`; a vague amount they fill in (`PT3H` for
/// "quelques heures") accepts our `PTXH`; intervals `(start,end,duration)` agree when both
/// ends agree (the duration follows from them). Open parts (`XXXX-12-12`, `XXXX-WXX-5`) are
/// compared through the resolved values of the gold (see `date_agrees`), never as wildcards.
pub fn timex_match(gold: &str, ours: &str) -> bool {
    // a calendar period (`2016`, `2016-12`, `2019-Q3`, `199`, `14`) is an interval for them
    if gold.starts_with('(') && !ours.starts_with('(') {
        return period_interval(ours).is_some_and(|o| timex_match(gold, &o));
    }
    if gold.starts_with('(') && ours.starts_with('(') {
        let gp: Vec<&str> = gold.trim_matches(['(', ')']).split(',').collect();
        let op: Vec<&str> = ours.trim_matches(['(', ')']).split(',').collect();
        return gp.len() == 3
            && op.len() == 3
            && timex_match(gp[0], op[0])
            && timex_match(gp[1], op[1]);
    }
    let (g, o) = (norm_timex(gold), norm_timex(ours));
    if g == o {
        return true;
    }
    // clock time without a date
    if g.starts_with('T') {
        if let Some(t) = o.find('T') {
            if o[t..] == g {
                return true;
            }
        }
    }
    // seasons: "SU" vs "2016-SU"
    if g.len() == 2 && o.ends_with(&format!("-{g}")) {
        return true;
    }
    // the same duration in other units: "PT0.5H" = "PT30M", "P14D" = "P2W", "P0.5Y" = "P6M"
    if let (Some(a), Some(b)) = (duration_secs(&g), duration_secs(&o)) {
        return (a - b).abs() < 1e-6 * a.abs().max(1.0);
    }
    let months = |v: &str| -> Option<f64> {
        let n = v.strip_prefix('P')?;
        if let Some(y) = n.strip_suffix('Y') {
            return y.parse::<f64>().ok().map(|y| 12.0 * y);
        }
        n.strip_suffix('M')?.parse().ok()
    };
    if let (Some(a), Some(b)) = (months(&g), months(&o)) {
        return (a - b).abs() < 1e-6;
    }
    // "PT3H" vs "PTXH"
    if o.contains('X') && o.starts_with('P') && g.starts_with('P') {
        let strip = |s: &str| {
            s.chars()
                .filter(|c| !c.is_ascii_digit() && *c != 'X' && *c != '.')
                .collect::<String>()
        };
        return strip(&g) == strip(&o);
    }
    false
}

/// A TIMEX3 calendar period as the interval Recognizers writes: `2016` →
/// `(2016-01-01,2017-01-01,P1Y)`, `2019-Q3`, `2016-12`, decade `199`, century `14`; `XXXX`
/// years stay open.
fn period_interval(v: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit() || c == b'X');
    let b = v.as_bytes();
    let (start, end, dur) = if v.len() == 2 && digits(v) {
        let c: i32 = v.parse().ok()?;
        (
            format!("{:04}-01-01", c * 100),
            format!("{:04}-01-01", (c + 1) * 100),
            "P100Y",
        )
    } else if v.len() == 3 && digits(v) {
        let d: i32 = v.parse().ok()?;
        (
            format!("{:04}-01-01", d * 10),
            format!("{:04}-01-01", (d + 1) * 10),
            "P10Y",
        )
    } else if v.len() == 4 && digits(v) {
        let y: i32 = v.parse().ok()?;
        (
            format!("{y:04}-01-01"),
            format!("{:04}-01-01", y + 1),
            "P1Y",
        )
    } else if v.len() == 7 && b[4] == b'-' && b[5] == b'H' {
        let y: i32 = v[..4].parse().ok()?;
        if &v[6..] == "1" {
            (format!("{y:04}-01-01"), format!("{y:04}-07-01"), "P6M")
        } else {
            (
                format!("{y:04}-07-01"),
                format!("{:04}-01-01", y + 1),
                "P6M",
            )
        }
    } else if v.len() == 7 && b[4] == b'-' && (b[5] == b'Q' || b[5].is_ascii_digit()) {
        let y = &v[..4];
        let (m0, months) = if b[5] == b'Q' {
            (3 * (v[6..].parse::<u32>().ok()? - 1) + 1, 3)
        } else {
            (v[5..].parse::<u32>().ok()?, 1)
        };
        let m1 = m0 + months;
        let end = if m1 > 12 {
            match y.parse::<i32>() {
                Ok(y) => format!("{:04}-{:02}-01", y + 1, m1 - 12),
                Err(_) => format!("{y}-{:02}-01", m1 - 12),
            }
        } else {
            format!("{y}-{m1:02}-01")
        };
        (
            format!("{y}-{m0:02}-01"),
            end,
            if months == 3 { "P3M" } else { "P1M" },
        )
    } else {
        return None;
    };
    Some(format!("({start},{end},{dur})"))
}

/// A duration with fixed-length units (`PT1.5H`, `P2W`, `P3D`) in seconds.
fn duration_secs(v: &str) -> Option<f64> {
    let rest = v.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, t),
        None => (rest, ""),
    };
    let mut total = 0.0;
    for (part, is_time) in [(date, false), (time, true)] {
        let mut num = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                num.push(c);
                continue;
            }
            let n: f64 = num.parse().ok()?;
            num.clear();
            total += n * match (c, is_time) {
                ('W', false) => 604_800.0,
                ('D', false) => 86_400.0,
                ('H', true) => 3_600.0,
                ('M', true) => 60.0,
                ('S', true) => 1.0,
                _ => return None,
            };
        }
        if !num.is_empty() {
            return None;
        }
    }
    Some(total)
}

/// Whether our value agrees with a gold DateTime item: its timex, or the timex resolved by
/// one of its values (Recognizers gives `XXXX-12-12` with the past and future readings).
fn date_agrees(g: &Item, ours: &str) -> bool {
    timex_match(&g.value, ours) || g.alts.iter().any(|a| timex_match(a, ours))
}

/// A Recognizers resolved value (`2016-11-07`, `2016-11-07 16:00:00`, `16:00:00`) as a timex.
fn resolved_as_timex(v: &str) -> Option<String> {
    let v = v.trim();
    if v.len() == 8 && v.as_bytes()[2] == b':' {
        return Some(format!("T{v}"));
    }
    if v.len() >= 10 && v.as_bytes()[4] == b'-' {
        return Some(v.replacen(' ', "T", 1));
    }
    None
}

/// The timex of one resolution with its open parts filled from the resolved value(s).
fn filled_timex(r: &Value) -> Option<String> {
    let timex = r.get("timex").and_then(Value::as_str)?;
    let get = |k: &str| r.get(k).and_then(Value::as_str).and_then(resolved_as_timex);
    if timex.starts_with('(') {
        let dur = timex
            .trim_matches(['(', ')'])
            .rsplit(',')
            .next()?
            .to_string();
        return Some(format!("({},{},{dur})", get("start")?, get("end")?));
    }
    if let Some(v) = get("value") {
        return Some(v);
    }
    let start = get("start").or_else(|| get("end"))?;
    // "XXXX-WXX-2TMO" resolved from 2016-11-01 08:00 to 12:00: "2016-11-01TMO"
    let (date, time) = timex.split_at(timex.find('T').unwrap_or(timex.len()));
    let b = date.as_bytes();
    let day_shaped =
        date.len() == 10 && ((b[4] == b'-' && b[7] == b'-') || date.starts_with("XXXX-WXX-"));
    if date.contains('X') && day_shaped && start.len() >= 10 {
        return Some(format!("{}{time}", &start[..10]));
    }
    if timex.starts_with("XXXX") && start.len() >= 4 {
        return Some(format!("{}{}", &start[..4], &timex[4..]));
    }
    None
}

fn same_strict(gold: &[Item], pred: &[Item], numeric: bool) -> bool {
    if !same_values(gold, pred, numeric) {
        return false;
    }
    let mut g: Vec<String> = gold
        .iter()
        .map(|i| i.text.to_lowercase().trim().to_string())
        .collect();
    let mut p: Vec<String> = pred
        .iter()
        .map(|i| i.text.to_lowercase().trim().to_string())
        .collect();
    g.sort();
    p.sort();
    g == p
}

fn fmt_v(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn predict(kind: SpecKind, input: &str, reference: Option<&str>) -> Vec<Item> {
    match kind {
        SpecKind::Number => {
            let lx = lex::Lexed::new(input, &[]);
            numbers::scan_all(&lx, false)
                .into_iter()
                .filter_map(|(a, b, v)| {
                    let s = lx.toks.get(a)?.start as usize;
                    let e = lx.toks.get(b.checked_sub(1)?)?.end as usize;
                    Some(Item {
                        text: input.get(s..e)?.to_string(),
                        value: fmt_v(v),
                        alts: Vec::new(),
                    })
                })
                .collect()
        }
        SpecKind::NumberRange => {
            let f = extract(input, &[], None, false);
            numbers::as_ranges(input, &f.numbers)
                .into_iter()
                .map(|(text, v)| Item {
                    text,
                    value: v,
                    alts: Vec::new(),
                })
                .collect()
        }
        SpecKind::Percent | SpecKind::Currency => {
            let f = extract(input, &[], None, false);
            f.numbers
                .iter()
                .filter(|n| {
                    let u = n.unit.as_deref().unwrap_or("");
                    if kind == SpecKind::Percent {
                        u == "percent"
                    } else {
                        n.category == "money"
                    }
                })
                .filter_map(|n| {
                    let v = n.value.or(n.min)?;
                    Some(Item {
                        text: input.get(n.span.range())?.to_string(),
                        value: fmt_v(v),
                        alts: Vec::new(),
                    })
                })
                .collect()
        }
        SpecKind::DateTime => {
            let f = extract(input, &[], reference, false);
            let has_end: Vec<bool> = f
                .dates
                .iter()
                .map(|d| d.timex_type != "DURATION" && d.end.is_some())
                .collect();
            let items: Vec<(usize, usize, String)> = f
                .dates
                .iter()
                .map(|d| {
                    let v = d.value.clone().unwrap_or_default();
                    // an anchored duration is an interval for Recognizers
                    let v = match (d.timex_type.as_str(), &d.begin, &d.end) {
                        ("DURATION", Some(b), Some(e)) => format!("({b},{e},{v})"),
                        _ => v,
                    };
                    (d.span.start as usize, d.span.end as usize, v)
                })
                .collect();
            as_intervals(input, &items, &has_end)
                .into_iter()
                .filter_map(|(s, e, v)| {
                    Some(Item {
                        text: input.get(s..e)?.to_string(),
                        value: v,
                        alts: Vec::new(),
                    })
                })
                .collect()
        }
    }
}

fn gold_items(kind: SpecKind, case: &Value) -> (Vec<Item>, Vec<String>) {
    let mut items = Vec::new();
    let mut types = Vec::new();
    for r in case
        .get("Results")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let text = r
            .get("Text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let res = r.get("Resolution");
        let alts: Vec<String> = if kind == SpecKind::DateTime {
            res.and_then(|x| x.get("values"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(filled_timex)
                .collect()
        } else {
            Vec::new()
        };
        let value = match kind {
            SpecKind::DateTime => first_timex(res),
            _ => res
                .and_then(|x| x.get("value"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        };
        types.push(
            r.get("TypeName")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string(),
        );
        items.push(Item { text, value, alts });
    }
    (items, types)
}

/// When our values differ from the gold's only by a known difference of convention between
/// Recognizers-Text and TIMEX3 (as annotated in TimeBank), its name.
fn convention(gold: &[Item], pred: &[Item]) -> Option<&'static str> {
    let pairs: Vec<(&Item, &Item)> = gold.iter().zip(pred).collect();
    let differing: Vec<&(&Item, &Item)> = pairs
        .iter()
        .filter(|(g, p)| !date_agrees(g, &p.value))
        .collect();
    let all = |f: &dyn Fn(&str, &str) -> bool| {
        !differing.is_empty()
            && differing.iter().all(|(g, p)| {
                std::iter::once(&g.value)
                    .chain(g.alts.iter())
                    .any(|gv| f(gv, &p.value))
            })
    };
    let day = |v: &str| chrono::NaiveDate::parse_from_str(v.get(..10).unwrap_or(""), "%Y-%m-%d");
    let offsets = differing.iter().all(|(g, _)| {
        let t = g.text.to_lowercase();
        [
            "il y a",
            "dans",
            "plus tard",
            "partir",
            "compter",
            "après",
            "avant",
        ]
        .iter()
        .any(|w| t.contains(w))
    });
    if offsets && all(&|g, o| (o.len() == 4 || o.len() == 7) && g.len() == 10 && g.starts_with(o)) {
        return Some("offset kept at the granularity of its unit (2014 vs 2014-11-07)");
    }
    if all(&|g, o| match (day(g), day(o)) {
        (Ok(a), Ok(b)) => (a - b).num_days().abs() == 7 && g.get(10..) == o.get(10..),
        _ => false,
    }) {
        return Some("weekday with dernier/prochain read in the adjacent week");
    }
    if all(&|g, o| g.ends_with("TNI") && o.ends_with("TEV") && g[..g.len() - 2] == o[..o.len() - 2])
    {
        return Some("soir is EV in TIMEX3, NI for them");
    }
    // "07/06": French day/month against their month/day; also inside intervals
    let swapped = |g: &str, o: &str| {
        g.len() >= 10
            && o.len() >= 10
            && g.get(..5) == o.get(..5)
            && g.get(5..7) == o.get(8..10)
            && g.get(8..10) == o.get(5..7)
            && g.get(10..) == o.get(10..)
    };
    let parts = |v: &str| -> Vec<String> {
        v.trim_matches(['(', ')'])
            .split(',')
            .take(2)
            .map(str::to_string)
            .collect()
    };
    if all(&|g, o| {
        let (gp, op) = (parts(g), parts(o));
        gp.len() == op.len() && gp.iter().zip(&op).all(|(a, b)| a == b || swapped(a, b))
    }) {
        return Some("day/month order (French 07/06 is 7 June)");
    }
    if all(&|g, o| g.ends_with("T23:59:59") && o.len() == 10 && g.starts_with(o)) {
        return Some("end of a day as 23:59:59");
    }
    None
}

/// The English DateTime spec, whose cases state their reference date; the French cases are
/// translations of them and some lost their `Context` on the way.
const ENGLISH_DATETIME: &str =
    "data/eval/recognizers-text-specs-fr/english/DateTime/English/DateTimeModel.json";

/// The `timex` of the first resolved value of a Recognizers `Resolution` object ("" if none).
fn first_timex(resolution: Option<&Value>) -> String {
    resolution
        .and_then(|x| x.get("values"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(|v| v.get("timex"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn gold_timexes(case: &Value) -> Vec<String> {
    case.get("Results")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|r| first_timex(r.get("Resolution")))
        .collect()
}

/// Reference dates of the English cases by their list of gold timexes; `None` when the
/// English cases with that list disagree on the reference date.
fn english_references(shared: &Path) -> BTreeMap<Vec<String>, Option<String>> {
    let mut out: BTreeMap<Vec<String>, Option<String>> = BTreeMap::new();
    let Ok(json) = read_json(&shared.join(ENGLISH_DATETIME)) else {
        return out;
    };
    for case in json.as_array().into_iter().flatten() {
        let Some(r) = case
            .get("Context")
            .and_then(|c| c.get("ReferenceDateTime"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        let key = gold_timexes(case);
        if key.is_empty() || key.iter().any(String::is_empty) {
            continue;
        }
        out.entry(key)
            .and_modify(|v| {
                if v.as_deref() != Some(r) {
                    *v = None;
                }
            })
            .or_insert_with(|| Some(r.to_string()));
    }
    out
}

/// Whether gold timexes name a year that the input does not write: their values were then
/// resolved against a reference date.
fn depends_on_reference(input: &str, timexes: &[String]) -> bool {
    timexes.iter().any(|t| {
        let b = t.as_bytes();
        (0..(b.len() + 1).saturating_sub(4)).any(|k| {
            b[k..k + 4].iter().all(u8::is_ascii_digit)
                && matches!(b.get(k + 4), None | Some(b'-' | b',' | b')'))
                && (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                && {
                    let y = &t[k..k + 4];
                    !input.contains(y) && !input.contains(&format!("/{}", &y[2..]))
                }
        })
    })
}

/// Runs the Recognizers-Text French specs found under `shared`.
///
/// # Errors
/// The spec folder is absent or a file cannot be read.
pub fn run_recognizers(shared: &Path) -> Result<Vec<SpecReport>, Error> {
    let dir = shared.join("data/eval/recognizers-text-specs-fr");
    if !dir.is_dir() {
        return Err(Error::Missing(dir.display().to_string()));
    }
    let mut out = Vec::new();
    for (rel, kind) in SPEC_FILES {
        let path = shared.join(rel);
        let json = read_json(&path)?;
        let mut rep = SpecReport {
            file: rel
                .rsplit('/')
                .take(3)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("/"),
            ..Default::default()
        };
        let numeric = *kind != SpecKind::DateTime;
        let english = if numeric {
            BTreeMap::new()
        } else {
            english_references(shared)
        };
        for case in json.as_array().into_iter().flatten() {
            let input = case.get("Input").and_then(Value::as_str).unwrap_or("");
            let stated = case
                .get("Context")
                .and_then(|c| c.get("ReferenceDateTime"))
                .and_then(Value::as_str);
            let timexes = gold_timexes(case);
            let unstated = !numeric && stated.is_none() && depends_on_reference(input, &timexes);
            let recovered = if unstated {
                english.get(&timexes).cloned().flatten()
            } else {
                None
            };
            let reference = stated.or(recovered.as_deref());
            let (gold, types) = gold_items(*kind, case);
            rep.cases += 1;
            if *kind == SpecKind::DateTime
                && (gold.is_empty() || gold.iter().any(|g| g.value.is_empty()))
            {
                continue;
            }
            rep.scored += 1;
            let pred = predict(*kind, input, reference);
            {
                let mut used = vec![false; pred.len()];
                for g in &gold {
                    rep.gold_items += 1;
                    let hit = pred.iter().enumerate().find(|(k, p)| {
                        !used[*k]
                            && if numeric {
                                value_eq_num(&g.value, &p.value)
                            } else {
                                date_agrees(g, &p.value)
                            }
                    });
                    if let Some((k, _)) = hit {
                        used[k] = true;
                        rep.gold_items_found += 1;
                    }
                }
            }
            let vpass = same_values(&gold, &pred, numeric);
            let spass = vpass && same_strict(&gold, &pred, numeric);
            if vpass {
                rep.value_pass += 1;
            }
            if spass {
                rep.strict_pass += 1;
            }
            if stated.is_some() {
                rep.with_reference += 1;
                rep.with_reference_pass += usize::from(vpass);
            } else if recovered.is_some() {
                rep.recovered_reference += 1;
                rep.recovered_reference_pass += usize::from(vpass);
            } else if unstated {
                rep.unstated_reference += 1;
                rep.unstated_reference_pass += usize::from(vpass);
            }
            let cat = if vpass && !spass {
                Some("span differs (value agrees)".to_string())
            } else if vpass {
                None
            } else if pred.is_empty() {
                Some(format!(
                    "missed {}",
                    types.first().map(String::as_str).unwrap_or("-")
                ))
            } else if gold.is_empty() {
                Some("spurious (gold has nothing)".to_string())
            } else if gold.len() != pred.len() {
                Some(format!(
                    "count differs ({} gold, {} ours)",
                    if gold.len() > 1 { "several" } else { "one" },
                    if pred.len() > gold.len() {
                        "more"
                    } else {
                        "fewer"
                    }
                ))
            } else if let Some(c) = (!numeric).then(|| convention(&gold, &pred)).flatten() {
                Some(format!("convention: {c}"))
            } else if unstated && recovered.is_none() {
                Some("value differs, gold resolved against an unstated reference date".into())
            } else if *kind == SpecKind::DateTime && gold.iter().any(|g| g.value.starts_with('(')) {
                Some("gold is an interval (start,end,duration)".to_string())
            } else if *kind == SpecKind::DateTime && reference.is_none() {
                Some(format!(
                    "value differs, no reference date ({})",
                    types.first().map(String::as_str).unwrap_or("-")
                ))
            } else {
                Some(format!(
                    "value differs ({})",
                    types.first().map(String::as_str).unwrap_or("-")
                ))
            };
            if let Some(c) = cat {
                *rep.disagreements.entry(c.clone()).or_default() += 1;
                if rep.examples.len() < 2000 {
                    let g: Vec<String> = gold
                        .iter()
                        .map(|i| format!("{:?}={}", i.text, i.value))
                        .collect();
                    let p: Vec<String> = pred
                        .iter()
                        .map(|i| format!("{:?}={}", i.text, i.value))
                        .collect();
                    let r = match (stated, &recovered) {
                        (Some(r), _) => format!(" (reference {r})"),
                        (None, Some(r)) => format!(" (recovered reference {r})"),
                        _ => String::new(),
                    };
                    rep.examples.push(format!(
                        "[{c}] {input:?}{r}\n    gold {}\n    ours {}",
                        g.join(", "),
                        p.join(", ")
                    ));
                }
            }
        }
        out.push(rep);
    }
    Ok(out)
}

/// One TIMEX3 of the gold.
#[derive(Debug, Clone)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub timex_type: String,
    pub value: String,
}

/// A TimeBank document: plain text of `<TEXT>`, creation date and TIMEX3s.
#[derive(Debug, Clone)]
pub struct TmlDoc {
    pub id: String,
    pub dct: Option<String>,
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let k = tag.find(&key)? + key.len();
    let e = tag[k..].find('"')? + k;
    Some(tag[k..e].to_string())
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Parses an ISO-TimeML file.
pub fn parse_tml(id: &str, xml: &str) -> TmlDoc {
    let dct = xml.find("<DCT>").and_then(|k| {
        let rest = &xml[k..];
        let e = rest.find("</DCT>")?;
        attr(&rest[..e], "value")
    });
    let body = match (xml.find("<TEXT>"), xml.find("</TEXT>")) {
        (Some(a), Some(b)) if a + 6 <= b => &xml[a + 6..b],
        _ => "",
    };
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(k) = rest.find('<') {
        text.push_str(&unescape(&rest[..k]));
        let Some(e) = rest[k..].find('>') else { break };
        let tag = &rest[k + 1..k + e];
        if tag.starts_with("TIMEX3") && !tag.ends_with('/') {
            open = Some((
                text.len(),
                attr(tag, "type").unwrap_or_default(),
                attr(tag, "value").unwrap_or_default(),
            ));
        } else if tag == "/TIMEX3" {
            if let Some((s, t, v)) = open.take() {
                timexes.push(GoldTimex {
                    start: s,
                    end: text.len(),
                    timex_type: t,
                    value: v,
                });
            }
        }
        rest = &rest[k + e + 1..];
    }
    text.push_str(&unescape(rest));
    TmlDoc {
        id: id.to_string(),
        dct,
        text,
        timexes,
    }
}

/// Scores of `veille eval timex`.
#[derive(Debug, Clone, Default)]
pub struct TimexReport {
    pub docs: Vec<String>,
    pub exact: Counts,
    pub overlap: Counts,
    pub value_matched: usize,
    pub value_correct: usize,
    pub type_correct: usize,
    pub errors: Vec<String>,
}

/// Which half: `dev` = even positions in sorted file order, `test` = odd, `all`.
pub fn timebank_files(shared: &Path, half: &str) -> Result<Vec<PathBuf>, Error> {
    let dir = shared.join("data/eval/fr-timebank/Data");
    if !dir.is_dir() {
        return Err(Error::Missing(dir.display().to_string()));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    Ok(files
        .into_iter()
        .enumerate()
        .filter(|(k, _)| match half {
            "dev" => k % 2 == 0,
            "test" => k % 2 == 1,
            _ => true,
        })
        .map(|(_, p)| p)
        .collect())
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = text.get(s..e).unwrap_or("");
    let trimmed = t.trim_end_matches([',', '.', ' ', ';']);
    let lead = trimmed.len() - trimmed.trim_start().len();
    (s + lead, s + trimmed.len())
}

/// Scores TIMEX3 recognition and normalisation on the given TimeBank files.
///
/// # Errors
/// A file cannot be read.
pub fn run_timex(files: &[PathBuf]) -> Result<TimexReport, Error> {
    let mut rep = TimexReport::default();
    for path in files {
        let xml = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let doc = parse_tml(&id, &xml);
        rep.docs.push(id.clone());
        let f = extract(&doc.text, &[], doc.dct.as_deref(), false);
        let gold: Vec<(usize, usize, &GoldTimex)> = doc
            .timexes
            .iter()
            .map(|g| {
                let (s, e) = trim_span(&doc.text, g.start, g.end);
                (s, e, g)
            })
            .collect();
        let pred: Vec<(usize, usize, &veille_core::layers::DateExpr)> = f
            .dates
            .iter()
            .map(|d| (d.span.start as usize, d.span.end as usize, d))
            .collect();
        // exact
        let mut ex = Counts::default();
        for g in &gold {
            if pred.iter().any(|p| p.0 == g.0 && p.1 == g.1) {
                ex.tp += 1;
            } else {
                ex.fn_ += 1;
            }
        }
        ex.fp = pred.len() as u64 - ex.tp.min(pred.len() as u64);
        rep.exact.add(ex);
        // overlap, one-to-one
        let mut used = vec![false; pred.len()];
        let mut ov = Counts::default();
        for g in &gold {
            let m = pred
                .iter()
                .enumerate()
                .find(|(k, p)| !used[*k] && p.0 < g.1 && g.0 < p.1);
            match m {
                Some((k, p)) => {
                    used[k] = true;
                    ov.tp += 1;
                    rep.value_matched += 1;
                    let pv = p.2.value.clone().unwrap_or_default();
                    if norm_timex(&pv) == norm_timex(&g.2.value) {
                        rep.value_correct += 1;
                    } else {
                        rep.errors.push(format!(
                            "{id}: VALUE {:?} gold {} {} / ours {:?} {} {}",
                            &doc.text[g.0..g.1],
                            g.2.timex_type,
                            g.2.value,
                            &doc.text[p.0..p.1],
                            p.2.timex_type,
                            pv
                        ));
                    }
                    if p.2.timex_type == g.2.timex_type {
                        rep.type_correct += 1;
                    }
                }
                None => {
                    ov.fn_ += 1;
                    rep.errors.push(format!(
                        "{id}: MISSED {:?} {} {}",
                        &doc.text[g.0..g.1],
                        g.2.timex_type,
                        g.2.value
                    ));
                }
            }
        }
        for (k, p) in pred.iter().enumerate() {
            if !used[k] {
                ov.fp += 1;
                rep.errors.push(format!(
                    "{id}: SPURIOUS {:?} {} {}",
                    &doc.text[p.0..p.1],
                    p.2.timex_type,
                    p.2.value.as_deref().unwrap_or("none")
                ));
            }
        }
        rep.overlap.add(ov);
    }
    Ok(rep)
}
