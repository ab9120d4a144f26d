//! The prose of a text as a reader reads it, with a map back to the text's byte offsets.
//!
//! The masked text of a Markdown or HTML document ([`super::Markup::mask`]) keeps every byte in
//! place: markup is spaces, a character reference is its character padded with spaces. That is
//! what offsets need, but not what names are matched in: `Kafr&nbsp;Dabla` masks to `Kafr`, a
//! no-break space, four spaces and `Dabla`. A [`ProseView`] drops the markup (bytes the mask made
//! spaces that were not white space in the original), as the display text of a sentence does,
//! and turns each run of white space (no-break, narrow and figure spaces and tabs included) into
//! one plain space, so `Kafr&nbsp;Dabla`, `Kafr\u{a0}Dabla` and `Kafr  Dabla` all read
//! `Kafr Dabla`. A soft hyphen or a zero-width character inside a word
//! ([`super::is_invisible`]) is not read either: `Sal\u{200B}ma` and `Lata\u{AD}kia` read
//! `Salma` and `Latakia` (between words, a bidi mark stays). Every byte of the view knows the
//! byte of the original it stands for.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;

use super::is_invisible;

/// What becomes of a run of white space holding a line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaks {
    /// One space, like any other run (a line break inside a paragraph is a space).
    Fold,
    /// Kept as it is (its markup dropped), so a line still ends where it did — unless every
    /// line break of the run is a soft one of Markdown (inside a paragraph, a reader reads it as
    /// a space: `Kafr` at a line's end and `Dabla` at the next line's start are one name).
    Keep,
}

/// The prose of a text, markup dropped and white space folded, with a map to the text's offsets.
#[derive(Debug, Clone)]
pub struct ProseView<'a> {
    text: Cow<'a, str>,
    /// For each byte of `text`, the byte of the original it stands for (a folded space: the
    /// first byte of its run); `None` when the view is the original itself.
    map: Option<Vec<usize>>,
    original_len: usize,
}

impl<'a> ProseView<'a> {
    /// The view of `original`, whose masked text is `masked` (`original` itself for plain text;
    /// both the same length).
    pub fn new(original: &'a str, masked: &str, breaks: Breaks) -> ProseView<'a> {
        ProseView::with_soft_breaks(original, masked, breaks, &[])
    }

    /// [`ProseView::new`], where the line-break bytes at the (sorted) offsets `soft_breaks` are
    /// soft ones ([`super::markdown::Masked::soft_breaks`]): with `Breaks::Keep` a run whose
    /// line breaks are all soft is one space too.
    pub fn with_soft_breaks(
        original: &'a str,
        masked: &str,
        breaks: Breaks,
        soft_breaks: &[usize],
    ) -> ProseView<'a> {
        debug_assert_eq!(original.len(), masked.len());
        let bytes = masked.as_bytes();
        let is_markup = |i: usize| is_markup(original, masked, i);
        let mut out = String::with_capacity(masked.len());
        let mut map = Vec::with_capacity(masked.len());
        let mut i = 0;
        while i < bytes.len() {
            if is_markup(i) {
                i += 1;
                continue;
            }
            let c = masked[i..]
                .chars()
                .next()
                .expect("i is on a character boundary");
            if !c.is_whitespace() {
                // A soft hyphen or a zero-width character inside a word is not read.
                if is_invisible(c) && inside_word(&out, &masked[i..]) {
                    i += c.len_utf8();
                    continue;
                }
                out.push(c);
                map.extend(i..i + c.len_utf8());
                i += c.len_utf8();
                continue;
            }
            // A run of white space, with the markup inside it.
            let run_start = i;
            let mut run: Vec<(usize, char)> = Vec::new();
            while i < bytes.len() {
                if is_markup(i) {
                    i += 1;
                    continue;
                }
                match masked[i..].chars().next() {
                    Some(w) if w.is_whitespace() => {
                        run.push((i, w));
                        i += w.len_utf8();
                    }
                    _ => break,
                }
            }
            let has_break = run
                .iter()
                .any(|&(at, w)| is_line_break(w) && soft_breaks.binary_search(&at).is_err());
            if breaks == Breaks::Keep && has_break {
                for (at, w) in run {
                    out.push(w);
                    map.extend(at..at + w.len_utf8());
                }
            } else {
                out.push(' ');
                map.push(run_start);
            }
        }
        let identity = out == original;
        ProseView {
            text: if identity {
                Cow::Borrowed(original)
            } else {
                Cow::Owned(out)
            },
            map: (!identity).then_some(map),
            original_len: original.len(),
        }
    }

