//! Arabic normalization with a map back to original byte offsets.
//!
//! One pass over the text applies, in effect:
//! 1. removal of what carries no lexical identity: tashkeel, tatweel, Quranic annotation marks,
//!    bidi and zero-width controls ([`is_ignorable`]);
//! 2. NFKC, which folds presentation forms, ligatures and compatibility characters;
//! 3. letter folding ([`fold`]): alef variants → ا, ى → ي, ة → ه, hamza seats ؤ → و and ئ → ي,
//!    Persian/Urdu lookalikes to their Arabic letters, Arabic-Indic and Eastern Arabic-Indic digits
//!    and the Arabic decimal/thousands separators to ASCII.
//!
//! NFKC is expensive, so it only runs on the rare stretches that need it: a character that is a
//! starter and NFKC quick-check "yes" is normalized by itself, and Arabic letters and ASCII never
//! leave the fast path. The rules are chosen so that one pass reaches the fixed point (the property
//! tests check `normalize(normalize(x)) == normalize(x)`); `docs/text.md` lists them
//! with examples and explains the hamza choice.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Normalized text plus, for every byte of it, the byte offset in the original it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the original offset of normalized byte `i`; `map[text.len()]` is the
    /// original length, so spans `a..b` map to `map[a]..map[b]`.
    pub map: Vec<usize>,
}

impl Normalized {
    /// The original byte span of the normalized span `range` (both ends must be char boundaries
    /// of the normalized text, or `text.len()`). Removed marks after a letter fall inside the
    /// span of that letter, so a span never cuts a letter from its diacritics.
    pub fn original_span(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.map[range.start]..self.map[range.end]
    }
}

/// Normalizes `text` and keeps the offset map.
pub fn normalize_with_map(text: &str) -> Normalized {
    let mut sink = MappedSink {
        text: String::with_capacity(text.len()),
        map: Vec::with_capacity(text.len() + 1),
    };
    normalize_into(text, &mut sink);
    sink.map.push(text.len());
    Normalized {
        text: sink.text,
        map: sink.map,
    }
}

/// Normalizes `text` (no offset map; the fast path for matching).
pub fn normalize(text: &str) -> String {
    let mut sink = PlainSink(String::with_capacity(text.len()));
    normalize_into(text, &mut sink);
    sink.0
}

/// Whether `c` is an Arabic presentation form (Forms-A U+FB50–U+FDFF, Forms-B U+FE70–U+FEFF, as
/// text copied out of PDFs has them) or a Latin compatibility ligature (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ).
fn is_presentation_form(c: char) -> bool {
    matches!(c as u32, 0xFB00..=0xFB06 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether [`unmarked_with_map`] changes `c`.
fn unmarking_changes(c: char) -> bool {
    !c.is_ascii()
        && (is_ignorable(c)
            || c == 'ٱ'
            || is_presentation_form(c)
            || matches!(c, '\u{0653}'..='\u{0655}'))
}

/// The text as a reader of words sees it, with the offset map: what [`normalize`] removes goes
/// (tashkeel, tatweel, Quranic marks, bidi and zero-width controls, the soft hyphen; a dagger
/// alef is written as ا where plain spelling has one, as `normalize` writes it), ٱ is written ا,
/// presentation forms and Latin ligatures are spelled out by NFKC, and a combining hamza or
/// madda is composed onto its letter (ا + ◌ٔ = أ). Nothing else is folded: letters keep their
/// hamza, ة and ى, digits their script, spaces their kind. So a fully vowelled text, a text
/// stretched with tatweel or one in presentation forms reads exactly like the plain text,
/// while the word tables of the reader keep their spellings.
///
/// `None` when the text has nothing to change, which is most text: the caller then reads the
/// original and needs no map.
pub fn unmarked_with_map(text: &str) -> Option<Normalized> {
    if !text.chars().any(unmarking_changes) {
        return None;
    }
    let mut out = MappedSink {
        text: String::with_capacity(text.len()),
        map: Vec::with_capacity(text.len() + 1),
    };
    for (i, c) in text.char_indices() {
        if !unmarking_changes(c) {
            out.push(c, i);
        } else if c == DAGGER_ALEF {
            let word_start = out
                .text
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphabetic() && super::is_arabic_char(c)))
                .map_or(0, |(at, c)| at + c.len_utf8());
            let folded: String = out.text[word_start..]
                .chars()
                .map(|c| fold(c).unwrap_or(c))
                .collect();
            if dagger_alef_is_spelled(&folded) {
                out.push('ا', i);
            }
        } else if matches!(c, '\u{0653}'..='\u{0655}') {
            // A combining hamza or madda goes onto the letter before it when they compose (NFD
            // puts a vowel sign, removed above, between them); otherwise it is a mark like any.
            let last = out.text.chars().next_back();
            if let Some(composed) = last.and_then(|l| unicode_normalization::char::compose(l, c)) {
                let at = out.text.len() - last.map_or(0, char::len_utf8);
                let origin = out.map[at];
                out.truncate(at);
                out.push(composed, origin);
            }
        } else if c == 'ٱ' {
            out.push('ا', i);
        } else if is_presentation_form(c) {
            for d in std::iter::once(c).nfkc() {
                if !is_ignorable(d) {
                    out.push(if d == 'ٱ' { 'ا' } else { d }, i);
                }
            }
        }
        // Anything else that is changed is removed.
    }
    out.map.push(text.len());
    Some(Normalized {
        text: out.text,
        map: out.map,
    })
}

