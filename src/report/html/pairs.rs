//! A page of aligned sentence pairs (for `isnad align --format html`): one row per pair,
//! English, score, Arabic, in the same frame and style as the check review page. It takes plain
//! data so that it does not depend on how the aligner represents its beads.

use maud::{html, Markup};

use super::shell::{chip, page, FilterButton};

/// One aligned pair; either side may be empty (a 1-0 or 0-1 bead).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignedPair<'a> {
    pub arabic: &'a str,
    pub english: &'a str,
    pub score: f64,
}

const FILTERS: [FilterButton; 2] = [
    FilterButton {
        value: "all",
        label: "All pairs",
    },
    FilterButton {
        value: "low",
        label: "Low scores only",
    },
];

/// The page: `title` (e.g. the two file names), the pairs in order; pairs scoring below
/// `low_score` are marked for review; `warning`, about the whole pair, heads the page. Row `i`
/// (0-based) has the id `pair-<i>`.
pub fn pairs_page(
    title: &str,
    pairs: &[AlignedPair],
    low_score: f64,
    warning: Option<&str>,
) -> Markup {
    let low = pairs.iter().filter(|p| p.score < low_score).count();
    let top_bar = html! {
        ul.summary aria-label="Summary" {
            (chip("", pairs.len(), "pairs"))
            (chip("status-weak", low, &format!("below {low_score:.2}")))
        }
    };
    let body = html! {
        main.column {
            @if let Some(warning) = warning {
                p.pair-warning role="alert" { (warning) }
            }
            table.pairs {
                thead { tr { th { "English" } th { "Score" } th dir="rtl" lang="ar" { "العربية" } } }
                tbody {
                    @for (i, p) in pairs.iter().enumerate() {
                        tr class=[(p.score < low_score).then_some("low")] id={ "pair-" (i) } {
                            td.user-text lang="en" dir="ltr" { (p.english) }
                            td.score { (format!("{:.2}", p.score)) }
                            td.user-text lang="ar" dir="rtl" { (p.arabic) }
                        }
                    }
                }
            }
        }
    };
    page(title, top_bar, &FILTERS, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_rows_with_escaped_text_and_low_scores_marked() {
        let pairs = [
            AlignedPair {
                arabic: "قال المرصد <b>",
                english: "The Observatory said <script>x</script> & more",
                score: 0.82,
            },
            AlignedPair {
                arabic: "",
                english: "An added sentence.",
                score: 0.1,
            },
        ];
        let html =
            pairs_page("a.en.txt ↔ a.ar.txt", &pairs, 0.3, Some("may <not> match")).into_string();
        assert!(
            html.contains(r#"role="alert">may &lt;not&gt; match</p>"#),
            "{html}"
        );
        assert_eq!(
            html.matches("<script").count(),
            1,
            "only the page's own script"
        );
        assert!(html.contains("said &lt;script&gt;x&lt;/script&gt; &amp; more"));
        assert!(html.contains("قال المرصد &lt;b&gt;"));
        assert!(html.contains(r#"<tr id="pair-0">"#));
        assert!(html.contains(r#"<tr class="low" id="pair-1">"#));
        assert!(html.contains("<b>1</b> below 0.30"));
    }
}
