//! Start-up cost: building the embedded lexicon and gazetteer, and a whole `isnad check` run
//! on a one-quote report with one source (the process, median of 20), release build.
//!
//! ```text
//! cargo build --release && cargo run --release --example bench_startup
//! ```

use std::process::Command;
use std::time::Instant;

use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;

fn main() {
    let started = Instant::now();
    let lexicon = Lexicon::embedded();
    let lexicon_ms = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    let gazetteer = Gazetteer::embedded();
    let gazetteer_ms = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "embedded lexicon: {} pairs in {lexicon_ms:.1} ms; embedded gazetteer: {} places in {gazetteer_ms:.1} ms",
        lexicon.len(),
        gazetteer.places().len()
    );

    let dir = std::env::temp_dir().join(format!("isnad-startup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let report = dir.join("report.en.md");
    let source = dir.join("source.ar.txt");
    std::fs::write(
        &report,
        "The observatory said: \"Nine fighters were killed in the shelling of Kinsabba.\"\n",
    )
    .expect("write report");
    std::fs::write(&source, "قتل تسعة مقاتلين في قصف على كنسبا.\n").expect("write source");
    let binary = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/isnad");
    if !binary.exists() {
        println!("(no target/release/isnad: run `cargo build --release` for the process figure)");
        return;
    }
    let mut runs: Vec<f64> = (0..20)
        .map(|_| {
            let started = Instant::now();
            let status = Command::new(&binary)
                .arg("check")
                .arg(&report)
                .arg("--source")
                .arg(format!("{}=The observatory", source.display()))
                .output()
                .expect("run isnad");
            assert!(status.status.code().is_some_and(|c| c <= 1), "{status:?}");
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "isnad check, one quote, one source: median {:.1} ms (min {:.1}, max {:.1}) over 20 runs",
        runs[10], runs[0], runs[19]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
