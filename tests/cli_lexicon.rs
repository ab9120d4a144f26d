//! `isnad lexicon learn` and `isnad lexicon show` end to end.

use assert_cmd::Command;
use isnad::lexicon::{ar_key, en_key};
use predicates::prelude::*;
use std::path::Path;

const NOUNS: [(&str, &str); 5] = [
    ("كتاب", "book"),
    ("جندي", "soldier"),
    ("بيت", "house"),
    ("قلم", "pen"),
    ("باب", "door"),
];
const ADJECTIVES: [(&str, &str); 6] = [
    ("كبير", "big"),
    ("صغير", "small"),
    ("جديد", "new"),
    ("قديم", "old"),
    ("جميل", "beautiful"),
    ("طويل", "long"),
];

/// 30 sentence pairs: every noun with every adjective, in each language's word order.
fn sentence_pairs() -> Vec<(String, String)> {
    NOUNS
        .iter()
        .flat_map(|(ar_noun, en_noun)| {
            ADJECTIVES.iter().map(move |(ar_adj, en_adj)| {
                (
                    format!("{ar_noun} {ar_adj}"),
                    format!("the {en_adj} {en_noun}"),
                )
            })
        })
        .collect()
}

fn write_tmx(path: &Path) {
    let mut tmx = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n",
    );
    for (i, (ar, en)) in sentence_pairs().iter().enumerate() {
        tmx += &format!(
            "<tu tuid=\"{i}\"><tuv xml:lang=\"en-US\"><seg>{en}</seg></tuv><tuv xml:lang=\"ar\"><seg>{ar}</seg></tuv></tu>\n"
        );
    }
    tmx += "</body></tmx>\n";
    std::fs::write(path, tmx).unwrap();
}

fn isnad() -> Command {
    Command::cargo_bin("isnad").unwrap()
}

/// The English stems learned for an Arabic word, best first.
fn learned_for(tsv: &str, arabic: &str) -> Vec<String> {
    let key = ar_key(arabic);
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            (f.next() == Some(key.as_str())).then(|| f.next().unwrap().to_string())
        })
        .collect()
}

#[test]
fn learns_nouns_and_adjectives_from_tmx() {
    let dir = tempfile::tempdir().unwrap();
    let tmx = dir.path().join("memory.tmx");
    let out = dir.path().join("learned.tsv");
    write_tmx(&tmx);
    isnad()
        .args(["lexicon", "learn"])
        .arg(&tmx)
        .arg("--output")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("from 30 sentence pairs"));
    let tsv = std::fs::read_to_string(&out).unwrap();
    assert!(tsv.starts_with("# isnad lexicon: stems\n"));
    for (ar, en) in NOUNS.iter().chain(&ADJECTIVES) {
        let found = learned_for(&tsv, ar);
        assert_eq!(found.first(), Some(&en_key(en)), "{ar}: {found:?}\n{tsv}");
    }
    // "the" co-occurs with every word but translates none: it never wins, and its scores stay
    // low enough for --min-prob 0.2 to drop it (stop-word removal normally drops it earlier).
    let the = en_key("the");
    let strict = dir.path().join("strict.tsv");
    isnad()
        .args(["lexicon", "learn", "--min-prob", "0.2", "-o"])
        .arg(&strict)
        .arg(&tmx)
        .assert()
        .success();
    let strict = std::fs::read_to_string(&strict).unwrap();
    assert!(
        !strict
            .lines()
            .any(|l| l.split('\t').nth(1) == Some(the.as_str())),
        "{strict}"
    );
    assert_eq!(
        strict.lines().count(),
        2 + NOUNS.len() + ADJECTIVES.len(),
        "{strict}"
    );

    // The learned file is a lexicon `show` can read.
    isnad()
        .args([
            "lexicon",
            "show",
            "--no-embedded",
            "--format",
            "tsv",
            "كتاب",
            "--lexicon",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("\t{}\t", en_key("book"))));
}

#[test]
fn learns_from_line_aligned_files_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    let (ar, en) = (dir.path().join("a.txt"), dir.path().join("e.txt"));
    let pairs = sentence_pairs();
    std::fs::write(
        &ar,
        pairs
            .iter()
            .map(|p| format!("{}\n", p.0))
            .collect::<String>(),
    )
    .unwrap();
    std::fs::write(
        &en,
        pairs
            .iter()
            .map(|p| format!("{}\n", p.1))
            .collect::<String>(),
    )
    .unwrap();
    let spec = format!("{}:{}", ar.display(), en.display());
    let run = |name: &str| {
        let out = dir.path().join(name);
        isnad()
            .args([
                "lexicon",
                "learn",
                &spec,
                "--top",
                "1",
                "--iterations",
                "3",
                "-o",
            ])
            .arg(&out)
            .assert()
            .success();
        std::fs::read_to_string(out).unwrap()
    };
    let first = run("one.tsv");
    assert_eq!(first, run("two.tsv"));
    assert_eq!(learned_for(&first, "قلم"), vec![en_key("pen")]);
}

#[test]
fn bad_inputs_exit_2_with_one_line_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.tsv");
    let bad_tmx = dir.path().join("bad.tmx");
    std::fs::write(&bad_tmx, "<tmx>\n<body>\n<tu><seg>x</tu>\n</body></tmx>\n").unwrap();
    let (ar, en) = (dir.path().join("a.txt"), dir.path().join("e.txt"));
    std::fs::write(&ar, "كتاب\nقلم\n").unwrap();
    std::fs::write(&en, "book\n").unwrap();
    let mismatched = format!("{}:{}", ar.display(), en.display());
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![bad_tmx.display().to_string()],
            "bad.tmx:3: malformed TMX",
        ),
        (vec![mismatched], "has 1 lines but"),
        (vec!["missing.tmx".into()], "missing.tmx"),
        (
            vec!["plain.txt".into()],
            "expected a .tmx file, a .tsv file of arabic<TAB>english rows, or AR.txt:EN.txt",
        ),
        (
            vec![
                bad_tmx.display().to_string(),
                "--iterations".into(),
                "0".into(),
            ],
            "--iterations and --top must be at least 1",
        ),
    ];
    for (args, message) in cases {
        let assert = isnad()
            .args(["lexicon", "learn"])
            .args(&args)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(!out.exists(), "nothing written for {args:?}");
    }
}

#[test]
fn show_reads_user_lexicons_and_reports_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("user.tsv");
    std::fs::write(&lexicon, "# mine\nمخيم\tcamp\t0.9\n").unwrap();
    isnad()
        .args(["lexicon", "show", "camp", "--format", "tsv", "--lexicon"])
        .arg(&lexicon)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("\t{}\t", ar_key("مخيم"))));

    std::fs::write(&lexicon, "مخيم\tcamp\n\nmخيم camp extra\n").unwrap();
    isnad()
        .args(["lexicon", "show", "camp", "--lexicon"])
        .arg(&lexicon)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "user.tsv:3: expected arabic<TAB>english",
        ));
}
