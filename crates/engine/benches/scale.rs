//! The engine at 5 (the seeds), 50, 500 and 5,000 articles, so that growth is visible: building
//! the corpus (ingestion, index, quotations, cross-document links: the whole
//! `Corpus::from_texts`), decoding it (the page's start-up), typing the fixed query set of
//! `bench/queries.json` letter by letter (one search per keystroke; the quotation lookups of the
//! Quotes view), highlighting (snippets of every result, a whole article's highlighted blocks)
//! and cross-document matching (`shared_passages`, `find_entities`).
//!
//! ```sh
//! cargo bench -p crosscheck-engine --bench scale                     # every size, ~20 minutes
//! CROSSCHECK_SCALE_SIZES=5,50,500 cargo bench -p crosscheck-engine --bench scale   # ~6 minutes
//! ```
//!
//! The corpora are `corpusgen`'s (seed 1: the files `corpusgen --articles N` writes). One build
//! takes 14 s at 500 articles and six to seven minutes at 5,000 (most of it quotation variants,
//! see BENCHMARKS.md), and criterion takes at least ten samples, so at 5,000 articles the build
//! and the cross-document functions are timed once and printed ("one run"), not sampled; the
//! corpus is still built once there, for decoding and queries. Criterion reports means;
//! per-keystroke percentiles come from `examples/keystrokes.rs`. Figures: BENCHMARKS.md, "Scale".

use std::time::{Duration, Instant};

use corpusgen::{bench_queries, keystrokes, Model};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use engine::crossdoc::{find_entities, shared_passages, SharedOptions};
use engine::search::{hits, search, segments, snippets, within, SearchOptions};
use engine::span::{merge_spans, Span};
use engine::{Corpus, Query};

/// Above this many articles, building and cross-document matching are timed once, not sampled.
const SAMPLED_UP_TO: usize = 500;

fn sizes() -> Vec<usize> {
    match std::env::var("CROSSCHECK_SCALE_SIZES") {
        Ok(s) => s
            .split(',')
            .map(|n| n.trim().parse().expect("CROSSCHECK_SCALE_SIZES: numbers separated by commas"))
            .collect(),
        Err(_) => vec![5, 50, 500, 5000],
    }
}

/// Benchmarks `run` as `name/label(n)`: one timed run first, then ten samples sized from it (flat
/// sampling for long runs), so that criterion neither warns that its default time is too short
/// nor runs a minute-long function a hundred times.
fn sampled<R>(c: &mut Criterion, name: &str, n: usize, elements: Option<usize>, run: impl Fn() -> R) {
    let t = Instant::now();
    std::hint::black_box(run());
    let once = t.elapsed();
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    if once > Duration::from_millis(50) {
        group.sampling_mode(SamplingMode::Flat);
    }
    group.warm_up_time(once.clamp(Duration::from_millis(100), Duration::from_secs(3)));
    group.measurement_time((once * 12).max(Duration::from_secs(3)));
    if let Some(e) = elements {
        group.throughput(Throughput::Elements(e as u64));
    }
    group.bench_function(BenchmarkId::from_parameter(label(n)), |b| b.iter(&run));
    group.finish();
}

fn label(n: usize) -> String {
    if n == 5 {
        "5 (seeds)".into()
    } else {
        n.to_string()
    }
}

