//! Byte offset → line:column, for people. Lines end at LF, CRLF or a lone CR; columns count
//! Unicode scalar values from 1, so an Arabic letter is one column, not two bytes.

/// Start offsets of every line of a text, built once and queried by binary search, with the
/// number of characters before every 4 KB checkpoint, so a column is counted over at most a few
/// kilobytes even on a page minified onto one line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it), every [`CHECKPOINT`] bytes.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between two checkpoints of the character count.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let mut checkpoints = vec![(0, 0)];
        let mut last = 0;
        for (chars, (offset, _)) in text.char_indices().enumerate() {
            if offset - last >= CHECKPOINT {
                checkpoints.push((offset, chars));
                last = offset;
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = match self.checkpoints.binary_search_by_key(&offset, |&(o, _)| o) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let (at, count) = self.checkpoints[i];
        count + text[at..offset].chars().count()
    }

    /// 1-based line and column of byte `offset` (which must lie on a char boundary of `text`).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let column = if offset - start <= CHECKPOINT {
            text[start..offset].chars().count() + 1
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start) + 1
        };
        (line + 1, column)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// The lines of `text`, each without its line end: LF, CRLF and a lone CR all end a line (as
/// [`LineIndex`] counts them; `str::lines` misses the lone CR of old Mac files and some
/// exports). As with `str::lines`, a final line end does not start an empty last line, and an
/// empty text has no lines.
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let from = start;
        let (end, next) = match bytes[from..].iter().position(|&b| b == b'\n' || b == b'\r') {
            None => (bytes.len(), bytes.len()),
            Some(n) => {
                let end = from + n;
                let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
                (end, end + if crlf { 2 } else { 1 })
            }
        };
        start = next;
        Some(&text[from..end])
    })
}

/// The rows of a tabular text (a TSV lexicon, memory or manifest), each without its line end:
/// LF and CRLF end a row, and a lone CR too in a text with no LF at all (classic Mac). In a
/// text with LF line ends a lone CR is a character of its row, as `str::lines` reads it.
pub fn split_rows(text: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    if text.contains('\n') {
        Box::new(text.lines())
    } else {
        Box::new(split_lines(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_end_at_a_lone_cr_only_in_a_text_without_lf() {
        assert_eq!(
            split_rows("a\tb\rc\td\r").collect::<Vec<_>>(),
            ["a\tb", "c\td"]
        );
        assert_eq!(split_rows("a\rb\nc\r\n").collect::<Vec<_>>(), ["a\rb", "c"]);
    }

    #[test]
    fn a_lone_cr_ends_a_line_like_lf_and_crlf() {
        fn lines(t: &str) -> Vec<&str> {
            split_lines(t).collect()
        }
        assert_eq!(lines("a\rb\r"), ["a", "b"]);
        assert_eq!(lines("a\r\nb\nc"), ["a", "b", "c"]);
        assert_eq!(lines("a\r\rb\n\nc\r\n"), ["a", "", "b", "", "c"]);
        assert_eq!(lines("\ra"), ["", "a"]);
        assert!(lines("").is_empty());
        // Agrees with `str::lines` wherever there is no lone CR.
        for t in ["x\ny\n", "x\r\n\r\ny", "\n", "سلمى\nab"] {
            assert_eq!(lines(t), t.lines().collect::<Vec<_>>(), "{t:?}");
        }
        // And with the line index on where lines start.
        let t = "ab\r\nسلمى x\rz";
        assert_eq!(lines(t).len(), LineIndex::new(t).line_count());
    }

    #[test]
    fn lines_and_columns() {
        let text = "ab\r\nسلمى x\rz\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 4), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), (2, 6));
        let z = text.find('z').unwrap();
        assert_eq!(idx.line_col(text, z), (3, 1));
        assert_eq!(idx.line_count(), 4);
    }

    #[test]
    fn columns_on_a_long_line_use_the_checkpoints() {
        let line = "سلمى ab ".repeat(3_000);
        let text = format!("x\n{line}end");
        let idx = LineIndex::new(&text);
        let end = text.find("end").unwrap();
        assert_eq!(idx.line_col(&text, end), (2, line.chars().count() + 1));
        let mid = 2 + "سلمى ab ".len() * 1_234;
        assert_eq!(idx.line_col(&text, mid), (2, 1_234 * 8 + 1));
    }
}
