//! Sourcing profiles: one sortable table comparing the articles, and an evidence card per article
//! (the URL's `article` opens one in full). Every number links to the reader with the passages it
//! counts highlighted (`ev`); each cell also draws its number as a bar, so the table is its own
//! text alternative. What is shown is decided in `evidence` (sort, wording, passages).

use engine::profile::Measure;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::evidence::{bar_length, headline, phrase, shown, TableSort};
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::paging::use_paging;
use crate::ui::print::{Citations, PrintButton};

/// How many articles the table and the cards show at first, and add with "Show more".
pub const PROFILES_PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct ProfilesViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

#[function_component(ProfilesView)]
pub fn view(props: &ProfilesViewProps) -> Html {
    let corpus = &props.corpus;
    let params = &props.params;
    let sort = TableSort::parse(&params.sort);
    let docs: Vec<usize> = corpus.selected_docs(params).unwrap_or_else(|| (0..corpus.docs.len()).collect());
    let docs: Vec<usize> = docs.into_iter().filter(|&d| d < corpus.profiles.len()).collect();
    let rows = sort.order(corpus, &docs);
    // The table's rows and the cards, fifty articles at a time in a big collection: each row is
    // ten linked numbers with their bars, and at a hundred the browser's painting and layering of
    // the page alone (on every frame, a key in the search box included) made long tasks at 500
    // articles.
    let paging = use_paging(
        &(corpus.clone(), params.docs.clone(), params.sort.clone()),
        PROFILES_PAGE,
        rows.len(),
        "#profile-table tbody",
        ".row-title",
    );
    let open = corpus.doc_by_slug(&params.article).filter(|d| *d < corpus.profiles.len());
    // The longest bar of each column is its highest value among the articles shown.
    let max: Vec<f64> =
        Measure::ALL.iter().map(|m| rows.iter().map(|&d| m.value(&corpus.profiles[d])).fold(0.0, f64::max)).collect();
    let links = Links { params };

    // An opened card is brought into view.
    use_effect_with(open, |open| {
        if open.is_some() {
            if let Some(el) = gloo::utils::document().get_element_by_id("profile-card") {
                el.scroll_into_view();
            }
        }
    });

    let on_sort = |m: Measure| {
        let (on_params, params) = (props.on_params.clone(), params.clone());
        let next = sort.clicked(m).param();
        Callback::from(move |_: MouseEvent| on_params.emit(ViewParams { sort: next.clone(), ..params.clone() }))
    };

    html! {
        <section id="profile-view" class="profiles-view" aria-labelledby="profiles-heading">
            <div class="view-head">
                <h2 id="profiles-heading" class="view-heading">{"Sourcing profiles"}</h2>
                <PrintButton />
            </div>
            <p class="hint">
                {"How each article is sourced, counted by rules: who is quoted and by name, who is not named, what documents are cited, \
                  which words hedge or judge. Every number opens the article with the passages it counts highlighted. \
                  Sort by a column with its heading."}
            </p>
            if let Some(d) = open {
                { card(corpus, d, &max, &links, true) }
            }
            <div class="table-scroll">
                <table id="profile-table">
                    <caption><span>{format!("Sourcing of {} articles compared, {}", rows.len(), sort.describe())}</span></caption>
                    <thead>
                        <tr>
                            <th scope="col" class="article-col">{"Article"}</th>
                            { for Measure::ALL.iter().map(|&m| html! {
                                <th scope="col" aria-sort={sort.aria_sort(m)} data-key={m.key()}>
                                    <button type="button" class="sort" onclick={on_sort(m)} title={m.explanation()}>
                                        {m.label()}
                                        <span class="sort-mark" aria-hidden="true">{match sort.aria_sort(m) { "ascending" => " ▲", "descending" => " ▼", _ => " ↕" }}</span>
                                    </button>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows[..paging.shown].iter().map(|&d| {
                            let p = &corpus.profiles[d];
                            let doc = &corpus.docs[d];
                            html! {
                                <tr data-doc={doc.slug.clone()} class={classes!((open == Some(d)).then_some("selected"))}>
                                    <th scope="row">
                                        <ViewLink to={Address::new(Screen::Profiles, links.card(&doc.slug))} classes="row-title">
                                            {crate::ui::article::label(corpus, d)}
                                        </ViewLink>
                                        <span class="row-headline">{headline(p)}</span>
                                    </th>
                                    { for Measure::ALL.iter().enumerate().map(|(k, &m)| html! {
                                        <td data-key={m.key()} data-value={m.value(p).to_string()}>
                                            { links.number(corpus, d, m) }
                                            { bar(bar_length(m.value(p), max[k])) }
                                        </td>
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { paging.buttons("profiles", "article") }
            <details class="measure-legend">
                <summary>{"What each column counts"}</summary>
                <dl>
                    { for Measure::ALL.iter().map(|m| html! { <><dt>{m.label()}</dt><dd>{m.explanation()}</dd></> }) }
                </dl>
                <p class="hint">{"Found by rules, not by a person: open a number to check what was counted. Hedges and loaded words are counted in the writer’s own words only, outside quotation marks."}</p>
            </details>
            <h3 class="cards-heading">{"Evidence cards"}</h3>
            <ol class="profile-cards">
                { for rows[..paging.shown].iter().filter(|&&d| open != Some(d)).map(|&d| html! { <li>{ card(corpus, d, &max, &links, false) }</li> }) }
            </ol>
            // The sources of what a printout shows: the articles listed (sorted as the sources are).
            <Citations corpus={corpus.clone()} docs={sorted(&rows[..paging.shown])} />
        </section>
    }
}

/// `docs` in the collection's order.
fn sorted(docs: &[usize]) -> Vec<usize> {
    let mut docs = docs.to_vec();
    docs.sort_unstable();
    docs
}

/// The links of the view, keeping the article filter and the table's sort (so the reader's way
/// back returns to the same table).
struct Links<'a> {
    params: &'a ViewParams,
}

impl Links<'_> {
    fn base(&self) -> ViewParams {
        ViewParams { docs: self.params.docs.clone(), sort: self.params.sort.clone(), ..ViewParams::default() }
    }

    /// The profiles with `slug`'s card open.
    fn card(&self, slug: &str) -> ViewParams {
        ViewParams { article: slug.to_owned(), ..self.base() }
    }

    /// `m`'s number for document `d`, linked to the reader with its passages highlighted.
    fn number(&self, corpus: &CorpusRef, d: usize, m: Measure) -> Html {
        let p = &corpus.profiles[d];
        let doc = &corpus.docs[d];
        let query = ViewParams { ev: m.key().to_owned(), ..self.base() };
        html! {
            <ViewLink to={Address::new(Screen::Article { slug: doc.slug.clone() }, query)} classes="num">
                {shown(m, p)}<span class="visually-hidden">{format!(": {}, show the passages", phrase(m, p))}</span>
            </ViewLink>
        }
    }
}

/// A bar `length` hundredths long, drawn in SVG (the page's policy allows no inline styles).
fn bar(length: u32) -> Html {
    html! {
        <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-track" x="0" y="0" width="100" height="6" />
            <rect class="bar-fill" x="0" y="0" width={length.to_string()} height="6" />
        </svg>
    }
}

/// The evidence card of document `d`: compact in the list, or `full` (open) with what each measure
/// counts, the named speakers and a way to close it.
fn card(corpus: &CorpusRef, d: usize, max: &[f64], links: &Links, full: bool) -> Html {
    let p = &corpus.profiles[d];
    let doc = &corpus.docs[d];
    let outlet = engine::outlet::outlet(doc);
    let meta: Vec<String> = doc
        .byline
        .iter()
        .map(|b| format!("By {}", engine::outlet::author_without_outlet(b, outlet.as_ref())))
        .chain(outlet.as_ref().map(|o| format!("{} ({})", o.name, o.clue.describe())))
        .chain(doc.date.map(|date| date.long()))
        .chain(std::iter::once(format!("article {} of {}", corpus.number(d), corpus.docs.len())))
        .collect();
    let heading_id = format!("card-{}", doc.slug);
    let reader = ViewParams { docs: links.params.docs.clone(), ..ViewParams::default() };
    html! {
        <article id={full.then_some("profile-card")} class={classes!("profile-card", full.then_some("open"))} data-doc={doc.slug.clone()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="card-title">
                {crate::ui::article::number(corpus, d)}{" "}
                if full {
                    {&doc.title}
                } else {
                    <ViewLink to={Address::new(Screen::Profiles, links.card(&doc.slug))}>{&doc.title}</ViewLink>
                }
            </h3>
            <p class="card-meta">{meta.join(" · ")}</p>
            <p class="card-headline">{headline(p)}</p>
            <dl class="card-measures">
                { for Measure::ALL.iter().enumerate().map(|(k, &m)| html! {
                    <div class="measure" data-key={m.key()}>
                        <dt>{m.label()}</dt>
                        <dd>
                            { links.number(corpus, d, m) }
                            { bar(bar_length(m.value(p), max[k])) }
                            if full {
                                <span class="explain">{m.explanation()}</span>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
            if full {
                if !p.speakers.is_empty() {
                    <p class="card-speakers">
                        {"Quoted by name: "}
                        { for p.speakers.iter().enumerate().map(|(k, s)| {
                            let name = corpus.quotes.speakers.get(s.speaker as usize).map(|x| x.canonical.clone()).unwrap_or_default();
                            let query = ViewParams { docs: doc.slug.clone(), speaker: name.clone(), ..ViewParams::default() };
                            html! {
                                <>
                                    if k > 0 { {", "} }
                                    <ViewLink to={Address::new(Screen::Quotes, query)}>{format!("{name} ({})", s.quotes.len())}</ViewLink>
                                </>
                            }
                        }) }
                    </p>
                }
                <p class="card-actions">
                    <ViewLink to={Address::new(Screen::Article { slug: doc.slug.clone() }, reader)}>{"Read the article"}</ViewLink>
                    {" · "}
                    <ViewLink to={Address::new(Screen::Profiles, links.base())} classes="close-card">{"Close the card"}</ViewLink>
                </p>
            }
        </article>
    }
}
