//! Sentences prepared for scoring: content words with their lexicon ids, name keys and Latin
//! spellings, the numbers, the length — computed once per sentence, so that scoring a pair only
//! searches small sorted vectors.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::Scorer;
use crate::lexicon::runs_words_together;
use crate::names::key::{arabic_key, latin_key};
use crate::names::loose::{loose_arabic_key, loose_latin_key};
use crate::text::numbers::{self, Quantity};
use crate::text::tokens::{content_word, content_words, stem_ar, visible_latin, ContentWord};
use crate::text::{arabic, is_arabic_char, Lang};

/// One content word of a prepared sentence.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Term {
    /// Lexicon id on this side's language, if the lexicon knows the stem.
    pub(super) id: Option<u32>,
    /// Hashes of the romanization skeleton and of the loose key ([`crate::names::loose`]),
    /// for words that may be names.
    pub(super) names: [Option<u64>; 3],
    /// Hash of the lowercased Latin word (acronyms and names copied as they are).
    pub(super) latin: Option<u64>,
    pub(super) weight: f32,
    pub(super) span: (u32, u32),
    /// The sentence's quantity ([`Prepared::numbers`]) this word spells ("eight", ثمانية).
    pub(super) quantity: Option<u16>,
    /// The lexicon found the word under its own key, or the word is looked up in no lexicon: a
    /// lexicon that only adds pairs to this one gives it the same id ([`Scorer::rekey_side`]).
    pub(super) settled: bool,
}

/// Consecutive content words that make a phrase of the lexicon (كأس العالم, World Cup).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Phrase {
    /// The phrase's lexicon id.
    pub(super) id: u32,
    /// The terms it is made of: `terms[first..end]`.
    pub(super) first: u32,
    pub(super) end: u32,
    pub(super) span: (u32, u32),
}

/// A sentence (or any span) prepared for scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub lang: Lang,
    pub(super) text: String,
    pub(super) terms: Vec<Term>,
    /// Phrases of the lexicon among the terms, in order, never overlapping.
    pub(super) phrases: Vec<Phrase>,
    /// Lexicon ids of the terms and phrases, sorted and unique.
    pub(super) ids: Vec<u32>,
    pub(super) names: Vec<u64>,
    pub(super) latin: Vec<u64>,
    pub(super) numbers: Vec<Quantity>,
    /// Length in characters after normalization, white space folded.
    pub(super) chars: usize,
    /// Which of `ids` may be here ([`KeyMask`]): most lookups of a translation that is not in
    /// the sentence end on one bit instead of a binary search.
    pub(super) id_mask: KeyMask,
    /// The same for `names` and `latin`.
    pub(super) word_mask: KeyMask,
}

/// A 512-bit Bloom filter of one hash per key: a clear bit proves a key absent, a set bit sends
/// the lookup to the sorted vector. It only saves time, it never changes a result. (With 256
/// bits, a bead of three sentences of 20 ids each sent one look-up in five to a binary search.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyMask([u64; 8]);

impl KeyMask {
    fn bit(key: u64) -> (usize, u64) {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55;
        ((h >> 6) as usize, 1u64 << (h & 63))
    }

    pub(super) fn insert(&mut self, key: u64) {
        let (word, bit) = KeyMask::bit(key);
        self.0[word] |= bit;
    }

    pub(super) fn may_contain(&self, key: u64) -> bool {
        let (word, bit) = KeyMask::bit(key);
        self.0[word] & bit != 0
    }

    pub(super) fn union(&self, other: &KeyMask) -> KeyMask {
        let mut out = *self;
        for (a, b) in out.0.iter_mut().zip(other.0) {
            *a |= b;
        }
        out
    }

    /// The union of the masks of `sentences`.
    pub(super) fn of<'a>(
        sentences: impl IntoIterator<Item = &'a Prepared>,
        mask: impl Fn(&Prepared) -> &KeyMask,
    ) -> KeyMask {
        sentences
            .into_iter()
            .fold(KeyMask::default(), |acc, s| acc.union(mask(s)))
    }
}

impl Prepared {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn numbers(&self) -> &[Quantity] {
        &self.numbers
    }

    pub fn chars(&self) -> usize {
        self.chars
    }

