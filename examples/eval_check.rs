//! Evaluation of `isnad check` (`checks::run`) on synthetic reports built from NTREX-128
//! (not part of `cargo test`; the data is read at run time and never copied into the repository).
//!
//! ```text
//! cargo run --release --example eval_check -- [DATA_DIR] [--failures N] [--no-sweep]
//!     [--half dev|test] [--lexicon FILE]… [--dump FILE] [--open] [--set ntrex|tico|blind|partly-blind|quran|doubled]
//!     [--learn-batch]
//!     [--fit-confidence] [--confidence-sweep] [--memory-units N [--memory-off]]
//!     [--min-confidence X] [--save-observations FILE] [--fit-with FILE]… [--analysis FILE]
//! ```
//!
//! `--fit-confidence` fits the calibration of `confidence` on the run's quotes and the
//! observations of every `--fit-with FILE` (corpus/calibration/README.md gives the commands).
//!
//! `--set tico` builds the same reports from TICO-19 (COVID-19 health and crisis text, a domain
//! never tuned on) cut into pseudo-documents of 20 translation units; `--set blind` from NTREX
//! with every Arabic word form mapped through a fixed random bijection (vocabulary-blind);
//! `--set partly-blind` with half of them so mapped (a domain the lexicon knows in part);
//! `--set doubled` from NTREX with every English word written twice (a rendering twice as wordy,
//! the length-shift variant of issue #16).
//!
//! `--min-confidence X` replaces the shipped floor on `confidence` for `matched` (0 gives the
//! statuses as they were before the floor existed, for comparing with older figures).
//!
//! `--half dev` counts only the even-numbered documents (the half whose failures may be read
//! while developing), `--half test` only the odd-numbered ones (held out). `--lexicon` merges
//! another lexicon into the embedded one.
//!
//! DATA_DIR defaults to `../shared/data`. For every one of the 123 documents D:
//!
//! - the sources are D's Arabic (outlet `Outlet <D>`) and the Arabic of 3 other documents
//!   (distractor outlets), chosen with a fixed-seed LCG; each source file holds one NTREX line
//!   per line, so gold sentences are known by byte range;
//! - run A (correct credits): every English sentence of D quoted whole, and a 5–12-word
//!   contiguous fragment of every sentence of 7 words or more, each in its own paragraph of report
//!   prose (`Outlet <D> said: "…"`, `"…," Outlet <D> reported.`, …) naming D's outlet; plus
//!   4 whole sentences and 2 fragments of a document E that is *not* among the sources
//!   (source-less quotes, also credited to D's outlet);
//! - run B (wrong credits): the same whole sentences and fragments of D, each credited to a
//!   distractor outlet picked by the LCG.
//!
//! A quote is *correct* when its status is `matched` and its best window overlaps the gold Arabic
//! line, or another line of the gold document whose English holds the quote word for word (a
//! headline repeating a body sentence's words); those are counted and printed apart. Inner quotation marks of NTREX sentences (“ ” " ‘ « ») are removed before quoting, so
//! that the quote is one quotation. Gold lines that the segmenter makes a heading (a document's
//! unpunctuated first line, i.e. its headline) are never in a window by design; they are counted
//! apart and left out of the headline accuracies.
//!
//! Prints Markdown tables: the headline figures with the shipped `MatchOptions::default()`, then
//! a sweep over the status thresholds. `--failures N` also prints N failed whole-sentence and
//! fragment quotes, and N source-less quotes reported `matched`, with their scores (NTREX text, on
//! the terminal only). `--dump FILE` writes every quote's best and runner-up score with the
//! thresholds at zero, for studying where statuses should be decided. `--open` sets the
//! thresholds to zero for the whole run, so that accuracies measure the ranking alone and
//! `--failures` lists ranking failures, with the English of the lines found instead.
//! `--analysis FILE` writes every quote under correct credits as a JSON line (status,
//! confidence, whether the best window and the candidates hold the gold line, and each
//! candidate's NTREX lines with their English): for reading ranking failures; NTREX text, so
//! write it outside the repository.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use isnad::align::calibration::{self, Observation};
use isnad::align::quotes::{MatchOptions, Status};
use isnad::checks::memory_floor::memory_floor;
use isnad::checks::{self, CheckInput, CheckReport, FlagKind};
use isnad::lexicon::learn::{with_learned_translations, LearnOptions};
use isnad::lexicon::parallel::SentencePair;
use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::quotes::Outlet;
use isnad::text::tokens::content_terms;
use isnad::text::{read::Encoding, Document, Lang, LineIndex, Source, UnitKind};

#[path = "support/mod.rs"]
mod support;
use support::{words_twice, Lcg, Ntrex, VocabularyBlind};

const SEED: u64 = 0x1575_AD00_C4EC_0001;
const DISTRACTORS: usize = 3;
const SOURCELESS_WHOLE: usize = 4;
const SOURCELESS_FRAGMENTS: usize = 2;

/// One Arabic source file built from a document: its text and the byte range of each line.
struct ArabicSource {
    doc: Document,
    outlet: Outlet,
    /// Ntrex line → byte range in the file.
    lines: HashMap<usize, (usize, usize)>,
}

fn arabic_source(c: &Ntrex, d: usize) -> ArabicSource {
    arabic_source_without(c, d, &[])
}

/// [`arabic_source`] without the corpus lines `removed`: an outlet's article that lacks the
/// sentence a quote translates.
fn arabic_source_without(c: &Ntrex, d: usize, removed: &[usize]) -> ArabicSource {
    let mut text = String::new();
    let mut lines = HashMap::new();
    for i in c.docs[d].clone().filter(|i| !removed.contains(i)) {
        let start = text.len();
        text.push_str(c.ar[i].trim());
        lines.insert(i, (start, text.len()));
        text.push('\n');
    }
    let doc = Document::from_source(
        Source {
            path: format!("{}.ar.txt", c.doc_ids[d]),
            text,
            encoding: Encoding::Utf8,
        },
        Some(Lang::Ar),
    );
    ArabicSource {
        doc,
        outlet: outlet(d),
        lines,
    }
}

fn outlet(d: usize) -> Outlet {
    Outlet::new(format!("Outlet {d}"), Vec::new())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Whole,
    Fragment,
    SourcelessWhole,
    SourcelessFragment,
    /// A sentence of the credited outlet's story that its source lacks (run C): the quote has
    /// no source, but its outlet's article is about the same thing.
    RemovedWhole,
    RemovedFragment,
}

/// A quote planted in a report.
struct Planted {
    kind: Kind,
    /// The corpus line it comes from.
    line: usize,
    /// Byte offset of its opening quotation mark in the report.
    at: usize,
    credited: String,
    text: String,
    /// Whether the gold Arabic line is a heading (never in a window).
    gold_heading: bool,
}

/// NTREX sentence with its own quotation marks removed, so it can be quoted as one quotation.
fn clean(s: &str) -> String {
    let t: String = s
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '‘' | '«' | '»' | '„'))
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A 5–12-word contiguous span of a sentence of 7+ words, edge punctuation trimmed.
fn fragment(s: &str, rng: &mut Lcg) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 7 {
        return None;
    }
    let len = (5 + rng.below(8)).min(words.len() - 1);
    let start = rng.below(words.len() - len + 1);
    let f = words[start..start + len].join(" ");
    let f = f.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    (f.split_whitespace().count() >= 4).then_some(f)
}

