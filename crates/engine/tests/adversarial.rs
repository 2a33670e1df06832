//! Corpora a teacher might copy from anywhere: each builds with a clear outcome (an error naming
//! the file, or correct handling), and searching what was built never breaks an offset.

use std::path::PathBuf;

use engine::search::{hits, search, SearchOptions};
use engine::source::read_seed_dir;
use engine::{Corpus, Query};

/// Builds a one-article corpus, checks every block's text is the exact source slice, and that
/// searching for `query` gives hits on char boundaries. Returns the corpus.
#[track_caller]
fn builds(name: &str, text: &str, query: &str) -> Corpus {
    let corpus = Corpus::from_texts([(name, text)]).unwrap_or_else(|e| panic!("{name} should build: {e}"));
    for b in &corpus.docs[0].blocks {
        assert_eq!(&text[b.source.range()], b.text);
    }
    let q = Query::parse(query);
    let r = search(&corpus, &q, &SearchOptions { include_boilerplate: true, docs: None });
    for d in &r.docs {
        for h in &hits(&corpus, &q, d.doc, true) {
            let t = &corpus.docs[d.doc].blocks[h.block].text;
            assert!(t.is_char_boundary(h.span.start as usize) && t.is_char_boundary(h.span.end as usize));
        }
    }
    for q in &corpus.quotes.quotes {
        assert!(text.is_char_boundary(q.source.start as usize) && text.is_char_boundary(q.source.end as usize));
    }
    corpus
}

fn n_hits(corpus: &Corpus, query: &str) -> usize {
    let q = Query::parse(query);
    search(corpus, &q, &SearchOptions::default()).docs.iter().map(|d| hits(corpus, &q, d.doc, false).len()).sum()
}

const BODY: &str = "The senator said the plan would fail, and reporters asked why the plan was changed.";

#[test]
fn empty_and_blank_files_fail_with_the_reason() {
    assert_eq!(Corpus::from_texts([("e.txt", "")]).unwrap_err().to_string(), "e.txt: the file is empty");
    assert_eq!(
        Corpus::from_texts([("w.txt", " \t\r\n\u{a0}\n")]).unwrap_err().to_string(),
        "w.txt: the file holds only white space"
    );
}

#[test]
fn crlf_and_lone_cr_line_ends_make_the_same_paragraphs() {
    let lf =
        builds("lf.txt", &format!("A title of four words\n\n{BODY}\n\nSecond paragraph here, quite short.\n"), "plan");
    let crlf = builds(
        "crlf.txt",
        &format!("A title of four words\r\n\r\n{BODY}\r\n\r\nSecond paragraph here, quite short.\r\n"),
        "plan",
    );
    let cr =
        builds("cr.txt", &format!("A title of four words\r\r{BODY}\r\rSecond paragraph here, quite short.\r"), "plan");
    let texts = |c: &Corpus| c.docs[0].blocks.iter().map(|b| b.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&lf), texts(&crlf));
    assert_eq!(texts(&lf), texts(&cr));
    assert_eq!(n_hits(&cr, "plan "), 2);
}

#[test]
fn a_five_megabyte_single_line_builds_and_searches() {
    let line = BODY.repeat(5 * 1024 * 1024 / BODY.len() + 1);
    let text = format!("A title of four words\n{line}");
    assert!(text.len() > 5 * 1024 * 1024);
    let c = builds("long.txt", &text, "senator");
    assert!(n_hits(&c, "senator ") > 50_000);
}

#[test]
fn ten_thousand_unbalanced_quotation_marks() {
    let text = format!("A title of four words\n\n{}{BODY}\n\n“{}", "“".repeat(10_000), "\" ".repeat(5_000));
    let c = builds("quotes.txt", &text, "senator");
    assert_eq!(n_hits(&c, "senator "), 1);
}

#[test]
fn invisible_controls_rtl_text_emoji_and_combining_marks() {
    let text = format!(
        "A title of four words\n\nZero\u{200b}width and bidi \u{202e}override\u{202c} and \u{2066}isolate\u{2069} controls. {BODY}\n\n\
         مرحبا بالعالم، قال الوزير إن الخطة ستفشل. Hebrew: שלום עולם.\n\n\
         Emoji 👩‍👩‍👧 and flags 🇺🇸 and combining e\u{301}cole, Zelénskyy, Zelenskyy.\n"
    );
    let c = builds("scripts.txt", &text, "zelenskyy");
    assert_eq!(n_hits(&c, "zelenskyy "), 2, "diacritics fold");
    assert_eq!(n_hits(&c, "ecole "), 1, "a combining accent folds too");
    assert_eq!(n_hits(&c, "الخطة"), 1, "right-to-left words are words");
    // A zero-width space is a word break (Unicode's word rules say so), invisible but honoured.
    assert_eq!(n_hits(&c, "\"zero width\""), 1);
}

#[test]
fn markup_in_the_text_is_kept_as_text() {
    let text = format!("A title of four words\n\n<script>alert(1)</script> <img src=x onerror=\"alert(2)\"> {BODY}\n");
    let c = builds("html.txt", &text, "script");
    assert!(c.docs[0].blocks[1].text.starts_with("<script>alert(1)</script>"));
    assert_eq!(n_hits(&c, "onerror "), 1);
}

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-adversarial-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn file_names_with_spaces_and_non_ascii_letters_get_usable_slugs() {
    let dir = folder("names");
    std::fs::write(dir.join("Zeitung Ökonomie – März.txt"), format!("A title of four words\n\n{BODY}")).unwrap();
    std::fs::write(dir.join("zeitung ökonomie – märz.txt"), format!("Another title of four words\n\n{BODY}")).unwrap();
    let read = read_seed_dir(&dir).unwrap();
    let c = Corpus::from_texts(read.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).unwrap();
    let slugs: Vec<&str> = c.docs.iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(slugs.len(), 2);
    assert_ne!(slugs[0], slugs[1], "slugs are unique");
    assert!(slugs.iter().all(|s| !s.contains(' ') && !s.contains('/') && !s.contains('?') && !s.contains('#')));
    assert_eq!(c.doc_by_slug(slugs[1]), Some(1));
}

#[test]
fn two_thousand_tiny_files() {
    let dir = folder("many");
    for i in 0..2000 {
        std::fs::write(dir.join(format!("{i:04}.txt")), format!("Tiny article number {i}\n\nWord{i} appears here."))
            .unwrap();
    }
    let read = read_seed_dir(&dir).unwrap();
    assert_eq!(read.files.len(), 2000);
    let c = Corpus::from_texts(read.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).unwrap();
    assert_eq!(c.docs.len(), 2000);
    assert_eq!(
        search(&c, &Query::parse("word1234 "), &SearchOptions::default())
            .docs
            .iter()
            .map(|d| d.doc)
            .collect::<Vec<_>>(),
        [1234]
    );
    let bytes = c.to_bytes();
    assert_eq!(Corpus::from_bytes(&bytes).unwrap().docs.len(), 2000);
}
