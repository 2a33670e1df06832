//! The page around the app: index.html's first screen (painted before any code, searched by the
//! first module), which the app takes over and removes, and the marks on `<body>` that tests and
//! benchmarks wait for.

/// Takes over the first screen (`#boot` in index.html), carrying over what was typed in its search
/// box: it becomes the search in the address (unless the address has one already), which the app
/// then shows. Its header goes (the app draws its own); its list stays until the app's is ready,
/// unless the address is not the plain home view or the list is not for what was typed (the first
/// module, `crates/first-screen`, lists the results of what is typed, and says for what), when it
/// is not what the app will show. Whether the box had the keyboard focus, so that the app's box
/// gets it.
pub fn take_boot_screen() -> bool {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let Some(boot) = document.get_element_by_id(BOOT) else {
        return false;
    };
    // The first module lets go of the page (crates/first-screen).
    if let Ok(event) = web_sys::Event::new(first_screen::page::APP_STARTED) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
    let input = document.get_element_by_id("boot-search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = input
        .as_ref()
        .is_some_and(|i| document.active_element().is_some_and(|a| &a == i.as_ref() as &web_sys::Element));
    let typed = input.map(|i| i.value()).unwrap_or_default();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let home = matches!(hash.as_str(), "" | "#" | "#/");
    let list_for = document
        .get_element_by_id(BOOT_LIST)
        .and_then(|l| l.get_attribute(first_screen::page::SHOWN_FOR))
        .unwrap_or_default();
    if home && boot_list_shown() && (typed.trim().is_empty() || typed == list_for) {
        for id in ["boot-header", "boot-status"] {
            if let Some(el) = document.get_element_by_id(id) {
                el.remove();
            }
        }
    } else {
        boot.remove();
    }
    if !typed.trim().is_empty() {
        if let Some(next) = crate::route::hash_with_query(&hash, &typed) {
            let _ = gloo::utils::window()
                .history()
                .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next)));
        }
    }
    focused
}

/// The ids of index.html's first screen and of its article list (written in by `crates/corpus-build`).
const BOOT: &str = "boot";
const BOOT_LIST: &str = "boot-layout";

/// Whether the first screen's article list is still on the page.
pub fn boot_list_shown() -> bool {
    gloo::utils::document().get_element_by_id(BOOT_LIST).is_some()
}

/// Removes what is left of the first screen, once the app shows its own view (or an error).
pub fn remove_boot_screen() {
    if let Some(boot) = gloo::utils::document().get_element_by_id(BOOT) {
        boot.remove();
    }
}

/// Puts the keyboard focus in the search box, after what it holds. Whether the box was there.
pub fn focus_search_box() -> bool {
    use wasm_bindgen::JsCast;
    let Some(input) = gloo::utils::document()
        .get_element_by_id("search")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    let end = input.value().encode_utf16().count() as u32;
    let _ = input.set_selection_range(end, end);
    true
}

/// Marks the page for tests and benchmarks: `data-shell` once the app shell is on screen,
/// `data-ready` once the articles are.
pub fn mark_body(attribute: &str) {
    if let Some(body) = gloo::utils::document().body() {
        let _ = body.set_attribute(attribute, "1");
    }
}
