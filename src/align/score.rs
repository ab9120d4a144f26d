//! The cross-language similarity score: how likely is it that an English span translates an
//! Arabic span?
//!
//! Signals a person can read, each in [0, 1]:
//! - **lexical coverage** in both directions: the share of English content words with a
//!   translation among the Arabic span's words (through the lexicon, a shared romanization key
//!   for names, or the same Latin word), and the share of Arabic content words with one in the
//!   English span. The shorter side's coverage weighs most, so a five-word quote inside a
//!   forty-word Arabic sentence still scores high;
//! - **numbers**: the share of the shorter side's quantities found on the other side;
//! - **length**: a Gale–Church prior on the character lengths, fitted for Arabic → English.
//!
//! Sentences are prepared once ([`Prepared`]: lexicon ids sorted, name keys hashed, numbers
//! extracted); scoring a pair then only does binary searches over small sorted vectors.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use serde::Serialize;

use crate::lexicon::Lexicon;
use crate::names::key::{arabic_key, latin_key};
use crate::text::numbers::{self, Quantity, QuantityKind};
use crate::text::tokens::content_terms_with_spans;
use crate::text::{arabic, is_arabic_char, Lang};

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
        ScoreParams {
            fragment_side_weight: 0.85,
            // Arabic news is terser than its English rendering more often than Gale–Church
            // constants fitted on whole-sentence pairs expect; coverage already rules out an
            // Arabic window too small for the quote.
            length_weight: 0.1,
            ..ScoreParams::default()
        }
    }

    pub fn quote_mode(&self) -> bool {
        self.fragment_side_weight > self.shorter_side_weight
    }
}

impl Default for ScoreParams {
    fn default() -> Self {
        ScoreParams {
            length_ratio: 0.93,
            length_variance: 3.25,
            length_weight: 0.3,
            number_weight: 0.3,
            shorter_side_weight: 0.5,
            fragment_side_weight: 0.5,
            length_floor: 0.01,
            coverage_prior: 1.0,
            unknown_weight: 0.3,
            name_weight: 0.6,
        }
    }
}

/// One content word of a prepared sentence.
#[derive(Debug, Clone, PartialEq)]
struct Term {
    /// Lexicon id on this side's language, if the lexicon knows the stem.
    id: Option<u32>,
    /// Hash of the romanization skeleton, for words that may be names.
    name: Option<u64>,
    /// Hash of the lowercased Latin word (acronyms and names copied as they are).
    latin: Option<u64>,
    weight: f32,
    span: (u32, u32),
}

/// A sentence (or any span) prepared for scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub lang: Lang,
    text: String,
    terms: Vec<Term>,
    /// Lexicon ids of the terms, sorted and unique.
    ids: Vec<u32>,
    names: Vec<u64>,
    latin: Vec<u64>,
    numbers: Vec<Quantity>,
    /// Length in characters after normalization, white space folded.
    chars: usize,
}

impl Prepared {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn numbers(&self) -> &[Quantity] {
        &self.numbers
    }

    pub fn chars(&self) -> usize {
        self.chars
    }

    /// What an inverted index over prepared sentences files this one under: its lexicon ids,
    /// name keys and Latin words.
    pub fn index_keys(&self) -> impl Iterator<Item = IndexKey> + '_ {
        self.ids
            .iter()
            .map(|&i| IndexKey::Word(i))
            .chain(self.names.iter().map(|&n| IndexKey::Name(n)))
            .chain(self.latin.iter().map(|&l| IndexKey::Latin(l)))
    }
}

/// A key of an inverted index over Arabic sentences (see [`Scorer::query_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndexKey {
    /// An Arabic lexicon id.
    Word(u32),
    /// A romanization skeleton hash.
    Name(u64),
    /// A Latin word hash.
    Latin(u64),
}

/// How much a word that occurs everywhere still counts (an IDF floor): "said" and قال match in
/// most sentence pairs of a news story and tell them apart poorly, but they still count.
const IDF_FLOOR: f32 = 0.25;

