//! The exercise sheet (a lesson's, or `seeds/exercises.toml` built in): each question opens its
//! view with one click; the student's answers and notes are kept in this browser
//! (`crate::notebook`, under the lesson's id) and handed in as one page that carries its data
//! (`crate::hand_in`), or as Markdown or JSON, or printed.

use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::hand_in::{describe_item, file_name, HandIn};
use crate::notebook::{Change, Item};
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::download::download;
use crate::ui::notebook::{use_notebook, StorageNote};

#[derive(Properties, PartialEq)]
pub struct ExercisesViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

#[function_component(ExercisesView)]
pub fn view(props: &ExercisesViewProps) -> Html {
    let corpus = props.corpus.clone();
    let notebook = use_notebook();
    // The question last typed into shows how saving went.
    let last_edited = use_state(|| None::<String>);
    let sheet = corpus.exercises.as_ref();

    let edit = |make: fn(String, String) -> Change, question: String| {
        let (on_change, last_edited) = (notebook.on_change.clone(), last_edited.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
            on_change.emit(make(question.clone(), text));
            if last_edited.as_deref() != Some(question.as_str()) {
                last_edited.set(Some(question.clone()));
            }
        })
    };
    let on_student = {
        let on_change = notebook.on_change.clone();
        Callback::from(move |e: InputEvent| {
            on_change.emit(Change::Student(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
        })
    };
    let export = |extension: &'static str| {
        let (corpus, notebook) = (corpus.clone(), notebook.notebook.clone());
        Callback::from(move |_: MouseEvent| {
            let hand_in = HandIn::new(&corpus, &notebook, &today(), &page_address());
            let (body, mime) = match extension {
                "md" => (hand_in.to_markdown(), "text/markdown"),
                "html" => (hand_in.to_html(), "text/html"),
                _ => (hand_in.to_json(), "application/json"),
            };
            download(&file_name(&notebook.student, extension), &body, mime);
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let clear = {
        let on_change = notebook.on_change.clone();
        Callback::from(move |_: MouseEvent| {
            let sure = gloo::utils::window()
                .confirm_with_message("Delete your name, answers, notes and corrections from this browser? Export them first if you need them.")
                .unwrap_or(false);
            if sure {
                on_change.emit(Change::Clear);
            }
        })
    };

    let question = |k: usize, q: &engine::exercises::Question| -> Html {
        let work = notebook.notebook.work(&q.id).cloned().unwrap_or_default();
        let id = |part: &str| format!("{part}-{}", q.id);
        let status =
            if last_edited.as_deref() == Some(q.id.as_str()) { notebook.saving.message() } else { String::new() };
        let link = q.view.as_ref().map(|v| (v.clone(), corpus.describe(v)));
        html! {
            <li class="question" id={id("question")} data-question={q.id.clone()}>
                <h3 class="question-heading">{format!("Question {}", k + 1)}</h3>
                <p class="prompt">{&q.prompt}</p>
                if let Some(hint) = &q.hint {
                    <p class="hint question-hint">{"Hint: "}{hint}</p>
                }
                if let Some((view, what)) = link {
                    <p class="open-view">
                        <ViewLink to={view} classes="open-view-link">
                            {"Open this view"}
                        </ViewLink>
                        <span class="view-sep">{": "}</span><span class="view-what">{what}</span>
                    </p>
                }
                <label for={id("answer")} class="answer-label">{"Your answer"}</label>
                <textarea id={id("answer")} class="answer" rows="4" value={work.answer.clone()}
                    oninput={edit(|question, text| Change::Answer { question, text }, q.id.clone())}
                    aria-describedby={id("status")} />
                <details class="notes" open={!work.note.is_empty()}>
                    <summary>{"Notes"}</summary>
                    <label for={id("note")}>{"Notes while you work (handed in too)"}</label>
                    <textarea id={id("note")} class="note" rows="3" value={work.note.clone()}
                        oninput={edit(|question, text| Change::Note { question, text }, q.id.clone())} />
                </details>
                <p id={id("status")} class={classes!("save-status", notebook.saving.is_problem().then_some("problem"))} role="status" aria-live="polite">{status}</p>
                // What print shows instead of the text boxes, which print cut off.
                <div class="print-answer">
                    <p class="print-label">{"Answer"}</p>
                    <p class="print-text">{if work.answer.trim().is_empty() { "(no answer)".to_owned() } else { work.answer.clone() }}</p>
                    if !work.note.trim().is_empty() {
                        <p class="print-label">{"Notes"}</p>
                        <p class="print-text">{work.note.clone()}</p>
                    }
                </div>
            </li>
        }
    };

    let corrections = &notebook.notebook.corrections;
    html! {
        <section class="exercises-view" aria-labelledby="exercises-heading">
            if let Some(sheet) = sheet {
                if sheet.id.is_some() {
                    <p class="lesson-kicker">{"Lesson · "}<ViewLink to={Address::new(Screen::Lesson, ViewParams::default())}>{"its start and articles"}</ViewLink></p>
                }
                <h2 id="exercises-heading" class="view-heading">{&sheet.title}</h2>
                if let Some(intro) = &sheet.intro {
                    { for intro.split("\n\n").map(|p| html! { <p class="intro">{p}</p> }) }
                }
            } else {
                <h2 id="exercises-heading" class="view-heading">{"Exercises"}</h2>
                <p class="empty" id="no-sheet">
                    {"This collection has no exercise sheet. "}
                    <ViewLink to={Address::new(Screen::Lesson, ViewParams::default())}>{"Open a lesson"}</ViewLink>
                    {" your teacher gave you, or, as a teacher, "}
                    <ViewLink to={Address::new(Screen::Teach, ViewParams::default())}>{"make a lesson"}</ViewLink>
                    {" in the page (see "}<ViewLink to={Address::new(Screen::Help, ViewParams::default())}>{"Help"}</ViewLink>{"). \
                      Corrections made in Quotes and Names are listed below and can be handed in all the same."}
                </p>
            }
            <StorageNote />
            <div class="hand-in-bar">
                <p class="student">
                    <label for="student-name">{"Your name"}</label>
                    <input id="student-name" type="text" autocomplete="name" value={notebook.notebook.student.clone()} oninput={on_student} />
                </p>
                <p class="export" role="group" aria-label="Hand in your work">
                    <button id="hand-in" type="button" class="primary" onclick={export("html")}>{"Hand in"}</button>
                    {" (one page with your answers, to give your teacher) · other forms: "}
                    <button id="export-markdown" type="button" onclick={export("md")}>{"Markdown"}</button>
                    <button id="export-hand-in-json" type="button" onclick={export("json")}>{"JSON"}</button>
                    <button id="print-sheet" type="button" onclick={print}>{"Print"}</button>
                </p>
                <p class="where-kept">
                    {"Your work is kept in this browser only, as you type; nothing is sent anywhere. "}
                    <button id="clear-notebook" type="button" class="link-button" onclick={clear}>{"Delete it from this browser…"}</button>
                </p>
            </div>
            <p class="print-only print-student">{format!("Name: {}", notebook.notebook.student)}{format!(" · {}", today())}</p>
            if let Some(sheet) = sheet {
                <ol class="questions">
                    { for sheet.questions.iter().enumerate().map(|(k, q)| question(k, q)) }
                </ol>
            }
            <section class="my-corrections" aria-labelledby="corrections-heading">
                <h3 id="corrections-heading">{"Your corrections"}</h3>
                if corrections.is_empty() {
                    <p class="hint">{"None yet. In Quotes and Names, “Mark as wrong” records what the machine got wrong; your corrections are listed here and handed in with your answers."}</p>
                } else {
                    <ul id="correction-list">
                        { for corrections.iter().map(|c| {
                            let undo = {
                                let (on_change, item) = (notebook.on_change.clone(), c.item.clone());
                                Callback::from(move |_: MouseEvent| on_change.emit(Change::Undo(item.clone())))
                            };
                            let what = describe_item(&corpus, &c.item);
                            html! {
                                <li class="correction">
                                    if let Some(at) = item_target(&corpus, &c.item) {
                                        <ViewLink to={at} classes="corrected-what">{&what}</ViewLink>
                                    } else {
                                        <span class="corrected-what">{&what}</span>
                                    }
                                    {": "}
                                    { crate::ui::corrections::correction_text(c) }
                                    {" "}
                                    <button type="button" class="link-button undo-correction" onclick={undo}>
                                        {"Undo"}<span class="visually-hidden">{format!(" the correction of {what}")}</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        </section>
    }
}

/// Where a corrected item is shown: a quotation highlighted in its article, a name with its mentions.
fn item_target(corpus: &engine::Corpus, item: &Item) -> Option<Address> {
    match item {
        Item::Quotation { article, .. } => item.find_quotation(corpus).map(|q| {
            Address::new(Screen::Article { slug: article.clone() }, ViewParams::default().at_quote(corpus.quote_ref(q)))
        }),
        Item::Name { name } => {
            corpus.entity_by_name(name).map(|_| Address::new(Screen::Names, ViewParams::default().at_entity(name)))
        }
    }
}

/// Today in the reader's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The page's address without the view (`…/crosscheck/`), which every question's link extends.
fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}
