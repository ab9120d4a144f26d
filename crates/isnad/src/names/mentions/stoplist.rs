//! The embedded stop list `corpus/names/stoplist.txt` (sections described in the file), the
//! list of persons' names `corpus/names/persons.txt`, and the names that are no places by their
//! domain: armed groups and parties (`corpus/names/groups.txt`), feasts and months
//! (`corpus/names/observances.txt`).

use std::collections::HashSet;
use std::sync::OnceLock;

const STOPLIST: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/names/stoplist.txt"
));

const GROUPS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/names/groups.txt"
));

const OBSERVANCES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/names/observances.txt"
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
    /// Words that never name a place alone (groups.txt, observances.txt lines of one word),
    /// folded: `qaeda`, `hashd`, `ashura`, `baath`.
    pub not_alone: HashSet<String>,
    /// Names of several words that are never places, whole or in part (groups.txt,
    /// observances.txt), as their folded words without lone articles: `hayat tahrir sham`.
    pub no_place_phrase: HashSet<String>,
    /// The most folded words a name of `no_place_phrase` has.
    pub no_place_words: usize,
}

impl StopList {
    pub fn get() -> &'static StopList {
        static LIST: OnceLock<StopList> = OnceLock::new();
        LIST.get_or_init(|| {
            let mut list = parse(STOPLIST);
            for line in GROUPS.lines().chain(OBSERVANCES.lines()) {
                let words = folded_words(line.split('#').next().unwrap_or("").split_whitespace());
                match words.len() {
                    0 => {}
                    1 => {
                        list.not_alone.extend(words);
                    }
                    n => {
                        list.no_place_words = list.no_place_words.max(n);
                        list.no_place_phrase.insert(words.join(" "));
                    }
                }
            }
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

    /// Whether a word (any case, article, accents and apostrophes aside: `Al-Nusra`, `al-Qaeda`,
    /// `Ashura`) is a stop word or a word that never names a place alone.
    pub fn is_no_place_alone(&self, word: &str) -> bool {
        let folded = crate::names::key::fold_spelling(word);
        self.stop.contains(&folded) || self.not_alone.contains(&folded)
    }

    /// How many of `words`, from the first, make the longest name of groups.txt or
    /// observances.txt of several words (`Hayat Tahrir al-Sham`, `Hashd al Shaabi`: lone
    /// articles and case aside), if any; lone articles inside count as words taken.
    pub fn no_place_phrase_at<'w>(
        &self,
        words: impl IntoIterator<Item = &'w str>,
    ) -> Option<usize> {
        let mut phrase: Vec<String> = Vec::new();
        let mut longest = None;
        for (n, w) in words.into_iter().enumerate() {
            if super::english::is_article(&w.to_lowercase()) {
                if phrase.is_empty() {
                    return None;
                }
                continue;
            }
            phrase.extend(folded_words([w]));
            if phrase.len() > self.no_place_words {
                break;
            }
            if phrase.len() > 1 && self.no_place_phrase.contains(&phrase.join(" ")) {
                longest = Some(n + 1);
            }
        }
        longest
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

/// Each word folded (`fold_spelling`: `al-Sham` → `sham`, `Hay'at` → `hayat`), lone articles
/// (`al` of `Hashd al Shaabi`) left out.
fn folded_words<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<String> {
    words
        .into_iter()
        .filter(|w| !super::english::is_article(&w.to_lowercase()))
        .map(crate::names::key::fold_spelling)
        .filter(|w| !w.is_empty())
        .collect()
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

    #[test]
    fn groups_and_observances_load_folded() {
        let l = StopList::get();
        // A stop word keeps its force after an article.
        assert!(l.is_no_place_alone("al-Qaeda") && l.is_no_place_alone("Al-Nusra"));
        assert!(l.is_no_place_alone("Ashura") && l.is_no_place_alone("al-Baath"));
        assert!(l.is_no_place_alone("Hashd") && !l.is_no_place_alone("Zliten"));
        assert_eq!(
            l.no_place_phrase_at(["Hayat", "Tahrir", "al-Sham", "fighters"]),
            Some(3)
        );
        assert_eq!(
            l.no_place_phrase_at(["Hay'at", "Tahrir", "ash-Sham"]),
            Some(3)
        );
        assert_eq!(l.no_place_phrase_at(["al-Hashd", "al-Shaabi's"]), None);
        assert_eq!(l.no_place_phrase_at(["al-Hashd", "al-Shaabi"]), Some(2));
        assert_eq!(l.no_place_phrase_at(["Hashd", "al", "Shaabi"]), Some(3));
        assert_eq!(l.no_place_phrase_at(["Asaib", "Ahl", "al-Haq"]), Some(3));
        assert_eq!(l.no_place_phrase_at(["Eid", "al-Adha"]), Some(2));
        assert_eq!(l.no_place_phrase_at(["Ansar", "Zliten"]), None);
        assert_eq!(l.no_place_phrase_at(["al", "Hashd"]), None);
    }
}
