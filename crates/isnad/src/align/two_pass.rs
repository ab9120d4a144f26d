//! Two-pass alignment: a lexicon learned from the pair (or the batch) itself, as Moore (2002)
//! and hunalign's second pass do. Pass 1 aligns with the embedded lexicon and the length model;
//! its confident 1-1 beads train IBM Model 1 ([`crate::lexicon::learn`]) on stemmed words; pass
//! 2 aligns again with the embedded lexicon plus the learned pairs. Learning costs one EM over
//! the confident beads, linear in their number. Pass 2 ([`second_pass`]) costs less than pass
//! 1: the sentences are not prepared again, only the words the first lexicon did not know are
//! looked up in the second ([`Scorer::rekey_side`]), and on documents too long to search whole
//! the search keeps to the band around pass 1's ladder instead of looking for anchors again.
//!
//! Two things make the learned pairs count (docs/align.md, "Two passes"):
//! - a learned pair weighs its probability *relative to the best translation of its Arabic
//!   stem* ([`crate::lexicon::learn::as_translations`]): Model 1's probability is spread over
//!   every word a stem was seen with (the median learned pair has 0.19), so taken as the weight of a dictionary entry
//!   (1 for most of the embedded lexicon) it left a sentence matched word for word scoring below
//!   the aligner's cost cap, where every score costs the same and nothing changed;
//! - when pass 1 scores like unrelated text (the lexicon knows nothing of the pair), its scores
//!   are noise and cannot pick the better half of the 1-1 beads: all of them are learned from,
//!   since the length model placed them and most are right.

use super::beads::Bead;
use super::ladder::{AlignOptions, Paragraphs};
use super::length::{align_adapted_along, scores_like_unrelated, LengthModel};
use super::score::{PreparedSide, Scorer};
use crate::lexicon::parallel::SentencePair;

/// The second pass: `sides`, prepared by `first` and aligned into
/// `first_beads`, aligned again by `second`, whose lexicon is `first`'s with the learned pairs
/// added. The sides are re-keyed rather than prepared again ([`Scorer::rekey_side`]: the same
/// sentences) and the search keeps to the band around the first ladder
/// ([`super::ladder::align_along`]).
pub fn second_pass(
    first: &Scorer,
    second: &Scorer,
    sides: (PreparedSide, PreparedSide),
    paragraphs: Option<Paragraphs>,
    options: &AlignOptions,
    first_beads: &[Bead],
) -> (Vec<Bead>, LengthModel) {
    let ar = second.rekey_side(first, sides.0);
    let en = second.rekey_side(first, sides.1);
    align_adapted_along(&ar, &en, paragraphs, second, options, Some(first_beads))
}

/// The sentence pairs of the confident 1-1 beads of an alignment: those scoring at or above the
/// median score of its 1-1 beads (the better half, whatever scale the pair's scores have); all
/// of them when the alignment scores like unrelated text, where the scores rank nothing.
pub fn confident_pairs<S: AsRef<str>>(ar: &[S], en: &[S], beads: &[Bead]) -> Vec<SentencePair> {
    let one_to_one: Vec<&Bead> = beads.iter().filter(|b| b.shape() == (1, 1)).collect();
    let mut scores: Vec<f64> = one_to_one.iter().map(|b| b.score).collect();
    scores.sort_by(f64::total_cmp);
    let Some(&median) = scores.get(scores.len() / 2) else {
        return Vec::new();
    };
    let median = if scores_like_unrelated(beads) {
        f64::NEG_INFINITY
    } else {
        median
    };
    one_to_one
        .into_iter()
        .filter(|b| b.score >= median)
        .map(|b| SentencePair {
            arabic: ar[b.ar.start].as_ref().to_string(),
            english: en[b.en.start].as_ref().to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::learn::{learn, to_lexicon, with_learned_translations, LearnOptions};
    use crate::lexicon::Lexicon;

    #[test]
    fn the_better_half_of_one_to_one_beads_is_confident() {
        let ar = ["a0", "a1", "a2", "a3", "a4"];
        let en = ["e0", "e1", "e2", "e3", "e4"];
        let beads = [
            Bead::new(0..1, 0..1, 0.9),
            Bead::new(1..2, 1..2, 0.1),
            Bead::new(2..4, 2..3, 0.8),
            Bead::new(4..5, 3..4, 0.5),
            Bead::new(5..5, 4..5, 0.0),
        ];
        let pairs = confident_pairs(&ar, &en, &beads);
        let arabic: Vec<&str> = pairs.iter().map(|p| p.arabic.as_str()).collect();
        assert_eq!(arabic, ["a0", "a4"]);
        assert!(confident_pairs(&ar, &en, &[]).is_empty());
    }

    #[test]
    fn every_one_to_one_bead_is_learned_from_when_the_scores_rank_nothing() {
        let ar = ["a0", "a1", "a2", "a3", "a4"];
        let en = ["e0", "e1", "e2", "e3", "e4"];
        // Scores of unrelated text (mean below review.unrelated_mean_score): noise.
        let beads = [
            Bead::new(0..1, 0..1, 0.02),
            Bead::new(1..2, 1..2, 0.01),
            Bead::new(2..4, 2..3, 0.03),
            Bead::new(4..5, 3..4, 0.015),
            Bead::new(5..5, 4..5, 0.0),
        ];
        let pairs = confident_pairs(&ar, &en, &beads);
        let arabic: Vec<&str> = pairs.iter().map(|p| p.arabic.as_str()).collect();
        assert_eq!(arabic, ["a0", "a1", "a4"]);
    }

    #[test]
    fn words_the_lexicon_lacks_are_learned_from_the_pairs() {
        // Made-up Arabic words that no lexicon has, each with its English word in three pairs.
        let text = [
            ("زرفون قلمس", "zebra lamp"),
            ("زرفون طنبير", "zebra drum"),
            ("قلمس طنبير", "lamp drum"),
            ("زرفون قلمس طنبير", "zebra lamp drum"),
        ];
        let pairs: Vec<SentencePair> = text
            .iter()
            .map(|(a, e)| SentencePair {
                arabic: a.to_string(),
                english: e.to_string(),
            })
            .collect();
        let base = Lexicon::new();
        let (lexicon, learned) = with_learned_translations(&base, &pairs, &LearnOptions::default());
        assert!(!learned.is_empty());
        let zebra = lexicon
            .lookup("زرفون", crate::text::Lang::Ar)
            .expect("learned");
        let english: Vec<&str> = lexicon
            .translations_of(crate::text::Lang::Ar, zebra.0)
            .iter()
            .map(|&(id, _)| lexicon.en_stem(id))
            .collect();
        assert!(english.contains(&"zebra"), "{english:?}");
        // Weighed as translations, the learned words make their sentences score as a
        // dictionary's would, above the level where the aligner's costs stop telling scores
        // apart; with Model 1's probabilities as weights they score lower.
        let mut raw = base.clone();
        raw.merge(&to_lexicon(&learn(&pairs, &LearnOptions::default())));
        let score = |lexicon: &Lexicon| {
            crate::align::Scorer::new(lexicon)
                .explain_text("زرفون قلمس طنبير", "zebra lamp drum")
                .score
        };
        let cap = (-crate::align::AlignOptions::default().max_sentence_cost).exp();
        assert!(score(&lexicon) > cap, "{} {cap}", score(&lexicon));
        assert!(
            score(&lexicon) > score(&raw),
            "{} {}",
            score(&lexicon),
            score(&raw)
        );
    }
}
