//! The generated corpora are what the benchmarks need: deterministic, the seeds at the smallest
//! size, articles the engine ingests like the seeds, and planted quotations and passages that the
//! engine finds (recall measured here, with floors asserted).

use std::sync::OnceLock;

use corpusgen::{generate, repo_seeds, Generated, Model};
use engine::ingest::{BlockKind, Boilerplate};
use engine::span::Span;
use engine::Corpus;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::learn(&repo_seeds()))
}

/// 120 generated articles after the seeds, and the engine's corpus of them.
fn sample() -> &'static (Generated, Corpus) {
    static SAMPLE: OnceLock<(Generated, Corpus)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let g = model().generate(125, 1);
        let corpus = Corpus::from_texts(g.files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .expect("generated articles ingest");
        (g, corpus)
    })
}

/// Character offsets of `text` as a byte span.
fn bytes(text: &str, start: usize, end: usize) -> Span {
    let at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    Span::new(at(start), at(end))
}

fn doc_of(corpus: &Corpus, file: &str) -> usize {
    corpus.docs.iter().position(|d| d.file_name == file).expect("file is in the corpus")
}

#[test]
fn the_smallest_corpus_is_the_seeds_themselves() {
    let g = generate(&repo_seeds(), 5, 1);
    assert_eq!(g.files, repo_seeds());
    assert!(g.truth.quotations.is_empty() && g.truth.passages.is_empty());
    assert_eq!(generate(&repo_seeds(), 3, 1).files, repo_seeds()[..3]);
}

#[test]
fn the_same_arguments_give_the_same_bytes_and_a_larger_corpus_extends_a_smaller_one() {
    let a = model().generate(60, 3);
    assert!(a == generate(&repo_seeds(), 60, 3), "learning again changes nothing");
    let smaller = model().generate(40, 3);
    assert!(smaller.files == a.files[..40], "the 40 articles are the first 40 of 60");
    assert!(smaller.truth.quotations.iter().all(|q| a.truth.quotations.contains(q)));
    let other = model().generate(60, 4);
    assert!(other.files[..5] == a.files[..5], "the seeds come first whatever the seed");
    assert!(other.files[5..] != a.files[5..], "another seed, other articles");
}

#[test]
fn generated_articles_are_ingested_like_the_seeds() {
    let (g, corpus) = sample();
    let generated = &corpus.docs[g.truth.seed_articles..];
    for d in generated {
        assert!(d.title.split_whitespace().count() >= 4, "{}: title {:?}", d.file_name, d.title);
        assert_eq!(d.blocks.iter().filter(|b| b.kind == BlockKind::Title).count(), 1, "{}", d.file_name);
        let body = d.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph && b.boilerplate.is_none()).count();
        assert!(body >= 3, "{}: {body} paragraphs", d.file_name);
    }
    let share = |f: &dyn Fn(&engine::Document) -> bool| {
        generated.iter().filter(|d| f(d)).count() as f64 / generated.len() as f64
    };
    let dated = share(&|d| d.byline.is_some() && d.date.is_some());
    let nav = share(&|d| d.blocks.iter().any(|b| b.boilerplate == Some(Boilerplate::Navigation)));
    let related = share(&|d| d.blocks.iter().any(|b| b.boilerplate == Some(Boilerplate::RelatedLinks)));
    println!("with byline and date {dated:.2}, with navigation {nav:.2}, with a Read More list {related:.2}");
    assert!(dated > 0.8, "{dated}");
    assert!((0.2..0.8).contains(&nav), "{nav}");
    assert!((0.1..0.5).contains(&related), "{related}");
    // Sizes like the seeds' (3 KB to 29 KB, 11 KB on average).
    let mean = g.files[5..].iter().map(|(_, t)| t.len()).sum::<usize>() / generated.len();
    assert!((6_000..18_000).contains(&mean), "{mean} bytes per article");
}

