//! Headless Chromium for the page tests and the page benchmark: found on PATH, run with a fresh
//! profile and the flags a root CI container needs, and killed if it hangs.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a browser run may take before it is killed (a cold start takes about a second).
const TIMEOUT: Duration = Duration::from_secs(60);

const NAMES: [&str; 2] = ["chromium", "chromium-browser"];

pub struct Headless {
    binary: PathBuf,
}

/// What one browser run printed and how long it took.
pub struct Run {
    pub stdout: String,
    pub elapsed: Duration,
}

impl Headless {
    /// The first `chromium`/`chromium-browser` on PATH, if any.
    pub fn find() -> Option<Headless> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|dir| NAMES.iter().map(move |n| dir.join(n)))
            .find(|candidate| candidate.is_file())
            .map(|binary| Headless { binary })
    }

    /// The page's DOM after load, as Chromium serializes it.
    pub fn dump_dom(&self, page: &Path) -> Result<Run, String> {
        self.run(&["--dump-dom".to_string()], page)
    }

    /// A screenshot of the page at `width`×`height` written to `png`.
    pub fn screenshot(
        &self,
        page: &Path,
        png: &Path,
        width: u32,
        height: u32,
    ) -> Result<Run, String> {
        self.run(
            &[
                format!("--screenshot={}", png.display()),
                format!("--window-size={width},{height}"),
                "--hide-scrollbars".to_string(),
            ],
            page,
        )
    }

    fn run(&self, extra: &[String], page: &Path) -> Result<Run, String> {
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let page = std::fs::canonicalize(page).map_err(|e| format!("{}: {e}", page.display()))?;
        let mut command = Command::new(&self.binary);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(extra)
            .arg(format!("file://{}", page.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        // Its own process group, so that a hung browser can be killed with all its helpers.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let started = Instant::now();
        let mut child = command
            .spawn()
            .map_err(|e| format!("{}: {e}", self.binary.display()))?;
        // Read stdout on a thread: a page's DOM can be larger than the pipe buffer.
        let mut stdout = child.stdout.take().expect("piped");
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            stdout.read_to_string(&mut text).map(|_| text)
        });
        loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                let elapsed = started.elapsed();
                let stdout = reader
                    .join()
                    .expect("reader thread")
                    .map_err(|e| e.to_string())?;
                if !status.success() {
                    return Err(format!("{} exited with {status}", self.binary.display()));
                }
                return Ok(Run { stdout, elapsed });
            }
            if started.elapsed() > TIMEOUT {
                kill_group(child.id());
                let _ = child.wait();
                return Err(format!(
                    "{} hung for {TIMEOUT:?}; killed",
                    self.binary.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .status();
}
