//! Sentence boundaries inside one paragraph: a single forward scan for terminal marks; only at a
//! mark does the scanner look around it, and never further than a word either way, so the cost
//! stays linear even on a 50 MB line.
//!
//! A run of marks (`.`, `!`, `?`, `؟`, `۔`, `…`, `...`, or the end of a Quranic verse: `۝`
//! with its number, `﴿١٢﴾`), then any closing quotes or brackets, ends a sentence when white
//! space follows and:
//! - the next word does not start with a lowercase Latin letter (`"Where?" he asked`), and
//! - for `?` `!` `؟` and a verse's end: always;
//! - for an ellipsis: only when a closing quote follows it or a typical sentence opener comes
//!   next, so an ellipsis inside a quotation ("… amid an advance …") does not split it;
//! - for a period: when a closing quote or bracket follows it (`(see below.)`), else by the word
//!   before it — see [`super::abbrev`] — and a lone number opening the paragraph (`1.`) is a list
//!   number, not a sentence.
//!
//! Arabic typed without a space after the mark (`استمر.وأضاف`) is split between two words of
//! two letters or more, see [`joins_arabic_sentences`].
//!
//! Invisible controls (an RLM, a bidi pop, a zero-width space; [`crate::text::is_invisible`])
//! between the marks, the closers and the white space are looked through: `اليوم.\u{200F} وأضاف`
//! ends a sentence as `اليوم. وأضاف` does, and the next sentence starts at its first visible
//! character.
//!
//! A short bracketed credit ending the paragraph ("… the ridge. (AFP)") stays with the sentence
//! before it.

use std::ops::Range;

use super::abbrev::{self, Abbrev};
use crate::text::{is_arabic_char, is_invisible};

/// What a run of terminal marks contains.
#[derive(Debug, Default)]
struct Marks {
    /// Offset just past the run.
    end: usize,
    /// `?`, `!` or `؟` in the run.
    strong: bool,
    periods: usize,
    ellipsis: bool,
}

/// Appends the sentence spans of `paragraph` (trimmed: it starts and ends on non-space) to `out`.
pub fn split(masked: &str, paragraph: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = masked.as_bytes();
    let end = paragraph.end;
    let mut start = paragraph.start;
    let mut i = start;
    while i < end {
        if terminal_len(bytes, i).is_none() {
            i += 1;
            continue;
        }
        let marks = scan_marks(bytes, i, end);
        let (closed_end, looked) = skip_closers(masked, marks.end, end);
        if looked >= end {
            break;
        }
        let next = if masked[looked..].starts_with(char::is_whitespace) {
            skip_whitespace(masked, looked, end)
        } else if joins_arabic_sentences(masked, start..i, &marks, looked, end) {
            looked
        } else {
            // "3.5", "U.S.", "example.com", "Yahoo!News": the mark is inside a word.
            i = looked;
            continue;
        };
        let boundary = Boundary {
            masked,
            sentence_start: start,
            mark_start: i,
            marks: &marks,
            closed: closed_end > marks.end,
            next,
            end,
        };
        if boundary.ends_sentence() {
            push_capped(masked, start..closed_end, out);
            start = next;
        }
        i = next;
    }
    if start < end {
        push_capped(masked, start..end, out);
    }
}

/// Longest sentence kept whole, in words (crate::tuning, `segment`). Text without sentence marks
/// (a transcript, a subtitle file, text copied out of a PDF) would otherwise be one sentence as
/// long as the file: matched as one place and shown whole.
pub const MAX_SENTENCE_WORDS: usize = crate::tuning::TUNING.segment.max_sentence_words;
/// A longer sentence is cut after the first clause mark (`,` `،` `;` `؛` `:` or a dash) that
/// ends a piece of at least this many words, and, lacking one, at `MAX_SENTENCE_WORDS`.
const MIN_PIECE_WORDS: usize = crate::tuning::TUNING.segment.min_piece_words;
/// Fewest words a clause cut may leave after it.
const MIN_TAIL_WORDS: usize = crate::tuning::TUNING.segment.min_tail_words;

