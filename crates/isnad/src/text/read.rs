//! Reading input files into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and a legacy
//! charset a web page declares (`<meta charset="windows-1256">`, which many Arabic sites still
//! use), from a path or `-` for standard input. Anything that is not text is refused with one
//! line naming the file and, where it applies, the line.
//!
//! Line ends are left as they are (LF, CRLF or CR) so that byte offsets computed on the text are
//! offsets into the file. The BOM is not part of the text; for UTF-8 input every offset is
//! therefore `bom_len` bytes short of the file offset, for UTF-16 input offsets are into the
//! UTF-8 decoding (documented in `docs/text.md`).

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::error::{Error, Result};

/// How the bytes of a source were encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// The charset a page declares, by its WHATWG name (`windows-1256`); offsets are into the
    /// UTF-8 decoding.
    Declared(&'static str),
}

impl Encoding {
    /// The name used in every output: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, or the
    /// declared charset's (`windows-1256`). Byte offsets are into the file for the first two (after
    /// the BOM), into the UTF-8 decoding for the others.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Declared(name) => name,
        }
    }
}

impl Serialize for Encoding {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// A decoded input file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name to show users: the path as given, or `<stdin>`.
    pub path: String,
    pub text: String,
    pub encoding: Encoding,
}

/// The name standard input is shown under.
pub const STDIN_NAME: &str = "<stdin>";

/// The largest input read unless the program sets another ([`set_max_input_bytes`]): 256 MB,
/// far above any report or source, low enough that a runaway input fails fast.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

static MAX_INPUT_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT_BYTES);

/// Sets the size limit of every input read from then on (`--max-input-bytes`).
pub fn set_max_input_bytes(limit: u64) {
    MAX_INPUT_BYTES.store(limit, Ordering::Relaxed);
}

pub fn max_input_bytes() -> u64 {
    MAX_INPUT_BYTES.load(Ordering::Relaxed)
}

/// Reads `path` (or standard input for `-`) and decodes it.
pub fn read_source(path: &str) -> Result<Source> {
    let bytes = if path == "-" {
        read_limited(std::io::stdin().lock(), STDIN_NAME, true)?
    } else {
        read_input_bytes(Path::new(path), path, true)?
    };
    decode(if path == "-" { STDIN_NAME } else { path }, &bytes)
}

/// Reads the bytes of an input file, the one way every reader of the library opens a file:
/// noted in the [`super::ledger`], refused when it is a directory or a device, refused before
/// reading when it is larger than the limit, and read at most to the limit when its size is not
/// known beforehand (a FIFO). With `text`, a NUL byte in the first block fails at once, so an
/// endless binary stream is refused without reading it.
pub fn read_input_bytes(path: &Path, shown: &str, text: bool) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::input(shown, describe_io(&e)))?;
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(Error::input(shown, "is a directory, expected a file"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_block_device() || kind.is_socket() {
            return Err(Error::input(shown, "is a device, expected a file"));
        }
    }
    let limit = max_input_bytes();
    if kind.is_file() && meta.len() > limit {
        return Err(Error::input(
            shown,
            format!(
                "is {} bytes, more than the input limit of {limit} (raise it with --max-input-bytes)",
                meta.len()
            ),
        ));
    }
    super::ledger::note(path);
    let file = std::fs::File::open(path).map_err(|e| Error::input(shown, describe_io(&e)))?;
    read_limited(file, shown, text)
}

/// What a file that is no text but a known document format is, with how to get its text: a
/// misleading "invalid UTF-8 at byte 10" helps nobody.
fn document_format(first_bytes: &[u8]) -> Option<&'static str> {
    if first_bytes.starts_with(b"%PDF-") {
        Some("is a PDF; isnad reads text: convert it first, e.g. `pdftotext -layout FILE.pdf FILE.txt`")
    } else if first_bytes.starts_with(b"PK\x03\x04") {
        Some("is a zip archive (a .docx or .odt document?), which isnad does not read yet: save it as plain text (UTF-8) or Markdown")
    } else {
        None
    }
}

