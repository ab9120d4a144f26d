//! Time and peak memory of whole-document alignment at 5k, 10k, 20k and 50k sentences, one pass
//! and the second pass of `--learn pair` (learning from the confident beads, aligning again).
//!
//! The documents are NTREX-128 and TICO-19 pairs concatenated over and over, perturbed as in
//! `eval_align` (a tenth of the pairs merged on one side, a tenth dropped on one side), so the
//! gold alignment is known and the banded search is checked, not only timed.
//!
//! Run: `RAYON_NUM_THREADS=1 cargo run --release --example bench_align -- [DATA_DIR] [SIZE]`.
//! Without SIZE it runs itself once per size (peak memory is per process: /proc VmHWM).
//! With `SIZE --write DIR` it writes the two sides, one sentence per line, to `DIR/ar.txt` and
//! `DIR/en.txt` instead, for timing the command line on them (`isnad align --lines`, docs/align.md).

use std::path::{Path, PathBuf};
use std::time::Instant;

use isnad::align::eval::Evaluation;
use isnad::align::two_pass::{confident_pairs, second_pass};
use isnad::align::{align_adapted, AlignOptions, Bead, Scorer};
use isnad::lexicon::learn::with_learned_translations;
use isnad::lexicon::learn::LearnOptions;
use isnad::lexicon::{parallel, Lexicon};
use isnad::text::Lang;

#[path = "support/mod.rs"]
mod support;
use support::{Lcg, Ntrex};

const SIZES: [usize; 4] = [5_000, 10_000, 20_000, 50_000];

fn pairs(dir: &Path) -> Vec<(String, String)> {
    let ntrex = Ntrex::load(dir);
    let mut out: Vec<(String, String)> = ntrex.ar.into_iter().zip(ntrex.en).collect();
    let tico = parallel::read_tmx(&dir.join("tico19-ar-en/all.en-ar.tmx")).expect("TICO-19");
    out.extend(tico.into_iter().map(|p| (p.arabic, p.english)));
    out
}

/// About `size` sentences per side with 1-2, 2-1, 1-0 and 0-1 beads, and the gold beads.
fn build(pairs: &[(String, String)], size: usize) -> (Vec<String>, Vec<String>, Vec<Bead>) {
    let mut rng = Lcg(7);
    let (mut ar, mut en, mut gold) = (Vec::new(), Vec::new(), Vec::new());
    let mut k = 0;
    while ar.len() < size {
        let (a, e) = &pairs[k % pairs.len()];
        let (a2, e2) = &pairs[(k + 1) % pairs.len()];
        let (i, j) = (ar.len(), en.len());
        let r = rng.next_unit();
        if r < 0.05 {
            ar.push(format!("{a} {a2}"));
            en.extend([e.clone(), e2.clone()]);
            k += 2;
        } else if r < 0.10 {
            ar.extend([a.clone(), a2.clone()]);
            en.push(format!("{e} {e2}"));
            k += 2;
        } else if r < 0.15 {
            ar.push(a.clone());
            k += 1;
        } else if r < 0.20 {
            en.push(e.clone());
            k += 1;
        } else {
            ar.push(a.clone());
            en.push(e.clone());
            k += 1;
        }
        gold.push(Bead::new(i..ar.len(), j..en.len(), 0.0));
    }
    (ar, en, gold)
}

/// Peak resident memory of this process in MB.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn run_one(dir: &Path, size: usize) {
    let scorer = Scorer::new(Lexicon::embedded());
    let (ar_text, en_text, gold) = build(&pairs(dir), size);
    let before = peak_rss_mb();
    let t = Instant::now();
    let ar = scorer.prepare_side(&ar_text, Lang::Ar);
    let en = scorer.prepare_side(&en_text, Lang::En);
    let prepare = t.elapsed().as_secs_f64();
    let t = Instant::now();
    // What `isnad align` runs: the length model from the pair's totals, refined on the first
    // search's anchors (a second search when it moved).
    let (beads, _) = align_adapted(&ar, &en, None, &scorer, &AlignOptions::default());
    let aligned = t.elapsed().as_secs_f64();
    let mut e = Evaluation::default();
    e.add(&gold, &beads);
    // The second pass of `--learn pair`: learn from the confident beads and align again.
    let t = Instant::now();
    let confident = confident_pairs(&ar_text, &en_text, &beads);
    let (learned_lexicon, learned) =
        with_learned_translations(scorer.lexicon, &confident, &LearnOptions::default());
    let learn_time = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let second = Scorer::new(&learned_lexicon);
    let (ar_len, en_len) = (ar.len(), en.len());
    // As `isnad align --learn pair` does: pass 1's sentences re-keyed, the searches along
    // pass 1's ladder.
    let (beads2, _) = second_pass(
        &scorer,
        &second,
        (ar, en),
        None,
        &AlignOptions::default(),
        &beads,
    );
    let pass2 = t.elapsed().as_secs_f64();
    let mut e2 = Evaluation::default();
    e2.add(&gold, &beads2);
    println!(
        "| {} × {} | {prepare:.2} | {aligned:.2} | {:.2} | {before:.0} | {:.0} | {:.3} | {:.3} | {learn_time:.2} ({} pairs) | {pass2:.2} | {:.3} |",
        ar_len,
        en_len,
        prepare + aligned,
        peak_rss_mb(),
        e.overall.strict().f1,
        e.overall.lax().f1,
        learned.len(),
        e2.overall.strict().f1,
    );
}

/// The two sides of the `size` set, one sentence per line (none of the data's sentences holds a
/// line break).
fn write_sides(dir: &Path, size: usize, out: &Path) {
    let (ar, en, _) = build(&pairs(dir), size);
    std::fs::create_dir_all(out).expect("create the output directory");
    for (name, side) in [("ar.txt", &ar), ("en.txt", &en)] {
        assert!(side.iter().all(|s| !s.contains('\n')));
        std::fs::write(out.join(name), side.join("\n") + "\n").expect("write a side");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    if let Some(size) = args.get(1) {
        let size = size.parse().expect("SIZE is a number");
        match (args.get(2).map(String::as_str), args.get(3)) {
            (Some("--write"), Some(out)) => write_sides(&dir, size, Path::new(out)),
            _ => run_one(&dir, size),
        }
        return;
    }
    println!("| sentences (ar × en) | prepare s | align s | total s | MB before | peak MB | strict F1 | lax F1 | learn s | pass 2 s | strict F1, pass 2 |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    let me = std::env::current_exe().expect("own path");
    for size in SIZES {
        let status = std::process::Command::new(&me)
            .arg(&dir)
            .arg(size.to_string())
            .status()
            .expect("run one size");
        assert!(status.success());
    }
}
