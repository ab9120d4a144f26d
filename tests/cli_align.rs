//! `isnad align` and `isnad eval align` end to end: formats, --lines, language check, batch.

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use common::{s, succeeded, write};
use tempfile::TempDir;

const AR: &str = "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي. وثق المرصد مقتل ١٤ عنصرا من قوات الحكومة.

رفع البنك المركزي أسعار الفائدة لمكافحة التضخم.
";
const EN: &str = "Russian warplanes bombed the village of Salma in the northern Latakia countryside. The Observatory documented the deaths of 14 government troops.

The central bank raised interest rates to fight inflation. It said <more> & less.
";

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

fn pair(dir: &TempDir) -> (String, String) {
    let ar = write(dir.path(), "a.ar.txt", AR);
    let en = write(dir.path(), "a.en.txt", EN);
    (ar.display().to_string(), en.display().to_string())
}

/// The files `l.ar` and `l.en` in `dir`, holding `ar` and `en` as they are.
fn lines_pair(dir: &TempDir, ar: &str, en: &str) -> (String, String) {
    let ar = write(dir.path(), "l.ar", ar);
    let en = write(dir.path(), "l.en", en);
    (ar.display().to_string(), en.display().to_string())
}

fn stdout_of(args: &[&str]) -> String {
    String::from_utf8(common::stdout_of_success(args)).unwrap()
}

#[test]
fn ladder_accounts_for_every_sentence_in_order() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let ladder = stdout_of(&["align", &ar, &en, "--format", "ladder"]);
    let lines: Vec<&str> = ladder.lines().collect();
    assert_eq!(lines.len(), 4, "{ladder}");
    assert!(lines[0].starts_with("[0]:[0]:"));
    assert!(lines[2].starts_with("[2]:[2]:"));
    assert_eq!(lines[3], "[]:[3]:0.00");
}

#[test]
fn csv_has_the_documented_columns() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let csv_text = stdout_of(&["align", &ar, &en, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["ar_index", "en_index", "ar_text", "en_text", "score", "bead"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[3][0], "");
    assert_eq!(&rows[3][1], "3");
    assert_eq!(&rows[3][5], "0-1");
    assert!(rows[0][2].contains("سلمى") && rows[0][3].contains("Salma"));
}

#[test]
fn jsonl_and_pairs_and_tmx() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let jsonl = stdout_of(&["align", &ar, &en, "--format", "jsonl"]);
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["bead"], "1-1");
    assert_eq!(first["ar_index"], serde_json::json!([0]));
    let pairs = stdout_of(&["align", &ar, &en]);
    assert!(pairs.contains("[2]:[2]  1-1"), "{pairs}");
    // The pair's length ratio: on every jsonl row, in the pairs header.
    let ratio = first["length_ratio"].as_f64().unwrap();
    assert!(ratio > 0.3 && ratio < 3.0, "{ratio}");
    let printed: f64 = pairs
        .strip_prefix("# length ratio ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("{pairs}"));
    assert!((printed - ratio).abs() < 0.006, "{printed} vs {ratio}");

    // --min-score keeps exactly the beads that score at least it: take the best bead's score.
    let rows: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let scored: Vec<(f64, String)> = rows
        .iter()
        .filter(|r| r["bead"] != "0-1" && r["bead"] != "1-0")
        .map(|r| {
            (
                r["score"].as_f64().unwrap(),
                r["en_text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // JSONL rounds scores to 4 decimals: step just under the rounded best.
    let best = scored.iter().map(|(s, _)| *s).fold(0.0, f64::max) - 0.00005;
    let tmx = dir.path().join("out.tmx");
    isnad()
        .args([
            "align",
            &ar,
            &en,
            "--format",
            "tmx",
            "--min-score",
            &format!("{best}"),
            "-o",
        ])
        .arg(&tmx)
        .assert()
        .success();
    let units = isnad::lexicon::parallel::read_tmx(&tmx).unwrap();
    let kept: Vec<&String> = scored
        .iter()
        .filter(|(s, _)| *s >= best)
        .map(|(_, e)| e)
        .collect();
    assert!(!kept.is_empty() && kept.len() < scored.len(), "{scored:?}");
    assert_eq!(units.len(), kept.len(), "{units:?}");
    // The unmatched English sentence is never a unit.
    assert!(units.iter().all(|u| !u.english.contains("<more>")));
}

#[test]
fn lines_mode_counts_empty_lines() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let ladder = stdout_of(&["align", "--lines", &ar, &en, "--format", "ladder"]);
    // Three lines each, the middle one empty on both sides.
    let beads: Vec<&str> = ladder.lines().collect();
    assert_eq!(beads.len(), 3, "{ladder}");
    assert!(beads[1].starts_with("[1]:[1]:"));
}

#[test]
fn lines_mode_ends_a_line_at_a_lone_cr() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = lines_pair(
        &dir,
        "قال الوزير إن الحكومة ستجتمع غدا.\r\nوأضاف أن خمسة أشخاص قتلوا في دمشق.\r\n",
        "The minister said the government will meet tomorrow.\rHe added that five people were killed in Damascus.\r",
    );
    let (ar, en) = (ar.as_str(), en.as_str());
    let ladder = stdout_of(&["align", "--lines", ar, en, "--format", "ladder"]);
    let beads: Vec<&str> = ladder.lines().collect();
    assert_eq!(beads.len(), 2, "{ladder}");
    assert!(beads[0].starts_with("[0]:[0]:") && beads[1].starts_with("[1]:[1]:"));
    let jsonl = stdout_of(&["align", "--lines", ar, en, "--format", "jsonl"]);
    assert!(!jsonl.contains("\\r"), "{jsonl}");
}

/// In lines mode a blank line is a bead of its own, never merged into a bead of text (a
/// tester's `[1]:[1,2,3]`, a "1-3" bead made of a sentence and two blank lines).
#[test]
fn lines_mode_aligns_blank_lines_with_nothing() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = lines_pair(
        &dir,
        "قال الوزير إن الحكومة ستجتمع غدا.\nوأضاف أن خمسة أشخاص قتلوا في دمشق.\nوقالت الشرطة إنها اعتقلت رجلا.\n",
        "The minister said the government will meet tomorrow.\n\nHe added that five people were killed in Damascus.\n\nPolice said they arrested a man.\n",
    );
    let (ar, en) = (ar.as_str(), en.as_str());
    let ladder = stdout_of(&["align", "--lines", ar, en, "--format", "ladder"]);
    let beads: Vec<&str> = ladder
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().0)
        .collect();
    assert_eq!(
        beads,
        ["[0]:[0]", "[]:[1]", "[1]:[2]", "[]:[3]", "[2]:[4]"],
        "{ladder}"
    );
}

