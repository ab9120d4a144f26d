//! Fuzz harnesses for every reader of the library, as property tests (docs/fuzzing.md).
//!
//! Each test is one target. By default a target runs a few dozen to a few hundred cases, so the
//! whole file takes a few seconds in a debug build; `ISNAD_FUZZ_CASES=200000` makes every target
//! run that many cases, and `scripts/fuzz.sh MINUTES [TARGET…]` runs targets in release mode
//! for a given time with fresh seeds. A failure prints the seed (`ISNAD_FUZZ_SEED=…` replays
//! the run) and the shrunk input.
//!
//! The properties: a reader never panics; it returns `Ok`, or an error whose message is one line
//! (no `\n`, no `\r`) that starts with the name of the file it was given; offsets it returns
//! (masked text, headings, block starts, segmentation units) lie on character boundaries of the
//! text, in order.
//!
//! The inputs are not only random strings: each target draws from fragments of its format
//! (tags, entities, markers, keys of the real schema with wrong types, numbers that do not
//! parse), glues them together, starts from a well-formed file and mutates it (inserts,
//! deletions, truncation), so the generated files reach past the first syntax check.

use std::fmt::Debug;
use std::path::Path;

use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, RngSeed, TestCaseResult, TestError, TestRunner};

use isnad::align::beads::parse_ladder;
use isnad::lexicon::parallel::{parse_tmx, TmxFailure};
use isnad::lexicon::{parse_tsv, read_dictd};
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::project::Project;
use isnad::text::{html, markdown, read, Document};
use isnad::Error;

// ---------------------------------------------------------------------------------------------
// The runner

/// Cases per target: `ISNAD_FUZZ_CASES`, or the target's default.
fn cases(default: u32) -> u32 {
    std::env::var("ISNAD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// `ISNAD_FUZZ_SEED`, or a fresh one from the clock (different for every target and run).
fn seed(target: &str) -> u64 {
    if let Some(seed) = std::env::var("ISNAD_FUZZ_SEED")
        .ok()
        .and_then(|v| v.trim().parse().ok())
    {
        return seed;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    target
        .bytes()
        .fold(nanos ^ u64::from(std::process::id()), |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
}

/// Runs `test` on `cases` values of `strategy`; panics with the seed and the shrunk input.
fn fuzz<S>(target: &str, default_cases: u32, strategy: S, test: impl Fn(S::Value) -> TestCaseResult)
where
    S: Strategy,
    S::Value: Debug,
{
    let cases = cases(default_cases);
    let seed = seed(target);
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 10_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    match runner.run(&strategy, test) {
        // scripts/fuzz.sh counts cases from this line.
        Ok(()) => println!("fuzz {target}: {cases} cases passed (seed {seed})"),
        Err(TestError::Fail(reason, input)) => panic!(
            "fuzz {target}: FAILED (replay with ISNAD_FUZZ_SEED={seed}): {reason}\n\
             minimal input: {input:?}"
        ),
        Err(TestError::Abort(reason)) => {
            panic!("fuzz {target}: aborted (seed {seed}): {reason}")
        }
    }
}

/// An error is one line and starts with the file's name.
fn check_error(error: &Error, name: &str) -> TestCaseResult {
    let shown = error.to_string();
    prop_assert!(
        !shown.contains(['\n', '\r']),
        "error message is not one line: {:?}",
        shown
    );
    prop_assert!(
        shown.starts_with(name),
        "error message does not name {:?}: {:?}",
        name,
        shown
    );
    Ok(())
}

fn check_result<T>(result: &isnad::Result<T>, name: &str) -> TestCaseResult {
    match result {
        Ok(_) => Ok(()),
        Err(e) => check_error(e, name),
    }
}

// ---------------------------------------------------------------------------------------------
// Generators

/// Fragments every text format meets: line ends of all kinds, bidi marks, BOMs, Arabic with
/// diacritics and ligatures, numbers, punctuation of both scripts, astral characters.
const COMMON: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{200f}",
    "\u{200e}",
    "\u{202b}",
    "\u{202c}",
    "\u{2067}",
    "\u{feff}",
    "\u{2028}",
    "\u{200b}",
    "\u{0}",
    "قال المرصد السوري",
    "إنّ الاشتباكات",
    "سلمى",
    "ـــ",
    "\u{64b}\u{651}",
    "١٢٣",
    "ﻻ",
    "ﷺ",
    "The Observatory said",
    "Mr.",
    "U.S.",
    "...",
    "…",
    "؟",
    "،",
    "؛",
    ".",
    "!",
    "?",
    ",",
    ";",
    ":",
    "«",
    "»",
    "\"",
    "'",
    "“",
    "”",
    "😀",
    "e\u{301}",
    "\u{fffd}",
    "0",
    "-1",
    "1.5",
    "By Jane Doe",
    "— Jane Doe, Beirut",
    "بقلم",
];

/// One fragment: mostly the format's own, else a common one or random characters; now and
/// then a fragment repeated into a huge run.
fn piece(own: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        12 => select(own).prop_map(str::to_string),
        5 => select(COMMON).prop_map(str::to_string),
        2 => ".{0,6}",
        1 => any::<String>(),
        1 => (select(own), 50..1500usize).prop_map(|(p, n)| p.repeat(n)),
    ]
    .boxed()
}

/// Fragments glued together.
fn soup(own: &'static [&'static str], max: usize) -> BoxedStrategy<String> {
    proptest::collection::vec(piece(own), 0..max)
        .prop_map(|v| v.concat())
        .boxed()
}

/// The largest character boundary of `s` at or before `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(Index, String),
    Delete(Index, Index),
    Truncate(Index),
    Duplicate(Index, Index),
}

