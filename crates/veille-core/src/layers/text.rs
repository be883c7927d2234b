use crate::Span;
use serde::{Deserialize, Serialize};

/// What a token is. Words include elided forms (`l'`, `qu'`) and hyphenated compounds
/// (`Alep-Est`); numbers include grouped digits (`10 000`, `839.000`, `8,5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
    Url,
    Email,
    Hashtag,
    Mention,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    #[serde(flatten)]
    pub span: Span,
    pub kind: TokenKind,
}

/// A sentence: its span and the half-open range of its tokens in `Layers::tokens`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    pub first_token: u32,
    pub end_token: u32,
}

impl Sentence {
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}
