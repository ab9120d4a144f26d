//! `isnad check` warns when a quote and the source it matches disagree on negation: a dropped or
//! added "not" keeps nearly every word, so the match alone scores it as a faithful rendering.

mod common;

use common::{isnad, s, write};

const SOURCE: &str = "\
وقال المرصد إن قوات النظام لم تستخدم الأسلحة الكيميائية في الهجوم على دوما.
وأكد المرصد أن الطائرات الروسية قصفت المستشفى الوطني في مدينة معرة النعمان.
وأضاف أن الفصائل لن تنسحب من مدينة إدلب تحت أي ظرف.
";

/// The quotes' ids and their flag kinds, from `--format json`.
fn flags(report: &str) -> Vec<(String, Vec<String>)> {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", report);
    let source = write(dir.path(), "observatory.ar.txt", SOURCE);
    let out = isnad()
        .args(["check", &s(&report), "--format", "json", "--source"])
        .arg(format!("{}=Syrian Observatory", s(&source)))
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
            let kinds = q["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        f["severity"].as_str().unwrap(),
                        f["kind"].as_str().unwrap()
                    )
                })
                .collect();
            (q["quote"].as_str().unwrap().to_string(), kinds)
        })
        .collect()
}

#[test]
fn a_dropped_or_added_negation_is_a_warning() {
    let found = flags(
        "The Syrian Observatory said \"regime forces used chemical weapons in the attack on Douma.\"\n\n\
         The Observatory added that \"Russian aircraft did not bomb the national hospital in the city of Maarat al-Numan.\"\n\n\
         It said \"the factions will withdraw from the city of Idlib under any circumstances.\"\n",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    for (quote, kinds) in &found {
        assert_eq!(kinds, &["warning negation-mismatch"], "{quote}");
    }
}

#[test]
fn a_faithful_negation_is_not_flagged() {
    let found = flags(
        "The Syrian Observatory said \"regime forces did not use chemical weapons in the attack on Douma.\"\n\n\
         The Observatory added that \"Russian aircraft bombed the national hospital in the city of Maarat al-Numan.\"\n\n\
         It said \"the factions will not withdraw from the city of Idlib under any circumstances.\"\n",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    for (quote, kinds) in &found {
        assert!(kinds.is_empty(), "{quote}: {kinds:?}");
    }
}
