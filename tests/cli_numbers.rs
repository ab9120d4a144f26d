//! `isnad check` on quotes whose numbers the Arabic source writes in a form the number reader
//! must follow (a decomposed hamza, a construct dual, "and a half" after a scale word, a percent
//! sign before the number): the right number raises no `number-mismatch`, a wrong one still does.

mod common;

use common::{isnad, s, write};

/// The JSON record of `The Observatory said "QUOTE".` checked against a source whose only
/// paragraph is `sentence` (written byte for byte, so a decomposed form stays decomposed).
fn check_quote(sentence: &str, quote: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.en.md",
        &format!("# Numbers\n\nThe Observatory said \"{quote}\".\n"),
    );
    let source = write(dir.path(), "source.ar.txt", &format!("{sentence}\n"));
    let out = isnad()
        .args([
            "check",
            &s(&report),
            "--source",
            &format!("{}=Observatory", s(&source)),
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["quotes"][0].clone()
}

/// The explanations of the quote's `number-mismatch` flags.
fn number_mismatches(q: &serde_json::Value) -> Vec<String> {
    q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "number-mismatch")
        .map(|f| f["explanation"].as_str().unwrap().to_string())
        .collect()
}

/// `quote` is matched to `sentence` with no number flag, and `wrong` (the same quote with
/// another number) is flagged.
fn agrees_and_a_changed_number_is_caught(sentence: &str, quote: &str, wrong: &str) {
    let q = check_quote(sentence, quote);
    assert_eq!(q["status"], "matched", "{q}");
    assert_eq!(number_mismatches(&q), Vec::<String>::new(), "{q}");
    let q = check_quote(sentence, wrong);
    assert_eq!(q["status"], "matched", "{q}");
    assert!(!number_mismatches(&q).is_empty(), "{q}");
}

#[test]
fn a_source_in_decomposed_unicode_reads_its_numbers_and_scores_as_composed() {
    let composed = "وقال المرصد إن خمسمئة عائلة نزحت من القرية.";
    // NFD: أ and ئ written as ا and ي followed by a combining hamza (U+0654), إ with U+0655.
    let decomposed = composed
        .replace('أ', "ا\u{0654}")
        .replace('إ', "ا\u{0655}")
        .replace('ئ', "ي\u{0654}");
    assert_ne!(decomposed, composed);
    let quote = "500 families fled from the village";
    agrees_and_a_changed_number_is_caught(&decomposed, quote, "600 families fled from the village");
    let (nfd, nfc) = (
        check_quote(&decomposed, quote),
        check_quote(composed, quote),
    );
    assert_eq!(nfd["score"], nfc["score"], "{nfd}\n{nfc}");
    // The reported Arabic is the source's own text, decomposed as it was.
    assert_eq!(nfd["arabic"], decomposed.as_str());
}

#[test]
fn a_scale_word_in_the_dual_construct_is_read_as_two_of_it() {
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن ألفي مقاتل وصلوا إلى الجبهة الشمالية.",
        "2,000 fighters arrived at the northern front",
        "3,000 fighters arrived at the northern front",
    );
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن مليوني لاجئ يعيشون في المخيمات.",
        "two million refugees live in the camps",
        "three million refugees live in the camps",
    );
    // The adjective "million-strong" is no number: a quote that says "two million" is flagged.
    let q = check_quote(
        "وقال المرصد إن الناس خرجوا في حشد مليوني في الميدان.",
        "two million people came out in the square",
    );
    assert!(!number_mismatches(&q).is_empty(), "{q}");
}

#[test]
fn a_half_after_a_scale_word_is_part_of_the_number() {
    agrees_and_a_changed_number_is_caught(
        "قال المرصد إن عدد اللاجئين بلغ مليون ونصف شخص في المخيمات.",
        "the number of refugees reached 1.5 million people in the camps",
        "the number of refugees reached 1 million people in the camps",
    );
    agrees_and_a_changed_number_is_caught(
        "قال المرصد إن عدد اللاجئين بلغ مليونا ونصف مليون شخص في المخيمات.",
        "the number of refugees reached 1.5 million people in the camps",
        "the number of refugees reached 2.5 million people in the camps",
    );
}

