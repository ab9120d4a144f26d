//! Evaluates place-name variant clustering and cross-script linking against
//! `corpus/eval/names/variants.tsv` and `distinct.tsv` (see the README there).
//!
//! ```text
//! cargo run --release --example eval_names [--variants V.tsv --distinct D.tsv]
//! cargo run --release --example eval_names -- --set outside [--split dev|test|all]
//! ```
//!
//! `--set outside` measures generalization on places no hand-made list has
//! (`corpus/eval/names/outside.tsv`); tune on `--split dev` only. The default set (the Levant
//! places of the hand-made gazetteer) also runs a leave-one-out check.
//!
//! Prints a Markdown table: pairwise precision, recall and F1 over all pairs of spellings (same
//! `place_id` = positive; the `distinct.tsv` pairs added as negatives), and how many distinct
//! pairs each method joins, for isnad with no gazetteer, with the gazetteer's variant lists
//! withheld, and with the full gazetteer, and for three baselines. Then the cross-script link
//! rate: the share of English spellings whose best-scoring Arabic name, among all Arabic names
//! of the list, is their own.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Instant;

use isnad::names::cluster::{cluster, cluster_with_arabic, count_spellings};
use isnad::names::cross::ArabicNames;
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
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let split = flag("--split").unwrap_or_else(|| "all".into());
    match flag("--set").as_deref() {
        // Places no hand-made list has (corpus/eval/names/outside.tsv): generalization.
        Some("outside") => {
            let variants: Vec<Variant> = read_outside("corpus/eval/names/outside.tsv")
                .into_iter()
                .filter(|(_, s)| split == "all" || *s == split)
                .map(|(v, _)| v)
                .collect();
            let distinct = read_distinct("corpus/eval/names/outside-distinct.tsv");
            println!("Places outside the hand-made gazetteer, split {split}.");
            evaluate_set(&variants, &distinct);
        }
        _ => {
            let variants = read_variants(
                &flag("--variants").unwrap_or_else(|| "corpus/eval/names/variants.tsv".into()),
            );
            let distinct = read_distinct(
                &flag("--distinct").unwrap_or_else(|| "corpus/eval/names/distinct.tsv".into()),
            );
            evaluate_set(&variants, &distinct);
            println!();
            leave_one_out(&variants);
        }
    }
}

fn evaluate_set(variants: &[Variant], distinct: &[Distinct]) {
    let places: HashSet<&str> = variants.iter().map(|v| v.place.as_str()).collect();
    println!(
        "{} spellings of {} places; {} distinct pairs\n",
        variants.len(),
        places.len(),
        distinct.len()
    );
    // The Arabic names of the list stand for the sources a user passes with --arabic.
    let sources = ArabicNames::from_texts(variants.iter().map(|v| v.arabic.as_str()));
    let none = ArabicNames::default();
    let full = Gazetteer::embedded();
    let withheld = full.without_variants();
    let empty = Gazetteer::new();
    println!("| method | precision | recall | F1 | distinct pairs joined |");
    println!("|---|---|---|---|---|");
    for (name, gazetteer, arabic) in [
        ("isnad, key + score, no gazetteer", &empty, &none),
        (
            "isnad, no gazetteer, Arabic of the sources",
            &empty,
            &sources,
        ),
        (
            "isnad, key + score, gazetteer variants withheld",
            &withheld,
            &none,
        ),
        ("isnad, full gazetteer", full, &none),
        (
            "isnad, full gazetteer and Arabic of the sources",
            full,
            &sources,
        ),
    ] {
        let started = Instant::now();
        let label = isnad_labels(variants, distinct, gazetteer, arabic);
        let counts = evaluate_labels(variants, distinct, |s| label[s].clone());
        eprintln!("{name}: {:.2} s", started.elapsed().as_secs_f64());
        if std::env::var_os("EVAL_SHOW_JOINS").is_some() {
            show_wrong_joins(name, variants, &label);
        }
        println!("{}", counts.row(name, distinct.len()));
    }
    let exact = evaluate_labels(variants, distinct, |s| s.to_lowercase());
    println!(
        "{}",
        exact.row("exact match after lowercasing", distinct.len())
    );
    let soundex_counts = evaluate_labels(variants, distinct, soundex);
    println!("{}", soundex_counts.row("Soundex equality", distinct.len()));
    let lev = evaluate_pairwise(variants, distinct, |a, b| {
        strsim::levenshtein(&a.to_lowercase(), &b.to_lowercase()) <= 2
    });
    println!(
        "{}",
        lev.row("Levenshtein ≤ 2 (lowercased)", distinct.len())
    );

    println!();
    cross_script(variants, &empty, "key + score, no gazetteer");
    cross_script(variants, full, "full gazetteer first, then key + score");
    tied_to_sources(variants, &sources);
}

