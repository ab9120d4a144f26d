//! Quantities in Arabic and English text — digits in any script and number words — so that a
//! translation can be checked number by number ("خمسة وعشرون" ↔ "25", عشرات ↔ "dozens").
//!
//! [`extract`] works on the original text and returns byte spans into it; [`agree`] decides
//! whether two quantities say the same thing, with room for rounding and approximations.
//!
//! Arabic grammar read besides the number words themselves: a scale word in the dual's construct
//! state (ألفي مقاتل, مليونا لاجئ: two thousand, two million), "and a half/quarter" after a scale
//! word (مليون ونصف, 1.5 million; ثلاثة آلاف وربع, 3,250), and a percent sign typed before the
//! number as right-to-left text often has it (%٥٠, ٪50); in both languages, a fraction right
//! before a scale word (نصف مليون, "half a million", "a quarter of a million").
//!
//! A compound is read from its largest part down, each part after و, with the counted noun after
//! the whole: ألف و٣٠٠ is 1,300, ٣ آلاف و٥٠٠ جريح 3,500 wounded (a list gives each count its
//! noun: ٣ آلاف قتيل و٥٠٠ جريح is two numbers). A share said in words (نصف السكان, ثلثي قيمتها,
//! "a third of", "two-thirds") is a [`QuantityKind::Fraction`].
//!
//! Known limits: a plain space is never a thousands separator ("1 200" is two numbers); duals
//! are only recognized on a short list of news nouns (جنديين, جنديان, يومين …), and in the
//! construct state on scale words only, since a noun's -ي is as often a possessive or an
//! adjective (شخصي "personal", يومي "daily"); the construct is read before any indefinite word
//! that is not a particle, so the adjective مليوني ("million-strong") before a verb is misread
//! (حشد مليوني خرج reads two million); خمس is never a fraction (it is as often "five"); "1.2
//! million" is exact. English "and a half" is read after a scale word ("a million and a half")
//! and before one ("one and a half million"); an `m` after a number ("1.5m") is metres or
//! millions, as the other side has it, and millions beside a currency ("$50m", "SAR 500m",
//! "500m riyals").

mod build;
mod context;
mod dates;
mod scan;
#[cfg(test)]
mod unmarked_tests;
mod words;

use serde::Serialize;

use super::{arabic, Lang};

/// What a number counts, roughly: enough to avoid matching a year with a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    /// A plain number ("25 people", خمسة وعشرون).
    Count,
    /// A four-digit number between 1800 and 2100 with no unit ("in 2012", "mid-2012").
    Year,
    /// A number with a unit (`unit` says which).
    Measure,
    Percent,
    /// "first", "3rd", الثالث.
    Ordinal,
    /// An order of magnitude, not a number: "dozens" (value 10), "hundreds", عشرات, مئات.
    Approx,
    /// The month of a date named by its name (value 1–12): "March 5", ٥ آذار. Agrees with a
    /// month and with a plain number (a date in digits, 5/3/2019).
    Month,
    /// A day of the week (value 1 = Sunday … 7 = Saturday): "Monday", يوم الاثنين.
    Weekday,
    /// A month of the Hijri calendar next to a day or year (value 1–12): "Ramadan", شوال.
    #[serde(rename = "hijri-month")]
    HijriMonth,
    /// The digits of a name (M4, G20, COVID-19, F-16): agrees with the same number, which the
    /// other language may write as a plain number (إم ٤, مجموعة العشرين).
    Designation,
    /// A share said as a fraction (value in percent: half is 50): "half", "a third of",
    /// "two-thirds", نصف, ثلثي, ثلاثة أرباع. Agrees with the same fraction and, within the
    /// slack of a rounded figure, with a percentage ("half" with ٥٠٪, "two-thirds" with ٦٧٪).
    Fraction,
}

impl QuantityKind {
    /// A quantity a translation may name or leave out: a day or month (اليوم for "on Monday"),
    /// a name's digits (كورونا for COVID-19), a fraction ("half an hour" for ٣٠ دقيقة, "the
    /// majority" for الثلثين). Compared only when both sides have one of the kind (for a
    /// fraction: a fraction or a percentage, see [`QuantityKind::family`]).
    pub fn is_optional(self) -> bool {
        matches!(
            self,
            QuantityKind::Month
                | QuantityKind::Weekday
                | QuantityKind::HijriMonth
                | QuantityKind::Designation
                | QuantityKind::Fraction
        )
    }

