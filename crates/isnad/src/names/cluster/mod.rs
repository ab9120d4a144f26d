//! Groups spellings of one place, deciding with the best evidence there is:
//!
//! 1. **the Arabic**: two spellings tied to one Arabic name of the sources ([`super::cross`])
//!    are one place, and two tied to two different Arabic names are two places, however alike
//!    their letters (Daraa درعا, Darayya داريا);
//! 2. **the gazetteer**: listed spellings of one place (exonyms included) join, and two distinct
//!    known places never merge;
//! 3. **the key**: otherwise, candidates from blocks that share a key skeleton (or the skeleton
//!    less one letter), decided by the variant score.
//!
//! Each member's `reason` says which evidence put it there. Never compares all pairs, so
//! 100,000 mentions cluster in well under a second.

use std::collections::HashMap;

use serde::Serialize;

use super::cross::ArabicNames;
use super::gazetteer::{arabic_index_form, Gazetteer, Matched, Place};
use super::house_style::HouseStyle;
use super::key::Key;
use super::score::{are_variants, final_vowel, vowels_agree, Prepared};

mod candidates;

pub(crate) use candidates::block_keys;
use candidates::candidate_edges;

/// A distinct spelling and how often it occurs, in order of first appearance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingCount {
    pub spelling: String,
    pub count: usize,
}

/// Counts spellings, keeping the order in which each first appears.
pub fn count_spellings<'a>(spellings: impl IntoIterator<Item = &'a str>) -> Vec<SpellingCount> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut counts: Vec<SpellingCount> = Vec::new();
    for s in spellings {
        match index.get(s) {
            Some(&i) => counts[i].count += 1,
            None => {
                index.insert(s, counts.len());
                counts.push(SpellingCount {
                    spelling: s.to_string(),
                    count: 1,
                });
            }
        }
    }
    counts
}

/// Where the suggested spelling of a cluster comes from, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionSource {
    HouseStyle,
    Gazetteer,
    MostFrequent,
    FirstSeen,
}

impl SuggestionSource {
    pub fn describe(self) -> &'static str {
        match self {
            SuggestionSource::HouseStyle => "house style",
            SuggestionSource::Gazetteer => "gazetteer preferred",
            SuggestionSource::MostFrequent => "most frequent",
            SuggestionSource::FirstSeen => "first seen",
        }
    }
}

/// One spelling in a cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub spelling: String,
    pub count: usize,
    pub key: Key,
    /// Why this spelling is in the cluster (`same key kfrdbl; gazetteer kafrdabla`).
    pub reason: String,
    /// Index of the spelling in the input list (order of first appearance).
    #[serde(skip)]
    pub first_seen: usize,
}

/// The spellings of one place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// `c1`, `c2`, … in order of first appearance.
    pub id: String,
    pub suggested: String,
    pub suggestion_source: SuggestionSource,
    pub gazetteer_id: Option<String>,
    /// Members in order of first appearance.
    pub members: Vec<Member>,
}

impl Cluster {
    /// More than one spelling of one place in the input: a variant flag. Spellings that differ
    /// only in case (a BEIRUT dateline, Beirut in the text) are one spelling.
    pub fn has_variants(&self) -> bool {
        let first = self.members[0].spelling.to_lowercase();
        self.members
            .iter()
            .any(|m| m.spelling.to_lowercase() != first)
    }

    /// A spelling the house style replaces: a flag even when it is the only one.
    pub fn off_house_style(&self) -> bool {
        self.suggestion_source == SuggestionSource::HouseStyle
            && self.members.iter().any(|m| m.spelling != self.suggested)
    }
}

