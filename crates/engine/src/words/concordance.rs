//! The concordance (keyword in context): every hit of a query, or every occurrence of a word, one
//! line each, with what a class sorts, filters, plots and exports it by.

use std::cell::OnceCell;
use std::ops::Range;

use crate::corpus::Corpus;
use crate::export::csv;
use crate::index::Index;
use crate::search::SearchOptions;
use crate::span::Span;

use super::units::{occurrences, BlockSpans, Occurrence, Target, WordAt};

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

/// One line of a concordance: one hit and what surrounds it in its block, read from the text when
/// it is shown ([`Kwic::line`]).
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
    /// [`crate::search::hits`] (the reader's `hit` is this plus one).
    pub nth: usize,
    /// The quotation the hit lies in (the innermost), as an index into `Corpus::quotes.quotes`:
    /// its speaker is `corpus.quotes.speaker_name(quote)`.
    pub quote: Option<usize>,
    /// Where in the article the hit is ([`Kwic::at`]).
    pub at: f32,
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

/// A concordance kept as positions: every line of a target, in article and position order, built
/// from the hits as positions ([`crate::search::all_hit_positions`]), so it costs little whatever
/// its size (a line takes 20 bytes). A line's text, context and quotation are read when it is
/// shown ([`Kwic::line`], [`Kwic::lines`] for a page), where in its article it is without reading
/// it ([`Kwic::at`]), and the words a sort compares the first time the lines are sorted by them
/// ([`Kwic::order`]). What a view of a long concordance should hold; [`Concordance`] reads
/// everything at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kwic {
    hits: Vec<Occurrence>,
    /// Each hit's number among the hits of its article.
    nth: Vec<u32>,
    context: usize,
    /// For each sort by a word (3rd to 1st on the left, then 1st to 3rd on the right), the word
    /// there for every line, as its rank in the index's sorted words plus one (0: no word):
    /// read the first time the lines are sorted by it.
    keys: [OnceCell<Vec<u32>>; 6],
}

