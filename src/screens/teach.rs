//! The teacher's lesson editor (`#/teach`), teacher mode: the lesson's title and instructions,
//! which of the collection's articles it uses (the teacher's own are all in it), and the
//! questions, each with its text, a hint, a model answer kept out of the students' copy and the
//! view it opens, attached with one click from whatever view is on screen (the teacher bar,
//! `crate::ui::teach`). Saved in this browser as it is written; "Preview as a student" shows the
//! sheet as the class will; "Save lesson" writes the file (`crate::lessons`).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::lesson_draft::{view_articles, Draft, DraftEdit, DraftQuestion};
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::page::use_page;
use crate::ui::teach::{random_id, use_teaching};

#[derive(Properties, PartialEq)]
pub struct TeachViewProps {
    pub corpus: CorpusRef,
}

#[function_component(TeachView)]
pub fn view(props: &TeachViewProps) -> Html {
    let page = use_page();
    let teaching = use_teaching();
    let preview = use_state(|| false);
    let saved = use_state(|| None::<Result<String, String>>);
    let draft = teaching.draft.clone();
    let on_edit = teaching.on_edit.clone();
    // Opening the editor is entering teacher mode.
    {
        let (on, on_teaching) = (teaching.teaching, teaching.on_teaching.clone());
        use_effect_with((), move |_| {
            if !on {
                on_teaching.emit(true);
            }
        });
    }
    let text_edit = |make: fn(String) -> DraftEdit| {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|t| t.value()));
            on_edit.emit(make(value.unwrap_or_default()));
        })
    };
    let save = |answers: bool| {
        let (lessons, draft, saved) = (page.lessons.clone(), draft.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = saved.clone();
            saved.set(None);
            lessons.save((*draft).clone(), answers, Callback::from(move |r| saved.set(Some(r))));
        })
    };
    let toggle_preview = {
        let preview = preview.clone();
        Callback::from(move |_: MouseEvent| preview.set(!*preview))
    };
    let new_lesson = {
        let on_edit = on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            if gloo::utils::window()
                .confirm_with_message(
                    "Start a new lesson? The one you are writing is replaced (save it as a file first if you need it).",
                )
                .unwrap_or(false)
            {
                on_edit.emit(DraftEdit::Replace(Draft::new(random_id())));
            }
        })
    };
    let open_error = use_state(|| None::<String>);
    let edit_file = {
        let (on_edit, articles, built, open_error, lessons) =
            (on_edit.clone(), page.articles.clone(), page.built.clone(), open_error.clone(), page.lessons.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|l| l.get(0));
            input.set_value("");
            let Some(file) = file else { return };
            let (on_edit, articles, built, open_error, lessons) =
                (on_edit.clone(), articles.clone(), built.clone(), open_error.clone(), lessons.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                if file.size() > formats::lesson::MAX_LESSON_BYTES as f64 {
                    return open_error.set(Some(format!(
                        "{}: more than {} MB: not a lesson file.",
                        formats::clean_name(&name),
                        formats::lesson::MAX_LESSON_BYTES / (1024 * 1024)
                    )));
                }
                let Ok(buf) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                    return open_error
                        .set(Some(format!("{} could not be read from the disk.", formats::clean_name(&name))));
                };
                match lessons.read_for_editing(&name, buf.into()).await {
                    Ok((mut draft, lesson_articles)) => {
                        let built_slugs: Vec<String> =
                            built.as_ref().map(|c| c.docs.iter().map(|d| d.slug.clone()).collect()).unwrap_or_default();
                        let in_lesson: Vec<&String> = lesson_articles.iter().map(|(slug, _)| slug).collect();
                        draft.left_out = built_slugs.iter().filter(|s| !in_lesson.contains(s)).cloned().collect();
                        // The lesson's articles this page's collection does not have become the teacher's own.
                        let missing: Vec<String> = lesson_articles
                            .iter()
                            .filter(|(slug, _)| !built_slugs.contains(slug))
                            .map(|(_, json)| json.clone())
                            .collect();
                        on_edit.emit(DraftEdit::Replace(draft));
                        if !missing.is_empty() {
                            articles.add_articles(missing);
                        }
                        open_error.set(None);
                    }
                    Err(why) => open_error.set(Some(format!("{why}."))),
                }
            });
        })
    };

    let built = page.built.clone();
    let corpus = &props.corpus;
    let built_docs: Vec<(String, String)> = built
        .as_ref()
        .map(|c| (0..c.docs.len()).map(|d| (c.docs[d].slug.clone(), c.label(d))).collect())
        .unwrap_or_default();
    let own_docs: Vec<usize> = if page.lesson.is_some() {
        Vec::new()
    } else {
        page.own.iter().filter_map(|s| corpus.doc_by_slug(s)).collect()
    };
    let in_lesson = |slug: &str| !draft.left_out.iter().any(|s| s == slug);
    let n_articles = built_docs.iter().filter(|(s, _)| in_lesson(s)).count() + own_docs.len();

    if *preview {
        return html! {
            <section class="teach-view previewing" aria-labelledby="teach-heading">
                <p class="teacher-mode-banner"><strong>{"Teacher mode"}</strong>{" · Preview: this is what a student sees (without your model answers)."}
                    {" "}<button type="button" id="end-preview" onclick={toggle_preview}>{"Back to editing"}</button></p>
                <StudentPreview corpus={corpus.clone()} draft={draft.clone()} />
            </section>
        };
    }

    html! {
        <section class="teach-view" aria-labelledby="teach-heading">
            <p class="teacher-mode-banner"><strong>{"Teacher mode"}</strong>{" · Students never see this page. Your lesson is saved in this browser as you write it. "}
                <ViewLink to={Address::new(Screen::Help, ViewParams::default())}>{"How lessons work"}</ViewLink></p>
            <h2 id="teach-heading" class="view-heading">{"Make a lesson"}</h2>
            if let Some(problem) = &teaching.problem {
                <p class="storage-note" id="draft-problem" role="alert">{problem.clone()}</p>
            }
            if page.lesson.is_some() {
                <p class="storage-note">{"A lesson is open as a student would see it; close it (on the "}<ViewLink to={Address::new(Screen::Lesson, ViewParams::default())}>{"lesson’s page"}</ViewLink>{") to use your own articles here."}</p>
            }
            <div class="teach-fields">
                <label for="lesson-title">{"Title of the lesson"}</label>
                <input id="lesson-title" type="text" value={draft.title.clone()} oninput={text_edit(DraftEdit::Title)} placeholder="Week 3: who says so?" />
                <label for="lesson-instructions">{"Instructions (the first thing a student reads)"}</label>
                <textarea id="lesson-instructions" rows="4" value={draft.instructions.clone()} oninput={text_edit(DraftEdit::Instructions)} />
            </div>

            <h3>{format!("Articles ({n_articles} in the lesson)")}</h3>
            <fieldset class="teach-articles">
                <legend>{"The collection’s articles in this lesson"}</legend>
                <ul>
                    { for built_docs.iter().map(|(slug, label)| {
                        let (on_edit, slug_c, checked) = (on_edit.clone(), slug.clone(), in_lesson(slug));
                        let onchange = Callback::from(move |_: Event| on_edit.emit(DraftEdit::LeaveOut { article: slug_c.clone(), out: checked }));
                        let id = format!("keep-{slug}");
                        html! { <li><input type="checkbox" id={id.clone()} data-doc={slug.clone()} checked={checked} {onchange} /><label for={id}>{label.clone()}</label></li> }
                    }) }
                </ul>
            </fieldset>
            <p class="hint" id="teach-own">
                if own_docs.is_empty() {
                    {"Your own articles go into the lesson too: add them with “Add articles…” or “Paste an article…” in the sidebar."}
                } else {
                    {format!("Your own articles, all in the lesson: {}.", own_docs.iter().map(|&d| corpus.label(d)).collect::<Vec<_>>().join("; "))}
                }
            </p>

            <h3>{format!("Questions ({})", draft.questions.len())}</h3>
            <p class="hint">{"To attach a view to a question, open the view (any screen, set up as the class should see it) and press “Attach this view” in the teacher bar at the top of the page."}</p>
            <ol class="draft-questions">
                { for draft.questions.iter().enumerate().map(|(k, q)| html! {
                    <DraftQuestionItem key={q.id.clone()} number={k + 1} last={k + 1 == draft.questions.len()} question={q.clone()} corpus={corpus.clone()} on_edit={on_edit.clone()} />
                }) }
            </ol>
            <p><button type="button" id="add-question" onclick={{ let on_edit = on_edit.clone(); Callback::from(move |_: MouseEvent| on_edit.emit(DraftEdit::AddQuestion)) }}>{"Add a question"}</button></p>

            <h3>{"Check and hand out"}</h3>
            <p class="teach-actions">
                <button type="button" id="preview-lesson" onclick={toggle_preview}>{"Preview as a student"}</button>
                <button type="button" id="save-lesson" class="primary" onclick={save(false)}>{"Save lesson"}</button>
                <button type="button" id="save-teacher-copy" onclick={save(true)}>{"Save teacher’s copy (with model answers)"}</button>
            </p>
            <div id="save-status" role="status" aria-live="polite">
                { match &*saved {
                    Some(Ok(name)) => html! { <p class="added">{format!("Saved as {name} (in your downloads). Hand it out, or put it beside this page and share the link …#/?lesson={name}")}</p> },
                    Some(Err(msg)) => html! { <p class="error" role="alert">{msg.clone()}</p> },
                    None => html! {},
                } }
            </div>
            <p class="hint">{"“Save lesson” writes one file with the articles, the questions and their views, without your model answers: anyone opens it in Crosscheck with “Open a lesson”. The teacher’s copy keeps them, to edit the lesson again later."}</p>
            <p class="teach-actions">
                <label class="file-button">{"Edit a lesson file…"}<input id="edit-lesson-file" type="file" accept=".crosscheck,application/json" onchange={edit_file} /></label>
                <button type="button" class="link-button" id="new-lesson" onclick={new_lesson}>{"Start a new lesson…"}</button>
                <ViewLink to={Address::new(Screen::HandIns, ViewParams::default())}>{"Collect the hand-ins"}</ViewLink>
            </p>
            if let Some(msg) = &*open_error {
                <p class="error" role="alert" id="edit-lesson-error">{msg.clone()}</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DraftQuestionProps {
    number: usize,
    last: bool,
    question: DraftQuestion,
    corpus: CorpusRef,
    on_edit: Callback<DraftEdit>,
}

/// One question of the draft: its text, hint, model answer and view, and its buttons.
#[function_component(DraftQuestionItem)]
fn draft_question(props: &DraftQuestionProps) -> Html {
    let q = &props.question;
    let id = |part: &str| format!("{part}-{}", q.id);
    let edit = |make: fn(String, String) -> DraftEdit| {
        let (on_edit, question) = (props.on_edit.clone(), q.id.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|t| t.value()));
            on_edit.emit(make(question.clone(), value.unwrap_or_default()));
        })
    };
    let act = |edit: DraftEdit| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(edit.clone()))
    };
    let delete = {
        let (on_edit, question, n) = (props.on_edit.clone(), q.id.clone(), props.number);
        Callback::from(move |_: MouseEvent| {
            if gloo::utils::window().confirm_with_message(&format!("Delete question {n}?")).unwrap_or(false) {
                on_edit.emit(DraftEdit::Delete { question: question.clone() });
            }
        })
    };
    let corpus = &props.corpus;
    let view = q.view.as_deref().map(|v| Address::parse(v).0).map(|v| {
        let missing = view_articles(&v).into_iter().find(|s| corpus.doc_by_slug(s).is_none());
        (v.clone(), corpus.describe(&v), missing)
    });
    html! {
        <li class="draft-question" id={id("draft")} data-question={q.id.clone()}>
            <h4 class="question-heading">{format!("Question {}", props.number)}</h4>
            <label for={id("prompt")}>{"Question"}</label>
            <textarea id={id("prompt")} class="draft-prompt" rows="3" value={q.prompt.clone()} oninput={edit(|question, text| DraftEdit::Prompt { question, text })} />
            <label for={id("hint")}>{"Hint (optional)"}</label>
            <input id={id("hint")} class="draft-hint" type="text" value={q.hint.clone()} oninput={edit(|question, text| DraftEdit::Hint { question, text })} />
            <label for={id("model")}>{"Model answer (optional; only in your copy, never in the students’)"}</label>
            <textarea id={id("model")} class="draft-model" rows="2" value={q.model_answer.clone()} oninput={edit(|question, text| DraftEdit::ModelAnswer { question, text })} />
            <p class="draft-view">
                { match view {
                    Some((address, what, missing)) => html! {
                        <>
                            {"View: "}<span class="view-what" data-href={address.href()}>{what}</span>{" "}
                            <ViewLink to={address} classes="open-draft-view">{"Open"}<span class="visually-hidden">{format!(" the view of question {}", props.number)}</span></ViewLink>
                            {" "}<button type="button" class="link-button detach-view" onclick={act(DraftEdit::Detach { question: q.id.clone() })}>{"Remove the view"}</button>
                            if let Some(slug) = missing {
                                <span class="error">{format!(" It shows an article not in this collection ({slug}).")}</span>
                            }
                        </>
                    },
                    None => html! { <span class="hint">{"No view attached."}</span> },
                } }
            </p>
            <p class="draft-buttons">
                <button type="button" class="move-up" disabled={props.number == 1} onclick={act(DraftEdit::Move { question: q.id.clone(), by: -1 })}>{"Move up"}<span class="visually-hidden">{format!(" question {}", props.number)}</span></button>
                <button type="button" class="move-down" disabled={props.last} onclick={act(DraftEdit::Move { question: q.id.clone(), by: 1 })}>{"Move down"}<span class="visually-hidden">{format!(" question {}", props.number)}</span></button>
                <button type="button" class="delete-question" onclick={delete}>{"Delete"}<span class="visually-hidden">{format!(" question {}", props.number)}</span></button>
            </p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct StudentPreviewProps {
    corpus: CorpusRef,
    draft: Rc<Draft>,
}

/// The sheet as a student will see it: title, instructions, questions with hints and views.
#[function_component(StudentPreview)]
fn student_preview(props: &StudentPreviewProps) -> Html {
    let d = &props.draft;
    html! {
        <div class="student-preview" id="student-preview">
            <h2 id="teach-heading" class="view-heading">{if d.title.trim().is_empty() { "Untitled lesson".to_owned() } else { d.title.clone() }}</h2>
            { for d.instructions.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p class="intro">{p.to_owned()}</p> }) }
            <ol class="questions">
                { for d.questions.iter().enumerate().map(|(k, q)| html! {
                    <li class="question" data-question={q.id.clone()}>
                        <h3 class="question-heading">{format!("Question {}", k + 1)}</h3>
                        <p class="prompt">{q.prompt.clone()}</p>
                        if !q.hint.trim().is_empty() {
                            <p class="hint question-hint">{"Hint: "}{q.hint.clone()}</p>
                        }
                        if let Some(view) = q.view.as_deref().map(|v| Address::parse(v).0) {
                            <p class="open-view"><ViewLink to={view.clone()} classes="open-view-link">{"Open this view"}</ViewLink>
                                <span class="view-sep">{": "}</span><span class="view-what">{props.corpus.describe(&view)}</span></p>
                        }
                        <p class="answer-label">{"Your answer"}</p>
                        <div class="answer preview-answer" aria-hidden="true"></div>
                    </li>
                }) }
            </ol>
        </div>
    }
}