/// Leave-one-out over the hand-made gazetteer: each place removed from it in turn, its
/// spellings clustered with the rest of the gazetteer loaded. A place counts as recovered when
/// all its spellings fall in one cluster that holds no other place's spelling.
fn leave_one_out(variants: &[Variant]) {
    let full = Gazetteer::embedded();
    let mut by_place: Vec<(&str, Vec<&str>)> = Vec::new();
    for v in variants {
        match by_place.iter_mut().find(|(p, _)| *p == v.place) {
            Some((_, spellings)) => spellings.push(&v.spelling),
            None => by_place.push((&v.place, vec![&v.spelling])),
        }
    }
    let (mut whole, mut pairs_right, mut pairs) = (0usize, 0u64, 0u64);
    for (place, spellings) in &by_place {
        let mut g = Gazetteer::new();
        for p in full.places().iter().filter(|p| p.id != *place) {
            g.add(p.clone());
        }
        let counts = count_spellings(spellings.iter().copied());
        let clusters = cluster(&counts, &g, &HouseStyle::new());
        let largest = clusters.iter().map(|c| c.members.len()).max().unwrap_or(0);
        whole += (clusters.len() == 1) as usize;
        let n = counts.len() as u64;
        pairs += n * n.saturating_sub(1) / 2;
        pairs_right += clusters
            .iter()
            .map(|c| {
                let k = c.members.len() as u64;
                k * k.saturating_sub(1) / 2
            })
            .sum::<u64>();
        let _ = largest;
    }
    println!(
        "Leave-one-out (each hand-made place removed from the gazetteer in turn): {whole} / {} places in one cluster = {:.3}; pairwise recall {:.3}",
        by_place.len(),
        whole as f64 / by_place.len().max(1) as f64,
        pairs_right as f64 / pairs.max(1) as f64
    );
}

/// For each English spelling, is it tied to its own Arabic name among the runs of the sources
/// (here: every Arabic name of the list), from the Arabic letters alone? Spellings tied to
/// nothing count as wrong.
fn tied_to_sources(variants: &[Variant], sources: &ArabicNames) {
    let (mut right, mut tied, mut total) = (0usize, 0usize, 0usize);
    for v in variants.iter().filter(|v| !v.arabic.is_empty()) {
        total += 1;
        if let Some(t) = sources.tie(&Prepared::new(&v.spelling)) {
            tied += 1;
            right += (arabic_index_form(sources.surface(t.name)) == arabic_index_form(&v.arabic))
                as usize;
        }
    }
    println!(
        "Cross-script (tied to the sources' Arabic, no gazetteer): {right} / {total} spellings = {:.3}; {tied} tied to some name ({:.3} of those right)",
        right as f64 / total.max(1) as f64,
        right as f64 / tied.max(1) as f64
    );
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

/// outside.tsv: `place_id, arabic, spelling, country, split, origin`, with each row's split.
fn read_outside(path: &str) -> Vec<(Variant, String)> {
    read_tsv(path, 5)
        .into_iter()
        .map(|c| {
            (
                Variant {
                    place: c[0].clone(),
                    arabic: c[1].clone(),
                    spelling: c[2].clone(),
                },
                c[4].clone(),
            )
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
    arabic: &ArabicNames,
) -> HashMap<String, String> {
    let all = variants
        .iter()
        .map(|v| v.spelling.as_str())
        .chain(distinct.iter().flat_map(|d| [d.a.as_str(), d.b.as_str()]));
    let spellings = count_spellings(all);
    let mut label = HashMap::new();
    for c in cluster_with_arabic(&spellings, gazetteer, &HouseStyle::new(), arabic) {
        for m in c.members {
            label.insert(m.spelling, c.id.clone());
        }
    }
    label
}

/// With `EVAL_SHOW_JOINS` set: each cluster that holds spellings of more than one place, to
/// stderr, for the error analysis on the dev split.
fn show_wrong_joins(method: &str, variants: &[Variant], label: &HashMap<String, String>) {
    let mut by_label: BTreeMap<&str, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for v in variants {
        by_label
            .entry(label[&v.spelling].as_str())
            .or_default()
            .entry(v.place.as_str())
            .or_default()
            .push(v.spelling.as_str());
    }
    for (cluster, places) in by_label.iter().filter(|(_, p)| p.len() > 1) {
        eprintln!("{method}: {cluster}: {places:?}");
    }
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
        let ok = linked
            .as_ref()
            .is_some_and(|a| arabic_index_form(a) == arabic_index_form(&v.arabic));
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
