//! Count tables of something × articles (Names, Who is quoted where): how many columns, their
//! headings, and what an empty cell shows.

use engine::address::ViewParams;
use yew::prelude::*;

/// How many rows a grid of names or speakers shows at first, and adds with "Show more".
pub const GRID_ROWS: usize = 100;

/// Up to how many articles a grid gives a column each.
pub const GRID_COLUMNS: usize = 12;

/// The articles a grid of names or speakers has a column for, and whether it counts articles and
/// mentions in two summary columns instead: a column for every article while there are at most
/// [`GRID_COLUMNS`], or for the articles picked in the filter when those are few enough; in a
/// bigger collection without such a choice, the summary (1,743 names by 500 articles were 871,500
/// cells: the Names view never finished drawing).
pub struct GridColumns {
    pub docs: Vec<usize>,
    pub summary: bool,
}

pub fn grid_columns(corpus: &engine::Corpus, params: &ViewParams) -> GridColumns {
    match corpus.selected_docs(params) {
        Some(docs) if docs.len() <= GRID_COLUMNS => GridColumns { docs, summary: false },
        None if corpus.docs.len() <= GRID_COLUMNS => {
            GridColumns { docs: (0..corpus.docs.len()).collect(), summary: false }
        }
        _ => GridColumns { docs: Vec::new(), summary: true },
    }
}

/// What a grid that counts instead of giving articles columns says about it.
pub fn columns_note(corpus: &engine::Corpus, columns: &GridColumns) -> Html {
    if !columns.summary {
        return Html::default();
    }
    html! {
        <p class="hint columns-note">
            {format!("This collection has {} articles: pick up to {GRID_COLUMNS} in the article filter to see a column for each.", corpus.docs.len())}
        </p>
    }
}

/// A grid's column heading for article `k`: its number in the collection and the start of its title.
pub fn column_head(corpus: &engine::Corpus, k: usize) -> Html {
    html! { <th scope="col">{crate::ui::article::label(corpus, k)}</th> }
}

/// What an empty cell of a count table shows: a dot to the eye, "none" to a screen reader.
pub fn none_cell() -> Html {
    html! { <><span aria-hidden="true">{"·"}</span><span class="visually-hidden">{"none"}</span></> }
}
