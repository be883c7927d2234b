//! A human-readable view of a [`Document`]: one annotation per line, used by
//! `veille analyze --format text` and by snapshot tests.

use crate::{Document, Span};
use std::fmt::Write;

/// Renders the document's metadata and every non-empty layer, one item per line.
pub fn render_text(doc: &Document) -> String {
    let mut out = String::new();
    let m = &doc.meta;
    for (k, v) in [
        ("id", &m.id),
        ("title", &m.title),
        ("source", &m.source),
        ("date", &m.date),
        ("url", &m.url),
    ] {
        if let Some(v) = v {
            let _ = writeln!(out, "{k}: {v}");
        }
    }
    let l = &doc.language;
    let _ = writeln!(
        out,
        "language: {} ({:.2}{})",
        l.code,
        l.confidence,
        if l.supported { "" } else { ", not analysed" }
    );
    let _ = writeln!(
        out,
        "characters: {}  tokens: {}  sentences: {}",
        doc.text().chars().count(),
        doc.layers.tokens.len(),
        doc.layers.sentences.len()
    );
    for d in &doc.diagnostics {
        let _ = writeln!(out, "{:?} [{}] {}", d.level, d.stage, d.message);
    }
    render_sentences(doc, &mut out);
    render_entities(doc, &mut out);
    render_places(doc, &mut out);
    render_quotes(doc, &mut out);
    render_figures(doc, &mut out);
    render_events(doc, &mut out);
    out
}

fn q(doc: &Document, span: Span) -> String {
    format!("{:?}", doc.slice(span))
}

fn section(out: &mut String, title: &str, n: usize) -> bool {
    if n > 0 {
        let _ = writeln!(out, "\n## {title} ({n})");
    }
    n > 0
}

fn render_sentences(doc: &Document, out: &mut String) {
    if !section(out, "sentences", doc.layers.sentences.len()) {
        return;
    }
    for (i, s) in doc.layers.sentences.iter().enumerate() {
        let toks: Vec<&str> = doc
            .layers
            .tokens
            .get(s.token_range())
            .unwrap_or(&[])
            .iter()
            .map(|t| doc.slice(t.span))
            .collect();
        let _ = writeln!(out, "{i:>3} {}", toks.join(" | "));
    }
}

fn render_entities(doc: &Document, out: &mut String) {
    if !section(out, "entities", doc.layers.entities.len()) {
        return;
    }
    for e in &doc.layers.entities {
        let forms: Vec<String> = e
            .mentions
            .iter()
            .filter_map(|&i| doc.layers.mentions.get(i as usize))
            .map(|m| q(doc, m.span))
            .collect();
        let key = e
            .key
            .as_deref()
            .map(|k| format!(" [{k}]"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<4} {}{key}: {}",
            e.label.as_str(),
            e.name,
            forms.join(", ")
        );
    }
}

fn render_places(doc: &Document, out: &mut String) {
    if section(out, "places", doc.layers.places.len()) {
        for p in &doc.layers.places {
            match &p.resolution {
                Some(r) => {
                    let _ = writeln!(
                        out,
                        "{} → {} ({}, {}) {} {:.4},{:.4} conf {:.2}",
                        q(doc, p.span),
                        r.name_fr,
                        r.country,
                        r.feature,
                        r.id,
                        r.lat,
                        r.lon,
                        r.confidence
                    );
                }
                None => {
                    let _ = writeln!(out, "{} → unresolved", q(doc, p.span));
                }
            }
        }
    }
    if section(out, "countries", doc.layers.countries.len()) {
        for c in &doc.layers.countries {
            let _ = writeln!(out, "{} → {} ({})", q(doc, c.span), c.country, c.via);
        }
    }
}

fn render_quotes(doc: &Document, out: &mut String) {
    if section(out, "quotes", doc.layers.quotes.len()) {
        for qu in &doc.layers.quotes {
            let cue = qu.cue.map(|c| q(doc, c)).unwrap_or_default();
            let _ = writeln!(
                out,
                "{:?} {:?} ({:?}) cue {cue}: {}",
                qu.kind,
                qu.speaker.name,
                qu.speaker.kind,
                q(doc, qu.content)
            );
        }
    }
    if let Some(s) = &doc.layers.sourcing {
        let _ = writeln!(
            out,
            "sourcing: named {} anonymous {} unattributed {} quoted share {:.2}",
            s.named, s.anonymous, s.unattributed, s.quoted_share
        );
    }
}

fn render_figures(doc: &Document, out: &mut String) {
    if section(out, "numbers", doc.layers.numbers.len()) {
        for n in &doc.layers.numbers {
            let value = match (n.value, n.min, n.max) {
                (Some(v), _, _) => format!("{v}"),
                (None, Some(a), Some(b)) => format!("{a}..{b}"),
                (None, Some(a), None) => format!("{a}.."),
                (None, None, Some(b)) => format!("..{b}"),
                _ => n.raw.clone().unwrap_or_else(|| "?".into()),
            };
            let counted = n.counted.map(|c| q(doc, c)).unwrap_or_default();
            let _ = writeln!(
                out,
                "{} = {value} {} {} [{}] {counted}",
                q(doc, n.span),
                n.qualifier.as_deref().unwrap_or(""),
                n.unit.as_deref().unwrap_or(""),
                n.category
            );
        }
    }
    if section(out, "dates", doc.layers.dates.len()) {
        for d in &doc.layers.dates {
            let _ = writeln!(
                out,
                "{} = {} {}",
                q(doc, d.span),
                d.timex_type,
                d.value.as_deref().unwrap_or("unresolved")
            );
        }
    }
}

fn render_events(doc: &Document, out: &mut String) {
    if section(out, "events", doc.layers.events.len()) {
        for e in &doc.layers.events {
            let args: Vec<String> = e
                .arguments
                .iter()
                .map(|a| format!("{}={}", a.role, q(doc, a.span)))
                .collect();
            let _ = writeln!(
                out,
                "{} {} ({}, {}) {}",
                e.event_type,
                q(doc, e.trigger),
                e.polarity,
                e.modality,
                args.join(" ")
            );
        }
    }
    if let Some(f) = &doc.layers.framing {
        if section(out, "framing", f.signals.len()) {
            for s in &f.signals {
                let _ = writeln!(
                    out,
                    "{} {} {} {}",
                    s.kind,
                    q(doc, s.span),
                    s.category.as_deref().unwrap_or(""),
                    s.technique.as_deref().unwrap_or("")
                );
            }
        }
        let _ = writeln!(out, "tone: {:.2}", f.tone);
    }
}
