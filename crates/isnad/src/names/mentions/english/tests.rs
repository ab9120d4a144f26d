use super::*;
use crate::names::gazetteer::tests::fixture;

fn names(text: &str) -> Vec<String> {
    names_in(text, &fixture())
}

/// The surfaces of the places found in `text` (the tests of the other files of the module use
/// it too).
pub(super) fn names_in(text: &str, gazetteer: &Gazetteer) -> Vec<String> {
    find(text, gazetteer)
        .into_iter()
        .map(|m| m.surface)
        .collect()
}

#[test]
fn english_words_that_look_like_articles_do_not_join_names() {
    let found = names_in(
        "Jets struck north of Latakia as Russian jets flew.",
        Gazetteer::embedded(),
    );
    assert_eq!(found, ["Latakia"]);
}

#[test]
fn a_lowercase_front_after_a_place_is_not_an_organization() {
    let found = names_in(
        "They repelled the attack on the Kafr Dabla front.",
        Gazetteer::embedded(),
    );
    assert_eq!(found, ["Kafr Dabla"]);
}

#[test]
fn cues_heads_and_gazetteer() {
    assert_eq!(
        names("Clashes raged around the village of Dorin on Monday."),
        ["Dorin"]
    );
    assert_eq!(names("Troops shelled Tal Rifaat and left."), ["Tal Rifaat"]);
    assert_eq!(names("Fighting in Kfardebla continued."), ["Kfardebla"]);
    assert_eq!(names("Strikes hit Jebel Akrad overnight."), ["Jebel Akrad"]);
    assert_eq!(
        names("The northern Latakia countryside burned."),
        ["Latakia"]
    );
}

#[test]
fn ordinary_capitals_are_not_places() {
    assert!(names("The Syrian Observatory said Monday that Russian jets struck.").is_empty());
    assert!(names("Orient News said the Free Syrian Army withdrew.").is_empty());
    assert!(names("Dorin is popular. Hezbollah fighters arrived.").is_empty());
    assert!(names("The NGO said the NDF advanced in September.").is_empty());
}

#[test]
fn organizations_around_a_place_name() {
    assert!(names("pro-Damascus Al-Mayadeen television reported").is_empty());
    assert!(names("Al-Mayadeen added that the army advanced.").is_empty());
    assert_eq!(
        names("Shelling in al-Mayadeen killed two."),
        ["al-Mayadeen"]
    );
    assert!(names("fighters of the Al-Nusra Front").is_empty());
}

#[test]
fn particles_apostrophes_and_possessives() {
    assert_eq!(
        names("near Ma'arrat an Nu'man today"),
        ["Ma'arrat an Nu'man"]
    );
    assert_eq!(names("towards Maarat al-Numan."), ["Maarat al-Numan"]);
    assert_eq!(names("Salma's defenders held."), ["Salma"]);
    assert_eq!(names("from Dar'a"), ["Dar'a"]);
    assert_eq!(names("near Deir ez-Zor"), ["Deir ez-Zor"]);
}

#[test]
fn lists_and_features() {
    assert_eq!(
        names("from the direction of Kafrdabla Castle, Dorin and Sahla Haseeko, Al-Koum and Jabal Nawba, as well as Koflika and Ghazaleh."),
        ["Kafrdabla", "Dorin", "Sahla Haseeko", "Al-Koum", "Jabal Nawba", "Koflika", "Ghazaleh"]
    );
}

#[test]
fn spans_and_line_columns() {
    let text = "Calm.\nShelling near Kafr Dabla.";
    let m = &find(text, &fixture())[0];
    assert_eq!(&text[m.start..m.end], "Kafr Dabla");
    assert_eq!((m.line, m.column), (2, 15));
    assert_eq!(m.key, "kfrdbl");
    assert_eq!(m.gazetteer_id.as_deref(), Some("kafrdabla"));
}

