//! Who a quote is credited to.
//!
//! Reports credit quotes in the quote's own sentence ("X said", "according to X"), through a
//! back-reference to an outlet named earlier ("the Beirut-based network claimed", "the monitoring
//! group added"), or by a lead-in in the previous sentence ("X reported on Monday:"). Outlets and
//! their aliases come from the user's source declarations; a back-reference resolves to the last
//! outlet named before the quote whose kind fits the noun (network → TV, observatory → monitor),
//! preferring the outlet the report described with the noun's modifiers ("the Doha-based
//! network" after "Al Jazeera, a Doha-based network,"), and an outlet of the noun's kind whose
//! name holds the noun ("the observatory") to a nearer one only of its kind, and crediting none
//! when it may as well mean another (an outlet of unknown kind named nearer; descriptions that
//! do not tell two outlets apart).
//! An outlet's kind is its declared or guessed one, plus what the report itself calls it
//! ("Al-Mayadeen television", "the Orient News website").
//!
//! A credit from a neighbouring sentence (lead-in, follow-up, carried) is taken only for a quote
//! without a speaker of its own: the words of "a regime officer" are credited to an outlet only
//! when the officer's own sentence names it ("a regime officer told Al-Mayadeen").
//!
//! In its own sentence, a quote belongs to its speaker's name (`Al-Watan said "A" and Nahar TV
//! said "B"`: A is Al-Watan's), and a speaker in a clause after the names of the sentence is
//! not one of them ("While Al-Watan focused on politics, the channel said"). A back-reference
//! does not reach past an undeclared outlet ("the Qatari broadcaster Al-Jazeera", "Reuters
//! said"); a quote credited to one names it in [`Attribution::undeclared`]. The second half of
//! a split quote (`"B," the correspondent added, "C."`) has the first half's credit, and a staff
//! noun ("the correspondent") is the outlet the report named it with ("Nahar TV's
//! correspondent").

use serde::{Deserialize, Serialize};

use super::extract::Quote;
use crate::text::{Breaks, Document, ProseView};

mod mentions;
mod place_use;
mod rules;
mod speaker;
mod undeclared;

pub use mentions::folded_outlet_name;
use mentions::*;
use place_use::*;
use rules::*;
use speaker::*;
use undeclared::*;

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
    /// A name the quote is credited to that is not a declared outlet ("Reuters said", "the
    /// channel" after "the Qatari broadcaster Al-Jazeera"); `outlet` is then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undeclared: Option<String>,
}

impl Attribution {
    fn none() -> Attribution {
        Attribution {
            outlet: None,
            speaker: None,
            cue: None,
            method: None,
            undeclared: None,
        }
    }
}

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
    let descriptions = outlet_descriptions(&report, outlets, &mentions);
    let mut spans: Vec<(usize, usize, usize)> = quotes
        .iter()
        .flat_map(|q| q.locations.iter().map(|l| (l.start, l.end, l.unit)))
        .collect();
    spans.sort_unstable();
    let mut ctx = Context {
        report: &report,
        outlets,
        kinds: &kinds,
        descriptions: &descriptions,
        mentions: &mentions,
        spans,
        undeclared: introduced_outlets(report.text, &mentions),
        voices: voices(report.text, &mentions),
    };
    ctx.add_undeclared_speakers(quotes);
    quotes
        .iter()
        .map(|q| {
            let l = q.first();
            ctx.attribute_at(l.unit, l.start, l.end, 0)
        })
        .collect()
}

/// What attributing a quote reads: the report, the outlets, the kinds each outlet has (declared
/// or guessed, and as the report describes it), the words the report describes each with
/// ([`outlet_descriptions`]), the outlets' mentions, every quote's place
/// (report offsets and unit, in order), the undeclared outlet-like names (in order) and the
/// outlets' staff the report names ("Nahar TV's correspondent").
struct Context<'a> {
    report: &'a Prose<'a>,
    outlets: &'a [Outlet],
    kinds: &'a [Vec<OutletKind>],
    descriptions: &'a [Vec<String>],
    mentions: &'a [Mention],
    spans: Vec<(usize, usize, usize)>,
    undeclared: Vec<Undeclared>,
    voices: Vec<Voice>,
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

