//! Sourcing profiles of the seed articles: what a teacher sees on the evidence cards and in the
//! table that compares them.

#[allow(dead_code)]
mod hay;

use engine::lexicon;
use engine::normalize::{fold_word, words};
use engine::profile::{Evidence, Measure, SourcingProfile};
use engine::span::Hit;
use hay::seeds;

/// The profile of the seed whose file name starts with `prefix` ("003").
fn profile(prefix: &str) -> &'static SourcingProfile {
    let d = seeds().docs.iter().position(|d| d.file_name.starts_with(prefix)).expect("seed exists");
    &seeds().profiles[d]
}

/// The text of each hit of a piece of evidence, as the reader would highlight it.
fn texts(p: &SourcingProfile, e: &Evidence) -> Vec<&'static str> {
    let doc = &seeds().docs[p.doc as usize];
    e.hits.iter().map(|h| h.span.of(&doc.blocks[h.block].text)).collect()
}

/// The file-number prefixes of the seeds, ordered by a measure, lowest first.
fn ranked(m: Measure) -> Vec<&'static str> {
    let mut ps: Vec<&SourcingProfile> = seeds().profiles.iter().collect();
    ps.sort_by(|a, b| m.value(a).total_cmp(&m.value(b)));
    ps.iter().map(|p| &seeds().docs[p.doc as usize].file_name[..3]).collect()
}

#[test]
fn the_long_seo_fact_check_has_no_quotation_and_the_lowest_rate() {
    let seo = profile("000");
    assert!(seeds().docs[0].blocks.iter().map(|b| b.text.len()).sum::<usize>() > 25_000, "the ~29 KB article");
    assert!(seo.quotations.count <= 2, "{} quotations", seo.quotations.count);
    assert_eq!(seo.named_speakers.count, 0);
    assert_eq!(ranked(Measure::QuotesPerThousandWords)[0], "000");
    assert!(seo.body_words.count > 3000);
    // Its only quotation marks are around its own search keyword and two single words.
    assert_eq!(texts(seo, &seo.scare_quotes), ["why", "what", "trump administration asks putin for help"]);
    // It keeps everything at a distance: more hedges than any other article.
    assert_eq!(ranked(Measure::Hedges).last(), Some(&"000"));
}

#[test]
fn the_sourced_articles_quote_several_people_by_name() {
    let names = |prefix: &str| -> Vec<&str> {
        profile(prefix)
            .speakers
            .iter()
            .map(|s| seeds().quotes.speakers[s.speaker as usize].canonical.as_str())
            .collect()
    };
    assert_eq!(names("001"), ["Just Security", "Geng Shuang"]);
    assert_eq!(names("002"), ["Donald Trump", "Jake Sullivan", "Jeff Sessions"]);
    assert_eq!(names("004"), ["Rex Tillerson", "Donald Trump", "New York Times"]);
    let p003 = names("003");
    for n in ["Donald Trump", "Hogan Gidley", "Sergey Lavrov", "Fiona Hill"] {
        assert!(p003.contains(&n), "{n} in {p003:?}");
    }
    assert_eq!(ranked(Measure::NamedSpeakers).last(), Some(&"003"), "the article with the most named speakers");
    // Each speaker's quotations are theirs and in this article.
    for p in &seeds().profiles {
        for s in &p.speakers {
            for &q in &s.quotes {
                let rec = &seeds().quotes.quotes[q as usize];
                assert_eq!((rec.doc, rec.speaker), (p.doc, Some(s.speaker)));
            }
        }
        assert_eq!(p.named_speakers.count as usize, p.speakers.len());
    }
}

