//! Who speaks in a quote's sentence, and the phrases that credit it: reporting verbs,
//! "according to X", back-references ("the Beirut-based network"), a sentence pointing back
//! ("That was the claim of X").

use super::*;

pub(super) const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "adds",
    "reported",
    "reports",
    "claimed",
    "claims",
    "stated",
    "announced",
    "wrote",
    "writes",
    "noted",
    "cautioned",
    "warned",
    "insisted",
    "confirmed",
    "denied",
    "explained",
    "asserted",
    "alleged",
    "specified",
    "quoted",
    "cited",
    "touted",
    "tweeted",
    "posted",
    "published",
    "described",
    "called",
    "broadcast",
    "aired",
    "according",
    "documented",
    "recorded",
    "counted",
    "estimated",
    "continued",
    "went",
];

/// Words that say an outlet carries another's words, right before the other's name (up to
/// three words between: "citing a report by Orient TV", "quoted by Orient TV").
const RELAY_CUES: &[&str] = &["citing", "quoting", "quoted", "cited"];

/// Where a relay cue ends `s` (the text before an outlet's name): "citing", "quoting",
/// "quoted", "cited" or "according to", then at most three words and no punctuation — "Nahar
/// TV said, citing Orient TV", "Nahar TV quoted Orient TV as saying", "according to Orient
/// TV". Returns the cue's offset in `s`.
pub(super) fn relay_cue(s: &str) -> Option<usize> {
    let words = word_spans(s);
    let n = words.len();
    (n.saturating_sub(4)..n).find_map(|j| {
        let (at, w) = words[j];
        let w = w.to_ascii_lowercase();
        let is_cue = RELAY_CUES.contains(&w.as_str())
            || (w == "according"
                && words
                    .get(j + 1)
                    .is_some_and(|(_, t)| t.eq_ignore_ascii_case("to")));
        let tail = &s[at..];
        (is_cue
            && tail
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\''))
        .then_some(at)
    })
}

/// Whether a sentence opens by pointing back at what came before: a demonstrative pronoun and a
/// form of "be" ("That was the claim of …", "This is what … reported", "That's …"), or "So
/// said …".
pub(super) fn points_back(s: &str) -> bool {
    let words = word_spans(s);
    let w = |i: usize| words.get(i).map(|(_, w)| w.to_ascii_lowercase());
    match (w(0).as_deref(), w(1).as_deref()) {
        (Some("that's" | "this's" | "that\u{2019}s"), _) => true,
        (
            Some("this" | "that" | "these" | "those" | "such"),
            Some("is" | "was" | "are" | "were" | "remains" | "remained"),
        ) => true,
        (Some("so"), Some(v)) => REPORTING_VERBS.contains(&v),
        _ => false,
    }
}

/// Nouns for what an outlet publishes and who writes it: "the statement said", "its
/// correspondent reported" speak for the outlet.
pub(super) const OUTLET_VOICE: &[&str] = &[
    "report",
    "reports",
    "statement",
    "article",
    "post",
    "bulletin",
    "broadcast",
    "story",
    "dispatch",
    "piece",
    "headline",
    "caption",
    "tweet",
    "video",
    "footage",
    "programme",
    "program",
    "newscast",
    "editorial",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "editor",
    "anchor",
    "presenter",
    "media",
];

/// Whether a quote's speaker is someone other than an outlet: anything but a pronoun ("it",
/// "they"), a possessive that points back at an outlet ("its correspondent", "their sources"),
/// or a noun after "the/this/that" for an outlet or what it publishes ("the statement", "the
/// report", "the network").
pub(super) fn speaks_for_itself(speaker: &str) -> bool {
    let words: Vec<String> = word_spans(speaker)
        .into_iter()
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    if words.len() == 1 && matches!(first.as_str(), "it" | "they") {
        return false;
    }
    if matches!(first.as_str(), "its" | "their") {
        return false;
    }
    let refers_back = matches!(first.as_str(), "the" | "this" | "that");
    let outlet_noun = words.iter().any(|w| {
        let w = without_possessive(w);
        (!OutletKind::for_noun(w).is_empty() && w != "source") || OUTLET_VOICE.contains(&w)
    });
    !(refers_back && outlet_noun)
}

