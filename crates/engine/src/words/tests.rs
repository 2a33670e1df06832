//! The word views on a corpus small enough to count by hand, and the statistics on worked
//! examples.

use super::*;
use crate::search::{search, SearchOptions};
use crate::{Corpus, Query};

/// Three articles, counted by hand below (every block is the article's own text: titles and
/// bylines count, as in the article list's word counts).
///
/// - a.txt, 24 words: title 6 (Collusion claims divide the city council), first paragraph 11
///   (The council denied collusion Collusion was alleged again the mayor said), second 7 (There
///   was no collusion the mayor said). No date.
/// - b.txt, 31 words: title 9 (A quiet week for the city and its mayor), byline 6 (By Ann Writer
///   March 3 2020), paragraph 16 (The mayor opened a park The council met and the mayor spoke
///   about the park budget).
/// - c.txt, 27 words: title 7 (Council votes on the park budget today), byline 6 (By Bo Reed
///   January 5 2019), paragraph 14 (The council voted on the park budget No collusion was found
///   the council said).
///
/// 82 words in all. "the": 4 + 5 + 4 = 13. "collusion": 4 + 0 + 1 = 5, in 2 articles.
/// "council": 2 + 1 + 3 = 6. "mayor": 2 + 3 + 0 = 5. "park": 0 + 2 + 2 = 4.
const A: &str = "Collusion claims divide the city council\n\nThe council denied collusion. Collusion was alleged again, the mayor said.\n\n“There was no collusion,” the mayor said.\n";
const B: &str = "A quiet week for the city and its mayor\n\nBy Ann Writer - March 3, 2020\n\nThe mayor opened a park. The council met, and the mayor spoke about the park budget.\n";
const C: &str = "Council votes on the park budget today\n\nBy Bo Reed - January 5, 2019\n\nThe council voted on the park budget. No collusion was found, the council said.\n";

/// Every line of a concordance.
fn all_lines(c: &Corpus, conc: &Kwic) -> Vec<Line> {
    conc.lines(c, &(0..conc.len()).collect::<Vec<_>>())
}

fn tiny() -> Corpus {
    Corpus::from_texts([("a.txt", A), ("b.txt", B), ("c.txt", C)]).expect("builds")
}

/// The row of form `form` in a frequency list.
#[track_caller]
fn row<'f>(corpus: &Corpus, counts: &WordCounts, freq: &'f Frequencies, form: &str) -> &'f FrequencyRow {
    let unit = counts.unit_of_form(corpus, form).expect("a form of the corpus");
    freq.rows.iter().find(|r| r.unit == unit).expect("listed")
}

#[test]
fn the_tiny_corpus_has_the_words_counted_by_hand() {
    let c = tiny();
    let words: Vec<usize> = (0..3).map(|d| c.word_counts(d).body).collect();
    assert_eq!(words, [24, 31, 27]);
    assert_eq!(c.docs[1].date.map(|d| d.to_string()), Some("2020-03-03".into()));
}

#[test]
fn frequencies_count_forms_with_rates_per_thousand_and_articles() {
    let c = tiny();
    let counts = WordCounts::new(&c, false, Grouping::Forms);
    let f = counts.frequencies(&c, None);
    assert_eq!((f.words, f.articles), (82, 3));
    let shown: Vec<(String, u32)> = f.rows.iter().take(5).map(|r| (counts.shown(&c, r.unit), r.count)).collect();
    // Ties (collusion and mayor, 5) in alphabetical order.
    assert_eq!(
        shown,
        [("the".into(), 13), ("council".into(), 6), ("collusion".into(), 5), ("mayor".into(), 5), ("park".into(), 4)]
    );
    let collusion = row(&c, &counts, &f, "collusion");
    assert_eq!((collusion.count, collusion.articles, collusion.stop), (5, 2, false));
    // 5 of 82 words: 5 × 1000 / 82 = 60.975…
    assert!((collusion.per_1000 - 60.975_609_756).abs() < 1e-6);
    assert!(
        row(&c, &counts, &f, "the").stop && row(&c, &counts, &f, "again").stop && !row(&c, &counts, &f, "said").stop
    );
    // One article: a.txt has 4 of its 24 words "collusion" (166.7 per 1,000).
    let a = counts.frequencies(&c, Some(&[0]));
    let collusion = row(&c, &counts, &a, "collusion");
    assert_eq!((a.words, collusion.count, collusion.articles), (24, 4, 1));
    assert!((collusion.per_1000 - 166.666_666_667).abs() < 1e-6);
    // The word as written most often: "Council" twice, "council" four times.
    let council = counts.unit_of_form(&c, "council").unwrap();
    assert_eq!(counts.shown(&c, council), "council");
}

