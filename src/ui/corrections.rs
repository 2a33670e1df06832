//! Corrections: a student marks a machine-found quotation or name as wrong and says what is right.
//!
//! [`MarkWrong`] sits beside an item (a quotation in the Quotes view, the selected name in Names):
//! a "Mark as wrong" button opens a small form (what is wrong, what is right, a comment); a saved
//! correction shows as a "corrected" badge with the machine's version struck through, and can be
//! changed or undone. Corrections live in the notebook (`crate::notebook`), so they survive a reload
//! and go into the exports.

use std::rc::Rc;

use engine::Corpus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::notebook::{Change, Correction, Item, Problem};
use crate::ui::notebook::use_notebook;

/// One thing that can be wrong with an item, with what the machine gave for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub problem: Problem,
    /// The machine's version of the part this problem concerns (the speaker, the words, the kind).
    pub original: String,
    /// Values offered for the right one (speakers, names, kinds).
    pub suggestions: Rc<Vec<String>>,
}

/// What can be wrong with quotation `i`, with what the machine found; `speakers` are offered as
/// the right speaker ([`use_speaker_names`]).
pub fn quotation_choices(corpus: &Corpus, i: usize, speakers: &Rc<Vec<String>>) -> Rc<Vec<Choice>> {
    let q = &corpus.quotes.quotes[i];
    let none = Rc::new(Vec::new());
    Rc::new(vec![
        Choice { problem: Problem::NotAQuotation, original: q.text.clone(), suggestions: none.clone() },
        Choice {
            problem: Problem::WrongSpeaker,
            original: corpus.quotes.speaker_name(i).unwrap_or("no speaker found").to_owned(),
            suggestions: speakers.clone(),
        },
        Choice { problem: Problem::WrongWords, original: q.text.clone(), suggestions: none },
    ])
}

/// Every speaker's full name, offered when a student corrects a speaker: made once per
/// collection, since every quotation's correction form offers them and its properties are
/// compared on every key (four thousand names a form at 1,000 articles, compared by address when
/// they are the same list).
#[hook]
pub fn use_speaker_names(corpus: CorpusRef) -> Rc<Vec<String>> {
    let names =
        use_memo(corpus, |c| Rc::new(c.quotes.speakers.iter().map(|s| s.canonical.clone()).collect::<Vec<_>>()));
    (*names).clone()
}

/// What can be wrong with name `e`, with what the machine found.
pub fn name_choices(corpus: &Corpus, e: usize) -> Rc<Vec<Choice>> {
    let ent = &corpus.entities[e];
    let kinds = ["person", "organisation", "place", "other"].map(str::to_owned).to_vec();
    let others: Vec<String> = corpus.entities.iter().map(|x| x.name.clone()).filter(|n| *n != ent.name).collect();
    Rc::new(vec![
        Choice { problem: Problem::NotAName, original: ent.name.clone(), suggestions: Rc::new(Vec::new()) },
        Choice { problem: Problem::WrongKind, original: ent.kind.as_str().to_owned(), suggestions: Rc::new(kinds) },
        Choice { problem: Problem::MergeWith, original: ent.name.clone(), suggestions: Rc::new(others) },
    ])
}

#[derive(Properties, PartialEq)]
pub struct MarkWrongProps {
    pub item: Item,
    pub choices: Rc<Vec<Choice>>,
    /// Unique on the page; the form's element ids start with it.
    pub id_base: String,
    /// The item in a few words, read after each control's label by screen readers: "“great pressure”".
    pub what: String,
}

