//! How often `isnad align` warns about a whole pair (docs/align.md, "A pair that is no
//! translation"): on each NTREX-128 document of at least 6 lines aligned `--lines` with its own
//! English (a warning is a false alarm), and with the second half of its English taken from the
//! document seven places later (a warning is right). Prints, per half of the set (even-numbered
//! documents: the development half the threshold was chosen on; odd: held out), how many pairs
//! warn and the quantiles of the share of English lines without an Arabic counterpart scoring
//! `review.low_bead_score` (`Alignment::unmatched_english_share`).
//!
//! Run: `cargo run --release --example eval_pair_warning -- [DATA_DIR]`

#[path = "support/mod.rs"]
mod support;

use std::path::PathBuf;

use isnad::align::DocumentAligner;
use isnad::lexicon::Lexicon;
use isnad::tuning::TUNING;
use support::Ntrex;

fn main() {
    let data = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data".into()),
    );
    let set = Ntrex::load(&data);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let aligner = DocumentAligner::new(true, Lexicon::embedded());
    let review = TUNING.review;
    let measure = |ar: &[String], en: &[String]| -> (f64, bool) {
        let (a, e) = (dir.path().join("a.txt"), dir.path().join("e.txt"));
        std::fs::write(&a, ar.join("\n") + "\n").unwrap();
        std::fs::write(&e, en.join("\n") + "\n").unwrap();
        let alignment = aligner
            .align_files(a.to_str().unwrap(), e.to_str().unwrap())
            .expect("NTREX documents align");
        let share = alignment.unmatched_english_share(review.low_bead_score);
        let warns = alignment.looks_unrelated() || share > review.unmatched_english_share;
        (share, warns)
    };
    println!("| half | pairs | own English: warned | quantiles of the share (0, .5, .9, 1) | half another story's: warned | quantiles |");
    println!("|---|---|---|---|---|---|");
    for (half, name) in [(0, "development (even)"), (1, "held out (odd)")] {
        let (mut own, mut mixed) = (Vec::new(), Vec::new());
        for (d, range) in set.docs.iter().enumerate() {
            if d % 2 != half || range.len() < 6 {
                continue;
            }
            let ar = &set.ar[range.clone()];
            let en = &set.en[range.clone()];
            own.push(measure(ar, en));
            let other = &set.docs[(d + 7) % set.docs.len()];
            let keep = en.len() / 2;
            let mut replaced: Vec<String> = en[..keep].to_vec();
            replaced.extend(
                set.en[other.clone()]
                    .iter()
                    .skip(keep)
                    .take(en.len() - keep)
                    .cloned(),
            );
            mixed.push(measure(ar, &replaced));
        }
        let summary = |xs: &[(f64, bool)]| {
            let mut shares: Vec<f64> = xs.iter().map(|x| x.0).collect();
            shares.sort_by(f64::total_cmp);
            let q = |p: f64| shares[((shares.len() - 1) as f64 * p).round() as usize];
            let warned = xs.iter().filter(|x| x.1).count();
            (
                format!("{warned} of {}", xs.len()),
                format!(
                    "{:.2} / {:.2} / {:.2} / {:.2}",
                    q(0.0),
                    q(0.5),
                    q(0.9),
                    q(1.0)
                ),
            )
        };
        let (ow, oq) = summary(&own);
        let (mw, mq) = summary(&mixed);
        println!("| {name} | {} | {ow} | {oq} | {mw} | {mq} |", own.len());
    }
}
