//! Saved web pages: the article's text and what the page states about it, from a parsed page.
//!
//! The extraction is written once, over [`Node`]: the four things it asks of a parsed page (an
//! element's name, an attribute, the children in order, the text of a text node). The build
//! and the command-line tool parse with html5ever (`native.rs`, feature `native-html`); the page
//! parses with the browser's own `DOMParser` (`dom.rs`, feature `dom`). Both follow the HTML
//! standard's parsing rules, so the same file gives the same tree and the same article.
//!
//! What is read:
//!
//! - **Blocks.** Paragraphs, headings, list items (as bullets), table cells, figure captions, and
//!   text in any other block element, in document order; a `<br>` ends a block, as a line break
//!   does in a `.txt` file. White space collapses as a browser collapses it; `<q>` gets its
//!   quotation marks.
//! - **Boilerplate, kept and marked.** A block inside `<nav>`, a site `<header>` (not one inside
//!   the `<article>` or `<main>`), `<footer>`, `<aside>`, `<form>`, `<dialog>`, an element whose
//!   ARIA role says the same (`navigation`, `banner`, `contentinfo`, `complementary`, `dialog`,
//!   `search`, …) or whose class or id names a cookie notice, a sign-up box, an advertisement, a
//!   list of related stories, share buttons, a menu or breadcrumbs, is marked with the reason
//!   ([`Boilerplate`]): shown dimmed and folded, left out of counts, never deleted.
//! - **Never read.** `<script>`, `<style>`, `<iframe>`, `<template>`, `<noscript>`, `<svg>`,
//!   `<math>`, `<object>`, `<embed>`, `<canvas>`, images, media, form fields (a button's words are
//!   read), and anything `hidden`,
//!   `aria-hidden` or styled `display: none`: their text is not included. Attributes are never
//!   read except the few below, so event handlers (`onerror=`) and `javascript:` links are
//!   nothing but the text of the link. Nothing of the page is kept as markup: the article is
//!   text.
//! - **The title.** The first `<h1>` outside the boilerplate; else the first heading that says
//!   what the page's metadata calls its title; else that title (`og:title`, JSON-LD `headline`,
//!   `<title>`) is put first as the title block.
//! - **What the page states.** The outlet from `og:site_name` or the JSON-LD publisher; the
//!   author from JSON-LD `author`, `<meta name="author">` or `article:author` (not a web
//!   address); the date from JSON-LD `datePublished`, `article:published_time` and similar
//!   `<meta>`s, or else the first `<time datetime>` of the text. JSON-LD is read from
//!   `<script type="application/ld+json">` as data (`serde_json`), never run; objects of a type
//!   ending in `Article` or `BlogPosting`, also inside `@graph`, with `@id` references followed.
//!   What the page does not state, ingestion still finds in the text (a "By …" line).

use engine::ingest::{Article, BlockKind, Boilerplate, Date, Hints, IngestError};
use serde_json::Value;

use crate::layout::Layout;

/// A node of a parsed HTML page: what the extraction asks of the browser's DOM and of the
/// native parser's tree alike.
pub trait Node: Sized {
    /// The element's local name in lower case (`"p"`, `"nav"`); `None` for a node that is not
    /// an element (text, comment, document).
    fn element_name(&self) -> Option<String>;
    /// The value of the element's attribute `name` (lower case), if it has it.
    fn attribute(&self, name: &str) -> Option<String>;
    /// The node's children, in document order.
    fn children(&self) -> Vec<Self>;
    /// The text of a text node; `None` for any other node.
    fn text(&self) -> Option<String>;
}

/// The article in a parsed page: `document` is the document node (or the `<html>` element).
/// Fails, naming `name`, when the page has no text outside what is never read.
pub fn article_from_node(name: &str, document: &impl Node) -> Result<Article, IngestError> {
    let mut meta = Metadata::default();
    collect_metadata(document, &mut meta, 0);
    let mut walk = Walk::default();
    let body = find(document, "body", 0);
    walk.visit(body.as_ref().unwrap_or(document), Context::default());
    walk.flush();
    let mut layout = walk.layout;
    if !layout.has_words() {
        return Err(IngestError {
            file: name.to_owned(),
            reason: "the page has no text to read (scripts, styles and markup are not read)".to_owned(),
        });
    }
    settle_title(&mut layout, &meta);
    let hints = Hints {
        author: meta.ld_author.or(meta.author),
        date: meta.ld_date.or(meta.date).or(walk.first_time),
        outlet: meta.site_name.or(meta.ld_publisher),
        ..Hints::default()
    };
    Ok(layout.into_article(name.to_owned(), true, hints))
}

