//! Properties that must hold for any input: offsets always valid, hits sorted and apart.

mod hay;

use engine::normalize::{fold, words};
use engine::query::Atom;
use engine::search::{hits, search, segments, snippets, within, Hit, SearchOptions};
use engine::Span;
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
            let query = Query::parse(&q);
            let r = search(corpus, &query, &SearchOptions { include_boilerplate, docs: None });
            for d in &r.docs {
                let found = hits(corpus, &query, d.doc, include_boilerplate);
                // The count the results list shows is the number of hits the reader steps through.
                prop_assert_eq!(d.n_hits, found.len(), "{:?} in {}", q, d.doc);
                prop_assert_eq!(r.counts[d.doc], found.len());
                let mut prev: Option<(usize, u32)> = None;
                for h in &found {
                    let text = &corpus.docs[d.doc].blocks[h.block].text;
                    prop_assert!(h.span.start < h.span.end && h.span.end as usize <= text.len());
                    prop_assert!(text.is_char_boundary(h.span.start as usize) && text.is_char_boundary(h.span.end as usize));
                    if let Some((b, end)) = prev {
                        prop_assert!(h.block > b || (h.block == b && h.span.start > end));
                    }
                    prev = Some((h.block, h.span.end));
                }
                for s in snippets(corpus, d.doc, &found, 40) {
                    for sp in &s.spans {
                        prop_assert!(sp.end as usize <= s.text.len() && s.text.is_char_boundary(sp.start as usize));
                    }
                }
            }
        }
    }

    #[test]
    fn matching_inside_quotations_agrees_with_the_hits_in_the_article(q in texty()) {
        // What the Quotes view filters by (`within`) against the reader's hits (`hits`) of each
        // atom on its own, kept when they lie inside the quotation.
        let corpus = hay::seeds();
        let query = Query::parse(&q);
        let ranges: Vec<(usize, Span)> = corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();
        let got = within(corpus, &query, &ranges);
        let alone = |atom: &Atom, doc: usize, r: Span| -> Vec<Hit> {
            let one = Query { groups: vec![vec![atom.clone()]], excluded: Vec::new(), notes: Vec::new() };
            hits(corpus, &one, doc, true)
                .into_iter()
                .filter(|h| {
                    let base = corpus.docs[doc].blocks[h.block].source.start;
                    base + h.span.start >= r.start && base + h.span.end <= r.end
                })
                .collect()
        };
        for (&(doc, r), got) in ranges.iter().zip(&got) {
            let mut want = Some(Vec::new());
            for group in &query.groups {
                let found: Vec<Hit> = group.iter().flat_map(|a| alone(a, doc, r)).collect();
                match (&mut want, found.is_empty()) {
                    (Some(_), true) => want = None,
                    (Some(w), false) => w.extend(found),
                    (None, _) => {}
                }
            }
            if query.excluded.iter().any(|a| !alone(a, doc, r).is_empty()) {
                want = None;
            }
            let want = want.map(|mut w| {
                w.sort_unstable();
                w.dedup();
                w
            });
            prop_assert_eq!(got, &want, "{:?} in quotation at {:?}", q, r);
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
                let query = Query::parse(&q);
                let r = search(&c, &query, &SearchOptions::default());
                for d in &r.docs {
                    for h in &hits(&c, &query, d.doc, false) {
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
