//! What the word tools (Words, Concordance, Trends, Collocates) share: the row of tabs between
//! them, and how a word or a search opens its lines.

use engine::address::{Address, Screen, ViewParams};
use engine::words::WordRef;
use yew::prelude::*;

use crate::route::ViewLink;

/// The tabs of the word tools; `current` is the one on screen.
pub fn tabs(current: &Screen, params: &ViewParams) -> Html {
    let tab = |screen: Screen, label: &'static str| {
        let here = *current == screen;
        html! {
            <li>
                <ViewLink to={Address::new(screen.clone(), params.for_screen(&screen))} classes={classes!("tab", here.then_some("current"))}>
                    {label}
                </ViewLink>
            </li>
        }
    };
    html! {
        <nav class="word-tabs" aria-label="Word tools">
            <ul>
                { tab(Screen::Words, "Frequencies and distinctive words") }
                { tab(Screen::Concordance, "Concordance") }
                { tab(Screen::Trends, "Trends") }
                { tab(Screen::Collocates, "Collocates") }
            </ul>
        </nav>
    }
}

/// The concordance of `word` (a search, or a word form) in the articles `docs` (slugs, joined by
/// commas; empty for the filter's), keeping the search's switches.
pub fn concordance_of(word: &WordRef, params: &ViewParams, docs: Option<String>) -> Address {
    let base = ViewParams { docs: docs.unwrap_or_else(|| params.docs.clone()), bp: params.bp, ..ViewParams::default() };
    let params = match word {
        WordRef::Query(q) => ViewParams { q: q.clone(), ..base },
        WordRef::Form(w) => ViewParams { w: w.clone(), ..base },
    };
    Address::new(Screen::Concordance, params)
}

/// The articles `docs` as an address's filter (slugs, joined by commas).
pub fn docs_param(corpus: &engine::Corpus, docs: &[usize]) -> String {
    docs.iter().map(|&d| corpus.docs[d].slug.as_str()).collect::<Vec<_>>().join(",")
}

/// A number with one decimal, as the tables show rates and statistics.
pub fn decimal(x: f64) -> String {
    format!("{x:.1}")
}
