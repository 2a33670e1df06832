//! The search screen: the search box, the filters and the ranked results with snippets.

use std::rc::Rc;

use engine::listing::{show_more, NO_MATCH, NO_MATCH_HINT, SNIPPETS_SHOWN, SNIPPET_RADIUS};
use engine::search::{hits, snippets, SearchResults};
use engine::Query;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::plural;
use crate::corpus::CorpusRef;
use crate::highlight::marked_hits;
use crate::pause::Pause;
use crate::route::{Route, ViewParams};

/// How many results are shown at first, and how many more each "Show more" adds. Only the results
/// shown have their hits located and their snippets made, so a keystroke that matches hundreds of
/// articles costs what twenty do.
pub const RESULTS_PAGE: usize = engine::listing::PAGE;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: String,
    pub on_query: Callback<String>,
    /// Enter, or the focus leaving the box: what is typed is final (the address bar is written).
    pub on_commit: Callback<()>,
}

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let oninput = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| on_query.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let on_commit = props.on_commit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_commit.emit(());
        })
    };
    let onblur = props.on_commit.reform(|_: FocusEvent| ());
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search" class="visually-hidden">{"Search the articles"}</label>
            <input id="search" type="search" value={props.value.clone()} {oninput} {onblur}
                placeholder="Search: words, \"a phrase\", -leave out, this OR that, pre*"
                autocomplete="off" spellcheck="false" aria-describedby="search-help" />
            <p id="search-help" class="visually-hidden">
                {"Results update as you type. Press / to come back to this box; n and p move between hits in an article."}
            </p>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The id of the element that receives the focus (it needs `tabindex="-1"`).
    pub target: AttrValue,
}

