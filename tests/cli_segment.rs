//! `isnad segment` end to end: encodings, line ends, bad inputs, formats, help.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

/// Runs `isnad segment --format csv ARGS` and returns the rows (without the header).
fn csv_rows(args: &[&str]) -> Vec<csv::StringRecord> {
    let output = isnad()
        .arg("segment")
        .args(["--format", "csv"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["file", "lang", "index", "kind", "line", "column", "start", "end", "text"]
    );
    reader.records().map(Result::unwrap).collect()
}

/// (kind, line, column, text) of each row.
fn summary(rows: &[csv::StringRecord]) -> Vec<(String, usize, usize, String)> {
    rows.iter()
        .map(|r| {
            (
                r[3].to_string(),
                r[4].parse().unwrap(),
                r[5].parse().unwrap(),
                r[8].to_string(),
            )
        })
        .collect()
}

fn row(kind: &str, line: usize, column: usize, text: &str) -> (String, usize, usize, String) {
    (kind.to_string(), line, column, text.to_string())
}

const REPORT: &str = "Clashes near the ridge\n\nThe army advanced at dawn. Rebels held the hill.\nBy nightfall, the road was cut.\n";

fn report_rows() -> Vec<(String, usize, usize, String)> {
    vec![
        row("heading", 1, 1, "Clashes near the ridge"),
        row("sentence", 3, 1, "The army advanced at dawn."),
        row("sentence", 3, 28, "Rebels held the hill."),
        row("sentence", 4, 1, "By nightfall, the road was cut."),
    ]
}

#[test]
fn utf8_with_bom_crlf_and_cr() {
    let dir = TempDir::new().unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(REPORT.as_bytes());
    let files = [
        write(&dir, "bom.txt", &bom),
        write(&dir, "crlf.txt", REPORT.replace('\n', "\r\n").as_bytes()),
        write(&dir, "cr.txt", REPORT.replace('\n', "\r").as_bytes()),
    ];
    for file in &files {
        let rows = csv_rows(&[file.to_str().unwrap()]);
        assert_eq!(summary(&rows), report_rows(), "{}", file.display());
        assert!(rows.iter().all(|r| &r[1] == "en"));
    }
}

#[test]
fn utf16_both_byte_orders() {
    let dir = TempDir::new().unwrap();
    let text = "قال المرصد إن الاشتباكات عنيفة.\r\nوأضاف: \"نحن هنا\". هل انتهى القتال؟\r\n";
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let file = write(&dir, name, &utf16(text, big_endian));
        let rows = csv_rows(&[file.to_str().unwrap()]);
        assert_eq!(
            summary(&rows),
            [
                row("sentence", 1, 1, "قال المرصد إن الاشتباكات عنيفة."),
                row("sentence", 2, 1, "وأضاف: \"نحن هنا\"."),
                row("sentence", 2, 19, "هل انتهى القتال؟"),
            ],
            "{name}"
        );
        assert!(rows.iter().all(|r| &r[1] == "ar"));
    }
}

