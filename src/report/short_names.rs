//! How a report names the files of a run: a source by the shortest tail of its path that tells
//! it apart from the run's other sources (`a/src.ar.txt` and `b/src.ar.txt`, not `src.ar.txt`
//! twice), which is its file name when that is unique.

use std::collections::HashMap;

/// The last path component, for showing file names without the directories.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The short name of each of a run's files.
pub struct ShortNames {
    names: HashMap<String, String>,
}

impl ShortNames {
    /// The short names of `paths` (the run's sources): each the fewest trailing components of
    /// its path that no other path ends with.
    pub fn of<'a>(paths: impl IntoIterator<Item = &'a str>) -> ShortNames {
        let mut unique: Vec<&str> = Vec::new();
        for path in paths {
            if !unique.contains(&path) {
                unique.push(path);
            }
        }
        let names = unique
            .iter()
            .map(|&path| {
                let components = path.split(['/', '\\']).count();
                let short = (1..=components)
                    .find(|&k| {
                        let short = tail(path, k);
                        unique
                            .iter()
                            .all(|&other| other == path || tail(other, k) != short)
                    })
                    .map_or(path, |k| tail(path, k));
                (path.to_string(), short.to_string())
            })
            .collect();
        ShortNames { names }
    }

    /// The short name of `path`: its file name when it is not one of the run's files.
    pub fn get<'a>(&'a self, path: &'a str) -> &'a str {
        self.names
            .get(path)
            .map_or_else(|| file_name(path), String::as_str)
    }
}

/// The last `k` components of `path` (the whole path when it has no more).
fn tail(path: &str, k: usize) -> &str {
    let separators: Vec<usize> = path.match_indices(['/', '\\']).map(|(i, _)| i).collect();
    match separators.len().checked_sub(k) {
        Some(i) => &path[separators[i] + 1..],
        None => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_two_sources_share_gets_its_directories() {
        let names = ShortNames::of([
            "w/a/src.ar.txt",
            "w/b/src.ar.txt",
            "w/b/other.ar.txt",
            "src.ar.txt",
            "x/y/a/src.ar.txt",
        ]);
        assert_eq!(names.get("w/a/src.ar.txt"), "w/a/src.ar.txt");
        assert_eq!(names.get("x/y/a/src.ar.txt"), "y/a/src.ar.txt");
        assert_eq!(names.get("w/b/src.ar.txt"), "b/src.ar.txt");
        assert_eq!(names.get("w/b/other.ar.txt"), "other.ar.txt");
        assert_eq!(names.get("src.ar.txt"), "src.ar.txt");
        assert_eq!(names.get("elsewhere/r.en.md"), "r.en.md");
        let alone = ShortNames::of(["/tmp/p/sahel.ar.txt"]);
        assert_eq!(alone.get("/tmp/p/sahel.ar.txt"), "sahel.ar.txt");
    }
}
