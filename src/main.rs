//! The `isnad` command: parses arguments and dispatches to one subcommand of `cmd/`.

mod cmd;

fn main() {
    std::process::exit(cmd::run());
}