/// The "Mark as wrong" control of one item, its form, or its correction.
#[function_component(MarkWrong)]
pub fn mark_wrong(props: &MarkWrongProps) -> Html {
    let notebook = use_notebook();
    let open = use_state(|| false);
    // Where focus goes back to when the form closes or a correction is undone.
    let refocus = use_mut_ref(|| false);
    let toggle_id = format!("{}-mark", props.id_base);
    {
        let (refocus, toggle_id) = (refocus.clone(), toggle_id.clone());
        use_effect(move || {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                if let Some(el) = gloo::utils::document()
                    .get_element_by_id(&toggle_id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let close = {
        let (open, refocus) = (open.clone(), refocus.clone());
        Callback::from(move |()| {
            *refocus.borrow_mut() = true;
            open.set(false);
        })
    };
    let existing = notebook.notebook.correction(&props.item).cloned();
    if *open {
        let on_save = {
            let (on_change, close) = (notebook.on_change.clone(), close.clone());
            Callback::from(move |c: Correction| {
                on_change.emit(Change::Correct(c));
                close.emit(());
            })
        };
        return html! {
            <CorrectionForm item={props.item.clone()} choices={props.choices.clone()} id_base={props.id_base.clone()}
                what={props.what.clone()} initial={existing} {on_save} on_cancel={close} />
        };
    }
    let open_form = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    match existing {
        None => html! {
            <button id={toggle_id} type="button" class="mark-wrong" onclick={open_form}>
                {"Mark as wrong"}<span class="visually-hidden">{format!(": {}", props.what)}</span>
            </button>
        },
        Some(c) => {
            let undo = {
                let (on_change, item, refocus) = (notebook.on_change.clone(), props.item.clone(), refocus.clone());
                Callback::from(move |_: MouseEvent| {
                    *refocus.borrow_mut() = true;
                    on_change.emit(Change::Undo(item.clone()));
                })
            };
            html! {
                <p class="correction" data-problem={c.problem.key()}>
                    <span class="corrected-badge">{"corrected"}</span>{" "}
                    { correction_text(&c) }
                    {" "}
                    <button id={toggle_id} type="button" class="link-button" onclick={open_form}>
                        {"Change"}<span class="visually-hidden">{format!(" the correction of {}", props.what)}</span>
                    </button>
                    {" · "}
                    <button type="button" class="link-button undo-correction" onclick={undo}>
                        {"Undo"}<span class="visually-hidden">{format!(" the correction of {}", props.what)}</span>
                    </button>
                </p>
            }
        }
    }
}

/// A correction in words, the machine's version struck through: "wrong speaker: ~~X~~ → Y".
pub fn correction_text(c: &Correction) -> Html {
    html! {
        <>
            <strong class="problem">{c.problem.label()}</strong>{": "}
            <span class="visually-hidden">{"the machine found "}</span>
            <del>{&c.original}</del>
            if !c.right.is_empty() {
                {" → "}<span class="visually-hidden">{"right: "}</span><ins>{&c.right}</ins>
            }
            if !c.comment.trim().is_empty() {
                {" · "}<q class="comment">{&c.comment}</q>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    item: Item,
    choices: Rc<Vec<Choice>>,
    id_base: String,
    what: String,
    initial: Option<Correction>,
    on_save: Callback<Correction>,
    on_cancel: Callback<()>,
}

#[function_component(CorrectionForm)]
fn correction_form(props: &FormProps) -> Html {
    let first = props.initial.as_ref().map_or(props.choices[0].problem, |c| c.problem);
    let problem = use_state(|| first);
    let right = use_state(|| props.initial.as_ref().map(|c| c.right.clone()).unwrap_or_default());
    let comment = use_state(|| props.initial.as_ref().map(|c| c.comment.clone()).unwrap_or_default());
    let missing = use_state(|| false);
    let form = use_node_ref();
    {
        // Focus the chosen answer when the form opens.
        let form = form.clone();
        use_effect_with((), move |_| {
            if let Some(input) =
                form.cast::<web_sys::Element>().and_then(|f| f.query_selector("input:checked").ok().flatten())
            {
                if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let choice = props.choices.iter().find(|c| c.problem == *problem).unwrap_or(&props.choices[0]).clone();
    let id = |part: &str| format!("{}-{part}", props.id_base);
    let onsubmit = {
        let (problem, right, comment, missing) = (problem.clone(), right.clone(), comment.clone(), missing.clone());
        let (on_save, item, choice) = (props.on_save.clone(), props.item.clone(), choice.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let needs_right = problem.right_label().is_some();
            if needs_right && right.trim().is_empty() {
                missing.set(true);
                return;
            }
            on_save.emit(Correction {
                item: item.clone(),
                problem: *problem,
                original: choice.original.clone(),
                right: if needs_right { right.trim().to_owned() } else { String::new() },
                comment: comment.trim().to_owned(),
            });
        })
    };
    let on_cancel = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.emit(()))
    };
    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    html! {
        <form class="correction-form" ref={form} {onsubmit} aria-label={format!("Correct {}", props.what)}>
            <fieldset>
                <legend>{"What is wrong?"}</legend>
                { for props.choices.iter().map(|c| {
                    let checked = *problem == c.problem;
                    let (problem, missing, p) = (problem.clone(), missing.clone(), c.problem);
                    let onchange = Callback::from(move |_: Event| {
                        problem.set(p);
                        missing.set(false);
                    });
                    html! {
                        <label class="choice">
                            <input type="radio" name={id("problem")} value={c.problem.key()} {checked} {onchange} />
                            {" "}{c.problem.label()}
                        </label>
                    }
                }) }
            </fieldset>
            <p class="machine-says">{"The machine found: "}<span class="original">{&choice.original}</span></p>
            if let Some(label) = problem.right_label() {
                <label for={id("right")}>{label}</label>
                <input id={id("right")} type="text" list={id("suggestions")} value={(*right).clone()} oninput={text_input(&right)}
                    aria-invalid={missing.then_some("true")} aria-describedby={missing.then(|| id("missing"))} />
                <datalist id={id("suggestions")}>
                    { for choice.suggestions.iter().map(|s| html! { <option value={s.clone()} /> }) }
                </datalist>
                if *missing {
                    <p id={id("missing")} class="form-error" role="alert">{format!("{label}: please fill it in, or choose another problem.")}</p>
                }
            }
            <label for={id("comment")}>{"Comment (optional)"}</label>
            <input id={id("comment")} type="text" value={(*comment).clone()} oninput={text_input(&comment)} />
            <div class="form-buttons">
                <button type="submit" class="save-correction">{"Save correction"}</button>
                <button type="button" onclick={on_cancel}>{"Cancel"}</button>
            </div>
        </form>
    }
}
