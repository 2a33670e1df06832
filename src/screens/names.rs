//! Names: the people, organisations and places the articles name × the articles, and every
//! mention of the selected name in its sentence.

use engine::listing::plural;
use engine::search::{snippets, Hit};
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::notebook::Item;
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::corrections::{name_choices, MarkWrong};
use crate::ui::grid::{column_head, columns_note, grid_columns, none_cell, GRID_ROWS};
use crate::ui::highlight::marked_hits;
use crate::ui::notebook::{use_notebook, StorageNote};
use crate::ui::paging::use_paging;
use crate::ui::props::ViewProps;

/// Names × articles: mention counts, and every mention of the selected name in context, opened
/// under its row. Only the names of the articles ticked in the filter, and, when something is
/// typed, the names that match it (`Corpus::visible_entities`).
#[function_component(NamesView)]
pub fn names_view(props: &ViewProps) -> Html {
    let corpus = props.corpus.clone();
    let notebook = use_notebook();
    let in_filter = corpus.selected_docs(&props.params);
    // Each name's mentions counted by article (among those ticked), only where it has any: a grid
    // of every name × every article was ten million counts at 1,000 articles, made again on every
    // key typed here.
    let tallies = use_memo((corpus.clone(), in_filter.clone()), |(corpus, in_filter)| {
        corpus.entities.iter().map(|e| Tally::of(e, in_filter.as_deref())).collect::<Vec<Tally>>()
    });
    // The names' words folded once per collection: splitting and folding every name on every key
    // was a long task a key at 1,000 articles.
    let name_words = use_memo(corpus.clone(), |corpus| corpus.name_words());
    let mut rows: Vec<usize> = corpus.visible_entities(&props.params, &name_words);
    rows.sort_by(|&a, &b| {
        let (ta, tb) = (&tallies[a], &tallies[b]);
        (tb.articles(), tb.mentions)
            .cmp(&(ta.articles(), ta.mentions))
            .then(corpus.entities[a].name.cmp(&corpus.entities[b].name))
    });
    let selected = corpus.selected_entity(&props.params);
    let base = props.params.for_search();
    let columns = grid_columns(&corpus, &props.params);
    let n_columns = 2 + columns.docs.len() + if columns.summary { 2 } else { 0 };
    let paging = use_paging(
        &(corpus.clone(), props.params.docs.clone(), props.params.q.clone()),
        GRID_ROWS,
        rows.len(),
        "#entity-grid tbody",
        ".entity-name",
    );
    // The mentions open where the name was picked; they are brought into sight and get the focus.
    use_effect_with(selected, |selected| {
        if selected.is_some() {
            if let Some(el) = gloo::utils::document().get_element_by_id("entity-mentions-heading") {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
                if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                    let _ = el.focus();
                }
            }
        }
    });
    let shown = &rows[..paging.shown];
    let inline = selected.filter(|e| shown.contains(e));
    html! {
        <section class="entities-view" aria-labelledby="entities-heading">
            <h2 id="entities-heading" class="view-heading">{"People, organisations and places"}</h2>
            <p class="hint">{"Names found by rules and merged across articles (a surname, a title, a possessive or another spelling count as the same name). Pick a name to see every mention. Type in the search box to find a name."}</p>
            { columns_note(&corpus, &columns) }
            <StorageNote />
            if let (Some(e), None) = (selected, inline) {
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
                        { for shown.iter().map(|&e| {
                            let ent = &corpus.entities[e];
                            html! {
                                <>
                                <tr data-entity={ent.name.clone()} class={classes!((Some(e) == selected).then_some("selected"))}>
                                    <th scope="row">
                                        <ViewLink to={Address::new(Screen::Names, base.at_entity(&ent.name))} classes="entity-name">
                                            {&ent.name}
                                        </ViewLink>
                                        if notebook.notebook.correction(&Item::name(&corpus, e)).is_some() {
                                            {" "}<span class="corrected-badge">{"corrected"}</span>
                                        }
                                        if ent.variants.len() > 1 {
                                            <span class="variants">{format!(" also: {}", ent.variants.iter().filter(|v| **v != ent.name).cloned().collect::<Vec<_>>().join(", "))}</span>
                                        }
                                    </th>
                                    <td class="kind">{ent.kind.as_str()}</td>
                                    { for columns.docs.iter().map(|&k| {
                                        let n = tallies[e].in_doc(k);
                                        html! {
                                            <td data-doc={corpus.docs[k].slug.clone()} class={classes!((n == 0).then_some("zero"))}>
                                                if n > 0 {
                                                    <ViewLink to={Address::new(Screen::Article { slug: corpus.docs[k].slug.clone() }, base.at_entity(&ent.name))}>{n}</ViewLink>
                                                } else {
                                                    { none_cell() }
                                                }
                                            </td>
                                        }
                                    }) }
                                    if columns.summary {
                                        <td class="total">{tallies[e].articles()}</td>
                                        <td class="total">{tallies[e].mentions}</td>
                                    }
                                </tr>
                                if inline == Some(e) {
                                    <tr class="mentions-row"><td colspan={n_columns.to_string()}>{ entity_mentions(&corpus, &props.params, e) }</td></tr>
                                }
                                </>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { paging.buttons("names", "name") }
        </section>
    }
}

/// A name's mentions by article, among the articles ticked in the filter (all when `None`).
struct Tally {
    /// (article, mentions in it), by article, only articles with a mention.
    per_doc: Vec<(usize, usize)>,
    mentions: usize,
}

impl Tally {
    fn of(entity: &engine::crossdoc::Entity, in_filter: Option<&[usize]>) -> Tally {
        let mut docs: Vec<usize> = entity
            .mentions
            .iter()
            .map(|m| m.doc as usize)
            .filter(|d| in_filter.is_none_or(|ds| ds.binary_search(d).is_ok()))
            .collect();
        docs.sort_unstable();
        let mentions = docs.len();
        let mut per_doc: Vec<(usize, usize)> = Vec::new();
        for d in docs {
            match per_doc.last_mut() {
                Some((last, n)) if *last == d => *n += 1,
                _ => per_doc.push((d, 1)),
            }
        }
        Tally { per_doc, mentions }
    }

    /// In how many articles the name is mentioned.
    fn articles(&self) -> usize {
        self.per_doc.len()
    }

    /// How many times the name is mentioned in article `doc`.
    fn in_doc(&self, doc: usize) -> usize {
        self.per_doc.binary_search_by_key(&doc, |&(d, _)| d).map_or(0, |i| self.per_doc[i].1)
    }
}

/// Every mention of entity `e`, article by article, each in its sentence.
fn entity_mentions(corpus: &CorpusRef, params: &ViewParams, e: usize) -> Html {
    let ent = &corpus.entities[e];
    let mut docs: Vec<usize> = ent.mentions.iter().map(|m| m.doc as usize).collect();
    docs.dedup();
    html! {
        <section id="entity-mentions" aria-labelledby="entity-mentions-heading">
            <h3 id="entity-mentions-heading" tabindex="-1">{format!("{}: {} in {}", ent.name, plural(ent.mentions.len(), "mention"), plural(docs.len(), "article"))}</h3>
            <MarkWrong item={Item::name(corpus, e)} choices={name_choices(corpus, e)} id_base={format!("entity-{e}")} what={ent.name.clone()} />
            { for docs.iter().map(|&d| {
                let doc = &corpus.docs[d];
                let hits: Vec<Hit> = ent.mentions.iter().filter(|m| m.doc as usize == d).flat_map(|m| doc.locate(m.source)).collect();
                let snips = snippets(corpus, d, &hits, 70);
                html! {
                    <section class="entity-doc" data-doc={doc.slug.clone()}>
                        <h4>
                            <ViewLink to={Address::new(Screen::Article { slug: doc.slug.clone() }, params.at_entity(&ent.name))}>{&doc.title}</ViewLink>
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
