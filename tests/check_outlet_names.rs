//! `isnad check` on a report that names its outlets: an outlet's name is not a place.

mod common;

use common::{isnad, s, write};

const TOML: &str = "report = \"report.en.md\"\nfail_on = \"warning\"\n\
[[source]]\nfile = \"f.ar.txt\"\noutlet = \"Al-Furat\"\nkind = \"site\"\n\
[[source]]\nfile = \"h.ar.txt\"\noutlet = \"Halab Today\"\nkind = \"tv\"\n";

const REPORT: &str = "An engineer said \"the Euphrates Dam suffers from serious cracks that \
threaten its collapse,\" Al-Furat reported.\n\nHalab Today said \"the shelling targeted the \
eastern neighbourhoods of the city of Aleppo this morning\".\n";

/// "Al-Furat reported" and "Halab Today said" name outlets, not the Euphrates and Aleppo: no
/// variant in the place table, and "Euphrates" is in the source (سد الفرات), so nothing fails
/// under `fail_on = "warning"`.
#[test]
fn an_outlet_named_in_the_report_is_no_place_name() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "isnad.toml", TOML);
    write(
        dir.path(),
        "f.ar.txt",
        "وأشار مهندس إلى أن سد الفرات يعاني من تشققات خطيرة تهدد بانهياره.\n",
    );
    write(
        dir.path(),
        "h.ar.txt",
        "وقالت القناة إن القصف استهدف الأحياء الشرقية في مدينة حلب صباح اليوم.\n",
    );
    write(dir.path(), "report.en.md", REPORT);
    let out = isnad()
        .args(["check", &s(dir.path()), "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let variants: Vec<&str> = json["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["variant"].as_str().unwrap())
        .collect();
    assert_eq!(variants, ["Euphrates", "Aleppo"], "{json}");
    assert!(json["names"]
        .as_array()
        .unwrap()
        .iter()
        .all(|row| row["flagged"] == false));
    let flags: Vec<&serde_json::Value> = json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|q| q["flags"].as_array().unwrap())
        .collect();
    assert!(flags.is_empty(), "{flags:?}");
    assert_eq!(out.status.code(), Some(0), "{json}");
}
