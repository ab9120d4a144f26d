//! The review page (`isnad check --format html`): structure, links and escaping checked on the
//! page itself, then again in headless Chromium (skipped, with a message, when no browser is
//! installed).

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::browser::Headless;
use common::dom::Dom;
use common::expected::{self, ExpectedQuote, SAMPLE};
use isnad::project::Project;
use isnad::text::Document;

/// What an injected script would do if it ever ran.
const INJECTED: &str = "<script>document.body.dataset.pwned=1</script>";

fn sample_page() -> String {
    String::from_utf8(common::check_sample("html")).unwrap()
}

/// Each quote of the answer key with the ids of the sentence elements it must link to, found by
/// looking its Arabic sentences up in the segmented sources.
fn expected_links() -> Vec<(ExpectedQuote, Vec<String>)> {
    let project = Project::from_dir(Path::new(SAMPLE)).unwrap();
    let sources: Vec<(String, Document)> = project
        .sources
        .iter()
        .map(|s| {
            let path = s.file.to_string_lossy().into_owned();
            let name = s.file.file_name().unwrap().to_string_lossy().into_owned();
            (name, Document::load(&path, None).unwrap())
        })
        .collect();
    let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    expected::quotes()
        .into_iter()
        .map(|e| {
            let ids = match &e.source_file {
                None => Vec::new(),
                Some(file) => {
                    let s = sources.iter().position(|(name, _)| name == file).unwrap();
                    let doc = &sources[s].1;
                    e.source_sentences
                        .iter()
                        .map(|sentence| {
                            let n = doc
                                .units
                                .iter()
                                .position(|u| spaced(&u.text) == spaced(sentence))
                                .unwrap_or_else(|| panic!("{}: sentence not in {file}", e.id));
                            // The documented id scheme, spelled out here on purpose.
                            format!("src-{s}-{n}")
                        })
                        .collect()
                }
            };
            (e, ids)
        })
        .collect()
}

/// Everything the sample page must show, whether read from isnad's output or from the DOM
/// Chromium built from it.
fn assert_sample_page(dom: &Dom) {
    for (e, ids) in expected_links() {
        let id = &e.id;
        let quote = dom.by_id(id).unwrap_or_else(|| panic!("no element {id}"));
        assert!(
            quote.has_class("quote"),
            "{id}: classes {:?}",
            quote.classes()
        );
        let status = quote.attr("data-status").unwrap();
        assert!(
            quote.has_class(&format!("status-{status}")),
            "{id}: {:?}",
            quote.classes()
        );
        // A loose paraphrase may come out matched or weak; every other status is exact.
        if e.problems.iter().any(|p| p == "loose") {
            assert!(status == "matched" || status == "weak", "{id}: {status}");
        } else {
            assert_eq!(status, e.status, "{id}: status");
        }
        let planted_error = e
            .problems
            .iter()
            .any(|p| ["misattributed", "number-mismatch", "no-source"].contains(&p.as_str()));
        if planted_error {
            assert!(
                quote.has_class("flagged") && quote.has_class("sev-error"),
                "{id}: {:?}",
                quote.classes()
            );
        }
        let linked: Vec<&str> = quote
            .attr("data-source")
            .map(|s| s.split(' ').collect())
            .unwrap_or_default();
        assert_eq!(linked, ids, "{id}: linked sentences");
        let href = quote.attr("href").unwrap();
        match ids.first() {
            Some(first) => assert_eq!(href, format!("#{first}"), "{id}: href"),
            None => assert!(
                dom.by_id(&href[1..]).is_some(),
                "{id}: {href} leads nowhere"
            ),
        }
        for sentence in &ids {
            let el = dom
                .by_id(sentence)
                .unwrap_or_else(|| panic!("{id}: no {sentence}"));
            assert!(
                el.has_class("sentence") && el.has_class("matched"),
                "{sentence}: {:?}",
                el.classes()
            );
            let back: Vec<&str> = el.attr("data-quotes").unwrap().split(' ').collect();
            assert!(back.contains(&id.as_str()), "{sentence} does not name {id}");
        }
        let note = dom.by_id(&format!("note-{id}")).unwrap();
        for problem in e.problems.iter().filter(|p| p.as_str() != "loose") {
            if ["misattributed", "number-mismatch", "no-source"].contains(&problem.as_str()) {
                assert!(
                    note.text.contains(problem.as_str()),
                    "{id}: note lacks {problem}: {}",
                    note.text
                );
            }
        }
    }
    let sources: Vec<_> = dom.with_class("source-text").collect();
    assert_eq!(sources.len(), 3);
    for s in sources {
        assert_eq!((s.attr("dir"), s.attr("lang")), (Some("rtl"), Some("ar")));
    }
    let names = dom
        .named("table")
        .find(|t| t.has_class("names"))
        .expect("names table");
    for v in expected::variants() {
        for spelling in v.spellings.iter().chain([&v.suggested, &v.arabic]) {
            assert!(
                names.text.contains(spelling.as_str()),
                "names table lacks {spelling}"
            );
        }
    }
    let summary = dom.with_class("summary").next().unwrap();
    assert!(summary.text.contains("16 quotes"), "{}", summary.text);
}

