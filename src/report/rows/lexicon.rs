//! A lexicon entry as a row of `isnad lexicon show` (docs/similarity.md).

use isnad::text::Lang;
use serde::Serialize;

use crate::report::Record;

#[derive(Serialize)]
pub struct LexiconRow {
    pub word: String,
    pub lang: Lang,
    pub stem: String,
    pub translation: String,
    pub weight: f32,
    /// `word` or `phrase`: which table the translation is in.
    pub table: &'static str,
    /// The lexicon file the pair comes from (the embedded lexicon's source file, or a
    /// --lexicon path).
    pub source: String,
}

impl Record for LexiconRow {
    fn headers() -> &'static [&'static str] {
        &[
            "word",
            "lang",
            "stem",
            "translation",
            "weight",
            "table",
            "source",
        ]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.word.clone(),
            self.lang.code().to_string(),
            self.stem.clone(),
            self.translation.clone(),
            format!("{:.4}", self.weight),
            self.table.to_string(),
            self.source.clone(),
        ]
    }
}
