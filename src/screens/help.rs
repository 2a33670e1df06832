//! The help page (`#/help`): what each view shows and how to use it, adding articles, and the
//! loop a class lives in with lessons (prepare, hand out, answer, hand in, review). The README is
//! for whoever builds and hosts the page; this is for whoever uses it. Also the home screen's two
//! lines saying what Crosscheck is for ([`home_intro`], the same words as the first screen's).

use first_screen::html::{HOME_ENTRIES, HOME_PURPOSE};
use yew::prelude::*;

use crate::route::{Address, Screen, ViewLink, ViewParams};

/// The home screen's two lines: what Crosscheck is for, and the way in for teachers ("Make a
/// lesson") and for students ("Open a lesson"). The first screen (`crates/first-screen`) writes
/// the same, so nothing moves when the app takes over.
pub fn home_intro() -> Html {
    let screens = [Screen::Teach, Screen::Lesson, Screen::Help];
    let entries = HOME_ENTRIES.iter().zip(screens).enumerate().map(|(k, ((label, what), screen))| {
        html! {
            <>
                if k > 0 { {" "} }
                <ViewLink to={Address::new(screen, ViewParams::default())} classes="entry">{*label}</ViewLink>{" "}<span>{*what}</span>
            </>
        }
    });
    html! {
        <section class="home-intro" aria-label="What Crosscheck is for">
            <p class="purpose">{HOME_PURPOSE}</p>
            <p class="entries">{ for entries }</p>
        </section>
    }
}

/// A link to a view from the help text.
fn to(screen: Screen, label: &'static str) -> Html {
    html! { <ViewLink to={Address::new(screen, ViewParams::default())}>{label}</ViewLink> }
}

