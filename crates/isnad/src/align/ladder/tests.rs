//! The aligner on small hand-written documents: one test per bead type.

use super::*;
use crate::align::ScoreParams;
use crate::lexicon::Lexicon;
use crate::text::Lang;

/// Arabic sentences and their English translations, pair by pair.
const PAIRS: [(&str, &str); 8] = [
    (
        "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي.",
        "Russian warplanes bombed the village of Salma in the northern Latakia countryside.",
    ),
    (
        "وثق المرصد مقتل ١٤ عنصرا من قوات الحكومة.",
        "The Observatory documented the deaths of 14 government troops.",
    ),
    (
        "وأعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة.",
        "The health ministry announced the opening of a new hospital in the capital.",
    ),
    (
        "رفع البنك المركزي أسعار الفائدة لمكافحة التضخم.",
        "The central bank raised interest rates to fight inflation.",
    ),
    (
        "واستهدف الثوار تجمعا لقوات الحكومة قرب قرية دورين بالصواريخ.",
        "The rebels targeted a gathering of government forces near the village of Dorin with rockets.",
    ),
    (
        "وأسفر القصف عن تدمير دبابة ومقتل عدد من العناصر.",
        "The shelling destroyed a tank and killed a number of fighters.",
    ),
    (
        "وقالت الأمم المتحدة إن ثلاثة آلاف عائلة نزحت من المنطقة.",
        "The United Nations said three thousand families had fled the area.",
    ),
    (
        "وصلت التعزيزات إلى كنسبا.",
        "Reinforcements reached Kinsabba.",
    ),
];

fn scorer() -> Scorer<'static> {
    Scorer::new(Lexicon::embedded())
}

fn prepare(scorer: &Scorer, texts: &[String], lang: Lang) -> Vec<Prepared> {
    scorer.prepare_side(texts, lang).sentences
}

/// Builds the two sides from groups of pair indices: each inner slice becomes one sentence,
/// the texts of its pairs joined.
fn side(groups: &[&[usize]], lang: Lang) -> Vec<String> {
    groups
        .iter()
        .map(|g| {
            let texts: Vec<&str> = g
                .iter()
                .map(|&k| match lang {
                    Lang::Ar => PAIRS[k].0,
                    Lang::En => PAIRS[k].1,
                })
                .collect();
            texts.join(" ")
        })
        .collect()
}

fn align_groups(ar: &[&[usize]], en: &[&[usize]], options: &AlignOptions) -> Vec<Bead> {
    let s = scorer();
    let a = prepare(&s, &side(ar, Lang::Ar), Lang::Ar);
    let e = prepare(&s, &side(en, Lang::En), Lang::En);
    align(&a, &e, &s, options)
}

/// The beads as `(ar range, en range)` for comparison.
fn ranges(beads: &[Bead]) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    beads.iter().map(|b| (b.ar.clone(), b.en.clone())).collect()
}

fn every_segment_once(beads: &[Bead], n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for b in beads {
        assert_eq!((b.ar.start, b.en.start), (i, j), "{beads:?}");
        (i, j) = (b.ar.end, b.en.end);
    }
    assert_eq!((i, j), (n, m));
}

#[test]
fn translations_align_one_to_one() {
    let all: Vec<&[usize]> = vec![&[0], &[1], &[2], &[3], &[4], &[5], &[6], &[7]];
    let beads = align_groups(&all, &all, &AlignOptions::default());
    assert_eq!(beads.len(), 8);
    assert!(beads.iter().all(|b| b.shape() == (1, 1) && b.score > 0.2));
    every_segment_once(&beads, 8, 8);
}

#[test]
fn one_arabic_sentence_translated_by_two_english_ones() {
    let ar: Vec<&[usize]> = vec![&[0], &[1], &[4, 5], &[6]];
    let en: Vec<&[usize]> = vec![&[0], &[1], &[4], &[5], &[6]];
    let beads = align_groups(&ar, &en, &AlignOptions::default());
    assert_eq!(beads[2].ar, 2..3);
    assert_eq!(beads[2].en, 2..4);
    assert_eq!(beads[2].label(), "1-2");
    every_segment_once(&beads, 4, 5);
}

