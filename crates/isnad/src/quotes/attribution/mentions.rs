//! Where the report names a declared outlet, what it calls it ("Al-Mayadeen television"),
//! and whether it disputes what is around it ("denied by Orient News").

use super::*;

/// An explicit mention of a declared outlet in the report (offsets into the prose).
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) outlet: usize,
    /// The sentence (unit) the mention stands in, as a range of the prose.
    pub(super) sentence: (usize, usize),
    /// The outlet disputes what is around it ("denied by Orient News", "Unlike Al-Mayadeen",
    /// "Orient News disputed this"): it credits no quote outside its own sentence.
    pub(super) disputing: bool,
}

/// Whether byte `at` of the prose lies inside one of `mentions` (sorted, not overlapping).
pub(super) fn inside_a_mention(mentions: &[Mention], at: usize) -> bool {
    let i = mentions.partition_point(|m| m.start <= at);
    i > 0 && at < mentions[i - 1].end
}

/// `s` (lowercase ASCII letters for the article) with the Arabic article folded: at the start
/// of a word, "al-", "al ", "el-" and "el " before a letter are all "al" run together with the
/// word ("al-mayadeen", "al mayadeen", "el-mayadeen" and "almayadeen" are one form); with, for
/// each byte of the folded text, the offset of the byte of `s` it comes from.
pub(super) fn fold_articles(s: &str) -> (String, Vec<usize>) {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut i = 0;
    for (at, c) in s.char_indices() {
        if at < i {
            continue;
        }
        let word_start = s[..at]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let article = word_start
            && matches!(b.get(at..at + 2), Some(b"al" | b"el"))
            && matches!(b.get(at + 2), Some(b'-' | b' '))
            && s[at + 3..].chars().next().is_some_and(char::is_alphabetic);
        if article {
            out.push_str("al");
            map.extend([at, at + 1]);
            i = at + 3;
            continue;
        }
        out.push(c);
        map.extend(at..at + c.len_utf8());
        i = at + c.len_utf8();
    }
    (out, map)
}

/// An outlet's name as it is compared with another: lowercase, one space between words, the
/// article folded ([`fold_articles`]: "Al Jazeera", "Al-Jazeera", "aljazeera" and "El-Jazeera"
/// are one name).
pub fn folded_outlet_name(name: &str) -> String {
    let spaced = name.split_whitespace().collect::<Vec<_>>().join(" ");
    fold_articles(&spaced.to_lowercase()).0
}

/// The mentions of `outlets` in the prose of a report: case-insensitive (ASCII), whole words,
/// any run of white space in a name matching any run in the report, the article written any
/// way ([`fold_articles`]: "Al Mayadeen" and "Almayadeen" name the declared "Al-Mayadeen"), but
/// not across sentences, and not a name used as a place ([`used_as_place`]: "the city of
/// al-Mayadeen", "residents of al-Mayadeen").
pub(super) fn outlet_mentions(report: &Prose<'_>, outlets: &[Outlet]) -> Vec<Mention> {
    // ASCII case folding keeps every byte where it was, so offsets found in `lower` are offsets
    // into the prose (full Unicode lowercasing changes lengths: İ is two bytes, i̇ three); the
    // folded text maps each of its bytes back to one of `lower`.
    let lower = report.text.to_ascii_lowercase();
    let (folded, map) = fold_articles(&lower);
    let mut found: Vec<Mention> = Vec::new();
    for (oi, o) in outlets.iter().enumerate() {
        for name in o.names() {
            // The prose has one space wherever the report has white space; so has the needle.
            let spaced = name
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase();
            let needle = fold_articles(&spaced).0;
            if needle.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(p) = folded[from..].find(&needle) {
                let (fstart, fend) = (from + p, from + p + needle.len());
                from = fend;
                let (start, end) = (map[fstart], map[fend - 1] + 1);
                if at_word_boundary(&lower, start, end) && report.within_a_sentence(start, end) {
                    found.push(Mention {
                        start,
                        end,
                        outlet: oi,
                        sentence: report.sentence_around(start, end),
                        disputing: false,
                    });
                }
            }
        }
    }
    // Longest match wins where names overlap ("Al-Sahel TV" over "Sahel").
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Mention> = Vec::new();
    for m in found {
        if out.last().is_some_and(|l| m.start < l.end) {
            continue;
        }
        out.push(m);
    }
    out.retain(|m| !used_as_place(report.text, m));
    let disputing: Vec<bool> = out.iter().map(|m| disputes(report.text, m, &out)).collect();
    for (m, d) in out.iter_mut().zip(disputing) {
        m.disputing = d;
    }
    out
}

