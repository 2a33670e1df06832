//! The Crosscheck engine as a bare wasm module, for the side-by-side benchmarks in `bench/`.
//!
//! The app links the engine into its own wasm together with yew; to compare the engine with
//! JavaScript search libraries on equal terms it has to be callable on its own, from the same
//! JavaScript engine, on the same documents and keystrokes. This crate is that thin layer and
//! nothing else: it is not a dependency of the app, and the app never loads it.
//!
//! What it exports (through `wasm-bindgen`):
//! - [`Texts`]: `(file name, text)` pairs handed over from JavaScript, then built into an
//!   [`Engine`] either as the search index alone (`buildSearch`: ingestion + index, what
//!   MiniSearch and FlexSearch build) or as the whole corpus the page ships (`buildFull`:
//!   quotations, names, shared passages and dates as well).
//! - [`Engine::from_bytes`]: a corpus serialised natively (`Corpus::to_bytes`), decoded as the page
//!   decodes it at start-up.
//! - [`Engine::keystroke`]: one keystroke's work, parse + search, returning the number of hits so
//!   that the work cannot be optimised away; [`Engine::highlight`] adds what the results list
//!   renders (snippets and their highlighted segments).
//!
//! Errors cross into JavaScript as strings. Built with the workspace's release profile (size
//! first, as the page's wasm), so its speed is the speed the page gets.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use engine::index::Index;
use engine::ingest::ingest;
use engine::search::{hits, search, segments, snippets, SearchOptions};
use engine::{Corpus, Query};
use wasm_bindgen::prelude::*;

/// How many snippets the page shows per result, and their context in bytes each side.
use engine::listing::{SNIPPETS_SHOWN, SNIPPET_RADIUS};

/// Bytes the module's allocator holds for live values now: what the corpus itself takes, unlike
/// the size of the linear memory, which only ever grows to the peak of a build.
#[wasm_bindgen(js_name = liveBytes)]
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The size of the module's linear memory now (it grows to the peak and never shrinks).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    return core::arch::wasm32::memory_size(0) * 65536;
    #[cfg(not(target_arch = "wasm32"))]
    return 0;
}

/// Articles handed over from JavaScript, before they are built.
#[wasm_bindgen]
#[derive(Default)]
pub struct Texts {
    files: Vec<(String, String)>,
}

#[wasm_bindgen]
impl Texts {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Texts {
        Texts::default()
    }

    pub fn add(&mut self, name: String, text: String) {
        self.files.push((name, text));
    }

    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.files.len()
    }

    /// Ingestion and the search index only: the part comparable with a JavaScript search library.
    #[wasm_bindgen(js_name = buildSearch)]
    pub fn build_search(&self) -> Result<Engine, String> {
        search_corpus(&self.files).map(|corpus| Engine { corpus })
    }

    /// The whole corpus as the page ships it (`Corpus::from_texts`).
    #[wasm_bindgen(js_name = buildFull)]
    pub fn build_full(&self) -> Result<Engine, String> {
        full_corpus(&self.files).map(|corpus| Engine { corpus })
    }
}

/// A built or decoded corpus, ready for queries.
#[wasm_bindgen]
pub struct Engine {
    corpus: Corpus,
}

#[wasm_bindgen]
impl Engine {
    /// Decodes corpus bytes (`Corpus::to_bytes`, written natively or by [`Engine::to_bytes`]).
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<Engine, String> {
        Corpus::from_bytes(bytes).map(|corpus| Engine { corpus }).map_err(|e| e.to_string())
    }

    /// The serialised corpus: what the page ships.
    #[wasm_bindgen(js_name = toBytes)]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.corpus.to_bytes()
    }

    #[wasm_bindgen(getter)]
    pub fn docs(&self) -> usize {
        self.corpus.docs.len()
    }

    /// One keystroke: parse `typed` and search the whole corpus. The number of hits.
    pub fn keystroke(&self, typed: &str) -> u32 {
        keystroke(&self.corpus, typed)
    }

    /// How many documents `typed` finds (to compare result sets between engines).
    pub fn found(&self, typed: &str) -> usize {
        search(&self.corpus, &Query::parse(typed), &SearchOptions::default()).docs.len()
    }

    /// One keystroke as the results list shows it: search, then for the best `max_docs` results
    /// the snippets and the highlighted segments of those shown. The number of segments.
    pub fn highlight(&self, typed: &str, max_docs: usize) -> u32 {
        highlight(&self.corpus, typed, max_docs)
    }
}

/// The system allocator, counting the bytes it hands out ([`live_bytes`]).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

#[global_allocator]
static ALLOCATOR: Counting = Counting;

// SAFETY: every call is passed on unchanged to `System`; only a counter is kept beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        q
    }
}

fn search_corpus(files: &[(String, String)]) -> Result<Corpus, String> {
    let docs = files
        .iter()
        .map(|(name, text)| ingest(name, text))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let index = Index::build(&docs);
    Ok(Corpus { docs, index, ..Corpus::default() })
}

fn full_corpus(files: &[(String, String)]) -> Result<Corpus, String> {
    Corpus::from_texts(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).map_err(|e| e.to_string())
}

fn keystroke(corpus: &Corpus, typed: &str) -> u32 {
    let results = search(corpus, &Query::parse(typed), &SearchOptions::default());
    results.docs.iter().map(|d| d.n_hits as u32).sum()
}

fn highlight(corpus: &Corpus, typed: &str, max_docs: usize) -> u32 {
    let q = Query::parse(typed);
    let results = search(corpus, &q, &SearchOptions::default());
    let mut n_segments = 0;
    for d in results.docs.iter().take(max_docs) {
        for s in snippets(corpus, d.doc, &hits(corpus, &q, d.doc, false), SNIPPET_RADIUS).iter().take(SNIPPETS_SHOWN) {
            n_segments += segments(&s.text, &s.spans).len() as u32;
        }
    }
    n_segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<(String, String)> {
        let text = "Lavrov met Kislyak in Washington today.\n\nKislyak said \"great pressure\" was off.\n";
        vec![
            ("a.txt".into(), text.into()),
            ("b.txt".into(), "Comey testified on Thursday before the committee.\n".into()),
        ]
    }

    #[test]
    fn the_search_build_finds_what_the_full_build_finds() {
        let (small, full) = (search_corpus(&files()).unwrap(), full_corpus(&files()).unwrap());
        for typed in ["k", "kisl", "kislyak", "\"great pressure\"", "comey OR lavrov", "kislyak -comey", "zzz"] {
            assert_eq!(keystroke(&small, typed), keystroke(&full, typed), "{typed}");
        }
        assert_eq!(keystroke(&small, "kislyak"), 2);
        assert_eq!(keystroke(&small, "zzz"), 0);
    }

    #[test]
    fn decoded_bytes_answer_like_the_built_corpus() {
        let full = full_corpus(&files()).unwrap();
        let decoded = Corpus::from_bytes(&full.to_bytes()).unwrap();
        assert_eq!(keystroke(&decoded, "comey OR lavrov"), 2);
        // "Kislyak" is highlighted in both blocks of a.txt: one marked segment and the text around it.
        assert!(highlight(&decoded, "kislyak", 10) >= 3);
        assert_eq!(highlight(&decoded, "zzz", 10), 0);
    }
}
