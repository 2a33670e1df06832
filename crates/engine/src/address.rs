//! One definition of a view's address: which screen, and the parameters of what it shows, to and
//! from the part of a URL after `#` (`/quotes?speaker=Sergey+Lavrov&docs=…`).
//!
//! # Design
//!
//! - **The address is the view.** Everything a link must reproduce (the search, the article
//!   filter, the open article, the selected hit, quotation or name, the compared pair, the sort)
//!   is a field of [`ViewParams`]; a screen draws what its address says. The page, the exercise
//!   sheet, the first screen's links, the hand-in file and the command line all write addresses
//!   through [`Address`], and the page reads them back through it, so there is one spelling of
//!   every key and one way each value is written.
//! - **Ids that outlive the collection.** An address names articles by slug, a quotation by its
//!   article and where it starts ([`QuoteRef`]) and a name by its canonical name, never by a row
//!   number: adding or removing an article does not change what a link opens.
//! - **Parsing never fails.** A query string that cannot be read as a whole gives the default
//!   parameters and says so ([`Address::parse`]'s flag), so the page can show a note; an unknown
//!   path is [`Screen::NotFound`]; unknown keys are ignored (a newer link in an older page).
//! - Encoding: the query is `application/x-www-form-urlencoded` (as a form and the router write
//!   it, `form_urlencoded`); the one path parameter, an article's slug, is percent-encoded.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A screen of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Screen {
    /// The search over all articles (`#/`).
    #[default]
    Search,
    /// One article in the reader (`#/article/SLUG`).
    Article {
        slug: String,
    },
    Quotes,
    /// Who is quoted where: speakers × articles.
    Speakers,
    /// People, organisations and places (`#/entities`).
    Names,
    Compare,
    Timeline,
    /// The sourcing profiles, cards and table.
    Profiles,
    /// The exercise sheet and the student's answers.
    Exercises,
    /// Every hit of a query (or a word form), one line each, the hit in the middle.
    Concordance,
    /// Word frequencies, and each article's (or outlet's) distinctive words.
    Words,
    /// A word's rate article by article, as a chart.
    Trends,
    /// The words near a query.
    Collocates,
    /// A lesson's start (`#/lesson`): its title, instructions and "Start"; or where to open one.
    Lesson,
    /// The teacher's lesson editor (`#/teach`).
    Teach,
    /// The teacher's overview of hand-in files (`#/hand-ins`).
    HandIns,
    /// The help page (`#/help`).
    Help,
    /// An address that names no screen (`#/404` and anything unknown).
    NotFound,
}

impl Screen {
    /// The path as the address writes it: `/`, `/article/SLUG` (percent-encoded), `/quotes`, …
    pub fn path(&self) -> String {
        match self {
            Screen::Article { slug } => format!("/article/{}", percent_encode_segment(slug)),
            other => other.fixed_path().to_owned(),
        }
    }

