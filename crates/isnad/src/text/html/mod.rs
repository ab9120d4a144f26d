//! HTML markup masked out of a text without moving a byte, as [`super::markdown`] does for
//! Markdown: a web page saved from an outlet's site can be a source as it is, and every offset
//! found in the masked text is an offset into the page.
//!
//! The page is tokenized by `html5gum` (the WHATWG tokenizer, so comments, attributes holding
//! `>` and `<` inside scripts are read as a browser reads them). In the masked text:
//! - text between tags stays where it is, its line breaks made spaces (a paragraph of HTML source
//!   wrapped over several lines is still one paragraph);
//! - a character reference becomes its character, padded with spaces to the reference's length
//!   (`&nbsp;` is a no-break space and five spaces, which the display text drops);
//! - tags are spaces, except that a block tag (`<p>`, `<div>`, `<h2>`, `<li>`, `<br>`, …) starts
//!   with a blank line, so blocks are paragraphs and sentences never cross them, and that a `<q>`
//!   and its `</q>` are the quotation marks a browser shows for them, written where each tag
//!   starts (`“` and `”`; `‘` and `’` for a `<q>` inside another), each 3 bytes, as is the
//!   shortest tag (`<q>`);
//! - what is not prose is all spaces: `<head>` (title, scripts, styles), `<script>`, `<style>`,
//!   `<noscript>`, `<template>`, `<svg>`, `<nav>` and the like;
//! - `<h1>`–`<h6>` are reported as headings.

use std::ops::Range;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};

use super::markdown::Masked;

/// Elements whose content is not prose: the page's head, code, embedded objects, navigation,
/// side boxes ("most read") and form controls.
const HIDDEN: &[&[u8]] = &[
    b"head",
    b"title",
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"math",
    b"iframe",
    b"object",
    b"canvas",
    b"nav",
    b"aside",
    b"select",
    b"textarea",
    b"button",
    b"noembed",
    b"noframes",
];

/// What a `<head>` may hold; any other element starts the body, as in a browser.
const HEAD_CONTENT: &[&[u8]] = &[
    b"title",
    b"meta",
    b"link",
    b"style",
    b"script",
    b"noscript",
    b"base",
    b"template",
];

/// Elements that start a new block of text (`br` only a new line).
const BLOCKS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"caption",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"legend",
    b"li",
    b"main",
    b"menu",
    b"ol",
    b"optgroup",
    b"option",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"tr",
    b"ul",
];

/// Elements without content or end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
    b"source", b"track", b"wbr",
];

fn is_heading(name: &[u8]) -> bool {
    matches!(name, [b'h', b'1'..=b'6'])
}

/// Whether a file name says HTML (`.html`, `.htm`, `.xhtml`).
pub fn is_html_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")
}

/// One thing the tokenizer saw, with its byte span.
enum Event {
    Open(Vec<u8>),
    /// `>` or `/>` (`self_closing`) closing the tag just opened.
    CloseStart {
        self_closing: bool,
    },
    End(Vec<u8>),
    Text(Vec<u8>),
}

/// Masks the HTML markup of `text`; `mask(t).text.len() == t.len()`.
pub fn mask(text: &str) -> Masked {
    let mut emitter = CallbackEmitter::new(
        |event: CallbackEvent<'_>, span: Span<usize>| -> Option<(Event, Range<usize>)> {
            let event = match event {
                CallbackEvent::OpenStartTag { name } => Event::Open(name.to_ascii_lowercase()),
                CallbackEvent::CloseStartTag { self_closing } => Event::CloseStart { self_closing },
                CallbackEvent::EndTag { name } => Event::End(name.to_ascii_lowercase()),
                CallbackEvent::String { value } => Event::Text(value.to_vec()),
                _ => return None,
            };
            Some((event, span.start..span.end))
        },
    );
    // Script and style content is raw text, not markup (`"<p>"` inside a script string).
    emitter.naively_switch_states(true);

    let mut out = vec![b' '; text.len()];
    let mut headings: Vec<Range<usize>> = Vec::new();
    let mut open_heading: Option<usize> = None;
    let mut elements = OpenElements::default();
    // A `<q>` whose start tag is still being read: where it starts and how deep it is.
    let mut open_q: Option<(usize, usize)> = None;
    for (event, span) in Tokenizer::new_with_emitter(text, emitter).flatten() {
        let span = span.start.min(text.len())..span.end.min(text.len());
        match event {
            Event::Open(name) => {
                let hides = elements.open(&name);
                open_q = (name == b"q" && !elements.hiding())
                    .then(|| (span.start, elements.count(b"q")))
                    .filter(|&(_, depth)| depth > 0);
                if name == b"br" {
                    // A line break inside the paragraph; two of them are a blank line.
                    if let Some(b) = out.get_mut(span.start) {
                        *b = b'\n';
                    }
                } else if hides || BLOCKS.contains(&name.as_slice()) {
                    start_block(&mut out, &span);
                }
                if is_heading(&name) && !elements.hiding() {
                    open_heading = Some(span.start);
                }
            }
            Event::CloseStart { self_closing } => {
                if let Some((start, depth)) = open_q.take() {
                    // The whole start tag, `<q` to its `>`, is at least the mark's 3 bytes.
                    quotation_mark(&mut out, start..span.end, depth, true);
                }
                if self_closing {
                    elements.self_closed();
                }
            }
            Event::End(name) => {
                if name == b"q" && !elements.hiding() {
                    // The innermost open `<q>` ends here, if there is one (a browser ignores a
                    // stray `</q>`).
                    if elements.closes(&name) {
                        quotation_mark(&mut out, span.clone(), elements.count(b"q"), false);
                    }
                }
                let hid = elements.close(&name);
                if hid || BLOCKS.contains(&name.as_slice()) {
                    start_block(&mut out, &span);
                }
                if let (true, Some(start)) = (is_heading(&name), open_heading.take()) {
                    headings.push(start..span.start);
                }
            }
            Event::Text(decoded) if !elements.hiding() => {
                let raw = &text[span.clone()];
                if !place_decoded(raw, &decoded, &mut out[span.clone()]) {
                    // The decoding cannot be lined up with the source (a legacy reference
                    // without `;`): show the run as written.
                    place_raw(raw, &mut out[span]);
                }
            }
            Event::Text(_) => {}
        }
    }
    Masked {
        text: String::from_utf8(out).expect("only whole characters are copied"),
        headings,
        block_starts: Vec::new(),
        soft_breaks: Vec::new(),
    }
}

