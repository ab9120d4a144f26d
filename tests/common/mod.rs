//! Helpers shared by the integration tests; each test binary uses some of them.

#![allow(dead_code)]

pub mod browser;
pub mod dom;
pub mod expected;

/// `isnad` as the tests run it: colour left to the command's own rules.
pub fn isnad() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("isnad").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A copy of the Salma sample in a fresh temporary directory.
pub fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(expected::SAMPLE).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

/// A path as a command-line argument.
pub fn s(p: &std::path::Path) -> String {
    p.to_str().unwrap().to_string()
}

/// `isnad check` on the bundled sample in `format`, run from the crate root with a relative path
/// (so that outputs naming files are the same on every machine), failing on errors: the sample's
/// planted errors make it exit 1.
pub fn check_sample(format: &str) -> Vec<u8> {
    let args = [
        "check",
        "corpus/samples/salma",
        "--format",
        format,
        "--fail-on",
        "error",
    ];
    run_expecting(args, 1)
}

/// Runs `isnad ARGS`, asserts it exits 0, and returns its standard output.
pub fn stdout_of_success<I, S>(args: I) -> Vec<u8>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    run_expecting(args, 0)
}

/// Runs `isnad ARGS` from the crate root (colour left to the command's own rules), asserts its
/// exit code, and returns its standard output.
fn run_expecting<I, S>(args: I, code: i32) -> Vec<u8>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = assert_cmd::Command::cargo_bin("isnad")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Writes `contents` to `dir/name` and returns the path.
pub fn write(dir: &std::path::Path, name: &str, contents: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// LibreOffice's `soffice`, where it is installed (CI installs it).
pub fn soffice() -> Option<std::path::PathBuf> {
    ["soffice", "libreoffice"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    })
}

/// The standard output of a run that must have exited 0 (its standard error shown if not).
pub fn succeeded(out: std::process::Output) -> Vec<u8> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Converts `files` with LibreOffice (`soffice --headless --convert-to TO`), reading them with
/// `filter`, into `out_dir`; a private profile so that runs do not share state.
pub fn soffice_convert(
    soffice: &std::path::Path,
    filter: &str,
    to: &str,
    out_dir: &std::path::Path,
    files: &[std::path::PathBuf],
) {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .arg("--headless")
        .arg(format!("--infilter={filter}"))
        .args(["--convert-to", to, "--outdir"])
        .arg(out_dir)
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What a run refused as bad input shows: exit code 2, nothing on standard output, and one line
/// on standard error holding `message`.
pub trait RefusedWith {
    fn refused_with(self, message: &str) -> Self;
}

impl RefusedWith for assert_cmd::assert::Assert {
    fn refused_with(self, message: &str) -> Self {
        self.code(2)
            .stdout("")
            .stderr(predicates::str::contains(message))
            .stderr(predicates::function::function(|s: &str| {
                s.lines().count() == 1
            }))
    }
}

/// The names of the files in `dir`, sorted.
pub fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}
