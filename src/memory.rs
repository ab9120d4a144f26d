//! `--memory FILE`: the user's own translations (a TMX file, a TSV of `arabic<TAB>english`
//! rows, or `AR.txt:EN.txt`) learned into a lexicon (IBM Model 1, the EM of `isnad lexicon
//! learn`), weighed as translations (each pair relative to its Arabic stem's best, as the
//! aligner's second pass does) and added to the embedded one for this run. The learned table
//! is cached beside the memory, named by a checksum of the pairs learned (the memory's text as
//! decoded, so `--encoding` counts), the isnad version and the learning options, so a second run
//! reads it instead of learning again; a memory that changes gets a new cache file. The memory
//! is read once: the pairs that name the cache are the pairs learned, even when the file is
//! saved again during the run.
//!
//! The cache's name may be taken by something isnad did not write there: a symbolic link, a
//! directory, a file of the user's. Only a regular file that starts with the header isnad
//! writes ([`STEMS_HEADER`]) is read or replaced as the cache (replaced by renaming a new file
//! over the name, never written through a link); anything else is left as it was and the run
//! learns without caching, with a notice. Its last line seals the rest ([`seal`]): a cache cut
//! short or edited by hand is learned again, never read as a smaller table.

use std::path::{Path, PathBuf};

use isnad::align::quotes::MatchOptions;
use isnad::checks::memory_floor::memory_floor;
use isnad::lexicon::learn::{
    as_translations, learn, to_tsv, too_long_to_learn, LearnOptions, MOST_PAIR_WORDS,
};
use isnad::lexicon::parallel::{read_parallel, SentencePair};
use isnad::lexicon::{Lexicon, STEMS_HEADER};
use isnad::text::{ledger, read::decode};
use isnad::{Error, Result};

use crate::output::replace_file;

/// A memory of the run (`--memory SPEC`): its pairs, read once, and where the table learned
/// from them is cached.
pub struct Memory {
    spec: String,
    files: Vec<String>,
    /// The pairs read from the files; the cache's name is their checksum.
    pairs: Vec<SentencePair>,
    cache: PathBuf,
    /// What is at the cache's name when the run starts.
    slot: Slot,
}

/// What is at the name of a memory's cache.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    /// Nothing: the cache is written there.
    Free,
    /// A regular file isnad wrote (its first line is [`STEMS_HEADER`]): read, or replaced.
    Cache,
    /// Something else (a link, a directory, the user's file): left as it was, no cache.
    Taken,
    /// The name cannot be looked at (too long for the file system, a folder that may not be
    /// searched): why, and no cache.
    Unusable(String),
}

impl Slot {
    fn of(path: &Path) -> Slot {
        match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Slot::Free,
            Err(e) => Slot::Unusable(e.to_string()),
            Ok(meta) if meta.file_type().is_file() && starts_with_header(path) => Slot::Cache,
            Ok(_) => Slot::Taken,
        }
    }

    /// Whether the run may read or write a cache there.
    fn usable(&self) -> bool {
        matches!(self, Slot::Free | Slot::Cache)
    }
}

/// Whether the file at `path` starts with the header of a cache.
fn starts_with_header(path: &Path) -> bool {
    use std::io::Read;
    let mut first = Vec::with_capacity(STEMS_HEADER.len());
    std::fs::File::open(path)
        .and_then(|f| f.take(STEMS_HEADER.len() as u64).read_to_end(&mut first))
        .is_ok_and(|_| first == STEMS_HEADER.as_bytes())
}

/// Says on standard error (after `prefix`) how many of `pairs` learning leaves out for being
/// longer than a sentence pair ([`MOST_PAIR_WORDS`]); nothing when none is.
pub fn note_pairs_left_out(prefix: &str, pairs: &[SentencePair]) {
    let too_long = too_long_to_learn(pairs);
    if too_long > 0 {
        crate::notice::notice(format_args!(
            "{prefix}{too_long} pair(s) of more than {MOST_PAIR_WORDS} words on a side left out \
             (a whole article against its translation teaches little word by word)"
        ));
    }
}

/// What a memory teaches the run.
pub struct Learned {
    /// The stem pairs learned, as a lexicon to merge into the run's.
    pub lexicon: Lexicon,
    /// The least confidence of a `matched` quote the memory's self-test asks for
    /// (`isnad::checks::memory_floor`); `None` for a memory too small to test itself.
    pub floor: Option<f64>,
    /// What its cache does not hold yet.
    pub cache: Option<PendingCache>,
}

