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
  isnad segment --format csv --normalized corpus/samples/salma/*.ar.txt > sentences.csv
  cat article.txt | isnad segment - --lang ar";

use clap::Parser;
use isnad::text::{arabic, Document, Lang, UnitKind};
use isnad_cli::report::{self, Record, RecordFormat};
use serde::Serialize;

use super::args::LangArg;

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
    #[arg(long, value_enum, default_value = "table")]
    format: RecordFormat,
    /// Add a `normalized` column: each unit's text after Arabic normalization (Arabic files) or
    /// lowercasing (English files).
    #[arg(long)]
    normalized: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<String>,
}

#[derive(Serialize)]
struct Row<'a> {
    file: &'a str,
    lang: Lang,
    index: usize,
    kind: UnitKind,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    normalized: Option<String>,
}

impl Record for Row<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "file",
            "lang",
            "index",
            "kind",
            "line",
            "column",
            "start",
            "end",
            "text",
            "normalized",
        ]
    }
    fn fields(&self) -> Vec<String> {
        let mut f = vec![
            self.file.to_string(),
            self.lang.code().to_string(),
            self.index.to_string(),
            self.kind.as_str().to_string(),
            self.line.to_string(),
            self.column.to_string(),
            self.start.to_string(),
            self.end.to_string(),
            self.text.to_string(),
        ];
        f.push(self.normalized.clone().unwrap_or_default());
        f
    }
}

pub fn run(args: Args) -> isnad::Result<i32> {
    // Read everything first: a bad file must not leave half an output behind.
    let docs = args
        .files
        .iter()
        .map(|f| Document::load(f, args.lang.to_lang()))
        .collect::<isnad::Result<Vec<_>>>()?;
    let mut rows = Vec::new();
    for doc in &docs {
        for u in &doc.units {
            rows.push(Row {
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
        report::render_records(args.format, &rows)
    } else {
        report::render_records(args.format, &rows.iter().map(Plain).collect::<Vec<_>>())
    };
    let inputs: Vec<&str> = args.files.iter().map(String::as_str).collect();
    isnad_cli::output::write_output(args.output.as_deref(), &bytes, &inputs)?;
    Ok(0)
}

/// The row without the `normalized` column, when it was not asked for.
#[derive(Serialize)]
#[serde(transparent)]
struct Plain<'r, 'a>(&'r Row<'a>);

impl Record for Plain<'_, '_> {
    fn headers() -> &'static [&'static str] {
        let h = Row::headers();
        &h[..h.len() - 1]
    }
    fn fields(&self) -> Vec<String> {
        let mut f = self.0.fields();
        f.pop();
        f
    }
}
