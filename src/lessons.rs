//! Lessons in the page: opening a lesson file (picked, dropped, or named by a link beside the
//! page: `#/?lesson=week-3.crosscheck`), keeping it open over a reload, closing it, and saving a
//! teacher's draft as a lesson file.
//!
//! A lesson file is read and built by the worker (`formats::lesson`, in `crate::worker`): the
//! page hands it the bytes and gets the corpus back, with the lesson's sheet in it. The file is
//! kept in IndexedDB (`crate::idb::LESSONS`) as it came, so a reload or a restart opens the same
//! lesson; when it cannot be kept, the page says so and the lesson stays open until it is closed.
//!
//! A link opens only a file on the page's own site, resolved against the page's address: a link
//! to another site is refused with the reason, before any request (the page's
//! Content-Security-Policy would refuse it too: `connect-src 'self'`).

use js_sys::{Array, ArrayBuffer, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::byo::OwnArticles;
use crate::collection::Rebuilt;
use crate::collection::{CollectionAction, LessonStatus, OpenLesson};
use crate::corpus::{open_parts, CorpusRef};
use crate::helper::{library_url, read_strings, strings, Helper, Progress};
use crate::idb;
use crate::lesson_draft::Draft;
use crate::worker::object;
use formats::lesson::MAX_LESSON_BYTES;

/// What the stored open lesson says it is.
const OPEN_FORMAT: &str = "crosscheck-open-lesson";
const OPEN_VERSION: u64 = 1;

/// The page's lessons: open, keep, close, save.
#[derive(Clone, PartialEq)]
pub struct Lessons {
    dispatch: Callback<CollectionAction>,
    own: OwnArticles,
}

impl Lessons {
    pub fn new(dispatch: Callback<CollectionAction>, own: OwnArticles) -> Lessons {
        Lessons { dispatch, own }
    }

    fn status(&self, status: LessonStatus) {
        self.dispatch.emit(CollectionAction::LessonStatus(status));
    }

    /// Opens a lesson file the reader picked or dropped.
    pub fn open_file(&self, file: web_sys::File) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = formats::clean_name(&file.name());
            if file.size() > MAX_LESSON_BYTES as f64 {
                return me
                    .status(LessonStatus::Failed(format!("{name} could not be opened: {}", too_big(file.size()))));
            }
            me.status(LessonStatus::Opening("Reading the lesson".into()));
            match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => me.open_bytes(name, buf.unchecked_into(), true).await,
                Err(_) => me.status(LessonStatus::Failed(format!("{name} could not be read from the disk."))),
            }
        });
    }

    /// Opens the lesson a link names (`?lesson=NAME`, beside the page), then `then` (the lesson's
    /// start screen).
    pub fn open_link(&self, name: String, then: Callback<()>) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match me.fetch(&name).await {
                Ok((file, buf)) => {
                    me.open_bytes(file, buf, true).await;
                    then.emit(());
                }
                Err(msg) => {
                    me.status(LessonStatus::Failed(msg));
                    then.emit(());
                }
            }
        });
    }

    async fn fetch(&self, name: &str) -> Result<(String, ArrayBuffer), String> {
        let shown = formats::clean_name(name);
        let fail = |why: String| format!("The lesson link could not be opened: {why}");
        let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
        let url = web_sys::Url::new_with_base(name, &base)
            .map_err(|_| fail(format!("“{shown}” is not the name of a file")))?;
        let here = gloo::utils::window().location().origin().unwrap_or_default();
        if url.origin() != here || !matches!(url.protocol().as_str(), "http:" | "https:") {
            return Err(fail(format!(
                "it points to another site ({}). Crosscheck opens a lesson only from the site the page is on, and asks nothing of any other; download the file and open it with “Open a lesson file”.",
                url.origin()
            )));
        }
        self.status(LessonStatus::Opening(format!("Fetching {shown}")));
        let response = JsFuture::from(gloo::utils::window().fetch_with_str(&url.href()))
            .await
            .map_err(|e| fail(format!("{shown} could not be fetched ({})", crate::corpus::js_message(&e))))?;
        let response: web_sys::Response = response.unchecked_into();
        if !response.ok() {
            let why = if response.status() == 404 {
                "there is no such file beside the page".to_owned()
            } else {
                format!("the server answered {}", response.status())
            };
            return Err(fail(format!("{shown}: {why}")));
        }
        let length = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<f64>().ok());
        if let Some(size) = length.filter(|&l| l > MAX_LESSON_BYTES as f64) {
            return Err(format!("{shown} could not be opened: {}", too_big(size)));
        }
        let buf = JsFuture::from(response.array_buffer().map_err(|e| fail(crate::idb::js_reason(&e)))?)
            .await
            .map_err(|e| fail(crate::idb::js_reason(&e)))?;
        let file = url
            .pathname()
            .rsplit('/')
            .next()
            .map(|f| js_sys::decode_uri_component(f).ok().and_then(|s| s.as_string()).unwrap_or_else(|| f.to_owned()))
            .unwrap_or(shown);
        Ok((formats::clean_name(&file), buf.unchecked_into()))
    }

    /// Has the worker read and build the lesson; on success it is the collection (and, when
    /// `keep`, kept in this browser for a reload).
    async fn open_bytes(&self, name: String, buf: ArrayBuffer, keep: bool) {
        let text = keep.then(|| String::from_utf8_lossy(&Uint8Array::new(&buf).to_vec()).into_owned());
        let me = self.clone();
        let progress = Callback::from(move |p: Progress| me.status(LessonStatus::Opening(p.stage)));
        let opened = async {
            let helper = Helper::start().await?;
            let job =
                object(&[("kind", "lesson".into()), ("name", name.as_str().into()), ("bytes", buf.clone().into())]);
            let answer = helper.call(&job, &Array::of1(&buf), progress).await?;
            let get = |k: &str| Reflect::get(&answer, &k.into()).ok().filter(|v| !v.is_undefined());
            let corpus = CorpusRef::new(open_parts(&answer).await?);
            Ok::<_, String>((corpus, read_strings(get("own")), read_strings(get("notes"))))
        };
        match opened.await {
            Ok((corpus, own, notes)) => {
                let not_kept = match text {
                    Some(text) => keep_open(&name, &text).await.err(),
                    None => None,
                };
                self.own.set_lesson_open(true);
                self.dispatch.emit(CollectionAction::LessonOpened(
                    Rebuilt { corpus, own },
                    OpenLesson { name, notes, not_kept },
                ));
            }
            Err(msg) => self.status(LessonStatus::Failed(if msg.starts_with(&name) {
                format!("{msg}.")
            } else {
                format!("{name} could not be opened: {msg}")
            })),
        }
    }

    /// Closes the lesson: back to the collection, with the reader's own articles.
    pub fn close(&self) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(db) = idb::open().await {
                let _ = db.write(idb::LESSONS, &[], &[idb::OPEN_LESSON.to_owned()]).await;
            }
            me.own.set_lesson_open(false);
            me.dispatch.emit(CollectionAction::LessonClosed);
            me.status(LessonStatus::Idle);
            me.own.restore(true);
        });
    }

    /// At start-up: the lesson a link names, else the lesson kept open in this browser, else the
    /// reader's own articles. `then` runs once a linked lesson is open (or has failed).
    pub fn restore(&self, link: Option<String>, then: Callback<()>) {
        if let Some(name) = link {
            self.own.restore(false);
            return self.open_link(name, then);
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let stored = match idb::open().await {
                Ok(db) => db.get(idb::LESSONS, idb::OPEN_LESSON).await.ok().flatten(),
                Err(_) => None,
            };
            let open = stored
                .as_deref()
                .and_then(|raw| crate::stored::read(raw, OPEN_FORMAT, OPEN_VERSION, "open lesson").ok())
                .and_then(|v| Some((v.get("name")?.as_str()?.to_owned(), v.get("file")?.as_str()?.to_owned())));
            match open {
                Some((name, file)) => {
                    me.own.restore(false);
                    me.own.set_lesson_open(true);
                    me.status(LessonStatus::Opening("Opening the lesson".into()));
                    let buf = Uint8Array::from(file.as_bytes()).buffer();
                    me.open_bytes(name, buf, false).await;
                }
                None => me.own.restore(true),
            }
        });
    }

    /// Saves the teacher's draft as a lesson file (`answers`: the teacher's copy, with the model
    /// answers), downloaded; `done` gets the file's name, or why it could not be made.
    pub fn save(&self, draft: Draft, answers: bool, done: Callback<Result<String, String>>) {
        let own = self.own.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let made = async {
                let helper = Helper::start().await?;
                let kept = own.articles();
                let job = object(&[
                    ("kind", "save".into()),
                    ("library", library_url()?.into()),
                    ("kept", strings(&kept).into()),
                    ("lesson", serde_json::to_string(&draft).expect("a draft serialises").into()),
                    ("answers", answers.into()),
                ]);
                let answer = helper.call(&job, &Array::new(), Callback::noop()).await?;
                let get = |k: &str| Reflect::get(&answer, &k.into()).ok().and_then(|v| v.as_string());
                let (file, name) = (get("file").ok_or("no file was made")?, get("name").ok_or("no file was made")?);
                let name = if answers { name.replace(".crosscheck", "-teacher.crosscheck") } else { name };
                crate::ui::download::download(&name, &file, "application/json");
                Ok::<_, String>(name)
            };
            done.emit(made.await);
        });
    }
}

