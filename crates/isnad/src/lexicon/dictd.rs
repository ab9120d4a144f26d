//! FreeDict dictd dictionaries (`freedict-ara-eng`): a `.index` of
//! `headword<TAB>offset<TAB>length` (numbers in dictd's base-64 digits) into a `.dict` file,
//! or a `.dict.dz` (dictzip, which any gzip reader decompresses whole).
//!
//! An entry is the headword line (with a `/pronunciation/`), then one English sense per line,
//! numbered ("1. Atonal") when there are several. Database metadata entries (`00databaseinfo` …)
//! and Arabic headwords of more than one content word (periphrastic definitions such as
//! "لم يتأثّر بالبكتيريا" → "Abacterial") are skipped: they do not translate word for word.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{content_keys, Entry};
use crate::error::{Error, Result};
use crate::text::{is_arabic_char, Lang};

/// Reads the dictionary that `path` (its `.index`, `.dict` or `.dict.dz`) belongs to.
pub fn read_dictd(path: &Path) -> Result<Vec<Entry>> {
    let (index_path, dict_path) = companion_paths(path)?;
    let index_name = index_path.display().to_string();
    let index = crate::text::read_source(&index_name)?.text;
    let dict = read_dict_body(&dict_path)?;
    let mut entries = Vec::new();
    for (i, line) in index.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let (headword, span) = parse_index_line(line, dict.len())
            .map_err(|m| Error::input_at(&index_name, line_no, m))?;
        if headword.starts_with("00database") || headword.starts_with("00-database") {
            continue;
        }
        if !headword.chars().any(is_arabic_char) || content_keys(headword, Lang::Ar).len() != 1 {
            continue;
        }
        let body = std::str::from_utf8(&dict[span]).map_err(|_| {
            Error::input_at(
                &index_name,
                line_no,
                "entry text is not UTF-8 in the .dict file",
            )
        })?;
        entries.extend(senses(body).map(|gloss| Entry {
            arabic: headword.to_string(),
            english: gloss,
            weight: 1.0,
        }));
    }
    Ok(entries)
}

/// The `.index` and the `.dict(.dz)` of the dictionary `path` names.
fn companion_paths(path: &Path) -> Result<(PathBuf, PathBuf)> {
    let name = path.to_string_lossy();
    let base = [".index", ".dict.dz", ".dict"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .ok_or_else(|| {
            Error::input(
                name.as_ref(),
                "not a dictd file (.index, .dict or .dict.dz)",
            )
        })?;
    let index = PathBuf::from(format!("{base}.index"));
    let dict = [".dict.dz", ".dict"]
        .iter()
        .map(|ext| PathBuf::from(format!("{base}{ext}")))
        .find(|p| p.exists())
        .ok_or_else(|| {
            Error::input(
                name.as_ref(),
                format!("no {base}.dict or {base}.dict.dz beside the index"),
            )
        })?;
    Ok((index, dict))
}

fn read_dict_body(path: &Path) -> Result<Vec<u8>> {
    let name = path.display().to_string();
    let raw = crate::text::read::read_input_bytes(path, &name, false)?;
    if !name.ends_with(".dz") {
        return Ok(raw);
    }
    let mut body = Vec::new();
    flate2::read::GzDecoder::new(raw.as_slice())
        .read_to_end(&mut body)
        .map_err(|e| Error::input(&name, format!("not a valid dictzip/gzip file: {e}")))?;
    Ok(body)
}

/// `headword<TAB>offset<TAB>length` → headword and byte range, checked against the body size.
fn parse_index_line(
    line: &str,
    body_len: usize,
) -> std::result::Result<(&str, std::ops::Range<usize>), String> {
    let mut fields = line.split('\t');
    let (Some(headword), Some(offset), Some(length), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err("expected headword<TAB>offset<TAB>length".into());
    };
    let offset = decode_number(offset).ok_or_else(|| format!("bad base-64 offset {offset:?}"))?;
    let length = decode_number(length).ok_or_else(|| format!("bad base-64 length {length:?}"))?;
    let end = offset
        .checked_add(length)
        .filter(|&end| end <= body_len)
        .ok_or_else(|| {
            format!(
                "entry {offset}+{length} runs past the end of the .dict file ({body_len} bytes)"
            )
        })?;
    Ok((headword, offset..end))
}

/// A dictd number: base-64 digits `A–Z a–z 0–9 + /`, most significant first.
fn decode_number(digits: &str) -> Option<usize> {
    if digits.is_empty() || digits.len() > 10 {
        return None;
    }
    digits.bytes().try_fold(0usize, |acc, b| {
        let digit = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(acc * 64 + usize::from(digit))
    })
}

/// English glosses of an entry body: every line after the headword line, numbering removed,
/// split at `;` and `,`, bracketed notes dropped.
fn senses(body: &str) -> impl Iterator<Item = String> + '_ {
    body.lines()
        .skip(1)
        .map(strip_numbering)
        .flat_map(|line| line.split([';', ',']))
        .map(|gloss| drop_brackets(gloss).trim().to_string())
        .filter(|gloss| {
            gloss.chars().any(char::is_alphabetic) && !gloss.chars().any(is_arabic_char)
        })
}