#[test]
fn a_percent_sign_before_the_number_makes_it_a_percentage() {
    for sign in ['%', '٪'] {
        agrees_and_a_changed_number_is_caught(
            &format!("وقال المرصد إن الأسعار ارتفعت بنسبة {sign}٥٠ خلال الشهر الماضي."),
            "prices rose by 50 per cent over the past month",
            "prices rose by 60 per cent over the past month",
        );
    }
}

#[test]
fn half_a_million_is_500000_in_both_languages() {
    let sentence = "وقال المرصد إن نصف مليون شخص نزحوا من المحافظة منذ بداية العام.";
    agrees_and_a_changed_number_is_caught(
        sentence,
        "500,000 people have fled the province since the start of the year",
        "600,000 people have fled the province since the start of the year",
    );
    agrees_and_a_changed_number_is_caught(
        sentence,
        "half a million people have fled the province since the start of the year",
        "a quarter of a million people have fled the province since the start of the year",
    );
}

#[test]
fn a_comparative_turned_around_is_a_changed_number() {
    let sentence = "وقال المرصد إن أكثر من ٤٠ مدنيا قتلوا في الغارات على القرية.";
    agrees_and_a_changed_number_is_caught(
        sentence,
        "more than 40 civilians were killed in the raids on the village",
        "fewer than 40 civilians were killed in the raids on the village",
    );
    let q = check_quote(
        sentence,
        "fewer than 40 civilians were killed in the raids on the village",
    );
    let said = number_mismatches(&q).join(" | ");
    assert!(said.contains("fewer than 40"), "{said}");
}

