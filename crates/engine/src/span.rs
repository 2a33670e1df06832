//! [`Span`]: a half-open byte range into some text.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of byte offsets into a text.
///
/// Spans produced by the engine always lie on char boundaries of the text they refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// Creates a span.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`.
    #[track_caller]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span: start {start} > end {end}");
        Span { start: start as u32, end: end as u32 }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text this span covers. Returns `""` if the span does not fit `text`.
    pub fn of(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// This span moved `by` bytes to the right.
    pub fn shifted(self, by: usize) -> Span {
        Span::new(self.start as usize + by, self.end as usize + by)
    }
}

/// A range of text in one block of a document: what the reader highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Hit {
    /// Index into the document's `blocks`.
    pub block: usize,
    /// Byte range in that block's text.
    pub span: Span,
}

/// Sorts spans and merges those that overlap or touch, so that the result is sorted and
/// non-overlapping (what a highlighter needs).
pub fn merge_spans(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "invalid span")]
    fn span_rejects_reversed_bounds() {
        Span::new(3, 2);
    }

    #[test]
    fn merge_spans_sorts_and_joins_overlaps() {
        let merged = merge_spans(vec![Span::new(10, 12), Span::new(0, 3), Span::new(2, 5), Span::new(12, 14)]);
        assert_eq!(merged, vec![Span::new(0, 5), Span::new(10, 14)]);
    }
}

/// Character offsets of byte offsets into one text: what exports and the command line report
/// (a reader's "character 1,234"), while the engine works in bytes. Built in one pass, it keeps
/// the count of characters before every 64th byte, so a lookup reads at most 64 bytes and a text
/// of any size is placed in linear time.
pub struct CharIndex<'t> {
    text: &'t str,
    /// Characters before byte `k * STEP`.
    checkpoints: Vec<u32>,
}

impl<'t> CharIndex<'t> {
    const STEP: usize = 64;

    pub fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / Self::STEP + 1);
        let mut chars = 0u32;
        for (i, &b) in bytes.iter().enumerate() {
            if i % Self::STEP == 0 {
                checkpoints.push(chars);
            }
            // Every byte but a UTF-8 continuation byte starts a character.
            chars += u32::from(b & 0xC0 != 0x80);
        }
        if bytes.len() % Self::STEP == 0 {
            checkpoints.push(chars);
        }
        CharIndex { text, checkpoints }
    }

    /// The number of characters before byte offset `byte` (a char boundary, at most the text's
    /// length; a larger offset counts to the end).
    pub fn chars_at(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        let k = byte / Self::STEP;
        let from = k * Self::STEP;
        self.checkpoints[k] + self.text.as_bytes()[from..byte].iter().filter(|&&b| b & 0xC0 != 0x80).count() as u32
    }

    /// A byte span in characters.
    pub fn chars_of(&self, span: Span) -> Span {
        Span { start: self.chars_at(span.start as usize), end: self.chars_at(span.end as usize) }
    }
}

#[cfg(test)]
mod char_index_tests {
    use super::*;

    #[test]
    fn characters_are_counted_at_every_boundary() {
        let t = "é“ab”";
        let ix = CharIndex::new(t);
        assert_eq!((ix.chars_at(0), ix.chars_at(2), ix.chars_at(5), ix.chars_at(7), ix.chars_at(10)), (0, 1, 2, 4, 5));
        // Across many checkpoints, against counting.
        let long: String = "aé“😀 ".repeat(100);
        let ix = CharIndex::new(&long);
        for (b, _) in long.char_indices().chain(std::iter::once((long.len(), ' '))) {
            assert_eq!(ix.chars_at(b) as usize, long[..b].chars().count(), "at byte {b}");
        }
        assert_eq!(CharIndex::new("").chars_at(0), 0);
    }
}