fn apply(mut s: String, mutations: Vec<Mutation>) -> String {
    for m in mutations {
        match m {
            Mutation::Insert(at, text) => {
                let at = floor_boundary(&s, at.index(s.len() + 1));
                s.insert_str(at, &text);
            }
            Mutation::Delete(at, len) => {
                let start = floor_boundary(&s, at.index(s.len() + 1));
                let end = floor_boundary(&s, start + len.index(33));
                s.replace_range(start..end.max(start), "");
            }
            Mutation::Truncate(at) => {
                let at = floor_boundary(&s, at.index(s.len() + 1));
                s.truncate(at);
            }
            Mutation::Duplicate(at, len) => {
                let start = floor_boundary(&s, at.index(s.len() + 1));
                let end = floor_boundary(&s, start + len.index(200)).max(start);
                let copy = s[start..end].to_string();
                s.insert_str(end, &copy);
            }
        }
    }
    s
}

/// A well-formed input with a few mutations made of the format's fragments.
fn mutated(
    base: BoxedStrategy<String>,
    own: &'static [&'static str],
    max_mutations: usize,
) -> BoxedStrategy<String> {
    let mutation = prop_oneof![
        5 => (any::<Index>(), piece(own)).prop_map(|(at, p)| Mutation::Insert(at, p)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(at, n)| Mutation::Delete(at, n)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
    ];
    (
        base,
        proptest::collection::vec(mutation, 0..max_mutations + 1),
    )
        .prop_map(|(s, m)| apply(s, m))
        .boxed()
}

/// Short prose in either script, for the text inside well-formed files.
fn prose() -> BoxedStrategy<String> {
    const WORDS: &[&str] = &[
        "قال",
        "المرصد",
        "السوري",
        "إن",
        "الجيش",
        "تقدم",
        "نحو",
        "سلمى",
        "the",
        "Observatory",
        "said",
        "army",
        "advanced",
        "Salma",
        "Dr.",
        "3.5",
        "«",
        "»",
        ".",
        "؟",
        "&",
        "<",
        "*",
        "_",
    ];
    proptest::collection::vec(select(WORDS), 0..12)
        .prop_map(|w| w.join(" "))
        .boxed()
}

/// Bytes shown as a byte string literal when a case fails.
#[derive(Clone)]
struct Bytes(Vec<u8>);

impl Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "b\"{}\"", self.0.escape_ascii())
    }
}

// ---------------------------------------------------------------------------------------------
// Offsets

/// The masked text keeps every offset: same length; in Markdown every character of the text is
/// kept or blanked byte for byte; in HTML every character of the masked text that is not white
/// space stands where the page has it, or where a reference to it starts. Headings and block
/// starts are ordered character boundaries of the text.
fn check_masked(text: &str, m: &markdown::Masked, html: bool) -> TestCaseResult {
    prop_assert_eq!(m.text.len(), text.len());
    if html {
        for (i, c) in m.text.char_indices() {
            if c != ' ' && c != '\n' {
                prop_assert!(
                    text.is_char_boundary(i),
                    "masked {:?} at {} splits a character",
                    c,
                    i
                );
                let here = &text[i..];
                // A reference's characters stand where it starts (`&fjlig;` is "fj" + 5 spaces).
                let in_reference = text.as_bytes()[i.saturating_sub(40)..=i].contains(&b'&');
                // A `<q>` element's quotation mark stands where its tag starts.
                let q_mark = matches!(c, '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
                    && (here.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("<q"))
                        || here.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("</q")));
                prop_assert!(
                    here.starts_with(c)
                        || (in_reference && here.as_bytes()[0].is_ascii())
                        || q_mark,
                    "masked text has {:?} at {} where the page has {:?}",
                    c,
                    i,
                    here.chars().next()
                );
            }
        }
    } else {
        let masked = m.text.as_bytes();
        for (i, c) in text.char_indices() {
            let kept = &masked[i..i + c.len_utf8()];
            prop_assert!(
                kept == &text.as_bytes()[i..i + c.len_utf8()] || kept.iter().all(|&b| b == b' '),
                "{:?} at {} is neither kept nor blanked: {:?}",
                c,
                i,
                kept
            );
        }
    }
    let mut last_end = 0;
    for h in &m.headings {
        prop_assert!(h.start <= h.end && h.end <= text.len(), "heading {:?}", h);
        prop_assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
        prop_assert!(
            h.start >= last_end,
            "headings out of order: {:?}",
            m.headings
        );
        last_end = h.end;
    }
    for w in m.block_starts.windows(2) {
        prop_assert!(
            w[0] <= w[1],
            "block starts out of order: {:?}",
            m.block_starts
        );
    }
    for &b in &m.block_starts {
        prop_assert!(
            b <= text.len() && text.is_char_boundary(b),
            "block start {}",
            b
        );
    }
    Ok(())
}

/// 1-based line and column (in characters) of `offset`, counting CR LF, LF and a lone CR as
/// line ends.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    let bytes = text.as_bytes();
    for (i, c) in text[..offset].char_indices() {
        match c {
            '\n' => (line, column) = (line + 1, 1),
            '\r' if bytes.get(i + 1) != Some(&b'\n') => (line, column) = (line + 1, 1),
            '\r' => {}
            _ => column += 1,
        }
    }
    (line, column)
}

