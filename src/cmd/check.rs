//! `isnad check`: every quote of an English report traced to its Arabic source.

const USAGE: &str = "\
Checks an English report that quotes Arabic outlets. For every quote: the Arabic sentence(s) it
translates, in which source, how sure the match is (score; confidence, the estimated probability
that the match is right), and what is wrong — credited to the wrong outlet, a number changed, a place missing,
no source at all, a place spelled two ways in the report.

Give the report and its sources on the command line (--source FILE=Outlet Name[,alias...], once
per source), or a directory holding isnad.toml (report, sources with outlets and aliases,
optional gazetteer, house style, lexicons, fail_on, [matching] thresholds; see docs/check.md).
Sources are plain text, Markdown (.md) or web pages as a browser saves them (.html, .htm: tags,
scripts, menus and side boxes are left out; offsets and lines stay those of the page); the report
is plain text or Markdown.

Formats: table (terminal, default), csv (columns quote_id,line,column,speaker,attributed_outlet,
quote,status,score,confidence,source_file,source_outlet,source_sentences,arabic,flags,explanation,
candidates,severity,source_lines;
--excel adds a BOM), json (one document), jsonl (one quote per line), html (a self-contained
review page: the report beside its sources, quotes linked to their sentences; see docs/html.md).

--memory FILE adds your own translations (a TMX, a TSV of arabic<TAB>english rows, or
AR.txt:EN.txt): isnad learns a lexicon from them (as `isnad lexicon learn` does) for this run and
caches it beside the file (FILE.isnad-lexicon-CHECKSUM.tsv), so the next run is fast.

Exit codes: 0 nothing flagged at or above --fail-on (default error), 1 flags at or above it,
2 usage or input error (nothing written).

Examples:
  isnad check corpus/samples/salma
  isnad check report.md --source tv.ar.txt='Al-Sahel TV,the network' \\
      --source ngo.ar.txt='Levant Observatory'
  isnad check report.md --source saved-article.html='Al-Sahel TV'
  isnad check corpus/samples/salma --format csv --excel -o quotes.csv
  isnad check corpus/samples/salma --format html --output review.html
  isnad check corpus/samples/salma --fail-on warning --format jsonl
  isnad check report.md --source tv.ar.txt='Al-Sahel TV' \\
      --memory our-translations.tmx";

use std::path::{Path, PathBuf};

use super::args::{parse_source_arg, FailOnArg, GazetteerArgs, LexiconArgs, OutputArg};
use clap::Parser;
use isnad::checks::{self, CheckInput};
use isnad::names::house_style::HouseStyle;
use isnad::project::{FailOn, Project, SourceDecl};
use isnad::text::{Document, Lang};
use isnad::tuning::Tuning;
use isnad::Error;
use isnad_cli::report::check::{CheckPrinter, CsvPrinter, JsonPrinter, TerminalPrinter};
use isnad_cli::report::html::HtmlPrinter;

#[derive(Parser)]
#[command(about = "Trace every quote of a report to its Arabic source and flag problems", after_help = USAGE)]
pub struct Args {
    /// The English report, or a directory with isnad.toml.
    target: String,
    /// An Arabic source and its outlet: FILE=Outlet Name[,alias...]. Repeatable.
    #[arg(long, value_name = "FILE=OUTLET")]
    source: Vec<String>,
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
    /// quote is checked again with it (as `align --learn pair` does).
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
    let project = project(&args)?;
    let report = Document::load(&path_str(&project.report), None)?;
    report.expect_lang(Lang::En)?;
    let mut sources: Vec<(Document, SourceDecl)> = Vec::new();
    for decl in &project.sources {
        let doc = Document::load(&path_str(&decl.file), None)?;
        doc.expect_lang(Lang::Ar)?;
        sources.push((doc, decl.clone()));
    }
    let project_lexicons: Vec<String> = project.lexicons.iter().map(|p| path_str(p)).collect();
    let project_gazetteers: Vec<String> = project.gazetteers.iter().map(|p| path_str(p)).collect();
    // The two embedded tables take most of a small run's start-up: build them side by side.
    let (lexicon, gazetteer) = std::thread::scope(|scope| {
        let gazetteer = scope.spawn(|| args.gazetteer.load(&project_gazetteers));
        let lexicon = args.lexicon.load(&project_lexicons);
        let gazetteer = gazetteer.join().expect("the gazetteer loader panicked");
        (lexicon, gazetteer)
    });
    let mut lexicon = lexicon?;
    let gazetteer = gazetteer?;
    for memory in &args.memory {
        lexicon
            .to_mut()
            .merge(&isnad_cli::memory::learned_from_memory(memory)?);
    }
    let house_style = match args
        .house_style
        .clone()
        .or_else(|| project.house_style.as_ref().map(|p| path_str(p)))
    {
        Some(path) => HouseStyle::load(&path)?,
        None => HouseStyle::new(),
    };

    let input = CheckInput {
        report: &report,
        sources: sources.iter().map(|(d, s)| (d, &s.outlet)).collect(),
        lexicon: &lexicon,
        gazetteer: &gazetteer,
        house_style: &house_style,
        options: project.tuning.matching,
    };
    let result = match args.learn {
        LearnFrom::None => checks::run(&input),
        LearnFrom::Run => checks::learn::run_learning(&input).0,
    };
    if result.quotes.is_empty() {
        return Err(Error::input(
            report.path.clone(),
            "no quotes found (nothing in straight, curly or « » quotation marks)",
        ));
    }

    let printer: Box<dyn CheckPrinter> = match args.format {
        Format::Table => Box::new(TerminalPrinter {
            color: use_color(args.color, args.output.output.is_some()),
        }),
        Format::Csv => Box::new(CsvPrinter { excel: args.excel }),
        Format::Json => Box::new(JsonPrinter { lines: false }),
        Format::Jsonl => Box::new(JsonPrinter { lines: true }),
        Format::Html => Box::new(HtmlPrinter {
            report: &report,
            sources: sources.iter().map(|(doc, _)| doc).collect(),
        }),
    };
    let mut bytes = Vec::new();
    printer
        .print(&result, &mut bytes)
        .expect("writing to memory cannot fail");
    // Every file read (report, sources, configuration, lexicons, gazetteers, house style) was
    // noted by its reader; the output may replace none of them.
    args.output.write(&bytes, &[])?;

    let fail_on = args
        .fail_on
        .map(FailOn::from)
        .or(project.fail_on)
        .unwrap_or(FailOn::Error);
    let failed = match (fail_on.threshold(), result.max_severity()) {
        (Some(threshold), Some(worst)) => worst >= threshold,
        _ => false,
    };
    Ok(i32::from(failed))
}

/// The project from a directory's isnad.toml, or from the report path and --source flags.
fn project(args: &Args) -> isnad::Result<Project> {
    let target = Path::new(&args.target);
    let extra: Vec<SourceDecl> = args
        .source
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
            "no sources for {}: give --source FILE=Outlet Name (once per source) or a directory with isnad.toml",
            args.target
        )));
    }
    Ok(Project {
        report: PathBuf::from(&args.target),
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
