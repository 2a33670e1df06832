//! The page's first screen, apart from the app: what a class sees and can search before the app's
//! own code (four times the bytes) has arrived.
//!
//! - [`html`]: the first screen's article list, written into `index.html` by the build step
//!   (`crates/corpus-build`), and the list for a search, in the app's markup.
//! - `load` (feature `page`, for the browser): fetching the corpus's files, handing the search
//!   part's bytes on to the app so that they are downloaded once, and reading them a slice at a
//!   time; the app loads its corpus with the same code.
//! - `page` (feature `page`): the first module itself (`src/main.rs`, built by trunk as
//!   `crosscheck-first`): it reads the search part (the documents, their index derived as they
//!   come: `engine::parts`) and answers the first screen's search box with
//!   [`html::main_content`] until the app takes over.
//!
//! This crate knows nothing of yew: that is what keeps the first module small (see BENCHMARKS.md,
//! "Page bytes").

pub mod html;
#[cfg(feature = "page")]
pub mod load;
#[cfg(feature = "page")]
pub mod page;
