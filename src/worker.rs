//! The web worker that reads a reader's own articles and lessons and builds the corpus again, off
//! the page's thread.
//!
//! Adding articles means reading files (encodings, Word documents, Markdown: readers the page's
//! own module never carries) and building the corpus again from every text (names, shared
//! passages and quotation variants are found across articles), which takes from a fraction of a
//! second to many seconds. Done on the page's thread it would freeze typing; here it runs in a
//! worker (`crosscheck-ingest`, its own module that the page loads only when needed), which
//! reports progress and hands back the results.
//!
//! Messages (plain JS objects); the page sends one job at a time and waits for its answer:
//! - worker → page: `{ ready: true }` once it listens (a job sent earlier would be lost);
//! - while working: `{ stage, done, total }`;
//! - `{ kind: "convert", files: [{ name, bytes: ArrayBuffer }] }` → `{ converted: [{ name,
//!   article?: JSON, html?: decoded page, error?: reason }] }` (`crate::own::convert`: a saved
//!   page comes back decoded, for the page's `DOMParser`);
//! - `{ kind: "build", library: url, kept: [JSON], new: [JSON] }` → `{ corpus: ArrayBuffer,
//!   own: [slug], admitted: [{ slug, name, json }], refused: [[name, reason]] }`: the collection's texts
//!   (`library-<hash>.bin`, fetched once) with the articles kept before and the new ones admitted
//!   (`crate::own::admit`: ids given, repeats refused);
//! - `{ kind: "lesson", name, bytes }` → `{ corpus, own, notes }`: a lesson file read and built
//!   (`formats::lesson`);
//! - `{ kind: "save", library, kept: [JSON], lesson: JSON, answers: bool }` → `{ file, name }`:
//!   the lesson file of a teacher's draft (`crate::lesson_draft`), with the collection's articles
//!   it uses and the teacher's own;
//! - `{ kind: "paste", title, text, outlet, author, date }` → `{ article }` (`formats::pasted`);
//! - `{ kind: "edit", name, bytes }` → `{ draft: JSON, articles: [{ slug, name, json }] }`: a
//!   lesson file opened to be edited (its draft, with the model answers, and its articles);
//! - `{ kind: "records", records: [[key, stored text]] }` → `{ kept: [{ order, slug, name, json }],
//!   unreadable: [what and why] }`: the articles kept in the browser, read (`crate::own::read_record`);
//! - `{ kind: "details", article: JSON, title?, outlet?, author?, date? }` → `{ article }`: an
//!   article's details corrected (`formats::Overrides`);
//! - any job → `{ error }` when it could not be done.
//!
//! Whatever needs the engine's ingestion or a reader runs here, so that none of it is in the
//! page's module. Articles travel as JSON (`engine::ingest::Article`, serde), the corpus as postcard bytes
//! (transferred, not copied). Nothing leaves the browser: the only request is for the library
//! file, from the page's origin.

use std::cell::RefCell;

use engine::ingest::Article;
use engine::library::Library;

