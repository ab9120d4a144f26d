//! Whether a quote and its source agree on negation. A dropped or added "not" turns a quote into
//! its opposite while keeping nearly every word, so the lexical score barely moves (a tester's
//! "did not use chemical weapons" rendered "used chemical weapons" was `matched` at 1.00).
//!
//! Both sides are read for grammatical negators only (English `not`, `n't`, `never`, `no` …;
//! Arabic لم، لن، ليس، لا …), since those are what a careless edit adds or drops. A translation
//! may also carry negation in a word's meaning (لم يتمكن → "was unable to", نفى → "denied",
//! غير شرعي → "illegal", لا … إلا → "only"): where such a word is on the side that would have
//! to hold the negator, the two are not compared — the flag is a prompt to read the quote
//! again, and a false alarm on a faithful rendering would teach the desk to ignore it.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::align::score::WordMatch;
use crate::text::arabic;
use crate::text::tokens::{is_inflected_verb, stem_en};

/// Which side holds a negation the other lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NegationMismatch {
    /// The quote negates (`word`), its source does not.
    Added { word: &'static str },
    /// The source negates (`word`), the quote does not.
    Dropped { word: &'static str },
    /// Both negate, the source more often (`source` negators to the quote's `quote`): `word` is
    /// the first of the source's negators the quote has no counterpart for ("wants" for ولا
    /// يريد, its لا يسعى kept).
    Fewer {
        word: &'static str,
        source: usize,
        quote: usize,
    },
}

#[cfg(test)]
mod tests;
mod words;

use words::*;

/// The first grammatical negator of an English text, whether a word of negative meaning is
/// there, and its first verb of denial.
fn english(text: &str) -> English {
    let mut negator = None;
    let mut negators = 0;
    let mut or_after = false;
    let mut meaning = Vec::new();
    let mut denial = None;
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase().replace('’', "'");
        // "No. 5" is a number sign, not a negation; "no-man's land" (أرض محرمة) a place.
        let next = words.get(i + 1).map(|n| n.to_lowercase().replace('’', "'"));
        if lower == "no." || (lower == "no" && next.as_deref() == Some("man's")) {
            continue;
        }
        // "no fewer than", "not more than": a bound, read by the number check.
        let bound = matches!(next.as_deref(), Some("fewer" | "less" | "more"))
            && words
                .get(i + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("than"));
        if matches!(lower.as_str(), "no" | "not") && bound {
            continue;
        }
        let word = lower.trim_end_matches('.');
        let this = if word.ends_with("n't") {
            Some("n't")
        } else {
            ENGLISH_NEGATORS.iter().find(|n| **n == word).copied()
        };
        if this.is_some() {
            negators += 1;
            negator = negator.or(this);
        }
        or_after |= negator.is_some() && matches!(word, "or" | "nor");
        if ENGLISH_NEGATIVE_MEANING.contains(&word) || negative_by_form(word) {
            meaning.push(word.to_string());
        }
        if denial.is_none() {
            denial = ENGLISH_DENIALS.iter().find(|d| **d == word).copied();
        }
    }
    English {
        negator,
        negators,
        or_after,
        meaning,
        denial,
    }
}

/// What an English text holds of negation.
struct English {
    /// The first grammatical negator.
    negator: Option<&'static str>,
    /// How many grammatical negators it has.
    negators: usize,
    /// Whether "or" or "nor" follows its first negator: one negator then covers every item
    /// of the list ("no one left or spoke", "no water, electricity or medicine" for لا … ولا
    /// … ولا), so the negators cannot be counted.
    or_after: bool,
    /// Its words of negative meaning.
    meaning: Vec<String>,
    /// Its first verb of denial.
    denial: Option<&'static str>,
}

/// A word negative by its form: a negative prefix or `-less` around a word of the lexicon's
/// English (`untroubled`, `irreplaceable`, `disagreed`, `symptomless`), which renders a source's
/// negated verb (لا يمكن تعويضها). A word the lexicon knows itself (`displaced`, `independent`,
/// `information`) is not one; another that only looks so costs a missed flag, never a false one.
fn negative_by_form(word: &str) -> bool {
    static STEMS: OnceLock<HashSet<String>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        crate::lexicon::EMBEDDED_ENGLISH_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(stem_en)
            .collect()
    });
    let known = |rest: &str| rest.chars().count() >= 4 && stems.contains(&stem_en(rest));
    // in-, im- and dis- begin many words that negate nothing ("displaced", "independent",
    // "information" hid dropped negations): a word the lexicon knows as itself is its own word.
    // un-, non-, ir- and il- before a known word nearly always negate it.
    let own_word = stems.contains(&stem_en(word));
    let prefixed = ["un", "in", "im", "ir", "il", "dis", "non", "non-"]
        .iter()
        .filter(|p| !(own_word && matches!(**p, "in" | "im" | "dis")))
        .any(|p| word.strip_prefix(p).is_some_and(known));
    prefixed || word.strip_suffix("less").is_some_and(known)
}

