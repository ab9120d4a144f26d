//! A name as the subject of a predicate only places take in war and news English: `X was
//! shelled`, `X came under fire`, `X fell to the rebels`, `X remained tense`, `X lies 30 km
//! north of Y`, and the apposition `X, a farming town of 20,000`. These put a name in place where
//! no preposition or verb stands before it: at the start of a sentence or of a clause.
//!
//! Persons are filtered before this rule is asked (`is_person`), so `Assad was quiet` stays a
//! person when the persons' list knows him; an unknown person who "was evacuated" is a false
//! place, the cost of finding `Zliten was shelled` with no gazetteer.

use super::{Word, COMPASS, CUE_AFTER};

/// Adverbs allowed between the parts of the predicate: `was again shelled`, `were both bombed`.
const FILLERS: &[&str] = &[
    "again",
    "also",
    "both",
    "all",
    "still",
    "now",
    "briefly",
    "repeatedly",
    "reportedly",
    "heavily",
    "largely",
    "almost",
    "nearly",
    "completely",
    "already",
    "then",
    "later",
    "finally",
    "once",
    "twice",
    "partly",
    "partially",
    "mostly",
    "effectively",
    "relatively",
    "eventually",
    "quickly",
    "suddenly",
    "virtually",
    "totally",
    "entirely",
    "recently",
    "newly",
];

/// Verbs of being and staying that take a participle or a state after them.
const BE: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "remained", "remains", "remain", "stayed",
    "stays", "stay", "became", "becomes", "seemed", "seems", "appeared", "appears", "looked",
    "looks", "lay", "lies",
];

/// Participles of what happens to a place (`was shelled`, `has been retaken`).
const PARTICIPLES: &[&str] = &[
    "shelled",
    "bombed",
    "bombarded",
    "besieged",
    "captured",
    "recaptured",
    "retaken",
    "taken",
    "seized",
    "stormed",
    "struck",
    "targeted",
    "raided",
    "overrun",
    "encircled",
    "surrounded",
    "liberated",
    "evacuated",
    "destroyed",
    "damaged",
    "flattened",
    "levelled",
    "leveled",
    "blockaded",
    "sealed",
    "occupied",
    "isolated",
    "abandoned",
    "emptied",
    "deserted",
    "flooded",
    "devastated",
    "ravaged",
    "razed",
    "depopulated",
    "annexed",
    "reached",
    "entered",
    "hit",
    "pounded",
    "rocked",
    "shaken",
    "located",
    "situated",
];

/// States of a place (`remained tense`, `was calm`).
const STATES: &[&str] = &[
    "quiet",
    "calm",
    "tense",
    "empty",
    "deserted",
    "inaccessible",
    "unreachable",
    "besieged",
    "encircled",
    "surrounded",
    "devastated",
    "destroyed",
    "cut",
];

/// What a place comes or stays under: `came under fire`, `remained under siege`.
const UNDER: &[&str] = &[
    "siege",
    "fire",
    "attack",
    "attacks",
    "curfew",
    "bombardment",
    "shelling",
    "blockade",
    "control",
    "lockdown",
    "occupation",
    "assault",
    "threat",
];

/// Verbs that take `under`: `came under`, `has come under`.
const COME: &[&str] = &["came", "come", "comes", "coming"];

/// Verbs of falling to a force: `fell to the army`.
const FALL: &[&str] = &["fell", "falls", "fallen", "fall"];

/// Verbs of lying somewhere (`lies 30 km north of`, `sits on the coast`).
const LIE: &[&str] = &["lies", "lay", "sits", "sat", "stands"];

/// What follows a verb of lying when it says where (besides a point of the compass): a
/// distance or a position.
const WHERE: &[&str] = &[
    "about", "some", "roughly", "nearly", "around", "only", "just", "on", "along", "near",
    "between", "midway", "halfway",
];

/// Units of a distance after a number: `is about 20 km from`, not `was 20 years old`.
const UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "mi",
    "metres",
    "meters",
    "m",
];

/// What a person, not a place, falls to: `fell to his knees`, `fell to the ground`.
const BODILY: &[&str] = &[
    "his", "her", "their", "my", "your", "our", "its", "ground", "floor", "knees", "death",
];

/// Articles and determiners opening an apposition (`, a farming town of`).
const APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "another"];

/// Whether the words after word `last` make it the subject of a place's predicate.
pub(super) fn place_predicate_after(text: &str, words: &[Word], last: usize) -> bool {
    let next = following(text, words, last, 6);
    let mut rest: &[String] = &next;
    if rest
        .first()
        .is_some_and(|w| w == "has" || w == "have" || w == "had")
    {
        rest = &rest[1..];
    }
    let rest = skip_fillers(rest);
    let Some(verb) = rest.first().map(String::as_str) else {
        return apposition_after(text, words, last);
    };
    let after = skip_fillers(&rest[1..]);
    let then = after.first().map(String::as_str);
    // `lies 30 km north`, `sits on the coast`; `is`/`was` only with a distance (`is about 20 km`).
    let distance = after
        .windows(2)
        .take(2)
        .any(|p| starts_with_digit(&p[0]) && UNITS.contains(&p[1].as_str()));
    let lies = matches!(verb, "is" | "was") && distance
        || LIE.contains(&verb)
            && then.is_some_and(|w| {
                WHERE.contains(&w) || COMPASS.contains(&w) || starts_with_digit(w)
            });
    if lies {
        return true;
    }
    if COME.contains(&verb) {
        return then == Some("under") && under_what(&after[1..]);
    }
    if FALL.contains(&verb) {
        // `fell to the rebels`, not `fell to his knees`, `fell to the ground`.
        let body = matches!(after.get(1).map(String::as_str), Some(w) if BODILY.contains(&w))
            || matches!(after.get(2).map(String::as_str), Some(w) if BODILY.contains(&w));
        return matches!(then, Some("to" | "into" | "under")) && !body;
    }
    if BE.contains(&verb) {
        return match then {
            Some("under") => under_what(&after[1..]),
            Some(w) => PARTICIPLES.contains(&w) || STATES.contains(&w),
            None => false,
        };
    }
    false
}

/// `X, a farming town of 20,000`: a comma, an article, then a place noun within three words.
fn apposition_after(text: &str, words: &[Word], last: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    if text[words[last].end..next.start].trim() != "," {
        return false;
    }
    let phrase = following(text, words, last + 1, 3);
    let opener = text[next.start..next.end].to_lowercase();
    APPOSITION_OPENERS.contains(&opener.as_str())
        && phrase.iter().any(|w| CUE_AFTER.contains(&w.as_str()))
}

/// Up to `n` lowercase words after word `at`, stopping at punctuation other than spaces.
fn following(text: &str, words: &[Word], at: usize, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for k in at + 1..(at + 1 + n).min(words.len()) {
        if !text[words[k - 1].end..words[k].start]
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
        {
            break;
        }
        out.push(text[words[k].start..words[k].end].to_lowercase());
    }
    out
}

/// `siege`, or one qualifying word before it: `under renewed attack`, `under heavy fire`.
fn under_what(words: &[String]) -> bool {
    words.iter().take(2).any(|w| UNDER.contains(&w.as_str()))
}

fn skip_fillers(words: &[String]) -> &[String] {
    let skip = words
        .iter()
        .take_while(|w| FILLERS.contains(&w.as_str()))
        .count();
    &words[skip..]
}

fn starts_with_digit(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}
