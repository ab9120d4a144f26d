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
