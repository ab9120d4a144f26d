//! Place-name mentions in English text.
//!
//! 1. Words keep their inner hyphens and apostrophes (`Ma'arrat`, `al-Nu'man`, `Dar'a`).
//! 2. Capitalized words separated by single spaces form a sequence; a lowercase article between
//!    two of them stays in (`Ma'arrat an Nu'man`).
//! 3. The stop list splits a sequence (`Monday`, `Russian`, `The`), an organization word drops
//!    what comes before it (`Al-Nusra Front`), a feature noun is cut off (`Kafrdabla Castle`).
//! 4. What is left is a place when the gazetteer knows it, when it starts with a head word
//!    (`Kafr`, `Tal`, `Jabal` …), or when a cue says so: `village of X`, `near X`, `in X`,
//!    `X countryside`, or a list whose other member is a place (`Koflika and Ghazaleh`).
//!    Anything else — a capitalized word at the start of a sentence, an unknown name with no
//!    cue — is not reported: missing a name is cheaper than flagging "Coastal" as a village.

use super::stoplist::StopList;
use super::Mention;
use crate::names::gazetteer::Gazetteer;
use crate::names::key::{fold_spelling, is_apostrophe};
use crate::text::LineIndex;

/// First words that make a sequence a place name on their own (Kafr Nabl, Tal Rifaat).
const HEADS: &[&str] = &[
    "kafr", "kfar", "kfr", "kefr", "tal", "tell", "tall", "tel", "jabal", "jebel", "jbel",
    "djebel", "deir", "dayr", "dair", "ain", "ayn", "ein", "khirbet", "khirbat", "kherbet", "wadi",
    "ras", "beit", "bayt", "bab", "jisr", "maarat", "maarrat", "marat", "maaret", "qalaat",
    "qalat", "qalaa",
];

/// Prepositions that put a capitalized name after them in place: `near Salma`.
const CUE_BEFORE: &[&str] = &[
    "in", "near", "around", "from", "towards", "toward", "outside", "into", "at", "nearby",
    "village", "town", "city", "villages", "towns",
];

/// Nouns that make `of X` a place: `the village of Salma`, `northeast of Latakia`.
const CUE_OF: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "outskirts",
    "countryside",
    "province",
    "governorate",
    "district",
    "suburb",
    "suburbs",
    "area",
    "region",
    "direction",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "entrance",
    "entrances",
    "edge",
    "outskirt",
    "vicinity",
    "environs",
    "centre",
    "center",
    "heart",
    "west",
    "parts",
    "mountains",
];

/// Nouns after a name that make it a place: `Latakia countryside`, `Aleppo provinces`.
const CUE_AFTER: &[&str] = &[
    "countryside",
    "province",
    "provinces",
    "governorate",
    "governorates",
    "district",
    "area",
    "region",
    "outskirts",
    "suburbs",
    "village",
    "town",
    "city",
    "countrysides",
];

/// Words allowed between two members of a list of places (besides commas and spaces).
const LIST_FILLERS: &[&str] = &["and", "or", "as", "well", "the"];

/// A word with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// A candidate name: a span of one or more words, with the words around it.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// Index of its first and last word in the word list.
    first: usize,
    last: usize,
    accepted: bool,
    gazetteer: bool,
}

/// The place-name mentions of an English text.
pub fn find(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    let words = split_words(text);
    let stop = StopList::get();
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !starts_name(&text[words[i].start..words[i].end]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && single_space(text, &words, j) {
            let w = &text[words[j].start..words[j].end];
            // An article standing alone joins two parts of a name (Ma'arrat an Nu'man), but
            // "as", "an", "at" are English words too: "north of Latakia as Russian jets …".
            let article_then_name = is_article(w)
                && j + 1 < words.len()
                && single_space(text, &words, j + 1)
                && starts_name(&text[words[j + 1].start..words[j + 1].end])
                && !stop.is_stop(trim_suffixes(&text[words[j + 1].start..words[j + 1].end]));
            if starts_name(w) || article_then_name {
                j += 1;
            } else {
                break;
            }
        }
        split_sequence(text, &words, i, j, stop, &mut candidates);
        i = j;
    }
    for c in &mut candidates {
        let surface = &text[c.start..c.end];
        c.gazetteer = gazetteer.lookup_latin(surface).is_some();
        let shouting = surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && surface.chars().filter(|c| c.is_alphabetic()).count() > 1;
        let cued = cue_before(text, &words, c.first) || cue_after(text, &words, c.last);
        c.accepted = if stop.outlet.contains(&fold_spelling(surface)) {
            cued
        } else {
            c.gazetteer || (!shouting && (has_head(surface, c.last > c.first) || cued))
        };
    }
    propagate_through_lists(text, &mut candidates);
    let lines = LineIndex::new(text);
    candidates
        .iter()
        .filter(|c| c.accepted)
        .map(|c| Mention::new(text, &lines, c.start, c.end, gazetteer))
        .collect()
}