/// A learned table to cache, written by [`PendingCache::write`] once the run has succeeded: a
/// run that fails leaves no file behind.
pub struct PendingCache {
    path: PathBuf,
    tsv: String,
    inputs: Vec<String>,
}

impl Memory {
    /// Reads the memory's pairs (the checks of any input), once: their checksum names the
    /// cache, and they are what [`Memory::learned`] learns. A memory without an Arabic–English
    /// pair is an input error.
    pub fn open(spec: &str) -> Result<Memory> {
        let files = memory_files(spec);
        if files.iter().any(|f| f == "-") {
            return Err(Error::Usage(format!(
                "--memory {spec}: standard input (`-`) is not supported for --memory, which \
                 caches what it learns beside its file: give a file"
            )));
        }
        let pairs = read_parallel(spec)?;
        if pairs.is_empty() {
            return Err(Error::input(
                spec,
                "holds no Arabic–English pair to learn from",
            ));
        }
        let cache = cache_path(&files[0], &pairs, &LearnOptions::default());
        let slot = Slot::of(&cache);
        Ok(Memory {
            spec: spec.to_string(),
            files,
            pairs,
            cache,
            slot,
        })
    }

    /// The memory as `--memory` gave it.
    pub fn spec(&self) -> &str {
        &self.spec
    }

    /// The cache beside the memory, read by the run when it holds a table, written when not;
    /// `None` when its name is taken by something isnad did not write, which the run leaves
    /// alone.
    pub fn cache_path(&self) -> Option<&Path> {
        self.slot.usable().then_some(self.cache.as_path())
    }

    /// The lexicon learned from the memory, from its cache when it holds one; and, when it
    /// does not, the table to cache. A cache that cannot be read is derived data: it is
    /// ignored (with a notice), learned again and rewritten.
    pub fn learned(&self) -> Result<Learned> {
        if self.slot == Slot::Cache {
            match read_cache(&self.cache) {
                Ok((lexicon, floor)) => {
                    // Read by the run: no output may replace it.
                    ledger::note(&self.cache);
                    return Ok(Learned {
                        lexicon,
                        floor,
                        cache: None,
                    });
                }
                Err(e) => crate::notice::notice(format_args!(
                    "ignoring a cache that cannot be read ({e}); learning {} again",
                    self.spec
                )),
            }
        }
        // The pairs `open` read and named the cache by: never the file read again, which may
        // have been saved since.
        note_pairs_left_out(&format!("--memory {}: ", self.spec), &self.pairs);
        // The memory checks itself against the embedded lexicon and the shipped thresholds
        // (what names the cache), whatever the run adds to them; a memory whose sides do not
        // translate each other is refused before it is learned.
        let test = memory_floor(&self.pairs, Lexicon::embedded(), &MatchOptions::default());
        if let Some(test) = test.as_ref().filter(|t| t.misaligned()) {
            return Err(Error::input(
                &self.spec,
                format!(
                    "its two sides do not translate each other line by line: quoted against \
                     each other, {} of its {} sentences matched were matched to another line \
                     (a line added or lost on one side?)",
                    test.wrong_at_shipped[0], test.matched_whole_at_shipped
                ),
            ));
        }
        let floor = test.map(|test| test.floor);
        let learned = as_translations(learn(&self.pairs, &LearnOptions::default()));
        let mut tsv = to_tsv(&learned);
        tsv.push_str(&floor_line(floor));
        // The table as the cache will hold it (weights to four decimals), so that the run
        // that learns and the runs that read the cache give the same bytes.
        let lexicon = Lexicon::from_tsv(&tsv, &self.cache.to_string_lossy())?;
        let uncached = match &self.slot {
            Slot::Taken => Some(format!(
                "{} is not a cache isnad wrote, left as it was",
                self.cache.display()
            )),
            Slot::Unusable(why) => Some(format!("{}: {why}", self.cache.display())),
            Slot::Free | Slot::Cache => None,
        };
        if let Some(why) = uncached {
            crate::notice::notice(format_args!("the learned memory is not cached: {why}"));
            return Ok(Learned {
                lexicon,
                floor,
                cache: None,
            });
        }
        let cache = PendingCache {
            path: self.cache.clone(),
            tsv: seal(tsv),
            inputs: self.files.clone(),
        };
        Ok(Learned {
            lexicon,
            floor,
            cache: Some(cache),
        })
    }
}