/// Union-find over spellings; each set remembers the one gazetteer place and the one Arabic
/// name it belongs to.
struct Sets {
    parent: Vec<usize>,
    place: Vec<Option<usize>>,
    arabic: Vec<Option<usize>>,
    /// The Arabic name of each set in index form, from the sources or from its place.
    forms: Vec<Option<String>>,
    /// The spellings of each set, at its root (empty elsewhere).
    members: Vec<Vec<usize>>,
}

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the sets of `a` and `b` unless they belong to two different known places or to
    /// two different Arabic names.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        fn differ<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> bool {
            matches!((x, y), (Some(x), Some(y)) if x != y)
        }
        if differ(&self.place[ra], &self.place[rb])
            || differ(&self.arabic[ra], &self.arabic[rb])
            || differ(&self.forms[ra], &self.forms[rb])
        {
            return false;
        }
        // The smaller index stays the root, which keeps the result order-independent.
        let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[child] = root;
        self.place[root] = self.place[ra].or(self.place[rb]);
        self.arabic[root] = self.arabic[ra].or(self.arabic[rb]);
        let form = self.forms[ra].take().or(self.forms[rb].take());
        self.forms[root] = form;
        let moved = std::mem::take(&mut self.members[child]);
        self.members[root].extend(moved);
        true
    }
}

/// What is known about each distinct spelling, by its index in the input list.
struct Facts<'a> {
    counts: &'a [SpellingCount],
    prepared: Vec<Prepared>,
    /// Index of the gazetteer place the spelling names.
    places: Vec<Option<usize>>,
    /// Index of the house-style entry that lists the spelling.
    house: Vec<Option<usize>>,
    /// The Arabic name of the sources the spelling is tied to.
    arabic: Vec<Option<usize>>,
    names: &'a ArabicNames,
}

/// Clusters spellings by their letters and the gazetteer (see the module docs). `spellings`
/// must be distinct, in order of first appearance, as [`count_spellings`] returns them.
pub fn cluster(
    spellings: &[SpellingCount],
    gazetteer: &Gazetteer,
    house_style: &HouseStyle,
) -> Vec<Cluster> {
    cluster_with_arabic(spellings, gazetteer, house_style, &ArabicNames::default())
}

/// Clusters spellings with the Arabic names of the sources as the first evidence.
pub fn cluster_with_arabic(
    spellings: &[SpellingCount],
    gazetteer: &Gazetteer,
    house_style: &HouseStyle,
    names: &ArabicNames,
) -> Vec<Cluster> {
    let place_index: HashMap<&str, usize> = gazetteer
        .places()
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let facts = Facts {
        counts: spellings,
        prepared: spellings
            .iter()
            .map(|s| Prepared::new(&s.spelling))
            .collect(),
        places: Vec::new(),
        house: spellings
            .iter()
            .map(|s| house_style.entry_for(&s.spelling))
            .collect(),
        arabic: Vec::new(),
        names,
    };
    let (places, arabic): (Vec<Option<usize>>, Vec<Option<usize>>) = facts
        .prepared
        .iter()
        .map(|p| {
            let (place, arabic) = place_and_arabic(p, gazetteer, names);
            (place.map(|p| place_index[p.id.as_str()]), arabic)
        })
        .unzip();
    // The Arabic each spelling stands for, in index form: the sources' name it is tied to, else
    // its gazetteer place's. A set tied to one Arabic name never takes a place known by another.
    let forms: Vec<Option<String>> = arabic
        .iter()
        .zip(&places)
        .map(|(name, place)| match (name, place) {
            (Some(name), _) => Some(arabic_index_form(names.surface(*name))),
            (None, Some(place)) => Some(arabic_index_form(&gazetteer.places()[*place].arabic))
                .filter(|form| !form.is_empty()),
            (None, None) => None,
        })
        .collect();
    let facts = Facts {
        places,
        arabic,
        ..facts
    };
    let mut sets = Sets {
        parent: (0..spellings.len()).collect(),
        place: facts.places.clone(),
        arabic: facts.arabic.clone(),
        forms,
        members: (0..spellings.len()).map(|i| vec![i]).collect(),
    };

    // Spellings of one Arabic name, listed spellings of one place, and of one house-style
    // entry, belong together.
    join_by(&mut sets, &facts.arabic);
    join_by(&mut sets, &facts.places);
    join_by(&mut sets, &facts.house);

    // Then spellings alike by their letters, best pairs first so that a spelling between two
    // known places joins the nearer one.
    let mut edges = candidate_edges(&facts.prepared);
    edges.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    // Many edges run between the same two groups, and a pair of groups that failed the average
    // link fails it again until one of them grows. Sets only grow and keep their root, so a
    // root and a size name one membership: the answer is remembered under both.
    let mut decided: HashMap<(usize, usize, usize, usize), bool> = HashMap::new();
    for (i, j, _) in edges {
        let (ri, rj) = (sets.find(i), sets.find(j));
        if ri == rj {
            continue;
        }
        // A place the gazetteer knows lists its spellings: a variant of one of them is evidence
        // enough ([`joins_a_known_place`]). Between groups of unknown spellings, one look-alike
        // pair is not.
        let known = sets.place[ri].is_some() || sets.place[rj].is_some();
        let (a, b) = (&sets.members[ri], &sets.members[rj]);
        if known && joins_a_known_place(&facts.prepared[i], &facts.prepared[j])
            || !known
                && *decided
                    .entry((ri, rj, a.len(), b.len()))
                    .or_insert_with(|| linked_on_average(a, b, &facts.prepared))
        {
            sets.union(i, j);
        }
    }

    groups(&mut sets, spellings.len())
        .iter()
        .enumerate()
        .map(|(n, members)| build_cluster(n, members, &facts, gazetteer, house_style))
        .collect()
}

