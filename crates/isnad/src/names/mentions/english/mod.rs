//! Place-name mentions in English text.
//!
//! 1. Words keep their inner hyphens and apostrophes (`Ma'arrat`, `al-Nu'man`, `Dar'a`).
//! 2. Capitalized words separated by single spaces form a sequence; a lowercase article between
//!    two of them stays in (`Ma'arrat an Nu'man`).
//! 3. The stop list splits a sequence (`Monday`, `Russian`, `The`), an organization word drops
//!    what comes before it (`Al-Nusra Front`), a feature noun is cut off (`Kafrdabla Castle`).
//! 4. What is left is a place when the gazetteer knows it, when it starts with a head word
//!    (`Kafr`, `Tal`, `Jabal` …), when a cue says so — a preposition or a verb before it
//!    (`near X`, `to X`, `shelled X`), `village of X`, `X countryside`, `X's port`, a list whose
//!    other member is a place (`Koflika and Ghazaleh`) — or when the Arabic sources hold a word
//!    with its key ([`ArabicEvidence`]).
//! 5. Persons (given names, titles, `X said`), organizations and shouted words are never places;
//!    a sentence-initial word needs positive evidence (exact gazetteer match, head word, a place
//!    noun after it, Arabic evidence), never a fuzzy key: "Troops", "Forty" are not villages.
//!    `docs/names.md` ("Finding mentions") lists every rule.

use super::evidence::ArabicEvidence;
use super::stoplist::StopList;
use super::Mention;
use crate::names::gazetteer::{is_common_english_word, Gazetteer};
use crate::names::key::{fold_spelling, is_apostrophe};
use crate::text::LineIndex;
use unicode_normalization::char::is_combining_mark;

mod compounds;
mod cues;
mod headline;
#[cfg(test)]
mod list_tests;
mod no_place;
mod subject;
#[cfg(test)]
mod tests;

use compounds::split_compounds;
use cues::*;

/// A word with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// A candidate name: a span of one or more words, with the words around it.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// Index of its first and last word in the word list.
    first: usize,
    last: usize,
    accepted: bool,
    /// Never a place, whatever its list says: a person, a shouted word, a sentence-initial word
    /// without evidence.
    blocked: bool,
    /// A person or a shouted word: not even the rest of the document makes it a place.
    never: bool,
    /// The subject of a place's predicate (`… was shelled`): a list before it is its subject too.
    subject: bool,
}

/// The place-name mentions of an English text, by the English rules and the gazetteer.
pub fn find(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    find_with(text, gazetteer, &ArabicEvidence::new())
}

/// The place-name mentions of an English text; `evidence` (the keys of the words of the Arabic
/// sources) makes a capitalized span a place in any context where it is not excluded. A run of
/// white space reads as one space (`Jisr\u{a0}al-Shughur` is `Jisr al-Shughur`).
pub fn find_with(text: &str, gazetteer: &Gazetteer, evidence: &ArabicEvidence) -> Vec<Mention> {
    super::in_plain(text, |t| find_raw(t, gazetteer, evidence))
}

