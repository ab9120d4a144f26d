//! Batch manifests (`align --batch`, `check --batch`): one job per row, its tab-separated
//! paths and an optional id that names the job's output file. Blank lines and `#` comments are
//! skipped; a malformed row, or a row whose id an earlier row has, is an error of that row only.

use std::collections::hash_map::{Entry, HashMap};

use isnad::Error;
use isnad_cli::report::delimited::FORMULA_TRIGGERS;

/// One well-formed row.
pub struct ManifestRow {
    pub paths: Vec<String>,
    /// The row's id made safe as a file name ([`safe_id`]), or its line number; no other row
    /// has it.
    pub id: String,
}

/// A row that is no job: what it says, for the summary, and what is wrong with it.
pub struct RowError {
    /// Names the row in messages and the summary: its id made safe ([`safe_id`]), or its line
    /// number when it has none or is malformed. Never the name of its output file: another row
    /// may have the same id.
    pub id: String,
    /// The path columns as the row has them, as many as it has (fewer when it is short).
    pub paths: Vec<String>,
    /// One line naming the manifest and the row's line.
    pub message: String,
}

/// A row, or what it says and what is wrong with it.
pub type RowResult = std::result::Result<ManifestRow, RowError>;

/// The rows of the manifest `name` (as messages show it), each `paths` non-empty paths and an
/// optional id; `shape` names the columns in error messages (`ar_path<TAB>en_path[<TAB>id]`).
/// Ids are unique: a row whose id (its own made safe, or its line number) an earlier row has
/// fails, naming that row's line, since both would write the same file. Ids are compared as
/// file names on Windows and macOS are, case-insensitively (`Report` is `report`).
pub fn parse(name: &str, text: &str, paths: usize, shape: &str) -> Vec<RowResult> {
    // Every id given out, by its [`file_name_key`]: the id, the line of its row, whether it is
    // that line's number, and the id as the row gives it.
    let mut taken: HashMap<String, (String, usize, bool, String)> = HashMap::new();
    let mut rows = Vec::new();
    for (n, line) in isnad::text::split_rows(text).enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let line_number = n + 1;
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let row_paths: Vec<String> = fields.iter().take(paths).map(|p| p.to_string()).collect();
        let failed = |id: String, message: String| RowError {
            id,
            paths: row_paths.clone(),
            message: Error::input_at(name, line_number, message).to_string(),
        };
        let well_formed = fields.len() >= paths
            && fields.len() <= paths + 1
            && fields[..paths].iter().all(|f| !f.is_empty());
        if !well_formed {
            rows.push(Err(failed(
                line_number.to_string(),
                format!("expected {shape}"),
            )));
            continue;
        }
        let (id, numbered) = match fields.get(paths) {
            Some(id) if !id.is_empty() => (safe_id(id), false),
            _ => (line_number.to_string(), true),
        };
        let given = fields.get(paths).copied().unwrap_or_default();
        let row = match taken.entry(file_name_key(&id)) {
            Entry::Occupied(earlier) => {
                let (earlier_id, earlier_line, earlier_numbered, earlier_given) = earlier.get();
                let hint = if numbered || *earlier_numbered {
                    " (a row without an id is named by its line number)".to_string()
                } else if *earlier_id != id {
                    format!(
                        " ({}: ids that differ only in case or in Unicode normalization name \
                         one file on Windows and macOS)",
                        shown_id(earlier_id)
                    )
                } else if given != earlier_given && given != id {
                    format!(
                        " (an id is made safe as a file name: {} is {})",
                        shown_id(given),
                        shown_id(&id)
                    )
                } else {
                    String::new()
                };
                let message = format!(
                    "duplicate id {}, already line {earlier_line}'s{hint}",
                    shown_id(&id)
                );
                Err(failed(id, message))
            }
            Entry::Vacant(free) => {
                free.insert((id.clone(), line_number, numbered, given.to_string()));
                Ok(ManifestRow {
                    paths: row_paths,
                    id,
                })
            }
        };
        rows.push(row);
    }
    rows
}

