//! `isnad check --batch`: every project of a manifest checked, one output file per report in
//! `--out-dir` and a summary. With `--learn batch` the confident quotes of every report train
//! one lexicon of stem pairs and every report is checked again with it: a desk's week of
//! reports teaches more than any one of them (issue #18; measured by `eval_check
//! --learn-batch`, docs/check.md).

use std::path::{Path, PathBuf};

use isnad::checks::{self, CheckInput, CheckReport};
use isnad::project::Project;
use isnad::text::{ledger, read_source};
use isnad::{Error, Result};
use isnad_cli::notice::terminal_safe;
use isnad_cli::output::{check_outputs, replace_file, Planned};
use isnad_cli::report::delimited::tsv_cell;
use rayon::prelude::*;

use super::{
    declared_files, expect_quotes, fails, memory_caches, open_memories, project, render,
    tables_read, Args, Format, LearnFrom, Loaded, Tables,
};
use crate::cmd::args::stdin_at_most_once;
use crate::cmd::earlier_run::{file_cell, EarlierRun, FILE_COLUMN};
use crate::cmd::manifest::{self, shown_id};

/// One manifest row, read: its project, or why it has none.
struct Row {
    id: String,
    project_dir: String,
    project: std::result::Result<Project, String>,
    /// Whether the row writes `D/ID.EXT`: false for a row the manifest already fails (malformed,
    /// or a duplicate id), whose id may be another row's.
    writes: bool,
}

/// One manifest row, loaded or failed.
struct Job<'t> {
    id: String,
    project_dir: String,
    loaded: std::result::Result<Loaded<'t>, String>,
    writes: bool,
}

/// What became of one report.
struct Outcome {
    id: String,
    project_dir: String,
    result: std::result::Result<CheckReport, String>,
    failed_on_flags: bool,
    /// The notice of a file left in `--out-dir` ([`EarlierRun::clear`]).
    left: Option<String>,
}

pub fn run(args: &Args, manifest_path: &str) -> Result<i32> {
    let out_dir = args
        .out_dir
        .as_deref()
        .expect("clap requires --out-dir with --batch");
    if args.output.output.is_some() {
        return Err(Error::Usage(
            "--batch writes its files into --out-dir; --output is for one report".into(),
        ));
    }
    stdin_at_most_once(
        std::iter::once(("--batch", manifest_path))
            .chain(tables_read(args))
            .chain(
                args.house_style
                    .iter()
                    .map(|p| ("--house-style", p.as_str())),
            ),
    )?;
    let manifest = read_source(manifest_path)?;
    let rows: Vec<Row> = manifest::parse(&manifest.path, &manifest.text, 1, "project_dir[<TAB>id]")
        .into_iter()
        .map(|row| match row {
            Ok(row) => {
                let project_dir = row.paths[0].clone();
                Row {
                    id: row.id,
                    project: read_project(&project_dir),
                    project_dir,
                    writes: true,
                }
            }
            // What the row says, for the summary: its project directory, if it has one.
            Err(failed) => Row {
                id: failed.id,
                project_dir: failed.paths.into_iter().next().unwrap_or_default(),
                project: Err(failed.message),
                writes: false,
            },
        })
        .collect();
    if rows.is_empty() {
        return Err(Error::input(
            manifest_path,
            "no rows (expected project_dir[<TAB>id], one project directory per line)",
        ));
    }
    // Every file any project declares is an input, read yet or not (a project that fails early
    // never reads the rest): no output may replace one.
    for row in &rows {
        if let Ok(p) = &row.project {
            for path in declared_files(p) {
                ledger::note(path);
            }
        }
    }
    let memories = open_memories(args)?;
    let outputs: Vec<Planned> = rows
        .iter()
        .filter(|row| row.writes)
        .map(|row| output_path(out_dir, &row.id, args.format))
        .chain([Path::new(out_dir).join("summary.tsv")])
        .map(|path| Planned::owned("--out-dir", path.to_string_lossy()))
        .chain(memory_caches(&memories))
        .collect();
    check_outputs(&outputs, Some(out_dir), &[manifest_path])?;
    let earlier = EarlierRun::read(Some(out_dir));

    let tables = Tables::load(args, &memories)?;
    let jobs: Vec<Job> = rows
        .into_par_iter()
        .map(|row| Job {
            id: row.id,
            loaded: row
                .project
                .and_then(|p| Loaded::load(args, p, &tables).map_err(|e| e.to_string())),
            project_dir: row.project_dir,
            writes: row.writes,
        })
        .collect();
    if let [Job {
        loaded: Err(first), ..
    }, ..] = &jobs[..]
    {
        if jobs.iter().all(|j| j.loaded.is_err()) {
            return Err(Error::input(
                manifest_path,
                format!("no project of the batch could be read (the first: {first})"),
            ));
        }
    }
    std::fs::create_dir_all(out_dir).map_err(|source| Error::Output {
        path: out_dir.to_string(),
        source,
    })?;

    let reports = check_all(&jobs, args.learn);
    let outcomes: Vec<Outcome> = jobs
        .iter()
        .zip(reports)
        .map(|(job, report)| emit(job, report, args, out_dir, &earlier))
        .collect();
    for o in &outcomes {
        if let Err(message) = &o.result {
            eprintln!("isnad: {}: {}", shown_id(&o.id), terminal_safe(message));
        }
        if let Some(left) = &o.left {
            isnad_cli::notice::notice(left);
        }
    }
    replace_file(
        &Path::new(out_dir).join("summary.tsv").to_string_lossy(),
        summary_tsv(&outcomes, out_dir, args.format).as_bytes(),
        &[manifest_path],
    )?;
    drop(jobs);
    tables.write_caches();
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    if failed > 0 {
        eprintln!("isnad: {failed} of {} reports failed", outcomes.len());
    }
    Ok(i32::from(
        failed > 0 || outcomes.iter().any(|o| o.failed_on_flags),
    ))
}

