//! The docs agree with the code: every `isnad` command shown in README.md and docs/*.md is
//! checked. A command line in a shell or indented block is run: it must run (exit 0 or 1), or
//! fail only because a file it names is an example the repository does not have. A synopsis
//! (`isnad check REPORT --source FILE=Outlet …`) or a command named in the prose (`isnad names
//! --arabic`) must name only commands and options the binary has. A renamed flag, a removed
//! command or a stale example fails here.

mod common;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One command as the docs show it, and where.
#[derive(Debug)]
struct Shown {
    file: String,
    line: usize,
    text: String,
    /// A command line of a shell or indented block (run), not one named in the prose.
    in_block: bool,
}

fn doc_files() -> Vec<PathBuf> {
    let mut files = vec![Path::new(ROOT).join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The `isnad` part of a line: `cargo run --release --` made `isnad`, the comment, the rest of a
/// pipeline and redirections cut off.
fn isnad_part(line: &str) -> Option<String> {
    let line = line.trim();
    let start = line
        .find("cargo run --release -- ")
        .map(|at| (at, "cargo run --release -- ".len()))
        .or_else(|| line.find("isnad ").map(|at| (at, "isnad ".len())))?;
    // Inside prose ("isnad (إسناد …) checks") the word is not a command.
    if start.0 > 0 && !line[..start.0].trim_end().ends_with('|') {
        return None;
    }
    let rest = &line[start.0 + start.1..];
    let end = rest
        .find(" # ")
        .into_iter()
        .chain(rest.find(" | "))
        .chain(rest.find(" > "))
        .chain(rest.find(" < "))
        .min()
        .unwrap_or(rest.len());
    let command = rest[..end].trim().trim_end_matches('\\').trim();
    let sub = command.split_whitespace().next()?;
    SUBCOMMANDS
        .contains(&sub)
        .then(|| format!("isnad {command}"))
}

const SUBCOMMANDS: &[&str] = &[
    "check",
    "segment",
    "score",
    "lexicon",
    "names",
    "romanize",
    "align",
    "eval",
    "completions",
    "man",
];

/// Every command the docs show.
fn shown_commands() -> Vec<Shown> {
    let mut shown = Vec::new();
    for path in doc_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let mut fence: Option<String> = None;
        let mut pending = String::new();
        for (n, line) in text.lines().enumerate() {
            if let Some(lang) = line.trim_start().strip_prefix("```") {
                fence = match fence {
                    Some(_) => None,
                    None => Some(lang.trim().to_string()),
                };
                continue;
            }
            let in_shell = matches!(fence.as_deref(), Some("sh" | "bash" | "console" | "shell"));
            let indented = fence.is_none() && line.starts_with("    ");
            let mut candidates = Vec::new();
            let in_block = in_shell || indented;
            if in_block {
                // A command continued with a backslash is one command.
                let joined = format!("{pending}{line}");
                if joined.trim_end().ends_with('\\') {
                    pending = joined.trim_end().trim_end_matches('\\').to_string() + " ";
                    continue;
                }
                pending.clear();
                candidates.push(joined);
            } else if fence.is_none() {
                candidates.extend(line.split('`').skip(1).step_by(2).map(str::to_string));
            }
            for candidate in candidates {
                if let Some(command) = isnad_part(&candidate) {
                    shown.push(Shown {
                        file: file.clone(),
                        line: n + 1,
                        text: command,
                        in_block,
                    });
                }
            }
        }
    }
    shown
}

/// A synopsis rather than a command: placeholders (`FILE`, `AR`, `…`) or alternatives (`[`,
/// `|`).
fn is_synopsis(words: &[String]) -> bool {
    words.iter().skip(1).any(|w| {
        w.contains(['…', '[', '|']) || w.contains("...") || {
            let bare = w.trim_start_matches('-').split('=').next().unwrap_or("");
            let letters: String = bare.chars().filter(|c| c.is_alphabetic()).collect();
            !w.starts_with('-')
                && !letters.is_empty()
                && letters.chars().all(|c| c.is_ascii_uppercase())
        }
    })
}

/// The subcommand path of a command line (`eval align`, `lexicon show`, `check`).
fn subcommand_path(words: &[String]) -> Vec<String> {
    let mut path = vec![words[1].clone()];
    if matches!(words[1].as_str(), "eval" | "lexicon") {
        if let Some(sub) = words.get(2).filter(|w| !w.starts_with('-')) {
            path.push(sub.clone());
        }
    }
    path
}

fn help_of(path: &[String]) -> String {
    let out = common::isnad().args(path).arg("--help").output().unwrap();
    assert!(out.status.success(), "isnad {path:?} --help");
    String::from_utf8(out.stdout).unwrap()
}

/// A directory to run commands in: `corpus` is the repository's, anything they write stays here.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(Path::new(ROOT).join("corpus"), dir.path().join("corpus")).unwrap();
    dir
}

