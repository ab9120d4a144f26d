//! Whole-document sentence alignment: a monotone dynamic programme over the Arabic and English
//! sentence lists whose steps are *beads* (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1).
//!
//! A bead's cost is `-ln(score)` of its joined sentences (weighted by how many sentences it
//! covers, so one 2-2 bead and two 1-1 beads of the same quality cost the same) plus a prior for
//! its type, as in Gale & Church; leaving a sentence out costs a constant. A bead whose
//! sentences on one side come from two paragraphs costs a little more: paragraph breaks are
//! soft anchors. The search is restricted to a band around a path of confident 1-1 matches
//! ([`band`]), so time and memory grow linearly with the length of the documents.
//!
//! The result is deterministic: ties are broken by a fixed order of bead types.

pub mod band;
mod memo;
mod pairs;

use std::ops::Range;

use crate::align::beads::Bead;
use crate::align::{Prepared, Scorer};
use band::{AnchorOptions, Band};
pub use memo::Memo;
use memo::Scoring;
pub use pairs::PairFinds;

/// Tunable constants of the aligner (fitted on perturbed NTREX-128, see `docs/align.md`).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct AlignOptions {
    /// Cost of leaving one sentence unaligned (a 1-0 or 0-1 bead).
    pub skip_cost: f64,
    /// Prior cost added to a 1-2 or 2-1 bead (a 1-1 bead has none).
    pub merge_cost: f64,
    /// Prior cost added to a 2-2 bead.
    pub two_two_cost: f64,
    /// Prior cost added to a 1-3 or 3-1 bead; `None` leaves these beads out.
    pub three_cost: Option<f64>,
    /// Prior cost added to a 1-4 or 4-1 bead (an Arabic run-on sentence of clauses joined by
    /// و rendered as four English sentences); `None`, or no `three_cost`, leaves them out.
    pub four_cost: Option<f64>,
    /// Cost added for each side whose sentences in one bead come from two paragraphs.
    pub paragraph_cost: f64,
    /// Most a bead can cost per sentence it covers, whatever its score. Below `skip_cost`, two
    /// sentences facing each other between matches are aligned rather than both left out:
    /// short sentences the lexicon knows nothing of are far more often translations than not.
    pub max_sentence_cost: f64,
    /// The median cost `min(-ln score, max_sentence_cost)` of a pair's 1-1 beads on the news
    /// `skip_cost` was fitted on (the median over the NTREX development half's pairs, first
    /// pass): where a pair's own median is higher, its skip cost rises by half the difference
    /// ([`crate::align::length::relative_skip_cost`]; used for pairs the lexicon cannot score).
    pub reference_mismatch: f64,
    /// Weight of Gale & Church's length cost `-ln(length prior)` in a bead's cost, on top of
    /// the share the score already gives it; it tells a true merge from a neighbour swallowed.
    pub length_cost: f64,
    /// A multi-sentence bead is only scored when one of the 1-1 pairs inside it scores at
    /// least this: beads far from any match cannot win and are not worth scoring.
    pub merge_threshold: f64,
    /// Columns on each side of the anchor path that the search visits.
    pub band_half_width: usize,
    /// Documents whose whole matrix costs at most this much work are searched whole (no anchor
    /// pass): the work is the cells plus the content words scored, each Arabic sentence against
    /// every English column and each English sentence against every Arabic row, `(n+1)(m+1) +
    /// (m+1)·words(ar) + (n+1)·words(en)` ([`full_search_work`]).
    pub full_search_work: usize,
    pub anchors: AnchorOptions,
}

impl Default for AlignOptions {
    fn default() -> Self {
        crate::tuning::TUNING.align
    }
}

/// Bead shapes tried at every cell, cheapest first (ties go to the earlier one).
const SHAPES: [(usize, usize); 10] = [
    (1, 1),
    (1, 2),
    (2, 1),
    (1, 0),
    (0, 1),
    (2, 2),
    (1, 3),
    (3, 1),
    (1, 4),
    (4, 1),
];