/// Units of a document: numbered in order, non-empty, on character boundaries, not
/// overlapping, lines and columns right, display text on one line.
fn check_units(doc: &Document) -> TestCaseResult {
    let text = &doc.text;
    let mut last_end = 0;
    let mut last_paragraph = 0;
    for (i, u) in doc.units.iter().enumerate() {
        prop_assert_eq!(u.index, i);
        prop_assert!(
            u.start < u.end && u.end <= text.len(),
            "unit {} span {}..{}",
            i,
            u.start,
            u.end
        );
        prop_assert!(
            text.is_char_boundary(u.start) && text.is_char_boundary(u.end),
            "unit {} span {}..{} splits a character",
            i,
            u.start,
            u.end
        );
        prop_assert!(
            u.start >= last_end,
            "unit {} starts before the previous one ends",
            i
        );
        prop_assert!(
            u.paragraph >= last_paragraph,
            "paragraph numbers go back at unit {}",
            i
        );
        prop_assert_eq!((u.line, u.column), line_column(text, u.start), "unit {}", i);
        prop_assert!(
            !u.text.contains(['\n', '\r']),
            "unit {} text {:?}",
            i,
            u.text
        );
        last_end = u.end;
        last_paragraph = u.paragraph;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Markdown

const MARKDOWN: &[&str] = &[
    "# ",
    "## ",
    "###### ",
    "#",
    "####### ",
    " #",
    "\n===\n",
    "\n---\n",
    "=",
    "-",
    "*",
    "**",
    "***",
    "_",
    "__",
    "~~",
    "~",
    "`",
    "``",
    "```",
    "```rust\n",
    "~~~",
    "\n```\n",
    "    ",
    "[",
    "]",
    "](",
    ")",
    "(",
    "[link](http://example.com)",
    "![image](a.png)",
    "[ref]",
    "[ref]: http://u \"t\"\n",
    "<http://example.com>",
    "<a@b.c>",
    "<b>",
    "</b>",
    "<span class=\"x\">",
    "<!--",
    "-->",
    "<!-- c -->",
    "<div>\n",
    "</div>\n",
    "> ",
    ">",
    "> > ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "1) ",
    "99999999999. ",
    "- [ ] ",
    "| a | b |\n",
    "|---|:-:|\n",
    "| قال | said |\n",
    "\\",
    "\\*",
    "\\_",
    "\\\n",
    "&amp;",
    "&nbsp;",
    "&#1575;",
    "---",
    "***",
    "___",
    "* * *",
    "<br>",
    "word_with_under",
    "5 * 3",
    "don't",
    "**قال**",
    "*المرصد*",
    "_x_",
    "`code`",
    "a\u{301}",
    "\u{200f}**",
];

fn markdown_text() -> BoxedStrategy<String> {
    let doc = proptest::collection::vec(
        (
            select(
                &[
                    "# ", "## ", "> ", "- ", "1. ", "", "", "    ", "```\n", "| ",
                ][..],
            ),
            prose(),
            select(
                &[
                    "\n", "\n\n", "\r\n", "\r\n\r\n", "\n===\n", "\n---\n", "  \n",
                ][..],
            ),
        )
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        0..12,
    )
    .prop_map(|v| v.concat())
    .boxed();
    prop_oneof![
        3 => soup(MARKDOWN, 60),
        3 => mutated(doc, MARKDOWN, 6),
        1 => any::<String>(),
    ]
    .boxed()
}

#[test]
fn markdown_mask() {
    fuzz("markdown_mask", 300, markdown_text(), |text| {
        let m = markdown::mask(&text);
        check_masked(&text, &m, false)
    });
}

#[test]
fn markdown_segment() {
    fuzz("markdown_segment", 150, markdown_text(), |text| {
        check_units(&Document::from_text("fuzz/report.md", &text, None))?;
        // The same text as plain text goes through the plain segmenter.
        check_units(&Document::from_text("fuzz/report.txt", &text, None))
    });
}

// ---------------------------------------------------------------------------------------------
// HTML

const HTML: &[&str] = &[
    "<!DOCTYPE html>",
    "<html>",
    "</html>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    "<title>",
    "</title>",
    "<meta charset=\"utf-8\">",
    "<p>",
    "</p>",
    "<p/>",
    "<div class=\"a>b\">",
    "</div>",
    "<h1>",
    "</h1>",
    "<h2 id='x'>",
    "</h2>",
    "<h6>",
    "</h6>",
    "<li>",
    "<ul>",
    "</ul>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "<pre>",
    "</pre>",
    "<br>",
    "<br/>",
    "</br>",
    "<hr>",
    "<b>",
    "</b>",
    "<a href=\"?a=1&amp;b=2\">",
    "</a>",
    "<img alt=\"<p>\">",
    "<script>",
    "</script>",
    "<script>if (a<b) x = '</p>';</script>",
    "<style>",
    "</style>",
    "<noscript>",
    "<template>",
    "</template>",
    "<svg>",
    "</svg>",
    "<svg/>",
    "<math>",
    "</math>",
    "<nav>",
    "</nav>",
    "<aside>",
    "<textarea>",
    "</textarea>",
    "<plaintext>",
    "<xmp>",
    "<iframe>",
    "<!-- x -->",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "<?xml version=\"1.0\"?>",
    "&nbsp;",
    "&amp;",
    "&AMP;",
    "&amp",
    "&lt;",
    "&gt",
    "&#1580;",
    "&#x627;",
    "&#x1F600;",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&#128;",
    "&#",
    "&#x",
    "&#;",
    "&copy",
    "&copy 2026",
    "&notit;",
    "&not",
    "&fjlig;",
    "&nGt;",
    "&NotEqualTilde;",
    "&bogus;",
    "&",
    ";",
    "<",
    ">",
    "</",
    "=",
    "'",
    "\"",
    "<p",
    "<h1",
    "</h1",
    "<x y=\"",
];

fn html_text() -> BoxedStrategy<String> {
    let page = proptest::collection::vec(
        (
            select(
                &[
                    "p", "h1", "h3", "div", "li", "span", "nav", "script", "td", "b",
                ][..],
            ),
            prose(),
        )
            .prop_map(|(tag, text)| format!("<{tag}>{text}</{tag}>\n")),
        0..10,
    )
    .prop_map(|v| {
        format!(
            "<html><head><title>t</title></head><body>{}</body></html>",
            v.concat()
        )
    })
    .boxed();
    prop_oneof![
        3 => soup(HTML, 60),
        3 => mutated(page, HTML, 6),
        1 => any::<String>(),
    ]
    .boxed()
}

#[test]
fn html_mask() {
    fuzz("html_mask", 200, html_text(), |text| {
        let m = html::mask(&text);
        check_masked(&text, &m, true)
    });
}

#[test]
fn html_segment() {
    fuzz("html_segment", 100, html_text(), |text| {
        check_units(&Document::from_text("fuzz/page.html", &text, None))
    });
}

// ---------------------------------------------------------------------------------------------
// TMX

const TMX: &[&str] = &[
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
    "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
    "<!DOCTYPE x [<!ENTITY e \"v\">]>",
    "<tmx version=\"1.4\">",
    "<tmx>",
    "</tmx>",
    "<header srclang=\"ar\"/>",
    "<header>",
    "</header>",
    "<body>",
    "</body>",
    "<tu>",
    "<tu tuid=\"1\">",
    "</tu>",
    "<tuv xml:lang=\"ar\">",
    "<tuv xml:lang=\"ar-SY\">",
    "<tuv lang=\"EN\">",
    "<tuv xml:lang=\"en_GB\">",
    "<tuv xml:lang=\"ara\">",
    "<tuv xml:lang=\"fr\">",
    "<tuv xml:lang=\"\">",
    "<tuv xml:lang=\"&amp;\">",
    "<tuv xml:lang=\"&bogus;\">",
    "<tuv>",
    "<tuv xml:lang='ar' xml:lang='en'>",
    "</tuv>",
    "<seg>",
    "</seg>",
    "<seg/>",
    "<bpt i=\"1\">",
    "</bpt>",
    "<ept i=\"1\">",
    "</ept>",
    "<ph>",
    "</ph>",
    "<it pos=\"begin\">",
    "</it>",
    "<ut>",
    "</ut>",
    "<hi>",
    "</hi>",
    "<sub>",
    "</sub>",
    "<x:tu xmlns:x=\"u\">",
    "</x:tu>",
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#1575;",
    "&#x627;",
    "&#0;",
    "&#xFFFFFFFF;",
    "&#xD800;",
    "&#;",
    "&bogus;",
    "&e;",
    "&",
    "&amp",
    "<![CDATA[",
    "]]>",
    "<![CDATA[قال <b>]]>",
    "<!-- c -->",
    "<!--",
    "-->",
    "<?pi x?>",
    "<",
    ">",
    "</",
    "/>",
    "\"",
    "'",
    "=",
    "<tuv xml:lang=\"ar",
    "<seg",
    "</seg",
    "</tu ",
    "<tu\n>",
];

fn tmx_bytes() -> BoxedStrategy<Bytes> {
    let unit = (prose(), prose(), any::<bool>()).prop_map(|(ar, en, cdata)| {
        let en = if cdata {
            format!("<![CDATA[{en}]]>")
        } else {
            en.replace('&', "&amp;").replace('<', "&lt;")
        };
        let ar = ar.replace('&', "&amp;").replace('<', "&lt;");
        format!(
            "<tu><tuv xml:lang=\"ar\"><seg>{ar}</seg></tuv>\
             <tuv xml:lang=\"en\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>{en}</seg></tuv></tu>\n"
        )
    });
    let file = proptest::collection::vec(unit, 0..6)
        .prop_map(|u| {
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header/><body>\n{}</body></tmx>\n",
                u.concat()
            )
        })
        .boxed();
    let text = prop_oneof![
        3 => soup(TMX, 60),
        4 => mutated(file, TMX, 6),
        1 => any::<String>(),
    ];
    // Bytes that are not UTF-8 here and there.
    let bad = proptest::collection::vec((any::<Index>(), any::<u8>()), 0..3);
    (text, prop::bool::weighted(0.2), bad)
        .prop_map(|(text, corrupt, bad)| {
            let mut bytes = text.into_bytes();
            if corrupt {
                for (at, b) in bad {
                    let at = at.index(bytes.len() + 1);
                    bytes.insert(at, b | 0x80);
                }
            }
            Bytes(bytes)
        })
        .boxed()
}

