//! Quantities in Arabic and English text: digits in any script, number words. (Stub: filled in by
//! the similarity issue.)
