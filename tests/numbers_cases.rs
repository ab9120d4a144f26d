//! Number extraction cases in both languages: value, kind, unit, hedge and span (a comparative
//! — "more than", أكثر من, "nearly", "under" — is part of the span; "about", نحو are not).

use isnad::text::numbers::{agree, extract, Quantity, QuantityKind};
use isnad::text::Lang;

use QuantityKind::*;

/// `(value, kind, unit, approximate, surface)`: `surface` is the text the span must cover.
type Expected = (f64, QuantityKind, Option<&'static str>, bool, &'static str);

fn check(text: &str, lang: Lang, expected: &[Expected]) {
    let found = extract(text, lang);
    let actual: Vec<Expected> = found
        .iter()
        .map(|q| {
            (
                q.value,
                q.kind,
                q.unit
                    .as_deref()
                    .map(|u| -> &'static str { Box::leak(u.into()) }),
                q.approximate,
                &*Box::leak(text[q.start..q.end].to_string().into_boxed_str()),
            )
        })
        .collect();
    assert_eq!(actual, expected, "in {text:?}");
}

fn one(text: &str, lang: Lang, value: f64, kind: QuantityKind) {
    let found = extract(text, lang);
    assert_eq!(found.len(), 1, "in {text:?}: {found:?}");
    assert_eq!(
        (found[0].value, found[0].kind),
        (value, kind),
        "in {text:?}"
    );
}

#[test]
fn english_digits() {
    let en = Lang::En;
    one("25 people were killed", en, 25.0, Count);
    one("1,200 families fled", en, 1200.0, Count);
    one("a rise of 3.5 points", en, 3.5, Count);
    one("1.2 million refugees", en, 1.2e6, Count);
    one("3 billion dollars", en, 3e9, Measure);
    one("in 2012", en, 2012.0, Year);
    one("by mid-2012", en, 2012.0, Year);
    one("2,012 people", en, 2012.0, Count);
    one("the 3rd brigade", en, 3.0, Ordinal);
    // The month of a date is a quantity too (kind Month), so that "22/5" and ٢٢ أيار compare.
    let may = extract("the 22nd of May", en);
    assert_eq!(
        may.iter().map(|q| (q.value, q.kind)).collect::<Vec<_>>(),
        [(22.0, Ordinal), (5.0, Month)]
    );
    check(
        "10% and 10 percent and 10 per cent",
        en,
        &[
            (10.0, Percent, Some("percent"), false, "10%"),
            (10.0, Percent, Some("percent"), false, "10 percent"),
            (10.0, Percent, Some("percent"), false, "10 per cent"),
        ],
    );
    check(
        "50km away, 850 meters high, 30 miles",
        en,
        &[
            (50.0, Measure, Some("km"), false, "50km"),
            (850.0, Measure, Some("m"), false, "850 meters"),
            (30.0, Measure, Some("mi"), false, "30 miles"),
        ],
    );
    check(
        "$50m in aid",
        en,
        &[(5e7, Measure, Some("usd"), false, "$50m")],
    );
    check(
        "lists 3,5 and 7",
        en,
        &[
            (3.0, Count, None, false, "3"),
            (5.0, Count, None, false, "5"),
            (7.0, Count, None, false, "7"),
        ],
    );
}

#[test]
fn english_words() {
    let en = Lang::En;
    one("two soldiers", en, 2.0, Count);
    one("twenty-five villages", en, 25.0, Count);
    one("twenty five villages", en, 25.0, Count);
    one("a hundred people", en, 100.0, Count);
    one("two hundred and fifty people", en, 250.0, Count);
    one("five hundred thousand", en, 500_000.0, Count);
    one("one thousand two hundred", en, 1200.0, Count);
    one("three million", en, 3e6, Count);
    one("a dozen rockets", en, 12.0, Count);
    one("the first time", en, 1.0, Ordinal);
    one("for the third day", en, 3.0, Ordinal);
    one("eleven", en, 11.0, Count);
    // "one" alone is a determiner, not a count a translation keeps (see `build`).
    assert!(extract("took one touch", en).is_empty());
    assert!(extract("one of the most important, no one is allowed", en).is_empty());
    one("twenty-one", en, 21.0, Count);
    one("one million", en, 1e6, Count);
    check(
        "dozens of people",
        en,
        &[(10.0, Approx, None, true, "dozens")],
    );
    check(
        "hundreds of thousands fled",
        en,
        &[(1e5, Approx, None, true, "hundreds of thousands")],
    );
    check(
        "thousands fled",
        en,
        &[(1e3, Approx, None, true, "thousands")],
    );
    check(
        "ten percent",
        en,
        &[(10.0, Percent, Some("percent"), false, "ten percent")],
    );
    // "two and three" is two numbers, not five.
    check(
        "two and three",
        en,
        &[
            (2.0, Count, None, false, "two"),
            (3.0, Count, None, false, "three"),
        ],
    );
    // A bare article is not a number.
    assert!(extract("a man and a village", en).is_empty());
}

#[test]
fn english_hedges() {
    let en = Lang::En;
    check("about 50 people", en, &[(50.0, Count, None, true, "50")]);
    check(
        "more than 200 fighters",
        en,
        &[(200.0, Count, None, true, "more than 200")],
    );
    check(
        "at least five",
        en,
        &[(5.0, Count, None, true, "at least five")],
    );
    // "nearly" (a bit under) and "under" are at-most bounds, part of the span as comparatives.
    check(
        "nearly 3 km",
        en,
        &[(3.0, Measure, Some("km"), true, "nearly 3 km")],
    );
    check(
        "under 18 years",
        en,
        &[(18.0, Measure, Some("yr"), true, "under 18 years")],
    );
    check(
        "no fewer than 156 cases",
        en,
        &[(156.0, Count, None, true, "no fewer than 156")],
    );
}

#[test]
fn arabic_digits() {
    let ar = Lang::Ar;
    one("قتل ٢٥ شخصا", ar, 25.0, Count);
    one("نزح ١٬٢٠٠ شخص", ar, 1200.0, Count);
    one("بنسبة ٣٫٥", ar, 3.5, Count);
    one("ارتفع ٣,٥ نقطة", ar, 3.5, Count);
    one("۱۲۳ قرية", ar, 123.0, Count);
    one("في عام ٢٠١٢", ar, 2012.0, Year);
    one("في عام 2012", ar, 2012.0, Year);
    one("1.5 مليون لاجئ", ar, 1.5e6, Count);
    one("٣ آلاف مقاتل", ar, 3000.0, Count);
    one("20 ألفا", ar, 20_000.0, Count);
    check(
        "١٠٪ و10 بالمئة و10 في المائة",
        ar,
        &[
            (10.0, Percent, Some("percent"), false, "١٠٪"),
            (10.0, Percent, Some("percent"), false, "10 بالمئة"),
            (10.0, Percent, Some("percent"), false, "10 في المائة"),
        ],
    );
    check(
        "على بعد 50 كيلومترا",
        ar,
        &[(50.0, Measure, Some("km"), false, "50 كيلومترا")],
    );
    check(
        "ارتفاع ٨٥٠ مترا",
        ar,
        &[(850.0, Measure, Some("m"), false, "٨٥٠ مترا")],
    );
}

#[test]
fn arabic_words() {
    let ar = Lang::Ar;
    one("قتل خمسة جنود", ar, 5.0, Count);
    one("ثلاث نساء", ar, 3.0, Count);
    one("خمسة وعشرون شخصا", ar, 25.0, Count);
    one("خمسٌ وعشرونَ", ar, 25.0, Count);
    one("أحد عشر مقاتلا", ar, 11.0, Count);
    one("إحدى عشرة امرأة", ar, 11.0, Count);
    one("اثنا عشر", ar, 12.0, Count);
    one("ثلاثة عشر", ar, 13.0, Count);
    one("مئة شخص", ar, 100.0, Count);
    one("مائة وخمسون", ar, 150.0, Count);
    one("مئتان", ar, 200.0, Count);
    one("مئتي جندي", ar, 200.0, Count);
    one("ثلاثمئة", ar, 300.0, Count);
    one("خمسمائة", ar, 500.0, Count);
    one("ثلاث مئة", ar, 300.0, Count);
    one("ألف", ar, 1000.0, Count);
    one("ألفين", ar, 2000.0, Count);
    one("ثلاثة آلاف", ar, 3000.0, Count);
    one("عشرة آلاف", ar, 10_000.0, Count);
    one("ألف وخمسمئة", ar, 1500.0, Count);
    one("مئة ألف", ar, 100_000.0, Count);
    one("خمسة ملايين", ar, 5e6, Count);
    one("مليار دولار", ar, 1e9, Measure);
    one("والخمسين", ar, 50.0, Count);
    one("بخمسة", ar, 5.0, Count);
    one("للخمسين", ar, 50.0, Count);
    assert!(extract("من جانب واحد", ar).is_empty());
    one("واحد وعشرون", ar, 21.0, Count);
    one("اثنين", ar, 2.0, Count);
    one("مئة وخمسة وعشرون", ar, 125.0, Count);
    check("عشرات القتلى", ar, &[(10.0, Approx, None, true, "عشرات")]);
    check("مئات الآلاف", ar, &[(1e5, Approx, None, true, "مئات الآلاف")]);
    check("آلاف النازحين", ar, &[(1e3, Approx, None, true, "آلاف")]);
    check(
        "ثلاثة وأربعة",
        ar,
        &[
            (3.0, Count, None, false, "ثلاثة"),
            (4.0, Count, None, false, "وأربعة"),
        ],
    );
}

#[test]
fn arabic_special_words() {
    let ar = Lang::Ar;
    one("قتل جنديين", ar, 2.0, Count);
    one("لمدة يومين", ar, 2.0, Measure); // two days: a measure in days
    one("لليوم الثالث", ar, 3.0, Ordinal);
    one("المرة الأولى", ar, 1.0, Ordinal);
    check(
        "القرن التاسع عشر",
        ar,
        &[(19.0, Ordinal, None, false, "التاسع عشر")],
    );
    one("الحادي عشر", ar, 11.0, Ordinal);
    one("في الدقيقة الخامسة والعشرين", ar, 25.0, Ordinal);
    one("القرن الواحد والعشرين", ar, 21.0, Ordinal);
    // Monday, not two: weekdays are their own kind.
    let kinds = |text| -> Vec<(f64, QuantityKind)> {
        extract(text, ar)
            .iter()
            .map(|q| (q.value, q.kind))
            .collect()
    };
    assert_eq!(
        kinds("يوم الاثنين والإثنين"),
        [(2.0, Weekday), (2.0, Weekday)]
    );
    // أحد alone is "one of", with the article Sunday; لست is "I am not", not ل + ست.
    assert_eq!(kinds("أحد الجنود يوم الأحد"), [(1.0, Weekday)]);
    assert!(extract("لست متأكدا", ar).is_empty());
}

#[test]
fn arabic_hedges() {
    let ar = Lang::Ar;
    check("نحو 50 شخصا", ar, &[(50.0, Count, None, true, "50")]);
    check("حوالى خمسين", ar, &[(50.0, Count, None, true, "خمسين")]);
    check("قرابة ألف", ar, &[(1000.0, Count, None, true, "ألف")]);
    check(
        "أكثر من مئة",
        ar,
        &[(100.0, Count, None, true, "أكثر من مئة")],
    );
    check(
        "بنحو 20 كيلومترا",
        ar,
        &[(20.0, Measure, Some("km"), true, "20 كيلومترا")],
    );
    check("50 شخصا تقريبا", ar, &[(50.0, Count, None, true, "50")]);
}

#[test]
fn language_selects_word_tables() {
    assert!(extract("five", Lang::Ar).is_empty());
    assert!(extract("خمسة", Lang::En).is_empty());
    assert_eq!(extract("٥ and 5", Lang::En).len(), 2);
}

fn first(text: &str, lang: Lang) -> Quantity {
    extract(text, lang).remove(0)
}

#[test]
fn translations_agree() {
    let pairs = [
        ("خمسة وعشرون شخصا", "25 people"),
        ("عشرات القتلى", "dozens were killed"),
        ("عشرات القتلى", "40 were killed"),
        ("نحو 50 كيلومترا", "about 31 miles"),
        ("١٠٪", "10 percent"),
        ("مئات الآلاف", "hundreds of thousands"),
        ("عشرات الآلاف", "tens of thousands"),
        ("الخامس والعشرين", "25th"),
        ("قتل جنديين", "two soldiers"),
        ("في عام ٢٠١٢", "in 2012"),
        ("1.5 مليون", "1,500,000"),
        ("في الدقيقة 89", "the 89th minute"),
        ("85 ميلا", "85 mph"),
    ];
    for (ar, en) in pairs {
        assert!(
            agree(&first(ar, Lang::Ar), &first(en, Lang::En)),
            "{ar} ↔ {en}"
        );
    }
    let disagreeing = [
        ("خمسة وعشرون", "35"),
        ("عشرات", "5"),
        ("١٠٪", "10"),
        ("الثالث", "3%"),
        ("50 كيلومترا", "50 kg"),
    ];
    for (ar, en) in disagreeing {
        assert!(
            !agree(&first(ar, Lang::Ar), &first(en, Lang::En)),
            "{ar} ≠ {en}"
        );
    }
}
