//! Two articles from one input (split at the first NUL or the middle): names, shared passages,
//! quotation variants and dates all give offsets on char boundaries inside their texts.
#![no_main]

use engine::Corpus;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mid = text.find('\0').unwrap_or_else(|| {
        let mut m = text.len() / 2;
        while !text.is_char_boundary(m) {
            m -= 1;
        }
        m
    });
    let (a, b) = (&text[..mid], text[mid..].trim_start_matches('\0'));
    let Ok(corpus) = Corpus::from_texts([("a.txt", a), ("b.txt", b)]) else { return };
    let texts = [a, b];
    let ok = |doc: u32, s: engine::Span| {
        let t = texts[doc as usize];
        assert!(s.start <= s.end && (s.end as usize) <= t.len());
        assert!(t.is_char_boundary(s.start as usize) && t.is_char_boundary(s.end as usize));
    };
    for e in &corpus.entities {
        for m in &e.mentions {
            ok(m.doc, m.source);
        }
    }
    for p in &corpus.shared {
        for o in &p.occurrences {
            ok(o.doc, o.source);
        }
    }
    for g in &corpus.variants {
        for m in &g.members {
            ok(m.doc, m.source);
        }
    }
    for (d, es) in corpus.events.iter().enumerate() {
        for e in es {
            ok(d as u32, e.source);
        }
    }
});
