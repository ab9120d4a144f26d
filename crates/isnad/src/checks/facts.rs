//! What the check reads from a quote's match besides its score, for its flags: the places the
//! quote names and whether the matched Arabic names them too, its negation, its numbers' roles.

use std::cell::OnceCell;

use super::flags::{covers_whole_window, NameInQuote, QuoteFacts, VariantInQuote};
use super::negation::{self, NegationMismatch};
use super::number_roles;
use crate::align::quotes::{places, MatchOptions, QuoteMatch, SourceIndex, Status};
use crate::align::score::Prepared;
use crate::align::Scorer;
use crate::lexicon::runs_words_together;
use crate::names::gazetteer::Gazetteer;
use crate::names::mentions::english::is_generic_head;
use crate::names::mentions::Mention;
use crate::names::table::{may_write, NameTable};
use crate::quotes::{Attribution, Quote, QuoteKind};
use crate::text::numbers;
use crate::text::{arabic, Lang};

/// What every quote of a run is read against.
pub(super) struct Reading<'r, 'l, 'd> {
    pub scorer: &'r Scorer<'l>,
    pub index: &'r SourceIndex<'d>,
    pub gazetteer: &'r Gazetteer,
    pub names: &'r NameTable,
    /// Per source: its file and its outlet's name.
    pub sources: &'r [(String, String)],
    /// Per source: the 1-based line of each of its units.
    pub unit_lines: &'r [Vec<usize>],
    pub options: &'r MatchOptions,
}

/// The facts of one quote its flags are decided from; `in_quote` are the report's place
/// mentions inside the quote.
pub(super) fn quote_facts<'a>(
    r: &'a Reading<'a, '_, '_>,
    q: &'a Quote,
    a: &'a Attribution,
    m: &'a QuoteMatch,
    in_quote: &[&Mention],
) -> QuoteFacts<'a> {
    let window = matched_sentences(m, r.index);
    let source = window.join(" ");
    let matched = m.status == Status::Matched;
    // The quote prepared once, for the checks that read it word by word, only if one does.
    let en = OnceCell::new();
    let en = || en.get_or_init(|| r.scorer.prepare(&q.text, Lang::En));
    QuoteFacts {
        quote: q,
        attribution: a,
        matched: m,
        sources: r.sources,
        unit_lines: r.unit_lines,
        options: r.options,
        names: names_in_source(in_quote, m, &window, r.gazetteer, r.names),
        variants: variants_in_quote(in_quote, r.names),
        negation: negation_in_source(q, m, &source, r.scorer, en),
        possible_dual: window
            .iter()
            .find_map(|w| numbers::possible_dual(w))
            .map(str::to_string),
        counted_two: window
            .iter()
            .flat_map(|w| numbers::counted_two(w))
            .map(|(two, noun)| (two.to_string(), noun.to_string()))
            .collect(),
        borrowed_number: m.best.as_ref().filter(|_| matched).and_then(|w| {
            let sentences: Vec<&Prepared> = r.index.sentences(w).iter().collect();
            number_roles::borrowed(r.scorer, en(), &sentences)
        }),
        swapped_numbers: (matched && !window.is_empty())
            .then(|| number_roles::swapped(r.scorer, &q.text, &source))
            .flatten(),
        unreadable_source: runs_words_together(&source),
    }
}

/// The Arabic sentences a quote was matched to: its window and the places of its parts.
fn matched_sentences<'i>(m: &QuoteMatch, index: &'i SourceIndex) -> Vec<&'i str> {
    places(m.best, &m.segments)
        .iter()
        .flat_map(|w| index.sentences(w))
        .map(|p| p.text())
        .collect()
}

/// A negation the quote and its matched Arabic (`source`, its sentences joined) do not share.
/// The quote renders its whole window when it is a full sentence or covers the window as a
/// missing number needs; otherwise what it renders is the Arabic words its own words (`en`,
/// prepared) were matched to — which also tell whether a word negative in meaning is the
/// negated verb's own translation.
fn negation_in_source<'p>(
    q: &Quote,
    m: &QuoteMatch,
    source: &str,
    scorer: &Scorer,
    en: impl FnOnce() -> &'p Prepared,
) -> Option<NegationMismatch> {
    if source.is_empty() {
        return None;
    }
    let whole = q.kind == QuoteKind::Full || covers_whole_window(m);
    let matches = scorer.english_matches(
        &[scorer.prepare(source, Lang::Ar)],
        std::slice::from_ref(en()),
    );
    negation::compare_quoted(&q.text, source, whole, &matches)
}

