//! The search box of the top bar, and the skip link before it.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: String,
    pub on_query: Callback<String>,
    /// Enter, or the focus leaving the box: what is typed is final (the address bar is written).
    pub on_commit: Callback<()>,
}

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let oninput = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| on_query.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let on_commit = props.on_commit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_commit.emit(());
        })
    };
    let onblur = props.on_commit.reform(|_: FocusEvent| ());
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search" class="visually-hidden">{"Search the articles"}</label>
            <input id="search" type="search" value={props.value.clone()} {oninput} {onblur}
                placeholder="Search the articles"
                autocomplete="off" spellcheck="false" aria-describedby="search-help" />
            <p id="search-help" class="visually-hidden">
                {"Results update as you type: words, \"a phrase\", -leave out, this OR that, pre*. Press / to come back to this box; n and p move between hits in an article."}
            </p>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The id of the element that receives the focus (it needs `tabindex="-1"`).
    pub target: AttrValue,
}

/// The page's first Tab stop: moves the keyboard focus past the header and the filters to `target`.
/// The URL is left alone (its `#` belongs to the router).
#[function_component(SkipLink)]
pub fn skip_link(props: &SkipLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(el) =
                gloo::utils::document().get_element_by_id(&target).and_then(|el| el.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    html! {
        <a class="skip-link" href={format!("#{}", props.target)} {onclick}>{"Skip to the results"}</a>
    }
}
