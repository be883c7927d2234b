//! Finding tokens and sentences by byte offset (binary search; layers are sorted).

use std::ops::Range;
use veille_core::layers::{Sentence, Token};
use veille_core::Span;

/// Index of the token containing byte `byte`, if any (whitespace belongs to none).
///
/// ```
/// let text = "Près de 10 000 personnes";
/// let t = veille_text::tokenize(text);
/// assert_eq!(veille_text::token_at(&t, 9), Some(2)); // inside "10 000"
/// assert_eq!(veille_text::token_at(&t, 5), None); // the space after "Près" (5 bytes)
/// ```
pub fn token_at(tokens: &[Token], byte: u32) -> Option<usize> {
    let i = tokens.partition_point(|t| t.span.end <= byte);
    (i < tokens.len() && tokens[i].span.start <= byte).then_some(i)
}

/// The range of tokens lying entirely inside `span`.
///
/// ```
/// use veille_core::Span;
/// let text = "Le Dr Taleb Ibrahim parle.";
/// let t = veille_text::tokenize(text);
/// assert_eq!(veille_text::tokens_in(&t, Span::new(6, 19)), 2..4); // "Taleb Ibrahim"
/// ```
pub fn tokens_in(tokens: &[Token], span: Span) -> Range<usize> {
    let a = tokens.partition_point(|t| t.span.start < span.start);
    let b = tokens.partition_point(|t| t.span.end <= span.end);
    a..b.max(a)
}

/// Index of the sentence containing byte `byte`, or the one before the gap it falls in.
///
/// ```
/// let text = "Alep est libérée. Palmyre est tombée.";
/// let t = veille_text::tokenize(text);
/// let s = veille_text::split_sentences(text, &t);
/// assert_eq!(veille_text::sentence_at(&s, 20), Some(1));
/// assert_eq!(veille_text::sentence_at(&s, 17), Some(0)); // the space between
/// ```
pub fn sentence_at(sentences: &[Sentence], byte: u32) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.start <= byte);
    i.checked_sub(1)
}
