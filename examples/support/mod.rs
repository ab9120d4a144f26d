//! Shared by the evaluation and benchmark examples: the NTREX-128 corpus and a deterministic
//! random number generator. Included with `#[path = "support/mod.rs"] mod support;`.

#![allow(dead_code)]

use std::ops::Range;
use std::path::Path;

/// NTREX-128: line-aligned Arabic and English, grouped into documents.
pub struct Ntrex {
    pub ar: Vec<String>,
    pub en: Vec<String>,
    /// Line ranges of the documents, in file order.
    pub docs: Vec<Range<usize>>,
    /// The id of each document (same order as `docs`).
    pub doc_ids: Vec<String>,
}

impl Ntrex {
    /// Reads `DATA_DIR/ntrex128-ar-en` (see `../shared/data/README.md`).
    pub fn load(data_dir: &Path) -> Ntrex {
        let dir = data_dir.join("ntrex128-ar-en");
        let read = |f: &str| -> Vec<String> {
            let path = dir.join(f);
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .lines()
                .map(String::from)
                .collect()
        };
        let ar = read("newstest2019-ref.arb.txt");
        let en = read("newstest2019-src.eng.txt");
        let ids = read("DOCUMENT_IDS.tsv");
        assert_eq!(ar.len(), en.len(), "Arabic and English line counts differ");
        assert_eq!(ar.len(), ids.len(), "DOCUMENT_IDS.tsv line count differs");
        let (mut docs, mut doc_ids) = (Vec::new(), Vec::new());
        let mut start = 0;
        for i in 1..=ids.len() {
            if i == ids.len() || ids[i] != ids[start] {
                docs.push(start..i);
                doc_ids.push(ids[start].clone());
                start = i;
            }
        }
        Ntrex {
            ar,
            en,
            docs,
            doc_ids,
        }
    }

    /// Reads TICO-19 (`DATA_DIR/tico19-ar-en/all.en-ar.tmx`) cut into pseudo-documents of 20
    /// units, in the same shape.
    pub fn tico(data_dir: &Path) -> Ntrex {
        let path = data_dir.join("tico19-ar-en/all.en-ar.tmx");
        let pairs = isnad::lexicon::parallel::read_tmx(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (ar, en): (Vec<String>, Vec<String>) = pairs
            .into_iter()
            .map(|p| (p.arabic.replace('\n', " "), p.english.replace('\n', " ")))
            .unzip();
        Ntrex::in_pseudo_documents(ar, en, "tico")
    }

    /// Reads the Quran of the npm package `quran-json` 3.1.2 (`scripts/fetch-eval-quran.sh`
    /// unpacks it into `DATA_DIR/quran-json`): the Uthmani text, fully vowelled with Quranic
    /// annotation marks, and the Saheeh International English, one verse a line, cut into
    /// pseudo-documents of 20 verses. A domain that is neither news nor health.
    pub fn quran(data_dir: &Path) -> Ntrex {
        let path = data_dir.join("quran-json/package/dist/quran_en.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run scripts/fetch-eval-quran.sh {} first)",
                path.display(),
                data_dir.display()
            )
        });
        let chapters: serde_json::Value = serde_json::from_str(&text).expect("quran_en.json");
        let (mut ar, mut en) = (Vec::new(), Vec::new());
        for chapter in chapters.as_array().expect("an array of chapters") {
            for verse in chapter["verses"].as_array().expect("verses") {
                ar.push(verse["text"].as_str().expect("text").replace('\n', " "));
                en.push(
                    verse["translation"]
                        .as_str()
                        .expect("translation")
                        .replace('\n', " "),
                );
            }
        }
        Ntrex::in_pseudo_documents(ar, en, "quran")
    }

    /// Line-aligned units cut into pseudo-documents of 20 units, named `PREFIX.000` ….
    fn in_pseudo_documents(ar: Vec<String>, en: Vec<String>, prefix: &str) -> Ntrex {
        let docs: Vec<Range<usize>> = (0..ar.len())
            .step_by(20)
            .map(|s| s..(s + 20).min(ar.len()))
            .collect();
        let doc_ids = (0..docs.len())
            .map(|i| format!("{prefix}.{i:03}"))
            .collect();
        Ntrex {
            ar,
            en,
            docs,
            doc_ids,
        }
    }

    /// The line pairs of the even-numbered documents (`Some(0)`, the development half the
    /// evaluations tune on), of the odd-numbered ones (`Some(1)`), or of all.
    pub fn pairs(&self, half: Option<usize>) -> Vec<(&str, &str)> {
        self.docs
            .iter()
            .enumerate()
            .filter(|(i, _)| half.is_none_or(|h| i % 2 == h))
            .flat_map(|(_, d)| d.clone())
            .map(|k| (self.ar[k].as_str(), self.en[k].as_str()))
            .collect()
    }

    /// Each document as its (Arabic, English) line pairs.
    pub fn document_pairs(&self) -> Vec<Vec<(String, String)>> {
        self.docs
            .iter()
            .map(|d| {
                d.clone()
                    .map(|k| (self.ar[k].clone(), self.en[k].clone()))
                    .collect()
            })
            .collect()
    }
}

