//! What one search scored, kept for the next search of the same two documents.
//!
//! `align::length` searches a pair two or three times with the same lexicon and another length
//! model (the model from the totals, then refined on the first ladder's anchors, then with every
//! merge opened). Scoring words is nearly all of a search's time, and the length model does not
//! touch it: a bead's score is its [`Similarity::evidence`] combined with its length prior
//! ([`Similarity::with_length`]). The memo keeps every bead's evidence by the cell it ends at,
//! so a later search scores only the beads the earlier ones did not.

use std::ops::Range;

use super::band::Band;
use super::{PairFinds, Similarity};
use crate::align::Prepared;

/// Bead shapes with two non-empty sides (the ones scored), in the order of `super::SHAPES`
/// that [`Memo`] stores them in.
const SCORED: [(usize, usize); 8] = [
    (1, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
    (1, 4),
    (4, 1),
];

/// The evidence of every bead scored so far, by the band cell the bead ends at and its shape;
/// NaN where none was. Valid for one pair of documents and one similarity's evidence (the same
/// lexicon and parameters but the length model's).
#[derive(Debug, Clone)]
pub struct Memo {
    band: Band,
    evidence: Vec<f64>,
}

impl Memo {
    fn new(band: Band) -> Memo {
        let evidence = vec![f64::NAN; band.len() * SCORED.len()];
        Memo { band, evidence }
    }

    fn slot(&self, (i, j): (usize, usize), (a, b): (usize, usize)) -> Option<usize> {
        let shape = SCORED.iter().position(|&s| s == (a, b))?;
        Some(self.band.cell(i, j)? * SCORED.len() + shape)
    }

    fn get(&self, end: (usize, usize), shape: (usize, usize)) -> Option<f64> {
        let value = self.evidence[self.slot(end, shape)?];
        (!value.is_nan()).then_some(value)
    }

    fn put(&mut self, end: (usize, usize), shape: (usize, usize), value: f64) {
        if let Some(slot) = self.slot(end, shape) {
            self.evidence[slot] = value;
        }
    }
}

/// The score of Arabic sentence `i` with English sentence `j`, from `memo` when it has it.
pub(super) fn score_one_to_one<S: Similarity + ?Sized>(
    similarity: &S,
    ar: &[Prepared],
    en: &[Prepared],
    (i, j): (usize, usize),
    memo: Option<&Memo>,
) -> f64 {
    let (a, e) = (&ar[i..i + 1], &en[j..j + 1]);
    match memo.and_then(|m| m.get((i + 1, j + 1), (1, 1))) {
        Some(evidence) => similarity.with_length(evidence, a, e),
        None => similarity.similarity(a, e),
    }
}

/// Scores beads for one search: from its memo, else by scoring the words, and remembers every
/// evidence in the memo.
pub(super) struct Scoring<'a, S: ?Sized> {
    pub similarity: &'a S,
    pub ar: &'a [Prepared],
    pub en: &'a [Prepared],
    /// Earlier searches' memo when it was kept over another band.
    earlier: Option<Memo>,
    pub memo: Memo,
    /// What the pairs of the last rows found, for the beads not in either memo.
    pairs: PairFinds,
}

impl<'a, S: Similarity + ?Sized> Scoring<'a, S> {
    /// Scoring for a search of `band`, with what `earlier` searches scored: their memo grows
    /// when it is over the same band (as it is when the length model moved too little to move
    /// the anchors), else it is looked up beside this search's own.
    pub fn new(
        similarity: &'a S,
        ar: &'a [Prepared],
        en: &'a [Prepared],
        band: &Band,
        earlier: Option<Memo>,
    ) -> Self {
        let (memo, earlier) = match earlier {
            Some(m) if m.band == *band => (m, None),
            other => (Memo::new(band.clone()), other),
        };
        Scoring {
            similarity,
            ar,
            en,
            earlier,
            memo,
            pairs: PairFinds::default(),
        }
    }

    /// The score of the bead `ar` × `en`.
    pub fn score(&mut self, ar: Range<usize>, en: Range<usize>) -> f64 {
        let (end, shape) = ((ar.end, en.end), (ar.len(), en.len()));
        let evidence = match self.memo.get(end, shape) {
            Some(known) => known,
            None => {
                let value = self
                    .earlier
                    .as_ref()
                    .and_then(|m| m.get(end, shape))
                    .unwrap_or_else(|| {
                        let bead = (ar.clone(), en.clone());
                        (self.similarity).bead_evidence(self.ar, self.en, bead, &mut self.pairs)
                    });
                self.memo.put(end, shape, value);
                value
            }
        };
        self.similarity
            .with_length(evidence, &self.ar[ar], &self.en[en])
    }
}
