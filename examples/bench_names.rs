//! Clustering throughput: 100,000 mentions of a few thousand names, each written in varied
//! spellings, clustered with the embedded gazetteer (levant.csv and the GeoNames extract, some
//! 2,800 places). Target: under 2 s on one core (release). Also prints how long the embedded
//! gazetteer takes to load (decompress, parse, index), once per process.
//!
//! ```text
//! cargo run --release --example bench_names [MENTIONS]
//! ```
//!
//! The names are the embedded gazetteer's preferred spellings plus synthetic Arabic-like names;
//! each mention picks a name (a few are frequent, most are rare) and a spelling variant made by
//! the substitutions real copy makes (e/a, o/u/ou, q/k, doubled letters, article forms, -a/-ah/-eh).
//! The generator is seeded, so every run clusters the same input.

use std::time::Instant;

use isnad::names::cluster::{cluster, count_spellings};
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;

const SYNTHETIC_NAMES: usize = 3_000;

/// xorshift64*: small, seeded, good enough to vary spellings.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn synthetic_name(rng: &mut Rng) -> String {
    const CONSONANTS: &[&str] = &[
        "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "f", "q", "k", "l", "m",
        "n", "w", "y", "gh",
    ];
    const VOWELS: &[&str] = &["a", "i", "u", "aa", "ee", "ou"];
    const HEADS: &[&str] = &[
        "", "", "", "Kafr ", "Tal ", "Deir ", "Ain ", "Jabal ", "Khirbet ",
    ];
    let syllables = 2 + rng.below(2);
    let mut name = String::new();
    for _ in 0..syllables {
        name.push_str(rng.pick(CONSONANTS));
        name.push_str(rng.pick(VOWELS));
    }
    if rng.below(2) == 0 {
        name.push_str(rng.pick(CONSONANTS));
    }
    let mut chars = name.chars();
    let capitalized: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect();
    format!("{}{}", rng.pick(HEADS), capitalized)
}

/// One spelling variant of `name`, as copy writers make them.
fn vary(name: &str, rng: &mut Rng) -> String {
    const SWAPS: &[(&str, &str)] = &[
        ("e", "a"),
        ("a", "e"),
        ("ou", "u"),
        ("u", "ou"),
        ("o", "u"),
        ("q", "k"),
        ("ee", "i"),
        ("i", "ee"),
        ("sh", "ch"),
        ("Kafr ", "Kfar "),
        ("Tal ", "Tell "),
        ("Deir ", "Dayr "),
        ("Jabal ", "Jebel "),
        ("al-", "el-"),
        ("l", "ll"),
        ("r", "rr"),
        ("dh", "z"),
    ];
    let mut s = name.to_string();
    for _ in 0..rng.below(3) {
        let (from, to) = SWAPS[rng.below(SWAPS.len())];
        if let Some(at) = s.find(from) {
            s.replace_range(at..at + from.len(), to);
        }
    }
    match rng.below(6) {
        0 if s.ends_with('a') => s.push('h'),
        1 if !s.contains(' ') => s.insert_str(0, "al-"),
        2 if s.contains("Kafr ") => s = s.replacen("Kafr ", "Kafr", 1),
        _ => {}
    }
    s
}

fn main() {
    let mentions: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let loading = Instant::now();
    let gazetteer = Gazetteer::embedded();
    println!(
        "embedded gazetteer: {} places loaded in {:.1} ms",
        gazetteer.len(),
        loading.elapsed().as_secs_f64() * 1000.0
    );
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let mut names: Vec<String> = gazetteer
        .places()
        .iter()
        .map(|p| p.preferred.clone())
        .collect();
    names.extend((0..SYNTHETIC_NAMES).map(|_| synthetic_name(&mut rng)));
    // A few names are frequent (the first tenth takes half the mentions), most are rare.
    let spellings: Vec<String> = (0..mentions)
        .map(|_| {
            let i = if rng.below(2) == 0 {
                rng.below(names.len() / 10)
            } else {
                rng.below(names.len())
            };
            vary(&names[i], &mut rng)
        })
        .collect();

    let started = Instant::now();
    let counts = count_spellings(spellings.iter().map(String::as_str));
    let clusters = cluster(&counts, gazetteer, &HouseStyle::new());
    let elapsed = started.elapsed();
    let flagged = clusters.iter().filter(|c| c.has_variants()).count();
    println!(
        "{mentions} mentions of {} names: {} distinct spellings, {} clusters ({flagged} with variants) in {:.3} s",
        names.len(),
        counts.len(),
        clusters.len(),
        elapsed.as_secs_f64()
    );
}
