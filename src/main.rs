//! The `isnad` command: parses arguments and dispatches to one subcommand of `cli/`.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
