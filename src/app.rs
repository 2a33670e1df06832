//! The app shell: router, URL state, derived results, and the layout around the two screens.

use std::rc::Rc;

use engine::search::{hits, search, within, Hit, SearchResults};
use engine::Query;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::byo::{add_files, AddArticles, Adding, OwnFiles, Rebuilt};
use crate::corpus::{decode_pieces, fetch_corpus, take_handed_over, CorpusLink, CorpusRef, Load};
use crate::reader::Reader;
use crate::route::{Route, ViewParams};
use crate::crossdoc_view::{CompareView, EntitiesView, TimelineView};
use crate::exercises_view::ExercisesView;
use crate::notebook::{storage_key, NotebookProvider};
use crate::pause::Pause;
use crate::profile_view::ProfilesView;
use crate::quotes_view::{QuotesView, SpeakerGrid};
use crate::search_view::{Filters, Results, SearchBox, SkipLink};

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <HashRouter>
            <TypingProvider>
                <Shell />
            </TypingProvider>
        </HashRouter>
    }
}

/// How long typing pauses before the address bar is brought up to date.
const ADDRESS_DELAY_MS: u64 = 400;

/// The search typed but not yet in the address bar: the view it makes, on the screen it was typed
/// on. Results follow every keystroke at once; the address (`history.replaceState` and the
/// router's round trip, some 5 ms a key) is written once typing pauses, on Enter and when the
/// box loses the focus. Any other navigation (a link, back, forward) drops it.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    route: Route,
    params: ViewParams,
    /// Whether writing it adds a history entry (the search started from an empty box) or
    /// replaces the current one.
    push: bool,
}

impl Draft {
    /// Puts the draft in the address bar.
    fn write(&self, navigator: &Navigator) {
        let go = if self.push { Navigator::push_with_query } else { Navigator::replace_with_query };
        let _ = go(navigator, &self.route, &self.params);
    }
}

/// The draft, shared by the search box (which writes it) and the screens (which show it).
#[derive(Clone, PartialEq)]
struct Typing {
    draft: UseStateHandle<Option<Draft>>,
    /// The delayed write of the latest draft.
    pause: Pause,
}

impl Typing {
    /// Writes the draft to the address bar now (Enter, leaving the box, or the pause).
    fn commit(&self, navigator: &Navigator) {
        if let Some(d) = &*self.draft {
            self.pause.cancel();
            d.write(navigator);
        }
    }

    /// Shows `draft` at once and writes it after the pause, unless more is typed.
    fn type_in(&self, draft: Draft, navigator: Navigator) {
        self.draft.set(Some(draft.clone()));
        self.pause.after(ADDRESS_DELAY_MS, move || draft.write(&navigator));
    }
}

#[derive(Properties, PartialEq)]
struct TypingProviderProps {
    children: Html,
}

#[function_component(TypingProvider)]
fn typing_provider(props: &TypingProviderProps) -> Html {
    let typing = Typing { draft: use_state(|| None::<Draft>), pause: (*use_memo((), |_| Pause::default())).clone() };
    let location = use_location();
    let route = use_route::<Route>();
    {
        // The address changed: either the draft was written (it is now the address) or the reader
        // went elsewhere (the draft no longer applies). Either way it is done.
        let typing = typing.clone();
        // (Compared as text: a `Location` of the hash history has no id and equals nothing.)
        let address = location.map(|l| format!("{}?{}", l.path(), l.query_str()));
        use_effect_with((address, route), move |_| {
            if typing.draft.is_some() {
                typing.pause.cancel();
                typing.draft.set(None);
            }
        });
    }
    {
        // Printing or leaving the page writes the draft first: the printout's address and a
        // reload show what was typed.
        let (typing, navigator) = (typing.clone(), use_navigator());
        use_effect_with((*typing.draft).clone(), move |draft| {
            let listeners = (draft.is_some()).then(|| {
                let window = gloo::utils::window();
                let commit = move |_: &web_sys::Event| {
                    if let Some(n) = &navigator {
                        typing.commit(n);
                    }
                };
                [EventListener::new(&window, "beforeprint", commit.clone()), EventListener::new(&window, "pagehide", commit)]
            });
            move || drop(listeners)
        });
    }
    html! { <ContextProvider<Typing> context={typing}>{props.children.clone()}</ContextProvider<Typing>> }
}

