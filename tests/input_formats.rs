//! The inputs translators actually have: the bundled sample saved as Word (.docx) and
//! OpenDocument (.odt) files, as an HTML page, in Windows-1256, ISO-8859-6 and UTF-16 without a
//! BOM must give the same quotes, statuses, outlets, flags and Arabic sentences as the original.
//! The tests build those files themselves from the sample, the way an editor would save them
//! (curly quotes, right-to-left runs, one paragraph per element).

mod common;

use std::io::Write;
use std::path::Path;

use common::{isnad, s, sample_copy};
use serde_json::Value;

const REPORT: &str = "report.en.md";
const SOURCES: [&str; 3] = [
    "sahel-tv.ar.txt",
    "sada-alahrar.ar.txt",
    "levant-observatory.ar.txt",
];

/// What must not change with the file format: per quote its id, words, status, credited and
/// matched outlet, flag kinds and the Arabic it was traced to.
fn outcome(dir: &Path, extra: &[&str]) -> Vec<String> {
    let out = isnad()
        .arg("check")
        .arg(dir)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&common::succeeded(out)).unwrap();
    let words = |v: &Value| {
        v.as_str()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    report["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let flags: Vec<&str> = q["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["kind"].as_str().unwrap())
                .collect();
            format!(
                "{} | {} | {} | {} | {} | {:?} | {}",
                q["quote_id"],
                words(&q["quote"]),
                q["status"],
                q["attributed_outlet"],
                q["source_outlet"],
                flags,
                // Digits aside: a Windows-1256 file writes them in ASCII.
                words(&q["arabic"]).replace(|c: char| c.is_numeric(), "#"),
            )
        })
        .collect()
}

/// The sample with its report and sources replaced by `files` (name, bytes), `isnad.toml`
/// pointing at them.
fn variant(report: (&str, Vec<u8>), sources: [(&str, Vec<u8>); 3]) -> tempfile::TempDir {
    let dir = sample_copy();
    let mut toml = std::fs::read_to_string(dir.path().join("isnad.toml")).unwrap();
    toml = toml.replace(&format!("\"{REPORT}\""), &format!("\"{}\"", report.0));
    std::fs::write(dir.path().join(report.0), report.1).unwrap();
    for (original, (name, bytes)) in SOURCES.iter().zip(sources) {
        toml = toml.replace(&format!("\"{original}\""), &format!("\"{name}\""));
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    std::fs::write(dir.path().join("isnad.toml"), toml).unwrap();
    dir
}

fn sample_text(name: &str) -> String {
    std::fs::read_to_string(Path::new(common::expected::SAMPLE).join(name)).unwrap()
}

/// The paragraphs of a sample file as a word processor holds them: no Markdown marks, and
/// Word's typographic double quotes.
fn paragraphs(name: &str) -> Vec<String> {
    sample_text(name)
        .split("\n\n")
        .map(|p| p.trim().trim_start_matches('#').trim().trim_matches('*'))
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut open = true;
            p.chars()
                .map(|c| match c {
                    '"' => {
                        open = !open;
                        if open {
                            '\u{201d}'
                        } else {
                            '\u{201c}'
                        }
                    }
                    other => other,
                })
                .collect()
        })
        .collect()
}

fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Word document: one `w:p` per paragraph, split into two runs at a space (as editing leaves
/// them), Arabic runs marked right-to-left.
fn docx(name: &str) -> Vec<u8> {
    let body: String = paragraphs(name)
        .iter()
        .map(|p| {
            let rtl = if p.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)) {
                "<w:rPr><w:rtl/></w:rPr>"
            } else {
                ""
            };
            let cut = p.char_indices().filter(|(_, c)| *c == ' ').nth(3);
            let (a, b) = cut.map_or((p.as_str(), ""), |(i, _)| p.split_at(i));
            format!(
                "<w:p><w:r>{rtl}<w:t xml:space=\"preserve\">{}</w:t></w:r>\
                 <w:r>{rtl}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                xml_escape(a),
                xml_escape(b)
            )
        })
        .collect();
    zip(&[
        ("[Content_Types].xml", "<Types/>".to_string()),
        (
            "word/document.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
                 xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
                 <w:body>{body}<w:sectPr/></w:body></w:document>"
            ),
        ),
    ])
}