#[test]
fn stems_group_forms_and_open_the_search_that_counts_them() {
    let c = tiny();
    let counts = WordCounts::new(&c, false, Grouping::Stems);
    let f = counts.frequencies(&c, None);
    // "votes" and "voted", one of each, in c.txt.
    let vote = counts.unit_of_form(&c, "voted").unwrap();
    assert_eq!(counts.unit_of_form(&c, "votes"), Some(vote));
    let r = f.rows.iter().find(|r| r.unit == vote).unwrap();
    assert_eq!((r.count, r.articles), (2, 1));
    // Every row's count is the hits of its query, which is what opens it.
    for r in &f.rows {
        let WordRef::Query(q) = counts.word_ref(&c, r.unit) else { panic!("stems open a search") };
        let found: usize = search(&c, &Query::parse(&q), &SearchOptions::default()).docs.iter().map(|d| d.n_hits).sum();
        assert_eq!(found, r.count as usize, "{q}");
    }
}

#[test]
fn log_likelihood_and_log_ratio_on_a_worked_example() {
    // A word used 10 times in 1,000 words of a target and 10 times in 9,000 words of a reference.
    // The table and its expected counts (row total × column total / 10,000):
    //
    //                 word     other words   words
    //   target        10 (2)      990 (998)   1,000
    //   reference     10 (18)   8,990 (8,982) 9,000
    //   total         20        9,980        10,000
    //
    // G² = 2 Σ O ln(O/E)
    //    = 2 (10 ln(10/2) + 990 ln(990/998) + 10 ln(10/18) + 8990 ln(8990/8982))
    //    = 2 (16.09438 − 7.96785 − 5.87787 + 8.00356) = 2 × 10.25222 = 20.5044,
    // above 10.83: p < 0.001. (UCREL's two-cell form, 2 (10 ln 5 + 10 ln(10/18)) = 20.43, leaves
    // out the other words' cells.) Log ratio: log2((10/1000) / (10/9000)) = log2 9 = 3.1699:
    // eight to nine times as frequent in the target.
    let g = log_likelihood(10, 1000, 10, 9000);
    assert!((g - 20.504_448_5).abs() < 1e-6, "{g}");
    assert!((log_ratio(10, 1000, 10, 9000) - 9f64.log2()).abs() < 1e-12);
    assert!((log_ratio(10, 9000, 10, 1000) + 9f64.log2()).abs() < 1e-12, "negative the other way");
    // A zero: 3 times in 1,000 words, never in 3,000. Expected 0.75 | 999.25 / 2.25 | 2,997.75;
    // G² = 2 (3 ln(3/0.75) + 997 ln(997/999.25) + 0 + 3000 ln(3000/2997.75))
    //    = 2 (4.15888 − 2.24746 + 2.25084) = 8.3245. Log ratio with the zero as 0.5:
    // log2((3/1000) / (0.5/3000)) = log2 18 = 4.1699.
    assert!((log_likelihood(3, 1000, 0, 3000) - 8.324_524_6).abs() < 1e-6);
    assert!((log_ratio(3, 1000, 0, 3000) - 18f64.log2()).abs() < 1e-12);
    assert_eq!(log_likelihood(5, 100, 5, 100), 0.0, "the same rate");
    assert_eq!(g2(0.0, 0.0, 0.0, 0.0), 0.0);
}