/// [`find_with`] on a text whose white space is already folded.
pub(super) fn find_raw(
    text: &str,
    gazetteer: &Gazetteer,
    evidence: &ArabicEvidence,
) -> Vec<Mention> {
    let (words, route_parts) = split_compounds(text, split_words(text), gazetteer);
    let stop = StopList::get();
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !starts_name(&text[words[i].start..words[i].end]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && single_space(text, &words, j) {
            let w = &text[words[j].start..words[j].end];
            // An article standing alone joins two parts of a name (Ma'arrat an Nu'man), but
            // "as", "an", "at" are English words too: "north of Latakia as Russian jets …".
            let article_then_name = is_article(w)
                && j + 1 < words.len()
                && single_space(text, &words, j + 1)
                && starts_name(&text[words[j + 1].start..words[j + 1].end])
                && !stop.is_stop(trim_suffixes(&text[words[j + 1].start..words[j + 1].end]))
                // "Doctors at Zliten": after a common word they are the English words.
                && !(matches!(w, "as" | "at" | "an")
                    && english_word_before(text, &words, j, stop));
            if starts_name(w) || article_then_name {
                j += 1;
            } else {
                break;
            }
        }
        split_sequence(text, &words, i, j, gazetteer, &mut candidates);
        i = j;
    }
    // No place is named in more words than this (the gazetteers' longest spellings have 6 or 7);
    // a longer run of capitals is a title or a list without commas, and keying it whole made
    // clustering superlinear in its length (3,000 words: 32 s).
    candidates.retain(|c| c.last + 1 - c.first <= MAX_NAME_WORDS);
    // In a Title Case headline a name ends at its first common English word, unless the
    // gazetteer lists the whole (`Port Said`); what is left of common words alone is no name
    // (`Domestic` of `on Domestic Violence Charges`).
    candidates.retain_mut(|c| {
        if c.last > c.first
            && headline::title_case_line(text, c.start)
            && gazetteer.lookup_listed(&text[c.start..c.end]).is_none()
        {
            if let Some(last) = headline::name_end_in_headline(text, &words, c.first, c.last) {
                if headline::common_words_only(text, &words, c.first, last) {
                    return false;
                }
                c.last = last;
                c.end = words[last].start
                    + trim_suffixes(&text[words[last].start..words[last].end]).len();
            }
        }
        true
    });
    for c in &mut candidates {
        let surface = &text[c.start..c.end];
        let initial = sentence_initial(text, &words, c.first);
        let exact = gazetteer.lookup_listed(surface).is_some();
        // A fuzzy (key) match never makes a sentence-initial word a place: "Troops", "Forty".
        let fuzzy = !exact && !initial && gazetteer.lookup_latin(surface).is_some();
        let letters = || surface.chars().filter(|c| c.is_alphabetic());
        // One letter is an initial or part of an abbreviation (U.N., U.S.), never a place.
        let shouting = letters().all(char::is_uppercase);
        // `Hundreds were evacuated`: a common word starting a sentence is its subject, no place.
        c.subject = !(initial && is_common_english_word(surface))
            && subject::place_predicate_after(text, &words, c.last);
        // `the Idleb-Hama road`: each end of a route is a place.
        let route = (c.first..=c.last).any(|k| route_parts.contains(&k));
        let cued_after = c.subject || route || cue_after(text, &words, c.last);
        let cued_before = cue_before(text, &words, c.first);
        let cued = cued_before || cued_after;
        let person = is_person(text, &words, c, stop, cued_after);
        let head = has_head(surface, c.last > c.first);
        // `Residents of Maarzaf and Tilmanas said`: a speaker is no place by its own cue, but
        // the list (or a head word: `Kafr Hamam said`) can make it one.
        let speaker = !person && !head && !cued_before && speaker_after(text, &words, c.last);
        // Sentence-initial words need a longer key: short ones match Arabic function words.
        let attested = !shouting && evidence.supports(surface, if initial { 4 } else { 3 });
        // A place noun after it outweighs the lists: `fled to Ramadan village`.
        let no_place = no_place::never_a_place(text, &words, c.first, c.last)
            && !(exact && c.last > c.first)
            && !cue_after(text, &words, c.last);
        c.accepted = if no_place {
            false
        } else if stop.outlet.contains(&fold_spelling(surface)) {
            cued && !initial
        } else if exact {
            true
        } else if person || speaker {
            false
        } else if initial {
            !shouting && (head || cued_after) || attested
        } else {
            fuzzy || attested || (!shouting && (head || cued))
        };
        // Only `and`/`or` joins a speaker to a place list: `from Donggala, Nugroho said` is
        // an attribution after a comma.
        let joined =
            word_before(text, &words, c.first, 1).is_some_and(|w| matches!(w, "and" | "or"));
        let lone_speaker = speaker && !joined;
        c.blocked = !c.accepted && (person || lone_speaker || shouting || initial || no_place);
        c.never = !c.accepted && (person || speaker || shouting || no_place);
    }
    propagate_through_lists(text, &mut candidates);
    propagate_through_document(text, &mut candidates);
    let lines = LineIndex::new(text);
    candidates
        .iter()
        .filter(|c| c.accepted)
        .map(|c| Mention::new(text, &lines, c.start, c.end, gazetteer))
        .collect()
}

