//! Whether a quote and its source agree on negation. A dropped or added "not" turns a quote into
//! its opposite while keeping nearly every word, so the lexical score barely moves (a tester's
//! "did not use chemical weapons" rendered "used chemical weapons" was `matched` at 1.00).
//!
//! Both sides are read for grammatical negators only (English `not`, `n't`, `never`, `no` …;
//! Arabic لم، لن، ليس، لا …), since those are what a careless edit adds or drops. A translation
//! may also carry negation in a word's meaning (لم يتمكن → "was unable to", نفى → "denied",
//! غير شرعي → "illegal", لا … إلا → "only"): where such a word is on the side that would have
//! to hold the negator, the two are not compared — the flag is a prompt to read the quote
//! again, and a false alarm on a faithful rendering would teach the desk to ignore it.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::align::score::WordMatch;
use crate::text::arabic;
use crate::text::tokens::stem_en;

/// Which side holds a negation the other lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NegationMismatch {
    /// The quote negates (`word`), its source does not.
    Added { word: &'static str },
    /// The source negates (`word`), the quote does not.
    Dropped { word: &'static str },
}

/// English words that negate a clause. Any word ending in `n't` does too.
const ENGLISH_NEGATORS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
];

/// English words that carry negation in their meaning: a source negator may be rendered by one
/// of them (لم يتمكن → "unable", لن يسمح → "will prevent").
const ENGLISH_NEGATIVE_MEANING: &[&str] = &[
    "without",
    "unable",
    "fail",
    "fails",
    "failed",
    "failing",
    "failure",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "refusal",
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "lack",
    "lacks",
    "lacked",
    "lacking",
    "absence",
    "absent",
    "impossible",
    "unless",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "decline",
    "declines",
    "declined",
    "declining",
    "prevent",
    "prevents",
    "prevented",
    "instead",
    "only",
    "hardly",
    "barely",
    "rarely",
    "seldom",
    "scarcely",
    "rather",
    "yet",
    "until",
    "avoid",
    "avoided",
    "stop",
    "stopped",
    "ceased",
    "halt",
    "halted",
];

/// Arabic negators, normalized (أ → ا), without the conjunctions و and ف they may carry.
const ARABIC_NEGATORS: &[&str] = &[
    "لم",
    "لن",
    "لا",
    "ليس",
    "ليست",
    "ليسوا",
    "ليسا",
    "ليستا",
    "لست",
    "لسنا",
    "لستم",
    "لستن",
];

/// The comparatives of a bound after لا: لا يقل عن "at least", لا يزيد عن / لا يتجاوز "at most"
/// (the number check reads them as bounds). After لم, يقل is "say" (لم يقل "did not say").
const BOUND_COMPARATIVES: &[&str] = &["يقل", "تقل", "يزيد", "تزيد", "يتجاوز", "تتجاوز"];

/// Words after لا or لم that make no negation: لا سيما "especially", لا يزال / لم يزل "still",
/// لا بد "must".
const NOT_NEGATED_AFTER: &[&str] = &[
    "سيما",
    "يزال",
    "تزال",
    "يزالون",
    "تزالان",
    "يزالان",
    "نزال",
    "ازال",
    "زال",
    "زالت",
    "يزل",
    "تزل",
    "بد",
];

/// Arabic words that carry negation in their meaning: an English negator may render one of them
/// (نفت → "said it was not", غير شرعي → "not legal", ما كان → "was not").
const ARABIC_NEGATIVE_MEANING: &[&str] = &[
    "غير",
    "عدم",
    "دون",
    "بدون",
    "بلا",
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "نفي",
    "رفض",
    "رفضت",
    "يرفض",
    "ترفض",
    "رفضوا",
    "يرفضون",
    "فشل",
    "فشلت",
    "يفشل",
    "تفشل",
    "عجز",
    "عجزت",
    "يعجز",
    "امتنع",
    "امتنعت",
    "يمتنع",
    "تمتنع",
    "انكر",
    "انكرت",
    "ينكر",
    "تنكر",
    "منع",
    "منعت",
    "يمنع",
    "تمنع",
    "ما",
    "لاسيما",
    "قط",
    "ابدا",
    "مازال",
    "مازالت",
    "توقف",
    "توقفت",
    "يتوقف",
    "تجنب",
    "حظر",
    "نادرا",
    "بالكاد",
    "اخفق",
    "اخفقت",
    "يخفق",
    "تعذر",
    "يتعذر",
    "يستحيل",
    "مستحيل",
];

