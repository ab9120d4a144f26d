//! Hyphenated compounds of place names: a route or a front between two places.

use super::cues::{COMPASS, ROUTE_NOUNS};
use super::{is_article, is_generic_head, single_space, starts_name, trim_suffixes, Word};
use super::{without_leading_mark, MAX_NAME_WORDS};
use crate::names::gazetteer::{is_common_english_word, Gazetteer};
use crate::names::key::fold_spelling;
use crate::names::mentions::stoplist::StopList;

/// Splits a hyphenated compound of capitalized names into its names, as news writes a route or a
/// front between two places (`the Lattakia-Aleppo highway`, `the Deir el-Zour-Raqqa road`): at a
/// hyphen between two capitalized parts when a route noun follows the compound (`road`,
/// `highway`, `line`, `axis`, `front` …) or, the compound itself unknown to the gazetteer, one
/// side is a spelling it lists. The part before the hyphen is never an article or a head word
/// alone (`Al-Bab`, `Kafr-Nabl`), and a lowercase article keeps its name (`el-Zour`). Returns the
/// words and the indices of the parts of a route (a route noun follows): those are places.
pub(super) fn split_compounds(
    text: &str,
    words: Vec<Word>,
    gazetteer: &Gazetteer,
) -> (Vec<Word>, std::collections::HashSet<usize>) {
    let mut out = Vec::with_capacity(words.len());
    let mut route_parts = std::collections::HashSet::new();
    for (n, w) in words.iter().enumerate() {
        let word = &text[w.start..w.end];
        let capital = |s: &str| without_leading_mark(s).starts_with(char::is_uppercase);
        if !word.contains('-') || !capital(word) && !starts_name(word) {
            out.push(*w);
            continue;
        }
        let route = route_noun_after(text, &words, n);
        // Hyphens between two capitalized parts, the part before not a lone article or head.
        let mut cuts = Vec::new();
        let mut part_start = w.start;
        for (h, _) in word.match_indices('-') {
            let at = w.start + h;
            let left = &text[part_start..at];
            let right = &text[at + 1..w.end];
            let lone = fold_spelling(left);
            let lone_head =
                !left.contains('-') && (is_article(&left.to_lowercase()) || is_generic_head(&lone));
            let left_capital = capital(left.rsplit('-').next().unwrap_or(left));
            if left_capital && capital(right) && !lone_head {
                cuts.push(at);
                part_start = at + 1;
            }
        }
        let listed = |s: &str| gazetteer.lookup_listed(s).is_some();
        // A compass word or a common English word is listed somewhere (Lebanon's North
        // governorate) but says nothing of a route: "the North-East club".
        let known = |s: &str| {
            listed(s) && !COMPASS.contains(&s.to_lowercase().as_str()) && !is_common_english_word(s)
        };
        let split = !cuts.is_empty()
            && (route
                || !listed(word) && {
                    let mut bounds = vec![w.start];
                    bounds.extend(cuts.iter().map(|&c| c + 1));
                    let mut ends: Vec<usize> = cuts.clone();
                    ends.push(w.end);
                    bounds
                        .iter()
                        .zip(&ends)
                        .any(|(&a, &b)| known(trim_suffixes(&text[a..b])))
                });
        if !split {
            out.push(*w);
            continue;
        }
        let mut start = w.start;
        for end in cuts.iter().copied().chain([w.end]) {
            if route {
                route_parts.insert(out.len());
            }
            out.push(Word { start, end });
            start = end + 1;
        }
    }
    (out, route_parts)
}

/// Whether a route noun follows the compound `words[n]` once the rest of the second name is
/// read: `Tal Abyad-Ras al-Ain road`, `Kafr Nabl-Maarat al-Numan road` (the noun comes after
/// `al-Ain`, `al-Numan`). Before 2026-12-07 only the word right after the compound was read, so
/// a second name of two words was never split. A stop word ends the name (`the North-East Syria
/// front` is no route).
fn route_noun_after(text: &str, words: &[Word], n: usize) -> bool {
    let stop = StopList::get();
    for k in n + 1..(n + 1 + MAX_NAME_WORDS).min(words.len()) {
        if !single_space(text, words, k) {
            return false;
        }
        let word = &text[words[k].start..words[k].end];
        let lower = word.to_lowercase();
        if ROUTE_NOUNS.contains(&lower.as_str()) {
            return true;
        }
        let name = starts_name(word) || is_article(&lower);
        if !name || stop.is_stop(trim_suffixes(word)) || word.len() > trim_suffixes(word).len() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::names_in as names;
    use crate::names::gazetteer::Gazetteer;

    #[test]
    fn a_route_whose_second_name_has_two_words_is_split() {
        let text = "Fighters cut the Tal Abyad-Ras al-Ain road on Monday, and rebels cut the \
                    Kafr Nabl-Maarat al-Numan road.";
        let expected = ["Tal Abyad", "Ras al-Ain", "Kafr Nabl", "Maarat al-Numan"];
        assert_eq!(names(text, Gazetteer::embedded()), expected);
        // From the route noun alone, with no gazetteer.
        assert_eq!(names(text, &Gazetteer::default()), expected);
        // A stop word ends the second name: no route, no split.
        assert!(names("the North-East Syria front", &Gazetteer::default()).is_empty());
    }
}
