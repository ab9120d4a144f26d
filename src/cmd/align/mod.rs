//! `isnad align`: sentence alignment of an Arabic document and its English translation, one
//! pair or a batch of them.

const USAGE: &str = "\
Aligns an Arabic document (AR) with its English translation (EN) sentence by sentence: every
segment of both sides ends up in exactly one bead (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, or 1-0/0-1 for
a sentence with no counterpart), in order. isnad segments both texts itself; with --lines every
line is one segment (an empty line too) and indices are 0-based line numbers.

Formats: pairs (readable), ladder (vecalign: `[3]:[3,4]:0.71`, Arabic first), csv (columns
ar_index,en_index,ar_text,en_text,score,bead; indices of one bead joined by `;`), jsonl (one
bead per line), tmx (TMX 1.4b for CAT tools; --min-score drops weaker units; --source-lang and
--target-lang set its language codes, default ar and en), html (a review
page; --min-score is the level below which beads are marked, 0.3 when not given).

Batch: --batch MANIFEST reads rows `ar_path<TAB>en_path[<TAB>id]` (`-` = standard input),
aligns the pairs in parallel and writes D/ID.EXT per pair plus D/summary.tsv with --out-dir D,
or streams jsonl rows tagged with `id` to standard output in manifest order. A pair that fails
is reported on standard error and skipped; the exit code is then 1. Details: docs/align.md.

--lexicon FILE (repeatable) adds a lexicon to the embedded one, e.g. one learned from your
translation memory with `isnad lexicon learn`.

--learn pair aligns each pair twice, the second time with stem pairs learned (IBM Model 1) from
the confident 1-1 beads of the first; --learn batch learns once from the confident beads of every
pair of the batch and aligns each pair again with it (for one pair, the same as pair). A learned
pair weighs its probability relative to its Arabic stem's best translation (the best weighs 1, as
a dictionary entry). Default none: --learn batch lifts a batch in a vocabulary the lexicon does
not know (strict F1 0.81 -> 0.90 and 0.78 -> 0.96 on the vocabulary-blind sets) and changes the
others by -0.001 to +0.004, at 2-4 times the time (docs/align.md). --save-lexicon F.tsv writes
what was learned, with those weights, to pass back with --lexicon.

Examples:
  isnad align story.ar.txt story.en.txt
  isnad align --lines --format ladder doc.ar doc.en > doc.ladder
  isnad align story.ar.md story.en.md --format tmx --min-score 0.3
  isnad align --batch pairs.tsv --out-dir aligned --format tmx
  isnad align story.ar.txt story.en.txt --lexicon learned.tsv
  isnad align --batch pairs.tsv --out-dir aligned --learn batch \\
      --save-lexicon learned.tsv
  cut -f1,2 pairs.tsv | isnad align --batch - --format jsonl";

mod batch;

