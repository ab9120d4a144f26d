//! Whole-document alignment: read an Arabic document and its English translation, segment both
//! (isnad's sentences, or one segment per line), prepare each side, and align them into beads
//! with [`super::ladder`]. This is what `isnad align` runs on every pair; the printers of its
//! formats live with the other printers, on the CLI side.

use std::ops::Range;

use super::beads::Bead;
use super::ladder::AlignOptions;
use super::ladder::Paragraphs;
use super::length::{align_adapted, LengthModel};
use super::score::Scorer;
use super::two_pass::{confident_pairs, second_pass};
use crate::error::{Error, Result};
use crate::lexicon::learn::with_learned_translations;
use crate::lexicon::learn::{LearnOptions, LearnedPair};
use crate::lexicon::Lexicon;
use crate::text::{detect_lang, read_source, Document, Lang, Markup};

/// The segments of both documents and how they align.
#[derive(Debug, Clone)]
pub struct Alignment {
    pub ar: Vec<String>,
    pub en: Vec<String>,
    pub beads: Vec<Bead>,
    /// The length model estimated from this pair and used to align it.
    pub length: LengthModel,
    /// The stem pairs learned from this pair for the second pass (empty with one pass).
    pub learned: Vec<LearnedPair>,
    /// The mean score of the first pass's beads when the second pass learned its lexicon from
    /// this pair (`None` otherwise). A lexicon learned from the pair itself cannot vouch for
    /// the pair: learned from two unrelated texts it pairs their words at random and their
    /// beads score like a translation's, so whether the pair is one is judged on this pass.
    pub first_pass_mean: Option<f64>,
}

impl Alignment {
    /// The segments of one side in `range`, joined by a space; blank segments (the empty
    /// lines of `--lines`) add nothing, so no text starts or ends with the space of a join.
    pub fn text(side: &[String], range: &Range<usize>) -> String {
        let segments: Vec<&str> = side[range.clone()]
            .iter()
            .map(|s| s.as_str())
            .filter(|s| !s.trim().is_empty())
            .collect();
        segments.join(" ")
    }

    /// Whether the pair looks like no translation of each other: the mean bead score is below
    /// `review.unrelated_mean_score`. On the 40 first NTREX-128 documents the translations
    /// score 0.39–0.70 and each document against another one's English 0.01–0.09
    /// (docs/align.md). A pair in a domain the lexicon does not know scores as low: the
    /// warning says both.
    /// With a second pass learned from the pair, the first pass decides
    /// ([`Alignment::first_pass_mean`]).
    pub fn looks_unrelated(&self) -> bool {
        !self.beads.is_empty()
            && self.evidence_mean() < crate::tuning::TUNING.review.unrelated_mean_score
    }

    /// The mean bead score [`Alignment::looks_unrelated`] judges: the first pass's when the
    /// second learned from the pair, else the beads'.
    pub fn evidence_mean(&self) -> f64 {
        self.first_pass_mean.unwrap_or_else(|| self.mean_score())
    }

    /// Mean score of the beads with both sides (0 when there are none).
    pub fn mean_score(&self) -> f64 {
        super::length::mean_score(&self.beads)
    }

    /// The share of the English segments (blank ones aside) that found no Arabic counterpart
    /// scoring `low` or more: left out, or in a bead below it. A translation of the whole rarely
    /// leaves a third so (docs/align.md, "A pair that is no translation").
    pub fn unmatched_english_share(&self, low: f64) -> f64 {
        let (mut weak, mut all) = (0usize, 0usize);
        for bead in &self.beads {
            let segments = bead
                .en
                .clone()
                .filter(|&k| !self.en[k].trim().is_empty())
                .count();
            all += segments;
            if bead.ar.is_empty() || bead.score < low {
                weak += segments;
            }
        }
        if all == 0 {
            0.0
        } else {
            weak as f64 / all as f64
        }
    }
}

