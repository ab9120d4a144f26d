//! `isnad align --batch`: many pairs aligned in parallel, results in manifest order whatever
//! order they finish in, so the output is the same from run to run.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::mpsc;

use indicatif::{ProgressBar, ProgressStyle};
use isnad::align::two_pass::confident_pairs;
use isnad::lexicon::learn::in_canonical_order;
use isnad::lexicon::parallel::SentencePair;
use isnad::text::read::Source;
use isnad::{Error, Result};
use isnad_cli::notice::terminal_safe;
use isnad_cli::output::{check_outputs, replace_file, write_output, Planned};
use isnad_cli::report::delimited::tsv_cell;
use rayon::prelude::*;

use super::Args;
use isnad::align::{Alignment, DocumentAligner};
use isnad_cli::report::align::AlignFormat;

use super::pair_warning;
use crate::cmd::earlier_run::{file_cell, EarlierRun, FILE_COLUMN};
use crate::cmd::manifest::{self, shown_id, RowError};

/// One row of the manifest.
struct Row {
    ar: String,
    en: String,
    /// The third column, or the row's line number: names the output file.
    id: String,
}

/// What became of one row.
struct Outcome {
    id: String,
    ar: String,
    en: String,
    result: std::result::Result<(Vec<u8>, Stats), String>,
    /// Whether the row owns `D/ID.EXT`: false for a row the manifest fails (malformed, or a
    /// duplicate id), whose id may be another row's.
    owns_file: bool,
}

struct Stats {
    ar_segments: usize,
    en_segments: usize,
    beads: usize,
    mean_score: f64,
    length_ratio: f64,
    /// The warning about the whole pair ([`pair_warning`]).
    warning: Option<String>,
}

/// A batch read and checked, before anything is aligned or written.
pub struct Batch {
    rows: Vec<RowResult>,
    out_dir: Option<String>,
    earlier: EarlierRun,
}

impl Batch {
    /// The rows of the manifest, and every output of the run checked before anything is
    /// written (exit 2, nothing written): no pair's file, the summary or `--save-lexicon` may
    /// be a file the batch reads (including pairs not aligned yet), another of them, or
    /// unwritable.
    pub fn plan(manifest: &Source, args: &Args) -> Result<Batch> {
        let out_dir = args.out_dir.clone();
        if out_dir.is_none() && args.format != AlignFormat::Jsonl {
            return Err(Error::Usage(
                "--batch writes one file per pair with --out-dir D, or streams --format jsonl to standard output".into(),
            ));
        }
        let rows = parse_manifest(manifest);
        for row in rows.iter().flatten() {
            isnad::text::ledger::note(Path::new(&row.ar));
            isnad::text::ledger::note(Path::new(&row.en));
        }
        let mut outputs: Vec<Planned> = args
            .save_lexicon
            .iter()
            .map(|path| Planned::new("--save-lexicon", path.as_str()))
            .collect();
        if let Some(dir) = &out_dir {
            let files = rows
                .iter()
                .flatten()
                .map(|row| output_path(dir, &row.id, args.format))
                .chain([Path::new(dir).join("summary.tsv")]);
            outputs.extend(files.map(|path| Planned::owned("--out-dir", path.to_string_lossy())));
        }
        check_outputs(&outputs, out_dir.as_deref(), &[&manifest.path])?;
        let earlier = EarlierRun::read(out_dir.as_deref());
        Ok(Batch {
            rows,
            out_dir,
            earlier,
        })
    }

