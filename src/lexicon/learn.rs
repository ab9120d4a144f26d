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

use super::parallel::SentencePair;
use super::{sentence_keys, STEMS_HEADER};
use crate::text::Lang;

#[derive(Debug, Clone, PartialEq)]
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
        LearnOptions {
            iterations: 5,
            min_prob: 0.1,
            top_k: 3,
            min_count: 2,
        }
    }
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
        .collect();

    let forward = Model1::train(
        sentences
            .iter()
            .map(|(ar, en)| (ar.as_slice(), en.as_slice())),
        options.iterations,
    );
    let backward = Model1::train(
        sentences
            .iter()
            .map(|(ar, en)| (en.as_slice(), ar.as_slice())),
        options.iterations,
    );
    let cooccurrences = count_cooccurrences(&sentences);

    let mut by_arabic: HashMap<u32, Vec<LearnedPair>> = HashMap::new();
    for (&(ar, en), &count) in &cooccurrences {
        if count < options.min_count {
            continue;
        }
        let score = (forward.probability(ar, en) * backward.probability(en, ar)).sqrt();
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

/// Arabic, then probability descending, then English: a total order, so output is stable.
fn output_order(a: &LearnedPair, b: &LearnedPair) -> std::cmp::Ordering {
    a.arabic
        .cmp(&b.arabic)
        .then(b.probability.total_cmp(&a.probability))
        .then_with(|| a.english.cmp(&b.english))
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
    ids: HashMap<String, u32>,
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

fn count_cooccurrences(sentences: &[(Vec<u32>, Vec<u32>)]) -> HashMap<(u32, u32), u32> {
    let mut counts = HashMap::new();
    for (ar, en) in sentences {
        let mut pairs: Vec<(u32, u32)> = ar
            .iter()
            .flat_map(|&a| en.iter().map(move |&e| (a, e)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        for pair in pairs {
            *counts.entry(pair).or_insert(0) += 1;
        }
    }
    counts
}

/// The id standing for NULL among source words (no real vocabulary reaches it).
const NULL_SOURCE: u32 = u32::MAX;

/// IBM Model 1 translation table t(target | source), over the (source, target) pairs that
/// co-occur in some sentence (all others have probability 0).
struct Model1 {
    /// Link index → probability; a link is a distinct co-occurring (source, target) pair.
    t: Vec<f32>,
    links: HashMap<(u32, u32), u32>,
}

/// One sentence pair as link indices: for each target word, the links to NULL and each source.
struct LinkedSentence {
    /// `targets × (sources + 1)` link indices, row-major by target word.
    links: Vec<u32>,
    row: usize,
}

impl Model1 {
    fn train<'a>(
        corpus: impl Iterator<Item = (&'a [u32], &'a [u32])>,
        iterations: usize,
    ) -> Model1 {
        let mut links: HashMap<(u32, u32), u32> = HashMap::new();
        let mut link_sources: Vec<u32> = Vec::new();
        let sentences: Vec<LinkedSentence> = corpus
            .map(|(sources, targets)| {
                let row = sources.len() + 1;
                let mut sentence_links = Vec::with_capacity(targets.len() * row);
                for &target in targets {
                    for &source in std::iter::once(&NULL_SOURCE).chain(sources) {
                        let next = link_sources.len() as u32;
                        let id = *links.entry((source, target)).or_insert_with(|| {
                            link_sources.push(source);
                            next
                        });
                        sentence_links.push(id);
                    }
                }
                LinkedSentence {
                    links: sentence_links,
                    row,
                }
            })
            .collect();

        // Uniform start: any constant gives the same first E-step.
        let mut t = vec![1.0f32; link_sources.len()];
        let mut source_totals: HashMap<u32, f32> = HashMap::new();
        for _ in 0..iterations {
            // E-step in parallel: each sentence's expected link counts.
            let posteriors: Vec<Vec<f32>> = sentences
                .par_iter()
                .map(|sentence| sentence_posteriors(sentence, &t))
                .collect();
            // M-step in corpus order, so float sums do not depend on thread scheduling.
            let mut counts = vec![0.0f32; t.len()];
            for (sentence, posterior) in sentences.iter().zip(&posteriors) {
                for (&link, &p) in sentence.links.iter().zip(posterior) {
                    counts[link as usize] += p;
                }
            }
            source_totals.clear();
            for (link, &count) in counts.iter().enumerate() {
                *source_totals.entry(link_sources[link]).or_insert(0.0) += count;
            }
            for (link, value) in t.iter_mut().enumerate() {
                let total = source_totals[&link_sources[link]];
                *value = if total > 0.0 {
                    counts[link] / total
                } else {
                    0.0
                };
            }
        }
        Model1 { t, links }
    }

    fn probability(&self, source: u32, target: u32) -> f32 {
        self.links
            .get(&(source, target))
            .map_or(0.0, |&link| self.t[link as usize])
    }
}

/// Expected alignment counts of one sentence: for each target word, its links' share of t.
fn sentence_posteriors(sentence: &LinkedSentence, t: &[f32]) -> Vec<f32> {
    let mut posterior = Vec::with_capacity(sentence.links.len());
    for row in sentence.links.chunks(sentence.row) {
        let total: f32 = row.iter().map(|&link| t[link as usize]).sum();
        posterior.extend(row.iter().map(|&link| {
            if total > 0.0 {
                t[link as usize] / total
            } else {
                0.0
            }
        }));
    }
    posterior
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let corpus: Vec<(Vec<u32>, Vec<u32>)> = vec![(vec![0, 1], vec![0, 1]), (vec![0], vec![0])];
        let model = Model1::train(corpus.iter().map(|(s, t)| (s.as_slice(), t.as_slice())), 5);
        let total: f32 = [0, 1].iter().map(|&t| model.probability(0, t)).sum();
        assert!((total - 1.0).abs() < 1e-5, "{total}");
        assert!(model.probability(0, 0) > model.probability(0, 1));
    }
}
