//! `--memory FILE`: the user's own translations (a TMX file, a TSV of `arabic<TAB>english`
//! rows, or `AR.txt:EN.txt`) learned into a lexicon (IBM Model 1, the EM of `isnad lexicon
//! learn`), weighed as translations (each pair relative to its Arabic stem's best, as the
//! aligner's second pass does) and added to the embedded one for this run. The learned table
//! is cached beside the memory, named by a checksum of its bytes, the isnad version and the
//! learning options, so a second run reads it instead of learning again; a memory that changes
//! gets a new cache file.

use std::path::{Path, PathBuf};

use isnad::lexicon::learn::{as_translations, learn, to_tsv, LearnOptions};
use isnad::lexicon::parallel::read_parallel;
use isnad::lexicon::Lexicon;
use isnad::text::{ledger, read::decode};
use isnad::{Error, Result};

use crate::output::write_output;

/// A memory of the run (`--memory SPEC`): its files, read and checksummed, and where its
/// learned table is cached.
pub struct Memory {
    spec: String,
    files: Vec<String>,
    cache: PathBuf,
}

/// A learned table to cache, written by [`PendingCache::write`] once the run has succeeded: a
/// run that fails leaves no file behind.
pub struct PendingCache {
    path: PathBuf,
    tsv: String,
    inputs: Vec<String>,
}

impl Memory {
    /// Reads the memory's files (the checks of any input) to name its cache.
    pub fn open(spec: &str) -> Result<Memory> {
        let files = memory_files(spec);
        let cache = cache_path(&files, &LearnOptions::default())?;
        Ok(Memory {
            spec: spec.to_string(),
            files,
            cache,
        })
    }

    /// The memory as `--memory` gave it.
    pub fn spec(&self) -> &str {
        &self.spec
    }

    /// The cache beside the memory: read by the run when it holds a table, written when not.
    pub fn cache_path(&self) -> &Path {
        &self.cache
    }

    /// The lexicon learned from the memory, from its cache when it holds one; and, when it
    /// does not, the table to cache. A cache that cannot be read is derived data: it is
    /// ignored (with a notice), learned again and rewritten.
    pub fn learned(&self) -> Result<(Lexicon, Option<PendingCache>)> {
        if self.cache.is_file() {
            match read_cache(&self.cache) {
                Ok(lexicon) => {
                    // Read by the run: no output may replace it.
                    ledger::note(&self.cache);
                    return Ok((lexicon, None));
                }
                Err(e) => crate::notice::notice(format_args!(
                    "ignoring a cache that cannot be read ({e}); learning {} again",
                    self.spec
                )),
            }
        }
        let pairs = read_parallel(&self.spec)?;
        if pairs.is_empty() {
            return Err(Error::input(
                &self.spec,
                "holds no Arabic–English pair to learn from",
            ));
        }
        let learned = as_translations(learn(&pairs, &LearnOptions::default()));
        let tsv = to_tsv(&learned);
        // The table as the cache will hold it (weights to four decimals), so that the run
        // that learns and the runs that read the cache give the same bytes.
        let lexicon = Lexicon::from_tsv(&tsv, &self.cache.to_string_lossy())?;
        let pending = PendingCache {
            path: self.cache.clone(),
            tsv,
            inputs: self.files.clone(),
        };
        Ok((lexicon, Some(pending)))
    }
}

impl PendingCache {
    /// Writes the cache. One that cannot be written (a read-only folder) only costs the next
    /// run some time: a notice, no error.
    pub fn write(self) {
        let inputs: Vec<&str> = self.inputs.iter().map(String::as_str).collect();
        let path = self.path.to_string_lossy();
        if let Err(e) = write_output(Some(&path), self.tsv.as_bytes(), &inputs) {
            crate::notice::notice(format_args!("the learned memory is not cached: {e}"));
        }
    }
}

/// A cache's table, read without the ledger's note: a cache that turns out unreadable is
/// written again.
fn read_cache(path: &Path) -> Result<Lexicon> {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).map_err(|e| Error::input(name.as_ref(), e.to_string()))?;
    Lexicon::from_tsv(&decode(&name, &bytes)?.text, &name)
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
