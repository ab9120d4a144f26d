//! Writing results, in the way the target asks for:
//!
//! - standard output for `None` or `-`, and for a path that names the process's own descriptor
//!   (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`, or a link to one): scripts write
//!   `-o /dev/stdout`, and `isnad … -o /dev/stdout >> log` must append, not replace;
//! - a regular file (or a new one) appears whole or not at all: a temporary file in the same
//!   directory, synced, renamed over the target. A symbolic link to a regular file keeps being
//!   a link: its target is the file replaced;
//! - a FIFO, character device or other special file is written through in place, never
//!   replaced (a named pipe keeps its reader, `/dev/null` stays a device);
//! - a directory or a block device is refused.
//!
//! An output that would replace a file the run reads is refused (exit 2) whatever path spells
//! it: the explicit inputs given here and every file the readers noted in [`ledger`].

use std::io::Write;
use std::path::{Path, PathBuf};

use isnad::error::{Error, Result};
use isnad::text::ledger;

/// Writes `bytes` to `path` (see the module documentation), or to stdout when `path` is `None`
/// or `-`. `inputs` are paths the run reads that a reader may not have noted yet.
pub fn write_output(path: Option<&str>, bytes: &[u8], inputs: &[&str]) -> Result<()> {
    let Some(path) = path.filter(|p| *p != "-") else {
        // `isnad segment r.md >> r.md`: standard output redirected onto an input is refused
        // as `-o /dev/stdout` is.
        refuse_overwrite(Path::new("/dev/stdout"), "standard output", inputs)?;
        return write_descriptor(1, bytes, "<stdout>");
    };
    refuse_input_overwrite(path, inputs)?;
    let output_error = |source| Error::Output {
        path: path.to_string(),
        source,
    };
    match Target::of(Path::new(path)).map_err(output_error)? {
        Target::Descriptor(fd) => write_descriptor(fd, bytes, path),
        Target::File(file) => write_atomic(&file, bytes).map_err(output_error),
        Target::Special => write_through(Path::new(path), bytes).map_err(output_error),
    }
}

/// Writes `bytes` as a regular file at `path` itself, whole or not at all: whatever is at that
/// name (a file, a symbolic link) is replaced by renaming a new file over it, never written
/// through. For a file isnad owns, such as a cache; `inputs` as for [`write_output`].
pub fn replace_file(path: &str, bytes: &[u8], inputs: &[&str]) -> Result<()> {
    refuse_input_overwrite(path, inputs)?;
    write_atomic(Path::new(path), bytes).map_err(|source| Error::Output {
        path: path.to_string(),
        source,
    })
}

/// Refuses an output path that names an input of the run, whatever path spells it.
pub fn refuse_input_overwrite(path: &str, inputs: &[&str]) -> Result<()> {
    refuse_overwrite(Path::new(path), &format!("the output {path}"), inputs)
}

/// Refuses writing to `target` (named `shown` in the message) when it is an input.
fn refuse_overwrite(target: &Path, shown: &str, inputs: &[&str]) -> Result<()> {
    let explicit = inputs
        .iter()
        .find(|i| Path::new(i) == target || ledger::same_file(Path::new(i), target))
        .map(|i| i.to_string());
    if let Some(input) = explicit.or_else(|| ledger::input_named_by(target)) {
        return Err(Error::Usage(format!(
            "refusing to write {shown} over the input file {input}"
        )));
    }
    Ok(())
}

/// One file a run will write, and what names it in messages (`--output`, `--save-lexicon`, …).
pub struct Planned {
    pub role: String,
    pub path: String,
    /// A name the run owns (a file of `--out-dir`), written by [`replace_file`]: whatever is at
    /// that name is replaced, a symbolic link included, never written through.
    pub owned: bool,
}

impl Planned {
    pub fn new(role: impl Into<String>, path: impl Into<String>) -> Planned {
        Planned {
            role: role.into(),
            path: path.into(),
            owned: false,
        }
    }

    /// A file the run names itself inside a directory it writes (`--out-dir`): a link already
    /// at that name is replaced, so the output never leaves the directory.
    pub fn owned(role: impl Into<String>, path: impl Into<String>) -> Planned {
        Planned {
            owned: true,
            ..Planned::new(role, path)
        }
    }
}

