//! The word views on the seed articles (`engine::words`): what the browser tests of issue #21 will
//! check against the page, checked here against the search and against the text itself, counted
//! independently (words of each block by `normalize::words`, keyed and stemmed as the index keys
//! them).

mod hay;

use engine::listing::search_summary;
use engine::normalize::{search_key, stem, words};
use engine::search::{hits, search, SearchOptions};
use engine::words::*;
use engine::{Corpus, Query};
use hay::seeds;

/// The hits the search counts for `typed`, as its summary line adds them up.
fn search_hits(corpus: &Corpus, typed: &str, opts: &SearchOptions) -> usize {
    search(corpus, &Query::parse(typed), opts).docs.iter().map(|d| d.n_hits).sum()
}

/// Every line of a concordance.
fn all_lines(c: &Corpus, conc: &Kwic) -> Vec<Line> {
    conc.lines(c, &(0..conc.len()).collect::<Vec<_>>())
}

/// Each article's own words (boilerplate left out) as keys, block by block.
fn body_keys(corpus: &Corpus, doc: usize) -> Vec<Vec<String>> {
    corpus.docs[doc]
        .blocks
        .iter()
        .filter(|b| b.boilerplate.is_none())
        .map(|b| words(&b.text).map(|(_, w)| search_key(w)).collect())
        .collect()
}

#[test]
fn the_concordance_of_russia_has_as_many_lines_as_the_search_summary_has_hits() {
    let c = seeds();
    let opts = SearchOptions::default();
    let q = Query::parse("Russia");
    let conc = Kwic::new(c, &Target::Query(q.clone()), &ConcordanceOptions::default());
    let summary = search_summary(&search(c, &q, &opts));
    assert_eq!(summary, format!("5 articles match, {} hits.", conc.len()));
    assert_eq!(conc.len(), 88);
    // Each article's lines are its hits in the reader, in order.
    for (doc, range) in conc.articles() {
        let found = hits(c, &q, doc, false);
        assert_eq!(found.len(), range.len());
        for (k, l) in conc.lines(c, &range.collect::<Vec<_>>()).iter().enumerate() {
            assert_eq!((l.nth, l.block, l.hit), (k, found[k].block, found[k].span));
        }
    }
}

