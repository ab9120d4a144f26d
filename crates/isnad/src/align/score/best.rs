//! The best two Arabic sentences for each English sentence ([`Scorer::best_two`]), found
//! without scoring every pair, and exactly the pair a full scan finds.
//!
//! Most pairs share no word: their lexical coverage is 0, so their score is the length prior's
//! floor alone, which depends on the two lengths only. The others are found through an inverted
//! index of the Arabic sentences (lexicon ids, name keys, Latin words — the keys a word finds its
//! counterpart by, in either direction, the lexicon's pairs being the same both ways) and of
//! their numbers (a word spelling a quantity finds an agreeing number). Walking the postings
//! gives each such sentence an upper bound of its score — the weight of the words of either side
//! that could find a counterpart, at the best credit a pair can give, under the true length
//! prior — and sentences are scored exactly, best bound first, until the bound falls below the
//! second best score found: no sentence left can then enter the top two.

use std::collections::HashMap;

use super::prepared::{IndexKey, Term};
use super::{Prepared, Scorer};
use crate::text::numbers::{Quantity, QuantityKind};

/// A sentence index and its score.
pub type Ranked = (usize, f64);

/// Slack added to every bound, far above the rounding of the `f32` sums the score is made of.
const BOUND_SLACK: f64 = 1e-4;

impl Scorer<'_> {
    /// For each sentence of `en`, the sentence of `ar` that scores highest against it and the
    /// runner-up ([`Scorer::score`] of the pair alone; equal scores: the earlier sentence) — the
    /// same two, bit for bit, as scoring every pair.
    pub fn best_two(&self, ar: &[Prepared], en: &[Prepared]) -> Vec<[Option<Ranked>; 2]> {
        use rayon::prelude::*;
        let index = ArIndex::new(ar);
        en.par_iter()
            .map_init(
                || Scratch::new(ar.len()),
                |scratch, e| index.best_two(self, e, scratch),
            )
            .collect()
    }
}

impl Scorer<'_> {
    /// What [`Scorer::best_two`] finds, by scoring every pair: its definition, quadratic, for
    /// tests and benchmarks.
    pub fn best_two_of_every_pair(
        &self,
        ar: &[Prepared],
        en: &[Prepared],
    ) -> Vec<[Option<Ranked>; 2]> {
        en.iter()
            .map(|e| {
                let mut ranked: Vec<Ranked> = ar
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        (
                            i,
                            self.score(std::slice::from_ref(a), std::slice::from_ref(e)),
                        )
                    })
                    .collect();
                ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                [ranked.first().copied(), ranked.get(1).copied()]
            })
            .collect()
    }
}

/// The Arabic side, indexed.
struct ArIndex<'a> {
    ar: &'a [Prepared],
    /// For each key, the sentences holding it and the weight of their terms it can cover.
    postings: HashMap<IndexKey, Vec<(u32, f32)>>,
    /// Each sentence's content weight, summed as the score sums it.
    mass: Vec<f32>,
    /// Sentences grouped by length: (characters, indices in order).
    by_length: Vec<(usize, Vec<u32>)>,
    /// Every number of each sentence: a quantity word of the English finds its number there.
    numbers: NumberIndex,
    /// The numbers the Arabic sentences spell with a word, which an English number may find.
    spelled: NumberIndex,
    /// Each sentence's weight of words spelling a number.
    spelled_mass: Vec<f32>,
}

/// Quantities by value, to find those that may agree with one
/// ([`crate::text::numbers::agree`]).
#[derive(Default)]
struct NumberIndex {
    /// Base values of all the quantities, with their sentence, sorted.
    all: Vec<(f64, u32)>,
    /// The same for orders of magnitude ("dozens") alone.
    magnitudes: Vec<(f64, u32)>,
}

impl NumberIndex {
    fn add(&mut self, q: &Quantity, sentence: u32) {
        if q.kind == QuantityKind::Approx {
            self.magnitudes
                .extend(base_values(q).map(|v| (v, sentence)));
        }
        self.all.extend(base_values(q).map(|v| (v, sentence)));
    }

    fn finish(&mut self) {
        for values in [&mut self.all, &mut self.magnitudes] {
            values.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        }
    }

