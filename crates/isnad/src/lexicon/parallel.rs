//! Parallel text for learning a lexicon: TMX 1.4 translation memories, or two line-aligned files.

use std::io::BufRead;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::{one_line, Error, Result};
use crate::text::{read_source, Lang};

/// One Arabic sentence (or segment) and its English translation. Ordered by the Arabic, then
/// the English: what learning from pairs gathered in no meaningful order sorts them by
/// ([`crate::lexicon::learn::in_canonical_order`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SentencePair {
    pub arabic: String,
    pub english: String,
}

/// Reads a parallel source named on the command line: a `.tmx` file, a `.tsv` file of
/// `arabic<TAB>english` rows, or `AR.txt:EN.txt` (two line-aligned files, Arabic first).
pub fn read_parallel(spec: &str) -> Result<Vec<SentencePair>> {
    let pairs = read_parallel_sides(spec)?;
    // An untranslated export: the "English" side is the Arabic again.
    if !pairs.is_empty()
        && !pairs
            .iter()
            .any(|p| p.english.chars().any(|c| c.is_ascii_alphabetic()))
    {
        return Err(Error::input(
            spec,
            "its English side holds no Latin letter in any pair (the Arabic copied, or another \
             language): expected Arabic paired with its English translation",
        ));
    }
    Ok(pairs)
}

fn read_parallel_sides(spec: &str) -> Result<Vec<SentencePair>> {
    let lower = spec.to_ascii_lowercase();
    if lower.ends_with(".tmx") {
        return read_tmx(Path::new(spec));
    }
    if lower.ends_with(".tsv") {
        return read_tsv_pairs(spec);
    }
    match split_pair(spec) {
        Some((ar, en)) if !ar.is_empty() && !en.is_empty() => read_line_aligned(ar, en),
        // A TSV saved under another name (a spreadsheet's "Text (Tab delimited)" is .txt).
        _ if Path::new(spec).is_file() && tab_separated(spec) => read_tsv_pairs(spec),
        _ => Err(Error::input(
            spec,
            "expected a .tmx file, a .tsv file of arabic<TAB>english rows, or AR.txt:EN.txt \
             (two line-aligned files)",
        )),
    }
}

/// Whether the file at `path` starts with a row of two tab-separated fields.
fn tab_separated(path: &str) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    read.is_ok()
        && String::from_utf8_lossy(&head)
            .lines()
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .is_some_and(|l| l.split('\t').count() == 2)
}

/// The two files of an `AR.txt:EN.txt` spec. A path may hold a colon itself (`a:b.txt:en.txt`):
/// the split at which both sides name a file (or `-`, standard input) is taken, else the first
/// colon's (whose missing file the error then names). `None` without a colon.
pub fn split_pair(spec: &str) -> Option<(&str, &str)> {
    let exists = |p: &str| p == "-" || Path::new(p).is_file();
    let splits = spec
        .match_indices(':')
        .map(|(i, _)| (&spec[..i], &spec[i + 1..]));
    let mut first = None;
    for (ar, en) in splits {
        if exists(ar) && exists(en) {
            return Some((ar, en));
        }
        first.get_or_insert((ar, en));
    }
    first
}

/// Reads two line-aligned files: line n of `english` translates line n of `arabic`. Pairs with an
/// empty side are dropped; different line counts are an error (the files are not aligned).
pub fn read_line_aligned(arabic: &str, english: &str) -> Result<Vec<SentencePair>> {
    let ar = read_source(arabic)?;
    let en = read_source(english)?;
    // Swapped sides would learn nothing and say nothing.
    crate::text::expect_lang_of(arabic, &ar.text, Lang::Ar)?;
    crate::text::expect_lang_of(english, &en.text, Lang::En)?;
    let lines = crate::text::split_lines;
    let (ar_lines, en_lines) = (lines(&ar.text).count(), lines(&en.text).count());
    if ar_lines != en_lines {
        return Err(Error::input(
            english,
            format!("has {en_lines} lines but {arabic} has {ar_lines}; line-aligned files must have as many"),
        ));
    }
    Ok(lines(&ar.text)
        .zip(lines(&en.text))
        .filter(|(a, e)| !a.trim().is_empty() && !e.trim().is_empty())
        .map(|(a, e)| SentencePair {
            arabic: a.trim().to_string(),
            english: e.trim().to_string(),
        })
        .collect())
}

