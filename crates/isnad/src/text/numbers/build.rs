//! Reading one quantity from a token position: the number itself (a digit run, or number words
//! combined the way each language combines them), then its unit, its kind and any hedge.

use super::context::{fraction_denominator, is_clock_time, is_designation, is_pronoun_one};
use super::scan::{DigitRun, Token, TokenKind};
use super::words::{self, Role};
use super::{Bound, Quantity, QuantityKind};
use crate::text::Lang;

/// Where the number being built stands, which decides what may follow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    /// A digit run: only scales may follow ("1.2 million", "٣ آلاف").
    Digits,
    /// 1–9 as a word: a teen, a hundred, a scale or (Arabic, after و) tens may follow.
    Ones,
    /// 10–19: a scale may follow.
    Teen,
    /// 20–90: (English) ones may follow.
    Tens,
    /// A teen half (احد, اثنا): only عشر may follow.
    TeenUnit,
    Hundred,
    /// A scale closed the group; its size, so only smaller parts follow.
    Scale(f64),
    /// "dozens", مئات: only a plural scale may follow ("hundreds of thousands").
    Magnitude,
}

/// Accumulates number words: `total` holds closed scale groups, `group` the part below.
struct NumberBuilder {
    total: f64,
    group: f64,
    last: Last,
    magnitude: bool,
}

impl NumberBuilder {
    fn value(&self) -> f64 {
        self.total + self.group
    }

    /// Applies `role`, if it may follow; `joined` says whether a conjunction (و, "and") came
    /// between. Returns whether it was taken.
    fn push(&mut self, role: Role, joined: bool, arabic: bool) -> bool {
        use Last::*;
        match (role, self.last) {
            (Role::Unit(10.0), Ones | TeenUnit) if !joined && self.group < 10.0 => {
                self.group += 10.0; // ثلاثة عشر, أحد عشر
                self.last = Teen;
            }
            (Role::Unit(v), Ones | TeenUnit) if arabic && joined && is_tens(v) => {
                self.group += v; // خمسة وعشرون, إحدى وعشرون
                self.last = Tens;
            }
            (Role::Unit(v), Tens) if !arabic && v < 10.0 && v > 0.0 => {
                self.group += v; // twenty-five
                self.last = Ones;
            }
            (Role::Unit(v), Hundred | Scale(_)) if joined || !arabic => {
                if v >= 1000.0 && matches!(self.last, Scale(s) if s <= v) {
                    return false;
                }
                self.group += v;
                self.last = unit_state(v);
            }
            (Role::Hundreds(v), Scale(_)) if joined || !arabic => {
                self.group += v;
                self.last = Hundred;
            }
            (Role::Hundred, Ones | Digits) if !joined => {
                self.group *= 100.0;
                self.last = Hundred;
            }
            (Role::Hundred, Scale(_)) if joined || !arabic => {
                self.group = 100.0;
                self.last = Hundred;
            }
            (Role::Scale(s), Ones | Teen | Tens | Hundred | Digits) if !joined => {
                self.close_group(s)
            }
            (Role::Scale(s), Scale(previous)) if !joined && s < previous => self.close_group(s),
            (Role::ScalePlural(s), Ones | Teen | Digits | Magnitude) if !joined => {
                self.close_group(s)
            }
            (Role::Dozen, Ones | Tens | Digits) if !joined => {
                self.group *= 12.0;
                self.last = Teen;
            }
            _ => return false,
        }
        true
    }

    fn close_group(&mut self, scale: f64) {
        // A scale alone counts one of it; "0.5bn" is half of it.
        let count = if self.group > 0.0 { self.group } else { 1.0 };
        self.total += count * scale;
        self.group = 0.0;
        self.last = Last::Scale(scale);
    }
}

fn is_tens(v: f64) -> bool {
    (20.0..100.0).contains(&v) && v % 10.0 == 0.0
}

fn unit_state(v: f64) -> Last {
    match v {
        v if v < 10.0 => Last::Ones,
        v if v < 20.0 => Last::Teen,
        v if v < 100.0 => Last::Tens,
        v => Last::Scale(v),
    }
}

/// The number-word role of `token` in `lang`, and whether it carried the conjunction و.
fn role_of(token: &Token, lang: Lang) -> Option<(Role, bool)> {
    let TokenKind::Word { folded, arabic } = &token.kind else {
        return None;
    };
    match (lang, arabic) {
        (Lang::En, false) => words::english_role(folded).map(|r| (r, false)),
        // الاثنين with the article is Monday far more often than "the two".
        (Lang::Ar, true) if folded.ends_with("الاثنين") => None,
        (Lang::Ar, true) => words::arabic_readings(folded)
            .into_iter()
            .find_map(|r| words::arabic_role(r.word).map(|role| (role, r.wa))),
        _ => None,
    }
}

