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
}

impl Record for LexiconRow {
    fn headers() -> &'static [&'static str] {
        &["word", "lang", "stem", "translation", "weight"]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.word.clone(),
            self.lang.code().to_string(),
            self.stem.clone(),
            self.translation.clone(),
            format!("{:.4}", self.weight),
        ]
    }
}
