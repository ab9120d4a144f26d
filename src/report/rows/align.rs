//! A bead of a document alignment as a row of `isnad align --format csv|jsonl`
//! (the columns of docs/align.md).

use serde::Serialize;

use crate::report::Record;

/// One bead as a row of the csv and jsonl outputs.
#[derive(Serialize)]
pub struct BeadRow<'a> {
    /// The batch row's id (jsonl on standard output only, where the pairs are interleaved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    pub ar_index: Vec<usize>,
    pub en_index: Vec<usize>,
    pub ar_text: String,
    pub en_text: String,
    pub score: f64,
    pub bead: String,
    /// The pair's estimated Arabic characters per English character (`align::length`): the
    /// same on every row of a pair, so that a jsonl consumer sees it without a header line.
    /// Not a CSV column (the CSV columns are a contract).
    pub length_ratio: f64,
    /// The warning about the whole pair, when there is one (it may not be a translation): on
    /// every row of the pair, as `length_ratio`. Not a CSV column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<&'a str>,
}

impl Record for BeadRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "ar_index", "en_index", "ar_text", "en_text", "score", "bead",
        ]
    }

    fn fields(&self) -> Vec<String> {
        let joined = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(";");
        vec![
            joined(&self.ar_index),
            joined(&self.en_index),
            self.ar_text.clone(),
            self.en_text.clone(),
            format!("{:.4}", self.score),
            self.bead.clone(),
        ]
    }
}
