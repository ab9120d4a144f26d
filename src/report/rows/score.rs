//! An English sentence's best Arabic match as a row of `isnad score` (docs/similarity.md).

use isnad::align::Breakdown;
use serde::Serialize;

use crate::report::Record;

#[derive(Serialize)]
pub struct ScoreRow {
    pub en_index: usize,
    pub en_line: usize,
    pub en_text: String,
    pub ar_index: Option<usize>,
    pub ar_line: Option<usize>,
    pub ar_text: String,
    pub runner_up_index: Option<usize>,
    pub runner_up_score: Option<f64>,
    /// What matched, in one line ([`explanation`]); never empty.
    pub explanation: String,
    #[serde(flatten)]
    pub breakdown: Breakdown,
}

impl Record for ScoreRow {
    fn headers() -> &'static [&'static str] {
        &[
            "en_index",
            "en_line",
            "ar_index",
            "ar_line",
            "score",
            "runner_up_index",
            "runner_up_score",
            "coverage_en",
            "coverage_ar",
            "numbers",
            "length_prior",
            "en_text",
            "ar_text",
            "explanation",
        ]
    }

    fn fields(&self) -> Vec<String> {
        let opt = |v: Option<usize>| v.map(|v| v.to_string()).unwrap_or_default();
        let b = &self.breakdown;
        vec![
            self.en_index.to_string(),
            self.en_line.to_string(),
            opt(self.ar_index),
            opt(self.ar_line),
            format!("{:.3}", b.score),
            opt(self.runner_up_index),
            self.runner_up_score
                .map(|s| format!("{s:.3}"))
                .unwrap_or_default(),
            format!("{:.2}", b.coverage_en),
            format!("{:.2}", b.coverage_ar),
            b.numbers.map(|n| format!("{n:.2}")).unwrap_or_default(),
            format!("{:.2}", b.length_prior),
            self.en_text.clone(),
            self.ar_text.clone(),
            self.explanation.clone(),
        ]
    }
}

/// One line saying what matched: `village=القرية; Kinsabba=كنسبا (name); 14 found; 41 NOT
/// FOUND`, or that nothing did.
pub fn explanation(b: &Breakdown) -> String {
    let mut parts: Vec<String> = b
        .matches
        .iter()
        .map(|m| match m.via {
            "lexicon" => format!("{}={}", m.english, m.arabic),
            via => format!("{}={} ({via})", m.english, m.arabic),
        })
        .collect();
    for n in &b.english_numbers {
        parts.push(format!(
            "{} {}",
            n.text,
            if n.found { "found" } else { "NOT FOUND" }
        ));
    }
    if parts.is_empty() {
        return "no word, number or name matched".to_string();
    }
    parts.join("; ")
}
