//! The rules that credit one quote, first that applies (docs/check.md, *Attribution*).

use super::*;

/// What a back-reference resolves to.
pub(super) enum Resolved<'a> {
    Outlet(&'a Outlet),
    /// An undeclared name stands in the way ("the channel" after "the broadcaster
    /// Al-Jazeera"): no credit.
    Undeclared(&'a Undeclared),
    Nothing,
}

/// A quote in its sentence: prose offsets of the quote (marks included), of the words before it
/// and after it in its sentence(s), and its speaker; `unit` and `last_unit` are the report's
/// units holding its start and end.
pub(super) struct Frame {
    /// The quote's report offsets.
    start: usize,
    end: usize,
    unit: usize,
    last_unit: usize,
    quote_start: usize,
    quote_end: usize,
    before: (usize, usize),
    after: (usize, usize),
    speaker: Option<Speaker>,
}

/// Every kind: "the outlet", a pronoun, a carried credit may mean any of them.
const ANY_KIND: &[OutletKind] = &[
    OutletKind::Tv,
    OutletKind::Site,
    OutletKind::Agency,
    OutletKind::Monitor,
    OutletKind::Other,
];

/// A verb of speech after which the quote is the speaker's own words again ("Nahar TV denied
/// the reports, saying "…"").
const SPEAKING: &[&str] = &[
    "saying",
    "adding",
    "stating",
    "telling",
    "insisting",
    "noting",
    "explaining",
    "writing",
    "arguing",
    "asserting",
    "stressing",
];

/// Whether the words between two quotes of a paragraph only say who speaks — `"B," the
/// correspondent added, "C."` — so that both are halves of one quote: a comma closes the first
/// half (inside or after its marks), a comma or colon ends the words, which hold a reporting
/// verb ("according to" opens a credit of its own) and no other punctuation.
fn interrupts(first_half: &str, gap: &str) -> bool {
    let comma_after = gap.trim_start().starts_with(',');
    let comma_inside = first_half
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
        .ends_with(',');
    let g = gap.trim_start_matches([',', ' ']).trim_end();
    let Some(g) = g.strip_suffix([',', ':']) else {
        return false;
    };
    let words = word_spans(g);
    (comma_after || comma_inside)
        && (2..=7).contains(&words.len())
        && !g.contains([
            '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', ',',
        ])
        && words.iter().any(|(_, w)| {
            let w = w.to_lowercase();
            w != "according" && REPORTING_VERBS.contains(&w.as_str())
        })
}

/// Whether mention `m`, after a speaker ending at `sp_end` in its sentence, stands in the
/// speaker's clause ("the observatory told SANA") or is relayed by it ("…, citing SANA"), rather
/// than in a clause of its own after a comma, a colon or a dash ("…," the monitor said, in
/// figures that SANA did not confirm").
fn shares_the_clause(text: &str, sp_end: usize, m: &Mention) -> bool {
    let gap = &text[sp_end..m.start];
    relay_cue(gap).is_some() || !gap.contains([',', ';', ':', '(', '\u{2014}', '\u{2013}'])
}

/// Where the reporting verb that mention `m` is the subject of ends, when it stands before
/// `limit`: right after the name, or after up to two words that describe it or say when
/// ("Orient News said", "The Orient News website reported", "Orient News also reported"),
/// joined by spaces only; active ("was reported" is not), and not "according" nor a dispute
/// word.
pub(super) fn reporting_verb_after(text: &str, m: &Mention, limit: usize) -> Option<usize> {
    let limit = limit.min(m.sentence.1).max(m.end);
    let after = &text[m.end..limit];
    let ws: Vec<(usize, &str)> = words(after).take(3).collect();
    let mut prev_end = 0;
    for (at, w) in ws {
        if !after[prev_end..at].trim().is_empty() {
            return None;
        }
        let lw = w.to_lowercase();
        if REPORTING_VERBS.contains(&lw.as_str()) {
            return (lw != "according" && !is_dispute_word(&lw)).then_some(m.end + at + w.len());
        }
        let describes = OutletKind::described_by(&lw).is_some()
            || ADVERBS.contains(&lw.as_str())
            || matches!(
                lw.as_str(),
                "on" | "today" | "yesterday" | "then" | "has" | "had"
            );
        if !describes {
            return None;
        }
        prev_end = at + w.len();
    }
    None
}

impl Context<'_> {
    /// Whether mention `m` stands after the back-reference speaker of a quote of its sentence,
    /// in a clause of its own ('"…," the observatory said, in figures that SANA did not
    /// confirm'): the sentence set it apart from who speaks, so it is not what a later
    /// back-reference may mean either.
    pub(super) fn set_apart_from_a_speaker(&self, m: &Mention) -> bool {
        let report = self.report;
        // Quotes are in order; those of `m`'s sentence before `m`.
        let first = self
            .spans
            .partition_point(|&(s, _, _)| report.at(s) < m.sentence.0);
        self.spans[first..]
            .iter()
            .take_while(|&&(s, _, _)| report.at(s) < m.start)
            .any(|&(s, e, u)| {
                let Some(f) = self.frame(u, s, e) else {
                    return false;
                };
                f.speaker.as_ref().is_some_and(|sp| {
                    sp.end <= m.start
                        && in_range(m, f.after)
                        && self.refers_back(sp).is_some()
                        && !shares_the_clause(report.text, sp.end, m)
                })
            })
    }

    /// The quote spanning `start..end` of the report (marks included), opening in unit `unit`.
    fn frame(&self, unit: usize, start: usize, end: usize) -> Option<Frame> {
        let report = self.report;
        let units = &report.doc.units;
        let u = units.get(unit)?;
        // The sentence(s) the quote stands in, and the words outside the quote marks.
        let sentence_start = u.start.min(start);
        let last_unit = (unit..units.len())
            .find(|&i| units[i].end >= end)
            .unwrap_or(unit);
        let sentence_end = units
            .get(last_unit)
            .filter(|u| u.end >= end)
            .map_or(end, |u| u.end)
            .max(end);
        // From here on, offsets are the prose's.
        let (quote_start, quote_end) = (report.at(start), report.at(end));
        let before = (report.at(sentence_start), quote_start);
        let after = (quote_end, report.at(sentence_end));
        Some(Frame {
            start,
            end,
            unit,
            last_unit,
            quote_start,
            quote_end,
            before,
            after,
            speaker: speaker(report.text, before, after),
        })
    }

    /// The undeclared name that speaks `sp`, if any.
    fn undeclared_speaker(&self, sp: &Speaker) -> Option<&Undeclared> {
        self.undeclared
            .iter()
            .find(|u| u.start == sp.start && u.end == sp.end)
    }

    /// Adds the speakers of `quotes` that are outlet-like names and not declared outlets
    /// ("Reuters", "Sky News") to the undeclared names: each may be what a later "the agency"
    /// means. A person ("Abu Khaled") is not what "the monitoring group" means, so is not one.
    pub(super) fn add_undeclared_speakers(&mut self, quotes: &[Quote]) {
        let mut found = Vec::new();
        for q in quotes {
            let l = q.first();
            let Some(sp) = self.frame(l.unit, l.start, l.end).and_then(|f| f.speaker) else {
                continue;
            };
            if overlaps_a_mention(self.mentions, sp.start, sp.end) || !is_proper_name(&sp.text) {
                continue;
            }
            // What the report calls it elsewhere, else what its name says, else unknown.
            let introduced = self.undeclared.iter().find(|u| u.name == sp.text);
            let guessed = OutletKind::guess(&[&sp.text]);
            let kinds = match introduced {
                Some(u) => u.kinds.clone(),
                None if guessed != OutletKind::Other => vec![guessed],
                None => Vec::new(),
            };
            if introduced.is_none() && !names_an_outlet(&sp.text) {
                continue;
            }
            found.push(Undeclared {
                start: sp.start,
                end: sp.end,
                outlet_like: true,
                name: sp.text,
                kinds,
            });
        }
        self.undeclared.extend(found);
        self.undeclared.sort_by_key(|u| (u.start, u.end));
        self.undeclared.dedup_by_key(|u| (u.start, u.end));
    }

    /// The first half of a split quote whose second half opens at `start` (report offset) in
    /// unit `unit`:
    /// `"B," the correspondent added, "C."`.
    fn split_from(&self, unit: usize, start: usize) -> Option<(usize, usize, usize)> {
        let i = self.spans.partition_point(|s| s.0 < start);
        let &(s, e, u) = self.spans[..i].last()?;
        let units = &self.report.doc.units;
        let (report, text) = (self.report, self.report.text);
        (e <= start
            && units.get(u)?.paragraph == units.get(unit)?.paragraph
            && interrupts(
                &text[report.at(s)..report.at(e)],
                &text[report.at(e)..report.at(start)],
            ))
        .then_some((s, e, u))
    }

    /// The credit of the quote spanning `start..end` of the report, opening in unit `unit`.
    pub(super) fn attribute_at(
        &self,
        unit: usize,
        start: usize,
        end: usize,
        depth: usize,
    ) -> Attribution {
        // Both halves of a split quote have the first half's speaker and credit.
        if depth < 8 {
            if let Some((s, e, u)) = self.split_from(unit, start) {
                return self.attribute_at(u, s, e, depth + 1);
            }
        }
        let Some(f) = self.frame(unit, start, end) else {
            return Attribution::none();
        };
        let mut a = self.credit_of(&f);
        // "Reuters said": credited to no declared outlet, but to one the user may want to know.
        if a.outlet.is_none() && a.undeclared.is_none() && a.method.is_none() {
            if let Some(u) = f
                .speaker
                .as_ref()
                .and_then(|sp| self.undeclared_speaker(sp))
            {
                a.undeclared = u.outlet_like.then(|| u.name.clone());
            }
        }
        a
    }

    /// The outlet of `in_sentence` that reports what the quote's nearest outlet stands in:
    /// when the mention nearest the quote stands before it and after the reporting verb of
    /// another ("Orient News said an air strike hit al-Mayadeen, saying "…"", "The Orient News
    /// website reported that …"), in one clause with the quote (no ';', ':' or full stop
    /// between), and has no reporting role of its own — it is not the subject of a reporting
    /// verb, not what someone told, nor relayed ("citing al-Mayadeen") — the reporting outlet
    /// is the credit. [`reporting_verb_after`] tells a subject.
    fn reporting_subject<'m>(&self, in_sentence: &[&'m Mention], f: &Frame) -> Option<&'m Mention> {
        let text = self.report.text;
        let near = *in_sentence
            .iter()
            .min_by_key(|m| distance(m, f.quote_start, f.quote_end))?;
        if near.end > f.quote_start {
            return None;
        }
        let before_near = &text[near.sentence.0.max(f.before.0)..near.start];
        let told = words(before_near).last().is_some_and(|(_, w)| {
            matches!(w.to_lowercase().as_str(), "told" | "tells" | "telling")
        });
        if told
            || relay_cue(before_near).is_some()
            || reporting_verb_after(text, near, f.quote_start).is_some()
        {
            return None;
        }
        in_sentence.iter().copied().rev().find(|s| {
            s.end <= near.start
                && reporting_verb_after(text, s, near.start).is_some()
                && !text[s.end..f.quote_start].contains([';', ':', '.', '!', '?'])
        })
    }

    /// Whether mention `m`, after the quote, opens a clause of its own with its own quote:
    /// `"A" and Nahar TV said "B"`.
    fn in_a_clause_of_its_own(&self, m: &Mention, f: &Frame) -> bool {
        let gap = &self.report.text[f.quote_end..m.start];
        let opens = words(gap)
            .next()
            .is_some_and(|(_, w)| NEW_CLAUSE.contains(&w.to_lowercase().as_str()));
        opens
            && self.spans.iter().any(|&(s, _, _)| {
                let s = self.report.at(s);
                s >= m.end && s < f.after.1
            })
    }

    /// Whether mention `m`, before the quote, stands in a relative clause set off by commas
    /// between the speaker and the verb ("Al-Sahel TV, which Sada al-Ahrar has accused of
    /// lying, said"): the clause names it, the sentence's subject speaks.
    fn in_a_relative_clause(&self, m: &Mention, f: &Frame) -> bool {
        let text = self.report.text;
        if m.end > f.quote_start || m.start < f.before.0 {
            return false;
        }
        let Some(comma) = text[f.before.0..m.start].rfind(',') else {
            return false;
        };
        let opens = words(&text[f.before.0 + comma + 1..m.start])
            .next()
            .is_some_and(|(_, w)| {
                matches!(
                    w.to_lowercase().as_str(),
                    "which" | "who" | "whose" | "whom" | "where"
                )
            });
        opens && text[m.end..f.quote_start].contains(',')
    }

    fn credit_of(&self, f: &Frame) -> Attribution {
        let report = self.report;
        let units = &report.doc.units;
        let unit = &units[f.unit];
        let (before, after, quote_start) = (f.before, f.after, f.quote_start);
        let speaker = f.speaker.as_ref().map(|s| s.text.clone());
        let credit = |outlet: Option<&Outlet>, cue: Option<String>, method| Attribution {
            outlet: outlet.map(|o| o.name.clone()),
            speaker: speaker.clone(),
            cue,
            method: Some(method),
            undeclared: None,
        };
        let resolved = |r: Resolved, cue: String, method| match r {
            Resolved::Outlet(o) => credit(Some(o), Some(cue), method),
            Resolved::Undeclared(u) => Attribution {
                undeclared: u.outlet_like.then(|| u.name.clone()),
                ..credit(None, Some(cue), method)
            },
            Resolved::Nothing => credit(None, Some(cue), method),
        };
        let uncredited = || Attribution {
            speaker: speaker.clone(),
            ..Attribution::none()
        };

        // 1. An outlet named in the quote's sentence: the speaker's own name ("Al-Watan said
        //    "A" and Nahar TV said "B""), else the nearest to the quote — not one that opens a
        //    clause of its own after the quote.
        let in_sentence: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| {
                in_range(m, before) || (in_range(m, after) && !self.in_a_clause_of_its_own(m, f))
            })
            .collect();
        //    An outlet named in a relative clause about the speaker is not the speaker, when
        //    another outlet stands outside it.
        let outside: Vec<&Mention> = in_sentence
            .iter()
            .copied()
            .filter(|m| !self.in_a_relative_clause(m, f))
            .collect();
        let mut in_sentence = if outside.is_empty() {
            in_sentence
        } else {
            outside
        };
        //    An outlet that denies the quoted words ("Nahar TV denied reports that "…"") is
        //    not their source, and no other outlet is credited with them.
        if in_sentence.iter().any(|m| self.denies(m, f)) {
            return uncredited();
        }
        let nearest = |ms: &mut dyn Iterator<Item = &&Mention>| {
            ms.min_by_key(|m| distance(m, quote_start, f.quote_end))
                .map(|m| {
                    let (outlet, cue) = self.mention_credit(m);
                    credit(outlet, Some(cue), AttributionMethod::Named)
                })
        };
        if let Some(sp) = &f.speaker {
            let mut own = in_sentence
                .iter()
                .filter(|m| m.start >= sp.start && m.end <= sp.end);
            if let Some(a) = nearest(&mut own) {
                return a;
            }
            // A speaker that refers back to an outlet ("the monitor said", "the observatory
            // said") is that outlet; one named after it is not the speaker. After a comma it
            // stands in a clause of its own ("…," the monitor said, in figures that SANA did not
            // confirm"; "adding that SANA …"): left out. In the speaker's own clause ("the
            // observatory told SANA") or relayed ("…, citing SANA") it may hold the words as
            // well: no outlet is credited when the speaker is another outlet, and the named one
            // when the speaker resolves to none.
            if let Some((cue, kinds)) = self.refers_back(sp) {
                let text = report.text;
                let (trailing, rest): (Vec<&Mention>, Vec<&Mention>) =
                    in_sentence.iter().partition(|m| m.start >= sp.end);
                if !trailing.is_empty() {
                    let r = self.last_named_before(quote_start, kinds, &cue, before.0);
                    match trailing.iter().find(|m| shares_the_clause(text, sp.end, m)) {
                        Some(m) => {
                            if matches!(r, Resolved::Outlet(o) if o.name != self.outlets[m.outlet].name)
                            {
                                return uncredited();
                            }
                        }
                        None if rest.iter().all(|m| m.end <= sp.start) => {
                            return resolved(r, cue, AttributionMethod::BackReference);
                        }
                        None => in_sentence = rest,
                    }
                }
            }
            // A speaker after every outlet the sentence names, in a clause of its own ("While
            // Al-Watan focused on politics, the channel said"), is not one of them.
            if !in_sentence.is_empty() && in_sentence.iter().all(|m| m.end <= sp.start) {
                if let Some((cue, kinds)) = self.refers_back(sp) {
                    let r = self.last_named_before(quote_start, kinds, &cue, before.0);
                    return resolved(r, cue, AttributionMethod::BackReference);
                }
                if self.undeclared_speaker(sp).is_some_and(|u| u.outlet_like) {
                    return uncredited();
                }
            }
        }
        //    An outlet named inside what another outlet of the sentence reports is part of
        //    the story, not who tells it ("Orient News said an air strike hit al-Mayadeen,
        //    saying "…"": Orient News's).
        if let Some(m) = self.reporting_subject(&in_sentence, f) {
            let (outlet, cue) = self.mention_credit(m);
            return credit(outlet, Some(cue), AttributionMethod::Named);
        }
        if let Some(a) = nearest(&mut in_sentence.iter()) {
            return a;
        }
        // 2. A back-reference noun in the quote's sentence.
        for range in [after, before] {
            if let Some((cue, kinds)) = back_reference(&report.text[range.0..range.1]) {
                let r = self.last_named_before(quote_start, kinds, &cue, before.0);
                return resolved(r, cue, AttributionMethod::BackReference);
            }
        }
        // A staff noun the report gave an owner before ("the correspondent" after "Nahar TV's
        // correspondent"): that owner, or no credit when it is not a declared outlet.
        if let Some(sp) = &f.speaker {
            if let Some(v) = self.voice_of(sp, before.0) {
                return match v.outlet {
                    Some(o) => credit(
                        Some(&self.outlets[o]),
                        Some(sp.text.clone()),
                        AttributionMethod::BackReference,
                    ),
                    None => uncredited(),
                };
            }
        }
        // A quote with a speaker of its own (a person, "a regime officer", "residents") is
        // theirs: no outlet of a neighbouring sentence is credited with it.
        if speaker.as_deref().is_some_and(speaks_for_itself) {
            return uncredited();
        }
        let prev = f
            .unit
            .checked_sub(1)
            .map(|i| &units[i])
            .filter(|p| p.paragraph == unit.paragraph || unit.start >= f.start);
        let prev_range = prev.map(|p| (report.at(p.start), report.at(p.end)));
        // 3. The next sentence points back at the quote and names the outlet ("That was the
        //    claim of Orient News."), unless the previous one leads in to it with a colon.
        let colon_lead_in =
            prev_range.is_some_and(|(a, b)| report.text[a..b].trim_end().ends_with(':'));
        let next = units
            .get(f.last_unit + 1)
            .filter(|n| n.paragraph == units[f.last_unit].paragraph && n.start >= f.end);
        if let (false, Some(n)) = (colon_lead_in, next) {
            let range = (report.at(n.start), report.at(n.end));
            let s = &report.text[range.0..range.1];
            // "That was not reported by SANA." credits nobody.
            let disputed = word_spans(s).iter().any(|(_, w)| is_dispute_word(w))
                || self
                    .mentions
                    .iter()
                    .any(|m| in_range(m, range) && m.disputing);
            if points_back(s) && !disputed {
                if let Some(m) = self.mentions.iter().find(|m| in_range(m, range)) {
                    let (outlet, cue) = self.mention_credit(m);
                    return credit(outlet, Some(cue), AttributionMethod::FollowUp);
                }
                if let Some((cue, kinds)) = back_reference(s) {
                    let r = self.last_named_before(range.0, kinds, &cue, before.0);
                    return resolved(r, cue, AttributionMethod::FollowUp);
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
                    return uncredited();
                }
                let (outlet, cue) = self.mention_credit(m);
                return credit(outlet, Some(cue), AttributionMethod::LeadIn);
            }
            if let Some((cue, kinds)) = back_reference(&report.text[prev_range.0..prev_range.1]) {
                let r = self.last_named_before(quote_start, kinds, &cue, prev_range.0);
                return resolved(r, cue, AttributionMethod::LeadIn);
            }
        }
        // The last outlet named before, unless an undeclared name stands in between.
        let last_before = self
            .mentions
            .iter()
            .rev()
            .find(|m| m.end <= quote_start)
            .filter(|m| self.blocker(m.end, before.0, ANY_KIND).is_none());
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
        uncredited()
    }

    /// The back-reference a speaker makes: "the/this/that" opening it and an outlet noun
    /// ("the monitor", "the Beirut-based network"), with the noun's kinds.
    fn refers_back(&self, sp: &Speaker) -> Option<(String, &'static [OutletKind])> {
        let opens = word_spans(&sp.text)
            .first()
            .is_some_and(|(_, w)| matches!(w.to_lowercase().as_str(), "the" | "this" | "that"));
        if opens {
            back_reference(&sp.text)
        } else {
            None
        }
    }

    /// Whether mention `m`, before the quote, denies it rather than speaks it: a dispute word
    /// between the name and the quote, in one clause with both — no punctuation and no other
    /// reporting verb between them ("Nahar TV denied reports that "…"", "Nahar TV dismissed
    /// claims that "…""). "Nahar TV denied the reports, saying "…"" and "Nahar TV denied it:
    /// "…"" are the outlet's own words.
    ///
    /// An outlet that did not carry the story ("SANA made no mention of the blast, which "…"",
    /// "SANA ignored the explosion, which "…"", "SANA was silent on the blast, which "…"": a
    /// negated word of carrying, "ignored" or "silent") holds none of its words: a comma may
    /// stand between (the words are told in a clause about what it left out), but not another
    /// reporting verb, a verb of speech ("…, saying") or the end of a clause.
    fn denies(&self, m: &Mention, f: &Frame) -> bool {
        if !m.disputing || m.end > f.quote_start {
            return false;
        }
        let gap = &self.report.text[m.end..f.quote_start];
        let words = word_spans(gap);
        let lower: Vec<String> = words.iter().map(|(_, w)| w.to_ascii_lowercase()).collect();
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        let negated = negated_carrying(&lower);
        let silent = negated.is_some() || lower.iter().any(|w| SILENCE_WORDS.contains(w));
        let stops: &[char] = if silent {
            &['.', ';', ':', '!', '?', '(', ')']
        } else {
            &[',', '.', ';', ':', '!', '?', '(', ')']
        };
        (silent || lower.iter().any(|w| is_dispute_word(w)))
            && !gap.contains(stops)
            && !lower.iter().enumerate().any(|(i, w)| {
                // "reports", "claims" after a dispute word are what it denies; the negated
                // word of carrying is what it did not do.
                !is_dispute_word(w)
                    && !matches!(*w, "reports" | "claims")
                    && negated != Some(i)
                    && (REPORTING_VERBS.contains(w) || SPEAKING.contains(w))
            })
    }

    /// The owner the report gave the staff noun of speaker `sp` ("the correspondent") last
    /// before `limit`: "Nahar TV's correspondent", "the Nahar TV correspondent".
    fn voice_of(&self, sp: &Speaker, limit: usize) -> Option<&Voice> {
        let words = word_spans(&sp.text);
        let (&(_, first), &(_, last)) = (words.first()?, words.last()?);
        let noun = last.to_lowercase();
        if words.len() > 3
            || !matches!(first.to_lowercase().as_str(), "the" | "this" | "that")
            || !OUTLET_VOICE.contains(&noun.as_str())
        {
            return None;
        }
        self.voices
            .iter()
            .rev()
            .find(|v| v.at < limit && v.noun == noun)
    }
}
