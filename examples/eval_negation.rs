//! How often `check`'s negation-mismatch warning fires on faithful translations, and how often
//! it catches a negation added to or dropped from a faithful one (docs/check.md, "Negation").
//!
//! On each gold pair of a set (NTREX-128 news, TICO-19 health, the Quran's Saheeh International
//! rendering when fetched by `scripts/fetch-eval-quran.sh`):
//! - false alarms: the English sentence against its Arabic (the quote renders its whole source),
//!   and a 5–12-word fragment of it (the quote renders part of it: only an added negation can
//!   be flagged);
//! - caught: the English sentence with its negation taken out, where it has one (`not`, `n't`,
//!   `never` removed), and with `not` put after its first auxiliary (`was` → `was not`) where it
//!   has none; and a 5–12-word fragment of the sentence without its negation, around the place
//!   the negator was (1–4 words before it, the rest after), as a quote that leaves out the
//!   reporting frame and the negation would be. An edit that leaves the meaning unchanged (the Arabic carries the negation in a
//!   word the list reads as negative in meaning) is a miss by design, counted as one.
//!
//! The function is the one `check` calls on the matched window ([`negation::compare`]); the
//! window comes from the matcher, measured in `eval_check`.
//!
//! Run: `cargo run --release --example eval_negation -- [DATA_DIR] [--quran EVAL_DATA_DIR]`

#[path = "support/mod.rs"]
mod support;

use isnad::align::score::Scorer;
use isnad::checks::negation::{self, NegationMismatch};
use isnad::lexicon::Lexicon;
use isnad::text::Lang;
use support::Lcg;

const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "should",
    "must", "does", "do", "did", "may", "might",
];

/// The sentence with its first negator taken out, if it has one, and the word position the
/// negator had.
fn without_negation(en: &str) -> Option<(String, usize)> {
    let words: Vec<&str> = en.split(' ').collect();
    let at = words.iter().position(|w| {
        let w = w.to_lowercase().replace('’', "'");
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        w == "not" || w == "never" || w.ends_with("n't")
    })?;
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    let w = out[at].replace('’', "'");
    if let Some(stem) = w.strip_suffix("n't") {
        // won't → will, can't → can, don't → do.
        out[at] = match stem.to_lowercase().as_str() {
            "wo" => "will".into(),
            "ca" => "can".into(),
            "sha" => "shall".into(),
            _ => stem.to_string(),
        };
    } else {
        out.remove(at);
    }
    Some((out.join(" "), at))
}

/// The sentence with `not` after its first auxiliary, if it has one and no negator.
fn with_negation(en: &str) -> Option<String> {
    let words: Vec<&str> = en.split(' ').collect();
    let at = words
        .iter()
        .position(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))?;
    let mut out: Vec<&str> = words.clone();
    out.insert(at + 1, "not");
    Some(out.join(" "))
}

#[derive(Default)]
struct Tally {
    pairs: usize,
    whole_alarms: usize,
    fragments: usize,
    fragment_alarms: usize,
    dropped: usize,
    dropped_caught: usize,
    dropped_fragments: usize,
    dropped_fragments_caught: usize,
    added: usize,
    added_caught: usize,
}

fn measure(scorer: &Scorer, pairs: &[(&str, &str)], examples: &mut Vec<String>) -> Tally {
    let mut t = Tally::default();
    let mut rng = Lcg(0x05ee_d0ff_2026);
    // Its own sequence, so that the false alarms' fragments stay the ones measured before.
    let mut around = Lcg(0x0d20_99ed_2026);
    for &(ar, en) in pairs {
        if ar.trim().is_empty() || en.trim().is_empty() {
            continue;
        }
        t.pairs += 1;
        let quoted_by = |fragment: &str| {
            scorer.english_matches(
                &[scorer.prepare(ar, Lang::Ar)],
                &[scorer.prepare(fragment, Lang::En)],
            )
        };
        if let Some(m) = negation::compare_quoted(en, ar, true, &quoted_by(en)) {
            t.whole_alarms += 1;
            if examples.len() < 40 {
                examples.push(format!("{m:?}\n    en: {en}\n    ar: {ar}"));
            }
        }
        let words: Vec<&str> = en.split_whitespace().collect();
        if words.len() >= 8 {
            let len = 5 + rng.below(8.min(words.len() - 4));
            let start = rng.below(words.len() - len + 1);
            t.fragments += 1;
            let fragment = words[start..start + len].join(" ");
            // What `check` gives the comparison: the Arabic words the fragment was matched to.
            t.fragment_alarms +=
                negation::compare_quoted(&fragment, ar, false, &quoted_by(&fragment)).is_some()
                    as usize;
        }
        if let Some((flipped, at)) = without_negation(en) {
            t.dropped += 1;
            t.dropped_caught += matches!(
                negation::compare_quoted(&flipped, ar, true, &quoted_by(&flipped)),
                Some(NegationMismatch::Dropped { .. } | NegationMismatch::Fewer { .. })
            ) as usize;
            let words: Vec<&str> = flipped.split_whitespace().collect();
            let start = at.saturating_sub(1 + around.below(4));
            let end = (start + 5 + around.below(8)).min(words.len());
            if end >= start + 5 && end > at {
                let fragment = words[start..end].join(" ");
                t.dropped_fragments += 1;
                t.dropped_fragments_caught += matches!(
                    negation::compare_quoted(&fragment, ar, false, &quoted_by(&fragment)),
                    Some(NegationMismatch::Dropped { .. } | NegationMismatch::Fewer { .. })
                ) as usize;
            }
        } else if let Some(flipped) = with_negation(en) {
            t.added += 1;
            t.added_caught += matches!(
                negation::compare_quoted(&flipped, ar, true, &quoted_by(&flipped)),
                Some(NegationMismatch::Added { .. })
            ) as usize;
        }
    }
    t
}

fn share(a: usize, b: usize) -> String {
    format!("{:.3} ({a}/{b})", a as f64 / b.max(1) as f64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (ntrex, tico, quran) = support::gold_corpora(&args);
    let sets = support::pair_sets(&ntrex, &tico, quran.as_ref());
    println!("| set | pairs | false alarms, whole | false alarms, fragments | negation dropped, caught | dropped from a fragment, caught | negation added, caught |");
    println!("|---|---|---|---|---|---|---|");
    let mut dev_examples = Vec::new();
    let scorer = Scorer::new(Lexicon::embedded());
    for (name, set) in &sets {
        // Only the development half's false alarms are shown: the others are for reporting.
        let mut examples = Vec::new();
        let t = measure(&scorer, set, &mut examples);
        if name.contains("dev") {
            dev_examples = examples;
        }
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            t.pairs,
            share(t.whole_alarms, t.pairs),
            share(t.fragment_alarms, t.fragments),
            share(t.dropped_caught, t.dropped),
            share(t.dropped_fragments_caught, t.dropped_fragments),
            share(t.added_caught, t.added),
        );
    }
    println!("\nFalse alarms on whole sentences, NTREX-128 dev half:");
    for e in dev_examples {
        println!("  {e}");
    }
}
