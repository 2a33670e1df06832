//! Timeline: the dates the articles mention, in order, and the same as a table.

use engine::crossdoc::PartialDate;
use engine::search::snippets;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::ui::highlight::marked_hits;
use crate::ui::props::ViewProps;

/// Dated events across the articles: a list by date, and the same as a table.
#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    // Dated mentions whose year is known, in date order.
    let mut rows: Vec<(usize, &engine::crossdoc::DatedMention, PartialDate)> = corpus
        .events
        .iter()
        .enumerate()
        .flat_map(|(d, es)| es.iter().filter_map(move |e| e.date.filter(|p| p.year.is_some()).map(|p| (d, e, p))))
        .collect();
    rows.sort_by(|x, y| x.2.cmp(&y.2).then(x.0.cmp(&y.0)).then(x.1.source.start.cmp(&y.1.source.start)));
    let selected = corpus.selected_docs(&props.params);
    rows.retain(|(d, _, _)| selected.as_ref().is_none_or(|s| s.contains(d)));
    // The list shows dates known to the month or day; a year alone ("the 2016 election") is in the
    // table only, or the list would drown in it.
    let precise = |p: &PartialDate| p.month.is_some();
    let mut years: Vec<u16> = rows.iter().filter(|(_, _, p)| precise(p)).filter_map(|(_, _, p)| p.year).collect();
    years.dedup();
    let year_only = rows.iter().filter(|(_, _, p)| !precise(p)).count();
    html! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="view-heading">{"Timeline"}</h2>
            <p class="hint">{"Dates the articles mention, in order. A weekday such as “on Tuesday” is counted from the article’s own date where it gives one."}</p>
            <ol class="timeline" aria-label="Dated mentions by year">
                { for years.iter().map(|y| html! {
                    <li class="year">
                        <h3>{y}</h3>
                        <ul>
                            { for rows.iter().filter(|(_, _, p)| p.year == Some(*y) && precise(p)).map(|(d, e, p)| event_item(&corpus, *d, e, *p)) }
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
                        { for rows.iter().map(|(d, e, p)| html! {
                            <tr data-doc={corpus.docs[*d].slug.clone()}>
                                <td>{p.to_string()}</td>
                                <td>{corpus.docs[*d].title.clone()}</td>
                                <td>{e.text.clone()}{if e.resolved_from_relative { " (counted from the article’s date)" } else { "" }}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}

fn event_item(corpus: &CorpusRef, d: usize, e: &engine::crossdoc::DatedMention, date: PartialDate) -> Html {
    let doc = &corpus.docs[d];
    let hits = doc.locate(e.source);
    let snippet = snippets(corpus, d, &hits, 60).into_iter().next();
    html! {
        <li class="event" data-doc={doc.slug.clone()}>
            <span class="event-date">{date.to_string()}</span>{" "}
            {crate::ui::article::number(corpus, d)}{" "}
            if let Some(s) = snippet {
                if s.cut_start { {"… "} }{ marked_hits(&s.text, &s.spans) }if s.cut_end { {" …"} }
            }
        </li>
    }
}
