//! Evaluates place-name variant clustering and cross-script linking against
//! `corpus/eval/names/variants.tsv` and `distinct.tsv` (see the README there).
//!
//! ```text
//! cargo run --release --example eval_names [VARIANTS.tsv DISTINCT.tsv]
//! ```
//!
//! Prints a Markdown table: pairwise precision, recall and F1 over all pairs of spellings (same
//! `place_id` = positive; the `distinct.tsv` pairs added as negatives), and how many distinct
//! pairs each method joins, for isnad with no gazetteer, with the gazetteer's variant lists
//! withheld, and with the full gazetteer, and for three baselines. Then the cross-script link
//! rate: the share of English spellings whose best-scoring Arabic name, among all Arabic names
//! of the list, is their own.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use isnad::names::cluster::{cluster, count_spellings};
use isnad::names::gazetteer::{arabic_index_form, Gazetteer};
use isnad::names::house_style::HouseStyle;
use isnad::names::link::nearest_arabic;
use isnad::names::score::Prepared;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

struct Variant {
    place: String,
    arabic: String,
    spelling: String,
}

struct Distinct {
    a: String,
    b: String,
}

/// Pair counts of one method.
#[derive(Default)]
struct Counts {
    true_pos: u64,
    false_pos: u64,
    false_neg: u64,
    distinct_joined: usize,
}

impl Counts {
    fn row(&self, name: &str, distinct_total: usize) -> String {
        let p = self.true_pos as f64 / (self.true_pos + self.false_pos).max(1) as f64;
        let r = self.true_pos as f64 / (self.true_pos + self.false_neg).max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "| {name} | {p:.3} | {r:.3} | {f1:.3} | {} / {distinct_total} |",
            self.distinct_joined
        )
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (variants_path, distinct_path) = match args.as_slice() {
        [v, d] => (v.clone(), d.clone()),
        _ => (
            "corpus/eval/names/variants.tsv".to_string(),
            "corpus/eval/names/distinct.tsv".to_string(),
        ),
    };
    let variants = read_variants(&variants_path);
    let distinct = read_distinct(&distinct_path);
    let places: HashSet<&str> = variants.iter().map(|v| v.place.as_str()).collect();
    println!(
        "{} spellings of {} places; {} distinct pairs\n",
        variants.len(),
        places.len(),
        distinct.len()
    );

    let full = Gazetteer::embedded();
    let withheld = full.without_variants();
    let empty = Gazetteer::new();
    println!("| method | precision | recall | F1 | distinct pairs joined |");
    println!("|---|---|---|---|---|");
    for (name, gazetteer) in [
        ("isnad, key + score, no gazetteer", &empty),
        ("isnad, key + score, gazetteer variants withheld", &withheld),
        ("isnad, full gazetteer", full),
    ] {
        let started = Instant::now();
        let label = isnad_labels(&variants, &distinct, gazetteer);
        let counts = evaluate_labels(&variants, &distinct, |s| label[s].clone());
        eprintln!("{name}: {:.2} s", started.elapsed().as_secs_f64());
        println!("{}", counts.row(name, distinct.len()));
    }
    let exact = evaluate_labels(&variants, &distinct, |s| s.to_lowercase());
    println!(
        "{}",
        exact.row("exact match after lowercasing", distinct.len())
    );
    let soundex_counts = evaluate_labels(&variants, &distinct, soundex);
    println!("{}", soundex_counts.row("Soundex equality", distinct.len()));
    let lev = evaluate_pairwise(&variants, &distinct, |a, b| {
        strsim::levenshtein(&a.to_lowercase(), &b.to_lowercase()) <= 2
    });
    println!(
        "{}",
        lev.row("Levenshtein ≤ 2 (lowercased)", distinct.len())
    );

    println!();
    cross_script(&variants, &empty, "key + score, no gazetteer");
    cross_script(&variants, full, "full gazetteer first, then key + score");
}

fn read_tsv(path: &str, columns: usize) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            let cols: Vec<String> = l.split('\t').map(|c| c.trim().to_string()).collect();
            assert!(
                cols.len() >= columns,
                "{path}:{}: expected {columns} columns",
                i + 2
            );
            cols
        })
        .collect()
}

fn read_variants(path: &str) -> Vec<Variant> {
    read_tsv(path, 3)
        .into_iter()
        .map(|c| Variant {
            place: c[0].clone(),
            arabic: c[1].clone(),
            spelling: c[2].clone(),
        })
        .collect()
}

fn read_distinct(path: &str) -> Vec<Distinct> {
    read_tsv(path, 4)
        .into_iter()
        .map(|c| Distinct {
            a: c[0].clone(),
            b: c[2].clone(),
        })
        .collect()
}

/// isnad's cluster id for every spelling of both files, clustered in one run.
fn isnad_labels(
    variants: &[Variant],
    distinct: &[Distinct],
    gazetteer: &Gazetteer,
) -> HashMap<String, String> {
    let all = variants
        .iter()
        .map(|v| v.spelling.as_str())
        .chain(distinct.iter().flat_map(|d| [d.a.as_str(), d.b.as_str()]));
    let spellings = count_spellings(all);
    let mut label = HashMap::new();
    for c in cluster(&spellings, gazetteer, &HouseStyle::new()) {
        for m in c.members {
            label.insert(m.spelling, c.id.clone());
        }
    }
    label
}

