//! `isnad align` and the layout of the documents: a heading or a byline never shares a bead
//! with another segment of its side.

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
