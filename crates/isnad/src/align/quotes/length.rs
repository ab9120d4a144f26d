//! The length model of a check run, from its own confident matches (issue #16, item 5): the
//! ratio of Arabic to English characters the length prior expects is the tuning table's (fitted
//! on news, about 0.93) until the run shows otherwise. A wordy rendering (scripture, literature:
//! about 0.47 Arabic characters per English one) makes every right window look too short for its
//! quote, and a window of two or three sentences then outscores the one the quote translates.
//!
//! The evidence is the quotes the first pass vouches for (`matched`, confidence at or above the
//! floor) that are long enough to be whole sentences and not cut by an ellipsis: a fragment
//! covers part of its window, so its lengths say nothing of the ratio. Each such pair's
//! Gale–Church deviation under the table's model, (a − c·e) / √(s²·e), averages zero where the
//! table fits; when the mean lies more than two standard errors from zero (a t-test: the spread is
//! the anchors' own, since per-quote deviations on news run wider than the table's variance, which
//! was fitted on beads), the table does not fit this run, and its ratio is the anchors' total
//! Arabic length over their total English length (the aligner's refinement, `align::length`,
//! without the pull toward the table the test has just rejected). Decided on the NTREX
//! development half and its doubled variant (`eval_check --half dev --set doubled`), docs/check.md.

use super::{MatchOptions, PreparedQuote, QuoteMatch, SourceIndex, Status, SENTENCE_WORDS};
use crate::align::length::{LengthModel, MIN_ANCHORS};
use crate::align::score::ScoreParams;

/// How far (in standard errors) the anchors' mean deviation must lie from zero before the run
/// gets its own ratio: a two-sided t-test at about 95 % with many anchors, looser with few
/// (about 88 % at 5 anchors, 93 % at 11; Student's critical values would be 2.78 and 2.23).
const FIT_TEST_T: f64 = 2.0;

/// The run's length model when the table's does not fit its confident matches; `None` when it
/// fits, or when there are fewer than [`MIN_ANCHORS`] of them.
pub fn run_length_model(
    quotes: &[PreparedQuote],
    matches: &[QuoteMatch],
    index: &SourceIndex,
    params: &ScoreParams,
    options: &MatchOptions,
) -> Option<LengthModel> {
    let anchors: Vec<(f64, f64)> = quotes
        .iter()
        .zip(matches)
        .filter(|(q, m)| {
            m.status == Status::Matched
                && m.confidence >= options.min_confidence
                && q.segments.is_empty()
                && q.words >= SENTENCE_WORDS
        })
        .filter_map(|(q, m)| {
            let ar: usize = index.sentences(&m.best?).iter().map(|s| s.chars()).sum();
            let en = q.whole.chars();
            (ar > 0 && en > 0).then_some((ar as f64, en as f64))
        })
        .collect();
    model_from_anchors(&anchors, params)
}

/// [`run_length_model`] on (Arabic, English) character counts.
fn model_from_anchors(anchors: &[(f64, f64)], params: &ScoreParams) -> Option<LengthModel> {
    if anchors.len() < MIN_ANCHORS {
        return None;
    }
    let (c, s2) = (params.length_ratio, params.length_variance);
    let n = anchors.len() as f64;
    let deviations: Vec<f64> = anchors
        .iter()
        .map(|&(a, e)| (a - c * e) / (s2 * e).sqrt())
        .collect();
    let mean = deviations.iter().sum::<f64>() / n;
    let sd = (deviations.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
    if mean.abs() * n.sqrt() <= FIT_TEST_T * sd {
        return None;
    }
    Some(LengthModel::measured(anchors, params))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> ScoreParams {
        ScoreParams::default()
    }

    #[test]
    fn news_lengths_keep_the_table() {
        let c = params().length_ratio;
        // Ten sentences whose Arabic is what the table expects, give or take a few characters.
        let anchors: Vec<(f64, f64)> = (0..10)
            .map(|i| (c * 120.0 + if i % 2 == 0 { 4.0 } else { -4.0 }, 120.0))
            .collect();
        assert_eq!(model_from_anchors(&anchors, &params()), None);
    }

    #[test]
    fn a_wordy_rendering_gets_its_own_ratio() {
        // Scripture in English: about half an Arabic character per English one.
        let anchors: Vec<(f64, f64)> = (0..8).map(|i| (60.0 + i as f64, 130.0)).collect();
        let model = model_from_anchors(&anchors, &params()).expect("the table does not fit");
        assert!(model.ratio < 0.65 && model.ratio > 0.45, "{model:?}");
        assert_eq!(model.anchors, 8);
    }

    #[test]
    fn a_noisy_shift_keeps_the_table() {
        let p = params();
        let (c, s2) = (p.length_ratio, p.length_variance);
        // Deviations averaging half a standard deviation, spread wide: no evidence against the
        // table (t ≈ 0.7).
        let anchors: Vec<(f64, f64)> = [2.5, -1.5, 3.0, -2.0, 1.0, -0.5, 2.0, -0.5]
            .iter()
            .map(|d| (c * 100.0 + d * (s2 * 100.0_f64).sqrt(), 100.0))
            .collect();
        assert_eq!(model_from_anchors(&anchors, &p), None);
        // The same shift on tightly grouped anchors is evidence (t ≈ 14).
        let tight: Vec<(f64, f64)> = [0.55, 0.45, 0.6, 0.4, 0.5, 0.5, 0.55, 0.45]
            .iter()
            .map(|d| (c * 100.0 + d * (s2 * 100.0_f64).sqrt(), 100.0))
            .collect();
        assert!(model_from_anchors(&tight, &p).is_some());
    }

    #[test]
    fn too_few_anchors_say_nothing() {
        let anchors = vec![(60.0, 130.0); MIN_ANCHORS - 1];
        assert_eq!(model_from_anchors(&anchors, &params()), None);
    }
}
