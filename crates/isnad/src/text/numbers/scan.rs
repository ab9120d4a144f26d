//! Cutting text into the tokens number extraction needs: digit runs (already parsed, in any digit
//! script and with their separators), words (with a folded form for table look-ups) and single
//! symbols. This is deliberately separate from `text::tokens`: numbers need separators *inside*
//! digit runs ("1,200", "٣٫٥") and to know whether a unit was glued to its number ("50km").

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::text::tokens::is_letter;
use crate::text::Lang;

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum TokenKind {
    /// A digit run with its value and the shape facts the kind heuristics need.
    Digits(DigitRun),
    /// A run of letters; `folded` is lowercased (Latin) or Arabic-folded (see [`fold_arabic`]).
    Word { folded: String, arabic: bool },
    /// Any other single non-space character (`%`, `$`, `-`, `,` …).
    Symbol(char),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct DigitRun {
    pub value: f64,
    /// Digits before the decimal separator, group separators not counted.
    pub integer_digits: usize,
    pub grouped: bool,
    pub decimal: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// No whitespace between this token and the previous one ("50km", "10%", "1st").
    pub glued: bool,
    /// A Latin word written in capitals ("SYP", "TL"), as currency codes are.
    pub upper: bool,
}

impl Token {
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            TokenKind::Word { folded, .. } => Some(folded),
            _ => None,
        }
    }

    pub fn is_symbol(&self, c: char) -> bool {
        self.kind == TokenKind::Symbol(c)
    }
}

/// The value of a digit in ASCII, Arabic-Indic (U+0660–0669) or Eastern Arabic-Indic
/// (U+06F0–06F9) script.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn is_arabic_indic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Maddah above, hamza above and hamza below: the combining marks that canonical composition
/// puts onto a base letter (ا + ◌ٔ = أ, و + ◌ٔ = ؤ, ي + ◌ٔ = ئ, ا + ◌ٓ = آ, ا + ◌ٕ = إ).
fn is_combining_hamza_or_madda(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// Tashkeel, superscript alef, tatweel and Quranic marks: written or not, the word is the same.
fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        // Honorifics and small high letters; Quranic annotation marks (a pause mark written on
        // a word, ثمانيۖ), but not the signs that stand alone (end of ayah, rub el hizb, sajdah).
        | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{0898}'..='\u{089F}' | '\u{08CA}'..='\u{08FF}')
}

/// Folds an Arabic word for table look-up: marks removed, hamza-carrying alefs to bare alef,
/// alef maqsura to ya, ta marbuta to ha. Kept local (and small) so number extraction does not
/// depend on the details of the document normalizer.
///
/// A letter written decomposed, as a base and a combining hamza or madda (U+0653–U+0655, as in
/// NFD text), is first composed into the precomposed letter, so it reads like it: ي + ◌ٔ is ئ
/// (خمسمئة), not ي followed by a mark that the next step would drop (خمسميه, no number). Only the
/// folded form changes; spans stay on the original text.
pub(super) fn fold_arabic(word: &str) -> String {
    let composed: Cow<'_, str> = if word.chars().any(is_combining_hamza_or_madda) {
        Cow::Owned(word.nfc().collect())
    } else {
        Cow::Borrowed(word)
    };
    composed
        .chars()
        .filter(|&c| !is_arabic_mark(c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            _ => c,
        })
        .collect()
}

/// Group separators that are only read as such before exactly three digits. An ordinary space is
/// not one of them: "in 2012 200 people" must stay two numbers.
fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '\u{066C}' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_decimal_separator(c: char) -> bool {
    matches!(c, '.' | '\u{066B}')
}

/// Cuts `text` into tokens; whitespace only sets `glued` on the next token. `lang` decides the
/// ambiguous separators (see [`scan_digits`]).
pub(super) fn scan(text: &str, lang: Lang) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut glued = false;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            glued = false;
            i += 1;
            continue;
        }
        let mut upper = false;
        let (kind, next) = if digit_value(c).is_some() {
            let (run, next) = scan_digits(&chars, i, lang);
            (TokenKind::Digits(run), next)
        } else if is_letter(c) || is_arabic_mark(c) {
            let mut next = i;
            while next < chars.len() && (is_letter(chars[next].1) || is_arabic_mark(chars[next].1))
            {
                next += 1;
            }
            let end = chars.get(next).map_or(text.len(), |&(o, _)| o);
            let raw = &text[start..end];
            let arabic = raw.chars().any(crate::text::is_arabic_char);
            let folded = if arabic {
                fold_arabic(raw)
            } else {
                upper = raw.chars().all(char::is_uppercase);
                raw.to_lowercase()
            };
            (TokenKind::Word { folded, arabic }, next)
        } else {
            (TokenKind::Symbol(c), i + 1)
        };
        let end = chars.get(next).map_or(text.len(), |&(o, _)| o);
        tokens.push(Token {
            kind,
            start,
            end,
            glued,
            upper,
        });
        glued = true;
        i = next;
    }
    tokens
}