/// The project of a manifest row: a directory with isnad.toml.
fn read_project(dir: &str) -> std::result::Result<Project, String> {
    if !Path::new(dir).is_dir() {
        return Err(format!(
            "{dir}: not a directory (a batch row names a project directory with isnad.toml)"
        ));
    }
    project(dir, &[]).map_err(|e| e.to_string())
}

/// Every loaded job checked (in parallel), `None` for a job that failed to load: `--learn run`
/// learns within each report, `--learn batch` from all of them at once
/// (`checks::learn::run_learning_batch`).
fn check_all(jobs: &[Job], learn_from: LearnFrom) -> Vec<Option<CheckReport>> {
    let inputs: Vec<CheckInput> = jobs
        .iter()
        .filter_map(|job| job.loaded.as_ref().ok())
        .map(Loaded::input)
        .collect();
    let reports: Vec<CheckReport> = match learn_from {
        LearnFrom::None => inputs.par_iter().map(checks::run).collect(),
        LearnFrom::Run => inputs
            .par_iter()
            .map(|input| checks::learn::run_learning(input).0)
            .collect(),
        LearnFrom::Batch => checks::learn::run_learning_batch(&inputs).0,
    };
    let mut reports = reports.into_iter();
    jobs.iter()
        .map(|job| {
            job.loaded
                .is_ok()
                .then(|| reports.next().expect("one per loaded job"))
        })
        .collect()
}

fn output_path(dir: &str, id: &str, format: Format) -> PathBuf {
    let extension = match format {
        Format::Table => "txt",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
        Format::Html => "html",
    };
    Path::new(dir).join(format!("{id}.{extension}"))
}

/// Writes one report's file (or keeps why it has none).
fn emit(
    job: &Job,
    report: Option<CheckReport>,
    args: &Args,
    out_dir: &str,
    earlier: &EarlierRun,
) -> Outcome {
    let mut failed_on_flags = false;
    let result = match (&job.loaded, report) {
        (Err(message), _) => Err(message.clone()),
        (Ok(loaded), report) => {
            let report = report.expect("every loaded job is checked");
            expect_quotes(loaded, &report)
                .and_then(|()| {
                    let bytes = render(args, loaded, &report);
                    let path = output_path(out_dir, &job.id, args.format);
                    replace_file(&path.to_string_lossy(), &bytes, &[])
                })
                .map(|()| {
                    failed_on_flags = fails(args, loaded, &report);
                    report
                })
                .map_err(|e| e.to_string())
        }
    };
    // A file an earlier run wrote would read as this report's: it goes (it is inside --out-dir
    // and no input, both checked before anything was written). Not for a row the manifest
    // fails: its id may be another row's, whose file this is.
    let left = (result.is_err() && job.writes)
        .then(|| earlier.clear(&job.id, &output_path(out_dir, &job.id, args.format)))
        .flatten();
    Outcome {
        id: job.id.clone(),
        project_dir: job.project_dir.clone(),
        result,
        failed_on_flags,
        left,
    }
}

/// The summary: a row per report; after the file written ([`file_cell`]), the columns added
/// since ([`LATER_COLUMNS`]), so that readers of the earlier ones are unaffected.
fn summary_tsv(outcomes: &[Outcome], out_dir: &str, format: Format) -> String {
    let mut out = format!(
        "id\tproject\tstatus\tquotes\tmatched\tweak\tambiguous\tunmatched\terrors\twarnings\tlength_ratio\terror\t{FILE_COLUMN}\t{}\n",
        LATER_COLUMNS.join("\t")
    );
    for o in outcomes {
        let clean = |s: &str| tsv_cell(s).into_owned();
        let fields = match &o.result {
            Ok(r) => {
                let s = &r.summary;
                let f = &s.findings;
                format!(
                    "ok\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.3}\t\t{}\t{}\t{}\t{}\t{}\t{}",
                    s.quotes,
                    s.matched,
                    s.weak,
                    s.ambiguous,
                    s.unmatched,
                    s.errors,
                    s.warnings,
                    r.length.ratio,
                    file_cell(&output_path(out_dir, &o.id, format)),
                    s.infos,
                    f.errors,
                    f.warnings,
                    f.infos,
                    if o.failed_on_flags { "yes" } else { "no" },
                )
            }
            Err(message) => format!(
                "failed\t\t\t\t\t\t\t\t\t{}\t{}",
                clean(message),
                "\t".repeat(LATER_COLUMNS.len())
            ),
        };
        out.push_str(&format!(
            "{}\t{}\t{fields}\n",
            clean(&o.id),
            clean(&o.project_dir)
        ));
    }
    out
}

/// The columns of the summary after `file`: the flags of quotes at `info` (`errors` and
/// `warnings` are the earlier columns), the findings about the report as a whole by severity
/// (which reach `--fail-on` as flags do), and whether the report reached its `--fail-on` (or
/// its `fail_on`): `yes` is why the batch exits 1.
const LATER_COLUMNS: [&str; 5] = [
    "infos",
    "finding_errors",
    "finding_warnings",
    "finding_infos",
    "at_fail_on",
];
