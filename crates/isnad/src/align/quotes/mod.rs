//! Quotes to sources: for every quote, the Arabic window (1–3 consecutive sentences, or one long
//! sentence it is a part of) that translates it best, in any source, with the runner-up and a
//! confidence (`align::calibration`) read from both, from the report's credit and from how much
//! the run's other quotes find.
//!
//! An inverted index over all source sentences (lexicon ids, name keys, Latin words) picks the
//! few sentences that share anything with a quote; only windows around those are scored, so the
//! cost grows with the size of the quotes, not with quotes × sentences.

use rayon::prelude::*;
use serde::Serialize;

pub use super::calibration::{confidence, run_coverage, Evidence, Observation};
use super::score::{Breakdown, IndexKey, Prepared, ScoreParams, Scorer};
use crate::quotes::Quote;
use crate::text::{Document, Lang};

// The ranking values of the tuning table (crate::tuning, `ranking`).
pub(crate) const FRAGMENT_WORDS: usize = crate::tuning::TUNING.ranking.fragment_words;
const SENTENCE_WORDS: usize = crate::tuning::TUNING.ranking.sentence_words;
const EXTRA_SENTENCE_COST: f64 = crate::tuning::TUNING.ranking.extra_sentence_cost;
const HEADING_COST_FOR_PIECES: f64 = crate::tuning::TUNING.ranking.heading_cost_for_pieces;

/// Thresholds and search limits of the matcher.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MatchOptions {
    /// Status score ([`MatchOptions::status_score`]) from which a short quote (a fragment,
    /// scored in quote mode) counts as traced to its source …
    pub matched: f64,
    /// … and from which its match is plausible but needs a human look.
    pub weak: f64,
    /// The same two thresholds for a quote long enough to be a whole sentence (scored
    /// symmetrically, so its scores run lower); quotes in between get thresholds in between.
    pub matched_sentence: f64,
    pub weak_sentence: f64,
    /// Longest window, in sentences.
    pub max_window: usize,
    /// How many sentences, ranked by shared keys, windows are built around.
    pub candidates: usize,
    /// How much the margin over the runner-up adds to the score that decides the status: a
    /// window that scores 0.3 where nothing else scores above 0.1 is more likely the source than
    /// one that scores 0.3 among several at 0.28, which is what a quote with no source looks like.
    pub margin_weight: f64,
    /// Least `confidence` of a `matched` quote: below it the quote is `weak` (check by hand).
    /// Chosen on the NTREX development half so that wrong matches stay rare (docs/check.md).
    pub min_confidence: f64,
    /// When the outlet a quote is credited to has a window scoring at most this much below the
    /// best window of another outlet, the credited outlet's window is the match: the report's
    /// own credit breaks a near tie, and only a lead this clear makes a misattribution.
    pub credit_margin: f64,
}

impl MatchOptions {
    /// The score that decides a status: the best window's score plus `margin_weight` times its
    /// lead over the best window that does not overlap it. With no such window the lead is the
    /// whole score: nothing else in the sources competes.
    pub fn status_score(&self, best: f64, runner_up: Option<f64>) -> f64 {
        best + self.margin_weight * (best - runner_up.unwrap_or(0.0)).max(0.0)
    }

    /// The status of a quote of `words` words whose best window scores `best`, with the best
    /// non-overlapping window scoring `runner_up`.
    pub fn status(&self, words: usize, best: f64, runner_up: Option<f64>) -> Status {
        let decisive = self.status_score(best, runner_up);
        let (matched, weak) = self.thresholds(words);
        if decisive >= matched {
            Status::Matched
        } else if decisive >= weak {
            Status::Weak
        } else {
            Status::Unmatched
        }
    }

    /// Whether the credited outlet's best window, scoring `credited`, stands for a quote whose
    /// best window elsewhere scores `top`: the report's credit breaks a near tie; a lead of
    /// `credit_margin` or more is clear, and makes a misattribution.
    pub fn credit_holds(&self, top: f64, credited: f64) -> bool {
        credited >= top - self.credit_margin
    }

