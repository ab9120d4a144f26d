//! Cross-script evidence without a gazetteer: every run of one to three Arabic words in the
//! sources is a possible place name, keyed by the letter classes of its Arabic letters
//! ([`super::key::arabic_key`]: the article dropped, ة ى ء handled). An English spelling is tied
//! to the run whose key it matches best within variant distance, so a place no list knows still
//! gets its Arabic name, and two English spellings that tie to two different Arabic names are
//! two places.
//!
//! Runs are found through blocks keyed by the skeleton and by the skeleton less one letter, as
//! in [`super::cluster`]: building and querying are linear in the size of the sources.

use std::collections::HashMap;

use super::gazetteer::arabic_index_form;
use super::score::{are_variants, Prepared};
use crate::text::tokens::is_stopword;
use crate::text::{arabic, is_arabic_char, Lang};

/// Longest run of Arabic words taken as one name (Maarat al-Numan is two, Deir al-Zor two,
/// Ras al-Ain al-Kabira three).
const MAX_RUN_WORDS: usize = 3;

/// Shortest skeleton indexed: one consonant class matches too many ordinary words.
const MIN_SKELETON: usize = 2;

/// The Arabic names of a set of sources, ready for English spellings to be tied to them.
#[derive(Debug, Default)]
pub struct ArabicNames {
    /// Each distinct run, as written first, and its index form (article-less, normalized).
    names: Vec<(String, String)>,
    prepared: Vec<Prepared>,
    blocks: HashMap<String, Vec<u32>>,
    by_form: HashMap<String, usize>,
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
        let mut names = ArabicNames::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for text in texts {
            for run in arabic_runs(text) {
                let words: Vec<&str> = run.split(' ').collect();
                for start in 0..words.len() {
                    for len in 1..=MAX_RUN_WORDS.min(words.len() - start) {
                        let part = &words[start..start + len];
                        let stop = |w: &str| is_stopword(Lang::Ar, &arabic::normalize(w));
                        if stop(part[0]) || stop(part[len - 1]) {
                            continue;
                        }
                        let surface = part.join(" ");
                        let form = arabic_index_form(&surface);
                        if form.is_empty() || seen.contains_key(&form) {
                            continue;
                        }
                        seen.insert(form.clone(), names.names.len());
                        names.push(surface, form);
                    }
                }
            }
        }
        names
    }

    fn push(&mut self, surface: String, form: String) {
        let prepared = Prepared::new(&surface);
        if prepared.key.skeleton.chars().count() < MIN_SKELETON {
            return;
        }
        let id = self.names.len() as u32;
        for block in super::cluster::block_keys(&prepared.key.skeleton) {
            self.blocks.entry(block).or_default().push(id);
        }
        self.by_form.insert(form.clone(), self.names.len());
        self.names.push((surface, form));
        self.prepared.push(prepared);
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
        &self.names[name].0
    }

    /// The best-scoring Arabic name within variant distance of `english`; ties go to the name
    /// seen first, and to the longer run at equal score (Deir ez-Zor is دير الزور, not دير).
    pub fn tie(&self, english: &Prepared) -> Option<Tie> {
        let mut best: Option<Tie> = None;
        let mut candidates: Vec<u32> = super::cluster::block_keys(&english.key.skeleton)
            .iter()
            .filter_map(|b| self.blocks.get(b))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for id in candidates {
            let name = id as usize;
            if let Some(sim) = are_variants(english, &self.prepared[name]) {
                let score = sim.score();
                if best.as_ref().is_none_or(|b| score > b.score) {
                    best = Some(Tie { name, score });
                }
            }
        }
        best
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
fn arabic_runs(text: &str) -> Vec<String> {
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
            runs.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        runs.push(current.join(" "));
    }
    runs
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
            vec!["في زليتن", "قال", "مصدر"]
        );
    }
}
