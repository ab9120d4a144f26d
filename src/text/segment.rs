//! Sentence segmentation for English and Arabic. (Stub: filled in by the foundation issue.)

use serde::Serialize;

use super::Lang;

/// What kind of unit a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    Sentence,
    Heading,
    Byline,
}

/// A sentence (or heading, or byline) of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    /// 0-based position among the document's units.
    pub index: usize,
    pub kind: UnitKind,
    /// Byte span in the original text (`start..end`, end exclusive).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// The unit's text for display: markup removed, runs of white space folded to one space.
    pub text: String,
    /// 0-based paragraph number (blank lines and headings separate paragraphs).
    pub paragraph: usize,
}

/// Segments plain text.
pub fn segment(text: &str, lang: Lang) -> Vec<Unit> {
    segment_masked(text, text, lang)
}

/// Segments `masked` (the Markdown-masked form of `text`, same length) and reports spans into
/// `text`.
pub fn segment_masked(text: &str, masked: &str, _lang: Lang) -> Vec<Unit> {
    debug_assert_eq!(text.len(), masked.len());
    let index = super::LineIndex::new(text);
    let mut units = Vec::new();
    let mut offset = 0;
    for (p, line) in masked.split('\n').enumerate() {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            let (l, c) = index.line_col(text, start);
            units.push(Unit {
                index: units.len(),
                kind: UnitKind::Sentence,
                start,
                end: start + trimmed.len(),
                line: l,
                column: c,
                text: trimmed.to_string(),
                paragraph: p,
            });
        }
        offset += line.len() + 1;
    }
    units
}
