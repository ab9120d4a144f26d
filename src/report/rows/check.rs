//! A checked quote as a row of `isnad check --format csv` (the columns of docs/check.md).

use isnad::checks::CheckedQuote;

use crate::report::Record;

impl Record for CheckedQuote {
    fn headers() -> &'static [&'static str] {
        &[
            "quote_id",
            "line",
            "column",
            "speaker",
            "attributed_outlet",
            "quote",
            "status",
            "score",
            "confidence",
            "source_file",
            "source_outlet",
            "source_sentences",
            "arabic",
            "flags",
            "explanation",
            "candidates",
            "severity",
            "source_lines",
        ]
    }

    fn fields(&self) -> Vec<String> {
        let flags = |f: &dyn Fn(&isnad::checks::Flag) -> String, separator: &str| {
            joined(self.flags.iter().map(f), separator)
        };
        vec![
            self.quote_id.clone(),
            self.line.to_string(),
            self.column.to_string(),
            self.speaker.clone().unwrap_or_default(),
            self.attributed_outlet.clone().unwrap_or_default(),
            self.quote.clone(),
            self.status.name().to_string(),
            format!("{:.3}", self.score),
            format!("{:.2}", self.confidence),
            self.source_file.clone().unwrap_or_default(),
            self.source_outlet.clone().unwrap_or_default(),
            joined(self.source_sentences.iter(), ";"),
            self.arabic.clone(),
            flags(&|f| f.kind.name().to_string(), ";"),
            flags(&|f| format!("{}: {}", f.kind.name(), f.explanation), " | "),
            // `file:line;line (score)`, best first, ` | ` between places.
            joined(
                self.candidates.iter().map(|c| {
                    let lines = joined(c.source_lines.iter(), ";");
                    format!("{}:{lines} ({:.3})", c.source_file, c.score)
                }),
                " | ",
            ),
            // One severity per flag, in the order of `flags`.
            flags(&|f| f.severity.name().to_string(), ";"),
            // The window's 1-based file lines: the numbering of the terminal and of messages.
            joined(self.source_lines.iter(), ";"),
        ]
    }
}

/// The items as text, joined by `separator`.
fn joined<T: ToString>(items: impl Iterator<Item = T>, separator: &str) -> String {
    items
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(separator)
}
