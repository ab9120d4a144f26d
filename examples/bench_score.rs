//! `isnad score`'s search: the best two Arabic sentences for every English one
//! ([`Scorer::best_two`]), at 2k, 8k and 32k sentences a side, against scoring every pair (at
//! 2k only: it is quadratic). The sides are NTREX-128 repeated, each copy after the first with
//! a number of its own appended to every sentence on both sides (so copies tie on words but not
//! on numbers), the English side shuffled. Checks that both searches give the same two
//! sentences and scores.
//!
//! Run: `cargo run --release --example bench_score -- [DATA_DIR]` (default `../shared/data`).

use std::path::PathBuf;
use std::time::Instant;

use isnad::align::Scorer;
use isnad::lexicon::Lexicon;
use isnad::text::Lang;

#[path = "support/mod.rs"]
mod support;
use support::{Lcg, Ntrex};

const SIZES: [usize; 3] = [2_000, 8_000, 32_000];

fn sides(ntrex: &Ntrex, size: usize) -> (Vec<String>, Vec<String>) {
    let (mut ar, mut en) = (Vec::new(), Vec::new());
    for i in 0..size {
        let k = i % ntrex.ar.len();
        let copy = i / ntrex.ar.len();
        let tag = if copy == 0 {
            String::new()
        } else {
            format!(" {}", 100 + copy)
        };
        ar.push(format!("{}{tag}", ntrex.ar[k]));
        en.push(format!("{}{tag}", ntrex.en[k]));
    }
    let mut rng = Lcg(11);
    for i in (1..en.len()).rev() {
        en.swap(i, rng.below(i + 1));
    }
    (ar, en)
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or("../shared/data".into()));
    let ntrex = Ntrex::load(&dir);
    let scorer = Scorer::new(Lexicon::embedded());
    println!("| sentences a side | prepare (s) | best two (s) | every pair (s) |");
    println!("|---|---|---|---|");
    for size in SIZES {
        let (ar_texts, en_texts) = sides(&ntrex, size);
        let start = Instant::now();
        let ar = scorer.prepare_side(&ar_texts, Lang::Ar);
        let en = scorer.prepare_side(&en_texts, Lang::En);
        let prepare = start.elapsed().as_secs_f64();
        let start = Instant::now();
        let best = scorer.best_two(&ar, &en);
        let fast = start.elapsed().as_secs_f64();
        let every = if size <= 2_000 {
            let start = Instant::now();
            let all = scorer.best_two_of_every_pair(&ar, &en);
            let seconds = start.elapsed().as_secs_f64();
            assert_eq!(best, all, "best_two differs from scoring every pair");
            format!("{seconds:.2}")
        } else {
            "–".into()
        };
        println!("| {size} | {prepare:.2} | {fast:.2} | {every} |");
    }
}
