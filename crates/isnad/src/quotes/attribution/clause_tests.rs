//! Attribution of quotes among clauses: the speaker's own name, a speaker after a subordinate
//! clause, undeclared outlets, split quotes, staff nouns, and what a speaker may be.

use super::*;
use crate::quotes::extract::extract;
use crate::text::Lang;

fn two() -> Vec<Outlet> {
    vec![
        Outlet::new("Al-Watan", vec![]),
        Outlet {
            kind: OutletKind::Tv,
            ..Outlet::new("Nahar TV", vec![])
        },
    ]
}

fn run_two(text: &str) -> Vec<Attribution> {
    let doc = Document::from_text("r.md", text, Some(Lang::En));
    let quotes = extract(&doc);
    attribute(&doc, &quotes, &two())
}

#[test]
fn a_quote_introduced_by_x_said_is_x_s_not_the_next_clause_s() {
    let a = run_two(
        "Al-Watan said \"the government allocated two million dollars\" and Nahar TV said \
         \"dozens of civilians were killed\".",
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Watan"));
    assert_eq!(a[0].speaker.as_deref(), Some("Al-Watan"));
    assert_eq!(a[1].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[1].speaker.as_deref(), Some("Nahar TV"));
}

#[test]
fn a_quote_after_a_clause_of_its_own_is_the_second_speakers() {
    let a = run_two(
        "Nahar TV said \"the meeting will be held on March 3\", while Al-Watan reported \"the \
         death toll rose to 45\".",
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[0].speaker.as_deref(), Some("Nahar TV"));
    assert_eq!(a[1].outlet.as_deref(), Some("Al-Watan"));
    assert_eq!(a[1].speaker.as_deref(), Some("Al-Watan"));
    // Without a quote of its own, an outlet after "and" may still credit the quote.
    let a = run_two("\"The army shelled the town\" and Nahar TV reported it first.");
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
}

#[test]
fn a_name_in_a_subordinate_clause_does_not_beat_the_speakers_descriptor() {
    let a = run_two(
        "Nahar TV covered the fighting.\n\nWhile Al-Watan focused on politics, the channel said \
         \"the army shelled opposition positions\".",
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[0].speaker.as_deref(), Some("the channel"));
    assert_eq!(a[0].cue.as_deref(), Some("the channel"));
    assert_eq!(a[0].method, Some(AttributionMethod::BackReference));
    // A person after the clause keeps the credit of the outlet it names (an interview).
    let a = run_two(
        "In an interview with Al-Watan, the minister said \"the government will not negotiate\".",
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Watan"));
}

#[test]
fn an_undeclared_outlet_between_blocks_a_back_reference() {
    for intro in [
        "The Qatari broadcaster Al-Jazeera, which has a correspondent in Homs, gave a different \
         account.",
        "Al-Jazeera television gave a different account.",
        "Al-Jazeera, a Qatari network, gave a different account.",
    ] {
        let a = run_two(&format!(
            "Nahar TV covered the fighting.\n\n{intro} The channel said \"security forces \
             arrested 23 people\"."
        ));
        assert_eq!(a[0].outlet, None, "{intro}");
        assert_eq!(a[0].cue.as_deref(), Some("The channel"), "{intro}");
        assert_eq!(a[0].undeclared.as_deref(), Some("Al-Jazeera"), "{intro}");
    }
    // An undeclared outlet that speaks blocks too, whatever its kind; one of another kind than
    // the noun's does not, nor does a person.
    for (between, outlet) in [
        ("Reuters said \"the raids went on\".", None),
        ("Abu Khaled said \"the night was long\".", Some("Nahar TV")),
        ("The agency Anadolu counted the dead.", Some("Nahar TV")),
    ] {
        let a = run_two(&format!(
            "Nahar TV covered the fighting.\n\n{between}\n\nThe channel said \"security forces \
             arrested 23 people\"."
        ));
        let last = a.last().unwrap();
        assert_eq!(last.outlet.as_deref(), outlet, "{between}");
    }
    // A pronoun or a quote standing alone does not reach past one either.
    let a = run_two(
        "Nahar TV covered the fighting.\n\nReuters said \"the raids went on\".\n\nIt added \
         \"the army advanced\".",
    );
    assert_eq!(a[1].outlet, None);
}

#[test]
fn a_quote_credited_to_an_undeclared_outlet_says_so() {
    for (text, name) in [
        (
            "Reuters said \"the army shelled the town\".",
            Some("Reuters"),
        ),
        (
            "According to Al-Jazeera, \"the government will not negotiate\".",
            Some("Al-Jazeera"),
        ),
        (
            "Sky News reported that \"the army shelled the town\".",
            Some("Sky News"),
        ),
        // A person is not an outlet; a declared outlet cited is the credit.
        ("Abu Khaled said \"the army shelled the town\".", None),
        (
            "Reuters, citing Nahar TV, said \"the army shelled the town\".",
            None,
        ),
    ] {
        let a = run_two(text);
        assert_eq!(a[0].undeclared.as_deref(), name, "{text}");
    }
    let a = run_two("Reuters, citing Nahar TV, said \"the army shelled the town\".");
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[0].speaker.as_deref(), Some("Reuters"));
}

#[test]
fn both_halves_of_a_split_quote_share_the_speaker_and_the_credit() {
    let a = run_two(
        "Nahar TV's correspondent said \"dozens of civilians were killed\".\n\n\"The army \
         shelled opposition positions,\" the correspondent added, \"and security forces \
         arrested 23 people.\"",
    );
    assert_eq!(a.len(), 3);
    for q in &a[1..] {
        assert_eq!(q.outlet.as_deref(), Some("Nahar TV"));
        assert_eq!(q.speaker.as_deref(), Some("the correspondent"));
    }
    assert_eq!(a[1], a[2]);
    // Two quotes of two sentences are not halves of one.
    let a = run_two(
        "Reuters said \"the raids went on\".\n\nAccording to Nahar TV, \"the army advanced\".",
    );
    assert_eq!(a[1].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[1].speaker.as_deref(), Some("Nahar TV"));
}

#[test]
fn a_staff_noun_repeated_credits_the_outlet_it_was_named_with() {
    let a = run_two(
        "Nahar TV's correspondent said \"dozens of civilians were killed\". Fighting went on \
         all day.\n\nThe shelling stopped at noon. \"The army shelled opposition positions,\" \
         the correspondent added.",
    );
    assert_eq!(a[1].outlet.as_deref(), Some("Nahar TV"));
    assert_eq!(a[1].cue.as_deref(), Some("the correspondent"));
    // Named with an undeclared outlet since, it is that outlet's.
    let a = run_two(
        "Nahar TV's correspondent said \"dozens of civilians were killed\".\n\nAl-Jazeera's \
         correspondent saw the damage. The shelling stopped at noon. \"The army shelled \
         opposition positions,\" the correspondent added.",
    );
    assert_eq!(a[1].outlet, None);
}

#[test]
fn a_speaker_is_a_name_or_a_noun_phrase() {
    for (text, speaker) in [
        (
            "\u{2018}The road is cut,\u{2019} the channel\u{2019}s correspondent said.",
            Some("the channel\u{2019}s correspondent"),
        ),
        (
            "'The road is cut,' the channel's correspondent said.",
            Some("the channel's correspondent"),
        ),
        (
            "The source said needs were estimated at \"between $10 million and $15 million\".",
            Some("The source"),
        ),
        (
            "Hospitals in Aleppo received more than 200 wounded the ministry said \"since \
             Saturday morning\".",
            Some("the ministry"),
        ),
        (
            "Al-Watan dismissed a claim, first aired on Nahar TV, that \"the opposition shot \
             down a warplane\".",
            None,
        ),
        (
            "Nahar TV said \"the army advanced\" and added \"the town fell\".",
            Some("Nahar TV"),
        ),
        ("And Al-Watan said \"the town fell\".", Some("Al-Watan")),
    ] {
        let a = run_two(text);
        assert_eq!(a[0].speaker.as_deref(), speaker, "{text}");
    }
}

#[test]
fn a_possessive_outlet_noun_refers_back_as_the_noun_does() {
    let a = run_two(
        "Nahar TV said \"the army took control of the hill after fierce battles\".\n\n\
         The channel's correspondent said \"negotiations with the Turkish side have reached a dead end\".",
    );
    assert_eq!(a[1].outlet.as_deref(), Some("Nahar TV"));
}

fn three() -> Vec<Outlet> {
    let mut outlets = two();
    outlets.push(Outlet {
        kind: OutletKind::Tv,
        ..Outlet::new("Orient TV", vec![])
    });
    outlets
}

fn run_three(text: &str) -> Vec<Attribution> {
    let doc = Document::from_text("r.md", text, Some(Lang::En));
    let quotes = extract(&doc);
    attribute(&doc, &quotes, &three())
}

/// An outlet that relays another's words ("citing", "quoted … as saying", "according to")
/// and the outlet it relays are both named as carriers: neither is credited alone (until
/// 2026-12-07 the relay was, and the words found in the origin flagged misattributed).
#[test]
fn an_outlet_relaying_another_credits_neither_alone() {
    for (text, cue, speaker) in [
        (
            "\"His body was found about an hour later,\" Nahar TV said, citing Orient TV.",
            "Nahar TV said, citing Orient TV",
            "Nahar TV",
        ),
        (
            "\"His body was found about an hour later,\" Nahar TV quoted Orient TV as saying.",
            "Nahar TV quoted Orient TV",
            "Nahar TV",
        ),
        (
            "Citing Orient TV, Nahar TV said \"his body was found about an hour later.\"",
            "Citing Orient TV, Nahar TV",
            "Nahar TV",
        ),
        (
            "Nahar TV reported, according to Orient TV, that \"his body was found later.\"",
            "Nahar TV reported, according to Orient TV",
            "Orient TV",
        ),
        (
            "\"His body was found later,\" Nahar TV said, citing a report by Orient TV.",
            "Nahar TV said, citing a report by Orient TV",
            "Nahar TV",
        ),
    ] {
        let a = run_three(text);
        assert_eq!(a[0].outlet, None, "{text}");
        assert_eq!(a[0].cue.as_deref(), Some(cue), "{text}");
        assert_eq!(a[0].speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(a[0].undeclared, None, "{text}");
    }
    // The same outlet cited, or another outlet cited by a speaker of no outlet: one credit.
    let a = run_three("\"His body was found later,\" Nahar TV said, citing Nahar TV's reporter.");
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
    let a = run_three("\"His body was found later,\" the channel said, citing Orient TV.");
    assert_eq!(a[0].outlet.as_deref(), Some("Orient TV"));
    // Another clause's outlet, past a quotation mark, relays nothing of this quote.
    let a = run_three(
        "Al-Watan said \"the toll rose\" while Nahar TV said, citing Orient TV, \"the body was \
         found\".",
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Watan"));
    assert_eq!(a[1].outlet, None);
}

/// An outlet that denies reports of the quoted words credits nothing (until 2026-12-07 it was
/// credited with them); denying and then saying something is the outlet's own words.
#[test]
fn an_outlet_denying_the_quoted_words_is_not_credited() {
    for text in [
        "Nahar TV denied reports that \"his body was found about an hour later.\"",
        "Nahar TV dismissed claims that \"his body was found about an hour later.\"",
        "Nahar TV flatly rejected reports by Orient TV that \"his body was found.\"",
    ] {
        let a = run_three(text);
        assert_eq!(a[0].outlet, None, "{text}");
        assert_eq!(a[0].method, None, "{text}");
    }
    for text in [
        "Nahar TV denied the reports, saying \"his body was never found.\"",
        "Nahar TV denied the reports: \"his body was never found.\"",
        "\"His body was never found,\" Nahar TV said, denying the reports.",
    ] {
        let a = run_three(text);
        assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"), "{text}");
    }
}

#[test]
fn an_outlet_in_a_relative_clause_about_the_speaker_is_not_credited() {
    for text in [
        "Nahar TV, which Al-Watan has accused of lying, said \"the forces will not withdraw\".",
        "Nahar TV, whose reports Al-Watan disputes, said \"the forces will not withdraw\".",
    ] {
        let a = run_two(text);
        assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"), "{text}");
    }
    // An appositive without a relative pronoun was already read so; an outlet alone in the
    // clause keeps the credit.
    let a = run_two("Nahar TV, a rival of Al-Watan, said \"the forces will not withdraw\".");
    assert_eq!(a[0].outlet.as_deref(), Some("Nahar TV"));
    let a = run_two("A source, which Al-Watan quoted, said \"the forces will not withdraw\".");
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Watan"));
}