/// Reweights the content words of a set of sentences of one language by inverse document
/// frequency within the set, so that words shared by many sentences decide less. Call it on the
/// candidate set (all source sentences, all report sentences) before scoring.
pub fn weigh_by_rarity(sentences: &mut [Prepared]) {
    use std::collections::HashMap;
    let n = sentences.len();
    if n < 2 {
        return;
    }
    let mut df: HashMap<(u8, u64), u32> = HashMap::new();
    for s in sentences.iter() {
        let mut seen: Vec<(u8, u64)> = s.terms.iter().map(term_identity).collect();
        seen.sort_unstable();
        seen.dedup();
        for k in seen {
            *df.entry(k).or_default() += 1;
        }
    }
    let top = ((n + 1) as f32).ln();
    for s in sentences.iter_mut() {
        for t in &mut s.terms {
            let d = df[&term_identity(t)] as f32;
            let idf = ((n + 1) as f32 / d).ln() / top;
            t.weight *= IDF_FLOOR + (1.0 - IDF_FLOOR) * idf;
        }
    }
}

/// What makes two terms the same word for counting: the lexicon id, else the name key, else the
/// Latin spelling, else the span's identity (never shared).
fn term_identity(t: &Term) -> (u8, u64) {
    match (t.id, t.name, t.latin) {
        (Some(id), _, _) => (0, id as u64),
        (None, Some(name), _) => (1, name),
        (None, None, Some(latin)) => (2, latin),
        (None, None, None) => (3, ((t.span.0 as u64) << 32) | t.span.1 as u64),
    }
}

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn sorted_unique<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
}

/// Where a word of one side found its counterpart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordMatch {
    pub english: String,
    pub arabic: String,
    /// `lexicon`, `name` or `same-word`.
    pub via: &'static str,
    pub weight: f32,
}

