//! Which quotation marks `isnad check` reads as a quote, end to end. The sources are the Salma
//! sample's; the reports are written here.

mod common;

use common::expected::SAMPLE;
use common::{isnad, s, stdout_of_success, write};

#[test]
fn a_straight_quote_opening_before_a_space_is_checked() {
    // Until 2026-12-07 the Sada al-Ahrar quote was dropped (its opening mark is followed by a
    // space); alone in a report it gave "no quotes found".
    let report = "Al-Sahel TV said the army advanced.\n\n\
                  Sada al-Ahrar said: \" The aircraft dropped internationally banned cluster \
                  bombs on the agricultural land surrounding the village of Ghazala.\"\n\n\
                  Al-Sahel TV said: \"The army's vanguard is now three kilometers from the \
                  eastern entrance of Salma .\"\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "report.md", report);
    let v: serde_json::Value = serde_json::from_slice(&stdout_of_success([
        "check".to_string(),
        s(&path),
        "--source".to_string(),
        format!("{SAMPLE}/sahel-tv.ar.txt=Al-Sahel TV"),
        "--source".to_string(),
        format!("{SAMPLE}/sada-alahrar.ar.txt=Sada al-Ahrar"),
        "--format".to_string(),
        "json".to_string(),
        "--fail-on".to_string(),
        "never".to_string(),
    ]))
    .unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{v}");
    let q = &quotes[0];
    assert_eq!(
        q["quote"],
        "The aircraft dropped internationally banned cluster bombs on the agricultural land \
         surrounding the village of Ghazala.",
        "{q}"
    );
    assert_eq!((&q["line"], &q["column"]), (&3.into(), &21.into()), "{q}");
    let (start, end) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert!(report[start..end].starts_with("\" The aircraft"), "{q}");
    assert!(report[start..end].ends_with("Ghazala.\""), "{q}");
    assert_eq!(q["attributed_outlet"], "Sada al-Ahrar", "{q}");
    assert_eq!(q["source_outlet"], "Sada al-Ahrar", "{q}");
    assert_eq!(q["status"], "matched", "{q}");

    // Alone in a report, after a tab: a quote, not "no quotes found".
    let alone = write(
        dir.path(),
        "alone.md",
        "Sada al-Ahrar said: \"\tThe aircraft dropped internationally banned cluster bombs on \
         the agricultural land surrounding the village of Ghazala.\"\n",
    );
    isnad()
        .args(["check", &s(&alone), "--source"])
        .arg(format!("{SAMPLE}/sada-alahrar.ar.txt=Sada al-Ahrar"))
        .args(["--fail-on", "never"])
        .assert()
        .success()
        .stdout(predicates::str::contains("The aircraft dropped"));
}
