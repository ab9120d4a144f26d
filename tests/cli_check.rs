//! `isnad check` from the outside: input errors (one stderr line naming the file, exit 2, nothing
//! written), `--output` never overwriting an input, exit codes under `--fail-on`, the CSV/JSONL
//! contracts, determinism, and colour only where asked for.

mod common;

use std::path::{Path, PathBuf};

use common::{isnad, s, sample_copy, write};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
const CSV_HEADER: &str = "quote_id,line,column,speaker,attributed_outlet,quote,status,score,confidence,source_file,source_outlet,source_sentences,arabic,flags,explanation,candidates,severity,source_lines,record";
/// Quotes in the sample's report (EXPECTED.md).
const SAMPLE_QUOTES: usize = 16;

/// Runs a command expected to fail on its input: exit 2, empty stdout, exactly one stderr line
/// that contains every one of `names`. Runs it again with `--output` and checks that no file
/// appears. Returns the stderr line.
fn input_error(args: &[String], names: &[&str]) -> String {
    let out = isnad().args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "args {args:?}; stderr {stderr}");
    assert!(out.stdout.is_empty(), "stdout not empty for {args:?}");
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "one stderr line: {stderr:?}");
    for name in names {
        assert!(stderr.contains(name), "{stderr:?} should name {name}");
    }
    let outdir = tempfile::tempdir().unwrap();
    let target = outdir.path().join("out.csv");
    let mut with_output = args.to_vec();
    with_output.extend([
        "--format".into(),
        "csv".into(),
        "--output".into(),
        s(&target),
    ]);
    let out = isnad().args(&with_output).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(!target.exists(), "{} was created", target.display());
    assert_eq!(
        std::fs::read_dir(outdir.path()).unwrap().count(),
        0,
        "no temporary file is left either"
    );
    stderr
}

fn args(xs: &[&str]) -> Vec<String> {
    std::iter::once("check")
        .chain(xs.iter().copied())
        .map(String::from)
        .collect()
}

const CLEAN_REPORT: &str = "Sahel TV said the army was advancing.\n\n\
\"This afternoon, army units took control of three strategic hills overlooking the road between Dorin and Salma,\" the channel reported.\n";

/// A report with one correct quote of the sample's TV source, and the TV source itself.
fn clean_project() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", CLEAN_REPORT);
    let tv = dir.path().join("tv.ar.txt");
    std::fs::copy(format!("{SAMPLE}/sahel-tv.ar.txt"), &tv).unwrap();
    (dir, report, tv)
}

#[test]
fn a_missing_source_file_is_named() {
    let (dir, report, _) = clean_project();
    let missing = dir.path().join("nowhere.ar.txt");
    input_error(
        &args(&[
            &s(&report),
            "--source",
            &format!("{}=Al-Sahel TV", s(&missing)),
        ]),
        &["nowhere.ar.txt"],
    );
}

#[test]
fn an_english_source_is_refused() {
    let (dir, report, _) = clean_project();
    let english = write(
        dir.path(),
        "english.ar.txt",
        "The army took three hills near Salma. The militants fled toward Idlib.\n",
    );
    let line = input_error(
        &args(&[
            &s(&report),
            "--source",
            &format!("{}=Al-Sahel TV", s(&english)),
        ]),
        &["english.ar.txt"],
    );
    assert!(line.contains("Arabic"), "{line}");
}

#[test]
fn an_arabic_report_is_refused() {
    let (_dir, _report, tv) = clean_project();
    input_error(
        &args(&[&s(&tv), "--source", &format!("{}=Al-Sahel TV", s(&tv))]),
        &["tv.ar.txt"],
    );
}

#[test]
fn an_html_report_is_read_and_a_page_without_text_is_named() {
    let (dir, report, tv) = clean_project();
    // Quote marks as character references, a tag inside the quote: the quote is its words.
    let html_report = write(
        dir.path(),
        "report.html",
        "<p>The channel said &ldquo;the army <em>took</em> the hills&rdquo;.</p>",
    );
    let out = isnad()
        .args([
            "check",
            &s(&html_report),
            "--format",
            "jsonl",
            "--fail-on",
            "never",
        ])
        .args(["--source", &format!("{}=Al-Sahel TV", s(&tv))])
        .output()
        .unwrap();
    let stdout = String::from_utf8(common::succeeded(out)).unwrap();
    assert!(
        stdout.contains("\"quote\":\"the army took the hills\""),
        "{stdout}"
    );
    // A page whose text its scripts would insert: nothing left once the markup is removed.
    let empty_page = write(
        dir.path(),
        "app.html",
        "<html><head><script>render()</script></head><body><div id=app></div></body></html>",
    );
    let line = input_error(
        &args(&[
            &s(&report),
            "--source",
            &format!("{}=Al-Sahel TV", s(&empty_page)),
        ]),
        &["app.html"],
    );
    assert!(
        line.contains("no text once the HTML markup is removed"),
        "{line}"
    );
}

/// Offsets are into the saved page: a quote whose marks are character references spans them
/// whole, and the review page shows the quote as the page reads, without the blanks the
/// references leave in the masked text or the tags inside it.
#[test]
fn an_html_report_quote_spans_its_references_and_shows_as_read() {
    let (dir, _report, tv) = clean_project();
    let page = "<p>The channel said &ldquo;the army <em>took</em> the hills&rdquo;.</p>\n";
    let html_report = write(dir.path(), "report.html", page);
    let run = |format: &str| {
        let out = isnad()
            .args(["check", &s(&html_report), "--format", format])
            .args(["--fail-on", "never"])
            .args(["--source", &format!("{}=Al-Sahel TV", s(&tv))])
            .output()
            .unwrap();
        String::from_utf8(common::succeeded(out)).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let q = &json["quotes"][0];
    let span = q["start"].as_u64().unwrap() as usize..q["end"].as_u64().unwrap() as usize;
    assert_eq!(
        &page[span],
        "&ldquo;the army <em>took</em> the hills&rdquo;"
    );
    let review = run("html");
    assert!(
        review.contains(">\u{201c}the army took the hills\u{201d}</a>."),
        "{review}"
    );
}

/// A browser shows `<q>` as quotation marks, so a quote written with it is a quote: the same
/// quote, status and credit as the report written with quotation marks, its span the element,
/// shown on the review page with its marks.
#[test]
fn a_q_element_of_an_html_report_is_a_quote() {
    let (dir, report, tv) = clean_project();
    let quote = "This afternoon, army units took control of three strategic hills overlooking \
                 the road between Dorin and Salma,";
    let element = format!("<q cite=\"https://sahel.example/1\">{quote}</q>");
    let page = format!(
        "<p>Sahel TV said the army was advancing.</p>\n<p>{element} the channel reported.</p>\n"
    );
    let html_report = write(dir.path(), "report.html", &page);
    let run = |report: &Path, format: &str| {
        let out = isnad()
            .args(["check", &s(report), "--format", format])
            .args(["--fail-on", "never"])
            .args(["--source", &format!("{}=Al-Sahel TV", s(&tv))])
            .output()
            .unwrap();
        String::from_utf8(common::succeeded(out)).unwrap()
    };
    let quotes = |report: &Path| -> Vec<serde_json::Value> {
        let json: serde_json::Value = serde_json::from_str(&run(report, "json")).unwrap();
        json["quotes"].as_array().unwrap().clone()
    };
    let (got, plain) = (quotes(&html_report), quotes(&report));
    assert_eq!(got.len(), 1, "{got:?}");
    let q = &got[0];
    for field in [
        "quote",
        "status",
        "score",
        "speaker",
        "attributed_outlet",
        "flags",
    ] {
        assert_eq!(q[field], plain[0][field], "{field}");
    }
    assert_eq!(q["quote"], quote.trim_end_matches(','));
    assert_eq!(q["status"], "matched");
    let span = q["start"].as_u64().unwrap() as usize..q["end"].as_u64().unwrap() as usize;
    assert_eq!(&page[span], element);
    let review = run(&html_report, "html");
    assert!(
        review.contains(&format!(
            ">\u{201c}{quote}\u{201d}</a> the channel reported."
        )),
        "{review}"
    );
}

#[test]
fn an_empty_report_is_named() {
    let (dir, _, tv) = clean_project();
    let empty = write(dir.path(), "empty.txt", "");
    input_error(
        &args(&[&s(&empty), "--source", &format!("{}=Al-Sahel TV", s(&tv))]),
        &["empty.txt"],
    );
}

#[test]
fn a_report_without_quotes_is_named() {
    let (dir, _, tv) = clean_project();
    let plain = write(
        dir.path(),
        "plain.txt",
        "The army advanced on Salma on Tuesday, the channel reported.\n",
    );
    let line = input_error(
        &args(&[&s(&plain), "--source", &format!("{}=Al-Sahel TV", s(&tv))]),
        &["plain.txt"],
    );
    assert!(line.contains("no quotes"), "{line}");
}

/// A project directory: the sample's files, with `toml` as its isnad.toml.
fn project_with(toml: &str) -> tempfile::TempDir {
    let dir = sample_copy();
    write(dir.path(), "isnad.toml", toml);
    dir
}

#[test]
fn malformed_project_files_name_the_file_and_line() {
    // Bad syntax on line 4.
    let dir = project_with(
        "report = \"report.en.md\"\n\n[[source]]\nfile = \"sahel-tv.ar.txt\n outlet = \"Al-Sahel TV\"\n",
    );
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml"]);
    assert!(line.contains("isnad.toml:4:"), "{line}");

    // An unknown key on line 2.
    let dir = project_with(
        "report = \"report.en.md\"\nfail_of = \"warning\"\n\n[[source]]\nfile = \"sahel-tv.ar.txt\"\noutlet = \"Al-Sahel TV\"\n",
    );
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml"]);
    assert!(line.contains("isnad.toml:2:"), "{line}");
    assert!(line.contains("fail_of"), "{line}");

    // An unknown key inside a source.
    let dir = project_with(
        "report = \"report.en.md\"\n\n[[source]]\nfile = \"sahel-tv.ar.txt\"\noutlet = \"Al-Sahel TV\"\nalias = [\"Sahel TV\"]\n",
    );
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml"]);
    assert!(line.contains("alias"), "{line}");

    // No report key.
    let dir = project_with("[[source]]\nfile = \"sahel-tv.ar.txt\"\noutlet = \"Al-Sahel TV\"\n");
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml"]);
    assert!(line.contains("report"), "{line}");

    // A kind that is not one of tv, site, agency, monitor, other.
    let dir = project_with(
        "report = \"report.en.md\"\n\n[[source]]\nfile = \"sahel-tv.ar.txt\"\noutlet = \"Al-Sahel TV\"\nkind = \"radio\"\n",
    );
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml"]);
    assert!(line.contains("isnad.toml:6:"), "{line}");

    // No source at all.
    let dir = project_with("report = \"report.en.md\"\n");
    input_error(&args(&[&s(dir.path())]), &["isnad.toml", "source"]);

    // A source file named in isnad.toml that does not exist.
    let dir = project_with(
        "report = \"report.en.md\"\n\n[[source]]\nfile = \"gone.ar.txt\"\noutlet = \"Al-Sahel TV\"\n",
    );
    input_error(&args(&[&s(dir.path())]), &["gone.ar.txt"]);
}

#[test]
fn a_directory_without_a_project_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("reports");
    std::fs::create_dir(&sub).unwrap();
    let line = input_error(&args(&[&s(&sub)]), &["reports"]);
    assert!(line.contains("isnad.toml"), "{line}");
}

