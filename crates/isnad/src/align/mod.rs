//! Alignment: how likely an English span translates an Arabic span ([`score`]), and — built on
//! it — quotes to sources ([`quotes`]) and whole documents sentence by sentence ([`document`],
//! on the dynamic programme of [`ladder`], with its [`beads`] and their [`eval`]uation).

pub mod beads;
pub mod calibration;
pub mod document;
pub mod eval;
pub mod ladder;
pub mod length;
pub mod quotes;
pub mod score;
pub mod two_pass;

pub use beads::Bead;
pub use document::{Alignment, DocumentAligner};
pub use ladder::{
    align, align_along, align_with_paragraphs, AlignOptions, LengthOnly, Paragraphs, Similarity,
};
pub use length::{align_adapted, align_adapted_along, LengthModel};
pub use score::{Breakdown, IndexKey, Prepared, PreparedSide, ScoreParams, Scorer};
