//! The first screen's article list, written into `index.html` at build time.
//!
//! The page paints `index.html` long before its WebAssembly has been downloaded, compiled and has
//! decoded the corpus (on a school laptop, seconds). So the build puts the list the app opens with
//! (no search: the first articles in corpus order, with the line under each title and its lead)
//! into the first screen as plain HTML: the articles can be read and opened (the titles are
//! ordinary links) while the app starts, and when it is ready the app's own list takes its place
//! with the same markup and classes, so nothing moves (`src/lib.rs`, `src/app.rs`;
//! `e2e/serving.test.mjs` checks both). The words come from the engine (`engine::listing`), as the
//! app's do. The filter boxes are drawn too (disabled until the app runs), so that on a phone,
//! where they sit above the list, the list does not jump down when they appear.
//!
//! The list goes between two comments of `index.html`, [`START`] and [`END`], replacing what was
//! there, so building into the same folder again does not pile lists up.

use engine::listing::PAGE;
use engine::Corpus;

pub const START: &str = "<!-- crosscheck:first-screen -->";
pub const END: &str = "<!-- /crosscheck:first-screen -->";

/// Above this many articles the filter list scrolls (the app's `DEFER_COUNTS_ABOVE` rule, which
/// adds the class `long`), and the first screen draws only its first [`PAGE`] boxes: they fill
/// the scrolling box, and the page stays the same size however many articles there are.
const LONG_LIST: usize = 50;

/// The first screen's layout: the filter (disabled) and the first [`PAGE`] articles.
pub fn first_screen(corpus: &Corpus) -> String {
    let n = corpus.docs.len();
    let mut out = String::from(r#"<div class="layout" id="boot-layout"><aside class="sidebar" aria-label="Filters"><fieldset class="boot-filter"><legend>Articles</legend><ul class="doc-options"#);
    if n > LONG_LIST {
        out.push_str(" long");
    }
    out.push_str(r#"">"#);
    let boxes = if n > LONG_LIST { PAGE } else { n };
    for d in corpus.docs.iter().take(boxes) {
        out += &format!(r#"<li><label class="doc-option"><input type="checkbox" checked disabled><span class="doc-name">{}</span><span class="doc-count none" aria-hidden="true"></span><span class="visually-hidden"></span></label></li>"#, text(&d.title));
    }
    out.push_str(concat!(
        r#"</ul></fieldset><label class="switch"><input type="checkbox" disabled> Include site navigation and other boilerplate</label>"#,
        r#"<section class="own-articles"><h2>Your own articles</h2><p class="hint">Open .txt files (or drop them on the page): they are read here, in this browser, and never uploaded.</p>"#,
        r#"<label class="file-button">Add .txt files…<input type="file" disabled></label></section></aside>"#,
        r#"<main class="boot-main"><ol class="results" aria-label="Articles">"#,
    ));
    for (k, d) in corpus.docs.iter().enumerate().take(PAGE) {
        out += &format!(
            r##"<li class="result"><h2 class="result-heading"><a class="result-title" href="#/article/{}">{}</a></h2><p class="result-meta">{}</p><p class="lead">{}</p></li>"##,
            href_part(&d.slug),
            text(&d.title),
            text(&corpus.meta_line(k)),
            text(&corpus.lead(k))
        );
    }
    out.push_str("</ol>");
    if n > PAGE {
        let more = match (n - PAGE).min(PAGE) {
            1 => "Show 1 more article".to_owned(),
            m => format!("Show {m} more articles"),
        };
        out += &format!(r#"<p class="more-results"><button type="button" disabled>{more}</button> ({PAGE} shown of {n})</p>"#);
    }
    out.push_str("</main></div>");
    out
}

/// `html` with `fragment` between [`START`] and [`END`] (replacing what was there), or `None` when
/// the page has no such place.
pub fn put(html: &str, fragment: &str) -> Option<String> {
    let start = html.find(START)? + START.len();
    let end = start + html[start..].find(END)?;
    Some(format!("{}{fragment}{}", &html[..start], &html[end..]))
}

/// Text for HTML content and attribute values.
fn text(s: &str) -> String {
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

/// A slug as part of a link's address: letters, digits, `-` and `_` as they are, anything else
/// (a slug keeps any letter, `é` included) percent-encoded.
fn href_part(slug: &str) -> String {
    let mut out = String::with_capacity(slug.len());
    for b in slug.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(b as char);
        } else {
            out += &format!("%{b:02X}");
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
        let texts: Vec<(String, String)> = (0..23).map(|i| (format!("a{i:02}.txt"), article(&format!("Bridge vote number {i} <draft> & \"final\"")))).collect();
        let corpus = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap();
        let html = first_screen(&corpus);
        assert_eq!(html.matches(r#"<li class="result">"#).count(), PAGE, "the first page only");
        assert_eq!(html.matches(r#"<input type="checkbox" checked disabled>"#).count(), 23, "every article in the filter");
        assert!(!html.contains(" long"));
        assert!(html.contains(r##"<a class="result-title" href="#/article/a00">Bridge vote number 0 &lt;draft&gt; &amp; &quot;final&quot;</a>"##), "{html}");
        assert!(html.contains(r#"<p class="result-meta">By Ann Writer · 3 March 2020 · "#), "{html}");
        assert!(html.contains(r#"<p class="lead">The council voted on Tuesday"#), "{html}");
        assert!(html.contains(r#"<button type="button" disabled>Show 3 more articles</button> (20 shown of 23)"#), "{html}");
        assert!(!html.contains("<draft>"), "text is escaped");
    }

    #[test]
    fn a_long_collection_adds_nothing_to_the_page_beyond_its_first_page() {
        let texts: Vec<(String, String)> = (0..60).map(|i| (format!("a{i:02}.txt"), article(&format!("Bridge vote number {i}")))).collect();
        let corpus = Corpus::from_texts(texts.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap();
        let html = first_screen(&corpus);
        assert!(html.contains(r#"<ul class="doc-options long">"#));
        assert_eq!(html.matches(r#"<input type="checkbox" checked disabled>"#).count(), PAGE);
        assert_eq!(html.matches(r#"<li class="result">"#).count(), PAGE);
        assert!(html.contains("(20 shown of 60)"));
    }

    #[test]
    fn the_list_replaces_the_one_of_an_earlier_build_and_needs_its_place() {
        let page = format!("<body><div id=\"boot\">{START}<p>placeholder</p>{END}</div></body>");
        let once = put(&page, "<ol>1</ol>").unwrap();
        assert_eq!(once, format!("<body><div id=\"boot\">{START}<ol>1</ol>{END}</div></body>"));
        assert_eq!(put(&once, "<ol>2</ol>").unwrap(), format!("<body><div id=\"boot\">{START}<ol>2</ol>{END}</div></body>"));
        assert!(put("<body></body>", "x").is_none());
        assert_eq!(href_part("café (1)"), "caf%C3%A9%20%281%29");
    }
}