use crate::corpus::js_message;
use crate::lesson_draft::Draft;
use crate::own::{admit, convert, read_record, record_name, Converted};
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    /// The collection's texts, fetched once per worker: (address, library).
    static LIBRARY: RefCell<Option<(String, std::rc::Rc<Library>)>> = const { RefCell::new(None) };
}

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
            // A corpus's two parts are handed over, not copied.
            let transfer: Array = CORPUS_PARTS
                .iter()
                .filter_map(|k| Reflect::get(&reply, &(*k).into()).ok().filter(|v| v.is_instance_of::<ArrayBuffer>()))
                .collect();
            let _ = scope.post_message_with_transfer(&reply, &transfer);
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
    let text = |key: &str| Reflect::get(&data, &key.into()).ok().and_then(|v| v.as_string());
    match text("kind").as_deref() {
        Some("convert") => {
            let files: Array = Reflect::get(&data, &"files".into()).map_err(|_| "no files given")?.unchecked_into();
            let total = files.length() as usize;
            let out = Array::new();
            for (i, file) in files.iter().enumerate() {
                progress("Reading your files", i, total);
                let name = Reflect::get(&file, &"name".into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_else(|| format!("file {}", i + 1));
                let bytes =
                    Reflect::get(&file, &"bytes".into()).map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
                let (name, converted) = convert(&name, &bytes);
                let (key, value) = match converted {
                    Converted::Article(a) => ("article", serde_json::to_string(&a).expect("an article serialises")),
                    Converted::Html(page) => ("html", page),
                    Converted::Refused(why) => ("error", why),
                };
                out.push(&object(&[("name", name.into()), (key, value.into())]));
            }
            Ok(object(&[("converted", out.into())]))
        }
        Some("build") => {
            let kept = articles(&data, "kept")?;
            let new = articles(&data, "new")?;
            progress("Fetching the collection’s own texts", 0, 0);
            let library = library(scope, &text("library").ok_or("no library address given")?).await?;
            progress("Finding quotations, names and shared passages in every article", 0, 0);
            let admitted = admit(&library, kept, new);
            let corpus = library.build_with_articles(&admitted.articles).map_err(|e| e.to_string())?;
            let own: Array =
                corpus.docs[library.files.len()..].iter().map(|d| JsValue::from(d.slug.as_str())).collect();
            let fresh: Array = admitted.articles[admitted.articles.len() - admitted.new..]
                .iter()
                .map(|a| described(a, None))
                .collect();
            let refused: Array = admitted.refused.iter().map(|(n, why)| Array::of2(&n.into(), &why.into())).collect();
            let [search, rest] = corpus_parts(&corpus);
            Ok(object(&[search, rest, ("own", own.into()), ("admitted", fresh.into()), ("refused", refused.into())]))
        }
        Some("lesson") => {
            let name = text("name").unwrap_or_else(|| "the lesson".to_owned());
            let bytes = Reflect::get(&data, &"bytes".into()).map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
            progress("Reading the lesson", 0, 0);
            let lesson = formats::lesson::read_lesson(&name, &bytes).map_err(|e| e.to_string())?;
            progress("Finding quotations, names and shared passages in every article", 0, 0);
            let (corpus, notes) = lesson.build().map_err(|e| format!("{name}: {e}"))?;
            let own: Array = corpus.docs.iter().filter(|d| d.own).map(|d| JsValue::from(d.slug.as_str())).collect();
            let notes: Array = notes.iter().map(|n| JsValue::from(n.as_str())).collect();
            let [search, rest] = corpus_parts(&corpus);
            Ok(object(&[search, rest, ("own", own.into()), ("notes", notes.into())]))
        }
        Some("save") => {
            let kept = articles(&data, "kept")?;
            let draft: Draft = serde_json::from_str(&text("lesson").ok_or("no lesson given")?)
                .map_err(|e| format!("the lesson could not be read ({e})"))?;
            let answers = Reflect::get(&data, &"answers".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
            progress("Fetching the collection’s own texts", 0, 0);
            let library = library(scope, &text("library").ok_or("no library address given")?).await?;
            progress("Writing the lesson", 0, 0);
            let lesson = draft.lesson(&library, &kept).map_err(|e| e.to_string())?;
            let lesson = if answers { lesson } else { lesson.students_copy() };
            let name = formats::lesson::file_name(&lesson.title);
            Ok(object(&[("file", lesson.to_json().into()), ("name", name.into())]))
        }
        Some("paste") => {
            let field = |k: &str| Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
            let optional = |k: &str| field(k).filter(|v| !v.trim().is_empty());
            let form = formats::Pasted {
                title: field("title").unwrap_or_default(),
                text: field("text").unwrap_or_default(),
                outlet: optional("outlet"),
                author: optional("author"),
                date: optional("date"),
            };
            let article = formats::pasted(&form).map_err(|e| e.reason)?;
            Ok(object(&[("article", serde_json::to_string(&article).expect("an article serialises").into())]))
        }
        Some("edit") => {
            let name = text("name").unwrap_or_else(|| "the lesson".to_owned());
            let bytes = Reflect::get(&data, &"bytes".into()).map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
            let lesson = formats::lesson::read_lesson(&name, &bytes).map_err(|e| e.to_string())?;
            let articles: Array = lesson.articles.iter().map(|a| described(&a.article, None)).collect();
            Ok(object(&[
                ("draft", serde_json::to_string(&Draft::of_lesson(&lesson)).expect("a draft serialises").into()),
                ("articles", articles.into()),
            ]))
        }
        Some("records") => {
            let records = Reflect::get(&data, &"records".into()).map(|v| Array::from(&v)).unwrap_or_default();
            let mut kept: Vec<(u64, Article)> = Vec::new();
            let unreadable = Array::new();
            for pair in records.iter() {
                let pair = Array::from(&pair);
                let (key, raw) =
                    (pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default());
                match read_record(&raw) {
                    Ok(found) => kept.push(found),
                    Err(why) => {
                        unreadable.push(&format!("{} ({why})", record_name(&key, &raw)).into());
                    }
                }
            }
            kept.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.hints.slug.cmp(&b.1.hints.slug)));
            let kept: Array = kept.iter().map(|(order, a)| described(a, Some(*order))).collect();
            Ok(object(&[("kept", kept.into()), ("unreadable", unreadable.into())]))
        }
        Some("details") => {
            let mut article: Article = serde_json::from_str(&text("article").unwrap_or_default())
                .map_err(|e| format!("the article could not be handed over ({e})"))?;
            let overrides = formats::Overrides {
                title: text("title"),
                author: text("author"),
                date: text("date"),
                outlet: text("outlet"),
            };
            overrides.apply(&mut article).map_err(|e| e.reason)?;
            Ok(object(&[("article", serde_json::to_string(&article).expect("an article serialises").into())]))
        }
        _ => Err("the page asked for something this helper does not do (reload the page)".to_owned()),
    }
}

