//! Reading input files into text, from a path or `-` for standard input: UTF-8 (with or without
//! BOM), UTF-16 (with a BOM, or without one: the `charset` module), the legacy charset a web page declares
//! (`<meta charset="windows-1256">`, which many Arabic sites still use), the one `--encoding`
//! names, or an Arabic legacy charset found by detection; and the text of Word (`.docx`) and
//! OpenDocument (`.odt`) files (the `office` module). Anything that is not text is refused with one line
//! naming the file and, where it applies, the line.
//!
//! Line ends are left as they are (LF, CRLF or CR) so that byte offsets computed on the text are
//! offsets into the file. The BOM is not part of the text; for UTF-8 input every offset is
//! therefore `bom_len` bytes short of the file offset; for every other input offsets are into
//! the UTF-8 text it decodes or extracts to (documented in `docs/text.md`).

mod charset;
mod csv_quotes;
mod office;

pub use charset::set_forced_encoding;
pub use csv_quotes::{check_quotes, CsvLines};

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
    /// UTF-8 decoding, as for the next two.
    Declared(&'static str),
    /// The charset `--encoding` names.
    Forced(&'static str),
    /// An Arabic legacy charset found by detection (`windows-1256`, `ISO-8859-6`).
    Detected(&'static str),
    /// The text of a Word document; offsets are into the extracted text.
    Docx,
    /// The text of an OpenDocument text; offsets are into the extracted text.
    Odt,
}

impl Encoding {
    /// The name used in every output: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, the legacy
    /// charset's (`windows-1256`), `docx` or `odt`. Byte offsets are into the file for the first
    /// two (after the BOM), into the UTF-8 text decoded or extracted for the others.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Declared(name) | Encoding::Forced(name) | Encoding::Detected(name) => name,
            Encoding::Docx => "docx",
            Encoding::Odt => "odt",
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
    let (name, bytes) = read_bytes(path)?;
    decode(name, &bytes)
}

/// Reads `path` (or standard input for `-`) as [`read_source`] does — bounded, decoded, a NUL
/// byte refused, the BOM left out — but as a list, one item a line, which may be empty: no
/// lines is no error.
pub fn read_list(path: &str) -> Result<String> {
    let (name, bytes) = read_bytes(path)?;
    decode_text(name, &bytes).map(|(text, _)| text)
}

/// The bytes of `path`, or of standard input for `-`, with the name to show for it.
fn read_bytes(path: &str) -> Result<(&str, Vec<u8>)> {
    if path == "-" {
        let bytes = read_limited(std::io::stdin().lock(), STDIN_NAME, true)?;
        Ok((STDIN_NAME, bytes))
    } else {
        Ok((path, read_input_bytes(Path::new(path), path, true)?))
    }
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
    } else if first_bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some("is an old binary Office file (.doc?): save it as .docx, .odt or plain text (UTF-8)")
    } else if first_bytes.starts_with(b"{\\rtf") {
        Some("is RTF: save it as .docx, .odt or plain text (UTF-8)")
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
            // UTF-16 text has NUL bytes in every other place; a .docx or .odt is a zip archive.
            let utf16 = bytes.starts_with(&[0xFF, 0xFE])
                || bytes.starts_with(&[0xFE, 0xFF])
                || charset::utf16_without_bom(&bytes).is_some();
            if !utf16 && !office::is_zip(&bytes) {
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
    let (text, encoding) = decode_text(name, bytes)?;
    // Marks that show nothing (a right-to-left mark, a zero-width space) are no text either: a
    // file of them only was read as one English sentence (QA 35 H D5).
    if text
        .chars()
        .all(|c| c.is_whitespace() || crate::text::is_invisible(c))
    {
        return Err(Error::input(name, "empty file, expected text"));
    }
    Ok(Source {
        path: name.to_string(),
        text,
        encoding,
    })
}

/// Decodes raw bytes, blank or not; refuses a NUL byte.
fn decode_text(name: &str, bytes: &[u8]) -> Result<(String, Encoding)> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        let text = std::str::from_utf8(rest)
            .map_err(|e| not_utf8(name, rest, &e, &charset::hint(rest, utf8_before(rest, &e))))?;
        (text.to_string(), Encoding::Utf8Bom)
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
    } else if office::is_zip(bytes) {
        office::extract(name, bytes)?
    } else if let Some((order, text)) = charset::utf16_without_bom(bytes) {
        (text, order)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), Encoding::Utf8),
            Err(e) => match charset::decode_legacy(name, bytes, utf8_before(bytes, &e)) {
                Ok(decoded) => decoded?,
                Err(hint) => return Err(not_utf8(name, bytes, &e, &hint)),
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
    Ok((text, encoding))
}

/// Whether valid multi-byte UTF-8 comes before the first invalid byte.
fn utf8_before(bytes: &[u8], e: &std::str::Utf8Error) -> bool {
    !bytes[..e.valid_up_to()].is_ascii()
}

