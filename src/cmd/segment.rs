//! `isnad segment`: sentences of one or more files, with offsets.

const USAGE: &str = "\
Split files into sentences (and headings, bylines), one row per unit, with byte offsets and
line:column into the original file. Columns: file, lang, index, kind (sentence, heading,
byline), line, column, start, end (byte offsets into the decoded text, end exclusive), text
(markup removed, white space folded) and, with --normalized, normalized. Files ending in .md or
.markdown are read as Markdown, .html, .htm or .xhtml as web pages (tags, scripts and menus left
out, offsets into the page). Rules and examples: docs/text.md.

Examples:
  isnad segment corpus/samples/salma/report.en.md
  isnad segment --format csv --normalized corpus/samples/salma/*.ar.txt
  cat article.txt | isnad segment - --lang ar";

use super::args::{OutputArg, RecordFormatArg};
use clap::Parser;
use isnad::text::{arabic, Document, Lang};
use isnad_cli::report::rows::{PlainSegmentRow, SegmentRow};

use super::args::{stdin_at_most_once, LangArg};

#[derive(Parser)]
#[command(about = "Split files into sentences with offsets", after_help = USAGE)]
pub struct Args {
    /// Input files (UTF-8, UTF-16 with BOM, or a web page in the charset it declares; `-` reads
    /// standard input).
    #[arg(required = true)]
    files: Vec<String>,
    /// Language of the inputs; `auto` decides per file from the share of Arabic script.
    #[arg(long, value_enum, default_value = "auto")]
    lang: LangArg,
    #[command(flatten)]
    format: RecordFormatArg,
    /// Add a `normalized` column: each unit's text after Arabic normalization (Arabic files) or
    /// lowercasing (English files).
    #[arg(long)]
    normalized: bool,
    #[command(flatten)]
    output: OutputArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    stdin_at_most_once(args.files.iter().map(|p| ("FILE", p.as_str())))?;
    // Read everything first: a bad file must not leave half an output behind.
    let docs = args
        .files
        .iter()
        .map(|f| Document::load(f, args.lang.to_lang()))
        .collect::<isnad::Result<Vec<_>>>()?;
    let mut rows = Vec::new();
    for doc in &docs {
        for u in &doc.units {
            rows.push(SegmentRow {
                file: &doc.path,
                lang: doc.lang,
                index: u.index,
                kind: u.kind,
                line: u.line,
                column: u.column,
                start: u.start,
                end: u.end,
                text: &u.text,
                normalized: args.normalized.then(|| match doc.lang {
                    Lang::Ar => arabic::normalize(&u.text),
                    Lang::En => u.text.to_lowercase(),
                }),
            });
        }
    }
    let bytes = if args.normalized {
        args.format.render(&rows)?
    } else {
        args.format
            .render(&rows.iter().map(PlainSegmentRow).collect::<Vec<_>>())?
    };
    args.output.write(&bytes, &[])?;
    Ok(0)
}
