//! Place-name mentions in Arabic text: gazetteer lookup of one to four words (the first with its
//! clitic prefixes و ف ب ل ك and the article stripped), then cue words — قرية، بلدة، مدينة، ريف،
//! جبل، محيط، بلدات، قرى — for names the gazetteer does not know.

use super::stoplist::StopList;
use super::Mention;
use crate::names::gazetteer::{arabic_index_form, Gazetteer};
use crate::text::{is_arabic_char, LineIndex};

/// Words after which the next word is a place name. The plural cues take a list (وسلمى).
const CUES: &[&str] = &[
    "قرية",
    "بلدة",
    "مدينة",
    "ريف",
    "محيط",
    "بلدات",
    "قرى",
    "منطقة",
    "بلدتي",
    "قريتي",
    "مدن",
    "اطراف",
    "أطراف",
    "مشارف",
    "ضواحي",
    "مدينتي",
];
const LIST_CUES: &[&str] = &["بلدات", "قرى", "بلدتي", "قريتي", "مدن", "مدينتي"];

/// First words of compound names that are not common nouns too (كفر نبل، تل رفعت، جبل الأكراد).
const HEADS: &[&str] = &[
    "كفر", "تل", "جبل", "دير", "خربة", "وادي", "جسر", "معرة", "قلعة", "تلة",
];

/// Longest name, in words, looked up in the gazetteer.
const MAX_NAME_WORDS: usize = crate::tuning::TUNING.names.max_arabic_name_words;

#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// Bytes of the longest possible clitic prefix (و ب ل ف ك, up to two letters): وكفردبل may
    /// be و + كفردبل or وك + فردبل, so lookups try each length.
    prefix: usize,
    /// Bytes of a leading conjunction و or ف alone: what is stripped from a name nobody knows.
    conjunction: usize,
    /// The word follows a sentence boundary.
    after_break: bool,
    /// The word follows a comma.
    after_comma: bool,
}

/// The place-name mentions of an Arabic text.
pub fn find(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    let scan = Scan {
        text,
        words: split_words(text),
        lines: LineIndex::new(text),
        gazetteer,
    };
    let words = &scan.words;
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((n, prefix)) = gazetteer_match(text, words, i, gazetteer) {
            mentions.push(scan.mention(i, n, prefix));
            i += n;
            continue;
        }
        let (offset, word) = bare_with_offset(text, &words[i]);
        if CUES.contains(&word) {
            i = scan.names_after_cue(i + 1, LIST_CUES.contains(&word), &mut mentions);
            continue;
        }
        let next_joined =
            i + 1 < words.len() && !words[i + 1].after_break && !words[i + 1].after_comma;
        if HEADS.contains(&word) && next_joined {
            mentions.push(scan.mention(i, 2, offset));
            i += 2;
            continue;
        }
        i += 1;
    }
    mentions
}

/// A text being scanned, with its words.
struct Scan<'t> {
    text: &'t str,
    words: Vec<Word>,
    lines: LineIndex,
    gazetteer: &'t Gazetteer,
}

impl Scan<'_> {
    /// The mention of `n` words from word `i`, the first `prefix` bytes of word `i` left out.
    fn mention(&self, i: usize, n: usize, prefix: usize) -> Mention {
        let (start, end) = (self.words[i].start + prefix, self.words[i + n - 1].end);
        Mention::new(self.text, &self.lines, start, end, self.gazetteer)
    }

    /// Names after a cue word, from word `i`: one name, or with `list` several joined by و and
    /// commas. Returns the index of the first word not consumed.
    fn names_after_cue(&self, mut i: usize, list: bool, out: &mut Vec<Mention>) -> usize {
        let (text, words) = (self.text, &self.words);
        let stop = StopList::get();
        let mut first = true;
        while i < words.len() && !words[i].after_break {
            let w = &words[i];
            let joined_by_and = w.conjunction > 0 && text[w.start..].starts_with('و');
            if !first && !joined_by_and && !w.after_comma {
                break;
            }
            if stop.stop_ar.contains(bare(text, w)) {
                break;
            }
            let (n, prefix) = gazetteer_match(text, words, i, self.gazetteer)
                .or_else(|| {
                    let head = HEADS.contains(&bare(text, w)) && i + 1 < words.len();
                    head.then_some((2, w.conjunction))
                })
                .unwrap_or((1, w.conjunction));
            out.push(self.mention(i, n, prefix));
            i += n;
            first = false;
            if !list {
                break;
            }
        }
        i
    }
}

