//! A lesson's start (`#/lesson`): its title, instructions and articles, and "Start" into the
//! sheet; or, when no lesson is open, where a student opens the file (or drops it) their teacher
//! gave them. What could not be opened is said with the file's name and the reason.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::collection::LessonStatus;
use crate::corpus::CorpusRef;
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::page::use_page;

#[derive(Properties, PartialEq)]
pub struct LessonViewProps {
    pub corpus: CorpusRef,
}

#[function_component(LessonView)]
pub fn view(props: &LessonViewProps) -> Html {
    let page = use_page();
    let corpus = &props.corpus;
    let onchange = {
        let lessons = page.lessons.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|l| l.get(0));
            input.set_value("");
            if let Some(file) = file {
                lessons.open_file(file);
            }
        })
    };
    let close = {
        let lessons = page.lessons.clone();
        Callback::from(move |_: MouseEvent| {
            if gloo::utils::window().confirm_with_message("Close this lesson? Your answers stay in this browser, and come back when you open the lesson again.").unwrap_or(false) {
                lessons.close();
            }
        })
    };
    let status = match &page.lesson_status {
        LessonStatus::Idle => html! {},
        LessonStatus::Opening(stage) => {
            html! { <><p>{format!("{stage}…")}</p><progress aria-label="Opening the lesson"></progress></> }
        }
        LessonStatus::Failed(msg) => {
            html! { <p class="error" id="lesson-error" role="alert">{msg.clone()}</p> }
        }
    };
    let picker = |label: &'static str| {
        html! {
            <label class="file-button">
                {label}
                <input id="open-lesson" type="file" accept=".crosscheck,application/json" onchange={onchange.clone()}
                    disabled={matches!(page.lesson_status, LessonStatus::Opening(_))} />
            </label>
        }
    };
    let sheet = corpus.exercises.as_ref().filter(|_| page.lesson.is_some());
    html! {
        <section class="lesson-view" aria-labelledby="lesson-heading">
            if let (Some(sheet), Some(open)) = (sheet, page.lesson.as_ref()) {
                <p class="lesson-kicker">{"Lesson"}<span class="file-name">{format!(" · {}", open.name)}</span></p>
                <h2 id="lesson-heading" class="view-heading">{&sheet.title}</h2>
                if let Some(intro) = &sheet.intro {
                    <div class="lesson-instructions" id="lesson-instructions">
                        { for intro.split("\n\n").map(|p| html! { <p>{p}</p> }) }
                    </div>
                }
                <p class="lesson-start">
                    <ViewLink to={Address::new(Screen::Exercises, ViewParams::default())} classes="start-button" id="lesson-start">{"Start"}</ViewLink>
                    <span class="hint">{format!(" {} questions, {}.", sheet.questions.len(), engine::listing::plural(corpus.docs.len(), "article"))}</span>
                </p>
                if !open.notes.is_empty() {
                    <ul class="lesson-notes">{ for open.notes.iter().map(|n| html! { <li>{n.clone()}</li> }) }</ul>
                }
                if let Some(why) = &open.not_kept {
                    <p class="storage-note" id="lesson-not-kept" role="alert">
                        {format!("This lesson could not be kept in this browser: {why}. It stays open until the page is closed or reloaded; your answers are kept as long as storage allows. Open the file again after a reload.")}
                    </p>
                }
                <h3>{"The articles"}</h3>
                <ol class="lesson-articles">
                    { for (0..corpus.docs.len()).map(|d| html! {
                        <li>
                            <ViewLink to={Address::new(Screen::Article { slug: corpus.docs[d].slug.clone() }, ViewParams::default())}>
                                {crate::ui::article::label(corpus, d)}
                            </ViewLink>
                        </li>
                    }) }
                </ol>
                <div id="lesson-status" role="status" aria-live="polite">{status}</div>
                <p class="lesson-other">
                    {picker("Open another lesson…")}
                    {" "}
                    <button type="button" class="link-button" id="close-lesson" onclick={close}>{"Close this lesson"}</button>
                </p>
            } else {
                <h2 id="lesson-heading" class="view-heading">{"Open a lesson"}</h2>
                <p>{"A lesson is one file your teacher made with Crosscheck (its name ends in .crosscheck): the articles, the questions and what each question shows. "}
                   {"Open it here, or drop it on the page. It is read in this browser; nothing is uploaded."}</p>
                {picker("Open a lesson file…")}
                <div id="lesson-status" role="status" aria-live="polite">{status}</div>
                <p class="hint">{"Your teacher may instead give you a link: it opens the lesson by itself. Teachers: "}
                    <ViewLink to={Address::new(Screen::Teach, ViewParams::default())}>{"make a lesson"}</ViewLink>{" ("}
                    <ViewLink to={Address::new(Screen::Help, ViewParams::default())}>{"how lessons work"}</ViewLink>{")."}</p>
            }
        </section>
    }
}
