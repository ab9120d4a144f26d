//! Place-name mentions in English and Arabic text, with byte spans and line:column.
//!
//! English ([`english`]): capitalized sequences with their particles and heads, accepted when the
//! gazetteer knows them, when they start with a head word (Kafr, Tal, Jabal …) or when a context
//! cue says they are places ("village of X", "near X", "shelled X", "X countryside", a list after
//! a place), or when the Arabic sources hold a word with their key ([`ArabicEvidence`]).
//! Arabic ([`arabic`]): gazetteer lookup on tokens and n-grams with prefixes and the article
//! stripped, plus cue words (قرية، بلدة، ريف …) for names the gazetteer lacks.

pub mod arabic;
pub mod english;
mod evidence;
mod stoplist;

pub use evidence::ArabicEvidence;

use serde::Serialize;

use super::gazetteer::Gazetteer;
use crate::text::phrases::phrase_spans;
use crate::text::{Breaks, Document, Lang, LineIndex, ProseView};

/// One mention of a place name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The name as written, without possessive 's or a clitic prefix (و ب ل ف).
    pub surface: String,
    /// Byte span of `surface` in the text.
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// Skeleton of the romanization key.
    pub key: String,
    pub gazetteer_id: Option<String>,
}

impl Mention {
    fn new(text: &str, lines: &LineIndex, start: usize, end: usize, gazetteer: &Gazetteer) -> Self {
        let surface = &text[start..end];
        let (line, column) = lines.line_col(text, start);
        let (key, place) = if surface.chars().any(crate::text::is_arabic_char) {
            (super::arabic_key(surface), gazetteer.lookup_arabic(surface))
        } else {
            (super::latin_key(surface), gazetteer.lookup_latin(surface))
        };
        Mention {
            surface: surface.to_string(),
            start,
            end,
            line,
            column,
            key: key.skeleton,
            gazetteer_id: place.map(|p| p.id.clone()),
        }
    }
}

/// The mentions in a document, by its language.
pub fn find(doc: &Document, gazetteer: &Gazetteer) -> Vec<Mention> {
    find_with(doc, gazetteer, &ArabicEvidence::new())
}

/// The mentions in a document, by its language; English mentions also by the Arabic evidence
/// (the words of the Arabic sources, [`ArabicEvidence::from_documents`]). Names are found in the
/// document's prose ([`Document::prose_view`]): link targets, comments, code blocks, a page's
/// head, scripts and menus are not read, and a name written with a no-break space or a
/// character reference (`Kafr&nbsp;Dabla`) reads as one name, spelled with a plain space.
pub fn find_with(doc: &Document, gazetteer: &Gazetteer, evidence: &ArabicEvidence) -> Vec<Mention> {
    find_except(doc, gazetteer, evidence, &[])
}

/// [`find_with`], less the mentions inside a phrase of `not_places` where the document writes
/// one ([`crate::text::phrases`]): the name of an outlet (`Al-Furat reported`, `Halab Today
/// said`) names no place, whatever its words would.
pub fn find_except(
    doc: &Document,
    gazetteer: &Gazetteer,
    evidence: &ArabicEvidence,
    not_places: &[String],
) -> Vec<Mention> {
    let view = doc.prose_view(Breaks::Keep);
    in_view(&doc.text, &view, |t| {
        let mut found = match doc.lang {
            Lang::En => english::find_raw(t, gazetteer, evidence),
            Lang::Ar => arabic::find_raw(t, gazetteer),
        };
        let excluded: Vec<_> = not_places
            .iter()
            .flat_map(|phrase| phrase_spans(t, phrase))
            .collect();
        found.retain(|m| {
            !excluded
                .iter()
                .any(|s| s.start <= m.start && m.end <= s.end)
        });
        found
    })
}

/// The mentions `find` finds in the prose `view` of `original`, with offsets, lines and columns
/// in `original`; the surface is the prose's (white space folded, markup dropped).
fn in_view(
    original: &str,
    view: &ProseView<'_>,
    find: impl FnOnce(&str) -> Vec<Mention>,
) -> Vec<Mention> {
    let mut found = find(view.text());
    if view.is_identity() {
        return found;
    }
    let lines = LineIndex::new(original);
    for m in &mut found {
        m.start = view.to_original(m.start);
        m.end = view.to_original_end(m.end, original).max(m.start);
        (m.line, m.column) = lines.line_col(original, m.start);
    }
    found
}