/// An OpenDocument text: the first paragraph a heading, the others `text:p`.
fn odt(name: &str) -> Vec<u8> {
    let body: String = paragraphs(name)
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let element = if i == 0 { "text:h" } else { "text:p" };
            format!("<{element}>{}</{element}>\n", xml_escape(p))
        })
        .collect();
    zip(&[
        (
            "mimetype",
            "application/vnd.oasis.opendocument.text".to_string(),
        ),
        (
            "content.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \
                 xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
                 xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
                 <office:body><office:text>\n{body}</office:text></office:body>\
                 </office:document-content>"
            ),
        ),
    ])
}

fn utf16le_without_bom(name: &str) -> Vec<u8> {
    sample_text(name)
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// A legacy Arabic charset has no Arabic-Indic digits: files in it write digits in ASCII.
fn legacy(name: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let text: String = sample_text(name)
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            other => other,
        })
        .collect();
    let (bytes, _, unmappable) = encoding.encode(&text);
    assert!(
        !unmappable,
        "{name} has characters {} lacks",
        encoding.name()
    );
    bytes.into_owned()
}

fn original() -> Vec<String> {
    let dir = sample_copy();
    let got = outcome(dir.path(), &[]);
    assert!(got.len() >= 10, "{got:?}");
    got
}

fn each_source(f: impl Fn(&str) -> (String, Vec<u8>)) -> [(String, Vec<u8>); 3] {
    SOURCES.map(f)
}

fn run_variant(
    report: (String, Vec<u8>),
    sources: [(String, Vec<u8>); 3],
    extra: &[&str],
) -> Vec<String> {
    let [a, b, c] = sources;
    let dir = variant(
        (&report.0, report.1),
        [(&a.0, a.1), (&b.0, b.1), (&c.0, c.1)],
    );
    outcome(dir.path(), extra)
}

fn stem(name: &str) -> &str {
    name.split('.').next().unwrap()
}

#[test]
fn word_documents_give_the_same_result_as_the_text_files() {
    let got = run_variant(
        ("report.docx".into(), docx(REPORT)),
        each_source(|n| (format!("{}.docx", stem(n)), docx(n))),
        &[],
    );
    assert_eq!(got, original());
}

#[test]
fn opendocument_texts_give_the_same_result_as_the_text_files() {
    let got = run_variant(
        ("report.odt".into(), odt(REPORT)),
        each_source(|n| (format!("{}.odt", stem(n)), odt(n))),
        &[],
    );
    assert_eq!(got, original());
}

#[test]
fn an_html_report_gives_the_same_result_as_the_markdown_one() {
    let body: String = paragraphs(REPORT)
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let tag = if i == 0 { "h1" } else { "p" };
            format!("<{tag}>{}</{tag}>\n", xml_escape(p))
        })
        .collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Salma</title></head>\
         <body><article>\n{body}</article></body></html>\n"
    );
    let got = run_variant(
        ("report.html".into(), page.into_bytes()),
        each_source(|n| (n.to_string(), sample_text(n).into_bytes())),
        &[],
    );
    assert_eq!(got, original());
}

#[test]
fn sources_in_arabic_legacy_charsets_are_detected_or_named() {
    let expected = original();
    let report = || (REPORT.to_string(), sample_text(REPORT).into_bytes());
    let windows = run_variant(
        report(),
        each_source(|n| (n.to_string(), legacy(n, encoding_rs::WINDOWS_1256))),
        &[],
    );
    assert_eq!(windows, expected);
    let iso = run_variant(
        report(),
        each_source(|n| (n.to_string(), legacy(n, encoding_rs::ISO_8859_6))),
        &["--encoding", "iso-8859-6"],
    );
    assert_eq!(iso, expected);
}

#[test]
fn utf16_files_without_a_bom_give_the_same_result() {
    let got = run_variant(
        ("report.en.md".into(), utf16le_without_bom(REPORT)),
        each_source(|n| (n.to_string(), utf16le_without_bom(n))),
        &[],
    );
    assert_eq!(got, original());
}

#[test]
fn the_encoding_of_each_source_is_reported() {
    let dir = variant(
        (REPORT, sample_text(REPORT).into_bytes()),
        [
            ("a.docx", docx(SOURCES[0])),
            ("b.txt", legacy(SOURCES[1], encoding_rs::WINDOWS_1256)),
            ("c.txt", utf16le_without_bom(SOURCES[2])),
        ],
    );
    let out = isnad()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let encodings: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["encoding"].as_str().unwrap())
        .collect();
    assert_eq!(encodings, ["docx", "windows-1256", "utf-16le"]);
}

