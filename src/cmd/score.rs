//! `isnad score`: how well each English sentence is matched by the Arabic sentences, and why.

const USAGE: &str = "\
For every English sentence of EN_FILE, the Arabic sentence of AR_FILE that translates it best,
the runner-up, and the signals of the score: lexical coverage of each side (through the
lexicon, shared name keys, identical Latin words), numbers found on both sides, and the
Gale–Church length prior; the explanation column says which word pairs, numbers and names
matched. --explain adds the word-by-word lists (matches, numbers, unmatched words) to JSON.

The score is symmetric by default (whole sentences against whole sentences); --fragments scores
the English side as a possible fragment of the Arabic (quotes), as `isnad check` does.

Examples:
  isnad score corpus/samples/salma/sahel-tv.ar.txt \\
      corpus/samples/salma/report.en.md
  isnad score source.ar.txt translation.en.txt --explain --format json
  isnad score a.ar.txt b.en.txt --lexicon learned.tsv --format csv";

use super::args::{stdin_at_most_once, LexiconArgs, OutputArg, RecordFormatArg};
use clap::Parser;
use isnad::align::{Prepared, ScoreParams, Scorer};
use isnad::text::{Document, Lang};
use isnad_cli::report::rows::{explanation, ScoreRow};

#[derive(Parser)]
#[command(about = "Score English sentences against Arabic sentences, with the breakdown", after_help = USAGE)]
pub struct Args {
    /// The Arabic text.
    ar_file: String,
    /// The English text.
    en_file: String,
    #[command(flatten)]
    format: RecordFormatArg,
    /// JSON/JSONL: add the lists of matched pairs, numbers and unmatched words (the
    /// explanation column is always given).
    #[arg(long)]
    explain: bool,
    /// Treat English sentences as possible fragments of Arabic ones.
    #[arg(long)]
    fragments: bool,
    #[command(flatten)]
    lexicon: LexiconArgs,
    #[command(flatten)]
    output: OutputArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    use isnad_cli::report::RecordFormat;
    if args.explain && !matches!(args.format.format, RecordFormat::Json | RecordFormat::Jsonl) {
        return Err(isnad::Error::Usage(
            "--explain adds word-by-word lists to --format json or jsonl; the explanation column of the other formats is always filled"
                .into(),
        ));
    }
    stdin_at_most_once(
        [("AR", args.ar_file.as_str()), ("EN", args.en_file.as_str())]
            .into_iter()
            .chain(
                args.lexicon
                    .lexicon
                    .iter()
                    .map(|p| ("--lexicon", p.as_str())),
            ),
    )?;
    let ar_doc = Document::load(&args.ar_file, None)?;
    let en_doc = Document::load(&args.en_file, None)?;
    if ar_doc.lang == Lang::En && en_doc.lang == Lang::Ar {
        return Err(isnad::text::swapped_sides(
            &args.ar_file,
            &args.en_file,
            "isnad score",
        ));
    }
    en_doc.expect_lang(Lang::En)?;
    let ar_doc = ar_doc.into_arabic_beside(&en_doc)?;
    let lexicon = args.lexicon.load()?;
    let mut scorer = Scorer::new(&lexicon);
    if args.fragments {
        scorer.params = ScoreParams::for_fragments();
    }
    let prepare = |doc: &Document, lang| -> Vec<Prepared> {
        let texts: Vec<&str> = doc.units.iter().map(|u| u.text.as_str()).collect();
        scorer.prepare_side(&texts, lang).sentences
    };
    let ar = prepare(&ar_doc, Lang::Ar);
    let en = prepare(&en_doc, Lang::En);
    // The best two Arabic sentences of each English one, as scoring every pair would rank them
    // (highest score first, equal scores in document order), without scoring every pair.
    let best_two = scorer.best_two(&ar, &en);
    let rows: Vec<ScoreRow> = en
        .iter()
        .zip(best_two)
        .enumerate()
        .map(|(j, (e, [best, second]))| {
            let mut breakdown = match best {
                Some((i, _)) => {
                    scorer.explain(std::slice::from_ref(&ar[i]), std::slice::from_ref(e))
                }
                None => scorer.breakdown_of(&[], std::slice::from_ref(e)),
            };
            let explanation = explanation(&breakdown);
            if !args.explain {
                breakdown.matches.clear();
                breakdown.english_numbers.clear();
                breakdown.arabic_numbers.clear();
                breakdown.unmatched_en.clear();
                breakdown.unmatched_ar.clear();
            }
            let unit = &en_doc.units[j];
            ScoreRow {
                en_index: j,
                en_line: unit.line,
                en_text: unit.text.clone(),
                ar_index: best.map(|b| b.0),
                ar_line: best.map(|b| ar_doc.units[b.0].line),
                ar_text: best
                    .map(|b| ar_doc.units[b.0].text.clone())
                    .unwrap_or_default(),
                runner_up_index: second.map(|s| s.0),
                runner_up_score: second.map(|s| s.1),
                explanation,
                breakdown,
            }
        })
        .collect();
    let bytes = args.format.render(&rows)?;
    args.output.write(&bytes, &[])?;
    Ok(0)
}