/// The title block: the first `<h1>` outside boilerplate (the walk marked it), else a heading or
/// paragraph that says the metadata's title, else that title put first.
fn settle_title(layout: &mut Layout, meta: &Metadata) {
    if layout.marks_mut().iter().any(|m| m.kind == BlockKind::Title) {
        return;
    }
    let Some(title) = meta.og_title.as_ref().or(meta.ld_headline.as_ref()).or(meta.title.as_ref()) else {
        return;
    };
    let key = words_key(title);
    let found = (0..layout.marks_mut().len()).find(|&i| {
        let m = layout.marks_mut()[i];
        m.boilerplate.is_none()
            && matches!(m.kind, BlockKind::Heading | BlockKind::Paragraph)
            && words_key(layout.text_of(&m)) == key
    });
    match found {
        Some(i) => layout.marks_mut()[i].kind = BlockKind::Title,
        None => layout.prepend_title(title),
    }
}

fn words_key(s: &str) -> String {
    engine::normalize::fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements whose text is never read.
const NEVER_READ: &[&str] = &[
    "script", "style", "iframe", "frame", "frameset", "template", "noscript", "svg", "math", "object", "embed",
    "applet", "canvas", "video", "audio", "picture", "map", "head", "title", "link", "meta", "base", "input",
    "textarea", "select", "option", "datalist", "img", "source", "track", "param",
];

/// Elements that start and end a block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
];

/// Where a piece of text is: the kind of block it makes and why it is boilerplate.
#[derive(Clone, Copy, Default)]
struct Context {
    kind: Kind,
    boilerplate: Option<Boilerplate>,
    /// Inside the page's `<article>` or `<main>`.
    in_article: bool,
    in_pre: bool,
    /// How many `<q>`s deep.
    quotes: u8,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Paragraph,
    H1,
    Heading,
    Bullet,
}

/// How deep elements are read. No article nests anywhere near so deep; a page made to exhaust a
/// reader's stack does, and what lies deeper is not read.
pub const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct Walk {
    layout: Layout,
    depth: usize,
    /// The block being gathered, and where its first words were.
    text: String,
    at: Option<Context>,
    title_found: bool,
    /// The first `<time datetime>` in the article's own text.
    first_time: Option<Date>,
}

impl Walk {
    fn visit<N: Node>(&mut self, node: &N, ctx: Context) {
        if let Some(text) = node.text() {
            self.push_text(&text, ctx);
            return;
        }
        let Some(tag) = node.element_name() else {
            // The document node (or a fragment): its children.
            for child in node.children() {
                self.visit(&child, ctx);
            }
            return;
        };
        let tag = tag.as_str();
        if NEVER_READ.contains(&tag) || is_hidden(node) || self.depth >= MAX_DEPTH {
            return;
        }
        if tag == "br" || tag == "hr" {
            self.flush();
            return;
        }
        let mut inner = ctx;
        if matches!(tag, "article" | "main")
            || node.attribute("role").is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        {
            inner.in_article = true;
        }
        if let Some(reason) = boilerplate_of(tag, node, ctx) {
            inner.boilerplate = Some(reason);
        }
        match tag {
            "h1" => inner.kind = Kind::H1,
            "h2" | "h3" | "h4" | "h5" | "h6" => inner.kind = Kind::Heading,
            "li" | "dt" | "dd" => inner.kind = Kind::Bullet,
            "pre" => inner.in_pre = true,
            "time" if ctx.boilerplate.is_none() && self.first_time.is_none() => {
                self.first_time = node.attribute("datetime").and_then(|d| date_of(&d));
            }
            _ => {}
        }
        let block = BLOCK_ELEMENTS.contains(&tag);
        if block {
            self.flush();
        }
        if tag == "q" {
            self.push_text(if ctx.quotes % 2 == 0 { "\u{201C}" } else { "\u{2018}" }, inner);
            inner.quotes = inner.quotes.saturating_add(1);
        }
        self.depth += 1;
        for child in node.children() {
            self.visit(&child, inner);
        }
        self.depth -= 1;
        if tag == "q" {
            self.push_text(if ctx.quotes % 2 == 0 { "\u{201D}" } else { "\u{2019}" }, ctx);
        }
        if block {
            self.flush();
        }
    }