/// Reads one digit run starting at `chars[i]`; returns it and the index after it.
///
/// Separators: `٬`, no-break and thin spaces group thousands; `٫` is a decimal mark. `,` groups
/// thousands before exactly three digits, and is otherwise a decimal mark in Arabic text ("25,2",
/// "٣,٥") and a list comma in English ("3,5" = 3 and 5). `.` is a decimal mark, except in Arabic
/// text before exactly three digits, where translators write thousands the European way
/// ("20.000", "150.000"); so is `٫` before three zeros ("١٠٫٠٠٠").
fn scan_digits(chars: &[(usize, char)], mut i: usize, lang: Lang) -> (DigitRun, usize) {
    let count_digits_from = |j: usize| {
        chars[j..]
            .iter()
            .take_while(|(_, c)| digit_value(*c).is_some())
            .count()
    };
    let mut integer = String::new();
    let mut fraction = String::new();
    let mut grouped = false;
    let mut decimal = false;
    let push_digits = |out: &mut String, from: usize, n: usize| {
        for &(_, c) in &chars[from..from + n] {
            out.push(char::from_digit(digit_value(c).unwrap_or(0), 10).unwrap_or('0'));
        }
    };
    let n = count_digits_from(i);
    push_digits(&mut integer, i, n);
    let arabic = lang == Lang::Ar || is_arabic_indic_digit(chars[i].1);
    i += n;
    while let Some(&(_, sep)) = chars.get(i) {
        let following = if i + 1 < chars.len() {
            count_digits_from(i + 1)
        } else {
            0
        };
        if following == 0 {
            break;
        }
        // ٫ is the decimal mark, but typed for thousands too (١٠٫٠٠٠): three zeros after it
        // are a group, since no news figure is given to a thousandth with zeros.
        let zeros_after = chars[i + 1..i + 1 + following]
            .iter()
            .all(|&(_, c)| digit_value(c) == Some(0));
        let european_group = arabic
            && (sep == '.' || sep == '\u{066B}' && zeros_after)
            && following == 3
            && integer != "0";
        if !decimal && (is_group_separator(sep) || european_group) && following == 3 {
            grouped = true;
            push_digits(&mut integer, i + 1, 3);
        } else if !decimal
            && (is_decimal_separator(sep) || (sep == ',' && arabic && following != 3))
        {
            decimal = true;
            push_digits(&mut fraction, i + 1, following);
        } else {
            break;
        }
        i += 1 + following;
    }
    let literal = if fraction.is_empty() {
        integer.clone()
    } else {
        format!("{integer}.{fraction}")
    };
    let run = DigitRun {
        value: literal.parse().unwrap_or(0.0),
        integer_digits: integer.len(),
        grouped,
        decimal,
    };
    (run, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(text: &str) -> Vec<f64> {
        let lang = crate::text::detect_lang(text);
        scan(text, lang)
            .into_iter()
            .filter_map(|t| match t.kind {
                TokenKind::Digits(d) => Some(d.value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_quranic_mark_on_a_number_word_leaves_it_one_word() {
        for marked in ["ثمانيۖ", "ثمانيۥ", "ثمانيۘ"] {
            let words: Vec<String> = scan(marked, Lang::Ar)
                .into_iter()
                .filter_map(|t| match t.kind {
                    TokenKind::Word { folded, .. } => Some(folded),
                    _ => None,
                })
                .collect();
            assert_eq!(words, ["ثماني"], "{marked:?}");
        }
        // The end-of-ayah sign stands alone: it is no part of the number after it.
        assert_eq!(digits("\u{06DD}١٢"), [12.0]);
    }

    #[test]
    fn digit_scripts_and_separators() {
        assert_eq!(digits("1,200 and 3.5"), vec![1200.0, 3.5]);
        assert_eq!(digits("١٬٢٠٠ و٣٫٥"), vec![1200.0, 3.5]);
        assert_eq!(digits("۱۲۳"), vec![123.0]);
        assert_eq!(digits("٣,٥"), vec![3.5]);
        // An ASCII comma before other than three digits is a list, not a separator.
        assert_eq!(digits("3,5"), vec![3.0, 5.0]);
        assert_eq!(digits("1\u{202F}200"), vec![1200.0]);
        assert_eq!(digits("2012 200"), vec![2012.0, 200.0]);
        assert_eq!(digits("1,2345"), vec![1.0, 2345.0]);
        assert_eq!(
            digits("نحو 20.000 و25,2 و0.125"),
            vec![20_000.0, 25.2, 0.125]
        );
        assert_eq!(digits("rose 20.000 points"), vec![20.0]);
        assert_eq!(digits("مليون 1.200.000"), vec![1_200_000.0]);
        // ٫ typed for thousands: a group before three zeros, a decimal mark otherwise.
        assert_eq!(digits("١٠٫٠٠٠ طفل و٢٫٥٠٠"), vec![10_000.0, 2.5]);
    }

    #[test]
    fn words_are_folded_and_glue_is_recorded() {
        let tokens = scan("50km والخمسينَ", Lang::En);
        assert!(tokens[1].glued);
        assert_eq!(tokens[1].word(), Some("km"));
        assert_eq!(tokens[2].word(), Some("والخمسين"));
        assert!(!tokens[2].glued);
        assert_eq!(fold_arabic("مئةٌ إحدى"), "مئه احدي");
    }

    #[test]
    fn a_decomposed_hamza_folds_like_the_precomposed_letter() {
        // ي + U+0654 (NFD of ئ), و + U+0654 (ؤ), ا + U+0655 (إ), ا + U+0653 (آ), here with a
        // vowel mark between base and hamza as NFD orders them.
        assert_eq!(fold_arabic("خمسمي\u{0654}ة"), fold_arabic("خمسمئة"));
        assert_eq!(fold_arabic("خمسمئة"), "خمسمئه");
        assert_eq!(fold_arabic("مي\u{0650}\u{0654}ة"), "مئه");
        assert_eq!(fold_arabic("مو\u{0654}تمر"), "مؤتمر");
        assert_eq!(fold_arabic("ا\u{0655}حدي"), "احدي");
        assert_eq!(fold_arabic("ا\u{0653}لاف"), "الاف");
    }
}
