//! Printing: a Print button, and the lines a printout needs to be cited and reopened: each article
//! shown as "Title. Author. Outlet, date. (file name)" and the view's own address. They are in the
//! page for print only (`.print-only` in styles/views.css); the print stylesheet hides the rest of
//! the chrome.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use engine::outlet::{author_without_outlet, outlet};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::corpus::CorpusRef;

/// How article `d` is cited on paper: "4 · Title. Author. Outlet, date.", numbered as every view
/// numbers it ("6 (added) · …" for an article added in the page), with what the text does not
/// state said so ("outlet not stated").
pub fn citation(corpus: &engine::Corpus, d: usize) -> String {
    let doc = &corpus.docs[d];
    let outlet = outlet(doc);
    let title = doc.title.trim();
    let title = if title.ends_with(['.', '?', '!']) { title.to_owned() } else { format!("{title}.") };
    let author = doc.byline.as_deref().map(|b| author_without_outlet(b, outlet.as_ref())).filter(|a| !a.is_empty());
    let author = author.map_or_else(|| "Author not stated.".to_owned(), |a| format!("{}.", a.trim_end_matches('.')));
    let outlet = outlet.map_or_else(|| "Outlet not stated".to_owned(), |o| o.name);
    let date = doc.date.map_or_else(|| "date not stated".to_owned(), |d| d.long());
    format!("{} · {title} {author} {outlet}, {date}.", corpus.numbered(d))
}

#[derive(Properties, PartialEq)]
pub struct CitationsProps {
    pub corpus: CorpusRef,
    /// The articles the view shows, in the order it shows them.
    pub docs: Vec<usize>,
}

/// For print: the citation of each article shown (one line for one article, a list of sources for
/// several, each with the article's number in the collection, as the views' badges have it), and
/// the address the printout was made from, so it can be reopened.
#[function_component(Citations)]
pub fn citations(props: &CitationsProps) -> Html {
    // The location is read through the router so that the line follows every change of the view.
    let _ = use_location();
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let today = String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect::<String>();
    // Each article's citation is made once for this collection: finding an outlet reads the whole
    // text, and a list of quotations cites the articles of every quotation it holds, on every key
    // typed (at 500 articles that was most of a keystroke's time in the Quotes view).
    let made = use_memo(props.corpus.clone(), |_| RefCell::new(HashMap::<usize, Rc<str>>::new()));
    let cite =
        |d: usize| -> Rc<str> {
            let mut made = made.borrow_mut();
            made.entry(d)
                .or_insert_with(|| {
                    if d < props.corpus.docs.len() {
                        citation(&props.corpus, d).into()
                    } else {
                        Rc::from("")
                    }
                })
                .clone()
        };
    html! {
        <footer class="print-only citations">
            if let [d] = props.docs.as_slice() {
                <p class="citation"><span class="citation-label">{"Source: "}</span>{cite(*d)}</p>
            } else if !props.docs.is_empty() {
                <p class="citation-label">{"Sources"}</p>
                <ul class="sources">
                    { for props.docs.iter().map(|&d| html! { <li class="citation">{cite(d)}</li> }) }
                </ul>
            }
            <p class="printed-from">{format!("Printed on {today} from {href}")}</p>
        </footer>
    }
}

/// The articles quotations `quotes` (indices into the corpus's quotations) come from, in corpus
/// order: the sources of a list of quotations.
pub fn docs_of_quotes(corpus: &engine::Corpus, quotes: &[usize]) -> Vec<usize> {
    let mut docs: Vec<usize> =
        quotes.iter().filter_map(|&q| corpus.quotes.quotes.get(q)).map(|q| q.doc as usize).collect();
    docs.sort_unstable();
    docs.dedup();
    docs
}

/// A button that opens the browser's print dialogue.
#[function_component(PrintButton)]
pub fn print_button() -> Html {
    let onclick = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! { <button type="button" class="print-button" {onclick}>{"Print"}</button> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(prefix: &str) -> String {
        let c = crate::corpus::test_corpus();
        citation(c, c.docs.iter().position(|d| d.file_name.starts_with(prefix)).expect("seed exists"))
    }

    #[test]
    fn a_citation_names_number_title_author_outlet_and_date() {
        assert_eq!(
            cite("003"),
            "4 · Trump to discuss 'election security' with Russian official in private meeting. Dan Desai Martin. \
             American Journal News, 10 December 2019."
        );
    }

    #[test]
    fn a_list_of_quotations_cites_each_article_once_in_corpus_order() {
        let c = crate::corpus::test_corpus();
        let from = |d: u32| c.quotes.quotes.iter().position(|q| q.doc == d).expect("a quotation");
        assert_eq!(docs_of_quotes(c, &[from(4), from(1), from(4) + 1, from(1)]), [1, 4]);
        assert_eq!(docs_of_quotes(c, &[]), Vec::<usize>::new());
    }

    #[test]
    fn what_an_article_does_not_state_is_said_so() {
        assert_eq!(
            cite("000"),
            "1 · 8+ Did Trump Administration Ask Putin for Help? Fact Check. Author not stated. Outlet not stated, date not stated."
        );
    }
}
