//! What a word before a period says about whether the period ends a sentence.
//!
//! The lists are small and closed on purpose: news wires use a stable set of abbreviations, and a
//! word missing here only costs a split that the next word (lowercase, a digit) often prevents.

/// How a period after a word behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Not an abbreviation: the period ends the sentence.
    None,
    /// A title that precedes a name (Mr., Gen., Sens.): never ends a sentence.
    BeforeName,
    /// Precedes a number (No. 5, Jan. 12, ص. 40): ends the sentence unless a digit follows.
    BeforeNumber,
    /// Only ever inside a sentence (e.g., i.e., vs.).
    Inner,
    /// May end a sentence (U.S., a.m., Inc., etc., an initial J.): it does when a typical
    /// sentence opener follows.
    Ambiguous,
    /// An Arabic letter abbreviation (د. for doctor, أ.د. for professor): inside the sentence,
    /// except right after a number, where it is a unit or era (٢٠٢٠ م.) that often ends it.
    ArabicLetters,
}

const BEFORE_NAME: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Cpt",
    "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Det", "Rev", "Fr", "Sen", "Sens", "Rep", "Reps", "Gov",
    "Pres", "Hon", "Amb", "Supt", "Insp", "Mt", "Ft", "Sheikh", "Mme", "Mlle", "Dott", "Ing",
];

const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "p", "pp", "ch", "Ch", "Fig", "fig",
    "Sec", "para", "Ref", "ref", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Tel", "tel", "ext",
];

const INNER: &[&str] = &[
    "e.g", "i.e", "E.g", "I.e", "vs", "v", "cf", "viz", "approx", "ca", "incl", "esp", "Ave",
];

const AMBIGUOUS: &[&str] = &[
    "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "St", "Rd", "Blvd", "al", "Dept",
    "Univ", "Assn", "Govt",
];

/// Arabic era marks (BC, Hijri) only ever follow a year, and a period after them usually ends the
/// sentence: unlike "م." they are never a title.
const ARABIC_ERAS: &[&str] = &["ق.م", "هـ"];

/// Classifies `word`, the text between the preceding white space (and opening punctuation) and
/// the period, e.g. `U.S` for "U.S.".
pub fn classify(word: &str) -> Abbrev {
    if word.is_empty() || ARABIC_ERAS.contains(&word) {
        return Abbrev::None;
    }
    if BEFORE_NAME.contains(&word) {
        return Abbrev::BeforeName;
    }
    if BEFORE_NUMBER.contains(&word) {
        return Abbrev::BeforeNumber;
    }
    if INNER.contains(&word) {
        return Abbrev::Inner;
    }
    if AMBIGUOUS.contains(&word) {
        return Abbrev::Ambiguous;
    }
    if is_arabic_letters_abbrev(word) {
        return Abbrev::ArabicLetters;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // "J. R. Smith": a lone capital is usually an initial, but "grade A. The …" ends a
        // sentence, so it is decided like "U.S.".
        if c.is_ascii_uppercase() {
            return Abbrev::Ambiguous;
        }
    }
    if is_dotted(word) {
        return Abbrev::Ambiguous;
    }
    Abbrev::None
}

/// "U.S", "a.m", "D.C": letters separated by single periods, each part at most two letters.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// "د", "م", "هـ", "أ.د", "ق.م": one Arabic letter (tatweel allowed), or several joined by
/// periods.
fn is_arabic_letters_abbrev(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut letters = part.chars().filter(|&c| c != '\u{0640}');
        matches!((letters.next(), letters.next()), (Some(c), None) if super::super::is_arabic_char(c) && c.is_alphabetic())
    })
}

/// Words that typically open an English sentence and rarely continue a name: after an ambiguous
/// abbreviation ("in the U.S. The …") they mark a boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "One",
    "Some",
    "Many",
    "Most",
    "All",
    "Meanwhile",
    "However",
    "Officials",
    "Police",
    "Earlier",
    "Later",
    "Last",
    "By",
    "Since",
    "Now",
    "Then",
    "Under",
    "According",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Asked",
    "Both",
    "Neither",
    "Each",
    "Such",
    "Despite",
    "Although",
    "Still",
];

pub fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(classify("Gen"), Abbrev::BeforeName);
        assert_eq!(classify("J"), Abbrev::Ambiguous);
        assert_eq!(classify("No"), Abbrev::BeforeNumber);
        assert_eq!(classify("e.g"), Abbrev::Inner);
        assert_eq!(classify("U.S"), Abbrev::Ambiguous);
        assert_eq!(classify("a.m"), Abbrev::Ambiguous);
        assert_eq!(classify("etc"), Abbrev::Ambiguous);
        assert_eq!(classify("د"), Abbrev::ArabicLetters);
        assert_eq!(classify("هـ"), Abbrev::None);
        assert_eq!(classify("ق.م"), Abbrev::None);
        assert_eq!(classify("م"), Abbrev::ArabicLetters);
        assert_eq!(classify("أ.د"), Abbrev::ArabicLetters);
        assert_eq!(classify("Salma"), Abbrev::None);
        assert_eq!(classify("2012"), Abbrev::None);
        assert_eq!(classify("example.com"), Abbrev::None);
        assert_eq!(classify("الأحد"), Abbrev::None);
        assert_eq!(classify("x"), Abbrev::None);
    }
}
