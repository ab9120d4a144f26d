//! Cross-script evidence without a gazetteer: every run of one to three Arabic words in the
//! sources is a possible place name, keyed by the letter classes of its Arabic letters
//! ([`super::key::arabic_key`]: the article dropped, ة ى ء handled). An English spelling is tied
//! to the run whose key it matches best within variant distance, so a place no list knows still
//! gets its Arabic name, and two English spellings that tie to two different Arabic names are
//! two places.
//!
//! Runs are found through the blocks of [`super::cluster`], keyed by the skeleton and by the
//! skeleton less one letter. Only skeletons are indexed: the names in a spelling's blocks are
//! those with a skeleton among its block keys or one letter longer than one of them, looked up
//! at query time. Building is linear in the size of the sources; the sources are large and the
//! spellings tied to them few.

use rayon::prelude::*;

use super::gazetteer::arabic_index_form;
use super::phrase_key::{phrase_skeleton, word_keys, WordKey};
use super::score::{are_variants, Prepared};
use crate::text::tokens::is_stopword;
use crate::text::{arabic, is_arabic_char, Lang};
use rustc_hash::{FxHashMap, FxHashSet};

/// Longest run of Arabic words taken as one name (Maarat al-Numan is two, Deir al-Zor two,
/// Ras al-Ain al-Kabira three).
pub const MAX_RUN_WORDS: usize = 3;

/// Shortest skeleton indexed: one consonant class matches too many ordinary words.
const MIN_SKELETON: usize = 2;

/// The Arabic names of a set of sources, ready for English spellings to be tied to them.
#[derive(Debug, Default)]
pub struct ArabicNames {
    /// Each distinct run, as written first.
    names: Vec<String>,
    /// Names by the key skeleton of their surface.
    by_skeleton: FxHashMap<String, Vec<u32>>,
    /// Every letter of the skeletons, in order.
    alphabet: Vec<char>,
    /// Names by their index form (article-less, normalized).
    by_form: FxHashMap<String, usize>,
}

/// An English spelling tied to an Arabic name.
#[derive(Debug, Clone, PartialEq)]
pub struct Tie {
    /// Index of the name (the same for every spelling of one Arabic name).
    pub name: usize,
    pub score: f64,
}