/// A tiny linear congruential generator (Knuth's MMIX constants): deterministic, no crate.
pub struct Lcg(pub u64);

impl Lcg {
    fn step(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0
    }

    /// 31 random bits (the high bits, the good ones of an LCG).
    pub fn next(&mut self) -> u64 {
        self.step() >> 33
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in [0, 1).
    pub fn next_unit(&mut self) -> f64 {
        (self.step() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Maps every Arabic word form (numbers and punctuation excepted) through one fixed random
/// bijection to a nonsense word of Arabic letters and the same length, keeping the punctuation
/// around it: the vocabulary-blind sets of issues #16 and #18, a domain the lexicon knows
/// nothing of.
pub struct VocabularyBlind {
    rng: Lcg,
    forms: std::collections::HashMap<String, String>,
    used: std::collections::HashSet<String>,
    /// The share of word forms mapped; the others stay as they are.
    share: f64,
}

impl VocabularyBlind {
    pub fn new(seed: u64) -> VocabularyBlind {
        VocabularyBlind::partly(seed, 1.0)
    }

    /// Only a share of the word forms mapped (each form drawn once, at its first occurrence):
    /// a domain the lexicon knows in part, between NTREX and the blind set.
    pub fn partly(seed: u64, share: f64) -> VocabularyBlind {
        VocabularyBlind {
            rng: Lcg(seed),
            forms: Default::default(),
            used: Default::default(),
            share,
        }
    }

    /// A line with each space-separated word mapped.
    pub fn line(&mut self, text: &str) -> String {
        let words: Vec<String> = text.split(' ').map(|w| self.word(w)).collect();
        words.join(" ")
    }

    fn word(&mut self, word: &str) -> String {
        const LETTERS: &str = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        if word.chars().any(char::is_numeric) || !word.chars().any(char::is_alphabetic) {
            return word.to_string();
        }
        if let Some(known) = self.forms.get(word) {
            return known.clone();
        }
        if self.share < 1.0 && self.rng.next_unit() >= self.share {
            self.forms.insert(word.to_string(), word.to_string());
            return word.to_string();
        }
        let letters: Vec<char> = LETTERS.chars().collect();
        let length = word.chars().filter(|c| c.is_alphabetic()).count().max(2);
        let fresh = loop {
            let candidate: String = (0..length)
                .map(|_| {
                    letters[(self.rng.next_unit() * letters.len() as f64) as usize % letters.len()]
                })
                .collect();
            if self.used.insert(candidate.clone()) {
                break candidate;
            }
        };
        // Keep the punctuation around the word (the sentence splitter reads it).
        let lead: String = word.chars().take_while(|c| !c.is_alphabetic()).collect();
        let mut tail: Vec<char> = word
            .chars()
            .rev()
            .take_while(|c| !c.is_alphabetic())
            .collect();
        tail.reverse();
        let blind = format!("{lead}{fresh}{}", tail.into_iter().collect::<String>());
        self.forms.insert(word.to_string(), blind.clone());
        blind
    }
}

/// Every space-separated word written twice, punctuation after the second copy ("said," →
/// "said said,"): a rendering twice as long in words the lexicon knows — issue #16's
/// length-shift variants.
pub fn words_twice(line: &str) -> String {
    line.split(' ')
        .map(|w| {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if core.is_empty() {
                w.to_string()
            } else {
                format!("{core} {w}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The gold sentence-pair sets the per-sentence evaluations report on, from the command line
/// `[DATA_DIR] [--quran EVAL_DATA_DIR]`: NTREX-128's two halves, TICO-19, and the Quran when
/// given. The corpora are returned to be borrowed by the sets ([`pair_sets`]).
pub fn gold_corpora(args: &[String]) -> (Ntrex, Ntrex, Option<Ntrex>) {
    let data = std::path::PathBuf::from(
        args.first()
            .filter(|a| !a.starts_with("--"))
            .map_or("../shared/data", String::as_str),
    );
    let quran = args
        .iter()
        .position(|a| a == "--quran")
        .map(|i| Ntrex::quran(Path::new(args.get(i + 1).expect("--quran DIR"))));
    (Ntrex::load(&data), Ntrex::tico(&data), quran)
}

/// The named sets of [`gold_corpora`].
pub fn pair_sets<'a>(
    ntrex: &'a Ntrex,
    tico: &'a Ntrex,
    quran: Option<&'a Ntrex>,
) -> Vec<(&'static str, Vec<(&'a str, &'a str)>)> {
    let mut sets = vec![
        ("NTREX-128 dev half", ntrex.pairs(Some(0))),
        ("NTREX-128 test half", ntrex.pairs(Some(1))),
        ("TICO-19", tico.pairs(None)),
    ];
    if let Some(q) = quran {
        sets.push(("Quran", q.pairs(None)));
    }
    sets
}