/// Before a run writes anything, its outputs taken together: two that are the same file,
/// whatever paths spell them (`./x` and `x`, a link to a directory, a link to the file), are
/// a usage error, since one would replace the other; an output that cannot be written (its
/// directory missing or read-only, a directory in its place) fails here, so that a run that
/// fails writes nothing. `made_dir` is a directory the run creates (`--out-dir`): it may be
/// missing if it can be made. Standard output, descriptors and special files are written
/// through, never replaced: they are left out. An output over an input of the run is refused
/// too ([`refuse_input_overwrite`], with `inputs`).
pub fn check_outputs(outputs: &[Planned], made_dir: Option<&str>, inputs: &[&str]) -> Result<()> {
    let made_dir = made_dir.map(|d| file_key(Path::new(d)));
    let mut seen: std::collections::HashMap<PathBuf, &Planned> = Default::default();
    let mut writable_dirs = std::collections::HashSet::new();
    for output in outputs.iter().filter(|o| o.path != "-") {
        refuse_input_overwrite(&output.path, inputs)?;
        let output_error = |source| Error::Output {
            path: output.path.clone(),
            source,
        };
        let key = if output.owned {
            owned_key(Path::new(&output.path)).map_err(output_error)?
        } else {
            let Target::File(resolved) =
                Target::of(Path::new(&output.path)).map_err(output_error)?
            else {
                continue;
            };
            file_key(&resolved)
        };
        if let Some(earlier) = seen.insert(key.clone(), output) {
            return Err(Error::Usage(format!(
                "{} {} and {} {} are the same file: one output would replace the other",
                earlier.role, earlier.path, output.role, output.path
            )));
        }
        let dir = key.parent().unwrap_or(Path::new("/")).to_path_buf();
        if writable_dirs.insert(dir.clone()) {
            let creatable = made_dir.as_ref() == Some(&dir);
            writable_dir(&dir, creatable).map_err(output_error)?;
        }
    }
    Ok(())
}

/// The key of a name the run owns: the name itself (a link there is not followed), in its
/// directory canonicalized. A directory at that name cannot be replaced by a file.
fn owned_key(path: &Path) -> std::io::Result<PathBuf> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(std::io::Error::other("is a directory"));
    }
    Ok(match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => file_key(parent).join(name),
        (_, Some(name)) => file_key(Path::new(".")).join(name),
        _ => file_key(path),
    })
}

/// Whether a file can be made in `dir` (by making one and removing it); a directory the run
/// will create is judged by its nearest existing ancestor.
fn writable_dir(dir: &Path, creatable: bool) -> std::io::Result<()> {
    let mut existing = dir;
    if creatable {
        while !existing.exists() {
            match existing.parent() {
                Some(parent) => existing = parent,
                None => break,
            }
        }
    }
    match std::fs::metadata(existing) {
        Ok(meta) if !meta.is_dir() => Err(std::io::Error::other(format!(
            "{} is not a directory",
            existing.display()
        ))),
        Ok(_) => tempfile::NamedTempFile::new_in(existing).map(drop),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(std::io::Error::new(
            e.kind(),
            format!("no directory {}", dir.display()),
        )),
        Err(e) => Err(e),
    }
}

/// The file a (link-free) path names, as one path whatever spelled it: its directory
/// canonicalized, or as much of it as exists, and its name.
pub fn file_key(path: &Path) -> PathBuf {
    if let Ok(canonical) = std::fs::canonicalize(path) {
        return canonical;
    }
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            file_key(parent).join(name)
        }
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// What a path leads to, as far as writing goes.
enum Target {
    /// One of the process's own descriptors (1 standard output, 2 standard error, …).
    Descriptor(u32),
    /// A regular file, existing or not, at this path (a link's target, not the link).
    File(PathBuf),
    /// A FIFO, character device or socket: written through in place.
    Special,
}

impl Target {
    fn of(path: &Path) -> std::io::Result<Target> {
        let (resolved, descriptor) = follow_links(path)?;
        if let Some(fd) = descriptor {
            return Ok(Target::Descriptor(fd));
        }
        let meta = match std::fs::metadata(&resolved) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target::File(resolved))
            }
            Err(e) => return Err(e),
        };
        let kind = meta.file_type();
        if kind.is_file() {
            return Ok(Target::File(resolved));
        }
        if kind.is_dir() {
            return Err(std::io::Error::other("is a directory"));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_block_device() {
                return Err(std::io::Error::other(
                    "is a block device; refusing to write a report onto a disk",
                ));
            }
        }
        Ok(Target::Special)
    }
}

