//! isnad-cli: the `isnad` command's side of the house. The pipeline itself is the `isnad`
//! library (crates/isnad), which never prints, writes no file and knows no CLI crate; here are
//! what turns its results into bytes and puts them somewhere:
//!
//! - [`report`]: the printers (table, TSV, CSV, JSON, JSONL, TMX, HTML) and the rows they print;
//! - [`output`]: writing those bytes to standard output, a file (atomically) or a device,
//!   never over an input;
//! - [`memory`]: `--memory`, the user's translation memory learned into a lexicon, cached
//!   beside it;
//! - [`notice`]: warnings and side notes on standard error, which `--quiet` silences, and
//!   [`notice::terminal_safe`], the escaping of control characters in error messages and in
//!   the human-readable outputs.
//!
//! The subcommands themselves (`src/cmd/`, one file each) are private to the binary.

pub mod memory;
pub mod notice;
pub mod output;
pub mod report;
