//! Document identity and duplicate detection.
//!
//! * [`doc_id`]: 64-bit xxh3 of the normalized text (lower case, whitespace runs collapsed,
//!   typographic apostrophes and quotes unified), as 16 hex digits. Same id = exact duplicate.
//! * [`simhash`]: 64-bit SimHash over word 3-shingles; two texts within
//!   [`NEAR_DISTANCE`] bits are near duplicates (wire copies with a changed byline...).
//!   [`NearIndex`] finds them with 4 bands of 16 bits (pigeonhole: ≤ 3 differing bits leave at
//!   least one band equal).

use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// Maximum Hamming distance between SimHashes of near duplicates.
pub const NEAR_DISTANCE: u32 = 3;
/// Texts with fewer words are not near-deduplicated (their SimHash is too unstable).
pub const NEAR_MIN_WORDS: usize = 30;

/// The normalized form hashed into the document id.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '«' | '»' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    out
}

/// The document id: hash of the normalized text, 16 lowercase hex digits.
pub fn doc_id(text: &str) -> String {
    format!("{:016x}", xxh3_64(normalize(text).as_bytes()))
}

/// Lowercased alphanumeric words of a text (the unit of SimHash shingles and story terms).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// SimHash of the word 3-shingles; `None` for texts shorter than [`NEAR_MIN_WORDS`] words.
pub fn simhash(text: &str) -> Option<u64> {
    let ws: Vec<u64> = words(text).map(|w| xxh3_64(w.as_bytes())).collect();
    if ws.len() < NEAR_MIN_WORDS {
        return None;
    }
    let mut acc = [0i32; 64];
    for w in ws.windows(3) {
        let h = xxh3_64(&[w[0].to_le_bytes(), w[1].to_le_bytes(), w[2].to_le_bytes()].concat());
        for (bit, a) in acc.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *a += 1;
            } else {
                *a -= 1;
            }
        }
    }
    let mut out = 0u64;
    for (bit, a) in acc.iter().enumerate() {
        if *a > 0 {
            out |= 1 << bit;
        }
    }
    Some(out)
}

/// In-memory band index over the SimHashes of stored documents.
#[derive(Debug, Default)]
pub struct NearIndex {
    bands: [HashMap<u16, Vec<u32>>; 4],
    entries: Vec<(u64, String)>,
}

impl NearIndex {
    pub fn insert(&mut self, hash: u64, id: String) {
        let n = self.entries.len() as u32;
        self.entries.push((hash, id));
        for (b, band) in self.bands.iter_mut().enumerate() {
            band.entry((hash >> (16 * b)) as u16).or_default().push(n);
        }
    }

    /// The closest stored document within [`NEAR_DISTANCE`], with its distance.
    pub fn nearest(&self, hash: u64) -> Option<(&str, u32)> {
        let mut best: Option<(u32, u32)> = None;
        for (b, band) in self.bands.iter().enumerate() {
            if let Some(list) = band.get(&((hash >> (16 * b)) as u16)) {
                for &i in list {
                    let d = (self.entries[i as usize].0 ^ hash).count_ones();
                    if d <= NEAR_DISTANCE && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, i));
                    }
                }
            }
        }
        best.map(|(d, i)| (self.entries[i as usize].1.as_str(), d))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_ignores_case_spacing_and_apostrophes() {
        assert_eq!(
            doc_id("L’armée  syrienne\n a repris Alep."),
            doc_id("l'armée syrienne a repris alep.")
        );
        assert_ne!(doc_id("Alep"), doc_id("Alep-Est"));
        assert_eq!(doc_id("  x "), doc_id("x"));
    }

    #[test]
    fn simhash_near_and_far() {
        let a = "Le gouvernement a annoncé mardi un plan de 2 milliards d'euros pour la rénovation \
                 des écoles, a déclaré la ministre à Lyon devant les élus de la région, qui \
                 attendaient ce geste depuis plusieurs mois après les inondations de l'hiver dernier.";
        let b = a.replace("mardi", "mercredi");
        let c = "Le club lyonnais a battu Marseille samedi soir au terme d'un match tendu, marqué \
                 par deux expulsions et un penalty contesté, devant quarante mille spectateurs \
                 venus assister au choc de la vingtième journée du championnat de France.";
        let (ha, hb, hc) = (
            simhash(a).unwrap(),
            simhash(&b).unwrap(),
            simhash(c).unwrap(),
        );
        let mut idx = NearIndex::default();
        idx.insert(ha, "a".into());
        assert!((ha ^ hc).count_ones() > 10);
        assert!(idx.nearest(hc).is_none());
        // one changed word flips a few shingles: usually within distance, never far
        assert!((ha ^ hb).count_ones() < 16);
        assert!(simhash("trop court").is_none());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = doc_id(&s);
            let _ = simhash(&s);
        }
    }
}
