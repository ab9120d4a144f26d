//! The search band: which cells of the alignment matrix the dynamic programme may visit.
//!
//! A first, cheap pass finds *anchors* — English sentences whose best 1-1 match among the Arabic
//! sentences near the expected position is clear — keeps the heaviest monotone chain of them,
//! and the band is every cell within `half_width` columns of the line through that chain, or,
//! between two anchors around an inserted passage (many more sentences on one side than on the
//! other), the rectangle they define. Cost and memory are then linear in the document length
//! (times the band width) instead of quadratic.

/// For each row `i` (Arabic prefix length, `0..=n`), the allowed columns `lo[i]..=hi[i]`
/// (English prefix lengths). Both bounds never decrease from one row to the next and rows
/// overlap, so every cell is reachable from `(0, 0)` with the smallest beads.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    /// Index of the first cell of each row in a flat array of the band's cells.
    row_start: Vec<usize>,
}

impl Band {
    /// The whole `(n + 1) × (m + 1)` matrix.
    pub fn full(n: usize, m: usize) -> Band {
        Band::from_bounds(vec![0; n + 1], vec![m; n + 1])
    }

    fn from_bounds(lo: Vec<usize>, hi: Vec<usize>) -> Band {
        let mut row_start = Vec::with_capacity(lo.len() + 1);
        let mut total = 0;
        for (l, h) in lo.iter().zip(&hi) {
            row_start.push(total);
            total += h - l + 1;
        }
        row_start.push(total);
        Band { lo, hi, row_start }
    }

    /// Every cell within `half_width` columns of the polyline through `path`, which must start
    /// at `(0, 0)`, end at `(n, m)` and increase strictly in both coordinates in between.
    /// Where two consecutive points of the path are much further apart on one side than on the
    /// other (an insertion: English sentences with no Arabic counterpart between two anchors,
    /// or Arabic ones), the line between them is not where the ladder runs — it climbs one
    /// side first, then goes on — and the band covers the whole rectangle the two points
    /// define, when its shorter side is at most `max_gap` (`path_columns`).
    pub fn around(
        path: &[(usize, usize)],
        n: usize,
        m: usize,
        half_width: usize,
        max_gap: usize,
    ) -> Band {
        let column = path_columns(path, n, half_width, max_gap);
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        for i in 0..=n {
            // The path may climb many columns between two rows (English sentences with no
            // Arabic counterpart): the row covers all of them, so the band stays connected.
            let from = column[i.saturating_sub(1)].0;
            let to = column[(i + 1).min(n)].1;
            lo.push(from.saturating_sub(half_width));
            hi.push((to + half_width).min(m));
        }
        lo[0] = 0;
        hi[n] = m;
        Band::from_bounds(lo, hi)
    }

    pub fn rows(&self) -> usize {
        self.lo.len()
    }

    pub fn columns(&self, i: usize) -> std::ops::RangeInclusive<usize> {
        self.lo[i]..=self.hi[i]
    }

    /// Number of cells in the band.
    pub fn len(&self) -> usize {
        *self.row_start.last().expect("at least one row")
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Position of cell `(i, j)` in a flat array of the band's cells, if it is in the band.
    pub fn cell(&self, i: usize, j: usize) -> Option<usize> {
        let (lo, hi) = (*self.lo.get(i)?, self.hi[i]);
        (lo..=hi).contains(&j).then(|| self.row_start[i] + j - lo)
    }
}

/// For each row `0..=n`, the lowest and highest column the path takes on it. A segment whose
/// two sides differ by more than `half_width` sentences (the band around the straight line
/// would miss a ladder that climbs one side first) and whose shorter side is at most `max_gap`
/// covers its whole rectangle: every row from `i0` to `i1` gets the columns `j0..=j1`. The
/// rectangles' cells are at most `max_gap` times the length of the documents in all, and a
/// path of anchors a few sentences apart, as in most documents, has none.
fn path_columns(
    path: &[(usize, usize)],
    n: usize,
    half_width: usize,
    max_gap: usize,
) -> Vec<(usize, usize)> {
    let mut columns = vec![(usize::MAX, 0usize); n + 1];
    for segment in path.windows(2) {
        let ((i0, j0), (i1, j1)) = (segment[0], segment[1]);
        let (di, dj) = (i1 - i0, j1 - j0);
        if i0 == i1 || (di.abs_diff(dj) > half_width && di.min(dj) <= max_gap) {
            for c in &mut columns[i0..=i1] {
                *c = (c.0.min(j0), c.1.max(j1));
            }
            continue;
        }
        for (step, c) in columns[i0..=i1].iter_mut().enumerate() {
            // Integer interpolation, rounded down and up, so the true column is covered.
            let num = step * (j1 - j0);
            let (down, up) = (j0 + num / (i1 - i0), j0 + num.div_ceil(i1 - i0));
            *c = (c.0.min(down), c.1.max(up));
        }
    }
    columns
}

/// How the first pass looks for anchors.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct AnchorOptions {
    /// Arabic sentences searched on each side of the expected position.
    pub window: usize,
    /// The window grows by one sentence for every this many English sentences since the last
    /// anchor, so the search finds its way back after a long stretch without a clear match.
    pub widen_every: usize,
    /// Largest half-window however long the stretch.
    pub max_window: usize,
    /// Smallest 1-1 score of an anchor.
    pub min_score: f64,
    /// How far the best candidate must lead the second best.
    pub min_margin: f64,
}

