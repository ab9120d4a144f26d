//! A bead's evidence from what each word finds in each sentence of the other side.
//!
//! The aligner scores a multi-sentence bead (1-2, 2-1, 2-2, 1-3, 3-1) right after the 1-1 beads
//! of the same sentences, which went through the same words against the same sentences. What a
//! word earns over a bead follows from what it finds in each sentence there: the heaviest
//! translation of its lexicon id (a maximum over sentences), whether its name key or Latin form
//! is there, whether the quantity it spells is (each an "any"), and the same for the phrase it is
//! part of. So the search keeps those [`Find`]s for the pairs of one Arabic and one English
//! sentence it has scored, and a bead's evidence is put together from them, its words summed in
//! the order [`Scorer::evidence`] sums them: the same number, bit for bit.

use super::prepared::{Prepared, Term};
use super::{same_quantity, share, Direction, Scorer};

/// What one word or phrase of a sentence finds in one sentence of the other side.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Find {
    /// The weight of its heaviest translation there.
    pub(super) lexicon: Option<f32>,
    /// A name key or its Latin form is there. Looked for only when `lexicon` gives less than
    /// full credit, as the score looks: over several sentences the heaviest translation is at
    /// least each one's, so where it falls short every sentence was looked into.
    pub(super) word: bool,
    /// The quantity the word spells is there. Looked for only when nothing else was found, for
    /// the same reason.
    pub(super) quantity: bool,
}

impl Find {
    /// What the word finds in two sentences together. The score keeps a translation only when
    /// it is heavier than the best so far: the maximum, over any grouping of the sentences
    /// (lexicon weights are numbers in (0, 1], never NaN).
    fn join(self, other: Find) -> Find {
        let lexicon = match (self.lexicon, other.lexicon) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        Find {
            lexicon,
            word: self.word || other.word,
            quantity: self.quantity || other.quantity,
        }
    }

    /// The credit of a word, in the order of [`Scorer::counterpart`]: a full translation, a
    /// name or Latin word, a partial translation, a quantity.
    fn credit(self) -> Option<f32> {
        match self.lexicon {
            Some(w) if w >= 1.0 => Some(w),
            _ if self.word => Some(1.0),
            Some(w) => Some(w),
            None if self.quantity => Some(1.0),
            None => None,
        }
    }
}

impl Scorer<'_> {
    /// How many [`Find`]s [`Scorer::pair_finds`] writes for `ar` and `en`.
    pub fn finds_len(ar: &Prepared, en: &Prepared) -> usize {
        side_len(en) + side_len(ar)
    }

    /// Appends what each word and phrase of `en` finds in `ar`, then what each of `ar` finds in
    /// `en` (terms, then phrases).
    pub fn pair_finds(&self, ar: &Prepared, en: &Prepared, out: &mut Vec<Find>) {
        self.finds_in(en, ar, Direction::EnToAr, out);
        self.finds_in(ar, en, Direction::ArToEn, out);
    }

    /// The evidence of the bead `ar` × `en` ([`Scorer::evidence`], bit for bit) from
    /// `finds(x, y)`: [`Scorer::pair_finds`] of `ar[x]` and `en[y]`. `scratch` is working space.
    pub fn evidence_of_finds<'f>(
        &self,
        ar: &[Prepared],
        en: &[Prepared],
        finds: impl Fn(usize, usize) -> &'f [Find],
        scratch: &mut Vec<Find>,
    ) -> f64 {
        let prior = self.params.coverage_prior;
        let en_side = coverage_of_finds(en, ar.len(), prior, |f, t| finds(t, f), scratch);
        let ar_side = coverage_of_finds(
            ar,
            en.len(),
            prior,
            |f, t| &finds(f, t)[side_len(&en[t])..],
            scratch,
        );
        let numbers = self.number_share(ar, en, en_side.1 <= ar_side.1);
        let lexical = self.words_signal(en_side, ar_side, numbers);
        self.evidence_of(lexical, numbers)
    }

    fn finds_in(&self, from: &Prepared, to: &Prepared, direction: Direction, out: &mut Vec<Find>) {
        let one = std::slice::from_ref(to);
        for term in &from.terms {
            let lexicon = term.id.and_then(|id| self.heaviest_in(id, to, direction));
            let word = !lexicon.is_some_and(|w| w >= 1.0) && word_in(term, to);
            let quantity = lexicon.is_none() && !word && same_quantity(from, term, one).is_some();
            out.push(Find {
                lexicon,
                word,
                quantity,
            });
        }
        for phrase in &from.phrases {
            out.push(Find {
                lexicon: self.heaviest_in(phrase.id, to, direction),
                ..Find::default()
            });
        }
    }

    /// [`Scorer::best_translation`]'s weight in one sentence.
    fn heaviest_in(&self, id: u32, to: &Prepared, direction: Direction) -> Option<f32> {
        let translations = match direction {
            Direction::EnToAr => self.lexicon.translations_of_en_id(id),
            Direction::ArToEn => self.lexicon.translations_of_ar_id(id),
        };
        let mut best: Option<f32> = None;
        for &(other, weight) in translations {
            if best.is_some_and(|w| w >= weight) {
                continue;
            }
            if to.id_mask.may_contain(other as u64) && to.ids.binary_search(&other).is_ok() {
                best = Some(weight);
            }
        }
        best
    }
}

