//! Teacher mode in the page: the lesson draft (`crate::lesson_draft`), kept in this browser's
//! `localStorage` as it is written, handed to the views as a context ([`TeachingProvider`],
//! [`use_teaching`]), and the bar that teacher mode puts over every view ([`TeacherBar`]): which
//! lesson is being written, and "Attach this view" to a question with one click.
//!
//! Teacher mode is on from the moment the editor is opened until "Leave teacher mode"; the
//! student's screens never show the bar, the draft or its model answers. A second tab of the
//! editor follows the first (the `storage` event), so two tabs never overwrite each other
//! silently.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::lesson_draft::{Draft, DraftEdit, KEY};
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::typing::use_view;

/// Where teacher mode is remembered (`localStorage`): `1` while it is on.
const TEACHING_KEY: &str = "crosscheck.teaching";

/// What the views see of teacher mode.
#[derive(Clone, PartialEq)]
pub struct TeachingContext {
    pub draft: Rc<Draft>,
    /// Teacher mode is on (the bar shows over every view).
    pub teaching: bool,
    /// Why the draft is not kept, when it is not; what became of an unreadable earlier draft.
    pub problem: Option<String>,
    pub on_edit: Callback<DraftEdit>,
    pub on_teaching: Callback<bool>,
}

/// The teaching context (an inactive one outside the provider).
#[hook]
pub fn use_teaching() -> TeachingContext {
    use_context::<TeachingContext>().unwrap_or_else(|| TeachingContext {
        draft: Rc::default(),
        teaching: false,
        problem: None,
        on_edit: Callback::noop(),
        on_teaching: Callback::noop(),
    })
}

#[derive(Clone, PartialEq)]
struct State {
    draft: Rc<Draft>,
    teaching: bool,
    problem: Option<String>,
}

enum Action {
    Edit(DraftEdit),
    Teaching(bool),
    /// Another tab saved the draft (its stored text).
    Stored(Option<String>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                Rc::make_mut(&mut next.draft).apply(edit);
                next.problem = save(KEY, &next.draft.to_json())
                    .err()
                    .map(|why| format!("Not saved in this browser: {why}. Save the lesson as a file now."));
            }
            Action::Teaching(on) => {
                next.teaching = on;
                let _ = save(TEACHING_KEY, if on { "1" } else { "" });
            }
            Action::Stored(raw) => match raw.as_deref().map(Draft::from_json) {
                Some(Ok(d)) if d != *self.draft => next.draft = Rc::new(d),
                _ => return self,
            },
        }
        Rc::new(next)
    }
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn save(key: &str, value: &str) -> Result<(), String> {
    let storage = storage().ok_or("this browser does not let the page keep anything")?;
    storage.set_item(key, value).map_err(|e| match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).as_deref() {
        Some("QuotaExceededError") => "the browser’s storage for this page is full".to_owned(),
        _ => crate::idb::js_reason(&e),
    })
}

/// The draft kept in this browser, a new one, and what to say about an earlier one that could
/// not be read (kept aside under `KEY.unreadable`).
fn open() -> State {
    let storage = storage();
    let raw = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten());
    let teaching = storage.as_ref().and_then(|s| s.get_item(TEACHING_KEY).ok().flatten()).as_deref() == Some("1");
    let fresh = || Rc::new(Draft::new(random_id()));
    match raw.as_deref().map(Draft::from_json) {
        Some(Ok(d)) => State { draft: Rc::new(d), teaching, problem: None },
        None => State { draft: fresh(), teaching, problem: None },
        Some(Err(why)) => {
            let aside = format!("{KEY}.unreadable");
            let kept = storage.as_ref().is_some_and(|s| s.set_item(&aside, raw.as_deref().unwrap_or_default()).is_ok());
            let problem = if kept {
                format!("A lesson draft kept in this browser could not be read ({why}); it is kept aside (under “{aside}”), and this is a new draft.")
            } else {
                format!("A lesson draft kept in this browser could not be read ({why}); this is a new draft.")
            };
            State { draft: fresh(), teaching, problem: Some(problem) }
        }
    }
}

/// A new lesson's id: 16 hex digits from the browser's random numbers.
pub fn random_id() -> String {
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{:08x}{:08x}", half(), half())
}

#[derive(Properties, PartialEq)]
pub struct TeachingProviderProps {
    pub children: Html,
}

