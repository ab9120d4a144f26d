//! Tests of `build`: reading one quantity from its tokens.

use super::super::extract;
use super::*;

/// Each quantity of Arabic `text`: its value, unit and the text its span covers.
fn read(text: &str) -> Vec<(f64, Option<String>, &str)> {
    extract(text, Lang::Ar)
        .into_iter()
        .map(|q| (q.value, q.unit, &text[q.start..q.end]))
        .collect()
}

fn values(text: &str) -> Vec<f64> {
    read(text).into_iter().map(|(v, _, _)| v).collect()
}

#[test]
fn a_scale_word_in_the_dual_construct_is_two_of_it() {
    assert_eq!(values("وصل ألفي مقاتل إلى الجبهة"), vec![2e3]);
    assert_eq!(values("إن مليوني لاجئ يعيشون"), vec![2e6]);
    assert_eq!(values("ملياري دولار"), vec![2e9]);
    assert_eq!(values("ألفا مقاتل وصلوا"), vec![2e3]);
    assert_eq!(values("مليونا لاجئ"), vec![2e6]);
    // Behind a preposition, and a noun that begins with و.
    assert_eq!(values("بألفي وحدة سكنية"), vec![2e3]);
    // After و in a compound: three million and two thousand.
    assert_eq!(values("ثلاثة ملايين وألفي دولار"), vec![3_002_000.0]);
    assert_eq!(read("ألفي مقاتل")[0].2, "ألفي");
}

#[test]
fn a_construct_form_that_is_not_a_dual_is_left_alone() {
    // A family name and an adjective (nisba: "million-strong", "millennial") end in ي too.
    assert!(values("قال حسن الألفي إن").is_empty());
    assert!(values("خرج حشد مليوني في الميدان").is_empty());
    assert!(values("في زحف مليوني.").is_empty());
    assert!(values("العام الألفي الجديد").is_empty());
    // The -ا form after a number is the accusative singular, as before.
    assert_eq!(values("خمسة عشر ألفا"), vec![15e3]);
    assert_eq!(values("إلى 142 مليونًا من أتباعه"), vec![142e6]);
    // … and not a dual before a particle, a definite word or و: the Greek letter, or
    // "a million and a half million".
    assert_eq!(values("بلغ ألفا في العام"), vec![1e3]);
    assert_eq!(values("فيروس كورونا ألفا المرتبط"), vec![1e3]);
    assert_eq!(values("كورونا ألفا وبيتا"), vec![1e3]);
    assert_eq!(values("مليونا ونصف مليون"), vec![1.5e6]);
}

#[test]
fn a_half_or_a_quarter_after_a_scale_word_is_part_of_the_number() {
    assert_eq!(
        read("بلغ مليون ونصف شخص"),
        vec![(1.5e6, None, "مليون ونصف")]
    );
    assert_eq!(
        read("مليونا ونصف مليون لاجئ"),
        vec![(1.5e6, None, "مليونا ونصف مليون")]
    );
    assert_eq!(values("مليون ونصف المليون"), vec![1.5e6]);
    assert_eq!(values("ثلاثة آلاف وربع"), vec![3250.0]);
    // The half is of the scale: two thousand and a half is 2,500.
    assert_eq!(values("ألفان ونصف"), vec![2500.0]);
    assert_eq!(values("مليونين ونصف"), vec![2.5e6]);
    assert_eq!(values("٣ ملايين ونصف"), vec![3.5e6]);
    assert_eq!(values("مليار وربع دولار"), vec![1.25e9]);
    assert_eq!(values("مليون ونصف ألف"), vec![1_000_500.0]);
}

