//! Arabic–English word translations for scoring sentence pairs.
//!
//! A [`Lexicon`] maps Arabic stems to English stems (and back) with a weight in (0, 1]. Both sides
//! are keyed exactly the way sentences are prepared for scoring — Arabic:
//! `stem_ar(&arabic::normalize(word))` ([`ar_key`]); English: `stem_en(&word.to_lowercase())`
//! ([`en_key`]) — so a scorer can look tokens up directly.
//!
//! **Speed.** Stems are interned to dense `u32` ids. A scorer converts each sentence's stems to
//! ids once ([`Lexicon::ar_id`], [`Lexicon::en_id`]), then works with ids only: per-id
//! translation lists are `&[(u32, f32)]` sorted by id, so [`Lexicon::weight`] is a binary search
//! and intersecting a list with a sorted sentence is a merge. No hashing or allocation per pair.
//!
//! Sources: the embedded project lexicon ([`Lexicon::embedded`]), user files ([`Lexicon::load`]:
//! TSV/MUSE, FreeDict dictd), and lexicons learned from parallel text ([`learn`]).
//!
//! An Arabic word the light stemmer leaves inflected is found under the form the lexicon lists
//! by the back-off look-ups of `backoff.rs` ([`Lexicon::ar_id_backoff`],
//! [`Lexicon::split_run_together`]).

mod backoff;
pub mod compiled;
mod dictd;
pub mod learn;
pub mod parallel;
mod tsv;

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::error::Result;
use crate::text::tokens::{
    content_words, key_of_normalized, normalize_english_word, stem_ar, AR_PARTICLES,
};
use crate::text::{arabic, is_arabic_char, Lang};

pub use backoff::{runs_words_together, RUN_TOGETHER_MAX_WORDS, RUN_TOGETHER_MIN_LETTERS};
pub use dictd::read_dictd;
pub use tsv::{parse_tsv, Parsed, STEMS_HEADER};

/// The project's own lexicon, compiled ahead of time ([`compiled`]) and embedded.
const EMBEDDED_COMPILED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/lexicon/compiled.tsv"
));

/// The common English words of the project lexicon's glosses, one per line.
pub(crate) const EMBEDDED_ENGLISH_WORDS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/lexicon/english-words.txt"
));

/// One row of a lexicon source, before keying: words or phrases as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub arabic: String,
    pub english: String,
    pub weight: f32,
}

/// Arabic–English stem translations with interned ids; see the module documentation.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    ar: Interner,
    en: Interner,
    /// Indexed by Arabic id: English ids with weights, sorted by id, one entry per id.
    ar_to_en: Vec<Vec<(u32, f32)>>,
    /// Indexed by English id: Arabic ids with weights, sorted by id.
    en_to_ar: Vec<Vec<(u32, f32)>>,
    pairs: usize,
    /// Most words in an Arabic and in an English phrase key (1 when there are no phrases).
    longest_phrase: [usize; 2],
    /// The first word key of every Arabic and every English phrase key: most words start none,
    /// and a sentence's runs of words from them need not be joined and looked up.
    phrase_starts: [rustc_hash::FxHashSet<String>; 2],
    /// The source file that gave each pair its weight (by index into `source_names`), for
    /// lexicons compiled from named sources.
    origins: HashMap<(u32, u32), u16>,
    source_names: Vec<String>,
    /// The source whose rows are being inserted.
    current_source: Option<u16>,
}

/// Separates the words of a phrase key: a space, which no word key holds.
pub const PHRASE_SEPARATOR: &str = " ";

#[derive(Debug, Clone, Default)]
struct Interner {
    /// Looked up and added to only, never iterated (ids go by first appearance): FxHash, faster
    /// than SipHash on the short keys every word of every sentence is looked up by.
    ids: rustc_hash::FxHashMap<String, u32>,
    stems: Vec<String>,
}

impl Interner {
    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = u32::try_from(self.stems.len()).expect("fewer than 2^32 stems");
        self.ids.insert(stem.to_string(), id);
        self.stems.push(stem.to_string());
        id
    }
}

/// The lexicon key of an Arabic word: normalized, then light-stemmed.
pub fn ar_key(word: &str) -> String {
    stem_ar(&arabic::normalize(word)).to_string()
}

