//! Place names: romanization keys ([`key`]), variant scores ([`score`]) and clusters
//! ([`cluster`]), the gazetteer ([`gazetteer`]), mentions in both scripts ([`mentions`]), and
//! the Arabic names of the sources themselves as cross-script evidence ([`cross`]).
//!
//! One Arabic name reaches English in many spellings (كفردبل → Kafrdabla, Kafr Dabla, Kfar Debl).
//! The key is recall, the score and the gazetteer are precision. See `docs/romanization.md` and
//! `docs/names.md`.

pub mod key;

pub use key::{arabic_key, fold_spelling, latin_key, Key};
pub mod cluster;
pub mod cross;
pub mod gazetteer;
pub mod house_style;
pub mod link;
pub mod loose;
pub mod mentions;
mod phrase_key;
pub mod romanize;
pub mod score;
pub mod table;
