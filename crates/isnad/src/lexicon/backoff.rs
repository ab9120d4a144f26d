//! Finding an Arabic word the lexicon lists under another form. Light10 stems too lightly for a
//! dictionary: it leaves object pronouns, a ta marbuta written ت before a pronoun, a lone
//! preposition or ف and verb conjugations in place; and news text runs words together without
//! spaces. These look-ups try the forms a word may stand for, in order, and take the first the
//! lexicon knows. They live apart from the lexicon's storage (the parent module) because they are
//! Arabic morphology on top of it, and to keep that module under the house size.

use super::Lexicon;
use crate::text::tokens::{
    is_letter, is_stopword, stem_ar, tokenize, without_ar_article, TokenKind,
};
use crate::text::{is_arabic_char, Lang};

/// Pronouns attached to nouns, longest first (see [`Lexicon::ar_id_backoff`]).
const ATTACHED_PRONOUNS: [&str; 9] = ["هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ي"];

/// Shortest token (in letters) that [`Lexicon::split_run_together`] tries to split: shorter
/// unknown words are most often names.
pub const RUN_TOGETHER_MIN_LETTERS: usize = crate::tuning::TUNING.lexicon.run_together_min_letters;
/// Most words a run-together token is split into.
pub const RUN_TOGETHER_MAX_WORDS: usize = crate::tuning::TUNING.lexicon.run_together_max_words;
/// Longest word looked for inside a run-together token.
const RUN_TOGETHER_MAX_LETTERS: usize = crate::tuning::TUNING.lexicon.run_together_max_letters;
/// Longest stretch of a run-together token [`Lexicon::split_run_with_unknown`] splits in one
/// search, in letters: about twenty words.
const RUN_MOST_LETTERS: usize = 120;
/// Longest run [`Lexicon::split_run_with_unknown`] splits at all, stretch by stretch: a page.
const RUN_LONGEST_LETTERS: usize = 5000;
/// Least share of a run-together token's letters its known words must cover for
/// [`Lexicon::split_run_with_unknown`] to split it: a name run together with a few known words
/// is still mostly known words; a long unknown word with two short words inside is not.
const RUN_KNOWN_SHARE: f64 = 0.6;

/// Where each letter of `word` starts, and its end: piece `i..j` of the word is
/// `word[starts[i]..starts[j]]`.
fn letter_starts(word: &str) -> Vec<usize> {
    word.char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect()
}

/// One step of [`Lexicon::split_run_with_unknown`]'s search: the (unknown letters, pieces) of
/// the best split so far, where its last piece starts and whether that piece is a word.
type RunStep = ((usize, usize), usize, bool);

/// Whether `text` runs its Arabic words together (a paragraph copied out of a PDF without its
/// spaces): half of its Arabic letters or more stand in tokens of [`RUN_LETTERS`] letters or
/// longer. A long name in a sentence of ordinary words
/// (ماساتشوستس) does not make it so, and is not cut into pieces that would lose its
/// romanization ([`Lexicon::split_run_with_unknown`]).
pub fn runs_words_together(text: &str) -> bool {
    let (mut letters, mut in_runs) = (0usize, 0usize);
    // Words as the tokenizer cuts them: the vowel marks of a vowelled text stay inside its
    // words, whose letters alone are counted.
    for token in tokenize(text) {
        if token.kind != TokenKind::Word {
            continue;
        }
        let n = token
            .text(text)
            .chars()
            .filter(|&c| is_arabic_char(c) && is_letter(c))
            .count();
        letters += n;
        if n >= RUN_LETTERS {
            in_runs += n;
        }
    }
    letters > 0 && 2 * in_runs >= letters
}

/// The length from which a token is a run of words in [`runs_words_together`]: longer than an
/// Arabic word with all its clitics (والاستراتيجيات, 14) or a long name (ماساتشوستس, 10), as
/// three short words glued together are. A sentence dense with long words (الاستخبارات
/// الإسرائيلية والأمريكية) is not a run.
const RUN_LETTERS: usize = 16;

impl Lexicon {
    /// Id of a normalized Arabic word, backing off when its light stem is unknown: Light10 leaves
    /// object and possessive pronouns (قلقهم "their worry", حذرتنا), a ta marbuta written ت
    /// before a pronoun (جولته), a lone attached preposition (بقدمه) or ف (فقال) in place, and
    /// the lexicon lists dictionary forms. Each fallback strips one more clitic and stems again;
    /// the first known stem wins. Last, a conjugated verb backs off to the verb the lexicon lists
    /// ([`Lexicon::verb_base`]).
    pub fn ar_id_backoff(&self, normalized_word: &str) -> Option<u32> {
        self.clitic_backoff(normalized_word)
            .or_else(|| self.verb_base(normalized_word))
    }

