//! The TSV lexicon format: `arabic<TAB>english[<TAB>weight]`, `#` comments, blank lines allowed.
//! MUSE dictionaries (`arabic<TAB>english` or `arabic english`) read as the same format.
//!
//! A file whose first line is [`STEMS_HEADER`] holds stems (as written by `isnad lexicon
//! learn`), which are used as keys as they are instead of being normalized and stemmed again.

use super::Entry;
use crate::error::{Error, Result};
use crate::text::is_arabic_char;

/// First line of a lexicon file whose columns are already stems.
pub const STEMS_HEADER: &str = "# isnad lexicon: stems";

/// The rows of a TSV lexicon, and whether they are stems (see [`STEMS_HEADER`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub stems: bool,
}

/// Parses TSV lexicon text; `path` names the file in errors.
pub fn parse_tsv(text: &str, path: &str) -> Result<Parsed> {
    let mut entries = Vec::new();
    let mut stems = false;
    for (index, raw) in crate::text::split_rows(text).enumerate() {
        let line_no = index + 1;
        let line = raw.trim_start_matches('\u{FEFF}').trim_end_matches('\r');
        if index == 0 && line.trim() == STEMS_HEADER {
            stems = true;
            continue;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let entry = parse_row(line).map_err(|message| Error::input_at(path, line_no, message))?;
        entries.push(entry);
    }
    Ok(Parsed { entries, stems })
}

fn parse_row(line: &str) -> std::result::Result<Entry, String> {
    let tabbed = line.contains('\t');
    let fields: Vec<&str> = if tabbed {
        line.split('\t').map(str::trim).collect()
    } else {
        // MUSE's space-separated pairs: exactly two words, no weight.
        line.split_whitespace().collect()
    };
    let (arabic, english, weight) = match fields.as_slice() {
        [ar, en] => (*ar, *en, 1.0),
        [ar, en, w] if tabbed => (*ar, *en, parse_weight(w)?),
        _ => {
            return Err(format!(
                "expected arabic<TAB>english[<TAB>weight], found {} fields",
                fields.len()
            ))
        }
    };
    if arabic.is_empty() || english.is_empty() {
        return Err("empty arabic or english field".into());
    }
    let has_arabic = |s: &str| s.chars().any(is_arabic_char);
    if !has_arabic(arabic) && has_arabic(english) {
        return Err("the Arabic word is in the second column; expected arabic<TAB>english".into());
    }
    Ok(Entry {
        arabic: arabic.to_string(),
        english: english.to_string(),
        weight,
    })
}

fn parse_weight(field: &str) -> std::result::Result<f32, String> {
    match field.parse::<f32>() {
        Ok(w) if w.is_finite() && w > 0.0 && w <= 1.0 => Ok(w),
        _ => Err(format!("weight {field:?} is not a number in (0, 1]")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tabs_weights_comments_and_muse_spaces() {
        let text = "# comment\n\nكتاب\tbook\nقرية\tvillage\t0.5\r\nمدينة city\n";
        let parsed = parse_tsv(text, "x.tsv").unwrap();
        assert!(!parsed.stems);
        let rows: Vec<(&str, &str, f32)> = parsed
            .entries
            .iter()
            .map(|e| (e.arabic.as_str(), e.english.as_str(), e.weight))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("كتاب", "book", 1.0),
                ("قرية", "village", 0.5),
                ("مدينة", "city", 1.0)
            ]
        );
    }

    #[test]
    fn multiword_gloss_after_a_tab_is_one_field() {
        let parsed = parse_tsv("قصف\tshelling of towns\n", "x.tsv").unwrap();
        assert_eq!(parsed.entries[0].english, "shelling of towns");
    }

    #[test]
    fn stems_header_is_recognized() {
        let parsed = parse_tsv(&format!("{STEMS_HEADER}\nكتاب\tbook\t0.8\n"), "l.tsv").unwrap();
        assert!(parsed.stems);
        assert_eq!(parsed.entries.len(), 1);
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let cases = [
            ("كتاب\tbook\tlots\n", "x.tsv:1: weight \"lots\""),
            ("# ok\nكتاب\n", "x.tsv:2: expected arabic<TAB>english"),
            ("كتاب\tbook\t1\textra\n", "x.tsv:1: expected"),
            (
                "book\tكتاب\n",
                "x.tsv:1: the Arabic word is in the second column",
            ),
            ("كتاب\t\n", "x.tsv:1: empty"),
            ("كتاب book 0.5\n", "x.tsv:1: expected"),
            ("كتاب\tbook\t0\n", "x.tsv:1: weight"),
        ];
        for (text, prefix) in cases {
            let message = parse_tsv(text, "x.tsv").unwrap_err().to_string();
            assert!(message.starts_with(prefix), "{message}");
        }
    }
}
