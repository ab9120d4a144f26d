//! Command-line interface: one file per subcommand, each starting with its usage text.
//! This module only parses, dispatches, and turns errors into one stderr line and exit code 2.

mod align;
mod args;
mod check;
mod completions;
mod earlier_run;
mod eval;
mod lexicon;
mod man;
mod manifest;
mod names;
mod romanize;
mod score;
mod segment;

use clap::{CommandFactory, Parser, Subcommand};
use isnad_cli::notice::terminal_safe;

/// Exit code for usage and input errors (bad file, bad flag, malformed resource).
pub const EXIT_INPUT: i32 = 2;

#[derive(Parser)]
#[command(
    name = "isnad",
    version,
    about = "Trace translated quotes back to their Arabic sources; align parallel documents; keep place names spelled one way.",
    after_help = "Example:\n  isnad segment corpus/samples/salma/report.en.md\n\nExit codes: 0 ok, 1 flags at or above --fail-on, 2 usage or input error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Refuse any input larger than this many bytes (default 268435456, 256 MB).
    #[arg(long, global = true, value_name = "N")]
    max_input_bytes: Option<u64>,
    /// The charset of inputs that are neither UTF-8 nor marked by a BOM (windows-1256,
    /// iso-8859-6, utf-16le …), instead of detecting it.
    #[arg(long, global = true, value_name = "CHARSET")]
    encoding: Option<String>,
    /// Print nothing on standard error but errors: no warnings, notes or progress bar.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    Segment(segment::Args),
    Score(score::Args),
    Lexicon(lexicon::Args),
    Names(names::Args),
    Romanize(romanize::Args),
    Align(align::Args),
    Eval(eval::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// The whole command-line definition (for completions and the man page).
fn command() -> clap::Command {
    Cli::command()
}

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    // Every file the run reads is noted, so that no output replaces one (isnad_cli::output).
    isnad::text::ledger::keep();
    isnad_cli::notice::set_quiet(cli.quiet);
    if let Some(limit) = cli.max_input_bytes {
        isnad::text::read::set_max_input_bytes(limit);
    }
    if let Some(label) = &cli.encoding {
        if let Err(e) = isnad::text::read::set_forced_encoding(label) {
            eprintln!("isnad: {e}");
            return EXIT_INPUT;
        }
    }
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Segment(args) => segment::run(args),
        Command::Score(args) => score::run(args),
        Command::Lexicon(args) => lexicon::run(args),
        Command::Names(args) => names::run(args),
        Command::Romanize(args) => romanize::run(args),
        Command::Align(args) => align::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("isnad: {}", terminal_safe(&one_line(&e.to_string())));
            EXIT_INPUT
        }
    }
}

/// A command line clap refuses: its message on one line, then one line with the usage and where
/// the help is (`--help` and `--version` print as usual, exit 0).
fn usage_error(e: &clap::Error) -> i32 {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let text = e.render().to_string();
    // clap's message runs up to the first blank line; the usage and a hint follow it.
    let message = text.split("\n\n").next().unwrap_or_default();
    let message = one_line(message.trim_start_matches("error: "));
    let help = help_for(&text, std::env::args().skip(1));
    eprintln!("isnad: {message}");
    eprintln!("isnad: see '{help}' for the options and examples");
    EXIT_INPUT
}

/// The help a refused command line should point to: that of the (sub)command clap was parsing
/// when it refused it, `isnad lexicon show --help` rather than `isnad lexicon --help`. clap's
/// message names it in its usage line (`Usage: isnad lexicon show [OPTIONS] <WORDS>...`); a
/// message without one falls back to the leading words of `args` that name subcommands.
fn help_for(rendered: &str, args: impl Iterator<Item = String>) -> String {
    let usage: Vec<String> = match rendered
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("Usage: "))
    {
        // The first word is the program's name, however it was called.
        Some(usage) => usage.split_whitespace().skip(1).map(String::from).collect(),
        None => args.filter(|a| !a.starts_with('-')).collect(),
    };
    let mut command = Cli::command();
    let mut path = vec!["isnad".to_string()];
    for word in usage {
        let Some(sub) = command.find_subcommand(&word).cloned() else {
            break;
        };
        path.push(word);
        command = sub;
    }
    format!("{} --help", path.join(" "))
}

/// Error messages are one line, whatever a lower layer put in them.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help named for `isnad ARGS`, which clap refuses.
    fn help(args: &[&str]) -> String {
        let refused = std::iter::once("isnad").chain(args.iter().copied());
        let Err(e) = Cli::try_parse_from(refused) else {
            panic!("{args:?} parses");
        };
        let args = args.iter().map(|a| a.to_string());
        help_for(&e.render().to_string(), args)
    }

    #[test]
    fn a_refused_command_line_points_to_the_help_of_its_subcommand() {
        assert_eq!(help(&["lexicon", "show"]), "isnad lexicon show --help");
        assert_eq!(
            help(&["lexicon", "show", "x", "--format", "xx"]),
            "isnad lexicon show --help"
        );
        assert_eq!(
            help(&["--encoding", "cp1256", "lexicon", "show", "--bogus"]),
            "isnad lexicon show --help"
        );
        assert_eq!(help(&["lexicon", "learn"]), "isnad lexicon learn --help");
        assert_eq!(help(&["eval", "align"]), "isnad eval align --help");
        assert_eq!(help(&["check", "--bogus"]), "isnad check --help");
        assert_eq!(help(&["nonsense"]), "isnad --help");
        assert_eq!(help(&["--bogus"]), "isnad --help");
    }

    #[test]
    fn without_a_usage_line_the_arguments_name_the_subcommand() {
        let args = ["lexicon", "show", "--format", "x"].map(String::from);
        assert_eq!(
            help_for("error: something", args.into_iter()),
            "isnad lexicon show --help"
        );
        assert_eq!(help_for("", std::iter::empty()), "isnad --help");
    }
}