#[test]
fn wrong_language_is_an_input_error() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let out = isnad()
        .args(["align", &en, &ar])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // Both files in the wrong order: said so.
    assert!(
        stderr.contains(&format!(
            "{en}: is English and {ar} is Arabic: give the Arabic file first"
        )),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
    assert!(out.stdout.is_empty());
    // `score` takes its files in the same order and says so the same way.
    let out = isnad().args(["score", &en, &ar]).assert().code(2);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("give the Arabic file first (isnad score AR EN)"),
        "{stderr}"
    );
    // English on both sides: the first is not Arabic.
    let out = isnad()
        .args(["align", &en, &en])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("expected Arabic text"), "{stderr}");
}

/// An Arabic text full of Latin company and product names (about 23% of its letters Arabic,
/// below the 30% that makes a text Arabic on its own) is still the Arabic side beside its
/// English translation, in `align`, `align --lines` and as a `check` source.
#[test]
fn an_arabic_text_full_of_latin_names_is_arabic_beside_its_english() {
    let dir = TempDir::new().unwrap();
    let ar = s(&write(
        dir.path(),
        "tech.ar.txt",
        "أعلنت شركات Microsoft Corporation و Alphabet Inc. و Amazon Web Services عن \
         Cloud Security Alliance Framework.\nوقالت Nvidia Corporation إن منصة GeForce RTX \
         Studio متاحة الآن.\n",
    ));
    let en = s(&write(
        dir.path(),
        "tech.en.txt",
        "Microsoft Corporation, Alphabet Inc. and Amazon Web Services announced the Cloud \
         Security Alliance Framework.\nNvidia Corporation said the GeForce RTX Studio platform \
         is now available.\n",
    ));
    for lines in [false, true] {
        let mut cmd = isnad();
        cmd.args(["align", "--format", "pairs"]);
        if lines {
            cmd.arg("--lines");
        }
        let out = String::from_utf8(succeeded(cmd.args([&ar, &en]).output().unwrap())).unwrap();
        assert!(out.contains("Nvidia Corporation said"), "{out}");
    }
    let report = s(&write(
        dir.path(),
        "report.md",
        "Reuters reported that \"Nvidia Corporation said the GeForce RTX Studio platform is now \
         available.\"\n",
    ));
    let out = isnad()
        .args(["check", "--format", "csv", &report, "--source"])
        .arg(format!("{ar}=Reuters"))
        .output()
        .unwrap();
    let csv = String::from_utf8(succeeded(out)).unwrap();
    assert!(csv.contains("matched"), "{csv}");
    // Swapped, the English file is still not the Arabic side.
    let out = isnad()
        .args(["align", &en, &ar])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected"));
    // Nor is English with Arabic names in brackets (16% Arabic script) given as a source.
    let glossed = s(&write(
        dir.path(),
        "glossed.txt",
        "The Syrian Observatory (المرصد السوري) said on Monday that at least 12 people were \
         killed in shelling on Idlib (إدلب). The monitor said the toll could rise. Residents of \
         Sarmin (سرمين) and Saraqeb (سراقب) fled.\n",
    ));
    let out = isnad()
        .args(["check", &report, "--source"])
        .arg(format!("{glossed}=Reuters"))
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected Arabic text"));
}