    /// The (matched, weak) thresholds for a quote of `words` words.
    pub fn thresholds(&self, words: usize) -> (f64, f64) {
        let t = sentence_likeness(words);
        (
            self.matched * (1.0 - t) + self.matched_sentence * t,
            self.weak * (1.0 - t) + self.weak_sentence * t,
        )
    }
}

impl Default for MatchOptions {
    fn default() -> Self {
        crate::tuning::TUNING.matching
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Matched,
    /// Plausible but not vouched for: a person checks it.
    Weak,
    /// Plausible, but another place fits nearly as well (within `credit_margin`): a person picks
    /// among the candidates.
    Ambiguous,
    Unmatched,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Matched => "matched",
            Status::Weak => "weak",
            Status::Ambiguous => "ambiguous",
            Status::Unmatched => "unmatched",
        }
    }
}

/// Consecutive sentences `start..end` of source `source`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Window {
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

impl Window {
    fn overlaps(&self, other: &Window) -> bool {
        self.source == other.source && self.start < other.end && other.start < self.end
    }
}

/// The outcome for one quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteMatch {
    pub status: Status,
    pub best: Option<Window>,
    pub runner_up: Option<Window>,
    /// The estimated probability that `best` is the quote's source ([`confidence`]).
    pub confidence: f64,
    /// What `confidence` was computed from.
    #[serde(skip)]
    pub observation: Observation,
    /// Up to [`CANDIDATES`] places that fit the quote best, `best` first, none overlapping
    /// another: what a person picks from when the status is not `matched`.
    pub candidates: Vec<Window>,
    /// The best window of the credited outlet's sources, when the quote is credited and that
    /// outlet's sources share words with it: what the misattribution check compares.
    pub credited_best: Option<Window>,
    /// The signals of the best window's score, with the matched words; for a quote whose
    /// segments are found in other places too, of all those places together ([`places`]).
    pub breakdown: Option<Breakdown>,
    /// For quotes cut by an ellipsis: where each segment is found on its own.
    pub segments: Vec<SegmentMatch>,
}

/// Where one segment of a quote is found on its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentMatch {
    /// The segment's own status, with thresholds for its own length.
    pub status: Status,
    /// `None` when the segment alone is `unmatched`.
    pub best: Option<Window>,
    /// The credited outlet's best window for the segment, as [`QuoteMatch::credited_best`].
    pub credited_best: Option<Window>,
}

mod index;
mod length;
pub use index::{PreparedSource, SourceIndex};
pub use length::run_length_model;

/// A quote prepared for matching: its whole text and, when an ellipsis cuts it, each segment.
pub struct PreparedQuote {
    whole: Prepared,
    /// Each segment with its word count.
    segments: Vec<(Prepared, usize)>,
    words: usize,
    /// Sources of the outlet the report credits the quote to (indices into the sources).
    credited: Vec<usize>,
}

impl PreparedQuote {
    /// Tells the matcher which sources belong to the outlet the quote is credited to.
    pub fn credit(&mut self, sources: Vec<usize>) {
        self.credited = sources;
    }
}

/// Prepares the quotes of `report`. Word rarity is measured over the report's sentences, so a
/// word the report uses everywhere ("said", the place the story is about) decides less about
/// which source sentence a quote comes from.
pub fn prepare_quotes(scorer: &Scorer, quotes: &[Quote], report: &Document) -> Vec<PreparedQuote> {
    let mut texts: Vec<&str> = report.units.iter().map(|u| u.text.as_str()).collect();
    let context = texts.len();
    for q in quotes {
        texts.push(&q.text);
        if q.segments.len() > 1 {
            texts.extend(q.segments.iter().map(|seg| seg.text.as_str()));
        }
    }
    let all = scorer.prepare_side(&texts, Lang::En).sentences;
    let mut rest = all.into_iter().skip(context);
    quotes
        .iter()
        .map(|q| {
            let whole = rest.next().expect("one per quote");
            let segments = if q.segments.len() > 1 {
                rest.by_ref()
                    .take(q.segments.len())
                    .zip(&q.segments)
                    .map(|(p, seg)| (p, seg.word_count()))
                    .collect()
            } else {
                Vec::new()
            };
            PreparedQuote {
                whole,
                segments,
                words: q.word_count(),
                credited: Vec::new(),
            }
        })
        .collect()
}

