//! The search screen: the ranked results, each with its hits in snippets.

use std::rc::Rc;

use engine::listing::{plural, show_more, NO_MATCH, NO_MATCH_HINT, SNIPPETS_SHOWN, SNIPPET_RADIUS};
use engine::search::{hits, snippets, SearchResults};
use engine::Query;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::highlight::marked_hits;

/// How many results are shown at first, and how many more each "Show more" adds. Only the results
/// shown have their hits located and their snippets made, so a keystroke that matches hundreds of
/// articles costs what twenty do.
pub const RESULTS_PAGE: usize = engine::listing::PAGE;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub corpus: CorpusRef,
    pub results: Rc<SearchResults>,
    /// The search, parsed once for the view.
    pub query: Rc<Query>,
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
    let query = &props.query;
    // After "Show more", keyboard and screen-reader users continue at the first result added.
    let focus_next = use_mut_ref(|| None::<usize>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(k) = focus_next.borrow_mut().take() {
                let title =
                    gloo::utils::document().query_selector(&format!("#result-{k} .result-title")).ok().flatten();
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
        let route = Screen::Article { slug: d.slug.clone() };
        let found = if r.n_hits == 0 { Vec::new() } else { hits(&corpus, query, r.doc, include_boilerplate) };
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
                                <ViewLink to={Address::new(route.clone(), props.params.at_hit(s.first_hit + 1))}>
                                    if s.cut_start { {"… "} }
                                    { marked_hits(&s.text, &s.spans) }
                                    if s.cut_end { {" …"} }
                                </ViewLink>
                            </li>
                        }) }
                    </ul>
                    if more > 0 {
                        <p class="more">
                            <ViewLink to={Address::new(route.clone(), props.params.at_hit(snips[SNIPPETS_SHOWN].first_hit + 1))}>
                                {format!("{} more in this article", plural(more, "passage"))}
                            </ViewLink>
                        </p>
                    }
                </>
            }
        };
        html! {
            // Keyed by article: an article that stays among the results as a word is typed keeps
            // its elements (only its snippets change), instead of every result's text being
            // written over with the next one's.
            <li key={r.doc} class="result" data-doc={d.slug.clone()} id={format!("result-{}", k + 1)}>
                <h2 class="result-heading">
                    {crate::ui::article::number(&corpus, r.doc)}{" "}
                    <ViewLink to={Address::new(route.clone(), open_at)} classes="result-title">{&d.title}</ViewLink>
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
