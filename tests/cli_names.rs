//! `isnad names` and `isnad romanize` from the outside: columns, exit codes, error lines.

mod common;

use assert_cmd::Command;
use common::{stdout_of_success, write, RefusedWith};
use predicates::prelude::*;

const HEADER: &str = "cluster,suggested,variant,count,locations,arabic,gazetteer_id,reason";

/// An English report (written for these tests) that spells one village three ways. The places
/// are invented, so that the embedded gazetteer, which grows, cannot change the results.
const REPORT: &str = "Shelling hit Kafr Hamrun before dawn.\n\
Later the army entered Kfar Hamroun, the monitor said.\n\
Residents fled the village of Kafrhamrun and the town of Zawarik.\n";

const GAZETTEER: &str = "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
test-hamrun,كفرحمرون,Kafrhamrun,Kafr Hamrun|Kfar Hamroun,village,Idlib,,,\n";

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

fn csv_rows(stdout: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(stdout);
    assert_eq!(
        reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .join(","),
        HEADER
    );
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// `isnad names --format csv REPORT`'s output, asserting it succeeded.
fn names_csv(report: &std::path::Path) -> Vec<u8> {
    names_csv_with(&[report.as_os_str()])
}

/// `isnad names --format csv ARGS…`'s output, asserting it succeeded.
fn names_csv_with(args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let head = ["names", "--format", "csv"].map(std::ffi::OsStr::new);
    stdout_of_success(head.iter().chain(args))
}

#[test]
fn variants_are_one_cluster_with_locations_and_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let out = names_csv(&report);
    let rows = csv_rows(&out);
    let village: Vec<_> = rows.iter().filter(|r| r[0] == "c1").collect();
    let spellings: Vec<&str> = village.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(spellings, ["Kafr Hamrun", "Kfar Hamroun", "Kafrhamrun"]);
    assert!(
        village.iter().all(|r| r[1] == "Kafr Hamrun"),
        "first seen wins on a tie"
    );
    let location = format!("{}:2:24", report.display());
    assert_eq!(village[1][4], location);
    assert_eq!(village[1][7], "same key kfrhmrn");
    assert!(rows.iter().any(|r| r[0] == "c2" && r[2] == "Zawarik"));
}

#[test]
fn fail_on_variant_exits_1_and_variants_only_filters() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let out = isnad()
        .args([
            "names",
            "--format",
            "csv",
            "--variants-only",
            "--fail-on",
            "variant",
        ])
        .arg(&report)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r[0] == "c1"));

    let single = write(dir.path(), "single.txt", "Clashes near Zawarik went on.\n");
    isnad()
        .args(["names", "--fail-on", "variant"])
        .arg(&single)
        .assert()
        .code(0);
}

#[test]
fn gazetteer_house_style_and_arabic_sources() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let gazetteer = write(dir.path(), "places.csv", GAZETTEER);
    let source = write(
        dir.path(),
        "source.txt",
        "قصف عنيف على قرية كفرحمرون وبلدة زواريك اليوم.\n",
    );
    let house = write(
        dir.path(),
        "house.csv",
        "preferred,variants\nKafr Hamrun,Kafr Hamroun\n",
    );

    let out = isnad()
        .args(["names", "--format", "csv", "--gazetteer"])
        .arg(&gazetteer)
        .arg(&report)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = csv_rows(&out);
    assert_eq!(rows[0][1], "Kafrhamrun");
    assert_eq!(rows[0][5], "كفرحمرون");
    assert_eq!(rows[0][6], "test-hamrun");
    assert_eq!(rows[0][7], "same key kfrhmrn; gazetteer test-hamrun");

    let out = isnad()
        .args(["names", "--format", "csv", "--house-style"])
        .arg(&house)
        .arg("--gazetteer")
        .arg(&gazetteer)
        .arg(&report)
        .arg("--arabic")
        .arg(&source)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = csv_rows(&out);
    assert_eq!(rows[0][1], "Kafr Hamrun");
    let zawarik = rows.iter().find(|r| r[2] == "Zawarik").unwrap();
    assert_eq!(
        zawarik[5], "زواريك",
        "linked by key though the gazetteer lacks it"
    );
}

