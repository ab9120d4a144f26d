//! The flags of one quote, from what the earlier stages found about it.

use super::duals::{two_in_quote, DualInQuote};
use super::negation::NegationMismatch;
use super::number_roles::{BorrowedNumber, SwappedNumbers};
use super::{Flag, FlagKind, Severity};
use crate::align::quotes::{places, MatchOptions, QuoteMatch, Status, Window, FRAGMENT_WORDS};
use crate::align::score::NumberCheck;
use crate::quotes::attribution::folded_outlet_name;
use crate::quotes::{Attribution, Gap, Quote, QuoteKind};
use crate::text::numbers::QuantityKind;

/// Above this share of the Arabic window covered, the quote renders the whole window, so a
/// number of the source missing from the quote is worth a warning.
const WHOLE_WINDOW_COVERAGE: f64 = crate::tuning::TUNING.flags.whole_window_coverage;

/// A place named in the quote, and whether the matched source names it too.
#[derive(Debug, Clone, PartialEq)]
pub struct NameInQuote {
    pub surface: String,
    pub in_source: bool,
}

/// A spelling in the quote that the report writes another way elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantInQuote {
    pub spelling: String,
    pub suggested: String,
    pub others: Vec<String>,
    pub arabic: Option<String>,
}

/// Everything the flags of one quote are decided from.
pub struct QuoteFacts<'a> {
    pub quote: &'a Quote,
    pub attribution: &'a Attribution,
    pub matched: &'a QuoteMatch,
    /// Per source: its file and its outlet's name.
    pub sources: &'a [(String, String)],
    /// Per source: the 1-based line of each of its units, so that messages name lines.
    pub unit_lines: &'a [Vec<usize>],
    pub options: &'a MatchOptions,
    pub names: Vec<NameInQuote>,
    pub variants: Vec<VariantInQuote>,
    /// A negation one side holds and the other lacks ([`super::negation::compare`]).
    pub negation: Option<NegationMismatch>,
    /// Two of the quote's numbers the source has the other way round
    /// ([`super::number_roles::swapped`]).
    pub swapped_numbers: Option<SwappedNumbers>,
    /// A word of the matched Arabic that may be a dual, which says "two" with no number
    /// ([`crate::text::numbers::possible_dual`]).
    pub possible_dual: Option<String>,
    /// The matched Arabic's number words two (اثنين, اثنتان) each with the noun they count
    /// (مدنيين اثنين): the noun is two, as a dual is ([`crate::text::numbers::counted_two`]).
    pub counted_two: Vec<(String, String)>,
    /// A number of the quote found only in a neighbouring sentence of its window
    /// ([`super::number_roles::borrowed`]).
    pub borrowed_number: Option<BorrowedNumber>,
    /// Whether the matched Arabic runs its words together (text copied out of a PDF without its
    /// spaces: [`crate::lexicon::runs_words_together`]): its number words, negations and names
    /// stand inside longer runs that the number, negation and name checks cannot read.
    pub unreadable_source: bool,
}