/// Reads to the end, or fails at the limit; with `text`, fails on a NUL byte in the first block.
fn read_limited(mut reader: impl Read, shown: &str, text: bool) -> Result<Vec<u8>> {
    const FIRST_BLOCK: usize = 64 * 1024;
    let limit = max_input_bytes();
    let mut bytes = Vec::new();
    let mut first = (&mut reader).take(FIRST_BLOCK as u64);
    first
        .read_to_end(&mut bytes)
        .map_err(|e| Error::input(shown, format!("cannot read: {e}")))?;
    if text {
        if let Some(kind) = document_format(&bytes) {
            return Err(Error::input(shown, kind));
        }
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            // UTF-16 text has NUL bytes in every other place; its BOM says so.
            let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
            if !utf16 {
                return Err(Error::input_at(
                    shown,
                    line_of_bytes(&bytes, nul),
                    "binary data (NUL byte), expected text",
                ));
            }
        }
    }
    reader
        .take(limit.saturating_sub(bytes.len() as u64).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::input(shown, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(Error::input(
            shown,
            format!(
                "is more than the input limit of {limit} bytes (raise it with --max-input-bytes)"
            ),
        ));
    }
    Ok(bytes)
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// Decodes raw bytes; `name` is only used in error messages.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Source> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (decode_utf8(name, rest)?, Encoding::Utf8Bom)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (
            decode_utf16(name, rest, u16::from_le_bytes)?,
            Encoding::Utf16Le,
        )
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (
            decode_utf16(name, rest, u16::from_be_bytes)?,
            Encoding::Utf16Be,
        )
    } else {
        match decode_utf8(name, bytes) {
            Ok(text) => (text, Encoding::Utf8),
            Err(not_utf8) => match decode_declared(name, bytes) {
                Some(decoded) => decoded?,
                None => return Err(not_utf8),
            },
        }
    };
    if let Some(pos) = text.find('\0') {
        return Err(Error::input_at(
            name,
            line_of(&text, pos),
            "binary data (NUL byte), expected text",
        ));
    }
    if text.trim().is_empty() {
        return Err(Error::input(name, "empty file, expected text"));
    }
    Ok(Source {
        path: name.to_string(),
        text,
        encoding,
    })
}

fn decode_utf8(name: &str, bytes: &[u8]) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let good = e.valid_up_to();
            // A NUL byte before the bad sequence means binary data, which says more than "invalid UTF-8".
            if let Some(nul) = bytes[..good].iter().position(|&b| b == 0) {
                return Err(Error::input_at(
                    name,
                    line_of_bytes(bytes, nul),
                    "binary data (NUL byte), expected text",
                ));
            }
            // A sequence cut off by the end of the file: the file was truncated, not encoded
            // in another charset.
            if e.error_len().is_none() {
                return Err(Error::input_at(
                    name,
                    line_of_bytes(bytes, good),
                    format!("invalid UTF-8 at byte {good} (the file may be cut off)"),
                ));
            }
            let hint = if looks_like_windows_1256_arabic(bytes) {
                "it looks like Arabic in Windows-1256: save it as UTF-8"
            } else {
                "save the file as UTF-8 or UTF-16 with a BOM"
            };
            Err(Error::input_at(
                name,
                line_of_bytes(bytes, good),
                format!("invalid UTF-8 at byte {good} ({hint})"),
            ))
        }
    }
}

/// Whether bytes that are not UTF-8 read as Arabic in Windows-1256, the charset of older Arabic
/// text files: most of their letters (of the first 64 KB) Arabic when decoded so. Only a hint
/// in the error: a guess is never used to read a file.
fn looks_like_windows_1256_arabic(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1 << 16)];
    let (text, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(head);
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (arabic, all) = letters.fold((0usize, 0usize), |(a, n), c| {
        (a + usize::from(super::is_arabic_char(c)), n + 1)
    });
    all >= 20 && arabic * 2 > all
}

/// Decodes the bytes of a web page that are not UTF-8 with the charset the page declares in
/// its first kilobyte (`<meta charset>`, an `http-equiv` content type, an XML declaration).
/// `None` when `name` is not a page, or the page declares nothing, UTF-8 or UTF-16; an error
/// when it declares a charset this does not know, or bytes that charset lacks.
fn decode_declared(name: &str, bytes: &[u8]) -> Option<Result<(String, Encoding)>> {
    if !(super::html::is_html_path(name) || name.to_ascii_lowercase().ends_with(".xml")) {
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
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    Some(match result {
        encoding_rs::DecoderResult::InputEmpty => Ok((text, Encoding::Declared(encoding.name()))),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            let at = read.saturating_sub(bad as usize + after as usize);
            Err(Error::input_at(
                name,
                line_of_bytes(bytes, at),
                format!(
                    "byte {at} is not {}, the charset the page declares",
                    encoding.name()
                ),
            ))
        }
        encoding_rs::DecoderResult::OutputFull => Err(Error::input(
            name,
            format!("cannot decode as {}", encoding.name()),
        )),
    })
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

fn decode_utf16(name: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String> {
    if bytes.len() % 2 != 0 {
        return Err(Error::input(name, "truncated UTF-16 (odd number of bytes)"));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len());
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(Error::input_at(
                    name,
                    line_of(&out, out.len()),
                    "invalid UTF-16 (unpaired surrogate)",
                ))
            }
        }
    }
    Ok(out)
}

/// 1-based line number of byte `pos` in `text`, counting LF, CRLF and lone CR as line ends.
fn line_of(text: &str, pos: usize) -> usize {
    line_of_bytes(text.as_bytes(), pos)
}

