//! How much a spelling's letters must show before it is taken for a known place: the evidence
//! a key carries (see `docs/names.md`, "The Arabic decides; a key alone says little").

use super::super::score::{are_variants, final_vowel, vowels_agree, Prepared};

/// A spelling lowercased, without the marks GeoNames writes for ʿayn and hamza (`Anah, ‘Anah,
/// Ma'rib): still the spelling as written otherwise, no folding of accents or articles.
pub(super) fn unmarked(spelling: &str) -> String {
    spelling
        .chars()
        .filter(|c| !matches!(c, '\'' | '`' | '‘' | '’' | 'ʿ' | 'ʾ' | 'ʻ' | 'ʼ'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How a Latin spelling found its gazetteer place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    /// A spelling the place lists (as written or folded), or a GeoNames listing.
    Listed,
    /// Only a key variant of one of its spellings: a guess, which the Arabic of the sources
    /// overrules.
    Key,
}

/// How much a key match must show before a spelling no list holds is taken for a known place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KeyEvidence {
    /// A variant by the score ([`are_variants`]): enough to say that a word is a place name.
    Variant,
    /// [`strong_key_match`]: enough to say which place it is.
    Strong,
}

impl KeyEvidence {
    pub(super) fn holds(self, spelling: &Prepared, listed: &Prepared) -> bool {
        match self {
            KeyEvidence::Variant => are_variants(spelling, listed).is_some(),
            KeyEvidence::Strong => strong_key_match(spelling, listed),
        }
    }
}

/// Whether a spelling no list holds is a variant of a listed spelling strongly enough to be
/// taken for that place, not merely for a place name. A skeleton of one or two consonants says
/// almost nothing (`cm` is al-Sham and شمع, `tb` al-Otaybah and الطيبة, `dl` Dael and al-Dhalea),
/// and the vowels count at every length ([`vowels_agree`]): Qantara is no Quneitra, Mansouri
/// no al-Mansoura.
pub fn strong_key_match(spelling: &Prepared, listed: &Prepared) -> bool {
    let short = |p: &Prepared| p.key.skeleton.chars().count() < STRONG_KEY_MIN_LETTERS;
    if short(spelling) || short(listed) || are_variants(spelling, listed).is_none() {
        return false;
    }
    // A key runs over word boundaries and drops the letters it cannot read (ʿayn, the
    // article), so one word may key like a name of several: Nairab (النيرب) keys as Ain
    // al-Arab (nrb), Kobani's Arabic name. Written as one word against several, a short
    // skeleton is a coincidence; a long one (Kafrdabla, Kafr Dabla) is not.
    if words(&spelling.text) != words(&listed.text)
        && spelling.key.skeleton.chars().count() < SPLIT_KEY_MIN_LETTERS
    {
        return false;
    }
    // Without the text around it (the spelling alone, not beside the listed one in a report),
    // the final vowel counts too: Mansouri (المنصوري) is no al-Mansoura (المنصورة).
    vowels_agree(spelling, listed)
        && (spelling.arabic
            || listed.arabic
            || final_vowel(&spelling.folded) == final_vowel(&listed.folded))
}

/// Fewest consonants of a key that, alone, may name a known place.
const STRONG_KEY_MIN_LETTERS: usize = 3;

/// Fewest consonants of a key that may name a known place written in another number of words.
const SPLIT_KEY_MIN_LETTERS: usize = 5;

/// How many words a Latin spelling is written in (a hyphen or an apostrophe after an article
/// parts words too: al-Arab, ad-Dana).
fn words(spelling: &str) -> usize {
    spelling
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .count()
}
