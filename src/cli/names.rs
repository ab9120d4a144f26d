//! `isnad names`: place names in English reports, clustered by spelling, with the suggested one.

const USAGE: &str = "\
One row per spelling of a place name found in the English FILEs, grouped into clusters of
spellings of one place, with the suggested spelling (house style > gazetteer > most frequent >
first seen) and why the spellings were joined. A cluster with two spellings is a variant flag.

Columns: cluster,suggested,variant,count,locations,arabic,gazetteer_id,reason (docs/names.md).

Examples:
  isnad names report.en.md
  isnad names report.en.md --arabic source1.ar.txt source2.ar.txt --format csv > names.csv
  isnad names drafts/*.md --house-style house.csv --variants-only --fail-on variant
  isnad names report.md --gazetteer SY.txt   # GeoNames dump as extra gazetteer rows";

use std::collections::HashMap;

use clap::Parser;
use isnad::names::cluster::{cluster, count_spellings, Cluster};
use isnad::names::gazetteer::{arabic_index_form, Gazetteer};
use isnad::names::house_style::HouseStyle;
use isnad::names::link::best_arabic;
use isnad::names::mentions::{self, Mention};
use isnad::names::score::Prepared;
use isnad::report::{self, Record, RecordFormat};
use isnad::text::{Document, Lang};
use serde::Serialize;

#[derive(Parser)]
#[command(about = "Find place names and flag spellings of one place that differ", after_help = USAGE)]
pub struct Args {
    /// English files (reports, drafts; `-` reads standard input).
    #[arg(required = true)]
    files: Vec<String>,
    /// Arabic source files: each cluster gets the Arabic spelling found in them.
    #[arg(long, num_args = 1..)]
    arabic: Vec<String>,
    /// More gazetteer rows: gazetteer CSV or a GeoNames dump (.txt). Repeatable.
    #[arg(long)]
    gazetteer: Vec<String>,
    /// House style CSV `preferred,variants` (variants `|`-separated).
    #[arg(long)]
    house_style: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: RecordFormat,
    /// Only clusters with more than one spelling (or off the house style).
    #[arg(long)]
    variants_only: bool,
    /// Exit with code 1 when a flag of this kind is found.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    /// A place spelled two ways, or off the house style.
    Variant,
}

#[derive(Serialize)]
struct Row<'a> {
    cluster: &'a str,
    suggested: &'a str,
    variant: &'a str,
    count: usize,
    locations: String,
    arabic: &'a str,
    gazetteer_id: &'a str,
    reason: &'a str,
}

impl Record for Row<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "cluster",
            "suggested",
            "variant",
            "count",
            "locations",
            "arabic",
            "gazetteer_id",
            "reason",
        ]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.cluster.to_string(),
            self.suggested.to_string(),
            self.variant.to_string(),
            self.count.to_string(),
            self.locations.clone(),
            self.arabic.to_string(),
            self.gazetteer_id.to_string(),
            self.reason.to_string(),
        ]
    }
}

pub fn run(args: Args) -> isnad::Result<i32> {
    // Everything is read and checked before anything is written.
    let english = load(&args.files, Lang::En)?;
    let arabic = load(&args.arabic, Lang::Ar)?;
    let gazetteer = Gazetteer::with_user_files(&args.gazetteer)?;
    let house_style = match &args.house_style {
        Some(path) => HouseStyle::load(path)?,
        None => HouseStyle::new(),
    };

    let mut found: Vec<(Mention, &str)> = Vec::new();
    for doc in &english {
        found.extend(
            mentions::find(doc, &gazetteer)
                .into_iter()
                .map(|m| (m, doc.path.as_str())),
        );
    }
    let mut locations: HashMap<&str, Vec<String>> = HashMap::new();
    for (m, path) in &found {
        locations
            .entry(m.surface.as_str())
            .or_default()
            .push(format!("{path}:{}:{}", m.line, m.column));
    }
    let spellings = count_spellings(found.iter().map(|(m, _)| m.surface.as_str()));
    let clusters = cluster(&spellings, &gazetteer, &house_style);
    let arabic_names = arabic_for_clusters(&clusters, &arabic, &gazetteer, !args.arabic.is_empty());

    let mut rows = Vec::new();
    let mut flagged = false;
    for (c, arabic_name) in clusters.iter().zip(&arabic_names) {
        let flag = c.has_variants() || c.off_house_style();
        flagged |= flag;
        if args.variants_only && !flag {
            continue;
        }
        for m in &c.members {
            rows.push(Row {
                cluster: &c.id,
                suggested: &c.suggested,
                variant: &m.spelling,
                count: m.count,
                locations: locations[m.spelling.as_str()].join(";"),
                arabic: arabic_name.as_deref().unwrap_or(""),
                gazetteer_id: c.gazetteer_id.as_deref().unwrap_or(""),
                reason: &m.reason,
            });
        }
    }
    let bytes = report::render_records(args.format, &rows);
    let inputs: Vec<&str> = args
        .files
        .iter()
        .chain(&args.arabic)
        .chain(&args.gazetteer)
        .chain(&args.house_style)
        .map(String::as_str)
        .collect();
    report::output::write_output(args.output.as_deref(), &bytes, &inputs)?;
    Ok(if flagged && args.fail_on == Some(FailOn::Variant) {
        1
    } else {
        0
    })
}

fn load(paths: &[String], lang: Lang) -> isnad::Result<Vec<Document>> {
    paths
        .iter()
        .map(|p| {
            let doc = Document::load(p, None)?;
            doc.expect_lang(lang)?;
            Ok(doc)
        })
        .collect()
}

/// The Arabic spelling of each cluster: with Arabic sources, the name found in them (the
/// gazetteer's Arabic when it occurs there, else the best match by key); without sources, the
/// gazetteer's Arabic name.
fn arabic_for_clusters(
    clusters: &[Cluster],
    arabic_docs: &[Document],
    gazetteer: &Gazetteer,
    from_sources: bool,
) -> Vec<Option<String>> {
    let gazetteer_arabic = |c: &Cluster| {
        c.gazetteer_id
            .as_deref()
            .and_then(|id| gazetteer.get(id))
            .map(|p| p.arabic.clone())
            .filter(|a| !a.is_empty())
    };
    if !from_sources {
        return clusters.iter().map(gazetteer_arabic).collect();
    }
    // Distinct Arabic names in order of first appearance.
    let mut seen = HashMap::new();
    let mut names: Vec<Mention> = Vec::new();
    for doc in arabic_docs {
        for m in mentions::find(doc, gazetteer) {
            if seen.insert(arabic_index_form(&m.surface), ()).is_none() {
                names.push(m);
            }
        }
    }
    let prepared: Vec<Prepared> = names.iter().map(|m| Prepared::new(&m.surface)).collect();
    clusters
        .iter()
        .map(|c| {
            if let Some(id) = &c.gazetteer_id {
                if let Some(m) = names.iter().find(|m| m.gazetteer_id.as_ref() == Some(id)) {
                    return Some(m.surface.clone());
                }
            }
            let english: Vec<Prepared> = c
                .members
                .iter()
                .map(|m| Prepared::new(&m.spelling))
                .collect();
            best_arabic(&english, &prepared).map(|(i, _)| names[i].surface.clone())
        })
        .collect()
}
