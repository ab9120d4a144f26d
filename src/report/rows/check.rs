//! The rows of `isnad check --format csv` and the records of `--format jsonl` (the columns of
//! docs/check.md): one per quote, then one per finding about the report as a whole, told apart
//! by the last column, `record`.

use serde::Serialize;

use isnad::checks::{CheckReport, CheckedQuote, Finding};

use crate::report::Record;

/// A quote or a report-level finding; in JSONL, `"record": "quote"` or `"finding"` is added to
/// the object.
#[derive(Serialize)]
#[serde(tag = "record", rename_all = "lowercase")]
pub enum CheckRow<'a> {
    Quote(&'a CheckedQuote),
    Finding(&'a Finding),
}

impl CheckRow<'_> {
    /// The quotes of `report`, then its findings.
    pub fn all(report: &CheckReport) -> Vec<CheckRow<'_>> {
        let quotes = report.quotes.iter().map(CheckRow::Quote);
        quotes
            .chain(report.findings.iter().map(CheckRow::Finding))
            .collect()
    }
}

impl Record for CheckRow<'_> {
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
            "record",
        ]
    }

    fn fields(&self) -> Vec<String> {
        match self {
            CheckRow::Quote(q) => {
                let mut fields = quote_fields(q);
                fields.push("quote".into());
                fields
            }
            CheckRow::Finding(f) => {
                let (line, column) = f
                    .first_location()
                    .map_or((String::new(), String::new()), |(l, c)| {
                        (l.to_string(), c.to_string())
                    });
                let empty = String::new;
                vec![
                    f.finding_id.clone(),
                    line,
                    column,
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    empty(),
                    f.source_file.clone().unwrap_or_default(),
                    f.source_outlet.clone().unwrap_or_default(),
                    empty(),
                    f.arabic.clone().unwrap_or_default(),
                    f.kind.name().to_string(),
                    format!("{}: {}", f.kind.name(), f.explanation),
                    empty(),
                    f.severity.name().to_string(),
                    empty(),
                    "finding".into(),
                ]
            }
        }
    }
}

/// The cells of a quote, in the order of the headers but the last.
fn quote_fields(q: &CheckedQuote) -> Vec<String> {
    let flags = |f: &dyn Fn(&isnad::checks::Flag) -> String, separator: &str| {
        joined(q.flags.iter().map(f), separator)
    };
    vec![
        q.quote_id.clone(),
        q.line.to_string(),
        q.column.to_string(),
        q.speaker.clone().unwrap_or_default(),
        q.attributed_outlet.clone().unwrap_or_default(),
        q.quote.clone(),
        q.status.name().to_string(),
        format!("{:.3}", q.score),
        q.shown_confidence(),
        q.source_file.clone().unwrap_or_default(),
        q.source_outlet.clone().unwrap_or_default(),
        joined(q.source_sentences.iter(), ";"),
        q.arabic.clone(),
        flags(&|f| f.kind.name().to_string(), ";"),
        flags(&|f| format!("{}: {}", f.kind.name(), f.explanation), " | "),
        // `file:line;line (score) Outlet: sentence`, best first, ` | ` between places: the
        // source, the sentence and the score of each, so the desk picks in a spreadsheet.
        joined(
            q.candidates.iter().map(|c| {
                let lines = joined(c.source_lines.iter(), ";");
                format!(
                    "{}:{lines} ({:.3}) {}: {}",
                    c.source_file, c.score, c.source_outlet, c.arabic
                )
            }),
            " | ",
        ),
        // One severity per flag, in the order of `flags`.
        flags(&|f| f.severity.name().to_string(), ";"),
        // The window's 1-based file lines: the numbering of the terminal and of messages.
        joined(q.source_lines.iter(), ";"),
    ]
}

/// The items as text, joined by `separator`.
fn joined<T: ToString>(items: impl Iterator<Item = T>, separator: &str) -> String {
    items
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(separator)
}