/// English verbs of denial and refusal: a quote that denies where its source affirms (أكد
/// rendered "denied") reverses it as surely as a "not".
const ENGLISH_DENIALS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
];

/// Arabic verbs of denial and refusal (normalized), which English renders with a negator or a
/// word negative in meaning, never with a plain "said" or "confirmed".
const ARABIC_DENIALS: &[&str] = &[
    "نفى",
    "نفي",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "ينفون",
    "نافيا",
    "نافيه",
    "نافين",
    "رفض",
    "رفضت",
    "يرفض",
    "ترفض",
    "رفضوا",
    "يرفضون",
    "رافضا",
    "رافضه",
    "رافضين",
    "انكر",
    "انكرت",
    "ينكر",
    "تنكر",
    "كذب",
    "كذبت",
    "يكذب",
    "تكذب",
    "كذبوا",
    "دحض",
    "دحضت",
    "يدحض",
    "فند",
    "فندت",
    "يفند",
];

/// Exceptives: after a negator they make it mean "only" (لا … إلا، لم … سوى), which English
/// writes without a negator.
const ARABIC_EXCEPTIVES: &[&str] = &["الا", "غير", "سوى", "عدا", "خلا"];

/// The first grammatical negator of an English text, whether a word of negative meaning is
/// there, and its first verb of denial.
fn english(text: &str) -> (Option<&'static str>, Vec<String>, Option<&'static str>) {
    let mut negator = None;
    let mut meaning = Vec::new();
    let mut denial = None;
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase().replace('’', "'");
        // "No. 5" is a number sign, not a negation; "no-man's land" (أرض محرمة) a place.
        let next = words.get(i + 1).map(|n| n.to_lowercase().replace('’', "'"));
        if lower == "no." || (lower == "no" && next.as_deref() == Some("man's")) {
            continue;
        }
        // "no fewer than", "not more than": a bound, read by the number check.
        let bound = matches!(next.as_deref(), Some("fewer" | "less" | "more"))
            && words
                .get(i + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("than"));
        if matches!(lower.as_str(), "no" | "not") && bound {
            continue;
        }
        let word = lower.trim_end_matches('.');
        if negator.is_none() {
            if word.ends_with("n't") {
                negator = Some("n't");
            } else if let Some(n) = ENGLISH_NEGATORS.iter().find(|n| **n == word) {
                negator = Some(*n);
            }
        }
        if ENGLISH_NEGATIVE_MEANING.contains(&word) || negative_by_form(word) {
            meaning.push(word.to_string());
        }
        if denial.is_none() {
            denial = ENGLISH_DENIALS.iter().find(|d| **d == word).copied();
        }
    }
    (negator, meaning, denial)
}

/// A word negative by its form: a negative prefix or `-less` around a word of the lexicon's
/// English (`untroubled`, `irreplaceable`, `disagreed`, `symptomless`), which renders a source's
/// negated verb (لا يمكن تعويضها). A word the lexicon knows itself (`displaced`, `independent`,
/// `information`) is not one; another that only looks so costs a missed flag, never a false one.
fn negative_by_form(word: &str) -> bool {
    static STEMS: OnceLock<HashSet<String>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        crate::lexicon::EMBEDDED_ENGLISH_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(stem_en)
            .collect()
    });
    let known = |rest: &str| rest.chars().count() >= 4 && stems.contains(&stem_en(rest));
    // in-, im- and dis- begin many words that negate nothing ("displaced", "independent",
    // "information" hid dropped negations): a word the lexicon knows as itself is its own word.
    // un-, non-, ir- and il- before a known word nearly always negate it.
    let own_word = stems.contains(&stem_en(word));
    let prefixed = ["un", "in", "im", "ir", "il", "dis", "non", "non-"]
        .iter()
        .filter(|p| !(own_word && matches!(**p, "in" | "im" | "dis")))
        .any(|p| word.strip_prefix(p).is_some_and(known));
    prefixed || word.strip_suffix("less").is_some_and(known)
}