#[test]
fn two_arabic_sentences_translated_by_one_english_one() {
    let ar: Vec<&[usize]> = vec![&[0], &[4], &[5], &[2], &[3]];
    let en: Vec<&[usize]> = vec![&[0], &[4, 5], &[2], &[3]];
    let beads = align_groups(&ar, &en, &AlignOptions::default());
    assert_eq!(
        ranges(&beads),
        vec![(0..1, 0..1), (1..3, 1..2), (3..4, 2..3), (4..5, 3..4)]
    );
}

#[test]
fn a_sentence_left_out_on_either_side() {
    let all: Vec<&[usize]> = vec![&[0], &[1], &[2], &[3], &[6]];
    let without_2: Vec<&[usize]> = vec![&[0], &[1], &[3], &[6]];
    let beads = align_groups(&all, &without_2, &AlignOptions::default());
    assert!(beads.contains(&Bead::new(2..3, 2..2, 0.0)), "{beads:?}");
    assert_eq!(beads.len(), 5);
    let beads = align_groups(&without_2, &all, &AlignOptions::default());
    assert!(beads.contains(&Bead::new(2..2, 2..3, 0.0)), "{beads:?}");
}

#[test]
fn sentences_split_differently_on_both_sides_form_a_two_two_bead() {
    // Arabic: (4 5) (6); English: (4) (5 6) — no smaller bead is a translation. Such beads
    // are rare, so the default prior prefers two partial 1-1 beads; a lower one finds it.
    let ar: Vec<&[usize]> = vec![&[0], &[4, 5], &[6], &[3]];
    let en: Vec<&[usize]> = vec![&[0], &[4], &[5, 6], &[3]];
    let options = AlignOptions {
        two_two_cost: 0.3,
        ..AlignOptions::default()
    };
    let beads = align_groups(&ar, &en, &options);
    assert_eq!(
        ranges(&beads),
        vec![(0..1, 0..1), (1..3, 1..3), (3..4, 3..4)]
    );
}

#[test]
fn one_arabic_sentence_translated_by_three_english_ones() {
    let ar: Vec<&[usize]> = vec![&[0], &[4, 5, 6], &[3]];
    let en: Vec<&[usize]> = vec![&[0], &[4], &[5], &[6], &[3]];
    let beads = align_groups(&ar, &en, &AlignOptions::default());
    assert_eq!(beads[1].shape(), (1, 3), "{beads:?}");
    let without_threes = AlignOptions {
        three_cost: None,
        ..AlignOptions::default()
    };
    let beads = align_groups(&ar, &en, &without_threes);
    assert!(beads.iter().all(|b| b.ar.len() < 3 && b.en.len() < 3));
    every_segment_once(&beads, 3, 5);
}

#[test]
fn a_paragraph_break_inside_a_bead_costs_extra() {
    let ar: Vec<&[usize]> = vec![&[4, 5]];
    let en: Vec<&[usize]> = vec![&[4], &[5]];
    let s = scorer();
    let a = prepare(&s, &side(&ar, Lang::Ar), Lang::Ar);
    let e = prepare(&s, &side(&en, Lang::En), Lang::En);
    let options = AlignOptions {
        paragraph_cost: 100.0,
        ..AlignOptions::default()
    };
    let same_paragraph =
        align_with_paragraphs(&a, &e, Some(Paragraphs::new(&[0], &[0, 0])), &s, &options);
    assert_eq!(same_paragraph.len(), 1);
    let two_paragraphs =
        align_with_paragraphs(&a, &e, Some(Paragraphs::new(&[0], &[0, 1])), &s, &options);
    assert_eq!(two_paragraphs.len(), 2, "{two_paragraphs:?}");
}

#[test]
fn empty_sides_are_all_deletions() {
    let s = scorer();
    let a = prepare(&s, &side(&[&[0], &[1]], Lang::Ar), Lang::Ar);
    let beads = align(&a, &[], &s, &AlignOptions::default());
    assert_eq!(ranges(&beads), vec![(0..1, 0..0), (1..2, 0..0)]);
    assert!(align(&[], &[], &s, &AlignOptions::default()).is_empty());
}

#[test]
fn the_banded_search_finds_what_the_full_search_finds() {
    // Three copies of the story, with a merge and a deletion, searched in a narrow band.
    let mut ar: Vec<&[usize]> = Vec::new();
    let mut en: Vec<&[usize]> = Vec::new();
    for copy in 0..3 {
        ar.extend::<[&[usize]; 8]>([&[0], &[1], &[2], &[3], &[4], &[5], &[6], &[7]]);
        en.extend::<[&[usize]; 6]>([&[0], &[1], &[3], &[4, 5], &[6], &[7]]);
        if copy == 1 {
            en.push(&[2]);
        }
    }
    let full = align_groups(&ar, &en, &AlignOptions::default());
    let banded = AlignOptions {
        full_search_work: 0,
        band_half_width: 2,
        ..AlignOptions::default()
    };
    assert_eq!(align_groups(&ar, &en, &banded), full);
    every_segment_once(&full, ar.len(), en.len());
}

