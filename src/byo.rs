//! Bring your own articles: `.txt` files from the reader's disk, added to every view without a
//! rebuild and without leaving the browser.
//!
//! Files arrive through the picker in the sidebar or by dropping them anywhere on the page. The
//! page reads them, then hands them with every file added before to the `crosscheck-ingest`
//! worker (`src/worker.rs`), which builds the corpus again from the collection's own texts plus
//! these and sends back the bytes; the page decodes them and every view shows the new corpus.
//! Files that are not UTF-8 text or hold no article are listed with the reason; the others are
//! still added. The added files live in this page only: a reload starts from the collection again.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, ArrayBuffer, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, MessageEvent, Worker};
use yew::prelude::*;

use crate::corpus::{decode_pieces, CorpusRef};
use crate::worker::object;

/// The worker's start-up script (`src/ingest_loader.js`, copied beside the page by trunk), for a
/// page whose build step gave no address with the files' fingerprint.
const WORKER_SCRIPT: &str = "ingest_loader.js";
/// The `<meta>`s naming the collection's texts and the worker's address, with a fingerprint of
/// its files so that no cached worker of an earlier build is used (written by `crates/corpus-build`).
const LIBRARY_META: &str = "crosscheck-library";
const WORKER_META: &str = "crosscheck-ingest";

/// Where adding articles stands, for the sidebar to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Adding {
    #[default]
    Idle,
    Working { stage: String, done: usize, total: usize },
    Done { added: Vec<String>, skipped: Vec<(String, String)> },
    Failed(String),
}

/// The files added so far (name, bytes): every rebuild includes all of them.
pub type OwnFiles = Rc<RefCell<Vec<(String, Vec<u8>)>>>;

/// What a finished job gives the shell: the new corpus and the slugs of the reader's articles.
#[derive(Clone, Debug)]
pub struct Rebuilt {
    pub corpus: CorpusRef,
    pub own: Vec<String>,
}

/// Reads `files`, adds them to `own` (a file of the same name replaces the earlier one) and has
/// the worker rebuild the corpus. `status` follows along; `done` gets the result.
pub fn add_files(files: Vec<web_sys::File>, own: OwnFiles, status: Callback<Adding>, done: Callback<Rebuilt>) {
    wasm_bindgen_futures::spawn_local(async move {
        let total = files.len();
        let mut skipped = Vec::new();
        for (i, file) in files.iter().enumerate() {
            status.emit(Adding::Working { stage: "Reading your files".into(), done: i, total });
            let name = file.name();
            if !is_text_file(&name, &file.type_()) {
                skipped.push((name, "not a .txt file".to_owned()));
                continue;
            }
            match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => {
                    let bytes = Uint8Array::new(&buf).to_vec();
                    let mut own = own.borrow_mut();
                    own.retain(|(n, _)| *n != name);
                    own.push((name, bytes));
                }
                Err(_) => skipped.push((name, "could not be read from the disk".to_owned())),
            }
        }
        if own.borrow().is_empty() {
            status.emit(Adding::Done { added: Vec::new(), skipped });
            return;
        }
        if let Err(msg) = rebuild(&own, skipped, status.clone(), done) {
            status.emit(Adding::Failed(msg));
        }
    });
}

fn is_text_file(name: &str, mime: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("txt")) || mime == "text/plain"
}

