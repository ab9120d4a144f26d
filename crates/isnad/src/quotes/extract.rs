//! Quote extraction from an English report.
//!
//! Recognises straight and curly double quotes, guillemets, and single quotes used as quotation
//! marks (an apostrophe inside a word — Ma'arrat, rebels' — is not one). A quote that runs over a
//! paragraph break follows the newswire convention: the opening mark is repeated at the start of
//! the next paragraph and the closing mark omitted. Ellipses and `[...]` split a quote into
//! segments, since the elided words may sit anywhere in the source. A quote repeated verbatim
//! (a pull quote, a caption) is one quote with several locations.
//!
//! Scanning runs on the Markdown-masked text (markup replaced by spaces, same length), so every
//! span points into the original file.

use serde::Serialize;

use crate::text::prose::reference_end;
use crate::text::segment::display_text;
use crate::text::{Document, LineIndex};

/// What sort of quotation a quote is; checks treat short ones more leniently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more of quoted speech.
    Full,
    /// Part of a sentence quoted inside the reporter's own sentence ("preparing to enter").
    Fragment,
    /// One or two words in quotes, often distancing rather than quoting.
    Scare,
    /// A capitalised name in quotes (an operation, a book): usually not a translation.
    Title,
}

/// Why two consecutive segments of a quote are apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gap {
    /// Words were elided (`…`, `...`, `[...]`).
    Ellipsis,
    /// The quote continues in the next paragraph.
    Paragraph,
}

/// A contiguous piece of a quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    /// Byte span of the segment's words in the original report.
    pub start: usize,
    pub end: usize,
    /// How this segment is separated from the previous one (`None` for the first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<Gap>,
}

/// One place where a quote stands in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteLocation {
    /// Byte span including the quotation marks.
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    /// Index of the report unit (sentence) holding the opening mark.
    pub unit: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// `q1`, `q2`, … in order of first appearance.
    pub id: String,
    /// The quoted words: segments joined by " … " (elision) or " " (paragraph continuation).
    pub text: String,
    pub kind: QuoteKind,
    /// Segments of the first location.
    pub segments: Vec<Segment>,
    /// Every location, first appearance first.
    pub locations: Vec<QuoteLocation>,
}

impl Quote {
    pub fn first(&self) -> &QuoteLocation {
        &self.locations[0]
    }

    pub fn word_count(&self) -> usize {
        word_count(&self.text)
    }
}

impl Segment {
    pub fn word_count(&self) -> usize {
        word_count(&self.text)
    }
}

/// Extracts the quotes of an English document, a quote repeated verbatim merged into one with
/// several locations.
pub fn extract(doc: &Document) -> Vec<Quote> {
    let found = occurrences(doc);
    let uncredited = vec![None; found.len()];
    merge_repeats(found, &uncredited)
        .into_iter()
        .map(|(quote, _)| quote)
        .collect()
}

/// Every quotation of an English document, in order, each with its one location, repeats not
/// merged (ids are given by [`merge_repeats`]).
pub fn occurrences(doc: &Document) -> Vec<Quote> {
    let prose = doc.prose();
    let scan_text = prose.as_ref();
    let raw = scan(scan_text, &doc.text);
    let index = LineIndex::new(&doc.text);
    let mut found = Vec::new();
    for r in raw {
        // The masked text: same offsets, but no Markdown marks, tags or character references.
        let segments = split_segments(&doc.text, scan_text, &r.pieces);
        if segments.is_empty() {
            continue;
        }
        let text = join_segments(&segments);
        let (line, column) = index.line_col(&doc.text, r.start);
        let location = QuoteLocation {
            start: r.start,
            // A closing mark written `&rdquo;` ends after its `;`.
            end: reference_end(&doc.text, scan_text, r.end),
            line,
            column,
            unit: unit_at(doc, r.start),
        };
        found.push(Quote {
            id: String::new(),
            kind: classify(&text),
            text,
            segments,
            locations: vec![location],
        });
    }
    found
}

