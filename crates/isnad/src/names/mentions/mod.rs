//! Place-name mentions in English and Arabic text, with byte spans and line:column.
//!
//! English ([`english`]): capitalized sequences with their particles and heads, accepted when the
//! gazetteer knows them, when they start with a head word (Kafr, Tal, Jabal …) or when a context
//! cue says they are places ("village of X", "near X", "shelled X", "X countryside", a list after
//! a place), or when the Arabic sources hold a word with their key ([`ArabicEvidence`]).
//! Arabic ([`arabic`]): gazetteer lookup on tokens and n-grams with prefixes and the article
//! stripped, plus cue words (قرية، بلدة، ريف …) for names the gazetteer lacks.

pub mod arabic;
pub mod english;
mod evidence;
mod stoplist;

pub use evidence::ArabicEvidence;

use serde::Serialize;

use super::gazetteer::Gazetteer;
use crate::text::{Document, Lang, LineIndex};

/// One mention of a place name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The name as written, without possessive 's or a clitic prefix (و ب ل ف).
    pub surface: String,
    /// Byte span of `surface` in the text.
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// Skeleton of the romanization key.
    pub key: String,
    pub gazetteer_id: Option<String>,
}

impl Mention {
    fn new(text: &str, lines: &LineIndex, start: usize, end: usize, gazetteer: &Gazetteer) -> Self {
        let surface = &text[start..end];
        let (line, column) = lines.line_col(text, start);
        let (key, place) = if surface.chars().any(crate::text::is_arabic_char) {
            (super::arabic_key(surface), gazetteer.lookup_arabic(surface))
        } else {
            (super::latin_key(surface), gazetteer.lookup_latin(surface))
        };
        Mention {
            surface: surface.to_string(),
            start,
            end,
            line,
            column,
            key: key.skeleton,
            gazetteer_id: place.map(|p| p.id.clone()),
        }
    }
}

/// The mentions in a document, by its language.
pub fn find(doc: &Document, gazetteer: &Gazetteer) -> Vec<Mention> {
    find_with(doc, gazetteer, &ArabicEvidence::new())
}

/// The mentions in a document, by its language; English mentions also by the Arabic evidence
/// (the words of the Arabic sources, [`ArabicEvidence::from_documents`]).
pub fn find_with(doc: &Document, gazetteer: &Gazetteer, evidence: &ArabicEvidence) -> Vec<Mention> {
    match doc.lang {
        Lang::En => english::find_with(&doc.text, gazetteer, evidence),
        Lang::Ar => arabic::find(&doc.text, gazetteer),
    }
}
