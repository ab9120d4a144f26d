//! What several subcommands share: argument values and groups, and how they become the
//! library's inputs (the lexicon to score with, the sources to check).

use std::borrow::Cow;
use std::path::PathBuf;

use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::project::{FailOn, SourceDecl};
use isnad::quotes::Outlet;
use isnad::{Error, Result};
use isnad_cli::report::RecordFormat;

/// `-o/--output`: where a command's result goes (see `isnad_cli::output`).
#[derive(clap::Args, Debug, Clone)]
pub struct OutputArg {
    /// Write to this file (a regular file atomically; a FIFO or device in place) instead of
    /// standard output. Never over a file the run reads.
    #[arg(long, short)]
    pub output: Option<String>,
}

impl OutputArg {
    /// Writes `bytes` where `--output` says; `inputs` are files the run reads that no reader
    /// has noted.
    pub fn write(&self, bytes: &[u8], inputs: &[&str]) -> Result<()> {
        isnad_cli::output::write_output(self.output.as_deref(), bytes, inputs)
    }
}

/// `--format` of the row-shaped commands, and `--excel` for their CSV.
#[derive(clap::Args, Debug, Clone)]
pub struct RecordFormatArg {
    #[arg(long, value_enum, default_value = "table")]
    pub format: RecordFormat,
    /// CSV for Excel: start with a UTF-8 byte order mark (with --format csv only).
    #[arg(long)]
    pub excel: bool,
}

impl RecordFormatArg {
    /// The records in the chosen format; `--excel` with anything but CSV is a usage error.
    pub fn render<R: isnad_cli::report::Record>(&self, records: &[R]) -> Result<Vec<u8>> {
        isnad_cli::report::check_excel(self.excel, self.format == RecordFormat::Csv)
            .map_err(Error::Usage)?;
        Ok(isnad_cli::report::render_records(
            self.format,
            self.excel,
            records,
        ))
    }
}

/// `--lexicon`: more lexicons on top of the embedded one.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LexiconArgs {
    /// More lexicons: TSV (`arabic<TAB>english[<TAB>weight]`, MUSE pairs, a learned lexicon)
    /// or FreeDict dictd (`.index`). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<String>,
}

impl LexiconArgs {
    /// The embedded lexicon with these files merged in.
    pub fn load(&self) -> Result<Cow<'static, Lexicon>> {
        with_lexicons(Cow::Borrowed(Lexicon::embedded()), &self.lexicon)
    }
}

/// `base` with the lexicons of `files` merged in (a copy; `base` itself when there are none).
pub fn with_lexicons<'a, P: AsRef<std::path::Path>>(
    mut base: Cow<'a, Lexicon>,
    files: &[P],
) -> Result<Cow<'a, Lexicon>> {
    for path in files {
        base.to_mut().merge(&Lexicon::load(path.as_ref())?);
    }
    Ok(base)
}

/// `--gazetteer` / `--no-gazetteer`: more places on top of the embedded gazetteer, or none.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct GazetteerArgs {
    /// More gazetteer rows: gazetteer CSV or a GeoNames dump (.txt). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<String>,
    /// No gazetteer at all: neither the embedded one nor --gazetteer or isnad.toml files (names
    /// are found and clustered from the text alone).
    #[arg(long)]
    pub no_gazetteer: bool,
}

impl GazetteerArgs {
    /// The embedded gazetteer with these files added; an empty one with `--no-gazetteer`.
    /// Borrowed when there is nothing to add.
    pub fn load(&self) -> Result<Cow<'static, Gazetteer>> {
        if self.no_gazetteer {
            return Ok(Cow::Owned(Gazetteer::new()));
        }
        self.with_files(Cow::Borrowed(Gazetteer::embedded()), &self.gazetteer)
    }

    /// `base` with the places of `files` added (a copy; `base` itself when there are none, or
    /// with `--no-gazetteer`, which stands for project files too).
    pub fn with_files<'a, P: AsRef<std::path::Path>>(
        &self,
        mut base: Cow<'a, Gazetteer>,
        files: &[P],
    ) -> Result<Cow<'a, Gazetteer>> {
        if !self.no_gazetteer {
            for path in files {
                base.to_mut().load_file(&path.as_ref().to_string_lossy())?;
            }
        }
        Ok(base)
    }
}

/// `--lang` values shared by commands that read text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Auto,
    Ar,
    En,
}

impl LangArg {
    pub fn to_lang(self) -> Option<isnad::text::Lang> {
        match self {
            LangArg::Auto => None,
            LangArg::Ar => Some(isnad::text::Lang::Ar),
            LangArg::En => Some(isnad::text::Lang::En),
        }
    }
}

