//! A quote's `confidence`: the estimated probability that the reported window is its source, a
//! logistic model over four features, and the fit that produces its coefficients.
//!
//! The coefficients (`calibration` in [`crate::tuning`]) are fitted on the NTREX development
//! half by `cargo run --release --example eval_check -- --half dev --no-sweep --fit-confidence
//! --save-observations corpus/calibration/ntrex-dev.tsv`, which writes the observations it fitted
//! on (scores, not text). A test refits them from that file and checks that the shipped table is
//! the one the fit gives, so neither can drift alone.

use crate::tuning::CalibrationParams;

/// The features of [`confidence`]: 1 (the intercept), the best window's score, its lead over
/// the runner-up (the whole score when nothing competes), and the log of the quote's words.
pub fn confidence_features(score: f64, runner_up: Option<f64>, words: usize) -> [f64; 4] {
    let margin = score - runner_up.unwrap_or(0.0);
    [1.0, score, margin, (words.max(1) as f64).ln()]
}

/// The estimated probability that the reported window is the quote's source (see the module
/// documentation; docs/check.md says how well it holds on other sets).
pub fn confidence(score: f64, runner_up: Option<f64>, words: usize) -> f64 {
    logistic(
        &crate::tuning::TUNING.calibration,
        confidence_features(score, runner_up, words),
    )
}

fn logistic(c: &CalibrationParams, x: [f64; 4]) -> f64 {
    let z = c.intercept * x[0] + c.score * x[1] + c.margin * x[2] + c.log_words * x[3];
    1.0 / (1.0 + (-z).exp())
}

/// One quote of a calibration set: its best and runner-up scores, its words, and whether the
/// reported window was the right one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation {
    pub score: f64,
    pub runner_up: f64,
    pub words: usize,
    pub right: bool,
}

/// Header line of the observations file.
pub const OBSERVATIONS_HEADER: &str = "score\trunner_up\twords\tright";

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
            "{:.6}\t{:.6}\t{}\t{}\n",
            o.score, o.runner_up, o.words, o.right as u8
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
                "line {}: expected score, runner_up, words, right (0 or 1)",
                i + 1
            )
        };
        let f: Vec<&str> = line.split('\t').collect();
        let [score, runner_up, words, right] = f.as_slice() else {
            return Err(bad());
        };
        out.push(Observation {
            score: score.parse().map_err(|_| bad())?,
            runner_up: runner_up.parse().map_err(|_| bad())?,
            words: words.parse().map_err(|_| bad())?,
            right: match *right {
                "0" => false,
                "1" => true,
                _ => return Err(bad()),
            },
        });
    }
    Ok(out)
}

/// Fits the coefficients by maximum likelihood (Newton's method, 50 steps, ridge 1e-3), rounded
/// to four decimals as `crate::tuning` holds them.
pub fn fit(observations: &[Observation]) -> CalibrationParams {
    let data: Vec<([f64; 4], f64)> = observations
        .iter()
        .map(|o| {
            let x = confidence_features(o.score, Some(o.runner_up), o.words);
            (x, o.right as u8 as f64)
        })
        .collect();
    let mut w = [0.0f64; 4];
    for _ in 0..50 {
        let mut gradient = [0.0f64; 4];
        let mut hessian = [[0.0f64; 4]; 4];
        for (x, y) in &data {
            let z: f64 = w.iter().zip(x).map(|(w, x)| w * x).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for a in 0..4 {
                gradient[a] += (p - y) * x[a];
                for b in 0..4 {
                    hessian[a][b] += p * (1.0 - p) * x[a] * x[b];
                }
            }
        }
        for a in 0..4 {
            gradient[a] += 1e-3 * w[a];
            hessian[a][a] += 1e-3;
        }
        let step = solve4(hessian, gradient);
        for a in 0..4 {
            w[a] -= step[a];
        }
    }
    let round = |v: f64| (v * 1e4).round() / 1e4;
    CalibrationParams {
        intercept: round(w[0]),
        score: round(w[1]),
        margin: round(w[2]),
        log_words: round(w[3]),
    }
}

/// Solves a 4×4 linear system by Gaussian elimination with partial pivoting. (Index loops: rows
/// of one matrix are read and written together.)
#[allow(clippy::needless_range_loop)]
fn solve4(mut a: [[f64; 4]; 4], mut b: [f64; 4]) -> [f64; 4] {
    for col in 0..4 {
        let pivot = (col..4)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..4 {
            let f = a[row][col] / a[col][col];
            for k in col..4 {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; 4];
    for row in (0..4).rev() {
        let rest: f64 = (row + 1..4).map(|k| a[row][k] * x[k]).sum();
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
    fn the_fit_recovers_a_known_model() {
        // Observations drawn deterministically from a known logistic model: the fit finds it.
        let truth = CalibrationParams {
            intercept: -3.0,
            score: 6.0,
            margin: 4.0,
            log_words: 0.5,
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
            let p = logistic(&truth, confidence_features(score, Some(runner_up), words));
            let right = uniform() < p;
            observations.push(Observation {
                score,
                runner_up,
                words,
                right,
            });
        }
        let got = fit(&observations);
        for (g, t) in [
            (got.intercept, truth.intercept),
            (got.score, truth.score),
            (got.margin, truth.margin),
            (got.log_words, truth.log_words),
        ] {
            assert!((g - t).abs() < 0.35, "{got:?} vs {truth:?}");
        }
    }

    #[test]
    fn observations_round_trip_and_bad_rows_name_their_line() {
        let o = vec![Observation {
            score: 0.5,
            runner_up: 0.25,
            words: 7,
            right: true,
        }];
        let tsv = observations_to_tsv(&["origin"], &o);
        assert_eq!(observations_from_tsv(&tsv).unwrap(), o);
        let err =
            observations_from_tsv(&format!("{OBSERVATIONS_HEADER}\n0.5\t0.2\t3\t2\n")).unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
