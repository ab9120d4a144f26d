//! Attribution on hand-written report snippets.

use super::*;
use crate::quotes::extract::extract;
use crate::text::Lang;

fn outlets() -> Vec<Outlet> {
    vec![
        Outlet::new("Al-Sahel TV", vec!["Sahel TV".into()]),
        Outlet::new("Sada al-Ahrar", vec![]),
        Outlet::new(
            "Levant Observatory for Human Rights",
            vec!["the Observatory".into(), "Levant Observatory".into()],
        ),
    ]
}

fn run(text: &str) -> Vec<Attribution> {
    let doc = Document::from_text("r.md", text, Some(Lang::En));
    let quotes = extract(&doc);
    attribute(&doc, &quotes, &outlets())
}

#[test]
fn kinds_are_guessed_from_names() {
    let o = outlets();
    assert_eq!(o[0].kind, OutletKind::Tv);
    assert_eq!(o[1].kind, OutletKind::Other);
    assert_eq!(o[2].kind, OutletKind::Monitor);
    assert_eq!(OutletKind::guess(&["Orient News"]), OutletKind::Site);
}

#[test]
fn named_in_the_same_sentence() {
    let a = run("\"Troops entered the village,\" Al-Sahel TV said.");
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Sahel TV"));
    assert_eq!(a[0].method, Some(AttributionMethod::Named));
    let a = run("According to Sada al-Ahrar, \"the raids did not stop\".");
    assert_eq!(a[0].outlet.as_deref(), Some("Sada al-Ahrar"));
}

#[test]
fn back_references_resolve_by_kind() {
    let text = "Al-Sahel TV covered the battle.\n\nSada al-Ahrar disagreed.\n\n\"The army holds the hills,\" the Beirut-based network claimed.\n\n\"Losses were heavy,\" the monitoring group said, citing the Levant Observatory earlier.";
    let a = run(text);
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Sahel TV"));
    assert_eq!(a[0].cue.as_deref(), Some("the Beirut-based network"));
    assert_eq!(a[0].method, Some(AttributionMethod::BackReference));
    // A named outlet in the sentence wins over a back-reference.
    assert_eq!(
        a[1].outlet.as_deref(),
        Some("Levant Observatory for Human Rights")
    );
}

#[test]
fn outlet_back_reference_takes_the_last_outlet() {
    let a =
        run("Sada al-Ahrar reported the raids.\n\n\"Cluster bombs were used,\" the outlet added.");
    assert_eq!(a[0].outlet.as_deref(), Some("Sada al-Ahrar"));
}

#[test]
fn lead_in_from_previous_sentence() {
    let a = run("The Observatory gave a toll on Monday. \"Twelve fighters were killed.\"");
    assert_eq!(
        a[0].outlet.as_deref(),
        Some("Levant Observatory for Human Rights")
    );
}

#[test]
fn speaker_is_kept_apart_from_outlet() {
    let a = run("\"We will not retreat,\" a field commander told Al-Sahel TV.");
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Sahel TV"));
    assert_eq!(a[0].speaker.as_deref(), Some("a field commander"));
}

#[test]
fn according_to_a_noun_that_looks_like_a_verb() {
    let a = run("According to reports, \"army units took the hills\".");
    assert_eq!(a[0].speaker.as_deref(), Some("reports"));
}

#[test]
fn a_curly_apostrophe_stays_inside_the_speaker() {
    let a = run("The Observatory\u{2019}s director said \u{201c}the road is cut\u{201d}.");
    assert_eq!(
        a[0].speaker.as_deref(),
        Some("The Observatory\u{2019}s director")
    );
    // Between letters it is an apostrophe; after a quote, a closing mark.
    let a = run("\u{2018}We hold the hills,\u{2019} Rami O\u{2019}Neill said.");
    assert_eq!(a[0].speaker.as_deref(), Some("Rami O\u{2019}Neill"));
}

#[test]
fn a_pronoun_subject_is_the_last_outlet_named() {
    let a =
        run("The Levant Observatory gave a toll.\n\nIt warned that 'the toll is likely to rise'.");
    assert_eq!(
        a[0].outlet.as_deref(),
        Some("Levant Observatory for Human Rights")
    );
    assert_eq!(a[0].method, Some(AttributionMethod::BackReference));
}

