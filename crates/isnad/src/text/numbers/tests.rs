use super::*;

fn q(value: f64, kind: QuantityKind, unit: Option<&str>, approximate: bool) -> Quantity {
    Quantity {
        value,
        kind,
        unit: unit.map(str::to_string),
        start: 0,
        end: 0,
        approximate,
        bound: None,
    }
}

#[test]
fn durations_and_feet_are_units() {
    let one = |text: &str, lang| extract(text, lang).remove(0);
    // Hours are not days; 48 hours are two days; months are their own.
    let six_days = one("six days", Lang::En);
    assert!(!agree(&six_days, &one("ست ساعات", Lang::Ar)));
    assert!(agree(&six_days, &one("ستة أيام", Lang::Ar)));
    assert!(agree(&one("48 hours", Lang::En), &one("٢ يوم", Lang::Ar)));
    assert!(!agree(
        &one("6 months", Lang::En),
        &one("٦ أسابيع", Lang::Ar)
    ));
    assert!(agree(
        &one("10 years", Lang::En),
        &one("عشر سنوات", Lang::Ar)
    ));
    // Feet are not metres.
    assert!(!agree(
        &one("850 feet", Lang::En),
        &one("٨٥٠ متراً", Lang::Ar)
    ));
    assert!(agree(
        &one("328 feet", Lang::En),
        &one("نحو ١٠٠ متر", Lang::Ar)
    ));
    // A unit on one side only still agrees.
    assert!(agree(&six_days, &one("ستة", Lang::Ar)));
    assert!(agree(
        &one("a 10-year-old child", Lang::En),
        &one("طفل في العاشرة من عمره", Lang::Ar)
    ));
    // A negated comparative is the other bound: ما لا يقل عن ٢٠ is "at least 20".
    let at_least = one("at least 20 people", Lang::En);
    assert!(agree(&at_least, &one("قتل ما لا يقل عن ٢٠ شخصاً", Lang::Ar)));
    assert!(!agree(
        &one("fewer than 20", Lang::En),
        &one("ما لا يقل عن ٢٠", Lang::Ar)
    ));
    assert!(agree(
        &one("up to 300", Lang::En),
        &one("لا يزيد عن ٣٠٠", Lang::Ar)
    ));
    assert!(agree(
        &one("fewer than 20", Lang::En),
        &one("يقل عن ٢٠", Lang::Ar)
    ));
    // A unit joined by a hyphen is the number's unit; a time noun in the dual is two of it.
    let six_foot = one("a 6-foot forward", Lang::En);
    assert_eq!(
        (six_foot.kind, six_foot.unit.as_deref()),
        (QuantityKind::Measure, Some("ft"))
    );
    assert!(agree(&six_foot, &one("طوله ٦ أقدام", Lang::Ar)));
    let two_hours = one("استمر ساعتين", Lang::Ar);
    assert_eq!(
        (two_hours.kind, two_hours.unit.as_deref()),
        (QuantityKind::Measure, Some("h"))
    );
    assert!(agree(&two_hours, &one("two hours", Lang::En)));
    assert!(agree(&one("يومين", Lang::Ar), &one("48 hours", Lang::En)));
}

/// The first quantity of `text`.
fn first(text: &str, lang: Lang) -> Quantity {
    let mut found = extract(text, lang);
    assert!(!found.is_empty(), "no number in {text}");
    found.remove(0)
}

#[test]
fn a_negated_english_comparative_is_the_other_bound() {
    let source = first(
        "وسجلت الشبكة ما لا يقل عن ١٥٦ حالة اعتقال تعسفي خلال الشهر ذاته.",
        Lang::Ar,
    );
    assert_eq!(source.bound, Some(Bound::AtLeast));
    for quote in [
        "no fewer than 156 cases",
        "not less than 156 cases",
        "no less than 156",
        "not fewer than 156",
        "at least 156",
    ] {
        let q = first(quote, Lang::En);
        assert_eq!(q.bound, Some(Bound::AtLeast), "{quote}");
        assert!(agree(&q, &source), "{quote}");
    }
    let no_fewer = first("recorded no fewer than 156 cases", Lang::En);
    assert_eq!(
        &"recorded no fewer than 156 cases"[no_fewer.start..no_fewer.end],
        "no fewer than 156"
    );
    let at_most = first("لا يزيد عن ٢٠ معتقلاً", Lang::Ar);
    for quote in [
        "no more than 20 detainees",
        "not more than 20",
        "at most 20",
    ] {
        let q = first(quote, Lang::En);
        assert_eq!(q.bound, Some(Bound::AtMost), "{quote}");
        assert!(agree(&q, &at_most), "{quote}");
    }
    assert!(!agree(&first("more than 20", Lang::En), &at_most));
    // The feminine verb is the same comparative: ما لا تقل عن ٣٠ غارة.
    let feminine = first("ما لا تقل عن ٣٠ غارة", Lang::Ar);
    assert_eq!(feminine.bound, Some(Bound::AtLeast));
}