    /// Calls `found` with every sentence holding a quantity that may agree with `q` (a
    /// sentence may come more than once): its value within the widest tolerance of `q`'s, or,
    /// when either is an order of magnitude, within the magnitude's range.
    fn agreeing(&self, q: &Quantity, mut found: impl FnMut(u32)) {
        let numbers = crate::tuning::TUNING.numbers;
        let (low, high) = (numbers.magnitude_low, numbers.magnitude_high);
        let t = numbers.approximate_tolerance.max(1e-9);
        for x in base_values(q) {
            let r = t * x.abs().max(1.0) / (1.0 - t).max(f64::EPSILON);
            let mut ranges = vec![(&self.all, x - r, x + r)];
            if q.kind == QuantityKind::Approx {
                ranges.push((&self.all, x * low, x * high));
            } else {
                ranges.push((&self.magnitudes, x / high, x / low));
            }
            for (values, a, b) in ranges {
                let slack = 1e-9 * a.abs().max(b.abs()).max(1.0);
                let (lo, hi) = (a.min(b) - slack, a.max(b) + slack);
                let start = values.partition_point(|v| v.0 < lo);
                let end = values.partition_point(|v| v.0 <= hi).max(start);
                values[start..end].iter().for_each(|v| found(v.1));
            }
        }
    }
}

/// Per-thread working space over the Arabic sentences.
struct Scratch {
    /// Covered weight bound of the English side, of the Arabic side.
    en: Vec<f32>,
    ar: Vec<f32>,
    /// The sentence may share a number with the English one (no bound from the postings).
    number: Vec<bool>,
    touched: Vec<u32>,
    is_touched: Vec<bool>,
    /// The sentences one English word finds a key in, and the best credit there.
    term: Vec<u32>,
    in_term: Vec<bool>,
    term_credit: Vec<f32>,
}

impl Scratch {
    fn new(n: usize) -> Scratch {
        Scratch {
            en: vec![0.0; n],
            ar: vec![0.0; n],
            number: vec![false; n],
            touched: Vec::new(),
            is_touched: vec![false; n],
            term: Vec::new(),
            in_term: vec![false; n],
            term_credit: vec![0.0; n],
        }
    }

    fn touch(&mut self, a: u32) {
        if !self.is_touched[a as usize] {
            self.is_touched[a as usize] = true;
            self.touched.push(a);
        }
    }

    fn clear(&mut self) {
        for &a in &self.touched {
            let a = a as usize;
            self.en[a] = 0.0;
            self.ar[a] = 0.0;
            self.number[a] = false;
            self.is_touched[a] = false;
        }
        self.touched.clear();
    }
}

fn mass(sentence: &Prepared) -> f32 {
    sentence.terms.iter().fold(0.0f32, |m, t| m + t.weight)
}

/// The weight of each key a sentence can be found by: the terms that key covers (a term once
/// per key, a phrase's key covering its words).
fn key_weights(sentence: &Prepared) -> HashMap<IndexKey, f32> {
    let mut weights: HashMap<IndexKey, f32> = HashMap::new();
    for t in &sentence.terms {
        let mut keys: Vec<IndexKey> = Vec::with_capacity(5);
        keys.extend(t.id.map(IndexKey::Word));
        keys.extend(t.names.into_iter().flatten().map(IndexKey::Name));
        keys.extend(t.latin.map(IndexKey::Latin));
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *weights.entry(k).or_default() += t.weight;
        }
    }
    for p in &sentence.phrases {
        let w: f32 = sentence.terms[p.first as usize..p.end as usize]
            .iter()
            .map(|t| t.weight)
            .sum();
        *weights.entry(IndexKey::Word(p.id)).or_default() += w;
    }
    weights
}

/// The values a quantity is compared by ([`crate::text::numbers::agree`] converts a unit only
/// when both sides name one).
fn base_values(q: &Quantity) -> impl Iterator<Item = f64> {
    let factor = match q.unit.as_deref() {
        Some("km") => 1000.0,
        Some("mi") => 1609.344,
        Some("t") => 1000.0,
        _ => 1.0,
    };
    [q.value, q.value * factor]
        .into_iter()
        .filter(|v| v.is_finite())
}

/// The weight of a sentence's words that spell a quantity (other than an ordinal).
fn spelled_mass(sentence: &Prepared) -> f32 {
    sentence
        .terms
        .iter()
        .filter(|t| spelled_quantity(sentence, t).is_some())
        .map(|t| t.weight)
        .sum()
}