/// The `occurrences` of one report merged: the same words (case and punctuation aside) quoted
/// again — a pull quote, a caption — are one quote with several locations, unless the two are
/// credited to different outlets (`credits[i]`: the outlet occurrence `i` is credited to, if
/// any). The same words put in the mouths of two outlets are two quotes, each checked against
/// what it is credited to; an uncredited repeat joins the first quote of its words it can.
///
/// Returns the quotes, numbered `q1`, `q2`, … in order of first appearance, each with the
/// occurrence whose credit it takes: its first credited occurrence, or else its first.
pub fn merge_repeats(occurrences: Vec<Quote>, credits: &[Option<&str>]) -> Vec<(Quote, usize)> {
    assert_eq!(
        occurrences.len(),
        credits.len(),
        "one credit per occurrence"
    );
    let mut merged: Vec<(Quote, usize)> = Vec::new();
    let mut by_key: std::collections::HashMap<String, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, mut occurrence) in occurrences.into_iter().enumerate() {
        let same_words = by_key.entry(dedup_key(&occurrence.text)).or_default();
        let joins = same_words.iter().copied().find(|&m| {
            let credited = credits[merged[m].1];
            credited.is_none() || credits[i].is_none() || credited == credits[i]
        });
        match joins {
            Some(m) => {
                let (quote, credit_from) = &mut merged[m];
                quote.locations.append(&mut occurrence.locations);
                if credits[*credit_from].is_none() && credits[i].is_some() {
                    *credit_from = i;
                }
            }
            None => {
                same_words.push(merged.len());
                occurrence.id = format!("q{}", merged.len() + 1);
                merged.push((occurrence, i));
            }
        }
    }
    merged
}

fn unit_at(doc: &Document, offset: usize) -> usize {
    let i = doc.units.partition_point(|u| u.start <= offset);
    i.saturating_sub(1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Straight,
    Curly,
    Guillemet,
    SingleStraight,
    SingleCurly,
}

impl Family {
    fn opener(self) -> char {
        match self {
            Family::Straight => '"',
            Family::Curly => '“',
            Family::Guillemet => '«',
            Family::SingleStraight => '\'',
            Family::SingleCurly => '‘',
        }
    }
}

/// A quote as found by the scanner: outer span and the byte ranges of its content pieces
/// (more than one when it runs over paragraphs).
#[derive(Debug)]
struct RawQuote {
    start: usize,
    end: usize,
    pieces: Vec<(usize, usize)>,
}

impl Open {
    /// The quote, its content ending at `content_end` and the quote (mark included) at `end`.
    fn close(mut self, content_end: usize, end: usize) -> RawQuote {
        self.pieces.push((self.content_start, content_end));
        RawQuote {
            start: self.start,
            end,
            pieces: self.pieces,
        }
    }
}

struct Open {
    family: Family,
    start: usize,
    content_start: usize,
    pieces: Vec<(usize, usize)>,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/:".contains(c),
    }
}

