//! Whether the quote's numbers say what they say in the source. The number check compares the
//! two sides' numbers as sets, so a quote that swaps two of them ("killed 14 and wounded 41" for
//! قتل ٤١ وجرح ١٤) passes it: every number is found. A swap keeps every word and every number,
//! so the score does not move either, and a casualty figure attached to the wrong count is the
//! error a desk most needs caught.
//!
//! Each number is read with the words around it (up to [`CONTEXT_WORDS`] on each side, the words
//! between two numbers shared half and half): a number of the quote should find its own
//! context's words around the same number in the source. Two numbers of the quote whose contexts
//! each find nothing around their own counterpart and their words around the *other* number's
//! are reported. The contexts are compared with the lexicon (`Scorer::english_matches`), so what
//! the lexicon does not know is never evidence of a swap: the check stays silent rather than
//! accuse a faithful rendering it cannot read.

use crate::align::score::{Prepared, Scorer};
use crate::text::numbers::{self, Quantity, QuantityKind};
use crate::text::Lang;

/// Words read on each side of a number.
const CONTEXT_WORDS: usize = 3;

/// The fewest words between two numbers for their contexts to be told apart.
const LEAST_WORDS_APART: usize = 2;

/// The least weight of context words (a lexicon pair weighs at most 1) the crossed reading
/// must find beyond the straight one: two words, so one word shared by chance is not enough.
const LEAST_CROSSED_LEAD: f64 = 1.5;

/// Two numbers of the quote that sit in each other's place in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SwappedNumbers {
    /// The quote's two numbers, as written, in quote order.
    pub quote: [String; 2],
    /// The source's numbers they agree with, as written, in the same order.
    pub source: [String; 2],
}

/// The first pair of the quote's numbers that the source's contexts say are swapped.
pub fn swapped(scorer: &Scorer, quote: &str, source: &str) -> Option<SwappedNumbers> {
    let en = counted(quote, Lang::En);
    let ar = counted(source, Lang::Ar);
    if en.len() < 2 || ar.len() < 2 {
        return None;
    }
    // Each number of the quote with the one source number it agrees with, where that number
    // agrees with no other of the quote: a number with two readings says nothing of order.
    let pairs: Vec<(usize, usize)> = (0..en.len())
        .filter_map(|i| {
            let mut agreeing = (0..ar.len()).filter(|&j| numbers::agree(&en[i], &ar[j]));
            let j = agreeing.next()?;
            let unique = agreeing.next().is_none()
                && (0..en.len()).all(|k| k == i || !numbers::agree(&en[k], &ar[j]));
            unique.then_some((i, j))
        })
        .collect();
    if pairs.len() < 2 {
        return None;
    }
    let en_contexts = contexts(quote, &en);
    let ar_contexts = contexts(source, &ar);
    let prepared_en: Vec<_> = en_contexts
        .iter()
        .map(|c| scorer.prepare(c, Lang::En))
        .collect();
    let prepared_ar: Vec<_> = ar_contexts
        .iter()
        .map(|c| scorer.prepare(c, Lang::Ar))
        .collect();
    let affinity = |i: usize, j: usize| -> f64 {
        scorer
            .english_matches(
                std::slice::from_ref(&prepared_ar[j]),
                std::slice::from_ref(&prepared_en[i]),
            )
            .iter()
            .filter(|m| m.via != "number")
            .map(|m| f64::from(m.weight))
            .sum()
    };
    for (a, &(i1, j1)) in pairs.iter().enumerate() {
        for &(i2, j2) in &pairs[a + 1..] {
            if en[i1].value == en[i2].value
                || !apart(quote, &en[i1], &en[i2])
                || !apart(source, &ar[j1], &ar[j2])
            {
                continue;
            }
            let [own_1, own_2] = [affinity(i1, j1), affinity(i2, j2)];
            let [other_1, other_2] = [affinity(i1, j2), affinity(i2, j1)];
            // Both numbers must find their words at the other's place: one context that
            // matches both places is a shared word ("people"), not a swap.
            let each_crossed = other_1 > own_1 && other_2 > own_2;
            if each_crossed && (other_1 + other_2) - (own_1 + own_2) >= LEAST_CROSSED_LEAD {
                let text = |t: &str, q: &Quantity| t[q.start..q.end].to_string();
                return Some(SwappedNumbers {
                    quote: [text(quote, &en[i1]), text(quote, &en[i2])],
                    source: [text(source, &ar[j1]), text(source, &ar[j2])],
                });
            }
        }
    }
    None
}