/// Starts the worker on every added file; it reports through `status` and `done`.
fn rebuild(own: &OwnFiles, mut skipped: Vec<(String, String)>, status: Callback<Adding>, done: Callback<Rebuilt>) -> Result<(), String> {
    let library = library_url().ok_or("this page was built without its texts (no crosscheck-library in index.html)")?;
    let worker = Worker::new(&meta_content(WORKER_META).unwrap_or_else(|| WORKER_SCRIPT.to_owned())).map_err(|e| format!("the helper that reads your files could not start ({e:?})"))?;
    let files = Array::new();
    for (name, bytes) in own.borrow().iter() {
        files.push(&object(&[("name", name.into()), ("bytes", Uint8Array::from(bytes.as_slice()).buffer().into())]));
    }
    // Sent when the worker says it is ready.
    let job = object(&[("library", library.into()), ("files", files.into())]);

    let w = worker.clone();
    let mut job = Some(job);
    // A worker that never says it is ready (its script blocked, say) must not leave the page
    // waiting for ever.
    let started = Rc::new(std::cell::Cell::new(false));
    {
        let (started, w, status) = (started.clone(), worker.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            yew::platform::time::sleep(std::time::Duration::from_secs(30)).await;
            if !started.get() {
                w.terminate();
                status.emit(Adding::Failed("Your articles could not be added: the part of Crosscheck that reads them did not start. Reload the page and try again.".into()));
            }
        });
    }
    let on_error = {
        let (w, status) = (worker.clone(), status.clone());
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            w.terminate();
            status.emit(Adding::Failed(format!("The helper that reads your files stopped: {}", e.message())));
        })
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let get = |k: &str| Reflect::get(&data, &k.into()).ok().filter(|v| !v.is_undefined());
        if get("ready").is_some() {
            started.set(true);
            if let Some(job) = job.take() {
                if w.post_message(&job).is_err() {
                    w.terminate();
                    status.emit(Adding::Failed("Your files could not be handed to the helper that reads them.".into()));
                }
            }
            return;
        }
        if let Some(stage) = get("stage").and_then(|s| s.as_string()) {
            let n = |k: &str| get(k).and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
            status.emit(Adding::Working { stage, done: n("done"), total: n("total") });
            return;
        }
        w.terminate();
        started.set(true);
        if let Some(msg) = get("error").and_then(|s| s.as_string()) {
            status.emit(Adding::Failed(format!("Your articles could not be added: {msg}")));
            return;
        }
        for pair in get("skipped").map(|v| Array::from(&v)).unwrap_or_default().iter() {
            let pair = Array::from(&pair);
            skipped.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default()));
        }
        let own: Vec<String> = get("added").map(|v| Array::from(&v)).unwrap_or_default().iter().filter_map(|s| s.as_string()).collect();
        match get("corpus").filter(|c| c.is_instance_of::<ArrayBuffer>()) {
            None => status.emit(Adding::Done { added: Vec::new(), skipped: std::mem::take(&mut skipped) }),
            Some(buf) => match decode_pieces(vec![Uint8Array::new(&buf)]) {
                Ok(corpus) => {
                    let corpus = CorpusRef::new(corpus);
                    let added = own.iter().filter_map(|s| corpus.doc_by_slug(s)).map(|d| corpus.docs[d].title.clone()).collect();
                    status.emit(Adding::Done { added, skipped: std::mem::take(&mut skipped) });
                    done.emit(Rebuilt { corpus, own: own.clone() });
                }
                Err(msg) => status.emit(Adding::Failed(msg)),
            },
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The worker is terminated after its one answer; its handlers live as long as the page.
    on_message.forget();
    on_error.forget();
    Ok(())
}

/// What index.html's `<meta name="{name}">` says.
fn meta_content(name: &str) -> Option<String> {
    gloo::utils::document().query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
}

/// The library file's address, resolved against the page.
fn library_url() -> Option<String> {
    let name = meta_content(LIBRARY_META)?;
    let base = gloo::utils::document().base_uri().ok()??;
    web_sys::Url::new_with_base(&name, &base).ok().map(|u| u.href())
}

#[derive(Properties, PartialEq)]
pub struct AddArticlesProps {
    pub adding: Adding,
    /// How many of the corpus's articles are the reader's own.
    pub own: usize,
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_remove: Callback<()>,
}

/// The sidebar's "Your own articles" box: a file picker (drop works anywhere on the page), the
/// progress of a rebuild and what it added or passed over.
#[function_component(AddArticles)]
pub fn add_articles(props: &AddArticlesProps) -> Html {
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = input.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect::<Vec<_>>()).unwrap_or_default();
            input.set_value("");
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let busy = matches!(props.adding, Adding::Working { .. });
    let status = match &props.adding {
        Adding::Idle => html! {},
        Adding::Working { stage, done, total } => html! {
            <>
                <p>{format!("{stage}…")}{ if *total > 0 && *done < *total { format!(" {} of {}", done + 1, total) } else { String::new() } }</p>
                if *total > 0 && *done < *total {
                    <progress max={total.to_string()} value={done.to_string()} aria-label="Your files read"></progress>
                } else {
                    <progress aria-label="Building"></progress>
                }
            </>
        },
        Adding::Done { added, skipped } => html! {
            <>
                if !added.is_empty() {
                    <p class="added">{format!("Added {}: ", engine::listing::plural(added.len(), "article"))}{added.join("; ")}{"."}</p>
                }
                if !skipped.is_empty() {
                    <p class="skipped">{"Not added:"}</p>
                    <ul class="skipped">
                        { for skipped.iter().map(|(n, why)| html! { <li><span class="file-name">{n.clone()}</span>{format!(": {why}")}</li> }) }
                    </ul>
                }
            </>
        },
        Adding::Failed(msg) => html! { <p class="error" role="alert">{msg.clone()}</p> },
    };
    let on_remove = {
        let cb = props.on_remove.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section id="own-articles" class="own-articles" aria-labelledby="own-articles-h">
            <h2 id="own-articles-h">{"Your own articles"}</h2>
            <p class="hint">{"Open .txt files (or drop them on the page): they are read here, in this browser, and never uploaded."}</p>
            <label class="file-button">
                {"Add .txt files…"}
                <input id="add-files" type="file" accept=".txt,text/plain" multiple=true disabled={busy} {onchange} />
            </label>
            if props.own > 0 && !busy {
                <button type="button" id="remove-own" onclick={on_remove}>{format!("Remove your {}", engine::listing::plural(props.own, "article"))}</button>
            }
            <div id="own-status" role="status" aria-live="polite">{status}</div>
        </section>
    }
}
