//! Names the report gives outlets that are not declared sources ("the Qatari broadcaster
//! Al-Jazeera", "Reuters said"), and the staff an outlet is named with ("Nahar TV's
//! correspondent"): an undeclared name between a back-reference and a declared outlet is what
//! "the channel" may mean, so it blocks the credit; a quote credited to one is reported as such.

use super::*;

/// A name standing for someone who may be what a later back-reference means, though it is not a
/// declared outlet (offsets into the prose).
#[derive(Debug, Clone)]
pub(super) struct Undeclared {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) name: String,
    /// The kinds the report gives it ("broadcaster" → tv); empty: unknown, any.
    pub(super) kinds: Vec<OutletKind>,
    /// An outlet rather than a person or a party: named with an outlet noun, a name that says
    /// its kind ("… News"), or a well-known international outlet.
    pub(super) outlet_like: bool,
}

/// International outlets reports often quote, lowercase, with one space between words; compared
/// with the article folded ([`folded_outlet_name`]: "Al Jazeera", "Aljazeera").
const KNOWN_OUTLETS: &[&str] = &[
    "reuters",
    "afp",
    "agence france-presse",
    "ap",
    "associated press",
    "al-jazeera",
    "al-arabiya",
    "bbc",
    "cnn",
    "sky news",
    "anadolu",
    "xinhua",
    "tass",
    "ria novosti",
    "sputnik",
    "bloomberg",
    "dpa",
    "efe",
    "sana",
    "al-mayadeen",
    "asharq al-awsat",
    "al-quds al-arabi",
];

/// Whether `start..end` of the prose overlaps one of `mentions` (sorted, not overlapping).
pub(super) fn overlaps_a_mention(mentions: &[Mention], start: usize, end: usize) -> bool {
    let i = mentions.partition_point(|m| m.end <= start);
    mentions.get(i).is_some_and(|m| m.start < end)
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// Whether `w` may be part of a proper name: capitalized, or `al-`/`el-` before a capital.
fn name_word(w: &str) -> bool {
    let w = w
        .strip_prefix("al-")
        .or_else(|| w.strip_prefix("el-"))
        .unwrap_or(w);
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether capitalized word `w` may only describe an outlet, never name it: a participle after
/// a hyphen ("Doha-based", "Saudi-owned", "Kurdish-run", "Iran-backed") or a stance
/// ("pro-Hezbollah", "anti-Assad", "pan-Arab").
fn describes_only(w: &str) -> bool {
    let lw = lower(w);
    let plain = lw
        .strip_suffix("'s")
        .or_else(|| lw.strip_suffix("\u{2019}s"))
        .unwrap_or(&lw);
    descriptor_root(w) != plain
        || ["pro-", "anti-", "pan-"]
            .iter()
            .any(|p| plain.strip_prefix(p).is_some_and(|r| !r.is_empty()))
}

/// Whether capitalized word `w` describes an outlet rather than names it, after "the" ("the
/// Qatari channel"): [`describes_only`], or a people's name — a word ending as demonyms do
/// ("Qatari", "Saudi", "Lebanese", "Turkish", "Syrian", "American") or "Arab", "French",
/// "Dutch", "Greek", "Swiss"; not an `al-` name ("Al-Rayyan").
fn describes(w: &str) -> bool {
    let lw = lower(w);
    if describes_only(w) {
        return true;
    }
    if lw.starts_with("al-") || lw.starts_with("el-") || lw.contains('-') || lw.len() < 4 {
        return false;
    }
    ["i", "ese", "ish", "ian", "an"]
        .iter()
        .any(|e| lw.ends_with(e))
        || matches!(lw.as_str(), "arab" | "french" | "dutch" | "greek" | "swiss")
}

/// Whether `s` is a proper name: every word capitalized (or `al-…`), the first not a
/// determiner or pronoun, and not all of them common English words ("Residents" is not one)
/// unless the name says an outlet's kind ("Sky News").
pub(super) fn is_proper_name(s: &str) -> bool {
    let words = word_spans(s);
    let Some(&(_, first)) = words.first() else {
        return false;
    };
    const NOT_NAMES: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "he",
        "she", "his", "her", "we", "our", "i", "you", "some", "many", "one", "two",
    ];
    !NOT_NAMES.contains(&lower(first).as_str())
        && words.iter().all(|(_, w)| name_word(w))
        && (words.iter().any(|(_, w)| {
            let plain = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            !crate::names::gazetteer::is_common_english_word(plain)
        }) || names_an_outlet(s))
}

/// Whether `name` is an outlet by itself: a name that says its kind ("Sky News", "… TV") or a
/// well-known international outlet.
pub(super) fn names_an_outlet(name: &str) -> bool {
    let folded = folded_outlet_name(name);
    OutletKind::guess(&[name]) != OutletKind::Other
        || KNOWN_OUTLETS
            .iter()
            .any(|k| folded_outlet_name(k) == folded)
}

/// The undeclared outlets the report introduces with an outlet noun: "the Qatari broadcaster
/// Al-Jazeera", "Al-Jazeera television", "Al-Jazeera, a Qatari network,". A name overlapping a
/// declared outlet's mention is not one.
pub(super) fn introduced_outlets(text: &str, mentions: &[Mention]) -> Vec<Undeclared> {
    let words = word_spans(text);
    // Words joined by one space only (no punctuation between): one phrase.
    let joined = |i: usize| {
        i + 1 < words.len() && &text[words[i].0 + words[i].1.len()..words[i + 1].0] == " "
    };
    let taken = |i: usize| {
        let (at, w) = words[i];
        overlaps_a_mention(mentions, at, at + w.len())
    };
    // The name of capitalized words starting at word `i` and going forwards (or ending there and
    // going backwards), one space apart.
    let name_from = |i: usize, forwards: bool| -> Option<(usize, usize)> {
        let ok = |j: usize| name_word(words[j].1) && !taken(j);
        if !ok(i) {
            return None;
        }
        let (mut a, mut b) = (i, i);
        if forwards {
            while b + 1 < words.len() && joined(b) && ok(b + 1) && b - a < 4 {
                b += 1;
            }
        } else {
            while a > 0 && joined(a - 1) && ok(a - 1) && b - a < 4 {
                a -= 1;
            }
        }
        let (start, end) = (words[a].0, words[b].0 + words[b].1.len());
        is_proper_name(&text[start..end]).then_some((start, end))
    };
    let mut out: Vec<Undeclared> = Vec::new();
    for (i, &(_, w)) in words.iter().enumerate() {
        let Some(kind) = OutletKind::described_by(&w.to_ascii_lowercase()) else {
            continue;
        };
        // "broadcaster Al-Jazeera", "Al-Jazeera television".
        let mut found = None;
        if joined(i) {
            found = name_from(i + 1, true);
        }
        if found.is_none() && i > 0 && joined(i - 1) {
            // Not "a Qatari network": an adjective, the name is elsewhere. Nor "the Qatari
            // channel", "the Doha-based network", "Saudi-owned channel Al Arabiya": words
            // that describe an outlet are no name ("Syrian TV" is one).
            found = name_from(i - 1, false).filter(|&(start, end)| {
                let before = &text[..start];
                let det = before.trim_end().rsplit(' ').next().map(lower);
                let spaced = before.ends_with(' ');
                let words = word_spans(&text[start..end]);
                let describing = words.iter().all(|(_, w)| describes(w));
                let never_a_name = words.iter().all(|(_, w)| describes_only(w));
                let determined = spaced
                    && det.as_deref().is_some_and(|d| {
                        matches!(d, "the" | "a" | "an")
                            || (d.contains('-') && d == d.to_lowercase())
                    });
                !(matches!(det.as_deref(), Some("a" | "an")) && spaced)
                    && !(describing && (determined || never_a_name))
            });
        }
        // "Al-Jazeera, a Qatari network," — the noun ends an apposition of up to four words.
        if found.is_none() {
            let det = (i.saturating_sub(4)..i).find(|&j| {
                matches!(lower(words[j].1).as_str(), "a" | "an" | "the")
                    && j > 0
                    && &text[words[j - 1].0 + words[j - 1].1.len()..words[j].0] == ", "
            });
            let closed = text[words[i].0 + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';'));
            if let (Some(j), true) = (det, closed) {
                found = name_from(j - 1, false);
            }
        }
        if let Some((start, end)) = found {
            match out.iter_mut().find(|u| u.start == start && u.end == end) {
                Some(u) if !u.kinds.contains(&kind) => u.kinds.push(kind),
                Some(_) => {}
                None => out.push(Undeclared {
                    start,
                    end,
                    name: text[start..end].to_string(),
                    kinds: vec![kind],
                    outlet_like: true,
                }),
            }
        }
    }
    out
}