/// Reads the quantity starting at `tokens[i]`, if one does; returns it and the next index.
pub(super) fn quantity_at(tokens: &[Token], i: usize, lang: Lang) -> Option<(Quantity, usize)> {
    // "a third of a million" is a fraction, not the ordinal "third".
    if fraction_of_scale(tokens, i, lang).is_none() {
        if let Some(found) = share_at(tokens, i, lang) {
            return Some(found);
        }
        if let Some(found) = word_quantity(tokens, i, lang) {
            return Some(found);
        }
    }
    if lang == Lang::En && is_pronoun_one(tokens, i) {
        return None;
    }
    if is_clock_time(tokens, i) {
        return None;
    }
    let designation = is_designation(tokens, i);
    let (mut builder, digits, mut next) = number_at(tokens, i, lang)?;
    if let Some((denominator, after)) = fraction_denominator(tokens, next) {
        // "two-thirds", ثلاثة أرباع: a share, not a count.
        let parts = builder.value();
        let proper = digits.is_none() && parts >= 1.0 && parts < denominator;
        return proper.then(|| share(tokens, i, after, parts / denominator));
    }
    // "one" alone is a determiner far more than a count ("one man", "the final one", رجلاً for
    // "one man", من جانب واحد "unilaterally"): a translation drops or adds it freely. In a
    // number ("one hundred", "twenty-one", "one million") it counts.
    if digits.is_none() && next == i + 1 && builder.value() == 1.0 {
        return None;
    }
    let first = &tokens[i];
    let symbol_before = (i > 0 && first.glued)
        .then(|| match tokens[i - 1].kind {
            TokenKind::Symbol(c) => Some(c),
            _ => None,
        })
        .flatten();
    let code_before = (lang == Lang::En && i > 0)
        .then(|| currency_code_at(tokens, i - 1).filter(|&(_, after)| after == i))
        .flatten()
        .map(|(code, _)| code);
    let currency = symbol_before
        .and_then(words::currency_symbol)
        .or(code_before);
    // Right-to-left text often has the percent sign typed first ("%٥٠", "٪50"); a sign glued to
    // a number before it is that number's ("10%20" is not read as "%20").
    let percent_before = digits.is_some()
        && symbol_before.is_some_and(words::is_percent_sign)
        && !(i >= 2 && tokens[i - 1].glued && matches!(tokens[i - 2].kind, TokenKind::Digits(_)));
    let start = if currency.is_some() || percent_before {
        tokens[i - 1].start
    } else {
        first.start
    };

    if let Some(d) = &digits {
        if let Some(word) = tokens.get(next).filter(|t| t.glued).and_then(Token::word) {
            if words::is_ordinal_suffix(word) {
                let q = quantity(
                    d.value,
                    QuantityKind::Ordinal,
                    None,
                    start,
                    tokens[next].end,
                );
                return Some((q, next + 1));
            }
        }
    }
    let mut unit = currency.or(percent_before.then_some("percent"));
    // "$50m", "SAR 500m", "500m riyals", "30mn dollars": beside a currency, an "m" is millions.
    let millions = lang == Lang::En
        && tokens
            .get(next)
            .and_then(Token::word)
            .is_some_and(|w| matches!(w, "m" | "mn"));
    if millions && (currency.is_some() || currency_at(tokens, next + 1).is_some()) {
        builder.total += builder.group * 1e6;
        builder.group = 0.0;
        next += 1;
    }
    if let Some((found, after)) = unit_at(tokens, next)
        .or_else(|| unit_after_adjective(tokens, next, lang))
        .or_else(|| {
            (lang == Lang::En)
                .then(|| currency_code_at(tokens, next))
                .flatten()
        })
    {
        unit = Some(found);
        next = after;
    } else if unit.is_none() && lang == Lang::Ar {
        unit = definite_unit_before(tokens, i);
    }
    let end = tokens[next - 1].end;
    let kind = match (unit, builder.magnitude) {
        (Some("percent"), _) => QuantityKind::Percent,
        (Some(_), _) => QuantityKind::Measure,
        (None, true) => QuantityKind::Approx,
        (None, false)
            if digits
                .as_ref()
                .is_some_and(|d| looks_like_year(d, &builder)) =>
        {
            QuantityKind::Year
        }
        (None, false) => QuantityKind::Count,
    };
    // "LL15,000" is an amount in a currency, not a name like "G20".
    let kind = if designation && code_before.is_none() {
        QuantityKind::Designation
    } else {
        kind
    };
    let mut q = quantity(builder.value(), kind, unit, start, end);
    let hedge = hedge_before(tokens, i);
    q.approximate = builder.magnitude || hedge.is_some();
    if let Some((bound, from)) = hedge.and_then(|(bound, from)| Some((bound?, from))) {
        // The comparative is part of what the quantity says: "fewer than 40" is read, and
        // reported, whole.
        q.bound = Some(bound);
        q.start = tokens[from].start;
    }
    // تقريبا may follow the number or its counted noun ("50 شخصا تقريبا").
    let trailing_hedge = (next..next + 2)
        .filter_map(|k| tokens.get(k).and_then(Token::word))
        .any(words::is_trailing_approx_marker);
    q.approximate |= trailing_hedge;
    Some((q, next))
}

