//! A quote's `confidence`: the estimated probability that the reported window is its source — a
//! logistic model over five features, tempered by the runner-up when that one says something
//! else ([`exclusive`]) — and the fit that produces its coefficients.
//!
//! The coefficients (`calibration` in [`crate::tuning`]) are fitted on the NTREX development
//! half by `cargo run --release --example eval_check -- --half dev --no-sweep --fit-confidence
//! --save-observations corpus/calibration/ntrex-dev.tsv`, which writes the observations it fitted
//! on (scores, not text). A test refits them from that file and checks that the shipped table is
//! the one the fit gives, so neither can drift alone.

use crate::tuning::CalibrationParams;

/// How many features [`confidence`] has.
pub const FEATURES: usize = 5;

/// The features of [`confidence`]: 1 (the intercept), the best window's score, its lead over
/// the runner-up (the whole score when nothing competes: `runner_up` 0), the log of the quote's words, and the
/// window's coverage — the lesser of the shares of the English and of the Arabic content words
/// that found a counterpart (`Breakdown::coverage_en`, `coverage_ar`). A score says how well the
/// words that match fit; coverage says how much is left unexplained on either side, which is
/// what a quote whose source is absent looks like when a neighbouring sentence shares its topic.
pub fn confidence_features(
    score: f64,
    runner_up: f64,
    words: usize,
    coverage: f64,
) -> [f64; FEATURES] {
    [
        1.0,
        score,
        score - runner_up,
        (words.max(1) as f64).ln(),
        coverage,
    ]
}

/// The estimated probability that the reported window is the quote's source (see the module
/// documentation; docs/check.md says how well it holds on other sets).
pub fn confidence(m: &Observation) -> f64 {
    confidence_with(&crate::tuning::TUNING.calibration, m)
}

