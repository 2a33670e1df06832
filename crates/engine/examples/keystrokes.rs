//! Per-keystroke latency of the engine at every corpus size: p50, p95 and max, which criterion's
//! means cannot give. Run (release, as the benchmarks):
//!
//! ```sh
//! cargo run --release -p crosscheck-engine --example keystrokes -- [--sizes 5,50,500,5000] [--out FILE]
//! ```
//!
//! For each size the corpus is the one `corpusgen --articles N` writes (seed 1; 5 is the seeds),
//! built with [`Corpus::from_texts`] and then encoded and decoded, so queries run on what the page
//! holds. The query set is `bench/queries.json`: each target typed letter by letter, every prefix
//! one keystroke. A keystroke is what the page computes when the box changes: the query parsed
//! and searched (`search`); for the targets typed in the Quotes view, the quotation lookup as well
//! (`within` over every quotation's range, as `src/app.rs` does). Every keystroke is timed on its
//! own, many times, the keystrokes interleaved so that a slow moment of a shared machine spreads
//! over all of them; a keystroke's latency is the median of its runs, and p50/p95/max are taken
//! over the keystrokes. The search view's further work per keystroke, snippets for every matching
//! article (`snippets`, no cap on the number of results), is reported as a second figure.
//!
//! Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`; wall-clock time on systems other
//! than 64-bit Linux): on a machine shared with other work, wall-clock time counts the waits for a
//! core too (measured three to four times the CPU time on the project's 2-core build machine
//! while others compiled), which a person typing on an idle laptop does not wait for. The
//! wall-clock medians are written to the JSON as well.
//!
//! Prints a table and writes JSON (default `bench/results/native-keystrokes.json`).

use std::time::{Duration, Instant};

use corpusgen::{bench_queries, keystrokes, Model};
use engine::search::{hits, search, snippets, within, SearchOptions};
use engine::span::Span;
use engine::{Corpus, Query};
use serde_json::json;

/// Bytes of context each side of a hit in a search-view snippet, as the page has them.
use engine::listing::SNIPPET_RADIUS;

struct Args {
    sizes: Vec<usize>,
    out: String,
}

fn args() -> Args {
    let mut a = Args {
        sizes: vec![5, 50, 500, 5000],
        out: format!("{}/../../bench/results/native-keystrokes.json", env!("CARGO_MANIFEST_DIR")),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--sizes" => {
                a.sizes =
                    value.split(',').map(|s| s.trim().parse().expect("--sizes: numbers separated by commas")).collect()
            }
            "--out" => a.out = value,
            _ => panic!("unknown argument {flag:?}; usage: keystrokes [--sizes 5,50,500,5000] [--out FILE]"),
        }
    }
    a
}

/// One keystroke: what the box holds, and whether it is typed in the Quotes view.
struct Keystroke<'q> {
    text: &'q str,
    quotes_view: bool,
}

/// Latencies in milliseconds.
#[derive(Clone, Copy)]
struct Stats {
    p50: f64,
    p95: f64,
    max: f64,
    mean: f64,
}

