//! Concordance: every hit of a search (or every place a word form is written), one line each, the
//! hit in the middle; sorted by the words around it or by article; the lines in quotations marked
//! with their speaker; a strip per article showing where in it the hits are; CSV of the lines.

use std::rc::Rc;

use engine::address::{Address, Screen, ViewParams};
use engine::listing::plural;
use engine::words::{clamp_window, ConcordanceOptions, Kwic, Near, Sort, Target, WordRef, DEFAULT_WINDOW};
use engine::Query;
use web_sys::{HtmlDetailsElement, HtmlSelectElement};
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::pause::use_deferred;
use crate::route::ViewLink;
use crate::ui::article::number;
use crate::ui::download::download;
use crate::ui::paging::{use_paging, PtrKey};
use crate::ui::word_tools::tabs;

/// How many lines are drawn at first, and added with "Show more".
const LINES_PAGE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct ConcordanceProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    /// The search, parsed once for the view.
    pub query: Rc<Query>,
    pub on_params: Callback<ViewParams>,
}

#[function_component(ConcordanceView)]
pub fn concordance_view(props: &ConcordanceProps) -> Html {
    let corpus = props.corpus.clone();
    let p = &props.params;
    // Typing in the search box redraws the lines when it pauses: a first letter matches thousands.
    let query = use_deferred(props.query.clone(), true);
    let word = if p.w.trim().is_empty() { WordRef::Query(p.q.clone()) } else { WordRef::Form(p.w.trim().to_owned()) };
    let lines = use_memo(
        (corpus.clone(), query.clone(), p.w.clone(), p.near.clone(), p.window, p.docs.clone(), p.bp),
        |(corpus, query, w, near, window, docs, bp)| {
            let target =
                if w.trim().is_empty() { Target::Query((**query).clone()) } else { Target::form(corpus, w.trim()) };
            let scope = corpus.search_options(&ViewParams { docs: docs.clone(), bp: *bp, ..ViewParams::default() });
            let near = (!near.trim().is_empty()).then(|| Near {
                target: Target::Query(Query::parse(near)),
                window: clamp_window(window.unwrap_or(DEFAULT_WINDOW)),
            });
            Kwic::new(corpus, &target, &ConcordanceOptions { scope, near, ..ConcordanceOptions::default() })
        },
    );
    let sort = Sort::from_key(&p.sort);
    let order =
        use_memo((PtrKey(lines.clone()), sort, corpus.clone()), |(lines, sort, corpus)| lines.0.order(corpus, *sort));
    let paging = use_paging(&(p.clone(), corpus.clone()), LINES_PAGE, order.len(), "#concordance tbody", "a.kwic-hit");
    let on_sort = {
        let (on_params, params) = (props.on_params.clone(), p.for_search());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_params.emit(ViewParams { sort: v, ..params.clone() });
        })
    };
    let export = {
        let (corpus, lines, order) = (corpus.clone(), lines.clone(), order.clone());
        Callback::from(move |_: MouseEvent| {
            download("crosscheck-concordance.csv", &lines.csv(&corpus, &order), "text/csv")
        })
    };
    let empty = word.text().trim().is_empty();
    let what = if p.w.trim().is_empty() {
        format!("“{}”", p.q.trim())
    } else {
        format!("the word form “{}”", p.w.trim())
    };
    let near = (!p.near.trim().is_empty())
        .then(|| format!(" within {} words of “{}”", clamp_window(p.window.unwrap_or(DEFAULT_WINDOW)), p.near.trim()));
    html! {
        <section class="concordance-view" aria-labelledby="concordance-heading">
            { tabs(&Screen::Concordance, p) }
            <h2 id="concordance-heading" class="view-heading">{"Concordance"}</h2>
            if empty {
                <p class="hint">{"Type a word or a phrase in the search box: every place the articles use it is listed here, one line each, the word in the middle. Sort the lines by the words around it to see how it is used."}</p>
            } else {
                <div class="kwic-tools">
                    <p id="concordance-count" class="quote-count" role="status">
                        {format!("{} for {what}{}", plural(lines.len(), "line"), near.unwrap_or_default())}
                    </p>
                    <label>{"Sort by "}
                        <select id="concordance-sort" onchange={on_sort}>
                            { for [Sort::Article, Sort::Left(3), Sort::Left(2), Sort::Left(1), Sort::Right(1), Sort::Right(2), Sort::Right(3)].into_iter().map(|s| html! {
                                <option value={s.key()} selected={s == sort}>{s.label()}</option>
                            }) }
                        </select>
                    </label>
                    <button id="export-concordance" type="button" onclick={export} disabled={lines.is_empty()}>{"Export the lines (CSV)"}</button>
                </div>
                <Plot corpus={corpus.clone()} lines={PtrKey(lines.clone())} params={p.clone()} />
                <div class="table-scroll">
                    <table id="concordance" class="kwic">
                        <caption class="visually-hidden">{format!("Every line for {what}, sorted by {}", sort.label())}</caption>
                        <thead><tr><th scope="col">{"Article"}</th><th scope="col" class="kwic-left">{"Before"}</th><th scope="col">{"Word"}</th><th scope="col">{"After"}</th><th scope="col">{"Quoted"}</th></tr></thead>
                        <tbody>
                            { for order[..paging.shown].iter().map(|&i| line(&corpus, &lines, i, sort, p, &word)) }
                        </tbody>
                    </table>
                </div>
                { paging.buttons("concordance", "line") }
            }
        </section>
    }
}

