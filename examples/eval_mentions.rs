//! Recall and precision of the English place-name finder in varied contexts (issue #15).
//!
//! ```text
//! cargo run --release --example eval_mentions
//! ```
//!
//! Templates: `corpus/eval/names/contexts.txt`, or the file after `--contexts`
//! (`corpus/eval/names/contexts-heldout.txt` is never tuned on) (`{place}`, `{place2}`, `{place3}` slots, `#`
//! comments). Places: the `spelling` column of `corpus/eval/names/outside.tsv` when it exists
//! (places outside the embedded gazetteer), else of `variants.tsv`. Every template is filled with
//! every spelling (the other slots with the next spellings of other places) and the finder is run
//! with an empty gazetteer, with an empty gazetteer and the Arabic names of the inserted places
//! as Arabic evidence (as `isnad names --arabic` gives), and with the embedded one. Recall: an inserted spelling found exactly
//! as one mention. False mentions: mentions that are not an inserted spelling. Then the finder
//! runs over sentences with no place (`corpus/eval/names/no_places.txt`, and the English side of
//! NTREX-128 at `../shared/data/ntrex128-ar-en/newstest2019-src.eng.txt` when that file exists)
//! and every mention there is false. `EVAL_MENTIONS_VERBOSE=1` lists every miss and false
//! mention on standard error.

use std::collections::HashMap;

use isnad::names::gazetteer::Gazetteer;
use isnad::names::mentions::{english, ArabicEvidence};

const CONTEXTS: &str = "corpus/eval/names/contexts.txt";
const OUTSIDE: &str = "corpus/eval/names/outside.tsv";
const VARIANTS: &str = "corpus/eval/names/variants.tsv";
const NO_PLACES: &str = "corpus/eval/names/no_places.txt";
const NTREX: &str = "../shared/data/ntrex128-ar-en/newstest2019-src.eng.txt";

struct Place {
    id: String,
    arabic: String,
    spelling: String,
}

/// Counts of one template in one mode.
#[derive(Default, Clone, Copy)]
struct Counts {
    inserted: usize,
    found: usize,
    false_mentions: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.inserted += o.inserted;
        self.found += o.found;
        self.false_mentions += o.false_mentions;
    }
    fn recall(&self) -> f64 {
        self.found as f64 / self.inserted.max(1) as f64
    }
}

fn read_places() -> (Vec<Place>, &'static str) {
    let (path, text) = match std::fs::read_to_string(OUTSIDE) {
        Ok(t) => (OUTSIDE, t),
        Err(_) => (VARIANTS, std::fs::read_to_string(VARIANTS).expect(VARIANTS)),
    };
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (id, arabic, spelling) = (col("place_id"), col("arabic"), col("spelling"));
    let places = lines
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Place {
                id: f[id].to_string(),
                arabic: f[arabic].to_string(),
                spelling: f[spelling].to_string(),
            }
        })
        .collect();
    (places, path)
}

/// The next spelling after `i` that belongs to none of the places in `taken`.
fn other(places: &[Place], i: usize, taken: &[&str]) -> usize {
    (1..places.len())
        .map(|k| (i + k * 7) % places.len())
        .find(|&k| !taken.contains(&places[k].id.as_str()))
        .unwrap_or(i)
}