/// Report prose around a quote; returns the paragraph and the offset of the opening mark in it.
fn paragraph(kind: Kind, quote: &str, outlet: &str, rng: &mut Lcg) -> (String, usize) {
    let whole = matches!(
        kind,
        Kind::Whole | Kind::SourcelessWhole | Kind::RemovedWhole
    );
    let (before, after) = if whole {
        match rng.below(3) {
            0 => (format!("{outlet} said: "), String::new()),
            1 => {
                // "…," Outlet reported.
                let body = quote.trim_end_matches(['.', ';', ':']);
                return (format!("\"{body},\" {outlet} reported."), 0);
            }
            _ => (format!("According to {outlet}, "), String::new()),
        }
    } else {
        match rng.below(3) {
            0 => (format!("{outlet} said that "), ".".to_string()),
            1 => (
                format!("{outlet} reported that "),
                ", without giving further details.".to_string(),
            ),
            _ => (format!("According to {outlet}, "), ".".to_string()),
        }
    };
    (format!("{before}\"{quote}\"{after}"), before.len())
}

struct Run {
    report: Document,
    planted: Vec<Planted>,
}

/// Builds the report of one run for document `d`.
fn build_report(
    c: &Ntrex,
    d: usize,
    e: usize,
    distractors: &[usize],
    wrong: bool,
    rng: &mut Lcg,
    heading_lines: &dyn Fn(usize) -> bool,
) -> Run {
    let mut report = ReportText::new(heading_lines);
    let mut add = |kind: Kind, line: usize, quote: &str, credited: String, rng: &mut Lcg| {
        report.add(kind, line, quote, credited, rng)
    };
    let credit = |rng: &mut Lcg| -> String {
        if wrong {
            outlet(distractors[rng.below(distractors.len())]).name
        } else {
            outlet(d).name
        }
    };
    for i in c.docs[d].clone() {
        let s = clean(&c.en[i]);
        if s.split_whitespace().count() >= 2 {
            let o = credit(rng);
            add(Kind::Whole, i, &s, o, rng);
        }
        if let Some(f) = fragment(&s, rng) {
            let o = credit(rng);
            add(Kind::Fragment, i, &f, o, rng);
        }
    }
    if !wrong {
        let lines: Vec<usize> = c.docs[e].clone().collect();
        let mut whole = 0;
        let mut frags = 0;
        for k in 0..lines.len() {
            let i = lines[(k * 7 + rng.below(lines.len())) % lines.len()];
            let s = clean(&c.en[i]);
            if whole < SOURCELESS_WHOLE && s.split_whitespace().count() >= 4 {
                add(Kind::SourcelessWhole, i, &s, outlet(d).name, rng);
                whole += 1;
            } else if frags < SOURCELESS_FRAGMENTS {
                if let Some(f) = fragment(&s, rng) {
                    add(Kind::SourcelessFragment, i, &f, outlet(d).name, rng);
                    frags += 1;
                }
            }
        }
    }
    report.finish(format!("report-{}.txt", c.doc_ids[d]))
}

/// A report being written: its prose, and the quotes planted in it.
struct ReportText<'h> {
    text: String,
    planted: Vec<Planted>,
    /// Whether a corpus line is a heading of its source (never in a window).
    heading_lines: &'h dyn Fn(usize) -> bool,
}

