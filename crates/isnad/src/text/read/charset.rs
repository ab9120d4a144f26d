//! Bytes that are not UTF-8 with a BOM or plain UTF-8: UTF-16 without a BOM, the charset a page
//! declares, the charset the user names (`--encoding`), or an Arabic legacy charset (Windows-1256,
//! ISO-8859-6) found by `chardetng`, the detector Firefox uses. A guess is only trusted when it is
//! one of the Arabic charsets and the text it gives is mostly Arabic letters; anything else is
//! refused with what the detector thought, so that no report is silently read as mojibake.

use std::sync::Mutex;

use super::{line_of_bytes, Encoding};
use crate::error::{Error, Result};

static FORCED: Mutex<Option<&'static encoding_rs::Encoding>> = Mutex::new(None);

/// Names the charset of every input read from then on that is not UTF-8 and has no BOM
/// (`--encoding`), instead of detecting it. Fails on a label the WHATWG Encoding Standard does
/// not know (`windows-1256`, `cp1256`, `iso-8859-6`, `utf-16le` … are known).
pub fn set_forced_encoding(label: &str) -> Result<()> {
    let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        Error::Usage(format!(
            "--encoding {label:?} is not a known charset (try windows-1256, iso-8859-6, utf-16le)"
        ))
    })?;
    *FORCED.lock().unwrap_or_else(|e| e.into_inner()) = Some(encoding);
    Ok(())
}

fn forced_encoding() -> Option<&'static encoding_rs::Encoding> {
    *FORCED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Decodes bytes that are not UTF-8: with the forced charset, else the one a page declares, else
/// an Arabic charset the detector finds. `Err` holds the hint for the error that refuses them
/// as invalid UTF-8: what the detector made of them (it runs once), or, when valid multi-byte
/// UTF-8 comes before the first invalid byte (`utf8_before`), that the file is damaged UTF-8 —
/// a legacy charset almost never forms valid UTF-8, so such a file is not guessed at.
pub(super) fn decode_legacy(
    name: &str,
    bytes: &[u8],
    utf8_before: bool,
) -> std::result::Result<Result<(String, Encoding)>, String> {
    if let Some(encoding) = forced_encoding() {
        return Ok(
            decode_strict(name, bytes, encoding, "the charset --encoding names")
                .map(|text| (text, Encoding::Forced(encoding.name()))),
        );
    }
    if let Some(declared) = decode_declared(name, bytes) {
        return Ok(declared);
    }
    if utf8_before {
        return Err(DAMAGED_UTF8.to_string());
    }
    let guess = detect(bytes);
    if guess == encoding_rs::WINDOWS_1256 || guess == encoding_rs::ISO_8859_6 {
        if let Ok(text) = decode_strict(name, bytes, guess, "the charset detected") {
            if mostly_arabic(&text) {
                return Ok(Ok((text, Encoding::Detected(guess.name()))));
            }
        }
    }
    Err(hint_for(guess))
}

const DAMAGED_UTF8: &str =
    "the file is UTF-8 before this byte: a damaged byte, or text pasted in another charset";

/// The hint of an error refusing bytes that are not UTF-8 and were read as nothing else (a
/// file with a UTF-8 BOM that breaks it).
pub(super) fn hint(bytes: &[u8], utf8_before: bool) -> String {
    if utf8_before {
        DAMAGED_UTF8.to_string()
    } else {
        hint_for(detect(bytes))
    }
}

/// What the detector's guess tells the user.
fn hint_for(guess: &'static encoding_rs::Encoding) -> String {
    if guess == encoding_rs::WINDOWS_1256 || guess == encoding_rs::ISO_8859_6 {
        // Detected but refused: bytes the charset lacks, or too little Arabic.
        return format!(
            "it may be Arabic in {}: check it, then pass --encoding {} or save it as UTF-8",
            guess.name(),
            guess.name().to_ascii_lowercase()
        );
    }
    format!(
        "it looks like {}: pass --encoding {} if it is, or save the file as UTF-8",
        guess.name(),
        guess.name().to_ascii_lowercase()
    )
}

fn detect(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let head = &bytes[..bytes.len().min(1 << 16)];
    detector.feed(head, head.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Most letters Arabic: an Arabic charset read right.
fn mostly_arabic(text: &str) -> bool {
    let (arabic, all) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0usize, 0usize), |(a, n), c| {
            (a + usize::from(crate::text::is_arabic_char(c)), n + 1)
        });
    all >= 20 && arabic * 2 > all
}