impl Lessons {
    /// A lesson file read to be edited (by the worker): its draft, with the model answers, and
    /// its articles (id, JSON); `Err` says why it cannot be, naming the file.
    pub async fn read_for_editing(
        &self,
        name: &str,
        buf: ArrayBuffer,
    ) -> Result<(Draft, Vec<(String, String)>), String> {
        let helper = Helper::start().await?;
        let job = object(&[("kind", "edit".into()), ("name", name.into()), ("bytes", buf.clone().into())]);
        let answer = helper.call(&job, &Array::of1(&buf), Callback::noop()).await?;
        let get = |k: &str| Reflect::get(&answer, &k.into()).ok().filter(|v| !v.is_undefined());
        let draft = get("draft")
            .and_then(|d| d.as_string())
            .and_then(|d| serde_json::from_str::<Draft>(&d).ok())
            .ok_or("the lesson could not be handed over")?;
        // (slug, JSON) of each article.
        let list = get("articles").map(|v| Array::from(&v)).unwrap_or_default();
        let articles = list
            .iter()
            .filter_map(|a| {
                Some((
                    Reflect::get(&a, &"slug".into()).ok()?.as_string()?,
                    Reflect::get(&a, &"json".into()).ok()?.as_string()?,
                ))
            })
            .collect();
        Ok((draft, articles))
    }
}