/// The page's first Tab stop: moves the keyboard focus past the header and the filters to `target`.
/// The URL is left alone (its `#` belongs to the router).
#[function_component(SkipLink)]
pub fn skip_link(props: &SkipLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(el) = gloo::utils::document().get_element_by_id(&target).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        })
    };
    html! {
        <a class="skip-link" href={format!("#{}", props.target)} {onclick}>{"Skip to the results"}</a>
    }
}

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
    let selected = props.params.selected_docs(&corpus);
    // One callback for every article's box, the same from render to render, so that the boxes
    // whose state did not change are not rendered again (500 articles: 500 boxes a keystroke).
    let latest = use_mut_ref(|| (props.params.clone(), props.on_params.clone()));
    *latest.borrow_mut() = (props.params.clone(), props.on_params.clone());
    let on_toggle = {
        let (latest, corpus) = (latest.clone(), corpus.clone());
        use_callback(corpus, move |doc: usize, corpus| {
            let (params, on_params) = latest.borrow().clone();
            on_params.emit(params.toggled_doc(corpus, doc));
        })
    };
    // In a long collection the counts catch up when typing pauses: re-rendering hundreds of boxes
    // on every key is what made a keystroke a long task at 500 articles.
    let counts = use_deferred(props.counts.clone(), corpus.docs.len() > DEFER_COUNTS_ABOVE);
    let options = (0..corpus.docs.len()).map(|i| {
        let checked = selected.as_ref().is_none_or(|s| s.binary_search(&i).is_ok());
        let count = counts.as_ref().map(|(c, word)| (c.get(i).copied().unwrap_or(0), *word));
        html! { <DocOption key={i} corpus={corpus.clone()} doc={i} {checked} {count} on_toggle={on_toggle.clone()} /> }
    });
    let on_bp = {
        let (on_params, params) = (props.on_params.clone(), props.params.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_params.emit(ViewParams { bp: on as u8, ..params.for_search() });
        })
    };
    html! {
        <>
            <fieldset id="article-filter">
                <legend>{"Articles"}</legend>
                <ul class={classes!("doc-options", (corpus.docs.len() > DEFER_COUNTS_ABOVE).then_some("long"))}>{ for options }</ul>
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

/// Above this many articles the filter's counts follow the typing once it pauses.
const DEFER_COUNTS_ABOVE: usize = 50;
/// How long typing pauses before deferred values catch up.
const DEFER_MS: u64 = 150;

/// `value`, or with `defer`, `value` as it was when it last stayed the same for [`DEFER_MS`].
#[hook]
fn use_deferred<T: Clone + PartialEq + 'static>(value: T, defer: bool) -> T {
    let shown = use_state(|| value.clone());
    let pause = (*use_memo((), |_| Pause::default())).clone();
    {
        let shown = shown.clone();
        use_effect_with((value.clone(), defer), move |(value, defer)| {
            if *defer {
                let value = value.clone();
                pause.after(DEFER_MS, move || shown.set(value));
            } else {
                pause.cancel();
            }
        });
    }
    if defer {
        (*shown).clone()
    } else {
        value
    }
}

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
                <span class="doc-name">{&d.title}</span>
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
pub struct ResultsProps {
    pub corpus: CorpusRef,
    pub results: Rc<SearchResults>,
    pub params: ViewParams,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let corpus = props.corpus.clone();
    // How many results are shown: a page at first, again for every new search.
    let shown = use_state(|| RESULTS_PAGE);
    let shown_for = use_mut_ref(|| Rc::clone(&props.results));
    if !Rc::ptr_eq(&shown_for.borrow(), &props.results) {
        *shown_for.borrow_mut() = Rc::clone(&props.results);
        if *shown != RESULTS_PAGE {
            shown.set(RESULTS_PAGE);
        }
    }
    let query = use_memo(props.params.q.clone(), |q| Query::parse(q));
    // After "Show more", keyboard and screen-reader users continue at the first result added.
    let focus_next = use_mut_ref(|| None::<usize>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(k) = focus_next.borrow_mut().take() {
                let title = gloo::utils::document().query_selector(&format!("#result-{k} .result-title")).ok().flatten();
                if let Some(el) = title.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    }
    let include_boilerplate = props.params.include_boilerplate();
    if props.results.docs.is_empty() {
        return html! {
            <div class="empty">
                <p>{NO_MATCH}</p>
                <p>{NO_MATCH_HINT}</p>
            </div>
        };
    }
    let total = props.results.docs.len();
    let n_shown = (*shown).min(total);
    let items = props.results.docs.iter().take(n_shown).enumerate().map(|(k, r)| {
        let d = &corpus.docs[r.doc];
        let route = Route::Article { slug: d.slug.clone() };
        let found = if r.n_hits == 0 { Vec::new() } else { hits(&corpus, &query, r.doc, include_boilerplate) };
        let open_at = if found.is_empty() { props.params.for_search() } else { props.params.at_hit(1) };
        let body = if found.is_empty() {
            html! { <p class="lead">{corpus.lead(r.doc)}</p> }
        } else {
            let snips = snippets(&corpus, r.doc, &found, SNIPPET_RADIUS);
            let more = snips.len().saturating_sub(SNIPPETS_SHOWN);
            html! {
                <>
                    <ul class="snippets">
                        { for snips.iter().take(SNIPPETS_SHOWN).map(|s| html! {
                            <li class="snippet">
                                <Link<Route, ViewParams> to={route.clone()} query={Some(props.params.at_hit(s.first_hit + 1))}>
                                    if s.cut_start { {"… "} }
                                    { marked_hits(&s.text, &s.spans) }
                                    if s.cut_end { {" …"} }
                                </Link<Route, ViewParams>>
                            </li>
                        }) }
                    </ul>
                    if more > 0 {
                        <p class="more">
                            <Link<Route, ViewParams> to={route.clone()} query={Some(props.params.at_hit(snips[SNIPPETS_SHOWN].first_hit + 1))}>
                                {format!("{} more in this article", plural(more, "passage"))}
                            </Link<Route, ViewParams>>
                        </p>
                    }
                </>
            }
        };
        html! {
            <li class="result" data-doc={d.slug.clone()} id={format!("result-{}", k + 1)}>
                <h2 class="result-heading">
                    <Link<Route, ViewParams> to={route.clone()} query={Some(open_at)} classes="result-title">{&d.title}</Link<Route, ViewParams>>
                </h2>
                <p class="result-meta">
                    {corpus.meta_line(r.doc)}
                    if r.n_hits > 0 { {" · "}<span class="result-hits">{plural(r.n_hits, "hit")}</span> }
                </p>
                {body}
            </li>
        }
    });
    let more = total - n_shown;
    let on_more = {
        let (shown, focus_next) = (shown.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(n_shown + 1);
            shown.set(n_shown + RESULTS_PAGE);
        })
    };
    html! {
        <>
            <ol id="results" class="results" aria-label="Articles">{ for items }</ol>
            if more > 0 {
                <p class="more-results">
                    <button type="button" id="more-results" onclick={on_more}>
                        {show_more(more)}
                    </button>
                    {format!(" ({} shown of {})", n_shown, total)}
                </p>
            }
        </>
    }
}

