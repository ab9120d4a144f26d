//! The embedded lexicon, compiled: the rows of `corpus/lexicon/ar-en/*.tsv` keyed (normalized,
//! stemmed, phrases joined) once, ahead of time, into `corpus/lexicon/compiled.tsv`, which the
//! binary embeds and loads without normalizing or stemming anything. Start-up went from about
//! 115 ms (keying 62k rows) to a few milliseconds; `examples/bench_startup.rs` measures it.
//!
//! The compiled file is generated (`cargo run -p isnad --example compile_lexicon`) and checked
//! in so that it can be reviewed; a unit test fails when it differs from what the sources
//! compile to.

use std::collections::BTreeSet;

use super::{parse_tsv, Lexicon};
use crate::error::{Error, Result};

/// First line of a compiled lexicon.
pub const COMPILED_HEADER: &str = "# isnad lexicon: compiled";

/// The source files of the embedded lexicon, in load order (`corpus/lexicon/ar-en/NAME.tsv`;
/// the README there says where each comes from).
pub const SOURCE_FILES: [&str; 11] = [
    "news-conflict",
    "news-general",
    "everyday-english",
    "speech-forms",
    "english-next-tier",
    "gap-fillers",
    "dev-failures",
    "domains",
    "religion",
    "daily-speech",
    "phrases",
];

/// Keys every row of `sources` (`(name, text)` in load order) into one lexicon, remembering
/// the file that gave each pair its weight.
pub fn compile_sources(sources: &[(&str, &str)]) -> Result<Lexicon> {
    let mut lexicon = Lexicon::new();
    for (index, (name, text)) in sources.iter().enumerate() {
        let parsed = parse_tsv(text, &format!("corpus/lexicon/ar-en/{name}.tsv"))?;
        lexicon.source_names.push((*name).to_string());
        lexicon.current_source = Some(index as u16);
        for entry in parsed.entries {
            lexicon.insert_phrase(&entry.arabic, &entry.english, entry.weight);
        }
    }
    lexicon.current_source = None;
    Ok(lexicon)
}

/// The compiled text of a lexicon: a header, then `arabic key<TAB>english key<TAB>weight<TAB>
/// source` in Arabic id order.
pub fn to_compiled(lexicon: &Lexicon) -> String {
    let mut out = String::with_capacity(lexicon.len() * 32);
    out.push_str(COMPILED_HEADER);
    out.push_str(
        "\n# Generated from corpus/lexicon/ar-en/*.tsv by `cargo run -p isnad --example \
         compile_lexicon`: do not edit.\n# arabic key<TAB>english key<TAB>weight<TAB>source file\n",
    );
    for (ar_id, list) in lexicon.ar_to_en.iter().enumerate() {
        for &(en_id, weight) in list {
            let source = lexicon
                .origin(ar_id as u32, en_id)
                .unwrap_or_default()
                .to_string();
            out.push_str(&format!(
                "{}\t{}\t{weight}\t{source}\n",
                lexicon.ar.stems[ar_id], lexicon.en.stems[en_id as usize]
            ));
        }
    }
    out
}

/// Reads a compiled lexicon; `path` names it in errors.
pub fn from_compiled(text: &str, path: &str) -> Result<Lexicon> {
    let mut lexicon = Lexicon::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(ar), Some(en), Some(weight), source, None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            return Err(Error::input_at(
                path,
                index + 1,
                "expected arabic<TAB>english<TAB>weight[<TAB>source]",
            ));
        };
        let weight: f32 = weight
            .parse()
            .ok()
            .filter(|w: &f32| *w > 0.0 && *w <= 1.0)
            .ok_or_else(|| {
                Error::input_at(
                    path,
                    index + 1,
                    format!("weight {weight:?} is not in (0, 1]"),
                )
            })?;
        lexicon.current_source = source.filter(|s| !s.is_empty()).map(|s| {
            match lexicon.source_names.iter().position(|n| n == s) {
                Some(i) => i as u16,
                None => {
                    lexicon.source_names.push(s.to_string());
                    (lexicon.source_names.len() - 1) as u16
                }
            }
        });
        lexicon.insert_stems(ar, en, weight);
    }
    lexicon.current_source = None;
    Ok(lexicon)
}