impl PendingCache {
    /// Writes the cache. One that cannot be written (a read-only folder) only costs the next
    /// run some time: a notice, no error.
    pub fn write(self) {
        let inputs: Vec<&str> = self.inputs.iter().map(String::as_str).collect();
        let path = self.path.to_string_lossy();
        if let Err(e) = replace_file(&path, self.tsv.as_bytes(), &inputs) {
            crate::notice::notice(format_args!("the learned memory is not cached: {e}"));
        }
    }
}

/// The first words of a cache's last line, which seals the lines before it.
const SEAL: &str = "# isnad cache sealed: crc32 ";

/// `tsv` with a last line that seals it: the CRC-32 of every byte before that line.
fn seal(mut tsv: String) -> String {
    if !tsv.is_empty() && !tsv.ends_with('\n') {
        tsv.push('\n');
    }
    let crc = crc32fast::hash(tsv.as_bytes());
    tsv.push_str(&format!("{SEAL}{crc:08x}\n"));
    tsv
}

/// The table of a sealed cache, or why it is not one: the last line must seal the rest.
fn unsealed(text: &str) -> std::result::Result<&str, &'static str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let (table, last) = match body.rfind('\n') {
        Some(i) => (&text[..=i], &body[i + 1..]),
        None => ("", body),
    };
    let crc = last
        .strip_prefix(SEAL)
        .ok_or("its seal is missing: cut short?")?;
    if u32::from_str_radix(crc, 16).ok() != Some(crc32fast::hash(table.as_bytes())) {
        return Err("its seal does not match its table: cut short or edited");
    }
    Ok(table)
}

/// The first words of the cache's line that keeps the memory's floor.
const FLOOR: &str = "# isnad memory floor: ";

/// The cache's line for the memory's floor (`-` for none).
fn floor_line(floor: Option<f64>) -> String {
    match floor {
        Some(floor) => format!("{FLOOR}{floor:.2}\n"),
        None => format!("{FLOOR}-\n"),
    }
}

/// The floor a cache's table keeps, or why it keeps none.
fn read_floor(table: &str) -> std::result::Result<Option<f64>, &'static str> {
    let value = table
        .lines()
        .find_map(|line| line.strip_prefix(FLOOR))
        .ok_or("it keeps no memory floor")?;
    match value.trim() {
        "-" => Ok(None),
        v => v
            .parse::<f64>()
            .ok()
            .filter(|f| (0.0..=1.0).contains(f))
            .map(Some)
            .ok_or("its memory floor is not a number from 0 to 1"),
    }
}

/// A cache's table and floor, read without the ledger's note: a cache that turns out
/// unreadable (or unsealed) is written again.
fn read_cache(path: &Path) -> Result<(Lexicon, Option<f64>)> {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).map_err(|e| Error::input(name.as_ref(), e.to_string()))?;
    let text = decode(&name, &bytes)?.text;
    let table = unsealed(&text).map_err(|why| Error::input(name.as_ref(), why))?;
    let floor = read_floor(table).map_err(|why| Error::input(name.as_ref(), why))?;
    Ok((Lexicon::from_tsv(table, &name)?, floor))
}

/// The files a memory spec names: one TMX or TSV, or the two line-aligned files.
fn memory_files(spec: &str) -> Vec<String> {
    let lower = spec.to_ascii_lowercase();
    match isnad::lexicon::parallel::split_pair(spec) {
        Some((ar, en)) if !lower.ends_with(".tmx") && !lower.ends_with(".tsv") => {
            vec![ar.to_string(), en.to_string()]
        }
        _ => vec![spec.to_string()],
    }
}

