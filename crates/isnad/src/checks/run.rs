//! The whole check: quotes → attribution → matching → names → flags → one report.

use serde::Serialize;

use super::facts;
use super::flags::flags_for;
use super::matching::match_report;
use super::{Flag, FlagKind, Severity};
use crate::align::length::LengthModel;
use crate::align::quotes::{places, MatchOptions, QuoteMatch, SourceIndex, Status, Window};
use crate::align::score::WordMatch;
use crate::align::{ScoreParams, Scorer};
use crate::lexicon::Lexicon;
use crate::names::gazetteer::Gazetteer;
use crate::names::house_style::HouseStyle;
use crate::names::mentions::Mention;
use crate::names::table::{NameTable, SpellingRow};
use crate::quotes::{attribute, merge_repeats, occurrences, Outlet, QuoteKind};
use crate::text::read::Encoding;
use crate::text::Document;

/// What a check runs on.
#[derive(Clone)]
pub struct CheckInput<'a> {
    pub report: &'a Document,
    /// Arabic sources and the outlet of each.
    pub sources: Vec<(&'a Document, &'a Outlet)>,
    pub lexicon: &'a Lexicon,
    pub gazetteer: &'a Gazetteer,
    pub house_style: &'a HouseStyle,
    pub options: MatchOptions,
}

/// One declared source, as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceSummary {
    pub file: String,
    pub outlet: String,
    pub sentences: usize,
    /// How the file was encoded (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, or a page's
    /// declared charset such as `windows-1256`): spans are byte offsets into the file for the
    /// first two (after a BOM), into the file's UTF-8 decoding otherwise.
    pub encoding: Encoding,
}

/// Where the runner-up match is: a place like any candidate.
pub type RunnerUp = Candidate;

/// One of the places that fit a quote best (`CheckedQuote::candidates`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub source_file: String,
    pub source_outlet: String,
    pub source_sentences: Vec<usize>,
    /// 1-based lines, as everywhere.
    pub source_lines: Vec<usize>,
    /// Byte spans of those sentences in the source file.
    #[serde(skip)]
    pub source_spans: Vec<(usize, usize)>,
    pub arabic: String,
    pub score: f64,
}

/// Where one part of a quote cut by an ellipsis (or continued over paragraphs) is found, on its
/// own: the parts of a stitched quote may come from different places.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartMatch {
    pub text: String,
    /// `None` when the part alone matches nothing.
    pub source_file: Option<String>,
    pub source_outlet: Option<String>,
    pub source_sentences: Vec<usize>,
    pub source_lines: Vec<usize>,
    pub arabic: String,
    pub score: f64,
}

/// One quote with everything found about it. Field names are a contract (`docs/check.md`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedQuote {
    pub quote_id: String,
    pub line: usize,
    pub column: usize,
    /// Every place the quote stands, `line:column`.
    pub locations: Vec<String>,
    /// Byte span of the first location, quote marks included.
    pub start: usize,
    pub end: usize,
    /// Byte spans of every location, the first one first (for pages that mark them all).
    #[serde(skip)]
    pub spans: Vec<(usize, usize)>,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub attributed_outlet: Option<String>,
    /// The words that credit the quote ("the Beirut-based network").
    pub attribution_cue: Option<String>,
    pub quote: String,
    pub status: Status,
    pub score: f64,
    pub confidence: f64,
    /// What `confidence` was computed from (`QuoteMatch::observation`).
    #[serde(skip)]
    pub observation: crate::align::quotes::Observation,
    pub source_file: Option<String>,
    pub source_outlet: Option<String>,
    /// 0-based sentence indices in the source, as `isnad segment` numbers them: the best
    /// window's and, for a quote in several parts, those of each part found on its own in the
    /// same source, ascending.
    pub source_sentences: Vec<usize>,
    /// 1-based lines of those sentences.
    pub source_lines: Vec<usize>,
    /// Byte spans of those sentences in the source file.
    pub source_spans: Vec<(usize, usize)>,
    /// Those sentences' text, joined by a space (by ` … ` where sentences are left out).
    pub arabic: String,
    pub runner_up: Option<RunnerUp>,
    /// The places that fit the quote best, the reported one first (up to three): for a quote
    /// that is not `matched`, the answers to choose from.
    pub candidates: Vec<Candidate>,
    /// Another source's candidate is within the run's `matching.credit_margin` of the first.
    #[serde(skip)]
    pub close_call: bool,
    /// For a quote in several parts, where each part is found on its own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartMatch>,
    pub flags: Vec<Flag>,
    pub matched_words: Vec<WordMatch>,
}