#[test]
fn every_command_in_the_docs_runs_or_names_only_real_options() {
    let shown = shown_commands();
    assert!(
        shown.len() >= 30,
        "found only {} commands: {shown:#?}",
        shown.len()
    );
    let work = workspace();
    let mut failures = Vec::new();
    let mut ran = 0;
    for s in &shown {
        let Ok(words) = shell_words::split(&s.text) else {
            failures.push(format!("{}:{}: cannot split `{}`", s.file, s.line, s.text));
            continue;
        };
        if words.len() < 2 {
            continue;
        }
        let path = subcommand_path(&words);
        if !s.in_block || is_synopsis(&words) {
            let help = help_of(&path);
            for flag in words.iter().filter(|w| w.starts_with("--")) {
                let flag = flag.split(['=', '…', '[', ']']).next().unwrap();
                let global = ["--help", "--quiet", "--encoding", "--max-input-bytes"];
                if !help.contains(flag) && !global.contains(&flag) {
                    failures.push(format!(
                        "{}:{}: `{}` names {flag}, which `isnad {}` does not have",
                        s.file,
                        s.line,
                        s.text,
                        path.join(" ")
                    ));
                }
            }
            continue;
        }
        let out = common::isnad()
            .current_dir(work.path())
            .args(&words[1..])
            .write_stdin("")
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .unwrap();
        ran += 1;
        let stderr = String::from_utf8_lossy(&out.stderr);
        let ok = match out.status.code() {
            Some(0 | 1) => true,
            // An example file the repository does not have (report.md, pairs.tsv), or a
            // device the text says is refused: the command itself was understood.
            Some(2) => {
                stderr.lines().count() == 1
                    && ["no such file", "is a device", "empty file", "<stdin>"]
                        .iter()
                        .any(|m| stderr.contains(m))
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{}:{}: `{}` exited {:?}: {}",
                s.file,
                s.line,
                s.text,
                out.status.code(),
                stderr.trim()
            ));
        }
    }
    assert!(ran >= 8, "ran only {ran} commands");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The CSV headers the docs give as contracts are the ones the commands print.
#[test]
fn documented_csv_headers_are_the_printed_ones() {
    let doc =
        |name: &str| std::fs::read_to_string(Path::new(ROOT).join("docs").join(name)).unwrap();
    let first_line = |args: &[&str]| {
        let out = common::isnad()
            .current_dir(ROOT)
            .args(args)
            .output()
            .unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    let check = first_line(&["check", "corpus/samples/salma", "--format", "csv"]);
    assert!(
        doc("check.md").lines().any(|l| l == check),
        "docs/check.md does not show the header `{check}`"
    );
    let sample = "corpus/samples/salma";
    let align = first_line(&[
        "align",
        &format!("{sample}/sahel-tv.ar.txt"),
        &format!("{sample}/report.en.md"),
        "--format",
        "csv",
    ]);
    assert!(
        doc("align.md").contains(&format!("exactly the columns `{align}`")),
        "docs/align.md does not give the columns `{align}`"
    );
}