impl Kwic {
    /// The concordance of `target`: for a query, one line for each hit the search counts in the
    /// articles and text of `opts.scope` (so as many lines as the search summary says hits);
    /// for words, one for each of their occurrences there.
    pub fn new(corpus: &Corpus, target: &Target, opts: &ConcordanceOptions) -> Kwic {
        let index = &corpus.index;
        let mut hits = occurrences(corpus, target, &opts.scope);
        if let Some(near) = &opts.near {
            let nodes = occurrences(corpus, &near.target, &opts.scope);
            let (window, _) = window_bits(index, &nodes, clamp_window(near.window));
            hits.retain(|o| bit(&window, o.first));
        }
        let mut nth = Vec::with_capacity(hits.len());
        let mut k = 0;
        for (i, o) in hits.iter().enumerate() {
            k = if i > 0 && hits[i - 1].doc == o.doc { k + 1 } else { 0 };
            nth.push(k);
        }
        Kwic { hits, nth, context: opts.context, keys: Default::default() }
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.hits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// The article of line `i`.
    pub fn doc(&self, i: usize) -> usize {
        self.hits[i].doc as usize
    }

    /// Where in its article line `i`'s hit is: the share of the article's words (all its blocks,
    /// as the reader shows them) before it, from 0 to 1. What the plot of an article marks.
    pub fn at(&self, corpus: &Corpus, i: usize) -> f32 {
        let o = &self.hits[i];
        let positions = corpus.index.doc_positions(o.doc as usize);
        let at =
            if positions.len() > 1 { (o.first - positions.start) as f32 / (positions.len() - 1) as f32 } else { 0.0 };
        at.clamp(0.0, 1.0)
    }

    /// Line `i`, read from its block.
    pub fn line(&self, corpus: &Corpus, i: usize) -> Line {
        self.line_with(corpus, i, &mut BlockSpans::default())
    }

    /// The lines `which` (indices, such as a page of an [`Kwic::order`]), read from their
    /// blocks.
    pub fn lines(&self, corpus: &Corpus, which: &[usize]) -> Vec<Line> {
        let mut spans = BlockSpans::default();
        which.iter().filter(|&&i| i < self.len()).map(|&i| self.line_with(corpus, i, &mut spans)).collect()
    }

    fn line_with(&self, corpus: &Corpus, i: usize, spans: &mut BlockSpans) -> Line {
        let index = &corpus.index;
        let o = &self.hits[i];
        let doc = o.doc as usize;
        let block = o.block as usize - index.doc_first_block[doc] as usize;
        let text = &corpus.docs[doc].blocks[block].text;
        let start = index.blocks[o.block as usize].start;
        let words = spans.of(index, o.block as usize);
        let (first, last) = ((o.first - start) as usize, (o.last - start) as usize);
        let hit = match (words.get(first), words.get(last)) {
            (Some(a), Some(z)) => Span { start: a.start, end: z.end },
            _ => Span { start: 0, end: 0 },
        };
        // Context: back and forward `context` characters, then to the nearest word's edge inside.
        let (left_from, cut_left) = match back(text, hit.start as usize, self.context) {
            0 => (0, false),
            at => (
                words[..first.min(words.len())]
                    .iter()
                    .find(|s| s.start as usize >= at)
                    .map_or(hit.start as usize, |s| s.start as usize),
                true,
            ),
        };
        let (right_to, cut_right) = match forward(text, hit.end as usize, self.context) {
            at if at >= text.len() => (text.len(), false),
            at => (
                words
                    .get(last + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|s| s.end as usize <= at)
                    .last()
                    .map_or(hit.end as usize, |s| s.end as usize),
                true,
            ),
        };
        let source = corpus.docs[doc].blocks[block].source.start + hit.start;
        Line {
            doc,
            block,
            hit,
            left: Span::new(left_from, hit.start as usize),
            right: Span::new(hit.end as usize, right_to),
            cut_left,
            cut_right,
            nth: self.nth[i] as usize,
            quote: quote_at(corpus, doc, source),
            at: self.at(corpus, i),
        }
    }

    /// The lines in the order `sort` asks for, as indices: by the folded word there (no word, at a
    /// block's edge, first), lines with the same word by article and position. The words are
    /// read once, the first time the lines are sorted by them.
    pub fn order(&self, corpus: &Corpus, sort: Sort) -> Vec<usize> {
        if let Some(slot) = sort.slot() {
            self.keys(corpus, slot);
        }
        self.order_read(sort)
    }

    /// [`Kwic::order`] once the words of `sort` are read.
    fn order_read(&self, sort: Sort) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.len()).collect();
        if let Some(keys) = sort.slot().and_then(|slot| self.keys[slot].get()) {
            // Lines are in article and position order: the index breaks ties.
            order.sort_unstable_by_key(|&i| (keys[i], i));
        }
        order
    }

    /// The words at `slot` for every line (see [`Kwic::keys`]).
    fn keys(&self, corpus: &Corpus, slot: usize) -> &[u32] {
        self.keys[slot].get_or_init(|| {
            let mut words = WordAt::new(corpus);
            self.hits
                .iter()
                .map(|o| {
                    let p = if slot < 3 {
                        o.first.checked_sub((3 - slot) as u32)
                    } else {
                        o.last.checked_add((slot - 2) as u32)
                    };
                    p.and_then(|p| words.rank(o.block as usize, p)).map_or(0, |r| r + 1)
                })
                .collect()
        })
    }

    /// The word line `i` is sorted by under `sort`, folded (as the order compares it: `us` for
    /// "U.S."); empty where there is none.
    pub fn sort_word<'c>(&self, corpus: &'c Corpus, i: usize, sort: Sort) -> &'c str {
        match sort.slot() {
            Some(slot) => match self.keys(corpus, slot)[i] {
                0 => "",
                rank => corpus.index.words.get(rank as usize - 1).map_or("", String::as_str),
            },
            None => "",
        }
    }

    /// Where the word line `i` is sorted by under `sort` lies in its block's text, to mark it.
    pub fn sort_word_span(&self, corpus: &Corpus, i: usize, sort: Sort) -> Option<Span> {
        let o = &self.hits[i];
        let slot = sort.slot()?;
        let index = &corpus.index;
        let b = index.blocks[o.block as usize];
        let p = if slot < 3 { o.first.checked_sub((3 - slot) as u32)? } else { o.last + (slot - 2) as u32 };
        if !b.positions().contains(&p) {
            return None;
        }
        index.block_spans(o.block as usize).nth((p - b.start) as usize)
    }

    /// The lines of each article (in article order), as ranges of line indices: what the plot of
    /// where the hits are draws, one strip an article.
    pub fn articles(&self) -> Vec<(usize, Range<usize>)> {
        let mut out: Vec<(usize, Range<usize>)> = Vec::new();
        for (i, o) in self.hits.iter().enumerate() {
            match out.last_mut() {
                Some((d, r)) if *d == o.doc as usize => r.end = i + 1,
                _ => out.push((o.doc as usize, i..i + 1)),
            }
        }
        out
    }

    /// The lines in `order` as a CSV file (`crate::export`): article number, title, file, left
    /// context, hit, right context, the speaker of the quotation it lies in ("(no speaker)" for a
    /// quotation credited to nobody, empty outside quotations), where in the article (per cent).
    pub fn csv(&self, corpus: &Corpus, order: &[usize]) -> String {
        let header = [
            "Article",
            "Title",
            "File",
            "Left context",
            "Hit",
            "Right context",
            "In a quotation by",
            "Where in the article (%)",
        ];
        let rows = self.lines(corpus, order).into_iter().map(|l| {
            let d = &corpus.docs[l.doc];
            let quoted =
                l.quote.map(|q| corpus.quotes.speaker_name(q).unwrap_or("(no speaker)").to_owned()).unwrap_or_default();
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

    /// The number [`crate::search::hits`] gives line `i`'s hit among the hits of `query` in its
    /// article (from 0; the reader's `hit` is this plus one): for a line of words, the hit of a
    /// query that finds them (a stem's row opened in the reader with `"interference"`), to open
    /// the reader there.
    pub fn reader_hit(
        &self,
        corpus: &Corpus,
        i: usize,
        query: &crate::Query,
        include_boilerplate: bool,
    ) -> Option<usize> {
        let o = self.hits.get(i)?;
        let found = crate::search::hit_positions(corpus, query, o.doc as usize, include_boilerplate);
        found.iter().position(|&(first, last)| first <= o.first && o.last <= last)
    }
}

/// Every line of a concordance read at once: the lines themselves (`lines`) and the words every
/// sort compares, so that ordering needs nothing more ([`Concordance::order`]). Costs what
/// reading every line costs (about a microsecond a line and 90 bytes): for a long concordance
/// (a first letter's, thousands of lines) hold a [`Kwic`] and read the lines shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Concordance {
    /// Every line, in article and position order.
    pub lines: Vec<Line>,
    kwic: Kwic,
}

impl Concordance {
    /// The concordance of `target` (see [`Kwic::new`]), every line read.
    pub fn new(corpus: &Corpus, target: &Target, opts: &ConcordanceOptions) -> Concordance {
        let kwic = Kwic::new(corpus, target, opts);
        let lines = kwic.lines(corpus, &(0..kwic.len()).collect::<Vec<_>>());
        for slot in 0..6 {
            kwic.keys(corpus, slot);
        }
        Concordance { lines, kwic }
    }

    /// The same lines, kept as positions.
    pub fn kwic(&self) -> &Kwic {
        &self.kwic
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The lines in the order `sort` asks for (see [`Kwic::order`]).
    pub fn order(&self, sort: Sort) -> Vec<usize> {
        self.kwic.order_read(sort)
    }

    /// See [`Kwic::sort_word`].
    pub fn sort_word<'c>(&self, corpus: &'c Corpus, i: usize, sort: Sort) -> &'c str {
        self.kwic.sort_word(corpus, i, sort)
    }

    /// See [`Kwic::sort_word_span`].
    pub fn sort_word_span(&self, corpus: &Corpus, i: usize, sort: Sort) -> Option<Span> {
        self.kwic.sort_word_span(corpus, i, sort)
    }

    /// See [`Kwic::articles`].
    pub fn articles(&self) -> Vec<(usize, Range<usize>)> {
        self.kwic.articles()
    }

    /// See [`Kwic::csv`].
    pub fn csv(&self, corpus: &Corpus, order: &[usize]) -> String {
        self.kwic.csv(corpus, order)
    }

    /// See [`Kwic::reader_hit`].
    pub fn reader_hit(
        &self,
        corpus: &Corpus,
        i: usize,
        query: &crate::Query,
        include_boilerplate: bool,
    ) -> Option<usize> {
        self.kwic.reader_hit(corpus, i, query, include_boilerplate)
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