#[test]
fn a_comparative_is_part_of_the_quantity_and_sets_its_bound() {
    fn bound_of(text: &str, lang: Lang) -> Vec<(Option<Bound>, &str)> {
        extract(text, lang)
            .into_iter()
            .map(|q| (q.bound, &text[q.start..q.end]))
            .collect()
    }
    assert_eq!(
        bound_of("قتل أكثر من ٤٠ شخصا", Lang::Ar),
        vec![(Some(Bound::AtLeast), "أكثر من ٤٠")]
    );
    assert_eq!(
        bound_of("fewer than 40 people", Lang::En),
        vec![(Some(Bound::AtMost), "fewer than 40")]
    );
    assert_eq!(
        bound_of("over 40 people and up to 3 km", Lang::En),
        vec![
            (Some(Bound::AtLeast), "over 40"),
            (Some(Bound::AtMost), "up to 3 km")
        ]
    );
    // A hedge that is no comparative leaves the span and the bound alone.
    assert_eq!(bound_of("نحو ٤٠ شخصا", Lang::Ar), vec![(None, "٤٠")]);
    assert_eq!(bound_of("about 40", Lang::En), vec![(None, "40")]);
    let [more] = &extract("أكثر من ٤٠", Lang::Ar)[..] else {
        panic!()
    };
    let [fewer] = &extract("fewer than 40", Lang::En)[..] else {
        panic!()
    };
    let [about] = &extract("about 40", Lang::En)[..] else {
        panic!()
    };
    let [over] = &extract("over 40", Lang::En)[..] else {
        panic!()
    };
    assert!(!super::super::agree(more, fewer));
    assert!(super::super::agree(more, over));
    assert!(super::super::agree(more, about));
}

#[test]
fn an_english_scale_and_a_half_is_read() {
    let english = |text: &str| -> Vec<(f64, String)> {
        extract(text, Lang::En)
            .iter()
            .map(|q| (q.value, text[q.start..q.end].to_string()))
            .collect()
    };
    assert_eq!(
        english("a million and a half people"),
        [(1.5e6, "a million and a half".to_string())]
    );
    assert_eq!(
        english("one and a half million people"),
        [(1.5e6, "one and a half million".to_string())]
    );
    assert_eq!(english("2 and a half billion dollars")[0].0, 2.5e9);
    assert_eq!(english("three thousand and a quarter")[0].0, 3250.0);
    // "and a half" that is not part of the number.
    assert_eq!(
        english("two days and a half-hearted truce"),
        [(2.0, "two days".to_string())]
    );
    assert_eq!(english("five and a half hours")[0].0, 5.0);
    // After digits and a scale, English number words start the next number.
    assert_eq!(
        english("up from 1.7 million four years ago"),
        [
            (1.7e6, "1.7 million".to_string()),
            (4.0, "four years".to_string())
        ]
    );
    assert_eq!(english("one million four hundred thousand")[0].0, 1.4e6);
}

#[test]
fn a_fraction_before_a_scale_word_is_that_part_of_it() {
    assert_eq!(read("نزح نصف مليون شخص"), vec![(5e5, None, "نصف مليون")]);
    assert_eq!(values("بلغ عددهم ربع مليون"), vec![2.5e5]);
    assert_eq!(values("بنصف المليون"), vec![5e5]);
    assert_eq!(values("ثلث مليار دولار"), vec![1e9 / 3.0]);
    let english =
        |text: &str| -> Vec<f64> { extract(text, Lang::En).iter().map(|q| q.value).collect() };
    assert_eq!(english("half a million people"), vec![5e5]);
    assert_eq!(english("a quarter of a million"), vec![2.5e5]);
    assert_eq!(english("a quarter million"), vec![2.5e5]);
    assert_eq!(english("half a billion dollars"), vec![5e8]);
    // A fraction of something else is no number but a share (`QuantityKind::Fraction`, in
    // percent).
    let share = |text: &str, lang| -> Vec<(f64, QuantityKind)> {
        extract(text, lang)
            .iter()
            .map(|q| (q.value, q.kind))
            .collect()
    };
    assert_eq!(
        share("نصف السكان", Lang::Ar),
        [(50.0, QuantityKind::Fraction)]
    );
    assert_eq!(
        share("half of them fled", Lang::En),
        [(50.0, QuantityKind::Fraction)]
    );
    assert_eq!(
        share("a quarter of the city", Lang::En),
        [(25.0, QuantityKind::Fraction)]
    );
    assert_eq!(english("the third of five"), vec![3.0, 5.0]);
    assert_eq!(english("a third of a million"), vec![1e6 / 3.0]);
}

