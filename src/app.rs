//! The app shell: router, URL state, derived results, and the layout around the two screens.

use std::rc::Rc;

use engine::search::{search, within, Hit, SearchOptions, SearchResults};
use engine::Query;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::corpus::{corpus, CorpusRef};
use crate::reader::Reader;
use crate::route::{Route, ViewParams};
use crate::crossdoc_view::{CompareView, EntitiesView, TimelineView};
use crate::quotes_view::{QuotesView, SpeakerGrid};
use crate::search_view::{Filters, Results, SearchBox};

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <HashRouter>
            <Shell />
        </HashRouter>
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    use_effect_with((), |_| {
        mark_ready();
        let listener = keyboard_shortcuts();
        move || drop(listener)
    });
    match corpus() {
        Ok(c) => html! { <Explorer corpus={CorpusRef(c)} /> },
        Err(e) => html! {
            <main id="app">
                <p class="error" role="alert">{format!("Crosscheck cannot open its articles: {e}. Rebuild the app from its seeds.")}</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    corpus: CorpusRef,
}

#[function_component(Explorer)]
fn explorer(props: &ExplorerProps) -> Html {
    let corpus = props.corpus;
    let route = use_route::<Route>().unwrap_or(Route::Search);
    let location = use_location();
    let navigator = use_navigator().expect("the explorer is rendered inside the router");
    let (params, bad_link) = match location.as_ref().map(|l| l.query::<ViewParams>()) {
        Some(Ok(p)) => (p, false),
        Some(Err(_)) => (ViewParams::default(), true),
        None => (ViewParams::default(), false),
    };

    let results: Rc<SearchResults> = use_memo((params.q.clone(), params.docs.clone(), params.bp), move |(q, docs, bp)| {
        let p = ViewParams { q: q.clone(), docs: docs.clone(), bp: *bp, ..Default::default() };
        search(&corpus, &Query::parse(q), &p.search_options(&corpus))
    });
    // Which quotations match the search, for the Quotes view and the grid (only computed there).
    let quote_screen = matches!(route, Route::Quotes | Route::Speakers);
    let matched: Rc<Vec<Option<Vec<Hit>>>> = use_memo((params.q.clone(), quote_screen), move |(q, on)| {
        if !*on {
            return Vec::new();
        }
        let ranges: Vec<(usize, engine::Span)> = corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();
        within(&corpus, &Query::parse(q), &ranges)
    });
    let doc = match &route {
        Route::Article { slug } => corpus.doc_by_slug(slug),
        _ => None,
    };
    let reader_results: Rc<Option<SearchResults>> = use_memo((params.q.clone(), params.bp, doc), move |(q, bp, doc)| {
        doc.map(|d| search(&corpus, &Query::parse(q), &SearchOptions { docs: Some(vec![d]), include_boilerplate: *bp != 0 }))
    });

    let on_query = {
        let navigator = navigator.clone();
        let route = route.clone();
        let params = params.clone();
        Callback::from(move |q: String| {
            let was_empty = params.q.is_empty();
            let next = ViewParams { q, hit: None, ..params.clone() };
            let next = if matches!(route, Route::Article { .. }) { next.at_hit(1) } else { next };
            let go = if was_empty { Navigator::push_with_query } else { Navigator::replace_with_query };
            let _ = go(&navigator, &route, &next);
        })
    };
    let on_params = {
        let navigator = navigator.clone();
        let route = route.clone();
        Callback::from(move |next: ViewParams| {
            let _ = navigator.push_with_query(&route, &next);
        })
    };
    let on_select_hit = {
        let navigator = navigator.clone();
        let route = route.clone();
        let params = params.clone();
        Callback::from(move |n: usize| {
            let _ = navigator.replace_with_query(&route, &params.at_hit(n));
        })
    };

    let mut notes: Vec<String> = Vec::new();
    if bad_link {
        notes.push("This link’s settings could not be read, so the default view is shown.".to_owned());
    }
    notes.extend(results.notes.iter().map(|n| n.message()));
    match (&route, doc) {
        (Route::Article { .. }, None) => notes.push("That article is not in this collection; showing the search instead.".to_owned()),
        (Route::NotFound, _) => notes.push("That page does not exist; showing the search instead.".to_owned()),
        _ => {}
    }

    let content = match (route.clone(), doc, reader_results.as_ref()) {
        (Route::Article { .. }, Some(doc), Some(r)) => {
            let hits = r.docs.first().map(|d| d.hits.clone()).unwrap_or_default();
            let on_search = {
                let (navigator, route, params) = (navigator.clone(), route.clone(), params.clone());
                Callback::from(move |q: String| {
                    let _ = navigator.push_with_query(&route, &ViewParams { q, ..params.at_hit(1) });
                })
            };
            html! {
                <Reader {corpus} {doc} hits={Rc::new(hits)} params={params.clone()} on_select_hit={on_select_hit}
                    counts={Rc::new(results.counts.clone())} {on_search} />
            }
        }
        (Route::Quotes, ..) => html! { <QuotesView {corpus} params={params.clone()} matched={matched.clone()} on_params={on_params.clone()} /> },
        (Route::Speakers, ..) => html! { <SpeakerGrid {corpus} params={params.clone()} matched={matched.clone()} /> },
        (Route::Entities, ..) => html! { <EntitiesView {corpus} params={params.clone()} on_params={on_params.clone()} /> },
        (Route::Compare, ..) => html! { <CompareView {corpus} params={params.clone()} on_params={on_params.clone()} /> },
        (Route::Timeline, ..) => html! { <TimelineView {corpus} params={params.clone()} on_params={on_params.clone()} /> },
        _ => html! { <Results {corpus} results={results.clone()} params={params.clone()} /> },
    };
    // The article filter counts what the current screen lists.
    let filter_counts: Option<(Vec<usize>, &'static str)> = match route {
        Route::Quotes | Route::Speakers => {
            let all_docs = ViewParams { docs: String::new(), ..params.clone() };
            let mut counts = vec![0; corpus.docs.len()];
            for i in all_docs.visible_quotes(&corpus, &matched, matches!(route, Route::Speakers)) {
                counts[corpus.quotes.quotes[i].doc as usize] += 1;
            }
            Some((counts, "quotation"))
        }
        Route::Entities | Route::Compare | Route::Timeline => None,
        _ if params.q.trim().is_empty() => None,
        _ => Some((results.counts.clone(), "hit")),
    };
    let nav_item = |to: Route, label: &'static str| {
        let current = std::mem::discriminant(&to) == std::mem::discriminant(&route)
            || (matches!(to, Route::Search) && matches!(route, Route::Article { .. } | Route::NotFound));
        html! {
            <li>
                <Link<Route, ViewParams> to={to} query={Some(params.for_search())} classes={classes!(current.then_some("current"))}>
                    {label}
                </Link<Route, ViewParams>>
            </li>
        }
    };

    html! {
        <>
            <header class="topbar">
                <Link<Route, ViewParams> to={Route::Search} query={Some(ViewParams::default())} classes="brand">
                    {"Crosscheck"}
                </Link<Route, ViewParams>>
                <SearchBox value={params.q.clone()} on_query={on_query} />
                <nav class="views" aria-label="Views">
                    <ul>
                        { nav_item(Route::Search, "Articles") }
                        { nav_item(Route::Quotes, "Quotes") }
                        { nav_item(Route::Speakers, "Who is quoted where") }
                        { nav_item(Route::Entities, "Names") }
                        { nav_item(Route::Compare, "Compare") }
                        { nav_item(Route::Timeline, "Timeline") }
                    </ul>
                </nav>
            </header>
            <div class="layout">
                <aside class="sidebar" aria-label="Filters">
                    <Filters {corpus} counts={filter_counts} params={params.clone()} on_params={on_params} />
                </aside>
                <main id="app" tabindex="-1">
                    <div id="query-notes" role="status" aria-live="polite">
                        { for notes.into_iter().map(|n| html! { <p class="query-note">{n}</p> }) }
                        <p class="summary">{summary(&params, &results)}</p>
                    </div>
                    {content}
                </main>
            </div>
        </>
    }
}

