//! Printers for a [`CheckReport`]: the terminal report, CSV (the desk's spreadsheet), JSON (one
//! document) and JSONL (one quote per line). `report::html` adds the review page.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use isnad::align::quotes::Status;
use isnad::checks::{CheckReport, CheckedQuote, FindingKind, Severity};

use crate::notice::terminal_safe;
use crate::report::short_names::{file_name, ShortNames};

/// A printer of a whole check report.
pub trait CheckPrinter {
    fn print(&self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()>;
}

/// CSV with the contract columns of `docs/check.md`: one row per quote, then one per finding
/// about the report as a whole.
pub struct CsvPrinter {
    /// Start with a UTF-8 BOM so that Excel reads the Arabic right.
    pub excel: bool,
}

impl CheckPrinter for CsvPrinter {
    fn print(&self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        let rows = super::rows::CheckRow::all(report);
        super::write_records(super::RecordFormat::Csv, self.excel, &rows, out)
    }
}

/// JSON: the whole report as one document, or (`lines`) one record per line: each quote, then
/// each finding about the report as a whole (`"record": "quote"` or `"finding"`).
pub struct JsonPrinter {
    pub lines: bool,
}

impl CheckPrinter for JsonPrinter {
    fn print(&self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        if self.lines {
            for row in super::rows::CheckRow::all(report) {
                serde_json::to_writer(&mut *out, &row)?;
                out.write_all(b"\n")?;
            }
        } else {
            serde_json::to_writer_pretty(&mut *out, report)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// The report for people at a terminal: one block per quote, then a summary and the place
/// names spelled more than one way. Every string from the inputs (quotes, Arabic, outlet and
/// file names, explanations that cite them) goes through [`safe`]: a control character or a
/// bidi control in a report must not drive the terminal that shows it.
pub struct TerminalPrinter {
    pub color: bool,
}

/// Arabic is wrapped in a right-to-left isolate (U+2067 … U+2069), so a terminal that
/// implements the Unicode bidi algorithm shows it right to left without reordering the English
/// around it; one that does not shows it unchanged. The isolate is the printer's own; bidi
/// controls in the text itself are escaped.
fn rtl(s: &str) -> String {
    format!("\u{2067}{}\u{2069}", safe(s))
}

/// Text from an input as the terminal may show it: control characters and bidi controls
/// escaped (`\u{1b}`, `\u{202e}`), everything else, Arabic included, unchanged.
fn safe(s: &str) -> Cow<'_, str> {
    terminal_safe(s)
}

impl TerminalPrinter {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn status(&self, q: &CheckedQuote) -> String {
        let (code, label) = match q.status {
            Status::Matched => ("32", "MATCHED"),
            Status::Weak => ("33", "WEAK"),
            Status::Ambiguous => ("33", "AMBIGUOUS"),
            Status::Unmatched => ("31", "UNMATCHED"),
        };
        self.paint(&format!("1;{code}"), label)
    }

    fn severity(&self, s: Severity) -> String {
        let (code, label) = match s {
            Severity::Error => ("31", "error  "),
            Severity::Warning => ("33", "warning"),
            Severity::Info => ("36", "info   "),
        };
        self.paint(code, label)
    }

    fn quote_block(
        &self,
        report: &CheckReport,
        names: &ShortNames,
        q: &CheckedQuote,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let short_report = file_name(&report.report);
        writeln!(
            out,
            "{}  {}  {:.2} (confidence {})  {}:{}",
            self.paint("1", &safe(&q.quote_id)),
            self.status(q),
            q.score,
            q.shown_confidence(),
            safe(short_report),
            safe(&q.locations.join(", "))
        )?;
        let credited = match (&q.attributed_outlet, &q.attribution_cue) {
            (Some(o), Some(cue)) if cue != o => format!("{} (\"{}\")", safe(o), safe(cue)),
            (Some(o), _) => safe(o).into_owned(),
            (None, _) => "no outlet found".to_string(),
        };
        writeln!(out, "    credited to  {credited}")?;
        if let Some(speaker) = &q.speaker {
            writeln!(out, "    speaker      {}", safe(speaker))?;
        }
        let found = place(
            names,
            q.source_outlet.as_deref(),
            q.source_file.as_deref(),
            &q.source_lines,
        );
        writeln!(out, "    found in     {found}")?;
        // The credit chose the match over a window that scores higher: show that one too.
        if let Some(r) = q.runner_up.as_ref().filter(|r| {
            q.status != Status::Unmatched
                && r.score > q.score
                && q.source_outlet.is_some()
                && !q.shows_candidates()
        }) {
            let other = place(
                names,
                Some(&r.source_outlet),
                Some(&r.source_file),
                &r.source_lines,
            );
            writeln!(out, "    also fits    {other} (score {:.2})", r.score)?;
        }
        // Not vouched for, or another outlet fits as well: the places to choose from.
        if q.shows_candidates() {
            for (i, c) in q.candidates.iter().enumerate() {
                let label = if i == 0 { "candidates" } else { "" };
                let at = place(
                    names,
                    Some(&c.source_outlet),
                    Some(&c.source_file),
                    &c.source_lines,
                );
                writeln!(
                    out,
                    "    {label:<12} {}. {at} (score {:.2})",
                    i + 1,
                    c.score
                )?;
            }
        }
        let elsewhere = q.has_parts_elsewhere();
        for (i, part) in q.parts.iter().enumerate().filter(|_| elsewhere) {
            let found = place(
                names,
                part.source_outlet.as_deref(),
                part.source_file.as_deref(),
                &part.source_lines,
            );
            writeln!(out, "    part {:<2}      {found}", i + 1)?;
            if !part.arabic.is_empty() && q.is_elsewhere(part) {
                writeln!(out, "                 {}", rtl(&part.arabic))?;
            }
        }
        writeln!(out, "    “{}”", safe(&q.quote))?;
        if !q.arabic.is_empty() {
            writeln!(out, "    {}", rtl(&q.arabic))?;
        }
        for f in &q.flags {
            writeln!(
                out,
                "    {} {}  {}",
                self.severity(f.severity),
                self.paint("1", f.kind.name()),
                safe(&f.explanation)
            )?;
        }
        writeln!(out)
    }
}

impl CheckPrinter for TerminalPrinter {
    fn print(&self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "{} {} against {}",
            self.paint("1", "isnad check:"),
            safe(&report.report),
            count(report.sources.len(), "source", "sources")
        )?;
        let width = report
            .sources
            .iter()
            .map(|s| safe(&s.outlet).width())
            .max()
            .unwrap_or(0);
        for s in &report.sources {
            let outlet = safe(&s.outlet);
            writeln!(
                out,
                "  {outlet}{}  {} ({})",
                " ".repeat(width - outlet.width()),
                safe(&s.file),
                count(s.sentences, "sentence", "sentences")
            )?;
        }
        writeln!(out)?;
        let names = ShortNames::of(report.sources.iter().map(|s| s.file.as_str()));
        for q in &report.quotes {
            self.quote_block(report, &names, q, out)?;
        }
        let s = &report.summary;
        // Findings about the report as a whole reach --fail-on as flags do: they are counted on
        // this line too (when there are any), so that a run that exits 1 says why here.
        let f = &s.findings;
        let findings = if f.total() > 0 {
            format!(
                "; findings: {}, {}, {} info",
                count(f.errors, "error", "errors"),
                count(f.warnings, "warning", "warnings"),
                f.infos
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "{} {}: {} matched, {} weak, {} ambiguous, {} unmatched; {}, {}, {} info{findings}",
            self.paint("1", "Summary:"),
            count(s.quotes, "quote", "quotes"),
            s.matched,
            s.weak,
            s.ambiguous,
            s.unmatched,
            count(s.errors, "error", "errors"),
            count(s.warnings, "warning", "warnings"),
            s.infos
        )?;
        if !s.flags.is_empty() {
            let list: Vec<String> = s
                .flags
                .iter()
                .map(|(k, n)| format!("{} {n}", k.name()))
                .collect();
            writeln!(out, "Flags: {}", list.join(" · "))?;
        }
        if report.length.anchors > 0 {
            writeln!(
                out,
                "Length: {:.2} Arabic characters per English one, measured on {} confident quotes \
                 (the news default did not fit this run)",
                report.length.ratio, report.length.anchors
            )?;
        }
        self.variants(report, out)?;
        self.unquoted_sources(report, &names, out)
    }
}

impl TerminalPrinter {
    /// Declared sources no quote was traced to (info findings).
    fn unquoted_sources(
        &self,
        report: &CheckReport,
        names: &ShortNames,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let unquoted: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::UnquotedSource)
            .collect();
        if unquoted.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "\n{}",
            self.paint("1", "Sources no quote was traced to")
        )?;
        for f in unquoted {
            writeln!(
                out,
                "  {:<4} {} {}  {}",
                safe(&f.finding_id),
                self.severity(f.severity),
                safe(f.source_outlet.as_deref().unwrap_or_default()),
                safe(
                    f.source_file
                        .as_deref()
                        .map(|f| names.get(f))
                        .unwrap_or_default()
                )
            )?;
        }
        Ok(())
    }

