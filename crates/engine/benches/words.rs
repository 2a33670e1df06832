//! The word views (`engine::words`, issue #21) at the seeds and at 1,000 generated articles: what
//! each view computes when it opens, what typing in it costs per keystroke, and what the build
//! adds (shared phrases: time and bytes).
//!
//! ```sh
//! cargo bench -p crosscheck-engine --bench words                           # 5 and 1,000 articles
//! CROSSCHECK_WORDS_SIZES=5,200 cargo bench -p crosscheck-engine --bench words
//! ```
//!
//! The corpora are `corpusgen`'s (seed 1, as `benches/scale.rs`), built, encoded and decoded, so
//! the views run on what the page holds. corpusgen's articles average about 10.8 KB of text, more
//! than the 4.5 KB of the issue's collection, so 1,000 of them are 2.4 times its text: an upper
//! bound. Criterion reports means; the keystroke figures (p50, p95, max over every prefix of the
//! query set, `bench/queries.json`, each keystroke's median of five runs, the thread's CPU time)
//! are printed. Figures: BENCHMARKS.md, "Words".

use std::time::{Duration, Instant};

use corpusgen::{bench_queries, keystrokes, Model};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use engine::search::{search, SearchOptions};
use engine::words::*;
use engine::{Corpus, Query};

/// What a view computes on a keystroke, given what the box holds.
type Keystroke<'a> = dyn Fn(&str) -> usize + 'a;

fn sizes() -> Vec<usize> {
    match std::env::var("CROSSCHECK_WORDS_SIZES") {
        Ok(s) => s
            .split(',')
            .map(|n| n.trim().parse().expect("CROSSCHECK_WORDS_SIZES: numbers separated by commas"))
            .collect(),
        Err(_) => vec![5, 1000],
    }
}

/// Benchmarks `run` as `name/n`: ten samples sized from one timed run (as `benches/scale.rs`);
/// first prints the median of five runs in the thread's CPU time, which a machine shared with
/// other work inflates less than criterion's wall-clock means.
fn sampled<R>(c: &mut Criterion, name: &str, n: usize, run: impl Fn() -> R) {
    let t = Instant::now();
    std::hint::black_box(run());
    let once = t.elapsed();
    let mut cpu: Vec<Duration> = (0..5)
        .map(|_| {
            let t = cpu_time();
            std::hint::black_box(run());
            cpu_time() - t
        })
        .collect();
    cpu.sort();
    println!("{name}/{n}: CPU median of 5 {:.3} ms", cpu[2].as_secs_f64() * 1000.0);
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    if once > Duration::from_millis(50) {
        group.sampling_mode(SamplingMode::Flat);
    }
    group.warm_up_time(once.clamp(Duration::from_millis(100), Duration::from_secs(2)));
    group.measurement_time((once * 12).max(Duration::from_secs(2)));
    group.bench_function(BenchmarkId::from_parameter(n), |b| b.iter(&run));
    group.finish();
}

/// The thread's CPU time (wall-clock time off 64-bit Linux): see `examples/keystrokes.rs`.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    assert!(ok, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(t.sec as u64, t.nsec as u32)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// p50, p95 and max in milliseconds of `typed` keystrokes, each the median of five runs of `run`.
fn percentiles(typed: &[&str], run: impl Fn(&str) -> usize) -> (f64, f64, f64) {
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); typed.len()];
    for _ in 0..5 {
        for (k, q) in typed.iter().enumerate() {
            let t = cpu_time();
            std::hint::black_box(run(q));
            times[k].push(cpu_time() - t);
        }
    }
    let mut medians: Vec<f64> = times
        .into_iter()
        .map(|mut ts| {
            ts.sort();
            ts[ts.len() / 2].as_secs_f64() * 1000.0
        })
        .collect();
    medians.sort_by(f64::total_cmp);
    let at = |p: f64| medians[((medians.len() as f64 * p).ceil() as usize).clamp(1, medians.len()) - 1];
    (at(0.5), at(0.95), medians[medians.len() - 1])
}

