//! Evaluation of whole-document alignment (not part of `cargo test`).
//!
//! NTREX-128 documents (gold 1-1) and TICO-19 units grouped into pseudo-documents of 20 are
//! perturbed deterministically — sentences merged on one side (1-2, 2-1, rarely 1-3, 3-1) or
//! dropped on one side (1-0, 0-1) — and aligned; strict and lax bead F1 (vecalign's measure,
//! `isnad::align::eval`) are reported overall and per bead type, for the lexical score and for
//! two length-only baselines (the tuning table's ratio, and each pair's from its totals).
//!
//! Each set is aligned with the length model of the tuning table (fixed, fitted on NTREX) and
//! with the length model estimated from each pair (`isnad::align::length`). A third set,
//! "NTREX, wordy", pads every English sentence with as many characters of pseudo-words the
//! lexicon does not know: a synthetic stand-in for a translation twice as wordy as news, in a
//! vocabulary the lexicon lacks (no such real corpus is available here). Two length-shift sets
//! write every word of one side twice (the English: ratio × 0.5; the Arabic: × 2). Two more,
//! "vocabulary-blind", map every Arabic word form of NTREX and TICO-19 (numbers excepted) through
//! one random bijection, so that the lexicon knows nothing. The last, "excerpt", cuts the
//! English of each perturbed NTREX document after the first half of its gold beads: a
//! translation of part of the source, the rest of the Arabic left out (1-0 beads).
//!
//! Run: `cargo run --release --example eval_align -- [DATA_DIR] [--half dev|test] [--sweep]
//! [--diagnose-learning]` (DATA_DIR defaults to `../shared/data`; `--sweep` tries a grid of bead
//! costs on NTREX; `--half dev` keeps only the even-numbered NTREX documents — the development
//! half, as in `eval_check` — and `--half test` the odd-numbered ones, in the NTREX, wordy and
//! blind NTREX sets (TICO-19 stays whole: never tuned on); `--diagnose-learning` shows what a
//! lexicon learned from the whole set does to the scores, see [`diagnose_learning`]).
//!
//! `--quran EVAL_DATA_DIR` evaluates one real set of another domain instead: the Quran, fully
//! vowelled Uthmani Arabic against the Saheeh International English (`quran-json` 3.1.2, CC
//! BY-SA 4.0, unpacked by `scripts/fetch-eval-quran.sh EVAL_DATA_DIR`), in pseudo-documents of
//! 20 verses as in `eval_check --set quran`, perturbed as the others: a religious register whose
//! English runs about twice the Arabic's length, in a vocabulary the lexicon barely knows —
//! the situation issue #16 opens with. Never tuned on.

use std::path::{Path, PathBuf};
use std::time::Instant;

use isnad::align::eval::{Comparison, Evaluation};
use isnad::align::length::scores_like_unrelated;
use isnad::align::two_pass::{confident_pairs, second_pass};
use isnad::align::{
    align, align_adapted, AlignOptions, Bead, LengthModel, LengthOnly, Prepared, PreparedSide,
    Scorer, Similarity,
};
use isnad::lexicon::learn::with_learned_translations;
use isnad::lexicon::learn::LearnOptions;
use isnad::lexicon::parallel::SentencePair;
use isnad::lexicon::{parallel, Lexicon};
use isnad::text::Lang;

#[path = "support/mod.rs"]
mod support;
use support::{words_twice, Lcg, Ntrex, VocabularyBlind};

/// A document pair with its gold alignment.
struct Perturbed {
    ar: Vec<String>,
    en: Vec<String>,
    gold: Vec<Bead>,
}

/// Rates of each perturbation, per gold pair.
const MERGE_AR: f64 = 0.05; // 1-2
const MERGE_EN: f64 = 0.05; // 2-1
const MERGE_THREE: f64 = 0.01; // 1-3 and 3-1 each
const DROP_EN: f64 = 0.04; // 1-0
const DROP_AR: f64 = 0.04; // 0-1