#[test]
fn an_unknown_encoding_or_a_latin_file_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("f.txt");
    std::fs::write(
        &french,
        encoding_rs::WINDOWS_1252
            .encode("Le général a déclaré que l'armée était prête.\n")
            .0,
    )
    .unwrap();
    let out = isnad().args(["segment", &s(&french)]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("f.txt:1: invalid UTF-8") && err.contains("--encoding windows-1252"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // Forced, it is read.
    isnad()
        .args(["segment", &s(&french), "--encoding", "windows-1252"])
        .assert()
        .success()
        .stdout(predicates::str::contains("général"));
    let out = isnad()
        .args(["segment", &s(&french), "--encoding", "klingon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a known charset"));
}

/// The sample as LibreOffice Writer saves it: each text file imported as UTF-8 text (one
/// paragraph per line) and converted to .docx and to .odt by the real program, so the test
/// reads what a word processor writes, not only what this file writes.
#[test]
fn documents_saved_by_libreoffice_give_the_same_result() {
    let Some(soffice) = common::soffice() else {
        eprintln!("SKIPPED: no soffice on PATH; no document was made by a word processor");
        return;
    };
    let expected = original();
    let work = tempfile::tempdir().unwrap();
    let mut texts = Vec::new();
    for name in std::iter::once(REPORT).chain(SOURCES) {
        let path = work.path().join(format!("{}.txt", stem(name)));
        std::fs::write(&path, sample_text(name)).unwrap();
        texts.push(path);
    }
    for format in ["docx", "odt"] {
        common::soffice_convert(
            &soffice,
            "Text (encoded):UTF8,LF,,,",
            format,
            work.path(),
            &texts,
        );
        let made = |name: &str| {
            let file = format!("{}.{format}", stem(name));
            let bytes = std::fs::read(work.path().join(&file)).unwrap();
            (file, bytes)
        };
        let got = run_variant(made(REPORT), each_source(made), &[]);
        assert_eq!(got, expected, "{format}");
    }
}

/// A paragraph moved with tracked changes on: Word's final view shows it only where it went, so
/// the old place (`w:moveFrom`, its runs' text in `w:t`) is not read, and no empty paragraph
/// stands in for it.
#[test]
fn a_tracked_move_is_read_where_it_went_only() {
    let run = |text: &str| format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>");
    let body = format!(
        "<w:p>{}</w:p>\
         <w:p><w:pPr><w:rPr><w:moveFrom w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>\
         <w:moveFromRangeStart w:id=\"2\" w:name=\"move1\"/>\
         <w:moveFrom w:id=\"3\" w:author=\"a\">{}</w:moveFrom>\
         <w:moveFromRangeEnd w:id=\"2\"/></w:p>\
         <w:p>{}<w:del w:id=\"4\"><w:r><w:delText>21</w:delText></w:r></w:del>{}</w:p>\
         <w:p><w:moveTo w:id=\"5\" w:author=\"a\">{}</w:moveTo></w:p>",
        run("The Observatory said \u{201c}3 million people need humanitarian aid\u{201d}."),
        run("The Observatory said \u{201c}the army shelled the city with 31 rockets\u{201d}."),
        run("The Observatory said \u{201c}20 fighters were "),
        run("killed in the fighting near the border\u{201d}."),
        run("The Observatory said \u{201c}the army shelled the city with 30 rockets\u{201d}."),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("move.docx");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    std::fs::write(
        &file,
        zip(&[
            ("[Content_Types].xml", "<Types/>".to_string()),
            ("word/document.xml", document),
        ]),
    )
    .unwrap();
    let out = isnad()
        .args(["segment", &s(&file), "--format", "json"])
        .output()
        .unwrap();
    let units: Value = serde_json::from_slice(&common::succeeded(out)).unwrap();
    let units: Vec<(u64, &str)> = units
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["line"].as_u64().unwrap(), u["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        units,
        [
            (1, "The Observatory said \u{201c}3 million people need humanitarian aid\u{201d}."),
            (3, "The Observatory said \u{201c}20 fighters were killed in the fighting near the border\u{201d}."),
            (5, "The Observatory said \u{201c}the army shelled the city with 30 rockets\u{201d}."),
        ]
    );
}
