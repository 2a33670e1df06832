//! The engine on one paragraph of short quotations ("word “quoted” said Roe." 4,000 times, 96 KB:
//! what made `crosscheck quotes` take 83 s before the attribution rules were made linear), at 1×,
//! 10× and 100× (9.6 MB in one line). Every entry point must grow with the text, not its square:
//! quotations, speakers across documents, the whole corpus (ingest, index, quotations, names,
//! shared passages, quotation variants, dates, profiles). A second text puts the quotations in one
//! sentence with "according to" and a relative clause ("“quoted,” said Roe, and according to
//! Lee, who called it “a thing,” …", 1,000 times, 70 KB), where looking back to the sentence start
//! or comparing every copy of a quotation with every other would be quadratic. Run:
//! `cargo bench -p crosscheck-engine --bench paragraph`; the figures are in QUOTES-QUALITY.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use engine::quotes::{canonical_speakers, extract_quotes};
use engine::Corpus;

/// A headline, then one paragraph of `times` × 4,000 short quotations.
fn paragraph(times: usize) -> String {
    let mut text = String::from("A headline for one long paragraph\n\n");
    text.push_str(&"word “quoted” said Roe. ".repeat(4000 * times));
    text.push('\n');
    text
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("one paragraph of 4,000 quotations, times");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for times in [1usize, 10, 100] {
        let text = paragraph(times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract_quotes", times), &text, |b, t| {
            b.iter(|| extract_quotes(t).len())
        });
        let quotes = extract_quotes(&text);
        group.bench_with_input(BenchmarkId::new("canonical_speakers", times), &quotes, |b, q| {
            b.iter(|| canonical_speakers(&[q.as_slice()]).speakers.len())
        });
        group.bench_with_input(BenchmarkId::new("whole corpus", times), &text, |b, t| {
            b.iter(|| Corpus::from_texts([("paragraph.txt", t.as_str())]).expect("ingests").quotes.quotes.len())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("one sentence of 2,000 quotations, times");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for times in [1usize, 10, 100] {
        let text = sentence(times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract_quotes", times), &text, |b, t| {
            b.iter(|| extract_quotes(t).len())
        });
        group.bench_with_input(BenchmarkId::new("whole corpus", times), &text, |b, t| {
            b.iter(|| Corpus::from_texts([("sentence.txt", t.as_str())]).expect("ingests").quotes.quotes.len())
        });
    }
    group.finish();
}

/// A headline, then one sentence of `times` × 2,000 quotations.
fn sentence(times: usize) -> String {
    let mut text = String::from("A headline for one long sentence\n\n");
    text.push_str(&"“quoted,” said Roe, and according to Lee, who called it “a thing,” ".repeat(1000 * times));
    text.push_str("the end.\n");
    text
}

criterion_group!(benches, bench);
criterion_main!(benches);
