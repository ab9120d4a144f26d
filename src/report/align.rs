//! The output formats of `isnad align`: pairs (for people), ladder (vecalign), csv, jsonl, tmx,
//! html — each a rendering of one [`Alignment`].

use std::fmt::Write as _;
use std::ops::Range;

use isnad::align::beads::{write_ladder, Bead};
use isnad::align::Alignment;

use super::html::{pairs_page, AlignedPair};
use super::rows::BeadRow;
use super::tmx::{write_tmx, TmxLanguages, TranslationUnit};
use super::{render_records, RecordFormat};
use crate::notice::terminal_safe;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AlignFormat {
    /// Each bead as a block: indices, type, score, the Arabic text, the English text.
    Pairs,
    /// vecalign's format: `[3]:[3,4]:0.71`, one bead per line, every segment once.
    Ladder,
    /// ar_index,en_index,ar_text,en_text,score,bead (indices of one bead joined by `;`).
    Csv,
    /// One JSON object per bead.
    Jsonl,
    /// TMX 1.4b translation memory, one unit per bead with both sides.
    Tmx,
    /// A self-contained review page: the pairs side by side, low scores marked.
    Html,
}

impl AlignFormat {
    /// File extension of an output in this format (batch mode names files with it).
    pub fn extension(self) -> &'static str {
        match self {
            AlignFormat::Pairs => "txt",
            AlignFormat::Ladder => "ladder",
            AlignFormat::Csv => "csv",
            AlignFormat::Jsonl => "jsonl",
            AlignFormat::Tmx => "tmx",
            AlignFormat::Html => "html",
        }
    }
}

/// Beads scoring below this are marked for review on the HTML page (when no --min-score is set).
const REVIEW_SCORE: f64 = isnad::tuning::TUNING.review.low_bead_score;

/// How `isnad align` renders beyond the format: what the flags ask for.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions<'a> {
    /// TMX: beads scoring below it are left out (none when unset). HTML: beads below it are
    /// marked (`review.low_bead_score` when unset). The other formats account for every segment.
    pub min_score: Option<f64>,
    /// TMX: the language codes of both sides.
    pub languages: TmxLanguages<'a>,
    /// CSV: start with a byte order mark for Excel.
    pub excel: bool,
    /// TMX: the header's `creationdate` (`20261206T190536Z`), when known.
    pub created: Option<&'a str>,
    /// A warning about the whole pair (it may not be a translation), carried into the file,
    /// which outlives the terminal it was printed on: HTML, TMX, the pairs header and every
    /// JSONL row (`warning`); not the ladder (vecalign's format) nor the CSV (its columns are
    /// a contract).
    pub warning: Option<&'a str>,
}

/// Renders `alignment`. `id` tags jsonl rows and titles the HTML page.
pub fn render(
    alignment: &Alignment,
    format: AlignFormat,
    options: RenderOptions,
    id: Option<&str>,
) -> Vec<u8> {
    let RenderOptions {
        min_score,
        languages,
        excel,
        created,
        warning,
    } = options;
    let beads = &alignment.beads;
    match format {
        AlignFormat::Ladder => write_ladder(beads).into_bytes(),
        AlignFormat::Pairs => pairs(alignment, warning).into_bytes(),
        AlignFormat::Csv | AlignFormat::Jsonl => {
            let rows: Vec<BeadRow> = beads
                .iter()
                .map(|b| BeadRow {
                    id,
                    ar_index: b.ar.clone().collect(),
                    en_index: b.en.clone().collect(),
                    ar_text: Alignment::text(&alignment.ar, &b.ar),
                    en_text: Alignment::text(&alignment.en, &b.en),
                    score: shown(b.score),
                    bead: b.label(),
                    length_ratio: (alignment.length.ratio * 1e3).round() / 1e3,
                    warning: warning.map(without_label),
                })
                .collect();
            let record_format = if format == AlignFormat::Csv {
                RecordFormat::Csv
            } else {
                RecordFormat::Jsonl
            };
            render_records(record_format, excel, &rows)
        }
        AlignFormat::Html => {
            let texts = bead_texts(alignment, |_| true);
            let pairs: Vec<AlignedPair> = texts
                .iter()
                .map(|(ar, en, score)| AlignedPair {
                    arabic: ar,
                    english: en,
                    score: *score,
                })
                .collect();
            let low = min_score.unwrap_or(REVIEW_SCORE);
            pairs_page(id.unwrap_or("isnad align"), &pairs, low, warning)
                .into_string()
                .into_bytes()
        }
        AlignFormat::Tmx => {
            let floor = min_score.unwrap_or(0.0);
            let texts = bead_texts(alignment, |b| !b.is_deletion() && shown(b.score) >= floor);
            // A unit needs text on both sides: empty lines aligned in --lines mode are not a
            // translation a CAT tool could use.
            let units: Vec<TranslationUnit> = texts
                .iter()
                .filter(|(ar, en, _)| !ar.trim().is_empty() && !en.trim().is_empty())
                .map(|(ar, en, score)| TranslationUnit {
                    arabic: ar,
                    english: en,
                    score: Some(*score),
                })
                .collect();
            let mut out = Vec::new();
            write_tmx(&units, languages, created, warning, &mut out)
                .expect("writing to a Vec cannot fail");
            out
        }
    }
}

