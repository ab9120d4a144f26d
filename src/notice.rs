//! Messages to standard error that are not errors: warnings (a pair that looks unrelated), what
//! a command did on the side (a cache written), progress. `--quiet` silences them for scripts;
//! errors are always printed. [`terminal_safe`] is what an error message that echoes a file
//! name goes through on its way to the terminal, and what the human-readable printers (tables,
//! check's report, align's pairs) put every string from the inputs through.

use std::borrow::Cow;
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

/// `text` as a terminal may show it: control characters (ESC starts an escape sequence that can
/// rewrite the screen, CR the line) and bidi controls (LRM, RLM, ALM, embeddings, overrides,
/// isolates: they reorder what follows, the "Trojan Source" trick), and the line and paragraph
/// separators, escaped as `char::escape_debug` does (`\u{1b}`, `\r`, `\u{202e}`). A file name
/// can hold any of them. Everything else is left as it is, backslashes and quotes included.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
            )
    };
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{terminal_safe, Cow};

    #[test]
    fn controls_and_bidi_marks_are_escaped_and_nothing_else() {
        assert_eq!(
            terminal_safe("a\u{1b}[2Jb\rc\td\u{9b}e\u{7f}"),
            "a\\u{1b}[2Jb\\rc\\td\\u{9b}e\\u{7f}"
        );
        assert_eq!(
            terminal_safe("x\u{202E}y\u{2067}z\u{200F}\u{061C}\u{2028}"),
            "x\\u{202e}y\\u{2067}z\\u{200f}\\u{61c}\\u{2028}"
        );
        for plain in ["قال المرصد", "C:\\dir\\it's \"quoted\".txt", "", "a\u{301}"] {
            assert!(
                matches!(terminal_safe(plain), Cow::Borrowed(p) if p == plain),
                "{plain}"
            );
        }
    }
}