#[test]
fn planted_quotations_are_found_by_the_quotation_extractor() {
    let (g, corpus) = sample();
    let quotes = &corpus.quotes.quotes;
    let (mut spans, mut speakers, mut cues) = (0, 0, 0);
    let mut by_shape: Vec<(&str, usize, usize)> = Vec::new();
    for q in &g.truth.quotations {
        let d = doc_of(corpus, &q.file);
        let text = &g.files[d].1;
        let want = bytes(text, q.start, q.end);
        assert_eq!(want.of(text), q.quote, "the truth's offsets point at the quotation");
        let found = quotes.iter().find(|r| r.doc as usize == d && r.source == want);
        let speaker_ok = found.is_some_and(|r| {
            corpus.quotes.speaker_name(quotes.iter().position(|x| x == r).unwrap()) == Some(q.speaker.as_str())
        });
        spans += usize::from(found.is_some());
        speakers += usize::from(speaker_ok);
        // A continued turn (“First,” Name said. “Rest.”) has no word of saying of its own, so no
        // cue: the earlier sentence's verb is not its cue (issue #17).
        let want_cue = (q.shape != "continued").then_some(q.verb.as_str());
        cues += usize::from(found.is_some_and(|r| r.cue.as_deref() == want_cue));
        match by_shape.iter_mut().find(|s| s.0 == q.shape) {
            Some(s) => (s.1, s.2) = (s.1 + 1, s.2 + usize::from(speaker_ok)),
            None => by_shape.push((q.shape, 1, usize::from(speaker_ok))),
        }
    }
    let n = g.truth.quotations.len();
    // What the extractor found in generated articles that was not planted.
    let generated_found = quotes.iter().filter(|r| r.doc as usize >= g.truth.seed_articles).count();
    let rate = |k: usize| k as f64 / n as f64;
    println!(
        "{n} planted quotations: span recall {:.3}, speaker {:.3}, cue {:.3}; {} found in generated articles ({} not planted)",
        rate(spans),
        rate(speakers),
        rate(cues),
        generated_found,
        generated_found - spans
    );
    for (shape, all, ok) in &by_shape {
        println!("  {shape}: {ok}/{all} with the right speaker");
    }
    assert!(n > 600, "{n}");
    assert!(rate(spans) >= 0.99, "span recall {}", rate(spans));
    assert!(rate(speakers) >= 0.9, "speaker recall {}", rate(speakers));
    assert!(rate(cues) >= 0.95, "cue recall {}", rate(cues));
    assert!(generated_found - spans <= n / 100, "few quotations that were not planted");
}

#[test]
fn planted_passages_are_found_as_shared_passages() {
    let (g, corpus) = sample();
    let overlap = |x: Span, y: Span| (x.end.min(y.end) as usize).saturating_sub(x.start.max(y.start) as usize);
    let (mut copies, mut covered, mut edited, mut edited_covered) = (0, 0, 0, 0);
    let mut planted_spans = Vec::new();
    for p in &g.truth.passages {
        for o in &p.occurrences {
            let d = doc_of(corpus, &o.file);
            let want = bytes(&g.files[d].1, o.start, o.end);
            planted_spans.push((d, want));
            let hit = corpus.shared.iter().any(|s| {
                s.occurrences.iter().any(|x| x.doc as usize == d && overlap(x.source, want) * 2 >= want.len())
            });
            copies += 1;
            covered += usize::from(hit);
            edited += usize::from(o.edited);
            edited_covered += usize::from(o.edited && hit);
        }
    }
    // A statement quoted by several articles is shared text too, and planted.
    for q in &g.truth.quotations {
        let d = doc_of(corpus, &q.file);
        planted_spans.push((d, bytes(&g.files[d].1, q.start, q.end)));
    }
    let accidental = corpus
        .shared
        .iter()
        .filter(|s| {
            !s.occurrences
                .iter()
                .any(|x| planted_spans.iter().any(|&(d, w)| d == x.doc as usize && overlap(x.source, w) > 0))
        })
        .count();
    println!(
        "{} planted passages, {copies} copies: {covered} found ({edited_covered}/{edited} edited ones); {} shared passages reported, {accidental} not planted",
        g.truth.passages.len(),
        corpus.shared.len()
    );
    for s in corpus
        .shared
        .iter()
        .filter(|s| {
            !s.occurrences
                .iter()
                .any(|x| planted_spans.iter().any(|&(d, w)| d == x.doc as usize && overlap(x.source, w) > 0))
        })
        .take(8)
    {
        println!("  {} × {:?}", s.occurrences.len(), s.occurrences[0].text);
    }
    assert!(g.truth.passages.len() >= 8);
    assert_eq!(covered, copies, "every copy of a planted passage is found");
    assert!(accidental * 3 <= corpus.shared.len(), "most shared passages are planted ones");
}
