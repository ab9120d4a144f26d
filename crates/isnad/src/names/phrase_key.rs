//! The key skeleton of a phrase of Arabic words, put together from its words': the sources hold
//! a few thousand distinct words in hundreds of thousands of pairs and runs, and keying each
//! phrase letter by letter was most of the names table's time. [`phrase_skeleton`] gives what
//! [`super::arabic_key`] gives for the words joined by spaces.

use super::key::{arabic_word_into, arabic_words, KeyBuilder};

/// What one word of [`super::key`]'s Arabic words adds to a phrase's skeleton, inside the
/// phrase and at its end (ة is t inside, in the construct state, and silent at the end): the
/// skeleton, and whether it loses its first letter after a skeleton ending in the same one (a
/// doubled letter is written once, across words too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WordKey {
    parts: [(String, bool); 2],
}

/// The words of an Arabic token as the key takes them (usually one; none for marks alone).
pub(crate) fn word_keys(token: &str) -> Vec<WordKey> {
    let part = |word: &[char], last_word: bool| {
        let mut alone = KeyBuilder::default();
        arabic_word_into(word, last_word, &mut alone);
        let skeleton = alone.finish().skeleton;
        let merges = skeleton.chars().next().is_some_and(|first| {
            let mut after = KeyBuilder::default();
            after.skeleton.push(first);
            arabic_word_into(word, last_word, &mut after);
            after.skeleton.len() == skeleton.len()
        });
        (skeleton, merges)
    };
    arabic_words(token)
        .iter()
        .map(|word| {
            let inside = part(word, false);
            // Only ة is keyed apart at the end.
            let last = if word.contains(&'ة') {
                part(word, true)
            } else {
                inside.clone()
            };
            WordKey {
                parts: [inside, last],
            }
        })
        .collect()
}

/// Writes into `out` the key skeleton of a phrase made of `words` in order.
pub(crate) fn phrase_skeleton<'a>(words: impl IntoIterator<Item = &'a WordKey>, out: &mut String) {
    out.clear();
    let mut words = words.into_iter().peekable();
    while let Some(word) = words.next() {
        let (skeleton, merges) = &word.parts[usize::from(words.peek().is_none())];
        let mut letters = skeleton.chars();
        // A doubled letter is written once, across words too.
        if *merges
            && letters
                .clone()
                .next()
                .is_some_and(|first| out.ends_with(first))
        {
            letters.next();
        }
        out.push_str(letters.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::arabic_key;
    use proptest::prelude::*;

    fn joined(tokens: &[&str]) -> String {
        let keys: Vec<WordKey> = tokens.iter().flat_map(|t| word_keys(t)).collect();
        let mut out = String::new();
        phrase_skeleton(&keys, &mut out);
        out
    }

    #[test]
    fn phrases_keyed_from_their_words() {
        for phrase in [
            "معرة النعمان",
            "قلعة المضيق",
            "دير الزور",
            "كفر نبل",
            "تل تمر",
            "رأس العين الكبيرة",
            "سلمى",
            "ـَ سلمى",
            "سلمى ـُ",
            "",
        ] {
            let tokens: Vec<&str> = phrase.split(' ').collect();
            assert_eq!(joined(&tokens), arabic_key(phrase).skeleton, "{phrase}");
        }
    }

    proptest! {
        #[test]
        fn any_phrase_keys_as_a_whole(
            tokens in prop::collection::vec("[ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئـ\u{064E}\u{0651}\u{0670}x]{0,7}", 0..4)
        ) {
            let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
            prop_assert_eq!(joined(&refs), arabic_key(&tokens.join(" ")).skeleton);
        }
    }
}
