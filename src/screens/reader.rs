//! The reader: one article, every hit of the search highlighted, next and previous hit.

use std::rc::Rc;

use engine::ingest::{BlockKind, Boilerplate};
use engine::listing::plural;
use engine::search::Hit;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::corpus::CorpusRef;
use crate::evidence::{capitalised, passages, phrase};
use crate::notebook::Item;
use crate::route::{go, Address, Screen, ViewLink, ViewParams};
use crate::ui::corrections::{quotation_choices, use_speaker_names, MarkWrong};
use crate::ui::highlight::{marked, Layers, Numbered};
use crate::ui::print::{Citations, PrintButton};

/// How many other articles "Also in" names.
const ALSO_IN_SHOWN: usize = 10;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub corpus: CorpusRef,
    pub doc: usize,
    /// The search's hits in this document, sorted.
    pub hits: Rc<Vec<Hit>>,
    pub params: ViewParams,
    /// Selects hit n, counted from 1.
    pub on_select_hit: Callback<usize>,
    /// The search's hits in every article (ignoring the article filter), for "also in".
    pub counts: Rc<Vec<usize>>,
    /// Searches for a phrase (what the reader selected) in every article.
    pub on_search: Callback<String>,
}

#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let corpus = props.corpus.clone();
    let speakers = use_speaker_names(corpus.clone());
    let d = &corpus.docs[props.doc];
    let params = &props.params;
    let n_hits = props.hits.len();
    let searching = !params.q.trim().is_empty();
    // The selected quotation, when it is in this article.
    let quote = corpus
        .selected_quote(params)
        .map(|q| (q, &corpus.quotes.quotes[q]))
        .filter(|(_, r)| r.doc as usize == props.doc);

    // The same quotation as other articles report it (its variant group).
    let variants: Vec<(usize, usize)> = quote
        .map(|(qi, _)| {
            corpus
                .variants
                .iter()
                .filter(|g| g.members.iter().any(|m| m.quote as usize == qi))
                .flat_map(|g| g.members.iter())
                .filter(|m| m.doc as usize != props.doc)
                .map(|m| (m.quote as usize, m.doc as usize))
                .collect()
        })
        .unwrap_or_default();
    // The selected name's mentions in this article, one item each.
    let entity = corpus.selected_entity(params).map(|e| (e, &corpus.entities[e]));
    let mentions: Vec<Vec<engine::search::Hit>> = entity
        .map(|(_, x)| {
            x.mentions
                .iter()
                .filter(|m| m.doc as usize == props.doc)
                .map(|m| d.locate(m.source))
                .filter(|h| !h.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let evidence = ReaderEvidence::new(&corpus, props.doc, params);

    // What the bar steps through: the search's hits, else a profile number's passages, else the
    // selected name's mentions; a selected quotation is one item.
    let focus = if searching {
        Focus::Hits { n: n_hits, current: params.hit.map(|h| h.clamp(1, n_hits.max(1))).filter(|_| n_hits > 0) }
    } else if let Some(e) = &evidence {
        Focus::Passages { n: e.passages, current: e.current, what: capitalised(&e.phrase) }
    } else if let Some((_, x)) = entity {
        let n = mentions.len();
        Focus::Mentions { n, current: (n > 0).then(|| params.hit.unwrap_or(1).clamp(1, n)), name: x.name.clone() }
    } else if let Some((qi, _)) = quote {
        Focus::Quote { speaker: corpus.speaker_shown(qi).unwrap_or_else(|| "no speaker found".to_owned()) }
    } else {
        Focus::Nothing
    };
    let current_hit = match focus {
        Focus::Hits { current, .. } => current,
        _ => None,
    };
    let current_mention = match focus {
        Focus::Mentions { current, .. } => current,
        _ => None,
    };

    // Bring the current hit (or else the selected quotation, or the current mention) into view
    // when it changes.
    use_effect_with(
        (props.doc, current_hit, quote.map(|(q, _)| q), entity.map(|(e, _)| e), current_mention, params.q.clone()),
        |(_, current, quote, _, mention, _)| {
            let id = match (current, quote, mention) {
                (Some(n), _, _) => Some(format!("hit-{n}")),
                (None, Some(_), _) => Some("quote-sel".to_owned()),
                (None, None, Some(_)) => Some("entity-sel".to_owned()),
                _ => None,
            };
            if let Some(el) = id.and_then(|id| gloo::utils::document().get_element_by_id(&id)) {
                scroll_to_middle(&el);
            }
        },
    );
    {
        let at = evidence.as_ref().and_then(|e| e.current);
        use_effect_with((props.doc, params.ev.clone(), at), |(_, _, at)| {
            if let Some(el) = at.and_then(|n| gloo::utils::document().get_element_by_id(&format!("ev-{n}"))) {
                scroll_to_middle(&el);
            }
        });
    }
    let navigator = use_navigator();
    let evidence_step = |delta: isize| {
        let (navigator, params, slug) = (navigator.clone(), params.clone(), d.slug.clone());
        let (n, at) = evidence.as_ref().map_or((0, 0), |e| (e.passages as isize, e.current.unwrap_or(0) as isize));
        Callback::from(move |_: MouseEvent| {
            if let (Some(nav), true) = (&navigator, n > 0) {
                let next = (at - 1 + delta).rem_euclid(n) + 1;
                go(
                    nav,
                    &Address::new(
                        Screen::Article { slug: slug.clone() },
                        ViewParams { evn: Some(next as usize), ..params.clone() },
                    ),
                    true,
                );
            }
        })
    };
    // The bar's Previous and Next (and the keys n and p): through whatever it steps.
    let step = |delta: isize| -> Callback<MouseEvent> {
        match &focus {
            Focus::Passages { .. } => evidence_step(delta),
            Focus::Hits { n, current } | Focus::Mentions { n, current, .. } => {
                let on_select_hit = props.on_select_hit.clone();
                let (n, at) = (*n as isize, current.unwrap_or(0) as isize);
                Callback::from(move |_: MouseEvent| {
                    if n > 0 {
                        let next = if at == 0 && delta < 0 { n } else { (at - 1 + delta).rem_euclid(n) + 1 };
                        on_select_hit.emit(next as usize);
                    }
                })
            }
            Focus::Quote { .. } | Focus::Nothing => Callback::noop(),
        }
    };

    let mut selection_by_block: Vec<Vec<Numbered>> = vec![Vec::new(); d.blocks.len()];
    let mut cue_by_block: Vec<Vec<engine::Span>> = vec![Vec::new(); d.blocks.len()];
    let mut focus_class = "quote";
    let mut selection_current = None;
    if let Some((_, r)) = quote {
        selection_current = Some(1);
        for (j, h) in r.pieces(d).into_iter().enumerate() {
            selection_by_block[h.block].push(Numbered { span: h.span, passage: 1, first: j == 0 });
        }
        for h in r.cue_pieces(d) {
            cue_by_block[h.block].push(h.span);
        }
    } else if !mentions.is_empty() {
        focus_class = "entity";
        selection_current = current_mention;
        for (k, pieces) in mentions.iter().enumerate() {
            for (j, h) in pieces.iter().enumerate() {
                let here = &mut selection_by_block[h.block];
                // Mentions never overlap one another; a repeat of the same place is dropped.
                if !here.iter().any(|p| p.span.start < h.span.end && h.span.start < p.span.end) {
                    here.push(Numbered { span: h.span, passage: k + 1, first: j == 0 });
                }
            }
        }
        for b in &mut selection_by_block {
            b.sort_by_key(|p| p.span.start);
        }
    }

    // Hits per block, with the number of the block's first hit.
    let mut by_block: Vec<(usize, Vec<engine::Span>)> = vec![(0, Vec::new()); d.blocks.len()];
    for (k, h) in props.hits.iter().enumerate() {
        let entry = &mut by_block[h.block];
        if entry.1.is_empty() {
            entry.0 = k + 1;
        }
        entry.1.push(h.span);
    }
    let render_block = |i: usize| -> Html {
        let b = &d.blocks[i];
        let (first, spans) = &by_block[i];
        let text = marked(
            &b.text,
            Layers {
                hits: spans,
                first_hit: Some(*first),
                current: current_hit,
                selection: &selection_by_block[i],
                selection_current,
                focus_class,
                cue: &cue_by_block[i],
                evidence: evidence.as_ref().map_or(&[][..], |e| &e.by_block[i]),
                evidence_current: evidence.as_ref().and_then(|e| e.current),
            },
        );
        match b.kind {
            BlockKind::Title => html! { <h2 class="reader-title block">{text}</h2> },
            BlockKind::Heading => html! { <h3 class="block heading">{text}</h3> },
            BlockKind::Byline => html! { <p class="block byline">{text}</p> },
            BlockKind::Bullet => html! { <p class="block bullet">{text}</p> },
            BlockKind::Paragraph => html! { <p class="block">{text}</p> },
        }
    };

    // Runs of boilerplate go into one collapsible group each.
    let mut body: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < d.blocks.len() {
        match d.blocks[i].boilerplate {
            None => {
                body.push(render_block(i));
                i += 1;
            }
            Some(kind) => {
                let j = i + d.blocks[i..].iter().take_while(|b| b.boilerplate.is_some()).count();
                let has_hits = (i..j).any(|k| {
                    !by_block[k].1.is_empty()
                        || !selection_by_block[k].is_empty()
                        || evidence.as_ref().is_some_and(|e| !e.by_block[k].is_empty())
                });
                let kinds: Vec<Boilerplate> = d.blocks[i..j].iter().filter_map(|b| b.boilerplate).collect();
                let label =
                    if kinds.iter().all(|&k| k == kind) { kind.label().to_owned() } else { "boilerplate".to_owned() };
                let words: usize = d.blocks[i..j].iter().map(|b| engine::normalize::count_words(&b.text)).sum();
                body.push(html! {
                    <details class="boilerplate" open={has_hits}>
                        <summary>{format!("{label}: {} · {}", plural(j - i, "line"), plural(words, "word"))}</summary>
                        { for (i..j).map(render_block) }
                    </details>
                });
                i = j;
            }
        }
    }

    // A phrase selected in the text can be looked up in every article: a small popover at the
    // selection offers it.
    let selection = use_state(|| None::<Selected>);
    let reader_ref = use_node_ref();
    let on_select_text = {
        let (selection, reader_ref) = (selection.clone(), reader_ref.clone());
        Callback::from(move |_: ()| selection.set(selected_phrase(&reader_ref)))
    };
    let find_selection = {
        let (selection, on_search) = (selection.clone(), props.on_search.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = (*selection).clone() {
                on_search.emit(format!("\"{}\"", s.text));
                selection.set(None);
            }
        })
    };
    let close_selection = {
        let selection = selection.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                selection.set(None);
            }
        })
    };
    let popover_ref = use_node_ref();
    {
        let popover_ref = popover_ref.clone();
        use_effect_with((*selection).clone(), move |s| {
            if let (Some(s), Some(el)) = (s, popover_ref.cast::<web_sys::HtmlElement>()) {
                let style = el.style();
                let _ = style.set_property("top", &format!("{}px", s.top));
                let _ = style.set_property("left", &format!("{}px", s.left));
            }
        });
    }
    // The other articles with hits, most first (in collection order among equals), as many as a
    // reader takes in; the rest are counted, with the way to the whole list. (A first letter
    // typed at 500 articles matched nearly all of them: 499 links redrawn on every key.)
    let mut elsewhere: Vec<(usize, usize)> =
        props.counts.iter().enumerate().filter(|&(k, &n)| k != props.doc && n > 0).map(|(k, &n)| (k, n)).collect();
    elsewhere.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    let not_named = elsewhere.len().saturating_sub(ALSO_IN_SHOWN);
    elsewhere.truncate(ALSO_IN_SHOWN);

    let counts = corpus.word_counts(props.doc);
    let meta: Vec<String> = d
        .byline
        .iter()
        .map(|b| format!("By {b}"))
        .chain(d.date.map(|date| date.long()))
        .chain(std::iter::once(format!("article {} of {}", corpus.number(props.doc), corpus.docs.len())))
        .chain(std::iter::once(format!("{} words of article text, {} of boilerplate", counts.body, counts.boilerplate)))
        .collect();
    let (back_to, back_label) = back_link(params, &d.slug);
    let (status, steps) = focus.status();

    html! {
        <article id="reader" ref={reader_ref} data-doc={d.slug.clone()} aria-label={d.title.clone()}
            onmouseup={{ let f = on_select_text.clone(); Callback::from(move |_: MouseEvent| f.emit(())) }}
            onkeyup={{ let f = on_select_text.clone(); Callback::from(move |e: KeyboardEvent| if e.key() != "Escape" { f.emit(()) }) }}>
            <nav class="reader-nav" aria-label="Article navigation">
                <ViewLink to={back_to} classes="back">{back_label}</ViewLink>
                <div class="hit-nav" role="group" aria-label="What is highlighted">
                    <button id="prev-hit" type="button" disabled={!steps} onclick={step(-1)}
                        aria-keyshortcuts="p" title="Previous (p)">{"↑ Previous"}</button>
                    <span id="hit-status" aria-live="polite">{status}</span>
                    <button id="next-hit" type="button" disabled={!steps} onclick={step(1)}
                        aria-keyshortcuts="n" title="Next (n)">{"Next ↓"}</button>
                </div>
                <PrintButton />
            </nav>
            if let Some(s) = (*selection).clone() {
                <div class="selection-pop" ref={popover_ref} role="group" aria-label="The words you selected" onkeydown={close_selection}>
                    <button id="find-selection" type="button" onclick={find_selection}>
                        {format!("Highlight “{}” in every article", s.text)}
                    </button>
                </div>
            }
            <p class="reader-meta">{meta.join(" · ")}</p>
            if let Some((_, x)) = entity {
                <p class="quote-banner entity-banner">
                    {"Highlighted: "}<strong>{&x.name}</strong>
                    {format!(" · {} here", plural(mentions.len(), "mention"))}
                    {" · "}
                    <ViewLink to={Address::new(Screen::Names, params.for_search().at_entity(&x.name))}>
                        {"every article that names them"}
                    </ViewLink>
                </p>
            }
            if searching {
                <nav id="also-in" class="also-in" aria-label="This search in other articles">
                    if elsewhere.is_empty() {
                        {"Not found in any other article."}
                    } else {
                        {"Also in: "}
                        { for elsewhere.iter().map(|&(k, n)| html! {
                            <ViewLink to={Address::new(Screen::Article { slug: corpus.docs[k].slug.clone() }, params.at_hit(1))} classes="also-doc">
                                {format!("{} ({})", corpus.docs[k].title, n)}
                            </ViewLink>
                        }) }
                        if not_named > 0 {
                            <ViewLink to={Address::new(Screen::Search, params.for_search())} classes="also-more">
                                {format!("and {not_named} more {}: all results", if not_named == 1 { "article" } else { "articles" })}
                            </ViewLink>
                        }
                    }
                </nav>
            }
            if let Some((qi, r)) = quote {
                <p class="quote-banner">
                    {"Quotation highlighted: "}
                    <strong>{corpus.speaker_shown(qi).unwrap_or_else(|| "no speaker found".to_owned())}</strong>
                    { r.cue.as_ref().map(|c| format!(" · cue “{c}”")).unwrap_or_default() }
                    if let Some(note) = corpus.attribution_note(qi) {
                        {" · "}
                        <span class={classes!("attribution", note.check.then_some("check"))}>{note.label}{if note.check { " · check" } else { "" }}</span>
                        {" "}<span class="explain">{note.explanation}</span>
                    }
                    {" · "}
                    <ViewLink to={Address::new(Screen::Quotes, params.for_search())}>{"All quotations"}</ViewLink>
                    if !variants.is_empty() {
                        <span id="quote-elsewhere">
                            {" · Also reported in: "}
                            { for variants.iter().map(|&(vi, di)| html! {
                                <ViewLink to={Address::new(Screen::Article { slug: corpus.docs[di].slug.clone() }, params.at_quote(corpus.quote_ref(vi)))} classes="also-doc">
                                    {format!("{} (“{}”)", corpus.docs[di].title, short_quote(&corpus.quotes.quotes[vi].text))}
                                </ViewLink>
                            }) }
                        </span>
                    }
                </p>
                <MarkWrong item={Item::quotation(&corpus, qi)} id_base="reader-quote" what="the highlighted quotation"
                    choices={quotation_choices(&corpus, qi, &speakers)} />
            }
            if let Some(e) = &evidence {
                { e.banner(&d.slug, params, evidence_step(-1), evidence_step(1)) }
            }
            { for body }
            <Citations corpus={corpus.clone()} docs={vec![props.doc]} />
        </article>
    }
}