    /// How many content words scoring the sentence goes through.
    pub fn content_words(&self) -> usize {
        self.terms.len()
    }

    /// What an inverted index over prepared sentences files this one under: its lexicon ids,
    /// name keys and Latin words.
    pub fn index_keys(&self) -> impl Iterator<Item = IndexKey> + '_ {
        self.ids
            .iter()
            .map(|&i| IndexKey::Word(i))
            .chain(self.names.iter().map(|&n| IndexKey::Name(n)))
            .chain(self.latin.iter().map(|&l| IndexKey::Latin(l)))
    }
}

/// A key of an inverted index over Arabic sentences (see [`Scorer::query_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndexKey {
    /// An Arabic lexicon id.
    Word(u32),
    /// A romanization skeleton hash.
    Name(u64),
    /// A Latin word hash.
    Latin(u64),
}

/// How much a word that occurs everywhere still counts (crate::tuning, `rarity.idf_floor`).
const IDF_FLOOR: f32 = crate::tuning::TUNING.rarity.idf_floor;

/// One side of a comparison: every sentence of one language that competes for a match (a
/// document, all sources of a check together, a report with its quotes), prepared for scoring
/// and weighed by rarity within the side. [`Scorer::prepare_side`] is the one way to build it,
/// so that no caller scores sentences whose weights were never adjusted.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedSide {
    pub lang: Lang,
    /// The sentences in the order given.
    pub sentences: Vec<Prepared>,
}

impl PreparedSide {
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }
}

impl std::ops::Deref for PreparedSide {
    type Target = [Prepared];
    fn deref(&self) -> &[Prepared] {
        &self.sentences
    }
}

impl Scorer<'_> {
    /// Prepares every text of one side (in parallel) and weighs its words by their rarity on
    /// that side: a word every sentence shares tells the sentences apart poorly.
    pub fn prepare_side<S: AsRef<str> + Sync>(&self, texts: &[S], lang: Lang) -> PreparedSide {
        use rayon::prelude::*;
        let mut sentences: Vec<Prepared> = texts
            .par_iter()
            .map(|t| self.prepare(t.as_ref(), lang))
            .collect();
        weigh_by_rarity(&mut sentences);
        PreparedSide { lang, sentences }
    }
}

