//! The Crosscheck page: a thin view over the engine.
//!
//! `route` holds the whole view state as it lives in the URL (so a link reproduces a view);
//! `app` owns the router, derives search results from the URL with `use_memo`, and hands plain
//! values and callbacks to the leaf components in `search_view`, `quotes_view`, `crossdoc_view`, `reader` and `highlight`, which
//! hold no logic of their own. The corpus is fetched as its own file (written by
//! `crates/corpus-build` at build time) and decoded once (`corpus`); nothing is indexed in the
//! browser.

pub mod app;
pub mod byo;
pub mod corpus;
pub mod corrections;
pub mod crossdoc_view;
pub mod evidence;
pub mod exercises_view;
pub mod hand_in;
pub mod highlight;
pub mod notebook;
pub mod paging;
pub mod pause;
pub mod print;
pub mod profile_view;
pub mod quotes_view;
pub mod reader;
pub mod route;
pub mod search_view;
pub mod worker;

/// Mounts the app in `#root`, in place of the first screen `index.html` paints (its header at once;
/// its article list, when it has one and stays right, once the app's own is ready: `app::Shell`).
pub fn run() {
    let focused = take_boot_screen();
    let root = gloo::utils::document().get_element_by_id("root").unwrap_or_else(|| gloo::utils::body().into());
    yew::Renderer::<app::App>::with_root(root).render();
    if focused {
        wasm_bindgen_futures::spawn_local(async {
            // The app's box is on the page after its first render.
            for _ in 0..50 {
                if focus_search_box() {
                    return;
                }
                yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        });
    }
}

/// Takes over the first screen (`#boot` in index.html), carrying over what was typed in its search
/// box: it becomes the search in the address (unless the address has one already), which the app
/// then shows. Its header goes (the app draws its own); its list stays until the app's is ready,
/// unless the address is not the plain home view or the list is not for what was typed (the first
/// module, `crates/first-screen`, lists the results of what is typed, and says for what), when it
/// is not what the app will show. Whether the box had the keyboard focus, so that the app's box
/// gets it.
fn take_boot_screen() -> bool {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let Some(boot) = document.get_element_by_id(BOOT) else { return false };
    // The first module lets go of the page (crates/first-screen).
    if let Ok(event) = web_sys::Event::new(first_screen::page::APP_STARTED) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
    let input = document.get_element_by_id("boot-search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = input.as_ref().is_some_and(|i| document.active_element().is_some_and(|a| &a == i.as_ref() as &web_sys::Element));
    let typed = input.map(|i| i.value()).unwrap_or_default();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let home = matches!(hash.as_str(), "" | "#" | "#/");
    let list_for = document.get_element_by_id(BOOT_LIST).and_then(|l| l.get_attribute(first_screen::page::SHOWN_FOR)).unwrap_or_default();
    if home && boot_list_shown() && (typed.trim().is_empty() || typed == list_for) {
        for id in ["boot-header", "boot-status"] {
            if let Some(el) = document.get_element_by_id(id) {
                el.remove();
            }
        }
    } else {
        boot.remove();
    }
    if !typed.trim().is_empty() {
        if let Some(next) = route::hash_with_query(&hash, &typed) {
            let _ = gloo::utils::window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next)));
        }
    }
    focused
}

/// The ids of index.html's first screen and of its article list (written in by `crates/corpus-build`).
const BOOT: &str = "boot";
const BOOT_LIST: &str = "boot-layout";

/// Whether the first screen's article list is still on the page.
pub fn boot_list_shown() -> bool {
    gloo::utils::document().get_element_by_id(BOOT_LIST).is_some()
}

/// Removes what is left of the first screen, once the app shows its own view (or an error).
pub fn remove_boot_screen() {
    if let Some(boot) = gloo::utils::document().get_element_by_id(BOOT) {
        boot.remove();
    }
}

/// Puts the keyboard focus in the search box, after what it holds. Whether the box was there.
fn focus_search_box() -> bool {
    use wasm_bindgen::JsCast;
    let Some(input) = gloo::utils::document().get_element_by_id("search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return false;
    };
    let _ = input.focus();
    let end = input.value().encode_utf16().count() as u32;
    let _ = input.set_selection_range(end, end);
    true
}
