//! Every threshold and weight of the pipeline, with its default, in one typed table.
//!
//! [`TUNING`] is the one place a default is written. The option structs that travel with a run
//! ([`ScoreParams`], [`MatchOptions`], [`AlignOptions`], [`LearnOptions`]) take their
//! `Default` from it, and the fixed heuristics of the other stages (sentence length caps,
//! number tolerances, name distances) read it directly. `docs/tuning.md` lists every value in
//! one table, and a test fails when that table and this file disagree.
//!
//! A project's `isnad.toml` may override the `[matching]` section for its run; that is read here
//! too ([`TuningFile`]), by the one path [`Tuning::with_file`]. The other sections are fixed:
//! they were measured on the data named in docs/, and a value set for them in `isnad.toml` is
//! refused rather than ignored.
//!
//! Not tuning values, and so not here: format facts (GeoNames' 19 columns), sentinels, the HTML
//! tokenizer's structural limits and floating-point epsilons.

use serde::{Deserialize, Serialize};

use crate::align::ladder::band::AnchorOptions;
use crate::align::quotes::MatchOptions;
use crate::align::{AlignOptions, ScoreParams};
use crate::lexicon::learn::LearnOptions;

/// The whole table. Field docs say what each value does; docs/tuning.md says where it was
/// measured.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Tuning {
    /// The similarity score of a sentence pair (whole-sentence mode).
    pub score: ScoreParams,
    /// What quote mode changes in the score.
    pub fragments: FragmentParams,
    /// Word weights within one side.
    pub rarity: RarityParams,
    /// The statuses of a quote's match.
    pub matching: MatchOptions,
    /// How windows of source sentences are ranked for a quote.
    pub ranking: RankingParams,
    /// When a check raises a flag.
    pub flags: FlagParams,
    /// The document aligner.
    pub align: AlignOptions,
    /// The review marks of the printed alignment.
    pub review: ReviewParams,
    /// Which language a text is in.
    pub language: LanguageParams,
    /// Sentences, headings and bylines.
    pub segment: SegmentParams,
    /// When two numbers are the same number.
    pub numbers: NumberParams,
    /// Place names: finding, comparing and clustering spellings.
    pub names: NameParams,
    /// The lexicon's look-ups.
    pub lexicon: LexiconParams,
    /// `lexicon learn`'s EM.
    pub learn: LearnOptions,
    /// The logistic model of a quote's `confidence`.
    pub calibration: CalibrationParams,
}

/// Coefficients of `align::quotes::confidence`: the probability that the reported window is
/// right is the logistic of their sum with the features.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CalibrationParams {
    pub intercept: f64,
    pub score: f64,
    pub margin: f64,
    pub log_words: f64,
    pub coverage: f64,
    /// Of the English coverage (`Evidence::english`).
    pub english: f64,
    /// Of the share of the matched words the lexicon paired (`Evidence::lexical`).
    pub lexical: f64,
    /// Of a window that nothing else competes with.
    pub alone: f64,
    /// Of the log of the run's coverage (`calibration::run_coverage`).
    pub log_run_coverage: f64,
    /// Added to the log-odds of a runner-up that says something else when it lies outside the
    /// credited outlet's sources and the best window inside them.
    pub uncredited_rival: f64,
}

