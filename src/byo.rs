//! Bring your own articles: files from the reader's disk in every form Crosscheck reads (`.txt` in
//! any encoding, saved web pages, Word documents, Markdown) and articles pasted into a form,
//! added to every view without a rebuild, never uploaded, and kept in this browser until removed.
//!
//! Files arrive through the picker in the sidebar or by dropping them anywhere on the page. The
//! page refuses a file too big before reading it, reads the others' bytes and hands them to the
//! worker (`crate::helper`, `crate::worker`), which reads them as the build does
//! (`crate::own::convert`); a saved web page comes back decoded and is parsed here, by the
//! browser's own `DOMParser` (`formats::dom::BrowserHtml`). The worker then builds the corpus
//! again from the collection's texts, the articles kept before and the new ones (ids given,
//! repeats refused: `crate::own::admit`) and sends back the bytes; the page decodes them and
//! every view shows the new corpus. What was admitted is written to IndexedDB (`crate::idb`)
//! as the converted article (`crate::own::record`), in one transaction, so a reload or a restart
//! opens the same collection ([`OwnArticles::restore`]). Every file refused is listed with its
//! name and the reason; the others are still added.
//!
//! The title, outlet, author and date of an own article can be corrected
//! ([`OwnArticles::edit`], `formats::Overrides`); citations then print them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use formats::{Overrides, Pasted};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::collection::{Adding, CollectionAction, Rebuilt};
use crate::corpus::{open_parts, CorpusRef};
use crate::helper::{library_url, read_strings, strings, Helper, Progress};
use crate::idb;
use crate::worker::object;
use engine::listing::plural;

/// The file types the picker offers (any file can still be picked, and is refused with a reason).
pub const ACCEPT: &str = ".txt,.text,.html,.htm,.docx,.md,.markdown,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// An own article as the page holds it: its JSON (`engine::ingest::Article`, which only the worker
/// reads and writes: ingestion and the readers stay out of the page's module), and what the page
/// needs to name and keep it.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// When it was added (milliseconds): the order of the articles, the same over a reload.
    pub order: u64,
    pub slug: String,
    pub name: String,
    pub json: String,
}

/// The reader's own articles: those kept (in the order they were added), and the jobs that
/// change them. One job at a time: a job asked for while another runs waits for it.
#[derive(Clone)]
pub struct OwnArticles {
    kept: Rc<RefCell<Vec<Kept>>>,
    busy: Rc<Cell<bool>>,
    dispatch: Callback<CollectionAction>,
    /// A lesson is open: its articles are the collection, the reader's own wait.
    lesson_open: Rc<Cell<bool>>,
}

impl PartialEq for OwnArticles {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.kept, &other.kept)
    }
}

impl OwnArticles {
    pub fn new(dispatch: Callback<CollectionAction>) -> OwnArticles {
        OwnArticles { kept: Rc::default(), busy: Rc::default(), dispatch, lesson_open: Rc::default() }
    }

    /// The articles kept, in order, as JSON.
    pub fn articles(&self) -> Vec<String> {
        self.kept.borrow().iter().map(|k| k.json.clone()).collect()
    }

    /// Whether a lesson is open (set by `crate::lessons`).
    pub fn set_lesson_open(&self, open: bool) {
        self.lesson_open.set(open);
    }

    /// Adds files (the picker's, or dropped).
    pub fn add_files(&self, files: Vec<web_sys::File>) {
        let me = self.clone();
        self.run(async move { me.add_files_now(files).await });
    }

    /// Adds an article pasted into the form; `done` gets why it cannot be one (shown by the form),
    /// or `None` once it is added.
    pub fn paste(&self, form: Pasted, done: Callback<Option<String>>) {
        let job = object(&[
            ("kind", "paste".into()),
            ("title", form.title.into()),
            ("text", form.text.into()),
            ("outlet", form.outlet.unwrap_or_default().into()),
            ("author", form.author.unwrap_or_default().into()),
            ("date", form.date.unwrap_or_default().into()),
        ]);
        self.one_article(job, None, done);
    }