    fn fixed_path(&self) -> &'static str {
        match self {
            Screen::Search => "/",
            Screen::Article { .. } => "/article/",
            Screen::Quotes => "/quotes",
            Screen::Speakers => "/speakers",
            Screen::Names => "/entities",
            Screen::Compare => "/compare",
            Screen::Timeline => "/timeline",
            Screen::Profiles => "/profiles",
            Screen::Exercises => "/exercises",
            Screen::Concordance => "/concordance",
            Screen::Words => "/words",
            Screen::Trends => "/trends",
            Screen::Collocates => "/collocates",
            Screen::Lesson => "/lesson",
            Screen::Teach => "/teach",
            Screen::HandIns => "/hand-ins",
            Screen::Help => "/help",
            Screen::NotFound => "/404",
        }
    }

    /// The screen at a path (as [`Screen::path`] writes it; an empty path is the search).
    pub fn from_path(path: &str) -> Screen {
        let path = path.trim_end_matches('/');
        if path.is_empty() {
            return Screen::Search;
        }
        if let Some(slug) = path.strip_prefix("/article/") {
            let slug = percent_decode(slug);
            return if slug.is_empty() || slug.contains('/') { Screen::NotFound } else { Screen::Article { slug } };
        }
        Screen::ALL_FIXED.iter().find(|s| s.fixed_path() == path).cloned().unwrap_or(Screen::NotFound)
    }

    /// The screens without a parameter in their path.
    const ALL_FIXED: [Screen; 16] = [
        Screen::Quotes,
        Screen::Speakers,
        Screen::Names,
        Screen::Compare,
        Screen::Timeline,
        Screen::Profiles,
        Screen::Exercises,
        Screen::Concordance,
        Screen::Words,
        Screen::Trends,
        Screen::Collocates,
        Screen::NotFound,
        Screen::Lesson,
        Screen::Teach,
        Screen::HandIns,
        Screen::Help,
    ];

    /// The screen's name in the page: its link in the header, the tab title.
    pub fn label(&self) -> &'static str {
        match self {
            Screen::Search => "Articles",
            Screen::Article { .. } => "Article",
            Screen::Quotes => "Quotes",
            Screen::Speakers => "Who is quoted where",
            Screen::Names => "Names",
            Screen::Compare => "Compare",
            Screen::Timeline => "Timeline",
            Screen::Profiles => "Profiles",
            Screen::Exercises => "Exercises",
            Screen::Concordance => "Concordance",
            Screen::Words => "Words",
            Screen::Trends => "Trends",
            Screen::Collocates => "Collocates",
            Screen::Lesson => "Lesson",
            Screen::Teach => "Make a lesson",
            Screen::HandIns => "Hand-ins",
            Screen::Help => "Help",
            Screen::NotFound => "Not found",
        }
    }

    /// Whether two screens are the same screen (an article's reader is one screen whatever the
    /// article).
    pub fn same_kind(&self, other: &Screen) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }

    /// Whether the screen shows the search and keeps it in its links (the timeline and the
    /// profiles do not: typing does not redraw them).
    pub fn uses_search(&self) -> bool {
        !matches!(
            self,
            Screen::Timeline | Screen::Profiles | Screen::Lesson | Screen::Teach | Screen::HandIns | Screen::Help
        )
    }

    /// The screens the page's header links to, in its order (the first screen's header, written
    /// into index.html by the build, and the app's).
    pub const NAV: [Screen; 9] = [
        Screen::Search,
        Screen::Quotes,
        Screen::Speakers,
        Screen::Names,
        Screen::Compare,
        Screen::Timeline,
        Screen::Profiles,
        Screen::Words,
        Screen::Exercises,
    ];

    /// The word tools, which share a row of tabs: one of them is open under the header's "Words".
    pub const WORD_TOOLS: [Screen; 4] = [Screen::Words, Screen::Concordance, Screen::Trends, Screen::Collocates];

    /// Whether the header's link to `nav` is the one for this screen (an article is read from the
    /// articles; the word tools are under "Words").
    pub fn is_under(&self, nav: &Screen) -> bool {
        self.same_kind(nav)
            || (*nav == Screen::Search && matches!(self, Screen::Article { .. } | Screen::NotFound))
            || (*nav == Screen::Words && Screen::WORD_TOOLS.contains(self))
    }
}

/// A quotation named stably: its article's slug and the character offset, in the article's text,
/// where its words start (quotations of one article never overlap). Written `SLUG.START`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuoteRef {
    pub article: String,
    pub start: u32,
}

impl fmt::Display for QuoteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.article, self.start)
    }
}

impl std::str::FromStr for QuoteRef {
    type Err = ();
    fn from_str(s: &str) -> Result<QuoteRef, ()> {
        let (article, start) = s.rsplit_once('.').ok_or(())?;
        if article.is_empty() {
            return Err(());
        }
        Ok(QuoteRef { article: article.to_owned(), start: start.parse().map_err(|_| ())? })
    }
}