#[test]
fn output_is_deterministic_and_json_has_the_columns() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let run = || {
        isnad()
            .args(["names", "--format", "json"])
            .arg(&report)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let first = run();
    assert_eq!(first, run());
    let json: serde_json::Value = serde_json::from_slice(&first).unwrap();
    let keys: Vec<&str> = json[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for column in HEADER.split(',') {
        assert!(keys.contains(&column), "{column} missing from {keys:?}");
    }
}

/// A quoted field whose closing quote is missing would swallow every later row (the `csv`
/// crate reads it without an error): a gazetteer or house style with one is refused, naming
/// the line the field opens on.
#[test]
fn a_quote_left_open_in_a_gazetteer_or_house_style_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let gazetteer = write(
        dir.path(),
        "g9.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
         x1,زوزو,Zouzou,,village,,35,36,\"oops\n\
         x2,بببب,Qwertyville,Qwertiville,village,,35,36,\n",
    );
    let style = write(
        dir.path(),
        "style.csv",
        "preferred,variants\nLatakia,\"Lattakia\nSalma,Selma\n",
    );
    let report = write(dir.path(), "report.txt", REPORT);
    for (option, file) in [("--gazetteer", &gazetteer), ("--house-style", &style)] {
        isnad()
            .arg("names")
            .arg(&report)
            .arg(option)
            .arg(file)
            .assert()
            .refused_with(&format!(
                "{}:2: a quoted field opens here and is never closed",
                file.display()
            ));
    }
}

#[test]
fn bad_inputs_exit_2_with_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let bad = write(
        dir.path(),
        "bad.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\nx,س,X,,village,,north,1,\n",
    );
    let out_path = dir.path().join("out.csv");
    isnad()
        .args(["names", "--gazetteer"])
        .arg(&bad)
        .arg(&report)
        .arg("--output")
        .arg(&out_path)
        .assert()
        .refused_with(&format!("{}:2: lat is not a number", bad.display()));
    assert!(!out_path.exists(), "nothing written on error");

    isnad()
        .args(["names"])
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt: no such file"));

    // A kind the format does not define (the embedded rows' kinds: docs/names.md).
    let bogus = write(
        dir.path(),
        "kinds.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
         t-a,زواريك,Zawarik,,village,,,,\n\
         t-b,كفرحمرون,Kafrhamrun,,bogus-kind,,,,\n",
    );
    isnad()
        .args(["names", "--gazetteer"])
        .arg(&bogus)
        .arg(&report)
        .arg("--output")
        .arg(&out_path)
        .assert()
        .refused_with(&format!(
            "{}:3: unknown kind \"bogus-kind\" (one of city, town, village",
            bogus.display()
        ));
    assert!(!out_path.exists(), "nothing written on error");

    let bad_house = write(dir.path(), "house.csv", "preferred\nX\n");
    isnad()
        .args(["names", "--house-style"])
        .arg(&bad_house)
        .arg(&report)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("house.csv:1: expected the header"));

    let arabic_as_english = write(dir.path(), "ar.txt", "قصف عنيف على قرية كفردبل.\n");
    isnad()
        .args(["names"])
        .arg(&arabic_as_english)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected English text"));
}

#[test]
fn a_gazetteer_place_without_an_arabic_name_is_known_by_its_latin_spellings() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let gazetteer = write(
        dir.path(),
        "places.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
         test-hamrun,,Kafrhamrun,Kafr Hamrun|Kfar Hamroun,Village,Idlib,,,\n",
    );
    let out = isnad()
        .args(["names", "--format", "csv", "--gazetteer"])
        .arg(&gazetteer)
        .arg(&report)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = csv_rows(&out);
    let hamrun: Vec<&Vec<String>> = rows.iter().filter(|r| r[6] == "test-hamrun").collect();
    assert_eq!(hamrun.len(), 3, "{rows:?}");
    assert!(
        hamrun
            .iter()
            .all(|r| r[1] == "Kafrhamrun" && r[5].is_empty()),
        "{rows:?}"
    );
}