impl<'h> ReportText<'h> {
    fn new(heading_lines: &'h dyn Fn(usize) -> bool) -> ReportText<'h> {
        ReportText {
            text: String::from("Monitoring digest\n\n"),
            planted: Vec::new(),
            heading_lines,
        }
    }

    /// A paragraph quoting `quote` (corpus line `line`) under the credit of `credited`.
    fn add(&mut self, kind: Kind, line: usize, quote: &str, credited: String, rng: &mut Lcg) {
        let (p, at) = paragraph(kind, quote, &credited, rng);
        self.planted.push(Planted {
            kind,
            line,
            at: self.text.len() + at,
            credited,
            text: quote.to_string(),
            gold_heading: (self.heading_lines)(line),
        });
        self.text.push_str(&p);
        self.text.push_str("\n\n");
    }

    fn finish(self, path: String) -> Run {
        let report = Document::from_source(
            Source {
                path,
                text: self.text,
                encoding: Encoding::Utf8,
            },
            Some(Lang::En),
        );
        Run {
            report,
            planted: self.planted,
        }
    }
}

impl Outcome {
    /// Whether the reported window is right: on the gold line for a quote with a source; for
    /// run C's quotes, only on a line of the same story that repeats the quote word for word;
    /// never for a source-less quote.
    fn window_right(&self) -> bool {
        match self.kind {
            Kind::Whole | Kind::Fragment => self.on_gold,
            Kind::RemovedWhole | Kind::RemovedFragment => self.on_repeat,
            Kind::SourcelessWhole | Kind::SourcelessFragment => false,
        }
    }
}

/// How many sentences of each document run C takes out of its source and quotes.
const REMOVED_PER_DOCUMENT: usize = 2;

/// The lines of document `d` run C removes: up to [`REMOVED_PER_DOCUMENT`] lines that are
/// not headings, with 4 words or more, drawn by `rng`.
fn removed_lines(
    c: &Ntrex,
    d: usize,
    is_heading: &dyn Fn(usize) -> bool,
    rng: &mut Lcg,
) -> Vec<usize> {
    let lines: Vec<usize> = c.docs[d]
        .clone()
        .filter(|&i| !is_heading(i) && clean(&c.en[i]).split_whitespace().count() >= 4)
        .collect();
    let mut removed = Vec::new();
    for _ in 0..lines.len() {
        if removed.len() >= REMOVED_PER_DOCUMENT {
            break;
        }
        let i = lines[rng.below(lines.len())];
        if !removed.contains(&i) {
            removed.push(i);
        }
    }
    removed
}

/// Run C's report: each removed line quoted whole and as a fragment, credited to D's outlet,
/// among the quotes of D's other lines (as run A quotes them), so that the report reads as a
/// real one — most of its quotes found — and the run's coverage is a real report's. Only the
/// removed lines' quotes are counted.
fn removed_report(c: &Ntrex, d: usize, removed: &[usize], rng: &mut Lcg) -> Run {
    let mut report = ReportText::new(&|_| false);
    let mut add = |kind: Kind, line: usize, quote: &str, rng: &mut Lcg| {
        report.add(kind, line, quote, outlet(d).name, rng)
    };
    for i in c.docs[d].clone() {
        let s = clean(&c.en[i]);
        let (whole, piece) = if removed.contains(&i) {
            (Kind::RemovedWhole, Kind::RemovedFragment)
        } else if s.split_whitespace().count() >= 2 {
            (Kind::Whole, Kind::Fragment)
        } else {
            continue;
        };
        add(whole, i, &s, rng);
        if let Some(f) = fragment(&s, rng) {
            add(piece, i, &f, rng);
        }
    }
    report.finish(format!("report-removed-{}.txt", c.doc_ids[d]))
}

/// The outcome of one planted quote.
#[derive(Clone)]
struct Outcome {
    kind: Kind,
    wrong_credit: bool,
    gold_heading: bool,
    found: bool,
    status: Status,
    /// Best window overlaps the gold line (and lies in the gold source), or a line of the gold
    /// document whose English repeats the quote word for word (`repeats_quote`): that line
    /// translates it too.
    on_gold: bool,
    /// On a verbatim repeat of the quote, not on the gold line itself.
    on_repeat: bool,
    misattributed: bool,
    /// Flagged `number-mismatch` (error or warning): on a quote matched on gold, a false alarm,
    /// since every quote is its NTREX English word for word.
    number_flagged: bool,
    credited_ok: bool,
    score: f64,
    runner_up: f64,
    /// The quote's `confidence` as reported, and what it was computed from.
    confidence: f64,
    observation: Observation,
    /// Whether one of the quote's candidates (up to three) covers the gold line.
    gold_in_candidates: bool,
    /// The NTREX lines of each candidate (up to three), with its score.
    candidate_lines: Vec<(Vec<usize>, f64)>,
    line: usize,
    quote: String,
    /// Where the best window is: file and 1-based lines.
    found_at: String,
    /// The NTREX lines the best window overlaps.
    found_lines: Vec<usize>,
}

fn outcomes(
    c: &Ntrex,
    run: &Run,
    result: &CheckReport,
    sources: &[ArabicSource],
    wrong: bool,
) -> Vec<Outcome> {
    // A quote repeated verbatim is one quote with several locations: look planted quotes up by
    // any of their `line:column` locations.
    let index = LineIndex::new(&run.report.text);
    let by_location: HashMap<&str, &checks::CheckedQuote> = result
        .quotes
        .iter()
        .flat_map(|q| q.locations.iter().map(move |l| (l.as_str(), q)))
        .collect();
    run.planted
        .iter()
        .map(|p| {
            let (line, column) = index.line_col(&run.report.text, p.at);
            let Some(q) = by_location.get(format!("{line}:{column}").as_str()) else {
                return Outcome {
                    kind: p.kind,
                    wrong_credit: wrong,
                    gold_heading: p.gold_heading,
                    found: false,
                    status: Status::Unmatched,
                    on_gold: false,
                    on_repeat: false,
                    misattributed: false,
                    number_flagged: false,
                    credited_ok: false,
                    score: 0.0,
                    runner_up: 0.0,
                    confidence: 0.0,
                    observation: Observation::default(),
                    gold_in_candidates: false,
                    candidate_lines: Vec::new(),
                    line: p.line,
                    quote: p.text.clone(),
                    found_at: "not extracted".to_string(),
                    found_lines: Vec::new(),
                };
            };
            // The best window (the first candidate): a stitched quote's `source_spans` add the
            // places of its parts, which are not what the window's confidence is about.
            let window = q
                .candidates
                .first()
                .map_or(&[][..], |c| &c.source_spans[..]);
            let mut found_lines: Vec<usize> = match (&q.source_file, window.first(), window.last())
            {
                (Some(file), Some(first), Some(last)) => sources
                    .iter()
                    .filter(|s| &s.doc.path == file)
                    .flat_map(|s| &s.lines)
                    .filter(|(_, &(a, b))| first.0 < b && a < last.1)
                    .map(|(&line, _)| line)
                    .collect(),
                _ => Vec::new(),
            };
            found_lines.sort_unstable();
            let on_line = found_lines.contains(&p.line);
            // Only a line of the gold document: a distractor repeating the words is another
            // outlet's.
            let gold_doc = c.docs.iter().find(|r| r.contains(&p.line));
            let on_repeat = !on_line
                && found_lines.iter().any(|&l| {
                    gold_doc.is_some_and(|r| r.contains(&l)) && repeats_quote(&c.en[l], &p.text)
                });
            let candidate_lines = q
                .candidates
                .iter()
                .map(|cand| {
                    let (Some(first), Some(last)) =
                        (cand.source_spans.first(), cand.source_spans.last())
                    else {
                        return (Vec::new(), cand.score);
                    };
                    let mut lines: Vec<usize> = sources
                        .iter()
                        .filter(|s| s.doc.path == cand.source_file)
                        .flat_map(|s| &s.lines)
                        .filter(|(_, &(a, b))| first.0 < b && a < last.1)
                        .map(|(&line, _)| line)
                        .collect();
                    lines.sort_unstable();
                    (lines, cand.score)
                })
                .collect::<Vec<_>>();
            let gold_in_candidates = candidate_lines
                .iter()
                .any(|(lines, _)| lines.contains(&p.line));
            Outcome {
                kind: p.kind,
                wrong_credit: wrong,
                gold_heading: p.gold_heading,
                found: true,
                gold_in_candidates,
                candidate_lines,
                status: q.status,
                on_gold: on_line || on_repeat,
                on_repeat,
                misattributed: q.flags.iter().any(|f| f.kind == FlagKind::Misattributed),
                number_flagged: q.flags.iter().any(|f| f.kind == FlagKind::NumberMismatch),
                credited_ok: q.attributed_outlet.as_deref() == Some(p.credited.as_str()),
                score: q.score,
                runner_up: q.runner_up.as_ref().map_or(0.0, |r| r.score),
                confidence: q.confidence,
                observation: q.observation,
                line: p.line,
                quote: q.quote.clone(),
                found_at: format!(
                    "{} lines {:?}",
                    q.source_file.as_deref().unwrap_or("-"),
                    q.source_lines
                ),
                found_lines,
            }
        })
        .collect()
}

/// Issue #18's measures, correct credits: the share of quotes reported `matched` on a wrong
/// window (any window, for a quote with no source), and how well `confidence` predicts that
/// the reported window is right — a reliability table over every quote with a window
/// (`matched` or `weak`) and its expected calibration error.
fn wrong_matches_and_calibration(t: &Tally) {
    println!("| quotes | n | traced right | wrong `matched` | abstained (weak, ambiguous or unmatched) |");
    println!("|---|---|---|---|---|");
    for (kind, label) in [
        (Kind::Whole, "whole sentences"),
        (Kind::Fragment, "fragments"),
        (Kind::SourcelessWhole, "source-less whole sentences"),
        (Kind::SourcelessFragment, "source-less fragments"),
    ] {
        let xs = t.select(kind, false);
        let sourced = matches!(kind, Kind::Whole | Kind::Fragment);
        let right = xs
            .iter()
            .filter(|o| sourced && o.status == Status::Matched && o.on_gold)
            .count();
        let wrong = xs
            .iter()
            .filter(|o| o.status == Status::Matched && !(sourced && o.on_gold))
            .count();
        let abstained = xs.iter().filter(|o| o.status != Status::Matched).count();
        let n = xs.len();
        println!(
            "| {label} | {n} | {} | **{}** | {} |",
            share(right, n),
            share(wrong, n),
            share(abstained, n)
        );
    }
    for (kind, label) in [
        (
            Kind::RemovedWhole,
            "whole sentences taken out of their outlet's source",
        ),
        (
            Kind::RemovedFragment,
            "fragments taken out of their outlet's source",
        ),
    ] {
        let xs: Vec<&Outcome> = t.removed.iter().filter(|o| o.kind == kind).collect();
        // Matched on a line of the same story that repeats the quote word for word: right.
        let repeat = xs
            .iter()
            .filter(|o| o.status == Status::Matched && o.on_repeat)
            .count();
        let wrong = xs
            .iter()
            .filter(|o| o.status == Status::Matched && !o.on_repeat)
            .count();
        let abstained = xs.iter().filter(|o| o.status != Status::Matched).count();
        let n = xs.len();
        println!(
            "| {label} | {n} | {} (a repeat) | **{}** | {} |",
            share(repeat, n),
            share(wrong, n),
            share(abstained, n)
        );
    }
    // Under wrong credits the credit may pick a near-tie window of the credited outlet: reported
    // `matched` there, the misattribution goes unseen.
    let wrong_credit_off_gold = |kind: Kind| {
        let xs = t.select(kind, true);
        let n = xs
            .iter()
            .filter(|o| o.status == Status::Matched && !o.on_gold)
            .count();
        share(n, xs.len())
    };
    println!(
        "\nWrong outlet credited, `matched` off the gold sentence: whole {} · fragments {}.",
        wrong_credit_off_gold(Kind::Whole),
        wrong_credit_off_gold(Kind::Fragment)
    );
    let top3 = |kind: Kind| {
        let xs = t.select(kind, false);
        let n = xs.iter().filter(|o| o.gold_in_candidates).count();
        share(n, xs.len())
    };
    println!(
        "\nRight answer among the candidates (up to three): whole {} · fragments {}.",
        top3(Kind::Whole),
        top3(Kind::Fragment)
    );
    let with_window: Vec<&Outcome> = t
        .all
        .iter()
        .filter(|o| !o.wrong_credit && o.found && o.status != Status::Unmatched)
        .filter(|o| !o.gold_heading)
        .collect();
    println!();
    println!("| confidence | quotes | mean confidence | window right |");
    println!("|---|---|---|---|");
    let (bins, ece) = reliability(&with_window);
    for (low, high, bin) in bins {
        match bin {
            Some((n, mean, accuracy)) => {
                println!("| {low:.1}–{high:.1} | {n} | {mean:.3} | {accuracy:.3} |")
            }
            None => println!("| {low:.1}–{high:.1} | 0 | – | – |"),
        }
    }
    println!(
        "\nExpected calibration error of `confidence` (5 bins, {} quotes with a window): {ece:.3}",
        with_window.len()
    );
    // The same over runs A and C together: the population the calibration is fitted on.
    let all: Vec<&Outcome> = with_window
        .iter()
        .copied()
        .chain(
            t.removed
                .iter()
                .filter(|o| o.found && o.status != Status::Unmatched),
        )
        .collect();
    let (_, ece_all) = reliability(&all);
    println!(
        "Expected calibration error with run C's quotes too ({} quotes with a window): {ece_all:.3}",
        all.len()
    );
}

/// A reliability table of `quotes` — for each fifth of the confidence scale, its bounds and
/// (when it holds quotes) how many, their mean confidence and the share whose window is right
/// ([`Outcome::window_right`]) — and the expected calibration error over them.
#[allow(clippy::type_complexity)]
fn reliability(quotes: &[&Outcome]) -> (Vec<(f64, f64, Option<(usize, f64, f64)>)>, f64) {
    let mut ece = 0.0;
    let bins = (0..5)
        .map(|bin| {
            let (low, high) = (bin as f64 * 0.2, (bin + 1) as f64 * 0.2);
            let xs: Vec<&&Outcome> = quotes
                .iter()
                .filter(|o| o.confidence >= low && (o.confidence < high || bin == 4))
                .collect();
            if xs.is_empty() {
                return (low, high, None);
            }
            let n = xs.len() as f64;
            let mean = xs.iter().map(|o| o.confidence).sum::<f64>() / n;
            let accuracy = xs.iter().filter(|o| o.window_right()).count() as f64 / n;
            ece += n / quotes.len() as f64 * (accuracy - mean).abs();
            (low, high, Some((xs.len(), mean, accuracy)))
        })
        .collect();
    (bins, ece)
}

/// What a floor on `confidence` for `matched` would do (a `matched` quote below it reported
/// `weak`): traced-right and wrong-`matched` rates per kind, for floors 0–0.95
/// (`--confidence-sweep`; choose on the dev half).
fn confidence_sweep(t: &Tally) {
    println!("| floor | traced right whole | fragments | wrong matched whole | fragments | source-less whole | source-less fragments | taken out whole | taken out fragments |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for floor in [0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97] {
        let rate = |kind: Kind, right: bool| {
            let xs = t.select(kind, false);
            let sourced = matches!(kind, Kind::Whole | Kind::Fragment);
            let n = xs
                .iter()
                .filter(|o| o.status == Status::Matched && o.confidence >= floor)
                .filter(|o| (sourced && o.on_gold) == right)
                .count();
            n as f64 / xs.len().max(1) as f64
        };
        let removed = |kind: Kind| {
            let xs: Vec<&Outcome> = t.removed.iter().filter(|o| o.kind == kind).collect();
            let n = xs
                .iter()
                .filter(|o| o.status == Status::Matched && o.confidence >= floor && !o.on_repeat)
                .count();
            n as f64 / xs.len().max(1) as f64
        };
        println!(
            "| {floor:.2} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            rate(Kind::Whole, true),
            rate(Kind::Fragment, true),
            rate(Kind::Whole, false),
            rate(Kind::Fragment, false),
            rate(Kind::SourcelessWhole, false),
            rate(Kind::SourcelessFragment, false),
            removed(Kind::RemovedWhole),
            removed(Kind::RemovedFragment),
        );
    }
}

/// Fits the logistic calibration of `confidence` (`--fit-confidence`, on a dev half): the
/// probability that the reported window is right, over every quote with a window under correct
/// credits, together with the observations of `--fit-with FILE` (another set's dev half,
/// written by `--save-observations`) (`isnad::align::calibration::fit`); prints the
/// coefficients for `crate::tuning` (`calibration`) and, with `--save-observations FILE`, writes
/// this set's observations.
fn fit_confidence(t: &Tally, save: Option<&str>, with: &[String], set: &str, half: Option<usize>) {
    // Run C's quotes too: a window in the credited outlet's own story is right only when its
    // line repeats the quote word for word.
    let observations: Vec<Observation> = t
        .all
        .iter()
        .chain(&t.removed)
        .filter(|o| !o.wrong_credit && o.found && o.status != Status::Unmatched && !o.gold_heading)
        .map(|o| Observation {
            right: o.window_right(),
            ..o.observation
        })
        .collect();
    // Fitted as written, to the file's six decimals: the coefficients printed are the ones a
    // refit of the file gives (the test in `align::calibration`).
    let own =
        calibration::observations_from_tsv(&calibration::observations_to_tsv(&[], &observations))
            .expect("observations round-trip");
    let mut observations = own.clone();
    for path in with {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        observations.extend(
            calibration::observations_from_tsv(&text).unwrap_or_else(|e| panic!("{path}: {e}")),
        );
    }
    let w = calibration::fit(&observations);
    println!(
        "Fitted on {} quotes ({} of this run): intercept {:.4}, score {:.4}, margin {:.4}, \
         ln(words) {:.4}, coverage {:.4}, English coverage {:.4}, lexical {:.4}, alone {:.4}, \
         ln(run coverage) {:.4}, uncredited rival {:.4}",
        observations.len(),
        own.len(),
        w.intercept,
        w.score,
        w.margin,
        w.log_words,
        w.coverage,
        w.english,
        w.lexical,
        w.alone,
        w.log_run_coverage,
        w.uncredited_rival
    );
    if let Some(path) = save {
        let half = match half {
            Some(0) => "dev half",
            Some(_) => "test half",
            None => "all documents",
        };
        let set_name = match set {
            "blind" => "NTREX-128 vocabulary-blind",
            "partly-blind" => "NTREX-128 partly vocabulary-blind (half the word forms)",
            "tico" => "TICO-19",
            "quran" => "the Quran",
            "doubled" => "NTREX-128 with every English word written twice",
            _ => "NTREX-128",
        };
        let origin = format!(
            "isnad's scores of the quotes of examples/eval_check.rs on {set_name} ({half}): \
             best and runner-up score, words, the window's coverage, English coverage and the \
             share of its matched words the lexicon paired, the runner-up's when it says something \
             else, whether the credit favours the best window, the run's coverage, whether the \
             window was right. Numbers only, no text."
        );
        let set_arg = if set == "ntrex" {
            String::new()
        } else {
            format!(" --set {set}")
        };
        let with_args: String = with.iter().map(|f| format!(" --fit-with {f}")).collect();
        let command = format!(
            "Written by: cargo run --release --example eval_check -- --half dev --no-sweep\
             {set_arg} --fit-confidence{with_args} --save-observations {path}"
        );
        let tsv = calibration::observations_to_tsv(
            &[
                &origin,
                &command,
                "NTREX-128 (the scored texts): CC BY-SA 4.0; see ../shared/data/README.md.",
            ],
            &own,
        );
        std::fs::write(path, tsv).expect(path);
        println!("Observations written to {path}");
    }
}

/// Whether `line` holds `quote` word for word (case, punctuation and spacing aside). A fragment
/// of a body sentence often stands verbatim in the headline too; then both Arabic lines
/// translate it and either is a right answer.
fn repeats_quote(line: &str, quote: &str) -> bool {
    let words = |s: &str| -> String {
        let mut out = String::from(" ");
        for w in s
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.push_str(&w.to_lowercase());
            out.push(' ');
        }
        out
    };
    let q = words(quote);
    q.len() > 1 && words(line).contains(&q)
}

