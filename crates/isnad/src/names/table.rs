//! The names table of a set of English documents: every place spelling found, clustered, with
//! the suggested spelling and the Arabic name — what `isnad names` prints and what `isnad check`
//! shows under its quotes.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use serde::Serialize;

use super::cluster::{cluster_with_arabic, count_spellings, Cluster};
use super::cross::ArabicNames;
use super::gazetteer::{arabic_index_form, Gazetteer};
use super::house_style::HouseStyle;
use super::link::best_arabic;
use super::mentions::{self, ArabicEvidence, Mention};
use super::score::Prepared;
use crate::text::Document;

/// One spelling of a place, with its cluster. The columns are a contract (`docs/names.md`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpellingRow {
    pub cluster: String,
    pub suggested: String,
    pub variant: String,
    pub count: usize,
    /// `file:line:col` of every occurrence.
    pub locations: Vec<String>,
    pub arabic: Option<String>,
    pub gazetteer_id: Option<String>,
    pub reason: String,
    /// The cluster has more than one spelling, or one off the house style.
    pub flagged: bool,
}

/// Mentions, clusters and Arabic names of a set of English documents.
#[derive(Debug, Clone)]
pub struct NameTable {
    /// Every mention, with the path of its document.
    pub mentions: Vec<(String, Mention)>,
    pub clusters: Vec<Cluster>,
    /// The Arabic name of each cluster (same order as `clusters`).
    pub arabic: Vec<Option<String>>,
}

impl NameTable {
    /// Finds and clusters the place names of `english`. With `arabic` sources, each cluster
    /// gets the Arabic spelling found in them; without, the gazetteer's.
    pub fn build(
        english: &[&Document],
        arabic: &[&Document],
        gazetteer: &Gazetteer,
        house_style: &HouseStyle,
    ) -> NameTable {
        NameTable::build_except(english, arabic, gazetteer, house_style, &[])
    }

    /// [`NameTable::build`], where a name of `not_places` written in an English document (the
    /// declared outlets' names and aliases) holds no place mention
    /// ([`mentions::find_except`]).
    pub fn build_except(
        english: &[&Document],
        arabic: &[&Document],
        gazetteer: &Gazetteer,
        house_style: &HouseStyle,
        not_places: &[String],
    ) -> NameTable {
        // Three independent passes over the sources: the English mentions (which the words of
        // the Arabic sources make places in any context), the runs of Arabic words (the first
        // evidence of which spellings are one place, and the Arabic of places no gazetteer
        // knows), and the Arabic mentions.
        let ((found, sources), arabic_mentions) = rayon::join(
            || {
                rayon::join(
                    || english_mentions(english, arabic, gazetteer, not_places),
                    || {
                        ArabicNames::from_texts(
                            arabic
                                .iter()
                                .flat_map(|d| d.units.iter().map(|u| u.text.as_str())),
                        )
                    },
                )
            },
            || distinct_arabic_mentions(arabic, gazetteer),
        );
        let spellings = count_spellings(found.iter().map(|(_, m)| m.surface.as_str()));
        let clusters = cluster_with_arabic(&spellings, gazetteer, house_style, &sources);
        let arabic_names = arabic_for_clusters(&clusters, arabic_mentions, gazetteer, &sources);
        NameTable {
            mentions: found,
            clusters,
            arabic: arabic_names,
        }
    }

    /// One row per spelling, clusters in order; `variants_only` keeps flagged clusters.
    pub fn rows(&self, variants_only: bool) -> Vec<SpellingRow> {
        let mut locations: HashMap<&str, Vec<String>> = HashMap::new();
        for (path, m) in &self.mentions {
            locations
                .entry(m.surface.as_str())
                .or_default()
                .push(format!("{path}:{}:{}", m.line, m.column));
        }
        let mut rows = Vec::new();
        for (c, arabic) in self.clusters.iter().zip(&self.arabic) {
            let flagged = is_flagged(c);
            if variants_only && !flagged {
                continue;
            }
            for m in &c.members {
                rows.push(SpellingRow {
                    cluster: c.id.clone(),
                    suggested: c.suggested.clone(),
                    variant: m.spelling.clone(),
                    count: m.count,
                    locations: locations
                        .get(m.spelling.as_str())
                        .cloned()
                        .unwrap_or_default(),
                    arabic: arabic.clone(),
                    gazetteer_id: c.gazetteer_id.clone(),
                    reason: m.reason.clone(),
                    flagged,
                });
            }
        }
        rows
    }

    /// Whether any cluster is a variant flag.
    pub fn has_flags(&self) -> bool {
        self.clusters.iter().any(is_flagged)
    }

    /// The cluster (and its Arabic name) a spelling belongs to.
    pub fn cluster_of(&self, spelling: &str) -> Option<(&Cluster, Option<&str>)> {
        self.clusters
            .iter()
            .zip(&self.arabic)
            .find(|(c, _)| c.members.iter().any(|m| m.spelling == spelling))
            .map(|(c, a)| (c, a.as_deref()))
    }
}

/// A cluster is a variant flag when it has two spellings or one off the house style.
pub fn is_flagged(c: &Cluster) -> bool {
    c.has_variants() || c.off_house_style()
}