pub(super) fn has_reporting_verb(s: &str) -> bool {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| REPORTING_VERBS.contains(&w))
}

/// Finds "the [adjectives] NOUN" where NOUN names a kind of outlet; returns the phrase and kinds.
pub(super) fn back_reference(s: &str) -> Option<(String, &'static [OutletKind])> {
    let words: Vec<(usize, &str)> = word_spans(s);
    for (i, &(_, w)) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        // "the channel's correspondent" refers back as "the channel" does.
        let lw = without_possessive(&lw);
        let kinds = OutletKind::for_noun(lw);
        if kinds.is_empty() {
            continue;
        }
        // "group" alone is too common ("a group of fighters"); it needs a determiner and
        // a qualifier: "the monitoring group", "the rights group".
        let det = (0..i).rev().take(4).find(|&j| {
            let d = words[j].1.to_lowercase();
            d == "the" || d == "this" || d == "that"
        });
        let Some(d) = det else { continue };
        if lw == "group" && i - d < 2 {
            continue;
        }
        let start = words[d].0;
        let end = words[i].0 + w.len();
        return Some((s[start..end].to_string(), kinds));
    }
    None
}

/// A word without its possessive ending: "channel's" → "channel".
pub(super) fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// The words of `s` with their offsets.
pub(super) fn word_spans(s: &str) -> Vec<(usize, &str)> {
    words(s).collect()
}

/// The words of `s` with their offsets, read as they are asked for: a caller that wants the
/// first word of a long gap reads one word, not the gap (a report on one line makes gaps as long
/// as the report).
pub(super) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut chars = s.char_indices().peekable();
    let mut prev = None;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some((i, c)) = chars.next() {
            // Word processors type the apostrophe as ’ (or ʼ): inside a word when between
            // letters (`Observatory’s`, `O’Neill`), a closing quotation mark otherwise.
            let typographic = matches!(c, '\u{2019}' | '\u{2bc}')
                && prev.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            prev = Some(c);
            let inside = c.is_alphanumeric() || c == '-' || c == '\'' || typographic;
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => return Some((st, &s[st..i])),
                _ => {}
            }
        }
        start.map(|st| (st, &s[st..]))
    })
}

/// How many words after a quote can hold its speaker and verb (six before the verb, four after
/// it in the inverted order).
const SPEAKER_WORDS: usize = 12;
/// How many white-space-separated tokens before a quote can hold its speaker: its verb among the
/// last four words, eight words of subject before that, or an `according to X,` clause.
const BEFORE_TOKENS: usize = 64;

/// Where the last `n` white-space-separated tokens of `s` start (0 when it has fewer).
pub(super) fn tail_start(s: &str, n: usize) -> usize {
    let mut tokens = 0;
    let mut in_token = false;
    for (i, c) in s.char_indices().rev() {
        if !c.is_whitespace() {
            in_token = true;
            continue;
        }
        if in_token {
            tokens += 1;
            if tokens == n {
                return i + c.len_utf8();
            }
        }
        in_token = false;
    }
    0
}

/// `according to X, …` at the start of `s` (after white space and punctuation): where X stands
/// in `s`, up to the next comma or clause end.
pub(super) fn according_to(s: &str) -> Option<(usize, usize)> {
    const CUE: &str = "according to ";
    // Eight words fit in this many bytes; a longer run without punctuation is not X.
    const MAX_WHO_BYTES: usize = 256;
    let trimmed = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let cue = trimmed.get(..CUE.len())?;
    if !cue.eq_ignore_ascii_case(CUE) {
        return None;
    }
    let start = s.len() - trimmed.len() + CUE.len();
    let mut limit = (start + MAX_WHO_BYTES).min(s.len());
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let region = &s[start..limit];
    let who = match region.find([',', ';', ':', '.', '"', '“', '”']) {
        Some(end) => &region[..end],
        None if limit < s.len() => return None,
        None => region,
    };
    let lead = who.len() - who.trim_start().len();
    let who = who.trim();
    let words = who.split_whitespace().take(9).count();
    (1..=8)
        .contains(&words)
        .then(|| (start + lead, start + lead + who.len()))
}