    /// The kinds an optional quantity is compared with: a Hijri month with a Gregorian one
    /// ("27 March" for ٢٧ رمضان is a date to convert), a fraction with a percentage.
    pub fn family(self) -> QuantityKind {
        match self {
            QuantityKind::HijriMonth => QuantityKind::Month,
            QuantityKind::Fraction => QuantityKind::Percent,
            k => k,
        }
    }
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: f64,
    pub kind: QuantityKind,
    /// Normalized unit: "km", "m", "mi", "ft", "kg", "t", "min", "h", "d", "wk", "mo", "yr",
    /// "degc", "degf" (degrees Celsius, Fahrenheit), "percent", or a currency: "usd", "eur", a family named without its country ("pound",
    /// "riyal", "dinar", "dirham") or a country's ("gbp", "syp", "lbp", "try", "egp", "sar",
    /// "iqd", "aed", …).
    pub unit: Option<String>,
    /// Byte span of the number (and its unit) in the text it was found in.
    pub start: usize,
    pub end: usize,
    /// Hedged ("about 50", نحو 50, "more than 50") or an order of magnitude ("dozens").
    pub approximate: bool,
    /// A comparative that says on which side of the number the truth lies ("more than 50",
    /// أكثر من ٥٠, "up to 50"); the span then starts at it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
}

/// The side of its number a comparative puts a quantity on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// "more than", "over", "at least", أكثر من, يزيد على.
    AtLeast,
    /// "less than", "fewer than", "up to", أقل من, يقل عن.
    AtMost,
}

impl Bound {
    /// The other side: what a negated comparative says (لا يقل عن, "not less than").
    pub fn reversed(self) -> Bound {
        match self {
            Bound::AtLeast => Bound::AtMost,
            Bound::AtMost => Bound::AtLeast,
        }
    }
}

/// The quantities of `text`, in order. `lang` selects the number words looked for (digits are
/// read in every script whatever the language), so a Latin acronym in an Arabic article or an
/// Arabic word in an English report is not misread.
///
/// The words are read as [`arabic::unmarked_with_map`] gives them (tashkeel, tatweel, Quranic
/// marks and invisible controls dropped, presentation forms and ligatures spelled out), so a
/// vowelled or stretched text gives the quantities of its plain copy; spans are on `text`.
pub fn extract(text: &str, lang: Lang) -> Vec<Quantity> {
    let Some(view) = arabic::unmarked_with_map(text) else {
        return extract_unmarked(text, lang);
    };
    let mut quantities = extract_unmarked(&view.text, lang);
    for q in &mut quantities {
        let span = view.original_span(q.start..q.end);
        (q.start, q.end) = (span.start, span.end);
    }
    quantities
}

/// [`extract`] on a text with nothing left to unmark.
fn extract_unmarked(text: &str, lang: Lang) -> Vec<Quantity> {
    let tokens = scan::scan(text, lang);
    let mut quantities: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match build::quantity_at(&tokens, i, lang) {
            Some((quantity, next)) => {
                quantities.push(quantity);
                i = next;
            }
            None => i += 1,
        }
    }
    share_range_scale(text, &mut quantities);
    complete_year_ranges(text, &mut quantities);
    dates::with_calendar(text, lang, quantities)
}

/// The first word of an Arabic `text` that may be a noun in the dual (شابين, الطرفين): a stem
/// of three letters or more before ين or ان (تين, تان), after و, a preposition or the article
/// (stripped first, unlike `words::arabic_readings`, so that لبنان is no candidate). Unvowelled,
/// a sound plural (مدنيين, "civilians") looks the same, so this is a candidate, not a reading:
/// the known duals are read as the number two by [`extract`]. A word right after a number is
/// counted by it, a plural (خمسة مدنيين, ٥ مدنيين), and no candidate.
pub fn possible_dual(text: &str) -> Option<&str> {
    let is_digit = |c: char| scan::digit_value(c).is_some();
    let mut after_number = false;
    for w in text
        .split(|c: char| !('\u{0621}'..='\u{064A}').contains(&c) && !is_digit(c))
        .filter(|w| !w.is_empty())
    {
        let counted = after_number;
        after_number = w.chars().any(is_digit)
            || words::arabic_readings(&scan::fold_arabic(w))
                .iter()
                .any(|r| words::arabic_role(r.word).is_some());
        if counted || after_number {
            continue;
        }
        let bare = w.strip_prefix('و').unwrap_or(w);
        let bare = ["بال", "لل", "ال", "ب", "ل"]
            .iter()
            .find_map(|p| bare.strip_prefix(p))
            .unwrap_or(bare);
        let candidate = ["ين", "ان"].iter().any(|end| {
            bare.strip_suffix(end)
                .is_some_and(|stem| stem.chars().count() >= 3)
        });
        if candidate {
            return Some(w);
        }
    }
    None
}

