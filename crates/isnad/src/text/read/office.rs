//! The text of Word (`.docx`) and OpenDocument (`.odt`) files: a zip archive holding XML. Every
//! paragraph (body text, table cells, headings, text boxes) becomes one paragraph of plain text,
//! separated from the next by a blank line, so that the plain-text segmenter sees what the
//! writer saw; footnotes and endnotes follow the body as paragraphs of their own. Text a
//! reviewer deleted or moved elsewhere (tracked changes: Word's final view shows neither a
//! deletion nor the old place of a move), comments, field codes and note numbers are left out;
//! a paragraph that held nothing else is gone with it.
//! Curly quotes and right-to-left runs are characters like any other: the XML holds them in
//! reading order, so nothing is done to them. Offsets and line numbers are into this text.

use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{max_input_bytes, Encoding};
use crate::error::{Error, Result};

/// Whether `bytes` start like a zip archive (a local file header).
pub(super) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a `.docx` or `.odt` document, told apart by what the archive holds, not by the
/// file name.
pub(super) fn extract(name: &str, bytes: &[u8]) -> Result<(String, Encoding)> {
    let bad = |why: String| Error::input(name, why);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| bad(format!("is a damaged zip archive ({e})")))?;
    let has = |archive: &zip::ZipArchive<_>, part: &str| archive.index_for_name(part).is_some();
    if has(&archive, "word/document.xml") {
        let mut paragraphs = Vec::new();
        for part in [
            "word/document.xml",
            "word/footnotes.xml",
            "word/endnotes.xml",
        ] {
            if has(&archive, part) {
                let xml = read_part(name, &mut archive, part)?;
                paragraphs.extend(paragraphs_of(name, part, &xml, &WORD)?);
            }
        }
        return Ok((paragraphs.join("\n\n"), Encoding::Docx));
    }
    if has(&archive, "content.xml") {
        let mimetype = read_part(name, &mut archive, "mimetype").unwrap_or_default();
        if mimetype.trim() == "application/vnd.oasis.opendocument.text" {
            let xml = read_part(name, &mut archive, "content.xml")?;
            let paragraphs = paragraphs_of(name, "content.xml", &xml, &ODF)?;
            return Ok((paragraphs.join("\n\n"), Encoding::Odt));
        }
    }
    Err(bad(
        "is a zip archive that is neither a Word (.docx) nor an OpenDocument text (.odt) \
         document: save the text as plain text (UTF-8) or Markdown"
            .to_string(),
    ))
}

/// One part of the archive as text, at most the input limit once inflated (a zip bomb stops
/// there).
fn read_part<R: Read + std::io::Seek>(
    name: &str,
    archive: &mut zip::ZipArchive<R>,
    part: &str,
) -> Result<String> {
    let limit = max_input_bytes();
    let entry = archive
        .by_name(part)
        .map_err(|e| Error::input(name, format!("cannot read {part} in the document: {e}")))?;
    let mut bytes = Vec::new();
    entry
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::input(name, format!("cannot read {part} in the document: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(Error::input(
            name,
            format!(
                "{part} in the document is more than the input limit of {limit} bytes once \
                 unpacked (raise it with --max-input-bytes)"
            ),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| Error::input(name, format!("{part} in the document is not UTF-8 XML")))
}

/// What the elements of one XML vocabulary mean for the text.
struct Vocabulary {
    /// A paragraph: its text is one paragraph of the output.
    paragraph: &'static [&'static [u8]],
    /// Elements whose character data is text (`None`: all character data inside a paragraph).
    text: Option<&'static [u8]>,
    tab: &'static [u8],
    line_break: &'static [&'static [u8]],
    /// Elements whose whole content is not part of the text.
    skipped: &'static [&'static [u8]],
    /// Runs of white space in character data are one space (ODF), or kept (Word's `w:t`).
    collapse_space: bool,
}

const WORD: Vocabulary = Vocabulary {
    paragraph: &[b"p"],
    // Deleted text is in `w:delText`, field codes in `w:instrText`: only `w:t` is text.
    text: Some(b"t"),
    tab: b"tab",
    line_break: &[b"br", b"cr"],
    // The fallback of an alternate content repeats the text box its choice holds. A tracked
    // deletion (`w:del`) and the source of a tracked move (`w:moveFrom`, whose runs keep their
    // text in `w:t`) are not in the final text; the move's target (`w:moveTo`) is, like an
    // insertion (`w:ins`). As properties (a paragraph mark deleted or moved) both are empty
    // elements, which skip nothing.
    skipped: &[b"Fallback", b"del", b"moveFrom"],
    collapse_space: false,
};

const ODF: Vocabulary = Vocabulary {
    paragraph: &[b"p", b"h"],
    text: None,
    tab: b"tab",
    line_break: &[b"line-break"],
    skipped: &[b"note-citation", b"annotation", b"tracked-changes"],
    collapse_space: true,
};

