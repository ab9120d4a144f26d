//! The length model of one document pair, estimated from the pair itself (Moore 2002; the
//! second pass of hunalign): how many Arabic characters an English character stands for, and
//! how much that varies. A fixed ratio fitted on one corpus (news, about 0.93) is wrong for a
//! translation twice as wordy, and then the length prior pulls every bead the wrong way.
//!
//! 1. The ratio of the two documents' total lengths: robust, since a translation covers its
//!    source; the variance starts at the tuning table's. Where the totals lie far from the
//!    table's ratio, a first alignment with the table's model is tried too: a translated excerpt
//!    (one side covering part of the other, the totals counting text the other side does not
//!    translate) is told from a wordy rendering by what that alignment aligns — near the
//!    table's ratio rather than the totals', with more lexical evidence in its 1-1 beads — and
//!    then keeps the table's model.
//! 2. A first alignment with that ratio; its confident 1-1 beads (score at least
//!    [`ANCHOR_SCORE`]) refine the ratio (their total lengths), when there are at least
//!    [`MIN_ANCHORS`] of them. The spread around it (Gale & Church's s²) is reported but the
//!    table's variance is kept: estimated on a document's few anchors it made NTREX and TICO-19
//!    worse (strict F1 0.973 / 0.973 against 0.981 / 0.982; docs/align.md).
//! 3. The final alignment with the refined model.
//!
//! Both passes are the same linear-time search, so the cost at most doubles. A pair whose first
//! pass scores like unrelated text (a vocabulary the lexicon does not know) is aligned again with
//! every merge scored, since no lexical match opens them, with the cost of leaving a sentence
//! out relative to the pair's own bead costs ([`relative_skip_cost`]), and with the numbers both
//! sides share counted as words found (`NumbersFound`).

use serde::Serialize;

use super::beads::Bead;
use super::ladder::{align_remembering, mismatch, AlignOptions, Memo, Paragraphs, Similarity};
use super::score::{Prepared, ScoreParams, Scorer};
use crate::text::numbers::{self, QuantityKind};