/// `isnad align --format ladder --batch DIR/pairs.tsv --out-dir DIR/out` with this manifest, a
/// row of which fails: the output directory, the standard error and the summary's rows (the
/// first `columns` columns of each, header left out).
fn failing_batch(
    dir: &TempDir,
    manifest: &str,
    columns: usize,
) -> (PathBuf, String, Vec<Vec<String>>) {
    let manifest = write(dir.path(), "pairs.tsv", manifest);
    let out_dir = dir.path().join("out");
    let out = isnad()
        .args(["align", "--format", "ladder", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let summary = std::fs::read_to_string(out_dir.join("summary.tsv")).unwrap();
    let rows = summary
        .lines()
        .skip(1)
        .map(|l| l.split('\t').take(columns).map(String::from).collect())
        .collect();
    (out_dir, String::from_utf8(out.stderr).unwrap(), rows)
}

#[test]
fn batch_skips_a_bad_pair_and_finishes_the_others() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let (out_dir, stderr, rows) = failing_batch(
        &dir,
        &format!("{ar}\t{en}\tfirst\n{en}\t{ar}\tswapped\nno-tab-here\n{ar}\t{en}\n"),
        4,
    );
    assert!(stderr.contains("swapped: "), "{stderr}");
    assert!(stderr.contains("2 of 4 pairs failed"), "{stderr}");
    assert!(out_dir.join("first.ladder").exists());
    assert!(out_dir.join("4.ladder").exists());
    assert!(!out_dir.join("swapped.ladder").exists());
    let statuses: Vec<&str> = rows.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(statuses, ["ok", "failed", "failed", "ok"]);
}

/// A pair that fails takes its file from an earlier run with it (it would read as this run's),
/// but only a file the earlier run's summary lists as written: a file of the user's with the
/// same name is left as it was. A row the manifest fails touches no file, since its id may be
/// another row's.
#[test]
fn a_failed_pair_leaves_no_stale_file_and_no_user_file_lost() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let manifest = write(
        dir.path(),
        "earlier.tsv",
        &format!("{ar}\t{en}\tstory\n{ar}\t{en}\t3\n"),
    );
    let out_dir = dir.path().join("out");
    isnad()
        .args(["align", "--format", "ladder", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .assert()
        .success();
    assert!(out_dir.join("story.ladder").exists());
    std::fs::write(out_dir.join("3.ladder"), "[0]:[0]:0.5\n").unwrap();
    std::fs::write(out_dir.join("notes.ladder"), "precious\n").unwrap();
    let (out_dir, stderr, rows) = failing_batch(
        &dir,
        &format!("{en}\t{ar}\tstory\n{ar}\t{en}\t3\n{ar}\t{en}\t3\n{en}\t{ar}\tnotes\n"),
        4,
    );
    let statuses: Vec<&str> = rows.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(statuses, ["failed", "ok", "failed", "failed"]);
    assert!(!out_dir.join("story.ladder").exists());
    let written = std::fs::read_to_string(out_dir.join("3.ladder")).unwrap();
    assert_ne!(
        written, "[0]:[0]:0.5\n",
        "line 2's ladder, not the stale one"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("notes.ladder")).unwrap(),
        "precious\n",
        "no earlier run wrote it: the user's file is kept"
    );
    let left: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("left as it was"))
        .collect();
    assert_eq!(left.len(), 1, "{stderr}");
    assert!(left[0].starts_with("isnad: notes: "), "{stderr}");
    assert!(left[0].contains("notes.ladder"), "{stderr}");
}

/// The earlier run wrote `D/ID.ladder`; a file `D/ID.tmx` is the user's although the earlier
/// summary lists the pair as written: a rerun with `--format tmx` where the pair fails leaves
/// it as it was. The summary's last column names the file each pair wrote.
#[test]
fn a_failed_pair_keeps_a_user_file_of_another_format() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let manifest = write(dir.path(), "m.tsv", &format!("{ar}\t{en}\tx\n"));
    let out_dir = dir.path().join("out");
    let run = |format: &str| {
        isnad()
            .args(["align", "--format", format, "--batch"])
            .arg(&manifest)
            .arg("--out-dir")
            .arg(&out_dir)
            .output()
            .unwrap()
    };
    assert_eq!(run("ladder").status.code(), Some(0));
    let summary = std::fs::read_to_string(out_dir.join("summary.tsv")).unwrap();
    let header: Vec<&str> = summary.lines().next().unwrap().split('\t').collect();
    assert_eq!(header.last(), Some(&"file"));
    assert!(
        summary.lines().nth(1).unwrap().ends_with("\tx.ladder"),
        "{summary}"
    );
    std::fs::write(out_dir.join("x.tmx"), "mine\n").unwrap();
    write(dir.path(), "m.tsv", &format!("{en}\t{ar}\tx\n"));
    let second = run("tmx");
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8(second.stderr).unwrap();
    assert_eq!(
        std::fs::read_to_string(out_dir.join("x.tmx")).unwrap(),
        "mine\n",
        "the earlier run wrote x.ladder, not x.tmx: {stderr}"
    );
    assert!(stderr.contains("x.tmx is left as it was"), "{stderr}");
}

