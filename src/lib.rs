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
pub mod print;
pub mod profile_view;
pub mod quotes_view;
pub mod reader;
pub mod route;
pub mod search_view;
pub mod worker;

/// Mounts the app on the page's body.
pub fn run() {
    yew::Renderer::<app::App>::new().render();
}
