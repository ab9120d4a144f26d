use super::*;
use NegationMismatch::*;

/// The quote's words matched to these Arabic words (the English side left empty).
fn quoted(words: &[&str]) -> Vec<WordMatch> {
    rendering(&words.iter().map(|w| (*w, "")).collect::<Vec<_>>())
}

/// The quote's words matched as these (Arabic, English) pairs.
fn rendering(pairs: &[(&str, &str)]) -> Vec<WordMatch> {
    pairs
        .iter()
        .map(|(arabic, english)| WordMatch {
            english: english.to_string(),
            arabic: arabic.to_string(),
            via: "lexicon",
            weight: 1.0,
        })
        .collect()
}

#[test]
fn a_dropped_or_added_negation_is_found() {
    assert_eq!(
        compare(
            "regime forces used chemical weapons",
            "قالت إن قوات النظام لم تستخدم أسلحة كيميائية",
            true
        ),
        Some(Dropped { word: "لم" })
    );
    assert_eq!(
        compare("The army will withdraw", "وقال إن الجيش لن ينسحب", true),
        Some(Dropped { word: "لن" })
    );
    assert_eq!(
        compare(
            "The planes did not bomb the town",
            "قصفت الطائرات البلدة",
            true
        ),
        Some(Added { word: "not" })
    );
    assert_eq!(
        compare(
            "Troops never entered the village",
            "دخلت القوات القرية",
            false
        ),
        Some(Added { word: "never" })
    );
    assert_eq!(
        compare("There is a ceasefire agreement", "وليس هناك أي اتفاق", true),
        Some(Dropped { word: "ليس" })
    );
}

#[test]
fn faithful_renderings_are_not_flagged() {
    // Both negate, in their own words.
    assert_eq!(compare("We won't leave", "لن نغادر", true), None);
    assert_eq!(compare("He didn't say", "ولم يقل", true), None);
    // Negation carried by a word's meaning on the other side.
    assert_eq!(
        compare("They were unable to reach it", "لم يتمكنوا من الوصول", true),
        None
    );
    assert_eq!(
        compare("The ministry denied it", "ونفت الوزارة ذلك", true),
        None
    );
    assert_eq!(
        compare("It said it was not involved", "نفت تورطها", true),
        None
    );
    assert_eq!(compare("Only two remained", "لم يبق إلا اثنان", true), None);
    assert_eq!(
        compare("The strike was illegal", "الضربة غير شرعية", true),
        None
    );
    // لا that negates nothing.
    assert_eq!(
        compare("Fighting is still going on", "لا يزال القتال مستمرا", true),
        None
    );
    assert_eq!(
        compare("especially in Idlib", "ولا سيما في إدلب", true),
        None
    );
    // A fragment: the source's negator may be in the part left out.
    assert_eq!(
        compare("the army entered", "الجيش دخل لكنه لم يبق", false),
        None
    );
    // "No. 5" is a number.
    assert_eq!(
        compare("Checkpoint No. 5 was hit", "قصف الحاجز رقم ٥", true),
        None
    );
    // Vowelled or with tatweel, a negator is the same word.
    assert_eq!(
        compare("they used it", "لَمْ يَسْتَخْدِمُوهَا", true),
        Some(Dropped { word: "لم" })
    );
}

#[test]
fn a_fragment_quoting_the_negated_word_drops_the_negation() {
    let source = "وأوضحت أن القصف لم يستهدف مواقع عسكرية في ريف حلب الشمالي.";
    assert_eq!(
        compare_quoted(
            "targeted military sites",
            source,
            false,
            &quoted(&["يستهدف", "مواقع", "عسكريه"])
        ),
        Some(Dropped { word: "لم" })
    );
    // The fragment quotes the sentence's other words only: the negator is no business of it.
    assert_eq!(
        compare_quoted(
            "military sites in the Aleppo countryside",
            source,
            false,
            &quoted(&["مواقع", "عسكريه", "ريف", "حلب"])
        ),
        None
    );
}