    /// Corrects the title, outlet, author or date of the kept article `slug` (what is `None`
    /// stays); `done` gets why it cannot be (a date that is not one), or `None` once it is done.
    pub fn edit(&self, slug: &str, overrides: Overrides, done: Callback<Option<String>>) {
        let Some(kept) = self.kept.borrow().iter().find(|k| k.slug == slug).cloned() else {
            return done.emit(Some("That article is no longer here.".to_owned()));
        };
        let text = |v: Option<String>| v.map_or(JsValue::UNDEFINED, JsValue::from);
        let job = object(&[
            ("kind", "details".into()),
            ("article", kept.json.as_str().into()),
            ("title", text(overrides.title)),
            ("outlet", text(overrides.outlet)),
            ("author", text(overrides.author)),
            ("date", text(overrides.date)),
        ]);
        self.one_article(job, Some(kept), done);
    }

    /// A job that makes one article (pasted, or `replacing` one kept, corrected), then the corpus.
    fn one_article(&self, job: JsValue, replacing: Option<Kept>, done: Callback<Option<String>>) {
        let me = self.clone();
        self.run(async move {
            let helper = Helper::start().await?;
            let json = match helper.call(&job, &Array::new(), me.progress()).await {
                Ok(answer) => Reflect::get(&answer, &"article".into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .ok_or("the article could not be handed over")?,
                Err(why) => {
                    me.status(Adding::Idle);
                    done.emit(Some(why));
                    return Ok(());
                }
            };
            let kept = me.articles();
            match replacing {
                Some(old) => {
                    let kept = me
                        .kept
                        .borrow()
                        .iter()
                        .map(|k| if k.slug == old.slug { json.clone() } else { k.json.clone() })
                        .collect();
                    me.build_and_keep(
                        Some(&helper),
                        kept,
                        Vec::new(),
                        vec![Kept { json, ..old }],
                        Vec::new(),
                        Vec::new(),
                    )
                    .await?
                }
                None => me.build_and_keep(Some(&helper), kept, vec![json], Vec::new(), Vec::new(), Vec::new()).await?,
            }
            done.emit(None);
            Ok(())
        });
    }

    /// Adds articles already read (a lesson's, opened to be edited), as JSON: as files are added.
    pub fn add_articles(&self, articles: Vec<String>) {
        let me = self.clone();
        self.run(async move {
            let kept = me.articles();
            me.build_and_keep(None, kept, articles, Vec::new(), Vec::new(), Vec::new()).await
        });
    }

    /// Removes the kept articles `slugs` (all of them: the reader has been asked).
    pub fn remove(&self, slugs: Vec<String>) {
        let me = self.clone();
        self.run(async move {
            let kept: Vec<String> =
                me.kept.borrow().iter().filter(|k| !slugs.contains(&k.slug)).map(|k| k.json.clone()).collect();
            me.build_and_keep(None, kept, Vec::new(), Vec::new(), slugs, Vec::new()).await
        });
    }

    /// Removes every article kept, readable or not (the reader has been asked).
    pub fn remove_all(&self) {
        let me = self.clone();
        self.run(async move {
            me.kept.borrow_mut().clear();
            let note = match idb::open().await {
                Ok(db) => db
                    .clear(idb::ARTICLES)
                    .await
                    .err()
                    .map(|e| format!("Your articles could not be removed from this browser: {}.", e.reason())),
                Err(e) => Some(format!("Your articles could not be removed from this browser: {}.", e.reason())),
            };
            me.dispatch.emit(CollectionAction::KeptNote(note));
            if !me.lesson_open.get() {
                me.dispatch.emit(CollectionAction::RemoveOwn);
            }
            me.dispatch.emit(CollectionAction::Adding(Adding::Idle));
            Ok(())
        });
    }

    /// Opens the articles kept in this browser (at start-up, and when a lesson is closed): the
    /// worker reads the records; what cannot be read is named and left where it is.
    pub fn restore(&self, rebuild: bool) {
        let me = self.clone();
        self.run(async move {
            let db = match idb::open().await {
                Ok(db) => db,
                Err(e) => {
                    me.dispatch.emit(CollectionAction::KeptNote(Some(format!("Articles you add cannot be kept in this browser: {}. They stay until the page is closed.", e.reason()))));
                    return Ok(());
                }
            };
            let stored = match db.all(idb::ARTICLES).await {
                Ok(all) => all,
                Err(e) => {
                    me.dispatch.emit(CollectionAction::KeptNote(Some(format!("Your saved articles could not be read: {}.", e.reason()))));
                    return Ok(());
                }
            };
            if stored.is_empty() {
                return Ok(());
            }
            let helper = Helper::start().await?;
            let records: Array = stored.iter().map(|(key, raw)| JsValue::from(Array::of2(&key.into(), &raw.into()))).collect();
            let answer = helper.call(&object(&[("kind", "records".into()), ("records", records.into())]), &Array::new(), Callback::noop()).await?;
            let get = |k: &str| Reflect::get(&answer, &k.into()).ok().filter(|v| !v.is_undefined());
            let unreadable = read_strings(get("unreadable"));
            if !unreadable.is_empty() {
                me.dispatch.emit(CollectionAction::KeptNote(Some(format!(
                    "{} kept in this browser could not be read and {} left as {} (the others are open): {}. “Remove all” deletes {}.",
                    plural(unreadable.len(), "article"),
                    if unreadable.len() == 1 { "is" } else { "are" },
                    if unreadable.len() == 1 { "it is" } else { "they are" },
                    unreadable.join("; "),
                    if unreadable.len() == 1 { "it" } else { "them" },
                ))));
            }
            *me.kept.borrow_mut() = read_kept(get("kept"), 0);
            if !rebuild || me.kept.borrow().is_empty() || me.lesson_open.get() {
                return Ok(());
            }
            me.status(Adding::Working { stage: "Opening the articles you added".into(), done: 0, total: 0 });
            let articles = me.articles();
            me.build_and_keep(Some(&helper), articles, Vec::new(), Vec::new(), Vec::new(), Vec::new()).await?;
            me.status(Adding::Idle);
            Ok(())
        });
    }

    /// Runs a job once the one before has finished; its failure is shown.
    fn run(&self, job: impl std::future::Future<Output = Result<(), String>> + 'static) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            while me.busy.replace(true) {
                yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            if let Err(msg) = job.await {
                me.status(Adding::Failed(format!("Your articles could not be added: {msg}")));
            }
            me.busy.set(false);
        });
    }

    fn status(&self, adding: Adding) {
        self.dispatch.emit(CollectionAction::Adding(adding));
    }

    fn progress(&self) -> Callback<Progress> {
        let me = self.clone();
        Callback::from(move |p: Progress| me.status(Adding::Working { stage: p.stage, done: p.done, total: p.total }))
    }

    async fn add_files_now(&self, files: Vec<web_sys::File>) -> Result<(), String> {
        if self.lesson_open.get() {
            return Err("a lesson is open: close it (on the lesson’s page) to add articles of your own".to_owned());
        }
        let total = files.len();
        let mut refused: Vec<(String, String)> = Vec::new();
        let list = Array::new();
        let transfer = Array::new();
        for (i, file) in files.iter().enumerate() {
            self.status(Adding::Working { stage: "Reading your files".into(), done: i, total });
            let name = file.name();
            // A file too big is refused before it is read.
            if file.size() > formats::MAX_FILE_BYTES as f64 {
                refused.push((formats::clean_name(&name), formats::too_big(file.size() as u64)));
                continue;
            }
            match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => {
                    list.push(&object(&[("name", name.into()), ("bytes", buf.clone())]));
                    transfer.push(&buf);
                }
                Err(_) => refused.push((formats::clean_name(&name), "could not be read from the disk".to_owned())),
            }
        }
        let helper = Helper::start().await?;
        let mut new = Vec::new();
        if list.length() > 0 {
            let answer = helper
                .call(&object(&[("kind", "convert".into()), ("files", list.into())]), &transfer, self.progress())
                .await?;
            let converted = Reflect::get(&answer, &"converted".into()).map(|v| Array::from(&v)).unwrap_or_default();
            for item in converted.iter() {
                let get = |k: &str| Reflect::get(&item, &k.into()).ok().and_then(|v| v.as_string());
                let name = get("name").unwrap_or_default();
                if let Some(json) = get("article") {
                    new.push(json);
                } else if let Some(page) = get("html") {
                    // One page at a time, the browser painting in between: each is a short task.
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    match crate::own::page_article(&name, &page, &formats::dom::BrowserHtml) {
                        Ok(json) => new.push(json),
                        Err(e) => refused.push((name, e.reason)),
                    }
                } else {
                    refused.push((name, get("error").unwrap_or_default()));
                }
            }
        }
        let kept = self.articles();
        self.build_and_keep(Some(&helper), kept, new, Vec::new(), Vec::new(), refused).await
    }

    /// Builds the corpus of the collection with `kept` and `new` articles (JSON), then keeps what
    /// was admitted and `changed` in this browser and forgets `removed`; `refused`: files already
    /// refused, listed with those the worker refuses.
    async fn build_and_keep(
        &self,
        helper: Option<&Helper>,
        kept: Vec<String>,
        new: Vec<String>,
        changed: Vec<Kept>,
        removed: Vec<String>,
        mut refused: Vec<(String, String)>,
    ) -> Result<(), String> {
        let started;
        let helper = match helper {
            Some(h) => h,
            None if kept.is_empty() && new.is_empty() => {
                self.forget(&removed).await;
                self.kept.borrow_mut().clear();
                self.dispatch.emit(CollectionAction::RemoveOwn);
                return Ok(());
            }
            None => {
                started = Helper::start().await?;
                &started
            }
        };
        let job = object(&[
            ("kind", "build".into()),
            ("library", library_url()?.into()),
            ("kept", strings(&kept).into()),
            ("new", strings(&new).into()),
        ]);
        let answer = helper.call(&job, &Array::new(), self.progress()).await?;
        let get = |k: &str| Reflect::get(&answer, &k.into()).ok().filter(|v| !v.is_undefined());
        for pair in get("refused").map(|v| Array::from(&v)).unwrap_or_default().iter() {
            let pair = Array::from(&pair);
            refused.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default()));
        }
        let admitted = read_kept(get("admitted"), js_sys::Date::now() as u64);
        let own = read_strings(get("own"));
        let corpus = CorpusRef::new(open_parts(&answer).await?);

        // Kept in this browser: the admitted and the changed, in one transaction.
        let put: Vec<Kept> = changed.into_iter().chain(admitted.iter().cloned()).collect();
        let wrote = !put.is_empty() || !removed.is_empty();
        let note = self.keep(&put, &removed).await;
        {
            let mut all = self.kept.borrow_mut();
            all.retain(|k| !removed.contains(&k.slug));
            for k in put {
                match all.iter_mut().find(|o| o.slug == k.slug) {
                    Some(slot) => *slot = k,
                    None => all.push(k),
                }
            }
        }
        let added =
            admitted.iter().filter_map(|k| corpus.doc_by_slug(&k.slug)).map(|d| corpus.docs[d].title.clone()).collect();
        // What storage said of this write (a note of an earlier one stays when nothing was written).
        if wrote {
            self.dispatch.emit(CollectionAction::KeptNote(note));
        }
        self.dispatch.emit(CollectionAction::Rebuilt(Rebuilt { corpus, own }));
        self.status(Adding::Done { added, skipped: refused });
        Ok(())
    }

    /// Writes `put` and deletes `removed` in this browser; what to tell the reader when that fails.
    async fn keep(&self, put: &[Kept], removed: &[String]) -> Option<String> {
        if put.is_empty() && removed.is_empty() {
            return None;
        }
        let entries: Vec<(String, String)> =
            put.iter().map(|k| (k.slug.clone(), crate::own::record(&k.json, k.order))).collect();
        let result = match idb::open().await {
            Ok(db) => db.write(idb::ARTICLES, &entries, removed).await,
            Err(e) => Err(e),
        };
        result.err().map(|e| {
            let names: Vec<String> = put.iter().map(|k| k.name.clone()).collect();
            let what = if names.is_empty() {
                "Removing your articles".to_owned()
            } else {
                format!("{} ({})", plural(names.len(), "article"), names.join(", "))
            };
            format!(
                "{what} could not be kept in this browser: {}. They are in this page until it is closed or reloaded.",
                e.reason()
            )
        })
    }

    async fn forget(&self, removed: &[String]) {
        if let Some(note) = self.keep(&[], removed).await {
            self.dispatch.emit(CollectionAction::KeptNote(Some(note)));
        }
    }
}

