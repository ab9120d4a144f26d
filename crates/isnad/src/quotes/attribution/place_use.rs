//! A declared outlet's name used as a place (Al-Mayadeen is a Beirut channel and a town of Deir
//! ez-Zor; QA 35): the words around a mention that put it on the map.

use super::*;

/// Nouns for a place or its people before "of" and a name: "the city of al-Mayadeen",
/// "residents of al-Mayadeen", "the eastern countryside of al-Mayadeen".
const PLACE_OF: &[&str] = &[
    "city",
    "town",
    "village",
    "villages",
    "province",
    "governorate",
    "district",
    "region",
    "area",
    "countryside",
    "outskirts",
    "suburbs",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "camp",
    "residents",
    "people",
    "inhabitants",
    "locals",
    "natives",
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "heart",
    "streets",
    "entrance",
    "edge",
];

/// Prepositions that put a name on the map whatever it names ("near al-Mayadeen", "around
/// al-Mayadeen").
const PLACE_PREPOSITIONS: &[&str] = &[
    "near", "around", "outside", "towards", "toward", "into", "across", "inside", "nearby",
];

/// Nouns after a name that make it a place: "al-Mayadeen countryside", "Idlib province".
const PLACE_AFTER: &[&str] = &[
    "countryside",
    "province",
    "governorate",
    "district",
    "outskirts",
    "suburbs",
    "area",
    "region",
];

/// Words that make "in"/"from" before a name the outlet's, not a place: what it publishes or who
/// writes for it ("an article in Al-Watan", "reporters from Al-Mayadeen"), publishing verbs
/// ("published in Al-Watan", "appeared in Al-Watan").
const PUBLISHED: &[&str] = &[
    "published",
    "appeared",
    "appearing",
    "ran",
    "carried",
    "printed",
    "interview",
    "column",
    "op-ed",
    "remarks",
    "comments",
    "quotes",
    "journalist",
    "journalists",
    "staff",
    "team",
    "crew",
];

/// Whether mention `m` names a place rather than the outlet (Al-Mayadeen is a Beirut channel and
/// a town of Deir ez-Zor): "the city/town/village of X", "residents/people of X" (a noun of
/// [`PLACE_OF`] before "of"), "near/around/outside/towards/into X", "X countryside/province", or
/// "in/from X" unless what the outlet publishes or who writes for it stands within three words
/// before ("an article in X", "reporters from X", "published in X"), or X's own noun follows
/// ("in X's report"). Words joined by one space only, within the mention's sentence.
pub(super) fn used_as_place(text: &str, m: &Mention) -> bool {
    let before = &text[m.sentence.0..m.start];
    let tail = tail_start(before, 6);
    let prev: Vec<String> = word_spans(&before[tail..])
        .into_iter()
        .rev()
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let joined_before = before.ends_with(' ') && !before.trim_end().ends_with([',', ';', ':']);
    let after = &text[m.end..m.sentence.1];
    let next = words(after)
        .next()
        .filter(|&(at, _)| at == 1 && after.starts_with(' '))
        .map(|(_, w)| w.to_lowercase());
    if next.as_deref().is_some_and(|w| PLACE_AFTER.contains(&w)) {
        return true;
    }
    if !joined_before {
        return false;
    }
    let Some(p) = prev.first().map(String::as_str) else {
        return false;
    };
    if PLACE_PREPOSITIONS.contains(&p) {
        return true;
    }
    if p == "of" {
        return prev.get(1).is_some_and(|w| PLACE_OF.contains(&w.as_str()));
    }
    // Sentence-initial "In Al-Watan, …" may be the paper: only after other words.
    if matches!(p, "in" | "from") && prev.len() >= 2 {
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        let published = prev[1..].iter().take(3).any(|w| {
            let w = without_possessive(w);
            PUBLISHED.contains(&w)
                || OUTLET_VOICE.contains(&w)
                || REPORTING_VERBS.contains(&w)
                || SPEAKING_WORDS.contains(&w)
        });
        return !possessive && !published;
    }
    false
}

/// Verbs of speech in the "-ing" form: "said in a statement", "speaking from Beirut".
const SPEAKING_WORDS: &[&str] = &["saying", "speaking", "writing", "told", "wrote", "written"];
