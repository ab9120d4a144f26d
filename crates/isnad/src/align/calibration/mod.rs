//! A quote's `confidence`: the estimated probability that the reported window is its source — a
//! logistic model over eight features of the window, its runner-up and the run
//! ([`confidence_features`]), tempered by the runner-up when that one says something else
//! ([`exclusive`]) — and the fit that produces its coefficients.
//!
//! The coefficients (`calibration` in [`crate::tuning`]) are fitted on two development halves:
//! NTREX's, and that of its vocabulary-blind variant (every Arabic word through a random
//! bijection: windows found by numbers and names alone, the case NTREX alone has too few of to
//! teach). `corpus/calibration/README.md` gives the two commands; they write the observations
//! fitted on (scores, not text). A test refits them from those files and checks that the shipped
//! table is the one the fit gives, so neither can drift alone.

use super::score::Breakdown;
use crate::tuning::CalibrationParams;

/// How many features [`confidence`] has (the intercept's 1 included).
pub const FEATURES: usize = 9;

/// How many coefficients: one per feature, and the offset of a rival outside the credited outlet.
const PARAMS: usize = FEATURES + 1;

/// The least run coverage the model reads (its log would be −∞ at 0).
const LEAST_RUN_COVERAGE: f64 = 0.01;

/// The features of [`confidence`]: 1 (the intercept), the best window's score, its lead over
/// the runner-up (the whole score when nothing competes: `runner_up` 0), the log of the quote's
/// words, the window's [`Evidence`] (coverage, English coverage, the share the lexicon paired),
/// whether nothing competes at all, and the log of the run's coverage ([`run_coverage`]).
///
/// A score says how well the words that match fit; coverage says how much is left unexplained
/// on either side, which is what a quote whose source is absent looks like when a neighbouring
/// sentence shares its topic. A window that nothing else in the sources competes with is less
/// often right than its lead says: the quote shares a number or a name with one sentence only.
/// The run's coverage says whether the lexicon explains the run's quotes at all: a window
/// found by numbers and names in a run where it explains nothing is no evidence of a source.
pub fn confidence_features(
    score: f64,
    runner_up: f64,
    words: usize,
    evidence: &Evidence,
    run_coverage: f64,
) -> [f64; FEATURES] {
    [
        1.0,
        score,
        score - runner_up,
        (words.max(1) as f64).ln(),
        evidence.coverage,
        evidence.english,
        evidence.lexical,
        if runner_up > 0.0 { 0.0 } else { 1.0 },
        run_coverage.max(LEAST_RUN_COVERAGE).ln(),
    ]
}

/// The estimated probability that the reported window is the quote's source (see the module
/// documentation; docs/check.md says how well it holds on other sets).
pub fn confidence(m: &Observation) -> f64 {
    confidence_with(&crate::tuning::TUNING.calibration, m)
}

/// [`confidence`] with given coefficients: the logistic model of the best window, and when a
/// runner-up that says something else competes (`rival` is set), [`exclusive`] of it and the
/// same model read from the runner-up's side. When the best window lies in the sources of the
/// outlet the quote is credited to and the runner-up does not (`credited`), the runner-up's
/// log-odds move by the fitted `uncredited_rival`: the report's credit is evidence too. Without
/// it, two windows that fit equally well share at most an even chance.
fn confidence_with(c: &CalibrationParams, m: &Observation) -> f64 {
    let best = logistic(
        c,
        confidence_features(m.score, m.runner_up, m.words, &m.best, m.run_coverage),
        0.0,
    );
    match m.rival {
        Some(rival) => {
            let rival = logistic(
                c,
                confidence_features(m.runner_up, m.score, m.words, &rival, m.run_coverage),
                if m.credited { c.uncredited_rival } else { 0.0 },
            );
            exclusive(best, rival)
        }
        None => best,
    }
}