#[test]
fn a_source_argument_without_an_outlet_is_a_usage_error() {
    let (_dir, report, tv) = clean_project();
    input_error(&args(&[&s(&report), "--source", &s(&tv)]), &["tv.ar.txt"]);
    input_error(
        &args(&[&s(&report), "--source", &format!("{}=", s(&tv))]),
        &["tv.ar.txt"],
    );
    // A report file and no source at all.
    input_error(&args(&[&s(&report)]), &["report.txt"]);
}

#[test]
fn the_output_never_overwrites_an_input() {
    let dir = sample_copy();
    for input in [
        "report.en.md",
        "sahel-tv.ar.txt",
        "levant-observatory.ar.txt",
    ] {
        let path = dir.path().join(input);
        let before = std::fs::read(&path).unwrap();
        let out = isnad()
            .args(["check", &s(dir.path()), "--format", "csv", "--output"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(input), "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{input} changed");
    }
    // Through another spelling of the same path, with --source flags.
    let (dir, report, tv) = clean_project();
    let sneaky = dir.path().join(".").join("tv.ar.txt");
    let before = std::fs::read(&tv).unwrap();
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--source",
            &format!("{}=Al-Sahel TV", s(&tv)),
            "--output",
            &s(&sneaky),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&tv).unwrap(), before);
}

#[test]
fn an_output_file_is_written_whole() {
    let dir = sample_copy();
    let target = dir.path().join("quotes.json");
    let out = isnad()
        .args(["check", &s(dir.path()), "--format", "json", "--output"])
        .arg(&target)
        .args(["--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "nothing on stdout with --output");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(v["quotes"].as_array().unwrap().len(), SAMPLE_QUOTES);
}

fn code(args: &[&str]) -> i32 {
    isnad().args(args).output().unwrap().status.code().unwrap()
}

#[test]
fn exit_codes_follow_fail_on() {
    // The sample has planted errors (a changed number, a misattribution, a quote with no source);
    // its isnad.toml says fail_on = "never", so that the README demo exits 0.
    assert_eq!(code(&["check", SAMPLE]), 0, "fail_on from isnad.toml");
    assert_eq!(code(&["check", SAMPLE, "--fail-on", "error"]), 1);
    assert_eq!(code(&["check", SAMPLE, "--fail-on", "warning"]), 1);
    assert_eq!(code(&["check", SAMPLE, "--fail-on", "info"]), 1);
    assert_eq!(code(&["check", SAMPLE, "--fail-on", "never"]), 0);

    // One correct quote: no error; --fail-on never is 0 whatever the flags.
    let (_dir, report, tv) = clean_project();
    let src = format!("{}=Al-Sahel TV,Sahel TV", s(&tv));
    let base = ["check", &s(&report), "--source", &src];
    let out = isnad()
        .args(base)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["status"], "matched");
    assert_eq!(v["quotes"][0]["attributed_outlet"], "Al-Sahel TV");
    assert_eq!(v["summary"]["errors"], 0);
    let worst_is_warning = v["summary"]["warnings"].as_u64().unwrap() > 0;
    let mut with = base.to_vec();
    with.extend(["--fail-on", "warning"]);
    assert_eq!(code(&with), i32::from(worst_is_warning));
    let mut with = base.to_vec();
    with.extend(["--fail-on", "never"]);
    assert_eq!(code(&with), 0);

    // The same report credited to an outlet whose source holds other words: no-source error.
    let other = write(
        tv.parent().unwrap(),
        "other.ar.txt",
        "قالت الوكالة إن الأسعار ارتفعت في الأسواق اليوم.\n",
    );
    let src = format!("{}=Al-Sahel TV,Sahel TV", s(&other));
    assert_eq!(code(&["check", &s(&report), "--source", &src]), 1);
    assert_eq!(
        code(&["check", &s(&report), "--source", &src, "--fail-on", "never"]),
        0
    );
}

#[test]
fn fail_on_in_the_project_file_is_used_and_the_flag_overrides_it() {
    let dir = sample_copy();
    let toml = std::fs::read_to_string(dir.path().join("isnad.toml")).unwrap();
    assert!(
        toml.contains("\nfail_on = \"never\"\n"),
        "the sample sets fail_on"
    );
    assert_eq!(code(&["check", &s(dir.path())]), 0);
    assert_eq!(code(&["check", &s(dir.path()), "--fail-on", "error"]), 1);
    // Without the key, the default (error) applies.
    write(
        dir.path(),
        "isnad.toml",
        &toml.replacen("\nfail_on = \"never\"\n", "\n", 1),
    );
    assert_eq!(code(&["check", &s(dir.path())]), 1);
}

fn stdout(args: &[&str]) -> Vec<u8> {
    let out = isnad().args(args).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn csv_has_the_contract_header_and_parses_back() {
    let bytes = stdout(&["check", SAMPLE, "--format", "csv"]);
    assert!(
        !bytes.starts_with(b"\xEF\xBB\xBF"),
        "no BOM without --excel"
    );
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header.join(","), CSV_HEADER);
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let (rows, findings): (Vec<_>, Vec<_>) = all.into_iter().partition(|r| &r[18] == "quote");
    assert_eq!(rows.len(), SAMPLE_QUOTES);
    // The sample's places spelled two ways (Latakia, Kafrdabla, Ghazaleh), after the quotes.
    assert_eq!(findings.len(), 3, "{findings:?}");
    assert!(findings
        .iter()
        .all(|f| &f[18] == "finding" && &f[13] == "variant-spelling" && &f[16] == "warning"));
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), 19);
        assert_eq!(&row[0], format!("q{}", i + 1));
        assert!(
            matches!(&row[6], "matched" | "weak" | "unmatched"),
            "{row:?}"
        );
        let score: f64 = row[7].parse().unwrap();
        let confidence: f64 = row[8].parse().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "{row:?}");
        assert!(score >= 0.0, "{row:?}");
        if &row[6] == "unmatched" {
            assert!(row[9].is_empty() && row[12].is_empty(), "{row:?}");
        } else {
            assert!(row[9].ends_with(".ar.txt"), "{row:?}");
            assert!(!row[12].is_empty(), "{row:?}");
        }
    }
    // q14 is the planted misattribution; q1 the changed number (EXPECTED.md).
    assert!(rows[13][13].contains("misattributed"), "{:?}", rows[13]);
    assert!(rows[0][13].contains("number-mismatch"), "{:?}", rows[0]);
    assert!(rows[0][14].contains("number-mismatch: "), "{:?}", rows[0]);
}

#[test]
fn excel_csv_starts_with_a_bom() {
    let bytes = stdout(&["check", SAMPLE, "--format", "csv", "--excel"]);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let plain = stdout(&["check", SAMPLE, "--format", "csv"]);
    assert_eq!(
        &bytes[3..],
        plain.as_slice(),
        "the BOM is the only difference"
    );
}

#[test]
fn jsonl_has_one_object_per_quote() {
    let bytes = stdout(&["check", SAMPLE, "--format", "jsonl"]);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.lines().collect();
    let quote_lines = lines
        .iter()
        .filter(|l| l.starts_with("{\"record\":\"quote\""))
        .count();
    assert_eq!(quote_lines, SAMPLE_QUOTES);
    assert_eq!(
        lines.len(),
        SAMPLE_QUOTES + 3,
        "the quotes, then 3 findings"
    );
    for (i, line) in lines.iter().take(SAMPLE_QUOTES).enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.is_object());
        assert_eq!(v["record"], "quote");
        assert_eq!(v["quote_id"], format!("q{}", i + 1));
        for field in [
            "line",
            "column",
            "locations",
            "start",
            "end",
            "kind",
            "speaker",
            "attributed_outlet",
            "attribution_cue",
            "quote",
            "status",
            "score",
            "confidence",
            "source_file",
            "source_outlet",
            "source_sentences",
            "source_lines",
            "source_spans",
            "arabic",
            "runner_up",
            "flags",
            "matched_words",
        ] {
            assert!(v.get(field).is_some(), "q{}: no {field}", i + 1);
        }
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    for format in ["table", "csv", "json", "jsonl"] {
        let a = stdout(&["check", SAMPLE, "--format", format]);
        let b = stdout(&["check", SAMPLE, "--format", format]);
        assert!(!a.is_empty());
        assert!(a == b, "{format} differs between two runs");
    }
}

