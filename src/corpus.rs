//! The corpus: fetched as its own file beside the app, decoded once, then shared by every view.
//!
//! The build step (`crates/corpus-build`, run by trunk after each build) writes the engine's
//! serialised corpus in two parts (`engine::parts`), `corpus-<hash>.bin` (the articles) and
//! `rest-<hash>.bin` (what the build found in them), and puts one element in `index.html`:
//! `<link rel="preload" as="fetch" crossorigin id="crosscheck-corpus" href=… data-articles=…
//! data-bytes=… data-rest=… data-rest-bytes=…>`. The browser starts downloading the search part
//! at once; the page's first module (`crates/first-screen`) reads it to search the first screen
//! and hands the downloaded pieces on ([`take_handed_over`]); when it did not ([`fetch_corpus`]),
//! the app reads the file itself, with the same code. [`open_corpus`] reads both, a window at a
//! time and in slices of a few milliseconds (the articles' index is derived from their text as
//! they are read: the same code as the build's), so opening a long collection never freezes the
//! page. A corpus the page's worker builds (own articles, a lesson) comes in the same two parts
//! and is read the same way ([`open_parts`]).
//!
//! Keeping the corpus out of the wasm keeps the app shell the same size whatever the corpus, lets
//! the first screen appear before the articles arrive, and lets the browser cache the app and the
//! corpus separately.

use std::rc::Rc;

use engine::Corpus;
use js_sys::Uint8Array;

use first_screen::load::{add_rest, searchable};
pub use first_screen::load::{fetch_corpus, js_message, take_handed_over, CorpusLink, Download};
use wasm_bindgen::JsCast;

/// Where loading stands, for the shell to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// Downloading: `received` bytes so far.
    Fetching {
        link: Option<CorpusLink>,
        received: usize,
    },
    /// Decoding the downloaded bytes.
    Decoding {
        link: Option<CorpusLink>,
    },
    Ready(CorpusRef),
    Failed(String),
}

/// The corpus in a worker's answer (`crate::worker::CORPUS_PARTS`): its articles read and indexed
/// in slices, then the rest, as the page's own corpus is (no task long enough to freeze the page,
/// whatever the collection's size).
pub async fn open_parts(answer: &wasm_bindgen::JsValue) -> Result<Corpus, String> {
    let part = |k: &str| {
        js_sys::Reflect::get(answer, &k.into())
            .ok()
            .filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>())
            .map(|v| Uint8Array::new(&v))
            .ok_or("the helper sent no articles back")
    };
    let [search, rest] = crate::worker::CORPUS_PARTS.map(part);
    let mut corpus = searchable(vec![search?], |_, _| ()).await.map_err(cannot_open)?;
    add_rest(&mut corpus, vec![rest?]).await.map_err(cannot_open)?;
    Ok(corpus)
}

fn cannot_open(e: engine::CorpusError) -> String {
    format!("Crosscheck cannot open its articles: {e}. Rebuild the app from its seeds and reload.")
}

/// The collection from the search part's pieces and the rest's download: the articles read and
/// indexed in slices, then the rest, reporting its download as bytes after the search part's
/// (`search_bytes`).
pub async fn open_corpus(
    pieces: Vec<Uint8Array>,
    rest: Download,
    search_bytes: usize,
    progress: impl Fn(usize),
) -> Result<Corpus, String> {
    let mut corpus = searchable(pieces, |_, _| ()).await.map_err(cannot_open)?;
    let rest = rest.pieces(|received| progress(search_bytes + received)).await?;
    add_rest(&mut corpus, rest).await.map_err(cannot_open)?;
    Ok(corpus)
}

/// A handle on the corpus for component properties: cheap to clone, compared by address (a new
/// corpus, e.g. with the reader's own articles added, is a new value; the same one never changes).
#[derive(Clone, Debug)]
pub struct CorpusRef(pub Rc<Corpus>);

impl CorpusRef {
    pub fn new(corpus: Corpus) -> CorpusRef {
        CorpusRef(Rc::new(corpus))
    }
}

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CorpusRef {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.0
    }
}

/// The quotation of the seed corpus whose text is `text`, for the app crate's unit tests.
#[cfg(test)]
pub fn test_quote(c: &Corpus, text: &str) -> usize {
    c.quotes.quotes.iter().position(|q| q.text == text).unwrap_or_else(|| panic!("a quotation “{text}” in the seeds"))
}

/// The seed corpus built natively, for the app crate's unit tests.
#[cfg(test)]
pub fn test_corpus() -> &'static Corpus {
    use std::sync::LazyLock;
    static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .expect("seeds/ reads");
        Corpus::from_texts(dir.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).expect("the seeds build")
    });
    &CORPUS
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_seed_corpus_round_trips_through_its_two_parts() {
        // As a worker hands a corpus to the page (`open_parts`, which reads the same parts in slices).
        let c = super::test_corpus();
        assert!(!c.docs.is_empty());
        assert!(c.docs.iter().all(|d| !d.title.is_empty()));
        let open = |search: &[u8], rest: &[u8]| engine::Corpus::from_parts(search, rest).map_err(super::cannot_open);
        assert_eq!(&open(&c.search_part(), &c.rest_part()).expect("decodes"), c);
        assert!(open(b"not a corpus", &c.rest_part()).unwrap_err().contains("Rebuild the app"));
    }
}