#[test]
fn batch_ids_are_unique_line_numbers_included() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    // Line 2 has no id: its line number, 2, is line 1's id. Line 3 is malformed.
    let (out_dir, stderr, rows) =
        failing_batch(&dir, &format!("{ar}\t{en}\t2\n{en}\t{ar}\n{ar}\n"), 4);
    let manifest = dir.path().join("pairs.tsv");
    assert!(
        stderr.contains(&format!(
            "isnad: 2: {}:2: duplicate id 2, already line 1's (a row without an id is named by its line number)\n",
            manifest.display()
        )),
        "{stderr}"
    );
    // 2.ladder is line 1's pair, Arabic first: its first bead has both sides.
    let ladder = std::fs::read_to_string(out_dir.join("2.ladder")).unwrap();
    assert!(ladder.starts_with("[0]:[0]:"), "{ladder}");
    // A failed row keeps what it says in the path columns.
    let (ar, en) = (ar.as_str(), en.as_str());
    assert_eq!(
        rows,
        [
            ["2", ar, en, "ok"],
            ["2", en, ar, "failed"],
            ["3", ar, "", "failed"],
        ]
    );
}

#[test]
fn batch_file_names_are_safe_everywhere_and_named_exactly_in_the_summary() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    // An id starting with `-`, Windows device names, and two ids that differ only in case (one
    // file on Windows and macOS): the last row fails as a duplicate of line 4.
    let (out_dir, stderr, rows) = failing_batch(
        &dir,
        &format!("{ar}\t{en}\t-draft\n{ar}\t{en}\tCON\n{ar}\t{en}\tnul.x\n{ar}\t{en}\tReport\n{ar}\t{en}\treport\n"),
        11,
    );
    let manifest = dir.path().join("pairs.tsv");
    assert!(
        stderr.contains(&format!(
            "isnad: report: {}:5: duplicate id report, already line 4's (Report: ids that differ only in case or in Unicode normalization name one file on Windows and macOS)\n",
            manifest.display()
        )),
        "{stderr}"
    );
    let files = common::file_names(&out_dir);
    assert_eq!(
        files,
        [
            "CON_.ladder",
            "Report.ladder",
            "_-draft.ladder",
            "nul_.x.ladder",
            "summary.tsv"
        ]
    );
    // The summary's id and file cells are the names as written, with no apostrophe.
    let cells: Vec<[&str; 3]> = rows
        .iter()
        .map(|r| [r[0].as_str(), r[3].as_str(), r[10].as_str()])
        .collect();
    assert_eq!(
        cells,
        [
            ["_-draft", "ok", "_-draft.ladder"],
            ["CON_", "ok", "CON_.ladder"],
            ["nul_.x", "ok", "nul_.x.ladder"],
            ["Report", "ok", "Report.ladder"],
            ["report", "failed", ""],
        ]
    );
}

#[test]
fn batch_messages_cannot_rewrite_the_terminal() {
    let dir = TempDir::new().unwrap();
    let (_, en) = pair(&dir);
    // ESC ]0; sets the terminal's title; U+202E reverses what follows.
    let manifest = format!("missing\u{1b}]0;pwned\u{7}\u{202e}.ar\t{en}\tx\n");
    let (_, stderr, _) = failing_batch(&dir, &manifest, 0);
    assert!(
        stderr.contains("isnad: x: missing\\u{1b}]0;pwned\\u{7}\\u{202e}.ar"),
        "{stderr:?}"
    );
    assert!(
        !stderr.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{stderr:?}"
    );
}

