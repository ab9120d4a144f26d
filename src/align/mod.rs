//! Alignment: how likely an English span translates an Arabic span ([`score`]), and — built on
//! it — quotes to sources and whole documents sentence by sentence.

pub mod quotes;
pub mod score;

pub use score::{weigh_by_rarity, Breakdown, IndexKey, Prepared, ScoreParams, Scorer};
