//! Collocates: the words used near a search's hits (within a window of words on each side, in the
//! same paragraph) more often than chance would put them there, ranked by log-likelihood, with
//! mutual information beside it; each opens the lines where the two words meet.

use std::rc::Rc;

use engine::address::{Address, Screen, ViewParams};
use engine::listing::plural;
use engine::words::{
    clamp_window, collocates, CollocateOptions, Grouping, WordCounts, WordRef, DEFAULT_WINDOW, MAX_WINDOW,
};
use engine::Query;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::pause::use_deferred;
use crate::route::ViewLink;
use crate::ui::word_tools::{decimal, tabs};

/// How many collocates are listed.
const SHOWN: usize = 60;

#[derive(Properties, PartialEq)]
pub struct CollocatesProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    /// The search, parsed once for the view.
    pub query: Rc<Query>,
    pub on_params: Callback<ViewParams>,
}

#[function_component(CollocatesView)]
pub fn collocates_view(props: &CollocatesProps) -> Html {
    let corpus = props.corpus.clone();
    let p = &props.params;
    let window = clamp_window(p.window.unwrap_or(DEFAULT_WINDOW));
    let counts = use_memo((corpus.clone(), p.bp), |(c, bp)| WordCounts::new(c, *bp, Grouping::Forms));
    let docs = corpus.selected_docs(p);
    // The table follows the typing when it pauses.
    let query = use_deferred(props.query.clone(), true);
    let found =
        use_memo((corpus.clone(), counts.clone(), query, docs.clone(), window), |(c, counts, q, docs, window)| {
            collocates(
                c,
                counts,
                q,
                docs.as_deref(),
                &CollocateOptions { window: *window, ..CollocateOptions::default() },
            )
        });
    let on_window = {
        let (on_params, params) = (props.on_params.clone(), p.for_search());
        Callback::from(move |e: Event| {
            let w = e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok();
            on_params.emit(ViewParams { window: w.filter(|&w| w != DEFAULT_WINDOW), ..params.clone() });
        })
    };
    let rows: Vec<_> =
        found.rows.iter().filter(|r| r.log_likelihood > 0.0 && (p.stop || !r.stop)).take(SHOWN).collect();
    html! {
        <section class="collocates-view" aria-labelledby="collocates-heading">
            { tabs(&Screen::Collocates, p) }
            <h2 id="collocates-heading" class="view-heading">{"Collocates"}</h2>
            if p.q.trim().is_empty() {
                <p class="hint">{"Type a word in the search box to see which words travel with it: the words used near it more often than chance would put them there."}</p>
            } else {
                <label>{"Words on each side "}
                    <select id="collocate-window" onchange={on_window}>
                        { for (1..=MAX_WINDOW).map(|w| html! { <option value={w.to_string()} selected={w == window}>{w}</option> }) }
                    </select>
                </label>
                <p id="collocates-count" class="quote-count" role="status">
                    {format!("Near the {} of “{}”, within {} words on each side: {}.", plural(found.hits, "use"), p.q.trim(), window, plural(rows.len(), "word"))}
                </p>
                <p class="hint">{"Log-likelihood says how sure the pairing is (above 10.8: very unlikely to be chance); MI how strong it is (1: twice as often as chance). Common words are left out unless shown in Words."}</p>
                <div class="table-scroll">
                    <table id="collocates" class="numbers">
                        <caption class="visually-hidden">{format!("Words near “{}”, most significant first", p.q.trim())}</caption>
                        <thead><tr><th scope="col">{"Word"}</th><th scope="col">{"Near it"}</th><th scope="col">{"In all"}</th><th scope="col">{"Log-likelihood"}</th><th scope="col">{"MI"}</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| {
                                let word = counts.shown(&corpus, r.unit);
                                // The lines where the two meet: this word near the search.
                                let lines = match counts.word_ref(&corpus, r.unit) {
                                    WordRef::Query(q) => ViewParams { q, ..ViewParams::default() },
                                    WordRef::Form(w) => ViewParams { w, ..ViewParams::default() },
                                };
                                let lines = Address::new(Screen::Concordance, ViewParams { near: p.q.clone(), window: p.window, docs: p.docs.clone(), bp: p.bp, ..lines });
                                html! {
                                    <tr data-word={word.clone()}>
                                        <th scope="row"><ViewLink to={lines.clone()}>{word}</ViewLink></th>
                                        <td><ViewLink to={lines} classes="count">{r.count}</ViewLink></td>
                                        <td>{r.total}</td>
                                        <td>{decimal(r.log_likelihood)}</td>
                                        <td>{decimal(r.mi)}</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