/// A number and whether the other side has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberCheck {
    pub text: String,
    pub value: f64,
    pub found: bool,
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

    /// Prepares a span of text in `lang` for scoring.
    pub fn prepare(&self, text: &str, lang: Lang) -> Prepared {
        let p = &self.params;
        let mut terms = Vec::new();
        for (term, span) in content_terms_with_spans(text, lang) {
            let word = &text[span.clone()];
            let arabic_script = word.chars().next().is_some_and(is_arabic_char);
            let (id, name, latin) = match (lang, arabic_script) {
                (Lang::Ar, true) => {
                    let normalized = arabic::normalize(word);
                    let key = arabic_key(without_clitic(&normalized));
                    let id = self
                        .lexicon
                        .ar_id(&term)
                        .or_else(|| self.lexicon.ar_id_backoff(&normalized));
                    (id, name_hash(&key.skeleton), None)
                }
                (Lang::En, false) => {
                    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                    let name = if capitalised {
                        name_hash(&latin_key(word).skeleton)
                    } else {
                        None
                    };
                    (
                        self.lexicon.en_id(&term),
                        name,
                        Some(hash_str(&word.to_lowercase())),
                    )
                }
                // A Latin word in Arabic text (an acronym, a name) can only match itself; an
                // Arabic word in an English report only through its romanization.
                (Lang::Ar, false) => (None, None, Some(hash_str(&word.to_lowercase()))),
                (Lang::En, true) => (None, name_hash(&arabic_key(word).skeleton), None),
            };
            let weight = if id.is_some() {
                1.0
            } else if name.is_some() {
                p.name_weight
            } else {
                p.unknown_weight
            };
            terms.push(Term {
                id,
                name,
                latin,
                weight,
                span: (span.start as u32, span.end as u32),
            });
        }
        let ids = sorted_unique(terms.iter().filter_map(|t| t.id).collect());
        let names = sorted_unique(terms.iter().filter_map(|t| t.name).collect());
        let latin = sorted_unique(terms.iter().filter_map(|t| t.latin).collect());
        let chars = match lang {
            Lang::Ar => arabic::normalize(text)
                .split_whitespace()
                .map(|w| w.chars().count() + 1)
                .sum(),
            Lang::En => text.split_whitespace().map(|w| w.chars().count() + 1).sum(),
        };
        Prepared {
            lang,
            text: text.to_string(),
            terms,
            ids,
            names,
            latin,
            numbers: numbers::extract(text, lang),
            chars,
        }
    }

    /// The keys under which Arabic sentences that could translate `en` are filed, with the
    /// weight of the English word that asks for them: translations of its words, its name keys
    /// and its Latin words.
    pub fn query_keys(&self, en: &Prepared) -> Vec<(IndexKey, f32)> {
        let mut keys = Vec::new();
        for t in &en.terms {
            if let Some(id) = t.id {
                for &(ar, w) in self.lexicon.translations_of_en_id(id) {
                    keys.push((IndexKey::Word(ar), t.weight * w));
                }
            }
            if let Some(n) = t.name {
                keys.push((IndexKey::Name(n), t.weight));
            }
            if let Some(l) = t.latin {
                keys.push((IndexKey::Latin(l), t.weight));
            }
        }
        keys
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

    /// Convenience for one-off pairs: prepares both texts and explains the score.
    pub fn explain_text(&self, ar: &str, en: &str) -> Breakdown {
        let a = self.prepare(ar, Lang::Ar);
        let e = self.prepare(en, Lang::En);
        self.explain(std::slice::from_ref(&a), std::slice::from_ref(&e))
    }

    fn breakdown(&self, ar: &[Prepared], en: &[Prepared], explain: bool) -> Breakdown {
        let p = &self.params;
        let mut matches = Vec::new();
        let (cov_en, mass_en) =
            self.coverage(en, ar, Direction::EnToAr, explain.then_some(&mut matches));
        let (cov_ar, mass_ar) = self.coverage(ar, en, Direction::ArToEn, None);
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
        let lexical = if mass_en == 0.0 && mass_ar == 0.0 {
            0.0
        } else {
            short_weight * short + (1.0 - short_weight) * long
        };

        let en_numbers = number_checks(en, ar);
        let ar_numbers = number_checks(ar, en);
        let shorter_numbers = if p.quote_mode() || mass_en <= mass_ar {
            &en_numbers
        } else {
            &ar_numbers
        };
        let numbers = (!shorter_numbers.is_empty()).then(|| {
            shorter_numbers.iter().filter(|n| n.found).count() as f64 / shorter_numbers.len() as f64
        });

        let ar_chars: usize = ar.iter().map(|s| s.chars).sum();
        let en_chars: usize = en.iter().map(|s| s.chars).sum();
        let length_prior = self.length_prior(ar_chars, en_chars, p.quote_mode());

        let score = p.length_floor * length_prior
            + (1.0 - p.length_floor)
                * lexical
                * (1.0 - p.number_weight * (1.0 - numbers.unwrap_or(1.0)))
                * (1.0 - p.length_weight * (1.0 - length_prior));
        Breakdown {
            score: score.clamp(0.0, 1.0),
            coverage_en: cov_en,
            coverage_ar: cov_ar,
            lexical,
            numbers,
            length_prior,
            matches,
            english_numbers: if explain { en_numbers } else { Vec::new() },
            arabic_numbers: if explain { ar_numbers } else { Vec::new() },
        }
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
    /// weight. With `explain`, records each match.
    fn coverage(
        &self,
        from: &[Prepared],
        to: &[Prepared],
        direction: Direction,
        mut explain: Option<&mut Vec<WordMatch>>,
    ) -> (f64, f32) {
        let mut covered = 0.0f32;
        let mut mass = 0.0f32;
        for sentence in from {
            for term in &sentence.terms {
                mass += term.weight;
                let found = self.counterpart(term, to, direction);
                if let Some((credit, via, other)) = found {
                    covered += term.weight * credit;
                    if let Some(list) = explain.as_deref_mut() {
                        let word = &sentence.text[term.span.0 as usize..term.span.1 as usize];
                        let other_word = other.map(|(s, t): (&Prepared, &Term)| {
                            s.text[t.span.0 as usize..t.span.1 as usize].to_string()
                        });
                        let (english, arabic) = match direction {
                            Direction::EnToAr => (word.to_string(), other_word.unwrap_or_default()),
                            Direction::ArToEn => (other_word.unwrap_or_default(), word.to_string()),
                        };
                        list.push(WordMatch {
                            english,
                            arabic,
                            via,
                            weight: credit,
                        });
                    }
                }
            }
        }
        // A pseudo-count of uncovered weight keeps a two-word span with one lucky match from
        // looking as well covered as a sentence matched word for word.
        let share = if mass > 0.0 {
            (covered / (mass + self.params.coverage_prior)) as f64
        } else {
            0.0
        };
        (share, mass)
    }

    /// The best counterpart of `term` in `to`: credit, how it was found, and (when cheap to
    /// find) the matching term.
    fn counterpart<'a>(
        &self,
        term: &Term,
        to: &'a [Prepared],
        direction: Direction,
    ) -> Option<Counterpart<'a>> {
        let mut best: Option<(f32, u32)> = None;
        if let Some(id) = term.id {
            let translations = match direction {
                Direction::EnToAr => self.lexicon.translations_of_en_id(id),
                Direction::ArToEn => self.lexicon.translations_of_ar_id(id),
            };
            for &(other, weight) in translations {
                if best.is_some_and(|(w, _)| w >= weight) {
                    continue;
                }
                if to.iter().any(|s| s.ids.binary_search(&other).is_ok()) {
                    best = Some((weight, other));
                }
            }
        }
        if best.is_some_and(|(w, _)| w >= 1.0) {
            let (w, other) = best.expect("checked");
            return Some((w, "lexicon", find_term(to, |t| t.id == Some(other))));
        }
        if let Some(name) = term.name {
            if to.iter().any(|s| s.names.binary_search(&name).is_ok()) {
                return Some((1.0, "name", find_term(to, |t| t.name == Some(name))));
            }
        }
        if let Some(latin) = term.latin {
            if to.iter().any(|s| s.latin.binary_search(&latin).is_ok()) {
                return Some((1.0, "same-word", find_term(to, |t| t.latin == Some(latin))));
            }
        }
        best.map(|(w, other)| (w, "lexicon", find_term(to, |t| t.id == Some(other))))
    }
}

