//! The speaker ranker's model: one linear scorer per class of reference (pronoun, current
//! speaker, definite title) over the candidate features of `extract::rank`, trained as a
//! conditional logit (softmax over the candidates of a statement, the gold speaker's
//! candidates as the target) by `veille train speakers`. The model is a small versioned
//! binary file embedded in the crate (`model/speakers.vspk`, card in `model/CARD.md`).

use veille_core::layers::Speaker;
use veille_core::Span;

/// Number of features of a candidate.
pub const NF: usize = 46;

/// What each feature says, in order (for the model card and debugging).
pub const FEATURE_NAMES: [&str; NF] = [
    "person (bias)",
    "the rules' pick",
    "spoke in the last statement",
    "last person who spoke",
    "spoke before in the article",
    "ln(1 + statements so far)",
    "last mention < 100 bytes before",
    "last mention 100-300 bytes before",
    "last mention 300-800 bytes before",
    "last mention 800-2000 bytes before",
    "last mention further back, or none before",
    "most recent person",
    "second most recent person",
    "third most recent person",
    "fourth or further",
    "mentioned earlier in the reference's sentence",
    "mentioned only after the reference, in its sentence",
    "mentioned in the sentence before",
    "1 mention",
    "2 mentions",
    "3-4 mentions",
    "5 mentions or more",
    "last mention inside quotation marks",
    "last mention is its sentence's subject",
    "last mention is no complement (salient)",
    "last mention opens a que-clause",
    "holds a role (apposition or title)",
    "gender agrees",
    "gender disagrees",
    "holds a role with the title's head",
    "first person of the article",
    "named inside the statement's content",
    "the rules' pick, no listed person (bias)",
    "... a person",
    "... an organisation",
    "... an anonymous source",
    "... unknown",
    "... starts with a lower-case word that is no determiner",
    "... five words or more",
    "... one word",
    "... starts with a determiner",
    "a one-word name",
    "organisation (bias)",
    "spoke in the last statement, and the cue replies",
    "gender disagrees with the first name's usual one",
    "named only after the reference's sentence (a teaser: \"L'homme a avoué …\")",
];

/// The reference classes, each with its own weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefClass {
    Pronoun = 0,
    Current = 1,
    Title = 2,
}

pub const CLASSES: usize = 3;

/// One statement's candidates, for training: where the statement is, and each candidate's
/// speaker and features.
#[derive(Debug, Clone)]
pub struct TraceRow {
    pub content: Span,
    pub class: RefClass,
    pub cands: Vec<(Speaker, [f32; NF])>,
}

/// A statement to learn from: its reference class, and each candidate's features with
/// whether it designates the gold speaker.
pub type Example = (RefClass, Vec<([f32; NF], bool)>);

const MAGIC: &[u8; 6] = b"VSPKR3";

/// Inputs of the network: the features and the class, one-hot.
const IN: usize = NF + CLASSES;

/// Most hidden units a scorer may have (scoring keeps the activations on the stack).
pub const MAX_HIDDEN: usize = 64;

/// Errors reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a speaker-ranker model (bad magic or version)")]
    Magic,
    #[error("model has {got} inputs, this build expects {want}")]
    Size { got: usize, want: usize },
    #[error("model file truncated or of the wrong length")]
    Length,
}

/// One scorer: a linear term plus one hidden layer of tanh-like units (`squash`) over the candidate's
/// features and the reference class, so that features may weigh differently together
/// (a mention in the sentence before counts for more when it is a subject).
#[derive(Debug, Clone, PartialEq)]
struct Net {
    hidden: usize,
    /// `hidden × IN` input weights, then `hidden` biases, `hidden` output weights and `IN`
    /// linear weights.
    w: Vec<f32>,
}

/// tanh, near enough (a Padé approximant, clipped; within 0.025), at a fraction of the cost
/// of the libm call, in training as in use.
fn squash(x: f32) -> f32 {
    let x = x.clamp(-3.0, 3.0);
    let x2 = x * x;
    x * (27.0 + x2) / (27.0 + 9.0 * x2)
}

/// The network's input for a candidate of class `class`: its non-zero entries (a candidate
/// has a dozen of 48), the features then the class indicator, in index order.
fn input(class: RefClass, f: &[f32; NF]) -> Vec<(usize, f32)> {
    let mut x: Vec<(usize, f32)> = f
        .iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(i, v)| (i, *v))
        .collect();
    x.push((NF + class as usize, 1.0));
    x
}

impl Net {
    fn zero(hidden: usize) -> Net {
        Net {
            hidden,
            w: vec![0.0; hidden * IN + 2 * hidden + IN],
        }
    }