/// The error refusing `bytes`, which are not UTF-8 (`e`) and were read as nothing else.
fn not_utf8(name: &str, bytes: &[u8], e: &std::str::Utf8Error, hint: &str) -> Error {
    let good = e.valid_up_to();
    // A NUL byte before the bad sequence means binary data, which says more than "invalid UTF-8".
    if let Some(nul) = bytes[..good].iter().position(|&b| b == 0) {
        return Error::input_at(
            name,
            line_of_bytes(bytes, nul),
            "binary data (NUL byte), expected text",
        );
    }
    // A sequence cut off by the end of the file: the file was truncated, not encoded in another
    // charset.
    if e.error_len().is_none() {
        return Error::input_at(
            name,
            line_of_bytes(bytes, good),
            format!("invalid UTF-8 at byte {good} (the file may be cut off)"),
        );
    }
    Error::input_at(
        name,
        line_of_bytes(bytes, good),
        format!("invalid UTF-8 at byte {good} ({hint})"),
    )
}

fn decode_utf16(name: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String> {
    if !bytes.len().is_multiple_of(2) {
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
    fn a_pdf_or_an_old_office_file_says_what_it_is_and_how_to_get_text() {
        let read = |bytes: &[u8]| read_limited(bytes, "r.pdf", true).unwrap_err().to_string();
        let pdf = read(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        assert!(
            pdf.contains("r.pdf") && pdf.contains("pdftotext -layout"),
            "{pdf}"
        );
        assert_eq!(pdf.lines().count(), 1);
        let doc = read(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00");
        assert!(doc.contains("save it as .docx"), "{doc}");
        assert!(read(b"{\\rtf1\\ansi Salma}").contains("is RTF"));
        // A zip archive (a .docx) is let through to be unpacked, NUL bytes and all.
        assert!(read_limited(&b"PK\x03\x04\x14\x00\x06\x00"[..], "r.docx", true).is_ok());
        // Text is text, whatever it starts with.
        assert!(read_limited(&b"PDF files are documents."[..], "t.txt", true).is_ok());
    }

    #[test]
    fn arabic_in_a_legacy_charset_is_detected_and_anything_else_is_named() {
        let arabic = "قال القائد إن الجيش بدأ هجوما على البلدة، وإن الطريق إلى كفردبل مقطوع.\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
        let source = decode("f.txt", &bytes).unwrap();
        assert_eq!(source.text, arabic);
        assert_eq!(source.encoding, Encoding::Detected("windows-1256"));
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(arabic);
        let source = decode("f.txt", &bytes).unwrap();
        assert_eq!(source.text, arabic);
        assert_eq!(source.encoding.name(), "ISO-8859-6");
        // Latin-1 French is not taken for Arabic, nor read as a guess: the error names the guess.
        let m = message(
            &encoding_rs::WINDOWS_1252
                .encode("Le général a déclaré que l'armée était prête à entrer.")
                .0,
        );
        assert!(
            m.contains("invalid UTF-8") && m.contains("--encoding windows-1252"),
            "{m}"
        );
    }

    #[test]
    fn damaged_utf8_is_not_guessed_as_another_charset() {
        let text =
            "قال القائد إن الجيش بدأ هجوما على البلدة، وإن الطريق إلى كفردبل مقطوع.\n".repeat(5);
        let mut bytes = text.as_bytes().to_vec();
        bytes.insert(100, 0xFF);
        let m = message(&bytes);
        assert!(
            m.starts_with("f.txt:1: invalid UTF-8 at byte 100") && m.contains("damaged byte"),
            "{m}"
        );
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_in_both_byte_orders() {
        let text = "قال المرصد: \u{201c}الطريق مقطوع\u{201d}.\r\nSalma, 12 km.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let source = decode("f.txt", &le).unwrap();
        assert_eq!(
            (source.text.as_str(), source.encoding),
            (text, Encoding::Utf16Le)
        );
        let source = decode("f.txt", &be).unwrap();
        assert_eq!(
            (source.text.as_str(), source.encoding),
            (text, Encoding::Utf16Be)
        );
        assert!(read_limited(le.as_slice(), "f.txt", true).is_ok());
        // Binary data with NUL bytes in every other place is still binary.
        let binary: Vec<u8> = (0u8..200).flat_map(|b| [b, 0]).collect();
        assert!(
            message(&binary).contains("binary data"),
            "{}",
            message(&binary)
        );
        // A short text with a stray NUL: its letter pairs would read as ideographs (慓浬a).
        for bytes in [
            &b"Kafr Dabla\nSalma\x00\n"[..],
            b"Salma\x00Dorin\x00",
            b"Salma\n\x00\n",
        ] {
            assert!(message(bytes).contains("binary data"), "{}", message(bytes));
        }
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
        // A right-to-left mark, a zero-width space, an isolate: nothing to read.
        assert_eq!(
            message("\u{200F}\u{200B}\n\u{2067}\u{2069}\u{FEFF}".as_bytes()),
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