impl CheckedQuote {
    /// The confidence to two decimals as a person reads it: a quote that is not `matched` has
    /// its confidence cut, not rounded, so that 0.848 under a floor of 0.85 never reads 0.85
    /// (its explanation gives the digits that tell it from the floor).
    pub fn shown_confidence(&self) -> String {
        if self.status == Status::Matched {
            format!("{:.2}", self.confidence)
        } else {
            format!("{:.2}", (self.confidence * 100.0).floor() / 100.0)
        }
    }

    /// Whether the candidates are worth showing: the quote is `weak` (to be checked by hand), or
    /// `matched` while another source's candidate fits within the run's
    /// `matching.credit_margin` of the reported one (the same statement carried by two outlets;
    /// [`CheckedQuote::close_call`]). Not for `unmatched` quotes: their best places are no
    /// answer.
    pub fn shows_candidates(&self) -> bool {
        self.candidates.len() > 1
            && (matches!(self.status, Status::Weak | Status::Ambiguous)
                || self.status == Status::Matched && self.close_call)
    }

    pub fn max_severity(&self) -> Option<Severity> {
        self.flags.iter().map(|f| f.severity).max()
    }

    /// Whether `part` is found somewhere else than the quote's own window.
    pub fn is_elsewhere(&self, part: &PartMatch) -> bool {
        part.source_file != self.source_file || part.source_sentences != self.source_sentences
    }

