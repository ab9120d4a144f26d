//! A name's romanization as a row of `isnad romanize` (docs/romanization.md).

use serde::Serialize;

use crate::report::Record;

#[derive(Serialize)]
pub struct RomanizeRow {
    pub input: String,
    pub key: String,
    pub voweled: String,
    pub folded: String,
    pub romanization: String,
    pub candidates: String,
}

impl Record for RomanizeRow {
    fn headers() -> &'static [&'static str] {
        &[
            "input",
            "key",
            "voweled",
            "folded",
            "romanization",
            "candidates",
        ]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.input.clone(),
            self.key.clone(),
            self.voweled.clone(),
            self.folded.clone(),
            self.romanization.clone(),
            self.candidates.clone(),
        ]
    }
}