/// Opens the draft once and hands it to the views; follows another tab's edits.
#[function_component(TeachingProvider)]
pub fn teaching_provider(props: &TeachingProviderProps) -> Html {
    let state = use_reducer(open);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                    if e.key().as_deref() == Some(KEY) {
                        dispatcher.dispatch(Action::Stored(e.new_value()));
                    }
                }
            });
            move || drop(listener)
        });
    }
    let callbacks = use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| (dispatcher.to_callback().reform(Action::Edit), dispatcher.to_callback().reform(Action::Teaching))
    });
    let context = TeachingContext {
        draft: state.draft.clone(),
        teaching: state.teaching,
        problem: state.problem.clone(),
        on_edit: callbacks.0.clone(),
        on_teaching: callbacks.1.clone(),
    };
    html! { <ContextProvider<TeachingContext> {context}>{props.children.clone()}</ContextProvider<TeachingContext>> }
}

/// The view on screen as it would be attached: the address, without the search on a screen that
/// does not use it; `None` for a screen that is not a view of the articles.
pub fn attachable(view: &Address) -> Option<Address> {
    match view.screen {
        Screen::Lesson | Screen::Teach | Screen::HandIns | Screen::Help | Screen::Exercises | Screen::NotFound => None,
        ref s if !s.uses_search() => Some(Address::new(s.clone(), view.params.without_search())),
        _ => Some(view.clone()),
    }
}

/// Teacher mode's bar over every view: the lesson being written, "Attach this view" to a
/// question, back to the editor, and leaving teacher mode.
#[function_component(TeacherBar)]
pub fn teacher_bar() -> Html {
    let teaching = use_teaching();
    let (view, _) = use_view();
    let chosen = use_state(|| None::<String>);
    let done = use_state(|| None::<String>);
    if !teaching.teaching || view.screen == Screen::Teach {
        return html! {};
    }
    let draft = &teaching.draft;
    let target = attachable(&view);
    let selected = chosen
        .as_ref()
        .filter(|id| draft.questions.iter().any(|q| &q.id == *id))
        .cloned()
        .or_else(|| draft.questions.last().map(|q| q.id.clone()));
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(Some(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
        })
    };
    let attach = {
        let (on_edit, done, target, selected, draft) =
            (teaching.on_edit.clone(), done.clone(), target.clone(), selected.clone(), draft.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(view), Some(question)) = (target.clone(), selected.clone()) else {
                return;
            };
            let n = draft.questions.iter().position(|q| q.id == question).map_or(0, |k| k + 1);
            on_edit.emit(DraftEdit::Attach { question, view: view.fragment() });
            done.set(Some(format!("Attached to question {n}.")));
        })
    };
    let add_and_attach = {
        let (on_edit, done, target, draft) = (teaching.on_edit.clone(), done.clone(), target.clone(), draft.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(view) = target.clone() else { return };
            on_edit.emit(DraftEdit::AddQuestion);
            // The new question's id, as the draft gives it.
            let mut next = (*draft).clone();
            next.apply(DraftEdit::AddQuestion);
            if let Some(q) = next.questions.last() {
                on_edit.emit(DraftEdit::Attach { question: q.id.clone(), view: view.fragment() });
                done.set(Some(format!("Attached to a new question {}.", next.questions.len())));
            }
        })
    };
    let leave = {
        let on_teaching = teaching.on_teaching.clone();
        Callback::from(move |_: MouseEvent| on_teaching.emit(false))
    };
    let title = if draft.title.trim().is_empty() { "Untitled lesson".to_owned() } else { draft.title.clone() };
    html! {
        <section class="teacher-bar" aria-label="Teacher mode" id="teacher-bar">
            <p class="teacher-mode-label"><strong>{"Teacher mode"}</strong>{" · "}{title}</p>
            if target.is_some() {
                if draft.questions.is_empty() {
                    <button type="button" id="attach-new" onclick={add_and_attach}>{"Attach this view to a new question"}</button>
                } else {
                    <label for="attach-to">{"Attach this view to"}</label>
                    <select id="attach-to" onchange={on_choose}>
                        { for draft.questions.iter().enumerate().map(|(k, q)| html! {
                            <option value={q.id.clone()} selected={selected.as_deref() == Some(q.id.as_str())}>{format!("question {}", k + 1)}</option>
                        }) }
                    </select>
                    <button type="button" id="attach-view" onclick={attach}>{"Attach this view"}</button>
                    <button type="button" class="link-button" id="attach-new" onclick={add_and_attach}>{"to a new question"}</button>
                }
            } else {
                <span class="hint">{"Open one of the views (Articles, Quotes, Compare…) to attach it to a question."}</span>
            }
            <span class="attach-done" role="status" aria-live="polite">{(*done).clone().unwrap_or_default()}</span>
            <ViewLink to={Address::new(Screen::Teach, ViewParams::default())} classes="back-to-editor">{"Back to the lesson editor"}</ViewLink>
            <button type="button" class="link-button" id="leave-teaching" onclick={leave}>{"Leave teacher mode"}</button>
        </section>
    }
}
