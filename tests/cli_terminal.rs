//! The human-readable outputs (check's report, the tables of segment, names and romanize, align's
//! pairs) cannot drive the terminal that shows them: control characters and bidi controls from
//! the inputs (text, file names, outlet names) come out escaped, `\u{1b}`, `\u{202e}`, as in
//! error messages; Arabic comes out as it is. The machine formats keep the text (JSON escapes
//! control characters its own way).

mod common;

use std::path::Path;

use common::{isnad, s, write};

/// An OSC sequence that sets the terminal's title, one that clears the screen, and a
/// right-to-left override that reverses what follows.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}";
/// `HOSTILE` as a human-readable output shows it.
const SHOWN: &str = "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}";

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");

/// Runs `isnad ARGS`, asserts it exits with `code`, returns standard output.
fn stdout(args: &[String], code: i32) -> String {
    let out = isnad().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn args(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

/// No raw ESC, BEL or RLO in `out`, and `HOSTILE` shown escaped at least `times` times.
fn assert_escaped(out: &str, times: usize) {
    assert!(
        !out.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "raw control on stdout: {out:?}"
    );
    assert!(out.matches(SHOWN).count() >= times, "{out}");
}

/// `out` without the colour sequences (`ESC [ 1;31 m`) the printer adds itself.
fn without_colour(out: &str) -> String {
    let mut plain = String::new();
    let mut rest = out;
    while let Some(at) = rest.find("\u{1b}[") {
        plain.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let len = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[len..].starts_with('m') {
            rest = &after[len + 1..];
        } else {
            // Not a colour: keep it, for the assertion to find.
            plain.push_str("\u{1b}[");
            rest = after;
        }
    }
    plain.push_str(rest);
    plain
}

/// A report whose file name and quote hold `HOSTILE`, and the sample's TV source under a name
/// holding it: (report, `--source` argument with an outlet name holding it, Arabic included).
fn hostile_check_project(dir: &Path) -> (String, String) {
    let report = write(
        dir,
        &format!("report{HOSTILE}.md"),
        &format!(
            "Sahel TV said the army was advancing.\n\n\"This afternoon, army units{HOSTILE} took \
             control of three strategic hills overlooking the road between Dorin and Salma,\" the \
             channel reported.\n"
        ),
    );
    let tv = dir.join(format!("tv{HOSTILE}.ar.txt"));
    std::fs::copy(format!("{SAMPLE}/sahel-tv.ar.txt"), &tv).unwrap();
    let source = format!("{}=Al-Sahel TV قناة الساحل{HOSTILE},Sahel TV", s(&tv));
    (s(&report), source)
}

#[test]
fn check_report_shows_hostile_text_escaped_and_arabic_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let (report, source) = hostile_check_project(dir.path());
    let base = ["check", &report, "--source", &source, "--fail-on", "never"];
    let plain = stdout(&args(&base), 0);
    // The report's name (twice), the outlet (three times), the source's name, the quote.
    assert_escaped(&plain, 7);
    assert!(
        plain.contains(&format!("Al-Sahel TV قناة الساحل{SHOWN}")),
        "{plain}"
    );
    // The matched Arabic, unchanged inside the printer's own right-to-left isolate.
    assert!(plain.contains("\u{2067}"), "{plain}");
    assert!(plain.contains("بين دورين وسلمى"), "{plain}");

    let coloured = stdout(&args(&[&base[..], &["--color", "always"]].concat()), 0);
    assert!(coloured.contains("\u{1b}[1m"), "colour was asked for");
    assert_eq!(without_colour(&coloured), plain);

    // JSON keeps the text, with control characters escaped its own way.
    let json = stdout(&args(&[&base[..], &["--format", "json"]].concat()), 0);
    assert!(!json.contains(['\u{1b}', '\u{7}']), "{json}");
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        parsed["sources"][0]["outlet"],
        format!("Al-Sahel TV قناة الساحل{HOSTILE}")
    );
}

#[test]
fn segment_table_shows_hostile_text_escaped_and_arabic_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let english = write(
        dir.path(),
        &format!("e{HOSTILE}.txt"),
        &format!("The army{HOSTILE} advanced on Salma.\n"),
    );
    let arabic = write(dir.path(), "a.ar.txt", "قصفت الطائرات قرية سلمى.\n");
    let table = stdout(&args(&["segment", &s(&english), &s(&arabic)]), 0);
    assert_escaped(&table, 2);
    assert!(
        table.contains(&format!("The army{SHOWN} advanced on Salma.")),
        "{table}"
    );
    assert!(table.contains("قصفت الطائرات قرية سلمى."), "{table}");
    // JSON lines keep the text.
    let jsonl = stdout(&args(&["segment", &s(&english), "--format", "jsonl"]), 0);
    let row: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(row["text"], format!("The army{HOSTILE} advanced on Salma."));
}

#[test]
fn names_table_shows_hostile_file_names_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        &format!("n{HOSTILE}.md"),
        "Shelling hit Salma before dawn. Later the army entered Salma again.\n",
    );
    let table = stdout(&args(&["names", &s(&report)]), 0);
    assert_escaped(&table, 2);
}

#[test]
fn romanize_table_shows_hostile_text_escaped_and_arabic_as_it_is() {
    let table = stdout(
        &args(&["romanize", &format!("Kafr{HOSTILE}Dabla"), "كفرحمرون"]),
        0,
    );
    assert_escaped(&table, 1);
    assert!(table.contains("كفرحمرون"), "{table}");
}

#[test]
fn align_pairs_show_hostile_text_escaped_and_arabic_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let ar = write(dir.path(), "l.ar.txt", "قصفت الطائرات الروسية قرية سلمى.\n");
    let en = write(
        dir.path(),
        "l.en.txt",
        &format!("Russian warplanes{HOSTILE} bombed the village of Salma.\n"),
    );
    let (ar, en) = (s(&ar), s(&en));
    let pairs = stdout(&args(&["align", &ar, &en, "--lines"]), 0);
    assert_escaped(&pairs, 1);
    assert!(
        pairs.contains("  ar  قصفت الطائرات الروسية قرية سلمى.\n"),
        "{pairs}"
    );
    let jsonl = stdout(
        &args(&["align", &ar, &en, "--lines", "--format", "jsonl"]),
        0,
    );
    let row: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(
        row["en_text"],
        format!("Russian warplanes{HOSTILE} bombed the village of Salma.")
    );
}
