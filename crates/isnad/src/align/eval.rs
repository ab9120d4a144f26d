//! Scoring an alignment against a gold one: bead precision, recall and F1, strict and lax, as
//! vecalign's `score.py` (and bertalign, which reuses it) computes them.
//!
//! - **strict**: a predicted bead is right when the gold alignment has exactly the same bead.
//! - **lax**: a predicted bead that is not strictly right still counts when one of its English
//!   sentences is aligned, in some gold bead, with one of its Arabic sentences. A bead with an
//!   empty side never matches laxly.
//! - **precision** counts every predicted bead, deletions (1-0, 0-1) included; **recall** is
//!   precision with gold and prediction swapped *and deletions removed from both*, so a missed
//!   deletion costs precision (the sentence ended up in a wrong bead) but not recall.
//!
//! Per bead type (ours, vecalign has none): precision over the predicted beads of that type,
//! recall over the gold beads of that type, deletions included on both sides, so the 1-0 and
//! 0-1 rows say how many deletions were found.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::{Add, AddAssign, Range};

use serde::Serialize;

use super::beads::Bead;

/// Counts behind a precision (or, swapped, a recall).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub strict_hits: usize,
    pub lax_hits: usize,
    pub total: usize,
}

impl Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts {
            strict_hits: self.strict_hits + o.strict_hits,
            lax_hits: self.lax_hits + o.lax_hits,
            total: self.total + o.total,
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        *self = *self + o;
    }
}

/// Precision and recall counts of one comparison (or several, added up).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub precision: Counts,
    pub recall: Counts,
}

impl AddAssign for Comparison {
    fn add_assign(&mut self, o: Comparison) {
        self.precision += o.precision;
        self.recall += o.recall;
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Comparison {
    pub fn strict(&self) -> Prf {
        prf(
            self.precision.strict_hits,
            self.precision.total,
            self.recall.strict_hits,
            self.recall.total,
        )
    }

    pub fn lax(&self) -> Prf {
        prf(
            self.precision.lax_hits,
            self.precision.total,
            self.recall.lax_hits,
            self.recall.total,
        )
    }
}

/// Nothing to measure counts as 0, as in vecalign (`value_for_div_by_0`).
fn prf(p_hits: usize, p_total: usize, r_hits: usize, r_total: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(p_hits, p_total), ratio(r_hits, r_total));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// The overall comparison and one per bead type (`1-1`, `1-2`, …).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evaluation {
    pub overall: Comparison,
    pub by_type: BTreeMap<String, Comparison>,
}

impl Evaluation {
    /// Adds the comparison of one document's prediction with its gold alignment.
    pub fn add(&mut self, gold: &[Bead], pred: &[Bead]) {
        let without_deletions = |beads: &[Bead]| -> Vec<Bead> {
            beads.iter().filter(|b| !b.is_deletion()).cloned().collect()
        };
        let (gold_kept, pred_kept) = (without_deletions(gold), without_deletions(pred));
        self.overall += Comparison {
            precision: matches(gold, pred.iter()),
            recall: matches(&pred_kept, gold_kept.iter()),
        };
        let mut types: Vec<String> = gold.iter().chain(pred).map(Bead::label).collect();
        types.sort();
        types.dedup();
        for t in types {
            let of_type = |b: &&Bead| b.label() == t;
            *self.by_type.entry(t.clone()).or_default() += Comparison {
                precision: matches(gold, pred.iter().filter(of_type)),
                recall: matches(pred, gold.iter().filter(of_type)),
            };
        }
    }
}

/// How many `candidates` match a bead of `reference` strictly, and laxly.
fn matches<'b>(reference: &[Bead], candidates: impl Iterator<Item = &'b Bead>) -> Counts {
    let key = |b: &Bead| (b.ar.clone(), b.en.clone());
    let exact: HashSet<(Range<usize>, Range<usize>)> = reference.iter().map(key).collect();
    let mut english_of_arabic: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    for b in reference {
        for i in b.ar.clone() {
            english_of_arabic.entry(i).or_default().push(b.en.clone());
        }
    }
    let mut counts = Counts::default();
    for c in candidates {
        counts.total += 1;
        if exact.contains(&key(c)) {
            counts.strict_hits += 1;
            counts.lax_hits += 1;
            continue;
        }
        let overlaps = |r: &Range<usize>| r.start < c.en.end && c.en.start < r.end;
        let lax =
            c.ar.clone()
                .filter_map(|i| english_of_arabic.get(&i))
                .flatten()
                .any(overlaps);
        counts.lax_hits += lax as usize;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(ar: Range<usize>, en: Range<usize>) -> Bead {
        Bead::new(ar, en, 0.0)
    }

    #[test]
    fn a_perfect_prediction_scores_one() {
        let gold = vec![bead(0..1, 0..1), bead(1..2, 1..3), bead(2..3, 3..3)];
        let mut e = Evaluation::default();
        e.add(&gold, &gold);
        assert_eq!(e.overall.strict().f1, 1.0);
        assert_eq!(e.overall.lax().f1, 1.0);
        assert_eq!(e.by_type["1-0"].strict().recall, 1.0);
    }

    #[test]
    fn strict_lax_and_deletions_count_as_in_vecalign() {
        // Gold: 0-0, 1-(1,2), 2-(), 3-3. Prediction splits the 1-2 and misses the deletion.
        let gold = vec![
            bead(0..1, 0..1),
            bead(1..2, 1..3),
            bead(2..3, 3..3),
            bead(3..4, 3..4),
        ];
        let pred = vec![
            bead(0..1, 0..1),
            bead(1..2, 1..2),
            bead(2..3, 2..3),
            bead(3..4, 3..4),
        ];
        let mut e = Evaluation::default();
        e.add(&gold, &pred);
        // Precision: 4 predicted beads, 2 exact; (1)-(1) overlaps the gold 1-2 laxly,
        // (2)-(2) does not (Arabic 2 is deleted in gold).
        assert_eq!(
            e.overall.precision,
            Counts {
                strict_hits: 2,
                lax_hits: 3,
                total: 4
            }
        );
        // Recall: 3 gold beads without the deletion, 2 exact, the 1-2 found laxly.
        assert_eq!(
            e.overall.recall,
            Counts {
                strict_hits: 2,
                lax_hits: 3,
                total: 3
            }
        );
        let strict = e.overall.strict();
        assert!((strict.precision - 0.5).abs() < 1e-9);
        assert!((strict.f1 - 2.0 * 0.5 * (2.0 / 3.0) / (0.5 + 2.0 / 3.0)).abs() < 1e-9);
        assert_eq!(e.by_type["1-0"].recall.strict_hits, 0);
        assert_eq!(e.by_type["1-0"].recall.total, 1);
        assert_eq!(e.by_type["1-2"].recall.lax_hits, 1);
        assert_eq!(e.by_type["1-1"].precision.total, 4);
    }

    #[test]
    fn documents_add_up() {
        let gold = vec![bead(0..1, 0..1)];
        let wrong = vec![bead(0..1, 0..0), bead(1..1, 0..1)];
        let mut e = Evaluation::default();
        e.add(&gold, &gold);
        e.add(&gold, &wrong);
        assert_eq!(e.overall.precision.total, 3);
        assert_eq!(e.overall.precision.strict_hits, 1);
        assert_eq!(e.overall.recall.total, 2);
    }
}
