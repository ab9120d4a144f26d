//! Markdown markup masked out of a text without moving a byte: markup characters become spaces
//! (multi-byte ones become as many spaces as they had bytes), so offsets found in the masked text
//! are offsets into the original.
//!
//! Masked: ATX heading `#`s and setext underlines, emphasis runs (`*`, `_`, `**`, `~~`) that pair
//! up on a line, inline code backticks (the code is kept), link syntax (`[text](url)` keeps
//! `text`), whole images, autolink brackets, inline HTML tags, HTML comments, list markers,
//! block-quote `>`s, horizontal rules, link reference definitions, fenced code blocks (code is not
//! prose) and backslashes of escapes. Apostrophes, intraword underscores and a lone `*` between
//! spaces ("5 * 3") are text and stay.
//!
//! Besides the masked text, [`mask`] reports the structure the segmenter cannot see once markup is
//! gone: which lines were headings, and which lines start a new block (list items, block quotes).

use std::ops::Range;

/// A Markdown text with its markup replaced by spaces, plus the block structure it carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// Same length as the original, markup bytes replaced by ASCII spaces.
    pub text: String,
    /// Byte ranges of heading lines (ATX `#` and setext), in order, without line ends.
    pub headings: Vec<Range<usize>>,
    /// Start offsets of lines that open a new block although no blank line precedes them (list
    /// items, the first line of a block quote), in order.
    pub block_starts: Vec<usize>,
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
        original: text,
        bytes: text.as_bytes().to_vec(),
        headings: Vec::new(),
        block_starts: Vec::new(),
    };
    masker.mask_comments();
    masker.mask_lines();
    let Masker {
        bytes,
        headings,
        block_starts,
        ..
    } = masker;
    Masked {
        // Only whole characters are ever replaced by as many ASCII spaces as they had bytes.
        text: String::from_utf8(bytes).expect("masking keeps UTF-8 valid"),
        headings,
        block_starts,
    }
}

struct Masker<'a> {
    /// The unmasked text, for classifying characters around delimiters.
    original: &'a str,
    bytes: Vec<u8>,
    headings: Vec<Range<usize>>,
    block_starts: Vec<usize>,
}

/// A run of `*`, `_` or `~` that may open or close emphasis.
struct Delimiter {
    start: usize,
    len: usize,
    byte: u8,
    can_open: bool,
    can_close: bool,
}