#[test]
fn a_house_style_that_contradicts_itself_is_refused_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let out_path = dir.path().join("out.csv");
    for (rows, line, spelling) in [
        // Each spelling the other's variant: the last row used to win silently.
        (
            "Kafrhamrun,Kafr Hamrun\nKafr Hamrun,Kafrhamrun\n",
            3,
            "Kafr Hamrun",
        ),
        // One variant of two places.
        (
            "Kafrhamrun,Kfar Hamroun\nZawarik,\nZawariq,Kfar Hamroun\n",
            4,
            "Kfar Hamroun",
        ),
    ] {
        let house = write(
            dir.path(),
            "house.csv",
            &format!("preferred,variants\n{rows}"),
        );
        for command in ["names", "check"] {
            let mut cmd = isnad();
            cmd.arg(command).arg(&report);
            if command == "check" {
                cmd.arg("--source").arg(format!(
                    "{}=Levant Observatory",
                    env!("CARGO_MANIFEST_DIR").to_string()
                        + "/corpus/samples/salma/levant-observatory.ar.txt"
                ));
            }
            cmd.arg("--house-style")
                .arg(&house)
                .arg("--output")
                .arg(&out_path)
                .assert()
                .refused_with(&format!(
                    "{}:{line}: \"{spelling}\" is listed under",
                    house.display()
                ));
            assert!(!out_path.exists(), "{command}: nothing written on error");
        }
    }
    // The same row twice is no contradiction.
    let house = write(
        dir.path(),
        "house.csv",
        "preferred,variants\nKafrhamrun,Kafr Hamrun\nKafrhamrun,Kafr Hamrun|Kfar Hamroun\n",
    );
    isnad()
        .args(["names", "--house-style"])
        .arg(&house)
        .arg(&report)
        .assert()
        .success();
}

#[test]
fn romanize_prints_keys_for_both_scripts_and_reads_stdin() {
    isnad()
        .args(["romanize", "--format", "tsv", "Kafr Hamrun", "كفرحمرون"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Kafr Hamrun\tkfrhmrn\t"))
        .stdout(predicate::str::contains("كفرحمرون\tkfrhmrn\t"));
    isnad()
        .args(["romanize", "--format", "csv"])
        .write_stdin("Zawarik\n\nزواريك\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Zawarik,zwrk,zawarik,zawarik,,\n"))
        .stdout(predicate::str::contains("زواريك,zwrk,zwarik,,Zwarik,\n"));
}

#[test]
fn romanize_lists_gazetteer_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let gazetteer = write(dir.path(), "places.csv", GAZETTEER);
    isnad()
        .args(["romanize", "--format", "csv", "--gazetteer"])
        .arg(&gazetteer)
        .args(["Kafarhamroun", "كفرحمرون"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Kafarhamroun,kfrhmrn,kafarhamrun,kafarhamroun,,test-hamrun (Kafrhamrun)\n",
        ))
        .stdout(predicate::str::contains(
            "كفرحمرون,kfrhmrn,kfrhmrun,,Kafrhamrun,test-hamrun (Kafrhamrun)\n",
        ));
}

#[test]
fn geonames_dump_as_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let row = "9999001\tKafrhamrun\tKafrhamrun\tKafr Hamrun,Kfar Hamroun,كفرحمرون\t35.9\t36.6\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t400\tAsia/Damascus\t2020-01-01\n";
    let dump = write(dir.path(), "SY.txt", row);
    let out = isnad()
        .args(["names", "--format", "csv", "--gazetteer"])
        .arg(&dump)
        .arg(&report)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = csv_rows(&out);
    assert_eq!(rows[0][6], "geonames:9999001");
    assert_eq!(rows[0][5], "كفرحمرون");

    let short = write(
        dir.path(),
        "LB.txt",
        &format!("{row}1\tx\t\t\t\t\t\t\t\t\t\t\t\t\t\n"),
    );
    isnad()
        .args(["names", "--gazetteer"])
        .arg(&short)
        .arg(&report)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("LB.txt:2: expected 19"));
}

