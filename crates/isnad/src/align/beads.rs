//! Beads — the pieces of a sentence alignment — and the ladder text format that vecalign and
//! bertalign use for them (`[3]:[3,4]:0.71`, Arabic indices first, 0-based).

use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

use crate::error::{Error, Result};

/// Consecutive Arabic sentences `ar` aligned with consecutive English sentences `en`. One side
/// may be empty (a sentence left out in translation); its range is then empty and sits where
/// the missing sentences would be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    pub ar: Range<usize>,
    pub en: Range<usize>,
    /// Similarity of the joined sentences in [0, 1]; 0 for a bead with an empty side.
    pub score: f64,
}

impl Bead {
    pub fn new(ar: Range<usize>, en: Range<usize>, score: f64) -> Bead {
        Bead { ar, en, score }
    }

    /// Number of sentences on each side: `(1, 2)` for a 1-2 bead.
    pub fn shape(&self) -> (usize, usize) {
        (self.ar.len(), self.en.len())
    }

    /// The bead type as people write it: `1-1`, `1-2`, `1-0` (Arabic count first).
    pub fn label(&self) -> String {
        let (a, e) = self.shape();
        format!("{a}-{e}")
    }

    /// A bead with one empty side (1-0 or 0-1).
    pub fn is_deletion(&self) -> bool {
        self.ar.is_empty() || self.en.is_empty()
    }
}

/// Writes one bead per line, vecalign's format: `[0]:[0]:0.87`, `[3]:[3,4]:0.71`, `[5]:[]:0.00`.
pub fn write_ladder(beads: &[Bead]) -> String {
    let mut out = String::new();
    for b in beads {
        let _ = writeln!(
            out,
            "{}:{}:{:.2}",
            index_list(&b.ar),
            index_list(&b.en),
            b.score
        );
    }
    out
}

fn index_list(range: &Range<usize>) -> String {
    let items: Vec<String> = range.clone().map(|i| i.to_string()).collect();
    format!("[{}]", items.join(","))
}

/// Reads the ladder format. The score is optional (gold files carry none) and index lists may
/// have spaces (`[3, 4]`, Python's list syntax, as vecalign's gold files do). Each side's
/// indices must be consecutive; the empty side of a deletion is placed after the previous bead.
/// `name` is only used in error messages.
pub fn parse_ladder(text: &str, name: &str) -> Result<Vec<Bead>> {
    let mut beads = Vec::new();
    let (mut next_ar, mut next_en) = (0usize, 0usize);
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |what: &str| Error::input_at(name, n + 1, shown(&format!("{what}: `{line}`")));
        let (ar_list, rest) = split_list(line).ok_or_else(|| bad("expected [i,…]:[j,…]"))?;
        let rest = rest
            .strip_prefix(':')
            .ok_or_else(|| bad("expected `:` after the Arabic indices"))?;
        let (en_list, rest) = split_list(rest).ok_or_else(|| bad("expected [j,…] after `:`"))?;
        let score = match rest.strip_prefix(':') {
            Some(s) => s
                .trim()
                .parse::<f64>()
                .map_err(|_| bad("the score is not a number"))?,
            None if rest.trim().is_empty() => 0.0,
            None => return Err(bad("unexpected text after the English indices")),
        };
        let ar = consecutive(ar_list, next_ar).map_err(|m| bad(&m))?;
        let en = consecutive(en_list, next_en).map_err(|m| bad(&m))?;
        if ar.is_empty() && en.is_empty() {
            return Err(bad("a bead with no sentence on either side"));
        }
        // Beads run forward through both documents and account for every sentence once: a
        // bead that goes back, overlaps the one before or skips sentences is a broken file
        // (two ladders pasted together, a hand edit gone wrong).
        for (side, range, next) in [("Arabic", &ar, next_ar), ("English", &en, next_en)] {
            if range.start < next {
                return Err(bad(&format!(
                    "{side} sentence {} is already in an earlier bead; beads must follow the documents' order",
                    range.start
                )));
            }
            if range.start > next {
                return Err(bad(&format!(
                    "{side} sentence {next} is in no bead; a ladder accounts for every sentence (a sentence left out is a bead of its own, `[{next}]:[]` or `[]:[{next}]`)"
                )));
            }
        }
        next_ar = ar.end;
        next_en = en.end;
        beads.push(Bead { ar, en, score });
    }
    Ok(beads)
}