/// The number words two of an Arabic `text` (اثنين, اثنتان) that follow their noun, each with
/// that noun (مدنيين اثنين, "two civilians"): the word two as written and the noun.
pub fn counted_two(text: &str) -> Vec<(&str, &str)> {
    let words: Vec<&str> = text
        .split(|c: char| !crate::text::is_arabic_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|p| {
            // (Not after و: قتل طفلان واثنان من الجنود is two more.)
            matches!(
                scan::fold_arabic(p[1]).as_str(),
                "اثنين" | "اثنان" | "اثنتين" | "اثنتان" | "ثنتين"
            ) && words::arabic_role(&scan::fold_arabic(p[0])).is_none()
        })
        .map(|p| (p[1], p[0]))
        .collect()
}

/// Whether `word` is an Arabic noun in the dual that [`extract`] reads as two (جنديان, "two
/// soldiers"; not the number word اثنان).
pub fn is_dual_noun(word: &str) -> bool {
    let plain = arabic::unmarked_with_map(word).map_or_else(|| word.to_string(), |v| v.text);
    let folded = scan::fold_arabic(plain.trim());
    words::arabic_readings(&folded)
        .iter()
        .any(|r| words::is_arabic_dual_noun(r.word))
}

/// "1950-53", "1968/69": the second year of a range written with its last two digits is that
/// year of the first one's century (Arabic writes 1950 و1953).
fn complete_year_ranges(text: &str, quantities: &mut [Quantity]) {
    for k in 1..quantities.len() {
        let (before, after) = quantities.split_at_mut(k);
        let (first, second) = (&before[k - 1], &mut after[0]);
        let joined = matches!(&text[first.end..second.start], "-" | "–" | "/");
        let two_digits = second.end - second.start == 2 && second.value.fract() == 0.0;
        if first.kind == QuantityKind::Year
            && second.kind == QuantityKind::Count
            && joined
            && two_digits
        {
            let year = (first.value / 100.0).floor() * 100.0 + second.value;
            if year > first.value {
                second.value = year;
                second.kind = QuantityKind::Year;
            }
        }
    }
}

/// Connectors of a range or alternative whose second number may carry the scale of both.
const RANGE_CONNECTORS: &[&str] = &["و", "and", "to", "-", "–", "إلى", "الى", "or", "أو", "او"];

/// Scale words that end a number (the scale a range's first number shares).
const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("ألف", 1e3),
    ("الف", 1e3),
    ("آلاف", 1e3),
    ("الاف", 1e3),
    ("مليون", 1e6),
    ("ملايين", 1e6),
    ("مليار", 1e9),
    ("مليارات", 1e9),
];

/// The scale word of a quantity's text, if it has one.
fn scale_in(text: &str) -> Option<f64> {
    text.split(|c: char| !c.is_alphabetic()).find_map(|w| {
        let w = w.to_lowercase();
        SCALE_WORDS.iter().find(|(s, _)| *s == w).map(|&(_, v)| v)
    })
}

/// "between 10 and 15 million", بين ١٠ و١٥ مليون دولار: the first number of a range shares the
/// scale (and the unit) of the second, as the other language may write both in full.
fn share_range_scale(text: &str, quantities: &mut [Quantity]) {
    for k in 1..quantities.len() {
        let (before, after) = quantities.split_at_mut(k);
        let (first, second) = (&mut before[k - 1], &after[0]);
        let connector = text[first.end..second.start].trim();
        if !RANGE_CONNECTORS.contains(&connector) || first.value >= 1000.0 || first.value <= 0.0 {
            continue;
        }
        let same_unit = first.unit.is_none() || second.unit.is_none() || first.unit == second.unit;
        let first_kind_plain = matches!(first.kind, QuantityKind::Count | QuantityKind::Measure);
        let (Some(scale), None) = (
            scale_in(&text[second.start..second.end]),
            scale_in(&text[first.start..first.end]),
        ) else {
            continue;
        };
        if same_unit && first_kind_plain && second.value >= scale {
            first.value *= scale;
            if first.unit.is_none() {
                first.unit.clone_from(&second.unit);
                first.kind = second.kind;
            }
        }
    }
}

