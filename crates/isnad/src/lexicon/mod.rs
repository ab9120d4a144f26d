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
    content_words, is_stopword, key_of_normalized, normalize_english_word, stem_ar,
    without_ar_article, AR_PARTICLES,
};
use crate::text::{arabic, is_arabic_char, Lang};

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
    ids: HashMap<String, u32>,
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

/// Pronouns attached to nouns, longest first (see [`Lexicon::ar_id_backoff`]).
const ATTACHED_PRONOUNS: [&str; 9] = ["هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ي"];

/// Shortest token (in letters) that [`Lexicon::split_run_together`] tries to split: shorter
/// unknown words are most often names.
pub const RUN_TOGETHER_MIN_LETTERS: usize = crate::tuning::TUNING.lexicon.run_together_min_letters;
/// Most words a run-together token is split into.
pub const RUN_TOGETHER_MAX_WORDS: usize = crate::tuning::TUNING.lexicon.run_together_max_words;
/// Longest word looked for inside a run-together token.
const RUN_TOGETHER_MAX_LETTERS: usize = crate::tuning::TUNING.lexicon.run_together_max_letters;

/// The lexicon key of an Arabic word: normalized, then light-stemmed.
pub fn ar_key(word: &str) -> String {
    stem_ar(&arabic::normalize(word)).to_string()
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
        parse_tsv(&source.text, &source.path).map(Lexicon::from_parsed)
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

    /// Adds every pair of `other`, keeping the higher weight on overlaps.
    pub fn merge(&mut self, other: &Lexicon) {
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

    /// Id of a normalized Arabic word, backing off when its light stem is unknown: Light10 leaves
    /// object and possessive pronouns (قلقهم "their worry", حذرتنا), a ta marbuta written ت
    /// before a pronoun (جولته), a lone attached preposition (بقدمه) or ف (فقال) in place, and
    /// the lexicon lists dictionary forms. Each fallback strips one more clitic and stems again;
    /// the first known stem wins. Last, a conjugated verb backs off to the verb the lexicon lists
    /// ([`Lexicon::verb_base`]).
    pub fn ar_id_backoff(&self, normalized_word: &str) -> Option<u32> {
        self.clitic_backoff(normalized_word)
            .or_else(|| self.verb_base(normalized_word))
    }

    /// [`Lexicon::ar_id_backoff`] without the verb back-off.
    fn clitic_backoff(&self, normalized_word: &str) -> Option<u32> {
        // Object/possessive pronouns Light10 leaves (it strips ه, ها and ي itself), and وا of
        // the plural past and subjunctive (لن يتخلوا). ATTACHED_PRONOUNS, for a ت before a
        // pronoun, lists every pronoun a noun takes.
        const PRONOUNS: [&str; 7] = ["هما", "كما", "هم", "هن", "كم", "نا", "وا"];
        const PREPOSITIONS: [&str; 3] = ["ب", "ل", "ك"];
        let letters = |s: &str| s.chars().count();
        if let Some(id) = self
            .ar_id(stem_ar(normalized_word))
            .or_else(|| self.ta_before_pronoun(normalized_word))
        {
            return Some(id);
        }
        let mut candidates: Vec<&str> = Vec::new();
        for suffix in PRONOUNS {
            if let Some(rest) = normalized_word.strip_suffix(suffix) {
                if letters(rest) >= 3 {
                    candidates.push(rest);
                }
            }
        }
        // The alif that carries the accusative tanween (عامًا, قائلًا, شخصًا), written without
        // its mark in most news text: عاما is عام. Tried after the pronouns, which also end in
        // ا (حذرتنا is حذرت, not حذرتن).
        if let Some(rest) = normalized_word.strip_suffix('ا') {
            if letters(rest) >= 3 {
                candidates.push(rest);
            }
        }
        let base: Vec<&str> = std::iter::once(normalized_word)
            .chain(candidates.iter().copied())
            .collect();
        for word in base {
            let after_conjunction = word.strip_prefix(['و', 'ف']).filter(|r| letters(r) >= 3);
            // Light10 leaves a lone ف (فقال "so he said") in place.
            candidates.extend(after_conjunction.filter(|_| word.starts_with('ف')));
            for w in [Some(word), after_conjunction].into_iter().flatten() {
                for p in PREPOSITIONS {
                    if let Some(rest) = w.strip_prefix(p) {
                        if letters(rest) >= 3 {
                            candidates.push(rest);
                        }
                    }
                }
            }
        }
        let found = candidates
            .iter()
            .find_map(|c| self.ar_id(stem_ar(c)).or_else(|| self.ar_id(c)));
        if found.is_some() {
            return found;
        }
        candidates.iter().find_map(|w| self.ta_before_pronoun(w))
    }

    /// The id of the verb a conjugated form is of, when the lexicon lists the verb's past or
    /// present stem but not this form: the person prefix of the present (أ ن ت ي, with the
    /// future سـ), the subject suffix (ون ين وا ان ن; past تم تما تن نا ت) and an object
    /// pronoun (هم ها ه كم ك ني نا) are stripped in turn, leaving three letters at least, and the
    /// least stripped form the lexicon knows wins:
    /// سنغادرها → غادر, قتلوهم → قتل, نعرفه → عرف.
    pub fn verb_base(&self, normalized_word: &str) -> Option<u32> {
        const FUTURE: [&str; 1] = ["س"];
        const PERSON: [&str; 4] = ["ا", "ن", "ت", "ي"];
        const OBJECT: [&str; 8] = ["هما", "هم", "ها", "كم", "ني", "نا", "ه", "ك"];
        const SUBJECT: [&str; 11] = [
            "تما", "تم", "تن", "ون", "ين", "وا", "ان", "نا", "و", "ت", "ن",
        ];
        let letters = |s: &str| s.chars().count();
        let word = normalized_word
            .strip_prefix(['و', 'ف'])
            .filter(|r| letters(r) >= 4)
            .unwrap_or(normalized_word);
        let mut stems: Vec<&str> = Vec::new();
        let with_prefix = [word]
            .into_iter()
            .chain(FUTURE.iter().filter_map(|f| word.strip_prefix(f)));
        for w in with_prefix {
            let bare = PERSON.iter().filter_map(|p| w.strip_prefix(p));
            for w in [w].into_iter().chain(bare) {
                let objects = OBJECT.iter().filter_map(|o| w.strip_suffix(o));
                for w in [w].into_iter().chain(objects) {
                    let subjects = SUBJECT.iter().filter_map(|x| w.strip_suffix(x));
                    stems.extend([w].into_iter().chain(subjects));
                }
            }
        }
        stems
            .into_iter()
            .filter(|s| *s != normalized_word && letters(s) >= 3)
            .find_map(|s| self.ar_id(s).or_else(|| self.ar_id(stem_ar(s))))
    }

    /// The id of an Arabic word (`key`: its lexicon key, `normalized`: the word normalized): the
    /// key itself, else the back-off. One look-up for the scorer and for `lexicon show`.
    pub fn ar_word_id(&self, key: &str, normalized: &str) -> Option<u32> {
        self.ar_word_lookup(key, normalized).map(|(id, _)| id)
    }

    /// [`Lexicon::ar_word_id`], and whether the key itself was found (not the back-off).
    pub fn ar_word_lookup(&self, key: &str, normalized: &str) -> Option<(u32, bool)> {
        match self.ar_id(key) {
            Some(id) => Some((id, true)),
            None => self.ar_id_backoff(normalized).map(|id| (id, false)),
        }
    }

    /// A word ending in ت + an attached pronoun that Light10 does not strip: the ت of a plural's
    /// ات (تصريحاته "his statements") or of the root (بيتك "your house") as written, else a ta
    /// marbuta (جولته "his tour" is جولة + ه). The form with ت comes first, so that بيتهم is
    /// بيت + هم, never بيه.
    fn ta_before_pronoun(&self, word: &str) -> Option<u32> {
        ATTACHED_PRONOUNS.iter().find_map(|pronoun| {
            let rest = word.strip_suffix(pronoun)?;
            let noun = rest.strip_suffix('ت').filter(|n| n.chars().count() >= 2)?;
            self.ar_id(stem_ar(rest))
                .or_else(|| self.ar_id(stem_ar(&format!("{noun}ه"))))
        })
    }

    /// The words of a normalized Arabic token that is several words run together without
    /// spaces (النصفيةبسبب, وزيرالخارجية), content words only: `None` unless the token is long
    /// ([`RUN_TOGETHER_MIN_LETTERS`]) and splits wholly into known words and stop words, at most
    /// [`RUN_TOGETHER_MAX_WORDS`] of them, two content words at least. The split with the fewest
    /// words wins; among those, the one whose last word is longest.
    pub fn split_run_together<'w>(&self, normalized_word: &'w str) -> Option<Vec<&'w str>> {
        // A longer "word" is not prose (a hash, a base64 blob, a 50 MB line without spaces):
        // splitting it would cost time for nothing.
        if normalized_word.len() > 4 * RUN_TOGETHER_MAX_LETTERS * RUN_TOGETHER_MAX_WORDS {
            return None;
        }
        let starts: Vec<usize> = normalized_word
            .char_indices()
            .map(|(i, _)| i)
            .chain([normalized_word.len()])
            .collect();
        let n = starts.len() - 1;
        if !(RUN_TOGETHER_MIN_LETTERS..=RUN_TOGETHER_MAX_LETTERS * RUN_TOGETHER_MAX_WORDS)
            .contains(&n)
        {
            return None;
        }
        // best[i]: fewest words covering the first i letters, and where the last one starts.
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0));
        for end in 2..=n {
            for start in end.saturating_sub(RUN_TOGETHER_MAX_LETTERS)..=end - 2 {
                let Some((count, _)) = best[start] else {
                    continue;
                };
                let piece = &normalized_word[starts[start]..starts[end]];
                // Three letters besides the article, or الموجودين would split into الم "pain"
                // and وجودين.
                let own_letters = without_ar_article(piece).chars().count();
                // إلا and إلى (normalized الا, الي) would eat the article and first letter of a
                // single word: الالتزامات is not الا + لتزامات. A word found only through the
                // back-off needs four letters of its own, or suffixes pass for words.
                let known = if is_stopword(Lang::Ar, piece) {
                    !matches!(piece, "الا" | "الي")
                } else {
                    own_letters >= 3 && self.ar_id(stem_ar(piece)).is_some()
                        || own_letters >= 4 && self.clitic_backoff(piece).is_some()
                };
                if known && best[end].is_none_or(|(c, _)| count + 1 < c) {
                    best[end] = Some((count + 1, start));
                }
            }
        }
        let (count, _) = best[n]?;
        if !(2..=RUN_TOGETHER_MAX_WORDS).contains(&count) {
            return None;
        }
        let mut pieces = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start) = best[end].expect("reachable");
            pieces.push(&normalized_word[starts[start]..starts[end]]);
            end = start;
        }
        pieces.reverse();
        let words: Vec<&str> = pieces
            .into_iter()
            .filter(|p| !is_stopword(Lang::Ar, p))
            .collect();
        // One content word and stop words around it is a single unknown word cut up.
        (words.len() >= 2).then_some(words)
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
mod tests {
    use super::*;

