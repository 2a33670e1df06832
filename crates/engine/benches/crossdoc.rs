//! Cross-document benchmarks: `shared_passages` (and, for comparison, `find_entities`) on the
//! seed articles at 1×, 10× and 100× their size, to show that the cost grows linearly with the
//! amount of text. Run: `cargo bench -p crosscheck-engine --bench crossdoc`. Figures are recorded
//! in `crates/engine/CROSSDOC-FIGURES.md`.
//!
//! The larger corpora repeat the seeds with perturbations, the way a real collection of news
//! looks: copies come in pairs (copy 0, the seeds themselves, with copy 1; copy 2 with copy 3; …).
//! Most of each copy is rewritten (every word other than a function word replaced by a made-up
//! word chosen by the word and the copy, so each copy has its own vocabulary but the same shape:
//! lengths, capitals, punctuation, paragraphs); one paragraph in ten is the same in both copies
//! of a pair (wire copy reprinted by a second outlet) and one in ten the same but for one or two
//! words in the second copy (a lightly edited reprint). So every size has the same density of
//! shared text per article, and only the amount of text grows.

use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use engine::crossdoc::{find_entities, shared_passages, SharedOptions};
use engine::ingest::{ingest, Document};
use engine::normalize::{count_words, fold_word};
use engine::source::read_seed_dir;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    read_seed_dir(&dir).expect("seeds").files.into_iter().map(|f| (f.name, f.text)).collect()
}

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn hash(s: &str, salt: u64) -> u64 {
    s.bytes().fold(mix(salt), |h, b| mix(h ^ b as u64))
}

const FUNCTION: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "he",
    "it", "his", "be", "has", "have", "had", "are", "were", "this", "an", "not", "but", "or", "said", "who", "which",
    "their",
];

/// A made-up word standing for `w` in copy `copy`, about as long, capitalised like it.
fn pseudo(w: &str, copy: u64) -> String {
    const SYL: &[&str] =
        &["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "ba", "do", "fu", "gi", "ha", "je", "pu"];
    let mut h = hash(&fold_word(w), copy);
    let n = w.chars().count().div_ceil(2).max(1);
    let mut out = String::new();
    for _ in 0..n {
        out.push_str(SYL[(h % SYL.len() as u64) as usize]);
        h = mix(h);
    }
    if w.chars().next().is_some_and(char::is_uppercase) {
        out[..1].make_ascii_uppercase();
    }
    out
}

/// Every word but function words rewritten for `salt`; words numbered in `edits` too.
fn rewrite(line: &str, salt: u64, all: bool, edits: &[u64]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    for (word_no, (span, w)) in engine::normalize::words(line).enumerate() {
        out.push_str(&line[last..span.start as usize]);
        let edit = edits.contains(&(word_no as u64));
        let keep = !edit && (!all || FUNCTION.contains(&fold_word(w).as_str()));
        if keep {
            out.push_str(w);
        } else {
            out.push_str(&pseudo(w, if edit { salt ^ 0xed17 } else { salt }));
        }
        last = span.end as usize;
    }
    out.push_str(&line[last..]);
    out
}

/// Copy `copy` of an article's text (see the file comment).
fn perturb(text: &str, copy: u64) -> String {
    if copy == 0 {
        return text.to_owned();
    }
    let pair = copy / 2;
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let r = mix(pair * 1_000_003 + n as u64) % 10;
        // What the two copies of the pair share: the seed line for the first pair.
        let shared = |edits: &[u64]| {
            if pair == 0 {
                rewrite(line, 0, false, edits)
            } else {
                rewrite(line, 1 << 40 | pair, true, edits)
            }
        };
        match r {
            0 => out.push_str(&shared(&[])),
            1 => {
                let words = count_words(line) as u64;
                let mut edits = Vec::new();
                if copy % 2 == 1 && words > 8 {
                    edits.push(3 + mix(copy ^ n as u64) % (words - 6));
                    if mix(copy + n as u64) % 2 == 0 {
                        edits.push(3 + mix(copy * 7 + n as u64) % (words - 6));
                    }
                }
                out.push_str(&shared(&edits));
            }
            _ => out.push_str(&rewrite(line, copy, true, &[])),
        }
    }
    out
}

fn corpus(times: u64) -> (Vec<Document>, Vec<String>) {
    let seeds = seeds();
    let mut texts = Vec::new();
    let mut docs = Vec::new();
    for c in 0..times {
        for (name, text) in &seeds {
            let t = perturb(text, c);
            docs.push(ingest(&format!("{c}-{name}"), &t).expect("ingests"));
            texts.push(t);
        }
    }
    (docs, texts)
}

fn bench(c: &mut Criterion) {
    let opts = SharedOptions::default();
    let mut group = c.benchmark_group("shared_passages");
    group.sample_size(10);
    for times in [1u64, 10, 100] {
        let (docs, texts) = corpus(times);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let words: usize = refs.iter().map(|t| count_words(t)).sum();
        let bytes: usize = refs.iter().map(|t| t.len()).sum();
        let t0 = Instant::now();
        let found = shared_passages(&docs, &refs, &opts);
        let occ: usize = found.iter().map(|p| p.occurrences.len()).sum();
        println!(
            "{times}x: {} docs, {bytes} bytes, {words} words; {} passages, {occ} occurrences (one run {:?})",
            docs.len(),
            found.len(),
            t0.elapsed()
        );
        group.throughput(Throughput::Elements(words as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), &times, |b, _| {
            b.iter(|| shared_passages(&docs, &refs, &opts).len())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("find_entities");
    group.sample_size(10);
    for times in [1u64, 10, 100] {
        let (docs, texts) = corpus(times);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let words: usize = refs.iter().map(|t| count_words(t)).sum();
        group.throughput(Throughput::Elements(words as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), &times, |b, _| {
            b.iter(|| find_entities(&docs, &refs).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