impl Stats {
    fn of(mut ms: Vec<f64>) -> Stats {
        ms.sort_by(f64::total_cmp);
        let at = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
        Stats { p50: at(0.5), p95: at(0.95), max: ms[ms.len() - 1], mean: ms.iter().sum::<f64>() / ms.len() as f64 }
    }
    fn json(self) -> serde_json::Value {
        let r = |x: f64| (x * 10_000.0).round() / 10_000.0;
        json!({ "p50_ms": r(self.p50), "p95_ms": r(self.p95), "max_ms": r(self.max), "mean_ms": r(self.mean) })
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The CPU time this thread has used.
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
    // SAFETY: `t` is a valid `struct timespec` for the C library to write (64-bit Linux layout).
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    assert!(ok, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(t.sec as u64, t.nsec as u32)
}

/// Elsewhere, wall-clock time since the first call.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Each keystroke's median time (ms), CPU and wall-clock.
struct Medians {
    cpu: Vec<f64>,
    wall: Vec<f64>,
}

/// Runs `f` on every keystroke `reps` times, interleaved, and gives each keystroke's medians.
fn per_keystroke(keys: &[Keystroke], reps: usize, mut f: impl FnMut(&Keystroke) -> usize) -> Medians {
    let mut cpu: Vec<Vec<f64>> = vec![Vec::with_capacity(reps); keys.len()];
    let mut wall: Vec<Vec<f64>> = vec![Vec::with_capacity(reps); keys.len()];
    let mut sink = 0;
    for _ in 0..reps {
        for (k, key) in keys.iter().enumerate() {
            let (c, t) = (cpu_time(), Instant::now());
            sink += f(key);
            wall[k].push(ms(t.elapsed()));
            cpu[k].push(ms(cpu_time() - c));
        }
    }
    std::hint::black_box(sink);
    let medians = |runs: Vec<Vec<f64>>| runs.into_iter().map(|r| Stats::of(r).p50).collect();
    Medians { cpu: medians(cpu), wall: medians(wall) }
}

fn main() {
    let args = args();
    let queries = bench_queries();
    let keys: Vec<Keystroke> = queries
        .targets
        .iter()
        .flat_map(|t| {
            keystrokes(t).into_iter().map(|text| Keystroke { text, quotes_view: queries.quote_lookups.contains(t) })
        })
        .collect();
    let model = Model::learn(&corpusgen::repo_seeds());
    let opts = SearchOptions::default();
    let mut sizes = Vec::new();
    println!(
        "{} keystrokes of {} targets ({} in the Quotes view)",
        keys.len(),
        queries.targets.len(),
        queries.quote_lookups.len()
    );
    println!(
        "{:>6} {:>10} {:>9} {:>9} | keystroke p50 / p95 / max (ms) | + snippets of every result p50 / p95 / max (ms)   (CPU time)",
        "N", "words", "build s", "decode ms"
    );
    for &n in &args.sizes {
        let files = model.generate(n, 1).files;
        let (c, t) = (cpu_time(), Instant::now());
        let built = Corpus::from_texts(files.iter().map(|(f, t)| (f.as_str(), t.as_str()))).expect("the corpus builds");
        let (build_cpu, build_wall) = (cpu_time() - c, t.elapsed());
        let bytes = built.to_bytes();
        drop(built);
        let (c, t) = (cpu_time(), Instant::now());
        let corpus = Corpus::from_bytes(&bytes).expect("the corpus decodes");
        let (decode_cpu, decode_wall) = (cpu_time() - c, t.elapsed());
        let words: usize = corpus.index.blocks.iter().map(|b| b.len as usize).sum();
        let ranges: Vec<(usize, Span)> = corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();

        let keystroke = |k: &Keystroke| {
            let q = Query::parse(k.text);
            let r = search(&corpus, &q, &opts);
            let quoted = if k.quotes_view { within(&corpus, &q, &ranges).iter().flatten().count() } else { 0 };
            r.docs.len() + quoted
        };
        let with_snippets = |k: &Keystroke| {
            let q = Query::parse(k.text);
            let r = search(&corpus, &q, &opts);
            r.docs
                .iter()
                .map(|d| snippets(&corpus, d.doc, &hits(&corpus, &q, d.doc, false), SNIPPET_RADIUS).len())
                .sum::<usize>()
        };
        // Enough runs for a stable median, fewer where one pass over the keystrokes is long.
        let c = cpu_time();
        for k in &keys {
            std::hint::black_box(keystroke(k));
        }
        let pass = (cpu_time() - c).as_secs_f64().max(1e-6);
        let reps = ((8.0 / pass) as usize).clamp(5, 50);
        let typed = per_keystroke(&keys, reps, &keystroke);
        let snip = per_keystroke(&keys, reps.clamp(3, 10), &with_snippets);
        let all = Stats::of(typed.cpu.clone());
        let view = Stats::of(snip.cpu);
        let quotes_only =
            Stats::of(keys.iter().zip(&typed.cpu).filter(|(k, _)| k.quotes_view).map(|(_, &t)| t).collect());
        let mut slowest: Vec<(&str, f64)> = keys.iter().zip(&typed.cpu).map(|(k, &t)| (k.text, t)).collect();
        slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
        let over = |limit: f64| typed.cpu.iter().filter(|&&t| t > limit).count();
        slowest.truncate(10);
        println!(
            "{n:>6} {words:>10} {:>9.2} {:>9.1} | {:>6.3} / {:>6.3} / {:>6.3} | {:>7.3} / {:>7.3} / {:>7.3}   ({reps} runs; slowest: {})",
            build_cpu.as_secs_f64(),
            ms(decode_cpu),
            all.p50,
            all.p95,
            all.max,
            view.p50,
            view.p95,
            view.max,
            slowest.iter().take(5).map(|(q, t)| format!("{q:?} {t:.2}")).collect::<Vec<_>>().join(", ")
        );
        let round = |x: f64, places: i32| (x * 10f64.powi(places)).round() / 10f64.powi(places);
        sizes.push(json!({
            "articles": n,
            "text_bytes": files.iter().map(|(_, t)| t.len()).sum::<usize>(),
            "words": words,
            "quotations": corpus.quotes.quotes.len(),
            "corpus_file_bytes": bytes.len(),
            "build_cpu_s": round(build_cpu.as_secs_f64(), 3),
            "build_wall_s": round(build_wall.as_secs_f64(), 3),
            "decode_cpu_ms": round(ms(decode_cpu), 2),
            "decode_wall_ms": round(ms(decode_wall), 2),
            "runs_per_keystroke": reps,
            "keystroke": all.json(),
            "keystroke_wall_clock": Stats::of(typed.wall).json(),
            "keystroke_quotes_view": quotes_only.json(),
            "keystroke_with_snippets": view.json(),
            "keystrokes_over_1ms": over(1.0),
            "keystrokes_over_4ms": over(4.0),
            "slowest": slowest.iter().map(|(q, t)| json!({ "typed": q, "ms": round(*t, 3) })).collect::<Vec<_>>(),
        }));
    }
    let report = json!({
        "what": "Engine only, native, release profile (opt-level z, LTO: the page's settings). A keystroke = Query::parse + search (+ within over every quotation for the quote_lookups targets). Each keystroke's latency is the median of its runs, in CPU time of the thread (keystroke_wall_clock: the same in wall-clock time); p50/p95/max over the keystrokes. Build and decode: one run each.",
        "command": "cargo run --release -p crosscheck-engine --example keystrokes",
        "queries": "bench/queries.json",
        "keystrokes": keys.len(),
        "budgets_ms": { "p95_at_seeds": 1.0, "p95_at_500": 4.0 },
        "sizes": sizes,
    });
    if let Some(dir) = std::path::Path::new(&args.out).parent() {
        std::fs::create_dir_all(dir).expect("the output folder can be made");
    }
    std::fs::write(&args.out, serde_json::to_string_pretty(&report).expect("JSON") + "\n")
        .expect("the report can be written");
    println!("wrote {}", args.out);
}