/// Follows a chain of symbolic links to the path it ends at, and notes whether it passes through
/// one of the process's descriptors (`/dev/stdout` → `/proc/self/fd/1` → …).
fn follow_links(path: &Path) -> std::io::Result<(PathBuf, Option<u32>)> {
    let mut current = path.to_path_buf();
    // The kernel's own limit on links in a path (MAXSYMLINKS).
    for _ in 0..40 {
        if let Some(fd) = descriptor_path(&current) {
            return Ok((current, Some(fd)));
        }
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok((current, None)),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// The descriptor a path names directly: `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`,
/// `/proc/self/fd/N`.
fn descriptor_path(path: &Path) -> Option<u32> {
    let text = path.to_str()?;
    match text {
        "/dev/stdout" => Some(1),
        "/dev/stderr" => Some(2),
        _ => text
            .strip_prefix("/dev/fd/")
            .or_else(|| text.strip_prefix("/proc/self/fd/"))
            .and_then(|n| n.parse().ok()),
    }
}

/// Writes to one of the process's descriptors: standard output and error through their own
/// handles (so a shell's `>>` keeps appending), any other through its path.
fn write_descriptor(fd: u32, bytes: &[u8], shown: &str) -> Result<()> {
    let written = match fd {
        1 => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(bytes).and_then(|_| stdout.flush())
        }
        2 => std::io::stderr().lock().write_all(bytes),
        _ => write_through(Path::new(&format!("/dev/fd/{fd}")), bytes),
    };
    written
        .or_else(|e| {
            // A closed pipe (`isnad ... | head`) is not an error worth reporting.
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e)
            }
        })
        .map_err(|source| Error::Output {
            path: shown.to_string(),
            source,
        })
}

/// Writes into an existing special file (FIFO, character device) without replacing it.
fn write_through(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(without_temporary_path)?;
    let pending = interrupt::Pending::new(tmp.path());
    let written = fill_and_rename(tmp, path, bytes).map_err(without_temporary_path);
    drop(pending);
    written
}

/// Writes `bytes` into the temporary file, gives it its mode, syncs it and renames it to `path`.
fn fill_and_rename(
    mut tmp: tempfile::NamedTempFile,
    path: &Path,
    bytes: &[u8],
) -> std::io::Result<()> {
    tmp.write_all(bytes)?;
    // A temporary file is private (0600); the output should be like any file the user writes:
    // the old file's permissions when it is replaced, otherwise what the user's umask leaves of
    // rw-rw-rw- (as `>` or `touch` give: a umask of 077 keeps unpublished reporting private).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let new_file = 0o666 & !umask();
        let mode = std::fs::metadata(path).map_or(new_file, |m| m.permissions().mode() & 0o7777);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A run stopped by SIGINT or SIGTERM while it writes an output would leave the temporary file
/// of that output behind, whole or in part (QA 35 H D3): the files being written are listed, and
/// a thread that waits for the signals removes them and ends the run as the signal would have
/// (exit 128 + its number).
mod interrupt {
    use std::path::{Path, PathBuf};
    use std::sync::{Mutex, OnceLock};

    static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

    /// A temporary file listed while it exists under its temporary name.
    pub(super) struct Pending(PathBuf);

    impl Pending {
        pub(super) fn new(path: &Path) -> Pending {
            watch();
            lock().push(path.to_path_buf());
            Pending(path.to_path_buf())
        }
    }

    impl Drop for Pending {
        fn drop(&mut self) {
            lock().retain(|p| p != &self.0);
        }
    }

    #[cfg(test)]
    pub(super) fn listed(path: &Path) -> bool {
        lock().iter().any(|p| p == path)
    }

    fn lock() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
        PENDING
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    #[cfg(unix)]
    fn watch() {
        static WATCHING: OnceLock<()> = OnceLock::new();
        WATCHING.get_or_init(|| {
            use signal_hook::consts::{SIGINT, SIGTERM};
            // Without the handler the signals end the run as before; only the clean-up is lost.
            if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
                std::thread::spawn(move || {
                    if let Some(signal) = signals.forever().next() {
                        for path in lock().drain(..) {
                            let _ = std::fs::remove_file(path);
                        }
                        std::process::exit(128 + signal);
                    }
                });
            }
        });
    }

    #[cfg(not(unix))]
    fn watch() {}
}

/// The process's file mode creation mask, read once: from `/proc/self/status` where there is
/// one (reading it changes nothing), else by setting it and putting it back at once.
#[cfg(unix)]
fn umask() -> u32 {
    static UMASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *UMASK.get_or_init(|| {
        let from_proc = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|status| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix("Umask:"))
                    .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            });
        from_proc.unwrap_or_else(|| {
            // SAFETY: umask only swaps the process's mask; it is put back on the next line.
            let mask = unsafe { libc::umask(0o022) };
            unsafe { libc::umask(mask) };
            mask as u32
        })
    })
}