/// The line that tells what the search found, announced to screen readers.
fn summary(params: &ViewParams, results: &SearchResults) -> String {
    if params.q.trim().is_empty() {
        return String::new();
    }
    let n_docs = results.docs.len();
    let n_hits: usize = results.docs.iter().map(|d| d.hits.len()).sum();
    match n_docs {
        0 => "No article matches.".to_owned(),
        1 => format!("1 article matches, {}.", plural(n_hits, "hit")),
        n => format!("{n} articles match, {}.", plural(n_hits, "hit")),
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn mark_ready() {
    if let Some(body) = gloo::utils::document().body() {
        let _ = body.set_attribute("data-ready", "1");
    }
}

/// `/` focuses the search box; `n` and `p` (or `j` and `k`) go to the next and previous hit.
/// Ignored while typing in a field.
fn keyboard_shortcuts() -> EventListener {
    EventListener::new(&gloo::utils::document(), "keydown", |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let typing = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            return;
        }
        let click = |id: &str| {
            if let Some(el) = gloo::utils::document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                el.click();
            }
        };
        match e.key().as_str() {
            "/" => {
                e.prevent_default();
                if let Some(el) = gloo::utils::document().get_element_by_id("search").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
            "n" | "j" => click("next-hit"),
            "p" | "k" => click("prev-hit"),
            _ => {}
        }
    })
}
