use super::*;

fn masked(html: &str) -> String {
    let m = mask(html);
    assert_eq!(m.text.len(), html.len());
    m.text
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn text_stays_in_place_and_markup_goes() {
    let html = "<p>قال <b>القائد</b> إن الجيش تقدم.</p>";
    let m = masked(html);
    let at = html.find("القائد").unwrap();
    assert_eq!(&m[at..at + "القائد".len()], "القائد");
    assert_eq!(words(&m), "قال القائد إن الجيش تقدم.");
}

/// A browser shows `<q>` as quotation marks: double ones, single ones for a `<q>` inside
/// another. The mask writes them where the tags start, each tag at least as long as its mark.
#[test]
fn q_elements_are_quotation_marks() {
    let html = "<p>He said <q cite=\"https://x.example/a>b\">they <Q>left</Q> it</q >, \
                then<q>go</q>.</p><p>Stray</q> end<nav><q>menu</q></nav>.</p>";
    let m = masked(html);
    assert_eq!(
        words(&m),
        "He said \u{201c} they \u{2018}left\u{2019} it\u{201d} , then\u{201c}go\u{201d} . \
         Stray end ."
    );
    let at = html.find("<q cite").unwrap();
    assert!(m[at..].starts_with("\u{201c} "), "{m}");
    let at = html.find("</q >").unwrap();
    assert!(m[at..].starts_with("\u{201d}  "), "{m}");
}

#[test]
fn scripts_styles_head_and_comments_are_not_text() {
    let html = "<html><head><title>عنوان</title><style>p{color:red}</style></head>\
                <body><script>var s = \"<p>ليس نصا</p>\";</script><!-- تعليق -->\
                <p>النص.</p><nav><a href=\"/\">الرئيسية</a></nav></body></html>";
    assert_eq!(words(&masked(html)), "النص.");
}

#[test]
fn block_tags_make_paragraphs_and_source_line_breaks_do_not() {
    let html = "<div><p>الجملة\nالأولى.</p><p>الثانية.</p>سطر<br>آخر</div>";
    let m = masked(html);
    let paragraphs: Vec<String> = m
        .split("\n\n")
        .map(words)
        .filter(|p| !p.is_empty())
        .collect();
    // A lone <br> is a line break inside its paragraph.
    assert_eq!(paragraphs, ["الجملة الأولى.", "الثانية.", "سطر آخر"]);
}

/// The units' display text, as every output shows a source sentence.
fn shown(html: &str) -> Vec<String> {
    crate::text::segment::segment_masked(html, &mask(html), crate::text::Lang::Ar)
        .into_iter()
        .map(|u| u.text)
        .collect()
}

#[test]
fn references_become_their_character_where_they_stand() {
    let html = "<p>أ&nbsp;ب &amp; &#1580; &lt;x&gt; &bogus; AT&T</p>";
    assert_eq!(shown(html), ["أ ب & ج <x> &bogus; AT&T"]);
    let at = html.find("&#1580;").unwrap();
    assert_eq!(&mask(html).text[at..at + 2], "ج");
}

#[test]
fn legacy_references_without_semicolon_are_read_too() {
    assert_eq!(shown("<p>&copy 2026 قناة</p>"), ["© 2026 قناة"]);
    assert_eq!(
        shown("<p>Q&amp;A: &#1605;&#1602;&#1575;&#1576;&#1604;&#1577; &copy 2026</p>"),
        ["Q&A: مقابلة © 2026"]
    );
    assert_eq!(
        shown("<p>قال &copy 2026 &amp; إن الجيش تقدم.</p>"),
        ["قال © 2026 & إن الجيش تقدم."]
    );
    assert_eq!(
        shown("<p>قال الوزير &quot;لن نتراجع&quot; &AMP 2026 R&#0038;D &laquo;x&raquo;</p>"),
        ["قال الوزير \"لن نتراجع\" & 2026 R&D «x»"]
    );
    assert_eq!(
        shown("<p>&notit; &fjlig; &ThickSpace;x &ampx AT&T &#x110000;</p>"),
        ["¬it; fj x &x AT&T \u{fffd}"]
    );
    // Never a panic, whatever cannot be lined up.
    for html in [
        "<p>أخبار&amp;&#1605;&#1602;&#1575;&#1604;&#1575;&#1578; &nbsp</p>",
        "<p>&notit; &nGt; &amp &ampx</p>",
    ] {
        assert_eq!(mask(html).text.len(), html.len());
    }
}

#[test]
fn headings_are_reported() {
    let html = "<h1>الجيش يتقدم</h1><p>نص.</p><h2>خلفية</h2>";
    let m = mask(html);
    let found: Vec<String> = m
        .headings
        .iter()
        .map(|h| words(&m.text[h.clone()]))
        .collect();
    assert_eq!(found, ["الجيش يتقدم", "خلفية"]);
}

#[test]
fn broken_html_never_panics_and_keeps_the_length() {
    for html in [
        "<p",
        "<p>نص",
        "</p>",
        "<a href=\"x>نص",
        "&",
        "<!--",
        "<script>x",
        "\r\n<p>\r\nن\r\n",
    ] {
        assert_eq!(mask(html).text.len(), html.len(), "{html:?}");
    }
}

#[test]
fn a_self_closed_or_unclosed_hidden_element_does_not_hide_the_page() {
    assert_eq!(words(&masked("<svg/><p>نص.</p>")), "نص.");
    assert_eq!(
        words(&masked("<head><meta charset=utf-8><body><p>نص.</p>")),
        "نص."
    );
    // A head never closed, and no body tag: the first body element ends it.
    assert_eq!(
        words(&masked("<html><head><title>ت</title><p>نص.</p>")),
        "نص."
    );
    // An <svg> left open inside <nav> ends with the nav.
    assert_eq!(
        words(&masked("<nav><ul><li>أ</ul><svg><path/></nav><p>نص.</p>")),
        "نص."
    );
}

#[test]
fn a_self_closed_script_still_runs_to_its_end_tag() {
    let html = "<script src=\"a.js\"/><p>قال.</p><script>var x=1;</script><p>ثم.</p>";
    assert_eq!(words(&masked(html)), "ثم.");
}

#[test]
fn menus_side_boxes_and_form_controls_are_not_the_article() {
    let html = "<header><nav><ul class=menu><li>الرئيسية</li></ul></nav></header>\
                <div class=article><header><h1>العنوان</h1></header><p>النص.</p>\
                <aside><h3>الأكثر قراءة</h3></aside></div>\
                <select><option>الأحد</option></select><noembed>لا</noembed>";
    assert_eq!(words(&masked(html)), "العنوان النص.");
}

#[test]
fn an_unclosed_hidden_element_ends_with_its_parent() {
    for html in [
        "<div><nav><a>x</a></div><p>قال الوزير.</p>",
        "<ul><li><svg><use href=x></li></ul><p>قال الوزير.</p>",
        "<article><aside>مربع</article><p>قال الوزير.</p>",
    ] {
        assert_eq!(words(&masked(html)), "قال الوزير.", "{html}");
    }
}

#[test]
fn a_line_break_is_not_a_paragraph_break_but_two_are() {
    assert_eq!(
        shown("<p>قال الوزير<br>لن نتراجع.</p>"),
        ["قال الوزير لن نتراجع."]
    );
    assert_eq!(
        shown("<p>قال الوزير.<br><br>ثم غادر.</p>").len(),
        2,
        "{:?}",
        shown("<p>قال الوزير.<br><br>ثم غادر.</p>")
    );
}

#[test]
fn blocks_that_are_not_paragraphs_still_separate_words() {
    let html = "<center>وسط</center><details><summary>ملخص</summary>تفاصيل</details>\
                <fieldset><legend>أ</legend>ب</fieldset>";
    assert_eq!(words(&masked(html)), "وسط ملخص تفاصيل أ ب");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Markup-heavy strings: tags, references, scripts and Arabic text in any order.
    fn page_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<div class=\"a>b\">".to_string()),
            Just("<script>if (a<b) x = '</p>';</script>".to_string()),
            Just("<!-- x -->".to_string()),
            Just("<br/>".to_string()),
            Just("<svg/>".to_string()),
            Just("&nbsp;".to_string()),
            Just("&amp;".to_string()),
            Just("&AMP;".to_string()),
            Just("<nav>".to_string()),
            Just("</nav>".to_string()),
            Just("<head>".to_string()),
            Just("<title>".to_string()),
            Just("&#x1F600;".to_string()),
            Just("&copy".to_string()),
            Just("&".to_string()),
            Just("\r\n".to_string()),
            Just("قال القائد.".to_string()),
            "[a-z<>/&;# \n]{0,8}",
        ];
        proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    fn check(html: &str) -> Result<(), TestCaseError> {
        let m = mask(html);
        prop_assert_eq!(m.text.len(), html.len());
        // Every character of the masked text is a space, a line break, or stands where
        // the page has it, or where a reference to it starts, or is the mark of a `<q>`.
        for (i, c) in m.text.char_indices() {
            if c != ' ' && c != '\n' {
                let here = &html[i..];
                let q_mark = matches!(c, '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
                    && (here.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("<q"))
                        || here.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("</q")));
                prop_assert!(
                    here.starts_with(c) || here.starts_with('&') || q_mark,
                    "{:?} at {}",
                    c,
                    i
                );
            }
        }
        for h in &m.headings {
            prop_assert!(h.start <= h.end && h.end <= html.len());
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn masking_keeps_every_offset(input in any::<String>()) {
            check(&input)?;
        }

        #[test]
        fn masking_keeps_every_offset_on_page_like_text(input in page_like()) {
            check(&input)?;
        }
    }
}