/// Matches every quote against the sources (in parallel over quotes).
pub fn match_quotes(
    quotes: &[PreparedQuote],
    index: &SourceIndex,
    scorer: &Scorer,
    options: &MatchOptions,
) -> Vec<QuoteMatch> {
    let mut matches: Vec<QuoteMatch> = quotes
        .par_iter()
        .map(|q| match_one(q, index, scorer, options))
        .collect();
    let run = run_coverage(
        matches
            .iter()
            .filter(|m| m.best.is_some())
            .map(|m| m.observation.best.coverage),
    );
    for m in &mut matches {
        settle(m, run, options);
    }
    matches
}

/// The confidence of a quote whose status the thresholds gave, and its final status, once the
/// run's coverage is known: a match the tool cannot vouch for is left for a person to check;
/// when another place fits nearly as well, to pick among the candidates rather than to search.
/// A quote whose every part is traced on its own is traced, though its parts lie too far apart
/// for one window to hold them.
fn settle(m: &mut QuoteMatch, run_coverage: f64, options: &MatchOptions) {
    m.observation.run_coverage = run_coverage;
    m.confidence = match (m.status, m.best) {
        (Status::Unmatched, _) | (_, None) => 0.0,
        _ => confidence(&m.observation),
    };
    let close_second = match (m.best, m.runner_up) {
        (Some(b), Some(r)) => b.score - r.score <= options.credit_margin,
        _ => false,
    };
    let doubtful = m.confidence < options.min_confidence;
    m.status = match m.status {
        Status::Matched | Status::Weak if doubtful && close_second => Status::Ambiguous,
        Status::Matched if doubtful => Status::Weak,
        other => other,
    };
    if m.status == Status::Weak
        && !m.segments.is_empty()
        && m.segments.iter().all(|s| s.status == Status::Matched)
    {
        m.status = Status::Matched;
    }
}

/// 0 for a quote short enough to be a fragment, 1 for one long enough to be a whole sentence.
fn sentence_likeness(words: usize) -> f64 {
    let (short, long) = (FRAGMENT_WORDS as f64, SENTENCE_WORDS as f64);
    ((words as f64 - short) / (long - short)).clamp(0.0, 1.0)
}

/// How a quote of `words` words is scored. A short quote is most likely a fragment of a longer
/// sentence, so only its own coverage counts (quote mode); a long one is most likely a whole
/// sentence, and then the Arabic side's coverage tells the right sentence from a longer one that
/// happens to contain the same words (the symmetric score). In between, a blend.
fn params_for(words: usize, base: &ScoreParams) -> ScoreParams {
    let t = sentence_likeness(words);
    // The run's length model (the table's, or the one its confident matches gave) holds for
    // both ends of the blend.
    let symmetric = ScoreParams {
        length_ratio: base.length_ratio,
        length_variance: base.length_variance,
        ..ScoreParams::default()
    };
    ScoreParams {
        fragment_side_weight: base.fragment_side_weight * (1.0 - t)
            + symmetric.shorter_side_weight * t,
        length_weight: base.length_weight * (1.0 - t) + symmetric.length_weight * t,
        ..*base
    }
}

/// The windows a quote is found in: the best one, then each segment's that does not overlap one
/// already listed.
pub fn places(best: Option<Window>, segments: &[SegmentMatch]) -> Vec<Window> {
    let mut out: Vec<Window> = best.into_iter().collect();
    for w in segments.iter().filter_map(|s| s.best) {
        if !out.iter().any(|p| p.overlaps(&w)) {
            out.push(w);
        }
    }
    out
}

