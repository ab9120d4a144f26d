//! Who a quote is credited to.
//!
//! Reports credit quotes in the quote's own sentence ("X said", "according to X"), through a
//! back-reference to an outlet named earlier ("the Beirut-based network claimed", "the monitoring
//! group added"), or by a lead-in in the previous sentence ("X reported on Monday:"). Outlets and
//! their aliases come from the user's source declarations; a back-reference resolves to the last
//! outlet named before the quote whose kind fits the noun (network → TV, observatory → monitor).

use serde::{Deserialize, Serialize};

use super::extract::Quote;
use crate::text::{Breaks, Document, ProseView};

/// What sort of outlet a source is; back-references name the sort, not the outlet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OutletKind {
    /// Television or radio: "the network", "the channel", "the broadcaster".
    Tv,
    /// A news website or newspaper: "the site", "the paper".
    Site,
    /// A news agency: "the agency".
    Agency,
    /// A monitoring organisation: "the Observatory", "the NGO", "the monitor".
    Monitor,
    #[default]
    Other,
}

impl OutletKind {
    /// Guesses the kind from an outlet's name and aliases.
    pub fn guess(names: &[&str]) -> OutletKind {
        let all = names.join(" ").to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| contains_word(&all, w));
        if has(&[
            "tv",
            "television",
            "channel",
            "network",
            "broadcaster",
            "radio",
        ]) && !has(&["rights", "observatory"])
        {
            OutletKind::Tv
        } else if has(&["observatory", "monitor", "ngo", "rights", "watch"]) {
            OutletKind::Monitor
        } else if has(&["agency", "press", "wire"]) {
            OutletKind::Agency
        } else if has(&[
            "news", "site", "website", "net", "post", "times", "daily", "paper",
        ]) {
            OutletKind::Site
        } else {
            OutletKind::Other
        }
    }

    /// The kinds a back-reference noun can point to (empty: the noun is not a back-reference).
    fn for_noun(noun: &str) -> &'static [OutletKind] {
        use OutletKind::*;
        match noun {
            "network" | "channel" | "broadcaster" | "station" | "tv" | "television" => &[Tv],
            "observatory" | "ngo" | "monitor" | "watchdog" | "group" | "organisation"
            | "organization" => &[Monitor],
            "agency" => &[Agency],
            "site" | "website" | "paper" | "newspaper" | "daily" => &[Site],
            "outlet" | "source" => &[Tv, Site, Agency, Monitor, Other],
            _ => &[],
        }
    }
}

/// A declared source outlet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: OutletKind,
}

impl Outlet {
    /// An outlet whose kind is guessed from its names.
    pub fn new(name: impl Into<String>, aliases: Vec<String>) -> Outlet {
        let name = name.into();
        let mut names: Vec<&str> = vec![name.as_str()];
        names.extend(aliases.iter().map(String::as_str));
        let kind = OutletKind::guess(&names);
        Outlet {
            name,
            aliases,
            kind,
        }
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// How an attribution was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttributionMethod {
    /// The outlet is named in the quote's sentence.
    Named,
    /// A noun like "the network" in the quote's sentence, resolved to an outlet named earlier.
    BackReference,
    /// The outlet is named (or referred to) in the previous sentence.
    LeadIn,
    /// Nothing in or next to the quote's sentence: the last outlet named before it.
    Carried,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The outlet's declared name, when one could be resolved.
    pub outlet: Option<String>,
    /// Who speaks, as the report puts it ("a field commander", "the Beirut-based network").
    pub speaker: Option<String>,
    /// The words that credit the quote ("Al-Sahel TV", "the monitoring group").
    pub cue: Option<String>,
    pub method: Option<AttributionMethod>,
}

impl Attribution {
    fn none() -> Attribution {
        Attribution {
            outlet: None,
            speaker: None,
            cue: None,
            method: None,
        }
    }
}

const REPORTING_VERBS: &[&str] = &[
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

/// Attributes every quote of `report` to one of `outlets`.
///
/// The report is read as prose ([`Document::prose_view`]): markup dropped (a link's target is
/// not part of who speaks), character references read as their character, and every run of
/// white space one space, so `Al-Sahel&nbsp;TV`, `Al-Sahel  TV` and `Al-Sahel` at the end of a
/// line with `TV` on the next all name the outlet `Al-Sahel TV`.
pub fn attribute(report: &Document, quotes: &[Quote], outlets: &[Outlet]) -> Vec<Attribution> {
    let view = report.prose_view(Breaks::Fold);
    let report = Prose {
        doc: report,
        text: view.text(),
        view: &view,
    };
    let mentions = outlet_mentions(&report, outlets);
    quotes
        .iter()
        .map(|q| attribute_one(&report, q, outlets, &mentions))
        .collect()
}

/// A report with its prose; offsets into `text` are the view's.
struct Prose<'a> {
    doc: &'a Document,
    text: &'a str,
    view: &'a ProseView<'a>,
}

impl Prose<'_> {
    /// The view's offset of offset `o` of the report.
    fn at(&self, o: usize) -> usize {
        self.view.from_original(o)
    }