/// Whether normalization removes `c` outright: tashkeel, tatweel, Quranic annotation marks,
/// bidi and zero-width controls. The tokenizer uses this to keep such marks inside words.
pub fn is_ignorable(c: char) -> bool {
    matches!(c as u32,
        // Tashkeel (fathatan … sukun, maddah and hamza above/below, the rarer vowel marks) and
        // the superscript (dagger) alef (which normalization writes as ا where plain spelling
        // has one; see `dagger_alef_is_spelled`).
        0x064B..=0x065F | 0x0670
        // Tatweel: a stretching stroke with no letter value.
        | 0x0640
        // Honorific signs and small high letters, then Quranic annotation marks.
        | 0x0610..=0x061A | 0x06D6..=0x06ED | 0x0898..=0x089F | 0x08CA..=0x08FF)
        // Bidi and zero-width controls.
        || super::is_invisible(c)
}

/// The replacement of a letter, digit or separator that normalization folds, if any.
///
/// Every replacement is a single character that is itself left alone by NFKC and by this table,
/// which is what makes one normalization pass idempotent.
pub fn fold(c: char) -> Option<char> {
    let folded = match c {
        // Alef with hamza above/below, with madda, wasla, wavy hamza.
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        // Alef maqsura, Persian yeh, Urdu yeh barree (and with hamza).
        'ى' | 'ی' | 'ے' | 'ۓ' => 'ي',
        // Hamza seats: the bare letter (see docs/text.md for why).
        'ؤ' => 'و',
        'ئ' => 'ي',
        // Ta marbuta (and its Urdu goal form), Persian/Urdu heh forms.
        'ة' | 'ۃ' | 'ھ' | 'ہ' | 'ۂ' | 'ۀ' | 'ە' => 'ه',
        // Persian keheh and swash kaf.
        'ک' | 'ڪ' => 'ك',
        '\u{0660}'..='\u{0669}' => ascii_digit(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => ascii_digit(c as u32 - 0x06F0),
        '٫' => '.',
        '٬' => ',',
        '٪' => '%',
        _ => return None,
    };
    Some(folded)
}

fn ascii_digit(value: u32) -> char {
    char::from_digit(value, 10).expect("digit value below 10")
}

/// Where normalized text goes: with or without the offset map, so that [`normalize`] pays
/// nothing for a map it does not keep.
trait Sink {
    /// Appends `c`, which came from the original text at byte `origin`.
    fn push(&mut self, c: char, origin: usize);
    /// Appends a run of ASCII copied verbatim from the original, starting at byte `origin`.
    fn push_ascii(&mut self, run: &str, origin: usize);
    fn len(&self) -> usize;
    fn truncate(&mut self, len: usize);
    /// The normalized text so far.
    fn text(&self) -> &str;
}

struct PlainSink(String);

impl Sink for PlainSink {
    #[inline]
    fn push(&mut self, c: char, _origin: usize) {
        self.0.push(c);
    }
    #[inline]
    fn push_ascii(&mut self, run: &str, _origin: usize) {
        self.0.push_str(run);
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
    fn text(&self) -> &str {
        &self.0
    }
}

struct MappedSink {
    text: String,
    map: Vec<usize>,
}

impl Sink for MappedSink {
    #[inline]
    fn push(&mut self, c: char, origin: usize) {
        self.text.push(c);
        // Every byte of the character maps to the start of its origin, so each map entry is a
        // char boundary of the original.
        self.map.resize(self.text.len(), origin);
    }
    #[inline]
    fn push_ascii(&mut self, run: &str, origin: usize) {
        self.text.push_str(run);
        self.map.extend(origin..origin + run.len());
    }
    fn len(&self) -> usize {
        self.text.len()
    }
    fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.map.truncate(len);
    }
    fn text(&self) -> &str {
        &self.text
    }
}

/// How the fast path treats one non-ASCII character.
enum Action {
    Drop,
    Emit(char),
    /// Needs NFKC together with its neighbours.
    Compose,
}

#[inline]
fn classify(c: char) -> Action {
    if is_ignorable(c) {
        return Action::Drop;
    }
    if let Some(folded) = fold(c) {
        return Action::Emit(folded);
    }
    // The core Arabic letters are NFKC starters that nothing composes onto once the marks above
    // are gone: skip the table look-ups for them.
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || is_stable_starter(c) {
        Action::Emit(c)
    } else {
        Action::Compose
    }
}

/// A character NFKC leaves alone whatever its neighbours: quick-check "yes" (so it neither
/// decomposes nor composes onto a previous character) and a starter (so reordering never
/// moves it).
fn is_stable_starter(c: char) -> bool {
    canonical_combining_class(c) == 0 && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
}

fn normalize_into<S: Sink>(text: &str, sink: &mut S) {
    let bytes = text.as_bytes();
    // The output length and original offset of the last character emitted by the fast path: a
    // combining character that follows may compose with it, so NFKC restarts there.
    let mut last_emitted: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            let run_end = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(bytes.len(), |n| i + n);
            let run = &text[i..run_end];
            let last = run_end - 1;
            sink.push_ascii(run, i);
            last_emitted = Some((sink.len() - 1, last));
            i = run_end;
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        // The superscript (dagger) alef of vowelled and Quranic text writes a long ā that plain
        // spelling writes as ا (ٱلْعَٰلَمِين, العالمين), except in the few words plain spelling
        // writes without it (هٰذا, ذٰلك, لٰكن, الرحمٰن, إلٰه, أولٰئك): vowelled and plain text
        // then give the same letters.
        if c == DAGGER_ALEF {
            if dagger_alef_is_spelled(sink.text()) {
                // Not a point a later mark may reach back to: re-normalizing from the dagger
                // would drop it. Every mark that composes with ا is one normalization removes.
                last_emitted = None;
                sink.push('ا', i);
            }
            i += c.len_utf8();
            continue;
        }
        match classify(c) {
            Action::Drop => {}
            Action::Emit(out) => {
                last_emitted = Some((sink.len(), i));
                sink.push(out, i);
            }
            Action::Compose => {
                // A character that decomposes to a fresh starter cannot reach back; anything
                // else (a combining mark) may compose with the previous character.
                let start = match last_emitted {
                    Some((out_len, origin)) if !starts_fresh(c) => {
                        sink.truncate(out_len);
                        origin
                    }
                    _ => i,
                };
                let end = compose_stretch_end(text, i);
                normalize_stretch(&text[start..end], start, sink);
                last_emitted = None;
                i = end;
                continue;
            }
        }
        i += c.len_utf8();
    }
}