/// Everything needed to align pairs of files: the scorer, the options, and how to segment.
pub struct DocumentAligner<'l> {
    scorer: Scorer<'l>,
    options: AlignOptions,
    lines: bool,
    /// Align each pair twice, the second time with a lexicon learned from its first alignment.
    learn_from_pair: Option<LearnOptions>,
}

/// One side, read and segmented: its segments, the paragraph of each, and which are headings
/// the document marks (`Unit::marked_heading`: never in a bead with another segment of the
/// side; an inferred heading may be a sentence a translator joins to the next).
struct Side {
    texts: Vec<String>,
    paragraphs: Vec<usize>,
    apart: Vec<bool>,
}

/// Prepares both sides with `scorer` and aligns them with the length model of the pair: one
/// whole pass, the first (the second reuses what this one prepared: [`super::two_pass`]).
pub fn align_texts<S: AsRef<str> + Sync>(
    scorer: &Scorer,
    ar: &[S],
    en: &[S],
    paragraphs: Option<Paragraphs>,
    options: &AlignOptions,
) -> (Vec<Bead>, LengthModel) {
    let ar = scorer.prepare_side(ar, Lang::Ar);
    let en = scorer.prepare_side(en, Lang::En);
    align_adapted(&ar, &en, paragraphs, scorer, options)
}

impl<'l> DocumentAligner<'l> {
    /// `lines`: one segment per line (an empty line too) instead of isnad's sentences.
    pub fn new(lines: bool, lexicon: &'l Lexicon) -> DocumentAligner<'l> {
        DocumentAligner {
            scorer: Scorer::new(lexicon),
            options: AlignOptions::default(),
            lines,
            learn_from_pair: None,
        }
    }

    /// Two passes per pair: the second with stem pairs learned from the first's confident
    /// beads ([`super::two_pass`]).
    pub fn learning_from_each_pair(self, options: LearnOptions) -> DocumentAligner<'l> {
        DocumentAligner {
            learn_from_pair: Some(options),
            ..self
        }
    }

    /// Reads, checks the language of, segments and aligns one pair of files.
    pub fn align_files(&self, ar_path: &str, en_path: &str) -> Result<Alignment> {
        let ar = self.load(ar_path)?;
        let en = self.load(en_path)?;
        en.expect_lang(Lang::En)
            .map_err(|e| swapped(ar_path, en_path).unwrap_or(e))?;
        let ar = ar
            .into_arabic_beside(&en)
            .map_err(|e| swapped(ar_path, en_path).unwrap_or(e))?;
        let (ar, en) = (self.side(ar), self.side(en));
        // In lines mode a blank line is aligned with nothing: the lines with text are aligned,
        // and each blank one is put back as a bead of its own (1-0 or 0-1), so that it is
        // neither merged into a bead of text nor counted as a sentence left out.
        let kept = |side: &Side| -> Vec<usize> {
            (0..side.texts.len())
                .filter(|&i| !self.lines || !side.texts[i].trim().is_empty())
                .collect()
        };
        let (ar_kept, en_kept) = (kept(&ar), kept(&en));
        let blanks_apart = self.lines
            && !ar_kept.is_empty()
            && !en_kept.is_empty()
            && (ar_kept.len() < ar.texts.len() || en_kept.len() < en.texts.len());
        if blanks_apart {
            let compact = |side: &Side, kept: &[usize]| Side {
                texts: kept.iter().map(|&i| side.texts[i].clone()).collect(),
                paragraphs: vec![0; kept.len()],
                apart: Vec::new(),
            };
            let mut alignment = self.align_sides(compact(&ar, &ar_kept), compact(&en, &en_kept));
            alignment.beads = with_blank_lines(
                &alignment.beads,
                (&ar_kept, ar.texts.len()),
                (&en_kept, en.texts.len()),
            );
            alignment.ar = ar.texts;
            alignment.en = en.texts;
            return Ok(alignment);
        }
        Ok(self.align_sides(ar, en))
    }

