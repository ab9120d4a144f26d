//! Learning from the run itself (`isnad check --learn run`), as the aligner's second pass does
//! ([`crate::align::two_pass`]): the quotes the first pass vouches for — `matched`, with a
//! confidence at or above `matching.min_confidence` — are sentence pairs (the quote and the
//! Arabic it was traced to) that train IBM Model 1 on stems; every quote is then checked again
//! with the lexicon plus the learned pairs, weighed as translations (each relative to its
//! Arabic stem's best, `lexicon::learn::as_translations`), as the aligner does. A batch of
//! reports learns once from the confident quotes of all of them (`examples/eval_check.rs
//! --learn-batch`).

use super::{run, CheckInput, CheckReport};
use crate::align::quotes::{MatchOptions, Status};
use rayon::prelude::*;

use crate::lexicon::learn::{
    as_translations, in_canonical_order, learn, to_lexicon, LearnOptions, LearnedPair,
};
use crate::lexicon::parallel::SentencePair;
use crate::lexicon::Lexicon;

/// The quotes of `report` the run vouches for, as (Arabic, English) pairs.
pub fn confident_pairs(report: &CheckReport, options: &MatchOptions) -> Vec<SentencePair> {
    report
        .quotes
        .iter()
        .filter(|q| q.status == Status::Matched && q.confidence >= options.min_confidence)
        .filter(|q| !q.arabic.is_empty())
        .map(|q| SentencePair {
            arabic: q.arabic.clone(),
            english: q.quote.clone(),
        })
        .collect()
}

/// The confident quotes of every report of a batch (`first[i]` checked from `inputs[i]`), in
/// [`in_canonical_order`]: what the batch learns does not depend on the order of its reports
/// (the rows of the manifest).
fn batch_pairs(first: &[CheckReport], inputs: &[CheckInput]) -> Vec<SentencePair> {
    in_canonical_order(
        first
            .iter()
            .zip(inputs)
            .flat_map(|(report, input)| confident_pairs(report, &input.options))
            .collect(),
    )
}

/// Checks twice: the second time with what the first one's confident quotes taught. Returns
/// the second report and the learned pairs (none learned: the first report as it is).
pub fn run_learning(input: &CheckInput) -> (CheckReport, Vec<LearnedPair>) {
    let (mut reports, learned) = run_learning_batch(std::slice::from_ref(input));
    (reports.pop().expect("one report per input"), learned)
}

