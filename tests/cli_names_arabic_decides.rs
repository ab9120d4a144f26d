//! `isnad names` and `isnad check` where a gazetteer row matches a spelling by its key alone
//! (QA round 34, D1, D2, D12): the Arabic of the sources, when known, decides which place it is,
//! and without it a key of two consonants or disagreeing vowels names no known place.

mod common;

use common::{isnad, stdout_of_success, write, RefusedWith};

/// South Lebanese villages that no gazetteer lists (the texts were written for this test).
const VILLAGES_AR: &str = "قالت الوكالة إن قصفا مدفعيا طال أطراف بلدة شمع وبلدة القنطرة.\n";
const VILLAGES_EN: &str = "The agency said \"artillery shelling hit the outskirts of Shamaa and Qantara.\" \
The foreign ministry in Damascus condemned the strikes, and residents of Quneitra heard the blasts.\n";

/// `names --format tsv` rows as (variant, suggested, arabic, gazetteer id).
fn rows(args: &[&std::ffi::OsStr]) -> Vec<(String, String, String, String)> {
    let head = ["names", "--format", "tsv"].map(std::ffi::OsStr::new);
    let out = stdout_of_success(head.iter().chain(args));
    String::from_utf8(out)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[2].into(), f[1].into(), f[5].into(), f[6].into())
        })
        .collect()
}

fn row<'r>(
    rows: &'r [(String, String, String, String)],
    variant: &str,
) -> &'r (String, String, String, String) {
    rows.iter()
        .find(|r| r.0 == variant)
        .unwrap_or_else(|| panic!("{variant} not found: {rows:?}"))
}

#[test]
fn a_village_keyed_like_damascus_is_no_variant_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "r.en.md", VILLAGES_EN);
    let sources = write(dir.path(), "s.ar.txt", VILLAGES_AR);
    let without = rows(&[report.as_os_str()]);
    let with = rows(&[report.as_os_str(), "--arabic".as_ref(), sources.as_os_str()]);
    for rows in [&without, &with] {
        for village in ["Shamaa", "Qantara"] {
            let (_, suggested, _, id) = row(rows, village);
            assert_eq!(suggested, village, "{rows:?}");
            assert_eq!(id, "", "{rows:?}");
        }
        let (_, _, arabic, id) = row(rows, "Damascus");
        assert_eq!((arabic.as_str(), id.as_str()), ("دمشق", "sy-damascus"));
        let (_, _, arabic, _) = row(rows, "Quneitra");
        assert_eq!(arabic, "القنيطرة", "{rows:?}");
    }
    let (_, _, arabic, _) = row(&with, "Shamaa");
    assert_eq!(arabic, "شمع");
    let (_, _, arabic, _) = row(&with, "Qantara");
    assert_eq!(arabic, "القنطرة");

    // `check` with the Arabic as a source flags no variant of Damascus or Quneitra.
    let out = stdout_of_success([
        "check".as_ref(),
        report.as_os_str(),
        "--source".as_ref(),
        format!("{}=National News Agency", sources.display()).as_ref(),
        "--color".as_ref(),
        "never".as_ref(),
        "--fail-on".as_ref(),
        "never".as_ref(),
    ]);
    let out = String::from_utf8(out).unwrap();
    assert!(!out.contains("variant-spelling"), "{out}");
}

#[test]
fn the_sources_arabic_overrules_a_key_only_gazetteer_row() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "r.en.md",
        "Christian families returned to Bartella in the Nineveh Plains on Sunday. \
         Shops in Bartalla reopened.\n",
    );
    let sources = write(
        dir.path(),
        "s.ar.txt",
        "عاد المسيحيون إلى بلدة برطلة في سهل نينوى يوم الأحد.\n",
    );
    let rows = rows(&[report.as_os_str(), "--arabic".as_ref(), sources.as_os_str()]);
    for variant in ["Bartella", "Bartalla"] {
        let (_, suggested, arabic, id) = row(&rows, variant);
        assert_eq!(
            (suggested.as_str(), arabic.as_str(), id.as_str()),
            ("Bartella", "برطلة", ""),
            "{rows:?}"
        );
    }
}

#[test]
fn a_gazetteer_whose_arabic_column_is_latin_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let gazetteer = write(
        dir.path(),
        "g.csv",
        "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
         x-bartella,Bartella,Bartella,Bartalla,town,Nineveh,36.35,43.38,\n",
    );
    let report = write(dir.path(), "r.en.md", "Christians returned to Bartella.\n");
    isnad()
        .args(["names".as_ref(), report.as_os_str(), "--gazetteer".as_ref()])
        .arg(&gazetteer)
        .assert()
        .refused_with(&format!(
            "{}:2: arabic is not in Arabic script: \"Bartella\"",
            gazetteer.display()
        ));
}
