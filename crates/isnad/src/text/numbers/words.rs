//! Word tables: number words, ordinals, units and "about"-type markers in English and Arabic.
//! Arabic entries are in folded form (see `scan::fold_arabic`): أ/إ/آ → ا, ى → ي, ة → ه.

use super::Bound;

/// What a number word does to the number being built (see `NumberBuilder` in the parent module).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Role {
    /// 0–99: adds to the current group ("five", "twenty", "خمسة", "عشرون").
    Unit(f64),
    /// Only the first half of a teen (احد/اثنا in "أحد عشر", "اثنا عشر"); alone it is not a number.
    TeenUnit(f64),
    /// "hundred", مئة: multiplies the current group (or 1) by 100.
    Hundred,
    /// A whole hundreds value in one word (مئتان, ثلاثمئة): adds to the current group.
    Hundreds(f64),
    /// "thousand", ألف, "million": closes the current group (or 1) times the scale.
    Scale(f64),
    /// Plural scales (آلاف, ملايين, "thousands"): a multiplier after a number, "thousands of" alone.
    ScalePlural(f64),
    /// "dozens", عشرات, مئات: an approximate amount of at least this much.
    Approx(f64),
    /// "dozen": ×12.
    Dozen,
}

pub(super) fn english_role(word: &str) -> Option<Role> {
    use Role::*;
    let unit = |v: u32| Some(Unit(f64::from(v)));
    match word {
        "one" => unit(1),
        "two" => unit(2),
        "three" => unit(3),
        "four" => unit(4),
        "five" => unit(5),
        "six" => unit(6),
        "seven" => unit(7),
        "eight" => unit(8),
        "nine" => unit(9),
        "ten" => unit(10),
        "eleven" => unit(11),
        "twelve" => unit(12),
        "thirteen" => unit(13),
        "fourteen" => unit(14),
        "fifteen" => unit(15),
        "sixteen" => unit(16),
        "seventeen" => unit(17),
        "eighteen" => unit(18),
        "nineteen" => unit(19),
        "twenty" => unit(20),
        "thirty" => unit(30),
        "forty" => unit(40),
        "fifty" => unit(50),
        "sixty" => unit(60),
        "seventy" => unit(70),
        "eighty" => unit(80),
        "ninety" => unit(90),
        "hundred" => Some(Hundred),
        "thousand" => Some(Scale(1e3)),
        "million" | "mln" => Some(Scale(1e6)),
        "billion" | "bn" => Some(Scale(1e9)),
        "thousands" => Some(ScalePlural(1e3)),
        "millions" => Some(ScalePlural(1e6)),
        "billions" => Some(ScalePlural(1e9)),
        "dozens" | "scores" | "tens" => Some(Approx(10.0)),
        "hundreds" => Some(Approx(100.0)),
        "dozen" => Some(Dozen),
        _ => None,
    }
}

