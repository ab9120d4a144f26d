//! Throughput of the text pipeline on a generated ~20 MB Arabic news file: segmentation alone,
//! and segmentation plus `arabic::normalize` of every unit's text (what `isnad segment
//! --normalized` and the aligners do). Then a 50 MB single-line file, to check that nothing is
//! quadratic in the length of a line.
//!
//! Run: `cargo run --release --example bench_text [-- MEGABYTES]`

use std::time::Instant;

use isnad::text::arabic;
use isnad::text::segment::segment;
use isnad::text::Lang;

/// Sentences written for this benchmark in the style of Arabic TV and monitoring reports:
/// tashkeel, Arabic-Indic and Latin digits, abbreviations, quotes, question marks, an ellipsis.
const SENTENCES: &[&str] = &[
    "قالت مصادر ميدانية إن القوات تقدمت نحو التلال المطلة على البلدة صباح الثلاثاء.",
    "وأفاد مراسلنا بأن الاشتباكات استمرت حتى ساعات متأخرة من الليل، وسط قصف مدفعي كثيف.",
    "وقال د. سامر الحلبي، الباحث في الشؤون العسكرية، إن «المعركة لم تُحسم بعد».",
    "هل تستطيع الفصائل الصمود أمام هذا الهجوم الواسع؟",
    "وبلغ عدد النازحين ٣٫٥ آلاف شخص خلال ٤٨ ساعة، وفق تقديرات منظمة محلية.",
    "وأضاف المرصد أن 12 مقاتلاً قُتلوا في المواجهات، بينهم قياديان بارزان!",
    "وتقع القرية على ارتفاع 850 م. فوق سطح البحر، وتُشرف على طرق الإمداد الرئيسية.",
    "ونقلت القناة عن قائد ميداني قوله: \"سنواصل التقدم حتى السيطرة الكاملة… مهما كلّف الأمر\".",
    "وتعود أحداث المنطقة إلى عام 2012 م. حين سيطرت عليها فصائل معارضة.",
    "وذكرت وكالة الأنباء الرسمية أن وحدات الهندسة بدأت بتفكيك الألغام في محيط الطريق الدولي.",
    "وأشار التقرير إلى أن الطائرات شنّت عشرات الغارات على المرتفعات الجبلية.",
    "وفي سياق متصل، دعت منظمات إنسانية إلى فتح ممرات آمنة للمدنيين العالقين.",
];

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let text = generate(megabytes * 1_000_000);
    let mb = text.len() as f64 / 1e6;
    println!("generated {mb:.1} MB of Arabic text in paragraphs");

    let (units, seconds) = timed(|| segment(&text, Lang::Ar));
    println!(
        "segmentation:              {:>8.1} MB/s  ({} units, {:.3} s)",
        mb / seconds,
        units.len(),
        seconds
    );

    let (normalized_bytes, seconds) = timed(|| {
        segment(&text, Lang::Ar)
            .iter()
            .map(|u| arabic::normalize(&u.text).len())
            .sum::<usize>()
    });
    println!(
        "segmentation + normalize:  {:>8.1} MB/s  ({normalized_bytes} normalized bytes, {seconds:.3} s)",
        mb / seconds
    );

    let line = text.replace(['\n', '\r'], " ");
    let line = format!(
        "{line}{}",
        " ".repeat(50_000_000usize.saturating_sub(line.len()))
    );
    let (units, seconds) = timed(|| segment(&line, Lang::Ar));
    println!(
        "one {:.0} MB line:           {:>8.1} MB/s  ({} units, {:.3} s)",
        line.len() as f64 / 1e6,
        line.len() as f64 / 1e6 / seconds,
        units.len(),
        seconds
    );
}

/// Paragraphs of 1–5 sentences picked by a fixed linear congruential sequence (deterministic, no
/// dependency), separated by blank lines, until `target` bytes.
fn generate(target: usize) -> String {
    let mut text = String::with_capacity(target + 1024);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    while text.len() < target {
        for _ in 0..1 + next(5) {
            text.push_str(SENTENCES[next(SENTENCES.len())]);
            text.push(' ');
        }
        text.pop();
        text.push_str("\n\n");
    }
    text
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed().as_secs_f64())
}
