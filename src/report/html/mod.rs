//! The HTML review page: one self-contained file (inline CSS and script, nothing fetched),
//! built with `maud`, which escapes every piece of text it is given.
//!
//! - [`shell`]: the frame shared by every page (head, stylesheet, script, top bar, columns).
//! - [`marked_text`]: a text cut into paragraphs with byte ranges picked out for highlighting.
//! - [`check_page`]: the `isnad check` review page.
//! - [`pairs`]: aligned sentence pairs (for `isnad align`).

pub mod check_page;
pub mod marked_text;
pub mod pairs;
pub mod shell;

use std::io::{self, Write};

pub use check_page::{sentence_id, CheckPage};
pub use pairs::{pairs_page, AlignedPair};

use super::check::CheckPrinter;
use super::short_names::ShortNames;
use isnad::checks::CheckReport;
use isnad::text::Document;

/// `isnad check --format html`. A check report alone does not hold the texts, so the printer
/// holds the documents the report was computed from.
pub struct HtmlPrinter<'a> {
    /// The English report.
    pub report: &'a Document,
    /// The Arabic sources, in the order of `CheckReport::sources`.
    pub sources: Vec<&'a Document>,
}

impl CheckPrinter for HtmlPrinter<'_> {
    fn print(&self, result: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        let page = CheckPage {
            result,
            report: self.report,
            sources: &self.sources,
            names: ShortNames::of(result.sources.iter().map(|s| s.file.as_str())),
        };
        out.write_all(page.render().into_string().as_bytes())?;
        out.write_all(b"\n")
    }
}