pub(super) fn arabic_role(word: &str) -> Option<Role> {
    use Role::*;
    let unit = |v: u32| Some(Unit(f64::from(v)));
    match word {
        // The accusative (أربعاً وعشرين, after a verb) with its alif, as well as the plain forms.
        "واحد" | "واحده" | "واحدا" => unit(1),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "ثنتين" => unit(2),
        "ثلاث" | "ثلاثه" | "ثلاثا" => unit(3),
        "اربع" | "اربعه" | "اربعا" => unit(4),
        "خمس" | "خمسه" | "خمسا" => unit(5),
        "ست" | "سته" => unit(6),
        "سبع" | "سبعه" | "سبعا" => unit(7),
        "ثمان" | "ثماني" | "ثمانيه" | "ثمانيا" => unit(8),
        "تسع" | "تسعه" | "تسعا" => unit(9),
        "عشر" | "عشره" => unit(10),
        "احد" | "احدي" => Some(TeenUnit(1.0)),
        "اثنا" | "اثني" | "اثنتا" | "اثنتي" => Some(TeenUnit(2.0)),
        "عشرون" | "عشرين" => unit(20),
        "ثلاثون" | "ثلاثين" => unit(30),
        "اربعون" | "اربعين" => unit(40),
        "خمسون" | "خمسين" => unit(50),
        "ستون" | "ستين" => unit(60),
        "سبعون" | "سبعين" => unit(70),
        "ثمانون" | "ثمانين" => unit(80),
        "تسعون" | "تسعين" => unit(90),
        "مئه" | "مائه" => Some(Hundred),
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتا" | "مئتي" | "مائتا" | "مائتي" => {
            Some(Hundreds(200.0))
        }
        // The accusative (ألفًا, مليونًا after 11–99) is the singular scale, not a dual.
        "الف" | "الفا" => Some(Scale(1e3)),
        "مليون" | "مليونا" => Some(Scale(1e6)),
        "مليار" | "بليون" => Some(Scale(1e9)),
        // Duals are a whole number: "ألفين" is two thousand.
        "الفان" | "الفين" => Some(Unit(2e3)),
        "مليونان" | "مليونين" => Some(Unit(2e6)),
        "ملياران" | "مليارين" => Some(Unit(2e9)),
        "الاف" | "الوف" => Some(ScalePlural(1e3)),
        "ملايين" => Some(ScalePlural(1e6)),
        "مليارات" => Some(ScalePlural(1e9)),
        "عشرات" => Some(Approx(10.0)),
        "مئات" | "مئآت" => Some(Approx(100.0)),
        _ => compound_hundreds(word).map(Hundreds),
    }
}

/// One-word hundreds: ثلاثمئة, خمسمائة, ثمانمئة …
fn compound_hundreds(word: &str) -> Option<f64> {
    let head = word
        .strip_suffix("مئه")
        .or_else(|| word.strip_suffix("مائه"))?;
    let units = match head {
        "ثلاث" => 3.0,
        "اربع" => 4.0,
        "خمس" => 5.0,
        "ست" => 6.0,
        "سبع" => 7.0,
        "ثمان" | "ثماني" => 8.0,
        "تسع" => 9.0,
        _ => return None,
    };
    Some(units * 100.0)
}

/// One way of reading an Arabic word under its clitics (see [`arabic_readings`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Reading<'a> {
    /// The word left once the clitics are taken off.
    pub word: &'a str,
    /// It began with the conjunction و (which is how Arabic joins "five and twenty").
    pub wa: bool,
    /// The article (ال, لل) was one of the clitics taken off.
    pub article: bool,
}

/// The ways an Arabic word can carry a number word under clitics, most literal first.
///
/// Prepositions and the article need at least three letters left, so "لست" ("I am not") is not
/// ل + ست (six); after a bare conjunction two letters are enough ("وست").
pub(super) fn arabic_readings(word: &str) -> Vec<Reading<'_>> {
    let reading = |word, wa, article| Reading { word, wa, article };
    let mut readings = vec![reading(word, false, false)];
    if let Some(rest) = word.strip_prefix('و') {
        readings.push(reading(rest, true, false));
    } else if let Some(rest) = word.strip_prefix('ف') {
        readings.push(reading(rest, false, false));
    }
    for i in 0..readings.len() {
        let base = readings[i];
        for prefix in ["بال", "لل", "ال", "ب", "ل"] {
            if let Some(rest) = base.word.strip_prefix(prefix) {
                if rest.chars().count() >= 3 {
                    readings.push(reading(rest, base.wa, prefix != "ب" && prefix != "ل"));
                }
            }
        }
    }
    readings
}

