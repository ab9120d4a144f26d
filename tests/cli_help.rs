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
