//! `isnad check --batch` from the outside: one file per report and a summary in `--out-dir`,
//! ids that cannot leave it, failed rows named without stopping the others, no output over an
//! input, batch learning, and the same bytes as checking each report alone.

mod common;

use std::path::Path;

use common::{isnad, s, sample_copy, write};

/// `isnad check --batch MANIFEST --out-dir OUT_DIR EXTRA…`.
fn batch(manifest: &Path, out_dir: &Path, extra: &[&str]) -> std::process::Output {
    isnad()
        .args(["check", "--batch", &s(manifest), "--out-dir", &s(out_dir)])
        .args(extra)
        .output()
        .unwrap()
}

fn summary_rows(dir: &std::path::Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(dir.join("summary.tsv"))
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

/// What `isnad check PROJECT --format csv` prints.
/// A batch over two copies of the sample, with the manifest `rows(a, b)` writes, that exits 1.
struct FailingWeek {
    a: tempfile::TempDir,
    b: tempfile::TempDir,
    _work: tempfile::TempDir,
    manifest: std::path::PathBuf,
    out_dir: std::path::PathBuf,
    stderr: String,
}

fn failing_week(rows: impl Fn(&str, &str) -> String) -> FailingWeek {
    let (a, b) = (sample_copy(), sample_copy());
    let work = tempfile::tempdir().unwrap();
    let manifest = write(work.path(), "week.tsv", &rows(&s(a.path()), &s(b.path())));
    let out_dir = work.path().join("out");
    let out = batch(&manifest, &out_dir, &["--format", "csv"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    FailingWeek {
        a,
        b,
        _work: work,
        manifest,
        out_dir,
        stderr,
    }
}

fn csv_alone(project: &Path) -> Vec<u8> {
    let out = isnad()
        .args(["check", &s(project), "--format", "csv"])
        .output()
        .unwrap();
    out.stdout
}

#[test]
fn every_report_gets_its_file_and_a_summary_row() {
    let (a, b) = (sample_copy(), sample_copy());
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "week.tsv",
        &format!(
            "# project\tid\n{}\tmonday\n{}\n{}\tgone\n{}\t../../escape\n",
            s(a.path()),
            s(b.path()),
            s(&work.path().join("missing")),
            s(a.path()),
        ),
    );
    let out_dir = work.path().join("out");
    let out = batch(&manifest, &out_dir, &["--format", "csv"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    // A row failed: exit 1, the row named on stderr; the others are written.
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("isnad: gone: "), "{stderr}");
    assert!(stderr.contains("not a directory"), "{stderr}");
    let files = common::file_names(&out_dir);
    // The last row's id is made safe: it names a file inside the output directory.
    assert_eq!(
        files,
        ["3.csv", "_.._.._escape.csv", "monday.csv", "summary.tsv"]
    );
    assert!(!work.path().join("escape.csv").exists());

    let rows = summary_rows(&out_dir);
    assert_eq!(
        rows[0].join(","),
        "id,project,status,quotes,matched,weak,ambiguous,unmatched,errors,warnings,length_ratio,error,file,\
         infos,finding_errors,finding_warnings,finding_infos,at_fail_on"
    );
    assert_eq!(rows[1][12], "monday.csv", "the file the row wrote");
    assert_eq!(rows[3][12], "", "a failed row wrote none");
    assert_eq!(rows.len(), 5);
    assert_eq!((rows[1][0].as_str(), rows[1][2].as_str()), ("monday", "ok"));
    assert_eq!(rows[1][3], "16", "the sample has 16 quotes");
    assert_eq!(
        (rows[3][0].as_str(), rows[3][2].as_str()),
        ("gone", "failed")
    );
    assert!(rows[3][11].contains("not a directory"));

    // Each report's file is what checking it alone prints.
    assert_eq!(
        std::fs::read(out_dir.join("monday.csv")).unwrap(),
        csv_alone(a.path())
    );
}

#[test]
fn file_names_are_safe_everywhere_and_named_exactly_in_the_summary() {
    // An id starting with `-`, Windows device names in any case, and two ids that differ only
    // in case (one file on Windows and macOS): line 5 fails as a duplicate of line 4.
    let week = failing_week(|a, b| {
        format!("{a}\t-draft\n{b}\tCON\n{a}\tLpt1.old\n{a}\tReport\n{b}\treport\n")
    });
    let FailingWeek {
        a: a_dir,
        b: _b_dir,
        _work,
        manifest,
        out_dir,
        stderr,
    } = week;
    assert!(
        stderr.contains(&format!(
            "isnad: report: {}:5: duplicate id report, already line 4's (Report: ids that differ only in case or in Unicode normalization name one file on Windows and macOS)\n",
            s(&manifest)
        )),
        "{stderr}"
    );
    let files = common::file_names(&out_dir);
    assert_eq!(
        files,
        [
            "CON_.csv",
            "Lpt1_.old.csv",
            "Report.csv",
            "_-draft.csv",
            "summary.tsv"
        ]
    );
    // Line 4's file is line 4's report: the duplicate wrote nothing over it.
    assert_eq!(
        std::fs::read(out_dir.join("Report.csv")).unwrap(),
        csv_alone(a_dir.path())
    );
    // The id and file cells are the names as written, with no apostrophe.
    let cells: Vec<[String; 3]> = summary_rows(&out_dir)[1..]
        .iter()
        .map(|r| [r[0].clone(), r[2].clone(), r[12].clone()])
        .collect();
    assert_eq!(
        cells,
        [
            ["_-draft", "ok", "_-draft.csv"],
            ["CON_", "ok", "CON_.csv"],
            ["Lpt1_.old", "ok", "Lpt1_.old.csv"],
            ["Report", "ok", "Report.csv"],
            ["report", "failed", ""],
        ]
        .map(|row| row.map(String::from))
    );
}

#[test]
fn a_duplicate_id_fails_its_row_and_keeps_the_first_rows_file() {
    // Line 3 has no id: its line number, 3, is line 1's id. Line 4 is malformed.
    let week = failing_week(|a, b| format!("{a}\t3\n{b}\n{b}\n{a}\tx\ty\n"));
    let FailingWeek {
        a: a_dir,
        b: b_dir,
        _work,
        manifest,
        out_dir,
        stderr,
    } = week;
    assert!(
        stderr.contains(&format!(
            "isnad: 3: {}:3: duplicate id 3, already line 1's (a row without an id is named by its line number)\n",
            s(&manifest)
        )),
        "{stderr}"
    );
    assert!(stderr.contains("isnad: 2 of 4 reports failed"), "{stderr}");
    // The failed row removes no file: 3.csv is line 1's report.
    assert_eq!(
        std::fs::read(out_dir.join("3.csv")).unwrap(),
        csv_alone(a_dir.path())
    );
    assert!(out_dir.join("2.csv").is_file());
    // Failed rows keep what they say in the project column.
    let rows = summary_rows(&out_dir);
    let columns: Vec<[&str; 3]> = rows[1..]
        .iter()
        .map(|r| [r[0].as_str(), r[1].as_str(), r[2].as_str()])
        .collect();
    let (a, b) = (s(a_dir.path()), s(b_dir.path()));
    let (a, b) = (a.as_str(), b.as_str());
    assert_eq!(
        columns,
        [
            ["3", a, "ok"],
            ["2", b, "ok"],
            ["3", b, "failed"],
            ["4", a, "failed"],
        ]
    );
}

#[test]
fn a_file_name_cannot_rewrite_the_terminal() {
    let a = sample_copy();
    let work = tempfile::tempdir().unwrap();
    // ESC [2J clears the screen, CR goes back to the start of the line, U+202E reverses what
    // follows: `gone…exe.txt` would show as `gone…txt.exe`.
    let spoof = s(&work.path().join("gone\u{1b}[2J\r\u{202e}txt.exe"));
    let escaped = "gone\\u{1b}[2J\\r\\u{202e}txt.exe";
    let raw = |stderr: &str| stderr.contains(['\u{1b}', '\r', '\u{202e}']);
    // A failed row, named on stderr.
    let manifest = write(
        work.path(),
        "week.tsv",
        &format!("{}\tgood\n{spoof}\tevil\n", s(a.path())),
    );
    let out = batch(&manifest, &work.path().join("out"), &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("isnad: evil: {}", s(work.path()))),
        "{stderr}"
    );
    assert!(stderr.contains(escaped) && !raw(&stderr), "{stderr:?}");
    // The batch's own error, when no row could be read (an input error is one line: the
    // library writes CR as `\r`).
    let manifest = write(work.path(), "none.tsv", &format!("{spoof}\n"));
    let out = batch(&manifest, &work.path().join("out2"), &[]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(escaped) && !raw(&stderr), "{stderr:?}");
}

#[test]
fn nothing_is_written_over_an_input() {
    let a = sample_copy();
    let work = tempfile::tempdir().unwrap();
    // The id would write `levant-observatory.ar.txt` into the project: a source it reads.
    let manifest = write(
        work.path(),
        "m.tsv",
        &format!("{}\tlevant-observatory.ar\n", s(a.path())),
    );
    let before = std::fs::read(a.path().join("levant-observatory.ar.txt")).unwrap();
    let out = batch(&manifest, a.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
    assert_eq!(
        std::fs::read(a.path().join("levant-observatory.ar.txt")).unwrap(),
        before
    );
    assert!(!a.path().join("summary.tsv").exists());
}

#[test]
fn batch_needs_an_output_directory_and_no_single_report() {
    let work = tempfile::tempdir().unwrap();
    let manifest = write(work.path(), "m.tsv", "x\n");
    for extra in [
        vec![],
        vec!["--out-dir", "d", "report.md"],
        vec!["--out-dir", "d", "--output", "o.csv"],
    ] {
        let out = isnad()
            .current_dir(work.path())
            .args(["check", "--batch", &s(&manifest)])
            .args(&extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert!(!work.path().join("d").exists(), "{extra:?}");
    }
}

#[test]
fn batch_learning_checks_every_report_again() {
    let (a, b) = (sample_copy(), sample_copy());
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "m.tsv",
        &format!("{}\tone\n{}\ttwo\n", s(a.path()), s(b.path())),
    );
    let run = |learn: &str, dir: &str| {
        let out_dir = work.path().join(dir);
        let out = batch(&manifest, &out_dir, &["--format", "json", "--learn", learn]);
        assert_eq!(out.status.code(), Some(0), "the sample never fails");
        let report: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out_dir.join("one.json")).unwrap()).unwrap();
        report["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["status"].as_str().unwrap().to_string(),
                    q["score"].as_f64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let plain = run("none", "plain");
    let learned = run("batch", "learned");
    assert_eq!(plain.len(), 16);
    // What the batch's confident quotes teach keeps every quote of the sample where it was, and
    // the words it pairs raise scores: the reports were checked again with it.
    for ((status, score), (learned_status, learned_score)) in plain.iter().zip(&learned) {
        assert_eq!(status, learned_status);
        assert!(learned_score >= score, "{score} -> {learned_score}");
    }
    assert!(plain.iter().zip(&learned).any(|(p, l)| l.1 > p.1 + 0.05));
}

/// What a batch learns from its confident quotes does not depend on the order of the
/// manifest's rows: the same projects in the reverse order give the same bytes for each.
#[test]
fn batch_learning_does_not_depend_on_the_order_of_the_rows() {
    // Three projects whose reports quote different parts of the sample: the whole report, its
    // first half and its second half.
    let projects = [sample_copy(), sample_copy(), sample_copy()];
    let report = std::fs::read_to_string(projects[0].path().join("report.en.md")).unwrap();
    let paragraphs: Vec<&str> = report.split("\n\n").collect();
    let half = paragraphs.len() / 2;
    for (project, part) in projects[1..]
        .iter()
        .zip([&paragraphs[..half], &paragraphs[half..]])
    {
        std::fs::write(project.path().join("report.en.md"), part.join("\n\n")).unwrap();
    }
    let work = tempfile::tempdir().unwrap();
    let rows: Vec<String> = projects
        .iter()
        .zip(["whole", "first", "second"])
        .map(|(p, id)| format!("{}\t{id}\n", s(p.path())))
        .collect();
    let forward = write(work.path(), "forward.tsv", &rows.concat());
    let reversed: Vec<String> = rows.iter().rev().cloned().collect();
    let reversed = write(work.path(), "reversed.tsv", &reversed.concat());
    for (manifest, dir) in [(&forward, "a"), (&reversed, "b")] {
        let out = batch(
            manifest,
            &work.path().join(dir),
            &["--format", "json", "--learn", "batch", "--fail-on", "never"],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for id in ["whole", "first", "second"] {
        let file = format!("{id}.json");
        let a = std::fs::read(work.path().join("a").join(&file)).unwrap();
        let b = std::fs::read(work.path().join("b").join(&file)).unwrap();
        assert!(a == b, "{file} differs with the rows reversed");
    }
}

#[test]
fn a_project_that_fails_early_still_protects_its_files() {
    // Project `c` fails before reading its sources (its report is not English); the second
    // row's output would replace one of them.
    let (a, c) = (sample_copy(), sample_copy());
    std::fs::copy(
        c.path().join("levant-observatory.ar.txt"),
        c.path().join("report.en.md"),
    )
    .unwrap();
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "m.tsv",
        &format!(
            "{}\tcrow\n{}\tlevant-observatory.ar\n",
            s(c.path()),
            s(a.path())
        ),
    );
    let source = c.path().join("levant-observatory.ar.txt");
    let before = std::fs::read(&source).unwrap();
    let out = batch(&manifest, c.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&source).unwrap(), before);
    assert!(!c.path().join("summary.tsv").exists());
}

#[test]
fn a_batch_with_nothing_to_check_is_an_input_error() {
    let work = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.tsv", "# nothing yet\n\n".to_string()),
        (
            "wrong.tsv",
            format!(
                "{}\n{}\n",
                s(&work.path().join("a")),
                s(&work.path().join("b"))
            ),
        ),
    ] {
        let manifest = write(work.path(), name, &text);
        let out_dir = work.path().join("out");
        let out = batch(&manifest, &out_dir, &[]);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(name), "{stderr}");
        assert!(!out_dir.exists(), "{name}");
    }
}

#[test]
fn out_dir_without_batch_is_a_usage_error() {
    let a = sample_copy();
    let work = tempfile::tempdir().unwrap();
    let out = isnad()
        .args([
            "check",
            &s(a.path()),
            "--out-dir",
            &s(&work.path().join("d")),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(!work.path().join("d").exists());
}

/// A row that fails takes its file from an earlier run with it, but only a file the earlier
/// run's summary lists as written: a file of the user's with the same name is left as it was.
#[test]
fn a_row_that_fails_leaves_no_earlier_output_behind_and_no_user_file_lost() {
    let (a, b) = (sample_copy(), sample_copy());
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "m.tsv",
        &format!(
            "{}\tmon\n{}\tfri\n{}\tnotes\n",
            s(a.path()),
            s(b.path()),
            s(&work.path().join("nothere"))
        ),
    );
    let out_dir = work.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(out_dir.join("notes.txt"), "precious\n").unwrap();
    let run = || batch(&manifest, &out_dir, &[]);
    let first = run();
    assert_eq!(first.status.code(), Some(1));
    let stderr = String::from_utf8(first.stderr).unwrap();
    assert!(
        stderr.contains("isnad: notes: ") && stderr.contains("notes.txt is left as it was"),
        "{stderr}"
    );
    assert!(out_dir.join("fri.txt").exists());
    std::fs::remove_file(b.path().join("report.en.md")).unwrap();
    assert_eq!(run().status.code(), Some(1));
    assert!(out_dir.join("mon.txt").exists());
    assert!(
        !out_dir.join("fri.txt").exists(),
        "the stale file of a failed row is gone"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("notes.txt")).unwrap(),
        "precious\n",
        "no earlier run wrote it: the user's file is kept"
    );
}

/// The earlier run wrote `D/ID.txt` (`--format table`); a file `D/ID.csv` is the user's even
/// though the earlier summary lists the row as written: a rerun with `--format csv` where the
/// row fails leaves it as it was.
#[test]
fn a_failed_row_keeps_a_user_file_of_another_format() {
    let (a, b) = (sample_copy(), sample_copy());
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "m.tsv",
        &format!("{}\tx\n{}\ty\n", s(a.path()), s(b.path())),
    );
    let out_dir = work.path().join("out");
    let first = batch(&manifest, &out_dir, &["--format", "table"]);
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(out_dir.join("x.txt").exists(), "{stderr}");
    std::fs::write(out_dir.join("x.csv"), "mine\n").unwrap();
    std::fs::remove_file(a.path().join("report.en.md")).unwrap();
    let second = batch(&manifest, &out_dir, &["--format", "csv"]);
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8(second.stderr).unwrap();
    assert_eq!(
        std::fs::read_to_string(out_dir.join("x.csv")).unwrap(),
        "mine\n",
        "the earlier run wrote x.txt, not x.csv: {stderr}"
    );
    assert!(stderr.contains("x.csv is left as it was"), "{stderr}");
}

/// A symbolic link already in `--out-dir` at a name the batch writes is replaced, never written
/// through: the report's file and the summary stay in the directory.
#[cfg(unix)]
#[test]
fn batch_files_replace_links_in_the_out_dir_instead_of_following_them() {
    let project = sample_copy();
    let work = tempfile::tempdir().unwrap();
    let manifest = write(
        work.path(),
        "week.tsv",
        &format!("{}\tmonday\n", s(project.path())),
    );
    let out_dir = work.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let outside = write(work.path(), "precious.txt", "keep me\n");
    std::os::unix::fs::symlink(&outside, out_dir.join("monday.csv")).unwrap();
    std::os::unix::fs::symlink(&outside, out_dir.join("summary.tsv")).unwrap();
    let out = batch(&manifest, &out_dir, &["--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me\n");
    for name in ["monday.csv", "summary.tsv"] {
        let meta = std::fs::symlink_metadata(out_dir.join(name)).unwrap();
        assert!(meta.is_file(), "{name} is a file of the out-dir now");
    }
    assert_eq!(
        std::fs::read(out_dir.join("monday.csv")).unwrap(),
        csv_alone(project.path())
    );
}