/// A scale word in the construct state of the dual, which drops the ن of the dual before the
/// counted noun: ألفي مقاتل (two thousand fighters; the full dual is ألفين), مليونا لاجئ, ملياري
/// دولار. Its value, and whether it is the -ا form (nominative), which is also the accusative
/// singular that follows 11–99 (خمسة عشر ألفا) and the Greek letter (ألفا): `build` only reads
/// it as a dual where the grammar leaves no other reading. مئتا/مئتي, whose spelling is not
/// otherwise a word, are ordinary hundreds in [`arabic_role`].
pub(super) fn arabic_construct_dual(word: &str) -> Option<(f64, bool)> {
    Some(match word {
        "الفي" => (2e3, false),
        "الفا" => (2e3, true),
        "مليوني" => (2e6, false),
        "مليونا" => (2e6, true),
        "ملياري" | "بليوني" => (2e9, false),
        "مليارا" | "بليونا" => (2e9, true),
        _ => return None,
    })
}

/// Words that cannot be the counted noun of a construct: prepositions, conjunctions and other
/// particles, and adverbs that follow a number ("ألفا تقريبا" is "a thousand, about").
pub(super) fn is_arabic_particle(word: &str) -> bool {
    matches!(
        word,
        "من" | "في"
            | "الي"
            | "علي"
            | "عن"
            | "مع"
            | "منذ"
            | "خلال"
            | "بين"
            | "حتي"
            | "عند"
            | "قبل"
            | "بعد"
            | "حول"
            | "ضد"
            | "دون"
            | "نحو"
            | "او"
            | "ام"
            | "ثم"
            | "بل"
            | "لكن"
            | "قد"
            | "لقد"
            | "لا"
            | "لم"
            | "لن"
            | "ما"
            | "ان"
            | "انه"
            | "انها"
            | "الذي"
            | "التي"
            | "الذين"
            | "كان"
            | "كانت"
            | "هو"
            | "هي"
            | "هم"
            | "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "فقط"
            | "تقريبا"
            | "اخر"
            | "اخري"
            | "اخرين"
            | "اخرون"
            | "اضافي"
            | "اضافيه"
    )
}

/// "and a half", "and a quarter" after a scale word: مليون ونصف (1.5 million), ألفان وربع.
pub(super) fn arabic_fraction_after_scale(word: &str) -> Option<f64> {
    match word {
        "ونصف" => Some(0.5),
        "وربع" => Some(0.25),
        _ => None,
    }
}

/// A fraction word said before a scale word (نصف مليون, ربع مليون, ثلث مليار).
pub(super) fn arabic_fraction(word: &str) -> Option<f64> {
    match word {
        "نصف" => Some(0.5),
        "ربع" => Some(0.25),
        "ثلث" => Some(1.0 / 3.0),
        _ => None,
    }
}

/// A fraction word said before a scale word ("half a million", "a quarter of a million").
pub(super) fn english_fraction(word: &str) -> Option<f64> {
    match word {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        "third" => Some(1.0 / 3.0),
        _ => None,
    }
}

pub(super) fn english_ordinal(word: &str) -> Option<f64> {
    let v = match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "twentieth" => 20,
        _ => return None,
    };
    Some(f64::from(v))
}

/// Arabic ordinals, only with the article (or أول, which is only ever "first"): bare ثاني or
/// خامس are too often something else.
pub(super) fn arabic_ordinal(word: &str) -> Option<f64> {
    let base = word.strip_suffix('ه').unwrap_or(word);
    let v = match base {
        "اول" | "الاول" | "الاولي" | "الحادي" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        _ => return None,
    };
    Some(f64::from(v))
}

/// Suffixes that make a digit run an ordinal when glued to it ("1st", "22nd").
pub(super) fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th")
}

