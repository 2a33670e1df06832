//! Compare: two articles side by side, the passages they share marked in the same colour in both
//! columns and linked, and the quotations both report, word by word.

use engine::compare::shared_words;
use engine::listing::{plural, short_title};
use engine::search::{segments, Hit};
use engine::Span;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::route::ViewParams;
use crate::ui::highlight::marked_hits;
use crate::ui::print::{Citations, PrintButton};
use crate::ui::props::ViewProps;

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
            <div class="view-head"><h2 id="compare-heading" class="view-heading">{"Compare two articles"}</h2><PrintButton /></div>
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
            <Citations corpus={corpus.clone()} docs={vec![a, b]} />
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
