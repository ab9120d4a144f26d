//! The review page of `isnad check`: the report with its quotes highlighted on the left, the
//! Arabic sources with every sentence addressable on the right, flags under each paragraph, a
//! summary bar and the place names spelled more than one way.
//!
//! Ids are stable and documented (`docs/html.md`): a quote is `q<N>` (its `quote_id`), a source
//! sentence is `src-<source>-<sentence>`, both 0-based and numbered as in the JSON output (the
//! position in `sources`, and `source_sentences`).

use std::collections::BTreeMap;

use maud::{html, Markup};

use super::marked_text::{mark_text, Paragraph, Piece};
use super::shell::{arabic_block, chip, columns, page, FilterButton};
use crate::report::short_names::{file_name, ShortNames};
use isnad::checks::{CheckReport, CheckedQuote, Severity};
use isnad::text::{Breaks, Document, Markup as TextMarkup};

/// Everything the page needs besides the [`CheckReport`]: the texts it was computed from.
pub struct CheckPage<'a> {
    pub result: &'a CheckReport,
    /// The English report (`result.report`).
    pub report: &'a Document,
    /// The Arabic sources, in the order of `result.sources`.
    pub sources: &'a [&'a Document],
    /// How the sources are named: two of one file name by enough of their paths to tell them
    /// apart.
    pub names: ShortNames,
}

const FILTERS: [FilterButton; 2] = [
    FilterButton {
        value: "all",
        label: "All quotes",
    },
    FilterButton {
        value: "flagged",
        label: "Flagged only",
    },
];

/// The id of a source sentence element.
pub fn sentence_id(source: usize, sentence: usize) -> String {
    format!("src-{source}-{sentence}")
}