/// A unit after a number: a normalized unit name, `"percent"` for percentages.
pub(super) fn unit_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "percent" | "pct" | "بالمئه" | "بالمائه" | "بالميه" => "percent",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" | "كم" | "كلم"
        | "كيلومتر" | "كيلومترا" | "كيلومترات" => "km",
        "m" | "metre" | "metres" | "meter" | "meters" | "متر" | "مترا" | "امتار" => "m",
        "mile" | "miles" | "ميل" | "ميلا" | "اميال" => "mi",
        "ft" | "foot" | "feet" | "قدم" | "قدما" | "اقدام" => "ft",
        "minute" | "minutes" | "min" | "mins" | "دقيقه" | "دقائق" => "min",
        "hour" | "hours" | "hr" | "hrs" | "ساعه" | "ساعات" => "h",
        "day" | "days" | "يوم" | "يوما" | "ايام" => "d",
        "week" | "weeks" | "اسبوع" | "اسبوعا" | "اسابيع" => "wk",
        "month" | "months" | "شهر" | "شهرا" | "اشهر" | "شهور" => "mo",
        "year" | "years" | "yr" | "yrs" | "سنه" | "سنوات" | "سنين" | "عاما" | "اعوام" => {
            "yr"
        }
        "kg" | "kilogram" | "kilograms" | "kilos" | "كيلوغرام" | "كيلوغراما" | "كيلوجرام"
        | "كغ" | "كلغ" => "kg",
        "ton" | "tons" | "tonne" | "tonnes" | "طن" | "طنا" | "اطنان" => "t",
        "dollar" | "dollars" | "دولار" | "دولارا" | "دولارات" => "usd",
        "euro" | "euros" | "يورو" => "eur",
        "sterling" => "gbp",
        // A pound or lira without its country: sterling, or Syria's, Lebanon's, Egypt's or
        // Turkey's (ليرة is the Levant's word for the pound, جنيه Egypt's and Sudan's).
        "pound" | "pounds" | "lira" | "liras" | "lire" | "جنيه" | "جنيها" | "جنيهات" | "ليره"
        | "ليرات" => "pound",
        "riyal" | "riyals" | "rial" | "rials" | "ريال" | "ريالا" | "ريالات" => {
            "riyal"
        }
        "dinar" | "dinars" | "دينار" | "دينارا" | "دنانير" => "dinar",
        "celsius" | "centigrade" | "مئويه" => "degc",
        "fahrenheit" | "فهرنهايت" | "فهرنهيت" => "degf",
        "dirham" | "dirhams" | "درهم" | "درهما" | "دراهم" => "dirham",
        _ => return None,
    })
}

/// Adjectives English puts between a number and its unit ("two consecutive weeks").
pub(super) fn is_english_unit_adjective(word: &str) -> bool {
    matches!(
        word,
        "consecutive"
            | "straight"
            | "successive"
            | "full"
            | "whole"
            | "entire"
            | "long"
            | "more"
            | "additional"
            | "extra"
            | "further"
    )
}

/// Two-word units: "per cent", "في المئة", and a currency with its country ("Syrian pounds",
/// ليرة سورية, "pounds sterling").
pub(super) fn unit_phrase(first: &str, second: &str) -> Option<&'static str> {
    match (first, second) {
        ("per", "cent") | ("في", "المئه") | ("في", "المائه") => Some("percent"),
        ("pound" | "pounds", "sterling") => Some("gbp"),
        // "50 degrees Celsius", ٥٠ درجة مئوية; "degrees" alone names neither scale.
        ("degree" | "degrees", "c") => Some("degc"),
        ("degree" | "degrees", "f") => Some("degf"),
        ("degree" | "degrees" | "درجه" | "درجات", _) => match unit_word(second)? {
            unit @ ("degc" | "degf") => Some(unit),
            _ => None,
        },
        _ => english_currency(first, second).or_else(|| arabic_currency(first, second)),
    }
}

