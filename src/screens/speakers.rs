//! Who is quoted where: speakers × articles, how often each speaker is quoted in each article.

use std::rc::Rc;

use engine::search::Hit;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::grid::{column_head, columns_note, grid_columns, none_cell, GRID_ROWS};

/// How many article and summary columns the grid has beside the speaker and the total.
fn columns_count(corpus: &engine::Corpus, params: &ViewParams) -> usize {
    let c = grid_columns(corpus, params);
    c.docs.len() + usize::from(c.summary)
}
use crate::ui::paging::{use_paging, PtrKey};

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub matched: Rc<Vec<Option<Vec<Hit>>>>,
}

/// Speakers × articles: how often each speaker is quoted in each article.
#[function_component(SpeakerGrid)]
pub fn speaker_grid(props: &GridProps) -> Html {
    let corpus = props.corpus.clone();
    let book = &corpus.quotes;
    let base = ViewParams { speaker: String::new(), docs: String::new(), ..props.params.for_search() };
    let visible = corpus.visible_quotes(&base, &props.matched, true);
    let n_docs = corpus.docs.len();
    let mut grid = vec![vec![0usize; n_docs]; book.speakers.len()];
    for &i in &visible {
        let q = &book.quotes[i];
        if let Some(s) = q.speaker {
            grid[s as usize][q.doc as usize] += 1;
        }
    }
    // Named people and organisations first, then groups, documents and descriptions ("officials",
    // "the report", "a reporter"), each most quoted first.
    let named = |s: usize| engine::profile::is_named(&book.speakers[s]);
    let mut rows: Vec<usize> = (0..book.speakers.len()).filter(|&s| grid[s].iter().sum::<usize>() > 0).collect();
    rows.sort_by(|&a, &b| {
        let (ta, tb) = (grid[a].iter().sum::<usize>(), grid[b].iter().sum::<usize>());
        named(b).cmp(&named(a)).then(tb.cmp(&ta)).then(book.speakers[a].canonical.cmp(&book.speakers[b].canonical))
    });
    let n_columns = 2 + columns_count(&corpus, &props.params);
    let columns = grid_columns(&corpus, &props.params);
    let paging = use_paging(
        &(props.params.clone(), PtrKey(props.matched.clone())),
        GRID_ROWS,
        rows.len(),
        "#speaker-grid tbody",
        "a",
    );
    html! {
        <section class="grid-view" aria-labelledby="grid-heading">
            <h2 id="grid-heading" class="view-heading">{"Who is quoted where"}</h2>
            <p class="hint">{"Each number counts a speaker’s quotations in one article; follow it to read them."}</p>
            { columns_note(&corpus, &columns) }
            <p class="quote-count" role="status">{paging.count("speaker")}</p>
            <div class="table-scroll">
                <table id="speaker-grid">
                    <caption class="visually-hidden">{"Speakers by article: number of quotations"}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{"Speaker"}</th>
                            { for columns.docs.iter().map(|&k| column_head(&corpus, k)) }
                            if columns.summary {
                                <th scope="col">{"Articles"}</th>
                            }
                            <th scope="col">{"All"}</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows[..paging.shown].iter().enumerate().map(|(k, &s)| {
                            let name = book.speakers[s].canonical.clone();
                            let for_speaker = ViewParams { speaker: name.clone(), ..base.clone() };
                            // A heading row where a group starts.
                            let group = (k == 0 || named(rows[k - 1]) != named(s)).then(|| if named(s) { "Named people and organisations" } else { "Not named: groups, documents, descriptions" });
                            html! {
                                <>
                                if let Some(g) = group {
                                    <tr class="group-row"><th scope="rowgroup" colspan={n_columns.to_string()}>{g}</th></tr>
                                }
                                <tr data-speaker={name.clone()} class={classes!((!named(s)).then_some("unnamed"))}>
                                    <th scope="row">
                                        <ViewLink to={Address::new(Screen::Quotes, for_speaker.clone())}>{name.clone()}</ViewLink>
                                    </th>
                                    { for columns.docs.iter().map(|&k| {
                                        let n = grid[s][k];
                                        let cell = ViewParams { docs: corpus.docs[k].slug.clone(), ..for_speaker.clone() };
                                        html! {
                                            <td class={classes!((n == 0).then_some("zero"))} data-doc={corpus.docs[k].slug.clone()}>
                                                if n > 0 {
                                                    <ViewLink to={Address::new(Screen::Quotes, cell)}>{n}</ViewLink>
                                                } else {
                                                    { none_cell() }
                                                }
                                            </td>
                                        }
                                    }) }
                                    if columns.summary {
                                        <td class="total">{grid[s].iter().filter(|&&n| n > 0).count()}</td>
                                    }
                                    <td class="total">{grid[s].iter().sum::<usize>()}</td>
                                </tr>
                                </>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { paging.buttons("speakers", "speaker") }
        </section>
    }
}
