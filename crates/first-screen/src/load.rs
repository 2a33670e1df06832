//! The corpus's files, fetched once for the page: the search part by the first module, which hands
//! the downloaded bytes on to the app ([`hand_over`], [`take_handed_over`]), or by the app itself
//! when the first module did not run (a page opened at another view, or the first module failed);
//! the rest by the app.
//!
//! The build step (`crates/corpus-build`) writes the corpus in two parts (`engine::parts`) to
//! `corpus-<hash>.bin` (the articles) and `rest-<hash>.bin` (what the build found in them) and
//! puts one element in `index.html`: `<link rel="preload" as="fetch" crossorigin
//! id="crosscheck-corpus" href=… data-articles=… data-bytes=… data-rest=… data-rest-bytes=…>`.
//! The browser starts downloading the search part at once; [`Download`] reads a file (the same
//! request the preload made, so nothing is downloaded twice) as the pieces the network delivered,
//! left in the browser's memory; [`Pieces`] gives them to a decoder a window at a time, so no whole
//! copy of the file ever enters a WebAssembly memory (which never shrinks).
//!
//! Decoding gives the page's thread back every few milliseconds ([`searchable`], [`add_rest`]):
//! the articles are read and indexed one at a time, the rest a part at a time, so a long
//! collection never freezes the page while it opens.

use engine::parts::{RestReader, SearchReader};
use engine::{Corpus, CorpusError};
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The id of the element the build step adds to `index.html`.
const LINK_ID: &str = "crosscheck-corpus";
/// The property of `window` that holds the downloaded pieces between the first module and the app.
const HANDED_OVER: &str = "crosscheckCorpus";

/// What `index.html` says about the corpus before any of it has arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusLink {
    /// The search part's URL, resolved against the page (so a sub-path such as `/crosscheck/` works).
    pub href: String,
    pub articles: Option<usize>,
    pub bytes: Option<usize>,
    /// The rest's URL (beside the search part) and size.
    pub rest: Option<String>,
    pub rest_bytes: Option<usize>,
}

impl CorpusLink {
    /// The link the build step wrote, or `None` when the page was built without one.
    pub fn from_page() -> Option<CorpusLink> {
        let el = web_sys::window()?.document()?.get_element_by_id(LINK_ID)?;
        let link = el.dyn_into::<web_sys::HtmlLinkElement>().ok()?;
        let number = |name: &str| link.get_attribute(name).and_then(|v| v.parse().ok());
        let href = link.href();
        let rest = link.get_attribute("data-rest").map(|name| match href.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{name}"),
            None => name,
        });
        Some(CorpusLink {
            href,
            articles: number("data-articles"),
            bytes: number("data-bytes"),
            rest,
            rest_bytes: number("data-rest-bytes"),
        })
    }

    /// Both files' bytes, when the page says.
    pub fn total_bytes(&self) -> Option<usize> {
        Some(self.bytes? + self.rest_bytes.unwrap_or(0))
    }
}

/// Downloads the search part, reporting the bytes received as they arrive.
pub async fn fetch_corpus(link: &CorpusLink, progress: impl Fn(usize)) -> Result<Vec<Uint8Array>, String> {
    Download::start(&link.href).pieces(progress).await
}

/// A file of the corpus being downloaded: the request is made when it is started, so another
/// file can be decoded meanwhile.
pub struct Download {
    file: String,
    response: Result<js_sys::Promise, String>,
}

impl Download {
    /// Starts downloading `href`.
    pub fn start(href: &str) -> Download {
        let file = href.rsplit('/').next().unwrap_or(href).to_owned();
        let response = web_sys::window().ok_or_else(|| "no window".to_owned()).map(|w| w.fetch_with_str(href));
        Download { file, response }
    }