/// An id as error messages show it: cut to 60 characters, so a runaway id (a whole line pasted
/// into the id column) cannot flood the terminal.
pub fn shown_id(id: &str) -> String {
    const MAX: usize = 60;
    match id.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &id[..cut]),
        None => id.to_string(),
    }
}

/// An id made safe as a file name inside `--out-dir`: anything but letters, digits, `.`, `-`
/// and `_` becomes `_`, so no id names a path outside it. The name never starts with `.` (a
/// hidden file, or `..`) or `-` (read as an option by shell tools, and a formula trigger in a
/// spreadsheet), nor with any other character a CSV or TSV cell escapes: such a name gets a
/// leading `_`, so the summary's `file` cell holds the exact name, unescaped. A Windows device
/// name (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, in any case, whatever follows
/// its first `.`) gets `_` after it: `con.x` is `con_.x`.
pub fn safe_id(id: &str) -> String {
    let mut safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.starts_with(['.', '-']) || safe.starts_with(FORMULA_TRIGGERS) {
        safe.insert(0, '_');
    }
    let base = safe.find('.').unwrap_or(safe.len());
    if is_windows_device(&safe[..base]) {
        safe.insert(base, '_');
    }
    safe
}

/// Whether `base` (a file name up to its first `.`) names a device on Windows, which opens the
/// device instead of a file of that name, whatever the extension.
fn is_windows_device(base: &str) -> bool {
    let upper = base.to_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => ["COM", "LPT"].iter().any(|port| {
            upper.strip_prefix(port).is_some_and(|n| {
                let mut digits = n.chars();
                matches!(
                    (digits.next(), digits.next()),
                    (Some('0'..='9' | '¹' | '²' | '³'), None)
                )
            })
        }),
    }
}