use crate::cmd::args::{stdin_at_most_once, LexiconArgs, OutputArg};
use clap::{Parser, ValueEnum};
use isnad::align::DocumentAligner;
use isnad::lexicon::learn::with_learned_translations;
use isnad::lexicon::learn::{to_tsv, LearnOptions};
use isnad::lexicon::Lexicon;
use isnad::text::read_source;
use isnad::{Error, Result};
use isnad_cli::output::{check_outputs, Planned};
use isnad_cli::report::align::{render, AlignFormat, RenderOptions};
use isnad_cli::report::check_excel;
use isnad_cli::report::tmx::{TmxLanguages, LAST_CREATION_SECOND};
use std::ffi::OsStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Parser)]
#[command(about = "Align an Arabic document and its English translation sentence by sentence", after_help = USAGE)]
pub struct Args {
    /// The Arabic document.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    ar: Option<String>,
    /// The English document.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    en: Option<String>,
    /// One segment per line (an empty line included) instead of isnad's sentences.
    #[arg(long)]
    lines: bool,
    #[arg(long, value_enum, default_value = "pairs")]
    format: AlignFormat,
    #[command(flatten)]
    output: OutputArg,
    /// CSV for Excel: start with a UTF-8 byte order mark (with --format csv only).
    #[arg(long)]
    excel: bool,
    /// TMX: the language code of the Arabic side (e.g. ar-SY; default ar).
    #[arg(long, value_name = "CODE")]
    source_lang: Option<String>,
    /// TMX: the language code of the English side (e.g. en-GB; default en).
    #[arg(long, value_name = "CODE")]
    target_lang: Option<String>,
    /// TMX: leave beads scoring below this out; HTML: mark beads below this for review.
    #[arg(long, value_name = "X")]
    min_score: Option<f64>,
    /// Align every pair of this manifest (`ar_path<TAB>en_path[<TAB>id]`; `-` = stdin).
    #[arg(long, value_name = "MANIFEST", conflicts_with = "output")]
    batch: Option<String>,
    /// Batch mode: write one file per pair and summary.tsv here.
    #[arg(long, value_name = "D", requires = "batch")]
    out_dir: Option<String>,
    #[command(flatten)]
    lexicon: LexiconArgs,
    /// Learn a lexicon from the documents themselves and align again: from each pair, or
    /// once from the whole batch.
    #[arg(long, value_enum, default_value = "none")]
    learn: Learn,
    /// Write the learned stem pairs to this file (pass it back with --lexicon).
    #[arg(long, value_name = "F.tsv")]
    save_lexicon: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Learn {
    None,
    Pair,
    Batch,
}

pub fn run(args: Args) -> Result<i32> {
    check_excel(args.excel, args.format == AlignFormat::Csv).map_err(Error::Usage)?;
    if args.out_dir.is_some() && args.batch.is_none() {
        // clap's `requires` lets it through when the two positional files are given.
        return Err(Error::Usage(
            "--out-dir is where --batch writes its files: use it with --batch MANIFEST, or --output F for one pair"
                .into(),
        ));
    }
    let langs = [&args.source_lang, &args.target_lang];
    if args.format != AlignFormat::Tmx && langs.iter().any(|l| l.is_some()) {
        return Err(Error::Usage(
            "--source-lang and --target-lang are TMX's language codes: use them with --format tmx"
                .into(),
        ));
    }
    // A code goes into an attribute and is read by CAT tools: a BCP 47 tag.
    if let Some(bad) = langs
        .iter()
        .copied()
        .flatten()
        .find(|code| !is_language_tag(code))
    {
        return Err(Error::Usage(format!(
            "{bad:?} is not a language code (a BCP 47 tag: 2-3 letters, then subtags of 1-8 \
             letters or digits after hyphens, e.g. ar-SY)"
        )));
    }
    // The sides are fixed: the first file is Arabic, the second English.
    for (flag, code, side, other) in [
        ("--source-lang", &args.source_lang, "Arabic", "en"),
        ("--target-lang", &args.target_lang, "English", "ar"),
    ] {
        if let Some(code) = code.as_deref().filter(|c| language_of(c) == Some(other)) {
            return Err(Error::Usage(format!(
                "{flag} {code} labels the {side} side as {}: --source-lang is the Arabic side's \
                 code, --target-lang the English side's",
                if other == "en" { "English" } else { "Arabic" }
            )));
        }
    }
    if let Some(min) = args.min_score {
        if !(0.0..=1.0).contains(&min) {
            return Err(Error::Usage("--min-score must be between 0 and 1".into()));
        }
        if !matches!(args.format, AlignFormat::Tmx | AlignFormat::Html) {
            return Err(Error::Usage(
                "--min-score applies to --format tmx (units left out) and html (beads marked)"
                    .into(),
            ));
        }
    }
    if args.format == AlignFormat::Tmx {
        source_date_epoch()?;
    }
    stdin_at_most_once(
        [("AR", &args.ar), ("EN", &args.en), ("--batch", &args.batch)]
            .into_iter()
            .filter_map(|(role, path)| Some((role, path.as_deref()?)))
            .chain(
                args.lexicon
                    .lexicon
                    .iter()
                    .map(|p| ("--lexicon", p.as_str())),
            ),
    )?;
    let lexicon: &'static Lexicon = match args.lexicon.load()? {
        std::borrow::Cow::Borrowed(embedded) => embedded,
        // One merged lexicon per process, alive until it exits.
        std::borrow::Cow::Owned(merged) => Box::leak(Box::new(merged)),
    };
    if args.save_lexicon.is_some() && args.learn == Learn::None {
        return Err(Error::Usage(
            "--save-lexicon writes what --learn pair|batch learned; add one".into(),
        ));
    }
    let learn_options = LearnOptions::default();
    let aligner = DocumentAligner::new(args.lines, lexicon);
    if let Some(manifest) = &args.batch {
        if args.learn == Learn::Pair && args.save_lexicon.is_some() {
            return Err(Error::Usage(
                "--save-lexicon saves one lexicon: with --batch, use --learn batch".into(),
            ));
        }
        let manifest_source = read_source(manifest)?;
        let batch = batch::Batch::plan(&manifest_source, &args)?;
        return match args.learn {
            Learn::None => batch.run(&aligner, &args),
            Learn::Pair => batch.run(&aligner.learning_from_each_pair(learn_options), &args),
            Learn::Batch => {
                let pairs = batch::confident_pairs_of_batch(&aligner, &batch);
                let (learned_lexicon, learned) =
                    with_learned_translations(lexicon, &pairs, &learn_options);
                let code = batch.run(&DocumentAligner::new(args.lines, &learned_lexicon), &args)?;
                // After the pairs' files: --out-dir, which may hold it, exists now.
                if let Some(path) = &args.save_lexicon {
                    save_learned(path, &to_tsv(&learned), &[manifest.as_str()])?;
                }
                Ok(code)
            }
        };
    }
    let (ar, en) = (
        args.ar.as_deref().expect("clap requires AR"),
        args.en.as_deref().expect("clap requires EN"),
    );
    // Both outputs checked before either is written: a run that fails writes nothing.
    let outputs: Vec<Planned> = [
        ("--output", &args.output.output),
        ("--save-lexicon", &args.save_lexicon),
    ]
    .into_iter()
    .filter_map(|(role, path)| Some(Planned::new(role, path.as_deref()?)))
    .collect();
    check_outputs(&outputs, None, &[ar, en])?;
    let aligner = match args.learn {
        Learn::None => aligner,
        Learn::Pair | Learn::Batch => aligner.learning_from_each_pair(learn_options),
    };
    let alignment = aligner.align_files(ar, en)?;
    let warning = pair_warning(&alignment);
    if let Some(warning) = &warning {
        isnad_cli::notice::notice(warning);
    }
    // Only the HTML page takes a title; jsonl rows of a single pair carry no id.
    let title = html_title(ar, en);
    let title = (args.format == AlignFormat::Html).then_some(title.as_str());
    let bytes = rendered(&alignment, &args, title, [ar, en], warning.as_deref());
    args.output.write(&bytes, &[ar, en])?;
    if let Some(path) = &args.save_lexicon {
        save_learned(path, &to_tsv(&alignment.learned), &[ar, en])?;
    }
    Ok(0)
}

