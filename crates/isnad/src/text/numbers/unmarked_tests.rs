//! A vowelled, stretched or presentation-form copy of a text gives the quantities of the plain
//! text, with spans on the copy.

use proptest::prelude::*;

use super::*;

const SENTENCES: &[&str] = &[
    "اجتمع الوزراء يوم الثلاثاء في عشر مدن.",
    "قتل خمسة وعشرون شخصا في ٣ آذار ٢٠١٩.",
    "وصل نحو ألفي مقاتل يوم الأربعاء ١٢ مارس.",
    "نزح أكثر من مليون ونصف لاجئ منذ تشرين الأول الماضي.",
    "تبرعت الدولة بثلاثة آلاف وربع طن في نيسان ٢٠٢٠.",
    "أصيب ٥٠٪ من السكان ومئات الأشخاص في الجمعة الماضية.",
    "سقط خمسمئة صاروخ خلال يومين في الحادي عشر من أيلول.",
    "قال إن ثلث السكان فروا يوم الخميس وإن ستة عشر منزلا دمرت.",
];

/// What a quantity says, its span aside.
fn said(q: &Quantity) -> (u64, QuantityKind, Option<String>, bool, Option<Bound>) {
    (
        q.value.to_bits(),
        q.kind,
        q.unit.clone(),
        q.approximate,
        q.bound,
    )
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// `text` with `marks` after every Arabic letter.
fn marked(text: &str, marks: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if is_arabic_letter(c) {
            out.push_str(marks);
        }
    }
    out
}

/// The letters of `text` without what unmarking removes.
fn plain_letters(text: &str) -> String {
    crate::text::arabic::unmarked_with_map(text).map_or_else(|| text.to_string(), |v| v.text)
}

fn assert_reads_like_plain(plain: &str, copy: &str, lang: Lang) {
    let expected = extract(plain, lang);
    let got = extract(copy, lang);
    assert_eq!(
        got.iter().map(said).collect::<Vec<_>>(),
        expected.iter().map(said).collect::<Vec<_>>(),
        "{copy:?}"
    );
    for (g, e) in got.iter().zip(&expected) {
        assert!(copy.is_char_boundary(g.start) && copy.is_char_boundary(g.end));
        assert_eq!(
            plain_letters(&copy[g.start..g.end]).trim_end(),
            plain[e.start..e.end].trim_end(),
            "{copy:?}"
        );
    }
}

#[test]
fn vowelled_and_stretched_sentences_give_the_quantities_of_the_plain_ones() {
    for plain in SENTENCES {
        assert!(!extract(plain, Lang::Ar).is_empty(), "{plain:?}");
        for marks in [
            "\u{064E}",
            "\u{0650}",
            "\u{0651}",
            "\u{0640}",
            "\u{0651}\u{064F}\u{0640}",
        ] {
            assert_reads_like_plain(plain, &marked(plain, marks), Lang::Ar);
        }
    }
}

#[test]
fn the_tester_s_vowelled_weekday_and_month_are_read() {
    let kinds = |t| read_kinds(t, Lang::Ar);
    assert_eq!(
        kinds("اجتمع الوزراء يوم الثَلاثاء في عشر مدن."),
        kinds("اجتمع الوزراء يوم الثلاثاء في عشر مدن.")
    );
    assert_eq!(kinds("يوم الثـلاثاء"), [(3.0, QuantityKind::Weekday)]);
    assert_eq!(kinds("يوم الأَرْبِعَاءِ"), [(4.0, QuantityKind::Weekday)]);
    assert_eq!(kinds("في ٥ مَارِسَ"), kinds("في ٥ مارس"));
    // The span is on the vowelled text, marks included.
    let text = "يوم الثَلاثاءِ";
    let q = &extract(text, Lang::Ar)[0];
    assert_eq!(&text[q.start..q.end], "الثَلاثاءِ");
}

#[test]
fn presentation_forms_read_like_the_letters() {
    let pdf = "ﺃﻋﻠﻨﺖ ﺍﻟﺤﻜﻮﻣﺔ ﺃﻥ ﺧﻤﺴﺔ ﺃﺷﺨﺎﺹ ﻗﺘﻠﻮﺍ ﻳﻮﻡ ﺍﻟﺜﻼﺛﺎﺀ";
    let plain = "أعلنت الحكومة أن خمسة أشخاص قتلوا يوم الثلاثاء";
    assert_eq!(
        read_kinds(pdf, Lang::Ar),
        [(5.0, QuantityKind::Count), (3.0, QuantityKind::Weekday)]
    );
    assert_reads_like_plain(plain, pdf, Lang::Ar);
    let q = &extract(pdf, Lang::Ar)[0];
    assert_eq!(&pdf[q.start..q.end], "ﺧﻤﺴﺔ");
}

#[test]
fn invisible_characters_and_ligatures_in_english_number_words_are_not_read() {
    let plain = "Twenty-five people were killed on Tuesday";
    for copy in [
        "Twen\u{AD}ty-five people were killed on Tues\u{AD}day",
        "Twenty-\u{FB01}ve people were killed on Tues\u{200B}day",
        "Twen\u{2060}ty-five people were killed on Tuesday",
    ] {
        assert_reads_like_plain(plain, copy, Lang::En);
    }
}

/// Marks a copy may carry after a letter.
const MARKS: &[&str] = &[
    "\u{064B}",
    "\u{064E}",
    "\u{064F}",
    "\u{0650}",
    "\u{0651}",
    "\u{0652}",
    "\u{0640}",
    "\u{0651}\u{064E}",
    "\u{0640}\u{0640}",
    "\u{0610}",
    "\u{06E1}",
    "\u{200F}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_vowelling_gives_the_quantities_of_the_plain_text(
        sentence in 0..SENTENCES.len(),
        choices in proptest::collection::vec(proptest::option::of(0..MARKS.len()), 80),
    ) {
        let plain = SENTENCES[sentence];
        let mut copy = String::new();
        let mut letter = 0;
        for c in plain.chars() {
            copy.push(c);
            if is_arabic_letter(c) {
                if let Some(Some(m)) = choices.get(letter % choices.len()) {
                    copy.push_str(MARKS[*m]);
                }
                letter += 1;
            }
        }
        assert_reads_like_plain(plain, &copy, Lang::Ar);
    }
}
