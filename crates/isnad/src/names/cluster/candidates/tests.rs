use std::collections::HashSet;

use proptest::prelude::*;

use super::*;

/// The walk the index replaces, as it was: each spelling against the last `window` earlier
/// members of each of its blocks, each pair once. The definition the fast path must meet.
fn walk(prepared: &[Prepared], window: usize) -> Vec<(usize, usize, f64)> {
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    let mut edges = Vec::new();
    let mut compared: HashSet<(usize, usize)> = HashSet::new();
    for (i, p) in prepared.iter().enumerate() {
        for block_key in block_keys(&p.key.skeleton) {
            let members = blocks.entry(block_key).or_default();
            for &j in members.iter().rev().take(window) {
                if !compared.insert((j, i)) {
                    continue;
                }
                if let Some(sim) = are_variants(&prepared[j], p) {
                    edges.push((j, i, sim.score()));
                }
            }
            members.push(i);
        }
    }
    edges
}

/// Every pair of spellings that shares a block and is a pair of variants: the candidates
/// when no block overflows.
fn all_pairs(prepared: &[Prepared]) -> Vec<(usize, usize, f64)> {
    let keys: Vec<HashSet<String>> = prepared
        .iter()
        .map(|p| block_keys(&p.key.skeleton).into_iter().collect())
        .collect();
    let mut edges = Vec::new();
    for i in 0..prepared.len() {
        for j in 0..i {
            if keys[i].is_disjoint(&keys[j]) {
                continue;
            }
            if let Some(sim) = are_variants(&prepared[j], &prepared[i]) {
                edges.push((j, i, sim.score()));
            }
        }
    }
    edges
}

/// Edges in one order, scores as bits: the fast path must give the same numbers, not close ones.
fn sorted(mut edges: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, u64)> {
    edges.sort_by_key(|e| (e.0, e.1));
    edges
        .into_iter()
        .map(|(j, i, s)| (j, i, s.to_bits()))
        .collect()
}

fn prepare(names: &[String]) -> Vec<Prepared> {
    // Distinct, as `count_spellings` gives them.
    let mut seen = HashSet::new();
    names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .map(|n| Prepared::new(n))
        .collect()
}

/// Short names from few consonants, with the letters romanizations trade (d/z/dh, k/q/g, s/t,
/// h, w/y dropped or not), so that skeletons collide, blocks overflow and variants are common.
/// Some are longer, where skeletons two cheap edits apart (distance 1.0, the limit) still pass.
fn short_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[BDKSTZ][aeiou]{0,2}[dhkqstwyzg]?[aeiou]{0,2}[dhkqstwyzgrl]?[aeiou]?[hkrl]?",
        1 => "Kaf[ae]r[dz]?[ae]?h?[bf][ae]?[lr]?l?a?h?[ts]?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn the_index_finds_the_pairs_the_walk_finds(
        names in prop::collection::vec(short_name(), 0..160),
        window in prop_oneof![1usize..12, Just(MAX_BLOCK_COMPARISONS)],
    ) {
        let prepared = prepare(&names);
        prop_assert_eq!(
            sorted(candidate_edges_within(&prepared, window)),
            sorted(walk(&prepared, window))
        );
    }

    #[test]
    fn with_room_in_every_block_the_index_finds_all_pairs(
        names in prop::collection::vec(short_name(), 0..120),
    ) {
        let prepared = prepare(&names);
        prop_assert_eq!(
            sorted(candidate_edges_within(&prepared, prepared.len())),
            sorted(all_pairs(&prepared))
        );
    }
}

#[test]
fn a_full_block_limits_the_candidates_as_the_walk_does() {
    // Ten spellings of one skeleton: with a window of 3 the first meets only the next three.
    let names: Vec<String> = [
        "Dara", "Dora", "Dura", "Deri", "Dari", "Daru", "Dora'", "Dari'",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let prepared = prepare(&names);
    let fast = sorted(candidate_edges_within(&prepared, 3));
    assert_eq!(fast, sorted(walk(&prepared, 3)));
    assert!(fast.iter().all(|&(j, i, _)| i - j <= 3), "{fast:?}");
}