    /// The view of a plain text: white space folded, nothing dropped.
    pub fn plain(text: &'a str, breaks: Breaks) -> ProseView<'a> {
        ProseView::new(text, text, breaks)
    }

    /// The prose.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the view is the original text itself (offsets need no mapping).
    pub fn is_identity(&self) -> bool {
        self.map.is_none()
    }

    /// The offset in the original of the start of what begins at byte `i` of the view.
    pub fn to_original(&self, i: usize) -> usize {
        match &self.map {
            None => i,
            Some(map) => map.get(i).copied().unwrap_or(self.original_len),
        }
    }

    /// The offset in the original of the end of what ends at byte `j` of the view (exclusive):
    /// right after the character the view's last byte stands for.
    pub fn to_original_end(&self, j: usize, original: &str) -> usize {
        match &self.map {
            None => j,
            Some(_) if j == 0 => self.to_original(0),
            Some(map) => {
                let mut end = map[j - 1] + 1;
                while !original.is_char_boundary(end) {
                    end += 1;
                }
                // A character reference ends where its `;` does, not where its character does.
                end_past_reference(original, end, |i| map.binary_search(&i).is_err())
            }
        }
    }

    /// The byte of the view at or after offset `o` of the original.
    pub fn from_original(&self, o: usize) -> usize {
        match &self.map {
            None => o,
            Some(map) => map.partition_point(|&m| m < o),
        }
    }
}

/// `masked` with each character reference that it keeps as written in `original` (Markdown's
/// `&nbsp;`, `&amp;`) written as the HTML mask writes one: its character where it starts, then
/// spaces, so that the view reads the character.
pub fn references_decoded<'m>(original: &str, masked: &'m str) -> Cow<'m, str> {
    if !masked.contains('&') {
        return Cow::Borrowed(masked);
    }
    let mut out = masked.as_bytes().to_vec();
    let mut from = 0;
    while let Some(p) = masked[from..].find('&') {
        let at = from + p;
        from = at + 1;
        if original.as_bytes()[at] != b'&' {
            continue;
        }
        let Some((len, decoded)) = super::html::terminated_reference(&masked[at..]) else {
            continue;
        };
        // Only a reference kept whole, and whose character fits in its place.
        if len > decoded.len() && masked[at..at + len] == original[at..at + len] {
            out[at..at + len].fill(b' ');
            out[at..at + decoded.len()].copy_from_slice(decoded.as_bytes());
            from = at + len;
        }
    }
    Cow::Owned(String::from_utf8(out).expect("whole characters over blanks"))
}

/// Where a span of `masked` (the masked text of `original`, offsets kept) that ends at byte
/// `end` ends in `original`: when its last character is a character reference's, past the rest
/// of the reference; when it is the closing mark the HTML mask writes for a `</q>`, past the
/// tag. The HTML mask (and [`references_decoded`]) writes a reference's character where the
/// reference starts and blanks the rest, so a span trimmed of white space would end inside it
/// (`&rd` of `&rdquo;`); a span that starts with one starts at its `&` (or `<q`) already.
pub fn reference_end(original: &str, masked: &str, end: usize) -> usize {
    end_past_reference(original, end, |i| is_markup(original, masked, i))
}

/// [`reference_end`], `blanked(i)` telling whether byte `i` of `original` is markup the mask
/// blanked. The reference is found in `original`: a `&` and name bytes up to `end`, its character
/// written over them; it goes on with more name bytes and perhaps a `;`, as far as they are
/// blanked (a legacy reference without `;`, `&notit;`, ends where its blank does). A `&` that
/// starts no reference (`AT&T`) is written as it is and followed by no blank of its own.
fn end_past_reference(original: &str, end: usize, blanked: impl Fn(usize) -> bool) -> usize {
    // As many name bytes as the HTML mask reads ([`super::html`]).
    const MAX_NAME: usize = 40;
    let bytes = original.as_bytes();
    let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'#';
    if end >= 3
        && bytes[end - 3..end].eq_ignore_ascii_case(b"</q")
        && bytes
            .get(end)
            .is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
    {
        // The mark stands over `</q` (in a page, `</q` is always a tag); the tag goes on to
        // its `>` (`</q >` too).
        return original[end..].find('>').map_or(end, |p| end + p + 1);
    }
    if end == 0 || end >= bytes.len() || !blanked(end) {
        return end;
    }
    let mut amp = end;
    loop {
        if amp == 0 || end - amp > MAX_NAME {
            return end;
        }
        amp -= 1;
        match bytes[amp] {
            b'&' => break,
            b if is_name(b) => {}
            _ => return end,
        }
    }
    let name = bytes[amp + 1..]
        .iter()
        .take(MAX_NAME)
        .take_while(|&&b| is_name(b))
        .count();
    let mut reference_end = amp + 1 + name;
    if bytes.get(reference_end) == Some(&b';') {
        reference_end += 1;
    }
    let mut at = end;
    while at < reference_end && blanked(at) {
        at += 1;
    }
    at
}