    /// Score of input `x` (`input`), with the hidden activations written to `h` (at least
    /// `hidden` long).
    fn forward(&self, x: &[(usize, f32)], h: &mut [f32]) -> f32 {
        let n = self.hidden;
        let (wi, rest) = self.w.split_at(n * IN);
        let (b, rest) = rest.split_at(n);
        let (v, u) = rest.split_at(n);
        for ((hj, row), bj) in h.iter_mut().zip(wi.chunks_exact(IN)).zip(b) {
            *hj = squash(bj + x.iter().map(|&(i, xi)| row[i] * xi).sum::<f32>());
        }
        h[..n].iter().zip(v).map(|(a, c)| a * c).sum::<f32>()
            + x.iter().map(|&(i, xi)| u[i] * xi).sum::<f32>()
    }

    fn weights(&self) -> &[f32] {
        &self.w[self.w.len() - IN..][..NF]
    }

    /// The number of hidden units (u32 LE), then the weights (f32 LE).
    fn write(&self, out: &mut Vec<u8>) {
        out.extend((self.hidden as u32).to_le_bytes());
        for x in &self.w {
            out.extend(x.to_le_bytes());
        }
    }

    /// Reads a net written by `write` from the start of `b`; returns it and the rest.
    fn read(b: &[u8]) -> Result<(Net, &[u8]), ModelError> {
        let (head, rest) = b.split_at_checked(4).ok_or(ModelError::Magic)?;
        let hidden = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let mut net = Net::zero(hidden.min(MAX_HIDDEN));
        let (w, rest) = rest
            .split_at_checked(4 * net.w.len())
            .filter(|_| hidden == net.hidden)
            .ok_or(ModelError::Length)?;
        for (x, c) in net.w.iter_mut().zip(w.chunks_exact(4)) {
            *x = f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Ok((net, rest))
    }

    /// Trains on `rows`: each a class, candidate features and whether the candidate designates
    /// the gold speaker (rows with no right candidate are skipped), maximising the probability
    /// of the right candidates under a softmax over each row's candidates (Adagrad, L2).
    /// Deterministic: the initial weights and the order of the rows come from `seed`.
    fn train(rows: &[Example], hidden: usize, epochs: u32, seed: u64) -> Net {
        let hidden = hidden.min(MAX_HIDDEN);
        const L2: f32 = 1e-4;
        const RATE: f32 = 0.05;
        let mut state = seed | 1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut r = Net::zero(hidden);
        for w in &mut r.w[..hidden * IN] {
            *w = ((next() % 2001) as f32 / 1000.0 - 1.0) * 0.1;
        }
        let mut g2 = vec![1e-6f32; r.w.len()];
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].1.iter().any(|c| c.1))
            .collect();
        let mut grad = vec![0.0f32; r.w.len()];
        let mut hs: Vec<Vec<f32>> = Vec::new();
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                order.swap(i, (next() % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                let (class, cands) = &rows[i];
                let xs: Vec<Vec<(usize, f32)>> =
                    cands.iter().map(|(f, _)| input(*class, f)).collect();
                hs.resize(xs.len(), vec![0.0; hidden]);
                let scores: Vec<f32> = xs
                    .iter()
                    .zip(hs.iter_mut())
                    .map(|(x, h)| r.forward(x, h))
                    .collect();
                let m = scores.iter().copied().fold(f32::MIN, f32::max);
                let e: Vec<f32> = scores.iter().map(|s| (s - m).exp()).collect();
                let z: f32 = e.iter().sum();
                let zpos: f32 = e
                    .iter()
                    .zip(cands)
                    .filter(|(_, c)| c.1)
                    .map(|(x, _)| x)
                    .sum();
                grad.iter_mut().for_each(|g| *g = 0.0);
                for (((x, h), (_, ok)), ei) in xs.iter().zip(&hs).zip(cands).zip(&e) {
                    // d(-log(zpos / z)) / d(score)
                    let coef = ei / z - if *ok { ei / zpos } else { 0.0 };
                    if coef.abs() < 1e-7 {
                        continue;
                    }
                    r.backward(x, h, coef, &mut grad);
                }
                for ((w, g), s) in r.w.iter_mut().zip(&grad).zip(&mut g2) {
                    let g = g + L2 * *w;
                    *s += g * g;
                    *w -= RATE * g / s.sqrt();
                }
            }
        }
        r
    }

    /// Adds `coef` times the gradient of the score of input `x` (hidden activations `h`) to
    /// `grad`.
    fn backward(&self, x: &[(usize, f32)], h: &[f32], coef: f32, grad: &mut [f32]) {
        let n = self.hidden;
        let (gi, rest) = grad.split_at_mut(n * IN);
        let (gb, rest) = rest.split_at_mut(n);
        let (gv, gu) = rest.split_at_mut(n);
        let v = &self.w[n * IN + n..][..n];
        for j in 0..n {
            gv[j] += coef * h[j];
            let d = coef * v[j] * (1.0 - h[j] * h[j]);
            gb[j] += d;
            let row = &mut gi[j * IN..][..IN];
            for &(i, xi) in x {
                row[i] += d * xi;
            }
        }
        for &(i, xi) in x {
            gu[i] += coef * xi;
        }
    }
}