/// `--fail-on` of `check`: when the run exits 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOnArg {
    Info,
    Warning,
    Error,
    /// Never exit 1 for flags.
    Never,
}

impl From<FailOnArg> for FailOn {
    fn from(arg: FailOnArg) -> FailOn {
        match arg {
            FailOnArg::Info => FailOn::Info,
            FailOnArg::Warning => FailOn::Warning,
            FailOnArg::Error => FailOn::Error,
            FailOnArg::Never => FailOn::Never,
        }
    }
}

/// Standard input can be read only once: `inputs` are the files a run reads, each with what the
/// command line calls it (`AR`, `the report`, `--source`); a usage error when `-` stands for
/// more than one of them, rather than an "empty file" from the second read.
pub fn stdin_at_most_once<'r, 'p>(
    inputs: impl IntoIterator<Item = (&'r str, &'p str)>,
) -> Result<()> {
    let mut roles: Vec<&str> = Vec::new();
    let mut count = 0;
    for (role, path) in inputs {
        if path == "-" {
            count += 1;
            if !roles.contains(&role) {
                roles.push(role);
            }
        }
    }
    if count < 2 {
        return Ok(());
    }
    let given = match roles.as_slice() {
        [one] if count == 2 => format!("twice as {one}"),
        [one] => format!("{count} times as {one}"),
        [rest @ .., last] => format!("as {} and as {last}", rest.join(", as ")),
        [] => unreachable!("count is at least 2"),
    };
    Err(Error::Usage(format!(
        "`-` (standard input) is given {given}: standard input can be read only once; save all \
         but one of them to a file"
    )))
}

/// Parses a `--source FILE=Outlet Name[,alias…]` argument. The outlet follows the first `=`,
/// so an outlet's name may hold any character; a file whose name holds `=` is declared in
/// isnad.toml instead.
pub fn parse_source_arg(arg: &str) -> Result<SourceDecl> {
    let (file, names) = arg.split_once('=').ok_or_else(|| {
        Error::Usage(format!(
            "--source {arg}: expected FILE=Outlet Name[,alias...]"
        ))
    })?;
    let mut names = names.split(',').map(str::trim);
    // An alias is no outlet name: `FILE=,Sahel TV` names none.
    let name = names
        .next()
        .filter(|n| !n.is_empty())
        .ok_or_else(|| Error::Usage(format!("--source {arg}: the outlet name is missing")))?;
    let names = names.filter(|n| !n.is_empty());
    if file.is_empty() {
        return Err(Error::Usage(format!("--source {arg}: the file is missing")));
    }
    Ok(SourceDecl {
        file: PathBuf::from(file),
        outlet: Outlet::new(name, names.map(String::from).collect()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use isnad::quotes::OutletKind;

    #[test]
    fn source_argument() {
        let s = parse_source_arg("tv.ar.txt=Al-Sahel TV, Sahel TV").unwrap();
        assert_eq!(s.file, PathBuf::from("tv.ar.txt"));
        assert_eq!(s.outlet.name, "Al-Sahel TV");
        assert_eq!(s.outlet.aliases, ["Sahel TV"]);
        assert_eq!(s.outlet.kind, OutletKind::Tv);
        assert!(parse_source_arg("tv.ar.txt").is_err());
        assert!(parse_source_arg("tv.ar.txt=").is_err());
        assert!(parse_source_arg("=X").is_err());
        assert!(parse_source_arg("tv.ar.txt=,Sahel TV").is_err());
        assert!(parse_source_arg("tv.ar.txt= ,Sahel TV").is_err());
        let stdin = parse_source_arg("-=Al-Sahel TV").unwrap();
        assert_eq!(stdin.file, PathBuf::from("-"));
        let odd = parse_source_arg("a.txt=Sada = al-Ahrar").unwrap();
        assert_eq!(odd.file, PathBuf::from("a.txt"));
        assert_eq!(odd.outlet.name, "Sada = al-Ahrar");
    }

    #[test]
    fn standard_input_once() {
        assert!(stdin_at_most_once([("AR", "a.txt"), ("EN", "-")]).is_ok());
        let e = stdin_at_most_once([("AR", "-"), ("EN", "-")]).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("`-` (standard input) is given as AR and as EN: standard input can be read only once"),
            "{e}"
        );
        let e = stdin_at_most_once([("FILE", "-"), ("FILE", "b"), ("FILE", "-")]).unwrap_err();
        assert!(e.to_string().contains("given twice as FILE:"), "{e}");
        let e = stdin_at_most_once([("the report", "-"), ("--source", "-"), ("--lexicon", "-")])
            .unwrap_err();
        assert!(
            e.to_string()
                .contains("given as the report, as --source and as --lexicon:"),
            "{e}"
        );
    }
}