/// Keeps the lesson file in this browser, so a reload opens it again; `Err`: why it could not be.
async fn keep_open(name: &str, text: &str) -> Result<(), String> {
    #[derive(serde::Serialize)]
    struct Open<'a> {
        name: &'a str,
        file: &'a str,
    }
    let value = crate::stored::write(OPEN_FORMAT, OPEN_VERSION, &Open { name, file: text });
    let db = idb::open().await.map_err(|e| e.reason())?;
    db.write(idb::LESSONS, &[(idb::OPEN_LESSON.to_owned(), value)], &[]).await.map_err(|e| e.reason())
}

fn too_big(bytes: f64) -> String {
    format!(
        "it is {:.1} MB, more than the {} MB a lesson file can be: it is not a lesson saved by Crosscheck.",
        bytes / (1024.0 * 1024.0),
        MAX_LESSON_BYTES / (1024 * 1024)
    )
}

/// The lesson a page address names: `?lesson=NAME` in the query of the home view's address
/// (`#/?lesson=week-3.crosscheck`).
pub fn linked_lesson(hash: &str) -> Option<String> {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = fragment.split_once('?')?;
    if !matches!(path, "" | "/") {
        return None;
    }
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "lesson")
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_lesson_link_is_the_home_views_lesson_key() {
        use super::linked_lesson;
        assert_eq!(linked_lesson("#/?lesson=week-3.crosscheck").as_deref(), Some("week-3.crosscheck"));
        assert_eq!(
            linked_lesson("#?q=x&lesson=lessons%2Fweek%203.crosscheck").as_deref(),
            Some("lessons/week 3.crosscheck")
        );
        assert_eq!(linked_lesson("#/quotes?lesson=x.crosscheck"), None, "only the home view opens a lesson");
        assert_eq!(linked_lesson("#/?lesson="), None);
        assert_eq!(linked_lesson(""), None);
    }
}
