//! The reader's own articles, as data: what a file becomes (the worker's first pass), which new
//! articles are admitted (duplicates refused, ids given), and the record each is kept as in the
//! browser. Pure, and tested natively; `crate::byo` (the page) and `crate::worker` (the web
//! worker) do the moving.
//!
//! # Design
//!
//! - **One reader for every form, split where the browser forces it.** A file becomes an
//!   [`Article`] through `formats::read_file_with`, as the build reads it. Decoding, Word
//!   documents, Markdown and text run in the worker (their readers never enter the page's
//!   module). A saved web page is decoded there too, but its markup is parsed on the page's
//!   thread by the browser's own `DOMParser` (which does not exist in a worker):
//!   [`convert`] hands the decoded page back as [`Converted::Html`], the page makes the article
//!   with [`article_from_page`] (the same extraction as the build's, over the DOM) and sends it on.
//! - **An article's id comes from its content** ([`engine::ingest::content_slug`]: a few words of
//!   its title and eight hex digits of its fingerprint), given once when it is admitted and kept
//!   in its hints: the same file added in another browser has the same id, so a link to it works
//!   there, and adding or removing another article never changes it.
//! - **The same article twice is refused**, naming the one it repeats: whatever the files'
//!   names or forms, two articles with the same own words (`Document::fingerprint`) are one.
//! - **Kept as the converted article, not the file** ([`record`]): a versioned JSON value, so a
//!   reload needs no reader at all, what a teacher corrected (title, outlet, author, date) is
//!   kept with it, and a record this version cannot read is named and passed over
//!   ([`read_record`]), never a reason for the others not to load.

use std::cell::RefCell;
use std::collections::HashMap;

use engine::ingest::{content_slug, ingest_article, Article, IngestError};
use engine::library::Library;
use serde::Deserialize;

/// What a stored record says it is.
pub const RECORD_FORMAT: &str = "crosscheck-own-article";
/// Bumped when the stored layout changes; a record of another version is named, not read.
pub const RECORD_VERSION: u64 = 1;

/// What the worker's first pass made of a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Converted {
    Article(Article),
    /// A saved web page, decoded (its `<meta charset>` or the detector's guess): for the page to
    /// parse with `DOMParser`.
    Html(String),
    /// Why the file is not an article.
    Refused(String),
}

/// A file's (clean) name and what it becomes, read as the build reads it; a saved page is
/// decoded and handed back for the page's thread to parse.
pub fn convert(name: &str, bytes: &[u8]) -> (String, Converted) {
    let name = formats::clean_name(name);
    let deferred = Deferred::default();
    let converted = match formats::read_file_with(&name, bytes, &deferred) {
        Ok(article) => Converted::Article(article),
        Err(e) => match deferred.0.take() {
            Some(page) => Converted::Html(page),
            None => Converted::Refused(e.reason),
        },
    };
    (name, converted)
}

/// An HTML parser that parses nothing: it keeps the decoded page for the page's thread.
#[derive(Default)]
struct Deferred(RefCell<Option<String>>);

impl formats::HtmlParser for Deferred {
    fn article(&self, name: &str, html: &str) -> Result<Article, IngestError> {
        *self.0.borrow_mut() = Some(html.to_owned());
        Err(IngestError { file: name.to_owned(), reason: String::new() })
    }
}

/// The article of a saved page decoded by [`convert`], parsed by `html` (the browser's
/// `DOMParser` in the page, html5ever in tests): what `formats::read_file_with` makes of the
/// same file. (One with no words is refused by [`admit`], in the worker, with the build's reason:
/// ingestion's rules stay out of the page's module.)
pub fn article_from_page(name: &str, page: &str, html: &impl formats::HtmlParser) -> Result<Article, IngestError> {
    html.article(name, page)
}

/// [`article_from_page`] as the JSON the page hands to the worker.
pub fn page_article(name: &str, page: &str, html: &impl formats::HtmlParser) -> Result<String, IngestError> {
    article_from_page(name, page, html).map(|a| serde_json::to_string(&a).expect("an article serialises"))
}

/// What [`admit`] decided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Admitted {
    /// The articles kept before, then the new ones admitted, each with its id.
    pub articles: Vec<Article>,
    /// How many of `articles` are new (the last ones).
    pub new: usize,
    /// The new ones refused: (name, reason).
    pub refused: Vec<(String, String)>,
}

