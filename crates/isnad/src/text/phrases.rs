//! Where a text writes a given phrase (a name of a few words): ASCII case folded, whole words,
//! each run of white space in the phrase matching any run in the text (`Halab Today`,
//! `halab  today` and `Halab` at a line's end with `Today` on the next are one phrase).

use std::ops::Range;

/// The byte spans of `text` where `phrase` is written, in order, not overlapping.
pub fn phrase_spans(text: &str, phrase: &str) -> Vec<Range<usize>> {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let Some((first, rest)) = words.split_first() else {
        return Vec::new();
    };
    // ASCII case folding keeps every byte where it was: offsets into `lower` are offsets into
    // `text`.
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = lower[from..].find(first.as_str()) {
        let start = from + p;
        from = start + first.len();
        let mut end = from;
        let whole = rest.iter().all(|word| {
            let after = &lower[end..];
            let gap = after.len() - after.trim_start().len();
            let found = gap > 0 && after[gap..].starts_with(word.as_str());
            if found {
                end += gap + word.len();
            }
            found
        });
        if whole && at_word_boundary(&lower, start, end) {
            out.push(start..end);
            from = end;
        }
    }
    out
}

/// Whether `start..end` of `text` is neither preceded nor followed by a letter or digit.
fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, phrase: &str) -> Vec<&'a str> {
        phrase_spans(text, phrase)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn whole_words_any_case_any_white_space() {
        let text = "HALAB TODAY said; Halab  Today and Halab\nToday, not Halab Todays or Aleppo.";
        assert_eq!(
            found(text, "Halab Today"),
            ["HALAB TODAY", "Halab  Today", "Halab\nToday"]
        );
        assert_eq!(
            found("Al-Furat reported, al-furat said", "Al-Furat"),
            ["Al-Furat", "al-furat"]
        );
        assert_eq!(found("Al-Furatiya", "Al-Furat"), Vec::<&str>::new());
        assert_eq!(found("anything", "  "), Vec::<&str>::new());
        assert_eq!(found("قالت حلب اليوم", "حلب اليوم"), ["حلب اليوم"]);
    }
}
