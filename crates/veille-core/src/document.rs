//! The Document: immutable text + metadata + layers.

use crate::layers::Layers;
use crate::span::{with_char_offsets, CharIndex};
use crate::{Error, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Version of the JSON wire format written by [`Document::to_json`]. Bump the major number
/// when a field changes meaning or disappears; additions keep it.
pub const SCHEMA_VERSION: &str = "veille.document/1";

/// What is known about a document before analysis. Unknown input fields are kept in `extra`
/// and written back unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publishing site or agency ("Sputnik France", "lemonde.fr").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date as given (ISO 8601 `YYYY-MM-DD` or date-time preferred); relative
    /// dates in the text are resolved against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Any other fields of the input, kept verbatim.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Meta {
    /// Metadata from a JSON input object: `id`, `title`, `url`, `source`, `author` and `date`
    /// when they are strings (trimmed; a numeric `id` is written as text); null fields are
    /// dropped and every other field (a non-string `title` included) is kept in `extra`.
    pub fn from_object(mut obj: serde_json::Map<String, serde_json::Value>) -> Meta {
        use serde_json::Value;
        let mut take = |k: &str| match obj.get(k) {
            Some(Value::String(s)) => {
                let s = s.trim().to_string();
                obj.remove(k);
                Some(s)
            }
            Some(Value::Number(n)) if k == "id" => {
                let s = n.to_string();
                obj.remove(k);
                Some(s)
            }
            Some(Value::Null) => {
                obj.remove(k);
                None
            }
            _ => None,
        };
        Meta {
            id: take("id"),
            title: take("title"),
            url: take("url"),
            source: take("source"),
            author: take("author"),
            date: take("date"),
            extra: obj.into_iter().collect(),
        }
    }
}

/// Splits a JSON input object into the text to analyse (the first of `text` and `article`
/// that is a string) and its [`Meta`] ([`Meta::from_object`]). The error is the reason the
/// object holds no text, for the caller to report with the input's name.
pub fn text_and_meta(
    mut obj: serde_json::Map<String, serde_json::Value>,
) -> Result<(String, Meta), &'static str> {
    let key = ["text", "article"]
        .into_iter()
        .find(|k| obj.get(*k).is_some_and(serde_json::Value::is_string));
    let Some(serde_json::Value::String(text)) = key.and_then(|k| obj.remove(k)) else {
        return Err(if obj.contains_key("text") {
            "the \"text\" field is not a string"
        } else {
            "no \"text\" field"
        });
    };
    if text.trim().is_empty() {
        return Err("empty \"text\": nothing to analyse");
    }
    Ok((text, Meta::from_object(obj)))
}

/// The identified language of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 code when there is one (`fr`, `en`), else ISO 639-3; `und` when unknown.
    pub code: String,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// Whether veille's full analysis runs for this language; other languages are tokenized
    /// and flagged, never dropped.
    pub supported: bool,
}

impl Language {
    pub fn undetermined() -> Language {
        Language {
            code: "und".into(),
            confidence: 0.0,
            supported: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// Something a stage or the reader wants the user to know about this document (lossy
/// decoding, unsupported language, a truncated layer...). Analysis degrades, it does not fail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    /// The stage or reader that emitted it (`input`, `language`, `ner`, ...).
    pub stage: String,
    pub message: String,
}

/// Which stage produced which layers, with which model/rules version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageRun {
    pub name: String,
    pub version: String,
}

/// A document: original text (immutable once created), metadata and standoff layers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    text: Arc<str>,
    pub meta: Meta,
    pub language: Language,
    #[serde(default)]
    pub stages: Vec<StageRun>,
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
    #[serde(default)]
    pub layers: Layers,
}

/// Wire form: same fields, plus the schema tag, with a stable field order.
#[derive(Serialize)]
struct WireOut<'a> {
    schema: &'static str,
    #[serde(flatten)]
    doc: &'a Document,
}

#[derive(Deserialize)]
struct WireIn {
    schema: String,
    #[serde(flatten)]
    doc: Document,
}

impl Document {
    pub fn new(text: impl Into<Arc<str>>, meta: Meta) -> Document {
        Document {
            text: text.into(),
            meta,
            language: Language::undetermined(),
            stages: Vec::new(),
            diagnostics: Vec::new(),
            layers: Layers::default(),
        }
    }

    /// The original text. There is no way to change it: every layer points into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A shared handle on the text (cheap clone).
    pub fn text_arc(&self) -> Arc<str> {
        self.text.clone()
    }

    /// The text under a span; empty if the span is out of range or not on char boundaries.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    pub fn diagnose(&mut self, level: Level, stage: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            level,
            stage: stage.into(),
            message: message.into(),
        });
    }

    /// The wire JSON (see `docs/document-schema.md`): code-point offsets plus covered text.
    pub fn to_json(&self) -> serde_json::Value {
        with_char_offsets(CharIndex::new(self.text.clone()), || {
            serde_json::to_value(WireOut {
                schema: SCHEMA_VERSION,
                doc: self,
            })
            .expect("a Document always serializes to a JSON value")
        })
    }

    /// Writes the wire JSON on one line.
    ///
    /// # Errors
    /// Fails only when the writer fails.
    pub fn write_json<W: std::io::Write>(&self, w: W) -> Result<(), Error> {
        with_char_offsets(CharIndex::new(self.text.clone()), || {
            serde_json::to_writer(
                w,
                &WireOut {
                    schema: SCHEMA_VERSION,
                    doc: self,
                },
            )
        })?;
        Ok(())
    }

    /// Reads the wire JSON back.
    ///
    /// # Errors
    /// Malformed JSON, another schema version, or spans outside the text.
    pub fn from_json(json: &str) -> Result<Document, Error> {
        let value: serde_json::Value = serde_json::from_str(json)?;
        let text: Arc<str> = value
            .get("text")
            .and_then(|t| t.as_str())
            .unwrap_or("")
            .into();
        let wire: WireIn =
            with_char_offsets(CharIndex::new(text), || serde_json::from_value(value))?;
        if wire.schema != SCHEMA_VERSION {
            return Err(Error::Schema {
                found: wire.schema,
                expected: SCHEMA_VERSION,
            });
        }
        Ok(wire.doc)
    }
}
