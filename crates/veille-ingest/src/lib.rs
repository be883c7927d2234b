//! veille-ingest
pub mod decode;
pub mod error;
pub mod eval;
pub mod html;