/// A share said in words at `tokens[i]` — half, "a third of", "one-quarter", نصف, ثلث, ربع,
/// ثلثا (two-thirds) — as a `Fraction` (its value in percent: half is 50), and the index after
/// it. A fraction before a scale word is a number (`fraction_of_scale`); one after "and" or و
/// is part of a mixed number ("two and a half", ساعة ونصف); "the first half", النصف الأول, نصف
/// النهائي and "half-time" are parts of a period or a competition. English "a third" and "a
/// quarter" are shares only before "of" ("a third soldier" is an ordinal, "a quarter century"
/// left alone); after "one" always ("one-third", "one quarter").
fn share_at(tokens: &[Token], i: usize, lang: Lang) -> Option<(Quantity, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    match lang {
        Lang::Ar => {
            let fraction = words::arabic_readings(word(i)?)
                .into_iter()
                .filter(|r| !r.wa)
                .find_map(|r| words::arabic_share(r.word))?;
            if word(i + 1).is_some_and(words::is_arabic_share_qualifier) {
                return None;
            }
            Some(share(tokens, i, i + 1, fraction))
        }
        Lang::En => {
            // The word before the share, "a" skipped ("an hour and a half").
            let before = |k: usize| {
                let previous = k.checked_sub(1).and_then(word);
                match previous {
                    Some("a" | "an") => k.checked_sub(2).and_then(word),
                    _ => previous,
                }
            };
            if before(i).is_some_and(words::is_english_share_qualifier) {
                return None;
            }
            let hyphen_after = |k: usize| {
                tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_symbol('-') && t.glued)
            };
            if word(i)? == "half" {
                return (!hyphen_after(i)).then(|| share(tokens, i, i + 1, 0.5));
            }
            let counted = match word(i)? {
                "a" | "an" => false,
                "one" => true,
                _ => return None,
            };
            let at = if counted && hyphen_after(i) {
                i + 2
            } else {
                i + 1
            };
            let fraction = words::english_fraction(word(at)?)?;
            let of_after = word(at + 1) == Some("of");
            let share_word = fraction == 0.5 || counted || of_after;
            // "a quarter of a million" is a number (`fraction_of_scale`).
            let of_scale = fraction_of_scale(tokens, at, lang).is_some();
            (share_word && !of_scale && !hyphen_after(at))
                .then(|| share(tokens, i, at + 1, fraction))
        }
    }
}

/// The share `fraction` said by `tokens[from..to]`, hedged as the words before it say ("nearly
/// half", قرابة نصف).
fn share(tokens: &[Token], from: usize, to: usize, fraction: f64) -> (Quantity, usize) {
    let mut q = quantity(
        fraction * 100.0,
        QuantityKind::Fraction,
        None,
        tokens[from].start,
        tokens[to - 1].end,
    );
    if let Some((bound, at)) = hedge_before(tokens, from) {
        q.approximate = true;
        if bound.is_some() {
            q.bound = bound;
            q.start = tokens[at].start;
        }
    }
    (q, to)
}

