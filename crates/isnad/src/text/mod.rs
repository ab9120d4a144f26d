//! The first stage of the pipeline: files → `Document` (text, language, sentences with offsets).
//!
//! - [`read`]: bytes → text (encodings, bad input).
//! - [`markdown`]: Markdown markup masked out without moving any byte.
//! - [`prose`]: the masked text as read (markup dropped, white space folded), mapped back.
//! - [`arabic`]: Arabic normalization with a map back to original offsets.
//! - [`segment`]: sentences, headings and bylines for both scripts.
//! - [`tokens`]: words, numbers, punctuation; light stemming; stop words.
//! - [`phrases`]: where a text writes a given phrase (an outlet's name).

pub mod arabic;
pub mod html;
pub mod ledger;
pub mod lines;
pub mod markdown;
pub mod numbers;
pub mod phrases;
pub mod prose;
pub mod read;
pub mod segment;
pub mod tokens;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
pub use lines::{split_lines, split_rows, LineIndex};
pub use prose::{Breaks, ProseView};
pub use read::{read_source, Source};
pub use segment::{Unit, UnitKind};

/// The language of a document. isnad only deals with Arabic sources and English reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// Share of Arabic-script letters among all letters at or above which a text counts as Arabic
/// (crate::tuning, `language`). Arabic news carries Latin acronyms and names, English reports
/// carry the odd Arabic word; a 30% share separates the two with a wide margin on both sides.
pub const ARABIC_SHARE_THRESHOLD: f64 = crate::tuning::TUNING.language.arabic_share_threshold;

/// Whether `text`, whose Arabic-script share is `share`, is the Arabic side when read beside an
/// English text whose share is `english_share`: above [`ARABIC_SHARE_THRESHOLD`] always; below
/// it (an Arabic text full of Latin names, acronyms and figures), from a lower share when it
/// also has several times the English text's and its grammar is Arabic — more of its words are
/// Arabic function words (في، من، إن …) than English ones (the, of, said …): an English text
/// with Arabic names in brackets has the share, not the grammar. Swapped files or two English
/// files still fail.
pub fn reads_as_arabic_beside(text: &str, share: f64, english_share: f64) -> bool {
    let params = crate::tuning::TUNING.language;
    share >= ARABIC_SHARE_THRESHOLD
        || (share >= params.arabic_share_beside_english
            && share >= params.arabic_share_over_english * english_share
            && grammar_is_arabic(text))
}

/// Whether a text has more Arabic function words than English ones (the stop words of each
/// language, [`tokens::is_stopword`]; the lone conjunction و between Latin names too).
fn grammar_is_arabic(text: &str) -> bool {
    let (mut arabic, mut english) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if word.starts_with(is_arabic_char) {
            arabic +=
                usize::from(word == "و" || tokens::is_stopword(Lang::Ar, &arabic::normalize(word)));
        } else {
            english += usize::from(tokens::is_stopword(Lang::En, &word.to_lowercase()));
        }
    }
    arabic > english
}

/// Share of letters in `text` that are Arabic script (0.0 when there are no letters).
pub fn arabic_share(text: &str) -> f64 {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_arabic_char(c) {
            arabic += 1;
        }
    }
    if letters == 0 {
        0.0
    } else {
        arabic as f64 / letters as f64
    }
}

/// Arabic-script code points (Arabic, Supplement, Extended-A, presentation forms).
pub fn is_arabic_char(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Invisible format controls: the soft hyphen, zero-width space, non-joiner and joiner, the
/// left-to-right and right-to-left marks, the Arabic letter mark, bidi embeddings, overrides and
/// isolates, the word joiner and invisible operators, the byte order mark. They change how text
/// is shown (or where a line may break), never what it says: normalization removes them
/// ([`arabic::is_ignorable`]), the tokenizer keeps them inside a word, segmentation looks
/// through them, and the prose of a text ([`ProseView`]) drops them inside a word.
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069
        | 0xFEFF)
}

