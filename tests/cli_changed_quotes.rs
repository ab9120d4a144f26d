//! `isnad check` on quotes changed in ways that keep nearly every word, so that the match alone
//! scores them as faithful: a dropped or added negation, a place that shares only its generic
//! head with the source's, a part of a quote cut by an ellipsis that no source holds, two
//! numbers swapped.

mod common;

use common::{s, stdout_of_success, write};

/// Each quote's status and its flags as `severity kind`, from `--format json`, with one source.
fn check(report: &str, source: &str, outlet: &str) -> Vec<(String, Vec<String>)> {
    let dir = tempfile::tempdir().unwrap();
    let report = write(dir.path(), "report.md", report);
    let source = write(dir.path(), "source.ar.txt", source);
    let stdout = stdout_of_success([
        "check",
        &s(&report),
        "--format",
        "json",
        "--fail-on",
        "never",
        "--source",
        &format!("{}={outlet}", s(&source)),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let flags = q["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        f["severity"].as_str().unwrap(),
                        f["kind"].as_str().unwrap()
                    )
                })
                .collect();
            (q["status"].as_str().unwrap().to_string(), flags)
        })
        .collect()
}

fn matched_with(flags: &[&str]) -> (String, Vec<String>) {
    (
        "matched".to_string(),
        flags.iter().map(|f| f.to_string()).collect(),
    )
}

const OBSERVATORY: &str = "\
وقال المرصد إن قوات النظام لم تستخدم الأسلحة الكيميائية في الهجوم على دوما.
وأكد المرصد أن الطائرات الروسية قصفت المستشفى الوطني في مدينة معرة النعمان.
وأضاف أن الفصائل لن تنسحب من مدينة إدلب تحت أي ظرف.
";

#[test]
fn a_dropped_or_added_negation_is_a_warning() {
    let found = check(
        "The Syrian Observatory said \"regime forces used chemical weapons in the attack on Douma.\"\n\n\
         The Observatory added that \"Russian aircraft did not bomb the national hospital in the city of Maarat al-Numan.\"\n\n\
         It said \"the factions will withdraw from the city of Idlib under any circumstances.\"\n",
        OBSERVATORY,
        "Syrian Observatory",
    );
    assert_eq!(found, vec![matched_with(&["warning negation-mismatch"]); 3]);
}

/// "stopped" for لم يتوقف renders the negated verb, not the negation; "still able" for لم يعد
/// قادراً ("no longer able") reverses it too.
#[test]
fn a_negated_stop_rendered_stopped_is_a_dropped_negation() {
    let source = "وقال المرصد إن القصف المدفعي على بلدة سرمين لم يتوقف منذ ساعات الفجر الأولى.\n\
                  وأكدت مصادر طبية أن مشفى البلدة لم يعد قادراً على استقبال الجرحى.\n";
    let found = check(
        "The Observatory said \"the artillery shelling on the town of Sarmin stopped in the early hours of dawn.\"\n\n\
         The Observatory said \"medical sources confirmed that the town's hospital is still able to receive the wounded.\"\n",
        source,
        "Syrian Observatory,the Observatory",
    );
    assert_eq!(found, vec![matched_with(&["warning negation-mismatch"]); 2]);
    let faithful = check(
        "The Observatory said \"the artillery shelling on the town of Sarmin has not stopped since the early hours of dawn.\"\n\n\
         The Observatory said \"medical sources confirmed that the town's hospital is no longer able to receive the wounded.\"\n",
        source,
        "Syrian Observatory,the Observatory",
    );
    assert_eq!(faithful, vec![matched_with(&[]); 2]);
}

#[test]
fn a_faithful_negation_is_not_flagged() {
    let found = check(
        "The Syrian Observatory said \"regime forces did not use chemical weapons in the attack on Douma.\"\n\n\
         The Observatory added that \"Russian aircraft bombed the national hospital in the city of Maarat al-Numan.\"\n\n\
         It said \"the factions will not withdraw from the city of Idlib under any circumstances.\"\n",
        OBSERVATORY,
        "Syrian Observatory",
    );
    assert_eq!(found, vec![matched_with(&[]); 3]);
}

const SYRIA_TV: &str = "\
وقال المراسل إن المدفعية قصفت مواقع في جبل الأكراد طوال الليل.
وأضاف أن رتلا عسكريا وصل إلى مدينة دير الزور صباح اليوم.
وقال إن الطيران قصف مدينة جسر الشغور بعشرات الغارات.
";