#[test]
fn the_sample_page_is_well_formed_and_links_every_quote_to_its_sentences() {
    let html = sample_page();
    let dom = Dom::parse(&html).unwrap();
    assert_sample_page(&dom);
    // One file: nothing is fetched.
    for el in &dom.elements {
        for attr in ["src", "href"] {
            if let Some(v) = el.attr(attr) {
                assert!(v.starts_with('#'), "<{}> {attr}={v}", el.name);
            }
        }
    }
    assert_eq!(dom.named("script").count(), 1);
    assert_eq!(dom.named("link").count(), 0);
}

#[test]
fn the_dom_reader_rejects_broken_structure() {
    // The structure checks above mean something only if the reader can fail.
    assert!(Dom::parse("<p><b>x</p></b>").is_err());
    assert!(Dom::parse("<div><p>x</p>").is_err());
    assert!(Dom::parse("x</p>").is_err());
    assert!(Dom::parse("<p title=\"x>y</p>").is_err());
    let dom = Dom::parse("<!DOCTYPE html><p title=\"a &gt; b\">1 &amp; <br>2</p>").unwrap();
    let p = dom.named("p").next().unwrap();
    assert_eq!((p.attr("title"), p.text.as_str()), (Some("a > b"), "1 & 2"));
}

/// A report and a source full of markup, quotes, ampersands, bidi overrides and a very long
/// line, checked with an outlet name that tries to close its attribute.
struct Hostile {
    dir: tempfile::TempDir,
    long_word: String,
}

impl Hostile {
    fn new() -> Hostile {
        let dir = tempfile::tempdir().unwrap();
        let long_word = "x".repeat(20_000);
        let report = format!(
            "# Shelling {INJECTED} & \"more\" \u{202E}reversed title\n\n\
             The agency said \"the army shelled {INJECTED} the village & the fields \u{2067}near Salma\u{202E} today\", \
             and added that the situation was calm.\n\n{long_word}\n\nA last paragraph after it.\n"
        );
        let source = format!(
            "قصف الجيش القرية {INJECTED} والحقول & \"قرب\" سلمى \u{202E}اليوم. وقال المراسل إن الوضع هادئ في المنطقة كلها.\n\n{}\n",
            "سلمى".repeat(3_000)
        );
        std::fs::write(dir.path().join("report.en.md"), report).unwrap();
        std::fs::write(dir.path().join("agency.ar.txt"), source).unwrap();
        Hostile { dir, long_word }
    }