#[test]
fn csv_offsets_slice_the_original_file() {
    let dir = TempDir::new().unwrap();
    let text = "Salma overlooks the plain. Gen. Ali said \"we hold it.\" Then he left.\n\nسلمى تطل على السهل. قال د. علي إنها صامدة!\n";
    let file = write(&dir, "mixed.txt", text.as_bytes());
    let rows = csv_rows(&[file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(rows.len(), 5);
    for r in &rows {
        let (start, end): (usize, usize) = (r[6].parse().unwrap(), r[7].parse().unwrap());
        assert_eq!(&text[start..end], &r[8]);
    }
    assert_eq!(&rows[1][8], "Gen. Ali said \"we hold it.\"");
}

#[test]
fn json_parses_with_serde() {
    let dir = TempDir::new().unwrap();
    let file = write(
        &dir,
        "r.md",
        b"# Salma\n\nThe *village* fell. [Reports](https://x.org) differ.\n",
    );
    let output = isnad()
        .args(["segment", "--format", "json", "--normalized"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let units = value.as_array().unwrap();
    assert_eq!(units.len(), 3);
    assert_eq!(units[0]["kind"], "heading");
    assert_eq!(units[0]["text"], "Salma");
    assert_eq!(units[1]["text"], "The village fell.");
    assert_eq!(units[2]["text"], "Reports differ.");
    assert_eq!(units[2]["normalized"], "reports differ.");
    assert_eq!(units[2]["line"], 3);
    assert_eq!(units[2]["column"], 22);
}

#[test]
fn stdin_dash_reads_standard_input() {
    let output = isnad()
        .args(["segment", "-", "--format", "tsv"])
        .write_stdin("قال المرصد. وأضاف أن القتال مستمر.\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[1].starts_with("<stdin>\tar\t0\tsentence\t1\t1\t0\t"));
}

#[test]
fn stdin_dash_twice_is_a_usage_error() {
    let output = isnad()
        .args(["segment", "-", "-"])
        .write_stdin("قال المرصد.\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "isnad: `-` (standard input) is given twice as FILE: standard input can be read only \
         once; save all but one of them to a file\n"
    );
}

/// A bad input: exit 2, one stderr line starting with `isnad: <file>` (and `:<line>`), nothing on
/// stdout, and no output file.
fn assert_refused(file: &str, stdin: Option<&[u8]>, expected_prefix: &str) {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("out.csv");
    let mut cmd = isnad();
    cmd.args(["segment", file, "--format", "csv", "--output"])
        .arg(&out);
    if let Some(bytes) = stdin {
        cmd.write_stdin(bytes.to_vec());
    }
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("isnad: {expected_prefix}")),
        "{stderr} does not start with {expected_prefix}"
    );
    assert!(!out.exists(), "an output file was created for {file}");
    // Without --output, stdout stays empty too.
    let mut cmd = isnad();
    cmd.args(["segment", file]);
    if let Some(bytes) = stdin {
        cmd.write_stdin(bytes.to_vec());
    }
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_inputs_are_refused_with_one_line() {
    let dir = TempDir::new().unwrap();
    let path = |p: &Path| p.to_str().unwrap().to_string();
    let missing = path(&dir.path().join("missing.txt"));
    assert_refused(&missing, None, &format!("{missing}: no such file"));
    let directory = path(dir.path());
    assert_refused(&directory, None, &format!("{directory}: is a directory"));
    let empty = path(&write(&dir, "empty.txt", b""));
    assert_refused(&empty, None, &format!("{empty}: empty file"));
    let blank = path(&write(&dir, "blank.txt", b" \r\n\t\n \n"));
    assert_refused(&blank, None, &format!("{blank}: empty file"));
    let invalid = path(&write(
        &dir,
        "bad.txt",
        b"One line.\r\nTwo.\nThree \xC3\x28 here.\n",
    ));
    assert_refused(&invalid, None, &format!("{invalid}:3: invalid UTF-8"));
    let binary = path(&write(&dir, "bin.dat", b"text\n\nmore\x00\x01\x02"));
    assert_refused(&binary, None, &format!("{binary}:3: binary data"));
    assert_refused("-", Some(b""), "<stdin>: empty file");
}

#[test]
fn one_bad_file_among_good_ones_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let good = write(&dir, "good.txt", REPORT.as_bytes());
    let bad = write(&dir, "bad.txt", b"\xFF\xFF\xFF");
    let out = dir.path().join("out.tsv");
    let output = isnad()
        .arg("segment")
        .arg(&good)
        .arg(&bad)
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn output_file_is_written() {
    let dir = TempDir::new().unwrap();
    let good = write(&dir, "good.txt", REPORT.as_bytes());
    let out = dir.path().join("out.tsv");
    isnad()
        .arg("segment")
        .arg(&good)
        .args(["--format", "tsv", "--output"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 1 + report_rows().len());
}

/// A 5 MB single line keeps the test quick in debug builds; the release harness
/// (`cargo run --release --example bench_text`) also segments a 50 MB line.
#[test]
fn long_single_line() {
    long_line_case(5_000_000);
}

#[test]
#[ignore = "slow in debug builds; run with --release -- --ignored"]
fn fifty_megabyte_single_line() {
    long_line_case(50_000_000);
}

fn long_line_case(bytes: usize) {
    let dir = TempDir::new().unwrap();
    let sentence = "The convoy reached the ridge at 5 a.m. and stopped. ";
    let count = bytes / sentence.len();
    let file = write(&dir, "long.txt", sentence.repeat(count).as_bytes());
    let out = dir.path().join("out.tsv");
    isnad()
        .arg("segment")
        .arg(&file)
        .args(["--format", "tsv", "--output"])
        .arg(&out)
        .assert()
        .success();
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 1 + count);
    let last = written.lines().last().unwrap();
    let expected_column = (count - 1) * sentence.len() + 1;
    assert!(
        last.contains(&format!("\t1\t{expected_column}\t")),
        "{last}"
    );
}

#[test]
fn help_shows_an_example_and_version_works() {
    let help = isnad().args(["segment", "--help"]).output().unwrap();
    assert!(help.status.success());
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(
        help.contains("Examples:") && help.contains("isnad segment "),
        "{help}"
    );
    let version = isnad().arg("--version").output().unwrap();
    assert!(version.status.success());
    assert!(String::from_utf8(version.stdout)
        .unwrap()
        .starts_with(&format!("isnad {}", env!("CARGO_PKG_VERSION"))));
}

/// A sentence of a web page ending with a character reference ends after its `;`: offsets are
/// into the saved page.
#[test]
fn an_html_sentence_ending_with_a_reference_ends_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<html><body><p>The army advanced &amp; the rebels retreated &mdash;</p>\
                <p>Fighting continued&hellip;</p></body></html>\n";
    let file = dir.path().join("seg.html");
    std::fs::write(&file, page).unwrap();
    let out = isnad()
        .args(["segment", file.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let units: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let spans: Vec<(&str, &str)> = units
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            let (start, end) = (u["start"].as_u64().unwrap(), u["end"].as_u64().unwrap());
            (
                &page[start as usize..end as usize],
                u["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (
                "The army advanced &amp; the rebels retreated &mdash;",
                "The army advanced & the rebels retreated \u{2014}"
            ),
            ("Fighting continued&hellip;", "Fighting continued\u{2026}"),
        ]
    );
}

/// An RLM (or a bidi pop, an isolate's end, a zero-width space) after a period still ends the
/// sentence, and the offsets still slice the file: the control is in neither sentence.
#[test]
fn a_bidi_control_after_a_period_still_ends_the_sentence() {
    let dir = TempDir::new().unwrap();
    for control in ["\u{200F}", "\u{202C}", "\u{2069}", "\u{200B}"] {
        let text = format!(
            "قال المرصد إن ١٤ عنصراً قتلوا اليوم.{control} وأضاف أن الطريق قطع تماما.\n\
             \nTroops left the town.{control} Then it fell.\n"
        );
        let file = write(&dir, "b.ar.txt", text.as_bytes());
        let rows = csv_rows(&[file.to_str().unwrap()]);
        let texts: Vec<&str> = rows.iter().map(|r| &r[8]).collect();
        assert_eq!(
            texts,
            [
                "قال المرصد إن ١٤ عنصراً قتلوا اليوم.",
                "وأضاف أن الطريق قطع تماما.",
                "Troops left the town.",
                "Then it fell.",
            ],
            "{control:?}"
        );
        for r in &rows {
            let (start, end): (usize, usize) = (r[6].parse().unwrap(), r[7].parse().unwrap());
            assert_eq!(&text[start..end], &r[8]);
        }
    }
}