/// What the ranked windows of a span say: the status, the window that stands for the span, the
/// best window that does not overlap it, and the credited outlet's best window.
struct Decision {
    status: Status,
    best: Option<Window>,
    runner_up: Option<Window>,
    credited_best: Option<Window>,
}

/// The best window not overlapping `w`.
fn runner_up_of(ranked: &[Window], w: Option<Window>) -> Option<Window> {
    w.and_then(|b| ranked.iter().find(|r| !r.overlaps(&b)).copied())
}

/// The status comes from the top window and its runner-up, whoever is credited: the credit only
/// chooses which of two windows stands for a traced quote — the credited outlet's, when it is
/// near the top ([`MatchOptions::credit_holds`]) or when it `carries` the top window's
/// statement: mostly the same words, and every word of the quote the top window finds (the
/// same statement in a longer sentence: no misattribution).
fn decide(
    ranked: &[Window],
    credited: &[usize],
    words: usize,
    options: &MatchOptions,
    carries: &dyn Fn(&Window, &Window) -> bool,
) -> Decision {
    let top = ranked.first().copied();
    let top_runner_up = runner_up_of(ranked, top);
    let status = options.status(
        words,
        top.map_or(0.0, |t| t.score),
        top_runner_up.map(|r| r.score),
    );
    let credited_best = ranked
        .iter()
        .find(|w| credited.contains(&w.source))
        .copied();
    match (top, credited_best) {
        (Some(t), Some(c))
            if c.source != t.source
                && status != Status::Unmatched
                && (options.credit_holds(t.score, c.score) || carries(&c, &t)) =>
        {
            Decision {
                status,
                best: Some(c),
                runner_up: runner_up_of(ranked, Some(c)),
                credited_best,
            }
        }
        _ => Decision {
            status,
            best: top,
            runner_up: top_runner_up,
            credited_best,
        },
    }
}

/// How many candidate places a quote lists.
pub const CANDIDATES: usize = 3;

/// `best` and then the best-ranked windows that overlap none already taken, up to
/// [`CANDIDATES`] (windows with a score above zero only).
fn candidates(best: Option<Window>, ranked: &[Window]) -> Vec<Window> {
    let mut taken: Vec<Window> = best.into_iter().collect();
    for w in ranked.iter().filter(|w| w.score > 0.0) {
        if taken.len() >= CANDIDATES {
            break;
        }
        if !taken.iter().any(|t| t.overlaps(w)) {
            taken.push(*w);
        }
    }
    taken
}

/// Whether two windows hold mostly different words (lexicon ids, names, Latin words): less than
/// half of the smaller window's keys are in the other. A sentence two outlets both carry, or a
/// headline repeating its body, says the same thing.
fn say_different_things(index: &SourceIndex, a: &Window, b: &Window) -> bool {
    let keys = |w: &Window| -> std::collections::HashSet<IndexKey> {
        index
            .sentences(w)
            .iter()
            .flat_map(|p| p.index_keys())
            .collect()
    };
    let (a, b) = (keys(a), keys(b));
    let shared = a.intersection(&b).count();
    2 * shared < a.len().min(b.len())
}

/// Whether credited window `c` carries top window `t`'s statement: mostly the same words, and
/// every word of quote `en` that `t` finds ([`decide`]).
fn carries_statement(
    scorer: &Scorer,
    index: &SourceIndex,
    en: &Prepared,
    c: &Window,
    t: &Window,
) -> bool {
    !say_different_things(index, t, c) && !finds_words_the_other_lacks(scorer, index, en, t, c)
}

/// Whether window `a` finds a word of quote `en` that window `b` does not.
fn finds_words_the_other_lacks(
    scorer: &Scorer,
    index: &SourceIndex,
    en: &Prepared,
    a: &Window,
    b: &Window,
) -> bool {
    let words = |w: &Window| -> std::collections::HashSet<String> {
        scorer
            .english_matches(index.sentences(w), std::slice::from_ref(en))
            .into_iter()
            .map(|m| m.english)
            .collect()
    };
    !words(a).is_subset(&words(b))
}

