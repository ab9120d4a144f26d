//! Title Case headlines: every word capitalized, so capitals say nothing of a name's end
//! (QA 34f D5). `Clashes Erupt Outside Saraqeb As Talks Stall` names Saraqeb, not `Saraqeb As
//! Talks Stall`; `Near East Policy Shifts After Summit` names no place.

use super::cues::HEADS;
use super::{is_article, starts_name, trim_suffixes, Word};
use crate::names::gazetteer::is_common_english_word;
use crate::names::key::fold_spelling;
use crate::names::mentions::stoplist::StopList;

/// Short words a Title Case headline may leave lowercase.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "vs", "via", "per", "up", "off", "into", "over",
];

/// Fewest capitalized common English words (the line's first word aside) that make a line of
/// capitals a Title Case headline rather than a list of names (`Aleppo, Idlib, Hama`).
const MIN_COMMON_WORDS: usize = 2;

/// Whether the line holding byte `at` is a Title Case line: three words or more, none
/// lowercase but the short words of titles (and articles joined to a name: `el-Sheikh`), and at
/// least two capitalized common English words after the first.
pub(super) fn title_case_line(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let stop = StopList::get();
    let mut count = 0;
    let mut common = 0;
    for raw in text[start..end].split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !word.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        count += 1;
        if !starts_name(word) {
            if SMALL_WORDS.contains(&word) || is_article(word) {
                continue;
            }
            return false; // a lowercase word of prose: no headline
        }
        let bare = trim_suffixes(word);
        if count > 1 && (stop.is_stop(bare) || is_common_english_word(bare)) {
            common += 1;
        }
    }
    count >= 3 && common >= MIN_COMMON_WORDS
}

/// In a Title Case line, where the name `words[first..=last]` ends: before its first common
/// English word after the first (`Saraqeb` of `Saraqeb Talks Stall`, `East` of `East Policy
/// Shifts`), articles and head words aside (`Ras al-Ain`, `Tal Abyad`). `None` when no such
/// word cuts it.
pub(super) fn name_end_in_headline(
    text: &str,
    words: &[Word],
    first: usize,
    last: usize,
) -> Option<usize> {
    let stop = StopList::get();
    let cut = (first + 1..=last).find(|&k| {
        let word = trim_suffixes(&text[words[k].start..words[k].end]);
        !is_article(&word.to_lowercase())
            && !HEADS.contains(&fold_spelling(word).as_str())
            && (stop.is_stop(word) || is_common_english_word(word))
    })?;
    // A name does not end in an article.
    let mut end = cut - 1;
    while end > first && is_article(&text[words[end].start..words[end].end].to_lowercase()) {
        end -= 1;
    }
    Some(end)
}

/// Whether the words `words[first..=last]`, articles aside, are all common English words or
/// stop words: what a headline's cut leaves of `Domestic Violence Charges` is no name.
pub(super) fn common_words_only(text: &str, words: &[Word], first: usize, last: usize) -> bool {
    let stop = StopList::get();
    (first..=last).all(|k| {
        let word = trim_suffixes(&text[words[k].start..words[k].end]);
        is_article(&word.to_lowercase())
            || !HEADS.contains(&fold_spelling(word).as_str())
                && (stop.is_stop(word) || is_common_english_word(word))
    })
}

#[cfg(test)]
mod tests {
    use crate::names::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<String> {
        super::super::tests::names_in(text, Gazetteer::embedded())
    }

    #[test]
    fn a_title_case_headline_ends_the_name_at_its_first_common_word() {
        assert_eq!(
            names("# Clashes Erupt Outside Saraqeb As Talks Stall\n\nTroops shelled Saraqib."),
            ["Saraqeb", "Saraqib"]
        );
        assert!(names("## Near East Policy Shifts After Summit\n").is_empty());
        // What the cut leaves of common words alone is no name either.
        assert!(names("Son Arrested on Domestic Violence Charges").is_empty());
        assert_eq!(
            names("Shelling Resumes Near Idleb Despite Truce"),
            ["Idleb"]
        );
    }

    #[test]
    fn names_of_several_words_stay_whole_in_a_headline() {
        for place in [
            "Deir ez-Zor",
            "Ras al-Ain",
            "Maarat al-Numan",
            "Tal Abyad",
            "Beit Lahia",
            "Port Said",
            "Sharm el-Sheikh",
        ] {
            let headline = format!("# Shelling Resumes Near {place} As Talks Stall");
            assert_eq!(names(&headline), [place], "{headline}");
        }
    }
}