#[test]
fn batch_streams_jsonl_in_manifest_order() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let rows: String = (0..6).map(|k| format!("{ar}\t{en}\tdoc{k}\n")).collect();
    let manifest = write(dir.path(), "pairs.tsv", &rows);
    let out = isnad()
        .args(["align", "--format", "jsonl", "--batch"])
        .arg(&manifest)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ids: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 24);
    let expected: Vec<String> = (0..6)
        .flat_map(|k| std::iter::repeat_n(format!("\"doc{k}\""), 4))
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn eval_scores_a_prediction_against_gold() {
    let dir = TempDir::new().unwrap();
    let gold = write(dir.path(), "g", "[0]:[0]\n[1]:[1, 2]\n[2]:[]\n");
    let pred = write(dir.path(), "p", "[0]:[0]:0.9\n[1]:[1]:0.5\n[2]:[2]:0.1\n");
    let out = stdout_of(&[
        "eval",
        "align",
        "--gold",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    let all = out.lines().nth(1).unwrap();
    // 3 predicted beads, 1 exact; 2 gold beads (deletion left out), 1 exact.
    assert_eq!(all, "all,2,3,0.3333,0.5000,0.4000,0.6667,1.0000,0.8000");
    isnad()
        .args(["eval", "align", "--gold"])
        .arg(&gold)
        .assert()
        .code(2);
}

#[test]
fn score_json_names_each_field_once_and_lists_unmatched_words() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let out = stdout_of(&["score", &ar, &en, "--explain", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(!rows.is_empty());
    // serde_json keeps the last of two equal keys, so count them in the text.
    assert_eq!(
        out.matches("\"score\":").count(),
        rows.len(),
        "one score per row:\n{out}"
    );
    for row in &rows {
        let score = row["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        let matched = row["matches"].as_array().map_or(0, Vec::len);
        let unmatched = row["unmatched_en"].as_array().map_or(0, Vec::len);
        assert!(matched + unmatched > 0, "{row}");
    }
}

/// Two texts that are no translation of each other: the aligner still accounts for every
/// sentence, but says on standard error that the pair looks unrelated; a real pair gets no
/// such warning.
#[test]
fn an_unrelated_pair_is_reported() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let other = write(
        dir.path(),
        "other.en.txt",
        "The museum reopened its sculpture garden after a long restoration.\n\n\
         Visitors praised the new lighting of the galleries. Tickets sold out within an hour.\n",
    );
    let warned = |en: &str| {
        let out = isnad().args(["align", &ar, en]).assert().success();
        String::from_utf8(out.get_output().stderr.clone())
            .unwrap()
            .contains("may not be a translation of each other")
    };
    assert!(warned(other.to_str().unwrap()));
    assert!(!warned(&en));
    // The review page and the translation memory carry the warning too: they outlive the
    // terminal, and a reviewer or a CAT tool sees them without it.
    let file_says = |en: &str, format: &str| {
        let out = isnad()
            .args(["align", &ar, en, "--format", format])
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone())
            .unwrap()
            .contains("may not be a translation of each other")
    };
    for format in ["html", "tmx", "pairs", "jsonl"] {
        assert!(file_says(other.to_str().unwrap(), format), "{format}");
        assert!(!file_says(&en, format), "{format}");
    }
    // Each JSONL row carries it as a field, without the terminal's label.
    let out = isnad()
        .args(["align", &ar, other.to_str().unwrap(), "--format", "jsonl"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for line in stdout.lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let warning = row["warning"].as_str().expect("a warning on every row");
        assert!(warning.starts_with("mean bead score"), "{warning}");
    }
}

/// Lines of a pair in a vocabulary no lexicon has: invented Arabic words, each always rendered
/// by the same English word, so a second pass can learn them.
fn invented_pair(dir: &TempDir, name: &str) -> (String, String) {
    let words = [
        ("زرفون", "zebrine"),
        ("قلمسة", "lampion"),
        ("طنبير", "drumlet"),
        ("شمروخ", "quillet"),
    ];
    let (mut ar, mut en) = (String::new(), String::new());
    for i in 0..12 {
        let (a1, e1) = words[i % 4];
        let (a2, e2) = words[(i + 1) % 4];
        let (a3, e3) = words[(i + 2) % 4];
        ar.push_str(&format!("{a1} {a2} {a3}.\n"));
        en.push_str(&format!("{e1} {e2} {e3}.\n"));
    }
    let ar_path = write(dir.path(), &format!("{name}.ar.txt"), &ar);
    let en_path = write(dir.path(), &format!("{name}.en.txt"), &en);
    (ar_path.display().to_string(), en_path.display().to_string())
}

#[test]
fn learning_from_the_pair_saves_what_it_learned() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = invented_pair(&dir, "x");
    let saved = dir.path().join("learned.tsv");
    let saved = saved.to_str().unwrap();
    let args = [
        "align",
        &ar,
        &en,
        "--lines",
        "--format",
        "ladder",
        "--learn",
        "pair",
        "--save-lexicon",
        saved,
    ];
    let ladder = stdout_of(&args);
    assert_eq!(ladder.lines().count(), 12, "{ladder}");
    let learned = std::fs::read_to_string(saved).unwrap();
    assert!(learned.starts_with("# isnad lexicon: stems"), "{learned}");
    // What was learned loads back as a lexicon, and the invented word means what it did.
    let shown = stdout_of(&[
        "lexicon",
        "show",
        "زرفون",
        "--lexicon",
        saved,
        "--no-embedded",
    ]);
    assert!(shown.contains("zebrin"), "{shown}\n{learned}");
}

/// A lexicon learned from a pair cannot vouch for the pair: two unrelated texts learned from
/// score like a translation in the second pass. Whether a pair looks like no translation is
/// judged on the first pass, and the warning says so; a real pair still gets none.
#[test]
fn learning_from_the_pair_keeps_the_first_pass_verdict() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = invented_pair(&dir, "x");
    let stderr_of = |ar: &str, en: &str| {
        let out = isnad()
            .args(["align", ar, en, "--lines", "--learn", "pair"])
            .assert()
            .success();
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    let warning = stderr_of(&ar, &en);
    assert!(
        warning.contains("before learning from the pair")
            && warning.contains("may not be a translation of each other"),
        "{warning}"
    );
    let (ar, en) = pair(&dir);
    let warning = stderr_of(&ar, &en);
    assert!(!warning.contains("may not be a translation"), "{warning}");
}

#[test]
fn save_lexicon_needs_learning_and_one_lexicon() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = invented_pair(&dir, "x");
    let saved = dir.path().join("learned.tsv");
    let saved = saved.to_str().unwrap();
    isnad()
        .args(["align", &ar, &en, "--save-lexicon", saved])
        .assert()
        .code(2);
    let manifest = write(dir.path(), "m.tsv", &format!("{ar}\t{en}\n"));
    let manifest = manifest.to_str().unwrap();
    isnad()
        .args([
            "align", "--batch", manifest, "--format", "jsonl", "--learn", "pair",
        ])
        .args(["--save-lexicon", saved])
        .assert()
        .code(2);
    assert!(!std::path::Path::new(saved).exists());
}

#[test]
fn learning_from_the_batch_learns_once_for_every_pair() {
    let dir = TempDir::new().unwrap();
    let (ar1, en1) = invented_pair(&dir, "one");
    let (ar2, en2) = invented_pair(&dir, "two");
    let manifest = write(
        dir.path(),
        "m.tsv",
        &format!("{ar1}\t{en1}\n{ar2}\t{en2}\n"),
    );
    let saved = dir.path().join("learned.tsv");
    let (manifest, saved) = (manifest.to_str().unwrap(), saved.to_str().unwrap());
    let jsonl = stdout_of(&[
        "align",
        "--batch",
        manifest,
        "--lines",
        "--format",
        "jsonl",
        "--learn",
        "batch",
        "--save-lexicon",
        saved,
    ]);
    assert_eq!(jsonl.lines().count(), 24, "{jsonl}");
    let learned = std::fs::read_to_string(saved).unwrap();
    assert!(learned.contains("quillet"), "{learned}");
}

#[test]
fn min_score_applies_where_it_means_something_and_an_explicit_zero_is_kept() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    isnad()
        .args(["align", &ar, &en, "--format", "csv", "--min-score", "0.3"])
        .assert()
        .code(2);
    // HTML marks beads below the level: with 0, none is marked.
    let html = stdout_of(&["align", &ar, &en, "--format", "html", "--min-score", "0"]);
    let default = stdout_of(&["align", &ar, &en, "--format", "html"]);
    assert_ne!(html, default, "an explicit 0 is not the default level");
}