/// Pushes `sentence`, cut into pieces of at most [`MAX_SENTENCE_WORDS`] words when longer.
fn push_capped(masked: &str, sentence: Range<usize>, out: &mut Vec<Range<usize>>) {
    let text = &masked[sentence.clone()];
    // Most sentences are ruled out by counting bytes, without decoding: a sentence has at most
    // one word more than it has white-space characters, and every one of those is an ASCII
    // space, tab or line break or starts with one of four lead bytes (no-break and typographic
    // spaces).
    let gaps = text
        .bytes()
        .filter(|b| {
            matches!(
                b,
                b' ' | b'\n' | b'\t' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE1 | 0xE2 | 0xE3
            )
        })
        .count();
    if gaps < MAX_SENTENCE_WORDS {
        out.push(sentence);
        return;
    }
    let mut left = text.split_whitespace().count();
    if left <= MAX_SENTENCE_WORDS {
        out.push(sentence);
        return;
    }
    let offset = |w: &str| sentence.start + (w.as_ptr() as usize - text.as_ptr() as usize);
    let mut piece_start = sentence.start;
    let mut words = 0;
    let mut cut_after: Option<usize> = None;
    for word in text.split_whitespace() {
        if let Some(end) = cut_after.take() {
            out.push(piece_start..end);
            piece_start = offset(word);
            words = 0;
        }
        words += 1;
        left -= 1;
        let clause_end =
            word.ends_with([',', '،', ';', '؛', ':']) || matches!(word, "-" | "–" | "—");
        // A clause too short to stand alone stays with the piece before it.
        let clause_cut = clause_end && words >= MIN_PIECE_WORDS && left >= MIN_TAIL_WORDS;
        if words >= MAX_SENTENCE_WORDS || clause_cut {
            cut_after = Some(offset(word) + word.len());
        }
    }
    out.push(piece_start..sentence.end);
}

/// Byte length of the terminal mark at `i`, if there is one.
fn terminal_len(bytes: &[u8], i: usize) -> Option<usize> {
    if let Some(len) = verse_end_len(bytes, i) {
        return Some(len);
    }
    match bytes[i] {
        b'.' | b'!' | b'?' => Some(1),
        // ؟ U+061F and ۔ U+06D4
        0xD8 if bytes.get(i + 1) == Some(&0x9F) => Some(2),
        0xDB if bytes.get(i + 1) == Some(&0x94) => Some(2),
        // … U+2026
        0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => Some(3),
        _ => None,
    }
}

/// The end of a Quranic verse at `i`: the end-of-ayah sign ۝ (U+06DD) with the verse's number
/// after it if any, or the number between ornate parentheses (﴿١٢﴾, either way round, which
/// editors type in either order); digits of any script. Its byte length.
fn verse_end_len(bytes: &[u8], i: usize) -> Option<usize> {
    const AYAH: &[u8] = "\u{06DD}".as_bytes();
    const ORNATE: [&[u8]; 2] = ["\u{FD3E}".as_bytes(), "\u{FD3F}".as_bytes()];
    // Asked of every byte of the text: the lead bytes of ۝ (0xDB) and of ﴾ ﴿ (0xEF) first.
    if !matches!(bytes[i], 0xDB | 0xEF) {
        return None;
    }
    // Past the digits from `k` (a character boundary: right after a mark matched whole).
    let digits_from = |mut k: usize| {
        while let Some(c) = char_at(bytes, k).filter(|c| c.is_numeric()) {
            k += c.len_utf8();
        }
        k
    };
    let rest = &bytes[i..];
    if rest.starts_with(AYAH) {
        return Some(digits_from(i + AYAH.len()) - i);
    }
    let open = ORNATE.iter().find(|o| rest.starts_with(o))?;
    let after_digits = digits_from(i + open.len());
    if after_digits == i + open.len() {
        return None;
    }
    let close = ORNATE
        .iter()
        .find(|o| bytes[after_digits..].starts_with(o))?;
    Some(after_digits + close.len() - i)
}