/// Decodes all of `bytes` as `encoding`, or fails at the first byte it lacks.
fn decode_strict(
    name: &str,
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
    whose: &str,
) -> Result<String> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            let at = read.saturating_sub(bad as usize + after as usize);
            Err(Error::input_at(
                name,
                line_of_bytes(bytes, at),
                format!("byte {at} is not {}, {whose}", encoding.name()),
            ))
        }
        encoding_rs::DecoderResult::OutputFull => Err(Error::input(
            name,
            format!("cannot decode as {}", encoding.name()),
        )),
    }
}

/// UTF-16 saved without a BOM (Notepad's "Unicode" on some setups, exports of old tools): the
/// byte order whose high bytes are NUL for the ASCII characters (spaces, digits, line ends) and
/// never NUL in the other place, when all of it decodes to text without control characters:
/// that text.
pub(super) fn utf16_without_bom(bytes: &[u8]) -> Option<(Encoding, String)> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let head = &bytes[..bytes.len().min(1 << 16)];
    let units = head.len() / 2;
    let zeros_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // Little-endian text has its zero high bytes at odd offsets, big-endian at even ones.
    let (order, unit): (Encoding, fn([u8; 2]) -> u16) = if odd * 10 >= units && even == 0 {
        (Encoding::Utf16Le, u16::from_le_bytes)
    } else if even * 10 >= units && odd == 0 {
        (Encoding::Utf16Be, u16::from_be_bytes)
    } else {
        return None;
    };
    let text: String = char::decode_utf16(bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])))
        .map(|c| {
            c.ok()
                .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        })
        .collect::<Option<String>>()?;
    // Pairs of ASCII letters read as UTF-16 are ideographs (`Salma\0` → 慓浬a): text isnad
    // reads is Latin and Arabic, so most of it must be.
    let total = text.chars().count();
    let expected = text.chars().filter(|&c| expected_script(c)).count();
    (expected * 10 >= total * 9).then_some((order, text))
}

/// Whether `c` is of the scripts and punctuation an Arabic or English text is written in:
/// Latin (with its diacritics and IPA), Greek and Cyrillic, Arabic (with its supplements and
/// presentation forms), general punctuation, currency, letterlike symbols and arrows.
fn expected_script(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x058F | 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF
        | 0x1E00..=0x1EFF | 0x2000..=0x21FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Decodes the bytes of a web page that are not UTF-8 with the charset the page declares in
/// its first kilobyte (`<meta charset>`, an `http-equiv` content type, an XML declaration).
/// `None` when `name` is not a page, or the page declares nothing, UTF-8 or UTF-16; an error
/// when it declares a charset this does not know, or bytes that charset lacks.
fn decode_declared(name: &str, bytes: &[u8]) -> Option<Result<(String, Encoding)>> {
    if !(crate::text::html::is_html_path(name) || name.to_ascii_lowercase().ends_with(".xml")) {
        return None;
    }
    let label = declared_charset(&bytes[..bytes.len().min(1024)])?;
    let Some(encoding) = encoding_rs::Encoding::for_label(label.as_bytes()) else {
        return Some(Err(Error::input(
            name,
            format!("not UTF-8, and the page declares charset {label:?}, which is not known"),
        )));
    };
    if encoding.output_encoding() == encoding_rs::UTF_8 {
        return None;
    }
    Some(
        decode_strict(name, bytes, encoding, "the charset the page declares")
            .map(|text| (text, Encoding::Declared(encoding.name()))),
    )
}

/// The charset a page declares in `head`: in a `<meta>` tag (`charset=…`, or inside its
/// `content`) or in an XML declaration (`encoding=…`), white space allowed around `=`. A
/// `charset` attribute of any other tag (`<script charset=…>`) says nothing about the page.
fn declared_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let tag_text = |start: usize| {
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        &lower[start..end]
    };
    let xml = lower
        .starts_with(b"<?xml")
        .then(|| value_after(tag_text(0), b"encoding"))
        .flatten();
    xml.or_else(|| find_all(&lower, b"<meta").find_map(|at| value_after(tag_text(at), b"charset")))
}

/// The value after `key`, `=` and an optional quote in `tag`.
fn value_after(tag: &[u8], key: &[u8]) -> Option<String> {
    let at = find_all(tag, key).next()? + key.len();
    let rest = &tag[at..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let value: String = rest
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'')
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .map(|&b| b as char)
        .collect();
    (!value.is_empty()).then_some(value)
}

fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    hay.windows(needle.len())
        .enumerate()
        .filter(move |(_, w)| *w == needle)
        .map(|(i, _)| i)
}
