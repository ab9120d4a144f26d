//! The embedded stop list `corpus/names/stoplist.txt` (sections described in the file) and the
//! list of persons' names `corpus/names/persons.txt`.

use std::collections::HashSet;
use std::sync::OnceLock;

const STOPLIST: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/names/stoplist.txt"
));

const PERSONS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/names/persons.txt"
));

#[derive(Debug, Default)]
pub(crate) struct StopList {
    pub stop: HashSet<String>,
    pub organization: HashSet<String>,
    pub feature: HashSet<String>,
    /// Folded spellings (see `fold_spelling`).
    pub outlet: HashSet<String>,
    pub stop_ar: HashSet<String>,
    /// Names of several words of countries, regions and seas (`saudi arabia`), lowercase, words
    /// joined by one space.
    pub region: HashSet<String>,
    /// The most words a name of `region` has.
    pub region_words: usize,
    /// Given names and surnames of public figures, lowercase (`persons.txt`).
    pub person: HashSet<String>,
}

impl StopList {
    pub fn get() -> &'static StopList {
        static LIST: OnceLock<StopList> = OnceLock::new();
        LIST.get_or_init(|| {
            let mut list = parse(STOPLIST);
            list.person = PERSONS
                .lines()
                .flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace())
                .map(str::to_lowercase)
                .collect();
            list
        })
    }

    /// Whether a word (any case) is in the `[stop]` section.
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(&word.to_lowercase())
    }

    pub fn is_organization(&self, word: &str) -> bool {
        self.organization.contains(&word.to_lowercase())
    }

    /// Whether a word (any case, folded: `al-Assad` is `assad`) is a person's name.
    pub fn is_person(&self, word: &str) -> bool {
        self.person
            .contains(&crate::names::key::fold_spelling(word))
    }

    pub fn is_feature(&self, word: &str) -> bool {
        self.feature.contains(&word.to_lowercase())
    }

    /// How many of `words` (any case), from the first, make the longest name of the `[region]`
    /// section (`Saudi Arabia`), if any.
    pub fn region_at<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Option<usize> {
        let mut phrase = String::new();
        let mut longest = None;
        for (n, w) in words.into_iter().take(self.region_words).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(&w.to_lowercase());
            if n > 0 && self.region.contains(&phrase) {
                longest = Some(n + 1);
            }
        }
        longest
    }
}

fn parse(text: &str) -> StopList {
    let mut list = StopList::default();
    let mut section = "stop";
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = match name {
                "stop" | "organization" | "feature" | "outlet" | "region" | "stop-ar" => name,
                // The file is compiled in: an unknown section is a mistake caught by the tests.
                other => panic!("unknown stop-list section [{other}]"),
            };
            continue;
        }
        if section == "region" {
            let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
            if !words.is_empty() {
                list.region_words = list.region_words.max(words.len());
                list.region.insert(words.join(" "));
            }
            continue;
        }
        let set = match section {
            "stop" => &mut list.stop,
            "organization" => &mut list.organization,
            "feature" => &mut list.feature,
            "outlet" => &mut list.outlet,
            _ => &mut list.stop_ar,
        };
        set.extend(line.split_whitespace().map(str::to_lowercase));
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_load() {
        let l = StopList::get();
        assert!(l.is_stop("Monday") && l.is_stop("russian") && l.is_stop("The"));
        assert!(l.is_organization("Front") && !l.is_stop("Salma"));
        assert!(l.is_feature("Castle"));
        assert!(l.outlet.contains("mayadeen"));
        assert!(l.stop_ar.contains("في"));
        assert_eq!(l.region_at(["Saudi", "Arabia", "condemned"]), Some(2));
        assert_eq!(l.region_at(["UNITED", "Arab", "Emirates"]), Some(3));
        assert_eq!(l.region_at(["Arabia"]), None);
        assert_eq!(l.region_at(["Saudi", "Salma"]), None);
        assert!(l.is_person("Ahmed") && l.is_person("al-Assad") && !l.is_person("Zliten"));
    }
}
