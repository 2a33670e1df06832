//! What the engine makes of the project's seed articles: the facts a user sees in the app.

mod hay;

use engine::ingest::{BlockKind, Boilerplate, Date};
use engine::query::{Note, Operator};
use engine::search::{hits, search, snippets, SearchOptions};
use engine::{Corpus, Query};
use hay::{seeds, slug};

/// The slugs of the documents a query finds, in corpus order.
#[track_caller]
fn found(query: &str, opts: &SearchOptions) -> Vec<&'static str> {
    let corpus = seeds();
    let mut docs: Vec<usize> = search(corpus, &Query::parse(query), opts).docs.iter().map(|d| d.doc).collect();
    docs.sort();
    docs.iter().map(|&d| corpus.docs[d].slug.as_str()).collect()
}

#[track_caller]
fn check(query: &str, expect: &[&str]) {
    let expect: Vec<&str> = expect.iter().map(|p| slug(p)).collect();
    assert_eq!(found(query, &SearchOptions::default()), expect, "query {query:?}");
}

#[test]
fn titles_drop_repeats_and_site_navigation() {
    let titles: Vec<&str> = seeds().docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "8+ Did Trump Administration Ask Putin for Help? Fact Check",
            "Trump’s True Betrayal: A Pattern Of Soliciting Foreign Election Interference",
            "Recent U.S. and Russian Relations",
            "Trump to discuss 'election security' with Russian official in private meeting",
            "Trump’s disturbing exchange with Putin on election interference",
        ]
    );
    for d in &seeds().docs {
        let same = |t: &str| t == d.title || t.replace('+', " ") == d.title;
        let copies = d.blocks.iter().filter(|b| same(&b.text)).count();
        assert_eq!(copies, 1, "{}: the title appears once", d.slug);
        assert_eq!(d.blocks.iter().filter(|b| b.kind == BlockKind::Title).count(), 1);
    }
}

#[test]
fn byline_and_date_are_read_where_stated() {
    let d = &seeds().docs[3];
    assert_eq!(d.byline.as_deref(), Some("Dan Desai Martin"));
    assert_eq!(d.date, Some(Date { year: 2019, month: 12, day: 10 }));
    assert_eq!(seeds().docs[4].byline, None);
}

#[test]
fn related_headlines_are_marked_not_deleted() {
    let d = &seeds().docs[3];
    let related = d.blocks.iter().filter(|b| b.boilerplate == Some(Boilerplate::RelatedLinks)).count();
    assert!(related > 60, "the Read More / Latest list is kept and marked ({related} blocks)");
    let youngkin = d.blocks.iter().find(|b| b.text.starts_with("Youngkin blocks")).expect("kept");
    assert_eq!(youngkin.boilerplate, Some(Boilerplate::RelatedLinks));
    let nav: Vec<&str> =
        d.blocks.iter().filter(|b| b.boilerplate == Some(Boilerplate::Navigation)).map(|b| b.text.as_str()).collect();
    assert_eq!(
        nav,
        [
            "search",
            "Sections List",
            "American Journal News",
            "Share",
            "Donald Trump,Sergey Lavrov",
            "Published with permission of The American Independent Foundation."
        ]
    );
    let tail: Vec<&str> = seeds().docs[1].blocks.iter().rev().take(2).map(|b| b.text.as_str()).collect();
    assert_eq!(tail, ["U.S. & Global News", "Read the full report here."]);
    assert!(seeds().docs[1].blocks.iter().rev().take(2).all(|b| b.boilerplate == Some(Boilerplate::Navigation)));
}

#[test]
fn bullets_are_items_without_their_marker() {
    let bullets: Vec<&str> =
        seeds().docs[1].blocks.iter().filter(|b| b.kind == BlockKind::Bullet).map(|b| b.text.as_str()).collect();
    assert_eq!(bullets.len(), 7);
    assert!(bullets[0].starts_with("During this call"));
}

#[test]
fn a_name_finds_exactly_the_articles_that_mention_it() {
    check("Kislyak", &["002", "004"]);
    check("kislyak", &["002", "004"]);
    check("Comey", &["003", "004"]);
    check("lavrov", &["003", "004"]);
}

#[test]
fn phrases_with_any_quotation_marks() {
    check("\"great pressure\"", &["003", "004"]);
    check("“great pressure”", &["003", "004"]);
    check("\"pressure great\"", &[]);
}

