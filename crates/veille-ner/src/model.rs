//! The model: quantized hashed weights, BIO transitions, lexicons; its binary file format; and
//! constrained Viterbi decoding.
//!
//! File layout (little-endian): `b"VNERMODL"`, `u32` format version, `u64` payload length,
//! `u32` CRC-32 (IEEE) of the payload, then the payload (see [`NerModel::to_bytes`]).

use crate::features::{extract, hash_str, normalize, FeatureSet, HashSet64, Lexicons, Scratch};
use crate::tags::{Tag, N_LABELS};
use crate::Error;

pub const MAGIC: &[u8; 8] = b"VNERMODL";
pub const FORMAT_VERSION: u32 = 2;
const L: usize = N_LABELS;
const NEG: i32 = i32::MIN / 4;

/// A trained tagger. Immutable, `Send + Sync`: share one behind an `Arc`.
#[derive(Debug, Clone)]
pub struct NerModel {
    pub(crate) bits: u32,
    pub(crate) features: FeatureSet,
    /// `weights[bucket * L + label]`.
    pub(crate) weights: Vec<i16>,
    pub(crate) trans: [i32; L * L],
    pub(crate) start: [i32; L],
    /// Perceptron units per quantization step.
    pub(crate) scale: f32,
    /// Softmax temperature for confidences (perceptron units), calibrated on dev data.
    pub(crate) temperature: f32,
    pub(crate) lex: Lexicons,
    /// Free text: training data, date, scores.
    pub description: String,
}

/// Per-token result with a confidence (posterior marginal of the chosen label).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub tag: Tag,
    pub confidence: f32,
}

fn allowed(prev: usize, cur: usize) -> bool {
    Tag::from_index(cur).may_follow(Some(Tag::from_index(prev)))
}

fn allowed_start(cur: usize) -> bool {
    Tag::from_index(cur).may_follow(None)
}

/// Constrained Viterbi over `scores[i * L + label]`; writes label indices into `out`.
pub(crate) fn viterbi<T>(
    n: usize,
    scores: &[T],
    trans: &[T; L * L],
    start: &[T; L],
    back: &mut Vec<u8>,
    out: &mut Vec<usize>,
) where
    T: Copy + PartialOrd + std::ops::Add<Output = T> + Bounded,
{
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n * L, 0);
    let mut prev = [T::neg(); L];
    for (j, p) in prev.iter_mut().enumerate() {
        if allowed_start(j) {
            *p = start[j] + scores[j];
        }
    }
    let mut cur = [T::neg(); L];
    for i in 1..n {
        for j in 0..L {
            let mut best = T::neg();
            let mut arg = 0u8;
            for k in 0..L {
                if !allowed(k, j) || prev[k] <= T::neg() {
                    continue;
                }
                let v = prev[k] + trans[k * L + j];
                if v > best {
                    best = v;
                    arg = k as u8;
                }
            }
            cur[j] = if best <= T::neg() {
                T::neg()
            } else {
                best + scores[i * L + j]
            };
            back[i * L + j] = arg;
        }
        prev = cur;
    }
    let mut best = 0;
    for j in 1..L {
        if prev[j] > prev[best] {
            best = j;
        }
    }
    out.resize(n, 0);
    out[n - 1] = best;
    for i in (1..n).rev() {
        best = back[i * L + best] as usize;
        out[i - 1] = best;
    }
}

/// Lowest score marking an impossible path.
pub(crate) trait Bounded {
    fn neg() -> Self;
}
impl Bounded for i32 {
    fn neg() -> i32 {
        NEG
    }
}
impl Bounded for f32 {
    fn neg() -> f32 {
        -1e30
    }
}

impl NerModel {
    /// The model committed with this crate (`model/fr.vner`).
    ///
    /// # Errors
    /// The embedded file is corrupt (it is checked by the tests).
    pub fn embedded() -> Result<NerModel, Error> {
        NerModel::load(include_bytes!("../model/fr.vner"))
    }

