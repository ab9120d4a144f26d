//! Writing results: to stdout, or to a file that appears whole or not at all (a temporary file in
//! the same directory, renamed over the target). An output path that names one of the inputs is
//! refused, so an input is never overwritten.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically, or to stdout when `path` is `None` or `-`.
pub fn write_output(path: Option<&str>, bytes: &[u8], inputs: &[&str]) -> Result<()> {
    match path {
        None | Some("-") => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(bytes)
                .and_then(|_| stdout.flush())
                .or_else(|e| {
                    // A closed pipe (`isnad ... | head`) is not an error worth reporting.
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        Ok(())
                    } else {
                        Err(e)
                    }
                })
                .map_err(|source| Error::Output {
                    path: "<stdout>".into(),
                    source,
                })
        }
        Some(path) => {
            refuse_input_overwrite(path, inputs)?;
            write_atomic(Path::new(path), bytes).map_err(|source| Error::Output {
                path: path.to_string(),
                source,
            })
        }
    }
}

fn refuse_input_overwrite(path: &str, inputs: &[&str]) -> Result<()> {
    let target = std::fs::canonicalize(path).ok();
    for input in inputs {
        let same =
            input == &path || (target.is_some() && std::fs::canonicalize(input).ok() == target);
        if same {
            return Err(Error::Usage(format!(
                "refusing to write the output over the input file {path}"
            )));
        }
    }
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    // A temporary file is private (0600); the output should be like any file the user writes:
    // the old file's permissions when it is replaced, rw-r--r-- otherwise.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_and_input_guard() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        let out_s = out.to_str().unwrap();
        write_output(Some(out_s), b"a,b\n", &[]).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"a,b\n");
        let err = write_output(Some(out_s), b"x", &[out_s]).unwrap_err();
        assert!(err.to_string().contains("refusing"));
        assert_eq!(std::fs::read(&out).unwrap(), b"a,b\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
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
        assert_eq!(mode(&out), 0o644);
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_output(Some(out_s), b"y", &[]).unwrap();
        assert_eq!(mode(&out), 0o640, "a replaced file keeps its permissions");
    }
}
