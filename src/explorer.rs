//! The page around the screens once the articles are in: the top bar, the sidebar (article filter,
//! own articles) and the screen the address names, with what the screens derive from the address
//! computed once here (the query, parsed once per view; the search results; which quotations
//! match; the reader's hits) and handed down.

use std::rc::Rc;

use engine::search::{hits, search, within, Hit, SearchResults};
use engine::Query;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::byo::AddArticles;
use crate::collection::Adding;
use crate::corpus::CorpusRef;
use crate::notebook::storage_key;
use crate::route::{go, Address, Screen, ViewLink, ViewParams};
use crate::screens::collocates::CollocatesView;
use crate::screens::compare::CompareView;
use crate::screens::concordance::ConcordanceView;
use crate::screens::exercises::ExercisesView;
use crate::screens::names::NamesView;
use crate::screens::profiles::ProfilesView;
use crate::screens::quotes::QuotesView;
use crate::screens::reader::Reader;
use crate::screens::search::Results;
use crate::screens::speakers::SpeakerGrid;
use crate::screens::timeline::TimelineView;
use crate::screens::trends::TrendsView;
use crate::screens::words::WordsView;
use crate::screens::{hand_ins::HandInsView, help::HelpView, lesson::LessonView, teach::TeachView};
use crate::typing::{use_address_has_search, use_view, Draft, Typing};
use crate::ui::filters::Filters;
use crate::ui::notebook::NotebookProvider;
use crate::ui::page::use_page;
use crate::ui::search_box::{SearchBox, SkipLink};
use crate::ui::teach::TeacherBar;

/// A phone's width (as styles/first.css has it): the sidebar starts folded.
const NARROW: &str = "(max-width: 720px)";

