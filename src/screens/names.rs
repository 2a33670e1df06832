//! Cross-document views: the entity × article grid with every mention of the selected entity,
//! the side-by-side compare of two articles, and the timeline of dated events.

use engine::compare::shared_words;
use engine::crossdoc::PartialDate;
use engine::search::{segments, snippets, Hit};
use engine::Span;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::plural;
use crate::corpus::CorpusRef;
use crate::corrections::{name_choices, MarkWrong};
use crate::highlight::marked_hits;
use crate::notebook::{use_notebook, Item, StorageNote};
use crate::paging::use_paging;
use crate::route::{Route, ViewParams};

#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

/// Entities × articles: mention counts, and every mention of the selected entity in context.
#[function_component(EntitiesView)]
pub fn entities_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    let notebook = use_notebook();
    let n_docs = corpus.docs.len();
    let counts: Vec<Vec<usize>> = corpus
        .entities
        .iter()
        .map(|e| {
            let mut c = vec![0; n_docs];
            for m in &e.mentions {
                c[m.doc as usize] += 1;
            }
            c
        })
        .collect();
    let mut rows: Vec<usize> = (0..corpus.entities.len()).collect();
    let n_articles = |e: usize| counts[e].iter().filter(|&&n| n > 0).count();
    rows.sort_by(|&a, &b| {
        n_articles(b)
            .cmp(&n_articles(a))
            .then(counts[b].iter().sum::<usize>().cmp(&counts[a].iter().sum::<usize>()))
            .then(corpus.entities[a].name.cmp(&corpus.entities[b].name))
    });
    let selected = props.params.ent.filter(|&e| e < corpus.entities.len());
    let base = props.params.for_search();
    let columns = grid_columns(&corpus, &props.params);
    let paging = use_paging(&(corpus.clone(), props.params.docs.clone()), GRID_ROWS, rows.len(), "#entity-grid tbody", ".entity-name");
    html! {
        <section class="entities-view" aria-labelledby="entities-heading">
            <h2 id="entities-heading" class="view-heading">{"People, organisations and places"}</h2>
            <p class="hint">{"Names found by rules and merged across articles (a surname, a title, a possessive or another spelling count as the same name). Pick a name to see every mention."}</p>
            { columns_note(&corpus, &columns) }
            <StorageNote />
            if let Some(e) = selected {
                { entity_mentions(&corpus, &props.params, e) }
            }
            <p class="quote-count" role="status">{paging.count("name")}</p>
            <div class="table-scroll">
                <table id="entity-grid">
                    <caption class="visually-hidden">{"Names by article: number of mentions"}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{"Name"}</th>
                            <th scope="col">{"Kind"}</th>
                            { for columns.docs.iter().map(|&k| column_head(&corpus, k)) }
                            if columns.summary {
                                <th scope="col">{"Articles"}</th>
                                <th scope="col">{"Mentions"}</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows[..paging.shown].iter().map(|&e| {
                            let ent = &corpus.entities[e];
                            html! {
                                <tr data-entity={ent.name.clone()} class={classes!((Some(e) == selected).then_some("selected"))}>
                                    <th scope="row">
                                        <Link<Route, ViewParams> to={Route::Entities} query={Some(base.at_entity(e))} classes="entity-name">
                                            {&ent.name}
                                        </Link<Route, ViewParams>>
                                        if notebook.notebook.correction(&Item::name(&corpus, e)).is_some() {
                                            {" "}<span class="corrected-badge">{"corrected"}</span>
                                        }
                                        if ent.variants.len() > 1 {
                                            <span class="variants">{format!(" also: {}", ent.variants.iter().filter(|v| **v != ent.name).cloned().collect::<Vec<_>>().join(", "))}</span>
                                        }
                                    </th>
                                    <td class="kind">{format!("{:?}", ent.kind).to_lowercase()}</td>
                                    { for columns.docs.iter().map(|&k| {
                                        let n = counts[e][k];
                                        html! {
                                            <td data-doc={corpus.docs[k].slug.clone()} class={classes!((n == 0).then_some("zero"))}>
                                                if n > 0 {
                                                    <Link<Route, ViewParams> to={Route::Article { slug: corpus.docs[k].slug.clone() }} query={Some(base.at_entity(e))}>{n}</Link<Route, ViewParams>>
                                                } else {
                                                    { none_cell() }
                                                }
                                            </td>
                                        }
                                    }) }
                                    if columns.summary {
                                        <td class="total">{n_articles(e)}</td>
                                        <td class="total">{counts[e].iter().sum::<usize>()}</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { paging.buttons("names", "name") }
        </section>
    }
}

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
    match params.selected_docs(corpus) {
        Some(docs) if docs.len() <= GRID_COLUMNS => GridColumns { docs, summary: false },
        None if corpus.docs.len() <= GRID_COLUMNS => GridColumns { docs: (0..corpus.docs.len()).collect(), summary: false },
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
    let d = &corpus.docs[k];
    html! { <th scope="col" title={d.title.clone()}><span class="col-num">{k + 1}</span>{" "}{short_title(&d.title)}</th> }
}

/// Every mention of entity `e`, article by article, each in its sentence.
fn entity_mentions(corpus: &CorpusRef, params: &ViewParams, e: usize) -> Html {
    let ent = &corpus.entities[e];
    let mut docs: Vec<usize> = ent.mentions.iter().map(|m| m.doc as usize).collect();
    docs.dedup();
    html! {
        <section id="entity-mentions" aria-live="polite">
            <h3>{format!("{}: {} in {}", ent.name, plural(ent.mentions.len(), "mention"), plural(docs.len(), "article"))}</h3>
            <MarkWrong item={Item::name(corpus, e)} choices={name_choices(corpus, e)} id_base={format!("entity-{e}")} what={ent.name.clone()} />
            { for docs.iter().map(|&d| {
                let doc = &corpus.docs[d];
                let hits: Vec<Hit> = ent.mentions.iter().filter(|m| m.doc as usize == d).flat_map(|m| doc.locate(m.source)).collect();
                let snips = snippets(corpus, d, &hits, 70);
                html! {
                    <section class="entity-doc" data-doc={doc.slug.clone()}>
                        <h4>
                            <Link<Route, ViewParams> to={Route::Article { slug: doc.slug.clone() }} query={Some(params.at_entity(e))}>{&doc.title}</Link<Route, ViewParams>>
                            {format!(" · {}", plural(hits.len(), "mention"))}
                        </h4>
                        <ul class="snippets">
                            { for snips.iter().map(|s| html! {
                                <li class="snippet">
                                    if s.cut_start { {"… "} }{ marked_hits(&s.text, &s.spans) }if s.cut_end { {" …"} }
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </section>
    }
}

/// What an empty cell of a count table shows: a dot to the eye, "none" to a screen reader.
pub fn none_cell() -> Html {
    html! { <><span aria-hidden="true">{"·"}</span><span class="visually-hidden">{"none"}</span></> }
}

/// The first few words of a title, for a column header.
pub fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 4 {
        title.to_owned()
    } else {
        format!("{} …", words[..4].join(" "))
    }
}

/// Two articles side by side: passages they share marked in the same colour in both columns,
/// linked (a click on one side brings the other side's copy into view), and the quotations they
/// both report, word by word.
#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    // Worked out once per collection and pair: typing in the search box redraws the view.
    let best = use_memo(corpus.clone(), |c| best_pair(c));
    let (a, b) = compare_pair(&corpus, &props.params, *best);
    let pick = |side: &'static str| {
        let (on_params, params) = (props.on_params.clone(), props.params.for_search());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let next = if side == "a" { ViewParams { a: v, ..params.clone() } } else { ViewParams { b: v, ..params.clone() } };
            on_params.emit(next);
        })
    };
    let links = use_memo((corpus.clone(), a, b), |(c, a, b)| compare_links(c, *a, *b));
    let onclick = Callback::from(|e: MouseEvent| jump_to_copy(e.target()));
    // Enter on a focused mark does what a click does, for the keyboard.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            jump_to_copy(e.target());
        }
    });
    let select = |side: &'static str, current: usize| html! {
        <label>{if side == "a" { "Left " } else { "Right " }}
            <select id={format!("compare-{side}")} onchange={pick(side)}>
                { for corpus.docs.iter().enumerate().map(|(k, d)| html! {
                    <option value={d.slug.clone()} selected={k == current}>{format!("{} · {}", k + 1, d.title)}</option>
                }) }
            </select>
        </label>
    };
    html! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <div class="view-head"><h2 id="compare-heading" class="view-heading">{"Compare two articles"}</h2><crate::print::PrintButton /></div>
            <div class="compare-pick">{select("a", a)}{select("b", b)}</div>
            <p class="hint" role="status">
                {format!("{} shared with each other, {} reported by both. ", plural(links.passages, "passage"), plural(links.variants.len(), "quotation"))}
                {"Shared words have the same colour on both sides; click one (or press Enter on it) to bring its copy into view."}
            </p>
            <div class="compare-cols" {onclick} {onkeydown}>
                { column(&corpus, a, "a", &links.marks[0]) }
                { column(&corpus, b, "b", &links.marks[1]) }
            </div>
            if !links.variants.is_empty() {
                <section id="quote-variants" aria-labelledby="variants-heading">
                    <h3 id="variants-heading">{"The same quotation in both"}</h3>
                    <ul>
                        { for links.variants.iter().map(|v| html! {
                            <li class="variant">
                                <p><span class="col-num">{a + 1}</span>{" “"}{ marked_hits(&v.text[0], &v.common[0]) }{"” "}<span class="cue-verb">{v.cue[0].clone()}</span></p>
                                <p><span class="col-num">{b + 1}</span>{" “"}{ marked_hits(&v.text[1], &v.common[1]) }{"” "}<span class="cue-verb">{v.cue[1].clone()}</span></p>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if !links.rows.is_empty() {
                <details class="compare-table">
                    <summary>{"What the two share, as a table"}</summary>
                    <table id="compare-table">
                        <caption class="visually-hidden">{"Passages and quotations the two articles share"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Kind"}</th>
                                <th scope="col"><span class="col-num">{a + 1}</span>{" "}{short_title(&corpus.docs[a].title)}</th>
                                <th scope="col"><span class="col-num">{b + 1}</span>{" "}{short_title(&corpus.docs[b].title)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for links.rows.iter().map(|r| html! {
                                <tr>
                                    <td>{if r.variant { "quotation" } else { "passage" }}</td>
                                    <td>{r.text[0].clone()}</td>
                                    <td>{r.text[1].clone()}</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
            <crate::print::Citations corpus={corpus.clone()} docs={vec![a, b]} />
        </section>
    }
}

/// Brings the copy of the shared words at `target` (a mark of one column, or inside one) into
/// view in the other column, marks it and gives it the focus.
fn jump_to_copy(target: Option<web_sys::EventTarget>) {
    let mark = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("mark[data-target]").ok().flatten());
    let Some(other) = mark.and_then(|m| m.get_attribute("data-target")).and_then(|id| gloo::utils::document().get_element_by_id(&id)) else {
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

/// The pair to compare: the URL's, or else the two articles that share the most.
/// The two articles the view compares: the address's, with `best` (see [`best_pair`]) for a side
/// it does not name.
fn compare_pair(corpus: &engine::Corpus, params: &ViewParams, best: (usize, usize)) -> (usize, usize) {
    let a = corpus.doc_by_slug(&params.a);
    let b = corpus.doc_by_slug(&params.b);
    (a.unwrap_or(best.0), b.unwrap_or(if a.is_some_and(|a| a == best.1) { best.0 } else { best.1 }))
}

/// The pair of articles with the most in common, compared when the address names none: two
/// points for each passage they share, one for each quotation both report (a pair of its reports
/// with words in common), as [`compare_links`] counts them; the first such pair in article order on
/// a tie, and the first two articles when no two share anything. Counted from the shared passages
/// and the quotation variants themselves: comparing every pair of articles was 125,000 comparisons
/// at 500 articles, five seconds on every key typed in this view. Whether two reports share words
/// is checked only for the pairs that could still win, best first (every report against every
/// other took 2.8 s at 500 articles).
fn best_pair(corpus: &engine::Corpus) -> (usize, usize) {
    let mut candidates: Vec<((usize, usize), PairCounts)> = pair_counts(corpus).into_iter().collect();
    candidates.sort_by(|(p, a), (q, b)| b.upper().cmp(&a.upper()).then(p.cmp(q)));
    let mut best: Option<((usize, usize), usize)> = None;
    for (pair, counts) in candidates {
        if best.is_some_and(|(_, score)| counts.upper() < score) {
            break;
        }
        let score = counts.score(corpus);
        if score > 0 && best.is_none_or(|(p, s)| score > s || (score == s && pair < p)) {
            best = Some((pair, score));
        }
    }
    best.map_or((0, 1.min(corpus.docs.len().saturating_sub(1))), |(pair, _)| pair)
}

/// What two articles have in common: two points for each passage they share, and the pairs of
/// reports of one quotation (one in each article), which count when they have words in common.
#[derive(Default)]
struct PairCounts {
    passages: usize,
    reports: Vec<(u32, u32)>,
}

impl PairCounts {
    /// The most the pair can score.
    fn upper(&self) -> usize {
        self.passages * 2 + self.reports.len()
    }

    fn score(&self, corpus: &engine::Corpus) -> usize {
        let shared = |&&(a, b): &&(u32, u32)| !shared_words(&corpus.quotes.quotes[a as usize].text, &corpus.quotes.quotes[b as usize].text).0.is_empty();
        self.passages * 2 + self.reports.iter().filter(shared).count()
    }
}

/// [`PairCounts`] of every pair of articles (first, second) with anything in common.
fn pair_counts(corpus: &engine::Corpus) -> std::collections::HashMap<(usize, usize), PairCounts> {
    let mut counts: std::collections::HashMap<(usize, usize), PairCounts> = std::collections::HashMap::new();
    for p in &corpus.shared {
        let mut docs: Vec<usize> = p.occurrences.iter().map(|o| o.doc as usize).collect();
        docs.sort_unstable();
        docs.dedup();
        for (i, &x) in docs.iter().enumerate() {
            for &y in &docs[i + 1..] {
                counts.entry((x, y)).or_default().passages += 1;
            }
        }
    }
    for g in &corpus.variants {
        for (i, ma) in g.members.iter().enumerate() {
            for mb in &g.members[i + 1..] {
                let (x, y) = (ma.doc as usize, mb.doc as usize);
                if x != y {
                    counts.entry((x.min(y), x.max(y))).or_default().reports.push((ma.quote, mb.quote));
                }
            }
        }
    }
    counts
}

/// A mark in one column: where, which link it belongs to, and of which sort.
#[derive(Clone, Debug, PartialEq)]
struct LinkMark {
    hit: Hit,
    link: usize,
    variant: bool,
}

struct Variant {
    text: [String; 2],
    common: [Vec<Span>; 2],
    cue: [String; 2],
}

/// One thing both articles have, as each of them words it: the table alternative to the colours.
struct SharedRow {
    variant: bool,
    text: [String; 2],
}

struct Links {
    passages: usize,
    marks: [Vec<LinkMark>; 2],
    variants: Vec<Variant>,
    rows: Vec<SharedRow>,
}

/// What articles `a` and `b` share: passages (copied text) and quotation variants (common words).
fn compare_links(corpus: &engine::Corpus, a: usize, b: usize) -> Links {
    let docs = [a, b];
    let mut marks: [Vec<LinkMark>; 2] = [Vec::new(), Vec::new()];
    let mut link = 0;
    let mut passages = 0;
    let mut rows = Vec::new();
    for p in &corpus.shared {
        let occ: Vec<_> = docs.iter().map(|&d| p.occurrences.iter().find(|o| o.doc as usize == d)).collect();
        if let (Some(oa), Some(ob)) = (occ[0], occ[1]) {
            if a == b {
                continue;
            }
            for (side, o) in [oa, ob].into_iter().enumerate() {
                for hit in corpus.docs[docs[side]].locate(o.source) {
                    marks[side].push(LinkMark { hit, link, variant: false });
                }
            }
            rows.push(SharedRow { variant: false, text: [oa.text.clone(), ob.text.clone()] });
            link += 1;
            passages += 1;
        }
    }
    let mut variants = Vec::new();
    for g in &corpus.variants {
        for ma in g.members.iter().filter(|m| m.doc as usize == a) {
            for mb in g.members.iter().filter(|m| m.doc as usize == b) {
                if a == b {
                    continue;
                }
                let (qa, qb) = (&corpus.quotes.quotes[ma.quote as usize], &corpus.quotes.quotes[mb.quote as usize]);
                let (ca, cb) = shared_words(&qa.text, &qb.text);
                if ca.is_empty() {
                    continue;
                }
                // Common words, placed in the columns through the quotation's pieces.
                for (side, (q, common)) in [(qa, &ca), (qb, &cb)].into_iter().enumerate() {
                    let doc = &corpus.docs[docs[side]];
                    for hit in q.text_spans_to_hits(doc, common) {
                        marks[side].push(LinkMark { hit, link, variant: true });
                    }
                }
                link += 1;
                rows.push(SharedRow { variant: true, text: [qa.text.clone(), qb.text.clone()] });
                variants.push(Variant {
                    text: [qa.text.clone(), qb.text.clone()],
                    common: [ca, cb],
                    cue: [qa.cue.clone().unwrap_or_default(), qb.cue.clone().unwrap_or_default()],
                });
            }
        }
    }
    for m in &mut marks {
        m.sort_by_key(|x| (x.hit.block, x.hit.span.start));
        // Overlapping marks: the first wins.
        let mut last_end: Option<(usize, u32)> = None;
        m.retain(|x| {
            let keep = last_end.is_none_or(|(b, e)| x.hit.block != b || x.hit.span.start >= e);
            if keep {
                last_end = Some((x.hit.block, x.hit.span.end));
            }
            keep
        });
    }
    Links { passages, marks, variants, rows }
}

fn column(corpus: &engine::Corpus, doc: usize, side: &'static str, marks: &[LinkMark]) -> Html {
    let d = &corpus.docs[doc];
    let other = if side == "a" { "b" } else { "a" };
    html! {
        <article class="compare-col" data-doc={d.slug.clone()} data-side={side} aria-label={d.title.clone()}>
            <h3>{&d.title}</h3>
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
    let selected = props.params.selected_docs(&corpus);
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
            <span class="col-num" title={doc.title.clone()}>{d + 1}</span>{" "}
            if let Some(s) = snippet {
                if s.cut_start { {"… "} }{ marked_hits(&s.text, &s.spans) }if s.cut_end { {" …"} }
            }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{best_pair, compare_links, pair_counts};

    /// What the view did before [`best_pair`]: every pair compared in full; and every pair's score.
    fn every_pair(corpus: &engine::Corpus) -> ((usize, usize), HashMap<(usize, usize), usize>) {
        let n = corpus.docs.len();
        let mut best = (0, 1.min(n.saturating_sub(1)), 0usize);
        let mut scores = HashMap::new();
        for x in 0..n {
            for y in x + 1..n {
                let l = compare_links(corpus, x, y);
                let score = l.passages * 2 + l.variants.len();
                if score > 0 {
                    scores.insert((x, y), score);
                }
                if score > best.2 {
                    best = (x, y, score);
                }
            }
        }
        ((best.0, best.1), scores)
    }

    fn check(corpus: &engine::Corpus) {
        let (pair, scores) = every_pair(corpus);
        assert_eq!(best_pair(corpus), pair);
        let counted: HashMap<(usize, usize), usize> =
            pair_counts(corpus).into_iter().map(|(p, c)| (p, c.score(corpus))).filter(|&(_, s)| s > 0).collect();
        assert_eq!(counted, scores);
    }

    #[test]
    fn the_default_pair_is_the_one_with_most_in_common() {
        let c = crate::corpus::test_corpus();
        check(c);
        let pair = best_pair(c);
        let l = compare_links(c, pair.0, pair.1);
        assert!(l.passages + l.variants.len() > 0, "the seeds' best pair shares something: {pair:?}");

        // Forty generated articles, with passages and quotations planted in several of them.
        let files = corpusgen::generate(&corpusgen::repo_seeds(), 40, 7).files;
        let c = engine::Corpus::from_texts(files.iter().map(|(f, t)| (f.as_str(), t.as_str()))).expect("builds");
        assert!(!c.shared.is_empty() && !c.variants.is_empty());
        check(&c);
    }
}
