//! A check project: the report, its Arabic sources with their outlets, and optional resources.
//! Declared on the command line (`--source FILE=Outlet[,alias…]`) or in a directory's
//! `isnad.toml`; both end up as one [`Project`].

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::checks::Severity;
use crate::error::{Error, Result};
use crate::quotes::{Outlet, OutletKind};
use crate::tuning::{MatchingSection, Tuning, TuningFile};

/// The name of the project file looked for in a directory.
pub const PROJECT_FILE: &str = "isnad.toml";

/// One Arabic source and the outlet it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDecl {
    pub file: PathBuf,
    pub outlet: Outlet,
}

/// When `check` exits 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Info,
    Warning,
    Error,
    /// Never exit 1 for flags.
    Never,
}

impl FailOn {
    /// The least severity that fails the run, if any.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Info => Some(Severity::Info),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Error => Some(Severity::Error),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub report: PathBuf,
    pub sources: Vec<SourceDecl>,
    pub gazetteers: Vec<PathBuf>,
    pub house_style: Option<PathBuf>,
    pub lexicons: Vec<PathBuf>,
    pub fail_on: Option<FailOn>,
    /// The tuning table with the project file's sections (`[matching]`) over the defaults.
    pub tuning: Tuning,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectFile {
    report: PathBuf,
    #[serde(rename = "source", default)]
    sources: Vec<SourceEntry>,
    #[serde(default)]
    gazetteer: Vec<PathBuf>,
    house_style: Option<PathBuf>,
    #[serde(default)]
    lexicon: Vec<PathBuf>,
    fail_on: Option<FailOn>,
    /// The one tuning section a project may set (see `crate::tuning`).
    matching: Option<MatchingSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    file: PathBuf,
    outlet: String,
    #[serde(default)]
    aliases: Vec<String>,
    kind: Option<OutletKind>,
}

impl Project {
    /// Reads `DIR/isnad.toml`; paths in it are relative to DIR.
    pub fn from_dir(dir: &Path) -> Result<Project> {
        let path = dir.join(PROJECT_FILE);
        let shown = path.display().to_string();
        if !path.exists() {
            return Err(Error::input(
                dir.display().to_string(),
                format!("is a directory without {PROJECT_FILE}; give a report file and --source FILE=Outlet instead"),
            ));
        }
        let text = crate::text::read_source(&shown)?.text;
        Project::parse(&shown, &text, dir)
    }

    /// Parses the text of a project file named `shown`, resolving paths against `dir`.
    pub fn parse(shown: &str, text: &str, dir: &Path) -> Result<Project> {
        let file: ProjectFile = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            // The message may quote a value with a line break in it (`"wa\rning"`).
            let message = e.message().replace(['\n', '\r'], " ");
            match line {
                Some(l) => Error::input_at(shown, l, message),
                None => Error::input(shown, message),
            }
        })?;
        if file.sources.is_empty() {
            return Err(Error::input(shown, "no [[source]] declared"));
        }
        let tuning = Tuning::default()
            .with_file(&TuningFile {
                matching: file.matching,
            })
            .map_err(|message| match matching_line(text, &message) {
                Some(line) => Error::input_at(shown, line, message),
                None => Error::input(shown, message),
            })?;
        if let Some(k) = file.sources.iter().position(|s| s.outlet.trim().is_empty()) {
            // The line of that source's `outlet` key, when it is written on one.
            let line = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.trim_start().starts_with("outlet"))
                .nth(k)
                .map(|(i, _)| i + 1);
            let message = format!("source {} has an empty outlet name", k + 1);
            return Err(match line {
                Some(l) => Error::input_at(shown, l, message),
                None => Error::input(shown, message),
            });
        }
        let sources = file
            .sources
            .into_iter()
            .map(|s| {
                let mut outlet = Outlet::new(s.outlet, s.aliases);
                if let Some(kind) = s.kind {
                    outlet.kind = kind;
                }
                SourceDecl {
                    file: dir.join(s.file),
                    outlet,
                }
            })
            .collect();
        Ok(Project {
            report: dir.join(file.report),
            sources,
            gazetteers: file.gazetteer.into_iter().map(|p| dir.join(p)).collect(),
            house_style: file.house_style.map(|p| dir.join(p)),
            lexicons: file.lexicon.into_iter().map(|p| dir.join(p)).collect(),
            fail_on: file.fail_on,
            tuning,
        })
    }
}

