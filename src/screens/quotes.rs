//! The Quotes view (every quotation with speaker, cue, kind and article; filters; export) and the
//! "who is quoted where" grid.

use std::rc::Rc;

use engine::listing::{plural, short_title};
use engine::quotebook::QuoteRecord;
use engine::search::Hit;
use serde::Serialize;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::notebook::{Item, Notebook};
use crate::pause::use_deferred;
use crate::route::{Address, Screen, ViewLink, ViewParams};
use crate::ui::corrections::{quotation_choices, use_speaker_names, MarkWrong};
use crate::ui::download::download;
use crate::ui::highlight::marked_hits;
use crate::ui::notebook::{use_notebook, StorageNote};
use crate::ui::paging::{use_drawn, use_paging, PtrKey};
use crate::ui::print::{docs_of_quotes, Citations};

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    /// For each quotation of the corpus, its search hits when it matches the query.
    pub matched: Rc<Vec<Option<Vec<Hit>>>>,
    pub on_params: Callback<ViewParams>,
}

/// How many quotations the list shows at first, and how many more each "Show more" adds. The
/// seeds' 71 fit in one; at 500 articles (3,425 quotations) drawing every one took a second and
/// more on opening the view and on every key typed.
pub const QUOTES_PAGE: usize = 100;

#[derive(Properties, PartialEq)]
struct SpeakerOptionsProps {
    /// Each speaker listed: its name and its quotations.
    speakers: Rc<Vec<(String, usize)>>,
    selected: Option<String>,
}

/// Above this many speakers in the collection, the speaker choice follows typing once it pauses.
const DEFER_SPEAKERS_ABOVE: usize = 200;

/// How many speakers' options one render draws at most (`use_drawn`).
const SPEAKERS_AT_ONCE: usize = 500;

/// The speaker filter's options, most quoted first. A thousand articles have four thousand
/// speakers: they are drawn a batch a task, from the start down to the one selected at once.
#[function_component(SpeakerOptions)]
fn speaker_options(props: &SpeakerOptionsProps) -> Html {
    let drawn = use_drawn(props.speakers.len(), SPEAKERS_AT_ONCE);
    // The one selected is drawn from the start, with those before it (in order, so that the
    // next batch adds options after the last drawn instead of writing over them).
    let selected = props.selected.as_deref().and_then(|name| props.speakers.iter().position(|(n, _)| n == name));
    let drawn = drawn.max(selected.map_or(0, |k| k + 1));
    let options = props.speakers[..drawn].iter().map(|(name, count)| {
        let selected = props.selected.as_deref() == Some(name.as_str());
        html! { <option value={name.clone()} {selected}>{format!("{name} ({count})")}</option> }
    });
    html! { <>{ for options }</> }
}