#[test]
fn tmx() {
    fuzz("tmx", 300, tmx_bytes(), |Bytes(bytes)| {
        let name = "fuzz/memory.tmx";
        match parse_tmx(bytes.as_slice(), name) {
            Ok(pairs) => {
                for p in pairs {
                    prop_assert!(!p.arabic.is_empty() && !p.english.is_empty());
                }
                Ok(())
            }
            Err(TmxFailure::At(offset, message)) => {
                prop_assert!(
                    offset <= bytes.len() as u64,
                    "offset {} past the end",
                    offset
                );
                // As read_tmx reports it.
                let line = bytes[..offset as usize]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                check_error(&Error::input_at(name, line, message), name)
            }
            Err(TmxFailure::Other(error)) => check_error(&error, name),
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Lexicon TSV and dictd

const TSV: &[&str] = &[
    "# isnad lexicon: stems\n",
    "# comment\n",
    "\t",
    "\t\t",
    "\n",
    "\r\n",
    "قال",
    "said",
    "جيش",
    "army",
    "المرصد السوري",
    "Observatory",
    "1",
    "0.5",
    "0",
    "-1",
    "1.0000001",
    "NaN",
    "inf",
    "1e-50",
    "1e400",
    "abc",
    "",
    " ",
    "\u{feff}",
    "#",
    "x\ty\tz\tw",
];

fn tsv_text() -> BoxedStrategy<String> {
    let row = (
        select(&["قال", "جيش", "said", "", " ", "#قال", "سلمى"][..]),
        select(&["said", "army", "قال", "", " x ", "the army"][..]),
        select(
            &[
                "",
                "\t1",
                "\t0.25",
                "\t0",
                "\t-1",
                "\tNaN",
                "\tinf",
                "\t1e400",
                "\tx",
                "\t0.5\t0.5",
            ][..],
        ),
        select(&["\n", "\r\n", "\r", ""][..]),
    )
        .prop_map(|(a, e, w, end)| format!("{a}\t{e}{w}{end}"));
    let file = (
        select(
            &[
                "",
                "# isnad lexicon: stems\n",
                "\u{feff}# isnad lexicon: stems\r\n",
                "# c\n",
            ][..],
        ),
        proptest::collection::vec(row, 0..10),
    )
        .prop_map(|(h, r)| format!("{h}{}", r.concat()))
        .boxed();
    prop_oneof![
        2 => soup(TSV, 40),
        3 => mutated(file, TSV, 4),
        1 => any::<String>(),
    ]
    .boxed()
}

#[test]
fn lexicon_tsv() {
    fuzz("lexicon_tsv", 400, tsv_text(), |text| {
        let name = "fuzz/lexicon.tsv";
        match parse_tsv(&text, name) {
            Ok(parsed) => {
                for e in &parsed.entries {
                    prop_assert!(!e.arabic.is_empty() && !e.english.is_empty());
                    prop_assert!(e.weight > 0.0 && e.weight <= 1.0, "weight {}", e.weight);
                }
                Ok(())
            }
            Err(e) => check_error(&e, name),
        }
    });
}

/// dictd base-64 digits of `n`.
fn b64(mut n: usize) -> String {
    const DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[n % 64]);
        n /= 64;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

const DICTD: &[&str] = &[
    "\t",
    "\n",
    "A",
    "B",
    "/",
    "+",
    "AAAAAAAAAAA",
    "//////////",
    "=",
    "-1",
    "00databaseinfo",
    "قال",
    "جيش",
    "لم يتأثر",
    "army",
    "1. Atonal\n2. x\n",
    "/qaːla/\n",
];

#[derive(Debug, Clone)]
struct Dictd {
    index: String,
    dict: Vec<u8>,
    /// Write the body as `.dict.dz` (gzip, or garbage when `dict` is not compressed).
    dz: Option<bool>,
}

fn dictd_files() -> BoxedStrategy<Dictd> {
    let entry = (
        select(
            &[
                "قال",
                "جيش",
                "سلمى",
                "لم يتأثر",
                "00databaseinfo",
                "army",
                "",
            ][..],
        ),
        select(
            &[
                "said\n",
                "/qaːla/\n1. said\n2. told\n",
                "army\n",
                "",
                "\u{fffd}\n",
            ][..],
        ),
    );
    let valid = proptest::collection::vec(entry, 0..8).prop_map(|entries| {
        let (mut index, mut dict) = (String::new(), String::new());
        for (head, body) in entries {
            let body = format!("{head}\n{body}");
            index.push_str(&format!(
                "{head}\t{}\t{}\n",
                b64(dict.len()),
                b64(body.len())
            ));
            dict.push_str(&body);
        }
        (index, dict.into_bytes())
    });
    let bytes_mutations = proptest::collection::vec((any::<Index>(), any::<u8>()), 0..3);
    (
        valid,
        proptest::collection::vec(piece(DICTD), 0..4),
        any::<Vec<Index>>(),
        bytes_mutations,
        prop_oneof![3 => Just(None), 1 => Just(Some(true)), 1 => Just(Some(false))],
    )
        .prop_map(|((index, mut dict), inserts, at, byte_edits, dz)| {
            let mut index = index;
            for (p, at) in inserts.into_iter().zip(at) {
                let at = floor_boundary(&index, at.index(index.len() + 1));
                index.insert_str(at, &p);
            }
            for (at, b) in byte_edits {
                if !dict.is_empty() {
                    let at = at.index(dict.len());
                    dict[at] = b;
                }
            }
            Dictd { index, dict, dz }
        })
        .boxed()
}

#[test]
fn dictd() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("fuzz-ara-eng");
    let base_shown = base.display().to_string();
    fuzz("dictd", 100, dictd_files(), |files| {
        let index = base.with_extension("index");
        let (dict, dz) = (base.with_extension("dict"), base.with_extension("dict.dz"));
        let _ = std::fs::remove_file(&dict);
        let _ = std::fs::remove_file(&dz);
        std::fs::write(&index, &files.index).unwrap();
        match files.dz {
            None => std::fs::write(&dict, &files.dict).unwrap(),
            Some(true) => {
                use std::io::Write;
                let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                gz.write_all(&files.dict).unwrap();
                std::fs::write(&dz, gz.finish().unwrap()).unwrap();
            }
            Some(false) => std::fs::write(&dz, &files.dict).unwrap(),
        }
        let result = read_dictd(&index);
        if let Ok(entries) = &result {
            for e in entries {
                prop_assert!(!e.arabic.is_empty() && !e.english.is_empty(), "{:?}", e);
            }
        }
        check_result(&result, &base_shown)
    });
}

// ---------------------------------------------------------------------------------------------
// Gazetteer (CSV and GeoNames) and house style

const CSV: &[&str] = &[
    ",",
    ",,",
    "\"",
    "\"\"",
    "\"a,b\"",
    "\"a\"\"b\"",
    "\"unterminated",
    "\n",
    "\r\n",
    "\r",
    "salma",
    "سلمى",
    "Salma",
    "Selma|Sal'ma",
    "|",
    "||",
    "village",
    "Latakia",
    "35.73",
    "-36.07",
    "nan",
    "inf",
    "1e999",
    "x",
    "",
    " ",
    "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n",
    "preferred,variants\n",
    "al-Houla",
    "Halab|Aleppo",
    "\u{feff}",
];

const GAZETTEER_HEADER: &str = "id,arabic,preferred,variants,kind,governorate,lat,lon,note";

fn csv_field() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(&["salma", "سلمى", "Salma", "Selma|Sal'ma", "", " ", "village", "35.73",
            "-36.07", "nan", "inf", "1e999", "abc", "Jabal al-Akrad", "al-Houla", "El Houleh",
            "Kfar Debl|كفر دبل", "|", "-", "'", "Ḥalab", "ٍ", "\u{200f}Salma"][..])
            .prop_map(str::to_string),
        2 => select(&["\"a,b\"", "\"a\"\"b\"", "\"x\ny\"", "\"unterminated", "a\"b", "\"\"", "\"\r\""][..])
            .prop_map(str::to_string),
        1 => (select(&["x", "سلمى", "\"\"", ","][..]), 100..4000usize).prop_map(|(p, n)| p.repeat(n)),
        1 => ".{0,8}",
    ]
    .boxed()
}

fn csv_rows(
    header: &'static [&'static str],
    columns: std::ops::Range<usize>,
) -> BoxedStrategy<String> {
    let row = (
        proptest::collection::vec(csv_field(), columns),
        select(&["\n", "\n", "\r\n", "\r", ""][..]),
    )
        .prop_map(|(f, end)| format!("{}{end}", f.join(",")));
    (
        select(header),
        select(&["\n", "\r\n"][..]),
        proptest::collection::vec(row, 0..8),
    )
        .prop_map(|(h, end, rows)| format!("{h}{end}{}", rows.concat()))
        .boxed()
}