/// tempfile names its temporary file in its errors (`… at path "out/.tmpA0cr1W"`): the user
/// asked for another file, which the message already names. The error without that part.
fn without_temporary_path(e: std::io::Error) -> std::io::Error {
    let message = e.to_string();
    match message.split_once(" at path \"") {
        Some((cause, _)) => std::io::Error::new(e.kind(), cause.to_string()),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The temporary file of an output is listed for the signal clean-up while it is written,
    /// and no longer once it is gone.
    #[test]
    fn temporary_files_are_listed_while_written() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join(".tmp-listed");
        let pending = interrupt::Pending::new(&tmp);
        assert!(interrupt::listed(&tmp));
        drop(pending);
        assert!(!interrupt::listed(&tmp));
    }

    #[test]
    fn atomic_write_and_input_guard() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        let out_s = out.to_str().unwrap();
        write_output(Some(out_s), b"a,b\n", &[]).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"a,b\n");
        let err = write_output(Some(out_s), b"x", &[out_s]).unwrap_err();
        assert!(err.to_string().contains("refusing"));
        let dotted = dir.path().join(".").join("out.csv");
        let err = write_output(dotted.to_str(), b"x", &[out_s]).unwrap_err();
        assert!(err.to_string().contains("refusing"));
        assert_eq!(std::fs::read(&out).unwrap(), b"a,b\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_directory_is_named_without_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nodir").join("x.txt");
        let message = write_atomic(&path, b"x").unwrap_err().to_string();
        assert!(!message.contains(".tmp"), "{message}");
        assert!(message.contains("os error 2"), "{message}");
    }

    #[test]
    fn outputs_are_checked_together() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("made");
        let (made_s, in_made) = (made.to_str().unwrap(), |name: &str| made.join(name));
        let planned = |path: &Path| Planned::new("--out-dir", path.to_string_lossy());
        // Files of a directory the run makes: checked, and nothing made.
        let two = [planned(&in_made("a.txt")), planned(&in_made("b.txt"))];
        check_outputs(&two, Some(made_s), &[]).unwrap();
        assert!(!made.exists());
        // The same file twice, however spelled.
        let same = [
            planned(&in_made("a.txt")),
            planned(&made.join(".").join("a.txt")),
        ];
        let err = check_outputs(&same, Some(made_s), &[]).unwrap_err();
        assert!(err.to_string().contains("are the same file"), "{err}");
        // A directory nobody makes.
        let err = check_outputs(&two[..1], None, &[]).unwrap_err();
        assert!(err.to_string().contains("no directory"), "{err}");
        // Standard output and descriptors are written through, as often as asked.
        let stdout = ["-", "-", "/dev/stdout", "/dev/stdout"].map(|p| Planned::new("-o", p));
        check_outputs(&stdout, None, &[]).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn outputs_are_readable_like_ordinary_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        let out_s = out.to_str().unwrap();
        write_output(Some(out_s), b"x", &[]).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // A new file gets what the umask leaves of rw-rw-rw-, as any file the user writes.
        assert_eq!(mode(&out), 0o666 & !umask());
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_output(Some(out_s), b"y", &[]).unwrap();
        assert_eq!(mode(&out), 0o640, "a replaced file keeps its permissions");
    }
}

#[cfg(all(test, unix))]
mod target_tests {
    use super::*;

    #[test]
    fn a_link_to_a_regular_file_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("real.csv");
        std::fs::write(&file, "old").unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).unwrap();
        write_output(link.to_str(), b"new", &[]).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&file).unwrap(), b"new");
        // A dangling link: its target is created.
        let dangling = dir.path().join("dangling.csv");
        std::os::unix::fs::symlink("made.csv", &dangling).unwrap();
        write_output(dangling.to_str(), b"made", &[]).unwrap();
        assert_eq!(std::fs::read(dir.path().join("made.csv")).unwrap(), b"made");
        assert!(std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[test]
    fn descriptors_directories_and_devices() {
        assert_eq!(descriptor_path(Path::new("/dev/stdout")), Some(1));
        assert_eq!(descriptor_path(Path::new("/proc/self/fd/7")), Some(7));
        assert_eq!(descriptor_path(Path::new("/dev/fd/x")), None);
        let dir = tempfile::tempdir().unwrap();
        let err = write_output(dir.path().to_str(), b"x", &[]).unwrap_err();
        assert!(err.to_string().contains("is a directory"), "{err}");
        // A link to /dev/null is written through: the link and the device stay what they were.
        let null = dir.path().join("null");
        std::os::unix::fs::symlink("/dev/null", &null).unwrap();
        write_output(null.to_str(), b"x", &[]).unwrap();
        assert!(std::fs::symlink_metadata(&null)
            .unwrap()
            .file_type()
            .is_symlink());
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
    }
}