    /// Whether the prose from `start` to `end` is on one line of the report, or in one of its
    /// sentences: a line break inside a paragraph is a space, a paragraph's end is not.
    fn within_a_sentence(&self, start: usize, end: usize) -> bool {
        let text = &self.doc.text;
        let (start, end) = (
            self.view.to_original(start),
            self.view.to_original_end(end, text),
        );
        if !text[start..end].contains([
            '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
        ]) {
            return true;
        }
        let units = &self.doc.units;
        let i = units.partition_point(|u| u.start <= start);
        i > 0 && units[i - 1].end >= end
    }
}

/// An explicit mention of a declared outlet in the report (offsets into the prose).
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    outlet: usize,
}

/// The mentions of `outlets` in the prose of a report: case-insensitive (ASCII), whole words,
/// any run of white space in a name matching any run in the report, but not across sentences.
fn outlet_mentions(report: &Prose<'_>, outlets: &[Outlet]) -> Vec<Mention> {
    // ASCII case folding keeps every byte where it was, so offsets found in `lower` are offsets
    // into the prose (full Unicode lowercasing changes lengths: İ is two bytes, i̇ three).
    let lower = report.text.to_ascii_lowercase();
    let mut found: Vec<Mention> = Vec::new();
    for (oi, o) in outlets.iter().enumerate() {
        for name in o.names() {
            // The prose has one space wherever the report has white space; so has the needle.
            let needle = name
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase();
            if needle.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(p) = lower[from..].find(&needle) {
                let start = from + p;
                let end = start + needle.len();
                if at_word_boundary(&lower, start, end) && report.within_a_sentence(start, end) {
                    found.push(Mention {
                        start,
                        end,
                        outlet: oi,
                    });
                }
                from = end;
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
    out
}

fn at_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

fn attribute_one(
    report: &Prose<'_>,
    q: &Quote,
    outlets: &[Outlet],
    mentions: &[Mention],
) -> Attribution {
    let loc = q.first();
    let Some(unit) = report.doc.units.get(loc.unit) else {
        return Attribution::none();
    };
    // The sentence(s) the quote stands in, and the words outside the quote marks.
    let sentence_start = unit.start.min(loc.start);
    let sentence_end = report
        .doc
        .units
        .iter()
        .skip(loc.unit)
        .find(|u| u.end >= loc.end)
        .map_or(loc.end, |u| u.end)
        .max(loc.end);
    // From here on, offsets are the prose's.
    let (quote_start, quote_end) = (report.at(loc.start), report.at(loc.end));
    let before = (report.at(sentence_start), quote_start);
    let after = (quote_end, report.at(sentence_end));

    // 1. An outlet named in the quote's sentence, nearest to the quote.
    let named = mentions
        .iter()
        .filter(|m| in_range(m, before) || in_range(m, after))
        .min_by_key(|m| distance(m, quote_start, quote_end));
    if let Some(m) = named {
        let outlet = &outlets[m.outlet];
        return Attribution {
            outlet: Some(outlet.name.clone()),
            speaker: speaker(report.text, before, after),
            cue: Some(report.text[m.start..m.end].to_string()),
            method: Some(AttributionMethod::Named),
        };
    }
    // 2. A back-reference noun in the quote's sentence.
    for range in [after, before] {
        if let Some((cue, kinds)) = back_reference(&report.text[range.0..range.1]) {
            let outlet = last_named_before(mentions, outlets, quote_start, kinds);
            return Attribution {
                outlet: outlet.map(|o| o.name.clone()),
                speaker: speaker(report.text, before, after),
                cue: Some(cue),
                method: Some(AttributionMethod::BackReference),
            };
        }
    }
    // 3. A lead-in in the previous sentence of the same paragraph.
    if loc.unit > 0 {
        let prev = &report.doc.units[loc.unit - 1];
        if prev.paragraph == unit.paragraph || unit.start >= loc.start {
            let prev_range = (report.at(prev.start), report.at(prev.end));
            if let Some(m) = mentions.iter().rev().find(|m| in_range(m, prev_range)) {
                let outlet = &outlets[m.outlet];
                return Attribution {
                    outlet: Some(outlet.name.clone()),
                    speaker: None,
                    cue: Some(report.text[m.start..m.end].to_string()),
                    method: Some(AttributionMethod::LeadIn),
                };
            }
            if let Some((cue, kinds)) = back_reference(&report.text[prev_range.0..prev_range.1]) {
                let outlet = last_named_before(mentions, outlets, quote_start, kinds);
                return Attribution {
                    outlet: outlet.map(|o| o.name.clone()),
                    speaker: None,
                    cue: Some(cue),
                    method: Some(AttributionMethod::LeadIn),
                };
            }
        }
    }
    // 4. A pronoun as the subject of the reporting verb ("It warned that …", "it added") is
    //    the last outlet named.
    let speaker_phrase = speaker(report.text, before, after);
    if speaker_phrase
        .as_deref()
        .is_some_and(|s| matches!(s.to_lowercase().as_str(), "it" | "they"))
    {
        if let Some(m) = mentions.iter().rev().find(|m| m.end <= quote_start) {
            return Attribution {
                outlet: Some(outlets[m.outlet].name.clone()),
                speaker: None,
                cue: speaker_phrase,
                method: Some(AttributionMethod::BackReference),
            };
        }
    }
    // 5. Carried over: a quote standing alone continues the last outlet named before it.
    let outside = format!(
        "{} {}",
        &report.text[before.0..before.1],
        &report.text[after.0..after.1]
    );
    let has_own_speaker = outside.split_whitespace().count() > 3 && has_reporting_verb(&outside);
    if !has_own_speaker {
        if let Some(m) = mentions.iter().rev().find(|m| m.end <= quote_start) {
            return Attribution {
                outlet: Some(outlets[m.outlet].name.clone()),
                speaker: None,
                cue: None,
                method: Some(AttributionMethod::Carried),
            };
        }
    }
    Attribution {
        speaker: speaker(report.text, before, after),
        ..Attribution::none()
    }
}

fn in_range(m: &Mention, (a, b): (usize, usize)) -> bool {
    m.start >= a && m.end <= b
}

fn distance(m: &Mention, qs: usize, qe: usize) -> usize {
    if m.end <= qs {
        qs - m.end
    } else {
        m.start.saturating_sub(qe)
    }
}

fn has_reporting_verb(s: &str) -> bool {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| REPORTING_VERBS.contains(&w))
}

/// Finds "the [adjectives] NOUN" where NOUN names a kind of outlet; returns the phrase and kinds.
fn back_reference(s: &str) -> Option<(String, &'static [OutletKind])> {
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

fn word_spans(s: &str) -> Vec<(usize, &str)> {
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

fn last_named_before<'a>(
    mentions: &[Mention],
    outlets: &'a [Outlet],
    pos: usize,
    kinds: &[OutletKind],
) -> Option<&'a Outlet> {
    let named_before = || {
        mentions
            .iter()
            .rev()
            .filter(move |m| m.end <= pos)
            .map(|m| &outlets[m.outlet])
    };
    // An outlet of unknown kind may be what "the site" or "the network" refers to, but only
    // when no outlet of the right kind was named.
    named_before()
        .find(|o| kinds.contains(&o.kind))
        .or_else(|| named_before().find(|o| o.kind == OutletKind::Other))
}

/// `according to X, …` at the start of `s` (after white space and punctuation): X, up to the
/// next comma or clause end.
fn according_to(s: &str) -> Option<String> {
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
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "earlier",
    "then",
    "further",
    "again",
    "reportedly",
];

/// Words that end the clause holding the subject, looking back from the verb.
const CLAUSE_BREAKS: &[&str] = &[
    "that", "and", "while", "as", "which", "but", "after", "when",
];

/// The subject of the reporting verb right next to the quote — `"…," SPEAKER said`,
/// `SPEAKER said: "…"`, `according to SPEAKER, "…"` — when it can be told with confidence.
fn speaker(text: &str, before: (usize, usize), after: (usize, usize)) -> Option<String> {
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
        // Inverted order: `"…," said the commander`.
        if v == 0 && gap_ok {
            let tail: Vec<&str> = words[1..].iter().take(4).map(|(_, w)| *w).collect();
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
    let subject: Vec<&str> = words[v.saturating_sub(8)..v]
        .iter()
        .map(|(_, w)| *w)
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

#[cfg(test)]
mod tests;