/// Words that sit between a subject and its verb without being part of who speaks.
pub(super) const ADVERBS: &[&str] = &[
    "also",
    "later",
    "earlier",
    "then",
    "further",
    "again",
    "reportedly",
    "both",
    "first",
    "initially",
    "originally",
    "previously",
    "separately",
    "publicly",
    "recently",
    "repeatedly",
    "subsequently",
];

/// Words that end the clause holding the subject, looking back from the verb.
pub(super) const CLAUSE_BREAKS: &[&str] = &[
    "that", "and", "while", "as", "which", "but", "after", "when", "who", "whereas",
];

/// Conjunctions that open a clause of its own: `"A" and Nahar TV said "B"`, `"A", while
/// Al-Watan reported "B"`.
pub(super) const NEW_CLAUSE: &[&str] = &[
    "and", "while", "but", "whereas", "whilst", "or", "though", "although", "yet",
];

/// Forms of "be" and "have" and modals: a reporting verb after a form of "be" is passive ("needs
/// were estimated at"), and none of them is part of who speaks.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "must", "should",
];

/// Words after which "the" or "a" goes on the same noun phrase ("the head of the ministry").
const LINKS: &[&str] = &[
    "of", "for", "at", "in", "to", "with", "from", "on", "by", "and", "or", "near", "inside",
];

/// The words of `s` (the text before a reporting verb) that can be its subject: an aside
/// between commas that ends right before the verb is dropped ("A regime officer, asked about
/// the fighting, insisted" → "A regime officer"; "Al-Mayadeen, for its part, said"), then
/// whatever precedes the last comma ("Unlike Al-Mayadeen, Orient News said" → "Orient News").
pub(super) fn subject_clause(s: &str) -> &str {
    let mut s = s.trim_end();
    if let Some(inner) = s.strip_suffix(',') {
        if let Some(open) = inner.rfind(',') {
            if inner[..open].chars().any(char::is_alphanumeric) {
                s = &inner[..open];
            }
        }
    }
    match s.rfind(',') {
        Some(p) if s[p + 1..].chars().any(char::is_alphanumeric) => &s[p + 1..],
        _ => s,
    }
}

/// Who speaks, as the report puts it, and where those words stand in the prose.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Speaker {
    pub(super) text: String,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Whether word `i` of `words` is a reporting verb in the active voice ("needs were estimated"
/// reports nothing).
fn reporting_verb_at(words: &[(usize, &str)], i: usize) -> bool {
    let lower = |w: &str| w.to_lowercase();
    REPORTING_VERBS.contains(&lower(words[i].1).as_str())
        && !(i > 0 && AUXILIARIES.contains(&lower(words[i - 1].1).as_str()))
}

/// The speaker made of `words` (offsets from `base`), as a name or a noun phrase: words without
/// a letter or digit (a closing `'`) and adverbs dropped, clause text before the noun phrase
/// cut (anything up to a number, a form of "be" or "have" or a reporting verb; anything before
/// a "the"/"a" that does not follow a preposition: "… 200 wounded the ministry" → "the
/// ministry"), and leading conjunctions stripped ("and Al-Watan" → "Al-Watan").
fn phrase(base: usize, words: &[(usize, &str)]) -> Option<Speaker> {
    let lower = |w: &str| w.to_lowercase();
    let mut ws: Vec<(usize, &str)> = words
        .iter()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .filter(|(_, w)| !ADVERBS.contains(&lower(w).as_str()))
        .map(|&(at, w)| {
            let t = w.trim_start_matches(['\'', '\u{2019}']);
            (at + w.len() - t.len(), t)
        })
        .collect();
    if let Some(p) = ws.iter().rposition(|(_, w)| {
        let l = lower(w);
        w.chars().any(|c| c.is_ascii_digit())
            || AUXILIARIES.contains(&l.as_str())
            || REPORTING_VERBS.contains(&l.as_str())
    }) {
        ws.drain(..=p);
    }
    if let Some(p) = (1..ws.len()).rev().find(|&i| {
        matches!(lower(ws[i].1).as_str(), "the" | "a" | "an")
            && !LINKS.contains(&lower(ws[i - 1].1).as_str())
    }) {
        ws.drain(..p);
    }
    while ws
        .first()
        .is_some_and(|(_, w)| NEW_CLAUSE.contains(&lower(w).as_str()))
    {
        ws.remove(0);
    }
    let (&(first, _), &(last, last_word)) = (ws.first()?, ws.last()?);
    Some(Speaker {
        text: ws.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" "),
        start: base + first,
        end: base + last + last_word.len(),
    })
}

