//! Tokens: words, numbers, punctuation; Arabic light stemming, English Snowball stemming, stop
//! words. `docs/text.md` states the rules with examples.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use super::{arabic, is_arabic_char, Lang};

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
/// (which dominated tokenizing time on Arabic text).
#[inline]
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{0621}'..='\u{064A}')
        || (!c.is_ascii() && c.is_alphabetic())
}

/// Characters that may sit inside a word without being letters.
fn is_word_internal_mark(c: char) -> bool {
    arabic::is_ignorable(c) || unicode_normalization::char::is_combining_mark(c)
}

fn is_apostrophe(c: char) -> bool {
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

/// Light10 prefixes (Larkey, Ballesteros & Connell), tried in this order; at most one is removed.
const AR_PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];

/// Light10 suffixes in the order Light10 tries them; each one found is removed in turn. Forms
/// with ة are listed for words that were not normalized (normalization writes ة as ه).
const AR_SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// Light10 stem of an already normalized Arabic word: a sub-slice of `word`.
///
/// One prefix from `AR_PREFIXES` is removed if at least two letters remain (three for و alone,
/// since many words begin with و), then each suffix of `AR_SUFFIXES` in order if at least two
/// letters remain: والمدينة → مدين, بالقوات → قو, المسلحين → مسلح.
///
/// A content word never stems to a function word: an affix whose removal would leave one (الله
/// is not ال + له "to him", هيئة not هي "she", أمين not أم "or", خارجية stops at خارجي, not
/// خارج "outside") stays on, so unrelated words do not share one lexicon entry. The name of
/// God keeps one key in all its forms (الله, لله, اللهم, بالله).
pub fn stem_ar(word: &str) -> &str {
    if let Some(key) = divine_name(word) {
        return key;
    }
    let letters = |s: &str| s.chars().count();
    let mut stem = word;
    let mut conjunction = false;
    for prefix in AR_PREFIXES {
        let min_rest = if prefix == "و" { 3 } else { 2 };
        if let Some(rest) = stem.strip_prefix(prefix) {
            if letters(rest) >= min_rest && is_function_word(rest) && !is_function_word(word) {
                return word;
            }
            if letters(rest) >= min_rest {
                stem = rest;
                conjunction = prefix == "و";
                break;
            }
        }
    }
    let (stripped, kept_a_suffix) = strip_ar_suffixes(stem);
    // A و that leaves a stem of two letters was the word's own first letter: وحدة is not و + حد
    // "limit"; nor is it when both readings stop short of a particle: ولاية is not و + لاية,
    // but ومائة is و + مائة.
    if conjunction {
        let (whole, whole_kept) = strip_ar_suffixes(word);
        if letters(stripped) < 3 || (kept_a_suffix && whole_kept) {
            return whole;
        }
    }
    stripped
}

/// Particles that are content words, not stop words (a negation dropped from a quote turns it
/// into its opposite, so the matcher keeps them). A longer word stripped down to one (الولايات
/// to ولا "and not", المائة to ما) would share its lexicon entry, and every negation would
/// match "states" or "percent". (A word stripped down to a stop word is harmless: stop words
/// are never matched, and أمامه "in front of him" rightly shares أمام's entry.)
pub(crate) const AR_PARTICLES: [&str; 6] = ["لا", "ما", "لم", "لن", "ولا", "ليس"];

fn is_particle(stem: &str) -> bool {
    AR_PARTICLES.contains(&stem)
}

/// A stop word or negation particle: what no content word's stem may be.
fn is_function_word(normalized: &str) -> bool {
    is_particle(normalized) || is_stopword(Lang::Ar, normalized)
}

/// The one key of the name of God, written with the article, a preposition, a conjunction or
/// the vocative ـم (normalized).
fn divine_name(word: &str) -> Option<&'static str> {
    let rest = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let rest = rest.strip_prefix(['ب', 'ت']).unwrap_or(rest);
    matches!(rest, "الله" | "لله" | "اللهم").then_some("الله")
}