fn spelled_quantity<'s>(sentence: &'s Prepared, t: &Term) -> Option<&'s Quantity> {
    sentence
        .numbers
        .get(t.quantity? as usize)
        .filter(|q| q.kind != QuantityKind::Ordinal)
}

/// The quantities a sentence spells with a word (those a word can be matched by): ordinals
/// never are.
fn spelled_quantities(sentence: &Prepared) -> impl Iterator<Item = &Quantity> {
    sentence
        .terms
        .iter()
        .filter_map(|t| spelled_quantity(sentence, t))
}

impl<'a> ArIndex<'a> {
    fn new(ar: &'a [Prepared]) -> ArIndex<'a> {
        let mut postings: HashMap<IndexKey, Vec<(u32, f32)>> = HashMap::new();
        let mut lengths: HashMap<usize, Vec<u32>> = HashMap::new();
        let (mut numbers, mut spelled) = (NumberIndex::default(), NumberIndex::default());
        for (i, a) in ar.iter().enumerate() {
            let i = i as u32;
            for (key, w) in key_weights(a) {
                postings.entry(key).or_default().push((i, w));
            }
            lengths.entry(a.chars).or_default().push(i);
            for q in &a.numbers {
                numbers.add(q, i);
            }
            for q in spelled_quantities(a) {
                spelled.add(q, i);
            }
        }
        numbers.finish();
        spelled.finish();
        let mut by_length: Vec<(usize, Vec<u32>)> = lengths.into_iter().collect();
        by_length.sort_unstable_by_key(|g| g.0);
        ArIndex {
            ar,
            postings,
            mass: ar.iter().map(mass).collect(),
            by_length,
            numbers,
            spelled,
            spelled_mass: ar.iter().map(spelled_mass).collect(),
        }
    }

    fn best_two(
        &self,
        scorer: &Scorer,
        e: &Prepared,
        scratch: &mut Scratch,
    ) -> [Option<Ranked>; 2] {
        let p = &scorer.params;
        let quote_mode = p.quote_mode();
        // Each English word with the keys it can find a counterpart by and the credit each
        // gives (the keys of the phrase it is part of too): the weight it can cover in each
        // Arabic sentence is its own weight times the best credit among the keys found there.
        let mut term_keys: Vec<Vec<(IndexKey, f32)>> = vec![Vec::new(); e.terms.len()];
        for (t, keys) in e.terms.iter().zip(&mut term_keys) {
            if let Some(id) = t.id {
                let found = scorer.lexicon.translations_of_en_id(id);
                keys.extend(found.iter().map(|&(x, w)| (IndexKey::Word(x), w)));
            }
            keys.extend(
                t.names
                    .into_iter()
                    .flatten()
                    .map(|n| (IndexKey::Name(n), 1.0)),
            );
            keys.extend(t.latin.map(|l| (IndexKey::Latin(l), 1.0)));
        }
        for ph in &e.phrases {
            let found = scorer.lexicon.translations_of_en_id(ph.id);
            for keys in &mut term_keys[ph.first as usize..ph.end as usize] {
                keys.extend(found.iter().map(|&(x, w)| (IndexKey::Word(x), w)));
            }
        }
        // The best credit of each key: an Arabic word found by it gets no more.
        let mut key_credit: HashMap<IndexKey, f32> = HashMap::new();
        let mut credit = 1.0f32;
        for (t, keys) in e.terms.iter().zip(&term_keys) {
            for &(key, c) in keys {
                let best = key_credit.entry(key).or_insert(c);
                *best = best.max(c);
                credit = credit.max(c);
            }
            for &(key, c) in keys {
                for &(a, _) in self.postings.get(&key).map_or(&[][..], Vec::as_slice) {
                    scratch.touch(a);
                    let a = a as usize;
                    if !scratch.in_term[a] {
                        scratch.in_term[a] = true;
                        scratch.term.push(a as u32);
                    }
                    scratch.term_credit[a] = scratch.term_credit[a].max(c);
                }
            }
            // A word spelling a quantity finds it with full credit.
            if let Some(q) = spelled_quantity(e, t) {
                self.numbers.agreeing(q, |a| {
                    scratch.touch(a);
                    let a = a as usize;
                    if !scratch.in_term[a] {
                        scratch.in_term[a] = true;
                        scratch.term.push(a as u32);
                    }
                    scratch.term_credit[a] = scratch.term_credit[a].max(1.0);
                });
            }
            for &a in &scratch.term {
                let a = a as usize;
                scratch.en[a] += t.weight * scratch.term_credit[a];
                scratch.term_credit[a] = 0.0;
                scratch.in_term[a] = false;
            }
            scratch.term.clear();
        }
        for (key, c) in &key_credit {
            for &(a, aw) in self.postings.get(key).map_or(&[][..], Vec::as_slice) {
                scratch.ar[a as usize] += aw * c;
            }
        }
        // The Arabic words spelling a quantity may find it among the English numbers.
        for q in &e.numbers {
            self.spelled.agreeing(q, |a| {
                scratch.touch(a);
                scratch.number[a as usize] = true;
            });
        }
        let mass_en = mass(e);
        let prior = p.coverage_prior;
        let share = |covered: f32, mass: f32| -> f64 {
            if mass > 0.0 {
                covered.min(mass * credit) as f64 / (mass as f64 + prior as f64)
            } else {
                0.0
            }
        };
        let weight = if quote_mode {
            p.fragment_side_weight
        } else {
            p.shorter_side_weight
        };
        // With `with_length` false, the length prior is taken as 1: a looser bound, without
        // the exponential (the score grows with the prior).
        let bound = |a: usize, with_length: bool| -> f64 {
            let covered_en = scratch.en[a];
            let covered_ar = scratch.ar[a]
                + if scratch.number[a] {
                    self.spelled_mass[a]
                } else {
                    0.0
                };
            let (cov_en, cov_ar) = (share(covered_en, mass_en), share(covered_ar, self.mass[a]));
            // The score's own choice of sides: the English one in quote mode, else the one of
            // less content weight (the masses are summed as the score sums them).
            let (first, second) = if quote_mode || mass_en <= self.mass[a] {
                (cov_en, cov_ar)
            } else {
                (cov_ar, cov_en)
            };
            let lexical = weight * first + (1.0 - weight) * second;
            let lp = if with_length {
                scorer.length_prior(self.ar[a].chars, e.chars, quote_mode)
            } else {
                1.0
            };
            let evidence = (1.0 - p.length_floor) * lexical;
            (p.length_floor * lp + evidence * (1.0 - p.length_weight * (1.0 - lp))).min(1.0)
                + BOUND_SLACK
        };

        // The sentences sharing nothing score their length prior's floor: the best two of them,
        // length by length.
        let mut top: Vec<Ranked> = Vec::with_capacity(3);
        let better = |x: &Ranked, y: &Ranked| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        let offer = |top: &mut Vec<Ranked>, r: Ranked| {
            top.push(r);
            top.sort_by(better);
            top.truncate(2);
        };
        for (chars, group) in &self.by_length {
            let score =
                scorer.with_length_prior(0.0, scorer.length_prior(*chars, e.chars, quote_mode));
            if top.len() == 2 && score < top[1].1 {
                continue;
            }
            for &a in group
                .iter()
                .filter(|&&a| !scratch.is_touched[a as usize])
                .take(2)
            {
                offer(&mut top, (a as usize, score));
            }
        }

        // The others, best bound first, until no bound reaches the second best.
        let mut bounds: Vec<(f64, u32)> = scratch
            .touched
            .iter()
            .map(|&a| (bound(a as usize, false), a))
            .collect();
        let order = |x: &(f64, u32), y: &(f64, u32)| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1));
        // The few best bounds first set the bar; then only those that reach it are sorted.
        const FIRST: usize = 8;
        let mut rest = Vec::new();
        if bounds.len() > FIRST {
            bounds.select_nth_unstable_by(FIRST, order);
            rest = bounds.split_off(FIRST);
        }
        for round in 0..2 {
            if round == 1 {
                bounds = std::mem::take(&mut rest);
                if top.len() == 2 {
                    let bar = top[1].1;
                    bounds.retain(|b| b.0 >= bar);
                }
            }
            bounds.sort_unstable_by(order);
            for &(b, a) in &bounds {
                if top.len() == 2 && b < top[1].1 {
                    break;
                }
                let a = a as usize;
                if top.len() == 2 && bound(a, true) < top[1].1 {
                    continue;
                }
                let score =
                    scorer.score(std::slice::from_ref(&self.ar[a]), std::slice::from_ref(e));
                offer(&mut top, (a, score));
            }
        }
        scratch.clear();
        [top.first().copied(), top.get(1).copied()]
    }
}
