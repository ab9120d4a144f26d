//! `--memory FILE`: the user's own translations (a TMX file, a TSV of `arabic<TAB>english`
//! rows, or `AR.txt:EN.txt`) learned into a lexicon (IBM Model 1, the EM of `isnad lexicon
//! learn`), weighed as translations (each pair relative to its Arabic stem's best, as the
//! aligner's second pass does) and added to the embedded one for this run. The learned table
//! is cached beside the memory, named by a checksum of its bytes, the isnad version and the
//! learning options, so a second run reads it instead of learning again; a memory that changes
//! gets a new cache file.

use std::path::{Path, PathBuf};

use isnad::lexicon::learn::{as_translations, learn, to_lexicon, to_tsv, LearnOptions};
use isnad::lexicon::parallel::read_parallel;
use isnad::lexicon::Lexicon;
use isnad::{Error, Result};

use crate::output::write_output;

/// The lexicon learned from a memory, from its cache when there is one.
pub fn learned_from_memory(spec: &str) -> Result<Lexicon> {
    let files = memory_files(spec);
    let options = LearnOptions::default();
    let cache = cache_path(&files, &options)?;
    if cache.exists() {
        return Lexicon::load(&cache);
    }
    let pairs = read_parallel(spec)?;
    if pairs.is_empty() {
        return Err(Error::input(
            spec,
            "holds no Arabic–English pair to learn from",
        ));
    }
    let learned = as_translations(learn(&pairs, &options));
    let tsv = to_tsv(&learned);
    let inputs: Vec<&str> = files.iter().map(String::as_str).collect();
    // A cache that cannot be written (a read-only folder) only costs the next run some time.
    if let Err(e) = write_output(Some(&cache.to_string_lossy()), tsv.as_bytes(), &inputs) {
        crate::notice::notice(format_args!("the learned memory is not cached: {e}"));
    }
    Ok(to_lexicon(&learned))
}

/// The files a memory spec names: one TMX or TSV, or the two line-aligned files.
fn memory_files(spec: &str) -> Vec<String> {
    let lower = spec.to_ascii_lowercase();
    match spec.split_once(':') {
        Some((ar, en)) if !lower.ends_with(".tmx") && !lower.ends_with(".tsv") => {
            vec![ar.to_string(), en.to_string()]
        }
        _ => vec![spec.to_string()],
    }
}

/// `FIRST_FILE.isnad-lexicon-CHECKSUM.tsv` beside the (first) memory file.
fn cache_path(files: &[String], options: &LearnOptions) -> Result<PathBuf> {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(format!("{options:?}").as_bytes());
    // How the learned pairs are weighed: a cache of another weighing is not this table.
    hasher.update(b"as_translations");
    for file in files {
        // The same checks as any input (a missing file, a directory, a device, the size limit).
        let bytes = isnad::text::read::read_input_bytes(Path::new(file), file, false)?;
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let first = Path::new(&files[0]);
    let name = first
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "memory".to_string());
    Ok(first.with_file_name(format!(
        "{name}.isnad-lexicon-{:08x}.tsv",
        hasher.finalize()
    )))
}
