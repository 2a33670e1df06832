//! The concordance (keyword in context): every hit of a query, or every occurrence of a word, one
//! line each, with what a class sorts, filters, plots and exports it by.

use std::ops::Range;

use crate::corpus::Corpus;
use crate::export::csv;
use crate::index::Index;
use crate::normalize::search_key;
use crate::search::{hits, SearchOptions};
use crate::span::Span;

use super::units::{occurrences, BlockSpans, Occurrence, Target};

/// How many characters of context a line shows on each side of its hit, at most (cut back to
/// a word's edge).
pub const CONTEXT_CHARS: usize = 60;

/// The widest collocation window, in words on each side.
pub const MAX_WINDOW: usize = 10;
/// The collocation window when none is given (±5 words, as in AntConc).
pub const DEFAULT_WINDOW: usize = 5;

/// A window as asked, made 1 to [`MAX_WINDOW`] words.
pub fn clamp_window(window: usize) -> usize {
    window.clamp(1, MAX_WINDOW)
}

/// What a concordance lists, besides its target.
#[derive(Clone, Debug, PartialEq)]
pub struct ConcordanceOptions {
    /// The articles and whether boilerplate counts: as for the search, so the lines are the
    /// search's hits.
    pub scope: SearchOptions,
    /// Only the lines within a window of another target's occurrences (a collocate's lines:
    /// `interference` within 5 words of `election`).
    pub near: Option<Near>,
    /// Characters of context on each side, at most.
    pub context: usize,
}

impl Default for ConcordanceOptions {
    fn default() -> Self {
        ConcordanceOptions { scope: SearchOptions::default(), near: None, context: CONTEXT_CHARS }
    }
}

/// Lines near another target: within `window` words of one of its occurrences, on either side,
/// in the same block (a paragraph, a heading), and not inside one.
#[derive(Clone, Debug, PartialEq)]
pub struct Near {
    pub target: Target,
    /// Words on each side (1 to [`MAX_WINDOW`]).
    pub window: usize,
}

/// One line of a concordance: one hit and what surrounds it in its block.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The article (an index into `Corpus::docs`).
    pub doc: usize,
    /// The block of the article (an index into its `blocks`).
    pub block: usize,
    /// The hit, in the block's text.
    pub hit: Span,
    /// The context shown before and after the hit, in the block's text: at most
    /// [`ConcordanceOptions::context`] characters each, cut at a word's edge.
    pub left: Span,
    pub right: Span,
    /// Whether the block goes on beyond the context shown.
    pub cut_left: bool,
    pub cut_right: bool,
    /// Its number among the lines of its article, from 0. For a query, the same hit's number in
    /// [`hits`] (the reader's `hit` is this plus one).
    pub nth: usize,
    /// The quotation the hit lies in (the innermost), as an index into `Corpus::quotes.quotes`:
    /// its speaker is `corpus.quotes.speaker_name(quote)`.
    pub quote: Option<usize>,
    /// Where in the article the hit is: the share of the article's words (all its blocks, as the
    /// reader shows them) before it, from 0 to 1.
    pub at: f32,
    /// The words around the hit, 3rd to 1st on the left then 1st to 3rd on the right, as ranks in
    /// the index's sorted words (a word's first entry, plus one; 0 for no word).
    keys: [u32; 6],
}

impl Line {
    fn text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        &corpus.docs[self.doc].blocks[self.block].text
    }

    /// The context before the hit.
    pub fn left_text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        self.left.of(self.text(corpus))
    }

    /// The hit itself, as written.
    pub fn hit_text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        self.hit.of(self.text(corpus))
    }

    /// The context after the hit.
    pub fn right_text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        self.right.of(self.text(corpus))
    }

    /// Where the hit lies in the article's file (bytes), as quotations and exports place text.
    pub fn source(&self, corpus: &Corpus) -> Span {
        self.hit.shifted(corpus.docs[self.doc].blocks[self.block].source.start as usize)
    }
}

/// How the lines are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// By article, then where the hit is in it (the order of the articles and of the reader).
    #[default]
    Article,
    /// By the 1st, 2nd or 3rd word to the left of the hit (`Left(1)` is the word just before).
    Left(u8),
    /// By the 1st, 2nd or 3rd word to the right.
    Right(u8),
}

impl Sort {
    /// As an address writes it: `1L`, `2R`, …, or empty for the article order (AntConc's names).
    pub fn key(self) -> String {
        match self {
            Sort::Article => String::new(),
            Sort::Left(n) => format!("{}L", n.clamp(1, 3)),
            Sort::Right(n) => format!("{}R", n.clamp(1, 3)),
        }
    }

    /// The order an address names; the article order for anything else.
    pub fn from_key(key: &str) -> Sort {
        let k = key.trim().to_ascii_uppercase();
        let (n, side) = k.split_at(k.len().saturating_sub(1));
        match (n.parse::<u8>(), side) {
            (Ok(n @ 1..=3), "L") => Sort::Left(n),
            (Ok(n @ 1..=3), "R") => Sort::Right(n),
            _ => Sort::Article,
        }
    }

