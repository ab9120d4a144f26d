//! Sentence segmentation for English and Arabic: a text becomes units (sentences, headings,
//! bylines), each with its byte span into the original text, line:column, paragraph number and a
//! display form.
//!
//! Three passes, each one linear scan: `paragraphs` groups lines into paragraphs (blank lines,
//! Markdown blocks, plain-text line breaks), `sentences` finds boundaries inside a paragraph
//! (terminal marks, abbreviations from `abbrev`), and this module classifies headings and
//! bylines and builds the units. The rules are chosen per character (Arabic letters have no case,
//! Latin ones do), not per document, so Latin names inside Arabic text and Arabic words inside
//! English are handled alike; `docs/text.md` lists them with examples.

mod abbrev;
mod paragraphs;
mod sentences;

use std::ops::Range;

use serde::Serialize;

use super::markdown::Masked;
use super::prose::reference_end;
use super::Lang;

/// What kind of unit a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    Sentence,
    Heading,
    Byline,
}

impl UnitKind {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::Sentence => "sentence",
            UnitKind::Heading => "heading",
            UnitKind::Byline => "byline",
        }
    }
}

/// A sentence (or heading, or byline) of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    /// 0-based position among the document's units.
    pub index: usize,
    pub kind: UnitKind,
    /// Byte span in the original text (`start..end`, end exclusive).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// The unit's text for display: markup removed, runs of white space folded to one space.
    pub text: String,
    /// 0-based paragraph number (blank lines and headings separate paragraphs).
    pub paragraph: usize,
    /// A heading the document marks as one (a Markdown `#` or underlined heading), not one
    /// inferred from a short unpunctuated paragraph, which may be a sentence whose full stop a
    /// site left off. Not written out: the aligner reads it.
    #[serde(skip)]
    pub marked_heading: bool,
}

impl Unit {
    /// The unit's span as a range, for slicing the original text.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Segments plain text. A single line break ends a paragraph unless the text is visibly
/// hard-wrapped (see `paragraphs`).
///
/// `lang` is the document's language; every rule today is decided by the script of the characters
/// around a mark, which also serves mixed text, so the result does not depend on it yet.
pub fn segment(text: &str, lang: Lang) -> Vec<Unit> {
    build_units(text, text, None, lang)
}

/// Segments a Markdown text: `masked` is [`super::markdown::mask`]`(text)`; spans are into `text`,
/// display text comes from the masked form, and headings come from the Markdown structure.
pub fn segment_masked(text: &str, masked: &Masked, lang: Lang) -> Vec<Unit> {
    assert_eq!(
        text.len(),
        masked.text.len(),
        "the masked text must be as long as the original"
    );
    build_units(text, &masked.text, Some(masked), lang)
}

fn build_units(text: &str, masked: &str, markdown: Option<&Masked>, _lang: Lang) -> Vec<Unit> {
    let paragraphs = paragraphs::split(masked, markdown);
    let mut units = Vec::new();
    let mut cursor = LineCursor::default();
    let mut spans = Vec::new();
    for (number, paragraph) in paragraphs.iter().enumerate() {
        spans.clear();
        // A Markdown heading line as long as a paragraph (a whole text pasted after `#`) is
        // read as one: kept whole, it would be one unit as long as the text.
        let heading = paragraph.heading
            && masked[paragraph.range.clone()]
                .split_whitespace()
                .nth(sentences::MAX_SENTENCE_WORDS)
                .is_none();
        let kind = if heading {
            spans.push(paragraph.range.clone());
            UnitKind::Heading
        } else {
            sentences::split(masked, paragraph.range.clone(), &mut spans);
            let first_with_more = number == 0 && paragraphs.len() > 1;
            classify_paragraph(
                &masked[paragraph.range.clone()],
                spans.len(),
                paragraph,
                first_with_more,
            )
        };
        for span in &spans {
            // A unit ending with a character reference (`&mdash;`) ends after its `;`.
            let span = span.start..reference_end(text, masked, span.end);
            let (line, column) = cursor.advance(text, span.start);
            units.push(Unit {
                index: units.len(),
                kind,
                start: span.start,
                end: span.end,
                line,
                column,
                text: display_text(&text[span.clone()], &masked[span.clone()]),
                paragraph: number,
                marked_heading: heading,
            });
        }
    }
    units
}

// Heading and byline limits of the tuning table (crate::tuning, `segment`).
const HEADING_MAX_WORDS: usize = crate::tuning::TUNING.segment.heading_max_words;
const BYLINE_MAX_WORDS: usize = crate::tuning::TUNING.segment.byline_max_words;
const HEADING_MAX_BYTES: usize = crate::tuning::TUNING.segment.heading_max_bytes;

/// A one-sentence paragraph may be a byline ("By Jane Doe", "— Jane Doe, Beirut", "بقلم …") or,
/// when short, unpunctuated and set off by a blank line (or first in the document), a heading.
fn classify_paragraph(
    paragraph_text: &str,
    sentence_count: usize,
    paragraph: &paragraphs::Paragraph,
    first_with_more: bool,
) -> UnitKind {
    if sentence_count != 1 || paragraph.block_item || paragraph_text.len() > HEADING_MAX_BYTES {
        return UnitKind::Sentence;
    }
    if ends_with_punctuation(paragraph_text) {
        return UnitKind::Sentence;
    }
    let words = paragraph_text.split_whitespace().count();
    if words <= BYLINE_MAX_WORDS && is_byline(paragraph_text) {
        return UnitKind::Byline;
    }
    if words <= HEADING_MAX_WORDS && (paragraph.blank_after || first_with_more) {
        return UnitKind::Heading;
    }
    UnitKind::Sentence
}

/// Ends with a terminal mark or a comma/colon, past closing quotes and brackets: a sentence or a
/// lead-in, not a title.
fn ends_with_punctuation(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '؟', '…', ':', ';', '؛', ',', '،'])
}

