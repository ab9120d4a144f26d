//! Two-pass alignment: a lexicon learned from the pair (or the batch) itself, as Moore (2002)
//! and hunalign's second pass do. Pass 1 aligns with the embedded lexicon and the length model;
//! its confident 1-1 beads train IBM Model 1 ([`crate::lexicon::learn`]) on stemmed words; pass
//! 2 aligns again with the embedded lexicon plus the learned pairs. Learning costs one EM over
//! the confident beads, linear in their number; pass 2 costs what pass 1 did.

use super::beads::Bead;
use crate::lexicon::learn::{learn, to_lexicon, LearnOptions, LearnedPair};
use crate::lexicon::parallel::SentencePair;
use crate::lexicon::Lexicon;

/// The sentence pairs of the confident 1-1 beads of an alignment: those scoring at or above the
/// median score of its 1-1 beads (the better half, whatever scale the pair's scores have).
pub fn confident_pairs<S: AsRef<str>>(ar: &[S], en: &[S], beads: &[Bead]) -> Vec<SentencePair> {
    let one_to_one: Vec<&Bead> = beads.iter().filter(|b| b.shape() == (1, 1)).collect();
    let mut scores: Vec<f64> = one_to_one.iter().map(|b| b.score).collect();
    scores.sort_by(f64::total_cmp);
    let Some(&median) = scores.get(scores.len() / 2) else {
        return Vec::new();
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

/// `base` with the stem pairs learned from `pairs` added (a pair already in `base` keeps the
/// higher weight), and the learned pairs themselves.
pub fn with_learned(
    base: &Lexicon,
    pairs: &[SentencePair],
    options: &LearnOptions,
) -> (Lexicon, Vec<LearnedPair>) {
    let learned = learn(pairs, options);
    let mut lexicon = base.clone();
    lexicon.merge(&to_lexicon(&learned));
    (lexicon, learned)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (lexicon, learned) = with_learned(&base, &pairs, &LearnOptions::default());
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
    }
}
