//! Who a quote is credited to.
//!
//! Reports credit quotes in the quote's own sentence ("X said", "according to X"), through a
//! back-reference to an outlet named earlier ("the Beirut-based network claimed", "the monitoring
//! group added"), or by a lead-in in the previous sentence ("X reported on Monday:"). Outlets and
//! their aliases come from the user's source declarations; a back-reference resolves to the last
//! outlet named before the quote whose kind fits the noun (network → TV, observatory → monitor).
//! An outlet's kind is its declared or guessed one, plus what the report itself calls it
//! ("Al-Mayadeen television", "the Orient News website").
//!
//! A credit from a neighbouring sentence (lead-in, follow-up, carried) is taken only for a quote
//! without a speaker of its own: the words of "a regime officer" are credited to an outlet only
//! when the officer's own sentence names it ("a regime officer told Al-Mayadeen").

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

    /// The kind a report gives an outlet by writing this noun next to its name ("Al-Mayadeen
    /// television", "the broadcaster Al-Mayadeen", "Orient News website"). Narrower than
    /// [`OutletKind::for_noun`]: "daily" may be an adverb, "group" and "outlet" say no kind.
    fn described_by(noun: &str) -> Option<OutletKind> {
        use OutletKind::*;
        match noun {
            "network" | "channel" | "broadcaster" | "station" | "tv" | "television" | "radio" => {
                Some(Tv)
            }
            "observatory" | "ngo" | "monitor" | "watchdog" => Some(Monitor),
            "agency" => Some(Agency),
            "site" | "website" | "paper" | "newspaper" => Some(Site),
            _ => None,
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
    /// The next sentence points back at the quote and names the outlet ("That was the claim of
    /// Orient News.").
    FollowUp,
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
    let kinds = outlet_kinds(&report, outlets, &mentions);
    let ctx = Context {
        report: &report,
        outlets,
        kinds: &kinds,
        mentions: &mentions,
    };
    quotes.iter().map(|q| ctx.attribute_one(q)).collect()
}

/// What attributing a quote reads: the report, the outlets, the kinds each outlet has (declared
/// or guessed, and as the report describes it), and the outlets' mentions.
struct Context<'a> {
    report: &'a Prose<'a>,
    outlets: &'a [Outlet],
    kinds: &'a [Vec<OutletKind>],
    mentions: &'a [Mention],
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

    /// The prose range of the report's unit holding the prose from `start` to `end` (that
    /// range itself when no unit holds it).
    fn sentence_around(&self, start: usize, end: usize) -> (usize, usize) {
        let (o_start, o_end) = (
            self.view.to_original(start),
            self.view.to_original_end(end, &self.doc.text),
        );
        let units = &self.doc.units;
        let i = units.partition_point(|u| u.start <= o_start);
        match i.checked_sub(1).map(|i| &units[i]) {
            Some(u) if u.end >= o_end => (self.at(u.start), self.at(u.end)),
            _ => (start, end),
        }
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
    /// The sentence (unit) the mention stands in, as a range of the prose.
    sentence: (usize, usize),
    /// The outlet disputes what is around it ("denied by Orient News", "Unlike Al-Mayadeen",
    /// "Orient News disputed this"): it credits no quote outside its own sentence.
    disputing: bool,
}

/// Whether byte `at` of the prose lies inside one of `mentions` (sorted, not overlapping).
fn inside_a_mention(mentions: &[Mention], at: usize) -> bool {
    let i = mentions.partition_point(|m| m.start <= at);
    i > 0 && at < mentions[i - 1].end
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
                        sentence: report.sentence_around(start, end),
                        disputing: false,
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
    let disputing: Vec<bool> = out.iter().map(|m| disputes(report.text, m, &out)).collect();
    for (m, d) in out.iter_mut().zip(disputing) {
        m.disputing = d;
    }
    out
}

/// Words saying that an outlet disputes a claim rather than carries it.
const DISPUTE_WORDS: &[&str] = &[
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

fn is_dispute_word(w: &str) -> bool {
    DISPUTE_WORDS.contains(&w.to_ascii_lowercase().as_str())
}

/// Whether a dispute word stands within four words of mention `m`, in its clause: the scan
/// stops at punctuation, a quotation mark, another outlet's mention, or a reporting verb that
/// is not a dispute word ("Orient News said the army denied it" does not dispute).
fn disputes(text: &str, m: &Mention, mentions: &[Mention]) -> bool {
    const STOPS: &[char] = &[
        ',', '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '(', ')',
    ];
    let other = |at: usize| inside_a_mention(mentions, at);
    let (lo, hi) = m.sentence;
    // Backwards from the mention.
    let before = &text[lo..m.start];
    let cut = before
        .char_indices()
        .rfind(|(_, c)| STOPS.contains(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    for (at, w) in word_spans(&before[cut..]).into_iter().rev().take(4) {
        if other(lo + cut + at) {
            break;
        }
        if is_dispute_word(w) {
            return true;
        }
        if REPORTING_VERBS.contains(&w.to_ascii_lowercase().as_str()) {
            break;
        }
    }
    let after = &text[m.end..hi];
    let cut = after.find(STOPS).unwrap_or(after.len());
    for (at, w) in word_spans(&after[..cut]).into_iter().take(4) {
        if other(m.end + at) {
            break;
        }
        if is_dispute_word(w) {
            return true;
        }
        if REPORTING_VERBS.contains(&w.to_ascii_lowercase().as_str()) {
            break;
        }
    }
    false
}

/// The kinds of each outlet: its declared (or guessed) kind, and the kinds the report gives it
/// by a noun right next to its name ("Al-Mayadeen television", "the broadcaster Al-Mayadeen",
/// "the Orient News website") or in an apposition ("Al-Mayadeen, a Beirut-based network,"). A
/// kind the report gives replaces `other` and is added to any other kind.
fn outlet_kinds(
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
            if let Some(&(at, w)) = word_spans(after).first() {
                if after[..at].trim().is_empty() && !inside_a_mention(m.end + at) {
                    found.extend(OutletKind::described_by(&w.to_ascii_lowercase()));
                }
            }
        }
        // The word right before it.
        let before = &text[lo..m.start];
        if before.ends_with(' ') {
            if let Some(&(at, w)) = word_spans(before).last() {
                if before[at + w.len()..].trim().is_empty() && !inside_a_mention(lo + at) {
                    found.extend(OutletKind::described_by(&w.to_ascii_lowercase()));
                }
            }
        }
        // An apposition: ", a/an/the [up to three words] NOUN" closed by a comma or the
        // sentence's end.
        if let Some(rest) = after.strip_prefix(", ") {
            let base = m.end + 2;
            let clause_end = rest.find([',', '.', ';', ':', '"']).unwrap_or(rest.len());
            let words = word_spans(&rest[..clause_end]);
            let det = words.first().is_some_and(|(_, w)| {
                matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the")
            });
            let closed =
                rest[clause_end..].starts_with([',', '.', ';']) || clause_end == rest.len();
            if det && closed && (2..=5).contains(&words.len()) {
                let last = words[words.len() - 1].1;
                if !words.iter().any(|&(a, _)| inside_a_mention(base + a)) {
                    found.extend(OutletKind::described_by(&last.to_ascii_lowercase()));
                }
            }
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

impl Context<'_> {
    fn attribute_one(&self, q: &Quote) -> Attribution {
        let report = self.report;
        let units = &report.doc.units;
        let loc = q.first();
        let Some(unit) = units.get(loc.unit) else {
            return Attribution::none();
        };
        // The sentence(s) the quote stands in, and the words outside the quote marks.
        let sentence_start = unit.start.min(loc.start);
        let last_unit = (loc.unit..units.len())
            .find(|&i| units[i].end >= loc.end)
            .unwrap_or(loc.unit);
        let sentence_end = units
            .get(last_unit)
            .filter(|u| u.end >= loc.end)
            .map_or(loc.end, |u| u.end)
            .max(loc.end);
        // From here on, offsets are the prose's.
        let (quote_start, quote_end) = (report.at(loc.start), report.at(loc.end));
        let before = (report.at(sentence_start), quote_start);
        let after = (quote_end, report.at(sentence_end));
        let speaker = speaker(report.text, before, after);
        let credit = |outlet: Option<&Outlet>, cue: Option<String>, method| Attribution {
            outlet: outlet.map(|o| o.name.clone()),
            speaker: speaker.clone(),
            cue,
            method: Some(method),
        };

        // 1. An outlet named in the quote's sentence, nearest to the quote.
        let named = self
            .mentions
            .iter()
            .filter(|m| in_range(m, before) || in_range(m, after))
            .min_by_key(|m| distance(m, quote_start, quote_end));
        if let Some(m) = named {
            let (outlet, cue) = self.mention_credit(m);
            return credit(outlet, Some(cue), AttributionMethod::Named);
        }
        // 2. A back-reference noun in the quote's sentence.
        for range in [after, before] {
            if let Some((cue, kinds)) = back_reference(&report.text[range.0..range.1]) {
                let outlet = self.last_named_before(quote_start, kinds);
                return credit(outlet, Some(cue), AttributionMethod::BackReference);
            }
        }
        // A quote with a speaker of its own (a person, "a regime officer", "residents") is
        // theirs: no outlet of a neighbouring sentence is credited with it.
        if speaker.as_deref().is_some_and(speaks_for_itself) {
            return Attribution {
                speaker,
                ..Attribution::none()
            };
        }
        let prev = loc
            .unit
            .checked_sub(1)
            .map(|i| &units[i])
            .filter(|p| p.paragraph == unit.paragraph || unit.start >= loc.start);
        let prev_range = prev.map(|p| (report.at(p.start), report.at(p.end)));
        // 3. The next sentence points back at the quote and names the outlet ("That was the
        //    claim of Orient News."), unless the previous one leads in to it with a colon.
        let colon_lead_in =
            prev_range.is_some_and(|(a, b)| report.text[a..b].trim_end().ends_with(':'));
        let next = units
            .get(last_unit + 1)
            .filter(|n| n.paragraph == units[last_unit].paragraph && n.start >= loc.end);
        if let (false, Some(n)) = (colon_lead_in, next) {
            let range = (report.at(n.start), report.at(n.end));
            let s = &report.text[range.0..range.1];
            if points_back(s) && !word_spans(s).iter().any(|(_, w)| is_dispute_word(w)) {
                if let Some(m) = self.mentions.iter().find(|m| in_range(m, range)) {
                    let (outlet, cue) = self.mention_credit(m);
                    return credit(outlet, Some(cue), AttributionMethod::FollowUp);
                }
                if let Some((cue, kinds)) = back_reference(s) {
                    let outlet = self.last_named_before(range.0, kinds);
                    return credit(outlet, Some(cue), AttributionMethod::FollowUp);
                }
            }
        }
        // 4. A lead-in in the previous sentence of the same paragraph (an outlet that disputes
        //    there — "Those claims were denied by Orient News." — leads in to nothing).
        if let Some(prev_range) = prev_range {
            let in_prev: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| in_range(m, prev_range))
                .collect();
            if let Some(m) = in_prev.last() {
                if in_prev.iter().any(|m| m.disputing) {
                    return Attribution {
                        speaker,
                        ..Attribution::none()
                    };
                }
                let (outlet, cue) = self.mention_credit(m);
                return credit(outlet, Some(cue), AttributionMethod::LeadIn);
            }
            if let Some((cue, kinds)) = back_reference(&report.text[prev_range.0..prev_range.1]) {
                let outlet = self.last_named_before(quote_start, kinds);
                return credit(outlet, Some(cue), AttributionMethod::LeadIn);
            }
        }
        let last_before = self.mentions.iter().rev().find(|m| m.end <= quote_start);
        // 5. A pronoun as the subject of the reporting verb ("It warned that …", "it added") is
        //    the last outlet named.
        if speaker
            .as_deref()
            .is_some_and(|s| matches!(s.to_lowercase().as_str(), "it" | "they"))
        {
            if let Some(m) = last_before {
                // The pronoun is the cue; who speaks is the outlet itself.
                let (outlet, _) = self.mention_credit(m);
                return Attribution {
                    speaker: None,
                    ..credit(outlet, speaker.clone(), AttributionMethod::BackReference)
                };
            }
        }
        // 6. Carried over: a quote standing alone continues the last outlet named before it.
        let outside = format!(
            "{} {}",
            &report.text[before.0..before.1],
            &report.text[after.0..after.1]
        );
        let has_own_speaker =
            outside.split_whitespace().count() > 3 && has_reporting_verb(&outside);
        if !has_own_speaker {
            if let Some(m) = last_before.filter(|m| !m.disputing) {
                let (outlet, _) = self.mention_credit(m);
                return credit(outlet, None, AttributionMethod::Carried);
            }
        }
        Attribution {
            speaker,
            ..Attribution::none()
        }
    }

    /// The credit of mention `m` and its cue: its outlet and its words — or no outlet when its
    /// sentence names another outlet as a carrier of the same words ("quoted by Orient News and
    /// later picked up by Al-Mayadeen"): either may hold them, so neither is credited alone,
    /// and the cue spans both names.
    fn mention_credit(&self, m: &Mention) -> (Option<&Outlet>, String) {
        let text = self.report.text;
        match self.co_carrier(m) {
            Some(other) => {
                let (a, b) = (m.start.min(other.start), m.end.max(other.end));
                (None, text[a..b].to_string())
            }
            None => (
                Some(&self.outlets[m.outlet]),
                text[m.start..m.end].to_string(),
            ),
        }
    }

    /// Another outlet named in `m`'s sentence as a carrier of the same words: the two names
    /// joined by "and" or "or" within six words ("Orient News and Al-Mayadeen reported",
    /// "quoted by Orient News and later picked up by Al-Mayadeen"), with no punctuation but
    /// commas, no quotation mark and no reporting verb between them (in "Al-Sahel TV reported
    /// the raids and Sada al-Ahrar said" each has its own clause), and no outlet of the sentence
    /// disputing.
    fn co_carrier(&self, m: &Mention) -> Option<&Mention> {
        let text = self.report.text;
        // Mentions are in order, and so are their sentences.
        let first = self.mentions.partition_point(|o| o.start < m.sentence.0);
        let same: Vec<&Mention> = self.mentions[first..]
            .iter()
            .take_while(|o| o.start < m.sentence.1)
            .filter(|o| o.sentence == m.sentence)
            .collect();
        if same.iter().any(|o| o.disputing) {
            return None;
        }
        same.into_iter().find(|o| {
            if o.outlet == m.outlet {
                return false;
            }
            let gap = if o.start >= m.end {
                &text[m.end..o.start]
            } else if o.end <= m.start {
                &text[o.end..m.start]
            } else {
                return false;
            };
            let words = word_spans(gap);
            words.len() <= 6
                && !gap.contains([
                    '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}',
                ])
                && words
                    .iter()
                    .any(|(_, w)| matches!(w.to_ascii_lowercase().as_str(), "and" | "or"))
                && !words.iter().any(|(_, w)| {
                    is_dispute_word(w) || REPORTING_VERBS.contains(&w.to_lowercase().as_str())
                })
        })
    }

    /// The last outlet named before `pos` whose kinds fit `kinds`.
    fn last_named_before(&self, pos: usize, kinds: &[OutletKind]) -> Option<&Outlet> {
        let named_before = || {
            self.mentions
                .iter()
                .rev()
                .filter(move |m| m.end <= pos)
                .map(|m| m.outlet)
        };
        // An outlet of unknown kind may be what "the site" or "the network" refers to, but only
        // when no outlet of the right kind was named.
        named_before()
            .find(|&o| self.kinds[o].iter().any(|k| kinds.contains(k)))
            .or_else(|| named_before().find(|&o| self.kinds[o] == [OutletKind::Other]))
            .map(|o| &self.outlets[o])
    }
}

/// Whether a sentence opens by pointing back at what came before: a demonstrative pronoun and a
/// form of "be" ("That was the claim of …", "This is what … reported", "That's …"), or "So
/// said …".
fn points_back(s: &str) -> bool {
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
const OUTLET_VOICE: &[&str] = &[
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
fn speaks_for_itself(speaker: &str) -> bool {
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
    "both",
];

/// Words that end the clause holding the subject, looking back from the verb.
const CLAUSE_BREAKS: &[&str] = &[
    "that", "and", "while", "as", "which", "but", "after", "when",
];

/// The words of `s` (the text before a reporting verb) that can be its subject: an aside
/// between commas that ends right before the verb is dropped ("A regime officer, asked about
/// the fighting, insisted" → "A regime officer"; "Al-Mayadeen, for its part, said"), then
/// whatever precedes the last comma ("Unlike Al-Mayadeen, Orient News said" → "Orient News").
fn subject_clause(s: &str) -> &str {
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

#[cfg(test)]
mod tests;