#[test]
fn the_search_along_a_first_ladder_finds_what_the_full_search_finds() {
    // The same story, searched in a narrow band around a ladder found before, and around a
    // rough one (everything 1-1, then what is left over); a guide that is no ladder of these
    // documents is ignored.
    let mut ar: Vec<&[usize]> = Vec::new();
    let mut en: Vec<&[usize]> = Vec::new();
    for _ in 0..3 {
        ar.extend::<[&[usize]; 8]>([&[0], &[1], &[2], &[3], &[4], &[5], &[6], &[7]]);
        en.extend::<[&[usize]; 6]>([&[0], &[1], &[3], &[4, 5], &[6], &[7]]);
    }
    let s = scorer();
    let a = prepare(&s, &side(&ar, Lang::Ar), Lang::Ar);
    let e = prepare(&s, &side(&en, Lang::En), Lang::En);
    let full = align(&a, &e, &s, &AlignOptions::default());
    let banded = AlignOptions {
        full_search_work: 0,
        band_half_width: 3,
        ..AlignOptions::default()
    };
    assert_eq!(align_along(&a, &e, None, &s, &banded, &full), full);
    let mut rough: Vec<Bead> = (0..e.len())
        .map(|k| Bead::new(k..k + 1, k..k + 1, 0.0))
        .collect();
    rough.push(Bead::new(e.len()..a.len(), e.len()..e.len(), 0.0));
    // It strays up to 4.5 sentences from the true path: inside the default band.
    let default_band = AlignOptions {
        full_search_work: 0,
        ..AlignOptions::default()
    };
    assert_eq!(align_along(&a, &e, None, &s, &default_band, &rough), full);
    let broken = [Bead::new(0..1, 0..1, 0.0)];
    assert_eq!(
        align_along(&a, &e, None, &s, &banded, &broken),
        align(&a, &e, &s, &banded)
    );
}

/// A search reusing an earlier search's memo under another length model finds the ladder and
/// the scores a search without it finds, to the bit — over the whole matrix and in a band,
/// whether the bands agree or not.
#[test]
fn a_memo_changes_nothing_but_the_work() {
    let s = scorer();
    let ar_groups: Vec<&[usize]> = vec![&[0], &[1], &[2, 3], &[4], &[5], &[6], &[7], &[0], &[1]];
    let en_groups: Vec<&[usize]> = vec![&[0], &[1], &[2], &[3], &[4], &[6], &[7], &[0, 1]];
    let a = prepare(&s, &side(&ar_groups, Lang::Ar), Lang::Ar);
    let e = prepare(&s, &side(&en_groups, Lang::En), Lang::En);
    let with_ratio = |ratio: f64| Scorer {
        lexicon: s.lexicon,
        params: ScoreParams {
            length_ratio: ratio,
            ..s.params
        },
    };
    for full_search_work in [usize::MAX, 0] {
        let options = AlignOptions {
            full_search_work,
            band_half_width: 1,
            ..AlignOptions::default()
        };
        let (first, memo) = align_remembering(&a, &e, None, &with_ratio(0.93), &options, &[], None);
        for ratio in [0.93, 0.6, 1.6] {
            let later = with_ratio(ratio);
            let fresh = align_along(&a, &e, None, &later, &options, &[]);
            let (reused, _) =
                align_remembering(&a, &e, None, &later, &options, &[], Some(memo.clone()));
            assert_eq!(reused, fresh, "ratio {ratio}, work {full_search_work}");
            // Every score is the one scoring the bead whole gives.
            for bead in reused.iter().filter(|b| b.shape().0 > 0 && b.shape().1 > 0) {
                let direct = later.score(&a[bead.ar.clone()], &e[bead.en.clone()]);
                assert_eq!(bead.score, direct, "{bead:?}");
            }
            let (guided, _) =
                align_remembering(&a, &e, None, &later, &options, &first, Some(memo.clone()));
            let fresh_guided = align_along(&a, &e, None, &later, &options, &first);
            assert_eq!(
                guided, fresh_guided,
                "ratio {ratio}, work {full_search_work}"
            );
        }
    }
}