/// Turns 1-1 pairs into a document pair with merges and deletions, and its gold beads.
fn perturb(pairs: &[(String, String)], rng: &mut Lcg) -> Perturbed {
    let mut doc = Perturbed {
        ar: Vec::new(),
        en: Vec::new(),
        gold: Vec::new(),
    };
    let mut k = 0;
    while k < pairs.len() {
        let r = rng.next_unit();
        let left = pairs.len() - k;
        // (Arabic sentences, English sentences) taken from the next `take` pairs.
        let (take, ar_groups, en_groups): (usize, usize, usize) = if r < MERGE_AR && left >= 2 {
            (2, 1, 2)
        } else if r < MERGE_AR + MERGE_EN && left >= 2 {
            (2, 2, 1)
        } else if r < MERGE_AR + MERGE_EN + MERGE_THREE && left >= 3 {
            (3, 1, 3)
        } else if r < MERGE_AR + MERGE_EN + 2.0 * MERGE_THREE && left >= 3 {
            (3, 3, 1)
        } else if r < MERGE_AR + MERGE_EN + 2.0 * MERGE_THREE + DROP_EN {
            (1, 1, 0)
        } else if r < MERGE_AR + MERGE_EN + 2.0 * MERGE_THREE + DROP_EN + DROP_AR {
            (1, 0, 1)
        } else {
            (1, 1, 1)
        };
        let chunk = &pairs[k..k + take];
        let (i, j) = (doc.ar.len(), doc.en.len());
        push_side(&mut doc.ar, chunk.iter().map(|p| p.0.as_str()), ar_groups);
        push_side(&mut doc.en, chunk.iter().map(|p| p.1.as_str()), en_groups);
        doc.gold
            .push(Bead::new(i..doc.ar.len(), j..doc.en.len(), 0.0));
        k += take;
    }
    doc
}

/// Adds the texts as `groups` sentences: as they are, all joined into one, or none.
fn push_side<'a>(side: &mut Vec<String>, texts: impl Iterator<Item = &'a str>, groups: usize) {
    let texts: Vec<&str> = texts.collect();
    match groups {
        0 => {}
        1 => side.push(texts.join(" ")),
        _ => side.extend(texts.iter().map(|t| t.to_string())),
    }
}

fn ntrex(dir: &Path) -> Vec<Vec<(String, String)>> {
    Ntrex::load(dir).document_pairs()
}

/// The documents with every English sentence padded by pseudo-words of its own length.
fn wordy(docs: &[Vec<(String, String)>], seed: u64) -> Vec<Vec<(String, String)>> {
    let mut rng = Lcg(seed);
    let syllables = [
        "ka", "lo", "mir", "te", "su", "van", "qo", "ri", "del", "um",
    ];
    docs.iter()
        .map(|pairs| {
            pairs
                .iter()
                .map(|(ar, en)| {
                    let mut padded = en.trim_end_matches(['.', '!', '?']).to_string();
                    let target = en.len() * 2;
                    while padded.len() < target {
                        padded.push(' ');
                        for _ in 0..2 + (rng.next_unit() * 3.0) as usize {
                            padded.push_str(syllables[(rng.next_unit() * 10.0) as usize % 10]);
                        }
                    }
                    padded.push('.');
                    (ar.clone(), padded)
                })
                .collect()
        })
        .collect()
}

/// The documents with every word of one side written twice (issue #16's length-shift variants:
/// the ratio halved or doubled, the words still known).
fn shifted(docs: &[Vec<(String, String)>], arabic: bool) -> Vec<Vec<(String, String)>> {
    docs.iter()
        .map(|pairs| {
            pairs
                .iter()
                .map(|(ar, en)| {
                    if arabic {
                        (words_twice(ar), en.clone())
                    } else {
                        (ar.clone(), words_twice(en))
                    }
                })
                .collect()
        })
        .collect()
}

/// The documents with every Arabic word form (numbers excepted) mapped through one fixed random
/// bijection to a nonsense word of Arabic letters and the same length: the embedded lexicon knows
/// nothing of the result, as of a domain it has never seen (issue #16's vocabulary-blind set).
fn vocabulary_blind(docs: &[Vec<(String, String)>], seed: u64) -> Vec<Vec<(String, String)>> {
    let mut blind = VocabularyBlind::new(seed);
    docs.iter()
        .map(|pairs| {
            pairs
                .iter()
                .map(|(ar, en)| (blind.line(ar), en.clone()))
                .collect()
        })
        .collect()
}

