//! The inverted index over every source sentence (lexicon ids, name keys, Latin words) and the
//! windows it ranks for a quote.

use std::collections::HashMap;

use super::{MatchOptions, Window, EXTRA_SENTENCE_COST, HEADING_COST_FOR_PIECES};

/// How many of the credited outlet's best sentences are scored beyond the first candidates
/// ([`SourceIndex::candidates`]): as many as a quote lists, so that the credited outlet's own
/// places can be among them.
const CREDITED_CANDIDATES: usize = super::CANDIDATES;
use crate::align::score::{IndexKey, Prepared, Scorer};
use crate::text::{Document, Lang, UnitKind};

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

    /// Sentences sharing keys with `en`, best first: at most `limit`, then the best
    /// [`CREDITED_CANDIDATES`] of the `credited` sources that are not among them. With many
    /// sources, the credited outlet's sentence can fall below the first `limit` on shared keys
    /// alone; unscored, it would read as 0.00 beside a window elsewhere, and a quote of the
    /// credited outlet would be called misattributed.
    fn candidates(
        &self,
        scorer: &Scorer,
        en: &Prepared,
        limit: usize,
        credited: &[usize],
    ) -> Vec<(usize, usize)> {
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
        let at = |((s, i), _): &((u32, u32), f32)| (*s as usize, *i as usize);
        let mut out: Vec<(usize, usize)> = ranked.iter().take(limit).map(at).collect();
        let more = ranked
            .iter()
            .skip(limit)
            .map(at)
            .filter(|(s, _)| credited.contains(s))
            .take(CREDITED_CANDIDATES);
        out.extend(more);
        out
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
    pub(super) fn ranked_windows(
        &self,
        scorer: &Scorer,
        en: &Prepared,
        options: &MatchOptions,
        credited: &[usize],
    ) -> Vec<Window> {
        let mut windows: Vec<(usize, usize, usize)> = Vec::new();
        for (s, at) in self.candidates(scorer, en, options.candidates, credited) {
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
        let mut words_found = HashMap::new();
        scored.retain(|w| {
            w.end - w.start == 1 || self.each_sentence_adds_words(scorer, w, en, &mut words_found)
        });
        scored
    }

    /// Whether every sentence of window `w` finds a word of the quote that no other sentence of
    /// the window finds, numbers (in digits or in words) and proper names aside. The check
    /// vouches for a quote's numbers and names by finding them in its window: a neighbour of the
    /// source sentence that brings nothing else (the quote's "15" or "three" in the sentence
    /// before the one that says 50, its "Homs" beside the sentence that says Hama) must not join
    /// the window and make a changed number or place look found. `found` caches each sentence's
    /// words for this quote.
    fn each_sentence_adds_words(
        &self,
        scorer: &Scorer,
        w: &Window,
        en: &Prepared,
        found: &mut HashMap<(usize, usize), Vec<String>>,
    ) -> bool {
        let number_words: Vec<&str> = en
            .numbers()
            .iter()
            .flat_map(|q| en.text()[q.start..q.end].split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let in_numbers = |word: &str| number_words.contains(&word);
        for i in w.start..w.end {
            found.entry((w.source, i)).or_insert_with(|| {
                let sentence = &self.sources[w.source].sentences[i..i + 1];
                // A phrase counts by its words: "two months" brings only what its number
                // brings, and "artillery shelling" nothing a sentence with "shelling" lacks.
                let mut words: Vec<String> = scorer
                    .english_matches(sentence, std::slice::from_ref(en))
                    .into_iter()
                    .filter(|m| !matches!(m.via, "number" | "name"))
                    .flat_map(|m| {
                        m.english
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty() && !in_numbers(w) && !is_proper_name(w, en))
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            });
        }
        (w.start..w.end).all(|i| {
            found[&(w.source, i)].iter().any(|word| {
                (w.start..w.end)
                    .filter(|&k| k != i)
                    .all(|k| found[&(w.source, k)].binary_search(word).is_err())
            })
        })
    }
}

/// A capitalized word of quote `en` that is not its first word: a name, which a window must not
/// be made of.
fn is_proper_name(word: &str, en: &Prepared) -> bool {
    let first = en
        .text()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    word.chars().next().is_some_and(char::is_uppercase) && first != Some(word)
}