    fn push_text(&mut self, text: &str, ctx: Context) {
        if ctx.in_pre && text.contains('\n') {
            // Preformatted text keeps its lines: each is a block.
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                self.push_text(first, Context { in_pre: false, ..ctx });
            }
            for line in lines {
                self.flush();
                self.push_text(line, Context { in_pre: false, ..ctx });
            }
            return;
        }
        if self.at.is_none() && text.chars().any(|c| !c.is_whitespace()) {
            self.at = Some(ctx);
        }
        if self.at.is_some() {
            self.text.push_str(text);
        } else if !text.is_empty() {
            // White space before the first words of a block still separates inline words.
            self.text.push(' ');
        }
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let Some(ctx) = self.at.take() else { return };
        let kind = match ctx.kind {
            Kind::H1 if ctx.boilerplate.is_none() && !self.title_found => {
                self.title_found = true;
                BlockKind::Title
            }
            Kind::H1 | Kind::Heading => BlockKind::Heading,
            Kind::Bullet => BlockKind::Bullet,
            Kind::Paragraph => BlockKind::Paragraph,
        };
        self.layout.push(kind, ctx.boilerplate, &text);
    }
}

/// Why an element makes its text boilerplate, if it does (see the module documentation).
fn boilerplate_of(tag: &str, node: &impl Node, ctx: Context) -> Option<Boilerplate> {
    use Boilerplate::*;
    let by_tag = match tag {
        "nav" | "menu" => Some(Navigation),
        "header" if !ctx.in_article => Some(Navigation),
        "footer" => Some(Navigation),
        "form" | "dialog" => Some(Notice),
        "figcaption" => Some(Caption),
        _ => None,
    };
    if by_tag.is_some() {
        return by_tag;
    }
    let role = node.attribute("role").map(|r| r.trim().to_ascii_lowercase());
    let by_role = match role.as_deref() {
        Some("navigation" | "menu" | "menubar") => Some(Navigation),
        Some("banner") if !ctx.in_article => Some(Navigation),
        Some("contentinfo") => Some(Navigation),
        Some("dialog" | "alertdialog" | "search" | "form") => Some(Notice),
        _ => None,
    };
    if by_role.is_some() {
        return by_role;
    }
    // A box beside the article, unless its name says more (a list of related stories).
    let sidebar = tag == "aside" || role.as_deref() == Some("complementary");
    // Names a site gives its parts. Not on the page's outer elements, where a class often says
    // what the page is showing ("cookie-banner-open" on <body>).
    if matches!(tag, "html" | "body" | "main" | "article") {
        return None;
    }
    let names = [node.attribute("class"), node.attribute("id")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    let words: Vec<&str> = names.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&[
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "promo",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "sponsored",
    ]) {
        Some(Notice)
    } else if has(&["related", "recommended", "recirculation", "trending", "popular", "outbrain", "taboola"]) {
        Some(RelatedLinks)
    } else if has(&[
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "social",
        "skip",
    ]) {
        Some(Navigation)
    } else if sidebar || has(&["sidebar"]) {
        Some(Sidebar)
    } else {
        None
    }
}