const DAGGER_ALEF: char = '\u{0670}';

/// Whether a dagger alef after the letters `so_far` (the normalized text up to it) stands for
/// an alef that plain spelling writes: always, except after the stems of the words plain
/// spelling writes without one, whatever clitics (و ف ب ك ل, the article) come before them.
fn dagger_alef_is_spelled(so_far: &str) -> bool {
    const UNWRITTEN_AFTER: [&str; 6] = ["ه", "ذ", "ل", "رحم", "اله", "اول"];
    let word_start = so_far
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() && super::is_arabic_char(c)))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &so_far[word_start..];
    let mut stems = vec![word];
    for prefixes in [&["و", "ف"][..], &["ب", "ك", "ل"], &["ال"]] {
        let more: Vec<&str> = stems
            .iter()
            .filter_map(|w| prefixes.iter().find_map(|p| w.strip_prefix(p)))
            .collect();
        stems.extend(more);
    }
    !stems.iter().any(|s| UNWRITTEN_AFTER.contains(s))
}

/// Whether the NFKC decomposition of `c` begins with a stable starter, so that NFKC of the text
/// from `c` on does not depend on what comes before it. Removed characters are never fresh:
/// removing one can bring a mark next to a letter it composes with.
fn starts_fresh(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    if is_ignorable(c) {
        return false;
    }
    let mut first = None;
    unicode_normalization::char::decompose_compatible(c, |d| {
        first.get_or_insert(d);
    });
    // The first character must also survive removal: a presentation form of a vowel sign
    // decomposes to tatweel + mark, and once the tatweel goes the mark is loose.
    first.is_some_and(|d| {
        d.is_ascii() || fold(d).is_some() || (!is_ignorable(d) && is_stable_starter(d))
    })
}