/// Words: letters and digits (with the combining marks after them), with hyphens and
/// apostrophes inside (between two letters).
fn split_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev_alnum = false;
    let mut prev_hyphen = false;
    while let Some((i, c)) = chars.next() {
        let next_alpha = chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        // `al-'Asal`: a hyphen before an apostrophe and a letter, and that apostrophe.
        let rest = &text[i + c.len_utf8()..];
        let mark_then_letter = |r: &str| {
            let mut cs = r.chars();
            cs.next().is_some_and(is_apostrophe) && cs.next().is_some_and(char::is_alphabetic)
        };
        let inner = (c == '-' || is_apostrophe(c)) && prev_alnum && next_alpha
            || c == '-' && prev_alnum && mark_then_letter(rest)
            || is_apostrophe(c) && prev_hyphen && next_alpha && start.is_some();
        // A combining mark (decomposed text: `Ḥamā` as H, U+0323, a, m, a, U+0304) belongs to
        // the letter before it.
        if start.is_some() && prev_alnum && is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(Word { start: s, end: i });
        }
        prev_alnum = c.is_alphanumeric();
        prev_hyphen = c == '-' && inner;
    }
    if let Some(s) = start {
        words.push(Word {
            start: s,
            end: text.len(),
        });
    }
    for w in &mut words {
        extend_by_ayn_marks(text, w);
    }
    words
}

/// The most words of one place name in English prose.
const MAX_NAME_WORDS: usize = 8;

/// Takes in a mark for ʿayn or hamza at the edges of a word: `‘Afrīn`, `Ra's al 'Ayn`, `Izraʿ`.
/// A leading `'` or `‘` is an opening quote when a closing one follows the word (`‘Zliten’`);
/// at the end only the modifier letters ʿ ʾ, never a quote mark. A backtick is a mark as GeoNames
/// writes ʿayn (`` `Anah ``, ``Dali` ``, ``Ba`albek``), but not one of a pair around a few words
/// (`` `Dorin` ``, `` `Kafr Dabla` ``): that is code or quote markup.
fn extend_by_ayn_marks(text: &str, w: &mut Word) {
    let before = text[..w.start].chars().next_back();
    let after = text[w.end..].chars().next();
    let leading = |c: char| is_apostrophe(c) && !(c == '`' && paired_backtick(text, w.start - 1));
    let edge_mark = |c: char| is_apostrophe(c) && !(c == '`' && paired_backtick(text, w.end));
    if let Some(mark) = before.filter(|&c| leading(c)) {
        let outside = text[..w.start - mark.len_utf8()].chars().next_back();
        let opening_quote = matches!(mark, '\'' | '‘') && matches!(after, Some('\'' | '’'));
        let starts_upper = text[w.start..].starts_with(char::is_uppercase);
        if !outside.is_some_and(char::is_alphanumeric) && !opening_quote && starts_upper {
            w.start -= mark.len_utf8();
        }
    }
    // After a final vowel of a capitalized word a quote mark writes hamza or ʿayn (`Sweida'`,
    // `Izra‘`), unless a quote opened right before the word (`'Misrata'`).
    let final_vowel = text[..w.end].chars().next_back().is_some_and(|c| {
        matches!(
            crate::names::key::fold_spelling(&c.to_string()).as_str(),
            "a" | "e" | "i" | "o" | "u"
        )
    });
    let quoted = text[..w.start].ends_with(['\'', '‘', '"', '“']);
    let after_mark = after.and_then(|c| text[w.end + c.len_utf8()..].chars().next());
    if let Some(mark) = after.filter(|&c| {
        matches!(c, 'ʿ' | 'ʾ')
            || edge_mark(c)
                && final_vowel
                && !quoted
                && !after_mark.is_some_and(char::is_alphanumeric)
                && text[w.start..].starts_with(char::is_uppercase)
    }) {
        w.end += mark.len_utf8();
    }
}

