//! Size and load time of a large review page: a 100-quote report against 10 Arabic sources,
//! built from the Salma sample's own sentences (shuffled, re-cut, credited to varied outlets),
//! checked, rendered with `--format html`, then opened in headless Chromium.
//!
//! ```text
//! cargo run --release --example bench_html [OUT_DIR]
//! ```
//!
//! Prints the page size, the load time the page itself records (`data-load-ms`: navigation start
//! to the load event) and the wall time of `chromium --headless --dump-dom` on the page and on an
//! empty page (median of 5 runs each). Targets: under 2 MB, opens in under a second.

#[path = "../tests/common/browser.rs"]
mod browser;

use std::path::{Path, PathBuf};
use std::time::Duration;

use isnad::align::quotes::MatchOptions;
use isnad::checks::{self, CheckInput};
use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::quotes::{extract, Outlet};
use isnad::text::{read::Encoding, Document, Source, UnitKind};
use isnad_cli::report::check::CheckPrinter;
use isnad_cli::report::html::HtmlPrinter;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
const QUOTES: usize = 100;
const SOURCES: usize = 10;
const SENTENCES_PER_SOURCE: usize = 30;
const RUNS: usize = 5;
const OUTLETS: [&str; SOURCES] = [
    "Al-Sahel TV",
    "Sada al-Ahrar",
    "Levant Observatory for Human Rights",
    "Coastal Radio",
    "Mountain Voice",
    "Idlib Today",
    "North Wire",
    "Orontes Agency",
    "Hills Monitor",
    "Valley Post",
];

/// xorshift64*: seeded, so every run builds the same page.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

fn document(path: &str, text: String) -> Document {
    Document::from_source(
        Source {
            path: path.to_string(),
            text,
            encoding: Encoding::Utf8,
        },
        None,
    )
}

/// Ten Arabic sources, each a shuffled selection of the sample's sentences in paragraphs of three.
fn sources(rng: &mut Rng) -> Vec<Document> {
    let pool: Vec<String> = ["sahel-tv", "sada-alahrar", "levant-observatory"]
        .iter()
        .flat_map(|name| {
            let doc = Document::load(&format!("{SAMPLE}/{name}.ar.txt"), None).unwrap();
            doc.units
                .into_iter()
                .filter(|u| u.kind == UnitKind::Sentence)
                .map(|u| u.text)
        })
        .collect();
    (0..SOURCES)
        .map(|s| {
            let sentences: Vec<&str> = (0..SENTENCES_PER_SOURCE)
                .map(|_| pool[rng.below(pool.len())].as_str())
                .collect();
            let body: Vec<String> = sentences.chunks(3).map(|p| p.join(" ")).collect();
            let text = format!("تقرير المصدر رقم {}\n\n{}\n", s + 1, body.join("\n\n"));
            document(&format!("source-{:02}.ar.txt", s + 1), text)
        })
        .collect()
}

/// A report of `QUOTES` paragraphs: a narrative sentence of the sample, then a quote of the
/// sample cut to a different word window each time (so that no two quotes are the same),
/// credited to one of the outlets.
fn report(rng: &mut Rng) -> Document {
    let sample = Document::load(&format!("{SAMPLE}/report.en.md"), None).unwrap();
    // Every quote of the sample, then every quote minus its first word, and so on (at least four
    // words kept): distinct quotes, each still a translation of its source.
    let extracted = extract(&sample);
    let words: Vec<Vec<&str>> = extracted
        .iter()
        .map(|q| q.text.split_whitespace().collect())
        .collect();
    let quotes: Vec<String> = (0..)
        .flat_map(|skip| {
            words
                .iter()
                .filter(move |w| w.len() >= skip + 4)
                .map(move |w| w[skip..].join(" "))
        })
        .take(QUOTES)
        .collect();
    let narrative: Vec<&str> = sample
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::Sentence && !u.text.contains(['"', '“', '\'']))
        .map(|u| u.text.as_str())
        .collect();
    let mut text = String::from("# A hundred quotes from ten outlets\n\n");
    for (i, quote) in quotes.iter().enumerate() {
        let outlet = OUTLETS[rng.below(SOURCES)];
        let line = match i % 3 {
            0 => format!("{outlet} said \"{quote}\"."),
            1 => format!("\"{quote},\" {outlet} reported."),
            _ => format!("According to {outlet}, \"{quote}\"."),
        };
        text.push_str(&format!("{} {line}\n\n", narrative[i % narrative.len()]));
    }
    document("hundred-quotes.en.md", text)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let out_dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let mut rng = Rng(0x15AD_2024);
    let sources = sources(&mut rng);
    let report = report(&mut rng);
    let outlets: Vec<Outlet> = OUTLETS
        .iter()
        .map(|o| Outlet::new(*o, Vec::new()))
        .collect();
    let house_style = HouseStyle::new();
    let input = CheckInput {
        report: &report,
        sources: sources.iter().zip(&outlets).collect(),
        lexicon: Lexicon::embedded(),
        gazetteer: Gazetteer::embedded(),
        house_style: &house_style,
        options: MatchOptions::default(),
    };
    let result = checks::run(&input);
    let mut page = Vec::new();
    HtmlPrinter {
        report: &report,
        sources: sources.iter().collect(),
    }
    .print(&result, &mut page)
    .unwrap();
    let page_path = out_dir.join("bench_html.html");
    let empty_path = out_dir.join("bench_html_empty.html");
    std::fs::write(&page_path, &page).unwrap();
    std::fs::write(&empty_path, "<!DOCTYPE html><title>empty</title>\n").unwrap();
    let s = &result.summary;
    println!(
        "page: {} quotes ({} matched, {} weak, {} unmatched), {} sources, {} bytes ({:.2} MB) -> {}",
        s.quotes,
        s.matched,
        s.weak,
        s.unmatched,
        result.sources.len(),
        page.len(),
        page.len() as f64 / 1_048_576.0,
        page_path.display()
    );
    let Some(chromium) = browser::Headless::find() else {
        println!("no chromium on PATH: load time not measured");
        return;
    };
    let time = |path: &Path| {
        let mut walls = Vec::new();
        let mut loads = Vec::new();
        for _ in 0..RUNS {
            let run = chromium.dump_dom(path).unwrap();
            walls.push(run.elapsed);
            if let Some(ms) = load_ms(&run.stdout) {
                loads.push(Duration::from_millis(ms));
            }
        }
        (median(walls), (!loads.is_empty()).then(|| median(loads)))
    };
    let (empty_wall, _) = time(&empty_path);
    let (page_wall, page_load) = time(&page_path);
    println!(
        "chromium --headless --dump-dom, median of {RUNS}: empty page {:.0} ms, review page {:.0} ms (+{:.0} ms)",
        empty_wall.as_secs_f64() * 1e3,
        page_wall.as_secs_f64() * 1e3,
        (page_wall.as_secs_f64() - empty_wall.as_secs_f64()) * 1e3
    );
    match page_load {
        Some(load) => println!("load event (data-load-ms, median): {} ms", load.as_millis()),
        None => println!("the page did not record its load time"),
    }
}

/// The `data-load-ms` the page script writes on `<html>` at the load event.
fn load_ms(dom: &str) -> Option<u64> {
    let start = dom.find("data-load-ms=\"")? + "data-load-ms=\"".len();
    let end = start + dom[start..].find('"')?;
    dom[start..end].parse().ok()
}