#[test]
fn no_gazetteer_turns_every_gazetteer_off() {
    let dir = tempfile::tempdir().unwrap();
    // Baghdad is known only to the embedded gazetteer (GeoNames): no cue, no head word, first
    // word of its sentence. Kafrhamrun is known only to the user's file.
    let report = write(
        dir.path(),
        "report.txt",
        "Baghdad denied the claim on Monday.\nKafrhamrun welcomed the envoy.\n",
    );
    let gazetteer = write(dir.path(), "places.csv", GAZETTEER);
    let names = |extra: &[&str]| {
        let out = isnad()
            .args(["names", "--format", "csv", "--gazetteer"])
            .arg(&gazetteer)
            .args(extra)
            .arg(&report)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        csv_rows(&out)
    };
    let rows = names(&[]);
    let found: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[2].as_str(), r[6].as_str()))
        .collect();
    assert_eq!(
        found,
        [("Baghdad", "gn-98182"), ("Kafrhamrun", "test-hamrun")]
    );
    assert!(
        names(&["--no-gazetteer"]).is_empty(),
        "neither is a place without a gazetteer"
    );

    let out = isnad()
        .args([
            "romanize",
            "--format",
            "csv",
            "--no-gazetteer",
            "Baghdad",
            "بغداد",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("gn-"), "{text}");
    assert!(
        text.contains("Bghdad") || text.lines().count() == 3,
        "{text}"
    );
}

#[test]
fn no_gazetteer_skips_the_project_files_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/samples/salma");
    for entry in std::fs::read_dir(&sample).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    let toml = std::fs::read_to_string(dir.path().join("isnad.toml")).unwrap();
    let toml = toml.replace(
        "fail_on = \"never\"",
        "fail_on = \"never\"\ngazetteer = [\"bad.csv\"]",
    );
    write(dir.path(), "isnad.toml", &toml);
    write(
        dir.path(),
        "bad.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\nx,س,X,,village,,1,2\n",
    );
    isnad()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.csv:2: expected 9 fields, found 8",
        ));
    let out = isnad()
        .args(["check", "--format", "json", "--no-gazetteer"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        !text.contains("sy-latakia"),
        "no gazetteer id without a gazetteer"
    );
}

#[test]
fn bad_coordinates_and_names_exit_2_for_csv_and_geonames() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let out_path = dir.path().join("out.csv");
    let csv = write(
        dir.path(),
        "places.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\nx,س,X,,village,,95,1,\n",
    );
    let dump = write(
        dir.path(),
        "SY.txt",
        "9999001\t\tKafrhamrun\t\t35.9\t36.6\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t400\tAsia/Damascus\t2020-01-01\n",
    );
    for (file, message) in [
        (&csv, "places.csv:2: lat 95 is out of range (±90)"),
        (&dump, "SY.txt:1: empty name"),
    ] {
        isnad()
            .args(["names", "--gazetteer"])
            .arg(file)
            .arg(&report)
            .arg("--output")
            .arg(&out_path)
            .assert()
            .refused_with(message);
        assert!(!out_path.exists(), "nothing written on error");
    }
}

/// Issue #15: places outside the embedded (Levant) gazetteer, in ordinary news contexts, with the
/// default gazetteer; no sentence-initial word is taken for a place.
#[test]
fn places_outside_the_gazetteer_are_found_in_context() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.txt",
        "Government forces shelled Zliten overnight.\n\
         Hundreds of families fled Tawergha after the strikes.\n\
         Local sources said the road to Kutum was cut.\n\
         Rebels repelled an attack on Yafran.\n\
         Fighting spread from Zliten to Zlitan on Monday.\n\
         Troops stormed Sa'dah at dawn. Forty fighters were killed.\n",
    );
    let out = names_csv(&report);
    let mut spellings: Vec<String> = csv_rows(&out).into_iter().map(|r| r[2].clone()).collect();
    spellings.sort();
    assert_eq!(
        spellings,
        ["Kutum", "Sa'dah", "Tawergha", "Yafran", "Zlitan", "Zliten"]
    );
}

/// With `--arabic`, a name the Arabic sources contain is a place even where no English rule says
/// so (here an attributive use before "council").
#[test]
fn arabic_sources_are_evidence_for_mentions() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.txt",
        "The Zliten council met the envoy on Monday.\n",
    );
    let arabic = write(
        dir.path(),
        "source.ar.txt",
        "اجتمع المجلس البلدي لمدينة زليتن مع المبعوث يوم الاثنين.\n",
    );
    let run = |extra: &[&std::path::Path]| {
        let mut cmd = isnad();
        // No gazetteer: Zliten must be found from the Arabic alone (GeoNames lists it).
        cmd.args(["names", "--no-gazetteer", "--format", "csv"])
            .arg(&report);
        for a in extra {
            cmd.arg("--arabic").arg(a);
        }
        let out = cmd.assert().success().get_output().stdout.clone();
        csv_rows(&out)
            .into_iter()
            .map(|r| (r[2].clone(), r[5].clone()))
            .collect::<Vec<_>>()
    };
    assert!(run(&[]).is_empty());
    assert_eq!(
        run(&[&arabic]),
        [("Zliten".to_string(), "زليتن".to_string())]
    );
}

