//! Stems and stop words: Light10 for Arabic (with the guards that keep a content word off a
//! function word), Snowball for English with a list of irregular base forms.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use super::is_apostrophe;
use crate::text::{arabic, Lang};

/// Light10 prefixes (Larkey, Ballesteros & Connell), tried in this order; at most one is removed.
const AR_PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];

/// Light10 suffixes in the order Light10 tries them; each one found is removed in turn. Forms
/// with ة are listed for words that were not normalized (normalization writes ة as ه).
const AR_SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// Light10 stem of an already normalized Arabic word: a sub-slice of `word`.
///
/// One prefix from `AR_PREFIXES` is removed if at least two letters remain (three for و alone,
/// since many words begin with و), then each suffix of `AR_SUFFIXES` in order if at least two
/// letters remain: والمدينة → مدين, بالقوات → قو, المسلحين → مسلح.
///
/// A content word never stems to a function word: an affix whose removal would leave one (الله
/// is not ال + له "to him", هيئة not هي "she", أمين not أم "or", خارجية stops at خارجي, not
/// خارج "outside") stays on, so unrelated words do not share one lexicon entry. The name of
/// God keeps one key in all its forms (الله, لله, اللهم, بالله).
pub fn stem_ar(word: &str) -> &str {
    if let Some(key) = divine_name(word) {
        return key;
    }
    let letters = |s: &str| s.chars().count();
    let mut stem = word;
    let mut conjunction = false;
    for prefix in AR_PREFIXES {
        let min_rest = if prefix == "و" { 3 } else { 2 };
        if let Some(rest) = stem.strip_prefix(prefix) {
            if letters(rest) >= min_rest && is_function_word(rest) && !is_function_word(word) {
                return word;
            }
            if letters(rest) >= min_rest {
                stem = rest;
                conjunction = prefix == "و";
                break;
            }
        }
    }
    let (stripped, kept_a_suffix) = strip_ar_suffixes(stem);
    // A و that leaves a stem of two letters was the word's own first letter: وحدة is not و + حد
    // "limit"; nor is it when both readings stop short of a particle: ولاية is not و + لاية,
    // but ومائة is و + مائة.
    if conjunction {
        let (whole, whole_kept) = strip_ar_suffixes(word);
        if letters(stripped) < 3 || (kept_a_suffix && whole_kept) {
            return whole;
        }
    }
    stripped
}

/// Particles that are content words, not stop words (a negation dropped from a quote turns it
/// into its opposite, so the matcher keeps them). A longer word stripped down to one (الولايات
/// to ولا "and not", المائة to ما) would share its lexicon entry, and every negation would
/// match "states" or "percent". (A word stripped down to a stop word is harmless: stop words
/// are never matched, and أمامه "in front of him" rightly shares أمام's entry.)
pub(crate) const AR_PARTICLES: [&str; 6] = ["لا", "ما", "لم", "لن", "ولا", "ليس"];

fn is_particle(stem: &str) -> bool {
    AR_PARTICLES.contains(&stem)
}

/// A stop word or negation particle: what no content word's stem may be.
fn is_function_word(normalized: &str) -> bool {
    is_particle(normalized) || is_stopword(Lang::Ar, normalized)
}

/// The one key of the name of God, written with the article, a preposition, a conjunction or
/// the vocative ـم (normalized).
fn divine_name(word: &str) -> Option<&'static str> {
    let rest = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let rest = rest.strip_prefix(['ب', 'ت']).unwrap_or(rest);
    matches!(rest, "الله" | "لله" | "اللهم").then_some("الله")
}

/// A normalized Arabic word without its article and the conjunction or preposition fused with
/// it (Light10's prefixes other than a lone و): والمدينه → مدينه.
pub fn without_ar_article(word: &str) -> &str {
    AR_PREFIXES
        .iter()
        .filter(|&&p| p != "و")
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word)
}

/// Light10's suffix stripping, except that a suffix is kept when removing it would leave a
/// particle ([`AR_PARTICLES`]) of a word that was not one; says whether that happened.
fn strip_ar_suffixes(word: &str) -> (&str, bool) {
    let mut stem = word;
    let mut kept = false;
    for suffix in AR_SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if rest.chars().count() >= 2 {
                if is_particle(rest) || is_function_word(rest) && !is_function_word(word) {
                    kept = true;
                } else {
                    stem = rest;
                }
            }
        }
    }
    (stem, kept)
}