#[test]
fn tmx_from_lines_holds_no_empty_segment() {
    let dir = TempDir::new().unwrap();
    let ar = write(
        dir.path(),
        "l.ar.txt",
        "قصفت الطائرات الروسية قرية سلمى.\n\nرفع البنك المركزي أسعار الفائدة.\n",
    );
    let en = write(
        dir.path(),
        "l.en.txt",
        "Russian warplanes bombed the village of Salma.\n\nThe central bank raised interest rates.\n",
    );
    let tmx = stdout_of(&[
        "align",
        &ar.display().to_string(),
        &en.display().to_string(),
        "--lines",
        "--format",
        "tmx",
    ]);
    assert_eq!(tmx.matches("<tu>").count(), 2, "{tmx}");
    assert!(
        !tmx.contains("<seg></seg>") && !tmx.contains("<seg/>"),
        "{tmx}"
    );
    // Each unit carries its score as a note; the header its date, from SOURCE_DATE_EPOCH.
    assert_eq!(
        tmx.matches("<note>isnad alignment score ").count(),
        2,
        "{tmx}"
    );
    let dated = isnad()
        .env("SOURCE_DATE_EPOCH", "1765000000")
        .args([
            "align",
            &ar.display().to_string(),
            &en.display().to_string(),
        ])
        .args(["--lines", "--format", "tmx"])
        .output()
        .unwrap();
    let dated = String::from_utf8(dated.stdout).unwrap();
    assert!(
        dated.contains("creationdate=\"20251206T054640Z\""),
        "{dated}"
    );
}

/// A file modified before 1970 (a clock never set) dates no TMX: the header goes without a
/// `creationdate`, in batch mode too, and nothing panics.
#[test]
fn tmx_of_files_modified_before_1970_has_no_date() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let before_1970 = std::time::UNIX_EPOCH - std::time::Duration::from_secs(100);
    for path in [&ar, &en] {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(before_1970).unwrap();
    }
    let tmx = stdout_of(&["align", &ar, &en, "--format", "tmx"]);
    assert!(
        tmx.contains("<header ") && !tmx.contains("creationdate"),
        "{tmx}"
    );
    assert!(tmx.contains("<tu>"), "{tmx}");
    let manifest = write(dir.path(), "pairs.tsv", &format!("{ar}\t{en}\told\n"));
    let out_dir = dir.path().join("out");
    isnad()
        .args(["align", "--format", "tmx", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .assert()
        .success();
    let tmx = std::fs::read_to_string(out_dir.join("old.tmx")).unwrap();
    assert!(
        tmx.contains("<tu>") && !tmx.contains("creationdate"),
        "{tmx}"
    );
}

/// SOURCE_DATE_EPOCH that is not a date a TMX can hold (negative, past year 9999, not a
/// number) is a usage error naming it, before any output; the other formats do not read it.
#[test]
fn a_source_date_epoch_tmx_cannot_hold_is_a_usage_error() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    for bad in ["-5", "abc", "253402300800"] {
        let out = isnad()
            .env("SOURCE_DATE_EPOCH", bad)
            .args(["align", &ar, &en, "--format", "tmx"])
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!("isnad: SOURCE_DATE_EPOCH=\"{bad}\" ")),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(out.stdout.is_empty());
        isnad()
            .env("SOURCE_DATE_EPOCH", bad)
            .args(["align", &ar, &en, "--format", "ladder"])
            .assert()
            .success();
    }
    let last = isnad()
        .env("SOURCE_DATE_EPOCH", "253402300799")
        .args(["align", &ar, &en, "--format", "tmx"])
        .assert()
        .success()
        .get_output()
        .clone();
    let last = String::from_utf8(last.stdout).unwrap();
    assert!(last.contains("creationdate=\"99991231T235959Z\""), "{last}");
}

