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
//! within about 5 km) is dropped: levant.csv wins.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::key::fold_spelling;
use super::score::{are_variants, similarity, Prepared};
use crate::error::{Error, Result};
use crate::text::{arabic, is_arabic_char};
use rustc_hash::{FxHashMap, FxHashSet};

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

/// Columns of the gazetteer CSV, in order.
pub const CSV_HEADER: &[&str] = &[
    "id",
    "arabic",
    "preferred",
    "variants",
    "kind",
    "governorate",
    "lat",
    "lon",
    "note",
];

/// Columns of a GeoNames dump row (`geonameid` … `modification date`).
const GEONAMES_COLUMNS: usize = 19;

/// One known place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    /// The Arabic name (may be empty for rows from sources without one).
    pub arabic: String,
    /// The spelling the gazetteer recommends.
    pub preferred: String,
    /// Other attested Latin spellings, exonyms included (Aleppo for Halab).
    pub variants: Vec<String>,
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
    /// Per place: curated (levant.csv, user files) or extra (the embedded GeoNames extract).
    curated: Vec<bool>,
    /// Lowercased spelling as written, article kept: al-Houla (Homs) is not Houla (Lebanon).
    by_lowercase: HashMap<String, Vec<usize>>,
    by_folded: HashMap<String, Vec<usize>>,
    by_skeleton: HashMap<String, Vec<usize>>,
    /// The hasher is the fast one: Arabic mentions look words up here several times each.
    by_arabic: FxHashMap<String, Vec<usize>>,
    /// Every beginning of the Arabic index forms, made on first use (and dropped when a place is
    /// added): a lookup of several Arabic words stops at the first words no name begins with.
    arabic_prefixes: OnceLock<FxHashSet<String>>,
}

#[derive(Deserialize)]
struct CsvRow {
    id: String,
    arabic: String,
    preferred: String,
    variants: String,
    kind: String,
    governorate: String,
    lat: String,
    lon: String,
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
            let mut text = String::new();
            std::io::Read::read_to_string(
                &mut flate2::read::GzDecoder::new(GEONAMES_GZ),
                &mut text,
            )
            .expect("the embedded GeoNames extract decompresses");
            g.add_extra_csv(GEONAMES_NAME, &text)
                .expect("the embedded GeoNames extract parses");
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

