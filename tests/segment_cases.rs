//! Hand-written segmentation cases in the style of news wires (English) and Arabic TV and NGO
//! reports. Each case lists every unit expected; `H| ` marks a heading, `B| ` a byline.

use isnad::text::markdown::mask;
use isnad::text::segment::{segment, segment_masked, Unit, UnitKind};
use isnad::text::Lang;

fn describe(units: &[Unit]) -> Vec<String> {
    units
        .iter()
        .map(|u| match u.kind {
            UnitKind::Sentence => u.text.clone(),
            UnitKind::Heading => format!("H| {}", u.text),
            UnitKind::Byline => format!("B| {}", u.text),
        })
        .collect()
}

/// Plain text: the units, and every span slices the original to the display text (modulo
/// white-space folding).
fn check(lang: Lang, text: &str, expected: &[&str]) {
    let units = segment(text, lang);
    assert_eq!(describe(&units), expected, "input: {text:?}");
    for u in &units {
        let original: Vec<&str> = text[u.span()].split_whitespace().collect();
        assert_eq!(original.join(" "), u.text, "span of {:?}", u.text);
    }
}

fn check_md(lang: Lang, text: &str, expected: &[&str]) {
    let units = segment_masked(text, &mask(text), lang);
    assert_eq!(describe(&units), expected, "input: {text:?}");
}

fn en(text: &str, expected: &[&str]) {
    check(Lang::En, text, expected);
}

fn ar(text: &str, expected: &[&str]) {
    check(Lang::Ar, text, expected);
}

#[test]
fn english_terminal_marks() {
    en(
        "The army advanced. Rebels pulled back.",
        &["The army advanced.", "Rebels pulled back."],
    );
    en(
        "Is the truce holding? Nobody on the ground can say.",
        &["Is the truce holding?", "Nobody on the ground can say."],
    );
    en(
        "It fell!! Then the shelling resumed.",
        &["It fell!!", "Then the shelling resumed."],
    );
    en(
        "The vote was 5-3. Critics objected.",
        &["The vote was 5-3.", "Critics objected."],
    );
    en(
        "The toll stood at 1,200. Rescuers kept digging.",
        &["The toll stood at 1,200.", "Rescuers kept digging."],
    );
    en(
        "BEIRUT – Government forces advanced on Monday. The toll rose.",
        &[
            "BEIRUT – Government forces advanced on Monday.",
            "The toll rose.",
        ],
    );
}

#[test]
fn english_abbreviations_titles_initials() {
    en(
        "Mr. Haddad said the talks had failed.",
        &["Mr. Haddad said the talks had failed."],
    );
    en(
        "Dr. Salem and Gen. Khoury met on Monday.",
        &["Dr. Salem and Gen. Khoury met on Monday."],
    );
    en(
        "Lt. Col. Nader Saleh led the unit. He was wounded.",
        &["Lt. Col. Nader Saleh led the unit.", "He was wounded."],
    );
    en(
        "Sen. Lindqvist and Rep. Ortiz voted against it.",
        &["Sen. Lindqvist and Rep. Ortiz voted against it."],
    );
    en(
        "J. R. Haddad wrote the report.",
        &["J. R. Haddad wrote the report."],
    );
    en(
        "The pupil earned a grade A. The school was pleased.",
        &["The pupil earned a grade A.", "The school was pleased."],
    );
    en(
        "He lives on Main St. The house was hit twice.",
        &["He lives on Main St.", "The house was hit twice."],
    );
    en(
        "Aid groups, e.g. the Red Crescent, left.",
        &["Aid groups, e.g. the Red Crescent, left."],
    );
    en(
        "The agency (i.e. the UN office) declined. It gave no reason.",
        &[
            "The agency (i.e. the UN office) declined.",
            "It gave no reason.",
        ],
    );
    en(
        "They lacked tents, blankets, fuel, etc. The winter was near.",
        &[
            "They lacked tents, blankets, fuel, etc.",
            "The winter was near.",
        ],
    );
    en(
        "Halabi Trading Co. said it would appeal.",
        &["Halabi Trading Co. said it would appeal."],
    );
}

