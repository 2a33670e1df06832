//! The page's side of a view's address. What an address holds and how it is written is defined
//! once, in `engine::address`; here it meets yew-router: [`Route`], the router's route (a
//! [`Screen`]), [`ViewLink`], a link to an address, and [`go`], moving to one from code.

use std::collections::HashMap;

pub use engine::address::{Address, QuoteRef, Screen, ViewParams};
use yew::prelude::*;
use yew_router::prelude::*;

/// The router's route: the screen of the address (its path). The parameters are the address's
/// query, read with [`params_of`].
#[derive(Clone, Debug, PartialEq)]
pub struct Route(pub Screen);

impl Routable for Route {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        Some(Route(Screen::from_path(path)))
    }

    fn to_path(&self) -> String {
        self.0.path()
    }

    fn routes() -> Vec<&'static str> {
        vec!["/*path"]
    }

    fn not_found_route() -> Option<Self> {
        Some(Route(Screen::NotFound))
    }

    fn recognize(pathname: &str) -> Option<Self> {
        Some(Route(Screen::from_path(pathname)))
    }
}

/// The view's parameters in the router's location, and whether its query string could not be
/// read (then they are the defaults).
pub fn params_of(location: Option<&Location>) -> (ViewParams, bool) {
    match location {
        Some(l) => match ViewParams::from_query(l.query_str()) {
            Ok(p) => (p, false),
            Err(_) => (ViewParams::default(), true),
        },
        None => (ViewParams::default(), false),
    }
}

thread_local! {
    /// Set when the app itself moves to an address (a link, a button, typing), so that a change of
    /// address it did not make is known for the browser's own (Back, Forward): `crate::scroll`.
    static NAVIGATING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the last change of address was the app's own (and forgets it).
pub fn took_own_step() -> bool {
    NAVIGATING.with(|n| n.replace(false))
}

/// Moves to `address`: a new entry in the history, or one in place of the current entry.
pub fn go(navigator: &Navigator, address: &Address, replace: bool) {
    NAVIGATING.with(|n| n.set(true));
    let route = Route(address.screen.clone());
    let pairs = address.params.pairs();
    let _ =
        if replace { navigator.replace_with_query(&route, &pairs) } else { navigator.push_with_query(&route, &pairs) };
}

#[derive(Properties, PartialEq)]
pub struct ViewLinkProps {
    pub to: Address,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view. Its `href` is the address itself (`#/quotes?…`), so it can be copied,
/// opened in a new tab or followed before the app has started; a plain click moves the router.
#[function_component(ViewLink)]
pub fn view_link(props: &ViewLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            if let Some(n) = &navigator {
                e.prevent_default();
                go(n, &to, false);
            }
        })
    };
    html! {
        <a href={props.to.href()} class={props.classes.clone()} id={props.id.clone()} title={props.title.clone()} {onclick}>
            {props.children.clone()}
        </a>
    }
}

/// The address fragment (`#/quotes?speaker=…`) with `typed` as its search, for what was typed
/// before the app started; `None` when the fragment has a search already or cannot be read.
pub fn hash_with_query(hash: &str, typed: &str) -> Option<String> {
    let (mut address, bad) = Address::parse(hash);
    if bad || !address.params.q.is_empty() {
        return None;
    }
    address.params.q = typed.to_owned();
    Some(address.href())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_of_the_seed_sheet_opens_its_screen_with_its_parameters() {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .expect("seeds/ reads");
        let corpus = engine::Corpus::from_seed_dir(&dir).expect("the seeds build");
        let sheet = corpus.exercises.as_ref().expect("the seeds have a sheet");
        for q in &sheet.questions {
            let view = q.view.as_ref().expect("every seed question has a view");
            // What the router makes of the question's link is the question's view.
            let href = view.href();
            let (path, query) =
                href.trim_start_matches('#').split_once('?').unwrap_or((href.trim_start_matches('#'), ""));
            assert_eq!(Route::recognize(path), Some(Route(view.screen.clone())), "{}: {href}", q.id);
            assert_eq!(ViewParams::from_query(query).as_ref(), Ok(&view.params), "{}: {href}", q.id);
            assert_ne!(view.screen, Screen::NotFound);
        }
        let compare = sheet
            .questions
            .iter()
            .find(|q| q.id == "great-pressure")
            .and_then(|q| q.view.as_ref())
            .expect("the compare question");
        assert_eq!(compare.screen, Screen::Compare);
        assert_eq!(
            (compare.params.a.as_str(), compare.params.b.as_str()),
            (corpus.docs[3].slug.as_str(), corpus.docs[4].slug.as_str())
        );
        let lavrov = sheet
            .questions
            .iter()
            .find(|q| q.id == "two-accounts")
            .and_then(|q| q.view.as_ref())
            .expect("the quotes question");
        assert_eq!(lavrov.href(), format!("#/quotes?docs={}&speaker=Sergey+Lavrov", corpus.docs[3].slug));
    }

    #[test]
    fn what_was_typed_before_the_app_started_becomes_the_search_of_the_address() {
        assert_eq!(hash_with_query("", "kislyak").as_deref(), Some("#/?q=kislyak"));
        assert_eq!(
            hash_with_query("#/quotes?speaker=Rex+Tillerson", "great pressure").as_deref(),
            Some("#/quotes?q=great+pressure&speaker=Rex+Tillerson")
        );
        assert_eq!(hash_with_query("#/?q=comey", "kislyak"), None, "a search in the address wins");
    }
}
