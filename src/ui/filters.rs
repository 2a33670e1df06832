//! The sidebar's article filter (a box per article, with what each holds of the current list) and
//! the boilerplate switch.

use engine::listing::plural;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::pause::use_deferred;
use crate::route::ViewParams;
use crate::ui::paging::use_drawn;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub corpus: CorpusRef,
    /// What each article holds of the current list (hits or quotations), with the word for one.
    pub counts: Option<(Vec<usize>, &'static str)>,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    let corpus = props.corpus.clone();
    let selected = corpus.selected_docs(&props.params);
    // One callback for every article's box, the same from render to render, so that the boxes
    // whose state did not change are not rendered again (500 articles: 500 boxes a keystroke).
    let latest = use_mut_ref(|| (props.params.clone(), props.on_params.clone()));
    *latest.borrow_mut() = (props.params.clone(), props.on_params.clone());
    let on_toggle = {
        let (latest, corpus) = (latest.clone(), corpus.clone());
        use_callback(corpus, move |doc: usize, corpus| {
            let (params, on_params) = latest.borrow().clone();
            on_params.emit(corpus.toggled_doc(&params, doc));
        })
    };
    // In a long collection the counts catch up when typing pauses: re-rendering hundreds of boxes
    // on every key is what made a keystroke a long task at 500 articles.
    let counts = use_deferred(props.counts.clone(), corpus.docs.len() > DEFER_COUNTS_ABOVE);
    let on_bp = {
        let (on_params, params) = (props.on_params.clone(), props.params.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_params.emit(ViewParams { bp: on, ..params.for_search() });
        })
    };
    html! {
        <>
            <fieldset id="article-filter">
                <legend>{"Articles"}</legend>
                <DocOptions corpus={corpus.clone()} selected={selected.clone()} {counts} {on_toggle} />
                if selected.is_some() {
                    <button type="button" class="link-button"
                        onclick={{
                            let (on_params, params) = (props.on_params.clone(), props.params.for_search());
                            Callback::from(move |_| on_params.emit(ViewParams { docs: String::new(), ..params.clone() }))
                        }}>{"Search all articles"}</button>
                }
            </fieldset>
            <label class="switch">
                <input id="include-boilerplate" type="checkbox" checked={props.params.include_boilerplate()} onchange={on_bp} />
                {" Include site navigation and other boilerplate"}
            </label>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DocOptionsProps {
    corpus: CorpusRef,
    /// The articles searched, when not all of them.
    selected: Option<Vec<usize>>,
    /// What each article holds of the current list (deferred in a long collection).
    counts: Option<(Vec<usize>, &'static str)>,
    on_toggle: Callback<usize>,
}

/// The articles' boxes. A component of its own so that a keystroke, which changes the search but
/// neither the boxes nor (in a long collection) their counts, does not render a thousand boxes
/// again to find that nothing changed.
#[function_component(DocOptions)]
fn doc_options(props: &DocOptionsProps) -> Html {
    let corpus = &props.corpus;
    // A long collection's boxes are drawn a batch at a time, a task each: a thousand in one
    // render held the page for a fifth of a second as it opened.
    let n = corpus.docs.len();
    let drawn = use_drawn(n, BOXES_AT_ONCE);
    let options = (0..drawn).map(|i| {
        let checked = props.selected.as_ref().is_none_or(|s| s.binary_search(&i).is_ok());
        let count = props.counts.as_ref().map(|(c, word)| (c.get(i).copied().unwrap_or(0), *word));
        html! { <DocOption key={i} corpus={corpus.clone()} doc={i} {checked} {count} on_toggle={props.on_toggle.clone()} /> }
    });
    html! { <ul class={classes!("doc-options", (n > DEFER_COUNTS_ABOVE).then_some("long"))}>{ for options }</ul> }
}

/// Above this many articles the filter's counts follow the typing once it pauses.
const DEFER_COUNTS_ABOVE: usize = 50;
/// How many articles' boxes one render draws at most: the rest follow, a batch a task. The first
/// batch is drawn with the app's first list, in one task: at 100 boxes (eight elements each, the
/// results a hundred and fifty) that task was 50 to 70 ms at 1,000 articles; a screenful is enough.
const BOXES_AT_ONCE: usize = 30;
#[derive(Properties, PartialEq)]
struct DocOptionProps {
    corpus: CorpusRef,
    doc: usize,
    checked: bool,
    /// What the article holds of the current list, with the word for one.
    count: Option<(usize, &'static str)>,
    on_toggle: Callback<usize>,
}

/// One article's box in the filter.
#[function_component(DocOption)]
fn doc_option(props: &DocOptionProps) -> Html {
    let d = &props.corpus.docs[props.doc];
    let onchange = {
        let (on_toggle, doc) = (props.on_toggle.clone(), props.doc);
        Callback::from(move |_: Event| on_toggle.emit(doc))
    };
    html! {
        <li>
            <label class="doc-option">
                <input type="checkbox" data-doc={d.slug.clone()} checked={props.checked} {onchange} />
                <DocName corpus={props.corpus.clone()} doc={props.doc} />
                // Always the same elements, hidden when there is nothing to count: the first
                // letter typed then changes text, not 1,000 elements at 500 articles.
                <span class={classes!("doc-count", match props.count { None => Some("none"), Some((0, _)) => Some("zero"), _ => None })} aria-hidden="true">
                    {props.count.map(|(n, _)| n.to_string()).unwrap_or_default()}
                </span>
                <span class="visually-hidden">{props.count.map(|(n, word)| format!(", {}", plural(n, word))).unwrap_or_default()}</span>
            </label>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DocNameProps {
    corpus: CorpusRef,
    doc: usize,
}

/// An article's number and title in its box: a component of its own, so that a box whose count
/// changes (a thousand of them when typing pauses) renders only its count again.
#[function_component(DocName)]
fn doc_name(props: &DocNameProps) -> Html {
    html! { <span class="doc-name">{crate::ui::article::number(&props.corpus, props.doc)}{" "}{&props.corpus.docs[props.doc].title}</span> }
}