#[test]
fn a_place_sharing_only_its_generic_head_is_missing() {
    // Two places the gazetteer knows, and one it does not (Jisr al-Majami).
    let found = check(
        "Syria TV said \"artillery shelled positions in Jabal al-Turkman throughout the night.\"\n\n\
         The channel said \"a military convoy arrived in the town of Deir Hafer this morning.\"\n\n\
         The channel said \"aircraft struck the town of Jisr al-Majami with dozens of raids.\"\n",
        SYRIA_TV,
        "Syria TV",
    );
    assert_eq!(found, vec![matched_with(&["warning name-missing"]); 3]);
}

#[test]
fn the_right_places_are_not_flagged() {
    let found = check(
        "Syria TV said \"artillery shelled positions in Jabal al-Akrad throughout the night.\"\n\n\
         The channel said \"a military convoy arrived in the town of Deir ez-Zor this morning.\"\n\n\
         The channel said \"aircraft struck the town of Jisr al-Shughour with dozens of raids.\"\n",
        SYRIA_TV,
        "Syria TV",
    );
    assert_eq!(found, vec![matched_with(&[]); 3]);
}

#[test]
fn a_part_of_a_quote_that_no_source_holds_is_flagged() {
    let source = "\
وأكدت أورينت أن الطائرات الروسية لم تستهدف منازل المدنيين في بلدة سلمى.
وأضافت أن قوات النظام قصفت المستشفى والمخبز في البلدة.
";
    let found = check(
        "Orient News said: \"Russian jets did not target civilian homes in the town of Salma … but the rebels deliberately blew up the water station and the power plant.\"\n\n\
         Orient News said: \"Russian jets did not target civilian homes in the town of Salma … regime forces shelled the hospital and the bakery in the town.\"\n",
        source,
        "Orient News",
    );
    assert_eq!(
        found,
        [matched_with(&["error no-source"]), matched_with(&[])]
    );
}

#[test]
fn a_changed_unit_is_a_number_mismatch() {
    let source = "\
وقال المرصد إن القصف على البلدة استمر ست ساعات متواصلة.
وأضاف أن الطائرات حلقت على ارتفاع ٨٥٠ متراً فوق البلدة.
";
    let found = check(
        "The Observatory said \"the shelling of the town lasted six days without a break.\"\n\n\
         It added that \"the aircraft flew at an altitude of 850 feet above the town.\"\n\n\
         It said \"the shelling of the town lasted six hours without a break.\"\n",
        source,
        "Syrian Observatory",
    );
    let kinds: Vec<Vec<String>> = found.into_iter().map(|(_, flags)| flags).collect();
    assert_eq!(kinds[0][0], "error number-mismatch", "{kinds:?}");
    assert_eq!(kinds[1][0], "error number-mismatch", "{kinds:?}");
    assert!(kinds[2].is_empty(), "{kinds:?}");
}

#[test]
fn two_swapped_numbers_are_a_warning() {
    let source = "\
وقال المرصد إن الغارات قتلت ٤١ مدنياً وجرحت ١٤ آخرين في مدينة إدلب.
وأضاف أن القصف دمر ١٢ منزلاً وثلاث مدارس في البلدة.
";
    let found = check(
        "The Observatory said \"the raids killed 14 civilians and wounded 41 others in the city of Idlib.\"\n\n\
         It said \"the raids killed 41 civilians and wounded 14 others in the city of Idlib.\"\n\n\
         It added that \"the shelling destroyed three schools and 12 homes in the town.\"\n",
        source,
        "Syrian Observatory",
    );
    assert_eq!(
        found,
        [
            matched_with(&["warning number-mismatch"]),
            matched_with(&[]),
            matched_with(&[])
        ]
    );
}

#[test]
fn a_changed_weekday_or_month_is_a_number_mismatch_and_a_dual_only_a_question() {
    let source = "\
وقالت الصحيفة إن الغارات قتلت ١٢ مدنياً في إدلب يوم الاثنين.
وقالت إن المؤتمر سيعقد في ٣ مارس المقبل في القاهرة.
وذكر الموقع أن حاجزاً للأمن العسكري اعتقل شابين على طريق دمشق درعا.
";
    let found = check(
        "The paper said \"the raids killed 12 civilians in Idlib on Tuesday.\"\n\n\
         It said \"the conference will be held on 3 May in Cairo.\"\n\n\
         It said \"a military security checkpoint arrested two young men on the Damascus-Daraa road.\"\n\n\
         The paper said \"the raids killed 12 civilians in Idlib on Monday.\"\n\n\
         It said \"the conference will be held on 3/3 in Cairo.\"\n",
        source,
        "Al-Rased",
    );
    let kinds: Vec<Vec<String>> = found.into_iter().map(|(_, flags)| flags).collect();
    // Tuesday is not in the source; the error names the source's Monday, which is therefore
    // not also "missing from the quote".
    assert_eq!(kinds[0], ["error number-mismatch"], "{kinds:?}");
    assert_eq!(kinds[1], ["error number-mismatch"], "{kinds:?}");
    assert_eq!(kinds[2], ["warning number-mismatch"], "{kinds:?}");
    assert!(kinds[3].is_empty(), "{kinds:?}");
    assert!(kinds[4].is_empty(), "{kinds:?}");
}