/// One line: the article, the context with the hit in the middle, the quotation it is in.
fn line(corpus: &CorpusRef, lines: &Kwic, i: usize, sort: Sort, p: &ViewParams, word: &WordRef) -> Html {
    let l = lines.line(corpus, i);
    let d = &corpus.docs[l.doc];
    // The reader at this hit: for a search, its hit; for a word form, the form as a phrase.
    let query = match word {
        WordRef::Query(q) => q.clone(),
        WordRef::Form(w) => format!("\"{w}\""),
    };
    let hit = lines.reader_hit(corpus, i, &Query::parse(&query), p.bp).map_or(l.nth + 1, |h| h + 1);
    let reader = Address::new(
        Screen::Article { slug: d.slug.clone() },
        ViewParams { q: query, bp: p.bp, hit: Some(hit), ..ViewParams::default() },
    );
    let sorted_by = lines.sort_word(corpus, i, sort);
    let speaker = l.quote.map(|q| corpus.quotes.speaker_name(q).unwrap_or("nobody").to_owned());
    html! {
        <tr data-doc={d.slug.clone()} data-sort-word={sorted_by.to_owned()}>
            <td class="kwic-doc">{number(corpus, l.doc)}</td>
            <td class="kwic-left">if l.cut_left { {"… "} }{l.left_text(corpus).to_owned()}</td>
            <td class="kwic-hit-cell"><ViewLink to={reader} classes="kwic-hit">{l.hit_text(corpus).to_owned()}</ViewLink></td>
            <td class="kwic-right">{l.right_text(corpus).to_owned()}if l.cut_right { {" …"} }</td>
            <td class="kwic-quote">
                if let Some(s) = speaker {
                    <span class="in-quote" title={format!("Inside a quotation by {s}")}>{"“ ” "}{s}</span>
                }
            </td>
        </tr>
    }
}

/// Where in each article the lines are (AntConc's concordance plot): a strip per article, a tick
/// per hit at its place; the same in words for a screen reader. Folded when more than twelve
/// articles have lines, and then drawn only once unfolded (a thousand strips cost a long task).
#[derive(Properties, PartialEq)]
struct PlotProps {
    corpus: CorpusRef,
    lines: PtrKey<Kwic>,
    params: ViewParams,
}

#[function_component(Plot)]
fn plot(props: &PlotProps) -> Html {
    let (corpus, lines, p) = (&props.corpus, &props.lines.0, &props.params);
    let articles = lines.articles();
    let open = use_state(|| articles.len() <= 12);
    if articles.is_empty() {
        return Html::default();
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <details class="kwic-plot" open={*open} {ontoggle}>
            <summary>{format!("Where in each article ({})", plural(articles.len(), "article"))}</summary>
            if *open {
            <ul class="plot-strips">
                { for articles.iter().map(|(doc, range)| {
                    let ats: Vec<f32> = range.clone().map(|i| lines.at(corpus, i)).collect();
                    let said: Vec<String> = ats.iter().map(|a| format!("{:.0}%", a * 100.0)).collect();
                    let only_here = Address::new(Screen::Concordance, ViewParams { docs: corpus.docs[*doc].slug.clone(), ..p.for_search() });
                    html! {
                        <li class="plot-strip" data-doc={corpus.docs[*doc].slug.clone()}>
                            <ViewLink to={only_here} classes="plot-label">{number(corpus, *doc)}{format!(" {}", plural(range.len(), "line"))}</ViewLink>
                            <svg class="strip" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img"
                                aria-label={format!("Article {}: {} at {} of the way through", corpus.number(*doc), plural(ats.len(), "hit"), said.join(", "))}>
                                <rect class="strip-bg" x="0" y="0" width="1000" height="20" />
                                { for ats.iter().map(|a| html! { <rect class="tick" x={format!("{:.0}", a * 996.0)} y="0" width="4" height="20" /> }) }
                            </svg>
                        </li>
                    }
                }) }
            </ul>
            }
        </details>
    }
}