/// Whether byte `i` of `masked` (the masked text of `original`, offsets kept) is markup the
/// mask blanked: a blank over what was not white space, unless it is a reference to a white
/// space character (`&#32;`, `&Tab;`), whose character the HTML mask writes where it starts.
pub fn is_markup(original: &str, masked: &str, i: usize) -> bool {
    let orig = original.as_bytes()[i];
    masked.as_bytes()[i] == b' '
        && !orig.is_ascii_whitespace()
        && !(orig == b'&' && is_space_reference(&original[i..]))
}

/// Whether `s` starts with a character reference that may stand for white space: a numeric one
/// (`&#32;`, `&#x20;`) or `&Tab;`, `&NewLine;`.
fn is_space_reference(s: &str) -> bool {
    s.starts_with("&#") || s.starts_with("&Tab;") || s.starts_with("&NewLine;")
}

/// Whether the invisible control that `rest` starts with stands inside a word: a letter, digit
/// or combining mark ends the view so far (`before`) and comes next in `rest`, past more
/// invisible controls.
fn inside_word(before: &str, rest: &str) -> bool {
    let word_char = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    before.chars().next_back().is_some_and(word_char)
        && rest
            .chars()
            .find(|&c| !is_invisible(c))
            .is_some_and(word_char)
}