/// Numbers of the source in the words an ellipsis leaves out are not "missing from the quote".
#[test]
fn numbers_an_ellipsis_leaves_out_are_not_missing() {
    let source = "وثق المرصد السوري لحقوق الإنسان مقتل ١٢ مدنياً، بينهم خمسة أطفال وثلاث نساء، \
                  جراء غارات جوية روسية استهدفت بلدة كفرنبل في ريف إدلب الجنوبي صباح يوم الأربعاء.\n";
    let found = check(
        "SOHR said \"[Russian] air strikes ... targeted the town of Kafranbel in the southern Idlib countryside on Wednesday morning.\"\n",
        source,
        "SOHR",
    );
    assert_eq!(found, vec![matched_with(&[])]);
    // Without the ellipsis, the same quote leaves them out unannounced.
    let found = check(
        "SOHR said \"Russian air strikes targeted the town of Kafranbel in the southern Idlib countryside on Wednesday morning.\"\n",
        source,
        "SOHR",
    );
    assert!(
        found[0].1.iter().any(|f| f == "warning number-mismatch"),
        "{found:?}"
    );
}

/// A changed number is one error, which names the source's number; a number the quote leaves
/// out besides is still a warning of its own.
#[test]
fn a_changed_number_is_one_error_and_a_number_left_out_besides_a_warning() {
    let found = check(
        "The Observatory said \"41 soldiers were killed in the shelling of the town.\"\n\n\
         The Observatory said \"41 soldiers were killed in the shelling, and others wounded.\"\n",
        "وقال المرصد إن ١٤ جندياً قتلوا في قصف البلدة.\n\
         وقال المرصد إن ١٤ جندياً قتلوا في القصف وأصيب ٢٠ آخرون.\n",
        "Observatory",
    );
    assert_eq!(
        found,
        [
            matched_with(&["error number-mismatch"]),
            matched_with(&["error number-mismatch", "warning number-mismatch"])
        ]
    );
    // The changed number stands for the nearest in value: "35" is the ٣٠ wounded, and the ١٢
    // killed the quote left out is the one warned about.
    let dir = tempfile::tempdir().unwrap();
    let report = write(
        dir.path(),
        "r.md",
        "The Observatory said \"35 others were wounded in shelling on the town.\"\n",
    );
    let source = write(
        dir.path(),
        "s.ar.txt",
        "وقال المرصد إن ١٢ مدنيا قتلوا وأصيب ٣٠ آخرون في قصف على البلدة.\n",
    );
    let out = stdout_of_success([
        "check",
        &s(&report),
        "--source",
        &format!("{}=Observatory", s(&source)),
        "--fail-on",
        "never",
        "--color",
        "never",
    ]);
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("the source's \"١٢\" is missing from the quote"),
        "{out}"
    );
    assert!(!out.contains("the source's \"٣٠\" is missing"), "{out}");
}

/// The second of two negations dropped: the quote still negates once, so only the count tells.
#[test]
fn a_second_negation_dropped_is_a_warning() {
    let found = check(
        "The party said \"it does not seek war with its neighbours and wants an escalation on the border.\"\n\n\
         The party said \"it does not seek war with its neighbours and does not want an escalation on the border.\"\n",
        "وقال الحزب إنه لا يسعى إلى الحرب مع جيرانه ولا يريد التصعيد على الحدود.\n",
        "The party",
    );
    assert_eq!(
        found,
        [
            matched_with(&["warning negation-mismatch"]),
            matched_with(&[])
        ]
    );
}

/// A place whose key finds another place's Arabic in the source is missing, not found: Darayya
/// (داريا) keys like درعا, and a shell that fell on Daraa passed as falling on Darayya (QA 35,
/// A6). The place the source names stays unflagged.
#[test]
fn a_place_found_only_through_another_place_s_arabic_is_missing() {
    let found = check(
        "SANA said \"a shell fell on the city of Darayya and hit a school.\"\n\n\
         SANA said \"a shell fell on the city of Daraa and hit a school.\"\n",
        "وقالت الوكالة إن قذيفة سقطت على مدينة درعا وأصابت مدرسة.\n",
        "SANA",
    );
    assert_eq!(
        found,
        vec![matched_with(&["warning name-missing"]), matched_with(&[])]
    );
}