/// Words that are a quantity by themselves: ordinals ("third", الثالث) and Arabic duals (يومين).
fn word_quantity(tokens: &[Token], i: usize, lang: Lang) -> Option<(Quantity, usize)> {
    let token = &tokens[i];
    let TokenKind::Word { folded, arabic } = &token.kind else {
        return None;
    };
    if lang == Lang::Ar {
        if let Some(found) = arabic_ordinal_at(tokens, i) {
            return Some(found);
        }
    }
    let (value, kind) = match (lang, arabic) {
        (Lang::En, false) => match words::english_times(folded) {
            // "twice as many" is a ratio, which Arabic says with ضعف, not a number.
            Some(times) if tokens.get(i + 1).and_then(Token::word) != Some("as") => {
                (times, QuantityKind::Count)
            }
            Some(_) => return None,
            None => (words::english_ordinal(folded)?, QuantityKind::Ordinal),
        },
        (Lang::Ar, true) => {
            let readings = words::arabic_readings(folded);
            if let Some(decade) = readings.iter().find_map(|r| words::arabic_decade(r.word)) {
                (decade, QuantityKind::Year)
            } else {
                let dual = readings.iter().any(|r| words::is_arabic_dual_noun(r.word));
                dual.then_some((2.0, QuantityKind::Count))?
            }
        }
        _ => return None,
    };
    // ساعتين is two hours: a measure in its unit.
    let dual_unit = match (lang, arabic) {
        (Lang::Ar, true) => words::arabic_readings(folded)
            .iter()
            .find_map(|r| words::arabic_dual_unit(r.word)),
        _ => None,
    };
    if let Some(unit) = dual_unit {
        let q = quantity(
            value,
            QuantityKind::Measure,
            Some(unit),
            token.start,
            token.end,
        );
        return Some((q, i + 1));
    }
    Some((quantity(value, kind, None, token.start, token.end), i + 1))
}

/// An Arabic ordinal, with its teen or tens part: الثالث, التاسع عشر (19th), الخامس والعشرين
/// (25th), الواحد والعشرين (21st; الواحد only counts in such a compound).
fn arabic_ordinal_at(tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let word = tokens[i].word()?;
    let next = tokens.get(i + 1);
    let compound = match next.and_then(Token::word) {
        Some("عشر" | "عشره") => Some(10.0),
        Some(_) => match next.and_then(|t| role_of(t, Lang::Ar)) {
            Some((Role::Unit(tens), true)) if is_tens(tens) => Some(tens),
            _ => None,
        },
        None => None,
    };
    let ones = match (words::arabic_ordinal(word), compound) {
        (Some(v), _) => v,
        (None, Some(_)) if matches!(word, "الواحد" | "الواحده") => 1.0,
        _ => return None,
    };
    let (value, last) = match compound {
        Some(extra) if ones < 10.0 => (ones + extra, i + 1),
        _ => (ones, i),
    };
    let q = quantity(
        value,
        QuantityKind::Ordinal,
        None,
        tokens[i].start,
        tokens[last].end,
    );
    Some((q, last + 1))
}

fn quantity(
    value: f64,
    kind: QuantityKind,
    unit: Option<&str>,
    start: usize,
    end: usize,
) -> Quantity {
    Quantity {
        value,
        kind,
        unit: unit.map(str::to_string),
        start,
        end,
        approximate: false,
        bound: None,
    }
}

fn looks_like_year(d: &DigitRun, builder: &NumberBuilder) -> bool {
    d.integer_digits == 4
        && !d.grouped
        && !d.decimal
        && builder.total == 0.0
        && (1800.0..=2100.0).contains(&d.value)
}

