//! `isnad check`: every quote of an English report traced to its Arabic source.

const USAGE: &str = "\
Checks an English report that quotes Arabic outlets. For every quote: the Arabic sentence(s) it
translates, in which source, how sure the match is (score; confidence, the estimated probability
that the match is right), and what is wrong — credited to the wrong outlet, a number changed, a place missing,
no source at all, a place spelled two ways in the report.

Give the report and its sources on the command line (--source FILE=Outlet Name[,alias...], once
per source; `-` for the report or `-=Outlet` for one source reads standard input, which is read
once), or a directory holding isnad.toml (report, sources with outlets and aliases,
optional gazetteer, house style, lexicons, fail_on, [matching] thresholds; see docs/check.md).
The report and the sources are plain text, Markdown (.md), web pages as a browser saves them
(.html, .htm: tags, scripts, menus and side boxes are left out; offsets and lines stay those of
the page), or Word and OpenDocument files (.docx, .odt: the text of their paragraphs and notes;
see docs/text.md).

Formats: table (terminal, default), csv (columns quote_id,line,column,speaker,attributed_outlet,
quote,status,score,confidence,source_file,source_outlet,source_sentences,arabic,flags,explanation,
candidates,severity,source_lines,record: one row per quote, then one per finding about the
report as a whole; --excel adds a BOM), json (one document), jsonl (the same records as CSV,
one per line), html (a self-contained review page: the report beside its sources, quotes
linked to their sentences; see docs/html.md).

--memory FILE adds your own translations (a TMX, a TSV of arabic<TAB>english rows, or
AR.txt:EN.txt): isnad learns a lexicon from them (as `isnad lexicon learn` does) for this run and
caches it beside the file (FILE.isnad-lexicon-CHECKSUM.tsv), so the next run is fast. A memory
of 400 pairs or more also quotes itself against itself; when that matches wrong sentences too
often, `matched` needs a higher confidence in this run (said on stderr, kept in the cache).

--learn run checks again with what the run's confident quotes teach (a lexicon of stem pairs,
as `isnad lexicon learn` learns); --learn batch learns once from the confident quotes of every
report of a --batch and checks them all again (for one report, the same as run).