    /// Whether `place` is a curated place again: same Arabic name, and a spelling in common
    /// (folded), a spelling that is a key variant of one of its spellings, or coordinates less
    /// than 0.05° apart.
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
            let near = match (known.lat, known.lon, place.lat, place.lon) {
                (Some(a), Some(b), Some(c), Some(d)) => {
                    (a - c).abs() < 0.05 && (b - d).abs() < 0.05
                }
                _ => false,
            };
            near || known.spellings().any(|k| {
                folded.contains(&fold_spelling(k)) || {
                    let pk = Prepared::new(k);
                    prepared.iter().any(|p| are_variants(&pk, p).is_some())
                }
            })
        })
    }

    /// The embedded gazetteer plus the rows of `user_files`.
    pub fn with_user_files(user_files: &[String]) -> Result<Gazetteer> {
        let mut g = Gazetteer::embedded().clone();
        for path in user_files {
            g.load_file(path)?;
        }
        Ok(g)
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
        if is_common_english_word(spelling) {
            let ids = self.by_lowercase.get(&spelling.to_lowercase())?;
            let curated: Vec<usize> = ids.iter().copied().filter(|&i| self.curated[i]).collect();
            return self.most_specific(&curated);
        }
        if let Some(place) = self.lookup_curated(spelling) {
            return Some(place);
        }
        let prepared = Prepared::new(spelling);
        let listed = self.lookup_extra(spelling);
        // A spelling GeoNames lists as written is known evidence; a key variant of a curated
        // place is only a guess (Aden is no spelling of al-Dana, Surman none of Sarmin), so the
        // listing wins unless both name one Arabic name.
        if let Some(extra) = listed {
            return match self.lookup_by_key(&prepared) {
                Some(curated) if extra.arabic.is_empty() || same_arabic(curated, extra) => {
                    Some(curated)
                }
                _ => Some(extra),
            };
        }
        // An unlisted key variant of curated places, even of two (ambiguous), is theirs to
        // decide.
        self.lookup_by_key(&prepared)
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

    fn lookup_extra(&self, spelling: &str) -> Option<&Place> {
        self.most_specific(self.by_lowercase.get(&spelling.to_lowercase())?)
    }

    fn lookup_by_key(&self, spelling: &Prepared) -> Option<&Place> {
        let ids: Vec<usize> = self
            .by_skeleton
            .get(&spelling.key.skeleton)?
            .iter()
            .copied()
            .filter(|&i| {
                self.curated[i]
                    && self.places[i]
                        .spellings()
                        .any(|s| are_variants(spelling, &Prepared::new(s)).is_some())
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
        let mut ranked: Vec<(f64, usize)> = self
            .by_skeleton
            .get(&query.key.skeleton)
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

/// Whether `spelling` is one word that the embedded lexicon glosses in lowercase (an English
/// common word: place names there are capitalized) or an English stop word.
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

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

/// The places of a gazetteer CSV (header [`CSV_HEADER`]); errors name the file and line.
fn parse_csv(path: &str, text: &str) -> Result<Vec<Place>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::input_at(path, 1, format!("unreadable header: {e}")))?
        .clone();
    if headers.iter().collect::<Vec<_>>() != CSV_HEADER {
        return Err(Error::input_at(
            path,
            1,
            format!("expected the header {}", CSV_HEADER.join(",")),
        ));
    }
    let mut places = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, &e))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row: CsvRow = record
            .deserialize(Some(&headers))
            .map_err(|e| Error::input_at(path, line, e.to_string()))?;
        places.push(place_from_row(row).map_err(|msg| Error::input_at(path, line, msg))?);
    }
    Ok(places)
}

/// The places of a GeoNames dump; errors name the file and line.
fn parse_geonames(path: &str, text: &str) -> Result<Vec<Place>> {
    let mut places = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |msg: String| Error::input_at(path, i + 1, msg);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != GEONAMES_COLUMNS {
            return Err(at(format!(
                "expected {GEONAMES_COLUMNS} tab-separated GeoNames columns, found {}",
                cols.len()
            )));
        }
        if cols[0].trim().is_empty() {
            return Err(at("empty geonameid".into()));
        }
        if cols[1].trim().is_empty() {
            return Err(at("empty name".into()));
        }
        let alternates: Vec<&str> = cols[3].split(',').filter(|a| !a.is_empty()).collect();
        let arabic = alternates
            .iter()
            .find(|a| a.chars().any(is_arabic_char))
            .map_or("", |a| a.trim());
        let mut variants: Vec<String> = Vec::new();
        for v in std::iter::once(cols[2]).chain(alternates.iter().copied()) {
            let latin = v
                .chars()
                .all(|c| c.is_ascii() || !c.is_alphabetic() || is_latin(c));
            if latin && v != cols[1] && !variants.iter().any(|x| x == v) {
                variants.push(v.trim().to_string());
            }
        }
        places.push(Place {
            id: format!("geonames:{}", cols[0].trim()),
            arabic: arabic.to_string(),
            preferred: cols[1].trim().to_string(),
            variants,
            kind: format!("{}.{}", cols[6], cols[7]),
            governorate: cols[10].to_string(),
            lat: coordinate("latitude", cols[4], 90.0).map_err(at)?,
            lon: coordinate("longitude", cols[5], 180.0).map_err(at)?,
        });
    }
    Ok(places)
}

