//! Months and weekdays as quantities, so that dates compare. A date written with a month name on
//! one side and in digits on the other ("5/3/2019" against ٥ آذار ٢٠١٩ read 5, 3, 2019 against
//! 5, 2019, and accused the quote of a "3" its source lacked); "May 3" for ٣ مارس, "Monday" for
//! يوم الثلاثاء, "Ramadan" for شوال passed unseen. A month name next to a day or a year counts as
//! its month (kind `Month`, or `HijriMonth`); alone ("in March", "may rise", رمضان the name) it
//! is no number. A weekday counts wherever it stands (`Weekday`).
//!
//! Arabic writes months by their Syriac names (آذار, the Levant and Iraq) or their Latin ones
//! (مارس, Egypt and the Gulf), often both (آذار/مارس): one date gives one month.

use super::{Quantity, QuantityKind};
use crate::text::Lang;

const ENGLISH_MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// One-word Arabic month names, Latin and Syriac, with the spellings news uses (hamza or not).
const ARABIC_MONTHS: &[(&str, u8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("آذار", 3),
    ("اذار", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("إبريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("أيار", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("حزيران", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("تموز", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("آب", 8),
    ("سبتمبر", 9),
    ("أيلول", 9),
    ("ايلول", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
];

const ENGLISH_WEEKDAYS: &[(&str, u8)] = &[
    ("sunday", 1),
    ("monday", 2),
    ("tuesday", 3),
    ("wednesday", 4),
    ("thursday", 5),
    ("friday", 6),
    ("saturday", 7),
];

/// With the article, as Arabic names the days (يوم الاثنين, الاثنين الماضي); أحد without it is
/// "one of".
const ARABIC_WEEKDAYS: &[(&str, u8)] = &[
    ("الأحد", 1),
    ("الاحد", 1),
    ("الاثنين", 2),
    ("الإثنين", 2),
    ("الثلاثاء", 3),
    ("الأربعاء", 4),
    ("الاربعاء", 4),
    ("الخميس", 5),
    ("الجمعة", 6),
    ("السبت", 7),
];

/// Hijri months of one word (the others, ربيع الأول …, are left out).
const ENGLISH_HIJRI_MONTHS: &[(&str, u8)] = &[
    ("muharram", 1),
    ("safar", 2),
    ("rajab", 7),
    ("shaban", 8),
    ("shaaban", 8),
    ("sha'ban", 8),
    ("ramadan", 9),
    ("ramadhan", 9),
    ("shawwal", 10),
];

const ARABIC_HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
];

/// Words before a month name that make it one ("last August", "the month of Ramadan", شهر
/// شوال); a capitalized "May" or "March" after them is no verb.
const MONTH_CUES_BEFORE: &[&str] = &[
    "last", "next", "this", "early", "late", "mid", "of", "since", "until", "in", "شهر", "منذ",
    "حتى", "في", "خلال",
];

/// Words after an Arabic month name that make it one (تموز الماضي, آذار المقبل).
const MONTH_CUES_AFTER: &[&str] = &["الماضي", "المقبل", "القادم", "الجاري", "المنصرم"];

/// The two-word Syriac months: تشرين الأول (October) … كانون الثاني (January).
fn arabic_two_word_month(first: &str, second: &str) -> Option<u8> {
    let first_of = matches!(second, "الأول" | "الاول");
    let second_of = second == "الثاني";
    match first {
        "تشرين" if first_of => Some(10),
        "تشرين" if second_of => Some(11),
        "كانون" if first_of => Some(12),
        "كانون" if second_of => Some(1),
        _ => None,
    }
}

/// A word of `text` and its byte span.
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let in_word = c.is_alphanumeric() || ('\u{064B}'..='\u{0652}').contains(&c);
        match (start, in_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn find(table: &[(&str, u8)], word: &str) -> Option<u8> {
    table
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, v)| v)
}

/// The calendar name a word (or it and the next) is, its value and kind, and how many words it
/// takes.
fn calendar_at(words: &[Word], i: usize, lang: Lang) -> Option<(u8, QuantityKind, usize)> {
    let w = words[i].text;
    match lang {
        Lang::En => {
            // Capitalized only: "march" and "may" are verbs.
            if !w.starts_with(char::is_uppercase) {
                return None;
            }
            let lower = w.to_lowercase();
            [
                (ENGLISH_MONTHS, QuantityKind::Month),
                (ENGLISH_WEEKDAYS, QuantityKind::Weekday),
                (ENGLISH_HIJRI_MONTHS, QuantityKind::HijriMonth),
            ]
            .into_iter()
            .find_map(|(table, kind)| Some((find(table, &lower)?, kind, 1)))
        }
        Lang::Ar => {
            let bare = w.strip_prefix('و').filter(|rest| rest.chars().count() >= 2);
            for candidate in [Some(w), bare].into_iter().flatten() {
                for (table, kind) in [
                    (ARABIC_MONTHS, QuantityKind::Month),
                    (ARABIC_WEEKDAYS, QuantityKind::Weekday),
                    (ARABIC_HIJRI_MONTHS, QuantityKind::HijriMonth),
                ] {
                    if let Some(v) = find(table, candidate) {
                        return Some((v, kind, 1));
                    }
                }
                if let Some(next) = words.get(i + 1) {
                    if let Some(m) = arabic_two_word_month(candidate, next.text) {
                        return Some((m, QuantityKind::Month, 2));
                    }
                }
            }
            None
        }
    }
}

/// Whether `q` can be a date's day (1–31, whole) or year, next to a month name.
fn is_day_or_year(q: &Quantity) -> bool {
    let day = matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal)
        && q.value.fract() == 0.0
        && (1.0..=31.0).contains(&q.value)
        && q.unit.is_none()
        && !q.approximate;
    // A Hijri year (شوال ١٤٤٦) is no Gregorian one.
    let hijri_year = q.kind == QuantityKind::Count
        && q.value.fract() == 0.0
        && (1300.0..=1500.0).contains(&q.value);
    day || hijri_year || q.kind == QuantityKind::Year
}

/// `quantities` (of `text`, in order) with every weekday and the month of every date added, in
/// text order. A number read inside a month's name (the الثاني of كانون الثاني) or a weekday
/// (الاثنين) is dropped.
pub(super) fn with_calendar(text: &str, lang: Lang, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let words = words(text);
    let mut calendar: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, kind, len)) = calendar_at(&words, i, lang) else {
            i += 1;
            continue;
        };
        let (start, end) = (words[i].start, words[i + len - 1].end);
        // The words on either side, skipping "of" / من ("the 5th of March", الخامس من آذار).
        let before = i
            .checked_sub(1)
            .and_then(|b| {
                if matches!(words[b].text, "of" | "من") {
                    b.checked_sub(1)
                } else {
                    Some(b)
                }
            })
            .map(|b| &words[b]);
        let after = words.get(i + len);
        let dated = [before, after].into_iter().flatten().any(|w| {
            quantities
                .iter()
                .any(|q| q.start < w.end && w.start < q.end && is_day_or_year(q))
        });
        // آذار/مارس: the second name of the same month is the same date.
        let repeated = calendar.last().is_some_and(|m| {
            m.value == f64::from(value) && m.kind == kind && text[m.end..start].trim() == "/"
        });
        // "last August", تموز الماضي, شهر شوال, "the month of Ramadan": a month named as such.
        let word_before = i.checked_sub(1).map(|b| words[b].text.to_lowercase());
        let word_after = words.get(i + len).map(|w| w.text);
        let named_month = kind != QuantityKind::Weekday
            && (word_before
                .as_deref()
                .is_some_and(|w| MONTH_CUES_BEFORE.contains(&w))
                || word_after.is_some_and(|w| MONTH_CUES_AFTER.contains(&w)));
        // ليلة الأحد is Saturday night (the eve of Sunday): the English names either day. The
        // other times of a day are of that day: فجر الثلاثاء is Tuesday's dawn, as صباح, ظهر,
        // عصر and مساء الثلاثاء are Tuesday's morning, noon, afternoon and evening.
        let eve = kind == QuantityKind::Weekday
            && word_before
                .as_deref()
                .is_some_and(|w| matches!(w, "ليلة" | "ليله"));
        let counts = dated || named_month || (kind == QuantityKind::Weekday && !eve);
        if counts && !repeated {
            calendar.push(Quantity {
                value: f64::from(value),
                kind,
                unit: None,
                start,
                end,
                approximate: false,
                bound: None,
            });
        }
        i += len;
    }
    if calendar.is_empty() {
        return quantities;
    }
    let mut all: Vec<Quantity> = quantities
        .into_iter()
        .filter(|q| {
            !calendar
                .iter()
                .any(|m| m.start <= q.start && q.end <= m.end)
        })
        .collect();
    all.extend(calendar);
    all.sort_by_key(|q| q.start);
    all
}