/// What the reader's bar steps through, and says is highlighted.
enum Focus {
    /// The search's hits.
    Hits {
        n: usize,
        current: Option<usize>,
    },
    /// The passages behind a profile number (`what` says what they are).
    Passages {
        n: usize,
        current: Option<usize>,
        what: String,
    },
    /// The selected name's mentions.
    Mentions {
        n: usize,
        current: Option<usize>,
        name: String,
    },
    /// A selected quotation.
    Quote {
        speaker: String,
    },
    Nothing,
}

impl Focus {
    /// The bar's line, and whether Previous and Next have anything to step through.
    fn status(&self) -> (String, bool) {
        match self {
            Focus::Hits { n: 0, .. } => ("No hits for this search in this article.".to_owned(), false),
            Focus::Hits { n, current } => (format!("Hit {} of {n}", current.unwrap_or(1)), true),
            Focus::Passages { n: 0, what, .. } => (format!("{what}: nothing to highlight"), false),
            Focus::Passages { n, current, what } => (format!("{what}: passage {} of {n}", current.unwrap_or(1)), true),
            Focus::Mentions { n: 0, name, .. } => (format!("{name}: not named in this article"), false),
            Focus::Mentions { n, current, name } => (format!("{name}: mention {} of {n}", current.unwrap_or(1)), true),
            Focus::Quote { speaker } => (format!("Quotation by {speaker} highlighted"), false),
            Focus::Nothing => ("Type in the search box, or select words, to highlight them.".to_owned(), false),
        }
    }
}

