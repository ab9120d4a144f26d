use super::*;

/// A memory of `n` short news sentences, each with its own number and one of a few cities;
/// with `shift`, each English line is the translation of the next Arabic one (a memory whose
/// two sides slipped by a line).
fn news_memory(n: usize, shift: bool) -> Vec<SentencePair> {
    const CITIES: [(&str, &str); 5] = [
        ("دمشق", "Damascus"),
        ("حلب", "Aleppo"),
        ("حمص", "Homs"),
        ("بغداد", "Baghdad"),
        ("بيروت", "Beirut"),
    ];
    const DAYS: [(&str, &str); 4] = [
        ("الاثنين", "Monday"),
        ("الثلاثاء", "Tuesday"),
        ("الخميس", "Thursday"),
        ("الجمعة", "Friday"),
    ];
    let line = |i: usize| {
        let (ar_city, en_city) = CITIES[i % CITIES.len()];
        let (ar_day, en_day) = DAYS[i / CITIES.len() % DAYS.len()];
        let number = 100 + 7 * i;
        (
            format!("قتل {number} شخصا في قصف على مدينة {ar_city} يوم {ar_day} الماضي"),
            format!(
                "{number} people were killed in shelling on the city of {en_city} last {en_day}"
            ),
        )
    };
    (0..n)
        .map(|i| SentencePair {
            arabic: line(i).0,
            english: line(if shift { i + 1 } else { i }).1,
        })
        .collect()
}

#[test]
fn a_small_memory_does_not_test_itself() {
    let pairs = news_memory(LEAST_PAIRS - 1, false);
    assert_eq!(
        memory_floor(&pairs, Lexicon::embedded(), &MatchOptions::default()),
        None
    );
}

#[test]
fn a_memory_whose_sides_slipped_asks_for_the_highest_floor() {
    let options = MatchOptions::default();
    let aligned = memory_floor(
        &news_memory(LEAST_PAIRS, false),
        Lexicon::embedded(),
        &options,
    )
    .expect("large enough");
    let slipped = memory_floor(
        &news_memory(LEAST_PAIRS, true),
        Lexicon::embedded(),
        &options,
    )
    .expect("large enough");
    // Each English line quotes the next Arabic one: every confident match of a whole
    // sentence is "wrong", and no floor below the highest hides them.
    assert!(
        slipped.wrong_at_shipped[0] >= LEAST_PAIRS / 2,
        "{slipped:?}"
    );
    assert_eq!(slipped.floor, FLOORS[FLOORS.len() - 1], "{slipped:?}");
    // Aligned, the numbers tell the sentences apart.
    assert_eq!(aligned.wrong_at_shipped[0], 0, "{aligned:?}");
    assert_eq!(aligned.quotes[0], LEAST_PAIRS, "{aligned:?}");
    // Slipped, most of its own matched sentences are on another line: not a memory to use.
    assert!(slipped.misaligned(), "{slipped:?}");
    assert!(!aligned.misaligned(), "{aligned:?}");
}

#[test]
fn a_memory_of_one_row_repeated_is_too_small_to_test() {
    let row = news_memory(1, false).remove(0);
    let pairs = vec![row; 2 * LEAST_PAIRS];
    assert_eq!(
        memory_floor(&pairs, Lexicon::embedded(), &MatchOptions::default()),
        None
    );
}

fn outcome(kind: Kind, confidence: f64, right: bool) -> Outcome {
    Outcome {
        kind,
        passes: true,
        confidence,
        right,
    }
}

#[test]
fn the_floor_rises_only_when_the_memory_is_clearly_over_a_limit() {
    // 1,000 of each kind, all right (source-less ones below every floor); the wrong ones at
    // the confidences given.
    let mut outcomes = Vec::new();
    for kind in [
        Kind::Whole,
        Kind::Fragment,
        Kind::SourcelessWhole,
        Kind::SourcelessFragment,
    ] {
        let sourced = matches!(kind, Kind::Whole | Kind::Fragment);
        let confidence = if sourced { 0.99 } else { 0.1 };
        outcomes.extend((0..1000).map(|_| outcome(kind, confidence, sourced)));
    }
    let floor = |outcomes: &[Outcome]| choose(outcomes, 0.8).floor;
    assert_eq!(floor(&outcomes), 0.8);
    // 25 wrong fragments (2 % allows 20; 25 is within sampling noise of it): the floor stands.
    outcomes.extend((0..25).map(|_| outcome(Kind::Fragment, 0.86, false)));
    assert_eq!(floor(&outcomes), 0.8);
    // 10 more at 0.91: clearly over; 0.9 leaves the 10, within the limit.
    outcomes.extend((0..10).map(|_| outcome(Kind::Fragment, 0.91, false)));
    let chosen = choose(&outcomes, 0.8);
    assert_eq!(chosen.floor, 0.9);
    assert_eq!(chosen.wrong_at_shipped, [0, 35, 0, 0]);
    assert_eq!(chosen.wrong_at_floor, [0, 10, 0, 0]);
    // Had the 25 been at 0.91 and the 10 at 0.94, 0.9 would leave all 35, and 0.93 the 10.
    outcomes.truncate(4000);
    outcomes.extend((0..25).map(|_| outcome(Kind::Fragment, 0.91, false)));
    outcomes.extend((0..10).map(|_| outcome(Kind::Fragment, 0.94, false)));
    assert_eq!(floor(&outcomes), 0.93);
    // Never below the floor a project sets, and the highest when nothing is enough.
    assert_eq!(choose(&outcomes, 0.95).floor, 0.95);
    outcomes.extend((0..40).map(|_| outcome(Kind::Whole, 1.0, false)));
    assert_eq!(floor(&outcomes), 0.99);
}

#[test]
fn fragments_are_five_to_twelve_words_of_a_sentence_of_seven() {
    assert_eq!(fragment("one two three four five six", 0), None);
    let sentence = "a b c d e f g h i j k l m n o p";
    for i in 0..40 {
        let f = fragment(sentence, i).expect("long enough");
        let words = f.split_whitespace().count();
        assert!((5..=12).contains(&words), "{i}: {f}");
        assert!(sentence.contains(&f));
    }
    // Edge punctuation is trimmed.
    let f = fragment("\"Hello, world, this is a test of things.\"", 2).unwrap();
    assert!(
        f.chars().next().unwrap().is_alphanumeric() && f.chars().last().unwrap().is_alphanumeric()
    );
}