    fn entry(arabic: &str, english: &str, weight: f32) -> Entry {
        Entry {
            arabic: arabic.into(),
            english: english.into(),
            weight,
        }
    }

    #[test]
    fn words_run_together_are_split_into_known_words() {
        let lexicon = Lexicon::from_entries([
            entry("وزير", "minister", 1.0),
            entry("خارجية", "foreign", 1.0),
            entry("مجلس", "council", 1.0),
            entry("أمن", "security", 1.0),
        ]);
        let glued = arabic::normalize("وزيرالخارجيةفيمجلسالأمن");
        let words = lexicon.split_run_together(&glued).expect("split");
        assert_eq!(words, ["وزير", "الخارجيه", "مجلس", "الامن"]);
        // Short, or not wholly made of known words: left alone.
        assert_eq!(lexicon.split_run_together("وزيرمجلس"), None);
        // One content word, or a stop word eating an article: a single word, not split.
        let one = Lexicon::from_entries([
            entry("التزامات", "commitments", 1.0),
            entry("لتزامات", "x", 1.0),
        ]);
        assert_eq!(one.split_run_together("الالتزامات"), None);
        // A piece that is an article and two letters is not a word.
        let pain =
            Lexicon::from_entries([entry("الم", "pain", 1.0), entry("وجود", "presence", 1.0)]);
        assert_eq!(pain.split_run_together("الموجودينن"), None);
        assert_eq!(
            lexicon.split_run_together(&arabic::normalize("ليفينغستون")),
            None
        );
        assert_eq!(lexicon.split_run_together(""), None);
        // Far longer than any run of six words: not tried.
        assert_eq!(
            lexicon.split_run_together(&"وزيرمجلس".repeat(100_000)),
            None
        );
    }

