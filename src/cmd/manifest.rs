//! Batch manifests (`align --batch`, `check --batch`): one job per row, its tab-separated
//! paths and an optional id that names the job's output file. Blank lines and `#` comments are
//! skipped; a malformed row is an error of that row only.

use std::collections::HashSet;

/// One well-formed row.
pub struct ManifestRow {
    pub paths: Vec<String>,
    /// The row's id made safe as a file name ([`safe_id`]), or its line number.
    pub id: String,
}

/// A row, or its id and what is wrong with it.
pub type RowResult = std::result::Result<ManifestRow, (String, String)>;

/// The rows of `text`, each `paths` non-empty paths and an optional id; `shape` names the
/// columns in error messages (`ar_path<TAB>en_path[<TAB>id]`).
pub fn parse(text: &str, paths: usize, shape: &str) -> Vec<RowResult> {
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let line_id = (n + 1).to_string();
        let well_formed = fields.len() >= paths
            && fields.len() <= paths + 1
            && fields[..paths].iter().all(|f| !f.is_empty());
        let row = match fields.get(paths) {
            _ if !well_formed => Err((
                line_id,
                format!("manifest line {}: expected {shape}", n + 1),
            )),
            Some(id) if !id.is_empty() => Ok(safe_id(id)),
            _ => Ok(line_id),
        };
        rows.push(row.and_then(|id| {
            if seen.insert(id.clone()) {
                Ok(ManifestRow {
                    paths: fields[..paths].iter().map(|p| p.to_string()).collect(),
                    id,
                })
            } else {
                Err((
                    id.clone(),
                    format!("manifest line {}: duplicate id {}", n + 1, shown_id(&id)),
                ))
            }
        }));
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
/// and `_` becomes `_`, and a leading dot is escaped, so no id names a path outside it.
pub fn safe_id(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.starts_with('.') {
        format!("_{safe}")
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_path_rows() {
        let rows = parse(
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
        assert_eq!(
            rows[2].as_ref().err().map(|e| e.1.as_str()),
            Some("manifest line 5: expected project_dir[<TAB>id]")
        );
        assert!(rows[3]
            .as_ref()
            .err()
            .is_some_and(|e| e.1.contains("duplicate id Tuesday_desk")));
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