impl Context<'_> {
    /// The credit of mention `m` and its cue: its outlet and its words — or no outlet when its
    /// sentence names another outlet as a carrier of the same words ("quoted by Orient News and
    /// later picked up by Al-Mayadeen"): either may hold them, so neither is credited alone,
    /// and the cue spans both names.
    ///
    /// The same holds for an outlet that relays another's words and the outlet it relays
    /// ("Nahar TV said, citing Orient TV", "Nahar TV quoted Orient TV as saying", "Citing
    /// Orient TV, Nahar TV said"): the relay's report carries the words as the origin does, so
    /// neither is credited alone, and the cue spans both names and the relay's words.
    fn mention_credit(&self, m: &Mention) -> (Option<&Outlet>, String) {
        let text = self.report.text;
        let partner = self
            .co_carrier(m)
            .map(|o| (o.start, o.end))
            .or_else(|| self.relay_partner(m));
        match partner {
            Some((start, end)) => {
                let (a, b) = (m.start.min(start), m.end.max(end));
                (None, text[a..b].to_string())
            }
            None => (
                Some(&self.outlets[m.outlet]),
                text[m.start..m.end].to_string(),
            ),
        }
    }

    /// The mentions of `m`'s sentence, `m` among them.
    fn sentence_mentions(&self, m: &Mention) -> Vec<&Mention> {
        // Mentions are in order, and so are their sentences.
        let first = self.mentions.partition_point(|o| o.start < m.sentence.0);
        self.mentions[first..]
            .iter()
            .take_while(|o| o.start < m.sentence.1)
            .filter(|o| o.sentence == m.sentence)
            .collect()
    }

    /// The span, in the prose, of another outlet that `m` relays the words of, or that relays
    /// `m`'s: one of the two names follows a relay cue ([`relay_cue`]: "citing Orient TV",
    /// "quoted Orient TV as saying", "according to Orient TV"), cue included in the span when it
    /// stands before both names; the other name stands within eight words of it, with no
    /// punctuation but commas and no quotation mark between them; no outlet of the sentence
    /// disputes.
    fn relay_partner(&self, m: &Mention) -> Option<(usize, usize)> {
        let text = self.report.text;
        let same = self.sentence_mentions(m);
        if same.iter().any(|o| o.disputing) {
            return None;
        }
        same.into_iter().find_map(|o| {
            if o.outlet == m.outlet {
                return None;
            }
            let (first, second) = if o.start >= m.end {
                (m, o)
            } else if o.end <= m.start {
                (o, m)
            } else {
                return None;
            };
            let gap = &text[first.end..second.start];
            let close = words(gap).nth(8).is_none()
                && !gap.contains([
                    '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '(',
                    ')',
                ]);
            if !close {
                return None;
            }
            // The origin is the name after the cue; the cue may open the pair.
            if relay_cue(&text[second.sentence.0..second.start]).is_some() {
                return Some((o.start, o.end));
            }
            let cue = relay_cue(&text[first.sentence.0..first.start])?;
            let cue_start = first.sentence.0 + cue;
            Some((cue_start.min(o.start), o.end))
        })
    }

    /// Another outlet named in `m`'s sentence as a carrier of the same words: the two names
    /// joined by "and" or "or" within six words ("Orient News and Al-Mayadeen reported",
    /// "quoted by Orient News and later picked up by Al-Mayadeen"), with no punctuation but
    /// commas, no quotation mark and no reporting verb between them (in "Al-Sahel TV reported
    /// the raids and Sada al-Ahrar said" each has its own clause), and no outlet of the sentence
    /// disputing.
    fn co_carrier(&self, m: &Mention) -> Option<&Mention> {
        let text = self.report.text;
        let same = self.sentence_mentions(m);
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

    /// The outlet that back-reference `cue` ("the Doha-based network", with the noun's
    /// `kinds`) made before `pos` means — unless an undeclared name that may be one of those
    /// kinds stands after it and before `limit` (the back-reference's sentence): "the channel"
    /// after "the Qatari broadcaster Al-Jazeera" is not the declared channel named before
    /// Al-Jazeera. Among the outlets named before `pos` whose kinds fit, or whose kind is
    /// unknown, or whose declared name holds the noun as a word:
    /// 1. the words before the noun ("Doha-based", "Qatari") pick the outlet the report described
    ///    with them ([`outlet_descriptions`]: "Al Jazeera, a Doha-based network,", "Qatar's Al
    ///    Jazeera") — one outlet, else none (the noun breaks a tie); when they match no outlet
    ///    and the report described two of them or more, none;
    /// 2. else the last one named of the noun's kind or called by the noun — its declared name
    ///    or the report's description of it holds the noun ("SANA, the Syrian state news
    ///    agency,"); one only of the noun's kind gives way to an outlet of that kind named
    ///    before whose name holds the noun ("the observatory" → Syrian Observatory for Human
    ///    Rights past the Syrian Network), never to an outlet of another kind whose name holds
    ///    it (the Syrian Network for Human Rights is not "the network" past Al Jazeera);
    /// 3. none when the one found is only of the noun's kind and an outlet of unknown kind was
    ///    named after it (either may be meant; not one its sentence set apart from the speaker:
    ///    [`Context::set_apart_from_a_speaker`]), or when no outlet named before holds the noun
    ///    but an outlet of its kind not named does ("SOHR said … The observatory said", the full
    ///    name declared) and the one found is not called by the noun.
    fn last_named_before(
        &self,
        pos: usize,
        kinds: &[OutletKind],
        cue: &str,
        limit: usize,
    ) -> Resolved<'_> {
        let words: Vec<String> = word_spans(cue)
            .iter()
            .map(|(_, w)| descriptor_root(w))
            .collect();
        let noun = words.last().cloned().unwrap_or_default();
        // The words between the determiner and the noun.
        let det = words
            .iter()
            .rposition(|w| matches!(w.as_str(), "the" | "this" | "that"))
            .map_or(0, |d| d + 1);
        let modifiers =
            &words[det.min(words.len().saturating_sub(1))..words.len().saturating_sub(1)];
        // "the outlet" and "the source" say no kind: no name is meant by them.
        let specific = !matches!(noun.as_str(), "outlet" | "source");
        let in_name = |o: usize| {
            specific
                && self.outlets[o]
                    .names()
                    .any(|n| contains_word(&n.to_lowercase(), &noun))
        };
        let fits = |o: usize| self.kinds[o].iter().any(|k| kinds.contains(k));
        let unknown = |o: usize| self.kinds[o] == [OutletKind::Other];
        // The candidates, nearest first, each outlet once.
        let mut candidates: Vec<&Mention> = Vec::new();
        for m in self.mentions.iter().rev().filter(|m| m.end <= pos) {
            let o = m.outlet;
            if (fits(o) || unknown(o) || in_name(o)) && !candidates.iter().any(|c| c.outlet == o) {
                candidates.push(m);
            }
        }
        let described = |m: &&Mention, ws: &[String]| {
            let d = &self.descriptions[m.outlet];
            ws.iter()
                .filter(|w| d.iter().any(|r| roots_match(r, w)))
                .count()
        };
        // The report called it by the noun: a word of its name ("the observatory" → Syrian
        // Observatory for Human Rights), or of the report's description of it ("SANA, the
        // Syrian state news agency,", "Al Jazeera, a Doha-based network,").
        let holds = |o: usize| {
            in_name(o) || (specific && self.descriptions[o].iter().any(|r| roots_match(r, &noun)))
        };
        let (found, ambiguous) =
            if !modifiers.is_empty() && candidates.iter().any(|m| described(m, modifiers) > 0) {
                // The best description: most modifiers matched, then the noun.
                let score = |m: &&Mention| (described(m, modifiers), holds(m.outlet));
                let best = candidates.iter().map(score).max();
                let top: Vec<&&Mention> = candidates
                    .iter()
                    .filter(|m| Some(score(m)) == best)
                    .collect();
                (top.first().map(|m| **m), top.len() > 1)
            } else {
                // The nearest outlet the noun may mean: of its kind, or called by it.
                let mut nearest_fit = candidates
                    .iter()
                    .position(|m| fits(m.outlet) || holds(m.outlet));
                // Of its kind only, it gives way to one of its kind named before whose name
                // holds the noun ("The Syrian Observatory … The Syrian Network … the
                // Britain-based observatory"); never to an outlet of another kind whose name
                // holds it (the Syrian Network for Human Rights is no "network" next to a TV
                // outlet), nor to one of its kind when the report called the nearer one by the
                // noun ("SANA, the Syrian state news agency," before Hawar News Agency).
                let by_kind_only = nearest_fit.filter(|&i| !holds(candidates[i].outlet));
                if let Some(i) = by_kind_only {
                    if let Some(j) = (i + 1..candidates.len())
                        .find(|&j| in_name(candidates[j].outlet) && fits(candidates[j].outlet))
                    {
                        nearest_fit = Some(j);
                    }
                }
                let nearest_unknown = candidates.iter().position(|m| unknown(m.outlet));
                // An outlet of unknown kind named nearer than one only of the noun's kind may be
                // meant — unless it stands in the back-reference's own sentence, which set it
                // apart from the speaker ("While Al-Watan focused on politics, the channel
                // said"), or an earlier sentence set it apart from its back-reference speaker
                // ("…," the observatory said, in figures that SANA did not confirm").
                let unknown_nearer = by_kind_only.is_some_and(|f| nearest_fit == Some(f))
                    && candidates.iter().enumerate().any(|(i, m)| {
                        unknown(m.outlet)
                            && m.end <= limit
                            && nearest_fit.is_some_and(|f| i < f)
                            && !self.set_apart_from_a_speaker(m)
                    });
                // Two outlets or more described, none with the words before the noun.
                let told_apart = !modifiers.is_empty()
                    && candidates
                        .iter()
                        .filter(|m| {
                            self.descriptions[m.outlet]
                                .iter()
                                .any(|r| OutletKind::described_by(r).is_none())
                        })
                        .count()
                        >= 2;
                (
                    nearest_fit.or(nearest_unknown).map(|i| candidates[i]),
                    told_apart || unknown_nearer,
                )
            };
        // The noun is a word of the name of an outlet of its kind the report has not named
        // before (it may have used an acronym: "SOHR said … The observatory said"): that outlet
        // may be meant — unless the report called the one found by the noun.
        let unnamed_holder = found.is_none_or(|m| !holds(m.outlet))
            && !candidates.iter().any(|m| in_name(m.outlet))
            && (0..self.outlets.len()).any(|o| in_name(o) && (fits(o) || unknown(o)));
        match (
            self.blocker(found.map_or(0, |m| m.end), limit.min(pos), kinds),
            found,
        ) {
            (Some(u), _) => Resolved::Undeclared(u),
            (None, Some(_)) if ambiguous || unnamed_holder => Resolved::Nothing,
            (None, Some(m)) => Resolved::Outlet(&self.outlets[m.outlet]),
            (None, None) => Resolved::Nothing,
        }
    }

    /// The last undeclared name from `from` to `to` that may be of one of `kinds`.
    fn blocker(&self, from: usize, to: usize, kinds: &[OutletKind]) -> Option<&Undeclared> {
        self.undeclared.iter().rev().find(|u| {
            u.start >= from
                && u.end <= to
                && (u.kinds.is_empty() || u.kinds.iter().any(|k| kinds.contains(k)))
        })
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

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod tests;
