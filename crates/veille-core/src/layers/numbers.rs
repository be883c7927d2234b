use crate::Span;
use serde::{Deserialize, Serialize};

/// A numeric expression: a value or a range, with its qualifier, unit and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberExpr {
    #[serde(flatten)]
    pub span: Span,
    /// Exact value when there is one (ranges set `min`/`max` instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// `approximately`, `more_than`, `at_least`, `less_than`, `up_to`, `vague`... or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// `EUR`, `USD`, `percent`, `year`, `hour`, `km`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The counted noun ("djihadistes", "personnes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Span>,
    /// people, casualties, displaced, arrested, troops, money, percent, duration, age, other...
    pub category: String,
    /// Digits too large to hold faithfully are kept as text here instead of a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}
