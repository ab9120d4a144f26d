//! Snapshots of `isnad check` on the sample in every text format: a change to the output contract
//! (columns, fields, wording) shows up as a reviewed diff (`cargo insta review`).

mod common;

fn check(format: &str) -> String {
    String::from_utf8(common::check_sample(format)).unwrap()
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
