//! Quotes in an English report: where they are ([`mod@extract`]) and whom they are credited to
//! ([`mod@attribution`]).

pub mod attribution;
pub mod extract;

pub use attribution::{attribute, Attribution, AttributionMethod, Outlet, OutletKind};
pub use extract::{
    extract, merge_repeats, occurrences, Gap, Quote, QuoteKind, QuoteLocation, Segment,
};
