//! Exports are untrusted text going into spreadsheets. Quotes, speakers, outlets, file names and
//! Arabic text that start with a formula trigger (`= + - @`, tab, carriage return) go through
//! every CSV and TSV writer; no cell may start with a trigger, and LibreOffice (where installed)
//! must import no formula. JSON keeps the same text unchanged.

mod common;

use std::path::Path;

use assert_cmd::Command;

const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A report, sources and a manifest whose text and file names start with triggers.
struct Hostile {
    dir: tempfile::TempDir,
}

impl Hostile {
    fn new() -> Hostile {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write(
            "r.en.md",
            "# Shelling report\n\n\
             The monitor said \"=HYPERLINK(\"\"http://x\"\",\"\"click\"\") the shelling hit Salma and killed nine people\".\n\n\
             @Sada al-Ahrar reported that \"+the rebels repelled an attack on Kinsabba overnight\".\n\n\
             \"-Forty fighters were killed near Latakia on Monday,\" said the group.\n\n\
             The channel said \"\tthe road to Salma was cut\" and \"\rthe village emptied\".\n",
        );
        write(
            "@evil.ar.txt",
            "-قصفت القوات الحكومية قرية سلمى وقتلت تسعة أشخاص.\n\
             =صد الثوار هجوما على كنسبا الليلة الماضية.\n\
             @قتل أربعون مقاتلا قرب اللاذقية يوم الاثنين.\n\
             +قطع الطريق إلى سلمى.\n",
        );
        write(
            "+e.en.txt",
            "-Government forces shelled the village of Salma and killed nine people.\n\
             =The rebels repelled an attack on Kinsabba last night.\n\
             @Forty fighters were killed near Latakia on Monday.\n\
             +The road to Salma was cut.\n",
        );
        // The same report under a hostile name, for the location columns of `names`.
        std::fs::copy(dir.path().join("r.en.md"), dir.path().join("@r.en.md")).unwrap();
        // Cells wholly in double quotes: a TSV reader that understands quoting (LibreOffice,
        // Excel) takes the quotes off and finds a formula, leading spaces or not.
        write(
            "q.en.txt",
            "\"=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"\n\n  \"=1+1\"\n",
        );
        std::fs::copy(dir.path().join("@evil.ar.txt"), dir.path().join("\"=2+2\"")).unwrap();
        write(
            "m.tsv",
            "@evil.ar.txt\t+e.en.txt\t=id\n\"=2+2\"\t+e.en.txt\tq\n",
        );
        write("-gold.ladder", "[0]:[0]:1.0\n[1]:[1]:1.0\n");
        write("names.txt", "=Kafr Dabla\n-Salma\n@Latakia\n+Kinsabba\n");
        Hostile { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `isnad ARGS` in the hostile directory, expecting success, and returns stdout.
    fn run(&self, args: &[&str]) -> Vec<u8> {
        let out = Command::cargo_bin("isnad")
            .unwrap()
            .current_dir(self.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.code() == Some(0),
            "isnad {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }
}

/// Every data cell of a delimited file; the header row (fixed contract names) is skipped.
fn data_cells(bytes: &[u8], delimiter: u8) -> Vec<String> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let text = text.trim_start_matches('\u{FEFF}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .quoting(delimiter == b',')
        .from_reader(text.as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// Asserts that no cell starts with a trigger, and that the neutralized cells are there (so the
/// test would fail if the hostile text never reached the export).
fn assert_formula_safe(what: &str, bytes: &[u8], delimiter: u8, carries_text: bool) {
    let cells = data_cells(bytes, delimiter);
    for cell in &cells {
        assert!(
            !cell.starts_with(TRIGGERS),
            "{what}: cell {cell:?} starts with a formula trigger"
        );
        // TSV is written unquoted: a double quote that opens a cell (after spaces) would be
        // taken for quoting, and what it quotes read as a formula.
        assert!(
            delimiter != b'\t' || !cell.trim_start_matches(' ').starts_with('"'),
            "{what}: cell {cell:?} starts with a double quote"
        );
    }
    let neutralized = cells
        .iter()
        .filter(|c| {
            c.strip_prefix('\'')
                .is_some_and(|r| r.starts_with(TRIGGERS))
        })
        .count();
    assert!(
        neutralized > 0 || !carries_text,
        "{what}: no hostile cell reached the export"
    );
}

/// One export: what made it, its bytes, its delimiter, and whether it carries text from the
/// input (the evaluation's tables hold only counts).
struct Export {
    what: String,
    bytes: Vec<u8>,
    delimiter: u8,
    carries_text: bool,
}

/// Every CSV and TSV export of every command.
fn exports(h: &Hostile) -> Vec<Export> {
    let source = "--source=@evil.ar.txt=@Sada al-Ahrar";
    let mut out = Vec::new();
    let mut add = |what: &str, args: &[&str], delimiter: u8| {
        out.push(Export {
            what: what.to_string(),
            bytes: h.run(args),
            delimiter,
            carries_text: !what.starts_with("eval"),
        });
    };
    add(
        "check csv",
        &["check", "r.en.md", source, "--format", "csv"],
        b',',
    );
    add(
        "check csv --excel",
        &["check", "r.en.md", source, "--format", "csv", "--excel"],
        b',',
    );
    add(
        "align csv",
        &["align", "@evil.ar.txt", "+e.en.txt", "--format", "csv"],
        b',',
    );
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        add(
            &format!("names {format}"),
            &[
                "names",
                "@r.en.md",
                "--arabic",
                "@evil.ar.txt",
                "--format",
                format,
            ],
            delimiter,
        );
        add(
            &format!("score {format}"),
            &["score", "@evil.ar.txt", "+e.en.txt", "--format", format],
            delimiter,
        );
        add(
            &format!("segment {format}"),
            &[
                "segment",
                "--format",
                format,
                "@evil.ar.txt",
                "+e.en.txt",
                "q.en.txt",
            ],
            delimiter,
        );
        add(
            &format!("romanize {format}"),
            &[
                "romanize", "--format", format, "--", "=Kafr", "-Salma", "@Latakia", "\"=1+1\"",
            ],
            delimiter,
        );
        add(
            &format!("eval align {format}"),
            &[
                "eval",
                "align",
                "--gold=-gold.ladder",
                "--pred=-gold.ladder",
                "--format",
                format,
            ],
            delimiter,
        );
    }
    let summary_dir = h.path().join("batch");
    h.run(&[
        "align",
        "--batch",
        "m.tsv",
        "--out-dir",
        summary_dir.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    out.push(Export {
        what: "align --batch summary.tsv".into(),
        bytes: std::fs::read(summary_dir.join("summary.tsv")).unwrap(),
        delimiter: b'\t',
        carries_text: true,
    });
    out
}

#[test]
fn no_cell_of_any_export_starts_with_a_formula_trigger() {
    let h = Hostile::new();
    for e in exports(&h) {
        assert_formula_safe(&e.what, &e.bytes, e.delimiter, e.carries_text);
    }
}

#[test]
fn json_keeps_the_hostile_text_unchanged() {
    let h = Hostile::new();
    let source = "--source=@evil.ar.txt=@Sada al-Ahrar";
    let json: serde_json::Value =
        serde_json::from_slice(&h.run(&["check", "r.en.md", source, "--format", "json"])).unwrap();
    let quotes = json["quotes"].as_array().unwrap();
    let field = |name: &str| -> Vec<String> {
        quotes
            .iter()
            .filter_map(|q| q[name].as_str().map(str::to_string))
            .collect()
    };
    assert!(field("quote").contains(&"+the rebels repelled an attack on Kinsabba overnight".into()));
    assert!(field("source_file").contains(&"@evil.ar.txt".into()));
    assert!(field("source_outlet").contains(&"@Sada al-Ahrar".into()));
    assert!(field("arabic").contains(&"=صد الثوار هجوما على كنسبا الليلة الماضية.".into()));
    let jsonl = h.run(&["check", "r.en.md", source, "--format", "jsonl"]);
    let first_lines: Vec<serde_json::Value> = jsonl
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert!(first_lines
        .iter()
        .any(|q| q["quote"] == "-Forty fighters were killed near Latakia on Monday"));
}

/// Opens every export in LibreOffice Calc (headless, as a user's double-click imports a CSV, UTF-8)
/// and converts it to a flat ODF spreadsheet, whose XML names every formula cell by its
/// `table:formula` attribute. A control file with a raw formula is converted with each batch,
/// so the test cannot pass because LibreOffice stopped evaluating formulas on import.
#[test]
fn libreoffice_imports_no_formula() {
    let Some(soffice) = common::soffice() else {
        eprintln!("SKIPPED: no soffice on PATH; the exports were not opened in a spreadsheet");
        return;
    };
    let h = Hostile::new();
    let work = tempfile::tempdir().unwrap();
    let exports = exports(&h);
    // Filter options: separator, text delimiter (") and character set (76, UTF-8).
    for (delimiter, ext, filter) in [(b',', "csv", "CSV:44,34,76"), (b'\t', "tsv", "CSV:9,34,76")] {
        let control = work.path().join(format!("control.{ext}"));
        let sep = char::from(delimiter);
        std::fs::write(&control, format!("a{sep}b\nx{sep}=1+1\n")).unwrap();
        let mut files = vec![control];
        for (i, e) in exports.iter().enumerate() {
            if e.delimiter == delimiter {
                let path = work.path().join(format!("export{i}.{ext}"));
                std::fs::write(&path, &e.bytes).unwrap();
                files.push(path);
            }
        }
        common::soffice_convert(&soffice, filter, "fods", work.path(), &files);
        let formulas = |path: &Path| {
            let fods = std::fs::read_to_string(path.with_extension("fods")).unwrap();
            fods.matches("table:formula=").count()
        };
        assert!(
            formulas(&files[0]) > 0,
            "LibreOffice did not import the control formula of {ext}: the test would prove nothing"
        );
        for file in &files[1..] {
            assert_eq!(formulas(file), 0, "{} imports a formula", file.display());
        }
    }
}
