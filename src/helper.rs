//! The page's side of the `crosscheck-ingest` worker (`crate::worker`): start it, hand it one job
//! at a time, follow its progress, get its answer. The worker's module is loaded only when a
//! reader adds articles, opens or saves a lesson; a [`Helper`] lasts one such task and ends the
//! worker when dropped, so its memory goes with it.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

/// The worker's start-up script (`src/ingest_loader.js`, copied beside the page by trunk), for a
/// page whose build step gave no address with the files' fingerprint.
const WORKER_SCRIPT: &str = "ingest_loader.js";
/// The `<meta>`s naming the collection's texts and the worker's address, with a fingerprint of
/// its files so that no cached worker of an earlier build is used (written by `crates/corpus-build`).
const LIBRARY_META: &str = "crosscheck-library";
const WORKER_META: &str = "crosscheck-ingest";

/// Where a job stands: a stage in words, and how many of how many (0 of 0: no count).
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub stage: String,
    pub done: usize,
    pub total: usize,
}

/// A running worker.
pub struct Helper {
    worker: Worker,
    state: Rc<RefCell<State>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

#[derive(Default)]
struct State {
    /// The promise's resolve and reject of what is awaited (the start, or a job's answer).
    waiting: Option<(Function, Function)>,
    progress: Option<Callback<Progress>>,
    /// Why the worker stopped, once it has.
    stopped: Option<String>,
}

impl Helper {
    /// Starts the worker and waits until it listens (at most 30 seconds).
    pub async fn start() -> Result<Helper, String> {
        let address = meta_content(WORKER_META).unwrap_or_else(|| WORKER_SCRIPT.to_owned());
        let worker = Worker::new(&address).map_err(|e| {
            format!("the part of Crosscheck that reads files could not start ({})", crate::idb::js_reason(&e))
        })?;
        let state = Rc::new(RefCell::new(State::default()));
        let on_message = {
            let state = state.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                let get = |k: &str| Reflect::get(&data, &k.into()).ok().filter(|v| !v.is_undefined());
                if let Some(stage) = get("stage").and_then(|s| s.as_string()) {
                    let n = |k: &str| get(k).and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
                    let progress = state.borrow().progress.clone();
                    if let Some(p) = progress {
                        p.emit(Progress { stage, done: n("done"), total: n("total") });
                    }
                    return;
                }
                let waiting = state.borrow_mut().waiting.take();
                if let Some((resolve, reject)) = waiting {
                    let _ = match get("error").and_then(|m| m.as_string()) {
                        Some(msg) => reject.call1(&JsValue::NULL, &msg.into()),
                        None => resolve.call1(&JsValue::NULL, &data),
                    };
                }
            })
        };
        let on_error = {
            let state = state.clone();
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                let why = format!("the part of Crosscheck that reads files stopped ({})", e.message());
                let waiting = state.borrow_mut().waiting.take();
                state.borrow_mut().stopped = Some(why.clone());
                if let Some((_, reject)) = waiting {
                    let _ = reject.call1(&JsValue::NULL, &why.into());
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let helper = Helper { worker, state, _on_message: on_message, _on_error: on_error };
        // A worker that never says it is ready (its script blocked, say) must not leave the page
        // waiting for ever.
        let ready = helper.wait();
        let timeout = {
            let state = helper.state.clone();
            async move {
                yew::platform::time::sleep(std::time::Duration::from_secs(30)).await;
                let waiting = state.borrow_mut().waiting.take();
                if let Some((_, reject)) = waiting {
                    let _ = reject.call1(
                        &JsValue::NULL,
                        &"the part of Crosscheck that reads files did not start; reload the page and try again".into(),
                    );
                }
            }
        };
        wasm_bindgen_futures::spawn_local(timeout);
        ready.await?;
        Ok(helper)
    }

    /// Hands the worker a job (`transfer`: buffers moved to it, not copied) and waits for its
    /// answer; `progress` follows along. `Err` is the worker's reason.
    pub async fn call(&self, job: &JsValue, transfer: &Array, progress: Callback<Progress>) -> Result<JsValue, String> {
        if let Some(why) = self.state.borrow().stopped.clone() {
            return Err(why);
        }
        self.state.borrow_mut().progress = Some(progress);
        let answer = self.wait();
        self.worker
            .post_message_with_transfer(job, transfer)
            .map_err(|e| format!("the files could not be handed over ({})", crate::idb::js_reason(&e)))?;
        answer.await
    }

    /// The next answer (or the start): a promise settled by the message handler.
    fn wait(&self) -> impl std::future::Future<Output = Result<JsValue, String>> {
        let state = self.state.clone();
        let promise = Promise::new(&mut |resolve, reject| state.borrow_mut().waiting = Some((resolve, reject)));
        async move { JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| crate::idb::js_reason(&e))) }
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// What index.html's `<meta name="{name}">` says.
fn meta_content(name: &str) -> Option<String> {
    gloo::utils::document().query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
}

/// The collection's texts' address (`library-<hash>.bin`), resolved against the page.
pub fn library_url() -> Result<String, String> {
    let missing = || "this page was built without its texts (no crosscheck-library in index.html)".to_owned();
    let name = meta_content(LIBRARY_META).ok_or_else(missing)?;
    let base = gloo::utils::document().base_uri().ok().flatten().ok_or_else(missing)?;
    web_sys::Url::new_with_base(&name, &base).map(|u| u.href()).map_err(|_| missing())
}

/// A JS array of strings.
pub fn strings<'a>(items: impl IntoIterator<Item = &'a String>) -> Array {
    items.into_iter().map(|s| JsValue::from(s.as_str())).collect()
}

/// The strings of a JS array (others passed over).
pub fn read_strings(value: Option<JsValue>) -> Vec<String> {
    value
        .filter(Array::is_array)
        .map(|v| Array::from(&v).iter().filter_map(|s| s.as_string()).collect())
        .unwrap_or_default()
}