/// Admits `new` articles after the collection's (`library`) and those `kept` before: each gets
/// its id from its content, unless it has one; one that repeats an article already there (or
/// one admitted just before it) is refused, naming it. Articles kept before are kept as they are.
pub fn admit(library: &Library, kept: Vec<Article>, new: Vec<Article>) -> Admitted {
    let mut seen: HashMap<u64, String> = HashMap::new();
    let describe = |doc: &engine::Document, where_: &str| format!("“{}” ({}){where_}", doc.title, doc.file_name);
    for a in &library.files {
        if let Ok(d) = ingest_article(a) {
            seen.entry(d.fingerprint()).or_insert_with(|| describe(&d, ", one of the collection’s articles"));
        }
    }
    let mut out = Admitted { articles: Vec::new(), new: 0, refused: Vec::new() };
    for mut a in kept {
        if let Ok(d) = ingest_article(&a) {
            seen.entry(d.fingerprint()).or_insert_with(|| describe(&d, ", added before"));
            if a.hints.slug.is_none() {
                a.hints.slug = Some(content_slug(&d));
            }
        }
        out.articles.push(a);
    }
    for mut a in new {
        let d = match ingest_article(&a) {
            Ok(d) => d,
            Err(e) => {
                out.refused.push((a.name.clone(), e.reason));
                continue;
            }
        };
        if let Some(earlier) = seen.get(&d.fingerprint()) {
            out.refused.push((a.name.clone(), format!("is the same article as {earlier}, so it is not added twice")));
            continue;
        }
        seen.insert(d.fingerprint(), describe(&d, ", added just before"));
        if a.hints.slug.is_none() {
            a.hints.slug = Some(content_slug(&d));
        }
        out.articles.push(a);
        out.new += 1;
    }
    out
}

