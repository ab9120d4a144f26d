//! What a batch (`align --batch`, `check --batch`) knows of the earlier run that wrote into
//! its `--out-dir`: the rows that run's summary lists as written. A row of this run that fails
//! must leave no file that would read as its output, but isnad removes only a file it can show
//! an earlier run of its own wrote: `D/ID.EXT` of a row the earlier `D/summary.tsv` lists with
//! status `ok`. Any other file is the user's, left as it was.

use std::collections::HashSet;
use std::path::Path;

use isnad_cli::notice::terminal_safe;

use super::manifest::shown_id;

/// The ids the earlier run's summary lists as written.
pub struct EarlierRun {
    written: HashSet<String>,
}

impl EarlierRun {
    /// Reads `DIR/summary.tsv` as the earlier run left it: call it before this run writes
    /// anything. No summary, or a file that is no summary (no `id` and `status` columns),
    /// vouches for no file.
    pub fn read(dir: Option<&str>) -> EarlierRun {
        let text = dir
            .and_then(|dir| std::fs::read_to_string(Path::new(dir).join("summary.tsv")).ok())
            .unwrap_or_default();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
        let column = |name: &str| header.iter().position(|h| *h == name);
        let written = match (column("id"), column("status")) {
            (Some(id), Some(status)) => lines
                .filter_map(|line| {
                    let fields: Vec<&str> = line.split('\t').collect();
                    let ok = fields.get(status) == Some(&"ok");
                    ok.then(|| fields.get(id).map(|id| id.to_string()))
                        .flatten()
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
        if self.written.contains(id) {
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