    /// Reads a model file's bytes (magic, version and checksum are checked).
    ///
    /// # Errors
    /// Wrong magic, another format version, checksum mismatch or truncated payload.
    pub fn load(bytes: &[u8]) -> Result<NerModel, Error> {
        if bytes.len() < 24 || &bytes[..8] != MAGIC {
            return Err(Error::Format(
                "not a veille NER model (bad magic bytes)".into(),
            ));
        }
        let mut r = Reader {
            b: &bytes[8..],
            pos: 0,
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(Error::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let len = r.u64()? as usize;
        let crc = r.u32()?;
        let payload = bytes
            .get(24..)
            .ok_or_else(|| Error::Format("truncated".into()))?;
        if payload.len() != len {
            return Err(Error::Format(format!(
                "payload is {} bytes, header says {len}",
                payload.len()
            )));
        }
        if crc32(payload) != crc {
            return Err(Error::Format(
                "checksum mismatch: the model file is corrupt".into(),
            ));
        }
        let mut r = Reader { b: payload, pos: 0 };
        let bits = r.u32()?;
        if !(8..=24).contains(&bits) {
            return Err(Error::Format(format!("bad table size 2^{bits}")));
        }
        let features = FeatureSet(r.u32()?);
        let n_labels = r.u32()? as usize;
        if n_labels != L {
            return Err(Error::Format(format!(
                "{n_labels} labels, this build has {L}"
            )));
        }
        let scale = f32::from_bits(r.u32()?);
        let temperature = f32::from_bits(r.u32()?);
        if !(temperature.is_finite() && temperature > 0.0 && scale.is_finite() && scale > 0.0) {
            return Err(Error::Format("bad scale or temperature".into()));
        }
        let description = r.string()?;
        let mut start = [0i32; L];
        for s in start.iter_mut() {
            *s = r.i32()?;
        }
        let mut trans = [0i32; L * L];
        for t in trans.iter_mut() {
            *t = r.i32()?;
        }
        let n_buckets = 1usize << bits;
        let mut weights = vec![0i16; n_buckets * L];
        let nz = r.u32()? as usize;
        let mut bucket = 0usize;
        for k in 0..nz {
            let delta = r.varint()? as usize;
            bucket = if k == 0 { delta } else { bucket + delta };
            if bucket >= n_buckets {
                return Err(Error::Format("weight bucket out of range".into()));
            }
            for l in 0..L {
                let z = r.varint()?;
                let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
                weights[bucket * L + l] = v as i16;
            }
        }
        let titles = r.set()?;
        let first_names = r.set()?;
        let places = r.set()?;
        let place_max = r.u32()?;
        let orgs = r.set()?;
        let org_max = r.u32()?;
        let n_cl = r.u32()? as usize;
        let mut clusters = crate::features::HashMap64::default();
        clusters.reserve(n_cl.min(payload.len() / 14));
        for _ in 0..n_cl {
            let h = r.u64()?;
            let a = r.u16()?;
            let b = r.u16()?;
            let c = r.u16()?;
            clusters.insert(h, [a, b, c]);
        }
        if r.pos != payload.len() {
            return Err(Error::Format("trailing bytes in payload".into()));
        }
        Ok(NerModel {
            bits,
            features,
            weights,
            trans,
            start,
            scale,
            temperature,
            lex: Lexicons {
                titles,
                first_names,
                places,
                place_max,
                orgs,
                org_max,
                clusters,
            },
            description,
        })
    }

    /// Serializes the model (deterministic: sets are written sorted).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        put_u32(&mut p, self.bits);
        put_u32(&mut p, self.features.0);
        put_u32(&mut p, L as u32);
        put_u32(&mut p, self.scale.to_bits());
        put_u32(&mut p, self.temperature.to_bits());
        put_u32(&mut p, self.description.len() as u32);
        p.extend_from_slice(self.description.as_bytes());
        for &s in &self.start {
            p.extend_from_slice(&s.to_le_bytes());
        }
        for &t in &self.trans {
            p.extend_from_slice(&t.to_le_bytes());
        }
        let nz: Vec<usize> = (0..(1usize << self.bits))
            .filter(|&b| self.weights[b * L..(b + 1) * L].iter().any(|&w| w != 0))
            .collect();
        put_u32(&mut p, nz.len() as u32);
        let mut last = 0usize;
        for (k, &b) in nz.iter().enumerate() {
            put_varint(&mut p, if k == 0 { b as u64 } else { (b - last) as u64 });
            last = b;
            for &w in &self.weights[b * L..(b + 1) * L] {
                let v = i64::from(w);
                put_varint(&mut p, ((v << 1) ^ (v >> 63)) as u64);
            }
        }
        put_set(&mut p, &self.lex.titles);
        put_set(&mut p, &self.lex.first_names);
        put_set(&mut p, &self.lex.places);
        put_u32(&mut p, self.lex.place_max);
        put_set(&mut p, &self.lex.orgs);
        put_u32(&mut p, self.lex.org_max);
        let mut cl: Vec<(&u64, &[u16; 3])> = self.lex.clusters.iter().collect();
        cl.sort();
        put_u32(&mut p, cl.len() as u32);
        for (h, c) in cl {
            p.extend_from_slice(&h.to_le_bytes());
            p.extend_from_slice(&c[0].to_le_bytes());
            p.extend_from_slice(&c[1].to_le_bytes());
            p.extend_from_slice(&c[2].to_le_bytes());
        }
        let mut out = Vec::with_capacity(p.len() + 24);
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, FORMAT_VERSION);
        out.extend_from_slice(&(p.len() as u64).to_le_bytes());
        put_u32(&mut out, crc32(&p));
        out.extend_from_slice(&p);
        out
    }

