//! The corpus: fetched as its own file beside the app, decoded once, then shared by every view.
//!
//! The build step (`crates/corpus-build`, run by trunk after each build) writes the engine's
//! serialised corpus to `corpus-<hash>.bin` and puts one element in `index.html`:
//! `<link rel="preload" as="fetch" crossorigin id="crosscheck-corpus" href=… data-articles=…
//! data-bytes=…>`. The browser starts downloading the corpus while the app's WebAssembly
//! compiles; the app shell renders at once and shows progress; [`fetch_corpus`] reads the file
//! (the same request the preload made, so nothing is downloaded twice) and [`decode_pieces`]
//! decodes it, a window at a time, without copying the whole file into the app's memory. Nothing
//! is indexed in the browser.
//!
//! Keeping the corpus out of the wasm keeps the app shell the same size whatever the corpus, lets
//! the first screen appear before the articles arrive, and lets the browser cache the app and the
//! corpus separately.

use std::rc::Rc;

use engine::Corpus;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The id of the element the build step adds to `index.html`.
const LINK_ID: &str = "crosscheck-corpus";

/// What `index.html` says about the corpus before any of it has arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusLink {
    /// The corpus file's URL, resolved against the page (so a sub-path such as `/crosscheck/` works).
    pub href: String,
    pub articles: Option<usize>,
    pub bytes: Option<usize>,
}

impl CorpusLink {
    /// The link the build step wrote, or `None` when the page was built without one.
    pub fn from_page() -> Option<CorpusLink> {
        let el = gloo::utils::document().get_element_by_id(LINK_ID)?;
        let link = el.dyn_into::<web_sys::HtmlLinkElement>().ok()?;
        let number = |name: &str| link.get_attribute(name).and_then(|v| v.parse().ok());
        Some(CorpusLink { href: link.href(), articles: number("data-articles"), bytes: number("data-bytes") })
    }
}

/// Where loading stands, for the shell to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// Downloading: `received` bytes so far.
    Fetching { link: Option<CorpusLink>, received: usize },
    /// Decoding the downloaded bytes.
    Decoding { link: Option<CorpusLink> },
    Ready(CorpusRef),
    Failed(String),
}

/// Downloads the corpus, reporting the bytes received as they arrive: the pieces the network
/// delivered, left in the browser's memory (not copied into the app's: see [`decode_pieces`]).
pub async fn fetch_corpus(link: &CorpusLink, progress: impl Fn(usize)) -> Result<Vec<Uint8Array>, String> {
    let file = link.href.rsplit('/').next().unwrap_or(&link.href).to_owned();
    let failed = |why: String| {
        format!(
            "Crosscheck could not download its articles ({file}): {why}. Reload the page; if you opened \
             index.html straight from a folder, serve the folder with any static web server instead."
        )
    };
    let window = gloo::utils::window();
    let response = JsFuture::from(window.fetch_with_str(&link.href)).await.map_err(|e| failed(js_message(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("the answer was not a response".into()))?;
    if !response.ok() {
        return Err(failed(format!("the server answered {} {}", response.status(), response.status_text())));
    }
    let mut pieces = Vec::new();
    let Some(body) = response.body() else { return Ok(pieces) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut received = 0;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| failed(js_message(&e)))?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|e| failed(js_message(&e)))?;
        let piece = Uint8Array::new(&value);
        received += piece.length() as usize;
        pieces.push(piece);
        progress(received);
    }
    Ok(pieces)
}

/// Decodes corpus bytes held by the browser (`pieces`, in order), copying them into the app's
/// memory a window at a time as the decoder reads (`Corpus::from_reader`): a WebAssembly memory
/// never shrinks, so a whole copy of the file would have stayed part of the page's memory.
pub fn decode_pieces(pieces: Vec<Uint8Array>) -> Result<Corpus, String> {
    decode(Pieces { pieces: pieces.into_iter(), current: None, at: 0 })
}

/// Decodes the corpus `reader` gives, with a message a teacher can act on when it is not one.
fn decode(reader: impl std::io::Read) -> Result<Corpus, String> {
    Corpus::from_reader(reader).map_err(|e| format!("Crosscheck cannot open its articles: {e}. Rebuild the app from its seeds and reload."))
}

/// The pieces of a download as one `std::io::Read`; each piece is let go once read.
struct Pieces {
    pieces: std::vec::IntoIter<Uint8Array>,
    current: Option<Uint8Array>,
    at: u32,
}

impl std::io::Read for Pieces {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while !buf.is_empty() {
            let piece = match &self.current {
                Some(piece) if self.at < piece.length() => piece,
                _ => {
                    let Some(next) = self.pieces.next() else { return Ok(0) };
                    (self.current, self.at) = (Some(next), 0);
                    continue;
                }
            };
            let n = (piece.length() - self.at).min(u32::try_from(buf.len()).unwrap_or(u32::MAX));
            piece.subarray(self.at, self.at + n).copy_to(&mut buf[..n as usize]);
            self.at += n;
            return Ok(n as usize);
        }
        Ok(0)
    }
}

/// What a failed JS call says, in words (an `Error`'s message, a thrown string, or a fallback).
pub(crate) fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_else(|| "the network request failed".to_owned())
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

/// The seed corpus built natively, for the app crate's unit tests.
#[cfg(test)]
pub fn test_corpus() -> &'static Corpus {
    use std::sync::LazyLock;
    static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("seeds/ reads");
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
