//! The length model of one document pair, estimated from the pair itself (Moore 2002; the
//! second pass of hunalign): how many Arabic characters an English character stands for, and
//! how much that varies. A fixed ratio fitted on one corpus (news, about 0.93) is wrong for a
//! translation twice as wordy, and then the length prior pulls every bead the wrong way.
//!
//! 1. The ratio of the two documents' total lengths: robust, since a translation covers its
//!    source; the variance starts at the tuning table's.
//! 2. A first alignment with that ratio; its confident 1-1 beads (score at least
//!    [`ANCHOR_SCORE`]) refine the ratio (their total lengths), when there are at least
//!    [`MIN_ANCHORS`] of them. The spread around it (Gale & Church's s²) is reported but the
//!    table's variance is kept: estimated on a document's few anchors it made NTREX and TICO-19
//!    worse (strict F1 0.973 / 0.973 against 0.981 / 0.982; docs/align.md).
//! 3. The final alignment with the refined model.
//!
//! Both passes are the same linear-time search, so the cost at most doubles.

use serde::Serialize;

use super::beads::Bead;
use super::ladder::{align_with_paragraphs, AlignOptions, Paragraphs};
use super::score::{Prepared, ScoreParams, Scorer};

/// Smallest score of a 1-1 bead that refines the model.
pub const ANCHOR_SCORE: f64 = 0.5;
/// English characters of evidence the tuning table's ratio counts as (about four sentences).
pub const PRIOR_CHARS: f64 = 500.0;
/// Fewest anchors that refine the model; with fewer the totals stand.
pub const MIN_ANCHORS: usize = 5;
/// The ratio is kept within this factor of the tuning table's either way: a pair whose totals
/// say more is not a translation pair, and the fixed prior is the safer guess.
const MAX_RATIO_FACTOR: f64 = 4.0;

/// Expected Arabic characters per English character, and the variance of the Arabic length per
/// English character.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LengthModel {
    pub ratio: f64,
    /// The variance the prior uses (the tuning table's).
    pub variance: f64,
    /// The variance measured on the anchors (0 without them): reported, not used.
    pub anchor_variance: f64,
    /// The 1-1 beads it was refined on (0: the totals alone).
    pub anchors: usize,
}

impl LengthModel {
    /// The model of the tuning table (fitted on NTREX news).
    pub fn fixed(params: &ScoreParams) -> LengthModel {
        LengthModel {
            ratio: params.length_ratio,
            variance: params.length_variance,
            anchor_variance: 0.0,
            anchors: 0,
        }
    }

    /// The ratio of the two sides' total lengths, with the table's variance. The table's
    /// ratio counts as [`PRIOR_CHARS`] English characters of evidence, so a short pair (where
    /// one untranslated sentence moves the totals a lot) stays near it.
    pub fn from_totals(ar: &[Prepared], en: &[Prepared], params: &ScoreParams) -> LengthModel {
        let fixed = LengthModel::fixed(params);
        let (a, e) = (total(ar) as f64, total(en) as f64);
        if a == 0.0 || e == 0.0 {
            return fixed;
        }
        let ratio = (a + PRIOR_CHARS * params.length_ratio) / (e + PRIOR_CHARS);
        LengthModel {
            ratio: clamp_ratio(ratio, params),
            ..fixed
        }
    }

    /// The model refined on the confident 1-1 beads of an alignment, or `self` when there are
    /// too few of them.
    pub fn refined(
        self,
        ar: &[Prepared],
        en: &[Prepared],
        beads: &[Bead],
        params: &ScoreParams,
    ) -> LengthModel {
        let anchors: Vec<(f64, f64)> = beads
            .iter()
            .filter(|b| b.ar.len() == 1 && b.en.len() == 1 && b.score >= ANCHOR_SCORE)
            .map(|b| (ar[b.ar.start].chars() as f64, en[b.en.start].chars() as f64))
            .filter(|&(a, e)| a > 0.0 && e > 0.0)
            .collect();
        if anchors.len() < MIN_ANCHORS {
            return self;
        }
        let (sum_a, sum_e) = anchors
            .iter()
            .fold((0.0, 0.0), |(sa, se), &(a, e)| (sa + a, se + e));
        let ratio = clamp_ratio(sum_a / sum_e, params);
        let spread = anchors
            .iter()
            .map(|&(a, e)| (a - ratio * e).powi(2) / e)
            .sum::<f64>()
            / anchors.len() as f64;
        LengthModel {
            ratio,
            variance: params.length_variance,
            anchor_variance: spread,
            anchors: anchors.len(),
        }
    }

    /// `params` with this model's ratio and variance.
    pub fn apply(&self, params: &ScoreParams) -> ScoreParams {
        ScoreParams {
            length_ratio: self.ratio,
            length_variance: self.variance,
            ..*params
        }
    }
}

fn total(side: &[Prepared]) -> usize {
    side.iter().map(Prepared::chars).sum()
}

fn clamp_ratio(ratio: f64, params: &ScoreParams) -> f64 {
    let base = params.length_ratio;
    ratio.clamp(base / MAX_RATIO_FACTOR, base * MAX_RATIO_FACTOR)
}

/// Aligns with the length model estimated from the pair (see the module documentation).
pub fn align_adapted(
    ar: &[Prepared],
    en: &[Prepared],
    paragraphs: Option<Paragraphs>,
    scorer: &Scorer,
    options: &AlignOptions,
) -> (Vec<Bead>, LengthModel) {
    let with = |model: &LengthModel| Scorer {
        lexicon: scorer.lexicon,
        params: model.apply(&scorer.params),
    };
    let first_model = LengthModel::from_totals(ar, en, &scorer.params);
    let first = align_with_paragraphs(ar, en, paragraphs, &with(&first_model), options);
    let model = first_model.refined(ar, en, &first, &scorer.params);
    if model == first_model {
        return (first, model);
    }
    let beads = align_with_paragraphs(ar, en, paragraphs, &with(&model), options);
    (beads, model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::text::Lang;

    #[test]
    fn the_ratio_comes_from_the_pair() {
        let scorer = Scorer::new(Lexicon::embedded());
        let ar = scorer.prepare_side(&["قصفت الطائرات قرية كنسبا."], Lang::Ar);
        let terse = scorer.prepare_side(&["Warplanes bombed Kinsabba."], Lang::En);
        let wordy = scorer.prepare_side(
            &[
                "On that grievous day the warplanes of the regime once more bombed, without \
               any warning whatsoever, the small mountain village of Kinsabba.",
            ],
            Lang::En,
        );
        let params = ScoreParams::default();
        let a = LengthModel::from_totals(&ar, &terse, &params);
        let b = LengthModel::from_totals(&ar, &wordy, &params);
        assert!(a.ratio > b.ratio + 0.1, "{a:?} {b:?}");
        assert_eq!(b.variance, params.length_variance);
        // Too few anchors: the totals stand.
        let beads = [Bead::new(0..1, 0..1, 0.9)];
        assert_eq!(b.refined(&ar, &wordy, &beads, &params), b);
    }
}