/// The title of a pair's HTML page: its two files.
fn html_title(ar: &str, en: &str) -> String {
    format!("{en} ↔ {ar}")
}

/// The alignment in the chosen format, as the flags ask; `inputs` date a TMX, and `warning`
/// ([`pair_warning`]) heads the HTML page and the TMX header.
fn rendered(
    alignment: &isnad::align::Alignment,
    args: &Args,
    id: Option<&str>,
    inputs: [&str; 2],
    warning: Option<&str>,
) -> Vec<u8> {
    let created = (args.format == AlignFormat::Tmx)
        .then(|| creation_date(&inputs))
        .flatten();
    let options = RenderOptions {
        created: created.as_deref(),
        warning,
        min_score: args.min_score,
        languages: TmxLanguages {
            arabic: args.source_lang.as_deref().unwrap_or("ar"),
            english: args.target_lang.as_deref().unwrap_or("en"),
        },
        excel: args.excel,
    };
    render(alignment, args.format, options, id)
}

/// The TMX `creationdate` (`YYYYMMDDThhmmssZ`, UTC), chosen so that the same inputs give the
/// same bytes: `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else the
/// time the newer input file was last modified; none for standard input, nor for a
/// modification time the format cannot hold (before 1970, after 9999: see `creation_date`).
fn creation_date(inputs: &[&str]) -> Option<String> {
    // `run` refused a SOURCE_DATE_EPOCH that is set and not a date before aligning anything.
    let time = match source_date_epoch().ok()? {
        Some(time) => time,
        None => inputs
            .iter()
            .map(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok())
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .max()?,
    };
    isnad_cli::report::tmx::creation_date(time)
}

/// `SOURCE_DATE_EPOCH`, read once per call: see [`parse_source_date_epoch`].
fn source_date_epoch() -> Result<Option<SystemTime>> {
    parse_source_date_epoch(std::env::var_os("SOURCE_DATE_EPOCH").as_deref())
}

/// The time `SOURCE_DATE_EPOCH` (`value`) sets: `None` when it is unset or empty; a usage error
/// naming the variable when it is not whole seconds since 1970-01-01 UTC that a TMX date can
/// hold (0 to 253402300799, the end of year 9999). The reproducible-builds convention asks a
/// tool to fail on a malformed value rather than date its output some other way.
fn parse_source_date_epoch(value: Option<&OsStr>) -> Result<Option<SystemTime>> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let seconds = value
        .to_str()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&s| s <= LAST_CREATION_SECOND);
    match seconds {
        Some(seconds) => Ok(Some(UNIX_EPOCH + Duration::from_secs(seconds))),
        None => Err(Error::Usage(format!(
            "SOURCE_DATE_EPOCH={:?} cannot date the TMX: give whole seconds since 1970-01-01 UTC, \
             0 to {LAST_CREATION_SECOND} (the end of year 9999), or unset it",
            value.to_string_lossy()
        ))),
    }
}

