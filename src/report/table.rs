//! A plain aligned table for terminals. Widths are measured in terminal columns
//! (`unicode-width`), so Arabic and wide characters line up; the last column is never padded.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{Printer, Record};

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

/// Table cells are single lines, and bidi embedding/override/isolate controls are shown as
/// `<U+202E>`: in a terminal they would reorder the rest of the row (the "Trojan Source" trick).
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("<U+{:04X}>", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn cells_are_one_line_and_show_bidi_controls() {
        assert_eq!(one_line("a\tb\nc"), "a b c");
        assert_eq!(one_line("x\u{202E}y\u{2067}z"), "x<U+202E>y<U+2067>z");
        assert_eq!(one_line("قال المرصد"), "قال المرصد");
    }
}