/// Pair counts for a method that labels each spelling (pairs with equal labels are joined).
fn evaluate_labels<L: Eq + std::hash::Hash + Clone>(
    variants: &[Variant],
    distinct: &[Distinct],
    label: impl Fn(&str) -> L,
) -> Counts {
    let labels: Vec<L> = variants.iter().map(|v| label(&v.spelling)).collect();
    let choose2 = |n: u64| n * n.saturating_sub(1) / 2;
    let mut by_cell: HashMap<(L, &str), u64> = HashMap::new();
    let mut by_label: HashMap<L, u64> = HashMap::new();
    let mut by_place: HashMap<&str, u64> = HashMap::new();
    for (v, l) in variants.iter().zip(&labels) {
        *by_cell.entry((l.clone(), v.place.as_str())).or_default() += 1;
        *by_label.entry(l.clone()).or_default() += 1;
        *by_place.entry(v.place.as_str()).or_default() += 1;
    }
    let true_pos: u64 = by_cell.values().map(|&n| choose2(n)).sum();
    let predicted: u64 = by_label.values().map(|&n| choose2(n)).sum();
    let actual: u64 = by_place.values().map(|&n| choose2(n)).sum();
    let mut counts = Counts {
        true_pos,
        false_pos: predicted - true_pos,
        false_neg: actual - true_pos,
        distinct_joined: 0,
    };
    add_distinct(&mut counts, variants, distinct, |a, b| label(a) == label(b));
    counts
}

/// Pair counts for a method that decides pair by pair.
fn evaluate_pairwise(
    variants: &[Variant],
    distinct: &[Distinct],
    same: impl Fn(&str, &str) -> bool,
) -> Counts {
    let mut counts = Counts::default();
    for (i, a) in variants.iter().enumerate() {
        for b in &variants[i + 1..] {
            match (a.place == b.place, same(&a.spelling, &b.spelling)) {
                (true, true) => counts.true_pos += 1,
                (true, false) => counts.false_neg += 1,
                (false, true) => counts.false_pos += 1,
                (false, false) => {}
            }
        }
    }
    add_distinct(&mut counts, variants, distinct, same);
    counts
}

/// Counts the distinct pairs joined; those not already among the variant pairs (one spelling
/// missing from variants.tsv) are added to the false positives.
fn add_distinct(
    counts: &mut Counts,
    variants: &[Variant],
    distinct: &[Distinct],
    same: impl Fn(&str, &str) -> bool,
) {
    let listed: HashSet<&str> = variants.iter().map(|v| v.spelling.as_str()).collect();
    for d in distinct {
        if same(&d.a, &d.b) {
            counts.distinct_joined += 1;
            if !(listed.contains(d.a.as_str()) && listed.contains(d.b.as_str())) {
                counts.false_pos += 1;
            }
        }
    }
}

/// American Soundex of the spelling's ASCII letters (accents stripped first).
fn soundex(s: &str) -> String {
    let letters: Vec<char> = s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let code = |c: char| match c {
        'b' | 'f' | 'p' | 'v' => '1',
        'c' | 'g' | 'j' | 'k' | 'q' | 's' | 'x' | 'z' => '2',
        'd' | 't' => '3',
        'l' => '4',
        'm' | 'n' => '5',
        'r' => '6',
        'h' | 'w' => 'h',
        _ => '0',
    };
    let Some(&first) = letters.first() else {
        return String::new();
    };
    let mut out = first.to_ascii_uppercase().to_string();
    let mut last = code(first);
    for &c in &letters[1..] {
        let d = code(c);
        if d == 'h' {
            continue; // h and w do not separate equal codes
        }
        if d != '0' && d != last {
            out.push(d);
        }
        last = d;
        if out.len() == 4 {
            break;
        }
    }
    format!("{out:0<4}")
}

/// For each English spelling, is its own Arabic name the best-scoring among all Arabic names of
/// the list? With a gazetteer, a spelling it knows is linked through it first.
fn cross_script(variants: &[Variant], gazetteer: &Gazetteer, mode: &str) {
    let mut arabic_names: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for v in variants.iter().filter(|v| !v.arabic.is_empty()) {
        if seen.insert(arabic_index_form(&v.arabic)) {
            arabic_names.push(v.arabic.clone());
        }
    }
    let prepared: Vec<Prepared> = arabic_names.iter().map(|a| Prepared::new(a)).collect();
    let (mut right, mut total) = (0usize, 0usize);
    let mut per_place: HashMap<&str, (usize, usize)> = HashMap::new();
    for v in variants.iter().filter(|v| !v.arabic.is_empty()) {
        let through_gazetteer = gazetteer
            .lookup_latin(&v.spelling)
            .map(|p| p.arabic.clone())
            .filter(|a| !a.is_empty());
        let linked = through_gazetteer.or_else(|| {
            nearest_arabic(&Prepared::new(&v.spelling), &prepared).map(|i| arabic_names[i].clone())
        });
        let ok = linked.is_some_and(|a| arabic_index_form(&a) == arabic_index_form(&v.arabic));
        right += ok as usize;
        total += 1;
        let cell = per_place.entry(&v.place).or_default();
        cell.0 += ok as usize;
        cell.1 += 1;
    }
    let macro_avg = per_place
        .values()
        .map(|&(r, t)| r as f64 / t as f64)
        .sum::<f64>()
        / per_place.len().max(1) as f64;
    println!(
        "Cross-script ({mode}): {right} / {total} spellings = {:.3}; mean per place {:.3}; {} Arabic names",
        right as f64 / total.max(1) as f64,
        macro_avg,
        arabic_names.len()
    );
}