/// Whether `text` holds a letter of the Arabic script.
fn holds_arabic(text: &str) -> bool {
    text.chars().any(crate::text::is_arabic_char)
}

/// Reads `arabic<TAB>english` rows (a translation memory exported as TSV; `#` comments and
/// blank lines skipped). A row without exactly two fields, or with Arabic only in the second
/// column, is an error naming its line; so are rows none of which holds Arabic in its first
/// column (a memory of another language, or one read in the wrong charset: `--encoding`), which
/// would teach nothing: the error names the first.
pub fn read_tsv_pairs(path: &str) -> Result<Vec<SentencePair>> {
    let source = read_source(path)?;
    let mut pairs = Vec::new();
    // The first row whose first column holds no Arabic, should no row's hold any.
    let mut first_without_arabic = None;
    for (index, line) in crate::text::split_rows(&source.text).enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [arabic, english] = fields.as_slice() else {
            return Err(Error::input_at(
                path,
                index + 1,
                format!("expected arabic<TAB>english, found {} fields", fields.len()),
            ));
        };
        if !holds_arabic(arabic) && holds_arabic(english) {
            return Err(Error::input_at(
                path,
                index + 1,
                "the Arabic is in the second column; expected arabic<TAB>english",
            ));
        }
        // A header row (`arabic<TAB>english`, `ar<TAB>en`, `source<TAB>target`) before any
        // pair, as a spreadsheet exports it.
        let named = |field: &str, names: &[&str]| names.contains(&field.to_lowercase().as_str());
        let header = pairs.is_empty()
            && first_without_arabic.is_none()
            && named(arabic, &["arabic", "ar", "ara", "arb", "source", "src"])
            && named(english, &["english", "en", "eng", "target", "tgt"]);
        if header {
            continue;
        }
        if !arabic.is_empty() && !english.is_empty() {
            if !holds_arabic(arabic) {
                first_without_arabic.get_or_insert(index + 1);
            }
            pairs.push(SentencePair {
                arabic: arabic.to_string(),
                english: english.to_string(),
            });
        }
    }
    if let (Some(line), false) = (first_without_arabic, any_arabic(&pairs)) {
        return Err(Error::input_at(
            path,
            line,
            format!(
                "its first column holds no Arabic script, nor does any other row's: expected \
                 arabic<TAB>english{}",
                wrong_charset_hint(source.encoding)
            ),
        ));
    }
    Ok(pairs)
}

/// Whether any pair holds Arabic on its Arabic side: pairs none of which does teach nothing.
fn any_arabic(pairs: &[SentencePair]) -> bool {
    pairs.iter().any(|p| holds_arabic(&p.arabic))
}

/// What to add to the error of a memory without Arabic read in a legacy charset: the charset
/// may be the wrong one.
fn wrong_charset_hint(encoding: crate::text::read::Encoding) -> String {
    use crate::text::read::Encoding;
    match encoding {
        Encoding::Declared(name) | Encoding::Forced(name) | Encoding::Detected(name) => {
            format!(" (read as {name}: if that is not its charset, name it with --encoding)")
        }
        _ => String::new(),
    }
}

/// Reads the Arabic–English pairs of a TMX file (streaming). Pairs none of which holds Arabic
/// script on its Arabic side (segments mislabelled, or a charset read wrong) are an error: they
/// would teach nothing.
pub fn read_tmx(path: &Path) -> Result<Vec<SentencePair>> {
    let name = path.display().to_string();
    let bytes = crate::text::read::read_input_bytes(path, &name, false)?;
    let pairs = parse_tmx(bytes.as_slice(), &name).map_err(|failure| match failure {
        TmxFailure::At(offset, message) => {
            let line = line_of_offset(path, offset);
            Error::input_at(&name, line, message)
        }
        TmxFailure::Other(error) => error,
    })?;
    if !pairs.is_empty() && !any_arabic(&pairs) {
        return Err(Error::input(
            &name,
            "no Arabic segment (<tuv xml:lang=\"ar\">) holds Arabic script: nothing to learn",
        ));
    }
    Ok(pairs)
}