fn tico(dir: &Path) -> Vec<Vec<(String, String)>> {
    let pairs = parallel::read_tmx(&dir.join("tico19-ar-en/all.en-ar.tmx")).expect("TICO-19 TMX");
    pairs
        .chunks(20)
        .map(|c| {
            c.iter()
                .map(|p| (p.arabic.clone(), p.english.clone()))
                .collect()
        })
        .collect()
}

/// The prepared sides of every perturbed document, prepared once for all runs.
struct Prepped {
    docs: Vec<(Vec<Prepared>, Vec<Prepared>, Vec<Bead>)>,
}

fn prepare_all(scorer: &Scorer, docs: &[Vec<(String, String)>], seed: u64) -> Prepped {
    let mut rng = Lcg(seed);
    let docs = docs
        .iter()
        .map(|pairs| {
            let d = perturb(pairs, &mut rng);
            let ar = scorer.prepare_side(&d.ar, Lang::Ar).sentences;
            let en = scorer.prepare_side(&d.en, Lang::En).sentences;
            (ar, en, d.gold)
        })
        .collect();
    Prepped { docs }
}

/// The perturbed documents with the English cut after the first half of the gold beads: a
/// translated excerpt, the rest of the Arabic left out (each of its sentences a 1-0 bead).
fn prepare_excerpts(scorer: &Scorer, docs: &[Vec<(String, String)>], seed: u64) -> Prepped {
    let mut rng = Lcg(seed);
    let docs = docs
        .iter()
        .map(|pairs| {
            let d = perturb(pairs, &mut rng);
            let kept = d.gold.len().div_ceil(2);
            let en_end = d.gold.get(kept).map_or(d.en.len(), |b| b.en.start);
            let mut gold = d.gold[..kept].to_vec();
            let ar_start = gold.last().map_or(0, |b| b.ar.end);
            gold.extend((ar_start..d.ar.len()).map(|i| Bead::new(i..i + 1, en_end..en_end, 0.0)));
            let ar = scorer.prepare_side(&d.ar, Lang::Ar).sentences;
            let en = scorer.prepare_side(&d.en[..en_end], Lang::En).sentences;
            (ar, en, gold)
        })
        .collect();
    Prepped { docs }
}

impl Prepped {
    /// Only the even-numbered (`Some(0)`, the development half) or odd-numbered (`Some(1)`,
    /// held out) documents; every document was perturbed first, so a half's documents do not
    /// depend on the other half.
    fn half(mut self, half: Option<usize>) -> Prepped {
        if let Some(h) = half {
            let mut index = 0;
            self.docs.retain(|_| {
                index += 1;
                (index - 1) % 2 == h
            });
        }
        self
    }
}

fn evaluate<S: Similarity>(set: &Prepped, similarity: &S, options: &AlignOptions) -> Evaluation {
    let mut e = Evaluation::default();
    for (ar, en, gold) in &set.docs {
        e.add(gold, &align(ar, en, similarity, options));
    }
    e
}

/// The same, each pair aligned with the length model estimated from it; also the mean ratio.
fn evaluate_adapted(set: &Prepped, scorer: &Scorer, options: &AlignOptions) -> (Evaluation, f64) {
    let mut e = Evaluation::default();
    let mut ratios = 0.0;
    for (ar, en, gold) in &set.docs {
        let (beads, model) = align_adapted(ar, en, None, scorer, options);
        ratios += model.ratio;
        e.add(gold, &beads);
    }
    (e, ratios / set.docs.len().max(1) as f64)
}

/// The length-only baseline with each pair's ratio from its totals (`LengthModel::from_totals`,
/// what isnad's first search starts from): Gale & Church as hunalign and Moore run it, with the
/// ratio of the documents at hand instead of news's.
fn evaluate_length_from_totals(
    set: &Prepped,
    scorer: &Scorer,
    options: &AlignOptions,
) -> Evaluation {
    let mut e = Evaluation::default();
    for (ar, en, gold) in &set.docs {
        e.add(gold, &length_from_totals(ar, en, scorer, options));
    }
    e
}