Batch: --batch MANIFEST reads rows `project_dir[<TAB>id]` (`-` = standard input), each a
directory with isnad.toml, and writes one file per report into --out-dir D (D/<id>.txt, .csv,
.json, .jsonl or .html by --format; id defaults to the row's line number) and D/summary.tsv
(id, project, status, quotes, matched, weak, ambiguous, unmatched, errors, warnings,
length_ratio, error, file: the file written). A row that fails (a missing file, no quotes) is
named on stderr and in the summary; the others are written. No output replaces a file any project names.

Exit codes: 0 nothing flagged at or above --fail-on (default error), 1 flags at or above it (in
any report of a batch, or a batch row that failed), 2 usage or input error (nothing written).

Examples:
  isnad check corpus/samples/salma
  isnad check report.md --source tv.ar.txt='Al-Sahel TV,the network' \\
      --source ngo.ar.txt='Levant Observatory'
  isnad check report.md --source saved-article.html='Al-Sahel TV'
  isnad check corpus/samples/salma --format csv --excel -o quotes.csv
  isnad check corpus/samples/salma --format html --output review.html
  isnad check corpus/samples/salma --fail-on warning --format jsonl
  isnad check report.md --source tv.ar.txt='Al-Sahel TV' \\
      --memory our-translations.tmx
  isnad check --batch week.tsv --out-dir checked --format csv --learn batch";

mod batch;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::args::{
    parse_source_arg, stdin_at_most_once, with_lexicons, FailOnArg, GazetteerArgs, LexiconArgs,
    OutputArg,
};
use clap::Parser;
use isnad::checks::{self, CheckInput, CheckReport};
use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::project::{FailOn, Project, SourceDecl};
use isnad::text::{ledger, Document, Lang};
use isnad::tuning::Tuning;
use isnad::Error;
use isnad_cli::memory::{Memory, PendingCache};
use isnad_cli::output::{check_outputs, Planned};
use isnad_cli::report::check::{CheckPrinter, CsvPrinter, JsonPrinter, TerminalPrinter};
use isnad_cli::report::html::HtmlPrinter;

#[derive(Parser)]
#[command(about = "Trace every quote of a report to its Arabic source and flag problems", after_help = USAGE)]
pub struct Args {
    /// The English report, or a directory with isnad.toml.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    target: Option<String>,
    /// An Arabic source and its outlet: FILE=Outlet Name[,alias...]. Repeatable. `-=Outlet`
    /// reads the source from standard input (the report is then a file).
    #[arg(
        long,
        value_name = "FILE=OUTLET",
        conflicts_with = "batch",
        allow_hyphen_values = true,
        value_parser = source_value
    )]
    source: Vec<String>,
    /// Check every project of a manifest (rows `project_dir[<TAB>id]`; `-` = standard input).
    #[arg(long, value_name = "MANIFEST", requires = "out_dir")]
    batch: Option<String>,
    /// Where --batch writes one file per report and summary.tsv.
    #[arg(long, value_name = "D", requires = "batch")]
    out_dir: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    #[command(flatten)]
    output: OutputArg,
    /// CSV for Excel: start with a UTF-8 byte order mark.
    #[arg(long)]
    excel: bool,
    /// Exit 1 when a flag of this severity or above is found (default: error).
    #[arg(long, value_enum)]
    fail_on: Option<FailOnArg>,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    /// House style CSV `preferred,variants`.
    #[arg(long, value_name = "FILE")]
    house_style: Option<String>,
    #[command(flatten)]
    lexicon: LexiconArgs,
    /// Your own translations (TMX, a TSV of `arabic<TAB>english` rows, or AR.txt:EN.txt):
    /// learned into a lexicon for this run, cached beside the file. Repeatable.
    #[arg(long, value_name = "FILE")]
    memory: Vec<String>,
    /// Learn from this run: the quotes it vouches for train a lexicon of stem pairs, and every
    /// quote is checked again with it (as `align --learn pair` does); `batch`: from every report
    /// of a --batch at once.
    #[arg(long, value_enum, default_value = "none")]
    learn: LearnFrom,
    /// Colour in the terminal report.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
    Jsonl,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LearnFrom {
    /// The embedded lexicon (and --lexicon, --memory) only.
    None,
    /// Also what this run's confident quotes teach.
    Run,
    /// Also what the confident quotes of every report of the batch teach (one report: `run`).
    Batch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    isnad_cli::report::check_excel(args.excel, args.format == Format::Csv)
        .map_err(isnad::Error::Usage)?;
    if let Some(manifest) = &args.batch {
        return batch::run(&args, manifest);
    }
    // clap skips `requires = "batch"` on --out-dir when the target conflicts with --batch.
    if args.out_dir.is_some() {
        return Err(Error::Usage(
            "--out-dir is where --batch writes its files: use it with --batch MANIFEST, or --output F for one report".into(),
        ));
    }
    let target = args
        .target
        .as_deref()
        .expect("clap requires a target without --batch");
    let project = project(target, &args.source)?;
    let house_style = args
        .house_style
        .clone()
        .or_else(|| project.house_style.as_ref().map(|p| path_str(p)));
    let project_files = std::iter::once(("the report", path_str(&project.report)))
        .chain(
            project
                .sources
                .iter()
                .map(|s| ("--source", path_str(&s.file))),
        )
        .chain(project.lexicons.iter().map(|p| ("a lexicon", path_str(p))))
        .chain(
            project
                .gazetteers
                .iter()
                .map(|p| ("a gazetteer", path_str(p))),
        )
        .chain(house_style.map(|p| ("--house-style", p)))
        .collect::<Vec<_>>();
    stdin_at_most_once(
        project_files
            .iter()
            .map(|(role, path)| (*role, path.as_str()))
            .chain(tables_read(&args)),
    )?;
    // Every file the project names is an input, read yet or not: no output may replace one.
    for path in declared_files(&project) {
        ledger::note(path);
    }
    let memories = open_memories(&args)?;
    let outputs: Vec<Planned> = args
        .output
        .output
        .iter()
        .map(|path| Planned::new("--output", path.as_str()))
        .chain(memory_caches(&memories))
        .collect();
    check_outputs(&outputs, None, &[])?;
    let tables = Tables::load(&args, &memories)?;
    let loaded = Loaded::load(&args, project, &tables)?;
    let result = match args.learn {
        LearnFrom::None => checks::run(&loaded.input()),
        LearnFrom::Run | LearnFrom::Batch => checks::learn::run_learning(&loaded.input()).0,
    };
    expect_quotes(&loaded, &result)?;
    let bytes = render(&args, &loaded, &result);
    // Every file read (report, sources, configuration, lexicons, gazetteers, house style) was
    // noted by its reader; the output may replace none of them.
    args.output.write(&bytes, &[])?;
    let code = i32::from(fails(&args, &loaded, &result));
    tables.write_caches();
    Ok(code)
}