#[test]
fn hyphenated_suffixes_are_cut() {
    assert_eq!(trim_suffixes("Beirut-based"), "Beirut");
    assert_eq!(trim_suffixes("al-Akrad"), "al-Akrad");
    assert_eq!(trim_suffixes("Salma’s"), "Salma");
}

/// Mentions with no gazetteer at all: the places of issue #15 are in no gazetteer.
fn bare(text: &str) -> Vec<String> {
    names_in(text, &Gazetteer::new())
}

#[test]
fn abbreviations_are_no_places() {
    assert_eq!(
        bare("Fighting spread to Zliten, the U.N. said."),
        ["Zliten"]
    );
}

#[test]
fn english_at_as_an_after_a_common_word_are_no_articles() {
    assert_eq!(
        bare("Doctors at Zliten's hospital ran out of fuel."),
        ["Zliten"]
    );
    assert_eq!(
        bare("The siege of Ma'arrat an Nu'man ended."),
        ["Ma'arrat an Nu'man"]
    );
}

#[test]
fn residents_of_a_place_are_no_person() {
    assert_eq!(
        bare("Residents of Tawergha said the water was cut."),
        ["Tawergha"]
    );
    assert_eq!(bare("Kutum residents fled."), ["Kutum"]);
    assert!(bare("Officials said Hamdan told reporters.").is_empty());
}

#[test]
fn a_place_once_is_a_place_throughout_the_document() {
    assert_eq!(
        bare("Government forces shelled Zliten. Zliten welcomed the envoy on Monday."),
        ["Zliten", "Zliten"]
    );
    // Without the cue, the sentence-initial word stays unknown.
    assert!(bare("Zliten welcomed the envoy on Monday.").is_empty());
    // A person stays a person even where the same word was a place.
    assert_eq!(
        bare("Troops shelled Mazraa. Mazraa said he would stay."),
        ["Mazraa"]
    );
}

#[test]
fn issue_15_sentences_with_an_empty_gazetteer() {
    assert_eq!(
        bare("Government forces shelled Zliten overnight."),
        ["Zliten"]
    );
    assert_eq!(
        bare("Hundreds of families fled Tawergha after the strikes."),
        ["Tawergha"]
    );
    assert_eq!(
        bare("Local sources said the road to Kutum was cut."),
        ["Kutum"]
    );
    assert_eq!(bare("Rebels repelled an attack on Yafran."), ["Yafran"]);
    assert_eq!(
        bare("Fighting spread from Zliten to Zlitan on Monday."),
        ["Zliten", "Zlitan"]
    );
}

#[test]
fn sentence_initial_words_need_positive_evidence() {
    // The embedded gazetteer matches "Troops" and "Forty" by key only: not enough.
    let g = Gazetteer::embedded();
    assert_eq!(names_in("Troops stormed Sa'dah at dawn.", g), ["Sa'dah"]);
    assert!(names_in("Forty fighters were killed overnight.", g).is_empty());
    assert_eq!(bare("Troops stormed Sa'dah at dawn."), ["Sa'dah"]);
    assert!(bare("Hundreds fled. Government troops left.").is_empty());
    // Exact gazetteer match, a head word, a place noun after: evidence enough.
    assert_eq!(names_in("Latakia was calm.", g), ["Latakia"]);
    assert_eq!(bare("Jabal Nafusa was calm."), ["Jabal Nafusa"]);
    assert_eq!(bare("Misrata's port reopened."), ["Misrata"]);
}

#[test]
fn verbs_put_places_after_them() {
    for verb in [
        "shelled",
        "fled",
        "entered",
        "stormed",
        "reached",
        "besieged",
        "captured",
        "bombed",
        "seized",
        "recaptured",
        "struck",
        "hit",
        "attacked",
        "surrounded",
        "liberated",
        "evacuated",
        "left",
    ] {
        let text = format!("The fighters {verb} Zliten overnight.");
        assert_eq!(bare(&text), ["Zliten"], "{text}");
    }
    assert_eq!(bare("Families returned to Tawergha."), ["Tawergha"]);
    assert_eq!(bare("Jets pounded eastern Zliten."), ["Zliten"]);
}