impl Scorer<'_> {
    /// `side`, prepared by `base`, as [`Scorer::prepare_side`] with this scorer prepares the same
    /// texts, when this scorer's lexicon is `base`'s with pairs of single stems added
    /// ([`crate::lexicon::Lexicon::merge`] keeps every id; the aligner's second pass,
    /// [`crate::align::two_pass`]) and both scorers have the same parameters. Only the words
    /// `base` did not find under their own key are looked up again, only the sentences where
    /// one of them now finds something else are prepared again, and the side is weighed by
    /// rarity anew: the same sentences, without tokenizing and stemming everything twice.
    pub fn rekey_side(&self, base: &Scorer, side: PreparedSide) -> PreparedSide {
        use rayon::prelude::*;
        assert!(
            self.params == base.params && self.lexicon.extends(base.lexicon),
            "rekey_side needs the same parameters and a lexicon that extends the first"
        );
        let lang = side.lang;
        let mut sentences = side.sentences;
        sentences
            .par_iter_mut()
            .for_each(|sentence| self.rekey(sentence));
        weigh_by_rarity(&mut sentences);
        PreparedSide { lang, sentences }
    }

    /// [`Scorer::rekey_side`] for one sentence, before the weighing by rarity: each word `base`
    /// did not find under its own key is looked up again; where one now finds something else,
    /// the sentence's terms are made again — those words' anew, the others' as they were, with
    /// the light stem of a settled word being its lexicon key (none for a word in the other
    /// script) — and what derives from the terms is derived again. Every term is weighed as a
    /// word again.
    fn rekey(&self, sentence: &mut Prepared) {
        let lang = sentence.lang;
        // The unsettled tokens: where their terms start and end, their content word, and
        // whether they change.
        let mut unsettled: Vec<(usize, usize, ContentWord, bool)> = Vec::new();
        let mut k = 0;
        while k < sentence.terms.len() {
            let term = &sentence.terms[k];
            // The words run together of one token share its span: the token is one group.
            let end = k + sentence.terms[k..]
                .iter()
                .take_while(|t| t.span == term.span)
                .count();
            if !term.settled || end - k > 1 {
                let span = term.span.0 as usize..term.span.1 as usize;
                let content = content_word(&sentence.text[span.clone()], lang, span)
                    .expect("a term is a content word");
                let changes = self.finds_other(&sentence.text, &content, &sentence.terms[k..end]);
                unsettled.push((k, end, content, changes));
            }
            k = end;
        }
        if unsettled.iter().any(|u| u.3) {
            let old = std::mem::take(&mut sentence.terms);
            let mut terms: Vec<Term> = Vec::with_capacity(old.len());
            let mut stems: Vec<String> = Vec::with_capacity(old.len());
            let mut next = unsettled.into_iter().peekable();
            let mut k = 0;
            while k < old.len() {
                match next.next_if(|u| u.0 == k) {
                    Some((_, end, content, true)) => {
                        let first = terms.len();
                        let text = &sentence.text;
                        self.word_terms(text, &content, lang, &mut terms, &mut stems);
                        for t in &mut terms[first..] {
                            t.quantity = old[k].quantity;
                        }
                        k = end;
                    }
                    Some((_, end, content, false)) => {
                        terms.push(old[k].clone());
                        stems.push(content.stem);
                        k = end;
                    }
                    None => {
                        let t = &old[k];
                        stems.push(match t.id {
                            Some(id) => self.lexicon.stem(lang, id).to_string(),
                            None => String::new(),
                        });
                        terms.push(t.clone());
                        k += 1;
                    }
                }
            }
            sentence.terms = terms;
            self.index_terms(sentence, &stems);
        }
        for t in &mut sentence.terms {
            t.weight = self.term_weight(t.id, &t.names);
        }
    }

    /// The words an unknown token of `text` is made of, when it is several run together: every
    /// one known ([`Lexicon::split_run_together`](crate::lexicon::Lexicon::split_run_together)),
    /// or, in a text that runs its words together, known words around unknown ones
    /// ([`Lexicon::split_run_with_unknown`](crate::lexicon::Lexicon::split_run_with_unknown)).
    fn run_words<'w>(&self, text: &str, normalized_word: &'w str) -> Option<Vec<&'w str>> {
        self.lexicon
            .split_run_together(normalized_word)
            .or_else(|| {
                runs_words_together(text)
                    .then(|| self.lexicon.split_run_with_unknown(normalized_word))
                    .flatten()
            })
    }

    /// Whether this scorer's lexicon makes other terms of the unsettled word `content` than
    /// `old` (one term; several for words run together, which are always made again). Every
    /// look-up of a word is the first hit in a fixed list of keys, so a lexicon that only adds
    /// keys finds the same id unless it finds a new one; words that found nothing are split
    /// into words run together when the new lexicon knows their pieces.
    fn finds_other(&self, text: &str, content: &ContentWord, old: &[Term]) -> bool {
        if old.len() > 1 {
            return true;
        }
        match old[0].latin {
            // An English word (a Latin word in Arabic text is settled).
            Some(_) => self.lexicon.en_id(&content.stem) != old[0].id,
            None => {
                let id = self.lexicon.ar_word_id(&content.stem, &content.normalized);
                id != old[0].id
                    || id.is_none() && self.run_words(text, &content.normalized).is_some()
            }
        }
    }
}

/// Reweights the content words of a set of sentences of one language by inverse document
/// frequency within the set, so that words shared by many sentences decide less.
fn weigh_by_rarity(sentences: &mut [Prepared]) {
    let n = sentences.len();
    if n < 2 {
        return;
    }
    // Looked up only, never iterated: a hasher faster than SipHash changes nothing.
    let mut df: rustc_hash::FxHashMap<(u8, u64), u32> = Default::default();
    for s in sentences.iter() {
        let mut seen: Vec<(u8, u64)> = s.terms.iter().map(term_identity).collect();
        seen.sort_unstable();
        seen.dedup();
        for k in seen {
            *df.entry(k).or_default() += 1;
        }
    }
    let top = ((n + 1) as f32).ln();
    for s in sentences.iter_mut() {
        for t in &mut s.terms {
            let d = df[&term_identity(t)] as f32;
            let idf = ((n + 1) as f32 / d).ln() / top;
            t.weight *= IDF_FLOOR + (1.0 - IDF_FLOOR) * idf;
        }
    }
}

