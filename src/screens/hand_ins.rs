//! The teacher's overview of hand-ins (`#/hand-ins`): the students' hand-in files opened in the
//! page (several at once, a whole folder, or dropped; nothing is uploaded), every student's
//! answer per question side by side (with the model answer when the lesson is the teacher's
//! draft), their notes and their corrections of the machine's guesses; printable. Files that are
//! not hand-ins, or are for another lesson, are named with the reason (`crate::hand_in::overview`).

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::hand_in::{overview, Overview};
use crate::ui::page::use_page;
use crate::ui::teach::use_teaching;

/// The largest hand-in file read (a hand-in is a few kilobytes of answers).
const MAX_HAND_IN_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct HandInsViewProps {
    pub corpus: CorpusRef,
}

#[function_component(HandInsView)]
pub fn view(props: &HandInsViewProps) -> Html {
    let page = use_page();
    let teaching = use_teaching();
    // The files read so far (name, text): every new pick adds to them.
    let files = use_state(|| Rc::new(Vec::<(String, String)>::new()));
    let add = {
        let files = files.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let files = files.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut all = (**files).clone();
                for f in picked {
                    let name = formats::clean_name(&f.name());
                    if f.size() > MAX_HAND_IN_BYTES {
                        all.push((name, String::new()));
                        continue;
                    }
                    let text = JsFuture::from(f.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                    all.retain(|(n, t)| !(n == &name && t == &text));
                    all.push((name, text));
                }
                files.set(Rc::new(all));
            });
        })
    };
    // Files dropped anywhere on the page are hand-ins while this view is open.
    {
        let (target, add) = (page.hand_in_drop.clone(), add.clone());
        use_effect_with((), move |_| {
            *target.borrow_mut() = Some(add);
            move || *target.borrow_mut() = None
        });
    }
    let onchange = {
        let add = add.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let picked =
                input.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect::<Vec<_>>()).unwrap_or_default();
            input.set_value("");
            let picked: Vec<web_sys::File> = picked.into_iter().filter(|f| !f.name().starts_with('.')).collect();
            if !picked.is_empty() {
                add.emit(picked);
            }
        })
    };
    let clear = {
        let files = files.clone();
        Callback::from(move |_: MouseEvent| files.set(Rc::new(Vec::new())))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    // The teacher's lessons, to know which hand-ins are theirs: the lesson open, then the draft
    // (with its model answers).
    let draft = &teaching.draft;
    let mut lessons: Vec<(String, Vec<(String, String)>)> = Vec::new();
    if let Some(id) = page.lesson.as_ref().and_then(|_| props.corpus.exercises.as_ref()).and_then(|s| s.id.clone()) {
        lessons.push((id, Vec::new()));
    }
    lessons.push((draft.id.clone(), draft.questions.iter().map(|q| (q.id.clone(), q.model_answer.clone())).collect()));
    let shown: Overview = overview(&files, &lessons);
    let refused: Vec<(String, String)> = shown
        .refused
        .iter()
        .map(|(n, why)| (n.clone(), if why.is_empty() { "is too big to be a hand-in".to_owned() } else { why.clone() }))
        .collect();
    html! {
        <section class="hand-ins-view" aria-labelledby="hand-ins-heading">
            <h2 id="hand-ins-heading" class="view-heading">{"Hand-ins"}</h2>
            if files.is_empty() {
                <p>{"Open the files your students handed in (the pages or JSON files named crosscheck-answers-…), several at once or a whole folder, or drop them on the page. They are read here, in this browser; nothing is uploaded."}</p>
            }
            <p class="hand-ins-pick">
                <label class="file-button">{"Open hand-in files…"}<input id="open-hand-ins" type="file" multiple=true accept=".html,.htm,.json,text/html,application/json" onchange={onchange.clone()} /></label>
                {" "}
                <label class="file-button">{"Open a folder…"}<input id="open-hand-in-folder" type="file" webkitdirectory=true onchange={onchange} /></label>
                if !files.is_empty() {
                    {" "}<button type="button" id="print-hand-ins" onclick={print}>{"Print"}</button>
                    {" "}<button type="button" class="link-button" id="clear-hand-ins" onclick={clear}>{"Clear"}</button>
                }
            </p>
            if !refused.is_empty() {
                <div class="hand-ins-refused" role="alert">
                    <p>{"Left out:"}</p>
                    <ul id="hand-ins-refused">
                        { for refused.iter().map(|(n, why)| html! { <li><span class="file-name">{n.clone()}</span>{format!(" {why}.")}</li> }) }
                    </ul>
                </div>
            }
            if !shown.students.is_empty() {
                <h3 id="overview-title">{format!("{} · {}", shown.title, engine::listing::plural(shown.students.len(), "hand-in"))}</h3>
                <p class="hint">{"Students: "}{shown.students.iter().map(|s| format!("{} ({})", s.name, s.date)).collect::<Vec<_>>().join("; ")}</p>
                <ol class="overview-questions" id="overview">
                    { for shown.questions.iter().enumerate().map(|(k, q)| html! {
                        <li class="overview-question" data-question={q.id.clone()}>
                            <h4>{format!("Question {}", k + 1)}</h4>
                            <p class="prompt">{q.prompt.clone()}</p>
                            if let (Some(view), Some(link)) = (&q.view, &q.link) {
                                <p class="hint">{"View: "}<a href={link.clone()}>{view.clone()}</a></p>
                            }
                            if let Some(model) = &q.model {
                                <p class="model-answer"><strong>{"Model answer: "}</strong>{model.clone()}</p>
                            }
                            <ul class="answers-side-by-side">
                                { for q.answers.iter().map(|(s, answer, notes)| html! {
                                    <li class="student-answer">
                                        <p class="student-name">{shown.students[*s].name.clone()}</p>
                                        <p class={classes!("answer-text", answer.trim().is_empty().then_some("none"))}>{if answer.trim().is_empty() { "(no answer)".to_owned() } else { answer.clone() }}</p>
                                        if !notes.trim().is_empty() {
                                            <p class="answer-notes"><span class="print-label">{"Notes: "}</span>{notes.clone()}</p>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ol>
                <h3>{"Corrections of the machine’s guesses"}</h3>
                <ul class="overview-corrections" id="overview-corrections">
                    { for shown.students.iter().map(|s| html! {
                        <li>
                            <span class="student-name">{s.name.clone()}</span>{": "}
                            if s.corrections.is_empty() {
                                {"none"}
                            } else {
                                <ul>
                                    { for s.corrections.iter().map(|c| html! {
                                        <li>{format!("{}{}: {}. Machine: ", c.what, c.place(), c.problem.label())}<del>{c.machine.clone()}</del>
                                            if !c.right.is_empty() { {". Right: "}<ins>{c.right.clone()}</ins> }
                                            if !c.comment.trim().is_empty() { {format!(". Comment: {}", c.comment.trim())} }
                                        </li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