/// Words saying that an outlet disputes a claim rather than carries it.
pub(super) const DISPUTE_WORDS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "disputed",
    "disputes",
    "disputing",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "refuted",
    "refutes",
    "contradicted",
    "contradicts",
    "rebutted",
    "contested",
    "debunked",
    "unlike",
];

/// Words saying that an outlet left a story out: disputes too, but the words it left out may
/// follow a comma ("SANA ignored the explosion, which "…"").
pub(super) const SILENCE_WORDS: &[&str] = &["ignored", "ignores", "ignoring", "silent"];

pub(super) fn is_dispute_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    DISPUTE_WORDS.contains(&w.as_str()) || SILENCE_WORDS.contains(&w.as_str())
}

/// Words that negate what follows them: "did not report", "made no mention", "never aired".
const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "didn't",
    "didn\u{2019}t",
    "hasn't",
    "hadn't",
    "haven't",
    "wasn't",
    "doesn't",
    "don't",
    "nor",
    "neither",
    "without",
];

/// What an outlet does when it carries a story: said after a negator, it did not carry it.
const CARRYING: &[&str] = &[
    "report",
    "reported",
    "reporting",
    "reports",
    "mention",
    "mentioned",
    "mentioning",
    "carry",
    "carried",
    "carrying",
    "cover",
    "covered",
    "covering",
    "coverage",
    "publish",
    "published",
    "air",
    "aired",
    "broadcast",
    "reference",
];

/// Where, in `ws` (lowercase words in text order), a word of carrying stands one or two words
/// after a negator ("did not report", "made no mention", "has not yet reported", "not
/// reported by"): the index of the carrying word.
pub(super) fn negated_carrying(ws: &[&str]) -> Option<usize> {
    (0..ws.len()).find_map(|i| {
        NEGATORS.contains(&ws[i]).then_some(())?;
        (i + 1..ws.len().min(i + 3)).find(|&j| CARRYING.contains(&ws[j]))
    })
}

/// Whether a dispute word stands within four words of mention `m`, in its clause, or a negated
/// word of carrying ([`negated_carrying`]: "SANA did not report the incident", "SANA made no
/// mention of the blast", "not reported by SANA"): the scan stops at punctuation, a quotation
/// mark, another outlet's mention, or a reporting verb that is not a dispute word nor the
/// negated one ("Orient News said the army denied it" does not dispute, nor does "Orient News
/// said the army did not report losses").
pub(super) fn disputes(text: &str, m: &Mention, mentions: &[Mention]) -> bool {
    const STOPS: &[char] = &[
        ',', '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '(', ')',
    ];
    let other = |at: usize| inside_a_mention(mentions, at);
    let (lo, hi) = m.sentence;
    // Backwards from the mention.
    let before = &text[lo..m.start];
    let tail = tail_start(before, 5);
    let cut = tail
        + before[tail..]
            .char_indices()
            .rfind(|(_, c)| STOPS.contains(c))
            .map_or(0, |(p, c)| p + c.len_utf8());
    // The clause's last words before the mention, nearest first, up to another mention.
    let back: Vec<String> = word_spans(&before[cut..])
        .into_iter()
        .rev()
        .take(4)
        .take_while(|&(at, _)| !other(lo + cut + at))
        .map(|(_, w)| w.to_ascii_lowercase())
        .collect();
    // "not reported by SANA": a negated word of carrying, after any other reporting verb.
    let in_order: Vec<&str> = back.iter().rev().map(String::as_str).collect();
    let last_verb = in_order
        .iter()
        .rposition(|w| REPORTING_VERBS.contains(w))
        .filter(|&v| negated_carrying(&in_order) != Some(v));
    let since = last_verb.map_or(0, |v| v + 1);
    if negated_carrying(&in_order[since..]).is_some() {
        return true;
    }
    for w in &back {
        if is_dispute_word(w) {
            return true;
        }
        if REPORTING_VERBS.contains(&w.as_str()) {
            break;
        }
    }
    let after = &text[m.end..hi];
    let cut = after.find(STOPS).unwrap_or(after.len());
    let ahead: Vec<String> = words(&after[..cut])
        .take(5)
        .take_while(|&(at, _)| !other(m.end + at))
        .map(|(_, w)| w.to_ascii_lowercase())
        .collect();
    let ahead: Vec<&str> = ahead.iter().map(String::as_str).collect();
    for (i, w) in ahead.iter().enumerate().take(4) {
        if is_dispute_word(w) || (NEGATORS.contains(w) && negated_carrying(&ahead[i..]).is_some()) {
            return true;
        }
        if REPORTING_VERBS.contains(w) {
            break;
        }
    }
    false
}

