//! The Crosscheck page: a thin view over the engine.
//!
//! A view's address is defined once in `engine::address`; `route` is the router's side of it.
//! `app` owns the router and the collection (`collection`, a reducer); `explorer` derives what the
//! screens show from the address with `use_memo` and hands plain values and callbacks to the
//! screens (`screens/`, one file each), which draw them with the pieces in `ui/`. The corpus is fetched as its own file (written by
//! `crates/corpus-build` at build time) and decoded once (`corpus`); nothing is indexed in the
//! browser.

pub mod app;
pub mod boot;
pub mod byo;
pub mod collection;
pub mod corpus;
pub mod evidence;
pub mod explorer;
pub mod hand_in;
pub mod helper;
pub mod idb;
pub mod lesson_draft;
pub mod lessons;
pub mod notebook;
pub mod own;
pub mod pause;
pub mod route;
pub mod screens;
pub mod scroll;
pub mod stored;
pub mod typing;
pub mod ui;
pub mod worker;

/// Mounts the app in `#root`, in place of the first screen `index.html` paints (its header at once;
/// its article list, when it has one and stays right, once the app's own is ready: `app::Shell`).
pub fn run() {
    let focused = boot::take_boot_screen();
    let root = gloo::utils::document().get_element_by_id("root").unwrap_or_else(|| gloo::utils::body().into());
    yew::Renderer::<app::App>::with_root(root).render();
    if focused {
        wasm_bindgen_futures::spawn_local(async {
            // The app's box is on the page after its first render.
            for _ in 0..50 {
                if boot::focus_search_box() {
                    return;
                }
                yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        });
    }
}