/// Where "back" goes from the reader: to the view the highlight came from (the quotations, the
/// profiles, the names), else to the search's results.
fn back_link(params: &ViewParams, slug: &str) -> (Address, &'static str) {
    if !params.ev.is_empty() {
        let profiles = ViewParams {
            docs: params.docs.clone(),
            sort: params.sort.clone(),
            article: slug.to_owned(),
            ..ViewParams::default()
        };
        (Address::new(Screen::Profiles, profiles), "← Profiles")
    } else if params.quote.is_some() {
        (Address::new(Screen::Quotes, params.for_search()), "← Quotations")
    } else if !params.ent.is_empty() {
        (Address::new(Screen::Names, params.for_search().at_entity(&params.ent)), "← Names")
    } else {
        (Address::new(Screen::Search, params.for_search()), "← All results")
    }
}

/// Scrolls so that `el` is in the middle of the screen (under the sticky bars).
fn scroll_to_middle(el: &web_sys::Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// The passages behind a sourcing-profile number (the URL's `ev`), as the reader highlights them.
struct ReaderEvidence {
    measure: engine::profile::Measure,
    /// What the number says ("3 unnamed sources").
    phrase: String,
    passages: usize,
    /// The current passage, from 1.
    current: Option<usize>,
    by_block: Vec<Vec<Numbered>>,
}

impl ReaderEvidence {
    fn new(corpus: &CorpusRef, doc: usize, params: &ViewParams) -> Option<ReaderEvidence> {
        let measure = engine::profile::Measure::from_key(&params.ev)?;
        let profile = corpus.profiles.get(doc)?;
        let found = passages(corpus, doc, measure);
        let mut by_block: Vec<Vec<Numbered>> = vec![Vec::new(); corpus.docs[doc].blocks.len()];
        for (k, pieces) in found.iter().enumerate() {
            for (j, h) in pieces.iter().enumerate() {
                if let Some(b) = by_block.get_mut(h.block) {
                    b.push(Numbered { span: h.span, passage: k + 1, first: j == 0 });
                }
            }
        }
        for b in &mut by_block {
            b.sort_by_key(|e| (e.span.start, e.span.end));
        }
        let n = found.len();
        Some(ReaderEvidence {
            measure,
            phrase: phrase(measure, profile),
            passages: n,
            current: (n > 0).then(|| params.evn.unwrap_or(1).clamp(1, n)),
            by_block,
        })
    }

    /// The line that says what is highlighted, the way back to the profiles and the stepper.
    fn banner(&self, slug: &str, params: &ViewParams, prev: Callback<MouseEvent>, next: Callback<MouseEvent>) -> Html {
        use engine::profile::Measure;
        let what = match self.measure {
            Measure::BodyWords => {
                format!("{} in this article: its {} blocks of text are highlighted", self.phrase, self.passages)
            }
            Measure::BoilerplateShare => {
                format!("{}: its {} blocks are highlighted and unfolded", capitalised(&self.phrase), self.passages)
            }
            Measure::QuotesPerThousandWords => format!(
                "{}: the {} are highlighted",
                capitalised(&self.phrase),
                crate::evidence::counted(Measure::Quotations, self.passages as u32)
            ),
            Measure::NamedSpeakers => format!(
                "{} in this article: their {} are highlighted",
                self.phrase,
                crate::evidence::counted(Measure::Quotations, self.passages as u32)
            ),
            _ => format!("{} in this article", self.phrase),
        };
        let back = ViewParams {
            docs: params.docs.clone(),
            sort: params.sort.clone(),
            article: slug.to_owned(),
            ..ViewParams::default()
        };
        let status = match self.current {
            Some(n) => format!("Passage {n} of {}", self.passages),
            None => "Nothing to highlight".to_owned(),
        };
        html! {
            <section id="evidence-banner" class="quote-banner evidence-banner" aria-label="Highlighted from the sourcing profile" data-key={self.measure.key()}>
                <p class="evidence-what"><strong>{capitalised(&what)}</strong>{"."}</p>
                <p class="explain">{self.measure.explanation()}{" Found by rules: check each passage."}</p>
                <div class="ev-nav" role="group" aria-label="Highlighted passages">
                    <button id="prev-ev" type="button" disabled={self.passages == 0} onclick={prev}>{"↑ Previous"}</button>
                    <span id="ev-status" aria-live="polite">{status}</span>
                    <button id="next-ev" type="button" disabled={self.passages == 0} onclick={next}>{"Next ↓"}</button>
                    <ViewLink to={Address::new(Screen::Profiles, back)} classes="back-to-profiles">{"← Back to the profiles"}</ViewLink>
                </div>
            </section>
        }
    }
}

/// Words selected in the reader, and where the popover that offers them goes (in the reader's
/// own coordinates: under the selection).
#[derive(Clone, Debug, PartialEq)]
struct Selected {
    text: String,
    top: f64,
    left: f64,
}

/// The phrase selected in the reader, when it is a plausible phrase to look up (one to twelve
/// words), with the place of its popover.
fn selected_phrase(reader: &NodeRef) -> Option<Selected> {
    let selection = gloo::utils::window().get_selection().ok().flatten()?;
    let text = selection.to_string().as_string()?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let n = engine::normalize::count_words(&text);
    if !(1..=12).contains(&n) || selection.range_count() == 0 {
        return None;
    }
    let rect = selection.get_range_at(0).ok()?.get_bounding_client_rect();
    let reader = reader.cast::<web_sys::Element>()?.get_bounding_client_rect();
    let width = reader.width();
    Some(Selected {
        text,
        top: rect.bottom() - reader.top() + 6.0,
        left: (rect.left() - reader.left()).clamp(0.0, (width - 260.0).max(0.0)),
    })
}

/// The first words of a quotation, for a link.
fn short_quote(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 8 {
        text.to_owned()
    } else {
        format!("{} …", words[..8].join(" "))
    }
}