/// A place the `--arabic` sources do not name keeps the gazetteer's Arabic (it lost it).
#[test]
fn a_place_the_arabic_sources_do_not_name_keeps_the_gazetteers_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "r.md", "Shelling hit Beirut and Salma.\n");
    let arabic = write(dir.path(), "s.ar.txt", "قصف الجيش بلدة سلمى.\n");
    let out = names_csv_with(&[report.as_os_str(), "--arabic".as_ref(), arabic.as_os_str()]);
    let rows: Vec<(String, String)> = csv_rows(&out)
        .into_iter()
        .map(|r| (r[2].clone(), r[5].clone()))
        .collect();
    assert!(
        rows.contains(&("Beirut".to_string(), "بيروت".to_string())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("Salma".to_string(), "سلمى".to_string())),
        "{rows:?}"
    );
}

/// `--arabic` takes the files after it; an English one among them is the report the user wrote
/// last, read as such, not refused as a bad source or silently swallowed.
#[test]
fn arabic_files_do_not_swallow_the_report_written_after_them() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/samples/salma");
    let tv = format!("{sample}/sahel-tv.ar.txt");
    let report = format!("{sample}/report.en.md");
    let run = |args: &[&str]| {
        let out = common::isnad()
            .arg("names")
            .args(args)
            .args(["--format", "csv"])
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, after, _) = run(&["--arabic", &tv, &report]);
    assert_eq!(code, Some(0));
    let (_, before, _) = run(&[&report, "--arabic", &tv]);
    assert_eq!(after, before, "the order of the arguments changes nothing");
    assert!(after.contains("كفردبل"), "{after}");
    // Arabic given as a report, or no report at all: one line saying what to do, exit 2.
    let (code, _, err) = run(&[&tv]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("sahel-tv.ar.txt") && err.contains("after --arabic"),
        "{err}"
    );
    let (code, _, err) = run(&["--arabic", &tv]);
    assert_eq!(code, Some(2));
    assert!(err.contains("at least one English file"), "{err}");
}

#[test]
fn a_name_is_read_in_the_prose_one_spelling_whatever_its_white_space() {
    let dir = tempfile::tempdir().unwrap();
    // A no-break space, a narrow one and two spaces: one spelling, not a variant.
    let plain = write(
        dir.path(),
        "nb.txt",
        "Troops shelled Jisr\u{a0}al-Shughur and Jisr al-Shughur, then Jisr\u{202f}al-Shughur \
         and Jisr  al-Shughur. Troops shelled `Dorin` and then shelled Dorin again.\n",
    );
    // Markup is not prose: the link target, its title, the comment and the code block name no
    // place; `&nbsp;` is a space.
    let markdown = write(
        dir.path(),
        "mk.md",
        "Troops shelled Salma, see [the report](https://example.com/Kafr-Dabla \"in Kinsabba\").\n\n\
         <!-- shelled Latakia -->\n\n```\nfenced shelled Jableh\n```\n\n\
         Troops shelled `Dorin` and Kafr&nbsp;Dabla.\n",
    );
    let page = write(
        dir.path(),
        "page.html",
        "<html><head><title>Shelling in Kafr Dabla</title></head><body><nav>News from Kafr \
         Dabla</nav><p>Fighting near <a href=\"/Kafr-Dabla\" title=\"in Kafr Dabla\">Kafr \
         Dabla</a>. Troops shelled Kafr&nbsp;Dabla.</p></body></html>",
    );
    for (file, expected) in [
        (&plain, vec![("Jisr al-Shughur", "4"), ("Dorin", "2")]),
        (
            &markdown,
            vec![("Salma", "1"), ("Dorin", "1"), ("Kafr Dabla", "1")],
        ),
        (&page, vec![("Kafr Dabla", "2")]),
    ] {
        let out = isnad()
            .args(["names", "--format", "csv", "--fail-on", "variant"])
            .arg(file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let mut rows: Vec<(String, String)> = csv_rows(&out)
            .into_iter()
            .map(|r| (r[2].clone(), r[3].clone()))
            .collect();
        rows.sort();
        let mut expected: Vec<(String, String)> = expected
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        expected.sort();
        assert_eq!(rows, expected, "{}", file.display());
    }
}

/// A file named twice (another spelling of its path, or again after `--arabic`) is read once:
/// its mentions are not counted twice.
#[test]
fn a_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.txt", REPORT);
    let counts = |args: &[&str]| -> Vec<String> {
        let out = isnad()
            .current_dir(dir.path())
            .args(["names", "--format", "csv"])
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        csv_rows(&out).into_iter().map(|r| r[3].clone()).collect()
    };
    let once = counts(&["report.txt"]);
    assert_eq!(counts(&["report.txt", "./report.txt"]), once);
    assert_eq!(counts(&["report.txt", &report.display().to_string()]), once);
    assert_eq!(counts(&["report.txt", "--arabic", "report.txt"]), once);
}