/// A row of [`CURRENCIES`].
type Country = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// The region's currencies, one row each: the code the checks compare, its family (the unit word
/// that names it without a country), and the adjectives of its country in English and in folded
/// Arabic without the ending (ليرة سورية, ريال سعودي).
const CURRENCIES: &[Country] = &[
    ("syp", "pound", &["syrian"], &["سوري"]),
    ("lbp", "pound", &["lebanese"], &["لبناني"]),
    ("try", "pound", &["turkish"], &["تركي"]),
    ("egp", "pound", &["egyptian"], &["مصري"]),
    ("sdg", "pound", &["sudanese"], &["سوداني"]),
    ("gbp", "pound", &["british"], &["استرليني", "سترليني"]),
    ("sar", "riyal", &["saudi"], &["سعودي"]),
    ("qar", "riyal", &["qatari"], &["قطري"]),
    ("omr", "riyal", &["omani"], &["عماني"]),
    ("yer", "riyal", &["yemeni"], &["يمني"]),
    ("irr", "riyal", &["iranian"], &["ايراني"]),
    ("iqd", "dinar", &["iraqi"], &["عراقي"]),
    ("jod", "dinar", &["jordanian"], &["اردني"]),
    ("kwd", "dinar", &["kuwaiti"], &["كويتي"]),
    ("lyd", "dinar", &["libyan"], &["ليبي"]),
    ("tnd", "dinar", &["tunisian"], &["تونسي"]),
    ("dzd", "dinar", &["algerian"], &["جزائري"]),
    ("bhd", "dinar", &["bahraini"], &["بحريني"]),
    ("aed", "dirham", &["emirati", "uae"], &["اماراتي"]),
    ("mad", "dirham", &["moroccan"], &["مغربي"]),
    ("usd", "usd", &["us", "american"], &["امريكي", "اميركي"]),
];

/// The code of the currency of family `currency` (a unit word) whose country `is_country`
/// names.
fn country_currency(currency: &str, is_country: impl Fn(&Country) -> bool) -> Option<&'static str> {
    let family = unit_word(currency).filter(|u| CURRENCY_FAMILIES.contains(u))?;
    CURRENCIES
        .iter()
        .find(|row| row.1 == family && is_country(row))
        .map(|row| row.0)
}

/// An English currency named with its country's adjective first ("Syrian pounds").
fn english_currency(country: &str, currency: &str) -> Option<&'static str> {
    country_currency(currency, |row| row.2.contains(&country))
}

/// An Arabic currency with its country's adjective after it (ليرة سورية, ريال سعودي), in
/// folded form, masculine or feminine (the plural of things agrees in the feminine).
fn arabic_currency(currency: &str, country: &str) -> Option<&'static str> {
    let country = country
        .strip_suffix('ه')
        .or_else(|| country.strip_suffix('ا'))
        .unwrap_or(country);
    country_currency(currency, |row| row.3.contains(&country))
}

/// The currencies a unit word names without a country: each agrees with any currency of its
/// family ("pounds" with ليرة سورية), a country's with its own only.
pub(super) const CURRENCY_FAMILIES: &[&str] = &["pound", "riyal", "dinar", "dirham", "usd"];

/// The family of a currency unit: "pound" for "syp", "gbp" or "pound" itself.
pub(super) fn currency_family(unit: &str) -> Option<&'static str> {
    if unit == "eur" {
        return Some("eur");
    }
    CURRENCY_FAMILIES
        .iter()
        .find(|f| **f == unit)
        .copied()
        .or_else(|| CURRENCIES.iter().find(|row| row.0 == unit).map(|row| row.1))
}

/// A currency's code or abbreviation written in capitals before or after a number ("SYP
/// 15,000", "15,000 LBP", "TL 15,000", "LL15,000"), in lower case.
pub(super) fn currency_code(code: &str) -> Option<&'static str> {
    match code {
        "eur" => Some("eur"),
        "ll" => Some("lbp"),
        "tl" | "ytl" => Some("try"),
        "le" => Some("egp"),
        _ => CURRENCIES.iter().find(|row| row.0 == code).map(|row| row.0),
    }
}

/// Currency symbols written before a number ("$50", "£125m").
pub(super) fn currency_symbol(c: char) -> Option<&'static str> {
    match c {
        '$' => Some("usd"),
        // Sterling, but also written for the Egyptian, Syrian and Lebanese pounds.
        '£' => Some("pound"),
        '€' => Some("eur"),
        _ => None,
    }
}

/// Symbols right after a number that make it a percentage.
pub(super) fn is_percent_sign(c: char) -> bool {
    matches!(c, '%' | '٪')
}