/// Articles as the worker describes them: `[{ slug, name, json, order? }]`; `order` when it does
/// not say (just added: `now`, counting on).
fn read_kept(value: Option<JsValue>, now: u64) -> Vec<Kept> {
    let list = value.filter(Array::is_array).map(|v| Array::from(&v)).unwrap_or_default();
    list.iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let get = |k: &str| Reflect::get(&item, &k.into()).ok().and_then(|v| v.as_string());
            let order =
                Reflect::get(&item, &"order".into()).ok().and_then(|v| v.as_f64()).map_or(now + i as u64, |o| o as u64);
            Some(Kept { order, slug: get("slug")?, name: get("name").unwrap_or_default(), json: get("json")? })
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct AddArticlesProps {
    pub corpus: CorpusRef,
    pub adding: Adding,
    /// The slugs of the corpus's articles that are the reader's own.
    pub own: Rc<Vec<String>>,
    pub actions: OwnArticles,
    /// What could not be kept or read in this browser.
    pub kept_note: Option<String>,
    /// A lesson is open: its articles are fixed.
    pub lesson: bool,
}

/// The sidebar's "Your own articles" box: a file picker (drop works anywhere on the page), a
/// form to paste an article, the reader's articles with their details to correct and a button
/// to remove each, the progress of a job and what it added or refused.
#[function_component(AddArticles)]
pub fn add_articles(props: &AddArticlesProps) -> Html {
    let onchange = {
        let actions = props.actions.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files =
                input.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect::<Vec<_>>()).unwrap_or_default();
            input.set_value("");
            if !files.is_empty() {
                actions.add_files(files);
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
                    <p class="added">{format!("Added {}: ", plural(added.len(), "article"))}{added.join("; ")}{"."}</p>
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
    let remove_all = {
        let actions = props.actions.clone();
        Callback::from(move |_: MouseEvent| {
            let sure = gloo::utils::window()
                .confirm_with_message("Remove all the articles you added, from this page and from this browser? The collection’s own articles stay.")
                .unwrap_or(false);
            if sure {
                actions.remove_all();
            }
        })
    };
    let corpus = &props.corpus;
    let mine: Vec<usize> = props.own.iter().filter_map(|s| corpus.doc_by_slug(s)).collect();
    html! {
        <section id="own-articles" class="own-articles" aria-labelledby="own-articles-h">
            <h2 id="own-articles-h">{"Your own articles"}</h2>
            <p class="hint">{first_screen::html::OWN_ARTICLES_HINT}</p>
            if props.lesson {
                <p class="hint" id="own-in-lesson">{"A lesson is open: its articles are the collection. Close the lesson to work with your own."}</p>
            } else {
                <label class="file-button">
                    {first_screen::html::ADD_ARTICLES}
                    <input id="add-files" type="file" accept={ACCEPT} multiple=true disabled={busy} {onchange} />
                </label>
                <PasteForm actions={props.actions.clone()} disabled={busy} />
                if !mine.is_empty() {
                    <ul class="own-list" aria-label="Your articles">
                        { for mine.iter().map(|&d| html! { <OwnItem corpus={corpus.clone()} doc={d} actions={props.actions.clone()} disabled={busy} /> }) }
                    </ul>
                }
                if !mine.is_empty() || props.kept_note.is_some() {
                    <button type="button" id="remove-own" class="link-button" disabled={busy} onclick={remove_all}>{"Remove all your articles…"}</button>
                }
            }
            if let Some(note) = &props.kept_note {
                <p class="storage-note" id="own-storage" role="alert">{note.clone()}</p>
            }
            <div id="own-status" role="status" aria-live="polite">{status}</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OwnItemProps {
    corpus: CorpusRef,
    doc: usize,
    actions: OwnArticles,
    disabled: bool,
}

/// One of the reader's articles: its name, a form to correct its details, and Remove.
#[function_component(OwnItem)]
fn own_item(props: &OwnItemProps) -> Html {
    let d = &props.corpus.docs[props.doc];
    let error = use_state(|| None::<String>);
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))
    };
    let slug = d.slug.clone();
    let field = |name: &str| format!("{name}-{}", d.slug);
    let outlet = engine::outlet::outlet(d).map(|o| o.name).unwrap_or_default();
    // The details as shown, to tell what the teacher changed.
    let shown = (
        d.title.clone(),
        outlet.clone(),
        d.byline.clone().unwrap_or_default(),
        d.date.map(|x| x.to_string()).unwrap_or_default(),
    );
    let onsubmit = {
        let (actions, error, slug, shown) = (props.actions.clone(), error.clone(), slug.clone(), shown.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form: web_sys::HtmlFormElement = e.target_unchecked_into();
            // Only what was changed is put over what the file states.
            let changed = |name: &str, was: &str| Some(input_value(&form, name)).filter(|v| v.trim() != was.trim());
            let overrides = Overrides {
                title: changed("title", &shown.0),
                outlet: changed("outlet", &shown.1),
                author: changed("author", &shown.2),
                date: changed("date", &shown.3),
            };
            let error = error.clone();
            actions.edit(&slug, overrides, Callback::from(move |why| error.set(why)));
        })
    };
    let remove = {
        let (actions, slug, title) = (props.actions.clone(), slug.clone(), d.title.clone());
        Callback::from(move |_: MouseEvent| {
            if gloo::utils::window()
                .confirm_with_message(&format!("Remove “{title}” from this page and this browser?"))
                .unwrap_or(false)
            {
                actions.remove(vec![slug.clone()]);
            }
        })
    };
    html! {
        <li class="own-item" data-doc={d.slug.clone()}>
            {crate::ui::article::label(&props.corpus, props.doc)}
            <details class="own-edit" ontoggle={ontoggle}>
                <summary>{"Details"}<span class="visually-hidden">{format!(" of {}", d.title)}</span></summary>
                // Drawn once opened: twenty articles added at once draw twenty names, not twenty forms.
                if *open {
                <form class="own-form" {onsubmit}>
                    <label for={field("title")}>{"Title"}</label>
                    <input id={field("title")} name="title" type="text" value={shown.0.clone()} />
                    <label for={field("outlet")}>{"Outlet"}</label>
                    <input id={field("outlet")} name="outlet" type="text" value={shown.1.clone()} />
                    <label for={field("author")}>{"Author"}</label>
                    <input id={field("author")} name="author" type="text" value={shown.2.clone()} />
                    <label for={field("date")}>{"Date"}</label>
                    <input id={field("date")} name="date" type="text" placeholder="2024-03-05" value={shown.3.clone()} />
                    if let Some(msg) = &*error {
                        <p class="error" role="alert">{msg.clone()}</p>
                    }
                    <button type="submit" disabled={props.disabled}>{"Save details"}</button>
                </form>
                }
            </details>
            <button type="button" class="link-button remove-one" disabled={props.disabled} onclick={remove}>
                {"Remove"}<span class="visually-hidden">{format!(" {}", d.title)}</span>
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PasteFormProps {
    actions: OwnArticles,
    disabled: bool,
}

/// "Paste an article": the title and the text, and the outlet, author and date when known.
#[function_component(PasteForm)]
fn paste_form(props: &PasteFormProps) -> Html {
    let error = use_state(|| None::<String>);
    let form_ref = use_node_ref();
    let onsubmit = {
        let (actions, error, form_ref) = (props.actions.clone(), error.clone(), form_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form: web_sys::HtmlFormElement = e.target_unchecked_into();
            let value = |name: &str| input_value(&form, name);
            let optional = |name: &str| Some(value(name)).filter(|v| !v.trim().is_empty());
            let pasted = Pasted {
                title: value("title"),
                text: value("text"),
                outlet: optional("outlet"),
                author: optional("author"),
                date: optional("date"),
            };
            let (error, form_ref) = (error.clone(), form_ref.clone());
            actions.paste(
                pasted,
                Callback::from(move |why: Option<String>| {
                    if why.is_none() {
                        if let Some(form) = form_ref.cast::<web_sys::HtmlFormElement>() {
                            form.reset();
                        }
                    }
                    error.set(why);
                }),
            );
        })
    };
    html! {
        <details class="paste-article" id="paste-article">
            <summary>{"Paste an article…"}</summary>
            <form class="own-form" id="paste-form" ref={form_ref} {onsubmit}>
                <label for="paste-title">{"Title"}</label>
                <input id="paste-title" name="title" type="text" required=true />
                <label for="paste-text">{"Text of the article"}</label>
                <textarea id="paste-text" name="text" rows="6" required=true />
                <label for="paste-outlet">{"Outlet (optional)"}</label>
                <input id="paste-outlet" name="outlet" type="text" />
                <label for="paste-author">{"Author (optional)"}</label>
                <input id="paste-author" name="author" type="text" />
                <label for="paste-date">{"Date (optional)"}</label>
                <input id="paste-date" name="date" type="text" placeholder="2024-03-05" />
                if let Some(msg) = &*error {
                    <p class="error" role="alert" id="paste-error">{msg.clone()}</p>
                }
                <button type="submit" id="paste-add" disabled={props.disabled}>{"Add this article"}</button>
            </form>
        </details>
    }
}

/// The value of the form's field `name` (an input or a text area).
fn input_value(form: &web_sys::HtmlFormElement, name: &str) -> String {
    let Some(el) = form.elements().named_item(name) else {
        return String::new();
    };
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        return i.value();
    }
    el.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default()
}