/// "By Jane Doe", "— Jane Doe, Beirut", "بقلم سامر …", "كتب: …".
fn is_byline(s: &str) -> bool {
    const ARABIC_OPENERS: &[&str] = &["بقلم", "كتب:", "كتبت:", "إعداد:", "كتب ", "كتبت "];
    let starts_capitalized = |rest: &str| {
        rest.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || super::is_arabic_char(c))
    };
    if let Some(rest) = s.strip_prefix("By ") {
        return starts_capitalized(rest);
    }
    if let Some(rest) = s.strip_prefix(['—', '–', '―']) {
        return rest.starts_with(' ') && starts_capitalized(rest.trim_start());
    }
    ARABIC_OPENERS.iter().any(|o| s.starts_with(o))
}

/// The display form of a unit: markup (bytes masked to spaces that were not white space in the
/// original) dropped, so "*closed*." reads "closed."; every run of white space (line breaks, tabs,
/// no-break spaces) turned into one space. Copies whole runs of text at once: this runs over
/// every byte of the document.
pub(crate) fn display_text(original: &str, masked: &str) -> String {
    let (original_bytes, bytes) = (original.as_bytes(), masked.as_bytes());
    let mut out = String::with_capacity(masked.len());
    let mut run_start = 0;
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes can be neither white space nor markup; decide those with one comparison.
        let (is_markup, space_len) = if may_be_space(bytes[i]) {
            let is_markup = bytes[i] == b' ' && !original_bytes[i].is_ascii_whitespace();
            let space_len = if is_markup {
                1
            } else {
                whitespace_len(masked, i)
            };
            (is_markup, space_len)
        } else {
            (false, 0)
        };
        if space_len == 0 {
            if run_start == i && pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            i += 1;
            continue;
        }
        out.push_str(&masked[run_start..i]);
        pending_space |= !is_markup;
        i += space_len;
        run_start = i;
    }
    out.push_str(&masked[run_start..]);
    out
}

/// Whether byte `b` can start a white-space character (or be a masked markup byte).
fn may_be_space(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE1 | 0xE2 | 0xE3
    )
}