#[test]
fn exclusion_or_and_prefix() {
    check("kislyak -flynn", &["004"]);
    check("kislyak OR gidley ", &["002", "003", "004"]);
    check("zelensk* ", &["001", "003"]);
}

#[test]
fn word_forms_case_and_apostrophes_fold() {
    check("interfering ", &found_slugs("interference "));
    check("TRUMP'S ", &found_slugs("trump "));
    check("zelenskyy ", &["001", "003"]);
}

fn found_slugs(q: &str) -> Vec<&'static str> {
    let all = found(q, &SearchOptions::default());
    seeds()
        .docs
        .iter()
        .enumerate()
        .filter(|(_, d)| all.contains(&d.slug.as_str()))
        .map(|(i, _)| ["000", "001", "002", "003", "004"][i])
        .collect()
}

#[test]
fn boilerplate_is_left_out_unless_asked_for() {
    check("Youngkin", &[]);
    let with = SearchOptions { include_boilerplate: true, ..Default::default() };
    assert_eq!(found("Youngkin", &with), [slug("003")]);
}

#[test]
fn article_filter_limits_results_but_not_counts() {
    let corpus = seeds();
    let opts = SearchOptions { docs: Some(vec![2]), ..Default::default() };
    let r = search(corpus, &Query::parse("kislyak "), &opts);
    assert_eq!(r.docs.iter().map(|d| d.doc).collect::<Vec<_>>(), [2]);
    assert_eq!(r.counts, [0, 0, 2, 0, 1]);
}

#[test]
fn rarer_and_repeated_terms_rank_higher() {
    let r = search(seeds(), &Query::parse("kislyak "), &SearchOptions::default());
    assert_eq!(r.docs[0].doc, 2, "two mentions in a short article outrank one in a long one");
}

#[test]
fn empty_query_lists_every_article_in_order() {
    let r = search(seeds(), &Query::parse("  "), &SearchOptions::default());
    assert_eq!(r.docs.iter().map(|d| d.doc).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
}

#[test]
fn hits_cover_the_matched_words_and_snippets_show_them_in_context() {
    let corpus = seeds();
    let q = Query::parse("\"great pressure\"");
    let r = search(corpus, &q, &SearchOptions::default());
    for d in &r.docs {
        let found = hits(corpus, &q, d.doc, false);
        assert_eq!(found.len(), d.n_hits);
        for h in &found {
            assert_eq!(h.span.of(&corpus.docs[d.doc].blocks[h.block].text), "great pressure");
        }
        let snips = snippets(corpus, d.doc, &found, 60);
        assert_eq!(snips.len(), 1);
        let s = &snips[0];
        assert_eq!(s.spans[0].of(&s.text), "great pressure");
        assert!(s.text.len() > 40, "context around the hit: {:?}", s.text);
    }
}

#[test]
fn corpus_survives_the_trip_through_bytes() {
    let bytes = seeds().to_bytes();
    assert_eq!(&Corpus::from_bytes(&bytes).expect("decodes"), seeds());
    assert!(Corpus::from_bytes(&bytes[1..]).is_err());
    assert!(Corpus::from_bytes(b"XCHECK05garbage").is_err());
}

/// A reader that hands out at most `step` bytes a call, as a network stream does in chunks.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.step).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn the_corpus_decodes_from_a_stream_in_pieces_of_any_size() {
    let bytes = seeds().to_bytes();
    // Pieces smaller than a word, than a paragraph, and the whole window.
    for step in [1, 7, 1000, 1 << 20] {
        let back = Corpus::from_reader(Trickle { bytes: &bytes, step }).expect("decodes");
        assert!(&back == seeds(), "pieces of {step} bytes");
    }
    // A cut-off or foreign stream is an error, never a panic.
    for cut in [0, 5, 8, 9, bytes.len() / 3, bytes.len() - 1] {
        assert!(Corpus::from_reader(Trickle { bytes: &bytes[..cut], step: 4096 }).is_err(), "cut at {cut}");
    }
    assert!(matches!(Corpus::from_reader(&b"XCHECK04 an older corpus"[..]), Err(engine::CorpusError::WrongFormat)));
}