/// Marks a cell no bead reaches (cannot happen inside a connected band, but costs nothing).
const UNREACHED: u8 = u8::MAX;

/// How well joined Arabic sentences and joined English sentences translate each other, in
/// [0, 1]. [`Scorer`] is the one to use; [`LengthOnly`] is a baseline.
pub trait Similarity {
    fn similarity(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        self.with_length(self.evidence(ar, en), ar, en)
    }
    /// Gale & Church's prior on the two sides' character lengths, in (0, 1].
    fn length_prior(&self, ar: &[Prepared], en: &[Prepared]) -> f64;
    /// The part of the similarity that does not depend on the length model (the expensive
    /// part: the words), so that searches differing only in it can share it ([`Memo`]).
    fn evidence(&self, ar: &[Prepared], en: &[Prepared]) -> f64;
    /// The similarity from its [`Similarity::evidence`].
    fn with_length(&self, evidence: f64, ar: &[Prepared], en: &[Prepared]) -> f64;
    /// [`Similarity::evidence`] of the bead `ar[bead.0]` × `en[bead.1]`, in a search that keeps
    /// `pairs` for it: a similarity that decomposes over the bead's pairs of sentences puts it
    /// together from them.
    fn bead_evidence(
        &self,
        ar: &[Prepared],
        en: &[Prepared],
        bead: (Range<usize>, Range<usize>),
        pairs: &mut PairFinds,
    ) -> f64 {
        let _ = pairs;
        self.evidence(&ar[bead.0], &en[bead.1])
    }
}

impl Similarity for Scorer<'_> {
    fn similarity(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        self.score(ar, en)
    }

    fn length_prior(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Scorer::length_prior(self, total_chars(ar), total_chars(en), false)
    }

    fn evidence(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Scorer::evidence(self, ar, en)
    }

    fn with_length(&self, evidence: f64, ar: &[Prepared], en: &[Prepared]) -> f64 {
        let (a, e) = (total_chars(ar), total_chars(en));
        let prior = Scorer::length_prior(self, a, e, self.params.quote_mode());
        self.with_length_prior(evidence, prior)
    }

    fn bead_evidence(
        &self,
        ar: &[Prepared],
        en: &[Prepared],
        bead: (Range<usize>, Range<usize>),
        pairs: &mut PairFinds,
    ) -> f64 {
        pairs.evidence(self, ar, en, bead)
    }
}

fn total_chars(sentences: &[Prepared]) -> usize {
    sentences.iter().map(Prepared::chars).sum()
}

/// Gale & Church's signal alone: the length prior of the scorer, words ignored. A baseline for
/// evaluations.
pub struct LengthOnly<'a, 's>(pub &'a Scorer<'s>);

impl Similarity for LengthOnly<'_, '_> {
    fn length_prior(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Similarity::length_prior(self.0, ar, en)
    }

    /// Words are ignored: there is no evidence but the lengths.
    fn evidence(&self, _: &[Prepared], _: &[Prepared]) -> f64 {
        0.0
    }

    fn with_length(&self, _: f64, ar: &[Prepared], en: &[Prepared]) -> f64 {
        Similarity::length_prior(self.0, ar, en)
    }
}

/// What a bead's score costs per sentence it covers: `-ln(score)`, at most `cap` (a score of 0
/// costs the cap).
pub fn mismatch(score: f64, cap: f64) -> f64 {
    (-score.max(f64::MIN_POSITIVE).ln()).min(cap)
}

/// Aligns two documents given as prepared sentences ([`Scorer::prepare_side`] prepares a side
/// and weighs its words by their rarity in it, which improves the result).
pub fn align<S: Similarity + ?Sized>(
    ar: &[Prepared],
    en: &[Prepared],
    similarity: &S,
    options: &AlignOptions,
) -> Vec<Bead> {
    align_with_paragraphs(ar, en, None, similarity, options)
}