/// The elements open at a point of the page, innermost last, and how many of them hide their
/// content. An end tag closes the elements opened inside its own, as in a browser, so a hidden
/// element left open (an `<svg>` in a `<nav>`, a `<nav>` in a `<div>`) ends with its parent.
#[derive(Default)]
struct OpenElements {
    open: Vec<(Vec<u8>, bool)>,
    hiding: usize,
    /// Where the `<head>` is in `open`, while it is.
    head: Option<usize>,
    /// The element just opened is an `<svg>` or `<math>`, whose start tag may close it.
    foreign_just_opened: bool,
}

/// How far back an end tag looks for its element, and how deep the stack may grow: keeps a
/// broken page (thousands of unclosed tags) linear.
const LOOK_BACK: usize = 64;
const MAX_OPEN: usize = 4096;

impl OpenElements {
    /// Whether an open element hides what is inside it.
    fn hiding(&self) -> bool {
        self.hiding > 0
    }

    fn truncate(&mut self, len: usize) {
        while self.open.len() > len {
            if let Some((_, hides)) = self.open.pop() {
                self.hiding -= usize::from(hides);
            }
        }
        if self.head.is_some_and(|h| h >= len) {
            self.head = None;
        }
    }

    /// Notes an element opening; true when it hides its content.
    fn open(&mut self, name: &[u8]) -> bool {
        if name == b"body" {
            // A head left open ends where the body starts.
            self.truncate(0);
        } else if let Some(head) = self.head.filter(|_| !HEAD_CONTENT.contains(&name)) {
            // … or at the first element a head cannot hold.
            self.truncate(head);
        }
        let hides = HIDDEN.contains(&name);
        self.foreign_just_opened = matches!(name, b"svg" | b"math");
        if VOID.contains(&name) {
            return hides;
        }
        if self.open.len() < MAX_OPEN || hides {
            if name == b"head" {
                self.head = Some(self.open.len());
            }
            self.open.push((name.to_vec(), hides));
            self.hiding += usize::from(hides);
        }
        hides
    }

    /// `/>` ends an element only in SVG and MathML; elsewhere a browser ignores it (a
    /// `<script …/>` still runs to `</script>`).
    fn self_closed(&mut self) {
        // Both are hidden, so always on the stack.
        if std::mem::take(&mut self.foreign_just_opened) {
            self.truncate(self.open.len().saturating_sub(1));
        }
    }

    /// How many elements named `name` are open.
    fn count(&self, name: &[u8]) -> usize {
        self.open.iter().filter(|(n, _)| n == name).count()
    }

    /// Whether an end tag `name` closes an open element (one within [`LOOK_BACK`]).
    fn closes(&self, name: &[u8]) -> bool {
        self.open
            .iter()
            .rev()
            .take(LOOK_BACK)
            .any(|(n, _)| n == name)
    }

    /// Notes an end tag; true when it closes a hidden element.
    fn close(&mut self, name: &[u8]) -> bool {
        self.foreign_just_opened = false;
        let before = self.hiding;
        if matches!(name, b"body" | b"html") {
            self.truncate(0);
        } else if let Some(at) = self
            .open
            .iter()
            .rev()
            .take(LOOK_BACK)
            .position(|(n, _)| n == name)
        {
            self.truncate(self.open.len() - 1 - at);
        }
        self.hiding < before
    }
}