/// The flags of one quote, most severe first (then in [`FlagKind`] order).
pub fn flags_for(f: &QuoteFacts) -> Vec<Flag> {
    let mut flags = Vec::new();
    let lenient = matches!(f.quote.kind, QuoteKind::Scare | QuoteKind::Title);
    let best = f.matched.best;
    match f.matched.status {
        Status::Unmatched => {
            let severity = if lenient {
                Severity::Info
            } else {
                Severity::Error
            };
            let best_note = match best {
                Some(b) => format!("; the closest sentence scores {:.2}", b.score),
                None => String::new(),
            };
            flags.push(Flag::new(
                FlagKind::NoSource,
                severity,
                format!(
                    "no sentence of {} translates this {}{best_note}",
                    match f.sources.len() {
                        1 => "the source".to_string(),
                        n => format!("the {n} sources"),
                    },
                    kind_noun(f.quote.kind)
                ),
            ));
        }
        Status::Weak => {
            let severity = if lenient {
                Severity::Info
            } else {
                Severity::Warning
            };
            let at = best.map(|b| where_is(f, &b)).unwrap_or_default();
            let score = best.map_or(0.0, |b| b.score);
            let threshold = f.options.thresholds(f.quote.word_count()).0;
            // Weak by its score, or by a confidence too low to vouch for it.
            let runner_up = f.matched.runner_up.map(|r| r.score);
            let by_thresholds = f.options.status(f.quote.word_count(), score, runner_up);
            let why = if f.matched.confidence < f.options.min_confidence
                && by_thresholds == Status::Matched
            {
                format!(
                    "the best match, in {at}, scores {score:.2} but its confidence is {} (below the floor {}): another place fits nearly as well, or the fit is loose; check by hand",
                    below(f.matched.confidence, f.options.min_confidence),
                    f.options.min_confidence
                )
            } else {
                format!(
                    "the best match, in {at}, scores {score:.2} (below {threshold:.2}): a loose rendering, or the wrong sentence; check by hand"
                )
            };
            flags.push(Flag::new(FlagKind::WeakMatch, severity, why));
        }
        Status::Ambiguous => {
            let severity = if lenient {
                Severity::Info
            } else {
                Severity::Warning
            };
            let places = match (best, f.matched.runner_up) {
                (Some(b), Some(r)) => format!(
                    "{} ({:.2}) and {} ({:.2})",
                    where_is(f, &b),
                    b.score,
                    where_is(f, &r),
                    r.score
                ),
                _ => "two places".to_string(),
            };
            flags.push(Flag::new(
                FlagKind::WeakMatch,
                severity,
                format!(
                    "ambiguous: {places} fit nearly as well (confidence {}, below the floor {}); pick the right one among the candidates",
                    below(f.matched.confidence, f.options.min_confidence),
                    f.options.min_confidence
                ),
            ));
        }
        Status::Matched => {}
    }
    if let (Status::Matched, Some(b), Some(credited)) =
        (f.matched.status, best, f.attribution.outlet.as_deref())
    {
        if let Some(credited_best) = clear_lead_elsewhere(f, &b, f.matched.credited_best, credited)
        {
            flags.push(Flag::new(
                FlagKind::Misattributed,
                Severity::Error,
                format!(
                    "credited to {credited}, but the words are in {} (score {:.2}; best in {credited}: {:.2})",
                    where_is(f, &b),
                    b.score,
                    credited_best
                ),
            ));
        } else {
            // A quote stitched together: one of its parts may come from another outlet.
            for (i, (part, found)) in f.quote.segments.iter().zip(&f.matched.segments).enumerate() {
                let Some(w) = found.best else { continue };
                if let Some(credited_best) =
                    clear_lead_elsewhere(f, &w, found.credited_best, credited)
                {
                    flags.push(Flag::new(
                        FlagKind::Misattributed,
                        Severity::Error,
                        format!(
                            "credited to {credited}, but part {} (\"{}\") is in {} (score {:.2}; best in {credited}: {:.2})",
                            i + 1,
                            part.text,
                            where_is(f, &w),
                            w.score,
                            credited_best
                        ),
                    ));
                }
            }
        }
    }
    // Credited to an outlet that is not declared ("Reuters said"), found in one that is — never
    // a declared outlet under another spelling of its name ("Al Jazeera" for "Al-Jazeera",
    // whether its source holds the words or another's does).
    if let (Status::Matched, Some(b), None, Some(name)) = (
        f.matched.status,
        best,
        f.attribution.outlet.as_deref(),
        f.attribution.undeclared.as_deref(),
    ) {
        let folded = folded_outlet_name(name);
        let declared = f
            .sources
            .iter()
            .any(|(_, outlet)| folded_outlet_name(outlet) == folded);
        if !declared {
            flags.push(Flag::new(
                FlagKind::Misattributed,
                Severity::Info,
                format!(
                    "credited to {name}, which is not a declared source; the words are in {}",
                    where_is(f, &b)
                ),
            ));
        }
    }
    if f.matched.status == Status::Matched {
        // A quote cut by an ellipsis is matched part by part: a part found nowhere is words
        // the outlet may never have said, whatever the other parts' match.
        for (i, (part, found)) in f.quote.segments.iter().zip(&f.matched.segments).enumerate() {
            if found.status != Status::Unmatched {
                continue;
            }
            let severity = if lenient {
                Severity::Info
            } else if part.word_count() > FRAGMENT_WORDS {
                Severity::Error
            } else {
                Severity::Warning
            };
            flags.push(Flag::new(
                FlagKind::NoSource,
                severity,
                format!(
                    "part {} (\"{}\") is in none of the sources: check it was said",
                    i + 1,
                    part.text
                ),
            ));
        }
    }
    if let (Some(_), Some(breakdown)) = (best, &f.matched.breakdown) {
        if f.matched.status != Status::Unmatched {
            let source_numbers: Vec<&str> = breakdown
                .arabic_numbers
                .iter()
                .map(|n| n.text.as_str())
                .collect();
            // "27 March" for ٢٧ رمضان: the day may agree, the month is of another calendar.
            let calendar_of = |n: &NumberCheck| match n.kind {
                QuantityKind::Month => Some(false),
                QuantityKind::HijriMonth => Some(true),
                _ => None,
            };
            let other_calendar = |n: &NumberCheck, side: &[NumberCheck]| {
                let hijri = calendar_of(n)?;
                side.iter()
                    .find(|o| !o.found && calendar_of(o) == Some(!hijri))
                    .map(|o| (hijri, o.text.clone()))
            };
            let mut converted: Vec<String> = Vec::new();
            // The source numbers the quote's changed numbers stand for: an error already names
            // them, so they are not also "missing from the quote".
            let mut changed: Vec<usize> = Vec::new();
            for n in breakdown.english_numbers.iter().filter(|n| !n.found) {
                if let Some((hijri, source)) = other_calendar(n, &breakdown.arabic_numbers) {
                    let (quote_cal, source_cal) = if hijri {
                        ("Hijri", "Gregorian")
                    } else {
                        ("Gregorian", "Hijri")
                    };
                    flags.push(Flag::new(
                        FlagKind::NumberMismatch,
                        Severity::Warning,
                        format!(
                            "the quote's month \"{}\" is {quote_cal} and the source's \"{source}\" {source_cal}: the calendars differ, so the date needs converting (the same day number in both is almost never right); check it",
                            n.text
                        ),
                    ));
                    converted.push(source);
                    continue;
                }
                if let Some(i) = replaced_by(n, &breakdown.arabic_numbers, &changed, &converted) {
                    changed.push(i);
                }
                let has = if source_numbers.is_empty() {
                    "the source has no number".to_string()
                } else {
                    format!("the source has {}", source_numbers.join(", "))
                };
                // Only a match the tool vouches for accuses the quote; a doubtful one warns.
                // Arabic says "two" with a dual ending (شابين), which only a list of nouns
                // reads as a number: where the window has a word that may be one, a missing
                // two is a question.
                let source_all_found = breakdown.arabic_numbers.iter().all(|n| n.found);
                let dual = (n.value == 2.0 && source_all_found)
                    .then_some(f.possible_dual.as_deref())
                    .flatten();
                let note;
                let (severity, doubt) = if let Some(word) = dual {
                    note = format!("; the source may say it with the dual {word}, check it");
                    (Severity::Warning, note.as_str())
                } else if f.matched.status == Status::Matched {
                    (Severity::Error, "")
                } else {
                    (
                        Severity::Warning,
                        "; the match itself is doubtful, check it first",
                    )
                };
                flags.push(Flag::new(
                    FlagKind::NumberMismatch,
                    severity,
                    format!(
                        "\"{}\" in the quote is not in the source ({has}){doubt}",
                        n.text
                    ),
                ));
            }
            if covers_whole_window(f.matched) {
                // Words an ellipsis leaves out of one window: a number of the window may be
                // among them. (Parts found in sentences of their own each render theirs.)
                let elided = f
                    .quote
                    .segments
                    .iter()
                    .any(|s| s.gap == Some(Gap::Ellipsis))
                    && places(f.matched.best, &f.matched.segments).len() <= 1;
                for (_, n) in breakdown
                    .arabic_numbers
                    .iter()
                    .enumerate()
                    .filter(|&(i, n)| unclaimed(i, n, &changed, &converted))
                {
                    let dual = two_in_quote(f.quote, breakdown, n, &f.counted_two);
                    let (severity, message) = match dual {
                        // "Both soldiers" for الجنديان: the two are there.
                        Some(DualInQuote::Two) => continue,
                        // كما قتل جنديان for "a soldier was also killed": a count changed.
                        Some(DualInQuote::One(one)) => (
                            Severity::Error,
                            format!(
                                "the quote has one (\"{one}\"), the source two: \"{}\" is a dual",
                                n.text
                            ),
                        ),
                        Some(DualInQuote::Unknown) => (
                            Severity::Warning,
                            format!(
                                "the source's \"{}\" is a dual (two of them), which the quote does not have: if the quote says one, the source says two; check the count",
                                n.text
                            ),
                        ),
                        None if elided => continue,
                        None => (
                            Severity::Warning,
                            format!("the source's \"{}\" is missing from the quote", n.text),
                        ),
                    };
                    flags.push(Flag::new(FlagKind::NumberMismatch, severity, message));
                }
            }
        }
    }
    if let (Status::Matched, Some(b)) = (f.matched.status, &f.borrowed_number) {
        // A warning: the window's sentences may share one statement, and the quote take its
        // number from the other half.
        flags.push(Flag::new(
            FlagKind::NumberMismatch,
            Severity::Warning,
            format!(
                "\"{}\" is only in a neighbouring sentence of the window; the sentence the quote renders has {}: check the number",
                b.quote, b.source
            ),
        ));
    }
    if let (Status::Matched, Some(s)) = (f.matched.status, &f.swapped_numbers) {
        // A warning: the contexts are read through the lexicon, and a faithful translation
        // may put a number's words where the other's are.
        flags.push(Flag::new(
            FlagKind::NumberMismatch,
            Severity::Warning,
            format!(
                "the quote's \"{}\" and \"{}\" look swapped: the source has {} where the quote has \"{}\" and {} where it has \"{}\"; check which number is which",
                s.quote[0], s.quote[1], s.source[1], s.quote[0], s.source[0], s.quote[1]
            ),
        ));
    }
    if let (Status::Matched, Some(mismatch)) = (f.matched.status, f.negation) {
        // A warning, never an error: negation read from a list of words can miss one carried
        // by a word's meaning; the point is that the desk reads the quote again.
        let why = match mismatch {
            NegationMismatch::Added { word } => format!(
                "the quote negates (\"{word}\") but the matched source has no negation: check the meaning was not reversed"
            ),
            NegationMismatch::Dropped { word } => format!(
                "the matched source negates ({word}) but the quote has no negation: check the meaning was not reversed"
            ),
            NegationMismatch::Fewer {
                word,
                source,
                quote,
            } => format!(
                "the matched source negates {source} times and the quote {quote}: the source's {word} has no negation in the quote; check no part of the meaning was reversed"
            ),
        };
        flags.push(Flag::new(
            FlagKind::NegationMismatch,
            Severity::Warning,
            why,
        ));
    }
    if f.matched.status == Status::Matched {
        for n in f.names.iter().filter(|n| !n.in_source) {
            flags.push(Flag::new(
                FlagKind::NameMissing,
                Severity::Warning,
                format!(
                    "\"{}\" is named in the quote but not in the matched source sentence",
                    n.surface
                ),
            ));
        }
    }
    for v in &f.variants {
        let arabic = v
            .arabic
            .as_deref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        flags.push(Flag::new(
            FlagKind::VariantSpelling,
            Severity::Warning,
            format!(
                "\"{}\"{arabic} is also written {} in this report; suggested: {}",
                v.spelling,
                v.others
                    .iter()
                    .map(|o| format!("\"{o}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                v.suggested
            ),
        ));
    }
    if f.unreadable_source {
        // What the source says could not be read word by word: not an accusation, a check.
        let read_word_by_word = |kind| {
            matches!(
                kind,
                FlagKind::NumberMismatch | FlagKind::NegationMismatch | FlagKind::NameMissing
            )
        };
        for flag in flags.iter_mut().filter(|f| read_word_by_word(f.kind)) {
            // An error becomes a warning; a warning or a note stays what it was.
            flag.severity = flag.severity.min(Severity::Warning);
            flag.explanation.push_str(
                "; the source runs its words together (text copied without its spaces), so its \
                 words could not be read one by one: check by hand",
            );
        }
    }
    flags.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.kind.cmp(&b.kind)));
    flags
}