/// The end of the stretch that must go through NFKC as a whole: it runs up to the next character
/// that starts fresh (see [`starts_fresh`]), so a word of presentation forms becomes one stretch
/// per letter and the offset map stays letter-precise.
fn compose_stretch_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .skip(1)
        .find(|&(_, c)| starts_fresh(c))
        .map_or(text.len(), |(offset, _)| from + offset)
}

/// Runs the full pipeline on a short stretch; every output character maps to the stretch start.
fn normalize_stretch<S: Sink>(stretch: &str, origin: usize, sink: &mut S) {
    let mut current: String = stretch
        .chars()
        .filter(|&c| !is_ignorable(c))
        .nfkc()
        .collect();
    // NFKC can produce marks we remove (a presentation form of a vowel sign decomposes to a space
    // or tatweel plus the sign); removing them can leave a pair that NFKC would now compose, so
    // repeat until nothing is removed. In practice this loops at most twice.
    loop {
        let mut removed = false;
        let mut next = String::with_capacity(current.len());
        for c in current.chars() {
            if is_ignorable(c) {
                removed = true;
            } else {
                next.push(fold(c).unwrap_or(c));
            }
        }
        if !removed {
            current = next;
            break;
        }
        current = next.chars().nfkc().collect();
    }
    for c in current.chars() {
        sink.push(c, origin);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowelled_and_quranic_text_gives_the_plain_letters() {
        let vowelled = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۞ \
                        هَٰذَا ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًۭى لِّلْمُتَّقِينَ وَلَٰكِنَّ أُو۟لَٰٓئِكَ";
        let plain = "بسم الله الرحمن الرحيم ۝ الحمد لله رب العالمين ۞ هذا ذلك الكتاب لا ريب فيه \
                     هدى للمتقين ولكن أولئك";
        let words = |s: &str| {
            normalize(s)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(words(vowelled), words(plain));
        let n = normalize_with_map(vowelled);
        assert_eq!(n.map.len(), n.text.len() + 1);
        assert_eq!(n.map[n.text.len()], vowelled.len());
    }
    use proptest::prelude::*;

    fn assert_map_is_valid(original: &str, normalized: &Normalized) {
        assert_eq!(normalized.map.len(), normalized.text.len() + 1);
        assert_eq!(*normalized.map.last().unwrap(), original.len());
        for pair in normalized.map.windows(2) {
            assert!(pair[0] <= pair[1], "map not monotone: {:?}", normalized.map);
        }
        for &offset in &normalized.map {
            assert!(original.is_char_boundary(offset), "{offset} not a boundary");
        }
    }

    #[test]
    fn unmarked_text_drops_marks_and_folds_forms_but_keeps_letters() {
        assert_eq!(unmarked_with_map("الثلاثاء 12 أيار"), None);
        let cases = [
            ("الثَلاثاءِ", "الثلاثاء"),
            ("الثـــلاثاء", "الثلاثاء"),
            ("ٱلْأَرْبِعَاءِ", "الأربعاء"),
            ("ثَلَٰثَة وهٰذا", "ثلاثة وهذا"),
            ("\u{FE83}\u{FEF3}\u{FE8E}\u{FEAD}", "أيار"),
            ("خمسمي\u{0650}\u{0654}ة", "خمسمئة"),
            ("gov\u{AD}ern\u{200B}ment \u{FB01}ve", "government five"),
            ("١٢\u{200F}", "١٢"),
        ];
        for (marked, plain) in cases {
            let view = unmarked_with_map(marked).expect("something to unmark");
            assert_eq!(view.text, plain, "{marked:?}");
            assert_map_is_valid(marked, &view);
        }
        // Spans point into the original, the marks of the last letter included.
        let text = "يوم الثَلاثاءِ.";
        let view = unmarked_with_map(text).unwrap();
        let word = view.text.find("الثلاثاء").unwrap();
        let span = view.original_span(word..word + "الثلاثاء".len());
        assert_eq!(&text[span], "الثَلاثاءِ");
        let pdf = "\u{FEA7}\u{FEE4}\u{FEB4}\u{FE94}";
        let view = unmarked_with_map(pdf).unwrap();
        assert_eq!(view.text, "خمسة");
        assert_eq!(view.original_span(0..view.text.len()), 0..pdf.len());
    }

    #[test]
    fn removes_tashkeel_and_dagger_alef() {
        assert_eq!(normalize("مُحَمَّدٌ"), "محمد");
        assert_eq!(normalize("هٰذا"), "هذا");
    }

    #[test]
    fn a_mark_after_a_spelled_dagger_alef_keeps_it() {
        // Found by the property test: the mark re-normalized the dagger and dropped it.
        let once = normalize("a\u{670}\u{300}");
        assert_eq!(once, "a\u{627}\u{300}");
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn removes_tatweel() {
        assert_eq!(normalize("الســـلام"), "السلام");
    }

    #[test]
    fn removes_quranic_annotation_marks() {
        assert_eq!(normalize("الرحيم\u{06DA}\u{06E2}"), "الرحيم");
        assert_eq!(normalize("محمد\u{0610}"), "محمد");
    }

    #[test]
    fn removes_bidi_and_zero_width_controls() {
        assert_eq!(normalize("\u{FEFF}\u{200F}سلمى\u{200E}"), "سلمي");
        assert_eq!(normalize("\u{202B}كفر\u{200C}دبل\u{202C}"), "كفردبل");
        assert_eq!(normalize("\u{2067}AFP\u{2069}\u{061C}"), "AFP");
        assert_eq!(normalize("Lata\u{AD}kia\u{2061}"), "Latakia");
    }

    #[test]
    fn folds_alef_variants() {
        assert_eq!(normalize("أحمد إدلب آمنة ٱلله"), "احمد ادلب امنه الله");
    }

    #[test]
    fn folds_alef_maqsura_and_ta_marbuta() {
        assert_eq!(normalize("سلمى"), "سلمي");
        assert_eq!(normalize("اللاذقية"), "اللاذقيه");
    }

    #[test]
    fn folds_hamza_seats_to_bare_letters_and_keeps_standalone_hamza() {
        assert_eq!(normalize("مؤتمر"), "موتمر");
        assert_eq!(normalize("رئيس"), "رييس");
        assert_eq!(normalize("سماء"), "سماء");
    }

    #[test]
    fn folds_persian_and_urdu_lookalikes() {
        assert_eq!(normalize("کتاب"), "كتاب");
        assert_eq!(normalize("فارسی"), "فارسي");
        assert_eq!(normalize("ھ ہ ۀ ە ۃ"), "ه ه ه ه ه");
    }

    #[test]
    fn folds_digits_and_separators_to_ascii() {
        assert_eq!(normalize("١٬٢٠٠"), "1,200");
        assert_eq!(normalize("٣٫٥"), "3.5");
        assert_eq!(normalize("۱۲۳۴۵۶۷۸۹۰"), "1234567890");
        assert_eq!(normalize("٥٠٪"), "50%");
    }

    #[test]
    fn keeps_arabic_punctuation() {
        assert_eq!(normalize("نعم، لا؛ لماذا؟"), "نعم، لا؛ لماذا؟");
    }

    #[test]
    fn nfkc_folds_presentation_forms_and_then_letters() {
        // Isolated/final presentation forms of س ل م ى.
        assert_eq!(normalize("\u{FEB1}\u{FEDF}\u{FEE4}\u{FEF0}"), "سلمي");
        // Lam-alef with hamza above: NFKC gives ل أ, and أ must still fold to ا.
        assert_eq!(normalize("\u{FEF7}"), "لا");
        // Ligature of Allah.
        assert_eq!(normalize("\u{FDF2}"), "الله");
        // A presentation form of a vowel sign leaves only its spacing part.
        assert_eq!(normalize("\u{FE76}"), " ");
    }

    #[test]
    fn composed_hamza_sequences_fold_like_precomposed_letters() {
        assert_eq!(normalize("\u{0627}\u{0654}"), normalize("أ"));
        assert_eq!(normalize("\u{064A}\u{0654}"), normalize("ئ"));
        assert_eq!(normalize("\u{06D5}\u{0654}"), normalize("ۀ"));
    }

    #[test]
    fn latin_only_changes_under_nfkc() {
        assert_eq!(normalize("Kafr Dabla, 1,200 km."), "Kafr Dabla, 1,200 km.");
        assert_eq!(normalize("ﬁre\u{00A0}e\u{0301}"), "fire é");
    }

    #[test]
    fn map_points_back_to_original_characters() {
        let original = "بِسْمِ ١٢";
        let normalized = normalize_with_map(original);
        assert_eq!(normalized.text, "بسم 12");
        assert_map_is_valid(original, &normalized);
        // "بسم" spans the letters and their marks.
        assert_eq!(normalized.original_span(0..6), 0..12);
        assert_eq!(&original[normalized.original_span(7..8)], "١");
        assert_eq!(&original[normalized.original_span(7..9)], "١٢");
    }

    #[test]
    fn map_of_a_presentation_form_covers_the_whole_form() {
        let original = "x\u{FEF7}y";
        let normalized = normalize_with_map(original);
        assert_eq!(normalized.text, "xلاy");
        assert_map_is_valid(original, &normalized);
        assert_eq!(&original[normalized.original_span(1..5)], "\u{FEF7}");
    }

    /// Strings biased toward what normalization has to handle.
    fn arabic_heavy() -> impl Strategy<Value = String> {
        let interesting = prop_oneof![
            4 => 0x0600u32..=0x06FF,
            1 => 0x0750u32..=0x077F,
            1 => 0x08A0u32..=0x08FF,
            2 => 0xFB50u32..=0xFDFF,
            2 => 0xFE70u32..=0xFEFF,
            1 => 0x2000u32..=0x206F,
            1 => 0x0300u32..=0x036F,
            1 => 0x0020u32..=0x007E,
            1 => 0x00A0u32..=0x024F,
        ];
        proptest::collection::vec(interesting, 0..40)
            .prop_map(|points| points.into_iter().filter_map(char::from_u32).collect())
    }

    fn check_properties(input: &str) -> Result<(), TestCaseError> {
        let once = normalize(input);
        prop_assert_eq!(&normalize(&once), &once, "not idempotent on {:?}", input);
        let mapped = normalize_with_map(input);
        prop_assert_eq!(&mapped.text, &once);
        prop_assert_eq!(mapped.map.len(), mapped.text.len() + 1);
        prop_assert_eq!(*mapped.map.last().unwrap(), input.len());
        prop_assert!(mapped.map.windows(2).all(|p| p[0] <= p[1]));
        prop_assert!(mapped.map.iter().all(|&o| input.is_char_boundary(o)));
        // The result is NFKC apart from what folding changes on purpose.
        prop_assert!(
            unicode_normalization::is_nfkc(&once),
            "not NFKC: {:?}",
            once
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn properties_hold_on_arbitrary_strings(input in any::<String>()) {
            check_properties(&input)?;
        }

        #[test]
        fn properties_hold_on_arabic_heavy_strings(input in arabic_heavy()) {
            check_properties(&input)?;
        }
    }
}