    /// Its words in a view ("1st word to the right", "article").
    pub fn label(self) -> String {
        let nth = |n: u8| ["1st", "2nd", "3rd"][(n.clamp(1, 3) - 1) as usize];
        match self {
            Sort::Article => "article".to_owned(),
            Sort::Left(n) => format!("{} word to the left", nth(n)),
            Sort::Right(n) => format!("{} word to the right", nth(n)),
        }
    }

    /// Which of a line's keys it sorts by.
    fn slot(self) -> Option<usize> {
        match self {
            Sort::Article => None,
            Sort::Left(n) => Some(3 - n.clamp(1, 3) as usize),
            Sort::Right(n) => Some(2 + n.clamp(1, 3) as usize),
        }
    }
}

/// Every line of a target, in article and position order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Concordance {
    pub lines: Vec<Line>,
}

impl Concordance {
    /// The concordance of `target`: for a query, one line for each hit the search counts in the
    /// articles and text of `opts.scope` (so as many lines as the search summary says hits);
    /// for words, one for each of their occurrences there.
    pub fn new(corpus: &Corpus, target: &Target, opts: &ConcordanceOptions) -> Concordance {
        let index = &corpus.index;
        let mut found = occurrences(corpus, target, &opts.scope);
        if let Some(near) = &opts.near {
            let nodes = occurrences(corpus, &near.target, &opts.scope);
            let (window, _) = window_bits(index, &nodes, clamp_window(near.window));
            found.retain(|o| bit(&window, o.first));
        }
        let mut lines = Vec::with_capacity(found.len());
        let mut spans = BlockSpans::default();
        let mut nth = 0;
        let mut prev_doc = None;
        for o in &found {
            if prev_doc != Some(o.doc) {
                nth = 0;
                prev_doc = Some(o.doc);
            }
            lines.push(line(corpus, o, nth, opts.context, &mut spans));
            nth += 1;
        }
        Concordance { lines }
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The lines in the order `sort` asks for, as indices into `lines`: by the folded word there
    /// (no word, at a block's edge, first), lines with the same word by article and position.
    pub fn order(&self, sort: Sort) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.lines.len()).collect();
        if let Some(slot) = sort.slot() {
            // Lines are built in article and position order: the index breaks ties.
            order.sort_unstable_by_key(|&i| (self.lines[i].keys[slot], i));
        }
        order
    }

    /// The word line `line` is sorted by under `sort`, folded (as the order compares it: `us` for
    /// "U.S."); empty where there is none.
    pub fn sort_word<'c>(&self, corpus: &'c Corpus, line: usize, sort: Sort) -> &'c str {
        match sort.slot() {
            Some(slot) => match self.lines[line].keys[slot] {
                0 => "",
                rank => corpus.index.words.get(rank as usize - 1).map_or("", String::as_str),
            },
            None => "",
        }
    }

    /// Where the word line `line` is sorted by under `sort` lies in its block's text, to mark it.
    pub fn sort_word_span(&self, corpus: &Corpus, line: usize, sort: Sort) -> Option<Span> {
        let l = &self.lines[line];
        let slot = sort.slot()?;
        let index = &corpus.index;
        let b = index.doc_first_block[l.doc] as usize + l.block;
        let spans: Vec<Span> = index.block_spans(b).collect();
        let i = spans.partition_point(|s| s.start < l.hit.start);
        let j = spans.partition_point(|s| s.end < l.hit.end);
        let at = if slot < 3 { i.checked_sub(3 - slot)? } else { j + slot - 2 };
        spans.get(at).copied()
    }

    /// The lines of each article (in article order), as ranges of `lines`: what the plot of
    /// where the hits are draws, one strip an article.
    pub fn articles(&self) -> Vec<(usize, Range<usize>)> {
        let mut out: Vec<(usize, Range<usize>)> = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            match out.last_mut() {
                Some((d, r)) if *d == l.doc => r.end = i + 1,
                _ => out.push((l.doc, i..i + 1)),
            }
        }
        out
    }

    /// The lines in `order` as a CSV file (`crate::export`): article number, title, file, left
    /// context, hit, right context, the speaker of the quotation it lies in ("(no speaker)" for a
    /// quotation credited to nobody, empty outside quotations), where in the article (per cent).
    pub fn csv(&self, corpus: &Corpus, order: &[usize]) -> String {
        let header = ["Article", "Title", "File", "Left context", "Hit", "Right context", "In a quotation by", "Where in the article (%)"];
        let rows = order.iter().filter_map(|&i| self.lines.get(i)).map(|l| {
            let d = &corpus.docs[l.doc];
            let quoted = l.quote.map(|q| corpus.quotes.speaker_name(q).unwrap_or("(no speaker)").to_owned()).unwrap_or_default();
            vec![
                corpus.number(l.doc).to_string(),
                d.title.clone(),
                d.file_name.clone(),
                l.left_text(corpus).to_owned(),
                l.hit_text(corpus).to_owned(),
                l.right_text(corpus).to_owned(),
                quoted,
                format!("{:.0}", l.at * 100.0),
            ]
        });
        csv(&header, rows)
    }

    /// The number [`hits`] gives line `line`'s hit among the hits of `query` in its article (from
    /// 0; the reader's `hit` is this plus one): for a line of words, the hit of a query that finds
    /// them (a stem's row opened in the reader with `"interference"`), to open the reader there.
    pub fn reader_hit(&self, corpus: &Corpus, line: usize, query: &crate::Query, include_boilerplate: bool) -> Option<usize> {
        let l = self.lines.get(line)?;
        let found = hits(corpus, query, l.doc, include_boilerplate);
        found.iter().position(|h| h.block == l.block && h.span.start <= l.hit.start && l.hit.end <= h.span.end)
    }
}