#[function_component(QuotesView)]
pub fn quotes_view(props: &QuotesProps) -> Html {
    let corpus = props.corpus.clone();
    let notebook = use_notebook();
    let book = &corpus.quotes;
    // Every quotation that passes the filters and the search: counted and exported; the first
    // page of them listed (and cited on paper).
    let listed = Rc::new(corpus.visible_quotes(&props.params, &props.matched, false));
    // A new search or filter starts from the first page again.
    let paging = use_paging(
        &(props.params.clone(), PtrKey(props.matched.clone())),
        QUOTES_PAGE,
        listed.len(),
        "ol#quotes",
        ".quote-text",
    );
    let n_shown = paging.shown;

    // Speakers with their counts under every filter but the speaker one, made again only when
    // those change (the list of a few thousand speakers is compared by address when it is the
    // same).
    let speakers_counted = use_memo(
        (corpus.clone(), ViewParams { speaker: String::new(), ..props.params.clone() }, PtrKey(props.matched.clone())),
        |(corpus, params, PtrKey(matched))| speaker_counts(corpus, params, matched),
    );
    let SpeakerCounts { quotations: in_context, unattributed, listed: ref speaker_list } = *speakers_counted;
    let selected_speaker = book.speaker_by_name(&props.params.speaker).map(|s| book.speakers[s].canonical.clone());
    // With thousands of speakers, their counts follow the typing once it pauses, as the filter's
    // do: rewriting four thousand options was a long task on every key.
    let speakers_listed = use_deferred(speaker_list.clone(), book.speakers.len() > DEFER_SPEAKERS_ABOVE);
    let speakers = use_speaker_names(corpus.clone());

    let on_speaker = select_callback(&props.on_params, &props.params, |p, v| ViewParams { speaker: v, ..p });
    let on_kind = select_callback(&props.on_params, &props.params, |p, v| ViewParams { kind: v, ..p });
    // The attributions found less surely, to check first; how many there are under the other
    // filters.
    let to_check =
        corpus.visible_quotes(&ViewParams { check: true, ..props.params.clone() }, &props.matched, false).len();
    let on_check = {
        let (on_params, params) = (props.on_params.clone(), props.params.for_search());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            on_params.emit(ViewParams { check: on, ..params.clone() });
        })
    };

    // The whole list is exported, not only the quotations on screen; its rows are made on the click.
    let export = |format: &'static str| {
        let (corpus, listed, notebook) = (corpus.clone(), listed.clone(), notebook.notebook.clone());
        Callback::from(move |_: MouseEvent| {
            let rows: Vec<QuoteRow> = listed.iter().map(|&i| QuoteRow::of(&corpus, i, &notebook)).collect();
            let (body, mime) = match format {
                "csv" => (to_csv(&rows), "text/csv"),
                _ => (serde_json::to_string_pretty(&*rows).unwrap_or_default(), "application/json"),
            };
            download(&format!("crosscheck-quotes.{format}"), &body, mime);
        })
    };

    html! {
        <section class="quotes-view" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading" class="view-heading">{"Quotations"}</h2>
            <StorageNote />
            <div class="quote-filters">
                <label>{"Speaker "}
                    <select id="speaker-filter" onchange={on_speaker}>
                        <option value="" selected={props.params.speaker.is_empty()}>{format!("All speakers ({})", plural(in_context, "quotation"))}</option>
                        <SpeakerOptions speakers={speakers_listed} selected={selected_speaker.clone()} />
                        <option value="-" selected={props.params.speaker == "-"}>{format!("No speaker found ({unattributed})")}</option>
                    </select>
                </label>
                <label>{"Kind "}
                    <select id="kind-filter" onchange={on_kind}>
                        { for [("", "All kinds"), ("full", "Full quotations"), ("partial", "Partial quotations"), ("term", "Terms and scare quotes")].iter().map(|(v, label)| html! {
                            <option value={*v} selected={props.params.kind == *v}>{*label}</option>
                        }) }
                    </select>
                </label>
                <label class="check-filter">
                    <input id="check-filter" type="checkbox" checked={props.params.check} onchange={on_check} />
                    {format!(" Only the attributions to check ({to_check})")}
                </label>
                <span class="export">
                    {"Export this list: "}
                    <button id="export-csv" type="button" onclick={export("csv")}>{"CSV"}</button>
                    <button id="export-json" type="button" onclick={export("json")}>{"JSON"}</button>
                </span>
            </div>
            <p class="hint">{"Who said what was found by rules. Each speaker has a note saying how; those marked "}<span class="attribution check">{"check"}</span>{" were found less surely: read the article to see if the machine is right."}</p>
            <p class="quote-count" role="status">{paging.count("quotation")}</p>
            <ol id="quotes" class="quotes">
                { for listed[..n_shown].iter().map(|&i| quote_item(&corpus, &props.params, i, props.matched[i].as_deref().unwrap_or(&[]), &notebook.notebook, &speakers)) }
            </ol>
            { paging.buttons("quotes", "quotation") }
            // The sources of what a printout shows: the articles of the quotations listed.
            <Citations corpus={corpus.clone()} docs={docs_of_quotes(&corpus, &listed[..n_shown])} />
        </section>
    }
}

/// The speakers of the quotations that pass every filter but the speaker one, most quoted first,
/// each with how many; how many quotations that is, and how many of them have no speaker.
struct SpeakerCounts {
    quotations: usize,
    unattributed: usize,
    listed: Rc<Vec<(String, usize)>>,
}

fn speaker_counts(corpus: &CorpusRef, params: &ViewParams, matched: &[Option<Vec<Hit>>]) -> SpeakerCounts {
    let book = &corpus.quotes;
    let context = corpus.visible_quotes(params, matched, true);
    let mut counts = vec![0usize; book.speakers.len()];
    let mut unattributed = 0;
    for &i in &context {
        match book.quotes[i].speaker {
            Some(s) => counts[s as usize] += 1,
            None => unattributed += 1,
        }
    }
    let mut order: Vec<usize> = (0..book.speakers.len()).filter(|&s| counts[s] > 0).collect();
    order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(book.speakers[a].canonical.cmp(&book.speakers[b].canonical)));
    let listed = order.iter().map(|&s| (book.speakers[s].canonical.clone(), counts[s])).collect();
    SpeakerCounts { quotations: context.len(), unattributed, listed: Rc::new(listed) }
}

