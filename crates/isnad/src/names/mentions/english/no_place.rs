//! Capitalized names that are no places by what they are, whatever cue or gazetteer row stands
//! with them: an armed group, a feast or a month named alone (`al-Qaeda`, `Ashura`: lists in
//! `corpus/names/groups.txt`, `observances.txt`), a bare point of the compass (`the South`), a
//! Title Case description of common English words ending in a plural (`Frontline Villages`).

use super::cues::{COMPASS, HEADS};
use super::{is_article, trim_suffixes, Word};
use crate::names::gazetteer::is_common_english_word;
use crate::names::key::fold_spelling;
use crate::names::mentions::stoplist::StopList;

/// Whether the name `words[first..=last]` is never a place (unless a place noun follows it,
/// which the caller checks: `fled to Ramadan village`).
///
/// - Its words, lone articles aside, are all stop words or words of groups.txt and
///   observances.txt: a stop word keeps its force after an article (`al-Qaeda`, `Al-Nusra`,
///   `al-Shabab`), and a group or a feast alone is no place even when a gazetteer lists the word
///   (`Baath` of Baath City, GeoNames' `Muharram`), though a longer name holding it is
///   (`Baath City`, `Tenth of Ramadan City`).
/// - It is one point of the compass (`the South`, `the North`): Lebanon's governorates are
///   listed as `North` and `South`, but a bare compass word in news is a direction or a region
///   of whatever country the sentence is about.
/// - It is two words or more, each a common English word and none a head word, the last a
///   plural (`Frontline Villages`, `Global Citizens` in a Title Case headline): a description,
///   not a name. A singular keeps its place (`Port Said`, `Garden City`, `Old City`), and the
///   gazetteer's listing of the whole wins (checked by the caller).
pub(super) fn never_a_place(text: &str, words: &[Word], first: usize, last: usize) -> bool {
    let stop = StopList::get();
    let word = |k: usize| trim_suffixes(&text[words[k].start..words[k].end]);
    let meaningful: Vec<&str> = (first..=last)
        .map(word)
        .filter(|w| !is_article(&w.to_lowercase()))
        .collect();
    if meaningful.is_empty() {
        return false;
    }
    if meaningful.iter().all(|w| stop.is_no_place_alone(w)) {
        return true;
    }
    if let [only] = meaningful.as_slice() {
        return COMPASS.contains(&only.to_lowercase().as_str());
    }
    let common = |w: &str| is_common_english_word(w) && !HEADS.contains(&fold_spelling(w).as_str());
    let last = meaningful[meaningful.len() - 1];
    let plural = last
        .strip_suffix('s')
        .is_some_and(|singular| common(singular) && !singular.ends_with('s'));
    plural && meaningful.iter().all(|w| common(w))
}

/// How many words from `words[k]` make a name of several words of groups.txt or observances.txt
/// (`Hayat Tahrir al-Sham`, `Asaib Ahl al-Haq`, `Eid al-Adha`), if any: dropped whole, so that no
/// word of it is a place (`Jund al-Aqsa` is no Aqsa, `Ansar Bayt al-Maqdis` no Bayt).
pub(super) fn no_place_phrase_at(text: &str, words: &[Word], k: usize, to: usize) -> Option<usize> {
    let ahead = (k..to).map(|m| trim_suffixes(&text[words[m].start..words[m].end]));
    StopList::get().no_place_phrase_at(ahead)
}

/// First words of armed groups' names (front, brigade, army, corps, movement …) that the
/// lists do not hold before every name: `Jabhat Ansar al-Din`, whose `Ansar al-Din` groups.txt
/// lists, leaves no `Jabhat` behind (QA 34f D11).
const GROUP_HEADS: &[&str] = &[
    "jabhat", "jabha", "liwa", "faylaq", "failaq", "jaish", "jaysh", "saraya", "harakat",
    "harakah", "kataib", "katibat", "alwiya", "hayat", "tajammu",
];

