//! The first screen's HTML: its article list, written into `index.html` at build time, and the
//! list for a search, which the first module (`page.rs`) writes while the app itself loads.
//!
//! The page paints `index.html` long before the app's WebAssembly has been downloaded, compiled and
//! has decoded the corpus (on a school laptop, seconds). So the build puts the list the app opens
//! with (no search: the first articles in corpus order, with the line under each title and its
//! lead) into the first screen as plain HTML: the articles can be read and opened (the titles are
//! ordinary links) while the app starts. A small module (a quarter of the app's bytes) then makes the
//! search box work on that list, with [`main_content`] for what is typed, and when the app is
//! ready its own list takes the place of both, with the same markup and classes, so nothing moves
//! (`src/lib.rs`, `src/app.rs`, `src/search_view.rs`; `e2e/serving.test.mjs` and
//! `e2e/first-screen.test.mjs` check it). The words come from the engine (`engine::listing`), as
//! the app's do. The filter boxes are drawn too (disabled until the app runs), so that on a phone,
//! where they sit above the list, the list does not jump down when they appear.
//!
//! The layout goes between two comments of `index.html`, [`START`] and [`END`], replacing what was
//! there, so building into the same folder again does not pile lists up.

use engine::address::{Address, Screen, ViewParams};
use engine::listing::{
    plural, search_summary, show_more, NO_MATCH, NO_MATCH_HINT, PAGE, SNIPPETS_SHOWN, SNIPPET_RADIUS,
};
use engine::search::{hits, search, segments, snippets, SearchOptions};
use engine::{Corpus, Query};

/// The home screen's first line: what Crosscheck is for (the app's home and its help say the same).
pub const HOME_PURPOSE: &str = "Crosscheck shows how the news is sourced: who is quoted and who is not named, what articles share, cut or leave out, all in this browser.";
/// The home screen's second line: the way in for teachers and for students, and the help, as
/// (link, what it is); their screens' paths are `HOME_PATHS`.
pub const HOME_ENTRIES: [(&str, &str); 3] = [
    ("Make a lesson", "for teachers: pick articles, write questions, hand it out as one file;"),
    ("Open a lesson", "for students: the file or link your teacher gave you;"),
    ("Help", "what each view shows."),
];
const HOME_PATHS: [&str; 3] = ["#/teach", "#/lesson", "#/help"];
/// What the sidebar's own-articles box says it does, and its button (the app's box, `src/byo.rs`,
/// has the same words, so it does not move when the app takes over).
pub const OWN_ARTICLES_HINT: &str = "Open .txt, .html, .docx or .md files (or drop them on the page), or paste an article: they are read here, never uploaded, and kept in this browser until you remove them.";
pub const ADD_ARTICLES: &str = "Add articles…";

pub const START: &str = "<!-- crosscheck:first-screen -->";
pub const END: &str = "<!-- /crosscheck:first-screen -->";

/// Above this many articles the filter list scrolls (the app's `DEFER_COUNTS_ABOVE` rule, which
/// adds the class `long`), and the first screen draws only its first [`PAGE`] boxes: they fill
/// the scrolling box, and the page stays the same size however many articles there are.
const LONG_LIST: usize = 50;

