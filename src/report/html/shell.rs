//! The frame every isnad page shares: document head, inline stylesheet and script, the top bar
//! and the two columns. Pages (the check review, aligned pairs) fill it with their own markup.

use maud::{html, Markup, PreEscaped, DOCTYPE};

const STYLESHEET: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// Nothing is fetched from anywhere: the page is one file, and even if some user text slipped
/// through unescaped it could not load a script or call home. (Inline style and script are the
/// page's own; user text is always escaped by maud.)
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// A filter button of the top bar: sets `data-filter` on `<body>` to `value`.
pub struct FilterButton {
    pub value: &'static str,
    pub label: &'static str,
}

/// A whole page: `title` (text), what the top bar shows after the title, and the body.
pub fn page(title: &str, top_bar: Markup, filters: &[FilterButton], body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                meta name="generator" content=(concat!("isnad ", env!("CARGO_PKG_VERSION")));
                title { (title) }
                style { (PreEscaped(STYLESHEET)) }
            }
            body data-filter=[filters.first().map(|f| f.value)] {
                header.topbar {
                    h1.user-text { (title) }
                    (top_bar)
                    @if !filters.is_empty() {
                        div.filters role="group" aria-label="Show" {
                            @for (i, f) in filters.iter().enumerate() {
                                button type="button" data-filter-value=(f.value)
                                    aria-pressed=(if i == 0 { "true" } else { "false" }) { (f.label) }
                            }
                        }
                    }
                }
                (body)
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

/// Two side-by-side columns (stacked on narrow screens and in print): English on the left,
/// Arabic on the right.
pub fn columns(left_label: &str, left: Markup, right_label: &str, right: Markup) -> Markup {
    html! {
        main.columns {
            section.column aria-label=(left_label) {
                h2 { (left_label) }
                (left)
            }
            section.column aria-label=(right_label) {
                h2 { (right_label) }
                (right)
            }
        }
    }
}

/// A block of Arabic text: right to left, isolated from the English around it.
pub fn arabic_block(class: &str, content: Markup) -> Markup {
    html! {
        div class=(class) dir="rtl" lang="ar" { (content) }
    }
}

/// A count chip of the top bar.
pub fn chip(class: &str, count: usize, label: &str) -> Markup {
    html! {
        li class={ "chip " (class) } { b { (count) } " " (label) }
    }
}