impl Masker<'_> {
    fn blank(&mut self, range: Range<usize>) {
        self.bytes[range].fill(b' ');
    }

    /// HTML comments may span lines, so they go first, over the whole text.
    fn mask_comments(&mut self) {
        let mut from = 0;
        while let Some(open) = self.original[from..].find("<!--") {
            let start = from + open;
            let end = match self.original[start + 4..].find("-->") {
                Some(close) => start + 4 + close + 3,
                None => self.original.len(),
            };
            // Line ends inside the comment stay, so line numbers and paragraphs are unchanged.
            for i in start..end {
                if !matches!(self.bytes[i], b'\n' | b'\r') {
                    self.bytes[i] = b' ';
                }
            }
            from = end;
        }
    }

    fn mask_lines(&mut self) {
        let mut fence: Option<(u8, usize)> = None;
        let mut paragraph_start: Option<usize> = None;
        let mut in_quote = false;
        // End of the last line of paragraph text, for setext headings.
        let mut text_line_end = 0;
        let mut start = 0;
        let len = self.bytes.len();
        while start < len {
            let end = line_end(&self.bytes, start);
            let next = skip_line_break(&self.bytes, end);
            let line = start..end;
            start = next;

            if let Some((byte, count)) = fence {
                if fence_marker(&self.bytes[line.clone()])
                    .is_some_and(|(b, n)| b == byte && n >= count)
                {
                    fence = None;
                }
                self.blank(line);
                continue;
            }
            if let Some(marker) = fence_marker(&self.bytes[line.clone()]) {
                fence = Some(marker);
                paragraph_start = None;
                self.blank(line);
                continue;
            }
            if self.bytes[line.clone()].iter().all(u8::is_ascii_whitespace) {
                paragraph_start = None;
                in_quote = false;
                continue;
            }

            let mut content = skip_spaces(&self.bytes, line.start, line.end, 3);
            let quoted = self.bytes[content] == b'>';
            while content < line.end && self.bytes[content] == b'>' {
                self.bytes[content] = b' ';
                content = skip_spaces(&self.bytes, content + 1, line.end, 1);
            }
            if quoted && !in_quote {
                self.block_starts.push(line.start);
                paragraph_start = None;
            }
            in_quote = quoted;
            let rest = content..line.end;

            if let Some(byte) = thematic_break(&self.bytes[rest.clone()]) {
                match (byte, paragraph_start) {
                    // `---` right under paragraph text makes that text a heading (setext).
                    (b'-', Some(p)) if !self.bytes[rest.clone()].contains(&b' ') => {
                        self.headings.push(p..text_line_end);
                    }
                    _ => {}
                }
                self.blank(rest);
                paragraph_start = None;
                continue;
            }
            if let Some(p) = paragraph_start {
                if is_setext_equals(&self.bytes[rest.clone()]) {
                    self.headings.push(p..text_line_end);
                    self.blank(rest);
                    paragraph_start = None;
                    continue;
                }
            }
            if let Some(text_start) = self.atx_heading(rest.clone()) {
                self.headings.push(line.start..line.end);
                self.mask_inline(text_start..line.end);
                paragraph_start = None;
                continue;
            }
            if is_link_definition(&self.bytes[rest.clone()]) {
                self.blank(rest);
                continue;
            }
            let text_start = match self.list_marker(rest.clone()) {
                Some(after) => {
                    self.block_starts.push(line.start);
                    paragraph_start = Some(line.start);
                    after
                }
                None => {
                    paragraph_start.get_or_insert(line.start);
                    rest.start
                }
            };
            text_line_end = line.end;
            self.mask_inline(text_start..line.end);
        }
    }

    /// Masks `#`s of an ATX heading; returns where the heading text starts.
    fn atx_heading(&mut self, rest: Range<usize>) -> Option<usize> {
        let hashes = self.bytes[rest.clone()]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        if !(1..=6).contains(&hashes) {
            return None;
        }
        let after = rest.start + hashes;
        if after < rest.end && !matches!(self.bytes[after], b' ' | b'\t') {
            return None;
        }
        self.blank(rest.start..after);
        // An optional closing run of `#`s, preceded by a space. The opening `#`s are blank
        // by now, so an empty heading (`# `) trims to before them.
        let trimmed_end = (rest.start + trim_end_len(&self.bytes[rest.clone()])).max(after);
        let closing = self.bytes[after..trimmed_end]
            .iter()
            .rev()
            .take_while(|&&b| b == b'#')
            .count();
        let closing_start = trimmed_end - closing;
        if closing > 0 && closing_start > after && self.bytes[closing_start - 1] == b' ' {
            self.blank(closing_start..trimmed_end);
        }
        Some(after)
    }

    /// Masks a bullet (`-`, `*`, `+`), an ordered marker (`12.`, `3)`) and a task box after it;
    /// returns where the item text starts.
    fn list_marker(&mut self, rest: Range<usize>) -> Option<usize> {
        let b = &self.bytes[rest.clone()];
        let marker_len = match b.first()? {
            b'-' | b'*' | b'+' => 1,
            b'0'..=b'9' => {
                let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
                if digits > 9 || !matches!(b.get(digits), Some(b'.' | b')')) {
                    return None;
                }
                digits + 1
            }
            _ => return None,
        };
        if !matches!(b.get(marker_len), Some(b' ' | b'\t') | None) {
            return None;
        }
        let mut end = rest.start + marker_len;
        let after_space = (end + 1).min(rest.end);
        let task = &self.bytes[after_space..rest.end];
        if task.len() >= 3
            && task[0] == b'['
            && matches!(task[1], b' ' | b'x' | b'X')
            && task[2] == b']'
        {
            end = after_space + 3;
        }
        self.blank(rest.start..end);
        Some(end)
    }

    /// Masks inline markup within one line.
    fn mask_inline(&mut self, range: Range<usize>) {
        let mut delimiters: Vec<Delimiter> = Vec::new();
        let mut i = range.start;
        while i < range.end {
            match self.bytes[i] {
                b'\\' if i + 1 < range.end && self.bytes[i + 1].is_ascii_punctuation() => {
                    self.bytes[i] = b' ';
                    i += 2;
                }
                b'`' => i = self.code_span(i, range.end),
                b'!' if i + 1 < range.end && self.bytes[i + 1] == b'[' => {
                    match link_end(&self.bytes, i + 1, range.end) {
                        Some((_, end)) => {
                            self.blank(i..end);
                            i = end;
                        }
                        None => i += 1,
                    }
                }
                b'[' => {
                    if let Some((close, end)) = link_end(&self.bytes, i, range.end) {
                        self.bytes[i] = b' ';
                        self.blank(close..end);
                    }
                    // The link text is scanned like any other text.
                    i += 1;
                }
                b'<' => i = self.angle(i, range.end),
                byte @ (b'*' | b'_' | b'~') => {
                    let len = self.bytes[i..range.end]
                        .iter()
                        .take_while(|&&b| b == byte)
                        .count();
                    if byte != b'~' || len >= 2 {
                        delimiters.push(self.delimiter(i, len, byte));
                    }
                    i += len;
                }
                _ => i += 1,
            }
        }
        self.pair_emphasis(&delimiters);
    }

    /// Masks the backticks of a code span starting at `i`; returns where scanning resumes.
    fn code_span(&mut self, i: usize, end: usize) -> usize {
        let run = self.bytes[i..end]
            .iter()
            .take_while(|&&b| b == b'`')
            .count();
        let mut j = i + run;
        while j < end {
            if self.bytes[j] == b'`' {
                let close = self.bytes[j..end]
                    .iter()
                    .take_while(|&&b| b == b'`')
                    .count();
                if close == run {
                    self.blank(i..i + run);
                    self.blank(j..j + run);
                    return j + run;
                }
                j += close;
            } else {
                j += 1;
            }
        }
        // No closing run: the backticks are literal.
        i + run
    }

    /// Autolinks (`<https://…>`, `<a@b.c>`) lose their brackets; HTML tags go entirely.
    fn angle(&mut self, i: usize, end: usize) -> usize {
        let Some(len) = self.bytes[i + 1..end]
            .iter()
            .position(|&b| b == b'>' || b == b'<')
        else {
            return i + 1;
        };
        let close = i + 1 + len;
        if self.bytes[close] != b'>' || len == 0 {
            return i + 1;
        }
        let inner = &self.bytes[i + 1..close];
        let no_space = !inner.iter().any(u8::is_ascii_whitespace);
        if no_space && (inner.contains(&b':') || inner.contains(&b'@')) {
            self.bytes[i] = b' ';
            self.bytes[close] = b' ';
            return close + 1;
        }
        let name_start = usize::from(inner[0] == b'/');
        if inner.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            self.blank(i..close + 1);
            return close + 1;
        }
        i + 1
    }

    fn delimiter(&self, start: usize, len: usize, byte: u8) -> Delimiter {
        let before = self.original[..start].chars().next_back();
        let after = self.original[start + len..].chars().next();
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let punct = |c: Option<char>| {
            c.is_some_and(|c| {
                c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace())
            })
        };
        let left = !space(after) && (!punct(after) || space(before) || punct(before));
        let right = !space(before) && (!punct(before) || space(after) || punct(after));
        let (can_open, can_close) = if byte == b'_' {
            // `snake_case_names` and `foo_bar` are words, not emphasis.
            (
                left && (!right || punct(before)),
                right && (!left || punct(after)),
            )
        } else {
            (left, right)
        };
        Delimiter {
            start,
            len,
            byte,
            can_open,
            can_close,
        }
    }

    /// Masks delimiter runs that pair up as opener and closer; unpaired runs are text.
    fn pair_emphasis(&mut self, delimiters: &[Delimiter]) {
        let mut openers: Vec<&Delimiter> = Vec::new();
        for d in delimiters {
            if d.can_close {
                if let Some(pos) = openers.iter().rposition(|o| o.byte == d.byte) {
                    let opener = openers[pos];
                    self.blank(opener.start..opener.start + opener.len);
                    self.blank(d.start..d.start + d.len);
                    openers.truncate(pos);
                    continue;
                }
            }
            if d.can_open {
                openers.push(d);
            }
        }
    }
}

