//! What a batch (`align --batch`, `check --batch`) knows of the earlier run that wrote into
//! its `--out-dir`: the files that run's summary lists as written. A row of this run that fails
//! must leave no file that would read as its output, but isnad removes only a file it can show
//! an earlier run of its own wrote: `D/NAME` where the earlier `D/summary.tsv` has `NAME` in the
//! `file` column of a row with status `ok`. Any other file is the user's, left as it was — a
//! file of the same id but another `--format` included, and every file when the summary is one
//! of a version of isnad that wrote no `file` column.

use std::collections::HashSet;
use std::path::Path;

use isnad_cli::notice::terminal_safe;
use isnad_cli::report::delimited::tsv_cell;

use super::manifest::shown_id;

/// The header of the `file` column, the last of both summaries.
pub const FILE_COLUMN: &str = "file";

/// The cell of the `file` column for `path`, a file this run wrote into `--out-dir`: its name.
pub fn file_cell(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    tsv_cell(&name).into_owned()
}

/// The files the earlier run's summary lists as written, as their `file` cells.
pub struct EarlierRun {
    written: HashSet<String>,
}

impl EarlierRun {
    /// Reads `DIR/summary.tsv` as the earlier run left it: call it before this run writes
    /// anything. No summary, or a file that is no summary (no `status` and `file` columns),
    /// vouches for no file.
    pub fn read(dir: Option<&str>) -> EarlierRun {
        let text = dir
            .and_then(|dir| std::fs::read_to_string(Path::new(dir).join("summary.tsv")).ok())
            .unwrap_or_default();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
        let column = |name: &str| header.iter().position(|h| *h == name);
        let written = match (column("status"), column(FILE_COLUMN)) {
            (Some(status), Some(file)) => lines
                .filter_map(|line| {
                    let fields: Vec<&str> = line.split('\t').collect();
                    let ok = fields.get(status) == Some(&"ok");
                    let name = fields.get(file).filter(|name| !name.is_empty());
                    ok.then(|| name.map(|name| name.to_string())).flatten()
                })
                .collect(),
            _ => HashSet::new(),
        };
        EarlierRun { written }
    }

    /// For the row `id`, which failed: removes `path`, its file, when the earlier run wrote
    /// it, so that it cannot read as this run's output. A file no earlier run can be shown to
    /// have written is left as it was; the notice to print then is returned (`ID: …`, terminal-safe).
    pub fn clear(&self, id: &str, path: &Path) -> Option<String> {
        if !path.is_file() {
            return None;
        }
        if self.written.contains(&file_cell(path)) {
            let _ = std::fs::remove_file(path);
            return None;
        }
        let message = format!(
            "{}: {} is left as it was (no summary.tsv of an earlier run lists it as written): it \
             is not this run's output",
            shown_id(id),
            path.display()
        );
        Some(terminal_safe(&message).into_owned())
    }
}
