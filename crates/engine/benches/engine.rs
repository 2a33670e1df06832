//! Engine benchmarks on the seed articles: building the corpus, decoding it (what the page does at
//! start-up), and answering queries typed letter by letter. Run: `cargo bench -p crosscheck-engine`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use engine::search::{hits, search, snippets, SearchOptions};
use engine::source::read_seed_dir;
use engine::{Corpus, Query};

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    read_seed_dir(&dir).expect("seeds").files.into_iter().map(|f| (f.name, f.text)).collect()
}

/// What a person types, as every prefix of these queries (one search per keystroke).
const TYPED: &[&str] = &[
    "Kislyak",
    "interference",
    "\"great pressure\"",
    "comey OR lavrov",
    "trump -putin",
    "zelensk*",
    "election security",
];

fn keystrokes() -> Vec<String> {
    TYPED.iter().flat_map(|q| q.char_indices().map(move |(i, c)| q[..i + c.len_utf8()].to_owned())).collect()
}

fn bench(c: &mut Criterion) {
    let files = seeds();
    let build = || Corpus::from_texts(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).expect("ingests");
    c.bench_function("build corpus (ingest + index), seeds", |b| b.iter(build));

    let corpus = build();
    let bytes = corpus.to_bytes();
    println!(
        "serialised corpus: {} bytes for {} bytes of text",
        bytes.len(),
        files.iter().map(|(_, t)| t.len()).sum::<usize>()
    );
    c.bench_function("decode corpus from one slice, seeds", |b| {
        b.iter(|| Corpus::from_bytes(&bytes).expect("decodes"))
    });
    // What the page does: the bytes read a window at a time (src/corpus.rs), here in the 64 KB
    // pieces a browser's stream typically delivers.
    c.bench_function("decode corpus from a stream (page start-up), seeds", |b| {
        b.iter(|| Corpus::from_reader(std::io::BufReader::with_capacity(64 * 1024, &bytes[..])).expect("decodes"))
    });

    let typed = keystrokes();
    let opts = SearchOptions::default();
    c.bench_function(&format!("type {} keystrokes (parse + search each), seeds", typed.len()), |b| {
        b.iter(|| typed.iter().map(|q| search(&corpus, &Query::parse(q), &opts).docs.len()).sum::<usize>())
    });
    let mut group = c.benchmark_group("one query, seeds");
    for q in TYPED {
        group.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
            b.iter(|| {
                let q = Query::parse(q);
                let r = search(&corpus, &q, &opts);
                r.docs
                    .iter()
                    .map(|d| snippets(&corpus, d.doc, &hits(&corpus, &q, d.doc, false), 80).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
