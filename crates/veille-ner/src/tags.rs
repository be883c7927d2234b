//! BIO tags over the four entity types.

use std::fmt;
use veille_core::layers::EntityType;

/// Number of BIO labels: `O` plus `B-`/`I-` for PER, ORG, LOC, MISC.
pub const N_LABELS: usize = 9;

/// One IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntityType),
    I(EntityType),
}

pub(crate) fn type_index(t: EntityType) -> usize {
    match t {
        EntityType::PER => 0,
        EntityType::ORG => 1,
        EntityType::LOC => 2,
        EntityType::MISC => 3,
    }
}

impl Tag {
    /// Dense label index in `0..N_LABELS`.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + 2 * type_index(t),
            Tag::I(t) => 2 + 2 * type_index(t),
        }
    }

    /// Inverse of [`Tag::index`]; indices past the end give `O`.
    pub fn from_index(i: usize) -> Tag {
        if i == 0 || i >= N_LABELS {
            return Tag::O;
        }
        let t = EntityType::ALL[(i - 1) / 2];
        if i % 2 == 1 {
            Tag::B(t)
        } else {
            Tag::I(t)
        }
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }

    /// Whether `self` may follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`).
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        match self {
            Tag::I(t) => matches!(prev, Some(Tag::B(p)) | Some(Tag::I(p)) if p == t),
            _ => true,
        }
    }

    /// Parses `O`, `B-PER`, `I-LOC`... with our four type names only.
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (prefix, ty) = s.split_once('-')?;
        let ty = EntityType::parse(ty)?;
        match prefix {
            "B" => Some(Tag::B(ty)),
            "I" => Some(Tag::I(ty)),
            _ => None,
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(t) => write!(f, "B-{}", t.as_str()),
            Tag::I(t) => write!(f, "I-{}", t.as_str()),
        }
    }
}

/// An entity span over token indices: `start..end` with its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenSpan {
    pub start: usize,
    pub end: usize,
    pub label: EntityType,
}

/// Entity spans of an IOB2 sequence. A stray `I-X` (after `O` or another type) opens a span,
/// as conlleval does.
pub fn spans(tags: &[Tag]) -> Vec<TokenSpan> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, EntityType)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = matches!((tag, cur), (Tag::I(t), Some((_, c))) if t == c);
        if continues {
            continue;
        }
        if let Some((s, t)) = cur.take() {
            out.push(TokenSpan {
                start: s,
                end: i,
                label: t,
            });
        }
        if let Some(t) = tag.entity_type() {
            cur = Some((i, t));
        }
    }
    if let Some((s, t)) = cur {
        out.push(TokenSpan {
            start: s,
            end: tags.len(),
            label: t,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_roundtrip() {
        for i in 0..N_LABELS {
            assert_eq!(Tag::from_index(i).index(), i);
            assert_eq!(
                Tag::parse(&Tag::from_index(i).to_string()),
                Some(Tag::from_index(i))
            );
        }
    }

    #[test]
    fn spans_of_sequence() {
        let tags: Vec<Tag> = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]
            .iter()
            .map(|s| Tag::parse(s).unwrap())
            .collect();
        let got: Vec<String> = spans(&tags)
            .iter()
            .map(|s| format!("{}..{} {}", s.start, s.end, s.label.as_str()))
            .collect();
        assert_eq!(got, ["0..2 PER", "3..4 LOC", "4..5 LOC", "5..6 ORG"]);
    }
}
