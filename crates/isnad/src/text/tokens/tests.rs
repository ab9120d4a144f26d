use super::stem::parse_base_forms;
use super::*;

fn cut(text: &str) -> Vec<(TokenKind, &str)> {
    tokenize(text)
        .iter()
        .map(|t| (t.kind, t.text(text)))
        .collect()
}

use TokenKind::{Number as N, Punct as P, Word as W};

#[test]
fn words_and_punctuation() {
    assert_eq!(
        cut("Clashes raged, the NGO said."),
        [
            (W, "Clashes"),
            (W, "raged"),
            (P, ","),
            (W, "the"),
            (W, "NGO"),
            (W, "said"),
            (P, ".")
        ]
    );
    assert_eq!(
        cut("«قال المرصد»"),
        [(P, "«"), (W, "قال"), (W, "المرصد"), (P, "»")]
    );
}

#[test]
fn apostrophe_between_letters_stays_inside_hyphen_splits() {
    assert_eq!(
        cut("Ma'arrat al-Nu’man rebels' "),
        [
            (W, "Ma'arrat"),
            (W, "al"),
            (P, "-"),
            (W, "Nu’man"),
            (W, "rebels"),
            (P, "'")
        ]
    );
}

#[test]
fn arabic_marks_and_controls_stay_inside_words() {
    assert_eq!(cut("مُحَمَّدٌ قال"), [(W, "مُحَمَّدٌ"), (W, "قال")]);
    assert_eq!(cut("كفر\u{200C}دبل"), [(W, "كفر\u{200C}دبل")]);
    assert_eq!(cut("الســلام"), [(W, "الســلام")]);
    // A bidi mark around a word is not part of it.
    assert_eq!(cut("\u{200F}سلمى\u{200F}"), [(W, "سلمى")]);
}

#[test]
fn a_soft_hyphen_or_zero_width_character_stays_inside_an_english_word() {
    assert_eq!(
        cut("Lata\u{AD}kia fell"),
        [(W, "Lata\u{AD}kia"), (W, "fell")]
    );
    assert_eq!(cut("Sal\u{200B}ma"), [(W, "Sal\u{200B}ma")]);
    assert_eq!(cut("word\u{AD} "), [(W, "word")]);
}

#[test]
fn dots_join_single_letter_abbreviations_only() {
    assert_eq!(cut("U.S. forces"), [(W, "U.S"), (P, "."), (W, "forces")]);
    assert_eq!(cut("(أ.ف.ب)"), [(P, "("), (W, "أ.ف.ب"), (P, ")")]);
    assert_eq!(cut("Mr. X"), [(W, "Mr"), (P, "."), (W, "X")]);
    assert_eq!(cut("A.Bolton"), [(W, "A"), (P, "."), (W, "Bolton")]);
    assert_eq!(cut("U.Sa"), [(W, "U"), (P, "."), (W, "Sa")]);
}

#[test]
fn numbers_in_all_three_digit_scripts() {
    assert_eq!(cut("1,200 3.5"), [(N, "1,200"), (N, "3.5")]);
    assert_eq!(cut("١٬٢٠٠ ٣٫٥ ۱۲"), [(N, "١٬٢٠٠"), (N, "٣٫٥"), (N, "۱۲")]);
    assert_eq!(cut("12,345,678.25"), [(N, "12,345,678.25")]);
}

#[test]
fn separators_only_join_proper_digit_groups() {
    assert_eq!(cut("1,2"), [(N, "1"), (P, ","), (N, "2")]);
    assert_eq!(
        cut("in 2012, 40"),
        [(W, "in"), (N, "2012"), (P, ","), (N, "40")]
    );
    assert_eq!(cut("3.5.1"), [(N, "3.5"), (P, "."), (N, "1")]);
    assert_eq!(cut("5."), [(N, "5"), (P, ".")]);
}

#[test]
fn letters_end_a_number() {
    assert_eq!(cut("50km"), [(N, "50"), (W, "km")]);
    assert_eq!(cut("COVID-19"), [(W, "COVID"), (P, "-"), (N, "19")]);
}

#[test]
fn light10_prefixes() {
    assert_eq!(stem_ar("المرصد"), "مرصد");
    assert_eq!(stem_ar("والجيش"), "جيش");
    assert_eq!(stem_ar("بالقصف"), "قصف");
    assert_eq!(stem_ar("للجيش"), "جيش");
    assert_eq!(stem_ar("وقال"), "قال");
    // و alone needs three letters left; ال needs two.
    assert_eq!(stem_ar("وقت"), "وقت");
    assert_eq!(stem_ar("الم"), "الم");
}

