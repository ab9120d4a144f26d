//! The rows of the row-shaped exports, one module per command: each row type, its column names
//! (contracts, documented in docs/) and its cells, formatted for a spreadsheet from the
//! library's plain data. The table, TSV, CSV, JSON and JSONL printers take any of them.

mod align;
mod check;
mod eval;
mod lexicon;
mod names;
mod romanize;
mod score;
mod segment;

pub use align::BeadRow;
pub use check::CheckRow;
pub use eval::EvalRow;
pub use lexicon::LexiconRow;
pub use romanize::RomanizeRow;
pub use score::{explanation, ScoreRow};
pub use segment::{PlainSegmentRow, SegmentRow};
