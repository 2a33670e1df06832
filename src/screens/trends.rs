//! Trends: how often each word of the search is used, article by article (per 1,000 words), in
//! article order or by date: a chart drawn in SVG (labelled axes, a mark per article that opens
//! its lines), and the same figures as a table for screen readers and print.

use std::rc::Rc;

use engine::address::{Screen, ViewParams};
use engine::words::{trends, TrendOrder, WordRef};
use engine::Query;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::pause::use_deferred;
use crate::route::ViewLink;
use crate::ui::article::number;
use crate::ui::paging::{use_paging, PtrKey};
use crate::ui::word_tools::{concordance_of, decimal, tabs};

#[derive(Properties, PartialEq)]
pub struct TrendsProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    /// The search, parsed once for the view.
    pub query: Rc<Query>,
    pub on_params: Callback<ViewParams>,
}

/// The chart's drawing area, in SVG units.
const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 56.0;
const BOTTOM: f64 = 44.0;
const TOP: f64 = 14.0;
const RIGHT: f64 = 14.0;
/// Above this many articles the chart draws its lines without a mark (a link) per article, and
/// numbers every few articles on its axis: the table below has every article's figures and links.
const MARKS_MAX: usize = 100;
/// The table's rows drawn at first, and added with "Show more".
const ROWS_PAGE: usize = 50;

