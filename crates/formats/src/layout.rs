//! [`Layout`]: an article's blocks written out in the engine's plain-text convention, each with
//! its mark (where it is in the text, its kind, and why it is boilerplate, if it is).

use engine::ingest::{Article, BlockKind, BlockMark, Boilerplate, Hints};
use engine::Span;

/// The text being written and the marks of its blocks.
#[derive(Default)]
pub(crate) struct Layout {
    text: String,
    marks: Vec<BlockMark>,
}

impl Layout {
    /// Adds a block: `text` with its white space collapsed (runs of spaces, tabs and line breaks
    /// become one space, as a browser shows them), on a line of its own after a blank line,
    /// after `• ` for a bullet item. Nothing is added for text with no letters or digits.
    pub(crate) fn push(&mut self, kind: BlockKind, boilerplate: Option<Boilerplate>, text: &str) {
        let mut clean = String::with_capacity(text.len());
        for word in text.split(is_space).filter(|w| !w.is_empty()) {
            if !clean.is_empty() {
                clean.push(' ');
            }
            clean.push_str(word);
        }
        let clean = clean.trim_matches(is_blank);
        if !clean.chars().any(char::is_alphanumeric) {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        if kind == BlockKind::Bullet {
            self.text.push_str("• ");
        }
        let start = self.text.len();
        self.text.push_str(clean);
        self.marks.push(BlockMark { source: Span::new(start, self.text.len()), kind, boilerplate });
    }

    /// Whether a block with words has been added.
    pub(crate) fn has_words(&self) -> bool {
        !self.marks.is_empty()
    }

    /// The kind of every block so far, for a reader that settles one later (the title).
    pub(crate) fn marks_mut(&mut self) -> &mut [BlockMark] {
        &mut self.marks
    }

    pub(crate) fn text_of(&self, mark: &BlockMark) -> &str {
        &self.text[mark.source.range()]
    }

    /// Puts `title` first, as the title block (for a page whose title is only in its metadata).
    pub(crate) fn prepend_title(&mut self, title: &str) {
        let mut first = Layout::default();
        first.push(BlockKind::Title, None, title);
        if !first.has_words() {
            return;
        }
        let shift = first.text.len() + 2;
        first.text.push_str("\n\n");
        first.text.push_str(&self.text);
        for m in &mut self.marks {
            m.source = Span::new(m.source.start as usize + shift, m.source.end as usize + shift);
        }
        first.marks.append(&mut self.marks);
        if first.text.ends_with("\n\n") {
            first.text.truncate(first.text.len() - 2);
        }
        *self = first;
    }

    /// The article: this text, these marks, and what else `hints` states.
    pub(crate) fn into_article(self, name: String, structure_stated: bool, hints: Hints) -> Article {
        Article { name, text: self.text, hints: Hints { blocks: self.marks, structure_stated, ..hints } }
    }
}

/// White space as markup collapses it (HTML's ASCII white space), and line breaks of any kind.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// What ingestion trims from the ends of a line (white space and zero-width characters).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_written_one_to_a_line_with_exact_spans() {
        let mut l = Layout::default();
        l.push(BlockKind::Paragraph, Some(Boilerplate::Navigation), "  Home\n ");
        l.push(BlockKind::Paragraph, None, " \u{a0} ");
        l.push(BlockKind::Bullet, None, "An   item\twith\r\nspaces");
        l.prepend_title("The  title");
        let article = l.into_article("a.html".into(), true, Hints::default());
        assert_eq!(article.text, "The title\n\nHome\n\n• An item with spaces");
        let texts: Vec<&str> = article.hints.blocks.iter().map(|m| &article.text[m.source.range()]).collect();
        assert_eq!(texts, ["The title", "Home", "An item with spaces"]);
        assert_eq!(article.hints.blocks[0].kind, BlockKind::Title);
    }
}
