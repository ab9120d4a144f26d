//! Quotes to sources: for every quote, the Arabic window (1–3 consecutive sentences, or one long
//! sentence it is a part of) that translates it best, in any source, with the runner-up and a
//! confidence from the margin between them.
//!
//! An inverted index over all source sentences (lexicon ids, name keys, Latin words) picks the
//! few sentences that share anything with a quote; only windows around those are scored, so the
//! cost grows with the size of the quotes, not with quotes × sentences.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

pub use super::calibration::{confidence, confidence_features, exclusive, Observation};
use super::score::{Breakdown, IndexKey, Prepared, ScoreParams, Scorer};
use crate::quotes::Quote;
use crate::text::{Document, Lang, UnitKind};

// The ranking values of the tuning table (crate::tuning, `ranking`).
const FRAGMENT_WORDS: usize = crate::tuning::TUNING.ranking.fragment_words;
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

/// One Arabic source prepared for matching.
pub struct PreparedSource<'d> {
    pub doc: &'d Document,
    sentences: Vec<Prepared>,
    /// Units that can share a window with their neighbours: sentences. A heading or byline is a
    /// window of its own (a quoted headline), never part of a longer one.
    joinable: Vec<bool>,
}

/// All sources with their index.
pub struct SourceIndex<'d> {
    pub sources: Vec<PreparedSource<'d>>,
    postings: HashMap<IndexKey, Vec<(u32, u32)>>,
}

