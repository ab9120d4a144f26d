//! The cross-language similarity score: how likely is it that an English span translates an
//! Arabic span?
//!
//! Signals a person can read, each in [0, 1]:
//! - **lexical coverage** in both directions: the share of English content words with a
//!   translation among the Arabic span's words (through the lexicon, a shared romanization key
//!   for names, or the same Latin word), and the share of Arabic content words with one in the
//!   English span. Both weigh the same for whole sentences; in quote mode
//!   ([`ScoreParams::for_fragments`]) the English side's coverage weighs most, so a five-word
//!   quote inside a forty-word Arabic sentence still scores high;
//! - **numbers**: the share of the shorter side's quantities found on the other side;
//! - **length**: a Gale–Church prior on the character lengths, fitted for Arabic → English.
//!
//! Sentences are prepared once ([`Prepared`]: lexicon ids sorted, name keys hashed, numbers
//! extracted); scoring a pair then only does binary searches over small sorted vectors.

mod best;
mod finds;
mod prepared;

use serde::Serialize;

use crate::lexicon::Lexicon;
use crate::text::numbers::{self, QuantityKind};
use crate::text::Lang;
pub use best::Ranked;
pub use finds::Find;
pub use prepared::{IndexKey, Prepared, PreparedSide};
use prepared::{KeyMask, Term};

/// Tunable constants of the score. The defaults were fitted on NTREX-128 (see
/// `docs/similarity.md` for the figures and the command that measures them).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ScoreParams {
    /// Expected Arabic characters per English character (after normalization).
    pub length_ratio: f64,
    /// Variance of the Arabic length per English character (Gale–Church's s²).
    pub length_variance: f64,
    /// How much of the score the length prior can take away (0 = ignored).
    pub length_weight: f64,
    /// How much of the score disagreeing numbers can take away.
    pub number_weight: f64,
    /// Weight of the shorter side's coverage in the lexical signal.
    pub shorter_side_weight: f64,
    /// In quote mode (greater than `shorter_side_weight`), the weight of the English side's
    /// coverage: the quote is a part that must be found in the Arabic.
    pub fragment_side_weight: f64,
    /// Share of the score given by the length prior alone, so that pairs with no word in common
    /// are still ordered by how plausible their lengths are.
    pub length_floor: f64,
    /// Uncovered weight added to every side before taking its coverage (a Bayesian prior).
    pub coverage_prior: f32,
    /// Weight of a content word the lexicon does not know (a known word weighs 1).
    pub unknown_weight: f32,
    /// Weight of an unknown capitalised English word or unknown Arabic word: a possible name.
    pub name_weight: f32,
}

impl ScoreParams {
    /// Quote mode, for an English quote against Arabic source sentences: the quote may be a
    /// fragment, so the English side's coverage counts most, and the length prior only
    /// penalises an Arabic side too short for the English.
    pub fn for_fragments() -> ScoreParams {
        let fragments = crate::tuning::TUNING.fragments;
        ScoreParams {
            fragment_side_weight: fragments.fragment_side_weight,
            length_weight: fragments.length_weight,
            ..ScoreParams::default()
        }
    }

    pub fn quote_mode(&self) -> bool {
        self.fragment_side_weight > self.shorter_side_weight
    }
}

impl Default for ScoreParams {
    fn default() -> Self {
        crate::tuning::TUNING.score
    }
}

/// Where a word of one side found its counterpart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordMatch {
    pub english: String,
    pub arabic: String,
    /// `lexicon`, `phrase` (a phrase of the lexicon, listed whole), `name`, `same-word` or
    /// `number`.
    pub via: &'static str,
    pub weight: f32,
}

/// A number and whether the other side has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberCheck {
    pub text: String,
    pub value: f64,
    pub found: bool,
    /// What it counts (not written out: the checks read it, to tell a Gregorian month from a
    /// Hijri one).
    #[serde(skip)]
    pub kind: QuantityKind,
}