#[test]
fn keyness_of_an_article_against_the_rest_with_its_sentence() {
    let c = tiny();
    let counts = WordCounts::new(&c, false, Grouping::Forms);
    let cmp = Comparison::article(&c, 0);
    assert_eq!((cmp.target.as_slice(), cmp.reference.as_slice()), (&[0][..], &[1, 2][..]));
    let k = counts.keyness(&c, &cmp, &KeynessOptions { min_count: 2, min_g2: 0.0 });
    assert_eq!((k.target_words, k.reference_words), (24, 58));
    let collusion = counts.unit_of_form(&c, "collusion").unwrap();
    let r = k.over.iter().find(|r| r.unit == collusion).expect("used more in a.txt");
    // 4 of 24 words against 1 of 58: table [[4, 20], [1, 57]], G² = 5.9311 (p < 0.05);
    // log ratio log2((4/24) / (1/58)) = log2(9.667) = 3.273.
    assert_eq!((r.target, r.reference, r.only_in_target), (4, 1, false));
    assert!((r.g2 - 5.931_059_7).abs() < 1e-6 && (r.log_ratio - 3.273_018_5).abs() < 1e-6);
    assert_eq!(
        k.explain(r, "collusion").to_string(),
        "collusion is used 4 times in this article (166.7 per 1,000 words) and 1 time in the other 2 articles (17.2 per 1,000): more often here than chance would easily explain."
    );
    // "park": never in a.txt, 4 times in the others.
    let park = counts.unit_of_form(&c, "park").unwrap();
    let r = k.under.iter().find(|r| r.unit == park).expect("used less in a.txt");
    assert!(r.g2 < 0.0);
    assert_eq!(
        k.explain(r, "park").to_string(),
        "park is used 4 times in the other 2 articles (69.0 per 1,000 words) and never in this article: less often here, but chance could explain a difference this small."
    );
    // Only in a.txt: "denied", once, is below the minimum count; "mayor" is not only here.
    assert!(k.over.iter().all(|r| r.target >= 2));
    assert!(k.over.iter().filter(|r| r.only_in_target).all(|r| r.reference == 0));
    // With the default threshold (G² ≥ 3.84) "collusion" stays.
    let strict = counts.keyness(&c, &cmp, &KeynessOptions::default());
    assert!(strict.over.iter().any(|r| r.unit == collusion) && strict.over.iter().all(|r| r.g2 >= P05));
}

#[test]
fn a_pair_is_named_by_its_numbers() {
    let c = tiny();
    let counts = WordCounts::new(&c, false, Grouping::Forms);
    let k = counts.keyness(&c, &Comparison::pair(&c, 2, 1), &KeynessOptions { min_count: 2, min_g2: 0.0 });
    let budget = counts.unit_of_form(&c, "council").unwrap();
    let r = k.over.iter().find(|r| r.unit == budget).expect("council: 3 in c.txt, 1 in b.txt");
    assert_eq!(
        k.explain(r, "council").to_string(),
        "council is used 3 times in article 3 (111.1 per 1,000 words) and 1 time in article 2 (32.3 per 1,000): more often in article 3, but chance could explain a difference this small."
    );
}

#[test]
fn numbers_are_written_for_a_class() {
    assert_eq!(
        (thousands(0), thousands(999), thousands(1000), thousands(1_234_567)),
        ("0".into(), "999".into(), "1,000".into(), "1,234,567".into())
    );
    assert_eq!(plural_number(1204, "time"), "1,204 times");
    assert_eq!(plural_number(1, "time"), "1 time");
    let shown: Vec<String> = [0.0, 0.004, 0.04, 0.2, 3.06, 12.0].iter().map(|&r| per_1000_text(r)).collect();
    assert_eq!(shown, ["0", "under 0.01", "0.04", "0.2", "3.1", "12.0"]);
}