/// A latitude or longitude: empty is none; otherwise a finite number within ±`bound`.
fn coordinate(name: &str, s: &str, bound: f64) -> std::result::Result<Option<f64>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let v: f64 = s
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("{name} is not a number: {s:?}"))?;
    if v.abs() > bound {
        return Err(format!("{name} {s} is out of range (±{bound})"));
    }
    Ok(Some(v))
}

fn csv_error(path: &str, e: &csv::Error) -> Error {
    let line = e.position().map_or(0, |p| p.line() as usize);
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            len, expected_len, ..
        } => {
            format!("expected {expected_len} fields, found {len}")
        }
        _ => e.to_string(),
    };
    Error::input_at(path, line, message)
}

fn place_from_row(row: CsvRow) -> std::result::Result<Place, String> {
    if row.id.trim().is_empty() {
        return Err("empty id".into());
    }
    if row.preferred.trim().is_empty() {
        return Err("empty preferred spelling".into());
    }
    Ok(Place {
        lat: coordinate("lat", &row.lat, 90.0)?,
        lon: coordinate("lon", &row.lon, 180.0)?,
        id: row.id.trim().to_string(),
        arabic: row.arabic.trim().to_string(),
        preferred: row.preferred.trim().to_string(),
        variants: split_variants(&row.variants),
        kind: row.kind,
        governorate: row.governorate,
    })
}