/// The speaker of `according to X` at the start of `text[from..to]`.
fn according_to_at(text: &str, from: usize, to: usize) -> Option<Speaker> {
    let (a, b) = according_to(&text[from..to])?;
    let (a, b) = (from + a, from + b);
    Some(Speaker {
        text: text[a..b].to_string(),
        start: a,
        end: b,
    })
}

/// The subject of the reporting verb right next to the quote — `"…," SPEAKER said`,
/// `SPEAKER said: "…"`, `according to SPEAKER, "…"` — when it can be told with confidence. A
/// clause after the quote that opens with a conjunction (`"A" and Nahar TV said "B"`) is a new
/// one: its subject is not this quote's speaker.
pub(super) fn speaker(
    text: &str,
    before: (usize, usize),
    after: (usize, usize),
) -> Option<Speaker> {
    // After the quote: at most six words up to the verb, no comma in between. Only the first
    // words are read (and below only the last before it), however long the sentence.
    let after_s = &text[after.0..after.1];
    let words: Vec<(usize, &str)> = words(after_s).take(SPEAKER_WORDS).collect();
    let new_clause = words
        .first()
        .is_some_and(|(_, w)| NEW_CLAUSE.contains(&w.to_lowercase().as_str()));
    if let Some(who) = according_to_at(text, after.0, after.1) {
        return Some(who);
    }
    let verb = (0..words.len()).find(|&i| reporting_verb_at(&words, i));
    if let (false, Some(v)) = (new_clause, verb) {
        let gap = &after_s[..words[v].0];
        let gap_ok = !gap
            .trim_start_matches([',', ' ', '"', '”', '’', '\''])
            .contains([',', ';', '.']);
        if gap_ok && (1..=6).contains(&v) {
            if let Some(who) = phrase(after.0, &words[..v]) {
                return Some(who);
            }
        }
        // Inverted order: `"…," said the commander`, up to a comma (`said Al-Mayadeen,
        // echoing …` → `Al-Mayadeen`).
        if v == 0 && gap_ok {
            let clause_end = after_s[words[0].0..]
                .find([',', ';', ':', '.'])
                .map_or(after_s.len(), |p| words[0].0 + p);
            let tail: Vec<(usize, &str)> = words[1..]
                .iter()
                .take_while(|(at, _)| *at < clause_end)
                .take(4)
                .copied()
                .collect();
            if let Some(who) = phrase(after.0, &tail) {
                return Some(who);
            }
        }
    }
    // Before the quote: `according to X, "…"` (X may be a verb-like noun: `reports`), else the
    // verb among the last four words.
    let before = (
        before.0 + tail_start(&text[before.0..before.1], BEFORE_TOKENS),
        before.1,
    );
    let before_s = &text[before.0..before.1];
    if let Some(at) = before_s.to_ascii_lowercase().rfind("according to ") {
        // ASCII case folding keeps byte offsets.
        if let Some(who) = according_to_at(text, before.0 + at, before.1) {
            return Some(who);
        }
    }
    let words = word_spans(before_s);
    let v = (0..words.len())
        .rev()
        .find(|&i| reporting_verb_at(&words, i))?;
    if words.len() - v > 5 {
        return None;
    }
    if words[v].1.eq_ignore_ascii_case("according") {
        return according_to_at(text, before.0 + words[v].0, before.1);
    }
    let window_start = words[v.saturating_sub(8)].0;
    let window = &before_s[window_start..words[v].0];
    let clause = subject_clause(window);
    let clause_at = before.0 + window_start + (clause.as_ptr() as usize - window.as_ptr() as usize);
    let subject = word_spans(clause);
    let cut = subject
        .iter()
        .rposition(|(_, w)| CLAUSE_BREAKS.contains(&w.to_lowercase().as_str()))
        .map_or(0, |p| p + 1);
    phrase(clause_at, &subject[cut..])
}
