//! TMX 1.4b translation memories, the exchange format of CAT tools (OmegaT, Trados, memoQ):
//! one `<tu>` per aligned pair, Arabic as the source language.
//!
//! Written with quick-xml's writer, so `<`, `&` and quotes are escaped; characters XML 1.0
//! forbids (control characters other than tab and line ends) are dropped, since one of them
//! would make the whole memory unreadable.

use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

/// One translation unit.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationUnit<'a> {
    pub arabic: &'a str,
    pub english: &'a str,
    /// Written as `<prop type="x-isnad-score">` when present.
    pub score: Option<f64>,
}

/// The language codes written for the Arabic and the English side (`xml:lang`, `srclang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TmxLanguages<'a> {
    pub arabic: &'a str,
    pub english: &'a str,
}

impl Default for TmxLanguages<'_> {
    fn default() -> Self {
        TmxLanguages {
            arabic: "ar",
            english: "en",
        }
    }
}

/// Writes a TMX 1.4b document: header attributes as TMX requires them
/// (`creationtool="isnad"`, `srclang` the Arabic side's code, `segtype="sentence"`,
/// `datatype="plaintext"`, `creationdate` when given), and per unit its score as a `<note>`
/// a translator sees in a CAT tool and as a `<prop>` a program reads.
pub fn write_tmx(
    units: &[TranslationUnit],
    languages: TmxLanguages,
    created: Option<&str>,
    note: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(
        BytesStart::new("tmx").with_attributes([("version", "1.4")]),
    ))?;
    let header = BytesStart::new("header").with_attributes([
        ("creationtool", "isnad"),
        ("creationtoolversion", env!("CARGO_PKG_VERSION")),
        ("segtype", "sentence"),
        ("o-tmf", "isnad"),
        ("adminlang", "en"),
        ("srclang", languages.arabic),
        ("datatype", "plaintext"),
    ]);
    let header = match created {
        Some(date) => header.with_attributes([("creationdate", date)]),
        None => header,
    };
    // A note about the whole memory (it may not be a translation) goes in the header, where a
    // CAT tool shows it with the file's properties.
    match note {
        Some(note) => {
            w.write_event(Event::Start(header))?;
            w.write_event(Event::Start(BytesStart::new("note")))?;
            w.write_event(Event::Text(BytesText::new(&xml_safe(note))))?;
            w.write_event(Event::End(BytesEnd::new("note")))?;
            w.write_event(Event::End(BytesEnd::new("header")))?;
        }
        None => w.write_event(Event::Empty(header))?,
    }
    w.write_event(Event::Start(BytesStart::new("body")))?;
    for unit in units {
        w.write_event(Event::Start(BytesStart::new("tu")))?;
        if let Some(score) = unit.score {
            w.write_event(Event::Start(BytesStart::new("note")))?;
            w.write_event(Event::Text(BytesText::new(&format!(
                "isnad alignment score {score:.2}"
            ))))?;
            w.write_event(Event::End(BytesEnd::new("note")))?;
            let tag = BytesStart::new("prop").with_attributes([("type", "x-isnad-score")]);
            w.write_event(Event::Start(tag))?;
            // For programs, four decimals as the CSV and JSONL rows print it.
            let four = (score * 1e4).round() / 1e4;
            w.write_event(Event::Text(BytesText::new(&format!("{four:.4}"))))?;
            w.write_event(Event::End(BytesEnd::new("prop")))?;
        }
        for (lang, text) in [
            (languages.arabic, unit.arabic),
            (languages.english, unit.english),
        ] {
            let tuv = BytesStart::new("tuv").with_attributes([("xml:lang", lang)]);
            w.write_event(Event::Start(tuv))?;
            w.write_event(Event::Start(BytesStart::new("seg")))?;
            w.write_event(Event::Text(BytesText::new(&xml_safe(text))))?;
            w.write_event(Event::End(BytesEnd::new("seg")))?;
            w.write_event(Event::End(BytesEnd::new("tuv")))?;
        }
        w.write_event(Event::End(BytesEnd::new("tu")))?;
    }
    w.write_event(Event::End(BytesEnd::new("body")))?;
    w.write_event(Event::End(BytesEnd::new("tmx")))?;
    w.into_inner().write_all(b"\n")
}

/// The last second a `creationdate` can name, 9999-12-31T23:59:59Z: its years have four digits.
pub const LAST_CREATION_SECOND: u64 = 253_402_300_799;

/// `time` as a TMX `creationdate` (`YYYYMMDDThhmmssZ`, UTC), or `None` for a time outside
/// 1970-01-01T00:00:00Z ..= [`LAST_CREATION_SECOND`]: after year 9999 the format has no digits
/// for it, and a file modified before 1970 has a clock that was never set, not a date.
pub fn creation_date(time: SystemTime) -> Option<String> {
    let since_epoch = time.duration_since(UNIX_EPOCH).ok()?;
    if since_epoch.as_secs() > LAST_CREATION_SECOND {
        return None;
    }
    let rfc3339 = humantime::format_rfc3339_seconds(time).to_string();
    Some(rfc3339.replace(['-', ':'], ""))
}