fn gazetteer_csv_text() -> BoxedStrategy<String> {
    const HEADERS: &[&str] = &[
        GAZETTEER_HEADER,
        GAZETTEER_HEADER,
        GAZETTEER_HEADER,
        "id,arabic,preferred,variants,kind,governorate,lat,lon",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note,extra",
        "\u{feff}id,arabic,preferred,variants,kind,governorate,lat,lon,note",
        "\"id\",arabic,preferred,variants,kind,governorate,lat,lon,note",
        "",
    ];
    prop_oneof![
        4 => csv_rows(HEADERS, 7..11),
        2 => mutated(csv_rows(HEADERS, 9..10), CSV, 4),
        1 => soup(CSV, 40),
    ]
    .boxed()
}

#[test]
fn gazetteer_csv() {
    fuzz("gazetteer_csv", 150, gazetteer_csv_text(), |text| {
        let name = "fuzz/places.csv";
        let mut g = Gazetteer::new();
        let result = g.add_csv(name, &text);
        check_result(&result, name)?;
        // The indexes the rows went into answer lookups of the rows' own spellings.
        for p in g.places().to_vec() {
            for s in p.spellings() {
                let _ = g.lookup_latin(s);
                let _ = g.lookup_listed(s);
            }
            let _ = g.lookup_arabic(&p.arabic);
        }
        Ok(())
    });
}

