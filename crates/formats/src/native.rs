//! The native HTML parser (html5ever, through `scraper`) behind [`Node`], for the build step and
//! the command-line tool (feature `native-html`).

use engine::ingest::{Article, IngestError};

use crate::html::{article_from_node, Node};

/// A node of a page `scraper` parsed.
impl Node for ego_tree::NodeRef<'_, scraper::Node> {
    fn element_name(&self) -> Option<String> {
        self.value().as_element().map(|e| e.name().to_ascii_lowercase())
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.value().as_element()?.attr(name).map(str::to_owned)
    }

    fn children(&self) -> Vec<Self> {
        ego_tree::NodeRef::children(self).collect()
    }

    fn text(&self) -> Option<String> {
        self.value().as_text().map(|t| t.to_string())
    }
}

/// The article in a page parsed natively (`scraper::Html::parse_document`).
pub fn article_from_document(name: &str, page: &scraper::Html) -> Result<Article, IngestError> {
    article_from_node(name, &page.tree.root())
}

/// The article in a page's text, parsed natively.
pub fn article_from_html(name: &str, html: &str) -> Result<Article, IngestError> {
    article_from_document(name, &scraper::Html::parse_document(html))
}
