//! `isnad romanize`: the romanization key of names in either script, a readable Latin form of
//! Arabic names, and the gazetteer places they may be.

const USAGE: &str = "\
Print the romanization key of each WORD (a name in Latin or Arabic script; quote names of
several words), a readable romanization of Arabic names, and gazetteer candidates. With no
WORD, names are read from standard input, one per line; a `-` among the WORDs reads them there.

Examples:
  isnad romanize 'Kafr Dabla' Kfardebla كفردبل
  isnad romanize --format csv < names.txt";

use super::args::{GazetteerArgs, RecordFormatArg};
use clap::Parser;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::romanize::transliterate;
use isnad::names::score::Prepared;
use isnad_cli::report::rows::RomanizeRow;

/// Gazetteer candidates shown per name.
const MAX_CANDIDATES: usize = 5;

#[derive(Parser)]
#[command(about = "Show the romanization key of place names", after_help = USAGE)]
pub struct Args {
    /// Names; none, or `-` among them, reads standard input, one name per line.
    words: Vec<String>,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    #[command(flatten)]
    format: RecordFormatArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    let gazetteer = args.gazetteer.load()?;
    let given = if args.words.is_empty() {
        vec!["-".to_string()]
    } else {
        args.words
    };
    // `-` stands for the names of standard input, wherever it is in the list; a blank name
    // has no key and no row.
    let mut words = Vec::new();
    for word in given {
        if word == "-" {
            words.extend(stdin_names()?);
        } else {
            // A name copied from a file may carry its byte order mark.
            let word = word.trim_start_matches('\u{FEFF}');
            if !word.trim().is_empty() {
                words.push(word.to_string());
            }
        }
    }
    let rows: Vec<RomanizeRow> = words.iter().map(|w| row(w, &gazetteer)).collect();
    let bytes = args.format.render(&rows)?;
    isnad_cli::output::write_output(None, &bytes, &[])?;
    Ok(0)
}

/// The names of standard input, one a line, blank lines skipped: read as every input is (at
/// most `--max-input-bytes`, no NUL byte, the BOM left out).
fn stdin_names() -> isnad::Result<Vec<String>> {
    let text = isnad::text::read::read_list("-")?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

fn row(word: &str, gazetteer: &Gazetteer) -> RomanizeRow {
    let prepared = Prepared::new(word);
    let candidates = gazetteer.candidates(word, MAX_CANDIDATES);
    let romanization = if prepared.arabic {
        // A known place has a better Latin form than a letter-by-letter guess.
        match gazetteer.lookup_arabic(word) {
            Some(place) => place.preferred.clone(),
            None => transliterate(word),
        }
    } else {
        String::new()
    };
    RomanizeRow {
        input: word.to_string(),
        key: prepared.key.skeleton,
        voweled: prepared.key.voweled,
        folded: if prepared.arabic {
            String::new()
        } else {
            prepared.folded
        },
        romanization,
        candidates: candidates
            .iter()
            .map(|p| format!("{} ({})", p.id, p.preferred))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
