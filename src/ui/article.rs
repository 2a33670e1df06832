//! How an article is named on screen, the same in every view: its number in the collection as a
//! badge (with a mark for an article added in the page), and its title (`Corpus::number`, `Corpus::label` give the same in words, for printouts
//! and exports).

use engine::listing::short_title;
use engine::Corpus;
use yew::prelude::*;

/// Article `doc`'s number badge: "3" to the eye, "Article 3" to a screen reader, the title on
/// hover; an article added in the page (the reader's own, or a teacher's in a lesson) has an
/// "added" mark after it, wherever it is named (`Corpus::label` says the same in words).
pub fn number(corpus: &Corpus, doc: usize) -> Html {
    html! {
        <>
            <span class="art-num" title={corpus.docs[doc].title.clone()}>
                <span class="visually-hidden">{"Article "}</span>{corpus.number(doc)}
            </span>
            if corpus.docs[doc].own {
                <span class="added-mark" title="Added in this page, not one of the collection as built">{"added"}</span>
            }
        </>
    }
}

/// Article `doc`'s badge and the start of its title (the whole title on hover).
pub fn label(corpus: &Corpus, doc: usize) -> Html {
    html! { <span class="art-label">{number(corpus, doc)}{" "}<span class="art-title">{short_title(&corpus.docs[doc].title)}</span></span> }
}
