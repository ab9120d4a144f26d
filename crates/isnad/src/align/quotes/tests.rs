use super::*;
use crate::align::ScoreParams;
use crate::lexicon::Lexicon;
use crate::quotes::extract;

fn doc(path: &str, text: &str, lang: Lang) -> Document {
    Document::from_text(path, text, Some(lang))
}

fn scorer() -> Scorer<'static> {
    let mut s = Scorer::new(Lexicon::embedded());
    s.params = ScoreParams::for_fragments();
    s
}

/// Matches the quotes of the report `text` against the Arabic `sources`, the first quote
/// credited to the sources `credited`.
fn match_report(
    sources: &[&str],
    text: &str,
    credited: Vec<usize>,
    options: &MatchOptions,
) -> Vec<QuoteMatch> {
    let docs: Vec<Document> = sources
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("s{i}.ar.txt"), t, Lang::Ar))
        .collect();
    let report = doc("r.txt", text, Lang::En);
    let s = scorer();
    let index = SourceIndex::new(&s, &docs.iter().collect::<Vec<_>>());
    let quotes = extract(&report);
    let mut prepared = prepare_quotes(&s, &quotes, &report);
    if let Some(first) = prepared.first_mut() {
        first.credit(credited);
    }
    match_quotes(&prepared, &index, &s, options)
}

const TV: &str = "قال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى. وأضاف أن المسلحين فروا نحو إدلب. وبثت القناة صوراً للدخان فوق القرية.";
const NGO: &str = "وثق المرصد مقتل ١٤ عنصراً من القوات الحكومية. وقال المرصد إن عشرات العائلات نزحت نحو الحدود التركية.";

#[test]
fn quotes_find_their_sentence_in_the_right_source() {
    let m = match_report(
        &[TV, NGO],
        "The channel said \"the army took control of three hills near Salma\". The monitor said \"dozens of families fled toward the Turkish border\". A resident said \"the bakery reopened and bread prices fell\".",
        Vec::new(),
        &MatchOptions::default(),
    );
    let b0 = m[0].best.unwrap();
    assert_eq!((b0.source, b0.start, b0.end), (0, 0, 1), "{:?}", m[0]);
    assert_eq!(m[0].status, Status::Matched);
    let b1 = m[1].best.unwrap();
    assert_eq!((b1.source, b1.start), (1, 1));
    assert_eq!(m[1].status, Status::Matched);
    assert_eq!(m[2].status, Status::Unmatched, "{:?}", m[2]);
    assert!(m[0].runner_up.is_none_or(|r| r.score < b0.score));
}

#[test]
fn a_piece_of_a_sentence_comes_from_the_body_not_the_headline_that_repeats_it() {
    // The headline says what the first sentence says, in fewer words.
    let page = "الجيش يسيطر على تلال قرب سلمى\n\nقال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى صباح اليوم. وأضاف أن المسلحين فروا نحو إدلب.";
    let heading = |m: &QuoteMatch| m.best.map(|b| (b.start, b.end));
    let m = match_report(
        &[page],
        "The channel said the army \"took control of hills near Salma\". Its headline read \"Army Takes Control Of Hills Near Salma\".",
        Vec::new(),
        &MatchOptions::default(),
    );
    assert_eq!(heading(&m[0]), Some((1, 2)), "{:?}", m[0]);
    assert_eq!(heading(&m[1]), Some((0, 1)), "{:?}", m[1]);
}

#[test]
fn the_credited_outlet_wins_a_near_tie_but_not_a_clear_lead() {
    // The same statement carried by two outlets, the second without the word "reporter"
    // (closer to the quote): alone, the second wins; credited to the first, its copy is the
    // match.
    let copy = TV.replacen("مراسل ", "", 1);
    // The monitor mentions the army once, far from the quote's words.
    let monitor = format!("{NGO} وقال المرصد إن الجيش قصف المنطقة.");
    let options = MatchOptions::default();
    let matched = |credited: Vec<usize>| {
        match_report(
            &[TV, &copy, &monitor],
            "It said \"the army took control of three hills near Salma\".",
            credited,
            &options,
        )
        .remove(0)
    };
    let open = matched(Vec::new());
    let (top, other) = (open.best.unwrap(), open.runner_up.unwrap());
    assert_eq!((top.source, other.source), (1, 0), "{open:?}");
    assert!(options.credit_holds(top.score, other.score) && other.score < top.score);
    let credited = matched(vec![0]);
    assert_eq!(credited.best.unwrap().source, 0, "{credited:?}");
    assert_eq!(credited.runner_up.unwrap().source, 1);
    assert_eq!(credited.credited_best, credited.best);
    // The credit chooses the window, never the status; a runner-up above makes the chosen
    // window less likely right than the open best one.
    assert_eq!(credited.status, open.status);
    assert!(credited.confidence < open.confidence, "{credited:?}");
    // The monitor's sentences are far below: crediting it does not move the match.
    let monitor = matched(vec![2]);
    let monitor_best = monitor
        .credited_best
        .expect("the monitor shares words with it");
    assert!(!options.credit_holds(top.score, monitor_best.score));
    assert_eq!(monitor.best.unwrap().source, 1);
}

