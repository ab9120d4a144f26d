//! End to end on the bundled sample: `isnad check corpus/samples/salma` must find every quote of
//! EXPECTED.md, trace it to the sentences named there, credit it to the right outlet, and flag
//! exactly the planted problems — nothing else at error level.

mod common;

use common::expected::{self, words};
use serde_json::Value;

fn check_json() -> Value {
    serde_json::from_slice(&common::check_sample("json")).unwrap()
}

fn flags(q: &Value) -> Vec<(String, String)> {
    q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_quote_is_traced_as_the_answer_key_says() {
    let report = check_json();
    let found = report["quotes"].as_array().unwrap();
    let expected = expected::quotes();
    assert_eq!(found.len(), expected.len(), "number of quotes");
    for (q, e) in found.iter().zip(&expected) {
        let id = &e.id;
        assert_eq!(q["quote_id"], e.id.as_str());
        assert_eq!(
            words(q["quote"].as_str().unwrap()),
            words(&e.quote),
            "{id}: quote text"
        );
        assert_eq!(
            q["attributed_outlet"].as_str(),
            Some(e.attributed_outlet.as_str()),
            "{id}: attribution"
        );
        let loose = e.problems.iter().any(|p| p == "loose");
        let status = q["status"].as_str().unwrap();
        if loose {
            assert!(
                status == "matched" || status == "weak",
                "{id}: loose translation is {status}"
            );
        } else {
            assert_eq!(status, e.status, "{id}: status");
        }
        match &e.source_file {
            None => assert!(q["source_file"].is_null(), "{id}: expected no source"),
            Some(file) => {
                let got = q["source_file"].as_str().unwrap_or("");
                assert!(
                    got.ends_with(file.as_str()),
                    "{id}: source {got}, expected {file}"
                );
                let arabic = q["arabic"].as_str().unwrap();
                assert_eq!(
                    arabic.split_whitespace().collect::<Vec<_>>(),
                    e.source_sentences
                        .join(" ")
                        .split_whitespace()
                        .collect::<Vec<_>>(),
                    "{id}: source sentences"
                );
            }
        }
    }
}

#[test]
fn exactly_the_planted_problems_are_flagged() {
    let report = check_json();
    let found = report["quotes"].as_array().unwrap();
    let variant_spellings: Vec<String> = expected::variants()
        .iter()
        .flat_map(|v| {
            v.spellings
                .iter()
                .filter(|s| **s != v.suggested)
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect();
    for (q, e) in found.iter().zip(expected::quotes()) {
        let id = &e.id;
        let flags = flags(q);
        let has = |kind: &str| flags.iter().any(|(k, _)| k == kind);
        for (planted, kind) in [
            ("misattributed", "misattributed"),
            ("number-mismatch", "number-mismatch"),
            ("no-source", "no-source"),
        ] {
            assert_eq!(
                has(kind),
                e.problems.iter().any(|p| p == planted),
                "{id}: {kind} flagged = {}, flags {flags:?}",
                has(kind)
            );
        }
        let errors: Vec<&String> = flags
            .iter()
            .filter(|(_, s)| s == "error")
            .map(|(k, _)| k)
            .collect();
        for kind in errors {
            assert!(
                e.problems.iter().any(|p| p == kind),
                "{id}: unplanted error {kind}"
            );
        }
        // A quote writing a place the non-suggested way carries a variant-spelling flag.
        let text = q["quote"].as_str().unwrap();
        let padded = format!(" {} ", words(text));
        let off_style = variant_spellings
            .iter()
            .any(|s| padded.contains(&format!(" {} ", words(s))));
        assert_eq!(
            has("variant-spelling"),
            off_style,
            "{id}: variant-spelling, flags {flags:?}"
        );
    }
}

#[test]
fn the_variant_table_is_the_planted_one() {
    let report = check_json();
    let flagged: Vec<&Value> = report["names"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["flagged"] == true)
        .collect();
    let mut clusters: Vec<(String, Vec<String>, String)> = Vec::new();
    for r in flagged {
        let id = r["cluster"].as_str().unwrap();
        let spelling = r["variant"].as_str().unwrap().to_string();
        match clusters.iter_mut().find(|c| c.0 == id) {
            Some(c) => c.1.push(spelling),
            None => clusters.push((
                id.to_string(),
                vec![spelling],
                r["suggested"].as_str().unwrap().to_string(),
            )),
        }
    }
    let expected = expected::variants();
    assert_eq!(clusters.len(), expected.len(), "{clusters:?}");
    for e in expected {
        let c = clusters
            .iter()
            .find(|c| c.2 == e.suggested)
            .unwrap_or_else(|| panic!("no cluster suggesting {}", e.suggested));
        let mut got = c.1.clone();
        got.sort();
        let mut want = e.spellings.clone();
        want.sort();
        assert_eq!(got, want, "spellings of {}", e.arabic);
    }
}

#[test]
fn the_readme_excerpt_is_what_the_main_command_prints() {
    // The README's first screen shows an excerpt of `isnad check corpus/samples/salma`: every
    // line of it (but the "…" elisions) must be a line of the real output, so it cannot drift.
    let readme = include_str!("../README.md");
    let excerpt = readme
        .split("```text\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a text block");
    let output = String::from_utf8(common::check_sample("table")).unwrap();
    let lines: Vec<&str> = output.lines().collect();
    let shown: Vec<&str> = excerpt
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "…")
        .collect();
    assert!(shown.len() > 10, "the excerpt has {} lines", shown.len());
    for line in shown {
        assert!(
            lines.contains(&line),
            "README line not in the output: {line:?}"
        );
    }
}

/// One numbering system: a message that points into a source names its 1-based line, the line
/// the `source_lines` of the same place give, never a 0-based sentence index.
#[test]
fn messages_name_source_lines_as_every_other_output_does() {
    let report = check_json();
    let mut named = 0;
    for q in report["quotes"].as_array().unwrap() {
        let lines_of_candidates: Vec<u64> = q["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["source_lines"].as_array().unwrap().clone())
            .map(|l| l.as_u64().unwrap())
            .collect();
        for f in q["flags"].as_array().unwrap() {
            let why = f["explanation"].as_str().unwrap();
            assert!(
                !why.contains("sentence 0") && !why.contains(", sentence "),
                "{why}"
            );
            for (at, _) in why.match_indices(".txt, line ") {
                let digits: String = why[at + 11..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let line: u64 = digits.parse().unwrap();
                assert!(
                    lines_of_candidates.contains(&line),
                    "{why}: line {line} is not among {lines_of_candidates:?}"
                );
                named += 1;
            }
        }
    }
    assert!(named >= 1, "no message named a source line");
}

/// `--learn run` checks again with what the sample's confident quotes teach: every quote the
/// answer key traces stays traced where it was.
#[test]
fn learning_from_the_run_keeps_the_sample_as_it_is() {
    let statuses = |extra: &[&str]| -> Vec<(String, String)> {
        let mut args = vec!["check", "corpus/samples/salma", "--format", "json"];
        args.extend_from_slice(extra);
        let out = common::stdout_of_success(args);
        let v: Value = serde_json::from_slice(&out).unwrap();
        v["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["status"].as_str().unwrap().to_string(),
                    q["source_file"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    assert_eq!(statuses(&["--learn", "run"]), statuses(&[]));
}