impl Default for AnchorOptions {
    fn default() -> Self {
        crate::tuning::TUNING.align.anchors
    }
}

/// Confident 1-1 matches `(arabic, english)` of `n` Arabic and `m` English sentences,
/// strictly increasing in both, found by scoring (`score(i, j)`: the 1-1 score of Arabic
/// sentence `i` and English sentence `j`) each English sentence against the Arabic sentences
/// around where it is expected; then the heaviest chain of them that never goes backwards.
///
/// The search goes through the English sentences, so that after English sentences with no
/// Arabic counterpart it picks up right after the last anchor; Arabic sentences with no English
/// counterpart leave the next match far ahead of where it is expected, and where the chain
/// found leaves more Arabic than English sentences between two anchors than the window holds,
/// the search is run through the Arabic sentences too, and the chain taken over both.
pub fn find_anchors(
    n: usize,
    m: usize,
    mut score: impl FnMut(usize, usize) -> f64,
    options: &AnchorOptions,
) -> Vec<(usize, usize)> {
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let mut found = candidates(n, m, &mut score, options);
    let chain = heaviest_monotone_chain(&found, n);
    let ratio = n as f64 / m as f64;
    let ends = std::iter::once((0, 0))
        .chain(chain.iter().map(|&(i, j)| (i + 1, j + 1)))
        .zip(chain.iter().copied().chain(std::iter::once((n, m))));
    let surplus = ends.into_iter().any(|((i0, j0), (i1, j1))| {
        (i1 - i0) as f64 - (j1 - j0) as f64 * ratio > options.window as f64
    });
    if !surplus {
        return chain;
    }
    let backward = candidates(m, n, |j, i| score(i, j), options);
    found.extend(backward.into_iter().map(|(j, i, s)| (i, j, s)));
    // By English sentence, and within one the higher Arabic first, so that no chain holds two
    // matches of one English sentence.
    found.sort_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)));
    found.dedup_by(|x, y| (x.0, x.1) == (y.0, y.1));
    heaviest_monotone_chain(&found, n)
}

/// Anchor candidates `(arabic, english, score)` by increasing English index: each English
/// sentence's clear best match among the Arabic sentences where it is expected.
fn candidates(
    n: usize,
    m: usize,
    mut score: impl FnMut(usize, usize) -> f64,
    options: &AnchorOptions,
) -> Vec<(usize, usize, f64)> {
    let ratio = n as f64 / m as f64;
    let mut candidates: Vec<(usize, usize, f64)> = Vec::new();
    // Where the search stands: the last anchor it trusts (the expected position of the next
    // English sentence, that sentence, and the Arabic sentence after the anchor's).
    let (mut last_i, mut last_j, mut after) = (0.0f64, 0usize, 0usize);
    // A match far from where it was expected, trusted once the next match follows it.
    let mut pending: Option<(usize, usize)> = None;
    let near = options.window;
    for j in 0..m {
        if pending.is_some_and(|(_, pj)| j - pj > near) {
            pending = None;
        }
        let since = j - last_j;
        let expected = (last_i + since as f64 * ratio).round() as usize;
        let half = (options.window + since / options.widen_every.max(1)).min(options.max_window);
        // The Arabic sentences around the expected position; after English sentences with no
        // Arabic counterpart (an inserted passage) the next match is right after the last
        // anchor while the expected position has moved on, so the sentences from there are
        // searched too; and those that would follow a pending match.
        let mut windows = vec![
            expected.saturating_sub(half)..expected + half + 1,
            after..after + half + 1,
        ];
        if let Some((pi, _)) = pending {
            windows.push((pi + 1).saturating_sub(near)..pi + near + 2);
        }
        let (mut best, mut second) = ((0usize, 0.0f64), 0.0f64);
        for i in merged(windows, n) {
            let s = score(i, j);
            if s > best.1 {
                second = best.1;
                best = (i, s);
            } else if s > second {
                second = s;
            }
        }
        if best.1 >= options.min_score && best.1 - second >= options.min_margin {
            let i = best.0;
            candidates.push((i, j, best.1));
            // A match near where it was expected a few sentences after the last anchor, or one
            // that follows the pending match, is trusted: the search goes on from it. Another
            // (a stray match inside an inserted passage, or the first after it) waits for the
            // next match to follow it.
            let follows = |(pi, pj): (usize, usize)| {
                i > pi
                    && (i - pi) as f64 - (j - pj) as f64 * ratio <= near as f64 + 0.5
                    && (j - pj) as f64 * ratio - ((i - pi) as f64) <= near as f64 + 0.5
            };
            if (since <= near && i.abs_diff(expected) <= near) || pending.is_some_and(follows) {
                after = i + 1;
                last_i = i as f64 + ratio;
                last_j = j + 1;
                pending = None;
            } else {
                pending = Some((i, j));
            }
        }
    }
    candidates
}