/// The text of each paragraph of one part, body paragraphs first, then those of the notes
/// inside it (ODF keeps a note's body where it is cited). A paragraph inside another (a text
/// box, a note) ends before the one around it.
fn paragraphs_of(
    name: &str,
    part: &str,
    xml: &str,
    vocabulary: &Vocabulary,
) -> Result<Vec<String>> {
    let mut reader = Reader::from_str(xml);
    let (mut paragraphs, mut notes) = (Vec::new(), Vec::new());
    let mut open: Vec<String> = Vec::new();
    let (mut in_text, mut skipped_depth, mut note_depth) = (0usize, 0usize, 0usize);
    let malformed = |e: &dyn std::fmt::Display| {
        Error::input(
            name,
            format!("{part} in the document is malformed XML: {e}"),
        )
    };
    // The elements open, outermost first: one still open at the end means a part cut off.
    let mut elements: Vec<Vec<u8>> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| malformed(&e))?;
        match &event {
            Event::Start(e) => elements.push(e.name().as_ref().to_vec()),
            Event::End(_) => {
                elements.pop();
            }
            _ => {}
        }
        match event {
            Event::Start(e) => {
                let local = e.local_name();
                let local = local.as_ref();
                if skipped_depth > 0 || vocabulary.skipped.contains(&local) {
                    skipped_depth += 1;
                } else if vocabulary.paragraph.contains(&local) {
                    open.push(String::new());
                } else if Some(local) == vocabulary.text {
                    in_text += 1;
                } else if local == b"note-body" {
                    note_depth += 1;
                }
            }
            Event::End(e) => {
                let local = e.local_name();
                let local = local.as_ref();
                if skipped_depth > 0 {
                    skipped_depth -= 1;
                } else if vocabulary.paragraph.contains(&local) {
                    let text = open.pop().unwrap_or_default();
                    let text = text.trim();
                    if !text.is_empty() {
                        let into = if note_depth > 0 {
                            &mut notes
                        } else {
                            &mut paragraphs
                        };
                        into.push(text.to_string());
                    }
                } else if Some(local) == vocabulary.text {
                    in_text = in_text.saturating_sub(1);
                } else if local == b"note-body" {
                    note_depth = note_depth.saturating_sub(1);
                }
            }
            Event::Empty(e) if skipped_depth == 0 => {
                if let Some(paragraph) = open.last_mut() {
                    push_empty_element(paragraph, &e, vocabulary);
                }
            }
            Event::Text(t) if skipped_depth == 0 && (in_text > 0 || vocabulary.text.is_none()) => {
                if let Some(paragraph) = open.last_mut() {
                    let text = t.unescape().map_err(|e| malformed(&e))?;
                    push_text(paragraph, &text, vocabulary.collapse_space);
                }
            }
            Event::CData(t) if skipped_depth == 0 && in_text > 0 => {
                if let Some(paragraph) = open.last_mut() {
                    paragraph.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(outermost) = elements.first() {
        return Err(malformed(&format_args!(
            "<{}> is not closed at the end (the file may be cut off)",
            String::from_utf8_lossy(outermost)
        )));
    }
    paragraphs.extend(notes);
    Ok(paragraphs)
}

/// A tab, a line break or (ODF `text:s`) spaces.
fn push_empty_element(paragraph: &mut String, element: &BytesStart, vocabulary: &Vocabulary) {
    let local = element.local_name();
    let local = local.as_ref();
    if local == vocabulary.tab {
        paragraph.push('\t');
    } else if vocabulary.line_break.contains(&local) {
        paragraph.push('\n');
    } else if local == b"s" && vocabulary.collapse_space {
        let count = element
            .attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == b"c")
            .and_then(|a| std::str::from_utf8(&a.value).ok()?.parse::<usize>().ok())
            .unwrap_or(1);
        paragraph.extend(std::iter::repeat_n(' ', count.min(1000)));
    }
}

/// Character data; under ODF's rule a run of white space is one space, none at the start of a
/// paragraph or after another collapsed space.
fn push_text(paragraph: &mut String, text: &str, collapse_space: bool) {
    if !collapse_space {
        paragraph.push_str(text);
        return;
    }
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !paragraph.is_empty() && !paragraph.ends_with(' ') {
                paragraph.push(' ');
            }
        } else {
            paragraph.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn archive(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    #[test]
    fn a_word_document_gives_its_paragraphs_cells_and_footnotes() {
        let body = format!(
            "<w:document {W}><w:body>\
             <w:p><w:r><w:t>The Observatory\u{2019}s director said:</w:t></w:r>\
             <w:r><w:t xml:space=\"preserve\"> \u{201c}the road</w:t></w:r><w:r><w:tab/>\
             <w:t>is cut.\u{201d}</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>\
             <w:p><w:r><w:delText>removed text</w:delText></w:r>\
             <w:r><w:instrText> HYPERLINK \"x\" </w:instrText></w:r><w:r><w:t>كفردبل</w:t></w:r></w:p>\
             <w:p/>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Salma &amp; Dorin</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
             </w:body></w:document>"
        );
        let notes = format!(
            "<w:footnotes {W}><w:footnote w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p>\
             </w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Source: a local council.</w:t>\
             </w:r></w:p></w:footnote></w:footnotes>"
        );
        let bytes = archive(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &body),
            ("word/footnotes.xml", &notes),
        ]);
        let (text, encoding) = extract("r.docx", &bytes).unwrap();
        assert_eq!(encoding, Encoding::Docx);
        assert_eq!(
            text,
            "The Observatory\u{2019}s director said: \u{201c}the road\tis cut.\u{201d}\n\n\
             كفردبل\n\nSalma & Dorin\n\n12\n\nSource: a local council."
        );
    }

    #[test]
    fn the_source_of_a_tracked_move_is_left_out_and_its_target_kept() {
        // As Word writes a moved paragraph: the paragraph mark flagged as moved, the runs inside
        // `w:moveFrom` (text in `w:t`, not `w:delText`) between range markers; and a move inside
        // a paragraph that stays.
        let body = format!(
            "<w:document {W}><w:body>\
             <w:p><w:r><w:t>First.</w:t></w:r></w:p>\
             <w:p><w:pPr><w:rPr><w:moveFrom w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>\
             <w:moveFromRangeStart w:id=\"2\" w:name=\"move1\"/>\
             <w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom>\
             <w:moveFromRangeEnd w:id=\"2\"/></w:p>\
             <w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>\
             <w:moveFrom w:id=\"4\"><w:r><w:t xml:space=\"preserve\">twice </w:t></w:r></w:moveFrom>\
             <w:r><w:t>here</w:t></w:r><w:del w:id=\"5\"><w:r><w:t>!</w:t></w:r></w:del>\
             <w:moveTo w:id=\"6\"><w:r><w:t xml:space=\"preserve\"> twice</w:t></w:r></w:moveTo>\
             <w:r><w:t>.</w:t></w:r></w:p>\
             <w:p><w:moveToRangeStart w:id=\"7\" w:name=\"move1\"/>\
             <w:moveTo w:id=\"8\"><w:r><w:t>Moved away.</w:t></w:r></w:moveTo>\
             <w:moveToRangeEnd w:id=\"7\"/></w:p>\
             </w:body></w:document>"
        );
        let bytes = archive(&[("word/document.xml", &body)]);
        let (text, _) = extract("r.docx", &bytes).unwrap();
        assert_eq!(text, "First.\n\nKept here twice.\n\nMoved away.");
    }

    #[test]
    fn an_opendocument_text_gives_its_paragraphs_and_notes_without_tracked_deletions() {
        let content = "<office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
             <office:body><office:text>\
             <text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p>\
             </text:deletion></text:changed-region></text:tracked-changes>\
             <text:h text:outline-level=\"1\">Heading   one</text:h>\n\
             <text:p>A  <text:s text:c=\"2\"/>wide<text:tab/>gap<text:line-break/>next\
             <text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>\
             <text:note-body><text:p>A note.</text:p></text:note-body></text:note> line.\
             <office:annotation><text:p>a comment</text:p></office:annotation></text:p>\
             </office:text></office:body></office:document-content>";
        let bytes = archive(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
        ]);
        let (text, encoding) = extract("r.odt", &bytes).unwrap();
        assert_eq!(encoding, Encoding::Odt);
        assert_eq!(text, "Heading one\n\nA   wide\tgap\nnext line.\n\nA note.");
    }

    #[test]
    fn other_archives_and_broken_ones_are_refused_in_one_line() {
        let sheet = archive(&[("xl/workbook.xml", "<workbook/>")]);
        let m = extract("t.xlsx", &sheet).unwrap_err().to_string();
        assert!(
            m.starts_with("t.xlsx: is a zip archive that is neither"),
            "{m}"
        );
        let m = extract("t.docx", b"PK\x03\x04broken")
            .unwrap_err()
            .to_string();
        assert!(m.starts_with("t.docx: is a damaged zip archive"), "{m}");
        let bad = archive(&[("word/document.xml", "<w:document><w:p></w:document>")]);
        let m = extract("b.docx", &bad).unwrap_err().to_string();
        assert!(
            m.contains("word/document.xml in the document is malformed XML"),
            "{m}"
        );
        assert_eq!(m.lines().count(), 1);
    }

    /// A part cut off after a paragraph is well-formed up to its end: only the elements left
    /// open show that half of the document is missing.
    #[test]
    fn a_part_cut_off_after_a_paragraph_is_refused() {
        let word = format!("<w:document {W}><w:body><w:p><w:r><w:t>First half.</w:t></w:r></w:p>");
        let odf = "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body>\
                   <office:text><text:p>First half.</text:p>";
        let mimetype = ("mimetype", "application/vnd.oasis.opendocument.text");
        for (file, part, bytes) in [
            (
                "cut.docx",
                "word/document.xml",
                archive(&[("word/document.xml", &word)]),
            ),
            (
                "cut.odt",
                "content.xml",
                archive(&[mimetype, ("content.xml", odf)]),
            ),
        ] {
            let m = extract(file, &bytes).unwrap_err().to_string();
            assert!(
                m.starts_with(&format!("{file}: {part} in the document is malformed XML")),
                "{m}"
            );
            assert!(m.contains("is not closed at the end"), "{m}");
            assert_eq!(m.lines().count(), 1);
        }
    }
}
