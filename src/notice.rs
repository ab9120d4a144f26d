//! Messages to standard error that are not errors: warnings (a pair that looks unrelated), what
//! a command did on the side (a cache written), progress. `--quiet` silences them for scripts;
//! errors are always printed.

use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Silences every notice from then on (`--quiet`).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub fn is_quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Prints `isnad: MESSAGE` to standard error unless `--quiet` was given.
pub fn notice(message: impl std::fmt::Display) {
    if !is_quiet() {
        eprintln!("isnad: {message}");
    }
}