/// Not shown by a browser: `hidden`, `aria-hidden="true"`, or styled `display: none` or
/// `visibility: hidden`.
fn is_hidden(node: &impl Node) -> bool {
    if node.attribute("hidden").is_some()
        || node.attribute("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    node.attribute("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// The first element named `tag` in document order.
fn find<N: Node>(node: &N, tag: &str, depth: usize) -> Option<N> {
    if depth >= MAX_DEPTH {
        return None;
    }
    for child in node.children() {
        if child.element_name().as_deref() == Some(tag) {
            return Some(child);
        }
        if let Some(found) = find(&child, tag, depth + 1) {
            return Some(found);
        }
    }
    None
}

/// What a page's metadata states.
#[derive(Default)]
struct Metadata {
    title: Option<String>,
    og_title: Option<String>,
    site_name: Option<String>,
    author: Option<String>,
    date: Option<Date>,
    ld_headline: Option<String>,
    ld_author: Option<String>,
    ld_date: Option<Date>,
    ld_publisher: Option<String>,
}

fn collect_metadata<N: Node>(node: &N, meta: &mut Metadata, depth: usize) {
    if depth >= MAX_DEPTH {
        return;
    }
    for child in node.children() {
        let Some(tag) = child.element_name() else {
            continue;
        };
        match tag.as_str() {
            "title" if meta.title.is_none() => meta.title = stated(&text_of(&child, 0)),
            "meta" => read_meta(&child, meta),
            "script" => {
                let kind = child.attribute("type").unwrap_or_default();
                if kind.trim().eq_ignore_ascii_case("application/ld+json") {
                    read_json_ld(&text_of(&child, 0), meta);
                }
            }
            // Nothing of the page's metadata is inside these.
            "svg" | "math" | "template" => {}
            _ => collect_metadata(&child, meta, depth + 1),
        }
    }
}

fn read_meta(node: &impl Node, meta: &mut Metadata) {
    let key = node
        .attribute("property")
        .or_else(|| node.attribute("name"))
        .or_else(|| node.attribute("itemprop"))
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let Some(value) = node.attribute("content").and_then(|c| stated(&c)) else {
        return;
    };
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(value.clone());
        }
    };
    match key.as_str() {
        "og:site_name" => set(&mut meta.site_name),
        "og:title" | "twitter:title" => set(&mut meta.og_title),
        "author" | "article:author" | "byl" | "parsely-author" | "sailthru.author" | "dc.creator"
        | "dcterms.creator"
            if !is_address(&value) =>
        {
            set(&mut meta.author);
            if let Some(a) = meta.author.as_mut() {
                *a = without_by(a).to_owned();
            }
        }
        "article:published_time"
        | "og:published_time"
        | "datepublished"
        | "date"
        | "pubdate"
        | "publish-date"
        | "publishdate"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.date"
        | "dcterms.issued"
        | "sailthru.date"
        | "parsely-pub-date"
            if meta.date.is_none() =>
        {
            meta.date = date_of(&value);
        }
        _ => {}
    }
}

/// A web address rather than a name (`article:author` is often a profile page).
fn is_address(s: &str) -> bool {
    let s = s.trim_start().to_ascii_lowercase();
    s.starts_with("http:") || s.starts_with("https:") || s.starts_with("www.") || s.starts_with('/')
}

/// "By Jane Doe" → "Jane Doe" (some pages' author meta has the byline's word).
fn without_by(s: &str) -> &str {
    s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")).unwrap_or(s).trim()
}

/// JSON-LD: the first object of an article type, its headline, author, date and publisher.
fn read_json_ld(json: &str, meta: &mut Metadata) {
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return;
    };
    let mut objects = Vec::new();
    gather_objects(&value, &mut objects, 0);
    let by_id = |id: &str| objects.iter().copied().find(|o| o.get("@id").and_then(Value::as_str) == Some(id));
    // An object, or what its `@id` refers to when it is only a reference.
    let resolve = |v: &'_ Value| -> Option<Value> {
        match v.get("@id").and_then(Value::as_str) {
            Some(id) if v.as_object().is_some_and(|o| o.len() == 1) => by_id(id).cloned(),
            _ => Some(v.clone()),
        }
    };
    let Some(article) = objects.iter().copied().find(|o| is_article_type(o.get("@type"))) else {
        return;
    };
    if meta.ld_headline.is_none() {
        meta.ld_headline =
            article.get("headline").or_else(|| article.get("name")).and_then(Value::as_str).and_then(stated);
    }
    if meta.ld_date.is_none() {
        meta.ld_date = article
            .get("datePublished")
            .or_else(|| article.get("dateCreated"))
            .and_then(Value::as_str)
            .and_then(date_of);
    }
    if meta.ld_author.is_none() {
        let names: Vec<String> = match article.get("author") {
            Some(Value::Array(list)) => list.iter().filter_map(|a| name_of(&resolve(a)?)).collect(),
            Some(a) => resolve(a).and_then(|a| name_of(&a)).into_iter().collect(),
            None => Vec::new(),
        };
        meta.ld_author = match names.len() {
            0 => None,
            1 => Some(names[0].clone()),
            n => Some(format!("{} and {}", names[..n - 1].join(", "), names[n - 1])),
        };
    }
    if meta.ld_publisher.is_none() {
        meta.ld_publisher = article.get("publisher").and_then(|p| match p {
            Value::Array(list) => list.first().and_then(resolve).and_then(|p| name_of(&p)),
            p => resolve(p).and_then(|p| name_of(&p)),
        });
    }
}

