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
        (!OutletKind::for_noun(w).is_empty() && w != "source") || OUTLET_VOICE.contains(&w.as_str())
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
        let kinds = OutletKind::for_noun(&lw);
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

pub(super) fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = s.char_indices().peekable();
    let mut prev = None;
    while let Some((i, c)) = chars.next() {
        // Word processors type the apostrophe as ’ (or ʼ): inside a word when between letters
        // (`Observatory’s`, `O’Neill`), a closing quotation mark otherwise.
        let typographic = matches!(c, '\u{2019}' | '\u{2bc}')
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        prev = Some(c);
        let inside = c.is_alphanumeric() || c == '-' || c == '\'' || typographic;
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// `according to X, …` at the start of `s` (after white space and punctuation): X, up to the
/// next comma or clause end.
pub(super) fn according_to(s: &str) -> Option<String> {
    let trimmed = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = trimmed.to_lowercase();
    let rest = lower.strip_prefix("according to ")?;
    let start = trimmed.len() - rest.len();
    let who = trimmed[start..]
        .split([',', ';', ':', '.', '"', '“', '”'])
        .next()
        .unwrap_or("")
        .trim();
    let words = who.split_whitespace().count();
    (1..=8).contains(&words).then(|| who.to_string())
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
];

/// Words that end the clause holding the subject, looking back from the verb.
pub(super) const CLAUSE_BREAKS: &[&str] = &[
    "that", "and", "while", "as", "which", "but", "after", "when",
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

/// The subject of the reporting verb right next to the quote — `"…," SPEAKER said`,
/// `SPEAKER said: "…"`, `according to SPEAKER, "…"` — when it can be told with confidence.
pub(super) fn speaker(text: &str, before: (usize, usize), after: (usize, usize)) -> Option<String> {
    let is_verb = |w: &str| REPORTING_VERBS.contains(&w.to_lowercase().as_str());
    // After the quote: at most six words up to the verb, no comma in between.
    let after_s = &text[after.0..after.1];
    let words = word_spans(after_s);
    if let Some(who) = according_to(after_s) {
        return Some(who);
    }
    if let Some(v) = words.iter().position(|(_, w)| is_verb(w)) {
        let gap = &after_s[..words[v].0];
        let gap_ok = !gap
            .trim_start_matches([',', ' ', '"', '”', '’', '\''])
            .contains([',', ';', '.']);
        if gap_ok && (1..=6).contains(&v) {
            let subject: Vec<&str> = words[..v]
                .iter()
                .map(|(_, w)| *w)
                .filter(|w| !ADVERBS.contains(&w.to_lowercase().as_str()))
                .collect();
            return Some(subject.join(" "));
        }
        // Inverted order: `"…," said the commander`, up to a comma (`said Al-Mayadeen,
        // echoing …` → `Al-Mayadeen`).
        if v == 0 && gap_ok {
            let clause_end = after_s[words[0].0..]
                .find([',', ';', ':', '.'])
                .map_or(after_s.len(), |p| words[0].0 + p);
            let tail: Vec<&str> = words[1..]
                .iter()
                .take_while(|(at, _)| *at < clause_end)
                .take(4)
                .map(|(_, w)| *w)
                .collect();
            if !tail.is_empty() {
                return Some(tail.join(" "));
            }
        }
    }
    // Before the quote: `according to X, "…"` (X may be a verb-like noun: `reports`), else the
    // verb among the last four words.
    let before_s = &text[before.0..before.1];
    if let Some(at) = before_s.to_lowercase().rfind("according to ") {
        // Lower-casing keeps byte offsets for ASCII; elsewhere `according_to` finds nothing.
        if let Some(who) = before_s.get(at..).and_then(according_to) {
            return Some(who);
        }
    }
    let words = word_spans(before_s);
    let v = words.iter().rposition(|(_, w)| is_verb(w))?;
    if words.len() - v > 5 {
        return None;
    }
    if words[v].1.eq_ignore_ascii_case("according") {
        return according_to(&before_s[words[v].0..]);
    }
    let window = &before_s[words[v.saturating_sub(8)].0..words[v].0];
    let subject: Vec<&str> = word_spans(subject_clause(window))
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let cut = subject
        .iter()
        .rposition(|w| CLAUSE_BREAKS.contains(&w.to_lowercase().as_str()))
        .map_or(0, |p| p + 1);
    let phrase: Vec<&str> = subject[cut..]
        .iter()
        .copied()
        .filter(|w| !ADVERBS.contains(&w.to_lowercase().as_str()))
        .collect();
    (!phrase.is_empty()).then(|| phrase.join(" "))
}