/// The character starting at byte `k` of UTF-8 `bytes`, if one starts there.
fn char_at(bytes: &[u8], k: usize) -> Option<char> {
    let width = match *bytes.get(k)? {
        b if b < 0x80 => 1,
        b if b >> 5 == 0b110 => 2,
        b if b >> 4 == 0b1110 => 3,
        b if b >> 3 == 0b11110 => 4,
        _ => return None,
    };
    std::str::from_utf8(bytes.get(k..k + width)?)
        .ok()?
        .chars()
        .next()
}

fn scan_marks(bytes: &[u8], start: usize, end: usize) -> Marks {
    let mut marks = Marks::default();
    let mut i = start;
    while i < end {
        let Some(len) = terminal_len(bytes, i) else {
            break;
        };
        if verse_end_len(bytes, i).is_some() {
            marks.strong = true;
            i += len;
            continue;
        }
        match (bytes[i], len) {
            (b'.', _) | (0xDB, _) => marks.periods += 1,
            (_, 3) => marks.ellipsis = true,
            _ => marks.strong = true,
        }
        i += len;
    }
    marks.end = i;
    if marks.periods >= 2 {
        marks.ellipsis = true;
    }
    marks
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹' | '„')
}

/// The closing quotes and brackets after the marks ending at `from`: the offset just past the
/// last of them (or `from`), and the offset past the invisible controls after that — an RLM or a
/// bidi pop after a period is not what follows the sentence.
fn skip_closers(masked: &str, from: usize, end: usize) -> (usize, usize) {
    let (mut closed, mut looked) = (from, from);
    for c in masked[from..end].chars() {
        if is_closer(c) {
            closed = looked + c.len_utf8();
        } else if !is_invisible(c) {
            break;
        }
        looked += c.len_utf8();
    }
    (closed, looked)
}

/// Arabic typed without a space after the full stop (`استمر.وأضاف`, common in text copied from
/// web pages and PDFs): a single mark between two Arabic words of at least two letters each
/// ends a sentence as `استمر. وأضاف` does. A one-letter word on either side is an abbreviation
/// (`د.محمد`, `أ.ف.ب`), and a word that is part of a dotted chain (`بي.سي.آر`) is an acronym,
/// so neither is split. Looks at most one word either way.
fn joins_arabic_sentences(
    masked: &str,
    sentence_to_mark: Range<usize>,
    marks: &Marks,
    looked: usize,
    end: usize,
) -> bool {
    let (sentence_start, mark_start) = (sentence_to_mark.start, sentence_to_mark.end);
    const MIN_LETTERS: usize = 2;
    let is_letter = |c: char| is_arabic_char(c) && c.is_alphabetic();
    if marks.ellipsis || marks.periods > 1 {
        return false;
    }
    let from = ceil_boundary(masked, mark_start.saturating_sub(64).max(sentence_start));
    let before = &masked[from..mark_start];
    let word_before: Vec<char> = before.chars().rev().take_while(|&c| is_letter(c)).collect();
    let ahead = &masked[looked..ceil_boundary(masked, (looked + 64).min(end))];
    let word_after: Vec<char> = ahead.chars().take_while(|&c| is_letter(c)).collect();
    if word_before.len() < MIN_LETTERS || word_after.len() < MIN_LETTERS {
        return false;
    }
    // The characters just outside the two words: a dot there makes the words a dotted chain.
    let outside_before = before.chars().rev().nth(word_before.len());
    let mut outside_after = ahead.chars().skip(word_after.len());
    let dotted_before = outside_before == Some('.');
    let dotted_after =
        outside_after.next() == Some('.') && outside_after.next().is_some_and(is_letter);
    !dotted_before && !dotted_after
}

/// Past the white space and invisible controls from `from`: where the next sentence starts.
fn skip_whitespace(masked: &str, from: usize, end: usize) -> usize {
    let rest = &masked[from..end];
    from + (rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .len())
}

/// A candidate boundary and the context that decides it.
struct Boundary<'a> {
    masked: &'a str,
    sentence_start: usize,
    mark_start: usize,
    marks: &'a Marks,
    /// A closing quote or bracket follows the marks.
    closed: bool,
    /// Start of the next non-space text.
    next: usize,
    end: usize,
}