/// Smallest score of a 1-1 bead that refines the model.
pub const ANCHOR_SCORE: f64 = 0.5;
/// English characters of evidence the tuning table's ratio counts as (about four sentences).
pub const PRIOR_CHARS: f64 = 500.0;
/// Fewest anchors that refine the model; with fewer the totals stand.
pub const MIN_ANCHORS: usize = 5;
/// The ratio is kept within this factor of the tuning table's either way: a pair whose totals
/// say more is not a translation pair, and the fixed prior is the safer guess.
pub const MAX_RATIO_FACTOR: f64 = 4.0;

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
    /// one untranslated sentence moves the totals a lot) stays near it — unless the totals lie
    /// more than two standard deviations from it (the prior's spread between documents,
    /// √(s² / PRIOR_CHARS) ≈ 0.08, and the totals' own, √(s² / e)): such a pair is not written
    /// the way news is (a rendering twice as wordy, a vowelled or doubled side), and the pull
    /// toward news's ratio would only bias it.
    pub fn from_totals(ar: &[Prepared], en: &[Prepared], params: &ScoreParams) -> LengthModel {
        let fixed = LengthModel::fixed(params);
        let (a, e) = (total(ar) as f64, total(en) as f64);
        if a == 0.0 || e == 0.0 {
            return fixed;
        }
        let c = params.length_ratio;
        let ratio = if totals_depart(a, e, params) {
            a / e
        } else {
            (a + PRIOR_CHARS * c) / (e + PRIOR_CHARS)
        };
        let ratio = clamp_ratio(ratio, params);
        LengthModel {
            ratio,
            variance: scaled_variance(ratio, params),
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
        let anchors = anchors_of(ar, en, beads);
        if anchors.len() < MIN_ANCHORS {
            return self;
        }
        let measured = LengthModel::measured(&anchors, params);
        LengthModel {
            variance: scaled_variance(measured.ratio, params),
            ..measured
        }
    }

    /// The model measured on anchors' (Arabic, English) character counts: the ratio of their
    /// total lengths (kept within [`MAX_RATIO_FACTOR`] of the table's), the table's variance, and
    /// their own spread, reported. `anchors` must not be empty.
    pub fn measured(anchors: &[(f64, f64)], params: &ScoreParams) -> LengthModel {
        debug_assert!(!anchors.is_empty(), "a length model needs anchors");
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

/// The table's variance for a pair whose ratio is `ratio`: Gale & Church's variance per English
/// character grows with the Arabic length it stands for (a length of r·e characters varies as a
/// count of r·e does), so a pair twice as long on the Arabic side varies twice as much.
fn scaled_variance(ratio: f64, params: &ScoreParams) -> f64 {
    params.length_variance * ratio / params.length_ratio
}

/// Whether total lengths `a` (Arabic) and `e` (English) lie more than two standard deviations
/// from the table's ratio (see [`LengthModel::from_totals`]).
fn totals_depart(a: f64, e: f64, params: &ScoreParams) -> bool {
    let (c, s2) = (params.length_ratio, params.length_variance);
    let spread = (s2 / PRIOR_CHARS + s2 / e).sqrt();
    (a / e - c).abs() > 2.0 * spread
}

/// The confident 1-1 beads of `beads` (which refine a model): their (Arabic, English)
/// character counts.
fn anchors_of(ar: &[Prepared], en: &[Prepared], beads: &[Bead]) -> Vec<(f64, f64)> {
    beads
        .iter()
        .filter(|b| b.ar.len() == 1 && b.en.len() == 1 && b.score >= ANCHOR_SCORE)
        .map(|b| (ar[b.ar.start].chars() as f64, en[b.en.start].chars() as f64))
        .filter(|&(a, e)| a > 0.0 && e > 0.0)
        .collect()
}

/// The lexical evidence of the 1-1 beads of `beads`: the sum of their scores on their words
/// alone (a length prior of 1, whatever the length model), so that ladders found with two length
/// models are compared on what the lexicon says of them.
fn lexical_support(ar: &[Prepared], en: &[Prepared], beads: &[Bead], scorer: &Scorer) -> f64 {
    beads
        .iter()
        .filter(|b| b.shape() == (1, 1))
        .map(|b| {
            let evidence = scorer.evidence(&ar[b.ar.clone()], &en[b.en.clone()]);
            scorer.with_length_prior(evidence, 1.0)
        })
        .sum()
}

/// The total lengths (Arabic, English) of the beads of `beads` with both sides.
fn aligned_totals(ar: &[Prepared], en: &[Prepared], beads: &[Bead]) -> (f64, f64) {
    beads
        .iter()
        .filter(|b| !b.is_deletion())
        .fold((0.0, 0.0), |(sa, se), b| {
            (
                sa + total(&ar[b.ar.clone()]) as f64,
                se + total(&en[b.en.clone()]) as f64,
            )
        })
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
    align_adapted_along(ar, en, paragraphs, scorer, options, None)
}

/// [`align_adapted`], every search in the band around `guide` when there is one (a ladder of
/// the same documents: [`super::ladder::align_along`]), else around anchors.
pub fn align_adapted_along(
    ar: &[Prepared],
    en: &[Prepared],
    paragraphs: Option<Paragraphs>,
    scorer: &Scorer,
    options: &AlignOptions,
    guide: Option<&[Bead]>,
) -> (Vec<Bead>, LengthModel) {
    let with = |model: &LengthModel| Scorer {
        lexicon: scorer.lexicon,
        params: model.apply(&scorer.params),
    };
    // Without a guide the search is around anchors, as `align_with_paragraphs` does. The
    // searches differ only in the length model: each scores only the beads none before did.
    let mut memo: Option<Memo> = None;
    let mut search = |model: &LengthModel, options: &AlignOptions| {
        let (beads, scored) = align_remembering(
            ar,
            en,
            paragraphs,
            &with(model),
            options,
            guide.unwrap_or(&[]),
            memo.take(),
        );
        memo = Some(scored);
        beads
    };
    let mut first_model = LengthModel::from_totals(ar, en, &scorer.params);
    let mut first = search(&first_model, options);
    // Totals far from news's ratio say either that the rendering differs (a wordy translation,
    // a vowelled side) or that the totals count text one side does not translate (a translated
    // excerpt, a summary, a passage added or left out): then the totals' ratio makes every
    // sentence of the shorter side swallow several of the other's. As Moore (2002), the ratio
    // should come from what aligns, not from the totals: the table's model is tried too, and
    // the ladder the lexicon supports better is kept — the one whose 1-1 beads hold more
    // lexical evidence on their words alone (the length prior left out, so that neither model
    // is judged by its own lengths). A wordy rendering aligned with the table's ratio merges
    // sentences its lengths do not fit and has fewer, weaker 1-1 beads; an excerpt aligned
    // with the totals' ratio has almost none. Where the lexicon cannot score the pair (both
    // ladders score like unrelated text) the evidence is noise, and the totals' model stays.
    let (a, e) = (total(ar) as f64, total(en) as f64);
    if a > 0.0 && e > 0.0 && totals_depart(a, e, &scorer.params) {
        let fixed = LengthModel::fixed(&scorer.params);
        let other = search(&fixed, options);
        let scored = !scores_like_unrelated(&first) || !scores_like_unrelated(&other);
        let (aligned_a, aligned_e) = aligned_totals(ar, en, &other);
        // What the table's ladder aligns has a ratio nearer the table's than the totals'
        // (by their quotient): the surplus is in the sentences it leaves out.
        let c = scorer.params.length_ratio;
        let explains = aligned_a > 0.0
            && aligned_e > 0.0
            && (aligned_a / aligned_e / c).ln().abs()
                < (aligned_a / aligned_e / (a / e)).ln().abs();
        if scored
            && explains
            && lexical_support(ar, en, &other, scorer) > lexical_support(ar, en, &first, scorer)
        {
            (first, first_model) = (other, fixed);
        }
    }
    let model = first_model.refined(ar, en, &first, &scorer.params);
    // A pair the lexicon cannot score (a domain it has never seen): no 1-1 pair reaches the
    // merge threshold, so merges would never be tried and a split sentence becomes a 1-1 bead
    // and a deletion. Every merge is scored, and the length prior decides it (docs/align.md,
    // vocabulary-blind sets). Every bead costs about the cap there, so leaving a sentence out
    // costs what it costs relative to the pair's own beads, as in vecalign.
    if scores_like_unrelated(&first) {
        let open = AlignOptions {
            merge_threshold: 0.0,
            skip_cost: relative_skip_cost(&first, options),
            ..*options
        };
        // Numbers both sides share are evidence the lexicon cannot give: in this search they
        // count as words found ([`NumbersFound`]). The beads keep the scorer's scores.
        let scorer = with(&model);
        let counting = NumbersFound(&scorer);
        let guide = guide.unwrap_or(&[]);
        let (mut beads, _) = align_remembering(ar, en, paragraphs, &counting, &open, guide, None);
        for bead in beads.iter_mut().filter(|b| !b.is_deletion()) {
            bead.score = scorer.score(&ar[bead.ar.clone()], &en[bead.en.clone()]);
        }
        return (beads, model);
    }
    if model == first_model {
        return (first, model);
    }
    let beads = search(&model, options);
    (beads, model)
}

/// The similarity of a pair the lexicon cannot score: the scorer's, but a number both sides
/// share counts as a word found (the scorer's numbers only weigh the lexical share, which is
/// nothing there): the evidence is at least the share of the bead's words and numbers, both
/// sides, that are numbers the other side has ([`numbers_found`]).
struct NumbersFound<'a, 'l>(&'a Scorer<'l>);

impl Similarity for NumbersFound<'_, '_> {
    fn length_prior(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Similarity::length_prior(self.0, ar, en)
    }

    fn evidence(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        let lexical = Similarity::evidence(self.0, ar, en);
        lexical.max((1.0 - self.0.params.length_floor) * numbers_found(ar, en))
    }

    fn with_length(&self, evidence: f64, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Similarity::with_length(self.0, evidence, ar, en)
    }
}

/// The share of the content words and numbers of both sides that are numbers found on the
/// other side (ordinals aside).
fn numbers_found(ar: &[Prepared], en: &[Prepared]) -> f64 {
    let count = |from: &[Prepared], to: &[Prepared]| {
        let found = from
            .iter()
            .flat_map(Prepared::numbers)
            .filter(|q| q.kind != QuantityKind::Ordinal)
            .filter(|q| {
                to.iter()
                    .flat_map(Prepared::numbers)
                    .any(|o| numbers::agree(q, o))
            })
            .count();
        let tokens: usize = from
            .iter()
            .map(|s| s.content_words() + s.numbers().len())
            .sum();
        (found, tokens)
    };
    let ((found_ar, ar_tokens), (found_en, en_tokens)) = (count(ar, en), count(en, ar));
    let tokens = ar_tokens + en_tokens;
    if tokens == 0 {
        0.0
    } else {
        (found_ar + found_en) as f64 / tokens as f64
    }
}

/// The cost of leaving a sentence out, relative to the pair's own bead costs (vecalign sets its
/// deletion penalty from each document's costs): `skip_cost` was fitted on news pairs, whose
/// median 1-1 bead costs `reference_mismatch`; a pair whose median 1-1 bead of `beads` costs
/// more — every one costs the cap in a pair the lexicon cannot score — keeps the margin
/// between leaving a sentence out and aligning it as a typical bead does (each of a 1-1 bead's
/// two sentences carries half its cost). With that margin at news's 1.2 instead of the 0.5 left
/// under the cap, a split sentence is merged again rather than aligned 1-1 beside a deletion.
pub fn relative_skip_cost(beads: &[Bead], options: &AlignOptions) -> f64 {
    let median = median_mismatch(beads, options.max_sentence_cost);
    options.skip_cost + (median - options.reference_mismatch) / 2.0
}

/// The median of what the score costs the 1-1 beads of `beads` (`min(-ln score, cap)`, the
/// aligner's cost per bead before priors); `cap` when there is none.
fn median_mismatch(beads: &[Bead], cap: f64) -> f64 {
    let mut costs: Vec<f64> = beads
        .iter()
        .filter(|b| b.shape() == (1, 1))
        .map(|b| mismatch(b.score, cap))
        .collect();
    costs.sort_by(f64::total_cmp);
    costs.get(costs.len() / 2).copied().unwrap_or(cap)
}

/// Whether beads score like unrelated text: their mean is below
/// `review.unrelated_mean_score` (the lexicon knows nothing of the pair).
pub fn scores_like_unrelated(beads: &[Bead]) -> bool {
    mean_score(beads) < crate::tuning::TUNING.review.unrelated_mean_score
}

/// Mean score of the beads with both sides (0 when there are none).
pub fn mean_score(beads: &[Bead]) -> f64 {
    let scored: Vec<f64> = beads
        .iter()
        .filter(|b| !b.is_deletion())
        .map(|b| b.score)
        .collect();
    if scored.is_empty() {
        0.0
    } else {
        scored.iter().sum::<f64>() / scored.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::*;
    use crate::align::align_along;
    use crate::lexicon::Lexicon;
    use crate::text::Lang;

    /// A pair the lexicon knows nothing of still gets its merges: the length prior decides them.
    #[test]
    fn an_unscored_pair_still_merges_by_length() {
        let scorer = Scorer::new(Lexicon::embedded());
        let ar_word = "ثخذضظغ";
        let en_word = "zqvxkw";
        let sentence = |word: &str, words: usize| format!("{}.", vec![word; words].join(" "));
        let ar: Vec<String> = [8, 18, 8, 8]
            .iter()
            .map(|&n| sentence(ar_word, n))
            .collect();
        let en: Vec<String> = [8, 9, 9, 8, 8]
            .iter()
            .map(|&n| sentence(en_word, n))
            .collect();
        let ar = scorer.prepare_side(&ar, Lang::Ar).sentences;
        let en = scorer.prepare_side(&en, Lang::En).sentences;
        let (beads, _) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
        assert!(mean_score(&beads) < 0.2, "{beads:?}");
        assert!(
            beads.iter().any(|b| b.ar == (1..2) && b.en == (1..3)),
            "{beads:?}"
        );
    }

    /// A pair the lexicon cannot score, every sentence of the same length: only the numbers
    /// tell which English sentence translates nothing. Shared numbers count as words found in
    /// the search of such a pair, so the extra sentence is the one left out.
    #[test]
    fn numbers_both_sides_share_count_in_a_pair_the_lexicon_cannot_score() {
        let scorer = Scorer::new(Lexicon::embedded());
        let sentence =
            |word: &str, number: u32| format!("{w} {w} {w} {number} {w} {w} {w}.", w = word);
        let ar: Vec<String> = [1987, 2431, 3352, 4719]
            .iter()
            .map(|&n| sentence("ثخذضظغ", n))
            .collect();
        let en: Vec<String> = [1987, 2431, 5603, 3352, 4719]
            .iter()
            .map(|&n| sentence("zqvxkw", n))
            .collect();
        let ar = scorer.prepare_side(&ar, Lang::Ar).sentences;
        let en = scorer.prepare_side(&en, Lang::En).sentences;
        let (beads, _) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
        assert!(mean_score(&beads) < 0.2, "{beads:?}");
        let shapes: Vec<(Range<usize>, Range<usize>)> =
            beads.iter().map(|b| (b.ar.clone(), b.en.clone())).collect();
        assert_eq!(
            shapes,
            [
                (0..1, 0..1),
                (1..2, 1..2),
                (2..2, 2..3),
                (2..3, 3..4),
                (3..4, 4..5)
            ],
            "{beads:?}"
        );
        assert!(numbers_found(&ar[0..1], &en[0..1]) > 0.0);
        assert_eq!(numbers_found(&ar[2..3], &en[2..3]), 0.0);
    }

    #[test]
    fn leaving_a_sentence_out_costs_relative_to_the_pairs_beads() {
        let options = AlignOptions::default();
        let cap = options.max_sentence_cost;
        // A pair whose median 1-1 bead costs the reference: the fitted skip cost.
        let typical = (-options.reference_mismatch).exp();
        let news = [
            Bead::new(0..1, 0..1, 0.9),
            Bead::new(1..2, 1..2, typical),
            Bead::new(2..3, 2..3, 0.01),
            Bead::new(3..5, 3..4, 0.01),
            Bead::new(5..5, 4..5, 0.0),
        ];
        assert!((relative_skip_cost(&news, &options) - options.skip_cost).abs() < 1e-9);
        // Every 1-1 bead at the cap (a pair the lexicon cannot score): half the difference more.
        let unscored = [Bead::new(0..1, 0..1, 0.01), Bead::new(1..2, 1..2, 0.02)];
        let expected = options.skip_cost + (cap - options.reference_mismatch) / 2.0;
        assert!((relative_skip_cost(&unscored, &options) - expected).abs() < 1e-9);
        assert_eq!(median_mismatch(&[], cap), cap);
        assert!((median_mismatch(&news, cap) - options.reference_mismatch).abs() < 1e-9);
    }

    /// Under the cost cap a split sentence aligned 1-1 beside a deletion costs less than the
    /// merge with the fitted skip cost; relative to the pair's beads, the merge wins.
    #[test]
    fn an_unscored_pair_keeps_the_merge_a_fixed_skip_cost_loses() {
        let scorer = Scorer::new(Lexicon::embedded());
        let ar_word = "ثخذضظغ";
        let en_word = "zqvxkw";
        let sentence = |word: &str, words: usize| format!("{}.", vec![word; words].join(" "));
        // The second Arabic sentence (9 words) is translated by the second and third English
        // ones (5 and 4 words).
        let ar: Vec<String> = [8, 9, 8, 8].iter().map(|&n| sentence(ar_word, n)).collect();
        let en: Vec<String> = [8, 5, 4, 8, 8]
            .iter()
            .map(|&n| sentence(en_word, n))
            .collect();
        let ar = scorer.prepare_side(&ar, Lang::Ar).sentences;
        let en = scorer.prepare_side(&en, Lang::En).sentences;
        let merged = |beads: &[Bead]| beads.iter().any(|b| b.ar == (1..2) && b.en == (1..3));
        let (beads, model) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
        let fixed_skip = AlignOptions {
            merge_threshold: 0.0,
            ..AlignOptions::default()
        };
        let with_model = Scorer {
            lexicon: scorer.lexicon,
            params: model.apply(&scorer.params),
        };
        let old = align_along(&ar, &en, None, &with_model, &fixed_skip, &[]);
        assert!(!merged(&old), "{old:?}");
        assert!(merged(&beads), "{beads:?}");
    }

    #[test]
    fn totals_far_from_news_are_not_pulled_toward_it() {
        let scorer = Scorer::new(Lexicon::embedded());
        let params = ScoreParams::default();
        let c = params.length_ratio;
        let sentence = |chars: usize| "س".repeat(chars);
        let en = scorer.prepare_side(&["x".repeat(1000)], Lang::En);
        // Arabic about as long as news would have it: pulled toward the table's ratio.
        let near = scorer.prepare_side(&[sentence((1000.0 * (c + 0.1)) as usize)], Lang::Ar);
        let near = LengthModel::from_totals(&near, &en, &params);
        assert!(near.ratio > c && near.ratio < c + 0.1, "{near:?}");
        // Twice as long: the totals' own ratio, whole.
        let far = scorer.prepare_side(&[sentence((2000.0 * c) as usize)], Lang::Ar);
        let far = LengthModel::from_totals(&far, &en, &params);
        assert!((far.ratio - 2.0 * c).abs() < 0.01, "{far:?}");
    }

    #[test]
    fn a_translated_excerpt_aligns_and_leaves_the_rest_out() {
        let scorer = Scorer::new(Lexicon::embedded());
        let ar = [
            "قال المرصد إن الطائرات الحربية شنت أكثر من أربعين غارة على القرى.",
            "وأضاف أن عشرات العائلات نزحت نحو الحدود التركية.",
            "وقالت القناة إن الجيش سيطر على ثلاث تلال استراتيجية تطل على الطريق.",
            "وارتفعت أسعار الخبز بنسبة خمسين في المائة خلال الشهر الماضي.",
            "وأغلقت المدارس في المدينة بسبب القصف.",
            "وقتل مدني برصاص قناص في حمص.",
        ];
        let en = [
            "The observatory said warplanes carried out more than forty raids on the villages.",
            "It added that dozens of families fled toward the Turkish border.",
        ];
        let ar = scorer.prepare_side(&ar, Lang::Ar).sentences;
        let en = scorer.prepare_side(&en, Lang::En).sentences;
        let (beads, model) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
        let aligned: Vec<(Range<usize>, Range<usize>)> = beads
            .iter()
            .filter(|b| !b.en.is_empty())
            .map(|b| (b.ar.clone(), b.en.clone()))
            .collect();
        assert_eq!(aligned, [(0..1, 0..1), (1..2, 1..2)], "{beads:?}");
        // The totals (about 2.3 Arabic characters per English one) were not the ratio used.
        assert!(model.ratio < 1.5, "{model:?}");
    }

    /// A short side against a long one whose surplus is untranslated: four Arabic sentences
    /// translated, tersely, by the first four of many English ones. The totals say 0.2 Arabic
    /// characters per English one, and their ladder made each Arabic sentence swallow three
    /// English ones; what the table's ladder aligns runs above news's ratio (terse English),
    /// too far for the two-deviation test that used to decide, but far nearer it than the
    /// totals, and its 1-1 beads hold the lexical evidence.
    #[test]
    fn a_short_side_against_a_long_one_aligns_what_it_translates() {
        let scorer = Scorer::new(Lexicon::embedded());
        let ar = [
            "وقال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن الطائرات الحربية شنت أكثر من أربعين غارة جوية على القرى الواقعة في ريف إدلب الجنوبي.",
            "وأضاف المرصد أن عشرات العائلات من سكان هذه القرى نزحت خلال الليل نحو المخيمات القريبة من الحدود التركية.",
            "وقالت وزارة الصحة في بيان رسمي إن المستشفيات في المدينة استقبلت عددا كبيرا من الجرحى المدنيين.",
            "وأغلقت السلطات المحلية جميع المدارس في المدينة حتى إشعار آخر بسبب استمرار القصف المدفعي.",
        ];
        let mut en = vec![
            "The Syrian Observatory said warplanes carried out more than forty air raids on villages in southern Idlib.".to_string(),
            "It added that dozens of families fled overnight toward camps near the Turkish border.".to_string(),
            "The health ministry said hospitals in the city received many wounded civilians.".to_string(),
            "Local authorities closed all schools in the city because of the shelling.".to_string(),
        ];
        for k in 0..17 {
            en.push(format!(
                "The orchestra rehearsed a long symphony in the old theatre for the festival of spring, and the conductor praised the young violinists after session {k}."
            ));
        }
        let ar = scorer.prepare_side(&ar, Lang::Ar).sentences;
        let en = scorer.prepare_side(&en, Lang::En).sentences;
        let (beads, model) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
        let aligned: Vec<(Range<usize>, Range<usize>)> = beads
            .iter()
            .filter(|b| !b.is_deletion())
            .map(|b| (b.ar.clone(), b.en.clone()))
            .collect();
        assert_eq!(
            aligned,
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3), (3..4, 3..4)],
            "{beads:?} {model:?}"
        );
        assert_eq!(beads.len(), 4 + 17, "{beads:?}");
        assert!(model.ratio > 0.5, "{model:?}");
    }

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
        // Fewer Arabic characters per English one vary less (as a count does).
        assert!(
            (b.variance - params.length_variance * b.ratio / params.length_ratio).abs() < 1e-12
        );
        assert!(b.variance < params.length_variance);
        // Too few anchors: the totals stand.
        let beads = [Bead::new(0..1, 0..1, 0.9)];
        assert_eq!(b.refined(&ar, &wordy, &beads, &params), b);
    }
}
