//! Every command's `--help`: its own examples, each a whole command line that fits an
//! 80-column terminal, so none wraps in the middle of an argument.

mod common;

const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["segment"],
    &["score"],
    &["names"],
    &["romanize"],
    &["align"],
    &["eval", "align"],
    &["lexicon"],
    &["lexicon", "learn"],
    &["lexicon", "show"],
];

fn help(command: &[&str]) -> String {
    let out = common::isnad()
        .args(command)
        .arg("--help")
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    assert!(out.status.success(), "{command:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The lines after `Examples:` up to the first blank line.
fn examples(help: &str) -> Vec<&str> {
    help.lines()
        .skip_while(|l| !l.starts_with("Example"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

#[test]
fn examples_are_whole_lines_that_fit_80_columns() {
    for command in COMMANDS {
        let help = help(command);
        let examples = examples(&help);
        assert!(!examples.is_empty(), "{command:?} has no examples:\n{help}");
        let mut continued = false;
        for line in &examples {
            let width = line.chars().count();
            assert!(width <= 80, "{command:?}: {width} columns: {line}");
            // A line starts a command, or continues one that ended in a backslash.
            let starts_command = ["  isnad ", "  cut ", "  cat "]
                .iter()
                .any(|p| line.starts_with(p));
            assert!(
                starts_command || continued,
                "{command:?}: a wrapped example: {line:?}"
            );
            continued = line.ends_with('\\');
        }
    }
}

#[test]
fn a_subcommand_shows_its_own_examples() {
    for sub in ["show", "learn"] {
        let help = help(&["lexicon", sub]);
        let commands: Vec<&str> = examples(&help)
            .into_iter()
            .filter(|l| l.starts_with("  isnad"))
            .collect();
        assert!(!commands.is_empty(), "{help}");
        let own = format!("isnad lexicon {sub} ");
        assert!(commands.iter().all(|l| l.contains(&own)), "{help}");
    }
}

/// Completions and man pages come from the same definition as the parser: every command and
/// option the binary has is in them.
#[test]
fn completions_and_man_pages_are_generated_from_the_parser() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = common::isnad()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["check", "align", "names", "fail-on", "encoding"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let man = |args: &[&str]| {
        let out = common::isnad().arg("man").args(args).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let (code, page) = man(&[]);
    assert_eq!(code, Some(0));
    assert!(
        page.starts_with(".ie") && page.contains(".TH isnad 1"),
        "{page}"
    );
    for command in COMMANDS.iter().map(|c| c[0]) {
        assert!(page.contains(command), "the man page lacks {command}");
    }
    let (code, page) = man(&["check"]);
    assert_eq!(code, Some(0));
    assert!(
        page.contains(".TH isnad-check 1") && page.contains("fail\\-on"),
        "{page}"
    );
    assert_eq!(man(&["nope"]).0, Some(2));
}

/// What the docs say of exit code 2: an input error is one line naming the file; an option the
/// parser refuses is one line and a second naming the help to read; nothing on standard output.
#[test]
fn errors_are_as_long_as_the_docs_say() {
    let out = common::isnad()
        .args(["check", "corpus/samples/salma", "--no-such-option"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(
        lines[1],
        "isnad: see 'isnad check --help' for the options and examples"
    );
    let out = common::isnad()
        .args(["segment", "nowhere.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err, "isnad: nowhere.txt: no such file\n");
}

/// A command line refused inside a nested subcommand names that subcommand's help.
#[test]
fn a_refused_nested_subcommand_names_its_own_help() {
    for (args, help) in [
        (
            &["lexicon", "show", "--no-such-option"][..],
            "isnad lexicon show",
        ),
        (&["lexicon", "show"][..], "isnad lexicon show"),
        (&["eval", "align"][..], "isnad eval align"),
    ] {
        let out = common::isnad().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            err.lines().nth(1),
            Some(format!("isnad: see '{help} --help' for the options and examples").as_str()),
            "{err}"
        );
    }
}

/// `check --help` says what the report may be and lists the CSV columns of docs/check.md.
#[test]
fn check_help_names_the_report_formats_and_every_csv_column() {
    let text = help(&["check"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        !flat.contains("the report is plain text or Markdown"),
        "{text}"
    );
    for format in [".html", ".docx", ".odt"] {
        assert!(flat.contains(format), "{format}: {text}");
    }
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/check.md")).unwrap();
    let header = docs
        .lines()
        .find(|l| l.starts_with("quote_id,"))
        .expect("the CSV header in docs/check.md");
    let listed = flat.replace(", ", ",");
    assert!(listed.contains(header), "{header} not in: {text}");
}