    /// Whether any part of the quote is found somewhere else: only then are parts worth showing.
    pub fn has_parts_elsewhere(&self) -> bool {
        self.parts.iter().any(|p| self.is_elsewhere(p))
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub quotes: usize,
    pub matched: usize,
    pub weak: usize,
    pub ambiguous: usize,
    pub unmatched: usize,
    /// Flags per kind, in [`FlagKind`] order, kinds with none left out.
    pub flags: Vec<(FlagKind, usize)>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Places spelled more than one way (or off house style) in the report.
    pub variant_places: usize,
    /// The findings about the report as a whole ([`CheckReport::findings`]) by severity: the
    /// counts above are the flags of quotes only, and a finding too can reach `--fail-on`.
    pub findings: SeverityCounts,
}

/// How many of something there are of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl SeverityCounts {
    /// The counts of these severities.
    pub fn of(severities: impl IntoIterator<Item = Severity>) -> SeverityCounts {
        let mut counts = SeverityCounts::default();
        for severity in severities {
            match severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// The result of a check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub report: String,
    pub sources: Vec<SourceSummary>,
    pub quotes: Vec<CheckedQuote>,
    /// The report's place names (all clusters; `flagged` marks variants).
    pub names: Vec<SpellingRow>,
    /// What is wrong with the report as a whole (variant spellings, sources never quoted).
    pub findings: Vec<super::Finding>,
    pub summary: Summary,
    /// The length model the quotes were scored with: the tuning table's (`anchors` 0), or the
    /// run's own when its confident matches showed the table's ratio does not fit
    /// (`align::quotes::run_length_model`).
    pub length: LengthModel,
    /// The least confidence of a `matched` quote in this run (`matching.min_confidence`, or
    /// higher when a `--memory` asked for it: `checks::memory_floor`).
    pub min_confidence: f64,
}

impl CheckReport {
    /// The most severe flag of the whole report, findings about the report as a whole included.
    pub fn max_severity(&self) -> Option<Severity> {
        let quotes = self
            .quotes
            .iter()
            .filter_map(CheckedQuote::max_severity)
            .max();
        let findings = self.findings.iter().map(|f| f.severity).max();
        quotes.max(findings)
    }
}

/// Runs the check.
pub fn run(input: &CheckInput) -> CheckReport {
    let report = input.report;
    let mut scorer = Scorer::new(input.lexicon);
    scorer.params = ScoreParams::for_fragments();
    let outlets = distinct_outlets(&input.sources);
    let source_labels: Vec<(String, String)> = input
        .sources
        .iter()
        .map(|(d, o)| (file_name(&d.path), o.name.clone()))
        .collect();
    let unit_lines: Vec<Vec<usize>> = input
        .sources
        .iter()
        .map(|(d, _)| d.units.iter().map(|u| u.line).collect())
        .collect();

    // Each quotation is credited where it stands; repeats of the same words are then one quote,
    // unless they are credited to different outlets.
    let found = occurrences(report);
    let credited = attribute(report, &found, &outlets);
    // An outlet the report names that is not declared is a credit too: its repeat of a
    // declared outlet's words is another quote, with its own flag.
    let credits: Vec<Option<&str>> = credited
        .iter()
        .map(|a| a.outlet.as_deref().or(a.undeclared.as_deref()))
        .collect();
    let (quotes, attributions): (Vec<_>, Vec<_>) = merge_repeats(found, &credits)
        .into_iter()
        .map(|(quote, credit_from)| (quote, credited[credit_from].clone()))
        .unzip();
    let docs: Vec<&Document> = input.sources.iter().map(|(d, _)| *d).collect();
    // Matching and the place-name table read the same documents and nothing of each other.
    let ((index, matches, length), names) = rayon::join(
        || {
            let credits: Vec<Vec<usize>> = attributions
                .iter()
                .map(|a| match &a.outlet {
                    Some(credited) => (0..input.sources.len())
                        .filter(|&s| &input.sources[s].1.name == credited)
                        .collect(),
                    None => Vec::new(),
                })
                .collect();
            match_report(&scorer, &docs, &quotes, &credits, report, &input.options)
        },
        || {
            // An outlet's name in the report (`Al-Furat reported`) names no place.
            let outlet_names: Vec<String> = outlets
                .iter()
                .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases).cloned())
                .collect();
            NameTable::build_except(
                &[report],
                &docs,
                input.gazetteer,
                input.house_style,
                &outlet_names,
            )
        },
    );

    let reading = facts::Reading {
        scorer: &scorer,
        index: &index,
        gazetteer: input.gazetteer,
        names: &names,
        sources: &source_labels,
        unit_lines: &unit_lines,
        options: &input.options,
    };
    // The report's mentions by start, so the mentions inside a quote's locations are found by
    // binary search: a quote repeated thousands of times in a long report stays linear.
    let mut by_start: Vec<&Mention> = names.mentions.iter().map(|(_, m)| m).collect();
    by_start.sort_by_key(|m| (m.start, m.end));
    let checked: Vec<CheckedQuote> = quotes
        .iter()
        .zip(&attributions)
        .zip(&matches)
        .map(|((q, a), m)| {
            let mut inside: Vec<usize> = Vec::new();
            for l in &q.locations {
                let first = by_start.partition_point(|mention| mention.start < l.start);
                inside.extend(
                    (first..by_start.len())
                        .take_while(|&i| by_start[i].start < l.end)
                        .filter(|&i| by_start[i].end <= l.end),
                );
            }
            // In report order, each mention once, as the filter over all mentions gave them.
            inside.sort_unstable();
            inside.dedup();
            let in_quote: Vec<&Mention> = inside.into_iter().map(|i| by_start[i]).collect();
            let facts = facts::quote_facts(&reading, q, a, m, &in_quote);
            let flags = flags_for(&facts);
            checked_quote(q, a, m, &index, &source_labels, flags, &input.options)
        })
        .collect();