#[test]
fn a_word_negative_in_meaning_that_renders_the_negated_verb_is_no_negation() {
    // "stopped" renders يتوقف, the verb لم governs: the negation is dropped.
    let source = "وقال المرصد إن القصف المدفعي على بلدة سرمين لم يتوقف منذ ساعات الفجر الأولى.";
    let quote = "the artillery shelling on the town of Sarmin stopped in the early hours of dawn";
    let matched = rendering(&[
        ("القصف", "shelling"),
        ("المدفعي", "artillery"),
        ("بلده", "town"),
        ("يتوقف", "stopped"),
        ("الفجر", "dawn"),
    ]);
    assert_eq!(
        compare_quoted(quote, source, true, &matched),
        Some(Dropped { word: "لم" })
    );
    // "refused" renders لم يقبل whole: it is not the translation of يقبل.
    let source = "وقال إن الوفد لم يقبل العرض.";
    let matched = rendering(&[("الوفد", "delegation"), ("العرض", "offer")]);
    assert_eq!(
        compare_quoted("the delegation refused the offer", source, true, &matched),
        None
    );
}

#[test]
fn the_comparatives_of_a_bound_are_no_negation() {
    let at_least = "وقال المرصد إن ما لا يقل عن تسعة مقاتلين قتلوا في الغارات على الميادين.";
    for quote in [
        "At least nine fighters were killed in the strikes on Mayadin.",
        "No fewer than nine fighters were killed in the strikes on Mayadin.",
        "Not less than nine fighters were killed in the strikes on Mayadin.",
    ] {
        assert_eq!(compare(quote, at_least, true), None, "{quote}");
    }
    let at_most = "وأفرجت السلطات عن عدد لا يزيد عن ٢٠ معتقلاً.";
    for quote in [
        "The authorities released at most 20 detainees.",
        "The authorities released no more than 20 detainees.",
    ] {
        assert_eq!(compare(quote, at_most, true), None, "{quote}");
    }
    // A real negation beside one is still read.
    assert_eq!(
        compare(
            "At least nine fighters were killed.",
            "وقال إن ما لا يقل عن تسعة مقاتلين لم يقتلوا.",
            true
        ),
        Some(Dropped { word: "لم" })
    );
}

#[test]
fn no_mans_land_is_no_negation() {
    assert_eq!(
        compare(
            "the border area has turned into a no-man's land between the two armies",
            "وتحولت المنطقة الحدودية إلى أرض محرمة بين الجيشين.",
            true
        ),
        None
    );
}

#[test]
fn a_fragment_with_words_on_both_sides_of_the_negator_drops_it() {
    // The lexicon does not pair ينسحبوا with "withdraw": the subject before لن and the
    // object after it say the fragment renders the negated clause.
    let source = "وقال القائد إن المقاتلين لن ينسحبوا من مواقعهم.";
    assert_eq!(
        compare_quoted(
            "the fighters will withdraw from their positions",
            source,
            false,
            &quoted(&["المقاتلين", "مواقعهم"])
        ),
        Some(Dropped { word: "لن" })
    );
    // لم governs يعد ("no longer"), not the verb the quote renders.
    assert_eq!(
        compare_quoted(
            "the army controls the international road",
            "وقال المصدر إن الجيش لم يعد يسيطر على الطريق الدولي.",
            false,
            &quoted(&["الجيش", "يسيطر", "الطريق", "الدولي"])
        ),
        Some(Dropped { word: "لم" })
    );
    // Words far from the negator, on either side, are another clause's.
    assert_eq!(
        compare_quoted(
            "the commander said their positions",
            source,
            false,
            &quoted(&["القائد", "مواقعهم"])
        ),
        None
    );
    assert_eq!(
        compare_quoted(
            "fighters",
            "وقال إن المقاتلين لن ينسحبوا من مواقعهم في ريف حلب الشمالي.",
            false,
            &quoted(&["المقاتلين", "حلب"])
        ),
        None
    );
}