/// Guesses the language of a whole document from its Arabic-script share.
pub fn detect_lang(text: &str) -> Lang {
    if arabic_share(text) >= ARABIC_SHARE_THRESHOLD {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// A read and segmented input file.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    pub text: String,
    pub lang: Lang,
    pub markup: Markup,
    /// How the file was encoded: byte offsets are into its UTF-8 text (`read::Encoding::name`).
    pub encoding: read::Encoding,
    pub units: Vec<Unit>,
}

/// The markup a document is written in, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Plain,
    /// `.md`, `.markdown`.
    Markdown,
    /// `.html`, `.htm`, `.xhtml`: a web page saved from an outlet's site.
    Html,
}

impl Markup {
    pub fn of_path(path: &str) -> Markup {
        if is_markdown_path(path) {
            Markup::Markdown
        } else if html::is_html_path(path) {
            Markup::Html
        } else {
            Markup::Plain
        }
    }

    /// `text` with this markup masked out, byte for byte (`None` for plain text).
    pub fn mask(self, text: &str) -> Option<markdown::Masked> {
        match self {
            Markup::Plain => None,
            Markup::Markdown => Some(markdown::mask(text)),
            Markup::Html => Some(html::mask(text)),
        }
    }
}

impl Document {
    /// Reads and segments `path`; `lang` overrides detection.
    pub fn load(path: &str, lang: Option<Lang>) -> Result<Document> {
        let source = read_source(path)?;
        let doc = Document::from_source(source, lang);
        if doc.units.is_empty() {
            // Only markup can leave a file that is not blank without a sentence.
            let why = match doc.markup {
                Markup::Html => {
                    "no text once the HTML markup is removed (an empty page, or one whose text \
                     its scripts insert: save the page's text instead)"
                }
                _ => "no text once the markup is removed",
            };
            return Err(Error::input(doc.path, why));
        }
        Ok(doc)
    }

    /// A document from text already in memory (tests, benchmarks, text from another program);
    /// `path` names it in messages and decides Markdown like a file name would.
    pub fn from_text(path: &str, text: &str, lang: Option<Lang>) -> Document {
        Document::from_source(
            Source {
                path: path.to_string(),
                text: text.to_string(),
                encoding: read::Encoding::Utf8,
            },
            lang,
        )
    }

    /// Segments already decoded text. Markdown and HTML are recognised by the file name's
    /// extension ([`Markup::of_path`]); their markup is masked before anything reads the text.
    pub fn from_source(source: Source, lang: Option<Lang>) -> Document {
        let markup = Markup::of_path(&source.path);
        let masked = markup.mask(&source.text);
        // A page's tags and scripts are Latin: the language is the language of its prose.
        let prose = masked
            .as_ref()
            .map_or(source.text.as_str(), |m| m.text.as_str());
        let lang = lang.unwrap_or_else(|| detect_lang(prose));
        let units = match &masked {
            Some(masked) => segment::segment_masked(&source.text, masked, lang),
            None => segment::segment(&source.text, lang),
        };
        Document {
            path: source.path,
            text: source.text,
            lang,
            markup,
            encoding: source.encoding,
            units,
        }
    }

    /// The text with its markup masked out (`None` for plain text).
    pub fn masked(&self) -> Option<markdown::Masked> {
        self.markup.mask(&self.text)
    }