/// `FIRST_FILE.isnad-lexicon-CHECKSUM.tsv` beside the (first) memory file, `first`. The
/// checksum is of what the table is learned from — the pairs, as read and decoded (so a memory
/// read in another charset is another memory), the learning options and how the pairs are
/// weighed — and of the isnad version: a function of the table it names.
fn cache_path(first: &str, pairs: &[SentencePair], options: &LearnOptions) -> PathBuf {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(format!("{options:?}").as_bytes());
    // How the learned pairs are weighed: a cache of another weighing is not this table. The
    // floor of the memory's self-test is kept with it.
    hasher.update(b"as_translations");
    hasher.update(b"memory_floor");
    for pair in pairs {
        for side in [&pair.arabic, &pair.english] {
            hasher.update(&(side.len() as u64).to_le_bytes());
            hasher.update(side.as_bytes());
        }
    }
    let first = Path::new(first);
    let name = first
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "memory".to_string());
    first.with_file_name(format!(
        "{name}.isnad-lexicon-{:08x}.tsv",
        hasher.finalize()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_cache_reads_back_and_a_cut_or_edited_one_does_not() {
        let table = "# isnad lexicon: stems\nزرفون\tzebrine\t1.0000\nبلقون\tbalcony\t0.5000\n";
        let sealed = seal(table.to_string());
        assert_eq!(unsealed(&sealed), Ok(table));
        // Cut after its first row, as a full disk or an interrupted copy leaves it.
        let cut = &sealed[..sealed.find("بلقون").unwrap()];
        assert!(unsealed(cut).is_err());
        // A row edited by hand.
        assert!(unsealed(&sealed.replace("0.5000", "0.9000")).is_err());
        // The cache of an older isnad, without a seal.
        assert!(unsealed(table).is_err());
    }

    /// A TSV memory in which each of `words` is always rendered the same way: it learns them.
    fn memory_of(words: &[(&str, &str)]) -> String {
        (0..15)
            .map(|i| {
                let (a1, e1) = words[i % words.len()];
                let (a2, e2) = words[(i + 2) % words.len()];
                format!("{a1} {a2}\t{e1} {e2}\n")
            })
            .collect()
    }

    fn memory_a() -> String {
        memory_of(&[
            ("زرفون", "zebrine"),
            ("قلمسة", "lampion"),
            ("طنبير", "drumlet"),
            ("شمروخ", "quillet"),
            ("بلنكوش", "vantrel"),
        ])
    }

    fn memory_b() -> String {
        memory_of(&[
            ("كتاب", "book"),
            ("قرية", "village"),
            ("قلم", "pen"),
            ("نهر", "river"),
            ("جبل", "mountain"),
        ])
    }

    /// The memory `text` as `m.tsv` in a folder of its own: its cache's name and table.
    fn cache_of(text: &[u8]) -> (String, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tsv");
        std::fs::write(&path, text).unwrap();
        let pending = Memory::open(path.to_str().unwrap())
            .unwrap()
            .learned()
            .unwrap()
            .cache
            .expect("nothing cached yet");
        let name = pending.path.file_name().unwrap().to_string_lossy().into();
        (name, pending.tsv)
    }

    #[test]
    fn the_table_cached_is_the_one_learned_from_what_named_the_cache() {
        // The memory is saved again (another memory) between the run's opening it, which
        // names the cache, and its learning: the table cached is still the first memory's,
        // under the first memory's name (not the second's table under the first's name).
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tsv");
        std::fs::write(&path, memory_a()).unwrap();
        let memory = Memory::open(path.to_str().unwrap()).unwrap();
        std::fs::write(&path, memory_b()).unwrap();
        let pending = memory.learned().unwrap().cache.expect("nothing cached yet");
        let (name_a, table_a) = cache_of(memory_a().as_bytes());
        let (name_b, table_b) = cache_of(memory_b().as_bytes());
        assert_ne!(name_a, name_b);
        assert!(table_a.contains("quillet") && table_b.contains("river"));
        assert_eq!(pending.path, path.with_file_name(&name_a));
        assert_eq!(pending.tsv, table_a);
    }

    #[test]
    fn the_cache_is_named_by_the_text_decoded_not_the_bytes() {
        // The same memory in UTF-8 and in UTF-16: one table, one name. (A memory read in the
        // wrong charset is other text: another name, or, without Arabic, an input error.)
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(memory_a().encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(cache_of(&utf16), cache_of(memory_a().as_bytes()));
    }

    #[test]
    fn a_cache_name_too_long_is_unusable_not_taken() {
        let dir = tempfile::tempdir().unwrap();
        let long = dir.path().join(format!("{}.tsv", "m".repeat(300)));
        match Slot::of(&long) {
            Slot::Unusable(why) => assert!(!why.is_empty()),
            other => panic!("{other:?}"),
        }
        assert_eq!(Slot::of(&dir.path().join("free.tsv")), Slot::Free);
    }
}