/// The score of a pair and what it is made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdown {
    pub score: f64,
    /// Share of the English content words covered by the Arabic span.
    pub coverage_en: f64,
    /// Share of the Arabic content words covered by the English span.
    pub coverage_ar: f64,
    pub lexical: f64,
    /// Share of the shorter side's numbers found on the other side (`None`: no numbers).
    pub numbers: Option<f64>,
    pub length_prior: f64,
    /// Filled by [`Scorer::explain`]: which words matched what.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<WordMatch>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub english_numbers: Vec<NumberCheck>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub arabic_numbers: Vec<NumberCheck>,
    /// Filled by [`Scorer::explain`]: English content words with no counterpart in the Arabic.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unmatched_en: Vec<String>,
    /// Filled by [`Scorer::explain`]: Arabic content words with no counterpart in the English.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unmatched_ar: Vec<String>,
}

/// Scores Arabic–English pairs with one lexicon.
#[derive(Debug, Clone)]
pub struct Scorer<'l> {
    pub lexicon: &'l Lexicon,
    pub params: ScoreParams,
}

impl<'l> Scorer<'l> {
    pub fn new(lexicon: &'l Lexicon) -> Scorer<'l> {
        Scorer {
            lexicon,
            params: ScoreParams::default(),
        }
    }

    /// Scores the Arabic sentences `ar` (consecutive, joined) against the English sentences `en`.
    pub fn score(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        self.breakdown(ar, en, false).score
    }

    /// The score and its signals.
    pub fn breakdown_of(&self, ar: &[Prepared], en: &[Prepared]) -> Breakdown {
        self.breakdown(ar, en, false)
    }

    /// The score, its signals, and which words and numbers matched.
    pub fn explain(&self, ar: &[Prepared], en: &[Prepared]) -> Breakdown {
        self.breakdown(ar, en, true)
    }

    /// The words of `en` that `ar` has a counterpart for, and how each was found: the English
    /// side of [`Scorer::explain`]'s `matches`, without the rest of the breakdown.
    pub fn english_matches(&self, ar: &[Prepared], en: &[Prepared]) -> Vec<WordMatch> {
        let mut matches = Vec::new();
        self.coverage(en, ar, Direction::EnToAr, Some(&mut matches), None);
        matches
    }

    /// Convenience for one-off pairs: prepares both texts and explains the score.
    pub fn explain_text(&self, ar: &str, en: &str) -> Breakdown {
        let a = self.prepare(ar, Lang::Ar);
        let e = self.prepare(en, Lang::En);
        self.explain(std::slice::from_ref(&a), std::slice::from_ref(&e))
    }

    fn breakdown(&self, ar: &[Prepared], en: &[Prepared], explain: bool) -> Breakdown {
        let p = &self.params;
        let mut matches = Vec::new();
        let (mut unmatched_en, mut unmatched_ar) = (Vec::new(), Vec::new());
        let (cov_en, mass_en) = self.coverage(
            en,
            ar,
            Direction::EnToAr,
            explain.then_some(&mut matches),
            explain.then_some(&mut unmatched_en),
        );
        // The pairs are listed once, from the English side; the Arabic side only says which of
        // its words found nothing.
        let (cov_ar, mass_ar) = self.coverage(
            ar,
            en,
            Direction::ArToEn,
            None,
            explain.then_some(&mut unmatched_ar),
        );
        // The numbers are listed only to explain; the score needs the shorter side's counts.
        let (en_numbers, ar_numbers) = if explain {
            (number_checks(en, ar), number_checks(ar, en))
        } else {
            (Vec::new(), Vec::new())
        };
        let numbers = self.number_share(ar, en, mass_en <= mass_ar);
        let lexical = self.words_signal((cov_en, mass_en), (cov_ar, mass_ar), numbers);

        let ar_chars: usize = ar.iter().map(|s| s.chars).sum();
        let en_chars: usize = en.iter().map(|s| s.chars).sum();
        let length_prior = self.length_prior(ar_chars, en_chars, p.quote_mode());

        let score = self.with_length_prior(self.evidence_of(lexical, numbers), length_prior);
        Breakdown {
            score,
            coverage_en: cov_en,
            coverage_ar: cov_ar,
            lexical,
            numbers,
            length_prior,
            matches,
            english_numbers: en_numbers,
            arabic_numbers: ar_numbers,
            unmatched_en,
            unmatched_ar,
        }
    }

    /// The lexical signal ([`Scorer::lexical`]), or for sides with no content word but numbers
    /// (a row of a table of figures: "2014: 52.3% - 2,301"), the share of numbers the other
    /// side agrees with: they are all the evidence there is, and a row whose figures the other
    /// side has is its translation.
    fn words_signal(&self, en_side: (f64, f32), ar_side: (f64, f32), numbers: Option<f64>) -> f64 {
        match numbers {
            Some(share) if en_side.1 == 0.0 && ar_side.1 == 0.0 => share,
            _ => self.lexical(en_side, ar_side),
        }
    }

    /// The lexical signal from each side's coverage and content weight.
    fn lexical(&self, (cov_en, mass_en): (f64, f32), (cov_ar, mass_ar): (f64, f32)) -> f64 {
        let p = &self.params;
        let (short, long) = if mass_en <= mass_ar {
            (cov_en, cov_ar)
        } else {
            (cov_ar, cov_en)
        };
        // Whole sentences weigh both sides the same; for quotes, the English side is the part
        // that must be found in the Arabic, so its coverage counts most.
        let short_weight = if p.quote_mode() {
            p.fragment_side_weight
        } else {
            p.shorter_side_weight
        };
        let (short, long) = if p.quote_mode() {
            (cov_en, cov_ar)
        } else {
            (short, long)
        };
        if mass_en == 0.0 && mass_ar == 0.0 {
            0.0
        } else {
            short_weight * short + (1.0 - short_weight) * long
        }
    }

    /// The share of the shorter side's quantities the other side agrees with (`None`: it has
    /// none).
    fn number_share(&self, ar: &[Prepared], en: &[Prepared], english_lighter: bool) -> Option<f64> {
        let (shorter, other) = if self.params.quote_mode() || english_lighter {
            (en, ar)
        } else {
            (ar, en)
        };
        let (found, total) = number_agreements(shorter, other)
            .fold((0, 0), |(found, total), (_, _, agrees)| {
                (found + agrees as usize, total + 1)
            });
        (total > 0).then(|| found as f64 / total as f64)
    }

    /// The part of the score the length model does not touch: the lexical evidence weighed by
    /// the numbers' agreement. Searches of the same pair that differ only in the length model
    /// (`align::length`) score it once ([`crate::align::ladder`]'s memo).
    pub fn evidence(&self, ar: &[Prepared], en: &[Prepared]) -> f64 {
        let b = self.breakdown(ar, en, false);
        self.evidence_of(b.lexical, b.numbers)
    }

    fn evidence_of(&self, lexical: f64, numbers: Option<f64>) -> f64 {
        let p = &self.params;
        (1.0 - p.length_floor) * lexical * (1.0 - p.number_weight * (1.0 - numbers.unwrap_or(1.0)))
    }

    /// The score from [`Scorer::evidence`] and the length prior: the same number, bit for bit,
    /// as scoring the pair whole.
    pub fn with_length_prior(&self, evidence: f64, length_prior: f64) -> f64 {
        let p = &self.params;
        let score = p.length_floor * length_prior
            + evidence * (1.0 - p.length_weight * (1.0 - length_prior));
        score.clamp(0.0, 1.0)
    }

    /// Gale–Church: how plausible these character lengths are for a translation. With
    /// `english_may_be_part` (a quote out of a longer sentence), only an Arabic side too short
    /// for the English is penalised.
    pub fn length_prior(&self, ar_chars: usize, en_chars: usize, english_may_be_part: bool) -> f64 {
        let p = &self.params;
        if ar_chars == 0 || en_chars == 0 {
            return if ar_chars == en_chars { 1.0 } else { 0.0 };
        }
        let expected = en_chars as f64 * p.length_ratio;
        let delta = (ar_chars as f64 - expected) / (p.length_variance * en_chars as f64).sqrt();
        if english_may_be_part && delta > 0.0 {
            return 1.0;
        }
        (-delta * delta / 2.0).exp()
    }

    /// Weighted share of `from`'s content words that have a counterpart in `to`, and the total
    /// weight. Records each match in `matches` and each word left without one in `unmatched`,
    /// when given.
    fn coverage(
        &self,
        from: &[Prepared],
        to: &[Prepared],
        direction: Direction,
        mut matches: Option<&mut Vec<WordMatch>>,
        mut unmatched: Option<&mut Vec<String>>,
    ) -> (f64, f32) {
        let mut covered = 0.0f32;
        let mut mass = 0.0f32;
        let masks = ToMasks {
            ids: KeyMask::of(to, |s| &s.id_mask),
            words: KeyMask::of(to, |s| &s.word_mask),
        };
        for sentence in from {
            // A phrase found on the other side covers each of its words; a word may still do
            // better on its own (a name, a number). Most sentences hold no phrase: nothing is
            // allocated for them on this hot path.
            let mut phrase_of: Vec<Option<(usize, f32, Option<Found>)>> = Vec::new();
            if !sentence.phrases.is_empty() {
                phrase_of.resize(sentence.terms.len(), None);
            }
            for (n, phrase) in sentence.phrases.iter().enumerate() {
                let Some((credit, other)) = self.best_translation(phrase.id, to, &masks, direction)
                else {
                    continue;
                };
                let at = matches.is_some().then(|| find_id(to, other)).flatten();
                for slot in &mut phrase_of[phrase.first as usize..phrase.end as usize] {
                    *slot = Some((n, credit, at));
                }
            }
            for (index, term) in sentence.terms.iter().enumerate() {
                mass += term.weight;
                let own = self
                    .counterpart(term, to, &masks, direction, matches.is_some())
                    .or_else(|| {
                        same_quantity(sentence, term, to).map(|at| (1.0, "number", Some(at)))
                    });
                let through_phrase = phrase_of
                    .get(index)
                    .copied()
                    .flatten()
                    .filter(|&(_, credit, _)| own.is_none_or(|(c, _, _)| c <= credit));
                let word = || &sentence.text[term.span.0 as usize..term.span.1 as usize];
                let found = match through_phrase {
                    Some((n, credit, at)) => {
                        let phrase = &sentence.phrases[n];
                        // The phrase is listed once, at its first word.
                        if phrase.first as usize == index {
                            if let Some(list) = matches.as_deref_mut() {
                                let (start, end) = (phrase.span.0 as usize, phrase.span.1 as usize);
                                let text = sentence.text[start..end].to_string();
                                let other = at
                                    .map(|(s, (a, b))| s.text[a..b].to_string())
                                    .unwrap_or_default();
                                list.push(WordMatch::new(text, other, direction, "phrase", credit));
                            }
                        }
                        covered += term.weight * credit;
                        continue;
                    }
                    None => own,
                };
                let Some((credit, via, other)) = found else {
                    if let Some(list) = unmatched.as_deref_mut() {
                        list.push(word().to_string());
                    }
                    continue;
                };
                covered += term.weight * credit;
                if let Some(list) = matches.as_deref_mut() {
                    let word = word().to_string();
                    let other_word = other
                        .map(|(s, (start, end))| s.text[start..end].to_string())
                        .unwrap_or_default();
                    list.push(WordMatch::new(word, other_word, direction, via, credit));
                }
            }
        }
        (share(covered, mass, self.params.coverage_prior), mass)
    }

    /// The best counterpart of `term` in `to`: credit, how it was found, and (when cheap to
    /// find) the matching term.
    fn counterpart<'a>(
        &self,
        term: &Term,
        to: &'a [Prepared],
        masks: &ToMasks,
        direction: Direction,
        find_matching_term: bool,
    ) -> Option<Counterpart<'a>> {
        // Looking the matching term up is for explanations only: it is a scan, kept off the
        // hot path of ranking and alignment.
        let find = |pred: &dyn Fn(&Term) -> bool| {
            if find_matching_term {
                find_term(to, pred)
            } else {
                None
            }
        };
        let best = term
            .id
            .and_then(|id| self.best_translation(id, to, masks, direction));
        if best.is_some_and(|(w, _)| w >= 1.0) {
            let (w, other) = best.expect("checked");
            return Some((
                w,
                "lexicon",
                find_matching_term.then(|| find_id(to, other)).flatten(),
            ));
        }
        for name in term.names.into_iter().flatten() {
            if masks.words.may_contain(name)
                && to.iter().any(|s| s.names.binary_search(&name).is_ok())
            {
                return Some((1.0, "name", find(&|t| t.names.contains(&Some(name)))));
            }
        }
        if let Some(latin) = term.latin {
            if masks.words.may_contain(latin)
                && to.iter().any(|s| s.latin.binary_search(&latin).is_ok())
            {
                return Some((1.0, "same-word", find(&|t| t.latin == Some(latin))));
            }
        }
        best.map(|(w, other)| {
            let at = find_matching_term.then(|| find_id(to, other)).flatten();
            (w, "lexicon", at)
        })
    }

    /// The heaviest translation of a word or phrase id that `to` holds: (weight, its id).
    fn best_translation(
        &self,
        id: u32,
        to: &[Prepared],
        masks: &ToMasks,
        direction: Direction,
    ) -> Option<(f32, u32)> {
        let translations = match direction {
            Direction::EnToAr => self.lexicon.translations_of_en_id(id),
            Direction::ArToEn => self.lexicon.translations_of_ar_id(id),
        };
        let mut best: Option<(f32, u32)> = None;
        for &(other, weight) in translations {
            if best.is_some_and(|(w, _)| w >= weight) {
                continue;
            }
            // The joined mask first, then each sentence's: most sentences of a bead lack the
            // id, and their own mask says so without a binary search.
            let key = other as u64;
            if masks.ids.may_contain(key)
                && to
                    .iter()
                    .any(|s| s.id_mask.may_contain(key) && s.ids.binary_search(&other).is_ok())
            {
                best = Some((weight, other));
            }
        }
        best
    }
}