#[test]
fn prepositions_put_places_after_them() {
    for prep in [
        "in", "near", "to", "from", "toward", "towards", "on", "around", "outside", "into", "at",
        "across", "through",
    ] {
        let text = format!("The convoy moved {prep} Yafran.");
        assert_eq!(bare(&text), ["Yafran"], "{text}");
    }
    assert_eq!(
        bare("Fighting raged between Zliten and Misrata overnight."),
        ["Zliten", "Misrata"]
    );
}

#[test]
fn one_cue_makes_a_whole_list_places() {
    assert_eq!(
        bare("Jets struck Salma, Dorin and Kinsabba on Monday."),
        ["Salma", "Dorin", "Kinsabba"]
    );
    assert_eq!(
        bare("The army said it had liberated Zliten and Tawergha."),
        ["Zliten", "Tawergha"]
    );
}

#[test]
fn possessives_prefix_words_articles_and_apostrophes() {
    assert_eq!(
        bare("Shells fell on Misrata's port on Friday."),
        ["Misrata"]
    );
    assert_eq!(bare("The mayor said Misrata's port reopened."), ["Misrata"]);
    for name in [
        "Wadi Dinar",
        "Tell Abyad",
        "Deir Hafer",
        "Kafr Zita",
        "Beit Jinn",
        "Khan Shaykhun",
        "Ras Lanuf",
        "Bir Ghanam",
        "Ain Zara",
        "Marj Dabiq",
        "Jisr Tarhuna",
        "Qalaat al-Madiq",
    ] {
        let text = format!("Residents say {name} is calm.");
        assert_eq!(bare(&text), [name], "{text}");
    }
    // Weak heads start persons' names too: a place only after a cue.
    assert_eq!(bare("Clashes near Umm Batna ended."), ["Umm Batna"]);
    assert_eq!(
        bare("Fighting in Sheikh Maqsoud resumed."),
        ["Sheikh Maqsoud"]
    );
    assert!(bare("Residents say Abu Salim is calm.").is_empty());
    for name in [
        "al-Jufra",
        "el-Arish",
        "Al-Bayda",
        "ad-Dana",
        "ash-Shaddadi",
        "as-Safira",
        "at-Tall",
        "az-Zawiya",
        "an-Nabk",
        "ar-Raqqa",
        "adh-Dhahiriya",
        "ath-Thawra",
    ] {
        let text = format!("Shelling hit {name} overnight.");
        assert_eq!(bare(&text), [name], "{text}");
    }
    assert_eq!(bare("Troops stormed Sa'dah."), ["Sa'dah"]);
    assert_eq!(
        bare("Jets hit ‘Afrīn and Khan al-'Asal."),
        ["‘Afrīn", "Khan al-'Asal"]
    );
    assert_eq!(
        bare("Jets hit Ra's al 'Ayn and Izraʿ."),
        ["Ra's al 'Ayn", "Izraʿ"]
    );
    assert_eq!(bare("Jets hit ‘Zliten’ overnight."), ["Zliten"]);
    assert_eq!(bare("Jets hit Sweida' and Izra‘."), ["Sweida'", "Izra‘"]);
    assert_eq!(bare("Jets hit 'Misrata' again."), ["Misrata"]);
    assert_eq!(bare("Jets hit Umm aţ Ţuyūr."), ["Umm aţ Ţuyūr"]);
    assert_eq!(bare("US troops left At Tanf base."), ["At Tanf"]);
    assert_eq!(
        bare("At Zliten, nothing moved."),
        ["Zliten"],
        "the preposition at"
    );
    assert_eq!(bare("Fighting near Ma'arrat Misrin."), ["Ma'arrat Misrin"]);
}

