//! Checks over matched quotes: wrong outlet, changed numbers, missing names, no source, variant
//! spellings, weak matches. Each flag has a severity and a one-line explanation; [`run`] ties
//! the pipeline together into one [`CheckReport`].

mod duals;
mod facts;
mod findings;
mod flags;
pub mod learn;
mod matching;
pub mod memory_floor;
pub mod negation;
pub mod number_roles;
mod run;

pub use findings::{Finding, FindingKind};
pub use flags::flags_for;
pub use run::{
    run, Candidate, CheckInput, CheckReport, CheckedQuote, RunnerUp, SeverityCounts, SourceSummary,
    Summary,
};

use serde::{Deserialize, Serialize};

/// How serious a flag is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The kinds of problem `check` reports; their names are part of the CSV/JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    Misattributed,
    NoSource,
    NumberMismatch,
    NegationMismatch,
    NameMissing,
    VariantSpelling,
    WeakMatch,
}

impl FlagKind {
    pub const ALL: [FlagKind; 7] = [
        FlagKind::Misattributed,
        FlagKind::NoSource,
        FlagKind::NumberMismatch,
        FlagKind::NegationMismatch,
        FlagKind::NameMissing,
        FlagKind::VariantSpelling,
        FlagKind::WeakMatch,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FlagKind::Misattributed => "misattributed",
            FlagKind::NoSource => "no-source",
            FlagKind::NumberMismatch => "number-mismatch",
            FlagKind::NegationMismatch => "negation-mismatch",
            FlagKind::NameMissing => "name-missing",
            FlagKind::VariantSpelling => "variant-spelling",
            FlagKind::WeakMatch => "weak-match",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub kind: FlagKind,
    pub severity: Severity,
    pub explanation: String,
}

impl Flag {
    pub fn new(kind: FlagKind, severity: Severity, explanation: impl Into<String>) -> Flag {
        Flag {
            kind,
            severity,
            explanation: explanation.into(),
        }
    }
}
