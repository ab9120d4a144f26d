//! The files a run reads, so that no output of the run can replace one of them.
//!
//! Every reader of the library (sources and reports, `isnad.toml`, house style, gazetteers,
//! lexicons, dictd dictionaries, translation memories, manifests) notes the file it opens here;
//! a program that writes files asks [`input_named_by`] before it writes. Files are compared by
//! identity (device and inode), so no spelling of a path gets past it: `./x`, `../d/x`, a
//! symbolic link or a hard link to an input are all the input.
//!
//! The ledger is off until a program turns it on with [`keep`] (the CLI does, first thing), so
//! a long-running user of the library does not accumulate paths it never asks about.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

static KEEPING: AtomicBool = AtomicBool::new(false);
/// Each input by what it is on disk, with the name the run first gave it.
static FILES: Mutex<Option<HashMap<Identity, String>>> = Mutex::new(None);

fn files() -> MutexGuard<'static, Option<HashMap<Identity, String>>> {
    FILES.lock().unwrap_or_else(|e| e.into_inner())
}

#[derive(PartialEq, Eq, Hash)]
enum Identity {
    /// Device and inode: the file itself, whatever path leads to it.
    #[cfg(unix)]
    Inode(u64, u64),
    /// The canonical path where inodes are not available.
    #[allow(dead_code)]
    Canonical(PathBuf),
}

fn identity(path: &Path) -> Option<Identity> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| Identity::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(Identity::Canonical)
    }
}

/// Turns the ledger on for the rest of the process.
pub fn keep() {
    KEEPING.store(true, Ordering::Relaxed);
}

/// Notes that the run reads (or will read) `path`. A path that does not exist is not noted: it
/// cannot be replaced, and reading it fails anyway.
pub fn note(path: &Path) {
    if !KEEPING.load(Ordering::Relaxed) {
        return;
    }
    if let Some(identity) = identity(path) {
        files()
            .get_or_insert_with(HashMap::new)
            .entry(identity)
            .or_insert_with(|| path.display().to_string());
    }
}

/// Whether two paths lead to the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    matches!((identity(a), identity(b)), (Some(x), Some(y)) if x == y)
}

/// The input (as the run named it) that writing to `target` would replace, if any.
pub fn input_named_by(target: &Path) -> Option<String> {
    let identity = identity(target)?;
    files().as_ref()?.get(&identity).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_an_input_is_the_input() {
        keep();
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("style.csv");
        std::fs::write(&input, "preferred,variants\n").unwrap();
        note(&input);
        let other = dir.path().join("out.csv");
        std::fs::write(&other, "x").unwrap();
        assert_eq!(input_named_by(&other), None);
        assert_eq!(input_named_by(&dir.path().join("missing.csv")), None);
        let dotted = dir.path().join(".").join("style.csv");
        assert!(input_named_by(&dotted).is_some());
        let hard = dir.path().join("hard.csv");
        std::fs::hard_link(&input, &hard).unwrap();
        assert!(input_named_by(&hard).is_some());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert_eq!(
                input_named_by(&link).as_deref(),
                Some(input.display().to_string().as_str())
            );
        }
    }
}