#[test]
fn the_search_part_decodes_alone_in_pieces_and_searches_like_the_whole() {
    use engine::parts::{RestReader, SearchReader};
    let (search, rest) = (seeds().search_part(), seeds().rest_part());
    for step in [1, 1000, 1 << 20] {
        let mut head =
            SearchReader::new(Trickle { bytes: &search, step }).expect("a search part").finish().expect("decodes");
        assert_eq!(head.docs, seeds().docs);
        assert_eq!(head.index, seeds().index, "the index derived from the documents is the build's");
        assert!(
            head.quotes.quotes.is_empty() && head.entities.is_empty() && head.profiles.is_empty(),
            "the rest is not there yet"
        );
        for typed in ["putin", "\"election interference\"", "hack* -russia", "trump OR clinton", "Zelensky"] {
            let q = engine::Query::parse(typed);
            let opts = engine::SearchOptions::default();
            assert_eq!(engine::search(&head, &q, &opts), engine::search(seeds(), &q, &opts), "{typed}");
        }
        let mut reader = RestReader::new(Trickle { bytes: &rest, step }, &head).expect("the rest");
        while reader.step(&mut head).expect("a part") {}
        assert!(&head == seeds(), "pieces of {step} bytes");
    }
    // A stream cut inside the documents is an error, never a panic; so is a foreign one.
    for cut in [0, 5, 8, 9, search.len() / 10, search.len() - 1] {
        let read = SearchReader::new(Trickle { bytes: &search[..cut], step: 4096 }).and_then(|r| r.finish());
        assert!(read.is_err(), "cut at {cut}");
    }
    assert!(matches!(SearchReader::new(&b"XCHECK04 an older corpus"[..]), Err(engine::CorpusError::WrongFormat)));
}

#[test]
fn tillerson_is_quoted_in_one_article_only() {
    let book = &seeds().quotes;
    let s = book.speaker_by_name("Tillerson").expect("Tillerson speaks");
    assert_eq!(book.speakers[s].canonical, "Rex Tillerson");
    let docs: std::collections::BTreeSet<u32> =
        book.quotes.iter().filter(|q| q.speaker == Some(s as u32)).map(|q| q.doc).collect();
    assert_eq!(docs.into_iter().collect::<Vec<_>>(), [4]);
}

#[test]
fn quotations_are_placed_in_their_blocks() {
    let corpus = seeds();
    for q in &corpus.quotes.quotes {
        let doc = &corpus.docs[q.doc as usize];
        let pieces = q.pieces(doc);
        assert!(!pieces.is_empty());
        let joined: Vec<&str> = pieces.iter().map(|h| h.span.of(&doc.blocks[h.block].text)).collect();
        assert_eq!(joined.join(" "), q.text);
    }
    let great: Vec<u32> = corpus.quotes.quotes.iter().filter(|q| q.text == "great pressure").map(|q| q.doc).collect();
    assert_eq!(great, [3]);
}

#[test]
fn words_inside_quotations_filter_them() {
    let corpus = seeds();
    let ranges: Vec<(usize, engine::Span)> = corpus.quotes.quotes.iter().map(|q| (q.doc as usize, q.source)).collect();
    let matched = engine::search::within(corpus, &Query::parse("pressure "), &ranges);
    let texts: Vec<&str> =
        corpus.quotes.quotes.iter().zip(&matched).filter(|(_, m)| m.is_some()).map(|(q, _)| q.text.as_str()).collect();
    assert!(texts.iter().all(|t| t.to_lowercase().contains("pressure")), "{texts:?}");
    assert!(texts.contains(&"great pressure"));
    assert!(texts.iter().any(|t| t.contains("I faced great pressure because of Russia")));
    let none = engine::search::within(corpus, &Query::parse("pressure -russia "), &ranges);
    assert!(corpus.quotes.quotes.iter().zip(&none).all(|(q, m)| m.is_none() || !q.text.contains("Russia")));
    let all = engine::search::within(corpus, &Query::parse(""), &ranges);
    assert!(all.iter().all(|m| m.as_deref() == Some(&[][..])));
}

#[test]
fn quotation_text_spans_and_block_hits_convert_both_ways() {
    let corpus = seeds();
    for q in corpus.quotes.quotes.iter().filter(|q| q.text.len() > 10) {
        let doc = &corpus.docs[q.doc as usize];
        let whole = [engine::Span::new(0, q.text.len())];
        let hits = q.text_spans_to_hits(doc, &whole);
        assert_eq!(hits, q.pieces(doc));
        let back = q.hits_to_text_spans(doc, &hits);
        let joined: Vec<&str> = back.iter().map(|s| s.of(&q.text)).collect();
        assert_eq!(joined.join(" "), q.text);
    }
}