fn english_stemmer() -> &'static rust_stemmers::Stemmer {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
}

/// Irregular English forms and their base form (`corpus/lexicon/en-irregular.tsv`).
fn english_base_forms() -> &'static HashMap<&'static str, &'static str> {
    static FORMS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        parse_base_forms(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/lexicon/en-irregular.tsv"
        )))
    })
}

pub(super) fn parse_base_forms(list: &'static str) -> HashMap<&'static str, &'static str> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, base)| (form.trim(), base.trim()))
        .collect()
}

/// Whether an English word (lowercase) is written as an inflected verb: a participle or past
/// form in -ed or -ing, or an irregular form the table lists (held, took). Not a part of speech:
/// "building" and "need" pass too; callers use it where a noun rarely stands.
pub fn is_inflected_verb(word: &str) -> bool {
    let letters = word.chars().count();
    (letters >= 5 && (word.ends_with("ed") || word.ends_with("ing")))
        || english_base_forms().contains_key(word)
}

/// Snowball English stem of a word (lowercased first if it is not already), irregular forms
/// first mapped to their base form (took → take), so that they meet the lexicon's base forms.
pub fn stem_en(word: &str) -> String {
    let lower;
    let word = if word.chars().any(char::is_uppercase) {
        lower = word.to_lowercase();
        lower.as_str()
    } else {
        word
    };
    let base = english_base_forms().get(word).copied().unwrap_or(word);
    english_stemmer().stem(base).into_owned()
}

/// Parses a stop-word list: one word per line, `#` starts a comment.
fn parse_word_list(list: &str, normalize: impl Fn(&str) -> String) -> HashSet<String> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|word| !word.is_empty())
        .map(normalize)
        .collect()
}

fn stopwords(lang: Lang) -> &'static HashSet<String> {
    static ARABIC: OnceLock<HashSet<String>> = OnceLock::new();
    static ENGLISH: OnceLock<HashSet<String>> = OnceLock::new();
    match lang {
        Lang::Ar => ARABIC.get_or_init(|| {
            parse_word_list(
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../corpus/stopwords/ar.txt"
                )),
                arabic::normalize,
            )
        }),
        Lang::En => ENGLISH.get_or_init(|| {
            parse_word_list(
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../corpus/stopwords/en.txt"
                )),
                normalize_english_word,
            )
        }),
    }
}

/// Whether `word` (normalized: Arabic-normalized or lowercased English) is a stop word.
///
/// An Arabic word with the conjunction و or ف attached (وهو, فقد) is a stop word when the rest
/// is. Negations are never stop words: dropping one would turn a quote into its opposite.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    let list = stopwords(lang);
    if list.contains(word) {
        return true;
    }
    lang == Lang::Ar
        && ["و", "ف"].iter().any(|conjunction| {
            word.strip_prefix(conjunction)
                .is_some_and(|rest| rest.chars().count() >= 2 && list.contains(rest))
        })
}

/// A Latin word as it reads: the invisible characters the tokenizer keeps inside a word (soft
/// hyphen, zero-width space, word joiner, bidi controls; [`arabic::is_ignorable`]) dropped and
/// the compatibility ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ spelled out (gov\u{AD}ernment → government, ﬁve →
/// five), case kept. Borrowed when there is nothing to drop or fold, as in almost every word.
pub fn visible_latin(word: &str) -> Cow<'_, str> {
    let is_ligature = |c: char| ('\u{FB00}'..='\u{FB06}').contains(&c);
    if !word
        .chars()
        .any(|c| is_ligature(c) || arabic::is_ignorable(c))
    {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars().filter(|&c| !arabic::is_ignorable(c)) {
        if is_ligature(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Lowercases an English word and drops apostrophes: a final possessive `'s` goes with its
/// apostrophe (Observatory's → observatory), internal ones are removed (Ma'arrat → maarrat).
/// Invisible characters inside it go and ligatures are spelled out first ([`visible_latin`]).
pub fn normalize_english_word(word: &str) -> String {
    let lower = visible_latin(word).to_lowercase();
    let base = ["'s", "\u{2019}s", "\u{02BC}s"]
        .iter()
        .find_map(|possessive| lower.strip_suffix(possessive))
        .unwrap_or(&lower);
    base.chars().filter(|&c| !is_apostrophe(c)).collect()
}