    /// [`Lexicon::ar_id_backoff`] without the verb back-off.
    fn clitic_backoff(&self, normalized_word: &str) -> Option<u32> {
        // Object/possessive pronouns Light10 leaves (it strips ه, ها and ي itself), and وا of
        // the plural past and subjunctive (لن يتخلوا). ATTACHED_PRONOUNS, for a ت before a
        // pronoun, lists every pronoun a noun takes.
        const PRONOUNS: [&str; 7] = ["هما", "كما", "هم", "هن", "كم", "نا", "وا"];
        const PREPOSITIONS: [&str; 3] = ["ب", "ل", "ك"];
        let letters = |s: &str| s.chars().count();
        if let Some(id) = self
            .ar_id(stem_ar(normalized_word))
            .or_else(|| self.ta_before_pronoun(normalized_word))
        {
            return Some(id);
        }
        let mut candidates: Vec<&str> = Vec::new();
        for suffix in PRONOUNS {
            if let Some(rest) = normalized_word.strip_suffix(suffix) {
                if letters(rest) >= 3 {
                    candidates.push(rest);
                }
            }
        }
        // The alif that carries the accusative tanween (عامًا, قائلًا, شخصًا), written without
        // its mark in most news text: عاما is عام. Tried after the pronouns, which also end in
        // ا (حذرتنا is حذرت, not حذرتن).
        if let Some(rest) = normalized_word.strip_suffix('ا') {
            if letters(rest) >= 3 {
                candidates.push(rest);
            }
        }
        let base: Vec<&str> = std::iter::once(normalized_word)
            .chain(candidates.iter().copied())
            .collect();
        for word in base {
            let after_conjunction = word.strip_prefix(['و', 'ف']).filter(|r| letters(r) >= 3);
            // Light10 leaves a lone ف (فقال "so he said") in place.
            candidates.extend(after_conjunction.filter(|_| word.starts_with('ف')));
            for w in [Some(word), after_conjunction].into_iter().flatten() {
                for p in PREPOSITIONS {
                    if let Some(rest) = w.strip_prefix(p) {
                        if letters(rest) >= 3 {
                            candidates.push(rest);
                        }
                    }
                }
            }
        }
        let found = candidates
            .iter()
            .find_map(|c| self.ar_id(stem_ar(c)).or_else(|| self.ar_id(c)));
        if found.is_some() {
            return found;
        }
        candidates.iter().find_map(|w| self.ta_before_pronoun(w))
    }

    /// The id of the verb a conjugated form is of, when the lexicon lists the verb's past or
    /// present stem but not this form: the person prefix of the present (أ ن ت ي, with the
    /// future سـ), the subject suffix (ون ين وا ان ن; past تم تما تن نا ت) and an object
    /// pronoun (هم ها ه كم ك ني نا) are stripped in turn, leaving three letters at least, and the
    /// least stripped form the lexicon knows wins:
    /// سنغادرها → غادر, قتلوهم → قتل, نعرفه → عرف.
    pub fn verb_base(&self, normalized_word: &str) -> Option<u32> {
        const FUTURE: [&str; 1] = ["س"];
        const PERSON: [&str; 4] = ["ا", "ن", "ت", "ي"];
        const OBJECT: [&str; 8] = ["هما", "هم", "ها", "كم", "ني", "نا", "ه", "ك"];
        const SUBJECT: [&str; 11] = [
            "تما", "تم", "تن", "ون", "ين", "وا", "ان", "نا", "و", "ت", "ن",
        ];
        let letters = |s: &str| s.chars().count();
        let word = normalized_word
            .strip_prefix(['و', 'ف'])
            .filter(|r| letters(r) >= 4)
            .unwrap_or(normalized_word);
        let mut stems: Vec<&str> = Vec::new();
        let with_prefix = [word]
            .into_iter()
            .chain(FUTURE.iter().filter_map(|f| word.strip_prefix(f)));
        for w in with_prefix {
            let bare = PERSON.iter().filter_map(|p| w.strip_prefix(p));
            for w in [w].into_iter().chain(bare) {
                let objects = OBJECT.iter().filter_map(|o| w.strip_suffix(o));
                for w in [w].into_iter().chain(objects) {
                    let subjects = SUBJECT.iter().filter_map(|x| w.strip_suffix(x));
                    stems.extend([w].into_iter().chain(subjects));
                }
            }
        }
        stems
            .into_iter()
            .filter(|s| *s != normalized_word && letters(s) >= 3)
            .find_map(|s| self.ar_id(s).or_else(|| self.ar_id(stem_ar(s))))
    }