/// Every JSON object in `value`, in document order (`@graph` lists included), not too deep.
fn gather_objects<'a>(value: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(list) => list.iter().for_each(|v| gather_objects(v, out, depth + 1)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                gather_objects(graph, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let is = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
    match kind {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// A person's or organisation's name: a string that is not a web address, or an object's `name`.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !is_address(s) => stated(without_by(s)),
        Value::Object(o) => o.get("name").and_then(Value::as_str).filter(|s| !is_address(s)).and_then(stated),
        _ => None,
    }
}

/// A value with its white space collapsed, when it has any words; at most 300 characters.
fn stated(s: &str) -> Option<String> {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s: String = s.chars().filter(|c| !c.is_control()).take(300).collect();
    s.chars().any(char::is_alphanumeric).then_some(s)
}

/// The text of every text node under `node` (a `<title>`, a JSON-LD script).
fn text_of<N: Node>(node: &N, depth: usize) -> String {
    let mut out = String::new();
    if depth >= MAX_DEPTH {
        return out;
    }
    for child in node.children() {
        match child.text() {
            Some(t) => out.push_str(&t),
            None => out.push_str(&text_of(&child, depth + 1)),
        }
    }
    out
}

/// A date as pages write it in their metadata: ISO 8601 ("2024-03-05T09:30:00-05:00", the date
/// as the page states it, in its own time zone), or as in text ("March 5, 2024").
pub fn date_of(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone()).filter(|d| d.iter().all(u8::is_ascii_digit)).and_then(|_| s[r].parse::<u16>().ok())
    };
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) {
            if (1..=12).contains(&month) && (1..=31).contains(&day) && (1000..=2999).contains(&year) {
                return Some(Date { year, month: month as u8, day: day as u8 });
            }
        }
    }
    engine::ingest::parse_date(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of a page parsed natively: (kind, boilerplate, text).
    #[cfg(feature = "native-html")]
    fn blocks(html: &str) -> Vec<(BlockKind, Option<Boilerplate>, String)> {
        let a = crate::native::article_from_html("p.html", html).expect("an article");
        a.hints.blocks.iter().map(|m| (m.kind, m.boilerplate, a.text[m.source.range()].to_owned())).collect()
    }

    #[cfg(feature = "native-html")]
    fn hints(html: &str) -> Hints {
        crate::native::article_from_html("p.html", html).expect("an article").hints
    }

    #[cfg(feature = "native-html")]
    #[test]
    fn inline_quotations_line_breaks_and_preformatted_lines() {
        use BlockKind::*;
        let got = blocks("<h1>A title</h1><p>She said <q>we <q>will</q> stay</q>.<br>Next   line<br/></p><pre>one\ntwo</pre><p>a<b>b</b> c</p>");
        let texts: Vec<&str> = got.iter().map(|b| b.2.as_str()).collect();
        assert_eq!(texts, ["A title", "She said “we ‘will’ stay”.", "Next line", "one", "two", "ab c"]);
        assert_eq!(got[0].0, Title);
    }

    #[cfg(feature = "native-html")]
    #[test]
    fn the_title_from_the_metadata_when_the_page_has_no_h1() {
        use BlockKind::*;
        let page = "<head><meta property='og:title' content='Bridge  closes'></head><body><nav><h1>Site</h1></nav><h2>Bridge closes</h2><p>Text.</p></body>";
        assert_eq!(
            blocks(page)[1],
            (Title, None, "Bridge closes".into()),
            "the heading that says it; the h1 in the menu is not the title"
        );
        let page = "<head><title>Bridge closes | The Site</title></head><body><p>Text of it.</p></body>";
        assert_eq!(
            blocks(page)[0],
            (Title, None, "Bridge closes | The Site".into()),
            "put first when the page does not say it"
        );
    }

    #[cfg(feature = "native-html")]
    #[test]
    fn hidden_parts_and_roles() {
        use Boilerplate::*;
        let got = blocks("<h1>A title here</h1><div style='display: none'>gone</div><p aria-hidden='true'>gone</p><div role='navigation'>Menu</div><div role='complementary'>Box</div><section class='share-tools'>Share</section><div class='ad-slot'>Buy</div><p>Kept</p>");
        let rest: Vec<(Option<Boilerplate>, &str)> = got[1..].iter().map(|b| (b.1, b.2.as_str())).collect();
        assert_eq!(
            rest,
            [
                (Some(Navigation), "Menu"),
                (Some(Sidebar), "Box"),
                (Some(Navigation), "Share"),
                (Some(Notice), "Buy"),
                (None, "Kept")
            ]
        );
    }

    #[cfg(feature = "native-html")]
    #[test]
    fn what_the_metadata_states() {
        let ld = r##"<script type="application/ld+json">[{"@type":["NewsArticle"],"author":[{"name":"Ana Ruiz"},{"@id":"#b"},"https://x.example/c"],"datePublished":"2021-07-09","publisher":"The Post"},{"@id":"#b","name":"Ben Ode"}]</script>"##;
        let h = hints(&format!("<head>{ld}<meta name='author' content='Someone Else'></head><body><h1>T</h1></body>"));
        assert_eq!((h.author.as_deref(), h.outlet.as_deref()), (Some("Ana Ruiz and Ben Ode"), Some("The Post")));
        assert_eq!(h.date, Some(Date { year: 2021, month: 7, day: 9 }));
        let h = hints("<head><meta property='article:author' content='https://facebook.com/x'><meta name='author' content='By Jo Lee'></head><body><h1>T</h1><aside><time datetime='2020-01-01'>x</time></aside><p><time datetime='2022-02-03'>Feb 3</time></p></body>");
        assert_eq!(
            (h.author.as_deref(), h.outlet.as_deref()),
            (Some("Jo Lee"), None),
            "a web address is not an author"
        );
        assert_eq!(
            h.date,
            Some(Date { year: 2022, month: 2, day: 3 }),
            "the first <time> of the text, not of a sidebar"
        );
        let h = hints("<head><script type='application/ld+json'>{ not json</script></head><body><h1>T</h1></body>");
        assert_eq!(
            h,
            Hints { blocks: h.blocks.clone(), structure_stated: true, ..Hints::default() },
            "broken JSON-LD states nothing"
        );
    }

    #[cfg(feature = "native-html")]
    #[test]
    fn a_page_nested_too_deep_is_read_to_a_depth_and_never_overflows() {
        let deep = format!("<h1>A title here</h1>{}deep{}<p>after</p>", "<div>".repeat(1_000), "</div>".repeat(1_000));
        let texts: Vec<String> = blocks(&deep).into_iter().map(|b| b.2).collect();
        assert_eq!(texts, ["A title here", "after"]);
    }

    #[test]
    fn dates_as_pages_state_them() {
        assert_eq!(date_of("2024-03-05T09:30:00-05:00"), Some(Date { year: 2024, month: 3, day: 5 }));
        assert_eq!(date_of(" 2024-03-05 "), Some(Date { year: 2024, month: 3, day: 5 }));
        assert_eq!(date_of("March 5, 2024"), Some(Date { year: 2024, month: 3, day: 5 }));
        assert_eq!(date_of("2024-13-05"), None);
        assert_eq!(date_of("soon"), None);
        assert_eq!(date_of("2024-é3-05"), None, "never panics on a multi-byte character");
    }
}