    fn page(&self) -> String {
        let out = Command::cargo_bin("isnad")
            .unwrap()
            .current_dir(self.dir.path())
            .args([
                "check",
                "report.en.md",
                "--source",
                "agency.ar.txt=The agency\"><b id=\"injected\">bold</b>&amp;",
                "--format",
                "html",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.code().unwrap() <= 1,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The page's own script and nothing injected; every hostile string shown as text.
    fn assert_inert(&self, dom: &Dom) {
        assert_eq!(dom.named("script").count(), 1, "only the page's own script");
        assert!(
            dom.by_id("injected").is_none(),
            "an element from the outlet name"
        );
        for el in &dom.elements {
            assert!(
                el.attrs.iter().all(|(name, _)| !name.starts_with("on")),
                "<{}> has an event handler",
                el.name
            );
        }
        let body = dom.named("body").next().unwrap();
        assert_eq!(body.attr("data-pwned"), None, "the injected script ran");
        let report = dom.with_class("report").next().unwrap();
        assert!(
            report.text.contains(INJECTED),
            "the report's markup is not shown as text"
        );
        assert!(report.text.contains("& \"more\" \u{202E}reversed"));
        assert!(report.text.contains(&self.long_word));
        let quote = dom
            .with_class("quote")
            .find(|q| q.attr("id").is_some() && q.text.starts_with("\"the army shelled"))
            .expect("the hostile quote");
        assert!(quote.text.contains(INJECTED) && quote.text.contains('\u{2067}'));
        let id = quote.attr("id").unwrap();
        assert!(
            quote
                .attr("title")
                .unwrap()
                .starts_with(&format!("{id} · ")),
            "tooltip"
        );
        let source = dom.with_class("source-text").next().unwrap();
        assert!(source.text.contains(INJECTED) && source.text.contains('\u{202E}'));
        let heading = dom.with_class("source").next().unwrap();
        assert!(heading
            .text
            .contains("The agency\"><b id=\"injected\">bold</b>&amp;"));
    }
}

#[test]
fn hostile_text_is_shown_as_text() {
    let hostile = Hostile::new();
    let html = hostile.page();
    assert_eq!(
        html.matches("<script").count(),
        1,
        "raw <script> from user text"
    );
    hostile.assert_inert(&Dom::parse(&html).unwrap());
}

fn browser() -> Option<Headless> {
    let found = Headless::find();
    if found.is_none() {
        eprintln!("SKIPPED: no chromium or chromium-browser on PATH; the page was not checked in a browser");
    }
    found
}

#[test]
fn the_sample_page_in_chromium() {
    let Some(chromium) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("salma.html");
    std::fs::write(&page, sample_page()).unwrap();

    let dumped = chromium.dump_dom(&page).unwrap();
    let dom = Dom::parse(&dumped.stdout).unwrap();
    assert_sample_page(&dom);
    let html = dom.named("html").next().unwrap();
    assert!(
        html.attr("data-load-ms").is_some(),
        "the page script did not run"
    );

    let png = dir.path().join("salma.png");
    chromium.screenshot(&page, &png, 1400, 1000).unwrap();
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (1400, 1000));
    // A blank 1400×1000 page compresses to a few kilobytes; text in two columns does not.
    assert!(
        bytes.len() > 50_000,
        "screenshot of {} bytes looks empty",
        bytes.len()
    );
}

#[test]
fn hostile_page_in_chromium() {
    let Some(chromium) = browser() else { return };
    let hostile = Hostile::new();
    let page = hostile.dir.path().join("page.html");
    std::fs::write(&page, hostile.page()).unwrap();
    let dumped = chromium.dump_dom(&page).unwrap();
    hostile.assert_inert(&Dom::parse(&dumped.stdout).unwrap());
}

/// `isnad align --format html`: one row per bead, every segment of both sides present once,
/// weak beads marked, hostile text shown as text — and, with a browser, the same in its DOM.
#[test]
fn the_aligned_pairs_page() {
    let dir = tempfile::tempdir().unwrap();
    let ar = dir.path().join("a.ar.txt");
    let en = dir.path().join("a.en.txt");
    std::fs::write(
        &ar,
        "قصفت الطائرات الروسية قرية سلمى في ريف اللاذقية الشمالي.\n\nرفع البنك المركزي أسعار الفائدة لمكافحة التضخم.\n",
    )
    .unwrap();
    std::fs::write(
        &en,
        format!("Russian warplanes bombed the village of Salma in the northern Latakia countryside.\n\nThe central bank raised interest rates to fight inflation.\n\nIt said {INJECTED} & more.\n"),
    )
    .unwrap();
    let page = dir.path().join("pairs.html");
    Command::cargo_bin("isnad")
        .unwrap()
        .arg("align")
        .arg(&ar)
        .arg(&en)
        .args(["--format", "html", "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    let dom = Dom::parse(&html).unwrap();
    let rows: Vec<_> = dom.named("tr").filter(|r| r.attr("id").is_some()).collect();
    assert_eq!(
        rows.len(),
        3,
        "two 1-1 beads and the added English sentence"
    );
    assert!(
        rows[2].has_class("low"),
        "the 0-1 bead is marked for review"
    );
    assert!(!rows[0].has_class("low"));
    assert!(!html.contains(INJECTED), "user text is escaped");
    assert!(html.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt; &amp; more"));
    match Headless::find() {
        None => eprintln!("SKIPPED: no chromium or chromium-browser on PATH; the pairs page was not checked in a browser"),
        Some(browser) => {
            let dumped = browser.dump_dom(&page).unwrap().stdout;
            assert!(dumped.contains("id=\"pair-2\""), "{dumped}");
            assert!(!dumped.contains("data-pwned"), "the injected script never ran");
        }
    }
}

#[test]
fn a_repeated_quote_is_marked_at_every_location() {
    let dir = tempfile::TempDir::new().unwrap();
    let source = common::write(
        dir.path(),
        "monitor.ar.txt",
        "قال المرصد إن القصف دمر المخبز الوحيد في القرية. وأضاف أن العائلات نزحت.\n",
    );
    let quote = "the shelling destroyed the only bakery in the village";
    let report = common::write(
        dir.path(),
        "report.en.md",
        &format!(
            "The monitor said \"{quote}\".\n\nFamilies fled north.\n\nPull quote: \"{quote}\"\n"
        ),
    );
    let out = common::stdout_of_success([
        "check".to_string(),
        report.display().to_string(),
        "--source".to_string(),
        format!("{}=The Monitor", source.display()),
        "--format".to_string(),
        "html".to_string(),
        "--fail-on".to_string(),
        "never".to_string(),
    ]);
    let dom = Dom::parse(&String::from_utf8(out).unwrap()).unwrap();
    let marked: Vec<_> = dom
        .with_class("quote")
        .filter(|e| e.attr("data-quote") == Some("q1"))
        .collect();
    assert_eq!(marked.len(), 2, "both locations are marked");
    assert_eq!(
        marked.iter().filter(|e| e.attr("id") == Some("q1")).count(),
        1,
        "the id stays unique"
    );
    assert!(marked.iter().all(|e| e.attr("data-source").is_some()));
    assert_eq!(
        dom.named("li")
            .filter(|e| e.attr("id") == Some("note-q1"))
            .count(),
        1,
        "one note"
    );
    assert!(dom.with_class("unplaced").next().is_none());
}

#[test]
fn every_flag_states_its_severity_in_words() {
    let dom = Dom::parse(&sample_page()).unwrap();
    let flags: Vec<_> = dom.with_class("flag").collect();
    assert!(!flags.is_empty());
    for f in &flags {
        let severity = ["error", "warning", "info"]
            .into_iter()
            .find(|s| f.has_class(&format!("sev-{s}")))
            .expect("a severity class");
        assert!(
            f.text.trim_start().starts_with(severity),
            "{severity}: {:?}",
            f.text
        );
    }
}
