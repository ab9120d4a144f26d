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
            self.source_sentences
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            self.arabic.clone(),
            self.flags
                .iter()
                .map(|f| f.kind.name())
                .collect::<Vec<_>>()
                .join(";"),
            self.flags
                .iter()
                .map(|f| format!("{}: {}", f.kind.name(), f.explanation))
                .collect::<Vec<_>>()
                .join(" | "),
            // `file:line;line (score)`, best first, ` | ` between places.
            self.candidates
                .iter()
                .map(|c| {
                    let lines: Vec<String> = c.source_lines.iter().map(usize::to_string).collect();
                    format!("{}:{} ({:.3})", c.source_file, lines.join(";"), c.score)
                })
                .collect::<Vec<_>>()
                .join(" | "),
            // One severity per flag, in the order of `flags`.
            self.flags
                .iter()
                .map(|f| f.severity.name())
                .collect::<Vec<_>>()
                .join(";"),
            // The window's 1-based file lines: the numbering of the terminal and of messages.
            self.source_lines
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(";"),
        ]
    }
}