/// The number at `tokens[i]` (digits or words), the digit run if it started with one, and the
/// index after the number.
fn number_at(
    tokens: &[Token],
    i: usize,
    lang: Lang,
) -> Option<(NumberBuilder, Option<DigitRun>, usize)> {
    let token = &tokens[i];
    let mut builder = NumberBuilder {
        total: 0.0,
        group: 0.0,
        last: Last::Ones,
        magnitude: false,
    };
    let digits = match &token.kind {
        TokenKind::Digits(d) => {
            builder.group = d.value;
            builder.last = Last::Digits;
            Some(d.clone())
        }
        TokenKind::Word { .. } => {
            if let Some((value, scale, width)) = fraction_of_scale(tokens, i, lang) {
                builder.total = value;
                builder.last = Last::Scale(scale);
                return Some((builder, None, i + width));
            }
            start_words(&mut builder, tokens, i, lang)?;
            None
        }
        TokenKind::Symbol(_) => return None,
    };
    let mut next = i + 1;
    if digits.is_none() && builder.last == Last::Ones && builder.group == 1.0 && is_article(token) {
        // "a hundred", "a dozen": the article only counts when a multiplier follows.
        let (role, _) = role_of(tokens.get(next)?, lang)?;
        if !builder.push(role, false, false) {
            return None;
        }
        next += 1;
    }
    while let Some((role, joined, width)) = next_role(tokens, next, lang) {
        // English number words do not go on after "1.7 million": in "1.7 million
        // four years ago" the four is the next number.
        if lang == Lang::En && digits.is_some() && matches!(builder.last, Last::Scale(_)) {
            break;
        }
        if !builder.push(role, joined, lang == Lang::Ar) {
            break;
        }
        next += width;
    }
    if builder.last == Last::TeenUnit {
        return None; // أحد alone is "one of" or Sunday, not a number
    }
    if let (Lang::Ar, Last::Scale(scale), false) = (lang, builder.last, builder.magnitude) {
        if let Some((amount, width)) = fraction_after_scale(tokens, next, scale) {
            builder.total += amount;
            next += width;
        } else {
            let mut scale = Some(scale);
            while let Some((amount, width, smaller)) =
                scale.and_then(|s| digits_after_scale(tokens, next, s))
            {
                builder.total += amount;
                next += width;
                scale = smaller;
            }
        }
    }
    if lang == Lang::En && !builder.magnitude {
        if let Some((fraction, width)) = english_and_a_fraction(tokens, next) {
            match (
                builder.last,
                tokens.get(next + width).and_then(|t| role_of(t, lang)),
            ) {
                // "a million and a half": the fraction is of the scale's unit.
                (Last::Scale(scale), _) => {
                    if let Some(unit) = unit_of_scale(scale) {
                        builder.total += fraction * unit;
                        next += width;
                    }
                }
                // "one and a half million", "2 and a half billion": the whole before the
                // fraction, then the scale, multiplies both.
                (_, Some((Role::Scale(scale), false))) if builder.total == 0.0 => {
                    builder.total = (builder.group + fraction) * scale;
                    builder.group = 0.0;
                    builder.last = Last::Scale(scale);
                    next += width + 1;
                }
                _ => {}
            }
        }
    }
    Some((builder, digits, next))
}

/// Digits after و continuing a number that ended on a scale word, as Arabic says a compound
/// number from the largest part down, each joined by و: a smaller scale counted in digits (مليار
/// و٢٠٠ مليون is 1.2 billion, مليون و٥٠٠ ألف 1.5 million), or the part below the scale's unit
/// (ألف و٣٠٠ is 1,300, ٣ آلاف و٥٠٠ 3,500, ألفين و٥٠٠ 2,500). The amount it adds, how many tokens
/// it takes, and the scale it ends on, if it does (another part may follow it).
///
/// The rule is the grammar's: the counted noun follows the whole compound (٣ آلاف و٥٠٠ جريح is
/// 3,500 wounded), so only و and the digits may stand between the scale word and the part. Two
/// counts in a list each have their noun (٣ آلاف قتيل و٥٠٠ جريح), which ends the first number
/// before the و; a part as large as the scale's unit or more is another number (بين ألف و٣٠٠٠, a
/// range), and so is a decimal or a percentage.
fn digits_after_scale(tokens: &[Token], j: usize, scale: f64) -> Option<(f64, usize, Option<f64>)> {
    if tokens.get(j)?.word() != Some("و") {
        return None;
    }
    let digits = tokens.get(j + 1).filter(|t| t.glued)?;
    let TokenKind::Digits(d) = &digits.kind else {
        return None;
    };
    match tokens.get(j + 2).and_then(|t| role_of(t, Lang::Ar)) {
        Some((Role::Scale(smaller) | Role::ScalePlural(smaller), _))
            if smaller < scale && d.value * smaller < scale =>
        {
            return Some((d.value * smaller, 3, Some(smaller)));
        }
        Some((Role::Scale(_) | Role::ScalePlural(_), _)) => return None,
        _ => {}
    }
    let percent = tokens
        .get(j + 2)
        .filter(|t| t.glued)
        .is_some_and(|t| matches!(t.kind, TokenKind::Symbol(c) if words::is_percent_sign(c)));
    let below_unit = d.value >= 1.0 && d.value < unit_of_scale(scale)?;
    (below_unit && !d.decimal && !percent).then_some((d.value, 2, None))
}

/// The scale word a number ending on `scale` was counted in, which a fraction after it is a
/// fraction of: two thousand and a half is 2,500, a million and a half 1.5 million.
fn unit_of_scale(scale: f64) -> Option<f64> {
    [1e9, 1e6, 1e3].into_iter().find(|&u| scale >= u)
}

/// "and a half", "and a quarter", "and a third" at `tokens[j]`: the fraction and its width.
fn english_and_a_fraction(tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    if word(j)? != "and" || word(j + 1)? != "a" {
        return None;
    }
    words::english_fraction(word(j + 2)?).map(|f| (f, 3))
}

