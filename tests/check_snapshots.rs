//! Snapshots of `isnad check` on the sample in every text format: a change to the output contract
//! (columns, fields, wording) shows up as a reviewed diff (`cargo insta review`).

use assert_cmd::Command;

fn check(format: &str) -> String {
    let out = Command::cargo_bin("isnad")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .args([
            "check",
            "corpus/samples/salma",
            "--format",
            format,
            "--fail-on",
            "error",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn table() {
    insta::assert_snapshot!("check_table", check("table"));
}

#[test]
fn csv() {
    insta::assert_snapshot!("check_csv", check("csv"));
}

#[test]
fn json() {
    insta::assert_snapshot!("check_json", check("json"));
}