/// The mentions of a plain text by `find`, white space folded.
fn in_plain(text: &str, find: impl FnOnce(&str) -> Vec<Mention>) -> Vec<Mention> {
    in_view(text, &ProseView::plain(text, Breaks::Keep), find)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(path: &str, text: &str) -> Vec<(String, usize, usize)> {
        let doc = Document::from_text(path, text, Some(Lang::En));
        find(&doc, Gazetteer::embedded())
            .into_iter()
            .map(|m| {
                assert!(doc.text.is_char_boundary(m.start) && doc.text.is_char_boundary(m.end));
                (m.surface, m.line, m.column)
            })
            .collect()
    }

    #[test]
    fn markdown_link_targets_titles_comments_and_code_are_not_read() {
        let text = "Troops shelled Salma, see [the report](https://example.com/Kafr-Dabla \
                    \"in Kinsabba\") and ![in Dorin](in%20Ghazaleh.png).\n\n\
                    <!-- shelled Latakia -->\n\n```\nfenced shelled Jableh\n```\n\n\
                    Troops shelled `Dorin` and **Kafr** Dabla.\n";
        assert_eq!(
            names("r.md", text),
            [
                ("Salma".to_string(), 1, 16),
                ("Dorin".to_string(), 9, 17),
                ("Kafr Dabla".to_string(), 9, 30),
            ]
        );
    }

    #[test]
    fn a_name_wrapped_over_two_lines_of_a_markdown_paragraph_is_one_name() {
        let text = "Shells hit the village of Kafr\nDabla on Monday.\n\n\
                    - Shelled Kafr\n- Dabla was spared\n\n# Troops in Kafr\nDabla residents fled.\n";
        assert_eq!(
            names("r.md", text),
            [
                ("Kafr Dabla".to_string(), 1, 27),
                ("Dabla".to_string(), 5, 3),
                ("Kafr".to_string(), 7, 13),
                ("Dabla".to_string(), 8, 1),
            ]
        );
        // Plain text has no soft breaks: a single line break ends its paragraph (see
        // `text::segment::paragraphs`), and names follow the paragraphs.
        let plain = names(
            "r.txt",
            "Shells hit the village of Kafr\nDabla on Monday.\n",
        );
        assert_eq!(plain, [("Kafr".to_string(), 1, 27)]);
    }

    #[test]
    fn a_soft_hyphen_or_a_zero_width_character_does_not_split_a_name() {
        let text = "Fighting hit Salma on Monday. Troops entered Sal\u{200B}ma later. Rebels left \
                    Sal\u{AD}ma at night. Jets struck Lata\u{AD}kia.";
        let doc = Document::from_text("z.txt", text, Some(Lang::En));
        let found = find(&doc, Gazetteer::embedded());
        let spellings: Vec<&str> = found.iter().map(|m| m.surface.as_str()).collect();
        assert_eq!(spellings, ["Salma", "Salma", "Salma", "Latakia"]);
        let written: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            written,
            ["Salma", "Sal\u{200B}ma", "Sal\u{AD}ma", "Lata\u{AD}kia"]
        );
        assert!(found[..3]
            .iter()
            .all(|m| m.gazetteer_id == found[0].gazetteer_id));
    }

    #[test]
    fn an_outlet_name_is_no_place() {
        let text = "Al-Furat reported shelling near the Euphrates. Halab Today said Aleppo \
                    was calm, and halab  today added that Halab was quiet.";
        let doc = Document::from_text("r.txt", text, Some(Lang::En));
        let evidence = ArabicEvidence::new();
        let surfaces = |not_places: &[String]| -> Vec<String> {
            find_except(&doc, Gazetteer::embedded(), &evidence, not_places)
                .into_iter()
                .map(|m| m.surface)
                .collect()
        };
        assert!(surfaces(&[]).contains(&"Al-Furat".to_string()));
        let outlets = ["Al-Furat".to_string(), "Halab Today".to_string()];
        assert_eq!(surfaces(&outlets), ["Euphrates", "Aleppo", "Halab"]);
    }

    #[test]
    fn a_page_is_read_as_its_prose() {
        let page = "<html><head><title>Shelling in Kafr Dabla</title>\
                    <script>var s=\"shelled Kafr Dabla\";</script></head><body>\
                    <nav>News from Kafr Dabla</nav><p>Fighting near \
                    <a href=\"/Kafr-Dabla\" title=\"in Kafr Dabla\">Kafrdabla</a>. \
                    Troops shelled Kafr&nbsp;Dabla and Jisr&#32;al-Shughur.</p></body></html>";
        let found = names("r.html", page);
        let spellings: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(spellings, ["Kafrdabla", "Kafr Dabla", "Jisr al-Shughur"]);
        assert_eq!(found[1].2, page.find("Kafr&nbsp;").unwrap() + 1);
    }
}
