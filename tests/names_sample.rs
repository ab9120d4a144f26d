//! `isnad names` on the bundled sample: exactly the planted variant spellings of EXPECTED.md, tied
//! to their Arabic names, and no ordinary English word taken for a place.

mod common;

use common::expected::{self, SAMPLE};
use serde_json::Value;

fn names(extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["names".to_string(), format!("{SAMPLE}/report.en.md")];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(["--format".into(), "json".into()]);
    serde_json::from_slice::<Vec<Value>>(&common::stdout_of_success(&args)).unwrap()
}

#[test]
fn finds_exactly_the_planted_variants_with_their_arabic() {
    let sources: Vec<String> = ["sahel-tv", "sada-alahrar", "levant-observatory"]
        .iter()
        .map(|f| format!("{SAMPLE}/{f}.ar.txt"))
        .collect();
    let mut extra = vec!["--variants-only", "--arabic"];
    extra.extend(sources.iter().map(String::as_str));
    let rows = names(&extra);
    let expected = expected::variants();
    for e in &expected {
        let mut got: Vec<&str> = rows
            .iter()
            .filter(|r| r["suggested"] == e.suggested.as_str())
            .map(|r| r["variant"].as_str().unwrap())
            .collect();
        got.sort();
        let mut want: Vec<&str> = e.spellings.iter().map(String::as_str).collect();
        want.sort();
        assert_eq!(got, want, "spellings of {}", e.arabic);
        let arabic = rows
            .iter()
            .find(|r| r["suggested"] == e.suggested.as_str())
            .unwrap()["arabic"]
            .clone();
        assert_eq!(arabic, e.arabic.as_str(), "Arabic of {}", e.suggested);
    }
    let clusters: std::collections::BTreeSet<&str> = rows
        .iter()
        .map(|r| r["cluster"].as_str().unwrap())
        .collect();
    assert_eq!(
        clusters.len(),
        expected.len(),
        "only the planted clusters are flagged: {rows:?}"
    );
}

#[test]
fn no_ordinary_word_is_taken_for_a_place() {
    // Every place of the sample (EXPECTED.md, notes and variants), with the dateline's capitals.
    let places = [
        "Salma",
        "Dorin",
        "Kinsabba",
        "Marj Khokha",
        "Jabal al-Akrad",
        "Jabal al-Turkman",
        "al-Haffah",
        "Rabia",
        "Idlib",
        "Jisr al-Shughur",
        "Kabani",
        "Jabal Nuba",
        "Beirut",
        "BEIRUT",
        "Damascus",
        "Latakia",
        "Lattakia",
        "Kafrdabla",
        "Kafr Dabla",
        "Ghazaleh",
        "Ghazala",
    ];
    for r in names(&[]) {
        let spelling = r["variant"].as_str().unwrap();
        assert!(
            places.contains(&spelling),
            "{spelling} is not a place of the sample"
        );
    }
}
