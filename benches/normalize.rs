//! Throughput of Arabic normalization and tokenization on ~2 MB of generated Arabic news-like
//! text (words written for this bench, with tashkeel, hamza forms, ta marbuta, Arabic-Indic
//! numbers, bidi marks and the odd presentation form). Run: `cargo bench --bench normalize`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use isnad::text::{arabic, tokens, Lang};

const WORDS: &[&str] = &[
    "قالَ",
    "المرصدُ",
    "إنّ",
    "الاشتباكات",
    "العنيفة",
    "اندلعت",
    "في",
    "ريف",
    "المدينة",
    "الشمالي",
    "منذ",
    "ساعات",
    "الصباح",
    "الأولى",
    "وأضاف",
    "أنّ",
    "القوات",
    "الحكومية",
    "تقدمت",
    "نحو",
    "القرية",
    "بعد",
    "قصفٍ",
    "مكثّف",
    "استهدف",
    "مواقع",
    "الفصائل",
    "المسلحة",
    "على",
    "التلال",
    "المطلة",
    "مؤتمر",
    "رئيس",
    "سماء",
    "ـــ",
    "مسؤول",
    "أُسرة",
    "آلاف",
    "٣٫٥",
    "١٬٢٠٠",
    "٢٠١٦",
    "،",
    "؛",
    "؟",
    ".",
    "«",
    "»",
    "\u{200F}",
    "ﻷ",
    "ﷲ",
    "AFP",
    "(",
    ")",
];

/// Deterministic pseudo-random text of about `target` bytes.
fn generate(target: usize) -> String {
    let mut text = String::with_capacity(target + 64);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while text.len() < target {
        // xorshift: cheap and reproducible, no dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
        text.push(if state.is_multiple_of(17) { '\n' } else { ' ' });
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = generate(2 << 20);
    let mut group = c.benchmark_group("arabic");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("normalize", |b| {
        b.iter(|| arabic::normalize(black_box(&text)))
    });
    group.bench_function("normalize_with_map", |b| {
        b.iter(|| arabic::normalize_with_map(black_box(&text)))
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| tokens::tokenize(black_box(&text)))
    });
    group.bench_function("content_terms", |b| {
        b.iter(|| tokens::content_terms(black_box(&text), Lang::Ar))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
