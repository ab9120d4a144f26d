//! `isnad check` notices a place changed in a quote when the two names share only their generic
//! first word (جبل الأكراد rendered "Jabal al-Turkman"): the shared head is no evidence of the
//! place.

mod common;

use common::{isnad, s, write};

const SOURCE: &str = "\
وقال المراسل إن المدفعية قصفت مواقع في جبل الأكراد طوال الليل.
وأضاف أن رتلا عسكريا وصل إلى مدينة دير الزور صباح اليوم.
وقال إن الطيران قصف مدينة جسر الشغور بعشرات الغارات.
";

/// Each quote's flag kinds, from `--format json`.
fn flags(report: &str) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", report);
    let source = write(dir.path(), "syria-tv.ar.txt", SOURCE);
    let out = isnad()
        .args(["check", &s(&report), "--format", "json", "--source"])
        .arg(format!("{}=Syria TV", s(&source)))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            assert_eq!(q["status"], "matched", "{q}");
            q["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["kind"].as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn a_place_sharing_only_its_generic_head_is_missing() {
    // Two places the gazetteer knows, and one it does not (Jisr al-Majami).
    let found = flags(
        "Syria TV said \"artillery shelled positions in Jabal al-Turkman throughout the night.\"\n\n\
         The channel said \"a military convoy arrived in the town of Deir Hafer this morning.\"\n\n\
         The channel said \"aircraft struck the town of Jisr al-Majami with dozens of raids.\"\n",
    );
    assert_eq!(found, vec![vec!["name-missing".to_string()]; 3]);
}

#[test]
fn the_right_places_are_not_flagged() {
    let found = flags(
        "Syria TV said \"artillery shelled positions in Jabal al-Akrad throughout the night.\"\n\n\
         The channel said \"a military convoy arrived in the town of Deir ez-Zor this morning.\"\n\n\
         The channel said \"aircraft struck the town of Jisr al-Shughour with dozens of raids.\"\n",
    );
    assert_eq!(found, vec![Vec::<String>::new(); 3]);
}