    /// Aligns every pair, writes their files (or streams them) and the summary.
    pub fn run(&self, aligner: &DocumentAligner, args: &Args) -> Result<i32> {
        let (rows, out_dir) = (&self.rows, self.out_dir.as_deref());
        if let Some(dir) = out_dir {
            std::fs::create_dir_all(dir).map_err(|source| Error::Output {
                path: dir.to_string(),
                source,
            })?;
        }
        let progress = if std::io::stderr().is_terminal() && !isnad_cli::notice::is_quiet() {
            ProgressBar::new(rows.len() as u64).with_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} pairs, {elapsed} (eta {eta})")
                    .expect("a valid template"),
            )
        } else {
            ProgressBar::hidden()
        };
        let stream_id = out_dir.is_none();
        let (sender, receiver) = mpsc::channel();
        let mut summary = Vec::new();
        let mut failed = 0usize;
        std::thread::scope(|scope| {
            let rows = &rows;
            scope.spawn(move || {
                rows.par_iter()
                    .enumerate()
                    .for_each_with(sender, |sender, (k, row)| {
                        let outcome = align_row(aligner, row, args, stream_id);
                        // The receiver only stops early on an output error; nothing to do then.
                        let _ = sender.send((k, outcome));
                    });
            });
            let mut pending = BTreeMap::new();
            let mut next = 0;
            for (k, outcome) in receiver {
                progress.inc(1);
                pending.insert(k, outcome);
                while let Some(outcome) = pending.remove(&next) {
                    next += 1;
                    let (outcome, left) = emit(outcome, out_dir, args.format, &self.earlier);
                    let id = shown_id(&outcome.id);
                    match &outcome.result {
                        Err(message) => {
                            failed += 1;
                            progress
                                .suspend(|| eprintln!("isnad: {id}: {}", terminal_safe(message)));
                        }
                        Ok((
                            _,
                            Stats {
                                warning: Some(warning),
                                ..
                            },
                        )) => progress
                            .suspend(|| isnad_cli::notice::notice(format_args!("{id}: {warning}"))),
                        Ok(_) => {}
                    }
                    if let Some(left) = left {
                        progress.suspend(|| isnad_cli::notice::notice(left));
                    }
                    summary.push(outcome);
                }
            }
        });
        progress.finish_and_clear();
        if let Some(dir) = out_dir {
            let path = Path::new(dir).join("summary.tsv");
            replace_file(
                &path.to_string_lossy(),
                summary_tsv(&summary, dir, args.format).as_bytes(),
                &[],
            )?;
        }
        if failed > 0 {
            eprintln!("isnad: {failed} of {} pairs failed", summary.len());
            return Ok(1);
        }
        Ok(0)
    }
}

fn output_path(dir: &str, id: &str, format: AlignFormat) -> std::path::PathBuf {
    Path::new(dir).join(format!("{id}.{}", format.extension()))
}

/// A row of the manifest, or what it says and what is wrong with it.
type RowResult = std::result::Result<Row, RowError>;

/// Rows of `ar<TAB>en[<TAB>id]` (`cmd::manifest`).
fn parse_manifest(manifest: &Source) -> Vec<RowResult> {
    manifest::parse(
        &manifest.path,
        &manifest.text,
        2,
        "ar_path<TAB>en_path[<TAB>id]",
    )
    .into_iter()
    .map(|row| {
        row.map(|mut row| Row {
            en: row.paths.pop().expect("two paths"),
            ar: row.paths.pop().expect("two paths"),
            id: row.id,
        })
    })
    .collect()
}

/// The confident 1-1 beads of every pair of the batch, aligned once (in parallel), in
/// [`in_canonical_order`] (not the manifest's: what the batch learns does not depend on the
/// order of its rows): what `--learn batch` learns from. A pair that fails here is skipped;
/// the main run reports it.
pub fn confident_pairs_of_batch(aligner: &DocumentAligner, batch: &Batch) -> Vec<SentencePair> {
    let per_row: Vec<Vec<SentencePair>> = batch
        .rows
        .par_iter()
        .map(|row| match row {
            Ok(row) => aligner
                .align_files(&row.ar, &row.en)
                .map(|a| confident_pairs(&a.ar, &a.en, &a.beads))
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        })
        .collect();
    in_canonical_order(per_row.into_iter().flatten().collect())
}

