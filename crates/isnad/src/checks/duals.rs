//! Whether a quote renders a source's two (a dual, جنديان, or a noun counted by اثنين) as one:
//! "a regime soldier" for جنديان is a changed count, "both soldiers" is not.

use crate::align::score::NumberCheck;
use crate::quotes::Quote;
use crate::text::numbers;

/// What the quote says of the count of a noun the source has two of.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum DualInQuote {
    /// The noun in the singular after "a", "an" or "one" (at most one word between, no
    /// ordinal or "other": "a regime soldier"), and nothing that says two: one, where the
    /// source says two.
    One(String),
    /// "both", "two", "a pair of", "each of the", "one … the other", or the noun twice after
    /// "a" ("a Lebanese soldier and a Syrian soldier"): the quote renders the two.
    Two,
    /// Neither, or a doubt (a plural, "a third soldier", "another").
    Unknown,
}

/// Whether the source's number `n`, missing from the quote, is two of a noun: a noun in the
/// dual (جنديان, "two soldiers") or a noun counted by the number word (مدنيين اثنين, listed in
/// `counted_two` as number word and noun). `None` when it is not; otherwise what the quote says
/// of the noun's translations the lexicon matched ([`DualInQuote`]).
pub(super) fn two_in_quote(
    quote: &Quote,
    breakdown: &crate::align::Breakdown,
    n: &NumberCheck,
    counted_two: &[(String, String)],
) -> Option<DualInQuote> {
    if n.value != 2.0 {
        return None;
    }
    let arabic = if numbers::is_dual_noun(&n.text) {
        n.text.as_str()
    } else {
        counted_two
            .iter()
            .find(|(word, _)| *word == n.text)
            .map(|(_, noun)| noun.as_str())?
    };
    let mut found = DualInQuote::Unknown;
    for m in &breakdown.matches {
        if m.arabic != arabic || m.english.contains(' ') {
            continue;
        }
        match count_in_quote(&quote.text, &m.english) {
            DualInQuote::Two => return Some(DualInQuote::Two),
            one @ DualInQuote::One(_) if found == DualInQuote::Unknown => found = one,
            _ => {}
        }
    }
    Some(found)
}

/// Words that say the quote has two of something ("both soldiers", "a pair of soldiers").
const TWO_WORDS: &[&str] = &["both", "two", "pair", "couple", "twin", "twins"];

/// Words between "a" and a noun that make it one more than others ("a third soldier", "an
/// other soldier"), not the source's two.
const ONE_MORE: &[&str] = &[
    "other",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "further",
    "additional",
    "extra",
    "next",
    "last",
    "fellow",
];

/// What `quote` says of the count of `noun` (an English word the lexicon matched to a source's
/// two): see [`DualInQuote`].
fn count_in_quote(quote: &str, noun: &str) -> DualInQuote {
    let words: Vec<String> = quote
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let noun = noun.to_lowercase();
    let has = |w: &str| words.iter().any(|x| x == w);
    let one_the_other = words.iter().position(|w| w == "one").is_some_and(|k| {
        words[k..]
            .windows(2)
            .any(|p| p[0] == "the" && p[1] == "other")
    });
    let each_of_the = words
        .windows(3)
        .any(|p| p[0] == "each" && p[1] == "of" && p[2] == "the");
    if TWO_WORDS.iter().any(|w| has(w)) || one_the_other || each_of_the {
        return DualInQuote::Two;
    }
    if noun.ends_with('s') {
        return DualInQuote::Unknown; // a plural translates the dual faithfully enough
    }
    // The noun after "a", "an" or "one", with at most one word between that is no ordinal.
    let singulars: Vec<String> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == noun)
        .filter_map(|(at, _)| {
            let k = (at.saturating_sub(2)..at)
                .find(|&k| matches!(words[k].as_str(), "a" | "an" | "one"))?;
            let qualified = words[k + 1..at]
                .iter()
                .any(|w| ONE_MORE.contains(&w.as_str()));
            (!qualified).then(|| words[k..=at].join(" "))
        })
        .collect();
    let plural = words
        .iter()
        .any(|w| *w == format!("{noun}s") || *w == format!("{noun}es"));
    match singulars.len() {
        0 => DualInQuote::Unknown,
        1 if plural || has("another") || has("other") => DualInQuote::Unknown,
        1 => {
            // Keep the quote's own capitals: "A regime soldier".
            let phrase = &singulars[0];
            let original = quote
                .to_lowercase()
                .find(phrase.as_str())
                .and_then(|at| quote.get(at..at + phrase.len()))
                .map_or_else(|| phrase.clone(), str::to_string);
            DualInQuote::One(original)
        }
        _ => DualInQuote::Two,
    }
}

#[cfg(test)]
mod tests {
    use super::{count_in_quote, DualInQuote};

    #[test]
    fn a_singular_is_one_only_where_nothing_says_two() {
        let one = |q: &str| DualInQuote::One(q.to_string());
        assert_eq!(
            count_in_quote("A regime soldier was also killed", "soldier"),
            one("A regime soldier")
        );
        assert_eq!(
            count_in_quote("The attack wounded a civilian", "civilian"),
            one("a civilian")
        );
        for two in [
            "Both soldiers were wounded when a third soldier opened fire on them",
            "A Lebanese soldier and a Syrian soldier were wounded",
            "A pair of soldiers were wounded when a soldier opened fire",
            "The two soldiers were killed",
            "One soldier was Lebanese, the other Syrian",
            "Each of the soldiers was wounded",
        ] {
            assert_eq!(count_in_quote(two, "soldier"), DualInQuote::Two, "{two}");
        }
        for doubt in [
            "Soldiers were wounded when a third soldier opened fire",
            "A soldier was killed and another wounded",
            "A soldier and other soldiers were wounded",
            "Regime soldiers were also killed",
        ] {
            assert_eq!(
                count_in_quote(doubt, "soldier"),
                DualInQuote::Unknown,
                "{doubt}"
            );
        }
    }
}
