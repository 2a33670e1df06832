//! Long lists shown a page at a time: the first `page` items, then "Show N more" and "Show all".
//! Drawing every row of a big collection (3,425 quotations, thousands of names at 500 articles)
//! took seconds on opening a view and on every key typed in the search box.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use engine::listing::plural;

/// How many of a list's items are shown, and the buttons that show more.
#[derive(Clone)]
pub struct Paging {
    /// How many items are shown (at most the list's length).
    pub shown: usize,
    total: usize,
    page: usize,
    on_more: Callback<MouseEvent>,
    on_all: Callback<MouseEvent>,
}

/// The first `page` of `total` items, again whenever `key` changes (a new search or filter).
/// After "Show more", the keyboard focus goes to the focusable element `focus` (a selector) in the
/// first item added, the `n`th child of `list` (a selector of the list element).
#[hook]
pub fn use_paging<K: PartialEq + Clone + 'static>(
    key: &K,
    page: usize,
    total: usize,
    list: &'static str,
    focus: &'static str,
) -> Paging {
    let limit = use_state(|| page);
    let limit_for = use_mut_ref(|| key.clone());
    if *limit_for.borrow() != *key {
        *limit_for.borrow_mut() = key.clone();
        if *limit != page {
            limit.set(page);
        }
    }
    let shown = (*limit).min(total);
    let focus_next = use_mut_ref(|| None::<usize>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(k) = focus_next.borrow_mut().take() {
                let el =
                    gloo::utils::document().query_selector(&format!("{list} > :nth-child({k}) {focus}")).ok().flatten();
                if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    }
    let show = |n: usize| {
        let (limit, focus_next) = (limit.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(shown + 1);
            limit.set(n);
        })
    };
    Paging { shown, total, page, on_more: show(shown + page), on_all: show(total) }
}

impl Paging {
    /// The buttons under the list ("Show 100 more quotations", "Show all 3425"), when some items
    /// are not shown; `id` names the first button (`more-{id}`) and the second (`all-{id}`).
    pub fn buttons(&self, id: &str, item: &str) -> Html {
        if self.shown >= self.total {
            return Html::default();
        }
        let more = plural((self.total - self.shown).min(self.page), item);
        let (n, items) = more.split_once(' ').unwrap_or((&more, item));
        html! {
            <p class="more-results">
                <button type="button" id={format!("more-{id}")} onclick={self.on_more.clone()}>{format!("Show {n} more {items}")}</button>
                {" "}
                <button type="button" id={format!("all-{id}")} onclick={self.on_all.clone()}>{format!("Show all {}", self.total)}</button>
            </p>
        }
    }

    /// "3425 quotations; the first 100 listed." when not all are shown, else "71 quotations shown.".
    pub fn count(&self, item: &str) -> String {
        if self.shown < self.total {
            format!("{}; the first {} listed.", plural(self.total, item), self.shown)
        } else {
            format!("{} shown.", plural(self.total, item))
        }
    }
}

/// An `Rc` compared by address, as part of a paging key (a list recomputed is a new list).
#[derive(Clone)]
pub struct PtrKey<T>(pub std::rc::Rc<T>);

impl<T> PartialEq for PtrKey<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How many of `n` items to draw now: `batch` at first, then `batch` more a task until all are
/// drawn. A list a reader does not page through (the options of a select, a table that is read
/// whole) is still drawn whole, but a long one no longer in one task: a thousand articles' boxes,
/// four thousand speakers or a timeline's rows in one render held the page for a third of a second
/// or more as a view opened. A short list (at most `batch`) is drawn at once, as before.
#[hook]
pub fn use_drawn(n: usize, batch: usize) -> usize {
    let drawn = use_state_eq(|| n.min(batch));
    {
        let drawn = drawn.clone();
        use_effect_with((*drawn, n), move |&(k, n)| {
            if k < n {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    drawn.set((k + batch).min(n));
                });
            }
        });
    }
    (*drawn).min(n)
}