fn align_row(aligner: &DocumentAligner, row: &RowResult, args: &Args, tag_rows: bool) -> Outcome {
    let row = match row {
        Ok(row) => row,
        Err(failed) => {
            // What the row says, for the summary: its paths, if it has them.
            let path = |k: usize| failed.paths.get(k).cloned().unwrap_or_default();
            return Outcome {
                id: failed.id.clone(),
                ar: path(0),
                en: path(1),
                result: Err(failed.message.clone()),
                owns_file: false,
            };
        }
    };
    let result = aligner
        .align_files(&row.ar, &row.en)
        .map(|alignment: Alignment| {
            // JSONL rows on standard output carry the row's id; an HTML page is titled by
            // its files, as a single pair's is, so that a reviewer tells the pages apart.
            let title = super::html_title(&row.ar, &row.en);
            let id = match args.format {
                AlignFormat::Html => Some(title.as_str()),
                _ => tag_rows.then_some(row.id.as_str()),
            };
            let warning = pair_warning(&alignment);
            let bytes =
                super::rendered(&alignment, args, id, [&row.ar, &row.en], warning.as_deref());
            let stats = Stats {
                ar_segments: alignment.ar.len(),
                en_segments: alignment.en.len(),
                beads: alignment.beads.len(),
                mean_score: alignment.mean_score(),
                length_ratio: alignment.length.ratio,
                warning,
            };
            (bytes, stats)
        })
        .map_err(|e| e.to_string());
    Outcome {
        id: row.id.clone(),
        ar: row.ar.clone(),
        en: row.en.clone(),
        result,
        owns_file: true,
    }
}

/// Writes one finished pair (a file in `out_dir`, or standard output) and keeps its summary;
/// with the notice of a file left in `out_dir` ([`EarlierRun::clear`]).
fn emit(
    mut outcome: Outcome,
    out_dir: Option<&str>,
    format: AlignFormat,
    earlier: &EarlierRun,
) -> (Outcome, Option<String>) {
    if let Ok((bytes, _)) = &mut outcome.result {
        let written = match out_dir {
            Some(dir) => {
                let path = output_path(dir, &outcome.id, format);
                replace_file(&path.to_string_lossy(), bytes, &[&outcome.ar, &outcome.en])
            }
            None => write_output(None, bytes, &[]),
        };
        // The summary does not need the bytes any more.
        bytes.clear();
        if let Err(e) = written {
            outcome.result = Err(e.to_string());
        }
    }
    let left = match (&outcome.result, out_dir, outcome.owns_file) {
        // A file an earlier run wrote would read as this pair's: it goes (inside --out-dir and
        // no input, both checked before anything was written).
        (Err(_), Some(dir), true) => {
            earlier.clear(&outcome.id, &output_path(dir, &outcome.id, format))
        }
        _ => None,
    };
    (outcome, left)
}

