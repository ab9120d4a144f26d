//! Printers: the last stage of the pipeline. The library builds plain records; a printer turns
//! them into bytes. The CLI chooses the printer from `--format` and writes the bytes with
//! [`crate::output::write_output`] (stdout, or a file replaced atomically).
//!
//! Row-shaped results (segments, names, scores, alignments) implement [`Record`] and get the
//! table, TSV, CSV, JSON and JSONL printers for free.

pub mod align;
pub mod check;
pub mod delimited;
pub mod html;
pub mod json;
pub mod rows;
pub mod short_names;
pub mod table;
pub mod tmx;

use std::io::{self, Write};

use serde::Serialize;

/// A row-shaped result: fixed column names, one string per column, and a serde form for JSON.
pub trait Record: Serialize {
    /// Column names, in order. They are a contract: see `docs/`.
    fn headers() -> &'static [&'static str];
    /// One string per column, in the order of [`Record::headers`].
    fn fields(&self) -> Vec<String>;
}

/// Formats every row-shaped command offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RecordFormat {
    /// Aligned columns for a terminal.
    Table,
    /// Tab-separated values with a header row (tabs and newlines in fields become spaces).
    Tsv,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// A printer writes a list of records in one format.
pub trait Printer {
    fn print<R: Record>(&self, records: &[R], out: &mut dyn Write) -> io::Result<()>;
}

/// Writes `records` in `format`; CSV starts with a byte order mark when `excel`.
pub fn write_records<R: Record>(
    format: RecordFormat,
    excel: bool,
    records: &[R],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        RecordFormat::Table => table::TablePrinter.print(records, out),
        RecordFormat::Tsv => delimited::DelimitedPrinter::tsv().print(records, out),
        RecordFormat::Csv => {
            let mut printer = delimited::DelimitedPrinter::csv();
            printer.bom = excel;
            printer.print(records, out)
        }
        RecordFormat::Json => json::JsonPrinter { lines: false }.print(records, out),
        RecordFormat::Jsonl => json::JsonPrinter { lines: true }.print(records, out),
    }
}

/// Renders records to a byte buffer (outputs are built whole, then written atomically); CSV
/// starts with a byte order mark when `excel`.
pub fn render_records<R: Record>(format: RecordFormat, excel: bool, records: &[R]) -> Vec<u8> {
    let mut buf = Vec::new();
    write_records(format, excel, records, &mut buf).expect("writing to a Vec cannot fail");
    buf
}

/// `--excel` shapes CSV only: with any other format it would be silently ignored.
pub fn check_excel(excel: bool, csv: bool) -> Result<(), String> {
    if excel && !csv {
        Err("--excel shapes CSV for Excel: use it with --format csv".into())
    } else {
        Ok(())
    }
}
