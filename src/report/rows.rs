//! The rows of the row-shaped exports whose types the library defines: a checked quote (the
//! CSV of `isnad check`, docs/check.md) and a place-name spelling (`isnad names`,
//! docs/names.md). Column names are contracts; the cells are what the library's plain data
//! says, formatted for a spreadsheet.

use isnad::checks::CheckedQuote;
use isnad::names::table::SpellingRow;

use super::Record;

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
        ]
    }
}

impl Record for SpellingRow {
    fn headers() -> &'static [&'static str] {
        &[
            "cluster",
            "suggested",
            "variant",
            "count",
            "locations",
            "arabic",
            "gazetteer_id",
            "reason",
        ]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.cluster.clone(),
            self.suggested.clone(),
            self.variant.clone(),
            self.count.to_string(),
            self.locations.join(";"),
            self.arabic.clone().unwrap_or_default(),
            self.gazetteer_id.clone().unwrap_or_default(),
            self.reason.clone(),
        ]
    }
}