fn has_ansi(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w == b"\x1b[")
}

#[test]
fn colour_only_when_asked_for() {
    // Not a terminal (assert_cmd pipes stdout): no colour by default.
    assert!(!has_ansi(&stdout(&["check", SAMPLE])));
    let out = isnad()
        .env("NO_COLOR", "1")
        .args(["check", SAMPLE, "--color", "auto"])
        .output()
        .unwrap();
    assert!(!has_ansi(&out.stdout));
    assert!(!has_ansi(&stdout(&["check", SAMPLE, "--color", "never"])));
    assert!(has_ansi(&stdout(&["check", SAMPLE, "--color", "always"])));
    // Machine formats never carry colour.
    for format in ["csv", "json", "jsonl"] {
        assert!(!has_ansi(&stdout(&[
            "check", SAMPLE, "--format", format, "--color", "always"
        ])));
    }
    // Into a file: no colour unless asked for.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.txt");
    isnad()
        .args(["check", SAMPLE, "--output", &s(&target)])
        .output()
        .unwrap();
    assert!(!has_ansi(&std::fs::read(&target).unwrap()));
}

/// Regression: `quotes::attribution::outlet_mentions` used to lower-case the whole report and drop
/// every outlet mention when that changed the byte length, so one `İ` anywhere unattributed all
/// quotes (and hid the sample's planted misattribution).
#[test]
fn attribution_survives_a_dotted_capital_i() {
    let dir = sample_copy();
    let report = dir.path().join("report.en.md");
    let mut text = std::fs::read_to_string(&report).unwrap();
    text.push_str("\nReporters in İstanbul followed the battle.\n");
    std::fs::write(&report, text).unwrap();
    let bytes = stdout(&["check", &s(dir.path()), "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[18] == "quote")
        .collect();
    assert!(
        rows.iter().all(|r| !r[4].is_empty()),
        "every quote keeps its outlet"
    );
    assert!(rows[13][13].contains("misattributed"));
}

#[test]
fn matching_thresholds_come_from_the_project_file() {
    let sample = std::fs::read_to_string(Path::new(SAMPLE).join("isnad.toml")).unwrap();
    let statuses = |toml: &str| -> Vec<String> {
        let dir = project_with(toml);
        let out = common::stdout_of_success(["check", &s(dir.path()), "--format", "json"]);
        let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
        doc["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["status"].as_str().unwrap().to_string())
            .collect()
    };
    let shipped = statuses(&sample);
    assert!(shipped.iter().any(|s| s == "matched"));
    // No score reaches 1 without the margin, and every found window passes a weak threshold of
    // 0: every quote that was matched becomes weak.
    let strict = statuses(&format!(
        "{sample}\n[matching]\nmatched = 1.0\nmatched_sentence = 1.0\nweak = 0\nweak_sentence = 0\nmargin_weight = 0\n"
    ));
    assert_eq!(strict.len(), shipped.len());
    assert!(strict.iter().all(|s| s != "matched"), "{strict:?}");
    for (was, now) in shipped.iter().zip(&strict) {
        if was == "matched" {
            assert_eq!(now, "weak");
        }
    }
    // A threshold out of range names its own line.
    let dir = project_with(&format!("{sample}\n[matching]\nweak = 2\n"));
    let line = input_error(&args(&[&s(dir.path())]), &["isnad.toml", "weak"]);
    let key_line = sample.lines().count() + 3;
    assert!(line.contains(&format!("isnad.toml:{key_line}:")), "{line}");
}

#[test]
fn the_parts_of_a_stitched_quote_are_traced_each_to_its_own_place() {
    // Two sentences four lines apart in the channel's report, joined by an ellipsis.
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes … \
         groups of militants began fleeing toward Idlib after their first positions fell\".\n",
    );
    let source = format!("{SAMPLE}/sahel-tv.ar.txt=Al-Sahel TV");
    let v = check_json(&report, &source);
    let parts = v["quotes"][0]["parts"].as_array().unwrap();
    let lines: Vec<&serde_json::Value> = parts.iter().map(|p| &p["source_lines"]).collect();
    assert_eq!(
        lines,
        [&serde_json::json!([3]), &serde_json::json!([7])],
        "{parts:?}"
    );
    assert!(parts[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("the army began"));
    let table = stdout(&["check", &s(&report), "--source", &source]);
    let table = String::from_utf8(table).unwrap();
    assert!(
        table.contains("part 1       Al-Sahel TV: sahel-tv.ar.txt, line 3"),
        "{table}"
    );
    assert!(
        table.contains("part 2       Al-Sahel TV: sahel-tv.ar.txt, line 7"),
        "{table}"
    );
    assert!(
        table.contains("بالفرار نحو إدلب"),
        "part 2's Arabic is shown: {table}"
    );
    assert!(parts[1]["arabic"]
        .as_str()
        .unwrap()
        .contains("بالفرار نحو إدلب"));
    // A quote in one piece has no parts.
    let whole = stdout(&["check", SAMPLE, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    assert!(v["quotes"][0].get("parts").is_none());
}

#[test]
fn every_part_of_a_quote_cut_by_ellipses_is_in_its_source_lines_in_every_format() {
    // Three parts, three sentences of one source; the best window of the whole holds two.
    let dir = tempfile::tempdir().unwrap();
    let source = write(
        dir.path(),
        "s.ar.txt",
        "وقال المرصد إن ثلاثة ملايين شخص يحتاجون إلى المساعدات الإنسانية.\n\n\
         وقال المرصد إن عشرين مقاتلا قتلوا في المعارك قرب الحدود.\n\n\
         وقال المرصد إن أحد عشر طفلا أصيبوا في القصف على المدرسة.\n\n\
         وقال المرصد إن ألفين وخمسمئة عائلة نزحت من القرية.\n\n\
         وقال المرصد إن الجيش قصف المدينة بـ٣٠ صاروخا.\n",
    );
    let report = write(
        dir.path(),
        "e.en.md",
        "The Observatory said \"3 million people need humanitarian aid … 20 fighters were killed \
         in the fighting near the border ... 12 children were injured in the shelling of the \
         school\".\n",
    );
    let source = format!("{}=Observatory", s(&source));
    let run = |format: &str| {
        String::from_utf8(stdout(&[
            "check",
            &s(&report),
            "--source",
            &source,
            "--format",
            format,
        ]))
        .unwrap()
    };
    let v: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let q = &v["quotes"][0];
    let part_lines: Vec<&serde_json::Value> = q["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["source_lines"])
        .collect();
    assert_eq!(
        part_lines,
        [
            &serde_json::json!([1]),
            &serde_json::json!([3]),
            &serde_json::json!([5])
        ],
        "{q}"
    );
    assert_eq!(q["source_lines"], serde_json::json!([1, 3, 5]), "{q}");
    assert_eq!(q["source_sentences"], serde_json::json!([0, 1, 2]));
    assert_eq!(q["source_spans"].as_array().unwrap().len(), 3);
    let arabic = q["arabic"].as_str().unwrap();
    for part in q["parts"].as_array().unwrap() {
        assert!(
            arabic.contains(part["arabic"].as_str().unwrap()),
            "{arabic}"
        );
    }
    // The flags are those of the places the parts were always looked for in: "12" for أحد عشر,
    // one error (the source's number it replaced is not also "missing from the quote").
    assert_eq!(flag_kinds(q), ["number-mismatch"]);

    let csv_text = run("csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[11], "0;1;2", "source_sentences: {csv_text}");
    assert_eq!(&row[12], arabic, "arabic");
    assert_eq!(&row[17], "1;3;5", "source_lines: {csv_text}");

    let table = run("table");
    assert!(
        table.contains("found in     Observatory: s.ar.txt, line 1, 3, 5"),
        "{table}"
    );
    let page = run("html");
    assert!(
        page.contains("· sentence 0, 1, 2"),
        "the note names all three"
    );
    for n in 0..3 {
        assert!(
            page.contains(&format!("id=\"src-0-{n}\" data-quotes=\"q1\"")),
            "sentence {n} is highlighted"
        );
    }
}

#[test]
fn parts_far_apart_are_joined_by_an_ellipsis_and_another_sources_part_stays_in_parts() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes … \
         groups of militants began fleeing toward Idlib after their first positions fell\".\n",
    );
    let q = &check_json(&report, &format!("{SAMPLE}/sahel-tv.ar.txt=Al-Sahel TV"))["quotes"][0];
    let lines = q["source_lines"].as_array().unwrap();
    assert!(
        lines.contains(&serde_json::json!(3)) && lines.contains(&serde_json::json!(7)),
        "{q}"
    );
    assert!(q["arabic"].as_str().unwrap().contains(" … "), "{q}");
    // A part found in the other outlet's file is not among the lines of this one.
    let v = check_against_tv_and_monitor(STITCHED);
    let q = &v["quotes"][0];
    assert_eq!(q["source_outlet"], "Al-Sahel TV", "{q}");
    assert_eq!(q["parts"][1]["source_outlet"], "Levant Observatory");
    assert_eq!(q["source_lines"], q["parts"][0]["source_lines"], "{q}");
}

#[test]
fn a_source_is_read_from_standard_input_once() {
    let (dir, report, tv) = clean_project();
    let tv_text = std::fs::read_to_string(&tv).unwrap();
    // `-=Outlet`: the source from standard input, the report from its file. It used to be
    // refused by the argument parser ("unexpected argument '-='").
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--source",
            "-=Al-Sahel TV",
            "--format",
            "json",
        ])
        .write_stdin(tv_text.clone())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sources"][0]["file"], "<stdin>");
    assert_eq!(v["quotes"][0]["status"], "matched", "{v}");
    assert_eq!(v["quotes"][0]["source_file"], "<stdin>");
    // The same as from the file.
    let from_file = check_json(&report, &format!("{}=Al-Sahel TV", s(&tv)));
    assert_eq!(v["quotes"][0]["arabic"], from_file["quotes"][0]["arabic"]);

    // Standard input is read once: `-` as the report and as a source, as two sources, or as a
    // source and a table, is a usage error naming them.
    let other = format!("{}=Other", s(&tv));
    for (args, roles) in [
        (
            args(&["-", "--source", "-=Al-Sahel TV"]),
            "given as the report and as --source",
        ),
        (
            args(&[&s(&report), "--source", "-=A", "--source", "-=B"]),
            "given twice as --source",
        ),
        (
            args(&[
                &s(&report),
                "--source",
                &other,
                "--house-style",
                "-",
                "--lexicon",
                "-",
            ]),
            "given as --house-style and as --lexicon",
        ),
    ] {
        let line = input_error(&args, &["standard input can be read only once", roles]);
        assert!(line.starts_with("isnad: `-` (standard input)"), "{line}");
    }
    // `-` alone, or another word starting with `-`, is no source.
    let out = isnad()
        .args(["check", &s(&report), "--source", "-x=Y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("./-name"));
    drop(dir);
}

#[test]
fn a_credited_near_tie_shows_the_higher_window_it_passed_over() {
    // The same statement carried by two outlets; the second's copy fits the quote a little
    // better, but the report credits the first.
    let dir = tempfile::tempdir().unwrap();
    let tv = write(
        dir.path(),
        "tv.ar.txt",
        "قال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى. وبثت القناة صوراً للدخان فوق القرية.\n",
    );
    let site = write(
        dir.path(),
        "site.ar.txt",
        "قال القناة إن الجيش سيطر على ثلاث تلال قرب سلمى. وأعلنت وزارة الصحة افتتاح مستشفى جديد.\n",
    );
    let report = write(
        dir.path(),
        "report.md",
        "Coast TV said \"the army took control of three hills near Salma\".\n",
    );
    let args = |format: &str| {
        vec![
            "check".to_string(),
            s(&report),
            "--source".to_string(),
            format!("{}=Coast TV", s(&tv)),
            "--source".to_string(),
            format!("{}=Other Site", s(&site)),
            "--format".to_string(),
            format.to_string(),
        ]
    };
    let run = |format: &str| {
        let a = args(format);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        String::from_utf8(stdout(&refs)).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let q = &json["quotes"][0];
    assert_eq!(q["source_outlet"], "Coast TV", "{q}");
    assert_eq!(q["runner_up"]["source_outlet"], "Other Site");
    assert!(q["runner_up"]["score"].as_f64() > q["score"].as_f64());
    assert!(!q["flags"].to_string().contains("misattributed"));
    let table = run("table");
    // The window passed over is the second candidate.
    assert!(table.contains("candidates   1. Coast TV"), "{table}");
    assert!(
        table.contains("2. Other Site: site.ar.txt, line 1"),
        "{table}"
    );
}

/// `isnad check REPORT --source SOURCE --format json`, parsed.
fn check_json(report: &Path, source: &str) -> serde_json::Value {
    let json = stdout(&["check", &s(report), "--source", source, "--format", "json"]);
    serde_json::from_slice(&json).unwrap()
}

/// `isnad check` of a one-line report against the sample's channel and monitor, in `format`.
fn check_against_tv_and_monitor_as(report_line: &str, format: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", report_line);
    stdout(&[
        "check",
        &s(&report),
        "--source",
        &format!("{SAMPLE}/sahel-tv.ar.txt=Al-Sahel TV"),
        "--source",
        &format!("{SAMPLE}/levant-observatory.ar.txt=Levant Observatory"),
        "--format",
        format,
    ])
}

fn check_against_tv_and_monitor(report_line: &str) -> serde_json::Value {
    serde_json::from_slice(&check_against_tv_and_monitor_as(report_line, "json")).unwrap()
}

fn flag_kinds(q: &serde_json::Value) -> Vec<String> {
    q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect()
}

const STITCHED: &str = "Al-Sahel TV said \"army units destroyed a number of militant \
     headquarters on the outskirts of Kafrdabla and cut the supply road linking Salma to the Jisr \
     al-Shughur countryside … the death toll is still likely to rise because of the presence of \
     wounded\".\n";

#[test]
fn a_part_stitched_from_another_outlet_is_a_misattribution() {
    let v = check_against_tv_and_monitor(STITCHED);
    let q = &v["quotes"][0];
    assert_eq!(q["source_outlet"], "Al-Sahel TV", "{q}");
    assert_eq!(q["parts"][1]["source_outlet"], "Levant Observatory");
    let misattributed: Vec<&serde_json::Value> = q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "misattributed")
        .collect();
    assert_eq!(misattributed.len(), 1, "{q}");
    assert!(misattributed[0]["explanation"]
        .as_str()
        .unwrap()
        .contains("part 2"));
    let page = String::from_utf8(check_against_tv_and_monitor_as(STITCHED, "html")).unwrap();
    assert!(
        page.contains("part 2 → Levant Observatory · levant-observatory.ar.txt"),
        "the review page lists where each part is"
    );
    // The quote links to, and the sources column highlights, the part's sentence in the
    // monitor's file (source 1) as well as the whole's in the channel's (source 0).
    let part_sentence = q["parts"][1]["source_sentences"][0].as_u64().unwrap();
    let part_id = format!("src-1-{part_sentence}");
    let link = page
        .split("data-source=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(
        link.split(' ').any(|id| id.starts_with("src-0-"))
            && link.split(' ').any(|id| id == part_id),
        "{link}"
    );
    let highlighted = format!("id=\"{part_id}\" data-quotes=\"q1\"");
    assert!(page.contains(&highlighted), "no {highlighted}");
}

#[test]
fn a_stitched_quote_finds_its_numbers_and_names_in_every_place_it_comes_from() {
    // "three axes" and Salma are in the channel's sentence, the rest in the monitor's.
    let v = check_against_tv_and_monitor(
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes … the \
         military operations caused hundreds of families to flee from the villages of Jabal \
         al-Akrad toward camps near the Turkish border\".\n",
    );
    let kinds = flag_kinds(&v["quotes"][0]);
    assert!(
        !kinds
            .iter()
            .any(|k| k == "number-mismatch" || k == "name-missing"),
        "{kinds:?}"
    );
}

#[test]
fn a_source_without_sentence_marks_is_matched_and_shown_piece_by_piece() {
    // A transcript-like source: one paragraph of several hundred words and no full stop.
    let dir = tempfile::tempdir().unwrap();
    let filler = "وتحدث السكان عن الطقس والأسواق والمدارس في المنطقة ".repeat(40);
    let source = write(
        dir.path(),
        "transcript.ar.txt",
        &format!("{filler}وقال القائد إن الجيش بدأ هجوما على بلدة سلمى من ثلاثة محاور {filler}\n"),
    );
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes\".\n",
    );
    let v = check_json(&report, &format!("{}=Al-Sahel TV", s(&source)));
    let q = &v["quotes"][0];
    // Found and shown; since stop 32 the confidence does not vouch for a window whose pieces
    // the quote explains so little of (0.58 here), so it may be `weak` rather than `matched`.
    assert!(
        matches!(q["status"].as_str(), Some("matched" | "weak")),
        "{q}"
    );
    let arabic = q["arabic"].as_str().unwrap();
    assert!(arabic.contains("ثلاثة محاور"), "{arabic}");
    // The window holds at most three pieces, not the whole 650-word paragraph.
    assert!(arabic.split_whitespace().count() <= 3 * 120, "{arabic}");
}

/// A news page as a browser saves it: head, scripts (one holding the article's text again, as
/// JSON-LD does), a menu, the article with references, and a footer, mostly on one line.
const SAVED_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
<title>قناة الساحل | الجيش يبدأ هجوما</title><script type=\"application/ld+json\">{\"articleBody\": \
\"قال القائد إن الجيش بدأ هجوما على بلدة سلمى من ثلاثة محاور.\"}</script><style>p{margin:0}</style>\
</head><body><nav><a href=\"/\">الرئيسية</a> | <a href=\"/news\">أخبار</a></nav><article>\
<h1>الجيش يبدأ هجوما على سلمى</h1>\n<p>قال القائد إن الجيش بدأ هجوما على بلدة سلمى من ثلاثة\n\
محاور.</p><p>وأضاف أن المسلحين فروا نحو إدلب بعد سقوط مواقعهم&nbsp;الأولى.</p></article>\
<footer>&copy; 2026 قناة الساحل</footer><script>var a = 1 < 2;</script></body></html>\n";

#[test]
fn a_saved_web_page_is_a_source_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "sahel-page.html", SAVED_PAGE);
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes\".\n\n\
         It added that \"the militants fled toward Idlib after their first positions fell\".\n",
    );
    let source = format!("{}=Al-Sahel TV", s(&page));
    let v = check_json(&report, &source);
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2);
    for q in quotes {
        assert_eq!(q["status"], "matched", "{q}");
        let arabic = q["arabic"].as_str().unwrap();
        assert!(
            !arabic.contains(['<', '>', '&', '{', '"']),
            "markup in the Arabic shown: {arabic}"
        );
    }
    // The article's sentence, not its copy in the JSON-LD script; the line is the page's, and
    // the sentence wrapped over two lines of the page is one sentence.
    assert_eq!(
        quotes[0]["source_lines"],
        serde_json::json!([3]),
        "{}",
        quotes[0]
    );
    assert!(quotes[0]["arabic"]
        .as_str()
        .unwrap()
        .ends_with("من ثلاثة محاور."));
    assert!(quotes[1]["arabic"]
        .as_str()
        .unwrap()
        .contains("مواقعهم الأولى"));
    // The review page shows the page's prose, not its markup.
    let page_html = String::from_utf8(stdout(&[
        "check",
        &s(&report),
        "--source",
        &source,
        "--format",
        "html",
    ]))
    .unwrap();
    assert!(!page_html.contains("articleBody") && !page_html.contains("&amp;nbsp;"));
    assert!(page_html.contains("id=\"src-0-1\" data-quotes=\"q1\""));
}

