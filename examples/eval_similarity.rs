//! Evaluation of the similarity score on NTREX-128 (not part of `cargo test`).
//!
//! For every English sentence, ranks all Arabic sentences of the same document (and, separately,
//! of the whole corpus) and reports P@1 and MRR for several lexicon set-ups.
//!
//! Run: `cargo run --release --example eval_similarity -- [DATA_DIR]`
//! (DATA_DIR defaults to `../shared/data`). Optional lexicons are used when present:
//! FreeDict (`/usr/share/dictd/freedict-ara-eng.index`), MUSE (`DATA_DIR/muse-ar-en-dict/ar-en.txt`)
//! and a lexicon learned from TICO-19 (`DATA_DIR/tico19-ar-en/all.en-ar.tmx`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use isnad::align::{Prepared, Scorer};
use isnad::lexicon::{learn, parallel, Lexicon};
use isnad::text::Lang;

#[path = "support/mod.rs"]
mod support;
use support::Ntrex;

#[derive(Default)]
struct Tally {
    n: usize,
    hits: usize,
    rr: f64,
}

impl Tally {
    fn add(&mut self, rank: usize) {
        self.n += 1;
        if rank == 0 {
            self.hits += 1;
        }
        self.rr += 1.0 / (rank + 1) as f64;
    }
    fn p1(&self) -> f64 {
        self.hits as f64 / self.n as f64
    }
    fn mrr(&self) -> f64 {
        self.rr / self.n as f64
    }
}

/// Rank of the gold candidate, ties counted against it (a tie at the top is not a hit).
fn rank_of(scores: &[f64], gold: usize) -> usize {
    scores
        .iter()
        .enumerate()
        .filter(|&(j, &s)| j != gold && s >= scores[gold])
        .count()
}

fn evaluate(name: &str, scorer: &Scorer, corpus: &Ntrex, length_only: bool, whole: bool) {
    let t = Instant::now();
    // Word rarity is measured on each side of the corpus as a whole (no alignment used).
    let ar = scorer.prepare_side(&corpus.ar, Lang::Ar);
    let en = scorer.prepare_side(&corpus.en, Lang::En);
    let score = |a: &Prepared, e: &Prepared| -> f64 {
        if length_only {
            scorer.length_prior(a.chars(), e.chars(), false)
        } else {
            scorer.score(std::slice::from_ref(a), std::slice::from_ref(e))
        }
    };
    let mut within = Tally::default();
    let mut pairs = 0usize;
    for doc in &corpus.docs {
        for i in doc.clone() {
            let scores: Vec<f64> = doc.clone().map(|j| score(&ar[j], &en[i])).collect();
            pairs += scores.len();
            within.add(rank_of(&scores, i - doc.start));
        }
    }
    let mut corpus_wide = Tally::default();
    if whole {
        for (i, e) in en.iter().enumerate() {
            let scores: Vec<f64> = ar.iter().map(|a| score(a, e)).collect();
            pairs += scores.len();
            corpus_wide.add(rank_of(&scores, i));
        }
    }
    let whole_p1 = if whole {
        format!("{:.3}", corpus_wide.p1())
    } else {
        "–".into()
    };
    println!(
        "| {name} | {:.3} | {:.3} | {whole_p1} | {pairs} pairs in {:.2} s |",
        within.p1(),
        within.mrr(),
        t.elapsed().as_secs_f64()
    );
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let corpus = Ntrex::load(&dir);
    println!(
        "NTREX-128: {} sentence pairs in {} documents\n",
        corpus.en.len(),
        corpus.docs.len()
    );
    println!("| set-up | P@1 within document | MRR within document | P@1 whole corpus | time |");
    println!("|---|---|---|---|---|");
    let embedded = Lexicon::embedded();
    evaluate(
        "(a) length only",
        &Scorer::new(embedded),
        &corpus,
        true,
        true,
    );
    evaluate(
        "(b) embedded lexicon",
        &Scorer::new(embedded),
        &corpus,
        false,
        true,
    );
    if let Ok(sweep) = std::env::var("SWEEP") {
        // SWEEP="ssw,fsw,floor,lw;..." tries parameter sets (development aid).
        for set in sweep.split(';') {
            let v: Vec<f64> = set.split(',').map(|x| x.parse().expect("number")).collect();
            let mut sc = Scorer::new(embedded);
            sc.params.shorter_side_weight = v[0];
            sc.params.fragment_side_weight = v[1];
            sc.params.length_floor = v[2];
            sc.params.length_weight = v[3];
            evaluate(&format!("sweep {set}"), &sc, &corpus, false, false);
        }
        return;
    }
    let freedict = Path::new("/usr/share/dictd/freedict-ara-eng.index");
    if freedict.exists() {
        let mut lex = embedded.clone();
        match Lexicon::load(freedict) {
            Ok(fd) => {
                lex.merge(&fd);
                evaluate(
                    "(c) embedded + FreeDict",
                    &Scorer::new(&lex),
                    &corpus,
                    false,
                    true,
                );
            }
            Err(e) => println!("| (c) embedded + FreeDict | failed: {e} | | | |"),
        }
    } else {
        println!("| (c) embedded + FreeDict | not run: install dict-freedict-ara-eng | | | |");
    }

    let tmx = dir.join("tico19-ar-en/all.en-ar.tmx");
    if tmx.exists() {
        let pairs = parallel::read_tmx(&tmx).expect("TICO-19 TMX");
        let learned = learn::learn(&pairs, &learn::LearnOptions::default());
        let mut lex = embedded.clone();
        lex.merge(&learn::to_lexicon(&learned));
        evaluate(
            "(d) embedded + learned from TICO-19",
            &Scorer::new(&lex),
            &corpus,
            false,
            true,
        );
    }

    let muse = dir.join("muse-ar-en-dict/ar-en.txt");
    if muse.exists() {
        let lex = Lexicon::load(&muse).expect("MUSE dictionary");
        evaluate("(e) MUSE alone", &Scorer::new(&lex), &corpus, false, true);
    }
}
