//! The library without the CLI: what a Python binding or a web service would call. A report
//! and one Arabic source, both in memory, are checked; the result is plain data (here printed
//! as JSON, the way a service would return it).
//!
//! Run: `cargo run -p isnad --example library`

use isnad::align::quotes::MatchOptions;
use isnad::checks::{self, CheckInput};
use isnad::lexicon::Lexicon;
use isnad::names::gazetteer::Gazetteer;
use isnad::names::house_style::HouseStyle;
use isnad::quotes::Outlet;
use isnad::text::{Document, Lang};

fn main() {
    let report = Document::from_text(
        "report.en.md",
        "The monitoring group said \"nine fighters were killed in the shelling of Kinsabba\".\n",
        Some(Lang::En),
    );
    let source = Document::from_text(
        "monitor.ar.txt",
        "قتل تسعة مقاتلين في قصف على كنسبا.\n",
        Some(Lang::Ar),
    );
    let outlet = Outlet::new("Levant Observatory", vec!["The monitoring group".into()]);
    let house_style = HouseStyle::new();
    let input = CheckInput {
        report: &report,
        sources: vec![(&source, &outlet)],
        lexicon: Lexicon::embedded(),
        gazetteer: Gazetteer::embedded(),
        house_style: &house_style,
        options: MatchOptions::default(),
    };
    let result = checks::run(&input);
    for quote in &result.quotes {
        println!(
            "{} {} {:.2} {:?}: {}",
            quote.quote_id,
            quote.status.name(),
            quote.score,
            quote.source_outlet,
            quote.quote
        );
    }
    println!("{}", serde_json::to_string_pretty(&result.summary).unwrap());
}