/// Whether two look-alike spellings (a candidate edge) are evidence enough to join a group the
/// gazetteer knows: their vowels agree ([`vowels_agree`]: Qantara is no Quneitra), or they share
/// a skeleton of five consonants or more, evidence enough whatever the vowels (Zinjibar,
/// Zunjubar: znjbr; QA 34f D12; Qantara and Quneitra share only four). But skeletons of three
/// consonants that differ in one leave two that agree, which say little (the gazetteer's rule,
/// `strong_key_match`): then the final vowel must agree as well. Thamar (ذمار, tmr) is no
/// Samarra (سامراء, smr), though ث is written th or s; Qusayr and Kusair still join.
fn joins_a_known_place(a: &Prepared, b: &Prepared) -> bool {
    let (ka, kb) = (&a.key.skeleton, &b.key.skeleton);
    let shorter = ka.chars().count().min(kb.chars().count());
    let long_same_key = ka == kb && shorter >= LONG_KEY_LETTERS;
    let two_letters_and_another_ending = ka != kb
        && shorter < NEAR_KEY_MIN_LETTERS
        && final_vowel(&a.folded) != final_vowel(&b.folded);
    !two_letters_and_another_ending && (vowels_agree(a, b) || long_same_key)
}

/// The gazetteer place a spelling names and the Arabic name of the sources it is tied to. The
/// Arabic decides: a spelling the gazetteer knows is tied through its place's Arabic (when the
/// sources have it), never by its letters, since an exonym (Aleppo for حلب) has none in common
/// with it; but a place found by key alone is a guess, which another Arabic name the spelling's
/// letters tie to overrules when the sources do not name the place (Karma is الكرمة of the sources, not al-Karamah
/// الكرامة). A spelling several curated places list (Houla: Lebanon's حولا, Syria's الحولة) is
/// the one whose Arabic the sources name.
fn place_and_arabic<'g>(
    spelling: &Prepared,
    gazetteer: &'g Gazetteer,
    names: &ArabicNames,
) -> (Option<&'g Place>, Option<usize>) {
    let in_sources = |place: &Place| {
        Some(place.arabic.as_str())
            .filter(|a| !a.is_empty())
            .and_then(|a| names.find(a))
    };
    if !names.is_empty() {
        if let Some((place, name)) = gazetteer
            .listed_curated(&spelling.text)
            .into_iter()
            .find_map(|p| in_sources(p).map(|n| (p, n)))
        {
            return (Some(place), Some(name));
        }
    }
    let found = gazetteer.lookup_place(&spelling.text).or_else(|| {
        gazetteer
            .lookup_world(&spelling.text)
            .map(|p| (p, Matched::Listed))
    });
    match found {
        Some((place, how)) => {
            let named = in_sources(place);
            // A row with no Arabic that lists the spelling only without its mark (`Dar'a` is
            // Turkey's Oğuz by its variant Dara) gives way to the place of the sources' Arabic the letters tie
            // to, when the spelling is a variant of that place's (درعا, Daraa: QA 34f D2).
            let as_written = place
                .spellings()
                .any(|s| s.to_lowercase() == spelling.text.to_lowercase());
            if place.arabic.is_empty() && !as_written {
                if let Some(own) = tied_place(spelling, gazetteer, names) {
                    return own;
                }
            }
            // When the sources name the place, it stands; when they name only another name
            // the letters tie to, that is the place.
            if how == Matched::Key && named.is_none() {
                if let Some(tie) = names.tie(spelling) {
                    return (None, Some(tie.name));
                }
            }
            (Some(place), named)
        }
        None => (None, names.tie(spelling).map(|t| t.name)),
    }
}