    fn variants(&self, report: &CheckReport, out: &mut dyn Write) -> io::Result<()> {
        let flagged: Vec<_> = report.names.iter().filter(|r| r.flagged).collect();
        if flagged.is_empty() {
            return writeln!(out, "Place names: every place is spelled one way.");
        }
        writeln!(
            out,
            "\n{}",
            self.paint("1", "Place names spelled more than one way")
        )?;
        let mut clusters: Vec<&str> = flagged.iter().map(|r| r.cluster.as_str()).collect();
        clusters.dedup();
        for id in clusters {
            let rows: Vec<_> = flagged.iter().filter(|r| r.cluster == id).collect();
            let spellings: Vec<String> = rows
                .iter()
                .map(|r| format!("{} ({})", safe(&r.variant), r.count))
                .collect();
            let arabic = rows[0].arabic.as_deref().map(rtl).unwrap_or_default();
            writeln!(
                out,
                "  {:<4} {}  {}  → suggested {}",
                safe(id),
                arabic,
                spellings.join(" · "),
                self.paint("1", &safe(&rows[0].suggested))
            )?;
        }
        Ok(())
    }
}

/// `Outlet: file, line 4, 5`, or `nothing`; the file by its short name.
fn place(names: &ShortNames, outlet: Option<&str>, file: Option<&str>, lines: &[usize]) -> String {
    match (outlet, file) {
        (Some(outlet), Some(file)) => {
            let mut lines: Vec<String> = lines.iter().map(usize::to_string).collect();
            lines.dedup(); // sentences of one paragraph share a line
            format!(
                "{}: {}, line {}",
                safe(outlet),
                safe(names.get(file)),
                lines.join(", ")
            )
        }
        _ => "nothing".to_string(),
    }
}

/// "1 quote", "2 quotes", "0 quotes".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