/// The chance that the best window is right when a runner-up that says something else has its
/// own chance `rival`, the two read as independent estimates of exclusive events: P(best and not
/// rival | not both) = best·(1 − rival) / (1 − best·rival). Equal chances give at most one half;
/// a rival with no chance leaves `best` as it is.
pub fn exclusive(best: f64, rival: f64) -> f64 {
    let both = best * rival;
    if both >= 1.0 {
        return 0.5;
    }
    best * (1.0 - rival) / (1.0 - both)
}

fn coefficients(c: &CalibrationParams) -> [f64; PARAMS] {
    [
        c.intercept,
        c.score,
        c.margin,
        c.log_words,
        c.coverage,
        c.english,
        c.lexical,
        c.alone,
        c.log_run_coverage,
        c.uncredited_rival,
    ]
}

/// The logistic of the features' sum with their coefficients, plus `offset`.
fn logistic(c: &CalibrationParams, x: [f64; FEATURES], offset: f64) -> f64 {
    let z: f64 = coefficients(c).iter().zip(&x).map(|(w, x)| w * x).sum();
    1.0 / (1.0 + (-(z + offset)).exp())
}

/// What a window's match rests on, read from its score's signals ([`Evidence::of`]).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Evidence {
    /// The lesser of the shares of the quote's and of the window's content words that found a
    /// counterpart (`Breakdown::coverage_en`, `coverage_ar`).
    pub coverage: f64,
    /// The share of the quote's content words that found a counterpart (`coverage_en`): for a
    /// fragment, whose Arabic sentence says more than it, the side that must be found.
    pub english: f64,
    /// The share of the matched English words (weighed by their credit) that the lexicon paired
    /// (`lexicon` or `phrase`), rather than a name, an identical Latin word or a number: what a
    /// window found by numbers and names alone lacks. 0 when nothing matched.
    pub lexical: f64,
}

impl Evidence {
    /// The evidence of a window from its explained signals (`Scorer::explain`, which lists the
    /// matched words).
    pub fn of(signals: &Breakdown) -> Evidence {
        let (lexical, all) = signals
            .matches
            .iter()
            .fold((0.0f64, 0.0f64), |(lexical, all), m| {
                let w = m.weight as f64;
                match m.via {
                    "lexicon" | "phrase" => (lexical + w, all + w),
                    _ => (lexical, all + w),
                }
            });
        Evidence {
            coverage: signals.coverage_en.min(signals.coverage_ar),
            english: signals.coverage_en,
            lexical: if all > 0.0 { lexical / all } else { 0.0 },
        }
    }
}

/// What a quote's confidence is computed from: its best and runner-up scores (0 when nothing
/// competes), its words, its window's evidence, the runner-up's when the runner-up says
/// something else, and — in a calibration set — whether the reported window was the right one.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Observation {
    pub score: f64,
    pub runner_up: f64,
    pub words: usize,
    pub best: Evidence,
    pub rival: Option<Evidence>,
    /// The best window lies in the sources of the outlet the quote is credited to, and the
    /// runner-up does not.
    pub credited: bool,
    /// The median coverage of the best windows of the run's quotes ([`run_coverage`]).
    pub run_coverage: f64,
    pub right: bool,
}

/// The median coverage of the best windows of a run's quotes (0 for a run with none): how much
/// of what the run quotes the lexicon explains at all. Low when the sources' vocabulary is one
/// the lexicon does not know, whatever each window's lead.
pub fn run_coverage(coverages: impl IntoIterator<Item = f64>) -> f64 {
    let mut c: Vec<f64> = coverages.into_iter().collect();
    if c.is_empty() {
        return 0.0;
    }
    c.sort_by(f64::total_cmp);
    let mid = c.len() / 2;
    if c.len() % 2 == 1 {
        c[mid]
    } else {
        (c[mid - 1] + c[mid]) / 2.0
    }
}

/// Header line of the observations file.
pub const OBSERVATIONS_HEADER: &str = "score\trunner_up\twords\tcoverage\tenglish\tlexical\t\
     rival_coverage\trival_english\trival_lexical\tcredited\trun_coverage\tright";

