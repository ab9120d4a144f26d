//! A sentence as a row of `isnad segment` (the columns of docs/text.md).

use isnad::text::{Lang, UnitKind};
use serde::Serialize;

use crate::report::Record;

#[derive(Serialize)]
pub struct SegmentRow<'a> {
    pub file: &'a str,
    pub lang: Lang,
    pub index: usize,
    pub kind: UnitKind,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
}

impl Record for SegmentRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "file",
            "lang",
            "index",
            "kind",
            "line",
            "column",
            "start",
            "end",
            "text",
            "normalized",
        ]
    }
    fn fields(&self) -> Vec<String> {
        let mut f = vec![
            self.file.to_string(),
            self.lang.code().to_string(),
            self.index.to_string(),
            self.kind.as_str().to_string(),
            self.line.to_string(),
            self.column.to_string(),
            self.start.to_string(),
            self.end.to_string(),
            self.text.to_string(),
        ];
        f.push(self.normalized.clone().unwrap_or_default());
        f
    }
}

/// The row without the `normalized` column, when it was not asked for.
#[derive(Serialize)]
#[serde(transparent)]
pub struct PlainSegmentRow<'r, 'a>(pub &'r SegmentRow<'a>);

impl Record for PlainSegmentRow<'_, '_> {
    fn headers() -> &'static [&'static str] {
        let h = SegmentRow::headers();
        &h[..h.len() - 1]
    }
    fn fields(&self) -> Vec<String> {
        let mut f = self.0.fields();
        f.pop();
        f
    }
}