/// Whether the quote covers enough of its window's Arabic to render all of it: a number or a
/// negation of the window missing from the quote is then worth a warning.
pub(super) fn covers_whole_window(m: &QuoteMatch) -> bool {
    m.breakdown
        .as_ref()
        .is_some_and(|b| b.coverage_ar >= WHOLE_WINDOW_COVERAGE)
}

/// The source number a changed number of the quote stands for: of the numbers missing from the
/// quote and not yet taken by another changed number, those of its kind when there are any (a
/// month for a month), and of them the nearest in value ("35" for ٣٠ rather than ١٢ of "١٢
/// killed and ٣٠ wounded"; the first on a tie).
fn replaced_by(
    quote: &NumberCheck,
    source: &[NumberCheck],
    taken: &[usize],
    converted: &[String],
) -> Option<usize> {
    let other_kind = |n: &NumberCheck| n.kind != quote.kind;
    let distance = |n: &NumberCheck| {
        let (a, b) = (quote.value.abs(), n.value.abs());
        (a - b).abs() / a.max(b).max(f64::MIN_POSITIVE)
    };
    source
        .iter()
        .enumerate()
        .filter(|&(i, n)| unclaimed(i, n, taken, converted))
        .min_by(|(_, x), (_, y)| {
            (other_kind(x).cmp(&other_kind(y))).then(distance(x).total_cmp(&distance(y)))
        })
        .map(|(i, _)| i)
}