/// A `--source` value as clap sees it: `-=Outlet` (standard input) is one, another word
/// starting with `-` is an option the value is missing before (`--source --format json`).
fn source_value(value: &str) -> std::result::Result<String, String> {
    if value.starts_with('-') && !value.starts_with("-=") {
        return Err(
            "expected FILE=Outlet Name[,alias...] (`-=Outlet` reads standard input; a file \
             whose name starts with - is ./-name)"
                .into(),
        );
    }
    Ok(value.to_string())
}

/// The files of the command line's tables (`--lexicon`, `--gazetteer`), with the option that
/// names each: they and the project's files read standard input once between them.
fn tables_read(args: &Args) -> impl Iterator<Item = (&'static str, &str)> {
    let lexicons = args
        .lexicon
        .lexicon
        .iter()
        .map(|p| ("--lexicon", p.as_str()));
    let gazetteers = (!args.gazetteer.no_gazetteer)
        .then_some(&args.gazetteer.gazetteer)
        .into_iter()
        .flatten()
        .map(|p| ("--gazetteer", p.as_str()));
    lexicons.chain(gazetteers)
}

/// Every file a project names: its report, sources, lexicons, gazetteers and house style.
fn declared_files(p: &Project) -> impl Iterator<Item = &Path> {
    std::iter::once(p.report.as_path())
        .chain(p.sources.iter().map(|s| s.file.as_path()))
        .chain(p.lexicons.iter().map(PathBuf::as_path))
        .chain(p.gazetteers.iter().map(PathBuf::as_path))
        .chain(p.house_style.iter().map(PathBuf::as_path))
}

/// The memories of `--memory`, read and checksummed: where their caches go is known before
/// anything is learned or written.
fn open_memories(args: &Args) -> isnad::Result<Vec<Memory>> {
    for (i, spec) in args.memory.iter().enumerate() {
        if args.memory[..i].contains(spec) {
            return Err(Error::Usage(format!("--memory {spec} is given twice")));
        }
    }
    args.memory.iter().map(|spec| Memory::open(spec)).collect()
}

/// The cache of every memory, as an output of the run (one it reads when it holds a table).
fn memory_caches(memories: &[Memory]) -> impl Iterator<Item = Planned> + '_ {
    memories.iter().filter_map(|m| {
        let cache = m.cache_path()?;
        Some(Planned::new(
            format!("the cache of --memory {} at", m.spec()),
            cache.to_string_lossy(),
        ))
    })
}

/// The lexicon (with what `--memory` teaches) and the gazetteer every report of the run starts
/// from: the embedded tables and the command line's files, loaded once (a batch shares them;
/// a project's own files extend a copy, [`Loaded::load`]).
struct Tables {
    lexicon: Cow<'static, Lexicon>,
    gazetteer: Cow<'static, Gazetteer>,
    /// What the memories taught that their caches do not hold yet: written once the run's
    /// outputs are ([`Tables::write_caches`]).
    caches: Vec<PendingCache>,
    /// The highest floor on `confidence` the memories' self-tests ask for
    /// (`isnad::checks::memory_floor`): it raises each report's `matching.min_confidence`.
    memory_floor: Option<f64>,
}