fn select_callback(
    on_params: &Callback<ViewParams>,
    params: &ViewParams,
    set: fn(ViewParams, String) -> ViewParams,
) -> Callback<Event> {
    let (on_params, params) = (on_params.clone(), params.for_search());
    Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        on_params.emit(set(params.clone(), value));
    })
}

fn quote_item(
    corpus: &CorpusRef,
    params: &ViewParams,
    i: usize,
    hits: &[Hit],
    notebook: &Notebook,
    speakers: &Rc<Vec<String>>,
) -> Html {
    let q = &corpus.quotes.quotes[i];
    let item = Item::quotation(corpus, i);
    let corrected = notebook.correction(&item).is_some();
    let d = &corpus.docs[q.doc as usize];
    // Hits are in block coordinates; the list shows the quotation's own text.
    let spans: Vec<engine::Span> = q.hits_to_text_spans(d, hits);
    let speaker = corpus.quotes.speaker_name(i);
    let shown = corpus.speaker_shown(i);
    let (open, close) = corpus.quote_marks(i);
    let note = corpus.attribution_note(i);
    let speaker_params = ViewParams { speaker: speaker.unwrap_or("-").to_owned(), ..params.for_search() };
    // Keyed by quotation: as a search narrows, the quotations that stay keep their elements
    // instead of every item being rewritten with its neighbour's words.
    html! {
        <li key={i} class={classes!("quote-item", format!("kind-{}", q.kind.as_str()), corrected.then_some("corrected"), note.as_ref().is_some_and(|n| n.check).then_some("to-check"))}
            data-quote={i.to_string()} data-doc={d.slug.clone()} data-basis={q.basis.as_str()}>
            <blockquote>
                <ViewLink to={Address::new(Screen::Article { slug: d.slug.clone() }, params.at_quote(corpus.quote_ref(i)))} classes="quote-text">
                    {open}{ marked_hits(&q.text, &spans) }{close}
                </ViewLink>
            </blockquote>
            <p class="quote-meta">
                <ViewLink to={Address::new(Screen::Quotes, speaker_params)} classes="speaker">
                    {shown.clone().unwrap_or_else(|| "no speaker found".to_owned())}
                </ViewLink>
                if let Some(note) = note {
                    {" "}
                    <span class={classes!("attribution", note.check.then_some("check"))} role="note" tabindex="0"
                        aria-label={format!("{}{}: {}", note.label, if note.check { ", to check" } else { "" }, note.explanation)}>
                        {note.label}{if note.check { " · check" } else { "" }}
                        <span class="tip" role="tooltip">{note.explanation.clone()}</span>
                    </span>
                }
                if let Some(cue) = &q.cue { {" · "}<span class="cue-verb">{cue}</span> }
                {" · "}<span class="kind">{kind_label(q)}</span>
                {" · "}<span class="quote-article">{&d.title}</span>
            </p>
            <MarkWrong {item} choices={quotation_choices(corpus, i, speakers)} id_base={format!("quote-{i}")} what={format!("“{}”", short_title(&q.text))} />
        </li>
    }
}

fn kind_label(q: &QuoteRecord) -> &'static str {
    match q.kind {
        engine::quotes::QuoteKind::Full => "full quotation",
        engine::quotes::QuoteKind::Partial => "partial quotation",
        engine::quotes::QuoteKind::Term => "term or scare quote",
    }
}

/// One exported row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    pub article: String,
    pub file: String,
    /// Offsets of the quoted words in the file, in Unicode characters.
    pub start: u32,
    pub end: u32,
    pub quote: String,
    pub kind: &'static str,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub inferred: bool,
    /// How the speaker was found (`named`, `resolved`, `carried`, `described`, `carried over`,
    /// `guessed`), and whether it is one to check.
    pub basis: &'static str,
    pub check: bool,
    /// The student's correction, when they made one: what is wrong (`Problem::key`), what is
    /// right and their comment.
    pub correction: Option<&'static str>,
    pub corrected: Option<String>,
    pub correction_comment: Option<String>,
}

