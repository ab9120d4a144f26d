//! CSV and TSV printers, both through the `csv` crate so quoting is always right.

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
        w.write_record(R::headers())?;
        for r in records {
            let mut fields = r.fields();
            if self.flatten {
                for f in &mut fields {
                    if f.contains(['\t', '\n', '\r']) {
                        *f = f.replace(['\t', '\n', '\r'], " ");
                    }
                }
            }
            w.write_record(&fields)?;
        }
        w.flush()
    }
}