/// `-` stands for standard input's names wherever it is among the words; a blank word is no
/// name.
#[test]
fn romanize_reads_stdin_where_a_dash_stands() {
    let out = isnad()
        .args(["romanize", "--format", "csv", "Kafr Hamrun", "-", ""])
        .write_stdin("Zawarik\n\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let inputs: Vec<String> = csv::Reader::from_reader(&out[..])
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(inputs, ["Kafr Hamrun", "Zawarik"]);
}

#[test]
fn standard_input_given_twice_is_a_usage_error() {
    for (args, roles) in [
        (&["names", "-", "-"][..], "given twice as FILE"),
        (
            &["names", "-", "--arabic", "-"][..],
            "given as FILE and as --arabic",
        ),
        (
            &["names", "-", "--house-style", "-"][..],
            "given as FILE and as --house-style",
        ),
    ] {
        isnad()
            .args(args)
            .write_stdin(REPORT)
            .assert()
            .refused_with(&format!("{roles}: standard input can be read only once"));
    }
    // One `-` reads the report, as before.
    isnad()
        .args(["names", "-", "--format", "csv"])
        .write_stdin(REPORT)
        .assert()
        .success()
        .stdout(predicate::str::contains("Kfar Hamroun"));
}

/// `isnad names --format csv` on one report written to a temporary directory, and its exit code
/// with `--fail-on variant`.
fn names_of(text: &str) -> (Vec<Vec<String>>, i32) {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", text);
    let out = isnad()
        .args(["names", "--format", "csv", "--fail-on", "variant"])
        .arg(&report)
        .output()
        .unwrap();
    (csv_rows(&out.stdout), out.status.code().unwrap())
}

#[test]
fn saudi_arabia_is_no_spelling_of_rabia() {
    let (rows, code) = names_of(
        "Government forces shelled Rabia in the Latakia countryside.\n\
         Saudi Arabia condemned the attack.\n",
    );
    let spellings: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(spellings, ["Rabia", "Latakia"]);
    assert_eq!(code, 0);
}

#[test]
fn a_family_name_is_no_spelling_of_its_city() {
    let (rows, code) = names_of(
        "Shelling hit Homs on Monday.\n\
         The Homsi family fled to Lebanon, said Omar Homsi, a resident.\n",
    );
    let spellings: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(spellings, ["Homs"]);
    assert_eq!(code, 0);
}

#[test]
fn the_ends_of_a_hyphenated_route_are_places() {
    let (rows, code) = names_of(
        "Shelling hit Latakia on Monday.\n\
         Traffic on the Lattakia-Aleppo highway stopped.\n\
         The Deir el-Zour-Raqqa road was cut.\n",
    );
    // Locations are `file:line:column`: the line and column of each end of the route.
    let found: Vec<(&str, &str, String)> = rows
        .iter()
        .map(|r| {
            let mut parts = r[4].rsplitn(3, ':');
            let column = parts.next().unwrap();
            let line = parts.next().unwrap();
            (r[0].as_str(), r[2].as_str(), format!("{line}:{column}"))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("c1", "Latakia", "1:14".to_string()),
            ("c1", "Lattakia", "2:16".to_string()),
            ("c2", "Aleppo", "2:25".to_string()),
            ("c3", "Deir el-Zour", "3:5".to_string()),
            ("c4", "Raqqa", "3:18".to_string()),
        ]
    );
    assert_eq!(code, 1);
}

#[test]
fn a_geonames_place_is_suggested_as_the_report_spells_it() {
    // GeoNames' preferred spelling is a romanization standard's (Misratah), not the press's.
    let (rows, _) = names_of(
        "Fighting spread to Misrata on Monday.\n\
         Militias in Misrata said they held the port.\n\
         Residents of Misratah fled.\n",
    );
    let suggested: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(suggested, ["Misrata", "Misrata"], "{rows:?}");
    assert!(rows[0][7].contains("gn-"), "{rows:?}");
    assert!(rows[0][7].contains("most frequent"), "{rows:?}");
}

/// A zero-width space or a soft hyphen inside a name is not read: `Sal\u{200B}ma` is one more
/// `Salma`, not a place `Sal`, and its location is where the name is written.
#[test]
fn a_zero_width_space_or_soft_hyphen_inside_a_name_does_not_split_it() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "z.en.txt",
        "Fighting hit Salma on Monday. Troops entered Sal\u{200B}ma later. Rebels left \
         Sal\u{AD}ma at night.\n",
    );
    let out = names_csv(&report);
    let rows = csv_rows(&out);
    let spellings: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(spellings, [("Salma", "3")]);
    let path = report.display();
    assert_eq!(rows[0][4], format!("{path}:1:14;{path}:1:46;{path}:1:72"));
}

