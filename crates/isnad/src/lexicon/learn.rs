//! Learning stem translations from parallel text with IBM Model 1.
//!
//! Both sides are reduced to content stems (the lexicon keys). Model 1 is trained twice — English
//! generated from Arabic (with an Arabic NULL word for English words with no counterpart) and
//! Arabic from English (with an English NULL) — each for a few EM iterations from a uniform start.
//! A pair's score is the geometric mean `sqrt(t(en|ar) · t(ar|en))`: a pair only scores well
//! when it is good in both directions, which removes the frequent-word garbage one direction
//! alone produces (every Arabic word "translating" to "the"). Pairs are then pruned: seen together
//! in at least `min_count` sentence pairs, score at least `min_prob`, best `top_k` per Arabic stem.
//!
//! Determinism: ids are given in order of first appearance, the E-step runs in parallel but
//! writes per-sentence results that are summed sequentially in corpus order, and the output is
//! sorted by (Arabic, score descending, English). Same input, same bytes.

use std::collections::HashMap;
use std::fmt::Write as _;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::parallel::SentencePair;
use super::{sentence_keys, STEMS_HEADER};
use crate::text::Lang;

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct LearnOptions {
    /// EM iterations per direction.
    pub iterations: usize,
    /// Minimum score (geometric mean of both directions' probabilities) to keep a pair.
    pub min_prob: f32,
    /// Most English translations kept per Arabic stem.
    pub top_k: usize,
    /// Minimum number of sentence pairs in which both stems occur.
    pub min_count: u32,
}

impl Default for LearnOptions {
    fn default() -> Self {
        crate::tuning::TUNING.learn
    }
}

/// Most content words a side of a pair may have to be learned from. Model 1 links every word
/// of one side to every word of the other: a pair of two whole articles (a memory aligned by
/// document, a file without line breaks) costs the square of its length in memory and teaches
/// little word by word, so it is left out ([`too_long_to_learn`] counts them).
pub const MOST_PAIR_WORDS: usize = 400;

/// How many of `pairs` [`learn`] leaves out for [`MOST_PAIR_WORDS`].
pub fn too_long_to_learn(pairs: &[SentencePair]) -> usize {
    pairs
        .iter()
        .filter(|p| {
            // Content words are words: only a side of that many words can have too many.
            let long = |text: &str, lang| {
                text.split_whitespace().nth(MOST_PAIR_WORDS).is_some()
                    && sentence_keys(text, lang).len() > MOST_PAIR_WORDS
            };
            long(&p.arabic, Lang::Ar) || long(&p.english, Lang::En)
        })
        .count()
}

/// A learned stem translation.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedPair {
    pub arabic: String,
    pub english: String,
    /// `sqrt(t(en|ar) · t(ar|en))`.
    pub probability: f32,
    /// Sentence pairs in which both stems occur.
    pub cooccurrences: u32,
}

/// Learns stem translations from sentence pairs; see the module documentation.
pub fn learn(pairs: &[SentencePair], options: &LearnOptions) -> Vec<LearnedPair> {
    let mut ar_vocab = Vocabulary::default();
    let mut en_vocab = Vocabulary::default();
    let sentences: Vec<(Vec<u32>, Vec<u32>)> = pairs
        .iter()
        .map(|p| {
            let ar = ar_vocab.ids(sentence_keys(&p.arabic, Lang::Ar));
            let en = en_vocab.ids(sentence_keys(&p.english, Lang::En));
            (ar, en)
        })
        .filter(|(ar, en)| !ar.is_empty() && !en.is_empty())
        .filter(|(ar, en)| ar.len() <= MOST_PAIR_WORDS && en.len() <= MOST_PAIR_WORDS)
        .collect();

    let corpus = LinkedCorpus::new(&sentences);
    let forward = corpus.train(Direction::EnglishFromArabic, options.iterations);
    let backward = corpus.train(Direction::ArabicFromEnglish, options.iterations);

    let mut by_arabic: HashMap<u32, Vec<LearnedPair>> = HashMap::new();
    for (pair, &(ar, en)) in corpus.pairs.iter().enumerate() {
        let count = corpus.cooccurrences[pair];
        if ar == NULL || en == NULL || count < options.min_count {
            continue;
        }
        let score = (forward[pair] * backward[pair]).sqrt();
        if score >= options.min_prob {
            by_arabic.entry(ar).or_default().push(LearnedPair {
                arabic: ar_vocab.stems[ar as usize].clone(),
                english: en_vocab.stems[en as usize].clone(),
                probability: score,
                cooccurrences: count,
            });
        }
    }
    let mut learned: Vec<LearnedPair> = by_arabic
        .into_values()
        .flat_map(|mut candidates| {
            candidates.sort_by(output_order);
            candidates.truncate(options.top_k);
            candidates
        })
        .collect();
    learned.sort_by(output_order);
    learned
}

