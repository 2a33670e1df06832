//! The web worker that adds a reader's own articles: it rebuilds the corpus off the page's thread.
//!
//! Adding articles means building the corpus again from every text (names, shared passages and
//! quotation variants are found across articles), which takes from a fraction of a second to
//! many seconds. Done on the page's thread it would freeze typing; here it runs in a worker
//! (`crosscheck-ingest`, its own small wasm module that the page loads only when needed), which
//! reports progress and hands back the new corpus's bytes.
//!
//! Messages (plain JS objects):
//! - worker → page: `{ ready: true }` once it listens (a job sent earlier would be lost);
//! - page → worker: `{ library: url, files: [{ name, bytes: ArrayBuffer }] }`: the build's texts
//!   (`library-<hash>.bin`, fetched here) and every file the reader has added so far.
//! - worker → page: `{ stage, done, total }` while working; then `{ corpus: ArrayBuffer, added:
//!   [slug], skipped: [[name, reason]] }`, or `{ error }` when nothing could be built.
//!
//! Nothing leaves the browser: the only request is for the library file, from the page's origin.

use engine::library::Library;
use engine::source::decode;

use crate::corpus::js_message;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts listening for jobs (called by the worker binary's `main`).
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        wasm_bindgen_futures::spawn_local(async move {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let reply = match job(&scope, e.data()).await {
                Ok(reply) => reply,
                Err(msg) => object(&[("error", msg.into())]),
            };
            let transfer = Reflect::get(&reply, &"corpus".into()).ok().filter(|v| v.is_instance_of::<ArrayBuffer>());
            let _ = match transfer {
                Some(buf) => scope.post_message_with_transfer(&reply, &Array::of1(&buf)),
                None => scope.post_message(&reply),
            };
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point were dropped (the module was still loading): say so.
    let _ = scope.post_message(&object(&[("ready", true.into())]));
}

async fn job(scope: &DedicatedWorkerGlobalScope, data: JsValue) -> Result<JsValue, String> {
    let progress = |stage: &str, done: usize, total: usize| {
        let _ = scope.post_message(&object(&[("stage", stage.into()), ("done", done.into()), ("total", total.into())]));
    };
    let url = Reflect::get(&data, &"library".into()).ok().and_then(|v| v.as_string()).ok_or("no library address given")?;
    let files: Array = Reflect::get(&data, &"files".into()).map_err(|_| "no files given")?.unchecked_into();
    let total = files.length() as usize;

    progress("Fetching the collection’s own texts", 0, total);
    let library = fetch_library(scope, &url).await?;

    let mut texts = Vec::new();
    let skipped = Array::new();
    for (i, file) in files.iter().enumerate() {
        progress("Reading your files", i, total);
        let name = Reflect::get(&file, &"name".into()).ok().and_then(|v| v.as_string()).unwrap_or_else(|| format!("file {}", i + 1));
        let bytes = Reflect::get(&file, &"bytes".into()).map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
        // The same checks the build makes: UTF-8, and an article in it (not empty, not only spaces).
        match decode(&name, bytes).and_then(|text| engine::ingest::ingest(&name, &text).map(|_| text)) {
            Ok(text) => texts.push((name, text)),
            Err(e) => {
                // The build's wording says "build again"; here the remedy is to add the file again.
                let reason = e.reason.replace("and build again", "and add it again");
                skipped.push(&Array::of2(&name.into(), &reason.into()));
            }
        }
    }
    if texts.is_empty() {
        return Ok(object(&[("skipped", skipped.into()), ("added", Array::new().into())]));
    }
    progress("Finding quotations, names and shared passages in every article", total, total);
    let corpus = library.build_with(&texts).map_err(|e| e.to_string())?;
    let added: Array = corpus.docs[library.files.len()..].iter().map(|d| JsValue::from(d.slug.as_str())).collect();
    let bytes = Uint8Array::from(corpus.to_bytes().as_slice()).buffer();
    Ok(object(&[("corpus", bytes.into()), ("added", added.into()), ("skipped", skipped.into())]))
}

async fn fetch_library(scope: &DedicatedWorkerGlobalScope, url: &str) -> Result<Library, String> {
    let failed = |why: String| format!("could not fetch the collection’s texts ({url}): {why}");
    let response = JsFuture::from(scope.fetch_with_str(url)).await.map_err(|e| failed(js_message(&e)))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(format!("the server answered {}", response.status())));
    }
    let buf = JsFuture::from(response.array_buffer().map_err(|e| failed(js_message(&e)))?).await.map_err(|e| failed(js_message(&e)))?;
    Library::from_bytes(&Uint8Array::new(&buf).to_vec()).map_err(|e| failed(e.to_string()))
}

/// A plain JS object with these fields (the messages between the page and the worker).
pub(crate) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}