/// Where the sentences of each side sit: the paragraph number of every sentence (e.g.
/// `Unit::paragraph`), and which ones stand apart.
#[derive(Debug, Clone, Copy)]
pub struct Paragraphs<'a> {
    pub ar: &'a [usize],
    pub en: &'a [usize],
    /// Per sentence of each side (Arabic, English), whether it is a unit that never shares a
    /// bead with another sentence of its side: a heading the document marks (Markdown). A
    /// headline the other side lacks restates the lede, so a 1-2 bead of both looks like a
    /// translation; it is a sentence left out. Empty: none.
    pub apart: (&'a [bool], &'a [bool]),
}

impl<'a> Paragraphs<'a> {
    /// Paragraph numbers alone, no sentence standing apart.
    pub fn new(ar: &'a [usize], en: &'a [usize]) -> Self {
        Paragraphs {
            ar,
            en,
            apart: (&[], &[]),
        }
    }
}

/// [`align`], with paragraph numbers: a bead whose sentences on one side cross a paragraph
/// break costs [`AlignOptions::paragraph_cost`] more.
pub fn align_with_paragraphs<S: Similarity + ?Sized>(
    ar: &[Prepared],
    en: &[Prepared],
    paragraphs: Option<Paragraphs>,
    similarity: &S,
    options: &AlignOptions,
) -> Vec<Bead> {
    align_remembering(ar, en, paragraphs, similarity, options, &[], None).0
}

/// [`align_with_paragraphs`] around a ladder already found for the same two documents (the
/// first pass of [`crate::align::two_pass`]) instead of around anchors: the band is every cell
/// within [`AlignOptions::band_half_width`] columns of `guide`'s path — the band the first pass
/// searched around its anchors, now around its whole ladder, which a better lexicon moves only
/// locally. Matrices small enough are searched whole, as there. A `guide` that is not a ladder
/// of these documents (beads end to end from `(0, 0)` to `(n, m)`; an empty one) is ignored.
pub fn align_along<S: Similarity + ?Sized>(
    ar: &[Prepared],
    en: &[Prepared],
    paragraphs: Option<Paragraphs>,
    similarity: &S,
    options: &AlignOptions,
    guide: &[Bead],
) -> Vec<Bead> {
    align_remembering(ar, en, paragraphs, similarity, options, guide, None).0
}

/// [`align_along`] (around anchors when `guide` is empty), taking the evidence of beads
/// `earlier` searches of the same documents scored from their [`Memo`] instead of scoring them
/// again, and returning the memo grown by this search. The earlier searches must have used the
/// same similarity but for the length model (`align::length`'s searches of one pair); the
/// ladder is the one searching without a memo finds, bit for bit.
pub fn align_remembering<S: Similarity + ?Sized>(
    ar: &[Prepared],
    en: &[Prepared],
    paragraphs: Option<Paragraphs>,
    similarity: &S,
    options: &AlignOptions,
    guide: &[Bead],
    earlier: Option<Memo>,
) -> (Vec<Bead>, Memo) {
    if let Some(p) = paragraphs {
        assert!(
            p.ar.len() == ar.len() && p.en.len() == en.len(),
            "one paragraph number per sentence"
        );
        let (apart_ar, apart_en) = p.apart;
        assert!(
            [(apart_ar.len(), ar.len()), (apart_en.len(), en.len())]
                .iter()
                .all(|&(marks, sentences)| marks == 0 || marks == sentences),
            "no mark or one per sentence of the side"
        );
    }
    let band = search_band(ar, en, similarity, options, guide, earlier.as_ref());
    let mut search = Search {
        paragraphs,
        options,
        scoring: Scoring::new(similarity, ar, en, &band, earlier),
    };
    let beads = search.run(&band);
    (beads, search.scoring.memo)
}