fn length_from_totals(
    ar: &[Prepared],
    en: &[Prepared],
    scorer: &Scorer,
    options: &AlignOptions,
) -> Vec<Bead> {
    let model = LengthModel::from_totals(ar, en, &scorer.params);
    let own = Scorer {
        lexicon: scorer.lexicon,
        params: model.apply(&scorer.params),
    };
    align(ar, en, &LengthOnly(&own), options)
}

/// Per pair: how many documents isnad (length model from the pair) aligns with a lower strict
/// F1 than each length-only baseline (with the table's ratio, then with the pair's), and the
/// largest such loss; isnad's ladder is found once for both.
fn per_pair_against_baselines(
    set: &Prepped,
    scorer: &Scorer,
    options: &AlignOptions,
) -> [(usize, f64); 2] {
    let mut counts = [(0, 0.0f64); 2];
    for (ar, en, gold) in &set.docs {
        let (beads, _) = align_adapted(ar, en, None, scorer, options);
        let mut ours = Evaluation::default();
        ours.add(gold, &beads);
        let baselines = [
            align(ar, en, &LengthOnly(scorer), options),
            length_from_totals(ar, en, scorer, options),
        ];
        for ((below, worst), length_only) in counts.iter_mut().zip(&baselines) {
            let mut baseline = Evaluation::default();
            baseline.add(gold, length_only);
            let loss = baseline.overall.strict().f1 - ours.overall.strict().f1;
            if loss > 1e-9 {
                *below += 1;
                *worst = worst.max(loss);
            }
        }
    }
    counts
}

/// Two passes: each pair aligned as shipped, then again with a lexicon learned from the
/// confident 1-1 beads of that pair (`batch` false) or of every pair of the set (`batch` true).
/// Also how many documents it aligns with a lower strict F1 than the length-only baseline, and
/// the largest such loss.
fn evaluate_two_pass(
    set: &Prepped,
    scorer: &Scorer,
    options: &AlignOptions,
    batch: bool,
) -> (Evaluation, usize, (usize, f64)) {
    let texts =
        |side: &[Prepared]| -> Vec<String> { side.iter().map(|p| p.text().to_string()).collect() };
    let first: Vec<(Vec<Bead>, Vec<SentencePair>)> = set
        .docs
        .iter()
        .map(|(ar, en, _)| {
            let (beads, _) = align_adapted(ar, en, None, scorer, options);
            let pairs = confident_pairs(&texts(ar), &texts(en), &beads);
            (beads, pairs)
        })
        .collect();
    let learn_options = LearnOptions::default();
    let batch_lexicon = batch.then(|| {
        let all: Vec<SentencePair> = first.iter().flat_map(|f| f.1.clone()).collect();
        with_learned_translations(scorer.lexicon, &all, &learn_options)
    });
    let mut e = Evaluation::default();
    let mut learned_pairs = 0;
    let mut below = (0, 0.0f64);
    for ((ar, en, gold), (first_beads, pairs)) in set.docs.iter().zip(&first) {
        let own;
        let (lexicon, learned) = match &batch_lexicon {
            Some((l, learned)) => (l, learned.len()),
            None => {
                own = with_learned_translations(scorer.lexicon, pairs, &learn_options);
                (&own.0, own.1.len())
            }
        };
        learned_pairs = learned_pairs.max(learned);
        let second = Scorer {
            lexicon,
            params: scorer.params,
        };
        // As `isnad align --learn` does: pass 1's sentences re-keyed, the search along its
        // ladder (`two_pass::second_pass`).
        let sides = (
            PreparedSide {
                lang: Lang::Ar,
                sentences: ar.clone(),
            },
            PreparedSide {
                lang: Lang::En,
                sentences: en.clone(),
            },
        );
        let (beads, _) = second_pass(scorer, &second, sides, None, options, first_beads);
        e.add(gold, &beads);
        let (mut ours, mut baseline) = (Evaluation::default(), Evaluation::default());
        ours.add(gold, &beads);
        baseline.add(gold, &align(ar, en, &LengthOnly(scorer), options));
        let loss = baseline.overall.strict().f1 - ours.overall.strict().f1;
        if loss > 1e-9 {
            below.0 += 1;
            below.1 = below.1.max(loss);
        }
    }
    (e, learned_pairs, below)
}