/// `pairs` sorted by their text (Arabic, then English): EM sums floating-point numbers in the
/// order of the pairs, so pairs gathered in an order that means nothing (the rows of a batch's
/// manifest) are learned in this one, and the same pairs teach the same bytes whatever the
/// order they came in.
pub fn in_canonical_order(mut pairs: Vec<SentencePair>) -> Vec<SentencePair> {
    pairs.sort_unstable();
    pairs
}

/// Arabic, then probability descending, then English: a total order, so output is stable.
fn output_order(a: &LearnedPair, b: &LearnedPair) -> std::cmp::Ordering {
    a.arabic
        .cmp(&b.arabic)
        .then(b.probability.total_cmp(&a.probability))
        .then_with(|| a.english.cmp(&b.english))
}

/// The learned pairs as a lexicon (keys are stems already; the probability is the weight).
pub fn to_lexicon(learned: &[LearnedPair]) -> super::Lexicon {
    super::Lexicon::from_stem_pairs(
        learned
            .iter()
            .map(|p| (p.arabic.as_str(), p.english.as_str(), p.probability)),
    )
}

/// `base` with the stem pairs learned from `pairs` added as translations ([`as_translations`];
/// a pair already in `base` keeps the higher weight), and the learned pairs with the weights
/// they were added with (what `--save-lexicon` writes). What the aligner's second pass and
/// `check --learn run` use; `check --memory` learns the same way and caches the pairs.
pub fn with_learned_translations(
    base: &super::Lexicon,
    pairs: &[SentencePair],
    options: &LearnOptions,
) -> (super::Lexicon, Vec<LearnedPair>) {
    let learned = as_translations(learn(pairs, options));
    let mut lexicon = base.clone();
    lexicon.merge(&to_lexicon(&learned));
    (lexicon, learned)
}

/// Learned pairs weighed as translations: each pair's probability divided by the highest of its
/// Arabic stem's pairs, so the stem's best translation weighs 1, as a dictionary entry does, and
/// the others (`top_k`) in proportion.
pub fn as_translations(mut learned: Vec<LearnedPair>) -> Vec<LearnedPair> {
    let mut best: HashMap<String, f32> = HashMap::new();
    for pair in &learned {
        let b = best.entry(pair.arabic.clone()).or_insert(0.0);
        *b = b.max(pair.probability);
    }
    for pair in &mut learned {
        let b = best[&pair.arabic];
        if b > 0.0 {
            pair.probability /= b;
        }
    }
    learned
}

/// The learned pairs as a stems lexicon file (`arabic_stem<TAB>english_stem<TAB>probability`),
/// readable by `Lexicon::load`.
pub fn to_tsv(learned: &[LearnedPair]) -> String {
    let mut out = format!("{STEMS_HEADER}\n# arabic_stem\tenglish_stem\tprobability\n");
    for pair in learned {
        // Rounding can only reach 0 below min_prob; the reader needs a weight above 0.
        let _ = writeln!(
            out,
            "{}\t{}\t{:.4}",
            pair.arabic,
            pair.english,
            pair.probability.max(1e-4)
        );
    }
    out
}

/// Stems to dense ids in order of first appearance.
#[derive(Default)]
struct Vocabulary {
    ids: FxHashMap<String, u32>,
    stems: Vec<String>,
}

impl Vocabulary {
    fn ids(&mut self, keys: Vec<String>) -> Vec<u32> {
        keys.into_iter()
            .map(|key| {
                let next = self.stems.len() as u32;
                *self.ids.entry(key).or_insert_with_key(|k| {
                    self.stems.push(k.clone());
                    next
                })
            })
            .collect()
    }
}

/// The NULL word's id on either side (no real vocabulary reaches it).
const NULL: u32 = u32::MAX;

/// Which side Model 1 generates from which: t(target | source).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    EnglishFromArabic,
    ArabicFromEnglish,
}

/// The corpus as a table of distinct (Arabic, English) pairs — NULL included on either side —
/// shared by both directions, and each sentence pair as a grid of pair ids. Sharing one pair
/// table keeps memory to one entry per co-occurring pair.
struct LinkedCorpus {
    /// Pair id → (Arabic id or NULL, English id or NULL).
    pairs: Vec<(u32, u32)>,
    /// Pair id → sentence pairs in which both occur (0 for NULL pairs).
    cooccurrences: Vec<u32>,
    grids: Vec<Grid>,
    ar_vocabulary: usize,
    en_vocabulary: usize,
}

/// One sentence pair: `cells[i * (en_len + 1) + j]` is the pair id of Arabic word i and English
/// word j, where index 0 is NULL on both axes (cell (0, 0) is unused).
struct Grid {
    ar_len: usize,
    en_len: usize,
    cells: Vec<u32>,
}

