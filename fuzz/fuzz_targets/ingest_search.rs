//! Any bytes as an article (the first line, up to 200 bytes, is also typed as a query): ingestion
//! either says why it refuses the text or builds a corpus whose blocks are exact slices of the text,
//! and searching it gives hits on char boundaries, sorted and apart, with valid snippets.
#![no_main]

use engine::search::{hits, search, snippets, SearchOptions};
use engine::{Corpus, Query};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let query: String = text.lines().next().unwrap_or("").chars().take(200).collect();
    let Ok(corpus) = Corpus::from_texts([("fuzz.txt", text)]) else { return };
    for b in &corpus.docs[0].blocks {
        assert_eq!(&text[b.source.range()], b.text);
    }
    for include_boilerplate in [false, true] {
        let r = search(&corpus, &Query::parse(&query), &SearchOptions { docs: None, include_boilerplate });
        for d in &r.docs {
            let found = hits(&corpus, &Query::parse(&query), d.doc, include_boilerplate);
            assert_eq!(found.len(), d.n_hits, "the count shown is the number of hits");
            let mut prev: Option<(usize, u32)> = None;
            for h in &found {
                let t = &corpus.docs[d.doc].blocks[h.block].text;
                assert!(h.span.start < h.span.end && (h.span.end as usize) <= t.len());
                assert!(t.is_char_boundary(h.span.start as usize) && t.is_char_boundary(h.span.end as usize));
                if let Some((b, end)) = prev {
                    assert!(h.block > b || (h.block == b && h.span.start >= end));
                }
                prev = Some((h.block, h.span.end));
            }
            for s in snippets(&corpus, d.doc, &found, 40) {
                for sp in &s.spans {
                    assert!(s.text.is_char_boundary(sp.start as usize) && s.text.is_char_boundary(sp.end as usize));
                }
            }
        }
    }
    assert_eq!(Corpus::from_bytes(&corpus.to_bytes()).expect("round trip"), corpus);
});