/// Development aid (`--analysis FILE`): every quote under correct credits as a JSON line — its
/// kind, status, confidence, whether the best window and the candidates hold the gold line, the
/// gold line's English, and each candidate's lines (with their English) and score. NTREX text:
/// write it outside the repository.
fn write_analysis(c: &Ntrex, t: &Tally, path: &str) {
    let doc_of = |line: usize| c.docs.iter().position(|r| r.contains(&line)).unwrap_or(0);
    let mut out = String::new();
    let mut n = 0;
    let quotes = t.all.iter().chain(&t.removed);
    for o in quotes.filter(|o| !o.wrong_credit && !o.gold_heading) {
        n += 1;
        let candidates: Vec<serde_json::Value> = o
            .candidate_lines
            .iter()
            .map(|(lines, score)| {
                serde_json::json!({
                    "lines": lines,
                    "doc": lines.first().map(|&l| doc_of(l)),
                    "score": score,
                    "en": lines.iter().map(|&l| c.en[l].trim()).collect::<Vec<_>>(),
                })
            })
            .collect();
        let record = serde_json::json!({
            "kind": format!("{:?}", o.kind),
            "status": o.status.name(),
            "confidence": o.confidence,
            "score": o.score,
            "runner_up": o.runner_up,
            "on_gold": o.on_gold,
            "in_candidates": o.gold_in_candidates,
            "quote": o.quote,
            "line": o.line,
            "doc": doc_of(o.line),
            "gold_en": c.en[o.line].trim(),
            "found_lines": o.found_lines,
            "candidates": candidates,
            "coverage": o.observation.best.coverage,
            "english": o.observation.best.english,
            "lexical": o.observation.best.lexical,
            "rival": o.observation.rival.is_some(),
            "rival_evidence": o.observation.rival.map(|r| [r.coverage, r.english, r.lexical]),
            "words": o.observation.words,
            "credited": o.observation.credited,
            "run_coverage": o.observation.run_coverage,
            "found": o.found,
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("write the analysis");
    println!("analysis of {n} quotes written to {path}");
}

/// See `words_found_in`.
const ELSEWHERE_SHARE: f64 = 0.6;
/// See `restated` in `main`.
const RESTATED_SHARE: f64 = 0.8;

/// Share of the quote's English content words (stems) found in the English of NTREX `lines`.
fn words_found_in(quote: &str, lines: &[usize], c: &Ntrex) -> f64 {
    let quoted: std::collections::HashSet<String> =
        content_terms(quote, Lang::En).into_iter().collect();
    let there: std::collections::HashSet<String> = lines
        .iter()
        .flat_map(|&l| content_terms(&c.en[l], Lang::En))
        .collect();
    if quoted.len() < 2 {
        return 0.0;
    }
    quoted.intersection(&there).count() as f64 / quoted.len() as f64
}

/// Everything one set of options produced.
struct Tally {
    all: Vec<Outcome>,
    /// Run C's quotes (their sentence removed from their outlet's source), kept apart so that
    /// every other figure stays the one of runs A and B.
    removed: Vec<Outcome>,
}

fn share(n: usize, d: usize) -> String {
    if d == 0 {
        "–".to_string()
    } else {
        format!("{:.3} ({n}/{d})", n as f64 / d as f64)
    }
}

impl Tally {
    fn select(&self, kind: Kind, wrong: bool) -> Vec<&Outcome> {
        self.all
            .iter()
            .filter(|o| o.kind == kind && o.wrong_credit == wrong)
            // A heading is never in a window: quotes of one are left out of the accuracies
            // (for source-less quotes it does not matter, their source is absent anyway).
            .filter(|o| {
                !o.gold_heading || matches!(kind, Kind::SourcelessWhole | Kind::SourcelessFragment)
            })
            .collect()
    }
    fn accuracy(&self, kind: Kind) -> (usize, usize) {
        self.accuracy_credited(kind, false)
    }
    /// Matched on the gold sentence, with the right outlet credited or (`wrong`) another one.
    fn accuracy_credited(&self, kind: Kind, wrong: bool) -> (usize, usize) {
        let xs = self.select(kind, wrong);
        let ok = xs
            .iter()
            .filter(|o| o.status == Status::Matched && o.on_gold)
            .count();
        (ok, xs.len())
    }
    fn status_count(&self, kind: Kind, wrong: bool, s: Status) -> (usize, usize) {
        let xs = self.select(kind, wrong);
        (xs.iter().filter(|o| o.status == s).count(), xs.len())
    }
    fn sourceless_caught(&self) -> (usize, usize) {
        let xs: Vec<&Outcome> = self
            .all
            .iter()
            .filter(|o| matches!(o.kind, Kind::SourcelessWhole | Kind::SourcelessFragment))
            .collect();
        (
            xs.iter().filter(|o| o.status != Status::Matched).count(),
            xs.len(),
        )
    }
    fn sourceless_caught_kind(&self, kind: Kind) -> (usize, usize) {
        let xs = self.select(kind, false);
        (
            xs.iter().filter(|o| o.status != Status::Matched).count(),
            xs.len(),
        )
    }
    /// Wrong credits flagged misattributed: over all, and over those matched on gold.
    fn misattribution(&self, kind: Kind) -> ((usize, usize), (usize, usize)) {
        let xs = self.select(kind, true);
        let all = (xs.iter().filter(|o| o.misattributed).count(), xs.len());
        let traced: Vec<&&Outcome> = xs
            .iter()
            .filter(|o| o.status == Status::Matched && o.on_gold)
            .collect();
        let on = (
            traced.iter().filter(|o| o.misattributed).count(),
            traced.len(),
        );
        (all, on)
    }
    fn false_misattribution(&self, kind: Kind) -> (usize, usize) {
        let xs = self.select(kind, false);
        (xs.iter().filter(|o| o.misattributed).count(), xs.len())
    }
    /// Quotes under right credits matched on gold (every one its NTREX English word for word)
    /// and flagged `number-mismatch`.
    fn false_number_flags(&self, kind: Kind) -> (usize, usize) {
        let xs: Vec<_> = self
            .select(kind, false)
            .into_iter()
            .filter(|o| o.status == Status::Matched && o.on_gold)
            .collect();
        (xs.iter().filter(|o| o.number_flagged).count(), xs.len())
    }
}

/// Which documents' quotes are counted: all, or one half (`Some(0)`: even-numbered documents,
/// the development half; `Some(1)`: odd-numbered, held out). Reports are built for every document
/// either way, so the random choices and the figures of a half do not depend on the other.
type Half = Option<usize>;

fn evaluate(c: &Ntrex, options: MatchOptions, lexicon: &Lexicon, half: Half) -> (Tally, f64) {
    let (tally, secs, _) = evaluate_collecting(c, options, lexicon, half);
    (tally, secs)
}

/// [`evaluate`], also returning the quotes every run vouches for (all documents, both halves:
/// what a batch run learns from, without looking at any gold line).
fn evaluate_collecting(
    c: &Ntrex,
    options: MatchOptions,
    lexicon: &Lexicon,
    half: Half,
) -> (Tally, f64, Vec<SentencePair>) {
    let gazetteer = Gazetteer::embedded();
    let house_style = HouseStyle::new();
    let mut all = Vec::new();
    let mut confident = Vec::new();
    let t = Instant::now();
    let mut rng = Lcg(SEED);
    // Run C draws from its own sequence, so that runs A and B stay the ones measured before it.
    let mut removed_rng = Lcg(SEED ^ 0x00C0_FFEE);
    let mut removed_all = Vec::new();
    let n = c.docs.len();
    // Which corpus lines the segmenter makes a heading (the same for every run).
    let mut heading = vec![false; c.ar.len()];
    for d in 0..n {
        let s = arabic_source(c, d);
        for (&line, &(a, b)) in &s.lines {
            heading[line] = s
                .doc
                .units
                .iter()
                .filter(|u| u.start < b && a < u.end)
                .all(|u| u.kind != UnitKind::Sentence);
        }
    }
    let is_heading = |line: usize| heading[line];
    for d in 0..n {
        let mut distractors = Vec::new();
        while distractors.len() < DISTRACTORS {
            let x = rng.below(n);
            if x != d && !distractors.contains(&x) {
                distractors.push(x);
            }
        }
        let e = loop {
            let x = rng.below(n);
            if x != d && !distractors.contains(&x) {
                break x;
            }
        };
        let mut sources = vec![arabic_source(c, d)];
        sources.extend(distractors.iter().map(|&x| arabic_source(c, x)));
        let check = |run: &Run, sources: &[ArabicSource]| {
            checks::run(&CheckInput {
                report: &run.report,
                sources: sources.iter().map(|s| (&s.doc, &s.outlet)).collect(),
                lexicon,
                gazetteer,
                house_style: &house_style,
                options,
            })
        };
        for wrong in [false, true] {
            let run = build_report(c, d, e, &distractors, wrong, &mut rng, &is_heading);
            let result = check(&run, &sources);
            confident.extend(checks::learn::confident_pairs(&result, &options));
            all.extend(outcomes(c, &run, &result, &sources, wrong));
        }
        // Run C: sentences of D quoted and credited to D's outlet, taken out of D's source.
        let removed = removed_lines(c, d, &is_heading, &mut removed_rng);
        if !removed.is_empty() {
            let mut sources = vec![arabic_source_without(c, d, &removed)];
            sources.extend(distractors.iter().map(|&x| arabic_source(c, x)));
            let run = removed_report(c, d, &removed, &mut removed_rng);
            let result = check(&run, &sources);
            let counted = outcomes(c, &run, &result, &sources, false)
                .into_iter()
                .filter(|o| matches!(o.kind, Kind::RemovedWhole | Kind::RemovedFragment));
            removed_all.extend(counted);
        }
    }
    if let Some(h) = half {
        let in_half = |o: &Outcome| {
            c.docs
                .iter()
                .position(|r| r.contains(&o.line))
                .is_some_and(|d| d % 2 == h)
        };
        all.retain(in_half);
        removed_all.retain(in_half);
    }
    let tally = Tally {
        all,
        removed: removed_all,
    };
    (tally, t.elapsed().as_secs_f64(), confident)
}

/// The shipped options with every status threshold at zero: the best window is always reported,
/// so what fails is the ranking alone (`--open`, `--dump`).
fn thresholds_at_zero() -> MatchOptions {
    MatchOptions {
        matched: 0.0,
        weak: 0.0,
        matched_sentence: 0.0,
        weak_sentence: 0.0,
        min_confidence: 0.0,
        ..MatchOptions::default()
    }
}

fn main() {
    let mut dir = PathBuf::from("../shared/data");
    let mut failures = 0usize;
    let mut sweep = true;
    let mut dump: Option<String> = None;
    let mut analysis: Option<String> = None;
    let mut open = false;
    let mut min_confidence: Option<f64> = None;
    let mut save_observations: Option<String> = None;
    let mut fit_with: Vec<String> = Vec::new();
    let mut lexicon = Lexicon::embedded().clone();
    let mut half: Half = None;
    let mut set = String::from("ntrex");
    let mut fit = false;
    let mut sweep_confidence = false;
    // `--memory-units N [--memory-off]`: the first N units are the user's translation memory
    // (learned into the lexicon unless --memory-off, and tested on itself for the floor on
    // `confidence` as `check --memory` does, unless `--min-confidence` sets it) and only the
    // documents after them are evaluated.
    let mut memory_units = 0usize;
    let mut memory_off = false;
    // `--learn-batch`: the confident quotes of every check of the run train a lexicon, and
    // everything is checked again with it (what a batch of reports can learn from itself).
    let mut learn_batch = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--no-sweep" {
            sweep = false;
        } else if a == "--open" {
            open = true;
        } else if a == "--fit-confidence" {
            fit = true;
        } else if a == "--save-observations" {
            save_observations = Some(args.next().expect("--save-observations FILE"));
        } else if a == "--fit-with" {
            fit_with.push(args.next().expect("--fit-with FILE"));
        } else if a == "--confidence-sweep" {
            sweep_confidence = true;
        } else if a == "--memory-units" {
            memory_units = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--memory-units N");
        } else if a == "--min-confidence" {
            min_confidence = Some(
                args.next()
                    .and_then(|n| n.parse().ok())
                    .expect("--min-confidence X"),
            );
        } else if a == "--memory-off" {
            memory_off = true;
        } else if a == "--learn-batch" {
            learn_batch = true;
        } else if a == "--set" {
            set = match args.next().as_deref() {
                Some(
                    name @ ("ntrex" | "tico" | "blind" | "partly-blind" | "quran" | "doubled"),
                ) => name.to_string(),
                other => panic!("--set ntrex|tico|blind|partly-blind|quran|doubled, not {other:?}"),
            };
        } else if a == "--half" {
            half = match args.next().as_deref() {
                Some("dev") => Some(0),
                Some("test") => Some(1),
                other => panic!("--half dev|test, not {other:?}"),
            };
        } else if a == "--lexicon" {
            // Development aid: merge another lexicon (TSV, MUSE or FreeDict index) into the
            // embedded one, to see what a larger dictionary would change.
            let path = PathBuf::from(args.next().expect("--lexicon FILE"));
            lexicon.merge(&Lexicon::load(&path).unwrap_or_else(|e| panic!("{e}")));
        } else if a == "--dump" {
            dump = args.next();
        } else if a == "--analysis" {
            analysis = args.next();
        } else if a == "--failures" {
            failures = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
        } else {
            dir = PathBuf::from(a);
        }
    }
    let (mut c, name) = match set.as_str() {
        "tico" => (Ntrex::tico(&dir), "TICO-19 (pseudo-documents of 20 units)"),
        "quran" => (
            Ntrex::quran(&dir),
            "the Quran (Uthmani text, Saheeh International English; pseudo-documents of 20 verses)",
        ),
        "blind" => {
            // NTREX with the Arabic vocabulary-blind (seed 11, as eval_align's).
            let mut c = Ntrex::load(&dir);
            let mut blind = VocabularyBlind::new(11);
            c.ar = c.ar.iter().map(|l| blind.line(l)).collect();
            (
                c,
                "NTREX-128 vocabulary-blind (Arabic words through a random bijection)",
            )
        }
        "partly-blind" => {
            // NTREX with half its Arabic word forms through the bijection: a domain the lexicon
            // knows in part (a calibration set between NTREX and the blind one; seed 13).
            let mut c = Ntrex::load(&dir);
            let mut blind = VocabularyBlind::partly(13, 0.5);
            c.ar = c.ar.iter().map(|l| blind.line(l)).collect();
            (
                c,
                "NTREX-128 partly vocabulary-blind (half the Arabic word forms through a random bijection)",
            )
        }
        "doubled" => {
            // NTREX with every English word written twice: a rendering twice as wordy (about
            // 0.47 Arabic characters per English one, as a scripture translation) whose words the
            // lexicon still knows — the length-shift variant of issue #16.
            let mut c = Ntrex::load(&dir);
            c.en = c.en.iter().map(|l| words_twice(l)).collect();
            (c, "NTREX-128 with every English word written twice")
        }
        _ => (Ntrex::load(&dir), "NTREX-128"),
    };
    if memory_units > 0 {
        let pairs: Vec<SentencePair> = (0..memory_units.min(c.ar.len()))
            .map(|i| SentencePair {
                arabic: c.ar[i].clone(),
                english: c.en[i].clone(),
            })
            .collect();
        if !memory_off {
            // As `isnad check --memory` sets its floor: the memory checks itself
            // (`checks::memory_floor`).
            if min_confidence.is_none() {
                let started = std::time::Instant::now();
                if let Some(test) = memory_floor(&pairs, &lexicon, &MatchOptions::default()) {
                    println!(
                        "Memory floor: {:.2} from its self-test of {:?} quotes (wrong `matched` {:?} \
                         at the shipped floor, {:?} at its own; {:.1} s)",
                        test.floor,
                        test.quotes,
                        test.wrong_at_shipped,
                        test.wrong_at_floor,
                        started.elapsed().as_secs_f64()
                    );
                    min_confidence = Some(test.floor);
                }
            }
            // As `isnad check --memory` learns (src/memory.rs).
            let learned;
            (lexicon, learned) =
                with_learned_translations(&lexicon, &pairs, &LearnOptions::default());
            println!(
                "Memory: {} pairs learned from the first {memory_units} units",
                learned.len()
            );
        }
        let keep: Vec<usize> = (0..c.docs.len())
            .filter(|&d| c.docs[d].start >= memory_units)
            .collect();
        c.docs = keep.iter().map(|&d| c.docs[d].clone()).collect();
        c.doc_ids = keep.iter().map(|&d| c.doc_ids[d].clone()).collect();
    }
    if learn_batch {
        let (_, _, pairs) = evaluate_collecting(&c, MatchOptions::default(), &lexicon, None);
        let (learned_lexicon, learned) =
            with_learned_translations(&lexicon, &pairs, &LearnOptions::default());
        println!(
            "Batch learning: {} stem pairs from the {} quotes the first pass vouched for",
            learned.len(),
            pairs.len()
        );
        lexicon = learned_lexicon;
    }
    println!(
        "{name}: {} documents, {} sentence pairs; {} distractor sources per report; seed {SEED:#x}\n",
        c.docs.len(),
        c.ar.len(),
        DISTRACTORS
    );

    if let Some(path) = dump {
        // Development aid: every quote's best and runner-up score with thresholds at zero (so the
        // best window is always reported), to study how statuses should be decided.
        let (t, _) = evaluate(&c, thresholds_at_zero(), &lexicon, half);
        let mut out = String::from("kind\twrong_credit\ton_gold\tscore\trunner_up\twords\tdoc\n");
        for o in &t.all {
            let doc = c.docs.iter().position(|r| r.contains(&o.line)).unwrap_or(0);
            out.push_str(&format!(
                "{:?}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{doc}\n",
                o.kind,
                o.wrong_credit,
                o.on_gold,
                o.score,
                o.runner_up,
                o.quote.split_whitespace().count()
            ));
        }
        std::fs::write(&path, out).expect("write the dump");
        println!("dumped {} quotes to {path}", t.all.len());
        return;
    }
    let defaults = if open {
        thresholds_at_zero()
    } else {
        MatchOptions::default()
    };
    // The fit and the sweep see every `matched` quote, whatever its confidence.
    let defaults = if fit || sweep_confidence {
        MatchOptions {
            min_confidence: 0.0,
            ..defaults
        }
    } else if let Some(floor) = min_confidence {
        MatchOptions {
            min_confidence: floor,
            ..defaults
        }
    } else {
        defaults
    };
    let (t, secs) = evaluate(&c, defaults, &lexicon, half);
    if let Some(path) = &analysis {
        write_analysis(&c, &t, path);
    }
    if fit {
        fit_confidence(&t, save_observations.as_deref(), &fit_with, &set, half);
        return;
    }
    if sweep_confidence {
        confidence_sweep(&t);
        return;
    }
    let headline_quotes: Vec<&Outcome> = t
        .all
        .iter()
        .filter(|o| o.gold_heading && o.kind == Kind::Whole && !o.wrong_credit)
        .collect();
    let headings = headline_quotes.len();
    // Left out of the accuracies, but a change that ranks headings lower must show its cost here.
    let headlines_traced = headline_quotes
        .iter()
        .filter(|o| o.status == Status::Matched && o.on_gold)
        .count();
    let not_found = t.all.iter().filter(|o| !o.found).count();
    println!(
        "## Headline ({}: matched {} / {}, weak {} / {} for ≤ 6 / ≥ 12 words, \
         margin weight {}, max_window {}, candidates {})\n",
        if open {
            "--open, thresholds at zero: ranking alone"
        } else {
            "shipped defaults"
        },
        defaults.matched,
        defaults.matched_sentence,
        defaults.weak,
        defaults.weak_sentence,
        defaults.margin_weight,
        defaults.max_window,
        defaults.candidates
    );
    println!("| measure | value | target |");
    println!("|---|---|---|");
    let (ok, n) = t.accuracy(Kind::Whole);
    println!(
        "| whole-sentence quotes: matched on the gold sentence | {} | ≥ 0.97 |",
        share(ok, n)
    );
    let (ok, n) = t.accuracy(Kind::Fragment);
    println!(
        "| 5–12-word fragments: matched on the gold sentence | {} | ≥ 0.85 |",
        share(ok, n)
    );
    let (ok, n) = t.sourceless_caught();
    println!(
        "| source-less quotes reported unmatched or weak | {} | ≥ 0.90 |",
        share(ok, n)
    );
    for (kind, label) in [(Kind::Whole, "whole"), (Kind::Fragment, "fragments")] {
        let ((a, an), (b, bn)) = t.misattribution(kind);
        println!(
            "| wrong outlet credited, flagged misattributed ({label}): all / of those matched on gold | {} / {} | |",
            share(a, an),
            share(b, bn)
        );
    }
    for (kind, label) in [(Kind::Whole, "whole"), (Kind::Fragment, "fragments")] {
        let (a, n) = t.false_misattribution(kind);
        println!(
            "| right outlet credited, flagged misattributed ({label}) | {} | |",
            share(a, n)
        );
    }
    for (kind, label) in [(Kind::Whole, "whole"), (Kind::Fragment, "fragments")] {
        let (a, n) = t.false_number_flags(kind);
        println!(
            "| right outlet credited, matched on gold, flagged number-mismatch ({label}) | {} | |",
            share(a, n)
        );
    }
    // The credited outlet breaks near ties (`credit_margin`): what that costs when the credit
    // is wrong.
    for (kind, label) in [(Kind::Whole, "whole"), (Kind::Fragment, "fragments")] {
        let (a, n) = t.accuracy_credited(kind, true);
        println!(
            "| wrong outlet credited, matched on the gold sentence ({label}) | {} | |",
            share(a, n)
        );
    }
    println!();
    println!("| quotes | n | matched | weak | ambiguous | unmatched |");
    println!("|---|---|---|---|---|---|");
    for (kind, wrong, label) in [
        (Kind::Whole, false, "whole sentences"),
        (Kind::Fragment, false, "fragments"),
        (Kind::SourcelessWhole, false, "source-less whole sentences"),
        (Kind::SourcelessFragment, false, "source-less fragments"),
    ] {
        let (m, n) = t.status_count(kind, wrong, Status::Matched);
        let (w, _) = t.status_count(kind, wrong, Status::Weak);
        let (a, _) = t.status_count(kind, wrong, Status::Ambiguous);
        let (u, _) = t.status_count(kind, wrong, Status::Unmatched);
        let f = |x: usize| format!("{:.3}", x as f64 / n.max(1) as f64);
        println!(
            "| {label} | {n} | {} | {} | {} | {} |",
            f(m),
            f(w),
            f(a),
            f(u)
        );
    }
    println!();
    wrong_matches_and_calibration(&t);
    println!();
    let (sw, swn) = t.sourceless_caught_kind(Kind::SourcelessWhole);
    let (sf, sfn) = t.sourceless_caught_kind(Kind::SourcelessFragment);
    println!(
        "Source-less caught: whole {} · fragments {}.",
        share(sw, swn),
        share(sf, sfn)
    );
    // NTREX has several reports of the same stories, so a "source-less" quote can really be in
    // a distractor: another outlet quoting the same statement. Counted here, not corrected.
    let elsewhere: Vec<&Outcome> = t
        .all
        .iter()
        .filter(|o| {
            matches!(o.kind, Kind::SourcelessWhole | Kind::SourcelessFragment)
                && o.status == Status::Matched
                && words_found_in(&o.quote, &o.found_lines, &c) >= ELSEWHERE_SHARE
        })
        .collect();
    println!(
        "Source-less quotes `matched` to a window whose own English has ≥ {:.0}% of the quote's \
         content words (the statement really is in that distractor): {} of {}.",
        ELSEWHERE_SHARE * 100.0,
        elsewhere.len(),
        t.all
            .iter()
            .filter(|o| matches!(o.kind, Kind::SourcelessWhole | Kind::SourcelessFragment))
            .count()
    );
    // Not corrected: a failure whose line's own English has most of the quote's content words is
    // a summary line or headline saying the same, where a reader would accept either line.
    let restated = |kind: Kind| {
        let xs = t.select(kind, false);
        let failed: Vec<&&Outcome> = xs
            .iter()
            .filter(|o| o.found && !o.found_lines.is_empty() && !o.on_gold)
            .collect();
        let near = failed
            .iter()
            .filter(|o| words_found_in(&o.quote, &o.found_lines, &c) >= RESTATED_SHARE)
            .count();
        (near, failed.len())
    };
    let (rw, rwn) = restated(Kind::Whole);
    let (rf, rfn) = restated(Kind::Fragment);
    println!(
        "Best window off the gold line (any status) on a line whose own English has ≥ {:.0}% of \
         the quote's content words (not counted as right): whole {rw} of {rwn} · fragments {rf} \
         of {rfn}.",
        RESTATED_SHARE * 100.0
    );
    // Counted as right above; shown so that the strict figure (the gold line only) can be read.
    let repeats = |kind: Kind| {
        t.select(kind, false)
            .iter()
            .filter(|o| o.status == Status::Matched && o.on_repeat)
            .count()
    };
    println!(
        "Matched on a line that repeats the quote word for word rather than on its gold line \
         (counted as right): whole {} · fragments {}.",
        repeats(Kind::Whole),
        repeats(Kind::Fragment)
    );
    println!(
        "Attribution resolved to the credited outlet: {}. Planted quotes not extracted: {not_found}. \
         Headline (heading) lines left out: {headings} per run kind; quoted whole, {headlines_traced} \
         of them are matched on their headline. {} checks in {secs:.1} s.\n",
        share(
            t.all.iter().filter(|o| o.credited_ok).count(),
            t.all.iter().filter(|o| o.found).count()
        ),
        2 * c.docs.len()
    );

    // Error analysis of the defaults.
    if failures > 0 {
        for kind in [
            Kind::Whole,
            Kind::Fragment,
            Kind::SourcelessWhole,
            Kind::SourcelessFragment,
        ] {
            let sourceless = matches!(kind, Kind::SourcelessWhole | Kind::SourcelessFragment);
            println!("### Failed {kind:?} quotes (first {failures})\n");
            for o in t
                .select(kind, false)
                .into_iter()
                .filter(|o| {
                    if sourceless {
                        o.status == Status::Matched
                    } else {
                        !(o.status == Status::Matched && o.on_gold)
                    }
                })
                .take(failures)
            {
                let doc = c.docs.iter().position(|r| r.contains(&o.line)).unwrap_or(0);
                let elsewhere = if sourceless {
                    format!(
                        " words there {:.2}",
                        words_found_in(&o.quote, &o.found_lines, &c)
                    )
                } else {
                    String::new()
                };
                println!(
                    "- {} line {}: {} score {:.3} on_gold {}{elsewhere} (found: {}) — {}",
                    c.doc_ids[doc],
                    o.line - c.docs[doc].start + 1,
                    o.status.name(),
                    o.score,
                    o.on_gold,
                    o.found_at,
                    o.quote
                );
                if open {
                    for &l in &o.found_lines {
                        println!("    found line says: {}", c.en[l].trim());
                    }
                }
            }
            println!();
        }
    }

    if !sweep {
        return;
    }
    println!("## Threshold sweep (same reports; status thresholds of MatchOptions)\n");
    println!("| margin weight | matched (≤ 6 / ≥ 12 words) | weak (≤ 6 / ≥ 12 words) | whole acc. | fragment acc. | source-less unmatched+weak | source-less unmatched | misattributed caught (whole / frag.) | false misattributed (whole / frag.) | whole weak rate | fragment weak rate |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    // Operating points around the defaults: without the margin (the thresholds of the first
    // version, then raised), with it at the default weight (laxer, default, stricter), and
    // with a heavier margin.
    for (margin, m, w, ms, ws) in [
        (0.0, 0.35, 0.25, 0.20, 0.14),
        (0.0, 0.36, 0.26, 0.24, 0.17),
        (0.0, 0.40, 0.29, 0.26, 0.19),
        (0.5, 0.35, 0.25, 0.27, 0.19),
        (0.5, 0.36, 0.26, 0.32, 0.23),
        (0.5, 0.40, 0.29, 0.35, 0.25),
        (1.0, 0.36, 0.26, 0.35, 0.25),
    ] {
        let options = MatchOptions {
            matched: m,
            weak: w,
            matched_sentence: ms,
            weak_sentence: ws,
            margin_weight: margin,
            ..defaults
        };
        let (t, _) = evaluate(&c, options, &lexicon, half);
        let ratio = |(a, n): (usize, usize)| format!("{:.3}", a as f64 / n.max(1) as f64);
        let (su, sn) = {
            let xs: Vec<&Outcome> = t
                .all
                .iter()
                .filter(|o| matches!(o.kind, Kind::SourcelessWhole | Kind::SourcelessFragment))
                .collect();
            (
                xs.iter().filter(|o| o.status == Status::Unmatched).count(),
                xs.len(),
            )
        };
        let mark = if options == defaults {
            " (default)"
        } else {
            ""
        };
        println!(
            "| {margin}{mark} | {m} / {ms} | {w} / {ws} | {} | {} | {} | {} | {} / {} | {} / {} | {} | {} |",
            ratio(t.accuracy(Kind::Whole)),
            ratio(t.accuracy(Kind::Fragment)),
            ratio(t.sourceless_caught()),
            ratio((su, sn)),
            ratio(t.misattribution(Kind::Whole).0),
            ratio(t.misattribution(Kind::Fragment).0),
            ratio(t.false_misattribution(Kind::Whole)),
            ratio(t.false_misattribution(Kind::Fragment)),
            ratio(t.status_count(Kind::Whole, false, Status::Weak)),
            ratio(t.status_count(Kind::Fragment, false, Status::Weak)),
        );
    }
}
