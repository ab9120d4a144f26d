//! A readable Latin form of an Arabic name, for people (the key is for matching). Consonants
//! follow the common journalistic conventions (sh, kh, gh, th, dh, q, ' for ʿayn and hamza), the
//! article is written al- or assimilated (az-Zawr), long vowels come from the letters; short
//! vowels are not written in Arabic, so only an `a` after a word's first consonant is guessed.

const SUN_LETTERS: &[char] = &[
    'ت', 'ث', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ل', 'ن',
];

/// `اللاذقية` → `al-Ladhqiya`, `دير الزور` → `Deir az-Zur`, `كفردبل` → `Kafrdbl`.
pub fn transliterate(arabic: &str) -> String {
    let words: Vec<&str> = arabic.split_whitespace().collect();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| word(w, i + 1 == words.len()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that open many names, in the spelling the press gives them: the letters alone would
/// read أم as "Am", بيت as "Bit", عبد as "'Bd", دير as "Dir", عين as "'In". The head words are
/// those the English finder knows (`mentions::english::cues::HEADS`), each as the press most
/// often writes it; every form keys like its Arabic (a test checks it).
const FIXED: &[(&str, &str)] = &[
    ("دير", "Deir"),
    ("عين", "Ain"),
    ("كفر", "Kafr"),
    ("تل", "Tal"),
    ("جبل", "Jabal"),
    ("وادي", "Wadi"),
    ("جسر", "Jisr"),
    ("رأس", "Ras"),
    ("راس", "Ras"),
    ("أم", "Umm"),
    ("ام", "Umm"),
    ("بيت", "Beit"),
    ("ابن", "Ibn"),
    ("إبن", "Ibn"),
    ("بن", "bin"),
    ("بني", "Bani"),
    ("عبد", "Abd"),
    ("محمد", "Muhammad"),
];

fn word(w: &str, last_word: bool) -> String {
    let letters: Vec<char> = w
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .collect();
    let bare: String = letters.iter().collect();
    if let Some((_, latin)) = FIXED.iter().find(|(arabic, _)| *arabic == bare) {
        return latin.to_string();
    }
    let (article, letters) = match letters.as_slice() {
        ['ا', 'ل', rest @ ..] if rest.len() >= 2 => {
            let article = match rest[0] {
                c if SUN_LETTERS.contains(&c) => format!("a{}-", consonant(c)),
                _ => "al-".to_string(),
            };
            (article, rest.to_vec())
        }
        _ => (String::new(), letters),
    };
    let mut out = String::new();
    for (i, &c) in letters.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| letters[p]);
        let next = letters.get(i + 1).copied();
        let s = match c {
            'ة' if last_word || next.is_some() => "a".to_string(),
            'ة' => "at".to_string(),
            'ا' | 'ى' | 'آ' | 'أ' => "a".to_string(),
            'إ' => "i".to_string(),
            'و' | 'ي' => {
                let consonantal = prev.is_none()
                    || matches!(prev, Some('ا'))
                    || matches!(next, Some('ا' | 'ى' | 'ة' | 'و' | 'ي'));
                let after_consonant = prev.is_some_and(|p| !matches!(p, 'ا' | 'و' | 'ي' | 'ى'));
                match (c, consonantal) {
                    ('و', true) => "w".into(),
                    ('و', false) => "u".into(),
                    // The nisba ending -iyya: لاذقية is Ladhqiya, not Ladhqya.
                    (_, true) if after_consonant => "iy".into(),
                    (_, true) => "y".into(),
                    _ => "i".into(),
                }
            }
            c => consonant(c).to_string(),
        };
        out.push_str(&s);
        // Guess one short vowel: after the first consonant, before another consonant.
        let first_consonant = i == 0 && !matches!(c, 'ا' | 'أ' | 'إ' | 'آ' | 'ع' | 'ء');
        if first_consonant && next.is_some_and(|n| !matches!(n, 'ا' | 'و' | 'ي' | 'ى')) {
            out.push('a');
        }
    }
    let mut chars = out.chars();
    let capitalized = match chars.next() {
        Some('\'') => format!("'{}", capitalize(chars.as_str())),
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    format!("{article}{capitalized}")
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn consonant(c: char) -> &'static str {
    match c {
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'ع' | 'ء' | 'ؤ' | 'ئ' => "'",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{arabic_key, latin_key};

    #[test]
    fn readable_forms() {
        assert_eq!(transliterate("دير الزور"), "Deir az-Zur");
        // Head words read as the press writes them, not letter by letter ("Dir", "'In").
        assert_eq!(transliterate("دير قانون النهر"), "Deir Qanun an-Nahr");
        assert_eq!(transliterate("عين إبل"), "Ain Ibl");
        assert_eq!(transliterate("كفر كلا"), "Kafr Kala");
        assert_eq!(transliterate("تل أبيض"), "Tal Abid");
        assert_eq!(transliterate("جسر الشغور"), "Jisr ash-Shaghur");
        assert_eq!(transliterate("اللاذقية"), "al-Ladhqiya");
        assert_eq!(transliterate("معرة النعمان"), "Ma'rat an-Na'man");
        assert_eq!(transliterate("حلب"), "Halb");
        // The words that open many names, as the press writes them.
        assert_eq!(transliterate("أم باطنة"), "Umm Batna");
        assert_eq!(transliterate("بيت سابر"), "Beit Sabr");
        assert_eq!(transliterate("ابن خلدون"), "Ibn Khaldun");
        assert_eq!(transliterate("عبد الكريم"), "Abd al-Karim");
        assert_eq!(transliterate("محمد"), "Muhammad");
    }

    #[test]
    fn the_readable_form_keys_like_the_arabic() {
        for ar in [
            "كفردبل",
            "دير الزور",
            "معرة النعمان",
            "خان شيخون",
            "داريا",
            "سلمى",
            "أم باطنة",
            "بيت سابر",
            "عبد الكريم",
            "ابن خلدون",
            "دير قانون النهر",
            "عين إبل",
            "كفر كلا",
            "تل أبيض",
            "جبل الشيخ",
            "وادي بردى",
            "جسر الشغور",
            "رأس العين",
            "راس بعلبك",
        ] {
            assert_eq!(
                latin_key(&transliterate(ar)).skeleton,
                arabic_key(ar).skeleton,
                "{ar} → {}",
                transliterate(ar)
            );
        }
    }
}