#[test]
fn tmx_language_codes_can_be_set_and_only_for_tmx() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let tmx = stdout_of(&[
        "align",
        &ar,
        &en,
        "--format",
        "tmx",
        "--source-lang",
        "ar-SY",
        "--target-lang",
        "en-GB",
    ]);
    assert!(tmx.contains("srclang=\"ar-SY\""), "{tmx}");
    assert!(tmx.contains("xml:lang=\"ar-SY\"") && tmx.contains("xml:lang=\"en-GB\""));
    assert!(!tmx.contains("xml:lang=\"en\""));
    for args in [
        vec![
            "align",
            &ar,
            &en,
            "--format",
            "csv",
            "--source-lang",
            "ar-SY",
        ],
        vec![
            "align",
            &ar,
            &en,
            "--format",
            "tmx",
            "--target-lang",
            "en\"><x",
        ],
    ] {
        isnad().args(&args).assert().code(2);
    }
}

/// An option that does nothing in the mode asked for is a usage error, not silently ignored.
#[test]
fn out_dir_without_batch_is_a_usage_error() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
    let out = common::isnad()
        .args([
            "align",
            &format!("{sample}/sahel-tv.ar.txt"),
            &format!("{sample}/report.en.md"),
        ])
        .args(["--out-dir", "never-written"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out-dir"));
    assert!(!std::path::Path::new("never-written").exists());
}

/// `score` fills its explanation column on every row; `--explain` is for the JSON lists only.
#[test]
fn score_always_explains_and_explain_is_for_json() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
    let (ar, en) = (
        format!("{sample}/sahel-tv.ar.txt"),
        format!("{sample}/report.en.md"),
    );
    let out = stdout_of(&["score", &ar, &en, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let column = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "explanation")
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.len() > 10);
    assert!(
        rows.iter().all(|r| !r[column].is_empty()),
        "an empty explanation"
    );
    let out = common::isnad()
        .args(["score", &ar, &en, "--explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--explain"));
}

/// `eval align` refuses gold it cannot score against: an empty file, beads that run backwards,
/// a prediction for another document pair. One line naming the file, exit 2.
#[test]
fn eval_validates_the_gold_and_the_prediction() {
    let dir = TempDir::new().unwrap();
    let pred = write(dir.path(), "p", "[0]:[0]\n[1]:[1]\n");
    let eval = |gold: &str| {
        let gold = write(dir.path(), "g", gold);
        let out = isnad()
            .args(["eval", "align", "--gold"])
            .arg(&gold)
            .arg("--pred")
            .arg(&pred)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        err
    };
    assert!(eval("# nothing yet\n").contains("no bead"));
    assert!(eval("[0,1]:[0]\n[1]:[1]\n")
        .contains("g:2: Arabic sentence 1 is already in an earlier bead"));
    assert!(eval("[0]:[0]\n[2]:[1,2]\n").contains("g:2: Arabic sentence 1 is in no bead"));
    let other = eval("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    assert!(other.contains("not the same document pair"), "{other}");
}

/// Two outputs of one run that are the same file, whatever paths spell them, are a usage
/// error before anything is written: one would replace the other.
#[test]
fn two_outputs_of_one_run_may_not_be_the_same_file() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = invented_pair(&dir, "x");
    let learned = dir.path().join("learned.tsv");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), dir.path().join("here")).unwrap();
    let dotted = dir.path().join(".").join("learned.tsv");
    let mut spellings = vec![learned.clone(), dotted];
    #[cfg(unix)]
    spellings.push(dir.path().join("here").join("learned.tsv"));
    for other in &spellings {
        let out = isnad()
            .args(["align", &ar, &en, "--lines", "--learn", "pair"])
            .arg("--save-lexicon")
            .arg(&learned)
            .arg("-o")
            .arg(other)
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("are the same file"), "{stderr}");
        assert!(!learned.exists(), "{}", other.display());
    }
    // A batch: --save-lexicon may not be a file of --out-dir.
    let manifest = write(dir.path(), "m.tsv", &format!("{ar}\t{en}\tx1\n"));
    let out_dir = dir.path().join("og");
    for inside in ["summary.tsv", "x1.txt"] {
        let out = isnad()
            .args(["align", "--lines", "--learn", "batch", "--batch"])
            .arg(&manifest)
            .arg("--out-dir")
            .arg(&out_dir)
            .arg("--save-lexicon")
            .arg(out_dir.join(inside))
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("are the same file"), "{stderr}");
        assert!(!out_dir.exists(), "{inside}");
    }
    // Another name in --out-dir is fine, the directory made for both.
    isnad()
        .args(["align", "--lines", "--learn", "batch", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .arg("--save-lexicon")
        .arg(out_dir.join("learned.tsv"))
        .assert()
        .success();
    assert!(out_dir.join("x1.txt").exists());
    assert!(out_dir.join("learned.tsv").exists());
}

/// A run that exits 2 writes nothing: every output is checked (its directory, the inputs it
/// would replace) before the first is written.
#[test]
fn a_run_that_fails_writes_no_output() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = invented_pair(&dir, "x");
    let learned = dir.path().join("learned.tsv");
    let no_dir = dir.path().join("nodir").join("x.txt");
    for output in [no_dir.to_str().unwrap(), en.as_str()] {
        let out = isnad()
            .args(["align", &ar, &en, "--lines", "--learn", "pair"])
            .arg("--save-lexicon")
            .arg(&learned)
            .args(["-o", output])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(!learned.exists(), "{output}: {stderr}");
    }
    assert!(!dir.path().join("nodir").exists());
}