    /// A short stable version string: format version and checksum of the payload.
    pub fn version(&self) -> String {
        let bytes = self.to_bytes();
        let crc = u32::from_le_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        format!("fr-v{FORMAT_VERSION}-{crc:08x}")
    }

    /// Number of non-zero weight buckets.
    pub fn n_active_buckets(&self) -> usize {
        self.weights
            .chunks(L)
            .filter(|c| c.iter().any(|&w| w != 0))
            .count()
    }

    /// Whether a lowercase word is in the titles lexicon ("général", "président"...).
    pub fn is_title(&self, word: &str) -> bool {
        self.lex.titles.contains(&hash_str(&normalize(word)))
    }

    /// Whether a word is in the first-names lexicon (derived from the training data).
    pub fn is_first_name(&self, word: &str) -> bool {
        self.lex.first_names.contains(&hash_str(&normalize(word)))
    }

    fn emissions(&self, tokens: &[&str], scratch: &mut Scratch) {
        extract(&self.lex, self.features, self.bits, tokens, scratch);
        let n = tokens.len();
        scratch.scores.clear();
        scratch.scores.resize(n * L, 0);
        let mut s = 0;
        for i in 0..n {
            let e = scratch.feat_ends[i];
            let mut acc = [0i32; L];
            for &f in &scratch.feats[s..e] {
                let row = &self.weights[f as usize * L..f as usize * L + L];
                for l in 0..L {
                    acc[l] += i32::from(row[l]);
                }
            }
            scratch.scores[i * L..i * L + L].copy_from_slice(&acc);
            s = e;
        }
    }

