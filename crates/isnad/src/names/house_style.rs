//! A desk's house style: the spelling it prints for a place, and the spellings it replaces
//! (CSV `preferred,variants`, variants `|`-separated). It wins over the gazetteer. A file that
//! lists one spelling under two different preferred spellings contradicts itself and is refused.

use std::collections::HashMap;

use super::gazetteer::split_variants;
use super::key::fold_spelling;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct HouseStyle {
    preferred: Vec<String>,
    /// Folded spelling (preferred or variant) → entry.
    by_folded: HashMap<String, usize>,
}

impl HouseStyle {
    pub fn new() -> HouseStyle {
        HouseStyle::default()
    }

    /// Reads a house-style file; errors name the file and line.
    pub fn load(path: &str) -> Result<HouseStyle> {
        let source = crate::text::read_source(path)?;
        HouseStyle::parse(&source.path, &source.text)
    }

    /// Parses a house-style CSV. A spelling (as [`fold_spelling`] compares them) listed under two
    /// different preferred spellings — `Latakia,Lattakia` then `Lattakia,Latakia`, or one variant
    /// of two places — is an error naming the later line: which one the desk means is not for
    /// the tool to guess. A row repeated under the same preferred spelling is no contradiction.
    pub fn parse(path: &str, text: &str) -> Result<HouseStyle> {
        crate::text::read::check_quotes(path, text, b',')?;
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| Error::input_at(path, 1, format!("unreadable header: {e}")))?;
        if headers.iter().collect::<Vec<_>>() != ["preferred", "variants"] {
            return Err(Error::input_at(
                path,
                1,
                "expected the header preferred,variants",
            ));
        }
        let mut style = HouseStyle::new();
        // The line each entry was first listed on.
        let mut lines: Vec<usize> = Vec::new();
        let mut csv_lines = crate::text::read::CsvLines::new(text);
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = csv_lines.line(e.position());
                Error::input_at(path, line, format!("expected 2 fields: {e}"))
            })?;
            let line = csv_lines.line(record.position());
            let preferred = record[0].trim();
            if preferred.is_empty() {
                return Err(Error::input_at(path, line, "empty preferred spelling"));
            }
            let variants = split_variants(&record[1]);
            for spelling in std::iter::once(preferred).chain(variants.iter().map(String::as_str)) {
                if let Some(entry) = style.entry_for(spelling) {
                    let listed = style.preferred(entry);
                    if listed != preferred {
                        return Err(Error::input_at(
                            path,
                            line,
                            format!(
                                "\"{spelling}\" is listed under \"{preferred}\" here but under \"{listed}\" on line {}",
                                lines[entry]
                            ),
                        ));
                    }
                }
            }
            style.add(preferred, &variants);
            if lines.len() < style.preferred.len() {
                lines.push(line);
            }
        }
        Ok(style)
    }

    /// Adds an entry, or more variants to the entry of the same preferred spelling; a spelling
    /// listed under two preferred spellings belongs to the later one ([`HouseStyle::parse`]
    /// refuses such a file).
    pub fn add(&mut self, preferred: &str, variants: &[String]) {
        let entry = match self.entry_for(preferred) {
            Some(e) if self.preferred[e] == preferred => e,
            _ => {
                self.preferred.push(preferred.to_string());
                self.preferred.len() - 1
            }
        };
        for s in std::iter::once(preferred).chain(variants.iter().map(String::as_str)) {
            self.by_folded.insert(fold_spelling(s), entry);
        }
    }

    /// The entry a spelling belongs to, if the house style lists it.
    pub fn entry_for(&self, spelling: &str) -> Option<usize> {
        self.by_folded.get(&fold_spelling(spelling)).copied()
    }

    /// The house spelling for `spelling`, if the house style lists it.
    pub fn preferred_for(&self, spelling: &str) -> Option<&str> {
        self.entry_for(spelling).map(|e| self.preferred[e].as_str())
    }

    pub fn preferred(&self, entry: usize) -> &str {
        &self.preferred[entry]
    }

    pub fn is_empty(&self) -> bool {
        self.preferred.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_overrides() {
        let s = HouseStyle::parse(
            "house.csv",
            "preferred,variants\nKafr Dabla,Kafrdabla|Kfar Debl\nLatakia,\n",
        )
        .unwrap();
        assert_eq!(s.preferred_for("kfar debl"), Some("Kafr Dabla"));
        assert_eq!(s.preferred_for("Latakia"), Some("Latakia"));
        assert_eq!(s.preferred_for("Lattakia"), None);
    }

    #[test]
    fn bad_files_name_the_line() {
        let e = HouseStyle::parse("h.csv", "preferred\nx\n").unwrap_err();
        assert!(e.to_string().starts_with("h.csv:1: expected the header"));
        let e = HouseStyle::parse("h.csv", "preferred,variants\nA,B\n,C\n").unwrap_err();
        assert_eq!(e.to_string(), "h.csv:3: empty preferred spelling");
        let e = HouseStyle::parse("h.csv", "preferred,variants\nA,B,C\n").unwrap_err();
        assert!(
            e.to_string().starts_with("h.csv:2: expected 2 fields"),
            "{e}"
        );
    }

    #[test]
    fn a_spelling_under_two_preferred_spellings_is_refused() {
        let e = HouseStyle::parse(
            "h.csv",
            "preferred,variants\nLatakia,Lattakia\nLattakia,Latakia\n",
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "h.csv:3: \"Lattakia\" is listed under \"Lattakia\" here but under \"Latakia\" on line 2"
        );
        // One variant of two places.
        let e = HouseStyle::parse(
            "h.csv",
            "preferred,variants\nKafr Dabla,Kfar|Kafrdabla\nHama,\nKafr Nabl,kfar\n",
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "h.csv:4: \"kfar\" is listed under \"Kafr Nabl\" here but under \"Kafr Dabla\" on line 2"
        );
        // A quoted field holding a line break is quoted on one line (found by fuzz_readers).
        let e = HouseStyle::parse("h.csv", "preferred,variants\n\"a,b\",\n\"x\ny\",\"a,b\"\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "h.csv:3: \"a,b\" is listed under \"x\\ny\" here but under \"a,b\" on line 2"
        );
        // The same row twice, or a place listed on two rows, is one entry.
        let s = HouseStyle::parse(
            "h.csv",
            "preferred,variants\nLatakia,Lattakia\nLatakia,Lattakia|Ladhiqiyah\n",
        )
        .unwrap();
        assert_eq!(s.entry_for("Lattakia"), s.entry_for("Ladhiqiyah"));
        assert_eq!(s.preferred_for("ladhiqiyah"), Some("Latakia"));
        // A variant that repeats its own preferred spelling is no contradiction either.
        assert!(HouseStyle::parse("h.csv", "preferred,variants\nHama,hama|Hamah\n").is_ok());
    }
}