/// The indices of `windows` below `n`, each once, in increasing order.
fn merged(mut windows: Vec<std::ops::Range<usize>>, n: usize) -> impl Iterator<Item = usize> {
    windows.sort_by_key(|w| w.start);
    let mut next = 0;
    windows.into_iter().flat_map(move |w| {
        let from = w.start.max(next);
        let to = w.end.min(n);
        next = next.max(to);
        from..to.max(from)
    })
}

/// The subset of `candidates` (sorted by English index, and within one English index by
/// decreasing Arabic index, so that a chain never holds two of them) with the largest
/// total score whose Arabic indices strictly increase: a weighted longest increasing
/// subsequence, O(k log n) with a Fenwick tree of prefix maxima over the Arabic index.
fn heaviest_monotone_chain(candidates: &[(usize, usize, f64)], n: usize) -> Vec<(usize, usize)> {
    // tree[x] holds (best chain weight, candidate index) over a range of Arabic indices.
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); n + 1];
    let mut previous = vec![usize::MAX; candidates.len()];
    let mut best_end = (0.0f64, usize::MAX);
    for (k, &(i, _, score)) in candidates.iter().enumerate() {
        // Best chain ending at an Arabic index < i: prefix maximum over 1..=i (1-based i+1).
        let mut prefix = (0.0f64, usize::MAX);
        let mut x = i;
        while x > 0 {
            if tree[x].0 > prefix.0 {
                prefix = tree[x];
            }
            x &= x - 1;
        }
        previous[k] = prefix.1;
        let weight = prefix.0 + score;
        let mut x = i + 1;
        while x <= n {
            if weight > tree[x].0 {
                tree[x] = (weight, k);
            }
            x += x & x.wrapping_neg();
        }
        if weight > best_end.0 {
            best_end = (weight, k);
        }
    }
    let mut chain = Vec::new();
    let mut k = best_end.1;
    while k != usize::MAX {
        chain.push((candidates[k].0, candidates[k].1));
        k = previous[k];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_skips_anchors_that_go_backwards() {
        let candidates = [
            (0, 0, 0.9),
            (5, 1, 0.4), // a stray match far ahead
            (1, 2, 0.8),
            (2, 3, 0.8),
        ];
        assert_eq!(
            heaviest_monotone_chain(&candidates, 6),
            vec![(0, 0), (1, 2), (2, 3)]
        );
    }

    #[test]
    fn band_follows_the_path_and_stays_connected() {
        // Arabic row 1 faces five English sentences at once.
        let band = Band::around(&[(0, 0), (1, 1), (2, 6), (4, 8)], 4, 8, 1, 0);
        for i in 0..band.rows() {
            let cols = band.columns(i);
            if i > 0 {
                let prev = band.columns(i - 1);
                assert!(cols.start() >= prev.start() && cols.end() >= prev.end());
                assert!(cols.start() <= prev.end(), "rows {i} and {} overlap", i - 1);
            }
        }
        assert!(band.columns(1).contains(&6), "{:?}", band.columns(1));
        assert_eq!(band.cell(0, 0), Some(0));
        assert!(band.cell(4, 8).is_some());
        assert!(band.cell(4, 2).is_none());
        assert!(band.len() < 5 * 9);
    }

    #[test]
    fn full_band_has_every_cell() {
        let band = Band::full(2, 3);
        assert_eq!(band.len(), 12);
        assert_eq!(band.cell(2, 3), Some(11));
    }
}