/// An outlet's staff or output named with it: "Nahar TV's correspondent", "the Nahar TV
/// correspondent"; `outlet` is empty when the owner is not a declared outlet ("Al-Jazeera's
/// correspondent").
#[derive(Debug, Clone)]
pub(super) struct Voice {
    pub(super) at: usize,
    /// The noun, lowercase ("correspondent").
    pub(super) noun: String,
    pub(super) outlet: Option<usize>,
}

/// Every noun of [`OUTLET_VOICE`] the report gives an owner, in order.
pub(super) fn voices(text: &str, mentions: &[Mention]) -> Vec<Voice> {
    let words = word_spans(text);
    let mut out = Vec::new();
    for (i, &(at, w)) in words.iter().enumerate() {
        let noun = lower(w);
        if !OUTLET_VOICE.contains(&noun.as_str()) {
            continue;
        }
        // Up to two words between the owner and the noun, no punctuation.
        for j in (i.saturating_sub(3)..i).rev() {
            let (wa, ww) = words[j];
            let gap = &text[wa + ww.len()..at];
            if gap.contains(|c: char| !c.is_alphanumeric() && c != ' ' && c != '-' && c != '\'') {
                break;
            }
            let end = wa + ww.len();
            let stem = ww
                .strip_suffix("'s")
                .or_else(|| ww.strip_suffix("\u{2019}s"));
            let owner_end = stem.map_or(end, |s| wa + s.len());
            // Mentions do not overlap: their ends are in order too.
            let by_mention = mentions
                .get(mentions.partition_point(|m| m.end < owner_end))
                .filter(|m| m.end == owner_end);
            if let Some(m) = by_mention {
                out.push(Voice {
                    at,
                    noun: noun.clone(),
                    outlet: Some(m.outlet),
                });
                break;
            }
            if let Some(stem) = stem {
                if name_word(stem) && is_proper_name(stem) {
                    out.push(Voice {
                        at,
                        noun: noun.clone(),
                        outlet: None,
                    });
                }
                break;
            }
        }
    }
    out
}
