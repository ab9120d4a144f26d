//! Benchmark of `isnad check` end to end, in memory: documents built from text (reading aside),
//! quote extraction, attribution, matching, place names, flags, and the JSON rendering.
//!
//! ```text
//! cargo run --release --example bench_check -- [DATA_DIR]
//! ```
//!
//! DATA_DIR defaults to `../shared/data`; the text is NTREX-128's, read at run time. A report of
//! 100 quotes (whole English sentences, every tenth NTREX line of the first 1,000, each credited
//! to its source's outlet by name) is checked against 10, 100 and 1,000 Arabic sources of 100
//! sentences each. Sources beyond the corpus's 1,997 lines reuse its lines with variation (one
//! word dropped, a number appended), so no two source sentences are identical.
//!
//! Prints a Markdown table: median and minimum wall time per run, and its split into building the
//! documents, `checks::run` and rendering JSON. The machine's core count matters: matching runs
//! in parallel over quotes (rayon).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use isnad::align::quotes::{MatchOptions, SourceIndex};
use isnad::align::{ScoreParams, Scorer};
use isnad::checks::{self, CheckInput};
use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::names::table::NameTable;
use isnad::quotes::Outlet;
use isnad::text::{Document, Lang};
use isnad_cli::report::check::{CheckPrinter, JsonPrinter};

const SENTENCES_PER_SOURCE: usize = 100;
const QUOTES: usize = 100;

fn read_lines(dir: &std::path::Path, file: &str) -> Vec<String> {
    let path = dir.join("ntrex128-ar-en").join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// Source `s`, sentence `i`: NTREX line `(s * 100 + i) mod n`, varied on every pass after the
/// first over the corpus.
fn arabic_line(ar: &[String], s: usize, i: usize) -> String {
    let k = s * SENTENCES_PER_SOURCE + i;
    let line = &ar[k % ar.len()];
    let pass = k / ar.len();
    if pass == 0 {
        return line.clone();
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let drop = pass % words.len().max(1);
    let mut out: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != drop || words.len() < 4)
        .map(|(_, w)| *w)
        .collect();
    let tail = format!("{}", pass * 7 + i);
    out.push(&tail);
    let mut text = out.join(" ");
    text.push('.');
    text
}

/// The texts of one set-up: report and sources (built into documents inside the timed run).
struct Texts {
    report: String,
    sources: Vec<(String, String)>,
}

fn texts(ar: &[String], en: &[String], sources: usize) -> Texts {
    let sources: Vec<(String, String)> = (0..sources)
        .map(|s| {
            let text: String = (0..SENTENCES_PER_SOURCE)
                .map(|i| arabic_line(ar, s, i) + "\n")
                .collect();
            (format!("source-{s:04}.ar.txt"), text)
        })
        .collect();
    let mut report = String::from("Monitoring digest\n\n");
    for q in 0..QUOTES {
        let line = q * 10;
        let outlet = line / SENTENCES_PER_SOURCE;
        let quote: String = en[line]
            .chars()
            .filter(|c| !matches!(c, '"' | '“' | '”' | '‘' | '«' | '»'))
            .collect();
        report.push_str(&format!("Outlet {outlet} said: \"{quote}\"\n\n"));
    }
    Texts { report, sources }
}

impl Texts {
    /// The report and the sources as segmented documents.
    fn documents(&self) -> (Document, Vec<Document>) {
        let report = Document::from_text("report.en.txt", &self.report, Some(Lang::En));
        let sources = self
            .sources
            .iter()
            .map(|(path, text)| Document::from_text(path, text, Some(Lang::Ar)))
            .collect();
        (report, sources)
    }
}

struct Timing {
    total: Duration,
    build: Duration,
    check: Duration,
    render: Duration,
    bytes: usize,
}

fn run_once(t: &Texts, outlets: &[Outlet]) -> Timing {
    let lexicon = Lexicon::embedded();
    let gazetteer = Gazetteer::embedded();
    let house_style = HouseStyle::new();
    let start = Instant::now();
    let (report, sources) = t.documents();
    let built = Instant::now();
    let input = CheckInput {
        report: &report,
        sources: sources.iter().zip(outlets).collect(),
        lexicon,
        gazetteer,
        house_style: &house_style,
        options: MatchOptions::default(),
    };
    let result = checks::run(&input);
    let checked = Instant::now();
    let mut bytes = Vec::new();
    JsonPrinter { lines: false }
        .print(&result, &mut bytes)
        .expect("in memory");
    let end = Instant::now();
    assert_eq!(result.quotes.len(), QUOTES, "every planted quote is found");
    Timing {
        total: end - start,
        build: built - start,
        check: checked - built,
        render: end - checked,
        bytes: bytes.len(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    let ar = read_lines(&dir, "newstest2019-ref.arb.txt");
    let en = read_lines(&dir, "newstest2019-src.eng.txt");
    // Warm the embedded resources (parsed once, on first use) outside the timings.
    let _ = (Lexicon::embedded(), Gazetteer::embedded());
    println!(
        "{QUOTES} quotes; sources of {SENTENCES_PER_SOURCE} sentences; {} rayon threads\n",
        rayon::current_num_threads()
    );
    println!("| sources | sentences | runs | median ms | min ms | build docs ms | checks::run ms | JSON ms | of which: source index ms | of which: name table ms | matched | JSON bytes |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (n, runs) in [(10, 21), (100, 7), (1000, 3)] {
        let t = texts(&ar, &en, n);
        let outlets: Vec<Outlet> = (0..n)
            .map(|s| Outlet::new(format!("Outlet {s}"), Vec::new()))
            .collect();
        let _ = run_once(&t, &outlets); // warm-up
        let mut timings: Vec<Timing> = (0..runs).map(|_| run_once(&t, &outlets)).collect();
        timings.sort_by_key(|x| x.total);
        let med = &timings[timings.len() / 2];
        let (matched, index_ms, names_ms) = stages(&t, &outlets);
        println!(
            "| {n} | {} | {runs} | {} | {} | {} | {} | {} | {} | {} | {matched}/{QUOTES} | {} |",
            n * SENTENCES_PER_SOURCE,
            ms(med.total),
            ms(timings[0].total),
            ms(med.build),
            ms(med.check),
            ms(med.render),
            ms(index_ms),
            ms(names_ms),
            med.bytes
        );
    }
}

/// Two stages of `checks::run` timed alone (one run each, outside the end-to-end timings): the
/// source index (every Arabic sentence prepared for scoring) and the place-name table; and the
/// number of quotes matched.
fn stages(t: &Texts, outlets: &[Outlet]) -> (usize, Duration, Duration) {
    let (report, sources) = t.documents();
    let refs: Vec<&Document> = sources.iter().collect();
    let mut scorer = Scorer::new(Lexicon::embedded());
    scorer.params = ScoreParams::for_fragments();
    let start = Instant::now();
    let index = SourceIndex::new(&scorer, &refs);
    let index_time = start.elapsed();
    drop(index);
    let house_style = HouseStyle::new();
    let start = Instant::now();
    let names = NameTable::build(&[&report], &refs, Gazetteer::embedded(), &house_style);
    let names_time = start.elapsed();
    drop(names);
    let r = checks::run(&CheckInput {
        report: &report,
        sources: sources.iter().zip(outlets).collect(),
        lexicon: Lexicon::embedded(),
        gazetteer: Gazetteer::embedded(),
        house_style: &house_style,
        options: MatchOptions::default(),
    });
    (r.summary.matched, index_time, names_time)
}
