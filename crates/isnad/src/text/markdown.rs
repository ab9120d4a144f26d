//! Markdown markup masked out of a text without moving a byte: the text is parsed by
//! `pulldown-cmark` (CommonMark, with GitHub's tables, strikethrough, task lists and footnotes),
//! and only what the parser reports as prose is copied back onto a blank of the same length;
//! everything else (markup characters, link destinations, reference definitions, images, fenced
//! code) is spaces, byte for byte, so offsets found in the masked text are offsets into the
//! original. Line ends always stay, so line numbers and blank lines do too.
//!
//! Kept: the text of paragraphs, headings, list items, block quotes, table cells, footnotes and
//! link texts; the code of inline code spans; the text between the tags of HTML blocks and
//! inline HTML (tags and comments are masked); indented code blocks (in a news report an
//! indented paragraph is prose, not code). A character reference or an escape keeps the
//! characters it is written with, the backslash of an escape blanked. Emphasis is what CommonMark
//! says it is, across lines and nested (`***a** b*`); a lone `*` ("5 * 3"), intraword
//! underscores and unmatched brackets ("\[sic\]") are text.
//!
//! Besides the masked text, [`mask`] reports the structure the segmenter cannot see once markup is
//! gone: which lines were headings, and which lines start a new block (list items, block quotes,
//! table rows, footnote definitions).

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A Markdown text with its markup replaced by spaces, plus the block structure it carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// Same length as the original, markup bytes replaced by ASCII spaces.
    pub text: String,
    /// Byte ranges of heading lines (ATX `#` and setext), in order, without line ends.
    pub headings: Vec<Range<usize>>,
    /// Start offsets of lines that open a new block although no blank line may precede them
    /// (list items, the first line of a block quote, table rows, footnote definitions), in
    /// order.
    pub block_starts: Vec<usize>,
    /// Offsets of the line-end bytes (`\n`, `\r`) of soft line breaks — a line break inside a
    /// paragraph, which a reader reads as a space — in order. Empty for HTML, whose masked text
    /// has its soft breaks as spaces already.
    pub soft_breaks: Vec<usize>,
}

impl Masked {
    /// Whether the line starting at `line_start` is (part of) a heading.
    pub fn is_heading_line(&self, line_start: usize) -> bool {
        let i = self.headings.partition_point(|h| h.end < line_start);
        self.headings
            .get(i)
            .is_some_and(|h| h.start <= line_start && line_start <= h.end)
    }

    /// Whether the line starting at `line_start` opens a new block.
    pub fn is_block_start(&self, line_start: usize) -> bool {
        self.block_starts.binary_search(&line_start).is_ok()
    }
}

/// Masks the Markdown markup of `text`; `mask(t).text.len() == t.len()`.
pub fn mask(text: &str) -> Masked {
    let mut masker = Masker {
        text,
        out: text
            .bytes()
            .map(|b| if b.is_ascii_whitespace() { b } else { b' ' })
            .collect(),
        headings: Vec::new(),
        block_starts: Vec::new(),
        soft_breaks: Vec::new(),
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    // Inside a fenced code block or an image nothing is prose.
    let (mut fenced, mut image) = (0usize, 0usize);
    // Consecutive HTML block events are masked together: a comment may span them.
    let mut html: Option<Range<usize>> = None;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if !matches!(event, Event::Html(_)) {
            if let Some(block) = html.take() {
                masker.keep_html_text(block);
            }
        }
        match event {
            Event::Start(Tag::Heading { .. }) => masker.heading(range),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => fenced += 1,
            Event::End(TagEnd::CodeBlock) => fenced = fenced.saturating_sub(1),
            Event::Start(Tag::Image { .. }) => image += 1,
            Event::End(TagEnd::Image) => image = image.saturating_sub(1),
            Event::Start(
                Tag::Item
                | Tag::BlockQuote(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_),
            ) => masker.block_start(range.start),
            Event::Text(t) if fenced == 0 && image == 0 => masker.keep_text(range, &t),
            Event::Code(_) if image == 0 => masker.keep_code(range),
            Event::Html(_) => {
                html = Some(match html {
                    Some(block) => block.start..range.end,
                    None => range,
                })
            }
            Event::InlineHtml(_) => masker.keep_html_text(range),
            Event::SoftBreak => masker.soft_break(range),
            _ => {}
        }
    }
    if let Some(block) = html {
        masker.keep_html_text(block);
    }
    let Masker {
        out,
        mut headings,
        mut block_starts,
        mut soft_breaks,
        ..
    } = masker;
    headings.sort_by_key(|h| h.start);
    headings.dedup();
    block_starts.sort_unstable();
    block_starts.dedup();
    soft_breaks.sort_unstable();
    Masked {
        // Only whole characters are ever copied over a blank of their own length.
        text: String::from_utf8(out).expect("masking keeps UTF-8 valid"),
        headings,
        block_starts,
        soft_breaks,
    }
}

struct Masker<'a> {
    text: &'a str,
    out: Vec<u8>,
    headings: Vec<Range<usize>>,
    block_starts: Vec<usize>,
    soft_breaks: Vec<usize>,
}