/// The observations as TSV (`#` comment lines first), scores to six decimals.
pub fn observations_to_tsv(comments: &[&str], observations: &[Observation]) -> String {
    let mut out = String::new();
    for c in comments {
        out.push_str(&format!("# {c}\n"));
    }
    out.push_str(OBSERVATIONS_HEADER);
    out.push('\n');
    for o in observations {
        let rival = o.rival.map_or_else(
            || "-\t-\t-".to_string(),
            |r| format!("{:.6}\t{:.6}\t{:.6}", r.coverage, r.english, r.lexical),
        );
        out.push_str(&format!(
            "{:.6}\t{:.6}\t{}\t{:.6}\t{:.6}\t{:.6}\t{rival}\t{}\t{:.6}\t{}\n",
            o.score,
            o.runner_up,
            o.words,
            o.best.coverage,
            o.best.english,
            o.best.lexical,
            o.credited as u8,
            o.run_coverage,
            o.right as u8
        ));
    }
    out
}

/// Reads [`observations_to_tsv`]'s format; the error names the 1-based line.
pub fn observations_from_tsv(text: &str) -> Result<Vec<Observation>, String> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            if line != OBSERVATIONS_HEADER {
                return Err(format!(
                    "line {}: expected the header {OBSERVATIONS_HEADER:?}",
                    i + 1
                ));
            }
            header_seen = true;
            continue;
        }
        let bad = || {
            format!(
                "line {}: expected score, runner_up, words, coverage, english, lexical, the \
                 rival's coverage, english and lexical (or - - -), credited (0 or 1), run_coverage, right \
                 (0 or 1)",
                i + 1
            )
        };
        let f: Vec<&str> = line.split('\t').collect();
        let [score, runner_up, words, coverage, english, lexical, rival_coverage, rival_english, rival_lexical, credited, run_coverage, right] =
            f.as_slice()
        else {
            return Err(bad());
        };
        let evidence = |coverage: &str, english: &str, lexical: &str| -> Result<Evidence, String> {
            Ok(Evidence {
                coverage: coverage.parse().map_err(|_| bad())?,
                english: english.parse().map_err(|_| bad())?,
                lexical: lexical.parse().map_err(|_| bad())?,
            })
        };
        out.push(Observation {
            score: score.parse().map_err(|_| bad())?,
            runner_up: runner_up.parse().map_err(|_| bad())?,
            words: words.parse().map_err(|_| bad())?,
            best: evidence(coverage, english, lexical)?,
            rival: match *rival_coverage {
                "-" => None,
                _ => Some(evidence(rival_coverage, rival_english, rival_lexical)?),
            },
            credited: match *credited {
                "0" => false,
                "1" => true,
                _ => return Err(bad()),
            },
            run_coverage: run_coverage.parse().map_err(|_| bad())?,
            right: match *right {
                "0" => false,
                "1" => true,
                _ => return Err(bad()),
            },
        });
    }
    Ok(out)
}

/// Fits the coefficients by maximum likelihood, rounded to four decimals as `crate::tuning`
/// holds them: first the plain logistic model of the best window (Newton's method, 50 steps,
/// ridge 1e-3), then the whole model (`confidence_with`), runner-up and its offset included, from
/// there (Newton's method on numerical derivatives, 20 steps).
pub fn fit(observations: &[Observation]) -> CalibrationParams {
    let plain = fit_logistic(observations);
    let start: [f64; PARAMS] = std::array::from_fn(|i| plain.get(i).copied().unwrap_or(0.0));
    let round = |v: f64| (v * 1e4).round() / 1e4;
    let w = refine(observations, start).map(round);
    params(w)
}

fn params(w: [f64; PARAMS]) -> CalibrationParams {
    CalibrationParams {
        intercept: w[0],
        score: w[1],
        margin: w[2],
        log_words: w[3],
        coverage: w[4],
        english: w[5],
        lexical: w[6],
        alone: w[7],
        log_run_coverage: w[8],
        uncredited_rival: w[9],
    }
}