/// The line of occurrence `o`.
fn line(corpus: &Corpus, o: &Occurrence, nth: usize, context: usize, spans: &mut BlockSpans) -> Line {
    let index = &corpus.index;
    let doc = o.doc as usize;
    let block = o.block as usize - index.doc_first_block[doc] as usize;
    let text = &corpus.docs[doc].blocks[block].text;
    let start = index.blocks[o.block as usize].start;
    let words = spans.of(index, o.block as usize);
    let (i, j) = ((o.first - start) as usize, (o.last - start) as usize);

    // Context: back and forward `context` characters, then to the nearest word's edge inside.
    let hit = o.span;
    let (left_from, cut_left) = match back(text, hit.start as usize, context) {
        0 => (0, false),
        at => (words[..i].iter().find(|s| s.start as usize >= at).map_or(hit.start as usize, |s| s.start as usize), true),
    };
    let (right_to, cut_right) = match forward(text, hit.end as usize, context) {
        at if at >= text.len() => (text.len(), false),
        at => (words[j + 1..].iter().take_while(|s| s.end as usize <= at).last().map_or(hit.end as usize, |s| s.end as usize), true),
    };

    let rank = |k: Option<usize>| -> u32 {
        k.and_then(|k| words.get(k)).map_or(0, |s| {
            let key = search_key(s.of(text));
            index.words.partition_point(|w| *w < key) as u32 + 1
        })
    };
    let keys = [rank(i.checked_sub(3)), rank(i.checked_sub(2)), rank(i.checked_sub(1)), rank(Some(j + 1)), rank(Some(j + 2)), rank(Some(j + 3))];

    let positions = index.doc_positions(doc);
    let at = if positions.len() > 1 { (o.first - positions.start) as f32 / (positions.len() - 1) as f32 } else { 0.0 };
    let source = corpus.docs[doc].blocks[block].source.start + hit.start;
    Line {
        doc,
        block,
        hit,
        left: Span::new(left_from, hit.start as usize),
        right: Span::new(hit.end as usize, right_to),
        cut_left,
        cut_right,
        nth,
        quote: quote_at(corpus, doc, source),
        at: at.clamp(0.0, 1.0),
        keys,
    }
}

/// The byte offset `chars` characters before `at` in `text` (0 at most).
fn back(text: &str, at: usize, chars: usize) -> usize {
    text[..at].char_indices().rev().nth(chars.saturating_sub(1)).map_or(0, |(i, _)| i)
}

/// The byte offset `chars` characters after `at` in `text` (its length at most).
fn forward(text: &str, at: usize, chars: usize) -> usize {
    text[at..].char_indices().nth(chars).map_or(text.len(), |(i, _)| at + i)
}

/// The innermost quotation of article `doc` whose words contain the file offset `source`.
fn quote_at(corpus: &Corpus, doc: usize, source: u32) -> Option<usize> {
    let qs = &corpus.quotes.quotes;
    let lo = qs.partition_point(|q| (q.doc as usize) < doc);
    let hi = lo + qs[lo..].partition_point(|q| q.doc as usize == doc);
    let upto = lo + qs[lo..hi].partition_point(|q| q.source.start <= source);
    // Quotations are in position order; one inside another starts after it.
    (lo..upto).rev().find(|&k| qs[k].source.start <= source && source < qs[k].source.end)
}

/// The positions within `window` words of `nodes` (either side, in the node's block, not inside
/// a node), and the positions of the nodes, each as a bit for every position of the corpus.
pub(crate) fn window_bits(index: &Index, nodes: &[Occurrence], window: usize) -> (Vec<u64>, Vec<u64>) {
    let n = index.n_positions() as usize;
    let mut near = vec![0u64; n.div_ceil(64)];
    let mut inside = vec![0u64; n.div_ceil(64)];
    let k = window as u32;
    for o in nodes {
        let b = index.blocks[o.block as usize];
        let (lo, hi) = (o.first.saturating_sub(k).max(b.start), (o.last + k).min(b.start + b.len.max(1) - 1));
        for p in lo..=hi {
            near[p as usize / 64] |= 1 << (p % 64);
        }
        for p in o.first..=o.last {
            inside[p as usize / 64] |= 1 << (p % 64);
        }
    }
    for (w, i) in near.iter_mut().zip(&inside) {
        *w &= !i;
    }
    (near, inside)
}

/// Whether bit `p` is set.
pub(crate) fn bit(bits: &[u64], p: u32) -> bool {
    bits.get(p as usize / 64).is_some_and(|w| w >> (p % 64) & 1 == 1)
}