/// The text without the characters XML 1.0 does not allow.
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use isnad::lexicon::parallel::{parse_tmx, SentencePair};
    use quick_xml::events::Event;
    use quick_xml::Reader;

    fn render(units: &[TranslationUnit]) -> String {
        let mut out = Vec::new();
        write_tmx(
            units,
            TmxLanguages::default(),
            Some("20261206T190536Z"),
            None,
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_note_about_the_whole_memory_is_in_the_header() {
        let mut out = Vec::new();
        let units = [TranslationUnit {
            arabic: "قال",
            english: "said",
            score: Some(0.1),
        }];
        let note = "warning: mean bead score 0.05 <below 0.20>";
        write_tmx(&units, TmxLanguages::default(), None, Some(note), &mut out).unwrap();
        let tmx = String::from_utf8(out).unwrap();
        let header = &tmx[tmx.find("<header").unwrap()..tmx.find("</header>").unwrap()];
        assert!(
            header.contains("<note>warning: mean bead score 0.05 &lt;below 0.20&gt;</note>"),
            "{tmx}"
        );
        // Still a TMX the reader takes.
        assert!(matches!(parse_tmx(tmx.as_bytes(), "t.tmx"), Ok(p) if p.len() == 1));
    }

    #[test]
    fn escapes_and_reads_back() {
        let units = [
            TranslationUnit {
                arabic: "قال: \"أ < ب & ج\"",
                english: "He said: \"a < b &\u{1} c\"",
                score: Some(0.875),
            },
            TranslationUnit {
                arabic: "سلمى",
                english: "Salma",
                score: None,
            },
        ];
        let text = render(&units);
        assert!(text.contains("a &lt; b &amp; c"), "{text}");
        // The score, for people (a note) and for programs (a prop); none for a unit without.
        assert_eq!(
            text.matches("<note>isnad alignment score 0.88</note>")
                .count(),
            1
        );
        assert_eq!(text.matches("<note>").count(), 1, "{text}");
        assert!(!text.contains('\u{1}'));
        let pairs = match parse_tmx(text.as_bytes(), "t.tmx") {
            Ok(p) => p,
            Err(_) => panic!("written TMX does not parse"),
        };
        assert_eq!(
            pairs,
            vec![
                SentencePair {
                    arabic: "قال: \"أ < ب & ج\"".into(),
                    english: "He said: \"a < b & c\"".into()
                },
                SentencePair {
                    arabic: "سلمى".into(),
                    english: "Salma".into()
                }
            ]
        );
    }

    #[test]
    fn creation_dates_outside_the_format_are_none() {
        use std::time::Duration;
        let at = |seconds: u64| UNIX_EPOCH + Duration::from_secs(seconds);
        assert_eq!(creation_date(at(0)).as_deref(), Some("19700101T000000Z"));
        assert_eq!(
            creation_date(at(1_765_000_000)).as_deref(),
            Some("20251206T054640Z")
        );
        assert_eq!(
            creation_date(at(LAST_CREATION_SECOND) + Duration::from_millis(999)).as_deref(),
            Some("99991231T235959Z")
        );
        assert_eq!(creation_date(at(LAST_CREATION_SECOND + 1)), None);
        assert_eq!(creation_date(UNIX_EPOCH - Duration::from_secs(100)), None);
        assert_eq!(creation_date(UNIX_EPOCH - Duration::from_nanos(1)), None);
    }

    #[test]
    fn header_has_the_attributes_tmx_requires() {
        let text = render(&[]);
        let mut reader = Reader::from_str(&text);
        let mut header = None;
        loop {
            match reader.read_event().unwrap() {
                Event::Empty(e) if e.name().as_ref() == b"header" => {
                    header = Some(
                        e.attributes()
                            .map(|a| {
                                let a = a.unwrap();
                                let key = String::from_utf8(a.key.as_ref().to_vec()).unwrap();
                                (key, a.unescape_value().unwrap().to_string())
                            })
                            .collect::<Vec<_>>(),
                    )
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let header = header.expect("a <header/>");
        for required in [
            "creationtool",
            "creationtoolversion",
            "segtype",
            "o-tmf",
            "adminlang",
            "srclang",
            "datatype",
            "creationdate",
        ] {
            assert!(header.iter().any(|(k, _)| k == required), "{required}");
        }
        assert!(header.contains(&("srclang".into(), "ar".into())));
        assert!(header.contains(&("creationdate".into(), "20261206T190536Z".into())));
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(text.contains("<tmx version=\"1.4\">"));
    }
}