#[test]
fn a_comparative_is_no_approximation() {
    let more_3500 = first("أكثر من ٣٥٠٠ شخص", Lang::Ar);
    assert!(!agree(
        &first("more than 3,200 people", Lang::En),
        &more_3500
    ));
    assert!(agree(
        &first("more than 3,500 people", Lang::En),
        &more_3500
    ));
    assert!(!agree(&first("fewer than 3,500", Lang::En), &more_3500));
    let more_20 = first("أكثر من ٢٠", Lang::Ar);
    for quote in [
        "almost 20",
        "nearly 20",
        "under 20",
        "at most 20",
        "below 20",
        "up to 20",
    ] {
        let q = first(quote, Lang::En);
        assert_eq!(q.bound, Some(Bound::AtMost), "{quote}");
        assert!(!agree(&q, &more_20), "{quote}");
    }
    // A plain number agrees with a comparative on its side and near it …
    let plain = |text| first(text, Lang::Ar);
    let more_3200 = first("more than 3,200", Lang::En);
    assert!(agree(&more_3200, &plain("٣٢٥٠")));
    assert!(!agree(&more_3200, &plain("٣٠٠٠")));
    assert!(!agree(&more_3200, &plain("٥٠٠٠")));
    let nearly_50 = first("nearly 50", Lang::En);
    assert!(agree(&nearly_50, &plain("٤٨")));
    assert!(!agree(&nearly_50, &plain("٥٢")));
    // … and a hedged one within the tolerance, as before.
    assert!(agree(&nearly_50, &plain("نحو ٥٠")));
    assert!(agree(&first("about 50", Lang::En), &plain("٤٨")));
}

#[test]
fn up_to_in_arabic_is_an_at_most_bound() {
    for ar in ["ما يصل إلى ١٠٠ شخص", "قد يصل إلى ١٠٠ شخص", "قد تصل إلى ١٠٠"]
    {
        let q = extract(ar, Lang::Ar)[0].clone();
        assert_eq!((q.value, q.bound), (100.0, Some(Bound::AtMost)), "{ar}");
        assert!(!agree(&first("at least 100", Lang::En), &q), "{ar}");
        assert!(!agree(&first("more than 100", Lang::En), &q), "{ar}");
        assert!(agree(&first("up to 100", Lang::En), &q), "{ar}");
        assert!(agree(&first("about 100", Lang::En), &q), "{ar}");
    }
    let q = first("ما يصل إلى ١٠٠ شخص", Lang::Ar);
    assert_eq!(q.start, 0);
    // ليصل إلى, "bringing it to", is the number itself.
    assert_eq!(first("ارتفع العدد ليصل إلى ١٠٠ قتيل", Lang::Ar).bound, None);
    let total = first("مما جعل مجموع مبارياته يصل إلى 18 مباراة", Lang::Ar);
    assert_eq!((total.bound, total.approximate), (None, false));
}

#[test]
fn a_dotted_clock_time_is_no_number() {
    for en in ["at 3.30 pm on Thursday", "at 3.30pm", "at 10.45 a.m. today"] {
        let values = read_values(en, Lang::En);
        assert!(values.iter().all(|v| v.fract() == 0.0), "{en}: {values:?}");
    }
    for ar in ["في الساعة 4.40 صباحا", "عند 7.55 مساء"] {
        let values = read_values(ar, Lang::Ar);
        assert!(values.iter().all(|v| v.fract() == 0.0), "{ar}: {values:?}");
    }
    // A decimal without "am" or "pm" is still one.
    assert_eq!(read_values("a 3.30 percent rise", Lang::En), [3.3]);
}

