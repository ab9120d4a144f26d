//! What the words of each pair of one Arabic and one English sentence found in each other
//! ([`Find`]s), kept for the last Arabic sentences a search went through, so that a
//! multi-sentence bead is put together from its pairs instead of scored word by word again
//! (`score/finds.rs` says why that is the same number).

use std::ops::Range;

use crate::align::score::Find;
use crate::align::{Prepared, Scorer};

/// Arabic sentences kept: a bead spans at most four, and the search goes row by row, so the
/// pairs of the four before the current one are all a bead can need.
const ROWS: usize = 5;

/// Beads of more sentences a side than this are scored whole (there are none in `SHAPES`).
const MOST: usize = 4;

const ABSENT: u32 = u32::MAX;

/// The finds of the pairs of the last [`ROWS`] Arabic sentences that were asked for.
#[derive(Debug, Default)]
pub struct PairFinds {
    rows: [Row; ROWS],
    scratch: Vec<Find>,
}

/// The pairs of Arabic sentence `x` with English sentences from `base` on.
#[derive(Debug)]
struct Row {
    x: usize,
    base: usize,
    /// Where each English sentence's finds start in `finds`, by `y - base`.
    start: Vec<u32>,
    finds: Vec<Find>,
}

impl Default for Row {
    fn default() -> Self {
        Row {
            x: usize::MAX,
            base: 0,
            start: Vec::new(),
            finds: Vec::new(),
        }
    }
}

impl PairFinds {
    /// The evidence of the bead `ar[bead.0]` × `en[bead.1]`, from the finds of its pairs, each
    /// found anew if it is not kept.
    pub fn evidence(
        &mut self,
        scorer: &Scorer,
        ar: &[Prepared],
        en: &[Prepared],
        (rows, columns): (Range<usize>, Range<usize>),
    ) -> f64 {
        if rows.len() > MOST || columns.len() > MOST {
            return scorer.evidence(&ar[rows], &en[columns]);
        }
        let mut at = [[(0usize, 0usize); MOST]; MOST];
        for (x, row) in rows.clone().zip(&mut at) {
            for (y, span) in columns.clone().zip(row.iter_mut()) {
                let start = self.locate(scorer, ar, en, x, y);
                *span = (start, start + Scorer::finds_len(&ar[x], &en[y]));
            }
        }
        let x0 = rows.start;
        let kept = &self.rows;
        scorer.evidence_of_finds(
            &ar[rows],
            &en[columns],
            |x, y| {
                let (start, end) = at[x][y];
                &kept[(x0 + x) % ROWS].finds[start..end]
            },
            &mut self.scratch,
        )
    }

    /// Where the finds of `ar[x]` × `en[y]` start in their row, found first if need be.
    fn locate(
        &mut self,
        scorer: &Scorer,
        ar: &[Prepared],
        en: &[Prepared],
        x: usize,
        y: usize,
    ) -> usize {
        let row = &mut self.rows[x % ROWS];
        if row.x != x {
            row.x = x;
            // Beads of the next rows reach at most this far left of the first pair asked for.
            row.base = y.saturating_sub(MOST);
            row.start.clear();
            row.finds.clear();
        }
        if y < row.base {
            // Rare: a bead reaching further left than the row's first pair.
            let shift = row.base - y;
            row.start.splice(0..0, std::iter::repeat_n(ABSENT, shift));
            row.base = y;
        }
        let k = y - row.base;
        if k >= row.start.len() {
            row.start.resize(k + 1, ABSENT);
        }
        if row.start[k] == ABSENT {
            row.start[k] = row.finds.len() as u32;
            scorer.pair_finds(&ar[x], &en[y], &mut row.finds);
        }
        row.start[k] as usize
    }
}