/// Whether the source's number `n` (the `i`-th) is missing from the quote and neither stands
/// for a changed number of the quote (`taken`) nor was converted from another calendar.
fn unclaimed(i: usize, n: &NumberCheck, taken: &[usize], converted: &[String]) -> bool {
    !n.found && !taken.contains(&i) && !converted.contains(&n.text)
}

/// `Outlet (file, line 4)`: the same 1-based lines as every other output.
fn where_is(f: &QuoteFacts, w: &Window) -> String {
    let (file, outlet) = &f.sources[w.source];
    let lines = f
        .unit_lines
        .get(w.source)
        .map_or(&[][..], |l| &l[w.start.min(l.len())..w.end.min(l.len())]);
    format!("{outlet} ({file}, {})", line_list(lines))
}

/// The score of the credited outlet's best window when `w`, in another outlet's source, leads
/// it clearly: a misattribution. The matcher took the credited outlet's window wherever the
/// credit held ([`MatchOptions::credit_holds`]), so this asks the same rule again to name it.
fn clear_lead_elsewhere(
    f: &QuoteFacts,
    w: &Window,
    credited_best: Option<Window>,
    credited: &str,
) -> Option<f64> {
    let credited_best = credited_best.map_or(0.0, |c| c.score);
    (f.sources[w.source].1 != credited && !f.options.credit_holds(w.score, credited_best))
        .then_some(credited_best)
}