    /// The file's bytes as the pieces the network delivered, left in the browser's memory (read
    /// with [`Pieces`]), reporting the bytes received as they arrive.
    pub async fn pieces(self, progress: impl Fn(usize)) -> Result<Vec<Uint8Array>, String> {
        let file = self.file;
        let failed = |why: String| {
            format!(
                "Crosscheck could not download its articles ({file}): {why}. Reload the page; if you opened \
                 index.html straight from a folder, serve the folder with any static web server instead."
            )
        };
        let response = JsFuture::from(self.response.map_err(failed)?).await.map_err(|e| failed(js_message(&e)))?;
        let response: web_sys::Response =
            response.dyn_into().map_err(|_| failed("the answer was not a response".into()))?;
        if !response.ok() {
            return Err(failed(format!("the server answered {} {}", response.status(), response.status_text())));
        }
        let mut pieces = Vec::new();
        let Some(body) = response.body() else {
            return Ok(pieces);
        };
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
}

/// How long decoding works before it gives the page's thread back (ms): well under the 50 ms
/// that make a task long, even on a machine several times slower than a developer's.
const SLICE_MS: f64 = 8.0;

thread_local! {
    /// The channel [`give_way`] posts to, made the first time it is needed, with the pending wait.
    static CHANNEL: std::cell::RefCell<Option<web_sys::MessageChannel>> = const { std::cell::RefCell::new(None) };
    static PENDING: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Lets the browser handle input and paint before the next slice of work: a message posted to
/// the page itself starts a new task at once, where a nested `setTimeout` waits at least 4 ms
/// (a third of the time again, at slices of 8 ms). One channel, kept until [`stop_giving_way`],
/// its handler resolving whichever wait is pending.
async fn give_way() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let posted = CHANNEL.with(|channel| {
            let mut channel = channel.borrow_mut();
            if channel.is_none() {
                *channel = web_sys::MessageChannel::new().ok().inspect(|channel| {
                    let on_message = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                        if let Some(resolve) = PENDING.with(|p| p.borrow_mut().take()) {
                            let _ = resolve.call0(&JsValue::NULL);
                        }
                    });
                    channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                    on_message.forget();
                });
            }
            channel.as_ref().is_some_and(|channel| {
                PENDING.with(|p| *p.borrow_mut() = Some(resolve.clone()));
                channel.port2().post_message(&JsValue::NULL).is_ok()
            })
        });
        if !posted {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&resolve);
            }
        }
    });
    let _ = JsFuture::from(wait).await;
}

/// Closes [`give_way`]'s channel: a port with a handler is kept alive by the browser, and with it
/// the module whose code the handler is, so the first module closes it when the app takes over
/// (its memory is then freed).
pub fn stop_giving_way() {
    if let Some(channel) = CHANNEL.with(|c| c.borrow_mut().take()) {
        channel.port1().set_onmessage(None);
        channel.port1().close();
        channel.port2().close();
    }
}

/// The searchable corpus (its documents and their index) from the search part's pieces, read and
/// indexed a document at a time in slices of a few milliseconds; `progress(done, total)` after
/// each slice.
pub async fn searchable(pieces: Vec<Uint8Array>, progress: impl Fn(usize, usize)) -> Result<Corpus, CorpusError> {
    let mut reader = SearchReader::new(Pieces::new(pieces))?;
    loop {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < SLICE_MS {
            if !reader.step()? {
                return reader.finish();
            }
        }
        progress(reader.done(), reader.total());
        give_way().await;
    }
}

/// Reads the rest's pieces into `corpus`, a part at a time, giving the thread back between parts.
pub async fn add_rest(corpus: &mut Corpus, pieces: Vec<Uint8Array>) -> Result<(), CorpusError> {
    let mut reader = RestReader::new(Pieces::new(pieces), corpus)?;
    loop {
        give_way().await;
        if !reader.step(corpus)? {
            return Ok(());
        }
    }
}

/// Leaves the downloaded pieces for the app (on `window`), which takes them instead of fetching
/// the file again (after the page has loaded, a second request could fail: offline classrooms).
pub fn hand_over(pieces: &[Uint8Array]) {
    if let Some(window) = web_sys::window() {
        let array: Array = pieces.iter().collect();
        let _ = Reflect::set(&window, &HANDED_OVER.into(), &array);
    }
}

/// The pieces the first module left, taken (so the browser can let them go once decoded).
pub fn take_handed_over() -> Option<Vec<Uint8Array>> {
    let window = web_sys::window()?;
    let value = Reflect::get(&window, &HANDED_OVER.into()).ok()?;
    let _ = Reflect::delete_property(&window, &HANDED_OVER.into());
    let array = value.dyn_into::<Array>().ok()?;
    Some(array.iter().map(|piece| piece.unchecked_into::<Uint8Array>()).collect())
}

/// The pieces of a download as one `std::io::Read`; each piece is let go once read.
pub struct Pieces {
    pieces: std::vec::IntoIter<Uint8Array>,
    current: Option<Uint8Array>,
    at: u32,
}

impl Pieces {
    pub fn new(pieces: Vec<Uint8Array>) -> Pieces {
        Pieces { pieces: pieces.into_iter(), current: None, at: 0 }
    }
}

impl std::io::Read for Pieces {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while !buf.is_empty() {
            let piece = match &self.current {
                Some(piece) if self.at < piece.length() => piece,
                _ => {
                    let Some(next) = self.pieces.next() else {
                        return Ok(0);
                    };
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

/// A JavaScript error's message, for messages a person reads.
pub fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the network request failed".to_owned())
}