/// A TMX error at a byte offset (turned into a line by the caller, who can re-read the file).
pub enum TmxFailure {
    At(u64, String),
    Other(Error),
}

/// Elements inside `<seg>` whose content is native markup (`<b>`, `{1}`), not text.
fn is_native_code(element: &[u8]) -> bool {
    matches!(element, b"bpt" | b"ept" | b"ph" | b"it" | b"ut")
}

/// Parses TMX from `reader`. Each `<tu>` gives the first Arabic and the first English `<tuv>`
/// (`xml:lang` or `lang`, any region: `ar-SY`, `en_GB`); units lacking either are skipped.
/// Segment text keeps the text of inline elements (`<hi>`, `<sub>`) and drops native codes.
pub fn parse_tmx<R: BufRead>(
    reader: R,
    name: &str,
) -> std::result::Result<Vec<SentencePair>, TmxFailure> {
    let mut xml = Reader::from_reader(reader);
    let mut buf = Vec::new();
    let mut pairs = Vec::new();
    let mut unit = Unit::default();
    let mut tuv_lang: Option<Side> = None;
    let mut segment: Option<String> = None;
    let mut native_depth = 0usize;
    let mut saw_tmx = false;
    // The elements open at this point: a file cut short ends inside some.
    let mut open: Vec<String> = Vec::new();
    loop {
        let position = xml.buffer_position();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| TmxFailure::At(position, one_line(format!("malformed TMX: {e}"))))?;
        match &event {
            Event::Start(e) => open.push(String::from_utf8_lossy(e.local_name().as_ref()).into()),
            Event::End(_) => {
                open.pop();
            }
            Event::Eof => {
                if let Some(inside) = open.last() {
                    return Err(TmxFailure::At(
                        position,
                        format!("malformed TMX: the file ends inside <{inside}> (cut short?)"),
                    ));
                }
            }
            _ => {}
        }
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"tmx" => saw_tmx = true,
                b"tu" => unit = Unit::default(),
                b"tuv" => tuv_lang = side_of(&e),
                b"seg" => segment = Some(String::new()),
                other if segment.is_some() && is_native_code(other) => native_depth += 1,
                _ => {}
            },
            Event::Text(t) if native_depth == 0 => {
                if let Some(seg) = segment.as_mut() {
                    let text = t.unescape().map_err(|e| {
                        TmxFailure::At(position, one_line(format!("bad text in <seg>: {e}")))
                    })?;
                    seg.push_str(&text);
                }
            }
            Event::CData(t) if native_depth == 0 => {
                if let Some(seg) = segment.as_mut() {
                    seg.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"seg" => {
                    if let (Some(side), Some(text)) = (tuv_lang, segment.take()) {
                        unit.set(side, text);
                    }
                }
                b"tuv" => tuv_lang = None,
                b"tu" => pairs.extend(std::mem::take(&mut unit).into_pair()),
                other if segment.is_some() && is_native_code(other) => {
                    native_depth = native_depth.saturating_sub(1)
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !saw_tmx {
        return Err(TmxFailure::Other(Error::input(
            name,
            "not a TMX file (no <tmx> element)",
        )));
    }
    Ok(pairs)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Arabic,
    English,
}

fn side_of(tuv: &BytesStart) -> Option<Side> {
    let lang = tuv.attributes().flatten().find_map(|a| {
        matches!(a.key.as_ref(), b"xml:lang" | b"lang")
            .then(|| a.unescape_value().ok().map(|v| v.to_ascii_lowercase()))
    })??;
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    match primary {
        "ar" | "ara" => Some(Side::Arabic),
        "en" | "eng" => Some(Side::English),
        _ => None,
    }
}

#[derive(Debug, Default)]
struct Unit {
    arabic: Option<String>,
    english: Option<String>,
}

impl Unit {
    fn set(&mut self, side: Side, text: String) {
        let slot = match side {
            Side::Arabic => &mut self.arabic,
            Side::English => &mut self.english,
        };
        slot.get_or_insert(text);
    }

    fn into_pair(self) -> Option<SentencePair> {
        let arabic = self.arabic?.trim().to_string();
        let english = self.english?.trim().to_string();
        (!arabic.is_empty() && !english.is_empty()).then_some(SentencePair { arabic, english })
    }
}

/// 1-based line of a byte offset in a file (only called on errors).
fn line_of_offset(path: &Path, offset: u64) -> usize {
    let bytes = std::fs::read(path).unwrap_or_default();
    let end = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>The <hi>book</hi> &amp; pen</seg></tuv>
<tuv xml:lang="ar-SY"><seg>الكتاب والقلم</seg></tuv></tu>
<tu><tuv lang="AR"><seg>قرية<ph>&lt;br/&gt;</ph> كبيرة</seg></tuv><tuv lang="en_GB"><seg>a big village</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>livre</seg></tuv><tuv xml:lang="en"><seg>book</seg></tuv></tu>
</body></tmx>"#;

    fn pair(ar: &str, en: &str) -> SentencePair {
        SentencePair {
            arabic: ar.into(),
            english: en.into(),
        }
    }

    fn parse(text: &str) -> std::result::Result<Vec<SentencePair>, TmxFailure> {
        parse_tmx(text.as_bytes(), "t.tmx")
    }

    #[test]
    fn a_tab_separated_memory_saved_as_text_reads_as_tsv_without_its_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.txt");
        std::fs::write(&path, "arabic\tenglish\nالكتاب\tthe book\nقرية\tvillage\n").unwrap();
        let pairs = read_parallel(path.to_str().unwrap()).unwrap();
        assert_eq!(
            pairs,
            vec![pair("الكتاب", "the book"), pair("قرية", "village")]
        );
        // Its English the Arabic again (an untranslated export): nothing to learn.
        std::fs::write(&path, "الكتاب\tالكتاب\nقرية\tقرية\n").unwrap();
        let err = read_parallel(path.to_str().unwrap())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("its English side holds no Latin letter"),
            "{err}"
        );
        // A text file without tabs is still not a memory.
        std::fs::write(&path, "الكتاب the book\n").unwrap();
        let err = read_parallel(path.to_str().unwrap())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a .tsv file of arabic<TAB>english rows"),
            "{err}"
        );
    }

    #[test]
    fn malformed_tmx_messages_are_one_line() {
        // Found by tests/fuzz_readers.rs: quick-xml quotes a close tag with its line break.
        for text in [
            "<tmx><body>\n</seg\n<tu></body></tmx>",
            "</seg'<tu\n>'<?xml version=\"1.0\"?>",
        ] {
            match parse(text) {
                Err(TmxFailure::At(_, message)) => {
                    assert!(!message.contains(['\n', '\r']), "{message}");
                    assert!(message.contains("\\n"), "{message}");
                }
                _ => panic!("{text:?} should fail"),
            }
        }
    }

    #[test]
    fn tmx_pairs_language_variants_and_inline_text() {
        let pairs = parse(TMX).ok().unwrap();
        assert_eq!(
            pairs,
            vec![
                pair("الكتاب والقلم", "The book & pen"),
                pair("قرية كبيرة", "a big village")
            ]
        );
    }

    #[test]
    fn malformed_tmx_reports_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.tmx");
        std::fs::write(
            &path,
            "<tmx>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu>\n</body></tmx>",
        )
        .unwrap();
        let message = read_tmx(&path).unwrap_err().to_string();
        assert!(message.contains("bad.tmx:3: malformed TMX"), "{message}");

        // Cut short: the file ends inside an element.
        let cut = "<?xml version=\"1.0\"?>\n<tmx><body><tu><tuv xml:lang=\"ar\"><seg>قصف";
        std::fs::write(&path, cut).unwrap();
        let message = read_tmx(&path).unwrap_err().to_string();
        assert!(
            message.contains("bad.tmx:2: malformed TMX: the file ends inside <seg>"),
            "{message}"
        );

        std::fs::write(&path, "<html></html>").unwrap();
        let message = read_tmx(&path).unwrap_err().to_string();
        assert!(
            message.ends_with("bad.tmx: not a TMX file (no <tmx> element)"),
            "{message}"
        );
    }

    #[test]
    fn a_memory_without_arabic_names_its_first_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tsv");
        let spec = path.to_str().unwrap();
        // Latin in the first column (another language, or Arabic read in a Latin charset):
        // nothing to learn, the first row named.
        std::fs::write(&path, "# comment\n\nhello\tworld\nbook\tlivre\n").unwrap();
        let message = read_parallel(spec).unwrap_err().to_string();
        assert!(
            message.contains("m.tsv:3: its first column holds no Arabic"),
            "{message}"
        );
        // One Arabic row is a memory: its Latin rows (names, numbers) are kept.
        std::fs::write(&path, "hello\tworld\nكتاب\tbook\n").unwrap();
        assert_eq!(read_parallel(spec).unwrap().len(), 2);
        // A TMX whose Arabic segments hold no Arabic.
        let tmx = dir.path().join("m.tmx");
        std::fs::write(
            &tmx,
            "<tmx><body><tu><tuv xml:lang=\"ar\"><seg>kitab</seg></tuv>\
             <tuv xml:lang=\"en\"><seg>book</seg></tuv></tu></body></tmx>",
        )
        .unwrap();
        let message = read_tmx(&tmx).unwrap_err().to_string();
        assert!(message.contains("no Arabic segment"), "{message}");
    }

    #[test]
    fn a_pair_spec_splits_where_both_files_are() {
        let dir = tempfile::tempdir().unwrap();
        let (ar, en) = (dir.path().join("a:b.txt"), dir.path().join("en.txt"));
        std::fs::write(&ar, "x").unwrap();
        std::fs::write(&en, "x").unwrap();
        let spec = format!("{}:{}", ar.display(), en.display());
        let (a, e) = split_pair(&spec).unwrap();
        assert_eq!((a, e), (ar.to_str().unwrap(), en.to_str().unwrap()));
        // Neither split names two files: the first colon's, so the error names the first.
        assert_eq!(split_pair("no.txt:pe.txt"), Some(("no.txt", "pe.txt")));
        assert_eq!(split_pair("-:en.txt").map(|p| p.0), Some("-"));
        assert_eq!(split_pair("plain.txt"), None);
    }

    #[test]
    fn line_aligned_files() {
        let dir = tempfile::tempdir().unwrap();
        let ar = dir.path().join("a.txt");
        let en = dir.path().join("e.txt");
        std::fs::write(&ar, "كتاب\n\nقرية\n").unwrap();
        std::fs::write(&en, "book\n\nvillage\n").unwrap();
        let spec = format!("{}:{}", ar.display(), en.display());
        assert_eq!(
            read_parallel(&spec).unwrap(),
            vec![pair("كتاب", "book"), pair("قرية", "village")]
        );

        std::fs::write(&en, "book\n").unwrap();
        let message = read_parallel(&spec).unwrap_err().to_string();
        assert!(message.contains("has 1 lines but"), "{message}");

        // The sides swapped: the English file first is named, as other commands do.
        std::fs::write(&en, "book\n\nvillage\n").unwrap();
        let swapped = format!("{}:{}", en.display(), ar.display());
        let message = read_parallel(&swapped).unwrap_err().to_string();
        assert_eq!(
            message,
            format!(
                "{}: expected Arabic text, found English (Arabic-script share 0%)",
                en.display()
            )
        );

        let message = read_parallel("nothing-here").unwrap_err().to_string();
        assert!(
            message.contains(
                "expected a .tmx file, a .tsv file of arabic<TAB>english rows, or AR.txt:EN.txt"
            ),
            "{message}"
        );
    }
}