/// A normalized Arabic word without its article and the conjunction or preposition fused with
/// it (Light10's prefixes other than a lone و): والمدينه → مدينه.
pub fn without_ar_article(word: &str) -> &str {
    AR_PREFIXES
        .iter()
        .filter(|&&p| p != "و")
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word)
}

/// Light10's suffix stripping, except that a suffix is kept when removing it would leave a
/// particle ([`AR_PARTICLES`]) of a word that was not one; says whether that happened.
fn strip_ar_suffixes(word: &str) -> (&str, bool) {
    let mut stem = word;
    let mut kept = false;
    for suffix in AR_SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if rest.chars().count() >= 2 {
                if is_particle(rest) || is_function_word(rest) && !is_function_word(word) {
                    kept = true;
                } else {
                    stem = rest;
                }
            }
        }
    }
    (stem, kept)
}

fn english_stemmer() -> &'static rust_stemmers::Stemmer {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
}

/// Irregular English forms and their base form (`corpus/lexicon/en-irregular.tsv`).
fn english_base_forms() -> &'static HashMap<&'static str, &'static str> {
    static FORMS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        parse_base_forms(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/lexicon/en-irregular.tsv"
        )))
    })
}

fn parse_base_forms(list: &'static str) -> HashMap<&'static str, &'static str> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, base)| (form.trim(), base.trim()))
        .collect()
}

/// Snowball English stem of a word (lowercased first if it is not already), irregular forms
/// first mapped to their base form (took → take), so that they meet the lexicon's base forms.
pub fn stem_en(word: &str) -> String {
    let lower;
    let word = if word.chars().any(char::is_uppercase) {
        lower = word.to_lowercase();
        lower.as_str()
    } else {
        word
    };
    let base = english_base_forms().get(word).copied().unwrap_or(word);
    english_stemmer().stem(base).into_owned()
}

/// Parses a stop-word list: one word per line, `#` starts a comment.
fn parse_word_list(list: &str, normalize: impl Fn(&str) -> String) -> HashSet<String> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|word| !word.is_empty())
        .map(normalize)
        .collect()
}

fn stopwords(lang: Lang) -> &'static HashSet<String> {
    static ARABIC: OnceLock<HashSet<String>> = OnceLock::new();
    static ENGLISH: OnceLock<HashSet<String>> = OnceLock::new();
    match lang {
        Lang::Ar => ARABIC.get_or_init(|| {
            parse_word_list(
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../corpus/stopwords/ar.txt"
                )),
                arabic::normalize,
            )
        }),
        Lang::En => ENGLISH.get_or_init(|| {
            parse_word_list(
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../corpus/stopwords/en.txt"
                )),
                normalize_english_word,
            )
        }),
    }
}

/// Whether `word` (normalized: Arabic-normalized or lowercased English) is a stop word.
///
/// An Arabic word with the conjunction و or ف attached (وهو, فقد) is a stop word when the rest
/// is. Negations are never stop words: dropping one would turn a quote into its opposite.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    let list = stopwords(lang);
    if list.contains(word) {
        return true;
    }
    lang == Lang::Ar
        && ["و", "ف"].iter().any(|conjunction| {
            word.strip_prefix(conjunction)
                .is_some_and(|rest| rest.chars().count() >= 2 && list.contains(rest))
        })
}

/// Lowercases an English word and drops apostrophes: a final possessive `'s` goes with its
/// apostrophe (Observatory's → observatory), internal ones are removed (Ma'arrat → maarrat).
pub fn normalize_english_word(word: &str) -> String {
    let lower = word.to_lowercase();
    let base = ["'s", "\u{2019}s", "\u{02BC}s"]
        .iter()
        .find_map(|possessive| lower.strip_suffix(possessive))
        .unwrap_or(&lower);
    base.chars().filter(|&c| !is_apostrophe(c)).collect()
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
    if is_stopword(lang, &normalized) && !month {
        return None;
    }
    let stem = key_of_normalized(&normalized, lang, abbreviation);
    (!stem.is_empty()).then_some(ContentWord {
        stem,
        normalized,
        span,
    })
}