/// The line of the `[matching]` key a tuning error names (`[matching] matched = 1.5 is …`), else
/// of the `[matching]` header.
fn matching_line(text: &str, message: &str) -> Option<usize> {
    let header = text.lines().position(|l| l.trim() == "[matching]")?;
    let key = message
        .strip_prefix("[matching] ")
        .and_then(|rest| rest.split_whitespace().next());
    let key_line = key.and_then(|key| {
        text.lines()
            .enumerate()
            .skip(header + 1)
            .take_while(|(_, l)| !l.trim_start().starts_with('['))
            .find(|(_, l)| {
                l.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|(i, _)| i)
    });
    Some(key_line.unwrap_or(header) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::quotes::MatchOptions;

    #[test]
    fn project_file() {
        let text = r#"
report = "report.en.md"
fail_on = "warning"

[[source]]
file = "a.ar.txt"
outlet = "Sada al-Ahrar"
aliases = ["the site"]
kind = "site"
"#;
        let p = Project::parse("x/isnad.toml", text, Path::new("x")).unwrap();
        assert_eq!(p.report, PathBuf::from("x/report.en.md"));
        assert_eq!(p.sources[0].file, PathBuf::from("x/a.ar.txt"));
        assert_eq!(p.sources[0].outlet.kind, OutletKind::Site);
        assert_eq!(p.fail_on, Some(FailOn::Warning));
    }

    #[test]
    fn matching_thresholds_can_be_set_and_are_checked() {
        let base = "report = \"r.md\"\n[[source]]\nfile = \"a.txt\"\noutlet = \"A\"\n";
        let p = Project::parse("isnad.toml", base, Path::new(".")).unwrap();
        assert_eq!(p.tuning.matching, MatchOptions::default());
        let text = format!(
            "{base}\n[matching]\nmatched_sentence = 0.25\nmargin_weight = 0\ncredit_margin = 0\n"
        );
        let p = Project::parse("isnad.toml", &text, Path::new(".")).unwrap();
        assert_eq!(p.tuning.matching.matched_sentence, 0.25);
        assert_eq!(p.tuning.matching.margin_weight, 0.0);
        assert_eq!(p.tuning.matching.credit_margin, 0.0);
        assert_eq!(p.tuning.matching.matched, MatchOptions::default().matched);
        for bad in ["matched = 1.5", "weak = 0.9", "threshold = 0.3"] {
            let text = format!("{base}\n[matching]\n{bad}\n");
            let e = Project::parse("isnad.toml", &text, Path::new(".")).unwrap_err();
            assert!(e.to_string().starts_with("isnad.toml:"), "{bad}: {e}");
        }
        // The line of the key that is out of range, not the header's.
        let text = format!("{base}\n[matching]\nmargin_weight = 0\n\nmatched = 1.5\n");
        let e = Project::parse("isnad.toml", &text, Path::new(".")).unwrap_err();
        assert!(e.to_string().starts_with("isnad.toml:9: "), "{e}");
    }

    #[test]
    fn an_empty_outlet_name_is_refused_at_its_line() {
        let text = "report = \"r.md\"\n[[source]]\nfile = \"a.txt\"\noutlet = \"A\"\n\n[[source]]\nfile = \"b.txt\"\noutlet = \"  \"\n";
        let e = Project::parse("isnad.toml", text, Path::new(".")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "isnad.toml:8: source 2 has an empty outlet name"
        );
    }

    #[test]
    fn malformed_project_file_names_the_line() {
        let text = "report = \"r.md\"\n\n[[source]]\nfile = \"a.txt\"\noutlet = 3\n";
        let e = Project::parse("isnad.toml", text, Path::new(".")).unwrap_err();
        assert!(e.to_string().starts_with("isnad.toml:5:"), "{e}");
        let e = Project::parse(
            "isnad.toml",
            "report = \"r.md\"\nsauce = 1\n",
            Path::new("."),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("isnad.toml:2:"), "{e}");
        let e = Project::parse("isnad.toml", "report = \"r.md\"\n", Path::new(".")).unwrap_err();
        assert!(e.to_string().contains("no [[source]]"), "{e}");
    }

    #[test]
    fn errors_quoting_a_value_with_a_line_break_stay_one_line() {
        // Found by tests/fuzz_readers.rs: serde quotes the unknown variant with its CR.
        let text = "report = \"r.md\"\nfail_on = \"wa\\rning\"\n";
        let e = Project::parse("isnad.toml", text, Path::new(".")).unwrap_err();
        let shown = e.to_string();
        assert!(shown.starts_with("isnad.toml:2:"), "{shown}");
        assert!(!shown.contains(['\n', '\r']), "{shown:?}");
    }
}