/// What makes two terms the same word for counting: the lexicon id, else the name key, else the
/// Latin spelling, else the span's identity (never shared).
fn term_identity(t: &Term) -> (u8, u64) {
    match (t.id, t.names[0].or(t.names[1]), t.latin) {
        (Some(id), _, _) => (0, id as u64),
        (None, Some(name), _) => (1, name),
        (None, None, Some(latin)) => (2, latin),
        (None, None, None) => (3, ((t.span.0 as u64) << 32) | t.span.1 as u64),
    }
}

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn sorted_unique<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
}

/// A name written with an attached conjunction or preposition (وسلمى "and Salma", بكفردبل "in
/// Kafrdabla") keeps its romanization only without it. A word of three letters or fewer is left
/// whole: و and ب begin many short names (وادي is Wadi).
fn without_clitic(word: &str) -> &str {
    match word.strip_prefix(['و', 'ب', 'ل', 'ف']) {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => word,
    }
}

/// Skeletons of one consonant are too common to identify a name.
fn name_hash(skeleton: &str) -> Option<u64> {
    (skeleton.chars().count() >= 2).then(|| hash_str(skeleton))
}

/// The strict and loose name keys of a word, hashed apart (a strict key never meets a loose
/// one). `None` where a key is too short.
fn name_hashes(strict: &str, loose: &str) -> [Option<u64>; 3] {
    [name_hash(strict), loose_hash(loose), None]
}

/// Shortest loose key hashed (crate::tuning, `rarity.loose_key_min`).
const LOOSE_MIN: usize = crate::tuning::TUNING.rarity.loose_key_min;

fn loose_hash(loose: &str) -> Option<u64> {
    (loose.chars().count() >= LOOSE_MIN)
        .then(|| hash_str(loose).rotate_left(1) ^ 0x9e37_79b9_7f4a_7c15)
}