#[test]
fn the_same_statement_in_a_longer_sentence_of_the_credited_outlet_is_no_misattribution() {
    let short = "وقال وزير الخارجية إن الحكومة ستفتح المعابر الحدودية أمام المساعدات الإنسانية خلال الأسبوع المقبل.";
    let long = "وقال وزير الخارجية إن الحكومة ستفتح جميع المعابر الحدودية أمام المساعدات الإنسانية والطبية خلال الأسبوع المقبل.";
    let options = MatchOptions::default();
    // Every word of the quote is in the longer version, which scores lower for its extra words.
    let quote = "It said \"the government will open the border crossings to humanitarian aid during the next week\".";
    let open = match_report(&[short, long], quote, Vec::new(), &options).remove(0);
    let (top, other) = (open.best.unwrap(), open.runner_up.unwrap());
    assert_eq!(top.source, 0, "{open:?}");
    assert!(!options.credit_holds(top.score, other.score), "{open:?}");
    let credited = match_report(&[short, long], quote, vec![1], &options).remove(0);
    assert_eq!(credited.best.unwrap().source, 1, "{credited:?}");
    // A quote word only the longer version holds ("medical"), credited to the shorter one:
    // the two are listed, not vouched for.
    let quote = "It said \"the government will open the border crossings to humanitarian and medical aid next week\".";
    let m = match_report(&[short, long], quote, vec![0], &options).remove(0);
    assert_eq!(m.best.unwrap().source, 0, "{m:?}");
    assert_eq!(m.status, Status::Ambiguous, "{m:?}");
}

#[test]
fn the_credited_outlets_sentences_are_scored_beyond_the_first_candidates() {
    // One candidate only (as if many other outlets' sentences shared more words): the
    // credited outlet's own sentence is still scored, not read as 0.00.
    let other = "قال مراسل القناة إن الجيش سيطر على ثلاث تلال قرب سلمى صباح اليوم بعد معارك عنيفة.";
    let credited = "وأفاد ناشطون بأن الجيش سيطر على تلال قرب سلمى.";
    let options = MatchOptions {
        candidates: 1,
        ..MatchOptions::default()
    };
    let quote = "It said \"the army took control of three hills near Salma this morning\".";
    let open = match_report(&[other, credited], quote, Vec::new(), &options).remove(0);
    assert_eq!(open.best.unwrap().source, 0, "{open:?}");
    assert!(open.runner_up.is_none(), "one candidate only: {open:?}");
    let m = match_report(&[other, credited], quote, vec![1], &options).remove(0);
    let credited_best = m
        .credited_best
        .expect("the credited outlet's sentence is scored");
    assert_eq!(credited_best.source, 1);
    assert!(credited_best.score > 0.2, "{m:?}");
}

#[test]
fn the_credit_does_not_outweigh_a_window_that_finds_words_the_credited_one_lacks() {
    // Two outlets tell the story two ways; the quote says what the first says ("withdrew"),
    // but is credited to the second ("took control"), within the credit's margin.
    let withdrew =
        "وقال مراسل القناة إن الجيش انسحب من ثلاث تلال استراتيجية قرب بلدة سلمى صباح اليوم.";
    let took = "وقال ناشطون إن الجيش سيطر على ثلاث تلال استراتيجية قرب بلدة سلمى صباح اليوم.";
    let quote = "It said \"the army withdrew from three strategic hills near the town of Salma this morning\".";
    let options = MatchOptions::default();
    let m = match_report(&[withdrew, took], quote, vec![1], &options).remove(0);
    let (best, rival) = (m.best.unwrap(), m.runner_up.unwrap());
    assert_eq!((best.source, rival.source), (1, 0), "{m:?}");
    assert!(rival.score > best.score && options.credit_holds(rival.score, best.score));
    // The credited window is kept, but it is not vouched for: the other is listed beside it.
    assert!(m.confidence < options.min_confidence, "{m:?}");
    assert_eq!(m.status, Status::Ambiguous);
    // The same words carried by both outlets: the credit breaks the tie as before.
    let copy = withdrew.replacen("مراسل القناة", "ناشطون", 1);
    let m = match_report(&[withdrew, &copy], quote, vec![1], &options).remove(0);
    assert_eq!(m.best.unwrap().source, 1, "{m:?}");
    assert!(m.confidence >= options.min_confidence, "{m:?}");
}