/// [`confidence`] with given coefficients: the logistic model of the best window, and when a
/// runner-up that says something else competes (`rival_coverage` is set), [`exclusive`] of it
/// and the same model read from the runner-up's side.
fn confidence_with(c: &CalibrationParams, m: &Observation) -> f64 {
    let best = logistic(
        c,
        confidence_features(m.score, m.runner_up, m.words, m.coverage),
    );
    match m.rival_coverage {
        Some(rival_coverage) => {
            let rival = logistic(
                c,
                confidence_features(m.runner_up, m.score, m.words, rival_coverage),
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

fn coefficients(c: &CalibrationParams) -> [f64; FEATURES] {
    [c.intercept, c.score, c.margin, c.log_words, c.coverage]
}

fn logistic(c: &CalibrationParams, x: [f64; FEATURES]) -> f64 {
    let z: f64 = coefficients(c).iter().zip(&x).map(|(w, x)| w * x).sum();
    1.0 / (1.0 + (-z).exp())
}

/// What a quote's confidence is computed from: its best and runner-up scores (0 when nothing
/// competes), its words, its window's coverage, the runner-up's coverage when the runner-up says
/// something else, and — in a calibration set — whether the reported window was the right one.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Observation {
    pub score: f64,
    pub runner_up: f64,
    pub words: usize,
    pub coverage: f64,
    pub rival_coverage: Option<f64>,
    pub right: bool,
}

/// Header line of the observations file.
pub const OBSERVATIONS_HEADER: &str = "score\trunner_up\twords\tcoverage\trival_coverage\tright";

/// The observations as TSV (`#` comment lines first), scores to six decimals.
pub fn observations_to_tsv(comments: &[&str], observations: &[Observation]) -> String {
    let mut out = String::new();
    for c in comments {
        out.push_str(&format!("# {c}\n"));
    }
    out.push_str(OBSERVATIONS_HEADER);
    out.push('\n');
    for o in observations {
        out.push_str(&format!(
            "{:.6}\t{:.6}\t{}\t{:.6}\t{}\t{}\n",
            o.score,
            o.runner_up,
            o.words,
            o.coverage,
            o.rival_coverage
                .map_or_else(|| "-".to_string(), |c| format!("{c:.6}")),
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
                "line {}: expected score, runner_up, words, coverage, rival_coverage (or -), right (0 or 1)",
                i + 1
            )
        };
        let f: Vec<&str> = line.split('\t').collect();
        let [score, runner_up, words, coverage, rival_coverage, right] = f.as_slice() else {
            return Err(bad());
        };
        out.push(Observation {
            score: score.parse().map_err(|_| bad())?,
            runner_up: runner_up.parse().map_err(|_| bad())?,
            words: words.parse().map_err(|_| bad())?,
            coverage: coverage.parse().map_err(|_| bad())?,
            rival_coverage: match *rival_coverage {
                "-" => None,
                c => Some(c.parse().map_err(|_| bad())?),
            },
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
/// ridge 1e-3), then the whole model (`confidence_with`), runner-up included, from there (Newton's
/// method on numerical derivatives, 20 steps).
pub fn fit(observations: &[Observation]) -> CalibrationParams {
    let plain = fit_logistic(observations);
    let round = |v: f64| (v * 1e4).round() / 1e4;
    let w = refine(observations, plain).map(round);
    params(w)
}

fn params(w: [f64; FEATURES]) -> CalibrationParams {
    CalibrationParams {
        intercept: w[0],
        score: w[1],
        margin: w[2],
        log_words: w[3],
        coverage: w[4],
    }
}

fn fit_logistic(observations: &[Observation]) -> [f64; FEATURES] {
    let data: Vec<([f64; FEATURES], f64)> = observations
        .iter()
        .map(|o| {
            let x = confidence_features(o.score, o.runner_up, o.words, o.coverage);
            (x, o.right as u8 as f64)
        })
        .collect();
    let mut w = [0.0f64; FEATURES];
    for _ in 0..50 {
        let mut gradient = [0.0f64; FEATURES];
        let mut hessian = [[0.0f64; FEATURES]; FEATURES];
        for (x, y) in &data {
            let p = logistic(&params(w), *x);
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
fn loss(observations: &[Observation], w: &[f64; FEATURES]) -> f64 {
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
fn refine(observations: &[Observation], start: [f64; FEATURES]) -> [f64; FEATURES] {
    const H: f64 = 1e-4;
    let f = |w: &[f64; FEATURES]| loss(observations, w);
    let shifted = |w: &[f64; FEATURES], moves: &[(usize, f64)]| {
        let mut v = *w;
        for &(i, d) in moves {
            v[i] += d;
        }
        v
    };
    let mut w = start;
    let mut current = f(&w);
    for _ in 0..20 {
        let mut gradient = [0.0; FEATURES];
        let mut hessian = [[0.0; FEATURES]; FEATURES];
        for a in 0..FEATURES {
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
            let candidate: [f64; FEATURES] = std::array::from_fn(|i| w[i] - scale * step[i]);
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
mod tests {
    use super::*;

    const NTREX_DEV: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/calibration/ntrex-dev.tsv"
    ));

    #[test]
    fn the_shipped_calibration_is_the_fit_of_the_shipped_observations() {
        let observations = observations_from_tsv(NTREX_DEV).unwrap();
        assert!(observations.len() > 1000);
        assert_eq!(
            fit(&observations),
            crate::tuning::TUNING.calibration,
            "refit: see the module documentation"
        );
    }

    #[test]
    fn exclusive_windows_share_one_chance() {
        assert!(exclusive(0.9, 0.9) < 0.5 && exclusive(0.6, 0.6) < 0.5);
        assert_eq!(exclusive(0.9, 0.0), 0.9);
        assert!(exclusive(0.95, 0.3) > 0.9 && exclusive(0.95, 0.3) < 0.95);
        assert_eq!(exclusive(1.0, 1.0), 0.5);
    }

    #[test]
    fn the_fit_recovers_a_known_model() {
        // Observations drawn deterministically from a known logistic model: the fit finds it.
        let truth = CalibrationParams {
            intercept: -3.0,
            score: 6.0,
            margin: 4.0,
            log_words: 0.5,
            coverage: 2.0,
        };
        let mut observations = Vec::new();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut uniform = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..40_000 {
            let score = uniform();
            let runner_up = score * uniform();
            let words = 2 + (uniform() * 30.0) as usize;
            let coverage = uniform();
            // Every third quote has a runner-up that says something else.
            let rival_coverage = (observations.len() % 3 == 0).then(&mut uniform);
            let mut o = Observation {
                score,
                runner_up,
                words,
                coverage,
                rival_coverage,
                right: false,
            };
            o.right = uniform() < confidence_with(&truth, &o);
            observations.push(o);
        }
        let got = fit(&observations);
        for (g, t) in coefficients(&got).into_iter().zip(coefficients(&truth)) {
            assert!((g - t).abs() < 0.35, "{got:?} vs {truth:?}");
        }
    }

    #[test]
    fn observations_round_trip_and_bad_rows_name_their_line() {
        let o = vec![Observation {
            score: 0.5,
            runner_up: 0.25,
            words: 7,
            coverage: 0.75,
            rival_coverage: Some(0.5),
            right: true,
        }];
        let tsv = observations_to_tsv(&["origin"], &o);
        assert_eq!(observations_from_tsv(&tsv).unwrap(), o);
        let err =
            observations_from_tsv(&format!("{OBSERVATIONS_HEADER}\n0.5\t0.2\t3\t0.5\t-\t2\n"))
                .unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