impl WordMatch {
    fn new(
        word: String,
        other: String,
        direction: Direction,
        via: &'static str,
        weight: f32,
    ) -> WordMatch {
        let (english, arabic) = match direction {
            Direction::EnToAr => (word, other),
            Direction::ArToEn => (other, word),
        };
        WordMatch {
            english,
            arabic,
            via,
            weight,
        }
    }
}

/// The key masks of the side a coverage looks into, joined once per score.
struct ToMasks {
    ids: KeyMask,
    words: KeyMask,
}

/// The covered share of a side's content weight. A pseudo-count of uncovered weight (`prior`)
/// keeps a two-word span with one lucky match from looking as well covered as a sentence matched
/// word for word.
fn share(covered: f32, mass: f32, prior: f32) -> f64 {
    if mass > 0.0 {
        (covered / (mass + prior)) as f64
    } else {
        0.0
    }
}

/// Where a matched word or phrase is.
type Found<'a> = (&'a Prepared, (usize, usize));

/// The word or phrase of `to` with lexicon id `id`.
fn find_id(to: &[Prepared], id: u32) -> Option<Found<'_>> {
    to.iter().find_map(|s| {
        let phrase = s.phrases.iter().find(|p| p.id == id).map(|p| p.span);
        let word = || s.terms.iter().find(|t| t.id == Some(id)).map(|t| t.span);
        phrase
            .or_else(word)
            .map(|(a, b)| (s, (a as usize, b as usize)))
    })
}