/// The bar at the top of every screen: the name, the search box and the views. Usable before the
/// articles have arrived: what is typed goes into the address bar and is searched once they are in.
#[function_component(TopBar)]
pub fn top_bar() -> Html {
    let (view, _) = use_view();
    let navigator = use_navigator().expect("the top bar is rendered inside the router");
    let typing = use_context::<Typing>().expect("the top bar is rendered inside the typing provider");
    // A search started from an empty address gets its own history entry.
    let push = !use_address_has_search();
    let on_query = {
        let (view, typing, navigator) = (view.clone(), typing.clone(), navigator.clone());
        Callback::from(move |q: String| {
            let next = ViewParams { q, hit: None, ..view.params.clone() };
            let next = if matches!(view.screen, Screen::Article { .. }) { next.at_hit(1) } else { next };
            typing.type_in(Draft { address: Address::new(view.screen.clone(), next), push }, navigator.clone());
        })
    };
    let on_commit = Callback::from(move |()| typing.commit(&navigator));
    let nav_item = |to: &Screen| {
        let current = view.screen.is_under(to);
        html! {
            <li>
                <ViewLink to={Address::new(to.clone(), view.params.for_screen(to))} classes={classes!(current.then_some("current"))}>
                    {to.label()}
                </ViewLink>
            </li>
        }
    };
    html! {
        <>
        <SkipLink target="app" />
        <header class="topbar">
            <h1 class="brand-title"><ViewLink to={Address::default()} classes="brand">{"Crosscheck"}</ViewLink></h1>
            <SearchBox value={view.params.q.clone()} {on_query} {on_commit} />
            <nav class="views" aria-label="Views">
                <ul>
                    { for Screen::NAV.iter().map(nav_item) }
                </ul>
            </nav>
        </header>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub corpus: CorpusRef,
    /// The slugs of the reader's own articles (added in the browser).
    pub own: Rc<Vec<String>>,
}

#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let corpus = props.corpus.clone();
    let (view, bad_link) = use_view();
    crate::scroll::use_scroll_memory(&view);
    let Address { screen, params } = view;
    let navigator = use_navigator().expect("the explorer is rendered inside the router");
    let page = use_page();
    use_effect_with((), |_| crate::boot::mark_body("data-ready"));

    // The query, parsed once for everything this view derives from it.
    let query: Rc<Query> = use_memo(params.q.clone(), |q| Query::parse(q));
    let results: Rc<SearchResults> =
        use_memo((corpus.clone(), query.clone(), params.docs.clone(), params.bp), |(corpus, query, docs, bp)| {
            let p = ViewParams { docs: docs.clone(), bp: *bp, ..Default::default() };
            search(corpus, query, &corpus.search_options(&p))
        });
    // Which quotations match the search, for the Quotes view and the grid (only computed there).
    let quote_screen = matches!(screen, Screen::Quotes | Screen::Speakers);
    let matched: Rc<Vec<Option<Vec<Hit>>>> =
        use_memo((corpus.clone(), query.clone(), quote_screen), |(corpus, query, on)| {
            if !*on {
                return Vec::new();
            }
            let ranges: Vec<(usize, engine::Span)> =
                corpus.quotes.quotes.iter().map(|r| (r.doc as usize, r.source)).collect();
            within(corpus, query, &ranges)
        });
    let doc = match &screen {
        Screen::Article { slug } => corpus.doc_by_slug(slug),
        _ => None,
    };
    // The reader's hits: where the search matches in the article open (none if it does not match).
    let reader_hits: Rc<Vec<Hit>> =
        use_memo((corpus.clone(), query.clone(), params.bp, doc), |(corpus, query, bp, doc)| {
            doc.map(|d| hits(corpus, query, d, *bp)).unwrap_or_default()
        });

    // The same callback while the screen is the same, so that a view whose other properties have
    // not changed is not drawn again.
    let on_params = {
        let navigator = navigator.clone();
        use_callback(screen.clone(), move |next: ViewParams, screen| {
            go(&navigator, &Address::new(screen.clone(), next), false)
        })
    };
    // The reader's callbacks stay the same while the view does: when typing pauses and the address
    // is written, the reader (a whole article of marked text) is then not drawn again.
    let on_select_hit = {
        let navigator = navigator.clone();
        use_callback((screen.clone(), params.clone()), move |n: usize, (screen, params)| {
            // The bar steps through hits, or a name's mentions: what else is selected stays.
            go(&navigator, &Address::new(screen.clone(), ViewParams { hit: Some(n), ..params.clone() }), true)
        })
    };
    let on_search = {
        let navigator = navigator.clone();
        use_callback((screen.clone(), params.clone()), move |q: String, (screen, params)| {
            go(&navigator, &Address::new(screen.clone(), ViewParams { q, ..params.at_hit(1) }), false)
        })
    };

    // The tab names the view (and the article, or the search), so a class with many tabs open
    // finds its way.
    use_effect_with(page_title(&corpus, &screen, &params, doc), |title| gloo::utils::document().set_title(title));

    let mut notes: Vec<String> = Vec::new();
    if bad_link {
        notes.push("This link’s settings could not be read, so the default view is shown.".to_owned());
    }
    notes.extend(results.notes.iter().map(|n| n.message()));
    // An own article or a lesson still opening is not missing.
    let opening = matches!(page.adding, Adding::Working { .. })
        || matches!(page.lesson_status, crate::collection::LessonStatus::Opening(_));
    match (&screen, doc) {
        (Screen::Article { .. }, None) if opening => notes.push("Opening the articles…".to_owned()),
        (Screen::Article { .. }, None) => {
            notes.push("That article is not in this collection; showing the search instead.".to_owned())
        }
        (Screen::NotFound, _) => notes.push("That page does not exist; showing the search instead.".to_owned()),
        _ => {}
    }

    // The student's notebook (answers, corrections) of this collection as built.
    let store_key = storage_key(&corpus, &props.own);
    // Views that neither show the search nor keep it in their links get their parameters without
    // it, so typing does not redraw them (at 500 articles a redraw was 50 to 90 ms and 1 to 2 s).
    let screen_params = if screen.uses_search() { params.clone() } else { params.without_search() };
    let content = match (&screen, doc) {
        (Screen::Article { .. }, Some(doc)) => html! {
            <Reader corpus={corpus.clone()} {doc} hits={reader_hits.clone()} params={params.clone()} on_select_hit={on_select_hit}
                counts={Rc::new(results.counts.clone())} {on_search} />
        },
        (Screen::Quotes, _) => {
            html! { <QuotesView corpus={corpus.clone()} params={screen_params} matched={matched.clone()} on_params={on_params.clone()} /> }
        }
        (Screen::Speakers, _) => {
            html! { <SpeakerGrid corpus={corpus.clone()} params={screen_params} matched={matched.clone()} /> }
        }
        (Screen::Names, _) => {
            html! { <NamesView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Compare, _) => {
            html! { <CompareView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Timeline, _) => {
            html! { <TimelineView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Profiles, _) => {
            html! { <ProfilesView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Exercises, _) => {
            html! { <ExercisesView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Concordance, _) => {
            html! { <ConcordanceView corpus={corpus.clone()} params={screen_params} query={query.clone()} on_params={on_params.clone()} /> }
        }
        (Screen::Words, _) => {
            html! { <WordsView corpus={corpus.clone()} params={screen_params} on_params={on_params.clone()} /> }
        }
        (Screen::Trends, _) => {
            html! { <TrendsView corpus={corpus.clone()} params={screen_params} query={query.clone()} on_params={on_params.clone()} /> }
        }
        (Screen::Collocates, _) => {
            html! { <CollocatesView corpus={corpus.clone()} params={screen_params} query={query.clone()} on_params={on_params.clone()} /> }
        }
        (Screen::Lesson, _) => html! { <LessonView corpus={corpus.clone()} /> },
        (Screen::Teach, _) => html! { <TeachView corpus={corpus.clone()} /> },
        (Screen::HandIns, _) => html! { <HandInsView corpus={corpus.clone()} /> },
        (Screen::Help, _) => html! { <HelpView /> },
        _ => {
            html! { <Results corpus={corpus.clone()} results={results.clone()} query={query.clone()} params={params.clone()} /> }
        }
    };
    // The article filter counts what the current screen lists.
    let filter_counts: Option<(Vec<usize>, &'static str)> = match screen {
        Screen::Quotes | Screen::Speakers => {
            let all_docs = ViewParams { docs: String::new(), ..params.clone() };
            let mut counts = vec![0; corpus.docs.len()];
            for i in corpus.visible_quotes(&all_docs, &matched, matches!(screen, Screen::Speakers)) {
                counts[corpus.quotes.quotes[i].doc as usize] += 1;
            }
            Some((counts, "quotation"))
        }
        Screen::Names
        | Screen::Compare
        | Screen::Timeline
        | Screen::Profiles
        | Screen::Exercises
        | Screen::Words
        | Screen::Lesson
        | Screen::Teach
        | Screen::HandIns
        | Screen::Help => None,
        _ if params.q.trim().is_empty() => None,
        _ => Some((results.counts.clone(), "hit")),
    };
    // The sidebar folds away: on a phone always at first (it is above the view, one line), on a
    // wide screen for the views that need the width more than the filter.
    let wide = matches!(
        screen,
        Screen::Profiles
            | Screen::Compare
            | Screen::Timeline
            | Screen::Exercises
            | Screen::Lesson
            | Screen::Teach
            | Screen::HandIns
            | Screen::Help
    );
    let narrow =
        use_memo((), |_| gloo::utils::window().match_media(NARROW).ok().flatten().is_some_and(|m| m.matches()));
    let sidebar_open = use_state(|| None::<bool>);
    let open = sidebar_open.unwrap_or(!wide && !*narrow);
    let toggle = {
        let sidebar_open = sidebar_open.clone();
        Callback::from(move |_: MouseEvent| sidebar_open.set(Some(!open)))
    };
    let ticked = corpus.selected_docs(&params).map_or(corpus.docs.len(), |d| d.len());
    let filter_line = format!("Articles: {} of {}", ticked, corpus.docs.len());
    html! {
        <>
            <div class={classes!("layout", (!open).then_some("sidebar-closed"))}>
                <aside class={classes!("sidebar", open.then_some("open"))} aria-label="Filters">
                    <button type="button" id="filters-toggle" class="filters-toggle" aria-expanded={open.to_string()} aria-controls="filters-body" onclick={toggle}>
                        <span class="toggle-mark" aria-hidden="true">{if open { "▾" } else { "▸" }}</span>
                        {" "}{filter_line}{if page.lesson.is_some() { " · the lesson’s" } else if props.own.is_empty() { "" } else { " · yours included" }}
                        <span class="toggle-more">{" · add your own"}</span>
                    </button>
                    <div id="filters-body" class="filters-body">
                        <Filters corpus={corpus.clone()} counts={filter_counts} params={params.clone()} on_params={on_params} />
                        <AddArticles corpus={corpus.clone()} adding={page.adding.clone()} own={props.own.clone()} actions={page.articles.clone()} kept_note={page.kept_note.clone()} lesson={page.lesson.is_some()} />
                    </div>
                </aside>
                <main id="app" tabindex="-1">
                    <TeacherBar />
                    <div id="query-notes" role="status" aria-live="polite">
                        { for notes.into_iter().map(|n| html! { <p class="query-note">{n}</p> }) }
                        <p class="summary">{summary(&params, &results)}</p>
                    </div>
                    if screen == Screen::Search && params.q.trim().is_empty() {
                        { crate::screens::help::home_intro() }
                    }
                    <NotebookProvider key={store_key.as_str()} store_key={store_key.clone()}>{content}</NotebookProvider>
                </main>
            </div>
        </>
    }
}

/// The browser tab's title for a view: "Kislyak · Articles · Crosscheck", the article's title in
/// the reader.
fn page_title(corpus: &engine::Corpus, screen: &Screen, params: &ViewParams, doc: Option<usize>) -> String {
    let what = match (screen, doc) {
        (Screen::Article { .. }, Some(d)) => corpus.docs[d].title.clone(),
        (Screen::Article { .. } | Screen::NotFound, None) => Screen::Search.label().to_owned(),
        (other, _) => other.label().to_owned(),
    };
    let q = params.q.trim();
    if q.is_empty() || !screen.uses_search() {
        format!("{what} · Crosscheck")
    } else {
        format!("{q} · {what} · Crosscheck")
    }
}

/// The line that tells what the search found, announced to screen readers.
fn summary(params: &ViewParams, results: &SearchResults) -> String {
    if params.q.trim().is_empty() {
        return String::new();
    }
    engine::listing::search_summary(results)
}