/// The place of the sources' Arabic name that `spelling`'s letters tie to, when the spelling is
/// a variant of one of the place's spellings, with that name.
fn tied_place<'g>(
    spelling: &Prepared,
    gazetteer: &'g Gazetteer,
    names: &ArabicNames,
) -> Option<(Option<&'g Place>, Option<usize>)> {
    let tie = names.tie(spelling)?;
    let place = gazetteer.lookup_arabic(names.surface(tie.name))?;
    place
        .spellings()
        .any(|s| are_variants(spelling, &Prepared::new(s)).is_some())
        .then_some((Some(place), Some(tie.name)))
}

/// Whether two groups of spellings are variants of each other on average, not through one
/// pair alone: single-link joining lets one look-alike pair (Zlitan–Zaltan) chain two places.
fn linked_on_average(a: &[usize], b: &[usize], prepared: &[Prepared]) -> bool {
    if a.len() * b.len() > MAX_AVERAGE_LINK_PAIRS {
        return true;
    }
    let pairs = a.len() * b.len();
    let needed = AVERAGE_LINK_SHARE * pairs as f64;
    // Stops as soon as the count is certain to reach the share, or certain not to: the same
    // answer as counting every pair, which costs most between groups that stay apart.
    let (mut linked, mut left) = (0, pairs);
    for (&i, &j) in a.iter().flat_map(|i| b.iter().map(move |j| (i, j))) {
        left -= 1;
        if are_variants(&prepared[i], &prepared[j]).is_some() {
            linked += 1;
            if linked as f64 >= needed {
                return true;
            }
        } else if ((linked + left) as f64) < needed {
            return false;
        }
    }
    linked as f64 >= needed
}

/// Fewest consonants of a skeleton that, the same in two spellings, join them to a known place
/// even when their vowels disagree.
const LONG_KEY_LETTERS: usize = 5;

/// Fewest consonants of the shorter of two skeletons that differ for a look-alike to join a
/// known place.
const NEAR_KEY_MIN_LETTERS: usize = 4;

const MAX_AVERAGE_LINK_PAIRS: usize = crate::tuning::TUNING.names.average_link_max_pairs;
const AVERAGE_LINK_SHARE: f64 = crate::tuning::TUNING.names.average_link_share;

/// Joins every two spellings that share a label (a place or a house-style entry).
fn join_by(sets: &mut Sets, labels: &[Option<usize>]) {
    let mut first_with: HashMap<usize, usize> = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        if let Some(l) = label {
            let first = *first_with.entry(*l).or_insert(i);
            sets.union(first, i);
        }
    }
}