/// Terms and phrases: the finds of a sentence against one sentence.
fn side_len(s: &Prepared) -> usize {
    s.terms.len() + s.phrases.len()
}

/// One of the term's name keys or its Latin form is in `to`.
fn word_in(term: &Term, to: &Prepared) -> bool {
    let has =
        |key: u64, keys: &[u64]| to.word_mask.may_contain(key) && keys.binary_search(&key).is_ok();
    term.names.into_iter().flatten().any(|n| has(n, &to.names))
        || term.latin.is_some_and(|l| has(l, &to.latin))
}

/// [`Scorer::coverage`] of `from` in `to_len` sentences, from `finds(f, t)`: what `from[f]`'s
/// terms and phrases find in the `t`-th sentence (at least [`side_len`] of them). `scratch`
/// holds what a sentence's words find in all of them together.
fn coverage_of_finds<'f>(
    from: &[Prepared],
    to_len: usize,
    prior: f32,
    finds: impl Fn(usize, usize) -> &'f [Find],
    scratch: &mut Vec<Find>,
) -> (f64, f32) {
    let mut covered = 0.0f32;
    let mut mass = 0.0f32;
    for (f, sentence) in from.iter().enumerate() {
        let n = side_len(sentence);
        let first = &finds(f, 0)[..n];
        let joined = if to_len == 1 {
            first
        } else {
            scratch.clear();
            scratch.extend_from_slice(first);
            for t in 1..to_len {
                for (found, other) in scratch.iter_mut().zip(&finds(f, t)[..n]) {
                    *found = found.join(*other);
                }
            }
            &scratch[..]
        };
        let (words, phrases) = joined.split_at(sentence.terms.len());
        if sentence.phrases.is_empty() {
            for (term, found) in sentence.terms.iter().zip(words) {
                mass += term.weight;
                if let Some(credit) = found.credit() {
                    covered += term.weight * credit;
                }
            }
            continue;
        }
        let mut in_phrase = sentence.phrases.iter().zip(phrases).peekable();
        for (index, (term, found)) in sentence.terms.iter().zip(words).enumerate() {
            mass += term.weight;
            while in_phrase
                .next_if(|(p, _)| p.end as usize <= index)
                .is_some()
            {}
            let phrase = in_phrase
                .peek()
                .filter(|(p, _)| p.first as usize <= index)
                .and_then(|(_, found)| found.lexicon);
            let own = found.credit();
            // A phrase found covers its words unless a word does better on its own.
            let credit = match phrase {
                Some(p) if own.is_none_or(|c| c <= p) => Some(p),
                _ => own,
            };
            if let Some(credit) = credit {
                covered += term.weight * credit;
            }
        }
    }
    (share(covered, mass, prior), mass)
}