#[test]
fn the_concordance_is_the_search_hits_with_their_context() {
    let c = tiny();
    let q = Query::parse("collusion ");
    let conc = Kwic::new(&c, &Target::Query(q.clone()), &ConcordanceOptions::default());
    let n_hits: usize = search(&c, &q, &SearchOptions::default()).docs.iter().map(|d| d.n_hits).sum();
    assert_eq!((conc.len(), n_hits), (5, 5));
    let line = |i: usize| {
        let l = conc.line(&c, i);
        (l.doc, l.nth, l.left_text(&c).to_owned(), l.hit_text(&c).to_owned(), l.right_text(&c).to_owned())
    };
    let lines = all_lines(&c, &conc);
    let owned = |d: usize, n: usize, l: &str, h: &str, r: &str| (d, n, l.to_owned(), h.to_owned(), r.to_owned());
    assert_eq!(line(0), owned(0, 0, "", "Collusion", " claims divide the city council"));
    assert_eq!(
        line(1),
        owned(0, 1, "The council denied ", "collusion", ". Collusion was alleged again, the mayor said.")
    );
    assert_eq!(
        line(4),
        owned(2, 0, "The council voted on the park budget. No ", "collusion", " was found, the council said.")
    );
    // The reader's hit: the line's number in its article.
    for l in &lines {
        assert_eq!(crate::search::hits(&c, &q, l.doc, false)[l.nth].span, l.hit);
    }
    // Inside the quotation “There was no collusion,”, said by the mayor.
    let quoted: Vec<Option<usize>> = lines.iter().map(|l| l.quote).collect();
    assert!(quoted[..3].iter().all(Option::is_none) && quoted[4].is_none());
    let q3 = quoted[3].expect("in a quotation");
    assert!(c.quotes.quotes[q3].text.contains("no collusion"));
    assert!(c.quotes.speaker_name(q3).is_some_and(|s| s.to_lowercase().contains("mayor")));
    // Where in the article: the title's first word is at the start.
    assert_eq!(lines[0].at, 0.0);
    assert!(lines.windows(2).filter(|w| w[0].doc == w[1].doc).all(|w| w[0].at < w[1].at));
    assert_eq!(conc.articles(), [(0, 0..4), (2, 4..5)]);
}

#[test]
fn lines_sort_by_the_words_around_the_hit() {
    let c = tiny();
    let conc = Kwic::new(&c, &Target::Query(Query::parse("collusion ")), &ConcordanceOptions::default());
    let words =
        |sort: Sort| -> Vec<&str> { conc.order(&c, sort).into_iter().map(|i| conc.sort_word(&c, i, sort)).collect() };
    // 1R: claims (a title), collusion (a, 1st paragraph), the (a, quotation), was (a), was (c).
    assert_eq!(words(Sort::Right(1)), ["claims", "collusion", "the", "was", "was"]);
    assert_eq!(conc.order(&c, Sort::Right(1)), [0, 1, 3, 2, 4]);
    // 1L: none (the title's first word) first; "No" folded to "no".
    assert_eq!(words(Sort::Left(1)), ["", "collusion", "denied", "no", "no"]);
    assert_eq!(conc.order(&c, Sort::Left(1)), [0, 2, 1, 3, 4]);
    assert_eq!(words(Sort::Right(2)), ["alleged", "divide", "found", "mayor", "was"]);
    assert_eq!(conc.order(&c, Sort::Article), [0, 1, 2, 3, 4]);
    let span = conc.sort_word_span(&c, 4, Sort::Left(1)).unwrap();
    assert_eq!(span.of(&c.docs[2].blocks[conc.line(&c, 4).block].text), "No");
    for (key, sort) in [("1L", Sort::Left(1)), ("3R", Sort::Right(3)), ("", Sort::Article)] {
        assert_eq!((sort.key(), Sort::from_key(key)), (key.to_owned(), sort));
    }
    assert_eq!(Sort::from_key("2r"), Sort::Right(2));
    assert_eq!(Sort::from_key("4R"), Sort::Article);
    assert_eq!(Sort::Right(2).label(), "2nd word to the right");
}

