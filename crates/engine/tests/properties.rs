//! Properties that must hold for any input: offsets always valid, hits sorted and apart.

mod hay;

use engine::normalize::{fold, words};
use engine::search::{search, segments, snippets, SearchOptions};
use engine::{Corpus, Query};
use proptest::prelude::*;

fn texty() -> impl Strategy<Value = String> {
    prop::string::string_regex("([a-zA-Zé’'“”\" .,\\-—\u{a0}\u{200b}\n\r•*]|Trump|Kislyak|great pressure|OR){0,60}").unwrap()
}

proptest! {
    #[test]
    fn words_lie_on_char_boundaries_in_order(text in any::<String>()) {
        let mut at = 0;
        for (span, w) in words(&text) {
            prop_assert!(span.start as usize >= at);
            prop_assert!(text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize));
            prop_assert_eq!(&text[span.range()], w);
            at = span.end as usize;
        }
    }

    #[test]
    fn fold_is_idempotent(text in any::<String>()) {
        prop_assert_eq!(fold(&fold(&text)), fold(&text));
    }

    #[test]
    fn any_query_over_the_seeds_gives_valid_sorted_disjoint_hits(q in texty()) {
        let corpus = hay::seeds();
        for include_boilerplate in [false, true] {
            let r = search(corpus, &Query::parse(&q), &SearchOptions { include_boilerplate, docs: None });
            for d in &r.docs {
                let mut prev: Option<(usize, u32)> = None;
                for h in &d.hits {
                    let text = &corpus.docs[d.doc].blocks[h.block].text;
                    prop_assert!(h.span.start < h.span.end && h.span.end as usize <= text.len());
                    prop_assert!(text.is_char_boundary(h.span.start as usize) && text.is_char_boundary(h.span.end as usize));
                    if let Some((b, end)) = prev {
                        prop_assert!(h.block > b || (h.block == b && h.span.start > end));
                    }
                    prev = Some((h.block, h.span.end));
                }
                for s in snippets(corpus, d.doc, &d.hits, 40) {
                    for sp in &s.spans {
                        prop_assert!(sp.end as usize <= s.text.len() && s.text.is_char_boundary(sp.start as usize));
                    }
                }
            }
        }
    }

    #[test]
    fn any_article_ingests_or_says_why_and_searches_safely(text in texty(), q in texty()) {
        match Corpus::from_texts([("a.txt", text.as_str())]) {
            Err(e) => prop_assert!(!e.reason.is_empty()),
            Ok(c) => {
                for b in &c.docs[0].blocks {
                    prop_assert_eq!(&text[b.source.range()], b.text.as_str());
                }
                let r = search(&c, &Query::parse(&q), &SearchOptions::default());
                for d in &r.docs {
                    for h in &d.hits {
                        prop_assert!(c.docs[0].blocks[h.block].text.is_char_boundary(h.span.end as usize));
                    }
                }
            }
        }
    }

    #[test]
    fn segments_rebuild_the_text(text in texty(), cuts in prop::collection::vec(0usize..80, 0..6)) {
        let mut b: Vec<usize> = cuts.into_iter().filter(|&c| c <= text.len() && text.is_char_boundary(c)).collect();
        b.sort();
        b.dedup();
        let spans: Vec<engine::Span> = b.chunks(2).filter(|c| c.len() == 2).map(|c| engine::Span::new(c[0], c[1])).collect();
        let rebuilt: String = segments(&text, &spans).iter().map(|(s, _)| &text[s.range()]).collect();
        prop_assert_eq!(rebuilt, text);
    }
}