    /// The id of an Arabic word (`key`: its lexicon key, `normalized`: the word normalized): the
    /// key itself, else the back-off. One look-up for the scorer and for `lexicon show`.
    pub fn ar_word_id(&self, key: &str, normalized: &str) -> Option<u32> {
        self.ar_word_lookup(key, normalized).map(|(id, _)| id)
    }

    /// [`Lexicon::ar_word_id`], and whether the key itself was found (not the back-off).
    pub fn ar_word_lookup(&self, key: &str, normalized: &str) -> Option<(u32, bool)> {
        match self.ar_id(key) {
            Some(id) => Some((id, true)),
            None => self.ar_id_backoff(normalized).map(|id| (id, false)),
        }
    }

    /// A word ending in ت + an attached pronoun that Light10 does not strip: the ت of a plural's
    /// ات (تصريحاته "his statements") or of the root (بيتك "your house") as written, else a ta
    /// marbuta (جولته "his tour" is جولة + ه). The form with ت comes first, so that بيتهم is
    /// بيت + هم, never بيه.
    fn ta_before_pronoun(&self, word: &str) -> Option<u32> {
        ATTACHED_PRONOUNS.iter().find_map(|pronoun| {
            let rest = word.strip_suffix(pronoun)?;
            let noun = rest.strip_suffix('ت').filter(|n| n.chars().count() >= 2)?;
            self.ar_id(stem_ar(rest))
                .or_else(|| self.ar_id(stem_ar(&format!("{noun}ه"))))
        })
    }

