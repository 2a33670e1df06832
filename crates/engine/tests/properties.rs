//! Properties that must hold for any input: offsets always valid, hits sorted and apart.

mod hay;

use engine::normalize::{fold, search_key, stem, words};
use engine::query::{Atom, QueryWord};
use engine::search::{hits, search, segments, snippets, within, Hit, SearchOptions};
use engine::Span;
use engine::{Corpus, Query};
use proptest::prelude::*;

fn texty() -> impl Strategy<Value = String> {
    prop::string::string_regex("([a-zA-Zé’'“”\" .,\\-—\u{a0}\u{200b}\n\r•*]|Trump|Kislyak|great pressure|OR| or | and | not |AND|NOT|US|U\\.S\\.|F\\.B\\.I\\.|Zelensky){0,60}").unwrap()
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
    fn hits_are_exactly_the_runs_of_matching_words(doc in 0usize..5, pick in any::<prop::sample::Index>(), len in 1usize..4, cut in 0usize..4, include_boilerplate in any::<bool>()) {
        // A phrase taken from the seeds' own words (its last word cut to a prefix when `cut` > 0),
        // searched, against a plain reading of every block: the words segmented, folded and
        // stemmed afresh, and every run of `len` words that match in order is a hit.
        let corpus = hay::seeds();
        let all: Vec<(usize, usize, usize)> = corpus.docs[doc].blocks.iter().enumerate()
            .flat_map(|(b, block)| (0..words(&block.text).count()).map(move |i| (doc, b, i))).collect();
        let (d, b, i) = all[pick.index(all.len())];
        let ws: Vec<String> = words(&corpus.docs[d].blocks[b].text).skip(i).take(len).map(|(_, w)| search_key(w)).collect();
        let n = ws.len();
        let qwords: Vec<QueryWord> = ws.iter().enumerate().map(|(k, w)| {
            let prefix = k + 1 == n && cut > 0 && w.chars().count() > cut;
            let folded: String = if prefix { w.chars().take(w.chars().count() - cut).collect() } else { w.clone() };
            QueryWord { stem: stem(&folded), folded, prefix, acronym: false }
        }).collect();
        let query = Query { groups: vec![vec![Atom { words: qwords.clone() }]], excluded: Vec::new(), notes: Vec::new() };
        // Typed in lower case: a word matches in any case, with or without dots, by its stem or
        // (typed last) its start, and so do the other spellings of a name it matches.
        let index = &corpus.index;
        let direct = |key: &str, q: &QueryWord| stem(key) == q.stem || (q.prefix && key.starts_with(&q.folded));
        let group_stems: Vec<Vec<&str>> = index.spellings().groups().iter().map(|g| g.iter().map(|(s, _)| index.stems[*s as usize].as_str()).collect()).collect();
        let spelled: Vec<Vec<&str>> = qwords.iter().map(|q| {
            group_stems.iter().filter(|g| index.words.iter().any(|k| direct(k, q) && g.contains(&stem(k).as_str()))).flatten().copied().collect()
        }).collect();
        let matches = |w: &str, k: usize| { let key = search_key(w); direct(&key, &qwords[k]) || spelled[k].contains(&stem(&key).as_str()) };
        for d in 0..corpus.docs.len() {
            let mut want: Vec<Hit> = Vec::new();
            for (b, block) in corpus.docs[d].blocks.iter().enumerate() {
                if block.boilerplate.is_some() && !include_boilerplate {
                    continue;
                }
                let bw: Vec<(Span, &str)> = words(&block.text).collect();
                for s in 0..bw.len().saturating_sub(n - 1) {
                    if (0..n).all(|k| matches(bw[s + k].1, k)) {
                        let h = Hit { block: b, span: Span { start: bw[s].0.start, end: bw[s + n - 1].0.end } };
                        match want.last_mut() {
                            Some(last) if last.block == b && h.span.start < last.span.end => last.span.end = h.span.end,
                            _ => want.push(h),
                        }
                    }
                }
            }
            prop_assert_eq!(hits(corpus, &query, d, include_boilerplate), want, "{:?} in {}", qwords, d);
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
