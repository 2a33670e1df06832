//! Any string typed into the search box of the seed corpus: parsing never fails, searching never
//! panics, and hits lie on char boundaries of their blocks.
#![no_main]

use std::sync::OnceLock;

use engine::search::{hits, search, within, SearchOptions};
use engine::{Corpus, Query};
use libfuzzer_sys::fuzz_target;

fn seeds() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        let read = engine::source::read_seed_dir(&dir).expect("seeds");
        Corpus::from_texts(read.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).expect("seeds ingest")
    })
}

fuzz_target!(|q: &str| {
    let corpus = seeds();
    let query = Query::parse(q);
    let r = search(corpus, &query, &SearchOptions::default());
    for d in &r.docs {
        let found = hits(corpus, &query, d.doc, false);
        assert_eq!(found.len(), d.n_hits, "the count shown is the number of hits");
        for h in &found {
            let t = &corpus.docs[d.doc].blocks[h.block].text;
            assert!(t.is_char_boundary(h.span.start as usize) && t.is_char_boundary(h.span.end as usize));
        }
    }
    let ranges: Vec<(usize, engine::Span)> = corpus.quotes.quotes.iter().map(|x| (x.doc as usize, x.source)).collect();
    let matched = within(corpus, &query, &ranges);
    assert_eq!(matched.len(), ranges.len());
    for (found, &(doc, _)) in matched.iter().zip(&ranges) {
        for h in found.iter().flatten() {
            let t = &corpus.docs[doc].blocks[h.block].text;
            assert!(h.span.start < h.span.end && t.is_char_boundary(h.span.start as usize) && t.is_char_boundary(h.span.end as usize));
        }
    }
});