/// End of the line starting at `start` (the offset of its line break, or the text length).
fn line_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |p| start + p)
}

fn skip_line_break(bytes: &[u8], end: usize) -> usize {
    match bytes.get(end) {
        Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
        Some(_) => end + 1,
        None => end,
    }
}

/// Skips up to `max` spaces from `i`.
fn skip_spaces(bytes: &[u8], i: usize, end: usize, max: usize) -> usize {
    let n = bytes[i..end]
        .iter()
        .take(max)
        .take_while(|&&b| b == b' ')
        .count();
    i + n
}

fn trim_end_len(b: &[u8]) -> usize {
    b.len()
        - b.iter()
            .rev()
            .take_while(|c| c.is_ascii_whitespace())
            .count()
}

/// "```" or "~~~" (three or more) after up to three spaces: the fence byte and length.
fn fence_marker(line: &[u8]) -> Option<(u8, usize)> {
    let indent = line.iter().take(4).take_while(|&&b| b == b' ').count();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let byte = *rest.first()?;
    if byte != b'`' && byte != b'~' {
        return None;
    }
    let n = rest.iter().take_while(|&&b| b == byte).count();
    (n >= 3).then_some((byte, n))
}

/// `---`, `***`, `___` (three or more, spaces allowed): the rule character.
fn thematic_break(rest: &[u8]) -> Option<u8> {
    let byte = *rest.first()?;
    if !matches!(byte, b'-' | b'*' | b'_') {
        return None;
    }
    let mut count = 0;
    for &b in rest {
        match b {
            b if b == byte => count += 1,
            b' ' | b'\t' => {}
            _ => return None,
        }
    }
    (count >= 3).then_some(byte)
}