/// The mentions of the English documents, with their paths, in order.
fn english_mentions(
    english: &[&Document],
    arabic: &[&Document],
    gazetteer: &Gazetteer,
    not_places: &[String],
) -> Vec<(String, Mention)> {
    let evidence = ArabicEvidence::from_documents(arabic);
    let found: Vec<Vec<Mention>> = english
        .par_iter()
        .map(|doc| mentions::find_except(doc, gazetteer, &evidence, not_places))
        .collect();
    english
        .iter()
        .zip(found)
        .flat_map(|(doc, found)| found.into_iter().map(|m| (doc.path.clone(), m)))
        .collect()
}

/// The distinct place names of the Arabic documents in order of first appearance; `None`
/// without Arabic documents.
fn distinct_arabic_mentions(arabic: &[&Document], gazetteer: &Gazetteer) -> Option<Vec<Mention>> {
    if arabic.is_empty() {
        return None;
    }
    let found: Vec<Vec<Mention>> = arabic
        .par_iter()
        .map(|doc| mentions::find(doc, gazetteer))
        .collect();
    let mut seen = HashSet::new();
    Some(
        found
            .into_iter()
            .flatten()
            .filter(|m| seen.insert(arabic_index_form(&m.surface)))
            .collect(),
    )
}

/// The Arabic spelling of each cluster: the name found in the Arabic sources (the gazetteer's
/// Arabic when it occurs there, else the best match by key); without sources, or when they do
/// not name the place, the gazetteer's.
fn arabic_for_clusters(
    clusters: &[Cluster],
    names: Option<Vec<Mention>>,
    gazetteer: &Gazetteer,
    sources: &ArabicNames,
) -> Vec<Option<String>> {
    let gazetteer_arabic = |c: &Cluster| {
        c.gazetteer_id
            .as_deref()
            .and_then(|id| gazetteer.get(id))
            .map(|p| p.arabic.clone())
            .filter(|a| !a.is_empty())
    };
    let Some(names) = names else {
        return clusters.iter().map(gazetteer_arabic).collect();
    };
    let prepared: Vec<Prepared> = names.iter().map(|m| Prepared::new(&m.surface)).collect();
    clusters
        .par_iter()
        .map(|c| {
            if let Some(id) = &c.gazetteer_id {
                if let Some(m) = names.iter().find(|m| m.gazetteer_id.as_ref() == Some(id)) {
                    return Some(m.surface.clone());
                }
            }
            // The gazetteer's Latin spellings of the place too: `Euphrates` alone ties to no
            // Arabic of the sources, its variant `al-Furat` to الفرات (the gazetteer's Arabic,
            // نهر الفرات, is not what the sources write).
            let place = c.gazetteer_id.as_deref().and_then(|id| gazetteer.get(id));
            let english: Vec<Prepared> = c
                .members
                .iter()
                .map(|m| m.spelling.as_str())
                .chain(place.into_iter().flat_map(|p| p.spellings()))
                .map(Prepared::new)
                .collect();
            best_arabic(&english, &prepared)
                .map(|(i, _)| names[i].surface.clone())
                // A known place keeps its own name: the sources' شمع is not Damascus's though
                // it keys like its variant al-Sham.
                .filter(|found| place.is_none_or(|p| may_write(&p.arabic, found)))
                // A place no list knows: the run of the sources its spellings tie to.
                .or_else(|| {
                    english
                        .iter()
                        .filter_map(|e| sources.tie(e))
                        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.name.cmp(&a.name)))
                        .map(|t| sources.surface(t.name).to_string())
                        .filter(|found| place.is_none_or(|p| may_write(&p.arabic, found)))
                })
                // A place the sources do not name keeps the gazetteer's Arabic.
                .or_else(|| gazetteer_arabic(c))
        })
        .collect()
}

/// Whether the sources' `found` may be how they write a place whose gazetteer Arabic is
/// `known`: the same name (normalized, article aside), one letter written for another (GeoNames'
/// توز خورماتو for طوز خورماتو), or one inside the other (الفرات for نهر الفرات). A long vowel
/// more or less is another name (القنطرة is not القنيطرة, الكرمة not الكرامة), and anything
/// else another place the letters resemble. A place with no Arabic takes what the sources give.
pub(crate) fn may_write(known: &str, found: &str) -> bool {
    let (known, found) = (arabic_index_form(known), arabic_index_form(found));
    known.is_empty()
        || known.contains(&found)
        || found.contains(&known)
        || known.chars().count() == found.chars().count()
            && strsim::levenshtein(&known, &found) <= 1
}

#[cfg(test)]
mod tests {
    use super::may_write;

    #[test]
    fn a_known_place_keeps_its_own_arabic_name() {
        assert!(may_write("نهر الفرات", "الفرات"));
        assert!(may_write("توز خورماتو", "طوز خورماتو"));
        assert!(may_write("الرقة", "الرقه"));
        assert!(may_write("", "شمع"));
        assert!(!may_write("دمشق", "شمع"));
        assert!(!may_write("القنيطرة", "القنطرة"));
        assert!(!may_write("الكرامة", "الكرمة"));
    }
}