/// Whether the backtick at byte `at` opens or closes a pair around one name of at most four
/// words (`` `Dorin` ``, `` `Kafr Dabla` ``, `` `Jisr al-Shughur` ``): capitalized words and
/// articles, nothing but spaces, hyphens and apostrophes between them.
fn paired_backtick(text: &str, at: usize) -> bool {
    const MAX_WORDS: usize = 4;
    let in_span = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '\u{a0}' | '-' | '\'' | '’');
    let few_words = |s: &str| {
        s.split_whitespace().count() <= MAX_WORDS
            && s.split_whitespace()
                .all(|w| starts_name(w) || is_article(w))
    };
    let alnum_at_end = |s: &str| s.ends_with(char::is_alphanumeric);
    let alnum_at_start = |s: &str| s.starts_with(char::is_alphanumeric);
    // An opener: the first character after the span is a backtick that ends a word.
    let after = &text[at + 1..];
    let opens = alnum_at_start(after)
        && after.find(|c: char| !in_span(c)).is_some_and(|p| {
            after[p..].starts_with('`')
                && alnum_at_end(&after[..p])
                && !alnum_at_start(&after[p + 1..])
                && few_words(&after[..p])
        });
    // A closer: the last character before the span is a backtick that starts a word.
    let before = &text[..at];
    let closes = alnum_at_end(before)
        && before.rfind(|c: char| !in_span(c)).is_some_and(|p| {
            before[p..].starts_with('`')
                && alnum_at_start(&before[p + 1..])
                && !alnum_at_end(&before[..p])
                && few_words(&before[p + 1..])
        });
    opens || closes
}

/// The word without the ʿayn or hamza mark that may start it.
fn without_leading_mark(word: &str) -> &str {
    word.trim_start_matches(is_apostrophe)
}

/// Whether word `j` follows word `j - 1` after exactly one space.
/// Whether the word before `words[j]` is a common English word ("Doctors at Zliten"), so that an
/// `as`, `at` or `an` after it is English, not an Arabic article.
fn english_word_before(text: &str, words: &[Word], j: usize, stop: &StopList) -> bool {
    let before = trim_suffixes(&text[words[j - 1].start..words[j - 1].end]);
    stop.is_stop(before) || crate::names::gazetteer::is_common_english_word(before)
}

fn single_space(text: &str, words: &[Word], j: usize) -> bool {
    matches!(&text[words[j - 1].end..words[j].start], " " | "\u{a0}")
}

/// `al`, `el`, `an`, … standing alone between two capitalized words.
pub(super) fn is_article(word: &str) -> bool {
    if !word.is_ascii() {
        // `aţ`, `aẓ` of transliterations with dots and cedillas. A word folding to letters
        // that are still not ASCII (Cyrillic, Greek, an Arabic digit) is no article.
        let folded = fold_spelling(word);
        return word.chars().count() <= 3 && folded.is_ascii() && is_article(&folded);
    }
    matches!(
        word,
        "al" | "el"
            | "ad"
            | "ed"
            | "ash"
            | "as"
            | "at"
            | "az"
            | "ez"
            | "ar"
            | "an"
            | "en"
            | "es"
            | "adh"
            | "ath"
            | "er"
    )
}

