//! What around a run of digits or number words says it is no count: a clock time, the pronoun
//! "one", a name's digits (M4, COVID-19), a fraction's numerator ("two-thirds").

use super::scan::{Token, TokenKind};
use super::words;

/// "04:00", "1:30": clock times and ratios are not quantities to compare.
pub(super) fn is_clock_time(tokens: &[Token], i: usize) -> bool {
    let is_digits = |k: usize| matches!(tokens.get(k).map(|t| &t.kind), Some(TokenKind::Digits(_)));
    let colon = |k: usize| tokens.get(k).is_some_and(|t| t.is_symbol(':') && t.glued);
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.glued);
    (colon(i + 1) && is_digits(i + 2) && glued(i + 2))
        || (i >= 2 && colon(i - 1) && is_digits(i - 2) && tokens[i].glued)
        || is_dotted_clock_time(tokens, i)
}

/// "3.30 pm", "10.45a.m.", الساعة 4.40: British English writes the minutes after a period, which only "am"
/// or "pm" after it tells from a decimal (in Arabic, الساعة before it or صباحاً, مساءً after it).
fn is_dotted_clock_time(tokens: &[Token], i: usize) -> bool {
    let Some(TokenKind::Digits(d)) = tokens.get(i).map(|t| &t.kind) else {
        return false;
    };
    let minutes = (d.value.fract() * 100.0).round();
    let looks_like_time = d.decimal && !d.grouped && d.value < 24.0 && minutes < 60.0;
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let dot = |k: usize| tokens.get(k).is_some_and(|t| t.is_symbol('.') && t.glued);
    let meridiem = matches!(word(i + 1), Some("am" | "pm"))
        || (matches!(word(i + 1), Some("a" | "p")) && dot(i + 2) && word(i + 3) == Some("m"));
    // Arabic: الساعة 4.40, 7.55 صباحاً.
    let arabic_time = i.checked_sub(1).and_then(word) == Some("الساعه")
        || matches!(
            word(i + 1),
            Some("صباحا" | "صباح" | "مساء" | "مساءا" | "ظهرا" | "فجرا" | "ليلا")
        );
    looks_like_time && (meridiem || arabic_time)
}

/// English "one" as a pronoun ("one of them", "no one", "the one who") is not a number.
pub(super) fn is_pronoun_one(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    word(i) == Some("one")
        && (matches!(word(i + 1), Some("of" | "another"))
            || i.checked_sub(1).and_then(word).is_some_and(|w| {
                matches!(
                    w,
                    "no" | "the" | "this" | "that" | "any" | "every" | "each" | "which"
                )
            }))
}

/// Digits that are part of a name (a `Designation`) rather than a count: glued to a Latin word ("M4", "G20",
/// "A320") or joined to a word by a hyphen ("COVID-19", "F-16", كوفيد-19, سو-24). An Arabic
/// letter glued to digits is a preposition or و (ب٥٠, و١٥), and a hyphen after a time word is
/// a date ("mid-2012", "pre-2011").
pub(super) fn is_designation(tokens: &[Token], i: usize) -> bool {
    let Some(TokenKind::Digits(_)) = tokens.get(i).map(|t| &t.kind) else {
        return false;
    };
    if !tokens[i].glued || i == 0 {
        return false;
    }
    match &tokens[i - 1].kind {
        TokenKind::Word { arabic: false, .. } => true,
        TokenKind::Symbol('-') if i >= 2 && tokens[i - 1].glued => match &tokens[i - 2].kind {
            TokenKind::Word { folded, arabic } => {
                let time_word = matches!(
                    folded.as_str(),
                    "mid" | "pre" | "post" | "late" | "early" | "circa" | "ca" | "the" | "since"
                );
                !time_word && (!arabic || folded.chars().count() >= 2)
            }
            _ => false,
        },
        _ => false,
    }
}

/// The denominator of a fraction right after a number at `tokens[j]` ("two-thirds", "three
/// quarters", ثلاثة أرباع) and the index after it.
pub(super) fn fraction_denominator(tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    let at = match tokens.get(j) {
        Some(t) if t.is_symbol('-') && t.glued => j + 1,
        _ => j,
    };
    let denominator = words::fraction_plural(tokens.get(at)?.word()?)?;
    Some((denominator, at + 1))
}