#[test]
fn counts_are_the_hits_the_reader_steps_through() {
    let corpus = seeds();
    // Two atoms sharing words (`trump` is also a `t…` word), a phrase, an exclusion, a stem.
    for q in
        ["trump t", "trump trump", "\"great pressure\" pressure", "russia -ukraine", "interfere", "comey OR lavrov"]
    {
        let query = Query::parse(q);
        let r = search(corpus, &query, &SearchOptions::default());
        assert!(!r.docs.is_empty(), "{q}");
        for d in &r.docs {
            let found = hits(corpus, &query, d.doc, false);
            assert_eq!(d.n_hits, found.len(), "{q} in {}", corpus.docs[d.doc].slug);
            assert!(!found.is_empty(), "{q}");
        }
        let total: usize = r.counts.iter().sum();
        assert_eq!(total, r.docs.iter().map(|d| d.n_hits).sum::<usize>(), "{q}");
    }
    // A document the query leaves out has no hits to show, even where its words occur.
    let query = Query::parse("kislyak -comey");
    let left_out: Vec<usize> = (0..corpus.docs.len())
        .filter(|d| !search(corpus, &query, &SearchOptions::default()).docs.iter().any(|r| r.doc == *d))
        .collect();
    assert!(
        left_out.iter().any(|&d| !hits(corpus, &Query::parse("kislyak"), d, false).is_empty()),
        "some article has Kislyak and Comey"
    );
    for d in left_out {
        assert!(hits(corpus, &query, d, false).is_empty());
    }
}

// Search that knows what Names knows: spellings of a name, abbreviations, operators in lower case.

/// Every hit of `query` in the seeds, as the words marked (body text only).
fn marked(query: &str) -> Vec<String> {
    let corpus = seeds();
    let q = Query::parse(query);
    let r = search(corpus, &q, &SearchOptions::default());
    let mut out = Vec::new();
    for d in &r.docs {
        let found = hits(corpus, &q, d.doc, false);
        assert_eq!(found.len(), d.n_hits, "{query}: the count is the hits marked");
        out.extend(found.iter().map(|h| h.span.of(&corpus.docs[d.doc].blocks[h.block].text).to_owned()));
    }
    out
}

fn notes(query: &str) -> Vec<Note> {
    search(seeds(), &Query::parse(query), &SearchOptions::default()).notes
}

#[test]
fn every_spelling_of_a_name_the_names_view_merges_is_found_by_any_of_them() {
    let zelensky = seeds().entities.iter().find(|e| e.name.contains("Zelensk")).expect("Names has him");
    assert!(
        zelensky.variants.iter().any(|v| v.ends_with("Zelenskyy"))
            && zelensky.variants.iter().any(|v| v.ends_with("Zelenskiy")),
        "{:?}",
        zelensky.variants
    );
    for q in ["Zelenskyy ", "zelenskiy ", "Zelenskiy", "zelensk* ", "\"Volodymyr Zelenskyy\" "] {
        check(q, &["001", "003"]);
    }
    assert_eq!(notes("zelenskyy "), [Note::Spellings(vec!["Zelenskiy".into()])]);
    assert_eq!(notes("zelenskiy "), [Note::Spellings(vec!["Zelenskyy".into()])]);
    assert_eq!(notes("zelensk"), [], "the start of both finds both: nothing to add");
    let mut found = marked("Zelenskyy ");
    found.sort();
    assert_eq!(found, ["Zelenskiy", "Zelenskiy", "Zelenskyy", "Zelenskyy"], "each spelling marked where it is written");
}

#[test]
fn a_spelling_in_no_article_finds_the_name_it_spells() {
    // `Zelensky`, the commonest spelling, is in none of the seeds: typed, and finished.
    check("Zelensky", &["001", "003"]);
    check("Zelensky ", &["001", "003"]);
    assert_eq!(notes("Zelensky "), [Note::Spellings(vec!["Zelenskiy".into(), "Zelenskyy".into()])]);
    assert_eq!(
        Note::Spellings(vec!["Zelenskiy".into(), "Zelenskyy".into()]).message(),
        "Also searching Zelenskiy and Zelenskyy: the same name, spelled another way in some of the articles."
    );
    // Results never shrink as the name is typed out.
    let typed = "Zelenskyy ";
    for end in 4..=typed.len() {
        let q = &typed[..end];
        check(q, &["001", "003"]);
    }
    // A word that is not a spelling of a name finds nothing more.
    check("Zelinsky ", &[]);
    check("Zelenskis ", &[]);
}