/// Relative difference allowed between hedged numbers ("about 50" ↔ نحو 48).
const APPROXIMATE_TOLERANCE: f64 = crate::tuning::TUNING.numbers.approximate_tolerance;
/// Relative difference allowed between exact numbers: only floating-point noise.
const EXACT_TOLERANCE: f64 = 1e-9;
/// An order of magnitude ("dozens", value 10) covers values from this many times its value …
const MAGNITUDE_LOW: f64 = crate::tuning::TUNING.numbers.magnitude_low;
/// … up to (not including) this many times: dozens = 20–99, hundreds = 200–999.
const MAGNITUDE_HIGH: f64 = crate::tuning::TUNING.numbers.magnitude_high;

/// Whether two quantities (one from each side of a translation) say the same thing: compatible
/// kinds and the same value — within 10% when either is hedged ("about"), within a matching
/// order of magnitude when one is "dozens"/"hundreds" (عشرات ↔ "40"), after unit conversion for
/// measures (km ↔ m ↔ mi, kg ↔ t, °C ↔ °F). A comparative is no hedge: two bounds agree on the same side
/// and value only, a bound and a plain number where the number is on the bound's side within
/// 10%. A unit on one side only is allowed: translators drop them; two currencies named on both
/// sides must be the same (a pound without its country agrees with any pound or ليرة).
pub fn agree(a: &Quantity, b: &Quantity) -> bool {
    // "1.5m people": after a number, English writes millions and metres alike; where the other
    // side has no unit, the count of millions may be what it says.
    for (m, other) in [(a, b), (b, a)] {
        if m.unit.as_deref() == Some("m") && other.unit.is_none() {
            let millions = Quantity {
                value: m.value * 1e6,
                kind: QuantityKind::Count,
                unit: None,
                ..m.clone()
            };
            if agree_as_read(&millions, other) {
                return true;
            }
        }
    }
    agree_as_read(a, b)
}

/// [`agree`] with each quantity as it was read.
fn agree_as_read(a: &Quantity, b: &Quantity) -> bool {
    if !kinds_compatible(a, b) {
        return false;
    }
    // "fewer than 40" is not "more than 40": the number is the same, the statement reversed.
    if let (Some(x), Some(y)) = (a.bound, b.bound) {
        if x != y {
            return false;
        }
    }
    // Convert only when both sides name a unit: "85 mph" ↔ "85 ميلا" is 85 either way.
    let both_units = a.unit.is_some() && b.unit.is_some();
    let (Some(x), Some(y)) = (base_value(a, both_units), base_value(b, both_units)) else {
        return false;
    };
    match (
        a.kind == QuantityKind::Approx,
        b.kind == QuantityKind::Approx,
    ) {
        (true, true) => same_within(x, y, EXACT_TOLERANCE),
        (true, false) => within_magnitude(x, y),
        (false, true) => within_magnitude(y, x),
        (false, false) => {
            // A converted figure is rounded: five miles for ثمانية كيلومترات (4.97 miles).
            // (A currency named with and without its country is the same money: not converted.)
            // (So is a fraction against a percentage: "two-thirds" for ٦٧٪.)
            let converted = match (&a.unit, &b.unit) {
                (Some(u), Some(v)) => u != v && words::currency_family(u).is_none(),
                _ => false,
            } || (a.kind != b.kind
                && (a.kind == QuantityKind::Fraction || b.kind == QuantityKind::Fraction));
            match (a.bound, b.bound) {
                // A comparative is no approximation: "more than 3,200" for أكثر من ٣٥٠٠ is a
                // changed number.
                (Some(_), Some(_)) => same_within(x, y, exact_or(converted)),
                (Some(bound), None) => bound_holds(bound, x, y, b.approximate || converted),
                (None, Some(bound)) => bound_holds(bound, y, x, a.approximate || converted),
                (None, None) => {
                    same_within(x, y, exact_or(a.approximate || b.approximate || converted))
                }
            }
        }
    }
}

/// The tolerance of two numbers one of which is rounded (`loose`) or not.
fn exact_or(loose: bool) -> f64 {
    if loose {
        APPROXIMATE_TOLERANCE
    } else {
        EXACT_TOLERANCE
    }
}

/// Whether a plain number `value` agrees with a comparative's `limit`: a rounded one ("about
/// 50") within the tolerance either side; an exact one on the comparative's side, and near it
/// ("more than 3,200" for ٣٢٥٠, not for ٣٠٠٠ nor ٥٠٠٠).
fn bound_holds(bound: Bound, limit: f64, value: f64, loose: bool) -> bool {
    if loose {
        return same_within(limit, value, APPROXIMATE_TOLERANCE);
    }
    let on_its_side = match bound {
        Bound::AtLeast => value >= limit - EXACT_TOLERANCE * limit.abs().max(1.0),
        Bound::AtMost => value <= limit + EXACT_TOLERANCE * limit.abs().max(1.0),
    };
    on_its_side && same_within(limit, value, APPROXIMATE_TOLERANCE)
}