impl QuoteRow {
    pub fn of(corpus: &engine::Corpus, i: usize, notebook: &Notebook) -> QuoteRow {
        let q = &corpus.quotes.quotes[i];
        let d = &corpus.docs[q.doc as usize];
        let correction = notebook.correction(&Item::quotation(corpus, i));
        QuoteRow {
            article: corpus.label(q.doc as usize),
            file: d.file_name.clone(),
            start: q.chars.start,
            end: q.chars.end,
            quote: q.text.clone(),
            kind: q.kind.as_str(),
            speaker: corpus.quotes.speaker_name(i).map(str::to_owned),
            cue: q.cue.clone(),
            inferred: q.inferred,
            basis: q.basis.as_str(),
            check: q.uncertain(),
            correction: correction.map(|c| c.problem.key()),
            corrected: correction.map(|c| c.right.clone()).filter(|r| !r.is_empty()),
            correction_comment: correction.map(|c| c.comment.clone()).filter(|r| !r.is_empty()),
        }
    }
}

/// The rows as a CSV file a spreadsheet opens cleanly (`engine::export`).
pub fn to_csv(rows: &[QuoteRow]) -> String {
    let header = [
        "article",
        "file",
        "start",
        "end",
        "quote",
        "kind",
        "speaker",
        "cue",
        "inferred",
        "basis",
        "check",
        "correction",
        "corrected",
        "correction_comment",
    ];
    engine::export::csv(
        &header,
        rows.iter().map(|r| {
            vec![
                r.article.clone(),
                r.file.clone(),
                r.start.to_string(),
                r.end.to_string(),
                r.quote.clone(),
                r.kind.to_owned(),
                r.speaker.clone().unwrap_or_default(),
                r.cue.clone().unwrap_or_default(),
                r.inferred.to_string(),
                r.basis.to_owned(),
                r.check.to_string(),
                r.correction.unwrap_or("").to_owned(),
                r.corrected.clone().unwrap_or_default(),
                r.correction_comment.clone().unwrap_or_default(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_every_field_and_doubles_quotation_marks() {
        let row = QuoteRow {
            article: "A, B".into(),
            file: "a.txt".into(),
            start: 3,
            end: 9,
            quote: "He said \"no\"".into(),
            kind: "full",
            speaker: None,
            cue: Some("said".into()),
            inferred: false,
            basis: "named",
            check: false,
            correction: Some("wrong_speaker"),
            corrected: Some("Jo \"J\" Doe".into()),
            correction_comment: None,
        };
        let csv = to_csv(&[row]);
        assert!(csv.starts_with('\u{feff}'), "a spreadsheet reads it as UTF-8");
        assert_eq!(csv.lines().nth(1), Some("\"A, B\",\"a.txt\",\"3\",\"9\",\"He said \"\"no\"\"\",\"full\",\"\",\"said\",\"false\",\"named\",\"false\",\"wrong_speaker\",\"Jo \"\"J\"\" Doe\",\"\""));
    }

    #[test]
    fn export_rows_carry_character_offsets_into_the_file() {
        let c = crate::corpus::test_corpus();
        let i = crate::corpus::test_quote(c, "great pressure");
        let row = QuoteRow::of(c, i, &Notebook::default());
        let file = std::fs::read_to_string(format!("{}/seeds/{}", env!("CARGO_MANIFEST_DIR"), row.file)).unwrap();
        let chars: Vec<char> = file.chars().collect();
        let text: String = chars[row.start as usize..row.end as usize].iter().collect();
        assert_eq!(text, "great pressure");
        assert_eq!((row.correction, row.corrected), (None, None));
    }

    #[test]
    fn export_rows_carry_the_students_correction() {
        let c = crate::corpus::test_corpus();
        let i = crate::corpus::test_quote(c, "great pressure");
        let mut notebook = Notebook::default();
        notebook.apply(crate::notebook::Change::Correct(crate::notebook::Correction {
            item: Item::quotation(c, i),
            problem: crate::notebook::Problem::WrongSpeaker,
            original: "someone".into(),
            right: "Donald Trump".into(),
            comment: "see the paragraph before".into(),
        }));
        let row = QuoteRow::of(c, i, &notebook);
        assert_eq!(row.correction, Some("wrong_speaker"));
        assert_eq!(row.corrected.as_deref(), Some("Donald Trump"));
        assert_eq!(row.correction_comment.as_deref(), Some("see the paragraph before"));
        assert_eq!(QuoteRow::of(c, i + 1, &notebook).correction, None, "other quotations are not corrected");
    }
}