/// "And a half" or "and a quarter" right after a number that ends on a scale word — مليون ونصف
/// (1.5 million), ثلاثة آلاف وربع (3,250), ألفان ونصف (2,500: the half is of the scale, a
/// thousand, not of two thousand): the amount it adds and how many tokens it takes. A scale word
/// after the fraction is what it is a fraction of, and part of the number: the same scale said
/// again (مليونا ونصف مليون, مليون ونصف المليون) or a smaller one (مليون ونصف ألف, 1,000,500).
fn fraction_after_scale(tokens: &[Token], j: usize, scale: f64) -> Option<(f64, usize)> {
    let fraction = words::arabic_fraction_after_scale(tokens.get(j)?.word()?)?;
    let unit = unit_of_scale(scale)?;
    match tokens.get(j + 1).and_then(|t| role_of(t, Lang::Ar)) {
        Some((Role::Scale(of), false)) if of <= unit => Some((fraction * of, 2)),
        Some((Role::Scale(_), false)) => None,
        _ => Some((fraction * unit, 1)),
    }
}

/// A fraction of a scale word said before it — نصف مليون, ربع مليون, ثلث المليار ("half a
/// million", "a quarter of a million", "a third of a billion", "half a million"): its value, the
/// scale, and how many tokens it takes from `tokens[i]`, the fraction word (English "a" before
/// "quarter" or "third" is left to the word before: the span starts at the fraction). The scale
/// must follow at once (Arabic: with or without the article; English: after "a", "of a" or
/// nothing), so نصف السكان ("half the population") or "half of them" are no number.
fn fraction_of_scale(tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, f64, usize)> {
    let word = tokens[i].word()?;
    let (fraction, width) = match lang {
        Lang::Ar => {
            // Not after و: "ألف ونصف مليون" is a thousand, then a million.
            let reading = words::arabic_readings(word)
                .into_iter()
                .filter(|r| !r.wa)
                .find_map(|r| words::arabic_fraction(r.word))?;
            (reading, 1)
        }
        Lang::En => {
            let fraction = words::english_fraction(word)?;
            let mut j = i + 1;
            if tokens.get(j).and_then(Token::word) == Some("of") {
                j += 1;
            }
            if tokens.get(j).and_then(Token::word) == Some("a") {
                j += 1;
            }
            (fraction, j - i)
        }
    };
    let scale_token = tokens.get(i + width)?;
    let scale = match lang {
        Lang::Ar => words::arabic_readings(scale_token.word()?)
            .into_iter()
            .filter(|r| !r.wa)
            .find_map(|r| match words::arabic_role(r.word) {
                Some(Role::Scale(s)) => Some(s),
                _ => None,
            })?,
        Lang::En => match role_of(scale_token, lang)? {
            (Role::Scale(s), _) => s,
            _ => return None,
        },
    };
    Some((fraction * scale, scale, width + 1))
}

fn is_article(token: &Token) -> bool {
    matches!(token.word(), Some("a" | "an"))
}

/// Sets up `builder` from the number word at `tokens[i]`.
fn start_words(builder: &mut NumberBuilder, tokens: &[Token], i: usize, lang: Lang) -> Option<()> {
    let token = &tokens[i];
    if is_article(token) && lang == Lang::En {
        builder.group = 1.0;
        return Some(());
    }
    let (role, _) = construct_dual_at(tokens, i, lang, true).or_else(|| role_of(token, lang))?;
    match role {
        Role::Unit(v) => {
            builder.group = v;
            builder.last = unit_state(v);
        }
        Role::TeenUnit(v) => {
            builder.group = v;
            builder.last = Last::TeenUnit;
        }
        Role::Hundred => {
            builder.group = 100.0;
            builder.last = Last::Hundred;
        }
        Role::Hundreds(v) => {
            builder.group = v;
            builder.last = Last::Hundred;
        }
        Role::Scale(s) => builder.close_group(s),
        Role::ScalePlural(s) | Role::Approx(s) => {
            builder.group = s;
            builder.last = Last::Magnitude;
            builder.magnitude = true;
        }
        Role::Dozen => return None, // "dozen" needs a number or "a" before it
    }
    Some(())
}