/// A capitalized word, or a lowercase article joined to one (`al-Akrad`, `ez-Zor`).
fn starts_name(word: &str) -> bool {
    let first = without_leading_mark(word).chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        return true;
    }
    match word.split_once('-') {
        Some((article, rest)) => {
            is_article(article)
                && without_leading_mark(rest)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

/// Splits the capitalized sequence `words[from..to]` at stop words, organization words and
/// feature nouns, and pushes the parts that are left.
fn split_sequence(
    text: &str,
    words: &[Word],
    from: usize,
    to: usize,
    gazetteer: &Gazetteer,
    out: &mut Vec<Candidate>,
) {
    let stop = StopList::get();
    let mut part: Option<(usize, usize, usize)> = None; // (first word, last word, end byte)
    let flush = |part: &mut Option<(usize, usize, usize)>, out: &mut Vec<Candidate>| {
        if let Some((first, mut last, mut end)) = part.take() {
            // A name does not end in an article: "Marj Al" of "Marj Al Sultan" is "Marj".
            while is_article(&text[words[last].start..words[last].end].to_lowercase()) {
                if last == first {
                    return;
                }
                last -= 1;
                end = words[last].start
                    + trim_suffixes(&text[words[last].start..words[last].end]).len();
            }
            out.push(Candidate {
                start: words[first].start,
                end,
                first,
                last,
                accepted: false,
                blocked: false,
                never: false,
                subject: false,
            });
        }
    };
    let mut region_end = from;
    for k in from..to {
        // "Saudi Arabia", "United Arab Emirates": a country or region of several words is no
        // place of its own, and none of its words is one (Arabia is no spelling of Rabia).
        if k >= region_end {
            let ahead = (k..to).map(|m| trim_suffixes(&text[words[m].start..words[m].end]));
            let phrase = || no_place::no_place_phrase_at(text, words, k, to);
            if let Some(n) = stop.region_at(ahead).or_else(phrase) {
                no_place::drop_group_head(text, words, k, &mut part);
                flush(&mut part, out);
                region_end = k + n;
            }
        }
        if k < region_end {
            continue;
        }
        let raw = &text[words[k].start..words[k].end];
        let word = trim_suffixes(raw);
        if stop.is_organization(word) {
            part = None; // "Al-Nusra Front": what came before names the organization
            continue;
        }
        // An article inside a name (Ma'arrat an Nu'man), or a capitalized one starting a name
        // inside a sentence and followed by its noun (`shelled At Tanf`).
        let inner_article = is_article(word) && part.is_some()
            || k + 1 < to
                && is_article(&word.to_lowercase())
                && word.starts_with(char::is_uppercase)
                && !sentence_initial(text, words, k)
                // `Saraqeb As Talks Stall`: in a Title Case headline these are English.
                && !(matches!(word, "As" | "At" | "An")
                    && headline::title_case_line(text, words[k].start))
                && !stop.is_stop(trim_suffixes(&text[words[k + 1].start..words[k + 1].end]));
        // `South Lebanon`: a compass word and the country after it, listed together (Lebanon's
        // South governorate), are one name, though each alone is none (QA 34f D13).
        let compass_name = matches!(part, Some((first, last, _)) if first == last
            && last + 1 == k
            && COMPASS.contains(&text[words[first].start..words[first].end].to_lowercase().as_str())
            && gazetteer.lookup_listed(&text[words[first].start..words[k].start + word.len()]).is_some());
        if compass_name {
            let first = part.map_or(k, |p| p.0);
            part = Some((first, k, words[k].start + word.len()));
            flush(&mut part, out);
            continue;
        }
        if !inner_article && (stop.is_stop(word) || stop.is_feature(word)) {
            flush(&mut part, out);
            continue;
        }
        let end = words[k].start + word.len();
        part = Some(match part {
            Some((first, _, _)) => (first, k, end),
            None => (k, k, end),
        });
        if word.len() < raw.len() {
            // A possessive or a lowercase suffix ends the name: "Salma's", "Beirut-based".
            flush(&mut part, out);
        }
    }
    // "Al-Mayadeen television": an organization word right after the sequence.
    // Capitalized only: "the Kafr Dabla front" is a place on a front line.
    let followed_by_organization = to < words.len()
        && single_space(text, words, to)
        && text[words[to].start..].starts_with(char::is_uppercase)
        && stop.is_organization(&text[words[to].start..words[to].end]);
    if followed_by_organization {
        part = None;
    }
    flush(&mut part, out);
}

/// The word without a possessive `'s` and without a lowercase suffix after a hyphen.
fn trim_suffixes(word: &str) -> &str {
    if HEADS.contains(&fold_spelling(word).as_str()) {
        return word; // Ra's al-Ayn: the head word ras, not a possessive
    }
    let word = ["'s", "’s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    match word.rsplit_once('-') {
        Some((head, tail))
            if tail.chars().next().is_some_and(char::is_lowercase)
                && !is_article(head.rsplit('-').next().unwrap_or("")) =>
        {
            head
        }
        _ => word,
    }
}

fn has_head(surface: &str, several_words: bool) -> bool {
    let first = surface.split([' ', '-']).next().unwrap_or("");
    several_words && HEADS.contains(&fold_spelling(first).as_str())
}

/// The lowercase word `back` words before word `at`, if no sentence boundary is in between.
fn word_before<'t>(text: &'t str, words: &[Word], at: usize, back: usize) -> Option<&'t str> {
    let k = at.checked_sub(back)?;
    if text[words[k].end..words[at].start].contains(['.', '!', '?', '\n', ';', ':', '(', ')']) {
        return None;
    }
    Some(&text[words[k].start..words[k].end])
}