impl Masker<'_> {
    fn copy(&mut self, range: Range<usize>) {
        self.out[range.clone()].copy_from_slice(&self.text.as_bytes()[range]);
    }

    /// Prose as written: an escape (`\\*`) keeps its character, not its backslash; a character
    /// reference (`&amp;`) is kept as written, so every offset stays exact.
    fn keep_text(&mut self, range: Range<usize>, parsed: &str) {
        let source = &self.text[range.clone()];
        match source.strip_prefix('\\') {
            Some(escaped) if escaped == parsed => self.copy(range.start + 1..range.end),
            _ => self.copy(range),
        }
    }

    /// An inline code span: the code between its backtick runs.
    fn keep_code(&mut self, range: Range<usize>) {
        let source = &self.text.as_bytes()[range.clone()];
        let open = source.iter().take_while(|&&b| b == b'`').count();
        let close = source.iter().rev().take_while(|&&b| b == b'`').count();
        if open + close < source.len() {
            self.copy(range.start + open..range.end - close);
        }
    }

    /// HTML in Markdown: its text is kept where the HTML masker keeps it (tags, comments,
    /// scripts masked); a character reference stays as written.
    fn keep_html_text(&mut self, range: Range<usize>) {
        let fragment = &self.text[range.clone()];
        let masked = super::html::mask(fragment).text;
        let masked = masked.as_bytes();
        for (i, c) in fragment.char_indices() {
            let span = i..i + c.len_utf8();
            if masked[span.clone()] == fragment.as_bytes()[span.clone()] && !c.is_whitespace() {
                let at = range.start + span.start;
                self.copy(at..at + c.len_utf8());
            }
        }
    }

    /// A heading: its line for ATX (`# Title`), its text lines without the underline for
    /// setext.
    fn heading(&mut self, range: Range<usize>) {
        let bytes = self.text.as_bytes();
        let start = line_start(bytes, range.start);
        let first_end = line_end(bytes, start);
        let atx = bytes[start..first_end].trim_ascii_start().starts_with(b"#");
        let end = if atx {
            first_end
        } else {
            // The underline is the last line of the range: the heading ends before it.
            let mut end = range.end.min(bytes.len());
            while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            let underline = line_start(bytes, end);
            let mut before = underline;
            while before > start && matches!(bytes[before - 1], b'\n' | b'\r') {
                before -= 1;
            }
            before.max(start)
        };
        self.headings.push(start..end);
    }

    fn soft_break(&mut self, range: Range<usize>) {
        let bytes = self.text.as_bytes();
        self.soft_breaks
            .extend(range.filter(|&i| matches!(bytes[i], b'\n' | b'\r')));
    }

    fn block_start(&mut self, at: usize) {
        let start = line_start(self.text.as_bytes(), at);
        self.block_starts.push(start);
    }
}

/// Start of the line holding `at`.
fn line_start(bytes: &[u8], at: usize) -> usize {
    let at = at.min(bytes.len());
    bytes[..at]
        .iter()
        .rposition(|&b| matches!(b, b'\n' | b'\r'))
        .map_or(0, |p| p + 1)
}