/// How an own article is kept in the browser: `{"format":"crosscheck-own-article","version":1,
/// "order":…,"article":{…}}`, the article as JSON (`article_json`, as the worker wrote it: the
/// page never reads an article); `order` (when it was added, in milliseconds) keeps the articles
/// in the order they were added, so their numbers stay the same over a reload.
pub fn record(article_json: &str, order: u64) -> String {
    format!(r#"{{"format":"{RECORD_FORMAT}","version":{RECORD_VERSION},"order":{order},"article":{article_json}}}"#)
}

/// The article a stored record holds, with its order, or why it cannot be read (damaged,
/// written by another version, not a record). Never panics.
pub fn read_record(raw: &str) -> Result<(u64, Article), String> {
    #[derive(Deserialize)]
    struct Record {
        #[serde(default)]
        order: u64,
        article: Article,
    }
    let value = crate::stored::read(raw, RECORD_FORMAT, RECORD_VERSION, "saved article")?;
    let Record { order, article } = serde_json::from_value::<Record>(value)
        .map_err(|_| "it is damaged (its content has the wrong shape)".to_owned())?;
    if article.hints.slug.as_deref().is_none_or(|s| s.is_empty()) {
        return Err("it is damaged (the article has no id)".to_owned());
    }
    ingest_article(&article).map_err(|e| format!("it is damaged ({})", e.reason))?;
    Ok((order, article))
}

/// A name to show for a stored record that cannot be read: the article's name when the record
/// still says it, else its key.
pub fn record_name(key: &str, raw: &str) -> String {
    serde_json::from_str::<serde_json::Value>(raw)
        .ok()
        .and_then(|v| v.pointer("/article/name").and_then(|n| n.as_str()).map(formats::clean_name))
        .unwrap_or_else(|| formats::clean_name(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/e2e/fixtures/own-articles/{name}", env!("CARGO_MANIFEST_DIR")))
            .expect("the fixture is there")
    }

    const GOOD: [&str; 4] =
        ["old-mill-bridge.html", "riverside-library.docx", "eastbrook-orchestra-1252.txt", "gull-island-ferry.md"];

    /// What the page does with a file: the worker's pass, then a saved page parsed (here by the
    /// native parser, in the page by the browser's).
    fn through_the_page(name: &str, bytes: &[u8]) -> Result<Article, String> {
        let article = match convert(name, bytes).1 {
            Converted::Article(a) => a,
            Converted::Html(page) => {
                article_from_page(&formats::clean_name(name), &page, &formats::NativeHtml).map_err(|e| e.reason)?
            }
            Converted::Refused(why) => return Err(why),
        };
        // The worker's admission, which refuses an article with no words.
        let admitted = admit(&Library::default(), vec![], vec![article]);
        match admitted.refused.first() {
            Some((_, why)) => Err(why.clone()),
            None => {
                let mut a = admitted.articles[0].clone();
                a.hints.slug = None;
                Ok(a)
            }
        }
    }

    #[test]
    fn every_form_becomes_the_article_the_build_makes_of_the_same_file() {
        let dir = std::env::temp_dir().join(format!("crosscheck-own-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for name in GOOD {
            std::fs::write(dir.join(name), fixture(name)).unwrap();
        }
        let seeds = formats::read_seed_dir(&dir).expect("the folder reads");
        for built in &seeds.files {
            let page = through_the_page(&built.name, &fixture(&built.name)).expect("the page reads it");
            assert_eq!(&page, built, "{}: the page's article is the build's", built.name);
        }
        assert!(
            matches!(convert("old-mill-bridge.html", &fixture("old-mill-bridge.html")).1, Converted::Html(_)),
            "a saved page goes back to the page's thread"
        );
        assert!(matches!(
            convert("riverside-library.docx", &fixture("riverside-library.docx")).1,
            Converted::Article(_)
        ));
    }

    #[test]
    fn bad_files_are_refused_with_the_build_reasons() {
        for (name, says) in [
            ("empty.txt", "the file is empty"),
            ("binary-named.txt", "does not hold text"),
            ("not-a-word-document.docx", "not a Word document"),
            ("zip-bomb.docx", "64 MB"),
            ("article.pdf", "is a PDF"),
            ("old-word.doc", "old Word document"),
            ("scripts-only.html", "no text"),
        ] {
            let why = through_the_page(name, &fixture(&format!("bad/{name}"))).expect_err(name);
            assert!(why.contains(says), "{name}: {why}");
        }
        let big = vec![b'a'; (formats::MAX_FILE_BYTES + 1) as usize];
        assert!(through_the_page("big.txt", &big).unwrap_err().contains("save only the article"));
        assert_eq!(
            convert("<img src=x onerror=alert(1)>\u{202e}txt.exe", b"x").0,
            "<img src=x onerror=alert(1)>txt.exe",
            "names are plain text"
        );
    }

    fn plain(name: &str, text: &str) -> Article {
        Article::plain(name, text)
    }

    const FERRY: &str = "Harbour council weighs a new ferry timetable\n\nThe council met on Tuesday, and “we cannot run empty boats,” said Marisol Okonkwo.\n";

    #[test]
    fn new_articles_get_ids_from_their_content_and_repeats_are_refused_naming_the_first() {
        let library = Library {
            files: vec![plain("seed.txt", "A seed article with a long enough title\n\nSome words of its own here.\n")],
            ..Library::default()
        };
        let once = admit(&library, vec![], vec![plain("ferry.txt", FERRY)]);
        assert_eq!((once.new, once.refused.len()), (1, 0));
        let id = once.articles[0].hints.slug.clone().expect("an id");
        assert!(
            id.starts_with("harbour-council-weighs-a-") && id.len() == "harbour-council-weighs-a-".len() + 8,
            "{id}"
        );
        let elsewhere = admit(&Library::default(), vec![], vec![plain("renamed.txt", FERRY)]);
        assert_eq!(
            elsewhere.articles[0].hints.slug.as_deref(),
            Some(id.as_str()),
            "the same article has the same id in another browser, whatever its name"
        );

        let again = admit(
            &library,
            once.articles.clone(),
            vec![
                plain("copy.txt", &FERRY.replace("Harbour council", "HARBOUR  Council")),
                plain("seed-copy.txt", "A seed article with a long enough title\n\nSome words of its own here.\n"),
            ],
        );
        assert_eq!(again.new, 0);
        assert_eq!(again.articles, once.articles, "what was kept stays as it was");
        assert!(
            again.refused[0].1.contains(
                "the same article as “Harbour council weighs a new ferry timetable” (ferry.txt), added before"
            ),
            "{:?}",
            again.refused
        );
        assert!(again.refused[1].1.contains("(seed.txt), one of the collection’s articles"), "{:?}", again.refused);
        let two = admit(&library, vec![], vec![plain("a.txt", FERRY), plain("b.txt", FERRY)]);
        assert_eq!((two.new, two.refused[0].0.as_str()), (1, "b.txt"));
        assert!(two.refused[0].1.contains("(a.txt), added just before"));
    }

    #[test]
    fn a_record_round_trips_and_what_cannot_be_read_says_why() {
        let mut a = admit(&Library::default(), vec![], vec![plain("ferry.txt", FERRY)]).articles.remove(0);
        a.hints.outlet = Some("Island <b>Post</b>".into());
        let raw = record(&serde_json::to_string(&a).unwrap(), 7);
        assert!(raw.starts_with(r#"{"format":"crosscheck-own-article","version":1,"order":7,"article":"#), "{raw}");
        assert_eq!(read_record(&raw), Ok((7, a)));
        assert_eq!(record_name("k", &raw), "ferry.txt");
        for (raw, says) in [
            (&raw[..raw.len() / 2], "damaged (not JSON"),
            (
                r#"{"format":"crosscheck-own-article","version":2,"article":{}}"#,
                "another version of Crosscheck (saved article version 2",
            ),
            (r#"{"format":"something","version":1}"#, "not written by Crosscheck"),
            (r#"{"format":"crosscheck-own-article","version":1,"article":{"name":"x"}}"#, "wrong shape"),
            (
                r#"{"format":"crosscheck-own-article","version":1,"article":{"name":"x","text":"Some text here for you"}}"#,
                "has no id",
            ),
            (
                r#"{"format":"crosscheck-own-article","version":1,"article":{"name":"x","text":"  ","hints":{"slug":"x"}}}"#,
                "white space",
            ),
        ] {
            let why = read_record(raw).expect_err(raw);
            assert!(why.contains(says), "{raw}: {why}");
        }
        assert_eq!(record_name("the-key", "{garbage"), "the-key");
    }
}