/// Quote mode: an English quote against Arabic source sentences.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FragmentParams {
    /// Weight of the English side's coverage: the quote is a part that must be found in the
    /// Arabic.
    pub fragment_side_weight: f64,
    /// How much of the score the length prior can take away: Arabic news is terser than its
    /// English rendering more often than constants fitted on whole sentences expect, and
    /// coverage already rules out an Arabic window too small for the quote.
    pub length_weight: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RarityParams {
    /// How much a word that occurs everywhere on its side still counts (an IDF floor): "said"
    /// and قال match in most sentence pairs of a story and tell them apart poorly.
    pub idf_floor: f32,
    /// Shortest loose name key hashed: two consonant classes still name places (Mali), one
    /// collides with ordinary words.
    pub loose_key_min: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RankingParams {
    /// Quotes of at most this many words are scored as fragments …
    pub fragment_words: usize,
    /// … and of at least this many as whole sentences; in between, a blend.
    pub sentence_words: usize,
    /// How much score a window must gain per sentence beyond the first to be preferred.
    pub extra_sentence_cost: f64,
    /// Ranking cost of a heading or byline for a quote that starts in lower case: a piece of
    /// a sentence is not a headline.
    pub heading_cost_for_pieces: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FlagParams {
    /// Above this share of the Arabic window covered, the quote renders the whole window, so a
    /// number of the source missing from the quote is worth a warning.
    pub whole_window_coverage: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ReviewParams {
    /// Beads scoring below this are marked for review on the alignment's HTML page (when no
    /// `--min-score` is given).
    pub low_bead_score: f64,
    /// Below this mean bead score a pair shares no vocabulary the lexicon knows: `align` warns
    /// that the documents may be unrelated (or of a domain the lexicon does not know), and
    /// aligns the pair again with every merge scored (`align::length`).
    pub unrelated_mean_score: f64,
    /// Above this share of English segments without an Arabic counterpart scoring
    /// `low_bead_score`, `align` warns that part of the pair may not translate the other.
    pub unmatched_english_share: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LanguageParams {
    /// Share of Arabic-script letters among all letters at or above which a text is Arabic.
    pub arabic_share_threshold: f64,
    /// An Arabic text full of Latin names, acronyms and figures falls below that share. Read
    /// beside an English text (the report, the translation), it is still Arabic from this share
    /// on, when it also has `arabic_share_over_english` times the English text's share.
    pub arabic_share_beside_english: f64,
    pub arabic_share_over_english: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SegmentParams {
    /// Longest paragraph, in words, that can be a heading; longer ones are prose.
    pub heading_max_words: usize,
    /// Longest paragraph, in words, that can be a byline.
    pub byline_max_words: usize,
    /// A cap in bytes checked first, so a long paragraph is never walked word by word.
    pub heading_max_bytes: usize,
    /// Longest sentence kept whole, in words: text without sentence marks (a transcript, text
    /// copied out of a PDF) is cut into pieces no longer than this.
    pub max_sentence_words: usize,
    /// A longer sentence is cut after the first clause mark that ends a piece of at least this
    /// many words.
    pub min_piece_words: usize,
    /// Fewest words a clause cut may leave after it.
    pub min_tail_words: usize,
    /// Longest bracketed credit ("(AFP)") that stays with the sentence before it, in bytes.
    pub max_credit_bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NumberParams {
    /// Relative difference allowed between hedged numbers ("about 50" ↔ نحو 48).
    pub approximate_tolerance: f64,
    /// An order of magnitude ("dozens", value 10) covers values from this many times its
    /// value (a plural of tens is at least two of them: عشرات or "dozens" is not 12) …
    pub magnitude_low: f64,
    /// … up to (not including) this many times: dozens = 20–99, hundreds = 200–999.
    pub magnitude_high: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NameParams {
    /// Longest Arabic name, in words, looked up in the gazetteer.
    pub max_arabic_name_words: usize,
    /// Largest number of earlier members of a block a spelling is compared with.
    pub max_block_comparisons: usize,
    /// Cost of a consonant substitution no romanization system makes: more than one variant
    /// may differ by, but it still ranks candidates.
    pub full_substitution: f64,
    /// Cost of inserting or deleting such a consonant.
    pub full_indel: f64,
    /// Skeletons longer than this many consonants are distinctive alone: their vowels are not
    /// compared.
    pub vowels_checked_up_to: usize,
    /// Largest vowel distance between two spellings of one name.
    pub max_vowel_distance: f64,
    /// Score at or above which two close spellings are variants of one name.
    pub variant_threshold: f64,
    /// Share of the cross pairs of two groups of unknown spellings that must be variants for
    /// the groups to join (average link, not one look-alike pair).
    pub average_link_share: f64,
    /// Above this many cross pairs, one variant pair joins two groups (cost bound).
    pub average_link_max_pairs: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LexiconParams {
    /// Shortest unknown token (in letters) tried as words run together without spaces.
    pub run_together_min_letters: usize,
    /// Most words a run-together token is split into.
    pub run_together_max_words: usize,
    /// Longest word looked for inside a run-together token.
    pub run_together_max_letters: usize,
}

/// The defaults of every value (docs/tuning.md says where each was measured).
pub const TUNING: Tuning = Tuning {
    score: ScoreParams {
        length_ratio: 0.93,
        length_variance: 3.25,
        length_weight: 0.3,
        number_weight: 0.3,
        shorter_side_weight: 0.5,
        fragment_side_weight: 0.5,
        length_floor: 0.01,
        coverage_prior: 1.0,
        unknown_weight: 0.3,
        name_weight: 1.0,
    },
    fragments: FragmentParams {
        fragment_side_weight: 0.85,
        length_weight: 0.1,
    },
    rarity: RarityParams {
        idf_floor: 0.25,
        loose_key_min: 2,
    },
    matching: MatchOptions {
        matched: 0.36,
        weak: 0.26,
        matched_sentence: 0.32,
        weak_sentence: 0.23,
        max_window: 3,
        candidates: 12,
        margin_weight: 0.5,
        credit_margin: 0.1,
        min_confidence: 0.85,
    },
    ranking: RankingParams {
        fragment_words: 6,
        sentence_words: 12,
        extra_sentence_cost: 0.04,
        heading_cost_for_pieces: 0.1,
    },
    flags: FlagParams {
        whole_window_coverage: 0.5,
    },
    align: AlignOptions {
        skip_cost: 1.5,
        merge_cost: 1.0,
        two_two_cost: 2.0,
        three_cost: Some(1.5),
        four_cost: Some(3.0),
        paragraph_cost: 0.3,
        max_sentence_cost: 2.0,
        reference_mismatch: 0.61,
        length_cost: 0.1,
        merge_threshold: 0.05,
        band_half_width: 5,
        full_search_work: 1_000_000,
        anchors: AnchorOptions {
            window: 4,
            widen_every: 2,
            max_window: 60,
            min_score: 0.3,
            min_margin: 0.1,
        },
    },
    review: ReviewParams {
        low_bead_score: 0.3,
        unrelated_mean_score: 0.2,
        unmatched_english_share: 0.3,
    },
    language: LanguageParams {
        arabic_share_threshold: 0.3,
        arabic_share_beside_english: 0.15,
        arabic_share_over_english: 3.0,
    },
    segment: SegmentParams {
        heading_max_words: 16,
        byline_max_words: 8,
        heading_max_bytes: 300,
        max_sentence_words: 120,
        min_piece_words: 40,
        min_tail_words: 10,
        max_credit_bytes: 80,
    },
    numbers: NumberParams {
        approximate_tolerance: 0.1,
        magnitude_low: 2.0,
        magnitude_high: 10.0,
    },
    names: NameParams {
        max_arabic_name_words: 4,
        max_block_comparisons: 256,
        full_substitution: 1.5,
        full_indel: 1.25,
        vowels_checked_up_to: 3,
        max_vowel_distance: 0.75,
        variant_threshold: 0.78,
        average_link_share: 0.34,
        average_link_max_pairs: 2500,
    },
    lexicon: LexiconParams {
        run_together_min_letters: 10,
        run_together_max_words: 6,
        run_together_max_letters: 12,
    },
    learn: LearnOptions {
        iterations: 5,
        min_prob: 0.1,
        top_k: 3,
        min_count: 2,
    },
    calibration: CalibrationParams {
        intercept: -1.8928,
        score: -0.5652,
        margin: 7.5223,
        log_words: -1.0102,
        coverage: 8.6693,
        english: 6.0218,
        lexical: 0.8794,
        alone: -1.9864,
        log_run_coverage: 0.4112,
        uncredited_rival: -6.4387,
    },
};

impl Default for Tuning {
    fn default() -> Self {
        TUNING
    }
}

/// The sections of `isnad.toml` that may change a run's tuning.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TuningFile {
    pub matching: Option<MatchingSection>,
}

/// `[matching]`: where the status thresholds lie (see `docs/check.md`, "Choosing thresholds").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchingSection {
    matched: Option<f64>,
    weak: Option<f64>,
    matched_sentence: Option<f64>,
    weak_sentence: Option<f64>,
    margin_weight: Option<f64>,
    credit_margin: Option<f64>,
    min_confidence: Option<f64>,
}

impl Tuning {
    /// These defaults with a project file's sections over them. The error names the section.
    pub fn with_file(mut self, file: &TuningFile) -> std::result::Result<Tuning, String> {
        if let Some(entry) = &file.matching {
            self.matching = entry.apply(self.matching)?;
        }
        Ok(self)
    }

    /// Every value as (`section.name`, value), sorted by name: what docs/tuning.md lists.
    pub fn flat(&self) -> Vec<(String, String)> {
        fn walk(prefix: &str, value: &toml::Value, out: &mut Vec<(String, String)>) {
            match value {
                toml::Value::Table(table) => {
                    for (key, v) in table {
                        let name = if prefix.is_empty() {
                            key.clone()
                        } else {
                            format!("{prefix}.{key}")
                        };
                        walk(&name, v, out);
                    }
                }
                toml::Value::Float(x) => out.push((prefix.to_string(), float_text(*x))),
                other => out.push((prefix.to_string(), other.to_string())),
            }
        }
        let value = toml::Value::try_from(self).expect("the tuning table serializes");
        let mut out = Vec::new();
        walk("", &value, &mut out);
        out
    }
}

/// A float as written in docs: `1.0`, `0.25`, and an `f32` field's value without the digits
/// its widening to `f64` adds (`0.1`, not `0.10000000149011612`).
fn float_text(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.1}")
    } else if f64::from(x as f32) == x {
        format!("{}", x as f32)
    } else {
        format!("{x}")
    }
}

impl MatchingSection {
    fn apply(&self, mut options: MatchOptions) -> std::result::Result<MatchOptions, String> {
        let set = |slot: &mut f64, value: Option<f64>, name: &str, max: f64| {
            if let Some(v) = value {
                if !(0.0..=max).contains(&v) {
                    return Err(format!("[matching] {name} = {v} is outside 0–{max}"));
                }
                *slot = v;
            }
            Ok(())
        };
        set(&mut options.matched, self.matched, "matched", 1.0)?;
        set(&mut options.weak, self.weak, "weak", 1.0)?;
        set(
            &mut options.matched_sentence,
            self.matched_sentence,
            "matched_sentence",
            1.0,
        )?;
        set(
            &mut options.weak_sentence,
            self.weak_sentence,
            "weak_sentence",
            1.0,
        )?;
        set(
            &mut options.margin_weight,
            self.margin_weight,
            "margin_weight",
            10.0,
        )?;
        set(
            &mut options.credit_margin,
            self.credit_margin,
            "credit_margin",
            1.0,
        )?;
        set(
            &mut options.min_confidence,
            self.min_confidence,
            "min_confidence",
            1.0,
        )?;
        if options.weak > options.matched || options.weak_sentence > options.matched_sentence {
            return Err(format!(
                "[matching] a weak threshold is above its matched threshold (weak {} / matched \
                 {}, weak_sentence {} / matched_sentence {}; unset values are the defaults)",
                options.weak, options.matched, options.weak_sentence, options.matched_sentence
            ));
        }
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/tuning.md lists every value of the table with its default; they must agree.
    #[test]
    fn the_documented_table_is_the_code() {
        let doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/tuning.md"));
        let documented: Vec<(String, String)> = doc
            .lines()
            .filter_map(|line| {
                let cells: Vec<&str> = line.split('|').map(str::trim).collect();
                // | `section.name` | default | what it does |
                let key = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
                Some((key.to_string(), cells.get(2)?.to_string()))
            })
            .collect();
        let code = TUNING.flat();
        for (key, value) in &code {
            let doc_value = documented.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            assert_eq!(
                doc_value,
                Some(value),
                "docs/tuning.md: `{key}` should be documented with the default {value}"
            );
        }
        for (key, _) in &documented {
            assert!(
                code.iter().any(|(k, _)| k == key),
                "docs/tuning.md documents `{key}`, which the code does not have"
            );
        }
    }

    #[test]
    fn a_project_file_overrides_matching_only_within_range() {
        let file: TuningFile = toml::from_str("[matching]\nmatched = 0.4\n").unwrap();
        let tuned = TUNING.with_file(&file).unwrap();
        assert_eq!(tuned.matching.matched, 0.4);
        assert_eq!(tuned.score, TUNING.score);
        let file: TuningFile = toml::from_str("[matching]\nweak = 2\n").unwrap();
        assert!(TUNING.with_file(&file).unwrap_err().contains("outside"));
        assert!(toml::from_str::<TuningFile>("[segment]\nmax_sentence_words = 3\n").is_err());
    }
}
