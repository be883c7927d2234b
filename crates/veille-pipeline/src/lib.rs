//! # veille-pipeline
//!
//! The facade that wires veille's analysis: [`default_stages`] is the one place where the
//! ordered list of stages lives, and [`Analyzer`] runs it over a text.
//!
//! An `Analyzer` holds every model (loaded once); it is `Send + Sync`, so one instance behind an
//! `Arc` serves all worker threads and HTTP handlers.
//!
//! ```
//! use veille_pipeline::Analyzer;
//! let analyzer = Analyzer::new().unwrap();
//! let doc = analyzer.analyze("Alep a été libérée. Les habitants sont sortis.", Default::default());
//! assert_eq!(doc.layers.sentences.len(), 2);
//! ```

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};
use veille_core::{Document, Level, Meta, Stage, StageRun};

/// Errors from building the pipeline or running it on one document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("could not load the {stage} stage: {message}")]
    Load {
        stage: &'static str,
        message: String,
    },
    #[error("stage {stage} failed on this document: {message}")]
    StagePanicked {
        stage: &'static str,
        message: String,
    },
}

/// The ordered stages of the default analysis. Each is a pure function over the document
/// that adds its own layer; later stages read earlier layers.
///
/// # Errors
/// A stage whose embedded model cannot be loaded.
pub fn default_stages() -> Result<Vec<Arc<dyn Stage>>, Error> {
    let stages: Vec<Arc<dyn Stage>> = vec![
        Arc::new(veille_text::LanguageStage),
        Arc::new(veille_text::TokenizeStage),
        Arc::new(veille_figures::FiguresStage),
        Arc::new(veille_ner::NerStage::new().map_err(|e| Error::Load {
            stage: "ner",
            message: e.to_string(),
        })?),
        // geo resolves the LOC mentions: keep it after the NER stage
        Arc::new(
            veille_geo::GeoStage::load_default().map_err(|e| Error::Load {
                stage: "geo",
                message: e.to_string(),
            })?,
        ),
        // quotes reads layers.mentions/entities when present: keep it after the NER stage
        Arc::new(veille_quotes::QuoteStage::new()),
        // events and framing read every other layer: keep them last
        Arc::new(veille_events::EventsStage),
        Arc::new(veille_events::FramingStage),
    ];
    Ok(stages)
}

/// Runs the stages over documents. Cheap to share: clone the `Arc` it lives in.
pub struct Analyzer {
    stages: Vec<Arc<dyn Stage>>,
}

impl Analyzer {
    /// The default pipeline with the embedded models.
    ///
    /// # Errors
    /// See [`default_stages`].
    pub fn new() -> Result<Analyzer, Error> {
        Ok(Analyzer {
            stages: default_stages()?,
        })
    }

    /// A pipeline made of the given stages, in order.
    pub fn with_stages(stages: Vec<Arc<dyn Stage>>) -> Analyzer {
        Analyzer { stages }
    }

    /// Keeps only the stages named (plus those they need to come first are the caller's
    /// business: names are matched as given, order is kept).
    pub fn only(&self, names: &[&str]) -> Analyzer {
        let stages = self
            .stages
            .iter()
            .filter(|s| names.contains(&s.name()))
            .cloned()
            .collect();
        Analyzer { stages }
    }

    pub fn stages(&self) -> &[Arc<dyn Stage>] {
        &self.stages
    }

    /// Names and versions of the stages, as recorded in each document.
    pub fn versions(&self) -> Vec<StageRun> {
        self.stages
            .iter()
            .map(|s| StageRun {
                name: s.name().to_string(),
                version: s.version(),
            })
            .collect()
    }

    /// Analyses one text. Never fails: a stage that panics (a bug) is reported as a
    /// diagnostic on the document and the remaining stages still run.
    pub fn analyze(&self, text: impl Into<Arc<str>>, meta: Meta) -> Document {
        self.analyze_timed(text, meta, &mut [])
    }

    /// Like [`Analyzer::analyze`], adding each stage's wall time into `timings` (same order as
    /// [`Analyzer::stages`]; ignored if shorter).
    pub fn analyze_timed(
        &self,
        text: impl Into<Arc<str>>,
        meta: Meta,
        timings: &mut [Duration],
    ) -> Document {
        let mut doc = Document::new(text, meta);
        for (i, stage) in self.stages.iter().enumerate() {
            let started = Instant::now();
            if let Err(e) = run_stage(stage.as_ref(), &mut doc) {
                doc.diagnose(Level::Error, stage.name(), e.to_string());
            }
            if let Some(t) = timings.get_mut(i) {
                *t += started.elapsed();
            }
            doc.stages.push(StageRun {
                name: stage.name().to_string(),
                version: stage.version(),
            });
        }
        doc
    }
}

/// Runs one stage, turning a panic into an error so that one bad document never takes a batch
/// down. The stage's partial layer, if any, is left as it was when the panic happened.
fn run_stage(stage: &dyn Stage, doc: &mut Document) -> Result<(), Error> {
    catch_unwind(AssertUnwindSafe(|| stage.annotate(doc))).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        Error::StagePanicked {
            stage: stage.name(),
            message,
        }
    })
}