    /// The text as prose, byte for byte: its markup masked out, or the text itself.
    pub fn prose(&self) -> std::borrow::Cow<'_, str> {
        match self.masked() {
            Some(m) => std::borrow::Cow::Owned(m.text),
            None => std::borrow::Cow::Borrowed(&self.text),
        }
    }

    /// The prose as a reader reads it — markup dropped, character references read as their
    /// character, every run of white space one space (with `Breaks::Keep`, a run holding a line
    /// break stays as it is, unless its breaks are soft ones inside a Markdown paragraph) — with a
    /// map back to offsets into `text` ([`ProseView`]).
    pub fn prose_view(&self, breaks: Breaks) -> ProseView<'_> {
        match self.masked() {
            // Markdown keeps a reference as written (`&nbsp;`); read it as its character.
            Some(m) if self.markup == Markup::Markdown => {
                let decoded = prose::references_decoded(&self.text, &m.text);
                ProseView::with_soft_breaks(&self.text, &decoded, breaks, &m.soft_breaks)
            }
            Some(m) => ProseView::new(&self.text, &m.text, breaks),
            None => ProseView::plain(&self.text, breaks),
        }
    }

    /// This document as the Arabic side beside `english` ([`reads_as_arabic_beside`]):
    /// segmented again as Arabic when its own share made it English; a one-line error when it
    /// is not Arabic even so.
    pub fn into_arabic_beside(self, english: &Document) -> Result<Document> {
        if self.lang == Lang::Ar {
            return Ok(self);
        }
        let prose = self.prose();
        let share = arabic_share(&prose);
        if !reads_as_arabic_beside(&prose, share, arabic_share(&english.prose())) {
            return Err(wrong_lang(&self.path, Lang::Ar, self.lang, &self.prose()));
        }
        let source = Source {
            path: self.path,
            text: self.text,
            encoding: self.encoding,
        };
        Ok(Document::from_source(source, Some(Lang::Ar)))
    }

    /// Fails with a one-line error when the document is not in the expected language.
    pub fn expect_lang(&self, lang: Lang) -> Result<()> {
        if self.lang == lang {
            Ok(())
        } else {
            Err(wrong_lang(&self.path, lang, self.lang, &self.prose()))
        }
    }
}

/// The error for an Arabic–English command given its files the wrong way round: `ar_path`
/// holds English and `en_path` Arabic. `command` is how the user runs it (`isnad align`).
pub fn swapped_sides(ar_path: &str, en_path: &str, command: &str) -> Error {
    Error::input(
        ar_path,
        format!("is English and {en_path} is Arabic: give the Arabic file first ({command} AR EN)"),
    )
}

/// Fails with a one-line error naming `path` when `text` is not in `lang` ([`detect_lang`]).
pub fn expect_lang_of(path: &str, text: &str, lang: Lang) -> Result<()> {
    match detect_lang(text) {
        found if found == lang => Ok(()),
        found => Err(wrong_lang(path, lang, found, text)),
    }
}

fn wrong_lang(path: &str, expected: Lang, found: Lang, text: &str) -> Error {
    Error::input(
        path.to_string(),
        format!(
            "expected {} text, found {} (Arabic-script share {:.0}%)",
            lang_name(expected),
            lang_name(found),
            arabic_share(text) * 100.0
        ),
    )
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Arabic",
        Lang::En => "English",
    }
}

pub fn is_markdown_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_arabic_text_full_of_latin_names_reads_as_arabic_only_beside_english() {
        use super::reads_as_arabic_beside;
        let arabic = "أعلنت شركات Microsoft Corporation و Alphabet Inc. عن Cloud Security Alliance";
        assert!(reads_as_arabic_beside(arabic, 0.6, 0.5));
        assert!(reads_as_arabic_beside(arabic, 0.2, 0.01));
        // Too little Arabic, or not much more than the English text has.
        assert!(!reads_as_arabic_beside(arabic, 0.1, 0.0));
        assert!(!reads_as_arabic_beside(arabic, 0.2, 0.1));
        // English with Arabic names in brackets: the share of an Arabic text, English grammar.
        let glossed = "The Syrian Observatory (المرصد السوري) said on Monday that at least 12 \
                       people were killed in shelling on Idlib (إدلب).";
        assert!(!reads_as_arabic_beside(glossed, 0.2, 0.0));
    }

    use super::*;

    #[test]
    fn language_detection() {
        assert_eq!(
            detect_lang("قال المرصد السوري إن الاشتباكات عنيفة في ريف اللاذقية"),
            Lang::Ar
        );
        assert_eq!(
            detect_lang("The Observatory said clashes raged near Salma."),
            Lang::En
        );
        assert_eq!(
            detect_lang("قالت قناة الميادين (Al-Mayadeen) إن الجيش السوري تقدم نحو سلمى"),
            Lang::Ar
        );
        assert_eq!(
            detect_lang("The village of Salma (سلمى) overlooks Jabal al-Akrad."),
            Lang::En
        );
        assert_eq!(detect_lang("1234 5678"), Lang::En);
    }
}