#[test]
fn currencies_are_units_and_two_different_ones_disagree() {
    let unit = |text, lang| first(text, lang).unit;
    assert_eq!(unit("٥٠٠ مليون ريال", Lang::Ar).as_deref(), Some("riyal"));
    assert_eq!(
        unit("٣ مليارات ليرة سورية", Lang::Ar).as_deref(),
        Some("syp")
    );
    assert_eq!(
        unit("15,000 Syrian pounds", Lang::En).as_deref(),
        Some("syp")
    );
    let pairs_that_differ = [
        ("$500 million", "٥٠٠ مليون ريال"),
        ("$3 billion", "٣ مليارات ليرة سورية"),
        ("200 million dollars", "٢٠٠ مليون درهم"),
        ("15,000 Syrian pounds", "١٥ ألف ليرة لبنانية"),
        ("10 Iraqi dinars", "١٠ دنانير أردنية"),
        ("5 euros", "٥ دولارات"),
    ];
    for (en, ar) in pairs_that_differ {
        assert!(
            !agree(&first(en, Lang::En), &first(ar, Lang::Ar)),
            "{en} / {ar}"
        );
    }
    let pairs_that_agree = [
        ("$500 million", "٥٠٠ مليون دولار"),
        ("15,000 Syrian pounds", "١٥ ألف ليرة سورية"),
        ("15,000 pounds", "١٥ ألف ليرة لبنانية"),
        ("15,000 Lebanese pounds", "١٥ ألف ليرة"),
        ("£200", "٢٠٠ جنيه إسترليني"),
        ("50 Egyptian pounds", "٥٠ جنيهاً مصرياً"),
        ("2 billion Turkish lira", "ملياري ليرة تركية"),
        ("300 Saudi riyals", "٣٠٠ ريال"),
        ("200 million dirhams", "٢٠٠ مليون درهم إماراتي"),
        // A currency on one side only still agrees: translators drop it.
        ("500 million", "٥٠٠ مليون ريال"),
    ];
    for (en, ar) in pairs_that_agree {
        assert!(
            agree(&first(en, Lang::En), &first(ar, Lang::Ar)),
            "{en} / {ar}"
        );
    }
    // A currency is not converted: no 10% for "Syrian pounds" against ليرة.
    assert!(!agree(
        &first("15,500 pounds", Lang::En),
        &first("١٥ ألف ليرة سورية", Lang::Ar)
    ));
}

#[test]
fn a_unit_before_its_definite_number_or_after_an_adjective_is_read() {
    let unit = |text, lang| first(text, lang).unit;
    assert_eq!(
        unit("خلال الساعات الـ٢٤ الماضية", Lang::Ar).as_deref(),
        Some("h")
    );
    assert_eq!(
        unit("في الأيام الثلاثة الماضية", Lang::Ar).as_deref(),
        Some("d")
    );
    assert_eq!(
        unit("خلال الأشهر الستة الماضية", Lang::Ar).as_deref(),
        Some("mo")
    );
    // A number without the article is not the noun's.
    assert_eq!(unit("قضى الأيام ثلاثة منهم", Lang::Ar), None);
    assert!(!agree(
        &first("24 days", Lang::En),
        &first("خلال الساعات الـ٢٤ الماضية", Lang::Ar)
    ));
    assert!(agree(
        &first("the past 24 hours", Lang::En),
        &first("خلال الساعات الـ٢٤ الماضية", Lang::Ar)
    ));
    for (text, u) in [
        ("for two consecutive weeks", "wk"),
        ("three straight days", "d"),
        ("six full months", "mo"),
    ] {
        assert_eq!(unit(text, Lang::En).as_deref(), Some(u), "{text}");
    }
    assert!(!agree(
        &first("three straight days", Lang::En),
        &first("ثلاثة أسابيع", Lang::Ar)
    ));
}