/// Words: letters and digits, with hyphens and apostrophes inside (between two letters).
fn split_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        let next_alpha = chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        let inner = (c == '-' || is_apostrophe(c)) && prev_alnum && next_alpha;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(Word { start: s, end: i });
        }
        prev_alnum = c.is_alphanumeric();
    }
    if let Some(s) = start {
        words.push(Word {
            start: s,
            end: text.len(),
        });
    }
    words
}

/// Whether word `j` follows word `j - 1` after exactly one space.
fn single_space(text: &str, words: &[Word], j: usize) -> bool {
    matches!(&text[words[j - 1].end..words[j].start], " " | "\u{a0}")
}

/// `al`, `el`, `an`, … standing alone between two capitalized words.
fn is_article(word: &str) -> bool {
    matches!(
        word,
        "al" | "el" | "ad" | "ed" | "ash" | "as" | "at" | "az" | "ez" | "ar" | "an" | "en" | "es"
    )
}

/// A capitalized word, or a lowercase article joined to one (`al-Akrad`, `ez-Zor`).
fn starts_name(word: &str) -> bool {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        return true;
    }
    match word.split_once('-') {
        Some((article, rest)) => {
            is_article(article) && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

/// Splits the capitalized sequence `words[from..to]` at stop words, organization words and
/// feature nouns, and pushes the parts that are left.
fn split_sequence(
    text: &str,
    words: &[Word],
    from: usize,
    to: usize,
    stop: &StopList,
    out: &mut Vec<Candidate>,
) {
    let mut part: Option<(usize, usize, usize)> = None; // (first word, last word, end byte)
    let flush = |part: &mut Option<(usize, usize, usize)>, out: &mut Vec<Candidate>| {
        if let Some((first, last, end)) = part.take() {
            out.push(Candidate {
                start: words[first].start,
                end,
                first,
                last,
                accepted: false,
                gazetteer: false,
            });
        }
    };
    for k in from..to {
        let raw = &text[words[k].start..words[k].end];
        let word = trim_suffixes(raw);
        if stop.is_organization(word) {
            part = None; // "Al-Nusra Front": what came before names the organization
            continue;
        }
        let inner_article = is_article(word) && part.is_some();
        if !inner_article && (stop.is_stop(word) || stop.is_feature(word)) {
            flush(&mut part, out);
            continue;
        }
        let end = words[k].start + word.len();
        part = Some(match part {
            Some((first, _, _)) => (first, k, end),
            None => (k, k, end),
        });
        if word.len() < raw.len() {
            // A possessive or a lowercase suffix ends the name: "Salma's", "Beirut-based".
            flush(&mut part, out);
        }
    }
    // "Al-Mayadeen television": an organization word right after the sequence.
    // Capitalized only: "the Kafr Dabla front" is a place on a front line.
    let followed_by_organization = to < words.len()
        && single_space(text, words, to)
        && text[words[to].start..].starts_with(char::is_uppercase)
        && stop.is_organization(&text[words[to].start..words[to].end]);
    if followed_by_organization {
        part = None;
    }
    flush(&mut part, out);
}

/// The word without a possessive `'s` and without a lowercase suffix after a hyphen.
fn trim_suffixes(word: &str) -> &str {
    let word = ["'s", "’s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    match word.rsplit_once('-') {
        Some((head, tail))
            if tail.chars().next().is_some_and(char::is_lowercase)
                && !is_article(head.rsplit('-').next().unwrap_or("")) =>
        {
            head
        }
        _ => word,
    }
}

fn has_head(surface: &str, several_words: bool) -> bool {
    let first = surface.split([' ', '-']).next().unwrap_or("");
    several_words && HEADS.contains(&fold_spelling(first).as_str())
}

/// The lowercase word `back` words before word `at`, if no sentence boundary is in between.
fn word_before<'t>(text: &'t str, words: &[Word], at: usize, back: usize) -> Option<&'t str> {
    let k = at.checked_sub(back)?;
    if text[words[k].end..words[at].start].contains(['.', '!', '?', '\n', ';', ':', '(', ')']) {
        return None;
    }
    Some(&text[words[k].start..words[k].end])
}

fn cue_before(text: &str, words: &[Word], first: usize) -> bool {
    let lower = |w: &str| w.to_lowercase();
    match word_before(text, words, first, 1).map(lower) {
        Some(w) if w == "of" => word_before(text, words, first, 2)
            .map(lower)
            .is_some_and(|n| CUE_OF.contains(&n.as_str())),
        Some(w) => CUE_BEFORE.contains(&w.as_str()),
        None => false,
    }
}

fn cue_after(text: &str, words: &[Word], last: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    let gap = &text[words[last].end..next.start];
    !gap.contains(['.', '!', '?', '\n', ',', ';', ':'])
        && CUE_AFTER.contains(&text[next.start..next.end].to_lowercase().as_str())
}

