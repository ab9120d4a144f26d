//! `isnad man`: the manual page (roff), generated from the command-line definition, so it
//! always lists the options the binary has.

const USAGE: &str = "\
Prints the man page of isnad, or of one of its commands, in roff to standard output (or
--output F). Read it with `man -l`, or install it in a man1 directory.

Examples:
  isnad man | man -l -
  isnad man check -o isnad-check.1";

use clap::Parser;

use super::args::OutputArg;

#[derive(Parser)]
#[command(about = "Print the manual page", after_help = USAGE)]
pub struct Args {
    /// A command (check, align, names …): its own page instead of isnad's.
    command: Option<String>,
    #[command(flatten)]
    output: OutputArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    let root = super::command();
    let page = match &args.command {
        None => root,
        Some(name) => {
            let sub = root
                .find_subcommand(name)
                .cloned()
                .ok_or_else(|| isnad::Error::Usage(format!("{name:?} is not an isnad command")))?;
            // `isnad-check(1)`, as man pages of git-style subcommands are named.
            let full = format!("isnad-{name}");
            sub.bin_name(format!("isnad {name}"))
                .display_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .map_err(|e| isnad::Error::Usage(format!("cannot render the man page: {e}")))?;
    args.output.write(&roff, &[])?;
    Ok(0)
}