fn bench(c: &mut Criterion) {
    let queries = bench_queries();
    let typed: Vec<&str> = queries.targets.iter().flat_map(|t| keystrokes(t)).collect();
    let model = Model::learn(&corpusgen::repo_seeds());
    let opts = SearchOptions::default();

    for n in sizes() {
        let files = model.generate(n, 1).files;
        let texts: Vec<(&str, &str)> = files.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
        let t = Instant::now();
        let built = Corpus::from_texts(texts.iter().copied()).expect("the corpus builds");
        let build_once = t.elapsed();
        let bytes = built.to_bytes();
        let phrase_bytes = postcard::to_allocvec(&built.phrases).expect("serialises").len();
        let t = Instant::now();
        let again = shared_phrases(&built.docs, &built.index);
        let phrases_once = t.elapsed();
        assert_eq!(again, built.phrases);
        let words: usize = built.index.blocks.iter().map(|b| b.len as usize).sum();
        println!(
            "{n} articles: {} bytes of text, {words} words; corpus file {} bytes, of which shared phrases {phrase_bytes} bytes ({} phrases); the build one run {build_once:.2?}, shared_phrases one run {phrases_once:.2?}; {} outlets",
            texts.iter().map(|(_, t)| t.len()).sum::<usize>(),
            bytes.len(),
            built.phrases.len(),
            built.outlets().len(),
        );
        sampled(c, "build: shared_phrases", n, || shared_phrases(&built.docs, &built.index).len());
        drop(built);
        let corpus = Corpus::from_bytes(&bytes).expect("decodes");

        // Opening the views.
        sampled(c, "open: WordCounts::new (forms)", n, || {
            WordCounts::new(&corpus, false, Grouping::Forms).units().len()
        });
        sampled(c, "open: WordCounts::new (stems)", n, || {
            WordCounts::new(&corpus, false, Grouping::Stems).units().len()
        });
        let forms = WordCounts::new(&corpus, false, Grouping::Forms);
        let stems = WordCounts::new(&corpus, false, Grouping::Stems);
        sampled(c, "open: frequencies of the collection", n, || forms.frequencies(&corpus, None).rows.len());
        sampled(
            c,
            "open: Words view (counts, frequencies, keyness of article 1, 50 rows shown, 20 sentences)",
            n,
            || {
                let counts = WordCounts::new(&corpus, false, Grouping::Forms);
                let f = counts.frequencies(&corpus, None);
                let k = counts.keyness(&corpus, &Comparison::article(&corpus, 0), &KeynessOptions::default());
                let shown: usize = f.rows.iter().take(50).map(|r| counts.shown(&corpus, r.unit).len()).sum();
                let said: usize =
                    k.over.iter().take(20).map(|r| k.explain(r, &counts.shown(&corpus, r.unit)).rest.len()).sum();
                shown + said
            },
        );
        sampled(c, "open: the articles grouped by outlet (Corpus::outlets)", n, || corpus.outlets().len());
        let outlets = corpus.outlets();
        sampled(c, &format!("open: keyness of every outlet against the rest ({})", outlets.len()), n, || {
            outlets
                .iter()
                .map(|g| forms.keyness(&corpus, &Comparison::outlet(&corpus, g), &KeynessOptions::default()).over.len())
                .sum::<usize>()
        });
        sampled(c, "open: keyness of every article against the rest", n, || {
            (0..corpus.docs.len())
                .map(|d| {
                    forms.keyness(&corpus, &Comparison::article(&corpus, d), &KeynessOptions::default()).over.len()
                })
                .sum::<usize>()
        });
        sampled(c, "open: keyness of article 1 against article 2 (Compare)", n, || {
            forms.keyness(&corpus, &Comparison::pair(&corpus, 0, 1), &KeynessOptions::default()).over.len()
        });

        // A concordance of about 10,000 lines (or the largest of these below that).
        let candidates = ["trump", "president", "election", "russia", "said", "the"];
        let hits_of = |q: &str| search(&corpus, &Query::parse(q), &opts).docs.iter().map(|d| d.n_hits).sum::<usize>();
        let big = candidates.iter().min_by_key(|q| hits_of(q).abs_diff(10_000)).expect("candidates");
        let target = Target::Query(Query::parse(big));
        let kwic = Kwic::new(&corpus, &target, &ConcordanceOptions::default());
        println!("{n} articles: the concordance of {big:?} has {} lines", kwic.len());
        let lines = kwic.len();
        sampled(c, &format!("open: Kwic::new, {lines} lines as positions"), n, || {
            Kwic::new(&corpus, &target, &ConcordanceOptions::default()).len()
        });
        sampled(c, &format!("first page: 100 of {lines} lines read"), n, || {
            kwic.lines(&corpus, &(0..100.min(lines)).collect::<Vec<_>>()).len()
        });
        // The words a sort compares are read the first time: a fresh concordance each run.
        sampled(c, &format!("sort {lines} lines by the 1st word to the right (words read)"), n, || {
            kwic.clone().order(&corpus, Sort::Right(1)).len()
        });
        sampled(c, &format!("open: Concordance::new, {lines} lines and every sort's words read"), n, || {
            Concordance::new(&corpus, &target, &ConcordanceOptions::default()).len()
        });
        sampled(c, &format!("export {lines} lines as CSV"), n, || {
            kwic.csv(&corpus, &kwic.order(&corpus, Sort::Article)).len()
        });
        let election = Query::parse("election");
        sampled(c, "open: collocates of election (±5, stems)", n, || {
            collocates(&corpus, &stems, &election, None, &CollocateOptions::default()).rows.len()
        });
        let putin = Query::parse("putin trump");
        sampled(c, "open: trends of putin and trump", n, || trends(&corpus, &putin, &opts).points.len());
        sampled(c, "open: the most frequent shared phrase's occurrences", n, || {
            corpus.phrases.first().map_or(0, |p| p.occurrences(&corpus).len())
        });

        // Typing in each view: every prefix of the query set.
        let views: [(&str, &Keystroke); 4] = [
            ("concordance, Kwic (every hit placed, the first 100 lines read)", &|q| {
                let kwic = Kwic::new(&corpus, &Target::Query(Query::parse(q)), &ConcordanceOptions::default());
                kwic.lines(&corpus, &(0..100.min(kwic.len())).collect::<Vec<_>>()).len()
            }),
            ("concordance, Concordance (every line and sort word read)", &|q| {
                Concordance::new(&corpus, &Target::Query(Query::parse(q)), &ConcordanceOptions::default()).len()
            }),
            ("collocates (±5)", &|q| {
                collocates(&corpus, &stems, &Query::parse(q), None, &CollocateOptions::default()).rows.len()
            }),
            ("trends", &|q| trends(&corpus, &Query::parse(q), &opts).points.len()),
        ];
        for (name, run) in views {
            let (p50, p95, max) = percentiles(&typed, run);
            println!(
                "{n} articles: typing {} keystrokes in {name}: p50 {p50:.3} ms, p95 {p95:.3} ms, max {max:.3} ms",
                typed.len()
            );
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
