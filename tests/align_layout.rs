//! `isnad align` and the layout of the documents: a heading the document marks never shares a
//! bead with another segment of its side, a heading isnad only infers may; rows of a table of
//! figures pair by their numbers.

mod common;

use common::write;
use tempfile::TempDir;

const BODY_AR: &str = "\
قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.

وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض.

وأضاف أن القصف استهدف سوقاً شعبياً وسط البلدة.
";

const BODY_EN: &str = "\
Warplanes bombed the town of Kafranbel in the southern Idlib countryside this morning, killing five civilians.

The Civil Defence said its teams recovered the bodies from under the rubble.

It added that the shelling targeted a popular market in the centre of the town.
";

fn ladder(ar: &str, en: &str) -> Vec<String> {
    let dir = TempDir::new().unwrap();
    let ar = write(dir.path(), "a.ar.md", ar);
    let en = write(dir.path(), "e.en.md", en);
    let out = common::stdout_of_success([
        "align",
        &ar.display().to_string(),
        &en.display().to_string(),
        "--format",
        "ladder",
    ]);
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().0.to_string())
        .collect()
}

/// The Arabic pasted without its headline: the English headline restates the lede, and a 1-2
/// bead of both scored 0.83 above the true 1-1 bead.
#[test]
fn a_headline_the_other_side_lacks_is_left_out_not_merged_into_the_lede() {
    let en = format!("# Warplanes bomb Kafranbel, killing five civilians\n\n{BODY_EN}");
    assert_eq!(
        ladder(BODY_AR, &en),
        ["[]:[0]", "[0]:[1]", "[1]:[2]", "[2]:[3]"]
    );
    let ar = format!("# الطائرات الحربية تقصف كفرنبل وتقتل خمسة مدنيين\n\n{BODY_AR}");
    assert_eq!(
        ladder(&ar, BODY_EN),
        ["[0]:[]", "[1]:[0]", "[2]:[1]", "[3]:[2]"]
    );
    // Both headlines: they pair with each other.
    assert_eq!(
        ladder(&ar, &en),
        ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"]
    );
}

/// A table of figures between two sentences, one row missing from the English: each row pairs
/// with the row holding its figures, the missing one is left out.
#[test]
fn rows_of_figures_align_by_their_numbers() {
    let ar = "أعلن المكتب المركزي للإحصاء أرقام السياحة السنوية يوم الأحد.\n\
              ٢٠١١: ٤٥٫٢٪ - ١٢٩٠\n٢٠١٢: ٣٨٫٧٪ - ١٥١٤\n٢٠١٣: ٤١٫١٪ - ٨٧٧\n٢٠١٤: ٥٢٫٣٪ - ٢٣٠١\n\
              وقال المدير إن الأرقام تظهر تعافيا بطيئا.\n";
    let en = "The Central Bureau of Statistics announced the annual tourism figures on Sunday.\n\
              2011: 45.2% - 1,290\n2012: 38.7% - 1,514\n2014: 52.3% - 2,301\n\
              The director said the figures showed a slow recovery.\n";
    let dir = TempDir::new().unwrap();
    let ar = write(dir.path(), "t.ar.txt", ar);
    let en = write(dir.path(), "t.en.txt", en);
    let out = common::stdout_of_success([
        "align",
        "--lines",
        &ar.display().to_string(),
        &en.display().to_string(),
        "--format",
        "ladder",
    ]);
    let beads: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().0.to_string())
        .collect();
    assert_eq!(
        beads,
        ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]"]
    );
}

/// Paragraphs a site published without their full stops are headings only by inference: a
/// translator who joins two of them into one sentence gets a 2-1 bead.
#[test]
fn an_inferred_heading_may_share_a_bead() {
    let ar = "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم\n\n\
              وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض\n\n\
              وأضاف أن القصف استهدف سوقاً شعبياً وسط البلدة\n\n\
              ولم تعلق الحكومة على القصف حتى الآن\n";
    let en = "Warplanes bombed the town of Kafranbel in the southern Idlib countryside this \
              morning.\n\nThe Civil Defence said its teams recovered the bodies from under the \
              rubble, and added that the shelling targeted a popular market in the centre of the \
              town.\n\nThe government has not commented on the shelling so far.\n";
    assert_eq!(ladder(ar, en), ["[0]:[0]", "[1,2]:[1]", "[3]:[2]"]);
}
