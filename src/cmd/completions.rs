//! `isnad completions`: a shell completion script, generated from the command-line definition.

const USAGE: &str = "\
Prints the completion script of SHELL to standard output (or --output F). Install it where your
shell looks for completions, e.g.:

Examples:
  isnad completions bash > ~/.local/share/bash-completion/completions/isnad
  isnad completions zsh > ~/.zfunc/_isnad
  isnad completions fish > ~/.config/fish/completions/isnad.fish";

use clap::Parser;

use super::args::OutputArg;

#[derive(Parser)]
#[command(about = "Print a shell completion script", after_help = USAGE)]
pub struct Args {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
    #[command(flatten)]
    output: OutputArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    let mut command = super::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "isnad", &mut script);
    args.output.write(&script, &[])?;
    Ok(0)
}