fn bench(c: &mut Criterion) {
    let queries = bench_queries();
    let typed: Vec<&str> = queries.targets.iter().flat_map(|t| keystrokes(t)).collect();
    let quote_typed: Vec<&str> = queries.quote_lookups.iter().flat_map(|t| keystrokes(t)).collect();
    let model = Model::learn(&corpusgen::repo_seeds());
    let opts = SearchOptions::default();

    for n in sizes() {
        let files = model.generate(n, 1).files;
        let texts: Vec<(&str, &str)> = files.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
        let build = || Corpus::from_texts(texts.iter().copied()).expect("the corpus builds");
        let t = Instant::now();
        let corpus = build();
        let one_build = t.elapsed();
        let bytes = corpus.to_bytes();
        let words: usize = corpus.index.blocks.iter().map(|b| b.len as usize).sum();
        println!(
            "{} articles: {} bytes of text, {words} words, {} quotations, {} shared passages; corpus file {} bytes; one build {one_build:.2?}",
            label(n),
            texts.iter().map(|(_, t)| t.len()).sum::<usize>(),
            corpus.quotes.quotes.len(),
            corpus.shared.len(),
            bytes.len()
        );

        if n <= SAMPLED_UP_TO {
            sampled(c, "build: Corpus::from_texts", n, None, build);
        }
        sampled(c, "decode: Corpus::from_bytes", n, None, || Corpus::from_bytes(&bytes).expect("decodes"));
        // Queries run on the decoded corpus, as in the page.
        drop(corpus);
        let corpus = Corpus::from_bytes(&bytes).expect("decodes");

        sampled(c, &format!("type {} keystrokes: parse + search each", typed.len()), n, Some(typed.len()), || {
            typed.iter().map(|q| search(&corpus, &Query::parse(q), &opts).docs.len()).sum::<usize>()
        });
        // The Quotes view: each keystroke searches and matches the query inside every quotation.
        let ranges: Vec<(usize, Span)> = corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();
        let name = format!("type {} keystrokes in the Quotes view: parse + search + within", quote_typed.len());
        sampled(c, &name, n, Some(quote_typed.len()), || {
            quote_typed
                .iter()
                .map(|q| {
                    let q = Query::parse(q);
                    search(&corpus, &q, &opts).docs.len() + within(&corpus, &q, &ranges).iter().flatten().count()
                })
                .sum::<usize>()
        });

        // Highlighting for the 20 whole queries: the search view's snippets for every result, and
        // the reader's highlighted blocks of the best article.
        let parsed: Vec<Query> = queries.targets.iter().map(|q| Query::parse(q)).collect();
        let results: Vec<_> = parsed.iter().map(|q| search(&corpus, q, &opts)).collect();
        sampled(c, "highlight: snippets of every result, 20 queries", n, None, || {
            let mut n = 0;
            for (q, r) in parsed.iter().zip(&results) {
                n += r
                    .docs
                    .iter()
                    .map(|d| snippets(&corpus, d.doc, &hits(&corpus, q, d.doc, false), 80).len())
                    .sum::<usize>();
            }
            n
        });
        sampled(c, "highlight: the best article's blocks (reader), 20 queries", n, None, || {
            let mut pieces = 0;
            for (q, d) in parsed.iter().zip(&results).filter_map(|(q, r)| Some((q, r.docs.first()?))) {
                let found = hits(&corpus, q, d.doc, false);
                for (k, block) in corpus.docs[d.doc].blocks.iter().enumerate() {
                    let spans = merge_spans(found.iter().filter(|h| h.block == k).map(|h| h.span).collect());
                    pieces += segments(&block.text, &spans).len();
                }
            }
            pieces
        });

        // Cross-document matching, over the ingested documents and their texts.
        let file_texts: Vec<&str> = texts.iter().map(|(_, t)| *t).collect();
        let shared_opts = SharedOptions::default();
        let shared = || shared_passages(&corpus.docs, &file_texts, &shared_opts).len();
        let entities = || find_entities(&corpus.docs, &file_texts).len();
        for (name, run) in
            [("crossdoc: shared_passages", &shared as &dyn Fn() -> usize), ("crossdoc: find_entities", &entities)]
        {
            if n <= SAMPLED_UP_TO {
                sampled(c, name, n, Some(words), run);
            } else {
                let t = Instant::now();
                let found = run();
                println!("{name}/{}: one run {:.2?} ({found} found)", label(n), t.elapsed());
            }
        }
        if n > SAMPLED_UP_TO {
            println!("build: Corpus::from_texts/{}: one run {one_build:.2?}", label(n));
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