/// [`run_learning`] over a batch: every input checked, one lexicon of stem pairs learned from the
/// confident quotes of all of them, and each input checked again with its own lexicon plus those
/// pairs (`isnad check --batch --learn batch`). Inputs that share a lexicon (most reports use
/// the run's) share one extended copy. Returns the reports in input order and the learned pairs
/// (none learned: the first reports as they are).
pub fn run_learning_batch(inputs: &[CheckInput]) -> (Vec<CheckReport>, Vec<LearnedPair>) {
    let first: Vec<CheckReport> = inputs.par_iter().map(run).collect();
    let pairs = batch_pairs(&first, inputs);
    let learned = as_translations(learn(&pairs, &LearnOptions::default()));
    if learned.is_empty() {
        return (first, learned);
    }
    let table = to_lexicon(&learned);
    let mut extended: Vec<(&Lexicon, Lexicon)> = Vec::new();
    for input in inputs {
        if !extended
            .iter()
            .any(|(base, _)| std::ptr::eq(*base, input.lexicon))
        {
            let mut lexicon = input.lexicon.clone();
            lexicon.merge(&table);
            extended.push((input.lexicon, lexicon));
        }
    }
    let second = inputs
        .par_iter()
        .map(|input| {
            let (_, lexicon) = extended
                .iter()
                .find(|(base, _)| std::ptr::eq(*base, input.lexicon))
                .expect("every input's lexicon was extended");
            run(&CheckInput {
                lexicon,
                ..input.clone()
            })
        })
        .collect();
    (second, learned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::names::gazetteer::Gazetteer;
    use crate::names::house_style::HouseStyle;
    use crate::quotes::Outlet;
    use crate::text::{Document, Lang};

    const ARABIC: &str = "قصفت الطائرات الروسية قرية سلمى صباح اليوم بعشرات الغارات.\n\n\
        وأعلن المرصد مقتل تسعة مقاتلين في الاشتباكات.\n\n\
        وسيطرت وحدات الجيش على ثلاث تلال تشرف على الطريق بين دورين وسلمى.\n";
    const ENGLISH: &str = "The channel said \"Russian warplanes bombed the village of Salma this \
        morning with dozens of raids\".\n\nIt added that \"army units took control of three hills \
        overlooking the road between Dorin and Salma\".\n\nA witness said \"nobody knows what \
        happens next\".\n";

    #[test]
    fn the_quotes_a_run_vouches_for_are_what_it_learns_from() {
        let source = Document::from_text("s.ar.txt", ARABIC, Some(Lang::Ar));
        let report = Document::from_text("r.txt", ENGLISH, Some(Lang::En));
        let outlet = Outlet::new("Al-Sahel TV", vec!["the channel".into()]);
        let gazetteer = Gazetteer::embedded_levant();
        let house_style = HouseStyle::new();
        let input = CheckInput {
            report: &report,
            sources: vec![(&source, &outlet)],
            lexicon: Lexicon::embedded(),
            gazetteer: &gazetteer,
            house_style: &house_style,
            options: MatchOptions::default(),
        };
        let first = run(&input);
        let pairs = confident_pairs(&first, &input.options);
        // The two translated quotes, not the one with no source.
        assert_eq!(pairs.len(), 2, "{:?}", first.quotes);
        assert!(pairs.iter().all(|p| p.arabic.contains("سلمى")));
        assert!(pairs.iter().all(|p| !p.english.contains("nobody")));
        // The second run keeps what the first traced.
        let (second, learned) = run_learning(&input);
        let statuses = |r: &CheckReport| r.quotes.iter().map(|q| q.status).collect::<Vec<_>>();
        assert_eq!(statuses(&second), statuses(&first));
        // A batch of the same report twice learns from both copies and checks each again with
        // one extended lexicon: the two reports are the same.
        let (batch, batch_learned) = run_learning_batch(&[input.clone(), input]);
        assert!(!learned.is_empty() && !batch_learned.is_empty());
        assert_eq!(batch.len(), 2);
        assert_eq!(batch[0], batch[1]);
        assert_eq!(statuses(&batch[0]), statuses(&first));
    }

    #[test]
    fn what_a_batch_learns_does_not_depend_on_the_order_of_its_reports() {
        let source = Document::from_text("s.ar.txt", ARABIC, Some(Lang::Ar));
        // Three reports that vouch for different quotes of the source.
        let texts = [
            ENGLISH.to_string(),
            "The channel said \"army units took control of three hills overlooking the road \
             between Dorin and Salma\".\n"
                .to_string(),
            "The observatory announced \"the killing of nine fighters in the clashes\".\n\n\
             The channel said \"Russian warplanes bombed the village of Salma this morning\".\n"
                .to_string(),
        ];
        let reports: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(&format!("r{i}.txt"), t, Some(Lang::En)))
            .collect();
        let outlets = [
            Outlet::new("Al-Sahel TV", vec!["the channel".into()]),
            Outlet::new("the observatory", vec![]),
        ];
        let gazetteer = Gazetteer::embedded_levant();
        let house_style = HouseStyle::new();
        let inputs: Vec<CheckInput> = reports
            .iter()
            .map(|report| CheckInput {
                report,
                sources: vec![(&source, &outlets[0]), (&source, &outlets[1])],
                lexicon: Lexicon::embedded(),
                gazetteer: &gazetteer,
                house_style: &house_style,
                options: MatchOptions::default(),
            })
            .collect();
        let reversed: Vec<CheckInput> = inputs.iter().rev().cloned().collect();
        let first: Vec<CheckReport> = inputs.iter().map(run).collect();
        let first_reversed: Vec<CheckReport> = reversed.iter().map(run).collect();
        let pairs = batch_pairs(&first, &inputs);
        assert!(pairs.len() >= 4, "{pairs:?}");
        assert_eq!(pairs, batch_pairs(&first_reversed, &reversed));
        // The same table learned, and every report checked again the same, to the bit.
        let (reports, learned) = run_learning_batch(&inputs);
        let (mut reports_reversed, learned_reversed) = run_learning_batch(&reversed);
        assert!(!learned.is_empty());
        assert_eq!(learned, learned_reversed);
        reports_reversed.reverse();
        assert_eq!(reports, reports_reversed);
    }
}
