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
    // The subcommand the user meant, if the line names one: its help is the one to read.
    let subcommand = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .filter(|a| Cli::command().find_subcommand(a).is_some());
    let help = match subcommand {
        Some(name) => format!("isnad {name} --help"),
        None => "isnad --help".to_string(),
    };
    eprintln!("isnad: {message}");
    eprintln!("isnad: see '{help}' for the options and examples");
    EXIT_INPUT
}

/// Error messages are one line, whatever a lower layer put in them.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