/// A term's best counterpart on the other side: credit, how it was found, and where the matching
/// word is (for explanations).
type Counterpart<'a> = (f32, &'static str, Option<Found<'a>>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    EnToAr,
    ArToEn,
}

fn find_term<'a>(
    to: &'a [Prepared],
    pred: &dyn Fn(&Term) -> bool,
) -> Option<(&'a Prepared, (usize, usize))> {
    to.iter().find_map(|s| {
        s.terms
            .iter()
            .find(|t| pred(t))
            .map(|t| (s, (t.span.0 as usize, t.span.1 as usize)))
    })
}

/// Where `to` has the quantity that `term` spells ("eight" and 8): the number is found, whatever
/// the lexicon says about the word.
fn same_quantity<'a>(
    sentence: &Prepared,
    term: &Term,
    to: &'a [Prepared],
) -> Option<(&'a Prepared, (usize, usize))> {
    let q = sentence.numbers.get(term.quantity? as usize)?;
    if q.kind == QuantityKind::Ordinal {
        return None;
    }
    to.iter().find_map(|t| {
        t.numbers
            .iter()
            .find(|o| numbers::agree(q, o))
            .map(|o| (t, (o.start, o.end)))
    })
}

/// Ordinals ("first", الأولى "the early [hours]") are left out: translations move them around
/// and turn them into adjectives far more often than they change a fact.
fn number_checks(from: &[Prepared], to: &[Prepared]) -> Vec<NumberCheck> {
    number_agreements(from, to)
        .map(|(s, q, found)| NumberCheck {
            text: s.text[q.start..q.end].to_string(),
            value: q.value,
            found,
            kind: q.kind,
        })
        .collect()
}