fn run(template: &str, places: &[Place], gazetteer: &Gazetteer, with_arabic: bool) -> Counts {
    let mut counts = Counts::default();
    for i in 0..places.len() {
        let j = other(places, i, &[&places[i].id]);
        let k = other(places, j, &[&places[i].id, &places[j].id]);
        let mut text = template.replace("{place}", &places[i].spelling);
        let mut inserted = vec![places[i].spelling.as_str()];
        let mut arabic = vec![places[i].arabic.as_str()];
        for (slot, p) in [("{place2}", j), ("{place3}", k)] {
            if text.contains(slot) {
                text = text.replace(slot, &places[p].spelling);
                inserted.push(&places[p].spelling);
                arabic.push(&places[p].arabic);
            }
        }
        let evidence = if with_arabic {
            ArabicEvidence::from_texts([arabic.join("، ").as_str()])
        } else {
            ArabicEvidence::new()
        };
        let found: Vec<String> = english::find_with(&text, gazetteer, &evidence)
            .into_iter()
            .map(|m| m.surface)
            .collect();
        counts.inserted += inserted.len();
        counts.found += inserted
            .iter()
            .filter(|s| found.iter().any(|f| f == *s))
            .count();
        let false_mentions: Vec<&String> = found
            .iter()
            .filter(|f| !inserted.contains(&f.as_str()))
            .collect();
        counts.false_mentions += false_mentions.len();
        if std::env::var_os("EVAL_MENTIONS_VERBOSE").is_some() {
            for s in inserted.iter().filter(|s| !found.iter().any(|f| f == *s)) {
                eprintln!("missed\t{s}\t{text}");
            }
            for f in false_mentions {
                eprintln!("false\t{f}\t{text}");
            }
        }
    }
    counts
}

fn sentences(path: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect(),
    )
}

fn precision_check(name: &str, lines: &[String], gazetteer: &Gazetteer, label: &str) {
    let mut freq: HashMap<String, usize> = HashMap::new();
    let mut total = 0;
    for l in lines {
        for m in english::find(l, gazetteer) {
            if std::env::var_os("EVAL_MENTIONS_VERBOSE").is_some() {
                eprintln!("false\t{}\t{l}\t{name}, {label}", m.surface);
            }
            *freq.entry(m.surface).or_default() += 1;
            total += 1;
        }
    }
    let mut top: Vec<(String, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(20);
    let list: Vec<String> = top.iter().map(|(s, n)| format!("{s} ({n})")).collect();
    println!(
        "| {name} | {label} | {} | {total} | {:.1} | {} |",
        lines.len(),
        total as f64 * 1000.0 / lines.len().max(1) as f64,
        list.join(", ")
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let contexts = match args.as_slice() {
        [] => CONTEXTS.to_string(),
        [flag, path] if flag == "--contexts" => path.clone(),
        _ => {
            eprintln!("usage: eval_mentions [--contexts FILE]");
            std::process::exit(2);
        }
    };
    let templates = sentences(&contexts).unwrap_or_else(|| panic!("cannot read {contexts}"));
    let (places, source) = read_places();
    let empty = Gazetteer::new();
    let embedded = Gazetteer::embedded();
    println!(
        "{} templates × {} spellings from {source}\n",
        templates.len(),
        places.len()
    );
    println!("| template | recall, empty gazetteer | false | recall, empty + Arabic | false | recall, embedded | false |");
    println!("|---|---|---|---|---|---|---|");
    let mut all = [Counts::default(); 3];
    for t in &templates {
        let modes = [
            run(t, &places, &empty, false),
            run(t, &places, &empty, true),
            run(t, &places, embedded, false),
        ];
        let cells: Vec<String> = modes
            .iter()
            .zip(&mut all)
            .map(|(m, a)| {
                a.add(*m);
                format!("{:.3} | {}", m.recall(), m.false_mentions)
            })
            .collect();
        println!("| `{t}` | {} |", cells.join(" | "));
    }
    let cells: Vec<String> = all
        .iter()
        .map(|m| format!("**{:.3}** | **{}**", m.recall(), m.false_mentions))
        .collect();
    println!(
        "| **all ({} insertions)** | {} |\n",
        all[0].inserted,
        cells.join(" | ")
    );
    println!("| text | gazetteer | sentences | mentions (all false) | per 1,000 sentences | most frequent |");
    println!("|---|---|---|---|---|---|");
    for (name, path) in [
        ("no_places.txt", NO_PLACES),
        ("NTREX-128 newstest2019 English", NTREX),
    ] {
        if let Some(lines) = sentences(path) {
            precision_check(name, &lines, &empty, "empty");
            precision_check(name, &lines, embedded, "embedded");
        }
    }
}
