//! Compiles `corpus/lexicon/ar-en/*.tsv` into `corpus/lexicon/compiled.tsv` (keys normalized
//! and stemmed, what the binary embeds) and `corpus/lexicon/english-words.txt`. Run after
//! editing a source file; a unit test fails until you do.
//!
//! ```text
//! cargo run -p isnad --example compile_lexicon
//! ```

use isnad::lexicon::compiled::{compile_sources, english_words, to_compiled, SOURCE_FILES};

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/lexicon");
    let texts: Vec<(&str, String)> = SOURCE_FILES
        .iter()
        .map(|name| {
            let path = format!("{root}/ar-en/{name}.tsv");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            (*name, text)
        })
        .collect();
    let sources: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let lexicon = compile_sources(&sources).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(format!("{root}/compiled.tsv"), to_compiled(&lexicon)).expect("write");
    std::fs::write(format!("{root}/english-words.txt"), english_words(&sources)).expect("write");
    eprintln!(
        "compiled {} pairs from {} files into corpus/lexicon/compiled.tsv",
        lexicon.len(),
        sources.len()
    );
}
