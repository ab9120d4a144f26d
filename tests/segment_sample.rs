//! Segmentation of the bundled sample: every Arabic sentence the answer key names is exactly one
//! unit of its file, titles are headings, and the report's Markdown headings are headings.

mod common;

use common::expected::{self, SAMPLE};
use isnad::text::{Document, Lang, UnitKind};

fn load(file: &str) -> Document {
    Document::load(&format!("{SAMPLE}/{file}"), None).unwrap()
}

#[test]
fn every_expected_arabic_sentence_is_one_unit() {
    for q in expected::quotes() {
        let Some(file) = &q.source_file else { continue };
        let doc = load(file);
        assert_eq!(doc.lang, Lang::Ar);
        for sentence in &q.source_sentences {
            let units: Vec<&str> = doc.units.iter().map(|u| u.text.as_str()).collect();
            assert!(
                units.contains(&sentence.as_str()),
                "{}: {sentence} is not one unit of {file}",
                q.id
            );
        }
    }
}

#[test]
fn arabic_titles_and_report_headings_are_headings() {
    for file in [
        "sahel-tv.ar.txt",
        "sada-alahrar.ar.txt",
        "levant-observatory.ar.txt",
    ] {
        let doc = load(file);
        assert_eq!(doc.units[0].kind, UnitKind::Heading, "{file}: title");
        assert!(
            doc.units[1..].iter().all(|u| u.kind == UnitKind::Sentence),
            "{file}"
        );
        // Spans slice the original file to the unit's text (plain text, one space between words).
        for u in &doc.units {
            let raw = &doc.text[u.start..u.end];
            assert_eq!(raw.split_whitespace().collect::<Vec<_>>().join(" "), u.text);
        }
    }
    let report = load("report.en.md");
    assert_eq!(report.lang, Lang::En);
    let headings: Vec<&str> = report
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::Heading)
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(headings.len(), 3, "{headings:?}");
    assert!(headings[0].starts_with("Syrian army and allies close in on Salma"));
    assert_eq!(
        &headings[1..],
        ["An advance, or a stand", "Families on the move"]
    );
}
