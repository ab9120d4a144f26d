//! `isnad lexicon`: learn a lexicon from parallel text; look words up in lexicons.

const USAGE: &str = "\
Lexicons map Arabic stems to English stems with a weight. `learn` trains IBM Model 1 in both
directions on parallel text and keeps stem pairs that are good in both (geometric mean of the two
probabilities); `show` looks a word up in the embedded lexicon and any --lexicon files.

Examples:
  isnad lexicon learn memory.tmx --output learned.tsv
  isnad lexicon show قصف
  isnad lexicon show shelling --lexicon learned.tsv";

const LEARN_USAGE: &str = "\
PARALLEL is a TMX file (`*.tmx`; the first ar* and en* variant of each unit) or two line-aligned
text files written `AR.txt:EN.txt` (Arabic first; line n translates line n).

The learned file starts with `# isnad lexicon: stems` and holds
`arabic_stem<TAB>english_stem<TAB>probability`, sorted by Arabic stem, then probability
(descending), then English stem; pass it back with --lexicon.

Examples:
  isnad lexicon learn memory.tmx --output learned.tsv
  isnad lexicon learn news.ar.txt:news.en.txt --top 5 -o learned.tsv";

const SHOW_USAGE: &str = "\
Each word is looked up by its stem, Arabic or English (decided by its script), in the embedded
lexicon and every --lexicon file (a learned TSV, a dictd index), with the weight of each pair.

Examples:
  isnad lexicon show قصف
  isnad lexicon show shelling besieged --lexicon learned.tsv
  isnad lexicon show قصف \\
      --lexicon /usr/share/dictd/freedict-ara-eng.index";

use std::path::Path;

use super::args::{stdin_at_most_once, LexiconArgs, RecordFormatArg};
use clap::{Parser, Subcommand};
use isnad::lexicon::learn::{self, LearnOptions};
use isnad::lexicon::parallel::read_parallel;
use isnad::lexicon::Lexicon;
use isnad::text::{detect_lang, Lang};
use isnad::tuning::TUNING;
use isnad::Error;
use isnad_cli::report::rows::LexiconRow;

#[derive(Parser)]
#[command(about = "Learn a lexicon from parallel text; look words up", after_help = USAGE)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Subcommand)]
enum Action {
    /// Learn stem translations from parallel text (IBM Model 1, both directions).
    #[command(after_help = LEARN_USAGE)]
    Learn(LearnArgs),
    /// Show the translations of words in the embedded (and given) lexicons.
    #[command(after_help = SHOW_USAGE)]
    Show(ShowArgs),
}

#[derive(Parser)]
struct LearnArgs {
    /// Parallel sources: `FILE.tmx` or `AR.txt:EN.txt`.
    #[arg(required = true, value_name = "PARALLEL")]
    parallel: Vec<String>,
    /// Where to write the learned lexicon (atomically).
    #[arg(long, short)]
    output: String,
    /// EM iterations per direction.
    #[arg(long, default_value_t = TUNING.learn.iterations)]
    iterations: usize,
    /// Minimum score (geometric mean of both directions) to keep a pair, in [0, 1].
    #[arg(long, default_value_t = TUNING.learn.min_prob)]
    min_prob: f32,
    /// Most translations kept per Arabic stem.
    #[arg(long, default_value_t = TUNING.learn.top_k)]
    top: usize,
    /// Minimum number of sentence pairs in which both stems occur.
    #[arg(long, default_value_t = TUNING.learn.min_count)]
    min_count: u32,
}

#[derive(Parser)]
struct ShowArgs {
    /// Words to look up, Arabic or English (decided per word by its script).
    #[arg(required = true)]
    words: Vec<String>,
    #[command(flatten)]
    lexicon: LexiconArgs,
    /// Leave the embedded lexicon out.
    #[arg(long)]
    no_embedded: bool,
    #[command(flatten)]
    format: RecordFormatArg,
}

pub fn run(args: Args) -> isnad::Result<i32> {
    match args.action {
        Action::Learn(args) => run_learn(args),
        Action::Show(args) => run_show(args),
    }
}

