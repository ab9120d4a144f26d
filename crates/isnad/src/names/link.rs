//! Cross-script links: which Arabic name an English spelling romanizes, by the variant score
//! between the English key and the key computed from the Arabic letters.

use super::score::{are_variants, Prepared};

/// The Arabic candidate that best matches any of `english` (index into `arabic`, and its score),
/// among those within variant distance. Ties go to the earlier candidate.
pub fn best_arabic(english: &[Prepared], arabic: &[Prepared]) -> Option<(usize, f64)> {
    let mut best: Option<(usize, f64)> = None;
    for (i, ar) in arabic.iter().enumerate() {
        let score = english
            .iter()
            .filter_map(|en| are_variants(en, ar).map(|s| s.score()))
            .fold(None, |acc: Option<f64>, s| {
                Some(acc.map_or(s, |a| a.max(s)))
            });
        if let Some(s) = score {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
    }
    best
}

/// The best Arabic candidate by score alone, within variant distance or not (for ranking all
/// names of a list, where some English spelling must be linked to something).
pub fn nearest_arabic(english: &Prepared, arabic: &[Prepared]) -> Option<usize> {
    arabic
        .iter()
        .enumerate()
        .map(|(i, ar)| (i, super::score::similarity(english, ar).score()))
        .fold(None, |best: Option<(usize, f64)>, (i, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((i, s)),
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(v: &[&str]) -> Vec<Prepared> {
        v.iter().map(|s| Prepared::new(s)).collect()
    }

    #[test]
    fn english_spellings_find_their_arabic_name() {
        let arabic = p(&["سلمى", "كفردبل", "غزالة", "الكوم"]);
        assert_eq!(
            best_arabic(&p(&["Kafrdabla", "Kfar Debl"]), &arabic)
                .unwrap()
                .0,
            1
        );
        assert_eq!(best_arabic(&p(&["Ghazaleh"]), &arabic).unwrap().0, 2);
        assert_eq!(best_arabic(&p(&["Al-Koum"]), &arabic).unwrap().0, 3);
        assert!(best_arabic(&p(&["Homs"]), &arabic).is_none());
        assert_eq!(nearest_arabic(&Prepared::new("Selma"), &arabic), Some(0));
    }
}