#[test]
fn light10_suffixes() {
    assert_eq!(stem_ar("والمدينه"), "مدين");
    assert_eq!(stem_ar("والمدينة"), "مدين");
    assert_eq!(stem_ar("بالقوات"), "قو");
    assert_eq!(stem_ar("المسلحين"), "مسلح");
    assert_eq!(stem_ar("مقاتلون"), "مقاتل");
    assert_eq!(stem_ar("السوريه"), "سور");
    assert_eq!(stem_ar("قواتها"), "قو");
    // Never fewer than two letters.
    assert_eq!(stem_ar("فيه"), "في");
    assert_eq!(stem_ar("به"), "به");
}

#[test]
fn a_root_waw_is_kept_when_stripping_it_would_leave_two_letters() {
    let n = |w: &str| arabic::normalize(w);
    assert_ne!(stem_ar(&n("ولاية")), stem_ar(&n("لا")));
    assert_ne!(stem_ar(&n("وحدة")), stem_ar(&n("حد")));
    // Nor is a longer word stripped down to a negation, which it would share entries with.
    assert_eq!(stem_ar(&n("الولايات")), stem_ar(&n("ولاية")));
    assert_ne!(stem_ar(&n("الولايات")), stem_ar(&n("ولا")));
    assert_eq!(stem_ar(&n("المائة")), stem_ar(&n("بالمائة")));
    assert_ne!(stem_ar(&n("المائة")), "ما");
    assert_eq!(stem_ar(&n("ولا")), "ولا");
    assert_eq!(stem_ar(&n("ومائة")), stem_ar(&n("المائة")));
    // The conjunction still goes where a real word remains.
    assert_eq!(stem_ar(&n("والمدينة")), stem_ar(&n("المدينة")));
    assert_eq!(stem_ar(&n("وقصف")), "قصف");
}

#[test]
fn content_words_never_stem_to_function_words() {
    let stem = |w: &str| stem_ar(&arabic::normalize(w)).to_string();
    for form in ["الله", "لله", "اللهم", "بالله", "والله"] {
        assert_eq!(stem(form), "الله", "{form}");
    }
    for (word, function_word) in [
        ("هيئة", "هي"),
        ("أمين", "ام"),
        ("الآن", "ان"),
        ("كانون", "كان"),
        ("فئات", "في"),
        ("ألوان", "وان"),
    ] {
        let s = stem(word);
        assert_ne!(s, function_word, "{word}");
        assert!(!is_stopword(Lang::Ar, &s), "{word} stems to {s}");
    }
    assert_eq!(stem("خارجية"), stem("خارجي")); // one word, not خارج "outside"
    assert_ne!(stem("خارجية"), "خارج");
    // Stripping that leaves a content word is unchanged.
    assert_eq!(stem("والمدينة"), "مدين");
    assert_eq!(stem("المسلحين"), "مسلح");
}

#[test]
fn stem_ar_returns_a_sub_slice() {
    let word = String::from("والمدينه");
    let stem = stem_ar(&word);
    let offset = stem.as_ptr() as usize - word.as_ptr() as usize;
    assert_eq!(&word[offset..offset + stem.len()], stem);
}

#[test]
fn may_capitalised_is_a_content_word() {
    assert_eq!(content_terms("on 5 May", Lang::En), ["may"]);
    assert_eq!(
        content_terms("Theresa May's plan", Lang::En),
        ["theresa", "may", "plan"]
    );
    assert!(content_terms("it may rain", Lang::En) == ["rain"]);
}

#[test]
fn irregular_forms_meet_their_base_form() {
    assert_eq!(stem_en("took"), stem_en("take"));
    assert_eq!(stem_en("Fled"), stem_en("flee"));
    assert_eq!(stem_en("children"), stem_en("child"));
    // Regular forms still go through Snowball alone.
    assert_eq!(stem_en("killed"), stem_en("kill"));
}

#[test]
fn the_irregular_forms_table_is_well_formed() {
    let table = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/lexicon/en-irregular.tsv"
    ));
    for (n, line) in table.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 2, "line {}: {line:?}", n + 1);
        assert!(
            fields
                .iter()
                .all(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase())),
            "line {}: {line:?}",
            n + 1
        );
        assert_ne!(
            fields[0],
            fields[1],
            "line {}: a form that is its own base",
            n + 1
        );
    }
    assert!(parse_base_forms(table).len() > 150);
}

#[test]
fn english_stems() {
    assert_eq!(stem_en("clashes"), "clash");
    assert_eq!(stem_en("Advancing"), "advanc");
    assert_eq!(stem_en("forces"), "forc");
}

#[test]
fn stop_words_match_normalized_forms() {
    assert!(is_stopword(Lang::En, "the"));
    assert!(is_stopword(Lang::En, "would"));
    assert!(!is_stopword(Lang::En, "village"));
    assert!(is_stopword(Lang::Ar, "في"));
    // إلى and التي are listed unnormalized; lookups use the normalized form.
    assert!(is_stopword(Lang::Ar, &arabic::normalize("إلى")));
    assert!(is_stopword(Lang::Ar, &arabic::normalize("التي")));
    assert!(is_stopword(Lang::Ar, "وهو"));
    assert!(!is_stopword(Lang::Ar, "مرصد"));
}