/// `|`-separated spellings, blanks dropped.
pub fn split_variants(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

/// A GeoNames dump is a `.txt` file whose first line has at least 14 tabs.
fn is_geonames(path: &str, text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    path.to_ascii_lowercase().ends_with(".txt") && first.matches('\t').count() >= 14
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A few real places, enough for the guard and lookup tests.
    pub(crate) const FIXTURE: &str = "\
id,arabic,preferred,variants,kind,governorate,lat,lon,note
kafrdabla,كفردبل,Kafrdabla,Kafr Dabla|Kfar Debl,village,Latakia,,,
latakia,اللاذقية,Latakia,Lattakia|al-Ladhiqiyah|Ladhiqiya,city,Latakia,35.52,35.79,
salma,سلمى,Salma,Selma|Slma,town,Latakia,35.73,36.07,
salamiyah,السلمية,Salamiyah,Salamieh|Salamiyeh|Salamiya,city,Hama,35.01,37.05,
daraa,درعا,Daraa,Dar'a|Deraa,city,Daraa,32.62,36.10,
darayya,داريا,Darayya,Daraya|Dariya,city,Rif Dimashq,33.45,36.24,
madaya,مضايا,Madaya,Madhaya,town,Rif Dimashq,,,
mayadin,الميادين,Mayadin,al-Mayadeen|Mayadeen,city,Deir ez-Zor,,,
gov-aleppo,حلب,Aleppo,Aleppo Governorate|Halab,governorate,Aleppo,,,
aleppo,حلب,Aleppo,Halab,city,Aleppo,36.2,37.15,
jabal-al-akrad,جبل الأكراد,Jabal al-Akrad,Jebel Akrad,mountain,Latakia,,,
al-houla,الحولة,al-Houla,Houleh,region,Homs,,,
houla,حولا,Houla,Hula,village,Marjayoun,,,
";

    pub(crate) fn fixture() -> Gazetteer {
        let mut g = Gazetteer::new();
        g.add_csv("fixture.csv", FIXTURE).unwrap();
        g
    }

    #[test]
    fn embedded_gazetteer_parses() {
        let _ = Gazetteer::embedded().len();
    }

    #[test]
    fn lookups_in_both_scripts() {
        let g = fixture();
        assert_eq!(g.lookup_latin("Kfar Debl").unwrap().id, "kafrdabla");
        assert_eq!(g.lookup_latin("Kfardebla").unwrap().id, "kafrdabla");
        assert_eq!(
            g.lookup_latin("Halab").unwrap().id,
            "aleppo",
            "the city, not the governorate"
        );
        assert_eq!(g.lookup_arabic("حلب").unwrap().id, "aleppo");
        assert_eq!(
            g.lookup_latin("Aleppo Governorate").unwrap().id,
            "gov-aleppo"
        );
        assert_eq!(
            g.lookup_latin("jebel el-akrad").unwrap().id,
            "jabal-al-akrad"
        );
        assert_eq!(g.lookup_arabic("كفردبل").unwrap().id, "kafrdabla");
        assert_eq!(g.lookup_arabic("جبل الأكراد").unwrap().id, "jabal-al-akrad");
        assert!(g.lookup_latin("Monday").is_none());
        assert!(g.lookup_listed("Kfardebla").is_none());
        assert_eq!(g.lookup_listed("al-Houla").unwrap().id, "al-houla");
        assert_eq!(
            g.lookup_listed("Houla").unwrap().id,
            "houla",
            "the article tells them apart"
        );
        assert_eq!(g.lookup_listed("El Houleh").unwrap().id, "al-houla");
        let ids = |s: &str| {
            g.candidates(s, 5)
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("كفر دبل"), ["kafrdabla"]);
        assert_eq!(ids("Salamiyeh"), ["salamiyah"]);
        assert!(ids("Homs").is_empty());
    }

    #[test]
    fn withheld_variants_leave_the_preferred_spelling() {
        let g = fixture().without_variants();
        assert_eq!(g.lookup_listed("Latakia").unwrap().id, "latakia");
        assert!(g.lookup_listed("al-Ladhiqiyah").is_none());
    }

    #[test]
    fn malformed_rows_name_the_line() {
        let mut g = Gazetteer::new();
        let bad = "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n\
                   a,ا,A,,village,,1,2,\n\
                   b,ب,B,,village,,north,2,\n";
        let e = g.add_csv("my.csv", bad).unwrap_err().to_string();
        assert_eq!(e, "my.csv:3: lat is not a number: \"north\"");
        let short = "id,arabic,preferred,variants,kind,governorate,lat,lon,note\nx,y\n";
        let e = g.add_csv("my.csv", short).unwrap_err().to_string();
        assert!(e.starts_with("my.csv:2: expected 9 fields"), "{e}");
        let e = g.add_csv("my.csv", "a,b\n").unwrap_err().to_string();
        assert!(e.starts_with("my.csv:1: expected the header"), "{e}");
        let header = "id,arabic,preferred,variants,kind,governorate,lat,lon,note\n";
        for (row, message) in [
            (
                "a,ا,A,,village,,91,2,",
                "my.csv:2: lat 91 is out of range (±90)",
            ),
            (
                "a,ا,A,,village,,1,-180.5,",
                "my.csv:2: lon -180.5 is out of range (±180)",
            ),
            (
                "a,ا,A,,village,,NaN,2,",
                "my.csv:2: lat is not a number: \"NaN\"",
            ),
            (
                "a,ا,A,,village,,1,east,",
                "my.csv:2: lon is not a number: \"east\"",
            ),
            ("a,ا, ,,village,,1,2,", "my.csv:2: empty preferred spelling"),
            (
                "a,ا,A,,village,,1,2,,extra",
                "my.csv:2: expected 9 fields, found 10",
            ),
        ] {
            let e = g
                .add_csv("my.csv", &format!("{header}{row}\n"))
                .unwrap_err();
            assert_eq!(e.to_string(), message);
        }
        assert_eq!(g.len(), 0, "nothing of a bad file is added");
    }

    #[test]
    fn malformed_geonames_rows_name_the_line() {
        let good = "1\tSalma\tSalma\t\t35.73\t36.07\tP\tPPL\tSY\t\t04\t\t\t\t0\t\t800\tAsia/Damascus\t2012-01-01";
        let row = |col: usize, value: &str| {
            let mut cols: Vec<&str> = good.split('\t').collect();
            cols[col] = value;
            format!("{good}\n{}\n", cols.join("\t"))
        };
        let mut g = Gazetteer::new();
        for (text, message) in [
            (
                row(4, "north"),
                "SY.txt:2: latitude is not a number: \"north\"",
            ),
            (
                row(4, "-90.5"),
                "SY.txt:2: latitude -90.5 is out of range (±90)",
            ),
            (
                row(5, "200"),
                "SY.txt:2: longitude 200 is out of range (±180)",
            ),
            (
                row(5, "inf"),
                "SY.txt:2: longitude is not a number: \"inf\"",
            ),
            (row(1, " "), "SY.txt:2: empty name"),
            (
                format!("{good}\textra\n"),
                "SY.txt:1: expected 19 tab-separated GeoNames columns, found 20",
            ),
        ] {
            let e = g.add_geonames("SY.txt", &text).unwrap_err();
            assert_eq!(e.to_string(), message);
        }
        assert_eq!(g.len(), 0, "nothing of a bad file is added");
        g.add_geonames("SY.txt", good).unwrap();
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn the_embedded_geonames_extract_stays_behind_levant() {
        let g = Gazetteer::embedded();
        let levant = Gazetteer::embedded_levant();
        assert!(g.len() > levant.len() + 1_500, "{} places", g.len());
        // A place only GeoNames knows, in both scripts.
        assert!(g.lookup_latin("Baghdad").unwrap().id.starts_with("gn-"));
        assert!(g.lookup_arabic("بغداد").unwrap().id.starts_with("gn-"));
        // levant.csv wins: its places keep their rows, duplicates are dropped.
        for (spelling, id) in [
            ("Aleppo", "sy-aleppo"),
            ("Homs", "sy-homs"),
            ("Halab", "sy-aleppo"),
        ] {
            assert_eq!(g.lookup_latin(spelling).unwrap().id, id);
        }
        assert_eq!(g.lookup_arabic("حلب").unwrap().id, "sy-aleppo");
        assert!(!g
            .places()
            .iter()
            .any(|p| p.id.starts_with("gn-") && p.arabic == "حلب"));
        // Every spelling levant.csv resolves resolves the same with GeoNames loaded.
        for p in levant.places() {
            for s in p.spellings() {
                let before = levant.lookup_latin(s).map(|p| p.id.clone());
                let after = g.lookup_latin(s).map(|p| p.id.clone());
                assert_eq!(before, after, "{s}");
            }
        }
        // A spelling GeoNames lists is its place, not a curated key look-alike (al-Dana, al-Bara).
        assert_eq!(g.lookup_latin("Aden").unwrap().arabic, "عدن");
        assert_eq!(g.lookup_latin("Ubari").unwrap().arabic, "أوباري");
        // Extra rows are found as listed, never by key or folding.
        assert!(g.lookup_latin("Bagdhad").is_none());
        // Common words are no places, whatever the key says.
        for word in [
            "Troops",
            "Forty",
            "Said",
            "Hero",
            "Hit",
            "Sale",
            "Salt",
            "Residents",
        ] {
            assert!(g.lookup_latin(word).is_none(), "{word}");
        }
    }

    #[test]
    fn geonames_rows() {
        let line = "170794\tSalma\tSalma\tSal'ma,Selma,سلمى\t35.73\t36.07\tP\tPPL\tSY\t\t04\t\t\t\t0\t\t800\tAsia/Damascus\t2012-01-01\n";
        assert!(is_geonames("SY.txt", line));
        let mut g = Gazetteer::new();
        g.add_geonames("SY.txt", line).unwrap();
        let p = g.lookup_arabic("سلمى").unwrap();
        assert_eq!(p.id, "geonames:170794");
        assert_eq!(p.variants, vec!["Sal'ma", "Selma"]);
        assert_eq!(p.lat, Some(35.73));
        let e = g.add_geonames("SY.txt", "1\tx\n").unwrap_err().to_string();
        assert!(e.starts_with("SY.txt:1: expected 19"), "{e}");
    }
}
