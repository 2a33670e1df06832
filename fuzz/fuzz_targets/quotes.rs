//! Any text through quotation extraction and speaker merging: no panic, offsets on char boundaries
//! within the text, quotations sorted and apart.
#![no_main]

use engine::quotes::{canonical_speakers, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let x = extract(text);
    let mut last_end = 0u32;
    for q in &x.quotes {
        assert!(q.start <= q.end && (q.end as usize) <= text.len());
        assert!(text.is_char_boundary(q.start as usize) && text.is_char_boundary(q.end as usize));
        assert!(q.start >= last_end);
        last_end = q.end;
        for s in [q.speaker_span, q.cue_span].into_iter().flatten() {
            assert!((s.end as usize) <= text.len() && text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
        }
    }
    for i in &x.issues {
        assert!(text.is_char_boundary(i.at.start as usize) && text.is_char_boundary(i.at.end as usize));
    }
    let table = canonical_speakers(&[&x.quotes]);
    assert_eq!(table.assignments.len(), 1);
});