    /// The words of a normalized Arabic token that is several words run together without
    /// spaces (النصفيةبسبب, وزيرالخارجية), content words only: `None` unless the token is long
    /// ([`RUN_TOGETHER_MIN_LETTERS`]) and splits wholly into known words and stop words, at most
    /// [`RUN_TOGETHER_MAX_WORDS`] of them, two content words at least. The split with the fewest
    /// words wins; among those, the one whose last word is longest.
    pub fn split_run_together<'w>(&self, normalized_word: &'w str) -> Option<Vec<&'w str>> {
        // A longer "word" is not prose (a hash, a base64 blob, a 50 MB line without spaces):
        // splitting it would cost time for nothing.
        if normalized_word.len() > 4 * RUN_TOGETHER_MAX_LETTERS * RUN_TOGETHER_MAX_WORDS {
            return None;
        }
        let starts = letter_starts(normalized_word);
        let n = starts.len() - 1;
        if !(RUN_TOGETHER_MIN_LETTERS..=RUN_TOGETHER_MAX_LETTERS * RUN_TOGETHER_MAX_WORDS)
            .contains(&n)
        {
            return None;
        }
        // best[i]: fewest words covering the first i letters, and where the last one starts.
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0));
        for end in 2..=n {
            for start in end.saturating_sub(RUN_TOGETHER_MAX_LETTERS)..=end - 2 {
                let Some((count, _)) = best[start] else {
                    continue;
                };
                let piece = &normalized_word[starts[start]..starts[end]];
                if self.is_run_piece(piece) && best[end].is_none_or(|(c, _)| count + 1 < c) {
                    best[end] = Some((count + 1, start));
                }
            }
        }
        let (count, _) = best[n]?;
        if !(2..=RUN_TOGETHER_MAX_WORDS).contains(&count) {
            return None;
        }
        let mut pieces = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start) = best[end].expect("reachable");
            pieces.push(&normalized_word[starts[start]..starts[end]]);
            end = start;
        }
        pieces.reverse();
        let words: Vec<&str> = pieces
            .into_iter()
            .filter(|p| !is_stopword(Lang::Ar, p))
            .collect();
        // One content word and stop words around it is a single unknown word cut up.
        (words.len() >= 2).then_some(words)
    }

    /// A run of words without spaces that holds words the lexicon does not know (names, rare
    /// words): the split with the fewest unknown letters, then the fewest pieces, when its known
    /// words cover at least [`RUN_KNOWN_SHARE`] of its letters and two of them are content words.
    /// The known content words and the unknown pieces of three letters or more (a name's
    /// romanization still matches), in order. For a token [`Lexicon::split_run_together`] does
    /// not split, up to [`RUN_MOST_LETTERS`] letters (a paragraph copied out of a PDF without
    /// its spaces runs a whole clause together), in a text that [`runs_words_together`]: a long
    /// name alone (ماساتشوستس) would be cut into pieces that happen to be words.
    pub fn split_run_with_unknown<'w>(&self, normalized_word: &'w str) -> Option<Vec<&'w str>> {
        // A longer "word" is not prose (a hash, a 50 MB line without spaces): not tried.
        if normalized_word.len() > 4 * RUN_LONGEST_LETTERS {
            return None;
        }
        let starts = letter_starts(normalized_word);
        let n = starts.len() - 1;
        if !(RUN_TOGETHER_MIN_LETTERS..=RUN_LONGEST_LETTERS).contains(&n) {
            return None;
        }
        if n <= RUN_MOST_LETTERS {
            return self.split_run_piece(normalized_word);
        }
        // A whole paragraph run together (no punctuation left to cut it): split in stretches of
        // RUN_MOST_LETTERS letters; a word cut at a stretch's end is lost, the rest are found.
        let mut words = Vec::new();
        let mut from = 0;
        while from < n {
            let to = (from + RUN_MOST_LETTERS).min(n);
            if to - from >= RUN_TOGETHER_MIN_LETTERS {
                let stretch = &normalized_word[starts[from]..starts[to]];
                words.extend(self.split_run_piece(stretch).unwrap_or_default());
            }
            from = to;
        }
        (words.len() >= 2).then_some(words)
    }

    /// [`Lexicon::split_run_with_unknown`] of a token of at most [`RUN_MOST_LETTERS`] letters.
    fn split_run_piece<'w>(&self, normalized_word: &'w str) -> Option<Vec<&'w str>> {
        let starts = letter_starts(normalized_word);
        let n = starts.len() - 1;
        // best[i]: (unknown letters, pieces) of the best split of the first i letters, where its
        // last piece starts and whether that piece is known.
        let mut best: Vec<Option<RunStep>> = vec![None; n + 1];
        best[0] = Some(((0, 0), 0, true));
        for end in 1..=n {
            for start in end.saturating_sub(RUN_TOGETHER_MAX_LETTERS)..end {
                let Some(((unknown, pieces), _, _)) = best[start] else {
                    continue;
                };
                let piece = &normalized_word[starts[start]..starts[end]];
                let known = end - start >= 2 && self.is_run_piece(piece);
                let cost = if known {
                    (unknown, pieces + 1)
                } else {
                    (unknown + end - start, pieces + 1)
                };
                if best[end].is_none_or(|(c, _, _)| cost < c) {
                    best[end] = Some((cost, start, known));
                }
            }
        }
        let ((unknown, _), _, _) = best[n]?;
        if (n - unknown) as f64 / (n as f64) < RUN_KNOWN_SHARE {
            return None;
        }
        let mut pieces = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start, known) = best[end].expect("reachable");
            pieces.push((&normalized_word[starts[start]..starts[end]], known));
            end = start;
        }
        pieces.reverse();
        let known_content = pieces
            .iter()
            .filter(|(p, known)| *known && !is_stopword(Lang::Ar, p))
            .count();
        if known_content < 2 {
            return None;
        }
        Some(
            pieces
                .into_iter()
                .filter(|(p, known)| {
                    if *known {
                        !is_stopword(Lang::Ar, p)
                    } else {
                        p.chars().count() >= 3
                    }
                })
                .map(|(p, _)| p)
                .collect(),
        )
    }

    /// Whether a piece of a run-together token is a word: a stop word, or a word the lexicon
    /// knows with three letters besides the article (four through the back-off).
    fn is_run_piece(&self, piece: &str) -> bool {
        // Three letters besides the article, or الموجودين would split into الم "pain" and
        // وجودين.
        let own_letters = without_ar_article(piece).chars().count();
        // إلا and إلى (normalized الا, الي) would eat the article and first letter of a single
        // word: الالتزامات is not الا + لتزامات. A word found only through the back-off needs
        // four letters of its own, or suffixes pass for words.
        if is_stopword(Lang::Ar, piece) {
            !matches!(piece, "الا" | "الي")
        } else {
            own_letters >= 3 && self.ar_id(stem_ar(piece)).is_some()
                || own_letters >= 4 && self.clitic_backoff(piece).is_some()
        }
    }
}
