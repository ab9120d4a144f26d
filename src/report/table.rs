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

/// Table cells are single lines.
fn one_line(s: &str) -> String {
    if s.contains(['\n', '\r', '\t']) {
        s.replace(['\n', '\r', '\t'], " ")
    } else {
        s.to_string()
    }
}