/// What makes two ids one output file: on Windows and macOS file names that differ only in case
/// name one file, and on macOS so do names that differ only in Unicode normalization (أ written
/// as one letter or as ا and a hamza above, as copying between programs leaves it; QA 35 H D4).
fn file_name_key(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    id.nfc().collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_path_rows() {
        let rows = parse(
            "week.tsv",
            "# projects\nmon\t\ntue\tTuesday/desk\n\nwed\tx\ty\n\nthu\tTuesday_desk\n",
            1,
            "project_dir[<TAB>id]",
        );
        assert_eq!(rows.len(), 4);
        let ok: Vec<(&str, &str)> = rows
            .iter()
            .flatten()
            .map(|r| (r.paths[0].as_str(), r.id.as_str()))
            .collect();
        assert_eq!(ok, [("mon", "2"), ("tue", "Tuesday_desk")]);
        let malformed = rows[2].as_ref().err().expect("three columns");
        assert_eq!(
            malformed.message,
            "week.tsv:5: expected project_dir[<TAB>id]"
        );
        // What the row says is kept for the summary; it is named by its line number.
        assert_eq!(
            (malformed.id.as_str(), malformed.paths.as_slice()),
            ("5", &["wed".into()][..])
        );
        let duplicate = rows[3].as_ref().err().expect("Tuesday_desk is line 3's");
        assert_eq!(
            duplicate.message,
            "week.tsv:7: duplicate id Tuesday_desk, already line 3's"
        );
        assert_eq!(duplicate.paths, ["thu"]);
    }

    #[test]
    fn a_line_number_and_an_id_are_one_name_space() {
        let errors = |text: &str| -> Vec<String> {
            parse("m.tsv", text, 1, "project_dir[<TAB>id]")
                .into_iter()
                .filter_map(|row| row.err().map(|e| e.message))
                .collect()
        };
        let hint = " (a row without an id is named by its line number)";
        // Line 2 has no id: it is 2, which line 1 has taken, and the other way round.
        assert_eq!(
            errors("a\t2\nb\n"),
            [format!("m.tsv:2: duplicate id 2, already line 1's{hint}")]
        );
        assert_eq!(
            errors("a\nb\t1\n"),
            [format!("m.tsv:2: duplicate id 1, already line 1's{hint}")]
        );
        // A malformed row writes nothing: its line number is free for an id.
        let malformed = errors("a\tb\tc\nd\t1\n");
        assert_eq!(malformed.len(), 1);
        assert!(malformed[0].starts_with("m.tsv:1: expected"));
    }

    #[test]
    fn file_names_need_no_escaping_in_a_summary_cell() {
        use isnad_cli::report::delimited::tsv_cell;
        assert_eq!(safe_id("-draft"), "_-draft");
        assert_eq!(safe_id("--help"), "_--help");
        assert_eq!(safe_id("+2"), "_2");
        assert_eq!(safe_id(".hidden"), "_.hidden");
        assert_eq!(safe_id("a-b"), "a-b");
        for id in [
            "-x", "=1+1", "+2", "@a", "\t=1", "\r-1", "\"=1\"", " -1", "-", ".", "..", "'-1",
        ] {
            let name = format!("{}.csv", safe_id(id));
            assert_eq!(tsv_cell(&name), name, "{id:?}");
            assert!(!name.starts_with(['-', '.']), "{id:?}");
        }
    }

    #[test]
    fn windows_device_names_are_escaped() {
        for (id, safe) in [
            ("CON", "CON_"),
            ("nul", "nul_"),
            ("Aux.draft", "Aux_.draft"),
            ("prn.", "prn_."),
            ("COM1", "COM1_"),
            ("lpt9", "lpt9_"),
            ("COM0", "COM0_"),
            ("COM\u{b9}", "COM\u{b9}_"),
            ("con.tar.gz", "con_.tar.gz"),
        ] {
            assert_eq!(safe_id(id), safe, "{id}");
        }
        for id in [
            "CONSOLE", "COM10", "LPT", "com_1", "nul_", "xCON", "icon.x", "COMA",
        ] {
            assert_eq!(safe_id(id), id, "{id}");
        }
    }

    #[test]
    fn ids_that_differ_in_case_or_become_one_name_are_duplicates() {
        let errors = |text: &str| -> Vec<String> {
            parse("m.tsv", text, 1, "project_dir[<TAB>id]")
                .into_iter()
                .filter_map(|row| row.err().map(|e| e.message))
                .collect()
        };
        assert_eq!(
            errors("a\tReport\nb\treport\n"),
            ["m.tsv:2: duplicate id report, already line 1's (Report: ids that differ only in case \
              or in Unicode normalization name one file on Windows and macOS)"]
        );
        // أخبار composed and decomposed (ا + U+0654): one file on macOS.
        let composed = "\u{0623}\u{062E}\u{0628}\u{0627}\u{0631}";
        let decomposed = "\u{0627}\u{0654}\u{062E}\u{0628}\u{0627}\u{0631}";
        assert_eq!(
            errors(&format!("a\t{composed}\nb\t{decomposed}\n")).len(),
            1
        );
        // Lines may end with a lone CR (classic Mac), as documents may.
        assert!(errors("a\tmon\rb\ttue\r").is_empty());
        assert_eq!(errors("a\tmon\rb\tMon\r").len(), 1);
        assert_eq!(errors("a\tÉté\nb\tétÉ\n").len(), 1);
        // The final names are compared: -draft is written as _-draft, CON as CON_.
        assert_eq!(
            errors("a\t_-draft\nb\t-draft\n"),
            [
                "m.tsv:2: duplicate id _-draft, already line 1's (an id is made safe as a file \
              name: -draft is _-draft)"
            ]
        );
        assert_eq!(errors("a\tcon\nb\tCON_\n").len(), 1);
        assert!(errors("a\tcon\nb\tcon_x\n").is_empty());
    }

    #[test]
    fn ids_stay_inside_the_output_directory() {
        assert_eq!(safe_id("../x"), "_.._x");
        assert_eq!(safe_id("/etc/passwd"), "_etc_passwd");
        let long = "x".repeat(200);
        assert_eq!(shown_id(&long).chars().count(), 61);
        assert_eq!(shown_id("story_1"), "story_1");
    }
}
