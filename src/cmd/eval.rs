//! `isnad eval`: measure isnad's output against gold data.

const USAGE: &str = "\
`align` scores predicted sentence alignments against gold ones, both in the ladder format of
`isnad align --format ladder` and vecalign (`[3]:[3,4]:0.71`; the score and spaces are optional).
Give --gold and --pred once per document, in the same order; the counts are added up over all
documents. Rows: `all`, then one per bead type. Measures as in vecalign's score.py: strict =
exact bead match, lax = the bead shares an aligned Arabic–English sentence pair with a gold bead;
precision counts deletions (1-0, 0-1), overall recall leaves them out, per-type recall of 1-0 and
0-1 counts deletions found exactly. Details: docs/align.md.

Examples:
  isnad eval align --gold doc.gold --pred doc.ladder
  isnad eval align --gold a.gold --gold b.gold \\
      --pred a.ladder --pred b.ladder --format csv";

use super::args::{stdin_at_most_once, OutputArg, RecordFormatArg};
use clap::{Parser, Subcommand};
use isnad::align::beads::{parse_ladder, Bead};
use isnad::align::eval::Evaluation;
use isnad::text::read_source;
use isnad::{Error, Result};
use isnad_cli::report::rows::EvalRow;

#[derive(Parser)]
#[command(about = "Score isnad's output against gold data", after_help = USAGE)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Subcommand)]
enum What {
    /// Strict and lax bead precision, recall and F1 of sentence alignments.
    #[command(after_help = USAGE)]
    Align(AlignArgs),
}

#[derive(Parser)]
struct AlignArgs {
    /// Gold alignment (ladder format); repeat for several documents.
    #[arg(long, required = true, value_name = "G")]
    gold: Vec<String>,
    /// Predicted alignment (ladder format), one per --gold, same order.
    #[arg(long, required = true, value_name = "P")]
    pred: Vec<String>,
    #[command(flatten)]
    format: RecordFormatArg,
    #[command(flatten)]
    output: OutputArg,
}

pub fn run(args: Args) -> Result<i32> {
    match args.what {
        What::Align(args) => run_align(args),
    }
}

fn run_align(args: AlignArgs) -> Result<i32> {
    if args.gold.len() != args.pred.len() {
        return Err(Error::Usage(format!(
            "{} --gold files but {} --pred files; give one prediction per gold file",
            args.gold.len(),
            args.pred.len()
        )));
    }
    stdin_at_most_once(
        args.gold
            .iter()
            .map(|p| ("--gold", p.as_str()))
            .chain(args.pred.iter().map(|p| ("--pred", p.as_str()))),
    )?;
    let mut evaluation = Evaluation::default();
    for (gold, pred) in args.gold.iter().zip(&args.pred) {
        let (gold_beads, pred_beads) = (read_ladder(gold)?, read_ladder(pred)?);
        // Scoring a prediction against the gold of another document gives numbers that mean
        // nothing: the two must end at the same sentences.
        let extent = |beads: &[Bead]| {
            beads
                .iter()
                .fold((0, 0), |(a, e), b| (a.max(b.ar.end), e.max(b.en.end)))
        };
        let (g, p) = (extent(&gold_beads), extent(&pred_beads));
        if g != p {
            return Err(Error::input(
                pred,
                format!(
                    "covers {} Arabic and {} English sentences, but the gold {gold} covers {} and {}: not the same document pair",
                    p.0, p.1, g.0, g.1
                ),
            ));
        }
        evaluation.add(&gold_beads, &pred_beads);
    }
    let mut rows = vec![EvalRow::new("all", &evaluation.overall)];
    rows.extend(evaluation.by_type.iter().map(|(t, c)| EvalRow::new(t, c)));
    let bytes = args.format.render(&rows)?;
    args.output.write(&bytes, &[])?;
    Ok(0)
}

fn read_ladder(path: &str) -> Result<Vec<Bead>> {
    let source = read_source(path)?;
    let beads = parse_ladder(&source.text, &source.path)?;
    if beads.is_empty() {
        return Err(Error::input(
            path,
            "no bead in the file (expected lines like [0]:[0] or [1,2]:[1])",
        ));
    }
    Ok(beads)
}