#[function_component(TrendsView)]
pub fn trends_view(props: &TrendsProps) -> Html {
    let corpus = props.corpus.clone();
    let p = &props.params;
    // The chart follows the typing when it pauses.
    let query = use_deferred(props.query.clone(), true);
    let data = use_memo((corpus.clone(), query, p.docs.clone(), p.bp), |(c, q, docs, bp)| {
        trends(c, q, &c.search_options(&ViewParams { docs: docs.clone(), bp: *bp, ..ViewParams::default() }))
    });
    let order = TrendOrder::from_key(&p.by);
    let on_order = {
        let (on_params, params) = (props.on_params.clone(), p.for_search());
        Callback::from(move |e: Event| {
            on_params.emit(ViewParams { by: e.target_unchecked_into::<HtmlSelectElement>().value(), ..params.clone() })
        })
    };
    let points = data.order(order);
    let paging = use_paging(&(PtrKey(data.clone()), order), ROWS_PAGE, points.len(), "#trends-table tbody", "a");
    let marks = points.len() <= MARKS_MAX;
    let label_every = points.len().div_ceil(25).max(1);
    let max = data.max_per_1000().max(0.1);
    let n = points.len().max(1);
    let x = |k: usize| LEFT + (WIDTH - LEFT - RIGHT) * if n == 1 { 0.5 } else { k as f64 / (n - 1) as f64 };
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / max);
    let ticks: Vec<f64> = (0..=4).map(|i| max * f64::from(i) / 4.0).collect();
    html! {
        <section class="trends-view" aria-labelledby="trends-heading">
            { tabs(&Screen::Trends, p) }
            <h2 id="trends-heading" class="view-heading">{"Trends"}</h2>
            if data.series.is_empty() {
                <p class="hint">{"Type one or more words in the search box (putin trump: one line each) to see how often each article uses them, for every 1,000 of its words."}</p>
            } else {
                <label>{"Articles "}
                    <select id="trends-order" onchange={on_order}>
                        <option value="" selected={order == TrendOrder::Article}>{"in article order"}</option>
                        <option value="date" selected={order == TrendOrder::Date}>{"by date"}</option>
                    </select>
                </label>
                <ul class="legend">
                    { for data.series.iter().enumerate().map(|(s, series)| html! {
                        <li><span class={classes!("swatch", format!("series-{}", s % 6))} aria-hidden="true"></span>{series.label.clone()}</li>
                    }) }
                </ul>
                // On a phone the chart keeps a width its labels can be read at, and scrolls sideways.
                <div class="chart-scroll" tabindex="0" role="region" aria-label="The chart (scrolls sideways on a narrow screen)">
                <svg id="trends-chart" class="chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group"
                    aria-label={format!("Uses per 1,000 words of {}, article by article; the table below has the figures", data.series.iter().map(|s| s.label.clone()).collect::<Vec<_>>().join(", "))}>
                    { for ticks.iter().map(|&t| html! {
                        <g class="grid">
                            <line x1={coord(LEFT)} x2={coord(WIDTH - RIGHT)} y1={coord(y(t))} y2={coord(y(t))} />
                            <text x={coord(LEFT - 6.0)} y={coord(y(t) + 4.0)} text-anchor="end">{decimal(t)}</text>
                        </g>
                    }) }
                    <text class="axis-label" x="14" y={coord(TOP + (HEIGHT - TOP - BOTTOM) / 2.0)} transform={format!("rotate(-90 14 {:.1})", TOP + (HEIGHT - TOP - BOTTOM) / 2.0)} text-anchor="middle">{"per 1,000 words"}</text>
                    <text class="axis-label" x={coord(LEFT + (WIDTH - LEFT - RIGHT) / 2.0)} y={coord(HEIGHT - 4.0)} text-anchor="middle">
                        {if order == TrendOrder::Date { "articles, oldest first" } else { "articles, in order" }}
                    </text>
                    { for points.iter().enumerate().filter(|(k, _)| k % label_every == 0).map(|(k, &i)| html! {
                        <text class="x-label" x={coord(x(k))} y={coord(HEIGHT - BOTTOM + 16.0)} text-anchor="middle">{corpus.number(data.points[i].doc)}</text>
                    }) }
                    { for data.series.iter().enumerate().map(|(s, series)| {
                        let line: Vec<String> = points.iter().enumerate().map(|(k, &i)| format!("{:.1},{:.1}", x(k), y(data.points[i].per_1000[s]))).collect();
                        html! {
                            <g class={classes!("series", format!("series-{}", s % 6))} data-series={series.label.clone()}>
                                <polyline points={line.join(" ")} />
                                { for points.iter().enumerate().filter(|_| marks).map(|(k, &i)| {
                                    let pt = &data.points[i];
                                    let doc = &corpus.docs[pt.doc];
                                    let lines = concordance_of(&WordRef::Query(series.query.clone()), p, Some(doc.slug.clone()));
                                    let said = format!("{}: {} in article {} ({} per 1,000 words)", series.label, pt.hits[s], corpus.number(pt.doc), decimal(pt.per_1000[s]));
                                    html! {
                                        <a href={lines.href()} class="mark-link" aria-label={said.clone()}>
                                            <circle class="mark" cx={coord(x(k))} cy={coord(y(pt.per_1000[s]))} r="5"
                                                data-doc={doc.slug.clone()} data-rate={format!("{:.3}", pt.per_1000[s])} data-hits={pt.hits[s].to_string()}>
                                                <title>{said}</title>
                                            </circle>
                                        </a>
                                    }
                                }) }
                            </g>
                        }
                    }) }
                </svg>
                </div>
                if !marks {
                    <p class="hint">{format!("{} articles: the chart draws the lines only; the table below links each article's figures to its lines.", points.len())}</p>
                }
                <details class="trends-table" open=true>
                    <summary>{"The figures, as a table"}</summary>
                    <table id="trends-table" class="numbers">
                        <caption class="visually-hidden">{"Uses per 1,000 words, article by article"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Article"}</th>
                                <th scope="col">{"Date"}</th>
                                { for data.series.iter().map(|s| html! { <th scope="col">{format!("{} (uses; per 1,000)", s.label)}</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for points[..paging.shown].iter().map(|&i| {
                                let pt = &data.points[i];
                                html! {
                                    <tr data-doc={corpus.docs[pt.doc].slug.clone()}>
                                        <th scope="row">{number(&corpus, pt.doc)}{" "}{corpus.docs[pt.doc].title.clone()}</th>
                                        <td>{pt.date.map(|d| d.to_string()).unwrap_or_default()}</td>
                                        { for data.series.iter().enumerate().map(|(s, series)| html! {
                                            <td>
                                                <ViewLink to={concordance_of(&WordRef::Query(series.query.clone()), p, Some(corpus.docs[pt.doc].slug.clone()))}>{pt.hits[s]}</ViewLink>
                                                {format!("; {}", decimal(pt.per_1000[s]))}
                                            </td>
                                        }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    { paging.buttons("trends", "article") }
                </details>
            }
        </section>
    }
}

/// A position in the chart, in SVG units to a tenth.
fn coord(v: f64) -> String {
    format!("{v:.1}")
}
