//! Place-name mentions in Arabic text: gazetteer lookup of one to four words (the first with its
//! clitic prefixes و ف ب ل ك and the article stripped), then cue words — قرية، بلدة، مدينة، ريف،
//! جبل، محيط، بلدات، قرى — for names the gazetteer does not know.

use std::cell::OnceCell;
use std::sync::OnceLock;

use super::stoplist::StopList;
use super::Mention;
use crate::names::gazetteer::{arabic_index_form, without_article, Gazetteer};
use crate::text::{arabic, is_arabic_char, LineIndex};

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

/// The place-name mentions of an Arabic text (a run of white space reads as one space).
pub fn find(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    super::in_plain(text, |t| find_raw(t, gazetteer))
}

/// [`find`] on a text whose white space is already folded.
pub(super) fn find_raw(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    let words = split_words(text);
    let scan = Scan {
        text,
        forms: WordForms::new(text, &words, gazetteer),
        words,
        lines: OnceCell::new(),
        gazetteer,
    };
    let words = &scan.words;
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((n, prefix)) = scan.gazetteer_match(i) {
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
    forms: WordForms,
    /// Made for the first mention: most sentences name no place.
    lines: OnceCell<LineIndex>,
    gazetteer: &'t Gazetteer,
}

impl Scan<'_> {
    /// The mention of `n` words from word `i`, the first `prefix` bytes of word `i` left out.
    fn mention(&self, i: usize, n: usize, prefix: usize) -> Mention {
        let (start, end) = (self.words[i].start + prefix, self.words[i + n - 1].end);
        let lines = self.lines.get_or_init(|| LineIndex::new(self.text));
        Mention::new(self.text, lines, start, end, self.gazetteer)
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
            let (n, prefix) = self
                .gazetteer_match(i)
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

    /// The gazetteer name starting at word `i`: (number of words, 1..=4, longest first; bytes of
    /// the first word's prefix that are not part of it). The word as written is tried before the
    /// word without its prefix, so بانياس stays whole and وكفردبل loses its و but not its ك.
    fn gazetteer_match(&self, i: usize) -> Option<(usize, usize)> {
        if self.gazetteer.is_empty() {
            return None;
        }
        let (text, words) = (self.text, &self.words);
        let word = &text[words[i].start..words[i].end];
        let first_letter = word.chars().next().map_or(0, char::len_utf8);
        let prefixes = [0, first_letter, words[i].prefix];
        let longest = MAX_NAME_WORDS.min(words.len() - i);
        // Up to `joinable` words the form is the words' forms joined, and from each prefix no
        // name begins with more than `reach[choice]` of them: longer lookups cannot succeed.
        let joinable = self.forms.joinable(i, longest);
        let mut joined = String::new();
        let mut reach = [0; 3];
        for (choice, p) in prefixes.into_iter().enumerate() {
            if p > words[i].prefix || joinable == 0 {
                continue;
            }
            if !self
                .forms
                .piece(i, choice)
                .is_some_and(|(_, begins)| begins)
            {
                continue;
            }
            reach[choice] = 1;
            for n in 2..=joinable {
                self.forms.join(i, n, choice, &mut joined);
                if !self.gazetteer.has_arabic_form_starting(&joined) {
                    break;
                }
                reach[choice] = n;
            }
        }
        for n in (1..=longest).rev() {
            let inner = &words[i + 1..i + n];
            if inner.iter().any(|w| w.after_break || w.after_comma) {
                continue;
            }
            let end = words[i + n - 1].end;
            for (choice, p) in prefixes.into_iter().enumerate() {
                if p > words[i].prefix {
                    continue;
                }
                let found = if n == 1 && joinable > 0 {
                    reach[choice] > 0
                        && self
                            .forms
                            .piece(i, choice)
                            .is_some_and(|(form, _)| self.gazetteer.has_arabic_form(form))
                } else if n <= joinable {
                    n <= reach[choice] && {
                        self.forms.join(i, n, choice, &mut joined);
                        self.gazetteer.has_arabic_form(&joined)
                    }
                } else {
                    let form = arabic_index_form(&text[words[i].start + p..end]);
                    self.gazetteer.has_arabic_form(&form)
                };
                if found {
                    return Some((n, p));
                }
            }
        }
        None
    }
}

/// The gazetteer index form of each word, from each of the three places a lookup may start it
/// (as written, after its first letter, after its whole prefix), computed once per word: a name
/// of several words is then the words' forms joined, instead of the stretch normalized again for
/// every length and prefix tried (twelve normalizations a word before).
///
/// Joining gives [`arabic_index_form`] of the stretch only where normalization is one letter at a
/// time and every word is its own whitespace token ([`WordForms::joinable`]); elsewhere the
/// stretch is normalized as a whole.
struct WordForms {
    buf: String,
    /// Per word, by prefix choice, its form; `None` when the word has a letter whose
    /// normalization depends on its neighbours.
    forms: Vec<Option<[Piece; 3]>>,
    /// Per word: the gap before it is ASCII and holds a whitespace character.
    spaced: Vec<bool>,
}

/// A word's index form: its byte range in [`WordForms::buf`], and whether the form of some
/// known name begins with it.
#[derive(Debug, Clone, Copy, Default)]
struct Piece {
    start: u32,
    end: u32,
    begins_a_name: bool,
}

impl WordForms {
    fn new(text: &str, words: &[Word], gazetteer: &Gazetteer) -> WordForms {
        let mut forms = WordForms {
            buf: String::new(),
            forms: Vec::with_capacity(words.len()),
            spaced: Vec::with_capacity(words.len()),
        };
        if gazetteer.is_empty() {
            return forms;
        }
        let mut last_end = 0;
        for w in words {
            let gap = &text[last_end..w.start];
            forms
                .spaced
                .push(gap.is_ascii() && gap.contains(char::is_whitespace));
            last_end = w.end;
            let word = &text[w.start..w.end];
            if !word.chars().all(normalizes_alone) {
                forms.forms.push(None);
                continue;
            }
            let first_letter = word.chars().next().map_or(0, char::len_utf8);
            let mut pieces = [Piece::default(); 3];
            for (choice, p) in [0, first_letter, w.prefix].into_iter().enumerate() {
                if p > w.prefix {
                    continue;
                }
                // The first letter may be the whole prefix: the same form twice.
                if choice == 2 && p == first_letter {
                    pieces[2] = pieces[1];
                    continue;
                }
                let start = forms.buf.len();
                push_index_form(&word[p..], &mut forms.buf);
                pieces[choice] = Piece {
                    start: start as u32,
                    end: forms.buf.len() as u32,
                    begins_a_name: gazetteer.has_arabic_form_starting(&forms.buf[start..]),
                };
            }
            forms.forms.push(Some(pieces));
        }
        forms
    }

    /// How many of the words from `i` on, up to `longest`, have the words' forms joined for
    /// their form: each normalizes letter by letter and stands apart from the one before.
    fn joinable(&self, i: usize, longest: usize) -> usize {
        (0..longest)
            .take_while(|&k| self.forms[i + k].is_some() && (k == 0 || self.spaced[i + k]))
            .count()
    }

    /// Word `i`'s form from prefix `choice`, if it is joinable.
    fn piece(&self, i: usize, choice: usize) -> Option<(&str, bool)> {
        self.forms[i].map(|pieces| {
            let p = pieces[choice];
            (&self.buf[p.start as usize..p.end as usize], p.begins_a_name)
        })
    }

    /// Writes into `out` the index form of words `i..i + n` (at most [`Self::joinable`]), word
    /// `i` from prefix `choice`.
    fn join(&self, i: usize, n: usize, choice: usize, out: &mut String) {
        out.clear();
        for k in i..i + n {
            let (piece, _) = self
                .piece(k, if k == i { choice } else { 0 })
                .expect("a joinable word");
            out.push_str(piece);
        }
    }
}

/// Appends [`arabic_index_form`] of a word whose every letter [`normalizes_alone`], without
/// normalizing a copy: marks dropped, letters folded, the article dropped from a long word.
fn push_index_form(word: &str, out: &mut String) {
    // What normalization makes of each such character (`None`: dropped), asked once.
    static NORMALIZED: OnceLock<Vec<Option<char>>> = OnceLock::new();
    let normalized = NORMALIZED.get_or_init(|| {
        (FIRST_ALONE..=LAST_ALONE)
            .map(|c| (!arabic::is_ignorable(c)).then(|| arabic::fold(c).unwrap_or(c)))
            .collect()
    });
    let start = out.len();
    out.extend(
        word.chars()
            .filter_map(|c| normalized[c as usize - FIRST_ALONE as usize]),
    );
    let form = &out[start..];
    let article = form.len() - without_article(form).len();
    out.replace_range(start..start + article, "");
}

/// A character that normalization keeps, folds or drops by itself, whatever its neighbours: the
/// core Arabic letters, tatweel and tashkeel (not the dagger alef, which looks back).
fn normalizes_alone(c: char) -> bool {
    matches!(c, FIRST_ALONE..='\u{063A}' | '\u{0640}'..=LAST_ALONE)
}

const FIRST_ALONE: char = '\u{0621}';
const LAST_ALONE: char = '\u{065F}';

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
    fn a_word_normalized_alone_has_the_index_form() {
        let letters: Vec<char> = ('\u{0621}'..='\u{065F}')
            .filter(|&c| normalizes_alone(c))
            .collect();
        let mut words = vec![
            "الأكراد".to_string(),
            "الى".to_string(),
            "ـالحلب".to_string(),
            "اَلْعَرَب".to_string(),
            "ال".to_string(),
            "ًٌ".to_string(),
        ];
        // Every letter, also with the article and marks around it.
        for &c in &letters {
            words.push(c.to_string());
            words.push(format!("ال{c}ب{c}"));
            words.push(format!("\u{064E}ا{c}ل\u{0651}"));
        }
        for w in words {
            let mut out = String::from("قبل");
            push_index_form(&w, &mut out);
            assert_eq!(out, format!("قبل{}", arabic_index_form(&w)), "{w}");
        }
    }

    #[test]
    fn names_of_several_words_are_found_across_marks_and_punctuation() {
        // Joined word forms where the words stand apart, the whole stretch normalized elsewhere.
        assert_eq!(names("غارات على جَبَلِ الأكراد"), ["جَبَلِ الأكراد"]);
        assert_eq!(names("غارات على جبل (الأكراد)"), ["جبل (الأكراد"]);
        // A word of tatweel alone has an empty form, and the name begins there.
        assert_eq!(names("قصف ـ سلمى"), ["ـ سلمى"]);
        assert_eq!(names("قصف ـ ـ سلمى"), ["ـ ـ سلمى"]);
        // A dagger alef is spelled ا after جبل: جبلا الأكراد is no known name.
        assert_eq!(names("غارات على جبل\u{0670} الأكراد"), Vec::<String>::new());
    }

    #[test]
    fn prefixes_are_measured_only_before_long_words() {
        assert_eq!(clitic_prefix("وكفردبل"), "وك".len());
        assert_eq!(clitic_prefix("وبسلمى"), "وب".len());
        assert_eq!(clitic_prefix("ولد"), 0);
    }
}
