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
//! page. A corpus the page's worker builds (own articles, a lesson) comes whole
//! ([`decode_pieces`]).
//!
//! Keeping the corpus out of the wasm keeps the app shell the same size whatever the corpus, lets
//! the first screen appear before the articles arrive, and lets the browser cache the app and the
//! corpus separately.

use std::rc::Rc;

use engine::Corpus;
use js_sys::Uint8Array;

use first_screen::load::{add_rest, searchable, Pieces};
pub use first_screen::load::{fetch_corpus, js_message, take_handed_over, CorpusLink, Download};

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

/// Decodes corpus bytes held by the browser (`pieces`, in order), copying them into the app's
/// memory a window at a time as the decoder reads (`Corpus::from_reader`): a WebAssembly memory
/// never shrinks, so a whole copy of the file would have stayed part of the page's memory.
pub fn decode_pieces(pieces: Vec<Uint8Array>) -> Result<Corpus, String> {
    decode(Pieces::new(pieces))
}

/// Decodes the corpus `reader` gives, with a message a teacher can act on when it is not one.
fn decode(reader: impl std::io::Read) -> Result<Corpus, String> {
    Corpus::from_reader(reader).map_err(cannot_open)
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
    fn the_seed_corpus_round_trips_through_its_bytes() {
        let c = super::test_corpus();
        assert!(!c.docs.is_empty());
        assert!(c.docs.iter().all(|d| !d.title.is_empty()));
        assert_eq!(&super::decode(&c.to_bytes()[..]).expect("decodes"), c);
        assert!(super::decode(&b"not a corpus"[..]).unwrap_err().contains("Rebuild the app"));
    }
}
