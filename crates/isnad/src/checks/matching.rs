//! Matching a report's quotes against its sources: the step `check` and a memory's self-test
//! (`checks::memory_floor`) share.

use crate::align::length::LengthModel;
use crate::align::quotes::{
    match_quotes, prepare_quotes, run_length_model, MatchOptions, QuoteMatch, SourceIndex,
};
use crate::align::Scorer;
use crate::quotes::Quote;
use crate::text::Document;

/// The quotes of `report` matched against `docs`, each credited to the sources `credits` lists
/// (none: uncredited): the index, the matches and the length model they were scored with. A run
/// whose confident matches say the table's length ratio is wrong for it (a wordy rendering) is
/// matched again with its own (`align::quotes::length`).
pub(super) fn match_report<'d>(
    scorer: &Scorer,
    docs: &[&'d Document],
    quotes: &[Quote],
    credits: &[Vec<usize>],
    report: &Document,
    options: &MatchOptions,
) -> (SourceIndex<'d>, Vec<QuoteMatch>, LengthModel) {
    let index = SourceIndex::new(scorer, docs);
    let mut prepared = prepare_quotes(scorer, quotes, report);
    for (p, credited) in prepared.iter_mut().zip(credits) {
        if !credited.is_empty() {
            p.credit(credited.clone());
        }
    }
    let matches = match_quotes(&prepared, &index, scorer, options);
    let model = run_length_model(&prepared, &matches, &index, &scorer.params, options);
    let (matches, length) = match model {
        Some(model) => {
            let own = Scorer {
                params: model.apply(&scorer.params),
                ..scorer.clone()
            };
            (match_quotes(&prepared, &index, &own, options), model)
        }
        None => (matches, LengthModel::fixed(&scorer.params)),
    };
    (index, matches, length)
}