/// Whether each place named in the quote is named in the matched Arabic too: by the
/// gazetteer's Arabic spelling, by the one the sources write for it (the name table's: الفرات of
/// سد الفرات for the Euphrates, which the gazetteer calls نهر الفرات), or by the name key the
/// scorer matched.
fn names_in_source(
    in_quote: &[&Mention],
    m: &QuoteMatch,
    window: &[&str],
    gazetteer: &Gazetteer,
    table: &NameTable,
) -> Vec<NameInQuote> {
    if window.is_empty() {
        return Vec::new();
    }
    let window_text: String = window
        .iter()
        .map(|t| arabic::normalize(t))
        .collect::<Vec<_>>()
        .join(" ");
    let matched: Vec<(&str, &str)> = m
        .breakdown
        .iter()
        .flat_map(|b| &b.matches)
        .map(|w| (w.english.as_str(), w.arabic.as_str()))
        .collect();
    let matched_words: Vec<&str> = matched.iter().map(|(english, _)| *english).collect();
    in_quote
        .iter()
        .map(|mention| {
            let arabic_form = mention
                .gazetteer_id
                .as_deref()
                .and_then(|id| gazetteer.get(id))
                .map(|p| arabic::normalize(&p.arabic))
                .filter(|form| !form.is_empty());
            let in_window = |form: &str| {
                let form = arabic::normalize(form);
                let bare = form.strip_prefix("ال").unwrap_or(&form);
                !bare.is_empty() && window_text.contains(bare)
            };
            let in_sources = table
                .cluster_of(&mention.surface)
                .and_then(|(_, arabic)| arabic);
            let by_gazetteer =
                arabic_form.as_deref().is_some_and(in_window) || in_sources.is_some_and(in_window);
            let mut words = mention
                .surface
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase));
            // A place the gazetteer spells in Arabic, absent from the window under that
            // spelling, is there only if every capitalized word of its name was matched: the
            // generic first word of `Jabal al-Turkman` (جبل) is found in جبل الأكراد too.
            // Each word must be matched to Arabic that may write the place, not to another
            // place its letters resemble: Darayya's key found درعا, and a shell that fell on
            // Daraa was reported as falling on Darayya with no flag (QA 35, A6).
            let by_words = if let Some(form) = arabic_form.as_deref() {
                let words: Vec<&str> = words.collect();
                !words.is_empty()
                    && words.iter().all(|w| {
                        matched
                            .iter()
                            .any(|(english, arabic)| english == w && may_write(form, arabic))
                    })
            } else {
                // Unknown to the gazetteer: any word of its own, its generic head aside.
                words.any(|w| !is_generic_head(w) && matched_words.contains(&w))
            };
            NameInQuote {
                surface: mention.surface.clone(),
                in_source: by_gazetteer || by_words,
            }
        })
        .collect()
}

/// Spellings in the quote that the report also writes another way (or off house style).
fn variants_in_quote(in_quote: &[&Mention], names: &NameTable) -> Vec<VariantInQuote> {
    let mut out: Vec<VariantInQuote> = Vec::new();
    for mention in in_quote {
        let Some((cluster, arabic)) = names.cluster_of(&mention.surface) else {
            continue;
        };
        if !crate::names::table::is_flagged(cluster) || mention.surface == cluster.suggested {
            continue;
        }
        if out.iter().any(|v| v.spelling == mention.surface) {
            continue;
        }
        out.push(VariantInQuote {
            spelling: mention.surface.clone(),
            suggested: cluster.suggested.clone(),
            others: cluster
                .members
                .iter()
                .map(|m| m.spelling.clone())
                .filter(|s| s != &mention.surface)
                .collect(),
            arabic: arabic.map(String::from),
        });
    }
    out
}