    let names_rows = names.rows(false);
    let sources: Vec<SourceSummary> = input
        .sources
        .iter()
        .map(|(d, o)| SourceSummary {
            file: d.path.clone(),
            outlet: o.name.clone(),
            sentences: d.units.len(),
            encoding: d.encoding,
        })
        .collect();
    let findings = super::findings::findings(&names_rows, &checked, &sources);
    let summary = summarize(&checked, &names, &findings);
    CheckReport {
        report: report.path.clone(),
        findings,
        sources,
        quotes: checked,
        names: names_rows,
        summary,
        length,
        min_confidence: input.options.min_confidence,
    }
}

/// Outlets declared by several sources are one outlet (their aliases merged).
fn distinct_outlets(sources: &[(&Document, &Outlet)]) -> Vec<Outlet> {
    let mut out: Vec<Outlet> = Vec::new();
    for (_, o) in sources {
        match out.iter_mut().find(|x| x.name == o.name) {
            Some(existing) => {
                for alias in &o.aliases {
                    if !existing.aliases.contains(alias) {
                        existing.aliases.push(alias.clone());
                    }
                }
            }
            None => out.push((*o).clone()),
        }
    }
    out
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |f| f.to_string_lossy().into_owned())
}

/// Where a window of a source lies, as the outputs name it (for a stitched quote, the sentences
/// of several windows of one source: [`place_of_quote`]).
struct Place {
    file: String,
    outlet: String,
    sentences: Vec<usize>,
    lines: Vec<usize>,
    spans: Vec<(usize, usize)>,
    arabic: String,
}

fn place_of(w: &Window, index: &SourceIndex, labels: &[(String, String)]) -> Place {
    place_of_sentences(w.source, (w.start..w.end).collect(), index, labels)
}

/// The place a traced quote is reported at: its best window and, for a quote stitched from
/// several places, the sentences of every part found on its own in the same source (the places
/// its numbers and names are looked for in, [`places`]), in source order. A part found in another
/// source is named in [`CheckedQuote::parts`] only: `source_lines` are lines of one file.
fn place_of_quote(
    best: &Window,
    segments: &[crate::align::quotes::SegmentMatch],
    index: &SourceIndex,
    labels: &[(String, String)],
) -> Place {
    let mut sentences: Vec<usize> = places(Some(*best), segments)
        .iter()
        .filter(|w| w.source == best.source)
        .flat_map(|w| w.start..w.end)
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    place_of_sentences(best.source, sentences, index, labels)
}

/// Sentences `sentences` (ascending) of source `source`; their Arabic is joined by a space, and
/// by ` … ` where sentences are left out between two of them, as the quote's parts are.
fn place_of_sentences(
    source: usize,
    sentences: Vec<usize>,
    index: &SourceIndex,
    labels: &[(String, String)],
) -> Place {
    let doc = index.sources[source].doc;
    let units: Vec<_> = sentences.iter().map(|&i| &doc.units[i]).collect();
    let mut arabic = String::new();
    for (k, u) in units.iter().enumerate() {
        if k > 0 {
            arabic.push_str(if sentences[k] == sentences[k - 1] + 1 {
                " "
            } else {
                " … "
            });
        }
        arabic.push_str(&u.text);
    }
    Place {
        file: doc.path.clone(),
        outlet: labels[source].1.clone(),
        lines: units.iter().map(|u| u.line).collect(),
        spans: units.iter().map(|u| (u.start, u.end)).collect(),
        sentences,
        arabic,
    }
}