/// When a name of groups.txt starts at word `k`, takes a group's first word right before it
/// (`Jabhat` of `Jabhat Ansar al-Din`) out of the name being read, `part` (first word, last
/// word, end byte).
pub(super) fn drop_group_head(
    text: &str,
    words: &[Word],
    k: usize,
    part: &mut Option<(usize, usize, usize)>,
) {
    let Some((first, last, _)) = *part else {
        return;
    };
    let head = |m: usize| {
        GROUP_HEADS.contains(&fold_spelling(&text[words[m].start..words[m].end]).as_str())
    };
    if last + 1 != k || !head(last) {
        return;
    }
    *part = (last > first).then(|| {
        let end = words[last - 1].start
            + trim_suffixes(&text[words[last - 1].start..words[last - 1].end]).len();
        (first, last - 1, end)
    });
}

#[cfg(test)]
mod tests {
    use crate::names::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<String> {
        super::super::tests::names_in(text, Gazetteer::embedded())
    }

    #[test]
    fn armed_groups_after_a_cue_are_no_places() {
        for text in [
            "Defectors from al-Qaeda joined the group.",
            "Fighters from Al-Nusra attacked the checkpoint.",
            "Men from Ahrar al-Sham withdrew.",
            "Recruits from Hayat Tahrir al-Sham arrived.",
            "Envoys from Ansar Allah arrived.",
            "Volunteers from al-Hashd al-Shaabi arrived overnight.",
            "Commanders from Hashd al-Shaabi denied any role.",
            "Fighters from Jund al-Aqsa and Ansar al-Sharia withdrew.",
            "Men from Asaib Ahl al-Haq and Liwa Fatemiyoun arrived.",
            "Fighters from al-Shabab attacked.",
            "Commanders from Kataib Hezbollah arrived.",
            "Fighters from the Hashd's units arrived.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // The place beside a group is still found.
        assert_eq!(
            names("Fighters from Hayat Tahrir al-Sham entered Saraqib."),
            ["Saraqib"]
        );
        assert_eq!(
            names("Men from Asaib Ahl al-Haq and residents of Tilmanas met."),
            ["Tilmanas"]
        );
    }

    #[test]
    fn a_group_head_before_a_listed_group_is_no_place() {
        assert_eq!(
            names("Residents of Jabhat Ansar al-Din areas fled to Atmeh."),
            ["Atmeh"]
        );
    }

    #[test]
    fn feasts_months_parties_and_compass_words_are_no_places() {
        let text = "Shiite pilgrims gathered in Karbala for Ashura on Sunday. The commemoration \
                    of Ashura passed without incident. The truce was agreed in Ramadan. \
                    Officials of the Baath attended the funeral in Qardaha. In Yemen, the \
                    separatists control the South, officials said, while the Houthis hold the \
                    North. Shops closed at Christmas. In Aleppo, clashes erupted in the al-Shaar \
                    district.";
        assert_eq!(names(text), ["Karbala", "Qardaha", "Aleppo", "al-Shaar"]);
        // A longer name holding such a word is still a place, and so is one a place noun
        // follows.
        assert_eq!(names("Shelling hit Baath City on Monday."), ["Baath City"]);
        assert_eq!(names("Residents fled to Ramadan village."), ["Ramadan"]);
    }

    #[test]
    fn a_compass_word_with_its_country_is_a_listed_region() {
        let text = "Israeli troops withdrew from South Lebanon in 2000. Strikes continued across \
                    the South Governorate.";
        assert_eq!(names(text), ["South Lebanon", "South Governorate"]);
    }

    #[test]
    fn title_case_prepositions_end_a_name_and_cue_the_next() {
        let text = "# Shelling Intensifies Around Saraqib\n\n## Rebels Retake Hill Near Kafr \
                    Nabl\n\n## Army Advances Toward Kafranbel\n\n## Government Troops Pull Back \
                    From Frontline Villages\n";
        assert_eq!(names(text), ["Saraqib", "Kafr Nabl", "Kafranbel"]);
    }
}