/// An article as the page holds it: `{ slug, name, json, order? }` (`crate::byo::Kept`).
fn described(a: &Article, order: Option<u64>) -> JsValue {
    let mut fields = vec![
        ("slug", JsValue::from(a.hints.slug.as_deref().unwrap_or_default())),
        ("name", JsValue::from(a.name.as_str())),
        ("json", JsValue::from(serde_json::to_string(a).expect("an article serialises"))),
    ];
    if let Some(order) = order {
        fields.push(("order", JsValue::from(order as f64)));
    }
    object(&fields)
}

/// The articles a job carries under `key`, as JSON strings.
fn articles(data: &JsValue, key: &str) -> Result<Vec<Article>, String> {
    let list: Array =
        Reflect::get(data, &key.into()).ok().filter(Array::is_array).map(JsCast::unchecked_into).unwrap_or_default();
    list.iter()
        .map(|v| {
            serde_json::from_str::<Article>(&v.as_string().unwrap_or_default())
                .map_err(|e| format!("an article could not be handed over ({e})"))
        })
        .collect()
}

/// The collection's texts, fetched once.
async fn library(scope: &DedicatedWorkerGlobalScope, url: &str) -> Result<std::rc::Rc<Library>, String> {
    if let Some(lib) = LIBRARY.with(|l| l.borrow().as_ref().filter(|(u, _)| u == url).map(|(_, lib)| lib.clone())) {
        return Ok(lib);
    }
    let failed = |why: String| format!("could not fetch the collection’s texts ({url}): {why}");
    let response = JsFuture::from(scope.fetch_with_str(url)).await.map_err(|e| failed(js_message(&e)))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(format!("the server answered {}", response.status())));
    }
    let buf = JsFuture::from(response.array_buffer().map_err(|e| failed(js_message(&e)))?)
        .await
        .map_err(|e| failed(js_message(&e)))?;
    let lib =
        std::rc::Rc::new(Library::from_bytes(&Uint8Array::new(&buf).to_vec()).map_err(|e| failed(e.to_string()))?);
    LIBRARY.with(|l| *l.borrow_mut() = Some((url.to_owned(), lib.clone())));
    Ok(lib)
}

/// A plain JS object with these fields (the messages between the page and the worker).
/// The names of a built corpus's two parts in an answer, as the page's own corpus comes
/// (`engine::parts`): the page reads them in slices (`crate::corpus::open_parts`), where one
/// whole corpus was decoded in one task of a tenth of a second and more at 1,000 articles.
pub(crate) const CORPUS_PARTS: [&str; 2] = ["search", "rest"];

/// A corpus's two parts for an answer, each in a buffer of its own.
fn corpus_parts(corpus: &engine::Corpus) -> [(&'static str, JsValue); 2] {
    let buffer = |bytes: Vec<u8>| JsValue::from(Uint8Array::from(bytes.as_slice()).buffer());
    [(CORPUS_PARTS[0], buffer(corpus.search_part())), (CORPUS_PARTS[1], buffer(corpus.rest_part()))]
}

pub(crate) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}
