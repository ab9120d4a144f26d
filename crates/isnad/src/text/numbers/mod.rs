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
mod tests;

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
