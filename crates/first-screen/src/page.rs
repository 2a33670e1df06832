//! The first module: makes the first screen's search box work while the app loads.
//!
//! index.html loads it before the app (the script the build step writes there, `crates/corpus-build`):
//! it downloads the corpus's search part (which the app would have to download anyway, and now
//! takes from it: [`hand_over`]), reads the documents and derives their index a slice at a time
//! ([`searchable`]), and from then on answers every key in
//! the first screen's box with the list for what is typed ([`html::main_content`]), the same markup
//! as the app's. It then tells the page it is done (the event `crosscheck-first`, also sent when it
//! failed), and the page starts the app, which takes the first screen over (`src/lib.rs`): it keeps
//! what was typed and the list shown until its own is ready. Nothing then refers to this module's
//! instance but the first screen's elements, which the app removes: the browser frees its memory.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::html;
use crate::load::{fetch_corpus, hand_over, searchable, stop_giving_way, CorpusLink};

/// The event the page's loader waits for before it starts the app.
const DONE: &str = "crosscheck-first";
/// The first screen's search box, its layout and the layout's `<main>` (index.html, `html.rs`).
const BOX: &str = "boot-search";
const LAYOUT: &str = "boot-layout";
const MAIN: &str = "#boot-layout .boot-main";
/// The event the app sends when it takes the first screen over (`src/lib.rs`).
pub const APP_STARTED: &str = "crosscheck-app";
/// The class index.html's first script gives the page when it opens at another address than the
/// articles' list, which hides the list.
const ELSEWHERE: &str = "boot-elsewhere";
/// The layout's attribute naming what its list shows the results for (read by the app when it
/// takes over: `src/lib.rs`).
pub const SHOWN_FOR: &str = "data-query";

/// Starts the first module's work; returns at once.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        if let Err(why) = run().await {
            web_sys::console::warn_1(
                &format!("Crosscheck: the first screen's search did not start ({why}); the app will.").into(),
            );
        }
        if let Some(window) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new(DONE) {
                let _ = window.dispatch_event(&event);
            }
        }
    });
}

async fn run() -> Result<(), String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    // Opened at another view (a shared link, an exercise): there is no list to search, and the
    // app is what the reader waits for; it starts at once and downloads the corpus itself.
    if document.document_element().is_some_and(|root| root.class_list().contains(ELSEWHERE)) {
        return Ok(());
    }
    let link = CorpusLink::from_page().ok_or("no corpus link in index.html")?;
    let pieces = fetch_corpus(&link, |_| ()).await?;
    hand_over(&pieces);
    let corpus = searchable(pieces, |_, _| ()).await.map_err(|e| e.to_string())?;
    let (Some(input), Some(layout), Some(main)) = (
        document.get_element_by_id(BOX).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()),
        document.get_element_by_id(LAYOUT),
        document.query_selector(MAIN).ok().flatten(),
    ) else {
        return Ok(()); // a page without a first screen: nothing to search
    };
    let corpus = Rc::new(corpus);
    let render = {
        let input = input.clone();
        move || {
            let typed = input.value();
            main.set_inner_html(&html::main_content(&corpus, &typed));
            let _ = layout.set_attribute(SHOWN_FOR, &typed);
        }
    };
    // What was typed while this module loaded.
    if !input.value().trim().is_empty() {
        render();
    }
    let on_input = Closure::<dyn Fn()>::new(render);
    input
        .add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref())
        .map_err(|_| "cannot listen to the search box")?;
    // The listener lives as long as the box: the app removes both.
    on_input.forget();
    // A link followed before the app is there (a result, a view in the header) leaves the list for
    // "Starting Crosscheck…", as a page opened at that address shows (index.html's first script);
    // coming back shows the list again. Listening on the layout's own element would not do:
    // `hashchange` goes to the window, so this listener ends with the app's takeover instead.
    let root = document.document_element().ok_or("no document element")?;
    let window = web_sys::window().ok_or("no window")?;
    let on_hash = Closure::<dyn Fn()>::new({
        let window = window.clone();
        move || {
            let hash = window.location().hash().unwrap_or_default();
            let _ = root.class_list().toggle_with_force(ELSEWHERE, !matches!(hash.as_str(), "" | "#" | "#/"));
        }
    });
    let on_hash: js_sys::Function = on_hash.into_js_value().unchecked_into();
    window.add_event_listener_with_callback("hashchange", &on_hash).map_err(|_| "cannot follow the address")?;
    // The app says when it takes over (`src/lib.rs`): then nothing may hold on to this module.
    let stop = Closure::once_into_js({
        let window = window.clone();
        move || {
            let _ = window.remove_event_listener_with_callback("hashchange", &on_hash);
            stop_giving_way();
        }
    });
    let once = web_sys::AddEventListenerOptions::new();
    once.set_once(true);
    window
        .add_event_listener_with_callback_and_add_event_listener_options(APP_STARTED, stop.unchecked_ref(), &once)
        .map_err(|_| "cannot listen for the app")?;
    Ok(())
}
