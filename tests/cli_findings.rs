//! A run that exits 1 says why in every format, CSV and JSONL included: report-level findings
//! (a place spelled two ways outside any quote, a declared source no quote comes from) are rows
//! and records of their own, with a severity, so a spreadsheet or a script that reads only the
//! export sees what failed the run.

mod common;

use common::{isnad, s, write};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");

/// One correct quote of the TV source; Kafrdabla spelled two ways outside the quote.
const REPORT: &str = "Sahel TV said the army was advancing from Kafrdabla.\n\n\
\"This afternoon, army units took control of three strategic hills overlooking the road between Dorin and Salma,\" the channel reported.\n\n\
Residents of Kafr Dabla fled overnight.\n";

struct Run {
    code: i32,
    csv: Vec<csv::StringRecord>,
    jsonl: Vec<serde_json::Value>,
}

fn run(extra: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let tv = dir.path().join("tv.ar.txt");
    std::fs::copy(format!("{SAMPLE}/sahel-tv.ar.txt"), &tv).unwrap();
    let other = dir.path().join("monitor.ar.txt");
    std::fs::copy(format!("{SAMPLE}/levant-observatory.ar.txt"), &other).unwrap();
    let output = |format: &str| {
        let out = isnad()
            .args(["check", &s(&report), "--format", format])
            .args(["--source", &format!("{}=Al-Sahel TV", s(&tv))])
            .args(["--source", &format!("{}=Levant Observatory", s(&other))])
            .args(extra)
            .output()
            .unwrap();
        (out.status.code().unwrap(), out.stdout)
    };
    let (code, csv_bytes) = output("csv");
    let (jsonl_code, jsonl_bytes) = output("jsonl");
    assert_eq!(code, jsonl_code);
    Run::parse(code, &csv_bytes, jsonl_bytes)
}

impl Run {
    fn parse(code: i32, csv_bytes: &[u8], jsonl_bytes: Vec<u8>) -> Run {
        Run {
            code,
            csv: csv::Reader::from_reader(csv_bytes)
                .records()
                .map(Result::unwrap)
                .collect(),
            jsonl: String::from_utf8(jsonl_bytes)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect(),
        }
    }
}

fn rank(severity: &str) -> u8 {
    match severity {
        "info" => 1,
        "warning" => 2,
        "error" => 3,
        other => panic!("unknown severity {other:?}"),
    }
}

