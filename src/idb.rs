//! The browser's IndexedDB, the little the page needs of it, through web-sys (no JavaScript
//! library): one database (`crosscheck`) with two stores of text values under text keys:
//! [`ARTICLES`], the reader's own articles (`crate::own::record`), and [`LESSONS`], the lesson
//! a student has open (its file, as it came).
//!
//! Why IndexedDB and not `localStorage` (where the notebook is): articles are large (a saved
//! page's text runs to hundreds of kilobytes) and `localStorage` is a few megabytes per site,
//! read synchronously on the page's thread. IndexedDB holds much more, off the thread, and
//! writes in transactions: [`Db::put_all`] writes every value or none, so a full disk or a
//! closed tab never leaves half of what was added.
//!
//! Every failure is a [`DbError`] the page words for the reader: storage switched off or not
//! offered (some private windows: [`DbError::Unavailable`]), full ([`DbError::Full`]), anything
//! else with the browser's reason.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

/// The database's name and version (bumped when stores are added).
const NAME: &str = "crosscheck";
const VERSION: u32 = 1;
/// The reader's own articles, by id.
pub const ARTICLES: &str = "articles";
/// The lesson a student has open, under [`OPEN_LESSON`].
pub const LESSONS: &str = "lessons";
pub const OPEN_LESSON: &str = "open";

/// Why the database did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbError {
    /// No storage here (switched off, a private window, a browser without IndexedDB).
    Unavailable(String),
    /// The site's share of the disk is used up.
    Full,
    /// Any other refusal, with the browser's reason.
    Failed(String),
}

impl DbError {
    /// In the reader's words, after "could not be kept: " or "could not be read: ".
    pub fn reason(&self) -> String {
        match self {
            DbError::Unavailable(why) => {
                format!("this browser does not let the page keep anything ({why}; a private window does that)")
            }
            DbError::Full => {
                "the browser’s storage for this page is full (free some space, or remove articles you no longer need)"
                    .to_owned()
            }
            DbError::Failed(why) => format!("the browser refused ({why})"),
        }
    }
}

/// An open database.
#[derive(Clone, Debug)]
pub struct Db(IdbDatabase);

/// Opens the database, creating its stores the first time.
pub async fn open() -> Result<Db, DbError> {
    let factory = match gloo::utils::window().indexed_db() {
        Ok(Some(f)) => f,
        Ok(None) => return Err(DbError::Unavailable("no IndexedDB".to_owned())),
        Err(e) => return Err(DbError::Unavailable(js_reason(&e))),
    };
    let request: IdbOpenDbRequest =
        factory.open_with_u32(NAME, VERSION).map_err(|e| DbError::Unavailable(js_reason(&e)))?;
    let upgrade = Closure::once_into_js({
        let request = request.clone();
        move || {
            if let Some(db) = request.result().ok().and_then(|r| r.dyn_into::<IdbDatabase>().ok()) {
                let names = db.object_store_names();
                for store in [ARTICLES, LESSONS] {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let result = settle(&request).await.map_err(|e| match error_of(&e) {
        DbError::Failed(why) => DbError::Unavailable(why),
        other => other,
    })?;
    result.dyn_into::<IdbDatabase>().map(Db).map_err(|_| DbError::Unavailable("the database did not open".to_owned()))
}

impl Db {
    /// Every (key, value) of a store, in key order; values that are not text are passed over.
    pub async fn all(&self, store: &str) -> Result<Vec<(String, String)>, DbError> {
        let (tx, os) = self.store(store, IdbTransactionMode::Readonly)?;
        let keys = os.get_all_keys().map_err(|e| error_of(&e))?;
        let values = os.get_all().map_err(|e| error_of(&e))?;
        let keys: Array = settle(&keys).await.map_err(|e| error_of(&e))?.unchecked_into();
        let values: Array = settle(&values).await.map_err(|e| error_of(&e))?.unchecked_into();
        drop(tx);
        Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
    }

    /// One value, if there is one.
    pub async fn get(&self, store: &str, key: &str) -> Result<Option<String>, DbError> {
        let (_tx, os) = self.store(store, IdbTransactionMode::Readonly)?;
        let request = os.get(&key.into()).map_err(|e| error_of(&e))?;
        Ok(settle(&request).await.map_err(|e| error_of(&e))?.as_string())
    }

    /// Writes every (key, value) in one transaction, and removes `remove`: all of it, or (when
    /// anything fails: full, refused, the tab closing) none of it.
    pub async fn write(&self, store: &str, put: &[(String, String)], remove: &[String]) -> Result<(), DbError> {
        let (tx, os) = self.store(store, IdbTransactionMode::Readwrite)?;
        let done = finished(&tx);
        let mut failed = None;
        for key in remove {
            if let Err(e) = os.delete(&key.into()) {
                failed = Some(error_of(&e));
            }
        }
        for (key, value) in put {
            if failed.is_some() {
                break;
            }
            if let Err(e) = os.put_with_key(&value.into(), &key.into()) {
                failed = Some(error_of(&e));
            }
        }
        if let Some(e) = failed {
            let _ = tx.abort();
            let _ = done.await;
            return Err(e);
        }
        done.await
    }

    /// Removes every value of a store.
    pub async fn clear(&self, store: &str) -> Result<(), DbError> {
        let (tx, os) = self.store(store, IdbTransactionMode::Readwrite)?;
        let done = finished(&tx);
        os.clear().map_err(|e| error_of(&e))?;
        done.await
    }

    fn store(&self, store: &str, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), DbError> {
        let tx = self.0.transaction_with_str_and_mode(store, mode).map_err(|e| error_of(&e))?;
        let os = tx.object_store(store).map_err(|e| error_of(&e))?;
        Ok((tx, os))
    }
}

/// The request's result once it succeeds, or its error.
async fn settle(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let bad = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move |e: web_sys::Event| {
            e.prevent_default();
            let error = bad
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("the request failed"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Resolves when the transaction has committed; fails with why it was aborted.
fn finished(tx: &IdbTransaction) -> impl std::future::Future<Output = Result<(), DbError>> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_fail = Closure::once_into_js(move || {
            let error =
                failed.error().map(JsValue::from).unwrap_or_else(|| JsValue::from_str("the transaction was abandoned"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onabort(Some(on_fail.unchecked_ref()));
    });
    async move { JsFuture::from(promise).await.map(|_| ()).map_err(|e| error_of(&e)) }
}

fn error_of(e: &JsValue) -> DbError {
    let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => DbError::Full,
        "SecurityError" | "InvalidStateError" => DbError::Unavailable(js_reason(e)),
        _ => DbError::Failed(js_reason(e)),
    }
}

/// A browser error in words: "QuotaExceededError: …", or its message.
pub fn js_reason(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        let message = d.message();
        return if message.is_empty() { d.name() } else { format!("{}: {message}", d.name()) };
    }
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "no reason given".to_owned())
}