#[test]
fn context_is_cut_at_a_word() {
    let c = tiny();
    let opts = ConcordanceOptions { context: 12, ..ConcordanceOptions::default() };
    let conc = Kwic::new(&c, &Target::Query(Query::parse("\"Collusion was\"")), &opts);
    // "The council denied collusion. Collusion was alleged again, the mayor said.": 12
    // characters back from the hit reach the space before "collusion"; forward, "alleged again"
    // ends past them.
    let l = conc.line(&c, 0);
    assert_eq!(
        (l.left_text(&c), l.hit_text(&c), l.right_text(&c), l.cut_left, l.cut_right),
        ("collusion. ", "Collusion was", " alleged", true, true)
    );
}

#[test]
fn a_word_form_alone_and_the_lines_near_another_word() {
    let c = tiny();
    // "Council" and "council" are one form; a form no article writes has no lines.
    let council = Target::form(&c, "council");
    assert_eq!(Kwic::new(&c, &council, &ConcordanceOptions::default()).len(), 6);
    assert_eq!(Kwic::new(&c, &Target::form(&c, "councils"), &ConcordanceOptions::default()).len(), 0);
    let only_b = ConcordanceOptions {
        scope: SearchOptions { docs: Some(vec![1]), include_boilerplate: false },
        ..Default::default()
    };
    assert_eq!(Kwic::new(&c, &council, &only_b).len(), 1);
    // "the" within one word of "council": The council (a), The council (b), The council, the
    // council (c).
    let near = ConcordanceOptions {
        near: Some(Near { target: Target::Query(Query::parse("council ")), window: 1 }),
        ..Default::default()
    };
    let conc = Kwic::new(&c, &Target::form(&c, "the"), &near);
    assert_eq!(
        all_lines(&c, &conc)
            .iter()
            .map(|l| (l.doc, l.right_text(&c).split_whitespace().next().unwrap_or("")))
            .collect::<Vec<_>>(),
        [(0, "council"), (1, "council"), (2, "council"), (2, "council")]
    );
}

#[test]
fn collocates_count_the_window_and_compare_it_with_the_rest() {
    let c = tiny();
    let counts = WordCounts::new(&c, false, Grouping::Forms);
    let q = Query::parse("council ");
    let col = collocates(&c, &counts, &q, None, &CollocateOptions { window: 1, min_count: 1 });
    // Six hits of "council"; the words one position either side, in the same block: city (a
    // title) | The, denied (a) | The, met (b) | votes (c title) | The, voted | the, said (c): ten
    // positions, "the" four of them. 82 words, 6 of them the hits: the rest is 76, with "the" 13
    // times. Expected in the windows: 10 × 13 / 76 = 1.7105. MI: log2(4 / 1.7105) = 1.2256.
    // G² of [[4, 6], [9, 57]] = 3.5110.
    assert_eq!((col.hits, col.window_words, col.words, col.window), (6, 10, 82, 1));
    let the = counts.unit_of_form(&c, "the").unwrap();
    let r = col.rows.iter().find(|r| r.unit == the).expect("the");
    assert_eq!((r.count, r.total), (4, 13));
    assert!(
        (r.expected - 1.710_526_3).abs() < 1e-6
            && (r.mi - 1.225_559_7).abs() < 1e-6
            && (r.log_likelihood - 3.511_036_5).abs() < 1e-6
    );
    let listed: u32 = col.rows.iter().map(|r| r.count).sum();
    assert_eq!(listed, 10, "every position of the windows counted once");
    // Words next to "council" once only (denied, met, votes, …) have a higher G² than "the" here,
    // on one occurrence: the minimum count, 2 by default, keeps them out.
    let two = collocates(&c, &counts, &q, None, &CollocateOptions { window: 1, ..CollocateOptions::default() });
    assert_eq!(two.rows.iter().map(|r| r.unit).collect::<Vec<_>>(), [the]);
    // Each count is the lines of the word near the query.
    for r in &col.rows {
        let near = ConcordanceOptions {
            near: Some(Near { target: Target::Query(q.clone()), window: 1 }),
            ..Default::default()
        };
        let lines = Kwic::new(&c, &counts.word_ref(&c, r.unit).target(&c), &near);
        assert_eq!(lines.len(), r.count as usize, "{}", counts.shown(&c, r.unit));
    }
    // A wider window is clamped to ten words, a narrower one to one.
    assert_eq!(collocates(&c, &counts, &q, None, &CollocateOptions { window: 99, min_count: 2 }).window, 10);
    assert_eq!(collocates(&c, &counts, &q, None, &CollocateOptions { window: 0, min_count: 2 }).window, 1);
}

