use super::*;

const NTREX_DEV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/calibration/ntrex-dev.tsv"
));
const BLIND_DEV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/calibration/blind-dev.tsv"
));

#[test]
fn the_shipped_calibration_is_the_fit_of_the_shipped_observations() {
    let mut observations = observations_from_tsv(NTREX_DEV).unwrap();
    assert!(observations.len() > 1000);
    let blind = observations_from_tsv(BLIND_DEV).unwrap();
    assert!(!blind.is_empty());
    observations.extend(blind);
    assert_eq!(
        fit(&observations),
        crate::tuning::TUNING.calibration,
        "refit: see the module documentation"
    );
}

#[test]
fn the_run_coverage_is_the_median() {
    assert_eq!(run_coverage([]), 0.0);
    assert_eq!(run_coverage([0.5, 0.1, 0.3]), 0.3);
    assert_eq!(run_coverage([0.4, 0.1, 0.2, 0.9]), 0.30000000000000004);
}

#[test]
fn a_run_the_lexicon_does_not_explain_lowers_the_confidence() {
    // The same window, found by numbers and names, with nothing competing: in a run whose
    // quotes the lexicon explains, and in one where it explains nothing.
    let window = |run_coverage| Observation {
        score: 0.3,
        runner_up: 0.0,
        words: 10,
        best: Evidence {
            coverage: 0.08,
            english: 0.15,
            lexical: 0.0,
        },
        rival: None,
        credited: false,
        run_coverage,
        right: false,
    };
    let (known, blind) = (confidence(&window(0.4)), confidence(&window(0.04)));
    assert!(blind < known && blind < 0.2, "{blind} {known}");
    // Lexical evidence and a competing sentence left behind raise it.
    let lexical = Observation {
        runner_up: 0.1,
        best: Evidence {
            lexical: 1.0,
            ..window(0.4).best
        },
        ..window(0.4)
    };
    assert!(confidence(&lexical) > known);
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
        english: 1.5,
        lexical: 1.0,
        alone: -1.5,
        log_run_coverage: 0.8,
        uncredited_rival: -1.0,
    };
    let mut observations = Vec::new();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut uniform = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let evidence = |uniform: &mut dyn FnMut() -> f64| {
        let english = uniform();
        Evidence {
            coverage: english * uniform(),
            english,
            lexical: uniform(),
        }
    };
    for i in 0..40_000 {
        let score = uniform();
        // Every fifth quote has nothing competing; every third a runner-up that says
        // something else.
        let runner_up = if i % 5 == 0 { 0.0 } else { score * uniform() };
        let words = 2 + (uniform() * 30.0) as usize;
        let best = evidence(&mut uniform);
        let rival = (i % 3 == 0 && runner_up > 0.0).then(|| evidence(&mut uniform));
        let mut o = Observation {
            score,
            runner_up,
            words,
            best,
            rival,
            credited: i % 2 == 0,
            run_coverage: 0.02 + 0.6 * uniform(),
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
        best: Evidence {
            coverage: 0.75,
            english: 0.8,
            lexical: 0.5,
        },
        rival: Some(Evidence {
            coverage: 0.5,
            english: 0.625,
            lexical: 1.0,
        }),
        credited: true,
        run_coverage: 0.375,
        right: true,
    }];
    let tsv = observations_to_tsv(&["origin"], &o);
    assert_eq!(observations_from_tsv(&tsv).unwrap(), o);
    let err = observations_from_tsv(&format!(
        "{OBSERVATIONS_HEADER}\n0.5\t0.2\t3\t0.5\t0.5\t1\t-\t-\t-\t0.3\t2\n"
    ))
    .unwrap_err();
    assert!(err.starts_with("line 2:"), "{err}");
}