impl CheckPage<'_> {
    pub fn render(&self) -> Markup {
        let title = format!("isnad check: {}", file_name(&self.result.report));
        let left = html! { (self.report_column()) (self.names_table()) };
        page(
            &title,
            self.summary_bar(),
            &FILTERS,
            columns(
                "English report",
                left,
                "Arabic sources",
                self.sources_column(),
            ),
        )
    }

    /// The source sentences a quote is traced to, as (source, sentence): the match's, then
    /// those of each part of a stitched quote found elsewhere.
    fn places(&self, q: &CheckedQuote) -> Vec<(usize, usize)> {
        // Which declared source a file is.
        let source_of = |file: &Option<String>| {
            let file = file.as_deref()?;
            self.result.sources.iter().position(|s| s.file == file)
        };
        let whole = source_of(&q.source_file)
            .into_iter()
            .flat_map(|s| q.source_sentences.iter().map(move |&n| (s, n)));
        let parts = q
            .parts
            .iter()
            .filter(|p| q.is_elsewhere(p))
            .filter_map(|p| Some((source_of(&p.source_file)?, &p.source_sentences)))
            .flat_map(|(s, sentences)| sentences.iter().map(move |&n| (s, n)));
        let mut out: Vec<(usize, usize)> = Vec::new();
        for place in whole.chain(parts) {
            if !out.contains(&place) {
                out.push(place);
            }
        }
        out
    }

    /// Ids of the source sentence elements a quote links to (empty when it has no source).
    fn sentence_ids(&self, q: &CheckedQuote) -> Vec<String> {
        self.places(q)
            .into_iter()
            .map(|(s, n)| sentence_id(s, n))
            .collect()
    }

    fn summary_bar(&self) -> Markup {
        let s = &self.result.summary;
        let flagged = self
            .result
            .quotes
            .iter()
            .filter(|q| !q.flags.is_empty())
            .count();
        let unquoted: Vec<&str> = self
            .result
            .findings
            .iter()
            .filter(|f| f.kind == isnad::checks::FindingKind::UnquotedSource)
            .filter_map(|f| f.source_outlet.as_deref())
            .collect();
        let default_floor = isnad::tuning::TUNING.matching.min_confidence;
        let floor_raised = self.result.min_confidence != default_floor;
        html! {
            span.file.user-text {
                "against " (self.result.sources.len())
                @if self.result.sources.len() == 1 { " source" } @else { " sources" }
            }
            ul.summary aria-label="Summary" {
                (chip("", s.quotes, "quotes"))
                (chip("status-matched", s.matched, "matched"))
                (chip("status-weak", s.weak, "weak"))
                @if s.ambiguous > 0 { (chip("status-ambiguous", s.ambiguous, "ambiguous")) }
                (chip("status-unmatched", s.unmatched, "unmatched"))
                (chip("flagged", flagged, "flagged"))
                @if s.errors > 0 { (chip("sev-error", s.errors, "errors")) }
                @if s.warnings > 0 { (chip("sev-warning", s.warnings, "warnings")) }
                @for (kind, n) in &s.flags { (chip("kind", *n, kind.name())) }
                @if s.variant_places > 0 { (chip("sev-warning", s.variant_places, "places spelled two ways")) }
                @if floor_raised {
                    li.chip.sev-info title={ "the least confidence of a matched quote in this run (default " (default_floor) "): raised by --memory or isnad.toml" } {
                        "matched from confidence " b { (self.result.min_confidence) }
                    }
                }
                @if !unquoted.is_empty() {
                    li.chip.sev-info title={ "info: no quote was traced to " (unquoted.join(", ")) } {
                        b { (unquoted.len()) } " " (if unquoted.len() == 1 { "source never quoted" } else { "sources never quoted" })
                        ": " (unquoted.join(", "))
                    }
                }
            }
        }
    }

    fn report_column(&self) -> Markup {
        // The report is shown as written, Markdown markup included (inline HTML too, as text):
        // the reviewer sees exactly the words that will be published. Only the `#`s of headings
        // go, and heading lines are set as headings. An HTML report is shown as its page shows
        // it: its prose, tags and the blanks after a character reference's character dropped
        // (`Ba&#8217;albek` reads `Ba’albek`), offsets mapped into it.
        let masked = self.report.masked();
        let view =
            (self.report.markup == TextMarkup::Html).then(|| self.report.prose_view(Breaks::Keep));
        let text = view
            .as_ref()
            .map_or(self.report.text.as_str(), |v| v.text());
        let at = |offset: usize| view.as_ref().map_or(offset, |v| v.from_original(offset));
        let headings: Vec<std::ops::Range<usize>> = masked
            .as_ref()
            .map(|m| m.headings.iter().map(|h| at(h.start)..at(h.end)).collect())
            .unwrap_or_default();
        let is_heading = |start: usize| headings.iter().any(|h| h.contains(&start));
        let quotes = &self.result.quotes;
        // One mark per location: a quote repeated verbatim (a pull quote, a caption) is marked
        // wherever it stands, and the first location carries its id and its note.
        // A later location never takes the place of another quote's first one.
        let firsts: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
        let overlaps_a_first = |a: usize, b: usize| firsts.iter().any(|&(s, e)| a < e && s < b);
        let (owners, marks): (Vec<(usize, bool)>, Vec<_>) = quotes
            .iter()
            .enumerate()
            .flat_map(|(i, q)| {
                let later = q.spans.iter().skip(1).copied();
                std::iter::once(((i, true), q.start..q.end)).chain(
                    later
                        .filter(|&(a, b)| !overlaps_a_first(a, b))
                        .map(move |(a, b)| ((i, false), a..b)),
                )
            })
            .map(|(owner, span)| (owner, at(span.start)..at(span.end)))
            .unzip();
        let marked = mark_text(text, &marks);
        let unplaced: Vec<&CheckedQuote> = owners
            .iter()
            .zip(&marked.placed)
            .filter(|((_, first_location), placed)| *first_location && !**placed)
            .map(|((i, _), _)| &quotes[*i])
            .collect();
        html! {
            article.report lang="en" dir="ltr" {
                @for para in &marked.paragraphs {
                    @let heading = is_heading(para.range.start);
                    p.para.user-text.heading[heading] {
                        @for (i, piece) in para.pieces.iter().enumerate() {
                            @match piece {
                                Piece::Plain(t) if heading && i == 0 => (t.trim_start_matches('#').trim_start()),
                                Piece::Plain(t) => (t),
                                Piece::Marked { text, mark, first } => {
                                    @let (q, first_location) = owners[*mark];
                                    (self.quote_piece(&quotes[q], text, *first && first_location))
                                }
                            }
                        }
                    }
                    (self.notes(para, quotes, &owners))
                }
            }
            @if !unplaced.is_empty() {
                section.unplaced {
                    h2 { "Quotes that could not be placed in the text" }
                    ul.notes {
                        @for q in unplaced {
                            li { a class=(quote_classes(q)) id=(q.quote_id) href=(self.href(q))
                                data-quote=(q.quote_id) data-status=(q.status.name())
                                data-source=[self.data_source(q)] { (q.quote) } }
                            (self.note(q))
                        }
                    }
                }
            }
        }
    }

    fn href(&self, q: &CheckedQuote) -> String {
        match self.sentence_ids(q).first() {
            Some(id) => format!("#{id}"),
            None => format!("#note-{}", q.quote_id),
        }
    }

    fn data_source(&self, q: &CheckedQuote) -> Option<String> {
        let ids = self.sentence_ids(q);
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// One piece of a quote in the report: a link to its source sentence(s). The first piece
    /// carries the id; the tooltip repeats what the note under the paragraph says.
    fn quote_piece(&self, q: &CheckedQuote, text: &str, first: bool) -> Markup {
        html! {
            a class=(quote_classes(q)) id=[first.then_some(&q.quote_id)] href=(self.href(q))
                data-quote=(q.quote_id) data-status=(q.status.name())
                data-source=[self.data_source(q)] title=(tooltip(q)) { (text) }
        }
    }

    /// The notes under a paragraph: one line per quote whose first location starts in it, with
    /// its flags.
    fn notes(&self, para: &Paragraph, quotes: &[CheckedQuote], owners: &[(usize, bool)]) -> Markup {
        let here: Vec<&CheckedQuote> = para
            .marks_starting_here()
            .filter(|&m| owners[m].1)
            .map(|m| &quotes[owners[m].0])
            .collect();
        html! {
            @if !here.is_empty() {
                ul.notes {
                    @for q in here { (self.note(q)) }
                }
            }
        }
    }

    fn note(&self, q: &CheckedQuote) -> Markup {
        html! {
            li.note.flagged[!q.flags.is_empty()] id={ "note-" (q.quote_id) } {
                a.qid href={ "#" (q.quote_id) } { (q.quote_id) } " "
                span class={ "badge status-" (q.status.name()) } { (q.status.name()) " " (format!("{:.2}", q.score)) }
                " "
                span.where.user-text {
                    @match (&q.source_outlet, q.source_file.as_deref()) {
                        (Some(outlet), Some(file)) => {
                            "→ " (outlet) " · " (self.names.get(file)) " · sentence "
                            (list(&q.source_sentences))
                        }
                        _ => "→ no source found",
                    }
                    @if let Some(credited) = &q.attributed_outlet {
                        " · credited to " (credited)
                    }
                }
                @if q.shows_candidates() {
                    ol.candidates.user-text {
                        @for c in &q.candidates {
                            li {
                                "candidate → " (c.source_outlet) " · " (self.names.get(&c.source_file))
                                " · line " (list(&c.source_lines)) " · score "
                                (format!("{:.2}", c.score))
                                span.ar dir="rtl" lang="ar" { " " (c.arabic) }
                            }
                        }
                    }
                }
                @if q.has_parts_elsewhere() {
                    ul.parts.user-text {
                        @for (i, p) in q.parts.iter().enumerate() {
                            li {
                                "part " (i + 1) " "
                                @match (&p.source_outlet, p.source_file.as_deref()) {
                                    (Some(outlet), Some(file)) => {
                                        "→ " (outlet) " · " (self.names.get(file)) " · sentence "
                                        (list(&p.source_sentences))
                                    }
                                    _ => "→ no source found",
                                }
                            }
                        }
                    }
                }
                @if !q.flags.is_empty() {
                    ul.flags {
                        @for f in &q.flags {
                            li class={ "flag sev-" (f.severity.name()) } {
                                // The severity in words, not only in colour.
                                span.sev { (f.severity.name()) } " "
                                span.kind { (f.kind.name()) } (f.explanation)
                            }
                        }
                    }
                }
            }
        }
    }

    fn sources_column(&self) -> Markup {
        // Which quotes each source sentence answers, for highlighting and back links.
        let mut answered: BTreeMap<(usize, usize), Vec<&CheckedQuote>> = BTreeMap::new();
        for q in &self.result.quotes {
            for place in self.places(q) {
                answered.entry(place).or_default().push(q);
            }
        }
        html! {
            @for (s, (summary, doc)) in self.result.sources.iter().zip(self.sources).enumerate() {
                section.source id={ "source-" (s) } {
                    h3.user-text { (summary.outlet) span.file { (self.names.get(&summary.file)) } }
                    (arabic_block("source-text", self.source_text(s, doc, &answered)))
                }
            }
        }
    }

    fn source_text(
        &self,
        s: usize,
        doc: &Document,
        answered: &BTreeMap<(usize, usize), Vec<&CheckedQuote>>,
    ) -> Markup {
        if doc.markup == TextMarkup::Html {
            // A saved web page is shown as its prose, paragraph by paragraph: the sentences'
            // display text, without the tags, scripts and menus around them.
            return html! {
                @for para in doc.units.chunk_by(|a, b| a.paragraph == b.paragraph) {
                    p.para {
                        @for u in para {
                            (self.source_sentence(s, u.index, &u.text, true, answered)) " "
                        }
                    }
                }
            };
        }
        let marks: Vec<_> = doc.units.iter().map(|u| u.start..u.end).collect();
        let marked = mark_text(&doc.text, &marks);
        html! {
            @for para in &marked.paragraphs {
                p.para {
                    @for piece in &para.pieces {
                        @match piece {
                            Piece::Plain(t) => (t),
                            Piece::Marked { text, mark, first } => {
                                (self.source_sentence(s, *mark, text, *first, answered))
                            }
                        }
                    }
                }
            }
        }
    }

    /// A source sentence (or the `first` or a later piece of one), shaded when a quote is traced
    /// to it, with links back to those quotes after its first piece.
    fn source_sentence(
        &self,
        s: usize,
        sentence: usize,
        text: &str,
        first: bool,
        answered: &BTreeMap<(usize, usize), Vec<&CheckedQuote>>,
    ) -> Markup {
        let quotes = answered.get(&(s, sentence)).map_or(&[][..], Vec::as_slice);
        let flagged = quotes.iter().any(|q| !q.flags.is_empty());
        html! {
            span.sentence.matched[!quotes.is_empty()].flagged[flagged]
                id=[first.then(|| sentence_id(s, sentence))]
                data-quotes=[(!quotes.is_empty()).then(|| ids(quotes))] { (text) }
            @if first {
                @for q in quotes {
                    a.backlink dir="ltr" href={ "#" (q.quote_id) } { (q.quote_id) }
                }
            }
        }
    }

    /// The place names the report spells more than one way (or off house style), one row per
    /// place, with the spelling to use.
    fn names_table(&self) -> Markup {
        let mut places: Vec<(&str, Vec<&isnad::names::table::SpellingRow>)> = Vec::new();
        for row in self.result.names.iter().filter(|r| r.flagged) {
            match places.iter_mut().find(|(c, _)| *c == row.cluster) {
                Some((_, rows)) => rows.push(row),
                None => places.push((&row.cluster, vec![row])),
            }
        }
        html! {
            section.names aria-label="Place names" {
                h2 { "Place names spelled more than one way" }
                @if places.is_empty() {
                    p { "Every place is spelled one way." }
                } @else {
                    table.names {
                        thead { tr { th { "Arabic" } th { "Spellings in the report" } th { "Use" } } }
                        tbody {
                            @for (_, rows) in &places {
                                tr {
                                    td dir="rtl" lang="ar" { (rows[0].arabic.as_deref().unwrap_or("")) }
                                    td {
                                        @for (i, r) in rows.iter().enumerate() {
                                            @if i > 0 { " · " }
                                            span.user-text { (r.variant) } " " span.count { "×" (r.count) }
                                        }
                                    }
                                    td { strong.user-text { (rows[0].suggested) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn quote_classes(q: &CheckedQuote) -> String {
    let mut classes = format!("quote status-{}", q.status.name());
    if let Some(worst) = q.max_severity() {
        classes.push_str(" flagged sev-");
        classes.push_str(worst.name());
    }
    classes
}

fn tooltip(q: &CheckedQuote) -> String {
    let mut lines = vec![format!(
        "{} · {} (score {:.2}, confidence {})",
        q.quote_id,
        q.status.name(),
        q.score,
        q.shown_confidence()
    )];
    lines.extend(q.flags.iter().map(|f| {
        let marker = if f.severity == Severity::Error {
            "✖"
        } else {
            "⚑"
        };
        format!("{marker} {}: {}", f.kind.name(), f.explanation)
    }));
    lines.join("\n")
}

fn list(numbers: &[usize]) -> String {
    numbers
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn ids(quotes: &[&CheckedQuote]) -> String {
    quotes
        .iter()
        .map(|q| q.quote_id.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}
