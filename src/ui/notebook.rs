//! The student's notebook in the page: [`NotebookProvider`] opens the session (`crate::notebook`)
//! once per collection and hands it to the views as a context ([`use_notebook`]);
//! [`StorageNote`] says what went wrong with storage where the student writes.

use std::rc::Rc;

use yew::prelude::*;

use crate::notebook::{Change, LocalStorage, Notebook, Recovered, Saving, Session, SessionAction};

/// What the views see of the notebook.
#[derive(Clone, PartialEq)]
pub struct NotebookContext {
    pub notebook: Rc<Notebook>,
    pub saving: Saving,
    pub recovered: Option<Rc<Recovered>>,
    pub on_change: Callback<Change>,
    /// Tells the session the student has downloaded the unreadable old value.
    pub on_recovered_downloaded: Callback<()>,
}

/// The notebook as a context, or an empty one outside a provider.
#[hook]
pub fn use_notebook() -> NotebookContext {
    use_context::<NotebookContext>().unwrap_or_else(|| NotebookContext {
        notebook: Rc::new(Notebook::default()),
        saving: Saving::Idle,
        recovered: None,
        on_change: Callback::noop(),
        on_recovered_downloaded: Callback::noop(),
    })
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    /// From [`storage_key`]; give the provider the same yew `key`, so another collection remounts it.
    pub store_key: String,
    pub children: Html,
}

/// Opens the notebook in `localStorage` once and hands it to the views below as a context.
#[function_component(NotebookProvider)]
pub fn notebook_provider(props: &ProviderProps) -> Html {
    let session = use_reducer(|| Session::open(LocalStorage::open(), &props.store_key));
    // Another tab of the same lesson saved: show its work at once (the browser's `storage` event
    // fires in every other tab of the site).
    {
        let (dispatcher, key) = (session.dispatcher(), props.store_key.clone());
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                use wasm_bindgen::JsCast;
                if e.dyn_ref::<web_sys::StorageEvent>().is_some_and(|e| e.key().as_deref() == Some(key.as_str())) {
                    dispatcher.dispatch(SessionAction::Reload);
                }
            });
            move || drop(listener)
        });
    }
    let dispatcher = session.dispatcher();
    let callbacks = use_memo((), move |_| {
        let on_change = dispatcher.to_callback().reform(SessionAction::Change);
        let on_recovered_downloaded = dispatcher.to_callback().reform(|()| SessionAction::RecoveredDownloaded);
        (on_change, on_recovered_downloaded)
    });
    let context = NotebookContext {
        notebook: session.notebook.clone(),
        saving: session.saving.clone(),
        recovered: session.recovered.clone().map(Rc::new),
        on_change: callbacks.0.clone(),
        on_recovered_downloaded: callbacks.1.clone(),
    };
    html! {
        <ContextProvider<NotebookContext> {context}>{props.children.clone()}</ContextProvider<NotebookContext>>
    }
}

/// What went wrong with storage, where the student writes: nothing when all is well.
#[function_component(StorageNote)]
pub fn storage_note() -> Html {
    let notebook = use_notebook();
    let download_old = {
        let (recovered, done) = (notebook.recovered.clone(), notebook.on_recovered_downloaded.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &recovered {
                crate::ui::download::download("crosscheck-unreadable-answers.txt", &r.raw, "text/plain");
                done.emit(());
            }
        })
    };
    let problem = notebook.saving.is_problem().then(|| notebook.saving.message());
    html! {
        <div class="storage-notes" role="status">
            if let Some(r) = &notebook.recovered {
                <p class="storage-note" id="recovered-note">
                    {format!("Answers saved earlier in this browser could not be read: {}. ", r.reason)}
                    { match &r.kept_at {
                        Some(key) => format!("They are kept aside in this browser (under “{key}”), and this sheet starts empty. "),
                        None => "They could not be kept aside, so they are only on this page now: download them before you write. ".to_owned(),
                    } }
                    <button id="download-recovered" type="button" onclick={download_old}>{"Download the old text"}</button>
                </p>
            }
            if let Some(message) = problem {
                <p class="storage-note" id="storage-problem">{message}</p>
            }
        </div>
    }
}
