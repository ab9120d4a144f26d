use isnad::align::{Prepared, Scorer};
use isnad::lexicon::Lexicon;
use isnad::text::Lang;
fn main() {
    let dir = std::path::PathBuf::from("../shared/data/ntrex128-ar-en");
    let ar: Vec<String> = std::fs::read_to_string(dir.join("newstest2019-ref.arb.txt")).unwrap().lines().map(String::from).collect();
    let en: Vec<String> = std::fs::read_to_string(dir.join("newstest2019-src.eng.txt")).unwrap().lines().map(String::from).collect();
    let ids: Vec<String> = std::fs::read_to_string(dir.join("DOCUMENT_IDS.tsv")).unwrap().lines().map(String::from).collect();
    let s = Scorer::new(Lexicon::embedded());
    let pa: Vec<Prepared> = ar.iter().map(|x| s.prepare(x, Lang::Ar)).collect();
    let pe: Vec<Prepared> = en.iter().map(|x| s.prepare(x, Lang::En)).collect();
    // ratio stats
    let r: Vec<f64> = (0..ar.len()).map(|i| pa[i].chars() as f64 / pe[i].chars() as f64).collect();
    let m = r.iter().sum::<f64>() / r.len() as f64;
    let tot_a: usize = pa.iter().map(|p| p.chars()).sum(); let tot_e: usize = pe.iter().map(|p| p.chars()).sum();
    let c = tot_a as f64 / tot_e as f64;
    let s2: f64 = (0..ar.len()).map(|i| { let d = pa[i].chars() as f64 - c * pe[i].chars() as f64; d*d / pe[i].chars() as f64 }).sum::<f64>() / ar.len() as f64;
    println!("mean ratio {m:.3} c {c:.3} s2 {s2:.3}");
    let mut shown = 0;
    let mut start = 0;
    for i in 0..en.len() {
        if i > 0 && ids[i] != ids[i-1] { start = i; }
        let mut end = i; while end < en.len() && ids[end] == ids[i] { end += 1; }
        let best = (start..end).max_by(|&a, &b| s.score(std::slice::from_ref(&pa[a]), std::slice::from_ref(&pe[i])).partial_cmp(&s.score(std::slice::from_ref(&pa[b]), std::slice::from_ref(&pe[i]))).unwrap()).unwrap();
        if best != i && shown < 12 {
            shown += 1;
            let g = s.explain(std::slice::from_ref(&pa[i]), std::slice::from_ref(&pe[i]));
            let b = s.explain(std::slice::from_ref(&pa[best]), std::slice::from_ref(&pe[i]));
            println!("\nEN: {}\nGOLD {:.3} cov_en {:.2} cov_ar {:.2} num {:?} len {:.2}: {}\n  matches: {:?}\nBEST {:.3} cov_en {:.2} cov_ar {:.2} num {:?} len {:.2}: {}\n  matches: {:?}", en[i], g.score, g.coverage_en, g.coverage_ar, g.numbers, g.length_prior, ar[i], g.matches.iter().map(|m| format!("{}={}:{}", m.english, m.arabic, m.via)).collect::<Vec<_>>(), b.score, b.coverage_en, b.coverage_ar, b.numbers, b.length_prior, ar[best], b.matches.iter().map(|m| format!("{}={}:{}", m.english, m.arabic, m.via)).collect::<Vec<_>>());
        }
    }
}