/// A number of the quote found in a window of several sentences only in a sentence other than
/// the one that renders the quote best, where that sentence has a number of the same kind the
/// quote does not: "the siege has lasted for 8 months" matched over two sentences, the 8 months
/// found in the neighbour (which joined on a false friend, "lasted" for الماضي) while the
/// siege's own sentence says ٦ أشهر.
#[derive(Debug, Clone, PartialEq)]
pub struct BorrowedNumber {
    /// The quote's number, as written.
    pub quote: String,
    /// The number the best sentence has instead, as written.
    pub source: String,
}

/// The first number of the quote `en` (prepared as English) borrowed from a neighbouring
/// sentence of its window (see [`BorrowedNumber`]); `window` holds the window's sentences in
/// order.
pub fn borrowed(scorer: &Scorer, en: &Prepared, window: &[&Prepared]) -> Option<BorrowedNumber> {
    if window.len() < 2 || en.numbers().is_empty() {
        return None;
    }
    let scores: Vec<f64> = window
        .iter()
        .map(|s| scorer.score(std::slice::from_ref(*s), std::slice::from_ref(en)))
        .collect();
    let best =
        (0..window.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))?;
    let own = window[best];
    for q in en.numbers() {
        if q.kind.is_optional() || own.numbers().iter().any(|o| numbers::agree(q, o)) {
            continue;
        }
        let elsewhere = window
            .iter()
            .enumerate()
            .any(|(k, s)| k != best && s.numbers().iter().any(|o| numbers::agree(q, o)));
        // What the best sentence says instead: a number of the same kind and unit that no
        // number of the quote agrees with.
        let instead = own.numbers().iter().find(|o| {
            o.kind == q.kind
                && o.unit == q.unit
                && !en.numbers().iter().any(|e| numbers::agree(e, o))
        });
        if let (true, Some(o)) = (elsewhere, instead) {
            return Some(BorrowedNumber {
                quote: en.text()[q.start..q.end].to_string(),
                source: own.text()[o.start..o.end].to_string(),
            });
        }
    }
    None
}

/// The numbers of `text` that count or measure something, the ones [`swapped`] compares: years,
/// ordinals and what a translation may leave out (`QuantityKind::is_optional`: months,
/// weekdays, a name's digits) are left out, as dates and names ("COVID-19", "the 1918-1919
/// pandemic") put them next to other numbers in an order each language chooses.
pub fn counted(text: &str, lang: Lang) -> Vec<Quantity> {
    numbers::extract(text, lang)
        .into_iter()
        .filter(|q| {
            !matches!(q.kind, QuantityKind::Year | QuantityKind::Ordinal) && !q.kind.is_optional()
        })
        .collect()
}

/// Whether two numbers stand [`LEAST_WORDS_APART`] words apart or more: numbers closer than that
/// (a range, a score, "5,000 kits, 100,000 masks") share their words.
fn apart(text: &str, a: &Quantity, b: &Quantity) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    first.end <= second.start
        && text[first.end..second.start].split_whitespace().count() >= LEAST_WORDS_APART
}