/// The pair's warning without the `warning: ` that labels it on the terminal.
fn without_label(warning: &str) -> &str {
    warning.strip_prefix("warning: ").unwrap_or(warning)
}

/// A bead's score as the outputs print it (four decimals), and as `--min-score` reads it: a
/// bead shown as 0.5000 is not left out by `--min-score 0.5`.
fn shown(score: f64) -> f64 {
    (score * 1e4).round() / 1e4
}

/// The Arabic text, English text and score of the beads that `keep` accepts. The score is the
/// bead's own: a format prints it rounded once (two decimals for people, four for programs), so
/// a bead reads the same in every format (0.605 is 0.61 in pairs, TMX and HTML alike).
fn bead_texts(alignment: &Alignment, keep: impl Fn(&Bead) -> bool) -> Vec<(String, String, f64)> {
    alignment
        .beads
        .iter()
        .filter(|b| keep(b))
        .map(|b| {
            (
                Alignment::text(&alignment.ar, &b.ar),
                Alignment::text(&alignment.en, &b.en),
                b.score,
            )
        })
        .collect()
}

/// The readable layout: a header line per bead, then each side's text on its own line, with
/// control characters and bidi controls escaped (`\u{1b}`, `\u{202e}`) as for any terminal.
fn pairs(alignment: &Alignment, warning: Option<&str>) -> String {
    let mut out = String::new();
    let l = &alignment.length;
    let _ = writeln!(
        out,
        "# length ratio {:.2} Arabic characters per English character, estimated from this pair ({} anchors)",
        l.ratio, l.anchors
    );
    if let Some(warning) = warning {
        let _ = writeln!(out, "# warning: {}", terminal_safe(without_label(warning)));
    }
    out.push('\n');
    for b in &alignment.beads {
        let list = |r: &Range<usize>| {
            r.clone()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let _ = writeln!(
            out,
            "[{}]:[{}]  {}  {:.2}",
            list(&b.ar),
            list(&b.en),
            b.label(),
            b.score
        );
        for (lang, side, range) in [("ar", &alignment.ar, &b.ar), ("en", &alignment.en, &b.en)] {
            let text = Alignment::text(side, range);
            let text = if range.is_empty() { "—".into() } else { text };
            let _ = writeln!(out, "  {lang}  {}", terminal_safe(&text));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use isnad::align::LengthModel;

    /// A bead scoring 0.605 (0.6050 to four decimals, which would round to 0.60 a second
    /// time) reads 0.61 wherever two decimals are printed, and 0.6050 where four are.
    #[test]
    fn a_score_is_rounded_once_in_every_format() {
        let alignment = Alignment {
            ar: vec!["قصف الجيش البلدة.".into()],
            en: vec!["The army shelled the town.".into()],
            beads: vec![Bead::new(0..1, 0..1, 0.605_04)],
            length: LengthModel {
                ratio: 0.93,
                variance: 3.25,
                anchor_variance: 0.0,
                anchors: 0,
            },
            learned: Vec::new(),
            first_pass_mean: None,
        };
        let out = |format| {
            String::from_utf8(render(&alignment, format, RenderOptions::default(), None)).unwrap()
        };
        assert!(
            out(AlignFormat::Ladder).contains(":0.61"),
            "{}",
            out(AlignFormat::Ladder)
        );
        let tmx = out(AlignFormat::Tmx);
        assert!(tmx.contains("isnad alignment score 0.61</note>"), "{tmx}");
        assert!(tmx.contains(">0.6050</prop>"), "{tmx}");
        assert!(out(AlignFormat::Html).contains(">0.61<"));
        assert!(
            out(AlignFormat::Jsonl).contains("\"score\":0.605,"),
            "{}",
            out(AlignFormat::Jsonl)
        );
    }

    /// `--min-score 0.5` keeps a bead every output prints as 0.5000.
    #[test]
    fn min_score_reads_the_score_as_printed() {
        assert!(shown(0.499_96) >= 0.5);
        assert!(shown(0.499_94) < 0.5);
        assert_eq!(format!("{:.4}", shown(0.499_96)), "0.5000");
    }
}
