//! Findings about the report as a whole, not about one quote: a place spelled more than one way
//! (or off the house style) anywhere in the report, and a declared source no quote was traced
//! to. They count for the exit code like the flags of quotes, so every export carries them as
//! records of their own: a run that fails says why in CSV and JSONL alone.

use serde::Serialize;

use super::{CheckedQuote, Severity, SourceSummary};
use crate::align::quotes::Status;
use crate::names::table::SpellingRow;

/// What a finding is about; the names are part of the CSV/JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A place spelled more than one way, or one way the house style does not use.
    VariantSpelling,
    /// A declared source that no matched or weak quote comes from.
    UnquotedSource,
}

impl FindingKind {
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::VariantSpelling => "variant-spelling",
            FindingKind::UnquotedSource => "unquoted-source",
        }
    }
}

/// One report-level finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The place's cluster id (`c6`, as in `isnad names`) or the source's (`s2`, 1-based in the
    /// order the sources are declared).
    pub finding_id: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub explanation: String,
    /// `line:column` in the report of every spelling to change (variant spellings), empty for a
    /// source.
    pub locations: Vec<String>,
    /// The source file and its outlet (unquoted sources).
    pub source_file: Option<String>,
    pub source_outlet: Option<String>,
    /// The Arabic name the spellings were tied to (variant spellings), when known.
    pub arabic: Option<String>,
    /// The spelling to keep (variant spellings).
    pub suggested: Option<String>,
}

impl Finding {
    /// The first place in the report the finding points to, as (line, column).
    pub fn first_location(&self) -> Option<(usize, usize)> {
        let first = self.locations.first()?;
        let mut parts = first.rsplitn(3, ':');
        let column = parts.next()?.parse().ok()?;
        let line = parts.next()?.parse().ok()?;
        Some((line, column))
    }
}

/// The findings of a checked report: flagged place clusters in the order of the name table,
/// then sources no quote was traced to, in declaration order.
pub fn findings(
    names: &[SpellingRow],
    quotes: &[CheckedQuote],
    sources: &[SourceSummary],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut clusters: Vec<&str> = Vec::new();
    for row in names.iter().filter(|r| r.flagged) {
        if !clusters.contains(&row.cluster.as_str()) {
            clusters.push(&row.cluster);
        }
    }
    for cluster in clusters {
        let rows: Vec<&SpellingRow> = names.iter().filter(|r| r.cluster == cluster).collect();
        let first = rows[0];
        let spellings: Vec<String> = rows
            .iter()
            .map(|r| format!("{} ({})", r.variant, r.count))
            .collect();
        let arabic = first
            .arabic
            .as_deref()
            .map_or(String::new(), |a| format!(" ({a})"));
        let explanation = if rows.len() > 1 {
            format!(
                "spelled {} ways in the report: {}; keep {}{arabic}",
                rows.len(),
                spellings.join(", "),
                first.suggested
            )
        } else {
            format!(
                "{} is not the house style's spelling; use {}{arabic}",
                spellings.join(", "),
                first.suggested
            )
        };
        out.push(Finding {
            finding_id: cluster.to_string(),
            kind: FindingKind::VariantSpelling,
            severity: Severity::Warning,
            explanation,
            locations: rows
                .iter()
                .filter(|r| r.variant != r.suggested)
                .flat_map(|r| r.locations.iter().map(|l| without_file(l)))
                .collect(),
            source_file: None,
            source_outlet: None,
            arabic: first.arabic.clone(),
            suggested: Some(first.suggested.clone()),
        });
    }
    for (i, source) in sources.iter().enumerate() {
        let traced = quotes.iter().any(|q| {
            q.status != Status::Unmatched && q.source_file.as_deref() == Some(source.file.as_str())
        });
        if !traced {
            out.push(Finding {
                finding_id: format!("s{}", i + 1),
                kind: FindingKind::UnquotedSource,
                severity: Severity::Info,
                explanation: format!(
                    "no quote of the report was traced to {} ({}): a source listed but not \
                     quoted, or quotes from it that were not found",
                    source.outlet, source.file
                ),
                locations: Vec::new(),
                source_file: Some(source.file.clone()),
                source_outlet: Some(source.outlet.clone()),
                arabic: None,
                suggested: None,
            });
        }
    }
    out
}

/// `12:5` of `report.md:12:5`: findings are all in the one report.
fn without_file(location: &str) -> String {
    let mut parts = location.rsplitn(3, ':');
    match (parts.next(), parts.next()) {
        (Some(column), Some(line)) => format!("{line}:{column}"),
        _ => location.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_loses_its_file_and_gives_line_and_column() {
        assert_eq!(without_file("dir/r:1.md:12:5"), "12:5");
        let f = Finding {
            finding_id: "c1".into(),
            kind: FindingKind::VariantSpelling,
            severity: Severity::Warning,
            explanation: String::new(),
            locations: vec!["12:5".into(), "3:1".into()],
            source_file: None,
            source_outlet: None,
            arabic: None,
            suggested: None,
        };
        assert_eq!(f.first_location(), Some((12, 5)));
    }
}