/// The ranker: a few scorers trained from different seeds, their scores averaged (one net's
/// choices swing with its seed; the average's much less).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranker {
    nets: Vec<Net>,
}

impl Ranker {
    pub fn score(&self, class: RefClass, f: &[f32; NF]) -> f32 {
        let x = input(class, f);
        let mut h = [0.0; MAX_HIDDEN];
        self.nets.iter().map(|n| n.forward(&x, &mut h)).sum::<f32>() / self.nets.len().max(1) as f32
    }

    /// The linear weights of the features in the first scorer (the hidden layer aside), for
    /// reports.
    pub fn weights(&self) -> &[f32] {
        self.nets.first().map_or(&[], |n| n.weights())
    }

    /// `VSPKR3`, the number of inputs and of scorers (u32 LE), then each scorer.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((IN as u32).to_le_bytes());
        out.extend((self.nets.len() as u32).to_le_bytes());
        for n in &self.nets {
            n.write(&mut out);
        }
        out
    }

    /// # Errors
    /// A file of another format or size.
    pub fn from_bytes(b: &[u8]) -> Result<Ranker, ModelError> {
        let rest = b.strip_prefix(MAGIC.as_slice()).ok_or(ModelError::Magic)?;
        let (head, mut rest) = rest.split_at_checked(8).ok_or(ModelError::Magic)?;
        let n_in = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let count = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        if n_in != IN {
            return Err(ModelError::Size {
                got: n_in,
                want: IN,
            });
        }
        let mut nets = Vec::new();
        for _ in 0..count.min(64) {
            let (net, more) = Net::read(rest)?;
            nets.push(net);
            rest = more;
        }
        if nets.len() != count || !rest.is_empty() {
            return Err(ModelError::Length);
        }
        Ok(Ranker { nets })
    }

    /// Trains `members` scorers on `rows` (see `Net::train`), from seeds `seed`, `seed + 1`, …
    pub fn train(rows: &[Example], hidden: usize, epochs: u32, seed: u64, members: u32) -> Ranker {
        Ranker {
            nets: (0..u64::from(members))
                .map(|k| Net::train(rows, hidden, epochs, seed + k))
                .collect(),
        }
    }

    /// The candidate to take instead of the rules' pick (feature 1), if any: the best
    /// scored, when it scores above the rules' pick. Never a candidate whose gender, as the
    /// text gives it, disagrees with the pronoun (feature 28), nor one replying to itself
    /// (feature 43).
    pub fn choose(&self, class: RefClass, feats: &[[f32; NF]]) -> Option<usize> {
        let mut rule_score = None;
        let mut best: Option<(usize, f32)> = None;
        for (i, f) in feats.iter().enumerate() {
            let s = self.score(class, f);
            if f[1] > 0.0 {
                rule_score = Some(s);
            } else if f[28] == 0.0 && f[43] == 0.0 && best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        best.filter(|&(_, s)| rule_score.is_none_or(|r| s > r))
            .map(|(i, _)| i)
    }
}

static EMBEDDED: &[u8] = include_bytes!("../model/speakers.vspk");

/// The embedded model, parsed once; `None` when it fails to parse (the rules alone decide).
pub fn embedded() -> Option<&'static Ranker> {
    static MODEL: std::sync::OnceLock<Option<Ranker>> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| Ranker::from_bytes(EMBEDDED).ok())
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_survives_its_bytes() {
        let mut net = Net::zero(3);
        net.w[5] = 1.5;
        net.w[NF + 2] = -0.25;
        let r = Ranker {
            nets: vec![net.clone(), net],
        };
        assert_eq!(Ranker::from_bytes(&r.to_bytes()).unwrap(), r);
        assert!(Ranker::from_bytes(b"nope").is_err());
        assert!(Ranker::from_bytes(&r.to_bytes()[..20]).is_err());
    }

    #[test]
    fn training_learns_which_feature_marks_the_right_candidate() {
        // the rules pick a wrong candidate (feature 1); the right one has feature 2, another
        // wrong one feature 3
        let (mut rule, mut right, mut other) = ([0.0; NF], [0.0; NF], [0.0; NF]);
        rule[1] = 1.0;
        right[2] = 1.0;
        other[3] = 1.0;
        let rows = vec![
            (
                RefClass::Pronoun,
                vec![(rule, false), (other, false), (right, true)]
            );
            20
        ];
        let r = Ranker::train(&rows, 4, 5, 7, 2);
        assert_eq!(r.choose(RefClass::Pronoun, &[rule, other, right]), Some(2));
        // nor is a candidate of the wrong gender taken, nor one replying to itself
        for never in [28, 43] {
            let mut right = right;
            right[never] = 1.0;
            assert_ne!(r.choose(RefClass::Pronoun, &[rule, other, right]), Some(2));
        }
    }
}
