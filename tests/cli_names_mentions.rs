//! `isnad names` on the mentions that are no places (armed groups, feasts), on Title Case
//! headlines and routes, and on an English file given as the Arabic source.

mod common;

use assert_cmd::Command;
use common::{write, RefusedWith};

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

/// The standard output of `isnad ARGS`, which must exit with `code`.
fn stdout_exiting(args: &[&str], code: i32) -> String {
    let out = isnad().args(args).assert().code(code);
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// An armed group written two ways is no place spelled two ways: no flag, exit 0.
#[test]
fn an_armed_group_spelled_two_ways_is_not_a_variant_flag() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "r.en.md",
        "Volunteers from al-Hashd al-Shaabi arrived overnight. Commanders from Hashd al-Shaabi \
         denied any role. Recruits from Hayat Tahrir al-Sham arrived in Idlib.\n",
    );
    let report = report.display().to_string();
    let out = stdout_exiting(
        &["names", "--format", "tsv", "--fail-on", "variant", &report],
        0,
    );
    assert!(!out.contains("Hashd") && !out.contains("Tahrir"), "{out}");
    assert!(out.contains("\tIdlib\t"), "{out}");

    let source = write(
        dir.path(),
        "src.ar.txt",
        "وأضاف أن قوات الحشد الشعبي انسحبت من مداخل البلدة وسلمت الحواجز للشرطة المحلية.\n",
    );
    let quoted = write(
        dir.path(),
        "r2.en.md",
        "A local official told Rudaw TV that \"the forces of al-Hashd al-Shaabi withdrew from the \
         entrances of the town and handed the checkpoints to the local police.\" Fighters from \
         Hashd al-Shaabi had held the town since 2016.\n",
    );
    let source = format!("{}=Rudaw TV", source.display());
    let quoted = quoted.display().to_string();
    let out = stdout_exiting(
        &[
            "check",
            "--color",
            "never",
            "--fail-on",
            "never",
            "--source",
            &source,
            &quoted,
        ],
        0,
    );
    assert!(out.contains("Summary:"), "{out}");
    assert!(!out.contains("spelled more than one way"), "{out}");
}

/// Headline places after Title Case prepositions, and both ends of a route, are compared with
/// the body's spellings: the variants are flagged and `--fail-on variant` exits 1.
#[test]
fn headline_and_route_places_are_compared_with_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "r.en.md",
        "# Shelling Intensifies Around Saraqib\n\n\
         Rebels cut the Tal Abyad-Ras al-Ain road.\n\n\
         Later on Monday, drones struck Saraqeb, Tell Abiad and Ras al-Ayn, activists said.\n",
    );
    let report = report.display().to_string();
    let out = stdout_exiting(
        &[
            "names",
            "--format",
            "tsv",
            "--variants-only",
            "--fail-on",
            "variant",
            &report,
        ],
        1,
    );
    for spelling in [
        "Saraqib",
        "Saraqeb",
        "Tal Abyad",
        "Tell Abiad",
        "Ras al-Ain",
        "Ras al-Ayn",
    ] {
        assert!(
            out.contains(&format!("\t{spelling}\t")),
            "{spelling}: {out}"
        );
    }
}

/// An English file where the Arabic sources go is an input error, not a second report.
#[test]
fn an_english_file_given_as_the_arabic_source_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.en.md",
        "Shelling hit Latakia on Monday.\n",
    );
    let other = write(
        dir.path(),
        "other.en.md",
        "Government artillery shelled Saraqib and Saraqeb overnight.\n",
    );
    isnad()
        .args(["names"])
        .arg(&report)
        .arg("--arabic")
        .arg(&other)
        .assert()
        .refused_with("other.en.md: expected Arabic text after --arabic, found English");
    // After an Arabic source, an English file is a report, as before.
    let source = write(dir.path(), "src.ar.txt", "قصف على اللاذقية.\n");
    isnad()
        .args(["names", "--format", "tsv", "--arabic"])
        .arg(&source)
        .arg(&other)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("Saraqeb"));
}