/// The word before word `at` when only spaces or an abbreviation's period separate them
/// (`Gen. Haftar`), lowercase.
fn word_just_before(text: &str, words: &[Word], at: usize) -> Option<String> {
    let k = at.checked_sub(1)?;
    let gap = &text[words[k].end..words[at].start];
    matches!(gap, " " | "\u{a0}" | ". ").then(|| text[words[k].start..words[k].end].to_lowercase())
}

/// Whether word `at` starts a sentence (or a line, a heading, a quotation after a colon). An
/// abbreviated title (`Gen.`, `Mr.`) does not end a sentence.
fn sentence_initial(text: &str, words: &[Word], at: usize) -> bool {
    let Some(k) = at.checked_sub(1) else {
        return true;
    };
    let gap = &text[words[k].end..words[at].start];
    if gap.contains(['!', '?', ':', '\n', '“', '"']) {
        return true;
    }
    gap.contains('.')
        && !(gap.trim() == "."
            && PERSON_BEFORE.contains(&text[words[k].start..words[k].end].to_lowercase().as_str()))
}

fn cue_before(text: &str, words: &[Word], first: usize) -> bool {
    let lower = |w: &str| w.to_lowercase();
    let mut back = 1;
    let mut before = word_before(text, words, first, back).map(lower);
    if before
        .as_deref()
        .is_some_and(|w| SKIPPED_BEFORE.contains(&w))
    {
        back += 1;
        before = word_before(text, words, first, back).map(lower);
    }
    let preceding = || word_before(text, words, first, back + 1).map(lower);
    match before.as_deref() {
        Some("of") => preceding()
            .is_some_and(|n| CUE_OF.contains(&n.as_str()) || COMPASS.contains(&n.as_str())),
        Some("to" | "on") => {
            !preceding().is_some_and(|n| NOT_PLACE_BEFORE_TO.contains(&n.as_str()))
        }
        Some(w) => CUE_BEFORE.contains(&w),
        None => false,
    }
}

fn cue_after(text: &str, words: &[Word], last: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    let gap = &text[words[last].end..next.start];
    if gap.contains(['.', '!', '?', '\n', ',', ';', ':']) {
        return false;
    }
    let next = text[next.start..next.end].to_lowercase();
    let raw = &text[words[last].start..words[last].end];
    let possessive = raw.ends_with("'s") || raw.ends_with("’s");
    if possessive {
        PLACE_POSSESSED.contains(&next.as_str())
    } else {
        CUE_AFTER.contains(&next.as_str())
    }
}

