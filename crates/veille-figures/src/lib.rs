//! # veille-figures
//!
//! Figures and dates in news text. Every numeric expression is parsed into a value or a
//! range, with its qualifier ("plus de", "près de"), unit (percent, currency, time unit) and
//! the noun it counts, and put into a category (people, casualties, displaced, arrested,
//! troops, money, percent, duration, age, other). Every temporal expression is normalised
//! ISO-TimeML style (`2016-12-12TEV`, `2017-01-20`, `2016-W50`, `P4Y`, `PAST_REF`) against the
//! publication date, choosing past or future from the tense around it.
//!
//! Temporal atoms (dates, clock times, parts of day, periods, durations, sets, holidays) are
//! composed by a few general rules (`dates/compose.rs`): ranges `(entre|de|du) A (et|à|au|-)
//! B` where a bare number takes its partner's type, clock time + date / part of day / set,
//! weekday + week, offsets from a date ("deux jours avant hier", "2 semaines à partir du 15
//! janvier"), anchored durations with `begin`/`end` ("les 3 prochains jours"). Without a
//! reference date, values stay underspecified TIMEX3 (`XXXX-12-12`, `XXXX-WXX-2`).
//!
//! Evaluation (`veille eval recognizers`, `veille eval timex`, see [`eval`]): the
//! Recognizers-Text French specs are compared value-only (an open gold timex `XXXX-04-22`
//! accepts the values it resolves to; ranges are compared as intervals; cases whose gold was
//! resolved against a reference date the French file does not state take the one of the
//! English case with the same gold timexes; differences of convention are reported as such)
//! and strictly (same extracted text); the French TimeBank is scored on a dev half (even
//! positions in sorted file order) that the rules were tuned on, and a test half.
//!
//! The parsers work over a light lexing of the token layer (each token split into numbers,
//! words and punctuation with a folded form written once into one buffer): no regex, no
//! allocation per token.
//!
//! ```
//! use veille_figures::extract;
//! let f = extract("Plus de 5 000 djihadistes sont entrés le 8 novembre.", &[], Some("2016-12-13"), false);
//! assert_eq!(f.numbers[0].value, Some(5000.0));
//! assert_eq!(f.numbers[0].qualifier.as_deref(), Some("more_than"));
//! assert_eq!(f.dates[0].value.as_deref(), Some("2016-11-08"));
//! ```

mod dates;
pub mod eval;
mod lex;
mod numbers;
mod words;

use veille_core::layers::{DateExpr, NumberExpr, Token};
use veille_core::{Document, Span, Stage};

/// Version of the rules, recorded with the stage name.
pub const RULES_VERSION: &str = "figures-rules/0.1";

/// Errors of the evaluation readers (the extraction itself never fails).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid JSON in {path}: {source}")]
    Json {
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("{0} is absent: the evaluation data lives in ../shared (pass --shared DIR)")]
    Missing(String),
}

/// The two layers extracted from one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub numbers: Vec<NumberExpr>,
    pub dates: Vec<DateExpr>,
}

/// Extracts numbers and dates. `tokens` is the token layer (may be empty: the text is then
/// lexed directly); `pub_date` anchors relative dates; `english` switches English
/// conventions (billion = 10^9, English month names).
pub fn extract(text: &str, tokens: &[Token], pub_date: Option<&str>, english: bool) -> Figures {
    let lx = lex::Lexed::with_language(text, tokens, english);
    let ctx = dates::Ctx {
        dct: pub_date.and_then(dates::parse_dct),
        now: pub_date.and_then(dates::parse_now),
        english,
    };
    let hits = dates::find(&lx, &ctx);
    let mut exclude: Vec<Span> = Vec::new();
    let mut out_dates = Vec::with_capacity(hits.len());
    for h in &hits {
        let Some((a, b)) = lx.toks.get(h.a).zip(lx.toks.get(h.b.saturating_sub(1))) else {
            continue;
        };
        let span = Span::new(a.start, b.end.max(a.start));
        if h.timex_type != "DURATION" {
            exclude.push(span);
        }
        out_dates.push(DateExpr {
            span,
            timex_type: h.timex_type.to_string(),
            value: h.value.clone().filter(|v| !v.is_empty()),
            relative: h.relative,
            begin: h.begin.clone(),
            end: h.end.clone(),
        });
    }
    let numbers = numbers::find(&lx, english, &exclude);
    Figures {
        numbers,
        dates: out_dates,
    }
}

/// The pipeline stage: fills `layers.numbers` and `layers.dates`.
#[derive(Debug, Default, Clone, Copy)]
pub struct FiguresStage;

impl Stage for FiguresStage {
    fn name(&self) -> &'static str {
        "figures"
    }
    fn version(&self) -> String {
        RULES_VERSION.to_string()
    }
    fn annotate(&self, doc: &mut Document) {
        let english = doc.language.code == "en";
        let f = extract(
            doc.text(),
            &doc.layers.tokens,
            doc.meta.date.as_deref(),
            english,
        );
        if doc.meta.date.is_some()
            && dates::parse_dct(doc.meta.date.as_deref().unwrap_or("")).is_none()
        {
            doc.diagnose(
                veille_core::Level::Warning,
                "figures",
                "publication date not understood: relative dates left unresolved",
            );
        }
        doc.layers.numbers = f.numbers;
        doc.layers.dates = f.dates;
    }
}

fn fmt_f(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One numeric expression per line: `"text" value qualifier unit counted=… category`.
pub fn render_numbers(text: &str, numbers: &[NumberExpr]) -> String {
    let mut s = String::new();
    for n in numbers {
        let t = text.get(n.span.range()).unwrap_or("");
        s.push_str(&format!("{t:?}"));
        if let Some(v) = n.value {
            s.push_str(&format!(" ={}", fmt_f(v)));
        }
        if n.min.is_some() || n.max.is_some() {
            s.push_str(&format!(
                " [{}..{}]",
                n.min.map(fmt_f).unwrap_or_default(),
                n.max.map(fmt_f).unwrap_or_default()
            ));
        }
        if let Some(r) = &n.raw {
            s.push_str(&format!(
                " raw={}",
                if r.len() > 20 {
                    format!("{}…({} digits)", &r[..20], r.len())
                } else {
                    r.clone()
                }
            ));
        }
        if let Some(q) = &n.qualifier {
            s.push_str(&format!(" {q}"));
        }
        if let Some(u) = &n.unit {
            s.push_str(&format!(" unit={u}"));
        }
        if let Some(c) = n.counted {
            s.push_str(&format!(" counted={}", text.get(c.range()).unwrap_or("")));
        }
        s.push_str(&format!(" {}\n", n.category));
    }
    s
}

/// One temporal expression per line: `"text" TYPE value [relative]`.
pub fn render_dates(text: &str, dates: &[DateExpr]) -> String {
    let mut s = String::new();
    for d in dates {
        let t = text.get(d.span.range()).unwrap_or("");
        s.push_str(&format!(
            "{t:?} {} {}{}{}{}\n",
            d.timex_type,
            d.value.as_deref().unwrap_or("none"),
            if d.relative { " relative" } else { "" },
            d.begin
                .as_deref()
                .map(|b| format!(" begin={b}"))
                .unwrap_or_default(),
            d.end
                .as_deref()
                .map(|e| format!(" end={e}"))
                .unwrap_or_default()
        ));
    }
    s
}