fn line_of_bytes(bytes: &[u8], pos: usize) -> usize {
    let head = &bytes[..pos.min(bytes.len())];
    let mut line = 1;
    let mut i = 0;
    while i < head.len() {
        match head[i] {
            b'\n' => line += 1,
            b'\r' if head.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        decode("f.txt", bytes).unwrap_err().to_string()
    }

    #[test]
    fn a_pdf_or_a_zipped_document_says_what_it_is_and_how_to_get_text() {
        let read = |bytes: &[u8]| read_limited(bytes, "r.pdf", true).unwrap_err().to_string();
        let pdf = read(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        assert!(
            pdf.contains("r.pdf") && pdf.contains("pdftotext -layout"),
            "{pdf}"
        );
        assert_eq!(pdf.lines().count(), 1);
        let docx = read(b"PK\x03\x04\x14\x00\x06\x00");
        assert!(docx.contains("zip archive"), "{docx}");
        // Text is text, whatever it starts with.
        assert!(read_limited(&b"PDF files are documents."[..], "t.txt", true).is_ok());
    }

    #[test]
    fn arabic_in_windows_1256_is_named_in_the_error() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1256.encode("قال القائد إن الجيش بدأ هجوما على البلدة.\n");
        let m = message(&bytes);
        assert!(m.contains("looks like Arabic in Windows-1256"), "{m}");
        // Latin-1 French is not taken for it.
        let m = message(
            &encoding_rs::WINDOWS_1252
                .encode("Le général a déclaré que l'armée était prête à entrer.")
                .0,
        );
        assert!(m.contains("save the file as UTF-8 or UTF-16"), "{m}");
    }

    #[test]
    fn a_page_in_a_declared_legacy_charset_is_decoded() {
        let page = "<html><head><script charset=\"utf-8\" src=a.js></script>\
                    <meta http-equiv=\"Content-Type\" content=\"text/html; \
                    charset = windows-1256\"></head><body><p>قال القائد.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        assert!(std::str::from_utf8(&bytes).is_err());
        let source = decode("page.html", &bytes).unwrap();
        assert_eq!(source.text, page);
        assert_eq!(source.encoding, Encoding::Declared("windows-1256"));
        let xml = "<?xml version=\"1.0\" encoding='windows-1256'?><p>قال</p>";
        let source = decode("page.xhtml", &encoding_rs::WINDOWS_1256.encode(xml).0).unwrap();
        assert_eq!(source.text, xml);
        // Bytes the declared charset lacks are an error naming it and the line.
        let mut bad = b"<meta charset=iso-8859-6>\n<p>".to_vec();
        bad.push(0xA1);
        let m = decode("bad.html", &bad).unwrap_err().to_string();
        assert!(
            m.starts_with("bad.html:2: byte 29 is not ISO-8859-6"),
            "{m}"
        );
        // An unknown charset is named.
        let m = decode("odd.html", b"<meta charset=klingon><p>\xC7")
            .unwrap_err()
            .to_string();
        assert!(m.contains("\"klingon\"") && m.contains("not known"), "{m}");
        // Not a page, nothing declared, or UTF-8 declared: bytes that are not UTF-8 are refused.
        let m = message(&[b"encoding=windows-1256 ".as_slice(), &[0xC7, 0xE1]].concat());
        assert!(m.contains("invalid UTF-8"), "{m}");
        let m = decode("p.html", &encoding_rs::WINDOWS_1256.encode("<p>قال").0)
            .unwrap_err()
            .to_string();
        assert!(m.contains("invalid UTF-8"), "{m}");
        let m = decode(
            "p.html",
            &[b"<meta charset=utf-8>".as_slice(), &[0xC7, 0xE1]].concat(),
        )
        .unwrap_err()
        .to_string();
        assert!(m.contains("invalid UTF-8"), "{m}");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("f", "قال\n".as_bytes()).unwrap();
        assert_eq!(plain.text, "قال\n");
        assert_eq!(plain.encoding, Encoding::Utf8);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("قال".as_bytes());
        let s = decode("f", &bom).unwrap();
        assert_eq!(s.text, "قال");
        assert_eq!(s.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn utf16_both_byte_orders() {
        let text = "Salma سلمى\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode("f", &le).unwrap().text, text);
        assert_eq!(decode("f", &be).unwrap().encoding, Encoding::Utf16Be);
        assert_eq!(decode("f", &be).unwrap().text, text);
    }

    #[test]
    fn line_ends_are_kept() {
        assert_eq!(decode("f", b"a\r\nb\rc\n").unwrap().text, "a\r\nb\rc\n");
    }

    #[test]
    fn invalid_utf8_names_file_and_line() {
        let m = message(b"first\nsecond \xFF\n");
        assert!(m.starts_with("f.txt:2: invalid UTF-8"), "{m}");
    }

    #[test]
    fn nul_byte_is_binary() {
        assert!(message(b"ab\r\ncd\0ef").starts_with("f.txt:2: binary data"));
        assert!(message(b"\0\xFF\xFE").contains("binary data"));
    }

    #[test]
    fn empty_and_blank_files() {
        assert_eq!(message(b""), "f.txt: empty file, expected text");
        assert_eq!(message(b" \n\r\n\t"), "f.txt: empty file, expected text");
        assert_eq!(
            message(&[0xEF, 0xBB, 0xBF]),
            "f.txt: empty file, expected text"
        );
    }

    #[test]
    fn odd_utf16_is_refused() {
        assert!(message(&[0xFF, 0xFE, 0x41]).contains("truncated UTF-16"));
    }

    #[test]
    fn lone_cr_counts_as_line_end() {
        assert_eq!(line_of("a\rb\r\nc\nd", 7), 4);
    }
}
