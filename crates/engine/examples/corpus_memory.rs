//! Prints how much heap each part of the decoded corpus holds (what the page keeps in wasm memory
//! after load), counted by a global allocator: live bytes and allocations per part.
//! `cargo run --release -p crosscheck-engine --example corpus_memory [SEEDS_DIR]`
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);
static COUNT: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Relaxed);
        COUNT.fetch_add(1, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Relaxed);
        COUNT.fetch_sub(1, Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new as isize - l.size() as isize, Relaxed);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static A: Counting = Counting;

/// Live bytes and allocations held by the value `bytes` decode to.
fn held<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> (isize, isize) {
    let (l, c) = (LIVE.load(Relaxed), COUNT.load(Relaxed));
    let v: T = postcard::from_bytes(bytes).expect("decodes");
    let out = (LIVE.load(Relaxed) - l, COUNT.load(Relaxed) - c);
    drop(v);
    out
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let seeds = engine::source::read_seed_dir(std::path::Path::new(&dir)).expect("reads");
    let c = engine::Corpus::from_seed_dir(&seeds).expect("builds");
    let text: usize = c.docs.iter().flat_map(|d| &d.blocks).map(|b| b.text.len()).sum();
    let bytes = c.to_bytes();
    drop(c);
    let (l, n) = (LIVE.load(Relaxed), COUNT.load(Relaxed));
    let c = engine::Corpus::from_bytes(&bytes).expect("decodes");
    let (total, allocs) = (LIVE.load(Relaxed) - l, COUNT.load(Relaxed) - n);
    let p = |name: &str, (live, n): (isize, isize)| {
        println!("{name:>22} {live:>11} bytes {n:>9} allocations {:>6.2} x text", live as f64 / text as f64)
    };
    p("corpus", (total, allocs));
    p("docs", held::<Vec<engine::ingest::Document>>(&postcard::to_allocvec(&c.docs).unwrap()));
    p("index", held::<engine::index::Index>(&postcard::to_allocvec(&c.index).unwrap()));
    p("index.words", held::<Vec<String>>(&postcard::to_allocvec(&c.index.words).unwrap()));
    p("index.stems", held::<Vec<String>>(&postcard::to_allocvec(&c.index.stems).unwrap()));
    p("index.stem_words", held::<Vec<Vec<u32>>>(&postcard::to_allocvec(&c.index.stem_words).unwrap()));
    p("quotes", held::<engine::quotebook::QuoteBook>(&postcard::to_allocvec(&c.quotes).unwrap()));
    p("entities", held::<Vec<engine::crossdoc::Entity>>(&postcard::to_allocvec(&c.entities).unwrap()));
    p("shared", held::<Vec<engine::crossdoc::SharedPassage>>(&postcard::to_allocvec(&c.shared).unwrap()));
    p("variants", held::<Vec<engine::crossdoc::QuoteVariantGroup>>(&postcard::to_allocvec(&c.variants).unwrap()));
    p("events", held::<Vec<Vec<engine::crossdoc::DatedMention>>>(&postcard::to_allocvec(&c.events).unwrap()));
    p("profiles", held::<Vec<engine::profile::SourcingProfile>>(&postcard::to_allocvec(&c.profiles).unwrap()));
    println!("{:>22} {text:>11} bytes", "block text");
}