impl Boundary<'_> {
    fn ends_sentence(&self) -> bool {
        let next_char = self.next_text().chars().next();
        if next_char.is_some_and(is_lower_latin) || self.credit_follows() {
            return false;
        }
        // Arabic has no lowercase to tell `«أين؟» قال` from a new sentence: a quotation closed
        // after its mark and followed by a verb of speech is still the same sentence.
        if self.closed && is_arabic_speech_verb(self.next_word()) {
            return false;
        }
        if self.marks.strong {
            return true;
        }
        if self.marks.ellipsis {
            return self.closed || abbrev::is_sentence_opener(self.next_word());
        }
        if self.closed {
            return true;
        }
        let word_start = self.word_start();
        let word = &self.masked[word_start..self.mark_start];
        if word_start == self.sentence_start && is_list_number(word) {
            return false;
        }
        let next_is_digit = next_char.is_some_and(char::is_numeric);
        match abbrev::classify(word) {
            Abbrev::None => true,
            Abbrev::BeforeName | Abbrev::Inner => false,
            Abbrev::BeforeNumber => !next_is_digit,
            Abbrev::Ambiguous => {
                !next_is_digit
                    && (next_char.is_some_and(is_arabic_char)
                        || abbrev::is_sentence_opener(self.next_word()))
            }
            Abbrev::ArabicLetters => self.number_before(word_start),
        }
    }

    /// A short bracketed group without terminal marks that ends the paragraph — a photo or agency
    /// credit, "Smoke over the ridge. (AFP)" — stays with its sentence.
    fn credit_follows(&self) -> bool {
        const MAX_CREDIT_BYTES: usize = crate::tuning::TUNING.segment.max_credit_bytes;
        let rest = &self.masked[self.next..self.end];
        if !rest.starts_with('(') {
            return false;
        }
        let window = &rest.as_bytes()[..rest.len().min(MAX_CREDIT_BYTES)];
        let Some(close) = window.iter().position(|&b| b == b')') else {
            return false;
        };
        let inside = &rest.as_bytes()[..close];
        let has_mark = (0..inside.len()).any(|i| terminal_len(inside, i).is_some());
        !has_mark && close + 1 == rest.len()
    }

    /// The text after the boundary, past opening quotes and brackets.
    fn next_text(&self) -> &str {
        self.masked[self.next..self.end].trim_start_matches(is_opener)
    }

    /// The letters of the next word, at most 24 of them (enough for any sentence opener).
    fn next_word(&self) -> &str {
        let rest = self.next_text();
        let word_len: usize = rest
            .chars()
            .take(24)
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        &rest[..word_len]
    }

    /// Start of the word before the marks, past opening quotes and brackets; looks back at most
    /// 64 bytes (longer "words" are URLs or numbers, never abbreviations).
    fn word_start(&self) -> usize {
        let lo = ceil_boundary(
            self.masked,
            self.mark_start.saturating_sub(64).max(self.sentence_start),
        );
        let before = &self.masked[lo..self.mark_start];
        let word_len = before
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(before.len(), |(i, c)| before.len() - i - c.len_utf8());
        let word = &before[before.len() - word_len..];
        let trimmed = word.trim_start_matches(is_opener);
        self.mark_start - trimmed.len()
    }

    /// Whether the token before `word_start` ends in a digit ("٢٠٢٠ م.", "850 م.").
    fn number_before(&self, word_start: usize) -> bool {
        self.masked[self.sentence_start..word_start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(char::is_numeric)
    }
}

/// Verbs that close a quotation (قال, تساءلت …), normalized. With و or ف before them (وقال) they
/// begin a new sentence instead, as Arabic news sentences often do.
fn is_arabic_speech_verb(word: &str) -> bool {
    const VERBS: [&str; 30] = [
        "قال",
        "قالت",
        "يقول",
        "تقول",
        "اضاف",
        "اضافت",
        "يضيف",
        "تضيف",
        "تساءل",
        "تساءلت",
        "سال",
        "سالت",
        "صرح",
        "صرحت",
        "اكد",
        "اكدت",
        "اوضح",
        "اوضحت",
        "تابع",
        "تابعت",
        "ذكر",
        "ذكرت",
        "كتب",
        "كتبت",
        "هتف",
        "هتفت",
        "صاح",
        "صاحت",
        "اعلن",
        "اعلنت",
    ];
    if !word.starts_with(is_arabic_char) {
        return false;
    }
    VERBS.contains(&crate::text::arabic::normalize(word).as_str())
}