const GEONAMES_FIELDS: &[&str] = &[
    "170794",
    "Salma",
    "Salma",
    "Sal'ma,Selma,سلمى",
    ",,",
    "سلمى",
    "35.73",
    "36.07",
    "nan",
    "1e999",
    "",
    " ",
    "P",
    "PPL",
    "SY",
    "04",
    "0",
    "800",
    "Asia/Damascus",
    "2012-01-01",
    "Ḥalab,Aleppo",
    "\u{200f}",
    ",",
    "ـ",
];

fn geonames_text() -> BoxedStrategy<String> {
    let field = prop_oneof![
        8 => select(GEONAMES_FIELDS).prop_map(str::to_string),
        1 => ".{0,6}",
        1 => (select(&["x,", "سلمى,"][..]), 100..2000usize).prop_map(|(p, n)| p.repeat(n)),
    ];
    let row = (
        proptest::collection::vec(field, 0..24),
        select(&["\n", "\r\n", "\r", "\n\n"][..]),
    )
        .prop_map(|(f, end)| format!("{}{end}", f.join("\t")));
    prop_oneof![
        4 => proptest::collection::vec(row, 0..8).prop_map(|r| r.concat()),
        1 => soup(GEONAMES_FIELDS, 40),
    ]
    .boxed()
}

#[test]
fn gazetteer_geonames() {
    fuzz("gazetteer_geonames", 150, geonames_text(), |text| {
        let name = "fuzz/SY.txt";
        let mut g = Gazetteer::new();
        let result = g.add_geonames(name, &text);
        check_result(&result, name)?;
        for p in g.places().to_vec() {
            for s in p.spellings() {
                let _ = g.lookup_latin(s);
            }
            let _ = g.lookup_arabic(&p.arabic);
        }
        Ok(())
    });
}

fn house_style_text() -> BoxedStrategy<String> {
    const HEADERS: &[&str] = &[
        "preferred,variants",
        "preferred,variants",
        "preferred,variants",
        "preferred",
        "preferred,variants,note",
        "variants,preferred",
        "\u{feff}preferred,variants",
        "",
    ];
    prop_oneof![
        4 => csv_rows(HEADERS, 1..4),
        2 => mutated(csv_rows(HEADERS, 2..3), CSV, 4),
        1 => soup(CSV, 40),
    ]
    .boxed()
}