/// The quotation mark a browser shows for a `<q>` (`opening`) or its `</q>`, written where the
/// tag `span` starts: double quotes for a quotation `depth` 1, single ones inside it, double
/// again inside that (the default `quotes` of CSS for English).
fn quotation_mark(out: &mut [u8], span: Range<usize>, depth: usize, opening: bool) {
    let mark = match (depth % 2 == 1, opening) {
        (true, true) => '\u{201c}',
        (true, false) => '\u{201d}',
        (false, true) => '\u{2018}',
        (false, false) => '\u{2019}',
    };
    let mut bytes = [0; 4];
    let mark = mark.encode_utf8(&mut bytes).as_bytes();
    if span.len() >= mark.len() {
        out[span.start..span.start + mark.len()].copy_from_slice(mark);
    }
}

/// A blank line where a block tag stands (every tag is at least two bytes: `<p`).
fn start_block(out: &mut [u8], span: &Range<usize>) {
    if span.len() >= 2 {
        out[span.start] = b'\n';
        out[span.start + 1] = b'\n';
    }
}

/// Writes the decoded text of a run into `out` (the run's bytes in the masked text), each
/// character at the place of its source: a character reference's character(s) where the
/// reference starts, then spaces. Line breaks and tabs become spaces. False when the two cannot
/// be lined up; `out` is then partly written and must be written again.
fn place_decoded(raw: &str, decoded: &[u8], out: &mut [u8]) -> bool {
    let Ok(decoded) = std::str::from_utf8(decoded) else {
        return false;
    };
    let (mut i, mut j) = (0, 0);
    while i < raw.len() {
        let Some(d) = decoded[j..].chars().next() else {
            return false;
        };
        let r = raw[i..]
            .chars()
            .next()
            .expect("i is on a character boundary");
        let (raw_len, decoded_len) = if r == '&' {
            match reference_at(&raw[i..], &decoded[j..]) {
                Some(lens) => lens,
                None => return false,
            }
        } else if r == '\r' && d == '\n' {
            // The tokenizer reads CR LF (and a lone CR) as LF.
            (if raw[i..].starts_with("\r\n") { 2 } else { 1 }, 1)
        } else if r == d {
            (r.len_utf8(), d.len_utf8())
        } else {
            return false;
        };
        let piece = &decoded[j..j + decoded_len];
        if matches!(d, '\n' | '\t' | '\r') {
            out[i] = b' ';
        } else {
            out[i..i + decoded_len].copy_from_slice(piece.as_bytes());
        }
        i += raw_len;
        j += decoded_len;
    }
    j == decoded.len()
}

/// At a `&` of the raw run: how many raw bytes the reference takes and how many bytes of the
/// decoded run it became. The reference is decoded alone, by the same tokenizer, so every
/// name is read as in the run: `&nbsp;`, `&#1580;`, two-character ones (`&fjlig;`), legacy
/// ones without `;` (`&copy 2026`; `&notit;` is `&not` + `it;`), and a `&` that starts none
/// (`AT&T`, `&bogus;`). `None` when the decoded run does not go on with what it became.
fn reference_at(raw: &str, decoded: &str) -> Option<(usize, usize)> {
    let name_len = raw[1..]
        .bytes()
        .take(40)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    let end = name_len + 1 + usize::from(raw.as_bytes().get(name_len + 1) == Some(&b';'));
    let slice = &raw[..end];
    let alone = decode_alone(slice);
    // What the tokenizer passed through unchanged at the end is not part of the reference.
    let tail = slice
        .bytes()
        .rev()
        .zip(alone.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(end - 1);
    let (raw_len, became) = if alone == slice {
        (1, "&")
    } else {
        (end - tail, &alone[..alone.len() - tail])
    };
    (!became.is_empty() && became.len() <= raw_len && decoded.starts_with(became))
        .then_some((raw_len, became.len()))
}

/// The character reference with its `;` at the start of `s` (`&amp;`, `&nbsp;`, `&#8217;`, as
/// CommonMark reads them) and what it stands for, with its length in bytes; `None` when `s`
/// starts with none.
pub(crate) fn terminated_reference(s: &str) -> Option<(usize, String)> {
    let name_len = s
        .strip_prefix('&')?
        .bytes()
        .take(40)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    if name_len == 0 || s.as_bytes().get(name_len + 1) != Some(&b';') {
        return None;
    }
    let raw = &s[..name_len + 2];
    let decoded = decode_alone(raw);
    (!decoded.is_empty() && decoded != raw).then_some((raw.len(), decoded))
}

/// What `s` (one reference and perhaps some text after it) becomes as text of a page.
fn decode_alone(s: &str) -> String {
    let emitter = CallbackEmitter::new(
        |event: CallbackEvent<'_>, _span: Span<()>| -> Option<Vec<u8>> {
            match event {
                CallbackEvent::String { value } => Some(value.to_vec()),
                _ => None,
            }
        },
    );
    let bytes: Vec<u8> = Tokenizer::new_with_emitter(s, emitter)
        .flatten()
        .flatten()
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Writes a run as written, line breaks and tabs made spaces.
fn place_raw(raw: &str, out: &mut [u8]) {
    for (o, b) in out.iter_mut().zip(raw.bytes()) {
        *o = if matches!(b, b'\n' | b'\r' | b'\t') {
            b' '
        } else {
            b
        };
    }
}

#[cfg(test)]
mod tests;