impl Grid {
    fn cell(&self, i: usize, j: usize) -> usize {
        self.cells[i * (self.en_len + 1) + j] as usize
    }

    /// The links of each target word, in order: for English targets, column j over every Arabic
    /// word and NULL; for Arabic targets, row i over every English word and NULL.
    fn rows(&self, direction: Direction) -> impl Iterator<Item = Vec<usize>> + '_ {
        let (targets, sources) = match direction {
            Direction::EnglishFromArabic => (self.en_len, self.ar_len),
            Direction::ArabicFromEnglish => (self.ar_len, self.en_len),
        };
        (1..=targets).map(move |target| {
            (0..=sources)
                .map(|source| match direction {
                    Direction::EnglishFromArabic => self.cell(source, target),
                    Direction::ArabicFromEnglish => self.cell(target, source),
                })
                .collect()
        })
    }

    /// For each target word, the sum of t over its links: its posteriors' denominator.
    fn row_totals(&self, direction: Direction, t: &[f32]) -> Vec<f32> {
        self.rows(direction)
            .map(|row| row.iter().map(|&link| t[link]).sum())
            .collect()
    }
}

impl LinkedCorpus {
    fn new(sentences: &[(Vec<u32>, Vec<u32>)]) -> LinkedCorpus {
        // Looked up only (ids go by first appearance): FxHash, not SipHash, changes nothing but
        // the time, a tenth of learning's.
        let mut ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut cooccurrences: Vec<u32> = Vec::new();
        let mut grids = Vec::with_capacity(sentences.len());
        let (mut ar_vocabulary, mut en_vocabulary) = (0, 0);
        for (ar, en) in sentences {
            let ar_axis: Vec<u32> = std::iter::once(NULL).chain(ar.iter().copied()).collect();
            let en_axis: Vec<u32> = std::iter::once(NULL).chain(en.iter().copied()).collect();
            let mut cells = Vec::with_capacity(ar_axis.len() * en_axis.len());
            for &a in &ar_axis {
                for &e in &en_axis {
                    let next = pairs.len() as u32;
                    let id = *ids.entry((a, e)).or_insert_with(|| {
                        pairs.push((a, e));
                        cooccurrences.push(0);
                        next
                    });
                    cells.push(id);
                }
            }
            // Count each real pair once per sentence pair.
            let mut seen: Vec<u32> = cells[en_axis.len()..]
                .iter()
                .enumerate()
                .filter(|(k, _)| k % en_axis.len() != 0)
                .map(|(_, &id)| id)
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                cooccurrences[id as usize] += 1;
            }
            ar_vocabulary = ar_vocabulary.max(ar.iter().max().map_or(0, |&m| m as usize + 1));
            en_vocabulary = en_vocabulary.max(en.iter().max().map_or(0, |&m| m as usize + 1));
            grids.push(Grid {
                ar_len: ar.len(),
                en_len: en.len(),
                cells,
            });
        }
        LinkedCorpus {
            pairs,
            cooccurrences,
            grids,
            ar_vocabulary,
            en_vocabulary,
        }
    }

    /// Index of a pair's source word in the per-source totals (NULL last).
    fn source_slot(&self, pair: usize, direction: Direction) -> usize {
        let (ar, en) = self.pairs[pair];
        let (source, vocabulary) = match direction {
            Direction::EnglishFromArabic => (ar, self.ar_vocabulary),
            Direction::ArabicFromEnglish => (en, self.en_vocabulary),
        };
        if source == NULL {
            vocabulary
        } else {
            source as usize
        }
    }

    /// Trains Model 1 in `direction`; returns t(target | source) by pair id.
    fn train(&self, direction: Direction, iterations: usize) -> Vec<f32> {
        // Uniform start: any constant gives the same first E-step.
        let mut t = vec![1.0f32; self.pairs.len()];
        let slots: Vec<usize> = (0..self.pairs.len())
            .map(|pair| self.source_slot(pair, direction))
            .collect();
        let slot_count = match direction {
            Direction::EnglishFromArabic => self.ar_vocabulary + 1,
            Direction::ArabicFromEnglish => self.en_vocabulary + 1,
        };
        for _ in 0..iterations {
            // E-step: the costly part, each target word's total over its links, in parallel.
            let row_totals: Vec<Vec<f32>> = self
                .grids
                .par_iter()
                .map(|grid| grid.row_totals(direction, &t))
                .collect();
            // Expected counts summed in corpus order, so float sums do not depend on threads.
            let mut counts = vec![0.0f32; t.len()];
            for (grid, totals) in self.grids.iter().zip(&row_totals) {
                for (row, &total) in grid.rows(direction).zip(totals) {
                    if total > 0.0 {
                        for link in row {
                            counts[link] += t[link] / total;
                        }
                    }
                }
            }
            // M-step: normalize per source word.
            let mut source_totals = vec![0.0f32; slot_count];
            for (pair, &count) in counts.iter().enumerate() {
                source_totals[slots[pair]] += count;
            }
            for (pair, value) in t.iter_mut().enumerate() {
                let total = source_totals[slots[pair]];
                *value = if total > 0.0 {
                    counts[pair] / total
                } else {
                    0.0
                };
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned(arabic: &str, english: &str, probability: f32) -> LearnedPair {
        LearnedPair {
            arabic: arabic.into(),
            english: english.into(),
            probability,
            cooccurrences: 2,
        }
    }

    #[test]
    fn a_stems_best_learned_translation_weighs_as_a_dictionary_entry() {
        let pairs = as_translations(vec![
            learned("زرفون", "zebra", 0.2),
            learned("زرفون", "stripe", 0.1),
            learned("قلمس", "lamp", 0.5),
        ]);
        let weights: Vec<(&str, f32)> = pairs
            .iter()
            .map(|p| (p.english.as_str(), p.probability))
            .collect();
        assert_eq!(weights, [("zebra", 1.0), ("stripe", 0.5), ("lamp", 1.0)]);
    }

    fn pair(ar: &str, en: &str) -> SentencePair {
        SentencePair {
            arabic: ar.into(),
            english: en.into(),
        }
    }

    /// A toy corpus where each Arabic word has one consistent English counterpart but words
    /// also co-occur with others (the classic Model 1 "la maison" example).
    fn toy_corpus() -> Vec<SentencePair> {
        vec![
            pair("بيت كبير", "big house"),
            pair("بيت صغير", "small house"),
            pair("كتاب صغير", "small book"),
            pair("كتاب كبير", "big book"),
            pair("بيت", "house"),
            pair("كتاب جديد", "new book"),
            pair("بيت جديد", "new house"),
        ]
    }

    fn best(learned: &[LearnedPair], arabic: &str) -> Option<String> {
        learned
            .iter()
            .find(|p| p.arabic == arabic)
            .map(|p| p.english.clone())
    }

    #[test]
    fn learns_consistent_translations() {
        let learned = learn(&toy_corpus(), &LearnOptions::default());
        // Compared through the key functions, so this holds whatever the stemmers do.
        assert_eq!(
            best(&learned, &super::super::ar_key("بيت")),
            Some(super::super::en_key("house"))
        );
        assert_eq!(
            best(&learned, &super::super::ar_key("كتاب")),
            Some(super::super::en_key("book"))
        );
        assert_eq!(
            best(&learned, &super::super::ar_key("صغير")),
            Some(super::super::en_key("small"))
        );
    }

    #[test]
    fn output_is_deterministic_sorted_and_pruned() {
        let options = LearnOptions {
            top_k: 1,
            ..LearnOptions::default()
        };
        let first = to_tsv(&learn(&toy_corpus(), &options));
        let second = to_tsv(&learn(&toy_corpus(), &options));
        assert_eq!(first, second);
        let learned = learn(&toy_corpus(), &options);
        assert!(
            learned.windows(2).all(|w| w[0].arabic < w[1].arabic),
            "top 1, sorted"
        );
        assert!(first.starts_with(STEMS_HEADER));

        let strict = LearnOptions {
            min_count: 3,
            ..LearnOptions::default()
        };
        // Only بيت (4 sentences with house) and كتاب (3 with book) are seen often enough.
        let learned = learn(&toy_corpus(), &strict);
        assert!(learned.iter().all(|p| p.cooccurrences >= 3));
        assert_eq!(learned.len(), 2, "{learned:?}");
    }

    #[test]
    fn probabilities_are_normalized_per_source() {
        // Arabic 0 always with English 0, sometimes with English 1.
        let sentences = vec![(vec![0, 1], vec![0, 1]), (vec![0], vec![0])];
        let corpus = LinkedCorpus::new(&sentences);
        let t = corpus.train(Direction::EnglishFromArabic, 5);
        let of = |ar: u32, en: u32| {
            let pair = corpus.pairs.iter().position(|&p| p == (ar, en)).unwrap();
            (pair, t[pair])
        };
        // (ar, NULL) pairs belong to the other direction and get nothing here.
        assert_eq!(of(0, NULL).1, 0.0);
        let total = of(0, 0).1 + of(0, 1).1;
        assert!((total - 1.0).abs() < 1e-5, "{total}");
        assert!(of(0, 0).1 > of(0, 1).1);
        assert_eq!(corpus.cooccurrences[of(0, 0).0], 2);
        assert_eq!(corpus.cooccurrences[of(0, 1).0], 1);
    }
}