#[test]
fn hit_positions_are_the_hits_as_positions() {
    let c = seeds();
    for typed in [
        "Russia",
        "\"election interference\"",
        "comey OR lavrov",
        "trump -putin",
        "US ",
        "Zelensky",
        "t",
        "\"great pressure\" kislyak",
        "\"the the\"",
    ] {
        let q = Query::parse(typed);
        for include_boilerplate in [false, true] {
            for docs in [None, Some(vec![1, 3])] {
                let opts = SearchOptions { docs: docs.clone(), include_boilerplate };
                let mut found: Vec<usize> = search(c, &q, &opts).docs.iter().map(|d| d.doc).collect();
                found.sort_unstable();
                let each: Vec<(u32, u32)> = found
                    .into_iter()
                    .flat_map(|d| engine::search::hit_positions(c, &q, d, include_boilerplate))
                    .collect();
                assert_eq!(engine::search::all_hit_positions(c, &q, &opts), each, "{typed:?} {docs:?}");
            }
        }
        for doc in 0..c.docs.len() {
            for include_boilerplate in [false, true] {
                let found = hits(c, &q, doc, include_boilerplate);
                let runs = engine::search::hit_positions(c, &q, doc, include_boilerplate);
                assert_eq!(found.len(), runs.len(), "{typed:?} in {doc}");
                for (h, &(first, last)) in found.iter().zip(&runs) {
                    let b = c.index.doc_first_block[doc] as usize + h.block;
                    let block = c.index.blocks[b];
                    let spans: Vec<_> = c.index.block_spans(b).collect();
                    assert_eq!(
                        (spans[(first - block.start) as usize].start, spans[(last - block.start) as usize].end),
                        (h.span.start, h.span.end),
                        "{typed:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_concordance_follows_the_search_whatever_it_is_asked() {
    let c = seeds();
    let queries = [
        "Russia ",
        "russia*",
        "\"election interference\"",
        "comey OR lavrov",
        "trump -putin",
        "US ",
        "us ",
        "Zelensky",
        "interfer",
        "the ",
        "\"great pressure\" kislyak",
        "-flynn",
        "\"",
        "",
    ];
    for typed in queries {
        for include_boilerplate in [false, true] {
            for docs in [None, Some(vec![0, 3]), Some(vec![])] {
                let scope = SearchOptions { docs: docs.clone(), include_boilerplate };
                let conc = Kwic::new(
                    c,
                    &Target::Query(Query::parse(typed)),
                    &ConcordanceOptions { scope: scope.clone(), ..Default::default() },
                );
                assert_eq!(
                    conc.len(),
                    search_hits(c, typed, &scope),
                    "{typed:?} boilerplate {include_boilerplate} docs {docs:?}"
                );
                let lines = all_lines(c, &conc);
                assert!(lines.iter().all(|l| docs.as_ref().is_none_or(|ds| ds.contains(&l.doc))));
                assert!(lines
                    .iter()
                    .all(|l| include_boilerplate || c.docs[l.doc].blocks[l.block].boilerplate.is_none()));
            }
        }
    }
}

#[test]
fn sorting_by_the_first_word_to_the_right_puts_the_lines_in_alphabetical_order_of_that_word() {
    let c = seeds();
    let conc = Kwic::new(c, &Target::Query(Query::parse("Russia")), &ConcordanceOptions::default());
    let order = conc.order(c, Sort::Right(1));
    assert_eq!(order.len(), conc.len());
    // The word is the first word of the right context, keyed ("U.S." is "us"); none where the
    // hit ends its paragraph.
    let first_right =
        |i: usize| words(conc.line(c, i).right_text(c)).next().map(|(_, w)| search_key(w)).unwrap_or_default();
    let sorted: Vec<String> = order.iter().map(|&i| first_right(i)).collect();
    assert!(sorted.windows(2).all(|w| w[0] <= w[1]), "{sorted:?}");
    assert_eq!(order.iter().map(|&i| conc.sort_word(c, i, Sort::Right(1)).to_owned()).collect::<Vec<_>>(), sorted);
    // Lines with the same word: by article, then position.
    for w in order.windows(2) {
        if first_right(w[0]) == first_right(w[1]) {
            assert!(w[0] < w[1]);
        }
    }
    assert!(sorted.iter().any(String::is_empty) && sorted.contains(&"ambassador".to_owned()));
    // The article order is the search's.
    assert_eq!(conc.order(c, Sort::Article), (0..conc.len()).collect::<Vec<_>>());
}

#[test]
fn lines_in_a_quotation_carry_it_and_its_speaker() {
    let c = seeds();
    let conc = Kwic::new(c, &Target::Query(Query::parse("Russia")), &ConcordanceOptions::default());
    let lines = all_lines(c, &conc);
    let quoted: Vec<&Line> = lines.iter().filter(|l| l.quote.is_some()).collect();
    assert!(!quoted.is_empty() && quoted.len() < conc.len());
    for l in &lines {
        let source = l.source(c);
        let inside: Vec<usize> = c
            .quotes
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.doc as usize == l.doc && q.source.start <= source.start && source.start < q.source.end)
            .map(|(i, _)| i)
            .collect();
        match l.quote {
            Some(q) => assert_eq!(inside.last(), Some(&q), "the innermost quotation"),
            None => assert!(inside.is_empty()),
        }
    }
    assert!(quoted.iter().any(|l| c.quotes.speaker_name(l.quote.unwrap()).is_some()));
}

#[test]
fn a_concordance_read_at_once_is_its_kwic_read_line_by_line() {
    let c = seeds();
    for typed in ["Russia", "the ", "\"great pressure\""] {
        let target = Target::Query(Query::parse(typed));
        let whole = Concordance::new(c, &target, &ConcordanceOptions::default());
        let kwic = Kwic::new(c, &target, &ConcordanceOptions::default());
        assert_eq!(whole.lines, all_lines(c, &kwic));
        for sort in [Sort::Article, Sort::Left(3), Sort::Left(1), Sort::Right(1), Sort::Right(2)] {
            assert_eq!(whole.order(sort), kwic.order(c, sort), "{typed} {sort:?}");
            assert!((0..whole.len()).all(|i| whole.sort_word(c, i, sort) == kwic.sort_word(c, i, sort)));
        }
        assert_eq!(whole.csv(c, &whole.order(Sort::Right(1))), kwic.csv(c, &kwic.order(c, Sort::Right(1))));
        assert_eq!(whole.articles(), kwic.articles());
    }
}

#[test]
fn the_concordance_exports_as_csv() {
    let c = seeds();
    let conc = Kwic::new(c, &Target::Query(Query::parse("kislyak ")), &ConcordanceOptions::default());
    let file = conc.csv(c, &conc.order(c, Sort::Right(1)));
    let rows: Vec<&str> = file.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(rows.len(), conc.len() + 1);
    assert!(rows[0].starts_with("\u{feff}\"Article\",\"Title\",\"File\",\"Left context\",\"Hit\",\"Right context\""));
    assert!(rows[1..].iter().all(|r| r.contains("\"Kislyak\"")));
}

#[test]
fn collocates_of_election_include_interference_with_its_count() {
    let c = seeds();
    let counts = WordCounts::new(c, false, Grouping::Stems);
    let q = Query::parse("election");
    let col = collocates(c, &counts, &q, None, &CollocateOptions::default());
    let interference = counts.unit_of_form(c, "interference").unwrap();
    let row = col.rows.iter().find(|r| r.unit == interference).expect("interference is a collocate of election");
    assert_eq!(counts.shown(c, row.unit), "interference");
    // Counted again from the text: the words "election" finds (its stem's forms, and the words
    // starting with it, as it is typed last), and the forms of "interference" within five words
    // of one, in the same paragraph, not inside a hit, each counted once.
    let (node_stem, col_stem) = (stem("election"), stem("interference"));
    let mut expected = 0;
    for d in 0..c.docs.len() {
        for keys in body_keys(c, d) {
            let node: Vec<bool> = keys.iter().map(|k| stem(k) == node_stem || k.starts_with("election")).collect();
            for (i, k) in keys.iter().enumerate() {
                let near = (i.saturating_sub(5)..(i + 6).min(keys.len())).any(|j| j != i && node[j]);
                if !node[i] && near && stem(k) == col_stem {
                    expected += 1;
                }
            }
        }
    }
    assert_eq!((row.count, expected), (25, 25));
    assert_eq!(row.total as usize, search_hits(c, "\"interference\"", &SearchOptions::default()));
    // The strongest collocate, and the lines that check the count.
    assert_eq!(col.rows[0].unit, interference);
    let near =
        ConcordanceOptions { near: Some(Near { target: Target::Query(q.clone()), window: 5 }), ..Default::default() };
    assert_eq!(Kwic::new(c, &counts.word_ref(c, interference).target(c), &near).len(), 25);
    // A narrower window holds fewer.
    let two = collocates(c, &counts, &q, None, &CollocateOptions { window: 2, ..Default::default() });
    assert!(two.rows.iter().find(|r| r.unit == interference).is_some_and(|r| r.count < 25 && r.count > 0));
}

#[test]
fn the_seo_fact_check_has_distinctive_words_no_other_seed_uses() {
    let c = seeds();
    let counts = WordCounts::new(c, false, Grouping::Forms);
    let k = counts.keyness(c, &Comparison::article(c, 0), &KeynessOptions::default());
    let own: Vec<String> = k
        .over
        .iter()
        .filter(|r| r.only_in_target && !r.stop)
        .map(|r| c.index.words[counts.head(r.unit) as usize].clone())
        .collect();
    assert!(own.len() >= 10, "{own:?}");
    // The reference's counts (the collection's less the article's) are the other seeds' own.
    let others = counts.frequencies(c, Some(&[1, 2, 3, 4]));
    let target = counts.frequencies(c, Some(&[0]));
    for r in k.over.iter().chain(&k.under) {
        let count = |f: &Frequencies| f.rows.iter().find(|x| x.unit == r.unit).map_or(0, |x| x.count);
        assert_eq!((r.target, r.reference), (count(&target), count(&others)));
    }
    assert_eq!((k.target_words, k.reference_words), (target.words, others.words));
    assert_eq!(own[0], "potential", "the strongest: 40 times in the fact check");
    // No other seed uses them in its own text; "potential" is nowhere else at all.
    let elsewhere = |word: &str, boilerplate: bool| {
        (1..c.docs.len()).any(|d| {
            c.docs[d]
                .blocks
                .iter()
                .filter(|b| boilerplate || b.boilerplate.is_none())
                .any(|b| words(&b.text).any(|(_, w)| search_key(w) == word))
        })
    };
    for word in &own {
        assert!(!elsewhere(word, false), "{word}");
    }
    assert!(!elsewhere("potential", true));
    let potential = k
        .over
        .iter()
        .find(|r| {
            r.only_in_target
                && counts.head(r.unit) as usize == c.index.words.binary_search(&"potential".to_owned()).unwrap()
        })
        .unwrap();
    assert_eq!(
        k.explain(potential, "potential").to_string(),
        "potential is used 40 times in this article (10.2 per 1,000 words) and never in the other 4 articles: far more often here than chance would explain."
    );
    assert!(potential.g2 > P001 && potential.log_ratio > 5.0);
}

#[test]
fn trends_for_putin_give_each_article_its_hits_per_thousand_words() {
    let c = seeds();
    let t = trends(c, &Query::parse("Putin"), &SearchOptions::default());
    assert_eq!(t.series.len(), 1);
    assert_eq!(t.points.len(), 5, "one mark an article, hits or none");
    let got: Vec<(u32, u32)> = t.points.iter().map(|p| (p.hits[0], p.words)).collect();
    // Counted from the text: the words starting with "putin" (Putin, Putin’s) in each article's
    // own text; its words as the article list counts them.
    let want: Vec<(u32, u32)> = (0..5)
        .map(|d| {
            (
                body_keys(c, d).iter().flatten().filter(|k| k.starts_with("putin")).count() as u32,
                c.word_counts(d).body as u32,
            )
        })
        .collect();
    assert_eq!(got, want);
    assert_eq!(got, [(2, 3921), (0, 467), (0, 474), (2, 877), (18, 911)]);
    // 2 / 3,921 × 1,000 = 0.51; 2 / 877 × 1,000 = 2.28; 18 / 911 × 1,000 = 19.76.
    let rates: Vec<String> = t.points.iter().map(|p| format!("{:.2}", p.per_1000[0])).collect();
    assert_eq!(rates, ["0.51", "0.00", "0.00", "2.28", "19.76"]);
    // Each point is the lines of its series in its article.
    for p in &t.points {
        let scope = SearchOptions { docs: Some(vec![p.doc]), include_boilerplate: false };
        let lines = Kwic::new(
            c,
            &Target::Query(Query::parse(&t.series[0].query)),
            &ConcordanceOptions { scope, ..Default::default() },
        );
        assert_eq!(lines.len() as u32, p.hits[0]);
    }
    // Only the fourth seed is dated.
    assert_eq!(t.order(TrendOrder::Date), [3, 0, 1, 2, 4]);
}

#[test]
fn word_frequencies_are_the_counts_of_the_text_and_of_the_search() {
    let c = seeds();
    let forms = WordCounts::new(c, false, Grouping::Forms);
    let f = forms.frequencies(c, None);
    assert_eq!(f.words as usize, (0..5).map(|d| c.word_counts(d).body).sum::<usize>());
    // Every form's count is the lines of its concordance and, where the articles write the form
    // only one way (not both "us" and "US"), the count of its key in the text.
    let mut text: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    for d in 0..5 {
        for k in body_keys(c, d).into_iter().flatten() {
            *text.entry(k).or_default() += 1;
        }
    }
    for r in &f.rows {
        let w = forms.head(r.unit);
        let key = &c.index.words[w as usize];
        let twins = c.index.words.iter().filter(|x| *x == key).count();
        if twins == 1 {
            assert_eq!(text.get(key).copied(), Some(r.count), "{key}");
        }
        let lines = Kwic::new(c, &forms.word_ref(c, r.unit).target(c), &ConcordanceOptions::default());
        assert_eq!(lines.len() as u32, r.count, "{key}");
    }
    let top: Vec<(String, u32)> =
        f.rows.iter().filter(|r| !r.stop).take(5).map(|r| (forms.shown(c, r.unit), r.count)).collect();
    assert_eq!(
        top,
        [
            ("Trump".into(), 63),
            ("foreign".into(), 48),
            ("Russian".into(), 47),
            ("security".into(), 47),
            ("election".into(), 43)
        ]
    );
    assert!(f.rows.iter().take(3).all(|r| r.stop), "the, of, and: stop words");
    // Stems: each row is the hits of the search its link opens.
    let stems = WordCounts::new(c, false, Grouping::Stems);
    for r in &stems.frequencies(c, None).rows {
        let WordRef::Query(q) = stems.word_ref(c, r.unit) else { panic!("a stem opens a search") };
        assert_eq!(search_hits(c, &q, &SearchOptions::default()) as u32, r.count, "{q}");
    }
    // With boilerplate, the fourth seed's related headlines count too.
    let all = WordCounts::new(c, true, Grouping::Forms).frequencies(c, None);
    assert_eq!(all.words as usize, (0..5).map(|d| c.word_counts(d).body + c.word_counts(d).boilerplate).sum::<usize>());
}

#[test]
fn shared_phrases_count_what_their_search_finds() {
    let c = seeds();
    assert!(c.phrases.len() >= 40, "{}", c.phrases.len());
    assert_eq!((c.phrases[0].text.as_str(), c.phrases[0].count, c.phrases[0].articles), ("national security", 30, 3));
    assert!(c.phrases.iter().any(|p| p.text == "election interference" && p.count == 8));
    assert!(c.phrases.windows(2).all(|w| w[0].count >= w[1].count));
    for p in &c.phrases {
        let at = p.occurrences(c);
        assert_eq!(at.len() as u32, p.count, "{}", p.text);
        assert_eq!(search_hits(c, &p.query, &SearchOptions::default()) as u32, p.count, "{}", p.text);
        let mut docs: Vec<usize> = at.iter().map(|h| h.doc).collect();
        docs.dedup();
        assert_eq!(docs.len() as u32, p.articles, "{}", p.text);
        assert!(p.articles >= 2 && (2..=4).contains(&p.words));
        assert_eq!(words(&p.text).count(), p.words as usize);
        for h in &at {
            let block = &c.docs[h.doc].blocks[h.hit.block];
            assert_eq!(h.source.len(), h.hit.span.len());
            assert_eq!(words(h.hit.span.of(&block.text)).count(), p.words as usize);
        }
    }
    // Not made of stop words at either end, nor across a comma.
    assert!(!c.phrases.iter().any(|p| p.text == "he said" || p.text.contains(',')));
}

#[test]
fn compare_finds_the_words_one_article_uses_and_the_other_does_not() {
    let c = seeds();
    let counts = WordCounts::new(c, false, Grouping::Forms);
    let k = counts.keyness(c, &Comparison::pair(c, 4, 2), &KeynessOptions::default());
    let own: Vec<&str> = k
        .over
        .iter()
        .filter(|r| r.only_in_target)
        .map(|r| c.index.words[counts.head(r.unit) as usize].as_str())
        .collect();
    assert!(own.contains(&"putin") && own.contains(&"tillerson"), "{own:?}");
    let flynn =
        k.under.iter().find(|r| c.index.words[counts.head(r.unit) as usize] == "flynn").expect("Flynn is article 3's");
    assert_eq!(k.explain(flynn, "Flynn").to_string(), "Flynn is used 5 times in article 3 (10.5 per 1,000 words) and never in article 5: less often in article 5 than chance would easily explain.");
}

#[test]
fn outlets_of_the_seeds() {
    let c = seeds();
    let groups = c.outlets();
    assert_eq!(
        groups.iter().map(|g| (g.name.clone(), g.docs.clone())).collect::<Vec<_>>(),
        [(Some("American Journal News".into()), vec![3]), (None, vec![0, 1, 2, 4])]
    );
}

#[test]
fn on_generated_articles_every_number_is_the_lines_it_counts() {
    let files = corpusgen::generate(&corpusgen::repo_seeds(), 60, 3).files;
    let c = Corpus::from_texts(files.iter().map(|(f, t)| (f.as_str(), t.as_str()))).expect("builds");
    let opts = SearchOptions::default();
    for typed in corpusgen::bench_queries().targets.iter().map(String::as_str).chain(["the", "Russia ", "a"]) {
        let q = Query::parse(typed);
        let conc = Kwic::new(&c, &Target::Query(q.clone()), &ConcordanceOptions::default());
        assert_eq!(conc.len(), search_hits(&c, typed, &opts), "{typed}");
        let mut found: Vec<usize> = search(&c, &q, &opts).docs.iter().map(|d| d.doc).collect();
        found.sort_unstable();
        let each: Vec<(u32, u32)> =
            found.into_iter().flat_map(|d| engine::search::hit_positions(&c, &q, d, false)).collect();
        assert_eq!(engine::search::all_hit_positions(&c, &q, &opts), each, "{typed}");
    }
    assert!(c.phrases.len() > 50);
    for p in &c.phrases {
        assert_eq!(search_hits(&c, &p.query, &opts) as u32, p.count, "{}", p.text);
    }
    let stems = WordCounts::new(&c, false, Grouping::Stems);
    for r in stems.frequencies(&c, None).rows.iter().take(300) {
        let WordRef::Query(q) = stems.word_ref(&c, r.unit) else { panic!() };
        assert_eq!(search_hits(&c, &q, &opts) as u32, r.count, "{q}");
    }
    let col = collocates(&c, &stems, &Query::parse("election"), None, &CollocateOptions::default());
    for r in col.rows.iter().take(40) {
        let near = ConcordanceOptions {
            near: Some(Near { target: Target::Query(Query::parse("election")), window: 5 }),
            ..Default::default()
        };
        assert_eq!(Kwic::new(&c, &stems.word_ref(&c, r.unit).target(&c), &near).len() as u32, r.count);
    }
    let t = trends(&c, &Query::parse("putin trump"), &opts);
    let totals: Vec<u32> = (0..2).map(|s| t.points.iter().map(|p| p.hits[s]).sum()).collect();
    assert_eq!(totals, [search_hits(&c, "putin", &opts) as u32, search_hits(&c, "trump", &opts) as u32]);
}