impl<'d> SourceIndex<'d> {
    pub fn new(scorer: &Scorer, docs: &[&'d Document]) -> SourceIndex<'d> {
        let mut bounds = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for doc in docs {
            let start = texts.len();
            texts.extend(doc.units.iter().map(|u| u.text.as_str()));
            bounds.push(start..texts.len());
        }
        // Rarity over all sources together: a word every outlet uses decides little.
        let all = scorer.prepare_side(&texts, Lang::Ar).sentences;
        let mut postings: HashMap<IndexKey, Vec<(u32, u32)>> = HashMap::new();
        let mut sources = Vec::new();
        let mut rest = all.into_iter();
        for (s, (doc, range)) in docs.iter().zip(bounds).enumerate() {
            let sentences: Vec<Prepared> = rest.by_ref().take(range.len()).collect();
            for (i, p) in sentences.iter().enumerate() {
                for key in p.index_keys() {
                    postings.entry(key).or_default().push((s as u32, i as u32));
                }
            }
            let joinable = doc
                .units
                .iter()
                .map(|u| u.kind == UnitKind::Sentence)
                .collect();
            sources.push(PreparedSource {
                doc,
                sentences,
                joinable,
            });
        }
        SourceIndex { sources, postings }
    }

    /// Sentences sharing keys with `en`, best first, at most `limit`.
    fn candidates(&self, scorer: &Scorer, en: &Prepared, limit: usize) -> Vec<(usize, usize)> {
        let mut hits: HashMap<(u32, u32), f32> = HashMap::new();
        let mut seen_key: HashMap<IndexKey, f32> = HashMap::new();
        for (key, weight) in scorer.query_keys(en) {
            let e = seen_key.entry(key).or_default();
            if *e >= weight {
                continue;
            }
            let add = weight - *e;
            *e = weight;
            if let Some(list) = self.postings.get(&key) {
                for &pos in list {
                    *hits.entry(pos).or_default() += add;
                }
            }
        }
        let mut ranked: Vec<((u32, u32), f32)> = hits.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(limit)
            .map(|((s, i), _)| (s as usize, i as usize))
            .collect()
    }

    /// Windows of up to `max` joinable sentences that contain unit `at` of source `s` (just the
    /// unit itself when it is a heading or byline).
    fn windows_around(&self, s: usize, at: usize, max: usize) -> Vec<(usize, usize)> {
        let joinable = &self.sources[s].joinable;
        if !joinable[at] {
            return vec![(at, at + 1)];
        }
        let mut out = Vec::new();
        for len in 1..=max {
            for start in at.saturating_sub(len - 1)..=at {
                let end = start + len;
                if end <= joinable.len() && joinable[start..end].iter().all(|&u| u) {
                    out.push((start, end));
                }
            }
        }
        out
    }

    fn score_window(&self, scorer: &Scorer, w: (usize, usize, usize), en: &Prepared) -> f64 {
        let (s, start, end) = w;
        scorer.score(
            &self.sources[s].sentences[start..end],
            std::slice::from_ref(en),
        )
    }

    pub fn sentences(&self, w: &Window) -> &[Prepared] {
        &self.sources[w.source].sentences[w.start..w.end]
    }

    /// The best windows for an English span, highest score first (ties: shorter, earlier).
    fn ranked_windows(
        &self,
        scorer: &Scorer,
        en: &Prepared,
        options: &MatchOptions,
    ) -> Vec<Window> {
        let mut windows: Vec<(usize, usize, usize)> = Vec::new();
        for (s, at) in self.candidates(scorer, en, options.candidates) {
            for (start, end) in self.windows_around(s, at, options.max_window) {
                windows.push((s, start, end));
            }
        }
        windows.sort_unstable();
        windows.dedup();
        let mut scored: Vec<Window> = windows
            .into_iter()
            .map(|w| Window {
                source: w.0,
                start: w.1,
                end: w.2,
                score: self.score_window(scorer, w, en),
            })
            .collect();
        // A wider window must earn its extra sentences: each one costs a little, so a sentence
        // next to the right one, sharing a lucky word with the quote, does not join it.
        // A quote that starts in lower case is a piece of a sentence: where a headline says
        // the same words as a body sentence, the body sentence is its source.
        let piece_of_a_sentence = en.text().chars().next().is_some_and(char::is_lowercase);
        let ranking = |w: &Window| {
            let heading = w.end - w.start == 1 && !self.sources[w.source].joinable[w.start];
            let heading_cost = if heading && piece_of_a_sentence {
                HEADING_COST_FOR_PIECES
            } else {
                0.0
            };
            w.score - EXTRA_SENTENCE_COST * (w.end - w.start - 1) as f64 - heading_cost
        };
        scored.sort_by(|a, b| {
            ranking(b)
                .total_cmp(&ranking(a))
                .then((a.end - a.start).cmp(&(b.end - b.start)))
                .then((a.source, a.start).cmp(&(b.source, b.start)))
        });
        scored
    }
}

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
    quotes
        .par_iter()
        .map(|q| match_one(q, index, scorer, options))
        .collect()
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
    let symmetric = ScoreParams::default();
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
/// chooses which of two near-equal windows stands for a traced quote (the credited outlet's,
/// when [`MatchOptions::credit_holds`]).
fn decide(ranked: &[Window], credited: &[usize], words: usize, options: &MatchOptions) -> Decision {
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
                && options.credit_holds(t.score, c.score) =>
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
    let ranked = index.ranked_windows(scorer, en, options);
    let Decision {
        status,
        best,
        runner_up,
        credited_best,
    } = decide(&ranked, &q.credited, q.words, options);
    let coverage_of = |w: &Window| {
        let signals = scorer.breakdown_of(index.sentences(w), std::slice::from_ref(en));
        signals.coverage_en.min(signals.coverage_ar)
    };
    // Two windows that say different things cannot both be the source: the runner-up's own
    // chance tempers the best one's (a near tie is a coin toss however well each fits alone).
    let observation = best.map_or_else(Observation::default, |b| Observation {
        score: b.score,
        runner_up: runner_up.map_or(0.0, |r| r.score),
        words: q.words,
        coverage: coverage_of(&b),
        rival_coverage: runner_up
            .filter(|r| say_different_things(index, &b, r))
            .map(|r| coverage_of(&r)),
        right: false,
    });
    let confidence = match (status, best) {
        (Status::Unmatched, _) | (_, None) => 0.0,
        _ => confidence(&observation),
    };
    // A match the tool cannot vouch for is left for a person to check; when another place
    // fits nearly as well, to pick among the candidates rather than to search.
    let close_second = match (best, runner_up) {
        (Some(b), Some(r)) => b.score - r.score <= options.credit_margin,
        _ => false,
    };
    let status = match status {
        Status::Matched | Status::Weak if confidence < options.min_confidence && close_second => {
            Status::Ambiguous
        }
        Status::Matched if confidence < options.min_confidence => Status::Weak,
        other => other,
    };
    let segments = q
        .segments
        .iter()
        .map(|(seg, words)| {
            let d = decide(
                &index.ranked_windows(&scorer_for(*words), seg, options),
                &q.credited,
                *words,
                options,
            );
            SegmentMatch {
                status: d.status,
                best: d.best.filter(|_| d.status != Status::Unmatched),
                credited_best: d.credited_best,
            }
        })
        .collect::<Vec<_>>();
    // A quote whose every part is traced on its own is traced, though its parts lie too far
    // apart for one window to hold them.
    let status = if status == Status::Weak
        && !segments.is_empty()
        && segments.iter().all(|s| s.status == Status::Matched)
    {
        Status::Matched
    } else {
        status
    };
    // The words, numbers and names of a quote stitched from several places are looked for in
    // all of them.
    let places = places(best, &segments);
    let breakdown = match places.as_slice() {
        [] => None,
        [one] => Some(scorer.explain(index.sentences(one), std::slice::from_ref(en))),
        several => {
            let ar: Vec<Prepared> = several
                .iter()
                .flat_map(|w| index.sentences(w).iter().cloned())
                .collect();
            Some(scorer.explain(&ar, std::slice::from_ref(en)))
        }
    };
    QuoteMatch {
        status,
        best,
        runner_up,
        confidence,
        observation,
        candidates: candidates(best, &ranked),
        credited_best,
        breakdown,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::ScoreParams;
    use crate::lexicon::Lexicon;
    use crate::quotes::extract;

    fn doc(path: &str, text: &str, lang: Lang) -> Document {
        Document::from_text(path, text, Some(lang))
    }

    fn scorer() -> Scorer<'static> {
        let mut s = Scorer::new(Lexicon::embedded());
        s.params = ScoreParams::for_fragments();
        s
    }

    /// Matches the quotes of the report `text` against the Arabic `sources`, the first quote
    /// credited to the sources `credited`.
    fn match_report(
        sources: &[&str],
        text: &str,
        credited: Vec<usize>,
        options: &MatchOptions,
    ) -> Vec<QuoteMatch> {
        let docs: Vec<Document> = sources
            .iter()
            .enumerate()
            .map(|(i, t)| doc(&format!("s{i}.ar.txt"), t, Lang::Ar))
            .collect();
        let report = doc("r.txt", text, Lang::En);
        let s = scorer();
        let index = SourceIndex::new(&s, &docs.iter().collect::<Vec<_>>());
        let quotes = extract(&report);
        let mut prepared = prepare_quotes(&s, &quotes, &report);
        if let Some(first) = prepared.first_mut() {
            first.credit(credited);
        }
        match_quotes(&prepared, &index, &s, options)
    }

    const TV: &str = "قال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى. وأضاف أن المسلحين فروا نحو إدلب. وبثت القناة صوراً للدخان فوق القرية.";
    const NGO: &str = "وثق المرصد مقتل ١٤ عنصراً من القوات الحكومية. وقال المرصد إن عشرات العائلات نزحت نحو الحدود التركية.";

    #[test]
    fn quotes_find_their_sentence_in_the_right_source() {
        let m = match_report(
            &[TV, NGO],
            "The channel said \"the army took control of three hills near Salma\". The monitor said \"dozens of families fled toward the Turkish border\". A resident said \"the bakery reopened and bread prices fell\".",
            Vec::new(),
            &MatchOptions::default(),
        );
        let b0 = m[0].best.unwrap();
        assert_eq!((b0.source, b0.start, b0.end), (0, 0, 1), "{:?}", m[0]);
        assert_eq!(m[0].status, Status::Matched);
        let b1 = m[1].best.unwrap();
        assert_eq!((b1.source, b1.start), (1, 1));
        assert_eq!(m[1].status, Status::Matched);
        assert_eq!(m[2].status, Status::Unmatched, "{:?}", m[2]);
        assert!(m[0].runner_up.is_none_or(|r| r.score < b0.score));
    }

    #[test]
    fn a_piece_of_a_sentence_comes_from_the_body_not_the_headline_that_repeats_it() {
        // The headline says what the first sentence says, in fewer words.
        let page = "الجيش يسيطر على تلال قرب سلمى\n\nقال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى صباح اليوم. وأضاف أن المسلحين فروا نحو إدلب.";
        let heading = |m: &QuoteMatch| m.best.map(|b| (b.start, b.end));
        let m = match_report(
            &[page],
            "The channel said the army \"took control of hills near Salma\". Its headline read \"Army Takes Control Of Hills Near Salma\".",
            Vec::new(),
            &MatchOptions::default(),
        );
        assert_eq!(heading(&m[0]), Some((1, 2)), "{:?}", m[0]);
        assert_eq!(heading(&m[1]), Some((0, 1)), "{:?}", m[1]);
    }

    #[test]
    fn the_credited_outlet_wins_a_near_tie_but_not_a_clear_lead() {
        // The same statement carried by two outlets, the second without the word "reporter"
        // (closer to the quote): alone, the second wins; credited to the first, its copy is the
        // match.
        let copy = TV.replacen("مراسل ", "", 1);
        // The monitor mentions the army once, far from the quote's words.
        let monitor = format!("{NGO} وقال المرصد إن الجيش قصف المنطقة.");
        let options = MatchOptions::default();
        let matched = |credited: Vec<usize>| {
            match_report(
                &[TV, &copy, &monitor],
                "It said \"the army took control of three hills near Salma\".",
                credited,
                &options,
            )
            .remove(0)
        };
        let open = matched(Vec::new());
        let (top, other) = (open.best.unwrap(), open.runner_up.unwrap());
        assert_eq!((top.source, other.source), (1, 0), "{open:?}");
        assert!(options.credit_holds(top.score, other.score) && other.score < top.score);
        let credited = matched(vec![0]);
        assert_eq!(credited.best.unwrap().source, 0, "{credited:?}");
        assert_eq!(credited.runner_up.unwrap().source, 1);
        assert_eq!(credited.credited_best, credited.best);
        // The credit chooses the window, never the status; a runner-up above makes the chosen
        // window less likely right than the open best one.
        assert_eq!(credited.status, open.status);
        assert!(credited.confidence < open.confidence, "{credited:?}");
        // The monitor's sentences are far below: crediting it does not move the match.
        let monitor = matched(vec![2]);
        let monitor_best = monitor
            .credited_best
            .expect("the monitor shares words with it");
        assert!(!options.credit_holds(top.score, monitor_best.score));
        assert_eq!(monitor.best.unwrap().source, 1);
    }

    #[test]
    fn a_quote_whose_every_part_is_matched_is_matched() {
        let text =
            "It said \"the army took control of three hills … the militants fled toward Idlib\".";
        let words = extract(&doc("r.txt", text, Lang::En))[0].word_count();
        // Thresholds that a 12-word quote cannot meet but its 6-word parts can.
        let options = MatchOptions {
            matched: 0.3,
            weak: 0.05,
            matched_sentence: 0.95,
            weak_sentence: 0.05,
            ..MatchOptions::default()
        };
        let m = &match_report(&[TV], text, Vec::new(), &options)[0];
        assert_eq!(m.segments.len(), 2);
        assert!(
            m.segments.iter().all(|seg| seg.status == Status::Matched),
            "{m:?}"
        );
        let whole = options.status(words, m.best.unwrap().score, None);
        assert_eq!(whole, Status::Weak, "the whole alone is weak");
        assert_eq!(m.status, Status::Matched);
        // With one part unmatched, the whole's status stands.
        let strict = MatchOptions {
            matched: 0.99,
            ..options
        };
        let m = &match_report(&[TV], text, Vec::new(), &strict)[0];
        assert_eq!(m.status, Status::Weak);
    }

    #[test]
    fn short_quotes_are_scored_as_fragments_long_ones_as_sentences() {
        let base = ScoreParams::for_fragments();
        assert!(params_for(4, &base).quote_mode());
        assert_eq!(params_for(4, &base), base);
        assert!(
            !params_for(20, &base).quote_mode(),
            "a long quote is scored symmetrically"
        );
        let options = MatchOptions::default();
        assert_eq!(options.thresholds(3), (options.matched, options.weak));
        assert_eq!(
            options.thresholds(30),
            (options.matched_sentence, options.weak_sentence)
        );
        let (mid, _) = options.thresholds(9);
        assert!(mid < options.matched && mid > options.matched_sentence);
    }

    #[test]
    fn a_lead_over_the_runner_up_raises_the_status_score() {
        let o = MatchOptions::default();
        assert_eq!(o.status_score(0.3, Some(0.3)), 0.3);
        assert!(o.status_score(0.3, Some(0.1)) > o.status_score(0.3, Some(0.25)));
        assert_eq!(o.status_score(0.3, None), o.status_score(0.3, Some(0.0)));
        let none = MatchOptions {
            margin_weight: 0.0,
            ..o
        };
        assert_eq!(none.status_score(0.3, Some(0.1)), 0.3);
    }

    #[test]
    fn a_merged_quote_takes_a_two_sentence_window() {
        let m = match_report(
            &[TV],
            "It said \"the army took control of three hills near Salma and the militants fled toward Idlib\".",
            Vec::new(),
            &MatchOptions::default(),
        );
        let b = m[0].best.unwrap();
        assert_eq!((b.start, b.end), (0, 2), "{:?}", m[0]);
    }
}

#[cfg(test)]
mod confidence_tests {
    use super::{confidence, Observation};

    fn quote(score: f64, runner_up: f64, rival_coverage: Option<f64>) -> f64 {
        confidence(&Observation {
            score,
            runner_up,
            words: 8,
            coverage: 0.5,
            rival_coverage,
            right: false,
        })
    }

    #[test]
    fn confidence_is_a_probability_that_grows_with_score_and_lead() {
        let low = quote(0.3, 0.28, None);
        let lead = quote(0.3, 0.1, None);
        let high = quote(0.7, 0.1, None);
        assert!(
            0.0 < low && low < lead && lead < high && high < 1.0,
            "{low} {lead} {high}"
        );
    }

    #[test]
    fn a_rival_that_says_something_else_halves_a_tie() {
        // Two different sentences fitting equally well: at most an even chance, however well
        // each fits alone; a rival far behind changes little.
        assert!(quote(0.6, 0.6, Some(0.5)) <= 0.5);
        assert!(quote(0.6, 0.59, Some(0.5)) < quote(0.6, 0.59, None));
        let far = quote(0.7, 0.1, Some(0.2));
        assert!((far - quote(0.7, 0.1, None)).abs() < 0.01, "{far}");
    }
}
