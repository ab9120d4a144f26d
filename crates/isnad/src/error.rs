//! One error type for the library. Every variant renders as a single line that names the file
//! (and the line, where one applies), because users read these in pipelines and CI logs.

use std::fmt;

/// Where in an input an error was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => write!(f, "{}", self.path),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A problem with an input file: missing, unreadable, not text, empty, malformed row.
    #[error("{location}: {message}")]
    Input { location: Location, message: String },
    /// Arguments that do not make sense together.
    #[error("{0}")]
    Usage(String),
    /// Writing an output failed.
    #[error("cannot write {path}: {source}")]
    Output {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn input(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Input {
            location: Location {
                path: one_line(path.into()),
                line: None,
            },
            message: one_line(message.into()),
        }
    }

    pub fn input_at(path: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Error::Input {
            location: Location {
                path: one_line(path.into()),
                line: Some(line),
            },
            message: one_line(message.into()),
        }
    }
}

/// An input error is one line on the terminal, whatever the input it quotes holds: a CSV field
/// may hold a line break (`"x\ny"`), an XML parser quotes a tag name that runs over one
/// (`</seg\n<tu>`), a file name may contain one.
pub(crate) fn one_line(message: String) -> String {
    if message.contains(['\n', '\r']) {
        message.replace('\n', "\\n").replace('\r', "\\r")
    } else {
        message
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
