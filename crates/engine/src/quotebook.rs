//! The corpus's quotations, placed in its documents: what the app lists, filters and highlights.
//!
//! [`crate::quotes`] finds quotations in one file's text; this module runs it over every document at
//! build time, merges speakers across the corpus ([`crate::quotes::canonical_speakers`]) and keeps,
//! for each quotation, what a list needs (text, kind, speaker, cue) and where it is in the file
//! (source offsets, which [`Document::locate`] turns into block ranges for highlighting).

use serde::{Deserialize, Serialize};

use crate::ingest::Document;
use crate::quotes::{canonical_speakers, extract_quotes, Basis, QuoteKind, Speaker};
use crate::span::{CharIndex, Hit, Span};

/// Every quotation of the corpus, sorted by document and position, and the speakers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteBook {
    pub quotes: Vec<QuoteRecord>,
    pub speakers: Vec<Speaker>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// Index of the document.
    pub doc: u32,
    /// The quoted words in the file as read (byte offsets, without the quotation marks).
    pub source: Span,
    /// The same range counted in Unicode characters (what exports and the command line report).
    pub chars: Span,
    /// The quoted words (with paragraph breaks as single spaces for a quotation over several).
    pub text: String,
    pub kind: QuoteKind,
    /// Index into [`QuoteBook::speakers`].
    pub speaker: Option<u32>,
    /// The speaker as written where the attribution was found ("he", "the report").
    pub as_written: Option<String>,
    /// The cue as written ("said", "according to").
    pub cue: Option<String>,
    /// Where the cue is in the file as read.
    pub cue_source: Option<Span>,
    /// The speaker was inferred (a pronoun, a description, a continued turn), not named at the quote.
    pub inferred: bool,
    /// How the speaker was found: named in the sentence, described, resolved from a pronoun or a
    /// description, carried from an earlier sentence or paragraph, or guessed
    /// ([`Basis::uncertain`] says which ones to check).
    pub basis: Basis,
    /// The quotation this one repeats (a headline or subhead echoing the body), as an index into
    /// [`QuoteBook::quotes`]: counted once.
    pub echo_of: Option<u32>,
    /// The quotation starts in a boilerplate block (a headline in a "Read More" list, say).
    pub boilerplate: bool,
}

impl QuoteRecord {
    /// Whether the attribution is one to check (see [`Basis::uncertain`]).
    pub fn uncertain(&self) -> bool {
        self.speaker.is_some() && self.basis.uncertain()
    }
}

impl QuoteBook {
    /// Finds the quotations of every document; `texts[i]` is the file text `docs[i]` came from.
    pub fn build(docs: &[Document], texts: &[&str]) -> QuoteBook {
        let per_doc: Vec<Vec<crate::quotes::Quote>> = texts.iter().map(|t| extract_quotes(t)).collect();
        let refs: Vec<&[crate::quotes::Quote]> = per_doc.iter().map(Vec::as_slice).collect();
        let table = canonical_speakers(&refs);
        let mut quotes = Vec::new();
        for (d, (doc, qs)) in docs.iter().zip(&per_doc).enumerate() {
            let chars = CharIndex::new(texts[d]);
            // The book's index of each of the document's quotations (some are not placed).
            let mut index: Vec<Option<u32>> = Vec::with_capacity(qs.len());
            let base = quotes.len();
            for (k, q) in qs.iter().enumerate() {
                let placed = (quotes.len()) as u32;
                let pieces = doc.locate(q.span());
                let Some(first) = pieces.first() else {
                    index.push(None);
                    continue;
                };
                index.push(Some(placed));
                let text = pieces.iter().map(|h| h.span.of(&doc.blocks[h.block].text)).collect::<Vec<_>>().join(" ");
                quotes.push(QuoteRecord {
                    doc: d as u32,
                    source: q.span(),
                    chars: chars.chars_of(q.span()),
                    text,
                    kind: q.kind,
                    speaker: table.assignments.get(d).and_then(|a| a.get(k)).copied().flatten(),
                    as_written: q.speaker.clone(),
                    cue: q.cue.clone(),
                    cue_source: q.cue_span,
                    inferred: q.inferred,
                    basis: q.basis,
                    echo_of: q.echo_of,
                    boilerplate: doc.blocks[first.block].boilerplate.is_some(),
                });
            }
            // Echoes point into the book.
            for r in &mut quotes[base..] {
                r.echo_of = r.echo_of.and_then(|k| index.get(k as usize).copied().flatten());
            }
        }
        QuoteBook { quotes, speakers: table.speakers }
    }

    /// The canonical name of a quotation's speaker.
    pub fn speaker_name(&self, quote: usize) -> Option<&str> {
        let s = self.quotes.get(quote)?.speaker?;
        self.speakers.get(s as usize).map(|s| s.canonical.as_str())
    }

    /// The speaker whose canonical name or one of whose variants is `name` (any case).
    pub fn speaker_by_name(&self, name: &str) -> Option<usize> {
        let n = name.trim().to_lowercase();
        // No name (no speaker chosen: the usual case, asked on every key typed in Quotes) is no
        // one's, without lower-casing every speaker's name to find it.
        if n.is_empty() {
            return None;
        }
        self.speakers
            .iter()
            .position(|s| s.canonical.to_lowercase() == n)
            .or_else(|| self.speakers.iter().position(|s| s.variants.iter().any(|v| v.to_lowercase() == n)))
    }
}

impl QuoteRecord {
    /// Where the quoted words are in the document's blocks.
    pub fn pieces(&self, doc: &Document) -> Vec<Hit> {
        doc.locate(self.source)
    }

    /// Spans of this quotation's [`QuoteRecord::text`] (its pieces joined by single spaces) as
    /// ranges in the document's blocks: the inverse of [`QuoteRecord::hits_to_text_spans`].
    pub fn text_spans_to_hits(&self, doc: &Document, spans: &[Span]) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut offset = 0u32;
        for p in self.pieces(doc) {
            let len = p.span.len() as u32;
            for s in spans {
                let (start, end) = (s.start.max(offset), s.end.min(offset + len));
                if start < end {
                    let (a, b) = (p.span.start + start - offset, p.span.start + end - offset);
                    out.push(Hit { block: p.block, span: Span::new(a as usize, b as usize) });
                }
            }
            offset += len + 1;
        }
        out
    }

    /// The hits (ranges in the document's blocks) that lie inside this quotation, as spans of its
    /// [`QuoteRecord::text`].
    pub fn hits_to_text_spans(&self, doc: &Document, hits: &[Hit]) -> Vec<Span> {
        let mut out = Vec::new();
        let mut offset = 0usize;
        for p in self.pieces(doc) {
            for h in
                hits.iter().filter(|h| h.block == p.block && h.span.start >= p.span.start && h.span.end <= p.span.end)
            {
                let start = offset + (h.span.start - p.span.start) as usize;
                out.push(Span::new(start, start + h.span.len()));
            }
            offset += p.span.len() + 1;
        }
        out.retain(|s| s.end as usize <= self.text.len());
        out
    }

    /// Where the cue is in the document's blocks.
    pub fn cue_pieces(&self, doc: &Document) -> Vec<Hit> {
        self.cue_source.map(|c| doc.locate(c)).unwrap_or_default()
    }
}