#[cfg(test)]
mod tests {
    use crate::text::numbers::{extract, QuantityKind};
    use crate::text::Lang;

    use crate::text::numbers::read_values as values;

    #[test]
    fn a_month_next_to_a_day_or_year_is_its_number() {
        assert_eq!(values("on March 5, 2019", Lang::En), [3.0, 5.0, 2019.0]);
        assert_eq!(values("on the 5th of March", Lang::En), [5.0, 3.0]);
        assert_eq!(values("in Sept 2019", Lang::En), [9.0, 2019.0]);
        assert_eq!(values("في ٥ آذار ٢٠١٩", Lang::Ar), [5.0, 3.0, 2019.0]);
        assert_eq!(values("في ٥ آذار/مارس ٢٠١٩", Lang::Ar), [5.0, 3.0, 2019.0]);
        assert_eq!(
            values("في ١٥ كانون الثاني ٢٠٢٠", Lang::Ar),
            [15.0, 1.0, 2020.0]
        );
        assert_eq!(values("في الخامس من أيار", Lang::Ar), [5.0, 5.0]);
        assert_eq!(
            values("في الأول من شوال ١٤٤٦ هـ", Lang::Ar),
            [1.0, 10.0, 1446.0]
        );
        assert_eq!(values("on the first of Ramadan", Lang::En), [1.0, 9.0]);
    }

