//! Known places: the embedded Levant gazetteer (`corpus/gazetteer/levant.csv`, hand-made) and the
//! embedded GeoNames extract of the Arab world (`corpus/gazetteer/geonames-arab.csv.gz`, built by
//! `scripts/build-gazetteer.sh`), plus rows from user files in the same CSV format or in the
//! GeoNames dump format (`SY.txt`). Indexed by folded Latin spelling, by key skeleton and by
//! normalized Arabic, so a spelling in either script finds its place, and two spellings of two
//! distinct known places are never merged.
//!
//! Rows are *curated* (levant.csv, user files) or *extra* (the embedded GeoNames extract). A
//! curated row always wins: it is looked up first, by exact, folded and key match; an extra row is
//! found only by a spelling it lists, as written (case aside), so no fuzzy key and no folding turns
//! a common word ("Hit", "Troops") into one of thousands of GeoNames villages. An extra row that
//! repeats a curated place (same Arabic name, and a shared spelling, a key variant or coordinates
//! within about 5 km; never one more than about 55 km away) is dropped: levant.csv wins.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::key::fold_spelling;
use super::score::{are_variants, similarity, Prepared};
use crate::error::Result;
use crate::text::{arabic, is_arabic_char};
use rustc_hash::{FxHashMap, FxHashSet};

mod key_match;
mod parse;

pub use key_match::{strong_key_match, Matched};
use key_match::{unmarked, KeyEvidence};

use parse::{is_geonames, parse_csv, parse_geonames};
pub use parse::{split_variants, CSV_HEADER, KINDS};

const EMBEDDED_CSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/gazetteer/levant.csv"
));
const EMBEDDED_NAME: &str = "corpus/gazetteer/levant.csv";
const GEONAMES_GZ: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/gazetteer/geonames-arab.csv.gz"
));
const GEONAMES_NAME: &str = "corpus/gazetteer/geonames-arab.csv";
const WORLD_GZ: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/gazetteer/geonames-world.csv.gz"
));
const WORLD_NAME: &str = "corpus/gazetteer/geonames-world.csv";

/// One known place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    /// The Arabic name; empty for a place known by its Latin spellings only (a row that gives
    /// none, a GeoNames place without an Arabic alternate name).
    pub arabic: String,
    /// The spelling the gazetteer recommends.
    pub preferred: String,
    /// Other attested Latin spellings, exonyms included (Aleppo for Halab).
    pub variants: Vec<String>,
    /// One of [`KINDS`] (lowercase) or empty for a gazetteer CSV row; a GeoNames dump's
    /// feature class and code (`P.PPL`).
    pub kind: String,
    pub governorate: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl Place {
    /// The preferred spelling, then the variants.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.preferred.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

/// A set of known places with its indexes.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Per place: curated (levant.csv, user files) or extra (the embedded GeoNames extract, or
    /// a place elsewhere in the world).
    curated: Vec<bool>,
    /// The places elsewhere in the world (`geonames-world.csv.gz`) by lowercased spelling, the
    /// only index that holds them: they are never found by a lookup on their own, only as the
    /// answer to "is this spelling, which the key would give to a curated place, another place's
    /// name?" (see [`Gazetteer::lookup_latin`]).
    world_by_lowercase: HashMap<String, Vec<usize>>,
    /// Lowercased spelling as written, article kept: al-Houla (Homs) is not Houla (Lebanon).
    by_lowercase: HashMap<String, Vec<usize>>,
    by_folded: HashMap<String, Vec<usize>>,
    /// Extra places by lowercased spelling without ʿayn and hamza marks (see
    /// [`Gazetteer::lookup_extra`]).
    by_unmarked: HashMap<String, Vec<usize>>,
    by_skeleton: HashMap<String, Vec<usize>>,
    /// The hasher is the fast one: Arabic mentions look words up here several times each.
    by_arabic: FxHashMap<String, Vec<usize>>,
    /// Every beginning of the Arabic index forms, made on first use (and dropped when a place is
    /// added): a lookup of several Arabic words stops at the first words no name begins with.
    arabic_prefixes: OnceLock<FxHashSet<String>>,
}

