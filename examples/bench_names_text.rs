//! `isnad names` on a whole archive rather than a report: an English text with N distinct short
//! place names no gazetteer knows (a report has hundreds of names, a book or an archive tens of
//! thousands). Times the two phases in-process (finding mentions, clustering them with the
//! embedded gazetteer), or writes the text for timing the command itself.
//!
//! ```text
//! cargo run --release --example bench_names_text -- 64000                 # time the phases
//! cargo run --release --example bench_names_text -- 64000 /tmp/names-64k.md   # write the text
//! /usr/bin/time -v target/release/isnad names /tmp/names-64k.md --format tsv > /tmp/out.tsv
//! ```
//!
//! Names are made of one to three Arabic-like syllables (Zorvak, Tashin, Kulam), so their key
//! skeletons are short and many unrelated names share one, the worst case for blocking. About
//! one name in four comes with a variant spelling (e/a, o/u, doubled consonant, -a/-ah) written
//! later in the text, so real clusters exist. Every name stands after a place cue (`shelled X`,
//! `in X`), so each is found as a mention. The generator is seeded: the same N writes the same
//! bytes.

use std::collections::HashSet;
use std::time::Instant;

use isnad::names::cluster::{cluster, count_spellings};
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::names::mentions;
use isnad::text::{Document, Lang};

#[path = "support/mod.rs"]
mod support;

use support::Lcg as Rng;

const ONSETS: &[&str] = &[
    "B", "T", "J", "D", "R", "Z", "S", "F", "Q", "K", "L", "M", "N", "W", "Y", "Kh", "Sh", "Gh",
    "Dh", "Th", "H",
];
const CONSONANTS: &[&str] = &[
    "b", "t", "j", "d", "r", "z", "s", "f", "q", "k", "l", "m", "n", "w", "y", "kh", "sh", "gh",
    "v", "p", "h",
];
const VOWELS: &[&str] = &["a", "i", "u", "o", "e", "ou", "ee"];

/// Sentences with a place cue before `{}`; each names one place.
const TEMPLATES: &[&str] = &[
    "Government forces shelled {} on Monday.",
    "Dozens of families fled from {} overnight.",
    "Activists reported clashes near {} after dawn.",
    "The convoy reached {} before noon.",
    "Residents of {} said the water had been cut.",
    "Aid workers arrived in {} on Tuesday.",
];

fn short_name(rng: &mut Rng) -> String {
    let mut name = String::from(ONSETS[rng.below(ONSETS.len())]);
    name.push_str(VOWELS[rng.below(VOWELS.len())]);
    for _ in 0..rng.below(2) {
        name.push_str(CONSONANTS[rng.below(CONSONANTS.len())]);
        name.push_str(VOWELS[rng.below(VOWELS.len())]);
    }
    if rng.below(3) > 0 {
        name.push_str(CONSONANTS[rng.below(CONSONANTS.len())]);
    }
    name
}

/// A spelling of `name` that copy writers would make: one vowel or consonant doubling or a
/// final -ah. None when no change applies.
fn variant(name: &str, rng: &mut Rng) -> Option<String> {
    const SWAPS: &[(&str, &str)] = &[
        ("e", "a"),
        ("a", "e"),
        ("o", "u"),
        ("u", "ou"),
        ("ee", "i"),
        ("i", "ee"),
        ("l", "ll"),
        ("r", "rr"),
        ("k", "q"),
    ];
    let start = rng.below(SWAPS.len());
    for n in 0..SWAPS.len() {
        let (from, to) = SWAPS[(start + n) % SWAPS.len()];
        // Not the first letter: the capital stays.
        if let Some(at) = name[1..].find(from).map(|at| at + 1) {
            let mut s = name.to_string();
            s.replace_range(at..at + from.len(), to);
            return Some(s);
        }
    }
    name.ends_with('a').then(|| format!("{name}h"))
}

/// The text: every name once, then the variants, five sentences a paragraph.
fn generate(n: usize) -> (String, usize) {
    let mut rng = Rng(0x5EED_0000_0000_0001 ^ n as u64);
    let mut seen: HashSet<String> = HashSet::new();
    let mut names: Vec<String> = Vec::with_capacity(n);
    let mut variants: Vec<String> = Vec::new();
    while names.len() + variants.len() < n {
        let name = short_name(&mut rng);
        if !seen.insert(name.clone()) {
            continue;
        }
        names.push(name.clone());
        if rng.below(4) == 0 && names.len() + variants.len() < n {
            if let Some(v) = variant(&name, &mut rng).filter(|v| seen.insert(v.clone())) {
                variants.push(v);
            }
        }
    }
    let mut text = String::new();
    for (i, name) in names.iter().chain(&variants).enumerate() {
        let template = TEMPLATES[rng.below(TEMPLATES.len())];
        text.push_str(&template.replace("{}", name));
        text.push_str(if i % 5 == 4 { "\n\n" } else { " " });
    }
    (text, variants.len())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4_000);
    let (text, variants) = generate(n);
    let summary = format!(
        "{n} distinct names ({variants} variants), {} bytes",
        text.len()
    );
    if let Some(path) = args.next() {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
        println!("{path}: {summary}");
        return;
    }
    println!("{summary}");
    let gazetteer = Gazetteer::embedded();
    let doc = Document::from_text("names.md", &text, Some(Lang::En));
    let started = Instant::now();
    let found = mentions::find(&doc, gazetteer);
    let finding = started.elapsed();
    let started = Instant::now();
    let counts = count_spellings(found.iter().map(|m| m.surface.as_str()));
    let clusters = cluster(&counts, gazetteer, &HouseStyle::new());
    let clustering = started.elapsed();
    let flagged = clusters.iter().filter(|c| c.has_variants()).count();
    println!(
        "{} mentions in {:.3} s; {} distinct spellings, {} clusters ({flagged} with variants) in {:.3} s",
        found.len(),
        finding.as_secs_f64(),
        counts.len(),
        clusters.len(),
        clustering.as_secs_f64()
    );
}