    /// Aligns two loaded sides.
    fn align_sides(&self, ar: Side, en: Side) -> Alignment {
        // In lines mode there are no paragraphs: a line is whatever the user made it.
        let paragraphs = (!self.lines).then_some(Paragraphs {
            ar: &ar.paragraphs,
            en: &en.paragraphs,
            apart: (&ar.apart, &en.apart),
        });
        let ar_side = self.scorer.prepare_side(&ar.texts, Lang::Ar);
        let en_side = self.scorer.prepare_side(&en.texts, Lang::En);
        let (mut beads, mut length) =
            align_adapted(&ar_side, &en_side, paragraphs, &self.scorer, &self.options);
        let mut learned = Vec::new();
        let mut first_pass_mean = None;
        if let Some(learn_options) = self.learn_from_pair {
            first_pass_mean = Some(super::length::mean_score(&beads));
            let pairs = confident_pairs(&ar.texts, &en.texts, &beads);
            let (lexicon, pairs_learned) =
                with_learned_translations(self.scorer.lexicon, &pairs, &learn_options);
            let second = Scorer {
                lexicon: &lexicon,
                params: self.scorer.params,
            };
            (beads, length) = second_pass(
                &self.scorer,
                &second,
                (ar_side, en_side),
                paragraphs,
                &self.options,
                &beads,
            );
            learned = pairs_learned;
        }
        Alignment {
            ar: ar.texts,
            en: en.texts,
            beads,
            length,
            learned,
            first_pass_mean,
        }
    }

    /// Reads one file; in lines mode as plain text, left unsegmented.
    fn load(&self, path: &str) -> Result<Document> {
        if !self.lines {
            return Document::load(path, None);
        }
        let source = read_source(path)?;
        Ok(Document {
            path: source.path,
            lang: detect_lang(&source.text),
            encoding: source.encoding,
            text: source.text,
            markup: Markup::Plain,
            units: Vec::new(),
        })
    }

    /// The segments of a document: its lines in lines mode, else its sentences.
    fn side(&self, doc: Document) -> Side {
        if self.lines {
            // LF, CRLF and a lone CR all end a line (docs/text.md).
            let texts: Vec<String> = crate::text::split_lines(&doc.text)
                .map(String::from)
                .collect();
            let paragraphs = vec![0; texts.len()];
            return Side {
                texts,
                paragraphs,
                apart: Vec::new(),
            };
        }
        let apart = doc.units.iter().map(|u| u.marked_heading).collect();
        let (texts, paragraphs) = doc.units.into_iter().map(|u| (u.text, u.paragraph)).unzip();
        Side {
            texts,
            paragraphs,
            apart,
        }
    }
}

/// `beads` over the lines kept (`kept`: each side's original index of every line aligned, and
/// its number of lines) as beads over all the lines: each bead spans its lines' original
/// indices (a blank line between two of them inside it), and the blank lines outside a bead
/// are beads of their own, in order: one of each side between the same two beads paired, the
/// rest with nothing on the other side.
fn with_blank_lines(
    beads: &[Bead],
    (ar_kept, ar_len): (&[usize], usize),
    (en_kept, en_len): (&[usize], usize),
) -> Vec<Bead> {
    let original = |kept: &[usize], r: &Range<usize>| {
        (!r.is_empty()).then(|| kept[r.start]..kept[r.end - 1] + 1)
    };
    let mut out = Vec::with_capacity(beads.len());
    let (mut a, mut e) = (0, 0);
    let blanks_before = |out: &mut Vec<Bead>, a: &mut usize, e: &mut usize, ar_to, en_to| {
        // Blank lines at the same place on both sides pair up (a paragraph break of both).
        while *a < ar_to && *e < en_to {
            out.push(Bead::new(*a..*a + 1, *e..*e + 1, 0.0));
            (*a, *e) = (*a + 1, *e + 1);
        }
        while *a < ar_to {
            out.push(Bead::new(*a..*a + 1, *e..*e, 0.0));
            *a += 1;
        }
        while *e < en_to {
            out.push(Bead::new(*a..*a, *e..*e + 1, 0.0));
            *e += 1;
        }
    };
    for b in beads {
        let (ar, en) = (original(ar_kept, &b.ar), original(en_kept, &b.en));
        let ar_to = ar.as_ref().map_or(a, |r| r.start);
        let en_to = en.as_ref().map_or(e, |r| r.start);
        blanks_before(&mut out, &mut a, &mut e, ar_to, en_to);
        let ar = ar.unwrap_or(a..a);
        let en = en.unwrap_or(e..e);
        (a, e) = (ar.end, en.end);
        out.push(Bead::new(ar, en, b.score));
    }
    blanks_before(&mut out, &mut a, &mut e, ar_len, en_len);
    out
}