fn is_setext_equals(rest: &[u8]) -> bool {
    let body = &rest[..trim_end_len(rest)];
    !body.is_empty() && body.iter().all(|&b| b == b'=')
}

/// `[label]: destination` on a line of its own.
fn is_link_definition(rest: &[u8]) -> bool {
    if rest.first() != Some(&b'[') {
        return false;
    }
    match rest.iter().position(|&b| b == b']') {
        Some(close) if close > 1 => rest.get(close + 1) == Some(&b':'),
        _ => false,
    }
}

/// For a `[` at `open`: the offset of its matching `]` and the end of the whole link
/// (`[text](url "title")` or `[text][ref]`), when it is one.
fn link_end(bytes: &[u8], open: usize, end: usize) -> Option<(usize, usize)> {
    let close = matching(bytes, open, end, b'[', b']')?;
    match bytes.get(close + 1) {
        Some(b'(') if close + 1 < end => {
            let paren = matching(bytes, close + 1, end, b'(', b')')?;
            Some((close, paren + 1))
        }
        Some(b'[') if close + 1 < end => {
            let bracket = matching(bytes, close + 1, end, b'[', b']')?;
            Some((close, bracket + 1))
        }
        _ => None,
    }
}

/// Offset of the bracket closing the one at `open`, nesting allowed, within `..end`.
fn matching(bytes: &[u8], open: usize, end: usize, left: u8, right: u8) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &b) in bytes[open..end].iter().enumerate() {
        if b == left {
            depth += 1;
        } else if b == right {
            depth -= 1;
            if depth == 0 {
                return Some(open + i);
            }
        }
    }
    None
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
        assert_eq!(
            masked("[a][ref] x\n[ref]: https://x.org\n"),
            " a       x\n                    \n"
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
}