impl Tables {
    fn load(args: &Args, memories: &[Memory]) -> isnad::Result<Tables> {
        // The two embedded tables take most of a small run's start-up: build them side by side.
        let (lexicon, gazetteer) = std::thread::scope(|scope| {
            let gazetteer = scope.spawn(|| args.gazetteer.load());
            let lexicon = args.lexicon.load();
            let gazetteer = gazetteer.join().expect("the gazetteer loader panicked");
            (lexicon, gazetteer)
        });
        let mut lexicon = lexicon?;
        let mut caches = Vec::new();
        let mut memory_floor: Option<f64> = None;
        for memory in memories {
            let learned = memory.learned()?;
            lexicon.to_mut().merge(&learned.lexicon);
            caches.extend(learned.cache);
            if let Some(floor) = learned.floor {
                memory_floor = Some(memory_floor.map_or(floor, |f| f.max(floor)));
                let shipped = Tuning::default().matching.min_confidence;
                if floor > shipped {
                    isnad_cli::notice::notice(format_args!(
                        "--memory {}: quoted against each other, its own pairs are matched to \
                         the wrong sentence too often below a confidence of {floor}; `matched` \
                         needs at least that in this run",
                        memory.spec()
                    ));
                }
            }
        }
        Ok(Tables {
            lexicon,
            gazetteer: gazetteer?,
            caches,
            memory_floor,
        })
    }

    /// Caches what the memories taught, once the run has written its outputs: a run that
    /// fails leaves no cache.
    fn write_caches(self) {
        for cache in self.caches {
            cache.write();
        }
    }
}

/// One report with its sources and the tables it is checked with.
struct Loaded<'t> {
    project: Project,
    report: Document,
    sources: Vec<(Document, SourceDecl)>,
    lexicon: Cow<'t, Lexicon>,
    gazetteer: Cow<'t, Gazetteer>,
    house_style: HouseStyle,
}

impl<'t> Loaded<'t> {
    fn load(args: &Args, mut project: Project, tables: &'t Tables) -> isnad::Result<Loaded<'t>> {
        if let Some(floor) = tables.memory_floor {
            let matching = &mut project.tuning.matching;
            matching.min_confidence = matching.min_confidence.max(floor);
        }
        let report = Document::load(&path_str(&project.report), None)?;
        report.expect_lang(Lang::En)?;
        one_outlet_per_file(&project.sources)?;
        let mut sources: Vec<(Document, SourceDecl)> = Vec::new();
        for decl in &project.sources {
            let doc = Document::load(&path_str(&decl.file), None)?.into_arabic_beside(&report)?;
            sources.push((doc, decl.clone()));
        }
        let house_style = match args
            .house_style
            .clone()
            .or_else(|| project.house_style.as_ref().map(|p| path_str(p)))
        {
            Some(path) => HouseStyle::load(&path)?,
            None => HouseStyle::new(),
        };
        // The run's tables, shared, unless the project adds files of its own.
        let lexicon = with_lexicons(Cow::Borrowed(tables.lexicon.as_ref()), &project.lexicons)?;
        let gazetteer = args.gazetteer.with_files(
            Cow::Borrowed(tables.gazetteer.as_ref()),
            &project.gazetteers,
        )?;
        Ok(Loaded {
            project,
            report,
            sources,
            lexicon,
            gazetteer,
            house_style,
        })
    }

    fn input(&self) -> CheckInput<'_> {
        CheckInput {
            report: &self.report,
            sources: self.sources.iter().map(|(d, s)| (d, &s.outlet)).collect(),
            lexicon: &self.lexicon,
            gazetteer: &self.gazetteer,
            house_style: &self.house_style,
            options: self.project.tuning.matching,
        }
    }
}