#[test]
fn celsius_and_fahrenheit_are_units_converted_into_each_other() {
    let unit = |text, lang| first(text, lang).unit;
    let source = first("تجاوزت ٥٠ درجة مئوية", Lang::Ar);
    assert_eq!(source.unit.as_deref(), Some("degc"));
    assert_eq!(unit("٥٠ درجة فهرنهايت", Lang::Ar).as_deref(), Some("degf"));
    for (en, u) in [
        ("exceeded 50 degrees Celsius", "degc"),
        ("50°C", "degc"),
        ("50 °C", "degc"),
        ("50 degrees centigrade", "degc"),
        ("exceeded 50 degrees Fahrenheit", "degf"),
        ("122°F", "degf"),
        ("122 Fahrenheit", "degf"),
    ] {
        assert_eq!(unit(en, Lang::En).as_deref(), Some(u), "{en}");
    }
    assert!(!agree(
        &first("exceeded 50 degrees Fahrenheit", Lang::En),
        &source
    ));
    assert!(!agree(&first("50°F", Lang::En), &source));
    for en in [
        "50 degrees Celsius",
        "50°C",
        "122 degrees Fahrenheit",
        "122°F",
        "50 degrees",
    ] {
        assert!(agree(&first(en, Lang::En), &source), "{en}");
    }
    // A rounded conversion: 40°C is 104°F, said as "about 100".
    assert!(agree(
        &first("about 100 degrees Fahrenheit", Lang::En),
        &first("٤٠ درجة مئوية", Lang::Ar)
    ));
    // Plain degrees on the Arabic side agree with either.
    let plain = first("بلغت ٥٠ درجة", Lang::Ar);
    assert!(agree(&first("50 degrees Celsius", Lang::En), &plain));
    assert!(!agree(&first("50 km", Lang::En), &source));
}

#[test]
fn a_fraction_is_a_share_compared_with_fractions_and_percentages() {
    let share = |text: &str, lang| {
        let q = first(text, lang);
        assert_eq!(q.kind, QuantityKind::Fraction, "{text}: {q:?}");
        q
    };
    let half = share("قرابة نصف سكان المدينة", Lang::Ar);
    assert!(!agree(
        &share("nearly a quarter of the city's residents", Lang::En),
        &half
    ));
    assert!(agree(
        &share("nearly half of the city's residents", Lang::En),
        &half
    ));
    assert!(agree(
        &first("about 50 percent of the residents", Lang::En),
        &half
    ));
    let two_thirds = share("فقدت الليرة ثلثي قيمتها", Lang::Ar);
    assert!(!agree(
        &share("lost one-third of its value", Lang::En),
        &two_thirds
    ));
    assert!(agree(
        &share("lost two-thirds of its value", Lang::En),
        &two_thirds
    ));
    assert!(agree(
        &first("lost 67% of its value", Lang::En),
        &two_thirds
    ));
    assert!(!agree(
        &first("lost 33% of its value", Lang::En),
        &two_thirds
    ));
    for (en, ar) in [
        ("a third of the houses", "ثلث المنازل"),
        ("one third of the houses", "ثلث المنازل"),
        ("a quarter of the houses", "ربع المنازل"),
        ("three-quarters of the houses", "ثلاثة أرباع المنازل"),
        ("three quarters of the houses", "ثلاثة أرباع المنازل"),
        ("two thirds of the houses", "ثلثا المنازل"),
        ("half the houses", "نصف المنازل"),
        ("half an hour", "نصف ساعة"),
    ] {
        assert!(
            agree(&share(en, Lang::En), &share(ar, Lang::Ar)),
            "{en} / {ar}"
        );
    }
    assert!(!agree(
        &share("half an hour", Lang::En),
        &share("ربع ساعة", Lang::Ar)
    ));
    // A fraction is a quantity a translation may leave out: compared with fractions and
    // percentages only.
    assert!(QuantityKind::Fraction.is_optional());
    assert!(!agree(
        &share("half the houses", Lang::En),
        &first("٥٠ منزلا", Lang::Ar)
    ));
    // Not a share: before a scale word (a number, as before), in a mixed number, the
    // parts of a period or a competition, an ordinal, خمس (five).
    assert_eq!(
        read_kinds("نصف مليون", Lang::Ar),
        [(5e5, QuantityKind::Count)]
    );
    assert_eq!(
        read_kinds("half a million", Lang::En),
        [(5e5, QuantityKind::Count)]
    );
    for none in [
        "ساعة ونصف",
        "في النصف الأول من العام",
        "في الربع الثاني",
        "تأهل إلى نصف النهائي",
        "ربع النهائي",
    ] {
        let kinds = read_kinds(none, Lang::Ar);
        assert!(
            kinds.iter().all(|k| k.1 != QuantityKind::Fraction),
            "{none}: {kinds:?}"
        );
    }
    for none in [
        "an hour and a half",
        "in the first half",
        "at half-time",
        "his half-brother",
        "a quarter century",
    ] {
        let kinds = read_kinds(none, Lang::En);
        assert!(
            kinds.iter().all(|k| k.1 != QuantityKind::Fraction),
            "{none}: {kinds:?}"
        );
    }
    assert_eq!(
        read_kinds("a third soldier", Lang::En),
        [(3.0, QuantityKind::Ordinal)]
    );
    assert_eq!(read_values("خمس سنوات", Lang::Ar), [5.0]);
}