/// A message quoting a line: control characters (a lone CR, which `lines` leaves inside a
/// line) escaped, so the message stays one line.
fn shown(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Splits `[...]rest` into the list's inside and the rest.
fn split_list(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']')?;
    Some((&inner[..close], &inner[close + 1..]))
}

/// Parses `3, 4` into `3..5`; an empty list becomes the empty range at `empty_at`.
fn consecutive(list: &str, empty_at: usize) -> std::result::Result<Range<usize>, String> {
    let indices = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<usize>().map_err(|_| format!("bad index `{s}`")))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    match (indices.first(), indices.last()) {
        (Some(&first), Some(&last)) => {
            if indices
                .windows(2)
                .any(|w| w[0].checked_add(1) != Some(w[1]))
            {
                return Err("indices of one side must be consecutive".into());
            }
            let end = last
                .checked_add(1)
                .ok_or_else(|| format!("index {last} is too large"))?;
            Ok(first..end)
        }
        _ => Ok(empty_at..empty_at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_round_trip() {
        let beads = vec![
            Bead::new(0..1, 0..1, 0.87),
            Bead::new(1..2, 1..3, 0.71),
            Bead::new(2..3, 3..3, 0.0),
            Bead::new(3..3, 3..4, 0.0),
        ];
        let text = write_ladder(&beads);
        assert_eq!(
            text,
            "[0]:[0]:0.87\n[1]:[1,2]:0.71\n[2]:[]:0.00\n[]:[3]:0.00\n"
        );
        assert_eq!(parse_ladder(&text, "t").unwrap(), beads);
    }

    #[test]
    fn reads_python_lists_without_scores() {
        let beads = parse_ladder("[0, 1]:[0]\n\n[2]:[1, 2]:0.5\n", "g").unwrap();
        assert_eq!(beads[0].shape(), (2, 1));
        assert_eq!(beads[1].en, 1..3);
        assert_eq!(beads[1].label(), "1-2");
    }

    #[test]
    fn refuses_gaps_and_garbage_with_the_line() {
        let err = parse_ladder("[0]:[0]\n[1,3]:[1]\n", "g.txt").unwrap_err();
        assert!(err.to_string().starts_with("g.txt:2:"), "{err}");
        assert!(parse_ladder("0:0\n", "g").is_err());
        // Backwards or overlapping beads name their line.
        let err = parse_ladder("[0,1]:[0]\n[1]:[1]\n", "g")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "g:2: Arabic sentence 1 is already in an earlier bead; beads must follow the documents' order: `[1]:[1]`"
        );
        let err = parse_ladder("[0]:[0,1]\n[1]:[0]\n", "g")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g:2: English sentence 0"), "{err}");
        assert!(parse_ladder("[0]:[0]:high\n", "g").is_err());
        // A sentence in no bead, and a bead of no sentence.
        let err = parse_ladder("[0]:[0]\n[2]:[1,2]\n", "g")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("g:2: Arabic sentence 1 is in no bead"),
            "{err}"
        );
        let err = parse_ladder("[0]:[0]\n[]:[]\n", "g")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g:2: a bead with no sentence"), "{err}");
    }

    #[test]
    fn errors_quote_the_line_on_one_line() {
        // Found by tests/fuzz_readers.rs: a lone CR stays inside a line and went into the message.
        let err = parse_ladder("[\r!\n", "g").unwrap_err().to_string();
        assert_eq!(err, "g:1: expected [i,…]:[j,…]: `[\\r!`");
        let err = parse_ladder("[!\r¡]:[]\n", "g").unwrap_err().to_string();
        assert_eq!(err, "g:1: bad index `!\\r¡`: `[!\\r¡]:[]`");
    }

    #[test]
    fn the_largest_index_is_an_error_not_an_overflow() {
        // Found by tests/fuzz_readers.rs: `last + 1` overflowed (a panic in a debug build).
        let max = usize::MAX;
        let err = parse_ladder(&format!("[{max}]:[0]\n"), "g")
            .unwrap_err()
            .to_string();
        assert_eq!(err, format!("g:1: index {max} is too large: `[{max}]:[0]`"));
        assert!(parse_ladder(&format!("[{max}, 0]:[0]\n"), "g").is_err());
    }
}
