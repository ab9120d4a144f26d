//! Reading gazetteer rows: the CSV format of `corpus/gazetteer/` and GeoNames dumps; every
//! error names the file and line.

use serde::Deserialize;

use super::Place;
use crate::error::{Error, Result};
use crate::text::is_arabic_char;

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

/// The kinds of place a gazetteer CSV row may be (`kind`, case aside; empty when not known): the
/// settlements, which win over a governorate or region of the same name, then the rest. A
/// GeoNames dump's kind is its own feature class and code (`P.PPL`).
pub const KINDS: &[&str] = &[
    "city",
    "town",
    "village",
    "neighbourhood",
    "camp",
    "ruin",
    "airbase",
    "crossing",
    "dam",
    "lake",
    "mountain",
    "river",
    "district",
    "region",
    "governorate",
    "country",
];

/// Columns of a GeoNames dump row (`geonameid` … `modification date`).
const GEONAMES_COLUMNS: usize = 19;

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

/// A letter of the Latin-1 Supplement, Latin Extended or Latin Extended Additional blocks
/// (GeoNames' Ḩūlā, a CSV's Dāʿil): Latin, though not ASCII.
fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

/// The places of a gazetteer CSV (header [`CSV_HEADER`]); errors name the file and line.
pub(super) fn parse_csv(path: &str, text: &str) -> Result<Vec<Place>> {
    crate::text::read::check_quotes(path, text, b',')?;
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
    let mut lines_of_ids: std::collections::HashMap<String, usize> = Default::default();
    let mut lines = crate::text::read::CsvLines::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, &mut lines, &e))?;
        let line = lines.line(record.position());
        let row: CsvRow = record
            .deserialize(Some(&headers))
            .map_err(|e| Error::input_at(path, line, e.to_string()))?;
        let place = place_from_row(row).map_err(|msg| Error::input_at(path, line, msg))?;
        // An id names one place: a second row with it would be looked up as the first.
        if let Some(&earlier) = lines_of_ids.get(place.id.as_str()) {
            let message = format!("duplicate id {}, already line {earlier}'s", place.id);
            return Err(Error::input_at(path, line, message));
        }
        lines_of_ids.insert(place.id.clone(), line);
        places.push(place);
    }
    Ok(places)
}

/// The places of a GeoNames dump; errors name the file and line.
pub(super) fn parse_geonames(path: &str, text: &str) -> Result<Vec<Place>> {
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

fn csv_error(path: &str, lines: &mut crate::text::read::CsvLines, e: &csv::Error) -> Error {
    let line = lines.line(e.position());
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
    // A kind ranks a place among its namesakes (`Gazetteer::most_specific`): a misspelt one
    // would rank a village as something else, silently.
    let kind = row.kind.trim().to_lowercase();
    if !kind.is_empty() && !KINDS.contains(&kind.as_str()) {
        return Err(format!(
            "unknown kind {:?} (one of {}, or empty)",
            row.kind.trim(),
            KINDS.join(", ")
        ));
    }
    // A swapped column (the Latin name under `arabic`) would be shown as the place's Arabic
    // name and tie nothing of the sources: refused like a bad kind.
    let arabic = row.arabic.trim();
    let latin = |c: char| c.is_ascii_alphabetic() || is_latin(c);
    if !arabic.is_empty() && (arabic.chars().any(latin) || !arabic.chars().any(is_arabic_char)) {
        return Err(format!("arabic is not in Arabic script: {arabic:?}"));
    }
    Ok(Place {
        lat: coordinate("lat", &row.lat, 90.0)?,
        lon: coordinate("lon", &row.lon, 180.0)?,
        id: row.id.trim().to_string(),
        arabic: row.arabic.trim().to_string(),
        preferred: row.preferred.trim().to_string(),
        variants: split_variants(&row.variants),
        kind,
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

/// A GeoNames dump is a `.txt` file whose first line is tab-separated (the gazetteer CSV has a
/// comma-separated header): one with too few columns is then told so, not that the CSV header
/// is missing.
pub(super) fn is_geonames(path: &str, text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    path.to_ascii_lowercase().ends_with(".txt") && first.contains('\t')
}