    /// Tags one sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        self.tag_into(tokens, &mut scratch, &mut out);
        out
    }

    /// Tags one sentence with caller-owned buffers (no allocation once they are warm).
    pub fn tag_into(&self, tokens: &[&str], scratch: &mut Scratch, out: &mut Vec<Tag>) {
        out.clear();
        if tokens.is_empty() {
            return;
        }
        self.emissions(tokens, scratch);
        let mut idx = Vec::with_capacity(tokens.len());
        viterbi(
            tokens.len(),
            &scratch.scores,
            &self.trans,
            &self.start,
            &mut scratch.back,
            &mut idx,
        );
        out.extend(idx.iter().map(|&i| Tag::from_index(i)));
    }

    /// Viterbi tags with per-token confidences: the posterior marginal of the chosen label under
    /// the CRF reading of the scores (forward-backward, calibrated temperature).
    pub fn tag_scored(&self, tokens: &[&str], scratch: &mut Scratch) -> Vec<Scored> {
        let n = tokens.len();
        if n == 0 {
            return Vec::new();
        }
        let (idx, marg) = self.marginals(tokens, scratch, self.temperature);
        idx.iter()
            .enumerate()
            .map(|(i, &j)| Scored {
                tag: Tag::from_index(j),
                confidence: marg[i * L + j].clamp(0.0, 1.0) as f32,
            })
            .collect()
    }

    /// Viterbi label indices and posterior marginals `[i * L + label]` at `temperature`.
    pub(crate) fn marginals(
        &self,
        tokens: &[&str],
        scratch: &mut Scratch,
        temperature: f32,
    ) -> (Vec<usize>, Vec<f64>) {
        let n = tokens.len();
        let mut idx = Vec::with_capacity(n);
        if n == 0 {
            return (idx, Vec::new());
        }
        self.emissions(tokens, scratch);
        viterbi(
            n,
            &scratch.scores,
            &self.trans,
            &self.start,
            &mut scratch.back,
            &mut idx,
        );
        let sc = f64::from(self.scale) / f64::from(temperature.max(1e-6));
        // Forward-backward in probability space with per-position normalisation: constant
        // factors (per-token emission maxima, the transition maximum) cancel in the marginals.
        let tmax = self.trans.iter().copied().max().unwrap_or(0);
        let mut tr = [0f64; L * L];
        for k in 0..L {
            for j in 0..L {
                if allowed(k, j) {
                    tr[k * L + j] = (f64::from(self.trans[k * L + j] - tmax) * sc).exp();
                }
            }
        }
        let mut em = vec![0f64; n * L];
        for i in 0..n {
            let row = &scratch.scores[i * L..i * L + L];
            let m = row.iter().copied().max().unwrap_or(0);
            for j in 0..L {
                em[i * L + j] = (f64::from(row[j] - m) * sc).exp();
            }
        }
        let mut alpha = vec![0f64; n * L];
        let mut beta = vec![1f64; n * L];
        let smax = self.start.iter().copied().max().unwrap_or(0);
        let normalize = |v: &mut [f64]| {
            let z: f64 = v.iter().sum();
            if z > 0.0 && z.is_finite() {
                v.iter_mut().for_each(|x| *x /= z);
            }
        };
        for j in 0..L {
            if allowed_start(j) {
                alpha[j] = (f64::from(self.start[j] - smax) * sc).exp() * em[j];
            }
        }
        normalize(&mut alpha[..L]);
        for i in 1..n {
            for j in 0..L {
                let mut acc = 0.0;
                for k in 0..L {
                    acc += alpha[(i - 1) * L + k] * tr[k * L + j];
                }
                alpha[i * L + j] = acc * em[i * L + j];
            }
            normalize(&mut alpha[i * L..i * L + L]);
        }
        for i in (0..n - 1).rev() {
            for k in 0..L {
                let mut acc = 0.0;
                for j in 0..L {
                    acc += tr[k * L + j] * em[(i + 1) * L + j] * beta[(i + 1) * L + j];
                }
                beta[i * L + k] = acc;
            }
            normalize(&mut beta[i * L..i * L + L]);
        }
        let mut marg = vec![0f64; n * L];
        for i in 0..n {
            for j in 0..L {
                marg[i * L + j] = alpha[i * L + j] * beta[i * L + j];
            }
            normalize(&mut marg[i * L..i * L + L]);
        }
        (idx, marg)
    }

    /// Picks the temperature minimising the gold labels' negative log-likelihood on `gold`
    /// (a grid from 1 to 64 perceptron units); returns it and sets it.
    pub fn calibrate(&mut self, gold: &[(Vec<&str>, Vec<Tag>)]) -> f32 {
        let mut scratch = Scratch::default();
        let mut best = (f64::INFINITY, 1.0f32);
        for t in [
            1.0f32, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0,
        ] {
            let mut nll = 0.0;
            for (toks, tags) in gold {
                let (_, m) = self.marginals(toks, &mut scratch, t);
                for (i, tag) in tags.iter().enumerate() {
                    nll -= m[i * L + tag.index()].max(1e-12).ln();
                }
            }
            if nll < best.0 {
                best = (nll, t);
            }
        }
        self.temperature = best.1;
        best.1
    }
}

fn put_u32(p: &mut Vec<u8>, v: u32) {
    p.extend_from_slice(&v.to_le_bytes());
}

fn put_varint(p: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        p.push((v as u8) | 0x80);
        v >>= 7;
    }
    p.push(v as u8);
}

fn put_set(p: &mut Vec<u8>, s: &HashSet64) {
    let mut v: Vec<u64> = s.iter().copied().collect();
    v.sort_unstable();
    put_u32(p, v.len() as u32);
    for h in v {
        p.extend_from_slice(&h.to_le_bytes());
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], Error> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| Error::Format("truncated model payload".into()))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u16(&mut self) -> Result<u16, Error> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn i32(&mut self) -> Result<i32, Error> {
        Ok(self.u32()? as i32)
    }
    fn u64(&mut self) -> Result<u64, Error> {
        let s = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
    fn varint(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Format("bad varint".into()))
    }
    fn string(&mut self) -> Result<String, Error> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| Error::Format("description is not UTF-8".into()))
    }
    fn set(&mut self) -> Result<HashSet64, Error> {
        let n = self.u32()? as usize;
        let mut s = HashSet64::default();
        s.reserve(n.min(1 << 22));
        for _ in 0..n {
            s.insert(self.u64()?);
        }
        Ok(s)
    }
}

/// CRC-32 (IEEE 802.3, reflected, as zlib).
pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    });
    let mut c = !0u32;
    for &b in data {
        c = table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_known_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }
}