/// The sets as lists of members. Roots are the smallest index of their set, so sets come out in
/// order of first appearance, and members too.
fn groups(sets: &mut Sets, len: usize) -> Vec<Vec<usize>> {
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..len {
        let root = sets.find(i);
        let g = *by_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

fn build_cluster(
    n: usize,
    members: &[usize],
    facts: &Facts,
    gazetteer: &Gazetteer,
    house_style: &HouseStyle,
) -> Cluster {
    let place = members
        .iter()
        .find_map(|&i| facts.places[i])
        .map(|p| &gazetteer.places()[p]);
    let (suggested, source) = suggest(facts, members, place, house_style);
    let suggestion = Suggestion {
        spelling: Prepared::new(&suggested),
        source,
        place,
    };
    Cluster {
        id: format!("c{}", n + 1),
        gazetteer_id: place.map(|p| p.id.clone()),
        members: members
            .iter()
            .map(|&i| Member {
                spelling: facts.counts[i].spelling.clone(),
                count: facts.counts[i].count,
                key: facts.prepared[i].key.clone(),
                reason: reason(i, members, facts, &suggestion),
                first_seen: i,
            })
            .collect(),
        suggested,
        suggestion_source: source,
    }
}

/// House style > gazetteer preferred > most frequent in the input > first seen. A GeoNames
/// place's preferred spelling is a romanization standard's (Misratah, Al Hudaydah, Darnah), not
/// the press's: its cluster takes the spelling the input uses most.
fn suggest(
    facts: &Facts,
    members: &[usize],
    place: Option<&Place>,
    house_style: &HouseStyle,
) -> (String, SuggestionSource) {
    let house_entry = members
        .iter()
        .find_map(|&i| facts.house[i])
        .or_else(|| place.and_then(|p| p.spellings().find_map(|s| house_style.entry_for(s))));
    if let Some(e) = house_entry {
        return (
            house_style.preferred(e).to_string(),
            SuggestionSource::HouseStyle,
        );
    }
    if let Some(p) = place.filter(|p| !p.id.starts_with("gn-")) {
        return (p.preferred.clone(), SuggestionSource::Gazetteer);
    }
    let count = |i: usize| facts.counts[i].count;
    // Members are in order of first appearance, so ties go to the first seen.
    let best = members
        .iter()
        .copied()
        .max_by(|&a, &b| count(a).cmp(&count(b)).then(b.cmp(&a)))
        .expect("a cluster has members");
    let source = if members.iter().any(|&i| count(i) < count(best)) {
        SuggestionSource::MostFrequent
    } else {
        SuggestionSource::FirstSeen
    };
    (facts.counts[best].spelling.clone(), source)
}

/// A cluster's suggested spelling, why, and its gazetteer place.
struct Suggestion<'g> {
    spelling: Prepared,
    source: SuggestionSource,
    place: Option<&'g Place>,
}

/// Why spelling `i` is in its cluster, relative to the suggested spelling.
fn reason(i: usize, members: &[usize], facts: &Facts, suggestion: &Suggestion) -> String {
    let me = &facts.prepared[i];
    let suggested = &suggestion.spelling;
    let mut parts = Vec::new();
    if me.text == suggested.text {
        parts.push(format!("suggested: {}", suggestion.source.describe()));
    } else if me.key.skeleton == suggested.key.skeleton {
        parts.push(format!("same key {}", me.key));
    } else if let Some(sim) = are_variants(me, suggested) {
        parts.push(format!(
            "near key {} ~ {} (score {:.2})",
            me.key,
            suggested.key,
            sim.score()
        ));
    } else if let Some(&via) = members
        .iter()
        .find(|&&j| j != i && are_variants(me, &facts.prepared[j]).is_some())
    {
        let via = &facts.prepared[via];
        parts.push(if me.key.skeleton == via.key.skeleton {
            format!("same key {} as {}", me.key, via.text)
        } else {
            format!("near key {} ~ {} via {}", me.key, via.key, via.text)
        });
    }
    if let Some(name) = facts.arabic[i] {
        let shared = members
            .iter()
            .any(|&j| j != i && facts.arabic[j] == Some(name));
        let arabic = facts.names.surface(name);
        parts.push(if shared {
            format!("same Arabic {arabic}")
        } else {
            format!("Arabic {arabic}")
        });
    }
    if let (Some(_), Some(p)) = (facts.places[i], suggestion.place) {
        parts.push(format!("gazetteer {}", p.id));
    }
    let house_listed =
        facts.house[i].is_some() && suggestion.source == SuggestionSource::HouseStyle;
    if house_listed && me.text != suggested.text {
        parts.push("house style".to_string());
    }
    if members.len() == 1 && parts.len() == 1 && me.text == suggested.text {
        parts[0] = "only spelling".to_string();
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests;
