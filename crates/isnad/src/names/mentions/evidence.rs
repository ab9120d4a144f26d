//! Arabic evidence for English mentions: the romanization keys of the words of the Arabic
//! sources. A capitalized English span whose key is one of them (زليتن for Zliten) is a place
//! candidate in any context, even where no English rule says so.

use std::collections::HashSet;

use super::stoplist::StopList;
use crate::names::key::{arabic_key, latin_key};
use crate::text::{is_arabic_char, Document, Lang};

/// Shortest key skeleton that counts as evidence (shorter ones match too many words).
const MIN_SKELETON: usize = 3;

/// Key skeletons of the Arabic words (and of pairs of adjacent words) of a set of documents.
/// Built once, in time linear in the text; a lookup is one hash probe.
#[derive(Debug, Clone, Default)]
pub struct ArabicEvidence {
    keys: HashSet<String>,
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
        let mut evidence = ArabicEvidence::new();
        for text in texts {
            let mut previous: Vec<&str> = Vec::new();
            // Words separated by anything that is not an Arabic letter; a punctuation mark or
            // a Latin word between two words ends a pair.
            let mut last_end = 0;
            for (start, word) in arabic_words(text) {
                if stop.stop_ar.contains(word) {
                    previous.clear();
                    last_end = start + word.len();
                    continue;
                }
                let forms = forms(word);
                let joined = text[last_end..start].chars().all(char::is_whitespace);
                if joined {
                    for p in &previous {
                        for f in &forms {
                            evidence.insert(&format!("{p} {f}"));
                        }
                    }
                }
                for f in &forms {
                    evidence.insert(f);
                }
                previous = forms;
                last_end = start + word.len();
            }
        }
        evidence
    }

    /// The evidence of the Arabic documents among `docs`.
    pub fn from_documents(docs: &[&Document]) -> ArabicEvidence {
        ArabicEvidence::from_texts(
            docs.iter()
                .filter(|d| d.lang == Lang::Ar)
                .map(|d| d.text.as_str()),
        )
    }

    fn insert(&mut self, arabic: &str) {
        let skeleton = arabic_key(arabic).skeleton;
        if skeleton.len() >= MIN_SKELETON {
            self.keys.insert(skeleton);
        }
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

/// The Arabic words of a text with their byte offsets.
fn arabic_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(is_arabic_char(c) && c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
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
}