#[test]
fn the_page_full_of_site_navigation_is_mostly_boilerplate() {
    let p = profile("003");
    assert!(p.boilerplate_share() > 0.5, "{}", p.boilerplate_share());
    assert_eq!(ranked(Measure::BoilerplateShare).last(), Some(&"003"));
    assert_eq!(Measure::BoilerplateShare.format(p), "57%");
    let doc = &seeds().docs[p.doc as usize];
    let bp: Vec<&str> = p.boilerplate_blocks().iter().map(|&b| doc.blocks[b].text.as_str()).collect();
    assert!(bp.contains(&"Read More") && bp.contains(&"Sections List"), "{bp:?}");
    assert!(bp.iter().any(|t| t.starts_with("Youngkin blocks")));
    // Boilerplate counts nowhere else: the headlines' quotations are not the article's.
    for (k, q) in seeds().quotes.quotes.iter().enumerate().filter(|(_, q)| q.doc == p.doc && q.boilerplate) {
        assert!(!p.quotations.items.contains(&(k as u32)) && !p.scare_quotes.items.contains(&(k as u32)), "{}", q.text);
    }
    for e in [&p.quotations, &p.unnamed_sources, &p.documents, &p.hedges, &p.loaded, &p.dates] {
        assert!(e.hits.iter().all(|h| doc.blocks[h.block].boilerplate.is_none()), "{e:?}");
    }
}

#[test]
fn the_partisan_pieces_use_loaded_words_in_their_own_voice() {
    let p = profile("003");
    let loaded = texts(p, &p.loaded);
    for w in ["bragged", "peddle", "far-right", "evidence-free", "debunked"] {
        assert!(loaded.contains(&w), "{w} in {loaded:?}");
    }
    let p4 = profile("004");
    let loaded4 = texts(p4, &p4.loaded);
    assert!(loaded4.contains(&"incoherent") && loaded4.contains(&"autocrat"), "{loaded4:?}");
    // "a real nut job" is in Trump's quotation: the speaker's words, not the writer's.
    assert!(!loaded4.iter().any(|w| w.contains("nut")), "{loaded4:?}");
    assert_eq!(profile("002").loaded.count, 0, "the student newspaper story");
}

#[test]
fn unnamed_sources_and_cited_documents_are_found_where_the_articles_use_them() {
    let p4 = profile("004");
    assert!(texts(p4, &p4.unnamed_sources).contains(&"an unnamed American official"));
    assert!(texts(p4, &p4.documents).contains(&"The Times report"));
    let p2 = profile("002");
    assert_eq!(texts(p2, &p2.unnamed_sources), ["officials reported"]);
    let p1 = profile("001");
    let docs1 = texts(p1, &p1.documents);
    assert!(docs1.contains(&"According to a 2019 report") && docs1.contains(&"the Mueller Report"), "{docs1:?}");
    assert!(texts(profile("003"), &profile("003").documents).contains(&"two articles of impeachment"));
}

#[test]
fn dates_are_the_timeline_s_dates_of_the_article() {
    for (d, p) in seeds().profiles.iter().enumerate() {
        let events = &seeds().events[d];
        assert_eq!(p.dates.count as usize, events.len());
        assert_eq!(p.dates.items, (0..events.len() as u32).collect::<Vec<_>>());
    }
    let p2 = profile("002");
    assert!(texts(p2, &p2.dates).contains(&"June 14, 2016"));
}

#[test]
fn body_words_are_the_corpus_word_counts() {
    for (d, p) in seeds().profiles.iter().enumerate() {
        let counts = seeds().word_counts(d);
        assert_eq!(
            (p.body_words.count as usize, p.boilerplate_words.count as usize),
            (counts.body, counts.boilerplate)
        );
        let rate = p.quotations.count as f64 * 1000.0 / p.body_words.count as f64;
        assert!((p.quotes_per_thousand_words() - rate).abs() < 1e-9);
    }
}