/// The first screen's layout: the filter (disabled) and the first [`PAGE`] articles.
pub fn first_screen(corpus: &Corpus) -> String {
    let n = corpus.docs.len();
    let mut out = format!(
        r#"<div class="layout" id="boot-layout"><aside class="sidebar boot-sidebar" aria-label="Filters"><button type="button" class="filters-toggle" disabled><span class="toggle-mark" aria-hidden="true">▸</span> Articles: {n} of {n}<span class="toggle-more"> · add your own</span></button><div class="filters-body"><fieldset class="boot-filter"><legend>Articles</legend><ul class="doc-options"#
    );
    if n > LONG_LIST {
        out.push_str(" long");
    }
    out.push_str(r#"">"#);
    let boxes = if n > LONG_LIST { PAGE } else { n };
    for (k, d) in corpus.docs.iter().enumerate().take(boxes) {
        out += &format!(
            r#"<li><label class="doc-option"><input type="checkbox" checked disabled><span class="doc-name"><span class="art-num" title="{title}"><span class="visually-hidden">Article </span>{}</span> {title}</span><span class="doc-count none" aria-hidden="true"></span><span class="visually-hidden"></span></label></li>"#,
            corpus.number(k),
            title = text(&d.title)
        );
    }
    out.push_str(r#"</ul></fieldset><label class="switch"><input type="checkbox" disabled> Include site navigation and other boilerplate</label>"#);
    out += &format!(
        r#"<section class="own-articles"><h2>Your own articles</h2><p class="hint">{}</p><label class="file-button">{}<input type="file" disabled></label></section></div></aside><main class="boot-main">"#,
        text(OWN_ARTICLES_HINT),
        text(ADD_ARTICLES)
    );
    out += &main_content(corpus, "");
    out.push_str("</main></div>");
    out
}

/// The home screen's two lines ([`HOME_PURPOSE`], [`HOME_ENTRIES`]) as the app writes them.
fn home_intro() -> String {
    let entries: Vec<String> = HOME_ENTRIES
        .iter()
        .zip(HOME_PATHS)
        .map(|((label, what), href)| {
            format!(r#"<a href="{href}" class="entry">{}</a> <span>{}</span>"#, text(label), text(what))
        })
        .collect();
    format!(
        r#"<section class="home-intro" aria-label="What Crosscheck is for"><p class="purpose">{}</p><p class="entries">{}</p></section>"#,
        text(HOME_PURPOSE),
        entries.join(" ")
    )
}

/// What the first screen's `<main>` holds for `typed`: with nothing typed, the first [`PAGE`]
/// articles with their leads; else the notes on the search and the line that sums it up (announced
/// to screen readers), and the first [`PAGE`] matching articles, each with its hits in up to three
/// snippets, marked, every link opening the article at its hit, as the app's list has them. The
/// search is the app's (the engine's), on the body text of every article: the first screen has no
/// filter yet.
pub fn main_content(corpus: &Corpus, typed: &str) -> String {
    let query = Query::parse(typed);
    let searching = !typed.trim().is_empty();
    let results = search(corpus, &query, &SearchOptions::default());
    let mut out = String::new();
    if !searching {
        out.push_str(&home_intro());
    }
    if searching {
        out.push_str(r#"<div id="boot-notes" role="status" aria-live="polite">"#);
        for note in &results.notes {
            out += &format!(r#"<p class="query-note">{}</p>"#, text(&note.message()));
        }
        out += &format!(r#"<p class="summary">{}</p></div>"#, search_summary(&results));
        if results.docs.is_empty() {
            out += &format!(r#"<div class="empty"><p>{NO_MATCH}</p><p>{NO_MATCH_HINT}</p></div>"#);
            return out;
        }
    }
    // The links the app's list has: the reader at a hit, with the search (`engine::address`).
    let reader = |slug: &str, hit: Option<usize>| {
        let params =
            ViewParams { q: if searching { typed.to_owned() } else { String::new() }, hit, ..ViewParams::default() };
        text(&Address::new(Screen::Article { slug: slug.to_owned() }, params).href())
    };
    let at_hit = |slug: &str, n: usize| reader(slug, Some(n));
    out.push_str(r#"<ol class="results" aria-label="Articles">"#);
    for (k, r) in results.docs.iter().take(PAGE).enumerate() {
        let d = &corpus.docs[r.doc];
        let found = if r.n_hits == 0 { Vec::new() } else { hits(corpus, &query, r.doc, false) };
        let title_href = if found.is_empty() { reader(&d.slug, None) } else { at_hit(&d.slug, 1) };
        out += &format!(
            r#"<li class="result" data-doc="{}" id="result-{}"><h2 class="result-heading"><span class="art-num" title="{}"><span class="visually-hidden">Article </span>{}</span> <a class="result-title" href="{title_href}">{}</a></h2><p class="result-meta">{}"#,
            text(&d.slug),
            k + 1,
            text(&d.title),
            corpus.number(r.doc),
            text(&d.title),
            text(&corpus.meta_line(r.doc)),
        );
        if r.n_hits > 0 {
            out += &format!(r#" · <span class="result-hits">{}</span>"#, plural(r.n_hits, "hit"));
        }
        out.push_str("</p>");
        if found.is_empty() {
            out += &format!(r#"<p class="lead">{}</p>"#, text(&corpus.lead(r.doc)));
        } else {
            let snips = snippets(corpus, r.doc, &found, SNIPPET_RADIUS);
            out.push_str(r#"<ul class="snippets">"#);
            for s in snips.iter().take(SNIPPETS_SHOWN) {
                out += &format!(r#"<li class="snippet"><a href="{}">"#, at_hit(&d.slug, s.first_hit + 1));
                if s.cut_start {
                    out.push_str("… ");
                }
                for (span, hit) in segments(&s.text, &s.spans) {
                    let piece = text(&s.text[span.start as usize..span.end as usize]);
                    if hit.is_some() {
                        out += &format!("<mark>{piece}</mark>");
                    } else {
                        out += &piece;
                    }
                }
                if s.cut_end {
                    out.push_str(" …");
                }
                out.push_str("</a></li>");
            }
            out.push_str("</ul>");
            if let Some(next) = snips.get(SNIPPETS_SHOWN) {
                let more = snips.len() - SNIPPETS_SHOWN;
                out += &format!(
                    r#"<p class="more"><a href="{}">{} more in this article</a></p>"#,
                    at_hit(&d.slug, next.first_hit + 1),
                    plural(more, "passage")
                );
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    let n = results.docs.len();
    if n > PAGE {
        out += &format!(
            r#"<p class="more-results"><button type="button" disabled>{}</button> ({PAGE} shown of {n})</p>"#,
            show_more(n - PAGE)
        );
    }
    out
}

/// `html` with `fragment` between [`START`] and [`END`] (replacing what was there), or `None` when
/// the page has no such place.
pub fn put(html: &str, fragment: &str) -> Option<String> {
    between(html, START, END, fragment)
}

/// Where the build puts the first screen's views ([`nav`]) in index.html.
pub const NAV_START: &str = "<!-- crosscheck:nav -->";
pub const NAV_END: &str = "<!-- /crosscheck:nav -->";

/// The first screen's links to the views, as the app's header has them
/// (`engine::address::Screen::NAV`, each labelled and addressed by the engine).
pub fn nav() -> String {
    let mut out = String::from("<ul>");
    for screen in Screen::NAV {
        out += &format!(
            r#"<li><a href="{}">{}</a></li>"#,
            text(&Address::new(screen.clone(), ViewParams::default()).href()),
            text(screen.label())
        );
    }
    out.push_str("</ul>");
    out
}

/// `html` with `fragment` between the comments `start` and `end` (replacing what was there), or
/// `None` when the page has no such place. (The build step also puts the first module's loading
/// elements in `index.html` this way.)
pub fn between(html: &str, start: &str, end: &str, fragment: &str) -> Option<String> {
    let from = html.find(start)? + start.len();
    let to = from + html[from..].find(end)?;
    Some(format!("{}{fragment}{}", &html[..from], &html[to..]))
}

/// Text for HTML content and attribute values (the app's hand-in page writes with it too).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str) -> String {
        format!("{title}\n\nBy Ann Writer - March 3, 2020\n\nThe council voted on Tuesday to build the new bridge, ending a debate that has lasted for years.\n")
    }

    #[test]
    fn the_list_shows_the_first_page_of_articles_as_the_app_does() {
        let texts: Vec<(String, String)> = (0..23)
            .map(|i| (format!("a{i:02}.txt"), article(&format!("Bridge vote number {i} <draft> & \"final\""))))
            .collect();
        let corpus = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap();
        let html = first_screen(&corpus);
        assert_eq!(html.matches(r#"<li class="result" "#).count(), PAGE, "the first page only");
        assert_eq!(
            html.matches(r#"<input type="checkbox" checked disabled>"#).count(),
            23,
            "every article in the filter"
        );
        assert!(!html.contains(" long"));
        assert!(html.contains(r##"<a class="result-title" href="#/article/a00">Bridge vote number 0 &lt;draft&gt; &amp; &quot;final&quot;</a>"##), "{html}");
        assert!(html.contains(r#"<p class="result-meta">By Ann Writer · 3 March 2020 · "#), "{html}");
        assert!(html.contains(r#"<p class="lead">The council voted on Tuesday"#), "{html}");
        assert!(
            html.contains(r#"<button type="button" disabled>Show 3 more articles</button> (20 shown of 23)"#),
            "{html}"
        );
        assert!(!html.contains("<draft>"), "text is escaped");
    }

    #[test]
    fn a_long_collection_adds_nothing_to_the_page_beyond_its_first_page() {
        let texts: Vec<(String, String)> =
            (0..60).map(|i| (format!("a{i:02}.txt"), article(&format!("Bridge vote number {i}")))).collect();
        let corpus = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap();
        let html = first_screen(&corpus);
        assert!(html.contains(r#"<ul class="doc-options long">"#));
        assert_eq!(html.matches(r#"<input type="checkbox" checked disabled>"#).count(), PAGE);
        assert_eq!(html.matches(r#"<li class="result" "#).count(), PAGE);
        assert!(html.contains("(20 shown of 60)"));
    }

    fn seeds() -> Corpus {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
            .expect("seeds/ reads");
        Corpus::from_texts(dir.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).expect("the seeds build")
    }

    #[test]
    fn a_search_lists_the_matching_articles_with_their_hits_marked_and_linked_as_the_app_does() {
        let corpus = seeds();
        let html = main_content(&corpus, "Putin");
        let results = engine::search(&corpus, &Query::parse("Putin"), &SearchOptions::default());
        let hits: usize = results.docs.iter().map(|d| d.n_hits).sum();
        assert!(results.docs.len() > 1 && hits > 10, "the seeds name Putin");
        assert!(
            html.contains(&format!(r#"<p class="summary">{} articles match, {hits} hits.</p>"#, results.docs.len())),
            "{html}"
        );
        assert_eq!(html.matches(r#"<li class="result" "#).count(), results.docs.len());
        // Best first, each opening at its first hit with the search kept, as the app's links do.
        let best = &corpus.docs[results.docs[0].doc].slug;
        assert!(html.contains(&format!(r##"<li class="result" data-doc="{best}" id="result-1"><h2 class="result-heading"><span class="art-num""##)), "{html}");
        assert!(
            html.contains(&format!(r##"</span> <a class="result-title" href="#/article/{best}?q=Putin&amp;hit=1">"##)),
            "{html}"
        );
        assert!(html.contains("<mark>Putin</mark>"), "{html}");
        assert!(html.contains(r#"<span class="result-hits">"#));
        assert!(!html.contains(r#"class="lead""#), "snippets instead of leads");
        // Spaces and quotation marks in the links as serde_urlencoded writes them.
        let phrase = main_content(&corpus, "\"election interference\"");
        assert!(phrase.contains("?q=%22election+interference%22&amp;hit=1"), "{phrase}");
        assert!(
            phrase.contains("<mark>election interference</mark>")
                || phrase.contains("<mark>Election interference</mark>"),
            "{phrase}"
        );
    }

    #[test]
    fn nothing_found_or_an_odd_search_says_so_and_nothing_typed_gives_the_build_s_list() {
        let corpus = seeds();
        let none = main_content(&corpus, "zzxxqq");
        assert!(
            none.contains(r#"<p class="summary">No article matches.</p>"#)
                && none.contains("No article matches this search."),
            "{none}"
        );
        assert!(!none.contains("<ol"));
        let odd = main_content(&corpus, "\"unclosed");
        assert!(odd.contains(r#"<p class="query-note">"#), "a note on the odd search: {odd}");
        let home = main_content(&corpus, "  ");
        assert!(!home.contains("boot-notes") && home.contains(r#"<p class="lead">"#), "{home}");
        assert!(first_screen(&corpus).contains(&main_content(&corpus, "")));
    }

    #[test]
    fn the_first_screen_searches_every_spelling_and_abbreviation_as_the_app_does() {
        // What it reads (the documents, with the index derived from them, and the names spelled
        // apart) is enough for the spellings the Names view merged and for abbreviations.
        let bytes = seeds().search_part();
        let corpus = engine::parts::SearchReader::new(&bytes[..]).and_then(|r| r.finish()).expect("decodes");
        let zelensky = main_content(&corpus, "Zelensky");
        assert!(
            zelensky.contains(r#"<p class="query-note">Also searching Zelenskiy: "#),
            "typed, Zelensky is the start of Zelenskyy: {zelensky}"
        );
        assert!(zelensky.contains(r#"<p class="summary">2 articles match, 4 hits.</p>"#), "{zelensky}");
        assert!(
            zelensky.contains("<mark>Zelenskiy</mark>") && zelensky.contains("<mark>Zelenskyy</mark>"),
            "{zelensky}"
        );
        let us = main_content(&corpus, "US");
        assert!(us.contains("searched for the abbreviation only"), "{us}");
        assert!(!us.contains("<mark>us</mark>") && !us.contains("<mark>use"), "{us}");
        let and = main_content(&corpus, "comey AND lavrov");
        assert!(!and.to_lowercase().contains("<mark>and</mark>"), "{and}");
        let quote = main_content(&corpus, "\"");
        assert!(
            quote.contains(r#"<p class="summary">Nothing to search for yet, so all 5 articles are listed.</p>"#),
            "{quote}"
        );
        assert_eq!(
            main_content(&corpus, "Zelensky"),
            main_content(&seeds(), "Zelensky"),
            "the same as with the whole corpus"
        );
    }

    #[test]
    fn the_list_replaces_the_one_of_an_earlier_build_and_needs_its_place() {
        let page = format!("<body><div id=\"boot\">{START}<p>placeholder</p>{END}</div></body>");
        let once = put(&page, "<ol>1</ol>").unwrap();
        assert_eq!(once, format!("<body><div id=\"boot\">{START}<ol>1</ol>{END}</div></body>"));
        assert_eq!(
            put(&once, "<ol>2</ol>").unwrap(),
            format!("<body><div id=\"boot\">{START}<ol>2</ol>{END}</div></body>")
        );
        assert!(put("<body></body>", "x").is_none());
    }
}
