//! Tokens: words, numbers, punctuation; Arabic light stemming, English Snowball stemming, stop
//! words. `docs/text.md` states the rules with examples.

use std::ops::Range;

use serde::Serialize;

use super::{arabic, is_arabic_char, Lang};

mod stem;

pub(crate) use stem::AR_PARTICLES;
pub use stem::{
    is_inflected_verb, is_stopword, normalize_english_word, stem_ar, stem_en, visible_latin,
    without_ar_article,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token with its byte span in the text it was cut from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Cuts `text` (original, unnormalized) into tokens whose spans point into `text`.
///
/// - A word is a run of letters. Marks that normalization removes (tashkeel, tatweel, zero-width
///   and bidi controls) and combining marks stay inside a word but never start or end one. An
///   apostrophe between two letters stays inside (Ma'arrat, al-Ma’arra); a hyphen splits
///   (al-Sham → al, -, Sham) because the Arabic side writes the article attached and the name
///   matchers need the parts. Dots join single letters into one abbreviation word (U.S., أ.ف.ب.
///   → `U.S` / `أ.ف.ب` and a final `.`); anything longer before a dot ends the word (Mr.).
/// - A number is a run of digits (ASCII, Arabic-Indic, Eastern Arabic-Indic) with thousands
///   separators `,` `٬` before groups of exactly three digits and one decimal separator `.` `٫`
///   before a digit: 1,200 · 3.5 · ١٬٢٠٠ · ٣٫٥. Letters end a number: 50km → 50, km.
/// - Every other visible character is a punctuation token of its own; spaces, controls and
///   stray marks are skipped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let (kind, end) = if is_letter(c) {
            (TokenKind::Word, word_end(text, pos))
        } else if c.is_numeric() {
            (TokenKind::Number, number_end(text, pos))
        } else if c.is_whitespace() || c.is_control() || is_word_internal_mark(c) {
            pos += c.len_utf8();
            continue;
        } else {
            (TokenKind::Punct, pos + c.len_utf8())
        };
        tokens.push(Token {
            kind,
            start: pos,
            end,
        });
        pos = end;
    }
    tokens
}

/// `char::is_alphabetic`, with the common scripts answered without the Unicode table look-up
/// (which dominated tokenizing time on Arabic text; the number scanner asks it of every
/// character too).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{0621}'..='\u{064A}')
        || (!c.is_ascii() && c.is_alphabetic())
}