#[test]
fn a_quote_whose_every_part_is_matched_is_matched() {
    let text =
        "It said \"the army took control of three hills … the militants fled toward Idlib\".";
    let words = extract(&doc("r.txt", text, Lang::En))[0].word_count();
    // Thresholds that a 12-word quote cannot meet but its 6-word parts can.
    let options = MatchOptions {
        matched: 0.3,
        weak: 0.05,
        matched_sentence: 0.95,
        weak_sentence: 0.05,
        ..MatchOptions::default()
    };
    let m = &match_report(&[TV], text, Vec::new(), &options)[0];
    assert_eq!(m.segments.len(), 2);
    assert!(
        m.segments.iter().all(|seg| seg.status == Status::Matched),
        "{m:?}"
    );
    let whole = options.status(words, m.best.unwrap().score, None);
    assert_eq!(whole, Status::Weak, "the whole alone is weak");
    assert_eq!(m.status, Status::Matched);
    // With one part unmatched, the whole's status stands.
    let strict = MatchOptions {
        matched: 0.99,
        ..options
    };
    let m = &match_report(&[TV], text, Vec::new(), &strict)[0];
    assert_eq!(m.status, Status::Weak);
}

#[test]
fn short_quotes_are_scored_as_fragments_long_ones_as_sentences() {
    let base = ScoreParams::for_fragments();
    assert!(params_for(4, &base).quote_mode());
    assert_eq!(params_for(4, &base), base);
    assert!(
        !params_for(20, &base).quote_mode(),
        "a long quote is scored symmetrically"
    );
    let options = MatchOptions::default();
    assert_eq!(options.thresholds(3), (options.matched, options.weak));
    assert_eq!(
        options.thresholds(30),
        (options.matched_sentence, options.weak_sentence)
    );
    let (mid, _) = options.thresholds(9);
    assert!(mid < options.matched && mid > options.matched_sentence);
}

#[test]
fn a_lead_over_the_runner_up_raises_the_status_score() {
    let o = MatchOptions::default();
    assert_eq!(o.status_score(0.3, Some(0.3)), 0.3);
    assert!(o.status_score(0.3, Some(0.1)) > o.status_score(0.3, Some(0.25)));
    assert_eq!(o.status_score(0.3, None), o.status_score(0.3, Some(0.0)));
    let none = MatchOptions {
        margin_weight: 0.0,
        ..o
    };
    assert_eq!(none.status_score(0.3, Some(0.1)), 0.3);
}

#[test]
fn a_merged_quote_takes_a_two_sentence_window() {
    let m = match_report(
        &[TV],
        "It said \"the army took control of three hills near Salma and the militants fled toward Idlib\".",
        Vec::new(),
        &MatchOptions::default(),
    );
    let b = m[0].best.unwrap();
    assert_eq!((b.start, b.end), (0, 2), "{:?}", m[0]);
}

mod confidence {
    use super::super::{confidence, Evidence, Observation};

    fn quote(score: f64, runner_up: f64, rival_coverage: Option<f64>) -> f64 {
        confidence(&observation(score, runner_up, rival_coverage))
    }

    /// A quote whose best window covers half its words; a rival with the same coverage has the
    /// same evidence.
    fn observation(score: f64, runner_up: f64, rival_coverage: Option<f64>) -> Observation {
        Observation {
            score,
            runner_up,
            words: 8,
            best: Evidence {
                coverage: 0.5,
                english: 0.6,
                lexical: 1.0,
            },
            rival: rival_coverage.map(|coverage| Evidence {
                coverage,
                english: coverage + 0.1,
                lexical: 1.0,
            }),
            credited: false,
            run_coverage: 0.35,
            right: false,
        }
    }