/// A term's best counterpart on the other side: credit, how it was found, and the matching term
/// (for explanations).
type Counterpart<'a> = (f32, &'static str, Option<(&'a Prepared, &'a Term)>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    EnToAr,
    ArToEn,
}

fn find_term(to: &[Prepared], pred: impl Fn(&Term) -> bool) -> Option<(&Prepared, &Term)> {
    to.iter()
        .find_map(|s| s.terms.iter().find(|t| pred(t)).map(|t| (s, t)))
}

/// A name written with an attached conjunction or preposition (وسلمى "and Salma", بكفردبل "in
/// Kafrdabla") keeps its romanization only without it. A word of three letters or fewer is left
/// whole: و and ب begin many short names (وادي is Wadi).
fn without_clitic(word: &str) -> &str {
    match word.strip_prefix(['و', 'ب', 'ل', 'ف']) {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => word,
    }
}

/// Skeletons of one consonant are too common to identify a name.
fn name_hash(skeleton: &str) -> Option<u64> {
    (skeleton.chars().count() >= 2).then(|| hash_str(skeleton))
}

/// Ordinals ("first", الأولى "the early [hours]") are left out: translations move them around
/// and turn them into adjectives far more often than they change a fact.
fn number_checks(from: &[Prepared], to: &[Prepared]) -> Vec<NumberCheck> {
    let mut out = Vec::new();
    for s in from {
        for q in s.numbers.iter().filter(|q| q.kind != QuantityKind::Ordinal) {
            let found = to
                .iter()
                .flat_map(|t| &t.numbers)
                .any(|o| numbers::agree(q, o));
            out.push(NumberCheck {
                text: s.text[q.start..q.end].to_string(),
                value: q.value,
                found,
            });
        }
    }
    out
}