fn run_learn(args: LearnArgs) -> isnad::Result<i32> {
    if args.iterations == 0 || args.top == 0 {
        return Err(Error::Usage(
            "--iterations and --top must be at least 1".into(),
        ));
    }
    if !(0.0..=1.0).contains(&args.min_prob) {
        return Err(Error::Usage("--min-prob must be between 0 and 1".into()));
    }
    // `AR.txt:EN.txt` reads two files, either of which may be `-`.
    stdin_at_most_once(
        args.parallel
            .iter()
            .flat_map(|spec| match isnad::lexicon::parallel::split_pair(spec) {
                Some((ar, en)) => vec![ar, en],
                None => vec![spec.as_str()],
            })
            .map(|path| ("PARALLEL", path)),
    )?;
    // Read everything first: a bad input must not leave an output behind.
    let mut pairs = Vec::new();
    for spec in &args.parallel {
        pairs.extend(read_parallel(spec)?);
    }
    if pairs.is_empty() {
        return Err(Error::input(
            args.parallel.join(" "),
            "no Arabic–English sentence pairs found",
        ));
    }
    let options = LearnOptions {
        iterations: args.iterations,
        min_prob: args.min_prob,
        top_k: args.top,
        min_count: args.min_count,
    };
    isnad_cli::memory::note_pairs_left_out("", &pairs);
    let learned = learn::learn(&pairs, &options);
    let inputs: Vec<&str> = args
        .parallel
        .iter()
        .flat_map(|spec| spec.split(':'))
        .collect();
    isnad_cli::output::write_output(
        Some(&args.output),
        learn::to_tsv(&learned).as_bytes(),
        &inputs,
    )?;
    isnad_cli::notice::notice(format_args!(
        "learned {} stem pairs from {} sentence pairs into {}",
        learned.len(),
        pairs.len(),
        args.output
    ));
    Ok(0)
}

fn run_show(args: ShowArgs) -> isnad::Result<i32> {
    // Each lexicon apart, so that a row can say where it comes from; the lookup is the
    // scorer's (normalization, stemming, clitic back-off, phrases).
    stdin_at_most_once(
        args.lexicon
            .lexicon
            .iter()
            .map(|p| ("--lexicon", p.as_str())),
    )?;
    let mut lexicons: Vec<(Lexicon, Option<String>)> = Vec::new();
    if !args.no_embedded {
        lexicons.push((Lexicon::embedded().clone(), None));
    }
    for path in &args.lexicon.lexicon {
        lexicons.push((Lexicon::load(Path::new(path))?, Some(path.clone())));
    }
    let mut rows = Vec::new();
    for word in &args.words {
        let lang = detect_lang(word);
        let other = match lang {
            Lang::Ar => Lang::En,
            Lang::En => Lang::Ar,
        };
        let mut found: Vec<LexiconRow> = Vec::new();
        for (lexicon, path) in &lexicons {
            let Some((id, key)) = lexicon.lookup(word, lang) else {
                continue;
            };
            for &(other_id, weight) in lexicon.translations_of(lang, id) {
                let (ar, en) = match lang {
                    Lang::Ar => (id, other_id),
                    Lang::En => (other_id, id),
                };
                let translation = lexicon.stem(other, other_id);
                let source = match path {
                    Some(p) => p.clone(),
                    None => lexicon.origin(ar, en).unwrap_or("embedded").to_string(),
                };
                found.push(LexiconRow {
                    word: word.clone(),
                    lang,
                    stem: key.clone(),
                    translation: translation.to_string(),
                    weight,
                    table: if lexicon.is_phrase(other, other_id) || lexicon.is_phrase(lang, id) {
                        "phrase"
                    } else {
                        "word"
                    },
                    source,
                });
            }
        }
        found.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.translation.cmp(&b.translation))
                .then_with(|| a.source.cmp(&b.source))
        });
        rows.extend(found);
    }
    let bytes = args.format.render(&rows)?;
    isnad_cli::output::write_output(None, &bytes, &[])?;
    Ok(0)
}