/// The lowercase one-word English glosses of the sources, sorted: the common English words
/// that a capitalised place-name candidate is checked against (`names::gazetteer`).
pub fn english_words(sources: &[(&str, &str)]) -> String {
    let words: BTreeSet<&str> = sources
        .iter()
        .flat_map(|(_, text)| text.lines())
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1))
        .map(str::trim)
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    let mut out = String::from(
        "# The one-word lowercase English glosses of corpus/lexicon/ar-en/*.tsv, generated with \
         compiled.tsv: do not edit.\n",
    );
    for w in words {
        out.push_str(w);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(relative: &str) -> String {
        let path = format!("{}/../../{relative}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub(crate) fn sources() -> Vec<(&'static str, String)> {
        SOURCE_FILES
            .iter()
            .map(|name| (*name, read(&format!("corpus/lexicon/ar-en/{name}.tsv"))))
            .collect()
    }

    #[test]
    fn the_compiled_files_are_what_the_sources_compile_to() {
        let sources = sources();
        let borrowed: Vec<(&str, &str)> = sources.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let compiled = to_compiled(&compile_sources(&borrowed).unwrap());
        // Not assert_eq!: a megabyte of diff helps nobody.
        assert!(
            compiled == read("corpus/lexicon/compiled.tsv"),
            "corpus/lexicon/compiled.tsv is stale: run `cargo run -p isnad --example compile_lexicon`"
        );
        assert!(
            english_words(&borrowed) == read("corpus/lexicon/english-words.txt"),
            "corpus/lexicon/english-words.txt is stale: run `cargo run -p isnad --example compile_lexicon`"
        );
    }

    /// The lint of the lexicon sources: each file names its origin and license, is sorted, and
    /// holds clean rows; no pair is listed twice (so no two weights disagree); content words
    /// never stem to a stop word.
    #[test]
    fn the_lexicon_sources_are_clean() {
        use crate::text::tokens::{is_stopword, stem_ar, AR_PARTICLES};
        use crate::text::{arabic, is_arabic_char, Lang};
        let mut seen = std::collections::HashMap::new();
        let mut problems = Vec::new();
        for (name, text) in sources() {
            let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
            if !header
                .iter()
                .any(|l| l.contains("Origin:") && l.contains("License:"))
            {
                problems.push(format!("{name}: no `# Origin: … License: …` header line"));
            }
            let mut previous: Option<(&str, &str)> = None;
            for (index, line) in text.lines().enumerate() {
                if line.starts_with('#') || line.is_empty() {
                    continue;
                }
                let at = format!("{name}.tsv:{}", index + 1);
                let fields: Vec<&str> = line.split('\t').collect();
                let (ar, en) = (fields[0], fields.get(1).copied().unwrap_or(""));
                if previous.is_some_and(|p| {
                    (p.0.as_bytes(), p.1.as_bytes()) > (ar.as_bytes(), en.as_bytes())
                }) {
                    problems.push(format!("{at}: not sorted (Arabic, then English)"));
                }
                previous = Some((ar, en));
                if let Some(first) = seen.insert((ar.to_string(), en.to_string()), at.clone()) {
                    problems.push(format!("{at}: {ar} / {en} is already at {first}"));
                }
                let phrase = ar.contains(' ') || en.contains(' ');
                if phrase != (name == "phrases") {
                    problems.push(format!(
                        "{at}: a row of several words belongs in phrases.tsv, and only those"
                    ));
                }
                if ar.chars().any(|c| c.is_ascii_alphabetic()) {
                    problems.push(format!("{at}: Latin letters in the Arabic field"));
                }
                if en.chars().any(is_arabic_char) {
                    problems.push(format!("{at}: Arabic letters in the English field"));
                }
                for word in ar.split(' ') {
                    let normalized = arabic::normalize(word);
                    let stem = stem_ar(&normalized);
                    let function_word = is_stopword(Lang::Ar, &normalized)
                        || AR_PARTICLES.contains(&normalized.as_str());
                    if !function_word
                        && (is_stopword(Lang::Ar, stem) || AR_PARTICLES.contains(&stem))
                    {
                        problems.push(format!("{at}: {word} stems to the function word {stem}"));
                    }
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    #[test]
    fn loading_the_compiled_text_gives_the_same_pairs() {
        let lexicon = compile_sources(&[
            ("a", "كأس العالم\tWorld Cup\nقصف\tshelling\t0.8\n"),
            ("b", "قصف\tshelling\t0.9\nقصف\tbombing\n"),
        ])
        .unwrap();
        let text = to_compiled(&lexicon);
        let loaded = from_compiled(&text, "x").unwrap();
        assert_eq!(to_compiled(&loaded), text);
        let (ar, en) = (loaded.ar_id("قصف").unwrap(), loaded.en_id("shell").unwrap());
        assert_eq!(loaded.weight(ar, en), 0.9);
        assert_eq!(loaded.origin(ar, en), Some("b"));
        assert_eq!(loaded.longest_phrase(crate::text::Lang::Ar), 2);
    }

    #[test]
    fn a_bad_compiled_row_names_its_line() {
        let err = from_compiled("# h\nقصف\tshell\n", "c.tsv")
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.tsv") && err.contains('2'), "{err}");
        let err = from_compiled("قصف\tshell\t2\tx\n", "c.tsv")
            .unwrap_err()
            .to_string();
        assert!(err.contains("not in (0, 1]"), "{err}");
    }
}
