//! isnad — trace translated quotes in English news reports back to their Arabic sources.
//!
//! The library follows the pipeline of `docs/` and `DESIGN.md`:
//! `text` (reading, normalization, sentences, tokens) → later `quotes`, `names`, `align`,
//! `checks` → `report` (printers). Nothing in the library prints; the CLI picks a printer.

pub mod checks;
pub mod error;
pub mod lexicon;
pub mod names;
pub mod project;
pub mod quotes;
pub mod report;
pub mod text;

pub use error::{Error, Result};