#[test]
fn english_dotted_acronyms_dates_numbers() {
    en(
        "The U.S. State Department condemned the strike.",
        &["The U.S. State Department condemned the strike."],
    );
    en(
        "Aid was flown in from the U.S. The shipment was late.",
        &["Aid was flown in from the U.S.", "The shipment was late."],
    );
    en(
        "Trade with the U.K., Egypt and Jordan fell.",
        &["Trade with the U.K., Egypt and Jordan fell."],
    );
    en(
        "The meeting began at 9 a.m. Monday and ended late.",
        &["The meeting began at 9 a.m. Monday and ended late."],
    );
    en(
        "The raid ended at 4 a.m. The town was quiet by noon.",
        &["The raid ended at 4 a.m.", "The town was quiet by noon."],
    );
    en(
        "The strike hit at 10:30 p.m. local time.",
        &["The strike hit at 10:30 p.m. local time."],
    );
    en(
        "Talks are set for Jan. 15 in Geneva.",
        &["Talks are set for Jan. 15 in Geneva."],
    );
    en(
        "Road No. 4 was closed. Drivers turned back.",
        &["Road No. 4 was closed.", "Drivers turned back."],
    );
    en(
        "Prices rose 3.5 percent in March.",
        &["Prices rose 3.5 percent in March."],
    );
}

#[test]
fn english_quotes_brackets_ellipses() {
    en(
        "He said \"go.\" Then he left.",
        &["He said \"go.\"", "Then he left."],
    );
    en(
        "\"Where are they?\" he asked.",
        &["\"Where are they?\" he asked."],
    );
    en(
        "“We will not leave!” the commander shouted.",
        &["“We will not leave!” the commander shouted."],
    );
    en(
        "\"Stop. Now.\" The order came at dawn.",
        &["\"Stop.", "Now.\"", "The order came at dawn."],
    );
    en(
        "The clashes spread (see map below.) Officials gave no toll.",
        &[
            "The clashes spread (see map below.)",
            "Officials gave no toll.",
        ],
    );
    en(
        "\"The shelling continued… amid an advance by ground troops,\" it said.",
        &["\"The shelling continued… amid an advance by ground troops,\" it said."],
    );
    en(
        "Smoke rises over the ridge. (AFP)",
        &["Smoke rises over the ridge. (AFP)"],
    );
    en(
        "We waited... The shelling never stopped.",
        &["We waited...", "The shelling never stopped."],
    );
    en(
        "They fled to… Hama, witnesses said.",
        &["They fled to… Hama, witnesses said."],
    );
}

#[test]
fn english_urls_and_emails() {
    en(
        "See www.example.org/report?id=4 for details. It is long.",
        &[
            "See www.example.org/report?id=4 for details.",
            "It is long.",
        ],
    );
    en(
        "Write to press@example.org. Replies come fast.",
        &["Write to press@example.org.", "Replies come fast."],
    );
}

#[test]
fn english_lines_paragraphs_headings_bylines() {
    en(
        "First paragraph here.\nSecond paragraph here.",
        &["First paragraph here.", "Second paragraph here."],
    );
    en(
        "The convoy left the city\nand headed north.",
        &["The convoy left the city and headed north."],
    );
    en(
        "After the strike,\nOfficials counted the dead.",
        &["After the strike, Officials counted the dead."],
    );
    en(
        "Fighting near Tal Rifaat\n\nThe army advanced.",
        &["H| Fighting near Tal Rifaat", "The army advanced."],
    );
    en(
        "By Rania Khoury\n\nThe army advanced.",
        &["B| By Rania Khoury", "The army advanced."],
    );
    en(
        "The army advanced.\n\n— Rania Khoury, Beirut",
        &["The army advanced.", "B| — Rania Khoury, Beirut"],
    );
    en(
        "1. Talks failed.\n2. Aid stalled.",
        &["1. Talks failed.", "2. Aid stalled."],
    );
    en("One.\r\nTwo.\rThree.", &["One.", "Two.", "Three."]);
    en(
        "Key facts about the region:\n\nIt is mountainous.",
        &["Key facts about the region:", "It is mountainous."],
    );
}

#[test]
fn english_markdown() {
    let en_md = |t: &str, e: &[&str]| check_md(Lang::En, t, e);
    en_md(
        "# Talks collapse\n\nDelegates left Geneva.",
        &["H| Talks collapse", "Delegates left Geneva."],
    );
    en_md(
        "Delegates left\nGeneva on Friday.",
        &["Delegates left Geneva on Friday."],
    );
    en_md(
        "Key points:\n- Talks failed.\n- Aid stalled",
        &["Key points:", "Talks failed.", "Aid stalled"],
    );
    en_md(
        "The **main** road is *closed*. Traffic is diverted.",
        &["The main road is closed.", "Traffic is diverted."],
    );
    en_md(
        "Read the [full report](https://x.org/r.pdf). It is long.",
        &["Read the full report.", "It is long."],
    );
    en_md(
        "> We will return. Soon.\n\nHe said nothing more.",
        &["We will return.", "Soon.", "He said nothing more."],
    );
    en_md(
        "Talks resume\n============\n\nDelegates met the envoy's team.",
        &["H| Talks resume", "Delegates met the envoy's team."],
    );
}

