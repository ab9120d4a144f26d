//! Scoring hand-written pairs: translations, fragments, merges, numbers, names.

use super::*;

fn scorer() -> Scorer<'static> {
    Scorer::new(Lexicon::embedded())
}

fn score(ar: &str, en: &str) -> f64 {
    scorer().explain_text(ar, en).score
}

/// The scorer of whole sentences, or of fragments (quote mode's parameters).
fn scorer_for(fragments: bool) -> Scorer<'static> {
    let mut s = scorer();
    if fragments {
        s.params = ScoreParams::for_fragments();
    }
    s
}

fn fragment_score(ar: &str, en: &str) -> f64 {
    scorer_for(true).explain_text(ar, en).score
}

#[test]
fn a_translation_beats_an_unrelated_sentence() {
    let ar = "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي.";
    let good = "Russian warplanes bombed the village of Salma in the northern Latakia countryside.";
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
fn a_number_the_source_has_in_another_role_does_not_vouch_for_a_changed_one() {
    // The source's two is the attack's two hours: the quote's two soldiers are not in it.
    let ar = "وقال المصدر إن خمسة جنود قتلوا في هجوم استمر ساعتين.";
    let changed = scorer().explain_text(
        ar,
        "The source said two soldiers were killed in an attack that lasted two hours.",
    );
    let found: Vec<(&str, bool)> = changed
        .english_numbers
        .iter()
        .map(|n| (n.text.as_str(), n.found))
        .collect();
    assert_eq!(found, [("two", false), ("two hours", true)]);
    // Said twice in the same role, a number is found both times.
    let twice = scorer().explain_text(
        "وقال إن الهجوم استمر ساعتين.",
        "He said the attack lasted two hours, two hours of terror.",
    );
    assert!(twice.english_numbers.iter().all(|n| n.found), "{twice:?}");
}

#[test]
fn a_number_the_source_has_twice_is_not_all_claimed_by_one_exact_match() {
    // The source's two ordinals 1: "first" takes one, "1 Shawwal" the other.
    let b = scorer().explain_text(
        "وأعلنت وزارة الأوقاف أن أول أيام عيد الفطر سيكون في الأول من شوال.",
        "The first day of Eid al-Fitr will fall on 1 Shawwal.",
    );
    assert!(b.english_numbers.iter().all(|n| n.found), "{b:?}");
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

#[test]
fn western_names_match_their_arabic_spelling_even_after_a_clitic() {
    // v→ف, a silent gh, and ف/ب that begin the name rather than being a clitic.
    for (ar, en, name) in [
        (
            "قال كافانو إنه بريء.",
            "Kavanaugh said he was innocent.",
            "Kavanaugh",
        ),
        ("ضرب الزلزال بالو.", "The earthquake struck Palu.", "Palu"),
        ("تحدث فورد أمس.", "Ford spoke yesterday.", "Ford"),
        (
            "رفض ترشيح كافانو.",
            "Kavanaugh's nomination was rejected.",
            "Kavanaugh's",
        ),
        ("رفض ترشيح كافانو.", "KAVANAUGH'S NOMINATION", "KAVANAUGH'S"),
    ] {
        let b = scorer().explain_text(ar, en);
        assert!(
            b.matches
                .iter()
                .any(|m| m.via == "name" && m.english == name),
            "{name}: {:?} unmatched {:?}",
            b.matches,
            b.unmatched_en
        );
    }
}

#[test]
fn explanation_lists_words_left_without_a_counterpart() {
    let b = scorer().explain_text("قصفت الطائرات القرية.", "Warplanes shelled the bakery.");
    assert!(b.unmatched_en.iter().any(|w| w == "bakery"), "{b:?}");
    assert!(b.unmatched_ar.iter().any(|w| w == "القرية"), "{b:?}");
}

#[test]
fn the_tanween_alif_does_not_hide_a_word() {
    let b = scorer().explain_text("وكان يبلغ 20 عامًا.", "He was 20 years old.");
    assert!(
        b.matches.iter().any(|m| m.english == "years"),
        "{:?}",
        b.matches
    );
}

#[test]
fn a_number_word_is_covered_by_the_same_number_in_digits() {
    let en = "Eight people were killed in the city.";
    let b = scorer().explain_text("قتل 8 أشخاص في المدينة.", en);
    let eight = b.matches.iter().find(|m| m.english == "Eight");
    assert_eq!(
        eight.map(|m| (m.arabic.as_str(), m.via)),
        Some(("8", "number")),
        "{b:?}"
    );
    assert!(!b.unmatched_en.iter().any(|w| w == "Eight"));
    // Another number is no counterpart.
    let other = scorer().explain_text("قتل 9 أشخاص في المدينة.", en);
    assert!(other.unmatched_en.iter().any(|w| w == "Eight"), "{other:?}");
    assert!(other.score < b.score);
    // Only the number word: not its unit, nor a vague quantity.
    let money = scorer().explain_text(
        "خسرت الشركة 5 ملايين.",
        "The company lost five million pounds.",
    );
    assert!(
        money.unmatched_en.iter().any(|w| w == "pounds"),
        "{money:?}"
    );
    assert!(money
        .matches
        .iter()
        .any(|m| m.english == "five" && m.via == "number"));
    let vague = scorer().explain_text("قتل 14 شخصا.", "Dozens of people were killed.");
    assert!(
        !vague.matches.iter().any(|m| m.via == "number"),
        "{vague:?}"
    );
}

#[test]
fn a_phrase_matches_as_a_unit_and_lends_no_word_to_its_parts() {
    let b = scorer().explain_text("فازت فرنسا بكأس العالم.", "France won the World Cup.");
    let phrase = b.matches.iter().find(|m| m.via == "phrase");
    let phrase = phrase.expect("World Cup matched as a phrase");
    assert_eq!(
        (phrase.english.as_str(), phrase.arabic.as_str()),
        ("World Cup", "بكأس العالم")
    );
    // مجلس حقوق الإنسان → Human Rights Council is a phrase: "Human" and "rights" do not find
    // مجلس (the cabinet) through it.
    let b = scorer().explain_text(
        "اجتمع مجلس الوزراء اليوم.",
        "Human rights groups met today.",
    );
    assert!(
        b.matches.iter().all(|m| !m.arabic.contains("مجلس")),
        "{:?}",
        b.matches
    );
    assert!(b.score < 0.45, "{}", b.score);
}

#[test]
fn no_two_english_words_share_one_arabic_word_without_a_phrase() {
    let pairs = [
        (
            "اجتمع مجلس الوزراء اليوم.",
            "Human rights groups met today.",
        ),
        ("فازت فرنسا بكأس العالم.", "France won the World Cup."),
        (
            "قال رئيس الوزراء إن الحكومة ستدعم المزارعين.",
            "The prime minister said the government would support farmers.",
        ),
    ];
    for (ar, en) in pairs {
        let b = scorer().explain_text(ar, en);
        let words: Vec<&WordMatch> = b.matches.iter().filter(|m| m.via == "lexicon").collect();
        for (i, m) in words.iter().enumerate() {
            for other in &words[i + 1..] {
                let shared = m.arabic == other.arabic && m.english != other.english;
                assert!(!shared, "{en}: {m:?} and {other:?}");
            }
        }
    }
}

#[test]
fn a_vowelled_quranic_source_scores_as_its_plain_copy() {
    let en = "In the name of God, the Most Merciful, the Most Compassionate. Praise be to God, Lord of the worlds.";
    let vowelled = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝";
    let plain = "بسم الله الرحمن الرحيم ۝ الحمد لله رب العالمين ۝";
    let (v, p) = (
        scorer().explain_text(vowelled, en),
        scorer().explain_text(plain, en),
    );
    assert!(p.score > 0.3, "{p:?}");
    assert!(
        (v.score - p.score).abs() < 1e-9,
        "vowelled {} plain {}",
        v.score,
        p.score
    );
    assert_eq!(v.matches.len(), p.matches.len());
}

/// The second pass re-keys the sentences of the first rather than preparing them again: the
/// result is the same, word for word — words the first lexicon did not know, the same stems
/// behind a clitic and a pronoun, words run together that the new lexicon can split, phrases,
/// numbers, and the weights by rarity over the whole side.
#[test]
fn rekeyed_sentences_are_prepared_sentences() {
    let base = scorer();
    let mut lexicon = base.lexicon.clone();
    lexicon.merge(&Lexicon::from_stem_pairs([
        ("زرفون", "zebra", 1.0f32),
        ("قلمس", "lamp", 0.5),
        ("طنبير", "drum", 1.0),
        ("العالم", "globe", 0.7),
    ]));
    let second = Scorer {
        lexicon: &lexicon,
        params: base.params,
    };
    let arabic = [
        "رأى الزرفون قلمس طنبير في كأس العالم.",
        "وزرفونهم وبقلمسها أمام ثلاثة طنابير.",
        "زرفونقلمسطنبير ودمشق وقصفت الطائرات قرية سلمى.",
        "قال Reuters إن 12 شخصا قتلوا.",
        "",
    ];
    let english = [
        "The zebra saw a lamp and a drum at the World Cup.",
        "Zebras' lamps drummed three times in Damascus.",
        "Reuters said 12 people were killed; ZEBRA LAMP.",
        "",
    ];
    for (texts, lang) in [(&arabic[..], Lang::Ar), (&english[..], Lang::En)] {
        let first = base.prepare_side(texts, lang);
        let prepared = second.prepare_side(texts, lang);
        assert_ne!(first, prepared, "the learned words change the sentences");
        assert_eq!(second.rekey_side(&base, first), prepared, "{lang:?}");
    }
}

/// The sample's three Arabic sources and its English report, one unit a sentence, with repeated
/// sentences, numbers written both ways, names, sentences sharing nothing and one of no words.
fn sample_texts() -> (Vec<String>, Vec<String>) {
    use crate::text::Document;
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/samples/salma/");
    let mut ar_texts: Vec<String> = Vec::new();
    for file in [
        "sahel-tv.ar.txt",
        "levant-observatory.ar.txt",
        "sada-alahrar.ar.txt",
    ] {
        let doc = Document::load(&format!("{samples}{file}"), Some(Lang::Ar)).unwrap();
        ar_texts.extend(doc.units.iter().map(|u| u.text.clone()));
    }
    let report = Document::load(&format!("{samples}report.en.md"), Some(Lang::En)).unwrap();
    let mut en_texts: Vec<String> = report.units.iter().map(|u| u.text.clone()).collect();
    ar_texts.extend(ar_texts.clone().into_iter().take(5));
    ar_texts.extend(
        [
            "قتل ثمانية مدنيين وأصيب 12 آخرون في قصف على البلدة عام 2019.",
            "وصل عشرات النازحين إلى المخيم.",
            "سلمى",
            "...",
        ]
        .map(String::from),
    );
    en_texts.extend(
        [
            "Eight civilians were killed and twelve wounded in shelling on the town in 2019.",
            "Dozens of displaced people reached the camp, about 40 of them children.",
            "Salma.",
            "The central bank raised interest rates.",
            "...",
        ]
        .map(String::from),
    );
    (ar_texts, en_texts)
}

#[test]
fn best_two_is_the_best_two_of_every_pair() {
    let (ar_texts, en_texts) = sample_texts();
    for fragments in [false, true] {
        let scorer = scorer_for(fragments);
        let ar = scorer.prepare_side(&ar_texts, Lang::Ar);
        let en = scorer.prepare_side(&en_texts, Lang::En);
        let fast = scorer.best_two(&ar, &en);
        let all = scorer.best_two_of_every_pair(&ar, &en);
        for (j, (f, a)) in fast.iter().zip(&all).enumerate() {
            assert_eq!(
                f, a,
                "fragments {fragments}, English sentence {j}: {}",
                en_texts[j]
            );
        }
    }
}

/// A bead put together from what the words of each of its pairs of sentences found
/// (`ladder::PairFinds`, as the aligner scores beads) has the evidence of the bead scored whole,
/// to the bit: every bead of up to three sentences a side over the sample, in the order a search
/// asks for them and backwards (pairs found anew as the rows kept turn over), in both modes.
#[test]
fn a_bead_from_its_pairs_is_the_bead_scored_whole() {
    use crate::align::ladder::PairFinds;
    let (ar_texts, en_texts) = sample_texts();
    for fragments in [false, true] {
        let scorer = scorer_for(fragments);
        let ar = scorer.prepare_side(&ar_texts, Lang::Ar);
        let en = scorer.prepare_side(&en_texts, Lang::En);
        // The sample must hold what a word can find besides a translation, or the test proves
        // little: phrases, names and Latin words, quantities spelled out.
        let (mut phrases, mut words, mut quantities) = (0, 0, 0);
        let mut out = Vec::new();
        for a in ar.iter() {
            for e in en.iter() {
                out.clear();
                scorer.pair_finds(a, e, &mut out);
                assert_eq!(out.len(), Scorer::finds_len(a, e));
                words += out.iter().filter(|f| f.word).count();
                quantities += out.iter().filter(|f| f.quantity).count();
                let own = |s: &Prepared| s.terms.len();
                let (en_phrases, ar_phrases) = (
                    &out[own(e)..own(e) + e.phrases.len()],
                    &out[own(e) + e.phrases.len() + own(a)..],
                );
                phrases += en_phrases
                    .iter()
                    .chain(ar_phrases)
                    .filter(|f| f.lexicon.is_some())
                    .count();
            }
        }
        assert!(
            phrases > 0 && words > 0 && quantities > 0,
            "{phrases} {words} {quantities}"
        );
        let mut ends: Vec<(usize, usize)> = (1..=ar.len())
            .flat_map(|i| (1..=en.len()).map(move |j| (i, j)))
            .collect();
        for backwards in [false, true] {
            if backwards {
                ends.reverse();
            }
            let mut pairs = PairFinds::default();
            for &(i, j) in &ends {
                for (a, b) in (1..=3).flat_map(|a| (1..=3).map(move |b| (a, b))) {
                    if a > i || b > j {
                        continue;
                    }
                    let (rows, columns) = (i - a..i, j - b..j);
                    let whole = scorer.evidence(&ar[rows.clone()], &en[columns.clone()]);
                    let parts = pairs.evidence(&scorer, &ar, &en, (rows.clone(), columns.clone()));
                    assert_eq!(
                        whole.to_bits(),
                        parts.to_bits(),
                        "fragments {fragments}, backwards {backwards}, bead {rows:?} × {columns:?}: \
                         {whole} whole, {parts} from its pairs"
                    );
                }
            }
        }
    }
}

/// "minister" for الوزير: the definite form of a word Light10 reads with a conjunction (وزير →
/// زير) meets its lexicon entry.
#[test]
fn a_definite_word_beginning_with_waw_is_found() {
    let b = scorer().explain_text("وصل الوزير إلى دمشق.", "The minister arrived in Damascus.");
    assert!(
        b.matches.iter().any(|m| m.english == "minister"),
        "{:?}",
        b.matches
    );
}

/// A row of a table of figures has no word to cover: its numbers are its evidence.
#[test]
fn a_row_of_figures_is_scored_by_its_numbers() {
    let same = score("٢٠١٤: ٥٢٫٣٪ - ٢٣٠١", "2014: 52.3% - 2,301");
    let other = score("٢٠١٣: ٤١٫١٪ - ٨٧٧", "2014: 52.3% - 2,301");
    assert!(same > 0.9 && other < 0.05, "{same} {other}");
}

#[test]
fn a_sentence_copied_without_its_spaces_still_finds_its_translation() {
    // A PDF's text layer that lost its spaces, with a name the lexicon does not know in the run.
    let glued = "زاربومبيوكورياالشماليةثلاثمراتمسبقاهذاالعام،لكنزيارتهالأخيرةلمتسرعلىمايرام.";
    let spaced =
        "زار بومبيو كوريا الشمالية ثلاث مرات مسبقا هذا العام، لكن زيارته الأخيرة لم تسر على ما يرام.";
    let english = "Pompeo has visited North Korea three times already this year, but his last trip did not go well.";
    let other = "The hour long course involves a series of interactive tasks for students.";
    let (glued_score, spaced_score) = (score(glued, english), score(spaced, english));
    assert!(glued_score > 0.3, "{glued_score}");
    assert!(glued_score > 3.0 * score(glued, other), "{glued_score}");
    assert!(spaced_score >= glued_score, "{spaced_score} {glued_score}");
}