    #[test]
    fn contractions_and_abbreviations_are_keyed_as_texts_are() {
        use crate::text::tokens::content_terms;
        let lexicon =
            Lexicon::from_entries([entry("لم", "didn't", 1.0), entry("الولايات", "U.S.", 1.0)]);
        for (word, text) in [
            ("didn't", "They didn't leave."),
            ("U.S.", "U.S. officials said"),
        ] {
            let first = content_terms(text, Lang::En).remove(0);
            assert!(lexicon.en_id(&first).is_some(), "{text}: {first}");
            assert_eq!(en_key(word), first, "{text}");
        }
    }

    #[test]
    fn backoff_strips_clitics_and_the_tanween_alif() {
        let lexicon =
            Lexicon::from_entries([entry("عام", "year", 1.0), entry("قلق", "worry", 1.0)]);
        let year = lexicon.ar_id(&ar_key("عام"));
        assert!(year.is_some());
        assert_eq!(lexicon.ar_id_backoff("عاما"), year);
        assert_eq!(
            lexicon.ar_id_backoff("قلقهم"),
            lexicon.ar_id(&ar_key("قلق"))
        );
        assert_eq!(lexicon.ar_id_backoff("بعاما"), year);
        assert_eq!(lexicon.ar_id_backoff("ما"), None);
    }