fn fit_logistic(observations: &[Observation]) -> [f64; FEATURES] {
    let data: Vec<([f64; FEATURES], f64)> = observations
        .iter()
        .map(|o| {
            let x = confidence_features(o.score, o.runner_up, o.words, &o.best, o.run_coverage);
            (x, o.right as u8 as f64)
        })
        .collect();
    let mut w = [0.0f64; FEATURES];
    for _ in 0..50 {
        let mut gradient = [0.0f64; FEATURES];
        let mut hessian = [[0.0f64; FEATURES]; FEATURES];
        for (x, y) in &data {
            let z: f64 = w.iter().zip(x).map(|(w, x)| w * x).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for a in 0..FEATURES {
                gradient[a] += (p - y) * x[a];
                for b in 0..FEATURES {
                    hessian[a][b] += p * (1.0 - p) * x[a] * x[b];
                }
            }
        }
        for a in 0..FEATURES {
            gradient[a] += 1e-3 * w[a];
            hessian[a][a] += 1e-3;
        }
        let step = solve(hessian, gradient);
        for a in 0..FEATURES {
            w[a] -= step[a];
        }
    }
    w
}

/// The penalized negative log-likelihood of the whole model.
fn loss(observations: &[Observation], w: &[f64; PARAMS]) -> f64 {
    let c = params(*w);
    let ridge: f64 = w.iter().map(|v| 0.5e-3 * v * v).sum();
    observations
        .iter()
        .map(|o| {
            let p = confidence_with(&c, o).clamp(1e-12, 1.0 - 1e-12);
            if o.right {
                -p.ln()
            } else {
                -(1.0 - p).ln()
            }
        })
        .sum::<f64>()
        + ridge
}

/// Newton's method on central differences, each step halved until the loss falls.
#[allow(clippy::needless_range_loop)]
fn refine(observations: &[Observation], start: [f64; PARAMS]) -> [f64; PARAMS] {
    const H: f64 = 1e-4;
    let f = |w: &[f64; PARAMS]| loss(observations, w);
    let shifted = |w: &[f64; PARAMS], moves: &[(usize, f64)]| {
        let mut v = *w;
        for &(i, d) in moves {
            v[i] += d;
        }
        v
    };
    let mut w = start;
    let mut current = f(&w);
    for _ in 0..20 {
        let mut gradient = [0.0; PARAMS];
        let mut hessian = [[0.0; PARAMS]; PARAMS];
        for a in 0..PARAMS {
            let plus = f(&shifted(&w, &[(a, H)]));
            let minus = f(&shifted(&w, &[(a, -H)]));
            gradient[a] = (plus - minus) / (2.0 * H);
            hessian[a][a] = (plus - 2.0 * current + minus) / (H * H);
            for b in 0..a {
                let pp = f(&shifted(&w, &[(a, H), (b, H)]));
                let pm = f(&shifted(&w, &[(a, H), (b, -H)]));
                let mp = f(&shifted(&w, &[(a, -H), (b, H)]));
                let mm = f(&shifted(&w, &[(a, -H), (b, -H)]));
                hessian[a][b] = (pp - pm - mp + mm) / (4.0 * H * H);
                hessian[b][a] = hessian[a][b];
            }
        }
        let step = solve(hessian, gradient);
        let mut scale = 1.0;
        let mut improved = false;
        for _ in 0..20 {
            let candidate: [f64; PARAMS] = std::array::from_fn(|i| w[i] - scale * step[i]);
            let value = f(&candidate);
            if value.is_finite() && value < current {
                w = candidate;
                current = value;
                improved = true;
                break;
            }
            scale *= 0.5;
        }
        if !improved {
            break;
        }
    }
    w
}

/// Solves a small linear system by Gaussian elimination with partial pivoting. (Index loops:
/// rows of one matrix are read and written together.)
#[allow(clippy::needless_range_loop)]
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let pivot = (col..N)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            for k in col..N {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    for row in (0..N).rev() {
        let rest: f64 = (row + 1..N).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    x
}

#[cfg(test)]
mod tests;
