//! The news shape (`corpusgen --shape news`): deterministic, the seeds first, articles of 3.5 to
//! 6 KB, planted quotations where the truth says and found by the engine.

use std::sync::OnceLock;

use corpusgen::news::{default_learn_dirs, read_learn_dirs, NewsModel};
use corpusgen::{repo_seeds, Generated};
use engine::span::Span;
use engine::Corpus;

fn learn() -> Vec<(String, String)> {
    let (found, missing) = default_learn_dirs();
    if !missing.is_empty() {
        println!("learning without {missing:?}");
    }
    read_learn_dirs(&found).expect("the texts to learn from can be read")
}

fn model() -> &'static NewsModel {
    static MODEL: OnceLock<NewsModel> = OnceLock::new();
    MODEL.get_or_init(|| NewsModel::learn(&repo_seeds(), &learn()))
}

/// 200 articles (the seeds and 195 generated ones).
fn sample() -> &'static Generated {
    static SAMPLE: OnceLock<Generated> = OnceLock::new();
    SAMPLE.get_or_init(|| model().generate(200, 1))
}

/// Character offsets of `text` as a byte span.
fn bytes(text: &str, start: usize, end: usize) -> Span {
    let at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    Span::new(at(start), at(end))
}

#[test]
fn the_news_shape_is_deterministic_and_starts_with_the_seeds() {
    let a = model().generate(60, 3);
    assert!(a == corpusgen::news::generate(&repo_seeds(), &learn(), 60, 3), "learning again changes nothing");
    assert!(model().generate(40, 3).files == a.files[..40], "the 40 articles are the first 40 of 60");
    assert_eq!(a.files[..5], repo_seeds()[..], "the seeds come first");
    assert_eq!(a.truth.seed_articles, 5);
    assert_eq!(a.truth.shape.as_deref(), Some("news"));
    let other = model().generate(60, 4);
    assert!(other.files[5..] != a.files[5..], "another seed, other articles");
    // The default shape is another corpus.
    assert!(corpusgen::generate(&repo_seeds(), 60, 3).files[5..] != a.files[5..]);
}

#[test]
fn news_articles_have_the_size_of_real_ones() {
    let g = sample();
    let sizes: Vec<usize> = g.files[5..].iter().map(|(_, t)| t.len()).collect();
    let mean = sizes.iter().sum::<usize>() / sizes.len();
    let (min, max) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
    println!("{} articles: mean {mean} bytes, {min} to {max}", sizes.len());
    assert!((4_300..=4_900).contains(&mean), "mean {mean}");
    assert!(*min >= 3_300 && *max <= 7_000, "{min} to {max}");
}

#[test]
fn planted_quotations_are_where_the_truth_says_and_the_engine_finds_them() {
    let g = sample();
    let per_kb =
        g.truth.quotations.len() as f64 * 1000.0 / g.files[5..].iter().map(|(_, t)| t.len()).sum::<usize>() as f64;
    assert!((1.8..3.0).contains(&per_kb), "{per_kb} planted quotations per KB");
    for q in &g.truth.quotations {
        let d = g.files.iter().position(|(n, _)| *n == q.file).expect("the file is in the corpus");
        let text = &g.files[d].1;
        let span = bytes(text, q.start, q.end);
        assert_eq!(span.of(text), q.quote, "{}: the truth's offsets point at the quotation", q.file);
        assert!(text[..span.start as usize].ends_with('“') && text[span.end as usize..].starts_with('”'), "{q:?}");
    }
    for p in &g.truth.passages {
        for o in &p.occurrences {
            let text = &g.files.iter().find(|(n, _)| *n == o.file).unwrap().1;
            let copy = bytes(text, o.start, o.end).of(text);
            assert!(o.edited || copy == p.text, "an unedited copy is the passage");
        }
    }
    // The engine's quotation extractor over the first 80 articles.
    let files = &g.files[..80];
    let corpus = Corpus::from_texts(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).expect("articles ingest");
    let quotes = &corpus.quotes.quotes;
    let (mut n, mut spans, mut speakers) = (0, 0, 0);
    for q in g.truth.quotations.iter().filter(|q| files.iter().any(|(f, _)| *f == q.file)) {
        let d = corpus.docs.iter().position(|x| x.file_name == q.file).unwrap();
        let want = bytes(&files[d].1, q.start, q.end);
        let found = quotes.iter().position(|r| r.doc as usize == d && r.source == want);
        n += 1;
        spans += usize::from(found.is_some());
        speakers += usize::from(found.is_some_and(|k| corpus.quotes.speaker_name(k) == Some(q.speaker.as_str())));
    }
    let rate = |k: usize| k as f64 / n as f64;
    println!("{n} planted quotations: span recall {:.3}, speaker recall {:.3}", rate(spans), rate(speakers));
    assert!(n > 500, "{n}");
    assert!(rate(spans) >= 0.97, "span recall {}", rate(spans));
    assert!(rate(speakers) >= 0.8, "speaker recall {}", rate(speakers));
}