/// The view's parameters: the query-string part of the address. Empty fields are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ViewParams {
    /// What was typed in the search box (`q`).
    pub q: String,
    /// The articles searched, as comma-separated slugs; empty for all, `-` for none (`docs`).
    pub docs: String,
    /// Include site navigation and other boilerplate in search (`bp=1`).
    pub bp: bool,
    /// The selected hit in the reader, counted from 1 (`hit`).
    pub hit: Option<usize>,
    /// Quotes view: only this speaker's quotations (canonical name; `-` for quotations with none).
    pub speaker: String,
    /// Quotes view: only this kind (`full`, `partial`, `term`).
    pub kind: String,
    /// Quotes view: only the attributions to check (`check=1`: found less surely).
    pub check: bool,
    /// The selected quotation, highlighted in the reader and the Quotes view.
    pub quote: Option<QuoteRef>,
    /// The selected name (its canonical name), highlighted in the reader and listed (`ent`).
    pub ent: String,
    /// Compare view: the left and right articles (slugs).
    pub a: String,
    pub b: String,
    /// Profiles view: the article whose card is open (slug).
    pub article: String,
    /// Profiles view: the table's sort column (`profile::Measure::key`), `-` in front for
    /// descending.
    pub sort: String,
    /// Reader: the profile measure whose passages are highlighted (`Measure::key`).
    pub ev: String,
    /// Reader: the current passage of `ev`, counted from 1.
    pub evn: Option<usize>,
    /// Word tools: a word form rather than a search (`w=US`: the abbreviation alone).
    pub w: String,
    /// Concordance: only the lines near this search (a collocate's lines), within `window` words.
    pub near: String,
    /// Collocates and the concordance near a word: words on each side (1 to 10; 5 when none).
    pub window: Option<usize>,
    /// Words: `stems` to count a word's forms together.
    pub group: String,
    /// Words: show the stop words ("the", "and") too.
    pub stop: bool,
    /// Words: the outlet whose distinctive words are shown (its name).
    pub outlet: String,
    /// Trends: `date` to order the articles by date.
    pub by: String,
}

/// The keys of [`ViewParams`] in the order an address writes them.
pub const KEYS: [&str; 22] = [
    "q", "docs", "bp", "hit", "speaker", "kind", "check", "quote", "ent", "a", "b", "article", "sort", "ev", "evn",
    "w", "near", "window", "group", "stop", "outlet", "by",
];

impl ViewParams {
    /// The parameters as `(key, value)` pairs, in [`KEYS`] order, empty ones left out, not yet
    /// URL-encoded.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut text = |key: &'static str, value: &str| {
            if !value.is_empty() {
                out.push((key, value.to_owned()));
            }
        };
        text("q", &self.q);
        text("docs", &self.docs);
        text("bp", if self.bp { "1" } else { "" });
        text("hit", &self.hit.map(|n| n.to_string()).unwrap_or_default());
        text("speaker", &self.speaker);
        text("kind", &self.kind);
        text("check", if self.check { "1" } else { "" });
        text("quote", &self.quote.as_ref().map(QuoteRef::to_string).unwrap_or_default());
        text("ent", &self.ent);
        text("a", &self.a);
        text("b", &self.b);
        text("article", &self.article);
        text("sort", &self.sort);
        text("ev", &self.ev);
        text("evn", &self.evn.map(|n| n.to_string()).unwrap_or_default());
        text("w", &self.w);
        text("near", &self.near);
        text("window", &self.window.map(|n| n.to_string()).unwrap_or_default());
        text("group", &self.group);
        text("stop", if self.stop { "1" } else { "" });
        text("outlet", &self.outlet);
        text("by", &self.by);
        out
    }

    /// Parameters from `(key, value)` pairs (decoded); `Err` with the first key whose value cannot
    /// be read. Unknown keys are ignored; a key given twice keeps its last value.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<ViewParams, String> {
        let mut p = ViewParams::default();
        let number = |key: &str, v: &str| v.parse::<usize>().map(Some).map_err(|_| key.to_owned());
        for (key, value) in pairs {
            match key {
                "q" => p.q = value.to_owned(),
                "docs" => p.docs = value.to_owned(),
                "bp" | "check" | "stop" => {
                    let on = match value {
                        "" | "0" => false,
                        "1" => true,
                        _ => return Err(key.to_owned()),
                    };
                    match key {
                        "bp" => p.bp = on,
                        "check" => p.check = on,
                        _ => p.stop = on,
                    }
                }
                "hit" => p.hit = number(key, value)?,
                "speaker" => p.speaker = value.to_owned(),
                "kind" => p.kind = value.to_owned(),
                "quote" => p.quote = Some(value.parse().map_err(|_| key.to_owned())?),
                "ent" => p.ent = value.to_owned(),
                "a" => p.a = value.to_owned(),
                "b" => p.b = value.to_owned(),
                "article" => p.article = value.to_owned(),
                "sort" => p.sort = value.to_owned(),
                "ev" => p.ev = value.to_owned(),
                "evn" => p.evn = number(key, value)?,
                "w" => p.w = value.to_owned(),
                "near" => p.near = value.to_owned(),
                "window" => p.window = number(key, value)?,
                "group" => p.group = value.to_owned(),
                "outlet" => p.outlet = value.to_owned(),
                "by" => p.by = value.to_owned(),
                _ => {}
            }
        }
        Ok(p)
    }

    /// The query string (`q=great+pressure&docs=…`), form-urlencoded; empty when every field is.
    pub fn query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs() {
            s.append_pair(k, &v);
        }
        s.finish()
    }

    /// Parameters from a query string (with or without its `?`); `Err` names the first key whose
    /// value cannot be read.
    pub fn from_query(query: &str) -> Result<ViewParams, String> {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        ViewParams::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The include-boilerplate switch.
    pub fn include_boilerplate(&self) -> bool {
        self.bp
    }

    /// These parameters for a list screen (no selected hit, quotation or name).
    pub fn for_search(&self) -> ViewParams {
        ViewParams { hit: None, quote: None, ent: String::new(), ..self.clone() }
    }

    /// These parameters for another screen opened from the header: what is selected is left
    /// behind, and the word tools' settings stay with the word tools.
    pub fn for_screen(&self, screen: &Screen) -> ViewParams {
        let p = self.for_search();
        if Screen::WORD_TOOLS.contains(screen) {
            p
        } else {
            ViewParams {
                w: String::new(),
                near: String::new(),
                window: None,
                group: String::new(),
                stop: false,
                outlet: String::new(),
                by: String::new(),
                ..p
            }
        }
    }

    /// These parameters with the name `ent` selected.
    pub fn at_entity(&self, ent: &str) -> ViewParams {
        ViewParams { hit: None, quote: None, ent: ent.to_owned(), ..self.clone() }
    }

    /// These parameters with hit `n` (counted from 1) selected.
    pub fn at_hit(&self, n: usize) -> ViewParams {
        ViewParams { hit: Some(n), quote: None, ent: String::new(), ..self.clone() }
    }

    /// These parameters with a quotation selected.
    pub fn at_quote(&self, quote: QuoteRef) -> ViewParams {
        ViewParams { hit: None, quote: Some(quote), ent: String::new(), ..self.clone() }
    }

    /// These parameters without the search, for a screen that neither shows it nor keeps it in
    /// its links ([`Screen::uses_search`]).
    pub fn without_search(&self) -> ViewParams {
        ViewParams { q: String::new(), ..self.clone() }
    }
}

