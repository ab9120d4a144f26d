//! A plain aligned table for terminals. Widths are measured in terminal columns
//! (`unicode-width`), so Arabic and wide characters line up; the last column is never padded.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{Printer, Record};
use crate::notice::terminal_safe;

#[derive(Default)]
pub struct TablePrinter;

impl Printer for TablePrinter {
    fn print<R: Record>(&self, records: &[R], out: &mut dyn Write) -> io::Result<()> {
        let headers: Vec<String> = R::headers().iter().map(|h| h.to_string()).collect();
        let rows: Vec<Vec<String>> = records
            .iter()
            .map(|r| r.fields().into_iter().map(|f| one_line(&f)).collect())
            .collect();
        write_table(&headers, &rows, out)
    }
}

/// Writes `headers` and `rows` as aligned columns separated by two spaces.
pub fn write_table(
    headers: &[String],
    rows: &[Vec<String>],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, f) in widths.iter_mut().zip(row) {
            *w = (*w).max(f.width());
        }
    }
    write_row(headers, &widths, out)?;
    for row in rows {
        write_row(row, &widths, out)?;
    }
    Ok(())
}

fn write_row(fields: &[String], widths: &[usize], out: &mut dyn Write) -> io::Result<()> {
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(f);
        if i + 1 < fields.len() {
            line.extend(std::iter::repeat_n(
                ' ',
                widths[i].saturating_sub(f.width()),
            ));
        }
    }
    writeln!(out, "{}", line.trim_end())
}

/// Table cells are single lines (tab and line ends become spaces), and the rest of what a
/// terminal would act on rather than show goes through [`terminal_safe`]: other control
/// characters (ESC starts a sequence that can clear the screen or set its title) and bidi
/// controls (they would reorder the rest of the row, the "Trojan Source" trick) are shown
/// escaped, `\u{1b}`, `\u{202e}`. Arabic is left as it is.
fn one_line(s: &str) -> String {
    let spaced = s.replace(['\n', '\r', '\t'], " ");
    terminal_safe(&spaced).into_owned()
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn cells_are_one_line_and_show_controls_escaped() {
        assert_eq!(one_line("a\tb\nc\r\nd"), "a b c  d");
        assert_eq!(one_line("x\u{202E}y\u{2067}z"), "x\\u{202e}y\\u{2067}z");
        assert_eq!(
            one_line("\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}\u{2028}"),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}\\u{2028}"
        );
        assert_eq!(one_line("قال المرصد"), "قال المرصد");
    }
}
