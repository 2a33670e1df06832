//! The app: the router, the typing of the search, and the shell that loads the collection and
//! shows the explorer once it is in (`crate::explorer`). The collection's state is one reducer
//! (`crate::collection`).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::boot::mark_body;
use crate::byo::OwnArticles;
use crate::collection::{Collection, CollectionAction};
use crate::corpus::{fetch_corpus, open_corpus, take_handed_over, CorpusLink, CorpusRef, Download, Load};
use crate::explorer::{Explorer, TopBar};
use crate::lessons::Lessons;
use crate::route::{go, Address, Screen, ViewParams};
use crate::typing::TypingProvider;
use crate::ui::page::{DropTarget, PageContext};
use crate::ui::teach::TeachingProvider;
use engine::listing::plural;

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

#[function_component(Shell)]
fn shell() -> Html {
    let collection = use_reducer(|| Collection::start(CorpusLink::from_page()));
    let navigator = use_navigator().expect("the shell is rendered inside the router");
    // The reader's own articles and lessons (src/byo.rs, src/lessons.rs): their jobs dispatch to
    // the collection.
    let (articles, lessons, hand_in_drop) = (*use_memo((), {
        let dispatch = collection.dispatcher();
        move |_| {
            let dispatch = Callback::from(move |a: CollectionAction| dispatch.dispatch(a));
            let articles = OwnArticles::new(dispatch.clone());
            let lessons = Lessons::new(dispatch, articles.clone());
            (articles, lessons, DropTarget::default())
        }
    }))
    .clone();
    // Dropped files: lesson files open the lesson; on the hand-in overview they are hand-ins;
    // anything else is the reader's own articles.
    let on_files = {
        let (articles, lessons, hand_in_drop, navigator) =
            (articles.clone(), lessons.clone(), hand_in_drop.clone(), navigator.clone());
        Callback::from(move |files: Vec<web_sys::File>| {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let target = hand_in_drop.borrow().clone();
            match target {
                Some(to) if hash.starts_with("#/hand-ins") => to.emit(files),
                _ if files.iter().all(|f| f.name().to_lowercase().ends_with(".crosscheck")) => {
                    if let Some(file) = files.into_iter().next() {
                        lessons.open_file(file);
                        go(&navigator, &Address::new(Screen::Lesson, ViewParams::default()), false);
                    }
                }
                _ => articles.add_files(files),
            }
        })
    };
    {
        let (dispatch, on_files) = (collection.dispatcher(), on_files.clone());
        use_effect_with((), move |_| {
            mark_body("data-shell");
            let listeners = (keyboard_shortcuts(), drop_files(on_files));
            wasm_bindgen_futures::spawn_local(async move {
                let Some(link) = CorpusLink::from_page() else {
                    dispatch.dispatch(CollectionAction::Failed("This page was built without its articles (no corpus link in index.html). Build it with trunk, as the README says.".to_owned()));
                    return;
                };
                // The rest is asked for at once: the search part is usually in already (the first
                // module's), and the browser fetches both side by side when it is not.
                let Some(rest) = link.rest.as_deref().map(Download::start) else {
                    dispatch.dispatch(CollectionAction::Failed("This page was built without the rest of its corpus (no data-rest on the corpus link in index.html). Build it with trunk, as the README says.".to_owned()));
                    return;
                };
                let progress = {
                    let (dispatch, link) = (dispatch.clone(), link.clone());
                    move |received| dispatch.dispatch(CollectionAction::Fetched { link: Some(link.clone()), received })
                };
                // The first module (index.html) has usually downloaded the search part already.
                let pieces = match take_handed_over() {
                    Some(pieces) => pieces,
                    None => match fetch_corpus(&link, &progress).await {
                        Ok(pieces) => pieces,
                        Err(msg) => return dispatch.dispatch(CollectionAction::Failed(msg)),
                    },
                };
                dispatch.dispatch(CollectionAction::Decoding { link: Some(link.clone()) });
                let corpus = open_corpus(pieces, rest, link.bytes.unwrap_or(0), progress).await;
                dispatch.dispatch(match corpus {
                    Ok(corpus) => CollectionAction::Loaded(CorpusRef::new(corpus)),
                    Err(msg) => CollectionAction::Failed(msg),
                });
            });
            move || drop(listeners)
        });
    }
    // Once the collection is in: the lesson a link names or the one kept open, else the reader's
    // own articles kept in this browser.
    let loaded = collection.built.is_some();
    {
        let (lessons, navigator) = (lessons.clone(), navigator.clone());
        use_effect_with(loaded, move |loaded| {
            if *loaded {
                let link = crate::lessons::linked_lesson(&gloo::utils::window().location().hash().unwrap_or_default());
                let then = Callback::from(move |()| {
                    go(&navigator, &Address::new(Screen::Lesson, ViewParams::default()), true)
                });
                lessons.restore(link, then);
            }
        });
    }
    let page = PageContext {
        built: collection.built.clone(),
        own: collection.own.clone(),
        adding: collection.adding.clone(),
        kept_note: collection.kept_note.clone(),
        lesson: collection.lesson.clone(),
        lesson_status: collection.lesson_status.clone(),
        articles,
        lessons,
        hand_in_drop,
    };
    // The first screen's article list (index.html) stays until the app's own takes its place, in
    // the same frame; an error replaces it too.
    let loading = collection.loading();
    use_effect_with(loading, |loading| {
        if !loading {
            crate::boot::remove_boot_screen();
        }
    });
    match &collection.load {
        // The top bar stays the same element from the first screen on, so the search box keeps the
        // focus and what is typed while the articles arrive.
        Load::Ready(corpus) => html! {
            <>
                <TopBar />
                <ContextProvider<PageContext> context={page}>
                    <TeachingProvider>
                        <Explorer corpus={corpus.clone()} own={collection.own.clone()} />
                    </TeachingProvider>
                </ContextProvider<PageContext>>
            </>
        },
        // Progress floats over the first screen's list while it is there.
        waiting if loading && crate::boot::boot_list_shown() => html! {
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
            let total = link.as_ref().and_then(CorpusLink::total_bytes).filter(|&t| t > 0);
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

/// Files dropped anywhere on the page are added as the reader's own articles; while files are
/// dragged over it, `body.dropping` shows where they will go.
fn drop_files(on_files: Callback<Vec<web_sys::File>>) -> [EventListener; 3] {
    use gloo::events::EventListenerOptions;
    let document = gloo::utils::document();
    let has_files =
        |e: &web_sys::DragEvent| e.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0));
    let set_dropping = |on: bool| {
        if let Some(body) = gloo::utils::document().body() {
            let _ = if on { body.class_list().add_1("dropping") } else { body.class_list().remove_1("dropping") };
        }
    };
    let over = EventListener::new_with_options(
        &document,
        "dragover",
        EventListenerOptions::enable_prevent_default(),
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                return;
            };
            if has_files(e) {
                e.prevent_default();
                set_dropping(true);
            }
        },
    );
    let leave = EventListener::new(&document, "dragleave", move |e| {
        // Leaving the window (no element to go to) ends the drag over the page.
        if e.dyn_ref::<web_sys::DragEvent>().is_some_and(|e| e.related_target().is_none()) {
            set_dropping(false);
        }
    });
    let drop =
        EventListener::new_with_options(&document, "drop", EventListenerOptions::enable_prevent_default(), move |e| {
            let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                return;
            };
            set_dropping(false);
            let Some(list) = e.data_transfer().and_then(|dt| dt.files()) else {
                return;
            };
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
    // Not passive: `/` must not also type a slash into the box it focuses.
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
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
            if let Some(el) =
                gloo::utils::document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                el.click();
            }
        };
        match e.key().as_str() {
            "/" => {
                e.prevent_default();
                if let Some(el) = gloo::utils::document()
                    .get_element_by_id("search")
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
            "n" | "j" => click("next-hit"),
            "p" | "k" => click("prev-hit"),
            _ => {}
        }
    })
}