#[test]
fn house_style() {
    fuzz("house_style", 300, house_style_text(), |text| {
        let name = "fuzz/house-style.csv";
        match HouseStyle::parse(name, &text) {
            Ok(style) => {
                for line in text.lines() {
                    for s in line.split([',', '|']) {
                        if let Some(entry) = style.entry_for(s) {
                            let _ = style.preferred(entry);
                        }
                    }
                }
                Ok(())
            }
            Err(e) => check_error(&e, name),
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Ladder

const LADDER: &[&str] = &[
    "[",
    "]",
    ":",
    ",",
    ", ",
    " ",
    "0",
    "1",
    "2",
    "10",
    "007",
    "18446744073709551615",
    "18446744073709551616",
    "-1",
    "+1",
    "0.5",
    "1e3",
    "nan",
    "inf",
    "-inf",
    "#",
    "\n",
    "\r\n",
    "[]",
    "[0]",
    "[0, 1]",
    "[]:[]",
    "[0]:[0]:0.87\n",
    "[1]:[1,2]:0.71\n",
    ":0.5",
    "[[",
    "]]",
];

fn ladder_text() -> BoxedStrategy<String> {
    let shapes = proptest::collection::vec((0..3usize, 0..3usize, any::<bool>()), 0..12)
        .prop_map(|shapes| {
            let (mut a, mut e, mut out) = (0, 0, String::new());
            for (na, ne, score) in shapes {
                let list = |from: usize, n: usize| {
                    (from..from + n)
                        .map(|i| i.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                out.push_str(&format!("[{}]:[{}]", list(a, na), list(e, ne)));
                if score {
                    out.push_str(":0.5");
                }
                out.push('\n');
                a += na;
                e += ne;
            }
            out
        })
        .boxed();
    prop_oneof![
        2 => soup(LADDER, 40),
        3 => mutated(shapes, LADDER, 4),
    ]
    .boxed()
}

#[test]
fn ladder() {
    fuzz("ladder", 400, ladder_text(), |text| {
        let name = "fuzz/gold.ladder";
        match parse_ladder(&text, name) {
            Ok(beads) => {
                for b in &beads {
                    prop_assert!(b.ar.start <= b.ar.end && b.en.start <= b.en.end, "{:?}", b);
                    prop_assert!(!b.ar.is_empty() || !b.en.is_empty(), "{:?}", b);
                }
                Ok(())
            }
            Err(e) => check_error(&e, name),
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Project file

const TOML: &[&str] = &[
    "report = \"report.en.md\"\n",
    "report = 3\n",
    "report = [\"a\"]\n",
    "report = \"\"\n",
    "report = \"\"\"\nmulti\nline\n\"\"\"\n",
    "report = '''\nx'''\n",
    "fail_on = \"warning\"\n",
    "fail_on = \"never\"\n",
    "fail_on = \"bogus\"\n",
    "fail_on = 1\n",
    "[[source]]\n",
    "[source]\n",
    "file = \"a.ar.txt\"\n",
    "file = 1\n",
    "file = \"\"\n",
    "outlet = \"Sada al-Ahrar\"\n",
    "outlet = 3\n",
    "outlet = \"\"\n",
    "aliases = [\"the site\"]\n",
    "aliases = \"x\"\n",
    "aliases = [1, \"x\"]\n",
    "kind = \"site\"\n",
    "kind = \"tv\"\n",
    "kind = \"agency\"\n",
    "kind = \"monitor\"\n",
    "kind = \"other\"\n",
    "kind = \"blog\"\n",
    "kind = 7\n",
    "gazetteer = [\"g.csv\"]\n",
    "gazetteer = \"g.csv\"\n",
    "house_style = \"h.csv\"\n",
    "house_style = [\"h.csv\"]\n",
    "lexicon = [\"l.tsv\"]\n",
    "lexicon = {}\n",
    "[matching]\n",
    "[[matching]]\n",
    "matched = 0.5\n",
    "matched = 1.5\n",
    "weak = -1\n",
    "weak = 0.9\n",
    "matched_sentence = \"x\"\n",
    "weak_sentence = 0.2\n",
    "margin_weight = 0\n",
    "margin_weight = 11\n",
    "credit_margin = nan\n",
    "credit_margin = inf\n",
    "threshold = 0.3\n",
    "sauce = 1\n",
    "\"قال\" = 1\n",
    "x.y = 1\n",
    "inline = { a = 1 }\n",
    "[a.b]\n",
    "[[a]]\n",
    "1979-05-27T07:32:00Z",
    "= ",
    "=",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    "\\",
    "\\u{0}",
    "#",
    "# comment\n",
    "\n",
    "\r\n",
    "\r",
];

fn toml_text() -> BoxedStrategy<String> {
    let key = select(
        &[
            "report",
            "file",
            "outlet",
            "aliases",
            "kind",
            "fail_on",
            "gazetteer",
            "house_style",
            "lexicon",
            "matched",
            "weak",
            "matched_sentence",
            "weak_sentence",
            "margin_weight",
            "credit_margin",
            "sauce",
        ][..],
    );
    let value = select(
        &[
            "\"a.txt\"",
            "\"Outlet\"",
            "[\"x\"]",
            "[]",
            "1",
            "0.5",
            "1.5",
            "-1",
            "nan",
            "inf",
            "true",
            "\"site\"",
            "\"warning\"",
            "{}",
            "1979-05-27",
            "\"\"\"\nx\n\"\"\"",
            "'\\n'",
            "\"\\u0000\"",
        ][..],
    );
    let line = prop_oneof![
        4 => (key, value).prop_map(|(k, v)| format!("{k} = {v}\n")),
        1 => select(&["[[source]]\n", "[matching]\n", "\n", "# c\n"][..]).prop_map(str::to_string),
    ];
    let valid = (proptest::collection::vec(line, 0..10), prop::bool::ANY)
        .prop_map(|(lines, source)| {
            let base = if source {
                "report = \"r.md\"\n[[source]]\nfile = \"a.txt\"\noutlet = \"A\"\n"
            } else {
                "report = \"r.md\"\n"
            };
            format!("{base}{}", lines.concat())
        })
        .boxed();
    prop_oneof![
        3 => valid,
        2 => soup(TOML, 30),
        2 => mutated(
            Just("report = \"r.md\"\nfail_on = \"warning\"\n[[source]]\nfile = \"a.txt\"\noutlet = \"A\"\naliases = [\"x\"]\nkind = \"site\"\n[matching]\nmatched = 0.5\n".to_string()).boxed(),
            TOML,
            4,
        ),
    ]
    .boxed()
}

#[test]
fn project() {
    fuzz("project", 300, toml_text(), |text| {
        let name = "fuzz/isnad.toml";
        match Project::parse(name, &text, Path::new("fuzz")) {
            Ok(p) => {
                prop_assert!(!p.sources.is_empty());
                Ok(())
            }
            Err(e) => check_error(&e, name),
        }
    });
}

// ---------------------------------------------------------------------------------------------
// The text decoder

fn decode_bytes() -> BoxedStrategy<Bytes> {
    const PREFIXES: &[&[u8]] = &[
        b"",
        b"",
        b"\xEF\xBB\xBF",
        b"\xFF\xFE",
        b"\xFE\xFF",
        b"\xEF\xBB",
        b"<meta charset=\"windows-1256\">",
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">",
        b"<?xml version=\"1.0\" encoding=\"windows-1252\"?>",
        b"<meta charset=\"utf-16\">",
        b"<meta charset=\"bogus\">",
        b"<meta charset=",
        b"PK\x03\x04",
    ];
    const CHUNKS: &[&[u8]] = &[
        b"\xC7\xE1\xD3\xE1\xC7\xE3 \xDA\xE1\xED\xDF\xE3 ", // Windows-1256 Arabic
        b"\xD8\xB3\xD9\x84\xD9\x85\xD9\x89",               // UTF-8 Arabic
        b"\x27\x06\x44\x06",                               // UTF-16LE Arabic
        b"\x06\x27\x06\x44",                               // UTF-16BE Arabic
        b"\x00\xD8",                                       // a lone surrogate (LE)
        b"\xD8\x00",                                       // a lone surrogate (BE)
        b"\xD8\x3D\xDE\x00",
        b"\x3D\xD8\x00\xDE",
        b"\xE2\x82",
        b"\xC3",
        b"\xF4\x90\x80\x80",
        b"\xED\xA0\x80",
        b"\x00",
        b"\n",
        b"\r\n",
        b" ",
        b"\t",
        b"text ",
        b"<p>",
        b"\xFF",
    ];
    let body = proptest::collection::vec(
        prop_oneof![
            4 => select(CHUNKS).prop_map(<[u8]>::to_vec),
            1 => any::<Vec<u8>>(),
            1 => ".{0,8}".prop_map(String::into_bytes),
        ],
        0..40,
    )
    .prop_map(|v| v.concat());
    // A Word document with a few bytes changed: the zip and XML readers meet damage.
    let damaged_docx =
        proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4).prop_map(|changes| {
            let mut bytes = small_docx();
            for (at, byte) in changes {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            bytes
        });
    prop_oneof![
        4 => (select(PREFIXES), body).prop_map(|(p, b)| [p, b.as_slice()].concat()),
        1 => any::<Vec<u8>>(),
        1 => damaged_docx,
    ]
    .prop_map(Bytes)
    .boxed()
}

fn small_docx() -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("word/document.xml", stored).unwrap();
    zip.write_all(
        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>قال المرصد \u{201c}نعم\u{201d}.</w:t>\
         </w:r></w:p></w:body></w:document>"
            .as_bytes(),
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn decode() {
    fuzz("decode", 400, decode_bytes(), |Bytes(bytes)| {
        for name in ["fuzz/input.txt", "fuzz/page.html"] {
            match read::decode(name, &bytes) {
                Ok(source) => {
                    prop_assert_eq!(&source.path, name);
                    prop_assert!(!source.text.contains('\0'));
                    prop_assert!(!source.text.trim().is_empty());
                }
                Err(e) => check_error(&e, name)?,
            }
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Names in free text: `names::mentions::find`

const NAME_PIECES: &[&str] = &[
    "Latakia",
    "Salma",
    "Kafr Dabla",
    "al-",
    "Al-",
    "el-",
    "ez-Zor",
    "Deir",
    "aţ-Ţabqah",
    "aẓ",
    "'s",
    "’s",
    "The",
    "of",
    "١٤",
    "١",
    "ق",
    "قبل",
    "سلمى",
    "و",
    "Ж",
    "Москва",
    "Ω",
    "ω",
    "日本",
    "\u{a0}",
    "\u{202e}",
    "\u{200f}",
    "-",
    "—",
    " ",
    "\n",
];

/// Prose of capitalized words, articles and transliterations beside other scripts' letters and
/// digits (a Greek capital, an Arabic digit after a name once recursed without end).
fn names_text() -> BoxedStrategy<String> {
    proptest::collection::vec(
        prop_oneof![
            6 => select(NAME_PIECES).prop_map(str::to_string),
            2 => select(COMMON).prop_map(str::to_string),
            1 => ".{0,4}",
        ],
        0..40,
    )
    .prop_map(|pieces| pieces.join(" "))
    .boxed()
}

#[test]
fn name_mentions() {
    fuzz("name_mentions", 300, names_text(), |text| {
        let doc = Document::from_text("fuzz/report.md", &text, None);
        for m in isnad::names::mentions::find(&doc, Gazetteer::embedded()) {
            prop_assert!(m.start <= m.end && m.end <= doc.text.len(), "{m:?}");
            prop_assert!(doc.text.is_char_boundary(m.start) && doc.text.is_char_boundary(m.end));
        }
        Ok(())
    });
}