/// How many words after a negator still belong to its clause, for a fragment's words on both
/// sides of it: its verb and what the verb takes (لن ينسحبوا من مواقعهم). Chosen on the NTREX
/// development half among 3, 4 and 6 after (1 to 4 before), with the word right before it (the
/// clause's subject, إن المقاتلين لن): the most dropped negations caught without a false alarm
/// more than before (docs/check.md, "Negation").
const CLAUSE_AFTER: usize = 3;

/// What an Arabic text holds of negation.
struct ArabicNegation {
    /// The first grammatical negator, as listed (without its conjunction).
    negator: Option<&'static str>,
    /// A word of negative meaning.
    meaning: bool,
    /// An exceptive.
    exceptive: bool,
    /// The word the first negator governs (normalized, as the text has it).
    governed: Option<String>,
    /// The word before the first negator and the [`CLAUSE_AFTER`] after it (normalized, as the
    /// text has them): a fragment with words on both sides renders the clause that holds it.
    around: (Vec<String>, Vec<String>),
    /// The first verb of denial (ARABIC_DENIALS).
    denial: Option<&'static str>,
}

fn arabic(text: &str) -> ArabicNegation {
    let normalized = arabic::normalize(text);
    let words: Vec<&str> = normalized
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Each word without the conjunction و or ف it may carry (ولم, فلا).
    let bare: Vec<&str> = words
        .iter()
        .map(|w| match w.strip_prefix(['و', 'ف']) {
            Some(rest) if rest.chars().count() >= 2 => rest,
            _ => w,
        })
        .collect();
    let mut found = ArabicNegation {
        negator: None,
        meaning: false,
        exceptive: false,
        governed: None,
        around: (Vec::new(), Vec::new()),
        denial: None,
    };
    for (i, (&w, &word)) in words.iter().zip(&bare).enumerate() {
        // لعدم، بدون: a preposition before a word of negative meaning.
        let particle = word
            .strip_prefix(['ل', 'ب', 'ك'])
            .filter(|r| r.chars().count() >= 2);
        let listed_in = |list: &[&str]| {
            list.contains(&word) || list.contains(&w) || particle.is_some_and(|r| list.contains(&r))
        };
        found.meaning |= listed_in(ARABIC_NEGATIVE_MEANING);
        found.exceptive |= listed_in(ARABIC_EXCEPTIVES);
        if found.denial.is_none() {
            found.denial = ARABIC_DENIALS.iter().find(|d| **d == word).copied();
        }
        found.meaning |= found.denial.is_some();
        let listed = ARABIC_NEGATORS
            .iter()
            .find(|n| **n == word || **n == w)
            .copied();
        let Some(n) = listed else { continue };
        let bound = n == "لا"
            && bare
                .get(i + 1)
                .is_some_and(|x| BOUND_COMPARATIVES.contains(x))
            && bare
                .get(i + 2)
                .is_some_and(|x| matches!(*x, "عن" | "على" | "من"));
        if bound
            || bare
                .get(i + 1)
                .is_some_and(|x| NOT_NEGATED_AFTER.contains(x))
        {
            continue;
        }
        if found.negator.is_none() {
            found.negator = Some(n);
            found.governed = words.get(i + 1).map(|w| w.to_string());
            let owned = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect();
            let after = (i + 1 + CLAUSE_AFTER).min(words.len());
            found.around = (
                owned(&words[i.saturating_sub(1)..i]),
                owned(&words[i + 1..after]),
            );
        }
    }
    found
}

/// Compares the negation of a quote with that of its source. `whole_window` says whether the
/// quote renders its whole source window: a fragment leaves out part of its sentence, and a
/// negator there is no business of the quote, so a dropped negation is only looked for when the
/// quote renders it all — or ([`compare_quoted`]) when the quote renders the very word the
/// negator governs.
pub fn compare(quote: &str, source: &str, whole_window: bool) -> Option<NegationMismatch> {
    compare_quoted(quote, source, whole_window, &[])
}

/// What the quote's words were matched to in the source: each Arabic word (normalized, without
/// the conjunction و or ف) with the English word or phrase matched to it, lowercased.
fn renderings(matches: &[WordMatch]) -> Vec<(String, String)> {
    matches
        .iter()
        .map(|m| {
            let arabic = arabic::normalize(&m.arabic);
            let arabic = match arabic.strip_prefix(['و', 'ف']) {
                Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
                _ => arabic,
            };
            (arabic, m.english.to_lowercase())
        })
        .collect()
}