    #[test]
    fn backoff_restores_the_ta_marbuta_and_the_plural_before_a_pronoun() {
        let lexicon = Lexicon::from_entries([
            entry("جولة", "tour", 1.0),
            entry("تصريحات", "statements", 1.0),
            entry("قال", "said", 1.0),
        ]);
        let id = |w: &str| lexicon.ar_id(&ar_key(w)).expect("listed");
        let normalized = |w: &str| arabic::normalize(w);
        for form in ["جولته", "جولتهم", "بجولته", "وجولتنا"] {
            assert_eq!(
                lexicon.ar_id_backoff(&normalized(form)),
                Some(id("جولة")),
                "{form}"
            );
        }
        for form in ["تصريحاته", "لتصريحاتهم"] {
            assert_eq!(
                lexicon.ar_id_backoff(&normalized(form)),
                Some(id("تصريحات")),
                "{form}"
            );
        }
        assert_eq!(lexicon.ar_id_backoff(&normalized("فقال")), Some(id("قال")));
        assert_eq!(lexicon.ar_id_backoff(&normalized("بيته")), None);
    }

    #[test]
    fn a_conjugated_verb_backs_off_to_the_verb() {
        let lexicon = Lexicon::from_entries([
            entry("غادر", "leave", 1.0),
            entry("قتل", "kill", 1.0),
            entry("عرف", "know", 1.0),
            entry("نعرف", "know", 0.9),
        ]);
        let base = |form: &str| {
            let id = lexicon.ar_id_backoff(&arabic::normalize(form))?;
            Some(lexicon.ar_stem(id).to_string())
        };
        assert_eq!(base("سنغادرها").as_deref(), Some("غادر"));
        assert_eq!(base("قتلوهم").as_deref(), Some("قتل"));
        assert_eq!(base("وغادرنا").as_deref(), Some("غادر"));
        // The least stripped form the lexicon lists wins: نعرفه is نعرف + ه.
        assert_eq!(base("نعرفه").as_deref(), Some("نعرف"));
        // Never down to two letters, never an unknown word.
        assert_eq!(base("تقرير"), None);
    }

