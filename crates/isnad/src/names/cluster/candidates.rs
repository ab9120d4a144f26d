//! The pairs of spellings the clustering compares by their letters, found without comparing
//! every pair.
//!
//! A spelling is a candidate for the spellings before it that share a block with it: a block is
//! keyed by a skeleton, or a skeleton less one letter ([`block_keys`]), and a spelling meets only
//! the last [`MAX_BLOCK_COMPARISONS`] earlier members of each of its blocks. That rule is what
//! the clustering means by "candidate"; this module finds the same pairs faster than walking it.
//!
//! Walking it compares each spelling with up to that many members of each of its five or so
//! blocks. Tens of thousands of short names no gazetteer knows (a whole archive, a book) fill
//! the blocks of two- and three-letter skeletons, so nearly every spelling paid the full count,
//! and remembering which pairs had been compared took hundreds of megabytes (docs/names.md,
//! "Speed"). Yet [`are_variants`] never accepts two spellings whose skeletons are further apart
//! than [`max_distance`](super::super::score::max_distance), and a block holds few distinct
//! skeletons however many spellings it has. So the skeletons of each block are compared first,
//! once per pair of skeletons, and spellings are paired only under skeletons close enough to
//! pass: the same pairs come out, as the tests check against the walk.

use std::collections::HashMap;

use rayon::prelude::*;

use super::super::score::{are_variants, max_skeleton_distance, skeleton_distance, Prepared};

/// Largest number of earlier block members a spelling is compared with; a block this large
/// only happens for skeletons so short that they are matched exactly anyway.
pub(super) const MAX_BLOCK_COMPARISONS: usize = crate::tuning::TUNING.names.max_block_comparisons;

/// Pairs (earlier, later, score) of spellings that are variants, among the candidates (module
/// docs). In no particular order: the caller sorts them.
pub(super) fn candidate_edges(prepared: &[Prepared]) -> Vec<(usize, usize, f64)> {
    candidate_edges_within(prepared, MAX_BLOCK_COMPARISONS)
}

/// [`candidate_edges`] with the number of earlier members a spelling meets in a block as a
/// parameter, so that tests can make blocks overflow with a few spellings.
pub(super) fn candidate_edges_within(
    prepared: &[Prepared],
    window: usize,
) -> Vec<(usize, usize, f64)> {
    let index = BlockIndex::new(prepared);
    let mut close_memo: HashMap<(u32, u32), bool> = HashMap::new();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for members in &index.blocks {
        let groups = index.by_skeleton(members);
        for (a, (sa, ranks_a)) in groups.iter().enumerate() {
            for (sb, ranks_b) in &groups[a..] {
                let pair = (*sa.min(sb), *sa.max(sb));
                let close = *close_memo
                    .entry(pair)
                    .or_insert_with(|| index.close(pair.0, pair.1));
                if close {
                    within_window(ranks_a, ranks_b, sa == sb, window, members, &mut pairs);
                }
            }
        }
    }
    // A pair of spellings shares several blocks when their skeletons are alike.
    pairs.sort_unstable();
    pairs.dedup();
    // Thousands of spellings of few skeletons still leave millions of pairs to score; each
    // score is independent of the others, and collecting keeps their order.
    pairs
        .into_par_iter()
        .filter_map(|(j, i)| {
            let (j, i) = (j as usize, i as usize);
            are_variants(&prepared[j], &prepared[i]).map(|sim| (j, i, sim.score()))
        })
        .collect()
}

/// Every block with its members in order of first appearance, spellings and block keys
/// numbered by their distinct skeletons (names of one archive share few).
struct BlockIndex<'a> {
    skeletons: Vec<&'a str>,
    /// The skeleton number of each spelling.
    skeleton_of: Vec<u32>,
    /// Members of each block, ascending.
    blocks: Vec<Vec<u32>>,
}

impl<'a> BlockIndex<'a> {
    fn new(prepared: &'a [Prepared]) -> BlockIndex<'a> {
        let mut numbers: HashMap<&str, u32> = HashMap::new();
        let mut skeletons: Vec<&str> = Vec::new();
        let skeleton_of: Vec<u32> = prepared
            .iter()
            .map(|p| {
                let s = p.key.skeleton.as_str();
                *numbers.entry(s).or_insert_with(|| {
                    skeletons.push(s);
                    (skeletons.len() - 1) as u32
                })
            })
            .collect();
        let mut block_numbers: HashMap<String, u32> = HashMap::new();
        let keys_of: Vec<Vec<u32>> = skeletons
            .iter()
            .map(|s| {
                block_keys(s)
                    .into_iter()
                    .map(|k| {
                        let next = block_numbers.len() as u32;
                        *block_numbers.entry(k).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let mut blocks: Vec<Vec<u32>> = vec![Vec::new(); block_numbers.len()];
        for (i, &s) in skeleton_of.iter().enumerate() {
            for &b in &keys_of[s as usize] {
                blocks[b as usize].push(i as u32);
            }
        }
        BlockIndex {
            skeletons,
            skeleton_of,
            blocks,
        }
    }

    /// The members of a block grouped by skeleton: each skeleton with the ranks (positions in
    /// the block) of its members, ascending, skeletons in order of first appearance.
    fn by_skeleton(&self, members: &[u32]) -> Vec<(u32, Vec<u32>)> {
        let mut group_of: HashMap<u32, usize> = HashMap::new();
        let mut groups: Vec<(u32, Vec<u32>)> = Vec::new();
        for (rank, &i) in members.iter().enumerate() {
            let s = self.skeleton_of[i as usize];
            let g = *group_of.entry(s).or_insert_with(|| {
                groups.push((s, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(rank as u32);
        }
        groups
    }

    /// Whether spellings with these skeletons can be variants: [`are_variants`] requires it.
    fn close(&self, a: u32, b: u32) -> bool {
        let (a, b) = (self.skeletons[a as usize], self.skeletons[b as usize]);
        let limit = max_skeleton_distance(a, b);
        a == b || skeleton_distance(a, b) <= limit
    }
}

/// Pushes the pairs (earlier, later) of one block, one member from each rank list, where the
/// later is at most `window` ranks after the earlier: the walk compares a spelling with the last
/// `window` members before it. `same` when both lists are one skeleton's (each pair once).
fn within_window(
    a: &[u32],
    b: &[u32],
    same: bool,
    window: usize,
    members: &[u32],
    out: &mut Vec<(u32, u32)>,
) {
    // Ranks fit in u32 (a block has fewer members than there are spellings); a wider window
    // is no window.
    let window = u32::try_from(window).unwrap_or(u32::MAX);
    for (n, &ra) in a.iter().enumerate() {
        // From `ra - window` in the other list; within one list only the members after `ra`.
        let start = if same {
            n + 1
        } else {
            b.partition_point(|&rb| rb.saturating_add(window) < ra)
        };
        let end = ra.saturating_add(window);
        for &rb in b[start..].iter().take_while(|&&rb| rb <= end) {
            let (x, y) = (members[ra as usize], members[rb as usize]);
            out.push((x.min(y), x.max(y)));
        }
    }
}

/// The skeleton itself, and for skeletons of three letters or more each form with one letter
/// removed (shorter skeletons only ever match exactly). Two skeletons one insertion apart share
/// a key (the longer less that letter is the shorter), as do two one substitution apart.
pub(crate) fn block_keys(skeleton: &str) -> Vec<String> {
    let chars: Vec<char> = skeleton.chars().collect();
    let mut keys = vec![skeleton.to_string()];
    if chars.len() >= 3 {
        for skip in 0..chars.len() {
            let k: String = chars
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, c)| *c)
                .collect();
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests;
