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
                norm_timex(&g.value) == norm_timex(&p.value)
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
                    })
                })
                .collect()
        }
        SpecKind::NumberRange => {
            let f = extract(input, &[], None, false);
            numbers::as_ranges(input, &f.numbers)
                .into_iter()
                .map(|(text, v)| Item { text, value: v })
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
                    })
                })
                .collect()
        }
        SpecKind::DateTime => {
            let f = extract(input, &[], reference, false);
            f.dates
                .iter()
                .filter_map(|d| {
                    Some(Item {
                        text: input.get(d.span.range())?.to_string(),
                        value: d.value.clone().unwrap_or_default(),
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
        let value = match kind {
            SpecKind::DateTime => res
                .and_then(|x| x.get("values"))
                .and_then(Value::as_array)
                .and_then(|a| a.first())
                .and_then(|v| v.get("timex"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
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
        items.push(Item { text, value });
    }
    (items, types)
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
        for case in json.as_array().into_iter().flatten() {
            let input = case.get("Input").and_then(Value::as_str).unwrap_or("");
            let reference = case
                .get("Context")
                .and_then(|c| c.get("ReferenceDateTime"))
                .and_then(Value::as_str);
            let (gold, types) = gold_items(*kind, case);
            rep.cases += 1;
            if *kind == SpecKind::DateTime
                && (gold.is_empty() || gold.iter().any(|g| g.value.is_empty()))
            {
                continue;
            }
            rep.scored += 1;
            let pred = predict(*kind, input, reference);
            let vpass = same_values(&gold, &pred, numeric);
            let spass = vpass && same_strict(&gold, &pred, numeric);
            if vpass {
                rep.value_pass += 1;
            }
            if spass {
                rep.strict_pass += 1;
            }
            if reference.is_some() {
                rep.with_reference += 1;
                if vpass {
                    rep.with_reference_pass += 1;
                }
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
                if rep.examples.len() < 400 {
                    let g: Vec<String> = gold
                        .iter()
                        .map(|i| format!("{:?}={}", i.text, i.value))
                        .collect();
                    let p: Vec<String> = pred
                        .iter()
                        .map(|i| format!("{:?}={}", i.text, i.value))
                        .collect();
                    rep.examples.push(format!(
                        "[{c}] {input:?}\n    gold {}\n    ours {}",
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