#[test]
fn negations_are_not_stop_words() {
    for word in ["not", "no", "never", "nor", "without", "cannot"] {
        assert!(!is_stopword(Lang::En, word), "{word}");
    }
    for word in ["لا", "لم", "لن", "ليس", "ليست", "غير", "ما", "ولا", "ولم"]
    {
        assert!(!is_stopword(Lang::Ar, &arabic::normalize(word)), "{word}");
    }
}

#[test]
fn english_word_normalization() {
    assert_eq!(normalize_english_word("Observatory's"), "observatory");
    assert_eq!(normalize_english_word("Ma'arrat"), "maarrat");
    assert_eq!(normalize_english_word("Nu’man"), "numan");
}

#[test]
fn content_terms_drop_stop_words_and_stem() {
    assert_eq!(
        content_terms("The clashes did not stop in the village.", Lang::En),
        ["clash", "not", "stop", "villag"]
    );
    assert_eq!(
        content_terms("قالَ المرصد إن الاشتباكات لم تتوقف في القرية", Lang::Ar),
        ["قال", "مرصد", "اشتباك", "لم", "تتوقف", "قر"]
    );
}

#[test]
fn content_terms_follow_each_words_script() {
    assert_eq!(
        content_terms("The village of Salma (سلمى)", Lang::En),
        ["villag", "salma", "سلم"]
    );
    assert_eq!(content_terms("قناة AFP", Lang::Ar), ["قنا", "afp"]);
    // An abbreviation keeps its dots, so U.S. never becomes the pronoun "us".
    assert_eq!(content_terms("U.S. troops", Lang::En), ["u.s", "troop"]);
}

#[test]
fn content_term_spans_point_into_the_original() {
    let text = "قالَ المرصدُ";
    let words = content_words(text, Lang::Ar);
    assert_eq!(words.len(), 2);
    assert_eq!(&text[words[0].span.clone()], "قالَ");
    assert_eq!(&text[words[1].span.clone()], "المرصدُ");
    assert_eq!(words[1].stem, "مرصد");
    assert_eq!(words[1].normalized, "المرصد");
}

#[test]
fn invisible_characters_and_ligatures_inside_english_words_are_not_read() {
    let clean = content_terms("The government announced five people", Lang::En);
    for dirty in [
        "The gov\u{AD}ernment an\u{AD}nounced five peo\u{AD}ple",
        "The gov\u{200B}ernment an\u{2060}nounced \u{FB01}ve peo\u{200B}ple",
    ] {
        assert_eq!(content_terms(dirty, Lang::En), clean, "{dirty:?}");
    }
    // Spans stay on the original text, invisible characters included.
    let text = "Dam\u{AD}ascus";
    let words = content_words(text, Lang::En);
    assert_eq!(words[0].normalized, "damascus");
    assert_eq!(words[0].span, 0..text.len());
    assert_eq!(visible_latin("\u{FB02}ed"), "fled");
    assert!(matches!(
        visible_latin("plain"),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn an_acronym_spelled_like_a_stop_word_is_a_content_word() {
    assert_eq!(
        content_terms("A WHO official said IT was serious", Lang::En),
        ["who", "offici", "say", "it", "serious"]
    );
    // In Arabic copy too, where it is a Latin word.
    assert_eq!(
        content_terms("قال مسؤول في منظمة WHO", Lang::Ar)
            .last()
            .unwrap(),
        "who"
    );
    // US is the country, keyed like U.S.
    assert_eq!(content_terms("US forces", Lang::En), ["u.s", "forc"]);
    assert_eq!(content_terms("U.S. forces", Lang::En), ["u.s", "forc"]);
    // Lowercase, one capital or a single letter: still stop words.
    assert_eq!(
        content_terms("who is it? Is It? I", Lang::En),
        Vec::<String>::new()
    );
    // A headline in capitals: its stop words are not acronyms.
    assert_eq!(
        content_terms("WHO SAYS IT IS SERIOUS", Lang::En),
        ["say", "serious"]
    );
    assert!(is_acronym("WHO") && is_acronym("U\u{AD}S") && !is_acronym("Who") && !is_acronym("A"));
}

#[test]
fn inflected_verbs_are_told_by_their_ending_or_the_irregular_table() {
    for verb in ["released", "participating", "held", "accepted", "took"] {
        assert!(is_inflected_verb(verb), "{verb}");
    }
    for word in ["sites", "military", "hostages", "red", "king"] {
        assert!(!is_inflected_verb(word), "{word}");
    }
}