fn kind_noun(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Full => "quote",
        QuoteKind::Fragment => "fragment",
        QuoteKind::Scare => "scare quote",
        QuoteKind::Title => "title",
    }
}

/// `line 4`, `lines 4-5` or `lines 4, 7` for the lines of consecutive units.
pub fn line_list(lines: &[usize]) -> String {
    let mut lines = lines.to_vec();
    lines.dedup();
    match lines.as_slice() {
        [] => "no line".to_string(),
        [one] => format!("line {one}"),
        [first, .., last] if last - first + 1 == lines.len() => format!("lines {first}-{last}"),
        all => format!(
            "lines {}",
            all.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A confidence below `floor`, to two decimals unless that would round it up to the floor or
/// past it (0.987 under a floor of 0.99 is not shown as 0.99): then to as many as tell them
/// apart, up to six.
fn below(confidence: f64, floor: f64) -> String {
    (2..=6)
        .map(|decimals| format!("{confidence:.decimals$}"))
        .find(|shown| shown.parse::<f64>().is_ok_and(|c| c < floor))
        .unwrap_or_else(|| format!("{confidence:.6}"))
}

#[cfg(test)]
mod line_list_tests {
    use super::{below, line_list};

    #[test]
    fn a_confidence_below_the_floor_is_never_shown_as_the_floor() {
        assert_eq!(below(0.7213, 0.85), "0.72");
        assert_eq!(below(0.9871, 0.99), "0.987");
        assert_eq!(below(0.98999, 0.99), "0.98999");
        assert_eq!(below(0.9949, 0.995), "0.99");
        assert_eq!(below(0.9951, 0.996), "0.995");
    }

    #[test]
    fn lines_are_named_one_by_one_or_as_a_range() {
        assert_eq!(line_list(&[7]), "line 7");
        assert_eq!(line_list(&[7, 7]), "line 7");
        assert_eq!(line_list(&[7, 8, 9]), "lines 7-9");
        assert_eq!(line_list(&[7, 9]), "lines 7, 9");
        assert_eq!(line_list(&[]), "no line");
    }
}