/// The key the definite form of a one-word entry gets, when it differs from the entry's own
/// `key`: Light10 reads the first letter of a word beginning with و as the conjunction (وزير →
/// زير) but removes only one prefix, so الوزير keys as وزير and would never meet the entry.
/// The entry is also kept under that key. (Stemming the definite form as the bare one instead
/// would make الوزارة زار "visited" and الوسيلة سيل "flood": the bare forms' collisions, on
/// the far more frequent definite forms.)
fn definite_key(arabic: &str, key: &str) -> Option<String> {
    let word = arabic::normalize(arabic.trim());
    if word.contains(char::is_whitespace) || !word.starts_with('و') || key.starts_with('و') {
        return None;
    }
    let definite = stem_ar(&format!("ال{word}")).to_string();
    (definite != key).then_some(definite)
}

/// The lexicon key of an English word, as texts are keyed: lowercased, apostrophes dropped,
/// then Snowball-stemmed unless it is an abbreviation (`U.S.` is `u.s`, not the pronoun).
pub fn en_key(word: &str) -> String {
    // A final period is the sentence's, as the tokenizer sees it (U.S. is the token U.S).
    let word = word.trim_end_matches('.');
    key_of_normalized(&normalize_english_word(word), Lang::En, word.contains('.'))
}

/// The keys of the content words of a text (stop words and non-words dropped), in order: the
/// same stems the scorer looks up ([`content_words`]), so that a lexicon's `don't` and `U.S.`
/// meet the texts' words.
pub(crate) fn sentence_keys(text: &str, lang: Lang) -> Vec<String> {
    content_words(text, lang)
        .into_iter()
        .filter(|w| {
            // Words only, and in their own script: a Latin acronym copied into Arabic text is
            // not an Arabic word to translate (and MUSE's Arabic column holds transliterations).
            let word = &text[w.span.clone()];
            match lang {
                Lang::Ar => word.chars().any(is_arabic_char),
                Lang::En => {
                    word.chars().any(char::is_alphabetic) && !word.chars().any(is_arabic_char)
                }
            }
        })
        .map(|w| w.stem)
        .collect()
}

/// [`sentence_keys`] without repeats: the stems a phrase contributes to a lexicon.
pub(crate) fn content_keys(phrase: &str, lang: Lang) -> Vec<String> {
    let mut keys = sentence_keys(phrase, lang);
    let mut seen = std::collections::HashSet::new();
    keys.retain(|k| seen.insert(k.clone()));
    keys
}

/// Arabic negations, as lexicon keys: the particles the stemmer protects, and غير "non-, un-"
/// (not protected there: غيره "other than him" is rightly غير).
fn is_ar_negation(key: &str) -> bool {
    AR_PARTICLES.contains(&key) || key == "غير"
}

/// English negations, as lexicon keys: Snowball stems (nothing is noth), contractions without
/// their apostrophe (don't is dont).
fn is_en_negation(key: &str) -> bool {
    const NEGATIONS: [&str; 24] = [
        "not", "no", "never", "nor", "neither", "none", "noth", "nobodi", "cannot", "dont",
        "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "isnt", "arent",
        "wasnt", "werent", "hasnt", "havent", "hadnt",
    ];
    NEGATIONS.contains(&key)
}