/// Characters that may sit inside a word without being letters.
fn is_word_internal_mark(c: char) -> bool {
    arabic::is_ignorable(c) || unicode_normalization::char::is_combining_mark(c)
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// End of the word starting at `start`: just after its last letter.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    // Letters since the word start or the last abbreviation dot, and whether every segment so
    // far was a single letter (U.S, أ.ف.ب).
    let mut segment_letters = 0;
    let mut single_letter_segments = true;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let absolute = start + offset;
        if is_letter(c) {
            end = absolute + c.len_utf8();
            segment_letters += 1;
            single_letter_segments &= segment_letters == 1;
        } else if is_word_internal_mark(c) {
            // Belongs to the word only if a letter follows; `end` moves on the next letter.
        } else if is_apostrophe(c) && chars.peek().is_some_and(|&(_, next)| is_letter(next)) {
            // Kept inside: the next letter extends `end` over it.
        } else if c == '.'
            && single_letter_segments
            && segment_letters == 1
            && starts_with_single_letter(&text[absolute + 1..])
        {
            segment_letters = 0;
        } else {
            break;
        }
    }
    // Marks after the last letter belong to it (a final vowel sign, shadda): include combining
    // marks directly attached, but not bidi or zero-width controls.
    end + text[end..]
        .chars()
        .take_while(|&c| unicode_normalization::char::is_combining_mark(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

/// Whether `rest` begins with exactly one letter (an abbreviation segment: the S of U.S.).
fn starts_with_single_letter(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(is_letter) && !chars.next().is_some_and(is_letter)
}

fn is_thousands_separator(c: char) -> bool {
    matches!(c, ',' | '٬')
}

fn is_decimal_separator(c: char) -> bool {
    matches!(c, '.' | '٫')
}

/// End of the number starting at `start`.
fn number_end(text: &str, start: usize) -> usize {
    let mut end = digits_end(text, start);
    let mut seen_decimal = false;
    while let Some(separator) = text[end..].chars().next() {
        let thousands = is_thousands_separator(separator);
        if seen_decimal || !(thousands || is_decimal_separator(separator)) {
            break;
        }
        let group_start = end + separator.len_utf8();
        let group_end = digits_end(text, group_start);
        let group_digits = text[group_start..group_end].chars().count();
        let accepted = if thousands {
            group_digits == 3
        } else {
            group_digits > 0
        };
        if !accepted {
            break;
        }
        seen_decimal = !thousands;
        end = group_end;
    }
    end
}

fn digits_end(text: &str, start: usize) -> usize {
    start
        + text[start..]
            .chars()
            .take_while(|c| c.is_numeric())
            .map(char::len_utf8)
            .sum::<usize>()
}

/// The language whose pipeline a word goes through: its own script decides, so an Arabic name in
/// an English report is normalized as Arabic and an acronym in Arabic copy is lowercased as
/// English; words in neither script follow the document language.
fn word_lang(word: &str, document: Lang) -> Lang {
    if word.chars().any(is_arabic_char) {
        Lang::Ar
    } else if word.chars().any(|c| c.is_ascii_alphabetic()) {
        Lang::En
    } else {
        document
    }
}

/// A content word of a text: its stem (the lexicon key), its normalized form and its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentWord {
    /// Normalized and stemmed; abbreviations (the only words with dots: U.S, أ.ف.ب) are not
    /// stemmed, since stemming takes the S off U.S.
    pub stem: String,
    /// Normalized only (Arabic: [`arabic::normalize`]; English: [`normalize_english_word`]).
    pub normalized: String,
    /// Byte span of the word in the text.
    pub span: Range<usize>,
}

/// The lexicon key of a normalized word: its stem, or the normalized word itself for an
/// abbreviation (the only words with dots: U.S, أ.ف.ب), since stemming takes the S off U.S.
pub fn key_of_normalized(normalized: &str, lang: Lang, abbreviation: bool) -> String {
    match (abbreviation, lang) {
        (true, _) => normalized.to_string(),
        (false, Lang::Ar) => stem_ar(normalized).to_string(),
        (false, Lang::En) => stem_en(normalized),
    }
}

/// The content word of one word token (`span`: where it is), or `None` for a stop word.
pub fn content_word(word: &str, document: Lang, span: Range<usize>) -> Option<ContentWord> {
    let abbreviation = word.contains('.');
    let (normalized, lang) = match word_lang(word, document) {
        Lang::Ar => (arabic::normalize(word), Lang::Ar),
        Lang::En => (normalize_english_word(word), Lang::En),
    };
    // Capitalised, May is the month (or Theresa May, May's) far more often than the modal in
    // news; a sentence that opens with the modal ("May God …") is rare there.
    let month = lang == Lang::En && normalized == "may" && word.starts_with("May");
    let stopword = is_stopword(lang, &normalized) && !month;
    if stopword && lang == Lang::En && is_acronym(word) {
        // WHO, US, IS, IT, OR: an acronym spelled like a stop word is a name, which the other
        // side writes in Latin letters too (منظمة WHO) or as a country (الولايات المتحدة). US
        // is the country's abbreviation, keyed as U.S is; the others stay as written.
        let normalized = if normalized == "us" {
            "u.s".to_string()
        } else {
            normalized
        };
        return Some(ContentWord {
            stem: normalized.clone(),
            normalized,
            span,
        });
    }
    if stopword {
        return None;
    }
    let stem = key_of_normalized(&normalized, lang, abbreviation);
    (!stem.is_empty()).then_some(ContentWord {
        stem,
        normalized,
        span,
    })
}

/// Whether a word is written as an acronym: two or more Latin capitals and nothing else (marks
/// that normalization removes, such as a soft hyphen, aside).
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_ascii_uppercase() {
            letters += 1;
        } else if !arabic::is_ignorable(c) {
            return false;
        }
    }
    letters >= 2
}

/// The content words of `text`: word tokens that are not stop words, in order.
///
/// An acronym spelled like a stop word (WHO, US, IT) is a content word ([`content_word`]),
/// except in a text written in capitals (a headline: A WHO OFFICIAL SAID IT WAS …), where its
/// capitals say nothing.
pub fn content_words(text: &str, lang: Lang) -> Vec<ContentWord> {
    let words: Vec<Token> = tokenize(text)
        .into_iter()
        .filter(|token| token.kind == TokenKind::Word)
        .collect();
    let latin = |t: &&Token| {
        let w = t.text(text);
        w.chars().filter(char::is_ascii_alphabetic).count() >= 2 && !w.chars().any(is_arabic_char)
    };
    let latin_words = words.iter().filter(latin).count();
    let capital_words = words
        .iter()
        .filter(latin)
        .filter(|t| is_acronym(t.text(text)))
        .count();
    let in_capitals = latin_words >= 2 && 2 * capital_words > latin_words;
    words
        .into_iter()
        .filter_map(|token| {
            let word = token.text(text);
            let content = content_word(word, lang, token.span())?;
            let stop_acronym = in_capitals
                && is_acronym(word)
                && is_stopword(Lang::En, &normalize_english_word(word));
            (!stop_acronym).then_some(content)
        })
        .collect()
}

/// The content terms of `text`: normalized, stemmed word tokens that are not stop words, in order.
pub fn content_terms(text: &str, lang: Lang) -> Vec<String> {
    content_words(text, lang)
        .into_iter()
        .map(|w| w.stem)
        .collect()
}
#[cfg(test)]
mod tests;