/// What a quotation-mark character means at this position, given whether a quote of its family
/// is open.
fn classify_mark(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    open: Option<Family>,
) -> Option<(Family, bool)> {
    let next_is_text = next.is_some_and(|n| !n.is_whitespace());
    let next_is_letter = next.is_some_and(|n| n.is_alphanumeric());
    let prev_is_text = prev.is_some_and(|p| !p.is_whitespace());
    match c {
        '“' => Some((Family::Curly, true)),
        '”' => Some((Family::Curly, false)),
        '«' => Some((Family::Guillemet, true)),
        '»' => Some((Family::Guillemet, false)),
        '"' => {
            if open == Some(Family::Straight) {
                Some((Family::Straight, false))
            } else if next_is_text {
                Some((Family::Straight, true))
            } else {
                None
            }
        }
        '‘' | '\'' => {
            let family = if c == '‘' {
                Family::SingleCurly
            } else {
                Family::SingleStraight
            };
            if open.is_none() && is_opening_context(prev) && next_is_letter {
                Some((family, true))
            } else {
                None
            }
        }
        '’' => {
            if open == Some(Family::SingleCurly) && prev_is_text && !next_is_letter {
                Some((Family::SingleCurly, false))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Closing mark for single straight quotes: `'` after text and not followed by a letter.
fn closes_single_straight(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(|n| n.is_alphanumeric())
}

/// How far (bytes) [`plural_possessive`] looks for the quote's closing mark.
const POSSESSIVE_LOOKAHEAD: usize = 2_000;

/// Whether the `'` ending at `after`, inside a single-quoted quote and after an `s`, is a plural
/// possessive (`the rebels' positions`) rather than the closing mark: another closing mark
/// follows in the paragraph before any opening one. Otherwise it closes (`'a blow to the
/// rebels' and 'a victory'`, `'fighting the rebels' on Monday`).
fn plural_possessive(text: &str, prev: Option<char>, after: usize) -> bool {
    if !matches!(prev, Some('s' | 'S')) || !text[after..].starts_with(' ') {
        return false;
    }
    // Looked at within a quote's reach, so that a 50 MB line full of `s' ` stays linear.
    let mut reach = (after + POSSESSIVE_LOOKAHEAD).min(text.len());
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    let rest = &text[after..reach];
    let paragraph = &rest[..rest.find("\n\n").unwrap_or(rest.len())];
    let mut before = Some(' ');
    let mut chars = paragraph.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == '\'' {
            let next = chars.peek().map(|&(_, n)| n);
            if is_opening_context(before) && next.is_some_and(char::is_alphanumeric) {
                return false;
            }
            if closes_single_straight(before, next) {
                return true;
            }
        }
        before = Some(c);
    }
    false
}

/// Whether a straight `"` ending at byte `after` of the masked `text`, followed by spaces or
/// tabs, opens a quote (`said: " His body was found."`): it stands where a quote opens (after
/// white space, a colon, a bracket or a dash), a letter or digit follows the spaces on the same
/// line, and the next straight mark of the paragraph can close it — it does not itself open
/// one (white space or an opening character before it, text right after it). Straight marks
/// pair up in order, so `" then 6 feet.` with no mark after it opens nothing, nor does the
/// first of `said " and "the army"`: the mark after it opens a quote of its own. A quote left
/// unclosed at the paragraph's end does not count as closed.
fn opens_before_space(text: &str, prev: Option<char>, after: usize) -> bool {
    if !is_opening_context(prev) {
        return false;
    }
    let rest = &text[after..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
    if !rest[lead..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let mut before = None;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' if paragraph_break(text, after + i).is_some() => return false,
            '"' => {
                let next = chars.peek().map(|&(_, n)| n);
                let opens = is_opening_context(before) && next.is_some_and(|n| !n.is_whitespace());
                return !opens;
            }
            _ => {}
        }
        before = Some(c);
    }
    false
}

/// The first character at or after byte `at` of the masked `text` that the reader sees: markup
/// the mask blanked (a space where `original`, at the same offset, has something else) is
/// skipped, so that `"**the battle**"` opens on `t` as `"the battle"` does.
fn visible_from(text: &str, original: &str, at: usize) -> Option<char> {
    let mut i = at;
    while i < text.len() && crate::text::prose::is_markup(original, text, i) {
        i += 1;
    }
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// Quotes of `text`, the report's prose (markup blanked, offsets kept: `original` is the text
/// as written).
fn scan(text: &str, original: &str) -> Vec<RawQuote> {
    // Byte positions, not a char vector: a report may be one 50 MB line.
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let after = pos + c.len_utf8();
        let prev = text[..pos].chars().next_back();
        let next = visible_from(text, original, after);
        if c == '\n' {
            if let Some(o) = open.as_mut() {
                if let Some(next_para) = paragraph_break(text, pos) {
                    let para_end = trim_end(text, pos);
                    // Newswire convention: the quote goes on if the next paragraph opens with the
                    // same mark; otherwise the closing mark was simply forgotten.
                    let opener = o.family.opener();
                    if text[next_para..].starts_with(opener) {
                        o.pieces.push((o.content_start, para_end));
                        o.content_start = next_para + opener.len_utf8();
                        pos = o.content_start;
                        continue;
                    }
                    let o = open.take().expect("open quote");
                    out.push(o.close(para_end, para_end));
                    pos = next_para;
                    continue;
                }
            }
            pos = after;
            continue;
        }
        let current = open.as_ref().map(|o| o.family);
        if current == Some(Family::SingleStraight) && c == '\'' {
            if closes_single_straight(prev, next) && !plural_possessive(text, prev, after) {
                let o = open.take().expect("open quote");
                out.push(o.close(pos, after));
            }
            pos = after;
            continue;
        }
        // `said: " His body …"`: a straight mark followed by a space or tab, which
        // `classify_mark` leaves alone (`5" and`), opens when its quote closes in the paragraph.
        let spaced = c == '"'
            && current.is_none()
            && next.is_some_and(char::is_whitespace)
            && opens_before_space(text, prev, after);
        let mark = if spaced {
            Some((Family::Straight, true))
        } else {
            classify_mark(c, prev, next, current)
        };
        if let Some((family, opening)) = mark {
            match (&mut open, opening) {
                (None, true) => {
                    open = Some(Open {
                        family,
                        start: pos,
                        content_start: after,
                        pieces: Vec::new(),
                    });
                }
                (Some(o), false) if o.family == family => {
                    let o = open.take().expect("open quote");
                    out.push(o.close(pos, after));
                }
                // Marks of another family inside a quote are nested quotes: part of the text.
                _ => {}
            }
        }
        pos = after;
    }
    if let Some(o) = open {
        let end = trim_end(text, text.len());
        out.push(o.close(end, end));
    }
    out
}

/// If the newline at byte `at` starts a blank line (a paragraph break), the byte position of the
/// first non-space character of the next paragraph (or the end of the text).
fn paragraph_break(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    let blank = rest.len() - rest.trim_start().len();
    let newlines = 1 + rest[..blank].matches('\n').count();
    let next = at + 1 + blank;
    (newlines >= 2 || next == text.len()).then_some(next)
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

/// Splits content pieces of `masked` (the masked text of `original`) at elisions into trimmed
/// segments with spans into `original`, each read as its display text: markup dropped (a tag
/// inside a word, a reference's blanks), white space folded.
fn split_segments(original: &str, masked: &str, pieces: &[(usize, usize)]) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    for (n, &(start, end)) in pieces.iter().enumerate() {
        let mut gap = (n > 0).then_some(Gap::Paragraph);
        let piece = &masked[start..end];
        let mut cursor = 0;
        let mut parts = Vec::new();
        for (at, len) in elisions(piece) {
            parts.push((cursor, at));
            cursor = at + len;
        }
        parts.push((cursor, piece.len()));
        for (k, (a, b)) in parts.into_iter().enumerate() {
            if k > 0 {
                gap = Some(Gap::Ellipsis);
            }
            let raw = &piece[a..b];
            let lead = raw.len() - raw.trim_start_matches(is_edge_junk).len();
            let trimmed = raw
                .trim_start_matches(is_edge_junk)
                .trim_end_matches(is_trailing_junk);
            if !trimmed.chars().any(char::is_alphanumeric) {
                continue;
            }
            let s = start + a + lead;
            let e = reference_end(original, masked, s + trimmed.len());
            segments.push(Segment {
                text: display_text(&original[s..e], &masked[s..e]),
                start: s,
                end: e,
                gap: if segments.is_empty() { None } else { gap },
            });
        }
    }
    segments
}

fn is_edge_junk(c: char) -> bool {
    c.is_whitespace() || c == ',' || c == ';'
}

fn is_trailing_junk(c: char) -> bool {
    c.is_whitespace() || c == ',' || c == ';' || c == ':'
}

/// Byte positions and lengths of elision marks in `s`: `[...]`, `[…]`, `(...)`, `…`, `...`.
fn elisions(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let rest = &s[i..];
        let len = ["[...]", "[…]", "(...)", "(…)", "…"]
            .iter()
            .find(|m| rest.starts_with(**m))
            .map(|m| m.len())
            .or_else(|| {
                let dots = rest.bytes().take_while(|&c| c == b'.').count();
                (dots >= 3).then_some(dots)
            });
        match len {
            Some(len) => {
                out.push((i, len));
                i += len;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

fn join_segments(segments: &[Segment]) -> String {
    let mut text = String::new();
    for s in segments {
        match s.gap {
            None => {}
            Some(Gap::Ellipsis) => text.push_str(" … "),
            Some(Gap::Paragraph) => text.push(' '),
        }
        text.push_str(&s.text);
    }
    text
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Quotes with the same words (ignoring case and punctuation) are one quote.
fn dedup_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn classify(text: &str) -> QuoteKind {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let ends_sentence = text.trim_end().ends_with(['.', '!', '?', '…']);
    let capitalised = |w: &&str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    if words.len() >= 2 && words.len() <= 6 && !ends_sentence && words.iter().all(capitalised) {
        return QuoteKind::Title;
    }
    if words.len() <= 2 {
        return QuoteKind::Scare;
    }
    let starts_lower = words.first().is_some_and(|w| !capitalised(w));
    if starts_lower || (words.len() <= 5 && !ends_sentence) {
        QuoteKind::Fragment
    } else {
        QuoteKind::Full
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn doc(text: &str) -> Document {
        Document::from_text("report.txt", text, Some(Lang::En))
    }

    fn texts(text: &str) -> Vec<String> {
        extract(&doc(text)).into_iter().map(|q| q.text).collect()
    }

    /// A straight quote whose first word is marked up opens on that word, as an unmarked one
    /// does (the mask blanks the markup: `"  the` looked like a mark before a space).
    #[test]
    fn a_quote_opening_on_markup() {
        let quoted = |name: &str, text: &str| -> Vec<String> {
            extract(&Document::from_text(name, text, Some(Lang::En)))
                .into_iter()
                .map(|q| q.text)
                .collect()
        };
        for text in [
            "Sahel TV added: \"**the decisive battle** for Salma could begin\". Then it ended.",
            "Sahel TV added: \"*the decisive battle* for Salma could begin\". Then it ended.",
            "Sahel TV added: \"`the` decisive battle for Salma could begin\". Then it ended.",
            "Sahel TV added: \"[the decisive battle](https://x.example) for Salma could begin\". Then it ended.",
        ] {
            let found = quoted("report.md", text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].starts_with("the decisive battle"), "{text}: {found:?}");
            assert!(found[0].ends_with("could begin"), "{text}: {found:?}");
        }
        let html = "<p>Sahel TV added: \"<b>the decisive battle</b> for Salma could begin\".</p>";
        let found = quoted("report.html", html);
        assert_eq!(
            found,
            ["the decisive battle for Salma could begin"],
            "{html}"
        );
        // A mark before a real space still opens nothing.
        assert!(quoted("report.md", "He measured 5\" and \" then 6 feet.").is_empty());
    }

    /// A straight quote whose opening mark is followed by a space or a tab is a quote, as the
    /// curly one is (it was dropped until 2026-12-07), its words trimmed and its spans in the
    /// original; straight marks still pair up in order.
    #[test]
    fn a_straight_quote_opening_before_a_space() {
        let t = "Al-Sharq TV said the farmer died.\n\nNusantara News said: \" His body was found \
                 about five hours later.\"\n\nAl-Sharq TV said: \"The animal did not belong to Yuan .\"";
        let quotes = extract(&doc(t));
        let found: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            found,
            [
                "His body was found about five hours later.",
                "The animal did not belong to Yuan ."
            ]
        );
        let (loc, seg) = (quotes[0].first(), &quotes[0].segments[0]);
        assert_eq!(
            &t[loc.start..loc.end],
            "\" His body was found about five hours later.\""
        );
        assert_eq!(
            &t[seg.start..seg.end],
            "His body was found about five hours later."
        );
        assert_eq!(
            texts("It said:\"\tthe army advanced \" today."),
            ["the army advanced"]
        );
        assert_eq!(
            texts("It said \" the army advanced\" today."),
            ["the army advanced"]
        );
        // Two sloppy quotes in a row, each closed before the next opens.
        assert_eq!(
            texts("It said \" the army advanced \" and \" the rebels fled \" on Monday."),
            ["the army advanced", "the rebels fled"]
        );
        // The next mark opens a quote of its own: the spaced one is a stray.
        assert_eq!(
            texts("It said \" and then \"the rebels fled\" on Monday."),
            ["the rebels fled"]
        );
        // No mark after it in the paragraph: nothing.
        assert!(texts("It said \" the army advanced.\n\nThen \"it left\".").len() == 1);
        assert!(texts("He measured 5\" and \" then 6 feet.").is_empty());
    }

    #[test]
    fn straight_curly_and_guillemets() {
        assert_eq!(
            texts("He said \"the army advanced\" and “the rebels fled” and «nothing else»."),
            ["the army advanced", "the rebels fled", "nothing else"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t =
            "The rebels' positions near Ma'arrat al-Nu'man fell, the Observatory's report said.";
        assert!(texts(t).is_empty());
        assert_eq!(
            texts("The commander called it 'a heavy blow' to the rebels' morale."),
            ["a heavy blow"]
        );
        assert_eq!(
            texts("She said ‘we held Salma’s hills’ on Monday."),
            ["we held Salma’s hills"]
        );
        // A plural possessive inside a single-quoted quote, when the quote closes later.
        assert_eq!(
            texts("It said: 'Shelling on the rebels' positions killed 41 fighters.' Then it left."),
            ["Shelling on the rebels' positions killed 41 fighters."]
        );
        // Where no closing mark follows, or an opening one comes first, it closes.
        assert_eq!(
            texts("It called it 'a blow to the rebels' and left."),
            ["a blow to the rebels"]
        );
        assert_eq!(
            texts("It called it 'a blow to the rebels' and 'a victory for us'."),
            ["a blow to the rebels", "a victory for us"]
        );
    }

    #[test]
    fn spans_and_positions_point_into_the_original() {
        let t = "Line one.\nThe network said \"troops entered the village\" today.";
        let d = doc(t);
        let q = &extract(&d)[0];
        let loc = q.first();
        assert_eq!(&t[loc.start..loc.end], "\"troops entered the village\"");
        assert_eq!((loc.line, loc.column), (2, 18));
        let s = &q.segments[0];
        assert_eq!(&t[s.start..s.end], "troops entered the village");
    }

    /// In a web page a mark or a last word written as a character reference (`&rdquo;`,
    /// `&#8217;`) is whole in the spans, and its blanks and the tags inside a word are not in
    /// the quote's words.
    #[test]
    fn html_spans_cover_character_references_and_words_skip_markup() {
        let t = "<p>It said &ldquo;shelling hit Ba&#8217;albek and the un<b>der</b>ground \
                 &amp; the rebels&#8217;&rdquo;. Then &#8220;Kafr&nbsp;Dabla fell&#8221;</p>";
        let d = Document::from_text("report.html", t, Some(Lang::En));
        let quotes = extract(&d);
        let spans: Vec<(&str, &str, &str)> = quotes
            .iter()
            .map(|q| {
                let (loc, seg) = (q.first(), &q.segments[0]);
                (
                    q.text.as_str(),
                    &t[loc.start..loc.end],
                    &t[seg.start..seg.end],
                )
            })
            .collect();
        assert_eq!(
            spans,
            [
                (
                    "shelling hit Ba\u{2019}albek and the underground & the rebels\u{2019}",
                    "&ldquo;shelling hit Ba&#8217;albek and the un<b>der</b>ground &amp; the \
                     rebels&#8217;&rdquo;",
                    "shelling hit Ba&#8217;albek and the un<b>der</b>ground &amp; the \
                     rebels&#8217;"
                ),
                (
                    "Kafr Dabla fell",
                    "&#8220;Kafr&nbsp;Dabla fell&#8221;",
                    "Kafr&nbsp;Dabla fell"
                ),
            ]
        );
    }

    /// A `<q>` of a web page is a quote as its quotation marks would be, a `<q>` inside it a
    /// nested quote, part of its words; the spans cover the tags whole.
    #[test]
    fn html_q_elements_are_quotes() {
        let t = "<p>The Observatory said <q cite=\"https://x.example\">20 fighters were \
                 <q>killed</q> near the border</q>.</p>";
        let d = Document::from_text("report.html", t, Some(Lang::En));
        let quotes = extract(&d);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        let (q, loc) = (&quotes[0], quotes[0].first());
        assert_eq!(
            q.text,
            "20 fighters were \u{2018}killed\u{2019} near the border"
        );
        assert_eq!(
            &t[loc.start..loc.end],
            "<q cite=\"https://x.example\">20 fighters were <q>killed</q> near the border</q>"
        );
        let s = &q.segments[0];
        assert_eq!(
            &t[s.start..s.end],
            "20 fighters were <q>killed</q> near the border"
        );
    }

    #[test]
    fn ellipsis_splits_segments() {
        let t = "It said \"The clashes coincided with raids … amid an advance by the army.\"";
        let q = &extract(&doc(t))[0];
        assert_eq!(q.segments.len(), 2);
        assert_eq!(q.segments[0].text, "The clashes coincided with raids");
        assert_eq!(q.segments[1].text, "amid an advance by the army.");
        assert_eq!(q.segments[1].gap, Some(Gap::Ellipsis));
        assert_eq!(
            q.text,
            "The clashes coincided with raids … amid an advance by the army."
        );
        let t2 = "\"Troops [...] seized the hill,\" it said.";
        assert_eq!(extract(&doc(t2))[0].segments.len(), 2);
    }

    #[test]
    fn quote_running_over_paragraphs() {
        let t = "The group said: \"Fighting went on all night.\n\n\"By morning the army held the hills.\"\n\nNext paragraph.";
        let q = extract(&doc(t));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].text,
            "Fighting went on all night. By morning the army held the hills."
        );
        assert_eq!(q[0].segments[1].gap, Some(Gap::Paragraph));
    }

    #[test]
    fn unterminated_quote_stops_at_paragraph_end() {
        let t = "It said \"troops advanced on the hills\n\nAnother paragraph with \"a second quote\" here.";
        assert_eq!(texts(t), ["troops advanced on the hills", "a second quote"]);
    }

    #[test]
    fn repeated_quote_is_one_quote_with_two_locations() {
        let t = "\"We will stand fast,\" a commander said.\n\n> \"We will stand fast\"\n";
        let q = extract(&doc(t));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].locations.len(), 2);
        assert_eq!(q[0].id, "q1");
    }

    #[test]
    fn repeats_credited_to_different_outlets_stay_apart() {
        let t = "\"We hold the hill\" (caption)\n\nA said \"we hold the hill\".\n\n\
                 B said \"We hold the hill\".\n\nA again: \"we hold the hill\"\n";
        let found = occurrences(&doc(t));
        assert_eq!(found.len(), 4);
        let merged = merge_repeats(found, &[None, Some("A"), Some("B"), Some("A")]);
        let summary: Vec<(&str, usize, usize)> = merged
            .iter()
            .map(|(q, credit)| (q.id.as_str(), q.locations.len(), *credit))
            .collect();
        // The caption joins the first quote and lends it nothing: its credit is occurrence 1's.
        assert_eq!(summary, [("q1", 3, 1), ("q2", 1, 2)]);
        assert_eq!(merged[1].0.first().line, 5);
    }

    #[test]
    fn kinds() {
        assert_eq!(classify("preparing to enter"), QuoteKind::Fragment);
        assert_eq!(classify("terrorists"), QuoteKind::Scare);
        assert_eq!(classify("stand fast"), QuoteKind::Scare);
        assert_eq!(classify("Operation Northern Dawn"), QuoteKind::Title);
        assert_eq!(
            classify("The army has taken control of a number of strategic hills."),
            QuoteKind::Full
        );
        assert_eq!(
            classify("seized most of the surrounding hills and elevations"),
            QuoteKind::Fragment
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            texts("He said \"they called it 'the last battle' on air\" yesterday."),
            ["they called it 'the last battle' on air"]
        );
    }

    #[test]
    fn inch_marks_and_stray_marks_do_not_open_quotes() {
        assert!(texts("A 12\" pipe and a 5' wall.").is_empty());
    }
}