#[test]
fn trends_give_each_series_its_rate_in_every_article() {
    let c = tiny();
    let t = trends(&c, &Query::parse("collusion mayor "), &SearchOptions::default());
    assert_eq!(
        t.series.iter().map(|s| (s.label.as_str(), s.query.as_str())).collect::<Vec<_>>(),
        [("collusion", "\"collusion\""), ("mayor", "\"mayor\"")]
    );
    let points: Vec<(usize, u32, Vec<u32>)> = t.points.iter().map(|p| (p.doc, p.words, p.hits.clone())).collect();
    assert_eq!(points, [(0, 24, vec![4, 2]), (1, 31, vec![0, 3]), (2, 27, vec![1, 0])]);
    // 4 of 24 words: 166.7 per 1,000; 3 of 31: 96.8; 1 of 27: 37.0.
    assert!((t.points[0].per_1000[0] - 166.666_666_7).abs() < 1e-6);
    assert!((t.points[1].per_1000[1] - 96.774_193_5).abs() < 1e-6);
    assert!((t.points[2].per_1000[0] - 37.037_037).abs() < 1e-6);
    assert_eq!(t.order(TrendOrder::Article), [0, 1, 2]);
    assert_eq!(t.order(TrendOrder::Date), [2, 1, 0], "January 2019, March 2020, then undated");
    assert!((t.max_per_1000() - 166.666_666_7).abs() < 1e-6);
    // The article filter keeps its articles only.
    let only = trends(&c, &Query::parse("mayor"), &SearchOptions { docs: Some(vec![1]), include_boilerplate: false });
    assert_eq!(only.points.len(), 1);
    assert_eq!(only.series[0].label, "mayor");
}

#[test]
fn a_group_of_a_query_written_as_text_is_searched_as_the_group() {
    for typed in [
        "putin",
        "Putin ",
        "US ",
        "U.S",
        "zelensk* trump",
        "comey OR lavrov",
        "\"great pressure\" kislyak",
        "\"great press",
        "or ",
        "kislyak or gidley",
        "then-candidate ",
    ] {
        let q = Query::parse(typed);
        for g in &q.groups {
            let again = Query::parse(&group_text(g));
            assert_eq!(again.groups, vec![g.clone()], "{typed:?} -> {}", group_text(g));
        }
    }
}

#[test]
fn phrases_two_articles_share() {
    let c = tiny();
    // "park budget": b.txt once, c.txt twice. "the mayor said" is a.txt's alone; "no collusion"
    // and "collusion was" (a.txt and c.txt) start or end with a stop word.
    let shown: Vec<(&str, &str, u8, u32, u32)> =
        c.phrases.iter().map(|p| (p.text.as_str(), p.query.as_str(), p.words, p.count, p.articles)).collect();
    assert_eq!(shown, [("park budget", "\"park budget\"", 2, 3, 2)]);
    let at = c.phrases[0].occurrences(&c);
    assert_eq!(at.iter().map(|h| h.doc).collect::<Vec<_>>(), [1, 2, 2]);
    for h in &at {
        let file = [A, B, C][h.doc];
        assert_eq!(h.source.of(file), "park budget");
        assert_eq!(h.hit.span.of(&c.docs[h.doc].blocks[h.hit.block].text), "park budget");
    }
    let bytes = c.to_bytes();
    assert_eq!(Corpus::from_bytes(&bytes).unwrap().phrases, c.phrases, "kept in the corpus file");
}