/// A light verb and its noun (أطلق سراح "release", لا يمكن إجراء "cannot hold"): the quote's
/// verb is matched to the noun after the negated word, and a fragment that starts there drops
/// the negation (QA 35: 3 of 8 such reversals were caught as fragments, 8 of 8 as sentences).
/// A noun matched there is the clause's object, which a fragment may quote without it.
#[test]
fn a_verb_matched_right_after_the_negated_word_drops_the_negation() {
    assert_eq!(
        compare_quoted(
            "released some of the hostages",
            "وقال إن المسلحين لم يطلقوا سراح أي من الرهائن.",
            false,
            &rendering(&[("سراح", "released"), ("الرهائن", "hostages")])
        ),
        Some(Dropped { word: "لم" })
    );
    assert_eq!(
        compare_quoted(
            "can be held under the current circumstances",
            "وأشار إلى أنه لا يمكن إجراء الانتخابات في ظل الظروف الحالية.",
            false,
            &rendering(&[("إجراء", "held"), ("الظروف", "circumstances")])
        ),
        Some(Dropped { word: "لا" })
    );
    assert_eq!(
        compare_quoted(
            "military sites in the north",
            "وقال إن الطائرات لم تستهدف مواقع عسكرية في الشمال.",
            false,
            &rendering(&[("مواقع", "sites"), ("عسكرية", "military")])
        ),
        None
    );
}

#[test]
fn a_denial_against_an_affirmation_is_a_mismatch() {
    assert_eq!(
        compare(
            "an army spokesman denied that the forces used cluster bombs",
            "وأكد المتحدث باسم الجيش أن القوات استخدمت قنابل عنقودية",
            true
        ),
        Some(Added { word: "denied" })
    );
    assert_eq!(
        compare(
            "an army spokesman confirmed that the forces had used chemical weapons",
            "ونفى المتحدث باسم الجيش أن تكون القوات قد استخدمت أسلحة كيميائية",
            true
        ),
        Some(Dropped { word: "نفي" })
    );
    assert_eq!(
        compare(
            "an army spokesman denied that the forces had used chemical weapons",
            "ونفى المتحدث باسم الجيش أن تكون القوات قد استخدمت أسلحة كيميائية",
            true
        ),
        None
    );
    assert_eq!(
        compare(
            "the spokesman declined to comment",
            "رفض المتحدث التعليق",
            true
        ),
        None
    );
}

#[test]
fn an_ordinary_word_that_looks_negative_hides_no_dropped_negation() {
    let source = "وقال المراسل إن الجيش لم يعتقل أياً من المدنيين النازحين في المخيم.";
    assert_eq!(
        compare(
            "the army arrested some of the displaced civilians in the camp",
            source,
            true
        ),
        Some(Dropped { word: "لم" })
    );
    // A rendering with a true negative derivation is faithful.
    assert_eq!(
        compare(
            "the army left the displaced civilians in the camp unharmed",
            source,
            true
        ),
        None
    );
    assert_eq!(
        compare(
            "the army denied reports that its forces had withdrawn",
            "وكذّب الجيش الأنباء التي تحدثت عن انسحاب قواته.",
            true
        ),
        None
    );
}

#[test]
fn a_second_negation_dropped_is_found_and_neither_nor_keeps_both() {
    let source = "وقال إن الحزب لا يسعى إلى الحرب ولا يريد التصعيد";
    assert_eq!(
        compare(
            "The party does not seek war and wants escalation",
            source,
            true
        ),
        Some(Fewer {
            word: "لا",
            source: 2,
            quote: 1
        })
    );
    for faithful in [
        "The party does not seek war and does not want escalation",
        "The party neither seeks war nor wants escalation",
        "The party does not seek war and refuses escalation",
    ] {
        assert_eq!(compare(faithful, source, true), None, "{faithful}");
    }
    // A fragment leaves out part of its sentence: its negators are no business of the quote.
    assert_eq!(compare("does not seek war", source, false), None);
}

/// One English negator before "or" covers every item of its list: لم … ولم, لا … ولا … ولا.
#[test]
fn a_negator_before_or_covers_the_source_s_coordinated_negations() {
    for (quote, source) in [
        (
            "no one left the house or spoke with the soldiers",
            "وقال الشاهد إنه لم يخرج أحد من المنزل ولم يتحدث أحد مع الجنود",
        ),
        (
            "the forces did not arrest any journalist or confiscate any equipment",
            "وقال المتحدث إن القوات لم تعتقل أي صحفي ولم تصادر أي معدات",
        ),
        (
            "there is no water, electricity or medicine in the hospital",
            "وقالت المنظمة إنه لا يوجد ماء ولا كهرباء ولا دواء في المستشفى",
        ),
    ] {
        assert_eq!(compare(quote, source, true), None, "{quote}");
    }
}
