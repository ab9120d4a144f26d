//! Outputs respect what they write to, and never replace what the run reads: `-o` to a FIFO, a
//! link to standard output and a character device (a pseudo-terminal) delivers the bytes and
//! leaves the node what it was; `-o` onto the configuration, house style, gazetteer, lexicon,
//! manifest or translation memory, by any spelling, is a usage error that changes nothing.

#![cfg(unix)]

use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

mod common;

use common::{isnad, s, sample_copy};

/// The sample's CSV as written to standard output: what every other target must receive.
fn expected_csv(dir: &Path) -> Vec<u8> {
    let out = isnad()
        .args(["check", &s(dir), "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.is_empty());
    out.stdout
}

#[test]
fn a_fifo_gets_the_bytes_and_stays_a_fifo() {
    let dir = sample_copy();
    let fifo = dir.path().join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = isnad()
        .args(["check", &s(dir.path()), "--format", "csv", "-o", &s(&fifo)])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let received = reader.join().unwrap();
    assert_eq!(received, expected_csv(dir.path()));
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}

#[test]
fn a_link_to_standard_output_writes_to_standard_output() {
    let dir = sample_copy();
    let link = dir.path().join("to-stdout.csv");
    std::os::unix::fs::symlink("/dev/stdout", &link).unwrap();
    for target in [PathBuf::from("/dev/stdout"), link.clone()] {
        let out = isnad()
            .args([
                "check",
                &s(dir.path()),
                "--format",
                "csv",
                "-o",
                &s(&target),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            out.stdout,
            expected_csv(dir.path()),
            "-o {}",
            target.display()
        );
    }
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

/// Standard output redirected onto an input (`isnad segment r.md >> r.md`, `isnad check DIR >>
/// DIR/report.en.md`) is refused as `-o /dev/stdout` is: exit 2, the input unchanged. Onto
/// another file it is written.
#[test]
fn standard_output_appended_to_an_input_is_refused() {
    let dir = sample_copy();
    let report = dir.path().join("report.en.md");
    let before = std::fs::read(&report).unwrap();
    let run = |args: &[&str], to: &Path| {
        let stdout = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(to)
            .unwrap();
        std::process::Command::new(assert_cmd::cargo::cargo_bin("isnad"))
            .args(args)
            .stdout(stdout)
            .output()
            .unwrap()
    };
    for args in [
        vec!["segment".to_string(), s(&report)],
        vec![
            "check".to_string(),
            s(dir.path()),
            "--fail-on".into(),
            "never".into(),
        ],
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args, &report);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("refusing to write standard output over the input file"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert_eq!(std::fs::read(&report).unwrap(), before, "{args:?}");
    }
    let elsewhere = dir.path().join("segments.txt");
    let out = run(&["segment", &s(&report)], &elsewhere);
    assert_eq!(out.status.code(), Some(0));
    assert!(!std::fs::read(&elsewhere).unwrap().is_empty());
}

/// A pseudo-terminal is a character device any user can open: the output must arrive at its
/// master side and the device must stay a device.
#[test]
fn a_character_device_gets_the_bytes_and_stays_a_device() {
    let dir = sample_copy();
    // SAFETY: plain libc calls on descriptors this test owns; the name buffer is sized.
    let (master, slave_path) = unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(master >= 0, "posix_openpt failed");
        assert_eq!(libc::grantpt(master), 0);
        assert_eq!(libc::unlockpt(master), 0);
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(libc::ptsname_r(master, name.as_mut_ptr(), name.len()), 0);
        let slave = std::ffi::CStr::from_ptr(name.as_ptr())
            .to_str()
            .unwrap()
            .to_string();
        (master, PathBuf::from(slave))
    };
    // Hold the terminal open so the master reads until this test closes it, not until the
    // command's own descriptor closes.
    let held = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&slave_path)
        .unwrap();
    let reader = std::thread::spawn(move || {
        // SAFETY: the master descriptor is owned by this thread from here on.
        let mut master = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(master) };
        let mut received = Vec::new();
        let mut buf = [0u8; 4096];
        // A pseudo-terminal's master reads EIO once every slave descriptor is closed.
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            received.extend_from_slice(&buf[..n]);
        }
        received
    });
    let out = isnad()
        .args([
            "check",
            &s(dir.path()),
            "--format",
            "csv",
            "-o",
            &s(&slave_path),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::metadata(&slave_path)
        .unwrap()
        .file_type()
        .is_char_device());
    drop(held);
    // The terminal's line discipline turns each \n into \r\n.
    let received: Vec<u8> = reader
        .join()
        .unwrap()
        .into_iter()
        .filter(|&b| b != b'\r')
        .collect();
    assert_eq!(received, expected_csv(dir.path()));
}

#[test]
fn a_full_device_is_an_output_error_and_stays_a_device() {
    let dir = sample_copy();
    let link = dir.path().join("full.csv");
    std::os::unix::fs::symlink("/dev/full", &link).unwrap();
    let out = isnad()
        .args(["check", &s(dir.path()), "--format", "csv", "-o", &s(&link)])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("full.csv"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::metadata("/dev/full")
        .unwrap()
        .file_type()
        .is_char_device());
}

/// Runs `isnad ARGS`, expects a usage error naming `input`, and checks `input` is unchanged.
fn refused(args: &[String], input: &Path) {
    let before = std::fs::read(input).unwrap();
    let out = isnad().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains("refusing"), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(
        std::fs::read(input).unwrap(),
        before,
        "{args:?} changed {}",
        input.display()
    );
}

#[test]
fn no_output_replaces_a_file_the_run_reads() {
    let dir = sample_copy();
    let d = dir.path();
    let write = |name: &str, text: &str| {
        let path = d.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let style = write("style.csv", "preferred,variants\nKafrdabla,Kafr Dabla\n");
    let gazetteer = write(
        "places.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\nx-tal,تل,Tal,,village,,,,\n",
    );
    let lexicon = write("words.tsv", "قصف\tshelling\n");
    let hard = d.join("hard-words.tsv");
    std::fs::hard_link(&lexicon, &hard).unwrap();
    let link = d.join("link-style.csv");
    std::os::unix::fs::symlink("style.csv", &link).unwrap();
    let config = d.join("isnad.toml");
    let check = |extra: &[&str], output: &Path, input: &Path| {
        let mut args = vec!["check".to_string(), s(d), "--format".into(), "csv".into()];
        args.extend(extra.iter().map(|a| a.to_string()));
        args.extend(["-o".into(), s(output)]);
        refused(&args, input);
    };
    check(&[], &config, &config);
    check(&[], &d.join(".").join("isnad.toml"), &config);
    check(&["--house-style", &s(&style)], &style, &style);
    check(&["--house-style", &s(&style)], &link, &style);
    check(&["--gazetteer", &s(&gazetteer)], &gazetteer, &gazetteer);
    check(&["--lexicon", &s(&lexicon)], &lexicon, &lexicon);
    check(&["--lexicon", &s(&lexicon)], &hard, &lexicon);

    // The manifest of a batch, and a pair of it, are refused before anything is written.
    let ar = d.join("sahel-tv.ar.txt");
    let manifest = write("pairs.tsv", &format!("{}\t{}\tone\n", s(&ar), s(&ar)));
    let out_dir = d.join("aligned");
    std::fs::create_dir(&out_dir).unwrap();
    let manifest_in_dir = out_dir.join("one.csv");
    std::fs::copy(&manifest, &manifest_in_dir).unwrap();
    refused(
        &[
            "align".into(),
            "--batch".into(),
            s(&manifest_in_dir),
            "--out-dir".into(),
            s(&out_dir),
            "--format".into(),
            "csv".into(),
        ],
        &manifest_in_dir,
    );
    let pair_dir = d.join("pairs");
    std::fs::create_dir(&pair_dir).unwrap();
    let pair_input = pair_dir.join("one.csv");
    std::fs::copy(&ar, &pair_input).unwrap();
    let manifest = write(
        "pairs2.tsv",
        &format!("{}\t{}\tone\n", s(&pair_input), s(&ar)),
    );
    refused(
        &[
            "align".into(),
            "--batch".into(),
            s(&manifest),
            "--out-dir".into(),
            s(&pair_dir),
            "--format".into(),
            "csv".into(),
        ],
        &pair_input,
    );
    assert_eq!(
        std::fs::read_dir(&pair_dir).unwrap().count(),
        1,
        "nothing written"
    );

    // A translation memory read by `lexicon learn`.
    let memory = write(
        "memory.tmx",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"ar\"/><body>\
         <tu><tuv xml:lang=\"ar\"><seg>قصف</seg></tuv><tuv xml:lang=\"en\"><seg>shelling</seg></tuv></tu>\
         </body></tmx>\n",
    );
    refused(
        &[
            "lexicon".into(),
            "learn".into(),
            s(&memory),
            "-o".into(),
            s(&memory),
        ],
        &memory,
    );
}

/// `--excel` works on every command that writes CSV, and only with CSV.
#[test]
fn excel_csv_on_every_row_command() {
    let dir = tempfile::TempDir::new().unwrap();
    let ar = common::write(dir.path(), "s.ar.txt", "قصفت الطائرات قرية سلمى.\n");
    let en = common::write(
        dir.path(),
        "s.en.txt",
        "Warplanes bombed Salma and Kafr Dabla.\n",
    );
    let (ar, en) = (common::s(&ar), common::s(&en));
    let commands: [Vec<&str>; 5] = [
        vec!["romanize", "Kafrdabla"],
        vec!["segment", &en],
        vec!["names", &en],
        vec!["score", &ar, &en],
        vec!["align", &ar, &en],
    ];
    for command in commands {
        let mut args = command.clone();
        args.extend(["--format", "csv", "--excel"]);
        let out = common::stdout_of_success(&args);
        assert!(out.starts_with(b"\xEF\xBB\xBF"), "{command:?}");
        let mut args = command.clone();
        args.push("--excel");
        common::isnad().args(&args).assert().code(2);
    }
}

/// A new output file gets what the user's umask leaves of rw-rw-rw-, as `>` would give: a
/// translator who keeps unpublished material private (umask 077) got files anyone could read
/// (QA 35 H D1). A replaced file keeps its own mode (a unit test in `output`).
#[test]
fn a_new_output_follows_the_umask() {
    let dir = sample_copy();
    let bin = assert_cmd::cargo::cargo_bin("isnad");
    for (mask, expected) in [("077", 0o600), ("027", 0o640)] {
        let out = dir.path().join(format!("segments-{mask}.tsv"));
        let script = format!("umask {mask} && exec \"$0\" segment \"$1\" -o \"$2\"",);
        let status = std::process::Command::new("sh")
            .args(["-c", &script])
            .arg(&bin)
            .arg(dir.path().join("report.en.md"))
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, expected, "umask {mask}");
    }
}