/// The words around each of `text`'s numbers (in order, non-overlapping): up to
/// [`CONTEXT_WORDS`] on each side, the words between two numbers split between them.
fn contexts(text: &str, quantities: &[Quantity]) -> Vec<String> {
    let words: Vec<(usize, usize)> = word_spans(text)
        .filter(|&(s, e)| !quantities.iter().any(|q| s < q.end && q.start < e))
        .collect();
    let between = |from: usize, to: usize| -> Vec<(usize, usize)> {
        words
            .iter()
            .copied()
            .filter(|&(s, e)| s >= from && e <= to)
            .collect()
    };
    quantities
        .iter()
        .enumerate()
        .map(|(k, q)| {
            let left_gap = between(k.checked_sub(1).map_or(0, |p| quantities[p].end), q.start);
            let right_gap = between(q.end, quantities.get(k + 1).map_or(text.len(), |n| n.start));
            // Between two numbers, the first half is the earlier one's, the rest the later's.
            let left = if k > 0 {
                &left_gap[left_gap.len() / 2..]
            } else {
                &left_gap[..]
            };
            let right = if k + 1 < quantities.len() {
                &right_gap[..right_gap.len() / 2]
            } else {
                &right_gap[..]
            };
            let left = &left[left.len().saturating_sub(CONTEXT_WORDS)..];
            let right = &right[..right.len().min(CONTEXT_WORDS)];
            left.iter()
                .chain(right)
                .map(|&(s, e)| &text[s..e])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Byte spans of the whitespace-separated words of `text`.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        (start, start + w.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn check(quote: &str, source: &str) -> Option<SwappedNumbers> {
        let lexicon = Lexicon::embedded();
        swapped(&Scorer::new(lexicon), quote, source)
    }

    #[test]
    fn a_killed_and_wounded_swap_is_found() {
        let source = "وأضاف أن القوات قتلت ٤١ مقاتلاً وجرحت ١٤ آخرين في القصف.";
        assert_eq!(
            check(
                "the forces killed 14 fighters and wounded 41 others in the shelling",
                source
            ),
            Some(SwappedNumbers {
                quote: ["14".into(), "41".into()],
                source: ["١٤".into(), "٤١".into()],
            })
        );
        assert_eq!(
            check(
                "the forces killed 41 fighters and wounded 14 others in the shelling",
                source
            ),
            None
        );
    }

    #[test]
    fn numbers_in_another_order_are_not_a_swap() {
        // The English puts the wounded first: same facts, other order.
        assert_eq!(
            check(
                "14 people were wounded and 41 fighters were killed in the shelling",
                "وأضاف أن القوات قتلت ٤١ مقاتلاً وجرحت ١٤ آخرين في القصف."
            ),
            None
        );
    }

    #[test]
    fn contexts_split_the_words_between_numbers() {
        let text = "killed 41 fighters and wounded 14 others";
        let q = numbers::extract(text, Lang::En);
        assert_eq!(
            contexts(text, &q),
            vec!["killed fighters", "and wounded others"]
        );
    }

    #[test]
    fn a_number_borrowed_from_a_neighbouring_sentence_is_found() {
        let lexicon = Lexicon::embedded();
        let scorer = Scorer::new(lexicon);
        let first = scorer.prepare(
            "وقالت المنظمة إن ٨ أشهر مرت على إغلاق المعبر الأسبوع الماضي.",
            Lang::Ar,
        );
        let second = scorer.prepare("وقالت إن الحصار على المدينة مستمر منذ ٦ أشهر.", Lang::Ar);
        let quote = "the siege on the city has lasted for 8 months";
        let quote = scorer.prepare(quote, Lang::En);
        assert_eq!(
            borrowed(&scorer, &quote, &[&first, &second]),
            Some(BorrowedNumber {
                quote: "8 months".into(),
                source: "٦ أشهر".into()
            })
        );
        assert_eq!(
            borrowed(
                &scorer,
                &scorer.prepare("the siege on the city has lasted for 6 months", Lang::En),
                &[&first, &second]
            ),
            None
        );
        assert_eq!(borrowed(&scorer, &quote, &[&second]), None);
    }
}