fn row(name: &str, c: &Comparison) -> String {
    let (s, l) = (c.strict(), c.lax());
    format!(
        "| {name} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
        c.recall.total, c.precision.total, s.precision, s.recall, s.f1, l.precision, l.recall, l.f1
    )
}

fn report(title: &str, e: &Evaluation, seconds: f64) {
    println!("\n### {title} ({seconds:.2} s)\n");
    println!(
        "| beads | gold | predicted | strict P | strict R | strict F1 | lax P | lax R | lax F1 |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    println!("{}", row("all", &e.overall));
    for (t, c) in &e.by_type {
        println!("{}", row(t, c));
    }
}

fn sweep(set: &Prepped, scorer: &Scorer) {
    println!("skip merge cap length | strict F1 | lax F1");
    for skip in [1.0, 1.5, 2.0] {
        for merge in [0.3, 0.6, 1.0] {
            for cap in [0.7, 1.0, 1.4, 2.0] {
                for length in [0.0, 0.1, 0.3] {
                    let options = AlignOptions {
                        skip_cost: skip,
                        merge_cost: merge,
                        three_cost: Some(merge + 0.5),
                        max_sentence_cost: cap,
                        length_cost: length,
                        ..AlignOptions::default()
                    };
                    let e = evaluate(set, scorer, &options);
                    println!(
                        "{skip} {merge} {cap} {length} | {:.4} | {:.4}",
                        e.overall.strict().f1,
                        e.overall.lax().f1
                    );
                }
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .enumerate()
        .find(|(i, a)| {
            !a.starts_with("--")
                && (*i == 0 || !["--half", "--quran"].contains(&args[i - 1].as_str()))
        })
        .map(|(_, a)| a)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let scorer = Scorer::new(Lexicon::embedded());
    let options = AlignOptions::default();
    let half = match args.iter().position(|a| a == "--half") {
        None => None,
        Some(i) => match args.get(i + 1).map(String::as_str) {
            Some("dev") => Some(0),
            Some("test") => Some(1),
            _ => {
                eprintln!("--half takes dev or test");
                std::process::exit(2);
            }
        },
    };
    if let Some(i) = args.iter().position(|a| a == "--quran") {
        let eval_data = args.get(i + 1).map_or("target/eval-data", String::as_str);
        let quran = Ntrex::quran(Path::new(eval_data)).document_pairs();
        let quran_set = prepare_all(&scorer, &quran, 2024);
        let name = format!(
            "The Quran, {} pseudo-documents of 20 verses",
            quran_set.docs.len()
        );
        evaluate_set(&name, &quran_set, &scorer, &options);
        return;
    }
    let ntrex_set = prepare_all(&scorer, &ntrex(&dir), 2024).half(half);
    if args.iter().any(|a| a == "--sweep") {
        sweep(&ntrex_set, &scorer);
        return;
    }
    if args.iter().any(|a| a == "--diagnose-learning") {
        let blind_ntrex =
            prepare_all(&scorer, &vocabulary_blind(&ntrex(&dir), 11), 2024).half(half);
        let blind_tico = prepare_all(&scorer, &vocabulary_blind(&tico(&dir), 11), 2024);
        for (name, set) in [
            ("NTREX-128", &ntrex_set),
            ("NTREX-128 vocabulary-blind", &blind_ntrex),
            ("TICO-19 vocabulary-blind", &blind_tico),
        ] {
            diagnose_learning(name, set, &scorer, &options);
        }
        return;
    }
    let tico_set = prepare_all(&scorer, &tico(&dir), 2024);
    let wordy_set = prepare_all(&scorer, &wordy(&ntrex(&dir), 7), 2024).half(half);
    let english_twice = prepare_all(&scorer, &shifted(&ntrex(&dir), false), 2024).half(half);
    let arabic_twice = prepare_all(&scorer, &shifted(&ntrex(&dir), true), 2024).half(half);
    let blind_ntrex = prepare_all(&scorer, &vocabulary_blind(&ntrex(&dir), 11), 2024).half(half);
    let blind_tico = prepare_all(&scorer, &vocabulary_blind(&tico(&dir), 11), 2024);
    let excerpts = prepare_excerpts(&scorer, &ntrex(&dir), 2024).half(half);
    let ntrex_name = format!("NTREX-128, {} documents", ntrex_set.docs.len());
    for (name, set) in [
        (ntrex_name.as_str(), &ntrex_set),
        ("TICO-19, pseudo-documents of 20 units", &tico_set),
        (
            "NTREX-128 wordy (synthetic, English padded to twice its length)",
            &wordy_set,
        ),
        (
            "NTREX-128, every English word written twice (length ratio x 0.5)",
            &english_twice,
        ),
        (
            "NTREX-128, every Arabic word written twice (length ratio x 2)",
            &arabic_twice,
        ),
        (
            "NTREX-128 vocabulary-blind (Arabic words through a random bijection)",
            &blind_ntrex,
        ),
        ("TICO-19 vocabulary-blind", &blind_tico),
        (
            "NTREX-128, English cut to its first half (a translated excerpt)",
            &excerpts,
        ),
    ] {
        evaluate_set(name, set, &scorer, &options);
    }
}

/// Every row of one set: the lexical score with the fixed and the pair's length model, two
/// passes learned from each pair and from the set, the length-only baseline, and how many
/// documents fall below the baseline.
fn evaluate_set(name: &str, set: &Prepped, scorer: &Scorer, options: &AlignOptions) {
    let t = Instant::now();
    let e = evaluate(set, scorer, options);
    report(
        &format!("{name}: lexical score, fixed length model"),
        &e,
        t.elapsed().as_secs_f64(),
    );
    let t = Instant::now();
    let (e, ratio) = evaluate_adapted(set, scorer, options);
    report(
        &format!("{name}: lexical score, length model from each pair (mean ratio {ratio:.2})"),
        &e,
        t.elapsed().as_secs_f64(),
    );
    for batch in [false, true] {
        let t = Instant::now();
        let (e, learned, (below, worst)) = evaluate_two_pass(set, scorer, options, batch);
        let scope = if batch { "the whole set" } else { "each pair" };
        report(
            &format!(
                "{name}: two passes, lexicon learned from {scope} (up to {learned} learned pairs)"
            ),
            &e,
            t.elapsed().as_secs_f64(),
        );
        println!(
            "\nPer pair: {below} of {} documents below the length-only baseline (strict F1; largest loss {worst:.3})",
            set.docs.len()
        );
    }
    let t = Instant::now();
    let e = evaluate(set, &LengthOnly(scorer), options);
    report(
        &format!("{name}: length only (baseline)"),
        &e,
        t.elapsed().as_secs_f64(),
    );
    let t = Instant::now();
    let e = evaluate_length_from_totals(set, scorer, options);
    report(
        &format!("{name}: length only, ratio from each pair's totals"),
        &e,
        t.elapsed().as_secs_f64(),
    );
    let counts = per_pair_against_baselines(set, scorer, options);
    for ((below, worst), which) in counts.into_iter().zip(["the table's", "each pair's"]) {
        println!(
            "\nPer pair: {below} of {} documents below the length-only baseline with {which} ratio (strict F1; largest loss {worst:.3})",
            set.docs.len()
        );
    }
}

/// What a lexicon learned from the whole set does to the scores (`--diagnose-learning`): how many
/// confident pairs pass 1 gives (and how many of them are gold beads), the learned pairs and their
/// weights, the mean score of the gold 1-1 beads and of a wrong neighbour (the same Arabic
/// sentence with the next English one) in each pass, and the share of gold 1-1 beads scoring
/// above `exp(-max_sentence_cost)`, the level below which every score costs the aligner the same.
fn diagnose_learning(name: &str, set: &Prepped, scorer: &Scorer, options: &AlignOptions) {
    let texts =
        |side: &[Prepared]| -> Vec<String> { side.iter().map(|p| p.text().to_string()).collect() };
    let (mut confident, mut first_beads) = (Vec::new(), Vec::new());
    let (mut gold_confident, mut unrelated_first) = (0, 0);
    for (ar, en, gold) in &set.docs {
        let (beads, _) = align_adapted(ar, en, None, scorer, options);
        unrelated_first += scores_like_unrelated(&beads) as usize;
        let pairs = confident_pairs(&texts(ar), &texts(en), &beads);
        gold_confident += pairs
            .iter()
            .filter(|p| {
                gold.iter().any(|g| {
                    g.shape() == (1, 1)
                        && ar[g.ar.start].text() == p.arabic
                        && en[g.en.start].text() == p.english
                })
            })
            .count();
        confident.extend(pairs);
        first_beads.push(beads);
    }
    let (lexicon, learned) =
        with_learned_translations(scorer.lexicon, &confident, &LearnOptions::default());
    let mut weights: Vec<f32> = learned.iter().map(|p| p.probability).collect();
    weights.sort_by(f32::total_cmp);
    let quantile = |f: f64| {
        weights
            .get(((weights.len().max(1) - 1) as f64 * f) as usize)
            .copied()
            .unwrap_or(0.0)
    };
    println!("\n## {name}\n");
    println!(
        "pass 1: {unrelated_first} of {} documents score like unrelated text; {} confident pairs, {gold_confident} of them gold",
        set.docs.len(),
        confident.len()
    );
    println!(
        "learned {} pairs; weight quantiles 0 / 0.25 / 0.5 / 0.75 / 1: {:.3} {:.3} {:.3} {:.3} {:.3}",
        learned.len(),
        quantile(0.0),
        quantile(0.25),
        quantile(0.5),
        quantile(0.75),
        quantile(1.0)
    );
    let second = Scorer {
        lexicon: &lexicon,
        params: scorer.params,
    };
    let cap = (-options.max_sentence_cost).exp();
    let mut sums = [0.0f64; 4]; // gold pass 1, gold pass 2, wrong pass 1, wrong pass 2
    let (mut gold_n, mut wrong_n, mut above) = (0, 0, [0usize; 2]);
    let (mut unrelated_second, mut changed) = (0, 0);
    for ((ar, en, gold), first) in set.docs.iter().zip(&first_beads) {
        let ar2 = second.prepare_side(&texts(ar), Lang::Ar).sentences;
        let en2 = second.prepare_side(&texts(en), Lang::En).sentences;
        for g in gold.iter().filter(|g| g.shape() == (1, 1)) {
            let (a, e) = (g.ar.clone(), g.en.clone());
            let (s1, s2) = (
                scorer.score(&ar[a.clone()], &en[e.clone()]),
                second.score(&ar2[a.clone()], &en2[e]),
            );
            sums[0] += s1;
            sums[1] += s2;
            above[0] += (s1 > cap) as usize;
            above[1] += (s2 > cap) as usize;
            gold_n += 1;
            if g.en.end < en.len() {
                let next = g.en.end..g.en.end + 1;
                sums[2] += scorer.score(&ar[a.clone()], &en[next.clone()]);
                sums[3] += second.score(&ar2[a], &en2[next]);
                wrong_n += 1;
            }
        }
        let (beads, _) = align_adapted(&ar2, &en2, None, &second, options);
        unrelated_second += scores_like_unrelated(&beads) as usize;
        changed += (beads
            .iter()
            .map(|b| (&b.ar, &b.en))
            .ne(first.iter().map(|b| (&b.ar, &b.en)))) as usize;
    }
    let (g, w) = (gold_n.max(1) as f64, wrong_n.max(1) as f64);
    println!(
        "gold 1-1 beads: mean score {:.3} -> {:.3}, above the cost cap ({cap:.3}) {:.2} -> {:.2}; wrong neighbour: mean score {:.3} -> {:.3}",
        sums[0] / g,
        sums[1] / g,
        above[0] as f64 / g,
        above[1] as f64 / g,
        sums[2] / w,
        sums[3] / w
    );
    println!(
        "pass 2: {unrelated_second} documents score like unrelated text; {changed} ladders differ from pass 1"
    );
}