/// The summary: a row per pair, the last column the file written ([`file_cell`]).
fn summary_tsv(outcomes: &[Outcome], out_dir: &str, format: AlignFormat) -> String {
    let mut out = format!(
        "id\tar_path\ten_path\tstatus\tar_segments\ten_segments\tbeads\tmean_score\tlength_ratio\terror\t{FILE_COLUMN}\n",
    );
    for o in outcomes {
        let clean = |s: &str| tsv_cell(s).into_owned();
        let fields = match &o.result {
            Ok((_, s)) => format!(
                "ok\t{}\t{}\t{}\t{:.4}\t{:.3}\t\t{}",
                s.ar_segments,
                s.en_segments,
                s.beads,
                s.mean_score,
                s.length_ratio,
                file_cell(&output_path(out_dir, &o.id, format))
            ),
            Err(message) => format!("failed\t\t\t\t\t\t{}\t", clean(message)),
        };
        out.push_str(&format!(
            "{}\t{}\t{}\t{fields}\n",
            clean(&o.id),
            clean(&o.ar),
            clean(&o.en)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of a manifest named `pairs.tsv`.
    fn parse_manifest(text: &str) -> Vec<RowResult> {
        super::parse_manifest(&Source {
            path: "pairs.tsv".into(),
            text: text.into(),
            encoding: isnad::text::read::Encoding::Utf8,
        })
    }

    #[test]
    fn manifest_rows_ids_and_errors() {
        let rows = parse_manifest(
            "# ar\ten\na.ar\ta.en\tstory/1\n\nb.ar\tb.en\nc.ar\nd.ar\td.en\tstory/1\n",
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows[0].as_ref().ok().map(|r| r.id.as_str()),
            Some("story_1")
        );
        assert_eq!(rows[1].as_ref().ok().map(|r| r.id.as_str()), Some("4"));
        assert!(rows[2].as_ref().is_err_and(|e| e.id == "5"));
        assert!(rows[3]
            .as_ref()
            .is_err_and(|e| e.message == "pairs.tsv:6: duplicate id story_1, already line 2's"));
    }

    #[test]
    fn what_a_batch_learns_from_does_not_depend_on_the_order_of_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        // Two pairs in words of their own, line by line: each teaches its own.
        let pair = |name: &str, words: [(&str, &str); 4]| {
            let (mut ar, mut en) = (String::new(), String::new());
            for i in 0..12 {
                let (a1, e1) = words[i % 4];
                let (a2, e2) = words[(i + 1) % 4];
                ar.push_str(&format!("{a1} {a2}.\n"));
                en.push_str(&format!("{e1} {e2}.\n"));
            }
            let (a, e) = (
                dir.path().join(format!("{name}.ar.txt")),
                dir.path().join(format!("{name}.en.txt")),
            );
            std::fs::write(&a, ar).unwrap();
            std::fs::write(&e, en).unwrap();
            format!("{}\t{}\t{name}\n", a.display(), e.display())
        };
        let one = pair(
            "one",
            [
                ("زرفون", "zebrine"),
                ("قلمسة", "lampion"),
                ("طنبير", "drumlet"),
                ("شمروخ", "quillet"),
            ],
        );
        let two = pair(
            "two",
            [
                ("كتاب", "book"),
                ("قرية", "village"),
                ("نهر", "river"),
                ("جبل", "mountain"),
            ],
        );
        let lexicon = isnad::lexicon::Lexicon::embedded();
        let aligner = DocumentAligner::new(true, lexicon);
        let pairs_of = |manifest: String| {
            let batch = Batch {
                rows: parse_manifest(&manifest),
                out_dir: None,
                earlier: EarlierRun::read(None),
            };
            confident_pairs_of_batch(&aligner, &batch)
        };
        let forward = pairs_of(format!("{one}{two}"));
        assert!(
            forward.iter().any(|p| p.english.contains("zebrine")),
            "{forward:?}"
        );
        assert!(
            forward.iter().any(|p| p.english.contains("book")),
            "{forward:?}"
        );
        assert_eq!(forward, pairs_of(format!("{two}{one}")));
    }

    mod fuzz {
        //! The manifest reader's fuzz target (docs/fuzzing.md): `ISNAD_FUZZ_CASES` sets the
        //! number of cases, as for the library's targets in crates/isnad/tests/fuzz_readers.rs.
        use super::*;
        use proptest::prelude::*;
        use proptest::sample::select;

        fn cases() -> u32 {
            std::env::var("ISNAD_FUZZ_CASES")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(300)
        }

        /// Manifests of paths, ids (duplicates, separators, dots, Arabic, huge), tabs, comments
        /// and every kind of line end.
        fn manifest() -> impl Strategy<Value = String> {
            const PIECES: &[&str] = &[
                "a.ar.txt", "a.en.md", "\t", "\t\t", " \t ", "\n", "\r\n", "\r", "#", "# c\n",
                "story/1", "story_1", "1", "2", ".", "..", "../x", ".hidden", "قصة", " ", "\u{a0}",
                "\u{200f}", "\u{0}", "x\u{301}", "😀", "a\\b", "C:\\x",
            ];
            let piece = prop_oneof![
                10 => select(PIECES).prop_map(str::to_string),
                2 => ".{0,6}",
                1 => any::<String>(),
                1 => (select(PIECES), 50..2000usize).prop_map(|(p, n)| p.repeat(n)),
            ];
            proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: cases(),
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            #[test]
            fn manifest_rows_are_sound(text in manifest()) {
                let rows = parse_manifest(&text);
                let mut ids = std::collections::HashSet::new();
                for row in &rows {
                    match row {
                        Ok(row) => {
                            prop_assert!(!row.ar.is_empty() && !row.en.is_empty());
                            // The id names a file in the output directory.
                            prop_assert!(!row.id.is_empty() && !row.id.starts_with('.'), "{:?}", row.id);
                            prop_assert!(
                                row.id.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_')),
                                "{:?}",
                                row.id
                            );
                            prop_assert!(ids.insert(row.id.clone()), "duplicate id {:?}", row.id);
                        }
                        Err(RowError { id, message, .. }) => {
                            prop_assert!(!message.contains(['\n', '\r']), "{:?}", message);
                            prop_assert!(message.starts_with("pairs.tsv:"), "{:?}", message);
                            prop_assert!(!id.contains(['\n', '\r']), "{:?}", id);
                        }
                    }
                }
            }
        }
    }
}