/// The role of the next number word from `tokens[j]`, whether a conjunction joined it, and how
/// many tokens it takes (an English "and" or hyphen joiner is one more).
fn next_role(tokens: &[Token], j: usize, lang: Lang) -> Option<(Role, bool, usize)> {
    let token = tokens.get(j)?;
    let joiner = token.word() == Some("and") || (token.is_symbol('-') && token.glued);
    if lang == Lang::En && joiner {
        let following = tokens.get(j + 1)?;
        let (role, _) = role_of(following, lang)?;
        // A hyphen joins "twenty-five" without being a conjunction; "and" is one.
        return Some((role, token.word() == Some("and"), 2));
    }
    if lang == Lang::En && token.word() == Some("of") {
        // "hundreds of thousands"
        let (role, _) = role_of(tokens.get(j + 1)?, lang)?;
        return matches!(role, Role::ScalePlural(_)).then_some((role, false, 2));
    }
    if unit_at(tokens, j).is_some() {
        return None; // بالمئة is a unit here, not ب + ال + مئة
    }
    let (role, wa) = construct_dual_at(tokens, j, lang, false).or_else(|| role_of(token, lang))?;
    Some((role, wa, 1))
}

/// A scale word in the dual's construct state at `tokens[j]` (ألفي مقاتل, "two thousand
/// fighters"; see `words::arabic_construct_dual`) as the whole number it is, and whether it
/// carried و. Only where the grammar allows the construct: without the article (الألفي is "the
/// millennial" or a family name) and right before its counted noun — an indefinite word that is
/// neither a particle nor a number word (مليوني in "حشد مليوني في الميدان" is the adjective
/// "million-strong"). The -ا form must also begin the number and its noun must not begin with و:
/// after a number, or before ونصف, وبيتا, it is the accusative singular or the Greek letter.
fn construct_dual_at(tokens: &[Token], j: usize, lang: Lang, first: bool) -> Option<(Role, bool)> {
    if lang != Lang::Ar {
        return None;
    }
    let (value, wa, nominative) = words::arabic_readings(tokens[j].word()?)
        .into_iter()
        .filter(|r| !r.article)
        .find_map(|r| words::arabic_construct_dual(r.word).map(|(v, a)| (v, r.wa, a)))?;
    if nominative && !first {
        return None;
    }
    let noun = tokens.get(j + 1)?;
    let TokenKind::Word {
        folded,
        arabic: true,
    } = &noun.kind
    else {
        return None;
    };
    let definite = words::arabic_readings(folded).iter().any(|r| r.article);
    let not_a_noun = folded.chars().count() < 2 || words::is_arabic_particle(folded);
    let joined = nominative && folded.starts_with('و');
    if definite || not_a_noun || joined || role_of(noun, lang).is_some() {
        return None;
    }
    Some((Role::Unit(value), wa))
}

/// The unit right after a number at `tokens[j]`, and the index after it.
fn unit_at(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let token = tokens.get(j)?;
    // "a 6-foot forward", "a 10-year sentence": the unit joined by a hyphen.
    if token.is_symbol('-') && token.glued {
        let unit = tokens.get(j + 1).filter(|t| t.glued).and_then(Token::word);
        if let Some(unit) = unit.and_then(words::unit_word) {
            return Some((unit, j + 2));
        }
    }
    if let TokenKind::Symbol(c) = token.kind {
        // "50°C", "122 °F", "50℃".
        let scale = match c {
            '°' => match tokens.get(j + 1).and_then(Token::word) {
                Some("c") => Some("degc"),
                Some("f") => Some("degf"),
                _ => None,
            },
            _ => None,
        };
        if let Some(unit) = scale {
            return Some((unit, j + 2));
        }
        return match c {
            '℃' => Some(("degc", j + 1)),
            '℉' => Some(("degf", j + 1)),
            c => words::is_percent_sign(c).then_some(("percent", j + 1)),
        };
    }
    let word = token.word()?;
    if let Some(second) = tokens.get(j + 1).and_then(Token::word) {
        if let Some(unit) = words::unit_phrase(word, second) {
            return Some((unit, j + 2));
        }
    }
    words::unit_word(word).map(|unit| (unit, j + 1))
}

/// A currency at `tokens[j]`, after a number: a currency's word or its code, and the index
/// after it.
fn currency_at(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    unit_at(tokens, j)
        .filter(|&(u, _)| words::currency_family(u).is_some())
        .or_else(|| currency_code_at(tokens, j))
}