/// The content words of `text`: word tokens that are not stop words, in order.
pub fn content_words(text: &str, lang: Lang) -> Vec<ContentWord> {
    tokenize(text)
        .into_iter()
        .filter(|token| token.kind == TokenKind::Word)
        .filter_map(|token| content_word(token.text(text), lang, token.span()))
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
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text)
            .iter()
            .map(|t| (t.kind, t.text(text)))
            .collect()
    }

    use TokenKind::{Number as N, Punct as P, Word as W};

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            cut("Clashes raged, the NGO said."),
            [
                (W, "Clashes"),
                (W, "raged"),
                (P, ","),
                (W, "the"),
                (W, "NGO"),
                (W, "said"),
                (P, ".")
            ]
        );
        assert_eq!(
            cut("«قال المرصد»"),
            [(P, "«"), (W, "قال"), (W, "المرصد"), (P, "»")]
        );
    }

    #[test]
    fn apostrophe_between_letters_stays_inside_hyphen_splits() {
        assert_eq!(
            cut("Ma'arrat al-Nu’man rebels' "),
            [
                (W, "Ma'arrat"),
                (W, "al"),
                (P, "-"),
                (W, "Nu’man"),
                (W, "rebels"),
                (P, "'")
            ]
        );
    }

    #[test]
    fn arabic_marks_and_controls_stay_inside_words() {
        assert_eq!(cut("مُحَمَّدٌ قال"), [(W, "مُحَمَّدٌ"), (W, "قال")]);
        assert_eq!(cut("كفر\u{200C}دبل"), [(W, "كفر\u{200C}دبل")]);
        assert_eq!(cut("الســلام"), [(W, "الســلام")]);
        // A bidi mark around a word is not part of it.
        assert_eq!(cut("\u{200F}سلمى\u{200F}"), [(W, "سلمى")]);
    }

    #[test]
    fn dots_join_single_letter_abbreviations_only() {
        assert_eq!(cut("U.S. forces"), [(W, "U.S"), (P, "."), (W, "forces")]);
        assert_eq!(cut("(أ.ف.ب)"), [(P, "("), (W, "أ.ف.ب"), (P, ")")]);
        assert_eq!(cut("Mr. X"), [(W, "Mr"), (P, "."), (W, "X")]);
        assert_eq!(cut("A.Bolton"), [(W, "A"), (P, "."), (W, "Bolton")]);
        assert_eq!(cut("U.Sa"), [(W, "U"), (P, "."), (W, "Sa")]);
    }

    #[test]
    fn numbers_in_all_three_digit_scripts() {
        assert_eq!(cut("1,200 3.5"), [(N, "1,200"), (N, "3.5")]);
        assert_eq!(cut("١٬٢٠٠ ٣٫٥ ۱۲"), [(N, "١٬٢٠٠"), (N, "٣٫٥"), (N, "۱۲")]);
        assert_eq!(cut("12,345,678.25"), [(N, "12,345,678.25")]);
    }

    #[test]
    fn separators_only_join_proper_digit_groups() {
        assert_eq!(cut("1,2"), [(N, "1"), (P, ","), (N, "2")]);
        assert_eq!(
            cut("in 2012, 40"),
            [(W, "in"), (N, "2012"), (P, ","), (N, "40")]
        );
        assert_eq!(cut("3.5.1"), [(N, "3.5"), (P, "."), (N, "1")]);
        assert_eq!(cut("5."), [(N, "5"), (P, ".")]);
    }

    #[test]
    fn letters_end_a_number() {
        assert_eq!(cut("50km"), [(N, "50"), (W, "km")]);
        assert_eq!(cut("COVID-19"), [(W, "COVID"), (P, "-"), (N, "19")]);
    }

    #[test]
    fn light10_prefixes() {
        assert_eq!(stem_ar("المرصد"), "مرصد");
        assert_eq!(stem_ar("والجيش"), "جيش");
        assert_eq!(stem_ar("بالقصف"), "قصف");
        assert_eq!(stem_ar("للجيش"), "جيش");
        assert_eq!(stem_ar("وقال"), "قال");
        // و alone needs three letters left; ال needs two.
        assert_eq!(stem_ar("وقت"), "وقت");
        assert_eq!(stem_ar("الم"), "الم");
    }

    #[test]
    fn light10_suffixes() {
        assert_eq!(stem_ar("والمدينه"), "مدين");
        assert_eq!(stem_ar("والمدينة"), "مدين");
        assert_eq!(stem_ar("بالقوات"), "قو");
        assert_eq!(stem_ar("المسلحين"), "مسلح");
        assert_eq!(stem_ar("مقاتلون"), "مقاتل");
        assert_eq!(stem_ar("السوريه"), "سور");
        assert_eq!(stem_ar("قواتها"), "قو");
        // Never fewer than two letters.
        assert_eq!(stem_ar("فيه"), "في");
        assert_eq!(stem_ar("به"), "به");
    }

    #[test]
    fn a_root_waw_is_kept_when_stripping_it_would_leave_two_letters() {
        let n = |w: &str| arabic::normalize(w);
        assert_ne!(stem_ar(&n("ولاية")), stem_ar(&n("لا")));
        assert_ne!(stem_ar(&n("وحدة")), stem_ar(&n("حد")));
        // Nor is a longer word stripped down to a negation, which it would share entries with.
        assert_eq!(stem_ar(&n("الولايات")), stem_ar(&n("ولاية")));
        assert_ne!(stem_ar(&n("الولايات")), stem_ar(&n("ولا")));
        assert_eq!(stem_ar(&n("المائة")), stem_ar(&n("بالمائة")));
        assert_ne!(stem_ar(&n("المائة")), "ما");
        assert_eq!(stem_ar(&n("ولا")), "ولا");
        assert_eq!(stem_ar(&n("ومائة")), stem_ar(&n("المائة")));
        // The conjunction still goes where a real word remains.
        assert_eq!(stem_ar(&n("والمدينة")), stem_ar(&n("المدينة")));
        assert_eq!(stem_ar(&n("وقصف")), "قصف");
    }

    #[test]
    fn content_words_never_stem_to_function_words() {
        let stem = |w: &str| stem_ar(&arabic::normalize(w)).to_string();
        for form in ["الله", "لله", "اللهم", "بالله", "والله"] {
            assert_eq!(stem(form), "الله", "{form}");
        }
        for (word, function_word) in [
            ("هيئة", "هي"),
            ("أمين", "ام"),
            ("الآن", "ان"),
            ("كانون", "كان"),
            ("فئات", "في"),
            ("ألوان", "وان"),
        ] {
            let s = stem(word);
            assert_ne!(s, function_word, "{word}");
            assert!(!is_stopword(Lang::Ar, &s), "{word} stems to {s}");
        }
        assert_eq!(stem("خارجية"), stem("خارجي")); // one word, not خارج "outside"
        assert_ne!(stem("خارجية"), "خارج");
        // Stripping that leaves a content word is unchanged.
        assert_eq!(stem("والمدينة"), "مدين");
        assert_eq!(stem("المسلحين"), "مسلح");
    }

    #[test]
    fn stem_ar_returns_a_sub_slice() {
        let word = String::from("والمدينه");
        let stem = stem_ar(&word);
        let offset = stem.as_ptr() as usize - word.as_ptr() as usize;
        assert_eq!(&word[offset..offset + stem.len()], stem);
    }

    #[test]
    fn may_capitalised_is_a_content_word() {
        assert_eq!(content_terms("on 5 May", Lang::En), ["may"]);
        assert_eq!(
            content_terms("Theresa May's plan", Lang::En),
            ["theresa", "may", "plan"]
        );
        assert!(content_terms("it may rain", Lang::En) == ["rain"]);
    }

    #[test]
    fn irregular_forms_meet_their_base_form() {
        assert_eq!(stem_en("took"), stem_en("take"));
        assert_eq!(stem_en("Fled"), stem_en("flee"));
        assert_eq!(stem_en("children"), stem_en("child"));
        // Regular forms still go through Snowball alone.
        assert_eq!(stem_en("killed"), stem_en("kill"));
    }

    #[test]
    fn the_irregular_forms_table_is_well_formed() {
        let table = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/lexicon/en-irregular.tsv"
        ));
        for (n, line) in table.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 2, "line {}: {line:?}", n + 1);
            assert!(
                fields
                    .iter()
                    .all(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase())),
                "line {}: {line:?}",
                n + 1
            );
            assert_ne!(
                fields[0],
                fields[1],
                "line {}: a form that is its own base",
                n + 1
            );
        }
        assert!(parse_base_forms(table).len() > 150);
    }

    #[test]
    fn english_stems() {
        assert_eq!(stem_en("clashes"), "clash");
        assert_eq!(stem_en("Advancing"), "advanc");
        assert_eq!(stem_en("forces"), "forc");
    }

    #[test]
    fn stop_words_match_normalized_forms() {
        assert!(is_stopword(Lang::En, "the"));
        assert!(is_stopword(Lang::En, "would"));
        assert!(!is_stopword(Lang::En, "village"));
        assert!(is_stopword(Lang::Ar, "في"));
        // إلى and التي are listed unnormalized; lookups use the normalized form.
        assert!(is_stopword(Lang::Ar, &arabic::normalize("إلى")));
        assert!(is_stopword(Lang::Ar, &arabic::normalize("التي")));
        assert!(is_stopword(Lang::Ar, "وهو"));
        assert!(!is_stopword(Lang::Ar, "مرصد"));
    }

    #[test]
    fn negations_are_not_stop_words() {
        for word in ["not", "no", "never", "nor", "without", "cannot"] {
            assert!(!is_stopword(Lang::En, word), "{word}");
        }
        for word in ["لا", "لم", "لن", "ليس", "ليست", "غير", "ما", "ولا", "ولم"]
        {
            assert!(!is_stopword(Lang::Ar, &arabic::normalize(word)), "{word}");
        }
    }

    #[test]
    fn english_word_normalization() {
        assert_eq!(normalize_english_word("Observatory's"), "observatory");
        assert_eq!(normalize_english_word("Ma'arrat"), "maarrat");
        assert_eq!(normalize_english_word("Nu’man"), "numan");
    }

    #[test]
    fn content_terms_drop_stop_words_and_stem() {
        assert_eq!(
            content_terms("The clashes did not stop in the village.", Lang::En),
            ["clash", "not", "stop", "villag"]
        );
        assert_eq!(
            content_terms("قالَ المرصد إن الاشتباكات لم تتوقف في القرية", Lang::Ar),
            ["قال", "مرصد", "اشتباك", "لم", "تتوقف", "قر"]
        );
    }

    #[test]
    fn content_terms_follow_each_words_script() {
        assert_eq!(
            content_terms("The village of Salma (سلمى)", Lang::En),
            ["villag", "salma", "سلم"]
        );
        assert_eq!(content_terms("قناة AFP", Lang::Ar), ["قنا", "afp"]);
        // An abbreviation keeps its dots, so U.S. never becomes the pronoun "us".
        assert_eq!(content_terms("U.S. troops", Lang::En), ["u.s", "troop"]);
    }

    #[test]
    fn content_term_spans_point_into_the_original() {
        let text = "قالَ المرصدُ";
        let words = content_words(text, Lang::Ar);
        assert_eq!(words.len(), 2);
        assert_eq!(&text[words[0].span.clone()], "قالَ");
        assert_eq!(&text[words[1].span.clone()], "المرصدُ");
        assert_eq!(words[1].stem, "مرصد");
        assert_eq!(words[1].normalized, "المرصد");
    }
}
