//! The browser's DOM behind [`Node`] (feature `dom`), and [`BrowserHtml`], which parses a page
//! with the browser's own `DOMParser`: it costs the page no bytes, and it never runs the page's
//! scripts or loads anything it names (a document from `DOMParser` has no browsing context).
//!
//! `DOMParser` exists on the page's thread only, not in a web worker: parse there, and send the
//! [`Article`] (plain data, `serde`) to the worker.

use engine::ingest::{Article, IngestError};
use wasm_bindgen::JsCast;

use crate::html::{article_from_node, Node};
use crate::HtmlParser;

impl Node for web_sys::Node {
    fn element_name(&self) -> Option<String> {
        self.dyn_ref::<web_sys::Element>().map(|e| e.local_name().to_ascii_lowercase())
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.dyn_ref::<web_sys::Element>()?.get_attribute(name)
    }

    fn children(&self) -> Vec<Self> {
        let list = self.child_nodes();
        (0..list.length()).filter_map(|i| list.item(i)).collect()
    }

    fn text(&self) -> Option<String> {
        matches!(self.node_type(), web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE)
            .then(|| self.node_value().unwrap_or_default())
    }
}

/// Parses with the browser's `DOMParser` (`text/html`), on the page's thread.
pub struct BrowserHtml;

impl HtmlParser for BrowserHtml {
    fn article(&self, name: &str, html: &str) -> Result<Article, IngestError> {
        let failed =
            || IngestError { file: name.to_owned(), reason: "the page could not be read by this browser".to_owned() };
        let parser = web_sys::DomParser::new().map_err(|_| failed())?;
        let document = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).map_err(|_| failed())?;
        article_from_node(name, document.unchecked_ref::<web_sys::Node>())
    }
}
