//! `isnad names` with places outside the region: a spelling that names a well-known place
//! elsewhere (GeoNames' cities of the rest of the world, `corpus/gazetteer/geonames-world.csv.gz`)
//! is not flagged as a variant of the curated place its romanization key resembles.

mod common;

use assert_cmd::Command;
use common::write;

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

/// (spelling, gazetteer id) for every row of `isnad names --format csv`.
fn names(args: &[&str]) -> (Vec<(String, String, String)>, i32) {
    let out = isnad()
        .args(["names", "--format", "csv"])
        .args(args)
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[2].to_string(), r[6].to_string())
        })
        .collect();
    (rows, out.status.code().unwrap())
}

fn cluster_of<'a>(rows: &'a [(String, String, String)], spelling: &str) -> &'a str {
    &rows.iter().find(|r| r.1 == spelling).unwrap().0
}

const REPORT: &str = "Israeli drones struck a car near Sidon on Tuesday, killing two people.\n\n\
The Lebanese-Australian victim had moved back from Sydney in 2019, his family said in Sydney.\n\n\
Separately, Turkish police in Adana detained five Syrians who had crossed from al-Dana in Idlib.\n\n\
Talks were held in Baku; Lebanese ministers flew in from the Beqaa.\n\n\
Officials in Hamm, Germany said nothing. Shelling hit Hama.\n\n\
The club from Leeds lost. Fans in Leeds were angry. Police in Latakia said.\n\n\
Officials in Perth and in Rome said the talks would continue.\n";

#[test]
fn places_elsewhere_are_not_variants_of_curated_places() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", REPORT);
    let report = report.to_str().unwrap();
    let (_, code) = names(&[report, "--variants-only", "--fail-on", "variant"]);
    assert_eq!(code, 0, "no variant to flag");
    let (rows, _) = names(&[report]);
    for (elsewhere, curated) in [
        ("Sydney", "Sidon"),
        ("Adana", "al-Dana"),
        ("Baku", "Beqaa"),
        ("Hamm", "Hama"),
        ("Leeds", "Latakia"),
    ] {
        assert_ne!(
            cluster_of(&rows, elsewhere),
            cluster_of(&rows, curated),
            "{elsewhere} joined {curated}: {rows:?}"
        );
    }
    let id = |s: &str| rows.iter().find(|r| r.1 == s).unwrap().2.clone();
    assert_eq!(id("Sidon"), "lb-sidon");
    assert_eq!(id("Sydney"), "gn-2147714");
    assert_eq!(id("Adana"), "gn-325363");
}

#[test]
fn arabic_sources_naming_another_place_keep_adana_apart() {
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "report.md",
        "Turkish police in Adana detained five Syrians who had crossed from al-Dana in Idlib.\n",
    );
    let arabic = write(
        dir.path(),
        "source.ar.txt",
        "اعتقلت الشرطة التركية في أضنة خمسة سوريين عبروا من بلدة الدانا في ريف إدلب.\n",
    );
    let (rows, code) = names(&[
        report.to_str().unwrap(),
        "--arabic",
        arabic.to_str().unwrap(),
        "--fail-on",
        "variant",
    ]);
    assert_eq!(code, 0, "{rows:?}");
    assert_ne!(cluster_of(&rows, "Adana"), cluster_of(&rows, "al-Dana"));
}
