//! Reads `corpus/samples/salma/EXPECTED.md`, the sample's answer key, for end-to-end tests.

#![allow(dead_code)]

pub const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");

#[derive(Debug, Clone)]
pub struct ExpectedQuote {
    pub id: String,
    pub quote: String,
    pub attributed_outlet: String,
    /// `None` for a quote with no source.
    pub source_file: Option<String>,
    /// The Arabic sentences, verbatim.
    pub source_sentences: Vec<String>,
    pub status: String,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ExpectedVariant {
    pub arabic: String,
    pub spellings: Vec<String>,
    pub suggested: String,
}

fn table_rows<'a>(text: &'a str, heading: &str) -> Vec<Vec<&'a str>> {
    let section = text
        .split("\n## ")
        .find(|s| s.starts_with(heading))
        .unwrap_or_else(|| panic!("EXPECTED.md has no section {heading}"));
    section
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2) // header and separator
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect()
}

pub fn quotes() -> Vec<ExpectedQuote> {
    let text = std::fs::read_to_string(format!("{SAMPLE}/EXPECTED.md")).unwrap();
    table_rows(&text, "Quotes")
        .into_iter()
        .map(|r| {
            assert_eq!(r.len(), 7, "a quote row has 7 columns: {r:?}");
            ExpectedQuote {
                id: r[0].to_string(),
                quote: r[1].to_string(),
                attributed_outlet: r[2].to_string(),
                source_file: (r[3] != "-").then(|| r[3].to_string()),
                source_sentences: if r[4] == "-" {
                    Vec::new()
                } else {
                    r[4].split('‖').map(|s| s.trim().to_string()).collect()
                },
                status: r[5].to_string(),
                problems: if r[6] == "none" {
                    Vec::new()
                } else {
                    r[6].split(';').map(|s| s.trim().to_string()).collect()
                },
            }
        })
        .collect()
}

pub fn variants() -> Vec<ExpectedVariant> {
    let text = std::fs::read_to_string(format!("{SAMPLE}/EXPECTED.md")).unwrap();
    table_rows(&text, "Place-name variants")
        .into_iter()
        .map(|r| ExpectedVariant {
            arabic: r[0].to_string(),
            spellings: r[1].split(';').map(|s| s.trim().to_string()).collect(),
            suggested: r[2].to_string(),
        })
        .collect()
}

/// Words only, lowercased: quote texts compare without punctuation and spacing differences.
pub fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