/// A long story of distinct sentences: pair `k % 8` of [`PAIRS`] with a number of its own, so
/// that every sentence has one clear match. With `inserted` sentences of the given language
/// that translate nothing on the other side put in after the first `at` sentences.
fn story_with_insertion(
    sentences: usize,
    at: usize,
    inserted: usize,
    lang: Lang,
) -> (Vec<String>, Vec<String>) {
    let numbered = |k: usize, l: Lang| {
        let (ar, en) = PAIRS[k % PAIRS.len()];
        match l {
            Lang::Ar => format!("{ar} وذلك في الحادثة رقم {}.", 100 + k),
            Lang::En => format!("{en} That was incident number {}.", 100 + k),
        }
    };
    let unrelated = |k: usize| match lang {
        Lang::Ar => {
            format!("وعزفت الفرقة الموسيقية سمفونية جديدة طويلة في المسرح القديم {k} مرات.")
        }
        Lang::En => {
            format!("The orchestra played a long new symphony in the old theatre {k} times.")
        }
    };
    let mut sides = [Vec::new(), Vec::new()];
    for k in 0..sentences {
        if k == at {
            let side = if lang == Lang::Ar { 0 } else { 1 };
            sides[side].extend((0..inserted).map(|x| unrelated(900 + x)));
        }
        sides[0].push(numbered(k, Lang::Ar));
        sides[1].push(numbered(k, Lang::En));
    }
    let [ar, en] = sides;
    (ar, en)
}

/// A passage inserted on one side between two anchors: the banded search (anchors, then the
/// band around them) leaves it out as 1-0 or 0-1 beads and keeps every sentence after it on
/// its own translation, as the full search does. The band used to follow the straight line
/// between the anchors around the passage, and sentences after it were paired with the
/// inserted ones.
#[test]
fn the_banded_search_leaves_an_inserted_passage_out() {
    let s = scorer();
    for lang in [Lang::En, Lang::Ar] {
        for inserted in [12, 40] {
            let (ar, en) = story_with_insertion(60, 30, inserted, lang);
            let (a, e) = (prepare(&s, &ar, Lang::Ar), prepare(&s, &en, Lang::En));
            let banded = AlignOptions {
                full_search_work: 0,
                ..AlignOptions::default()
            };
            let beads = align(&a, &e, &s, &banded);
            every_segment_once(&beads, a.len(), e.len());
            let mut expected: Vec<(usize, usize)> = Vec::new();
            for k in 0..60 {
                let shift = if k >= 30 { inserted } else { 0 };
                let (x, y) = if lang == Lang::Ar {
                    (k + shift, k)
                } else {
                    (k, k + shift)
                };
                expected.push((x, y));
            }
            let found: Vec<(usize, usize)> = beads
                .iter()
                .filter(|b| b.shape() == (1, 1))
                .map(|b| (b.ar.start, b.en.start))
                .collect();
            assert_eq!(found, expected, "{lang:?} {inserted}");
            let left_out = beads.iter().filter(|b| b.is_deletion()).count();
            assert_eq!(left_out, inserted, "{lang:?} {inserted}: {beads:?}");
        }
    }
}
#[test]
fn one_arabic_sentence_translated_by_four_english_ones() {
    // Clauses of one Arabic sentence, each rendered by an English sentence; the length model
    // is the pair's own (as `isnad align` estimates it), not news's.
    let g: [usize; 4] = [4, 5, 6, 2];
    let ar: Vec<&[usize]> = vec![&[0], &g, &[3]];
    let en: Vec<&[usize]> = vec![&[0], &g[0..1], &g[1..2], &g[2..3], &g[3..4], &[3]];
    let s = scorer();
    let a = prepare(&s, &side(&ar, Lang::Ar), Lang::Ar);
    let e = prepare(&s, &side(&en, Lang::En), Lang::En);
    let own = |four_cost| {
        let options = AlignOptions {
            four_cost,
            ..AlignOptions::default()
        };
        crate::align::align_adapted(&a, &e, None, &s, &options).0
    };
    let beads = own(AlignOptions::default().four_cost);
    assert_eq!(beads[1].shape(), (1, 4), "{beads:?}");
    every_segment_once(&beads, 3, 6);
    let beads = own(None);
    assert!(beads.iter().all(|b| b.ar.len() < 4 && b.en.len() < 4));
}
