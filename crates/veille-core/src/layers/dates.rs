use crate::Span;
use serde::{Deserialize, Serialize};

/// A temporal expression normalized ISO-TimeML style.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateExpr {
    #[serde(flatten)]
    pub span: Span,
    /// TIMEX3 type: DATE, TIME, DURATION, SET.
    pub timex_type: String,
    /// Normalized value (`2016-12-12`, `2016-03`, `2016-W50`, `P4Y`, `PT24H`), or none when it
    /// could not be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Whether the value depended on the publication date.
    #[serde(default)]
    pub relative: bool,
    /// Anchored intervals (TIMEX3 `beginPoint`/`endPoint`): the first and last points of a
    /// DURATION tied to the calendar ("les 3 prochains jours" = `P3D` from `2016-12-14` to
    /// `2016-12-17`), or the other end of a range ("de 14 h à 16 h": the first point carries
    /// `end`). Absent otherwise. Serialized as `begin_point`/`end_point`: `end` is the span's
    /// end offset (flattened above), and a second `end` key would overwrite it.
    #[serde(
        rename = "begin_point",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub begin: Option<String>,
    #[serde(rename = "end_point", default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}
