//! How much of NTREX-128 the lexicon covers: over every gold sentence pair, the share of content
//! words that find a counterpart on the other side, and the words most often left without one —
//! the list to read before adding to `corpus/lexicon/`.
//!
//! ```sh
//! cargo run --release --example eval_lexicon -- ../shared/data [--top 60] [--lexicon FILE]
//!     [--half dev|test]
//! ```
//!
//! `--half dev` reads only the even-numbered documents, the same development half as
//! `eval_check --half dev`: words added to the lexicon from this list leave the odd half unseen.

#[path = "support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::path::PathBuf;

use isnad::align::score::Scorer;
use isnad::lexicon::Lexicon;
use isnad::text::tokens::content_terms;
use isnad::text::{arabic, Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut data = PathBuf::from("../shared/data");
    let mut top = 60usize;
    let mut extra: Option<PathBuf> = None;
    let mut half: Option<usize> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--top" => top = args.next().and_then(|v| v.parse().ok()).expect("--top N"),
            "--lexicon" => extra = args.next().map(PathBuf::from),
            "--half" => {
                half = match args.next().as_deref() {
                    Some("dev") => Some(0),
                    Some("test") => Some(1),
                    other => panic!("--half dev|test, not {other:?}"),
                }
            }
            _ => data = PathBuf::from(a),
        }
    }
    let ntrex = support::Ntrex::load(&data);
    let mut lexicon = Lexicon::embedded().clone();
    if let Some(path) = extra {
        lexicon.merge(&Lexicon::load(&path).expect("lexicon"));
    }
    let scorer = Scorer::new(&lexicon);
    let (mut ar_missing, mut en_missing): (HashMap<String, usize>, HashMap<String, usize>) =
        Default::default();
    let (mut cov_en, mut cov_ar, mut words_en) = (0.0, 0.0, 0usize);
    let (mut left_en, mut left_ar, mut unknown_ar) = (0usize, 0usize, 0usize);
    let lines: Vec<usize> = ntrex
        .docs
        .iter()
        .enumerate()
        .filter(|(d, _)| half.is_none_or(|h| d % 2 == h))
        .flat_map(|(_, r)| r.clone())
        .collect();
    for &line in &lines {
        let (ar, en) = (&ntrex.ar[line], &ntrex.en[line]);
        let b = scorer.explain_text(ar, en);
        cov_en += b.coverage_en;
        cov_ar += b.coverage_ar;
        words_en += b.matches.len() + b.unmatched_en.len();
        left_en += b.unmatched_en.len();
        for w in &b.unmatched_en {
            *en_missing.entry(w.to_lowercase()).or_default() += 1;
        }
        left_ar += b.unmatched_ar.len();
        for w in &b.unmatched_ar {
            let normalized = arabic::normalize(w);
            let known = content_terms(w, Lang::Ar)
                .first()
                .and_then(|stem| lexicon.ar_id(stem))
                .or_else(|| lexicon.ar_id_backoff(&normalized))
                .is_some();
            if !known {
                unknown_ar += 1;
            }
            *ar_missing.entry(normalized).or_default() += 1;
        }
    }
    let n = lines.len() as f64;
    println!(
        "{} gold pairs. Mean coverage: English {:.3}, Arabic {:.3} (with the Bayesian prior).",
        lines.len(),
        cov_en / n,
        cov_ar / n
    );
    println!(
        "English content words without a counterpart: {left_en} of {words_en} ({:.3}); Arabic: \
         {left_ar}, of which {unknown_ar} are not in the lexicon at all.",
        left_en as f64 / words_en.max(1) as f64
    );
    for (title, counts) in [("Arabic", &ar_missing), ("English", &en_missing)] {
        let mut list: Vec<_> = counts.iter().collect();
        list.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        println!("\n{title} words most often unmatched:");
        let line: Vec<String> = list
            .iter()
            .take(top)
            .map(|(w, c)| format!("{w} {c}"))
            .collect();
        println!("{}", line.join(" · "));
    }
}
