//! A looser key for names that reach Arabic from European languages, where the romanization key
//! ([`super::key`]) is too strict: Arabic has no v, p or hard g and writes them ف, ب and غ or ج
//! (Kavanaugh كافانو, Palu بالو, Rangers رينجرز), final s is often ز (Sims سيمز), silent
//! letters are dropped (Kavanaugh), and short vowels are not written at all.
//!
//! The key keeps only consonant classes that survive every such rendering: `b` (b p), `f`
//! (f v ph), `k` (k c q g j ch-before-a-consonant), `s` (s z c-before-e/i/y), `t` (t d th),
//! `c` (sh ch), and l m n r. Vowels, h, w, y, ع and ء are dropped, `ng` is `n` (Washington
//! واشنطن, Livingston ليفينغستون), and a class repeated in a row counts once.
//!
//! It is meant for scoring a translation pair, where it only has to tell the names of one
//! sentence apart, not for clustering a gazetteer: Trump and ترامب share `trmb`, but so may two
//! unrelated words with the same consonants.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The loose key of a Latin-script word: `kfn` for Kavanaugh.
pub fn loose_latin_key(word: &str) -> String {
    let chars: Vec<char> = word
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(char::is_ascii_lowercase)
        .collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut out = Builder::default();
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], at(i + 1));
        let (class, width) = match (c, next) {
            ('p', 'h') => (Some('f'), 2),
            // Silent after a vowel (Kavanaugh, Hugh, Edinburgh), hard g elsewhere (Afghanistan).
            ('g', 'h') if i > 0 && vowel(chars[i - 1]) => (None, 2),
            ('g', 'h') => (Some('k'), 2),
            ('c', 'k') | ('k', 'h') => (Some('k'), 2),
            ('s', 'h') => (Some('c'), 2),
            ('t', 'h') => (Some('t'), 2),
            // Christine كريستين, but Charles تشارلز, Michel ميشيل.
            ('c', 'h') if !vowel(at(i + 2)) && i + 2 < chars.len() => (Some('k'), 2),
            ('c', 'h') => (Some('c'), 2),
            ('t', 'c') if at(i + 2) == 'h' => (Some('c'), 3),
            ('q', 'u') => (Some('k'), 2),
            ('n', 'g') => (Some('n'), 2),
            ('c', 'e' | 'i' | 'y') => (Some('s'), 1),
            ('x', _) => {
                out.push('k');
                (Some('s'), 1)
            }
            _ => (class_of_latin(c), 1),
        };
        if let Some(class) = class {
            out.push(class);
        }
        i += width;
    }
    out.finish()
}

fn class_of_latin(c: char) -> Option<char> {
    Some(match c {
        'b' | 'p' => 'b',
        'f' | 'v' => 'f',
        'k' | 'c' | 'q' | 'g' | 'j' => 'k',
        's' | 'z' => 's',
        't' | 'd' => 't',
        'l' | 'm' | 'n' | 'r' => c,
        _ => return None,
    })
}

/// The loose key of an Arabic word (normalized or not): `kfn` for كافانو.
pub fn loose_arabic_key(word: &str) -> String {
    let letters: Vec<char> = word.chars().collect();
    let mut out = Builder::default();
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let next = letters.get(i + 1).copied();
        match (c, next) {
            ('ت', Some('ش')) => {
                out.push('c');
                i += 2;
                continue;
            }
            ('ن', Some('غ' | 'ج')) => {
                out.push('n');
                i += 2;
                continue;
            }
            _ => {}
        }
        let class = match c {
            'ب' | 'پ' => Some('b'),
            'ف' | 'ڤ' => Some('f'),
            'ق' | 'ك' | 'ک' | 'ج' | 'غ' | 'گ' | 'خ' => Some('k'),
            'س' | 'ص' | 'ز' | 'ظ' => Some('s'),
            'ت' | 'ط' | 'ث' | 'د' | 'ذ' | 'ض' => Some('t'),
            'ش' | 'چ' => Some('c'),
            'ل' => Some('l'),
            'م' => Some('m'),
            'ن' => Some('n'),
            'ر' => Some('r'),
            _ => None,
        };
        if let Some(class) = class {
            out.push(class);
        }
        i += 1;
    }
    out.finish()
}

#[derive(Default)]
struct Builder(String);

impl Builder {
    fn push(&mut self, class: char) {
        if !self.0.ends_with(class) {
            self.0.push(class);
        }
    }

    fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn western_names_meet_their_arabic_spelling() {
        for (latin, arabic) in [
            ("Kavanaugh", "كافانو"),
            ("Palu", "بالو"),
            ("Rangers", "رينجرز"),
            ("Sims", "سيمز"),
            ("Livingston", "ليفينغستون"),
            ("Washington", "واشنطن"),
            ("Ford", "فورد"),
            ("Ryder", "رايدر"),
            ("Brett", "بريت"),
            ("Bolivia", "بوليفيا"),
            ("Trump", "ترامب"),
            ("Christine", "كريستين"),
            ("Richard", "ريتشارد"),
            ("Michel", "ميشيل"),
            ("Indonesia", "إندونيسيا"),
            ("Afghanistan", "أفغانستان"),
        ] {
            assert_eq!(loose_latin_key(latin), loose_arabic_key(arabic), "{latin}");
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(loose_latin_key("Kavanaugh"), loose_latin_key("Pelosi"));
        assert_ne!(loose_arabic_key("فورد"), loose_arabic_key("بريت"));
    }

    #[test]
    fn vowels_and_glides_carry_nothing() {
        assert_eq!(loose_latin_key("Yeo"), "");
        assert_eq!(loose_arabic_key("عاء"), "");
    }
}
