//! The one mistake the `csv` crate reads without a word: a quoted field whose closing quote is
//! missing (`x1,Zouzou,"oops` and then more rows). The field runs to the end of the file, so
//! every later row becomes its text and the file loses them silently. [`check_quotes`] finds
//! it the way the crate reads (its default `ReaderBuilder`: `"` quotes a field only at the
//! field's start, `""` inside is one quote), so that a loader can refuse such a file naming the
//! line the field opens on.

use crate::error::{Error, Result};

/// Refuses `text`, a CSV file separated by `delimiter`, when a quoted field in it is never
/// closed: one line naming `path` and the line the field opens on.
pub fn check_quotes(path: &str, text: &str, delimiter: u8) -> Result<()> {
    match unclosed_quote(text, delimiter) {
        Some(line) => Err(Error::input_at(
            path,
            line,
            "a quoted field opens here and is never closed (a `\"` is missing): every later \
             row would be read as its text",
        )),
        None => Ok(()),
    }
}

/// The line of a quoted field left open at the end of `text`, if there is one.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let mut line = 1;
    let mut field_start = true;
    let mut quoted_from: Option<usize> = None;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if quoted_from.is_some() {
            match b {
                // `""` is a quote inside the field; a lone `"` closes it.
                b'"' if bytes.peek() == Some(&b'"') => {
                    bytes.next();
                }
                b'"' => {
                    quoted_from = None;
                    field_start = false;
                }
                b'\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' if field_start => quoted_from = Some(line),
            b'\n' => {
                line += 1;
                field_start = true;
            }
            b'\r' => field_start = true,
            _ if b == delimiter => field_start = true,
            _ => field_start = false,
        }
    }
    quoted_from
}

/// The lines of `text` that positions of the csv crate point to, counted from their byte
/// offsets: the crate's own line count goes wrong after lines ending in CRLF (as Excel saves
/// them), naming the line before the row (QA 35 H D2). After a CRLF an offset points at the LF,
/// which belongs to the line before: the row starts after the line ends it skips. Rows come in
/// order, so the count goes on from the last row's (a gazetteer has a hundred thousand).
pub struct CsvLines<'t> {
    text: &'t [u8],
    byte: usize,
    line: usize,
}

impl<'t> CsvLines<'t> {
    pub fn new(text: &'t str) -> CsvLines<'t> {
        CsvLines {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// The line `position` points to (0 without a position).
    pub fn line(&mut self, position: Option<&::csv::Position>) -> usize {
        let Some(p) = position else { return 0 };
        let mut at = (p.byte() as usize).min(self.text.len());
        while at < self.text.len() && matches!(self.text[at], b'\r' | b'\n') {
            at += 1;
        }
        if at < self.byte {
            // An earlier position (not seen from the readers): count from the start again.
            (self.byte, self.line) = (0, 1);
        }
        self.line += self.text[self.byte..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.byte = at;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_are_counted_the_same_with_crlf() {
        for text in [
            "h,v\nx,1\ny,2\n",
            "h,v\r\nx,1\r\ny,2\r\n",
            "h,v\r\nx,\"a\r\nb\"\r\ny,2\r\n",
        ] {
            let mut reader = ::csv::Reader::from_reader(text.as_bytes());
            let mut lines = CsvLines::new(text);
            let lines: Vec<usize> = reader
                .records()
                .map(|r| lines.line(r.unwrap().position()))
                .collect();
            let last = if text.contains('"') { 4 } else { 3 };
            assert_eq!(lines, [2, last], "{text:?}");
        }
    }

    #[test]
    fn a_quote_left_open_is_found_on_its_line() {
        let text = "id,note\nx1,\"oops\nx2,fine\nx3,more\n";
        assert_eq!(unclosed_quote(text, b','), Some(2));
        let m = check_quotes("g.csv", text, b',').unwrap_err().to_string();
        assert!(m.starts_with("g.csv:2: a quoted field opens here"), "{m}");
        // Why: the crate reads it without an error, as one row where there are three.
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<_> = reader
            .records()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn quoting_as_the_csv_crate_reads_it_passes() {
        for text in [
            "a,b\n\"x, y\",\"two\nlines\"\n",
            "a,b\n\"say \"\"hi\"\"\",c\n",
            "a,b\nab\"c,d\"\n",
            "a,b\r\n\"x\"\r\n",
            "a,b\n\"closed\"junk,c\n",
            "",
        ] {
            assert_eq!(unclosed_quote(text, b','), None, "{text:?}");
        }
        assert_eq!(unclosed_quote("a\t\"b\n", b'\t'), Some(1));
    }
}