impl Scorer<'_> {
    /// Prepares a span of text in `lang` for scoring.
    pub fn prepare(&self, text: &str, lang: Lang) -> Prepared {
        let mut terms = Vec::new();
        // The light stem of each term, for finding phrases ("" for a word in the other script).
        let mut stems: Vec<String> = Vec::new();
        for content in content_words(text, lang) {
            self.word_terms(text, &content, lang, &mut terms, &mut stems);
        }
        // A word is tied to the exact quantity it spells ("eight"), not to its unit ("pounds")
        // nor to a hedged or vague one ("dozens").
        let numbers = numbers::extract(text, lang);
        // The quantities come in order and never overlap, so the one that can hold a term is the
        // last to start at or before it: a binary search, not a scan of every quantity per term
        // (quadratic on a long text full of numbers, such as an unclosed quote).
        debug_assert!(numbers.windows(2).all(|w| w[0].end <= w[1].start));
        for t in &mut terms {
            let (start, end) = (t.span.0 as usize, t.span.1 as usize);
            let at = numbers.partition_point(|q| q.start <= start).checked_sub(1);
            t.quantity = at
                .filter(|&i| {
                    let q = &numbers[i];
                    end <= q.end && !q.approximate
                })
                .filter(|_| !numbers::extract(&text[start..end], lang).is_empty())
                .and_then(|i| u16::try_from(i).ok());
        }
        let chars = match lang {
            Lang::Ar => arabic::normalize(text)
                .split_whitespace()
                .map(|w| w.chars().count() + 1)
                .sum(),
            Lang::En => text.split_whitespace().map(|w| w.chars().count() + 1).sum(),
        };
        let mut prepared = Prepared {
            id_mask: KeyMask::default(),
            word_mask: KeyMask::default(),
            lang,
            text: text.to_string(),
            terms,
            phrases: Vec::new(),
            ids: Vec::new(),
            names: Vec::new(),
            latin: Vec::new(),
            numbers,
            chars,
        };
        self.index_terms(&mut prepared, &stems);
        prepared
    }

    /// Fills what `sentence` derives from its terms (`stems`: the light stem of each): its
    /// phrases, the sorted ids, name keys and Latin words, and their masks.
    fn index_terms(&self, sentence: &mut Prepared, stems: &[String]) {
        let terms = &sentence.terms;
        let phrases = self.find_phrases(terms, stems, sentence.lang);
        let ids = sorted_unique(
            terms
                .iter()
                .filter_map(|t| t.id)
                .chain(phrases.iter().map(|p| p.id))
                .collect(),
        );
        let names = sorted_unique(terms.iter().flat_map(|t| t.names).flatten().collect());
        let latin = sorted_unique(terms.iter().filter_map(|t| t.latin).collect());
        let mut id_mask = KeyMask::default();
        ids.iter().for_each(|&id| id_mask.insert(id as u64));
        let mut word_mask = KeyMask::default();
        names
            .iter()
            .chain(&latin)
            .for_each(|&key| word_mask.insert(key));
        sentence.phrases = phrases;
        sentence.ids = ids;
        sentence.names = names;
        sentence.latin = latin;
        sentence.id_mask = id_mask;
        sentence.word_mask = word_mask;
    }

    /// What one content word of `text` adds to a prepared sentence: its term (several for words
    /// run together), weighed as a word before rarity, and the light stem of each (empty for a
    /// word in the other script), for finding phrases.
    fn word_terms(
        &self,
        text: &str,
        content: &ContentWord,
        lang: Lang,
        terms: &mut Vec<Term>,
        stems: &mut Vec<String>,
    ) {
        let (term, span) = (&content.stem, content.span.clone());
        let word = &text[span.clone()];
        let arabic_script = word.chars().next().is_some_and(is_arabic_char);
        // Whether the lexicon found the word under its own key (see `Term::settled`); a word
        // looked up in no lexicon is settled too.
        let mut settled = true;
        let (id, name, latin) = match (lang, arabic_script) {
            (Lang::Ar, true) => {
                let (id, names, found_as_written) = self.arabic_word(term, &content.normalized);
                settled = found_as_written;
                if id.is_none() {
                    // Words run together without spaces (text copied out of some PDFs):
                    // score the words the run is made of.
                    if let Some(words) = self.run_words(text, &content.normalized) {
                        for w in words {
                            let (id, names, _) = self.arabic_word(stem_ar(w), w);
                            stems.push(stem_ar(w).to_string());
                            terms.push(Term {
                                id,
                                names,
                                latin: None,
                                weight: self.term_weight(id, &names),
                                span: (span.start as u32, span.end as u32),
                                quantity: None,
                                settled: false,
                            });
                        }
                        return;
                    }
                }
                (id, names, None)
            }
            (Lang::En, false) => {
                let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                let name = if capitalised {
                    // The normalized word has lost its possessive (Kavanaugh's, Jones'),
                    // which is not part of the name.
                    let bare = &content.normalized;
                    name_hashes(&latin_key(bare).skeleton, &loose_latin_key(bare))
                } else {
                    [None, None, None]
                };
                let id = self.lexicon.en_id(term);
                settled = id.is_some();
                (
                    id,
                    name,
                    Some(hash_str(&visible_latin(word).to_lowercase())),
                )
            }
            // A Latin word in Arabic text (an acronym, a name) can only match itself; an
            // Arabic word in an English report only through its romanization.
            (Lang::Ar, false) => (
                None,
                [None, None, None],
                Some(hash_str(&visible_latin(word).to_lowercase())),
            ),
            (Lang::En, true) => (
                None,
                [name_hash(&arabic_key(word).skeleton), None, None],
                None,
            ),
        };
        let weight = self.term_weight(id, &name);
        stems.push(if (lang == Lang::Ar) == arabic_script {
            term.clone()
        } else {
            String::new()
        });
        terms.push(Term {
            id,
            names: name,
            latin,
            weight,
            span: (span.start as u32, span.end as u32),
            quantity: None,
            settled,
        });
    }

    /// The lexicon's phrases among consecutive terms, longest first from each position, never
    /// overlapping. A term with no stem (a word in the other script) ends any phrase. Each word
    /// is tried as its light stem, then as the key the lexicon knows it by through the clitic
    /// back-off (بكأس is كأس), so that a phrase matches whatever is attached to its words.
    fn find_phrases(&self, terms: &[Term], stems: &[String], lang: Lang) -> Vec<Phrase> {
        let longest = self.lexicon.longest_phrase(lang);
        let mut phrases = Vec::new();
        if longest < 2 {
            return phrases;
        }
        let known: Vec<&str> = terms
            .iter()
            .zip(stems)
            .map(|(t, stem)| match (lang, t.id) {
                (Lang::Ar, Some(id)) if !stem.is_empty() => self.lexicon.ar_stem(id),
                _ => stem.as_str(),
            })
            .collect();
        let mut start = 0;
        while start + 1 < stems.len() {
            // A phrase key joins word keys, none of which holds the separator: a run is one
            // only if its first word starts one (as written or as the lexicon knows it).
            let lexicon = self.lexicon;
            if !lexicon.may_start_phrase(lang, &stems[start])
                && !lexicon.may_start_phrase(lang, known[start])
            {
                start += 1;
                continue;
            }
            let most = longest.min(stems.len() - start);
            let found = (2..=most).rev().find_map(|len| {
                let range = start..start + len;
                let light: Vec<&str> = stems[range.clone()].iter().map(String::as_str).collect();
                if light.iter().any(|k| k.is_empty()) {
                    return None;
                }
                let id = self.lexicon.phrase_id(lang, &light).or_else(|| {
                    let known = &known[range];
                    (known != light.as_slice())
                        .then(|| self.lexicon.phrase_id(lang, known))
                        .flatten()
                });
                id.map(|id| (id, len))
            });
            match found {
                Some((id, len)) => {
                    let end = start + len;
                    phrases.push(Phrase {
                        id,
                        first: start as u32,
                        end: end as u32,
                        span: (terms[start].span.0, terms[end - 1].span.1),
                    });
                    start = end;
                }
                None => start += 1,
            }
        }
        phrases
    }

    /// A known word weighs 1, a possible name `name_weight`, any other word `unknown_weight`.
    fn term_weight(&self, id: Option<u32>, names: &[Option<u64>; 3]) -> f32 {
        if id.is_some() {
            1.0
        } else if names.iter().any(Option::is_some) {
            self.params.name_weight
        } else {
            self.params.unknown_weight
        }
    }

    /// The lexicon id and name keys of an Arabic word (`stem`: its light stem), and whether the
    /// lexicon found the stem itself rather than a back-off (`Term::settled`).
    fn arabic_word(&self, stem: &str, normalized: &str) -> (Option<u32>, [Option<u64>; 3], bool) {
        let bare = without_clitic(normalized);
        let key = arabic_key(bare);
        let found = self.lexicon.ar_word_lookup(stem, normalized);
        let loose = loose_arabic_key(bare.strip_prefix("ال").unwrap_or(bare));
        let mut names = name_hashes(&key.skeleton, &loose);
        // The first letter of فورد or بالو is not a clitic.
        if bare.len() != normalized.len() {
            names[2] = loose_hash(&loose_arabic_key(normalized));
        }
        (
            found.map(|(id, _)| id),
            names,
            found.is_some_and(|(_, own)| own),
        )
    }

    /// The keys under which Arabic sentences that could translate `en` are filed, with the
    /// weight of the English word that asks for them: translations of its words, its name keys
    /// and its Latin words.
    pub fn query_keys(&self, en: &Prepared) -> Vec<(IndexKey, f32)> {
        let mut keys = Vec::new();
        for p in &en.phrases {
            let weight: f32 = en.terms[p.first as usize..p.end as usize]
                .iter()
                .map(|t| t.weight)
                .fold(0.0, f32::max);
            for &(ar, w) in self.lexicon.translations_of_en_id(p.id) {
                keys.push((IndexKey::Word(ar), weight * w));
            }
        }
        for t in &en.terms {
            if let Some(id) = t.id {
                for &(ar, w) in self.lexicon.translations_of_en_id(id) {
                    keys.push((IndexKey::Word(ar), t.weight * w));
                }
            }
            for n in t.names.into_iter().flatten() {
                keys.push((IndexKey::Name(n), t.weight));
            }
            if let Some(l) = t.latin {
                keys.push((IndexKey::Latin(l), t.weight));
            }
        }
        keys
    }
}
