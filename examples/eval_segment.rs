//! Sentence-boundary precision/recall/F1 on NTREX-128 (English source, Arabic reference).
//!
//! Each document's lines are joined with one space into a single paragraph, so only the text can
//! reveal where a sentence ends; the gold boundaries are the line ends. Two recall figures are
//! printed: over all gold boundaries, and over those whose line ends in terminal punctuation
//! (7–12% of NTREX lines are unpunctuated headlines, bullet points or untranslated periods; once
//! joined into running text, no punctuation-based segmenter can find them). A third figure joins
//! the lines with a line break instead, as a plain-text file with one paragraph per line, which
//! measures the line-break rules (hard-wrap continuation) rather than the punctuation rules.
//!
//! Run: `cargo run --release --example eval_segment -- [DIR] [--errors N]`
//! (DIR defaults to `../shared/data/ntrex128-ar-en`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use isnad::text::segment::segment;
use isnad::text::Lang;

struct Document {
    text: String,
    /// Byte offsets where a gold sentence ends (excluding the end of the document).
    gold: BTreeSet<usize>,
    /// The subset of `gold` whose sentence ends in terminal punctuation.
    punctuated: BTreeSet<usize>,
}

#[derive(Default)]
struct Counts {
    predicted: usize,
    gold: usize,
    hits: usize,
    punctuated_gold: usize,
    punctuated_hits: usize,
}

fn main() {
    let mut dir = PathBuf::from("../shared/data/ntrex128-ar-en");
    let mut show_errors = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--errors" {
            show_errors = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let ids = read_lines(&dir.join("DOCUMENT_IDS.tsv"));
    for (lang, file) in [
        (Lang::En, "newstest2019-src.eng.txt"),
        (Lang::Ar, "newstest2019-ref.arb.txt"),
    ] {
        let lines = read_lines(&dir.join(file));
        assert_eq!(
            lines.len(),
            ids.len(),
            "{file}: line count differs from DOCUMENT_IDS.tsv"
        );
        let docs = documents(&ids, &lines, " ");
        let mut counts = Counts::default();
        let mut errors = Vec::new();
        for doc in &docs {
            evaluate(doc, lang, &mut counts, &mut errors);
        }
        report(lang, docs.len(), &counts);
        let mut line_counts = Counts::default();
        let mut line_errors = Vec::new();
        for doc in &documents(&ids, &lines, "\n") {
            evaluate(doc, lang, &mut line_counts, &mut line_errors);
        }
        let (p, r) = (
            ratio(line_counts.hits, line_counts.predicted),
            ratio(line_counts.hits, line_counts.gold),
        );
        println!(
            "  one line per sentence: P {p:.4}  R {r:.4}  F1 {:.4}",
            f1(p, r)
        );
        for e in errors.iter().chain(&line_errors).take(show_errors) {
            println!("  {e}");
        }
    }
}

fn read_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("eval_segment: cannot read {}: {e}", path.display());
        std::process::exit(2)
    });
    text.lines().map(|l| l.trim().to_string()).collect()
}

/// Consecutive lines with the same document id, joined with `separator`.
fn documents(ids: &[String], lines: &[String], separator: &str) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    let mut previous_id: Option<&str> = None;
    for (id, line) in ids.iter().zip(lines) {
        if line.is_empty() {
            continue;
        }
        if previous_id != Some(id.as_str()) {
            docs.push(Document {
                text: String::new(),
                gold: BTreeSet::new(),
                punctuated: BTreeSet::new(),
            });
            previous_id = Some(id);
        }
        let doc = docs.last_mut().expect("pushed above");
        if !doc.text.is_empty() {
            let end = doc.text.len();
            doc.gold.insert(end);
            if ends_punctuated(&doc.text) {
                doc.punctuated.insert(end);
            }
            doc.text.push_str(separator);
        }
        doc.text.push_str(line);
    }
    docs
}

fn ends_punctuated(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '؟', '…'])
}

fn evaluate(doc: &Document, lang: Lang, counts: &mut Counts, errors: &mut Vec<String>) {
    let predicted: BTreeSet<usize> = segment(&doc.text, lang)
        .iter()
        .map(|u| u.end)
        .filter(|&end| end < doc.text.len())
        .collect();
    counts.predicted += predicted.len();
    counts.gold += doc.gold.len();
    counts.punctuated_gold += doc.punctuated.len();
    counts.hits += predicted.intersection(&doc.gold).count();
    counts.punctuated_hits += predicted.intersection(&doc.punctuated).count();
    for &at in predicted.difference(&doc.gold) {
        errors.push(format!("false split: {}", context(&doc.text, at)));
    }
    for &at in doc.punctuated.difference(&predicted) {
        errors.push(format!("missed:      {}", context(&doc.text, at)));
    }
}

/// Up to 40 characters either side of `at`, with `|` at the offset.
fn context(text: &str, at: usize) -> String {
    let before: String = text[..at]
        .chars()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[at..].chars().take(40).collect();
    format!("{before}|{after}").replace('\n', "⏎")
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn report(lang: Lang, documents: usize, c: &Counts) {
    let precision = ratio(c.hits, c.predicted);
    let recall = ratio(c.hits, c.gold);
    let punctuated_recall = ratio(c.punctuated_hits, c.punctuated_gold);
    println!(
        "{}: {documents} documents, {} gold boundaries ({} punctuated), {} predicted",
        lang.code(),
        c.gold,
        c.punctuated_gold,
        c.predicted
    );
    println!(
        "  all boundaries:        P {precision:.4}  R {recall:.4}  F1 {:.4}",
        f1(precision, recall)
    );
    println!(
        "  punctuated boundaries: P {precision:.4}  R {punctuated_recall:.4}  F1 {:.4}",
        f1(precision, punctuated_recall)
    );
}
