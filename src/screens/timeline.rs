//! Timeline: the dates the articles mention, in order, and the same as a table.

use engine::crossdoc::PartialDate;
use engine::search::snippets;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::ui::highlight::marked_hits;
use crate::ui::paging::use_drawn;
use crate::ui::props::ViewProps;

/// Dated events across the articles: a list by date, and the same as a table.
#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    // Only the articles chosen change the timeline: a key typed in the search box does not draw
    // its thousands of mentions again.
    html! { <Timeline corpus={props.corpus.clone()} selected={props.corpus.selected_docs(&props.params)} /> }
}

#[derive(Properties, PartialEq)]
struct TimelineProps {
    corpus: CorpusRef,
    /// The articles chosen in the filter, when not all.
    selected: Option<Vec<usize>>,
}

#[function_component(Timeline)]
fn timeline(props: &TimelineProps) -> Html {
    let corpus = props.corpus.clone();
    // Made once per collection and choice of articles, not at every batch drawn.
    let rows = use_memo((corpus.clone(), props.selected.clone()), |(corpus, selected)| {
        dated_rows(corpus, selected.as_deref())
    });
    let DatedRows { ref all, ref listed } = *rows;
    let year_only = all.len() - listed.len();
    // A thousand articles date thousands of mentions: the list and the table are drawn a batch a
    // task, in date order.
    let listed = &listed[..use_drawn(listed.len(), EVENTS_AT_ONCE)];
    let in_table = &all[..use_drawn(all.len(), EVENTS_AT_ONCE)];
    let mention = |&(d, e, _): &(usize, usize, PartialDate)| &corpus.events[d][e];
    html! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="view-heading">{"Timeline"}</h2>
            <p class="hint">{"Dates the articles mention, in order. A weekday such as “on Tuesday” is counted from the article’s own date where it gives one."}</p>
            <ol class="timeline" aria-label="Dated mentions by year">
                { for listed.chunk_by(|&a, &b| all[a].2.year == all[b].2.year).map(|in_year| html! {
                    <li class="year">
                        <h3>{all[in_year[0]].2.year}</h3>
                        <ul>
                            { for in_year.iter().map(|&r| html! {
                                <EventItem corpus={corpus.clone()} doc={all[r].0} source={mention(&all[r]).source} date={all[r].2} />
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
            <details class="timeline-table">
                <summary>{format!("All dated mentions as a table (with {} that give only a year)", year_only)}</summary>
                <table id="timeline-table">
                    <caption class="visually-hidden">{"Dated mentions in date order, with their article"}</caption>
                    <thead><tr><th scope="col">{"Date"}</th><th scope="col">{"Article"}</th><th scope="col">{"As written"}</th></tr></thead>
                    <tbody>
                        { for in_table.iter().map(|row @ (d, _, p)| { let e = mention(row); html! {
                            <tr data-doc={corpus.docs[*d].slug.clone()}>
                                <td>{p.to_string()}</td>
                                <td>{corpus.docs[*d].title.clone()}</td>
                                <td>{e.text.clone()}{if e.resolved_from_relative { " (counted from the article’s date)" } else { "" }}</td>
                            </tr>
                        }}) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}

/// The dated mentions whose year is known, in date order, as (article, mention, date), and which
/// of them the list shows.
struct DatedRows {
    all: Vec<(usize, usize, PartialDate)>,
    /// Indices into `all`: the list shows dates known to the month or day; a year alone ("the 2016
    /// election") is in the table only, or the list would drown in it.
    listed: Vec<usize>,
}

fn dated_rows(corpus: &CorpusRef, selected: Option<&[usize]>) -> DatedRows {
    let mut all: Vec<(usize, usize, PartialDate)> = corpus
        .events
        .iter()
        .enumerate()
        .filter(|(d, _)| selected.is_none_or(|s| s.binary_search(d).is_ok()))
        .flat_map(|(d, es)| {
            es.iter().enumerate().filter_map(move |(i, e)| e.date.filter(|p| p.year.is_some()).map(|p| (d, i, p)))
        })
        .collect();
    let start = |&(d, i, _): &(usize, usize, PartialDate)| corpus.events[d][i].source.start;
    all.sort_by(|x, y| x.2.cmp(&y.2).then(x.0.cmp(&y.0)).then(start(x).cmp(&start(y))));
    let listed = (0..all.len()).filter(|&r| all[r].2.month.is_some()).collect();
    DatedRows { all, listed }
}

#[derive(Properties, PartialEq)]
struct EventItemProps {
    corpus: CorpusRef,
    doc: usize,
    /// Where the mention is in the article.
    source: engine::Span,
    date: PartialDate,
}

/// A dated mention in the list: its date, its article and the passage. A component, so that the
/// mentions already drawn are not made again when the next batch comes.
#[function_component(EventItem)]
fn event_item(props: &EventItemProps) -> Html {
    let (corpus, d) = (&props.corpus, props.doc);
    let doc = &corpus.docs[d];
    let hits = doc.locate(props.source);
    let snippet = snippets(corpus, d, &hits, 60).into_iter().next();
    html! {
        <li class="event" data-doc={doc.slug.clone()}>
            <span class="event-date">{props.date.to_string()}</span>{" "}
            {crate::ui::article::number(corpus, d)}{" "}
            if let Some(s) = snippet {
                if s.cut_start { {"… "} }{ marked_hits(&s.text, &s.spans) }if s.cut_end { {" …"} }
            }
        </li>
    }
}

/// How many dated mentions one render draws at most, in the list and in the table.
const EVENTS_AT_ONCE: usize = 100;