/// The most severe severity the CSV states (column `severity`, `;` between a quote's flags).
fn csv_max(run: &Run) -> u8 {
    run.csv
        .iter()
        .flat_map(|r| {
            r[16]
                .split(';')
                .filter(|s| !s.is_empty())
                .map(rank)
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0)
}

/// The most severe severity the JSONL records state (flags of quotes, findings).
fn jsonl_max(run: &Run) -> u8 {
    run.jsonl
        .iter()
        .flat_map(|r| match r["record"].as_str().unwrap() {
            "quote" => r["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| rank(f["severity"].as_str().unwrap()))
                .collect::<Vec<_>>(),
            "finding" => vec![rank(r["severity"].as_str().unwrap())],
            other => panic!("unknown record {other:?}"),
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn a_run_failed_by_a_report_level_finding_shows_it_in_csv_and_jsonl() {
    // The quote is clean: only the findings can fail the run.
    for (fail_on, threshold) in [("warning", 2), ("info", 1)] {
        let run = run(&["--fail-on", fail_on]);
        assert_eq!(run.code, 1, "--fail-on {fail_on}");
        assert!(
            csv_max(&run) >= threshold,
            "--fail-on {fail_on}: CSV does not say why"
        );
        assert!(
            jsonl_max(&run) >= threshold,
            "--fail-on {fail_on}: JSONL does not say why"
        );
    }
    // Nothing at error level: exit 0, and neither export claims an error.
    let run = run(&["--fail-on", "error"]);
    assert_eq!(run.code, 0);
    assert!(csv_max(&run) < 3 && jsonl_max(&run) < 3);
}

#[test]
fn findings_are_rows_and_records_of_their_own() {
    let run = run(&["--fail-on", "never"]);
    let findings: Vec<_> = run.csv.iter().filter(|r| &r[18] == "finding").collect();
    let quotes = run.csv.iter().filter(|r| &r[18] == "quote").count();
    assert_eq!(quotes, 1);
    let variant = findings
        .iter()
        .find(|r| &r[13] == "variant-spelling")
        .expect("a variant-spelling row");
    assert_eq!(&variant[12], "كفردبل");
    assert_eq!(&variant[16], "warning");
    assert!(variant[14].contains("Kafrdabla") && variant[14].contains("Kafr Dabla"));
    // The row points at the spelling to change, in the report's 1-based lines.
    assert!(matches!(&variant[1], "1" | "5"), "line {}", &variant[1]);
    let unquoted = findings
        .iter()
        .find(|r| &r[13] == "unquoted-source")
        .expect("an unquoted-source row");
    assert!(unquoted[9].ends_with("monitor.ar.txt"));
    assert_eq!(&unquoted[10], "Levant Observatory");
    assert_eq!(&unquoted[16], "info");
    // JSONL: the same findings, after the quote.
    let records: Vec<&str> = run
        .jsonl
        .iter()
        .map(|r| r["record"].as_str().unwrap())
        .collect();
    assert_eq!(records, ["quote", "finding", "finding"]);
    assert_eq!(run.jsonl[2]["kind"], "unquoted-source");
}

/// The sample fails at every level but `never`: each failing run says why in CSV and JSONL.
#[test]
fn every_failing_run_of_the_sample_explains_itself() {
    for (fail_on, threshold) in [("error", 3), ("warning", 2), ("info", 1)] {
        let output = |format: &str| {
            let out = isnad()
                .args(["check", SAMPLE, "--format", format, "--fail-on", fail_on])
                .output()
                .unwrap();
            (out.status.code().unwrap(), out.stdout)
        };
        let (code, csv_bytes) = output("csv");
        let (_, jsonl_bytes) = output("jsonl");
        assert_eq!(code, 1, "--fail-on {fail_on}");
        let run = Run::parse(code, &csv_bytes, jsonl_bytes);
        assert!(csv_max(&run) >= threshold, "--fail-on {fail_on}: CSV");
        assert!(jsonl_max(&run) >= threshold, "--fail-on {fail_on}: JSONL");
    }
}

/// A project directory: `report` and the TV source (named as the report names it: the quote
/// has no flag), and the monitor too when `unquoted` (a source no quote comes from: an info
/// finding).
fn project(report: &str, unquoted: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "report.txt", report);
    std::fs::copy(
        format!("{SAMPLE}/sahel-tv.ar.txt"),
        dir.path().join("tv.ar.txt"),
    )
    .unwrap();
    let mut toml =
        "report = \"report.txt\"\n[[source]]\nfile = \"tv.ar.txt\"\noutlet = \"Al-Sahel TV\"\naliases = [\"Sahel TV\"]\n"
            .to_string();
    if unquoted {
        std::fs::copy(
            format!("{SAMPLE}/levant-observatory.ar.txt"),
            dir.path().join("monitor.ar.txt"),
        )
        .unwrap();
        toml.push_str("[[source]]\nfile = \"monitor.ar.txt\"\noutlet = \"Levant Observatory\"\n");
    }
    write(dir.path(), "isnad.toml", &toml);
    dir
}

/// The table's summary line counts the findings that failed the run, and JSON's summary has
/// them apart from the flags of quotes (which `errors`, `warnings`, `infos` still count).
#[test]
fn the_summary_line_counts_the_findings_that_fail_a_run() {
    let dir = project(REPORT, true);
    let out = isnad()
        .args(["check", &s(dir.path()), "--fail-on", "warning"])
        .args(["--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8(out.stdout).unwrap();
    let summary = table
        .lines()
        .find(|l| l.starts_with("Summary:"))
        .expect("a summary line");
    assert!(
        summary.ends_with("; 0 errors, 0 warnings, 0 info; findings: 0 errors, 1 warning, 1 info"),
        "{summary}"
    );
    let out = isnad()
        .args(["check", &s(dir.path()), "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["warnings"], 0, "flags of quotes only");
    assert_eq!(
        v["summary"]["findings"],
        serde_json::json!({"errors": 0, "warnings": 1, "infos": 1})
    );
    // No findings: the line is as it always was.
    let clean = project(&REPORT.replace("Kafr Dabla", "Kafrdabla"), false);
    let out = isnad()
        .args(["check", &s(clean.path()), "--color", "never"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("; 0 errors, 0 warnings, 0 info\n"),
        "{table}"
    );
}

/// In a batch, the summary shows which report a finding failed: the findings by severity, the
/// flags of quotes at info, and whether the report reached `--fail-on`, in columns after `file`.
#[test]
fn a_batch_summary_shows_which_report_a_finding_failed() {
    let failing = project(REPORT, true);
    let clean = project(&REPORT.replace("Kafr Dabla", "Kafrdabla"), false);
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "week.tsv",
        &format!("{}\tfails\n{}\tclean\n", s(failing.path()), s(clean.path())),
    );
    let out_dir = work.path().join("out");
    for (fail_on, failing_row) in [("warning", "yes"), ("info", "yes"), ("error", "no")] {
        let out = isnad()
            .args(["check", "--batch", &s(&manifest), "--out-dir", &s(&out_dir)])
            .args(["--fail-on", fail_on])
            .output()
            .unwrap();
        let expected = i32::from(failing_row == "yes");
        assert_eq!(out.status.code(), Some(expected), "--fail-on {fail_on}");
        let summary = std::fs::read_to_string(out_dir.join("summary.tsv")).unwrap();
        let rows: Vec<Vec<&str>> = summary.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(
            rows[0][8..],
            [
                "errors",
                "warnings",
                "length_ratio",
                "error",
                "file",
                "infos",
                "finding_errors",
                "finding_warnings",
                "finding_infos",
                "at_fail_on"
            ]
        );
        let later = |row: &[&str]| row[13..].join(" ");
        assert_eq!(rows[1][..3], ["fails", &s(failing.path()), "ok"]);
        assert_eq!(later(&rows[1]), format!("0 0 1 1 {failing_row}"));
        assert_eq!(later(&rows[2]), "0 0 0 0 no");
    }
}
