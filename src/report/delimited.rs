//! CSV and TSV printers, both through the `csv` crate so quoting is always right, and both
//! formula-safe: every cell goes through [`formula_safe`] on its way out.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Printer, Record};

pub struct DelimitedPrinter {
    delimiter: u8,
    /// TSV readers rarely understand quoting, so TSV fields have tabs and line breaks replaced.
    flatten: bool,
    /// Prefix a UTF-8 BOM so Excel recognises the encoding.
    pub bom: bool,
}

impl DelimitedPrinter {
    pub fn csv() -> Self {
        DelimitedPrinter {
            delimiter: b',',
            flatten: false,
            bom: false,
        }
    }

    pub fn tsv() -> Self {
        DelimitedPrinter {
            delimiter: b'\t',
            flatten: true,
            bom: false,
        }
    }
}

impl Printer for DelimitedPrinter {
    fn print<R: Record>(&self, records: &[R], out: &mut dyn Write) -> io::Result<()> {
        if self.bom {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        let quote_style = if self.flatten {
            csv::QuoteStyle::Never
        } else {
            csv::QuoteStyle::Necessary
        };
        let mut w = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .quote_style(quote_style)
            .from_writer(out);
        // Headers are the fixed contract names of docs/; they never start with a trigger.
        w.write_record(R::headers())?;
        for r in records {
            let fields = r.fields();
            if self.flatten {
                w.write_record(fields.iter().map(|f| tsv_cell(f).into_owned()))?;
            } else {
                w.write_record(fields.iter().map(|f| formula_safe(f).into_owned()))?;
            }
        }
        w.flush()
    }
}

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
/// return, as the start of one once the program trims or splits the cell).
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell of a CSV or TSV export, neutralized the OWASP way: a cell that starts with `=`, `+`,
/// `-`, `@`, tab or carriage return gets a leading apostrophe, so Excel and LibreOffice show it
/// as text instead of running it (a TSV cell also when it opens with a double quote:
/// [`tsv_cell`]). Report text, outlet names and file names come from outside
/// the tool, and the desk opens these files in a spreadsheet every day.
///
/// Every CSV and TSV writer of the project goes through this function (the delimited printer
/// for all row-shaped commands and `check`, and the batch summary of `align`). JSON keeps text
/// unchanged: it is read by programs, not evaluated.
///
/// ```
/// use isnad_cli::report::delimited::formula_safe;
/// assert_eq!(formula_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(formula_safe("-41 killed"), "'-41 killed");
/// assert_eq!(formula_safe("Salma"), "Salma");
/// ```
pub fn formula_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_TRIGGERS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// One TSV cell: tabs and line breaks become spaces, then the cell is made formula-safe. TSV is
/// written unquoted, but LibreOffice and Excel take a double quote that opens a cell (after
/// spaces, for LibreOffice) for quoting, and read `"=HYPERLINK(…)"` as the formula it quotes
/// (or, without the closing quote, swallow the cells after it): such a cell gets the leading
/// apostrophe too.
///
/// ```
/// use isnad_cli::report::delimited::tsv_cell;
/// assert_eq!(tsv_cell("\"=1+1\""), "'\"=1+1\"");
/// assert_eq!(tsv_cell("  \"=1+1\""), "'  \"=1+1\"");
/// assert_eq!(tsv_cell("said \"no\""), "said \"no\"");
/// ```
pub fn tsv_cell(cell: &str) -> Cow<'_, str> {
    let flat = if cell.contains(['\t', '\n', '\r']) {
        Cow::Owned(cell.replace(['\t', '\n', '\r'], " "))
    } else {
        Cow::Borrowed(cell)
    };
    if flat.trim_start_matches(' ').starts_with('"') {
        return Cow::Owned(format!("'{flat}"));
    }
    match flat {
        Cow::Borrowed(cell) => formula_safe(cell),
        Cow::Owned(cell) => Cow::Owned(formula_safe(&cell).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_is_neutralized_and_nothing_else_is_touched() {
        for trigger in FORMULA_TRIGGERS {
            let cell = format!("{trigger}SUM(A1)");
            assert_eq!(formula_safe(&cell), format!("'{cell}"));
        }
        for plain in [
            "",
            "Salma",
            "41",
            "'already quoted",
            " =not first",
            "كفردبل",
        ] {
            assert_eq!(formula_safe(plain), plain);
        }
    }

    #[test]
    fn tsv_cells_are_flattened_before_the_check() {
        // A tab that starts the cell is flattened to a space, which is harmless.
        assert_eq!(tsv_cell("\t=1+1"), " =1+1");
        assert_eq!(tsv_cell("a\tb\nc"), "a b c");
        assert_eq!(tsv_cell("=1+1"), "'=1+1");
    }

    #[test]
    fn a_tsv_cell_opening_with_a_double_quote_is_neutralized() {
        for cell in ["\"=1+1\"", " \"@x\"", "\"unclosed", "\t\"=1\""] {
            assert!(tsv_cell(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(tsv_cell("a \"b\""), "a \"b\"");
        // CSV quotes such a cell itself: formula_safe leaves it alone.
        assert_eq!(formula_safe("\"=1+1\""), "\"=1+1\"");
    }
}