#[test]
fn persons_are_not_places() {
    // After a title, even where a cue stands before the title.
    assert!(bare("The decree was signed in President Assad's office.").is_empty());
    assert!(bare("Forces loyal to Gen. Haftar advanced.").is_empty());
    assert!(bare("Pressure mounted on Minister Bashagha.").is_empty());
    // Before or after "said", "told".
    assert!(bare("Residents in Tripoli, Saleh said, fled.").contains(&"Tripoli".to_string()));
    assert!(!bare("Residents in Tripoli, Saleh said, fled.").contains(&"Saleh".to_string()));
    assert!(bare("In a letter Dbeibah said the talks would resume.").is_empty());
    assert!(bare("The army attacked, said Mismari.").is_empty());
    // Given names and known surnames, alone or with a name after them.
    assert!(bare("The message came from Ahmed Maiteeq.").is_empty());
    assert!(bare("The convoy reached Khalifa Haftar's camp.").is_empty());
    assert!(bare("Sanctions were imposed on Sheikh Hamad.").is_empty());
    assert_eq!(
        bare("Residents in Zliten said the water was cut."),
        ["Zliten"]
    );
    assert_eq!(bare("Activists in Zliten reported gunfire."), ["Zliten"]);
    // Given names do not spread through lists.
    assert_eq!(bare("Shelling in Zliten and Omar fled."), ["Zliten"]);
}

#[test]
fn organizations_calendar_and_nationalities_are_not_places() {
    assert!(bare("The statement came from the Libyan National Army.").is_empty());
    assert!(bare("Witnesses spoke to Al Jazeera in the evening.").is_empty());
    assert!(bare("According to Amnesty International, two died.").is_empty());
    assert!(bare("The report was published by the Central Bank of Libya.").is_empty());
    assert!(bare("Talks resumed on Monday in January.").is_empty());
    assert!(bare("Shelling resumed on Wednesday, officials said.").is_empty());
    for nationality in ["Syrian", "Libyan", "Iraqi", "Yemeni", "Sudanese"] {
        let text = format!("Families fled to {nationality} towns.");
        assert!(bare(&text).is_empty(), "{text}");
    }
    assert!(bare("Fighters from Hezbollah arrived.").is_empty());
}

#[test]
fn sentence_initial_common_words_are_not_places() {
    for text in [
        "Troops advanced.",
        "Forty fighters were killed.",
        "Hundreds of families fled.",
        "Government forces withdrew.",
        "Local sources said nothing.",
        "Rebels repelled an attack.",
        "Fighting spread overnight.",
    ] {
        assert!(names_in(text, Gazetteer::embedded()).is_empty(), "{text}");
        assert!(bare(text).is_empty(), "{text}");
    }
}

#[test]
fn arabic_evidence_makes_a_place_in_any_context() {
    let evidence = ArabicEvidence::from_texts(["قصفت القوات الحكومية مدينة زليتن ومنطقة كتم."]);
    let with = |text: &str| -> Vec<String> {
        find_with(text, &Gazetteer::new(), &evidence)
            .into_iter()
            .map(|m| m.surface)
            .collect()
    };
    assert_eq!(with("The Zliten council met the envoy."), ["Zliten"]);
    assert_eq!(with("Zliten welcomed the envoy on Friday."), ["Zliten"]);
    assert!(bare("The Zliten council met the envoy.").is_empty());
    // Three-letter keys (ktm) are too short for a sentence-initial word.
    assert!(with("Kutum welcomed the envoy.").is_empty());
    assert_eq!(with("Residents say Kutum welcomed the envoy."), ["Kutum"]);
    // Exclusions still apply.
    assert!(with("Zliten said it would resist.").is_empty());
    assert!(with("Zliten TV also reported the strike.").is_empty());
}

