//! Cost of scoring one Arabic–English sentence pair with the embedded lexicon, sentences prepared
//! beforehand (the way quote matching and document alignment use the score), and the cost of
//! preparing a sentence. Target: < 20 µs per pair on one core. Run: `cargo bench --bench score`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use isnad::align::{ScoreParams, Scorer};
use isnad::lexicon::Lexicon;
use isnad::text::Lang;

// Sentences written for this bench (news style, about 25 words each side).
const ARABIC: [&str; 4] = [
    "وقال مراسل القناة إن وحدات الجيش سيطرت بعد ظهر اليوم على ثلاث تلال استراتيجية تشرف على الطريق بين القريتين، بعد معارك عنيفة استمرت منذ الفجر.",
    "وأحصى ناشطون أكثر من ٤٠ غارة جوية نفذتها الطائرات الحربية على البلدة ومحيطها منذ ساعات الصباح الأولى، ما أدى إلى دمار واسع في المنازل.",
    "وأعلنت وزارة الصحة أن عدد المصابين ارتفع إلى ١٢٠ شخصاً، بينهم أطفال ونساء، نقلوا إلى المستشفيات القريبة لتلقي العلاج.",
    "وتسببت العمليات العسكرية في نزوح مئات العائلات نحو المخيمات القريبة من الحدود، في ظل ظروف إنسانية صعبة وانخفاض كبير في درجات الحرارة.",
];
const ENGLISH: [&str; 4] = [
    "The channel's correspondent said army units took control of three strategic hills overlooking the road between the two villages this afternoon, after fierce battles that lasted since dawn.",
    "Activists counted more than 40 air raids carried out by warplanes on the town and its surroundings since the early morning hours, causing wide destruction to homes.",
    "The health ministry announced that the number of injured had risen to 120 people, including children and women, who were taken to nearby hospitals for treatment.",
    "The military operations displaced hundreds of families to camps near the border, amid difficult humanitarian conditions and a sharp drop in temperatures.",
];

fn bench(c: &mut Criterion) {
    let scorer = Scorer::new(Lexicon::embedded());
    let ar: Vec<_> = ARABIC.iter().map(|s| scorer.prepare(s, Lang::Ar)).collect();
    let en: Vec<_> = ENGLISH
        .iter()
        .map(|s| scorer.prepare(s, Lang::En))
        .collect();
    c.bench_function("score 16 sentence pairs (prepared)", |b| {
        b.iter(|| {
            let mut total = 0.0;
            for a in &ar {
                for e in &en {
                    total += scorer.score(std::slice::from_ref(a), std::slice::from_ref(e));
                }
            }
            black_box(total)
        })
    });
    let mut quotes = Scorer::new(Lexicon::embedded());
    quotes.params = ScoreParams::for_fragments();
    c.bench_function(
        "score a 3-sentence window against a quote (prepared)",
        |b| b.iter(|| black_box(quotes.score(&ar[0..3], std::slice::from_ref(&en[1])))),
    );
    c.bench_function("prepare one Arabic and one English sentence", |b| {
        b.iter(|| {
            black_box(scorer.prepare(ARABIC[1], Lang::Ar));
            black_box(scorer.prepare(ENGLISH[1], Lang::En));
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
