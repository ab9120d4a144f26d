//! JSON (one array) and JSONL (one object per line) printers.

use std::io::{self, Write};

use super::{Printer, Record};

pub struct JsonPrinter {
    pub lines: bool,
}

impl Printer for JsonPrinter {
    fn print<R: Record>(&self, records: &[R], out: &mut dyn Write) -> io::Result<()> {
        if self.lines {
            for r in records {
                serde_json::to_writer(&mut *out, r)?;
                out.write_all(b"\n")?;
            }
        } else {
            serde_json::to_writer_pretty(&mut *out, records)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}