    #[test]
    fn confidence_is_a_probability_that_grows_with_score_and_lead() {
        let low = quote(0.3, 0.28, None);
        let lead = quote(0.3, 0.1, None);
        let high = quote(0.7, 0.1, None);
        assert!(
            0.0 < low && low < lead && lead < high && high < 1.0,
            "{low} {lead} {high}"
        );
    }

    #[test]
    fn a_rival_that_says_something_else_halves_a_tie() {
        // Two different sentences fitting equally well: at most an even chance, however well
        // each fits alone; a rival far behind changes little.
        assert!(quote(0.6, 0.6, Some(0.5)) <= 0.5);
        assert!(quote(0.6, 0.59, Some(0.5)) < quote(0.6, 0.59, None));
        let far = quote(0.7, 0.1, Some(0.2));
        assert!((far - quote(0.7, 0.1, None)).abs() < 0.01, "{far}");
    }

    #[test]
    fn the_credit_breaks_a_tie() {
        // The same tie, the best window in the credited outlet's sources and the rival outside.
        let tie = observation(0.6, 0.6, Some(0.5));
        let credited = Observation {
            credited: true,
            ..tie
        };
        assert!(confidence(&credited) > 0.5 && confidence(&credited) > confidence(&tie));
    }
}

#[test]
fn a_neighbour_bringing_only_the_quotes_number_or_name_does_not_join_its_window() {
    let window = |source: &str, quote: &str| {
        let m = match_report(&[source], quote, Vec::new(), &MatchOptions::default());
        let b = m[0].best.expect("a window");
        (b.start, b.end)
    };
    // The quote's 15 is in the sentence before the one it translates (which says 50).
    let rates = "وقال المرصد إن نسبة البطالة ارتفعت إلى ١٥ في المائة هذا العام. \
                 وقال المرصد إن أسعار الخبز ارتفعت بنسبة ٥٠ في المائة خلال الشهر الماضي.";
    let quote = "He said \"bread prices rose by 15 percent during the past month\".";
    assert_eq!(window(rates, quote), (1, 2));
    // The quote's Homs is in the sentence after the one it translates (which says Hama).
    let cities = "وقال المرصد إن الطائرات الحربية قصفت مدينة حماة بعشرات الصواريخ. \
                  وفي حمص، قتل مدني برصاص قناص.";
    let quote = "He said \"warplanes shelled the city of Homs with dozens of rockets\".";
    assert_eq!(window(cities, quote), (0, 1));
    // The same with the number in words: the quote's "three" is the three hills of the
    // sentence before the one it translates (which says dozens).
    let hills = "قالت مصادر عسكرية إن الجيش سيطر على ثلاث تلال قرب بلدة سلمى. \
                 وأضافت أن الغارات الجوية أسفرت عن مقتل عشرات المسلحين في ريف إدلب الجنوبي.";
    let quote =
        "They said \"the air strikes killed three militants in the southern Idlib countryside\".";
    assert_eq!(window(hills, quote), (1, 2));
    // A phrase counts by its words: the next sentence's "two months" (شهرين) brings the
    // quote's number and unit only, and its "shelling" (القصف) is a word of the phrase
    // "artillery shelling" the sentence before already finds.
    let months = "وانقطعت المياه عن مدينة الدانا منذ أسبوعين بسبب عطل في محطة الضخ. \
                  وتوقفت المساعدات الأممية عبر معبر باب الهوى لمدة شهرين متتاليين.";
    let quote = "They said \"water has been cut off from the city of Dana for two months because \
                 of a fault at the pumping station\".";
    assert_eq!(window(months, quote), (0, 1));
    let bullets = "قصف مدفعي تركي يستهدف محيط بلدة تل رفعت شمال حلب. \
                   لا إصابات في صفوف المدنيين جراء القصف.";
    let quote = "They said \"Turkish artillery shelling targeted the outskirts of the town of Tal \
                 Rifaat north of Aleppo\".";
    assert_eq!(window(bullets, quote), (0, 1));
    // A quote that does run over two sentences keeps its window: each adds words of its own.
    let two =
        "وقال المرصد إن الطائرات الحربية قصفت مدينة حماة. وأضاف أن عشرات العائلات نزحت نحو الحدود.";
    let quote = "He said \"warplanes shelled the city of Hama. Dozens of families fled toward the border\".";
    assert_eq!(window(two, quote), (0, 2));
}
