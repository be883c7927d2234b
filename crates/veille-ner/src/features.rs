//! Feature extraction: every feature is a (template, value) pair hashed straight into a bucket
//! of the weight table, so inference keeps no string maps.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type IdBuild = BuildHasherDefault<IdHasher>;
pub type HashSet64 = HashSet<u64, IdBuild>;
pub type HashMap64<V> = HashMap<u64, V, IdBuild>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Streaming FNV-1a.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(FNV_OFFSET)
    }
    #[inline]
    pub fn bytes(mut self, b: &[u8]) -> Fnv {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }
    #[inline]
    pub fn finish(self) -> u64 {
        mix(self.0)
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

/// Hash of a string (stable across platforms and versions: it is stored in model files).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    Fnv::new().bytes(s.as_bytes()).finish()
}

/// murmur3 fmix64.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

/// Lowercase form used for every lexical lookup: lowercased, typographic apostrophes folded.
pub fn normalize_into(token: &str, out: &mut String) {
    for c in token.chars() {
        match c {
            '\u{2019}' | '\u{02bc}' | '`' | '\u{2018}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

pub fn normalize(token: &str) -> String {
    let mut s = String::with_capacity(token.len());
    normalize_into(token, &mut s);
    s
}

/// Compact lexicons stored in the model: gazetteers and word clusters, all keyed by
/// [`hash_str`] of the [`normalize`]d form.
#[derive(Debug, Clone, Default)]
pub struct Lexicons {
    /// Titles and functions preceding names ("général", "président", "dr").
    pub titles: HashSet64,
    /// First names (derived from the training data).
    pub first_names: HashSet64,
    /// Place names, multi-word names joined by one space.
    pub places: HashSet64,
    /// Longest place name in tokens.
    pub place_max: u32,
    /// Organisation names and aliases (multi-word joined by one space).
    pub orgs: HashSet64,
    pub org_max: u32,
    /// Word → (coarse cluster, fine cluster, capitalization bin) (0 = unknown). The bin says
    /// how often the word is capitalized away from a sentence start in unlabeled text.
    pub clusters: HashMap64<[u16; 3]>,
}

const F_UPPER_INITIAL: u64 = 1;
const F_ALL_UPPER: u64 = 2;
const F_SENT_INITIAL: u64 = 4;
const F_DIGIT: u64 = 8;
const F_HYPHEN: u64 = 16;
const F_PUNCT: u64 = 32;

#[derive(Debug, Clone, Copy, Default)]
struct TokInfo {
    w: u64,
    shape: u64,
    sshape: u64,
    flags: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    cl: [u16; 3],
    place: u8,
    org: u8,
    title: bool,
    first: bool,
}

/// Per-thread buffers: one per worker, reused across sentences so tagging does not allocate.
#[derive(Debug, Default)]
pub struct Scratch {
    lower: String,
    info: Vec<TokInfo>,
    /// Bucket indices, `feat_ends[i]` = end of token i's features.
    pub(crate) feats: Vec<u32>,
    pub(crate) feat_ends: Vec<usize>,
    pub(crate) scores: Vec<i32>,
    pub(crate) back: Vec<u8>,
}

// Template ids.
const T_BIAS: u64 = 1;
const T_W: u64 = 2;
const T_SHAPE: u64 = 3;
const T_SSHAPE: u64 = 4;
const T_PRE: u64 = 5; // ..=8
const T_SUF: u64 = 9; // ..=12
const T_FLAGS: u64 = 13;
const T_WM1: u64 = 14;
const T_WP1: u64 = 15;
const T_WM2: u64 = 16;
const T_WP2: u64 = 17;
const T_SSM1: u64 = 18;
const T_SSP1: u64 = 19;
const T_BI_L: u64 = 20;
const T_BI_R: u64 = 21;
const T_SS3: u64 = 22;
const T_PLACE: u64 = 23;
const T_TITLE_M1: u64 = 24;
const T_FIRST: u64 = 25;
const T_FIRST_M1: u64 = 26;
const T_CL0: u64 = 27;
const T_CL1: u64 = 28;
const T_CL1_M1: u64 = 29;
const T_CL1_P1: u64 = 30;
const T_FLAGS_M1: u64 = 31;
const T_ORG: u64 = 32;
const T_TITLE: u64 = 33;
const T_FIRST_P1: u64 = 34;
const T_SUF3_M1: u64 = 35;
const T_CASE: u64 = 36;

const BOS: u64 = 0x5eed_0001;
const EOS: u64 = 0x5eed_0002;

/// Which optional feature groups are on (for ablations; the model file records it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureSet(pub u32);

impl FeatureSet {
    pub const GAZETTEERS: u32 = 1;
    pub const CLUSTERS: u32 = 2;
    pub const BIGRAMS: u32 = 4;
    pub const ALL: FeatureSet = FeatureSet(7);
    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

fn shape_char(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c == '-' {
        b'-'
    } else if c == '\'' || c == '\u{2019}' {
        b'\''
    } else if c.is_alphabetic() {
        b'x'
    } else {
        b'p'
    }
}

fn is_quote_like(tok: &str) -> bool {
    matches!(
        tok,
        "\"" | "«"
            | "»"
            | "“"
            | "”"
            | "—"
            | "–"
            | "-"
            | ":"
            | "("
            | "."
            | "!"
            | "?"
            | "…"
            | "'"
            | "‘"
    )
}

/// Hash of `tokens[i..i+n]`'s lowercase forms joined by single spaces.
fn ngram_hash(lowers: &[&str]) -> u64 {
    let mut h = Fnv::new();
    for (k, w) in lowers.iter().enumerate() {
        if k > 0 {
            h = h.bytes(b" ");
        }
        h = h.bytes(w.as_bytes());
    }
    h.finish()
}

/// Longest-match B/I marks (1 = begins a match, 2 = inside one) of a multi-word lexicon over
/// capitalized starts.
fn mark_matches(lowers: &[&str], caps: &[bool], set: &HashSet64, max: usize, out: &mut [u8]) {
    let n = lowers.len();
    let mut i = 0;
    while i < n {
        if !caps[i] {
            i += 1;
            continue;
        }
        let mut found = 0;
        let upper = max.min(n - i);
        for len in (1..=upper).rev() {
            if set.contains(&ngram_hash(&lowers[i..i + len])) {
                found = len;
                break;
            }
        }
        if found > 0 {
            out[i] = 1;
            for o in out.iter_mut().skip(i + 1).take(found - 1) {
                *o = 2;
            }
            i += found;
        } else {
            i += 1;
        }
    }
}

/// Fills `scratch.feats` / `scratch.feat_ends` with the bucket indices of every token's
/// features (`bits` = log2 of the number of buckets).
pub fn extract(lex: &Lexicons, set: FeatureSet, bits: u32, tokens: &[&str], scratch: &mut Scratch) {
    let n = tokens.len();
    let shift = 64 - bits;
    scratch.lower.clear();
    scratch.info.clear();
    scratch.feats.clear();
    scratch.feat_ends.clear();
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(n);
    for tok in tokens {
        let s = scratch.lower.len();
        normalize_into(tok, &mut scratch.lower);
        bounds.push((s, scratch.lower.len()));
    }
    let lower_all = std::mem::take(&mut scratch.lower);
    let lowers: Vec<&str> = bounds.iter().map(|&(s, e)| &lower_all[s..e]).collect();
    let mut caps = Vec::with_capacity(n);
    for (i, tok) in tokens.iter().enumerate() {
        let lw = lowers[i];
        let mut shape = [0u8; 8];
        let mut slen = 0;
        let mut sshape = Fnv::new();
        let mut last = 0u8;
        let mut flags = 0u64;
        let mut n_chars = 0;
        let mut n_upper = 0;
        let mut n_alpha = 0;
        let mut all_punct = true;
        for (k, c) in tok.chars().enumerate() {
            let sc = shape_char(c);
            if slen < 8 {
                shape[slen] = sc;
                slen += 1;
            }
            if sc != last {
                sshape = sshape.bytes(&[sc]);
                last = sc;
            }
            if k == 0 && c.is_uppercase() {
                flags |= F_UPPER_INITIAL;
            }
            if c.is_uppercase() {
                n_upper += 1;
            }
            if c.is_alphabetic() {
                n_alpha += 1;
            }
            if c.is_numeric() {
                flags |= F_DIGIT;
            }
            if c == '-' {
                flags |= F_HYPHEN;
            }
            if c.is_alphanumeric() {
                all_punct = false;
            }
            n_chars += 1;
        }
        if n_alpha > 1 && n_upper == n_alpha {
            flags |= F_ALL_UPPER;
        }
        if all_punct {
            flags |= F_PUNCT;
        }
        if i == 0 || is_quote_like(tokens[i - 1]) {
            flags |= F_SENT_INITIAL;
        }
        let mut pre = [0u64; 4];
        let mut suf = [0u64; 4];
        for (k, (b, c)) in lw.char_indices().take(4).enumerate() {
            pre[k] = hash_str(&lw[..b + c.len_utf8()]);
        }
        for (k, (b, _)) in lw.char_indices().rev().take(4).enumerate() {
            suf[k] = hash_str(&lw[b..]);
        }
        let w = hash_str(lw);
        let cl = if set.has(FeatureSet::CLUSTERS) {
            lex.clusters.get(&w).copied().unwrap_or([0, 0, 0])
        } else {
            [0, 0, 0]
        };
        let gaz = set.has(FeatureSet::GAZETTEERS);
        caps.push(
            flags & F_UPPER_INITIAL != 0 || (flags & F_DIGIT == 0 && n_chars > 0 && n_upper > 0),
        );
        scratch.info.push(TokInfo {
            w,
            shape: Fnv::new()
                .bytes(&shape[..slen])
                .bytes(&[(n_chars.min(20)) as u8])
                .finish(),
            sshape: sshape.finish(),
            flags,
            pre,
            suf,
            cl,
            place: 0,
            org: 0,
            title: gaz && lex.titles.contains(&w),
            first: gaz && lex.first_names.contains(&w),
        });
    }
    if set.has(FeatureSet::GAZETTEERS) {
        let mut marks = vec![0u8; n];
        mark_matches(
            &lowers,
            &caps,
            &lex.places,
            lex.place_max as usize,
            &mut marks,
        );
        for (inf, m) in scratch.info.iter_mut().zip(&marks) {
            inf.place = *m;
        }
        marks.iter_mut().for_each(|m| *m = 0);
        mark_matches(&lowers, &caps, &lex.orgs, lex.org_max as usize, &mut marks);
        for (inf, m) in scratch.info.iter_mut().zip(&marks) {
            inf.org = *m;
        }
    }

    let info = &scratch.info;
    let feats = &mut scratch.feats;
    let feat_ends = &mut scratch.feat_ends;
    for i in 0..n {
        let mut push = |t: u64, v: u64| {
            let h = mix(v ^ t.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            feats.push((h >> shift) as u32);
        };
        let cur = &info[i];
        let prev = if i > 0 { Some(&info[i - 1]) } else { None };
        let next = info.get(i + 1);
        let wm1 = prev.map_or(BOS, |p| p.w);
        let wp1 = next.map_or(EOS, |p| p.w);
        let wm2 = if i > 1 { info[i - 2].w } else { BOS };
        let wp2 = info.get(i + 2).map_or(EOS, |p| p.w);
        let ssm1 = prev.map_or(BOS, |p| p.sshape);
        let ssp1 = next.map_or(EOS, |p| p.sshape);
        push(T_BIAS, 0);
        push(T_W, cur.w);
        push(T_SHAPE, cur.shape);
        push(T_SSHAPE, cur.sshape);
        for k in 0..4 {
            if cur.pre[k] != 0 {
                push(T_PRE + k as u64, cur.pre[k]);
                push(T_SUF + k as u64, cur.suf[k]);
            }
        }
        push(T_FLAGS, cur.flags);
        push(T_FLAGS_M1, prev.map_or(BOS, |p| p.flags) ^ (cur.flags << 8));
        push(T_WM1, wm1);
        push(T_WP1, wp1);
        push(T_WM2, wm2);
        push(T_WP2, wp2);
        push(T_SSM1, ssm1);
        push(T_SSP1, ssp1);
        if set.has(FeatureSet::BIGRAMS) {
            push(T_BI_L, mix(wm1) ^ cur.w);
            push(T_BI_R, mix(cur.w) ^ wp1);
            push(T_SS3, mix(mix(ssm1) ^ cur.sshape) ^ ssp1);
            push(T_SUF3_M1, prev.map_or(BOS, |p| p.suf[2]));
        }
        if set.has(FeatureSet::GAZETTEERS) {
            if cur.place != 0 {
                push(T_PLACE, u64::from(cur.place));
            }
            if cur.org != 0 {
                push(T_ORG, u64::from(cur.org));
            }
            if cur.title {
                push(T_TITLE, 1);
            }
            if prev.is_some_and(|p| p.title) {
                push(T_TITLE_M1, cur.flags & F_UPPER_INITIAL);
            }
            if cur.first {
                push(T_FIRST, cur.flags & (F_UPPER_INITIAL | F_SENT_INITIAL));
            }
            if prev.is_some_and(|p| p.first && p.flags & F_UPPER_INITIAL != 0) {
                push(T_FIRST_M1, cur.flags & F_UPPER_INITIAL);
            }
            if next.is_some_and(|p| p.first) {
                push(T_FIRST_P1, cur.flags & F_UPPER_INITIAL);
            }
        }
        if set.has(FeatureSet::CLUSTERS) {
            if cur.cl[0] != 0 {
                push(T_CL0, u64::from(cur.cl[0]));
                push(T_CL1, u64::from(cur.cl[1]));
            }
            push(
                T_CASE,
                u64::from(cur.cl[2])
                    | ((cur.flags & (F_UPPER_INITIAL | F_SENT_INITIAL | F_ALL_UPPER)) << 8),
            );
            push(T_CL1_M1, prev.map_or(BOS, |p| u64::from(p.cl[1])));
            push(T_CL1_P1, next.map_or(EOS, |p| u64::from(p.cl[1])));
        }
        feat_ends.push(feats.len());
    }
    drop(lowers);
    scratch.lower = lower_all;
}