/// The gazetteer name starting at word `i`: (number of words, 1..=4, longest first; bytes of the
/// first word's prefix that are not part of it). The word as written is tried before the word
/// without its prefix, so بانياس stays whole and وكفردبل loses its و but not its ك.
fn gazetteer_match(
    text: &str,
    words: &[Word],
    i: usize,
    gazetteer: &Gazetteer,
) -> Option<(usize, usize)> {
    if gazetteer.is_empty() {
        return None;
    }
    let word = &text[words[i].start..words[i].end];
    let first_letter = word.chars().next().map_or(0, char::len_utf8);
    let prefixes = [0, first_letter, words[i].prefix];
    (1..=MAX_NAME_WORDS.min(words.len() - i))
        .rev()
        .find_map(|n| {
            let inner = &words[i + 1..i + n];
            if inner.iter().any(|w| w.after_break || w.after_comma) {
                return None;
            }
            let end = words[i + n - 1].end;
            prefixes
                .into_iter()
                .filter(|&p| p <= words[i].prefix)
                .find(|&p| {
                    gazetteer.has_arabic_form(&arabic_index_form(&text[words[i].start + p..end]))
                })
                .map(|p| (n, p))
        })
}

/// Arabic words with their clitic prefix measured, and whether a break comes before each.
fn split_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = None;
    let mut last_end = 0;
    let push = |s: usize, e: usize, words: &mut Vec<Word>, last_end: &mut usize| {
        let gap = &text[*last_end..s];
        let word = &text[s..e];
        let prefix = clitic_prefix(word);
        let conjunction = match word.chars().next() {
            Some(c @ ('و' | 'ف')) if prefix > 0 => c.len_utf8(),
            _ => 0,
        };
        words.push(Word {
            start: s,
            end: e,
            prefix,
            conjunction,
            after_break: words.is_empty() || gap.contains(['.', '!', '?', '\n', '؟', ':', '؛']),
            after_comma: gap.contains(['،', ',']),
        });
        *last_end = e;
    };
    for (i, c) in text.char_indices() {
        if is_arabic_char(c) && c != '،' && c != '؛' && c != '؟' {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(s, i, &mut words, &mut last_end);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut words, &mut last_end);
    }
    words
}

/// Bytes of the conjunction and preposition prefixes of a word: و ف ب ل ك, alone or as وب، فل …,
/// kept only when what follows is long enough to be a name (three letters or more).
fn clitic_prefix(word: &str) -> usize {
    let mut prefix = 0;
    for (n, c) in word.char_indices().take(2) {
        let rest_letters = word[n + c.len_utf8()..].chars().count();
        let allowed = match n {
            0 => matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'),
            _ => matches!(c, 'ب' | 'ل' | 'ك') && prefix > 0,
        };
        if allowed && rest_letters >= 3 {
            prefix = n + c.len_utf8();
        } else {
            break;
        }
    }
    prefix
}

/// The word without its prefix, for the cue and head lists (which hold bare words), and the
/// bytes dropped: وادي is a head, not و + ادي.
fn bare_with_offset<'t>(text: &'t str, w: &Word) -> (usize, &'t str) {
    let word = &text[w.start..w.end];
    let one_letter = match word.chars().next() {
        Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) => c.len_utf8(),
        _ => 0,
    };
    [0, one_letter, w.prefix]
        .into_iter()
        .find(|&p| CUES.contains(&&word[p..]) || HEADS.contains(&&word[p..]))
        .map_or((w.prefix, &word[w.prefix..]), |p| (p, &word[p..]))
}

fn bare<'t>(text: &'t str, w: &Word) -> &'t str {
    bare_with_offset(text, w).1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::gazetteer::tests::fixture;

    fn names(text: &str) -> Vec<String> {
        find(text, &fixture())
            .into_iter()
            .map(|m| m.surface)
            .collect()
    }

    #[test]
    fn gazetteer_names_with_prefixes_and_articles() {
        assert_eq!(names("اشتباكات عنيفة في سلمى وكفردبل"), ["سلمى", "كفردبل"]);
        assert_eq!(names("غارات على جبل الأكراد اليوم"), ["جبل الأكراد"]);
        let m = &find("قصف بالقرب من اللاذقية", &fixture())[0];
        assert_eq!(m.gazetteer_id.as_deref(), Some("latakia"));
        assert_eq!(m.key, "ldky");
    }

    #[test]
    fn cue_words_find_unknown_names() {
        assert_eq!(names("سيطر الجيش على قرية دورين"), ["دورين"]);
        assert_eq!(
            names("تقدم في بلدات الكوم وغزالة، كفرليكا"),
            ["الكوم", "غزالة", "كفرليكا"]
        );
        assert_eq!(names("قرية في الجبل"), Vec::<String>::new());
    }

    #[test]
    fn heads_take_the_next_word() {
        assert_eq!(names("معارك في تل رفعت."), ["تل رفعت"]);
        assert_eq!(names("قصف وادي النصارى"), ["وادي النصارى"]);
        assert_eq!(names("قصف وتل رفعت"), ["تل رفعت"]);
    }

    #[test]
    fn prefixes_are_measured_only_before_long_words() {
        assert_eq!(clitic_prefix("وكفردبل"), "وك".len());
        assert_eq!(clitic_prefix("وبسلمى"), "وب".len());
        assert_eq!(clitic_prefix("ولد"), 0);
    }
}