/// A currency code or abbreviation in capitals at `tokens[j]` ("SYP", "TL", "LL", "S.P."),
/// and the index after it.
fn currency_code_at(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let token = tokens.get(j)?;
    if !token.upper {
        return None;
    }
    let word = token.word()?;
    // "S.P.", the Syrian pound's abbreviation (with or without its last period).
    let joined = |k: usize| tokens.get(k).filter(|t| t.glued);
    if word == "s"
        && joined(j + 1).is_some_and(|t| t.is_symbol('.'))
        && joined(j + 2).is_some_and(|t| t.upper && t.word() == Some("p"))
    {
        let end = if joined(j + 3).is_some_and(|t| t.is_symbol('.')) {
            j + 4
        } else {
            j + 3
        };
        return Some(("syp", end));
    }
    words::currency_code(word).map(|code| (code, j + 1))
}

/// English puts an adjective between a number and its unit ("two consecutive weeks", "three
/// straight days", "six full months"): the unit after one such adjective at `tokens[j]`, and the
/// index after it.
fn unit_after_adjective(tokens: &[Token], j: usize, lang: Lang) -> Option<(&'static str, usize)> {
    if lang != Lang::En || !words::is_english_unit_adjective(tokens.get(j)?.word()?) {
        return None;
    }
    let unit = tokens.get(j + 1)?.word().and_then(words::unit_word)?;
    (unit != "percent").then_some((unit, j + 2))
}

/// Arabic counts a definite noun with a number after it that takes the article too, as an
/// adjective: الساعات الـ٢٤ الماضية ("the past 24 hours"), الأيام الثلاثة, الأشهر الستة. The
/// unit of the number at `tokens[i]` when it is such a number and the word before it such a
/// noun; a number without the article is not the noun's (الأيام ثلاثة).
fn definite_unit_before(tokens: &[Token], i: usize) -> Option<&'static str> {
    let defined = match &tokens[i].kind {
        TokenKind::Digits(_) => {
            let article = i.checked_sub(1).map(|k| &tokens[k]);
            article.is_some_and(|a| a.word() == Some("ال") && tokens[i].glued)
        }
        TokenKind::Word { folded, .. } => words::arabic_readings(folded)
            .iter()
            .any(|r| r.article && words::arabic_role(r.word).is_some()),
        TokenKind::Symbol(_) => false,
    };
    if !defined {
        return None;
    }
    let noun_at = match tokens[i].kind {
        TokenKind::Digits(_) => i.checked_sub(2)?,
        _ => i.checked_sub(1)?,
    };
    words::arabic_readings(tokens[noun_at].word()?)
        .into_iter()
        .filter(|r| r.article)
        .find_map(|r| words::unit_word(r.word))
        .filter(|&u| u != "percent")
}

/// Whether a hedge ("about", نحو, "more than", أكثر من) stands right before `tokens[i]`.
/// The hedge right before the number at `tokens[i]` ("about", نحو, "more than"): the bound it
/// sets, if it is a comparative, and the token it starts at.
fn hedge_before(tokens: &[Token], i: usize) -> Option<(Option<Bound>, usize)> {
    let word_at = |k: usize| tokens.get(k).and_then(Token::word);
    let previous = i.checked_sub(1).and_then(word_at)?;
    if let Some(before) = i.checked_sub(2).and_then(word_at) {
        // يصل إلى ١٨ alone is as often the total reached (جعل مجموعه يصل إلى ١٨, "brought his
        // total to 18"): "up to" only after ما or قد.
        let reaches = matches!(before, "يصل" | "تصل");
        let up_to = reaches
            && i.checked_sub(3)
                .and_then(word_at)
                .is_some_and(|w| matches!(w, "ما" | "قد"));
        if words::is_approx_phrase(before, previous) && (up_to || !reaches) {
            let bound = words::phrase_bound(before, previous);
            // ما لا يقل عن ٢٠ is "at least 20", لا يزيد عن ٣٠٠ "at most 300", "no fewer than
            // 156" at least 156: a negation turns the comparative round.
            let negated = i
                .checked_sub(3)
                .and_then(word_at)
                .is_some_and(words::is_comparative_negation);
            if negated && bound.is_some() {
                let start = match i.checked_sub(4).and_then(word_at) {
                    Some("ما") => i - 4,
                    _ => i - 3,
                };
                return Some((bound.map(Bound::reversed), start));
            }
            // ما يصل إلى ١٠٠: the span starts at ما.
            let start = match i.checked_sub(3).and_then(word_at) {
                Some("ما") if matches!(before, "يصل" | "تصل") => i - 3,
                _ => i - 2,
            };
            return Some((bound, start));
        }
    }
    words::arabic_readings(previous)
        .into_iter()
        .find(|r| words::is_approx_marker(r.word))
        .map(|r| (words::word_bound(r.word), i - 1))
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;