/// Every passage lies inside its block's text, on char boundaries, and holds what was counted.
#[test]
fn every_hit_lies_in_its_block_and_covers_the_counted_words() {
    let folded_words = |t: &str| words(t).map(|(_, w)| fold_word(w)).collect::<Vec<_>>().join(" ");
    for p in &seeds().profiles {
        let doc = &seeds().docs[p.doc as usize];
        for m in Measure::ALL {
            for h in &m.evidence(p).hits {
                let text = &doc.blocks[h.block].text;
                assert!(text.get(h.span.range()).is_some(), "{m:?} hit {h:?} outside {:?}", doc.blocks[h.block].text);
                assert!(!h.span.is_empty(), "{m:?}: empty hit");
            }
        }
        // Word counts: the hits are whole blocks holding exactly the counted words.
        for e in [&p.body_words, &p.boilerplate_words] {
            let n: usize = e.hits.iter().map(|h| words(h.span.of(&doc.blocks[h.block].text)).count()).sum();
            assert_eq!(n, e.count as usize);
        }
        // Phrases: one hit per counted phrase.
        for e in [&p.unnamed_sources, &p.documents, &p.hedges, &p.loaded] {
            assert_eq!(e.hits.len(), e.count as usize);
        }
        // Hedges: each hit is a listed hedge, word for word.
        for t in texts(p, &p.hedges) {
            assert!(lexicon::HEDGES.contains(&folded_words(t).as_str()), "{t:?} is not a listed hedge");
        }
        // Quotations: the hits are exactly the quotations' pieces.
        for e in [&p.quotations, &p.scare_quotes] {
            let mut pieces: Vec<Hit> =
                e.items.iter().flat_map(|&q| seeds().quotes.quotes[q as usize].pieces(doc)).collect();
            pieces.sort();
            assert_eq!(pieces, e.hits);
            assert_eq!(e.count as usize, e.items.len());
        }
        // Dates: each date's words.
        let dates: Vec<String> =
            p.dates.items.iter().map(|&k| seeds().events[p.doc as usize][k as usize].text.clone()).collect();
        let mut hit_texts: Vec<&str> = texts(p, &p.dates);
        let mut date_texts: Vec<&str> = dates.iter().map(String::as_str).collect();
        hit_texts.sort();
        date_texts.sort();
        assert_eq!(hit_texts, date_texts);
    }
}

#[test]
fn measures_have_stable_keys_and_labels() {
    for m in Measure::ALL {
        assert_eq!(Measure::from_key(m.key()), Some(m));
        assert!(!m.label().is_empty() && m.explanation().ends_with('.'));
    }
    let p = profile("001");
    assert_eq!(Measure::QuotesPerThousandWords.format(p), format!("{:.1}", p.quotes_per_thousand_words()));
    assert_eq!(Measure::Quotations.format(p), p.quotations.count.to_string());
}

/// A subhead that repeats a quotation of the body (seed 004: ‘Nobody really knows’, Trump’s words
/// further down) is an echo of it: credited to the same speaker, counted once.
#[test]
fn a_subhead_echoing_the_body_is_counted_once() {
    let corpus = seeds();
    let doc = corpus.docs.iter().position(|d| d.file_name.starts_with("004")).expect("seed 004");
    let quotes: Vec<(usize, &engine::quotebook::QuoteRecord)> =
        corpus.quotes.quotes.iter().enumerate().filter(|(_, q)| q.doc as usize == doc).collect();
    // (The seed writes it with a no-break space: "Nobody really\u{a0}knows".)
    let (sub, echo) = quotes.iter().find(|(_, q)| q.text.starts_with("Nobody really")).expect("the subhead");
    let body = echo.echo_of.expect("an echo") as usize;
    assert_eq!(corpus.quotes.quotes[body].text, "nobody really knows");
    assert_eq!(corpus.quotes.speaker_name(*sub), corpus.quotes.speaker_name(body));
    assert_eq!(corpus.quotes.speaker_name(body), Some("Donald Trump"));
    let p = &corpus.profiles[doc];
    assert!(!p.quotations.items.contains(&(*sub as u32)), "the echo is not counted");
    assert!(p.quotations.items.contains(&(body as u32)));
}