fn kinds_compatible(a: &Quantity, b: &Quantity) -> bool {
    use QuantityKind::*;
    let numeric = |k| matches!(k, Count | Year | Measure | Approx);
    match (a.kind, b.kind) {
        (Percent | Fraction, Percent | Fraction) | (Ordinal, Ordinal) => true,
        (Fraction, _) | (_, Fraction) => false,
        (Month, Month | Count) | (Count, Month) => true,
        (Weekday, Weekday) | (HijriMonth, HijriMonth) => true,
        (Designation, Designation | Count) | (Count, Designation) => true,
        (Month | Weekday | HijriMonth | Designation, _)
        | (_, Month | Weekday | HijriMonth | Designation) => false,
        // Arabic writes "the 89th minute" as الدقيقة 89, and an age as an ordinal: "a
        // 10-year-old" is في العاشرة من عمره.
        (Ordinal, Count | Measure) | (Count | Measure, Ordinal) => true,
        (Measure, Measure) => match (&a.unit, &b.unit) {
            (Some(u), Some(v)) => units_compatible(u, v),
            _ => true,
        },
        (x, y) => numeric(x) && numeric(y),
    }
}

/// Whether two units can name the same amount: the same unit, units converted into each other,
/// or currencies of one family where one side does not say whose ("pounds" for ليرة سورية, ليرة
/// for "Turkish lira"); two countries' currencies never ("Syrian pounds" for ليرة لبنانية).
fn units_compatible(u: &str, v: &str) -> bool {
    if u == v {
        return true;
    }
    match (words::currency_family(u), words::currency_family(v)) {
        (Some(x), Some(y)) => x == y && (x == u || y == v),
        (None, None) => unit_family(u) == unit_family(v),
        _ => false,
    }
}

/// Units that can be converted into each other share a family; others are their own family.
fn unit_family(unit: &str) -> &str {
    match unit {
        "km" | "m" | "mi" | "ft" => "length",
        "kg" | "t" => "mass",
        // Months and years are their own: no exact number of days.
        "min" | "h" | "d" | "wk" => "duration",
        "degc" | "degf" => "temperature",
        other => other,
    }
}

/// The value in the family's base unit (m, kg, minutes, degrees Celsius), or as is when there
/// is no conversion.
fn base_value(q: &Quantity, convert: bool) -> Option<f64> {
    let unit = q.unit.as_deref().filter(|_| convert);
    if unit == Some("degf") {
        let celsius = (q.value - 32.0) * 5.0 / 9.0;
        return celsius.is_finite().then_some(celsius);
    }
    let factor = match unit {
        Some("km") => 1000.0,
        Some("mi") => 1609.344,
        Some("ft") => 0.3048,
        Some("t") => 1000.0,
        // Durations in minutes.
        Some("h") => 60.0,
        Some("d") => 1440.0,
        Some("wk") => 10080.0,
        _ => 1.0,
    };
    let v = q.value * factor;
    v.is_finite().then_some(v)
}

fn same_within(x: f64, y: f64, relative: f64) -> bool {
    let scale = x.abs().max(y.abs()).max(1.0);
    (x - y).abs() <= relative * scale
}

fn within_magnitude(magnitude: f64, value: f64) -> bool {
    value >= magnitude * MAGNITUDE_LOW && value < magnitude * MAGNITUDE_HIGH
}

/// The values of `text`'s quantities, for tests.
#[cfg(test)]
pub(super) fn read_values(text: &str, lang: Lang) -> Vec<f64> {
    extract(text, lang).iter().map(|q| q.value).collect()
}

/// The values and kinds of `text`'s quantities, for tests.
#[cfg(test)]
pub(super) fn read_kinds(text: &str, lang: Lang) -> Vec<(f64, QuantityKind)> {
    extract(text, lang)
        .iter()
        .map(|q| (q.value, q.kind))
        .collect()
}

#[cfg(test)]
mod tests {
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
}

#[cfg(test)]
mod counted_two_tests {
    use super::counted_two;

    #[test]
    fn the_word_two_after_its_noun_counts_it() {
        assert_eq!(
            counted_two("وأسفر الهجوم عن إصابة مدنيين اثنين."),
            [("اثنين", "مدنيين")]
        );
        assert_eq!(counted_two("قتل طفلان واثنان من الجنود"), []);
        assert_eq!(counted_two("اثنا عشر مقاتلا"), []);
    }
}
