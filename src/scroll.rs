//! Where the page is scrolled when the view changes. A new view starts at its top, with its
//! heading, filters and buttons in sight (a link to a hit, a quotation, a name or a profile's
//! passage scrolls to that instead, which the screen does); Back and Forward return to where the
//! reader was in the view they go back to. The browser's own restoration is switched off: it
//! restores positions before the app has drawn the view it restores them in. A change of address
//! the app did not make itself (`route::took_own_step`) is the browser's: Back, Forward, or an
//! address typed or followed from outside.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use crate::route::{Address, Screen};

/// Remembers how far each address was scrolled and scrolls the page when `address` names another
/// view: to the top, or back to where it was after Back or Forward.
#[hook]
pub fn use_scroll_memory(address: &Address) {
    // Scroll positions by address (the hash, as the address bar has it).
    let positions = use_mut_ref(HashMap::<String, f64>::new);
    {
        let positions = positions.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            if let Ok(history) = window.history() {
                let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
            }
            let on_scroll =
                EventListener::new_with_options(&window, "scroll", EventListenerOptions::run_in_capture_phase(), {
                    let positions = positions.clone();
                    move |_| {
                        let window = gloo::utils::window();
                        let hash = window.location().hash().unwrap_or_default();
                        positions.borrow_mut().insert(hash, window.scroll_y().unwrap_or(0.0));
                    }
                });
            move || drop(on_scroll)
        });
    }
    // Whether the app made the last change of address itself, read at every change of address.
    let own_step = use_mut_ref(|| false);
    {
        let own_step = own_step.clone();
        use_effect_with(address.href(), move |_| *own_step.borrow_mut() = crate::route::took_own_step());
    }
    // A new view: another screen, or another article in the reader.
    let view = (
        std::mem::discriminant(&address.screen),
        match &address.screen {
            Screen::Article { slug } => slug.clone(),
            _ => String::new(),
        },
    );
    let target = has_target(address);
    let previous = use_mut_ref(|| None::<(std::mem::Discriminant<Screen>, String)>);
    use_effect_with(view, move |view| {
        let first = previous.borrow().is_none();
        let changed = previous.borrow().as_ref() != Some(view);
        *previous.borrow_mut() = Some(view.clone());
        let back = !*own_step.borrow();
        if first || !changed {
            return;
        }
        let window = gloo::utils::window();
        if back {
            let hash = window.location().hash().unwrap_or_default();
            let y = positions.borrow().get(&hash).copied().unwrap_or(0.0);
            restore(y);
        } else if !target {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// Scrolls to `y` once the view has been laid out (the next frame), since it may be longer than
/// what is on the page when the effect runs.
fn restore(y: f64) {
    let tries = Rc::new(RefCell::new(0));
    fn attempt(y: f64, tries: Rc<RefCell<u32>>) {
        let window = gloo::utils::window();
        window.scroll_to_with_x_and_y(0.0, y);
        let reached = (window.scroll_y().unwrap_or(0.0) - y).abs() < 2.0;
        *tries.borrow_mut() += 1;
        if !reached && *tries.borrow() < 10 {
            let next = wasm_bindgen::closure::Closure::once_into_js(move || attempt(y, tries));
            let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&next));
        }
    }
    attempt(y, tries);
}

/// Whether the address points at something in the view that the screen scrolls to itself.
fn has_target(address: &Address) -> bool {
    let p = &address.params;
    match address.screen {
        Screen::Article { .. } => p.hit.is_some() || p.quote.is_some() || !p.ent.is_empty() || !p.ev.is_empty(),
        Screen::Names => !p.ent.is_empty(),
        Screen::Profiles => !p.article.is_empty(),
        _ => false,
    }
}