/// Two spellings tied to a house style's preferred spelling of another key are in the cluster
/// by the same key as each other: the reason says so, not "near key kry ~ kry".
#[test]
fn the_reason_names_the_same_key_through_another_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "q.md",
        "Shelling hit Qarya and Salma on Monday. Residents fled to Qaryah.\n",
    );
    let style = write(
        dir.path(),
        "hs.csv",
        "preferred,variants\nAl-Qurayyat,Qarya|Qaryah\n",
    );
    let out = names_csv_with(&[
        "--house-style".as_ref(),
        style.as_os_str(),
        report.as_os_str(),
    ]);
    let rows = csv_rows(&out);
    let qarya = rows.iter().find(|r| r[2] == "Qarya").expect("Qarya");
    assert!(qarya[7].starts_with("same key kry as Qaryah"), "{rows:?}");
}

/// Gazetteer and house-style files saved with CRLF line ends (as Excel saves a CSV) name the
/// bad row's own line, as the same file with LF does (QA 35 H D2: every line was one too low).
#[test]
fn errors_in_crlf_files_name_the_right_line() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "r.en.md", "Shelling hit Salma.\n");
    for (flag, name, contents, message) in [
        (
            "--gazetteer",
            "g.csv",
            "id,arabic,preferred,variants,kind,governorate,lat,lon,note\r\n\
             x-a,سلمى,Salma,,village,,35,36,\r\nx-b,دورين,Dorin,,village,,north,36,\r\n",
            "g.csv:3: lat is not a number",
        ),
        (
            "--gazetteer",
            "dup.csv",
            "id,arabic,preferred,variants,kind,governorate,lat,lon,note\r\n\
             x-a,سلمى,Salma,,village,,35,36,\r\nx-b,دورين,Dorin,,village,,1,36,\r\n\
             x-a,سلمى,Salma,,village,,35,36,\r\n",
            "dup.csv:4: duplicate id x-a, already line 2's",
        ),
        (
            "--house-style",
            "hs.csv",
            "preferred,variants\r\nSalma,Selma\r\nLatakia,Lattakia\r\nLattakia,Latakia\r\n",
            "hs.csv:4: \"Lattakia\" is listed under \"Lattakia\" here but under \"Latakia\" on line 3",
        ),
    ] {
        let file = write(dir.path(), name, contents);
        isnad()
            .arg("names")
            .arg(&report)
            .arg(flag)
            .arg(&file)
            .assert()
            .refused_with(message);
    }
}
