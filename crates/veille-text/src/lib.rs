//! # veille-text
//!
//! Tokens, sentences and language for veille, French first:
//! - [`tokenize`]: lossless, byte-oriented tokenizer following Universal Dependencies
//!   French surface conventions (elisions split, compounds kept, clitics split,
//!   `10 000` one token, abbreviations keep their period, URLs / e-mails / hashtags);
//! - [`split_sentences`]: sentence boundaries over those tokens (abbreviations, quotes,
//!   missing spaces, line breaks);
//! - [`identify_language`]: whatlang on a bounded prefix; `fr` and `en` are supported;
//! - [`fold`]: lowercase + accent folding for matching; [`token_at`], [`tokens_in`],
//!   [`sentence_at`]: binary searches by byte offset;
//! - stages [`TokenizeStage`] (fills `layers.tokens` and `layers.sentences`) and
//!   [`LanguageStage`] (sets `doc.language`, warns when it is not analysed);
//! - [`french`]: closed-class French words (determiners, possessives, prepositions) with
//!   binary-search lookups, shared by the rule-based stages;
//! - [`eval`]: scores against UD French (`veille eval tokens`, `veille eval sentences`).
//!
//! ```
//! let text = "Près de 10 000 personnes ont été évacuées d'Alep-Est. Le Dr Taleb Ibrahim l'a dit.";
//! let tokens = veille_text::tokenize(text);
//! let sentences = veille_text::split_sentences(text, &tokens);
//! assert_eq!(sentences.len(), 2);
//! assert!(tokens.iter().any(|t| &text[t.span.range()] == "10 000"));
//! ```

mod chars;
pub mod eval;
mod fold;
pub mod french;
mod lang;
mod nav;
mod sentences;
mod tokenize;

pub use chars::{is_lower, is_space, is_upper, is_word_char};
pub use fold::{fold, fold_char_into};
pub use lang::{identify_language, LANGUAGE_PREFIX_BYTES, SUPPORTED};
pub use nav::{sentence_at, token_at, tokens_in};
pub use sentences::{render_sentences, split_sentences};
pub use tokenize::{render, tokenize, tokenize_into};
pub use veille_core::layers::{Sentence, Token, TokenKind};

use veille_core::{Document, Level, Stage};

/// Version of the tokenization and sentence rules; bump when output changes.
pub const RULES_VERSION: &str = "1";

/// Fills `layers.tokens` and `layers.sentences`.
#[derive(Debug, Default, Clone, Copy)]
pub struct TokenizeStage;

impl Stage for TokenizeStage {
    fn name(&self) -> &'static str {
        "tokenize"
    }
    fn version(&self) -> String {
        RULES_VERSION.to_string()
    }
    fn annotate(&self, doc: &mut Document) {
        let text = doc.text_arc();
        if text.len() > u32::MAX as usize {
            doc.diagnose(
                Level::Error,
                "tokenize",
                "text longer than 4 GiB: not tokenized",
            );
            return;
        }
        let tokens = tokenize(&text);
        let sentences = split_sentences(&text, &tokens);
        doc.layers.tokens = tokens;
        doc.layers.sentences = sentences;
    }
}

/// Sets `doc.language`; warns when the language is not one veille analyses.
#[derive(Debug, Default, Clone, Copy)]
pub struct LanguageStage;

impl Stage for LanguageStage {
    fn name(&self) -> &'static str {
        "language"
    }
    fn version(&self) -> String {
        format!("whatlang-0.18/{LANGUAGE_PREFIX_BYTES}/fw1")
    }
    fn annotate(&self, doc: &mut Document) {
        let lang = identify_language(doc.text());
        if !lang.supported {
            let msg = format!("language {} is not analysed yet: tokenized only", lang.code);
            doc.diagnose(Level::Warning, "language", msg);
        }
        doc.language = lang;
    }
}

/// Errors of this crate (evaluation input only: analysis itself never fails).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("no UD French data under {0} (expected sequoia/ and gsd/ with .conllu files; is ../shared there? use --shared DIR)")]
    NoData(std::path::PathBuf),
}