/// `args` with `stdin` on standard input: refused with exit 2, nothing on stdout, one stderr
/// line saying standard input is read once and naming `roles`.
fn refused_as_stdin_twice(args: &[&str], stdin: &str, roles: &str) {
    let out = isnad().args(args).write_stdin(stdin).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(
        stderr.contains("standard input can be read only once") && stderr.contains(roles),
        "{args:?}: {stderr}"
    );
}

#[test]
fn standard_input_given_for_two_inputs_is_a_usage_error() {
    // It used to read the text for AR, then fail on EN: "<stdin>: empty file".
    refused_as_stdin_twice(
        &["align", "-", "-", "--format", "ladder"],
        AR,
        "given as AR and as EN",
    );
    let dir = TempDir::new().unwrap();
    let (ar, _) = pair(&dir);
    refused_as_stdin_twice(
        &["align", &ar, "-", "--lexicon", "-"],
        EN,
        "given as EN and as --lexicon",
    );
    refused_as_stdin_twice(&["score", "-", "-"], AR, "given as AR and as EN");
    refused_as_stdin_twice(
        &["eval", "align", "--gold", "-", "--pred", "-"],
        "[0]:[0]\n",
        "given as --gold and as --pred",
    );
    // One `-` is standard input, as before.
    let (ar, en) = pair(&dir);
    let from_file = stdout_of(&["align", &ar, &en, "--format", "ladder"]);
    let piped = isnad()
        .args(["align", &ar, "-", "--format", "ladder"])
        .write_stdin(EN)
        .output()
        .unwrap();
    assert!(piped.status.success());
    assert_eq!(String::from_utf8(piped.stdout).unwrap(), from_file);
}

#[test]
fn tmx_language_codes_are_tags_and_label_the_right_side() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let code = |flags: &[&str]| {
        isnad()
            .args(["align", &ar, &en, "--format", "tmx"])
            .args(flags)
            .output()
            .unwrap()
            .status
            .code()
    };
    for bad in [
        &["--source-lang=---"][..],
        &["--source-lang", "x"],
        &["--target-lang", "english"],
        &["--source-lang", "en"],
        &["--target-lang", "ar-SY"],
    ] {
        assert_eq!(code(bad), Some(2), "{bad:?}");
    }
    assert_eq!(
        code(&["--source-lang", "ar-SY", "--target-lang", "en-GB"]),
        Some(0)
    );
}

/// A report that quotes an outlet is not its translation: most of its sentences find no
/// counterpart, and `align` says so although the pair shares vocabulary; a translation does not.
#[test]
fn a_pair_translating_only_in_part_is_reported() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
    let stderr = |ar: &str, en: &str| {
        let out = isnad().args(["align", ar, en]).assert().success();
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    let quoted = stderr(
        &format!("{sample}/levant-observatory.ar.txt"),
        &format!("{sample}/report.en.md"),
    );
    assert!(
        quoted.contains("have no Arabic counterpart scoring 0.3"),
        "{quoted}"
    );
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    assert_eq!(stderr(&ar, &en), "");
}

/// A symbolic link already in `--out-dir` at a name the batch writes is replaced, never written
/// through: the output stays in the directory, and the file the link pointed at is untouched.
#[cfg(unix)]
#[test]
fn batch_files_replace_links_in_the_out_dir_instead_of_following_them() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let outside = write(dir.path(), "precious.txt", "keep me\n");
    std::os::unix::fs::symlink(&outside, out_dir.join("w.ladder")).unwrap();
    std::os::unix::fs::symlink(&outside, out_dir.join("summary.tsv")).unwrap();
    let manifest = write(dir.path(), "pairs.tsv", &format!("{ar}\t{en}\tw\n"));
    isnad()
        .args(["align", "--format", "ladder", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me\n");
    for name in ["w.ladder", "summary.tsv"] {
        let meta = std::fs::symlink_metadata(out_dir.join(name)).unwrap();
        assert!(meta.is_file(), "{name} is a file of the out-dir now");
    }
    assert!(std::fs::read_to_string(out_dir.join("w.ladder"))
        .unwrap()
        .contains(':'));
}

/// Each page of an HTML batch is titled by its files, as a single pair's page is, so that a
/// reviewer tells the pages apart.
#[test]
fn batch_html_pages_are_titled_by_their_files() {
    let dir = TempDir::new().unwrap();
    let (ar, en) = pair(&dir);
    let manifest = write(dir.path(), "pairs.tsv", &format!("{ar}\t{en}\tw\n"));
    let out_dir = dir.path().join("out");
    isnad()
        .args(["align", "--format", "html", "--batch"])
        .arg(&manifest)
        .arg("--out-dir")
        .arg(&out_dir)
        .assert()
        .success();
    let page = std::fs::read_to_string(out_dir.join("w.html")).unwrap();
    let title = page
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap();
    assert!(
        title.contains("a.en.txt") && title.contains("a.ar.txt"),
        "{title}"
    );
}
