//! The search being typed: shown at once, written to the address once typing pauses.
//!
//! Results follow every keystroke at once; the address (`history.replaceState` and the router's
//! round trip, some 5 ms a key) is written once typing pauses, on Enter and when the box loses
//! the focus. Any other navigation (a link, back, forward) drops it. [`use_view`] gives every part
//! of the page the view to show: the address's, or the draft's.

use gloo::events::EventListener;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::pause::Pause;
use crate::route::{go, params_of, Address, Route, Screen};

/// How long typing pauses before the address bar is brought up to date.
const ADDRESS_DELAY_MS: u64 = 400;

/// The search typed but not yet in the address bar: the view it makes, on the screen it was typed
/// on.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub address: Address,
    /// Whether writing it adds a history entry (the search started from an empty box) or
    /// replaces the current one.
    pub push: bool,
}

impl Draft {
    /// Puts the draft in the address bar.
    fn write(&self, navigator: &Navigator) {
        go(navigator, &self.address, !self.push);
    }
}

/// The draft, shared by the search box (which writes it) and the screens (which show it).
#[derive(Clone, PartialEq)]
pub struct Typing {
    draft: UseStateHandle<Option<Draft>>,
    /// The delayed write of the latest draft.
    pause: Pause,
}

impl Typing {
    /// Writes the draft to the address bar now (Enter, leaving the box, or the pause).
    pub fn commit(&self, navigator: &Navigator) {
        if let Some(d) = &*self.draft {
            self.pause.cancel();
            d.write(navigator);
        }
    }

    /// Shows `draft` at once and writes it after the pause, unless more is typed.
    pub fn type_in(&self, draft: Draft, navigator: Navigator) {
        self.draft.set(Some(draft.clone()));
        self.pause.after(ADDRESS_DELAY_MS, move || draft.write(&navigator));
    }
}

#[derive(Properties, PartialEq)]
pub struct TypingProviderProps {
    pub children: Html,
}

#[function_component(TypingProvider)]
pub fn typing_provider(props: &TypingProviderProps) -> Html {
    let typing = Typing { draft: use_state(|| None::<Draft>), pause: (*use_memo((), |_| Pause::default())).clone() };
    let location = use_location();
    let route = use_route::<Route>();
    {
        // The address changed: either the draft was written (it is now the address) or the reader
        // went elsewhere (the draft no longer applies). Either way it is done.
        let typing = typing.clone();
        // (Compared as text: a `Location` of the hash history has no id and equals nothing.)
        let address = location.map(|l| format!("{}?{}", l.path(), l.query_str()));
        use_effect_with((address, route), move |_| {
            if typing.draft.is_some() {
                typing.pause.cancel();
                typing.draft.set(None);
            }
        });
    }
    {
        // Printing or leaving the page writes the draft first: the printout's address and a
        // reload show what was typed.
        let (typing, navigator) = (typing.clone(), use_navigator());
        use_effect_with((*typing.draft).clone(), move |draft| {
            let listeners = (draft.is_some()).then(|| {
                let window = gloo::utils::window();
                let commit = move |_: &web_sys::Event| {
                    if let Some(n) = &navigator {
                        typing.commit(n);
                    }
                };
                [
                    EventListener::new(&window, "beforeprint", commit.clone()),
                    EventListener::new(&window, "pagehide", commit),
                ]
            });
            move || drop(listeners)
        });
    }
    html! { <ContextProvider<Typing> context={typing}>{props.children.clone()}</ContextProvider<Typing>> }
}

/// The view to show: the address bar's, or what is being typed on this screen; and whether the
/// address's query string could not be read.
#[hook]
pub fn use_view() -> (Address, bool) {
    let Route(screen) = use_route::<Route>().unwrap_or(Route(Screen::Search));
    let location = use_location();
    let typing = use_context::<Typing>();
    let (params, bad_link) = params_of(location.as_ref());
    match typing.as_ref().and_then(|t| (*t.draft).clone()) {
        Some(d) if d.address.screen == screen => (d.address, false),
        _ => (Address::new(screen, params), bad_link),
    }
}

/// Whether the address bar holds a search (a new one typed then gets its own history entry).
#[hook]
pub fn use_address_has_search() -> bool {
    let location = use_location();
    !params_of(location.as_ref()).0.q.is_empty()
}
