//! `isnad names`: place names in English reports, clustered by spelling, with the suggested one.

const USAGE: &str = "\
One row per spelling of a place name found in the English FILEs, grouped into clusters of
spellings of one place, with the suggested spelling (house style > gazetteer > most frequent >
first seen) and why the spellings were joined. A cluster with two spellings is a variant flag.

Columns: cluster,suggested,variant,count,locations,arabic,gazetteer_id,reason (docs/names.md).

Examples:
  isnad names report.en.md
  isnad names report.en.md --arabic a.ar.txt b.ar.txt --format csv
  isnad names drafts/*.md --house-style house.csv --fail-on variant
  isnad names report.md --gazetteer SY.txt  # a GeoNames dump, added
  isnad names report.md --no-gazetteer      # the text alone";

use super::args::{stdin_at_most_once, GazetteerArgs, OutputArg, RecordFormatArg};
use clap::Parser;
use isnad::names::house_style::HouseStyle;
use isnad::names::table::NameTable;
use isnad::text::{Document, Lang};

#[derive(Parser)]
#[command(about = "Find place names and flag spellings of one place that differ", after_help = USAGE)]
pub struct Args {
    /// English files (reports, drafts; `-` reads standard input).
    files: Vec<String>,
    /// Arabic source files: each cluster gets the Arabic spelling found in them. An English
    /// file written after them is a report, not a source (`--arabic a.ar.txt report.md`); an
    /// English file before any Arabic one is an input error.
    #[arg(long, num_args = 1..)]
    arabic: Vec<String>,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    /// House style CSV `preferred,variants` (variants `|`-separated).
    #[arg(long)]
    house_style: Option<String>,
    #[command(flatten)]
    format: RecordFormatArg,
    /// Only clusters with more than one spelling (or off the house style).
    #[arg(long)]
    variants_only: bool,
    /// Exit with code 1 when a flag of this kind is found.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    #[command(flatten)]
    output: OutputArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    /// A place spelled two ways, or off the house style.
    Variant,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    stdin_at_most_once(
        args.files
            .iter()
            .map(|p| ("FILE", p.as_str()))
            .chain(args.arabic.iter().map(|p| ("--arabic", p.as_str())))
            .chain(
                args.gazetteer
                    .gazetteer
                    .iter()
                    .map(|p| ("--gazetteer", p.as_str())),
            )
            .chain(
                args.house_style
                    .iter()
                    .map(|p| ("--house-style", p.as_str())),
            ),
    )?;
    // Everything is read and checked before anything is written.
    let mut seen = std::collections::HashSet::new();
    let mut english = load(&args.files, &mut seen)?;
    // `--arabic` takes every file after it; the English ones written after an Arabic file are
    // the reports the user wrote last (`--arabic a.ar.txt report.md`). An English file before
    // any Arabic one is a wrong source (a draft given as the Arabic): read as a report, its
    // names would join the flags unnoticed.
    let mut arabic = Vec::new();
    for doc in load(&args.arabic, &mut seen)? {
        if doc.lang != Lang::En {
            arabic.push(doc);
        } else if arabic.is_empty() {
            return Err(isnad::Error::input(
                &doc.path,
                "expected Arabic text after --arabic, found English: English reports go before \
                 --arabic (or after an Arabic source)",
            ));
        } else {
            english.push(doc);
        }
    }
    if english.is_empty() {
        return Err(isnad::Error::Usage(
            "give at least one English file to find place names in".into(),
        ));
    }
    if let Some(doc) = english.iter().find(|d| d.lang != Lang::En) {
        return Err(isnad::Error::input(
            &doc.path,
            "expected English text, found Arabic: Arabic sources go after --arabic",
        ));
    }
    let gazetteer = args.gazetteer.load()?;
    let house_style = match &args.house_style {
        Some(path) => HouseStyle::load(path)?,
        None => HouseStyle::new(),
    };

    let english_refs: Vec<&Document> = english.iter().collect();
    let arabic_refs: Vec<&Document> = arabic.iter().collect();
    let table = NameTable::build(&english_refs, &arabic_refs, &gazetteer, &house_style);
    let rows = table.rows(args.variants_only);
    let flagged = table.has_flags();
    let bytes = args.format.render(&rows)?;
    args.output.write(&bytes, &[])?;
    Ok(if flagged && args.fail_on == Some(FailOn::Variant) {
        1
    } else {
        0
    })
}

/// The documents of `paths` not in `seen` yet, each file once: the same file named twice
/// (`r.md ./r.md`, or a report again after `--arabic`) would count every mention twice.
fn load(
    paths: &[String],
    seen: &mut std::collections::HashSet<std::path::PathBuf>,
) -> isnad::Result<Vec<Document>> {
    paths
        .iter()
        .filter(|p| {
            p.as_str() == "-" || seen.insert(isnad_cli::output::file_key(std::path::Path::new(p)))
        })
        .map(|p| Document::load(p, None))
        .collect()
}