/// The flags of kind `number-mismatch`, as (severity, explanation).
fn number_flags(q: &serde_json::Value) -> Vec<(String, String)> {
    q["flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "number-mismatch")
        .map(|f| {
            (
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["explanation"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn no_fewer_than_is_at_least_and_no_more_than_is_at_most() {
    agrees_and_a_changed_number_is_caught(
        "وسجلت الشبكة ما لا يقل عن ١٥٦ حالة اعتقال تعسفي خلال الشهر ذاته.",
        "no fewer than 156 cases of arbitrary arrest during the same month",
        "fewer than 156 cases of arbitrary arrest during the same month",
    );
    agrees_and_a_changed_number_is_caught(
        "وقالت الشبكة إن السجن يضم ما لا يزيد عن ٢٠ معتقلاً من أبناء البلدة.",
        "the prison holds no more than 20 detainees from the town",
        "the prison holds more than 20 detainees from the town",
    );
}

#[test]
fn a_changed_comparative_bound_a_currency_and_a_unit_before_its_number_are_caught() {
    // "more than 3,200" is not "more than 3,500"; "almost 20" is not "more than 20".
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن أكثر من ٣٥٠٠ شخص نزحوا من القرية خلال الأسبوع.",
        "more than 3,500 people fled the village during the week",
        "more than 3,200 people fled the village during the week",
    );
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن أكثر من ٢٠ مدنيا قتلوا في الغارات على القرية.",
        "more than 20 civilians were killed in the raids on the village",
        "almost 20 civilians were killed in the raids on the village",
    );
    // Dollars are not riyals; Syrian pounds are not Lebanese ones.
    agrees_and_a_changed_number_is_caught(
        "وقالت الوزارة إن الحكومة خصصت ٥٠٠ مليون ريال لإعادة إعمار المدارس.",
        "the government allocated 500 million riyals to rebuild schools",
        "the government allocated $500 million to rebuild schools",
    );
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن سعر الكيس بلغ ١٥ ألف ليرة سورية في السوق.",
        "the price of a bag reached 15,000 Syrian pounds in the market",
        "the price of a bag reached 15,000 Lebanese pounds in the market",
    );
    // الساعات الـ٢٤ الماضية: the unit before its number.
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن الغارات تواصلت على المدينة خلال الساعات الـ٢٤ الماضية.",
        "the raids on the city continued over the past 24 hours",
        "the raids on the city continued over the past 24 days",
    );
}

#[test]
fn a_gregorian_month_for_a_hijri_one_is_a_warning_to_convert_the_date() {
    let q = check_quote(
        "وقال المرصد إن الهجوم على القرية وقع في ٢٧ رمضان بعد صلاة الفجر.",
        "the attack on the village took place on 27 March after the dawn prayer",
    );
    assert_eq!(q["status"], "matched", "{q}");
    let flags = number_flags(&q);
    assert!(
        flags
            .iter()
            .any(|(severity, e)| severity == "warning" && e.contains("calendars differ")),
        "{flags:?}"
    );
}

#[test]
fn a_singular_for_the_source_s_dual_says_one_against_two() {
    let q = check_quote(
        "وقال المرصد إن الاشتباكات أسفرت عن مقتل ثلاثة مقاتلين، كما قُتل جنديان من قوات النظام.",
        "the clashes killed three fighters. A regime soldier was also killed",
    );
    let flags = number_flags(&q);
    assert!(
        flags.iter().any(|(severity, e)| severity == "error"
            && e.contains("the quote has one (\"A regime soldier\"), the source two")),
        "{flags:?}"
    );
    assert!(
        !flags
            .iter()
            .any(|(_, e)| e.contains("is missing from the quote")),
        "{flags:?}"
    );
    // A plural is no evidence of one: no error.
    let q = check_quote(
        "وقال المرصد إن الاشتباكات أسفرت عن مقتل ثلاثة مقاتلين، كما قُتل جنديان من قوات النظام.",
        "the clashes killed three fighters. Regime soldiers were also killed",
    );
    let flags = number_flags(&q);
    assert!(
        !flags.iter().any(|(severity, _)| severity == "error"),
        "{flags:?}"
    );
}

#[test]
fn twelve_is_not_dozens() {
    let sentence = "وقال المرصد إن القصف على السوق أسفر عن سقوط عشرات الجرحى من المدنيين.";
    agrees_and_a_changed_number_is_caught(
        sentence,
        "the shelling of the market left dozens of civilians wounded",
        "the shelling of the market left 12 civilians wounded",
    );
}

#[test]
fn an_m_beside_a_currency_is_millions_and_mln_or_bn_are_scales() {
    let sentence =
        "وقال المرصد إن السعودية أعلنت تقديم منحة بقيمة ٥٠٠ مليون ريال سعودي لدعم الجيش اللبناني.";
    for amount in [
        "SAR 500m",
        "500m riyals",
        "500m Saudi riyals",
        "0.5bn riyals",
        "500 mln riyals",
    ] {
        agrees_and_a_changed_number_is_caught(
            sentence,
            &format!("Saudi Arabia announced a grant worth {amount} to support the Lebanese army"),
            "Saudi Arabia announced a grant worth 50m riyals to support the Lebanese army",
        );
    }
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إن الحكومة خصصت مبلغ ٣٠ مليون دولار لإعادة إعمار المدارس المدمرة.",
        "the government allocated 30m dollars to rebuild the destroyed schools",
        "the government allocated 300m dollars to rebuild the destroyed schools",
    );
}

#[test]
fn a_currency_code_is_its_currency() {
    let sentence =
        "وقال المرصد إن سعر صرف الدولار في السوق السوداء ارتفع إلى ١٥ ألف ليرة سورية في دمشق.";
    for right in ["15,000 SYP", "SYP 15,000", "15,000 S.P."] {
        let q = check_quote(
            sentence,
            &format!("the dollar exchange rate on the black market rose to {right} in Damascus"),
        );
        assert_eq!(number_mismatches(&q), Vec::<String>::new(), "{right}: {q}");
    }
    for wrong in ["15,000 LBP", "LL15,000", "15,000 TRY", "TL 15,000"] {
        let q = check_quote(
            sentence,
            &format!("the dollar exchange rate on the black market rose to {wrong} in Damascus"),
        );
        assert!(!number_mismatches(&q).is_empty(), "{wrong}: {q}");
    }
}

#[test]
fn a_dual_the_quote_renders_as_two_draws_no_error() {
    // The singular belongs to another soldier, or the quote says two in its own words.
    for (sentence, quote) in [
        (
            "وقال المرصد إنه أصيب الجنديان عندما فتح جندي ثالث النار عليهما داخل ثكنة قرب سراقب.",
            "Both soldiers were wounded when a third soldier opened fire on them inside a barracks near Saraqeb",
        ),
        (
            "وقال المرصد إنه أصيب جنديان أحدهما لبناني والآخر سوري في القصف على الحدود قرب الهرمل.",
            "A Lebanese soldier and a Syrian soldier were wounded in the shelling on the border near Hermel",
        ),
    ] {
        let q = check_quote(sentence, quote);
        let flags = number_flags(&q);
        assert!(
            !flags.iter().any(|(severity, _)| severity == "error"),
            "{quote}: {flags:?}"
        );
    }
    // "Both" or "a pair of" is the dual: not even a warning.
    let sentence = "وقال المرصد إنه قتل الجنديان في هجوم بطائرة مسيرة على حاجز قرب سراقب.";
    for quote in [
        "Both soldiers were killed in a drone attack on a checkpoint near Saraqeb",
        "A pair of soldiers were killed in a drone attack on a checkpoint near Saraqeb",
    ] {
        let q = check_quote(sentence, quote);
        assert_eq!(q["status"], "matched", "{q}");
        assert_eq!(number_flags(&q), Vec::<(String, String)>::new(), "{quote}");
    }
}

#[test]
fn a_singular_for_a_noun_counted_two_says_one_against_two() {
    let q = check_quote(
        "وقال المرصد إن الهجوم على الحاجز قرب سراقب أسفر عن إصابة مدنيين اثنين.",
        "the attack on the checkpoint near Saraqeb wounded a civilian",
    );
    let flags = number_flags(&q);
    assert!(
        flags.iter().any(|(severity, e)| severity == "error"
            && e.contains("the quote has one (\"a civilian\"), the source two")),
        "{flags:?}"
    );
}

#[test]
fn up_to_in_arabic_is_a_bound_a_quote_may_not_reverse() {
    agrees_and_a_changed_number_is_caught(
        "وقال المرصد إنه أصيب ما يصل إلى ١٠٠ شخص بجروح في القصف الذي استهدف سوق مدينة أريحا صباح اليوم.",
        "up to 100 people were wounded in the shelling that targeted the market of the city of Ariha this morning",
        "at least 100 people were wounded in the shelling that targeted the market of the city of Ariha this morning",
    );
}

#[test]
fn a_day_of_a_hijri_month_and_a_dotted_clock_time_are_no_changed_numbers() {
    let q = check_quote(
        "وقال المرصد إن وزارة الأوقاف أعلنت أن أول أيام عيد الفطر سيكون في الأول من شوال.",
        "the first day of Eid al-Fitr will fall on 1 Shawwal",
    );
    assert_eq!(q["status"], "matched", "{q}");
    assert_eq!(number_mismatches(&q), Vec::<String>::new(), "{q}");
    let q = check_quote(
        "وقال المرصد إن الاجتماع سيعقد الساعة الثالثة والنصف بعد ظهر الخميس في مبنى المحافظة.",
        "the meeting will be held at 3.30 pm on Thursday at the governorate building",
    );
    assert_eq!(q["status"], "matched", "{q}");
    assert_eq!(number_mismatches(&q), Vec::<String>::new(), "{q}");
}
