//! Markdown (`.md`), as an article pasted or written by hand: headings, paragraphs, list items
//! as bullets, links as their text, emphasis and code as their words (`pulldown-cmark`, the
//! CommonMark parser). Markup written into the Markdown is not read (the text between inline
//! `<script>` or `<style>` tags neither), nor are images. A heading that opens the file is the
//! title. A front matter block (`---` lines around `title:`, `author:`, `date:`, `outlet:` or
//! `publisher:`) states those.

use engine::ingest::{Article, BlockKind, Hints, IngestError};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::layout::Layout;

/// The article in a Markdown file's text.
pub fn article_from_markdown(name: &str, text: &str) -> Result<Article, IngestError> {
    let mut read = Read::default();
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    for event in Parser::new_ext(text, options) {
        read.event(event);
    }
    read.flush();
    if !read.layout.has_words() {
        return Err(IngestError { file: name.to_owned(), reason: "the file has no words in it".to_owned() });
    }
    Ok(read.layout.into_article(name.to_owned(), false, read.hints))
}

#[derive(Default)]
struct Read {
    layout: Layout,
    hints: Hints,
    /// The block being read.
    kind: Option<BlockKind>,
    text: String,
    blocks: usize,
    in_metadata: bool,
    in_code: bool,
    in_image: usize,
    in_script: bool,
}

impl Read {
    fn start(&mut self, kind: BlockKind) {
        self.flush();
        let kind = if kind == BlockKind::Heading && self.blocks == 0 { BlockKind::Title } else { kind };
        self.blocks += 1;
        self.kind = Some(kind);
    }

    fn flush(&mut self) {
        if let Some(kind) = self.kind.take() {
            self.layout.push(kind, None, &std::mem::take(&mut self.text));
        }
        self.text.clear();
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => self.in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => self.in_metadata = false,
            Event::Text(t) if self.in_metadata => front_matter(&t, &mut self.hints),
            Event::Start(Tag::Heading { .. }) => self.start(BlockKind::Heading),
            Event::Start(Tag::Item) => self.start(BlockKind::Bullet),
            // The first paragraph of a list item is the item's text.
            Event::Start(Tag::Paragraph) if self.kind == Some(BlockKind::Bullet) && self.text.trim().is_empty() => {}
            Event::Start(Tag::Paragraph | Tag::TableCell) => self.start(BlockKind::Paragraph),
            Event::Start(Tag::CodeBlock(_)) => {
                self.flush();
                self.in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => self.flush(),
            Event::Start(Tag::Image { .. }) => self.in_image += 1,
            Event::End(TagEnd::Image) => self.in_image = self.in_image.saturating_sub(1),
            Event::InlineHtml(tag) => {
                let tag = tag.to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    self.in_script = true;
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    self.in_script = false;
                }
            }
            Event::Text(t) | Event::Code(t) if self.in_image == 0 && !self.in_script => {
                if self.in_code {
                    // Each line of a code block is a block, as in a `.txt` file.
                    for line in t.lines() {
                        self.start(BlockKind::Paragraph);
                        self.text.push_str(line);
                        self.flush();
                    }
                } else {
                    if self.kind.is_none() {
                        self.start(BlockKind::Paragraph);
                    }
                    self.text.push_str(&t);
                }
            }
            Event::SoftBreak => self.text.push(' '),
            Event::HardBreak => {
                // A line break ends a block, as in a `.txt` file; the text goes on in another.
                let kind = match self.kind {
                    Some(BlockKind::Title) => BlockKind::Heading,
                    Some(kind) => kind,
                    None => BlockKind::Paragraph,
                };
                self.flush();
                self.blocks += 1;
                self.kind = Some(kind);
            }
            // Markup blocks, footnote marks, rules, task boxes: not read.
            _ => {}
        }
    }
}

/// `key: value` lines of a front matter block.
fn front_matter(text: &str, hints: &mut Hints) {
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => hints.title = Some(value.to_owned()),
            "author" | "byline" => hints.author = Some(value.to_owned()),
            "date" | "published" => hints.date = crate::html::date_of(value),
            "outlet" | "publisher" | "source" | "site" => hints.outlet = Some(value.to_owned()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<(BlockKind, String)> {
        let a = article_from_markdown("a.md", md).expect("reads");
        a.hints.blocks.iter().map(|m| (m.kind, a.text[m.source.range()].to_owned())).collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_links_as_text() {
        use BlockKind::*;
        let md = "# Ferry service ends\n\nThe *last* ferry [left](https://x.example) at\nnoon.\n\n## Why\n\n- fuel costs\n- fewer riders\n\n1. one\n\n   two\n\n![a photo](p.png)\n";
        assert_eq!(
            blocks(md),
            [
                (Title, "Ferry service ends".into()),
                (Paragraph, "The last ferry left at noon.".into()),
                (Heading, "Why".into()),
                (Bullet, "fuel costs".into()),
                (Bullet, "fewer riders".into()),
                (Bullet, "one".into()),
                (Paragraph, "two".into()),
            ]
        );
    }

    #[test]
    fn markup_and_scripts_are_not_read() {
        let md = "A headline long enough here\n\n<script>alert(1)</script>\n\nText <script>steal()</script>with <b>bold</b>.\n";
        let a = article_from_markdown("a.md", md).unwrap();
        assert_eq!(a.text, "A headline long enough here\n\nText with bold.");
    }

    #[test]
    fn front_matter_states_title_author_date_and_outlet() {
        let a = article_from_markdown("a.md", "---\ntitle: \"Ferry ends\"\nauthor: Ana Ruiz\ndate: 2024-05-02\npublisher: Island Post\n---\n\nText of it.\n").unwrap();
        assert_eq!(a.hints.title.as_deref(), Some("Ferry ends"));
        assert_eq!(a.hints.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(a.hints.date.map(|d| d.to_string()).as_deref(), Some("2024-05-02"));
        assert_eq!(a.hints.outlet.as_deref(), Some("Island Post"));
        assert_eq!(a.text, "Text of it.");
    }
}