/// A report without quotes is an input error: nothing was checked.
fn expect_quotes(loaded: &Loaded, result: &CheckReport) -> isnad::Result<()> {
    if result.quotes.is_empty() {
        return Err(Error::input(
            loaded.report.path.clone(),
            "no quotes found (nothing in straight, curly or « » quotation marks)",
        ));
    }
    Ok(())
}

/// The report in `--format`.
fn render(args: &Args, loaded: &Loaded, result: &CheckReport) -> Vec<u8> {
    let printer: Box<dyn CheckPrinter> = match args.format {
        Format::Table => Box::new(TerminalPrinter {
            color: args.batch.is_none() && use_color(args.color, args.output.output.is_some()),
        }),
        Format::Csv => Box::new(CsvPrinter { excel: args.excel }),
        Format::Json => Box::new(JsonPrinter { lines: false }),
        Format::Jsonl => Box::new(JsonPrinter { lines: true }),
        Format::Html => Box::new(HtmlPrinter {
            report: &loaded.report,
            sources: loaded.sources.iter().map(|(doc, _)| doc).collect(),
        }),
    };
    let mut bytes = Vec::new();
    printer
        .print(result, &mut bytes)
        .expect("writing to memory cannot fail");
    bytes
}

/// Whether a flag at or above `--fail-on` (or the project's `fail_on`, default error) was raised.
fn fails(args: &Args, loaded: &Loaded, result: &CheckReport) -> bool {
    let fail_on = args
        .fail_on
        .map(FailOn::from)
        .or(loaded.project.fail_on)
        .unwrap_or(FailOn::Error);
    match (fail_on.threshold(), result.max_severity()) {
        (Some(threshold), Some(worst)) => worst >= threshold,
        _ => false,
    }
}

/// One file is one outlet's text: declared under two outlets, every quote found in it would be
/// credited to both, and half of them flagged misattributed. The same outlet twice is harmless.
fn one_outlet_per_file(sources: &[SourceDecl]) -> isnad::Result<()> {
    let mut seen: Vec<(PathBuf, &str)> = Vec::new();
    for decl in sources.iter().filter(|d| d.file.as_os_str() != "-") {
        let file = isnad_cli::output::file_key(&decl.file);
        let outlet = decl.outlet.name.as_str();
        if let Some((_, first)) = seen.iter().find(|(f, o)| *f == file && *o != outlet) {
            // The path as the user would write it: a project's `./` joined to a file's own
            // `./` showed as `././`.
            let shown: PathBuf = decl
                .file
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .collect();
            let shown = path_str(&shown);
            return Err(Error::Usage(format!(
                "{shown} is declared as the source of {first} and of {outlet}: a file is one \
                 outlet's text; to credit it under another name, give that name as an alias \
                 (aliases = [\"{outlet}\"] in its [[source]] of isnad.toml, or --source \
                 {shown}={first},{outlet})",
            )));
        }
        seen.push((file, outlet));
    }
    Ok(())
}

/// The project from a directory's isnad.toml, or from the report path and --source flags.
fn project(target_arg: &str, source_args: &[String]) -> isnad::Result<Project> {
    let target = Path::new(target_arg);
    let extra: Vec<SourceDecl> = source_args
        .iter()
        .map(|s| parse_source_arg(s))
        .collect::<isnad::Result<_>>()?;
    if target.is_dir() {
        let mut project = Project::from_dir(target)?;
        project.sources.extend(extra);
        return Ok(project);
    }
    if extra.is_empty() {
        return Err(Error::Usage(format!(
            "no sources for {target_arg}: give --source FILE=Outlet Name (once per source) or a directory with isnad.toml"
        )));
    }
    Ok(Project {
        report: PathBuf::from(target_arg),
        sources: extra,
        gazetteers: Vec::new(),
        house_style: None,
        lexicons: Vec::new(),
        fail_on: None,
        tuning: Tuning::default(),
    })
}

fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// Colour only for a terminal, never with NO_COLOR set, never into a file.
fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}