/// Members of one list share its fate: in `Dorin and Sahla Haseeko, Al-Koum and Jabal Nawba`,
/// one place makes all of them places.
fn propagate_through_lists(text: &str, candidates: &mut [Candidate]) {
    let stop = StopList::get();
    let linked: Vec<bool> = candidates
        .windows(2)
        .map(|pair| {
            let between = &text[pair[0].end..pair[1].start];
            between
                .split([' ', ',', '\u{a0}'])
                .all(|w| w.is_empty() || LIST_FILLERS.contains(&w) || stop.is_feature(w))
                && between.contains([',', 'a', 'o'])
        })
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (k, &link) in linked.iter().enumerate() {
            if link && candidates[k].accepted != candidates[k + 1].accepted {
                candidates[k].accepted = true;
                candidates[k + 1].accepted = true;
                changed = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::gazetteer::tests::fixture;

    fn names(text: &str) -> Vec<String> {
        names_in(text, &fixture())
    }

    fn names_in(text: &str, gazetteer: &Gazetteer) -> Vec<String> {
        find(text, gazetteer)
            .into_iter()
            .map(|m| m.surface)
            .collect()
    }

    #[test]
    fn english_words_that_look_like_articles_do_not_join_names() {
        let found = names_in(
            "Jets struck north of Latakia as Russian jets flew.",
            Gazetteer::embedded(),
        );
        assert_eq!(found, ["Latakia"]);
    }

    #[test]
    fn a_lowercase_front_after_a_place_is_not_an_organization() {
        let found = names_in(
            "They repelled the attack on the Kafr Dabla front.",
            Gazetteer::embedded(),
        );
        assert_eq!(found, ["Kafr Dabla"]);
    }

    #[test]
    fn cues_heads_and_gazetteer() {
        assert_eq!(
            names("Clashes raged around the village of Dorin on Monday."),
            ["Dorin"]
        );
        assert_eq!(names("Troops shelled Tal Rifaat and left."), ["Tal Rifaat"]);
        assert_eq!(names("Fighting in Kfardebla continued."), ["Kfardebla"]);
        assert_eq!(names("Strikes hit Jebel Akrad overnight."), ["Jebel Akrad"]);
        assert_eq!(
            names("The northern Latakia countryside burned."),
            ["Latakia"]
        );
    }

    #[test]
    fn ordinary_capitals_are_not_places() {
        assert!(names("The Syrian Observatory said Monday that Russian jets struck.").is_empty());
        assert!(names("Orient News said the Free Syrian Army withdrew.").is_empty());
        assert!(names("Dorin is quiet. Hezbollah fighters arrived.").is_empty());
        assert!(names("The NGO said the NDF advanced in September.").is_empty());
    }

    #[test]
    fn organizations_around_a_place_name() {
        assert!(names("pro-Damascus Al-Mayadeen television reported").is_empty());
        assert!(names("Al-Mayadeen added that the army advanced.").is_empty());
        assert_eq!(
            names("Shelling in al-Mayadeen killed two."),
            ["al-Mayadeen"]
        );
        assert!(names("fighters of the Al-Nusra Front").is_empty());
    }

    #[test]
    fn particles_apostrophes_and_possessives() {
        assert_eq!(
            names("near Ma'arrat an Nu'man today"),
            ["Ma'arrat an Nu'man"]
        );
        assert_eq!(names("towards Maarat al-Numan."), ["Maarat al-Numan"]);
        assert_eq!(names("Salma's defenders held."), ["Salma"]);
        assert_eq!(names("from Dar'a"), ["Dar'a"]);
        assert_eq!(names("near Deir ez-Zor"), ["Deir ez-Zor"]);
    }

    #[test]
    fn lists_and_features() {
        assert_eq!(
            names("from the direction of Kafrdabla Castle, Dorin and Sahla Haseeko, Al-Koum and Jabal Nawba, as well as Koflika and Ghazaleh."),
            ["Kafrdabla", "Dorin", "Sahla Haseeko", "Al-Koum", "Jabal Nawba", "Koflika", "Ghazaleh"]
        );
    }

    #[test]
    fn spans_and_line_columns() {
        let text = "Calm.\nShelling near Kafr Dabla.";
        let m = &find(text, &fixture())[0];
        assert_eq!(&text[m.start..m.end], "Kafr Dabla");
        assert_eq!((m.line, m.column), (2, 15));
        assert_eq!(m.key, "kfrdbl");
        assert_eq!(m.gazetteer_id.as_deref(), Some("kafrdabla"));
    }

    #[test]
    fn hyphenated_suffixes_are_cut() {
        assert_eq!(trim_suffixes("Beirut-based"), "Beirut");
        assert_eq!(trim_suffixes("al-Akrad"), "al-Akrad");
        assert_eq!(trim_suffixes("Salma’s"), "Salma");
    }
}