/// Each quantity of `from` but ordinals, with its sentence and whether `to` has one that agrees.
/// A weekday or month (`QuantityKind::is_optional`) `to` has none of the kind for is left out:
/// a translation names the day the source calls اليوم, or drops it.
///
/// A quantity of `to` that another of `from` matches exactly (same kind and unit) is that one's
/// when this one matches it only loosely: "two soldiers … two hours" against خمسة جنود …
/// ساعتين has its hours, not its soldiers (a count agrees with a measure of the same value, as
/// a unit one side leaves out must).
fn number_agreements<'a>(
    from: &'a [Prepared],
    to: &'a [Prepared],
) -> impl Iterator<Item = (&'a Prepared, &'a numbers::Quantity, bool)> + 'a {
    let exact = |a: &numbers::Quantity, b: &numbers::Quantity| {
        a.kind == b.kind && a.unit == b.unit && numbers::agree(a, b)
    };
    let all_from = || from.iter().flat_map(|s| &s.numbers);
    from.iter().flat_map(move |s| {
        s.numbers
            .iter()
            .filter(|q| q.kind != QuantityKind::Ordinal)
            .filter_map(move |q| {
                let mut others = to.iter().flat_map(|t| &t.numbers);
                // Claimed only while its exact matches outnumber its copies in `to`: the
                // source's two ordinals 1 (أول … الأول من شوال) are "first" and "1 Shawwal".
                let claimed = |o: &numbers::Quantity| {
                    if exact(q, o) {
                        return false;
                    }
                    let claimers = all_from()
                        .filter(|p| !std::ptr::eq(*p, q) && exact(p, o))
                        .count();
                    let copies = to
                        .iter()
                        .flat_map(|t| &t.numbers)
                        .filter(|c| exact(c, o))
                        .count();
                    claimers >= copies.max(1)
                };
                let found = others.clone().any(|o| numbers::agree(q, o) && !claimed(o));
                // A month of the other calendar is of the kind: "27 March" for ٢٧ رمضان is a
                // date to convert, not one the source leaves out; a percentage is of a
                // fraction's.
                let one_sided = q.kind.is_optional()
                    && !found
                    && !others.any(|o| o.kind.family() == q.kind.family());
                (!one_sided).then_some((s, q, found))
            })
    })
}

#[cfg(test)]
mod tests;