#[function_component(HelpView)]
pub fn view() -> Html {
    html! {
        <section class="help-view" aria-labelledby="help-heading">
            <h2 id="help-heading" class="view-heading">{"Help"}</h2>
            <p>{HOME_PURPOSE}{" Everything happens in this browser: nothing you open, type or hand in is sent anywhere, and the page works offline once it has loaded."}</p>
            <nav aria-label="On this page" class="help-toc">
                <ul>
                    <li><a href="#help-views" onclick={scroll_to("help-views")}>{"The views"}</a></li>
                    <li><a href="#help-own" onclick={scroll_to("help-own")}>{"Your own articles"}</a></li>
                    <li><a href="#help-teachers" onclick={scroll_to("help-teachers")}>{"For teachers: make a lesson"}</a></li>
                    <li><a href="#help-students" onclick={scroll_to("help-students")}>{"For students: a lesson"}</a></li>
                    <li><a href="#help-hand-ins" onclick={scroll_to("help-hand-ins")}>{"Collecting the work"}</a></li>
                    <li><a href="#help-keys" onclick={scroll_to("help-keys")}>{"Keyboard, printing, links"}</a></li>
                </ul>
            </nav>

            <h3 id="help-views">{"The views"}</h3>
            <dl class="help-list">
                <dt>{to(Screen::Search, "Articles")}</dt>
                <dd>{"Search as you type: every article that matches, best first, each hit highlighted in its sentence. "}
                    {"Words in any form (interfere finds interference), \"a phrase\" in quotation marks, OR, NOT or -word, a word* start. "}
                    {"Tick articles on the left to search only those. A title opens the article."}</dd>
                <dt>{"An article"}</dt>
                <dd>{"The whole article, with the hits marked (n and p go to the next and previous). Site navigation and other boilerplate are greyed and folded. "}
                    {"Select words and press “Highlight in every article” to find them elsewhere."}</dd>
                <dt>{to(Screen::Quotes, "Quotes")}</dt>
                <dd>{"Every direct quotation the machine found, who said it, the verb the article used (said, claimed) and how sure the machine is. "}
                    {"Filter by speaker or kind; export the list as CSV or JSON. The machine reads by rules and makes mistakes: “Mark as wrong” records yours."}</dd>
                <dt>{to(Screen::Speakers, "Who is quoted where")}</dt>
                <dd>{"A table of speakers × articles; each number opens those quotations."}</dd>
                <dt>{to(Screen::Names, "Names")}</dt>
                <dd>{"The people, organisations and places the articles name, merged across spellings; pick one to read every mention."}</dd>
                <dt>{to(Screen::Compare, "Compare")}</dt>
                <dd>{"Two articles side by side: passages they share in the same colour in both, and the quotations both report, with what each kept or cut."}</dd>
                <dt>{to(Screen::Timeline, "Timeline")}</dt>
                <dd>{"The dates the articles mention, in order, and the same as a table."}</dd>
                <dt>{to(Screen::Profiles, "Profiles")}</dt>
                <dd>{"How each article is sourced, as numbers: quotations, named and unnamed sources, documents, hedging and loaded words, the share of navigation. "}
                    {"Click a column to sort; every number opens the passages it counts."}</dd>
                <dt>{to(Screen::Exercises, "Exercises")}</dt>
                <dd>{"The questions of the lesson, each with “Open this view”, a box for your answer and one for notes, kept in this browser as you type; and the hand-in."}</dd>
            </dl>

            <h3 id="help-own">{"Your own articles"}</h3>
            <p>{"In the sidebar, “Add articles…” opens files (or drop them anywhere on the page): text files in any encoding (.txt), web pages saved from the browser (.html, “Web Page, HTML Only” or “Complete”), Word documents (.docx) and Markdown (.md). "}
                {"“Paste an article…” takes a title, the text, and the outlet, author and date when you know them. "}
                {"A PDF cannot be read: open it, select the article’s text, copy it and paste it there."}</p>
            <p>{"Your articles are read in this browser, never uploaded, and join every view, marked “added”. They stay in this browser until you remove them (“Remove” beside each, or “Remove all”). “Details” corrects the title, outlet, author and date a citation prints. "}
                {"A file that cannot be an article is listed with the reason, and the others are still added; the same article twice is added once."}</p>

            <h3 id="help-teachers">{"For teachers: make a lesson"}</h3>
            <ol class="help-steps">
                <li>{"Open "}{to(Screen::Teach, "Make a lesson")}{". This is teacher mode: students never see it. Give the lesson a title and instructions, and untick the collection’s articles you do not want; your own articles (added in the sidebar) are all in it."}</li>
                <li>{"Add questions: the text, a hint if you like, and a model answer, which stays in your copy and never goes into the students’."}</li>
                <li>{"Attach a view to a question: open any view (a search, two articles in Compare, one speaker’s quotations, a sorted table), set it up as the class should see it, and press “Attach this view” in the teacher bar at the top. “Open” in the editor shows it again."}</li>
                <li>{"“Preview as a student” shows the sheet as the class will. Everything is saved in this browser as you write."}</li>
                <li>{"“Save lesson” downloads one file (NAME.crosscheck) with the articles, the questions and their views, and no model answers. Hand it out by e-mail, a shared drive or a USB stick: anyone opens it here with “Open a lesson”, on any computer, offline. "}
                    {"Or put it beside this page on your school’s web server and hand out the link: the page’s address followed by #/?lesson=NAME.crosscheck. “Save teacher’s copy” keeps the model answers, to edit the lesson again later (“Edit a lesson file”)."}</li>
            </ol>
            <p>{"With the toolchain you can also build a page whose own collection and sheet are the lesson (the README says how)."}</p>

            <h3 id="help-students">{"For students: a lesson"}</h3>
            <p>{to(Screen::Lesson, "Open a lesson")}{" with the file your teacher gave you, or follow their link. You see the lesson’s title and instructions; “Start” opens the questions. "}
                {"Your answers, notes and name are saved in this browser as you type, separately for each lesson, and are there again after a reload or the next day. Two tabs of the same lesson keep each other’s work. "}
                {"If storage is full or switched off, the page says so: hand in at once, from what is on the screen."}</p>
            <p>{"To hand in, type your name and press “Hand in”: you get one file (a page that opens in any browser and prints well, with your answers, notes and corrections, and the data the teacher’s overview reads). Give that file to your teacher."}</p>

            <h3 id="help-hand-ins">{"Collecting the work"}</h3>
            <p>{"The teacher opens "}{to(Screen::HandIns, "Hand-ins")}{" and picks the students’ files (several at once, or a whole folder), or drops them there. Nothing is uploaded. "}
                {"For each question the students’ answers are side by side (with your model answer when your draft is that lesson), then their corrections of the machine’s guesses and their notes. “Print” prints the overview. A file from another lesson is named and left out."}</p>

            <h3 id="help-keys">{"Keyboard, printing, links"}</h3>
            <ul>
                <li>{"/ goes to the search box; in an article, n and p (or j and k) go to the next and previous hit; every button and link is reachable with Tab."}</li>
                <li>{"Every view prints as it is shown, with the sources cited and the address that reopens it."}</li>
                <li>{"The address in the browser’s bar is the view: copy it to hand out exactly what you see."}</li>
            </ul>
        </section>
    }
}

/// In-page links of the help: scroll to the heading without changing the address (whose `#` is
/// the view).
fn scroll_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo::utils::document().get_element_by_id(id) {
            el.scroll_into_view();
        }
    })
}