    #[test]
    fn a_root_ta_before_a_pronoun_stays_a_ta() {
        // بيت "house", أخت "sister", زيت "oil": their ت is the root's, not a ta marbuta.
        let lexicon = Lexicon::embedded();
        let english = |ar: &str| -> Vec<String> {
            lexicon
                .ar_id_backoff(&arabic::normalize(ar))
                .map(|id| {
                    lexicon
                        .translations_of_ar_id(id)
                        .iter()
                        .map(|&(en, _)| lexicon.en_stem(en).to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        for (ar, en) in [
            ("بيتهم", "house"),
            ("بيتك", "house"),
            ("أختك", "sister"),
            ("زيتهم", "oil"),
        ] {
            assert!(english(ar).contains(&en_key(en)), "{ar}: {:?}", english(ar));
        }
    }

    #[test]
    fn embedded_lexicon_parses_and_is_not_empty() {
        assert!(!Lexicon::embedded().is_empty());
    }

    #[test]
    fn pairs_are_keyed_interned_and_keep_best_weight() {
        let lex = Lexicon::from_entries([
            entry("كتاب", "book", 0.5),
            entry("كتاب", "Book", 0.9),
            entry("قرية", "village", 1.0),
        ]);
        assert_eq!(lex.len(), 2);
        let ar = lex.ar_id(&ar_key("كتاب")).unwrap();
        let en = lex.en_id(&en_key("book")).unwrap();
        assert_eq!(lex.weight(ar, en), 0.9);
        assert_eq!(lex.en_stem(en), en_key("book"));
        assert_eq!(lex.translations_ar(&ar_key("كتاب")), &[(en, 0.9)]);
        assert_eq!(lex.translations_en(&en_key("book")), &[(ar, 0.9)]);
        assert!(lex.translations_ar("غير موجود").is_empty());
        let village = lex.en_id(&en_key("village")).unwrap();
        assert_eq!(lex.weight(ar, village), 0.0);
    }

    #[test]
    fn a_multiword_row_is_one_phrase_never_crossed_into_words() {
        let lex = Lexicon::from_entries([
            entry("كأس العالم", "World Cup", 1.0),
            entry("قصف", "shelling of towns", 1.0),
            entry("عالم", "world", 0.8),
        ]);
        let english_of = |ar: &str| -> Vec<&str> {
            lex.translations_ar(ar)
                .iter()
                .map(|&(id, _)| lex.en_stem(id))
                .collect()
        };
        // عالم keeps its own row and weight; cup is not among its translations.
        assert_eq!(english_of(&ar_key("العالم")), [en_key("world")]);
        let cup = lex.phrase_id(Lang::Ar, &[&ar_key("كأس"), &ar_key("العالم")]);
        let cup = cup.expect("the phrase is a key");
        assert!(lex.is_phrase(Lang::Ar, cup));
        let world_cup = lex.phrase_id(Lang::En, &[&en_key("world"), &en_key("cup")]);
        assert_eq!(lex.weight(cup, world_cup.unwrap()), 1.0);
        // A gloss of several words is a phrase of the English side.
        let shelling = english_of(&ar_key("قصف"));
        assert_eq!(
            shelling,
            [format!("{} {}", en_key("shelling"), en_key("towns"))]
        );
        assert_eq!(lex.longest_phrase(Lang::En), 2);
    }

    #[test]
    fn a_negation_in_a_phrase_pairs_only_with_a_negation() {
        let lex = Lexicon::from_entries([
            entry("لا أعرف", "don't know", 1.0),
            entry("لا سيما", "especially", 1.0),
            entry("لا", "no", 1.0),
        ]);
        let english_of = |ar: &str| -> Vec<&str> {
            lex.translations_ar(&ar_key(ar))
                .iter()
                .map(|&(id, _)| lex.en_stem(id))
                .collect()
        };
        // لا أعرف is a phrase of its own; لا سيما lends لا nothing.
        assert_eq!(english_of("لا"), [en_key("no")]);
        assert!(english_of("أعرف").is_empty());
        let know = [ar_key("لا"), ar_key("أعرف")];
        let know = lex.phrase_id(Lang::Ar, &[&know[0], &know[1]]).unwrap();
        let dont_know = lex.phrase_id(Lang::En, &[&en_key("don't"), &en_key("know")]);
        assert_eq!(lex.weight(know, dont_know.unwrap()), 1.0);
    }

    #[test]
    fn merge_keeps_higher_weight_and_adds_new_pairs() {
        let mut base = Lexicon::from_stem_pairs([("a1", "e1", 0.2), ("a2", "e2", 0.7)]);
        let other = Lexicon::from_stem_pairs([("a1", "e1", 0.6), ("a3", "e1", 0.1)]);
        base.merge(&other);
        assert_eq!(base.len(), 3);
        let (a1, e1) = (base.ar_id("a1").unwrap(), base.en_id("e1").unwrap());
        assert_eq!(base.weight(a1, e1), 0.6);
        let ids: Vec<u32> = base.translations_en("e1").iter().map(|p| p.0).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted by id");
    }
}