/// The kinds of each outlet: its declared (or guessed) kind, and the kinds the report gives it
/// by a noun right next to its name ("Al-Mayadeen television", "the broadcaster Al-Mayadeen",
/// "the Orient News website") or in an apposition ("Al-Mayadeen, a Beirut-based network,"). A
/// kind the report gives replaces `other` and is added to any other kind.
pub(super) fn outlet_kinds(
    report: &Prose<'_>,
    outlets: &[Outlet],
    mentions: &[Mention],
) -> Vec<Vec<OutletKind>> {
    let text = report.text;
    let inside_a_mention = |at: usize| inside_a_mention(mentions, at);
    let mut learned: Vec<Vec<OutletKind>> = vec![Vec::new(); outlets.len()];
    for m in mentions {
        let (lo, hi) = m.sentence;
        let mut found: Vec<OutletKind> = Vec::new();
        // The word right after the name, separated by white space only.
        let after = &text[m.end..hi];
        if after.starts_with(' ') {
            if let Some((at, w)) = words(after).next() {
                if after[..at].trim().is_empty() && !inside_a_mention(m.end + at) {
                    found.extend(OutletKind::described_by(&w.to_ascii_lowercase()));
                }
            }
        }
        // The word right before it.
        let before = &text[lo..m.start];
        if before.ends_with(' ') {
            let tail = tail_start(before, 2);
            if let Some(&(at, w)) = word_spans(&before[tail..]).last() {
                let at = tail + at;
                if before[at + w.len()..].trim().is_empty() && !inside_a_mention(lo + at) {
                    found.extend(OutletKind::described_by(&w.to_ascii_lowercase()));
                }
            }
        }
        // An apposition: ", a/an/the [up to three words] NOUN" closed by a comma or the
        // sentence's end.
        if let Some(&(_, last)) = apposition(text, m, mentions).last() {
            found.extend(OutletKind::described_by(&last.to_ascii_lowercase()));
        }
        for k in found {
            if !learned[m.outlet].contains(&k) {
                learned[m.outlet].push(k);
            }
        }
    }
    outlets
        .iter()
        .zip(learned)
        .map(|(o, mut learned)| {
            if learned.is_empty() {
                vec![o.kind]
            } else {
                if o.kind != OutletKind::Other && !learned.contains(&o.kind) {
                    learned.insert(0, o.kind);
                }
                learned
            }
        })
        .collect()
}

/// The words of an apposition right after mention `m` — ", a/an/the [up to three words] NOUN"
/// closed by a comma or the sentence's end ("Al Jazeera, a Doha-based network,") — without its
/// determiner; empty when there is none or it names another outlet.
fn apposition<'t>(text: &'t str, m: &Mention, mentions: &[Mention]) -> Vec<(usize, &'t str)> {
    let after = &text[m.end..m.sentence.1];
    let Some(rest) = after.strip_prefix(", ") else {
        return Vec::new();
    };
    let base = m.end + 2;
    let clause_end = rest.find([',', '.', ';', ':', '"']).unwrap_or(rest.len());
    let words: Vec<(usize, &str)> = words(&rest[..clause_end]).take(6).collect();
    let det = words
        .first()
        .is_some_and(|(_, w)| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the"));
    let closed = rest[clause_end..].starts_with([',', '.', ';']) || clause_end == rest.len();
    if det
        && closed
        && (2..=5).contains(&words.len())
        && !words
            .iter()
            .any(|&(a, _)| inside_a_mention(mentions, base + a))
    {
        words[1..].to_vec()
    } else {
        Vec::new()
    }
}

/// Words that may stand right before an outlet's name without describing it.
const NOT_DESCRIPTORS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "to",
    "by",
    "of",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "and",
    "or",
    "but",
    "while",
    "as",
    "when",
    "after",
    "before",
    "unlike",
    "like",
    "meanwhile",
    "however",
    "also",
    "both",
    "even",
    "only",
];