/// The screen and its view parameters: the address bar's, or what is being typed; and whether the
/// address's query string could not be read.
#[hook]
fn use_view() -> (Route, ViewParams, bool) {
    let route = use_route::<Route>().unwrap_or(Route::Search);
    let location = use_location();
    let typing = use_context::<Typing>();
    let (params, bad_link) = current_params(location.as_ref());
    match typing.as_ref().and_then(|t| (*t.draft).clone()) {
        Some(d) if d.route == route => (route, d.params, false),
        _ => (route, params, bad_link),
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    let load = use_state(|| Load::Fetching { link: CorpusLink::from_page(), received: 0 });
    // The reader's own articles (src/byo.rs): the files, the slugs they got, how adding goes, and
    // the collection as built, to go back to.
    let own_files: OwnFiles = use_mut_ref(Vec::new);
    let own = use_state(|| Rc::new(Vec::<String>::new()));
    let adding = use_state(Adding::default);
    let built = use_mut_ref(|| None::<CorpusRef>);
    let on_files = {
        let (load, own, adding, own_files) = (load.clone(), own.clone(), adding.clone(), own_files.clone());
        Callback::from(move |files: Vec<web_sys::File>| {
            let status = {
                let adding = adding.clone();
                Callback::from(move |a: Adding| adding.set(a))
            };
            let done = {
                let (load, own) = (load.clone(), own.clone());
                Callback::from(move |r: Rebuilt| {
                    own.set(Rc::new(r.own));
                    load.set(Load::Ready(r.corpus));
                })
            };
            add_files(files, own_files.clone(), status, done);
        })
    };
    let on_remove = {
        let (load, own, adding, own_files, built) = (load.clone(), own.clone(), adding.clone(), own_files.clone(), built.clone());
        Callback::from(move |()| {
            if let Some(c) = built.borrow().clone() {
                own_files.borrow_mut().clear();
                own.set(Rc::new(Vec::new()));
                adding.set(Adding::Idle);
                load.set(Load::Ready(c));
            }
        })
    };
    {
        let (load, built, on_files) = (load.clone(), built.clone(), on_files.clone());
        use_effect_with((), move |_| {
            mark_body("data-shell");
            let listeners = (keyboard_shortcuts(), drop_files(on_files));
            wasm_bindgen_futures::spawn_local(async move {
                let Some(link) = CorpusLink::from_page() else {
                    load.set(Load::Failed("This page was built without its articles (no corpus link in index.html). Build it with trunk, as the README says.".to_owned()));
                    return;
                };
                let progress = {
                    let (load, link) = (load.clone(), link.clone());
                    move |received| load.set(Load::Fetching { link: Some(link.clone()), received })
                };
                // The first module (index.html) has usually downloaded it already.
                let pieces = match take_handed_over() {
                    Some(pieces) => pieces,
                    None => match fetch_corpus(&link, progress).await {
                        Ok(pieces) => pieces,
                        Err(msg) => return load.set(Load::Failed(msg)),
                    },
                };
                load.set(Load::Decoding { link: Some(link) });
                // Let the browser paint "Opening…" before the (synchronous) decode.
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
                load.set(match decode_pieces(pieces) {
                    Ok(corpus) => {
                        let corpus = CorpusRef::new(corpus);
                        *built.borrow_mut() = Some(corpus.clone());
                        Load::Ready(corpus)
                    }
                    Err(msg) => Load::Failed(msg),
                });
            });
            move || drop(listeners)
        });
    }
    // The first screen's article list (index.html) stays until the app's own takes its place, in
    // the same frame; an error replaces it too.
    let loading = matches!(*load, Load::Fetching { .. } | Load::Decoding { .. });
    use_effect_with(loading, |loading| {
        if !loading {
            crate::remove_boot_screen();
        }
    });
    match &*load {
        // The top bar stays the same element from the first screen on, so the search box keeps the
        // focus and what is typed while the articles arrive.
        Load::Ready(corpus) => html! {
            <>
                <TopBar />
                <Explorer corpus={corpus.clone()} own={(*own).clone()} adding={(*adding).clone()} {on_files} {on_remove} />
            </>
        },
        // Progress floats over the first screen's list while it is there.
        waiting if loading && crate::boot_list_shown() => html! {
            <>
                <TopBar />
                <div class="loading-toast"><LoadingNote load={waiting.clone()} /></div>
            </>
        },
        waiting => html! {
            <>
                <TopBar />
                <main id="app" tabindex="-1">
                    <LoadingNote load={waiting.clone()} />
                </main>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct LoadingProps {
    load: Load,
}

/// What the page shows until the articles are in: progress, or why they cannot be opened.
#[function_component(LoadingNote)]
fn loading_note(props: &LoadingProps) -> Html {
    let what = |link: &Option<CorpusLink>| match link.as_ref().and_then(|l| l.articles) {
        Some(n) => format!("Loading {}", plural(n, "article")),
        None => "Loading the articles".to_owned(),
    };
    match &props.load {
        Load::Fetching { link, received } => {
            let total = link.as_ref().and_then(|l| l.bytes).filter(|&t| t > 0);
            let detail = match total {
                Some(t) => format!(" ({} of {})", kilobytes(*received), kilobytes(t)),
                None if *received > 0 => format!(" ({})", kilobytes(*received)),
                None => String::new(),
            };
            html! {
                <div id="loading" role="status" aria-live="polite" class="loading">
                    <p>{format!("{}…{detail}", what(link))}</p>
                    if let Some(t) = total {
                        <progress max={t.to_string()} value={(*received).min(t).to_string()} aria-label="Articles downloaded"></progress>
                    } else {
                        <progress aria-label="Articles downloading"></progress>
                    }
                </div>
            }
        }
        Load::Decoding { link } => html! {
            <div id="loading" role="status" aria-live="polite" class="loading">
                <p>{format!("{}… opening them", what(link))}</p>
                <progress aria-label="Opening the articles"></progress>
            </div>
        },
        Load::Failed(msg) => html! { <p id="loading" class="error" role="alert">{msg.clone()}</p> },
        Load::Ready(_) => html! {},
    }
}

fn kilobytes(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// The view state in the address bar, and whether its query string could not be read.
fn current_params(location: Option<&Location>) -> (ViewParams, bool) {
    match location.map(|l| l.query::<ViewParams>()) {
        Some(Ok(p)) => (p, false),
        Some(Err(_)) => (ViewParams::default(), true),
        None => (ViewParams::default(), false),
    }
}

/// The bar at the top of every screen: the name, the search box and the views. Usable before the
/// articles have arrived: what is typed goes into the address bar and is searched once they are in.
#[function_component(TopBar)]
fn top_bar() -> Html {
    let (route, params, _) = use_view();
    let location = use_location();
    let navigator = use_navigator().expect("the top bar is rendered inside the router");
    let typing = use_context::<Typing>().expect("the top bar is rendered inside the typing provider");
    let on_query = {
        let (route, params, typing, navigator) = (route.clone(), params.clone(), typing.clone(), navigator.clone());
        // A search started from an empty address gets its own history entry.
        let push = current_params(location.as_ref()).0.q.is_empty();
        Callback::from(move |q: String| {
            let next = ViewParams { q, hit: None, ..params.clone() };
            let next = if matches!(route, Route::Article { .. }) { next.at_hit(1) } else { next };
            typing.type_in(Draft { route: route.clone(), params: next, push }, navigator.clone());
        })
    };
    let on_commit = Callback::from(move |()| typing.commit(&navigator));
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
        <SkipLink target="app" />
        <header class="topbar">
            <h1 class="brand-title"><Link<Route, ViewParams> to={Route::Search} query={Some(ViewParams::default())} classes="brand">
                {"Crosscheck"}
            </Link<Route, ViewParams>></h1>
            <SearchBox value={params.q.clone()} {on_query} {on_commit} />
            <nav class="views" aria-label="Views">
                <ul>
                    { nav_item(Route::Search, "Articles") }
                    { nav_item(Route::Quotes, "Quotes") }
                    { nav_item(Route::Speakers, "Who is quoted where") }
                    { nav_item(Route::Entities, "Names") }
                    { nav_item(Route::Compare, "Compare") }
                    { nav_item(Route::Timeline, "Timeline") }
                    { nav_item(Route::Profiles, "Profiles") }
                    { nav_item(Route::Exercises, "Exercises") }
                </ul>
            </nav>
        </header>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    corpus: CorpusRef,
    /// The slugs of the reader's own articles (added in the browser).
    own: Rc<Vec<String>>,
    adding: Adding,
    on_files: Callback<Vec<web_sys::File>>,
    on_remove: Callback<()>,
}

#[function_component(Explorer)]
fn explorer(props: &ExplorerProps) -> Html {
    let corpus = props.corpus.clone();
    let (route, params, bad_link) = use_view();
    let navigator = use_navigator().expect("the explorer is rendered inside the router");
    use_effect_with((), |_| mark_body("data-ready"));

    let results: Rc<SearchResults> = use_memo((corpus.clone(), params.q.clone(), params.docs.clone(), params.bp), |(corpus, q, docs, bp)| {
        let p = ViewParams { q: q.clone(), docs: docs.clone(), bp: *bp, ..Default::default() };
        search(corpus, &Query::parse(q), &p.search_options(corpus))
    });
    // Which quotations match the search, for the Quotes view and the grid (only computed there).
    let quote_screen = matches!(route, Route::Quotes | Route::Speakers);
    let matched: Rc<Vec<Option<Vec<Hit>>>> = use_memo((corpus.clone(), params.q.clone(), quote_screen), |(corpus, q, on)| {
        if !*on {
            return Vec::new();
        }
        let ranges: Vec<(usize, engine::Span)> = corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();
        within(corpus, &Query::parse(q), &ranges)
    });
    let doc = match &route {
        Route::Article { slug } => corpus.doc_by_slug(slug),
        _ => None,
    };
    // The reader's hits: where the search matches in the article open (none if it does not match).
    let reader_hits: Rc<Vec<Hit>> = use_memo((corpus.clone(), params.q.clone(), params.bp, doc), |(corpus, q, bp, doc)| {
        doc.map(|d| hits(corpus, &Query::parse(q), d, *bp != 0)).unwrap_or_default()
    });

    // The same callback while the screen is the same, so that a view whose other properties have
    // not changed is not drawn again.
    let on_params = {
        let navigator = navigator.clone();
        use_callback(route.clone(), move |next: ViewParams, route| {
            let _ = navigator.push_with_query(route, &next);
        })
    };
    // The reader's callbacks stay the same while the view does: when typing pauses and the address
    // is written, the reader (a whole article of marked text) is then not drawn again.
    let on_select_hit = {
        let navigator = navigator.clone();
        use_callback((route.clone(), params.clone()), move |n: usize, (route, params)| {
            let _ = navigator.replace_with_query(route, &params.at_hit(n));
        })
    };
    let on_search = {
        let navigator = navigator.clone();
        use_callback((route.clone(), params.clone()), move |q: String, (route, params)| {
            let _ = navigator.push_with_query(route, &ViewParams { q, ..params.at_hit(1) });
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

    // The student's notebook (answers, corrections) of this collection as built.
    let store_key = storage_key(&corpus, &props.own);
    let content = match (route.clone(), doc) {
        (Route::Article { .. }, Some(doc)) => {
            html! {
                <Reader corpus={corpus.clone()} {doc} hits={reader_hits.clone()} params={params.clone()} on_select_hit={on_select_hit}
                    counts={Rc::new(results.counts.clone())} {on_search} />
            }
        }
        (Route::Quotes, ..) => html! { <QuotesView corpus={corpus.clone()} params={params.clone()} matched={matched.clone()} on_params={on_params.clone()} /> },
        (Route::Speakers, ..) => html! { <SpeakerGrid corpus={corpus.clone()} params={params.clone()} matched={matched.clone()} /> },
        (Route::Entities, ..) => html! { <EntitiesView corpus={corpus.clone()} params={params.clone()} on_params={on_params.clone()} /> },
        (Route::Compare, ..) => html! { <CompareView corpus={corpus.clone()} params={params.clone()} on_params={on_params.clone()} /> },
        // The timeline and the profiles do not show the search (nor keep it in their links): typing
        // does not redraw them (at 500 articles a redraw was 50 to 90 ms and 1 to 2 s).
        (Route::Timeline, ..) => html! { <TimelineView corpus={corpus.clone()} params={without_search(&params)} on_params={on_params.clone()} /> },
        (Route::Profiles, ..) => html! { <ProfilesView corpus={corpus.clone()} params={without_search(&params)} on_params={on_params.clone()} /> },
        (Route::Exercises, ..) => html! { <ExercisesView corpus={corpus.clone()} params={params.clone()} on_params={on_params.clone()} /> },
        _ => html! { <Results corpus={corpus.clone()} results={results.clone()} params={params.clone()} /> },
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
        Route::Entities | Route::Compare | Route::Timeline | Route::Profiles | Route::Exercises => None,
        _ if params.q.trim().is_empty() => None,
        _ => Some((results.counts.clone(), "hit")),
    };
    html! {
        <>
            <div class="layout">
                <aside class="sidebar" aria-label="Filters">
                    <Filters corpus={corpus.clone()} counts={filter_counts} params={params.clone()} on_params={on_params} />
                    <AddArticles adding={props.adding.clone()} own={props.own.len()} on_files={props.on_files.clone()} on_remove={props.on_remove.clone()} />
                </aside>
                <main id="app" tabindex="-1">
                    <div id="query-notes" role="status" aria-live="polite">
                        { for notes.into_iter().map(|n| html! { <p class="query-note">{n}</p> }) }
                        <p class="summary">{summary(&params, &results)}</p>
                    </div>
                    <NotebookProvider key={store_key.as_str()} store_key={store_key.clone()}>{content}</NotebookProvider>
                </main>
            </div>
        </>
    }
}

/// `params` without the search, for a view that neither shows it nor keeps it in its links.
fn without_search(params: &ViewParams) -> ViewParams {
    ViewParams { q: String::new(), ..params.clone() }
}

/// The line that tells what the search found, announced to screen readers.
fn summary(params: &ViewParams, results: &SearchResults) -> String {
    if params.q.trim().is_empty() {
        return String::new();
    }
    engine::listing::search_summary(results)
}

pub use engine::listing::plural;

/// Marks the page for tests and benchmarks: `data-shell` once the app shell is on screen,
/// `data-ready` once the articles are.
fn mark_body(attribute: &str) {
    if let Some(body) = gloo::utils::document().body() {
        let _ = body.set_attribute(attribute, "1");
    }
}

/// Files dropped anywhere on the page are added as the reader's own articles; while files are
/// dragged over it, `body.dropping` shows where they will go.
fn drop_files(on_files: Callback<Vec<web_sys::File>>) -> [EventListener; 3] {
    use gloo::events::EventListenerOptions;
    let document = gloo::utils::document();
    let has_files = |e: &web_sys::DragEvent| e.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0));
    let set_dropping = |on: bool| {
        if let Some(body) = gloo::utils::document().body() {
            let _ = if on { body.class_list().add_1("dropping") } else { body.class_list().remove_1("dropping") };
        }
    };
    let over = EventListener::new_with_options(&document, "dragover", EventListenerOptions::enable_prevent_default(), move |e| {
        let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
        if has_files(e) {
            e.prevent_default();
            set_dropping(true);
        }
    });
    let leave = EventListener::new(&document, "dragleave", move |e| {
        // Leaving the window (no element to go to) ends the drag over the page.
        if e.dyn_ref::<web_sys::DragEvent>().is_some_and(|e| e.related_target().is_none()) {
            set_dropping(false);
        }
    });
    let drop = EventListener::new_with_options(&document, "drop", EventListenerOptions::enable_prevent_default(), move |e| {
        let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
        set_dropping(false);
        let Some(list) = e.data_transfer().and_then(|dt| dt.files()) else { return };
        e.prevent_default();
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if !files.is_empty() {
            on_files.emit(files);
        }
    });
    [over, leave, drop]
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