/// A character that ends a line.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view<'a>(original: &'a str, masked: &str, breaks: Breaks) -> (String, ProseView<'a>) {
        let v = ProseView::new(original, masked, breaks);
        (v.text().to_string(), v)
    }

    #[test]
    fn plain_text_with_single_spaces_is_the_original() {
        let text = "Troops shelled Salma.\r\n\tThen Dorin.";
        let v = ProseView::plain(text, Breaks::Keep);
        assert!(v.is_identity());
        assert_eq!(v.text(), text);
        assert_eq!(v.to_original(5), 5);
        assert_eq!(v.from_original(5), 5);
    }

    #[test]
    fn white_space_runs_are_one_space() {
        let text = "Jisr\u{a0}al-Shughur,  Kafr\tDabla and Kafr\u{202f}\u{2007}Nabl.";
        let (t, v) = view(text, text, Breaks::Keep);
        assert_eq!(t, "Jisr al-Shughur, Kafr Dabla and Kafr Nabl.");
        let at = t.find("Kafr Nabl").unwrap();
        let end = at + "Kafr Nabl".len();
        assert_eq!(
            &text[v.to_original(at)..v.to_original_end(end, text)],
            "Kafr\u{202f}\u{2007}Nabl"
        );
        assert_eq!(
            v.from_original(text.find("Dabla").unwrap()),
            t.find("Dabla").unwrap()
        );
    }

    #[test]
    fn invisible_controls_inside_a_word_are_not_read() {
        let text =
            "Sal\u{200B}ma, Lata\u{AD}kia, Kafr\u{2060}\u{FEFF}nabl and \u{200F}Dorin\u{200F} \
                    سل\u{200C}مى.\u{200F}";
        let (t, v) = view(text, text, Breaks::Keep);
        assert_eq!(
            t,
            "Salma, Latakia, Kafrnabl and \u{200F}Dorin\u{200F} سلمى.\u{200F}"
        );
        let at = t.find("Latakia").unwrap();
        assert_eq!(
            &text[v.to_original(at)..v.to_original_end(at + "Latakia".len(), text)],
            "Lata\u{AD}kia"
        );
        let at = t.find("Kafrnabl").unwrap();
        assert_eq!(
            &text[v.to_original(at)..v.to_original_end(at + "Kafrnabl".len(), text)],
            "Kafr\u{2060}\u{FEFF}nabl"
        );
    }

    #[test]
    fn line_breaks_fold_or_stay() {
        let text = "Al-Sahel\nTV said.\n\nNext.";
        assert_eq!(view(text, text, Breaks::Fold).0, "Al-Sahel TV said. Next.");
        assert!(ProseView::plain(text, Breaks::Keep).is_identity());
        let text = "Al-Sahel \t\nTV";
        assert_eq!(view(text, text, Breaks::Keep).0, "Al-Sahel \t\nTV");
    }

    /// A span whose last character is a character reference's ends after the reference; only
    /// the reference's own blanks are taken, not a tag after it or text a legacy reference
    /// without `;` leaves (`&notit;` is `&not` + `it;`).
    #[test]
    fn a_span_ending_on_a_reference_ends_after_it() {
        let html = "<p>retreated &mdash;</p><p>said &rdquo;<b>x</b> AT&T</p><p>&notit; &amp;</p>";
        let masked = crate::text::html::mask(html).text;
        let end_of = |what: &str| {
            let at = html.find(what).unwrap();
            reference_end(
                html,
                &masked,
                at + masked[at..].chars().next().unwrap().len_utf8(),
            )
        };
        assert_eq!(&html[end_of("&mdash;") - 7..end_of("&mdash;")], "&mdash;");
        assert_eq!(
            &html[html.find("&rdquo;").unwrap()..end_of("&rdquo;")],
            "&rdquo;"
        );
        assert_eq!(
            &html[html.find("&notit").unwrap()..end_of("&notit")],
            "&not"
        );
        assert_eq!(&html[html.find("&amp;").unwrap()..end_of("&amp;")], "&amp;");
        // A `&` that is no reference, a span ending before a tag: nothing to add.
        let t = html.find("AT&T").unwrap() + 4;
        assert_eq!(reference_end(html, &masked, t), t);
        let x = html.find("x</b>").unwrap() + 1;
        assert_eq!(reference_end(html, &masked, x), x);
        // The prose view maps an end the same way.
        let (text, v) = view(html, &masked, Breaks::Fold);
        let at = text.find("retreated").unwrap();
        let end = text.find('\u{2014}').unwrap() + '\u{2014}'.len_utf8();
        assert_eq!(
            &html[v.to_original(at)..v.to_original_end(end, html)],
            "retreated &mdash;"
        );
        // The closing mark the mask writes for a `</q>` ends after the tag.
        let html = "<p>He said <q>go</q ></p>";
        let masked = crate::text::html::mask(html).text;
        let (text, v) = view(html, &masked, Breaks::Fold);
        let at = text.find("He").unwrap();
        let end = text.find('\u{201d}').unwrap() + '\u{201d}'.len_utf8();
        assert_eq!(
            &html[v.to_original(at)..v.to_original_end(end, html)],
            "He said <q>go</q >"
        );
        // Markdown keeps a reference as written; its decoded view ends after it too.
        let md = "Ba&#8217;albek and Ba&#8217;";
        let decoded = references_decoded(md, &crate::text::markdown::mask(md).text).into_owned();
        let v = ProseView::new(md, &decoded, Breaks::Fold);
        assert_eq!(v.text(), "Ba\u{2019}albek and Ba\u{2019}");
        assert_eq!(&md[..v.to_original_end(v.text().len(), md)], md);
        assert_eq!(
            &md[..v.to_original_end("Ba\u{2019}".len(), md)],
            "Ba&#8217;"
        );
    }

    #[test]
    fn markup_is_dropped_and_references_read_as_their_character() {
        let html = "<p>Kafr&nbsp;Dabla and Ba&#8217;albek</p><p>Kafr&#32;Dabla</p>";
        let masked = crate::text::html::mask(html).text;
        let (t, v) = view(html, &masked, Breaks::Fold);
        assert_eq!(t.trim(), "Kafr Dabla and Ba\u{2019}albek Kafr Dabla");
        let at = t.find("Kafr").unwrap();
        let end = at + "Kafr Dabla".len();
        assert_eq!(
            &html[v.to_original(at)..v.to_original_end(end, html)],
            "Kafr&nbsp;Dabla"
        );
        let md =
            "[Al-Sahel TV](https://sahel.tv/news) said **Kafr**dabla `Dorin`, Kafr&nbsp;Dabla \
                  and Ba&#8217;albek &amp; AT&T";
        let masked = crate::text::markdown::mask(md).text;
        let decoded = references_decoded(md, &masked);
        assert_eq!(
            view(md, &decoded, Breaks::Fold).0,
            "Al-Sahel TV said Kafrdabla Dorin, Kafr Dabla and Ba\u{2019}albek & AT&T"
        );
    }
}