/// Words right before a number that hedge it: an approximation ("about", نحو) or a one-word
/// bound ("over", "under", "nearly": see [`word_bound`]), which is compared as a bound.
pub(super) fn is_approx_marker(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "approximately"
            | "roughly"
            | "nearly"
            | "almost"
            | "some"
            | "estimated"
            | "over"
            | "under"
            | "below"
            | "نحو"
            | "حوالي"
            | "قرابه"
            | "زهاء"
            | "يقارب"
            | "ناهز"
            | "يناهز"
    )
}

pub(super) fn is_approx_phrase(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("more", "than")
            | ("less", "than")
            | ("fewer", "than")
            | ("at", "least")
            | ("at", "most")
            | ("up", "to")
            | ("close", "to")
            | ("اكثر", "من")
            | ("اقل", "من")
            | ("يزيد" | "تزيد", "عن" | "علي")
            | ("يقل" | "تقل", "عن")
            | ("يصل" | "تصل", "الي")
            | ("ما", "يقارب")
    )
}

/// A negation before a comparative, which turns it round: "no fewer than 156" is at least 156,
/// "not more than 20" at most 20, ما لا يقل عن ٢٠ at least 20.
pub(super) fn is_comparative_negation(word: &str) -> bool {
    matches!(word, "no" | "not" | "لا")
}

/// The side of the number a hedging phrase puts the truth on, for the comparatives.
pub(super) fn phrase_bound(first: &str, second: &str) -> Option<Bound> {
    match (first, second) {
        ("more", "than") | ("at", "least") | ("اكثر", "من") | ("يزيد" | "تزيد", "عن" | "علي") => {
            Some(Bound::AtLeast)
        }
        ("less" | "fewer", "than")
        | ("up", "to")
        | ("at", "most")
        | ("اقل", "من")
        | ("يقل" | "تقل", "عن")
        // ما يصل إلى ١٠٠, قد يصل إلى ١٠٠: "up to 100" (not ليصل إلى, "bringing it to").
        | ("يصل" | "تصل", "الي") => Some(Bound::AtMost),
        _ => None,
    }
}

/// The side of the number a one-word hedge puts the truth on: "over 50" is more than 50;
/// "under", "below", and "almost" or "nearly" 50 (a bit under it) at most 50.
pub(super) fn word_bound(word: &str) -> Option<Bound> {
    match word {
        "over" => Some(Bound::AtLeast),
        "under" | "below" | "almost" | "nearly" => Some(Bound::AtMost),
        _ => None,
    }
}

/// Word right after a number (and its unit) that makes it approximate.
pub(super) fn is_trailing_approx_marker(word: &str) -> bool {
    matches!(word, "تقريبا" | "تقريبًا")
}

/// "twice", "thrice": a count of times.
pub(super) fn english_times(word: &str) -> Option<f64> {
    match word {
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    }
}

/// A decade of the twentieth century, which is what news means by it: ثمانينيات (القرن الماضي)
/// is the 1980s, read as 1980 as English "the 1980s" is.
pub(super) fn arabic_decade(word: &str) -> Option<f64> {
    let tens = match word.strip_suffix("يات")? {
        "عشرين" => 20,
        "ثلاثين" => 30,
        "اربعين" => 40,
        "خمسين" => 50,
        "ستين" => 60,
        "سبعين" => 70,
        "ثمانين" => 80,
        "تسعين" => 90,
        _ => return None,
    };
    Some(f64::from(1900 + tens))
}

/// Plural denominators of a fraction, with their value: the number before them counts parts, not
/// things ("two-thirds", ثلاثة أرباع).
pub(super) fn fraction_plural(word: &str) -> Option<f64> {
    Some(match word {
        "thirds" | "اثلاث" => 3.0,
        "quarters" | "fourths" | "ارباع" => 4.0,
        "fifths" | "اخماس" => 5.0,
        "sixths" => 6.0,
        "eighths" => 8.0,
        "tenths" => 10.0,
        _ => return None,
    })
}