#[test]
fn dozens_and_tens_are_at_least_twenty() {
    let tens = first("عشرات الجرحى", Lang::Ar);
    assert!(!agree(&first("12 wounded", Lang::En), &tens));
    assert!(!agree(&first("19 wounded", Lang::En), &tens));
    assert!(agree(&first("24 wounded", Lang::En), &tens));
    assert!(agree(&first("dozens of wounded", Lang::En), &tens));
    assert!(!agree(
        &first("150 people", Lang::En),
        &first("مئات الأشخاص", Lang::Ar)
    ));
}

#[test]
fn a_dual_noun_is_known() {
    assert!(is_dual_noun("جنديان"));
    assert!(is_dual_noun("جنديين"));
    assert!(!is_dual_noun("اثنان"));
    assert!(!is_dual_noun("جنود"));
}

#[test]
fn an_english_m_after_a_number_may_be_millions() {
    let en = &extract("1.5m people", Lang::En)[0];
    let ar = &extract("مليون ونصف شخص", Lang::Ar)[0];
    assert!(agree(en, ar) && agree(ar, en));
    // Metres against metres, and a changed figure, as before.
    let metres = &extract("١٫٥ متر", Lang::Ar)[0];
    assert!(agree(en, metres));
    let other = &extract("مليونا شخص", Lang::Ar)[0];
    assert!(!agree(en, other));
}

#[test]
fn an_m_or_mln_beside_a_currency_is_millions() {
    let riyals = first("٥٠٠ مليون ريال سعودي", Lang::Ar);
    for en in [
        "SAR 500m",
        "500m riyals",
        "500m Saudi riyals",
        "500 mln riyals",
        "500mn riyals",
        "0.5bn riyals",
        "SAR 0.5bn",
    ] {
        let q = first(en, Lang::En);
        assert_eq!(q.value, 5e8, "{en}: {q:?}");
        assert!(agree(&q, &riyals) && agree(&riyals, &q), "{en}: {q:?}");
    }
    let dollars = first("٣٠ مليون دولار", Lang::Ar);
    for en in ["30m dollars", "USD 30m", "$30m", "US$30m"] {
        assert!(agree(&first(en, Lang::En), &dollars), "{en}");
    }
    // A changed figure, or another currency, still disagrees; metres stay metres.
    assert!(!agree(&first("50m riyals", Lang::En), &riyals));
    assert!(!agree(&first("500m dollars", Lang::En), &riyals));
    assert_eq!(first("a 500m wall", Lang::En).unit.as_deref(), Some("m"));
}

#[test]
fn currency_codes_and_abbreviations_are_their_currencies() {
    let unit = |text| first(text, Lang::En).unit;
    for (en, code) in [
        ("15,000 LBP", "lbp"),
        ("SYP 15,000", "syp"),
        ("15,000 SYP", "syp"),
        ("15,000 TRY", "try"),
        ("TL 15,000", "try"),
        ("15,000 TL", "try"),
        ("LL15,000", "lbp"),
        ("15,000 S.P.", "syp"),
        ("SAR 500", "sar"),
        ("500 AED", "aed"),
        ("500 IQD", "iqd"),
        ("500 JOD", "jod"),
        ("500 EGP", "egp"),
        ("USD 500", "usd"),
        ("500 EUR", "eur"),
        ("GBP 500", "gbp"),
    ] {
        assert_eq!(unit(en).as_deref(), Some(code), "{en}");
        assert_eq!(first(en, Lang::En).kind, QuantityKind::Measure, "{en}");
    }
    let syrian = first("١٥ ألف ليرة سورية", Lang::Ar);
    assert!(!agree(&first("15,000 LBP", Lang::En), &syrian));
    assert!(!agree(&first("LL15,000", Lang::En), &syrian));
    assert!(!agree(&first("15,000 TRY", Lang::En), &syrian));
    assert!(agree(&first("15,000 SYP", Lang::En), &syrian));
    assert!(agree(&first("SYP 15,000", Lang::En), &syrian));
    assert!(agree(&first("15,000 S.P.", Lang::En), &syrian));
    // "try" and "sar" as words are no currency.
    assert!(extract("they try 15 times", Lang::En)[0].unit.is_none());
}