/// The error for two files given in the wrong order (English first), if they are: said so,
/// rather than only that the first one is not Arabic. Read on the error path only.
fn swapped(ar_path: &str, en_path: &str) -> Option<Error> {
    let lang = |path: &str| read_source(path).ok().map(|s| detect_lang(&s.text));
    (lang(ar_path)? == Lang::En && lang(en_path)? == Lang::Ar)
        .then(|| crate::text::swapped_sides(ar_path, en_path, "isnad align"))
}

#[cfg(test)]
mod tests {
    use super::{with_blank_lines, Alignment, Bead};

    #[test]
    fn blank_lines_are_beads_of_their_own() {
        // Arabic lines 0, 1, 2 with text; English lines 0, 2, 4 with text, 1 and 3 blank.
        let beads = [
            Bead::new(0..1, 0..1, 0.6),
            Bead::new(1..2, 1..2, 0.7),
            Bead::new(2..3, 2..3, 0.8),
        ];
        let got = with_blank_lines(&beads, (&[0, 1, 2], 3), (&[0, 2, 4], 5));
        let ladder: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> =
            got.iter().map(|b| (b.ar.clone(), b.en.clone())).collect();
        assert_eq!(
            ladder,
            [
                (0..1, 0..1),
                (1..1, 1..2),
                (1..2, 2..3),
                (2..2, 3..4),
                (2..3, 4..5)
            ]
        );
        assert_eq!(got[1].score, 0.0);
        // A merge over a blank line holds it; blank lines at the ends are beads too; a
        // deletion keeps its place.
        let beads = [Bead::new(0..2, 0..1, 0.5), Bead::new(2..2, 1..2, 0.0)];
        let got = with_blank_lines(&beads, (&[1, 3], 5), (&[0, 1], 2));
        let ladder: Vec<_> = got.iter().map(|b| (b.ar.clone(), b.en.clone())).collect();
        assert_eq!(
            ladder,
            [(0..1, 0..0), (1..4, 0..1), (4..4, 1..2), (4..5, 2..2)]
        );
        // Blank lines of both sides between the same beads pair up.
        let beads = [Bead::new(0..1, 0..1, 0.5), Bead::new(1..2, 1..2, 0.6)];
        let got = with_blank_lines(&beads, (&[0, 2], 3), (&[0, 3], 4));
        let ladder: Vec<_> = got.iter().map(|b| (b.ar.clone(), b.en.clone())).collect();
        assert_eq!(
            ladder,
            [(0..1, 0..1), (1..2, 1..2), (2..2, 2..3), (2..3, 3..4)]
        );
    }

    #[test]
    fn blank_segments_add_nothing_to_a_bead_text() {
        let side: Vec<String> = ["", "  ", "قال المرصد", "", "ثم سكت"]
            .map(String::from)
            .to_vec();
        assert_eq!(Alignment::text(&side, &(0..3)), "قال المرصد");
        assert_eq!(Alignment::text(&side, &(2..5)), "قال المرصد ثم سكت");
        assert_eq!(Alignment::text(&side, &(0..2)), "");
    }
}