#[test]
fn a_saved_page_in_windows_1256_is_read_through_its_declared_charset() {
    let dir = tempfile::tempdir().unwrap();
    let page_text = SAVED_PAGE.replace(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"windows-1256\">",
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&page_text);
    assert!(!unmappable);
    let page = dir.path().join("sahel-page.html");
    std::fs::write(&page, &bytes).unwrap();
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said \"the army began an attack on the town of Salma from three axes\".\n",
    );
    let v = check_json(&report, &format!("{}=Al-Sahel TV", s(&page)));
    assert_eq!(v["sources"][0]["encoding"], "windows-1256");
    let q = &v["quotes"][0];
    assert_eq!(q["status"], "matched", "{q}");
    assert!(
        q["arabic"].as_str().unwrap().ends_with("من ثلاثة محاور."),
        "{q}"
    );
    assert_eq!(q["source_lines"], serde_json::json!([3]), "{q}");
}

#[test]
fn a_usage_error_is_one_line_and_a_hint() {
    for (args, says, help) in [
        (vec!["check"], "<TARGET>", "isnad check --help"),
        (
            vec!["check", "x", "--format", "nope"],
            "possible values: table, csv",
            "isnad check --help",
        ),
        (vec!["chek"], "unrecognized subcommand", "isnad --help"),
    ] {
        let out = isnad().args(&args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{stderr}");
        assert!(
            lines[0].starts_with("isnad: ") && lines[0].contains(says),
            "{stderr}"
        );
        assert!(lines[1].contains(help), "{stderr}");
    }
}

/// One statement carried by two outlets, quoted without naming either: both places are put in
/// front of the user, in every format.
#[test]
fn a_statement_two_outlets_carry_lists_both_as_candidates() {
    let dir = tempfile::TempDir::new().unwrap();
    let a = common::write(
        dir.path(),
        "a.ar.txt",
        "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي.\nرفع البنك المركزي أسعار الفائدة.\n",
    );
    let b = common::write(
        dir.path(),
        "b.ar.txt",
        "وقالت مصادر محلية إن الطائرات الروسية قصفت قرية سلمى في ريف اللاذقية الشمالي.\nافتتحت وزارة الصحة مستشفى جديدا.\n",
    );
    let report = common::write(
        dir.path(),
        "r.en.md",
        "Residents said \"Russian warplanes bombed the village of Salma in the northern Latakia countryside\".\n",
    );
    let run = |format: &str| {
        String::from_utf8(common::stdout_of_success([
            "check",
            &common::s(&report),
            "--source",
            &format!("{}=Alpha", common::s(&a)),
            "--source",
            &format!("{}=Beta", common::s(&b)),
            "--format",
            format,
        ]))
        .unwrap()
    };
    let table = run("table");
    assert!(table.contains("candidates   1. Alpha"), "{table}");
    assert!(table.contains("2. Beta"), "{table}");
    let csv_text = run("csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "candidates").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    let cell = &row[column];
    assert!(
        cell.contains("a.ar.txt:1 (") && cell.contains(" | ") && cell.contains("b.ar.txt:1 ("),
        "{cell}"
    );
    // Each place with its outlet and its sentence, so the desk picks in the spreadsheet.
    let places: Vec<&str> = cell.split(" | ").collect();
    assert!(
        places[0].contains(") Alpha: قصفت الطائرات الروسية قرية سلمى"),
        "{cell}"
    );
    assert!(
        places[1].contains(") Beta: وقالت مصادر محلية إن الطائرات الروسية"),
        "{cell}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let candidates = json["quotes"][0]["candidates"]
        .as_array()
        .expect("an array");
    assert_eq!(candidates.len(), 2, "{json}");
    assert_eq!(candidates[1]["source_outlet"], "Beta");
    assert_eq!(candidates[1]["source_lines"][0], 1);
    let html = run("html");
    assert!(
        html.contains("candidate → Beta"),
        "html lists the candidates"
    );
}

/// A quote the thresholds would match but whose confidence is below the project's floor is
/// `weak`, says so, and its wrong number is a warning, not an accusation.
#[test]
fn a_match_below_the_confidence_floor_is_weak_and_accuses_no_one() {
    let dir = tempfile::TempDir::new().unwrap();
    write(
        dir.path(),
        "monitor.ar.txt",
        "وثق المرصد مقتل ١٤ عنصرا من قوات الحكومة منذ فجر اليوم.\nرفع البنك المركزي أسعار الفائدة.\n",
    );
    write(
        dir.path(),
        "report.en.md",
        "The Observatory said it \"documented the deaths of 41 government troops since dawn today\".\n",
    );
    let toml = "report = \"report.en.md\"\nfail_on = \"never\"\n\n[[source]]\nfile = \"monitor.ar.txt\"\noutlet = \"The Observatory\"\n";
    write(dir.path(), "isnad.toml", toml);
    let run = || {
        let out = common::stdout_of_success(["check", &s(dir.path()), "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        json["quotes"][0].clone()
    };
    let q = run();
    assert_eq!(q["status"], "matched", "{q}");
    let number = |q: &serde_json::Value| {
        q["flags"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["kind"] == "number-mismatch")
            .cloned()
            .expect("the wrong number is flagged")
    };
    assert_eq!(number(&q)["severity"], "error");
    // The same run with a floor above this quote's confidence.
    write(
        dir.path(),
        "isnad.toml",
        &format!("{toml}\n[matching]\nmin_confidence = 1.0\n"),
    );
    let q = run();
    assert_eq!(q["status"], "weak", "{q}");
    assert_eq!(number(&q)["severity"], "warning");
    let weak = q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "weak-match")
        .cloned()
        .unwrap();
    assert!(
        weak["explanation"].as_str().unwrap().contains("confidence"),
        "{weak}"
    );
}

/// Invented Arabic words with an invented English rendering each: no lexicon knows them.
const INVENTED_WORDS: [(&str, &str); 5] = [
    ("زرفون", "zebrine"),
    ("قلمسة", "lampion"),
    ("طنبير", "drumlet"),
    ("شمروخ", "quillet"),
    ("بلنكوش", "vantrel"),
];

/// A source in words no lexicon has: the user's translation memory teaches them, and the
/// learned table is cached beside the memory for the next run.
#[test]
fn a_translation_memory_teaches_words_the_lexicon_lacks() {
    let dir = tempfile::TempDir::new().unwrap();
    // Invented words, each always rendered the same way.
    let words = INVENTED_WORDS;
    // "point" goes with نقطة, and with other words now and then: it learns weights below 1.
    let mut memory = String::new();
    for i in 0..15 {
        let (a1, e1) = words[i % 5];
        let (a2, e2) = words[(i + 2) % 5];
        let point_ar = if i % 3 == 0 { " نقطة" } else { "" };
        let point_en = if i % 2 == 0 { " point" } else { "" };
        memory.push_str(&format!("{a1} {a2}{point_ar}\t{e1} {e2}{point_en}\n"));
    }
    let memory = write(dir.path(), "ours.tsv", &memory);
    write(
        dir.path(),
        "src.ar.txt",
        "زرفون طنبير شمروخ بلنكوش قلمسة.\nرفع البنك المركزي أسعار الفائدة.\n",
    );
    write(
        dir.path(),
        "report.en.md",
        "The monitor said \"zebrine drumlet quillet vantrel lampion point\".\n",
    );
    let args = |with_memory: bool| {
        let mut a = vec![
            "check".to_string(),
            s(&dir.path().join("report.en.md")),
            "--source".to_string(),
            format!("{}=The monitor", s(&dir.path().join("src.ar.txt"))),
            "--format".to_string(),
            "json".to_string(),
            "--fail-on".to_string(),
            "never".to_string(),
        ];
        if with_memory {
            a.extend(["--memory".to_string(), s(&memory)]);
        }
        a
    };
    let status_of = |out: &[u8]| {
        let json: serde_json::Value = serde_json::from_slice(out).unwrap();
        json["quotes"][0]["status"].as_str().unwrap().to_string()
    };
    let status = |with_memory: bool| status_of(&common::stdout_of_success(args(with_memory)));
    assert_eq!(status(false), "unmatched");
    let learned = common::stdout_of_success(args(true));
    assert_eq!(status_of(&learned), "matched");
    let cached: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ours.tsv.isnad-lexicon-"))
        .collect();
    assert_eq!(cached.len(), 1, "{cached:?}");
    // The second run reads the cache, with the same bytes out: the learned table is the
    // cache's, rounded as written, in both runs.
    let from_cache = common::stdout_of_success(args(true));
    assert_eq!(
        String::from_utf8_lossy(&from_cache),
        String::from_utf8_lossy(&learned)
    );
    // A memory with a bad row is an input error naming its line.
    let bad = write(dir.path(), "bad.tsv", "زرفون\tzebrine\nonly one field\n");
    let out = isnad()
        .args(args(false))
        .args(["--memory", &s(&bad)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tsv") && err.contains('2'), "{err}");
}

/// A memory of invented words for the report of `invented_report`.
fn invented_memory(dir: &Path) -> PathBuf {
    let pairs = [
        ("زرفون طنبير", "zebrine drumlet"),
        ("قلمسة شمروخ", "lampion quillet"),
    ];
    let memory: String = pairs.iter().map(|(a, e)| format!("{a}\t{e}\n")).collect();
    write(dir, "ours.tsv", &memory)
}

/// The caches of `dir/ours.tsv`.
fn memory_caches(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| s(p).contains("ours.tsv.isnad-lexicon-"))
        .collect()
}

/// `isnad check` on a copy of the sample with `--memory` and `extra` arguments.
fn check_with_memory(project: &Path, memory: &Path, extra: &[&str]) -> std::process::Output {
    isnad()
        .args([
            "check",
            &s(project),
            "--memory",
            &s(memory),
            "--fail-on",
            "never",
        ])
        .args(extra)
        .output()
        .unwrap()
}

/// The cache of a memory is written only by a run that succeeds, and no output may replace it.
#[test]
fn a_memory_cache_is_written_only_by_a_run_that_succeeds() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = invented_memory(dir.path());
    // A report without quotes, an output over an input: exit 2, and no cache.
    let empty = write(dir.path(), "empty.md", "No quotes here.\n");
    let source = format!("{}=Al-Sahel TV", s(&project.path().join("sahel-tv.ar.txt")));
    let out = isnad()
        .args([
            "check",
            &s(&empty),
            "--source",
            &source,
            "--memory",
            &s(&memory),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = s(&project.path().join("report.en.md"));
    let out = check_with_memory(project.path(), &memory, &["-o", &report]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(memory_caches(dir.path()), Vec::<PathBuf>::new());
    // A run that succeeds caches what it learned.
    let written = dir.path().join("out.txt");
    let out = check_with_memory(project.path(), &memory, &["-o", &s(&written)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let caches = memory_caches(dir.path());
    assert_eq!(caches.len(), 1);
    // The cache is the run's too: --output may not replace it.
    let cached = std::fs::read(&caches[0]).unwrap();
    let out = check_with_memory(project.path(), &memory, &["-o", &s(&caches[0])]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&caches[0]).unwrap(), cached);
    std::fs::remove_file(&caches[0]).unwrap();
    let out = check_with_memory(project.path(), &memory, &["-o", &s(&caches[0])]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!caches[0].exists());
}

/// A memory of `n` templated news lines, each with its own number and one of four cities;
/// `slip` pairs each Arabic line with the next one's English.
fn templated_memory(dir: &Path, n: usize, slip: usize) -> PathBuf {
    let cities = [
        ("دمشق", "Damascus"),
        ("حلب", "Aleppo"),
        ("حمص", "Homs"),
        ("بغداد", "Baghdad"),
    ];
    let line = |i: usize| {
        let (ar, en) = cities[i % cities.len()];
        let n = 100 + 7 * i;
        (
            format!("قتل {n} شخصا في قصف على مدينة {ar}"),
            format!("{n} people were killed in shelling on the city of {en}"),
        )
    };
    let memory: String = (0..n)
        .map(|i| format!("{}\t{}\n", line(i).0, line(i + slip).1))
        .collect();
    write(dir, "ours.tsv", &memory)
}

/// A memory large enough to check itself (400 pairs), whose lines differ only by their number
/// and city: quoted against each other, sentences that have no source are matched to a
/// sentence of the same pattern, so the memory asks for a higher floor. The run says so,
/// reports the floor in JSON, and quotes the sample matched below it are left to check by hand;
/// a second run reads the floor from the cache.
#[test]
fn a_memory_that_fails_its_own_test_raises_the_confidence_floor() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = templated_memory(dir.path(), 400, 0);
    let json = |out: &std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let statuses = |v: &serde_json::Value| -> Vec<(String, f64)> {
        v["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["status"].as_str().unwrap().to_string(),
                    q["confidence"].as_f64().unwrap_or(0.0),
                )
            })
            .collect()
    };
    let plain = isnad()
        .args([
            "check",
            &s(project.path()),
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    let first = check_with_memory(project.path(), &memory, &["--format", "json"]);
    let stderr = String::from_utf8(first.stderr.clone()).unwrap();
    assert_eq!(first.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("below a confidence of 0.99; `matched` needs at least that in this run"),
        "{stderr}"
    );
    assert_eq!(json(&first)["min_confidence"], 0.99);
    assert_eq!(json(&plain)["min_confidence"], 0.85);
    let caches = memory_caches(dir.path());
    let cache = std::fs::read_to_string(&caches[0]).unwrap();
    assert!(cache.contains("\n# isnad memory floor: 0.99\n"), "{cache}");
    // Without the memory some quotes are matched below 0.99; with it, none is.
    let before = statuses(&json(&plain));
    assert!(before
        .iter()
        .any(|(status, c)| status == "matched" && *c < 0.99));
    let after = statuses(&json(&first));
    assert!(after.iter().any(|(status, _)| status == "matched"));
    assert!(
        after
            .iter()
            .all(|(status, c)| status != "matched" || *c >= 0.99),
        "{after:?}"
    );
    // From the cache: the same report, the same notice.
    let second = check_with_memory(project.path(), &memory, &["--format", "json"]);
    assert_eq!(second.stdout, first.stdout);
    assert_eq!(second.stderr, first.stderr);
    // The review page says so in its summary bar; without the memory it says nothing.
    let page = check_with_memory(project.path(), &memory, &["--format", "html"]);
    let page = String::from_utf8(page.stdout).unwrap();
    assert!(
        page.contains("matched from confidence <b>0.99</b>"),
        "no floor chip"
    );
    let plain_page = isnad()
        .args([
            "check",
            &s(project.path()),
            "--format",
            "html",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8(plain_page.stdout)
        .unwrap()
        .contains("matched from confidence"));
}

/// A memory whose two sides slipped by a line (each English line translates the next Arabic
/// one) is an input error naming it, not a raised floor: what it teaches is noise. Nothing is
/// written, no cache either.
#[test]
fn a_memory_whose_sides_slipped_is_an_input_error() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = templated_memory(dir.path(), 400, 1);
    let out_file = dir.path().join("out.json");
    let out = check_with_memory(
        project.path(),
        &memory,
        &["--format", "json", "-o", &s(&out_file)],
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("ours.tsv"), "{stderr}");
    assert!(
        stderr.contains("its two sides do not translate each other line by line"),
        "{stderr}"
    );
    assert!(!out_file.exists());
    assert!(memory_caches(dir.path()).is_empty());
}

/// The same memory given twice is named as such.
#[test]
fn a_memory_given_twice_is_a_usage_error() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = invented_memory(dir.path());
    let out = isnad()
        .args(["check", &s(project.path())])
        .args(["--memory", &s(&memory), "--memory", &s(&memory)])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is given twice"), "{stderr}");
}

/// A cache that cannot be read is derived data: ignored with a notice, learned again and
/// written anew, never an error of every later run.
#[test]
fn a_damaged_memory_cache_is_learned_again() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = invented_memory(dir.path());
    assert_eq!(
        check_with_memory(project.path(), &memory, &[])
            .status
            .code(),
        Some(0)
    );
    let caches = memory_caches(dir.path());
    assert_eq!(caches.len(), 1);
    let good = std::fs::read(&caches[0]).unwrap();
    // A cache of isnad's (its header) whose table cannot be read.
    std::fs::write(
        &caches[0],
        "# isnad lexicon: stems\nزرفون\tzebrine\tnot a weight\n",
    )
    .unwrap();
    let out = check_with_memory(project.path(), &memory, &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("ignoring a cache"), "{stderr}");
    assert_eq!(std::fs::read(&caches[0]).unwrap(), good, "written anew");
    let out = check_with_memory(project.path(), &memory, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    // Cut short before its last line (an interrupted copy): learned again, not read as a
    // smaller table.
    let text = String::from_utf8(good.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let cut: String = lines[..lines.len() - 1]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&caches[0], cut).unwrap();
    let out = check_with_memory(project.path(), &memory, &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("ignoring a cache"), "{stderr}");
    assert_eq!(std::fs::read(&caches[0]).unwrap(), good, "written anew");
}

/// The cache's name taken by something isnad did not write — a file of the user's, a link to
/// one — is left as it was: the run learns without caching, with a notice, and writes through
/// no link.
#[cfg(unix)]
#[test]
fn a_memory_cache_name_taken_by_another_file_is_left_as_it_was() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let memory = invented_memory(dir.path());
    assert_eq!(
        check_with_memory(project.path(), &memory, &[])
            .status
            .code(),
        Some(0)
    );
    let cache = memory_caches(dir.path()).pop().unwrap();
    let outside = write(dir.path(), "elsewhere.txt", "the user's\n");
    let cases: [(&str, &dyn Fn()); 2] = [
        ("a file of the user's", &|| {
            std::fs::write(&cache, "the user's\n").unwrap()
        }),
        ("a link", &|| {
            std::os::unix::fs::symlink(&outside, &cache).unwrap()
        }),
    ];
    for (what, make) in cases {
        std::fs::remove_file(&cache).unwrap();
        make();
        let out = check_with_memory(project.path(), &memory, &[]);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(0), "{what}: {stderr}");
        assert!(
            stderr.contains("not cached") && stderr.contains("left as it was"),
            "{what}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
        assert_eq!(
            std::fs::read_to_string(&cache).unwrap(),
            "the user's\n",
            "{what}"
        );
        assert_eq!(
            std::fs::read_to_string(&outside).unwrap(),
            "the user's\n",
            "{what}: written through"
        );
    }
    assert!(std::fs::symlink_metadata(&cache)
        .unwrap()
        .file_type()
        .is_symlink());
}

/// A memory read in the wrong charset is Latin mojibake, and a memory of another language has
/// no Arabic: either teaches nothing, and is an input error naming the file and line (not a
/// success that caches an empty table the right charset's run would then read). The cache
/// follows the text as decoded: the right charset's run learns and caches.
#[test]
fn a_memory_without_arabic_is_refused_and_caches_nothing() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    // Invented words, each always rendered the same way: the right charset learns them.
    let words = INVENTED_WORDS;
    let text: String = (0..15)
        .map(|i| {
            let ((a1, e1), (a2, e2)) = (words[i % 5], words[(i + 2) % 5]);
            format!("{a1} {a2}\t{e1} {e2}\n")
        })
        .collect();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!unmappable);
    let memory = dir.path().join("ours.tsv");
    std::fs::write(&memory, &bytes).unwrap();
    let run = |encoding: &str| {
        isnad()
            .args(["--encoding", encoding])
            .args(["check", &s(project.path()), "--memory", &s(&memory)])
            .args(["--fail-on", "never", "-o", &s(&dir.path().join("out.txt"))])
            .output()
            .unwrap()
    };
    let out = run("windows-1252");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("ours.tsv:1:") && stderr.contains("no Arabic"),
        "{stderr}"
    );
    assert!(stderr.contains("windows-1252"), "{stderr}");
    assert_eq!(memory_caches(dir.path()), Vec::<PathBuf>::new());
    assert!(!dir.path().join("out.txt").exists());
    let out = run("windows-1256");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let caches = memory_caches(dir.path());
    assert_eq!(caches.len(), 1);
    assert!(std::fs::read_to_string(&caches[0])
        .unwrap()
        .contains("quillet"));
    // A memory of another language: refused the same way, at its first row.
    let latin = write(
        dir.path(),
        "latin.tsv",
        "# notes\nhello\tworld\nbook\tlivre\n",
    );
    let out = check_with_memory(project.path(), &latin, &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("latin.tsv:2:"), "{stderr}");
    assert!(!std::fs::read_dir(dir.path())
        .unwrap()
        .any(|e| s(&e.unwrap().path()).contains("latin.tsv.isnad-lexicon-")));
}

/// A cache name too long for the file system: the notice says so, not that a file isnad did
/// not write is there.
#[cfg(unix)]
#[test]
fn a_memory_cache_name_too_long_is_said_to_be_so() {
    let project = sample_copy();
    let dir = tempfile::TempDir::new().unwrap();
    let text = std::fs::read_to_string(invented_memory(dir.path())).unwrap();
    // A name of 240 bytes is one the file system takes; with the cache's suffix it is not.
    let memory = write(dir.path(), &format!("{}.tsv", "m".repeat(236)), &text);
    let out = check_with_memory(project.path(), &memory, &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not cached"), "{stderr}");
    assert!(!stderr.contains("not a cache isnad wrote"), "{stderr}");
    assert!(stderr.to_lowercase().contains("too long"), "{stderr}");
}

/// Each flag's severity travels with it in CSV, and the window's lines use the terminal's
/// 1-based numbering.
#[test]
fn csv_has_a_severity_per_flag_and_one_based_source_lines() {
    let bytes = stdout(&["check", SAMPLE, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // The `;`-separated items of a cell.
    let items = |row: &csv::StringRecord, name: &str| -> Vec<String> {
        row[col(name)]
            .split(';')
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect()
    };
    for row in &rows {
        let severities = items(row, "severity");
        assert_eq!(items(row, "flags").len(), severities.len(), "{row:?}");
        assert!(severities
            .iter()
            .all(|s| matches!(s.as_str(), "error" | "warning" | "info")));
        let (sentences, lines) = (items(row, "source_sentences"), items(row, "source_lines"));
        assert_eq!(sentences.len(), lines.len(), "{row:?}");
    }
    // q1: the sample's wrong number (an error, which names the source's number: it is not also
    // a warning that the quote lost it), in sentence 3 of the observatory's file, which is line 5.
    assert_eq!(&rows[0][col("severity")], "error");
    assert_eq!(&rows[0][col("source_lines")], "5");
}

/// `--excel` without CSV would be silently ignored; a PDF report would be "invalid UTF-8".
#[test]
fn excel_without_csv_and_a_pdf_report_are_errors_that_say_what_to_do() {
    let out = isnad().args(["check", SAMPLE, "--excel"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format csv"));
    let dir = tempfile::TempDir::new().unwrap();
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    let source = write(dir.path(), "s.ar.txt", "قال المرصد إن القصف استمر.\n");
    let out = isnad()
        .args(["check", &s(&pdf), "--source", &format!("{}=X", s(&source))])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("report.pdf") && err.contains("pdftotext -layout"),
        "{err}"
    );
}

/// Two different sentences fit a short quote nearly as well and the confidence is low: the
/// quote is `ambiguous`, the candidates are listed so the desk picks one, and the flag is a
/// warning naming both places, not an accusation.
#[test]
fn a_quote_two_sentences_fit_is_ambiguous_with_its_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let source = write(
        dir.path(),
        "c.ar.txt",
        "قصفت الطائرات الروسية قرية سلمى صباح اليوم بعشرات الغارات.\n\n\
         وفي وقت لاحق، قصفت الطائرات الروسية قرية دورين مساء أمس بالصواريخ.\n",
    );
    let report = write(
        dir.path(),
        "r.txt",
        "Local sources said \"warplanes struck the village\" again.\n",
    );
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .args(["--source", &format!("{}=Outlet C", s(&source))])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&common::succeeded(out)).unwrap();
    let q = &v["quotes"][0];
    assert_eq!(q["status"], "ambiguous", "{q}");
    assert_eq!(v["summary"]["ambiguous"], 1);
    let lines: Vec<u64> = q["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source_lines"][0].as_u64().unwrap())
        .collect();
    assert!(
        lines.starts_with(&[1, 3]) || lines.starts_with(&[3, 1]),
        "{lines:?}"
    );
    let flag = &q["flags"][0];
    assert_eq!(flag["severity"], "warning");
    let why = flag["explanation"].as_str().unwrap();
    assert!(
        why.starts_with("ambiguous: ") && why.contains("line 1") && why.contains("line 3"),
        "{why}"
    );
    assert!(why.contains(", below the floor 0.85)"), "{why}");
    // The terminal lists the candidates under it.
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--fail-on",
            "never",
            "--color",
            "never",
        ])
        .args(["--source", &format!("{}=Outlet C", s(&source))])
        .output()
        .unwrap();
    let table = String::from_utf8(common::succeeded(out)).unwrap();
    assert!(
        table.contains("AMBIGUOUS") && table.contains("candidates"),
        "{table}"
    );
}

#[test]
fn an_outlet_name_with_other_white_space_is_still_named() {
    // The words are the Observatory's (declared here as Al-Sahel TV); the report credits them to
    // Sada al-Ahrar with a no-break space, two spaces, a tab or a line break in the name: a
    // misattribution every time, as with one plain space.
    let dir = tempfile::tempdir().unwrap();
    let observatory = format!("{SAMPLE}/levant-observatory.ar.txt=Al-Sahel TV");
    let sada = format!("{SAMPLE}/sada-alahrar.ar.txt=Sada al-Ahrar");
    // A clause long enough to be vouched for (three words alone are not, since stop 32).
    let quote = "said \"violent clashes have continued since midnight on Monday between \
                 government forces and the gunmen loyal to them\" around Salma.";
    for (file, name) in [
        ("r1.txt", "Sada al-Ahrar"),
        ("r2.txt", "Sada\u{a0}al-Ahrar"),
        ("r3.txt", "Sada  al-Ahrar"),
        ("r4.txt", "Sada\tal-Ahrar"),
        ("r5.txt", "Sada\u{202f}al-Ahrar"),
        ("r6.md", "The report from Sada\nal-Ahrar"),
        ("r7.html", "<p>Sada&nbsp;al-Ahrar"),
    ] {
        let report = write(dir.path(), file, &format!("{name} {quote}\n"));
        let out = isnad()
            .args([
                "check",
                &s(&report),
                "--source",
                &observatory,
                "--source",
                &sada,
            ])
            .args(["--format", "json", "--fail-on", "error"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{file}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let q = &v["quotes"][0];
        assert_eq!(q["attributed_outlet"], "Sada al-Ahrar", "{file}");
        assert_eq!(q["attribution_cue"], "Sada al-Ahrar", "{file}");
        assert!(q["flags"].to_string().contains("misattributed"), "{file}");
    }
}

#[test]
fn the_place_names_of_a_report_are_read_in_its_prose() {
    // A link target, a comment and a no-break space are not other spellings of Kafr Dabla.
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.md",
        "Al-Sahel TV said the army \"took control of three strategic hills overlooking the \
         road between Dorin and Salma\" near Kafr Dabla, see \
         [the report](https://example.com/Kafr-Dabla).\n\n\
         <!-- editor: check shelled Kafrdabla spelling -->\n\n\
         Troops shelled Kafr\u{a0}Dabla.\n",
    );
    let tv = format!("{SAMPLE}/sahel-tv.ar.txt=Al-Sahel TV");
    let out = isnad()
        .args(["check", &s(&report), "--source", &tv])
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let spellings: Vec<(&str, u64, bool)> = v["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["variant"].as_str().unwrap(),
                n["count"].as_u64().unwrap(),
                n["flagged"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        spellings,
        [
            ("Dorin", 1, false),
            ("Salma", 1, false),
            ("Kafr Dabla", 2, false)
        ]
    );
    assert_eq!(v["summary"]["variant_places"], 0);
}

/// The same words credited to two outlets are two quotes: each is checked against what it is
/// credited to, so the misattribution is found whichever comes first in the report.
#[test]
fn the_same_words_credited_to_two_outlets_are_two_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let monitor = write(
        dir.path(),
        "monitor.ar.txt",
        "قال المرصد إن الطائرات الحربية شنت أكثر من أربعين غارة على القرى.\n",
    );
    let channel = write(
        dir.path(),
        "channel.ar.txt",
        "وقالت القناة إن الجيش سيطر على ثلاث تلال استراتيجية تطل على الطريق.\n",
    );
    let words = "\"warplanes carried out more than forty raids on the villages\"";
    let by_monitor = format!("The Observatory said {words}.");
    let by_channel = format!("Later, Al-Sahel TV said {words}.");
    let first_outlet = |line: &str| {
        if line.contains("Observatory") {
            "Levant Observatory"
        } else {
            "Al-Sahel TV"
        }
    };
    for (first, second) in [(&by_monitor, &by_channel), (&by_channel, &by_monitor)] {
        let report = write(
            dir.path(),
            "report.md",
            &format!("# A\n\nPull quote: {words}\n\n{first}\n\n{second}\n"),
        );
        let out = isnad()
            .args(["check", &s(&report), "--format", "json", "--source"])
            .arg(format!("{}=Al-Sahel TV", s(&channel)))
            .arg("--source")
            .arg(format!(
                "{}=Levant Observatory,the Observatory",
                s(&monitor)
            ))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "an error flag: exit 1");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let quotes = v["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 2, "{v}");
        let credited: Vec<&str> = quotes
            .iter()
            .map(|q| q["attributed_outlet"].as_str().unwrap())
            .collect();
        let misattributed: Vec<&str> = quotes
            .iter()
            .filter(|q| flag_kinds(q).contains(&"misattributed".to_string()))
            .map(|q| q["attributed_outlet"].as_str().unwrap())
            .collect();
        assert_eq!(misattributed, ["Al-Sahel TV"], "{credited:?}");
        // The uncredited pull quote (no outlet named before it) joins the first quote of its
        // words, which takes its credit from its first credited place.
        assert_eq!(credited, [first_outlet(first), first_outlet(second)]);
        assert_eq!(quotes[0]["locations"].as_array().unwrap().len(), 2, "{v}");
        assert_eq!(quotes[1]["locations"].as_array().unwrap().len(), 1);
    }
}

/// A changed number is flagged even when the sentence next to the source holds the quote's
/// number: that neighbour adds nothing else to the quote, so it does not join the window.
#[test]
fn a_changed_number_is_flagged_when_the_neighbouring_sentence_has_the_quotes_number() {
    let dir = tempfile::tempdir().unwrap();
    let source = write(
        dir.path(),
        "monitor.ar.txt",
        "وقال المرصد إن نسبة البطالة في المحافظة ارتفعت إلى ١٥ في المائة هذا العام بسبب الحرب.\n\n\
         وقال المرصد إن أسعار الخبز ارتفعت بنسبة ٥٠ في المائة خلال الشهر الماضي.\n",
    );
    let report = write(
        dir.path(),
        "report.md",
        "# T\n\nThe Observatory said \"bread prices rose by 15 percent during the past month\".\n",
    );
    let out = isnad()
        .args(["check", &s(&report), "--format", "json", "--source"])
        .arg(format!("{}=Observatory", s(&source)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &v["quotes"][0];
    assert_eq!(q["source_lines"], serde_json::json!([3]), "{q}");
    assert!(
        flag_kinds(q).contains(&"number-mismatch".to_string()),
        "{q}"
    );
}

/// Two sources of one file name in different directories are told apart by as much of their
/// paths as it takes, in the table and on the HTML page; a file name no other source has stays
/// a file name.
#[test]
fn two_sources_of_one_file_name_are_told_apart() {
    let project = sample_copy();
    let dir = project.path();
    for (from, to) in [("sahel-tv.ar.txt", "a"), ("sada-alahrar.ar.txt", "b")] {
        std::fs::create_dir(dir.join(to)).unwrap();
        std::fs::rename(dir.join(from), dir.join(to).join("src.ar.txt")).unwrap();
    }
    let run = |format: &str| {
        let out = isnad()
            .args(["check", &s(&dir.join("report.en.md")), "--format", format])
            .arg(format!(
                "--source={}=Al-Sahel TV",
                s(&dir.join("a/src.ar.txt"))
            ))
            .arg(format!(
                "--source={}=Sada al-Ahrar",
                s(&dir.join("b/src.ar.txt"))
            ))
            .arg(format!(
                "--source={}=Levant Observatory",
                s(&dir.join("levant-observatory.ar.txt"))
            ))
            .args(["--fail-on", "never"])
            .output()
            .unwrap();
        String::from_utf8(common::succeeded(out)).unwrap()
    };
    let table = run("table");
    assert!(table.contains("Al-Sahel TV: a/src.ar.txt, line"), "{table}");
    assert!(
        table.contains("Sada al-Ahrar: b/src.ar.txt, line"),
        "{table}"
    );
    assert!(!table.contains(": src.ar.txt, line"), "{table}");
    assert!(
        table.contains("Levant Observatory: levant-observatory.ar.txt, line"),
        "{table}"
    );
    let html = run("html");
    for name in ["a/src.ar.txt", "b/src.ar.txt", "levant-observatory.ar.txt"] {
        assert!(
            html.contains(&format!("<span class=\"file\">{name}</span>")),
            "{name}"
        );
    }
    assert!(html.contains("Al-Sahel TV · a/src.ar.txt · sentence"));
}

/// `--memory -` is refused as what it is, not as a file named `-` that does not exist.
#[test]
fn memory_from_standard_input_is_refused_as_unsupported() {
    let project = sample_copy();
    let out = check_with_memory(project.path(), Path::new("-"), &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("standard input (`-`) is not supported for --memory"),
        "{stderr}"
    );
    assert!(!stderr.contains("no such file"), "{stderr}");
}

/// A source copied without its spaces (a PDF's text layer): its number words stand inside
/// longer runs the number check cannot read, so a number it does not find is a warning that
/// says why, never an error that accuses the quote.
#[test]
fn a_number_in_a_source_that_runs_its_words_together_is_checked_by_hand() {
    let dir = tempfile::TempDir::new().unwrap();
    let source = write(
        dir.path(),
        "obs.ar.txt",
        "قالالمرصدالسوريإنسبعةمدنيينقتلوافيقصفجويعلىبلدةسراقبفيريفإدلبيومالاثنين.\n\n\
         وأضافأنفرقالدفاعالمدنيانتشلتالجثثمنتحتالأنقاض.\n",
    );
    let report = write(
        dir.path(),
        "report.en.md",
        "# Saraqeb\n\nThe Syrian Observatory said: \"Six civilians were killed in an air strike \
         on the town of Saraqeb in the Idlib countryside on Monday.\"\n",
    );
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--format",
            "json",
            "--fail-on",
            "error",
        ])
        .arg("--source")
        .arg(format!("{}=Syrian Observatory", s(&source)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let flags = v["quotes"][0]["flags"].as_array().unwrap();
    let number = flags
        .iter()
        .find(|f| f["kind"] == "number-mismatch")
        .expect("a number flag");
    assert_eq!(number["severity"], "warning");
    assert!(number["explanation"]
        .as_str()
        .unwrap()
        .contains("the source runs its words together"));
}

/// A quote left `weak` by the floor never shows a confidence that reads as the floor or above:
/// cut, not rounded (0.99986 under a floor of 0.9999 reads 0.99, not 1.00), in the table, CSV
/// and the review page alike.
#[test]
fn a_confidence_below_the_floor_never_reads_as_the_floor() {
    let project = sample_copy();
    let toml = project.path().join("isnad.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        format!("{text}\n[matching]\nmin_confidence = 0.9999\n"),
    )
    .unwrap();
    let run = |format: &str| {
        let out = isnad()
            .args(["check", &s(project.path()), "--format", format])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let weak: Vec<&serde_json::Value> = json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["status"] != "matched" && q["confidence"].as_f64().unwrap() >= 0.995)
        .collect();
    assert!(!weak.is_empty(), "no quote just below the floor");
    let id = weak[0]["quote_id"].as_str().unwrap();
    let table = run("table");
    let line = table
        .lines()
        .find(|l| l.starts_with(&format!("{id} ")))
        .unwrap();
    assert!(line.contains("(confidence 0.99)"), "{line}");
    let csv = run("csv");
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{id},")))
        .unwrap();
    assert!(row.contains(",0.99,") && !row.contains(",1.00,"), "{row}");
}