/// The work of searching the whole matrix of `ar` × `en`: its cells, and the content words the
/// scores of its 1-1 pairs go through — every Arabic sentence once per English column and every
/// English one once per Arabic row. Multi-sentence beads multiply it by a bounded factor. A
/// matrix of few cells can still be much work when its sentences are long.
pub fn full_search_work(ar: &[Prepared], en: &[Prepared]) -> usize {
    let words = |side: &[Prepared]| side.iter().map(Prepared::content_words).sum::<usize>();
    let (n, m) = (ar.len(), en.len());
    (n + 1)
        .saturating_mul(m + 1)
        .saturating_add((m + 1).saturating_mul(words(ar)))
        .saturating_add((n + 1).saturating_mul(words(en)))
}

/// The cells a search visits: every cell of a small matrix; else the band around `guide`'s path
/// when it is a ladder of these documents, around anchors otherwise (the pairs `earlier`
/// searches scored are not scored again).
fn search_band<S: Similarity + ?Sized>(
    ar: &[Prepared],
    en: &[Prepared],
    similarity: &S,
    options: &AlignOptions,
    guide: &[Bead],
    earlier: Option<&Memo>,
) -> Band {
    let (n, m) = (ar.len(), en.len());
    if full_search_work(ar, en) <= options.full_search_work {
        return Band::full(n, m);
    }
    let mut path = vec![(0, 0)];
    for bead in guide {
        if (bead.ar.start, bead.en.start) != *path.last().expect("not empty") {
            break;
        }
        path.push((bead.ar.end, bead.en.end));
    }
    if path.last() != Some(&(n, m)) {
        path = vec![(0, 0)];
        let score =
            |i: usize, j: usize| memo::score_one_to_one(similarity, ar, en, (i, j), earlier);
        for (i, j) in band::find_anchors(n, m, score, &options.anchors) {
            // A matched pair (i, j) puts the path through cells (i, j) and (i + 1, j + 1).
            if i > 0 || j > 0 {
                path.push((i, j));
            }
            path.push((i + 1, j + 1));
        }
        if path.last() != Some(&(n, m)) {
            path.push((n, m));
        }
    }
    Band::around(
        &path,
        n,
        m,
        options.band_half_width,
        options.anchors.max_window,
    )
}

/// One run of the dynamic programme.
struct Search<'a, S: ?Sized> {
    paragraphs: Option<Paragraphs<'a>>,
    options: &'a AlignOptions,
    scoring: Scoring<'a, S>,
}