/// A whole address: a screen and its parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    pub screen: Screen,
    pub params: ViewParams,
}

impl Address {
    pub fn new(screen: Screen, params: ViewParams) -> Address {
        Address { screen, params }
    }

    /// The address after `#`: the path, and `?` and the query when there is one.
    pub fn fragment(&self) -> String {
        let query = self.params.query();
        if query.is_empty() {
            self.screen.path()
        } else {
            format!("{}?{query}", self.screen.path())
        }
    }

    /// A link to the view within the page: `#` and the fragment.
    pub fn href(&self) -> String {
        format!("#{}", self.fragment())
    }

    /// The address a fragment names (with or without its `#`), and whether its query string could
    /// not be read (then the parameters are the default ones).
    pub fn parse(fragment: &str) -> (Address, bool) {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        Address::from_parts(path, query)
    }

    /// The address of a path and a query string read apart (as a router gives them).
    pub fn from_parts(path: &str, query: &str) -> (Address, bool) {
        let screen = Screen::from_path(path);
        match ViewParams::from_query(query) {
            Ok(params) => (Address { screen, params }, false),
            Err(_) => (Address { screen, params: ViewParams::default() }, true),
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.href())
    }
}

/// Percent-encodes a path segment: everything but ASCII letters, digits and `-._~`.
fn percent_encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (invalid ones are kept as written; invalid UTF-8 is replaced).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn check(fragment: &str, screen: Screen, params: ViewParams) {
        let (got, bad) = Address::parse(fragment);
        assert!(!bad, "{fragment} reads");
        assert_eq!(got, Address { screen, params });
    }

    #[test]
    fn the_addresses_the_page_writes() {
        check("#/", Screen::Search, ViewParams::default());
        check("", Screen::Search, ViewParams::default());
        check("#/?q=great+pressure", Screen::Search, ViewParams { q: "great pressure".into(), ..Default::default() });
        check(
            "#/article/abc_12?q=kislyak&hit=2",
            Screen::Article { slug: "abc_12".into() },
            ViewParams { q: "kislyak".into(), hit: Some(2), ..Default::default() },
        );
        check(
            "#/quotes?quote=abc_12.345&speaker=Sergey+Lavrov",
            Screen::Quotes,
            ViewParams {
                quote: Some(QuoteRef { article: "abc_12".into(), start: 345 }),
                speaker: "Sergey Lavrov".into(),
                ..Default::default()
            },
        );
        check(
            "#/entities?ent=Just+Security",
            Screen::Names,
            ViewParams { ent: "Just Security".into(), ..Default::default() },
        );
        check("#/no/such/page", Screen::NotFound, ViewParams::default());
        assert_eq!(Screen::from_path("/article/"), Screen::NotFound);
    }

    #[test]
    fn a_query_that_cannot_be_read_gives_the_defaults_and_says_so() {
        let (a, bad) = Address::parse("#/?hit=not-a-number&bp=7000");
        assert!(bad);
        assert_eq!(a, Address { screen: Screen::Search, params: ViewParams::default() });
        let (a, bad) = Address::parse("#/quotes?quote=nodot");
        assert!(bad && a.screen == Screen::Quotes);
        let (_, bad) = Address::parse("#/quotes?unknown=1&q=x");
        assert!(!bad, "unknown keys are ignored");
    }

    #[test]
    fn the_address_is_written_in_the_order_of_the_keys_with_empty_fields_left_out() {
        let p = ViewParams { evn: Some(3), ev: "hedges".into(), q: "a&b =c".into(), bp: true, ..Default::default() };
        assert_eq!(
            Address::new(Screen::Article { slug: "café (1)".into() }, p).href(),
            "#/article/caf%C3%A9%20%281%29?q=a%26b+%3Dc&bp=1&ev=hedges&evn=3"
        );
        assert_eq!(Address::default().href(), "#/");
    }

    fn text() -> impl Strategy<Value = String> {
        // Any characters, the URL's own ones (& = + % # ? / .) often.
        prop::collection::vec(
            prop_oneof![any::<char>(), prop::sample::select(vec!['&', '=', '+', '%', '#', '?', '/', '.', ' ', ','])],
            0..12,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    fn slug() -> impl Strategy<Value = String> {
        text().prop_filter("a slug has no slash and is not empty", |s| !s.is_empty() && !s.contains('/'))
    }

    fn screen() -> impl Strategy<Value = Screen> {
        prop_oneof![
            Just(Screen::Search),
            slug().prop_map(|slug| Screen::Article { slug }),
            prop::sample::select(Screen::ALL_FIXED.to_vec()),
        ]
    }

    fn params() -> impl Strategy<Value = ViewParams> {
        let quote = prop::option::of((slug(), any::<u32>()).prop_map(|(article, start)| QuoteRef { article, start }));
        (
            (text(), text(), any::<bool>(), prop::option::of(0usize..100_000), text(), text(), quote),
            (text(), text(), text(), text(), text(), text(), prop::option::of(0usize..1000), any::<bool>()),
            (text(), text(), prop::option::of(0usize..20), text(), any::<bool>(), text(), text()),
        )
            .prop_map(
                |(
                    (q, docs, bp, hit, speaker, kind, quote),
                    (ent, a, b, article, sort, ev, evn, check),
                    (w, near, window, group, stop, outlet, by),
                )| ViewParams {
                    q,
                    docs,
                    bp,
                    hit,
                    speaker,
                    kind,
                    check,
                    quote,
                    ent,
                    a,
                    b,
                    article,
                    sort,
                    ev,
                    evn,
                    w,
                    near,
                    window,
                    group,
                    stop,
                    outlet,
                    by,
                },
            )
    }

    proptest! {
        /// Every view's parameters survive a round trip through the address.
        #[test]
        fn every_view_survives_a_round_trip_through_its_address(screen in screen(), params in params()) {
            let address = Address { screen, params };
            let href = address.href();
            let (back, bad) = Address::parse(&href);
            prop_assert!(!bad, "{href} could not be read");
            prop_assert_eq!(back, address);
        }
    }
}
