//! Arabic normalization with a map back to original byte offsets. (Stub: filled in by the
//! foundation issue.)

/// Normalized text plus, for every byte of it, the byte offset in the original it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the original offset of normalized byte `i`; `map[text.len()]` is the
    /// original length, so spans `a..b` map to `map[a]..map[b]`.
    pub map: Vec<usize>,
}

/// Normalizes `text` and keeps the offset map.
pub fn normalize_with_map(text: &str) -> Normalized {
    let mut map: Vec<usize> = (0..text.len()).collect();
    map.push(text.len());
    Normalized {
        text: text.to_string(),
        map,
    }
}

/// Normalizes `text` (no offset map; the fast path for matching).
pub fn normalize(text: &str) -> String {
    text.to_string()
}
