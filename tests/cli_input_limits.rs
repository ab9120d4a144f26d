//! Bounded inputs: a device, an endless stream or a file over the limit is refused at once with
//! one line naming it (exit 2), before it is read into memory; a file cut off in the middle of a
//! UTF-8 sequence says so.

#![cfg(unix)]

mod common;

use std::time::{Duration, Instant};

use common::{isnad, s, sample_copy};

/// Runs `isnad ARGS` and expects a one-line input error naming `name` within a second.
fn refused_quickly(args: &[String], name: &str, says: &str) {
    let started = Instant::now();
    let out = isnad()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(name) && stderr.contains(says), "{stderr}");
    assert!(out.stdout.is_empty());
    // Generous for a loaded machine; the point is that nothing endless is read.
    assert!(
        elapsed < Duration::from_secs(5),
        "{args:?} took {elapsed:?}"
    );
}

#[test]
fn a_device_as_a_source_is_refused() {
    let dir = sample_copy();
    let report = s(&dir.path().join("report.en.md"));
    refused_quickly(
        &[
            "check".into(),
            report,
            "--source".into(),
            "/dev/zero=X".into(),
        ],
        "/dev/zero",
        "is a device",
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let dir = sample_copy();
    let source = dir.path().join("long.ar.txt");
    std::fs::write(&source, "قصفت القوات قرية سلمى.\n".repeat(5_000)).unwrap();
    let report = s(&dir.path().join("report.en.md"));
    refused_quickly(
        &[
            "--max-input-bytes".into(),
            "50000".into(),
            "check".into(),
            report,
            "--source".into(),
            format!("{}=X", s(&source)),
        ],
        "long.ar.txt",
        "more than the input limit",
    );
}

#[test]
fn an_endless_binary_stream_fails_on_its_first_block() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("zeros");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(fifo) {
                let block = vec![0u8; 1 << 16];
                // Stops when the reader goes away (broken pipe).
                while f.write_all(&block).is_ok() {}
            }
        })
    };
    refused_quickly(
        &["segment".into(), s(&fifo)],
        "zeros",
        "binary data (NUL byte)",
    );
    writer.join().unwrap();
}

#[test]
fn a_cut_off_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut.ar.txt");
    let mut bytes = "قصفت القوات قرية سلمى ".as_bytes().to_vec();
    // The first byte of a two-byte letter, and then the end of the file.
    bytes.push(0xD8);
    std::fs::write(&cut, bytes).unwrap();
    refused_quickly(
        &["segment".into(), s(&cut)],
        "cut.ar.txt",
        "the file may be cut off",
    );
}

/// `isnad romanize` with standard input from `stdin`: the exit code, stdout and stderr; killed
/// (and failed) if it runs for more than 5 seconds.
fn romanize_from(args: &[&str], stdin: std::process::Stdio) -> (Option<i32>, String, String) {
    use std::io::Read;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("isnad"))
        .args(args)
        .stdin(stdin)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("isnad {args:?} was still reading after 5 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (mut stdout, mut stderr) = (String::new(), String::new());
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (status.code(), stdout, stderr)
}

/// The names `romanize` reads from standard input are an input like any other: bounded, no
/// NUL byte, the BOM left out (of an argument too).
#[test]
fn romanize_reads_standard_input_as_every_input_is_read() {
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let (code, stdout, stderr) = romanize_from(&["romanize"], zero.into());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>:1: binary data (NUL byte)"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stdout.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let names = common::write(dir.path(), "names.txt", "\u{FEFF}Salma\nKafr Dabla\n");
    let stdin = || std::fs::File::open(&names).unwrap().into();
    let (code, stdout, stderr) = romanize_from(&["--max-input-bytes", "8", "romanize"], stdin());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>: is more than the input limit of 8 bytes"),
        "{stderr}"
    );
    assert!(stdout.is_empty());

    let nul = common::write(dir.path(), "nul.txt", "Salma\nKafr\0Dabla\n");
    let (code, _, stderr) = romanize_from(&["romanize"], std::fs::File::open(&nul).unwrap().into());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>:2: binary data (NUL byte)"),
        "{stderr}"
    );

    let plain = common::succeeded(
        isnad()
            .args(["romanize", "--format", "tsv", "Salma", "Kafr Dabla"])
            .output()
            .unwrap(),
    );
    let (code, from_stdin, stderr) = romanize_from(&["romanize", "--format", "tsv"], stdin());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        from_stdin.as_bytes(),
        plain,
        "the BOM is no part of the name"
    );
    let with_bom = common::succeeded(
        isnad()
            .args(["romanize", "--format", "tsv", "\u{FEFF}Salma", "Kafr Dabla"])
            .output()
            .unwrap(),
    );
    assert_eq!(with_bom, plain, "the BOM is no part of an argument's name");
}
