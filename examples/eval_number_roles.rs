//! How often `check`'s numbers-swapped warning fires on faithful translations, and how often it
//! catches two numbers of a faithful one put in each other's place (docs/check.md, "Swapped
//! numbers").
//!
//! On each gold pair of a set (NTREX-128 news, TICO-19 health, the Quran when fetched by
//! `scripts/fetch-eval-quran.sh`) whose English has two numbers or more:
//! - false alarms: the English sentence against its Arabic;
//! - caught: the English with two of its numbers swapped (the first two counts, measures or
//!   percentages of different values, two words apart or more, that each agree with one Arabic
//!   number; the sentence is left out when it has none).
//!
//! The function is the one `check` calls on the matched window ([`number_roles::swapped`]).
//!
//! Run: `cargo run --release --example eval_number_roles -- [DATA_DIR] [--quran EVAL_DATA_DIR]
//! [--examples]` (`--examples` lists the development half's false alarms and missed swaps).

#[path = "support/mod.rs"]
mod support;

use isnad::align::score::Scorer;
use isnad::checks::number_roles;
use isnad::lexicon::Lexicon;
use isnad::text::numbers;
use isnad::text::Lang;

#[derive(Default)]
struct Tally {
    with_numbers: usize,
    alarms: usize,
    swaps: usize,
    caught: usize,
}

/// The English with its first two swappable numbers in each other's place.
fn with_swap(en: &str, ar: &str) -> Option<String> {
    // The numbers the check compares (`number_roles::counted`: counts, measures, percentages),
    // two words apart or more: what a desk mixes up ("killed 41 … wounded 14"); a swapped year
    // or a reordered range is another error.
    let (e, a) = (
        number_roles::counted(en, Lang::En),
        number_roles::counted(ar, Lang::Ar),
    );
    let swappable: Vec<usize> = (0..e.len())
        .filter(|&i| a.iter().filter(|q| numbers::agree(&e[i], q)).count() == 1)
        .collect();
    for (x, &i) in swappable.iter().enumerate() {
        for &j in &swappable[x + 1..] {
            if e[i].value != e[j].value
                && e[i].end <= e[j].start
                && en[e[i].end..e[j].start].split_whitespace().count() >= 2
            {
                let (first, second) = (&en[e[i].start..e[i].end], &en[e[j].start..e[j].end]);
                return Some(format!(
                    "{}{second}{}{first}{}",
                    &en[..e[i].start],
                    &en[e[i].end..e[j].start],
                    &en[e[j].end..]
                ));
            }
        }
    }
    None
}

fn measure(
    scorer: &Scorer,
    pairs: &[(&str, &str)],
    examples: &mut Vec<String>,
    misses: &mut Vec<String>,
) -> Tally {
    let mut t = Tally::default();
    for &(ar, en) in pairs {
        if numbers::extract(en, Lang::En).len() < 2 {
            continue;
        }
        t.with_numbers += 1;
        if let Some(s) = number_roles::swapped(scorer, en, ar) {
            t.alarms += 1;
            if examples.len() < 30 {
                examples.push(format!("{s:?}\n    en: {en}\n    ar: {ar}"));
            }
        }
        if let Some(swapped) = with_swap(en, ar) {
            t.swaps += 1;
            let hit = number_roles::swapped(scorer, &swapped, ar).is_some();
            t.caught += hit as usize;
            if !hit && misses.len() < 30 {
                misses.push(format!("en: {swapped}\n    ar: {ar}"));
            }
        }
    }
    t
}

fn share(a: usize, b: usize) -> String {
    format!("{:.3} ({a}/{b})", a as f64 / b.max(1) as f64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--examples");
    let (ntrex, tico, quran) = support::gold_corpora(&args);
    let sets = support::pair_sets(&ntrex, &tico, quran.as_ref());
    let scorer = Scorer::new(Lexicon::embedded());
    println!("| set | pairs with 2+ numbers | false alarms | swaps | caught |");
    println!("|---|---|---|---|---|");
    let (mut examples, mut missed) = (Vec::new(), Vec::new());
    for (name, p) in &sets {
        let (mut mine, mut misses) = (Vec::new(), Vec::new());
        let t = measure(&scorer, p, &mut mine, &mut misses);
        if name.contains("dev") {
            (examples, missed) = (mine, misses);
        }
        println!(
            "| {name} | {} | {} | {} | {} |",
            t.with_numbers,
            share(t.alarms, t.with_numbers),
            t.swaps,
            share(t.caught, t.swaps)
        );
    }
    if show {
        println!("\nFalse alarms on the development half:");
        for e in examples {
            println!("- {e}");
        }
        println!("\nSwaps missed on the development half (up to 30):");
        for m in missed {
            println!("- {m}");
        }
    }
}