#[test]
fn arabic_terminal_marks() {
    ar(
        "قال المتحدث إن القصف توقف. وأضاف أن المفاوضات مستمرة.",
        &["قال المتحدث إن القصف توقف.", "وأضاف أن المفاوضات مستمرة."],
    );
    ar(
        "هل توقف القتال؟ لا أحد يعرف.",
        &["هل توقف القتال؟", "لا أحد يعرف."],
    );
    ar(
        "يا له من يوم! لقد انتهى كل شيء.",
        &["يا له من يوم!", "لقد انتهى كل شيء."],
    );
    ar("ماذا يحدث؟! لا أحد يجيب.", &["ماذا يحدث؟!", "لا أحد يجيب."]);
    ar("هل انتهت الحرب? لا.", &["هل انتهت الحرب?", "لا."]);
    ar(
        "قال الرئيس. ثم غادر القاعة.",
        &["قال الرئيس.", "ثم غادر القاعة."],
    );
    ar(
        "بلغ عدد القتلى 25. وأصيب 40 آخرون.",
        &["بلغ عدد القتلى 25.", "وأصيب 40 آخرون."],
    );
    ar(
        "نقصت المياه والدواء والغذاء إلخ. وطالبت المنظمات بالمساعدة.",
        &[
            "نقصت المياه والدواء والغذاء إلخ.",
            "وطالبت المنظمات بالمساعدة.",
        ],
    );
}

#[test]
fn arabic_commas_and_numbers() {
    ar(
        "وصلت القافلة، وبدأ توزيع المساعدات، ثم غادرت.",
        &["وصلت القافلة، وبدأ توزيع المساعدات، ثم غادرت."],
    );
    ar(
        "ارتفع المؤشر بنسبة ٣٫٥ في المئة.",
        &["ارتفع المؤشر بنسبة ٣٫٥ في المئة."],
    );
    ar(
        "ارتفع المؤشر بنسبة 3.5 في المئة. وتراجع الدولار.",
        &["ارتفع المؤشر بنسبة 3.5 في المئة.", "وتراجع الدولار."],
    );
    ar(
        "بلغ التضخم 12.5%. وارتفعت الأسعار.",
        &["بلغ التضخم 12.5%.", "وارتفعت الأسعار."],
    );
    ar(
        "في 12.10.2023 وقع الانفجار قرب السوق.",
        &["في 12.10.2023 وقع الانفجار قرب السوق."],
    );
    ar(
        "توقف القصف عند الساعة 10.30 صباحاً.",
        &["توقف القصف عند الساعة 10.30 صباحاً."],
    );
    ar(
        "1. وقف إطلاق النار.\n2. فتح المعابر.",
        &["1. وقف إطلاق النار.", "2. فتح المعابر."],
    );
    ar("١. وقف إطلاق النار.", &["١. وقف إطلاق النار."]);
}

#[test]
fn arabic_abbreviations() {
    ar(
        "قال د. خالد منصور إن الوضع خطير.",
        &["قال د. خالد منصور إن الوضع خطير."],
    );
    ar(
        "وصل أ.د. سمير حداد إلى المدينة.",
        &["وصل أ.د. سمير حداد إلى المدينة."],
    );
    ar(
        "قال م. سامر إن الجسر انهار.",
        &["قال م. سامر إن الجسر انهار."],
    );
    ar(
        "تقع القرية على ارتفاع 900 م. وتطل على الوادي.",
        &["تقع القرية على ارتفاع 900 م.", "وتطل على الوادي."],
    );
    ar(
        "تأسست المدينة عام 1200 هـ. وازدهرت لاحقاً.",
        &["تأسست المدينة عام 1200 هـ.", "وازدهرت لاحقاً."],
    );
    ar(
        "بُنيت القلعة في القرن الثالث ق.م. وما زالت قائمة.",
        &["بُنيت القلعة في القرن الثالث ق.م.", "وما زالت قائمة."],
    );
    ar("انظر ص. 45 من التقرير.", &["انظر ص. 45 من التقرير."]);
}