/// [`compare`], with the quote's words matched in the source (`matches`): a fragment
/// that renders the verb لم governs ("targeted military sites" for لم يستهدف مواقع عسكرية) has
/// dropped the negation, however little of the sentence it quotes; so has one whose words are
/// found right before the negator and in its clause after it ("the fighters will withdraw from
/// their positions" for المقاتلين لن ينسحبوا من مواقعهم, whatever the lexicon pairs with
/// ينسحبوا): it renders the clause that holds it. And a word negative in meaning that renders a
/// negated word negative in meaning itself ("stopped" for لم يتوقف, matched to يتوقف) carries
/// that word's meaning, not the negation: it does not excuse the missing negator.
pub fn compare_quoted(
    quote: &str,
    source: &str,
    whole_window: bool,
    matches: &[WordMatch],
) -> Option<NegationMismatch> {
    let (en, en_meaning_words, en_denial) = english(quote);
    let mut ar = arabic(source);
    let rendered = renderings(matches);
    let governed = ar
        .governed
        .as_deref()
        .map(|g| match g.strip_prefix(['و', 'ف']) {
            Some(rest) if rest.chars().count() >= 2 => rest,
            _ => g,
        });
    // Only a negated word itself negative in meaning (لم يتوقف): "unable" matched to يتمكن
    // renders لم يتمكن whole.
    let governed = governed.filter(|g| ARABIC_NEGATIVE_MEANING.contains(g));
    let renders_governed = |word: &str| {
        rendered.iter().any(|(a, e)| {
            Some(a.as_str()) == governed
                && e.split(|c: char| !c.is_alphanumeric()).any(|x| x == word)
        })
    };
    let en_meaning = en_meaning_words.iter().any(|w| !renders_governed(w));
    // لا also writes the Romance article of a name (لا ريفيرا, "La Riviera").
    if ar.negator == Some("لا") && quote.split(|c: char| !c.is_alphabetic()).any(|w| w == "La") {
        ar.negator = None;
    }
    let is_quoted = |w: &str| {
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        rendered.iter().any(|(q, _)| q == w || q == bare)
    };
    let quoted = |word: Option<&str>| whole_window || word.is_some_and(is_quoted);
    let (before, after) = &ar.around;
    let spans_negator = before.iter().any(|w| is_quoted(w)) && after.iter().any(|w| is_quoted(w));
    match (en, ar.negator) {
        (Some(word), None) if !ar.meaning => Some(NegationMismatch::Added { word }),
        (None, Some(word))
            if (quoted(ar.governed.as_deref()) || spans_negator)
                && !en_meaning
                && !ar.exceptive =>
        {
            Some(NegationMismatch::Dropped { word })
        }
        // A denial against an affirmation, either way: "denied" for أكد, "confirmed" for نفى.
        (None, None) => match (en_denial, ar.denial) {
            (Some(word), None) if !ar.meaning => Some(NegationMismatch::Added { word }),
            (None, Some(word)) if !en_meaning && quoted(Some(word)) => {
                Some(NegationMismatch::Dropped { word })
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NegationMismatch::*;

    /// The quote's words matched to these Arabic words (the English side left empty).
    fn quoted(words: &[&str]) -> Vec<WordMatch> {
        rendering(&words.iter().map(|w| (*w, "")).collect::<Vec<_>>())
    }

    /// The quote's words matched as these (Arabic, English) pairs.
    fn rendering(pairs: &[(&str, &str)]) -> Vec<WordMatch> {
        pairs
            .iter()
            .map(|(arabic, english)| WordMatch {
                english: english.to_string(),
                arabic: arabic.to_string(),
                via: "lexicon",
                weight: 1.0,
            })
            .collect()
    }

    #[test]
    fn a_dropped_or_added_negation_is_found() {
        assert_eq!(
            compare(
                "regime forces used chemical weapons",
                "قالت إن قوات النظام لم تستخدم أسلحة كيميائية",
                true
            ),
            Some(Dropped { word: "لم" })
        );
        assert_eq!(
            compare("The army will withdraw", "وقال إن الجيش لن ينسحب", true),
            Some(Dropped { word: "لن" })
        );
        assert_eq!(
            compare(
                "The planes did not bomb the town",
                "قصفت الطائرات البلدة",
                true
            ),
            Some(Added { word: "not" })
        );
        assert_eq!(
            compare(
                "Troops never entered the village",
                "دخلت القوات القرية",
                false
            ),
            Some(Added { word: "never" })
        );
        assert_eq!(
            compare("There is a ceasefire agreement", "وليس هناك أي اتفاق", true),
            Some(Dropped { word: "ليس" })
        );
    }

    #[test]
    fn faithful_renderings_are_not_flagged() {
        // Both negate, in their own words.
        assert_eq!(compare("We won't leave", "لن نغادر", true), None);
        assert_eq!(compare("He didn't say", "ولم يقل", true), None);
        // Negation carried by a word's meaning on the other side.
        assert_eq!(
            compare("They were unable to reach it", "لم يتمكنوا من الوصول", true),
            None
        );
        assert_eq!(
            compare("The ministry denied it", "ونفت الوزارة ذلك", true),
            None
        );
        assert_eq!(
            compare("It said it was not involved", "نفت تورطها", true),
            None
        );
        assert_eq!(compare("Only two remained", "لم يبق إلا اثنان", true), None);
        assert_eq!(
            compare("The strike was illegal", "الضربة غير شرعية", true),
            None
        );
        // لا that negates nothing.
        assert_eq!(
            compare("Fighting is still going on", "لا يزال القتال مستمرا", true),
            None
        );
        assert_eq!(
            compare("especially in Idlib", "ولا سيما في إدلب", true),
            None
        );
        // A fragment: the source's negator may be in the part left out.
        assert_eq!(
            compare("the army entered", "الجيش دخل لكنه لم يبق", false),
            None
        );
        // "No. 5" is a number.
        assert_eq!(
            compare("Checkpoint No. 5 was hit", "قصف الحاجز رقم ٥", true),
            None
        );
        // Vowelled or with tatweel, a negator is the same word.
        assert_eq!(
            compare("they used it", "لَمْ يَسْتَخْدِمُوهَا", true),
            Some(Dropped { word: "لم" })
        );
    }

    #[test]
    fn a_fragment_quoting_the_negated_word_drops_the_negation() {
        let source = "وأوضحت أن القصف لم يستهدف مواقع عسكرية في ريف حلب الشمالي.";
        assert_eq!(
            compare_quoted(
                "targeted military sites",
                source,
                false,
                &quoted(&["يستهدف", "مواقع", "عسكريه"])
            ),
            Some(Dropped { word: "لم" })
        );
        // The fragment quotes the sentence's other words only: the negator is no business of it.
        assert_eq!(
            compare_quoted(
                "military sites in the Aleppo countryside",
                source,
                false,
                &quoted(&["مواقع", "عسكريه", "ريف", "حلب"])
            ),
            None
        );
    }

    #[test]
    fn a_word_negative_in_meaning_that_renders_the_negated_verb_is_no_negation() {
        // "stopped" renders يتوقف, the verb لم governs: the negation is dropped.
        let source = "وقال المرصد إن القصف المدفعي على بلدة سرمين لم يتوقف منذ ساعات الفجر الأولى.";
        let quote =
            "the artillery shelling on the town of Sarmin stopped in the early hours of dawn";
        let matched = rendering(&[
            ("القصف", "shelling"),
            ("المدفعي", "artillery"),
            ("بلده", "town"),
            ("يتوقف", "stopped"),
            ("الفجر", "dawn"),
        ]);
        assert_eq!(
            compare_quoted(quote, source, true, &matched),
            Some(Dropped { word: "لم" })
        );
        // "refused" renders لم يقبل whole: it is not the translation of يقبل.
        let source = "وقال إن الوفد لم يقبل العرض.";
        let matched = rendering(&[("الوفد", "delegation"), ("العرض", "offer")]);
        assert_eq!(
            compare_quoted("the delegation refused the offer", source, true, &matched),
            None
        );
    }

    #[test]
    fn the_comparatives_of_a_bound_are_no_negation() {
        let at_least = "وقال المرصد إن ما لا يقل عن تسعة مقاتلين قتلوا في الغارات على الميادين.";
        for quote in [
            "At least nine fighters were killed in the strikes on Mayadin.",
            "No fewer than nine fighters were killed in the strikes on Mayadin.",
            "Not less than nine fighters were killed in the strikes on Mayadin.",
        ] {
            assert_eq!(compare(quote, at_least, true), None, "{quote}");
        }
        let at_most = "وأفرجت السلطات عن عدد لا يزيد عن ٢٠ معتقلاً.";
        for quote in [
            "The authorities released at most 20 detainees.",
            "The authorities released no more than 20 detainees.",
        ] {
            assert_eq!(compare(quote, at_most, true), None, "{quote}");
        }
        // A real negation beside one is still read.
        assert_eq!(
            compare(
                "At least nine fighters were killed.",
                "وقال إن ما لا يقل عن تسعة مقاتلين لم يقتلوا.",
                true
            ),
            Some(Dropped { word: "لم" })
        );
    }

    #[test]
    fn no_mans_land_is_no_negation() {
        assert_eq!(
            compare(
                "the border area has turned into a no-man's land between the two armies",
                "وتحولت المنطقة الحدودية إلى أرض محرمة بين الجيشين.",
                true
            ),
            None
        );
    }

    #[test]
    fn a_fragment_with_words_on_both_sides_of_the_negator_drops_it() {
        // The lexicon does not pair ينسحبوا with "withdraw": the subject before لن and the
        // object after it say the fragment renders the negated clause.
        let source = "وقال القائد إن المقاتلين لن ينسحبوا من مواقعهم.";
        assert_eq!(
            compare_quoted(
                "the fighters will withdraw from their positions",
                source,
                false,
                &quoted(&["المقاتلين", "مواقعهم"])
            ),
            Some(Dropped { word: "لن" })
        );
        // لم governs يعد ("no longer"), not the verb the quote renders.
        assert_eq!(
            compare_quoted(
                "the army controls the international road",
                "وقال المصدر إن الجيش لم يعد يسيطر على الطريق الدولي.",
                false,
                &quoted(&["الجيش", "يسيطر", "الطريق", "الدولي"])
            ),
            Some(Dropped { word: "لم" })
        );
        // Words far from the negator, on either side, are another clause's.
        assert_eq!(
            compare_quoted(
                "the commander said their positions",
                source,
                false,
                &quoted(&["القائد", "مواقعهم"])
            ),
            None
        );
        assert_eq!(
            compare_quoted(
                "fighters",
                "وقال إن المقاتلين لن ينسحبوا من مواقعهم في ريف حلب الشمالي.",
                false,
                &quoted(&["المقاتلين", "حلب"])
            ),
            None
        );
    }

    #[test]
    fn a_denial_against_an_affirmation_is_a_mismatch() {
        assert_eq!(
            compare(
                "an army spokesman denied that the forces used cluster bombs",
                "وأكد المتحدث باسم الجيش أن القوات استخدمت قنابل عنقودية",
                true
            ),
            Some(Added { word: "denied" })
        );
        assert_eq!(
            compare(
                "an army spokesman confirmed that the forces had used chemical weapons",
                "ونفى المتحدث باسم الجيش أن تكون القوات قد استخدمت أسلحة كيميائية",
                true
            ),
            Some(Dropped { word: "نفي" })
        );
        assert_eq!(
            compare(
                "an army spokesman denied that the forces had used chemical weapons",
                "ونفى المتحدث باسم الجيش أن تكون القوات قد استخدمت أسلحة كيميائية",
                true
            ),
            None
        );
        assert_eq!(
            compare(
                "the spokesman declined to comment",
                "رفض المتحدث التعليق",
                true
            ),
            None
        );
    }

    #[test]
    fn an_ordinary_word_that_looks_negative_hides_no_dropped_negation() {
        let source = "وقال المراسل إن الجيش لم يعتقل أياً من المدنيين النازحين في المخيم.";
        assert_eq!(
            compare(
                "the army arrested some of the displaced civilians in the camp",
                source,
                true
            ),
            Some(Dropped { word: "لم" })
        );
        // A rendering with a true negative derivation is faithful.
        assert_eq!(
            compare(
                "the army left the displaced civilians in the camp unharmed",
                source,
                true
            ),
            None
        );
        assert_eq!(
            compare(
                "the army denied reports that its forces had withdrawn",
                "وكذّب الجيش الأنباء التي تحدثت عن انسحاب قواته.",
                true
            ),
            None
        );
    }
}