impl ArabicNames {
    /// Every run of one to [`MAX_RUN_WORDS`] Arabic words of `texts` that does not start or end
    /// with a stop word.
    pub fn from_texts<'t>(texts: impl IntoIterator<Item = &'t str>) -> ArabicNames {
        let texts: Vec<&str> = texts.into_iter().collect();
        let words = Words::of(&texts);
        let surfaces = words.distinct_surfaces();
        let written: Vec<(String, String)> = surfaces
            .par_iter()
            .map(|surface| {
                let surface = surface.join(&words.words);
                let form = arabic_index_form(&surface);
                (surface, form)
            })
            .collect();
        // The first surface of each index form is the name.
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let first: Vec<bool> = written
            .iter()
            .map(|(_, form)| !form.is_empty() && seen.insert(form))
            .collect();
        drop(seen);
        let keys: Vec<Vec<WordKey>> = words.words.par_iter().map(|w| word_keys(w)).collect();
        let skeletons: Vec<Option<String>> = surfaces
            .par_iter()
            .zip(&first)
            .map(|(surface, &first)| {
                first.then(|| {
                    let mut skeleton = String::new();
                    phrase_skeleton(surface.ids().flat_map(|id| &keys[id]), &mut skeleton);
                    skeleton
                })
            })
            .collect();
        let mut names = ArabicNames::default();
        for ((surface, form), skeleton) in written.into_iter().zip(skeletons) {
            if let Some(skeleton) = skeleton {
                names.push(surface, form, skeleton);
            }
        }
        let mut alphabet: Vec<char> = names.by_skeleton.keys().flat_map(|s| s.chars()).collect();
        alphabet.sort_unstable();
        alphabet.dedup();
        names.alphabet = alphabet;
        names
    }

    fn push(&mut self, surface: String, form: String, skeleton: String) {
        if skeleton.chars().count() < MIN_SKELETON {
            return;
        }
        let id = self.names.len();
        self.by_skeleton
            .entry(skeleton)
            .or_default()
            .push(id as u32);
        self.by_form.insert(form, id);
        self.names.push(surface);
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The name of the sources written `arabic` (compared in index form: article-less,
    /// normalized), if they have it.
    pub fn find(&self, arabic: &str) -> Option<usize> {
        self.by_form.get(&arabic_index_form(arabic)).copied()
    }

    /// The Arabic name as first written in the sources.
    pub fn surface(&self, name: usize) -> &str {
        &self.names[name]
    }

    /// The best-scoring Arabic name within variant distance of `english`; ties go to the name
    /// seen first, and to the longer run at equal score (Deir ez-Zor is دير الزور, not دير).
    pub fn tie(&self, english: &Prepared) -> Option<Tie> {
        let mut best: Option<Tie> = None;
        for id in self.candidates(&english.key.skeleton) {
            let name = id as usize;
            if let Some(sim) = are_variants(english, &Prepared::new(&self.names[name])) {
                let score = sim.score();
                if best.as_ref().is_none_or(|b| score > b.score) {
                    best = Some(Tie { name, score });
                }
            }
        }
        best
    }

    /// The names sharing a block with a skeleton ([`super::cluster::block_keys`]), in order. A
    /// name's block keys are its skeleton and, from three letters, the skeleton less one letter,
    /// so a block key `b` holds the names whose skeleton is `b` or `b` with one letter added.
    fn candidates(&self, skeleton: &str) -> Vec<u32> {
        let mut found: Vec<u32> = Vec::new();
        let mut longer = String::new();
        for block in super::cluster::block_keys(skeleton) {
            found.extend(self.by_skeleton.get(&block).into_iter().flatten());
            let letters: Vec<(usize, char)> = block.char_indices().collect();
            if letters.len() + 1 < 3 {
                continue;
            }
            for at in letters.iter().map(|&(i, _)| i).chain([block.len()]) {
                for &c in &self.alphabet {
                    longer.clear();
                    longer.push_str(&block[..at]);
                    longer.push(c);
                    longer.push_str(&block[at..]);
                    found.extend(self.by_skeleton.get(&longer).into_iter().flatten());
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// An Arabic letter (or a mark inside a word), not Arabic punctuation (، ؛ ؟).
fn is_arabic_letter(c: char) -> bool {
    is_arabic_char(c)
        && !matches!(
            c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
        )
}

/// The runs of Arabic words of a text, split at anything that is not an Arabic word (Latin,
/// digits, punctuation): a name never spans a comma.
fn arabic_runs(text: &str) -> Vec<Vec<&str>> {
    let mut runs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !is_arabic_letter(c));
        let clean = !word.is_empty() && word.chars().all(is_arabic_letter);
        if clean {
            current.push(word);
        }
        // Punctuation attached to the word, or a token that is not Arabic, ends the run.
        if (!clean || word.len() != token.len()) && !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The runs of Arabic words of a set of texts, each distinct word once: words repeat, so each
/// gets its stop-word test (normalization included) once, and candidate names are compared as
/// word ids.
struct Words<'t> {
    /// The distinct words, by id.
    words: Vec<&'t str>,
    stop: Vec<bool>,
    /// Every run as word ids, each followed by [`RUN_END`].
    runs: Vec<u32>,
}

const RUN_END: u32 = u32::MAX;

impl<'t> Words<'t> {
    fn of(texts: &[&'t str]) -> Words<'t> {
        let runs: Vec<Vec<Vec<&str>>> = texts.par_iter().map(|t| arabic_runs(t)).collect();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut words: Vec<&str> = Vec::new();
        let mut flat: Vec<u32> = Vec::new();
        for run in runs.iter().flatten() {
            for &w in run {
                flat.push(*ids.entry(w).or_insert_with(|| {
                    words.push(w);
                    (words.len() - 1) as u32
                }));
            }
            flat.push(RUN_END);
        }
        let stop = words
            .par_iter()
            .map(|w| is_stopword(Lang::Ar, &arabic::normalize(w)))
            .collect();
        Words {
            words,
            stop,
            runs: flat,
        }
    }

    /// Every one to [`MAX_RUN_WORDS`] words of a run that neither start nor end with a stop
    /// word, each once, in order of first appearance.
    fn distinct_surfaces(&self) -> Vec<Surface> {
        let mut seen: FxHashSet<Surface> = FxHashSet::default();
        let mut surfaces: Vec<Surface> = Vec::new();
        for run in self.runs.split(|&id| id == RUN_END) {
            for start in 0..run.len() {
                for len in 1..=MAX_RUN_WORDS.min(run.len() - start) {
                    let part = &run[start..start + len];
                    if self.stop[part[0] as usize] || self.stop[part[len - 1] as usize] {
                        continue;
                    }
                    let surface = Surface::new(part);
                    if seen.insert(surface) {
                        surfaces.push(surface);
                    }
                }
            }
        }
        surfaces
    }
}

/// One to [`MAX_RUN_WORDS`] words of a run, by word id ([`RUN_END`] past its end). Words hold
/// no whitespace, so two surfaces are the same words exactly when their joined strings are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Surface([u32; MAX_RUN_WORDS]);

impl Surface {
    fn new(ids: &[u32]) -> Surface {
        let mut surface = Surface([RUN_END; MAX_RUN_WORDS]);
        surface.0[..ids.len()].copy_from_slice(ids);
        surface
    }

    fn ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .take_while(|&&id| id != RUN_END)
            .map(|&id| id as usize)
    }

    fn join(&self, words: &[&str]) -> String {
        let words: Vec<&str> = self.ids().map(|id| words[id]).collect();
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_tie_to_names_no_list_knows() {
        let names = ArabicNames::from_texts([
            "قصفت القوات مدينة زليتن ليلا، ونزحت عائلات من تاورغاء.",
            "واشتدت المعارك في سرت وفي دير الزور.",
        ]);
        let tie = |s: &str| names.tie(&Prepared::new(s)).map(|t| names.surface(t.name));
        assert_eq!(tie("Zliten"), Some("زليتن"));
        assert_eq!(tie("Zlitan"), Some("زليتن"));
        assert_eq!(tie("Tawergha"), Some("تاورغاء"));
        assert_eq!(tie("Sirte"), Some("سرت"));
        assert_eq!(tie("Surt"), Some("سرت"));
        assert_eq!(tie("Deir ez-Zor"), Some("دير الزور"));
        assert_eq!(tie("Kutum"), None);
    }

    #[test]
    fn runs_stop_at_punctuation_and_latin() {
        assert_eq!(
            arabic_runs("في زليتن، قال AFP مصدر."),
            vec![vec!["في", "زليتن"], vec!["قال"], vec!["مصدر"]]
        );
    }
}
