//! Byte spans and their conversion to code-point offsets at the JSON edge.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;

/// A half-open byte range `[start, end)` into a document's original text.
///
/// Serialized through [`crate::Document::to_json`] it becomes
/// `{"start": <char>, "end": <char>, "text": "..."}` in Unicode code points; serialized on its
/// own (for example into the store) it stays `{"start": <byte>, "end": <byte>}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
    pub fn from_range(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start as u32, r.end as u32)
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Maps byte offsets to code-point offsets and back for one text.
///
/// ASCII texts map to themselves; others keep the byte offset of every character boundary
/// (4 bytes per character), built once per serialization.
#[derive(Debug, Clone)]
pub struct CharIndex {
    text: Arc<str>,
    /// Byte offset of each char, plus the text length; empty when the text is ASCII.
    boundaries: Vec<u32>,
}

impl CharIndex {
    pub fn new(text: Arc<str>) -> CharIndex {
        let boundaries = if text.is_ascii() {
            Vec::new()
        } else {
            let mut b: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
            b.push(text.len() as u32);
            b
        };
        CharIndex { text, boundaries }
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        if self.boundaries.is_empty() {
            self.text.len()
        } else {
            self.boundaries.len() - 1
        }
    }
    /// Code-point offset of a byte offset (a byte inside a character maps to that character).
    pub fn to_char(&self, byte: u32) -> u32 {
        if self.boundaries.is_empty() {
            byte
        } else {
            (self.boundaries.partition_point(|&b| b <= byte) as u32).saturating_sub(1)
        }
    }
    /// Byte offset of a code-point offset, or `None` past the end.
    pub fn to_byte(&self, ch: u32) -> Option<u32> {
        if self.boundaries.is_empty() {
            (ch as usize <= self.text.len()).then_some(ch)
        } else {
            self.boundaries.get(ch as usize).copied()
        }
    }
}

thread_local! {
    /// Set while a Document is (de)serialized in wire form; see [`with_char_offsets`].
    static WIRE: RefCell<Option<CharIndex>> = const { RefCell::new(None) };
}

/// Runs `f` with spans (de)serialized as code-point offsets of `index`'s text.
pub(crate) fn with_char_offsets<R>(index: CharIndex, f: impl FnOnce() -> R) -> R {
    struct Reset(Option<CharIndex>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let prev = self.0.take();
            WIRE.with(|w| *w.borrow_mut() = prev);
        }
    }
    let prev = WIRE.with(|w| w.borrow_mut().replace(index));
    let _reset = Reset(prev);
    f()
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WIRE.with(|w| match &*w.borrow() {
            Some(ix) => {
                let mut st = s.serialize_struct("Span", 3)?;
                st.serialize_field("start", &ix.to_char(self.start))?;
                st.serialize_field("end", &ix.to_char(self.end))?;
                st.serialize_field("text", ix.text().get(self.range()).unwrap_or(""))?;
                st.end()
            }
            None => {
                let mut st = s.serialize_struct("Span", 2)?;
                st.serialize_field("start", &self.start)?;
                st.serialize_field("end", &self.end)?;
                st.end()
            }
        })
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = (u32, u32);
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a span {start, end}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<(u32, u32), A::Error> {
                let (mut start, mut end) = (None, None);
                while let Some(k) = m.next_key::<String>()? {
                    match k.as_str() {
                        "start" => start = Some(m.next_value()?),
                        "end" => end = Some(m.next_value()?),
                        _ => {
                            m.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok((
                    start.ok_or_else(|| de::Error::missing_field("start"))?,
                    end.ok_or_else(|| de::Error::missing_field("end"))?,
                ))
            }
        }
        let (start, end) = d.deserialize_map(V)?;
        WIRE.with(|w| match &*w.borrow() {
            Some(ix) => {
                let conv = |c: u32| {
                    ix.to_byte(c).ok_or_else(|| {
                        de::Error::custom(format!(
                            "span {start}..{end} is outside the text ({} characters)",
                            ix.char_len()
                        ))
                    })
                };
                Ok(Span::new(conv(start)?, conv(end)?))
            }
            None => Ok(Span::new(start, end)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_roundtrip_non_ascii() {
        let ix = CharIndex::new(Arc::from("Été à Alep"));
        // "Été" = 3 chars, 5 bytes
        assert_eq!(ix.to_char(5), 3);
        assert_eq!(ix.to_byte(3), Some(5));
        assert_eq!(ix.char_len(), 10);
        assert_eq!(ix.to_byte(10), Some(ix.text().len() as u32));
        assert_eq!(ix.to_byte(11), None);
    }
}