#[test]
fn a_half_that_is_not_a_fraction_of_the_scale_is_left_alone() {
    // "and half of them", a half after a unit, after "thousands".
    assert_eq!(values("عشرة آلاف ونصفهم أطفال"), vec![1e4]);
    assert_eq!(values("خمسة ونصف"), vec![5.0]);
    assert_eq!(values("آلاف ونصف"), vec![1e3]);
    // A bigger scale after the half is not what it is a half of.
    assert_eq!(values("ألف ونصف مليون"), vec![1e3, 1e6]);
}

#[test]
fn a_percent_sign_may_come_before_the_number() {
    let percent = Some("percent".to_string());
    assert_eq!(
        read("ارتفعت بنسبة %٥٠ خلال الشهر"),
        vec![(50.0, percent.clone(), "%٥٠")]
    );
    assert_eq!(read("بنسبة ٪12.5"), vec![(12.5, percent.clone(), "٪12.5")]);
    let english = |text: &str| extract(text, Lang::En);
    assert_eq!(english("rose %50")[0].unit.as_deref(), Some("percent"));
    // A sign glued to the number before it is that number's; a sign after stays as it was.
    let glued = read("10%20");
    assert_eq!(glued[0], (10.0, percent.clone(), "10%"));
    assert_eq!(glued[1], (20.0, None, "20"));
    assert_eq!(read("50% 30")[1], (30.0, None, "30"));
    assert_eq!(read("٥٠٪ فقط"), vec![(50.0, percent, "٥٠٪")]);
    // Not before number words.
    assert_eq!(read("%خمسين")[0].1, None);
}

#[test]
fn thousands_and_the_part_below_them_are_one_number() {
    for (text, value) in [
        ("تضرر ألف و٣٠٠ منزل", 1300.0),
        ("تضرر ألفا و٣٠٠ منزل", 1300.0),
        ("تضرر ألفاً و٣٠٠ منزل", 1300.0),
        ("أصيب ٣ آلاف و٥٠٠ شخص", 3500.0),
        ("نزح ألفين و٥٠٠ شخص", 2500.0),
        ("بلغ مليون و٥٠٠ ألف", 1.5e6),
        ("بلغ مليون و٢٠٠ ألف و٥٠٠ لاجئ", 1_200_500.0),
        ("بلغ مليون و٣ آلاف لاجئ", 1_003_000.0),
        // The number words after و, as before.
        ("تضرر ألفا وثلاثمئة منزل", 1300.0),
        ("أصيب ٣ آلاف وخمسمئة شخص", 3500.0),
    ] {
        assert_eq!(values(text), vec![value], "{text}");
    }
    // The counted noun after the whole: 3,500 wounded, one number …
    assert_eq!(read("٣ آلاف و٥٠٠ جريح")[0].2, "٣ آلاف و٥٠٠");
    // … while a list gives each count its noun.
    assert_eq!(values("٣ آلاف قتيل و٥٠٠ جريح"), vec![3000.0, 500.0]);
    // A part as large as the scale's unit is another number (a range), and so is a decimal or
    // a percentage.
    assert_eq!(values("بين ألف و٣٠٠٠ شخص"), vec![1000.0, 3000.0]);
    assert_eq!(values("ألف و٢٫٥ طن"), vec![1000.0, 2.5]);
    assert_eq!(values("ألف و٥٠٪"), vec![1000.0, 50.0]);
}
