//! Precision, recall and F1 of one bead type as a row of `isnad eval align` (docs/align.md).

use isnad::align::eval::Comparison;
use serde::Serialize;

use crate::report::Record;

#[derive(Serialize)]
pub struct EvalRow {
    pub beads: String,
    pub gold: usize,
    pub predicted: usize,
    pub strict_precision: f64,
    pub strict_recall: f64,
    strict_f1: f64,
    pub lax_precision: f64,
    pub lax_recall: f64,
    lax_f1: f64,
}

impl EvalRow {
    pub fn new(beads: &str, c: &Comparison) -> EvalRow {
        let (s, l) = (c.strict(), c.lax());
        let round = |x: f64| (x * 1e4).round() / 1e4;
        EvalRow {
            beads: beads.to_string(),
            gold: c.recall.total,
            predicted: c.precision.total,
            strict_precision: round(s.precision),
            strict_recall: round(s.recall),
            strict_f1: round(s.f1),
            lax_precision: round(l.precision),
            lax_recall: round(l.recall),
            lax_f1: round(l.f1),
        }
    }
}

impl Record for EvalRow {
    fn headers() -> &'static [&'static str] {
        &[
            "beads",
            "gold",
            "predicted",
            "strict_precision",
            "strict_recall",
            "strict_f1",
            "lax_precision",
            "lax_recall",
            "lax_f1",
        ]
    }

    fn fields(&self) -> Vec<String> {
        let f = |x: f64| format!("{x:.4}");
        vec![
            self.beads.clone(),
            self.gold.to_string(),
            self.predicted.to_string(),
            f(self.strict_precision),
            f(self.strict_recall),
            f(self.strict_f1),
            f(self.lax_precision),
            f(self.lax_recall),
            f(self.lax_f1),
        ]
    }
}
