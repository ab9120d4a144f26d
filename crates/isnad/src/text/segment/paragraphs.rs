//! Lines grouped into paragraphs, the blocks sentences never cross.
//!
//! A blank line always ends a paragraph. A single line break:
//! - in plain text ends the paragraph too, because news files put one paragraph (often one
//!   sentence) per line — unless the text is plainly hard-wrapped: the next line starts with a
//!   lowercase Latin letter, or the line ends with a comma (`,` `،`);
//! - in Markdown is a soft break inside the paragraph, unless the next line is a heading or opens
//!   a block (list item, block quote), as the Markdown mask reports.

use std::ops::Range;

use crate::text::markdown::Masked;

/// A paragraph of a (masked) text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range, trimmed of white space at both ends.
    pub range: Range<usize>,
    /// A Markdown heading line.
    pub heading: bool,
    /// A Markdown list item or block quote: never taken for a plain-text heading or byline.
    pub block_item: bool,
    /// A blank line follows it.
    pub blank_after: bool,
}

/// Splits `masked` into paragraphs; `markdown` gives the structure of a Markdown text.
pub fn split(masked: &str, markdown: Option<&Masked>) -> Vec<Paragraph> {
    let bytes = masked.as_bytes();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    // Whether the last paragraph may still take the next line.
    let mut open = false;
    let mut line_start = 0;
    while line_start < bytes.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |p| line_start + p);
        let next_line = match bytes.get(line_end) {
            Some(b'\r') if bytes.get(line_end + 1) == Some(&b'\n') => line_end + 2,
            Some(_) => line_end + 1,
            None => line_end,
        };
        let line = &masked[line_start..line_end];
        let content = line.trim();
        if content.is_empty() {
            if let Some(last) = paragraphs.last_mut() {
                last.blank_after = true;
            }
            open = false;
        } else {
            let start = line_start + (line.len() - line.trim_start().len());
            let end = start + content.len();
            let heading = markdown.is_some_and(|m| m.is_heading_line(line_start));
            let block_item = markdown.is_some_and(|m| m.is_block_start(line_start));
            let joins = open
                && !heading
                && !block_item
                && match markdown {
                    Some(_) => true,
                    None => is_continuation(&masked[..line_start], content),
                };
            match paragraphs.last_mut() {
                Some(last) if joins => last.range.end = end,
                _ => paragraphs.push(Paragraph {
                    range: start..end,
                    heading,
                    block_item,
                    blank_after: false,
                }),
            }
            open = !heading;
        }
        line_start = next_line;
    }
    paragraphs
}

/// Whether a plain-text line continues the paragraph before it (a hard-wrapped line).
fn is_continuation(before: &str, line: &str) -> bool {
    let starts_lowercase = line
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && c.is_alphabetic() && !crate::text::is_arabic_char(c));
    let previous_ends_with_comma = before.trim_end().ends_with([',', '،']);
    starts_lowercase || previous_ends_with_comma
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::markdown::mask;

    fn texts<'a>(text: &'a str, paragraphs: &[Paragraph]) -> Vec<&'a str> {
        paragraphs.iter().map(|p| &text[p.range.clone()]).collect()
    }

    #[test]
    fn plain_text_line_breaks() {
        let text = "Title line\nFirst para.\r\nwrapped here.\n\n  Second,\nstill second.\rThird.";
        let ps = split(text, None);
        assert_eq!(
            texts(text, &ps),
            [
                "Title line",
                "First para.\r\nwrapped here.",
                "Second,\nstill second.",
                "Third."
            ]
        );
        assert!(ps[1].blank_after && !ps[0].blank_after);
    }

    #[test]
    fn markdown_soft_breaks_and_blocks() {
        let text = "# Head\nOne line\nSoft break.\n- item one\n- item\n  two\n";
        let m = mask(text);
        let ps = split(&m.text, Some(&m));
        assert_eq!(
            texts(&m.text, &ps),
            ["Head", "One line\nSoft break.", "item one", "item\n  two"]
        );
        assert!(ps[0].heading && !ps[1].heading);
        assert!(ps[2].block_item && ps[3].block_item && !ps[1].block_item);
    }
}
