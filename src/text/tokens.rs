//! Tokens: words, numbers, punctuation; Arabic light stemming, English Snowball stemming, stop
//! words. (Stub: the signatures are the contract, the bodies are filled in by the foundation issue.)

use serde::Serialize;

use super::Lang;

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

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Cuts `text` into tokens (spans into `text`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token {
                kind: TokenKind::Word,
                start: s,
                end: i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            kind: TokenKind::Word,
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Light10-style stem of an already normalized Arabic word.
pub fn stem_ar(word: &str) -> &str {
    word
}

/// Snowball English stem of an already lowercased word.
pub fn stem_en(word: &str) -> String {
    word.to_string()
}

/// Whether `word` (normalized: Arabic-normalized or lowercased English) is a stop word.
pub fn is_stopword(_lang: Lang, _word: &str) -> bool {
    false
}

/// The content terms of `text`: normalized, stemmed word tokens that are not stop words, in order.
pub fn content_terms(text: &str, lang: Lang) -> Vec<String> {
    tokenize(text)
        .iter()
        .map(|t| t.text(text).to_lowercase())
        .filter(|w| !is_stopword(lang, w))
        .collect()
}
