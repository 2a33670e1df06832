//! The `crosscheck-ingest` web worker (see `src/worker.rs`); trunk builds it beside the app
//! (`index.html`: `data-type="worker"`), and the page starts it only when a reader adds articles.

fn main() {
    #[cfg(target_arch = "wasm32")]
    crosscheck::worker::start();
}