#[test]
fn according_to_gives_the_speaker() {
    let a =
        run("Sada al-Ahrar covered it.\n\nAccording to the site, rebels \"repelled the attack\".");
    assert_eq!(a[0].speaker.as_deref(), Some("the site"));
    assert_eq!(a[0].outlet.as_deref(), Some("Sada al-Ahrar"));
}

#[test]
fn unattributed_quote_without_any_outlet() {
    let a = run("Residents said \"the night was long\".");
    assert_eq!(a[0].outlet, None);
    assert_eq!(a[0].speaker.as_deref(), Some("Residents"));
}

#[test]
fn a_group_of_fighters_is_not_a_back_reference() {
    assert!(back_reference("a group of fighters said").is_none());
    assert!(back_reference("the group said").is_none());
    assert!(back_reference("the rights group said").is_some());
}

fn run_in(path: &str, text: &str) -> Vec<Attribution> {
    let doc = Document::from_text(path, text, Some(Lang::En));
    let quotes = extract(&doc);
    attribute(&doc, &quotes, &outlets())
}

#[test]
fn any_white_space_in_an_outlet_name_is_one_space() {
    let quote = "the shelling of Salma \"continued all night\" in the village.";
    for (path, name) in [
        ("r.txt", "Sada\u{a0}al-Ahrar"),
        ("r.txt", "Sada  al-Ahrar"),
        ("r.txt", "Sada\tal-Ahrar"),
        ("r.txt", "Sada\u{202f}al-Ahrar"),
        ("r.txt", "Sada\u{2007}al-Ahrar"),
        ("r.md", "Sada\nal-Ahrar"),
        ("r.txt", "Sada\r\nal-Ahrar"),
        ("r.html", "Sada&nbsp;al-Ahrar"),
        ("r.md", "Sada&nbsp;al-Ahrar"),
    ] {
        let a = run_in(path, &format!("{name} said {quote}"));
        assert_eq!(
            a[0].outlet.as_deref(),
            Some("Sada al-Ahrar"),
            "{path}: {name:?}"
        );
        assert_eq!(a[0].cue.as_deref(), Some("Sada al-Ahrar"), "{name:?}");
        assert_eq!(a[0].speaker.as_deref(), Some("Sada al-Ahrar"), "{name:?}");
    }
    // A declared name with odd spacing matches a plain one too.
    let doc = Document::from_text("r.txt", &format!("Sada al-Ahrar said {quote}"), None);
    let odd = [Outlet::new("Sada\u{a0} al-Ahrar", vec![])];
    let a = attribute(&doc, &extract(&doc), &odd);
    assert_eq!(a[0].outlet.as_deref(), Some("Sada\u{a0} al-Ahrar"));
}

#[test]
fn an_outlet_name_does_not_run_across_paragraphs() {
    // "Sada" ends one paragraph, "al-Ahrar" starts the next: no mention of the outlet.
    let a = run_in(
        "r.md",
        "Fighters of Sada\n\nal-Ahrar units said \"the night was long\".",
    );
    assert_eq!(a[0].outlet, None);
}

#[test]
fn speaker_and_cue_are_read_without_markup() {
    let text = "the army \"took control of three strategic hills\" near Salma.";
    let a = run_in(
        "r.md",
        &format!("[Al-Sahel TV](https://sahel.tv/news) said {text}"),
    );
    assert_eq!(a[0].speaker.as_deref(), Some("Al-Sahel TV"));
    assert_eq!(a[0].cue.as_deref(), Some("Al-Sahel TV"));
    let a = run_in(
        "r.html",
        &format!("<p><a href=\"https://sahel.tv\">Al-Sahel TV</a> said {text}</p>"),
    );
    assert_eq!(a[0].speaker.as_deref(), Some("Al-Sahel TV"));
    let a = run_in(
        "r.html",
        &format!("<p>BEIRUT &mdash; Al-Sahel&nbsp;TV said {text}</p>"),
    );
    assert_eq!(a[0].outlet.as_deref(), Some("Al-Sahel TV"));
    assert_eq!(a[0].speaker.as_deref(), Some("BEIRUT Al-Sahel TV"));
    assert_eq!(a[0].cue.as_deref(), Some("Al-Sahel TV"));
}
