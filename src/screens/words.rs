//! Words: the collection's word frequencies (raw and per 1,000 words; word forms or stems; the
//! common words shown or not), the distinctive words of an article or an outlet against the rest,
//! each explained in a sentence, and the phrases several articles share. Every word and every
//! number opens the lines it counts (the concordance).

use engine::address::{Screen, ViewParams};
use engine::listing::plural;
use engine::words::{Comparison, Grouping, KeynessOptions, WordCounts, WordRef};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::route::ViewLink;
use crate::ui::paging::use_paging;
use crate::ui::props::ViewProps;
use crate::ui::word_tools::{concordance_of, decimal, docs_param, tabs};

/// How many words the frequency list shows at first.
const WORDS_PAGE: usize = 30;
/// How many distinctive words are shown.
const KEYWORDS_SHOWN: usize = 30;
/// How many shared phrases are shown.
const PHRASES_SHOWN: usize = 30;

#[function_component(WordsView)]
pub fn words_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    let p = &props.params;
    let grouping = Grouping::from_key(&p.group);
    let counts = use_memo((corpus.clone(), p.bp, grouping), |(c, bp, g)| WordCounts::new(c, *bp, *g));
    let docs = corpus.selected_docs(p);
    let frequencies = use_memo((corpus.clone(), counts.clone(), docs.clone()), |(c, counts, docs)| {
        counts.frequencies(c, docs.as_deref())
    });
    let rows: Vec<_> = frequencies.rows.iter().filter(|r| p.stop || !r.stop).collect();
    let paging = use_paging(&(p.clone(), corpus.clone()), WORDS_PAGE, rows.len(), "#word-frequencies tbody", "a");
    let switch = |set: fn(ViewParams, bool) -> ViewParams| {
        let (on_params, params) = (props.on_params.clone(), p.for_search());
        Callback::from(move |e: Event| {
            on_params.emit(set(params.clone(), e.target_unchecked_into::<HtmlInputElement>().checked()))
        })
    };
    html! {
        <section class="words-view" aria-labelledby="words-heading">
            { tabs(&Screen::Words, p) }
            <h2 id="words-heading" class="view-heading">{"Words"}</h2>
            <p class="hint">{"How often each word is used in the articles ticked on the left, and which words make an article or an outlet stand out. Every word and number opens the lines it counts."}</p>
            <div class="word-switches">
                <label><input id="group-stems" type="checkbox" checked={grouping == Grouping::Stems} onchange={switch(|p, on| ViewParams { group: if on { "stems".into() } else { String::new() }, ..p })} />
                    {" Count a word’s forms together (interfere, interferes, interference)"}</label>
                <label><input id="show-stop" type="checkbox" checked={p.stop} onchange={switch(|p, on| ViewParams { stop: on, ..p })} />
                    {" Show the common words (the, and, of…)"}</label>
            </div>
            <section id="frequencies" aria-labelledby="frequencies-heading">
                <h3 id="frequencies-heading">{"Most frequent words"}</h3>
                <p class="quote-count" role="status">{format!("{} in {} ({} words); {} shown.", plural(rows.len(), "different word"), plural(frequencies.articles, "article"), frequencies.words, paging.shown)}</p>
                <div class="table-scroll">
                    <table id="word-frequencies" class="numbers">
                        <caption class="visually-hidden">{"Words by how often they are used"}</caption>
                        <thead><tr><th scope="col">{"Word"}</th><th scope="col">{"Count"}</th><th scope="col">{"Per 1,000 words"}</th><th scope="col">{"Articles"}</th></tr></thead>
                        <tbody>
                            { for rows[..paging.shown].iter().map(|r| {
                                let word = counts.shown(&corpus, r.unit);
                                let lines = concordance_of(&counts.word_ref(&corpus, r.unit), p, None);
                                html! {
                                    <tr data-word={word.clone()}>
                                        <th scope="row"><ViewLink to={lines.clone()}>{word}</ViewLink></th>
                                        <td><ViewLink to={lines} classes="count">{r.count}</ViewLink></td>
                                        <td>{decimal(r.per_1000)}</td>
                                        <td>{r.articles}</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                { paging.buttons("words", "word") }
            </section>
            { distinctive(props, &counts) }
            { phrases(props) }
        </section>
    }
}

/// The distinctive words of the article (`article`) or the outlet (`outlet`) picked, against the
/// rest of the collection.
fn distinctive(props: &ViewProps, counts: &WordCounts) -> Html {
    let corpus = &props.corpus;
    let p = &props.params;
    let outlets = corpus.outlets();
    let comparison = match (
        corpus.doc_by_slug(&p.article),
        outlets.iter().find(|o| o.name.as_deref() == Some(p.outlet.as_str()) && !p.outlet.is_empty()),
    ) {
        (Some(d), _) => Some(Comparison::article(corpus, d)),
        (None, Some(o)) => Some(Comparison::outlet(corpus, o)),
        _ => None,
    };
    let keyness = comparison.as_ref().map(|c| counts.keyness(corpus, c, &KeynessOptions::default()));
    let on_pick = {
        let (on_params, params) = (props.on_params.clone(), p.for_search());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let next = match v.split_once(':') {
                Some(("article", slug)) => {
                    ViewParams { article: slug.to_owned(), outlet: String::new(), ..params.clone() }
                }
                Some(("outlet", name)) => {
                    ViewParams { outlet: name.to_owned(), article: String::new(), ..params.clone() }
                }
                _ => ViewParams { article: String::new(), outlet: String::new(), ..params.clone() },
            };
            on_params.emit(next);
        })
    };
    let named: Vec<&engine::words::OutletGroup> = outlets.iter().filter(|o| o.name.is_some()).collect();
    html! {
        <section id="distinctive" aria-labelledby="distinctive-heading">
            <h3 id="distinctive-heading">{"Distinctive words"}</h3>
            <p class="hint">{"The words one article (or outlet) uses much more than the rest of the collection: the log-likelihood says how unlikely the difference is by chance (above 10.8: very unlikely), the ratio how large it is (1: twice as often, 2: four times)."}</p>
            <label>{"Of "}
                <select id="distinctive-of" onchange={on_pick}>
                    <option value="" selected={comparison.is_none()}>{"pick an article or an outlet"}</option>
                    <optgroup label="Articles">
                        { for corpus.docs.iter().enumerate().map(|(d, doc)| html! {
                            <option value={format!("article:{}", doc.slug)} selected={p.article == doc.slug}>{corpus.label(d)}</option>
                        }) }
                    </optgroup>
                    if named.len() > 1 {
                        <optgroup label="Outlets">
                            { for named.iter().map(|o| {
                                let name = o.name.clone().unwrap_or_default();
                                html! { <option value={format!("outlet:{name}")} selected={p.outlet == name}>{format!("{name} ({})", plural(o.docs.len(), "article"))}</option> }
                            }) }
                        </optgroup>
                    }
                </select>
            </label>
            if let Some(k) = &keyness {
                <ol id="keywords" class="keywords">
                    { for k.over.iter().filter(|r| p.stop || !r.stop).take(KEYWORDS_SHOWN).map(|r| {
                        let word = counts.shown(corpus, r.unit);
                        let sentence = k.explain(r, &word);
                        let here = concordance_of(&counts.word_ref(corpus, r.unit), p, Some(docs_param(corpus, &k.comparison.target)));
                        html! {
                            <li class={classes!("keyword", r.only_in_target.then_some("only-here"))} data-word={word.clone()}>
                                <ViewLink to={here} classes="keyword-word">{word}</ViewLink>
                                <span class="keyword-figures">{format!(" log-likelihood {} · ratio {}", decimal(r.g2), decimal(r.log_ratio))}{if r.only_in_target { " · only here" } else { "" }}</span>
                                <p class="keyword-sentence"><em>{sentence.word.clone()}</em>{sentence.rest.clone()}</p>
                            </li>
                        }
                    }) }
                </ol>
                if k.over.is_empty() {
                    <p class="hint">{"No word stands out: they use their words about as often as the rest."}</p>
                }
            }
        </section>
    }
}

/// The phrases of two to four words that several articles share, most frequent first.
fn phrases(props: &ViewProps) -> Html {
    let corpus = &props.corpus;
    if corpus.phrases.is_empty() {
        return Html::default();
    }
    html! {
        <section id="shared-phrases" aria-labelledby="phrases-heading">
            <h3 id="phrases-heading">{"Phrases several articles share"}</h3>
            <ol class="phrases">
                { for corpus.phrases.iter().take(PHRASES_SHOWN).map(|ph| {
                    let lines = concordance_of(&WordRef::Query(ph.query.clone()), &props.params, Some(String::new()));
                    html! {
                        <li data-phrase={ph.text.clone()}>
                            <ViewLink to={lines}>{format!("“{}”", ph.text)}</ViewLink>
                            <span class="counts">{format!(" {} in {}", plural(ph.count as usize, "time"), plural(ph.articles as usize, "article"))}</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