fn strip_numbering(line: &str) -> &str {
    let line = line.trim();
    match line.split_once(". ") {
        Some((n, rest)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => line,
    }
}

fn drop_brackets(gloss: &str) -> String {
    let mut depth = 0u32;
    gloss
        .chars()
        .filter(|&c| match c {
            '(' | '[' | '{' => {
                depth += 1;
                false
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    fn encode_number(mut n: usize) -> String {
        let mut digits = Vec::new();
        loop {
            digits.push(B64[n % 64]);
            n /= 64;
            if n == 0 {
                break;
            }
        }
        digits.reverse();
        String::from_utf8(digits).unwrap()
    }

    /// Writes a dictionary of `(headword, entry body)` and returns the index path.
    fn write_dictionary(dir: &Path, entries: &[(&str, &str)], compress: bool) -> PathBuf {
        let mut body = String::new();
        let mut index = String::new();
        for (headword, text) in entries {
            let offset = body.len();
            body.push_str(text);
            let length = body.len() - offset;
            index += &format!(
                "{headword}\t{}\t{}\n",
                encode_number(offset),
                encode_number(length)
            );
        }
        std::fs::write(dir.join("t.index"), index).unwrap();
        if compress {
            let file = std::fs::File::create(dir.join("t.dict.dz")).unwrap();
            let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::default());
            gz.write_all(body.as_bytes()).unwrap();
            gz.finish().unwrap();
        } else {
            std::fs::write(dir.join("t.dict"), body).unwrap();
        }
        dir.join("t.index")
    }

    const FIXTURE: &[(&str, &str)] = &[
        ("00databaseinfo", "00-database-info\nThis is metadata.\n"),
        (
            "حر",
            "حرّ /ħrr/\n1. Atonal\n2. Free (of charge)\n3. Unbridled; wild\n",
        ),
        ("ذري", "ذرّيّ /ðrrˈiː/\nAtomic\n"),
        (
            "لم يتأثر بالبكتيريا",
            "لم يتأثّر بالبكتيريا /lam/\nAbacterial\n",
        ),
    ];

    fn pairs(entries: &[Entry]) -> Vec<(&str, &str)> {
        entries
            .iter()
            .map(|e| (e.arabic.as_str(), e.english.as_str()))
            .collect()
    }

    #[test]
    fn base64_numbers() {
        assert_eq!(decode_number("A"), Some(0));
        assert_eq!(decode_number("B"), Some(1));
        assert_eq!(decode_number("BA"), Some(64));
        assert_eq!(
            decode_number("IhAH"),
            Some(8 * 64 * 64 * 64 + 33 * 64 * 64 + 7)
        );
        assert_eq!(decode_number("a-b"), None);
        for n in [0, 5, 63, 64, 4095, 1_000_000] {
            assert_eq!(decode_number(&encode_number(n)), Some(n));
        }
    }

    #[test]
    fn reads_plain_and_dictzip_dictionaries() {
        for compress in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let index = write_dictionary(dir.path(), FIXTURE, compress);
            let expected = vec![
                ("حر", "Atonal"),
                ("حر", "Free"),
                ("حر", "Unbridled"),
                ("حر", "wild"),
                ("ذري", "Atomic"),
            ];
            let from_index = read_dictd(&index).unwrap();
            // The metadata entry and the multiword headword are skipped.
            assert_eq!(pairs(&from_index), expected, "compressed: {compress}");
            let dict_name = if compress { "t.dict.dz" } else { "t.dict" };
            assert_eq!(read_dictd(&dir.path().join(dict_name)).unwrap(), from_index);
        }
    }

    #[test]
    fn bad_index_lines_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let index = write_dictionary(dir.path(), FIXTURE, false);
        let mut text = std::fs::read_to_string(&index).unwrap();
        text += "كلمة\tA\n";
        std::fs::write(&index, &text).unwrap();
        let message = read_dictd(&index).unwrap_err().to_string();
        assert!(
            message.ends_with("t.index:5: expected headword<TAB>offset<TAB>length"),
            "{message}"
        );

        std::fs::write(&index, "كلمة\tA\tzzzz\n").unwrap();
        let message = read_dictd(&index).unwrap_err().to_string();
        assert!(message.contains("t.index:1: entry 0+"), "{message}");
    }

    #[test]
    fn missing_dict_is_an_input_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("t.index"), "").unwrap();
        let message = read_dictd(&dir.path().join("t.index"))
            .unwrap_err()
            .to_string();
        assert!(message.contains("no "), "{message}");
    }
}