#[test]
fn the_subject_of_a_places_predicate_is_a_place() {
    for sentence in [
        "Zliten was shelled overnight.",
        "Zliten has been under siege since May.",
        "After a week of calm, Zliten came under renewed attack.",
        "By nightfall, Zliten had fallen to the rebels.",
        "Zliten remained tense on Tuesday.",
        "Zliten is about 20 km from the coast.",
        "Zliten lies north of the capital.",
        "Zliten, a fishing town of 8,000, was evacuated.",
    ] {
        assert_eq!(bare(sentence), ["Zliten"], "{sentence}");
    }
    // The whole list before the predicate is its subject.
    assert_eq!(
        bare("Zliten and Tawergha were both bombed."),
        ["Zliten", "Tawergha"]
    );
}

#[test]
fn persons_and_ordinary_words_are_not_subjects_of_places_predicates() {
    for sentence in [
        "Sims was 20 years old.",
        "Mayorga claims Ronaldo fell to his knees.",
        "Hundreds were evacuated.",
        "Officials said Assad was quiet on the matter.",
        "NATO was hit by criticism.",
        "Zliten, the minister said, was calm.",
    ] {
        assert!(
            bare(sentence).is_empty(),
            "{sentence}: {:?}",
            bare(sentence)
        );
    }
}

/// A word of letters that fold to something still not ASCII beside a capitalized word (a Greek
/// or Cyrillic capital, an Arabic digit or letter) once recursed without end.
#[test]
fn words_beyond_latin_beside_names_are_no_articles() {
    for text in [
        "He visited Latakia ١٤ today.",
        "Salma ق and Kinsabba.",
        "Ж",
        "The Ω of Latakia.",
        "Salma\u{a0}١",
    ] {
        let found = names(text);
        assert!(
            found.iter().all(|n| !n.contains(['١', 'ق', 'Ж', 'Ω'])),
            "{text}: {found:?}"
        );
    }
    assert!(is_article("aţ"));
    assert!(!is_article("ж") && !is_article("١") && !is_article("ω"));
}

#[test]
fn a_backtick_at_a_word_edge_is_not_an_ayn_mark() {
    assert_eq!(
        names("Troops shelled `Dorin` and then shelled Dorin again."),
        ["Dorin", "Dorin"]
    );
    assert_eq!(
        names("Fighting in `Kafr Dabla` and `Salma`."),
        ["Kafr Dabla", "Salma"]
    );
    // Alone, or inside a word, it writes ʿayn as GeoNames does, and stays.
    assert_eq!(names("Jets struck Ba`albek on Monday."), ["Ba`albek"]);
    assert_eq!(
        names("Jets struck `Anah, Dali` and Sa`da on Monday."),
        ["`Anah", "Dali`", "Sa`da"]
    );
}

#[test]
fn names_written_with_other_white_space_are_spelled_with_one_space() {
    let text = "Troops shelled Jisr\u{a0}al-Shughur, then Jisr  al-Shughur, then \
                Jisr\u{202f}al-Shughur and Jisr al-Shughur.";
    let found = find(text, &fixture());
    let spellings: Vec<&str> = found.iter().map(|m| m.surface.as_str()).collect();
    assert_eq!(spellings, ["Jisr al-Shughur"; 4]);
    // Offsets stay those of the text as written.
    assert_eq!(&text[found[0].start..found[0].end], "Jisr\u{a0}al-Shughur");
    assert_eq!(&text[found[1].start..found[1].end], "Jisr  al-Shughur");
    assert_eq!(found[1].column, 38);
}

#[test]
fn a_country_of_several_words_is_no_place_in_part() {
    let g = Gazetteer::embedded();
    // "Arabia" shares Rabia's key (rby: a vowel before the first consonant is no letter of the
    // skeleton), so the part of "Saudi Arabia" left after the demonym was taken for it.
    assert_eq!(
        names_in(
            "Government forces shelled Rabia.\nSaudi Arabia condemned the attack.",
            g
        ),
        ["Rabia"]
    );
    assert!(names_in("He flew to Saudi Arabia's capital.", g).is_empty());
    assert_eq!(
        names_in("Envoys from the United Arab Emirates arrived in Paris.", g),
        ["Paris"]
    );
    assert!(names_in("Trade across Arabia grew.", g).is_empty());
}