/// Whether `code` is a BCP 47 language tag in form: a primary subtag of 2-3 letters, then
/// subtags of 1-8 letters or digits (`ar`, `ar-SY`, `zh-Hant-TW`, `ar-x-news`).
fn is_language_tag(code: &str) -> bool {
    let mut subtags = code.split('-');
    let primary_ok = subtags
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A tag's primary language subtag, lowercase.
fn primary(code: &str) -> String {
    code.split('-').next().unwrap_or("").to_ascii_lowercase()
}

/// Which of the two sides' languages a code names, by its primary subtag: ISO 639-1 (`en`,
/// `ar`), 639-2 (`eng`, `ara`) or one of the varieties of the Arabic macrolanguage in 639-3
/// (`arb` Standard Arabic, `apc` Levantine, `arz` Egyptian …).
fn language_of(code: &str) -> Option<&'static str> {
    const ARABIC_VARIETIES: &[&str] = &[
        "aao", "abh", "abv", "acm", "acq", "acw", "acx", "acy", "adf", "aeb", "aec", "afb", "ajp",
        "apc", "apd", "arb", "arq", "ars", "ary", "arz", "auz", "avl", "ayh", "ayl", "ayn", "ayp",
        "bbz", "pga", "shu", "ssh",
    ];
    match primary(code).as_str() {
        "en" | "eng" => Some("en"),
        "ar" | "ara" => Some("ar"),
        p if ARABIC_VARIETIES.contains(&p) => Some("ar"),
        _ => None,
    }
}

/// Writes a learned lexicon (atomically; never over an input).
fn save_learned(path: &str, tsv: &str, inputs: &[&str]) -> Result<()> {
    isnad_cli::output::write_output(Some(path), tsv.as_bytes(), inputs)
}

/// The warning about a whole pair, if any: it scores like unrelated text, or a third of its
/// English found no counterpart. Printed on standard error, and carried into the HTML page and
/// the TMX header.
fn pair_warning(alignment: &isnad::align::Alignment) -> Option<String> {
    let review = isnad::tuning::TUNING.review;
    if alignment.looks_unrelated() {
        return Some(unrelated_warning(alignment));
    }
    let share = alignment.unmatched_english_share(review.low_bead_score);
    (share > review.unmatched_english_share).then(|| {
        format!(
            "warning: {:.0}% of the English sentences have no Arabic counterpart scoring {} or \
             more: part of one document may not translate the other (another story, a missing \
             or added passage); check the low pairs",
            share * 100.0,
            review.low_bead_score
        )
    })
}

/// The warning for a pair whose beads score too low to be a translation (see
/// `Alignment::looks_unrelated`).
fn unrelated_warning(alignment: &isnad::align::Alignment) -> String {
    // With --learn pair the verdict is the first pass's: the second pass's lexicon was learned
    // from these very sentences, so its scores cannot say they translate each other.
    let (before, lengths) = if alignment.first_pass_mean.is_some() {
        (
            " before learning from the pair",
            "the lexicon learned from the pair itself (--learn pair) cannot vouch for it, and \
             the ladder may rest on sentence lengths alone",
        )
    } else {
        ("", "the ladder rests on sentence lengths alone")
    };
    let mean = alignment.evidence_mean();
    format!(
        "warning: mean bead score {mean:.2}{before} (below {}): the two documents share almost \
         no vocabulary the lexicon knows; they may not be a translation of each other, or their \
         domain is unknown to the lexicon (add one with --lexicon); {lengths}",
        isnad::tuning::TUNING.review.unrelated_mean_score
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_are_bcp47_tags() {
        for good in ["ar", "ar-SY", "en-GB", "zh-Hant-TW", "ar-x-news", "ara"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "---",
            "ar--",
            "x",
            "12",
            "arabic",
            "ar-123456789",
            "ar_SY",
            "a r",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert_eq!(primary("EN-gb"), "en");
        // Three-letter codes name the sides too: `--source-lang eng` is the English side.
        assert_eq!(language_of("eng"), Some("en"));
        assert_eq!(language_of("arb"), Some("ar"));
        assert_eq!(language_of("apc-SY"), Some("ar"));
        assert_eq!(language_of("ara"), Some("ar"));
        assert_eq!(language_of("fr"), None);
    }

    #[test]
    fn source_date_epoch_is_a_date_a_tmx_can_hold_or_a_usage_error() {
        let parse = |v: &str| parse_source_date_epoch(Some(OsStr::new(v)));
        assert!(matches!(parse_source_date_epoch(None), Ok(None)));
        assert!(matches!(parse(""), Ok(None)));
        let at = |s: u64| Some(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(parse("1765000000").unwrap(), at(1_765_000_000));
        assert_eq!(parse(" 0\n").unwrap(), at(0));
        assert_eq!(parse("253402300799").unwrap(), at(LAST_CREATION_SECOND));
        for bad in ["-5", "abc", "1.5", "253402300800", "99999999999999999999"] {
            match parse(bad) {
                Err(Error::Usage(message)) => {
                    assert!(message.starts_with("SOURCE_DATE_EPOCH="), "{message}");
                    assert!(message.contains(bad), "{message}");
                }
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