#[test]
fn outlets_group_articles_by_publisher() {
    let docs = [
        ("a.txt", "A council votes on the new bridge today\n\nBy Ann Writer, Harbor City Ledger - May 1, 2020\n\nThe council voted on the bridge.\n"),
        ("b.txt", "The mayor opens the new bridge at last\n\nBy Bo Reed, Harbor City Ledger - June 1, 2020\n\nThe mayor opened the bridge.\n"),
        ("c.txt", "A park is planned for the river bank\n\nThe city plans a park by the river.\n"),
    ];
    let c = Corpus::from_texts(docs).unwrap();
    let outlets = c.outlets();
    let groups: Vec<(Option<&str>, Vec<usize>)> = outlets.iter().map(|g| (g.name.as_deref(), g.docs.clone())).collect();
    assert_eq!(groups, [(Some("Harbor City Ledger"), vec![0, 1]), (None, vec![2])]);
    let cmp = Comparison::outlet(&c, &c.outlets()[0]);
    assert_eq!(
        (cmp.target_label.as_str(), cmp.reference_label.as_str(), cmp.reference.as_slice()),
        ("this outlet's 2 articles", "the other article", &[2][..])
    );
}

#[test]
fn grouping_and_window_keys() {
    assert_eq!(Grouping::from_key(Grouping::Stems.key()), Grouping::Stems);
    assert_eq!(Grouping::from_key("anything"), Grouping::Forms);
    assert_eq!(TrendOrder::from_key(TrendOrder::Date.key()), TrendOrder::Date);
    assert_eq!((clamp_window(0), clamp_window(5), clamp_window(11)), (1, 5, 10));
}

/// The seed articles, as the build reads them.
fn seeds() -> Corpus {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let seeds = crate::source::read_seed_dir(&dir).expect("seeds read");
    Corpus::from_texts(seeds.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).expect("seeds build")
}

#[test]
fn the_word_read_from_the_text_is_the_word_the_postings_put_there() {
    let c = seeds();
    let index = &c.index;
    let mut at = vec![None; index.n_positions() as usize];
    for w in 0..index.words.len() as u32 {
        for p in index.postings(w) {
            at[p as usize] = Some(w);
        }
    }
    let mut words = units::WordAt::new(&c);
    for (b, block) in index.blocks.iter().enumerate() {
        for p in block.positions() {
            assert_eq!(words.word(b, p), at[p as usize], "position {p}");
        }
        assert_eq!(words.word(b, block.start + block.len), None, "past the block");
    }
    // "us" and "US" are both in the seeds: the twins are told apart.
    assert!(index.words.windows(2).any(|w| w[0] == w[1]));
}

#[test]
fn collocates_read_from_the_text_or_from_the_postings_are_the_same() {
    use collocates::{collocates_reading, Reading};
    let c = seeds();
    for grouping in [Grouping::Forms, Grouping::Stems] {
        let counts = WordCounts::new(&c, false, grouping);
        for typed in ["election", "Putin ", "\"great pressure\"", "us ", "US ", "t", "comey OR lavrov"] {
            for window in [1, 5, 10] {
                let q = Query::parse(typed);
                let opts = CollocateOptions { window, min_count: 1 };
                let text = collocates_reading(&c, &counts, &q, None, &opts, Reading::Text);
                let postings = collocates_reading(&c, &counts, &q, None, &opts, Reading::Postings);
                assert_eq!(text, postings, "{typed:?} ±{window} {grouping:?}");
            }
        }
    }
}