/// The Arabic form places are indexed under: normalized, article dropped from each word, words
/// joined, so الأكراد, الاكراد and أكراد meet.
pub fn arabic_index_form(s: &str) -> String {
    arabic::normalize(s)
        .split_whitespace()
        .map(|w| without_article(w.trim_matches(|c: char| !is_arabic_char(c))))
        .collect()
}

/// A normalized Arabic word without its article ال, when more than the article is left: the
/// index form's rule, shared with the names finder's fast path.
pub(crate) fn without_article(word: &str) -> &str {
    if word.chars().count() > 3 && word.starts_with("ال") {
        &word["ال".len()..]
    } else {
        word
    }
}

impl Gazetteer {
    /// An empty gazetteer (for evaluation without resources).
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The embedded gazetteer (levant.csv, then the GeoNames extract), parsed once.
    pub fn embedded() -> &'static Gazetteer {
        static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            let mut g = Gazetteer::embedded_levant();
            // Both files are compiled in and checked by a unit test: a bad row is a build bug.
            g.add_extra_csv(GEONAMES_NAME, &gunzip(GEONAMES_GZ))
                .expect("the embedded GeoNames extract parses");
            g.add_world_csv(WORLD_NAME, &gunzip(WORLD_GZ))
                .expect("the embedded GeoNames world extract parses");
            g
        })
    }

    /// The hand-made Levant gazetteer alone (levant.csv), without the GeoNames extract.
    pub fn embedded_levant() -> Gazetteer {
        let mut g = Gazetteer::new();
        g.add_csv(EMBEDDED_NAME, EMBEDDED_CSV)
            .expect("the embedded gazetteer parses");
        g
    }

    /// Adds the rows of a gazetteer CSV as extra rows (see the module docs): found only by a
    /// listed spelling, and dropped where they repeat a curated place.
    pub fn add_extra_csv(&mut self, path: &str, text: &str) -> Result<()> {
        for place in parse_csv(path, text)? {
            if !self.repeats_curated(&place) {
                self.add_with(place, false);
            }
        }
        Ok(())
    }

    /// Adds the rows of a gazetteer CSV as places elsewhere in the world: indexed only by their
    /// spellings as written (case aside), never by key, folding or Arabic, so they add no
    /// mention and no candidate; they only keep a spelling the key would give to a curated place
    /// (Sydney for Sidon, Leeds for Latakia) from being taken for it.
    pub fn add_world_csv(&mut self, path: &str, text: &str) -> Result<()> {
        for place in parse_csv(path, text)? {
            let index = self.places.len();
            for s in place.spellings() {
                let ids = self.world_by_lowercase.entry(s.to_lowercase()).or_default();
                if ids.last() != Some(&index) {
                    ids.push(index);
                }
            }
            self.places.push(place);
            self.curated.push(false);
        }
        Ok(())
    }

    /// Whether `place` is a curated place again: same Arabic name, and a spelling in common
    /// (folded), a spelling that is a key variant of one of its spellings, or coordinates less
    /// than 0.05° apart — but never when both have coordinates more than 0.5° apart (about 55
    /// km): طرابلس, Tripoli is Lebanon's city and Libya's capital.
    fn repeats_curated(&self, place: &Place) -> bool {
        if place.arabic.is_empty() {
            return false;
        }
        let Some(ids) = self.by_arabic.get(&arabic_index_form(&place.arabic)) else {
            return false;
        };
        let folded: Vec<String> = place.spellings().map(fold_spelling).collect();
        let prepared: Vec<Prepared> = place.spellings().map(Prepared::new).collect();
        ids.iter().filter(|&&i| self.curated[i]).any(|&i| {
            let known = &self.places[i];
            let apart = match (known.lat, known.lon, place.lat, place.lon) {
                (Some(a), Some(b), Some(c), Some(d)) => Some((a - c).abs().max((b - d).abs())),
                _ => None,
            };
            if apart.is_some_and(|degrees| degrees > 0.5) {
                return false;
            }
            let near = apart.is_some_and(|degrees| degrees < 0.05);
            near || known.spellings().any(|k| {
                folded.contains(&fold_spelling(k)) || {
                    let pk = Prepared::new(k);
                    prepared.iter().any(|p| are_variants(&pk, p).is_some())
                }
            })
        })
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The curated places with only their preferred spellings: what the key must find on its
    /// own when evaluated against variant lists drawn from the same sources. The extra (GeoNames)
    /// rows are left out too: they are, in effect, more variant lists of the same places.
    pub fn without_variants(&self) -> Gazetteer {
        let mut g = Gazetteer::new();
        for (p, _) in self.places.iter().zip(&self.curated).filter(|(_, &c)| c) {
            g.add(Place {
                variants: Vec::new(),
                ..p.clone()
            });
        }
        g
    }

    /// Reads a user file: GeoNames dump (`.txt`, tab-separated, 19 columns) or gazetteer CSV.
    pub fn load_file(&mut self, path: &str) -> Result<()> {
        let source = crate::text::read_source(path)?;
        if is_geonames(path, &source.text) {
            self.add_geonames(&source.path, &source.text)
        } else {
            self.add_csv(&source.path, &source.text)
        }
    }

    /// Adds the rows of a gazetteer CSV (header [`CSV_HEADER`]); errors name the file and line.
    pub fn add_csv(&mut self, path: &str, text: &str) -> Result<()> {
        for place in parse_csv(path, text)? {
            self.add(place);
        }
        Ok(())
    }

    /// Adds the rows of a GeoNames dump: name, ASCII name and Latin alternate names become
    /// spellings, the first alternate name in Arabic script the Arabic name. Every row is checked
    /// before any is added: 19 columns, a name, coordinates in range.
    pub fn add_geonames(&mut self, path: &str, text: &str) -> Result<()> {
        for place in parse_geonames(path, text)? {
            self.add(place);
        }
        Ok(())
    }

    /// Adds one place to the list and the indexes, as a curated row.
    pub fn add(&mut self, place: Place) {
        self.add_with(place, true);
    }

    fn add_with(&mut self, place: Place, curated: bool) {
        self.arabic_prefixes.take();
        let index = self.places.len();
        let push = |map: &mut HashMap<String, Vec<usize>>, k: String| {
            let ids = map.entry(k).or_default();
            if ids.last() != Some(&index) {
                ids.push(index);
            }
        };
        for s in place.spellings() {
            push(&mut self.by_lowercase, s.to_lowercase());
            if curated {
                push(&mut self.by_folded, fold_spelling(s));
            } else {
                push(&mut self.by_unmarked, unmarked(s));
            }
            push(&mut self.by_skeleton, super::key::key(s).skeleton);
        }
        if !place.arabic.is_empty() {
            let ids = self
                .by_arabic
                .entry(arabic_index_form(&place.arabic))
                .or_default();
            if ids.last() != Some(&index) {
                ids.push(index);
            }
            push(
                &mut self.by_skeleton,
                super::key::key(&place.arabic).skeleton,
            );
        }
        self.places.push(place);
        self.curated.push(curated);
    }

    /// The place a Latin spelling names: a curated place by its folded spelling, or else the one
    /// curated place whose spellings share the key and pass the variant score; else an extra
    /// place by a spelling it lists.
    ///
    /// A single word that is a common English word ("Troops", "Forty", "Said": a lowercase gloss
    /// of the embedded lexicon) is matched only as a curated place lists it, never folded or by
    /// key: a sentence-initial capital is no place name.
    pub fn lookup_latin(&self, spelling: &str) -> Option<&Place> {
        self.lookup_latin_how(spelling, KeyEvidence::Variant)
            .map(|(place, _)| place)
    }

    /// The place a Latin spelling names, to decide which place it is (clustering, the Arabic
    /// column, the suggestion) rather than whether it is a place at all: as
    /// [`Gazetteer::lookup_latin`], but a match by key alone needs [`KeyEvidence::Strong`], and
    /// the answer says whether the spelling was listed or only keyed, so that the Arabic of the
    /// sources can overrule a key match (`names/cluster`).
    pub fn lookup_place(&self, spelling: &str) -> Option<(&Place, Matched)> {
        self.lookup_latin_how(spelling, KeyEvidence::Strong)
    }

    fn lookup_latin_how(&self, spelling: &str, evidence: KeyEvidence) -> Option<(&Place, Matched)> {
        if is_common_english_word(spelling) {
            let ids = self.by_lowercase.get(&spelling.to_lowercase())?;
            let curated: Vec<usize> = ids.iter().copied().filter(|&i| self.curated[i]).collect();
            return self.most_specific(&curated).map(|p| (p, Matched::Listed));
        }
        if let Some(place) = self.lookup_curated(spelling) {
            return Some((place, Matched::Listed));
        }
        let prepared = Prepared::new(spelling);
        let listed = self.lookup_extra(spelling);
        // A spelling GeoNames lists as written is known evidence; a key variant of a curated
        // place is only a guess (Aden is no spelling of al-Dana, Surman none of Sarmin), so the
        // listing wins unless both name one Arabic name.
        if let Some(extra) = listed {
            return match self.lookup_by_key(&prepared, evidence) {
                Some(curated) if extra.arabic.is_empty() || same_arabic(curated, extra) => {
                    // GeoNames' Latin-only listing is weak; a well-known place elsewhere that
                    // lists it too (Salem, India and Oregon; Salma is سلمى) is not.
                    Some((
                        self.elsewhere(curated, spelling).unwrap_or(curated),
                        Matched::Listed,
                    ))
                }
                _ => Some((extra, Matched::Listed)),
            };
        }
        // An unlisted key variant of curated places, even of two (ambiguous), is theirs to
        // decide, unless it is the name of a well-known place elsewhere (Sydney is no spelling
        // of Sidon, Adana none of al-Dana): then it is that place, unless both have one Arabic
        // name.
        let curated = self.lookup_by_key(&prepared, evidence)?;
        Some(match self.elsewhere(curated, spelling) {
            Some(world) => (world, Matched::Listed),
            None => (curated, Matched::Key),
        })
    }

    /// Every curated place that lists `spelling` (as written, case aside; else folded), most
    /// specific first: the places a homonym may name (Houla is Lebanon's village حولا and a
    /// spelling of Syria's al-Houla الحولة), for the Arabic of the sources to choose from.
    pub fn listed_curated(&self, spelling: &str) -> Vec<&Place> {
        let curated = |ids: &Vec<usize>| -> Vec<usize> {
            ids.iter().copied().filter(|&i| self.curated[i]).collect()
        };
        let lower = self.by_lowercase.get(&spelling.to_lowercase()).map(curated);
        let mut ids = match lower {
            Some(ids) if !ids.is_empty() => ids,
            _ => self
                .by_folded
                .get(&fold_spelling(spelling))
                .map(curated)
                .unwrap_or_default(),
        };
        ids.sort_by_key(|&i| (kind_rank(&self.places[i].kind), i));
        ids.into_iter().map(|i| &self.places[i]).collect()
    }

    /// The well-known place elsewhere that lists `spelling`, unless it has the Arabic name of
    /// `curated` (then it is that place, as GeoNames spells it).
    fn elsewhere(&self, curated: &Place, spelling: &str) -> Option<&Place> {
        self.lookup_world(spelling)
            .filter(|world| world.arabic.is_empty() || !same_arabic(curated, world))
    }

    /// The place a Latin spelling names for clustering: [`Gazetteer::lookup_latin`], else the
    /// well-known place elsewhere that lists it (Hamm, which the letters alone would join to
    /// Hama in the same text). Not for finding mentions: a city's name is also a person's.
    pub fn lookup_latin_or_world(&self, spelling: &str) -> Option<&Place> {
        self.lookup_latin(spelling)
            .or_else(|| self.lookup_world(spelling))
    }

    /// The place elsewhere in the world (`geonames-world.csv.gz`) that lists `spelling` as
    /// written (case aside), the most populous first.
    pub fn lookup_world(&self, spelling: &str) -> Option<&Place> {
        let ids = self.world_by_lowercase.get(&spelling.to_lowercase())?;
        ids.iter()
            .copied()
            .min_by_key(|&i| (kind_rank(&self.places[i].kind), i))
            .map(|i| &self.places[i])
    }

    /// Only a listed spelling: a curated place's as written (case aside), else folded (accents,
    /// apostrophes and article aside); else an extra place's as written (case aside).
    pub fn lookup_listed(&self, spelling: &str) -> Option<&Place> {
        self.lookup_curated(spelling)
            .or_else(|| self.lookup_extra(spelling))
    }

    fn lookup_curated(&self, spelling: &str) -> Option<&Place> {
        let curated = |ids: &Vec<usize>| -> Vec<usize> {
            ids.iter().copied().filter(|&i| self.curated[i]).collect()
        };
        let lower = self.by_lowercase.get(&spelling.to_lowercase()).map(curated);
        let ids = match lower {
            Some(ids) if !ids.is_empty() => ids,
            _ => curated(self.by_folded.get(&fold_spelling(spelling))?),
        };
        self.most_specific(&ids)
    }

    /// An extra place by a spelling it lists as written (case aside); when that is no
    /// settlement, a settlement that lists it with ʿayn or hamza marks: GeoNames lists Anah for
    /// the ruin of Old Anah, `Anah and ‘Anah for the town, which a news text means.
    fn lookup_extra(&self, spelling: &str) -> Option<&Place> {
        let as_written = self
            .by_lowercase
            .get(&spelling.to_lowercase())
            .and_then(|ids| self.most_specific(ids));
        if as_written.is_some_and(|p| kind_rank(&p.kind) == 0) {
            return as_written;
        }
        self.by_unmarked
            .get(&unmarked(spelling))
            .and_then(|ids| self.most_specific(ids))
            .filter(|p| kind_rank(&p.kind) == 0)
            .or(as_written)
    }

    fn lookup_by_key(&self, spelling: &Prepared, evidence: KeyEvidence) -> Option<&Place> {
        let ids: Vec<usize> = self
            .by_skeleton
            .get(&spelling.key.skeleton)?
            .iter()
            .copied()
            .filter(|&i| {
                self.curated[i]
                    && self.places[i]
                        .spellings()
                        .any(|s| evidence.holds(spelling, &Prepared::new(s)))
            })
            .collect();
        let best = self.most_specific(&ids)?;
        // A key shared by two known places decides nothing; a city and its governorate (same
        // Arabic name) are one name.
        ids.iter()
            .all(|&i| {
                self.places[i].arabic == best.arabic && !best.arabic.is_empty()
                    || self.places[i].id == best.id
            })
            .then_some(best)
    }

    /// The place an Arabic spelling names (normalized, article dropped).
    pub fn lookup_arabic(&self, spelling: &str) -> Option<&Place> {
        self.most_specific(self.by_arabic.get(&arabic_index_form(spelling))?)
    }

    /// Of several places with one name, the one a news text most likely means: a curated place
    /// before an extra one, the city before the governorate named after it, a settlement before
    /// a region; then the earlier row (GeoNames rows come most populous first).
    fn most_specific(&self, ids: &[usize]) -> Option<&Place> {
        ids.iter()
            .copied()
            .min_by_key(|&i| (!self.curated[i], kind_rank(&self.places[i].kind), i))
            .map(|i| &self.places[i])
    }

    /// Whether a normalized Arabic form (see [`arabic_index_form`]) names a known place.
    pub fn has_arabic_form(&self, form: &str) -> bool {
        self.by_arabic.contains_key(form)
    }

    /// Whether some known place's normalized Arabic form begins with `start` (or is it).
    pub fn has_arabic_form_starting(&self, start: &str) -> bool {
        self.arabic_prefixes
            .get_or_init(|| {
                let mut prefixes = FxHashSet::default();
                for form in self.by_arabic.keys() {
                    // From the empty beginning (a word of marks alone) to the whole form.
                    for end in form.char_indices().map(|(i, _)| i).chain([form.len()]) {
                        prefixes.insert(form[..end].to_string());
                    }
                }
                prefixes
            })
            .contains(start)
    }

    /// Places a spelling in either script may name, best first: the exact match, then the places
    /// sharing its key skeleton, ranked by the variant score against their spellings.
    pub fn candidates(&self, spelling: &str, limit: usize) -> Vec<&Place> {
        let exact = if spelling.chars().any(is_arabic_char) {
            self.lookup_arabic(spelling)
        } else {
            self.lookup_listed(spelling)
        };
        let query = Prepared::new(spelling);
        // A spelling with no letter the key reads (Greek, Cyrillic, a sign) has an empty
        // skeleton: it says nothing about a place, and every place keyed empty would match it.
        let mut ranked: Vec<(f64, usize)> = self
            .by_skeleton
            .get(&query.key.skeleton)
            .filter(|_| !query.key.skeleton.is_empty())
            .into_iter()
            .flatten()
            .map(|&i| {
                let place = &self.places[i];
                let best = place
                    .spellings()
                    .chain(std::iter::once(place.arabic.as_str()).filter(|a| !a.is_empty()))
                    .map(|s| similarity(&query, &Prepared::new(s)).score())
                    .fold(0.0, f64::max);
                (best, i)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<&Place> = exact.into_iter().collect();
        for (_, i) in ranked {
            let place = &self.places[i];
            if !out.iter().any(|p| p.id == place.id) {
                out.push(place);
            }
        }
        out.truncate(limit);
        out
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
}

/// Whether a curated place and a GeoNames row are one place listed twice: one Arabic name, or in
/// one country up to one letter (GeoNames writes تل تامر for تل تمر, القامشلو for القامشلي; but
/// Iraq's al-Karma الكرمة is not Syria's al-Karamah الكرامة).
fn same_arabic(curated: &Place, extra: &Place) -> bool {
    let (a, b) = (
        arabic_index_form(&curated.arabic),
        arabic_index_form(&extra.arabic),
    );
    // Curated ids start with the country (`sy-`), GeoNames rows keep it in `CC/admin1`.
    let curated_country = curated.id.split('-').next().map(str::to_ascii_uppercase);
    let extra_country = extra
        .governorate
        .split('/')
        .next()
        .map(str::to_ascii_uppercase);
    a == b || curated_country == extra_country && strsim::levenshtein(&a, &b) <= 1
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut text)
        .expect("an embedded gazetteer extract decompresses");
    text
}

/// Whether `spelling` is one word that the embedded lexicon glosses in lowercase (an English
/// common word: place names there are capitalized) or an English stop word.
pub(crate) fn is_common_english_word(spelling: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    if spelling.contains(|c: char| !c.is_ascii_alphabetic()) {
        return false;
    }
    let lower = spelling.to_ascii_lowercase();
    crate::text::tokens::is_stopword(crate::text::Lang::En, &lower)
        || WORDS
            .get_or_init(|| {
                crate::lexicon::EMBEDDED_ENGLISH_WORDS
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .collect()
            })
            .contains(lower.as_str())
}

/// Lower is more specific: see [`Gazetteer::most_specific`].
fn kind_rank(kind: &str) -> u8 {
    match kind {
        "city" | "town" | "village" | "neighbourhood" | "camp" => 0,
        "region" | "district" => 2,
        "governorate" => 3,
        "country" => 4,
        _ => 1,
    }
}

#[cfg(test)]
pub(crate) mod tests;
