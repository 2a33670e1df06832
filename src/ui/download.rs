//! Files made in the browser and offered for download (exports, hand-ins): nothing is sent
//! anywhere.

use wasm_bindgen::JsCast;

/// Offers `body` as a file download, made in the browser (nothing is sent anywhere).
pub fn download(name: &str, body: &str, mime: &str) {
    let blob = gloo::file::Blob::new_with_options(body, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            if let Some(body) = document.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
    }
    // The object URL is revoked when `url` drops; the click has already started the download.
    drop(url);
}