    #[test]
    fn a_month_named_as_such_is_read_without_a_day() {
        assert_eq!(values("during the month of Ramadan", Lang::En), [9.0]);
        assert_eq!(values("last August", Lang::En), [8.0]);
        assert_eq!(values("خلال شهر شوال الماضي", Lang::Ar), [10.0]);
        assert_eq!(values("في تموز الماضي", Lang::Ar), [7.0]);
        assert_eq!(values("May God protect them", Lang::En), Vec::<f64>::new());
        assert_eq!(values("وقال رجب طيب أردوغان", Lang::Ar), Vec::<f64>::new());
    }

    #[test]
    fn a_weekday_is_read_anywhere() {
        let kinds = crate::text::numbers::read_kinds;
        assert_eq!(
            kinds("قتل ١٢ مدنياً يوم الاثنين", Lang::Ar),
            [(12.0, QuantityKind::Count), (2.0, QuantityKind::Weekday)]
        );
        assert_eq!(
            kinds("on Tuesday", Lang::En),
            [(3.0, QuantityKind::Weekday)]
        );
        assert_eq!(kinds("قال أحد المسؤولين", Lang::Ar), []);
        // The eve of Sunday is Saturday night: not compared.
        assert_eq!(kinds("تجدد القصف ليلة الأحد", Lang::Ar), []);
    }

    #[test]
    fn the_dawn_morning_or_evening_of_a_weekday_is_that_weekday() {
        use crate::text::numbers::agree;
        let one = |text: &str, lang| extract(text, lang).remove(0);
        for time in ["فجر", "صباح", "ظهر", "عصر", "مساء"] {
            let ar = format!("قصف {time} الثلاثاء");
            let tuesday = one(ar.as_str(), Lang::Ar);
            assert_eq!(
                (tuesday.value, tuesday.kind),
                (3.0, QuantityKind::Weekday),
                "{ar}"
            );
            assert!(
                !agree(&one("at dawn on Monday", Lang::En), &tuesday),
                "{ar}"
            );
            assert!(
                agree(&one("at dawn on Tuesday", Lang::En), &tuesday),
                "{ar}"
            );
        }
        // ليلة keeps its rule: ليلة الأربعاء may be Tuesday night.
        assert!(extract("قصف ليلة الأربعاء", Lang::Ar).is_empty());
    }

    #[test]
    fn months_agree_with_digits_and_weekdays_only_with_weekdays() {
        use crate::text::numbers::agree;
        let one = |text, lang| extract(text, lang).remove(0);
        let march = one("March 5", Lang::En);
        assert!(agree(&march, &one("٣", Lang::Ar)));
        assert!(agree(&march, &one("في آذار ٢٠١٩", Lang::Ar)));
        assert!(!agree(&one("on Tuesday", Lang::En), &one("٣", Lang::Ar)));
        assert!(!agree(
            &one("on Monday", Lang::En),
            &one("يوم الثلاثاء", Lang::Ar)
        ));
    }

    #[test]
    fn a_verb_or_a_name_spelled_as_a_month_is_no_number() {
        assert_eq!(values("the toll may rise to 10", Lang::En), [10.0]);
        assert_eq!(
            values("March on, the army said as 12 were killed", Lang::En),
            [12.0]
        );
        assert_eq!(values("they will march 5 km", Lang::En), [5.0]);
        assert_eq!(values("قال رمضان إن ١٢ قتلوا", Lang::Ar), [12.0]);
        assert_eq!(values("الفصل الثاني", Lang::Ar), [2.0]);
    }
}