/// End of the line starting at `start` (the offset of its line break, or the text length).
fn line_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r'))
        .map_or(bytes.len(), |p| start + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let m = mask(text);
        assert_eq!(m.text.len(), text.len());
        m.text
    }

    #[test]
    fn headings_are_masked_and_recorded() {
        let m = mask("# Salma falls #\n\nText here.\n");
        assert_eq!(m.text, "  Salma falls  \n\nText here.\n");
        assert_eq!(m.headings, vec![0..15]);
        assert!(m.is_heading_line(0));
        assert!(!m.is_heading_line(17));
        assert_eq!(masked("#hashtag stays"), "#hashtag stays");
    }

    #[test]
    fn empty_atx_headings() {
        // Found by tests/fuzz_readers.rs: the closing-`#` scan started past the trimmed end.
        let m = mask("# \n#  \n##\t\n# #\n");
        assert_eq!(m.text, "  \n   \n  \t\n   \n");
        assert_eq!(m.headings, vec![0..2, 3..6, 7..10, 11..14]);
    }

    #[test]
    fn setext_headings() {
        let m = mask("Encroaching on Salma\n====\n\nBody.\n");
        assert_eq!(m.text, "Encroaching on Salma\n    \n\nBody.\n");
        assert_eq!(m.headings, vec![0..20]);
        let m = mask("Title\n---\n");
        assert_eq!(m.headings, vec![0..5]);
        assert_eq!(m.text, "Title\n   \n");
    }

    #[test]
    fn emphasis_but_not_words_or_arithmetic() {
        assert_eq!(
            masked("a **bold** and *it* and _un_ x"),
            "a   bold   and  it  and  un  x"
        );
        assert_eq!(
            masked("snake_case_name and 5 * 3"),
            "snake_case_name and 5 * 3"
        );
        assert_eq!(
            masked("the rebels' *main* redoubt"),
            "the rebels'  main  redoubt"
        );
        assert_eq!(masked("~~gone~~ kept"), "  gone   kept");
        assert_eq!(masked("a lone * star"), "a lone * star");
    }

    #[test]
    fn links_images_code() {
        assert_eq!(
            masked("see [the report](https://x.org/a_b) now"),
            "see  the report                     now"
        );
        assert_eq!(masked("![map](m.png) Salma"), "              Salma");
        assert_eq!(masked("run `isnad segment` now"), "run  isnad segment  now");
        assert_eq!(masked("[sic] stays"), "[sic] stays");
        assert_eq!(
            masked("<https://x.org> and <b>bold</b>"),
            " https://x.org  and    bold    "
        );
        // A definition cannot interrupt a paragraph (CommonMark): after a blank line it is one.
        assert_eq!(
            masked("[a][ref] x\n\n[ref]: https://x.org\n"),
            " a       x\n\n                    \n"
        );
    }

    #[test]
    fn blocks_lists_quotes_rules() {
        let m = mask("Intro.\n- one\n- two\n\n> quoted\n> more\n\n***\n1. first\n");
        assert_eq!(
            m.text,
            "Intro.\n  one\n  two\n\n  quoted\n  more\n\n   \n   first\n"
        );
        assert_eq!(m.block_starts, vec![7, 13, 20, 41]);
        assert!(m.is_block_start(7));
    }

    #[test]
    fn soft_breaks_are_the_line_breaks_inside_paragraphs() {
        let text = "A line of Kafr\nDabla.\r\nOn.\n- item\n- item\n\n# Head\nBody  \nhard\n";
        let m = mask(text);
        let at = |needle: &str| text.find(needle).unwrap();
        // The wrapped paragraph's breaks (CRLF: both bytes); not the list's, the blank line,
        // the heading's end or a hard break (two trailing spaces).
        let crlf = at("\r\n");
        assert_eq!(m.soft_breaks, vec![at("\nDabla"), crlf, crlf + 1]);
    }

    #[test]
    fn comments_and_fences_and_multibyte() {
        let text = "a <!-- سلمى\nnote --> b\n```\ncode\n```\nc";
        let m = masked(text);
        assert_eq!(m.lines().count(), text.lines().count());
        assert!(m.starts_with("a "));
        assert!(!m.contains("سلمى") && !m.contains("code"));
        assert!(m.ends_with(" b\n   \n    \n   \nc"));
        assert_eq!(masked("**سلمى**"), "  سلمى  ");
        assert_eq!(masked("\\*not emphasis\\*"), " *not emphasis *");
    }

    #[test]
    fn nested_and_multi_line_emphasis() {
        assert_eq!(masked("***a** b* c"), "   a   b  c");
        assert_eq!(masked("_Salma_'s *long\nsiege*"), " Salma 's  long\nsiege ");
        assert_eq!(masked("**bold *and it* too**"), "  bold  and it  too  ");
    }

    #[test]
    fn reference_links_of_every_kind() {
        let text =
            "[full][r], [collapsed][] and [r].\n\n[r]: https://x.org \"T\"\n[collapsed]: /c\n";
        let m = masked(text);
        assert_eq!(
            m.lines().next().unwrap(),
            " full    ,  collapsed    and  r ."
        );
        assert!(m.lines().skip(1).all(|l| l.trim().is_empty()), "{m:?}");
    }

    #[test]
    fn tables_keep_their_cells_one_row_per_block() {
        let text = "Intro.\n\n| Town | Dead |\n|---|--:|\n| Salma | 14 |\n| Dorin | 3 |\n";
        let m = mask(text);
        assert_eq!(
            m.text,
            "Intro.\n\n  Town   Dead  \n         \n  Salma   14  \n  Dorin   3  \n"
        );
        // Each row a block of its own, so no sentence runs from one row into the next.
        assert_eq!(m.block_starts, vec![8, 34, 49]);
    }

    #[test]
    fn footnotes_html_blocks_and_references() {
        let text = "Shelling hit Salma.[^1]\n\n[^1]: Per the Observatory.\n";
        let m = mask(text);
        assert_eq!(
            m.text,
            "Shelling hit Salma.    \n\n      Per the Observatory.\n"
        );
        assert_eq!(m.block_starts, vec![25]);
        // An HTML block keeps its text, not its tags or comments.
        let text = "<div class=\"box\">\n<p>He said \"no\".</p> <!-- x -->\n</div>\n\nAfter.\n";
        let m = masked(text);
        assert_eq!(
            m,
            "                 \n   He said \"no\".               \n      \n\nAfter.\n"
        );
        // A character reference stays as written (offsets stay exact); an indented paragraph
        // is prose, a fenced block is not.
        assert_eq!(masked("AT&amp;T &quot;x&quot;"), "AT&amp;T &quot;x&quot;");
        assert_eq!(
            masked("Text.\n\n    An indented paragraph.\n"),
            "Text.\n\n    An indented paragraph.\n"
        );
    }
}
