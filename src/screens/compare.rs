//! Compare: how did two outlets report the same thing? What the two articles share
//! (`Corpus::pair_report`), each shared item side by side as each article has it (the quotation
//! with its speaker and verb of saying, the words that differ marked), one click bringing both
//! full texts to it; then the two texts in columns, the shared words marked in the same colour in
//! both and linked.

use engine::listing::plural;
use engine::normalize::words;
use engine::pair::{PairReport, SharedQuote};
use engine::search::{segments, snippets, Hit};
use engine::Span;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::article::{label, number};
use crate::ui::highlight::marked_hits;
use crate::ui::paging::use_drawn;
use crate::ui::print::{Citations, PrintButton};
use crate::ui::props::ViewProps;
use crate::ui::word_tools::{concordance_of, docs_param};
use engine::words::{Comparison, Grouping, KeynessOptions, WordCounts};

#[derive(Properties, PartialEq)]
struct ArticleOptionsProps {
    corpus: crate::corpus::CorpusRef,
    current: usize,
}

/// How many articles' options one render draws at most (`use_drawn`).
const ARTICLES_AT_ONCE: usize = 500;

/// A side's choice of article: every article of the collection, a batch a task in a long one
/// (two thousand options in one render at 1,000 articles), down to the one chosen at once.
#[function_component(ArticleOptions)]
fn article_options(props: &ArticleOptionsProps) -> Html {
    let corpus = &props.corpus;
    // Drawn in order from the start, down to the one chosen at once.
    let drawn = use_drawn(corpus.docs.len(), ARTICLES_AT_ONCE).max(props.current + 1).min(corpus.docs.len());
    let options = corpus.docs[..drawn].iter().enumerate().map(|(k, d)| html! {
        <option value={d.slug.clone()} selected={k == props.current}>{format!("{} · {}", corpus.number(k), d.title)}</option>
    });
    html! { <>{ for options }</> }
}

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    // Worked out once per collection and pair: typing in the search box redraws the view.
    let best = use_memo(corpus.clone(), |c| c.best_pair());
    let (a, b) = compare_pair(&corpus, &props.params, *best);
    let pick = |side: &'static str| {
        let (on_params, params) = (props.on_params.clone(), props.params.for_search());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let next =
                if side == "a" { ViewParams { a: v, ..params.clone() } } else { ViewParams { b: v, ..params.clone() } };
            on_params.emit(next);
        })
    };
    let report = use_memo((corpus.clone(), a, b), |(c, a, b)| c.pair_report(*a, *b));
    let marks = use_memo((corpus.clone(), a, b), |(c, a, b)| column_marks(c, &c.pair_report(*a, *b), [*a, *b]));
    // The words that tell the two apart: the collection's words counted once (not again for
    // every pair picked: a sixth of a second at 1,000 articles), compared once per pair.
    let counts = use_memo((corpus.clone(), props.params.bp), |(c, bp)| WordCounts::new(c, *bp, Grouping::Forms));
    let keyness = {
        let counts = counts.clone();
        use_memo((corpus.clone(), a, b, props.params.bp), move |(c, a, b, _)| {
            counts.keyness(c, &Comparison::pair(c, *a, *b), &KeynessOptions::default())
        })
    };
    let onclick = Callback::from(|e: MouseEvent| jump_to_copy(e.target()));
    // Enter on a focused mark does what a click does, for the keyboard.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            jump_to_copy(e.target());
        }
    });
    let select = |side: &'static str, current: usize| {
        html! {
            <label>{if side == "a" { "Left " } else { "Right " }}
                <select id={format!("compare-{side}")} onchange={pick(side)}>
                    <ArticleOptions corpus={corpus.clone()} {current} />
                </select>
            </label>
        }
    };
    let n_passages = report.passages.len();
    html! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <div class="view-head"><h2 id="compare-heading" class="view-heading">{"Compare two articles"}</h2><PrintButton /></div>
            <div class="compare-pick">{select("a", a)}{select("b", b)}</div>
            <p id="compare-summary" class="compare-summary" role="status">{summary(&report)}</p>
            if !report.quotes.is_empty() {
                <section id="quote-variants" class="shared-section" aria-labelledby="variants-heading">
                    <h3 id="variants-heading">{"The same quotation, as each reports it"}</h3>
                    <p class="hint">{"Words only one of them has are marked. Who does each credit, and with which verb?"}</p>
                    <ul class="shared-items">
                        { for report.quotes.iter().enumerate().map(|(k, q)| shared_quote(&corpus, [a, b], q, n_passages + k)) }
                    </ul>
                </section>
            }
            if !report.names.is_empty() {
                <section id="shared-names" class="shared-section" aria-labelledby="names-heading">
                    <h3 id="names-heading">{"People, organisations and places both name"}</h3>
                    <ul class="shared-names">
                        { for report.names.iter().take(30).map(|n| {
                            let ent = &corpus.entities[n.entity];
                            html! {
                                <li data-entity={ent.name.clone()}>
                                    <ViewLink to={Address::new(Screen::Names, ViewParams { docs: format!("{},{}", corpus.docs[a].slug, corpus.docs[b].slug), ..ViewParams::default() }.at_entity(&ent.name))}>{&ent.name}</ViewLink>
                                    <span class="counts">{format!(" {} · {}", n.mentions[0], n.mentions[1])}</span>
                                    <span class="visually-hidden">{format!(": named {} in the left article, {} in the right", times(n.mentions[0]), times(n.mentions[1]))}</span>
                                </li>
                            }
                        }) }
                    </ul>
                    if report.names.len() > 30 {
                        <p class="hint">{format!("And {} more.", report.names.len() - 30)}</p>
                    }
                </section>
            }
            if !report.dates.is_empty() {
                <section id="shared-dates" class="shared-section" aria-labelledby="dates-heading">
                    <h3 id="dates-heading">{"Dates both give"}</h3>
                    <ul class="shared-items">
                        { for report.dates.iter().map(|d| html! {
                            <li class="shared-item">
                                <p class="shared-what">{d.date.to_string()}</p>
                                { for [0, 1].into_iter().map(|side| {
                                    let doc = [a, b][side];
                                    let written: Vec<String> = d.mentions[side].iter().map(|&k| corpus.events[doc][k].text.clone()).collect();
                                    html! { <p class="side">{number(&corpus, doc)}{" "}{written.join("; ")}</p> }
                                }) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            { distinctive_pair(&corpus, &props.params, a, b, &counts, &keyness) }
            if n_passages > 0 {
                <section id="shared-passages" class="shared-section" aria-labelledby="passages-heading">
                    <h3 id="passages-heading">{"Passages of text both have"}</h3>
                    <ul class="shared-items">
                        { for report.passages.iter().enumerate().map(|(k, p)| {
                            let passage = &corpus.shared[p.passage];
                            let texts = [passage.occurrences[p.occurrences[0]].text.as_str(), passage.occurrences[p.occurrences[1]].text.as_str()];
                            let (ca, cb) = engine::compare::shared_words(texts[0], texts[1]);
                            html! {
                                <li class="shared-item">
                                    { for [(0, ca), (1, cb)].into_iter().map(|(side, common)| html! {
                                        <p class="side">{number(&corpus, [a, b][side])}{" "}{differing(texts[side], &common)}</p>
                                    }) }
                                    { show_both(k) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <h3 class="texts-heading">{"The two articles"}</h3>
            <p class="hint">{"What they share has the same colour on both sides; click it (or press Enter on it) to bring its copy into view."}</p>
            <div class="compare-cols" {onclick} {onkeydown}>
                { column(&corpus, a, "a", &marks[0]) }
                { column(&corpus, b, "b", &marks[1]) }
            </div>
            if !report.passages.is_empty() || !report.quotes.is_empty() {
                <details class="compare-table">
                    <summary>{"What the two share, as a table"}</summary>
                    <table id="compare-table">
                        <caption class="visually-hidden">{"Passages and quotations the two articles share"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Kind"}</th>
                                <th scope="col">{label(&corpus, a)}</th>
                                <th scope="col">{label(&corpus, b)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for report.passages.iter().map(|p| {
                                let passage = &corpus.shared[p.passage];
                                html! {
                                    <tr>
                                        <td>{"passage"}</td>
                                        <td>{passage.occurrences[p.occurrences[0]].text.clone()}</td>
                                        <td>{passage.occurrences[p.occurrences[1]].text.clone()}</td>
                                    </tr>
                                }
                            }) }
                            { for report.quotes.iter().map(|q| html! {
                                <tr>
                                    <td>{"quotation"}</td>
                                    <td>{corpus.quotes.quotes[q.quotes[0]].text.clone()}</td>
                                    <td>{corpus.quotes.quotes[q.quotes[1]].text.clone()}</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
            <Citations corpus={corpus.clone()} docs={vec![a, b]} />
        </section>
    }
}

/// How many words each side of the pair's distinctive words lists.
const PAIR_WORDS: usize = 12;

/// The words one article uses and the other does not (or far less): article `a` against `b`
/// (`engine::words`), each opening its lines in both.
fn distinctive_pair(
    corpus: &engine::Corpus,
    params: &ViewParams,
    a: usize,
    b: usize,
    counts: &WordCounts,
    k: &engine::words::Keyness,
) -> Html {
    if a == b {
        return Html::default();
    }
    let both = docs_param(corpus, &[a, b]);
    let list = |rows: &[engine::words::KeyRow], id: &'static str, doc: usize| {
        html! {
            <div class="side">
                <p class="shared-what">{"Used by "}{number(corpus, doc)}{" and much less (or never) by the other"}</p>
                <ul id={id} class="pair-words">
                    { for rows.iter().filter(|r| !r.stop).take(PAIR_WORDS).map(|r| {
                        let word = counts.shown(corpus, r.unit);
                        html! {
                            <li data-word={word.clone()}>
                                <ViewLink to={concordance_of(&counts.word_ref(corpus, r.unit), params, Some(both.clone()))}>{word}</ViewLink>
                                <span class="counts">{format!(" {} · {}", r.target, r.reference)}</span>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <section id="pair-words" class="shared-section" aria-labelledby="pair-words-heading">
            <h3 id="pair-words-heading">{"Words one uses and the other does not"}</h3>
            <p class="hint">{"Counts are left · right; each word opens its lines in both articles."}</p>
            <div class="shared-item">
                { list(&k.over, "pair-words-a", a) }
                { list(&k.under, "pair-words-b", b) }
            </div>
        </section>
    }
}

/// What the two share, in one sentence that says so when they share no passage of text.
fn summary(r: &PairReport) -> String {
    let mut shared: Vec<String> = Vec::new();
    if !r.quotes.is_empty() {
        shared.push(plural(r.quotes.len(), "quotation"));
    }
    if !r.names.is_empty() {
        shared.push(plural(r.names.len(), "name"));
    }
    if !r.dates.is_empty() {
        shared.push(plural(r.dates.len(), "date"));
    }
    let list = match shared.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    match (r.passages.len(), list.is_empty()) {
        (0, true) => "These two articles share nothing: no passage of text, no quotation, name or date.".to_owned(),
        (0, false) => format!("These two articles share no passage of text word for word. They do share {list}."),
        (n, true) => format!("These two articles share {}.", plural(n, "passage of text")),
        (n, false) => format!("These two articles share {} and {list}.", plural(n, "passage of text")),
    }
}

fn times(n: usize) -> String {
    if n == 1 {
        "once".to_owned()
    } else {
        format!("{n} times")
    }
}

/// One quotation both report: each version in its article's words, the words only one has marked,
/// who it credits and with which verb, its sentence; and the button that brings both texts to it.
fn shared_quote(corpus: &engine::Corpus, docs: [usize; 2], q: &SharedQuote, link: usize) -> Html {
    html! {
        <li class="shared-item variant">
            { for [0, 1].into_iter().map(|side| {
                let i = q.quotes[side];
                let r = &corpus.quotes.quotes[i];
                let doc = docs[side];
                let (open, close) = corpus.quote_marks(i);
                let pieces = r.pieces(&corpus.docs[doc]);
                let context = snippets(corpus, doc, &pieces, 90).into_iter().next();
                html! {
                    <div class="side" data-side={if side == 0 { "a" } else { "b" }}>
                        <p class="shared-quote">{number(corpus, doc)}{" "}{open}{differing(&r.text, &q.common[side])}{close}</p>
                        <p class="who">
                            {"Credited to "}<strong>{corpus.quotes.speaker_name(i).unwrap_or("no one")}</strong>
                            {" · verb: "}
                            <span class="cue-verb">{r.cue.clone().unwrap_or_else(|| "none of its own".to_owned())}</span>
                        </p>
                        if let Some(s) = context {
                            <p class="context">
                                if s.cut_start { {"… "} }{ marked_hits(&s.text, &s.spans) }if s.cut_end { {" …"} }
                            </p>
                        }
                    </div>
                }
            }) }
            { show_both(link) }
        </li>
    }
}

/// `text` with the words outside `common` (the words both versions share) marked as differing.
fn differing(text: &str, common: &[Span]) -> Html {
    let only: Vec<Span> =
        words(text).map(|(s, _)| s).filter(|s| !common.iter().any(|c| c.start <= s.start && s.end <= c.end)).collect();
    let merged = engine::span::merge_spans(only);
    html! {
        { for segments(text, &merged).into_iter().map(|(span, k)| {
            let piece = text[span.range()].to_owned();
            match k {
                None => html! { {piece} },
                Some(_) => html! { <mark class="differs" title="only in this version">{piece}</mark> },
            }
        }) }
    }
}

/// "Show in both articles": scrolls the two columns to the shared item `link` and the page to them.
fn show_both(link: usize) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        let document = gloo::utils::document();
        if let Some(cols) = document.query_selector(".compare-cols").ok().flatten() {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Start);
            cols.scroll_into_view_with_scroll_into_view_options(&opts);
        }
        for side in ["a", "b"] {
            let Some(mark) = document
                .get_element_by_id(&format!("{side}-link-{link}"))
                .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if let Some(col) = mark.closest(".compare-col").ok().flatten() {
                col.set_scroll_top((mark.offset_top() - 60).max(0));
            }
            let _ = mark.class_list().add_1("flash");
        }
    });
    html! { <button type="button" class="show-both" data-link={link.to_string()} {onclick}>{"Show in both articles"}</button> }
}

/// Brings the copy of the shared words at `target` (a mark of one column, or inside one) into
/// view in the other column, marks it and gives it the focus.
fn jump_to_copy(target: Option<web_sys::EventTarget>) {
    let mark = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("mark[data-target]").ok().flatten());
    let Some(other) =
        mark.and_then(|m| m.get_attribute("data-target")).and_then(|id| gloo::utils::document().get_element_by_id(&id))
    else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    other.scroll_into_view_with_scroll_into_view_options(&opts);
    let _ = other.class_list().add_1("flash");
    if let Some(el) = other.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The two articles the view compares: the address's, with `best` (`Corpus::best_pair`) for a
/// side it does not name.
fn compare_pair(corpus: &engine::Corpus, params: &ViewParams, best: (usize, usize)) -> (usize, usize) {
    let a = corpus.doc_by_slug(&params.a);
    let b = corpus.doc_by_slug(&params.b);
    (a.unwrap_or(best.0), b.unwrap_or(if a.is_some_and(|a| a == best.1) { best.0 } else { best.1 }))
}

/// A mark in one column: where, which link it belongs to, and of which sort.
#[derive(Clone, Debug, PartialEq)]
struct LinkMark {
    hit: Hit,
    link: usize,
    variant: bool,
}

/// The marks of each column: the shared passages (links 0, 1, …) and then the shared words of
/// each quotation both report (the links after), overlapping marks dropped (the first wins).
fn column_marks(corpus: &engine::Corpus, report: &PairReport, docs: [usize; 2]) -> [Vec<LinkMark>; 2] {
    let mut marks: [Vec<LinkMark>; 2] = [Vec::new(), Vec::new()];
    for (link, p) in report.passages.iter().enumerate() {
        let passage = &corpus.shared[p.passage];
        for side in 0..2 {
            for hit in corpus.docs[docs[side]].locate(passage.occurrences[p.occurrences[side]].source) {
                marks[side].push(LinkMark { hit, link, variant: false });
            }
        }
    }
    for (k, q) in report.quotes.iter().enumerate() {
        let link = report.passages.len() + k;
        for side in 0..2 {
            let doc = &corpus.docs[docs[side]];
            for hit in corpus.quotes.quotes[q.quotes[side]].text_spans_to_hits(doc, &q.common[side]) {
                marks[side].push(LinkMark { hit, link, variant: true });
            }
        }
    }
    for m in &mut marks {
        m.sort_by_key(|x| (x.hit.block, x.hit.span.start));
        let mut last_end: Option<(usize, u32)> = None;
        m.retain(|x| {
            let keep = last_end.is_none_or(|(b, e)| x.hit.block != b || x.hit.span.start >= e);
            if keep {
                last_end = Some((x.hit.block, x.hit.span.end));
            }
            keep
        });
    }
    marks
}

fn column(corpus: &engine::Corpus, doc: usize, side: &'static str, marks: &[LinkMark]) -> Html {
    let d = &corpus.docs[doc];
    let other = if side == "a" { "b" } else { "a" };
    html! {
        <article class="compare-col" data-doc={d.slug.clone()} data-side={side} aria-label={d.title.clone()}>
            <h3>{number(corpus, doc)}{" "}{&d.title}</h3>
            { for d.blocks.iter().enumerate().filter(|(_, b)| b.boilerplate.is_none() && b.kind != engine::BlockKind::Title).map(|(i, b)| {
                let here: Vec<&LinkMark> = marks.iter().filter(|m| m.hit.block == i).collect();
                let spans: Vec<Span> = here.iter().map(|m| m.hit.span).collect();
                let mut first_of_link = std::collections::HashSet::new();
                html! {
                    <p class="block">
                        { for segments(&b.text, &spans).into_iter().map(|(span, k)| {
                            let piece = b.text[span.range()].to_owned();
                            match k {
                                None => html! { {piece} },
                                Some(k) => {
                                    let m = here[k];
                                    let id = first_of_link.insert(m.link).then(|| format!("{side}-link-{}", m.link));
                                    let class = classes!(if m.variant { "variant-words" } else { "shared" }, format!("link-{}", m.link % 6));
                                    html! {
                                        <mark {id} {class} tabindex="0" data-link={m.link.to_string()}
                                            data-target={format!("{other}-link-{}", m.link)}>{piece}</mark>
                                    }
                                }
                            }
                        }) }
                    </p>
                }
            }) }
        </article>
    }
}