/// The words the report describes each outlet with, as [`descriptor_root`]s: an apposition
/// ("Al Jazeera, a Doha-based network," → doha, network) and the words right before its name
/// ("Qatar's Al Jazeera" → qatar; "Saudi-owned Al Arabiya" → saudi; "the pan-Arab channel Al
/// Arabiya" → pan-arab, channel). Before the name, the words back to a determiner are taken
/// (up to four, within the clause); without a determiner, only those that look like a
/// description: a possessive, a hyphenated word, a capitalized word, an outlet noun.
pub(super) fn outlet_descriptions(
    report: &Prose<'_>,
    outlets: &[Outlet],
    mentions: &[Mention],
) -> Vec<Vec<String>> {
    let text = report.text;
    let mut out: Vec<Vec<String>> = vec![Vec::new(); outlets.len()];
    for m in mentions {
        let mut words: Vec<&str> = apposition(text, m, mentions)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        let before = &text[m.sentence.0..m.start];
        if before.ends_with(' ') {
            let tail = tail_start(before, 6);
            let spans: Vec<(usize, &str)> = word_spans(&before[tail..])
                .into_iter()
                .map(|(at, w)| (tail + at, w))
                .collect();
            let mut run: Vec<&str> = Vec::new();
            let mut end = before.len();
            let mut determined = false;
            for &(at, w) in spans.iter().rev().take(5) {
                let gap = &before[at + w.len()..end];
                let lw = w.to_ascii_lowercase();
                if !gap.trim().is_empty()
                    || inside_a_mention(mentions, m.sentence.0 + at)
                    || REPORTING_VERBS.contains(&lw.as_str())
                    || is_dispute_word(&lw)
                {
                    break;
                }
                if matches!(lw.as_str(), "the" | "a" | "an") {
                    determined = true;
                    break;
                }
                if NOT_DESCRIPTORS.contains(&lw.as_str()) || run.len() == 4 {
                    break;
                }
                run.push(w);
                end = at;
            }
            if !determined {
                let looks_like = |w: &&&str| {
                    let lw = w.to_ascii_lowercase();
                    without_possessive(&lw) != lw
                        || w.trim_matches('-').contains('-')
                        || w.starts_with(char::is_uppercase)
                        || OutletKind::described_by(&lw).is_some()
                };
                let keep = run.iter().take_while(looks_like).count();
                run.truncate(keep);
            }
            words.extend(run);
        }
        for w in words {
            let root = descriptor_root(w);
            if !root.is_empty() && !out[m.outlet].contains(&root) {
                out[m.outlet].push(root);
            }
        }
    }
    out
}

/// A description word reduced to what it says: lower case, no possessive, no participle after
/// a hyphen ("Qatar's" → qatar, "Doha-based" → doha, "Saudi-owned" → saudi, "state-run" →
/// state; "pro-government" and "pan-Arab" stay whole).
pub(super) fn descriptor_root(w: &str) -> String {
    const PARTICIPLES: &[&str] = &[
        "based",
        "owned",
        "run",
        "funded",
        "backed",
        "controlled",
        "affiliated",
        "linked",
        "financed",
        "led",
        "aligned",
        "operated",
        "sponsored",
        "headquartered",
    ];
    let lower = w.to_lowercase();
    let w = without_possessive(&lower);
    match w.rsplit_once('-') {
        Some((head, tail)) if !head.is_empty() && PARTICIPLES.contains(&tail) => head.to_string(),
        _ => w.to_string(),
    }
}

/// Whether two description roots say the same: equal, or a place and its demonym ("qatar" and
/// "qatari", "syria" and "syrian", "lebanon"… not "britain" and "british").
pub(super) fn roots_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4
        && long
            .strip_prefix(short)
            .is_some_and(|rest| matches!(rest, "i" | "n" | "an" | "ian" | "ese" | "ish"))
}

pub(super) fn at_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

pub(super) fn contains_word(haystack: &str, word: &str) -> bool {
    haystack
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}
