//! Precision / recall / F1 counting shared by every evaluation.

use serde::Serialize;
use std::collections::HashSet;
use std::hash::Hash;

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Counts {
    /// Counts exact matches between two sets of items (spans, (span, label) pairs...).
    pub fn from_sets<T: Eq + Hash>(gold: &HashSet<T>, pred: &HashSet<T>) -> Counts {
        let tp = gold.intersection(pred).count() as u64;
        Counts {
            tp,
            fp: pred.len() as u64 - tp,
            fn_: gold.len() as u64 - tp,
        }
    }
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// `P 0.9712  R 0.9650  F1 0.9681  (tp 123, fp 4, fn 5)`
    pub fn summary(&self) -> String {
        format!(
            "P {:.4}  R {:.4}  F1 {:.4}  (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_partial_match() {
        let gold: HashSet<_> = [(0, 4), (5, 9), (10, 12)].into_iter().collect();
        let pred: HashSet<_> = [(0, 4), (5, 8)].into_iter().collect();
        let c = Counts::from_sets(&gold, &pred);
        assert_eq!((c.tp, c.fp, c.fn_), (1, 1, 2));
        assert!((c.f1() - 0.4).abs() < 1e-9);
    }
}
