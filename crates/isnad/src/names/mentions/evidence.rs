//! Arabic evidence for English mentions: the romanization keys of the words of the Arabic
//! sources. A capitalized English span whose key is one of them (زليتن for Zliten) is a place
//! candidate in any context, even where no English rule says so.

use rayon::prelude::*;

use super::stoplist::StopList;
use crate::names::key::latin_key;
use crate::names::phrase_key::{phrase_skeleton, word_keys, WordKey};
use crate::text::{is_arabic_char, Document, Lang};
use rustc_hash::{FxHashMap, FxHashSet};

/// Shortest key skeleton that counts as evidence (shorter ones match too many words).
const MIN_SKELETON: usize = 3;

/// Key skeletons of the Arabic words (and of pairs of adjacent words) of a set of documents.
/// Built once, in time linear in the text; a lookup is one hash probe.
#[derive(Debug, Clone, Default)]
pub struct ArabicEvidence {
    keys: FxHashSet<String>,
}

/// Clitics written joined to the next word: و ف ب ل ك.
fn is_clitic(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')
}

impl ArabicEvidence {
    /// No evidence: the English rules alone decide.
    pub fn new() -> ArabicEvidence {
        ArabicEvidence::default()
    }

    /// The evidence of Arabic texts.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> ArabicEvidence {
        let stop = StopList::get();
        let texts: Vec<&str> = texts.into_iter().collect();
        let tokens: Vec<Vec<(&str, bool)>> = texts.par_iter().map(|t| words_joined(t)).collect();
        // Words and pairs repeat: each distinct one is keyed once, not at every occurrence. A
        // word's id is `None` for a stop word.
        let mut ids: FxHashMap<&str, Option<u32>> = FxHashMap::default();
        let mut words: Vec<&str> = Vec::new();
        let mut pairs: FxHashSet<(u32, u32)> = FxHashSet::default();
        for text in &tokens {
            let mut previous: Option<u32> = None;
            for &(word, joined) in text {
                let id = *ids.entry(word).or_insert_with(|| {
                    (!stop.stop_ar.contains(word)).then(|| {
                        words.push(word);
                        (words.len() - 1) as u32
                    })
                });
                if let (Some(p), Some(id), true) = (previous, id, joined) {
                    pairs.insert((p, id));
                }
                previous = id;
            }
        }
        // The key of a pair is put together from its words' keys.
        let forms: Vec<Vec<Vec<WordKey>>> = words
            .par_iter()
            .map(|w| forms(w).into_iter().map(word_keys).collect())
            .collect();
        let mut pairs: Vec<(u32, u32)> = pairs.into_iter().collect();
        pairs.sort_unstable();
        let single = forms.par_iter().flatten().filter_map(key_of);
        let joined = pairs.par_iter().flat_map_iter(|&(p, w)| {
            let (ps, ws) = (&forms[p as usize], &forms[w as usize]);
            ps.iter()
                .flat_map(move |p| ws.iter().filter_map(move |w| key_of(p.iter().chain(w))))
        });
        ArabicEvidence {
            keys: single.chain(joined).collect(),
        }
    }

    /// The evidence of the Arabic documents among `docs`.
    /// Only their prose counts: not a page's head, scripts, menus or tags.
    pub fn from_documents(docs: &[&Document]) -> ArabicEvidence {
        let prose: Vec<std::borrow::Cow<'_, str>> = docs
            .iter()
            .filter(|d| d.lang == Lang::Ar)
            .map(|d| d.prose())
            .collect();
        ArabicEvidence::from_texts(prose.iter().map(|p| p.as_ref()))
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether a Latin spelling romanizes a word (or two adjacent words) of the Arabic texts,
    /// with a key skeleton of at least `min_len` letters.
    pub fn supports(&self, spelling: &str, min_len: usize) -> bool {
        if self.keys.is_empty() {
            return false;
        }
        let skeleton = latin_key(spelling).skeleton;
        skeleton.len() >= min_len.max(MIN_SKELETON) && self.keys.contains(&skeleton)
    }
}

/// The key skeleton of an Arabic word or pair, when long enough to count.
fn key_of<'k>(words: impl IntoIterator<Item = &'k WordKey>) -> Option<String> {
    let mut skeleton = String::new();
    phrase_skeleton(words, &mut skeleton);
    (skeleton.len() >= MIN_SKELETON).then_some(skeleton)
}

/// The Arabic words of a text, each with whether only whitespace separates it from the word
/// before: a punctuation mark or a Latin word between two words ends a pair.
fn words_joined(text: &str) -> Vec<(&str, bool)> {
    let mut last_end = 0;
    arabic_words(text)
        .map(|(start, word)| {
            let joined = text[last_end..start].chars().all(char::is_whitespace);
            last_end = start + word.len();
            (word, joined)
        })
        .collect()
}

/// The Arabic words of a text with their byte offsets.
fn arabic_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_arabic_letter(c))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// An alphabetic character of the Arabic blocks; the common letters are answered without the
/// Unicode tables, which were a twentieth of the names table's time.
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}') || (is_arabic_char(c) && c.is_alphabetic())
}

/// A word as written and without one or two leading clitics (وبسلمى → بسلمى, سلمى).
fn forms(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    let mut rest = word;
    for _ in 0..2 {
        let mut chars = rest.chars();
        match chars.next() {
            Some(c) if is_clitic(c) && chars.as_str().chars().count() >= 3 => {
                rest = chars.as_str();
                out.push(rest);
            }
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_words_prefixes_and_pairs() {
        let e = ArabicEvidence::from_texts([
            "قصفت القوات مدينة زليتن، ونزح الأهالي من وتاورغاء وراس لانوف.",
        ]);
        assert!(e.supports("Zliten", 0) && e.supports("Zlitan", 0));
        assert!(e.supports("Tawergha", 0));
        assert!(e.supports("Ras Lanuf", 0));
        assert!(!e.supports("Misrata", 0));
        assert!(!e.supports("Zliten", 5), "zltn has four letters");
        assert!(!ArabicEvidence::new().supports("Zliten", 0));
    }

    #[test]
    fn the_common_letters_are_alphabetic() {
        assert!(('\u{0621}'..='\u{064A}').all(|c| is_arabic_char(c) && c.is_alphabetic()));
    }
}