/// An Arabic word that is a share by itself: نصف (half), ثلث (third), ربع (quarter) and the
/// dual ثلثا/ثلثي (two-thirds). خمس is left out: it is as often "five" (خمس سنوات).
pub(super) fn arabic_share(word: &str) -> Option<f64> {
    match word {
        "ثلثا" | "ثلثي" => Some(2.0 / 3.0),
        _ => arabic_fraction(word),
    }
}

/// Words after an Arabic share that make it a part of something else: a period's half or
/// quarter (النصف الأول, الربع الثاني: the first half, the second quarter) or a round of a
/// competition (نصف النهائي, ربع النهائي: the semi-final, the quarter-final).
pub(super) fn is_arabic_share_qualifier(word: &str) -> bool {
    let word = word.strip_prefix("ال").unwrap_or(word);
    let base = word.strip_suffix('ه').unwrap_or(word);
    matches!(
        base,
        "اول" | "اولي" | "ثاني" | "ثالث" | "رابع" | "اخير" | "نهائي"
    )
}

/// English words before "half" or "quarter" that make it a period's or a match's ("the first
/// half", "the final quarter", "a half and a half"), not a share.
pub(super) fn is_english_share_qualifier(word: &str) -> bool {
    matches!(
        word,
        "first" | "second" | "third" | "fourth" | "final" | "last" | "latter" | "former" | "and"
    )
}

/// Nouns whose dual says "two" by itself, by the stem the dual's endings are added to (the
/// singular, its ة written ت: ساعة → ساعتين), with the unit of a time noun (ساعتين is two hours,
/// a measure as "two hours" is). Each has both cases of the dual: the accusative and genitive
/// -ين (جنديين) and the nominative -ان (جنديان). Only a list: unvowelled, a dual in -ين looks
/// like a sound plural (مدنيين is "civilians"), so these are nouns whose plural is another word
/// (أطفال, جنود, أيام).
const DUAL_NOUNS: &[(&str, Option<&str>)] = &[
    ("يوم", Some("d")),
    ("شهر", Some("mo")),
    ("عام", Some("yr")),
    ("سنت", Some("yr")),
    ("ساعت", Some("h")),
    ("اسبوع", Some("wk")),
    ("دقيقت", Some("min")),
    ("مرت", None),
    ("شخص", None),
    ("طفل", None),
    ("جندي", None),
    ("قتيل", None),
    ("رجل", None),
    ("امرات", None),
    ("صاروخ", None),
    ("شقيق", None),
    ("طرف", None),
];

/// Nouns whose sound plural in -ين is spelled as their dual in -ين (مسعفين is "paramedics" far
/// more often than "two paramedics"), so only the nominative dual -ان, which no plural shares (the
/// nominative plural is -ون), says two: مسعفان, مدنيان.
const NOMINATIVE_DUAL_NOUNS: &[&str] = &["مسعف", "مدني", "مقاتل", "مصاب", "صحفي"];

/// A noun in the dual (see [`DUAL_NOUNS`]), with the unit it counts if it is a time noun.
fn dual_noun(word: &str) -> Option<Option<&'static str>> {
    let listed = |stem: &str| DUAL_NOUNS.iter().find(|(s, _)| *s == stem).map(|&(_, u)| u);
    if let Some(stem) = word.strip_suffix("ين") {
        return listed(stem);
    }
    let stem = word.strip_suffix("ان")?;
    listed(stem).or_else(|| NOMINATIVE_DUAL_NOUNS.contains(&stem).then_some(None))
}

/// The unit a dual of a time noun carries with its two (ساعتين, two hours): it is a measure, as
/// "two hours" is, not a count.
pub(super) fn arabic_dual_unit(word: &str) -> Option<&'static str> {
    dual_noun(word).flatten()
}

/// Nouns in the dual, which carry the number two by themselves (جنديين, جنديان = two soldiers):
/// see [`DUAL_NOUNS`].
pub(super) fn is_arabic_dual_noun(word: &str) -> bool {
    dual_noun(word).is_some()
}