#[test]
fn arabic_quotes_brackets_urls() {
    ar(
        "قال المراسل: \"القصف عنيف جداً.\" ثم انقطع الاتصال.",
        &["قال المراسل: \"القصف عنيف جداً.\"", "ثم انقطع الاتصال."],
    );
    ar(
        "قالت الوكالة إن «الهجوم فشل». وأكد مصدر آخر ذلك.",
        &["قالت الوكالة إن «الهجوم فشل».", "وأكد مصدر آخر ذلك."],
    );
    ar(
        "وقال: \"القصف مستمر… وسط تقدم للقوات\".",
        &["وقال: \"القصف مستمر… وسط تقدم للقوات\"."],
    );
    ar("قال: \"سنعود…\" وغادر.", &["قال: \"سنعود…\"", "وغادر."]);
    ar(
        "انسحبت القوات (وفق المرصد.) وعاد الهدوء.",
        &["انسحبت القوات (وفق المرصد.)", "وعاد الهدوء."],
    );
    ar(
        "وأعلنت الشركة أن موقعها www.example.com عاد للعمل.",
        &["وأعلنت الشركة أن موقعها www.example.com عاد للعمل."],
    );
    ar(
        "راسلونا عبر info@example.org. وسنرد قريباً.",
        &["راسلونا عبر info@example.org.", "وسنرد قريباً."],
    );
}

#[test]
fn arabic_script_details() {
    ar(
        "قالَ المُتحدِّثُ إنَّ الهُدنةَ صامدةٌ. وأضافَ أنَّها هشّة.",
        &["قالَ المُتحدِّثُ إنَّ الهُدنةَ صامدةٌ.", "وأضافَ أنَّها هشّة."],
    );
    ar(
        "أعلنـــت الحكومة الحداد. وأغلقت المدارس.",
        &["أعلنـــت الحكومة الحداد.", "وأغلقت المدارس."],
    );
    ar(
        "قال   المرصد\u{a0}إن القتال توقف.",
        &["قال المرصد إن القتال توقف."],
    );
}

#[test]
fn arabic_lines_paragraphs_headings_bylines() {
    ar(
        "الفقرة الأولى.\n\nالفقرة الثانية.",
        &["الفقرة الأولى.", "الفقرة الثانية."],
    );
    ar("جملة أولى.\r\nجملة ثانية.", &["جملة أولى.", "جملة ثانية."]);
    ar(
        "وصل الوفد إلى دمشق،\nوبدأت المحادثات فوراً.",
        &["وصل الوفد إلى دمشق، وبدأت المحادثات فوراً."],
    );
    ar(
        "معارك في ريف حلب\n\nقالت مصادر إن المعارك مستمرة.",
        &["H| معارك في ريف حلب", "قالت مصادر إن المعارك مستمرة."],
    );
    ar(
        "بقلم رنا الخوري\n\nوصل الوفد.",
        &["B| بقلم رنا الخوري", "وصل الوفد."],
    );
    ar(
        "كتب: سامي حداد\n\nوصل الوفد.",
        &["B| كتب: سامي حداد", "وصل الوفد."],
    );
    ar(
        "وصل الوفد.\n\n— سامي حداد، بيروت",
        &["وصل الوفد.", "B| — سامي حداد، بيروت"],
    );
}

#[test]
fn arabic_markdown() {
    let ar_md = |t: &str, e: &[&str]| check_md(Lang::Ar, t, e);
    ar_md(
        "## تقدم القوات\n\nتقدمت القوات نحو التلال.",
        &["H| تقدم القوات", "تقدمت القوات نحو التلال."],
    );
    ar_md(
        "أكد **المرصد** أن الاشتباكات عنيفة.",
        &["أكد المرصد أن الاشتباكات عنيفة."],
    );
    ar_md(
        "نشرت [الوكالة](https://x.org) تقريراً. وأكدته مصادر.",
        &["نشرت الوكالة تقريراً.", "وأكدته مصادر."],
    );
    ar_md(
        "أبرز النقاط:\n- وقف القصف.\n- فتح المعابر",
        &["أبرز النقاط:", "وقف القصف.", "فتح المعابر"],
    );
}

#[test]
fn paragraph_numbers_and_positions() {
    let text = "Talks resume\n\nDelegates met. They agreed.\n\nNo deal yet.";
    let units = segment(text, Lang::En);
    let got: Vec<_> = units
        .iter()
        .map(|u| (u.paragraph, u.line, u.column))
        .collect();
    assert_eq!(got, [(0, 1, 1), (1, 3, 1), (1, 3, 16), (2, 5, 1)]);
}