fn is_lower_latin(c: char) -> bool {
    c.is_lowercase() && !is_arabic_char(c)
}

/// "1", "12", "٣": a short number that opens a paragraph is a list number.
fn is_list_number(word: &str) -> bool {
    !word.is_empty() && word.chars().count() <= 3 && word.chars().all(char::is_numeric)
}

/// The smallest char boundary of `s` at or above `i`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn basic_marks() {
        assert_eq!(
            sentences("One. Two! Three? Four"),
            ["One.", "Two!", "Three?", "Four"]
        );
        assert_eq!(sentences("قال. وأضاف؟ نعم"), ["قال.", "وأضاف؟", "نعم"]);
    }

    #[test]
    fn word_internal_marks() {
        assert_eq!(
            sentences("It rose 3.5 percent. Then"),
            ["It rose 3.5 percent.", "Then"]
        );
        assert_eq!(
            sentences("See example.com/a?b now."),
            ["See example.com/a?b now."]
        );
    }

    #[test]
    fn closers_and_lowercase() {
        assert_eq!(
            sentences("He said \"go.\" Then left."),
            ["He said \"go.\"", "Then left."]
        );
        assert_eq!(sentences("\"Where?\" he asked."), ["\"Where?\" he asked."]);
    }

    #[test]
    fn an_arabic_question_quoted_then_attributed_is_one_sentence() {
        assert_eq!(
            sentences("«إلى أين نذهب؟» تساءل أحد السكان. ثم غادر."),
            ["«إلى أين نذهب؟» تساءل أحد السكان.", "ثم غادر."]
        );
        assert_eq!(
            sentences("\"كفى!\" قالت امرأة من القرية."),
            ["\"كفى!\" قالت امرأة من القرية."]
        );
        // Without a closing quotation mark, or with another word next, it still splits.
        assert_eq!(
            sentences("إلى أين نذهب؟ قال أحدهم ذلك."),
            ["إلى أين نذهب؟", "قال أحدهم ذلك."]
        );
        assert_eq!(
            sentences("«إلى أين نذهب؟» السكان لا يعرفون."),
            ["«إلى أين نذهب؟»", "السكان لا يعرفون."]
        );
        // وقال opens the next sentence.
        assert_eq!(
            sentences("«إلى أين نذهب؟» وقال المسؤول إن الطريق آمن."),
            ["«إلى أين نذهب؟»", "وقال المسؤول إن الطريق آمن."]
        );
    }

    #[test]
    fn invisible_controls_after_a_mark_do_not_hide_the_break() {
        for control in ['\u{200F}', '\u{202C}', '\u{2069}', '\u{200B}', '\u{FEFF}'] {
            let text = format!("قتلوا اليوم.{control} وأضاف أن الطريق قطع.");
            assert_eq!(
                sentences(&text),
                ["قتلوا اليوم.", "وأضاف أن الطريق قطع."],
                "{control:?}"
            );
            let text = format!("Troops left.{control} Then \"go.\"{control} {control}It fell.");
            assert_eq!(
                sentences(&text),
                ["Troops left.", "Then \"go.\"", "It fell."],
                "{control:?}"
            );
        }
        // Between the mark and a closing quote, and before the next sentence's opening one.
        assert_eq!(
            sentences("He said \"go.\u{200F}\" \u{2067}\"Then\" it fell."),
            ["He said \"go.\u{200F}\"", "\"Then\" it fell."]
        );
        // Still inside a word without white space after it.
        assert_eq!(
            sentences("It rose 3.\u{200F}5 percent."),
            ["It rose 3.\u{200F}5 percent."]
        );
    }

    #[test]
    fn arabic_sentences_typed_without_a_space_after_the_mark() {
        assert_eq!(
            sentences("قال المسؤول إن القصف استمر.وأضاف أن عشرة قتلوا.لماذا؟قال أحدهم"),
            [
                "قال المسؤول إن القصف استمر.",
                "وأضاف أن عشرة قتلوا.",
                "لماذا؟",
                "قال أحدهم"
            ]
        );
        // Across a closing quotation mark too.
        assert_eq!(
            sentences("«انتهى القصف.»وأضاف المسؤول"),
            ["«انتهى القصف.»", "وأضاف المسؤول"]
        );
        // Abbreviations, acronyms, numbers and Latin text are not cut.
        for kept in [
            "قال د.محمد إن الطريق قطع",
            "نقلت وكالة أ.ف.ب الخبر",
            "أجري فحص بي.سي.آر.وفي اليوم التالي",
            "ارتفع 3.5 بالمئة",
            "الساعة.3 صباحا",
            "موقع example.com الإخباري",
            "قال المسؤول...وأضاف",
        ] {
            assert_eq!(sentences(kept), [kept], "{kept}");
        }
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            sentences("Gen. Ali spoke at 9 a.m. The end."),
            ["Gen. Ali spoke at 9 a.m.", "The end."]
        );
        assert_eq!(
            sentences("the U.S. State Department"),
            ["the U.S. State Department"]
        );
        assert_eq!(sentences("No. 5 fell."), ["No. 5 fell."]);
        assert_eq!(
            sentences("قال د. أحمد إن عام 2020 م. وأضاف"),
            ["قال د. أحمد إن عام 2020 م.", "وأضاف"]
        );
    }

    #[test]
    fn credits_stay_with_their_sentence() {
        assert_eq!(
            sentences("Smoke over the ridge. (AFP)"),
            ["Smoke over the ridge. (AFP)"]
        );
        assert_eq!(
            sentences("It fell. (See map.) Then"),
            ["It fell.", "(See map.)", "Then"]
        );
        assert_eq!(
            sentences("It fell. (AFP) Then more."),
            ["It fell.", "(AFP) Then more."]
        );
    }

    #[test]
    fn a_long_line_without_marks_is_cut_into_pieces_of_bounded_length() {
        let text = "word ".repeat(100_000);
        let text = text.trim_end();
        let pieces = sentences(text);
        assert_eq!(pieces.len(), 100_000 / MAX_SENTENCE_WORDS + 1);
        assert!(pieces
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_SENTENCE_WORDS));
        // Nothing lost, nothing doubled: the pieces tile the line.
        assert_eq!(pieces.join(" "), text);
    }

    #[test]
    fn an_overlong_sentence_is_cut_after_a_clause_mark() {
        let clause = |n: usize| format!("{}كلمة،", "كلمة ".repeat(n - 1));
        let text = format!("{} {} {} نهاية.", clause(45), clause(50), clause(45));
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), 3, "{pieces:?}");
        assert!(pieces[0].ends_with('،') && pieces[1].ends_with('،'));
        assert!(pieces[2].ends_with("نهاية."));
        // A clause mark too early in a piece does not cut it.
        let early = format!("{} {} {}", clause(10), clause(45), clause(80));
        let pieces = sentences(&early);
        assert_eq!(
            pieces
                .iter()
                .map(|p| p.split_whitespace().count())
                .collect::<Vec<_>>(),
            [55, 80]
        );
    }

    #[test]
    fn a_long_but_ordinary_sentence_stays_whole() {
        let text = format!("{}done.", "word, ".repeat(MAX_SENTENCE_WORDS - 1));
        assert_eq!(sentences(&text), [text.as_str()]);
        // The same at the limit with no-break spaces and curly quotes, which the byte count
        // cannot rule out: the word count decides.
        let text = format!("{}“done.”", "word,\u{a0}".repeat(MAX_SENTENCE_WORDS - 1));
        assert_eq!(sentences(&text), [text.as_str()]);
    }

    #[test]
    fn words_joined_by_no_break_spaces_are_cut_too() {
        // Short words, so the line is short in bytes too (1,880).
        let text = "و\u{a0}".repeat(470);
        let text = text.trim_end_matches('\u{a0}');
        let pieces = sentences(text);
        assert_eq!(pieces.len(), 4, "{}", pieces.len());
        assert!(pieces
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_SENTENCE_WORDS));
    }
}