fn match_one(
    q: &PreparedQuote,
    index: &SourceIndex,
    base: &Scorer,
    options: &MatchOptions,
) -> QuoteMatch {
    let scorer_for = |words: usize| Scorer {
        lexicon: base.lexicon,
        params: params_for(words, &base.params),
    };
    let scorer = &scorer_for(q.words);
    let en = &q.whole;
    let ranked = index.ranked_windows(scorer, en, options, &q.credited);
    let carries = |c: &Window, t: &Window| carries_statement(scorer, index, en, c, t);
    let Decision {
        status,
        best,
        runner_up,
        credited_best,
    } = decide(&ranked, &q.credited, q.words, options, &carries);
    // The best window's signals serve its confidence and, for a quote found in one place, its
    // explanation.
    let best_signals = best.map(|b| scorer.explain(index.sentences(&b), std::slice::from_ref(en)));
    // Two windows that say different things cannot both be the source: the runner-up's own
    // chance tempers the best one's (a near tie is a coin toss however well each fits alone).
    // The credit breaks a tie between outlets that carry the same words; a window it passed
    // over that finds words of the quote the credited one lacks ("withdrew" where the credited
    // sentence says "took control") is a rival the credit does not outweigh.
    // So is a window of another outlet that says the same thing as the best one but holds a
    // word of the quote the best lacks ("medical" in its longer version): the quote may have
    // been taken from it. Each is asked once of the runner-up.
    let observation = match (best, &best_signals) {
        (Some(b), Some(signals)) => {
            let (different, passed_over) = runner_up.map_or((false, false), |r| {
                let different = say_different_things(index, &b, &r);
                let near = r.score > b.score || (r.source != b.source && !different);
                let passed_over = near && finds_words_the_other_lacks(scorer, index, en, &r, &b);
                (different, passed_over)
            });
            Observation {
                score: b.score,
                runner_up: runner_up.map_or(0.0, |r| r.score),
                words: q.words,
                best: Evidence::of(signals),
                rival: runner_up.filter(|_| different || passed_over).map(|r| {
                    Evidence::of(&scorer.explain(index.sentences(&r), std::slice::from_ref(en)))
                }),
                credited: q.credited.contains(&b.source)
                    && runner_up.is_some_and(|r| !q.credited.contains(&r.source))
                    && !passed_over,
                run_coverage: 0.0,
                right: false,
            }
        }
        _ => Observation::default(),
    };
    let segments = q
        .segments
        .iter()
        .map(|(seg, words)| {
            let seg_scorer = scorer_for(*words);
            let carries = |c: &Window, t: &Window| carries_statement(&seg_scorer, index, seg, c, t);
            let d = decide(
                &index.ranked_windows(&seg_scorer, seg, options, &q.credited),
                &q.credited,
                *words,
                options,
                &carries,
            );
            SegmentMatch {
                status: d.status,
                best: d.best.filter(|_| d.status != Status::Unmatched),
                credited_best: d.credited_best,
            }
        })
        .collect::<Vec<_>>();
    // The words, numbers and names of a quote stitched from several places are looked for in
    // all of them.
    let places = places(best, &segments);
    let breakdown = match places.as_slice() {
        [] => None,
        // The first place is the best window when there is one.
        [_] if best.is_some() => best_signals,
        [one] => Some(scorer.explain(index.sentences(one), std::slice::from_ref(en))),
        several => {
            let ar: Vec<Prepared> = several
                .iter()
                .flat_map(|w| index.sentences(w).iter().cloned())
                .collect();
            Some(scorer.explain(&ar, std::slice::from_ref(en)))
        }
    };
    // The status from the thresholds: [`settle`] reads it with the confidence, once the run is
    // known.
    QuoteMatch {
        status,
        best,
        runner_up,
        confidence: 0.0,
        observation,
        candidates: candidates(best, &ranked),
        credited_best,
        breakdown,
        segments,
    }
}

#[cfg(test)]
mod tests;