/// A person's name, not a place: a given name or a public figure's surname first (after a weak
/// head, second: `Sheikh Hamad`), a title or `said` before it (unless a place noun follows it:
/// `said Misrata's port`), a nisba before `family`. `said` after it is [`speaker_after`].
fn is_person(
    text: &str,
    words: &[Word],
    c: &Candidate,
    stop: &StopList,
    place_noun_after: bool,
) -> bool {
    let word = |k: usize| trim_suffixes(&text[words[k].start..words[k].end]);
    let mut first = c.first;
    if is_article(&word(first).to_lowercase()) && first < c.last {
        first += 1;
    }
    let folded = fold_spelling(word(first));
    let weak = WEAK_HEADS.contains(&folded.as_str());
    if !HEADS.contains(&folded.as_str()) && stop.is_person(word(first))
        || weak && first < c.last && stop.is_person(word(first + 1))
    {
        return true;
    }
    let speech = ["said", "says", "told", "tells", "quoted", "asked"];
    if word_just_before(text, words, c.first).is_some_and(|w| {
        PERSON_BEFORE.contains(&w.as_str()) && !(place_noun_after && speech.contains(&w.as_str()))
    }) {
        return true;
    }
    // "The Homsi family", "Halabi families": a nisba (-i) before a family noun is a family
    // name, not a spelling of Homs or Halab. A place stays one ("a Daraa family").
    let nisba = word(c.last).ends_with(['i', 'ī', 'y']);
    nisba && word_after(text, words, c.last + 1).is_some_and(|w| FAMILY_NOUNS.contains(&w.as_str()))
}

/// Whether `said`, `told` … (or an adverb and one of them) follows the name ending at word
/// `last`: a speaker, unless a place cue precedes it (`residents in Zliten said`).
fn speaker_after(text: &str, words: &[Word], last: usize) -> bool {
    match word_after(text, words, last + 1) {
        Some(w) if ADVERBS.contains(&w.as_str()) => {
            word_after(text, words, last + 2).is_some_and(|v| PERSON_AFTER.contains(&v.as_str()))
        }
        Some(w) => PERSON_AFTER.contains(&w.as_str()),
        None => false,
    }
}

/// Word `k`, lowercase, when one space precedes it.
fn word_after(text: &str, words: &[Word], k: usize) -> Option<String> {
    words
        .get(k)
        .is_some_and(|_| single_space(text, words, k))
        .then(|| text[words[k].start..words[k].end].to_lowercase())
}

/// One name, one sense per document: a spelling taken as a place where a cue shows it is a place
/// wherever else it stands without one ("Zliten was quiet" after "shelled Zliten"), unless that
/// occurrence is a person or a shouted word.
fn propagate_through_document(text: &str, candidates: &mut [Candidate]) {
    let places: std::collections::HashSet<&str> = candidates
        .iter()
        .filter(|c| c.accepted)
        .map(|c| &text[c.start..c.end])
        .collect();
    for c in candidates.iter_mut() {
        if !c.accepted && !c.never && places.contains(&text[c.start..c.end]) {
            c.accepted = true;
        }
    }
}

/// Members of one list share its fate: in `Dorin and Sahla Haseeko, Al-Koum and Jabal Nawba`,
/// one place makes all of them places.
fn propagate_through_lists(text: &str, candidates: &mut [Candidate]) {
    let stop = StopList::get();
    let linked: Vec<bool> = candidates
        .windows(2)
        .map(|pair| {
            let between = &text[pair[0].end..pair[1].start];
            between
                .split([' ', ',', '\u{a0}'])
                .all(|w| w.is_empty() || LIST_FILLERS.contains(&w) || stop.is_feature(w))
                && between.contains([',', 'a', 'o'])
                // The two ends of a split compound (`Lattakia-Aleppo`).
                || between == "-"
        })
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (k, &link) in linked.iter().enumerate() {
            let (a, b) = (&candidates[k], &candidates[k + 1]);
            // `Zliten and Misrata were shelled`: the predicate's subject is the whole list.
            let subject_list = link && b.subject && b.accepted && !a.accepted && !a.never;
            if subject_list || link && a.accepted != b.accepted && !a.blocked && !b.blocked {
                candidates[k].accepted = true;
                candidates[k + 1].accepted = true;
                changed = true;
            }
        }
    }
}

/// Whether `word` is the generic first word of place names (`Jabal`, `Deir`, `Kafr`, `Abu` …):
/// finding it says nothing of which place is meant.
pub(crate) fn is_generic_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    HEADS.contains(&lower.as_str()) || WEAK_HEADS.contains(&lower.as_str())
}