/// Byte length of the white-space character at byte `i` of `s`, or 0 (also for any byte inside a
/// character). Only the lead bytes of the few multi-byte spaces are decoded.
fn whitespace_len(s: &str, i: usize) -> usize {
    match s.as_bytes()[i] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 1,
        // U+0085, U+00A0; U+1680; U+2000–U+205F; U+3000
        0xC2 | 0xE1 | 0xE2 | 0xE3 => s[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// Line and column of increasing offsets, computed incrementally so that a text with many units
/// on one long line costs one pass, not one pass per unit.
#[derive(Debug, Default)]
struct LineCursor {
    offset: usize,
    /// 0-based line and column (in characters) of `offset`.
    line: usize,
    column: usize,
}

impl LineCursor {
    /// 1-based line and column of `target`, which must not be before the previous target.
    fn advance(&mut self, text: &str, target: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        for i in self.offset..target {
            match bytes[i] {
                b'\n' => self.new_line(),
                // A CR starts a line unless an LF follows (CRLF counts once, at the LF).
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => self.new_line(),
                b'\r' => {}
                // Count characters by their first byte.
                b if b & 0xC0 != 0x80 => self.column += 1,
                _ => {}
            }
        }
        self.offset = target;
        (self.line + 1, self.column + 1)
    }

    fn new_line(&mut self) {
        self.line += 1;
        self.column = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::markdown::mask;

    fn kinds_and_texts(units: &[Unit]) -> Vec<(UnitKind, &str)> {
        units.iter().map(|u| (u.kind, u.text.as_str())).collect()
    }

    #[test]
    fn spans_lines_and_columns() {
        let text = "Title here\r\n\r\nسلمى قالت. Then \"go.\"\rLast one";
        let units = segment(text, Lang::En);
        assert_eq!(
            kinds_and_texts(&units),
            [
                (UnitKind::Heading, "Title here"),
                (UnitKind::Sentence, "سلمى قالت."),
                (UnitKind::Sentence, "Then \"go.\""),
                (UnitKind::Sentence, "Last one"),
            ]
        );
        for u in &units {
            assert_eq!(&text[u.span()], u.text);
        }
        let positions: Vec<_> = units
            .iter()
            .map(|u| (u.line, u.column, u.paragraph))
            .collect();
        assert_eq!(positions, [(1, 1, 0), (3, 1, 1), (3, 12, 1), (4, 1, 2)]);
        assert_eq!(
            units.iter().map(|u| u.index).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
    }

    #[test]
    fn a_quranic_verse_ends_at_its_number() {
        let text = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿١﴾ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴾٢﴿ \
                    ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣ مَٰلِكِ يَوْمِ ٱلدِّينِ ۝ إِيَّاكَ نَعْبُدُ";
        let units = segment(text, Lang::Ar);
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿١﴾",
                "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴾٢﴿",
                "ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣",
                "مَٰلِكِ يَوْمِ ٱلدِّينِ ۝",
                "إِيَّاكَ نَعْبُدُ",
            ]
        );
        // Ornate parentheses around a word are no verse end.
        let units = segment("قال ﴿ربنا﴾ ثم سكت", Lang::Ar);
        assert_eq!(units.len(), 1);
    }

    #[test]
    fn markdown_headings_and_display_text() {
        let text =
            "## The *Salma* front\n\nRebels [held](https://x.org) it.\nThey left. **Then** came.\n";
        let m = mask(text);
        let units = segment_masked(text, &m, Lang::En);
        assert_eq!(
            kinds_and_texts(&units),
            [
                (UnitKind::Heading, "The Salma front"),
                (UnitKind::Sentence, "Rebels held it."),
                (UnitKind::Sentence, "They left."),
                (UnitKind::Sentence, "Then came."),
            ]
        );
        assert_eq!(&text[units[0].span()], "The *Salma* front");
        assert_eq!((units[3].line, units[3].column), (4, 14));
        assert_eq!(units[3].paragraph, units[1].paragraph);
    }

    #[test]
    fn a_heading_line_as_long_as_a_paragraph_is_read_as_sentences() {
        let sentence =
            "The army said it held the ridge above the village after a night of fighting.";
        let body = [sentence; 12].join(" ");
        let text = format!("# {body}\n\n## A short heading\n");
        let m = mask(&text);
        let units = segment_masked(&text, &m, Lang::En);
        assert_eq!(units.len(), 13);
        assert!(units[..12]
            .iter()
            .all(|u| u.kind == UnitKind::Sentence && u.text == sentence));
        assert_eq!(units[12].kind, UnitKind::Heading);
    }

    /// A unit of a web page ending with a character reference ends after it: offsets are into
    /// the page; the display text reads the character, without the reference's blanks.
    #[test]
    fn html_units_ending_with_a_reference_end_after_it() {
        let html = "<html><body><p>The army advanced &amp; the rebels retreated &mdash;</p>\
                    <p>It said &ldquo;go.&rdquo; Fighting continued&hellip;</p></body></html>";
        let m = crate::text::html::mask(html);
        let units = segment_masked(html, &m, Lang::En);
        let spans: Vec<(&str, &str)> = units
            .iter()
            .map(|u| (&html[u.span()], u.text.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                (
                    "The army advanced &amp; the rebels retreated &mdash;",
                    "The army advanced & the rebels retreated \u{2014}"
                ),
                ("It said &ldquo;go.&rdquo;", "It said \u{201c}go.\u{201d}"),
                ("Fighting continued&hellip;", "Fighting continued\u{2026}"),
            ]
        );
    }

    #[test]
    fn bylines() {
        let units = segment(
            "By Jane Doe\n\nBody text.\n\n— Sami Haddad, Beirut",
            Lang::En,
        );
        assert_eq!(units[0].kind, UnitKind::Byline);
        assert_eq!(units[2].kind, UnitKind::Byline);
        let units = segment("بقلم سامر حداد\n\nقال المرصد.", Lang::Ar);
        assert_eq!(units[0].kind, UnitKind::Byline);
    }

    #[test]
    fn folding() {
        let plain = |s: &str| display_text(s, s);
        assert_eq!(plain("a \n\t b\u{a0}c  "), "a b c");
        assert_eq!(plain(""), "");
        assert_eq!(
            display_text("*closed*. **Now** go", " closed .   Now   go"),
            "closed. Now go"
        );
    }
}