fn checked_quote(
    q: &crate::quotes::Quote,
    a: &crate::quotes::Attribution,
    m: &QuoteMatch,
    index: &SourceIndex,
    labels: &[(String, String)],
    flags: Vec<Flag>,
    options: &MatchOptions,
) -> CheckedQuote {
    let first = q.first();
    let traced = m.best.filter(|_| m.status != Status::Unmatched);
    let (source_file, source_outlet, sentences, lines, spans, arabic) =
        match traced.map(|b| place_of_quote(&b, &m.segments, index, labels)) {
            Some(p) => (
                Some(p.file),
                Some(p.outlet),
                p.sentences,
                p.lines,
                p.spans,
                p.arabic,
            ),
            None => (
                None,
                None,
                Vec::new(),
                Vec::new(),
                Vec::new(),
                String::new(),
            ),
        };
    let parts = q
        .segments
        .iter()
        .zip(&m.segments)
        .map(|(segment, found)| {
            let text = segment.text.clone();
            match found.best {
                Some(w) => {
                    let p = place_of(&w, index, labels);
                    PartMatch {
                        text,
                        source_file: Some(p.file),
                        source_outlet: Some(p.outlet),
                        source_sentences: p.sentences,
                        source_lines: p.lines,
                        arabic: p.arabic,
                        score: w.score,
                    }
                }
                None => PartMatch {
                    text,
                    source_file: None,
                    source_outlet: None,
                    source_sentences: Vec::new(),
                    source_lines: Vec::new(),
                    arabic: String::new(),
                    score: 0.0,
                },
            }
        })
        .collect();
    let candidate = |w: &Window| {
        let p = place_of(w, index, labels);
        Candidate {
            source_file: p.file,
            source_outlet: p.outlet,
            source_sentences: p.sentences,
            source_lines: p.lines,
            source_spans: p.spans,
            arabic: p.arabic,
            score: w.score,
        }
    };
    let runner_up = m.runner_up.as_ref().map(candidate);
    let candidates: Vec<Candidate> = m.candidates.iter().map(candidate).collect();
    let close_call = match candidates.as_slice() {
        [first, second, ..] => {
            second.source_file != first.source_file
                && first.score - second.score <= options.credit_margin
        }
        _ => false,
    };

    CheckedQuote {
        quote_id: q.id.clone(),
        line: first.line,
        column: first.column,
        locations: q
            .locations
            .iter()
            .map(|l| format!("{}:{}", l.line, l.column))
            .collect(),
        start: first.start,
        end: first.end,
        spans: q.locations.iter().map(|l| (l.start, l.end)).collect(),
        kind: q.kind,
        speaker: a.speaker.clone(),
        attributed_outlet: a.outlet.clone(),
        attribution_cue: a.cue.clone(),
        quote: q.text.clone(),
        status: m.status,
        score: m.best.map_or(0.0, |b| b.score),
        confidence: m.confidence,
        observation: m.observation,
        source_file,
        source_outlet,
        source_sentences: sentences,
        source_lines: lines,
        source_spans: spans,
        arabic,
        runner_up,
        candidates,
        close_call,
        parts,
        flags,
        matched_words: m
            .breakdown
            .as_ref()
            .map(|b| b.matches.clone())
            .unwrap_or_default(),
    }
}

fn summarize(quotes: &[CheckedQuote], names: &NameTable, findings: &[super::Finding]) -> Summary {
    let count = |s: Status| quotes.iter().filter(|q| q.status == s).count();
    let all_flags: Vec<&Flag> = quotes.iter().flat_map(|q| &q.flags).collect();
    let severity = |s: Severity| all_flags.iter().filter(|f| f.severity == s).count();
    Summary {
        quotes: quotes.len(),
        matched: count(Status::Matched),
        weak: count(Status::Weak),
        ambiguous: count(Status::Ambiguous),
        unmatched: count(Status::Unmatched),
        flags: FlagKind::ALL
            .iter()
            .map(|&k| (k, all_flags.iter().filter(|f| f.kind == k).count()))
            .filter(|(_, n)| *n > 0)
            .collect(),
        errors: severity(Severity::Error),
        warnings: severity(Severity::Warning),
        infos: severity(Severity::Info),
        variant_places: names
            .clusters
            .iter()
            .filter(|c| crate::names::table::is_flagged(c))
            .count(),
        findings: SeverityCounts::of(findings.iter().map(|f| f.severity)),
    }
}