/// Byte range helper for callers that keep spans.
pub fn span_of(p: &Prepared, i: usize) -> Option<Range<usize>> {
    p.terms.get(i).map(|t| t.span.0 as usize..t.span.1 as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scorer() -> Scorer<'static> {
        Scorer::new(Lexicon::embedded())
    }

    fn score(ar: &str, en: &str) -> f64 {
        scorer().explain_text(ar, en).score
    }

    fn fragment_score(ar: &str, en: &str) -> f64 {
        let mut s = scorer();
        s.params = ScoreParams::for_fragments();
        s.explain_text(ar, en).score
    }

    #[test]
    fn a_translation_beats_an_unrelated_sentence() {
        let ar = "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي.";
        let good =
            "Russian warplanes bombed the village of Salma in the northern Latakia countryside.";
        let bad = "The central bank raised interest rates to fight inflation.";
        let (g, b) = (score(ar, good), score(ar, bad));
        assert!(g > 0.5, "translation scored {g}");
        assert!(b < 0.2, "unrelated scored {b}");
    }

    #[test]
    fn a_fragment_inside_a_long_sentence_still_scores_high() {
        let ar = "وقال المراسل إن وحدات الجيش سيطرت على ثلاث تلال استراتيجية تشرف على الطريق بين دورين وسلمى بعد معارك عنيفة استمرت منذ فجر اليوم مع المسلحين الذين فروا نحو إدلب.";
        let fragment = "took control of three strategic hills";
        let s = fragment_score(ar, fragment);
        assert!(s > 0.55, "fragment scored {s}");
        let other = "وأعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة.";
        assert!(fragment_score(other, fragment) < s / 2.0);
        // The symmetric default still finds it, lower.
        let symmetric = score(ar, fragment);
        assert!(symmetric > 0.25 && symmetric < s, "symmetric {symmetric}");
    }

    #[test]
    fn numbers_that_disagree_lower_the_score() {
        let ar = "وثق المرصد مقتل ١٤ عنصرا من قوات الحكومة.";
        let right = scorer().explain_text(
            ar,
            "The Observatory documented the deaths of 14 government troops.",
        );
        let wrong = scorer().explain_text(
            ar,
            "The Observatory documented the deaths of 41 government troops.",
        );
        assert_eq!(right.numbers, Some(1.0));
        assert_eq!(wrong.numbers, Some(0.0));
        assert!(right.score > wrong.score);
        assert!(!wrong.english_numbers[0].found);
    }

    #[test]
    fn a_merge_scores_higher_against_both_sentences() {
        let s = scorer();
        let a1 = s.prepare(
            "واستهدف الثوار تجمعا لقوات الحكومة قرب قرية دورين بالصواريخ.",
            Lang::Ar,
        );
        let a2 = s.prepare("وأسفر القصف عن تدمير دبابة ومقتل عدد من العناصر.", Lang::Ar);
        let en = s.prepare(
            "The rebels targeted a gathering of government forces near the village of Dorin with rockets, destroying a tank and killing a number of fighters.",
            Lang::En,
        );
        let one = s.score(std::slice::from_ref(&a1), std::slice::from_ref(&en));
        let both = s.score(&[a1, a2], std::slice::from_ref(&en));
        assert!(both > one, "merge {both} vs first sentence {one}");
    }

    #[test]
    fn names_match_across_scripts_without_the_lexicon() {
        let b = scorer().explain_text(
            "وصلت التعزيزات إلى كنسبا.",
            "Reinforcements reached Kinsabba.",
        );
        assert!(
            b.matches
                .iter()
                .any(|m| m.via == "name" && m.english == "Kinsabba"),
            "{:?}",
            b.matches
        );
    }

    #[test]
    fn explanation_lists_word_pairs() {
        let b = scorer().explain_text("قصفت الطائرات القرية.", "Warplanes shelled the village.");
        assert!(
            b.matches
                .iter()
                .any(|m| m.english == "village" && m.arabic == "القرية"),
            "{:?}",
            b.matches
        );
    }

    #[test]
    fn empty_sides_score_zero() {
        assert!(score("،", "...") <= 0.02);
    }
}
