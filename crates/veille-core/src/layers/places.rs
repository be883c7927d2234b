use crate::Span;
use serde::{Deserialize, Serialize};

/// A toponym in the text and, when resolved, its GeoNames entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    #[serde(flatten)]
    pub span: Span,
    /// Index into `Layers::mentions` when the toponym is a NER mention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<GeoResolution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeoResolution {
    /// Stable id of the gazetteer entry, prefixed by its source: `geonames:4921868`,
    /// `wof:85632…` (Who's On First), `fips:18143` (US county), `veille:…` (a region veille
    /// derives from its parts, stable for one gazetteer version).
    #[serde(default)]
    pub id: String,
    /// GeoNames id, absent for entries from other sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u32>,
    pub name_fr: String,
    pub name_en: String,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// GeoNames feature class and code, e.g. `P.PPLA`.
    pub feature: String,
    pub confidence: f32,
}

/// A country referred to by name, adjective or demonym.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryRef {
    #[serde(flatten)]
    pub span: Span,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `name` ("Syrie") or `demonym` ("syrien", "russes").
    pub via: String,
}
