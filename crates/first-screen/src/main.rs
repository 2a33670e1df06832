//! The first module (`crosscheck-first`): index.html loads it before the app (see `page.rs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    first_screen::page::start();
}