#[test]
fn decomposed_text_reads_like_composed_text_with_spans_on_the_original() {
    // NFD: ئ is ي + U+0654, أ is ا + U+0654, so the text is longer than its NFC form.
    let nfd = "وقال المرصد ا\u{0654}ن خمسمي\u{0654}ة عائلة";
    let found = extract(nfd, Lang::Ar);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].value, found[0].kind),
        (500.0, QuantityKind::Count)
    );
    assert_eq!(&nfd[found[0].start..found[0].end], "خمسمي\u{0654}ة");
}

#[test]
fn agreement_rules() {
    use QuantityKind::*;
    let dozens = q(10.0, Approx, None, true);
    assert!(agree(&dozens, &q(40.0, Count, None, false)));
    assert!(agree(&q(24.0, Count, None, false), &dozens));
    assert!(!agree(&q(12.0, Count, None, false), &dozens));
    assert!(!agree(&dozens, &q(5.0, Count, None, false)));
    assert!(!agree(&dozens, &q(100.0, Count, None, false)));
    assert!(agree(&dozens, &q(10.0, Approx, None, true)));
    assert!(!agree(&dozens, &q(100.0, Approx, None, true)));
    assert!(agree(
        &q(50.0, Count, None, true),
        &q(48.0, Count, None, false)
    ));
    assert!(!agree(
        &q(50.0, Count, None, false),
        &q(48.0, Count, None, false)
    ));
    assert!(!agree(
        &q(10.0, Percent, Some("percent"), false),
        &q(10.0, Count, None, false)
    ));
    assert!(agree(
        &q(2012.0, Year, None, false),
        &q(2012.0, Count, None, false)
    ));
    assert!(agree(
        &q(2.0, Measure, Some("km"), false),
        &q(2000.0, Measure, Some("m"), false)
    ));
    assert!(!agree(
        &q(2.0, Measure, Some("km"), false),
        &q(2.0, Measure, Some("kg"), false)
    ));
    assert!(agree(
        &q(30.0, Measure, Some("km"), true),
        &q(19.0, Measure, Some("mi"), false)
    ));
    assert!(agree(
        &q(3.0, Ordinal, None, false),
        &q(3.0, Count, None, false)
    ));
    assert!(!agree(
        &q(3.0, Ordinal, None, false),
        &q(3.0, Percent, Some("percent"), false)
    ));
    assert!(agree(
        &q(85.0, Measure, Some("mi"), false),
        &q(85.0, Count, None, false)
    ));
}

use read_values as values;

#[test]
fn a_tester_s_faithful_numbers_are_read_as_the_english_has_them() {
    assert_eq!(values("بلغ واحداً وأربعين قتيلاً", Lang::Ar), [41.0]);
    assert_eq!(values("إحدى وعشرين امرأة", Lang::Ar), [21.0]);
    assert_eq!(values("في ثمانينيات القرن الماضي", Lang::Ar), [1980.0]);
    assert_eq!(values("in the 1980s", Lang::En), [1980.0]);
    assert_eq!(values("بلغت مليار و٢٠٠ مليون دولار", Lang::Ar), [1.2e9]);
    assert_eq!(values("بين ١٠ و١٥ مليون دولار", Lang::Ar), [1e7, 1.5e7]);
    assert_eq!(values("between 10 and 15 million", Lang::En), [1e7, 1.5e7]);
    assert_eq!(values("attacked twice", Lang::En), [2.0]);
    assert_eq!(
        values("أربعاً وعشرين غارة وخمساً وثلاثين قذيفة", Lang::Ar),
        [24.0, 35.0]
    );
    assert_eq!(values("losses of $10-15 million", Lang::En), [1e7, 1.5e7]);
    assert_eq!(values("below zero", Lang::En), Vec::<f64>::new());
    assert_eq!(values("twice as many people", Lang::En), Vec::<f64>::new());
    // A share, not a count of two or three (see
    // `a_fraction_is_a_share_compared_with_fractions_and_percentages`).
    assert_eq!(
        read_kinds("two-thirds of the population", Lang::En),
        [(2.0 / 3.0 * 100.0, QuantityKind::Fraction)]
    );
    assert_eq!(
        read_kinds("ثلاثة أرباع السكان", Lang::Ar),
        [(75.0, QuantityKind::Fraction)]
    );
    let one = |text, lang| extract(text, lang).remove(0);
    assert!(agree(
        &one("five miles", Lang::En),
        &one("ثمانية كيلومترات", Lang::Ar)
    ));
    assert!(!agree(
        &one("six miles", Lang::En),
        &one("ثمانية كيلومترات", Lang::Ar)
    ));
}