/// How many words after a negator still belong to its clause, for a fragment's words on both
/// sides of it: its verb and what the verb takes (لن ينسحبوا من مواقعهم). Chosen on the NTREX
/// development half among 3, 4 and 6 after (1 to 4 before), with the word right before it (the
/// clause's subject, إن المقاتلين لن): the most dropped negations caught without a false alarm
/// more than before (docs/check.md, "Negation").
const CLAUSE_AFTER: usize = 3;

/// What an Arabic text holds of negation.
struct ArabicNegation {
    /// The first grammatical negator, as listed (without its conjunction).
    negator: Option<&'static str>,
    /// Every grammatical negator after the first, as listed.
    later: Vec<&'static str>,
    /// A word of negative meaning.
    meaning: bool,
    /// An exceptive.
    exceptive: bool,
    /// The word the first negator governs (normalized, as the text has it).
    governed: Option<String>,
    /// The word before the first negator and the [`CLAUSE_AFTER`] after it (normalized, as the
    /// text has them): a fragment with words on both sides renders the clause that holds it.
    around: (Vec<String>, Vec<String>),
    /// The first verb of denial (ARABIC_DENIALS).
    denial: Option<&'static str>,
}

fn arabic(text: &str) -> ArabicNegation {
    let normalized = arabic::normalize(text);
    let words: Vec<&str> = normalized
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Each word without the conjunction و or ف it may carry (ولم, فلا).
    let bare: Vec<&str> = words.iter().map(|w| without_conjunction(w)).collect();
    let mut found = ArabicNegation {
        negator: None,
        later: Vec::new(),
        meaning: false,
        exceptive: false,
        governed: None,
        around: (Vec::new(), Vec::new()),
        denial: None,
    };
    for (i, (&w, &word)) in words.iter().zip(&bare).enumerate() {
        // لعدم، بدون: a preposition before a word of negative meaning.
        let particle = word
            .strip_prefix(['ل', 'ب', 'ك'])
            .filter(|r| r.chars().count() >= 2);
        let listed_in = |list: &[&str]| {
            list.contains(&word) || list.contains(&w) || particle.is_some_and(|r| list.contains(&r))
        };
        found.meaning |= listed_in(ARABIC_NEGATIVE_MEANING);
        found.exceptive |= listed_in(ARABIC_EXCEPTIVES);
        if found.denial.is_none() {
            found.denial = ARABIC_DENIALS.iter().find(|d| **d == word).copied();
        }
        found.meaning |= found.denial.is_some();
        let listed = ARABIC_NEGATORS
            .iter()
            .find(|n| **n == word || **n == w)
            .copied();
        let Some(n) = listed else { continue };
        let bound = n == "لا"
            && bare
                .get(i + 1)
                .is_some_and(|x| BOUND_COMPARATIVES.contains(x))
            && bare
                .get(i + 2)
                .is_some_and(|x| matches!(*x, "عن" | "على" | "من"));
        if bound
            || bare
                .get(i + 1)
                .is_some_and(|x| NOT_NEGATED_AFTER.contains(x))
        {
            continue;
        }
        if found.negator.is_some() {
            found.later.push(n);
        } else {
            found.negator = Some(n);
            found.governed = words.get(i + 1).map(|w| w.to_string());
            let owned = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect();
            let after = (i + 1 + CLAUSE_AFTER).min(words.len());
            found.around = (
                owned(&words[i.saturating_sub(1)..i]),
                owned(&words[i + 1..after]),
            );
        }
    }
    found
}

/// Compares the negation of a quote with that of its source. `whole_window` says whether the
/// quote renders its whole source window: a fragment leaves out part of its sentence, and a
/// negator there is no business of the quote, so a dropped negation is only looked for when the
/// quote renders it all — or ([`compare_quoted`]) when the quote renders the very word the
/// negator governs.
pub fn compare(quote: &str, source: &str, whole_window: bool) -> Option<NegationMismatch> {
    compare_quoted(quote, source, whole_window, &[])
}

/// An Arabic word without the conjunction و or ف it may carry (ولم, فلا), when two letters or
/// more are left.
fn without_conjunction(word: &str) -> &str {
    match word.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => word,
    }
}