#[test]
fn a_nisba_before_family_names_people() {
    let g = Gazetteer::embedded();
    assert_eq!(
        names_in(
            "Shelling hit Homs on Monday.\nThe Homsi family fled, said Omar Homsi, a resident.",
            g
        ),
        ["Homs"]
    );
    assert_eq!(names_in("Two Halabi families fled to Idlib.", g), ["Idlib"]);
    // A place before "family" stays a place, and so does a place ending in -i elsewhere.
    assert_eq!(names_in("A Daraa family fled.", g), ["Daraa"]);
    assert_eq!(names_in("Troops entered Zabadani.", g), ["Zabadani"]);
}

#[test]
fn a_route_between_two_places_is_two_mentions() {
    let g = Gazetteer::embedded();
    let text =
        "Traffic on the Lattakia-Aleppo highway stopped.\nThe Deir el-Zour-Raqqa road was cut.";
    let found = find(text, g);
    let spans: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.surface.as_str(), &text[m.start..m.end]))
        .collect();
    assert_eq!(
        spans,
        [
            ("Lattakia", "Lattakia"),
            ("Aleppo", "Aleppo"),
            ("Deir el-Zour", "Deir el-Zour"),
            ("Raqqa", "Raqqa")
        ]
    );
    // With no gazetteer, the route noun says it.
    assert_eq!(
        names_in("The Idleb-Hama road was closed.", &Gazetteer::new()),
        ["Idleb", "Hama"]
    );
    assert_eq!(
        names_in("Fighting on the Homs-Hama line continued.", g),
        ["Homs", "Hama"]
    );
    // A name hyphenated as a whole, or after an article or a head word, stays one.
    assert_eq!(
        names_in("They shelled Kafr-Nabl and the Al-Bab-Aleppo road.", g),
        ["Kafr-Nabl", "Al-Bab", "Aleppo"]
    );
    assert_eq!(names_in("Rebels left Deir ez-Zor.", g), ["Deir ez-Zor"]);
    assert!(names_in("A Coca-Cola truck crossed the Turkish-Syrian border.", g).is_empty());
    // A compass word is listed (Lebanon's North governorate) but makes no route.
    assert!(names_in("He revived the North-East club.", g).is_empty());
}

#[test]
fn a_run_of_capitals_longer_than_a_place_name_is_none() {
    let g = Gazetteer::embedded();
    let run: Vec<String> = (0..3000).map(|i| format!("Zorv{i:04}x")).collect();
    let text = format!(
        "Troops shelled {}.",
        run.join(" ").replace(|c: char| c.is_ascii_digit(), "a")
    );
    assert!(names_in(&text, g).is_empty());
    // Eight words may still be one name.
    assert_eq!(
        names_in(
            "Troops shelled Kafr Zorva Zorvb Zorvc Zorvd Zorve Zorvf Zorvg.",
            g
        )
        .len(),
        1
    );
}

#[test]
fn decomposed_accents_stay_in_their_word() {
    use unicode_normalization::UnicodeNormalization;
    let text = "Fighting in Ḥamā and Hama continued near Ṭarṭūs, Tartus and Sūrān.";
    let decomposed: String = text.nfd().collect();
    let composed: Vec<String> = names_in(text, Gazetteer::embedded())
        .iter()
        .map(|n| n.nfc().collect())
        .collect();
    let from_decomposed: Vec<String> = names_in(&decomposed, Gazetteer::embedded())
        .iter()
        .map(|n| n.nfc().collect())
        .collect();
    assert_eq!(from_decomposed, composed);
    assert!(composed.contains(&"Ṭarṭūs".to_string()), "{composed:?}");
}
