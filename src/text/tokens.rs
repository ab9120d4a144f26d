//! Tokens: words, numbers, punctuation; Arabic light stemming, English Snowball stemming, stop
//! words. (Stub: filled in by the foundation issue.)

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token with its byte span in the text it was cut from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}
