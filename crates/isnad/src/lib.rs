//! isnad — trace translated quotes in English news reports back to their Arabic sources.
//!
//! The library follows the pipeline of `docs/architecture.md` and `DESIGN.md`:
//! [`text`] (reading, normalization, sentences, tokens, numbers) → [`quotes`] (extraction,
//! attribution) and [`names`] (mentions, romanization keys, clusters) → [`align`] (the
//! similarity score, quotes to sources, whole documents) → [`checks`] (flags). [`lexicon`] and
//! [`tuning`] serve every stage; [`project`] reads a project's `isnad.toml`.
//!
//! The library reads its inputs but never prints, writes no file and knows no CLI crate: its
//! results are plain data with serde derives. The `isnad` command (the `isnad-cli` crate) turns
//! them into tables, CSV, JSON, TMX and HTML and writes them.
//!
//! How well does an English sentence translate an Arabic one, and why:
//!
//! ```
//! use isnad::align::Scorer;
//! use isnad::lexicon::Lexicon;
//!
//! let scorer = Scorer::new(Lexicon::embedded());
//! let b = scorer.explain_text(
//!     "قصفت الطائرات الروسية قرية كنسبا.",
//!     "Russian warplanes bombed the village of Kinsabba.",
//! );
//! assert!(b.score > 0.5);
//! assert!(b.matches.iter().any(|m| m.english == "Kinsabba" && m.via == "name"));
//! ```
//!
//! Normalization keeps a map back to the original bytes:
//!
//! ```
//! use isnad::text::arabic::normalize_with_map;
//!
//! let n = normalize_with_map("قالَ المرصدُ");
//! assert_eq!(n.text, "قال المرصد");
//! assert_eq!(n.map[n.text.len()], "قالَ المرصدُ".len());
//! ```

pub mod align;
pub mod checks;
pub mod error;
pub mod lexicon;
pub mod names;
pub mod project;
pub mod quotes;
pub mod text;
pub mod tuning;

pub use error::{Error, Result};