impl<S: Similarity + ?Sized> Search<'_, S> {
    fn run(&mut self, band: &Band) -> Vec<Bead> {
        // Per cell: cost of the best path to it, the 1-1 score of the pair ending at it (reused
        // to decide which multi-sentence beads to score) and the shape of the last bead.
        let mut cost = vec![f64::INFINITY; band.len()];
        let mut one_to_one = vec![0f32; band.len()];
        let mut last = vec![UNREACHED; band.len()];
        for i in 0..band.rows() {
            for j in band.columns(i) {
                let here = band.cell(i, j).expect("cell of the band");
                if i == 0 && j == 0 {
                    cost[here] = 0.0;
                    continue;
                }
                if i > 0 && j > 0 {
                    one_to_one[here] = self.scoring.score(i - 1..i, j - 1..j) as f32;
                }
                for (shape_index, &(a, b)) in self.shapes().iter().enumerate() {
                    if a > i || b > j {
                        continue;
                    }
                    let Some(from) = band.cell(i - a, j - b) else {
                        continue;
                    };
                    if cost[from] == f64::INFINITY {
                        continue;
                    }
                    let budget = cost[here] - cost[from];
                    let Some(step) = self.bead_cost(band, &one_to_one, (i, j), (a, b), budget)
                    else {
                        continue;
                    };
                    let total = cost[from] + step;
                    if total < cost[here] {
                        cost[here] = total;
                        last[here] = shape_index as u8;
                    }
                }
            }
        }
        self.trace_back(band, &last)
    }

    fn shapes(&self) -> &'static [(usize, usize)] {
        let shapes = match (self.options.three_cost, self.options.four_cost) {
            (Some(_), Some(_)) => 10,
            (Some(_), None) => 8,
            (None, _) => 6,
        };
        &SHAPES[..shapes]
    }

    /// Cost of the bead of shape `(a, b)` ending at cell `(i, j)`, or `None` when it cannot
    /// cost less than `budget` (what would make it the best way into the cell) or is not worth
    /// scoring. The parts that need no score are added first, so most beads are ruled out
    /// before the score — the expensive part — is computed.
    fn bead_cost(
        &mut self,
        band: &Band,
        one_to_one: &[f32],
        (i, j): (usize, usize),
        (a, b): (usize, usize),
        budget: f64,
    ) -> Option<f64> {
        let o = self.options;
        if a == 0 || b == 0 {
            return Some(o.skip_cost * (a + b) as f64);
        }
        let prior = match (a, b) {
            (1, 1) => 0.0,
            (1, 2) | (2, 1) => o.merge_cost,
            (2, 2) => o.two_two_cost,
            (1, 4) | (4, 1) => o.four_cost?,
            _ => o.three_cost?,
        };
        let length = -self.length_prior(i - a..i, j - b..j).max(1e-9).ln();
        let fixed = prior + o.length_cost * length + self.crossing_cost(i, j, a, b);
        if fixed >= budget {
            return None;
        }
        let score = if (a, b) == (1, 1) {
            one_to_one[band.cell(i, j)?] as f64
        } else {
            let promising = (i - a + 1..=i)
                .flat_map(|x| (j - b + 1..=j).map(move |y| (x, y)))
                .filter_map(|(x, y)| band.cell(x, y))
                .any(|c| one_to_one[c] as f64 >= o.merge_threshold);
            if !promising {
                return None;
            }
            self.scoring.score(i - a..i, j - b..j)
        };
        let sentences = (a + b) as f64 / 2.0;
        Some(sentences * mismatch(score, o.max_sentence_cost) + fixed)
    }

    /// Paragraph breaks inside the bead, on either side; a sentence that stands apart shared
    /// with another of its side rules the bead out.
    fn crossing_cost(&self, i: usize, j: usize, a: usize, b: usize) -> f64 {
        let Some(p) = self.paragraphs else {
            return 0.0;
        };
        let shares_apart = |apart: &[bool], end: usize, len: usize| {
            len > 1 && !apart.is_empty() && apart[end - len..end].contains(&true)
        };
        if shares_apart(p.apart.0, i, a) || shares_apart(p.apart.1, j, b) {
            return f64::INFINITY;
        }
        let crosses = |p: &[usize], end: usize, len: usize| len > 1 && p[end - len] != p[end - 1];
        let sides = crosses(p.ar, i, a) as u8 + crosses(p.en, j, b) as u8;
        self.options.paragraph_cost * sides as f64
    }

    fn length_prior(&self, ar: Range<usize>, en: Range<usize>) -> f64 {
        let s = &self.scoring;
        s.similarity.length_prior(&s.ar[ar], &s.en[en])
    }

    fn trace_back(&mut self, band: &Band, last: &[u8]) -> Vec<Bead> {
        let (mut i, mut j) = (self.scoring.ar.len(), self.scoring.en.len());
        let mut beads = Vec::new();
        while i > 0 || j > 0 {
            let cell = band.cell(i, j).expect("the path stays in the band");
            let shape = last[cell];
            assert_ne!(shape, UNREACHED, "the band is connected");
            let (a, b) = SHAPES[shape as usize];
            let score = if a > 0 && b > 0 {
                self.scoring.score(i - a..i, j - b..j)
            } else {
                0.0
            };
            beads.push(Bead::new(i - a..i, j - b..j, score));
            i -= a;
            j -= b;
        }
        beads.reverse();
        beads
    }
}

#[cfg(test)]
mod tests;
