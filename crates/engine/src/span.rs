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
