//! A place-name spelling as a row of `isnad names` (the columns of docs/names.md).

use isnad::names::table::SpellingRow;

use crate::report::Record;

impl Record for SpellingRow {
    fn headers() -> &'static [&'static str] {
        &[
            "cluster",
            "suggested",
            "variant",
            "count",
            "locations",
            "arabic",
            "gazetteer_id",
            "reason",
        ]
    }
    fn fields(&self) -> Vec<String> {
        vec![
            self.cluster.clone(),
            self.suggested.clone(),
            self.variant.clone(),
            self.count.to_string(),
            self.locations.join(";"),
            self.arabic.clone().unwrap_or_default(),
            self.gazetteer_id.clone().unwrap_or_default(),
            self.reason.clone(),
        ]
    }
}