#[test]
fn an_abbreviation_is_found_with_or_without_dots() {
    for q in ["FBI ", "F.B.I. ", "fbi ", "f.b.i. ", "FBI"] {
        check(q, &["002", "003", "004"]);
    }
    let mut fbi = marked("FBI ");
    fbi.sort();
    assert_eq!(fbi, ["F.B.I", "FBI", "FBI", "FBI’s"], "(@FBI in 001 is in a photo credit: boilerplate)");
    assert_eq!(marked("F.B.I. "), marked("FBI "));
    assert_eq!(notes("FBI "), [], "no ordinary word fbi to leave out");
}

#[test]
fn us_in_capitals_is_the_abbreviation_and_us_in_lower_case_is_any_of_them() {
    let capitals = marked("US ");
    assert!(capitals.iter().all(|w| w == "U.S" || w == "US"), "{capitals:?}");
    assert!(capitals.len() > 40, "U.S. is written 41 times in the articles' own text: {}", capitals.len());
    assert_eq!(marked("U.S. "), capitals);
    assert_eq!(marked("u.s. "), capitals, "dots make an abbreviation in any case");
    assert_eq!(notes("US "), [Note::AbbreviationOnly("us".into())]);
    assert_eq!(
        Note::AbbreviationOnly("us".into()).message(),
        "“US” in capitals: searched for the abbreviation only (US or U.S.), not the word “us”. Type it in lower case to find both."
    );
    // While it is typed, the abbreviations starting with US (USA), not use, used, usually…
    let typing = marked("US");
    assert!(typing.iter().all(|w| ["U.S", "US", "USA"].contains(&w.as_str())), "{typing:?}");
    assert!(typing.len() > capitals.len());
    assert!(marked("us").iter().any(|w| w.starts_with("use")), "in lower case, a prefix as before");
    // In lower case: the word and the abbreviation, with a note on how to find the abbreviation alone.
    let lower = marked("us ");
    assert_eq!(lower.len(), capitals.len() + 1, "{lower:?}");
    assert!(lower.iter().any(|w| w == "us"));
    assert_eq!(notes("us "), [Note::AlsoAbbreviation("us".into())]);
}

#[test]
fn capitals_with_no_abbreviation_behind_them_are_an_ordinary_word() {
    assert_eq!(marked("TRUMP "), marked("trump "));
    assert_eq!(notes("TRUMP "), []);
    check("KISLYAK", &["002", "004"]);
}

#[test]
fn or_and_not_in_lower_case_between_words_are_operators_with_a_note() {
    check("kislyak or gidley", &["002", "003", "004"]);
    check("kislyak or gidley ", &["002", "003", "004"]);
    assert_eq!(notes("kislyak or gidley"), [Note::LowercaseOperator(Operator::Or)]);
    check("kislyak not flynn ", &["004"]);
    assert_eq!(notes("kislyak not flynn "), [Note::LowercaseOperator(Operator::Not)]);
    check("\"kislyak or gidley\" ", &[]);
}

#[test]
fn and_is_never_searched_nor_marked() {
    for q in ["comey AND lavrov", "comey AND lavrov ", "comey and lavrov "] {
        check(q, &["003", "004"]);
        let words = marked(q);
        assert!(!words.is_empty() && words.iter().all(|w| !w.eq_ignore_ascii_case("and")), "{q}: {words:?}");
    }
    assert_eq!(notes("comey AND lavrov "), []);
    assert_eq!(notes("comey and lavrov "), [Note::LowercaseOperator(Operator::And)]);
}

#[test]
fn a_search_with_nothing_to_search_for_says_so() {
    for q in ["\"", "-", "\"\"", "OR", "AND ", "*"] {
        let r = search(seeds(), &Query::parse(q), &SearchOptions::default());
        assert!(r.empty_query, "{q}");
        assert_eq!(
            engine::listing::search_summary(&r),
            "Nothing to search for yet, so all 5 articles are listed.",
            "{q}"
        );
        assert!(!r.notes.is_empty(), "{q}: a note says why");
    }
    assert_eq!(notes("\""), [Note::EmptyQuote]);
    let one = SearchOptions { docs: Some(vec![2]), ..Default::default() };
    let r = search(seeds(), &Query::parse("\""), &one);
    assert_eq!(engine::listing::search_summary(&r), "Nothing to search for yet, so 1 article is listed.");
    let r = search(seeds(), &Query::parse("kislyak"), &SearchOptions::default());
    assert_eq!(engine::listing::search_summary(&r), "2 articles match, 3 hits.");
}