impl Lexicon {
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The embedded project lexicon, parsed once.
    pub fn embedded() -> &'static Lexicon {
        static EMBEDDED: OnceLock<Lexicon> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            compiled::from_compiled(EMBEDDED_COMPILED, "corpus/lexicon/compiled.tsv")
                .expect("the embedded lexicon is valid (checked by a unit test)")
        })
    }

    /// Builds a lexicon from words or phrases as written. Every content word of the Arabic side
    /// is paired with every content word of the English side ("to go out" → go, out), so glosses
    /// can be copied from a dictionary as they are; a pair seen twice keeps its best weight.
    pub fn from_entries<I>(entries: I) -> Lexicon
    where
        I: IntoIterator<Item = Entry>,
    {
        let mut lexicon = Lexicon::new();
        for entry in entries {
            lexicon.insert_phrase(&entry.arabic, &entry.english, entry.weight);
        }
        lexicon
    }

    /// Builds a lexicon from stems as they are (a learned lexicon: keys are already stems).
    pub fn from_stem_pairs<I, A, E>(pairs: I) -> Lexicon
    where
        I: IntoIterator<Item = (A, E, f32)>,
        A: AsRef<str>,
        E: AsRef<str>,
    {
        let mut lexicon = Lexicon::new();
        for (ar, en, weight) in pairs {
            lexicon.insert_stems(ar.as_ref(), en.as_ref(), weight);
        }
        lexicon
    }

    fn from_parsed(parsed: tsv::Parsed) -> Lexicon {
        if parsed.stems {
            Lexicon::from_stem_pairs(
                parsed
                    .entries
                    .into_iter()
                    .map(|e| (e.arabic, e.english, e.weight)),
            )
        } else {
            Lexicon::from_entries(parsed.entries)
        }
    }

    /// Reads a lexicon file, by format: FreeDict dictd (`.index`, `.dict`, `.dict.dz`: the
    /// other files are found beside it) or TSV (anything else; MUSE's space-separated pairs too).
    pub fn load(path: &Path) -> Result<Lexicon> {
        let name = path.to_string_lossy();
        if [".index", ".dict", ".dict.dz"]
            .iter()
            .any(|ext| name.ends_with(ext))
        {
            return read_dictd(path).map(Lexicon::from_entries);
        }
        let source = crate::text::read_source(&name)?;
        Lexicon::from_tsv(&source.text, &source.path)
    }

    /// A lexicon from the text of a TSV lexicon file; `name` names it in errors.
    pub fn from_tsv(text: &str, name: &str) -> Result<Lexicon> {
        parse_tsv(text, name).map(Lexicon::from_parsed)
    }

    /// Adds a row as written. A side of two content words or more is a phrase: its word keys,
    /// joined by [`PHRASE_SEPARATOR`], make one key that a sentence matches as a unit
    /// (`Scorer::prepare`), so كأس العالم → World Cup never lends "cup" to عالم. A side of one
    /// content word is that word's key. A negation in a multi-word row with one content word
    /// on a side (لا سيما "especially": لا is the only content word) pairs only with a
    /// negation: not every لا means "especially".
    pub fn insert_phrase(&mut self, arabic: &str, english: &str, weight: f32) {
        let ar_keys = sentence_keys(arabic, Lang::Ar);
        let en_keys = sentence_keys(english, Lang::En);
        let (Some(ar_first), Some(en_first)) = (ar_keys.first(), en_keys.first()) else {
            return;
        };
        if ar_keys.len() == 1 && en_keys.len() == 1 {
            let ar_phrase = arabic.split_whitespace().nth(1).is_some();
            let en_phrase = english.split_whitespace().nth(1).is_some();
            let (ar_negation, en_negation) = (is_ar_negation(ar_first), is_en_negation(en_first));
            let stray = (ar_negation && ar_phrase && !en_negation)
                || (en_negation && en_phrase && !ar_negation);
            if !stray {
                self.insert_stems(ar_first, en_first, weight);
                if let Some(definite) = definite_key(arabic, ar_first) {
                    self.insert_stems(&definite, en_first, weight);
                }
            }
            return;
        }
        self.insert_stems(
            &ar_keys.join(PHRASE_SEPARATOR),
            &en_keys.join(PHRASE_SEPARATOR),
            weight,
        );
    }

    /// Adds a stem pair, keeping the higher weight when the pair is already there. A key with
    /// [`PHRASE_SEPARATOR`] in it is a phrase.
    pub fn insert_stems(&mut self, ar_stem: &str, en_stem: &str, weight: f32) {
        for (side, key) in [(0, ar_stem), (1, en_stem)] {
            let words = key.split(PHRASE_SEPARATOR).count();
            self.longest_phrase[side] = self.longest_phrase[side].max(words);
            if let Some((first, _)) = key.split_once(PHRASE_SEPARATOR) {
                if !self.phrase_starts[side].contains(first) {
                    self.phrase_starts[side].insert(first.to_string());
                }
            }
        }
        let ar = self.ar.intern(ar_stem);
        let en = self.en.intern(en_stem);
        grow_to(&mut self.ar_to_en, ar);
        grow_to(&mut self.en_to_ar, en);
        // Only a lexicon compiled from named sources records which one gave the weight.
        if let Some(source) = self.current_source {
            if weight > self.weight(ar, en) {
                self.origins.insert((ar, en), source);
            }
        }
        if upsert_max(&mut self.ar_to_en[ar as usize], en, weight) {
            self.pairs += 1;
        }
        upsert_max(&mut self.en_to_ar[en as usize], ar, weight);
    }

    /// The source file that gave a pair its weight, when the lexicon was compiled from named
    /// sources (the embedded one is).
    pub fn origin(&self, ar: u32, en: u32) -> Option<&str> {
        let source = *self.origins.get(&(ar, en))?;
        self.source_names.get(source as usize).map(String::as_str)
    }

    /// Whether this lexicon looks like `base` with stem pairs added ([`Lexicon::merge`] of a
    /// lexicon without phrases): as many stems at least on each side, the last of `base`'s at
    /// the same id, and phrases as long. A cheap check, not a proof.
    pub fn extends(&self, base: &Lexicon) -> bool {
        let same_last = |mine: &Interner, theirs: &Interner| {
            mine.stems.len() >= theirs.stems.len()
                && theirs
                    .stems
                    .last()
                    .is_none_or(|stem| mine.stems[theirs.stems.len() - 1] == *stem)
        };
        same_last(&self.ar, &base.ar)
            && same_last(&self.en, &base.en)
            && (0..2)
                .all(|side| self.longest_phrase[side].max(1) == base.longest_phrase[side].max(1))
    }

    /// Adds every pair of `other`, keeping the higher weight on overlaps. What this lexicon
    /// finds for a word is kept: an Arabic key it does not list but reaches by back-off (a
    /// learned table keys لمعرفة as لمعرف, which this lexicon reads as معرفة "know") would
    /// otherwise hide the senses the back-off found, since the scorer takes the first key
    /// known. The key takes them along with `other`'s (QA 35: a three-line `--memory` turned a
    /// matched quote weak).
    pub fn merge(&mut self, other: &Lexicon) {
        let mut inherited: Vec<(String, String, f32)> = Vec::new();
        for (ar, list) in other.ar.stems.iter().zip(&other.ar_to_en) {
            if list.is_empty() || ar.contains(PHRASE_SEPARATOR) || self.ar_id(ar).is_some() {
                continue;
            }
            if let Some(found) = self.ar_id_backoff(ar) {
                inherited.extend(
                    self.translations_of_ar_id(found)
                        .iter()
                        .map(|&(en, w)| (ar.clone(), self.en_stem(en).to_string(), w)),
                );
            }
        }
        for (ar, en, weight) in &inherited {
            self.insert_stems(ar, en, *weight);
        }
        for (ar, en, weight) in other.pairs() {
            self.insert_stems(ar, en, weight);
        }
    }

    /// Number of (Arabic stem, English stem) pairs.
    pub fn len(&self) -> usize {
        self.pairs
    }

    pub fn is_empty(&self) -> bool {
        self.pairs == 0
    }

    /// Id of an Arabic stem (a key from [`ar_key`]), if the lexicon knows it.
    pub fn ar_id(&self, ar_stem: &str) -> Option<u32> {
        self.ar.ids.get(ar_stem).copied()
    }

    /// The id a text (a word or a phrase, as written) has in this lexicon, looked up as the
    /// scorer looks sentences up: a phrase by its words' keys, an Arabic word by its light stem
    /// and then the clitic back-off ([`Lexicon::ar_id_backoff`]), an English word by its key.
    /// Returns the id and the key it was found under.
    pub fn lookup(&self, text: &str, lang: Lang) -> Option<(u32, String)> {
        let keys = sentence_keys(text, lang);
        if keys.len() > 1 {
            let words: Vec<&str> = keys.iter().map(String::as_str).collect();
            let id = self.phrase_id(lang, &words)?;
            return Some((id, keys.join(PHRASE_SEPARATOR)));
        }
        let id = match lang {
            Lang::Ar => {
                let normalized = arabic::normalize(text.trim());
                self.ar_word_id(stem_ar(&normalized), &normalized)?
            }
            Lang::En => self.en_id(&en_key(text.trim()))?,
        };
        Some((id, self.stem(lang, id).to_string()))
    }

    /// The id of a key (a stem or a phrase key) of `lang`.
    pub fn id(&self, lang: Lang, key: &str) -> Option<u32> {
        match lang {
            Lang::Ar => self.ar_id(key),
            Lang::En => self.en_id(key),
        }
    }

    /// The key (stem or phrase key) of an id of `lang`. Panics on an id this lexicon did not
    /// hand out.
    pub fn stem(&self, lang: Lang, id: u32) -> &str {
        match lang {
            Lang::Ar => self.ar_stem(id),
            Lang::En => self.en_stem(id),
        }
    }

    /// The translations of an id of `lang`: (the other side's id, weight), sorted by id.
    pub fn translations_of(&self, lang: Lang, id: u32) -> &[(u32, f32)] {
        match lang {
            Lang::Ar => self.translations_of_ar_id(id),
            Lang::En => self.translations_of_en_id(id),
        }
    }

    /// Most words in a phrase key of `lang` (1: the lexicon has no phrases on that side).
    pub fn longest_phrase(&self, lang: Lang) -> usize {
        self.longest_phrase[match lang {
            Lang::Ar => 0,
            Lang::En => 1,
        }]
        .max(1)
    }

    /// Whether some phrase key of `lang` starts with the word key `key` (which holds no
    /// [`PHRASE_SEPARATOR`]): if not, no run of words starting with it is a phrase.
    pub fn may_start_phrase(&self, lang: Lang, key: &str) -> bool {
        self.phrase_starts[match lang {
            Lang::Ar => 0,
            Lang::En => 1,
        }]
        .contains(key)
    }

    /// Id of a phrase: its words' keys, in order ([`Lexicon::insert_phrase`]).
    pub fn phrase_id(&self, lang: Lang, keys: &[&str]) -> Option<u32> {
        if keys.len() < 2 || keys.len() > self.longest_phrase(lang) {
            return None;
        }
        self.id(lang, &keys.join(PHRASE_SEPARATOR))
    }

    /// Whether an id of `lang` is a phrase, not a word.
    pub fn is_phrase(&self, lang: Lang, id: u32) -> bool {
        self.stem(lang, id).contains(PHRASE_SEPARATOR)
    }

    /// Id of an English stem (a key from [`en_key`]), if the lexicon knows it.
    pub fn en_id(&self, en_stem: &str) -> Option<u32> {
        self.en.ids.get(en_stem).copied()
    }

    /// The Arabic stem of an id. Panics on an id this lexicon did not hand out.
    pub fn ar_stem(&self, id: u32) -> &str {
        &self.ar.stems[id as usize]
    }

    /// The English stem of an id. Panics on an id this lexicon did not hand out.
    pub fn en_stem(&self, id: u32) -> &str {
        &self.en.stems[id as usize]
    }

    /// English translations of an Arabic stem: `(english id, weight)`, sorted by id.
    pub fn translations_ar(&self, ar_stem: &str) -> &[(u32, f32)] {
        self.ar_id(ar_stem)
            .map_or(&[], |id| self.translations_of_ar_id(id))
    }

    /// Arabic translations of an English stem: `(arabic id, weight)`, sorted by id.
    pub fn translations_en(&self, en_stem: &str) -> &[(u32, f32)] {
        self.en_id(en_stem)
            .map_or(&[], |id| self.translations_of_en_id(id))
    }

    pub fn translations_of_ar_id(&self, ar: u32) -> &[(u32, f32)] {
        self.ar_to_en.get(ar as usize).map_or(&[], Vec::as_slice)
    }

    pub fn translations_of_en_id(&self, en: u32) -> &[(u32, f32)] {
        self.en_to_ar.get(en as usize).map_or(&[], Vec::as_slice)
    }

    /// Weight of the pair (0.0 when it is not in the lexicon). A binary search, no hashing.
    pub fn weight(&self, ar: u32, en: u32) -> f32 {
        let list = self.translations_of_ar_id(ar);
        list.binary_search_by_key(&en, |&(id, _)| id)
            .map_or(0.0, |i| list[i].1)
    }

    /// All pairs as `(arabic stem, english stem, weight)`, in id order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str, f32)> + '_ {
        self.ar_to_en
            .iter()
            .enumerate()
            .flat_map(move |(ar, list)| {
                list.iter().map(move |&(en, w)| {
                    (
                        self.ar.stems[ar].as_str(),
                        self.en.stems[en as usize].as_str(),
                        w,
                    )
                })
            })
    }
}

fn grow_to<T: Default>(lists: &mut Vec<T>, id: u32) {
    if lists.len() <= id as usize {
        lists.resize_with(id as usize + 1, T::default);
    }
}

/// Inserts `(id, weight)` into a list sorted by id, or raises the weight; true when inserted.
fn upsert_max(list: &mut Vec<(u32, f32)>, id: u32, weight: f32) -> bool {
    match list.binary_search_by_key(&id, |&(i, _)| i) {
        Ok(i) => {
            list[i].1 = list[i].1.max(weight);
            false
        }
        Err(i) => {
            list.insert(i, (id, weight));
            true
        }
    }
}

#[cfg(test)]
mod tests;