/// What the quote's words were matched to in the source: each Arabic word (normalized, without
/// the conjunction و or ف) with the English word or phrase matched to it, lowercased.
fn renderings(matches: &[WordMatch]) -> Vec<(String, String)> {
    matches
        .iter()
        .map(|m| {
            let arabic = without_conjunction(&arabic::normalize(&m.arabic)).to_string();
            (arabic, m.english.to_lowercase())
        })
        .collect()
}

/// [`compare`], with the quote's words matched in the source (`matches`): a fragment
/// that renders the verb لم governs ("targeted military sites" for لم يستهدف مواقع عسكرية) has
/// dropped the negation, however little of the sentence it quotes; so has one whose words are
/// found right before the negator and in its clause after it ("the fighters will withdraw from
/// their positions" for المقاتلين لن ينسحبوا من مواقعهم, whatever the lexicon pairs with
/// ينسحبوا): it renders the clause that holds it. And a word negative in meaning that renders a
/// negated word negative in meaning itself ("stopped" for لم يتوقف, matched to يتوقف) carries
/// that word's meaning, not the negation: it does not excuse the missing negator.
pub fn compare_quoted(
    quote: &str,
    source: &str,
    whole_window: bool,
    matches: &[WordMatch],
) -> Option<NegationMismatch> {
    let English {
        negator: en,
        negators: en_negators,
        or_after: en_list,
        meaning: en_meaning_words,
        denial: en_denial,
    } = english(quote);
    let mut ar = arabic(source);
    let rendered = renderings(matches);
    let governed = ar.governed.as_deref().map(without_conjunction);
    // Only a negated word itself negative in meaning (لم يتوقف): "unable" matched to يتمكن
    // renders لم يتمكن whole.
    let governed = governed.filter(|g| ARABIC_NEGATIVE_MEANING.contains(g));
    let renders_governed = |word: &str| {
        rendered.iter().any(|(a, e)| {
            Some(a.as_str()) == governed
                && e.split(|c: char| !c.is_alphanumeric()).any(|x| x == word)
        })
    };
    let en_meaning = en_meaning_words.iter().any(|w| !renders_governed(w));
    // لا also writes the Romance article of a name (لا ريفيرا, "La Riviera").
    if ar.negator == Some("لا") && quote.split(|c: char| !c.is_alphabetic()).any(|w| w == "La") {
        ar.negator = None;
    }
    // The English the quote's words were matched to for source word `w`.
    let rendering_of = |w: &str| {
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w).to_string();
        let w = w.to_string();
        rendered
            .iter()
            .filter(move |(q, _)| *q == w || *q == bare)
            .map(|(_, e)| e.as_str())
    };
    let is_quoted = |w: &str| rendering_of(w).next().is_some();
    let quoted = |word: Option<&str>| whole_window || word.is_some_and(is_quoted);
    let (before, after) = &ar.around;
    let spans_negator = before.iter().any(|w| is_quoted(w)) && after.iter().any(|w| is_quoted(w));
    // A light verb and its noun (أطلق سراح "release", يمكن إجراء "can hold", يعد يشارك "still
    // takes part"): the English verb is matched to the word after the governed one.
    let renders_predicate = after.get(1).is_some_and(|w| {
        rendering_of(w).any(|e| {
            e.split(|c: char| !c.is_alphanumeric())
                .any(is_inflected_verb)
        })
    });
    let spans_negator = spans_negator || renders_predicate;
    match (en, ar.negator) {
        (Some(word), None) if !ar.meaning => Some(NegationMismatch::Added { word }),
        (None, Some(word))
            if (quoted(ar.governed.as_deref()) || spans_negator)
                && !en_meaning
                && !ar.exceptive =>
        {
            Some(NegationMismatch::Dropped { word })
        }
        // A denial against an affirmation, either way: "denied" for أكد, "confirmed" for نفى.
        (None, None) => match (en_denial, ar.denial) {
            (Some(word), None) if !ar.meaning => Some(NegationMismatch::Added { word }),
            (None, Some(word)) if !en_meaning && quoted(Some(word)) => {
                Some(NegationMismatch::Dropped { word })
            }
            _ => None,
        },
        // Both negate, but the source more often: "wants" for ولا يريد, its لا يسعى kept. A
        // word of negative meaning or a denial may render one of the source's negators,
        // "neither … nor" counts two, and a negator before "or" covers its whole list.
        (Some(_), Some(_)) if whole_window && !ar.exceptive && !en_list => {
            let quote = en_negators + en_meaning_words.len() + en_denial.is_some() as usize;
            ar.later
                .get(quote.checked_sub(1)?)
                .map(|&word| NegationMismatch::Fewer {
                    word,
                    source: 1 + ar.later.len(),
                    quote,
                })
        }
        _ => None,
    }
}