#[test]
fn a_year_range_in_two_digits_is_completed() {
    assert_eq!(values("the 1950-53 Korean War", Lang::En), [1950.0, 1953.0]);
    assert_eq!(values("the flu of 1968/69", Lang::En), [1968.0, 1969.0]);
    assert_eq!(values("in 1999, 12 people", Lang::En), [1999.0, 12.0]);
}

#[test]
fn digits_in_a_name_are_a_designation() {
    let kinds = read_kinds;
    use QuantityKind::{Count, Designation, Year};
    assert_eq!(
        kinds("COVID-19 cases on the M4 near the G20", Lang::En),
        [(19.0, Designation), (4.0, Designation), (20.0, Designation)]
    );
    assert_eq!(
        kinds("F-16 jets and Su-24 bombers", Lang::En),
        [(16.0, Designation), (24.0, Designation)]
    );
    assert_eq!(
        kinds("كوفيد-19 وطائرات إف-16", Lang::Ar),
        [(19.0, Designation), (16.0, Designation)]
    );
    assert_eq!(
        kinds("in mid-2012, 50 people", Lang::En),
        [(2012.0, Year), (50.0, Count)]
    );
    assert_eq!(kinds("أطلق ب٥٠ صاروخا", Lang::Ar), [(50.0, Count)]);
    let one = |text, lang| extract(text, lang).remove(0);
    assert!(agree(&one("the M4", Lang::En), &one("إم ٤", Lang::Ar)));
    assert!(agree(
        &one("the G20", Lang::En),
        &one("مجموعة العشرين", Lang::Ar)
    ));
    assert!(!agree(&one("the M5", Lang::En), &one("إم ٤", Lang::Ar)));
}

#[test]
fn a_possible_dual_is_found() {
    assert_eq!(possible_dual("اعتقل شابين على الطريق"), Some("شابين"));
    assert_eq!(possible_dual("اتفق الطرفين"), Some("الطرفين"));
    assert_eq!(possible_dual("قال إن القوات قصفت"), None);
}

#[test]
fn a_plural_after_a_number_is_no_possible_dual() {
    assert_eq!(possible_dual("وقتل خمسة مدنيين بينهم شابان"), Some("شابان"));
    assert_eq!(possible_dual("وقتل ٥ مدنيين بينهم شابان"), Some("شابان"));
    assert_eq!(possible_dual("وقتل ٥ مدنيين"), None);
}

#[test]
fn a_nominative_dual_in_an_is_two_as_its_accusative_in_in_is() {
    for (ar, en) in [
        ("قتل طفلان", "two children were killed"),
        ("وسقط قتيلان", "two people were killed"),
        ("اعتقل شقيقان", "two brothers were arrested"),
        ("وأصيب مسعفان", "two paramedics were wounded"),
        ("وقتل خمسة مدنيين بينهم طفلان", "two children"),
        ("اتفق الطرفين على الهدنة", "the two sides agreed"),
        ("اتفق الطرفان على الهدنة", "the two sides agreed"),
    ] {
        let two = extract(ar, Lang::Ar);
        let quote = first(en, Lang::En);
        assert!(two.iter().any(|q| agree(q, &quote)), "{ar}: {two:?}");
    }
    // The time nouns keep their unit in either case.
    assert_eq!(first("استمر يومان", Lang::Ar).unit.as_deref(), Some("d"));
    assert_eq!(first("دقيقتان", Lang::Ar).unit.as_deref(), Some("min"));
    // A sound plural in -ين is no dual, nor a name in -ان.
    assert_eq!(read_values("أصيب مسعفين", Lang::Ar), Vec::<f64>::new());
    assert_eq!(read_values("في لبنان وإيران", Lang::Ar), Vec::<f64>::new());
}
